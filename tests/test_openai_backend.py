"""OpenAIBackend against a real HTTP server on 127.0.0.1 (tests/openai_server.py): parsing,
re-asks on invalid replies, transport retries, and every failure mapped to a BackendError."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Literal

import openai
import pytest
from pydantic import BaseModel, Field, create_model

from summariser.backends.base import VALIDATION_RETRIES, BackendError, Completion, request_schema
from summariser.backends.openai_compat import OpenAIBackend
from summariser.drafts import SentenceDraft, party_choices
from tests.openai_server import OpenAIStubServer, Reply

CANARY = "sk-test-canary-123"
MESSAGES = [{"role": "system", "content": "Answer with JSON."}, {"role": "user", "content": "Who called whom?"}]
VALID = '{"caller": "Antony Blinken", "calls": 1}'
INVALID = '{"caller": "Antony Blinken", "calls": "many"}'  # JSON, but `calls` must be an integer


class Call(BaseModel):
    caller: str = Field(min_length=1)
    calls: int


Serve = Callable[..., OpenAIStubServer]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start stub servers for a test; all are stopped at its end."""
    servers: list[OpenAIStubServer] = []

    def start(script: Any = (), **kwargs: Any) -> OpenAIStubServer:
        servers.append(OpenAIStubServer(script, **kwargs).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


def backend(base_url: str, *, timeout: float = 5.0, max_retries: int = 1, **options: Any) -> OpenAIBackend:
    """The backend under test, holding the canary key; `options` go to OpenAIBackend (store=...)."""
    return OpenAIBackend(
        model="test-model", base_url=base_url, api_key=CANARY, timeout=timeout, max_retries=max_retries, **options
    )


def complete(b: OpenAIBackend, messages: list[dict[str, str]] = MESSAGES, max_tokens: int = 64) -> Completion:
    return b.complete(messages, Call, max_tokens)


def failure(b: OpenAIBackend, messages: list[dict[str, str]] = MESSAGES) -> str:
    """The BackendError message of a call that must fail; it must never carry the key."""
    with pytest.raises(BackendError) as info:
        complete(b, messages)
    message = str(info.value)
    assert CANARY not in message and CANARY not in repr(info.value)
    return message


def test_valid_reply_parses_with_usage_and_one_attempt(serve: Serve) -> None:
    usage = {"prompt_tokens": 31, "completion_tokens": 9, "total_tokens": 40}
    server = serve([Reply(body=VALID, usage=usage)])
    result = complete(backend(server.base_url))
    assert result.value.model_dump() == {"caller": "Antony Blinken", "calls": 1}
    assert (result.usage.prompt_tokens, result.usage.completion_tokens, result.usage.attempts) == (31, 9, 1)
    assert len(server.chat_requests) == 1


def test_request_carries_json_schema_model_and_key(serve: Serve) -> None:
    server = serve([VALID])
    complete(backend(server.base_url), max_tokens=77)
    (request,) = server.chat_requests
    body = request.json or {}
    assert request.path == "/v1/chat/completions"
    assert body["model"] == "test-model"
    assert body["messages"] == MESSAGES
    assert body["max_tokens"] == 77
    assert (body["temperature"], body["seed"]) == (0.0, 1234)
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["name"] == "Call"
    assert body["response_format"]["json_schema"]["schema"] == Call.model_json_schema()
    assert request.headers["authorization"] == f"Bearer {CANARY}"
    assert request.headers["content-type"] == "application/json"


def test_invalid_reply_is_reasked_once_with_the_validation_error(serve: Serve) -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    server = serve([Reply(body=INVALID, usage=usage), Reply(body=VALID, usage=usage)])
    result = complete(backend(server.base_url))
    assert result.value.calls == 1
    assert result.usage.attempts == 2
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (20, 10)  # summed over both
    first, second = server.chat_requests
    assert first.messages == MESSAGES
    assert second.messages[: len(MESSAGES)] == MESSAGES
    assert second.messages[len(MESSAGES)] == {"role": "assistant", "content": INVALID}
    reask = second.messages[-1]
    assert reask["role"] == "user" and "calls" in reask["content"] and "valid integer" in reask["content"]


def test_choices_narrow_the_schema_sent_and_a_name_outside_them_is_reasked(serve: Serve) -> None:
    names = ["Lirania", "Côte d'Ivoire"]
    server = serve(['{"by": "Freedonia", "t": ["request"], "to": null}',
                    '{"by": "Lirania", "t": ["request"], "to": "Côte d\'Ivoire"}'])
    result = backend(server.base_url).complete(MESSAGES, SentenceDraft, 64, party_choices(names))
    assert (result.value.by, result.value.to, result.usage.attempts) == ("Lirania", "Côte d'Ivoire", 2)
    first, second = server.chat_requests
    by = first.json["response_format"]["json_schema"]["schema"]["properties"]["by"]
    assert by["anyOf"] == [{"enum": names, "type": "string"}, {"type": "null"}]
    assert "Input should be 'Lirania' or \"Côte d'Ivoire\"" in second.messages[-1]["content"]


def test_narrowed_schema_is_what_a_literal_model_of_the_names_gives() -> None:
    """Byte for byte, so recordings and cache entries made with per-document models still match."""
    for names in (["Lirania"], ["Lirania", "Regional Union"], ["Ana", "Côte d'Ivoire", 'the "Union"', "Ana"]):
        name = Literal[tuple(names)]  # type: ignore[valid-type]
        literal = create_model("SentenceDraft", __base__=SentenceDraft, by=(name | None, ...), to=(name | None, ...))
        expected = json.dumps(literal.model_json_schema())
        assert json.dumps(request_schema(SentenceDraft, party_choices(names))) == expected
        assert json.dumps(request_schema(SentenceDraft)) != expected  # unnarrowed: any string


def test_reask_works_with_a_long_prompt_and_without_usage(serve: Serve) -> None:
    # Regression: instructor's token_budget counted prompt tokens (and needs usage), so a long
    # prompt or a server that reports no usage turned the first invalid reply into a failure.
    long = [*MESSAGES[:1], {"role": "user", "content": "Sentence. " * 2000}]
    server = serve([INVALID, VALID, Reply(body=INVALID, usage={}), Reply(body=VALID, usage={})])
    b = backend(server.base_url)
    assert complete(b, long, max_tokens=16).usage.attempts == 2
    assert complete(b).usage.attempts == 2
    assert len(server.chat_requests) == 4


def test_never_valid_fails_after_bounded_attempts(serve: Serve) -> None:
    server = serve([INVALID] * 10)
    message = failure(backend(server.base_url))
    attempts = VALIDATION_RETRIES + 1
    assert len(server.chat_requests) == attempts
    assert f"no valid answer after {attempts} attempt(s)" in message


def test_429_with_retry_after_is_a_transport_retry_not_a_reask(serve: Serve) -> None:
    server = serve([(429, {"Retry-After": "0"}, "slow down"), VALID])
    result = complete(backend(server.base_url, max_retries=2))
    assert result.value.calls == 1
    assert result.usage.attempts == 1  # the client re-sent it; instructor never saw the 429
    first, second = server.chat_requests
    assert first.messages == second.messages == MESSAGES
    assert first.json == second.json


def test_500_then_valid_succeeds(serve: Serve) -> None:
    server = serve([Reply(status=500), VALID])
    result = complete(backend(server.base_url, max_retries=2))
    assert (result.value.calls, result.usage.attempts, len(server.chat_requests)) == (1, 1, 2)
    assert server.chat_requests[0].json == server.chat_requests[1].json


def test_persistent_500_fails_naming_the_status_in_bounded_time(serve: Serve) -> None:
    server = serve([Reply(status=500, body="upstream exploded")] * 10)
    started = time.perf_counter()
    message = failure(backend(server.base_url, max_retries=1))
    assert time.perf_counter() - started < 5
    assert "HTTP 500" in message and "upstream exploded" in message
    assert len(server.chat_requests) == 2  # one try + one transport retry, no re-asks


def test_connection_refused_fails_saying_it_cannot_connect() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    message = failure(backend(f"http://127.0.0.1:{port}/v1", max_retries=0))
    assert time.perf_counter() - started < 5
    assert "cannot connect" in message and str(port) in message


def test_slow_server_times_out(serve: Serve) -> None:
    server = serve([Reply(body=VALID, delay=3.0)])
    started = time.perf_counter()
    message = failure(backend(server.base_url, timeout=0.2, max_retries=0))
    assert time.perf_counter() - started < 2.5  # well short of the answer (slack for a busy machine)
    assert "did not answer in time" in message


def test_finish_reason_length_fails_as_cut_off(serve: Serve) -> None:
    server = serve([Reply(body='{"caller": "Antony Bli', finish_reason="length")])
    message = failure(backend(server.base_url))
    assert "cut off" in message and "64 tokens" in message
    assert len(server.chat_requests) == 1


def test_non_json_content_is_reasked_then_fails_cleanly(serve: Serve) -> None:
    server = serve(["this is not json"] * 10)
    message = failure(backend(server.base_url))
    assert "no valid answer" in message and "Invalid JSON" in message
    requests = server.chat_requests
    assert len(requests) == VALIDATION_RETRIES + 1
    assert requests[1].messages[len(MESSAGES)] == {"role": "assistant", "content": "this is not json"}


@pytest.mark.parametrize("content_type", ["text/html", "application/json"])
def test_non_json_http_body_fails_without_resending(serve: Serve, content_type: str) -> None:
    # Regression: with a JSON content type the client raised JSONDecodeError, which instructor
    # took for a parse error and re-sent the identical request as a new "attempt".
    server = serve([Reply(headers={"Content-Type": content_type}, body=b"<html>502 Bad Gateway</html>")] * 5)
    message = failure(backend(server.base_url))
    assert server.base_url in message and ("not JSON" in message or "not a chat completion" in message)
    assert len(server.chat_requests) == 1


def test_a_server_echoing_the_key_does_not_leak_it(serve: Serve) -> None:
    body = {"error": {"message": f"Incorrect API key provided: {CANARY}.", "type": "invalid_request_error"}}
    server = serve([Reply(status=401, body=body)])
    message = failure(backend(server.base_url))
    assert "HTTP 401" in message and "Incorrect API key provided: ***" in message


def test_concurrent_calls_count_their_own_attempts(serve: Serve) -> None:
    # Regression: the attempt counter was one attribute shared by concurrent calls.
    def responder(request: dict[str, Any]) -> Reply:
        first_try = len(request["messages"]) == 1
        bad = "bad" in request["messages"][0]["content"] and first_try
        return Reply(body=INVALID if bad else VALID, delay=0.3)

    server = serve(responder=responder)
    b = backend(server.base_url)
    prompts = ["good 1", "good 2", "bad 3", "good 4"]
    results: dict[str, int] = {}

    def run(prompt: str) -> None:
        results[prompt] = complete(b, [{"role": "user", "content": prompt}]).usage.attempts

    threads = [threading.Thread(target=run, args=(p,)) for p in prompts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == {"good 1": 1, "good 2": 1, "bad 3": 2, "good 4": 1}
    assert len(server.chat_requests) == 5 and not server.errors


def test_models_endpoint(serve: Serve) -> None:
    server = serve()
    client = openai.OpenAI(base_url=server.base_url, api_key=CANARY, max_retries=0)
    assert [m.id for m in client.models.list()] == ["test-model"]
    assert (server.requests[0].method, server.requests[0].path) == ("GET", "/v1/models")


def test_retry_after_is_honoured_before_the_retry(serve: Serve) -> None:
    server = serve([(429, {"Retry-After": "1"}, "rate limited"), VALID])
    assert complete(backend(server.base_url, max_retries=2)).value.calls == 1
    first, second = server.chat_requests
    assert second.at - first.at >= 0.95  # waited as told, not the client's own 0.5 s backoff


def test_persistent_429_gives_up_after_bounded_retries(serve: Serve) -> None:
    server = serve([(429, {"Retry-After": "0.1"}, "rate limited")] * 10)
    message = failure(backend(server.base_url, max_retries=2))
    assert "HTTP 429" in message and "rate limited" in message
    assert len(server.chat_requests) == 3  # one try + two retries


def test_a_retry_after_beyond_two_minutes_fails_at_once(serve: Serve) -> None:
    server = serve([(429, {"Retry-After": "3600"}, "come back in an hour")] * 3)
    started = time.perf_counter()
    message = failure(backend(server.base_url, max_retries=4))
    assert time.perf_counter() - started < 5 and "HTTP 429" in message
    assert len(server.chat_requests) == 1


def test_timeout_comes_from_the_environment(serve: Serve, monkeypatch: pytest.MonkeyPatch) -> None:
    server = serve([Reply(body=VALID, delay=3.0)])
    monkeypatch.setenv("SUMMARISER_TIMEOUT", "0.2")
    b = OpenAIBackend(model="test-model", base_url=server.base_url, api_key=CANARY, max_retries=0)
    assert b.timeout == 0.2
    started = time.perf_counter()
    assert "did not answer in time" in failure(b)
    assert time.perf_counter() - started < 2.5
    monkeypatch.setenv("SUMMARISER_TIMEOUT", "soon")
    with pytest.raises(BackendError, match="SUMMARISER_TIMEOUT='soon' is not a positive number of seconds"):
        OpenAIBackend(model="test-model", base_url=server.base_url)
