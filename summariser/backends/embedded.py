"""The embedded default: llama-cpp-python running the local GGUF, no network, no key.

Decoding is constrained by a grammar built from the response model's JSON schema (without
optional white space, which would only cost tokens), at temperature 0 with a fixed seed;
instructor still re-validates every reply. Text the grammar forces (keys, punctuation) is
fed in one batch rather than decoded token by token (`grammar_sampler`). One model per process, shared by every caller;
llama.cpp reuses the longest common prompt prefix between calls, so the pipeline's later
stages only pay for their new tokens, and each document after the first re-reads only its
own text, not the static instructions. A new document is always read from the end of the
system message (`CheckedGrammarLlama._unread_part`), never from wherever it shares words
with the previous one: a token's numbers depend slightly on the batch it is read in, and
without this a summary depended on the document summarised before it (one eval document
scored 0.52 micro-F1 after its predecessor and 0.57 first in a process). Now a document's
summary is the same first in a process, in a batch, or on its own.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from openai.types.chat import ChatCompletion

from summariser.backends.base import Backend, BackendError
from summariser.backends.model_file import MODEL_ID, cache_dir, ensure_model_file
from summariser.backends.runaway import LONG_STRING_CHARS, RUNAWAY_LIMIT
from summariser.backends.store import ResponseStore

SEED = 1234
CONTEXT_TOKENS = 8192

_models: dict[str, Any] = {}
_models_lock = threading.Lock()


def load_llama(path: str) -> Any:
    """The process-wide Llama for `path`, loaded on first use."""
    with _models_lock:
        if path not in _models:
            try:
                from summariser.backends.grammar_sampler import CheckedGrammarLlama
                from summariser.backends.prefix_state import PrefixStates
            except ImportError as err:  # pragma: no cover - install problem
                raise BackendError("llama-cpp-python is not installed: pip install llama-cpp-python") from err
            threads = int(os.environ.get("SUMMARISER_THREADS", "0")) or max(1, os.cpu_count() or 1)
            if not _models:
                atexit.register(_close_models)
            # Weights read into anonymous memory rather than mapped from the file: the kernel
            # backs them with transparent huge pages (decode measured about 5% faster), and
            # peak RSS drops by about 600 MB, since a mapped file's touched pages count too
            # and llama.cpp keeps its own repacked copy of most weights either way.
            with _no_amx_weights():
                _models[path] = CheckedGrammarLlama(
                    model_path=path, n_ctx=CONTEXT_TOKENS, n_threads=threads, seed=SEED, verbose=False,
                    use_mmap=False,
                )
            if os.environ.get("SUMMARISER_PREFIX_STATES", "1").strip() != "0":
                _models[path].prefix_states = PrefixStates(cache_dir() / "prefix-states", path)
        return _models[path]


@contextmanager
def _no_amx_weights() -> Iterator[None]:
    """Load without llama.cpp's extra weight buffers when its build has AMX kernels.

    On CPUs with AMX (Intel Sapphire Rapids and later), a build for the native CPU moves the
    weights into an AMX buffer, and its matrix product crashes the process on the first batch
    of more than one token with this Q4_K_M model (seen here; ggml-org/llama.cpp issue 20824).
    llama-cpp-python's `Llama` has no argument for it, so its default model parameters are
    wrapped for the duration of the load. Elsewhere nothing changes."""
    import llama_cpp
    import llama_cpp.llama_cpp as low_level

    if b"AMX_INT8 = 1" not in llama_cpp.llama_print_system_info():
        yield
        return
    default_params = low_level.llama_model_default_params

    def params_without_extra_buffers() -> Any:
        params = default_params()
        params.use_extra_bufts = False
        return params

    low_level.llama_model_default_params = params_without_extra_buffers
    try:
        yield
    finally:
        low_level.llama_model_default_params = default_params


def _close_models() -> None:
    """Free the models before interpreter shutdown: left to the garbage collector, llama.cpp's
    free functions may already be gone and print a traceback on exit."""
    for llama in _models.values():
        llama.close()
    _models.clear()


def _without_lengths(node: Any) -> Any:
    """The schema minus string length bounds: spelled out as grammar rules they nest a
    character rule per allowed character, which slows sampling several-fold. The token budget
    bounds the output instead, and validation still checks every length."""
    if isinstance(node, dict):
        return {k: _without_lengths(v) for k, v in node.items() if k not in ("maxLength", "minLength")}
    if isinstance(node, list):
        return [_without_lengths(v) for v in node]
    return node


def compact_grammar(schema: dict[str, Any]) -> Any:
    """A GBNF grammar for `schema` that admits no optional white space between tokens."""
    from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

    gbnf = json_schema_to_gbnf(json.dumps(_without_lengths(schema)))
    lines = [("space ::= \"\"" if line.startswith("space ::=") else line) for line in gbnf.splitlines()]
    return LlamaGrammar.from_string("\n".join(lines), verbose=False)


class EmbeddedBackend(Backend):
    name = "embedded"
    serial = True

    def __init__(self, store: ResponseStore | None = None, model_path: str | None = None,
                 jump_forward: bool | None = None) -> None:
        super().__init__(store)
        self._path = model_path
        self._grammars: dict[str, Any] = {}
        # Forced JSON text fed in one batch (`grammar_sampler`); on unless
        # $SUMMARISER_JUMP_FORWARD=0 (plain token-by-token greedy decoding, to compare).
        if jump_forward is None:
            jump_forward = os.environ.get("SUMMARISER_JUMP_FORWARD", "1").strip() != "0"
        self.jump_forward = jump_forward

    @property
    def model(self) -> str:
        override = self._path or os.environ.get("SUMMARISER_MODEL_PATH")
        return os.path.basename(override) if override else MODEL_ID

    def decoding(self) -> dict[str, Any]:
        # Jump-forward decoding changes how forced text is tokenized, and with it a list or a
        # string that has run away is closed (`runaway`), so all three are part of the key.
        jump = {"jump_forward": True, "close_runaway_lists": RUNAWAY_LIMIT,
                "close_long_strings": LONG_STRING_CHARS} if self.jump_forward else {}
        return {"temperature": 0.0, "seed": SEED, **jump}

    def _llama(self) -> Any:
        path = self._path or str(ensure_model_file())
        return load_llama(path)

    def raw_create(self, **kwargs: Any) -> ChatCompletion:
        llama = self._llama()
        response_format = kwargs.pop("response_format", None)
        schema = (response_format or {}).get("json_schema", {}).get("schema")
        if schema is not None:
            key = json.dumps(schema, sort_keys=True)
            if key not in self._grammars:
                self._grammars[key] = compact_grammar(schema)
            kwargs["grammar"] = self._grammars[key]
        kwargs.pop("model", None)
        llama.jump_forward = kwargs.pop("jump_forward", False)
        llama.close_runaway_lists = bool(kwargs.pop("close_runaway_lists", False))
        llama.close_long_strings = int(kwargs.pop("close_long_strings", 0))
        result = llama.create_chat_completion(**kwargs)
        result.setdefault("created", int(time.time()))
        return ChatCompletion.model_validate(result)
