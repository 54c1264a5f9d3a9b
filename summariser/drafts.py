"""What the model fills in: compact drafts that code turns into the contract's objects.

Every output token costs time on a small local model, so drafts carry decisions only: who
the parties are, and for each sentence (asked one at a time, which keeps a small model from
copying one answer down the whole document) which items it states, by whom, toward whom. Code
then cuts the evidence and the wording from the sentence itself. Party references are names
(a small model tracks names far better than numbers) and the sentence schema only admits
this document's party names: a grammar-constrained model cannot name a party that does not
exist.
"""

from __future__ import annotations

import functools
import re
from typing import Annotated, Literal

from instructor import OpenAISchema
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, create_model, field_validator
from pydantic_core import PydanticCustomError

from summariser.schema import Genre, Kind

NAME_CHARS = 80


# A clause the model copied on after a name ('United Nations, including through its Regional Centre
# for ...'): no part of it
_CLAUSE_AFTER_NAME = re.compile(r",\s+(?:including|through|which|who|whose|as\s+well\s+as|in\s+particular|notably)\b.*",
                                re.S)


def _clip_name(value: object) -> object:
    """Cut an over-long name at a word boundary instead of rejecting the whole answer: the
    grammar cannot bound string lengths cheaply, and one verbose name ('High Representative
    of the Union for Foreign Affairs and Security Policy, Josep Borrell') should not cost a
    document. The JSON schema keeps its maxLength."""
    if isinstance(value, str):
        value = _CLAUSE_AFTER_NAME.sub("", value) or value
    if isinstance(value, str) and len(value) > NAME_CHARS:
        clipped = value[:NAME_CHARS].rsplit(" ", 1)[0].rstrip(" ,;")
        if "," not in clipped and re.match(r"\s*[A-Z]", value[len(clipped):]) and " of the " in clipped:
            # a cut inside the name of whose it is ('... Foreign Affairs of the Bolivarian Republic of')
            # names nobody: the body's own name before it does
            clipped = clipped.rsplit(" of the ", 1)[0]
        clipped = re.sub(r"(?:\s+(?:of|the|for|and|on|to|in))+$", "", clipped)  # ('... Protection of the')
        return clipped or value[:NAME_CHARS]
    return value


Name = Annotated[str, BeforeValidator(_clip_name), Field(min_length=1, max_length=NAME_CHARS)]


# Every field is required (nullable where it may be empty): grammars put optional fields
# last, and the model should write fields in the order the prompt's example shows.
class PartyDraft(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    name: Name
    kind: Kind
    acts_for: Name | None = Field(alias="for")


# The two reply models are instructor's `OpenAISchema`s from the start: instructor would
# otherwise wrap each in a subclass of it on first use, a second class build (about 0.4 ms of
# CPU). Same fields, name and JSON schema either way.
class PartiesDraft(OpenAISchema):
    genre: Genre
    parties: list[PartyDraft]
    voice: Name | None

    @field_validator("parties", mode="before")
    @classmethod
    def _named_only(cls, value: object) -> object:
        """An entry with an empty name names nobody: it goes, not the whole answer (the grammar
        cannot forbid an empty string cheaply; twice running it cost a document its summary)."""
        if not isinstance(value, list):
            return value
        return [p for p in value if not (isinstance(p, dict) and isinstance(p.get("name"), str)
                                         and not p["name"].strip())]


@functools.lru_cache(maxsize=32)  # one class per bound: building a model costs ~1 ms, asked once per document
def parties_draft_for(max_parties: int) -> type[PartiesDraft]:
    """A PartiesDraft that admits at most `max_parties` parties (bounds runaway lists)."""
    return _bounded(PartiesDraft, max_parties)


def _bounded(draft: type[PartiesDraft], max_parties: int) -> type[PartiesDraft]:
    bounded = Annotated[list[PartyDraft], Field(min_length=1, max_length=max_parties)]
    return create_model(draft.__name__, __base__=draft, parties=(bounded, ...))


ItemType = Literal["position", "request", "claim"]


# What one sentence states: its speaker, the kinds of item it carries, and toward whom. One
# speaker per sentence keeps a small model from listing every party everywhere. `by` and `to`
# name one of the document's parties: each call narrows them to its names (`party_choices`),
# in the JSON schema the grammar follows and when the reply is validated. One model for every
# document: building a model per document cost a millisecond of CPU. (No docstring: it would
# go into the JSON schema the model reads.)
class SentenceDraft(OpenAISchema):
    by: str | None
    t: Annotated[list[ItemType], Field(max_length=3)]
    to: str | None

    @field_validator("by", "to")
    @classmethod
    def _one_of_the_choices(cls, value: str | None, info: ValidationInfo) -> str | None:
        allowed = ((info.context or {}).get("choices") or {}).get(info.field_name)
        if value is None or allowed is None or value in allowed:
            return value
        # pydantic's own error for a Literal, word for word: a re-ask reads as it did
        quoted = [repr(a) for a in allowed]
        expected = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
        raise PydanticCustomError("literal_error", "Input should be {expected}", {"expected": expected})


def party_choices(party_names: list[str]) -> dict[str, tuple[str, ...]]:
    """The values a sentence call admits for `by` and `to`: this document's party names."""
    names = tuple(dict.fromkeys(party_names))
    return {"by": names, "to": names}


class SentenceEntry(BaseModel):
    """One sentence's decisions inside a whole-document answer (the `single` strategy): the
    sentence's number, then what a sentence call would answer. Names are free text here, as
    the parties are only known from the same answer; unknown names are dropped by code."""

    n: int = Field(ge=1)
    by: Name | None
    t: Annotated[list[ItemType], Field(max_length=3)]
    to: Name | None

    def draft(self) -> SentenceDraft:
        return SentenceDraft(by=self.by, t=self.t, to=self.to)


class WholeDraft(PartiesDraft):
    """The parties answer and every sentence's decisions, in one reply."""

    sentences: list[SentenceEntry]


@functools.lru_cache(maxsize=32)
def whole_draft_for(max_parties: int) -> type[WholeDraft]:
    """A WholeDraft that admits at most `max_parties` parties."""
    return _bounded(WholeDraft, max_parties)  # type: ignore[return-value]
