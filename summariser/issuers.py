"""The issuer: the party a document's heading says issued it ('Statement by the Ministry of Foreign
Affairs of the Republic of Serbia', 'Readout of ... call with ...'), found among the model's parties
or added, and tied to the state or organisation it speaks for."""

from __future__ import annotations

import itertools
import re

from summariser import headings
from summariser.callers import caller, named_maker
from summariser.gazetteer import (
    actor_in_title,
    actor_named,
    actor_of_adjective,
    actors_in,
    states_named,
    without_portfolio,
)
from summariser.known_people import actor_served
from summariser.name_forms import known_actor, listed_party, party_of
from summariser.naming import speaker_in
from summariser.parties import PartyBook, norm, stems
from summariser.people import HONORIFICS, is_person_name, only_titles, people_titled, person_in, person_titled
from summariser.post_holders import sole_person_of
from summariser.posts import title_before
from summariser.schema import Party
from summariser.titles import (
    BODY_HINTS,
    ON_TOPIC,
    ORG_HINTS,
    PERSON_TITLE,
    SHORT_TITLES,
    TITLE_WORDS,
    guess_kind,
    names_a_post,
    split_title,
    with_first_name,
)

# the lead-in of a communiqué's numbered paragraphs: 'Having heard the statements ..., the Executive Committee:'
# ('5. Having deliberated, the Authority decided as follows:')
_OPERATIVE_LEAD = re.compile(r"(?m)^(?:[^\n]{0,300},\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}"
                             r"(?:Committee|Council|Assembly|Conference|Ministers|Commission|Authority|Summit)"
                             r"(?:\s+(?:decided|decides|resolved|resolves)(?:\s+as\s+follows)?)?\s*[:,]?\s*$")


def _communique_org(text: str, book: PartyBook) -> Party | None:
    """The organisation whose masthead tops a communiqué whose numbered paragraphs one of its organs
    adopts ('Organisation of Islamic Cooperation' over '..., the Executive Committee:' and '1. Condemns
    ...'): its voice, not the state that chaired the meeting."""
    top = headings.first_line(text)
    orgs = [actor for actor, _ in actors_in(top) if actor.kind == "international_org"]
    if len(orgs) != 1 or not _OPERATIVE_LEAD.search(text[:4000]) and not _secretariat_line(text, orgs[0].forms):
        return None
    party = listed_party(orgs[0], book) or party_of(orgs[0], book)
    if party is not None:
        book.issuer = party
    return party


def _secretariat_line(text: str, forms: tuple[str, ...]) -> bool:
    """Is a heading line below the title the organisation's secretariat ('Pacific Islands Forum Secretariat' over
    'Communiqué of the Pacific Islands Forum Foreign Ministers Meeting'): the publisher, not the host the
    dateline names ('Suva, Fiji')?"""
    lines = {headings.unshouted(line.strip()).casefold() for line in headings.heading_lines(text)[1:4]}
    return any(f"{form} secretariat".casefold() in lines or f"secretariat of the {form}".casefold() in lines
               for form in forms)


def _group_masthead(text: str, book: PartyBook) -> Party | None:
    """A listed group or body whose name is the text's first line, as a masthead ('SUDANESE CIVILIAN
    FRONT FOR PEACE AND DEMOCRACY' over its Leadership Council's statement): its voice, not the state
    the model named, which the group opposes."""
    top = headings.unshouted(headings.first_line(text).strip())
    party = book.find(top) if len(top.split()) >= 3 else None
    if party is None or party.kind not in ("non_state_group", "government_body", "other") or actors_in(top):
        return None  # (a state's own ministry on top is its ministry's masthead, read elsewhere)
    if _MOVEMENT.search(top):  # a front or movement is its own side, no organ of the state it opposes
        party.kind, party.affiliation = "non_state_group", None
    lines = headings.heading_lines(text)
    organ = _ORGAN_LINE.fullmatch(lines[1].strip()) if len(lines) > 1 else None
    if organ is not None:  # 'Leadership Council' under it: 'The Council calls on ...' is the group speaking
        book.alias(party, f"the {organ['organ']}", f"the {organ[0]}")
    book.issuer = party
    return party


def _labelled_spokesperson(text: str, book: PartyBook) -> Party | None:
    """The spokesperson a briefing note's heading lines name ('Office of the United Nations High Commissioner
    for Human Rights' above 'Spokesperson: Liz Throssell'): its voice, for the body on the line above, not the
    state the notes are about."""
    lines = [line.strip() for line in headings.heading_lines(text)[:5]]
    for above, line in zip(lines, lines[1:], strict=False):
        label = _SPOKESPERSON_LINE.fullmatch(line)
        if label is None or not is_person_name(label["name"]):
            continue
        person = book.find(label["name"]) or book.add(label["name"], "person", "Spokesperson")
        person.kind, person.title = "person", person.title or "Spokesperson"
        if _SPOKEN_FOR_LINE.fullmatch(above):
            body = book.find(above) or book.add(above, guess_kind(above))
            person.affiliation = body.id  # (not the state the model tied her to: the one the notes are about)
        book.issuer = person
        return person
    return None


_SPOKESPERSON_LINE = re.compile(r"Spokes(?:person|man|woman)\s*:\s*(?P<name>[A-Z][^:,;\n]{2,60})")
_SPOKEN_FOR_LINE = re.compile(r"(?:Office|Department|Ministry|Secretariat|Commission)\s+(?:of|for)\s+(?:the\s+)?"
                              r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?(?:the\s+)?[A-Z][\w'\u2019-]*){0,8}")
_ORGAN_LINE = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?P<organ>Council|Committee|Bureau|Secretariat|Presidium)")
_MOVEMENT = re.compile(r"\b(?:front|movement|coalition|alliance|opposition|platform)\b", re.I)


# a heading line that is a body of an organisation by name alone: 'Council of the European Union'
_ORGANS_NAME = re.compile(r"(?:The\s+)?(?P<head>Council|Committee|Commission|Assembly|Conference|Secretariat|"
                          r"Parliament)\s+of\s+the\s+[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'\u2019-]*){0,5}")


def _body_masthead(text: str, book: PartyBook) -> Party | None:
    """A body named alone on a heading line ('Council of the European Union' under '...: Council
    adopts conclusions') whose paragraphs it speaks by its head noun ('2. The Council reiterates
    ...', twice at least): its voice, not the state the conclusions are about."""
    for line in headings.heading_lines(text)[:3]:
        body = _ORGANS_NAME.fullmatch(headings.unshouted(line.strip()))
        if body is None or len(re.findall(rf"(?m)^\W*(?:\d+\.\s+)?The\s+{body['head']}\s+(?:\w+ly\s+)?[a-z]+s\b",
                                          text)) < 2:
            continue
        name = re.sub(r"^The\s+", "", body[0])
        party = book.find(name) or book.add(name, "government_body")
        book.alias(party, f"the {body['head']}")
        org = next((actor for actor, _ in actors_in(name) if actor.kind == "international_org"), None)
        link_boss(party, party_of(org, book) if org is not None else None)
        book.issuer = party
        return party
    return None


def _ministers_masthead(text: str) -> str | None:
    """A minister's own masthead: the name, then the post, on lines of their own ('SENATOR THE HON PENNY
    WONG' over 'Minister for Foreign Affairs'): 'Penny Wong, Minister for Foreign Affairs'. Under a
    speech's title too ('Remarks at a UN Security Council Briefing on Ukraine', then 'Ambassador Linda
    Thomas-Greenfield' over 'U.S. Representative to the United Nations')."""
    lines = [line.strip() for line in headings.heading_lines(text)][:4]
    for name_line, post in itertools.pairwise(lines):
        # ('U.S. Representative to the United Nations': the title within its first words)
        # (not a transcript's label line, 'Spokesperson: Esmaeil Baghaei', under the briefing's title)
        if not PERSON_TITLE.search(" ".join(post.split()[:3])) or len(post.split()) > 8 or ":" in post:
            continue
        found = person_in((headings.unshouted(name_line) if name_line.isupper() else name_line) + " ")
        if found and is_person_name(found[0]):
            return f"{found[0]}, {post}"
        if name_line is not lines[0] or not _SPOKEN_AT.match(name_line):
            return None
    return None


# the title of what a person said, whose name the next line gives ('Remarks at a UN Security Council Briefing')
_SPOKEN_AT = re.compile(r"^\W*(?:remarks|address|speech|statement|intervention|explanation\s+of\s+vote)\s+"
                        r"(?:at|to|before|on|in|during)\b", re.I)


def _by_surname(name: str, book: PartyBook) -> Party | None:
    """The one listed person whose surname a heading names alone ('Minister Joly's statement' and
    the listed 'Mélanie Joly')."""
    last = name.split()[-1].casefold() if len(name.split()) == 1 else None
    found = [p for p in book.parties if p.kind == "person" and last and p.name.split()[-1].casefold() == last]
    return found[0] if len(found) == 1 else None


# a post alone as a heading's issuer: 'PM call with ...' (the Prime Minister, a person)
_ORGAN = re.compile(r"(?:Conference|Council|Assembly|Authority|Summit|Meeting)\s+of\s+(?:the\s+)?"
                    r"(?:Heads|Ministers|Foreign)")
_LONE_POST = re.compile(r"(?:Deputy\s+)?Prime\s+Minister|(?:Foreign|Defence|Home)\s+Secretary|Chancellor")


# Downing Street's heading: 'PM meeting with the Taoiseach: 7 September 2024', 'PM call with President Zelenskyy'
_OWN_POST_MEETS = re.compile(r"^\W*(?P<post>PM|Prime\s+Minister|President|Chancellor|Foreign\s+Secretary)"
                             r"(?:['\u2019]s)?\s+(?:(?:tele)?phone\s+)?(?:call|meeting|talks|conversation|"
                             r"bilateral(?:\s+meeting)?)\s+with\b")


def _own_post(text: str, book: PartyBook) -> Party | None:
    """The listed bare post whose meeting the heading reports ('PM meeting with ...': the Prime Minister)."""
    m = _OWN_POST_MEETS.match(text)
    post = "Prime Minister" if m and m["post"] == "PM" else m["post"] if m else ""
    return book.find(post) if post else None


def _own_side_titled(post: str, text: str, book: PartyBook) -> Party | None:
    """Of the people the text names with the heading's bare post, the one not on the other end:
    'President's Telephone Call with the President of the Argentine Republic' is issued by the
    president the text names who is not Argentina's ('President Tomás Echeverría')."""
    other = headings.counterpart_in(text)
    if other is None:
        return None
    called = {p.id for p in book.parties if speaker_in(other, [p]) is not None}
    ours = [p for p in people_titled(post, book) if p.id not in called and p.affiliation not in called]
    return ours[0] if len(ours) == 1 else None


_PLACE_AND_DATE = re.compile(r"(?:,\s+[A-Z][\w'\u2019. -]{1,30})?,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)"
                             r"\s+\d{4}$")


def issuing_party(text: str, book: PartyBook, said: Party | None) -> Party | None:
    """The party a heading says issued the document ('Statement by the Ministry of Foreign
    Affairs of the Republic of Serbia ...'), added to the book and linked to the state it
    speaks for; else `said`, the voice the model named. The guide lists the issuing body or
    official as a party of its own, beside its state."""
    phrase = headings.heading_issuer(text) or named_maker(text) or headings.carried_statement_maker(text) \
        or _ministers_masthead(text)
    if phrase is None:
        return _communique_org(text, book) or _body_masthead(text, book) or _own_post(text, book) \
            or _group_masthead(text, book) or _labelled_spokesperson(text, book) or said or caller(text, book)
    phrase = _PLACE_AND_DATE.sub("", phrase)  # ('... Heorhii Tykhyi, Kyiv, 14 May 2025': where and when, no post)
    phrase = re.sub(r"^the\s+(?=[A-Z])", "", HONORIFICS.sub("", phrase))  # ('Address by H.E. the Minister of ...')
    full = with_first_name(phrase, text) if len(phrase.split()) == 1 and not phrase.isupper() else phrase
    surnamed = full != phrase and is_person_name(full) and actor_served(full) is not None
    phrase = full if surnamed else phrase  # ('Hong Kong: Türk deplores ...': Volker Türk, a well-known official)
    # '... Supreme National Security Council (SNSC)': the model may have listed it by its acronym
    acronym = re.search(r"\s*\((?P<short>[A-Z]{2,8})\)$", phrase)
    phrase = phrase[: acronym.start()] if acronym else phrase
    if said is not None and said.kind != "person" and re.fullmatch(r"(?:the\s+)?(?:lead\s+)?spokes\w+", phrase, re.I):
        # the EEAS's 'Statement by the Spokesperson on ...': no one named, the body speaks (a state the model
        # named stays open to the text's check: 'Spokesperson's comment on ... in the Philippines' is China's)
        book.issuer = said if said.kind != "state" else book.issuer
        return said
    # 'H.E. Mr. Ali Sabry, Minister of Foreign Affairs of Sri Lanka': the honorifics go
    parts = [HONORIFICS.sub("", part).strip() for part in phrase.split(",") if part.strip()]
    order = parts[1:] + parts[:1] if len(parts) > 1 else []
    named = next((part for part in order if is_person_name(part)), None) or next(
        (part for part in order if split_title(part)[1] and is_person_name(split_title(part)[0])), None)
    if named is not None:  # 'Government Spokesperson, Yolande Makolo'; 'Commodore Jay Tarriela, PCG Spokesperson ...'
        name, rank = split_title(named) if not is_person_name(named) else (named, None)
        title, kind = ", ".join(([rank] if rank else []) + [part for part in parts if part != named]), "person"
    else:
        name, title = split_title(phrase)
        # ('Head of the Press Service Department of the Ministry ... Aykhan Hajizada')
        person = bool(title) and bool(PERSON_TITLE.search(title or "") or re.match(r"(?i)head\s+of\b", title or "")) \
            and len(name.split()) <= 4 and not re.search(r"\b(?:in|of|for|the|and|on|to)$", title or "", re.I)
        # (not '... of the Organisation for Security and Co-operation in' Europe: an organisation's name, cut)
        if not person:
            name, title = phrase, None
        kind = "person" if person or surnamed or PERSON_TITLE.match(phrase) or _LONE_POST.fullmatch(phrase) \
            else "government_body"
    if ORG_HINTS.search(name) and kind != "person" and not BODY_HINTS.search(name):
        kind = "international_org"
    # 'Secretary Blinken' as the model listed it (its name since completed); 'the Foreign Secretary': Rowan Pike
    listed = book.find(name) or book.find(phrase) or (_by_surname(name, book) if kind == "person" else None) \
        or (book.find(acronym["short"]) if acronym else None) \
        or book.rename(next((book.find(short) for short, post in SHORT_TITLES.items() if post == phrase), None), phrase)
    # (the model's 'PM' for the heading's 'PM call with ...': renamed to the post it stands for)
    if listed is not None and listed.name.isupper() and not phrase.isupper() \
            and listed.name.casefold() == phrase.casefold():
        book.rename(listed, phrase)  # the model's 'MINISTRY OF FOREIGN AFFAIRS', as a masthead in capitals reads
    on_topic = next((p for p in book.parties if ON_TOPIC.sub("", p.name) == phrase), None) if listed is None else None
    if on_topic is not None:  # the model's 'Spokesperson for the Secretary-General on Haiti'
        listed = book.rename(on_topic, phrase)
    spoken_for = re.fullmatch(r"(?:the\s+)?spokes\w+\s+(?:for|of)\s+the\s+(?P<post>[\w\s-]+)", phrase, re.I)
    # (also when the model listed the spokesperson: the statement still speaks for the one it names)
    boss = book.find(spoken_for["post"]) if spoken_for else None
    if spoken_for and boss is None and re.search(
            rf"\b[Tt]he\s+{re.escape(spoken_for['post'])}\s+(?:\w+ly\s+)?[a-z]+s\b", text):
        # 'The Secretary-General strongly condemns ...' under 'Statement attributable to the Spokesperson
        # for the Secretary-General': the one the statement speaks for, whom the model did not list
        boss = book.add(spoken_for["post"], "person", spoken_for["post"])
        boss.aliases.append(f"the {spoken_for['post']}")  # as the text calls him ('the UN chief' may follow)
    if boss is not None and boss.kind == "person":
        listed = boss  # 'Statement attributable to the Spokesperson for the Secretary-General': the SG's voice
    titled = person_titled(name, book) if listed is None or (listed.kind != "person" and only_titles(name)) else None
    titled = titled or (_own_side_titled(name, text, book) if listed is None and only_titles(name) else None)
    titled = titled or (sole_person_of(name, book) if listed is None else None)  # 'President of Russia – Events'
    other = headings.counterpart_in(text)
    if titled is not None and other is not None and speaker_in(other, [titled]) is not None:
        titled = None  # 'PM call with Prime Minister Netanyahu of Israel': the one called bears the post too
    if listed is not None and titled is not None:
        book.fold(listed, titled)  # the model's 'Prime Minister' body is 'Prime Minister Shri Narendra Modi'
        title = title or name
    party = titled or listed
    body = same_body(name, book) if party is None else None
    if body is not None and norm(body.name).endswith(" " + norm(name)):
        book.alias(body, name)  # 'Council conclusions': the listed 'European Council' keeps its full name
        party = body
    if body is not None and body.kind == "international_org" and (names_a_post(name) or known_actor(body) is not None
                                                                  and _ORGAN.match(name)):
        # 'Secretary General of the Organisation for Security ...': its post, not the OSCE renamed; 'Conference of
        # Heads of Government of the Caribbean Community': its organ, beside CARICOM
        body = None
    party = party or book.rename(body, name) or book.add(name, kind, title)  # type: ignore[arg-type]
    book.issuer = party
    if party.kind == "person" and title and (not party.title or HONORIFICS.fullmatch(party.title + " ")):
        party.title = title  # the heading's 'Minister of Foreign Affairs of Sri Lanka' over 'H.E. Mr.'
    post = book.find(title) if party.kind == "person" and title else None
    if post is not None and post.id != party.id and post.kind != "person" and only_titles(post.name):
        book.fold(post, party)  # the model's 'Minister for Foreign Affairs' body is the minister herself
        party.title = title if not party.title or len(title) > len(party.title) else party.title  # not 'Senator'
    short = phrase.split(" of ")[0]
    if short != phrase and party.kind != "person" and f"the {short}".casefold() in text.casefold():
        apart = book.find(short)
        if apart is not None and apart.id != party.id and apart.kind not in ("person", "state"):
            book.fold(apart, party)  # the model's 'General Secretariat' beside the issuer's full name
        book.alias(party, f"the {short}")  # 'The Ministry rejects ...' is the issuer speaking
    head = phrase.split(",")[0].strip()
    cut = book.find(head) if head != phrase and party.kind != "person" else None
    if cut is not None and cut.id != party.id and cut.kind == party.kind:
        book.fold(cut, party)  # the model's 'Ministry of Foreign Affairs': the issuer's name, cut at its comma
    if other is not None:
        # the side the issuer spoke with is not its own, whatever the model tied it to
        called = {p.id for p in book.parties if speaker_in(other, [p]) is not None}
        party.affiliation = None if party.affiliation in called else party.affiliation
        said = None if said is not None and said.id in called else said
    # the state a heading is about is not the issuer's: 'Joint Statement by the Troika ... on the extension of
    # South Sudan's transitional period' (the model's voice, South Sudan)
    topic = re.search(r"\s(?:on|regarding|about|concerning)\s(?P<topic>.+)$", text.lstrip().split("\n", 1)[0])
    said = None if said is not None and topic is not None and speaker_in(topic["topic"], [said]) is not None \
        and speaker_in(phrase, [said]) is None else said
    # ('Humanitarian Coordinator for Haiti, Ulrika Richardson': the place a post is for is its brief)
    named = {actor.name: actor for actor, _ in actors_in(without_portfolio(phrase))}
    boss = known_actor(book.by_id(party.affiliation)) if party.kind == "person" and party.affiliation else None
    if len(named) == 1 and boss is not None and boss.name not in named:
        party.affiliation = None  # 'Council of Europe Secretary General ...': not the UN a bare title suggested
    if party.affiliation is None and party.kind != "state":
        state = next((known for known in (listed_party(actor, book) for actor in named.values()) if known), None)
        actor = actor_in_title(phrase) if state is None else None  # 'of the Russian Foreign Ministry'
        if state is None and actor is None and re.search(r"\bSpokes\w+\s+for\s+the\s+Secretary-General\b|"
                                                         r"\b(?:Humanitarian|Resident)\s+Coordinator\b", phrase):
            actor = actor_named("United Nations")  # the UN's 'Statement attributable to the Spokesperson for the SG'
        # (a well-known official whom the heading names alone serves whom the data says: Türk, the UN)
        actor = actor or (actor_served(party.name) if state is None and party.kind == "person" else None)
        if actor is not None and actor.kind in ("state", "international_org"):
            state = party_of(actor, book)
        # an organisation's own body ('Council conclusions') acts for no state the model named
        bosses = ("international_org",) if party.kind == "international_org" else ("state", "international_org")
        link_boss(party, state or (said if said is not None and said.kind in bosses else None))
    return party


def _short_form(name: str) -> str:
    """'ICAO Council' for 'the Council of the International Civil Aviation Organization', 'OAS General
    Secretariat' for 'General Secretariat of the Organization of American States' (normalised); else ''."""
    of = re.match(r"^(?:the\s+)?(?P<noun>[A-Z]\w+(?:\s+[A-Z]\w+){0,2})\s+of\s+(?:the\s+)?(?P<long>[^(]+?)\s*(?:\(|$)",
                  name)
    return norm(f"{''.join(w[0] for w in of['long'].split() if w[:1].isupper())} {of['noun']}") if of else ""


def same_body(name: str, book: PartyBook) -> Party | None:
    """A listed body that is most likely the one `name` names: mostly the same words
    ('Serbian Ministry of Foreign Affairs' for 'Ministry of Foreign Affairs of the Republic
    of Serbia'), or the end of its name ('the Committee' for 'National Security Committee').
    People and states are never taken for a body."""
    words = stems(name)
    short = _short_form(name)
    states = states_named(name)
    # (not one of the bodies a name lists: 'Southern African Development Community' for 'East African Community
    # and the Southern African Development Community', nor 'Prime Minister of Papua New Guinea' for 'Prime
    # Ministers of Australia and Papua New Guinea')
    listed = [stems(piece) for piece in re.split(r"\s+and\s+(?:the\s+)?(?=[A-Z])", name)]
    for p in book.parties:
        if p.kind in ("state", "person") or len(states) >= 2 and not states <= states_named(p.name) \
                or len(listed) == 2 and any(stems(form) <= piece for form in (p.name, *p.aliases) for piece in listed):
            continue
        for form in (p.name, *p.aliases):  # ('MoFA', spelled out as 'Ministry of Foreign Affairs')
            # (and 'OAS General Secretariat' for the listed 'General Secretariat of the Organization of ...')
            if short and norm(form) == short or _short_form(form) == norm(name):
                return p
            theirs = stems(form)
            # ('the Authority' for 'ECOWAS Authority of Heads of State and Government')
            shortened = norm(form).endswith(" " + norm(name)) or f" {norm(name)} of " in f" {norm(form)} "
            if shortened or len(words & theirs) * 5 >= 3 * len(words | theirs):
                return p
    return None


def link_boss(party: Party, boss: Party | None) -> None:
    """`party` acts for `boss`, unless it already acts for someone or is `boss` itself."""
    if boss is not None and party.affiliation is None and boss.id != party.id:
        party.affiliation = boss.id


def follow_the_issuer(book: PartyBook, guessed: Party, issuer: Party) -> None:
    """The model took the wrong state for the voice ('Syria' for a statement of Iran's foreign
    ministry about Damascus) and tied the officials to it: a person it tied there whose post, as
    the text writes it, names no state ('Spokesman of the Ministry of Foreign Affairs Nasser
    Kanaani', 'Foreign Minister Hossein Amir-Abdollahian') serves the issuing ministry's state;
    'his Syrian counterpart' and the 'President of the Security Council' stay as they were."""
    home = book.by_id(issuer.affiliation) if issuer.kind == "government_body" else None
    if home is None or home.kind != "state" or guessed.kind != "state" or home.id == guessed.id \
            or len(actors_in(issuer.name)) >= 2:  # ('Foreign Ministers of Australia and New Zealand': both)
        return
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation == guessed.id]:
        phrase = f"{title_before(person.name, book.text) or ''} {person.title or ''} {person.name}"
        if not any(w.strip(",").casefold() in TITLE_WORDS for w in phrase.split()) or actors_in(phrase) \
                or actor_in_title(phrase) is not None \
                or any(actor_of_adjective(w) for w in re.findall(r"[A-Z][a-z]+", phrase)):
            continue
        book.notes.append(f"{person.name!r} serves {home.name!r}, the issuer's state, not the voice {guessed.name!r}")
        person.affiliation = home.id
