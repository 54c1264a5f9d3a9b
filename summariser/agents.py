"""Whom a charge names as its doer, when the model's guess is not named: the 'by X' agent of a
passive or a noun of deed ('violations of ceasefire agreements by the Government of the DRC'),
or the one other side the sentence names outside the speaker's own post ('The United Nations
humanitarian coordinator in Sudan, X, said ...' names no Sudan). `kinds.settle_kinds` asks here."""

from __future__ import annotations

import re
from collections.abc import Collection

from summariser.background import not_an_actor
from summariser.gazetteer import actor_of_adjective
from summariser.name_forms import listed_party
from summariser.naming import speaker_in
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.targets import only_a_target

# 'by the Government of the DRC and its coalition': the agent a passive or a noun of deed names
# (not 'as declared by the Organization of American States': one who said it, on the speaker's side)
_BY_AGENT = re.compile(r"(?<!\bas )(?<!\bsaid )(?<!\bdeclared )(?<!\bstated )(?<!\bnoted )(?<!\brecognised )"
                       r"(?<!\brecognized )(?<!\baffirmed )(?<!\bendorsed )(?<!\bsupported )(?<!\bshared )"
                       # ('a country that shelters terrorists listed by the United Nations': who listed them)
                       r"(?<!\blisted )(?<!\bdesignated )(?<!\bsanctioned )(?<!\bproscribed )"
                       # ('an attack ... organised by official Belgrade': the capital for the state)
                       # ('the decision announced ... by the new Government of the United States')
                       r"\bby\s+(?:official\s+)?(?P<who>(?:the\s+)?(?:(?:new|current|former|outgoing|incoming)\s+)?"
                       r"[A-Z][^,;.]{1,60})")


_CLAUSE_AFTER = re.compile(r"\s+(?:that|which|who|shows?|showed|proves?|proved|confirms?|confirmed|indicates?|"
                           r"indicated|demonstrates?|demonstrated)\b")


def agent_named(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The first party of another side that a 'by ...' phrase of the sentence names."""
    return _first_agent(_BY_AGENT, sentence, book, own_side)


def harm_done_by(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The party of another side a 'by' phrase names as the doer of a harm ('condemns ... the siege of
    El Fasher by the RSF'): a stance on what it did charges it (not 'the statement published by ...')."""
    return _first_agent(_HARM_BY, sentence, book, own_side)


def _first_agent(by: re.Pattern[str], sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The first listed party of another side that a match of `by` names as its 'who'."""
    others = [p for p in book.parties if p.id not in own_side and not not_an_actor(p)]
    for m in by.finditer(sentence):
        # ('the flight tracks recorded by Allied radars show that they crossed into Estonian territory': the radars)
        agent = speaker_in(_CLAUSE_AFTER.split(m["who"], maxsplit=1)[0], others)
        if agent is not None and not only_a_target(agent, sentence):
            return agent
    return None


_HARM_BY = re.compile(r"\b(?:siege|attacks?|assaults?|killings?|shelling|bombing|bombardment|strikes?|violations?|"
                      r"occupation|blockade|abductions?|massacres?|atrocities|crimes|aggression|offensive|incursions?|"
                      r"seizure|destruction|detentions?|arrests?|executions?)\b[^.;]{0,80}?\bby\s+(?:the\s+)?"
                      r"(?P<who>[A-Z][^,;.]{1,60})")


# 'the conduct of the People's Republic of China, which he said had deliberately obstructed ...': the
# doer is the one the words before 'which' name
_RELATIVE_DEED = re.compile(r"(?P<before>[^,;:]{3,120}?),?\s+(?:which|who)\s+(?:(?:he|she|it|they|we)\s+(?:said|says|"
                            r"noted|added|stressed|believes?|considers?)\s+)?(?:had|has|have|was|were)\s+"
                            r"(?:\w+ly\s+)?(?-i:[a-z]+ed)\b")


def relative_doer(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The party of another side that a relative clause of deed refers back to, named in the few
    words before its 'which' or 'who'."""
    others = [p for p in book.parties if p.id not in own_side and not not_an_actor(p)]
    for m in _RELATIVE_DEED.finditer(sentence):
        doer = speaker_in(" ".join(m["before"].split()[-6:]), others)
        if doer is not None and not only_a_target(doer, sentence):
            return doer
    return None


def named_outside_post(sentence: str, holder: Party, others: list[Party]) -> Party | None:
    """The one party of `others` the sentence names, not counting the words of the holder's own
    names and post ('The United Nations humanitarian coordinator in Sudan')."""
    forms = sorted((f for f in {holder.name, *holder.aliases} if len(f) > 3), key=len, reverse=True)
    # (and the post the sentence opens with before the name, or the body of the holder's it opens with: 'The leader
    # of Georgia's breakaway region of Abkhazia, Aslan Bzhania, said ...', "The European Union's monitoring mission
    # in Georgia said ...")
    names = "|".join(map(re.escape, forms))
    posted = [rf"^\W*[Tt]he\s+[^,;]{{3,80}}?,\s+(?:{names})\b",
              rf"^\W*(?:[Tt]he\s+)?(?:{names})['\u2019]s\s+[^,;]{{0,60}}?(?=\s+(?:said|says|told|stated|reported)\b)"] \
        if forms else []
    unposted = re.sub("|".join([*posted, *map(re.escape, forms)]), " ", sentence) if forms else sentence
    return speaker_in(unposted, others)


# 'Mr. Glas had been granted asylum by the Government of Mexico, ...': the subject a passive acts upon
# (not 'a Venezuelan navy vessel had entered its waters and approached ships operated by X': active, 'had' alone)
_PASSIVE_OPEN = re.compile(r"^\W*(?P<who>[^,;:]{2,60}?)\s+(?:(?:has|have|had)\s+(?:\w+ly\s+)?been|was|were|is|are)\s+"
                           r"(?:\w+ly\s+)?(?:been\s+)?"
                           r"(?:\w+ed|given|shown|taken|held|sent|made|sold|built|won)\s+[^.;]{0,80}?\bby\s+(?:the\s+)?[A-Z]")


def acted_upon(sentence: str, party: Party) -> bool:
    """Is `party` the subject of a passive whose 'by X' names the doer (Mr. Glas, granted asylum by
    Mexico)? Then a charge the sentence makes is X's deed, not the subject's."""
    opening = _PASSIVE_OPEN.match(sentence)
    return opening is not None and speaker_in(opening["who"], [party]) is not None


# 'between 3,000 and 4,000 Rwandan troops are operating alongside the M23': a state's forces, then the
# side they act with
_FORCES_BESIDE = re.compile(r"\b(?P<adjective>[A-Z][a-z]+)\s+(?:troops|forces|soldiers|army|units|military)\b"
                            r"[^.;]{0,60}?\b(?:alongside|together\s+with|in\s+support\s+of|fighting\s+with)\s+"
                            r"(?P<companion>[^,.;]{2,60})")


def forces_beside(other: Party | None, sentence: str, book: PartyBook) -> Party | None:
    """The listed state whose forces the sentence says act beside `other` (the model's guess at the
    accused): the state is the one charged, its companion only named."""
    m = _FORCES_BESIDE.search(sentence)
    if other is None or m is None or speaker_in(m["companion"], [other]) is None:
        return None
    actor = actor_of_adjective(m["adjective"])
    return listed_party(actor, book) if actor is not None and actor.kind == "state" else None
