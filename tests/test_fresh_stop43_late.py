"""Conventions met in documents written after the eval set (stop 43, last rules): each test
names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import accusations
from summariser.drafts import PartyDraft
from summariser.keep import prune_parties
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.schema import Evidence, Party, Position
from summariser.subjects import subject_party
from summariser.targets import only_a_helper
from tests.test_known_actors import parsed


def test_one_who_helped_is_not_accused() -> None:
    # Reuters on Iran's attack: 'Hagari said the vast majority of the drones had been intercepted, with the help of
    # the United States and other allies' made the United States the accused of Israel's claim
    us = Party(id="p1", name="United States", kind="state", aliases=["U.S."])
    assert only_a_helper(us, "Hagari said the vast majority of the drones had been intercepted, with the help of the "
                             "United States and other allies.")
    assert not only_a_helper(us, "Iran said the United States helped Israel shoot down the drones.")


def test_talks_brokered_by_a_state_are_not_its_deed() -> None:
    # AP on Sudan: 'Talks brokered by the United States and Saudi Arabia in Jeddah have stalled since late last
    # year' was a stance of the United States (the first party the opening words name)
    us = Party(id="p1", name="United States", kind="state")
    sentence = "Talks brokered by the United States and Saudi Arabia in Jeddah have stalled since late last year."
    assert subject_party(sentence, PartyBook(sentence, [us])) is None
    assert subject_party("The United States brokered talks in Jeddah.", PartyBook(sentence, [us])) is us


def test_an_opposition_leader_is_not_the_states_and_the_opposition_is_accused() -> None:
    # AP on Venezuela's election: 'Opposition leader María Corina Machado' was tied to Venezuela, and 'Maduro accused
    # the opposition of attempting a coup' charged no one
    text = ("Opposition leader María Corina Machado said the tally sheets showed that its candidate had won. "
            "Maduro accused the opposition of attempting a coup.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Venezuela", kind="state", acts_for=None),
                                PartyDraft(name="María Corina Machado", kind="person", acts_for="Venezuela"))
    machado = book.find("María Corina Machado")
    assert machado is not None and machado.affiliation is None
    assert accusations.accused_by_reference("the opposition", "Maduro accused the opposition of attempting a coup.",
                                            book.parties, set(), text) is machado


def test_the_us_side_and_an_introduced_agency_and_separatists() -> None:
    # China's MFA on a US arms sale: 'The US side claims that ...' was Taiwan's claim, and the model's 'Taiwan
    # independence separatist forces' folded into Taiwan as its army; Reuters: 'COGAT, the Israeli military agency
    # that coordinates aid, denied ...' was a group of no state, charging Israel
    us = Party(id="p1", name="United States", kind="state", aliases=["US"])
    assert speaker_in("The US side ", [us]) is us
    text = "COGAT, the Israeli military agency that coordinates aid, denied blocking the convoys.\n"
    _doc, book, _voice = parsed(text, PartyDraft(name="COGAT", kind="non_state_group", acts_for=None),
                                PartyDraft(name="Israel", kind="state", acts_for=None))
    cogat, israel = book.find("COGAT"), book.find("Israel")
    assert cogat is not None and israel is not None and cogat.affiliation == israel.id
    text = "China opposes the sale. It sends a wrong signal to the Taiwan independence separatist forces.\n"
    _doc, book, _voice = parsed(text, PartyDraft(name="Taiwan", kind="state", acts_for=None),
                                PartyDraft(name="Taiwan independence separatist forces", kind="non_state_group",
                                           acts_for=None))
    forces = book.find("Taiwan independence separatist forces")
    assert forces is not None
    position = Position(id="pos1", holder=forces.id, stance="x", evidence=[Evidence(quote="China", start=0, end=5)])
    prune_parties(book, [position], None)
    assert "Taiwan independence separatist forces" in {p.name for p in book.parties}
