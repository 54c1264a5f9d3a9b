"""Which parties a summary keeps, once its items are known (`prune_parties`): a state's army is
the state, parties that are one well-known actor are one, and only the parties the guide counts
stay (holding, asking, asked, claiming or accused, the voice and whom it acts for)."""

from __future__ import annotations

import re

from summariser import joint
from summariser.addressees import called_party
from summariser.background import named_as_place, not_an_actor, only_reports
from summariser.document import split_sentences
from summariser.gazetteer import actor_in_title, actor_named, actor_of_adjective, actors_in
from summariser.known_people import LEADERS_GOVERNMENT, actor_served
from summariser.links import fuller_namesake, signatories, styled_namesake
from summariser.name_forms import REGION_CODE, known_actor, listed_party, party_of
from summariser.parties import PartyBook, norm, written_with_article
from summariser.people import is_person_name
from summariser.post_names import spelled_post
from summariser.procedural import only_presence
from summariser.reading import contacts_start
from summariser.schema import Party, key_role
from summariser.targets import only_a_victim
from summariser.titles import PERSON_TITLE, TITLE_WORDS, names_a_post, only_in_titles
from summariser.written_names import described_person

# an official the text names by rank and nationality alone, no name: 'Senior Honduran official', 'Polish ambassador'
_UNNAMED_OFFICIAL = re.compile(r"(?:(?:a|an|the|one)\s+)?(?:(?:senior|top|high-ranking|junior|former)\s+)?"
                               r"(?-i:[A-Z])[a-z]+(?:\s+(?:government|foreign\s+ministry|security|military|intelligence))?\s+(?:officials?|"
                               r"ambassador|diplomats?|sources?|spokes(?:man|woman|person)|aides?|counterparts?)", re.I)
_MILITARY = re.compile(
    r"\b(army|armed forces|military|troops|forces|units|militaries|servicemen|soldiers|sabotage|"
    r"military-political|columns|convoys|warships|aircraft|jets|drones|missiles|tanks|artillery|battalions|"
    r"brigades|patrols)\b", re.I)
_AGAINST_IT = re.compile(r"\b(?:separatists?|rebels?|insurgents?|independence|opposition|militias?|terrorists?|"
                         # ('Myanmar National Democratic Alliance Army', "Ta'ang National Liberation Army")
                         r"liberation|alliance|resistance|revolutionary)\b|"
                         r"\banti-|"  # ('anti-China forces in the United States and the West')
                         r"\b(?:party|movement)$", re.I)  # ('the Lebanese Forces party': a political party)
_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]{1,15})\)$")


def _same_known_actor(parties: list[Party]) -> dict[str, str]:
    """Parties that are one well-known actor ('Ankara' and 'Turkey' listed apart), each
    mapped to the first of them; a party named by a metonym then takes the actor's name."""
    first: dict[str, Party] = {}
    merged: dict[str, str] = {}
    known = {p.id: known_actor(p) for p in parties}
    south = next((a for p in parties if (a := known[p.id]) is not None and a.name == "South Korea"), None)
    for p in parties:  # a bare 'Korea' beside the Republic of Korea is it (a ROK release's 'MOFA ... for Korea')
        known[p.id] = south if known[p.id] is None and p.kind == "state" and p.name == "Korea" else known[p.id]
    # the state itself, where it is listed, keeps the id ('China' over 'Chinese government')
    for p in sorted(parties, key=lambda p: (known[p.id] is None or p.kind != known[p.id].kind, p.name == "Korea")):
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
        # ... and so is a name in capitals, from a dateline ('UNITED NATIONS (AP) -'), by its own
        shouted = p.name.isupper() and " " in p.name
        if actor is not None and (REGION_CODE.sub("", p.name) in actor.metonyms or shouted
                                  # ('the Russian authorities', the one name the model gave Russia)
                                  or re.search(r"\b(?:side|authorities|leadership)$", p.name, re.I)
                                  or p.name in actor.adjectives):  # the model's 'Cambodian': Cambodia
            proper = actor.proper_name([p.name, *p.aliases])
            p.aliases = [n for n in [p.name, *p.aliases] if n != proper]
            p.name, p.kind = proper, actor.kind  # (a state by its own name is the state)
    return merged


def _state_of(party: Party, by_id: dict[str, Party], parties: list[Party]) -> Party | None:
    """The state a party's name starts from ('Azerbaijani Army' -> Azerbaijan; the model tied
    'Pakistan Army' to 'Azad Jammu and Kashmir'), else its affiliation."""
    first = party.name.split()[0][:5].lower() if party.name.split() else ""
    starts = [p for p in parties if p.kind == "state" and p.id != party.id and p.name.split()[0][:5].lower() == first]
    named = starts[0] if starts else None
    if named is None and party.name.split() and (actor := actor_of_adjective(party.name.split()[0])) is not None:
        named = next((p for p in parties if p.kind == "state" and known_actor(p) is actor), None)  # 'Malian troops'
    linked = by_id.get(party.affiliation or "")
    if len(starts) == 1 and linked is not named:
        return named  # (not 'Nigerian military' for Niger when Nigeria is listed too)
    if linked is not None and linked.kind == "state" and (party.kind != "non_state_group" or named is linked):
        return linked  # not an armed group its name does not tie to the state ('Rapid Support Forces')
    return named


def _regime_state(party: Party, book: PartyBook) -> Party | None:
    """The listed state whose government a leader's name calls it by ("Kurti's regime", which the
    model listed as a group of its own): the state the leader serves, known or tied in the book."""
    leader = LEADERS_GOVERNMENT.fullmatch(party.name) if party.kind != "person" else None
    if leader is None:
        return None
    actor = actor_served(leader["who"])
    if actor is not None:
        return next((p for p in book.parties if p.kind == "state"
                     and getattr(known_actor(p), "name", None) == actor.name), None) if actor.kind == "state" else None
    person = next((p for p in book.parties if p.kind == "person" and p.id != party.id
                   and p.name.split()[-1] == leader["who"].split()[-1]), None)
    boss = book.by_id(person.affiliation) if person is not None and person.affiliation else None
    return boss if boss is not None and boss.kind == "state" else None


def _sending_state(party: Party, book: PartyBook) -> Party | None:
    """The state whose embassy or consulate a party is ('Embassy of the Republic of Korea in
    Japan', 'the Russian Embassy'): a protest lodged there is lodged with that state."""
    if party.kind == "person" or not re.search(r"\b(?i:embassy|consulate(?:-general)?)\b", party.name):
        return None
    actor = actor_in_title(party.name)
    return party_of(actor, book) if actor is not None and actor.kind == "state" else None


def _unwritten_body_of(party: Party, book: PartyBook) -> Party | None:
    """The state a body the model named, and the text never writes under any of its names, acts
    for: the model's name for what the text calls otherwise ('Ukraine's military')."""
    if party.kind != "government_body" or any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", book.text, re.I)
                                                for name in (party.name, *party.aliases)):
        return None
    boss = book.by_id(party.affiliation) if party.affiliation else None
    return boss if boss is not None and boss.kind == "state" else None


def _written_possessive(party: Party, book: PartyBook) -> str | None:
    """The text's own name for a body the model named by its state's word: "Russia's Foreign
    Ministry" for the model's 'Russian Foreign Ministry' (the body, not the state it serves)."""
    boss = book.by_id(party.affiliation) if party.affiliation else None
    rest = " ".join(party.name.split()[1:])
    if boss is None or boss.kind != "state" or not rest:
        return None
    found = re.search(rf"(?<!\w){re.escape(boss.name)}['\u2019]s\s+{re.escape(rest)}(?!\w)", book.text)
    return found.group(0) if found else None


_REGION_LEADERS = re.compile(r"^(?:the\s+)?(?P<region>(?:[A-Z][\w-]+\s+){1,2})(?:leaders|heads\s+of\s+state)$")


def _bloc_of_leaders(party: Party, book: PartyBook) -> Party | None:
    """The one listed organisation whose name holds the region words of a group of leaders ('West
    African leaders' and the 'Economic Community of West African States'): the bloc they meet as."""
    region = _REGION_LEADERS.match(party.name) if party.kind != "person" else None
    if region is None:
        return None
    words = region["region"].split()
    blocs = [p for p in book.parties if p.kind == "international_org" and any(
        re.search(rf"\b{re.escape(' '.join(words))}\b", form) for form in (p.name, *p.aliases))]
    return blocs[0] if len(blocs) == 1 else None


# 'The military governments of Mali, Burkina Faso and Niger announced ...': a list of names that is
# the subject of its clause (a lower-case verb follows, not 'of' or 'in')
_SUBJECT_LIST = re.compile(r"(?P<list>(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}"
                           r"(?:,\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})*,?\s+and\s+"
                           r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})"
                           r"\s+(?!(?:of|in|on|at|to|for|from|with|by|as|the|a|an|and|or)\b)(?-i:[a-z])\w+")


_BODY_THEN_POST = re.compile(r"^(?P<body>.+\b(?:Council|Commission|Union|Parliament|Assembly|Court|Bank|"
                             r"Organi[sz]ation))\s+(?:President|Chair(?:man|person)?|Secretary[- ]General|"
                             r"Spokes(?:person|man|woman))$")
# a seat, not a body: 'Member of the Political Bureau of the CPC Central Committee' (Wang Yi's post)
_MEMBERSHIP = re.compile(r"(?:a\s+)?member\s+of\s+(?:the\s+)?[A-Z]", re.I)
# Many people or states under one name, listed as a person or a body: a joint text's signers
# ('Ministers of Foreign Affairs') or a bloc's members ('BRICS countries'), each a party of its own
# or the bloc already, no actor besides them
_MANY_UNDER_ONE_NAME = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}?(?:ministers|leaders|presidents|heads\s+of|secretaries|"
    r"representatives|envoys|ambassadors|delegations)\b|"
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:member\s+)?(?:countries|states|nations)$", re.I)


def _joint_subjects(item: object, book: PartyBook) -> set[str]:
    """The other states an item's evidence names beside its key party as one subject ('Mali,
    Burkina Faso and Niger announced ...'): they act together, so each is a party."""
    key = book.by_id(key_role(item) or "")
    if key is None or key.kind != "state":
        return set()
    found: set[str] = set()
    for evidence in getattr(item, "evidence", []):
        for m in _SUBJECT_LIST.finditer(evidence.quote):
            names = joint.names_listed(m["list"])
            named = [p for n in names if (p := book.find(n)) is not None and p.kind == "state"]
            if key in named and len(named) == len(names):
                found.update(p.id for p in named)
    return found


def _add_bosses(used: set[str], by_id: dict[str, Party], merged: dict[str, str], places: set[str]) -> None:
    """Add to `used` whom each used party acts for, and whom those act for, and so on."""
    todo = list(used)
    while todo:
        party = by_id.get(todo.pop())
        boss = merged.get(party.affiliation, party.affiliation) if party is not None and party.affiliation else None
        if boss and party.affiliation not in places and boss not in used:  # not 'for U.S. citizens'
            used.add(boss)
            todo.append(boss)


def _post_holder(post: Party, parties: list[Party]) -> Party | None:
    """The one named person whose title the post the model listed on its own is ('Chinese Foreign Minister' beside
    'Wang Yi', Foreign Minister; 'ILO Director-General' beside 'Director-General of the International Labour ...')."""
    if norm(post.name) in ("head of state", "the head of state") and post.affiliation is not None:  # (Mirziyoyev's)
        heads = [q for q in parties if q is not post and q.kind == "person" and q.affiliation == post.affiliation
                 and q.title and re.match(r"(?:the\s+)?(?:president|king|emir|sultan)\b", norm(q.title))]
        return heads[0] if len(heads) == 1 else None
    if post.kind not in ("person", "government_body") or not names_a_post(post.name) or is_person_name(post.name) \
            or len(post.name.split()) < 2:
        return None
    name = norm(post.name)
    # (a one-word title on the post's own side: 'President' Prabowo holds the heading's 'President of Indonesia')
    holders = [q for q in parties if q is not post and q.kind == "person" and q.title and (len(q.title.split()) >= 2
               or post.affiliation is not None and post.affiliation == q.affiliation)
               # (not the post's spokesperson: 'Spokesperson for the UN High Commissioner for Human Rights')
               and (norm(q.title) in name or name in norm(q.title) and not re.search(
                   rf"\b(?:for|of|to)\s+(?:the\s+)?{re.escape(name)}$", norm(q.title))
                    # ('OSCE Secretary General' holds the 'Secretary General of the Organisation ...': the OSCE's)
                    or post.affiliation is not None and post.affiliation == q.affiliation
                    and _post_words(q.title) == _post_words(post.name) != "" or spelled_post(post.name, q.title))
               and (not post.affiliation or not q.affiliation or post.affiliation == q.affiliation)]
    return holders[0] if len(holders) == 1 else None


def _post_words(name: str) -> str:
    """The words of a post's rank, in order ('secretary general' of 'OSCE Secretary General')."""
    words = re.split(r"\s+(?:of|for|to|on|in)\s+", norm(name))[0].split()  # (not what the post is of)
    return " ".join(w for w in words if w in TITLE_WORDS and w != "the")


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
        if p.kind in ("international_org", "government_body") and (body := _BODY_THEN_POST.match(p.name)):
            # the model's 'European Council President' for the body Charles Michel presides
            if (named := book.find(body["body"])) is not None and named is not p:
                merged[p.id] = named.id
                continue
            book.rename(p, body["body"])
        abbreviated = _ABBREVIATION.match(p.name)  # 'Jaish-e-Mohammad (JeM)'
        if abbreviated:
            p.name = abbreviated["name"]
            p.aliases.append(abbreviated["short"])
        # (not 'Taiwan independence separatist forces': a state's opponents are no army of it)
        military = _MILITARY.search(p.name) and not _AGAINST_IT.search(p.name)
        state = _state_of(p, by_id, book.parties) if military else _regime_state(p, book)
        if state is None and p.id != issuer and (state := _sending_state(p, book)) is not None:
            merged[p.id] = state.id  # 'the Embassy of the Republic of Korea in Japan', protested to: Seoul
            state.aliases.append(p.name)
            continue
        # 'Lord Cameron' and 'David Cameron', both listed: one person ('Claudia Sheinbaum', added by an item's
        # speaker, and the model's 'Claudia Sheinbaum Pardo' too: the shorter name folds into the fuller)
        if state is None and (full := styled_namesake(p, book.parties) or fuller_namesake(p, book.parties)):
            merged[p.id] = full.id
            full.affiliation = full.affiliation or p.affiliation
            full.aliases.append(p.name)
            continue
        if state is None and (described := described_person(p, book)) is not None:
            merged[p.id] = described.id  # the model's 'Russian-Armenian billionaire' for 'Samvel Karapetyan, a ...'
            continue
        if state is None and (holder := _post_holder(p, book.parties)) is not None:
            merged[p.id] = holder.id  # the model's 'Foreign Secretary' beside 'Priya Lal', the Foreign Secretary
            holder.aliases.append(p.name)
            continue
        if state is None and p.id != issuer and p.kind == "person" and _UNNAMED_OFFICIAL.fullmatch(p.name) \
                and (served := by_id.get(p.affiliation or "")) is not None and served.kind == "state":
            met = [q for q in book.parties if q.kind == "person" and q is not p and q.affiliation == served.id]
            merged[p.id] = met[0].id if len(met) == 1 and p.name.casefold().endswith("counterpart") else served.id
            continue  # 'Senior Honduran official', 'Polish ambassador': no one named ('Polish Counterpart': the Pole)
        if state is None and p.id != issuer and p.kind == "person" and (served := by_id.get(p.affiliation or "")) \
                and re.search(r"\s(?:for|of|in|on)$", p.title or ""):
            merged[p.id] = served.id  # "WFP's Regional Director for" 'Eastern Africa': a post's end, no one named
            continue
        if state is None and (bloc := _bloc_of_leaders(p, book)) is not None:
            merged[p.id] = bloc.id  # 'West African leaders' at an ECOWAS summit: the Economic Community
            bloc.aliases.append(p.name)
            continue
        if state is None and p.id != issuer and _unwritten_body_of(p, book) is not None \
                and (written := _written_possessive(p, book)) is not None:
            # ... already listed under the written name, or under its body's name for the same side
            # ('Ministry of External Affairs', for India, beside "India's Ministry of External Affairs"): one party
            if (namesake := next((q for q in book.parties if q is not p and (
                    q.name == written or q.affiliation == p.affiliation
                    and re.sub(r"^.+?['\u2019]s\s+", "", written) == q.name)), None)) is not None:
                merged[p.id] = namesake.id
                namesake.aliases.extend((p.name, written))
                continue
            book.rename(p, written)  # the model's 'Russian Foreign Ministry': "Russia's Foreign Ministry"
        if state is None and p.id != issuer and (state := _unwritten_body_of(p, book)) is not None:
            merged[p.id] = state.id  # the model's 'Ukraine's Defense Ministry' for the text's 'Ukraine's military'
            continue
        if state is not None:
            merged[p.id] = state.id
            if p.name not in state.aliases:
                state.aliases.append(p.name)
    # a place, or no actor at all ('Russian-Estonian relations'): never asked or accused
    places = {p.id for p in book.parties if p.id not in merged and named_as_place(p, book.text) or not_an_actor(p)
              or only_reports(p, book.text)}  # a wire's reporters are no actors either
    for item in items:
        if getattr(item, "addressee", None) in places:
            item.addressee = None
        if hasattr(item, "disputed_by"):
            item.disputed_by = [x for x in item.disputed_by if x not in places]
    order = {p.id: k for k, p in enumerate(book.parties)}
    for pid in list(merged):  # two parties each folded into the other: the first listed of the loop stays
        path, into = [pid], merged.get(pid)
        while into in merged and into not in path:
            path.append(into)
            into = merged[into]
        if into in path:
            merged.pop(min(path[path.index(into):], key=lambda q: order.get(q, 0)), None)
    for pid, into in merged.items():  # an army folded into a state that was itself folded
        while into in merged:
            into = merged[into]
        merged[pid] = into
    used = {merged.get(issuer, issuer)} if issuer else set()
    used.update(merged.get(pid, pid) for pid in book.asked_together)  # 'urged both parties': both are
    called = called_party(book)
    # the other side of a call its heading names (a post the model listed as a body, 'President
    # of Ukraine', is only a name of the person who holds it)
    if called is not None and called.id not in places and called.kind != "government_body":
        used.add(merged.get(called.id, called.id))
    for item in items:
        used.add(merged.get(key_role(item), key_role(item)))
        used.update(merged.get(x, x) for x in _joint_subjects(item, book))
        for x in (getattr(item, "addressee", None), *getattr(item, "disputed_by", [])):
            if x:
                used.add(merged.get(x, x))
    # (not a person's post: 'Minister for Foreign Affairs of Malta Ian Borg', speaking as the OSCE's Chairman)
    if issuer in by_id and by_id[issuer].kind != "person":  # 'Foreign Ministers of Japan, ... and the United States'
        used.update(p.id for form in (by_id[issuer].name, *by_id[issuer].aliases) for actor, _ in actors_in(form)
                    if (p := listed_party(actor, book)))
        listed = signatories(book)  # 'We, the Foreign Ministers of Australia, India, ...': the issuer and the rest
        used.update(listed if issuer in listed else ())
    # (the Secretary serves the U.S. Department of State, which serves the United States: both stay)
    _add_bosses(used, by_id, merged, places)
    # a person who acts for a party that stays, if the text writes the name ('Ambassador of the
    # Republic of Sorvania', pieced together from 'exchange ambassadors', is nobody)
    # not a press contact in the closing lines, nor one only listed as present ('was accompanied by')
    folded = "\n".join(s.text for s in split_sentences(book.text[: contacts_start(book.text)])
                       if not only_presence(s.text)).casefold()
    # ... and any person or government body the text writes, whoever they act for: the guide lists the
    # actors a text tells of ('Maulana Yousuf Azhar', 'the Russian Foreign Ministry'), not only those
    # holding an item (dev parties 84.9 -> 86.0)
    # (a post the model listed as a body, 'President of Belarus', is only a name of its holder)
    used.update(p.id for p in book.parties if p.kind in ("person", "government_body") and p.id not in places
                and not (p.kind == "government_body" and (PERSON_TITLE.match(p.name) or only_in_titles(p, book)
                                                          or _MEMBERSHIP.match(p.name)))
                and any(n.casefold() in folded for n in (p.name, *p.aliases))  # not a ship listed as one
                and (p.kind != "person" or not p.name.split()[-1][:1].islower())
                and (p.kind != "government_body" or not p.name[:1].islower())  # not 'other relevant authorities'
                and not (_MANY_UNDER_ONE_NAME.match(p.name) and actor_named(p.name) is None)  # nor 'BRICS countries'
                and not only_a_victim(p, book.text))  # nor 'Senior Government officials' for nobody kept
    kept = [p for p in book.parties if p.id in used and p.id not in merged]
    dropped = [p.name for p in book.parties if p.id not in used and p.id not in merged]
    if dropped:
        book.notes.append(f"parties not kept (no role in any item): {', '.join(dropped)}")
    renumber = {p.id: f"p{n}" for n, p in enumerate(kept, start=1)}
    renumber.update({old: renumber[new] for old, new in merged.items() if new in renumber})

    def new_id(pid: str) -> str:
        return renumber[merged.get(pid, pid)]

    boss_of = {p.id: p.affiliation for p in book.parties}
    for p in kept:
        boss, seen = p.affiliation, set()
        while boss is not None and boss not in renumber and boss not in seen:
            seen.add(boss)  # (the side of a body not kept: 'Chairperson of the Transitional Presidential Council')
            boss = boss_of.get(boss)
        p.id, p.affiliation = renumber[p.id], renumber.get(boss or "")
        if p.affiliation == p.id:  # it acted for a party folded into it
            p.affiliation = None
        p.aliases.extend(written_with_article(p, book.text))
        p.aliases = [a for a in dict.fromkeys(p.aliases) if a != p.name]  # each other name once
    for item in items:
        for role in ("holder", "requester", "asserted_by", "addressee"):
            if getattr(item, role, None):
                setattr(item, role, new_id(getattr(item, role)))
        if hasattr(item, "disputed_by"):
            # (a side folded into the asserter disputes nothing: 'ISPR' and 'Pakistan Army' are Pakistan)
            item.disputed_by = [x for x in dict.fromkeys(new_id(x) for x in item.disputed_by) if x != item.asserted_by]
            if not item.disputed_by and item.status in ("denied", "disputed"):
                item.status = "unchallenged"  # (no one left in the text to deny it: its own side's 'denial')
    book.replace(kept)
    return new_id(issuer) if issuer else None
