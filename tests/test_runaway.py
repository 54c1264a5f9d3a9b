"""A list of named things that has run away (invented or repeated names), or a string that has, is
closed while it is decoded: the rules on their own, then the real embedded model on answers it
would run on with."""

from __future__ import annotations

from typing import Annotated

import pytest
from pydantic import BaseModel, Field

from summariser.backends.embedded import EmbeddedBackend
from summariser.backends.runaway import LONG_STRING_CHARS, OpenString, RunawayList, _names_of_open_list

PROMPT = "Serbia said that Pri\u0161tina and the European Union met in Brussels."


def entry(name: str) -> str:
    return '{"name":"' + name + '","kind":"state","for":null}'


def answer(*names: str, closed: bool = True) -> str:
    text = '{"genre":"readout","parties":[' + ",".join(entry(n) for n in names)
    return text if closed else text[:-1]


def test_the_names_of_the_list_whose_object_just_closed() -> None:
    assert _names_of_open_list(answer("Serbia", "Pri\u0161tina")) == ["Serbia", "Pri\u0161tina"]
    assert _names_of_open_list(answer("Serbia", closed=False)) is None  # inside an object
    assert _names_of_open_list(answer("Serbia") + "]") is None  # the list is closed already
    assert _names_of_open_list('{"t":[{"n":1}]') is None  # objects that do not open with "name"
    assert _names_of_open_list(answer('Say \\"no}\\"')) == ['Say "no}"']  # braces in a string


def test_three_invented_or_repeated_names_in_a_row_close_the_list() -> None:
    guard = RunawayList(PROMPT)
    assert not guard.closes(answer("Serbia", "Serbian Ministry of Justice", "Serbian Ministry of Tourism"))
    assert guard.closes(answer("Serbia", "Serbian Ministry of Justice", "Serbian Ministry of Tourism", "Serbia"))
    assert guard.closes(answer("Serbia", "Pri\u0161tina", "Serbia", "Pri\u0161tina", "serbia"))  # repeats
    # one real new name in between starts the count again
    assert not guard.closes(answer("Serbia", "Ministry of Justice", "Ministry of Tourism", "European Union",
                                   "Ministry of Health"))
    assert not guard.closes(answer("Invented", "Made Up"))  # fewer entries than the limit


class Named(BaseModel):
    name: str
    kind: str


class Listing(BaseModel):
    items: Annotated[list[Named], Field(min_length=1, max_length=10)]


@pytest.mark.parametrize("ask, expected", [
    ("Write a list of exactly ten items, and every item's name is Alpha and kind is letter.",
     ["Alpha", "Beta", "Gamma", "Delta"]),  # the model goes on with the alphabet: invented
    ("List ten parties. Each party is Alpha, of kind state. Repeat it ten times.", ["Alpha"] * 4),
])
def test_the_real_model_stops_a_list_that_runs_away(ask: str, expected: list[str]) -> None:
    messages = [{"role": "system", "content": "You answer with JSON only."}, {"role": "user", "content": ask}]
    backend = EmbeddedBackend(jump_forward=True)
    assert backend.decoding()["close_runaway_lists"] == 3  # in the key of every recording
    assert backend.decoding()["close_long_strings"] == LONG_STRING_CHARS
    closed = backend.complete(messages, Listing, 300)
    assert [item.name for item in closed.value.items] == expected
    # without the rule the same model fills the list to its bound
    backend.decoding = lambda: {"temperature": 0.0, "seed": 1234, "jump_forward": True}
    full = backend.complete(messages, Listing, 300)
    assert len(full.value.items) == 10 and full.usage.completion_tokens > 2 * closed.usage.completion_tokens


def test_a_string_is_followed_as_it_is_decoded() -> None:
    string = OpenString(limit=10)
    string.feed('{"name":"United Nations, incl')
    assert string.overrun  # 20 characters into a string
    string.feed('"')
    assert not string.overrun
    string.feed(',"for":"a \\"quoted\\" na')  # escaped quotes stay inside the string
    assert string.overrun
    string.feed('me","kind":"st')
    assert not string.overrun


class Chanted(BaseModel):
    kind: str
    name: str


def test_the_real_model_closes_a_string_that_runs_away() -> None:
    # A UN statement's party answer ran on inside one "for" value ('United Nations, including through its
    # Regional Centre ..., United Nations, including ...') until it was cut off and the document failed.
    chant = " ".join(["ha"] * 105)
    messages = [{"role": "system", "content": "You answer with JSON only."},
                {"role": "user", "content": f"Answer with an object whose kind is chant and whose name is the chant "
                                            f"'{chant}' as written."}]
    backend = EmbeddedBackend(jump_forward=True)
    closed = backend.complete(messages, Chanted, 150)
    assert LONG_STRING_CHARS <= len(closed.value.name) < LONG_STRING_CHARS + 10 and closed.value.kind == "chant"
    # without the rule the same model writes the whole chant out
    backend.decoding = lambda: {"temperature": 0.0, "seed": 1234, "jump_forward": True, "close_runaway_lists": 3}
    full = backend.complete(messages, Chanted, 150)
    assert full.value.name == chant and full.usage.completion_tokens > closed.usage.completion_tokens
