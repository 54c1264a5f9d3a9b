"""A report's own lines that tell nothing any party holds: a wire's caveat ('Reuters could not
independently verify either account.') and what is due ('The court is expected to rule next year.').
`procedural` keeps nothing of them, nor of what a source did not say ('The broadcaster did not say who ...')."""

from __future__ import annotations

import re

# a wire's own caveat: 'Reuters could not independently verify either account.', 'The figures could not be
# independently verified.'
UNVERIFIED = re.compile(r"^\W*(?:(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,2}|it|we)\s+(?:could|was|were)\s*"
                         r"(?:not|n't)\s+(?:able\s+to\s+)?(?:immediately\s+)?independently\s+(?:verify|confirm)\b|"
                         r"^\W*(?:Reuters|AFP|AP|The\s+Associated\s+Press|Bloomberg|CNN|The\s+BBC|Al\s+Jazeera|"
                         r"(?:the\s+)?(?:news\s+)?agency|the\s+newspaper)\s+(?:could|was|were)\s*(?:not|n't)\s+"
                         r"(?:able\s+to\s+)?(?:immediately\s+)?(?:verify|confirm)\b|"
                         r"[^.;]{0,60}?\s+could\s+not\s+be\s+independently\s+(?:verified|confirmed)\W*$", re.I)
# what a source left untold: 'The broadcaster did not say who, if anyone, had sent them.', 'The ministry did not
# specify how many troops were involved.' (a caveat, not a claim of the source's)
UNSAID = re.compile(r"^\W*(?:the\s+)?(?:(?-i:[A-Z])[\w.&'-]*|broadcaster|newspaper|agency|ministry|report|statement|"
                    r"army|military|police|government|spokes(?:man|woman|person)|officials?|sources?)"
                    r"(?:\s+(?-i:[A-Z])[\w.&'-]*){0,2}\s+(?:did|does|would)\s*(?:not|n't)\s+(?:immediately\s+)?"
                    r"(?:say|specify|identify|disclose|reveal|name|explain|give\s+details\s+of)\s+"
                    r"(?:who|what|whether|how|which|when|why|where)\b|"
                    # ... and a source's own terms: 'He asked that his name not be used for fear of reprisals.'
                    r"^\W*(?:he|she|they)\s+(?:asked|requested)\s+(?:that\s+)?(?:his|her|their)\s+names?\s+"
                    r"(?:not\s+be|be\s+withheld)\b", re.I)
# what is due, told by a report: 'The International Court of Justice is expected to rule on the dispute next year.'
SCHEDULED = re.compile(r"^\W*(?:the\s+)?(?-i:[A-Z])[^,;]{0,80}?\s+(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\s+"
                        r"(?:rule|meet|visit|travel|hold|decide|vote|announce|arrive|sign|resume|begin|start)\b"
                        r"[^,;]{0,80}?(?:next|later|on|in|this|tomorrow)\b[^,;]*$|"
                        # ('We will release information in due course.': news promised, none given)
                        r"^\W*\w+\s+will\s+(?:release|share|provide|announce|publish)\s+(?:\w+\s+)?information\s+"
                        r"in\s+(?:due|good)\s+(?:course|time)\W*$", re.I)
