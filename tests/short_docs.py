"""One-sentence documents and the answers the pipeline expects for them, for corpus-sized runs
against the loopback server (tests/openai_server.py): batch tests and bench/concurrency.py.

Document n has one sentence in which one state calls on another; each ordered pair of states
comes once in 1,560 documents, so every document narrows the sentence schema to its own party
names, as real ones do. Each document costs exactly two calls: the parties call and one sentence call.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

STATES = [
    "Arvenia", "Belmora", "Calderon", "Dravistan", "Elbonia", "Freedonia", "Galdovia", "Hestria", "Ilvania",
    "Jorvik", "Kalvar", "Lirania", "Moravel", "Novaria", "Orsinia", "Pellucia", "Quandor", "Rusalia", "Sylvania",
    "Tarvos", "Ulmeria", "Vardania", "Westmark", "Xandria", "Yrland", "Zembla", "Adrovia", "Borduria", "Carpania",
    "Dorvania", "Estovakia", "Fennland", "Grenolia", "Hollmark", "Istania", "Kaspia", "Lorvania", "Marvia",
    "Nordavia", "Ostrava",
]
CALLS_PER_DOCUMENT = 2
_ASK = re.compile(r"\b([A-Z][a-z]+) called on ([A-Z][a-z]+) to release the detained journalist number (\d+)\b")


def text_of(n: int) -> str:
    first, shift = n % len(STATES), 1 + (n // len(STATES)) % (len(STATES) - 1)
    asker, asked = STATES[first], STATES[(first + shift) % len(STATES)]
    return f"{asker} called on {asked} to release the detained journalist number {n} without delay.\n"


def write_document(path: Path, n: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text_of(n), encoding="utf-8")
    return path


def _sentence(request: dict[str, Any]) -> re.Match[str]:
    # The latest message naming the document's sentence (the system prompt's example does not).
    contents = (message["content"] for message in reversed(request["messages"]))
    return next(found for found in map(_ASK.search, contents) if found)


def document_number(request: dict[str, Any]) -> int:
    return int(_sentence(request).group(3))


def answer(request: dict[str, Any]) -> str:
    """The parties of the document, or what its sentence states, as the request's schema asks."""
    asker, asked, _ = _sentence(request).groups()
    fields = request["response_format"]["json_schema"]["schema"]["properties"]
    if {"by", "t", "to"} <= set(fields):
        return json.dumps({"by": asker, "t": ["request"], "to": asked})
    if "parties" in fields:  # parties as one list of {"name", "kind", "for"} (prompt v1)
        parties = [{"name": name, "kind": "state", "for": None} for name in (asker, asked)]
        return json.dumps({"genre": "statement", "parties": parties, "voice": asker})
    empty = {name: [] for name in fields if name not in ("genre", "voice")}  # grouped by kind (prompt v2)
    return json.dumps({**empty, "genre": "statement", "states": [asker, asked], "voice": asker})
