"""From model drafts to the contract's items: grounded, de-duplicated, cued, worded.

Code does here what code does better than a small model: cuts exact evidence spans
(`grounding`), reads force, condition and denial off the wording (`cues`), condenses each
item's wording from its evidence (`wording`), and drops duplicates and anything that points
at no party (counted, never silent). The overview is written in `overview`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summariser import claim_cues, cues, headings, joint, wording
from summariser.addressees import addressed, asker_named, letter_recipient
from summariser.backends.base import Usage
from summariser.background import named_as_place, not_an_actor, only_reports
from summariser.document import Document
from summariser.drafts import SentenceDraft
from summariser.gazetteer import actors_in
from summariser.grounding import ground
from summariser.kinds import settle_kinds, subject_party
from summariser.name_forms import known_actor, listed_party
from summariser.naming import speaker_in
from summariser.parties import PartyBook, sides, written_with_article
from summariser.procedural import procedural
from summariser.reading import contacts_start
from summariser.schema import (
    ContestedClaim,
    Party,
    Position,
    Request,
)
from summariser.speakers import named_speakers, nobody_acts, second_speaker


@dataclass
class Run:
    """Book-keeping for one document's run: usage across calls and what was dropped."""

    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)
    dropped: int = 0

    def drop(self, reason: str) -> None:
        self.dropped += 1
        self.notes.append(reason)


def build_items(
    found: list[tuple[int, SentenceDraft]], doc: Document, book: PartyBook, run: Run, voice: Party | None = None
) -> tuple[list[Position], list[Request], list[ContestedClaim]]:
    """Contract items from (sentence number, draft) pairs. `voice` is the party the document
    speaks for: a sentence that attributes its statement to nobody is the voice's own."""
    positions: list[Position] = []
    requests: list[Request] = []
    claims: list[ContestedClaim] = []
    speakers = named_speakers(doc, book, voice)  # first: it may add the people who speak
    side = sides(book.parties)
    # a wire's reporters hold nothing, whatever the model said ('AP writer X contributed to this report')
    reporters = {p.id for p in book.parties if only_reports(p, book.text)}
    called = _called(book)
    last_asked: str | None = None  # whom the last request asked: 'We also urge them to ...'

    def read_sentence(number: int, d: SentenceDraft) -> None:
        nonlocal last_asked
        kinds = list(dict.fromkeys(d.t))
        sentence = doc.sentence(number)
        if kinds and sentence is not None and procedural(sentence.text):
            run.notes.append(f"sentence {number} only reports a meeting or call: nothing kept")
            return
        if kinds and sentence is not None and headings.issuer_phrase(sentence.text):
            run.notes.append(f"sentence {number} is a heading that names the issuer: nothing kept")
            return
        item = sentence.text if sentence else ""
        asked_in_list = cues.asked_by_lead_in([s.text for s in doc.sentences[: number - 1]], item) \
            if cues.list_item(item) else None
        if asked_in_list and "request" not in kinds:
            kinds.append("request")  # '(a) all Member States to halt ...' after 'The NUG calls on:'
        elif sentence is not None and cues.asks_of_list(sentence.text):
            kinds = [k for k in kinds if k != "request"]  # 'The NUG calls on:' asks nothing itself
        if not kinds:
            return
        attributed = number in speakers
        speaker = speakers.get(number) or (voice if not attributed else None)
        if speaker is None and not attributed and sentence is not None:
            # A report's own line ('ECOWAS had given the officers until Sunday ...'): its
            # subject acts, whoever the model named.
            speaker = subject_party(sentence.text, book)
            if speaker is None and voice is None and nobody_acts(sentence.text, book, side):
                run.notes.append(f"sentence {number} is the reporter's own narrative: nothing kept")
                return
        said = book.find(d.by)
        said = None if said is not None and said.id in reporters else said
        holder = holder_of(said, speaker, attributed, book, side, sentence.text if sentence else "")
        if holder is None:
            for kind in kinds:
                run.drop(f"{kind} in sentence {number} dropped: no party of the document holds it")
            return
        evidence = ground(doc, number)
        if evidence is None:
            run.drop(f"items of sentence {number} dropped: no such sentence")
            return
        context = sentence.text if sentence else ""
        if asked_in_list:
            context = asked_in_list
        own_side = side.get(holder.id, {holder.id})
        names = _names(book, side, holder)  # for the wording: whose frame and subject go
        settled = settle_kinds(kinds, book.find(d.to), holder, context, book, side, voice)
        run.notes.extend(f"sentence {number}: {note}" for note in settled.notes)
        kinds, other_id, claimant, reported = settled.kinds, settled.other_id, settled.claimant, settled.reported
        second = second_speaker(doc, number, book, own_side) if "position" in kinds else None
        stated = second[0] if second is not None else evidence  # '..., and Washington repeated ...': not its words
        answered = doc.sentence(number + 1)
        if voice is not None and voice.id not in own_side and "claim" not in kinds and answered is not None \
                and claim_cues.answers_what_was_said(answered.text) and attributed:
            # "Drovia says it wants good relations. But its army occupies ...": what the other side
            # says is its claim, and the voice disputes it in the next breath
            kinds, other_id, reported = [*kinds, "claim"], voice.id, True
            run.notes.append(f"sentence {number}: a claim the next sentence answers")
        if "position" in kinds:
            positions.append(Position(id=f"pos{len(positions) + 1}", holder=holder.id,
                                      stance=wording.statement(stated.quote, *names), evidence=[stated]))
        if second is not None and cues.asking_phrase(second[1].quote) is None:
            positions.append(Position(id=f"pos{len(positions) + 1}", holder=second[2].id, evidence=[second[1]],
                                      stance=wording.statement(second[1].quote, *_names(book, side, second[2]))))
        if "request" in kinds:
            # The clause that asks ('called for a ceasefire'), not the whole sentence; a sentence
            # that asks twice ('calls on KFOR to ... and urges EULEX to ...') makes two requests.
            parts = cues.asking_parts(context) or [(cues.asking_phrase(context) or "", context)]
            for phrase, part in parts:
                asked = ground(doc, number, phrase) or evidence
                # what this part asks, up to the next request's words ('urge X to ..., and urge Y to ...')
                at = doc.text.find(part, evidence.start, evidence.end)
                stop = at + len(part) if at >= 0 else evidence.end
                # One request to each party asked (SPEC: a request has one addressee), on the
                # same words. A condition that names nobody ('if the weapon is laid down')
                # leaves it addressed to nobody, never to whoever heard it.
                condition = cues.condition_of(asked.quote, part)
                # 'the statement ..., in which Yerevan "demands ..." and calls on Azerbaijan to ...':
                # a part that starts at its asking word is asked by whom the words before it name
                asker = asker_named(part, book) or (asker_named(doc.text[evidence.start : at + len(phrase)], book)
                                               if at >= 0 and len(parts) > 1 else None) or holder
                # 'Priština has demanded that Serbia ...'; 'Russian Federation', listed beside 'Russia', is its side
                asker_side = side.get(asker.id, {asker.id}) | _sides_as_known(book.parties).get(asker.id, set())
                pair = joint.asked_pair(part, cues.addressee_phrase(part))  # 'urged both parties to'
                members = joint.pair_members(pair, book.parties, side, doc.text, evidence.start, asker_side,
                                             asked=True) if pair else []
                first = members[0] if members else None
                book.asked_together.update(p.id for p in members[1:])  # the others stay as parties
                named = [] if first else addressed(part, book, holder, condition, last_asked) \
                    or letter_recipient(context, book, holder)
                # in a call's readout, a request that names nobody is made to the one called (SPEC 2)
                guess = other_id if other_id is not None or called is None or called.id in asker_side else called.id
                addressees = [first.id] if first else named or [guess if len(parts) == 1 and not condition else None]
                for addressee in addressees:
                    if addressee in asker_side:
                        # A party does not ask its own side: a foreign speaker in a readout asks
                        # the side the readout speaks for ('Blinken called for a ceasefire' in
                        # Baku's readout); otherwise nobody the text identifies. Its own people,
                        # named ('asked Venezuelans to endorse'), are no other side either.
                        addressee = voice.id if voice is not None and voice.id not in asker_side \
                            and addressee not in named else None
                    last_asked = addressee or last_asked
                    requests.append(Request(
                        id=f"req{len(requests) + 1}", requester=asker.id, addressee=addressee,
                        # what is asked (a list item's in the words its lead-in asks with)
                        action=wording.action(part if asked_in_list else doc.text[asked.start : stop], *names),
                        force=cues.force_of(asked.quote, part), condition=condition,
                        evidence=[asked]))
        if "claim" in kinds:
            if claimant is not None:
                # 'X rejected Y's claim that ...': the claim is Y's, and X denies it.
                claims.append(ContestedClaim(
                    id=f"cc{len(claims) + 1}", asserted_by=claimant.id,
                    claim=wording.statement(claim_cues.claimed_content(evidence.quote), *_names(book, side, claimant)),
                    disputed_by=[holder.id], status="denied", evidence=[evidence]))
            else:
                asserter = settled.relayed_from or holder  # 'Berri said Hezbollah had assured him ...'
                claims.append(ContestedClaim(
                    id=f"cc{len(claims) + 1}", asserted_by=asserter.id,
                    claim=wording.statement(claim_cues.charge_clause(evidence.quote), *names),
                    disputed_by=[other_id] if other_id != asserter.id else [],
                    status="disputed" if reported else "allegation", evidence=[evidence]))

    for number, d in found:
        try:
            read_sentence(number, d)
        except Exception as err:  # noqa: BLE001 - a fault in one rule costs one sentence, not the document
            run.drop(f"items of sentence {number} dropped: internal error ({type(err).__name__}: {err})")
    mark_denials(claims, [*positions, *requests, *claims], book.parties)
    return positions, requests, claims


def _names(book: PartyBook, side: dict[str, set[str]], party: Party) -> tuple[list[str], list[str]]:
    """Every name and alias of `party`'s side (their frames go from an item's wording), and
    `party`'s own (a sentence's subject goes only when it is the holder itself)."""
    ids = side.get(party.id, {party.id})
    return [name for p in book.parties if p.id in ids for name in (p.name, *p.aliases)], [party.name, *party.aliases]


def key_role(item: Position | Request | ContestedClaim) -> str:
    if isinstance(item, Position):
        return item.holder
    if isinstance(item, Request):
        return item.requester
    return item.asserted_by


_DENIED_THERE = re.compile(r"\b(?:which|a\s+charge|an\s+accusation|a\s+claim|allegations?)\s+(?:that\s+)?"
                           r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+"
                           r"(?:has\s+|have\s+)?(?:always\s+|repeatedly\s+|strongly\s+)?(?:denied|denies|rejected|rejects)\b")


def mark_denials(claims: list[ContestedClaim], items: list, parties: list[Party]) -> None:
    """A claim is 'denied' when the accused side voices a denial anywhere in the document. A
    rebutted claim ('Iran rejected the claims of the G7') is voiced by the one who rebuts it."""
    side = _sides_as_known(parties)
    voiced = {id(c): c.disputed_by[0] for c in claims if c.status == "denied" and c.disputed_by}
    for claim in claims:
        # the accused side, never the claimant's own (a claim does not deny itself)
        accused = set().union(*(side.get(p, {p}) for p in claim.disputed_by)) - side.get(claim.asserted_by, set())
        # '... accused Iran of supplying the Houthis, which Tehran denies': denied where it is told
        denier = next((m["who"] for ev in claim.evidence if (m := _DENIED_THERE.search(ev.quote))), None)
        named = speaker_in(denier, parties) if denier else None
        if named is not None and named.id in accused:
            claim.status = "denied"
            continue
        for item in items:
            voice = voiced.get(id(item), key_role(item))
            if voice in accused and any(claim_cues.denies(ev.quote) for ev in item.evidence):
                claim.status = "denied"
                break


def _sides_as_known(parties: list[Party]) -> dict[str, set[str]]:
    """`sides`, with parties that are one well-known actor on one side ('Minsk' and 'Belarus'
    listed apart are joined only when the parties are pruned, after the items are made)."""
    side = sides(parties)
    actors = {p.id: actor.name for p in parties if (actor := known_actor(p)) is not None}
    by_actor: dict[str, set[str]] = {}
    for pid, name in actors.items():
        by_actor.setdefault(name, set()).update(side[pid])
    return {pid: by_actor[actors[pid]] if pid in actors else members for pid, members in side.items()}


_MILITARY = re.compile(
    r"\b(army|armed forces|military|troops|forces|units|militaries|servicemen|soldiers|sabotage|"
    r"military-political|columns|convoys|warships|aircraft|jets|drones|missiles|tanks|artillery|battalions|"
    r"brigades|patrols)\b", re.I)
_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]{1,15})\)$")


def _same_known_actor(parties: list[Party]) -> dict[str, str]:
    """Parties that are one well-known actor ('Ankara' and 'Turkey' listed apart), each
    mapped to the first of them; a party named by a metonym then takes the actor's name."""
    first: dict[str, Party] = {}
    merged: dict[str, str] = {}
    known = {p.id: known_actor(p) for p in parties}
    # the state itself, where it is listed, keeps the id ('China' over 'Chinese government')
    for p in sorted(parties, key=lambda p: known[p.id] is None or p.kind != known[p.id].kind):
        actor = known[p.id]
        if actor is None:
            continue
        keep = first.setdefault(actor.name, p)
        if keep is not p:
            merged[p.id] = keep.id
            keep.aliases.extend(n for n in [p.name, *p.aliases] if n != keep.name and n not in keep.aliases)
    for p in first.values():
        actor = known_actor(p)
        if actor is not None and actor.name != p.name and actor.name not in p.aliases:
            p.aliases.append(actor.name)  # 'Hellenic Republic' is Greece to a reader who diffs summaries
        # 'Ankara', or 'the Russian side', is called by the actor's name the text uses
        if actor is not None and (p.name in actor.metonyms or re.search(r"\bside$", p.name, re.I)):
            proper = actor.proper_name([p.name, *p.aliases])
            p.aliases = [n for n in [p.name, *p.aliases] if n != proper]
            p.name = proper
    return merged


def _state_of(party: Party, by_id: dict[str, Party], parties: list[Party]) -> Party | None:
    """The state a party belongs to: its affiliation, else the state its name starts from
    ('Azerbaijani Army' -> Azerbaijan)."""
    first = party.name.split()[0][:5].lower() if party.name.split() else ""
    named = next((p for p in parties if p.kind == "state" and p.id != party.id
                  and p.name.split()[0][:5].lower() == first), None)
    linked = by_id.get(party.affiliation or "")
    if linked is not None and linked.kind == "state" and (party.kind != "non_state_group" or named is linked):
        return linked  # not an armed group its name does not tie to the state ('Rapid Support Forces')
    return named


def prune_parties(book: PartyBook, items: list, issuer: str | None) -> str | None:
    """Tidy the party list once the items are known; ids are renumbered, and the issuer's new
    id is returned (it may have been folded into another party: 'Russia' into 'Russian Federation').

    A state's army or armed forces is the state (the guide lists them as its aliases), so
    such a party folds into the state it acts for. Then only parties the guide counts stay:
    those holding, asking, asked, claiming or accused, the document's voice and the actors its
    name lists (a joint statement's signatories), the states or bodies those act for, and the
    people who act for a party that stays. A place the text
    only names as a location ('near Balakot') is not asked or accused (`named_as_place`)."""
    by_id = {p.id: p for p in book.parties}
    merged = _same_known_actor(book.parties)
    for p in book.parties:
        if p.id in merged:
            continue
        abbreviated = _ABBREVIATION.match(p.name)  # 'Jaish-e-Mohammad (JeM)'
        if abbreviated:
            p.name = abbreviated["name"]
            p.aliases.append(abbreviated["short"])
        state = _state_of(p, by_id, book.parties) if _MILITARY.search(p.name) else None
        if state is not None:
            merged[p.id] = state.id
            if p.name not in state.aliases:
                state.aliases.append(p.name)
    # a place, or no actor at all ('Russian-Estonian relations'): never asked or accused
    places = {p.id for p in book.parties if named_as_place(p, book.text) or not_an_actor(p)
              or only_reports(p, book.text)}  # a wire's reporters are no actors either
    for item in items:
        if getattr(item, "addressee", None) in places:
            item.addressee = None
        if hasattr(item, "disputed_by"):
            item.disputed_by = [x for x in item.disputed_by if x not in places]
    for pid, into in merged.items():  # an army folded into a state that was itself folded
        while into in merged:
            into = merged[into]
        merged[pid] = into
    used = {merged.get(issuer, issuer)} if issuer else set()
    used.update(merged.get(pid, pid) for pid in book.asked_together)  # 'urged both parties': both are
    called = _called(book)
    # the other side of a call its heading names (a post the model listed as a body, 'President
    # of Ukraine', is only a name of the person who holds it)
    if called is not None and called.id not in places and called.kind != "government_body":
        used.add(merged.get(called.id, called.id))
    for item in items:
        used.add(merged.get(key_role(item), key_role(item)))
        for x in (getattr(item, "addressee", None), *getattr(item, "disputed_by", [])):
            if x:
                used.add(merged.get(x, x))
    if issuer in by_id:  # 'Foreign Ministers of Japan, the Republic of Korea and the United States': all three
        used.update(p.id for form in (by_id[issuer].name, *by_id[issuer].aliases) for actor, _ in actors_in(form)
                    if (p := listed_party(actor, book)))
    for pid in list(used):
        if pid in by_id and by_id[pid].affiliation and by_id[pid].affiliation not in places:
            used.add(merged.get(by_id[pid].affiliation, by_id[pid].affiliation))  # not 'for U.S. citizens'
    # a person who acts for a party that stays, if the text writes the name ('Ambassador of the
    # Republic of Sorvania', pieced together from 'exchange ambassadors', is nobody)
    folded = book.text[: contacts_start(book.text)].casefold()  # not a press contact in the closing lines
    used.update(p.id for p in book.parties if p.kind == "person" and p.affiliation in used and p.id not in places
                and any(n.casefold() in folded for n in (p.name, *p.aliases)))  # not a ship listed as one
    kept = [p for p in book.parties if p.id in used and p.id not in merged]
    dropped = [p.name for p in book.parties if p.id not in used and p.id not in merged]
    if dropped:
        book.notes.append(f"parties not kept (no role in any item): {', '.join(dropped)}")
    renumber = {p.id: f"p{n}" for n, p in enumerate(kept, start=1)}
    renumber.update({old: renumber[new] for old, new in merged.items() if new in renumber})

    def new_id(pid: str) -> str:
        return renumber[merged.get(pid, pid)]

    for p in kept:
        p.id, p.affiliation = renumber[p.id], renumber.get(p.affiliation or "")
        if p.affiliation == p.id:  # it acted for a party folded into it
            p.affiliation = None
        p.aliases.extend(written_with_article(p, book.text))
        p.aliases = [a for a in dict.fromkeys(p.aliases) if a != p.name]  # each other name once
    for item in items:
        for role in ("holder", "requester", "asserted_by", "addressee"):
            if getattr(item, role, None):
                setattr(item, role, new_id(getattr(item, role)))
        if hasattr(item, "disputed_by"):
            item.disputed_by = list(dict.fromkeys(new_id(x) for x in item.disputed_by))
    book.replace(kept)
    return new_id(issuer) if issuer else None


def _called(book: PartyBook) -> Party | None:
    """Whom the heading says the issuer spoke with ('... speaks by telephone with Alexander
    Lukashenko'): a party of the call, even when no sentence gives him an item of his own."""
    if headings.answered_in(book.text) is not None:
        return None
    counterpart = headings.counterpart_in(book.text)
    return speaker_in(counterpart, book.parties) if counterpart else None


def holder_of(said: Party | None, speaker: Party | None, attributed: bool, book: PartyBook,
              side: dict[str, set[str]], sentence: str = "") -> Party | None:
    """Who holds a sentence's items: the model's choice (`said`) unless the text settles it.
    The speaker the text gives (the sentence's own lead-in, else the document's voice) wins
    when the model named nobody or someone on another side (a small model tends to name the
    grammatical subject); the issuer a heading names holds every unattributed sentence; and a
    person the lead-in names ('Secretary of State Antony Blinken said', or 'he said' after
    him) wins over the state the model named, as the most specific actor that speaks, and
    over another person: the model lists two leaders of one island as one government's."""
    if speaker is None:
        return said
    if said is None or speaker.id not in side.get(said.id, {said.id}):
        return speaker
    if not attributed and speaker is book.issuer:
        return speaker
    if attributed and speaker.kind == "person":
        return speaker
    if attributed and said.kind == "person" and speaker.kind != "person" and speaker_in(sentence, [said]) is None \
            and speaker_in(sentence, [speaker]) is not None:
        return speaker  # 'Chinese authorities have maintained that ...': not the Chinese Ambassador the model named
    return said
