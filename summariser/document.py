"""Documents: read text safely, keep it exactly, split it into sentences (its date: `datelines`).

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

from summariser.datelines import find_dateline
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
    "md",  # 'Foreign Adviser Md. Touhid Hossain' (Mohammad)
    "ma",  # Maria, in Philippine names: 'Foreign Affairs Spokesperson Ma. Teresita Daza'
    "engr",  # an engineer's title in Gulf names: 'chaired by H.E. Engr. Waleed bin Abdulkarim Elkhereiji'
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


# 'Lin Jian: ...', 'Official Spokesperson, Shri Randhir Jaiswal: ...': a transcript's speaker (two words at
# least: not 'Note:');
# 'President of the Central African Republic Faustin-Archange Touadéra (retranslated): ...' (the Kremlin's)
# ('Mohamed bin Zayed Al Nahyan: Thank you', 'Ursula von der Leyen: ...': the small words inside a name)
SPEAKER_LABEL = re.compile(r"^(?P<who>(?:[A-Z][\w.'-]*\s+(?:(?:of|the|for|and|bin|ibn|al|el|von|van|der|de|da|la)\s+)"
                           r"{0,2}){1,8}?[A-Z][\w.'-]*|"
                           r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)"
                           r"(?:\s*(?:\([^)\n]{1,30}\)|\[[^\]\n]{1,30}\]))?:\s+(?=[A-Z\"\u201c])")
# a one-word label: 'Spokesperson: We have seen ...', 'Baghaei: ...'
ONE_WORD_LABEL = re.compile(r"^(?P<who>[A-Z][\w'\u2019-]{2,}):\s+(?=[A-Z\"\u201c])")


def unlabelled(line: str) -> str:
    """A line without the speaker's label it opens with ('Spokesperson: ', 'Deputy Minister Ryabkov: ')."""
    return ONE_WORD_LABEL.sub("", SPEAKER_LABEL.sub("", line, count=1), count=1)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if token == "x" and re.search(r"\b(?:on|via|to)\s+X$", text[max(0, dot - 8) : dot]):
        return False  # 'Zelenskyy said on X. He invited Fico ...': the platform, no initial
    # initials: 'J.', and 'L.P.' of 'Retno L.P. Marsudi'
    return token in _ABBREVIATIONS or re.fullmatch(r"[a-z](?:\.[a-z])*", token) is not None


# what opens a list item: '(a) ', 'b) ', '(iv) ', '2. ', '- ', '• '
LIST_MARK = re.compile(r"[ \t]*(?:\(?[a-z]\)|\(?[ivx]{1,4}[).]|\d{1,2}[.)]|[-\u2022\u2013])[ \t]+(?=\S)")  # 'ii. ' too


_BYLINE = re.compile(r"[ \t]*By\s+[A-Z][^\n.]{2,80}(?:\n|$)")  # a line of its own under a headline


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
        if line and _BYLINE.match(text, m.end()):
            cuts.add(m.start())  # a long headline over its byline: 'By Marisol Duarte F\u00e9liz, Antilles Newswire'
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
        if text[m.start()] == "." and re.fullmatch(r"[ \t]*\d{1,2}", text[line_start : m.start()]) \
                and text[m.end() : m.end() + 2].strip()[:1].islower():
            continue  # '1. to strengthen pressure on Russia ...' after 'Ukraine calls on its partners:': one item
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

