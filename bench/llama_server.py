"""llama-cpp-python's OpenAI-compatible server in a subprocess, for peers that need an endpoint.

    with llama_server(model_path, threads=2) as base_url:   # http://127.0.0.1:PORT/v1
        ...

The server loads the GGUF before it answers, so the context manager returns only once
`GET /v1/models` answers (model load is not counted against the peer's time), and on the way
out it stops the process and waits for it: the benchmark never runs two models at once. The
server's output goes to a log file whose tail is shown when it fails to start.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

STARTUP_TIMEOUT_S = 300.0
STOP_TIMEOUT_S = 30.0


class ServerError(RuntimeError):
    """The server exited or did not answer in time; the message carries the tail of its log."""


def free_port() -> int:
    """A port nothing listens on now (the kernel's pick), for the server to bind."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command(model_path: Path, port: int, *, n_ctx: int, threads: int, seed: int) -> list[str]:
    # The same context size, threads and seed as the embedded backend, so the peer's model
    # runs as ours does: the server's own defaults are half the cores and `logits_all`, which
    # copies the logits of every prompt token (only logprobs need them; nobody asks for those).
    return [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--host", "127.0.0.1",
            "--port", str(port), "--n_ctx", str(n_ctx), "--n_threads", str(threads), "--seed", str(seed),
            "--logits_all", "False"]


def _tail(log: Path, lines: int = 15) -> str:
    text = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return "\n".join(text[-lines:])


def wait_until_ready(base_url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"llama_cpp.server exited with code {process.returncode}:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise ServerError(f"llama_cpp.server did not answer within {timeout:.0f} s:\n{_tail(log)}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate our own server process and wait until it is gone (kill if it lingers)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def llama_server(model_path: Path, *, threads: int, n_ctx: int = 8192, seed: int = 1234,
                 startup_timeout: float = STARTUP_TIMEOUT_S) -> Iterator[str]:
    """Run the server on a free loopback port; yields its OpenAI base URL."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="llama-server-") as tmp:
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            process = subprocess.Popen(server_command(model_path, port, n_ctx=n_ctx, threads=threads, seed=seed),
                                       stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            base_url = f"http://127.0.0.1:{port}/v1"
            wait_until_ready(base_url, process, log, startup_timeout)
            yield base_url
        finally:
            stop(process)
