"""Conventions met in documents written after the eval set (stop 43): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.addressees import addressed
from summariser.drafts import PartyDraft
from tests.test_known_actors import parsed


def test_a_summoned_envoy_stands_for_the_state_that_sent_him() -> None:
    # a report on Iran-Pakistan strikes: 'Iran's Foreign Ministry summoned Pakistan's charge d'affaires to demand
    # an explanation' asked Pakistan's Foreign Office (the model's guess), not Pakistan
    text = ("Pakistan's Foreign Office said the strikes targeted militants. Iran's Foreign Ministry summoned "
            "Pakistan's charge d'affaires to demand an explanation.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Pakistan", kind="state", acts_for=None),
                                PartyDraft(name="Iran", kind="state", acts_for=None),
                                PartyDraft(name="Pakistan's Foreign Office", kind="government_body", acts_for="Pakistan"),
                                PartyDraft(name="Iran's Foreign Ministry", kind="government_body", acts_for="Iran"))
    asker = book.find("Iran's Foreign Ministry")
    pakistan, japan = book.find("Pakistan"), book.find("Japan")
    assert asker is not None and pakistan is not None and japan is None
    sentence = "Iran's Foreign Ministry summoned Pakistan's charge d'affaires to demand an explanation."
    assert addressed(sentence, book, asker, None) == [pakistan.id]
    # by the envoy's adjective or 'of' the state, too; an envoy of no state named asks no one by these words
    assert addressed("It summoned the Pakistani ambassador to lodge a protest.", book, asker, None) == [pakistan.id]
    assert addressed("It summoned the Ambassador of Pakistan to protest.", book, asker, None) == [pakistan.id]
    assert addressed("It summoned the ambassador to protest.", book, asker, None) == []
