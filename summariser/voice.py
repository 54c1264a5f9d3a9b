"""Whose voice a document speaks in, checked against its own first-person lines.

A heading that names the other side ('Press Release Regarding the Statement of the Greek Ministry of Foreign
Affairs', "Official Spokesperson's response to ... remarks by the Prime Minister of Canada") leads a small
model to take that side for the voice, and then every 'we' of the text goes to the party it answers. The text
settles it: a document does not ask its own side to act ('We call on Greece to ...') or reject its own side's
statement ('We reject the claims in the statement issued by the Greek Ministry ...'). When the first person
does either to the model's voice, the voice is the state the text names most among the others; nor is a
rebuttal the voice of those whose accusations its heading says it answers. A publisher the text names itself
or its heading tells of (`publishers`: a report 'released today', a 'From:' line, 'Iran: UN experts condemn
...', 'UNHCR calls on Greece to ...') stands over the model's voice, and the voice's own officials by bare
titles serve it.
"""

from __future__ import annotations

import re
from collections import Counter

from summariser import answers, asking_sides, cues, headings, party_sides
from summariser.background import not_an_actor
from summariser.callers import caller, heading_host, host_state
from summariser.gazetteer import (
    Actor,
    actor_by_its_word,
    actor_in_title,
    actor_named,
    actor_of_adjective,
    actors_in,
    without_portfolio,
)
from summariser.known_parties import ORGANISATION_POST, OWN_HEAD
from summariser.known_people import actor_served
from summariser.links import first_signatory, signatories
from summariser.name_forms import known_actor, listed_party, party_of
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.publishers import heading_asker, self_named_publisher
from summariser.schema import Party
from summariser.voice_ties import SPOKESPERSON, follow_new_voice, signatories_group

_WE = re.compile(r"^\W*(?:(?:a|answer)\s*(?::|\s[-\u2013])\s*)?(?:we|i)\b", re.I)  # 'A: We urge', 'A - We urge\'
# a government's statement names itself: 'The Government urges North Korea to immediately cease ...'
_THE_GOVERNMENT = re.compile(r"^\W*the\s+government\s+(?:also\s+|further\s+|strongly\s+|once\s+again\s+)?"
                             r"(?:urges|calls|demands|rejects|warns|condemns)\b", re.I)
# 'We reject the baseless claims in the statement issued today by the Greek Ministry ...'
_REJECTED_FROM = re.compile(
    r"\b(?:reject|dismiss|refute|den(?:y|ies|ied))\w*\b[^.;]{0,100}?\b(?:statements?|claims?|allegations?|remarks|"
    r"accusations?)\b[^.;]{0,60}?\b(?:of|by|from)\s+(?P<who>(?:the\s+|their\s+)?[A-Z][^,.;]{2,60})")
# 'We warn Tallinn that any further unfriendly actions will receive a firm response'
_WARNED = re.compile(r"\bwarn(?:s|ed)?\s+(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
# 'The United States claims that the deployment is purely defensive. This is not true: ...'
_CLAIMS_THAT = re.compile(r"^\W*(?P<who>(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+"
                          r"(?:claims|asserts|alleges|insists|maintains)\s+that\b")
# 'All responsibility for the consequences lies with Washington and Berlin.'
# (not another's assertion it rejects: 'The Chinese assertion that responsibility lies with Japan is ...')
_ASSERTED = re.compile(r"\b(?:assertion|claim|allegation|accusation|suggestion|insinuation)s?\s+that\s+(?:the\s+)?$")
_BLAMED = re.compile(r"\bresponsibility\b[^.;]{0,60}?\b(?:lies|rests)\s+(?:entirely\s+|solely\s+)?with\s+"
                     r"(?P<who>[A-Z][^.;]{1,60})")


def _answered_sides(text_sentences: list[str], book: PartyBook) -> list[Party]:
    """The parties whose claim the text tells and answers in the next breath, or on whom it lays the blame."""
    phrases = []
    for at, sentence in enumerate(text_sentences):
        told = _CLAIMS_THAT.match(sentence)
        if told and at + 1 < len(text_sentences) and answers.answers_what_was_said(text_sentences[at + 1]):
            phrases.append(told["who"])
        if (blamed := _BLAMED.search(sentence)) and not _ASSERTED.search(sentence, 0, blamed.start()):
            phrases += re.split(r",\s*|\s+and\s+", blamed["who"])
    return [p for p in (speaker_in(ph, book.parties) for ph in phrases if ph.strip()) if p is not None]


# 'Our Embassy in Moscow has requested ...' (a mission is where its state is not); 'We have not been informed by
# the Russian side' (the side it deals with)
_OUR_MISSION_IN = re.compile(r"\bour\s+(?:embassy|consulate(?:\s+general)?|ambassador|mission|diplomats?)\s+in\s+"
                             r"(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)", re.I)
_DEALT_WITH_SIDE = re.compile(r"\b(?:by|from|with|to)\s+the\s+(?P<side>[A-Z][\w'\u2019-]*\s+side)\b")


def answered_parties(text_sentences: list[str], book: PartyBook) -> list[Party]:
    """The parties the document's first person asks to act, warns, deals with as 'the Russian side', keeps an
    embassy in, or whose statements it rejects (and those whose claims it answers or whom it blames)."""
    answered = _answered_sides(text_sentences, book)
    answered += [p for m in _OUR_MISSION_IN.finditer(" ".join(text_sentences))
                 if (p := speaker_in(m["who"], book.parties)) is not None]
    for sentence in text_sentences:
        if not _WE.match(sentence) and not _THE_GOVERNMENT.match(sentence):
            continue
        phrases = []
        asked = asking_sides.addressee_phrase(sentence) if cues.plainly_asks(sentence) else None
        if asked and not _A_PEOPLE.match(asked):  # (not its own people: 'We continue to urge Nigerians in the region')
            phrases.append(asked)
        rejected = _REJECTED_FROM.search(sentence)
        if rejected:
            phrases.append(rejected.group("who"))
        warned = _WARNED.search(sentence)
        if warned:
            phrases.append(warned.group("who"))
        phrases += [m["side"] for m in _DEALT_WITH_SIDE.finditer(sentence)]
        answered += [p for p in (speaker_in(ph, book.parties) or _side_by_its_word(ph, book) for ph in phrases if ph)
                     if p is not None]
    return answered


_A_PEOPLE = re.compile(r"\W*(?:all\s+|our\s+)?[A-Z][a-z]+(?:an|ese|i|ish|ch)s\b(?!\s+(?:side|government|authorities))")


def _side_by_its_word(phrase: str, book: PartyBook) -> Party | None:
    """The listed state a phrase names by its adjective before its side ('We urge the Philippine side')."""
    return listed_party(actor, book) if (actor := actor_by_its_word(phrase, with_noun=True)) is not None else None


_BROTHERLY = re.compile(r"\b(?:brotherly|fraternal|sisterly|sister)\s+(?:people\s+of\s+|(?:State|Republic)\s+of\s+)?"
                        r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")


def _brothers(book: PartyBook) -> list[Party]:
    """The states the text calls brotherly ('... stand by brotherly Azerbaijan'): never its own side."""
    return [p for p in (speaker_in(m["who"], book.parties) for m in _BROTHERLY.finditer(book.text)) if p is not None]


# "answer to a media question concerning accusations by the Netherlands and the United Kingdom of ..."
_ANSWERED_IN_HEADING = re.compile(
    # ('Statement on the Allegations Made by the Government of Canada': a heading's capitals)
    r"\b(?i:accusations?|allegations?|claims?|statements?|remarks|comments)\s+(?i:made\s+)?(?i:by)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})?)")


def _answered_in_heading(book: PartyBook) -> list[Party]:
    """Those whose accusations or remarks a heading says the document answers: never its voice."""
    heading = headings.first_line(book.text)
    m = _ANSWERED_IN_HEADING.search(heading)
    # ('Weekly Media Briefing: Remarks by the Official Spokesperson ...': a label, then the issuer's own remarks)
    if m and re.fullmatch(r"\W*(?:[\w ]{1,40}:\s+)?(?:(?:press|joint|media|official|written|opening)\s+)?",
                          heading[: m.start()], re.I):
        return []  # 'Press statement by the Minister ...': the issuer's own statement, which answers nobody
    named = re.split(r"\s+and\s+", m["who"]) if m else []
    # ('Pakistan rejects Afghan interim government's remarks on ...': whose remarks it answers)
    named += [answered] if (answered := headings.answered_in(book.text)) else []
    return [p for p in (speaker_in(who, book.parties) for who in named) if p is not None]


def checked_voice(book: PartyBook, voice: Party | None, sentences: list[str]) -> Party | None:
    """The model's `voice`, unless the document's first person answers it or its heading names it as the one
    spoken with; then the state the text names most often among the others (None if there is none). A voice
    that an issuing heading names is never overturned, but the side the model tied it to is: 'Comment by Foreign
    Ministry Spokeswoman Maria Zakharova' does not speak for Estonia when her 'we' calls on Estonia to change course."""
    if voice is None and (first := first_signatory(book)) is not None:
        return first  # a joint statement's first signatory, where the model named no voice
    if voice is not None and voice is signatories_group(book, signatories(book)) \
            and (first := first_signatory(book)) is not None:
        book.notes.append(f"{voice.name!r} is {first.name!r}: the text's name for the signatories, the first of them")
        book.fold(voice, first)  # (the model's 'Quad' for the four whose joint statement it is: the first-named's)
        return first
    if voice is None or not_an_actor(voice) and voice is not book.issuer:
        return None  # the model's 'Korea-Japan-U.S. cooperation' speaks for nobody
    # a heading's issuer stands; else a publisher the text names itself stands over the model's voice
    publisher = self_named_publisher(book) if book.issuer is None else None
    if publisher is not None and publisher.id not in party_sides.sides(book.parties).get(voice.id, {voice.id}):
        book.notes.append(f"voice {voice.name!r} replaced by {publisher.name!r}: the text releases its report")
        return publisher
    side = party_sides.sides(book.parties)
    own = side.get(voice.id, {voice.id})
    official = _organisation_speaking(book) if book.issuer is None and voice.kind == "state" else None
    if official is not None and official.id not in own:
        # 'Georgia: Secretary General Alarmed by ...' over 'The Secretary General of the Council of Europe,
        # Alain Berset, today expressed ...': the state in the title is the topic, the organisation speaks
        book.notes.append(f"voice {voice.name!r} replaced by {official.name!r}: its official opens the text")
        return official
    masthead = _masthead_state(book) if book.issuer is None else None
    if masthead is not None and masthead.id not in own and voice.kind == "state":
        # 'INTER SERVICES PUBLIC RELATIONS' atop the release: Pakistan's, whichever state it asks
        book.notes.append(f"voice {voice.name!r} replaced by {masthead.name!r}: the masthead names the publisher")
        follow_new_voice(book, voice, masthead)
        return masthead
    # (the model's Azerbaijan for 'Prime Minister Nikol Pashinyan holds talks with ...'; the guest's state or the venue,
    # 'Foreign Minister meets Lebanese President ... in Beirut')
    if (host := host_state(book) if voice.kind == "state" else None) is not None and host.id not in own \
            and speaker_in(heading_host(book.text) or headings.first_line(book.text), [voice]) is None:
        book.notes.append(f"voice {voice.name!r} replaced by {host.name!r}: the heading's host speaks")
        return host
    if (asker := heading_asker(book, voice, own)) is not None:
        book.notes.append(f"voice {voice.name!r} replaced by {asker.name!r}: the heading says it asks {voice.name!r}")
        return asker
    asked = answered_parties(sentences, book)
    asked += _brothers(book) + _answered_in_heading(book)
    # 'Telephone conversation with President of France Emmanuel Macron': the heading's other side
    other = headings.counterpart_in(book.text)
    asked += [p for p in book.parties if other and speaker_in(other, [p]) is not None]
    # ("... call with the President of Finland": Finland, the state of the one called)
    asked += [p for a, _ in actors_in(other or "") if a.kind == "state" and (p := listed_party(a, book)) is not None]
    # 'the Estonian leadership', listed apart, is Estonia: the same well-known actor
    actors = {a.name for p in asked if (a := known_actor(p)) is not None}
    asked += [p for p in book.parties if (a := known_actor(p)) is not None and a.name in actors]
    answered = set().union(*(side[p.id] for p in asked))
    tied = book.by_id(voice.affiliation) if voice.affiliation else None
    if voice is book.issuer and tied is not None and tied.kind == "international_org" \
            and _STATE_MINISTRY.search(voice.title or voice.name):
        # 'Foreign Ministry Spokeswoman Maria Zakharova', tied by the model to the EU her comment
        # answers: a state's ministry serves a state, which the text settles below
        book.notes.append(f"{voice.name!r} does not act for {tied.name!r}: a state's ministry serves a state")
        voice.affiliation = None
    if (voice is book.issuer or voice.kind == "government_body") and voice.affiliation is None \
            and voice.kind in ("government_body", "person") \
            and not actors_in(without_portfolio(voice.name)) and actor_in_title(voice.title or voice.name) is None \
            and not ORGANISATION_POST.search(voice.title or voice.name) \
            and len(signatories(book)) < 2:  # an Under-Secretary-General serves no state, nor eight states' ministers
        # 'Foreign Ministry statement on the new EU sanctions package': the ministry of the state the
        # text names most, among those its first person does not answer
        # (not the place its name is about: 'Taiwan Affairs Office of the State Council')
        about = {p.id for a, _ in actors_in(_AFFAIRS_OF.sub(r"\1", voice.name)) if (p := listed_party(a, book))}
        home = _masthead_state(book) or _speaking_state(sentences, book, answered | about) \
            or _heading_state(book, answered) or _state_it_commits(book, answered | about) \
            or _most_named_state(book, answered | about)
        voice.affiliation = home.id if home is not None and home.id != voice.id else None
    if voice.id not in answered:
        _own_officials(book, voice, answered)
        return voice
    # 'Telephone conversation with President of the United States Donald Trump' / 'Vladimir Putin had a
    # telephone conversation with ...': the one who placed the call, not the state named most (Ukraine)
    placer = caller(book.text, book)
    best = placer if placer is not None and placer.id not in answered else _most_named_state(book, answered)
    if best is None:
        return voice
    if book.issuer is not None:
        if voice.affiliation in answered and actor_in_title(voice.title or voice.name) is None \
                and actor_served(voice.name) is None:  # (not a known leader: 'Aleksandar Vucic' is Serbia's)
            book.notes.append(f"{voice.name!r} acts for {best.name!r}, not for the side its first person answers")
            voice.affiliation = best.id
        return voice
    book.notes.append(f"voice {voice.name!r} replaced by {best.name!r}: the document's first person answers it")
    follow_new_voice(book, voice, best)  # (its 'Foreign Ministry Spokesperson' speaks for the new one)
    return best


_STATE_MINISTRY = re.compile(r"\b(?:foreign|defen[cs]e|interior)\s+ministry\b|\bministry\s+of\s+(?:foreign|external)\s+"
                             r"affairs\b|\bMFA\b|\bforeign(?:,|\s+and)\s+commonwealth\b|\bforeign\s+office\b", re.I)


def _own_officials(book: PartyBook, voice: Party, answered: set[str]) -> None:
    """The voice's own foreign ministry when its name gives no state, and its officials by a title
    that names no state: a spokesperson the model tied
    to a side the first person answers ('the Official Spokesperson, Shri Randhir Jaiswal, said:
    "We urge the Government of Bangladesh ..."'), and 'the President of the Republic' of a
    state's statement, whatever state the model tied them to."""
    home = voice.id if voice.kind == "state" else voice.affiliation if voice.kind != "international_org" else None
    if home is None:
        return
    for body in book.parties:  # 'Ministry of Foreign Affairs, National Community Abroad and African Affairs'
        if body.kind == "government_body" and body.affiliation is None and _STATE_MINISTRY.search(body.name) \
                and actor_in_title(body.name) is None:
            body.affiliation = home
    for person in book.parties:
        titles = " ".join([person.title or "", *person.aliases])
        if person.kind != "person" or person.affiliation == home or actor_in_title(titles) is not None:
            continue
        # the title the text writes before the name counts too: 'the Official Spokesperson, Shri Randhir Jaiswal'
        spokesperson = SPOKESPERSON.search(titles) or re.search(
            rf"\bspokes(?:person|man|woman),?\s+(?:[A-Z][\w.]*\s+)?{re.escape(person.name)}\b", book.text, re.I)
        # ('Director-General of the Asian and Oceanian Affairs Bureau Namazu Hiroyuki' in Japan's release)
        civil_servant = person.affiliation is None and _DESK_POST.search(titles)
        if OWN_HEAD.search(titles) or person.affiliation in answered and spokesperson or civil_servant:
            book.notes.append(f"{person.name!r} serves {book.by_id(home).name!r}, the voice: the title names no other")
            person.affiliation = home


# a ministry's desk: its director, its bureau or department head, whom no other state sends
_DESK_POST = re.compile(r"\b(?:Director(?:-General)?|Bureau|Department|Directorate|Division)\b")
_AS_A_PLACE = re.compile(r"\b(?:in|into|inside|across|near)\s+(?:(?:the\s+)?(?:north|south|east|west|central)\w*\s+)?$",
                         re.I)


def _weighed_mentions(form: str, text: str) -> float:
    """How often `text` names `form`; a mention as a place ('operation in northern Iraq') counts
    half: the state where something happens is less often the one that speaks."""
    return sum(0.5 if _AS_A_PLACE.search(text[max(0, m.start() - 30) : m.start()]) else 1.0
               for m in re.finditer(rf"\b{re.escape(form)}\b", text))


# 'The United States condemns this verdict.', unquoted in a release signed by a bare 'Secretary of State'
_STATE_SPEAKS = re.compile(r"^\W*(?:the\s+)?(?P<name>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})"
                           r"(?:\s+government)?\s+(?:(?:strongly|firmly|also|again|further|likewise)\s+)?"
                           r"(?:condemns|calls\s+(?:on|upon|for)|urges|welcomes|rejects|demands|reiterates|deplores|"
                           r"denounces|supports|stands\s+with)\b", re.I)


# the place a body's name says it deals with: 'Taiwan' of 'Taiwan Affairs Office'
_AFFAIRS_OF = re.compile(r"^(?:the\s+)?(.+?)\s+Affairs\s+(?:Office|Council|Commission|Bureau|Committee)\b.*$")


def _speaking_state(sentences: list[str], book: PartyBook, answered: set[str]) -> Party | None:
    """The one state that opens unquoted sentences with a stance or an ask of its own, among
    those the first person does not answer; None when none or several do."""
    found: dict[str, Actor] = {}
    for sentence in sentences:
        m = _STATE_SPEAKS.match(sentence)
        actor = actor_named(m["name"]) if m and not headings.QUOTE_MARK.search(sentence[: m.end()]) else None
        if actor is not None and actor.kind == "state":
            found[actor.name] = actor
    if len(found) != 1:
        return None
    party = party_of(found.popitem()[1], book)
    return None if party.id in answered else party


# an organisation's official who opens a release: 'Spokesperson for the UN High Commissioner for Human
# Rights', 'The Secretary General of the Council of Europe, Alain Berset, today expressed ...'
_ORGANISATION_OFFICIAL = re.compile(r"^\W*(?:the\s+)?(?:spokes(?:person|man|woman)|secretary[- ]general|"
                                    r"high\s+commissioner|director[- ]general|chair(?:person|man)?)\s+(?:for|of)\s+"
                                    r"(?:the\s+)?(?-i:[A-Z])[^,:;\n]{2,80}", re.I)


def _organisation_speaking(book: PartyBook) -> Party | None:
    """The international organisation whose official a heading line or the opening sentence names first."""
    for line in headings.heading_lines(book.text)[:3]:
        m = _ORGANISATION_OFFICIAL.match(line)
        actor = actor_in_title(m[0]) if m else None
        if actor is not None and actor.kind == "international_org":
            return party_of(actor, book)
    return None


def _masthead_state(book: PartyBook) -> Party | None:
    """The state a heading line of its own names, and nothing else ('REPUBLIC OF KOREA' under
    'OFFICE OF THE PRESIDENT'): the publisher's, whatever its sentences say of others."""
    for line in headings.heading_lines(book.text)[:2]:
        words = headings.unshouted(line.strip())
        actor = actor_named(words)
        if actor is not None and actor.kind == "state" and words in actor.forms:
            return party_of(actor, book)
    return None


def _heading_state(book: PartyBook, answered: set[str]) -> Party | None:
    """The one state the heading names as the publisher ('THE WHITE HOUSE' above a Press
    Secretary's statement), a heading in capitals read as words; not one the document answers
    or calls ("Readout of the Prime Minister's call with the President of Finland")."""
    found = {a.name: a for line in headings.heading_lines(book.text)[:2]
             for a, _ in actors_in(line.title() if line.isupper() else line) if a.kind == "state"}
    home = party_of(found.popitem()[1], book) if len(found) == 1 else None
    return None if home is None or home.id in answered else home


# a state whose stance the speaker states or commits: 'Prime Minister Carney reaffirmed Canada's unwavering
# support ...', '... confirmed that Canada will co-host ...' (in a readout whose heading gives no state)
_COMMITS_STATE = re.compile(r"\b(?:reaffirmed|reiterated|underlined|underscored|expressed|pledged|announced|"
                            r"confirmed|stressed)\s+(?:that\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
                            r"(?:['\u2019]s\s|\s+(?:will|would|remains|stands)\b)")


def _state_it_commits(book: PartyBook, answered: set[str]) -> Party | None:
    """The one state, among those the first person does not answer, whose stance or commitment the
    text's speakers state; None when none or several."""
    found = {actor.name: actor for m in _COMMITS_STATE.finditer(book.text)
             if (actor := actor_named(m["name"])) is not None and actor.kind == "state"}
    party = party_of(found.popitem()[1], book) if len(found) == 1 else None
    return party if party is not None and party.id not in answered else None


def _most_named_state(book: PartyBook, answered: set[str]) -> Party | None:
    """The state the text names most often, by name, alias or its word ('Russian diplomats'),
    among those the first person does not answer; added to the book if the model left it out."""
    counts: Counter[str] = Counter()  # weighed: a mention as a place counts half
    for actor, forms in actors_in(book.text):
        if actor.kind == "state":
            counts[actor.name] += sum(_weighed_mentions(f, book.text) for f in forms)
    for word, times in Counter(re.findall(r"\b[A-Z][\w-]+\b", book.text)).items():
        actor = actor_of_adjective(word)  # 'Russian' -> Russia (a name was counted above)
        if actor is not None and actor.kind == "state" and not actors_in(word):
            counts[actor.name] += times
    for p in book.parties:  # a listed state the gazetteer does not know, and the text does not call a region
        if p.kind == "state" and known_actor(p) is None and not _called_a_part(p, book.text):
            counts[p.name] += sum(_weighed_mentions(n, book.text) for n in [p.name, *p.aliases])
    for p in book.parties:
        # an answered state is out; a body tied to it is no evidence ('Russian Embassy in Tallinn', Estonia's)
        if p.id in answered and p.kind == "state":
            counts.pop(p.name, None)
            if (actor := known_actor(p)) is not None:
                counts.pop(actor.name, None)
    if not counts or max(counts.values()) == 0:
        return None
    name = max(counts, key=counts.__getitem__)
    return next((p for p in book.parties if p.kind == "state" and (p.name == name or (
        (a := known_actor(p)) is not None and a.name == name))), None) or book.add(name, "state")


def _called_a_part(party: Party, text: str) -> bool:
    """Does the text call the listed 'state' a part or territory of another ('The Union
    Territory of Jammu and Kashmir is and will remain an integral part of India')?"""
    name = re.escape(party.name)
    # ('the Indian state of Arunachal Pradesh', '... was, is, and will always be an integral and inalienable part of')
    return bool(re.search(rf"\b(?:union\s+territory|province|region|oblast|governorate|autonomous\s+\w+|"
                          rf"(?-i:[A-Z])\w+\s+(?-i:state))\s+of\s+(?:the\s+)?{name}\b|"
                          rf"\b{name}\b[^.;]{{0,40}}?\b(?:is|are|was|remains?)\b[^.;]{{0,60}}?\bpart\s+of\b",
                          text, re.I))
