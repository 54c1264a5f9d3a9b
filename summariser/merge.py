"""One document from its windows: the windows' party lists, parties and items made one.

A long document is read window by window (`windows`), each window with its own parties call.
The windows' party drafts then go through `build_parties` together, so one actor named in
several windows becomes one party with every alias collected (the same matcher as for a
short document); a person named in full in one window and by surname alone in another is
folded into one. Items stated twice (the same holder and the same or overlapping words) are
merged into one item with both evidence spans.
"""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

from summariser.assemble import Run
from summariser.drafts import PartiesDraft
from summariser.naming import speaker_in
from summariser.parties import PartyBook, norm
from summariser.schema import ContestedClaim, Evidence, Position, Request, key_role

I = TypeVar("I", Position, Request, ContestedClaim)  # noqa: E741 - the usual name for an item type
_KIND = {"pos": "position", "req": "request", "cc": "contested claim"}  # by id prefix, for notes


def _most_common(values: list[str | None]) -> str | None:
    """The value most windows gave, compared by `norm`; ties go to the earliest window."""
    counts = Counter(norm(v) if v else None for v in values)
    winner = counts.most_common(1)[0][0]  # equal counts keep first-seen order
    return next(v for v in values if (norm(v) if v else None) == winner)


def merge_drafts(drafts: list[PartiesDraft]) -> PartiesDraft:
    """The windows' parties answers as one: every party draft, in reading order, and the genre
    and voice most windows gave (each window sees only part of the document; the first one,
    with the heading, wins a tie)."""
    genre = _most_common([d.genre for d in drafts])
    voice = _most_common([d.voice for d in drafts])
    return PartiesDraft(genre=genre, parties=[p for d in drafts for p in d.parties], voice=voice)


def unify_people(book: PartyBook) -> None:
    """Fold a person known only by surname ('Petrova', from a later window's 'Minister
    Petrova') into the one person whose full name ends so ('Ana Petrova'): one actor, one id,
    the short form kept as an alias so that sentence answers naming it still resolve.
    A surname two people share stays apart (`speaker_in` then names nobody)."""
    full = [p for p in book.parties if p.kind == "person" and len(p.name.split()) >= 2]
    folded: dict[str, str] = {}
    for p in book.parties:
        if p.kind != "person" or len(p.name.split()) != 1:
            continue
        same = speaker_in(p.name, full)
        if same is None:
            continue
        same.aliases += [a for a in (p.name, *p.aliases) if a not in same.aliases and norm(a) != norm(same.name)]
        same.title = same.title or p.title
        same.affiliation = same.affiliation or p.affiliation
        folded[p.id] = same.id
        book.notes.append(f"party {p.name!r} is {same.name!r} named by surname: merged")
    if folded:
        for p in book.parties:
            p.affiliation = folded.get(p.affiliation or "", p.affiliation)
        book.replace([p for p in book.parties if p.id not in folded])


def _same_words(a: Evidence, b: Evidence) -> bool:
    """Overlapping spans, or the same words (case, spacing and punctuation aside)."""
    overlap = a.start < b.end and b.start < a.end
    return overlap or norm(" ".join(a.quote.split())) == norm(" ".join(b.quote.split()))


def merge_duplicates(items: list[I], prefix: str, run: Run) -> list[I]:
    """`items` with repeats folded into the first: same key role (holder, requester or
    claimant) and equivalent evidence. Ids are renumbered `prefix`1, 2, ..."""
    kept: list[I] = []
    for item in items:
        twin = next((k for k in kept if key_role(k) == key_role(item)
                     and any(_same_words(a, b) for a in k.evidence for b in item.evidence)), None)
        if twin is None:
            kept.append(item)
            continue
        spans = {(e.start, e.end): e for e in [*twin.evidence, *item.evidence]}
        twin.evidence = [spans[at] for at in sorted(spans)]
        if isinstance(twin, Request) and isinstance(item, Request):
            twin.addressee = twin.addressee or item.addressee
        if isinstance(twin, ContestedClaim) and isinstance(item, ContestedClaim):
            twin.disputed_by = list(dict.fromkeys([*twin.disputed_by, *item.disputed_by]))
            twin.status = "denied" if "denied" in (twin.status, item.status) else twin.status
        first, again = twin.evidence[0], item.evidence[0]
        run.notes.append(f"{_KIND[prefix]} at [{again.start}:{again.end}] repeats the one at "
                         f"[{first.start}:{first.end}]: merged into one with both spans")
    for n, item in enumerate(kept, start=1):
        item.id = f"{prefix}{n}"
    return kept


def drop_repeats(items: list[I], prefix: str) -> list[I]:
    """Items told twice alike, once the parties are settled: 'called on the Sudanese Armed Forces and
    the Rapid Support Forces to ...' asked two names the model had listed, both folded into Sudan
    since. The first is kept; ids are numbered again."""
    kept: list[I] = []
    seen: set[str] = set()
    for item in items:
        key = item.model_dump_json(exclude={"id"})
        if key not in seen:
            seen.add(key)
            kept.append(item.model_copy(update={"id": f"{prefix}{len(kept) + 1}"}))
    return kept
