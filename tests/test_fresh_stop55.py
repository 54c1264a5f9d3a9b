"""Conventions met in documents written after the eval set (stop 55): each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.drafts import PartyDraft, SentenceDraft
from summariser.people import person_in
from tests.test_fresh_stop51 import _items, _state

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
