"""Targets and victims: the one an act is aimed at or done to ('the aggression against Qatar', 'was
hit by a missile', 'has been sentenced to death'). A target is no side a charge accuses, and a victim
is no party at all (SPEC 2: 'mere background, victims ... is not a party')."""

from __future__ import annotations

import re

from summariser.name_forms import known_actor
from summariser.schema import Party

# What makes the name after it a target: 'against Ukraine', 'strikes on Kyiv', 'fired missiles at ...'
# 'against the sister State of Qatar', 'the sovereignty of the State of Qatar': the one harmed
_AIMED_AT = re.compile(r"\b(?:against(?:\s+(?-i:[a-z-]+)){0,2}|(?:attacks?|strikes?|aggression|assault)\s+on|"
                       # 'the continuing Israeli military attacks in Syria', '... in different parts of Syria': where
                       r"(?:attacks?|strikes?|airstrikes?|bombardment|shelling|incursions?)\s+in|"
                       r"(?:in|across)\s+(?:different\s+|various\s+|many\s+)?(?:parts|areas|regions)\s+of|"
                       r"(?:should\s+)?belongs?\s+to|"  # 'oil revenues that should belong to Syria': the one wronged
                       # 'the threat that climate change poses to Tuvalu'; 'people have crossed into Bangladesh';
                       # 'occurred in the village of Al-Aqbiyah, in southern Lebanon': the one faced with it, where
                       r"pos(?:e|es|ed|ing)\s+to|(?:crossed|fled|poured|streamed)\s+into|"
                       r"(?:travell?ing|heading|driving|bound)\s+(?:back\s+)?(?:to|for)|"
                       r"in\s+(?:southern|northern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
                       r"south-?western)|"
                       # 'the attack ... against a convoy of UNIFIL'; 'the conflict in Sudan': its place
                       r"(?:against|on|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:convoys?|patrols?|positions?|bases?|"
                       r"vehicles?|camps?|compounds?|headquarters|personnel|peacekeepers|staff|premises)\s+of|"
                       # 'the actions taken at the Embassy of Mexico in Quito': the embassy raided, not the raider
                       r"(?:taken|carried\s+out|committed|conducted|raid(?:ed)?)\s+(?:at|on|against|in)\s+the\s+"
                       r"(?:embassy|consulate|mission|residence|premises)\s+of|"
                       r"(?:conflict|war|crisis|fighting|situation)\s+in|"
                       # 'the attempt to seize power by force in Niger': where the coup is, not who made it
                       r"(?:seize|seizure\s+of|grab|take)\s+power\s+(?:by\s+force\s+)?in|coup\s+(?:d['\u2019][ée]tat\s+)?in|"
                       r"fired\s+(?:[\w-]+\s+){0,3}?at|"
                       # 'the earthquakes that struck Turkiye', 'the missiles hit Kharkiv': the one hit
                       r"(?:struck|hit|devastated|ravaged|battered|rocked|shook)|"
                       # 'the terrorist attack carried out in Jammu and Kashmir': where, not who
                       r"(?:carried\s+out|perpetrated|committed)\s+in|"
                       # ... and the one the speaker sides with: 'the EU stands in full solidarity with Estonia'
                       r"(?:solidarity|stands?|standing)\s+with|support\s+(?:for|to)|(?:condolences|sympathy)\s+to|"
                       r"(?:supports|supported|backs|backed)|"  # 'the United States strongly supports Israel'
                       # 'China-linked actors had compromised the systems of the Electoral Commission': the one hacked
                       r"(?:compromised|hacked|breached|infiltrated|penetrated|targeted)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                       r"(?:systems?|networks?|accounts?|servers?|computers?|databases?)\s+of|"

                       # ... and whose charter or resolutions are broken: 'violate the Charter of the United Nations'
                       # ('the attack on a MONUSCO base')
                       # ('the freedom of movement of MINUSCA', 'the safety of UNIFIL personnel': the one endangered)
                       r"(?:sovereignty|territorial\s+integrity|territory|charter|resolutions?|freedom\s+of\s+movement|"
                       r"safety|protection)\s+of)\s+(?:the\s+|an?\s+)?"
                       r"(?:(?:sister|brotherly|friendly|fraternal|neighbouring|neighboring)\s+)?"
                       r"(?:(?:State|Republic|Kingdom|people)\s+of\s+(?:the\s+)?)?$", re.I)
# ... and the passive after it: 'the ship, the Gibraltar Eagle, was hit by a missile'
_STRUCK = re.compile(r"^[^.;]{0,40}?\b(?:was|were|being)\s+(?:\w+ly\s+|today\s+|yesterday\s+|again\s+|also\s+)?"
                     r"(?:hit|struck|attacked|targeted|shelled|bombed|"
                     r"damaged|destroyed|seized|boarded|rammed|detained|arrested|held|jailed|sentenced|charged|"
                     r"abducted|kidnapped|killed|wounded|injured|expelled|deported)\b"
                     r"|^[^.;]{0,40}?\b(?:died|perished)\b"  # 'Mahsa Amini died in the custody of ...'
                     # '... positions of the United Nations Interim Force in Lebanon came under fire'
                     r"|^[^.;]{0,20}?\b(?:came|come|comes|coming)\s+under\s+(?:\w+\s+)?(?:fire|attack|shelling)\b"
                     # 'Romania had been the target of a hybrid attack': the one attacked
                     r"|^[^.;]{0,20}?\b(?:(?:has|had|have)\s+been|was|were|is|are)\s+(?:\w+ly\s+|also\s+)?(?:the\s+|a\s+)?"
                     r"(?:targets?|victims?)\s+of\b"
                     # 'Israel, with the help of its partners, defeated the attack': the one who fended it off
                     r"|^[^.;]{0,40}?\b(?:defeated|repelled|repulsed|intercepted|thwarted|foiled|fended\s+off|"
                     r"shot\s+down)\s+(?:the|an?|this|these|all|most)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|"
                     r"offensive|drones?|missiles?|barrage)\b"
                     # 'Sharifeh Mohammadi, is also facing the death penalty': the one sentenced
                     r"|^[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:facing|on)\s+"
                     r"(?:the\s+)?(?:death\s+(?:penalty|sentence|row)|execution|trial|charges)\b"
                     # ... and "a violation of Iran's sovereignty"
                     r"|^['\u2019]s\s+(?:sovereignty|territorial\s+integrity|territory|airspace)\b"
                     # ... and whose resolutions are violated, named before them: 'the relevant United Nations
                     # Security Council resolutions'
                     r"|^['\u2019]?s?\s+(?:resolutions?|decisions?)\b", re.I)


EVENT_AT_PLACE = re.compile(r"^\W*the\s+(?:\w+\s+)?(?:attacks?|strikes?|explosions?|blasts?|bombings?|shelling|"
                             r"incident|fighting|clashes)\s+(?:in|at|near|on)\s", re.I)


# 'Polish and Allied aircraft shot down several of them' (the drones that came in): a defence told
_FENDED_OFF = re.compile(r"\b(?:intercepted|shot\s+down|downed|repelled|repulsed|neutrali[sz]ed)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:drones?|missiles?|rockets?|projectiles?|them|the\s+attack)\b", re.I)


def no_deed_charged(clause: str) -> bool:
    """Does the clause tell of an event at a place ('The attack in Abu Dhabi, which struck ...') or of
    a defence ('shot down several of them')? Neither charges the one it names first."""
    return bool(EVENT_AT_PLACE.match(clause) or _FENDED_OFF.search(clause))


def only_a_target(party: Party, sentence: str) -> bool:
    """Whether the sentence names `party` only as the target of an act ('against Ukraine', 'the
    ship ... was hit by')."""
    forms = [party.name, *party.aliases, *(party.name.split() if party.kind == "person" else [])]  # 'Dr Yang'
    spots: list[tuple[int, int]] = []
    for name in sorted((f for f in forms if len(f) >= 3), key=len, reverse=True):
        # (a part of a name inside the whole name, 'Machado' in 'María Corina Machado', is that mention)
        spots += [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)
                  if not any(a <= m.start() and m.end() <= b for a, b in spots)]
    # '(DRC)' after the name is the same mention
    return bool(spots) and all(_AIMED_AT.search(sentence[max(0, at - 40) : at]) or _STRUCK.match(sentence[end:])
                               or sentence[max(0, at - 2) : at].endswith("(") for at, end in spots)


def _mentions(party: Party, sentence: str, shortest: int) -> list[re.Match[str]]:
    """Each place the sentence writes the party's name or an alias of at least `shortest` letters,
    the longest form at each place (so 'Taiwan region' is one mention, not also 'Taiwan')."""
    forms = "|".join(re.escape(f) for f in sorted({party.name, *party.aliases}, key=len, reverse=True)
                     if len(f) >= shortest)
    return list(re.finditer(rf"(?<!\w)(?:{forms})(?!\w)", sentence)) if forms else []


def only_a_belligerent(party: Party, sentence: str) -> bool:
    """Does the sentence name `party` only as one of those fighting ('the renewed fighting ... between
    the Armed Forces of the Democratic Republic of the Congo and the M23', 'Pakistan and Afghanistan
    agreed to an immediate ceasefire')? A fight between two sides, or their deal, blames neither."""
    fights = [m.span() for m in _FIGHTING_BETWEEN.finditer(sentence)]
    fights += [m.span("pair") for m in _AGREED_PAIR.finditer(sentence)]  # 'Pakistan and Afghanistan agreed to'
    fights += [m.span("pair") for m in _EXCHANGED_FIRE.finditer(sentence)]  # 'A and B exchanged heavy fire
    spots = [m.start() for m in _mentions(party, sentence, shortest=3)]
    return bool(spots) and all(any(a <= at < b for a, b in fights) for at in spots)


# ... or as one of two who agreed together, whatever the deal ended ('... agreed to an immediate ceasefire ...,
# ending a week of clashes that killed dozens')
_AGREED_PAIR = re.compile(r"^\W*(?P<pair>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w-]*"
                          r"(?:\s+[A-Z][\w-]*){0,3})\s+(?:have\s+|had\s+)?(?:also\s+|jointly\s+)?"
                          r"(?:agreed|signed|reached|concluded|committed|pledged)\b")
# 'Iranian border guards and Taliban forces exchanged heavy fire': each fired on the other
_EXCHANGED_FIRE = re.compile(r"^\W*(?P<pair>[^.;,]{3,80}?\s+and\s+[^.;,]{3,80}?)\s+(?:have\s+|had\s+)?"
                             r"(?:exchanged\s+(?:[\w-]+\s+)?(?:fire|gunfire|shots|strikes)|clashed|"
                             r"traded\s+(?:[\w-]+\s+)?(?:fire|blows|strikes))\b")
_FIGHTING_BETWEEN = re.compile(r"\b(?:fighting|clashes|hostilities|conflict|war|battles?|confrontation)\s+"
                               r"(?:[^.;,]{0,60}?\s)?between\s+[^.;]{1,160}?\s+and\s+(?:the\s+)?[^.;,]{1,80}", re.I)


def only_a_topic(party: Party, sentence: str) -> bool:
    """Does the sentence name `party` only as the topic a question is about ('The Taiwan question is
    purely China's internal affair', 'the Cyprus issue')? A topic is no side a charge accuses."""
    spots = [m.end() for m in _mentions(party, sentence, shortest=3)]
    return bool(spots) and all(_TOPIC.match(sentence[end:]) for end in spots)


_TOPIC = re.compile(r"\s+(?:question|issue|problem|file|dossier)s?\b", re.I)


def only_the_source(party: Party, sentence: str) -> bool:
    """Does the sentence name `party` only as the source of what it tells ('According to local human
    rights organisations, more than 2,000 people have been arrested')? The source accuses; it is not accused."""
    spots = [m.start() for m in _mentions(party, sentence, shortest=3)]
    sources = [m.span() for m in _ACCORDING_TO.finditer(sentence)]
    return bool(spots) and all(any(a <= at < b for a, b in sources) for at in spots)


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+[^,;:]{1,80}", re.I)


def only_among_the_speakers(party: Party, sentence: str) -> bool:
    """Does the sentence name `party` only in the speakers' own roll ('We, the G7 Foreign Ministers of
    Canada, France, ..., are deeply alarmed that ...')? One of the speakers is no side they accuse or ask."""
    roll = _WE_THE.match(sentence)
    if roll is None:
        return False
    spots = [m.start() for m in _mentions(party, sentence, shortest=2)]
    return bool(spots) and all(roll.start("roll") <= at < roll.end("roll") for at in spots)


_WE_THE = re.compile(r"^\W*We,\s+(?P<roll>the\s+[^.;:]{3,400}?),\s+(?:are|have|were|remain|reaffirm|condemn|express|"
                     r"call|urge|welcome|note|stress|affirm|recall|reiterate|declare|share)\b")


# what is done to a victim, right after the name: 'Pakhshan Azizi, a Kurdish social worker, ... who were
# sentenced to death', 'Sharifeh Mohammadi, is also facing the death penalty'
_DONE_TO = re.compile(r"[^.;]{0,160}?\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|still\s+)?"
                      r"(?:sentenced|detained|arrested|executed|jailed|imprisoned|killed|abducted|poisoned|"
                      r"placed\s+under\s+(?:house\s+)?arrest|excluded|disqualified|barred|banned|deregistered|"
                      r"facing\s+(?:the\s+)?(?:death|execution))|died\s+in\s+(?:custody|prison|a\s+penal))\b", re.I)


def only_a_helper(party: Party | None, sentence: str) -> bool:
    """Does the sentence name `party` only as one who helped ('the drones had been intercepted, with
    the help of the United States and other allies') or who brought the case ('the rights claimed
    by South Africa')? Neither is a side the charge accuses."""
    if party is None:
        return False
    spots = [m.start() for m in _mentions(party, sentence, shortest=1)]
    return bool(spots) and all(_HELPED_BY.search(sentence[max(0, at - 40) : at]) for at in spots)


# ... and one who brought a case or its claims: 'the rights claimed by South Africa are plausible'
# ... or who mediated: 'after talks mediated by Qatar and Turkey'
_HELPED_BY = re.compile(r"\b(?:with\s+the\s+(?:help|support|assistance)\s+of|helped\s+by|"
                        r"(?:claimed|brought|filed|lodged|submitted|sought|requested|mediated|brokered|facilitated)\s+by)"
                        r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$")


def only_a_victim(person: Party, text: str) -> bool:
    """Is a person the text names only as the one something was done to (sentenced, detained, killed)?
    The guide counts no victim as a party; the model ties them to the state that holds them."""
    spots = [m.span() for m in re.finditer(rf"\b{re.escape(person.name)}\b", text)]
    return bool(spots) and all(_DONE_TO.match(text, end) or _DONE_TO_BEFORE.search(text[max(0, at - 80) : at])
                               for at, end in spots)


# ... or right before it: 'the execution of German-Iranian national Jamshid Sharmahd', 'the conviction
# of British citizen Jimmy Lai', 'to release Jimmy Lai'
_DONE_TO_BEFORE = re.compile(r"\b(?:(?:execution|sentencing|conviction|detention|arrest|killing|murder|abduction|"
                             r"imprisonment|jailing|release|trial|prosecution|torture|disappearance)\s+of|"
                             r"(?:release|free|execute|executed|detain|detained|arrest|arrested|sentence|sentenced)"
                             r")\s+(?:(?:the\s+)?[\w-]+\s+(?:citizen|national|journalist|activist|dissident|"
                             r"businessman|blogger|lawyer|researcher|aid\s+worker)\s+)?$", re.I)


_VICTIM_NOUNS = r"(?:civilians|people|population|children|citizens|residents|families|women|refugees|farmers|" \
    r"fishermen|peacekeepers|nationals|aid\s+workers|journalists|hostages|pilgrims|tourists|crew\s+members)"


def named_as_victims(party: Party, sentence: str) -> bool:
    """Does the sentence name `party` only by its people's adjective before victims ('the lives of
    Ukrainian civilians')? They are the harmed, not a side the charge accuses."""
    actor = known_actor(party)
    named = [m for form in {party.name, *party.aliases, *(actor.forms if actor else ())}
             for m in re.finditer(rf"\b{re.escape(form)}\b", sentence)]
    if actor is not None and named and all(re.search(rf"\b{_VICTIM_NOUNS}\s+from\s+(?:the\s+)?$", sentence[: m.start()])
                                           for m in named):
        return True  # '... which killed six peacekeepers from Bangladesh': where the victims come from
    if actor is None or not actor.adjectives or named:
        return False
    spots = [m for adjective in actor.adjectives for m in re.finditer(rf"\b{re.escape(adjective)}\b", sentence)]
    return bool(spots) and all(re.match(rf"\s+(?:[\w-]+\s+)?{_VICTIM_NOUNS}\b", sentence[m.end():]) for m in spots)


def named_as_harmed(party: Party, sentence: str) -> bool:
    """Does the sentence name `party` only by its people's adjective, as the ones an act harmed ('the
    attack ..., which wounded two Ghanaian peacekeepers'), or a person only as the one held ('reports
    that First Vice-President Riek Machar has been placed under house arrest')? No side the charge accuses."""
    if party.kind == "person" or party.kind == "non_state_group" and only_a_victim(party, sentence):
        return only_a_victim(party, sentence)  # (or a party: 'The main opposition party, CHADEMA, was excluded')
    actor = known_actor(party)
    return named_as_victims(party, sentence) and actor is not None and all(
        re.search(rf"\b(?:killed|killing|wounded|wounding|injured|injuring|abducted|kidnapped|detained|attacked)\s+"
                  rf"(?:[\w-]+\s+){{0,3}}?{re.escape(adjective)}\s+(?:[\w-]+\s+)?{_VICTIM_NOUNS}\b", sentence)
        for adjective in actor.adjectives if re.search(rf"\b{re.escape(adjective)}\b", sentence))
