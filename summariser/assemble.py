"""From model drafts to the contract's items: grounded, de-duplicated, cued, worded.

Code does here what code does better than a small model: cuts exact evidence spans
(`grounding`), reads force, condition and denial off the wording (`cues`), condenses each
item's wording from its evidence (`wording`), and drops duplicates and anything that points
at no party (counted, never silent). The overview is written in `overview`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summariser import answers, asking_sides, claim_cues, cues, forces, headings, joint, list_asks, rebuttals, wording
from summariser.accusations import mutual_blame
from summariser.addressees import addressed, asked_in_own_right, asker_named, called_party, letter_recipient
from summariser.attribution import second_clause
from summariser.backends.base import Usage
from summariser.background import only_a_place, only_reports
from summariser.charged_before import asked_to_stop, charged_again, names_the_same_doer
from summariser.claimants import charged_in_account, rejecter_in, told_content
from summariser.clause_speakers import (
    answered_accounts,
    asserts_nothing,
    nobody_acts,
    only_where,
    second_speaker,
    side_mentioned,
)
from summariser.datelines import wire_dateline_end
from summariser.denials import fold_rebuttals, mark_denials, sides_as_known
from summariser.document import Document
from summariser.drafts import SentenceDraft
from summariser.factual import not_factual
from summariser.grounding import ground, through_clause
from summariser.holders import holder_of
from summariser.kinds import NAMES_NO_OTHER, settle_kinds
from summariser.links import name_spots
from summariser.name_forms import known_actor
from summariser.naming import speaker_in
from summariser.other_sides import named_so_far
from summariser.own_states import title_state
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.procedural import procedural
from summariser.reading import contacts_start
from summariser.schema import (
    ContestedClaim,
    Party,
    Position,
    Request,
)
from summariser.sources import told_by_no_party
from summariser.speakers import named_speakers
from summariser.subjects import subject_party


@dataclass
class Run:
    """Book-keeping for one document's run: usage across calls and what was dropped."""

    usage: Usage = field(default_factory=Usage)
    notes: list[str] = field(default_factory=list)
    dropped: int = 0

    def drop(self, reason: str) -> None:
        self.dropped += 1
        self.notes.append(reason)


def _only_a_contact(party: Party, text: str, contacts: int) -> bool:
    """Is the party named only among the release's press contacts, which begin at `contacts`
    ('Press office - General Secretariat of the Council')? It answers the press's calls; it
    states nothing."""
    spots = name_spots(party, text)
    return contacts < len(text) and bool(spots) and min(spots)[0] >= contacts


def build_items(
    found: list[tuple[int, SentenceDraft]], doc: Document, book: PartyBook, run: Run, voice: Party | None = None
) -> tuple[list[Position], list[Request], list[ContestedClaim]]:
    """Contract items from (sentence number, draft) pairs. `voice` is the party the document
    speaks for: a sentence that attributes its statement to nobody is the voice's own."""
    positions: list[Position] = []
    requests: list[Request] = []
    claims: list[ContestedClaim] = []
    speakers = named_speakers(doc, book, voice)  # first: it may add the people who speak
    accounts = answered_accounts(doc, speakers, book)  # the lines of an account that answers another
    side = sides(book.parties)
    # a wire's reporters and the places it names hold nothing, whatever the model said ('AP writer X contributed')
    reporters = {p.id for p in book.parties if only_reports(p, book.text) or only_a_place(p, book)}
    contacts_at = contacts_start(book.text)
    contacts = {p.id for p in book.parties if _only_a_contact(p, book.text, contacts_at)}
    called = called_party(book)
    last_asked: str | None = None  # whom the last request asked: 'We also urge them to ...'
    # whom a list's first item was taken to ask: 'We call on the authorities to:' asks one party in each item
    asked_by_list: dict[str, str | None] = {}

    def read_sentence(number: int, d: SentenceDraft) -> None:
        nonlocal last_asked
        kinds = list(dict.fromkeys(d.t))
        sentence = doc.sentence(number)
        if kinds and sentence is not None and procedural(sentence.text):
            run.notes.append(f"sentence {number} only reports a meeting or call: nothing kept")
            return
        if kinds and sentence is not None and (headings.issuer_phrase(sentence.text) or (
                sentence.start < 300 and headings.masthead(sentence.text.split("\n")[0]))):
            run.notes.append(f"sentence {number} is a heading that names the issuer: nothing kept")
            return
        if kinds and sentence is not None and told_by_no_party(number, doc):
            run.notes.append(f"sentence {number} is told by an analyst or a former official, no party: nothing kept")
            return
        if kinds and sentence is not None and headings.genre_title(sentence.text, doc.text):
            run.notes.append(f"sentence {number} is a title that names the text's kind: nothing kept")
            return
        item = sentence.text if sentence else ""
        # (the sentences before, only for a list's item: building them for every sentence is quadratic)
        before = [s.text for s in doc.sentences[: number - 1]] if list_asks.list_item(item) else []
        list_head = list_asks.list_lead_in(before) if before else ""
        if list_head and list_asks.topics_listed(list_head):
            # ('- trade in wheat' after 'reviewed cooperation, including:'; an ask in words still asks)
            kinds = [k for k in kinds if k == "request" and cues.asking_phrase(item)]
        asked_in_list = list_asks.asked_by_lead_in(before, item) if before else None
        lead_in = list_head if asked_in_list else ""
        proposed = bool(asked_in_list) and list_asks.proposes_list(lead_in)  # an item of a list of proposals
        if proposed:
            kinds = ["request"]  # '- to raise relations ...' after '... put forward initiatives:': a proposal
        elif asked_in_list and "request" not in kinds:
            kinds.append("request")  # '(a) all Member States to halt ...' after 'The NUG calls on:'
        elif sentence is not None and list_asks.proposes_list(sentence.text):
            kinds = []  # '... put forward a number of initiatives:' says only that the list follows
        elif sentence is not None and list_asks.asks_of_list(sentence.text):
            kinds = [k for k in kinds if k != "request"]  # 'The NUG calls on:' asks nothing itself
        if not kinds:
            return
        attributed, narrated = number in speakers, False
        speaker = speakers.get(number) or (voice if not attributed else None)
        if asked_in_list:  # ('- the CNE to publish ..., so that ... the results announced;': the lead-in asks)
            attributed, speaker = False, asker_named(list_head, book) or subject_party(list_head, book) or voice
        if speaker is None and not attributed and sentence is not None:
            # A report's own line ('ECOWAS had given the officers until Sunday ...'): its
            # subject acts, whoever the model named.
            speaker = subject_party(sentence.text, book) or joint.joint_pledger(sentence.text, book.parties)
            narrated = voice is None  # (whoever holds it: the subject, else the model's side the line names)
            if speaker is None and voice is None and nobody_acts(sentence.text, book, side):
                run.notes.append(f"sentence {number} is the reporter's own narrative: nothing kept")
                return
        said = book.find(d.by)
        said = None if said is not None and said.id in reporters else said
        if speaker is None and voice is None and not attributed and said is not None and sentence is not None \
                and not side_mentioned(said, sentence.text, book, side):
            # a report's background the model gave to a side it does not name ('A 2016 ruling by an arbitral
            # tribunal in The Hague invalidated those sweeping claims ...' was the United States')
            run.notes.append(f"sentence {number} is the reporter's narrative of a side it does not name: nothing kept")
            return
        said = voice if said is not None and said.id in contacts else said  # the release speaks, not its press office
        asked = asking_sides.asked_passively(sentence.text) if sentence is not None and said is not None else None
        said = None if asked and speaker_in(asked, [said]) is not None else said  # 'X and Y are invited to': not X
        holder = holder_of(said, speaker, attributed, book, side, sentence.text if sentence else "", voice)
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
        said_kinds = list(kinds)
        # (past a wire dateline: 'GENEVA (28 November 2026) - UN experts today expressed alarm ...' opens with a stance)
        settled = settle_kinds(kinds, book.find(d.to), holder, context[wire_dateline_end(context):], book, side, voice)
        run.notes.extend(f"sentence {number}: {note}" for note in settled.notes)
        kinds, other_id, claimant, reported = settled.kinds, settled.other_id, settled.claimant, settled.reported
        if narrated and "claim" in kinds and asserts_nothing(context):
            kinds = [k for k in kinds if k != "claim"]  # the reporter's account of what befell its subject
            run.notes.append(f"sentence {number}: no claim in the reporter's own account of its subject")
        teller = accounts.get(number)
        accused = book.by_id(other_id) if other_id is not None else None
        if teller is not None and teller.id not in own_side and claimant is None and not not_factual(context) \
                and (accused is None or accused.id in own_side or only_where(accused, context)) \
                and ("claim" in kinds or f"claim kept as a position: {NAMES_NO_OTHER}" in settled.notes):
            # 'Russia's Defense Ministry offered a sharply different account. It said the drone was flying
            # with its transponders off ...': its claim, which the one whose account it answers disputes
            if "claim" not in kinds:  # the claim the code made a position, as the model had not
                kinds = [k for k in kinds if k != "position" or k in said_kinds] + ["claim"]
            other_id, reported = teller.id, True
            run.notes.append(f"sentence {number}: a claim of an account that answers {teller.name}'s")
        if (blamed := mutual_blame(context, book)) is not None and not {blamed[0].id, blamed[1].id} & own_side:
            # 'Russia and Ukraine have blamed each other' in the IAEA's statement: the two sides' charges, not the
            # speaker's, as in a report (the reporter's own narrative)
            run.notes.append(f"sentence {number}: {blamed[0].name} and {blamed[1].name} blame each other: nothing kept")
            return
        meant_again = charged_again(context, claims, own_side)  # 'targeted by the same actor': the one charged before
        # (or 'Such repeated launches threaten the peace ...': a charge of fact about the deeds charged before)
        if meant_again is not None and claimant is None and "claim" not in kinds \
                and (names_the_same_doer(context) or claim_cues.charges(context) and not not_factual(context)) \
                and f"claim kept as a position: {NAMES_NO_OTHER}" in settled.notes:
            kinds = [k for k in kinds if k != "position" or k in said_kinds] + ["claim"]
        if "claim" in kinds and claimant is None and meant_again is not None:
            other_id = meant_again
        if proposed:
            kinds = [k for k in kinds if k != "position"]  # an item of a list of proposals proposes, no more
        second = second_speaker(doc, number, book, own_side) if "position" in kinds else None
        stated = second[0] if second is not None else evidence  # '..., and Washington repeated ...': not its words
        answered = doc.sentence(number + 1)
        if voice is not None and voice.id not in own_side and "claim" not in kinds and answered is not None \
                and meant_again is None \
                and answers.answers_what_was_said(answered.text) and attributed:
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
            turn = second_clause(context)  # ('Both governments have stated ...; the Council ... urges Iran to')
            turned = speaker_in(turn[2], book.parties) if turn else None  # who speaks from the second clause on
            for phrase, part in parts:
                if len(parts) > 1 and forces.own_measures(part):
                    continue  # ('..., and we are prepared to adopt further measures': a resolve, no ask)
                asked = ground(doc, number, phrase) or evidence
                reach = asking_sides.asked_reach(doc.text[asked.start : evidence.end], asked.end - asked.start)
                if reach is not None and asked.start + reach > asked.end:
                    # 'We call on the European Union, whose policies contributed ..., to abandon ...':
                    # the asking clause runs past the addressee's relative clause to what is asked
                    asked = through_clause(doc.text, asked, asked.start + reach, evidence.end)
                # what this part asks, up to the next request's words ('urge X to ..., and urge Y to ...')
                at = doc.text.find(part, evidence.start, evidence.end)
                stop = at + len(part) if at >= 0 else evidence.end
                # One request to each party asked (SPEC: a request has one addressee), on the
                # same words. A condition that names nobody ('if the weapon is laid down')
                # leaves it addressed to nobody, never to whoever heard it.
                condition = forces.condition_of(asked.quote, part)
                # 'the statement ..., in which Yerevan "demands ..." and calls on Azerbaijan to ...':
                # a part that starts at its asking word is asked by whom the words before it name
                # ('..., which directed Venezuela to refrain': the words before name the text that asks)
                # (an item of a list names the one asked, not an asker: '- the CNE to publish ...')
                asker = (None if asked_in_list and not proposed else asker_named(part, book)) \
                    or (asker_named(doc.text[evidence.start : at + len(phrase)], book)
                        if at >= 0 and (len(parts) > 1 or _WHICH_ASKS.match(part)) else None) \
                    or _whose_call(context, doc, number, book) or holder
                if turn and turned is not None and context.find(phrase) > turn[0] and not asked_in_list:
                    asker = turned  # an ask in the second clause is its speaker's
                # 'Priština has demanded that Serbia ...'; 'Russian Federation', listed beside 'Russia', is its side
                asker_side = side.get(asker.id, {asker.id}) | sides_as_known(book.parties).get(asker.id, set()) \
                    | title_state(asker, book)
                pair = joint.asked_pair(part, asking_sides.addressee_phrase(part))  # 'urged both parties to'
                members = joint.pair_members(pair, book.parties, side, doc.text, evidence.start, asker_side,
                                             asked=True) if pair else []
                first = members[0] if members else None
                book.asked_together.update(p.id for p in members[1:])  # the others stay as parties
                # (asked of someone other than the asker: "repeated Japan's call for Russia to stop",
                # whoever the model made the holder)
                named = [] if first else addressed(part, book, asker, condition, last_asked) \
                    or letter_recipient(context, book, asker) \
                    or asked_to_stop(part, claims, evidence.start, asker_side)
                # in a call's readout, a request that names nobody is made to the one called (SPEC 2)
                guess = other_id if other_id is not None or called is None or called.id in asker_side else called.id
                if called is not None and guess in side.get(called.id, {called.id}) \
                        and speaker_in(context, [book.by_id(guess)]) is None:
                    guess = called.id  # the model's 'Finland's navy', which the text never names: the one called
                elif called is not None and called.id not in asker_side and guess is not None and guess != called.id \
                        and (guessed := book.by_id(guess)) is not None \
                        and (guess in asker_side or speaker_in(context, [guessed]) is None
                             or only_where(guessed, context)):
                    # (the model's guess of the asker's own side: 'He requested the removal of the buoy installed
                    # by China within Japan's Exclusive Economic Zone', said of Japan's Prime Minister)
                    # 'raised ... the sentencing of Jimmy Lai and called for his release': not the 'Uyghurs'
                    # of the next sentence, whom these words never name, but the one met (nor the place
                    # 'around Taiwan' of '... activities around Taiwan ..., and urged restraint')
                    guess = called.id
                elif called is not None and called.id in asker_side and voice is not None \
                        and voice.id not in asker_side \
                        and (guess is None or speaker_in(context, [book.by_id(guess)]) is None):
                    # the one called asks the caller ('Erdoğan raised Türkiye's request ...', 'proposed to
                    # consider ways of resuming it')
                    guess = voice.id
                if called is not None and guess == called.id and joint.pair_subject(context) \
                        and speaker_in(context, [called]) is None:
                    guess = None  # 'The two ministers ... called for an immediate ceasefire': both ask, of no one named
                guess = asked_by_list.get(lead_in, guess) if asked_in_list else guess
                together = joint.subject_list(context)
                if together is not None and speaker_in(together, [asker]) is not None:
                    # 'The United States and the European Union urged ...': each of them asks (a party)
                    book.asked_together.update(p.id for name in joint.names_listed(together)
                                               if (p := speaker_in(name, book.parties)) is not None)
                if guess is not None and together is not None \
                        and speaker_in(together, [guessed := book.by_id(guess)]) is not None \
                        and speaker_in(context[len(together):], [guessed]) is None:
                    book.asked_together.add(guess)  # (it stays a party: one of those who ask)
                    guess = None  # 'The United States and China called for restraint': China asks too
                if guess is not None and (guessed := book.by_id(guess)) is not None and guessed.kind in (
                        "non_state_group", "other") and only_where(guessed, context):  # (not 'at the Embassy of')
                    guess = None  # the model's 'Amu Darya' of 'cooperation on border security along the Amu Darya'
                released = asking_sides.acted_upon(part)
                if guess is not None and released and (guessed := book.by_id(guess)) is not None \
                        and speaker_in(released, [guessed]) is not None:
                    guess = None  # 'calls for President Bazoum to be released': not asked of Bazoum
                if guess is not None and (guessed := book.by_id(guess)) is not None and guessed.kind == "population" \
                        and speaker_in(_OWED_TO.sub(" ", context), [guessed]) is None:
                    # 'Chile proposes that ... the OAS': not the 'Chileans in Venezuela' of another line;
                    # 'called for a resolution ... in line with the wishes of the Kashmiri people': not them
                    guess = called.id if called is not None and called.id not in asker_side else None
                if guess is not None and guess not in asker_side | {voice and voice.id, called and called.id} \
                        and (guessed := book.by_id(guess)) is not None and known_actor(guessed) \
                        and guessed.kind != "person" and not named_so_far(guessed, doc.text[: evidence.end]):
                    guess = None  # the model's 'Montenegro', which the text names only after the ask (in a footnote)
                # (several asks of the one called in a readout are each made to them; a condition that names no one is
                # put to the other side of a call: 'would consider a pilot provided that ...')
                one_asked = len(parts) == 1 or called is not None and guess == called.id
                put = not condition or called is not None and guess in {called.id, voice and voice.id, *asker_side}
                addressees = [first.id] if first else named or [guess if one_asked and put else None]
                for addressee in addressees:
                    # (a person of its own side named as the one asked stays: 'calling on Attorney
                    # General Consuelo Porras to resign', said the President-elect)
                    if addressee in asker_side and not (
                            addressee in named and asked_in_own_right(book.by_id(addressee))):
                        # A party does not ask its own side: a foreign speaker in a readout asks
                        # the side the readout speaks for ('Blinken called for a ceasefire' in
                        # Baku's readout); otherwise nobody the text identifies. Its own people,
                        # named ('asked Venezuelans to endorse'), are no other side either.
                        addressee = voice.id if voice is not None and voice.id not in asker_side \
                            and addressee not in named else None
                    last_asked = addressee or last_asked
                    if asked_in_list:
                        asked_by_list.setdefault(lead_in, addressee)
                    requests.append(Request(
                        id=f"req{len(requests) + 1}", requester=asker.id, addressee=addressee,
                        # what is asked (a list item's in the words its lead-in asks with)
                        action=wording.action(part if asked_in_list else doc.text[asked.start : stop], *names),
                        force=forces.force_of(asked.quote, part), condition=condition,
                        evidence=[asked]))
        if "claim" in kinds:
            if claimant is not None:
                # 'X rejected Y's claim that ...': the claim is Y's, and X denies it (or whom the line says rejects it)
                denier = rejecter_in(evidence.quote, book) or holder
                # (an account the voice only notes: the one it charges, if any, not the voice, disputes it)
                # (the voice's own side charged: the voice answers it, 'We have taken note of the statement ...')
                noted = None if claim_cues.denies(evidence.quote) else \
                    charged_in_account(evidence.quote, claimant, book)
                noted = None if noted is not None and noted.id in own_side else noted
                noted = book.by_id(meant_again) if meant_again is not None else noted
                claims.append(ContestedClaim(
                    id=f"cc{len(claims) + 1}", asserted_by=claimant.id,
                    claim=wording.statement(told_content(evidence.quote) if noted else
                                            rebuttals.claimed_content(evidence.quote), *_names(book, side, claimant)),
                    disputed_by=[(noted or denier).id], status="allegation" if noted else "denied",
                    evidence=[evidence]))
            else:
                asserter = settled.relayed_from or holder  # 'Berri said Hezbollah had assured him ...'
                claims.append(ContestedClaim(
                    id=f"cc{len(claims) + 1}", asserted_by=asserter.id,
                    claim=wording.statement(rebuttals.charge_clause(evidence.quote), *names),
                    disputed_by=[other_id] if other_id != asserter.id else [],
                    status="disputed" if reported else "allegation", evidence=[evidence]))

    for number, d in found:
        try:
            read_sentence(number, d)
        except Exception as err:  # noqa: BLE001 - a fault in one rule costs one sentence, not the document
            run.drop(f"items of sentence {number} dropped: internal error ({type(err).__name__}: {err})")
    claims = fold_rebuttals(claims, book.parties)
    mark_denials(claims, [*positions, *requests, *claims], book.parties, doc.text)
    return positions, requests, claims


# whose wishes or rights a request serves, who are not asked: 'in accordance with the wishes of the Kashmiri people'
_OWED_TO = re.compile(r"\b(?:wishes|will|aspirations|interests|rights|needs|welfare|safety)\s+of\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'\u2019-]*\s+)+(?:people|population|citizens|residents)\b|"
                      # ("conveyed the Korean people's concern ... and asked that ...": whose concern, not who is asked)
                      r"\b(?:[A-Z][\w-]*\s+)+(?:people|population|citizens|residents)['\u2019]s?\s")


def _names(book: PartyBook, side: dict[str, set[str]], party: Party) -> tuple[list[str], list[str]]:
    """Every name of `party`'s side (their frames go from a wording), and its own (a subject goes only if it holds)."""
    ids = side.get(party.id, {party.id})
    return [name for p in book.parties if p.id in ids for name in (p.name, *p.aliases)], [party.name, *party.aliases]


_ITS_CALL = re.compile(r"^\W*(?:its|their)\s+(?:calls?|demands?|appeals?|proposals?|offers?|invitations?)\b", re.I)


def _whose_call(sentence: str, doc: Document, number: int, book: PartyBook) -> Party | None:
    """'The Government of the United States ... Its call on "the parties" to begin talks ...': the opener's."""
    before = doc.sentence(number - 1) if _ITS_CALL.match(sentence) else None
    return subject_party(before.text, book) if before is not None else None


_WHICH_ASKS = re.compile(r"\W*(?:which|that)\s", re.I)
