"""Reporting-verb cues: cheap, checkable decisions that the model need not spend tokens on.

The model says *that* a sentence holds a request or a claim; the wording decides whom it asks
and whether the speaker binds only its own side (how forceful and on what condition: `forces`).
They are hints with a sensible default, never the only evidence for an item.
"""

from __future__ import annotations

import re

from summariser.told_asks import ASKED_BY_OTHERS, ASKS_NOBODY_MAKES, IF_NOT_ASKING, LEGAL_REMEDY


class Cue:
    """A yes/no wording cue: a compiled pattern that answers whether a text contains it."""

    def __init__(self, pattern: str, doc: str, flags: int = re.I, spared: str | None = None) -> None:
        self.pattern = re.compile(pattern, flags)
        self.spared = re.compile(spared, flags) if spared else None  # words read past, whatever they hold
        self.__doc__ = doc

    def __call__(self, text: str) -> bool:
        return bool(self.pattern.search(self.spared.sub(" ", text) if self.spared else text))

    def found_in(self, text: str) -> list[re.Match[str]]:
        """The pattern's matches in `text`, but those that start in the words read past."""
        past = [m.span() for m in self.spared.finditer(text)] if self.spared else []
        return [m for m in self.pattern.finditer(text) if not any(a <= m.start() < b for a, b in past)]


# 'rejected both demands', 'traded fresh demands': demands named, none made
# what a forecast expects ('the IMF now expects Russia to grow faster'): no one is asked
_FORECAST = (r"(?:grow|rise|fall|decline|shrink|contract|expand|recover|slow|reach|exceed|increase|decrease|"
             r"remain|stay)\b")
_NOT_DEMAND_FOR = r"(?!\s+for\s+(?:it|them|its|their|this|these|such)\b)"  # '... demand for it is high'
# asks the subject refuses or that are about, not made: 'The DPRK has rejected calls for talks', 'despite demands for'
_REFUSED = "".join(rf"(?<!\b{verb} )" for verb in (
    "reject", "rejects", "rejected", "rejecting", "dismissed", "dismisses", "ignored", "ignores", "rebuffed",
    "resisted", "resists", "defied", "defies", "spurned", "amid", "despite"))
# asks another side answered, which ask nothing now: 'had denied more than half of its requests'
_ANSWERED_ASKS = "".join(rf"(?<!\b{verb} {whose} )" for verb in (
    "of", "denied", "denies", "rejected", "refused", "refuses", "granted", "approved", "blocked", "ignored")
    for whose in ("its", "their", "our", "his", "her")) + (
    # ... and asks standing from before: 'We have pending extradition requests with Canada'
    r"(?<!\bpending )(?<!\boutstanding )(?<!\bextradition )"
    r"(?<!\bThose )(?<!\bThese )(?<!\bthose )(?<!\bthese )")  # ('Those requests have not been acted upon')
_DEMANDS_NAMED = _REFUSED + (r"(?<!\bboth )(?<!\bfresh )(?<!\bnew )(?<!\bthese )(?<!\bthose )(?<!\btwo )(?<!\bseveral )"
                  r"(?<!\brepeated )(?<!\brenewed )(?<!\blatest )(?<!\bearlier )(?<!\bsuch )(?<!\bany )"
                  # a market's: 'at a time of weak global demand and growing competition'
                  r"(?<!\bglobal )(?<!\bweak )(?<!\bstrong )(?<!\bdomestic )(?<!\bconsumer )(?<!\bmarket )"
                  r"(?<!\bworld )(?<!\benergy )(?<!\bexport )(?<!\bimport )(?<!\bfalling )(?<!\brising )")
# a text or an event, which a hope is about but which acts for nobody: 'the hope that the
# Declaration will be a first step', '... that the talks will resume'
THING_HOPED = (r"(?i:(?:the|this|that|these|such|a|an)\s+(?:new\s+|next\s+|upcoming\s+)?(?:declaration|agreement|"
               r"accord|treaty|conference|summit|meeting|talks|process|dialogue|ceasefire|truce|resolution|plan|"
               r"initiative|framework|visit|forum|convention|charter|memorandum|roadmap|deal|pact|protocol|year|"
               r"election|vote|negotiations?)s?\b)")
# what a named side is looked to for: 'it is incumbent upon the CCG to act ...', 'India looks
# forward to the Government of Sri Lanka fulfilling its commitments' (not 'looks forward to the
# operationalisation of ...', which names no one)
AWAITS = (r"\bincumbent\s+(?:up)?on\s+(?P<bound>(?:[^,;:.]|(?<=[A-Z])\.){2,80}?)(?:,\s+as\s+[^,;:]{1,60},)?\s+to\b|"
           r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?P<awaited>(?:the\s+|both\s+|all\s+)?(?-i:[A-Z])[^,;:.]{0,60}?|"
           r"both\s+(?:parties|sides)|all\s+(?:parties|sides))\s+(?!meeting\b|funding\b|briefing\b)[a-z]+ing\b|"
           # 'expressing the hope that Germany would be among its founding investors'
           # ('the Philippines hopes Japan will also take part in joint exercises')
           # (not 'hope that the Declaration will be a first step': a text or an event acts for nobody)
           rf"\bhope[sd]?\s+(?:that\s+)?(?!{THING_HOPED})"
           r"(?P<hoped>(?:the\s+)?(?-i:[A-Z])[^,;:.]{0,60}?)\s+(?:will|would|can|could)\b|"
           # 'looks to Beijing to act in a manner consistent with ...'; 'awaits the prompt publication by the
           # CNE of the results': whom the speaker looks to
           r"\blook(?:s|ed|ing)?\s+to\s+(?P<looked>(?:the\s+)?(?-i:[A-Z])[^,;:.]{0,60}?)\s+to\s+(?-i:[a-z])+|"
           r"\bawait(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:(?:prompt|swift|urgent|immediate|early|timely|full)\s+)?"
           r"[a-z]+ion\s+by\s+(?P<awaiting>(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,4})")

# a source's terms, which ask nothing of anyone: '..., who asked not to be named, said ...'
SOURCE_TERMS = re.compile(r",\s*who\s+(?:asked\s+not\s+to\s+be\s+(?:named|identified|quoted)|(?:asked|requested)\s+"
                          r"anonymity|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\s*,", re.I)
# not a question put: 'asked them which limb they preferred', 'Asked about the strike, he said' (but 'asked whether
# Prime Minister Modi could stop in the United States' invites)
_NOT_A_QUESTION = (r"(?!\s+(?:[\w'\u2019-]+\s+){0,2}(?:which|whether(?!\s+(?:[\w.'\u2019-]+\s+){1,4}?(?:could|might)\b)"
                   r"|what|how|why|when|where|who|if|about)\b)"
                   # nor a source's terms ('who asked not to be named'), nor a courtesy ('ask for your understanding')
                   r"(?!\s+not\s+to\s+be\s+(?:named|identified|quoted)\b)"
                   r"(?!\s+for\s+(?:[\w'\u2019]+\s+){0,3}?(?:understanding|patience|indulgence)\b)")

# a question put to a side, not an act asked of it: 'I would like to ask the US side: who is it that sails warships
# through the Taiwan Strait ...?' ('students ... who asked why international law did not protect them')
puts_question = Cue(r"\bask(?:s|ed)?\s+(?:(?:him|her|them|us|me)\s+)?(?:why|whether|how|what|if)\b|\bask(?:s|ed)?\s+(?:"
                    r"[\w'\u2019.-]+\s+){0,4}?[\w'\u2019.-]+:\s+[\"\u201c]?(?:which|whether|what|how|why|when|where|who|"
                    r"whose|is|are|was|were|does|do|did|can|will|has|have)\b", "A question put: no act asked.")

# an order with whom it binds: 'the Court ordered Israel to take all measures ...'
ORDERS = (r"(?:order(?:s|ed)|direct(?:s|ed))(?=\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*"
          r"(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}\s+to\s+(?-i:[a-z]))")
# 'for months, if not years': a degree, no condition
IF_NOT_DEGREE = r"\s+not\s+(?![\w-]+ed\b)(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+\s*(?:[.,;:)]|$)"

# what 'encourages' a side to go on is a cause, not an asker: 'the absence of accountability encourages Israel to'
# 'what Russia must do': lookbehinds are fixed-width, so one for each name length of 3-8 letters
_WHAT_NAME_BEFORE = "".join(rf"(?<!\bwhat [A-Z]\w{{{n}}} )" for n in range(2, 8))
# ('Steps of this kind only encourage revanchist forces': a consequence, no one asked)
# ('supplies weapons to Armenia, which encourages revanchist forces': what does it, not who asks)
# (nor what two sides agree to foster: 'The two leaders agreed to encourage settlement of trade in local currencies')
CAUSES = (r"(?<!\bimpunity )(?<!\bsilence )(?<!\baccountability )(?<!\binaction )(?<!\bcomplicity )(?<!\bonly )"
          r"(?<!\bwhich )(?<!\bthis )(?<!\bagreed to )(?<!\bagree to )(?<!\bdecided to )")
_DONE_BY = r"(?!\s+(?:only\s+)?be\s+\w+(?:ed|en)\s+by\b)"
# what 'call on' draws upon, not whom it asks: 'allows contingents to call on external support for logistics'
_DRAWN_ON = (r"(?!\s+(?:(?:external|outside|additional|extra|further|its|their|his|her|the)\s+)*(?:support|resources|"
             r"assistance|expertise|reserves|funds|services|capabilities|experience)\b)"
             # ('received a telephone call on Monday from ...': a call made on a day, no one called upon)
             r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+)\b(?:\s+[\w,]+){0,2}?\s+"
             r"(?:from|with|between)\b)"
             # (nor a visit paid: 'Albanese also called on the President ... before departing': no 'to' to do)
             r"(?=[^;]{0,200}?\b(?:to\s+[\"\u201c]?(?-i:[a-z])|(?<!departing\s)(?<!leaving\s)for\b))")
# a forecast in the passive: 'They were expected to fly on to Washington later in the day'; what one would have
# expected ('we would have expected a matter ... to be raised privately'); nor one not held ('did not expect')
_NOT_PASSIVE = (r"(?<!\bwere )(?<!\bwas )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwould have )"
                r"(?<!\bnot )(?<!\bn't )(?<!\bnever )")
# ... nor a thing foreseen: 'said he expected construction to begin in 2024' (nor '"... the response we expected,"')
_NO_THING_EXPECTED = (r"(?![,.;\"\u201d])(?!\s+(?:the\s+)?(?:construction|work|works|talks|negotiations|growth|trade|"
                      r"prices|production|output|project|process|meeting|summit|vote|results?|tensions?|relations|situation|"
                      # ('said he expected a bill to be introduced at Westminster': a forecast of his own side's work)
                      r"(?:an?\s+)?(?:bill|legislation|law|treaty|agreement|deal|report|decision|visit|budget|"
                      r"elections?|consultations))\s+to\b)")
# a visit: 'he is scheduled to call on General Secretary Nguyen Phu Trong before returning to Manila'
_NOT_A_VISIT = r"(?<!\bscheduled to )(?<!\bdue to )(?<!\bexpected to )"
# an invitation's verb (not what one will not provoke: 'we will do nothing to invite it', 'invites retaliation')
_INVITES = (r"(?<!\bnothing to )invit(e|es|ed)(?!\s+(?:it|this|that|trouble|confrontation|escalation|retaliation|"
            r"criticism|conflict|attacks?)\b)")
# phone calls over a while: 'have not returned their calls for months'
_CALLS_OVER = r"(?!\s+(?:\w+\s+)?(?:months|weeks|days|years|hours)\b)"
asks = Cue(
    r"\b((?<!\bwho are )(?<!\bwho were )(?<!\bcourtesy )" + _REFUSED
    # (not the deed praised: 'commended Pakistan's leadership in calling for climate justice')
    + r"(?<!\bin )(?<!\bfor )(?<!\bnever )(?<!\bnot )" + _NOT_A_VISIT  # (not 'had never called for violence')
    + r"call(s|ed|ing)? ((on|upon)" + _DRAWN_ON + r"|for" + _CALLS_OVER + r")|urg(e|es|ed|ing)|"
    r"press(es|ed)?(?! (?:briefing|conference|release|statement|secretary|office|service|encounter|reports?)\b)"
    # not 'at a regular press briefing in Beijing on'
    r" ([\w.'\u2019-]+ ){0,4}(for|on)|" + CAUSES + r"encourag(e|es|ed)|"
    r"(caution|warn)(s|ed)? ([\w.'\u2019-]+ ){0,4}against|"  # 'cautioned the Foreign Minister against any attempt'
    # 'We sternly warn North Korea to immediately stop all provocations'
    r"warn(s|ed)? ([\w.'\u2019-]+ ){1,3}to (\w+ly )?(stop|cease|halt|refrain|desist|end|withdraw|abandon)|"

    # not the noun: 'the legitimate demands of people who ...', 'said the demands were legitimate'
    # (nor a plural possessive's: "answered students' demands with bullets")
    r"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!s['\u2019] )"
    rf"{_DEMANDS_NAMED}demand{_NOT_DEMAND_FOR}(?!s\s+(?:were|are)\b)(s(?!\s+of\b)|ed)?|"
    # not 'insisted that the trip was private': a fact insisted on asks nothing
    r"insist(s|ed)?(?!\s+(?!on\b|upon\b)(?:that\s+)?[^.;]{0,80}?\b(?:was|were|is|are|had\s+been|has\s+been|"
    r"had\s+(?!to\b)|has\s+(?!to\b)|did|does)\b)|"  # 'insisted that Serbia had nothing to do with it'

    # ('Its puppets insist the exercises are "annual"': a fact insisted on); not an indirect question:
    # 'The ICAO Council will now consider what Russia must do to remedy this breach'
    # (nor 'islands that should have demilitarised status': a status owed to a thing)
    # (nor 'any settlement must be decided by Ukraine': whose say it is, no one asked)
    r"(?<!\bwhat )(?<!\bhow )(?<!\bwhether )" + _WHAT_NAME_BEFORE + r"must" + _DONE_BY
    + r"|(?<!\bthat )(?<!\bwhich )should" + _DONE_BY + "|"
    r"(?<=\bthat )should(?!\s+have\b)|(?<=\bwhich )should(?!\s+have\b)|"
    # not 'the appeals by Yerevan', nor a court's: 'it gives no avenue for appeal to those accused'
    r"(?<!\bthe )(?<!\btheir )(?<!\bits )(?<!\bfor )(?<!\bof )(?<!\bon )(?<!\bright to )" + LEGAL_REMEDY
    + r"appeal(s|ed)?"
    r"(?!\s+by\b)(?!\s+(?:court|chamber|process|hearing|judges?)\b)"
    # (nor a court appeal: 'said his client would appeal.', 'will appeal the verdict')
    r"(?!\s*[.;]|\s+(?:(?:the|this|that|his|her|its|their)\s+)?(?:verdict|ruling|sentence|conviction|judge?ment)s?\b)|"
    r"(issu|gav|giv|set|deliver)\w*\s+(an\s+|the\s+|its\s+)?ultimatum|"  # not 'not a plan but an ultimatum'
    # 'the Court ordered Israel to take all measures ...': an order, with whom it binds
    + ORDERS + r"|"
    # not 'At the request of his family', nor 'a meeting it requested on Friday'
    # (not 'we will not ask permission from anyone to do so': what the speaker refuses to ask)
    # (nor a hypothetical asker: '"Whoever asks us to hand over our weapons under fire is asking us to surrender"')
    rf"(?<!\bnot )(?<!\bnever )(?<!\bn't )(?<!\bwhoever )ask(s|ed)?{_NOT_A_QUESTION}|"
    # nor 'cooperated with US authorities at their request': asked of the subject, not by it
    # (nor 'We recall that this historic request originated with young people of our region')
    r"(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthese )(?<!\bhistoric )"
    r"(?<!\bat their )(?<!\bat its )(?<!\bat his )(?<!\bat her )(?<!\bat our )"
    + _ANSWERED_ASKS + r"request(s|ed(?!\s+(?:on|last|earlier|yesterday|this|by|anonymity)\b))?|"
    # not a visit made 'at the invitation of' someone or 'at Jordan's invitation', nor 'ignoring an invitation'
    # (not 'Russia was not invited to the summit')
    # (nor 'the authorities failed to invite the OSCE in a timely manner': a duty not met)
    r"(?<!\bnot )(?<!\bnever )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bfailed to )(?<!\bfailing to )(?<!\bfails to )"
    r"(?<!\brefused to )" + _INVITES + "|"
    # (nor one told of: 'That invitation remains unanswered')
    r"(?<!\ban )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bthat )(?<!\bthis )(?<!['\u2019]s )invitation|"
    # (not one to be passed on: 'said he would convey the invitation to the President')
    r"(?:extend|issu|renew|(?<!\bwould\s)(?<!\bwill\s)conve|reiterat)\w*\s+(?:an?\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?invitation|"
    r"(?<!\bat )(?-i:[A-Z])[\w-]*['\u2019]s\s+invitation|"
    # not 'talks on a proposed trade agreement': an adjective asks nothing
    r"propos(e|es)|(?<!\bthat )(?<!\bthis )(?<!\bsuch )"  # not 'Russia has not accepted that proposal'
    # nor one answered: 'Ukraine accepted the proposal of a full and unconditional ceasefire on 11 March'
    r"(?<!\baccepted the )(?<!\baccepts the )(?<!\brejected the )(?<!\brejects the )"
    r"(?<!\bwelcomed the )(?<!\bwelcomes the )(?<!\bwelcoming the )(?<!\bsupported the )(?<!\bendorsed the )proposal"
    # (nor another's, told of: 'a session that endorsed the objectives of a U.S. proposal presented by envoy X')
    r"(?!\s+(?:presented|put\s+forward|submitted|tabled|drafted|made)\s+by\b)|"
    # (nor one made before, referred to: 'the amendments were submitted, as was proposed to the Assembly')
    r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bas was )(?<!\bas )(?<!\bas had been )proposed(?!\s+by\b)|"
    # not 'suggested that the reports were being used to ...': an assertion, no proposal
    r"suggest(s|ed)?(?!\s+that\s+(?:[\w'\u2019-]+\s+){1,5}?(?:was|were|had|is|are|has|have)\s)|"
    r"(?<!\bmy )(?<!\bour )(?<!\bbeing )(?<!\bis )(?<!\bwas )(?<!\bwere )"
    r"(?<!\bwelcomed the )(?<!\bwelcomes the )(?<!\baccepted the )(?<!\baccepts the )offer(s|ed)?"  # (one answered)
    # not 'rejected offers from Chinese exporters', nor 'Moscow would offer no explanation'
    r"(?!\s+(?:from|by|made\s+by|no|nothing|neither|of)\b)|ready to|"  # ('U.S. offers of dialogue are a smokescreen')
    # (nor the subject's own plan: 'measures, which they expect to put in place soon')
    # (nor a forecast in the passive: 'They were expected to fly on to Washington later in the day')
    + _NOT_PASSIVE + r"expect(s|ed)?" + _NO_THING_EXPECTED + r"(?!\s+to\s)(?!\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+"
    rf"{_FORECAST})|"  # not
    # 'the plan proposed by', nor 'So here is my offer.' (what the offer is comes next)
    # what is asked, in the infinitive ('to withdraw'; 'the talks would resume next week' asks nothing)
    # (not one's own wish to act: 'expressed their wish to resume the dialogue'; but 'hope to see Russia withdraw')
    # (nor what 'they' are charged with wanting: '"They want me out of the 2025 election," Morales said')
    # ('... unless and until the Court decides otherwise': how long one's own course holds, no one asked)
    r"(hope(s|d)?|wish(es|ed)?|(?<!\bthey )want(s|ed)?)(?!\s+to\s+(?!see\b))|need(s|ed)? to|"
    r"unless(?!\s+and\s+until\b)|provided that|"
    # not an 'if' that asks nothing (`IF_NOT_ASKING`)
    # (nor a threat told of: 'teachers were threatened with dismissal if they stayed at home')
    r"(?<!\bdismissal )(?<!\barrest )(?<!\bprosecution )(?<!\bdeportation )(?<!\bimprisonment )(?<!\bexpulsion )"
    r"if(?!\s+(?:necessary|needed|required|need\s+be|possible)\b)" + IF_NOT_ASKING + "(?!" + IF_NOT_DEGREE + ")|"
    # what is tried is done, not asked: 'was struck when he tried to stop the agents'
    r"(?<=\bto )(?<!\btried to )(?<!\btrying to )(?<!\battempted to )(?<!\bsought to )(?<!\bfailed to )"
    # ('Sweden and Finland applied to join NATO in May 2022': a bid made, no one asked)
    r"(?<!\bapplied to )(?<!\bapply to )(?<!\bapplies to )(?<!\bapplying to )"
    # ... and so is what measures were taken for: 'took necessary measures in accordance with the law to stop them'
    r"(?<!\bmeasures to )(?<!\bsteps to )(?<!\baction to )(?<!\bactions to )(?<!\bacted to )(?<!\bmoved to )"
    r"(?<!\bthe law to )(?<!\bforce to )(?<!\befforts to )(?<!\beffort to )"  # ('welcomed the efforts ... to engage')
    # ... nor what one goes on doing: 'His Personal Envoy ... continues to engage with the parties'
    r"(?<!\bcontinues to )(?<!\bcontinue to )(?<!\bcontinued to )(?<!\bcontinuing to )"
    # ... nor what one was made, or chose, to do: 'were forced to withdraw', 'chose instead to withdraw from ...'
    r"(?<!\bhad to )(?<!\bforced to )(?<!\bchose to )(?<!\bchose instead to )(?<!\bopted to )"
    # ... nor what one decided to do itself or agreed to with another: 'has decided to withdraw its Ambassador'
    r"(?<!\bdecided to )(?<!\bdecides to )(?<!\bdecide to )(?<!\bagreed to )(?<!\bagree to )(?<!\bagrees to )"
    # ... nor what one failed or refused to do: 'to distract from its own failure to engage with the Court'
    # (not 'Failure to engage will have consequences': a warning that asks)
    r"(?<!\bown failure to )(?<!\bits failure to )(?<!\btheir failure to )(?<!\bhis failure to )"
    r"(?<!\bown refusal to )(?<!\bits refusal to )(?<!\btheir refusal to )(?<!\bhis refusal to )"
    r"(?<!\brefused to )(?<!\brefuses to )(?<!\brefusing to )(?<!\bwish to )(?<!\bhope to )(?<!\bdesire to )"
    # ... nor what others' calls, ignored, asked: 'adopted the law despite repeated calls to withdraw it'
    r"(?<!\brepeated calls to )(?<!\bdespite calls to )(?<!\bignoring calls to )(?<!\bnumerous calls to )"
    r"(refrain|stop|cease|withdraw|return|respect|comply|implement|resume|engage|join)|"
    rf"(?i:{AWAITS}))\b",  # 'it is incumbent upon X to', 'looks forward to X doing'
    "Does the text have the wording of a request (a call, demand, invitation, offer, ...)? "
    "'Made a phone call' and 'exchanged views' do not.",
    spared=ASKED_BY_OTHERS,
)


# an ask named as the subject, not made: 'Proposing alternatives to full membership runs counter to ...'
_ASKING_AS_SUBJECT = re.compile(r"^\W*(?:proposing|calling\s+for|demanding|urging|asking\s+for|inviting)\b[^,;]{0,120}?"
                                r"\s+(?:runs|is|are|was|were|would|will|goes|amounts|contradicts|violates|undermines|"
                                r"serves|has|have)\b", re.I)


# what a text fails to ask, which the speaker faults: 'This text does not condemn Hamas or call for Hamas to disarm'
_TEXT_ASKS_NOT = re.compile(r"^\W*(?:this|the|that|their|its)\s+(?:draft\s+)?(?:text|resolution|draft|document|"
                            r"statement|report|declaration)\s+(?:does|did|do)\s+not\b[^.;]{0,80}?\b(?:call|demand|ask|urge)\w*\b",
                            re.I)


def names_asking(text: str) -> bool:
    """Does the sentence only speak of an ask, as its subject ('Proposing alternatives ... runs counter
    to the EU's own commitments'), or of what a situation calls for ('the crises in the region called
    for African solutions')? Then it asks nothing itself."""
    if _ASKING_AS_SUBJECT.match(text) is not None or _TEXT_ASKS_NOT.match(text) is not None:
        return True
    needs = ASKS_NOBODY_MAKES.sub(" ", text)
    return needs != text and not asks(needs)


def asking_phrase(text: str) -> str | None:
    """The asking words and the few after them ('called for a ceasefire'), to find the clause
    of the sentence that holds the request."""
    # plain asking words first: in 'welcomed Indonesia's offer to host talks and encouraged
    # Jakarta to ...' the request is the encouragement
    found = plainly_asks.found_in(text) or asks.found_in(text)
    if not found:
        return None
    m = found[0]
    return " ".join([m.group(0), *text[m.end():].split()[:4]])


# ('..., and on the governments in Kinshasa and Kigali to return ...', '..., and on all parties to ...')
_AND_ON = re.compile(r"\band\s+(?P<on>(?:on|upon)\s+(?:the\s+|all\s+)?(?:[A-Z][^,;:.]{0,60}?|(?:[a-z-]+\s+){0,3}?"
                     r"(?:[A-Z][^,;:.]{0,50}?|parties|sides|states|governments|countries|actors))\s+to\s)")


def asking_parts(text: str) -> list[tuple[str, str]]:
    """For a sentence that asks more than once in plain words ('calls on KFOR to protect ...
    and urges EULEX to investigate ...'): each request's asking phrase and the part of the
    sentence it governs, up to the next one. Empty for a sentence that asks once or not plainly."""
    # 'call on the international community to demand ...': what the first asks, not a second ask;
    # '... call on Kosovo to take the steps, and on Serbia to encourage ...': a second one asked
    asks = [m.start() for m in plainly_asks.found_in(text) if not re.search(r"\bto\s+$", text[: m.start()])]
    starts = sorted(asks + [m.start("on") for m in _AND_ON.finditer(text)])
    if len(starts) < 2:
        return []
    # '..., while the AFC/M23 demanded ...': a later request's own asker goes with it
    starts = [starts[0], *(_with_own_asker(text, a, b) for a, b in zip(starts, starts[1:], strict=False))]
    ends = [*starts[1:], len(text)]
    parts = [_JOINER_AT_END.sub("", text[a:b]) for a, b in zip(starts, ends, strict=True)]
    return [(" ".join(part.split()[:6]), part) for part in parts]


_CLAUSE_OPENS = re.compile(r"(?:[,;]\s*|\b(?:while|whereas|but)\s+)(?:and\s+|while\s+|whereas\s+|but\s+)?")


def _with_own_asker(text: str, before: int, at: int) -> int:
    """Where the request asked at `at` begins: back past its own subject when a clause of its
    own names one ('..., while the AFC/M23 demanded'), else at its asking words."""
    opens = list(_CLAUSE_OPENS.finditer(text, before, at))
    if not opens:
        return at
    subject = text[opens[-1].end() : at].strip()
    named = re.fullmatch(r"(?:the\s+)?(?-i:[A-Z])[\w./'\u2019-]*(?:\s+[\w./'\u2019-]+){0,4}", subject)
    return opens[-1].end() if named and not FIRST_PERSON.match(subject) else at


# '..., and we ' between two requests: the next one's lead-in, not what the first asks
_JOINER_AT_END = re.compile(r"(?:[\s,;]+(?:and|but|while|whereas)?(?:\s+(?:we|it|they|he|she|also|further))*)+\s*$",
                            re.I)


# 'The Ministry' alone is the issuer speaking ('the Ministry of Defence' is another body), and a communiqué's meeting:
# 'Heads discussed ...', 'Summit noted ...' (CARICOM's, SADC's). A transcript's 'A:' does not hide the first person.
FIRST_PERSON = re.compile(r"^\W*(?:(?:a|answer)\s*(?::|\s[-\u2013])\s*)?"
                           r"(we|our(?!\s+(?-i:[a-z])\w+\s+(?-i:[A-Z]))|i|my|"  # not 'Our neighbour Drovia says'
                           r"the (ministry|government|department|council|office)(?!\s+of\b)|"
                           r"(?-i:Heads)(?:\s+of\s+(?:State(?:\s+and\s+Government)?|Government))?(?!\s+(?:of\b|(?-i:[A-Z])))|"
                           r"(?-i:Summit)(?!\s+(?:of\b|(?-i:[A-Z]))))\b", re.I)


# (nor a plural possessive's: "answered students' demands with bullets")
_NOUN_AFTER = r"(?<!\ba )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\btheir )(?<!\bsuch )(?<!s['\u2019] )"
# 'vetoed a resolution demanding a ceasefire': what a text asks, not what its subject asks; nor
# what 'those who' ask ('penalise those who call on citizens not to vote')
_TEXT_ASKING = r"(?<!resolution )(?<!\btext )(?<!\bdraft )(?<!motion )(?<!\bbill )(?<!letter )(?<!petition )" \
    r"(?<!\bthose who )(?<!\banyone who )(?<!\bwhoever )(?<!\bpeople who )(?<!\bothers who )" \
    r"(?<!\bwho are )(?<!\bwho were )" \
    r"(?<!\bpeoples )(?<!\bpeople )(?<!\bprotesters )(?<!\bdemonstrators )(?<!\bcrowds )(?<!\bactivists )" \
    r"(?<!\bfamilies )(?<!\bresidents )"  # 'where peoples demanding their rights have been met with ...'
plainly_asks = Cue(
    # not the noun: 'a demand Kyiv described as blackmail' names a demand, it makes none
    # (not the noun: 'including public calls for their detention')
    rf"\b{_TEXT_ASKING}(urg(e|es|ed|ing)|(?<!\bcourtesy ){_NOT_A_VISIT}call(s|ed|ing)? (on|upon){_DRAWN_ON}|"
    r"(?<!\bthe )(?<!\bthis )(?<!\bpublic )(?<!\brepeated )"
    # (nor the deed praised: 'commended Pakistan's leadership in calling for climate justice')
    r"(?<!\bgrowing )(?<!\bmounting )(?<!\bfresh )(?<!\bin )(?<!\bnever )(?<!\bnot )" + _REFUSED
    + r"call(s|ed|ing)? for" + _CALLS_OVER + "|"
    # (not the noun: '...; demand for it in Asia is high')
    rf"{_NOUN_AFTER}{_DEMANDS_NAMED}demand{_NOT_DEMAND_FOR}(s(?!\s+of\b)|ed|ing)?|"
    # not 'the appeals by Yerevan to the CSTO', nor 'no avenue for appeal to those accused'
    r"(?<!\bthe )(?<!\btheir )(?<!\bits )(?<!\bfor )(?<!\bof )(?<!\bon )" + LEGAL_REMEDY + r"appeal(s|ed)? (to|for)|"
    # 'made clear the need for Israel to announce ... steps': a named side's duty, asked of it
    r"(?:stress|emphasi[sz]|underscor|underlin|highlight|reiterat|made clear|affirm)\w*\s+the\s+(?:\w+\s+)?"
    r"need\s+for\s+(?:the\s+)?(?-i:[A-Z])[^,;:.]{1,60}?\s+to\s|"
    # (not 'a proposed ceasefire deal': an adjective asks nothing)
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bfailed to )(?<!\bfailing to )(?<!\bfails to )(?<!\brefused to )"
    + _INVITES + r"|propos(e|es|ing)|(?<!\ba )(?<!\bthe )(?<!\bas was )(?<!\bas )proposed(?!\s+by\b)|"
    r"(?:would|will)\s+do\s+(?:well|better)\s+to\s|"  # 'Pakistan would do well to end ...': asked of it
    + ORDERS + r"|"
    r"(?<!'s )(?<!\u2019s )(?<!an )(?<!the )(?<!its )(?<!his )(?<!her )(?<!their )"
    r"(?<!\bbeing )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"  # not 'refugee status is being offered to'
    r"offer(s|ed)? to(?! (?:justify|explain|excuse)\b)|^\W*please|"  # not the noun: 'Indonesia's offer to host'; not
    # 'the pretexts offered to justify ...'

    r"(we|i) (are|am|remain|stand) (\w+ )?(prepared|ready|willing) to|"  # an offer in the first person
    # 'Brazil stands ready, as it has been in the past, to contribute to a dialogue': a help offered
    r"stands? ready(?:,[^,;.]{1,60},)? to (?:contribute|assist|help|facilitate|support|host|mediate|provide)|"
    r"made (a|an) (\w+ )?(offer|proposal)|"
    r"(express|confirm|reaffirm|voic)(es|ed)? (its |his |her |their )?(readiness|willingness) to|"
    # 'asked the U.N. Security Council to', 'requests the Chairperson of the AU Commission to'
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bthis )"  # not the noun: 'the request of X and to'
    r"(?<!\bpending )(?<!\boutstanding )(?<!\bextradition )"  # ('pending extradition requests with Canada for')
    r"(?<!\bnot )(?<!\bnever )"  # ('we will not ask permission from anyone to do so')
    rf"(ask(s|ed)?{_NOT_A_QUESTION}|request(s|ed)?|{_NOT_PASSIVE}expect(s|ed)?{_NO_THING_EXPECTED}|advis(e|es|ed)|"
    rf"{CAUSES}encourag(e|es|ed)) "
    # (not a forecast: 'the IMF now expects Russia to grow faster')
    rf"([\w.'\u2019-]+,? ){{1,8}}(not )?to(?! {_FORECAST})|"
    # told that a named other side must act: 'told a rally that Guyana "must sit down with us"'
    r"(?<=that )(the )?(?-i:[A-Z])[\w.'\u2019-]+( (?-i:[A-Z])[\w.'\u2019-]+)? [\"\u201c]?must (?!be\b|have\b|not be\b)|"
    # (not a thing's promise: 'welcomed the Agreement, expressing the hope that it will open the way')
    rf"(express(es|ed)? (the |its |his |her |their )?hope|hope(s|d)?) that (?!(?:it|this|these|such)\b|{THING_HOPED})"
    r"(\w+ ){1,8}"
    r"(will|would)|"
    # 'asked that Finnish officials share the findings': what a side is asked, in the subjunctive
    # ('requested that it be lifted immediately': a measure undone, not a favour to the speaker)
    r"(?<!\bthe )(?<!\ba )(ask(s|ed)?|request(s|ed)?) that (?!(?:it|this|these|those|such)\b"
    r"(?! be (?:lifted|withdrawn|reversed|revoked|rescinded|removed|repealed|cancell?ed|released|returned)\b))|"
    # '... require that Hamas disarm' (not 'requires that Russia is informed')
    r"requir(e|es|ed) that (the )?(?-i:[A-Z])\w+ (?!(?:is|are|was|were|has|have|had|will|would)\b)[a-z]+|"
    r"(?<!\bthe )(?<!\ba )request(s|ed)? (the|an?) (\w+ ){0,2}(release|return|withdrawal|lifting|removal|"
    # 'requested the early release of ...', 'requested an urgent meeting of the Council'
    r"extradition|handover|cessation|resumption|halt|reopening|meeting|session)|"
    # a consensus's directive: 'All violence in Myanmar is to stop at once', 'the parties ... are to enter into'
    r"(is|are) to (stop|cease|end|halt|refrain|withdraw|release|enter|resume|exercise|show|allow)\b"
    r"(?=[^.;]{0,60}?\b(at once|immediately|without delay|forthwith|restraint|dialogue)\b)|"
    rf"(?i:{AWAITS}))\b",
    "Unmistakable request wording ('urged', 'called on', 'demanded', 'invited', 'expects X to').",
    spared=ASKED_BY_OTHERS,
)
