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
