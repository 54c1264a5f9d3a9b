"""Whose deed a sentence tells: the party its opening words name as the subject ('North Korea
resumed sending balloons', 'It is Pakistan that harbours ...', 'Israeli warplanes struck ...',
'Russia and China congratulated ...'), or a titled person the model left out who opens it.
`kinds` asks here for the accused of a charge, `assemble` for the actor of a report's own line."""

from __future__ import annotations

import re

from summariser import joint
from summariser.background import not_an_actor
from summariser.datelines import wire_dateline_end
from summariser.document import SPEAKER_LABEL
from summariser.gazetteer import actor_of_adjective, actors_in
from summariser.known_parties import add_speaker
from summariser.name_forms import listed_party, party_of
from summariser.naming import speaker_in
from summariser.openings import TOPIC_LABEL
from summariser.parties import PartyBook
from summariser.people import person_in
from summariser.schema import Party

SUBJECT_WORDS = 8

# a cleft names the side: 'It is Pakistan that harbours ...', 'It is Japan, not China, that is
# politicising ...' (the one it names first)
CLEFT = re.compile(r"^\W*it\s+(?:is|was)\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;]{1,40}?)"
                   r"(?:,\s+(?:and\s+)?not\s+[^,;]{1,40},)?\s+(?:that|who)\s+", re.I)
# a deed a cleft lays on the one it names ('It is Japan that has in recent years drastically increased its
# defense budget'): a charge in a rebuttal; not what it will or should do, nor what it is
CLEFT_DEED = re.compile(CLEFT.pattern + r"(?!(?:will|would|should|must|can|could|may|might|is|are|was|were)\b)",
                        re.I)
# where, when or on whose word, before the subject: 'In Kyiv, ...', 'According to the Ministry, ...'
_SETTING = re.compile(r"^\W*(?:(?:in|at|near|on|from|over|outside|inside)\s+[^,;]{1,40}|"
                      r"according\s+to\s+[^,;]{1,80}),\s*", re.I)


_MEMBERS_OF = re.compile(r"\b(?:members|elements|some|units)\s+of\s+", re.I)
_RECIPROCAL = re.compile(r"\b(?:traded|exchanged|clashed|fought|met|discussed|talked|spoke|each\s+other|"
                         r"one\s+another)\b")
# a thing named with who made it: 'Talks brokered by the United States and Saudi Arabia have stalled'
_THING_DONE_BY = re.compile(r"^\W*(?:the\s+)?(?:talks|negotiations|efforts|plan|proposal|deal|agreement|process|"
                            r"initiative|resolution|text|draft|ceasefire|truce)\s+(?:[\w-]+\s+)?(?:brokered|mediated|"
                            r"hosted|led|organi[sz]ed|sponsored|backed|proposed|drafted|tabled|put\s+forward)\s+by\b",
                            re.I)
_BY_ITS_WORD = re.compile(r"^\W*(?:the\s+)?([A-Z][\w-]+)\s+(?-i:[a-z])")

# an individual or a few people of a nationality: 'a Palestinian man', 'two Israeli civilians'
# ('The Armenian residents of the region left voluntarily': they, not Armenia's side)
# (the noun in lower case: 'the Haitian National Police' is no 'Haitian national')
SOMEONE_OF = re.compile(r"\b(?:an?|one|two|three|four|five|\d+|the)\s+(?-i:[A-Z])[\w-]+\s+"
                        r"(?-i:man|woman|men|women|attackers?|gunm[ae]n|civilians?|nationals?|citizens?|child|children|teenagers?|boys?|girls?|"
                        r"journalists?|workers?|farmers?|villagers?|famil(?:y|ies)|residents?|fishermen|"
                        r"students?|tourists?|assailants?)\b", re.I)


def titled_subject(sentence: str, book: PartyBook) -> Party | None:
    """A titled person the model left out, opening the charge: '"Minister Ben-Gvir and Minister
    Smotrich have used their positions ...' (the first of them, added as a party)."""
    opening = re.sub(r"^\W+", "", SPEAKER_LABEL.sub("", sentence, count=1))
    found = person_in(" ".join(opening.split()[:SUBJECT_WORDS]) + " ")
    at = opening.find(found[0]) if found is not None else -1
    if found is None or at < 0 or not opening[:at].strip().endswith(found[1]) or at > len(found[1]) + 2:
        return None  # the name must open the sentence, after its title only
    return add_speaker(f"{found[1]} {found[0]}", book)


# a clause that opens on its verb has its subject before it (a relative clause's antecedent)
_NO_SUBJECT = re.compile(r"^\W*(?:had|has|have|was|were|is|are|did|does|would|will|could|should|must)\s")
# a body named by its kind alone, as the subject: 'the ministry demanded that Turkey withdraw' (the one
# the text named before, not Turkey)
_BARE_BODY = re.compile(r"^\W*(?i:the|its|their)\s+(?:(?:foreign|defen[cs]e|interior)\s+)?"
                        r"(?:ministry|office|government|department|presidency|embassy|statement|spokes(?:man|woman|person))"
                        r"\s+(?:(?:had|has|have|was|would|will)\s+)?(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|said|told|sent)\b")


def subject_party(sentence: str, book: PartyBook) -> Party | None:
    """The one party the opening words of a sentence name (its subject, as a rule): the side
    a charge of fact is made against ('North Korea resumed sending balloons')."""
    opening = _SETTING.sub("", SPEAKER_LABEL.sub("", TOPIC_LABEL.sub("", sentence[wire_dateline_end(sentence):],
                                                                     count=1), count=1), count=1)
    opening = SOMEONE_OF.sub(" ", opening)  # 'A Palestinian man was killed': nobody's side acted
    opening = _MEMBERS_OF.sub("", opening)  # 'members of the Rapid Support Forces have committed ...': the Forces
    actors = [p for p in book.parties if not not_an_actor(p)]
    if _NO_SUBJECT.match(opening) or _BARE_BODY.match(opening):
        return None  # '(the PRC, which he said) had deliberately obstructed the Philippines' ...': not the Philippines
    if _THING_DONE_BY.match(opening):
        return None  # 'Talks brokered by the United States ... have stalled': the talks are the subject
    cleft = CLEFT.match(opening)  # 'It is Pakistan that harbours terrorists': the one it names
    if cleft and (named := speaker_in(cleft.group("who"), actors)) is not None:
        return named
    by_word = _BY_ITS_WORD.match(opening)  # 'Israeli warplanes struck ... southern Lebanon': Israel
    actor = actor_of_adjective(by_word.group(1)) if by_word else None
    if actor is not None and (state := listed_party(actor, book)) is not None:
        return state
    deed = _OWN_DEED.match(opening)  # "Russia's unprovoked invasion of Ukraine violates ...": Russia's, not Ukraine's
    if deed is not None and (owner := speaker_in(deed["who"], actors)) is not None:
        return owner
    # 'Russia and China congratulated ...': the first-named (not 'A and B traded accusations': each other's)
    first = joint.first_named_subject(opening) if not _RECIPROCAL.search(opening) else None
    words = (first or opening).split()[:SUBJECT_WORDS]
    # the venue after the verb is no subject: 'The exchange came at the U.N. Human Rights Council'
    venue = next((i for i in range(2, len(words)) if words[i] in ("at", "during") and words[i - 1].islower()), None)
    words = words[:venue] if venue is not None else words
    # nor the one a group of no listed side acts on: 'Opposition leaders rallied behind Gachagua'
    acted = next((i for i in range(2, len(words)) if words[i].endswith("ed") and words[i - 1].isalpha()
                  and words[i - 1].islower() and words[i - 1].endswith("s") and words[i - 1] not in _AUXILIARIES), None)
    if acted is not None and speaker_in(" ".join(words[:acted]), actors) is None:
        return None
    return speaker_in(" ".join(words), actors) if words else None


_AUXILIARIES = {"has", "was", "is", "as", "its", "his", "this", "thus", "always", "also", "perhaps"}
# a side's deed as the subject: "Russia's unprovoked invasion of Ukraine", "Israel's strikes on Gaza"
_OWN_DEED = re.compile(r"^\W*(?:the\s+)?(?P<who>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})"
                       r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:invasion|aggression|attacks?|strikes?|war|occupation|annexation|"
                       r"bombardment|shelling|offensive|incursions?|blockade|violations?|provocations?)\b")


def head_party(sentence: str, book: PartyBook) -> Party | None:
    """The party a sentence opens with when a verb follows its name at once, though the words
    after the verb name another: 'Paris has armed Armenia with offensive weapons' (France)."""
    sentence = _SETTING.sub("", sentence, count=1)  # ('On the morning of 19 September, Azerbaijan launched ...')
    head = _NAMED_HEAD.match(sentence)
    if head is None or not _VERB_NEXT.match(sentence, head.end()):
        return None
    return speaker_in(head.group(0), [p for p in book.parties if not not_an_actor(p)])


_NAMED_HEAD = re.compile(r"\W*(?!(?:The|This|That|These|Those|It|Its|They|We|He|She|Such|Our|Their|Both|All)\s)"
                         r"[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,4}(?=\s)")
_VERB_NEXT = re.compile(r"\s+(?:has|have|had)\s+(?:\w+ly\s+)?\w+ed\b|\s+\w+ed\s+(?!by\b)")


# 'The Court has shown itself incapable of ...' in a text that names the International Criminal Court
_SHORT_HEAD = re.compile(r"\W*The\s+(?P<noun>(?-i:[A-Z])[a-z]{3,})\s+(?:has|have|had|is|was|continues|remains|\w+ed)\b")


def short_named_subject(sentence: str, book: PartyBook) -> Party | None:
    """The one organisation or body the text names in full whose last word a sentence's subject is ('The Court'
    for the International Criminal Court), added if the model left it out; a state is never so named."""
    head = _SHORT_HEAD.match(sentence)
    named = {a for a, _ in actors_in(book.text) if a.kind != "state" and head and a.name.endswith(f" {head['noun']}")}
    return party_of(named.pop(), book) if len(named) == 1 else None


def refers_to_someone(sentence: str) -> bool:
    """Does the sentence point at a side by a pronoun ('they fired on', 'its troops'), past the speaker's own
    ('He noted that ...', '..., she said'), a dummy 'it' and the victims' 'their'? A charge that names no doer
    and points at none names no one."""
    stripped = _SPEAKER_PRONOUN.sub("", _DUMMY_IT.sub("", sentence, count=1), count=1)
    for own in (_SAYS_AT_END, _SAID_SELF, _VICTIMS_OWN, _FEATURES_OWN):
        stripped = own.sub("", stripped)
    return bool(_THIRD_PERSON.search(_SUBJECTS_OWN.sub("", stripped, count=1)))


# 'He noted that ...': the speaker's pronoun, which names no one the charge is about
_SPEAKER_PRONOUN = re.compile(r"^\W*(?:he|she)\s+(?:also\s+|further\s+|strongly\s+|firmly\s+)?(?:said|noted|stressed|"
                              r"added|underlined|emphasi[sz]ed|recalled|stated|warned|pointed\s+out|reiterated|"
                              r"condemn(?:s|ed)|deplor(?:es|ed))\s+(?:that\s+)?", re.I)  # ('He strongly condemns ...')
# 'It is a matter of deep concern that ...': an 'it' that stands for no one
_DUMMY_IT = re.compile(r"^\W*it\s+(?:is|was|has\s+been|remains)\s+(?=[^.;]{1,60}?\b(?:that|to)\b)", re.I)
# '"Attacks on peacekeepers are serious violations," he said.': the speaker again, no one charged
_SAYS_AT_END = re.compile(r"[\"\u201d]?,?[\"\u201d]?\s+(?:he|she|they)\s+(?:also\s+)?"
                          r"(?:said|added|stressed|noted|warned|"
                          r"told\s+[\w.]+(?:\s+[A-Z]\w+)*)\W*$", re.I)
# '..., Clementine Nkweta-Salami, said she was "horrified"': the speaker again
_SAID_SELF = re.compile(r"\b(?:said|says|added|stressed|told\s+\w+)\s+(?:that\s+)?(?:he|she)\s+"
                        r"(?:was|is|had|has|felt)\b", re.I)
# a place's own: 'deprived the Suez Canal of a large share of its revenues', 'the Red Sea is the
# responsibility of its littoral states'
_FEATURES_OWN = re.compile(r"\b(?:[A-Z][\w-]+\s+){1,3}(?:Canal|Sea|Strait|River|Lake|Gulf|Ocean|Dam|Port|Basin|Bay|"
                           r"Valley|Corridor)\b[^.;,]{0,40}?\bits\b")
# the subject's own, in an aside about it: 'Egypt, which depends on the Nile for almost all of its fresh water'
_SUBJECTS_OWN = re.compile(r"^\W*(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3},\s+(?:which|who)\b"
                           r"[^,;.]{0,80}?\b(?:its|his|her|their)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(it|its|they|their|them|he|his|she|her)\b", re.I)
# the victims' own: 'attacks on civilians based on their ethnicity' names no doer
_VICTIMS_OWN = re.compile(r"\b(?:civilians|people|women|girls|children|victims|families|migrants|refugees|residents)\b"
                          r"[^.;,]{0,30}?\btheir\b", re.I)


_AND_THAT = re.compile(r",?\s+and\s+that\s+")


def second_told_subject(sentence: str, book: PartyBook) -> Party | None:
    """The party a second clause told opens with: 'He said camps in northern Benin were being used to train
    fighters, and that French officers were operating in Borno' -> France (by its adjective too)."""
    return next((p for part in _AND_THAT.split(sentence)[1:] if (p := subject_party(part, book)) is not None), None)
