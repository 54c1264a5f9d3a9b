"""One failed document, one line: its exit code and a reason that names the file.

`summarise` prints the line and `batch` writes it into its error record; both classify a
failure here so that the codes (README, `--help`) mean the same thing everywhere.
"""

from __future__ import annotations

from summariser.backends.base import BackendError
from summariser.document import DocumentError

EXIT_BACKEND = 1  # document problems use DocumentError codes 2-6
# What a document can be expected to fail with; anything else is a bug and shows its traceback.
EXPECTED = (DocumentError, BackendError, OSError, ValueError)


def failure(source: str, err: BaseException) -> tuple[int, str]:
    """(exit code, one-line reason naming `source`) for a document that failed with `err`."""
    if isinstance(err, DocumentError):
        return err.code, " ".join(str(err).split())
    reason = str(err) if isinstance(err, EXPECTED) else f"unexpected {type(err).__name__}: {err}"
    return EXIT_BACKEND, f"{source}: {' '.join(reason.split())}"
