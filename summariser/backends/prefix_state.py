"""The model's state after reading a system message, kept on disk between processes.

Every request of a prompt version opens with the same system message (about 600 tokens with
its worked example). A fresh process read it at about 140 tokens a second on two cores:
some 4 seconds of a 30-second single-document run. The state llama.cpp holds after reading it
(the attention keys and values of those tokens, and the last logits) is saved once to the
user cache directory and loaded by later processes instead of reading the message again.

The bytes loaded are the bytes a read computes, so an answer is the same either way
(`tests/test_reproducible.py`). A file is keyed by everything that shapes those bytes: the
llama-cpp-python version, the model file, the context settings and the tokens themselves.
A file that is missing, unreadable or refused by llama.cpp only means the message is read.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import llama_cpp

KEEP = 8


class PrefixStates:
    """Saved llama.cpp states, one file per (model, settings, tokens) key, in `folder`."""

    def __init__(self, folder: Path, model_path: str) -> None:
        self.folder = folder
        stat = os.stat(model_path)
        self._model = [os.path.basename(model_path), stat.st_size, int(stat.st_mtime)]

    def _path(self, llama: Any, tokens: list[int]) -> Path:
        settings = [llama_cpp.__version__, self._model, llama.n_ctx(), llama.n_batch, llama.context_params.n_ubatch,
                    llama.context_params.n_threads, llama.context_params.type_k, llama.context_params.type_v]
        key = hashlib.sha256(json.dumps([settings, tokens]).encode()).hexdigest()
        return self.folder / f"{key}.state"

    def load(self, llama: Any, tokens: list[int]) -> bool:
        """Put `llama`, whose context must be empty, in the state after reading `tokens`, if
        that state was saved; whether it was."""
        try:
            data = self._path(llama, tokens).read_bytes()
        except OSError:
            return False
        buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if llama_cpp.llama_state_set_data(llama._ctx.ctx, buffer, len(data)) != len(data):
            llama.reset()
            return False
        llama.input_ids[: len(tokens)] = tokens
        llama.n_tokens = len(tokens)
        return True

    def save(self, llama: Any, tokens: list[int]) -> None:
        """Keep `llama`'s state, which holds `tokens` read from an empty context and nothing
        else. Written to a temporary file and renamed, so a reader never sees half a file;
        a cache that cannot be written is skipped."""
        size = llama_cpp.llama_state_get_size(llama._ctx.ctx)
        buffer = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_get_data(llama._ctx.ctx, buffer, size)
        target, part_name = self._path(llama, tokens), None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, suffix=".part") as part:
                part_name = part.name
                part.write(memoryview(buffer)[:written])
            os.replace(part_name, target)
            self._prune()
        except OSError:
            if part_name is not None:
                Path(part_name).unlink(missing_ok=True)

    def _prune(self) -> None:
        """Keep the `KEEP` most recently written states (about 17 MB each): one per prompt
        version and model in use; older ones belong to prompts no longer run."""
        states = sorted(self.folder.glob("*.state"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in states[KEEP:]:
            old.unlink(missing_ok=True)
