"""Conventions met in documents written after the eval set (stop 32, the European and UN
publishers of its last batch): each test names the convention and the mistake the pipeline
made before."""

from __future__ import annotations

from summariser import headings, own_asks, rebuttals
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.procedural import procedural
from tests.test_fresh_stop28 import speakers_by_opening, voiced_items
from tests.test_fresh_stop32 import ministry_release
from tests.test_known_actors import parsed


def test_no_say_is_no_speaking_and_an_announcements_title_states_nothing() -> None:
    from summariser.attribution import attribution

    # 'have no say' made the Turkish side's statements, rejected by Greece, Libya's words
    assert attribution("Fourth, statements made today in Tripoli by the Turkish side, to the effect that third "
                       "countries have no say in an agreement, are rejected.") == (False, "")
    assert headings.genre_title("Announcement of the Ministry of Foreign Affairs regarding the memorandum of "
                                "understanding on hydrocarbons", "Announcement of the Ministry of Foreign Affairs "
                                "regarding the memorandum of understanding on hydrocarbons\n\nGreece rejects it.\n")
    assert procedural("Greece has been informed of the signing today in Tripoli of a memorandum of understanding.")


def test_a_note_handed_to_an_envoy_is_the_senders_and_a_post_before_a_name_gives_the_side() -> None:
    text = ("Ministry of Foreign Affairs of the Republic of Estonia\n\nPress releases\n\n"
            "The Ministry of Foreign Affairs summoned the charge d'affaires of the Russian Federation.\n\n"
            "The note handed to the Russian charge d'affaires states that Estonia demands that the Russian "
            "Federation immediately cease violations of Estonian airspace.\n\n"
            "The High Representative of the European Union for Foreign Affairs and Security Policy, Kaja Kallas, "
            "described the incursion as an extremely dangerous provocation.\n")
    doc, book, voice = ministry_release(text, "Ministry of Foreign Affairs of the Republic of Estonia", "Estonia",
                                        PartyDraft(name="Russian Federation", kind="state", acts_for=None),
                                        PartyDraft(name="Kaja Kallas", kind="person",
                                                   acts_for="European Union for Foreign Affairs and Security Policy"))
    # the note's demand was Russia's position, and Kallas served no one
    assert speakers_by_opening(doc, book, voice).get("The note hande") == voice.name
    assert book.by_id(book.find("Kaja Kallas").affiliation).name == "European Union"


def test_a_resolve_after_a_scene_setting_clause_and_an_instruction_to_ones_own_officials_ask_no_one() -> None:
    # 'we must keep alive the only solution' was a demand of Israel; 'I have asked my officials' one of Israel too
    assert own_asks.own_resolve("In the midst of a war that has claimed tens of thousands of lives, we must keep alive "
                                "the only solution that can give both peoples security.")
    assert own_asks.own_resolve("We will continue to engage with the Israeli authorities, and I have asked my "
                                "officials to ensure that our Embassy continues to provide consular services.")
    assert not own_asks.own_resolve("In this regard, we urge Israel to allow humanitarian access.")


def test_the_tanaiste_is_the_minister_named_after_the_post_and_letters_after_a_name_are_none_of_it() -> None:
    text = ("Department of Foreign Affairs\n\nPress Release\n\n"
            "The T\u00e1naiste and Minister for Foreign Affairs and Minister for Defence, Miche\u00e1l Martin TD, "
            "today expressed his deep regret at the decision of the Government of Israel.\n\n"
            "Speaking today, the T\u00e1naiste said he regretted the decision.\n")
    _, book, _ = parsed(text, PartyDraft(name="T\u00e1naiste", kind="person", acts_for="Ireland"),
                        PartyDraft(name="Miche\u00e1l Martin TD", kind="person", acts_for="Ireland"),
                        PartyDraft(name="Ireland", kind="state", acts_for=None), voice="Ireland")
    # two people held his words, one of them a post
    assert book.find("T\u00e1naiste") is book.find("Miche\u00e1l Martin TD")
    assert book.find("T\u00e1naiste").name == "Miche\u00e1l Martin"


def test_a_post_and_surname_listed_beside_the_full_name_are_one_person_and_not_invited_is_no_invitation() -> None:
    from summariser import cues

    text = ("Federal President Viola Amherd and Federal Councillor Ignazio Cassis, head of the FDFA, spoke.\n\n"
            "Federal Councillor Cassis said that Switzerland would continue to make its good offices available.\n")
    _, book, _ = parsed(text, PartyDraft(name="Ignazio Cassis", kind="person", acts_for=None),
                        PartyDraft(name="Federal Councillor Cassis", kind="person", acts_for=None), voice=None)
    assert book.find("Cassis") is book.find("Ignazio Cassis")  # the one without his words was dropped
    assert not cues.asks("Russia was not invited to the summit.")  # it was Russia's invitation
    assert cues.asks("He invited Chinese investors to take part in housing projects.")


def test_a_government_body_voicing_the_text_serves_the_state_it_names_most() -> None:
    text = ("The Federal Council\n\nPress releases\n\n"
            "Switzerland hosted the summit at the request of Ukraine. Switzerland is ready to support the next "
            "stages, and Switzerland calls on the parties to implement the measures.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Federal Council", kind="government_body", acts_for=None),
                              PartyDraft(name="Switzerland", kind="state", acts_for=None),
                              PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="Federal Council")
    from summariser.voice import checked_voice

    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert book.by_id(voice.affiliation).name == "Switzerland"  # it served no one


def test_what_a_side_must_do_asked_indirectly_is_no_demand_and_a_bodys_long_form_is_its_acronym() -> None:
    from summariser import cues
    from summariser.known_parties import add_speaker

    assert not cues.asks("The ICAO Council will now consider what Russia must do to remedy this breach.")
    assert cues.asks("Russia must comply with the decision.")
    text = ("Government of the Netherlands\n\nNews item\n\n"
            "The Council of the International Civil Aviation Organization (ICAO) has ruled that Russia is "
            "responsible.\n")
    _, book, _ = parsed(text, PartyDraft(name="ICAO Council", kind="international_org", acts_for=None),
                        PartyDraft(name="Netherlands", kind="state", acts_for=None), voice="Netherlands")
    # a second party, tied to the Netherlands, was made of the long form
    council = add_speaker("The Council of the International Civil Aviation Organization (ICAO)", book)
    assert council is book.find("ICAO Council") and council.affiliation is None


def test_a_statement_issued_by_a_ministry_or_a_leaders_claim_that_does_not_stand_up_is_theirs() -> None:
    assert rebuttals.rebutted_claim("We reject as baseless the statement issued by the Ministry of Foreign Affairs of "
                                     "Turkey, which accused UNFICYP of bias.") == (
        True, "the Ministry of Foreign Affairs of Turkey")
    assert rebuttals.rebutted_claim("The claim of the Turkish Cypriot leader, Mr Ersin Tatar, that this is a purely "
                                     "humanitarian project, does not stand up.") == (True, "the Turkish Cypriot leader")


def test_a_un_force_is_the_uns_and_a_side_asked_is_a_party() -> None:
    text = ("REPUBLIC OF CYPRUS\n\nPress Release\n\n"
            "The Government condemns the attack against members of the United Nations Peacekeeping Force in Cyprus "
            "(UNFICYP).\n\nAnd we call on the Turkish Cypriot side to withdraw immediately from the buffer zone.\n")
    book, (_, [request], _) = voiced_items(text, [("Cyprus", "state", None),
                                                  ("United Nations", "international_org", None),
                                                  ("UNFICYP", "government_body", "Cyprus")],
                                           SentenceDraft(by="Cyprus", t=["request"], to="UNFICYP"), voice="Cyprus")
    unficyp = book.find("UNFICYP")
    # the peacekeepers were a body of Cyprus, and then the ones asked to leave the buffer zone
    assert (unficyp.kind, book.by_id(unficyp.affiliation).name) == ("international_org", "United Nations")
    assert book.by_id(request.addressee).name == "Turkish Cypriot side"
