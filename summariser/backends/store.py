"""Stored model responses, addressed by what produced them.

The key hashes the model id, the decoding parameters and the whole request (messages, which
hold the prompt file's text and the document, and the response schema). The same key serves
the response cache (sqlite, in the user cache directory) and the eval recordings (one JSON
file per response, reviewable in git). A changed prompt, schema, model or document changes
the key, so a stale entry can never be replayed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion


class StoreMiss(LookupError):
    """Replay asked for a response that was never recorded (or was recorded for other inputs)."""

    def __init__(self, key: str):
        super().__init__(
            f"no recorded response for key {key[:16]}...; the prompt, schema, model or document "
            "changed since recording. Re-record with `summariser eval --record`."
        )
        self.key = key


def request_key(model: str, decoding: dict[str, Any], request: dict[str, Any]) -> str:
    # Only what shapes the output: secrets, timeouts and clients never reach the key.
    relevant = {k: request.get(k) for k in ("messages", "response_format", "max_tokens")}
    blob = json.dumps({"model": model, "decoding": decoding, "request": relevant}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseStore:
    """Base: a mapping from key to ChatCompletion. `replay_only` turns misses into errors."""

    replay_only = False

    def key(self, model: str, decoding: dict[str, Any], request: dict[str, Any]) -> str:
        return request_key(model, decoding, request)

    def get(self, key: str) -> ChatCompletion | None:
        raise NotImplementedError

    def put(self, key: str, response: ChatCompletion) -> None:
        raise NotImplementedError


class SqliteStore(ResponseStore):
    """The response cache: one sqlite file, safe across threads and processes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, body TEXT NOT NULL)")
        self._lock = threading.Lock()

    def get(self, key: str) -> ChatCompletion | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM responses WHERE key = ?", (key,)).fetchone()
        return ChatCompletion.model_validate_json(row[0]) if row else None

    def put(self, key: str, response: ChatCompletion) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?)", (key, response.model_dump_json())
            )


class RecordingStore(ResponseStore):
    """Eval recordings: `<dir>/<key>.json`, one per response, replayed by `eval --replay`."""

    def __init__(self, directory: Path, *, replay_only: bool = False, refresh: bool = False) -> None:
        self.directory = directory
        self.replay_only = replay_only
        self.refresh = refresh  # record afresh: ignore what is stored
        self.used: set[str] = set()

    def get(self, key: str) -> ChatCompletion | None:
        self.used.add(key)
        path = self.directory / f"{key}.json"
        if self.refresh or not path.is_file():
            return None
        return ChatCompletion.model_validate(json.loads(path.read_text(encoding="utf-8"))["response"])

    def put(self, key: str, response: ChatCompletion) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        body = {"key": key, "response": response.model_dump(mode="json")}
        text = json.dumps(body, indent=1, ensure_ascii=False) + "\n"
        (self.directory / f"{key}.json").write_text(text, encoding="utf-8")

    def prune(self) -> int:
        """Delete recordings no run of this session used; returns how many."""
        stale = [p for p in self.directory.glob("*.json") if p.stem not in self.used]
        for p in stale:
            p.unlink()
        return len(stale)
