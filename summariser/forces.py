"""How forceful a request is and on what condition, from its wording (`cues` says whether and
whom a sentence asks): 'invites' an invitation, 'demands ... unless' a demand, 'if the weapons
are laid down' its condition."""

from __future__ import annotations

import re

from summariser.cues import IF_NOT_DEGREE
from summariser.schema import Force

# First match wins, from the most specific form to the most general.
_FORCE_CUES: list[tuple[Force, re.Pattern[str]]] = [
    ("invitation", re.compile(r"\binvit(e|es|ed|ing|ation|ations)\b", re.I)),
    ("offer", re.compile(r"\b(offer(s|ed|ing)?|stands? ready(?:,[^,;.]{1,60},)? to|is ready to provide|"
                         r"(?:is|are|remains?)\s+(?:also\s+)?ready\s+to\s+(?:resume|help|assist|host|support|contribute|"
                         r"facilitate|mediate)|volunteer(s|ed)?|readiness to|"
                         # 'Kazakhstan was prepared to supply an additional 500 million kilowatt-hours ... if ...'
                         r"(?:was|were|is|are|remains?|stood)\s+(?:also\s+)?(?:prepared|ready|willing)\s+to\s+"
                         r"(?:supply|provide|deliver|grant|extend|finance|fund|send|donate|share|train)\b|"
                         r"willingness to)\b", re.I)),
    ("proposal", re.compile(r"\b(propos(e|es|ed|al|als|ing)|suggest(s|ed|ion)?)\b", re.I)),
    ("demand", re.compile(
        r"\b(demand(s|ed|ing)?|insist(s|ed|ing)?|must|ultimatum|require(s|d)?|order(s|ed)|"
        r"will (be )?stop(ped)? (only )?if|unless|on condition)\b", re.I)),
    ("appeal", re.compile(
        r"\b(appeal(s|ed|ing)?|hope(s|d)?|ask(s|ed|ing)?|request(s|ed)?|plead(s|ed)?|implore[sd]?|"
        r"look(s|ed)?\s+to\s+(?-i:[A-Z]))", re.I)),  # 'looks to Beijing to act ...'

    ("call", re.compile(r"\b(call(s|ed|ing)? (on|for|upon)|urg(e|es|ed|ing)|press(es|ed)?|encourag(e|es|ed))\b", re.I)),
]
_CONDITION = re.compile(
    r"\b(?:if(?!" + IF_NOT_DEGREE + r")|provided that|(?<!\bfor )as long as|as soon as|unless|"
    r"once(?!\s+(?:again|more)\b)|on condition that|"
    r"in exchange for)\b\s+"
    r"(?P<cond>[^.;]{3,160})",  # not 'We once again urge
    re.I,
)


def force_of(*texts: str) -> Force:
    """The request's force from the first text with a cue (the evidence span, then the
    sentence); 'call' when nothing says otherwise."""
    for text in texts:
        # the verb that asks comes first: 'urged Hamas to accept the proposal' is a call
        found = [(m.start(), force) for force, pattern in _FORCE_CUES if (m := pattern.search(text))]
        if found:
            return min(found, key=lambda hit: hit[0])[1]
    return "call"


def condition_of(*texts: str) -> str | None:
    """The condition clause of a conditional request ('... if the weapons are laid down')."""
    for text in texts:
        m = _CONDITION.search(text)
        if m:
            return " ".join(m.group("cond").split()).rstrip(",")
    return None


_OWN_MEASURES = re.compile(r"^\W*(?:(?:we|i|it|they)\s+)?(?:(?:are|is|am|remain|remains|stand|stands)\s+)?"
                           r"(?:(?:also|fully)\s+)?(?:prepared|ready)\s+to\s+(?:adopt|take|impose|consider|introduce)\s+"
                           r"(?:(?:further|additional|new|all\s+necessary|appropriate)\s+)*"
                           r"(?:measures|steps|action|actions|sanctions|countermeasures)\b", re.I)


def own_measures(part: str) -> bool:
    """Is the part only the speaker's own resolve ('we demand that Iran ... halt their attacks, and we are prepared to
    adopt further measures')? It offers nothing to anyone and asks nothing."""
    return _OWN_MEASURES.match(part) is not None
