"""Conventions of the genres the tool reads, on what a text asks and claims: the ways it asks
without 'calls on' ('it is incumbent upon', 'looks forward to X doing', 'expects X, in turn,
to'), what asks nothing ('the call for ...' it rejects, a fact insisted on), communiqué
preambles and the allegations they note, and verdicts that answer a claim. Each was seen in a
document written for this project and turned into a rule."""

from __future__ import annotations

from summariser import addressees, answers, asking_sides, claimants, cues, list_asks
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.procedural import procedural
from tests.test_known_actors import parsed


def test_ways_of_asking_without_calling_on_name_whom_they_ask() -> None:
    asked = {
        "It is incumbent upon the Coast Guard, as a law-enforcement body, to act within the rules.": "the Coast Guard",
        "Varnia looks forward to the Government of Drovia fulfilling its commitments.": "the Government of Drovia",
        "The Council looks forward to both parties returning to talks.": "both parties",
        "He presented the fund, expressing the hope that Drovia would be among its first investors.": "Drovia",
    }
    for sentence, whom in asked.items():
        assert cues.plainly_asks(sentence) and asking_sides.addressee_phrase(sentence) == whom
    assert not cues.plainly_asks("We look forward to the operationalisation at the next summit of the new fund.")
    assert cues.asking_phrase("He said it should be dealt with kindly, and requested the early release of the "
                              "fishermen.").startswith("requested the early release")


def test_presence_preambles_and_a_calls_length_state_nothing() -> None:
    assert procedural("The Foreign Minister of Drovia, Mr. Ivo Kral, and two advisers were also present.")
    assert procedural("Noting the opening remarks by the Chairperson, and the statements by the representative "
                      "of Drovia, as the country concerned,")
    assert procedural("The call lasted about forty minutes.")
    assert not procedural("None of them took part in the attack in any way.")


def test_an_allegation_a_communique_notes_is_the_alleging_sides_claim() -> None:
    assert claimants.claim_told("Notes the allegation by the Government of Varnia that the rebels receive arms "
                                 "from Drovia") == "the Government of Varnia"
    assert claimants.claim_told("Takes note of the assertion by the AFR leadership that its operations protect "
                                 "civilians") == "the AFR leadership"
    assert claimants.claim_told("Notes the allegation of arms supplies.") is None


def test_the_state_an_aggression_is_against_is_not_the_accused() -> None:
    from summariser.schema import Party
    from summariser.targets import only_a_target

    qatar = Party(id="p1", name="Qatar", kind="state", aliases=["State of Qatar"])
    assert only_a_target(qatar, "The Kingdom condemns the aggression against the sister State of Qatar.")
    assert only_a_target(qatar, "It is a flagrant violation of the sovereignty of the State of Qatar.")
    assert not only_a_target(qatar, "Qatar sheltered the leaders, the ministry said.")
    assert only_a_target(qatar, "Riyadh condemned the strikes, calling them a violation of Qatar's sovereignty.")
    congo = Party(id="p2", name="Democratic Republic of the Congo", kind="state", aliases=["DRC"])
    assert only_a_target(congo, "It violates the sovereignty and territorial integrity of the Democratic Republic "
                                 "of the Congo (DRC).")
    assert attribution("The EU acknowledges Rwanda's stated security concerns.") == (False, "")


def test_a_plural_subject_that_maintains_speaks_and_no_evidence_for_a_claim_answers_it() -> None:
    assert attribution("The Sudanese Armed Forces, for their part, maintain that the crossing is used to resupply "
                       "the RSF.") == (True, "The Sudanese Armed Forces ")
    # 'accepted by' is no verdict: 'The 1899 Award was accepted by Venezuela for six decades' is the voice's charge
    assert attribution("The 1899 Award was accepted by Drovia for more than six decades.") == (False, "")
    assert answers.answers_what_was_said("The Office has seen no evidence to support this claim.")
    assert not answers.answers_what_was_said("The Office has seen the convoy.")


def test_an_op_eds_offer_and_expectation_ask_the_side_they_name() -> None:
    expectation = "We expect Drovia, in turn, to withdraw its request that the Security Council take up the matter."
    assert cues.plainly_asks(expectation) and asking_sides.addressee_phrase(expectation) == "Drovia"
    assert not cues.asks("So here is my offer.")
    text = "Opinion\n\nBy the Foreign Minister of Varnia\n\nI invite my Egyptian counterpart to resume talks.\n"
    doc, book, _ = parsed(text, PartyDraft(name="Varnia", kind="state", acts_for=None),
                          PartyDraft(name="Egypt", kind="state", acts_for=None), voice="Varnia")
    from summariser.naming import speaker_in
    assert speaker_in(asking_sides.addressee_phrase(doc.sentences[-1].text), book.parties).name == "Egypt"


def test_a_numbered_list_of_demands_on_a_named_side_asks_that_side_for_each_item() -> None:
    lead_in = "The party therefore demands that the government:"
    assert list_asks.asks_of_list(lead_in)
    assert list_asks.asked_by_lead_in([lead_in], "1. Immediately revoke the decision of 28 November;") == \
        "demands that the government immediately revoke the decision of 28 November;"
    assert list_asks.asked_by_lead_in(["The NUG calls on:"], "(a) Drovia to halt arms sales;") == \
        "calls on Drovia to halt arms sales;"
    assert attribution("The resolution was dismissed by the government as interference.") == (True, "the government")


def test_an_acronym_in_brackets_names_the_party_after() -> None:
    text = ("Communique\n\nThe Council condemns the offensive by the Alliance des Forces pour le Renouveau (AFR). "
            "It takes note of the assertion by the AFR leadership that its operations protect civilians.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Council", kind="international_org", acts_for=None),
                              PartyDraft(name="Alliance des Forces pour le Renouveau", kind="non_state_group",
                                         acts_for=None), voice="Council")
    assert book.find("AFR").name == "Alliance des Forces pour le Renouveau"
    noted = doc.sentences[-1].number
    _, _, claims = build_items([(noted, SentenceDraft(by="Council", t=["claim"], to=None))], doc, book, Run(), voice)
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Alliance des Forces pour le Renouveau"]


def test_a_group_named_with_a_digit_speaks_and_a_duty_laid_on_a_side_is_a_request() -> None:
    from summariser.naming import speaker_in

    text = "Statement\n\nThe G7 remains committed to a free and open Indo-Pacific.\n"
    _, book, _ = parsed(text, PartyDraft(name="Canada", kind="state", acts_for=None))
    assert speaker_in(attribution(text.split("\n\n")[1])[1], book.parties).name == "G7"
    assert cues.asks("It is incumbent upon the Coast Guard, as a law-enforcement body, to act within the rules.")


def test_states_with_influence_are_a_group_asked() -> None:
    assert addressees.group_addressed("states with influence over Israel") == "States with influence over Israel"


def test_the_noun_request_asks_nothing_and_a_states_officials_are_the_state() -> None:
    from summariser.gazetteer import actor_meant

    ask = ("We call on the German side to respond without delay to the request of the Prosecutor General's Office "
           "and to provide the full data.")
    assert cues.asking_parts(ask) == []  # one request: 'the request of ... and to provide' is no second ask
    assert not cues.asks("At the request of his family, the authorities permitted his transfer to a clinic.")
    assert actor_meant("German officials").name == "Germany"


def test_a_chairs_preamble_states_nothing_and_statements_attributed_to_a_side_are_its_claim() -> None:
    assert procedural("Indonesia, as Chair of ASEAN in 2023, issues the following statement.")
    noted = ("We have taken note of statements attributed to the Myanmar military authorities that the strike hit a "
             "ceremony of an armed group")
    assert claimants.claim_told(noted) == "the Myanmar military authorities"


def test_asides_in_a_lead_in_and_a_list_between_dashes_leave_the_speaker_and_the_asked() -> None:
    assert attribution("Official Baku, including the Ministry of Defence of Azerbaijan, has claimed that Armenian "
                       "units attacked.") == (True, "Official Baku has ")
    ask = ("We call upon the Co-Chair countries of the OSCE Minsk Group - the Russian Federation, the United States "
           "and France - to give an unequivocal assessment.")
    assert asking_sides.addressee_phrase(ask) == "the Co-Chair countries of the OSCE Minsk Group"


def test_a_fact_insisted_on_asks_nothing_and_an_assertion_that_does_not_hold_water_is_answered() -> None:
    assert not cues.asks("US officials insisted that the trip was private and unofficial.")
    assert cues.asks("Drovia insisted that Varnia withdraw its troops.")
    assert answers.answers_what_was_said("Such an assertion does not hold water.")


def test_the_international_community_told_what_it_must_do_is_asked() -> None:
    assert asking_sides.addressee_phrase("The international community must also play its part.") == \
        "The international community"


def test_a_meeting_at_a_states_invitation_is_no_ask_of_that_state() -> None:
    from summariser.gazetteer import actor_meant

    met = "Israel and the Palestinian Authority met in Aqaba at Jordan's invitation."
    assert asking_sides.asker_phrase(met) is None
    assert asking_sides.asker_phrase("Guyana rejected Venezuela's call for direct talks.") == "Venezuela"
    assert actor_meant("Federal Foreign Office").name == "Germany"


def test_a_call_held_at_ones_request_and_a_statement_issued_state_nothing() -> None:
    assert procedural("The conversation was held at the request of the Tajik side.")
    assert procedural("The following Security Council press statement was issued today by Council President "
                      "Ana Roy:")
    assert not procedural("The Council condemned the attack held to be the worst in years.")
