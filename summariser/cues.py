"""Reporting-verb cues: cheap, checkable decisions that the model need not spend tokens on.

The model says *that* a sentence holds a request or a claim; the wording of the grounded span
decides how forceful the request is, what its condition is, and whether a party denies.
They are hints with a sensible default, never the only evidence for an item.
"""

from __future__ import annotations

import re

from summariser.schema import Force


class Cue:
    """A yes/no wording cue: a compiled pattern that answers whether a text contains it."""

    def __init__(self, pattern: str, doc: str, flags: int = re.I) -> None:
        self.pattern = re.compile(pattern, flags)
        self.__doc__ = doc

    def __call__(self, text: str) -> bool:
        return bool(self.pattern.search(text))


# First match wins, from the most specific form to the most general.
_FORCE_CUES: list[tuple[Force, re.Pattern[str]]] = [
    ("invitation", re.compile(r"\binvit(e|es|ed|ing|ation|ations)\b", re.I)),
    ("offer", re.compile(r"\b(offer(s|ed|ing)?|stands? ready to|is ready to provide|volunteer(s|ed)?)\b", re.I)),
    ("proposal", re.compile(r"\b(propos(e|es|ed|al|als|ing)|suggest(s|ed|ion)?)\b", re.I)),
    ("demand", re.compile(
        r"\b(demand(s|ed|ing)?|insist(s|ed|ing)?|must|ultimatum|require(s|d)?|"
        r"will (be )?stop(ped)? (only )?if|unless|on condition)\b", re.I)),
    ("appeal", re.compile(
        r"\b(appeal(s|ed|ing)?|hope(s|d)?|ask(s|ed|ing)?|request(s|ed)?|plead(s|ed)?|implore[sd]?)\b", re.I)),
    ("call", re.compile(r"\b(call(s|ed|ing)? (on|for|upon)|urg(e|es|ed|ing)|press(es|ed)?|encourag(e|es|ed))\b", re.I)),
]
_CONDITION = re.compile(
    r"\b(?:if|provided that|as long as|unless|once|on condition that|in exchange for)\b\s+(?P<cond>[^.;]{3,160})",
    re.I,
)
denies = Cue(
    r"\b(den(y|ies|ied|ial)|reject(s|ed|ing)?|refut(e|es|ed)|rebut(s|ted)?|baseless|groundless|"
    r"unfounded|false|fabricat\w*|untrue|lies|categorically|dismiss(es|ed)?|never)\b",
    "Does the text reject or deny something?",
)


asks = Cue(
    r"\b(call(s|ed|ing)? (on|for|upon)|urg(e|es|ed|ing)|press(es|ed)? (for|on)|encourag(e|es|ed)|"
    r"demand(s|ed)?|insist(s|ed)?|must|should|ultimatum|appeal(s|ed)?|ask(s|ed)?|request(s|ed)?|"
    r"invit(e|es|ed|ation)|propos(e|es|ed|al)|suggest(s|ed)?|offer(s|ed)?|ready to|expect(s|ed)?|"
    r"hope(s|d)?|wish(es|ed)?|want(s|ed)?|need(s|ed)? to|if|unless|provided that|refrain|stop|cease|"
    r"withdraw|release|return|respect|comply|implement|resume|engage|join)\b",
    "Does the text have the wording of a request (a call, demand, invitation, offer, ...)? "
    "'Made a phone call' and 'exchanged views' do not.",
)


def asking_phrase(text: str) -> str | None:
    """The asking words and the few after them ('called for a ceasefire'), to find the clause
    of the sentence that holds the request."""
    m = asks.pattern.search(text)
    if not m:
        return None
    return " ".join([m.group(0), *text[m.end():].split()[:4]])


def force_of(*texts: str) -> Force:
    """The request's force from the first text with a cue (the evidence span, then the
    sentence); 'call' when nothing says otherwise."""
    for text in texts:
        for force, pattern in _FORCE_CUES:
            if pattern.search(text):
                return force
    return "call"


def condition_of(*texts: str) -> str | None:
    """The condition clause of a conditional request ('... if the weapons are laid down')."""
    for text in texts:
        m = _CONDITION.search(text)
        if m:
            return " ".join(m.group("cond").split()).rstrip(",")
    return None


_SPEAKING = re.compile(
    r"\b(said|says|say|stated|states|stressed|stresses|noted|notes|emphasi[sz]ed|pointed out|added|underlined|"
    r"underscored|mentioned|declared|warned|reiterated|affirmed|reaffirmed|recalled|insisted|claimed|claims|"
    r"argued|believes|considers|announced|confirmed|told|informed|explained|highlighted|asserted|maintained|"
    r"expressed|welcomed|welcomes|condemned|condemns|rejected|rejects|denied|denies|accused|accuses|urged|"
    r"urges|called (on|for|upon)|calls (on|for|upon)|demanded|demands|appealed|appeals|invited|invites|"
    r"proposed|proposes|offered|offers|voiced|conveyed|agreed|agree|supports|supported|opposes|opposed|"
    r"according to)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"^\W*(we|our|i|my|the (ministry|government|department|council|office))\b", re.I)


def attribution(sentence: str) -> tuple[bool, str]:
    """Does the sentence attribute its statement to a speaker, and if so what text names
    the speaker (the words before the first speaking verb: 'Minister Fidan' in 'Minister Fidan
    said that ...')? First-person and 'the Ministry ...' sentences speak in the document's
    own voice; a sentence with no speaking verb ('the militia shelled the town') too."""
    m = _SPEAKING.search(sentence)
    if not m:
        return False, ""
    before = sentence[: m.start()]
    if m.group(0).lower() == "according to":
        before = sentence[m.end() : m.end() + 80].split(",")[0]
    if _FIRST_PERSON.match(before) or not before.strip():
        return False, ""
    return True, before


_PROCEDURAL = re.compile(
    r"\b(spoke|speaks|held (a |an )?(telephone |phone |video )?(call|conversation|talks|meeting|consultations)|"
    r"met (with)?|meeting|(telephone|phone) (call|conversation)|made a (phone |telephone )?call|"
    r"exchanged (views|opinions)|exchange of views|discussed|took stock|the call was|readout|"
    r"agreed to (remain|stay|keep) in (close )?(contact|touch))\b",
    re.I,
)
_STANCE = re.compile(
    r"\b(welcom\w*|condemn\w*|reject\w*|support\w*|oppos\w*|concern\w*|stress\w*|underscor\w*|"
    r"emphasi\w*|reaffirm\w*|commit\w*|insist\w*|warn\w*|regret\w*|deplor\w*|urg\w*|call\w* (on|for)|"
    r"demand\w*|denounc\w*|accus\w*|den(y|ies|ied)|will|must|should|firm\w*|importance)\b",
    re.I,
)


def procedural(text: str) -> bool:
    """A line that only reports that a call or meeting happened ('spoke by telephone',
    'exchanged views'): no stance in it."""
    return bool(_PROCEDURAL.search(text)) and not _STANCE.search(text)


_REJECTED_CLAIM = re.compile(
    r"\b(?:reject\w*|den(?:y|ies|ied)|dismiss\w*|refut\w*|rebut\w*|disput\w*|deplor\w*)\b[^.;]{0,40}?"
    r"\b(?P<who>(?:[A-Z][\w.'-]*\s?){1,5})(?:'s|\u2019s)\s+(?:\w+\s)?"
    r"(?:claims?|allegations?|accusations?|assertions?|charges?|version|narrative)\b"
)


_REJECTED_CLAIM_OF = re.compile(
    r"\b(?:reject\w*|den(?:y|ies|ied)|dismiss\w*|refut\w*|rebut\w*|disput\w*|deplor\w*)\b[^.;]{0,40}?"
    r"\b(?:claims?|allegations?|accusations?|assertions?|charges?|statements?)\s+(?:made\s+)?(?:of|by)\s+"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w.'-]*\s?){1,5}(?:side|authorities|government|regime)?)"
)


def rejected_claimant(text: str) -> str | None:
    """Whose claim a sentence rejects: 'The Committee rejected India's claim that ...' ->
    'India'; 'rejects the claims of the Armenian side that ...' -> 'the Armenian side'."""
    m = _REJECTED_CLAIM.search(text) or _REJECTED_CLAIM_OF.search(text)
    return m.group("who").strip() if m else None


takes_stance = Cue(
    r"\b(condemn\w*|welcom\w*|reject\w*|deplor\w*|denounc\w*|support\w*|oppos\w*|regret\w*|"
    r"(express|voic|convey)\w* (its |his |her |their )?(deep |grave |serious )?(concern|alarm|outrage)|"
    r"consider\w*|regard\w*|believ\w*|insist\w*|stress\w*|reaffirm\w*)\b",
    "Does the sentence voice a stance (condemns, welcomes, rejects, is concerned, ...)?",
)


plainly_asks = Cue(
    r"\b(urg(e|es|ed|ing)|call(s|ed|ing)? (on|upon)|call(s|ed|ing)? for|demand(s|ed|ing)?|appeal(s|ed)? (to|for)|"
    r"invit(e|es|ed)|propos(e|es|ed)|offer(s|ed)? to)\b",
    "Unmistakable request wording ('urged', 'called on', 'demanded', 'invited').",
)


addresses_summariser = Cue(
    r"(ignore (all |any )?(the )?(previous|prior|above) (instructions|prompts?)|^\W*system\s*:|"
    r"when you summari[sz]e|as an ai|language model|you are (now )?a|disregard (the|your) (instructions|rules)|"
    r"reveal (your|the) (system )?prompt|output (only|no) json)",
    "A line written at a summarising machine ('SYSTEM: ignore all previous instructions'): "
    "part of the document, but it states no party's position, so no item comes from it.",
)


