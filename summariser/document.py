"""Documents: read text safely, keep it exactly, find its dateline, split it into sentences.

The decoded text is the single reference for every offset in a summary, so it is never
normalised: CRLF, odd quotes and all stay as they were read.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from summariser.settings import positive_number

MAX_BYTES = 2_000_000  # larger inputs are refused; override with SUMMARISER_MAX_BYTES
LIMIT_ENV = "SUMMARISER_MAX_BYTES"
WITHHELD = "(withheld: this line addresses a summarising machine, not the reader)"
# Formats that people mistake for text files, named so that the error says what the file is.
# A PDF can be pure ASCII, so without its signature it would be "summarised" as PDF syntax.
_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (.docx, .odt, .xlsx ...)",
    b"\x1f\x8b": "gzip-compressed data",
}

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
    re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?:de\s+)?" + _MONTH
               + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]
# A dateline sits at the very top: a "date ..." line, a place-and-date line, or a header line.
_DATELINE_WINDOW = 160

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
    "h.e", "approx", "art", "para", "ref", "hon", "amb", "min", "dept", "inc", "ltd", "co",
    "jr", "sr", "smt", "shri", "rt", "revd",  # 'Biden, Jr. spoke', 'Smt. Droupadi Murmu'
    "a.m", "p.m",  # 'At around 7:22 a.m. on October 4, North Korea launched ...'
    "a.i",  # "summoned the Chargé d'affaires a.i. of the Embassy" (ad interim)
    "radm", "vadm", "brig", "cdr", "cmdr", "cpl", "pvt", "supt",  # 'IDF Spokesperson RAdm. Daniel Hagari'
    "ma",  # Maria, in Philippine names: 'Foreign Affairs Spokesperson Ma. Teresita Daza'
}
_SENTENCE_END = re.compile(r"[.!?](?:[\"'\u201d\u2019)\]]*)(?=\s+|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\r\n[ \t]*\r\n")
_WHITESPACE_RUN = re.compile(r"\s*")


class DocumentError(ValueError):
    """An input that cannot be summarised; the message names the file and the problem."""

    def __init__(self, source: str, problem: str, code: int = 3):
        super().__init__(f"{source}: {problem}")
        self.source, self.problem, self.code = source, problem, code


@dataclass(frozen=True)
class Sentence:
    number: int  # 1-based, as the model sees it
    start: int
    end: int
    text: str


@dataclass
class Document:
    id: str
    text: str
    source: str = "<text>"
    sentences: list[Sentence] = field(init=False)
    date: str | None = field(init=False)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise DocumentError(self.source, "the document is empty (nothing but white space)", 4)
        try:  # text handed in from Python can hold lone surrogates; offsets and hashes need real text
            self.text.encode("utf-8")
        except UnicodeEncodeError as err:
            raise DocumentError(self.source, f"not valid Unicode text (lone surrogate at character {err.start})", 5) \
                from None
        self.sentences = split_sentences(self.text)
        self.date = find_dateline(self.text)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence(self, number: int) -> Sentence | None:
        return self.sentences[number - 1] if 1 <= number <= len(self.sentences) else None

    def numbered(self, withheld: Collection[int] = ()) -> str:
        """The text as the model sees it (`numbered`)."""
        return numbered(self.sentences, withheld)


def numbered(sentences: Iterable[Sentence], withheld: Collection[int] = ()) -> str:
    """Sentences as the model sees them: one numbered sentence a line. `withheld` sentences
    (lines addressed to a summarising machine) keep their number but not their words. A
    window of a long document (`windows`) shows its stretch in this same form."""
    return "\n".join(f"[{s.number}] {WITHHELD if s.number in withheld else ' '.join(s.text.split())}"
                     for s in sentences)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is refused."""
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise DocumentError(source, f"binary content ({what}), not text", 5)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DocumentError(source, f"invalid UTF-16 ({err.reason})", 5) from err
    if b"\x00" in data[:8192]:
        raise DocumentError(source, "binary content, not text", 5)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DocumentError(
            source, f"not valid UTF-8 (byte {err.start}); re-save the file as UTF-8", 5
        ) from err


def max_bytes_limit(source: str = "<config>") -> int:
    """The input size limit: `$SUMMARISER_MAX_BYTES` when set (e.g. 5000000), else MAX_BYTES."""
    try:
        return positive_number(LIMIT_ENV, MAX_BYTES, int)
    except ValueError as err:
        raise DocumentError(source, f"{err} of bytes", 3) from None


def read_document(path: str | Path, *, doc_id: str | None = None, max_bytes: int | None = None) -> Document:
    """Read a .txt/.md file or '-' (stdin) into a Document, or raise DocumentError.
    `max_bytes` defaults to `max_bytes_limit()`; no more than that (plus one byte) is ever read."""
    source = str(path)
    limit = max_bytes if max_bytes is not None else max_bytes_limit(source)
    if source == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name = doc_id or "stdin"
    else:
        data = _read_bounded(Path(path), source, limit)
        name = doc_id or Path(path).stem
    if len(data) > limit:
        raise DocumentError(source, f"input exceeds the limit of {limit:,} bytes ({LIMIT_ENV})", 6)
    if not data:
        raise DocumentError(source, "the file is empty", 4)
    return Document(id=name, text=decode(data, source), source=source)


def _read_bounded(path: Path, source: str, limit: int) -> bytes:
    """At most `limit + 1` bytes of `path`. The size is checked before reading, and the read is
    bounded as well: a device (/dev/zero) or a file still growing has no trustworthy size."""
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limit:
                raise DocumentError(source, f"file is {size:,} bytes; the limit is {limit:,} ({LIMIT_ENV})", 6)
            return f.read(limit + 1)
    except FileNotFoundError:
        raise DocumentError(source, "no such file", 2) from None
    except IsADirectoryError:
        raise DocumentError(source, "is a directory, not a file", 2) from None
    except PermissionError:
        raise DocumentError(source, "permission denied", 2) from None
    except OSError as err:  # a broken link, an unreadable device: still one line naming the file
        raise DocumentError(source, f"cannot be read ({err.strerror or err})", 3) from None


# A news wire's dateline before its first sentence: the place in capitals ('ISLAMABAD -',
# 'BELGRADE/PRISTINA -', 'CARACAS, Dec 10 (AP) -'), or in title case when a date or an agency
# follows it ('Tehran, IRNA -', 'Beijing, June 5 (Xinhua) -').
_WIRE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'./ -]{2,40}|(?P<title_case>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
    # 'PORT SUDAN, Sudan (Reuters) -', 'Addis Ababa, Ethiopia, 27 July 2023 -': its country
    r"(?:,\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=\s*\(|,\s+\d{1,2}\s+[A-Z]|,\s+[A-Z][a-z]{2,8}\.?\s+\d))?"
    r"(?P<date>,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?"  # ('ABU DHABI, 5th May, 2025 (WAM) --')
    r"|,\s+\d{1,2}[./]\d{1,2}[./]\d{4}"  # PACE's 'Strasbourg, 24.01.2024 –'
    # a Hijri date before the Gregorian one: 'Riyadh, 17 Rabi' al-Awwal 1447 AH, 09 September 2025, SPA --'
    r"|,\s+\d{1,2}\s+[A-Z][\w'\u2019]*(?:[ -][\w'\u2019]+){0,2}\s+\d{4}\s+AH"
    r"(?:,\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?)?"
    r"(?:\s*\((?P<agency>[A-Z][\w .&-]{1,25})\)|,\s+(?P<initials>(?!(?:US|UK|EU|UN)\b)[A-Z]{2,8}))?"
    r"\s*(?<=\s|\))[-\u2013\u2014]+\s+(?=[A-Z\"\u201c])")


def _wire_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _WIRE_DATELINE.match(text, start, end)
    if m and m["title_case"] and not (m["date"] or m["agency"] or m["initials"]):
        return None  # 'Moscow - ' alone could be any opening words
    return m


# A transcript's speaker label before the words spoken: 'Lin Jian: ...', 'Spokesperson Mao Ning:
# ...' (two to four capitalised words; not a one-word 'Note:')
# 'Lin Jian: ...', 'Official Spokesperson, Shri Randhir Jaiswal: ...': a transcript's speaker (two words at
# least: not 'Note:');
# 'President of the Central African Republic Faustin-Archange Touadéra (retranslated): ...' (the Kremlin's)
SPEAKER_LABEL = re.compile(r"^(?P<who>(?:[A-Z][\w.'-]*\s+(?:(?:of|the|for|and)\s+){0,2}){1,8}?[A-Z][\w.'-]*|"
                           r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)"
                           r"(?:\s*(?:\([^)\n]{1,30}\)|\[[^\]\n]{1,30}\]))?:\s+(?=[A-Z\"\u201c])")


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
    return _date_line(text)


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


_PUBLISHED = re.compile(r"(?:published|issued|released|date)\s*:?\s+", re.I)
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
        m = next((m for form in _DATE_FORMS if stamp and (m := form.fullmatch(line, stamp.end()))), None)
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


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    # initials: 'J.', and 'L.P.' of 'Retno L.P. Marsudi'
    return token in _ABBREVIATIONS or re.fullmatch(r"[a-z](?:\.[a-z])*", token) is not None


# what opens a list item: '(a) ', 'b) ', '(iv) ', '2. ', '- ', '• '
LIST_MARK = re.compile(r"[ \t]*(?:\(?[a-z]\)|\(?[ivx]{1,4}[).]|\d{1,2}[.)]|[-\u2022\u2013])[ \t]+(?=\S)")  # 'ii. ' too


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with exact character offsets. Breaks at sentence punctuation followed by
    space, at paragraph breaks, and at line ends of short header lines; never inside
    abbreviations such as 'U.S.' or 'Dr.'."""
    cuts: set[int] = {0, len(text)}
    for m in _PARAGRAPH_BREAK.finditer(text):
        cuts.add(m.start())
    for m in re.finditer(r"\n", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()].strip()
        if line and LIST_MARK.match(text, m.end()):
            cuts.add(m.start())  # 'calls on:\n(a) all Member States ...;\n(b) the Council ...': one item each
            continue
        if not line or line.endswith((".", ",", ";", ":")) or len(line.split()) > 14:
            continue
        # A heading or dateline on its own line; a hard-wrapped sentence continues in lower case.
        # The next visible character is found in place: copying the rest of the text at every
        # line end made a 2 MB file of short lines take minutes.
        visible = _WHITESPACE_RUN.match(text, m.end()).end()  # type: ignore[union-attr]  # r"\s*" always matches
        after = text[visible : visible + 1]
        if not after.islower():
            cuts.add(m.start())
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue  # missing a break costs less than cutting 'U.S. Secretary' in two
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[m.start()] == "." and re.fullmatch(r"[ \t]*[ivx]{1,4}", text[line_start : m.start()]):
            continue  # a list item's number, 'ii. raise any security concerns ...', ends nothing
        cuts.add(m.end())
    dateline = re.match(r"\s*date\s+\d{4}-\d{2}-\d{2}\s", text, re.I)
    if dateline:
        cuts.add(dateline.end() - 1)
    bounds = sorted(cuts)
    sentences: list[Sentence] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        start, end = a + lead, b - trail
        if end > start:
            sentences.append(Sentence(len(sentences) + 1, start, end, text[start:end]))
    return sentences

