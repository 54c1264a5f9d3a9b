"""Whom the words of a lead-in mean when they name nobody outright: a bare title ('The
Secretary'), a state's head by its post ('the head of the Russian state'), an unnamed organ
('the army', 'the authorities'), a spokesperson for someone, or the one a report's line says
urged; and a bare full name the text keeps writing. `speakers` asks these once a sentence's
lead-in names no listed party."""

from __future__ import annotations

import re

from summariser import headings, joint
from summariser.document import Document
from summariser.gazetteer import actor_in_title, actor_named, actors_in, states_named
from summariser.known_parties import OWN_HEAD, add_speaker
from summariser.mentions import titled_mention
from summariser.name_forms import known_actor, listed_party, listed_states, party_of
from summariser.naming import speaker_in
from summariser.parties import PartyBook, norm
from summariser.party_sides import sides
from summariser.people import (
    HONORIFICS,
    NO_PERSON,
    is_person_name,
    only_titles,
    person_in,
    person_titled,
)
from summariser.post_holders import sole_person_of, state_post_holder
from summariser.posts import first_title
from summariser.schema import Party
from summariser.titles import BODY_HINTS, ORG_HINTS, guess_kind


def titled_by_state(lead_in: str, book: PartyBook) -> Party | None:
    """The one listed person of the state a bare title names ('The Turkish President', 'the
    President of Russia') whose title or aliases bear the title's post."""
    states = states_named(lead_in)
    post = set(norm(lead_in).split()) & {"president", "minister", "chancellor", "king", "premier", "leader", "emir"}
    found = [p for p in book.parties if p.kind == "person" and post and (boss := book.by_id(p.affiliation))
             is not None and (a := known_actor(boss)) is not None and a.name in states
             and post <= set(norm(" ".join([p.title or "", *p.aliases])).split())]
    return found[0] if len(found) == 1 else None


def acting_person(sentence: str, book: PartyBook) -> Party | None:
    """The listed person whose name a speaking verb follows inside the sentence, if just one."""
    if not re.search(_ACTED, sentence):
        return None  # most sentences: no speaking verb, no person to look for
    found = {p.id: p for p in book.parties if p.kind == "person" and re.search(
        rf"\b{re.escape(p.name)}\s+{_ACTED}", sentence)}
    if not found and (m := re.search(rf"(?:^|[,;]\s*)(?:whose\s+)?(?P<lead>[^,;]{{3,80}}?)\s+{_ACTED}", sentence)):
        titled = person_in(m["lead"] + " ")  # 'whose commission chairperson Moussa Faki Mahamat urged'
        # (the name right before the verb: not '... raised the case of British national Jimmy Lai and called')
        return add_speaker(m["lead"], book) if titled is not None and m["lead"].endswith(titled[0]) else None
    return next(iter(found.values())) if len(found) == 1 else None


_ACTED = r"(?:urged|said|called|told|stressed|added|warned|insisted|demanded)\b"


def head_of(state: Party, book: PartyBook) -> Party | None:
    """The state's head: the one listed person serving it by a head's post (`sole_person_of`), else
    the one the text names with the post before the book lists him ('the Head of our state
    welcomed ...' after 'chaired by the President of the Republic of Uzbekistan Shavkat Mirziyoyev')."""
    listed = sole_person_of(f"the head of {state.name}", book)
    if listed is not None:
        return listed
    named = re.search(rf"\b(?:President|King|Emir|Sultan)\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?"
                      rf"{re.escape(state.name)}\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,2}}", book.text)
    return add_speaker(named.group(0), book) if named else None


# an organ of a state the lead-in does not name: 'The country's air defence headquarters', 'The army later'
UNNAMED_ORGAN = re.compile(r"^\W*(?:the\s+(?:country['\u2019]s\s+[\w\s-]{2,40}?|army|military|armed\s+forces|navy|"
                            r"air\s+force|(?:foreign|defen[cs]e)\s+ministry)|"
                            # 'Ethiopia has been more cautious. A government statement said Addis Ababa would ...'
                            r"(?:a|the)\s+government\s+(?:statement|spokes(?:man|woman|person)))"
                            r"(?:\s+(?:later|also|then|further|has|had))*\s*$", re.I)


def state_just_named(doc: Document, number: int, book: PartyBook) -> Party | None:
    """The listed state the nearest sentence before `number` that names just one state names
    (one of the two before it at most): whose army 'the army' is in a report that has moved on
    to that state's account."""
    before = [s for s in doc.sentences if s.number < number][-2:]
    for sentence in reversed(before):
        states = states_named(sentence.text)
        if len(states) == 1:
            return next(iter(listed_states(states, book)), None)
        if states:
            return None
    return None


# an unnamed 'the authorities' as a speaker ('The authorities have maintained', 'The military authorities have said')
UNNAMED_AUTHORITIES = re.compile(r"^\W*the\s+(?:(?:military|de\s+facto|interim|transitional)\s+)?"
                                 r"(?:authorities|government|parliament|regime|junta)(?:\s+(?:have|has|had|also))*"
                                 r"\s*$", re.I)


# a body a lead-in names by the acronym the text spelled out before ('The SAF maintain' after
# 'the Sudanese Armed Forces (SAF)'), or authorities of a place that no state owns up to
_ACRONYM = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<acronym>[A-Z]{2,6})"
                      r"(?:\s+(?:also|further|then|again|for\s+(?:its|their)\s+part))?\s*$")
_DE_FACTO = re.compile(r"^\W*(?:the\s+)?(?P<body>(?:de\s+facto|self-proclaimed|separatist|Russian-installed)\s+"
                       r"authorities\s+(?:in|of)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s*$", re.I)


def defined_body(lead_in: str, book: PartyBook) -> Party | None:
    """The body a lead-in names by an acronym the text defines ('The SAF' -> 'Sudanese Armed
    Forces', with 'SAF' for an alias) or as a place's de facto authorities, added to the book."""
    if (m := _ACRONYM.match(lead_in)) is not None:
        acronym = m["acronym"]
        full = re.search(rf"\b(?P<full>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'\u2019-]*){{1,6}})"
                         rf"\s+\({acronym}\)", book.text)
        if full is None:
            return None
        party = book.find(full["full"]) or book.add(full["full"], guess_kind(full["full"]))
        book.alias(party, acronym)
        return party
    if (m := _DE_FACTO.match(lead_in)) is not None:
        body = m["body"][0].upper() + m["body"][1:]
        return book.find(body) or book.add(body, "non_state_group")
    if (m := _DESCRIBED_GROUP.match(lead_in)) is not None:
        # 'the paramilitary group said' after 'the paramilitary Rapid Support Forces': the one so described
        named = {p.id: p for p in book.parties for form in (p.name, *p.aliases)
                 if re.search(rf"\b{re.escape(m['word'])}\s+{re.escape(form)}\b", book.text, re.I)}
        return next(iter(named.values())) if len(named) == 1 else None
    return None


_DESCRIBED_GROUP = re.compile(r"^\W*the\s+(?P<word>[a-z][\w-]+)\s+(?:group|force|forces|movement|organi[sz]ation|"
                              r"militia|alliance|coalition|faction)\s*$", re.I)


def sole_other_state(book: PartyBook, speaker: Party | None = None) -> Party | None:
    """The one listed state not on the side of `speaker` (else of the issuer): whom an unnamed
    'the authorities' are."""
    speaker = speaker or book.issuer
    own = sides(book.parties).get(speaker.id, {speaker.id}) if speaker is not None else set()
    states = [p for p in book.parties if p.kind == "state" and p.id not in own]
    # (one state listed twice before folding: 'Togo' and 'Government of Togo')
    return states[0] if len({a.name if (a := known_actor(p)) else p.id for p in states}) == 1 else None


def chief_other_state(text: str, book: PartyBook, voice: Party) -> Party | None:
    """The listed state, not the voice's (nor its capital's), that the text names most, by at
    least twice the next: whom a statement answering 'the order' or 'the report' answers."""
    own = sides(book.parties).get(voice.id, {voice.id})
    mine = known_actor(voice) or known_actor(book.by_id(voice.affiliation) or voice)
    counts = sorted(((len(joint.spans_of({p.name, *p.aliases}, text)), p)
                     for p in book.parties if p.kind == "state" and p.id not in own
                     and (mine is None or known_actor(p) is not mine)), key=lambda c: -c[0])
    if counts and counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return counts[0][1]
    return None


SPOKESPERSON_FOR = re.compile(  # ('A spokesman for a local People's Defence Force denied ...')
    r"\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+|an?\s+(?:[a-z][\w-]*\s+){0,2})?(?P<who>[A-Z].*)$")
# an armed group by its name: 'People's Defence Force', 'Arakan Army', 'Polisario Front'
_ARMED_GROUP = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,5}(?:Defen[cs]e\s+Forces?|Army|Front|Movement|Militia|"
                          r"Brigades?|Resistance)")


def spoken_for(who: str, book: PartyBook) -> Party | None:
    """The party an unnamed spokesperson speaks for: the one the words name, else the listed well-known actor
    they mention ('the UN Secretary-General' -> the UN), else the armed group they name, which the model left out."""
    found = speaker_in(who, book.parties) or next(
        (p for a, _ in actors_in(who) if (p := listed_party(a, book)) is not None), None)
    if found is None and (group := _ARMED_GROUP.fullmatch(who.strip())) is not None:
        found = book.find(group[0]) or book.add(group[0], "non_state_group")
    return found


def bearer(lead_in: str, book: PartyBook, last_person: Party | None) -> Party | None:
    """The person a bare title ('The Secretary', 'The President') means: the one whose title it
    is exactly ('Secretary', not 'Philippine Secretary of Foreign Affairs'), else the last person
    who spoke if it is one of theirs ('President El-Sisi stressed ... The President reiterated':
    him, not Macron), else the one listed person who bears it; None for anything but a title."""
    words = _title_words(lead_in)
    # ('the Chairman-in-Office': a title whose hyphens `norm` drops)
    if not words or not (only_titles(" ".join(sorted(set(words)))) or "-" in lead_in and only_titles(lead_in.strip())):
        # (asked once here, not once per person: `only_titles` reads the gazetteer)
        return state_post_holder(lead_in, book)  # 'At the outset of the call, the Iranian Foreign Minister'
    bearers = [p for p in book.parties if p.kind == "person" and _borne(set(words), p)  # ('the Minister': not
               and not (words == ["minister"] and "prime minister" in norm(p.title or ""))]  # the Prime Minister)
    exact = [p for p in bearers if p.title and norm(p.title) == " ".join(words)]
    if len(exact) == 1:
        return exact[0]
    # 'the minister': the Minister of Foreign Affairs and Trade, not the Prime Minister
    headed = [p for p in bearers if p.title and norm(p.title).startswith(" ".join(words) + " ")]
    if len(headed) == 1 and len(bearers) > 1:
        return headed[0]
    if last_person in bearers:
        return last_person
    if len(bearers) == 1:
        return bearers[0]
    # ('the Iranian Foreign Minister': the one Iranian listed, whose post the model gave no title)
    return (_named_bearer(lead_in, book) or state_post_holder(lead_in, book)) if not bearers else None


def _named_bearer(lead_in: str, book: PartyBook) -> Party | None:
    """The one person the text names right after the bare title ('Prime Minister thanked ...'
    after 'called Prime Minister Shri Narendra Modi today'), added as a speaker; the model
    had not listed him."""
    title = re.sub(r"^\W*(?:the\s+)?|\s+(?:also|then|again)\b.*$", "", lead_in.strip(), flags=re.I)
    if not title[:1].isupper():
        return None
    names: dict[str, str] = {}  # each name the title is written before, with its mention
    # ('The Head of Government, Mr Kamel Ben Youssef, received ...': the name's last word before its comma)
    for m in re.finditer(rf"\b{re.escape(title)},?\s+(?:[A-Z][\w.'\u2019-]*,?\s+){{1,5}}", book.text):
        found = person_in(m.group(0))
        if found is not None and found[1].casefold() == title.casefold():
            names[found[0]] = m.group(0)
    return add_speaker(names.popitem()[1], book) if len(names) == 1 else None


def _title_words(lead_in: str) -> list[str]:
    return [w for w in norm(lead_in).split() if w not in {"the", "also", "then", "again"}]


def _borne(words: set[str], person: Party) -> bool:
    """Does `person` bear every word of a title, in the title or an alias?"""
    return words <= set(norm(" ".join([person.title or "", *person.aliases])).split())


# an office of an international body, held by someone the text does not name: 'the UN High
# Commissioner for Human Rights', 'the EU's High Representative'
_BODY_OFFICE = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<office>(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:High\s+Commissioner|High\s+Representative|"
    r"Special\s+(?:Rapporteur|Envoy|Representative|Coordinator|Adviser)|Secretary-General|Commissioner)"
    r"(?:\s+(?:for|on|of)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,7}?)?)"
    r"(?:\s+(?:had|has|have|also|earlier|previously|already))*\s*$")  # ('... of judges and lawyers had earlier')


def office_of_body(lead_in: str, book: PartyBook) -> Party | None:
    """The unnamed holder of an international body's office the lead-in names, as a party of
    its own beside the body ('Calls ... came from the UN High Commissioner for Human Rights')."""
    m = _BODY_OFFICE.match(lead_in)
    actor = actor_in_title(m["office"]) if m else None
    if m is None or actor is None or actor.kind == "state":
        return None
    office = book.add(m["office"].strip(), "international_org")
    body = party_of(actor, book)
    if office.affiliation is None and office.id != body.id:
        office.affiliation = body.id
    return office


# 'The U.N. General Assembly on Friday adopted a resolution calling for ...': the body whose text it is
_ADOPTED = re.compile(r"^\W*(?P<who>[^,;]{3,80}?)\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:\w+ly\s+)?"
                      r"(?:adopted|passed|approved)\s+(?:a|the|its)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:resolution|declaration|text)\b", re.I)
# 'We strongly reject the resolution adopted today by the European Parliament on ...' ('the Executive Order signed by')
_ADOPTED_BY = re.compile(r"\b(?:resolution|declaration|text|(?i:executive\s+)?[Oo]rder|decree)\s+"
                         r"(?:adopted|passed|approved|signed|issued)\s+(?:[\w-]+\s+){0,3}?by\s+"
                         r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,5})")
# 'The resolution was drafted by Jordan ...', 'The text calls for ...': the adopted text is the subject
# ('The authors of the resolution claim that ...': the body that adopted it)
TEXT_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:(?:authors|drafters|sponsors)\s+of\s+the\s+)?"
                          r"(?:resolution|text|declaration|(?:executive\s+)?order|decree)\b(?!['\u2019]s)", re.I)


# what the answered text says, told without its author ('In the report, it is claimed that ...')
TOLD_IN_THE_TEXT = re.compile(r"^\W*(?:(?:in|according\s+to)\s+the\s+(?:report|resolution|text|document|declaration|"
                              r"statement),\s+)?it\s+is\s+(?:also\s+|further\s+)?(?:claimed|alleged|asserted|argued|"
                              r"suggested|stated)\s+that|^\W*the\s+(?:report|resolution|text|document|declaration)\s+"
                              r"(?:also\s+|further\s+)?(?:goes\s+on\s+to\s+)?(?:claims?|alleges?|asserts?|argues?|"
                              r"suggests?|states?|calls?|urges?|accuses?)\b", re.I)
# what a text itself says, as against what is said of it: 'The resolution demands that ...' is its
# adopter's, 'The resolution is based on one-sided and biased information' is the speaker's verdict
TEXT_SAYS = re.compile(TEXT_SUBJECT.pattern + r"[^.;:]{0,80}?\b(?:also\s+)?(?:demands?|calls?|urges?|condemns?|"
                       r"expresses|notes?|stresses|reaffirms?|welcomes?|decides?|requests?|recogni[sz]es?|"
                       r"acknowledges?|refers?|asserts?|states?|says|claims?|describes?|accuses|alleges|insists?|"
                       r"emphasi[sz]es|encourages?|invites?|appeals?|deplores?|regrets?|reiterates?|underlines?|"
                       r"affirms?|declares?|recalls?|orders?|directs?|prohibits?|bans?|requires?|establishes?|"
                       r"imposes?|provides?|authori[sz]es?|instructs?|mandates?|grants?|extends?|suspends?|"
                       r"revokes?|designates?|lists?|sets?|seeks?)\b", re.I)


def adopter(sentence: str, book: PartyBook) -> Party | None:
    """The listed body a sentence says adopted a resolution or text: what the text then 'demands'
    or 'calls for' is that body's ('It demands that all parties ...'), not the last body named."""
    m = _ADOPTED.match(sentence) or _ADOPTED_BY.search(sentence)
    return speaker_in(m["who"], book.parties) if m else None


# 'the report presented this week to the Human Rights Council ... by the so-called Special Rapporteur ..., Dr X'
_REPORT_BY = re.compile(r"\breport\s+(?:[\w-]+\s+){0,2}?(?:presented|submitted|published|released|issued|prepared)\s+"
                        r"[^.;]{0,80}?\bby\s+(?P<rest>[^.;]{3,160})")


def report_author(text: str, book: PartyBook) -> Party | None:
    """The listed author of the report the text tells of (then 'The report alleges ...'): the one person its 'by
    ...' names, else the party its first words name."""
    rest = m["rest"] if (m := _REPORT_BY.search(text)) else ""
    people = [p for p in book.parties if p.kind == "person" and re.search(rf"\b{re.escape(p.name)}\b", rest)]
    return people[0] if len(people) == 1 else speaker_in(rest.split(",")[0], book.parties) if rest else None


def titled_person(lead_in: str, book: PartyBook) -> Party | None:
    """The person a title alone stands for ('The Minister of Internal Affairs said'): the one the text names with it
    ('the Minister of Internal Affairs, Xhelal Sveçla'; 'Dr Ravindra Menon, External Affairs Minister of ...')."""
    title = re.sub(r"^\W*the\s+", "", lead_in.strip(), flags=re.I)
    if not title or not title[:1].isupper() or len(title.split()) > 8:
        return None
    found = person_titled(title, book)
    # ('The Chairperson' after 'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat,':
    # the title's own body between it and the name, and an honorific before the name)
    named = re.search(rf"\b{re.escape(title)}(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,.;:\n]{{2,60}}?)?,\s+"
                      rf"(?:{_HONORIFICS_BEFORE})?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,3}})\b",
                      book.text) or re.search(rf"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,3}}),\s+"
                                              rf"{re.escape(title)}(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,.;:\n]{{2,60}}?)?[,.;]",
                                              book.text) if found is None else None
    return found or (add_speaker(f"{title}{named['of'] or ''}, {named['name']}, ", book) if named else None)


_HONORIFICS_BEFORE = HONORIFICS.pattern.lstrip("^")  # the people module's honorifics, anywhere before a name


# 'The Assembly called on ...', 'In the resolution, the Assembly noted ...': a body by its head noun
_THE_BODY = re.compile(r"(?:^|,\s*)\W*the\s+(?P<noun>Assembly|Council|Commission|Committee|Court|Parliament|Conference|"
                       r"Agency|Organi[sz]ation|Union|Secretariat|Group)(?:\s+(?:also|then|again|further|\w+ly))*\s*$",
                       re.I)


def the_body(lead_in: str, book: PartyBook, voice: Party | None) -> Party | None:
    """The listed body a lead-in names by its head noun alone ('the Assembly' for the Parliamentary
    Assembly of the Council of Europe): the voice if it is one so named, else the only one."""
    m = _THE_BODY.search(lead_in)
    if m is None:
        return None
    noun = m["noun"].casefold()
    named = [p for p in book.parties if p.kind != "person"
             and any(noun in norm(form).split() for form in (p.name, *p.aliases))]
    return voice if voice in named else named[0] if len(named) == 1 else None


# a full name alone as the lead-in, and the test that it names a person (`recurring_person`)
FULL_NAME = re.compile(r"^\W*(?P<name>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){1,2})\s*$")


def recurring_person(name: str, text: str) -> bool:
    """Is a bare full name a person the text keeps naming: two to three capitalised words, no
    title, body or well-known actor among them, written at least twice?"""
    return is_person_name(name) and actor_named(name) is None and not any(map(actor_named, name.split())) \
        and not NO_PERSON.search(name) and not BODY_HINTS.search(name) and not ORG_HINTS.search(name) \
        and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= 2


def bare_named_person(name: str, book: PartyBook, voice: Party | None) -> Party:
    """A person the text names bare, added: the state a titled mention gives, else, in a state's
    own release, that state unless the heading names them as the other side (the Kremlin writes
    'Vladimir Putin' and, for its guest, 'President of the United States Donald Trump')."""
    titled = titled_mention(name.split()[-1], book.text, len(book.text))
    person = add_speaker(titled, book) if titled else None
    if person is not None:
        return person
    person = book.add(name, "person", first_title(name, book.text))  # 'said Minister of Foreign Affairs ... Péter ...'
    other = headings.counterpart_in(book.text) or ""
    if voice is not None and voice.kind == "state" and name not in other:
        person.affiliation = voice.id
    return person


_SETTING = r"(?:[A-Z][a-z]+ing\s+[^,.;]{1,40},\s+)?"  # a setting before the subject: 'Raising the boundary question, '
_OWN_HEAD = re.compile(rf"^\W*{_SETTING}the\s+{OWN_HEAD.pattern}", re.I)
_ONLY_ADVERBS = re.compile(r"^(?:\s+(?:also|then|further|again|later|finally))*\s*$", re.I)


# the office a readout comes from, whose head its bare title means: Downing Street's 'The Prime Minister spoke to
# Prime Minister Netanyahu' (the other side's head is always named); Colombo's President's Media Division's too
_HEAD_OFFICES = (("prime minister", re.compile(r"\bPrime\s+Minister['\u2019]s\s+Office\b|\bOffice\s+of\s+the\s+Prime\s+"
                                               r"Minister\b|^\W*PM\s+(?:call|meeting|"
                                               r"statement)\b|\b10\s+Downing\s+Street\b", re.M)),
                 ("president", re.compile(r"\bOffice\s+of\s+the\s+President\b|\bPresidential\s+Office\b|"
                                          r"\bPresident['\u2019]s\s+(?:Office|Media\s+Division)\b|\bPresidency\b|"
                                          r"\bPresidential\s+(?:Secretariat|Communications|Press\s+Service)\b|"
                                          r"\b(?i:state\s+house)\b")))  # ('STATE HOUSE, LUSAKA')


def own_head(words: str, voice: Party | None, opening: bool = False, text: str = "") -> bool:
    """Do the words name the issuing state's head by title alone ('The President of the
    Republic', 'the Head of State', or the bare title of the head whose office issued the text),
    as the lead-in (or, `opening`, the opening of a sentence)?"""
    if voice is None or voice.kind != "state":
        return False
    head = _OWN_HEAD.match(words)
    for title, office in _HEAD_OFFICES if head is None else ():
        # ('Raising the boundary question, the Prime Minister reiterated ...')
        bare = re.match(rf"^\W*{_SETTING}the\s+{title}(?![^\S\n]+(?:of\b|(?-i:[A-Z])))", words, re.I)
        head = bare if bare and office.search("\n".join(text.splitlines()[:12])) else head
    return head is not None and (opening or _ONLY_ADVERBS.match(words[head.end():]) is not None)

