"""Does a text read as a news report, which speaks for nobody (SPEC: a report has no voice)? Its
byline, an agency's dateline or credit, a news outlet's masthead, and nobody saying 'we' outside
quotation marks tell; the pipeline asks `news_report` before it gives unattributed lines a voice."""

from __future__ import annotations

import re

from summariser.datelines import agency_dateline
from summariser.headings import AGENCIES, heading_lines, issuer_phrase

_QUOTED = re.compile(r'["\u201c][^"\u201d]*["\u201d]')
_READ_MORE = re.compile(r"(?im)^[ \t]*(?:read\s+more|related|see\s+also|more\s+on\s+this\s+story)\s*:[^\n]*$")
# not 'US', the United States, nor a name mid-sentence: 'the populist Our Party', 'the We Are Family party'
_FIRST_PERSON_WORD = re.compile(r"\b(we|ours?|us|I|my)\b|(?<![a-z,;]\s)\b(We|Ours?|My)\b")
_REPORTED = re.compile(r"\b(said|says|told|according to)\b")
# A heading that calls the text an official release: it speaks for its issuer.
_RELEASE = re.compile(r"\b((?:press|news|media) release|statement|communiqu\u00e9|communique|readout|declaration)\b",
                      re.I)
# a news outlet's masthead atop the page ('BBC News' over a story with no byline)
_OUTLET_MASTHEAD = re.compile(r"(?:BBC(?:\s+News)?|Reuters|The\s+Guardian|Al\s+Jazeera(?:\s+English)?|"
                              r"(?:The\s+)?Associated\s+Press|AP\s+News|AFP|Agence\s+France-Presse|CNN|"
                              r"The\s+New\s+York\s+Times|The\s+Washington\s+Post|Financial\s+Times|NPR|"
                              r"DW|Deutsche\s+Welle|France\s+24|Bloomberg|Politico(?:\s+Europe)?)")
_OPINION = re.compile(r"\b(?:commentary|editorial|op-ed|opinion)\b", re.I)
# an organisation's release, which opens with its place and date in brackets and its own name as the
# one who 'said today' ('(Bangkok, July 24, 2024) – Bangladesh security forces have used ..., Human
# Rights Watch said today.'); a wire's dateline is 'DHAKA (Reuters) -'
OWN_RELEASE_LEAD = re.compile(r"^\s*\((?:[A-Z][\w.'\u2019-]*\s*){1,3},\s+"
                              r"(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4}\)\s*[\u2013\u2014-]\s[^\n]{20,800}?,\s+"
                              r"(?P<who>(?:[A-Z][\w&'\u2019-]*\s+){0,5}[A-Z][\w&'\u2019-]*)\s+said\s+today\b", re.M)
_RELEASE_LABEL = re.compile(r"(?:press|news|media)\s+release", re.I)  # a heading line of its own


# the wires and picture agencies a story credits

_BYLINE = re.compile(r"(?im)^[ \t]*by\s+(?:our\s+|a\s+)?[\w .,'\u2019-]{0,50}?\b(?:correspondents?|reporters?|"
                     r"staff(?:\s+writers?)?|editors?|news\s+desk)[ \t]*$|"
                     # 'By Daniel Ferris and Anjali Rao': reporters' names on a line of their own
                     r"^[ \t]*By\s+(?-i:[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}"
                     r"(?:\s+in\s+[A-Z][\w'\u2019-]+)?"
                     # 'By Harriet Dunmore in Toronto and Sameer Qureshi in Delhi': where each reports from
                     r"(?:(?:,\s+|\s+and\s+)[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}"
                     r"(?:\s+in\s+[A-Z][\w'\u2019-]+)?)*)[ \t]*$|"
                     # an outlet with the wire it draws on: 'By Euronews with AP'
                     rf"^[ \t]*By\s+(?-i:[A-Z][\w.'\u2019-]+)\s+with\s+{AGENCIES}(?:\s*,\s*{AGENCIES})*[ \t]*$|"
                     # the Guardian's 'Guardian staff and agencies'
                     r"^[ \t]*(?-i:[A-Z][\w'\u2019-]+)\s+staff\s+and\s+agencies[ \t]*$|"
                     # Anadolu's 'Anadolu staff | 13.08.2024 - Update : 13.08.2024'
                     r"^[ \t]*[A-Z][\w .'\u2019-]{1,60}?\s+\|\s+\d{1,2}\.\d{1,2}\.\d{4}\b[^\n]*$|"
                     # the Financial Times' 'Laura Whitcombe in Brussels and Ethan Zhou in Beijing', with no 'By'
                     r"^[ \t]*(?-i:[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s+in\s+[A-Z][\w'\u2019-]+"
                     r"(?:(?:,\s+|\s+and\s+)[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s+in\s+[A-Z][\w'\u2019-]+)*)"
                     r"[ \t]*$")


_WIRE_TRAILER = re.compile(r"^[ \t]*\((?:additional\s+)?(?:reporting|writing|editing)\s+by\b.*\Z", re.I | re.M | re.S)


# the outlet's own people and explainer links, no 'we' of a party: 'our correspondent', 'What we know about ...'
_OUTLETS_OWN = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:correspondents?|reporters?|team|editors?|colleagues)\b|"
                          r"^\W*(?:Read\s+(?:also|more)\s*:\s*)?What\s+we\s+know\b.*$|"
                          # its appeal to readers: 'we rely on our readers to stay independent'
                          r"^.*\b(?:our\s+readers|becoming\s+a\s+member|support\s+(?:our|independent)\s+journalism)\b.*$",
                          re.I | re.M)


# an editor's initials and the wires a story draws on, closing it: 'ab/sms (Reuters, AFP, AP)'
_AGENCY_CREDIT = re.compile(rf"^[ \t]*(?:[a-z]{{1,4}}(?:/[a-z]{{1,4}})*[ \t]+)?"
                            rf"\({AGENCIES}(?:,\s*{AGENCIES})*\)[ \t]*$", re.M)


def bylined(text: str) -> re.Match[str] | None:
    """A reporter's or a news desk's byline among the top lines ('Guardian staff and agencies');
    under a masthead, a section label and the title, 'by the Kyiv Independent news desk' comes fourth."""
    return _BYLINE.search("\n".join([line for line in text.splitlines()[:12] if line.strip()][:6]))


def news_report(text: str, sentences: int, outlet: bool = False) -> bool:
    """Does the text read as a news report, which speaks for nobody (SPEC: no voice)? No
    heading names an issuer or calls the text a release or statement, nobody says 'we'
    outside quotation marks, and at least a third of its `sentences` report what someone said.
    An agency's dateline makes a report whatever its headline says of a statement ('Iran rejects
    G7 statement'), and so does a news `outlet` the model took for the voice ('AL JAZEERA' atop
    a story), when nobody says 'we'."""
    byline = bylined(text)
    body = text.replace(byline.group(0), " ", 1) if byline else text  # 'By our Brussels correspondent': not 'we'
    body = _WIRE_TRAILER.sub(" ", body)  # "Our Standards: The Thomson Reuters Trust Principles." is the wire's
    body = _OUTLETS_OWN.sub(" ", body)  # 'said our correspondent in Deir el-Balah': the outlet's reporter
    body = _READ_MORE.sub(" ", body)  # 'Read more: ... what we know on day 387': a link's title
    if _FIRST_PERSON_WORD.search(_QUOTED.sub(" ", body)) or not byline and any(issuer_phrase(line)
                                                                                for line in heading_lines(text)):
        return False  # (a headline's 'ICC issues arrest warrant ...' over a byline names no issuer)
    if OWN_RELEASE_LEAD.search(text[:2000]):
        return False  # '(Bangkok, July 24, 2024) – ..., Human Rights Watch said today.': the group's own release
    if any(_RELEASE_LABEL.fullmatch(line.strip()) for line in heading_lines(text)):
        return False  # 'Human Rights Watch / News Release': an organisation's own release, whatever the model thought
    if any(len(line.split()) <= 6 and _OPINION.search(line) for line in heading_lines(text)[:2]):
        return False  # 'KCNA Commentary', 'Editorial': the outlet's own opinion, in its own voice
    outlet = outlet or any(_OUTLET_MASTHEAD.fullmatch(line.strip()) for line in heading_lines(text)[:1])
    if outlet or agency_dateline(text[:600]) or byline or _AGENCY_CREDIT.search(text[-300:]):
        # 'BAMAKO (Wire) -', 'NEW YORK (Reuters) -', a correspondent's byline, DW's 'ab/sms (Reuters, AFP, AP)'
        return True
    if any(len(line.split()) <= 12 and _RELEASE.search(line) for line in heading_lines(text)):
        return False
    if any(_MEETS_HEADING.match(line) for line in heading_lines(text)[:2]):
        return False  # a ministry's readout: 'Foreign Minister Wang Yi Meets with Russian Foreign Minister ...'
    return 3 * len(_REPORTED.findall(text)) >= sentences > 0


# an official's meeting or call as a ministry's heading gives it, every word capitalised
# (or in a sentence's case: 'President Nicușor Dan holds telephone conversation with President Maia Sandu')
# ('Minister for Foreign Affairs Ts.Oyunbileg receives ...', 'Lyonchhen holds telephone conversation with the ...')
_MEETS_HEADING = re.compile(r"^\W*[A-Z][\w.'\u2019-]*\s+(?:(?:[A-Z][\w.'\u2019-]*|of|for|and)\s+){0,9}"
                            r"(?i:meets|met|holds\s+talks|held\s+talks|talks|speaks|"
                            r"spoke|receives|received|holds\s+(?:a\s+)?(?:phone|telephone)\s+(?:call|conversation))"
                            r"\s+(?i:with\s+(?:the\s+)?|by\s+(?:phone|telephone)\s+with\s+(?:the\s+)?)?[A-Z]")
