"""Long documents read in windows: the splitter, the merge, and a 3,000-word document end to end
on the real Pipeline against the loopback OpenAI-compatible server (tests/openai_server.py).

The sentence calls are answered by `tests.test_pipeline_openai.responder` (its phrase table:
'emphasized that' is a position of Ilham Aliyev, 'called for a ceasefire' a request of Antony
Blinken, 'will be stopped if' a conditional request of Aliyev to Armenia, other sentences state
nothing). The parties calls are answered here, window by window: each window's answer lists the
actors its own text names, in the form it names them.
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest

from summariser.backends import make_backend
from summariser.backends.base import BackendError
from summariser.backends.openai_compat import OpenAIBackend
from summariser.backends.store import RecordingStore
from summariser.document import Document
from summariser.pipeline import Pipeline
from summariser.reading import keeps_nothing, worth_reading
from summariser.schema import Summary
from summariser.windows import (
    WINDOW_TOKENS,
    estimate_tokens,
    items_per_window,
    split_windows,
)
from tests.conftest import ROOT
from tests.openai_server import OpenAIStubServer
from tests.test_pipeline_openai import responder as seed_responder

BUDGET = 1500  # tokens per window in the end-to-end test: a 3,000-word document needs 4 or 5

TOPICS = ["border demarcation", "water sharing", "rail transit", "prisoner exchange", "mine clearance",
          "energy supply", "customs posts", "grazing rights", "air traffic", "cultural heritage",
          "refugee return", "trade quotas", "fishing zones", "road building", "telecom links", "river dredging"]
CITIES = ["Geneva", "Vienna", "Tbilisi", "Astana", "Doha", "Oslo", "Ankara", "Brussels", "Prague", "Helsinki"]
FILLER = [  # sentences that state no position, request or claim (the responder answers [] to them)
    "The delegations reviewed the timetable for the {topic} talks in {city} over several hours.",
    "Experts from both capitals compared maps and figures on {topic} during a long working lunch.",
    "A technical group on {topic} is expected to meet again in {city} early next month.",
    "Journalists waiting outside the venue in {city} were briefed on the agenda only briefly.",
    "The chief negotiators exchanged draft language on {topic} and took the texts home for study.",
    "Several regional observers followed the {topic} sessions from a separate room in {city}.",
    "Officials described the atmosphere of the {topic} meeting as businesslike and calm.",
    "The next round on {topic} could take place in {city} once the calendars allow it.",
    "Local newspapers in {city} carried long reports on the history of the {topic} dispute.",
    "Interpreters worked in three languages throughout the {topic} sessions in {city}.",
]
CLOSING = "President Ilham Aliyev emphasized that Azerbaijan would honour its obligations on {topic}."
REPEATED = "Antony Blinken called for a ceasefire and urged Azerbaijan to return to talks."
LAST = ("Finally, President Ilham Aliyev said that the operation will be stopped if the Armenian units lay down "
        "their arms. Secretary Blinken later published the list of participants.")


def long_text(paragraphs: int = 32) -> str:
    """About 3,000 words: an opening naming the actors in full, paragraphs of varied neutral
    sentences that each end with a position of Aliyev on their own topic (so every overlap
    holds an item), one statement of Blinken made twice far apart, and a last paragraph that
    alone holds Aliyev's conditional request to Armenia and names Blinken by surname only."""
    rng = random.Random(4)
    out = ["Readout of the talks, 20 September 2023",
           "Antony Blinken, the Secretary of State of the United States, spoke with Ilham Aliyev. "
           "The sides discussed the situation along the border with Armenia. " + REPEATED]
    for n in range(paragraphs):
        topic, city = TOPICS[n % len(TOPICS)], CITIES[n % len(CITIES)]
        body = [rng.choice(FILLER).format(topic=topic, city=rng.choice(CITIES)) for _ in range(5)]
        body[2] = FILLER[n % len(FILLER)].format(topic=f"{topic} ({n + 1})", city=city)  # no two paragraphs alike
        out.append(" ".join([*body, CLOSING.format(topic=f"{topic} in round {n + 1}")]))
        if n == paragraphs // 2:
            out.append(REPEATED)
    out.append(LAST)
    return "\n\n".join(out) + "\n"


# (words the window must contain, the party the "model" lists then); a surname form only
# when the window lacks the full name, as a model names whom it sees.
ACTORS: list[tuple[str, dict[str, Any]]] = [
    ("Ilham Aliyev", {"name": "President Ilham Aliyev", "kind": "person", "for": "Azerbaijan"}),
    ("Azerbaijan", {"name": "Azerbaijan", "kind": "state", "for": None}),
    ("Antony Blinken", {"name": "Antony Blinken", "kind": "person", "for": "United States"}),
    ("Blinken", {"name": "Secretary Blinken", "kind": "person", "for": "United States"}),
    ("United States", {"name": "United States", "kind": "state", "for": None}),
    ("Armenia", {"name": "Armenia", "kind": "state", "for": None}),
]


def shown(messages: list[dict[str, Any]]) -> str:
    """The numbered text a parties call shows the model."""
    return re.search(r"<document>\n(.*)\n</document>", messages[1]["content"], re.S).group(1)


def window_responder(request: dict[str, Any]) -> str:
    """The parties call of a window: the actors its text names; sentence calls: the seed's."""
    if "parties" not in request["response_format"]["json_schema"]["schema"]["properties"]:
        return seed_responder(request)
    forms = [form for form, _ in ACTORS if form in shown(request["messages"])]
    named = [draft for form, draft in ACTORS if form in forms and not any(form in f and form != f for f in forms)]
    return json.dumps({"genre": "readout", "parties": named, "voice": "Azerbaijan"})


def http_pipeline(server: OpenAIStubServer, window_tokens: int) -> Pipeline:
    backend = OpenAIBackend(model="test-model", base_url=server.base_url, api_key="sk-x", timeout=5, max_retries=0)
    return Pipeline(backend, window_tokens=window_tokens)


def is_parties_call(request: Any) -> bool:
    return "parties" in request.json["response_format"]["json_schema"]["schema"]["properties"]


def asked_number(request: Any) -> int | None:
    """The sentence a first-time sentence call asks about (None: a parties call or a re-ask)."""
    last = request.messages[-1]["content"]
    found = re.search(r"Sentence \[(\d+)\], ", last)
    return int(found.group(1)) if found and not is_parties_call(request) else None


@pytest.fixture(scope="module")
def long_run() -> tuple[Document, Summary, list[Any]]:
    doc = Document(id="long", text=long_text())
    with OpenAIStubServer(responder=window_responder) as server:
        summary = http_pipeline(server, BUDGET).run(doc)
        requests = server.chat_requests
    assert not server.errors
    return doc, summary, requests


def test_a_3000_word_document_is_windowed_and_fully_grounded(long_run):
    doc, summary, requests = long_run
    assert 2800 <= len(doc.text.split()) <= 3400
    windows = split_windows(doc, BUDGET)
    assert len(windows) >= 3 and len(split_windows(doc, WINDOW_TOKENS)) >= 2  # the default budget windows it too
    Summary.model_validate(summary.model_dump(), context={"text": doc.text})
    assert summary.items()
    for item in summary.items():
        for ev in item.evidence:
            assert doc.text[ev.start : ev.end] == ev.quote
    # Every call counted; one note says how the document was read and what each window found.
    assert summary.provenance.attempts == len(requests)
    assert summary.provenance.prompt_tokens > 0 and summary.provenance.completion_tokens > 0
    note = next(n for n in summary.provenance.notes if n.startswith(f"read in {len(windows)} windows"))
    counts = items_per_window(windows, summary.items())
    assert note.endswith(f"items found per window: {', '.join(map(str, counts))}")
    assert sum(counts) == len(summary.items()) and all(counts)


def test_each_window_is_asked_about_its_own_sentences_once(long_run):
    doc, _, requests = long_run
    windows = split_windows(doc, BUDGET)
    parties_calls = [r for r in requests if is_parties_call(r)]
    assert len(parties_calls) == len(windows)
    for call, window in zip(parties_calls, windows, strict=True):
        text = shown(call.messages)
        assert [int(n) for n in re.findall(r"^\[(\d+)\] ", text, re.M)] == [s.number for s in window.sentences]
        assert estimate_tokens(text) <= BUDGET
    asked = [n for n in map(asked_number, requests) if n is not None]
    # each once, none left out but the lines that keep nothing
    assert sorted(asked) == [s.number for s in doc.sentences if worth_reading(s, doc.text) and not keeps_nothing(s)]


def test_an_item_stated_only_in_the_last_paragraph_is_found(long_run):
    doc, summary, _ = long_run
    last_paragraph = doc.text.rindex("\n\n")
    late = [r for r in summary.requests if r.evidence[0].start > last_paragraph]
    assert len(late) == 1 and "will be stopped if" in late[0].evidence[0].quote
    party = {p.id: p.name for p in summary.parties}
    assert party[late[0].requester] == "Ilham Aliyev" and party[late[0].addressee] == "Armenia"
    assert late[0].condition and late[0].force == "demand"


def test_parties_named_in_different_windows_are_one_party(long_run):
    doc, summary, _ = long_run
    windows = split_windows(doc, BUDGET)
    assert "Armenia" in windows[0].numbered() and "Armenia" in windows[-1].numbered()
    names = [p.name for p in summary.parties]
    assert len(names) == len(set(names)) == len({p.id for p in summary.parties})
    assert {"Ilham Aliyev", "Azerbaijan", "Antony Blinken", "Armenia"} <= set(names)
    # The last window names him 'Secretary Blinken' only: the same person, one id, the alias kept.
    assert "Antony Blinken" not in windows[-1].numbered()
    blinken = [p for p in summary.parties if any("Blinken" in n for n in (p.name, *p.aliases))]
    assert len(blinken) == 1 and {"Blinken", "Secretary Blinken"} <= set(blinken[0].aliases)
    aliyev = next(p for p in summary.parties if p.name == "Ilham Aliyev")
    assert "President Ilham Aliyev" in aliyev.aliases and aliyev.title == "President"


def test_an_item_in_an_overlap_appears_once(long_run):
    doc, summary, _ = long_run
    windows = split_windows(doc, BUDGET)
    shared = [s.number for s in doc.sentences if sum(s in w.sentences for w in windows) > 1]
    with_items = [n for n in shared if "emphasized that" in doc.sentence(n).text]
    assert with_items, "the test document should put a stated position in some overlap"
    for n in with_items:
        s = doc.sentence(n)
        assert len([p for p in summary.positions if s.start <= p.evidence[0].start < s.end]) == 1


def test_a_statement_made_twice_is_one_item_with_both_spans(long_run):
    doc, summary, _ = long_run
    places = [m.start() for m in re.finditer(re.escape(REPEATED), doc.text)]
    windows = split_windows(doc, BUDGET)
    assert len(places) == 2 and not any(all(w.start <= at < w.end for at in places) for w in windows)
    # The sentence asks twice ('called for a ceasefire and urged Azerbaijan to return to
    # talks'): two requests and a position, each stated in both places, each one item.
    for items, wording in ((summary.requests, "ceasefire"), (summary.requests, "urged Azerbaijan"),
                           (summary.positions, "ceasefire")):
        (twice,) = [item for item in items if wording in item.evidence[0].quote]
        where = [next(k for k, at in enumerate(places) if at <= ev.start < at + len(REPEATED)) for ev in twice.evidence]
        assert where == [0, 1]  # one item, a span at each place
        assert [item.id for item in items] == [f"{twice.id[:3]}{n}" for n in range(1, len(items) + 1)]
    assert sum("repeats the one at" in n for n in summary.provenance.notes) == 3


@pytest.mark.parametrize("doc_id", ["000_36ce6cf3a139d41a", "028_ethiopia_tigray_pretoria"])
def test_documents_within_the_budget_make_the_recorded_requests(doc_id):
    """The seed and the longest eval document (1,800 words) are one window, and every request
    they make is one recorded before windows existed: replay admits only byte-identical ones."""
    doc = Document(id=doc_id, text=(ROOT / "evals" / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8"))
    store = RecordingStore(ROOT / "evals" / "recordings", replay_only=True)
    pipeline = Pipeline(make_backend(None, store=store))
    assert pipeline.window_tokens == WINDOW_TOKENS and len(pipeline.windows(doc)) == 1
    summary = pipeline.run(doc)  # a changed request would raise StoreMiss
    assert not any(n.startswith("read in") for n in summary.provenance.notes)
    assert len(store.used) == summary.provenance.attempts


def test_a_short_document_over_http_is_read_whole(seed_doc):
    """The seed over the loopback server: one parties call showing the whole numbered text,
    just as without windows, and the same requests at any larger budget."""
    runs = []
    for budget in (WINDOW_TOKENS, 10**6):
        with OpenAIStubServer(responder=seed_responder) as server:
            http_pipeline(server, budget).run(seed_doc)
            runs.append([r.json for r in server.chat_requests])
    assert runs[0] == runs[1]
    assert runs[0][0]["messages"][1]["content"].startswith(f"<document>\n{seed_doc.numbered()}\n</document>\n")


def test_a_window_whose_parties_answer_names_nobody_is_skipped_and_noted():
    doc = Document(id="long", text=long_text(8))
    windows = split_windows(doc, 400)
    assert len(windows) >= 3

    def nobody_in_window_2(request: dict[str, Any]) -> str:
        shown = request["messages"][1]["content"]
        if "parties" in request["response_format"]["json_schema"]["schema"]["properties"] and \
                f"[{windows[1].sentences[-1].number}] " in shown and f"[{windows[1].sentences[0].number}] " in shown:
            return json.dumps({"genre": "readout", "parties": [{"name": "Zerath", "kind": "state", "for": None}],
                               "voice": None})
        return window_responder(request)

    with OpenAIStubServer(responder=nobody_in_window_2) as server:
        summary = http_pipeline(server, 400).run(doc)
        asked = {n for n in map(asked_number, server.chat_requests) if n is not None}
    assert not asked & windows[1].asked and asked
    skipped = f"window 2 ({windows[1].describe()}): the model named no party"
    assert any(n.startswith(skipped) for n in summary.provenance.notes)
    assert items_per_window(windows, summary.items())[1] == 0
    Summary.model_validate(summary.model_dump(), context={"text": doc.text})


def test_a_document_fails_when_no_window_names_a_party():
    doc = Document(id="long", text=long_text(8))
    nobody = json.dumps({"genre": "readout", "parties": [{"name": "Zerath", "kind": "state", "for": None}],
                         "voice": None})
    with OpenAIStubServer(responder=lambda request: nobody) as server:
        with pytest.raises(BackendError, match="the model found no party that the document names"):
            http_pipeline(server, 400).run(doc)
        assert all(is_parties_call(r) for r in server.chat_requests)
        assert len(server.chat_requests) == len(split_windows(doc, 400))


# --- the splitter -------------------------------------------------------------------------


@pytest.mark.parametrize("budget", [800, 100])
def test_windows_cover_the_document_with_small_overlaps_and_original_offsets(budget):
    doc = Document(id="long", text=long_text())
    windows = split_windows(doc, budget)
    assert len(windows) >= 6
    assert windows[0].sentences[0] == doc.sentences[0] and windows[-1].sentences[-1] == doc.sentences[-1]
    asked = sorted(n for w in windows for n in w.asked)
    assert asked == [s.number for s in doc.sentences]  # every sentence asked about exactly once
    for before, after in zip(windows, windows[1:], strict=False):
        overlap = [s for s in after.sentences if s in before.sentences]
        assert 1 <= len(overlap) <= 2 and overlap == list(before.sentences[-len(overlap) :])
        assert overlap[0].number in before.asked  # of one sentence (a tie) or the first of two
        assert overlap[-1].number in (after.asked if len(overlap) == 2 else before.asked)
    for w in windows:
        assert estimate_tokens(w.numbered()) <= budget
        assert all(doc.text[s.start : s.end] == s.text and doc.sentence(s.number) == s for s in w.sentences)
        assert w.text is doc.text and w.sentence(w.sentences[0].number) == w.sentences[0]
        numbers = [s.number for s in w.asked_sentences]
        assert numbers == list(range(numbers[0], numbers[-1] + 1))  # a contiguous stretch


def test_windows_end_at_paragraph_breaks_when_one_is_near():
    doc = Document(id="long", text=long_text())
    for w in split_windows(doc, 800)[:-1]:
        assert doc.text[w.end : w.end + 2] == "\n\n"


def test_a_document_within_the_budget_is_one_window(seed_doc):
    (window,) = split_windows(seed_doc, estimate_tokens(seed_doc.numbered()))
    assert window.sentences == tuple(seed_doc.sentences) and window.asked == {s.number for s in seed_doc.sentences}
    assert len(split_windows(seed_doc, estimate_tokens(seed_doc.numbered()) - 1)) == 2
