"""bench.peers wired end to end without the embedded model: the peers talk HTTP to the loopback
stub server (`--model/--base-url`), ours is replayed from the eval recordings."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from bench import peers
from bench.llama_server import ServerError, llama_server
from tests.openai_server import OpenAIStubServer, Reply

SHOAL_CCG, SHOAL_PH = "003_second_thomas_shoal_ccg", "004_second_thomas_shoal_ntf_wps"  # test split

NAIVE_CCG = {
    "genre": "statement", "overview": "The China Coast Guard accused Philippine boats of intruding.",
    "parties": [{"name": "China Coast Guard", "kind": "government_body", "for": "China"},
                {"name": "Philippines", "kind": "state", "for": None}],
    "positions": [], "requests": [],
    "contested_claims": [{
        "asserted_by": "China Coast Guard", "disputed_by": ["Philippines"], "claim": "Philippine boats intruded",
        "status": "allegation",
        "quote": "entered the waters adjacent to Ren'ai Jiao in China's Nansha Islands without the permission",
    }],
}


def naive_responder(request: dict[str, Any]) -> Reply | str:
    """The Chinese statement gets a whole summary; the Philippine one runs out of tokens."""
    if "Ren'ai Jiao" in request["messages"][-1]["content"]:
        return json.dumps(NAIVE_CCG)
    return Reply(body='{"genre":"statement","overview":"The National Task Force', finish_reason="length")


def test_naive_and_replayed_ours_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    with OpenAIStubServer(responder=naive_responder) as server:
        peers.main(["--systems", "naive,ours", "--replay-ours", "--model", "test-model", "--base-url",
                    server.base_url, "--ids", SHOAL_CCG, SHOAL_PH, "--out", str(out)])
    assert not server.errors
    results = json.loads(out.read_text())
    assert results["documents"] == [SHOAL_CCG, SHOAL_PH]
    naive, ours = results["systems"]["naive"], results["systems"]["ours"]
    assert naive["failures"] == 1  # the reply cut off at the token cap
    assert naive["grounded_rate"] == 1.0 and naive["proposed_evidence"] == 1
    assert naive["contested_claims_f1"] > 0  # the CCG's charge lies on a gold claim
    assert naive["completion_tokens_per_doc"] >= peers.MAX_TOKENS / 2  # the cut-off reply spent the budget
    assert naive["integrity"]["schema_valid"] == 1  # the failed document scores as an empty summary
    # Ours, replayed: scored, but no model ran, so no seconds and no speed ratio.
    assert ours["failures"] == 0 and ours["micro_f1"] > 0 and ours["grounded_rate"] == 1.0
    assert ours["seconds_per_doc"] is None and results["naive_over_ours_seconds"] is None
    assert results["per_document"]["naive"][SHOAL_PH]["error"].endswith(f"cut off at {peers.MAX_TOKENS} tokens")
    printed = capsys.readouterr().out
    assert "| naive | " in printed and "| ours | " in printed and "n/a (ours not timed)" in printed


def test_langextract_row_over_the_stub(tmp_path: Path) -> None:
    pytest.importorskip("langextract", reason="langextract is the optional extra .[bench]")

    def responder(request: dict[str, Any]) -> str:
        chunk = request["messages"][-1]["content"].rsplit("Q: ", 1)[1]
        found = [{"party": "Gan Yu", "party_attributes": {"kind": "person", "affiliation": "China Coast Guard"}},
                 {"position": "took necessary control measures to stop them",
                  "position_attributes": {"holder": "Gan Yu"}}]
        return json.dumps({"extractions": [e for e in found if next(iter(e.values())) in chunk]})

    with OpenAIStubServer(responder=responder) as server:
        results = peers.main(["--systems", "langextract", "--model", "test-model", "--base-url", server.base_url,
                              "--ids", SHOAL_CCG, "--out", str(tmp_path / "r.json")])
    row = results["systems"]["langextract"]
    assert row["failures"] == 0 and row["proposed_evidence"] == 1 and row["grounded_rate"] == 1.0
    assert row["completion_tokens_per_doc"] > 0 and row["seconds_per_doc"] is not None
    dev = json.loads((peers.ROOT / "evals" / "split.json").read_text())["dev"]
    assert results["settings"]["langextract_example"] in dev


def test_a_server_that_cannot_load_its_model_fails_fast_with_its_log(tmp_path: Path) -> None:
    pytest.importorskip("uvicorn", reason="llama_cpp.server needs the `bench` extra: pip install -e '.[bench]'")
    bogus = tmp_path / "not-a-model.gguf"
    bogus.write_bytes(b"GGUF but not really")
    started = time.monotonic()
    # The log's tail names the cause: the arguments parsed, the model file did not load.
    with pytest.raises(ServerError, match="(?s)exited with code.*Failed to load model"), \
            llama_server(bogus, threads=1, startup_timeout=60):
        pass
    assert time.monotonic() - started < 60
