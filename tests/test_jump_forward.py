"""Jump-forward decoding: text the grammar forces is fed in one batch, never chosen wrongly."""

from __future__ import annotations

import json

import pytest

from summariser.backends.base import request_schema
from summariser.backends.embedded import EmbeddedBackend, compact_grammar, load_llama
from summariser.backends.grammar_sampler import GrammarCheckedGreedy, char_probes
from summariser.drafts import SentenceDraft, party_choices

NAMES = ["Ana Petrova", "Lirania", "Regional Union"]
MESSAGES = [
    {"role": "system", "content": "You answer with JSON only."},
    {"role": "user", "content": 'Sentence: "Minister Ana Petrova urged the Regional Union to send monitors to the '
                                'border." "by": who speaks; "t": the kinds of item it states (position, request, '
                                'claim); "to": the party asked.'},
]


def test_the_key_says_whether_jump_forward_was_on(monkeypatch):
    monkeypatch.setenv("SUMMARISER_JUMP_FORWARD", "0")
    assert "jump_forward" not in EmbeddedBackend().decoding()
    monkeypatch.delenv("SUMMARISER_JUMP_FORWARD")
    assert EmbeddedBackend().decoding()["jump_forward"] is True


@pytest.fixture(scope="module")
def llama():
    from summariser.backends.model_file import ensure_model_file

    return load_llama(str(ensure_model_file()))


def _sampler(llama, schema: dict) -> GrammarCheckedGreedy:
    return GrammarCheckedGreedy(llama, compact_grammar(schema), char_probes(llama))


@pytest.mark.model
def test_forced_text_is_what_the_grammar_leaves_no_choice_about(llama):
    sampler = _sampler(llama, request_schema(SentenceDraft, party_choices(NAMES)))
    end = llama.token_eos()
    assert sampler.forced_text(end) == ('{"by":', False)
    sampler.accept_text('{"by":"Ana')  # one name starts so: the rest of it and the next key are forced
    assert sampler.forced_text(end) == (' Petrova","t":[', False)


@pytest.mark.model
def test_a_choice_hidden_behind_a_non_ascii_letter_is_left_to_the_model(llama):
    schema = {"type": "object", "properties": {"n": {"enum": ["Eire", "\u00c9ire"]}}, "required": ["n"]}
    sampler = _sampler(llama, schema)
    end = llama.token_eos()
    assert sampler.forced_text(end) == ('{"n":"', False)  # then 'E' or 'É': a choice, not 'E'
    sampler.accept_text('{"n":"')
    assert sampler.forced_text(end) == ("", False)


@pytest.mark.model
def test_text_that_ends_the_answer_is_reported_complete(llama):
    schema = {"type": "object", "properties": {"ok": {"enum": ["yes"]}}, "required": ["ok"]}
    sampler = _sampler(llama, schema)
    assert sampler.forced_text(llama.token_eos()) == ('{"ok":"yes"}', True)


@pytest.mark.model
def test_jumping_answers_are_valid_and_take_fewer_model_steps(llama, monkeypatch):
    grammar = compact_grammar(request_schema(SentenceDraft, party_choices(NAMES)))
    steps = []
    original = GrammarCheckedGreedy.sample
    monkeypatch.setattr(GrammarCheckedGreedy, "sample", lambda self, *a: steps.append(1) or original(self, *a))
    replies = {}
    for jump in (False, True):
        steps.clear()
        llama.jump_forward = jump
        reply = llama.create_chat_completion(messages=MESSAGES, grammar=grammar, temperature=0.0, max_tokens=80)
        replies[jump] = (reply["choices"][0]["message"]["content"], reply["usage"]["completion_tokens"], len(steps))
    llama.jump_forward = False
    for text, _, _ in replies.values():
        answer = SentenceDraft.model_validate(json.loads(text), context={"choices": party_choices(NAMES)})
        assert answer.by in [*NAMES, None] and "request" in answer.t and answer.to == "Regional Union"
    text, tokens, sampled = replies[True]
    assert sampled < tokens  # forced text went in without a model step of its own
    assert sampled < replies[False][2] - 5  # and far fewer steps than token-by-token decoding
