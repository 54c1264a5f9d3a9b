"""The Python API: summarise() and its async twin, against the loopback model server."""

from __future__ import annotations

import asyncio

from summariser import Summary, asummarise, summarise
from tests.conftest import SEED
from tests.openai_server import OpenAIStubServer
from tests.test_pipeline_openai import responder


def test_summarise_returns_a_grounded_summary():
    text = SEED.read_text(encoding="utf-8")
    with OpenAIStubServer(responder=responder) as server:
        summary = summarise(text, doc_id="seed", model="stub-model", base_url=server.base_url)
    assert isinstance(summary, Summary) and summary.document.id == "seed"
    summary.check_grounded(text)
    assert summary.provenance.model == "stub-model" and summary.provenance.input_sha256


def test_async_twin_runs_documents_concurrently():
    text = SEED.read_text(encoding="utf-8")
    with OpenAIStubServer(responder=responder, delay=0.05) as server:

        async def both() -> list[Summary]:
            return await asyncio.gather(
                asummarise(text, doc_id="a", model="stub-model", base_url=server.base_url),
                asummarise(text, doc_id="b", model="stub-model", base_url=server.base_url),
            )

        first, second = asyncio.run(both())
    assert {first.document.id, second.document.id} == {"a", "b"}
    assert first.requests == second.requests  # same text, same answers, no cross-talk


def test_the_wheel_lists_every_package_and_ships_the_prompts() -> None:
    """pyproject.toml names the packages one by one (the prompts ship as `summariser_prompts`
    from the top-level folder), so a new subpackage must be added there too."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(root).parts) for p in (root / "summariser").rglob("__init__.py")}
    assert on_disk <= set(config["packages"])
    assert config["package-dir"]["summariser_prompts"] == "prompts"
    assert (root / "prompts" / "summarise.v2.md").is_file()
