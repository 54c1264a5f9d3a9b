"""A scripted OpenAI-wire-format server on 127.0.0.1, for tests that need a real HTTP peer.

    with OpenAIStubServer(script=['{"a": 1}', Reply(status=429, headers={"Retry-After": "0"})]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="x")

Serves `POST /v1/chat/completions` and `GET /v1/models`. Each chat request takes the next
scripted reply (or asks `responder(request_json)` when the script is empty). A reply is a
`Reply`, a `(status, headers, body)` tuple, a bare `str` (the assistant content of a 200), or
a `dict` (a whole JSON body). A `str` body is wrapped in a proper `chat.completion`; `bytes`
go out raw (for non-JSON replies). Every request is recorded in `server.requests`.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

JSON = dict[str, Any]


@dataclass
class Reply:
    """One scripted answer. `body`: assistant content (str), a whole JSON body, or raw bytes."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: str | JSON | bytes = ""
    finish_reason: str = "stop"
    usage: JSON | None = None  # replaces the estimated usage block; {} leaves it out
    delay: float = 0.0  # seconds to wait before answering (on top of the server's delay)


ScriptItem = Reply | tuple[int, dict[str, str], str | JSON | bytes] | str | JSON
Responder = Callable[[JSON], ScriptItem]


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    json: JSON | None
    at: float = field(default_factory=time.monotonic)  # arrival, to measure a client's backoff

    @property
    def messages(self) -> list[JSON]:
        return list((self.json or {}).get("messages", []))


def as_reply(item: ScriptItem) -> Reply:
    if isinstance(item, Reply):
        return item
    if isinstance(item, tuple):
        status, headers, body = item
        return Reply(status=status, headers=dict(headers), body=body)
    if isinstance(item, (str, dict)):
        return Reply(body=item)
    raise TypeError(f"not a scripted reply: {item!r}")


def error_body(status: int, message: str) -> JSON:
    return {"error": {"message": message, "type": "stub_error", "param": None, "code": str(status)}}


class OpenAIStubServer:
    """Replays `script`, then defers to `responder`; answers 418 when it has nothing left."""

    def __init__(
        self,
        script: Iterable[ScriptItem] = (),
        *,
        responder: Responder | None = None,
        delay: float = 0.0,
        model: str = "test-model",
    ) -> None:
        self.script: list[Reply] = [as_reply(i) for i in script]
        self.responder = responder
        self.delay = delay
        self.model = model
        self.requests: list[Recorded] = []
        self.errors: list[str] = []  # responder failures, surfaced to the test
        self._lock = threading.Lock()
        self._counter = 0
        self._httpd: ThreadingHTTPServer | None = None

    def start(self) -> OpenAIStubServer:
        self._httpd = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="openai-stub", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    __enter__ = start

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def chat_requests(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next(self, request: JSON) -> Reply:
        with self._lock:
            if self.script:
                return self.script.pop(0)
        if self.responder is None:
            return Reply(status=418, body=error_body(418, "OpenAIStubServer: script exhausted"))
        try:
            return as_reply(self.responder(request))
        except Exception as err:  # noqa: BLE001 - reported to the test, answered as a 500
            self.errors.append(f"{type(err).__name__}: {err}")
            return Reply(status=500, headers={"x-should-retry": "false"}, body=error_body(500, str(err)))

    def completion(self, reply: Reply, request: JSON) -> JSON:
        """`reply.body` (assistant content) wrapped as an OpenAI chat.completion."""
        content = str(reply.body)
        with self._lock:
            self._counter = n = self._counter + 1
        prompt, done = max(1, len(json.dumps(request.get("messages", []))) // 4), max(1, len(content) // 4)
        usage = {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}
        body: JSON = {
            "id": f"chatcmpl-stub-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model") or self.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": reply.finish_reason, "logprobs": None}],
        }
        if reply.usage != {}:
            body["usage"] = usage if reply.usage is None else reply.usage
        return body


class _QuietServer(ThreadingHTTPServer):
    # socketserver's default backlog is 5: a client that opens dozens of connections at once (an
    # asyncio batch starting 32 documents together) had some refused. Real servers queue thousands.
    request_queue_size = 1024

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out has hung up before the answer: expected, not worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(server: OpenAIStubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as two writes; with Nagle's algorithm the body then waits for
        # the client's delayed ACK, adding ~40 ms to every answer (TCP_NODELAY, like real servers).
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            return None

        def _send(self, status: int, body: bytes, headers: dict[str, str], content_type: str) -> None:
            self.send_response(status)
            for name, value in {"Content-Type": content_type, **headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _send_json(self, status: int, body: JSON, headers: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps(body).encode(), headers or {}, "application/json")

        def _record(self, payload: JSON | None) -> None:
            entry = Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, payload)
            with server._lock:
                server.requests.append(entry)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._record(None)
            if not self.path.rstrip("/").endswith("/models"):
                return self._send_json(404, error_body(404, "not found"))
            model = {"id": server.model, "object": "model", "created": 0, "owned_by": "stub"}
            self._send_json(200, {"object": "list", "data": [model]})

        def do_POST(self) -> None:  # noqa: N802
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                payload: JSON | None = json.loads(raw or b"null")
            except json.JSONDecodeError:
                payload = None
            self._record(payload)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                return self._send_json(404, error_body(404, "not found"))
            reply = server._next(payload or {})
            if server.delay or reply.delay:
                time.sleep(server.delay + reply.delay)
            if isinstance(reply.body, bytes):
                return self._send(reply.status, reply.body, reply.headers, "text/plain; charset=utf-8")
            if isinstance(reply.body, dict):
                body = reply.body
            elif reply.status >= 400:
                body = error_body(reply.status, reply.body or f"stub HTTP {reply.status}")
            else:
                body = server.completion(reply, payload or {})
            self._send_json(reply.status, body, reply.headers)

    return Handler
