"""Whose words a document's heading says it answers: 'Response to the statement by the Prime
Minister of Canada', 'China Rejects Claims by the Philippines on ...', '... in response to a
question regarding the European Parliament's report'. `claimants`, `speakers` and `addressees`
ask here (through `headings.answered_in`)."""

from __future__ import annotations

import re

# "Official Spokesperson's response to media queries on remarks by Pakistan's Foreign Minister":
# the one whose words the document answers, up to a comma ('... by Malaysian Transport Minister Anthony
# Loke Siew Fook, reported on 5 December 2018, that ..., the MFA Spokesperson said:' names Loke only)
ANSWERING = re.compile(r"\b(?:response|reply|reaction|rebuttal)\s+to\b[^\n]*?\b(?:remarks|statements?|comments|"
                        r"claims|allegations|accusations|communications?|notes?|letters?|reports?|decisions?)\s+"
                        r"(?:made\s+)?(?:by|of|from)\s+(?:the\s+)?(?P<other>[A-Z][^\n,;:]+?)"
                        # (not the topic after it: '... by the Polish side on the situation at the border')
                        r"(?=\s+(?:on|over|about|regarding|concerning|in\s+connection\s+with)\s|[,;:\n]|\s*$)", re.I)


def _title_block(text: str) -> list[str]:
    """The lines atop the text before its first sentence: masthead, labels, title (a title may
    come fourth, under a long masthead in capitals)."""
    lines = [line for line in text.splitlines()[:12] if line.strip()][:6]
    body = next((i for i, line in enumerate(lines) if line.rstrip().endswith(".")), len(lines))
    return lines[:body]


# 'Ethiopia Rejects the Baseless Allegations Contained in Egypt's Letter to the UN Security Council'
_REJECTING = re.compile(r"\b(?i:rejects?|denies|refutes|dismisses)\b[^\n]*?\b(?i:claims|allegations|accusations|"
                        r"statements?|remarks)\b[^\n]*?\b(?i:in|by|of|from)\s+(?:the\s+)?(?P<other>[A-Z][\w.'\u2019-]*"
                        r"(?:\s+[A-Z][\w.'\u2019-]*){0,3})(?=['\u2019]s\b|\s*$|\s+(?:on|over|about|regarding)\b)")


# Türkiye's 'Press Release Regarding the 2022 Report on Türkiye Adopted by the European Parliament'
_REGARDING_ADOPTED = re.compile(r"\b(?:regarding|concerning|on)\s+(?:the\s+)?[^\n]*?\b(?:reports?|resolutions?|"
                                r"statements?|decisions?|declarations?|conclusions)\b[^\n]*?\b(?:adopted|issued|made|"
                                r"published|released)\s+by\s+(?:the\s+)?(?P<other>[A-Z][^\n,;:]+?)"
                                r"(?=\s+(?:on|over|about|regarding|concerning)\s|[,;:\n]|\s*$)", re.I)


# Türkiye's '... in response to a question regarding the European Parliament's report on Türkiye'
# ('Pakistan rejects Afghan interim government's remarks on cross-border operation')
_REGARDING_OWNED = re.compile(r"\b(?i:regarding|concerning|about|on|rejects?|denies|refutes|dismisses|condemns)\s+"
                              r"(?:the\s+)?(?P<other>[A-Z][\w.'\u2019-]*"
                              r"(?:\s+[A-Za-z][\w.'\u2019-]*){0,4}?)['\u2019]s\s+(?:\w+\s+)?(?i:reports?|resolutions?|"
                              r"statements?|decisions?|declarations?|remarks|comments|claims|allegations|accusations)\b")


def answered_in(text: str) -> str | None:
    """Whose words the document's heading says it answers ('Response to the statement by the
    Prime Minister of Canada' -> 'the Prime Minister of Canada'), if any."""
    found = (ANSWERING.search(line) or _REJECTING.search(line) or _REGARDING_ADOPTED.search(line)
             or _REGARDING_OWNED.search(line) or _ON_THE_REPORT_OF.search(line) for line in _title_block(text))
    return next((m.group("other") for m in found if m), None)


# "Prime Minister's Office Statement on the Report of the UN Commission of Inquiry": the body whose report it is
# ('Statement by the Government of Rwanda on the Final Report of the UN Group of Experts on the DRC')
# ('Commentary of the Spokesperson ..., Aykhan Hajizada, on the resolution of the European Parliament')
_ON_THE_REPORT_OF = re.compile(r"\b(?:statement|response|reaction|release|comments?|commentary)"
                               r"(?:\s+(?:by|of)\s+[^\n]{1,80}?)?\s+(?:on|regarding|about|to)\s+"
                               r"(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|findings|conclusions|resolutions?|declarations?|"
                               r"remarks)\s+(?:of|by|from)\s+(?:the\s+)?"
                               r"(?P<other>[A-Z][^\n,;:]+?)(?=\s+(?:on|over|about|regarding|concerning)\s|[,;:\n]|\s*$)",
                               re.I)
