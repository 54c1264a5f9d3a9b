"""Conventions met in documents written after the eval set (stop 47): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues, list_asks
from summariser.accusations import accused_in, accuses
from summariser.drafts import PartyDraft
from summariser.known_parties import add_speaker
from summariser.procedural import procedural
from tests.test_fresh_stop46 import settled_in
from tests.test_known_actors import parsed, read_text

PAKISTAN_BRIEFING = (
    "MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF PAKISTAN\n\n"
    "Transcript of the Weekly Press Briefing by the Spokesperson\nIslamabad, 10 January 2025\n\n"
    "Question: This week the spokesperson of India's Ministry of External Affairs said New Delhi condemns attacks "
    "on Afghan civilians and added that it is \"an old practice\" of Pakistan to blame its neighbours. What is "
    "Pakistan's response?\n\n"
    "Spokesperson: We have seen these remarks and we reject them as baseless and self-serving. Pakistan has "
    "shared evidence with the international community of Indian sponsorship of terrorist groups operating "
    "against Pakistan.\n\n"
    "Question: The Afghan interim government says Pakistani aircraft struck several locations in Paktika. "
    "Kabul also denies that the TTP has any presence on Afghan soil. Can you clarify Pakistan's position?\n\n"
    "Spokesperson: Pakistan does not target civilians.\n\n"
    "As for the claim that there are no terrorists in Afghanistan, the facts say otherwise.\n")
BRIEFING_PARTIES = [PartyDraft(name="Ministry of Foreign Affairs", kind="government_body", acts_for="India"),
                    PartyDraft(name="Pakistan", kind="state", acts_for=None),
                    PartyDraft(name="India", kind="state", acts_for=None),
                    PartyDraft(name="Afghanistan", kind="state", acts_for=None)]


def test_a_numbered_item_that_goes_on_in_lower_case_is_one_sentence_with_its_number() -> None:
    # Ukraine's MFA: 'Ukraine calls on its partners:' then '1. to strengthen pressure on Russia ...;' was cut
    # after '1.', so the item lost its mark, its list's lead-in asked nothing and three asks became positions
    doc = read_text("Ukraine calls on its partners:\n\n1. to strengthen pressure on Russia without delay;\n"
                    "2. to urgently reinforce Ukraine's air defence;\n\nStatements are not enough.\n")
    texts = [s.text for s in doc.sentences]
    assert texts[1] == "1. to strengthen pressure on Russia without delay;"
    assert list_asks.asked_by_lead_in(texts[:1], texts[1]) == \
        "calls on its partners to strengthen pressure on Russia without delay;"
    # an item that opens a sentence of its own keeps the cut the recorded documents were read with
    numbered = [s.text for s in read_text("1. The Republic condemns every act of violence.\n").sentences]
    assert numbered == ["1.", "The Republic condemns every act of violence."]


def test_a_ministry_under_the_masthead_serves_the_state_the_masthead_names() -> None:
    # 'MINISTRY OF FOREIGN AFFAIRS' / 'GOVERNMENT OF PAKISTAN': the model tied the ministry to India
    # (whose ministry the first question quotes), and the ministry's rebuttal became India's claim
    _doc, book, _voice = parsed(PAKISTAN_BRIEFING, *BRIEFING_PARTIES, voice="Pakistan")
    ministry, pakistan = book.find("Ministry of Foreign Affairs"), book.find("Pakistan")
    assert ministry is not None and pakistan is not None
    assert ministry.affiliation == pakistan.id
    # a ministry its heading does not name keeps the model's tie
    _doc, book, _voice = parsed("Statement\n\nIndia's Ministry of Foreign Affairs said the talks went well.\n",
                                *BRIEFING_PARTIES[:3])
    ministry, india = book.find("Ministry of Foreign Affairs"), book.find("India")
    assert ministry is not None and india is not None and ministry.affiliation == india.id


def test_the_facts_say_otherwise_rebuts_the_claim_the_last_denial_made() -> None:
    # 'As for the claim that there are no terrorists in Afghanistan, the facts say otherwise' denied
    # nothing, so the ministry was taken to assert it; the claim is Kabul's ('Kabul also denies that ...')
    line = "As for the claim that there are no terrorists in Afghanistan, the facts say otherwise."
    assert claim_cues.denies(line)
    assert claim_cues.denies("The evidence shows otherwise.")
    assert not claim_cues.denies("The facts of the case are well known.")
    kinds, _other, claimant = settled_in(PAKISTAN_BRIEFING, BRIEFING_PARTIES, "Pakistan", ["claim"], line)
    assert "claim" in kinds and claimant == "Afghanistan"


def test_remarks_rejected_as_baseless_are_the_claim_of_whoever_the_question_quoted() -> None:
    # 'We have seen these remarks and we reject them as baseless' was Pakistan's charge against India;
    # the remarks are India's (its spokesperson 'added that it is "an old practice" of Pakistan ...')
    line = "We have seen these remarks and we reject them as baseless and self-serving."
    assert claim_cues.rebutted_claim(line) == (True, None)
    assert claim_cues.rebutted_claim("Such claims do not correspond to the facts.") == (False, None)
    kinds, _other, claimant = settled_in(PAKISTAN_BRIEFING, BRIEFING_PARTIES, "Pakistan", ["claim"], line)
    assert "claim" in kinds and claimant == "India"


def test_evidence_of_a_states_sponsorship_accuses_that_state() -> None:
    # 'Pakistan has shared evidence ... of Indian sponsorship of terrorist groups' charged nobody (the
    # model had guessed the UN team named elsewhere), so it stayed a position
    line = ("Pakistan has shared evidence with the international community of Indian sponsorship of terrorist "
            "groups operating against Pakistan.")
    assert accused_in(line) == "Indian" and accuses(line)
    assert accused_in("Pakistan shared information about the Indian support for the talks.") is None
    kinds, other, _claimant = settled_in(PAKISTAN_BRIEFING, BRIEFING_PARTIES, "Pakistan", ["claim"], line)
    assert "claim" in kinds and other == "India"


def test_a_readouts_topic_and_arrangements_are_procedural() -> None:
    # Kremlin readout: 'The two leaders focused on the situation around the Black Sea Initiative ...' and
    # 'The parties agreed to maintain contacts ...; its timing will be coordinated ...' were Putin's positions
    assert procedural("The two leaders focused on the situation around the Black Sea Initiative for the export of "
                      "Ukrainian grain, which ceased to operate on July 17.")
    assert procedural("The parties agreed to maintain contacts and to hold a personal meeting in the near future; "
                      "its timing will be coordinated through diplomatic channels.")
    assert not procedural("The talks focused on the situation in Gaza, and the President condemned the attack.")
    assert not procedural("The parties agreed to maintain contacts; Russia will not return to the deal.")


def test_a_communiques_place_and_date_line_is_procedural() -> None:
    # ECOWAS: 'Done at Abuja, this 30th day of July 2023.' was ECOWAS's position
    assert procedural("Done at Abuja, this 30th day of July 2023.")
    assert procedural("Done at New York, on 12 June 2024.")
    assert not procedural("Done at last, the Authority lifts the sanctions on Niger.")


def test_a_bare_body_that_speaks_is_the_one_the_text_names_in_full() -> None:
    # ECOWAS communiqué: 'The Authority condemns ...' added a party 'Authority' serving no one, so its
    # positions and requests were on no side; it is 'the ECOWAS Authority of Heads of State and Government'
    text = ("FINAL COMMUNIQUE\n\n1. The ECOWAS Authority of Heads of State and Government met in Abuja on 30 July "
            "2023.\n\n2. The Authority condemns the attempt to overthrow the constitutional order in Niger.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="ECOWAS", kind="international_org", acts_for=None),
                                PartyDraft(name="Niger", kind="state", acts_for=None), voice="ECOWAS")
    speaker = add_speaker("The Authority", book)
    ecowas = book.find("ECOWAS")
    assert speaker is not None and ecowas is not None
    assert speaker.name == "ECOWAS Authority of Heads of State and Government"
    assert speaker.affiliation == ecowas.id


def test_a_ministry_under_its_states_name_serves_that_state() -> None:
    # Venezuela: 'BOLIVARIAN REPUBLIC OF VENEZUELA' over 'Ministry of Popular Power for Foreign Affairs' left
    # the ministry serving no one
    text = ("BOLIVARIAN REPUBLIC OF VENEZUELA\nMinistry of Popular Power for Foreign Affairs\n\nCOMMUNIQUE\n\n"
            "The Government of the Bolivarian Republic of Venezuela rejects the tariff announced by Washington.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Ministry of Popular Power for Foreign Affairs",
                                                 kind="government_body", acts_for=None),
                                PartyDraft(name="Venezuela", kind="state", acts_for=None),
                                PartyDraft(name="United States", kind="state", acts_for=None), voice="Venezuela")
    ministry, venezuela = book.find("Ministry of Popular Power for Foreign Affairs"), book.find("Venezuela")
    assert ministry is not None and venezuela is not None and ministry.affiliation == venezuela.id


def test_what_a_side_presents_and_claims_past_an_aside_is_its_own() -> None:
    # Venezuela: 'Washington presents this measure as a response ... and claims, without offering any
    # evidence, that our country has deliberately sent ... criminals' was Venezuela's own position
    from summariser.attribution import attribution
    line = ("Washington presents this measure as a response to the alleged \"hostility\" of Venezuela and claims, "
            "without offering any evidence, that our country has deliberately sent violent criminals.")
    assert attribution(line) == (True, "Washington ")
    assert attribution("The United States claims, without evidence, that Venezuela sent criminals.")[0]
    assert attribution("The measure is presented as a response to hostility.") == (False, "")


def test_what_someone_had_to_do_asks_nothing() -> None:
    # NATO: '... and Allied aircraft had to engage.' was Rutte's call on Poland
    from summariser import cues
    assert not cues.asks("Around nineteen violations of Polish airspace were recorded in one night, and Allied "
                         "aircraft had to engage.")
    assert not cues.asks("The crew were forced to return to port.")
    assert cues.asks("We call on Russia to return the children.")


def test_a_hosts_plan_a_rival_account_announced_and_a_dated_place_line_are_procedural() -> None:
    # NATO: 'The Secretary General will make a few remarks and then take your questions.' was Hart's position;
    # AP: 'China offered a starkly different version.' was China's; Japan's MOFA: the heading's 'Friday,
    # November 1, 2024, 9:02 a.m. / Front Entrance Hall, Ministry of Foreign Affairs' was the minister's
    assert procedural("The Secretary General will make a few remarks and then take your questions.")
    assert procedural("China offered a starkly different version.")
    assert not procedural("Beijing offered a sharply different account, accusing Manila of ramming its ship.")
    assert procedural("Friday, November 1, 2024, 9:02 a.m.\nFront Entrance Hall, Ministry of Foreign Affairs")
    assert procedural("10 September 2025, NATO Headquarters, Brussels")
    assert not procedural("On 1 November 2024 North Korea launched a ballistic missile.")
