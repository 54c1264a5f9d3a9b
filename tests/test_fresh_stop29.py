"""Conventions met in documents written after the eval set (stop 29): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.drafts import PartyDraft
from tests.test_fresh_stop28 import speakers_by_opening
from tests.test_known_actors import parsed

KREMLIN = ("Telephone conversation with President of France Emmanuel Macron\n\n"
           "Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron.\n\n"
           "The conversation was held at the initiative of the French side.\n\n"
           "The Presidents noted the special responsibility of Russia and France for the maintenance of peace.\n")


def test_a_title_naming_the_guest_alone_does_not_make_the_guest_the_first_named() -> None:
    doc, book, voice = parsed(KREMLIN, PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                              PartyDraft(name="Emmanuel Macron", kind="person", acts_for="France"),
                              PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="France", kind="state", acts_for=None), voice="Russia")
    # the body names Putin first; the title's 'with ... Macron' made Macron the pair's first
    assert speakers_by_opening(doc, book, voice)["The Presidents"] == "Vladimir Putin"
    headline = KREMLIN.replace("Telephone conversation with President of France Emmanuel Macron",
                               "Emmanuel Macron and Vladimir Putin spoke by telephone.")
    doc, book, voice = parsed(headline, PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                              PartyDraft(name="Emmanuel Macron", kind="person", acts_for="France"), voice="Russia")
    assert speakers_by_opening(doc, book, voice)["The Presidents"] == "Emmanuel Macron"  # a sentence, not a title
