"""Who holds a post that an organisation's own texts name by the post alone: a UN press
encounter's 'SG: Good afternoon.', 'The Secretary-General strongly condemns ...'. An analyst, and
the guide, name the person ('António Guterres'); the post stays as an alias. Only a text with a date
inside one holder's term is named so (`data/office_holders.txt`)."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple

from summariser.gazetteer import actor_named, actors_in, states_named
from summariser.known_parties import add_speaker
from summariser.name_forms import known_actor, party_of
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.referents import sole_person_of
from summariser.schema import Party
from summariser.titles import GOVERNMENT_POST, names_a_post


class Term(NamedTuple):
    organisation: str  # the gazetteer's name for it ('NATO')
    post: str
    holder: str
    first_day: str
    last_day: str  # '' while the holder is still in post


@functools.cache
def terms() -> tuple[Term, ...]:
    rows = resources.files("summariser").joinpath("data/office_holders.txt").read_text(encoding="utf-8")
    found = []
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            organisation, post, holder, first, last = (part.strip() for part in line.split("|"))
            actor = actor_named(organisation)
            found.append(Term(actor.name if actor else organisation, post, holder, first, last))
    return tuple(found)


def _post_key(words: str) -> str:
    return " ".join(w for w in re.split(r"[\s-]+", words.casefold()) if w not in {"the", "of", ""})


def holder_of(post: str, organisation: str, date: str) -> str | None:
    """Who held `post` of `organisation` (the gazetteer's name) on `date` (ISO), if the table knows."""
    return next((t.holder for t in terms() if t.organisation == organisation and _post_key(t.post) == _post_key(post)
                 and t.first_day <= date and (not t.last_day or date <= t.last_day)), None)


def name_office_holders(book: PartyBook, date: str | None, issuer: str | None = None) -> None:
    """A person the summary names by a post alone ('Secretary-General', 'UN Secretary-General')
    takes the name of the one who held it on the document's date; the post becomes their title."""
    if not date:
        return
    # (a body the model made of a post, 'WHO Director-General', is its holder too)
    for party in [p for p in book.parties if p.kind in ("person", "government_body")]:
        named = [a for a, _ in actors_in(party.name)]
        boss = book.by_id(party.affiliation) if party.affiliation else None
        organisation = named[0] if named else known_actor(boss) if boss is not None else None
        home = book.by_id(issuer) if issuer and boss is None and not named else None
        voice = known_actor(home) if home is not None else None
        if organisation is None and voice is not None and voice.kind == "international_org" \
                and (party.kind == "person" or names_a_post(party.name)) \
                and not GOVERNMENT_POST.search(party.title or party.name):  # (nor a state's 'Federal Government')
            organisation = voice  # a bare 'Secretary-General' in the UN's own briefing: the UN's
            party.affiliation = home.id  # type: ignore[union-attr]
        if organisation is None or organisation.kind != "international_org":
            continue
        post = party.name
        for form in sorted(organisation.forms, key=len, reverse=True):  # 'UN Secretary-General', '... of the UN'
            post = re.sub(rf"(?:\s+of\s+(?:the\s+)?)?\b{re.escape(form)}\b\s*", " ", post).strip()
        holder = holder_of(post, organisation.name, date)
        un = actor_named("United Nations") if holder is None and organisation.name.startswith("UN ") else None
        if un is not None and (holder := holder_of(post, un.name, date)) is not None:
            party.affiliation = party_of(un, book).id  # the Secretary-General, whom the model tied to the Council
        if holder is not None and book.find(holder) is None:
            title = party.title or party.name
            party.kind = "person"
            book.rename(party, holder)
            party.title = title
            book.notes.append(f"{title!r} named {holder!r}: who held the post on {date}")


def bare_title_holder(lead_in: str, book: PartyBook) -> Party | None:
    """The person a bare title means ('Any possible agreements, the President emphasised, ...') when
    the text gives that title with one state only ('The President of Russia rejected ...'): the one
    listed person serving that state. A title the text gives two states (a call between two
    presidents) means nobody by itself."""
    bare = _BARE_TITLE.fullmatch(lead_in)
    if bare is None:
        return None
    title = r"\s+".join(map(re.escape, bare["title"].split()))
    given = re.findall(rf"\b{title}\s+of\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,3}})", book.text,
                       re.I)
    states = {state for words in given for state in states_named(words)}
    return sole_person_of(f"the {bare['title']} of {states.pop()}", book) if len(states) == 1 else None


_BARE_TITLE = re.compile(r"\W*the\s+(?P<title>(?:Federal\s+)?(?:President|Prime\s+Minister|Chancellor|King|Emir|"
                         r"Premier|Foreign\s+Minister))\s*", re.I)


def envoy_named_before(lead_in: str, text: str, at: int, book: PartyBook) -> Party | None:
    """The envoy a bare 'the envoy' or 'the ambassador' means: the one the text last named with that
    post before `at` ("The State Department summoned Russia's ambassador, Anatoly Antonov. After the
    meeting, the envoy said ..."), listed or added."""
    if not _THE_ENVOY.search(lead_in):  # ('After the meeting, the envoy said')
        return None
    named = list(_ENVOY_NAMED.finditer(text, 0, at))
    if not named:
        return None
    return speaker_in(named[-1]["name"], book.parties) or add_speaker(named[-1].group(0) + ", ", book)


# ('An embassy statement said the ambassador had called on ...': the envoy named before)
_THE_ENVOY = re.compile(r"(?:^|,)\W*(?:the\s+(?:envoy|ambassador|diplomat)|an?\s+embassy\s+statement)"
                        r"(?:\s+(?:also|then|later|again))*\s*$", re.I)
_ENVOY_NAMED = re.compile(r"(?:\b[A-Z][\w.'\u2019-]*\s+){0,2}(?i:ambassador|envoy)(?:\s+(?:to|in)\s+[^,.;]{2,40})?,\s+"
                          r"(?:H\.E\.\s+|(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})")
