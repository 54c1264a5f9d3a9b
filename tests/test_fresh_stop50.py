"""Conventions met in documents written after the eval set (stop 50): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import headings
from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.known_parties import add_speaker
from summariser.links import signatories
from summariser.posts import title_before
from summariser.titles import names_a_post
from tests.test_known_actors import parsed

KENYA_TANZANIA = (
    "Joint Press Statement following the meeting of the Foreign Ministers of the Republic of Kenya and the "
    "United Republic of Tanzania\n\n"
    "Arusha, 14 November\n\n"
    "The Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of Kenya, Hon. Daniel Kiprono Mwangi, "
    "and the Minister for Foreign Affairs and East African Cooperation of the United Republic of Tanzania, "
    "Hon. Amina Salum Msuya, met in Arusha today.\n\n"
    "On regional matters, both sides expressed concern over the security situation in eastern Democratic "
    "Republic of the Congo. They called on the parties to fully implement the commitments reached.\n")


def _kenya_tanzania(*extra: PartyDraft) -> tuple:
    return parsed(KENYA_TANZANIA, PartyDraft(name="Kenya", kind="state", acts_for=None),
                  PartyDraft(name="Tanzania", kind="state", acts_for=None),
                  PartyDraft(name="Democratic Republic of the Congo", kind="state", acts_for=None), *extra,
                  voice="Kenya")


def test_a_joint_press_statement_is_a_joint_statement() -> None:
    # 'Joint Press Statement following ...' was read as a statement of one side (only 'Joint
    # Statement' was known), so 'both sides' there were whichever two states were named last
    assert headings.heading_genre(KENYA_TANZANIA) == "joint_statement"
    assert headings.joint_heading_end(KENYA_TANZANIA) == KENYA_TANZANIA.index("\n")
    assert headings.heading_genre("Joint Ministerial Communiqu\u00e9 of the Quad\n\nText.\n") == "joint_statement"
    assert headings.heading_genre("Press Statement on the joint exercise\n\nText.\n") == "statement"


def test_the_ministers_whose_meeting_a_joint_statement_follows_are_its_signatories() -> None:
    # 'They called on the parties to fully implement ...' asked Tanzania, one of the two who
    # issued it: the heading's 'the meeting of the Foreign Ministers of X and Y' named no signatory
    _, book, _ = _kenya_tanzania()
    assert {book.by_id(pid).name for pid in signatories(book)} == {"Kenya", "Tanzania"}


def test_an_honorific_ends_no_title() -> None:
    # '... of the United Republic of Tanzania, Hon. Amina Salum Msuya': the full stop of 'Hon.'
    # cut the title off, so the minister served nobody
    assert title_before("Amina Salum Msuya", KENYA_TANZANIA).removeprefix("the ") == \
        "Minister for Foreign Affairs and East African Cooperation of the United Republic of Tanzania,"
    assert "Cabinet Secretary for Foreign" in title_before("Daniel Kiprono Mwangi", KENYA_TANZANIA)


def test_a_person_serves_whom_the_post_the_model_listed_as_a_body_serves() -> None:
    # the model listed her post as a government body of Tanzania; the person named in that post
    # was tied to the post itself, which was then dropped, and she served nobody
    _, book, _ = _kenya_tanzania(PartyDraft(name="Minister for Foreign Affairs and East African Cooperation",
                                            kind="government_body", acts_for="Tanzania"))
    minister = add_speaker("Minister for Foreign Affairs and East African Cooperation of the United Republic of "
                           "Tanzania Amina Salum Msuya", book)
    assert minister is not None and minister.name == "Amina Salum Msuya"
    assert book.by_id(minister.affiliation).name == "Tanzania"


UK_CHINA = (
    "Press release\n\n"
    "Foreign Secretary meets Chinese Foreign Minister in Beijing\n\n"
    "The Foreign Secretary, Rt Hon Priya Lal MP, met Foreign Minister Wang Yi in Beijing today.\n\n"
    "The Foreign Secretary raised the UK's serious concerns about the sentencing of Jimmy Lai and called for his "
    "release. She also raised the treatment of Uyghurs in Xinjiang.\n")


def test_a_headline_of_whom_the_issuer_meets_names_the_one_met() -> None:
    # 'Foreign Secretary meets Chinese Foreign Minister in Beijing' named no counterpart (only
    # 'meets with' was read), so a request that names nobody was not the one met's
    assert headings.counterpart_phrase("Foreign Secretary meets Chinese Foreign Minister in Beijing") == \
        "Chinese Foreign Minister"
    assert headings.counterpart_phrase("President Ruto receives Ethiopian Prime Minister Abiy Ahmed at State House") \
        == "Ethiopian Prime Minister Abiy Ahmed"
    assert headings.counterpart_phrase("Minister meets the press") is None


def test_a_post_named_with_its_state_and_portfolio_is_a_post() -> None:
    # 'Chinese Foreign Minister', listed by the model as a body beside Wang Yi, stayed a party of its own
    assert names_a_post("Chinese Foreign Minister") and names_a_post("Indian Foreign Secretary")
    assert not names_a_post("Armed Forces General Staff") and not names_a_post("Russian Foreign Ministry")


def test_a_request_in_a_readout_asks_the_one_met_not_a_party_its_words_never_name() -> None:
    # 'called for his release' (Jimmy Lai) asked the 'Uyghurs' of the next sentence, the model's guess
    _, book, voice = parsed(UK_CHINA, PartyDraft(name="United Kingdom", kind="state", acts_for=None),
                            PartyDraft(name="China", kind="state", acts_for=None),
                            PartyDraft(name="Priya Lal", kind="person", acts_for="United Kingdom"),
                            PartyDraft(name="Wang Yi", kind="person", acts_for="China"),
                            PartyDraft(name="Uyghurs", kind="population", acts_for=None), voice="United Kingdom")
    doc = parsed(UK_CHINA)[0]
    number = next(s.number for s in doc.sentences if s.text.startswith("The Foreign Secretary raised"))
    _, requests, _ = build_items([(number, SentenceDraft(by="Priya Lal", t=["request"], to="Uyghurs"))],
                                 doc, book, Run(), voice)
    assert len(requests) == 1
    assert book.by_id(requests[0].addressee).name in ("Wang Yi", "China")
