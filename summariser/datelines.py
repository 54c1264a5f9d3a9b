"""Datelines: the date a document was issued, and the wire dateline ('MOSCOW, Aug 5 (Reuters) -')
before a news report's first words, which names a place and an agency, not a speaker."""

from __future__ import annotations

import functools
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for m in names
}
# a ministry's own-language dateline under its English text: 'Buenos Aires, 3 de enero de 2025',
# 'Paris, le 4 mars 2024', 'Brasília, 12 de março de 2024'
_MONTHS |= {
    m: i
    for i, names in enumerate(
        [("enero", "janvier", "janeiro"), ("febrero", "février", "fevereiro"), ("marzo", "mars", "março"),
         ("abril", "avril"), ("mayo", "mai", "maio"), ("junio", "juin", "junho"),
         ("julio", "juillet", "julho"), ("agosto", "août"), ("septiembre", "setiembre", "septembre", "setembro"),
         ("octubre", "octobre", "outubro"), ("noviembre", "novembre", "novembro"),
         ("diciembre", "décembre", "dezembro")],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = [
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    # (the European Parliament's '07-05-2025 - 12:48': day first, as in the dotted form)
    re.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>[./-])(?P<mnum>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?:de\s+)?" + _MONTH
               + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]
# A dateline sits at the very top: a "date ..." line, a place-and-date line, or a header line.
_DATELINE_WINDOW = 160


# A news wire's dateline before its first sentence: the place in capitals ('ISLAMABAD -',
# 'BELGRADE/PRISTINA -', 'CARACAS, Dec 10 (AP) -'), or in title case when a date or an agency
# follows it ('Tehran, IRNA -', 'Beijing, June 5 (Xinhua) -').
_WIRE_DATELINE = re.compile(
    # (capitals with accents too: 'DAJAB\u00d3N, Dominican Republic, Nov 3 (Antilles Newswire) -')
    r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f'./ -]{2,40}|"
    r"(?P<title_case>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
    # 'PORT SUDAN, Sudan (Reuters) -', 'Addis Ababa, Ethiopia, 27 July 2023 -': its country
    r"(?:,\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=\s*\(|,\s+\d{1,2}\s+[A-Z]|,\s+[A-Z][a-z]{2,8}\.?\s+\d))?"
    r"(?P<date>,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?"  # ('ABU DHABI, 5th May, 2025 (WAM) --')
    r"|,\s+\d{1,2}[./]\d{1,2}[./]\d{4}"  # PACE's 'Strasbourg, 24.01.2024 –'
    r"|\s+\((?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\)"  # 'GENEVA (28 November 2026) -'
    # a Hijri date before the Gregorian one: 'Riyadh, 17 Rabi' al-Awwal 1447 AH, 09 September 2025, SPA --'
    r"|,\s+\d{1,2}\s+[A-Z][\w'\u2019]*(?:[ -][\w'\u2019]+){0,2}\s+\d{4}\s+AH"
    r"(?:,\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?)?"
    r"(?:\s*\((?P<agency>[A-Z][\w .&-]{1,25})\)|,\s+(?P<initials>(?!(?:US|UK|EU|UN)\b)[A-Z]{2,8}))?"
    # ('Rawalpindi, 26 February: Indian aircraft intruded ...': a colon after the date)
    r"(?:\s*(?<=\s|\))[-\u2013\u2014]+\s+|(?<=[a-z\d]):\s+)(?=[A-Z\"\u201c])")


def _wire_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _WIRE_DATELINE.match(text, start, end)
    if m and m["title_case"] and not (m["date"] or m["agency"] or m["initials"]):
        return None  # 'Moscow - ' alone could be any opening words
    return m


def wire_dateline_end(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the words of a sentence at `start` begin past a wire dateline ('ADDIS ABABA, March 3
    (Reuters) - Ethiopia accused ...'); `start` when it opens with none. The place and the agency
    are not who speaks or acts."""
    m = _wire_dateline(text, start, len(text) if end is None else end)
    return m.end() if m else start


def agency_dateline(text: str) -> bool:
    """Does a line of `text` open with a wire dateline that names a news agency ('BAMAKO (Wire) -',
    'Tehran, IRNA -')? Then the text is an agency's report."""
    for line in re.finditer(r"(?m)^\W*", text):
        m = _wire_dateline(text, line.end(), len(text))
        if m and (m["agency"] or m["initials"]):
            return True
    return False


@functools.lru_cache(maxsize=8)  # asked for every party, twice per document (items, then pruning)
def dateline_agencies(text: str) -> frozenset[str]:
    """The agencies the wire datelines of `text` name ('DAJAB\u00d3N, Dominican Republic, Nov 3 (Antilles
    Newswire) -')."""
    found = (_wire_dateline(text, line.end(), len(text)) for line in re.finditer(r"(?m)^\W*", text))
    return frozenset(m["agency"].strip() for m in found if m and m["agency"])


def find_dateline(text: str) -> str | None:
    """The document's own date when its top states one ('date 2023-09-20', 'MOSCOW, 5 August
    2023'); None otherwise. Dates later in the body are events, not the dateline."""
    head = text.lstrip()[:_DATELINE_WINDOW]
    first_line = head.split("\n", 1)[0]
    header_line = len(first_line.split()) <= 12 and first_line != head
    window = first_line if header_line else head[:80]
    for form in _DATE_FORMS:
        m = form.search(window)
        if m and (header_line or _reads_as_dateline(window, m)) and (iso := _iso_date(m)):
            return iso
    return _date_line(text) or _closing_date(text)


def _closing_date(text: str) -> str | None:
    """The date a statement is signed with at its end, on a line of its own with the place ('Stéphane
    Dujarric, Spokesperson for the Secretary-General' over 'New York, 31 October 2024')."""
    for line in [ln.strip() for ln in text.rstrip().split("\n") if ln.strip()][-2:]:
        for form in _DATE_FORMS:
            m = form.search(line)
            if m and _PLACE_FIRST.fullmatch(line[: m.start()]) and not line[m.end():].strip(" ."):
                return _iso_date(m)
    return None


def _iso_date(m: re.Match[str]) -> str | None:
    """A matched date as 'YYYY-MM-DD' (or 'YYYY-MM' without a day); None if it is no date."""
    year = int(m["year"])
    month = int(m["mnum"]) if "mnum" in m.groupdict() and m["mnum"] else _MONTHS[m["month"].lower()]
    day = m.groupdict().get("day")
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{int(day):02d}" if 1 <= int(day) <= 31 else None


# what else a heading's date line may hold: 'Date: 6 December 2024', 'Friday, 12 April 2024'
_DATE_LINE_REST = re.compile(r"[\W\d]*(?:(?:date[ds]?|published|issued|updated|released|on|monday|tuesday|wednesday|"
                             r"thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
                             r"gmt|utc|bst|cet|cest|est|edt|et)\b[\W\d]*)*", re.I)  # 'Fri 17 Mar 2023 19.12 GMT'
_HEADING_LINES = 8
# ... or where the text was given, before the date: 'New York, 17 July 2023'
# ('Doha | November 23, 2023')
_PLACE_FIRST = re.compile(r"\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:,|\||[-\u2013\u2014])\s*(?:le\s+)?")


# ('Posted On: 11 AUG 2025 7:41PM by PIB Delhi': India's PIB, its time and desk after the date)
_PUBLISHED = re.compile(r"(?:published|issued|released|posted|date)(?:\s+on)?\s*:?\s+", re.I)
# ... or after it: 'October 14, 2024 - Ottawa, Ontario - Global Affairs Canada'
# (or the kind of text: '20.11.2022 - Press release')
_PLACE_AFTER = re.compile(r"\s*[-\u2013\u2014|]\s+[A-Z][\w.'\u2019-]*(?:[\s,]+[\w.'\u2019-]+){0,3}"
                          r"(?:\s+[-\u2013\u2014|]\s+[A-Z][\w.'\u2019 -]{1,60})?\s*")


# the Kremlin's page: title, a one-sentence lead, then the date and the time on lines of their own
_KREMLIN_STAMP = re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}\n\d{1,2}:\d{2}$")


def _date_line(text: str) -> str | None:
    """A heading's own line that holds only a date (a State Department readout's 'DECEMBER 6,
    2023' under its title and office; OHCHR's 'Date: 6 December 2024'), before the body's first
    long line, or a 'Published 21 February 2024' line under a page's standfirst (GOV.UK)."""
    lines = [ln.strip() for ln in text.lstrip().split("\n") if ln.strip()][:_HEADING_LINES]
    for line in lines:
        stamp = _PUBLISHED.match(line)
        m = next((m for form in _DATE_FORMS if stamp and (m := form.match(line, stamp.end()))), None)
        if m is not None:
            return _iso_date(m)
    for at, line in enumerate(lines):
        if len(line.split()) > 12 and line.rstrip("\"'\u201d\u2019").endswith((".", "!", "?", ":")) \
                and not (at == 1 and _KREMLIN_STAMP.match("\n".join(lines[2:4]))):
            # the body has begun: its dates are events (a long headline has no full stop), but for
            # the dateline it opens with ('Strasbourg, 24.01.2024 – The Parliamentary Assembly ...')
            return next((_iso_date(m) for form in _DATE_FORMS if (m := form.search(line, 0, 60))
                         and _PLACE_FIRST.fullmatch(line[: m.start()])
                         and re.match(r"\s*[-\u2013\u2014]", line[m.end():])),
                        None)
        for form in _DATE_FORMS:
            m = form.search(line)
            before = line[: m.start()] if m else ""
            rest = line[m.end() :] if m else ""
            if m and (_DATE_LINE_REST.fullmatch(before) or _PLACE_FIRST.fullmatch(before)) \
                    and (_DATE_LINE_REST.fullmatch(rest) or not before and _PLACE_AFTER.fullmatch(rest)):
                return _iso_date(m)
    return None


def _reads_as_dateline(window: str, m: re.Match[str]) -> bool:
    """In running text a date is a dateline only in dateline form: 'date 2023-09-20 ...',
    'MOSCOW, 5 August 2023 - ...', '14 March 2024: ...'; 'The talks on 5 May 2023' is not."""
    before, after = window[: m.start()], window[m.end() :]
    return bool(
        re.fullmatch(r"\s*(dated?|on)?\s*", before, re.I) and before.strip().lower() != "on"
        or re.fullmatch(r"\s*[A-Z][A-Z .'-]+(\([A-Za-z ]+\))?,\s*", before)
        or re.match(r"\s*[-\u2013\u2014:|)]", after)
    )
