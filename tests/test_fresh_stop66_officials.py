"""Stop 66, after its first two rounds: an official the model listed by rank and nationality alone, with no name
('Senior Honduran official', 'Polish ambassador'), is the state that official serves, not a party of its own."""

from __future__ import annotations

from summariser.drafts import PartyDraft
from summariser.keep import prune_parties
from summariser.parties import build_parties
from summariser.schema import Evidence, Position


def _holding(book, name: str, text: str, quote: str) -> Position:
    at = text.index(quote)
    return Position(id="s1", holder=book.find(name).id, stance="x",
                    evidence=[Evidence(quote=quote, start=at, end=at + len(quote))])


def test_an_unnamed_official_of_a_state_is_the_state() -> None:
    # '"If they had raised it privately, none of this would have happened," the official said.' was held by the
    # model's 'Senior Honduran official', a party no annotator lists
    text = ("TEGUCIGALPA (CPS) - Honduras ended the treaty. A senior Honduran official said the president had been "
            "angered. \"If they had raised it privately, none of this would have happened,\" the official said.\n")
    book = build_parties([PartyDraft(name="Honduras", kind="state", acts_for=None),
                          PartyDraft(name="Senior Honduran official", kind="person", acts_for="Honduras"),
                          PartyDraft(name="Xiomara Castro", kind="person", acts_for="Honduras")], text)
    position = _holding(book, "Senior Honduran official", text, "none of this would have happened")
    prune_parties(book, [position], None)
    assert [p.name for p in book.parties] == ["Honduras"]
    assert book.by_id(position.holder).name == "Honduras"


def test_a_named_official_and_a_bodys_spokesperson_stay() -> None:
    # (a person with a name stays, and so does an organisation's unnamed spokesperson, no state's)
    text = "Commission spokesperson Anitta Hipper said the EU would respond. Polish envoy Jan Nowak agreed.\n"
    book = build_parties([PartyDraft(name="European Commission", kind="international_org", acts_for=None),
                          PartyDraft(name="Commission spokesperson", kind="person", acts_for="European Commission"),
                          PartyDraft(name="Jan Nowak", kind="person", acts_for="Poland"),
                          PartyDraft(name="Poland", kind="state", acts_for=None)], text)
    items = [_holding(book, "Commission spokesperson", text, "the EU would respond"),
             _holding(book, "Jan Nowak", text, "agreed")]
    prune_parties(book, items, None)
    assert {"Commission spokesperson", "Jan Nowak"} <= {p.name for p in book.parties}
