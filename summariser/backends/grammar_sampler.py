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

Jump-forward: much of a JSON answer is text the grammar leaves no choice about (the keys,
the punctuation, the rest of a party name once its first token is out). That text is found
from the grammar alone, one character at a time, and fed to the model in one batch with the
token sampled before it, instead of one decode step per token. A sentence answer takes about
10 steps instead of 17; on two cores a batch of 2-4 tokens costs two to three single steps,
so the seed summary gains about 6% and a long document about 12%. The text is the same; its
tokens are the tokenizer's own split of it, which is why an answer may differ slightly from
plain greedy decoding, and why the decoding parameters (and so every recording's key) say
whether it was on.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Generator
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import Llama
from llama_cpp._internals import LlamaTokenDataArray

from summariser.backends.prefix_state import PrefixStates
from summariser.backends.runaway import OpenString, RunawayList

FORCED_CHARS_MAX = 256  # a bound on one forced run; a JSON grammar never forces more than a name


def char_probes(llama: Llama) -> tuple[list[tuple[str, int]], list[int]]:
    """Tokens to ask the grammar about, one character each: the printable ASCII characters
    (text, token), and the raw lead bytes of multi-byte UTF-8 characters. A character is
    forced when exactly one ASCII probe passes and no lead byte does ('Türkiye' and 'Tbilisi'
    after 'T' leave a choice, seen through the lead byte of 'ü')."""
    ascii_probes = []
    for code in range(0x20, 0x7F):
        tokens = llama.tokenize(chr(code).encode(), add_bos=False, special=False)
        if len(tokens) == 1:
            ascii_probes.append((chr(code), tokens[0]))
    byte_token: dict[int, int] = {}
    for token in range(min(llama.n_vocab(), 4096)):  # byte-level vocabularies keep the 256 bytes first
        piece = llama.detokenize([token])
        if len(piece) == 1:
            byte_token.setdefault(piece[0], token)
        if len(byte_token) == 256:
            break
    lead_bytes = [byte_token[b] for b in range(0xC2, 0xF5) if b in byte_token]
    return ascii_probes, lead_bytes


class GrammarCheckedGreedy:
    """Stands in for llama-cpp-python's sampler chain (its `sample` method) for greedy,
    grammar-constrained decoding; the grammar state advances with every token returned."""

    def __init__(self, llama: Llama, grammar: Any,
                 probes: tuple[list[tuple[str, int]], list[int]] | None = None) -> None:
        self._n_vocab = llama.n_vocab()
        self._ascii_probes, self._lead_bytes = probes or ([], [])
        self._char_token = dict(self._ascii_probes)
        self._grammar = llama_cpp.llama_sampler_init_grammar(
            llama._model.vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")
        )
        if not self._grammar:
            raise ValueError("llama.cpp could not compile the grammar")
        self._one = (llama_cpp.llama_token_data * 1)()
        self._one_array = llama_cpp.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self._all = LlamaTokenDataArray(n_vocab=self._n_vocab)

    def _allows(self, token: int, logit: float, grammar: Any = None) -> bool:
        self._one[0].id, self._one[0].logit, self._one[0].p = token, logit, 0.0
        self._one_array.size, self._one_array.selected, self._one_array.sorted = 1, -1, False
        llama_cpp.llama_sampler_apply(grammar or self._grammar, ctypes.byref(self._one_array))
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

    def forced_text(self, end_token: int) -> tuple[str, bool]:
        """The text the grammar admits next and nothing else ('' where the model has a choice
        or no probes were given), and whether the answer is complete after it. Found on a copy
        of the grammar: nothing is accepted yet."""
        if not self._ascii_probes:
            return "", False
        probe = llama_cpp.llama_sampler_clone(self._grammar)
        forced: list[str] = []
        try:
            while len(forced) < FORCED_CHARS_MAX:
                if any(self._allows(token, 0.0, probe) for token in self._lead_bytes):
                    break
                allowed = ((c, t) for c, t in self._ascii_probes if self._allows(t, 0.0, probe))
                passing = list(itertools.islice(allowed, 2))  # a second one already means a choice
                if len(passing) != 1:  # a choice, or only the end of the answer
                    break
                llama_cpp.llama_sampler_accept(probe, passing[0][1])
                forced.append(passing[0][0])
            complete = self._allows(end_token, 0.0, probe)
        finally:
            llama_cpp.llama_sampler_free(probe)
        return "".join(forced), complete

    def snapshot(self) -> Any:
        """A copy of the grammar's state, for `restore` (the caller frees one it does not use)."""
        return llama_cpp.llama_sampler_clone(self._grammar)

    def restore(self, snapshot: Any) -> None:
        """Go back to `snapshot`, which this sampler now owns."""
        llama_cpp.llama_sampler_free(self._grammar)
        self._grammar = snapshot

    def admits(self, text: str, state: Any = None) -> bool:
        """Whether the grammar (or the `state` snapshot) admits `text` (printable ASCII) next;
        nothing is accepted."""
        probe = llama_cpp.llama_sampler_clone(state or self._grammar)
        try:
            for char in text:
                if not self._allows(self._char_token[char], 0.0, probe):
                    return False
                llama_cpp.llama_sampler_accept(probe, self._char_token[char])
            return True
        finally:
            llama_cpp.llama_sampler_free(probe)

    def accept_text(self, text: str) -> None:
        """Advance the grammar over `text` (printable ASCII, as `forced_text` returns it)."""
        for char in text:
            llama_cpp.llama_sampler_accept(self._grammar, self._char_token[char])

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
    and ends them as soon as the grammar is complete; with `jump_forward` it also feeds the
    text the grammar forces in one batch (module docstring). Everything else is stock."""

    _checked_sampler: GrammarCheckedGreedy | None = None
    _checked_active = False
    jump_forward = False
    close_runaway_lists = False  # with jump_forward: `runaway.RunawayList`
    close_long_strings = 0  # with jump_forward: a string this long closes (`runaway.OpenString`)
    prefix_states: PrefixStates | None = None  # system messages read before, in any process
    _probes: tuple[list[tuple[str, int]], list[int]] | None = None

    def _init_sampler(self, *args: Any, **kwargs: Any) -> Any:
        grammar = kwargs.get("grammar")
        self._checked_active = _is_checked(kwargs)
        if self._checked_active:
            return self._new_checked_sampler(grammar)
        return super()._init_sampler(*args, **kwargs)

    def _new_checked_sampler(self, grammar: Any) -> GrammarCheckedGreedy:
        if self._checked_sampler is not None:
            self._checked_sampler.close()
        if self.jump_forward and self._probes is None:
            self._probes = char_probes(self)
        self._checked_sampler = GrammarCheckedGreedy(self, grammar, self._probes if self.jump_forward else None)
        return self._checked_sampler

    def generate(self, tokens: Any, *args: Any, **kwargs: Any) -> Generator[int, Any, None]:
        """Stock generation, except that a checked answer whose grammar is complete ends at
        once: the stock loop would first decode its closing token (about 40 ms) only to sample
        the end-of-turn token, the one token the grammar still admits. With `jump_forward`, a
        checked answer goes through `_generate_jumping` instead."""
        if self.jump_forward and _is_checked(kwargs):
            yield from self._generate_jumping(list(tokens), kwargs["grammar"])
            return
        inner = super().generate(tokens, *args, **kwargs)
        end = self.token_eos()
        for token in inner:
            yield token
            if self._checked_active and self._checked_sampler is not None and self._checked_sampler.finished(end):
                inner.close()
                yield end
                return

    def _generate_jumping(self, prompt: list[int], grammar: Any) -> Generator[int, Any, None]:
        """Greedy grammar-checked decoding that feeds forced text in one batch with the token
        sampled before it. Ends with the end-of-turn token once the grammar is complete."""
        sampler = self._new_checked_sampler(grammar)
        self._checked_active = True
        end = self.token_eos()
        runaway = RunawayList(self.detokenize(prompt).decode("utf-8", "ignore")) if self.close_runaway_lists else None
        string = OpenString(self.close_long_strings) if self.close_long_strings else None
        answer: list[int] = []
        pending = self._unread_part(prompt)
        while True:
            if string is not None and string.overrun and sampler.admits('"'):
                sampler.accept_text('"')  # a string that has run away closes here
                quote = self.tokenize(b'"', add_bos=False, special=False)
                yield from quote
                answer += quote
                pending = [*pending, *quote]
                string.feed('"')
            # Text that completes the answer is yielded without being read: nothing follows it.
            forced, completes = self._forced_tokens(sampler, end, answer, runaway)
            yield from forced
            if completes:
                yield end
                return
            self.eval([*pending, *forced])
            answer += forced
            self._follow(string, forced)
            before = sampler.snapshot() if runaway is not None else None
            token = sampler.sample(self._ctx, -1)
            closing = self._closing_instead(sampler, before, answer, token, runaway)
            if closing:  # the token would have gone on with a list that has run away
                yield from closing
                answer += closing
                pending = closing
                self._follow(string, closing)
                continue
            yield token
            if sampler.finished(end):
                yield end
                return
            answer.append(token)
            pending = [token]
            self._follow(string, pending)

    def _follow(self, string: OpenString | None, tokens: list[int]) -> None:
        """Tell `string` (if the rule is on) the text of the tokens just added to the answer."""
        if string is not None and tokens:
            string.feed(self.detokenize(tokens).decode("utf-8", "ignore"))

    def _closing_instead(self, sampler: GrammarCheckedGreedy, before: Any, answer: list[int], token: int,
                         runaway: RunawayList | None) -> list[int]:
        """When `token` closes an object of a list that `runaway` says has run away, and goes on
        past its '}' (a token such as '"},'), the tokens to feed instead: the same text up to
        the '}', then ']'. The grammar goes back to `before` (its state before `token`) and
        accepts them. Else nothing, and `before` is freed."""
        piece = self.detokenize([token]).decode("utf-8", "ignore") if runaway is not None else ""
        cut = piece.find("}")
        replacement = piece[: cut + 1] + "]" if cut >= 0 else ""
        so_far = self.detokenize(answer).decode("utf-8", "ignore") + piece[: cut + 1] if replacement else ""
        if replacement and replacement.isascii() and runaway.closes(so_far) and sampler.admits(replacement, before):
            sampler.restore(before)
            sampler.accept_text(replacement)
            return self.tokenize(replacement.encode("utf-8"), add_bos=False, special=False)
        if before is not None:
            llama_cpp.llama_sampler_free(before)
        return []

    def _forced_tokens(self, sampler: GrammarCheckedGreedy, end: int, answer: list[int],
                       runaway: RunawayList | None = None) -> tuple[list[int], bool]:
        """The forced text's tokens, accepted into the grammar; all of them when they end the
        answer, else all but the last. The last is left to the model, which may join it to
        the choice that follows, as it would unforced: fed '"t":[' the model reads a finished
        token and favours ']', where its own '":["' would have opened the list (measured: every
        kinds list came out empty). Also whether the answer is complete after them. A list
        that `runaway` says has run away is closed here, the ']' fed with the forced text."""
        text, completes = sampler.forced_text(end)
        if runaway is not None and not completes and self._ends_object(answer, text):
            so_far = self.detokenize(answer).decode("utf-8", "ignore") + text
            if runaway.closes(so_far) and sampler.admits(text + "]"):
                sampler.accept_text(text + "]")
                return self.tokenize((text + "]").encode("utf-8"), add_bos=False, special=False), False
        tokens = self.tokenize(text.encode("utf-8"), add_bos=False, special=False) if text else []
        if not completes:
            tokens = tokens[:-1]
        if tokens:
            sampler.accept_text(self.detokenize(tokens).decode("utf-8"))
        return tokens, completes

    def _ends_object(self, answer: list[int], forced: str) -> bool:
        """Whether the answer so far, `forced` text included, ends with a '}' (only there can
        a list close), read from its last piece rather than the whole answer."""
        return (forced or self.detokenize(answer[-1:]).decode("utf-8", "ignore")).endswith("}")

    def _unread_part(self, prompt: list[int]) -> list[int]:
        """The prompt tokens the context has not read yet: llama.cpp keeps the longest common
        prefix with the previous request. At least one token is always re-read, since the
        logits of the last one are needed and may be gone.

        A new document is read from the end of the system message, never from wherever it
        happens to share words with the previous one, and a fresh context reads the system
        message alone first: a token's numbers depend slightly on the batch it is read in, so
        otherwise a summary would depend on the documents summarised before it (measured:
        one eval document scored 0.52 after its predecessor, 0.57 first in a process)."""
        messages_end = _ends_of_first_messages(prompt, self.token_eos())
        anchor = messages_end[0] if messages_end else 0  # the system message ends here
        common = 0
        if self.n_tokens > 0:
            for cached, wanted in zip(self.input_ids[: self.n_tokens], prompt, strict=False):
                if cached != wanted:
                    break
                common += 1
            if len(messages_end) == 2 and common < messages_end[1]:
                common = min(common, anchor)  # another document: keep the system message only
            if common < anchor:
                common = 0  # another system message (another prompt): read it whole again
            common = min(common, len(prompt) - 1)
        if common > 0 and self._ctx.kv_cache_seq_rm(-1, common, -1):
            self.n_tokens = common
        else:
            self.reset()
        if self.n_tokens < anchor < len(prompt):
            # The system message, read from an empty context (or its saved state loaded).
            saved = self.prefix_states
            if saved is None or not saved.load(self, prompt[:anchor]):
                self.eval(prompt[:anchor])
                if saved is not None:
                    saved.save(self, prompt[:anchor])
        return prompt[self.n_tokens :]


def _ends_of_first_messages(prompt: list[int], end: int, count: int = 2) -> list[int]:
    """Where the first `count` messages of a chat prompt end (just past each end-of-turn token)."""
    ends: list[int] = []
    while len(ends) < count:
        try:
            ends.append(prompt.index(end, ends[-1] if ends else 0) + 1)
        except ValueError:
            break
    return ends


def _is_checked(kwargs: dict[str, Any]) -> bool:
    """Greedy and grammar-constrained, with no logits processor: what the checked path decodes."""
    return kwargs.get("grammar") is not None and kwargs.get("temp") == 0.0 and kwargs.get("logits_processor") is None
