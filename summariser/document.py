"""Documents: read text safely, keep it exactly, find its dateline, split it into sentences.

The decoded text is the single reference for every offset in a summary, so it is never
normalised: CRLF, odd quotes and all stay as they were read.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 2_000_000  # larger inputs are refused; override with SUMMARISER_MAX_BYTES

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
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = [
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
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
}
_SENTENCE_END = re.compile(r"[.!?](?:[\"'\u201d\u2019)\]]*)(?=\s+|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\r\n[ \t]*\r\n")


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
        self.sentences = split_sentences(self.text)
        self.date = find_dateline(self.text)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence(self, number: int) -> Sentence | None:
        return self.sentences[number - 1] if 1 <= number <= len(self.sentences) else None

    def numbered(self) -> str:
        """The text as the model sees it: one numbered sentence a line."""
        return "\n".join(f"[{s.number}] {' '.join(s.text.split())}" for s in self.sentences)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is refused."""
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


def read_document(path: str | Path, *, doc_id: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read a .txt/.md file or '-' (stdin) into a Document, or raise DocumentError."""
    source = str(path)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = doc_id or "stdin"
    else:
        p = Path(path)
        if not p.exists():
            raise DocumentError(source, "no such file", 2)
        if p.is_dir():
            raise DocumentError(source, "is a directory, not a file", 2)
        try:
            size = p.stat().st_size
            if size > max_bytes:
                raise DocumentError(source, f"file is {size:,} bytes; the limit is {max_bytes:,}", 6)
            data = p.read_bytes()
        except PermissionError as err:
            raise DocumentError(source, "permission denied", 2) from err
        name = doc_id or p.stem
    if len(data) > max_bytes:
        raise DocumentError(source, f"input exceeds the limit of {max_bytes:,} bytes", 6)
    if not data:
        raise DocumentError(source, "the file is empty", 4)
    return Document(id=name, text=decode(data, source), source=source)


def find_dateline(text: str) -> str | None:
    """The document's own date when its top states one ('date 2023-09-20', 'MOSCOW, 5 August
    2023'); None otherwise. Dates later in the body are events, not the dateline."""
    head = text.lstrip()[:_DATELINE_WINDOW]
    first_line = head.split("\n", 1)[0]
    header_line = len(first_line.split()) <= 12 and first_line != head
    window = first_line if header_line else head[:80]
    for form in _DATE_FORMS:
        m = form.search(window)
        if not m or not (header_line or _reads_as_dateline(window, m)):
            continue
        year = int(m["year"])
        month = int(m["mnum"]) if "mnum" in m.groupdict() and m["mnum"] else _MONTHS[m["month"].lower()]
        day = m.groupdict().get("day")
        if not 1 <= month <= 12:
            continue
        if day is None:
            return f"{year:04d}-{month:02d}"
        if 1 <= int(day) <= 31:
            return f"{year:04d}-{month:02d}-{int(day):02d}"
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
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


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
        after = text[m.end() :].lstrip()[:1]
        # A heading or dateline on its own line; a hard-wrapped sentence continues in lower case.
        if line and not line.endswith((".", ",", ";", ":")) and len(line.split()) <= 14 and not after.islower():
            cuts.add(m.start())
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue  # missing a break costs less than cutting 'U.S. Secretary' in two
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

