"""Conventions met in documents written after the eval set (stop 55): each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.asking_sides import addressee_phrase
from summariser.attribution import attribution
from summariser.background import map_feature, not_an_actor
from summariser.claim_cues import tells_of_an_act
from summariser.cues import asks
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.headings import heading_issuer
from summariser.keep import _MANY_UNDER_ONE_NAME, prune_parties
from summariser.people import person_in
from summariser.reading import worth_reading
from summariser.schema import Party
from summariser.subjects import subject_party
from summariser.targets import no_deed_charged, only_a_belligerent, only_a_target
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed

LITHUANIA = ("Statement by the Ministry of Foreign Affairs of Lithuania\n\n"
             "The Ministry of Foreign Affairs of Lithuania strongly condemns the forced landing of a Ryanair "
             "passenger aircraft in Minsk by the Belarusian authorities and the detention of journalist Roman "
             "Protasevich.\n\n"
             "The Lukashenko regime must release Roman Protasevich immediately.\n")
_MINISTRY = "Ministry of Foreign Affairs of Lithuania"
_LITHUANIA_PARTIES = (PartyDraft(name=_MINISTRY, kind="government_body", acts_for="Lithuania"), _state("Lithuania"),
                      PartyDraft(name="Roman Protasevich", kind="person", acts_for="Belarus"), _state("Belarus"))


def test_a_leaders_regime_that_must_act_is_the_one_asked() -> None:
    # 'The Lukashenko regime must release Roman Protasevich' asked the model's Protasevich: the one to be
    # freed, not the one who must free him (a regime named by its well-known leader is that leader's state)
    book, (_, requests, _) = _items(LITHUANIA, "The Lukashenko", SentenceDraft(
        by=_MINISTRY, t=["request"], to="Roman Protasevich"), *_LITHUANIA_PARTIES, voice=_MINISTRY)
    assert [book.by_id(r.addressee).name for r in requests] == ["Belarus"]


def test_a_forced_landing_and_a_detention_are_acts_charged() -> None:
    # 'condemns the forced landing ... by the Belarusian authorities and the detention of journalist ...'
    # was kept as a position only: 'it states no fact' (neither word read as an act done)
    book, (_, _, claims) = _items(LITHUANIA, "The Ministry", SentenceDraft(
        by=_MINISTRY, t=["claim"], to="Belarus"), *_LITHUANIA_PARTIES, voice=_MINISTRY)
    assert [[book.by_id(x).name for x in c.disputed_by] for c in claims] == [["Belarus"]]
    # (people forced to flee tell of no one's act)
    assert not tells_of_an_act("He is saddened by reports that thousands of people have been forced to flee.")


WIRE = ("Beijing hits back at Manila over shoal collision\n\n"
        "BEIJING (Wire) - China's coast guard said on Sunday that a Philippine supply boat had rammed one of its "
        "vessels near the Second Thomas Shoal.\n\n"
        "The U.S. State Department said it stood with its ally and reaffirmed that the Mutual Defense Treaty "
        "extends to Philippine armed forces and public vessels anywhere in the South China Sea.\n")


def test_standing_with_an_ally_charges_it_with_nothing() -> None:
    # 'said it stood with its ally and reaffirmed that the Mutual Defense Treaty extends to Philippine armed
    # forces' was the State Department's charge against the Philippines ('forces' read as a charge's word)
    department = "U.S. State Department"
    book, (positions, _, claims) = _items(WIRE, "The U.S. State", SentenceDraft(
        by=department, t=["claim"], to="Philippines"), _state("China"), _state("Philippines"),
        PartyDraft(name=department, kind="government_body", acts_for="United States"), _state("United States"),
        voice=None)
    assert claims == []
    assert [book.by_id(p.holder).name for p in positions] == [department]


def test_an_official_in_apposition_is_a_person() -> None:
    # 'A senior Hamas official, Osama Hamdan, told reporters ...' listed no Hamdan: 'official' was no title
    assert person_in("A senior Hamas official, Osama Hamdan, told reporters") == ("Osama Hamdan",
                                                                                   "senior Hamas official")
    assert person_in("the official Xinhua news agency reported") is None
    assert person_in("A senior U.S. official said") is None


def test_many_officials_or_states_under_one_name_are_no_party_of_their_own() -> None:
    # a BRICS ministers' communique kept the model's 'Ministers of Foreign Affairs' as a person and 'BRICS
    # countries' as a government body beside the five states and BRICS itself
    text = ("Joint Communique of the Ministers of Foreign Affairs of Brazil, Russia, India, China and South Africa\n\n"
            "The Ministers of Foreign Affairs of the BRICS countries met in Cape Town on 1 June.\n")
    _, book, _ = parsed(text, *map(_state, ("Brazil", "Russia", "India", "China", "South Africa")),
                        PartyDraft(name="BRICS countries", kind="government_body", acts_for=None),
                        PartyDraft(name="Ministers of Foreign Affairs", kind="person", acts_for=None))
    prune_parties(book, [], None)
    names = [p.name for p in book.parties]
    assert "Ministers of Foreign Affairs" not in names and "BRICS countries" not in names
    assert _MANY_UNDER_ONE_NAME.match("Council of Ministers") is None  # (a body's own name is no group)


def test_drones_shot_down_are_no_charge_against_who_shot_them() -> None:
    # NATO's 'Polish and Allied aircraft shot down several of them' (the drones that entered Polish airspace)
    # was a charge against Poland: the model said a request, and code read the deed as another side's
    text = ("NATO Secretary General statement on Russian drones violating Polish airspace\n\n"
            "Last night, multiple Russian drones entered Polish airspace. Polish and Allied aircraft shot down "
            "several of them.\n")
    book, (_, _, claims) = _items(text, "Polish and", SentenceDraft(by="Poland", t=["request"], to="Poland"),
                                  _state("Poland"), _state("Russia"), PartyDraft(
                                      name="NATO Secretary General", kind="government_body", acts_for="NATO"),
                                  voice="NATO Secretary General")
    assert claims == []
    assert no_deed_charged("Air defences shot down 12 drones over the region.")
    assert not no_deed_charged("Russian forces shot down a civilian airliner.")


def test_consultations_requested_under_a_treaty_are_asked_of_its_alliance() -> None:
    # 'Poland has requested consultations under Article 4 of the North Atlantic Treaty' asked the model's
    # Ukraine (the text's 'massive attack on Ukraine')
    text = ("Ministry of Foreign Affairs of the Republic of Poland: Statement on the violation of Polish airspace\n\n"
            "On the night of 9 to 10 September, Russian drones violated Polish airspace during a massive attack on "
            "Ukraine. Poland has requested consultations under Article 4 of the North Atlantic Treaty.\n")
    ministry = "Ministry of Foreign Affairs of the Republic of Poland"
    book, (_, requests, _) = _items(text, "Poland has", SentenceDraft(by=ministry, t=["request"], to="Ukraine"),
                                    PartyDraft(name=ministry, kind="government_body", acts_for="Poland"),
                                    _state("Poland"), _state("Russia"), _state("Ukraine"), voice="Poland")
    assert [book.by_id(r.addressee).name for r in requests] == ["NATO"]


UN_SPOKESPERSON = ("Statement attributable to the Spokesperson for the Secretary-General on the situation on the "
                   "Kyrgyzstan-Tajikistan border\n\nNew York, 16 September 2022\n\n"
                   "The Secretary-General is deeply concerned by reports of intense fighting along the border between "
                   "Kyrgyzstan and Tajikistan. He calls on both sides to respect the ceasefire fully.\n\n"
                   "The United Nations, including through its Regional Centre for Preventive Diplomacy for Central "
                   "Asia in Ashgabat, stands ready to support the two countries.\n")


def test_a_statement_attributable_to_the_spokesperson_speaks_for_the_one_it_names() -> None:
    # the model listed the spokesperson and the Secretary-General: the post, one word, was folded into the
    # spokesperson as a namesake ('Kurti' into 'Albin Kurti'), who then held every stance; its "for" value ran
    # on with the clause after 'United Nations', which became a party of that name
    _, book, voice = parsed(UN_SPOKESPERSON,
                            PartyDraft(name="Spokesperson for the Secretary-General", kind="person",
                                       acts_for="United Nations, including through its Regional Centre for "
                                                "Preventive Diplomacy for Central Asia in Ashgabat"),
                            PartyDraft(name="Secretary-General", kind="person", acts_for="United Nations"),
                            _state("Kyrgyzstan"), _state("Tajikistan"), voice="United Nations")
    assert voice.name == "Secretary-General"  # (named António Guterres later, for the date: `office_holders`)
    assert "Secretary-General" not in book.find("Spokesperson for the Secretary-General").aliases
    assert book.by_id(book.find("Spokesperson for the Secretary-General").affiliation).name == "United Nations"


def test_a_sides_deed_as_the_subject_is_that_sides() -> None:
    # "Russia's unprovoked invasion of Ukraine flagrantly violates the principles ..." charged Ukraine
    text = ("Joint Statement by Canada, Finland and Sweden on the Work of the Arctic Council\n\n"
            "Russia's unprovoked invasion of Ukraine flagrantly violates the principles of sovereignty.\n")
    _, book, _ = parsed(text, _state("Canada"), _state("Finland"), _state("Sweden"), _state("Russia"),
                        _state("Ukraine"), voice="Canada")
    said = "Russia's unprovoked invasion of Ukraine flagrantly violates the principles of sovereignty."
    assert subject_party(said, book).name == "Russia"
    assert subject_party("Israel's strikes on Gaza killed dozens.", book) is None  # (no Israel listed)


BRIEFING = ("Transcript of Weekly Media Briefing by the Official Spokesperson (excerpt)\n\n"
            "Official Spokesperson, Shri Arindam Bagchi: Good afternoon.\n\n"
            "Question: Prime Minister Trudeau has again said that there are credible allegations of a link between "
            "agents of the Government of India and the killing in British Columbia. Has Canada shared any evidence?\n\n"
            "Official Spokesperson, Shri Arindam Bagchi: We reject the allegations.\n\n"
            "Question: Some Canadian officials claim India's reaction is an attempt to deflect attention. "
            "Your response?\n\n"
            "Official Spokesperson, Shri Arindam Bagchi: We have made repeated requests for extradition. Those "
            "requests have not been acted upon.\n")
_BRIEFING_PARTIES = (PartyDraft(name="Arindam Bagchi", kind="person", acts_for="India"), _state("India"),
                     _state("Canada"), PartyDraft(name="Trudeau", kind="person", acts_for="Canada"),
                     PartyDraft(name="Canadian officials", kind="person", acts_for="Canada"))


def test_a_question_tells_what_another_side_has_said_and_claims() -> None:
    # 'Question: Prime Minister Trudeau has again said that ...' was the journalist's words ('has again' before the
    # verb), and 'Some Canadian officials claim India's reaction is ...' the spokesperson's charge against the
    # officials ('claim' with no 'that' was no speaking verb)
    doc, book, voice = parsed(BRIEFING, *_BRIEFING_PARTIES, voice="India")
    trudeau = next(s for s in doc.sentences if "Trudeau" in s.text)
    assert worth_reading(trudeau, doc.text)  # (not a question's words only)
    assert attribution("Some Canadian officials claim India's reaction is an attempt to deflect attention.") == (
        True, "Some Canadian officials ")
    assert attribution("The claim India made is false.") == (False, "")  # (the noun)
    officials = "Question: Some Canadian"
    book, (_, _, claims) = _items(BRIEFING, officials, SentenceDraft(by="Arindam Bagchi", t=["claim"], to="Canada"),
                                  *_BRIEFING_PARTIES, voice="India")
    sides = [(book.by_id(book.by_id(c.asserted_by).affiliation).name, [book.by_id(x).name for x in c.disputed_by])
             for c in claims]
    assert sides == [("Canada", ["India"])]  # the officials' claim (the text's 'Some Canadian officials'), not India's


def test_requests_spoken_of_ask_nothing_now() -> None:
    # 'Those requests have not been acted upon.' was a request to Canada
    assert asks("We have made repeated requests for extradition.")
    assert not asks("Those requests have not been acted upon.")


def test_the_land_a_deed_is_done_in_is_not_charged_with_it() -> None:
    # an Astana-format communique's 'Condemned the continuing Israeli military attacks in Syria', '... terrorist
    # groups ... operating in different parts of Syria' and 'oil revenues that should belong to Syria' charged Syria
    syria = _state("Syria")
    book = parsed("Joint Statement\n\nThe Presidents met on Syria.\n", syria)[1]
    for said in ("Condemned the continuing Israeli military attacks in Syria, including against civilian "
                 "infrastructure.",
                 "They condemned the activity of terrorist groups operating in different parts of Syria.",
                 "They expressed opposition to the illegal seizure of oil revenues that should belong to Syria."):
        assert only_a_target(book.find("Syria"), said), said
    assert not only_a_target(book.find("Syria"), "Syria launched attacks in the north.")
    # ... nor the land a threat is posed to, people crossed into, or a convoy was in or travelling to
    lebanon = parsed("Statement\n\nLebanon.\n", _state("Lebanon"))[1].find("Lebanon")
    lebanon.aliases.append("Beirut")
    assert only_a_target(lebanon, "The incident occurred in the village of Al-Aqbiyah, in southern Lebanon, as two "
                                  "UNIFIL armoured vehicles were travelling to Beirut.")
    assert only_a_target(book.find("Syria"), "More than 370,000 people have crossed into Syria.")
    assert only_a_target(book.find("Syria"), "He spoke of the threat that climate change poses to Syria.")


def test_a_byline_of_post_and_name_under_the_title_names_the_issuer() -> None:
    # 'Meeting with Prime Minister of Tuvalu' over 'Prime Minister of Australia, the Hon Anthony Albanese MP': the
    # model's voice had been a 'Regional Islands Forum Leaders Meeting', and Albanese served no state
    text = ("Meeting with Prime Minister of Tuvalu\n\nPrime Minister of Australia, the Hon Anthony Albanese MP\n"
            "Media release, 10 November 2023\n\nToday I met Prime Minister Natano.\n")
    assert heading_issuer(text) == "Anthony Albanese, Prime Minister of Australia"


def test_a_wire_on_a_border_clash() -> None:
    # 'Iranian border guards and Taliban forces exchanged heavy fire ...' charged the Taliban; the model's 'Kang
    # district' was accused; 'warned the Taliban authorities to respect ...' asked no one; 'its own people' was a party
    taliban = PartyDraft(name="Taliban", kind="non_state_group", acts_for=None)
    book = parsed("Iran and Taliban forces clash\n\nIran and the Taliban clashed.\n", taliban)[1]
    assert only_a_belligerent(book.find("Taliban"), "Iranian border guards and Taliban forces exchanged heavy fire on "
                                                    "Saturday along the frontier.")
    assert not only_a_belligerent(book.find("Taliban"), "Taliban forces fired on Iranian border guards.")
    assert map_feature(Party(id="p9", name="Kang district", kind="non_state_group"))
    assert not_an_actor(Party(id="p9", name="Own people", kind="other"))
    assert addressee_phrase("Iranian President Ebrahim Raisi warned the Taliban authorities to respect Iran's right "
                            "to water.") == "the Taliban authorities"
    assert addressee_phrase("He warned that the situation could deteriorate.") is None
