"""`python -m summariser` is the same as the `summariser` command."""

from summariser.cli import app

app()
