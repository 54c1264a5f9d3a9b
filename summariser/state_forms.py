"""The short names a text uses for a state it also names formally: 'the Republic of Soranga'
is 'Soranga' and 'the Government of Soranga' in the next paragraph. The gazetteer knows these
forms for real states; a state it does not know (or a fictional one in a test) needs them read
off its formal name, or 'Calls upon the Government of Soranga to ...' asks someone else.
"""

from __future__ import annotations

import re

from summariser.parties import PartyBook

_FORMAL = re.compile(
    r"^(?:the\s+)?(?:(?:Democratic|Federal|Federative|Islamic|People's|Socialist|United|Arab|Bolivarian|"
    r"Plurinational|Cooperative|Co-operative|Hashemite|Oriental)\s+)*(?:Republic|Kingdom|State|Sultanate|Emirate|"
    r"Principality|Grand\s+Duchy|Federation|Commonwealth)\s+of\s+(?:the\s+)?(?P<core>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})$")


def add_short_state_names(book: PartyBook) -> None:
    """Give each state listed by its formal name the short name and the government forms the
    text uses ('Soranga', 'Government of Soranga', 'Sorangan authorities' is left to the
    gazetteer), where no other party already bears them."""
    for party in [p for p in book.parties if p.kind == "state"]:
        m = _FORMAL.match(party.name.strip())
        if m is None:
            continue
        core = m["core"]
        used = [form for form in (core, f"Government of {core}", f"government of {core}")
                if re.search(rf"\b{re.escape(form)}\b(?!['\u2019]s)", book.text)]
        book.alias(party, *used)
