"""Conventions met in documents written after the eval set (stop 38): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import asking_sides, cues
from summariser.drafts import PartyDraft
from summariser.procedural import procedural
from summariser.subjects import subject_party
from tests.test_known_actors import parsed


def test_reviewing_the_follow_up_is_procedural() -> None:
    # Japan's readout 'The two ministers reviewed the follow-up to recent high-level exchanges ...' was
    # kept as a position of the Foreign Minister
    assert procedural("The two ministers reviewed the follow-up to recent high-level exchanges between Japan "
                      "and the Philippines.")
    assert procedural("The leaders reviewed the progress made in bilateral cooperation.")
    assert not procedural("The leaders reviewed the progress made and welcomed the new agreement.")  # a stance
    assert not procedural("The committee reviewed the draft resolution.")


def test_hoping_a_named_side_will_act_is_an_appeal_to_it() -> None:
    # '... stated that the Philippines hopes Japan will also take part in joint exercises' (no 'that'
    # after 'hopes') was a position, and nobody was asked
    text = "Secretary Manalo stated that the Philippines hopes Japan will also take part in joint exercises."
    assert cues.plainly_asks(text)
    assert asking_sides.addressee_phrase("the Philippines hopes Japan will also take part in joint exercises") \
        == "Japan"
    assert not cues.plainly_asks("The minister hopes to visit Tokyo next year.")  # nobody else acts


def test_a_wire_saying_neither_side_answered_is_procedural() -> None:
    # 'Neither government responded to Reuters requests for further comment on Thursday.' became a request
    # of the news agency's to Ethiopia
    assert procedural("Neither government responded to Reuters requests for further comment on Thursday.")
    assert procedural("The ministry did not immediately respond to a request for comment.")


def test_a_cleft_with_a_contrast_names_the_first_side() -> None:
    # China's spokesperson: 'It is Japan, not China, that is politicising a scientific question' was a
    # charge against the model's guess (the Philippine coast guard)
    text = "It is Japan, not China, that is politicising a scientific question by refusing alternatives."
    _doc, book, _voice = parsed(text, PartyDraft(name="China", kind="state", acts_for=None),
                                PartyDraft(name="Japan", kind="state", acts_for=None),
                                PartyDraft(name="Philippine coast guard", kind="government_body",
                                           acts_for="Philippines"))
    accused = subject_party(text, book)
    assert accused is not None and accused.name == "Japan"


def test_a_speakers_label_with_her_words_left_out_states_nothing() -> None:
    # a briefing transcript's 'Spokesperson Mumtaz Zahra Baloch: ...' (her opening remarks cut) was a position
    assert procedural("Spokesperson Mumtaz Zahra Baloch: ...")
    assert procedural("Question:")
    assert not procedural("Spokesperson: We have seen the statement and we reject it.")
    assert not procedural("The Council calls on all parties to:")  # its list of asks follows
