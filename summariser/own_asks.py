"""Asks that bind only the speaker's own side, or that others make of the speaker: 'We must proceed
with care', 'I have asked my officials to ...', 'They agreed that their ministers should meet',
'We are being asked to answer ...'. None of them is a request of the speaker to another side."""

from __future__ import annotations

import re

from summariser.cues import FIRST_PERSON, asks, plainly_asks
from summariser.obliged import OBLIGED

_ASKED_OF_US = re.compile(r"^\W*(?:we|i)\s+(?:are|am|were|was|have\s+been|had\s+been)\s+(?:being\s+|now\s+|also\s+)?"
                          r"(?:asked|urged|called\s+(?:up)?on|requested|told|pressed)\b", re.I)


def asked_of_speaker(text: str) -> bool:
    """Is the speaker the one asked ('We are being asked to answer questions ...')? Then the
    request, if any, is another side's, not the speaker's."""
    return _ASKED_OF_US.match(text) is not None


_OWN_WISH = re.compile(r"^\W*(?:i|we)\s+(?:would\s+(?:like|prefer)|wish|intend|plan)\s+to\s+"
                       # an instruction to one's own people: 'I have asked my officials to ensure that ...'
                       r"|^\W*(?:[^,;]{1,80}?,?\s+and\s+)?(?:i|we)\s+(?:have\s+)?(?:asked|instructed|tasked|directed)\s+"
                       r"(?:my|our)\s+(?:own\s+)?(?:officials|staff|ministry|ministries|team|embassy|diplomats)\s+to\s+",
                       re.I)


_SCENE_SET = re.compile(r"^\W*(?:in|at|for|with|given|after|amid|during|since|now)\b[^,;:\"\u201c]{1,100},\s+", re.I)


# what the sides agreed their own people would do: 'They further agreed that the ministers responsible for
# trade and internal security should meet before the end of June'
_AGREED_OWN = re.compile(r"^\W*(?:the\s+(?:two|both)\s+\w+|both\s+\w+|they|the\s+(?:leaders|sides|parties|ministers|"
                         r"presidents|prime\s+ministers))\s+(?:also\s+|further\s+)?(?:agreed|decided|resolved)\s+that\b"
                         r"[^.;]*?\b(?:should|would|will|must|shall)\b", re.I)


# ... or tasked their own officials with: 'They also asked their foreign ministers to prepare a joint framework'
# ('he had asked his foreign minister to call her Colombian counterpart': his own minister)
_TASKED_OWN = re.compile(r"\b(?:asked|instructed|directed|tasked|mandated|requested)\s+(?:their|his|her|my|our)\s+"
                         r"(?:respective\s+|own\s+)?"
                         r"(?:\w+\s+){0,2}(?:ministers?|ministries|officials|teams|delegations|governments|negotiators|"
                         r"sherpas|envoys)\s+to\b", re.I)


def own_resolve(text: str) -> bool:
    """Does the text ask only its speaker's own side ('"We must proceed with care," he said',
    'I would like to refrain from commenting on each of them', what two sides agreed their own
    ministers should do)?"""
    if _AGREED_OWN.match(text) or _TASKED_OWN.search(text):
        return True
    wish = _OWN_WISH.match(text)
    if wish is not None:
        rest = text[wish.end():]
        return asks.pattern.search(rest) is None and not plainly_asks(rest)
    # (after a clause that sets the scene: 'In the midst of a war that has claimed ..., we must keep alive ...')
    if (scene := _SCENE_SET.match(text)) is not None:
        text = text[scene.end():][:1].upper() + text[scene.end() + 1:]
    m = OBLIGED.match(text)
    if m is None or not FIRST_PERSON.match(m.group("who")):
        return False
    rest = re.sub(r"\bwe\s+(?:also\s+)?(?:must|should)\b", " ", text[m.end():], flags=re.I)  # '..., and we must'
    return asks.pattern.search(rest) is None and not plainly_asks(text)
