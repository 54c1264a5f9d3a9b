"""Peer designs run on the same model and documents as our pipeline, for the side-by-side
benchmark (`bench/peers.py`): the naive one-call design and LangExtract. Each ends in the
contract's Summary (`contract.to_summary`), so the eval scorer scores all three alike."""
