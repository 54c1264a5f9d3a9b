"""Pairs the text names together: 'Both leaders reaffirmed', 'The two sides agreed', 'urged
both parties to', and the 'They' that goes on after such a subject.

The annotation guide gives a stance that several parties hold together to the first-named of
them (gold lists copies for the others as optional), and the gold files name the first-named
of a pair as the addressee of a request made of both. The pair is the two sides the text has
named last before the sentence (in a readout of a meeting a host names its two guests, and
'the two leaders' are the guests); of the two, the one the document names first.
"""

from __future__ import annotations

import itertools
import re

from .background import not_an_actor
from .datelines import wire_dateline_end
from .naming import speaker_in
from .schema import Party
from .titles import names_a_post

_PEOPLE = r"(?:leaders|presidents|ministers|foreign\s+ministers|prime\s+ministers|heads\s+of\s+state|counterparts|" \
    r"envoys|special\s+envoys|special\s+representatives)"
_SIDES = r"(?:sides|parties|countries|states|nations|governments|capitals|delegations|neighbou?rs|juntas|regimes)"
# 'both leaders', 'the two sides'; 'the Ministers', 'the leaders' (a group of any size)
PAIR = re.compile(rf"(?:(?P<two>both|the\s+two)\s+(?:(?P<people>{_PEOPLE})|{_SIDES})|"
                  rf"the\s+(?P<group>{_PEOPLE}|participants|co-chairs|parties)|"  # 'The parties agreed'
                  # ('the three European countries')
                  rf"(?:all\s+)?(?:the\s+)?(?:three|four|five)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?P<several>{_PEOPLE}|{_SIDES}))",
                  re.I)
# a lower-case word that is no preposition or conjunction: the subject's verb
# ('Both leaders must now show ...' asks the pair: the speaker holds it, not the pair)
_VERB = r"(?!(?:of|and|or|to|in|on|at|by|for|from|with|between|who|which|that|must|should|ought|need|needs)\b)" \
    r"(?-i:[a-z])[a-z]+\b"
# At the opening, as the subject: '- Both leaders reaffirmed', 'At its conclusion the two
# leaders adopted'; not an object ('He thanked both leaders') nor 'the two countries' border'.
# ('The two countries share a border of more than 1,300 km': a report's background, which neither holds)
_BACKGROUND = r"(?!(?:share|shared|fought|border|bordered|have\s+long|had\s+long|went\s+to\s+war)\b)"
_PAIR_SUBJECT = re.compile(
    rf"^\W*(?:(?:at|in|during|after|following|on|upon)\s+[^,]{{0,50}}?,?\s+)?(?P<pair>{PAIR.pattern})"
    rf"(?:\s*,[^,]{{1,60}},)?\s+{_BACKGROUND}{_VERB}",
    re.I,
)
# 'The two ex-Soviet neighbours fought wars ...': two sides the opening names with a word of description
TWO_SIDES_OPEN = re.compile(rf"^\W*(?:both|the\s+two)\s+(?:[\w'\u2019-]+\s+){{0,2}}?{_SIDES}\b", re.I)
_THEY_SUBJECT = re.compile(rf"^\W*they\s+{_VERB}", re.I)


def pair_subject(sentence: str) -> str | None:
    """The pair a sentence opens with as its subject ('Both leaders'), else None. A bare 'Both'
    ('Both warned against unilateral steps', after 'The leaders also discussed ...') is the pair
    of people the text has named."""
    match = _PAIR_SUBJECT.match(sentence)
    if match is None and _BARE_BOTH.match(sentence):
        return "both leaders"
    return match.group("pair") if match else None


_BARE_BOTH = re.compile(r"^\W*both\s+(?:also\s+|further\s+)?(?:warned|agreed|stressed|underlined|underscored|"
                        r"expressed|reaffirmed|welcomed|noted|called|emphasi[sz]ed|voiced|condemned)\b", re.I)


_ASKED_PAIR = re.compile(rf"^\W*(?P<pair>{PAIR.pattern})\s+(?:must|should|ought|need)\b", re.I)


def asked_pair(clause: str, addressee_phrase: str | None) -> str | None:
    """The pair a request asks: 'urged both parties to' (its addressee phrase), or a pair told
    what it must do ('Both leaders must now show ...')."""
    if addressee_phrase and PAIR.fullmatch(addressee_phrase.strip()):
        return addressee_phrase.strip()
    match = _ASKED_PAIR.match(clause)
    return match.group("pair") if match else None


# one actor's name in a list ('the European Union', 'Ministry of Defence'), then the list of two or more
_ONE = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*){0,3}"
_REST_OF_LIST = rf"(?:,\s+{_ONE}){{0,6}},?\s+and\s+{_ONE}"
# 'The Secretary and the Foreign Minister discussed ...', 'Mali and Burkina Faso have warned ...'
# ('The United States, China, Britain and the European Union have also urged ...')
_TWO_NAMED = re.compile(rf"^\W*(?P<first>{_ONE}){_REST_OF_LIST}\s*(?:,[^,]{{1,60}},)?(?:\s+[a-z].*)?\s*$", re.S)


def first_named_subject(sentence: str) -> str | None:
    """The first of the actors a lead-in names as its joint subject ('The Secretary' of 'The
    Secretary and the Foreign Minister ', 'The United States' of 'The United States, China,
    Britain and the European Union '), else None."""
    match = _TWO_NAMED.match(sentence)
    return match.group("first") if match else None


# the list itself, up to its verb: 'The United States and China' of '... called for restraint'
_NAMED_LIST = re.compile(rf"^\W*(?P<list>{_ONE}{_REST_OF_LIST})\s+(?:(?:have|has|also|jointly)\s+)*(?-i:[a-z])")


def subject_list(sentence: str) -> str | None:
    """The actors a sentence names together as its subject ('The United States and China' of 'The
    United States and China called for restraint'), else None: they act together, none is asked."""
    match = _NAMED_LIST.match(sentence)
    return match.group("list") if match else None


def names_listed(names: str) -> list[str]:
    """Each name of a list ('The United States, China and the European Union' -> three)."""
    return [name.strip() for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", names)]


def names_several(lead_in: str) -> bool:
    """Does a lead-in name several ('Venezuela and Guyana', 'Mali, Niger'), not one with a name in
    apposition ("The Taliban government's spokesman, Zabihullah Mujahid, ")?"""
    lead_in = re.sub(r",\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+,?\s*$", "", lead_in)
    return re.search(r"\band\b|\bboth\b|,", lead_in) is not None


def names_group(pair: str, party: Party | None) -> bool:
    """Is `party` itself the group ('the Ministers' in a statement the 'G7 Foreign Ministers'
    issue)? Then the group speaks as one party, and nobody is first-named."""
    words = PAIR.fullmatch(pair.strip())
    if party is None or words is None or not words.group("group"):
        return False
    noun = words.group("group").split()[-1].casefold()
    # ('The leaders decided' in a summit's resolution that the League of Arab States issues: its members)
    # (its aliases too: 'Quad Foreign Ministers' is folded into Australia, the first-named signatory)
    return noun in {w.casefold() for name in (party.name, *party.aliases) for w in re.findall(r"[\w-]+", name)} \
        or party.kind == "international_org" and noun in ("leaders", "ministers")


def they_subject(sentence: str) -> bool:
    """'They agreed ...', 'They also decided ...': a plural subject that goes on from the last."""
    return _THEY_SUBJECT.match(sentence) is not None


# 'both sides', 'the two countries': the states and groups at odds, not a mission or an
# organisation that reports on them
_PARTY_TO_A_DISPUTE = ("state", "government_body", "non_state_group")


# 'Korea' in 'North Korea', 'Sudan' in 'South Sudan': another state's name, not this form
_NOT_OTHER = r"(?<!North )(?<!South )(?<!East )(?<!West )"


def spans_of(forms: set[str], text: str) -> list[tuple[int, int]]:
    """Where `text` writes any of a party's `forms` (of three characters or more) as whole words,
    or as one of two names joined by a hyphen ('the annual China-Australia leaders' meeting'
    names both; 'pro-Russia' and 'Russia-backed' name no side)."""
    return [(m.start(), m.end()) for form in forms if len(form) >= 3
            for m in re.finditer(rf"{_NOT_OTHER}(?<![\w-]){re.escape(form)}(?![\w-])|"
                                 rf"{_NOT_OTHER}(?<![\w-]){re.escape(form)}(?=-[A-Z])|(?<=[a-z]-){re.escape(form)}(?![\w-])",
                                 text)
            # after a hyphen, only a name's: 'China-' (a window, not the whole text before it)
            if text[m.start() - 1 : m.start()] != "-" or _PAIRED.search(text[max(0, m.start() - 60) : m.start()])]


_PAIRED = re.compile(r"(?<![\w-])(?!(?i:pro|anti|non|post|pre|ex|neo|pan)-)[A-Z][\w']+-$")  # 'China-', not 'Pro-'


def _mentions(party: Party, text: str) -> list[int]:
    forms = {party.name, *party.aliases}
    if party.kind == "person" and len(party.name.split()) >= 2:
        forms.add(party.name.split()[-1])  # 'President Erdoğan'
    return [start for start, _ in spans_of(forms, text)]


def first_of_pair(pair: str, parties: list[Party], side: dict[str, set[str]], text: str, before: int,
                  leave_out: set[str] = frozenset()) -> Party | None:
    """The first-named of the sides a pair or group means (`pair_members`), None if fewer than two."""
    members = pair_members(pair, parties, side, text, before, leave_out)
    return members[0] if members else None


def pair_members(pair: str, parties: list[Party], side: dict[str, set[str]], text: str, before: int,
                 leave_out: set[str] = frozenset(), asked: bool = False) -> list[Party]:
    """The two sides `text[:before]` names last ('the two leaders'), or all it has named ('the
    Ministers'), in the order the text first names them: people when the pair or group is of
    people (but sides when the text names no two people), else any party but a person. Parties
    on one side count once, and the side of `leave_out` (whoever asks 'both parties') is never
    one of them. Empty when the text has named fewer than two sides. The two `asked` ('We call
    on both sides') are the first two the last sentence naming sides names (`_last_two`)."""
    words = PAIR.fullmatch(pair.strip())
    if words is None:
        return []
    # ('They called on both Governments to ...' after the UN force in Abyei was named: Sudan and South Sudan)
    parties = [p for p in parties if p.kind == "state"] \
        if re.search(r"\b(?:countries|states|nations|governments|capitals)\b", pair, re.I) else parties
    people = bool(words.group("people") or words.group("group")
                  or re.fullmatch(_PEOPLE, words.group("several") or "", re.I))
    named = _sides_named(parties, side, text[:before], leave_out, people)
    if people and len(named[1]) < 2:
        people = False
        named = _sides_named(parties, side, text[:before], leave_out, people)
    elif not people and words.group("two") and not asked and re.search(r"\bsides\b", pair, re.I):
        # 'Both sides agreed ...' in a meeting of two people, one of each side: the first-named of them,
        # not of the last two states the talks were about ('Brazil's long engagement on Haiti')
        met = _sides_named(parties, side, text[:before], leave_out, True)
        named = met if len(met[1]) == 2 else named
    first, last = named
    if len(last) < 2:
        return []
    if asked and len(last) > 2 and re.fullmatch(r"parties", words.group("group") or "", re.I):
        return []  # 'We urge the parties to ...' after twenty states named: which two, the text does not say
    if not words.group("two"):
        group = list(last)
    elif asked:
        group = _last_two(last, parties, side, text[:before], leave_out, people)
    else:
        group = sorted(last, key=last.__getitem__)[-2:]
    return [party for _, party in sorted((first[team] for team in group), key=lambda spot: spot[0])]


def _last_two(last: dict[frozenset[str], int], parties: list[Party], side: dict[str, set[str]], seen: str,
              leave_out: set[str], people: bool) -> list[frozenset[str]]:
    """The two sides a request to 'both sides' means: the two the last sentence naming sides
    pairs, 'between' them first ('exchanges between the Russian Federation and Ukraine'), else
    the first 'X and Y' ('representatives of Israel and the Palestinian Authority met ..., with
    Egypt and the United States taking part. We call on both sides'); else the two named last."""
    latest = max(last.values())
    opening = max(seen.rfind(". ", 0, latest), seen.rfind("\n", 0, latest)) + 1
    sentence = seen[opening:]
    spots = sorted((start, end, frozenset(side.get(p.id, {p.id}))) for p in parties
                   if (p.kind == "person") == people and p.id not in leave_out
                   and not side.get(p.id, {p.id}) & leave_out
                   for start, end in spans_of({p.name, *p.aliases}, sentence))
    before = [re.sub(r"\s+(?:the\s*)?$", "", " " + sentence[:start]) for start, _, _ in spots]
    pairs = [(before[i].endswith("between"), -a_start, a, b)
             for i, ((a_start, a_end, a), (b_start, _, b)) in enumerate(itertools.pairwise(spots))
             if a != b and a in last and b in last and re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[a_end:b_start])
             and not before[i].endswith(",")]  # not the end of a list 'X, Y and Z'
    if pairs:
        _, _, a, b = max(pairs, key=lambda pair: pair[:2])
        return [a, b]
    return sorted(last, key=last.__getitem__)[-2:]


def _title_end(text: str) -> int:
    """Where the title lines that open `text` (no full stop at their ends, more text after) end, else 0:
    a letterhead, 'Readout of President's Call with Prime Minister Tanaka of Japan' and a date."""
    end = 0
    for line in re.finditer(r"[^\n]*\n", text):
        if re.search(r"[.:;!?\"\u201d]\s*$", line.group(0)) or len(line.group(0).split()) > 25:
            break
        end = line.end() - 1 if line.group(0).strip() else end
    if re.search(r"\bjoint\b", text[:end], re.I):  # a joint statement's heading lists its signatories in order:
        end = text.find("\n")  # only its first line goes after the body (the block holds it, so it ends unpunctuated)
    return end if text[end:].strip() else 0


_VISITED = re.compile(r"\b(?:visiting|(?:visit|trip|travel(?:led|ed)?|arrived)\s+(?:to|in)|(?:held|took\s+place)\s+in)"
                      r"\s+$")


def _sides_named(parties: list[Party], side: dict[str, set[str]], seen: str, leave_out: set[str], people: bool,
                 ) -> tuple[dict[frozenset[str], tuple[int, Party]], dict[frozenset[str], int]]:
    """Each side `seen` names (people, or parties that are not people): where its first-named
    party is first named, and where the side is last named."""
    first: dict[frozenset[str], tuple[int, Party]] = {}  # side -> (first mention, its party)
    last: dict[frozenset[str], int] = {}
    title_end = _title_end(seen)
    for party in parties:
        # (not a place listed as a group: 'Namanga and Holili border posts')
        # (a post the model listed as a body is a person too: 'The two ministers' of the Foreign Secretary's call)
        wanted = (party.kind == "person" or names_a_post(party.name)) if people \
            else party.kind in _PARTY_TO_A_DISPUTE and not not_an_actor(party)
        # (not a common noun the speakers call themselves: 'As mediators, we are prepared ...')
        if not wanted or party.id in leave_out or re.search(rf"\bAs\s+{re.escape(party.name)},\s+(?:we|I)\b", seen):
            continue
        team = frozenset(side.get(party.id, {party.id}))
        if team & leave_out:
            continue
        spots = _mentions(party, seen)
        if not spots or not people and all(_VISITED.search(seen[max(0, at - 30) : at]) for at in spots):
            continue  # (nor the place a guest is visiting: 'who is visiting Vientiane, Lao People's Democratic ...')
        # a title ('Telephone conversation with President of France Emmanuel Macron') names
        # the guest alone: the order of the body ('Vladimir Putin had a ... with') decides
        order = min(spot + (len(seen) if spot < title_end else 0) for spot in spots)
        if team not in first or order < first[team][0]:
            first[team] = (order, party)
        last[team] = max(last.get(team, -1), max(spots))
    return first, last


def first_listed(phrase: str, parties: list[Party]) -> Party | None:
    """The first of two or more listed parties a speaking subject names in a row ('The military
    governments of Mali, Burkina Faso and Niger have announced ...'): the guide gives a stance
    held together to the first-named."""
    pieces = re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase.strip())
    pieces[0] = re.split(r"\s+of\s+", pieces[0])[-1]  # 'The military governments of Mali'
    if len(pieces) < 2 or any(len(piece.split()) > 4 for piece in pieces):
        return None  # a list of names only, not a clause that names several ('..., and Serbia')
    named = [speaker_in(piece, parties) for piece in pieces]
    if any(p is None for p in named) or len({p.id for p in named if p is not None}) < 2:
        return None
    return named[0]


# 'The presidents of Venezuela and Guyana agreed on Thursday not to use force ...': a commitment the
# two make together, in a report's own words
_JOINT_PLEDGE = re.compile(r"^\W*(?:the\s+)?(?:presidents|leaders|heads\s+of\s+state|foreign\s+ministers|"
                           r"prime\s+ministers|governments|defen[cs]e\s+ministers)\s+of\s+(?:the\s+)?"
                           r"(?P<first>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*)\s+and\s+(?:the\s+)?(?-i:[A-Z])"
                           r"[^.;]{0,60}?\b(?:agreed|pledged|committed|vowed|undertook)\b", re.I)


def joint_pledger(sentence: str, parties: list[Party]) -> Party | None:
    """The first-named of two whom a report's line says committed together; the guide gives a
    joint stance to the first-named."""
    m = _JOINT_PLEDGE.match(sentence[wire_dateline_end(sentence):])
    return speaker_in(m["first"], parties) if m else None
