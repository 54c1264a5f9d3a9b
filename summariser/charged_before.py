"""The side a claim told just before charged, meant again by reference: 'They called for these attacks
to be stopped' asks it; '... targeted by the same actor' charges it again."""

from __future__ import annotations

import re
from collections.abc import Collection

from summariser.schema import ContestedClaim

# deeds the last sentence charged, asked to stop: 'Condemned the continuing Israeli military attacks in
# Syria ... They called for these attacks to be stopped' asks Israel, the one just charged
_THESE_DEEDS_STOP = re.compile(r"\b(?:these|those|such|the\s+said)\s+(?:\w+\s+)?(?:attacks|strikes|violations|"
                               r"actions|acts|provocations|incursions|operations|raids|bombings|practices)\s+"
                               r"(?:to\s+(?:be\s+)?(?:stop|stopped|cease|ceased|end|ended|halt|halted)|"
                               r"must\s+(?:stop|cease|end))\b", re.I)


# the doer of a deed told before, named again by reference: 'The Czech Republic has announced that its
# institutions were targeted by the same actor'
_SAME_DOER = re.compile(r"\bby\s+the\s+same\s+(?:\w+\s+)?(?:actors?|groups?|hackers?|perpetrators?|attackers?|units?|"
                        r"networks?|forces|campaign)\b", re.I)


def asked_to_stop(clause: str, claims: list[ContestedClaim], at: int, own: set[str]) -> list[str]:
    """The side the claim just before charged, when the request asks its deeds to stop."""
    if not claims or _THESE_DEEDS_STOP.search(clause) is None or not 0 <= at - claims[-1].evidence[-1].end <= 300:
        return []
    return _charged_last(claims, own)[:1]


# ... or opens with the deeds it told: 'Such repeated launches threaten the peace and security of Japan'
_SUCH_DEEDS = re.compile(r"^\W*(?:such|these|those)\s+(?:[\w-]+\s+){0,2}?(?:launches|attacks|strikes|provocations|"
                         r"violations|incursions|actions|acts)\b(?![^.;]{0,80}?\bby\b)", re.I)


# ... or goes on with a pronoun for them, doing harm: 'They damage regional and international security'
_THEY_HARM = re.compile(r"^\W*(?:they|these)\s+(?:also\s+|further\s+|\w+ly\s+)?(?:damage|undermine|threaten|endanger|"
                        r"jeopardi[sz]e|violate|destabili[sz]e|aggravate|escalate|pose\s+(?:a\s+)?(?:\w+\s+)?threat)\b",
                        re.I)


def charged_again(sentence: str, claims: list[ContestedClaim], own: Collection[str]) -> str | None:
    """The side the last claim charged, when the sentence names its doer as 'the same actor',
    opens with 'such' deeds, or goes on with 'They' doing harm."""
    if not (_SAME_DOER.search(sentence) or _SUCH_DEEDS.match(sentence) or _THEY_HARM.match(sentence)):
        return None
    return next(iter(_charged_last(claims, own)), None)


def _charged_last(claims: list[ContestedClaim], own: Collection[str]) -> list[str]:
    """Whom the last claim charged, other than `own` side."""
    return [charged for charged in claims[-1].disputed_by if charged not in own] if claims else []


def names_the_same_doer(sentence: str) -> bool:
    """Does the sentence charge 'the same actor' (a charge the model may have kept as a stance), not
    only refer back to 'such' deeds ('These actions will not intimidate the people of Taiwan': a stance)?"""
    return _SAME_DOER.search(sentence) is not None
