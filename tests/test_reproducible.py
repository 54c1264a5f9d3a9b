"""A document reads the same whatever was summarised before it in the process.

llama.cpp keeps the longest common prompt prefix between requests, and a token's numbers
depend slightly on the batch it is read in. The embedded model therefore reads every new
document from the end of the system message, and a fresh context reads the system message
alone first (`CheckedGrammarLlama._unread_part`): the logits a document ends on are then the
same bit for bit, first in a process or after any other document.
"""

from __future__ import annotations

import numpy as np
import pytest

from summariser.backends.embedded import load_llama
from summariser.backends.prefix_state import PrefixStates

pytestmark = pytest.mark.model

SYSTEM = "You summarise political statements as JSON. " * 40  # long enough to span a read batch
FIRST = "Statement by the Ministry of Foreign Affairs. The Ministry condemns the shelling of the port of Esk."
SECOND = "Statement by the Ministry of Foreign Affairs. The Ministry welcomes the talks held in Lirania."


@pytest.fixture(scope="module")
def llama():
    from summariser.backends.model_file import ensure_model_file

    return load_llama(str(ensure_model_file()))


def _prompt(llama, document: str) -> list[int]:
    text = (f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n<document>\n{document}\n</document>"
            "<|im_end|>\n<|im_start|>assistant\n")
    return llama.tokenize(text.encode("utf-8"), add_bos=False, special=True)


def _logits_after(llama, prompt: list[int]) -> np.ndarray:
    llama.eval(llama._unread_part(prompt))
    return np.ctypeslib.as_array(llama._ctx.get_logits(), shape=(llama.n_vocab(),)).copy()


def test_a_document_ends_on_the_same_logits_fresh_or_after_another(llama):
    first, second = _prompt(llama, FIRST), _prompt(llama, SECOND)
    shared = next(i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b)
    system_end = first.index(llama.token_eos()) + 1
    assert shared > system_end + 5  # the documents share their opening words, past the system message

    llama.reset()
    fresh = _logits_after(llama, first)
    _logits_after(llama, second)
    assert llama.n_tokens == len(second)
    again = _logits_after(llama, first)
    assert np.array_equal(fresh, again)

    # The same document asked again (a later question about it) reuses what was read.
    before = llama.n_tokens
    assert llama._unread_part(first) == first[-1:] and llama.n_tokens == before - 1


class CountingStates(PrefixStates):
    """Saved system-message states that count how often one was loaded."""

    loaded = 0

    def load(self, llama, tokens) -> bool:
        found = super().load(llama, tokens)
        self.loaded += int(found)
        return found


def test_a_saved_system_message_state_ends_on_the_same_logits(llama, tmp_path):
    before = llama.prefix_states
    llama.prefix_states = states = CountingStates(tmp_path, llama.model_path)
    try:
        first = _prompt(llama, FIRST)
        llama.reset()
        read = _logits_after(llama, first)  # read, and its state saved
        [saved] = tmp_path.glob("*.state")
        llama.reset()
        loaded = _logits_after(llama, first)
        assert states.loaded == 1 and np.array_equal(read, loaded)
        # a file cut short is refused and the message read again, to the same logits
        saved.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])
        llama.reset()
        assert np.array_equal(read, _logits_after(llama, first)) and states.loaded == 1
    finally:
        llama.prefix_states = before


def test_only_the_latest_states_are_kept(llama, tmp_path):
    import os

    from summariser.backends import prefix_state

    states = PrefixStates(tmp_path, llama.model_path)
    for age in range(prefix_state.KEEP + 2):  # old states of prompts no longer run
        old = tmp_path / f"{age:064d}.state"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    llama.reset()
    llama.eval(_prompt(llama, FIRST)[:20])
    states.save(llama, _prompt(llama, FIRST)[:20])
    kept = sorted(f.name for f in tmp_path.glob("*.state"))
    assert len(kept) == prefix_state.KEEP and f"{0:064d}.state" not in kept and f"{1:064d}.state" not in kept
