"""Stop 69: rules from 36 more documents written for the project (fresh278-280). Each test builds the model's
parties from a short text in the document's own convention and runs the one step; a guard beside each shows where
the rule stops."""

from __future__ import annotations

from summariser.asked_groups import group_addressed, group_called_for
from summariser.asking_sides import addressee_phrase, asker_phrase
from summariser.attribution import attribution
from summariser.clause_speakers import only_where
from summariser.drafts import PartyDraft
from summariser.naming import speaker_in
from summariser.noun_kinds import kind_of_named_things
from summariser.other_sides import named_so_far
from summariser.people import is_person_name, person_in
from summariser.post_holders import fold_state_posts
from summariser.schema import Party
from summariser.spoken_before import its_owner
from summariser.titles import with_first_name
from summariser.voice import checked_voice
from summariser.written_names import as_written
from tests.test_fresh_stop67 import _book, _tie
from tests.test_known_actors import parsed

# The Pacific Islands Forum's communiqué: its Secretariat on the line under the title, the host in the dateline.
# The model gave it Fiji's voice, and Fiji became the one asked to share Japan's monitoring data.
_PIF = ("Communiqué of the Pacific Islands Forum Foreign Ministers Meeting on deep-sea minerals\n\n"
        "Pacific Islands Forum Secretariat\nSuva, Fiji, 11 August 2023\n\n"
        "1. Foreign Ministers of the members of the Pacific Islands Forum met in Suva on 10 and 11 August 2023. "
        "Ministers welcomed the participation of the Forum Secretary General.\n\n"
        "2. It was agreed that Japan be requested to share all monitoring data.\n")


def _parsed(text: str, *drafts: tuple[str, str, str | None], voice: str):  # noqa: ANN202
    return parsed(text, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in drafts), voice=voice)


def test_an_organisations_secretariat_under_the_title_gives_the_communique_its_voice() -> None:
    _, _, voice = _parsed(_PIF, ("Pacific Islands Forum", "international_org", None), ("Fiji", "state", None),
                          voice="Fiji")
    assert voice is not None and voice.name == "Pacific Islands Forum"


def test_a_title_with_the_organisation_and_no_secretariat_line_leaves_the_models_voice() -> None:
    text = _PIF.replace("Pacific Islands Forum Secretariat\n", "")
    _, _, voice = _parsed(text, ("Pacific Islands Forum", "international_org", None), ("Fiji", "state", None),
                          voice="Fiji")
    assert voice is not None and voice.name == "Fiji"


def test_a_state_named_only_in_the_dateline_or_as_a_venue_is_not_named_so_far() -> None:
    fiji = _book(_PIF, ("Fiji", "state", None)).find("Fiji")
    assert not named_so_far(fiji, _PIF)  # 'Suva, Fiji, 11 August 2023' and 'met in Suva'
    assert named_so_far(fiji, _PIF + "3. Ministers thanked Fiji for its hospitality.")
    assert named_so_far(fiji, _PIF + "3. Suva rejected the claim.")  # (a capital that acts is its state)


def test_a_call_for_a_group_to_act_asks_that_group() -> None:
    assert group_called_for("reiterated Fiji's call for all major emitters to set out credible pathways") == \
        ("Major emitters", "all major emitters")
    assert group_addressed("major emitters") == "Major emitters"
    assert group_called_for("called for restraint to be exercised by all") is None
    assert group_called_for("called for dialogue to resolve the dispute") is None
    assert group_addressed("the signatories") is None  # (the signatories are the sides the text names)


def test_a_person_the_model_listed_by_a_bodys_name_is_the_body() -> None:
    police = Party(id="p1", name="Fiji Police Force", kind="person")
    named = Party(id="p2", name="Sitiveni Rabuka", kind="person")
    titled = Party(id="p3", name="Commissioner of Police", kind="person", title="Commissioner of Police")
    kind_of_named_things([police, named, titled])
    assert (police.kind, named.kind, titled.kind) == ("government_body", "person", "person")


# Kosovo's rebuttal of Belgrade: the masthead names Kosovo; the model gave the release Serbia's voice and tied its
# Ministry and its Minister to Serbia
_KOSOVO = ("Ministry of Foreign Affairs rejects Belgrade's claims on Central Bank regulation\n\n"
           "Republic of Kosovo\nMinistry of Foreign and Diaspora Affairs\nPress Release\n\n"
           "The Ministry of Foreign and Diaspora Affairs categorically rejects the statements made yesterday by "
           "officials in Belgrade. The Minister of Foreign and Diaspora Affairs, Donika Gërvalla-Schwarz, stated "
           "that Kosovo will not be lectured. The Ministry calls on the European Union, as facilitator of the "
           "dialogue, and on the Quint countries to reject Serbia's attempts.\n")


def test_a_voice_the_masthead_overturns_takes_the_models_ministry_and_its_minister_along() -> None:
    doc, book, _ = _parsed(_KOSOVO, ("Ministry of Foreign Affairs", "government_body", "Serbia"),
                           ("Ministry of Foreign and Diaspora Affairs", "government_body", "Serbia"),
                           ("Donika Gërvalla-Schwarz", "person", "Serbia"), ("Serbia", "state", None),
                           ("Kosovo", "state", None), voice="Serbia")
    voice = checked_voice(book, book.find("Serbia"), [s.text for s in doc.sentences])
    assert voice is not None and voice.name == "Kosovo"
    assert _tie(book, "Ministry of Foreign Affairs") == "Kosovo"
    assert _tie(book, "Donika Gërvalla-Schwarz") == "Kosovo"  # (titled the Minister of the Ministry that follows)


def test_a_named_minister_of_another_post_stays_with_the_state_the_model_gave() -> None:
    text = _KOSOVO.replace("The Minister of Foreign and Diaspora Affairs, Donika Gërvalla-Schwarz, stated",
                           "Serbia's Foreign Minister, Marko Đurić, stated")
    doc, book, _ = _parsed(text, ("Ministry of Foreign and Diaspora Affairs", "government_body", "Serbia"),
                           ("Marko Đurić", "person", "Serbia"), ("Serbia", "state", None), ("Kosovo", "state", None),
                           voice="Serbia")
    checked_voice(book, book.find("Serbia"), [s.text for s in doc.sentences])
    assert _tie(book, "Marko Đurić") == "Serbia"


def test_the_first_of_two_asked_in_turn_is_asked_too() -> None:
    assert addressee_phrase("The Ministry calls on the European Union, as facilitator of the dialogue") == \
        "the European Union"
    assert addressee_phrase("The Ministry calls on the European Union") == "the European Union"
    assert addressee_phrase("The Ministry calls for restraint") is None


def test_no_post_is_read_from_what_a_person_does_next() -> None:
    kuwait = ("His Excellency the Minister of Foreign Affairs, Sheikh Salem Abdullah Al-Jaber Al-Sabah, received "
              "yesterday the Ambassador of the Republic of Iraq and handed him a protest note.")
    assert person_in(kuwait) == ("Salem Abdullah Al-Jaber Al-Sabah", "His Excellency the Minister of Foreign Affairs")
    assert person_in("Gan Yu, spokesperson of the China Coast Guard, said") == \
        ("Gan Yu", "spokesperson of the China Coast Guard")  # (a post in lower case is still one)


def test_a_posts_portfolios_run_past_a_comma() -> None:
    assert person_in("Belize's Minister of Foreign Affairs, Foreign Trade and Immigration, Francis Fonseca, said") \
        == ("Francis Fonseca", "Belize's Minister of Foreign Affairs, Foreign Trade and Immigration")
    assert person_in("Minister of Foreign Affairs, Migration and Tunisians Abroad Nabil Ammar said") == \
        ("Nabil Ammar", "Minister of Foreign Affairs, Migration and Tunisians Abroad")
    assert person_in("the spokesperson of the armed forces, Major General Yahya Saree, said") == \
        ("Yahya Saree", "Major General")  # (a title before the comma, none after it: the one after)


def test_a_place_after_the_is_no_persons_name() -> None:
    found = person_in("Speaking to reporters outside the Peace Palace, Belize's Minister of Foreign Affairs, "
                      "Foreign Trade and Immigration, Francis Fonseca, said")
    assert found is not None and found[0] == "Francis Fonseca"


def test_the_named_official_of_an_apposition_after_an_asked_clause_speaks() -> None:
    said, lead_in = attribution("Asked whether Guatemala would accept a ruling against it, the country's foreign "
                                "minister, Carlos Ramiro Martínez, told a news conference that it would.")
    assert said and "Carlos Ramiro Martínez" in lead_in and "Guatemala" not in lead_in
    said, lead_in = attribution("Asked about the remarks, Shri Jaiswal said that they were regrettable.")
    assert said and lead_in.strip() == "Shri Jaiswal"


_BOSNIA = ("Schmidt's office said the laws were void. A spokesperson for the Office of the High Representative "
           "told Danube Wire that the claims were false.\n\nRussia, which has called for the office to be closed, "
           "took the opposite view. Its embassy in Sarajevo said the verdict was persecution.\n")
_BOSNIA_DRAFTS = (("Christian Schmidt", "person", "Bosnia and Herzegovina"), ("Bosnia and Herzegovina", "state", None),
                  ("Russia", "state", None), ("European Union", "international_org", None))


def test_the_office_of_a_post_speaks_for_its_holder() -> None:
    book = _book(_BOSNIA, *_BOSNIA_DRAFTS)
    book.find("Christian Schmidt").title = "High Representative"
    assert speaker_in("A spokesperson for the Office of the High Representative", book.parties) \
        is book.find("Christian Schmidt")
    assert speaker_in("A spokesperson for the Office of the Prosecutor", book.parties) is None


def test_its_embassy_in_a_capital_is_not_the_hosts_but_the_one_the_sentence_before_opens_with() -> None:
    book = _book(_BOSNIA, *_BOSNIA_DRAFTS)
    assert speaker_in("Its embassy in Sarajevo", book.parties) is None
    before = "Russia, which has called for the office to be closed, took the opposite view."
    assert its_owner("Its embassy in Sarajevo", before, book) is book.find("Russia")
    assert its_owner("Its forces in Sarajevo", before, book) is None  # (an embassy, mission or spokesperson only)
    assert speaker_in("The Russian embassy in Sarajevo", book.parties) is book.find("Russia")


def test_a_first_person_ask_is_the_voices_whatever_request_it_goes_on_to_note() -> None:
    asked = ("We urge both sides to make full use of existing bilateral mechanisms, and we take note of Cambodia's "
             "request to refer the question of sovereignty to the International Court of Justice.")
    assert asker_phrase(asked) != "Cambodia"
    assert asker_phrase("The Council takes note of Cambodia's request to refer the question to the Court.") == \
        "Cambodia"


def test_a_most_honourable_style_is_no_part_of_the_name() -> None:
    text = "Prime Minister the Most Honourable Andrew Holness, ON, PC, MP, today held a call.\n"
    book = _book(text, ("Most Honourable Andrew Holness", "person", "Jamaica"), ("Jamaica", "state", None))
    assert book.find("Andrew Holness") is not None and book.find("Andrew Holness").name == "Andrew Holness"


_TIMOR = ("Foreign Minister Retno Marsudi meets Timor-Leste Foreign Minister\n\nJakarta, 27 February 2024\n\n"
          "Indonesian Foreign Minister Retno L.P. Marsudi today received the Minister of Foreign Affairs and "
          "Cooperation of the Democratic Republic of Timor-Leste, H.E. Bendito dos Santos Freitas. Minister Freitas "
          "conveyed the appreciation of his Government.\n")


def test_a_first_name_before_a_particle_completes_the_name() -> None:
    assert with_first_name("Santos Freitas", _TIMOR, most_words=2) == "Bendito dos Santos Freitas"
    assert with_first_name("Freitas", _TIMOR) == "Bendito dos Santos Freitas"
    assert with_first_name("Silva", "President Luiz Inácio Lula da Silva said") == "Lula da Silva"
    assert is_person_name("Bendito dos Santos Freitas") and not is_person_name("Ministry of Foreign Affairs")
    assert not is_person_name("dos Santos")  # (a particle opens no name)


def test_a_post_by_its_states_name_folds_into_that_states_named_holder() -> None:
    book = _book(_TIMOR, ("Timor-Leste Foreign Minister", "person", None), ("Timor-Leste", "state", None),
                 ("Bendito dos Santos Freitas", "person", "Timor-Leste"), ("Indonesia", "state", None))
    book.find("Bendito dos Santos Freitas").title = "Minister"
    fold_state_posts(book)
    assert book.find("Timor-Leste Foreign Minister") is book.find("Bendito dos Santos Freitas")
    other = _book(_TIMOR, ("Timor-Leste Foreign Minister", "person", None), ("Timor-Leste", "state", None),
                  ("Retno L.P. Marsudi", "person", "Indonesia"), ("Indonesia", "state", None))
    fold_state_posts(other)
    assert other.find("Timor-Leste Foreign Minister") is not other.find("Retno L.P. Marsudi")


def test_a_river_along_which_something_is_asked_is_a_place() -> None:
    river = Party(id="p7", name="Amu Darya", kind="non_state_group")
    assert only_where(river, "called for practical cooperation on border security along the Amu Darya.")
    assert not only_where(river, "The Amu Darya authority called for cooperation.")


def test_a_name_the_model_wrote_surname_first_is_the_texts() -> None:
    text = "The Minister of Foreign Affairs, Abdoulaye Diop, will brief the diplomatic corps.\n"
    assert as_written("Diop, Abdoulaye", text, text.casefold()) == "Abdoulaye Diop"
    assert as_written("Diop, Abdoulaye", "The list: Diop, Abdoulaye.", "the list: diop, abdoulaye.") == \
        "Diop, Abdoulaye"


def test_a_meetings_name_is_no_persons_surname() -> None:
    from summariser.asked_groups import nobody_in_particular
    from summariser.lead_in_shapes import surname_in_full

    sadc = ("1. The Extraordinary Summit of the Heads of State and Government of SADC was held virtually.\n\n"
            "2. Summit urged all political actors to exercise restraint.\n")
    assert surname_in_full("Summit", sadc) is None
    assert surname_in_full("Kamara", "His main rival, Samura Kamara of the APC, spoke. Kamara said it.") == \
        "Samura Kamara"
    assert nobody_in_particular("all political actors") and not nobody_in_particular("political leaders")


def test_a_communiques_meeting_speaks_in_its_voice() -> None:
    assert attribution("Heads discussed the visa restrictions announced by the United States.") == (False, "")
    assert attribution("Heads of Government reaffirmed that reparatory justice is an imperative.") == (False, "")
    assert attribution("Summit noted the announcement of the provisional results.") == (False, "")
    said, lead_in = attribution("Heads of delegations from Kenya said the talks would resume.")
    assert said and "Kenya" in lead_in  # (a meeting's own heads are no others')


_QUAD = ("Joint Statement by the Foreign Ministers of the United States, the Kingdom of Saudi Arabia, the United Arab "
         "Emirates and the Arab Republic of Egypt on the conflict in Sudan\n\n"
         "The Foreign Ministers of the United States of America, the Kingdom of Saudi Arabia, the United Arab Emirates "
         "and the Arab Republic of Egypt (the \"Quad\") met to discuss the conflict in Sudan. The Ministers called on "
         "the Security Council to support these principles and asked the African Union to coordinate with the Quad.\n")


def test_the_name_a_joint_statement_gives_its_signatories_is_the_first_signatorys_voice() -> None:
    doc, book, _ = _parsed(_QUAD, ("Quad", "international_org", None), ("United States", "state", None),
                           ("Sudan", "state", None), voice="Quad")
    voice = checked_voice(book, book.find("Quad"), [s.text for s in doc.sentences])
    assert voice is not None and voice.name == "United States" and book.find("Quad") is voice


def test_a_group_named_apart_from_the_signatories_keeps_its_voice() -> None:
    text = _QUAD.replace('(the "Quad") met', "met").replace("coordinate with the Quad.", "coordinate with the Quad "
                                                                                          '(the "Quad").')
    doc, book, _ = _parsed(text, ("Quad", "international_org", None), ("United States", "state", None),
                           ("Sudan", "state", None), voice="Quad")
    voice = checked_voice(book, book.find("Quad"), [s.text for s in doc.sentences])
    assert voice is not None and voice.name == "Quad"


def test_welcoming_anothers_decision_charges_it_with_nothing() -> None:
    from summariser.claim_cues import PRAISES

    assert PRAISES.match("We welcome the decision of NATO to enhance its military presence in the Baltic Sea.")
    assert not PRAISES.match("We reject the decision of NATO to enhance its military presence in the Baltic Sea.")


def test_an_armed_group_that_speaks_holds_its_words_whatever_state_the_model_tied_it_to() -> None:
    from summariser.holders import holder_of
    from summariser.party_sides import sides

    text = ("Myanmar junta officials blamed the rebels. The Arakan Army, which now controls most of Rakhine state's "
            "northern townships, denied responsibility.\n")
    book = _book(text, ("Myanmar junta", "government_body", "Myanmar"), ("Arakan Army", "non_state_group", "Myanmar"),
                 ("Myanmar", "state", None))
    junta, army = book.find("Myanmar junta"), book.find("Arakan Army")
    denied = "The Arakan Army, which now controls most of Rakhine state's northern townships, denied responsibility."
    assert holder_of(junta, army, True, book, sides(book.parties), denied) is army
    both = "The Arakan Army and the Myanmar junta both denied responsibility."
    assert holder_of(junta, army, True, book, sides(book.parties), both) is junta  # (both written: the model's)


def test_claims_a_states_press_carries_are_the_medias() -> None:
    from summariser.claimants import claim_told, claimant_named

    told = claim_told("The Ministry also rejects, as fabricated, reports disseminated in Kyrgyz media claiming that "
                      "Tajik units had seized villages in the Batken region.")
    assert told == "Kyrgyz media"
    assert claim_told("He rejected claims, made in certain Greek media, that his Government would repudiate it.") == \
        "Greek media"
    assert claim_told("He cited reports in the media that the talks had failed.") is None
    book = _book("Kyrgyz media claimed it. Kyrgyzstan denied it.\n", ("Kyrgyzstan", "state", None))
    media = claimant_named("Kyrgyz media", book, set())
    assert media is not None and (media.name, media.kind) == ("Kyrgyz media", "media")


def test_claims_said_to_be_not_based_on_facts_are_the_claimants() -> None:
    from summariser.rebuttals import rebutted_claim

    assert rebutted_claim("However, I can say that the claims of civilian casualties being made by the Afghan side "
                          "are not based on facts.") == (True, "the Afghan side")
    assert rebutted_claim("The claims of civilian casualties being made by the Afghan side are under review.") == \
        (False, None)


def test_a_name_the_text_says_a_person_is_known_as_is_that_person() -> None:
    from summariser.first_names import complete_first_names

    text = ("Equatorial Guinea's Vice President Teodoro Nguema Obiang Mangue, known as Teodorín, wrote that Gabonese "
            "forces should leave. Teodorín also said more.\n")
    book = _book(text, ("Teodorín", "person", "Equatorial Guinea"),
                 ("Teodoro Nguema Obiang Mangue", "person", "Equatorial Guinea"), ("Equatorial Guinea", "state", None))
    complete_first_names(book)
    assert book.find("Teodorín") is book.find("Teodoro Nguema Obiang Mangue")
    other = _book(text.replace(", known as Teodorín,", ""), ("Teodorín", "person", "Equatorial Guinea"),
                  ("Teodoro Nguema Obiang Mangue", "person", "Equatorial Guinea"))
    complete_first_names(other)
    assert other.find("Teodorín") is not other.find("Teodoro Nguema Obiang Mangue")


def test_a_call_on_the_international_community_and_a_list_after_it_asks_the_community() -> None:
    cuba = ("Cuba calls on the international community, governments, parliaments, political parties and people of "
            "good will to reject this arbitrary act.")
    assert group_called_for(cuba) == ("International community", "the international community")
    assert group_called_for("Cuba calls on the international community, and on the United States, to act.") is None


def test_a_post_by_its_states_possessive_folds_into_the_named_holder_added_later() -> None:
    from summariser.post_holders import as_state_post

    text = "Eritrea's information minister, Yemane Gebremeskel, said in a post on X that Ethiopia was lying.\n"
    book = _book(text, ("Eritrea's information minister", "person", "Eritrea"), ("Eritrea", "state", None))
    yemane = book.add("Yemane Gebremeskel", "person", "minister")  # (untied yet: a well-known official)
    assert as_state_post(yemane, book) is book.find("Eritrea's information minister")
    assert book.find("Yemane Gebremeskel") is book.find("Eritrea's information minister")
    other = _book(text.replace("Yemane Gebremeskel", "Tesfay Berhane"), ("Eritrea's information minister", "person",
                                                                          "Eritrea"), ("Eritrea", "state", None))
    unknown = other.add("Tesfay Berhane", "person", "minister")  # (no one says whose he is)
    assert as_state_post(unknown, other) is unknown


def test_a_statement_by_a_spokesperson_for_a_government_is_that_governments_claim() -> None:
    from summariser.claimants import claim_told

    caricom = ("Heads noted with regret the statement by a spokesperson for the Government of the United Kingdom "
               "that the matter was one of history.")
    assert claim_told(caricom) == "a spokesperson for the Government of the United Kingdom"
    assert claim_told("Heads noted with regret that a spokesperson had spoken about history.") is None
