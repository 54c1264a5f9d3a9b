"""'The Government' and 'Ministers' in an organisation's text. 'The Government' is the state's
government the text is about, not the organisation's own voice: a ministry or a government that
writes 'The Government has decided' speaks of itself (`cues.FIRST_PERSON`); a UN office or a
regional body has no government, so 'The Government has said that the security forces acted with
restraint', in OHCHR's notes on Bangladesh, is Bangladesh's claim. Its bare 'Ministers' or 'Many
members' are the organisation itself."""

from __future__ import annotations

import re

from summariser.parties import PartyBook
from summariser.referents import sole_other_state
from summariser.schema import Party

_GOVERNMENT_SAYS = re.compile(r"^\W*the\s+government\s+(?:\w+\s+){0,2}?(?:has\s+|had\s+|have\s+)?(?:said|says|stated|"
                              r"claimed|claims|insisted|insists|maintained|maintains|asserted|asserts|denied|denies)\b",
                              re.I)


def government_meant(sentence: str, book: PartyBook, voice: Party | None) -> Party | None:
    """The state whose government an organisation's text quotes ('The Government has said that
    ...'): the one listed state not on the voice's side, when the voice serves an organisation."""
    if voice is None or not _GOVERNMENT_SAYS.match(sentence):
        return None
    # (up the chain of service: a spokesperson for the High Commissioner, who serves the UN)
    served, seen = voice, {voice.id}
    while served.kind == "person" and served.affiliation and served.affiliation not in seen \
            and (boss := book.by_id(served.affiliation)) is not None:
        served = boss
        seen.add(boss.id)
    return sole_other_state(book, voice) if served.kind == "international_org" else None


# 'Ministers expressed deep concern', 'Many members called for', 'Leaders reaffirmed': the body's own
_BODYS_MEMBERS = re.compile(r"^\W*(?:(?:the|many|most|some|several|all|other)\s+)?(?:(?:foreign|finance|defen[cs]e|"
                            r"trade)\s+)?(?:ministers|members|leaders|participants|delegations)\s*$", re.I)


def members_meant(named: str, voice: Party | None) -> Party | None:
    """The organisation whose text it is, when a lead-in names only its members ('Ministers
    expressed ...' in a G20 chair's summary): they speak as that body, not as the chair's state."""
    if voice is None or voice.kind not in ("international_org", "other") or not _BODYS_MEMBERS.match(named):
        return None
    return voice
