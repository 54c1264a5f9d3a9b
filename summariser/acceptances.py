"""Who accepts what a readout leaves agentless: 'Minister Sadvakasov invited Minister Abdrakhmanov to pay an
official visit ... The invitation was accepted with gratitude.' The one invited accepts, not the host whose
readout it is (the model's guess, or the voice)."""

from __future__ import annotations

import re

from summariser.schema import Position, Request

# an acceptance told in the passive, with no one named as accepting it
_ACCEPTED = re.compile(r"^\W*(?:The|This|That|Both)\s+invitations?\s+(?:was|were|has\s+been|had\s+been)\s+"
                       r"(?:\w+ly\s+)?accepted\b(?!\s+by\b)", re.I)


def accepted_by_the_invited(positions: list[Position], requests: list[Request]) -> None:
    """Each agentless acceptance of an invitation held by whom the last invitation before it asked."""
    invitations = sorted((r for r in requests if r.force == "invitation" and r.addressee is not None),
                         key=lambda r: r.evidence[0].start)
    for position in positions:
        said = position.evidence[0]
        if not _ACCEPTED.match(said.quote):
            continue
        before = [r for r in invitations if r.evidence[0].start < said.start]
        if before and before[-1].addressee != before[-1].requester:
            position.holder = before[-1].addressee  # type: ignore[assignment]
