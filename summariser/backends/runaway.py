"""Closing a list of named things, or a string, that has run away (embedded decoding only).

Asked to list the parties of a long document, the small model sometimes stops listing and
starts inventing or repeating: 'Serbian Ministry of Justice', '... of Defence', '... of
Tourism' (none in the text), or the same five names over and over until the list is full.
Measured on the eval recordings: 99 of 346 listed parties came after three such entries in
a row, and not one of them was a party the gold summaries name; on a 1,700-word statement
they cost about 25 of its 116 seconds.

`RunawayList` watches the answer as it is decoded. When the last `limit` objects of a list
whose objects open with a "name" each repeat an earlier name or give a name the prompt never
uses, the list closes there (the grammar admits ']' at that point). The entries already
written stay; the pipeline's party book drops what the text does not name.

`OpenString` watches for the other way an answer runs away: inside one string. A UN statement's
party "for" value went 'United Nations, including through its Regional Centre for Preventive
Diplomacy for Central Asia in Ashgabat, United Nations, including ...' until the answer was cut off
at its 600 tokens, and the whole document failed. Every free string of the drafts is a name of at
most 80 characters (the grammar does not bound lengths: it would have to spell out each one), so a
string that reaches `LONG_STRING_CHARS` is closed there; the draft's validator then cuts the name
at a word boundary as it cuts any over-long name. No eval recording holds a string over 74.
"""

from __future__ import annotations

import json
from typing import Any

RUNAWAY_LIMIT = 3
LONG_STRING_CHARS = 160  # twice a name's bound: a long real name still reaches the validator whole


class RunawayList:
    """Decides, at the end of each object of a JSON list, whether the list should close."""

    def __init__(self, prompt: str, limit: int = RUNAWAY_LIMIT) -> None:
        self._prompt = prompt.casefold()
        self.limit = limit

    def closes(self, answer: str) -> bool:
        """Whether `answer` (the answer so far) has just closed the `limit`-th invented or
        repeated entry in a row of a list of named objects."""
        names = _names_of_open_list(answer)
        if names is None or len(names) < self.limit:
            return False
        folded = [n.casefold().strip() for n in names]
        return all(self._runaway(folded, i) for i in range(len(folded) - self.limit, len(folded)))

    def _runaway(self, names: list[str], i: int) -> bool:
        return names[i] in names[:i] or names[i] not in self._prompt


def _names_of_open_list(answer: str) -> list[str] | None:
    """The "name" values of the objects of the innermost open list, when `answer` ends with
    the '}' of one of them and they all open with "name"; else None."""
    if not answer.endswith("}"):
        return None  # asked at every step: most are mid-object
    stack: list[tuple[str, int]] = []  # ('[' or '{', where it opened)
    children: dict[int, list[tuple[int, int]]] = {}  # list start -> spans of its objects
    in_string = escaped = False
    for at, char in enumerate(answer):
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            in_string = True
        elif char in "[{":
            stack.append((char, at))
            if char == "[":
                children[at] = []
        elif char in "]}" and stack:
            opened, start = stack.pop()
            if char == "}" and stack and stack[-1][0] == "[":
                children[stack[-1][1]].append((start, at + 1))
    if in_string or not stack or stack[-1][0] != "[":
        return None
    names = []
    for start, end in children[stack[-1][1]]:
        name = _first_name(answer[start:end])
        if name is None:
            return None
        names.append(name)
    return names


def _first_name(text: str) -> str | None:
    try:
        item: Any = json.loads(text)
    except ValueError:
        return None
    if not isinstance(item, dict) or not item or next(iter(item)) != "name" or not isinstance(item["name"], str):
        return None
    return item["name"]


class OpenString:
    """Follows the answer's text as it is decoded: is it inside a string, and how long is it?"""

    def __init__(self, limit: int = LONG_STRING_CHARS) -> None:
        self.limit = limit
        self._in_string = self._escaped = False
        self._length = 0

    def feed(self, text: str) -> None:
        for char in text:
            if not self._in_string:
                self._in_string, self._length = char == '"', 0
            elif self._escaped:
                self._escaped, self._length = False, self._length + 1
            elif char == "\\":
                self._escaped = True
            elif char == '"':
                self._in_string = False
            else:
                self._length += 1

    @property
    def overrun(self) -> bool:
        """Inside a string of `limit` characters or more: it should close now."""
        return self._in_string and not self._escaped and self._length >= self.limit
