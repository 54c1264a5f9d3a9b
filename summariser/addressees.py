"""Who a request's own words say asks and is asked: 'Pri\u0161tina has demanded that ...', 'urged the
Union to send monitors', 'called on the Sudanese Armed Forces and the Rapid Support Forces to ...'.
The text beats the model's guess wherever it names someone; `assemble.build_items` asks here.
Groups asked as such ('all parties', 'developed countries', 'the countries concerned') are read here too.
"""

from __future__ import annotations

import re

from summariser import asking_sides, headings
from summariser.acronyms import spelled_out_in
from summariser.asked_groups import (
    LEADERS_OF,
    group_addressed,
    group_called_for,
    nobody_in_particular,
    proper_party,
    those_concerned,
)
from summariser.gazetteer import (
    Actor,
    actor_by_its_word,
    actor_in_title,
    actor_meant,
    actor_named,
    actor_of_adjective,
    actors_in,
)
from summariser.governments import authorities_just_named
from summariser.joint import spans_of
from summariser.known_parties import add_speaker
from summariser.known_people import LEADERS_GOVERNMENT, actor_served
from summariser.name_forms import listed_party, party_of
from summariser.naming import speaker_in
from summariser.own_states import national_state
from summariser.parties import PartyBook, norm
from summariser.party_sides import sides
from summariser.people import only_titles, person_titled
from summariser.referents import UNNAMED_AUTHORITIES, chief_other_state, sole_other_state
from summariser.schema import Party
from summariser.titles import BODY_HINTS, ORG_HINTS, TITLE_WORDS, guess_kind

_WHOSE_SANCTIONS = re.compile(r"\b(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+for\s+"
                              r"(?:(?:further|new|additional|more|tougher|stronger)\s+)?(?P<who>[A-Z][\w-]+)\s+"
                              r"(?:sanctions|restrictive\s+measures|measures|restrictions|tariffs)\b")
_ON_TOPIC = re.compile(r"^\W*(?:\d+\.\s*)?(?:On|Regarding|Concerning|As\s+regards|Turning\s+to)\s+"
                       r"(?P<topic>[^,;]{2,60}),")
_INCLUDING = re.compile(r",\s+including\s+(?P<named>[^;:]+?),\s+to\s")
_COMMUNITY = re.compile(r"the\s+(?:international|world|global)\s+community", re.I)
_PRONOUN_ASKED = re.compile(r"^(them|it|him|her)$", re.I)
# a further ask in the passive, which names no one: the side asked just before is asked again
# ('calls on the authorities of Tanzania to grant access ... further requests that Mr. Mwangi be
# informed ...; if no charges are preferred, he must be released')
_ASKS_FURTHER = re.compile(r"\b(?:further|also|additionally|likewise)\s+(?:requests?|urges?|demands?|asks?|insists?)"
                           r"\s+that\s+[^,;]{1,80}?\s+(?:be|is|are)\s+\w+(?:ed|en)\b|"
                           r"(?:^|,\s+)(?:he|she|they)\s+(?:must|should)\s+(?:be|now\s+be)\s+(?:released|freed|returned)\b",
                           re.I)
# an official named by post alone, whom a later 'him' or 'her' means: 'the IAEA Director General'
_OFFICIAL_BEFORE = re.compile(r"\b((?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:Director[- ]General|Secretary[- ]General|"
                              r"High\s+Commissioner|Special\s+(?:Envoy|Representative|Rapporteur|Coordinator)|"
                              r"Prosecutor|Chair(?:man|person)?))\b")


def asker_named(clause: str, book: PartyBook) -> Party | None:
    """The party the asking clause itself names as asking ('Pri\u0161tina has demanded that')."""
    phrase = asking_sides.asker_phrase(clause)
    if not phrase:
        return None
    if re.fullmatch(r"(?:our|my)\s+side|us", phrase.strip(), re.I):
        return book.voice  # '... despite many requests from our side': the document's own voice
    if re.match(r"\W*(?:our|my)\s", phrase, re.I) and book.voice is not None:
        return book.voice  # 'Our embassy in Germany has repeatedly proposed ...': the voice's own, not Germany
    if re.fullmatch(r"\s*(?:which|that)\s*", phrase, re.I) and (
            text := _ADOPTED_TEXT.search(clause) or _BY_IN_RESOLUTIONS.search(clause)) is not None:
        # '... the resolution adopted yesterday by the European Parliament, which calls for sanctions':
        # the text asks, so the body that adopted it
        return speaker_in(text["who"], book.parties)
    if re.fullmatch(r"\s*the\s+(?:latter|former)\s*", phrase, re.I):
        # '... statements by the Israeli Minister of Foreign Affairs, Israel Katz, in which the latter called on
        # Cairo to': the last (or first) state the sentence names before, whose official it is
        before = _sentence_before(clause, phrase.strip(), book.text)
        named_before = sorted([(max(before.rfind(form) for form in forms), actor) for actor, forms in actors_in(before)]
                              + [(m.start(), actor) for m in re.finditer(r"\b[A-Z][a-z]+\b", before)
                                 if (actor := actor_of_adjective(m[0])) is not None], key=lambda found: found[0])
        states = [actor for _, actor in named_before if actor.kind == "state"]
        meant = states[-1 if "latter" in phrase else 0] if states else None
        return party_of(meant, book) if meant is not None else None
    named = speaker_in(phrase, book.parties)
    if named is not None and not _meant_by_head_noun(named, phrase, book.text, book.text.find(clause)):
        return None
    if named is None and _COMMUNITY.fullmatch(phrase.strip()) and (group := group_addressed(phrase)) is not None:
        # '..., the international community, which has urged': a party of its own, as when it is asked
        return book.find(group) or book.add(group, "other", aliases=[phrase.strip()])
    known = [actor for actor, _ in actors_in(phrase)] if named is None else []
    if len(known) == 1 and known[0].kind == "international_org" and phrase.strip().casefold().startswith("the "):
        return party_of(known[0], book)  # 'the International Court of Justice, in its Order ..., directed'
    # a titled official the model left out ('US Secretary of State Marco Rubio said he had urged ...')
    return named or add_speaker(phrase, book)


# a text its adopter is named with, which the asking clause hangs on: '..., which calls for ...'
# ('the Order of the International Court of Justice of 1 December 2023, which directed Venezuela to refrain')
_ADOPTED_TEXT = re.compile(r"\b(?:resolution|declaration|statement|report|communiqu\w+|decision|text|order|ruling|"
                           r"judg(?:e)?ment)\s+"
                           r"(?:(?:adopted|passed|approved|issued|published|released)\s+(?:[\w-]+\s+){0,3}?by|of)\s+"
                           r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,5})"
                           r"(?:\s+(?:of|on|dated)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?,"
                           r"\s+(?:which|that)\s+(?:also\s+)?\w+", re.I)
# '... declared legally invalid by the United Nations Security Council in resolutions 541 (1983) and 550 (1984),
# which call upon all states ...': the body whose resolutions ask
_BY_IN_RESOLUTIONS = re.compile(r"\bby\s+(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*"
                                r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,5})\s+in\s+(?:its\s+)?resolutions?\s+[\d\s(),/and-]{1,60}?,\s+(?:which|that)\s+(?:also\s+)?\w+")
_A_SIDE = re.compile(r"(?:the\s+)?(?P<side>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+side)", re.I)
_ACRONYM = re.compile(r"(?:the\s+)?(?P<acronym>[A-Z][A-Z0-9&]{1,7})")
_THE_NOUN = re.compile(r"^\W*(?:\d+\.\s*)?(?i:the)\s+(?P<noun>[A-Z][a-z]+)\s*$")


def _meant_by_head_noun(party: Party, phrase: str, text: str, at: int) -> bool:
    """Is 'the Council' the listed `party`, not the body with that noun the text named last
    ('the Council of Ministers of the Federal Government of Somalia ... The Council calls on')?"""
    bare = _THE_NOUN.match(phrase)
    if bare is None or at < 0 or party.kind == "person":  # ('The Government' by its spokesperson's title)
        return True
    noun = bare["noun"]
    # the bodies with that noun the text made the subject of a clause before ('..., the Council of
    # Ministers adopted'), not those it only named as asked ('calls on ..., the UN Security Council,')
    subjects = [m["name"] for m in re.finditer(
        rf"(?:^|[.!?:,]\s+|\n\s*(?:\d+\.\s*)?)(?:(?i:the)\s+)?(?P<name>(?:[A-Z][\w'-]*\s+)*{noun}"
        rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*)?)(?:\s+(?:of|in)\s+[^,.;]{{1,60}}?)?\s+(?-i:[a-z])", text[:at])]
    full = [n for n in subjects if n != noun]
    if not full:
        return True
    last = norm(full[-1])
    return any(last in norm(form) or norm(form) in last for form in (party.name, *party.aliases))


# ('the international community, and the Security Council in particular,': each is asked)
_SINGLED = re.compile(rf"\b{asking_sides.SINGLING}\W*$", re.I)
_OWNED_BY_THE_LAST = re.compile(r"\s*(?:its|their|his|her)\s", re.I)  # 'the European Union and its member states'


_ITS_BACKERS = re.compile(r"(?:the\s+)?(?P<group>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['\u2019]s\s+(?:[\w-]+\s+)?"
                          r"(?:partners|allies|friends|backers|supporters|neighbou?rs|donors))", re.I)


_QUALIFIED_GROUP = re.compile(r"^\s*(?P<group>(?:all\s+|other\s+|those\s+)?(?:the\s+)?(?:countries|states|nations|"
                              r"parties|governments|actors|members|partners))\s+(?:with|that|which|who|whose|having)\b",
                              re.I)


def _sentence_before(clause: str, phrase: str, text: str) -> str:
    """The words before `phrase` in the sentence that holds `clause` (a request's own clause)."""
    at = text.find(clause)
    if at < 0:
        return clause[: clause.find(f" {phrase} ")]
    end = at + max(0, clause.find(f" {phrase} "))
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start:end]


def _person_just_named(before: str, book: PartyBook, requester: Party) -> Party | None:
    """The listed person other than `requester` whom `before` names last, by name or surname."""
    spots = [(max((start for start, _ in spans_of({p.name, p.name.split()[-1], *p.aliases}, before)), default=-1), p)
             for p in book.parties if p.kind == "person" and p.id != requester.id]
    return max(((at, p) for at, p in spots if at >= 0), key=lambda spot: spot[0], default=(None, None))[1]


def addressed(clause: str, book: PartyBook, requester: Party, condition: str | None,
               last_asked: str | None = None) -> list[str | None]:
    """Whom a request's own wording asks, other than the requester (the text beats the
    model's guess): each party it names together ('called on the United Nations and Türkiye
    to ...': one request to each), else the one it names ('urged the Union to'; a group it
    names, 'developed countries', becomes a party), else the one party its `condition` names
    ('will stop if the separatists disarm'). 'Them' or 'it' is whom the last request asked.
    Empty when the wording names nobody."""
    phrase = asking_sides.addressee_phrase(clause)
    if phrase and phrase.casefold() in ("him", "her") and (official := _OFFICIAL_BEFORE.findall(
            _sentence_before(clause, phrase, book.text))) and (actor := actor_in_title(official[-1])) is not None:
        # 'We welcome the work of the IAEA Director General ..., and we ask him to keep the Board
        # informed': the official just named, whose organisation is the side asked
        return [party_of(actor, book).id]
    if phrase and phrase.casefold() in ("him", "her") and (person := _person_just_named(
            _sentence_before(clause, phrase, book.text), book, requester)) is not None:
        return [person.id]  # 'accused Brown of damaging the relationship and called on him to release ...'
    if phrase and phrase.casefold() == "it":
        # 'welcomes the efforts of ECOWAS ... and encourages it to': the state or body just named (added if unlisted)
        own = sides(book.parties).get(requester.id, {requester.id})
        named = [a for a, _ in actors_in(_sentence_before(clause, phrase, book.text))
                 if a.kind in ("state", "international_org")
                 and ((listed := listed_party(a, book)) is None or listed.id not in own)]
        if named:
            return [party_of(named[-1], book).id]
    if phrase and phrase.casefold() == "them" and (meant := authorities_just_named(
            book.text, book.text.find(clause), book)) is not None and meant.id != requester.id:
        return [meant.id]  # '... the response of the authorities in Minsk ... We urge them to'
    if phrase and _PRONOUN_ASKED.match(phrase) and last_asked and last_asked != requester.id:
        return [last_asked]  # 'The EU calls on the Georgian authorities to ... We also urge them to'
    if last_asked and last_asked != requester.id and _ASKS_FURTHER.search(clause) \
            and (phrase is None or (named := speaker_in(phrase, book.parties)) is None or named.kind == "person"):
        return [last_asked]  # (the person the passive names is the one it is for, not the one asked)
    if phrase and (including := _INCLUDING.match(clause, clause.find(phrase) + len(phrase))) is not None:
        # 'the guarantors and witnesses of the Algiers Agreement, including the African Union, the United Nations
        # ..., to': the ones named are asked, not the agreement that makes them guarantors
        phrase = including["named"]
    if phrase and re.search(r"\band\b|,", phrase):
        pieces = re.split(r",\s*(?:and\s+)?|\s+and\s+(?:to\s+)?", phrase)
        found = [speaker_in(piece, book.parties) for piece in pieces]
        if any(found):  # a list of actors: one the model left out is a party of its own
            # ('the international community, and the Security Council in particular': a group, then a body)
            singled = _SINGLED.search(phrase) is not None
            found = [p or proper_party(piece, book) or (book.add(group, "other", aliases=[piece.strip()])
                                                          if singled and (group := group_addressed(piece))
                                                          and not _OWNED_BY_THE_LAST.match(piece) else None)
                     for p, piece in zip(found, pieces, strict=True)]
        ids = list(dict.fromkeys(p.id for p in found if p is not None and p.id != requester.id))
        if len(ids) >= 2:
            return ids
        meant = [a for piece in pieces if (a := actor_meant(piece.strip()))] if not any(found) else []
        if meant:  # 'urge the French Government and the political representatives of New Caledonia to': France
            return [i for i in dict.fromkeys(party_of(a, book).id for a in meant) if i != requester.id]
    if phrase and those_concerned(phrase):
        own = sides(book.parties).get(requester.id, {requester.id})
        # (the states of the passage it closes: a briefing's answer on Lebanon asks nothing of China)
        at = book.text.find(clause)
        passage = book.text[book.text.rfind("\n\n", 0, at) + 1 : at + len(clause)] if at > 0 else book.text
        others = [p.id for p in book.parties if p.kind == "state" and p.id not in own
                  and any(re.search(rf"\b{re.escape(form)}\b", passage) for form in (p.name, *p.aliases))]
        if 2 <= len(others) <= 4:
            return others  # 'We urge the countries concerned to stop ...' after the UK, the US and New Zealand
        return [None]  # not the model's guess: 'the parties concerned' it does not name
    qualified = _QUALIFIED_GROUP.match(phrase) if phrase else None
    phrase = qualified["group"] if qualified else phrase  # 'all countries with influence over Israel': not Israel
    if phrase and (backers := _ITS_BACKERS.fullmatch(phrase.strip())) is not None:
        # "Ethiopia's international partners should press the government": the partners, not Ethiopia
        group = backers["group"][:1].upper() + backers["group"][1:]
        return [(book.find(group) or book.add(group, "other", aliases=[phrase.strip()])).id]
    asked = speaker_in(phrase, book.parties) if phrase else None
    if asked is None and phrase and (leaders := LEADERS_OF.match(phrase)) is not None:
        asked = speaker_in(leaders["owner"], book.parties)  # 'the Heads of State of the Confederation': its own
    if phrase and asked is None and UNNAMED_AUTHORITIES.match(phrase) and (topic := _ON_TOPIC.match(clause)):
        # 'On the Republic of Guinea, the Authority ... called on the transitional authorities to ...': Guinea's
        asked = speaker_in(topic["topic"], [p for p in book.parties if p.kind == "state"])
    if phrase and asked is None and UNNAMED_AUTHORITIES.match(re.sub(r"^(?![Tt]he\s)", "the ", phrase.strip())):
        # 'I urge the de facto authorities to ...' beside the listed 'Taliban de facto authorities': them; else the
        # one other state ('we call on the authorities to ...' in a statement on Georgia); else a national body's own
        # ('The Human Rights Commission of Pakistan ... called on authorities to restore mobile internet')
        bare = re.sub(r"^\W*the\s+", "", phrase.strip(), flags=re.I).casefold()
        named = [p for p in book.parties if p.id != requester.id and p.name.casefold().endswith(f" {bare}")]
        # (Rubio's 'the interim authorities' in a wire on Syria: the state the text is chiefly about; not for one of no
        # side's, an opposition leader's 'asked the government', which is their own)
        chief = chief_other_state(book.text, book, requester) \
            if requester.affiliation or requester.kind not in ("person", "non_state_group") else None
        asked = named[0] if len(named) == 1 else sole_other_state(book, requester) or national_state(requester, book) \
            or chief
    if phrase and asked is None and nobody_in_particular(phrase):
        return [None]  # 'calls on all parties to ...': nobody the text identifies, not the model's guess
    if phrase and asked is None and _UNNAMED_FUNCTIONARIES.fullmatch(phrase.strip()):
        return [None]  # 'called on the technical teams to resolve ...': officials of no side the text names
    if phrase and asked is None and _COUNCIL_MEMBERS.fullmatch(phrase.strip()) \
            and (council := actor_named("UN Security Council")) is not None:
        asked = listed_party(council, book)  # 'We call on the members of the Council to ...' at the Security Council
    their = re.fullmatch(r"\W*(?:the\s+|our\s+)?(\w+)\s+(?:partners|counterparts|colleagues)\W*", phrase or "")
    if their and asked is None and (state := actor_of_adjective(their[1])) is not None and state.kind == "state":
        asked = party_of(state, book)  # 'the hope that Uzbek partners would continue to cooperate': Uzbekistan
    if phrase and asked is None and (group := group_addressed(phrase)):
        # 'calls on the international community to': a party of its own in the guide
        asked = book.add(group, "other", aliases=[phrase.strip()])
    if phrase and asked is None and (actor := actor_meant(phrase)) is not None:
        # 'The US should abide by ...': a well-known actor the model did not list by that name
        asked = party_of(actor, book)
    if phrase and asked is None and (actor := actor_by_its_word(phrase)) is not None:
        asked = party_of(actor, book)  # 'asked that Finnish officials share ...': Finland
    if phrase and asked is None and (acronym := _ACRONYM.fullmatch(phrase.strip())) \
            and (long_form := spelled_out_in(acronym["acronym"], book.text)):
        # 'its call on the CNE to publish' after 'the National Electoral Council (CNE)': a body of its own
        asked = book.find(long_form) or book.add(long_form, guess_kind(long_form), aliases=[acronym["acronym"]])
    if phrase and asked is None and re.fullmatch(r"\W*the\s+European\s+side\W*", phrase, re.I):
        asked = listed_party(actor_named("European Union"), book)  # ('asked that the European side accelerate ...')
    if phrase and (side_named := _A_SIDE.fullmatch(phrase.strip())) is not None and (
            asked is None or len(side_named["side"].split()) >= 3):
        # 'we call on the Turkish Cypriot side to withdraw': a community's side, not Cyprus nor Turkey
        asked = book.find(side_named["side"]) or book.add(side_named["side"], "non_state_group")
    leader = LEADERS_GOVERNMENT.fullmatch(phrase.strip()) if phrase and asked is None else None
    if leader is not None and (served := actor_served(leader["who"])) is not None:
        asked = party_of(served, book)  # 'we urge the Maduro government to release ...': Venezuela
    if phrase and asked is None and (served := _known_official(phrase)) is not None:
        # 'I asked President Zelensky to consider a ceasefire': the state a well-known official serves
        asked = party_of(served, book)
    if phrase and asked is None and actor_in_title(phrase) is not None:
        asked = add_speaker(phrase, book)  # 'We call on the US Congress to': a state's body the model left out
    post = re.sub(r"^\W*the\s+", "", phrase.strip(), flags=re.I) if phrase else ""
    if phrase and asked is None and only_titles(re.sub(r"\bformer\s+", "", post, flags=re.I)) \
            and (titled := person_titled(post, book)) is not None and titled.id != requester.id:
        # 'He urged the Prime Minister to provide the full text': the one so titled in the text (and 'the former
        # president', the 'Former Bolivian President')
        asked = titled
    if phrase and asked is None and len(phrase.split()) >= 3 \
            and (ORG_HINTS.search(phrase) or BODY_HINTS.search(phrase)):
        # 'agreed to ask the Binational Mixed Boundary Commission to review ...': a body of its own, left out
        asked = proper_party(phrase, book)
    if (asked is None or asked.id == requester.id) and condition:
        # its subject first: 'as long as Israel continued its attacks on Lebanon' binds Israel
        asked = speaker_in(" ".join(condition.split()[:4]), book.parties) or speaker_in(condition, book.parties)
    if asked is None and phrase is None and (held := _HELD_IN.search(clause)):
        asked = speaker_in(held["who"], book.parties)  # '... release of ... political prisoners held in Belarus'
    if asked is None and (put := _PUT_THERE_BY.search(clause)):
        asked = speaker_in(put["who"], book.parties)  # '... removal of the buoy that China installed within ...'
    if asked is None and phrase is None and (troops := _WHOSE_TROOPS.search(clause)) \
            and (actor := actor_of_adjective(troops["adjective"])) is not None and actor.kind == "state":
        asked = party_of(actor, book)  # 'repeated its call for the withdrawal of Russian troops': Russia
    if asked is None and phrase is None and (imposer := _WHOSE_SANCTIONS.search(clause)) \
            and (actor := actor_named(imposer["who"])) is not None:
        asked = party_of(actor, book)  # 'called for further EU sanctions against the ships': the EU, not the target
    if asked is None and phrase is None and (called_for := group_called_for(clause)) is not None:
        asked = book.find(called_for[0]) or book.add(called_for[0], "other", aliases=[called_for[1]])  # 'all emitters'
    if asked is None and phrase is None and (talks := _TALKS_WITH.search(clause)):
        # 'called for dialogue on all outstanding issues with Greece'; '... talks with the Trump administration': the
        # United States, not Trump
        led = LEADERS_GOVERNMENT.match(clause[talks.start("who") :])
        served = actor_served(led["who"]) if led is not None else None
        asked = party_of(served, book) if served is not None else speaker_in(talks["who"], book.parties)
    return [asked.id] if asked is not None and asked.id != requester.id else []


_HELD_IN = re.compile(r"\brelease\b[^.;]{0,200}?\b(?:held|detained|imprisoned|jailed)\s+(?:in|by)\s+"
                      r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
# a state's forces to be withdrawn, the thing asked: 'its call for the withdrawal of Russian troops'
_WHOSE_TROOPS = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg\w*|press\w*\s+for)\s+(?:the\s+|a\s+)?"
                           r"(?:(?:immediate|full|complete|unconditional|total)\s+(?:and\s+)?)*(?:withdrawal|pull-?out|"
                           r"departure|removal)\s+of\s+(?:all\s+)?(?P<adjective>[A-Z][a-z]+)\s+(?:troops|forces|soldiers|"
                           r"military|army)\b")
# the one who put there what is to be removed: 'requested the immediate removal of the buoy that China installed'
_PUT_THERE_BY = re.compile(r"\b(?:removal|withdrawal|dismantling|dismantlement)\s+of\b[^.;]{0,120}?\b(?:that|which)\s+"
                           r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+(?:has\s+|had\s+)?"
                           r"(?:installed|deployed|placed|built|erected|stationed|set\s+up|laid)\b")
# officials by their function alone: 'the technical teams', 'the Ministers of Foreign Affairs', 'the negotiators'
_UNNAMED_FUNCTIONARIES = re.compile(
    r"(?:the\s+)?(?:(?:relevant|competent|respective|technical|joint|two|national)\s+)*(?:technical\s+)?"
    r"(?:teams|ministers|ministries|officials|negotiators|experts|committees|working\s+groups|commissions)"
    r"(?:\s+(?:of|for|on)\s+(?:(?-i:[A-Z])[\w'\u2019-]*|and)(?:\s+(?:(?-i:[A-Z])[\w'\u2019-]*|and))*)?", re.I)
_TALKS_WITH = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|urg\w*|propos\w*|seek\w*|sought|press\w*\s+for|demand\w*)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:dialogue|talks|negotiations|consultations)\b[^.;]{0,60}?\bwith\s+"
                         r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
_COUNCIL_MEMBERS = re.compile(r"(?:the\s+)?(?:other\s+|fellow\s+)?members\s+of\s+(?:the\s+|this\s+)?"
                              r"(?:Security\s+)?Council", re.I)


def _known_official(phrase: str) -> Actor | None:
    """The state or organisation a well-known official the phrase names by title and surname
    ('President Zelensky') or in full serves."""
    words = re.sub(r"^\W*(?:the\s+)?", "", phrase).split()
    titled = [w for w in words if w.casefold() not in TITLE_WORDS]
    return actor_served(" ".join(titled)) if titled and len(titled) <= 3 and titled[0][:1].isupper() else None


# 'addressed a letter to Senior General Min Aung Hlaing, Chairman of the SAC, urging that ...',
# 'wrote to his British counterpart to protest', 'sent a message to X asking ...'
_WROTE_TO = re.compile(r"\b(?:(?:addressed|sent|wrote|delivered|handed)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
                       r"(?:letter|message|note|appeal)\s+to|wrote\s+to)\s+(?P<whom>[^;]{3,160}?),?\s+"
                       r"(?:urging|asking|calling|requesting|appealing|demanding|to\s+(?:urge|ask|request|demand))\b")


def letter_recipient(sentence: str, book: PartyBook, requester: Party) -> list[str]:
    """Whom a letter or message the sentence says was sent asks, when the asking words name
    nobody ('addressed a letter to Senior General Min Aung Hlaing, ..., urging that the sentences
    not be carried out')."""
    m = _WROTE_TO.search(sentence)
    asked = speaker_in(m["whom"], book.parties) if m else None
    return [asked.id] if asked is not None and asked.id != requester.id else []


def called_party(book: PartyBook) -> Party | None:
    """Whom the heading says the issuer spoke with ('... speaks by telephone with Alexander
    Lukashenko'): a party of the call, even when no sentence gives him an item of his own."""
    if headings.answered_in(book.text) is not None:
        return None
    counterpart = headings.counterpart_in(book.text)
    found = speaker_in(counterpart, book.parties) if counterpart else None
    states = [p for a, _ in actors_in(counterpart or "") if a.kind == "state" and (p := listed_party(a, book))]
    if found is None and not states and counterpart and (titled_by := actor_in_title(counterpart)) is not None \
            and titled_by.kind == "state" and (served := listed_party(titled_by, book)) is not None:
        states = [served]  # 'Chinese Foreign Minister': China's
    if found is None and len(states) == 1:
        # "... call with the President of Finland": Finland's President, if listed, else Finland
        titled = [p for p in book.parties if p.kind == "person" and p.affiliation == states[0].id and p.title
                  and re.search(rf"\b{re.escape(p.title)}\b", counterpart or "", re.I)]
        found = titled[0] if len(titled) == 1 else states[0]
    return found


_MEMBERS = re.compile(r"\b(?:Allies|Member\s+States|members)$", re.I)


def asked_in_own_right(party: Party | None) -> bool:
    """A person, or an organisation's members named as such ('I urge Allies to deliver', said NATO's
    Secretary General): of the asker's side, yet asked in their own right when the words name them."""
    return party is not None and (party.kind == "person" or _MEMBERS.search(party.name) is not None)

