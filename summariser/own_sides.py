"""A side does not ask or accuse itself: the last look at the items once every party's ties are known
(a well-known official tied to his state after the items were read, 'the Belarusian side' listed
apart from Belarus), and a joint statement's voice does not ask or accuse its signatories."""

from __future__ import annotations

import re
from collections.abc import Collection

from summariser.addressees import asked_in_own_right
from summariser.denials import sides_as_known
from summariser.gazetteer import actor_of_adjective, actors_in
from summariser.links import signatories
from summariser.name_forms import listed_party
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.schema import ContestedClaim, Request


def _one_other_state(claim: ContestedClaim, book: PartyBook, own: Collection[str],
                     known: dict[str, set[str]]) -> list[str]:
    """The one listed state the claim's words name outside `own` ('The launch is one more flagrant
    breach of the DPRK's obligations'; '... beneficiaries are to be found on the Lithuanian side'),
    as the one it charges; else nobody."""
    words = " ".join(e.quote for e in claim.evidence)
    named = [actor for actor, _ in actors_in(words)] \
        + [actor for m in re.finditer(r"\b[A-Z][a-z]+\b", words) if (actor := actor_of_adjective(m[0])) is not None]
    # the state of each side named ('Lithuanian' may find the listed 'Lithuanian Government'; 'Lithuania',
    # 'Vilnius' and 'the Lithuanian side', listed apart, are one side until the parties are pruned)
    states = {frozenset(q for q in known.get(p.id, {p.id}) if (s := book.by_id(q)) is not None and s.kind == "state")
              for actor in named if (p := listed_party(actor, book)) is not None and p.id not in own}
    states.discard(frozenset())
    return sorted(states.pop(), key=lambda q: (len(q), q))[:1] if len(states) == 1 else []  # (in listed order)


def unask_own_side(requests: list[Request], claims: list[ContestedClaim], book: PartyBook) -> None:
    """A party does not ask its own side: an addressee the requester turned out to serve with
    is nobody the text names. Nor is a side's claim disputed by its own side (the IAEA's claim 'vs'
    its Director General): the one other state its words name does, if any. Nor does a joint
    statement's voice ask or accuse its signatories (`links.signatories`)."""
    side = sides(book.parties)
    signed = signatories(book) if book.voice is not None else set()
    for request in requests:
        own = side.get(request.requester, {request.requester})
        quote = request.evidence[0].quote
        # (a fellow signatory the words ask by name is asked: 'The Brazilian side requested that Viet Nam complete ...')
        signed_unnamed = {p for p in signed if p not in own and not speaker_in(quote, [book.by_id(p)])}
        # (a signatory asks none of its fellow signatories it does not name: 'Both sides called for adherence to ...')
        voiced = book.voice is not None and any(request.requester in side.get(s, {s}) for s in {*signed, book.voice.id})
        own = own | signed_unnamed if voiced else own
        asked = book.by_id(request.addressee) if request.addressee in own else None
        if asked is not None and not (asked_in_own_right(asked) and (  # ('I urge Allies to': NATO Allies)
                speaker_in(quote, [asked]) or re.search(rf"\b{re.escape(asked.name.split()[-1])}\b", quote))):
            request.addressee = None  # (a person of its own side it names, as in `build_items`, stays)
    known = sides_as_known(book.parties)  # ('the Belarusian side', listed apart, is Belarus's)
    for claim in claims:
        own = set().union(*(known.get(p, {p}) for p in side.get(claim.asserted_by, {claim.asserted_by})))
        if set(claim.disputed_by) & own:
            claim.disputed_by = [p for p in claim.disputed_by if p not in own] \
                or _one_other_state(claim, book, own, known)
    for claim in claims if signed else []:
        if book.voice is not None and claim.asserted_by == book.voice.id and set(claim.disputed_by) & signed:
            claim.disputed_by = [p for p in claim.disputed_by if p not in signed] \
                or _one_other_state(claim, book, signed | {book.voice.id}, known)
    # (a charge left accusing none but the voice's fellow signatories charges nobody: 'The agreement includes
    # their affirmation of the respect for the sovereignty of states' in China's statement with Saudi Arabia)
    claims[:] = [c for c in claims if c.disputed_by or c.status != "allegation" or not signed
                 or book.voice is None or c.asserted_by != book.voice.id]


def unask_own_state(requests: list[Request], book: PartyBook) -> None:
    """Once parties are pruned (one state listed twice is one), a request whose addressee is the
    requester's own state asks nobody the text identifies ('President Arévalo ... asked for Mexico's
    support', the model's 'Guatemala' asked)."""
    side = sides(book.parties)
    for request in requests:
        asked = book.by_id(request.addressee) if request.addressee else None
        if asked is not None and asked.kind == "state" and asked.id in side.get(request.requester, set()) \
                and asked.id != request.requester:
            request.addressee = None
