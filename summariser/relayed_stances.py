"""A stance the text relays: the teller notes what another side holds ('He noted that the Embassy ... had
expressed the hope that ...', 'Summit further noted the position of the Government of Lesotho that ...'),
and the side it names holds it. `attribution` asks here before it reads any other lead-in."""

from __future__ import annotations

import re

# 'He noted that the Embassy of the People's Republic of China in Port Moresby had publicly expressed the hope
# that ...': the teller relays a stance another side took; the one it names holds it
_RELAYED_STANCE = re.compile(
    r"^\W*(?:(?:the|of)\s+|[A-Z][\w'\u2019.-]*\s+){1,6}?(?:noted|recalled|observed|pointed\s+out|said|"
    r"informed\s+[^,;]{2,60}?|told\s+[^,;]{2,60}?)\s+that\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|in|and)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,8}"
    r"(?:\s+side)?)\s+(?:has|had|have)\s+(?:(?:also|publicly|recently|already|repeatedly|formally|officially)\s+)*"
    r"(?:expressed|voiced|conveyed|signall?ed|indicated|declared|announced|welcomed|reaffirmed|"
    # ('He said that President Prabowo Subianto of Indonesia had told him Jakarta favoured ...')
    r"(?:told|informed)\s+(?:him|her|them)\b)")  # (not 'had assured him a stray missile hit ...': a claim relayed)
# 'Summit further noted the position of the Government of Lesotho that the amendments ... should not be
# reopened', 'The Council also took note of the statement by the Secretary-General, who said that ...': the noted side's
# stance (noting is no stance of the teller's; 'welcomed the commitment of X
# that ...' is the teller's own too, so not here)
_NOTED_POSITION = re.compile(
    r"^\W*(?:\(?\w{1,3}[.)]\s+)?(?:(?:the|of)\s+|[A-Z][\w'\u2019.-]*\s+){0,6}?(?:(?:further|also|duly)\s+)?"
    r"(?i:noted|notes|note|recalled|recalls|took\s+note\s+of|takes?\s+note\s+of)\s+(?:with\s+\w+\s+)?"
    r"the\s+(?:(?:stated|declared|known|expressed|consistent)\s+)?(?:position|view|stance|contention|assertion|"
    r"statement|remarks|response)\s+(?:of|by|made\s+by|expressed\s+by|taken\s+by)\s+"
    r"(?P<who>(?:the\s+)?(?:delegation\s+of\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|in|and)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,8}),?\s+"
    # ('the statement by the Secretary-General, who said that "water has become ..."')
    r"(?:who\s+(?:said|stated|noted|stressed|affirmed)\s+)?that\b")


def relayed_holder(sentence: str) -> str | None:
    """The words naming the side whose stance the sentence relays, if it relays one."""
    found = _RELAYED_STANCE.match(sentence) or _NOTED_POSITION.match(sentence)
    return found["who"] if found else None
