"""What the model fills in: compact drafts that point at sentences and party numbers.

Drafts are the model's side of the pipeline; `pipeline` turns them into the contract's
objects. Keys are short and numbers replace names because every output token costs time on
a small local model. Numbers are bounded by the document (sentences) and by the party list
(parties), so a grammar-constrained model cannot point at something that does not exist.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, create_model

from summariser.schema import Genre, Kind

ItemType = Literal["position", "request", "claim"]
ShortText = Annotated[str, Field(min_length=1, max_length=120)]
Name = Annotated[str, Field(min_length=1, max_length=80)]


# Every field is required (nullable where it may be empty): grammars put optional fields
# last, and the model should write the fields in the order the prompt's example shows.
class PartyDraft(BaseModel):
    name: Name
    kind: Kind
    title: Annotated[str, Field(max_length=100)] | None
    of: Annotated[int, Field(ge=1, le=40)] | None
    aka: Annotated[list[Name], Field(max_length=4)]


class PartiesDraft(BaseModel):
    genre: Genre
    parties: Annotated[list[PartyDraft], Field(min_length=1, max_length=24)]
    voice: Annotated[int, Field(ge=1, le=40)] | None


class ItemDraft(BaseModel):
    s: int
    type: ItemType
    by: int
    to: int | None
    text: ShortText


class ItemsDraft(BaseModel):
    items: list[ItemDraft]


def items_draft_for(n_sentences: int, n_parties: int) -> type[ItemsDraft]:
    """An ItemsDraft whose sentence and party numbers are bounded by this document."""
    # Literal enums, not ge/le: llama.cpp's schema-to-grammar enforces enums, not ranges.
    sentence = Literal[tuple(range(1, max(1, n_sentences) + 1))]  # type: ignore[valid-type]
    party = Literal[tuple(range(1, max(1, n_parties) + 1))]  # type: ignore[valid-type]
    item = create_model("ItemDraft", __base__=ItemDraft, s=(sentence, ...), by=(party, ...), to=(party | None, ...))
    return create_model("ItemsDraft", __base__=ItemsDraft, items=(list[item], ...))  # type: ignore[valid-type]
