"""The side a sentence lays a duty on: 'Israel must allow ...', 'The authorities bear responsibility and must ensure
...', "Israel's attacks on Gaza must stop" (`obliged_side`), never the speaker's own ('We must ...')."""

from __future__ import annotations

import re

from summariser.cues import FIRST_PERSON

OBLIGED_NAME = (r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*){0,4}"
                 # 'Saudi authorities should', 'The Lukashenko regime must'
                 r"(?:\s+(?:authorities|government|leadership|officials|side|regime|junta|administration))?")
# 'The US should abide by WTO rules', 'Israel must allow ...': the one told what it should do;
# 'The United States and Germany, which have trained them, should suspend ...': each of a list
OBLIGED = re.compile(
    rf"^\W*(?P<who>{OBLIGED_NAME}(?:\s+and\s+{OBLIGED_NAME})?|"
    r"(?i:(?:the\s+)?(?:international|global)\s+community))(?:,\s+(?:which|who)\s[^,;]{1,120},)?\s+(?:also\s+)?"
    r"(?:should|must|needs\s+to|has\s+to|ought\s+to)\b")


# 'The Russian authorities bear full responsibility ... and must ensure that ...': on the subject after its first verb
_OBLIGED_TOO = re.compile(rf"^\W*(?P<who>{OBLIGED_NAME})\s+(?-i:[a-z])[^.;:,\"\u201c]{{0,120}}?\s+and\s+"
                          r"(?:must|should)\s+(?!(?:not\s+)?(?:be|have|remain)\b)(?-i:[a-z])")


# "Israel's attacks on Gaza must stop immediately": whose acts must end is the one asked to end them
_ACTS_MUST_END = re.compile(rf"^\W*(?P<who>{OBLIGED_NAME})(?:'s|\u2019s)\s+(?:[\w-]+\s+){{0,2}}?"
                            r"(?:attacks|strikes|bombardment|bombing|shelling|operations|offensive|occupation|"
                            r"aggression|violations|actions|provocations|blockade|incursions|raids)\b[^.;:]{0,60}?\s+"
                            r"(?:must|should|has\s+to|have\s+to)\s+(?:stop|end|cease|halt|be\s+(?:halted|stopped|ended))\b")


def obliged_side(text: str) -> str | None:
    """The named side a sentence lays a duty on ('Israel must allow ...', 'The authorities bear
    responsibility and must ensure ...', "Israel's attacks on Gaza must stop"), not the speaker's
    own ('We must ...'); else None."""
    m = OBLIGED.match(text) or _OBLIGED_TOO.match(text) or _ACTS_MUST_END.match(text)
    if m is None or FIRST_PERSON.match(m["who"]) or _NO_ACT_ASKED.match(text, m.end()):
        return None
    return m["who"]


# 'Russia must be stopped', 'India must be held accountable', 'should harbour no illusions': a verdict or a warning,
# no act asked of the one named; 'Russia must understand that every such incident ...': what to grasp, no act
_NO_ACT_ASKED = re.compile(r"\s*(?:also\s+)?(?:not\s+)?(?:be|have\s+been|remain|harbou?r\s+no|have\s+no|"
                           r"(?:understand|realiz?s?e|know|remember)\s+that)\b", re.I)
