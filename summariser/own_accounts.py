"""Accounts a side gives of its own doings, which charge nobody: 'Pakistan said it had carried out
strikes on hideouts inside Iran' tells what Pakistan did, and 'Prime Minister Modi conveyed to
President Trump that India's response ... had been measured' tells Trump nothing he did.
`kinds.settle_kinds` asks here before it keeps a charge."""

from __future__ import annotations

import re
from collections.abc import Collection

from summariser import claim_cues, rebuttals
from summariser.attribution import attribution
from summariser.document import SPEAKER_LABEL
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.subjects import subject_party

_REJECTING = re.compile(r"\b(?:reject|den(?:y|ies|ied)|dismiss|refut)\w*", re.I)


# 'Ukraine's General Staff said its forces had struck the Novoshakhtinsk oil refinery' (not 'its own exports
# are blocked', a harm it suffers)
_OWN_FORCES = re.compile(r"^\W*(?:its|our|their)\s+(?:[\w-]+\s+)?(?:forces|troops|army|units|military|soldiers|navy|"
                         r"air\s+defen[cs]es?|aircraft|drones|missiles)\s+(?:had|have|has)\s+(?:\w+ly\s+)?[a-z]+\b")


def tells_own_act(sentence: str, book: PartyBook, own_side: Collection[str]) -> bool:
    """Does the sentence tell of an act the speaker's own side did ('Pakistan said it had carried
    out strikes on hideouts inside Iran')? That is its account, not a charge against the place."""
    sentence = SPEAKER_LABEL.sub("", sentence, count=1)  # ('Official Spokesperson: India has sent ... through Egypt')
    clause = claim_cues.charged_act(sentence)
    if clause is None:
        return False
    if (counter := rebuttals.counter_charge(sentence)) is not None \
            and (charged := subject_party(counter, book)) is not None and charged.id not in own_side:
        return False  # '... its own aid deliveries, while Hamas stole the aid': a charge set against its account
    if re.match(r"^\W*(?:it|we|I)\b", clause) or _OWN_FORCES.match(clause):
        return True
    if clause == sentence and attribution(sentence)[0] and not _REJECTING.search(sentence):
        return False  # 'Vladimir Putin pointed to the serious risks posed by the Kiev regime': he speaks, Kyiv acts
    actor = subject_party(clause, book)
    # (not 'Indonesia is deeply concerned over ... the airstrikes by the Myanmar military': its stance on another's act)
    return actor is not None and actor.id in own_side and not _STANCE_FIRST.search(clause[:80])


_STANCE_FIRST = re.compile(r"\b(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?(?:concerned|alarmed|worried|disturbed|"
                           r"shocked|appalled|outraged|saddened|troubled)\b|"
                           r"\b(?:condemns?|condemned|deplores?|deplored|denounces?|denounced|regrets?)\b", re.I)


def without_the_told(sentence: str, book: PartyBook, own_side: Collection[str]) -> str:
    """The sentence without the one a speaker tells of its own side ('conveyed to President Trump that
    India's response ...' -> 'conveyed that India's response ...'): whom an account of one's own
    doings is given to is no side it charges (but 'told Russia that its troops must leave' keeps Russia)."""
    told = _TOLD_TO.search(sentence)
    own = [p for p in book.parties if p.id in own_side]
    teller = speaker_in(" ".join(sentence[told.end():].split()[:3]), own) if told else None  # "India's response"
    return sentence if teller is None else \
        f"{sentence[: told.start()]}{told['verb']} that{sentence[told.end():]}"  # type: ignore[union-attr]


_TOLD_TO = re.compile(r"\b(?P<verb>conveyed|told|informed|assured|briefed|explained|stressed|emphasi[sz]ed|reiterated|"
                      r"underlined|said|made\s+clear|pointed\s+out)\s+(?:to\s+)?(?:(?:the|his|her|their)\s+)?"
                      r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}that\b")


def listener(sentence: str, book: PartyBook) -> Party | None:
    """The party a sentence tells something to ('We also informed Minister Popșoi about the balloons launched
    from Belarus'): the one told, not the one a charge in it accuses."""
    told = _TOLD_ABOUT.search(sentence)
    return speaker_in(told["whom"], book.parties) if told else None


_TOLD_ABOUT = re.compile(r"\b(?:informed|briefed|told|updated|apprised)\s+(?P<whom>(?:[A-Z][\w.'\u2019-]*\s+){1,4})"
                         r"(?:about|of|on|that)\b")
