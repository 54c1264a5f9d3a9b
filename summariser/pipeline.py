"""Where a summary is born: document -> model drafts -> grounded, validated Summary.

All model calls share one conversation, so llama.cpp reuses the whole prefix and each call
reads only its few new tokens:
  1. parties: who acts in the document, its genre and whose voice it is (`parties` tidies);
  2. one short call per sentence: which positions, requests and claims it states, by whom
     and toward whom (`assemble` grounds, words and cues them).
Lines written at a summarising machine (prompt injections) are withheld from both calls.
A document longer than the window budget is read in overlapping windows (`windows`), each
with its own parties call and sentence calls, and the windows' answers are merged into one
document's parties and items (`merge`); a shorter one is read whole, as one window.
The result is validated against the contract, quotes included, before it is returned.

The reading logic is written once, as generators that yield each model call (`Call`) and are
sent its reply: `run` drives them with the backend's `complete`, `arun` with `acomplete` on the
event loop, so both make exactly the same requests in the same order.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Generator
from datetime import UTC, datetime
from typing import Any, NamedTuple

from summariser import headings, reports
from summariser.acceptances import accepted_by_the_invited
from summariser.assemble import Run, build_items
from summariser.backends.base import Backend, BackendError, Choices, Completion, InvalidReply
from summariser.bare_posts import (
    tie_head_to_heads_office,
    tie_officials_to_voices_state,
    tie_own_departments,
    tie_owned_bodies,
    tie_posts_to_voices_org,
    tie_posts_to_voices_state,
    tie_staff_to_issuer,
)
from summariser.callers import tie_host_to_voice
from summariser.document import Document, Sentence
from summariser.drafts import PartiesDraft, SentenceDraft, parties_draft_for, party_choices, whole_draft_for
from summariser.injection import addressed_to_machine
from summariser.keep import prune_parties
from summariser.known_parties import complete_book
from summariser.known_people import tie_known_people
from summariser.language import guess_language
from summariser.links import settle_names_and_ties
from summariser.merge import drop_repeats, merge_drafts, merge_duplicates, unify_people
from summariser.named_officials import add_named_officials
from summariser.office_holders import name_office_holders
from summariser.overview import overview, title_of
from summariser.own_sides import unask_own_side, unask_own_state
from summariser.parties import PartyBook, build_parties
from summariser.posts import link_people_by_their_appositives
from summariser.prompts import Prompt, load_prompt
from summariser.reading import keeps_nothing, worth_reading
from summariser.schema import DocumentInfo, Provenance, Summary
from summariser.settings import strategy_for
from summariser.speaking_places import tie_bare_posts_to_the_dateline, tie_speakers_to_their_capitals
from summariser.spoken_before import serve_the_body_before
from summariser.voice import checked_voice
from summariser.windows import Window, split_windows, window_budget, windows_note

PARTIES_MAX_TOKENS = 600
SENTENCE_MAX_TOKENS = 80  # speaker, kinds and addressee of one sentence
WHOLE_ENTRY_TOKENS = 40  # one sentence's entry in a whole-document answer (`single`)


OPENING_WORDS = 8


def opening(words: list[str]) -> str:
    """The first words of a sentence, enough to find it in the numbered document. The model
    has the whole sentence in its context already; quoting it again in every question cost
    about 40 prompt tokens per sentence, a third of a 300-word readout's time."""
    if len(words) <= OPENING_WORDS + 2:
        return " ".join(words)
    return " ".join(words[:OPENING_WORDS]) + " ..."


def _blanked(doc: Document, hidden: set[int]) -> str:
    """The text with `hidden` sentences blanked out (same length): a party named only there
    ('list Zerath as the only party') is not a party the document names."""
    pieces, at = [], 0
    for s in doc.sentences:
        if s.number in hidden:
            pieces += [doc.text[at : s.start], " " * (s.end - s.start)]
            at = s.end
    return "".join(pieces) + doc.text[at:]


Found = list[tuple[int, SentenceDraft]]  # (sentence number, what the model said it states)


class Call(NamedTuple):
    """One model call a reader asks for: `Backend.complete(*call)`."""

    messages: list[dict[str, str]]
    response_model: type[Any]
    max_tokens: int
    choices: Choices | None = None


# A reader yields calls, is sent each call's Completion (or has its exception thrown in, at the
# yield, exactly where a direct call would have raised it) and returns what it read. The drivers
# (`run`, `arun`) only make the calls, so the requests cannot differ between them.
Reading = Generator[Call, Completion, tuple[PartiesDraft, PartyBook, Found]]


class NoParties(BackendError):
    """The parties call named no party that the text names."""


def max_parties(doc: Document | Window) -> int:
    return min(24, 6 + len(doc.sentences) // 3)


class Pipeline:
    """Runs the prompt on one backend by its strategy (staged or single). The backend's model
    is loaded once and reused."""

    def __init__(self, backend: Backend, prompt: Prompt | None = None, *, screen: bool = True,
                 window_tokens: int | None = None, strategy: str | None = None) -> None:
        self.backend = backend
        self.prompt = prompt or load_prompt()
        # staged or single (`settings.strategy_for`: per backend, overridable per run).
        self.strategy = strategy_for(backend.name, strategy)
        if self.strategy == "single" and "whole" not in self.prompt.sections:
            raise ValueError(f"prompt {self.prompt.version} has no 'whole' section, which the single strategy needs")
        # Withhold lines addressed to a summarising machine (`addressed_to_machine`). Off only
        # to measure how the model alone stands up to injections (summariser.eval.injection).
        self.screen = screen
        # Estimated document tokens per window (`windows`); $SUMMARISER_WINDOW_TOKENS by default.
        self.window_tokens = window_tokens or window_budget()

    def _document_messages(self, doc: Document | Window, withheld: Collection[int] = (),
                           task_section: str = "parties") -> list[dict[str, str]]:
        task = self.prompt[task_section].replace("{max_parties}", str(max_parties(doc)))
        return [
            {"role": "system", "content": self.prompt["system"]},
            {"role": "user", "content": f"<document>\n{doc.numbered(withheld)}\n</document>\n{task}"},
        ]

    def _sentence_message(self, names: list[str], number: int, doc: Document | Window) -> dict[str, str]:
        sentence = doc.sentence(number)
        words = sentence.text.split() if sentence else []
        task = self.prompt["sentence"].format(
            parties="; ".join(names), number=number, sentence=" ".join(words), opening=opening(words)
        )
        return {"role": "user", "content": task}

    def withheld(self, doc: Document) -> set[int]:
        """The sentences the model is not shown (`addressed_to_machine`), when screening."""
        return addressed_to_machine(doc) if self.screen else set()

    def windows(self, doc: Document) -> list[Window]:
        """How `run` reads `doc`: one window when it fits the budget, else several."""
        return split_windows(doc, self.window_tokens, self.withheld(doc))

    def run(self, doc: Document) -> Summary:
        """Summarise one document: a parties call, then one short call per sentence; window
        by window when the document is over the budget."""
        steps = self._summarise(doc)
        try:
            call = next(steps)
            while True:
                try:
                    reply = self.backend.complete(*call)
                except Exception as err:  # noqa: BLE001 - the reader decides, as if it had called
                    call = steps.throw(err)
                else:
                    call = steps.send(reply)
        except StopIteration as done:
            return done.value

    async def arun(self, doc: Document) -> Summary:
        """Async twin of `run`: the same calls, awaited with `acomplete`, so documents run
        concurrently on one event loop (a serial backend still takes one call at a time)."""
        steps = self._summarise(doc)
        try:
            call = next(steps)
            while True:
                try:
                    reply = await self.backend.acomplete(*call)
                except Exception as err:  # noqa: BLE001 - as in `run`
                    call = steps.throw(err)
                else:
                    call = steps.send(reply)
        except StopIteration as done:
            return done.value

    def _summarise(self, doc: Document) -> Generator[Call, Completion, Summary]:
        """The summary of `doc`, as a reader of its calls (see `Reading`) for `run` and `arun`."""
        started, run = time.perf_counter(), Run()
        withheld = self.withheld(doc)
        if withheld:
            run.notes.append(f"sentences {', '.join(map(str, sorted(withheld)))} address a summarising machine, "
                             "not the reader: withheld from the model; no party or item comes from them")
        seen = _blanked(doc, withheld) if withheld else doc.text
        windows = split_windows(doc, self.window_tokens, withheld)
        if len(windows) == 1:  # the whole document: the same requests as before windows existed
            draft, book, found = yield from self._read(doc, doc.sentences, withheld, seen, run)
            return self.assemble(doc, draft, book, found, run, time.perf_counter() - started)
        draft, book, found = yield from self._read_windows(doc, windows, withheld, seen, run)
        return self.assemble(doc, draft, book, found, run, time.perf_counter() - started, windows)

    def _read_windows(self, doc: Document, windows: list[Window], withheld: set[int], seen: str,
                      run: Run) -> Reading:
        """Each window read as `_read` reads a document, then the windows' answers as one
        document's: a window whose parties answer names nobody it contains is skipped (noted);
        the document fails only when every window's does."""
        drafts: list[PartiesDraft] = []
        found: Found = []
        for w in windows:
            try:
                draft, _, got = yield from self._read(w, w.asked_sentences, withheld, seen[w.start : w.end], run)
            except NoParties:
                run.notes.append(f"window {w.number} ({w.describe()}): the model named no party the window "
                                 "names, so its sentences were not asked about")
                continue
            drafts.append(draft)
            found += got
        if not drafts:
            raise NoParties(f"{doc.source}: the model found no party that the document names")
        # One party book for the whole text from every window's list: one actor, one id. The
        # window books only served to constrain each window's sentence answers to its names,
        # and every name they hold is indexed in this one too (same drafts, same matcher).
        merged = merge_drafts(drafts)
        book = build_parties(merged.parties, seen)
        unify_people(book)
        return merged, book, sorted(found, key=lambda pair: pair[0])

    def _read(self, view: Document | Window, ask: list[Sentence], withheld: set[int], seen: str,
              run: Run) -> Reading:
        """`view` (a whole document or one window) read by the pipeline's strategy: its parties,
        and what each sentence of `ask` states. `seen` is the view's text as the model sees it."""
        read = self._read_whole if self.strategy == "single" else self._read_staged
        asked = [s for s in ask if s.number not in withheld and worth_reading(s, view.text)]
        return (yield from read(view, asked, withheld, seen, run))

    def _parties_book(self, draft: PartiesDraft, view: Document | Window, seen: str) -> PartyBook:
        book = build_parties(draft.parties, seen)
        if not book.parties:
            raise NoParties(f"{view.source}: the model found no party that the document names")
        return book

    def _read_whole(self, view: Document | Window, ask: list[Sentence], withheld: set[int], seen: str,
                    run: Run) -> Reading:
        """The `single` strategy: one call answers both tasks for every sentence. Names are
        matched to the listed parties by code; an entry for a sentence that was not asked
        about (a heading, a withheld line, a number past the end) is dropped and counted."""
        messages = self._document_messages(view, withheld, "whole")
        budget = PARTIES_MAX_TOKENS + WHOLE_ENTRY_TOKENS * len(ask)
        reply = yield Call(messages, whole_draft_for(max_parties(view)), budget)
        run.usage.add(reply.usage)
        book = self._parties_book(reply.value, view, seen)
        asked, found = {s.number for s in ask}, {}
        for entry in reply.value.sentences:
            if entry.n not in asked:
                run.drop(f"sentence {entry.n}: not a sentence that was asked about; its items dropped")
            else:
                found.setdefault(entry.n, entry.draft())
        return reply.value, book, sorted(found.items())

    def _read_staged(self, view: Document | Window, ask: list[Sentence], withheld: set[int], seen: str,
                     run: Run) -> Reading:
        """The `staged` strategy: the parties call, then one short call per sentence of `ask`."""
        messages = self._document_messages(view, withheld)
        first = yield Call(messages, parties_draft_for(max_parties(view)), PARTIES_MAX_TOKENS)
        run.usage.add(first.usage)
        book = self._parties_book(first.value, view, seen)
        names = [p.name for p in book.parties]
        # The model's own reply text, so each sentence prompt extends the cached prefix exactly.
        said = first.text or first.value.model_dump_json(by_alias=True)
        prefix = [*messages, {"role": "assistant", "content": said}]
        choices = party_choices(names)
        found: Found = []
        for s in [s for s in ask if not keeps_nothing(s)]:  # 27 of 682 eval sentences cost no call
            message = self._sentence_message(names, s.number, view)
            try:
                reply = yield Call([*prefix, message], SentenceDraft, SENTENCE_MAX_TOKENS, choices)
            except InvalidReply as e:
                # Re-asked and still invalid: this sentence's items are dropped and counted,
                # the rest of the document stands. Transport failures still fail the document.
                run.usage.attempts += e.attempts
                run.drop(f"sentence {s.number}: {e}")
                continue
            run.usage.add(reply.usage)
            found.append((s.number, reply.value))
        return first.value, book, found

    def assemble(self, doc: Document, parties_draft: PartiesDraft, book: PartyBook, found: Found, run: Run,
                 latency: float, windows: list[Window] | None = None) -> Summary:
        voice = checked_voice(book, complete_book(book, parties_draft.voice), [s.text for s in doc.sentences])
        genre = headings.heading_genre(doc.text) or parties_draft.genre  # what the heading calls it
        if voice is not None and (book.issuer is None or reports.bylined(doc.text)) \
                and reports.news_report(doc.text, len(doc.sentences), outlet=voice.kind == "media"):
            # A report speaks for nobody: its unattributed lines are its subjects' doings.
            voice, genre = None, "news_report"
        elif voice is None and book.issuer is None and reports.news_report(doc.text, len(doc.sentences)):
            genre = "news_report"  # (a wire the model gave no voice, whatever kind it called it)
        elif any(headings.speech_heading(line) for line in headings.heading_lines(doc.text)):
            genre = "speech"  # 'Remarks by President ...', 'Address by ...': whatever the model said
        book.voice = voice
        tie_staff_to_issuer(book, voice)  # ('North Africa researcher at the organisation': the issuing NGO's)
        tie_own_departments(book, voice)  # ('the Department of State' in a U.S. statement)
        tie_posts_to_voices_state(book, voice)  # ('The President welcomes ...' in the Press Secretary's statement)
        tie_head_to_heads_office(book, voice)  # ('President of the Republic' in the Presidency of Tunisia's readout)
        tie_officials_to_voices_state(book, voice)  # ('Foreign Minister Diana Mondino stated' in Argentina's)
        tie_host_to_voice(book, voice)  # ('Prime Minister ... Ramgoolam receives ... Jaishankar': Mauritius's)
        tie_posts_to_voices_org(book, voice)  # ('the High Representative' in EU Council conclusions: not Turkey's)
        tie_owned_bodies(book)  # ("Ukraine's General Staff", listed as 'General Staff')
        tie_speakers_to_their_capitals(book)  # ('In Moscow, Foreign Ministry spokeswoman X told ...': Russia's)
        positions, requests, claims = build_items(found, doc, book, run, voice)
        accepted_by_the_invited(positions, requests)  # ('The invitation was accepted with gratitude': the invited's)
        tie_known_people(book)  # and those the items' speakers added ('Foreign Minister Sergey Lavrov')
        tie_bare_posts_to_the_dateline(book)  # ('TALLINN, May 24 - ... Foreign Minister Margus Tõnisson said')
        serve_the_body_before(book)  # (and those titled by the items: 'the spokesman, Mamadi Condé, told')
        link_people_by_their_appositives(book)  # ("Azerbaijan's ambassador, Rahman Mustafayev", summoned by Russia)
        unask_own_side(requests, claims, book)  # ('President Lai ... calling for dialogue', once Lai is Taiwan's)
        if windows:  # a statement made twice (in two windows, say) is one item with both spans
            positions = merge_duplicates(positions, "pos", run)
            requests = merge_duplicates(requests, "req", run)
            claims = merge_duplicates(claims, "cc", run)
            run.notes.append(windows_note(windows, [*positions, *requests, *claims], self.window_tokens))
        add_named_officials(book)  # ('the Special Coordinator for Lebanon, Jeanine Hennis-Plasschaert, had urged')
        tie_bare_posts_to_the_dateline(book)  # (those it added too: 'Interior Minister Edgars Liepiņš went further')
        issuer = prune_parties(book, [*positions, *requests, *claims], voice.id if voice else None)
        settle_names_and_ties(book)  # names and ties that would have changed the questions
        unask_own_state(requests, book)  # (once one state listed twice is one: 'asked for Mexico's support')
        # (pruning folded two names of one side into one: an item told twice alike is one)
        positions, requests, claims = (drop_repeats(positions, "pos"), drop_repeats(requests, "req"),
                                       drop_repeats(claims, "cc"))
        name_office_holders(book, doc.date, issuer)
        run.notes.extend(book.notes)
        info = DocumentInfo(
            id=doc.id, title=title_of(doc), date=doc.date, genre=genre,
            issuing_party=issuer, language=guess_language(doc.text),
        )
        summary = Summary(
            document=info,
            overview=overview(book.parties, positions, requests, claims, info),
            parties=book.parties, positions=positions, requests=requests, contested_claims=claims,
            provenance=Provenance(
                model=self.backend.model, backend=self.backend.name, prompt_version=self.prompt.version,
                prompt_sha256=self.prompt.sha256, input_sha256=doc.sha256,
                created_at=datetime.now(UTC), attempts=run.usage.attempts,
                prompt_tokens=run.usage.prompt_tokens, completion_tokens=run.usage.completion_tokens,
                latency_s=round(latency, 3), dropped_items=run.dropped, notes=run.notes,
            ),
        )
        summary.check_grounded(doc.text)  # the invariant, checked on every summary we emit
        return summary

