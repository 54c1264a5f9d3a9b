"""The words of a request that name its sides: who asks ('Pri\u0161tina has demanded that ...' ->
`asker_phrase`) and who is asked ('urged the Union to send monitors' -> `addressee_phrase`; on whom
'Israel must allow ...' lays a duty is `obliged`), and where those words end (`asked_reach`). Whether a
text asks at all is `cues`; which party the words mean is `addressees`.
"""

from __future__ import annotations

import re

from summariser.cues import AWAITS, CAUSES, FIRST_PERSON, SOURCE_TERMS, asks, plainly_asks
from summariser.obliged import OBLIGED

# a day or an aside between the asking verb and whom it asks: 'appealed on Friday to', 'urged, in view of ..., the'
TIME_OR_ASIDE = (r"(?:\s+(?:on|last|this|late|early|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                 r"Sunday|week|weekend|month|year|night|evening|morning)|"
                 r",\s+(?:in\s+view\s+of|in\s+(?:the\s+)?light\s+of|given)\s[^,;:.]{1,120},)?")
_ADDRESSED = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)" + TIME_OR_ASIDE + r"|call(?:s|ed|ing)?" + TIME_OR_ASIDE + r" (?:on|upon)|"
    r"appeal(?:s|ed|ing)?" + TIME_OR_ASIDE + r" to|"
    r"invit(?:e|es|ed|ing)|"
    r"propos(?:e|es|ed|ing) to(?= (?:the\s+)?(?-i:[A-Z]))|"  # 'We propose to Azerbaijan to sign it'
    r"ask(?:s|ed|ing)?(?!\s+for\b)|press(?:es|ed|ing)?(?!\s+for\b)|" + CAUSES + r"encourag(?:e|es|ed|ing)|"
    # ('asked for the support of X': X is not asked; 'the U.S.' keeps its dots; 'demanded on Tuesday that Nicaragua')
    r"demand(?:s|ed|ing)?" + TIME_OR_ASIDE + r" (?:that|of)|"
    # (not the noun: 'welcomed the request and affirmed Tunisia's readiness to reopen')
    r"(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )request(?:s|ed|ing)?|"
    r"expect(?:s|ed|ing)?|order(?:s|ed)|direct(?:s|ed)|advis(?:e|es|ed)(?!\s+by\b))\s+"
    r"(?!(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+)?(?:end|halt|stop|cessation)\s+(?:to|of)\b)"  # (to the next ask)
    r"(?P<who>(?:(?!\s+and\s+(?:also\s+)?(?:call|urg|ask|invit|demand)\w*\b)(?:[^,;:.]|(?<=[A-Z])\.)){2,120}?"
    # a list of those asked: 'calls on the African Union, the United Nations Security Council, ... and the EU to'
    r"(?:,\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z])(?:[^,;:.]|(?<=[A-Z])\.){1,80}?){0,8}"
    # ('the international community, and the Security Council in particular, to')
    r"(?:(?:(?<=particular)|(?<=above all)|(?<=especially)),)?)"
    # 'calls on KFOR, whose mandate derives from ..., to'; 'urged all States, in accordance with ..., to'
    # ('calls on the Public Ministry, under Attorney General María Consuelo Porras, to')
    r"(?:,\s+(?:whose|which|who|as|the|in turn|for (?:its|their|his|her) part|and (?:on|upon)|on (?:every|all|both)|"
    r"under|led by|headed by|chaired by|(?:currently\s+)?held by|including|notably|such as|"

    r"in (?:accordance|line|keeping|conformity) with|consistent with|pursuant to|"
    # ('urges the United States, in view of its particular influence ..., to')
    r"in view of|given|as (?:a|the)|with (?:its|their)|ahead of|during|following|"  # ('..., ahead of the meeting,')
    r"(?:and\s+)?(?:in particular|notably|especially|above all|first and foremost))\b"
    r"(?:[^;:.]|(?<=Mr)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=[A-Z])\.){0,120}?,"
    # '... the OSCE Minsk Group - the Russian Federation, the United States and France - to'
    r"|\s+[-\u2013\u2014]\s+[^-\u2013\u2014;:.]{1,100}?\s+[-\u2013\u2014])?"  # '..., Mr. Youssouf,'
    r"\s+(?:to|not to|that|for)\b"
    r"|\bremind(?:s|ed|ing)?\s+(?P<reminded>(?:[^,;:.]|(?<=[A-Z])\.){2,80}?)\s+of\s+(?:their|its|his|her)\s+"
    r"(?:obligations?|commitments?|duty|duties|responsibilit\w+)\b"  # 'reminded Member States of their obligations'
    # 'offered Iran a limited extension ...': whom an offer is made to
    r"|\boffer(?:s|ed)?\s+(?P<offered>(?-i:(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}))\s+"
    r"(?:a|an|the|its|their|further|full|more)\b"
    # 'the need for Israel to announce ...': the side whose duty it is
    r"|\bneed\s+for\s+(?P<needed>(?:the\s+)?(?-i:[A-Z])(?:[^,;:.]|(?<=[A-Z])\.){1,60}?)\s+to\b"
    # 'He extended an invitation to President Hassan Sheikh to undertake a state visit': the one invited
    r"|\binvitation\s+to\s+(?P<invited>(?-i:(?:the\s+)?[A-Z])(?:[^,;:.]|(?<=[A-Z])\.){1,80}?)\s+to\s+(?!the\b)(?-i:[a-z]+)\b"
    rf"|{AWAITS}",
    re.I,
)


_ASKER = re.compile(
    r"(?:^|[,;:]|\bthat\b)\s*(?:and\s+(?=(?i:the)\s))?(?P<who>[^,;:]{2,60}?)"
    # 'recalls that the Security Council, in its statement of 15 September 2021, encouraged ...'
    r"(?:,\s*(?:in|on|at|during|through|by)\s+[^,;:]{2,80},)?"
    r"\s+(?:(?:has|have|had|also|again|repeatedly|already|then)\s+)*"
    r"[\"\u201c]?"  # 'in which Yerevan "demands the release ..."'
    r"(?:(?:would|will)\s+(?:urge|ask|demand|request|invite|call\s+(?:on|upon|for))|"  # ('that Warsaw would ask')
    r"urg(?:e|es|ed)|encourag(?:e|es|ed)|call(?:s|ed)? (?:on|upon|for)|demand(?:s|ed)|ask(?:s|ed)|request(?:s|ed)|"
    r"invit(?:e|es|ed)|"
    r"propos(?:e|es|ed)|offer(?:s|ed)|appeal(?:s|ed)|"
    # 'Donald Trump put forward a proposal for the parties to ...'
    r"(?:put|puts)\s+forward\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+)?(?:proposal|initiative|plan|offer)|"
    r"(?:made|makes|tabled|tables)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:proposal|offer)|"
    # '..., and the Iranian Minister extended an invitation to Sayyid Badr to visit Tehran'
    r"(?:extend(?:s|ed)|renew(?:s|ed)|issu(?:es|ed))\s+(?:an?|the|his|her|its)\s+invitation|"
    # 'the International Court of Justice, in its Order of 1 December 2023, directed Venezuela to refrain'
    r"(?:order(?:s|ed)|direct(?:s|ed))(?=\s+(?:the\s+)?(?-i:[A-Z])[^,;]{0,60}?\s+to\s+(?-i:[a-z])))\b")


def _said_asker(pieces: list[str]) -> str:
    """The asker of 'Rubio said he had urged ...': the one who said it, when the asker is 'he'."""
    who = pieces[-1].strip()
    if len(pieces) > 1 and re.fullmatch(r"(?:he|she|it|they)(?:\s+(?:had|has|have|also|then|again))*", who, re.I):
        return pieces[-2].strip()
    return who


# 'following statements by Israeli Foreign Minister Israel Katz ... calling on Egypt to reopen': whose statements ask
_STATEMENTS_CALLING = re.compile(r"\b(?:statements?|remarks|comments)\s+(?:made\s+)?by\s+"
                                 r"(?:certain\s+|some\s+|senior\s+)?(?P<who>(?-i:[A-Z])[^,;:]{2,80}?)\s+(?:(?:suggesting|saying|claiming|asserting)\b"
                                 r"[^;]*?\b(?:and\s+)?calling\s+(?:on|upon|for)|"
                                 # ('concern at statements by certain American officials demanding that Iran ...')
                                 r"demanding|urging|insisting\s+that)\b")
# '... statements by the Israeli Minister of Foreign Affairs, Israel Katz, in which the latter ... called on Cairo to',
# 'the communiqué issued today by the government of Venezuela, through which it ... demanded': whose statements ask
_STATEMENTS_IN_WHICH = re.compile(r"\b(?:statements?|remarks|comments|communiqu\w+|declaration)\s+(?:(?:made|issued)\s+"
                                  r"(?:\w+\s+)?)?by\s+(?:the\s+)?(?P<who>(?:government\s+of\s+)?(?-i:[A-Z])[^,;:]{2,80}?)"
                                  r"(?:,\s+[^,;:]{2,60})?,\s+(?:in|through)\s+which\s+(?:the\s+latter|he|she|they|it)\b[^;]*?"
                                  r"\b(?:call(?:s|ed)\s+(?:on|upon|for)|urg(?:es|ed)|demand(?:s|ed))\b", re.I)


# not 'met in Aqaba at Jordan's invitation'
_ASK_OWNED = re.compile(r"(?<!\bat )(?P<who>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})['\u2019]s\s+"
                        r"(?:[a-z-]+\s+)?"
                        r"(?:calls?\s+(?:for|on)|demands?|requests?|proposals?|appeals?|offers?|invitations?|"
                        r"ultimatums?)\b")
# ('We urge both sides to ..., and we take note of Cambodia's request to refer ...': the first person asks first)
_WE_ASK = re.compile(r"^\W*(?:\d+\.\s*)?(?:we|i)\s+(?:\w+\s+)?(?:urge|call|ask|request|invite|encourage|demand)", re.I)

# the sentence's own subject asking after another's ask it names: '... and invites the European Investment Bank to'
_AND_ASKS = re.compile(r"\band\s+(?:also\s+)?(?:invit|urg|ask|request|encourag|demand)(?:es|s|ed)\s+(?:the\s+)?[A-Z]|"
                       r"\band\s+(?:also\s+)?call(?:s|ed)\s+(?:on|upon)\b")


# 'regrets the decision of the People's Republic of China to recall its Ambassador ... and to demand that Lithuania
# recall ...': the one who decided asks, not the one who regrets it
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'\u2019.-]*){0,5}"
_DECIDED_ASKER = re.compile(rf"(?:\bdecision\s+(?:of|by)\s+(?P<who>{_NAME})|(?P<owner>{_NAME})['\u2019]s\s+decision)"
                            r"\s+to\s+[^.;]{0,160}?\b(?:demand|ask|request|urge|call\s+(?:on|upon))\b")


_RELATIVE_ASKER = re.compile(r"(?P<who>(?:the\s+)?(?:(?i:government)\s+of\s+)?(?-i:[A-Z])[\w'\u2019-]*"
                             r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}(?:\s+(?i:government))?|"
                             # '... the calls of the international community, which has urged both countries to'
                             r"the\s+(?:international|world|global)\s+community),\s+(?:which|who)\s+"
                             # within the clause: not '..., which exercises control ..., and called on'
                             r"[^,;:]{0,160}?\b(?:urged|demanded|called\s+(?:on|for)|asked|requested|appealed)\b")


# the one a cleft sentence singles out as asking: 'It was the Bulgarian side that requested the postponement'
_CLEFT_ASKER = re.compile(r"^\W*It\s+(?:was|is|has\s+been)\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;:]{1,60}?)\s+"
                          r"(?:that|which|who)\s+(?:had\s+|has\s+|first\s+)?(?:requested|asked|demanded|proposed|"
                          r"called\s+(?:for|on)|urged|insisted)\b")


# '... despite many requests from our side': the ones the requests came from
_REQUESTS_FROM = re.compile(r"\b(?:requests|appeals|calls|demands)\s+from\s+(?P<who>our\s+side|us|(?:the\s+)?"
                            r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})", re.I)


def asker_phrase(text: str) -> str | None:
    """The words naming who asks, in the clause that asks: 'The Ministry recalls that
    Pri\u0161tina has demanded that ...' -> 'Pri\u0161tina'. A request reported inside
    another's statement is the reported party's."""
    if (sent := _REQUESTS_FROM.search(text := SOURCE_TERMS.sub(",", text))) is not None:  # (no source's terms)
        return sent["who"]
    if (cleft := _CLEFT_ASKER.match(text)) is not None:  # 'It was the Bulgarian side that requested ...'
        return cleft["who"]
    if (agent := ASKED_BY.search(text)) is not None:  # 'Council was asked by the delegation of Cameroon to ...'
        return agent["by"]
    owner = _ASK_OWNED.search(text) or _STATEMENTS_CALLING.search(text) or _STATEMENTS_IN_WHICH.search(text)
    if owner and not _AND_ASKS.search(text, owner.end()) and not _WE_ASK.match(text[: owner.start()]):
        # (not '... endorses the Commission's proposal to ... and invites the EIB to': the endorser asks that)
        return owner["who"]
    decided = _DECIDED_ASKER.search(text)
    if decided:
        return decided["who"] or decided["owner"]
    # 'thanks ... the government of Japan, which lodged a protest ... and demanded an immediate halt': Japan
    relative = [m["who"] for m in _RELATIVE_ASKER.finditer(text)]
    if relative:
        return relative[-1]
    # 'Ukrainian officials said Russia had demanded ...': the one said to ask
    found = [_said_asker(re.split(r"\b(?:that|said|says|stated|reported|added)\b", m.group("who")))
             for m in _ASKER.finditer(text)]
    # 'will be asked', 'was invited': the one asked, not the asker; '... had nothing to do with the incident and
    # urged': a second verb of the sentence's own speaker; '... and instead to call on Armenia to': what is asked
    found = [who for who in found if not re.search(r"\b(be|been|being|was|were|is|are|and|but|or|to)$", who, re.I)]
    return found[-1] or None if found else None

# 'demanded that Israel allow ...', 'called for Russia to withdraw': the named actor of the clause the request asks for
# (capitalised words, so 'demanded that aid reach' names nobody)
_ASKED_IN_CLAUSE = re.compile(
    r"\b(?:(?:urg|demand|insist|ask|request|propos|requir)\w*" + TIME_OR_ASIDE + r"\s+that|call(?:s|ed|ing)?\s+for)\s+"
    # ('demands that all parties respect ...': nobody in particular; 'that the Chinese side ensure': the side)
    r"(?P<who>(?:the\s+)?{name}(?:['\u2019]s\s+(?:[a-z-]+\s+){{0,2}}{name})?(?:\s+(?:side|authorities|government))?|"
    r"(?:(?:all|both)\s+(?:the\s+)?(?:parties|sides)|the\s+(?:countries|states|parties)(?=\s+concerned))"
    r"(?:\s+(?:concerned|involved|to\s+the\s+conflict))?|"  # ('requests that the countries concerned respect')
    r"the\s+(?:former\s+)?(?:prime\s+minister|president|premier|chancellor)|"  # 'calls for the prime minister to'
    # 'demanded that all armed groups immediately cease all forms of violence': a group, named by its kind
    r"(?:all|the)\s+(?:[a-z-]+\s+)?(?:groups|militias|factions|forces|combatants|belligerents)(?!\s+be\b))"
    r"(?:'s?|\u2019s?)?"
    r"(?:,\s+as\s+(?:the\s+)?[a-z][\w -]{{2,40}},)?"  # 'demanded that Israel, as the occupying power, immediately'
    # 'demand that the Government of the United States, and those who follow its orders, cease'
    r"(?:,\s+and\s+(?:those|all|others?)\b[^,;.]{{0,60}},)?"
    # (not 'calls for President Bazoum to be released': the one released is not the one asked)
    r"\s+(?!of\b)(?!to\s+be\s+(?:\w+ed|freed|held|given|brought|made|taken|kept|granted|paid|shown)\b)[a-z]".format(name=r"[A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.-]*)*"))


# 'He called for an end to the PRC's destabilizing military activity': the one whose acts are to end
_END_TO_OWNED = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
                           r"press(?:es|ed|ing)?\s+for)\s+(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+|prompt\s+)?(?:end|halt|stop|cessation)\s+(?:to|of)\s+"
                           r"(?:(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})['\u2019]s\s|"
                           # ('called for an immediate end to the Israeli military operations': Israel's)
                           r"(?:the\s+)?(?P<adjective>(?-i:[A-Z])[a-z]+(?:an|ian|ese|ish|i|ic|ch))\s+(?:[a-z]+\s+)?"
                           r"(?:operations|attacks|strikes|offensive|bombardment|bombing|shelling|occupation|aggression|"
                           r"blockade|incursions|raids|hostilities)\b)", re.I)


# 'The President stressed that Tehran must meet its obligations': the one a reported duty binds
# ('The Foreign Secretary was clear that Iran must never develop a nuclear weapon'; 'the envoy said
# Washington should stop flights', with no 'that')
_MUST_IN_CLAUSE = re.compile(r"\b(?:stress|underlin|emphasi[sz]|underscor|insist|said|say|note|state|reiterat|"
                             r"(?:was|were|made\s+it|made)\s+clear)\w*\s+(?:that\s+)?"
                             r"(?P<who>(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3})\s+"
                             r"(?:must|should|has\s+to|needs\s+to)\b")
# 'What Washington should do is reflect on its own conduct': the one a pseudo-cleft binds
_WHAT_SHOULD_DO = re.compile(r"^\W*what\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*"
                             r"(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3})\s+"
                             r"(?:should|must|needs\s+to|has\s+to|ought\s+to)\s+do\s+is\b", re.I)


# '..., the European Parliament would do better to address ...': the one advised is the one asked
_DO_WELL = re.compile(r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,4})\s+"
                      r"(?:would|will)\s+do\s+(?:well|better)\s+to\b", re.I)


_WHOEVER = re.compile(r"^\W*(?P<who>(?:all\s+)?(?:those|anyone|whoever)\s+(?:who|that)\b[^,;]{0,80}?)\s+"
                      r"(?:should|must|will|would)\b", re.I)


# a question put to the speaker, which asks no one: 'Asked about the incident, the spokesman said ...'
_ASKED_ABOUT = re.compile(r"^\W*asked\s+(?:about|whether|if|on|why|how|what|for\s+comment)\b[^,;]{0,120},\s+", re.I)
# an invitation accepted: its guest is the one invited
_ACCEPTED_INVITATION = re.compile(r"(?P<who>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})\s+"
                                  r"(?:has\s+|had\s+)?accept(?:ed|s)\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4}?"
                                  r"[\w.-]*['\u2019]s\s+invitation\b", re.I)


def addressee_phrase(text: str) -> str | None:
    """The words naming whom a request asks: 'urged the Union to send monitors' -> 'the Union';
    'called on all parties to' -> 'all parties'; 'demanded that Israel allow' -> 'Israel';
    'The US should abide by ...' -> 'The US'. None when the wording names nobody."""
    if (agent := ASKED_BY.search(text)) is not None:
        return agent["who"]  # 'Council was asked by the delegation of Cameroon to consider ...': the Council
    if re.match(r"(?:on|upon)\s", text):
        text = "call " + text  # 'on Serbia to encourage ...': the second of those a call asks (`asking_parts`)
    # 'Asked about the incident, X said ... and urged India to'; ('A diplomat, who asked not to be named, said ...')
    text = SOURCE_TERMS.sub(",", _ASKED_ABOUT.sub("", text, count=1))
    if (accepted := _ACCEPTED_INVITATION.search(text)) is not None:
        return accepted["who"]  # 'Secretary Manalo accepted Minister Kamikawa's invitation to visit Tokyo': Manalo
    if (named := _named_in_later_that(text)) is not None:
        return named
    text = _INSTEAD_OF.sub("", text)  # 'Instead of interfering ..., the European Parliament should focus on'
    if (pressing := _SHOULD_PRESS.match(text)) is not None:
        return pressing["who"]  # "Ethiopia's international partners should press the government to ...": the partners
    # (not 'encouraged enhanced capacity-building efforts and support for the Yemeni Coast Guard, and called
    # on all parties to': what is encouraged is no one asked; the next asking words name them)
    addressed = next((a for a in _ADDRESSED.finditer(text)
                      if not (_NO_ONE.fullmatch(a["who"] or "") and a.group(0).endswith("for"))), None)
    m = _ASKED_PASSIVE.match(text) or addressed or _NAMED_AFTER_NOUN.search(text) or _ASKED_IN_CLAUSE.search(text) \
        or _END_TO_OWNED.search(text) or _MUST_IN_CLAUSE.search(text) or _WHAT_SHOULD_DO.match(text) \
        or _DO_WELL.search(text)
    if m is None and (m := OBLIGED.match(text)) is not None and FIRST_PERSON.match(m.group("who")):
        return None  # 'We must ...' is the speaker's own resolve
    if m is None and (convened := _MEETING_OF.search(text)) is not None:
        return convened["convened"]  # 'has requested an urgent meeting of the UN Security Council'
    if m is None and (asked := _CONSULTATIONS.search(text) or _WARNED_TO.search(text) or _FIRST_ASKED.search(text)):
        return asked["who"]  # 'requested consultations under Article 4 of ...', 'warned the Taliban to'
    if m is None and (summoned := _SUMMONED_ENVOY.search(text)) is not None:
        return summoned["owner"] or summoned["adjective"] or summoned["sender"]  # the envoy's state is the one asked
    who = next((m[g] for g in ("who", "adjective", "reminded", "offered", "needed", "invited", "bound", "awaited",
                                      "hoped", "looked", "awaiting") if m.groupdict().get(g)),
               None) if m else None
    if who and (clause := _THAT_CLAUSE_SUBJECT.match(who)) is not None:
        who = clause["who"]  # 'their request that the Government of Indonesia allow the UN ...': its subject
    if who is None and (whoever := _WHOEVER.match(text)) is not None:
        return whoever["who"]  # 'Those who assist the Court ... should expect consequences': nobody named
    singled = _SINGLED_OUT.match(text, m.end("who")) if who and _ANY_PARTY.fullmatch(who.strip()) else None
    who = singled["who"] if singled else who  # 'urges all parties, especially the Myanmar military, to'
    # 'We also call on the Court itself to ...': the Court
    who = re.sub(r"\s+(?:itself|themselves|himself|herself)$", "", who) if who else who
    # 'asked us for help': the speaker's side, never the 'US'
    return None if who and re.fullmatch(r"(?-i:us|me)", who.strip()) else who


# the subject of a clause a request asks for, up to its verb ('that the Chinese side take')
_THAT_CLAUSE_SUBJECT = re.compile(r"that\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                                  r"(?-i:[A-Z])[\w'.-]*){0,5}(?:\s+(?:side|authorities|government|leadership))?)"
                                  # (not a passive's: 'that Canadian mining companies operating in Mexico be given')
                                  r"\s+(?!(?:[\w-]+\s+){0,6}?be\s)(?-i:[a-z])", re.I)


def _named_in_later_that(text: str) -> str | None:
    """'demanded that the vessels leave ... and that China prevent any recurrence': of the clauses
    a demand lists, the first whose subject is a name says who is asked."""
    demanded = _DEMANDED_THAT.search(text)
    clauses = re.split(r",?\s+and\s+that\s+", demanded["clauses"]) if demanded else []
    return next((m.group(0) for clause in clauses if (m := _NAME_FIRST.match(clause))), None) \
        if len(clauses) >= 2 else None


# Consultations requested are asked of those they are held with, or of the parties to the treaty
# whose article provides for them (the North Atlantic Treaty's: NATO)
_CONSULTATIONS = re.compile(r"\brequest(?:s|ed|ing)?\s+(?:urgent\s+|formal\s+|immediate\s+)?consultations\s+"
                            r"(?:with|under\s+Article\s+\d+\s+of)\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*"
                            r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,4})", re.I)


# 'warned the Taliban authorities to respect Iran's right to water': the one warned is asked
_WARNED_TO = re.compile(r"\bwarn(?:s|ed|ing)?\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*"
                        r"(?:\s+[\w'\u2019.-]+){0,3}?)\s+(?:to|not\s+to|against)\s+(?-i:[a-z])", re.I)
# the first of those a call asks, the ask after the next ('calls on the European Union, as facilitator of the
# dialogue,' before 'and on the Quint countries to reject ...')
_FIRST_ASKED = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:on|upon)\s+(?P<who>(?:the\s+)?[A-Z][^,;:.]{1,80}?)"
                          r"(?:,\s+as\s+[^,;]{1,80})?\s*$")


# 'called on the mediators, Egypt, Qatar and the United States, to pressure Israel': those the noun stands for
_NAMED_AFTER_NOUN = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+"
                               r"(?:the\s+)?(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?,\s+"
                               r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^;:.]{1,120}?),\s+to\s+(?-i:[a-z])", re.I)
_ANY_PARTY = re.compile(r"(?:all\s+)?(?:the\s+)?(?:parties|sides|states|countries|actors)(?:\s+concerned)?", re.I)
# the words that single one out of those asked ('all parties, especially the Myanmar military,')
SINGLING = r"(?:especially|in\s+particular|notably|above\s+all|particularly)"
_SINGLED_OUT = re.compile(rf",\s+{SINGLING}\s+"
                          r"(?P<who>(?:the\s+)?[^,;:.]{2,60}?),", re.I)
_SHOULD_PRESS = re.compile(r"^\W*(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;:.]{1,60}?)\s+"
                           r"(?:should|must|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:also\s+)?"
                           r"(?:press|urge|pressure|push|call\s+(?:on|upon))\b", re.I)
_INSTEAD_OF = re.compile(r"^\W*(?:instead\s+of|rather\s+than)\s+[^,;.]{1,120},\s+", re.I)
_DEMANDED_THAT = re.compile(r"\b(?:demand|insist|request)(?:s|ed|ing)?\s+that\s+(?P<clauses>[^;.]+)", re.I)
_NAME_FIRST = re.compile(r"(?:the\s+)?(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,4}(?=\s+(?-i:[a-z]))")


# 'summoned Pakistan's charge d'affaires to demand an explanation', 'summoned the Ambassador of Japan to protest': the
# envoy speaks for the state that sent him, which is the one asked
_ENVOY = (r"(?:ambassador|envoy|charg[e\u00e9]\s+d['\u2019]\s?affaires(?:\s+a\.?i\.?)?|top\s+diplomat|"
          r"consul(?:-general)?)")
_SUMMONED_ENVOY = re.compile(
    r"\bsummon(?:s|ed|ing)?\s+(?:(?P<owner>(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3})['\u2019]s?\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_ENVOY}|(?:the\s+)?(?P<adjective>(?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+)?{_ENVOY}|"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ENVOY}\s+of\s+"
    r"(?P<sender>(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}))"
    r"[^;.]{0,80}?\s+(?:to|and)\s+(?:demand|protest|ask|request|urge|seek|call|convey|lodge|express)\w*\b", re.I)


# lower-case words before 'for' that name no actor: 'encouraged enhanced capacity-building efforts and support for'
_NO_ONE = re.compile(r"(?-i:[a-z])[a-z\s,-]+")


# 'The Russian side was also called upon to fully observe ...': the subject is the one asked
# ('The Commission, member states and Turkish government are invited to ...': a list of those asked)
# (also after ', and': '..., and the Iraqi Foreign Minister was invited to visit Kuwait')
_ASKED_PASSIVE = re.compile(r"(?:^|,\s+and\s+)\W*"
                            r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:(?:\s+|,\s*)[\w'\u2019.-]+){0,8}?)\s+"
                            r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+|further\s+)?"
                            r"(?:called\s+(?:up)?on|urged|asked|requested|invited|encouraged|pressed)\s+to\b", re.I)


ASKED_BY = re.compile(r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,6}?)\s+"
                      r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+)?(?:asked|requested|urged|invited|"
                      r"called\s+upon)\s+by\s+(?P<by>(?:the\s+)?[^,;]{2,80}?)\s+to\b", re.I)  # 'asked by X to'


_ACTED_UPON = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|urg\w*|demand\w*|ask\w*)\s+(?:that\s+)?(?P<who>(?:the\s+)?"
                         r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s+(?:to\s+)?be\s+"
                         r"(?:\w+ed|freed|held|given|brought|made|taken|kept|granted|paid|shown)\b")


def acted_upon(text: str) -> str | None:
    """Whom a request asks something be done to ('calls for President Bazoum to be released' ->
    'President Bazoum'): the one released, never the one asked."""
    m = _ACTED_UPON.search(text)
    return m["who"] if m else None


def asked_passively(text: str) -> str | None:
    """Those a passive ask names as asked ('The Commission ... are invited to' -> 'The Commission
    ...'): its asker is the text's voice, never one of them."""
    m = _ASKED_PASSIVE.search(text)
    return m["who"] if m else None


def asked_reach(text: str, within: int | None = None) -> int | None:
    """Where the words naming whom a request asks end, with its 'to' ('call on the European
    Union, whose policies ..., to'); None when no plain asking words name anyone (in the first
    `within` characters, if given: not another request's 'urged Azerbaijan to' further on)."""
    m = _ADDRESSED.search(text)
    if m is not None and within is not None and m.start() >= within:
        return None
    # (not 'the pause, which had been expected on Thursday, ... was due to': an expectation asks no one)
    return m.end() if m is not None and m.group("who") and not m.group(0).lower().startswith("expect") else None


_MEETING_OF = re.compile(r"\b(?:request|call)(?:s|ed)?\s+(?:for\s+)?(?:an?\s+)?(?:urgent\s+|emergency\s+|special\s+)*"
                         r"(?:meeting|session)\s+of\s+(?P<convened>(?:the\s+)?(?-i:[A-Z])[^,;:.]{2,60}?)(?=\s*[,;:.]|\s+(?:to|on|in|over)\b|$)",
                         re.I)


# The soft forms of asking: a wish or a readiness. Without a party asked ('Kosovo wants recognition to come first',
# 'Lebanon had no wish to see a wider war') they state the speaker's stance, not a request.
_SOFT_ASK = re.compile(r"\b(?:hope[sd]?|wish(?:es|ed)?|want(?:s|ed)?|need(?:s|ed)?\s+to|ready\s+to|willing|prepared)\b",
                       re.I)  # not 'if': a condition on another side asks it (SPEC: a conditional request)


def asks_softly_of_nobody(text: str) -> bool:
    """Does the text ask only in a soft form (`_SOFT_ASK`), naming nobody it asks?"""
    firm = asks.pattern.search(_SOFT_ASK.sub(" ", text))
    return firm is None and not plainly_asks(text) and addressee_phrase(text) is None
