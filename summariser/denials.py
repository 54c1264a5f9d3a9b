"""Which contested claims the accused side denies in the document ('..., which Tehran denies';
'Hamas denies this.' after the charge; a position of the accused that rejects it), and the
sides as known actors (a state and its capital listed apart are one side here)."""

from __future__ import annotations

import re

from summariser import claim_cues
from summariser.gazetteer import actor_meant
from summariser.name_forms import known_actor
from summariser.naming import speaker_in
from summariser.party_sides import sides
from summariser.schema import ContestedClaim, Party, key_role

_DENIED_THERE = re.compile(r"\b(?:which|a\s+charge|an\s+accusation|a\s+claim|allegations?)\s+(?:that\s+)?"
                           # ('a claim the movement rejected': the Islamic Jihad movement named before)
                           r"(?P<who>the\s+(?:movement|group|militia|army|military|ministry|government)|"
                           r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                           # ('a charge Sri Lankan authorities reject')
                           r"(?:\s+(?:authorities|government|officials|military|army))?)\s+"
                           r"(?:has\s+|have\s+)?(?:always\s+|repeatedly\s+|strongly\s+)?(?:denied|denies|deny|rejected|rejects|reject)\b")


# '... that Hamas uses hospitals to hide its fighters. Hamas denies this.': the next sentence denies it
# ('We note that the RSF leadership has denied responsibility for these atrocities')
_DENIED_NEXT = re.compile(r"\W*(?:(?:We|It|He|She|They)\s+(?:also\s+)?(?:note|notes|noted)\s+that\s+)?"
                          r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                          r"(?:\s+(?:leadership|government|authorities|command))?)\s+(?:has\s+|have\s+)?"
                          r"(?:denie[sd]|deny|rejects|rejected)\s+(?:this|that|it|the\s+(?:claims?|allegations?|charges?)|"
                          r"(?:any\s+)?(?:responsibility|involvement))\b")


def mark_denials(claims: list[ContestedClaim], items: list, parties: list[Party], text: str = "") -> None:
    """A claim is 'denied' when the accused side voices a denial anywhere in the document. A
    rebutted claim ('Iran rejected the claims of the G7') is voiced by the one who rebuts it."""
    side = sides_as_known(parties)
    voiced = {id(c): c.disputed_by[0] for c in claims if c.status == "denied" and c.disputed_by}
    for claim in claims:
        # the accused side, never the claimant's own (a claim does not deny itself)
        accused = set().union(*(side.get(p, {p}) for p in claim.disputed_by)) - side.get(claim.asserted_by, set())
        # '... accused Iran of supplying the Houthis, which Tehran denies': denied where it is told
        denier = next((m["who"] for ev in claim.evidence
                       if (m := _DENIED_THERE.search(ev.quote) or _DENIED_NEXT.match(text, ev.end))), None)
        named = speaker_in(denier, parties) if denier else None
        if denier and named is None and (actor := actor_meant(denier)) is not None:  # 'Sri Lankan authorities'
            named = next((p for p in parties if getattr(known_actor(p), "name", None) == actor.name), None)
        if named is not None and named.id in accused:
            claim.status = "denied"
            continue
        for item in items:
            voice = voiced.get(id(item), key_role(item))
            if voice in accused and any(claim_cues.denies(ev.quote) for ev in item.evidence):
                claim.status = "denied"
                break


def sides_as_known(parties: list[Party]) -> dict[str, set[str]]:
    """`sides`, with parties that are one well-known actor on one side ('Minsk' and 'Belarus'
    listed apart are joined only when the parties are pruned, after the items are made)."""
    side = sides(parties)
    actors = {p.id: actor.name for p in parties if (actor := known_actor(p)) is not None}
    by_actor: dict[str, set[str]] = {}
    for pid, name in actors.items():
        by_actor.setdefault(name, set()).update(side[pid])
    return {pid: by_actor[actors[pid]] if pid in actors else members for pid, members in side.items()}


_TELLS_CONTENT = re.compile(r"\bthat\s+(?!is\b|was\b|are\b|were\b)\w|\bof\s+\w+ing\b")
_TOLD_JUST_BEFORE = 600  # characters: a question and its answer, a charge and the next paragraph's rebuttal


def fold_rebuttals(claims: list[ContestedClaim], parties: list[Party]) -> list[ContestedClaim]:
    """A rebuttal of a claim told just before ('Q: The Philippine Coast Guard said Chinese vessels used
    water cannon ... / A: The Philippine side has once again made groundless accusations') is one item,
    not two: the claim as told, its rebuttal a second span, denied by the one who rebuts it."""
    side = sides_as_known(parties)
    kept: list[ContestedClaim] = []
    for claim in claims:
        told = next((c for c in reversed(kept) if c.evidence[-1].end <= claim.evidence[0].start), None)
        # (a rebuttal that tells a claim of its own is its own item: 'It is equally incorrect to suggest, as
        # Washington does, that South Africa has adopted an aggressive posture')
        if claim.status == "denied" and told is not None and told.status != "denied" \
                and not _TELLS_CONTENT.search(claim.evidence[0].quote) \
                and told.asserted_by in side.get(claim.asserted_by, {claim.asserted_by}) \
                and claim.evidence[0].start - told.evidence[-1].end <= _TOLD_JUST_BEFORE:
            told.evidence.append(claim.evidence[0])
            known = set().union(*(side.get(p, {p}) for p in told.disputed_by))  # (one party per side)
            told.disputed_by = [*told.disputed_by, *(p for p in claim.disputed_by if p not in known)]
            told.status = "denied"
            continue
        kept.append(claim)
    return kept
