"""Whether a sentence states a fact a claim can be made of: not a vow or a wish (what will or
should be), a stance that tells of no act, thanks, condolences, a right affirmed or a judgement
('There is no military solution'). `kinds` keeps such a sentence a position (SPEC 2: a contested
claim is a factual assertion, not an opinion or a wish)."""

from __future__ import annotations

import re

from summariser.claim_cues import leads_with_stance, speaks_of_what_should_be, tells_of_an_act


def not_factual(sentence: str) -> bool:
    """A sentence that makes no factual charge: it speaks of what will or should be, or it
    opens with the speaker's own stance and tells of no act."""
    if speaks_of_what_should_be(sentence) or _THANKS.match(sentence) or _RIGHT_AFFIRMED.search(sentence) \
            or _NO_SOLUTION.search(sentence) or _CONDOLENCES_OFFERED.match(sentence):
        return True
    # condolences over deaths 'caused by the barbaric attack' tell of an act but charge no one
    return leads_with_stance(sentence) and (not tells_of_an_act(sentence) or bool(_CONDOLENCES.search(sentence)))


# 'took note of the right of Member States, in accordance with international law, to defend their
# vessels from attacks': a right affirmed is a stance on what may be done, not a fact charged
_RIGHT_AFFIRMED = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){0,8}?(?:(?:took|takes|take|taking)\s+note\s+of|"
                             r"(?:re)?affirm\w*|recogni[sz]\w*|underlin\w*|stress\w*|recall\w*|uph[eo]ld\w*)\s+"
                             r"(?:the\s+|its\s+|their\s+)?(?:inherent\s+|legitimate\s+|sovereign\s+)?rights?\s+"
                             r"(?:of|to)\b", re.I)
# '"There is no military solution to this conflict," he said': a judgement, no fact charged
_NO_SOLUTION = re.compile(r"\bthere\s+(?:is|can\s+be|will\s+be)\s+no\s+(?:[\w-]+\s+)?(?:solution|alternative)\b", re.I)
_CONDOLENCES = re.compile(r"\b(?:condolences|sympath(?:y|ies)|speedy\s+recovery)\b", re.I)
# 'The Secretary-General extends his deepest condolences to ... the Government and people of South
# Africa': sympathy offered to a side charges it with nothing
_CONDOLENCES_OFFERED = re.compile(r"^\W*(?:[\w'\u2019.-]+\s+){0,6}?(?:extend|express|convey|offer|send)(?:s|ed|ing)?\s+"
                                  r"(?:[\w'\u2019-]+\s+){0,3}?(?:condolences|sympath(?:y|ies))\b", re.I)
# thanks and praise charge no one ('We are grateful to the Indian Navy, which helped bring the crew to safety')
_THANKS = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){0,6}?(?:(?:is|are|am|was|were|remain)\s+(?:\w+ly\s+)?"
                     r"(?:grateful|thankful)|"
                     r"thank(?:s|ed)?\s+(?!to\b)|commend(?:s|ed)?\s|prais(?:es|ed)\s)", re.I)
