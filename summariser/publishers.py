"""Who publishes a text, from what the text says of itself: a report 'released today', a
'From:' line, a media note's 'released by', an organisation's acronym in the dateline, a UN
expert's release, and a heading that tells of its issuer acting on another ('UNHCR calls on Greece
to ...', 'PACE does not ratify the credentials of the Azerbaijani delegation'). `voice` weighs these
against the model's voice."""

from __future__ import annotations

import re

from summariser import headings
from summariser.datelines import agency_dateline
from summariser.gazetteer import actor_named, actors_in
from summariser.name_forms import known_actor, listed_party, party_of
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.people import actors_named
from summariser.posts import post_after, title_before
from summariser.reports import OWN_RELEASE_LEAD
from summariser.schema import Party


def self_named_publisher(book: PartyBook) -> Party | None:
    """The publisher the text names itself, if it names one."""
    return _report_publisher(book) or _published_from(book) or _un_experts(book) or _released_by(book) \
        or _dateline_organisation(book)


def heading_asker(book: PartyBook, voice: Party, own: set[str]) -> Party | None:
    """The party a heading says acts on the model's voice (`own`: the voice's side), if one does."""
    return _heading_asker(book, own) or _heading_organisation(book, voice, own)


# '..., Human Rights Watch said in a report released today': a release in its publisher's third person
_RELEASED_TODAY = re.compile(r"(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5})\s+said\s+(?:today\s+)?"
                             r"in\s+an?\s+"
                             r"(?:new\s+)?(?:[\w-]+\s+)?(?:report|statement|briefing)\s+(?:released|published|issued)"
                             r"\s+today\b")


_FROM_LINE = re.compile(r"(?m)^From:\s+(?P<who>[^\n]+)$")  # GOV.UK's 'From: Prime Minister's Office, 10 Downing Street'


def _published_from(book: PartyBook) -> Party | None:
    """The one state a publisher's 'From:' line names (GOV.UK, Global Affairs Canada)."""
    m = _FROM_LINE.search("\n".join(book.text.splitlines()[:12]))
    states = {a for a, _ in actors_in(m["who"]) if a.kind == "state"} if m else set()
    return party_of(states.pop(), book) if len(states) == 1 else None


# an organisation's own dateline: 'Geneva (ICRC) – The President of ...'
_ORG_DATELINE = re.compile(r"(?m)^[A-Z][\w .'\u2019/-]{1,40}\s+\((?P<who>[A-Z][A-Za-z]{1,9})\)\s*[\u2013\u2014-]")


def _dateline_organisation(book: PartyBook) -> Party | None:
    """The international organisation whose acronym a release's dateline carries (not a wire's
    '(AP)', nor WAM's: an agency carries others' statements), if listed."""
    m = _ORG_DATELINE.search("\n".join(book.text.splitlines()[:12]))
    actor = actor_named(m["who"]) if m else None
    return listed_party(actor, book) if actor is not None and actor.kind == "international_org" else None


# a department's media note: 'The text of the following statement was released by the Foreign
# Ministers of Australia, India, Japan, and the United States of America.'
_RELEASED_BY = re.compile(r"(?m)^[^\n]{0,60}\bstatement\s+(?:was\s+)?(?:released|issued)\s+by\s+(?:the\s+)?"
                          r"(?P<who>[^\n]{3,160}?)\.?\s*$")


def _released_by(book: PartyBook) -> Party | None:
    """The first-named of the states a media note says released the statement: their joint voice
    (the guide gives their joint stances to the first-named), not the department that posts it."""
    m = _RELEASED_BY.search("\n".join(book.text.splitlines()[:15]))
    states = [a for a, _ in actors_in(m["who"]) if a.kind == "state"] if m else []
    return party_of(states[0], book) if len(states) >= 2 else None


def _report_publisher(book: PartyBook) -> Party | None:
    """The organisation whose report the text says is 'released today', if it is listed and no
    agency's dateline makes the text a wire story about it."""
    # (or whose release opens '(Bangkok, July 24, 2024) – ..., Human Rights Watch said today.')
    m = _RELEASED_TODAY.search(book.text) or OWN_RELEASE_LEAD.search(book.text[:2000])
    if m is None or agency_dateline(book.text[:600]):
        return None
    return speaker_in(m["who"], book.parties)


# OHCHR's 'Iran: UN experts condemn execution of protesters, urge ...' over '... the experts said'
_UN_EXPERTS_HEADLINE = re.compile(r"^[^:\n]{2,60}:\s+(?:UN|U\.N\.|United Nations)\s+(?:human\s+rights\s+)?experts?\b",
                                  re.I)


def _un_experts(book: PartyBook) -> Party | None:
    """The UN experts a release's headline says speak ('Iran: UN experts condemn ...'), whose
    words the text then gives in its third person ('the experts said'): a party of the UN."""
    heading = headings.first_line(book.text)
    if not _UN_EXPERTS_HEADLINE.match(heading):
        return None
    if (expert := _the_one_expert(book, heading)) is not None:
        return expert
    un = party_of(actor_named("United Nations"), book)  # type: ignore[arg-type]
    experts = book.find("UN experts") or book.add("UN experts", "international_org", aliases=["the experts"])
    experts.affiliation = un.id
    return experts


_EXPERT_POST = re.compile(r"\b(?:Special\s+Rapporteur|Independent\s+Expert)\b")


def _the_one_expert(book: PartyBook, heading: str) -> Party | None:
    """The one expert a 'Belarus: UN expert calls for ...' release quotes, named with the post
    ('said Anaïs Marin, the Special Rapporteur on ...'): the voice, whom 'the expert' and 'the
    Special Rapporteur' mean; None for 'UN experts' or when no single listed person holds such a post."""
    if re.search(r"\bexperts\b", heading, re.I):
        return None
    posted = [(p, post[0]) for p in book.parties if p.kind == "person"
              and (post := _EXPERT_POST.search(f"{p.title or ''} {title_before(p.name, book.text) or ''} "
                                               f"{post_after(p.name, book.text)}"))]
    if len(posted) != 1:
        return None
    expert, post = posted[0]
    # 'A UN human rights expert today urged ...' in the lead paragraph is the same one
    written = [m[1] for m in re.finditer(
        r"\b(?:a|the)\s+((?:UN|U\.N\.|United Nations)\s+(?:human\s+rights\s+)?expert)\b", book.text, re.I)]
    expert.aliases = list(dict.fromkeys([*expert.aliases, "the expert", f"the {post}", *written]))
    return expert


# 'UNHCR calls on Greece to investigate ...': a release's heading tells of its issuer asking another
_HEADING_CALL = re.compile(r"^\W*(?P<who>[A-Z][^,:;]{1,60}?)\s+(?:calls\s+on|urges|appeals\s+to|asks)\s+"
                           r"(?P<whom>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")


def _heading_asker(book: PartyBook, own: set[str]) -> Party | None:
    """The party a heading says asks the model's voice to act: a document does not ask its own
    side to act, so the asker is the voice ('UNHCR calls on Greece to ...', voiced as Greece)."""
    for line in headings.heading_lines(book.text):
        m = _HEADING_CALL.match(line)
        asker = speaker_in(m["who"], book.parties) if m else None
        asked = speaker_in(m["whom"], book.parties) if m else None
        if asker is not None and asked is not None and asked.id in own and asker.id not in own:
            return asker
    return None


def _heading_organisation(book: PartyBook, voice: Party, own: set[str]) -> Party | None:
    """The listed international organisation a heading opens with, acting on the state the model
    took for the voice ('PACE does not ratify the credentials of the Azerbaijani delegation'):
    the organisation's release, not the state's."""
    if voice.kind != "state" or (mine := known_actor(voice)) is None:
        return None
    # (under labels and a date; a heading, not a paragraph: 'The Court has found that the rights claimed by
    # South Africa are plausible ...' is the Court's finding, told in South Africa's statement)
    for line in [line for line in book.text.splitlines()[:15] if line.strip()][:6]:
        if len(line) > 160 or line.rstrip().endswith("."):
            continue
        # ('Georgia: MEPs refuse to recognise flawed election results': after the topic)
        m = re.match(r"^\W*(?:[^:\n]{2,40}:\s+)?(?P<who>(?:[A-Z][\w'\u2019-]*\s+){0,5}?[A-Z][\w'\u2019-]*)\s+"
                     r"(?=(?-i:[a-z]))", line)
        who = (party_of(actor_named("European Parliament"), book) if m["who"] == "MEPs"  # type: ignore[arg-type]
               else speaker_in(m["who"], book.parties)) if m else None
        if m and who is not None and who.kind == "international_org" and who.id not in own \
                and mine.name in actors_named(line[: m.start("who")] + line[m.end():]):
            return who
    return None
