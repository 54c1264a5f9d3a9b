"""Greedy decoding under a grammar that checks the model's first choice before anything else.

llama-cpp-python's sampler chain runs the grammar over the whole vocabulary (151k tokens for
Qwen) at every step, and that scan was about 40% of the embedded model's time. At temperature
0 the answer is the highest-scoring token the grammar allows, so it is enough to take the
overall best token and ask the grammar about that one token; only when the grammar refuses
it is the whole vocabulary filtered. The tokens chosen are exactly those of the full-scan
chain (checked against the recordings), so recorded answers stay valid. llama.cpp's own
`common_sampler_sample` works the same way.

Tried and dropped: drafting tokens from the prompt and verifying them in one batch
(speculative decoding). A batch scores tokens with slightly different arithmetic than a
single step, so near-ties flipped and answers no longer matched their recordings. Also
dropped: decoding a document's sentence questions side by side as parallel sequences of one
batch. Measured on the seed it was slower (16.0 s against 13.8 s one at a time): every
sequence needs its own logits row over the 151k vocabulary, and on two cores a step over
nine sequences cost about as much as nine single steps.
"""

from __future__ import annotations

import ctypes
from collections.abc import Generator
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import Llama
from llama_cpp._internals import LlamaTokenDataArray


class GrammarCheckedGreedy:
    """Stands in for llama-cpp-python's sampler chain (its `sample` method) for greedy,
    grammar-constrained decoding; the grammar state advances with every token returned."""

    def __init__(self, llama: Llama, grammar: Any) -> None:
        self._n_vocab = llama.n_vocab()
        self._grammar = llama_cpp.llama_sampler_init_grammar(
            llama._model.vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")
        )
        if not self._grammar:
            raise ValueError("llama.cpp could not compile the grammar")
        self._one = (llama_cpp.llama_token_data * 1)()
        self._one_array = llama_cpp.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self._all = LlamaTokenDataArray(n_vocab=self._n_vocab)

    def _allows(self, token: int, logit: float) -> bool:
        self._one[0].id, self._one[0].logit, self._one[0].p = token, logit, 0.0
        self._one_array.size, self._one_array.selected, self._one_array.sorted = 1, -1, False
        llama_cpp.llama_sampler_apply(self._grammar, ctypes.byref(self._one_array))
        return bool(np.isfinite(self._one[0].logit))

    def sample(self, ctx: Any, idx: int = -1) -> int:
        pointer = llama_cpp.llama_get_logits_ith(ctx.ctx, idx)
        logits = np.ctypeslib.as_array(pointer, shape=(self._n_vocab,))
        token = int(np.argmax(logits))
        if not self._allows(token, float(logits[token])):
            self._all.copy_logits(logits)
            llama_cpp.llama_sampler_apply(self._grammar, ctypes.byref(self._all.candidates))
            kept = self._all.candidates_data[: self._all.candidates.size]
            token = int(kept.id[int(np.argmax(kept.logit))])
        llama_cpp.llama_sampler_accept(self._grammar, token)
        return token

    def finished(self, end_token: int) -> bool:
        """Whether the answer is complete: the grammar admits the end-of-turn token only once
        its root rule has closed (and then nothing else, as the grammar has no trailing space)."""
        return self._allows(end_token, 0.0)

    def close(self) -> None:
        if self._grammar:
            llama_cpp.llama_sampler_free(self._grammar)
            self._grammar = None

    def __del__(self) -> None:
        self.close()


class CheckedGrammarLlama(Llama):
    """`Llama` that decodes greedy grammar-constrained requests with `GrammarCheckedGreedy`
    and ends them as soon as the grammar is complete; everything else is the stock behaviour."""

    _checked_sampler: GrammarCheckedGreedy | None = None
    _checked_active = False

    def _init_sampler(self, *args: Any, **kwargs: Any) -> Any:
        grammar = kwargs.get("grammar")
        self._checked_active = (
            grammar is not None and kwargs.get("temp") == 0.0 and kwargs.get("logits_processor") is None
        )
        if self._checked_active:
            if self._checked_sampler is not None:
                self._checked_sampler.close()
            self._checked_sampler = GrammarCheckedGreedy(self, grammar)
            return self._checked_sampler
        return super()._init_sampler(*args, **kwargs)

    def generate(self, tokens: Any, *args: Any, **kwargs: Any) -> Generator[int, Any, None]:
        """Stock generation, except that a checked answer whose grammar is complete ends at
        once: the stock loop would first decode its closing token (about 40 ms) only to sample
        the end-of-turn token, the one token the grammar still admits."""
        inner = super().generate(tokens, *args, **kwargs)
        end = self.token_eos()
        for token in inner:
            yield token
            if self._checked_active and self._checked_sampler is not None and self._checked_sampler.finished(end):
                inner.close()
                yield end
                return
