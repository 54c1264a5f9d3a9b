"""UN human rights experts, who speak in the releases issued for them: 'UN human rights experts
today warned ...', 'the experts said', and the 'they' after them. Their mandates (Special
Rapporteurs, a Working Group) speak as one; the model lists them as 'Special Rapporteurs', or
not at all, and then the lead-in named nobody and the model's guess ('Private militias', whom
the experts' words are about) took their words."""

from __future__ import annotations

import re

from summariser.parties import PartyBook
from summariser.schema import Party

# ('GENEVA (27 May) \u2013 UN human rights experts today warned'; not 'Independent experts at the university said')
EXPERTS = re.compile(r"^\W*(?:[A-Z][A-Z .-]+(?:\([^)]{1,30}\))?\s*[\u2013\u2014-]\s*)?"  # a dateline first
                     r"(?:the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?(?:independent\s+)?(?:human\s+rights\s+)?"
                     r"experts\b(?!\s+(?:at|from|in|of|with|on)\b)", re.I)
_LISTED = re.compile(r"\b(?:experts|special\s+rapporteurs?|working\s+group)\b", re.I)
UN_EXPERTS = _WRITTEN = re.compile(r"\b(?:UN|U\.N\.|United Nations)\s+(?:human\s+rights\s+|independent\s+)?experts\b")


def experts_meant(named: str, book: PartyBook) -> Party | None:
    """The UN experts a lead-in ('The experts noted ...') means: the listed mandates, else the
    experts as the text names them ('UN human rights experts'), added; None when the text names
    no UN experts (a report's own 'experts' are no party)."""
    if not EXPERTS.match(named):
        return None
    listed = next((p for p in book.parties if p.kind != "person" and _LISTED.search(p.name)), None)
    if listed is not None:
        return listed
    written = _WRITTEN.search(book.text)
    return (book.find(written[0]) or book.add(written[0], "other")) if written else None
