"""An item's wording (stance, action, claim) is a short paraphrase condensed from its evidence:
the frame, the holder's own subject and trailing clauses go; another speaker's frame stays."""

from __future__ import annotations

import pytest

from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.schema import MAX_PARAPHRASE_WORDS
from summariser.wording import GIST_WORDS, action, gist, statement
from tests.test_known_actors import parsed

UKRAINE = ["Ukraine", "Ministry of Foreign Affairs of Ukraine"]


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        # the side's own frame and subject go: the item names its holder already
        ("The foreign ministry said in a written statement that the border will stay closed until March.",
         "The border will stay closed until March"),
        ("Ukraine strongly condemns the shelling of the Zaporizhzhia power station.",
         "Strongly condemns the shelling of the Zaporizhzhia power station"),
        ("We are committed to keeping the grain corridor open for every ship.",
         "Committed to keeping the grain corridor open for every ship"),
        ("We note that the Kremlin has never answered the proposal in writing.",
         "The Kremlin has never answered the proposal in writing"),
        ("The Ministry recalls that Priština has demanded his hand-over to its courts.",
         "Priština has demanded his hand-over to its courts"),
        ("I want to stress that the island is part of our territory.", "The island is part of our territory"),
        ("We would like to underline that the talks must resume.", "The talks must resume"),
        # openings, parentheses and trailing clauses
        ("Moreover, in August, the flotilla (six vessels in all) sailed past the island, which nobody expected.",
         "The flotilla sailed past the island"),
        ("These strikes, including the one on the port of Esk, were a deliberate escalation by the militia.",
         "These strikes were a deliberate escalation by the militia"),
        ("According to the port authority, four cargo ships were turned back at the strait.",
         "Four cargo ships were turned back at the strait"),
        ("In order to stop the raids, the army closed the two mountain passes for a week.",
         "The army closed the two mountain passes for a week"),
        # another side's frame stays: 'Moscow insists ...' in Kyiv's statement is not Kyiv's stance
        ("Moscow insists that the corridor served military ends, but the record shows only grain ships.",
         "Moscow insists that the corridor served military ends"),
        # a subject that is not the side's, or not followed by a verb, stays
        ("The Russian puppets are staging another referendum in occupied towns.",
         "The Russian puppets are staging another referendum in occupied towns"),
        ("Ukraine and Moldova agreed to open a crossing.", "Ukraine and Moldova agreed to open a crossing"),
        # a short plain sentence is its own shortest wording
        ("The talks ended without a date.", "The talks ended without a date"),
    ],
)
def test_a_statement_loses_its_frame_and_trailing_clauses(sentence: str, wording: str) -> None:
    assert statement(sentence, UKRAINE) == wording


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("The minister urged Hungary to unblock the aid package this month.", "Unblock the aid package this month"),
        ("We call on all parties to the conflict to cease fire at once.", "Cease fire at once"),
        ("The army advised residents not to touch any fragments.", "Do not touch any fragments"),
        ("We call on those who claim to care about hunger to lift the blockade.", "Lift the blockade"),
        ("The envoy called for a ceasefire and said that talks could follow.", "A ceasefire"),
        ("Kyiv demanded the immediate release of the sailors.", "The immediate release of the sailors"),
        ("Kyiv expects Budapest to lift its veto before the summit.", "Lift its veto before the summit"),
        ("He called on Beijing to abide by the 2016 ruling and to stop its conduct.",
         "Abide by the 2016 ruling and stop its conduct"),
        ("We call on the UN to keep the corridor open, and we urge all states to help.", "Keep the corridor open"),
        ("They demanded that the parties allow aid through, and appealed to donors to give more.",
         "The parties allow aid through"),
        # no plain asking form: the statement's wording
        ("Ukraine insists that Russian troops must leave the plant.", "Russian troops must leave the plant"),
        ("to resume the broadcasts toward the North from today.", "Resume the broadcasts toward the North from today"),
    ],
)
def test_a_request_keeps_what_is_asked(sentence: str, wording: str) -> None:
    assert action(sentence, UKRAINE) == wording


def test_wording_stays_within_the_contract_and_marks_a_cut() -> None:
    long = ("The delegation reaffirmed its support for a settlement based on the resolutions of the Council, "
            "on the principles of the Charter, on good-neighbourly relations and on the rights of every "
            "community that lives on the island today.")
    for wording in (statement(long), action(long), gist(long)):
        assert len(wording.split()) <= min(GIST_WORDS, MAX_PARAPHRASE_WORDS) + 1  # the '...'
        assert wording.endswith(" ...") and not wording.rstrip(" .").endswith(",")
    # a cut at a comma keeps the point, not a bare opening phrase
    assert statement(long).startswith("The delegation reaffirmed its support for a settlement")
    # a quotation loses its marks and its attribution, and a lone quotation mark left by a cut goes
    assert statement('"We are putting dialogue first, but nothing is ruled out," the chairman told the summit.') == (
        "Putting dialogue first, but nothing is ruled out")
    assert statement('The chairman said "dialogue comes first, and nothing is ruled out for the summit or '
                     'for the talks after it, whatever the other side says".').count('"') != 1


def test_items_built_from_a_statement_carry_paraphrases_not_copied_sentences() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Ukraine\n\n"
            "Ukraine strongly condemns the shelling of the Zaporizhzhia power station, which lies on the Dnipro.\n\n"
            "We call on the IAEA to send a permanent mission to the plant.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="Ukraine")
    found = [(2, SentenceDraft(by="Ukraine", t=["position"], to=None)),
             (3, SentenceDraft(by="Ukraine", t=["request"], to="IAEA"))]
    positions, requests, _ = build_items(found, doc, book, Run(), voice)
    [position], [request] = positions, requests
    assert position.stance == "Strongly condemns the shelling of the Zaporizhzhia power station"
    assert request.action == "Send a permanent mission to the plant"
    for item, wording in ((position, position.stance), (request, request.action)):
        sentence = doc.text[item.evidence[0].start : item.evidence[0].end]
        assert wording.rstrip(".") != sentence.strip().rstrip(".")


def test_a_sentence_that_opens_with_the_holders_title_and_name_loses_them() -> None:
    said = ("The High Representative for Drovia, Dana Varga, today suspended the laws adopted by the Assembly of "
            "the entity.")
    assert statement(said, ["Dana Varga"], ["Dana Varga"]) == "Suspended the laws adopted by the Assembly of the entity"
    said = "Varna's foreign ministry spokeswoman Dana Varga dismissed the allegations as false."
    assert statement(said, ["Dana Varga"], ["Dana Varga"]) == "Dismissed the allegations as false"
    assert statement(said, ["Ana Lis"], ["Ana Lis"]).startswith("Varna's foreign ministry")  # someone else's
