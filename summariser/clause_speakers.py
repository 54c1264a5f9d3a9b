"""Lines whose items a sentence's lead-in does not settle alone: a second clause with a speaker
of its own ('..., and Washington repeated its backing'), a report's own narrative, which
nobody speaks, and the lines of an account that answers another ('Baku gave a very different
account.'), whose claims the first teller disputes (`assemble.build_items` asks all three)."""

from __future__ import annotations

import re

from summariser.attribution import EMBEDDED_SAYERS, second_clause
from summariser.datelines import wire_dateline_end
from summariser.denials import sides_as_known
from summariser.document import Document
from summariser.gazetteer import states_named
from summariser.grounding import ground
from summariser.joint import TWO_SIDES_OPEN
from summariser.lead_in_shapes import OTHER_ACCOUNT
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.people import only_titles
from summariser.schema import Evidence, Party
from summariser.subjects import SUBJECT_WORDS


def nobody_acts(sentence: str, book: PartyBook, side: dict[str, set[str]]) -> bool:
    """In a text with no voice (a news report), a line nobody is said to speak and no one party
    opens is the reporter's narrative, whoever the model named: it names no party at all
    ('Two days of talks ended without a deal'), or opens with two sides ('Israel and Hezbollah
    traded accusations', 'Erdoğan received Mohamud and Abiy', 'The two ex-Soviet neighbours
    fought wars ...')."""
    sentence = sentence[wire_dateline_end(sentence):]  # 'CARACAS (Reuters) - Venezuela and Guyana accused ...'
    opening = " ".join(sentence.split()[:SUBJECT_WORDS])
    named = [p for p in book.parties if speaker_in(opening, [p]) is not None]
    if TWO_SIDES_OPEN.match(sentence) or len({frozenset(side.get(p.id, {p.id})) for p in named}) >= 2:
        return True
    # ('Tens of thousands of people rallied outside parliament in Tbilisi ...': a place, no actor)
    return not any(speaker_in(sentence, [p]) is not None and not only_where(p, sentence) for p in book.parties)


# what makes a report's own line an assertion of its subject's: a word of saying, charging or denying
_ASSERTS = re.compile(r"\b(?:sa(?:y|ys|id)|told|tell|stat(?:e|es|ed)|claim\w*|alleg\w*|accus\w*|den(?:y|ies|ied)|"
                      r"insist\w*|argu\w*|maintain\w*|assert\w*|charg\w*|blam\w*|dismiss\w*|reject\w*|"
                      r"condemn\w*|warn\w*|announc\w*|wr(?:ote|ites?)|posted|tweeted|according\s+to|disput\w*|"
                      r"contend\w*|describ\w*|call(?:s|ed)|acknowledg\w*|admit\w*|conced\w*|report\w*)\b", re.I)


def asserts_nothing(sentence: str) -> bool:
    """Does a report's own line only tell what befell or was done by its subject ('Gachagua, who was
    impeached in October, was inside the church at the time and was escorted out'), with no word of
    saying or charging? Then its subject holds no claim in it."""
    # (not one charged in the passive, 'was charged with treason', nor another's saying inside it: 'in a case the
    # party says is designed to silence ...')
    return not any(not re.search(r"\b(?:was|were|been|be|being)\s+$", sentence[: m.start()])
                   and not EMBEDDED_SAYERS.search(sentence[: m.start()]) for m in _ASSERTS.finditer(sentence))


_ITS_REGION = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:region|province|district|north|south|east|west|"
                         r"north-?east|north-?west|south-?east|south-?west|capital|coast|border\s+areas?)\b", re.I)


def only_where(party: Party, sentence: str, towns_state: bool = False) -> bool:
    """Is every mention of `party` in the sentence a place something happened ('in Tbilisi')? With
    `towns_state`, only the state of a town so named ('in Kerman, Islamic Republic of Iran')."""
    forms = sorted((f for f in (party.name, *party.aliases) if len(f) >= 3), key=len, reverse=True)
    spans = [m.span() for f in forms for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", sentence)]
    # (a shorter form inside a longer one is the same mention: 'Iran' of 'Islamic Republic of Iran')
    spots = [(a, b) for a, b in spans if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)
             # (not 'at Priština's press conferences': its own; but 'in Burkina Faso's Centre-Nord region' is where)
             and (not re.match(r"['\u2019]s\b", sentence[b:]) or _ITS_REGION.match(sentence, b))]
    # ('the terrorist attack in Kerman, Islamic Republic of Iran': the state of the town named)
    town = r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2},\s+"
    where = r"\b(?:in|at|near|outside|inside|around|along|across)\s+(?:the\s+)?"
    # ('... in Krasnogorsk, Moscow Region, Russian Federation': a town's region too)
    return bool(spots) and all(re.search(where + rf"(?:{town})" + ("{1,2}$" if towns_state else "{0,2}$"), sentence[:a])
                               or _ITS_REGION.match(sentence, b) and re.search(where + "$", sentence[:a])
                               for a, b in spots)


def second_speaker(doc: Document, number: int, book: PartyBook,
                   own_side: set[str]) -> tuple[Evidence, Evidence, Party] | None:
    """A sentence that gives two sides their say ('Brussels said it would keep supporting the
    UN-led effort, and Washington repeated its backing for reunification'): the first clause's
    evidence, the second's, and the party the second names. A sentence has one speaker for
    the model, so the second would be lost or given to the first."""
    sentence = doc.sentence(number)
    turn = second_clause(sentence.text) if sentence is not None else None
    if sentence is None or turn is None:
        return None
    cut, at, subject = turn
    if re.match(r"^\W*the\s", subject, re.I) and only_titles(subject) and not states_named(subject):
        return None  # 'Nebenzia said ..., and the envoy signalled ...': the same speaker, by his title
    party = speaker_in(subject, book.parties)
    if party is None or party.id in own_side:
        return None
    first = ground(doc, number, quote=sentence.text[:cut])
    second = ground(doc, number, quote=sentence.text[at:])
    return (first, second, party) if first is not None and second is not None else None


# "Mali's transitional government disputes that account.": the lines after it answer the account before
_DISPUTES_ACCOUNT = re.compile(r"\b(?:disputes|disputed|contests|contested|rejects|rejected)\s+(?:that|this|the)\s+"
                               r"(?:[\w-]+\s+)?(?:account|version)\b", re.I)


def answered_accounts(doc: Document, speakers: dict[int, Party | None], book: PartyBook) -> dict[int, Party]:
    """For each line of an account that answers another ('Russia's Defense Ministry offered a
    sharply different account. It said the drone was flying with its transponders off ...'), by
    number, the one whose account it answers: the speaker of another side who spoke last before."""
    side = sides_as_known(book.parties)  # ('Bamako' listed apart from 'Mali' is Mali's side)
    answered: dict[int, Party] = {}
    for s in doc.sentences:
        other = OTHER_ACCOUNT.match(s.text)
        teller = speakers.get(s.number) or (speaker_in(other["who"] or other["whose"], book.parties) if other else None)
        if teller is None or not (other or _DISPUTES_ACCOUNT.search(s.text)):
            continue
        own = side.get(teller.id, {teller.id})
        earlier = [p for n, p in sorted(speakers.items()) if n < s.number and p is not None and p.id not in own]
        number = s.number + 1  # (the line that announces the account states no fact of its own)
        while earlier and (p := speakers.get(number)) is not None and p.id in own:  # while its side speaks
            answered[number] = earlier[-1]
            number += 1
    return answered


_OPENS_WITH_PRONOUN = re.compile(r"^\W*(?:it|they|he|she)\b", re.I)
# words of a name that name no one by themselves
_GENERIC = {"republic", "government", "ministry", "state", "states", "united", "kingdom", "people", "national",
            "federal", "foreign", "affairs", "office", "council", "democratic", "islamic", "the", "and", "for"}


def mentions(party: Party, sentence: str) -> bool:
    """Does the sentence name the party, or refer to it by a word of its name ('The junta' for 'Niger junta')
    or by the pronoun it opens with ('It later closed its airspace to flights to and from Mali')?"""
    words = {w.casefold() for n in (party.name, *party.aliases) for w in re.findall(r"[\w'-]{4,}", n)} - _GENERIC
    return speaker_in(sentence, [party]) is not None or _OPENS_WITH_PRONOUN.match(sentence) is not None or any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence, re.I) for w in words)


def side_mentioned(party: Party, sentence: str, book: PartyBook, side: dict[str, set[str]]) -> bool:
    """Does a report's line mention `party` or anyone of its side (`mentions`)? A line the model gave
    to a side it does not mention is the reporter's narrative ('A 2016 ruling by an arbitral tribunal
    in The Hague invalidated those sweeping claims' is no one's, not the United States')."""
    return any(mentions(p, sentence) for p in book.parties if p.id in side.get(party.id, {party.id}))


def own_clause(sentence: str, book: PartyBook, own_side: set[str]) -> str:
    """The sentence up to a clause another side speaks ('...; the authorities in Bamako have denied
    responsibility'): what the holder itself says."""
    turn = second_clause(sentence)
    other = speaker_in(turn[2], book.parties) if turn is not None else None
    return sentence[: turn[0]] if turn is not None and other is not None and other.id not in own_side else sentence
