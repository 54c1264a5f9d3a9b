"""bench.long_docs refuses a selection with no long document before loading any model."""

import pytest

from bench import long_docs


def test_no_long_document_is_a_clear_error() -> None:
    with pytest.raises(SystemExit, match="no eval document has 1000000 words or more"):
        long_docs.main(["--min-words", "1000000"])
