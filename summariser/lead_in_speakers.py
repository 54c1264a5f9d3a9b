"""The party a sentence's lead-in names ('In Riyadh, the Saudi Foreign Ministry said', 'Bihi said', 'The
Minister of Internal Affairs said'): listed, left out by the model, or meant by a head noun, a surname or a
title. `speakers.named_speakers` asks here for each attributed sentence, then weighs 'he', 'it' and 'they'."""

from __future__ import annotations

import re

from summariser import answers, claim_cues, mentions, referents
from summariser.document import Document, Sentence
from summariser.experts import experts_meant
from summariser.gazetteer import actor_named, actor_of_adjective
from summariser.governments import members_meant, regime_meant
from summariser.known_parties import add_speaker
from summariser.known_people import known_person_named
from summariser.lead_in_shapes import (
    AUXILIARIES,
    ENVOY,
    HANDED_TO,
    IN_PLACE,
    ITS_ORGAN,
    MEMBERS_OF_BODY,
    OPPOSITION,
    RELATIVE,
    RELATIVE_ASIDE,
    SURNAME_ONLY,
    THE_HEAD,
    THE_REPORT,
    THE_STATEMENT,
    group_in_aside,
)
from summariser.left_out import group_before_aside, left_out_speaker
from summariser.name_forms import other_states_body, party_of
from summariser.naming import foreign_diplomat, speaker_in
from summariser.parties import PartyBook, norm
from summariser.people import only_titles, person_in
from summariser.posts import serves_state_named
from summariser.schema import Party
from summariser.speaking_places import state_said_in

THE_ARTICLE = re.compile(r"^\W*the\s+(?:article|story|piece|editorial|newspaper|publication)\W*(?:has\s+|had\s+)?$",
                          re.I)
# where the text first says who published the article it answers: '... an article published on 14 June 2025 in a
# London-based weekly newspaper under the headline ...'
_OUTLET = re.compile(r"\b(?:article|story|piece|editorial|report)\s+(?:published|that\s+appeared|which\s+appeared|"
                     r"carried|run)\s+(?:on\s+[\w ]{3,20}?\s+)?(?:in|by)\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?P<outlet>(?:[\w'-]+\s+){0,3}?(?:(?:daily|weekly)\s+)?(?:newspaper|magazine|outlet|website|"
                     r"broadcaster|tabloid|journal)|(?:[\w'-]+\s+){0,3}?(?:daily|weekly)|"
                     r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3})")


# a named opposition party, whether or not the model listed it: not the state, nor the government it opposes
_OPPOSITION_PARTY = re.compile(r"^\W*(?:the\s+)?(?:(?:main|largest|chief)\s+)?opposition\s+"
                               r"(?P<name>(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w'\u2019-]*){0,5})"
                               r"(?:\s*\([A-Z]{2,8}\))?\s*$", re.I)


def party_named(named: str, s: Sentence, doc: Document, book: PartyBook, voice: Party | None,
                by_head: dict[str, Party], speakers: dict[int, Party | None]) -> tuple[Party | None, str]:
    """The party the lead-in `named` of sentence `s` names, and the lead-in without a place that does not
    say whose ('In Riyadh, '); `by_head` holds whom a head noun ('the office') named last, `speakers` the
    speakers of the sentences before."""
    if THE_ARTICLE.match(named) and (outlet := _OUTLET.search(book.text)) is not None:
        # 'The article alleges that ...' after 'an article published ... in a London-based weekly newspaper': the
        # newspaper's words, not the state it is published in
        name = outlet["outlet"].strip()
        return book.find(name) or book.add(name[:1].upper() + name[1:], "media"), named
    # 'In Riyadh, the Saudi Foreign Ministry said': the Ministry, when listed ('In Washington, a
    # National Security Council spokesperson': the place says whose)
    unplaced = IN_PLACE.sub("", named)
    if (opposition := _OPPOSITION_PARTY.match(unplaced)) is not None:  # 'In Albania, the opposition Democratic Party'
        return book.find(opposition["name"]) or book.add(opposition["name"], "non_state_group"), unplaced
    named = unplaced if unplaced != named and speaker_in(unplaced, book.parties) is not None else named
    # 'The note handed to the Russian chargé d'affaires states that ...': the sender's words, not his
    # "Netanyahu's office accused ... ,' the office said": the office that spoke last, before any listed one
    spoke_last = by_head.get(bare["noun"].casefold()) if (bare := THE_HEAD.match(named)) else None
    unasided = RELATIVE_ASIDE.sub(",", named)
    party = voice if HANDED_TO.match(named) else spoke_last or other_states_body(
        speaker_in(unasided, book.parties) or referents.the_body(named, book, voice), named, book)
    head, _, aside = named.partition(",")
    party = (unlisted := group_before_aside(head, aside, party, book)) or party  # 'The ELN, which ...'
    if (group := group_in_aside(head, aside)) and (party is None or speaker_in(head, book.parties) is None
                                                   or group[0] in aside):  # (the aside names the head: the group)
        # the body 'The officers, who have formed a body called ...' formed speaks for them; a named
        # coalition of armed groups for itself, not the place its aside names ('... peace deal with Bamako')
        party = speaker_in(group[0], book.parties) or book.add(group[0], "non_state_group", aliases=group[1])
    if party is None and (ENVOY.search(head) or RELATIVE.match(aside)):
        # 'The representative of the United States, whose delegation drafted the text together
        # with Japan, said', 'The RSF, which has been at war with Sudan's army, said': the actor
        # the words before the aside name
        party = speaker_in(head, book.parties)
    if party is None and THE_REPORT.match(named):
        party = referents.report_author(doc.text, book)  # 'The report alleges ...': whoever the text says wrote it
    if party is None and THE_STATEMENT.match(named):
        # '... the Turkish Foreign Ministry said in a written statement. ... The statement called on
        # ...': the one whose statement the text has been quoting
        party = next((p for n in range(s.number - 1, max(0, s.number - 6), -1) if (p := speakers.get(n))), None)
    if party is None and ITS_ORGAN.match(named) and speakers.get(s.number - 1) is not None:
        party = speakers[s.number - 1]  # 'The army-aligned government rejected that. Its foreign ministry said'
    # 'Bihi said' after 'Somaliland President Muse Bihi Abdi signed'; 'President Lai stated' after
    # 'President Lai Ching-te': the person the text named in full before
    # ('Trump has repeatedly said ...': the name before its auxiliaries)
    surname = mentions.bare_or_titled_surname(AUXILIARIES.sub("", named)) \
        if party is None or party.kind == "person" else None
    # ('Mujahid said ...' in a standfirst, before 'The Islamic Emirate's spokesman, Zabihullah Mujahid,')
    if surname and party is None and (lead := mentions.titled_mention(surname, doc.text, s.start)
                                      or mentions.titled_mention(surname, doc.text, len(doc.text))):
        party = add_speaker(lead, book)
    elif surname and SURNAME_ONLY.match(named) \
            and (lead := mentions.titled_mention(surname, doc.text, s.start, last=True)) \
            and len((latest := person_in(lead) or ("", ""))[0].split()) >= 2 \
            and not any(norm(latest[0]) in norm(f) or norm(f) in norm(latest[0])
                        for f in [party.name, *party.aliases]):  # type: ignore[union-attr]
        # 'Kim claimed ...' right after 'leader Kim Jong-un oversaw the test': the Kim named last,
        # not the listed Defense Minister Kim Yong-hyun
        party = add_speaker(lead, book) or party
    if surname and party is None:
        party = known_person_named(surname, book)  # 'Lai said' after '... days after Lai Ching-te was sworn in'
    # 'The Minister of Internal Affairs said' after 'the Minister of Internal Affairs, Xhelal Sveçla'
    party = party or referents.titled_person(named, book)
    if party is None and (full := referents.FULL_NAME.match(named)) \
            and referents.recurring_person(full["name"], doc.text):
        party = referents.bare_named_person(full["name"], book, voice)  # 'Vladimir Putin expressed ...', left out
    # (a bare head noun names the listed body: 'Council calls on ...' is the 'Council for Peace and Security ...')
    said = norm(named)
    head_only = party is not None and re.fullmatch(r"(?:the\s+)?[a-z-]+", said) is not None \
        and said.removeprefix("the ") in norm(party.name).split()
    if party is None or party.kind != "person" and norm(party.name) != said and unlisted is None and not head_only:
        # "Israel's chief military spokesman, Daniel Hagari"; 'The Ministry of Defence'
        # in a statement whose issuer is 'the Ministry' (of Foreign Affairs)
        party = other_states_body(add_speaker(AUXILIARIES.sub("", named), book), named, book) or party
    # 'The SAF maintain', 'The de facto authorities in Luhansk'; an organisation's 'Ministers'
    party = party or referents.defined_body(named, book) or members_meant(named, voice) \
        or experts_meant(named, book)  # 'The experts noted ...' in a release for UN human rights experts
    if party is None and referents.UNNAMED_AUTHORITIES.match(named):
        party = referents.sole_other_state(book)  # 'The authorities have maintained ...' in a note on Iran
    if party is None and voice is not None:
        party = regime_meant(named, book, voice)  # an opposition's 'The regime claims ...': the state
    # (not the state whose word it bears: 'Sectors of the Uruguayan opposition')
    if (party is None or party.kind == "state") and (opposition := OPPOSITION.match(named)) is not None:
        # 'The opposition, for its part, says ...': a side of its own the model did not list, not the state
        name = opposition["name"].strip()
        party = book.find(name) or book.add(name, "non_state_group")
    if party is None and voice is not None and claim_cues.reports_claim(s.text) and (
            (answer := doc.sentence(s.number + 1)) is not None and answers.answers_what_was_said(answer.text)):
        # 'The Executive Order asserts that ... . This is not so.': the other side's words, answered
        party = referents.chief_other_state(doc.text, book, voice)
    if party is not None and (members := MEMBERS_OF_BODY.match(named)) is not None and members["owner"]:
        party = left_out_speaker(named, book) or party  # (the owner's body, not the owner whose name it bears)
    if party is not None and foreign_diplomat(named) is not None:
        # ('A diplomat from a Nordic country': not the model's region; its 'Gulf diplomat' is no Kuwaiti)
        party = left_out_speaker(named, book) or party
    party = party or left_out_speaker(named, book)  # 'Members of the European Parliament', 'A European diplomat'
    party = party or state_said_in(named, s.text, book)  # ('a spokesperson ... said at the briefing in Islamabad')
    if party is None and _BOTH_MEN.match(named) and (line := doc.sentence(s.number - 1)) is not None:
        # 'Besigye ... was charged together with an aide, Obeid Lutale, ... Both men rejected ...': the first of them
        named_there = [(m.start(), p) for p in book.parties if p.kind == "person"
                       and (m := re.search(rf"(?<![\w-]){re.escape(p.name.split()[-1])}(?![\w-])", line.text))]
        party = min(named_there, key=lambda found: found[0])[1] if named_there else None
    last = speakers.get(s.number - 1)
    if party is None and _THE_FOREIGN_MINISTRY.match(named) and last is not None and last.kind == "person" \
            and _FOREIGN_MINISTER.search(last.title or ""):
        # 'Foreign Minister Radoslaw Sikorski called ... The foreign ministry said ...': his ministry, not the
        # state the line before his named ('Hungary had granted him asylum')
        party = book.by_id(last.affiliation) if last.affiliation else last
    if party is None and referents.UNNAMED_ORGAN.match(named):
        party = referents.state_just_named(doc, s.number, book)  # 'Iran's account differed. The army later said'
    if party is None and (for_whom := referents.SPOKESPERSON_FOR.search(named)):
        party = referents.spoken_for(for_whom["who"], book)  # 'A spokesperson for the UN Secretary-General'
    if party is not None and party.kind == "person":
        serves_state_named(party, named, book)
    if (party is None or party.kind != "person") and only_titles(named):
        # 'The Turkish President': Erdoğan, not Türkiye, nor a draft party named 'President of Russia'
        party = referents.titled_by_state(named, book) or party
    if party is None or party.kind != "person":
        party = referents.sole_person_of(named, book) or party  # 'the head of the Russian state': Putin
    return party, named


_THE_FOREIGN_MINISTRY = re.compile(r"^\W*the\s+(?:foreign|external\s+affairs)\s+ministry\s*$", re.I)
_FOREIGN_MINISTER = re.compile(r"\bforeign\s+minister\b|\bminister\s+(?:of|for)\s+(?:foreign|external)\s+affairs\b",
                               re.I)
_BOTH_MEN = re.compile(r"^\W*(?:both|the\s+two)\s+(?:men|women)\s*$", re.I)
# 'A diplomat in Quito said ...': where the diplomat is posted, not whom they serve
DIPLOMAT_IN = re.compile(r"^\W*(?i:an?|one|two|three|several|some)\s+(?:[a-z-]+\s+){0,2}diplomats?\s+"
                         r"(?:in|based\s+in)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s*,?\s*"
                         r"(?:(?:speaking|who)\b[^,]*,?\s*)?$")  # (', speaking on condition of anonymity,')


# a state's mission abroad, by the state's name or word: 'The United States embassy in Mogadishu said ...'
_STATES_MISSION = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<state>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}?)"
                             r"(?:['\u2019]s)?\s+(?i:embassy|consulate|high\s+commission)\b")


def mission_speaker(lead_in: str, book: PartyBook) -> Party | None:
    """The state whose embassy a lead-in names when no listed party is named in it ('The United States embassy in
    Mogadishu said ...' in a wire whose model left the United States out): added, not the host the capital names."""
    mission = _STATES_MISSION.match(lead_in)
    state = re.sub(r"['\u2019]s$", "", mission["state"]) if mission else ""
    actor = actor_named(state) or actor_of_adjective(state) if state else None
    return party_of(actor, book) if actor is not None and actor.kind == "state" else None

