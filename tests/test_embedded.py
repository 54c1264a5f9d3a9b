"""The embedded model, for real, on the seed document (about a minute on two cores)."""

from __future__ import annotations

import pytest

from summariser import summarise
from summariser.schema import Summary
from tests.conftest import SEED

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_summary() -> Summary:
    return summarise(SEED.read_text(encoding="utf-8"), doc_id="seed")


def test_seed_summary_is_valid_and_fully_grounded(seed_summary):
    text = SEED.read_text(encoding="utf-8")
    again = Summary.model_validate_json(seed_summary.model_dump_json(), context={"text": text})
    assert again == seed_summary
    for item in seed_summary.items():
        for ev in item.evidence:
            assert text[ev.start : ev.end] == ev.quote


def test_seed_summary_names_the_sides(seed_summary):
    names = " ".join([p.name for p in seed_summary.parties] + [a for p in seed_summary.parties for a in p.aliases])
    assert "Azerbaijan" in names or "Aliyev" in names
    assert "Armenia" in names
    assert "United States" in names or "U.S." in names or "Blinken" in names


def test_seed_summary_has_positions_and_requests(seed_summary):
    assert seed_summary.positions and seed_summary.requests
    prov = seed_summary.provenance
    assert prov.backend == "embedded" and prov.completion_tokens > 0 and prov.attempts >= 2
    assert prov.prompt_version == "summarise.v2" and len(prov.prompt_sha256) == 64
    assert seed_summary.document.date == "2023-09-20"


def test_weights_skip_the_amx_buffer_only_where_the_build_has_amx():
    """The AMX weight buffer crashes this model's first multi-token batch (llama.cpp issue 20824)."""
    llama_cpp = pytest.importorskip("llama_cpp")
    import llama_cpp.llama_cpp as low_level

    from summariser.backends.embedded import _no_amx_weights

    has_amx = b"AMX_INT8 = 1" in llama_cpp.llama_print_system_info()
    default_params = low_level.llama_model_default_params
    with _no_amx_weights():
        assert low_level.llama_model_default_params().use_extra_bufts is (not has_amx)
    assert low_level.llama_model_default_params is default_params
    assert low_level.llama_model_default_params().use_extra_bufts is True
