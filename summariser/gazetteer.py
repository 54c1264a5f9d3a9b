"""Well-known states and international organisations: their names, metonyms and adjectives.

A small model lists "Ankara" and "Turkey" as two parties, writes "UN" where the text also
says "United Nations", and leaves out the state a sentence accuses. Facts that do not change
from document to document are better looked up than guessed: `data/actors.txt` holds one line
per actor, and this module answers two questions about it: which actor a name stands for
(`actor_named`), and which actors a text mentions, in the words it uses (`actors_in`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from summariser.schema import Kind

# Capitalised words that open sentences and clauses: 'In Sudan' still mentions Sudan, while
# 'National Security Council' does not mention the UN Security Council.
_OPENERS = {
    "in", "the", "on", "at", "for", "with", "by", "from", "to", "and", "both", "as", "but", "while",
    "after", "before", "during", "since", "that", "if", "when", "against", "between", "of", "said",
    "says", "today", "yesterday", "also", "meanwhile", "however", "including",
}


@dataclass(frozen=True)
class Actor:
    """One well-known actor: its usual English name, the other names and metonyms texts use
    for it ('Ankara', 'Republic of Türkiye'), and the adjectives derived from it ('Turkish')."""

    kind: Kind
    name: str
    forms: tuple[str, ...]  # the name first, then its other names, then its metonyms
    metonyms: tuple[str, ...]  # capitals and seats: 'Ankara', 'the Kremlin', 'Brussels'
    adjectives: tuple[str, ...]

    def proper_name(self, used: list[str]) -> str:
        """What to call the actor in a document that uses the forms `used`: its usual name if
        the document uses it, else the first name (not metonym) it uses ('Turkey' for a
        text that says 'Turkey' and 'Ankara'), else the usual name. An abbreviation ('U.S.',
        'UK') is no name to list a party by: it stays an alias."""
        if self.name in used:
            return self.name
        return next((f for f in used if f not in self.metonyms and not _ABBREVIATION.fullmatch(f)
                     and not (f.isupper() and " " in f)), self.name)  # nor a dateline's 'UNITED NATIONS'


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,5}")


_PUNCTUATION, _ARTICLE = re.compile(r"[^\w ]+"), re.compile(r"^the ")


@functools.lru_cache(maxsize=8192)  # every name in a document is looked up, most of them often
def _key(name: str) -> str:
    """Comparison form: case-folded, letters and digits only, no leading article."""
    folded = _PUNCTUATION.sub("", name.casefold()).strip()
    return _ARTICLE.sub("", folded).replace(" ", "")


@functools.cache
def actors() -> tuple[Actor, ...]:
    lines = resources.files("summariser").joinpath("data/actors.txt").read_text(encoding="utf-8").splitlines()
    found = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, *lists = (part.strip() for part in line.split("|"))
        others, metonyms, adjectives = ([f.strip() for f in part.split(";") if f.strip()] for part in lists)
        found.append(Actor(kind, name, (name, *others, *metonyms), tuple(metonyms), tuple(adjectives)))  # type: ignore[arg-type]
    return tuple(found)


@functools.cache
def _by_key() -> dict[str, Actor]:
    return {_key(form): actor for actor in actors() for form in actor.forms}


def actor_named(name: str | None) -> Actor | None:
    """The well-known actor that `name` is a name or metonym of ('Ankara' -> Türkiye); also a
    list-style name ('Korea, Republic of', 'Korea, Republic of Korea') whose parts name one actor."""
    if not name:
        return None
    found = _by_key().get(_key(name))
    if found is None and name.count(",") == 1:
        head, tail = (part.strip() for part in name.split(","))
        found = _by_key().get(_key(f"{tail} {head}")) or _by_key().get(_key(tail))
        found = found if found is not None and _by_key().get(_key(head)) in (found, None) else None
        # (not a building in a capital: 'State House, Lusaka', 'Jubilee House, Accra' are no states)
        found = None if found is not None and tail in found.metonyms and _by_key().get(_key(head)) is None else found
    return found


_STANDS_FOR_STATE = re.compile(
    r"^(?:the\s+)?(?P<core>.+?)\s+(?:government|authorities|regime|side|leadership|administration|officials|"
    r"(?:puppet\s+)?(?:puppets|warmongers|clique))$"  # a state's rulers as its foes' polemic calls them
    r"|^(?:the\s+)?(?:government|authorities|leadership|administration)\s+of\s+(?:the\s+)?(?P<owner>.+)$", re.I)


_GROUP_WORDS = re.compile(r"^(?:the\s+)?(?P<core>.+?)\s+(?:armed\s+|rebel\s+|militant\s+|terrorist\s+)?"
                          r"(?:group|movement|rebels|rebellion|militia|militias|fighters|militants|"
                          # (an armed group's rule: 'Taliban de facto authorities', 'Houthi authorities')
                          r"organi[sz]ation|(?:de\s+facto\s+)?(?:authorities|administration|government|regime))$", re.I)


def actor_meant(name: str | None) -> Actor | None:
    """The actor a name stands for, also when it names the state through its government:
    'the Kyiv regime', 'Algerian authorities', 'the Armenian side' (metonyms, per the guide)."""
    actor = actor_named(name)
    group = _GROUP_WORDS.match(name.strip()) if name and actor is None else None
    # ('M23/AFC rebellion': the M23 and the alliance it leads, written as one)
    cores = [group["core"], group["core"].split("/")[0]] if group else []
    named = next((a for core in cores if (a := actor_named(core) or _by_adjective().get(core.casefold()))), None)
    if named is not None and named.kind == "non_state_group":
        return named  # 'the M23 armed group', 'Houthi rebels': the group itself
    m = _STANDS_FOR_STATE.match(name.strip()) if name and actor is None else None
    if m is None:
        return actor
    core = m["core"] or m["owner"]  # 'the Government of Guyana' as 'the Guyanese government'
    found = actor_named(core) or _by_adjective().get(core.casefold())
    return found if found is not None and found.kind == "state" else None


@functools.cache
def _by_adjective() -> dict[str, Actor]:
    return {adjective.casefold(): actor for actor in actors() for adjective in actor.adjectives}


# a post's brief: 'Special Representative for ', 'Special Envoy of the Secretary-General for '
# ('the director of the Office for Kosovo and Metohija' is Serbia's: an office for X is not X's)
PORTFOLIO_HEAD = (r"\b(?:[Rr]epresentative|[Ee]nvoy|[Cc]oordinator|[Rr]apporteur|[Nn]egotiator|[Aa]dvis[eo]r|[Cc]zar|"
                  r"[Oo]ffice|[Mm]inistry|[Mm]inister|[Cc]ommissioner|[Dd]epartment|[Aa]gency)"
                  r"(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:for|on)\s+(?:the\s+)?")
_PORTFOLIO = re.compile(PORTFOLIO_HEAD + "$")
_PORTFOLIO_NAMED = re.compile(PORTFOLIO_HEAD + r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*")


def without_portfolio(text: str) -> str:
    """`text` without the brief a post or body is 'for': 'The director of the Office for Kosovo and
    Metohija' names no state the office serves ('Special Envoy for Yemen' neither)."""
    return _PORTFOLIO_NAMED.sub(" ", text)


def actor_in_title(title: str) -> Actor | None:
    """The state or organisation a title names ('Venezuelan President', "Guyana's Foreign
    Minister", 'spokesperson of the China Coast Guard'), by name, metonym or adjective."""
    # ('Special Representative for North Korea': the post's brief, not whom it serves)
    named = [(actor, forms) for actor, forms in actors_in(title)
             if not _PORTFOLIO.search(title[: min(title.find(f) for f in forms)])]
    first_at = min((title.find(f) for f in named[0][1]), default=-1) if named else -1
    if named and not re.search(r"\b(?:in|to|at)\s+(?:the\s+)?$", title[:first_at]):
        return named[0][0]
    # ('Cambodian Ambassador in Bangkok': the post's state by its word, not where it serves)
    for word in re.findall(r"[\w-]+", title[:first_at] if named else title):
        actor = actor_of_adjective(word)
        if actor is not None:
            return actor
    if named:
        return named[0][0]
    for word in re.findall(r"[\w-]+", title):
        actor = actor_of_adjective(word)
        if actor is not None:
            return actor
    shouted = re.compile(r"\b[A-Z]{2,}\b")
    if shouted.search(title):  # '... of the Socialist Republic of VIET NAM', as a masthead in capitals writes it
        return actor_in_title(shouted.sub(lambda m: m[0].capitalize(), title))
    return None


def actor_of_adjective(word: str) -> Actor | None:
    """The actor a word is the adjective of ('Russian' -> Russia), else None."""
    return _by_adjective().get(word.casefold())


# a state's word, alone or before its officials: 'Finnish' (of 'Finnish officials'), 'the Chinese side'
_STATES_WORD = re.compile(r"(?:the\s+)?(?P<word>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
                          r"(?P<whose>\s+(?:officials|authorities|government|leadership|side|counterparts|investigators))?")


def actor_by_its_word(phrase: str, *, with_noun: bool = False) -> Actor | None:
    """The actor a phrase names by its adjective, alone or before its side or officials ('the
    Philippine side' -> the Philippines); with `with_noun`, only before such a noun."""
    m = _STATES_WORD.fullmatch(phrase.strip())
    return actor_of_adjective(m["word"]) if m is not None and (m["whose"] or not with_noun) else None


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Every form of every actor, longest first (so 'South Sudan' wins over 'Sudan'),
    matched case-sensitively as whole words: 'US' is not 'us', 'Chad' is not 'chad'."""
    forms = sorted({re.sub(r"^the ", "", f) for a in actors() for f in a.forms}, key=len, reverse=True)
    # (either spelling: the OSCE writes its own name 'Organisation for Security and Co-operation in Europe')
    spelled = (re.escape(f).replace("ization", "i[sz]ation").replace("isation", "i[sz]ation") for f in forms)
    # (not the sea or gulf a state names: 'attacks in the Gulf of Guinea' name no Guinea, nor 'the Sea of Japan' Japan)
    return re.compile(r"(?<![\w.-])(?<!Gulf of )(?<!Sea of )(?<!Bay of )(?<!Strait of )(?<!Straits of )(?:"
                      + "|".join(spelled) + r")(?![\w-])")


# ('the 1947 Paris Peace Treaty': a treaty, no France; 'the Pretoria agreement': no South Africa)
_NAMES_A_TEXT = re.compile(r"\s+(?:peace\s+|ceasefire\s+)?(?:agreements?|accords?|protocol)\b|"
                           r"\s+(?:(?:Peace|Framework|Final|Joint|Security|Partnership|Trade|Nuclear|Ceasefire)\s+)?"
                           r"(?:Conventions?|Declaration|Agreements?|Accords?|Protocols?|Process|Format|"
                           r"Document|Principles|Rules|Statute|Treaty|Charter|Consensus|Communiqu\w+|"
                           # 'the Taiwan Affairs Office of the State Council': Beijing's office on Taiwan
                           r"Affairs\s+(?:Office|Council|Commission|Bureau|Committee))\b")
_PLACES_EVENT = re.compile(r"\s+(?:deal|talks|summit|meeting|format|process|conference)\b")
_LOOK_BACK = 80  # characters before a mention: enough for the word before it


def actors_in(text: str) -> list[tuple[Actor, list[str]]]:
    """The well-known actors `text` mentions, in order of first mention, each with the forms
    the text uses for it (first used first). A form inside a longer proper name ('National
    Security Council', 'Turkish Republic of Northern Cyprus') is not a mention."""
    seen: dict[str, tuple[Actor, list[str]]] = {}
    for m in _pattern().finditer(text):
        before = text[max(0, m.start() - _LOOK_BACK) : m.start()].rstrip()  # not the whole prefix per mention
        previous = re.sub(r"[^\w]", "", before.split()[-1]) if before.split() else ""
        inside_name = previous[:1].isupper() and previous.lower() not in _OPENERS
        if inside_name and not before.endswith((".", ",", ";", ":", "\u201c", '"', "(")):
            continue
        if _NAMES_A_TEXT.match(text, m.end()):
            continue  # 'the Vienna Convention', 'the Paris Agreement', 'the Minsk Protocol': a text, no actor
        actor = actor_named(m.group(0)) or actor_named(re.sub("isation", "ization", m.group(0)))
        if actor is None or m.group(0) in actor.metonyms and previous == "the" and _PLACES_EVENT.match(text, m.end()):
            continue  # ('The African Union, which brokered the Pretoria deal': an event named by its place)
        forms = seen.setdefault(actor.name, (actor, []))[1]
        if m.group(0) not in forms:
            forms.append(m.group(0))
    return list(seen.values())


def states_named(text: str) -> set[str]:
    """The well-known states `text` names, by a name or by a capitalised word of a title
    ('The Turkish President', 'the head of the Russian state', 'President of France')."""
    by_word = (actor_in_title(w) for w in re.findall(r"[A-Z][\w'-]+", text))
    return {a.name for a, _ in actors_in(text) if a.kind == "state"} | \
        {a.name for a in by_word if a is not None and a.kind == "state"}

