"""Any OpenAI-compatible endpoint: OpenAI, vLLM, Ollama, llama.cpp server, LM Studio.

Configured like every OpenAI client: `OPENAI_BASE_URL` and `OPENAI_API_KEY` (or the
`base_url`/`api_key` arguments), plus a model name. Transport faults (connection errors,
timeouts, 429 and 5xx) are retried by the openai client itself with exponential backoff,
honouring `Retry-After`; they are never turned into re-asks. Each request may take
`$SUMMARISER_TIMEOUT` seconds (default 300) before it counts as timed out. The async path
(`acomplete`) sends the same requests through the SDK's async client, which retries and honours
`Retry-After` the same way, sleeping on the event loop so other documents go on meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import os
from asyncio import AbstractEventLoop, get_running_loop
from collections.abc import Iterator
from typing import Any

import openai
import pydantic
from openai.types.chat import ChatCompletion

from summariser.backends.base import Backend, BackendError
from summariser.backends.store import ResponseStore
from summariser.settings import positive_number

TRANSPORT_RETRIES = 4
TIMEOUT_S = 300.0  # seconds per request; `$SUMMARISER_TIMEOUT` overrides it
TIMEOUT_ENV = "SUMMARISER_TIMEOUT"


class OpenAIBackend(Backend):
    name = "openai"
    serial = False
    native_async = True

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        store: ResponseStore | None = None,
        timeout: float | None = None,
        max_retries: int = TRANSPORT_RETRIES,
    ) -> None:
        super().__init__(store)
        self._model = model
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        # Local servers (vLLM, Ollama, llama.cpp) accept any key; OpenAI itself needs a real one.
        key = api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"
        self._secret = key
        if timeout is None:
            try:
                timeout = positive_number(TIMEOUT_ENV, TIMEOUT_S, float)
            except ValueError as err:
                raise BackendError(f"{err} of seconds") from None
        self.timeout = timeout
        self._max_retries = max_retries
        self._client = openai.OpenAI(base_url=self.base_url, api_key=key, timeout=timeout, max_retries=max_retries)
        # The async clients, one per event loop: a client's connections belong to the loop that
        # opened them. A plain dict, pruned of loops that have ended (`_aclient`): weak keys would
        # never let go, as a client with connections refers to its loop.
        self._aclients: dict[AbstractEventLoop, openai.AsyncOpenAI] = {}

    @property
    def model(self) -> str:
        return self._model

    def decoding(self) -> dict[str, Any]:
        return {"temperature": 0.0, "seed": 1234}

    def raw_create(self, **kwargs: Any) -> ChatCompletion:
        with self._transport_errors():
            # `post` rather than `chat.completions.create`: the same request, retries and errors,
            # without re-walking the whole request (schema included) through the SDK's typed-dict
            # transform, which cost about 1 ms of CPU per call and changes nothing in our plain dicts.
            # The body comes back as bytes, read by `_completion`; status errors, transport
            # retries and Retry-After are the client's as before.
            body = self._client.post("/chat/completions", content=self._body(kwargs), cast_to=bytes)
        return self._completion(body)

    async def araw_create(self, **kwargs: Any) -> ChatCompletion:
        """`raw_create` on the async client: the same body, headers, retries and errors."""
        with self._transport_errors():
            body = await self._aclient().post("/chat/completions", content=self._body(kwargs), cast_to=bytes)
        return self._completion(body)

    def _body(self, request: dict[str, Any]) -> bytes:
        """The request body as the SDK would serialise it (compact UTF-8 JSON). Given bytes as
        `content`, the SDK sends them as they are; given a dict, it deep-copies the request,
        schema included, into its options first (about 0.1 ms of CPU per call)."""
        return json.dumps({"model": self._model, **request}, ensure_ascii=False, separators=(",", ":")).encode()

    def _aclient(self) -> openai.AsyncOpenAI:
        """The running loop's client, on the SDK's default (httpx) transport, which needs no
        closing: a caller may run a loop per call (`asyncio.run(asummarise(...))`) and never
        close anything. (The SDK's aiohttp transport costs less CPU per request, but an aiohttp
        pool left open when its loop ends logs an error when it is collected.)"""
        loop = get_running_loop()
        client = self._aclients.get(loop)
        if client is None:
            for ended in [other for other in list(self._aclients) if other.is_closed()]:
                self._aclients.pop(ended, None)
            client = openai.AsyncOpenAI(base_url=self.base_url, api_key=self._secret, timeout=self.timeout,
                                        max_retries=self._max_retries)
            self._aclients[loop] = client
        return client

    @contextlib.contextmanager
    def _transport_errors(self) -> Iterator[None]:
        """The SDK's exceptions, after its own retries, as one-line BackendErrors without the key."""
        try:
            yield
        except openai.APIStatusError as err:
            reason = _reason(err).replace(self._secret, "***")  # some servers echo the key back
            raise BackendError(f"{self.base_url} answered HTTP {err.status_code}: {reason}") from None
        except openai.APITimeoutError:
            raise BackendError(f"{self.base_url} did not answer in time") from None
        except openai.APIConnectionError:
            raise BackendError(f"cannot connect to {self.base_url}") from None
        except openai.APIError:
            raise BackendError(f"{self.base_url} answered with a body that is not JSON") from None

    def _completion(self, body: bytes) -> ChatCompletion:
        """The reply body as a chat completion. pydantic-core parses and validates a well-formed
        one in a single pass (about 10 µs); the SDK's own reading, `json.loads` and then a
        construct walked in Python, cost about 0.1 ms per reply, a tenth of a call's CPU. A body
        that does not validate is read the SDK's lenient way, so a server that bends the format
        is read as before."""
        try:
            return ChatCompletion.model_validate_json(body)
        except pydantic.ValidationError:
            pass
        try:
            data = json.loads(body)
        except ValueError:
            # A body that is not JSON is a broken server, not a reply to re-ask (instructor
            # would re-send the same request on a JSONDecodeError and count it as an attempt).
            raise BackendError(f"{self.base_url} answered with a body that is not JSON") from None
        if not isinstance(data, dict):
            raise BackendError(f"{self.base_url} answered with a body that is not a chat completion")
        return ChatCompletion.construct(**data)  # what the SDK builds: nested models, no validation


def _reason(err: openai.APIStatusError) -> str:
    body = err.body if isinstance(err.body, dict) else {}
    message = (body.get("error") or {}).get("message") if isinstance(body.get("error"), dict) else body.get("message")
    text = " ".join(str(message or err.message).split())
    return text[:200]
