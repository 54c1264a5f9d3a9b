"""Acronyms a text spells out ('the National Electoral Council (CNE)'): each is another name of the
party it abbreviates, so 'the AFR leadership' is the AFR and 'the Ministry (MFA)' the listed ministry."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named, actor_of_adjective
from summariser.parties import PartyBook
from summariser.schema import Party

_AGENCY = re.compile(r"AP|AFP|UPI|ANI|PTI|IANS|SPA|WAM|QNA|KUNA|MENA|APS|IRNA|TASS|KCNA|BSS|APP|NAN|KNA")


def add_acronyms(book: PartyBook) -> None:
    """The acronym the text gives in brackets after a party's name ('... pour le Renouveau (AFR)')
    is an alias of the party: 'the AFR leadership' is the AFR."""
    for party in list(book.parties):  # (a party folded into another on the way is gone)
        if party not in book.parties:
            continue
        initial = re.sub(r"^the\s+", "", party.name, flags=re.I)[:1].upper()
        for m in re.finditer(rf"{re.escape(party.name)}\s+\((?P<acronym>[A-Z][A-Z0-9&/-]{{1,9}})\)", book.text):
            # ('MAPUTO, Mozambique (AP) -': the wire; '... Mission in the DRC (SAMIDRC)': a longer name's)
            if not _AGENCY.fullmatch(m["acronym"]) and m["acronym"][0] == initial:
                book.alias(party, m["acronym"])
        if party.kind == "government_body":
            _alias_short_form(party, book)
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,8}", party.name) and sum(c.isupper() for c in party.name) >= 2:
            # listed by the acronym: 'The Ministry of Foreign Affairs (MoFA)' spells it out, and
            # 'the Ministry' later is the same body
            # (on one line: 'El Fasher' over a 'Geneva (ICRC) -' dateline is no name of the ICRC)
            # (unbracketed, a listed 'league' written out as a state's body: its state, but no alias)
            written = written_out_in(party.name, book.text) or "" if party.kind == "international_org" else ""
            owner = actor_of_adjective(written.split()[0]) if written and book.find(written) is None else None
            state = next((p for p in book.parties if p.kind == "state" and actor_named(p.name) == owner), None) \
                if owner is not None else None
            if state is not None:
                # 'the Australian Security Intelligence Organisation', later 'ASIO': a listed state's body, no league
                party.kind, party.affiliation = "government_body", party.affiliation or state.id
            long_form = spelled_out_in(party.name, book.text) or ""
            named = book.find(long_form) if long_form else None
            if long_form and named is None:
                book.alias(party, long_form)
            elif named is not None and named is not party and named.kind == "state":
                party.affiliation = party.affiliation or named.id  # spelled out as a state's listed name
            elif named is not None and named is not party and (actor_named(party.name) is None
                                                              or actor_named(party.name) == actor_named(named.name)):
                # 'Armed Forces of the Philippines' and 'AFP', both listed: one body (not CARICOM, a well-known
                # organisation, into the 'Conference of Heads of Government of the Caribbean Community', its organ)
                book.fold(party, named)


_BRACKETED = re.compile(r"\b(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and)\s+)*){1,6}\((?P<acronym>[A-Z][A-Za-z]{1,5})\)")
_OF_STATE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\s'\u2019-]*")


def _alias_short_form(body: Party, book: PartyBook) -> None:
    """'the Ministry of Foreign Affairs (MFA)' in the release of the listed 'Ministry of Foreign
    Affairs of Romania': the acronym of its name without the state it serves is the body's."""
    for m in _BRACKETED.finditer(book.text):
        long_form = spelled_out_in(m["acronym"], m.group(0)) or ""
        if long_form and body.name.startswith(long_form + " ") and book.find(m["acronym"]) is None \
                and _OF_STATE.fullmatch(body.name[len(long_form):]):
            book.alias(body, m["acronym"])


def spelled_out_in(acronym: str, text: str) -> str | None:
    """The long form the text writes before `acronym` in brackets, on one line ('the results
    announced by the National Electoral Council (CNE)' -> 'National Electoral Council'), if any."""
    word = r"[A-Z][\w'\u2019-]*"
    spelled = re.search(rf"(?P<name>{word}(?:[ \t]+(?:(?:of|for|and|on|in|the)[ \t]+)*{word}){{1,9}})"
                        rf"[ \t]+\({re.escape(acronym)}\)", text)
    return _spelled_out(spelled["name"], acronym) if spelled is not None else None


def _spelled_out(words: str, acronym: str) -> str:
    """The words an acronym spells, from the capitalised run before it: 'International Committee of
    the Red Cross' of 'President of the International Committee of the Red Cross (ICRC)'."""
    split = words.split()
    letters = "".join(c for c in acronym if c.isupper())
    for k in range(len(split)):
        if split[k][:1].isupper() and "".join(w[0] for w in split[k:] if w[:1].isupper()) == letters:
            return " ".join(split[k:])
    return re.sub(r"^The\s+", "", words)


def written_out_in(acronym: str, text: str) -> str | None:
    """The long form the text writes somewhere as a run of capitalised words whose initials spell
    `acronym` ('the Australian Security Intelligence Organisation', later 'ASIO'), if any."""
    letters = "".join(c for c in acronym if c.isupper())
    if len(letters) < 3:
        return None
    word = r"[A-Z][\w'\u2019-]*"
    for m in re.finditer(rf"{word}(?:[ \t]+(?:(?:of|for|and|on|in|the)[ \t]+)*{word}){{{len(letters) - 1}}}", text):
        if "".join(w[0] for w in m[0].split() if w[:1].isupper()) == letters:
            return m[0]
    return None
