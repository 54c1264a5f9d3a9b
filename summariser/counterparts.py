"""Whom a document's heading says its issuer spoke with, met or answers: 'Readout of the Prime
Minister's call with President Ruto of Kenya', 'Foreign Secretary meets Chinese Foreign Minister in
Beijing', 'Japan-China Foreign Ministers' Meeting'. Read through `headings.counterpart_in`."""

from __future__ import annotations

import re

from summariser.answered_headings import ANSWERING

# "Readout of the Prime Minister's call with President Ruto of Kenya": the one whose call it is
# issues the readout; the one called is the other side
CALL_OF = re.compile(
    r"^\W*(?:readout\s*(?:of|from|:)\s*)?(?:the\s+)?(?P<who>[A-Z][^\n\u2019']{1,80}?)(?:'s|\u2019s)\s+"
    r"(?:(?:telephone|phone|video|bilateral)\s+)?(?:call|meeting|conversation|talks)\s+with\s+(?P<other>[^\n]+)", re.I)
# Downing Street's 'PM call with President Kagame of Rwanda: 23 April 2024': a post's call, no possessive
POST_CALL = re.compile(
    r"^\W*(?P<who>(?:PM|(?:Deputy\s+)?Prime\s+Minister|(?:Foreign|Defence|Home)\s+Secretary|Chancellor)"
    r"(?:\s+[A-Z][\w-]+){0,2})\s+(?:(?:telephone|phone|video|bilateral)\s+)?(?:call|meeting|conversation|talks)\s+"
    r"with\s+(?P<other>[A-Z][^\n]+)")
# 'Telephone conversation with President of France Emmanuel Macron' (a Kremlin readout): the one
# spoken with, in a heading that does not name the issuer
_WITH_WHOM = re.compile(r"^\W*(?:(?:telephone|phone|video)\s+)?(?:call|meeting|conversation|talks)\s+with\s+"
                        r"(?P<other>[A-Z][^\n]+)", re.I)


# 'Foreign Minister Baerbock speaks by telephone with Azerbaijani Foreign Minister Bayramov'
_SPOKE_WITH = re.compile(r"^\W*(?:the\s+)?[A-Z][^\n]{1,80}?\s+(?:speaks|spoke|talks|talked|meets|met|"
                         r"(?:holds|held)\s+talks|(?:holds|held)\s+(?:a\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation))\s+"
                         r"(?:(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\s+|by\s+video\s+(?:link\s+)?)?"
                         # a headline's present: 'X holds phone call with Y' (not where, nor what about: 'in Amman on')
                         r"with\s+(?P<other>[A-Z][^\n]+?)(?:\s+(?:in|at|on|about|regarding|during|ahead\s+of)\s+[^\n]*)?\s*$|"
                         # 'Foreign Secretary meets Chinese Foreign Minister in Beijing'
                         r"^\W*(?:the\s+)?[A-Z][^\n]{1,80}?\s+(?:meets|met|receives|received|hosts|hosted)\s+(?:the\s+)?(?P<met>[A-Z][^\n]+?)"
                         r"(?:\s+(?:in|at|on|during|for|ahead\s+of)\s+[^\n]*)?\s*$|"
                         # 'President Lula and President Donald Trump hold video call': the second of the pair
                         r"^\W*(?:the\s+)?[A-Z][^\n]{1,60}?\s+and\s+(?P<paired>[A-Z][^\n]{1,60}?)\s+hold\s+(?:a\s+)?"
                         r"(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks)\b[^\n]*$")

# 'Prime Minister and Minister of Foreign Affairs Receives Phone Call from President of the Democratic
# Republic of the Congo': the caller is the other side (the one who received it issues the release)
_CALL_FROM = re.compile(r"^\W*(?:the\s+)?[A-Z][^\n]{1,80}?\s+(?i:receives|received|gets)\s+(?:an?\s+)?"
                        r"(?i:(?:(?:tele)?phone|video)\s+)?(?i:call|message|letter)\s+(?i:from)\s+(?P<other>[A-Z][^\n]+?)\s*$")


# 'Japan-China Foreign Ministers' Meeting': the issuer's own state comes first, the other second
# ('Briefing by Presidential Spokesperson Kang Yu-jung on the Korea-China Summit': China)
_PAIR_MEETING = re.compile(r"^\W*(?:[^\n]{0,80}?\b(?:on|of|at)\s+the\s+)?"
                           r"[A-Z][\w.]+\s*[-\u2013]\s*(?P<other>[A-Z][\w.]+)\s+"
                           r"(?:(?:Foreign|Defen[cs]e)\s+Ministers['\u2019]?\s+|Leaders['\u2019]?\s+|Summit\s+)?(?:Meeting|Talks|Summit|Telephone\s+(?:Talk|Call))\s*$")


def counterpart_phrase(heading: str) -> str | None:
    """Whom a heading says its issuer spoke with ('President Ruto of Kenya'), or answers."""
    spoke = _SPOKE_WITH.match(heading) if not heading.rstrip().endswith(".") else None  # a headline, not a sentence
    spoke = _CALL_FROM.match(heading) or spoke
    m = CALL_OF.match(heading) or POST_CALL.match(heading) or _WITH_WHOM.match(heading) or spoke \
        or ANSWERING.search(heading) or _PAIR_MEETING.match(heading)
    return (m.group("other") or m.group("met") or m.groupdict().get("paired")) if m else None
