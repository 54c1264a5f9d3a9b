"""Versioned prompt files: `prompts/<name>.v<N>.md`, split into `## section` blocks.

The file's SHA-256 and its version go into every summary's provenance, so a result can be
traced to the exact prompt text that produced it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PROMPT = "summarise.v2"


def prompts_dir() -> Path:
    """`$SUMMARISER_PROMPTS_DIR`, else the `prompts/` folder beside the package (a checkout,
    an editable install), else the copy a wheel installs as the data package
    `summariser_prompts` (pyproject.toml)."""
    explicit = os.environ.get("SUMMARISER_PROMPTS_DIR")
    if explicit:
        return Path(explicit)
    beside = Path(__file__).resolve().parent.parent / "prompts"
    if beside.is_dir():
        return beside
    installed = importlib.util.find_spec("summariser_prompts")  # a folder of data, no __init__.py
    locations = list(installed.submodule_search_locations or []) if installed else []
    return Path(locations[0]) if locations else beside  # else load_prompt names the missing file


@dataclass(frozen=True)
class Prompt:
    version: str  # e.g. "summarise.v1"
    sha256: str
    sections: dict[str, str]

    def __getitem__(self, section: str) -> str:
        return self.sections[section]


def load_prompt(version: str = DEFAULT_PROMPT, directory: Path | None = None) -> Prompt:
    path = (directory or prompts_dir()) / f"{version}.md"
    if not path.is_file():
        raise FileNotFoundError(f"prompt file {path} not found (set SUMMARISER_PROMPTS_DIR?)")
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    sections: dict[str, str] = {}
    for m in re.finditer(r"^## (\w+)\n(.*?)(?=^## \w+\n|\Z)", text, re.S | re.M):
        sections[m.group(1)] = m.group(2).strip()
    return Prompt(version=version, sha256=hashlib.sha256(raw).hexdigest(), sections=sections)
