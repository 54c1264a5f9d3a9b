"""Conventions met in documents written after the eval set (stop 41): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues
from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_known_actors import parsed


def test_a_statement_which_accuses_is_its_authors_claim() -> None:
    # Belarus's ministry: "We have taken note of yesterday's statement by the Ministry of Foreign Affairs
    # of Lithuania, which once again accuses Belarus of ..." was Belarus's own charge against Lithuania
    text = ("Comment of the Press Service of the Ministry of Foreign Affairs of Belarus\n\n"
            "We have taken note of yesterday's statement by the Ministry of Foreign Affairs of Lithuania, which "
            "once again accuses Belarus of deliberately sending balloons into Lithuanian airspace. "
            "These accusations are absurd.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Belarusian Ministry of Foreign Affairs", kind="government_body",
                                               acts_for="Belarus"),
                              PartyDraft(name="Lithuanian Foreign Ministry", kind="government_body",
                                         acts_for="Lithuania"),
                              voice="Belarusian Ministry of Foreign Affairs")
    found = [(2, SentenceDraft(by="Belarusian Ministry of Foreign Affairs", t=["claim"],
                               to="Lithuanian Foreign Ministry"))]
    _positions, _requests, claims = build_items(found, doc, book, Run(), voice)
    assert len(claims) == 1
    claimant = book.by_id(claims[0].asserted_by)
    assert claimant is not None and "Lithuania" in claimant.name
    assert claims[0].disputed_by == [voice.id]
    assert claims[0].claim.startswith("Accuses Belarus of deliberately sending")
    # 'which repeats claims that ...': what the claims say is the claim
    relayed = ("The Government notes the statement issued yesterday by the Spokesperson of the Secretary-General, "
               "which repeats claims that the army is fighting in Goma.")
    assert claim_cues.relayed_allegation(relayed) == "the Spokesperson of the Secretary-General"
    assert claim_cues.claimed_content(relayed) == "the army is fighting in Goma."


def test_a_charge_names_its_agent_over_the_models_unnamed_guess() -> None:
    # Rwanda's statement: 'The fighting near Goma is a direct result of repeated violations of ceasefire
    # agreements by the Government of the DRC' accused the Rwanda Defence Force, whom the model guessed
    # (here the M23, which the sentence does not name either)
    text = ("Statement by the Government of Rwanda\n\nThe fighting near Goma is a direct result of repeated "
            "violations of ceasefire agreements by the Government of the DRC and its coalition. The M23 is not "
            "Rwanda's concern.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Rwanda", kind="state", acts_for=None),
                              PartyDraft(name="M23", kind="non_state_group", acts_for=None),
                              PartyDraft(name="DRC", kind="state", acts_for=None), voice="Rwanda")
    found = [(2, SentenceDraft(by="Rwanda", t=["claim"], to="M23"))]
    _positions, _requests, claims = build_items(found, doc, book, Run(), voice)
    assert [book.by_id(c.disputed_by[0]).name for c in claims] == ["DRC"]
