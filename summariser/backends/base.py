"""The backend interface: one small contract that every engine implements.

A backend turns chat messages into a validated pydantic object. Both engines go through
instructor's JSON-schema mode handler over an OpenAI-shaped `create` function, so the request,
validation, re-asks and usage accounting are the same everywhere; an engine only supplies that
function (`raw_create`) and says who it is (`name`, `model`, `decoding`). `acomplete` is the
async twin of `complete`: the same request, re-asks, response store and errors, awaited on the
event loop when the engine has an async transport (`araw_create`), else run on a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, TypeVar

import instructor
from instructor.core.exceptions import IncompleteOutputException, ResponseParsingError
from instructor.v2 import Provider, mode_registry
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, Retrying, retry_if_exception_type, stop_after_attempt

from summariser.backends.store import ResponseStore, StoreMiss

T = TypeVar("T", bound=BaseModel)
Choices = Mapping[str, Sequence[str]]  # field name -> the only values it may take in one call
R = TypeVar("R", Retrying, AsyncRetrying)

# instructor logs every failed attempt at ERROR level; we report failures ourselves, once.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

# Re-ask a reply that fails validation at most this often; transport errors are the
# transport's business (the OpenAI client's own backoff), never re-asks.
VALIDATION_RETRIES = 1
MODE = instructor.Mode.JSON_SCHEMA  # the schema goes out as `response_format`
# What a reply can fail by, and so what is re-asked: not JSON, not the schema, no content.
PARSE_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)
_HANDLERS = mode_registry.get_handlers(Provider.OPENAI, MODE)  # request, response and re-ask handlers


def _reasks(kind: type[R]) -> R:
    """The re-ask policy of `complete` and `acomplete`: only a reply that fails validation is
    asked again, at most VALIDATION_RETRIES times; anything else propagates at once."""
    return kind(stop=stop_after_attempt(VALIDATION_RETRIES + 1), retry=retry_if_exception_type(PARSE_ERRORS),
                reraise=True)


class BackendError(RuntimeError):
    """The backend could not produce a valid answer; the message says why, without secrets."""


class InvalidReply(BackendError):
    """Every attempt answered, but no answer passed validation (the re-asks are used up)."""

    def __init__(self, message: str, attempts: int):
        super().__init__(message)
        self.attempts = attempts


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.attempts += other.attempts


@dataclass
class Completion:
    value: Any
    usage: Usage
    text: str = ""  # the reply as the model wrote it, so a next turn can quote it exactly


class Backend(ABC):
    """An engine behind `complete()` (and its async twin `acomplete()`). Subclasses supply
    `raw_create` and identity; one with a native async transport also supplies `araw_create`."""

    name: str = "abstract"
    # Serialise calls: the embedded engine holds one model and one KV cache; remote engines
    # override this with a no-op lock because they are safe to call concurrently.
    serial: bool = True
    # Whether `araw_create` is a real async transport. Without one, `acomplete` runs `complete`
    # on a worker thread (the embedded engine computes; there is nothing to await).
    native_async: bool = False

    def __init__(self, store: ResponseStore | None = None) -> None:
        self.store = store
        self._lock = threading.Lock()

    @property
    @abstractmethod
    def model(self) -> str:
        """The model's id, as it goes into provenance and recording keys."""

    @abstractmethod
    def decoding(self) -> dict[str, Any]:
        """Decoding parameters that change the output (temperature, seed, ...)."""

    @abstractmethod
    def raw_create(self, **kwargs: Any) -> Any:
        """One OpenAI-shaped chat completion (`messages`, `response_format`, `max_tokens`)."""

    async def araw_create(self, **kwargs: Any) -> Any:
        """Async twin of `raw_create`, for a backend with `native_async`."""
        raise NotImplementedError(f"{self.name} has no async transport")

    def _recording_create(self, usage: Usage, **kwargs: Any) -> Any:
        """`raw_create` behind the response store (cache, recordings, replay); each request,
        a cache hit too, counts as an attempt in `usage`."""
        usage.attempts += 1
        if self.store is None:
            return self.raw_create(**kwargs)
        key = self.store.key(self.model, self.decoding(), kwargs)
        hit = self.store.get(key)
        if hit is not None:
            return hit
        if self.store.replay_only:
            raise StoreMiss(key)
        response = self.raw_create(**kwargs)
        self.store.put(key, response)
        return response

    async def _arecording_create(self, usage: Usage, **kwargs: Any) -> Any:
        """Async twin of `_recording_create`, the same store semantics. The store's own reads and
        writes (sqlite with a commit per answer, or a file) go to a worker thread, so a slow disk
        never stalls the other documents on the event loop."""
        usage.attempts += 1
        if self.store is None:
            return await self.araw_create(**kwargs)
        key = self.store.key(self.model, self.decoding(), kwargs)
        hit = await asyncio.to_thread(self.store.get, key)
        if hit is not None:
            return hit
        if self.store.replay_only:
            raise StoreMiss(key)
        response = await self.araw_create(**kwargs)
        await asyncio.to_thread(self.store.put, key, response)
        return response

    def _request(self, messages: list[dict[str, str]], response_model: type[T], max_tokens: int,
                 choices: Choices | None) -> tuple[type[T], dict[str, Any]]:
        """The model instructor validates with, and the request instructor's patched `create`
        would build, in its order: our arguments, then what it adds for the model
        (`response_format`), narrowed to `choices`. The messages are copied because a re-ask
        appends to them (the caller's list must not grow), as the patched `create` does."""
        model, prepared = _prepared_for(response_model, choices)
        return model, {"messages": list(messages), "max_tokens": max_tokens, **self.decoding(), **prepared}

    def complete(self, messages: list[dict[str, str]], response_model: type[T], max_tokens: int,
                 choices: Choices | None = None) -> Completion:
        """Validated `response_model` for `messages`, re-asking on validation failures only.
        `choices` narrows string fields to the values given, for this call only: in the JSON
        schema sent (an enum, as for a Literal field) and in validation (the model's
        validators read them from the validation context, `{"choices": choices}`)."""
        exchange = self._exchange(messages, response_model, max_tokens, choices)

        def attempt() -> Completion:
            return exchange.read(self._recording_create(exchange.usage, **exchange.request))

        with self._lock if self.serial else contextlib.nullcontext(), self._failures(max_tokens, exchange.usage):
            return _reasks(Retrying)(attempt)

    async def acomplete(self, messages: list[dict[str, str]], response_model: type[T], max_tokens: int,
                        choices: Choices | None = None) -> Completion:
        """Async twin of `complete`: the same request, re-asks, store and errors. On a native
        async transport the call is awaited on the running event loop, so many documents share
        one thread; otherwise (a serial engine) `complete` runs on a worker thread under its lock."""
        if self.serial or not self.native_async:
            return await asyncio.to_thread(self.complete, messages, response_model, max_tokens, choices)
        exchange = self._exchange(messages, response_model, max_tokens, choices)

        async def attempt() -> Completion:
            return exchange.read(await self._arecording_create(exchange.usage, **exchange.request))

        with self._failures(max_tokens, exchange.usage):
            return await _reasks(AsyncRetrying)(attempt)

    def _exchange(self, messages: list[dict[str, str]], response_model: type[T], max_tokens: int,
                  choices: Choices | None) -> _Exchange:
        model, request = self._request(messages, response_model, max_tokens, choices)
        return _Exchange(model, request, _context(choices))

    @contextlib.contextmanager
    def _failures(self, max_tokens: int, usage: Usage) -> Iterator[None]:
        """What ends a `complete` call early, as our errors, for `complete` and `acomplete` alike."""
        try:
            yield
        except (StoreMiss, BackendError):
            raise
        except IncompleteOutputException:
            raise BackendError(f"{self.name}: the reply was cut off at {max_tokens} tokens") from None
        except PARSE_ERRORS as err:
            raise InvalidReply(f"{self.name}: no valid answer after {usage.attempts} attempt(s): {_short(err)}",
                               attempts=usage.attempts) from None
        except Exception as err:
            # The engine failed, not the answer (model file missing or corrupt, prompt over the
            # context window): the document fails. As an InvalidReply the pipeline would drop
            # sentence after sentence and still return a summary.
            raise BackendError(f"{self.name}: {_short(err)}") from None


@dataclass
class _Exchange:
    """One `complete` call across its attempts, read the way instructor's re-ask loop reads
    them, through the same mode handlers: each reply is validated with pydantic (strict, with
    the call's choices as context) and a failed one is re-asked with the error appended to
    the messages. Our own small loop rather than instructor's `retry_sync`, which walks the
    whole response model for async validators (ours have none) and copies its usage models on
    every call: about half a millisecond of CPU per document on a fast endpoint. Counted per
    call, not per backend: remote backends run calls concurrently."""

    model: type[BaseModel]
    request: dict[str, Any]  # as the next attempt sends it
    context: dict[str, Any] | None
    usage: Usage = dataclass_field(default_factory=Usage)

    def read(self, response: Any) -> Completion:
        """The validated reply; or the error it fails by, the request now asking again."""
        used = getattr(response, "usage", None)
        self.usage.prompt_tokens += getattr(used, "prompt_tokens", 0) or 0
        self.usage.completion_tokens += getattr(used, "completion_tokens", 0) or 0
        try:
            value = _HANDLERS.response_parser(response=response, response_model=self.model,
                                              validation_context=self.context, strict=True)
        except PARSE_ERRORS as err:
            self.request = _HANDLERS.reask_handler(kwargs=self.request, response=response, exception=err)
            raise
        return Completion(value=value, usage=self.usage, text=_content(response))


def _content(response: Any) -> str:
    try:
        return response.choices[0].message.content or ""
    except (AttributeError, IndexError, TypeError):
        return ""


# Bounded, not weak: each entry holds its key (the model, or instructor's subclass of it), so a
# weak key would never die. The models are few (one parties model per bound, one sentence model).
@functools.lru_cache(maxsize=256)
def _prepared(response_model: type[T]) -> tuple[type[T], dict[str, Any]]:
    """`response_model` as instructor validates it, and what instructor adds to each request.

    What instructor's patched `create` prepares on every call, done once per model: the model
    as an `OpenAISchema` (ours are; another is wrapped, as instructor wraps it) and the request
    fields of its JSON-schema handler (`response_format`, holding the model's JSON schema), so
    requests are unchanged. The schema is the costly part, about 0.2 ms of CPU per model; the
    patched `create` redid it on every call, and `handle_response_model` would add two walks of
    the model for async validators, which the re-ask loop makes on every call anyway."""
    ready = issubclass(response_model, instructor.OpenAISchema)
    model = response_model if ready else instructor.openai_schema(response_model)
    _, request = _HANDLERS.request_handler(model, {})
    # Only what instructor adds; the messages are the caller's, per call.
    return model, {key: value for key, value in request.items() if key != "messages"}  # type: ignore[return-value]


@functools.lru_cache(maxsize=256)  # one entry per document's party names
def _narrowed(response_model: type[T], choices: tuple[tuple[str, tuple[str, ...]], ...]
              ) -> tuple[type[T], dict[str, Any]]:
    """`_prepared`, with each chosen field's string admitting only its values, written as
    pydantic writes a Literal of them (`const` for one value, else `enum`): the schema a
    Literal model of these values would give, byte for byte, for a few dict copies."""
    model, prepared = _prepared(response_model)
    spec = prepared["response_format"]["json_schema"]
    properties = dict(spec["schema"]["properties"])
    for field, values in choices:
        listed = {"const": values[0]} if len(values) == 1 else {"enum": list(values)}
        branches = properties[field].get("anyOf", [properties[field]])
        narrowed = [{**listed, **b} if b.get("type") == "string" else b for b in branches]
        if narrowed == branches:
            raise ValueError(f"{spec['name']}.{field} is not a string field: it cannot be narrowed to choices")
        properties[field] = {**properties[field], "anyOf": narrowed} if "anyOf" in properties[field] else narrowed[0]
    schema = {**spec["schema"], "properties": properties}
    response_format = {**prepared["response_format"], "json_schema": {**spec, "schema": schema}}
    return model, {**prepared, "response_format": response_format}


def request_schema(response_model: type[BaseModel], choices: Choices | None = None) -> dict[str, Any]:
    """The JSON schema a call for `response_model` (narrowed to `choices`) sends and decodes by."""
    _, prepared = _prepared_for(response_model, choices)
    return prepared["response_format"]["json_schema"]["schema"]


def _prepared_for(response_model: type[T], choices: Choices | None) -> tuple[type[T], dict[str, Any]]:
    """`_prepared`, narrowed to `choices` when there are any (frozen into a cache key here)."""
    if not choices:
        return _prepared(response_model)
    return _narrowed(response_model, tuple((field, tuple(values)) for field, values in choices.items()))


def _context(choices: Choices | None) -> dict[str, Any] | None:
    return {"choices": choices} if choices else None


def _short(err: BaseException, limit: int = 300) -> str:
    text = " ".join(str(err).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
