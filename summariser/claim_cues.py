"""What the wording says about claims: a charge of fact or a stance, a claim reported or
denied (whose claim a rebuttal denies: `rebuttals`).

SPEC 2: a contested claim is a factual assertion, not an opinion or a wish. The model says *that* a sentence
holds a claim; these cues check it against the wording, as hints with a sensible default (`assemble.build_items`)."""

from __future__ import annotations

import functools
import re

from summariser.cues import Cue, plainly_asks

denies = Cue(
    # (not access denied: 'had denied more than half of its requests to send aid convoys')
    r"\b((?:den(y|ies|ied|ial)|reject(s|ed|ing)?)(?!\s+(?:[\w-]+\s+){0,5}?(?:requests?|access|entry|permission|"
    r"permits?|visas?|passage)\b)|refut(e|es|ed)|rebut(s|ted)?|baseless|groundless|"
    r"unfounded|false|fabricat\w*|untrue|lies|categorically|dismiss(es|ed)?|never|not true|"
    r"(?:without (any )?|ha(?:s|ve) no (?:legal |factual )?)(?:basis|foundation)|"
    r"not credible|absurd|an?\s+(\w+\s+)?lie|"
    r"(?:pure|complete|total|utter)\s+(?:invention|fiction|fantasy)|nonsense|(factually\s+)?(?:incorrect|inaccurate)|an?\s+(\w+\s+)?(?:slander|smear)|"
    r"an?\s+(\w+\s+)?distortion\s+of\s+(the\s+)?(facts|truth|reality|history)|"  # 'a gross distortion of the facts'
    r"(?:does|do)\s+not\s+(?:hold\s+(?:water|up)|stand\s+up)|(?:can|could|will)\s+(?:deceive|fool|convince)\s+no\s*one|"
    r"(do|does|did) not (correspond to|reflect|square with) (reality|the facts|the truth)|"
    r"contrary to (the |its |their )?(\w+ )?(claims?|assertions?|allegations?|statements?|reports?)|"
    r"not supported by (any |the )?(evidence|facts)|not based on (the )?(facts|evidence|reality|truth)|"
    r"(?:ha(?:s|ve)|do(?:es)?|did)\s+not\s+recogni[sz]ed?\s+the\s+legitimacy\s+of\b|"  # '... of Maduro's claim'"
    # 'We do not accept the so-called protest by the Japanese side'
    r"(?:do|does|did|will|can)\s*not\s+accept\s+(?:the\s+|this\s+|these\s+|such\s+|any\s+)?(?:so-called\s+)?"
    r"(?:protests?|claims?|allegations?|accusations?|assertions?|charges?|characteri[sz]ations?)|"
    # 'As for the claim that there are no terrorists in Afghanistan, the facts say otherwise.'
    r"(?:the\s+)?(?:facts|evidence|record|reality|truth)\s+(?:on\s+the\s+ground\s+)?(?:says?|shows?|tells?|"
    r"suggests?|proves?|points?\s+to\s+something)\s+(?:quite\s+|very\s+|clearly\s+)?(?:otherwise|different)|"
    r"cannot be reconciled with (what|the facts|reality|the truth))\b",  # '... with what took place today'
    "Does the text reject or deny something?",
)

takes_stance = Cue(
    r"\b(condemn\w*|welcom\w*|reject\w*|dismiss\w*|deplor\w*|denounc\w*|support\w*|oppos\w*|regret\w*|alarm\w*|"
    r"(express|voic|convey)\w* (its |his |her |their )?(deep |grave |serious )?(concern|alarm|outrage)|"
    r"consider\w*|regard\w*|believ\w*|insist\w*|stress\w*|reaffirm\w*)\b",
    "Does the sentence voice a stance (condemns, welcomes, rejects, is concerned, ...)?",
)


# A claim is a factual assertion about what happened or is, not a vow, wish or warning about
# what will, would, must or should be ('Ukraine will not trade its territory').
speaks_of_what_should_be = Cue(
    # 'may constitute war crimes' is an assessment; 'may have fired' still a charge; 'On 14 May' a date
    # ('islands that should have demilitarised status': a status owed to a thing, inside a charge)
    # ('concern that the structures could be used to assert jurisdiction': a fear, not a deed; not 'could not reach')
    r"\b(will|would|must|(?<!\bthat )(?<!\bwhich )should|shall|cannot|(?-i:may|might|could)(?!\s+(?:have|not)\b))\b",
    "Does the sentence speak of what will, would, must or should be (a vow, wish or warning)?",
)
# The speaker's own stance verb opens the sentence ('We welcome ...', 'Azerbaijan remains
# committed to ...'): the sentence is a position, and a claim only if it also tells of an act.
leads_with_stance = Cue(
    r"^\W*(?:\S+\s+){0,7}?(?:strongly |firmly |also |fully |deeply |again |equally )?"
    r"(welcome[sd]?|supports?|supported|oppos(e|es|ed)|decide[sd]?|deplore[sd]?|regret(s|ted)?|"
    r"commit(s|ted)?|are committed|is committed|"
    r"(is|are|remains?) (deeply |gravely |seriously |very )?concerned|"
    r"remains? committed|st(and|ands|ood) (firmly |resolutely )?(with|by)|"
    r"reaffirm(s|ed)?|reiterat(e|es|ed)|thank(s|ed)?|recogni[sz](e|es|ed)|stress(es|ed)?|emphasi[sz](e|es|ed)|"
    r"underscor(e|es|ed)|t(ake|akes|ook) note|note[sd]?|express(es|ed)?|condemn(s|ed)?|"
    r"(is|are) determined|favour(s|ed)?|agree[sd]?|pa(y|ys|id) tribute|look(s|ed)? forward|hope[sd]?|"
    r"believe[sd]?|consider(s|ed)?|regard(s|ed)?|restat(e|es|ed)|defend(s|ed)?|advocat(e|es|ed)|propos(e|es|ed))\b",
    "Does the sentence open with the speaker's own stance ('We welcome ...', 'X remains committed to')?",
)
# not a standing held: 'recalled that Maldives occupies a special place in India's Neighbourhood First policy'
_OCCUPIES = r"occup(?!(?:ies|ied|y)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:place|position|role|seat)\b)"
# nor a thing set going together: 'The leaders jointly launched the RuPay card in Maldives'
# ... nor talks begun: 'welcomed the launch of negotiations on a ... Free Trade Agreement'
_THINGS = (r"(?:card|initiative|programme|program|project|platform|forum|dialogue|partnership|fund|scheme|service|"
           r"website|app|negotiation|talk|consultation)s?\b")
_THING_LAUNCHED = (r"(?!(?:ed|es|ing)?\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}" + _THINGS +
                   r"|\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}" + _THINGS + ")")
_LAUNCH = r"(?<!\bjointly )launch" + _THING_LAUNCHED
# blame laid, not a duty held: 'shared a responsibility to make the voice of developing nations heard'
_BLAME = r"(?<!shared\s)(?<!common\s)(?<!special\s)responsib(?:le|ilit(?:y|ies))(?!\s+to\s+(?!the\b|an?\b)[a-z]+)"
# a name disowned, not one given in apposition: '... the Trans-Caspian International Transport Route, the so-called
# Middle Corridor.'
_SO_CALLED = r"(?:(?<!,\sthe\s)so-called|so-called(?!\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s*[.;]\s*$))"
# What a charge tells of: an act done, harm caused, or blame laid.
tells_of_an_act = Cue(
    r"\b(attack|shell|fire[sd]?|firing|" + _LAUNCH + r"|kill|violat|seiz|" + _OCCUPIES + r"|invad|bomb|strik|struck|"
    r"detain|arrest|"
    r"block|deport|destroy|target|provok|provocation|intrud|intrusion|incursion|harass|breach|aggression|detention|"
    r"abduct|kidnap|tortur|hijack|rammed|collided|forc(?:ed|ibly)\s+(?:landing|disappearance|deportation|transfer)|"
    + _BLAME + r"|blame|accus|alleg|" + _SO_CALLED + r"|false|lie|lies|fabricat|distort|disinformation|misrepresent|"
    r"militari[sz]|caus)\w*",
    "Does the sentence tell of an act done, harm caused or blame laid (what a charge is made of)?",
)

# The stuff of a charge beyond an act: a verdict on what another side does or says
_CHARGE_WORDS = re.compile(
    r"\b(illegal\w*|unlawful\w*|baseless|groundless|false\w*|lie|lies|lying|violat\w*|provocat\w*|aggress\w*|"
    # (not a fight against it: 'partnership ..., including in counter-terrorism', 'work with ... to defeat terrorism')
    r"(?<!counter-)(?<!\bfight\s)(?<!\bdefeat\s)(?<!\bcombat\s)(?<!\bagainst\s)(?<!\bcountering\s)terror\w*|"
    + _OCCUPIES + r"\w*|"
    + _BLAME + r"|fabricat\w*|distort\w*|propaganda|campaign|threat\w*|crimes?|"
    r"criminal\w*|"
    r"genocide|atrocit\w*|war|weapon\w*|hostile|interfer\w*|annex\w*|coerc\w*|intimidat\w*|sabotag\w*|"
    r"support\s+(?:for|to)\s+(?:the\s+)?(?-i:[A-Z])\w*|financ\w*|arm(?:s|ed|ing|aments?|ou?r\w*)|troops|forces|militar\w*|missiles?|"
    r"drones?|attack\w*|kill\w*|dead|death\w*|"
    r"casualt\w*|victims?|refus\w*|fail\w*|ignor\w*|misus\w*|blackmail\w*|" + _SO_CALLED
    + r"|claim\w*|accus\w*|alleg\w*|"
    r"assert\w*|true|untrue|deliberate\w*|condemn\w*|denounc\w*|critici[sz]\w*|critics?|critical\s+of|slow\w*|delay\w*|unfair\w*|unjust\w*|"
    r"hurt\w*|harm\w*|damag\w*|abus\w*|blind\s+eye|tolerat\w*|"
    r"persons?\s+of\s+interest|suspects?|implicat\w*|complicit\w*|complicity|hostages?|"
    # access kept from others: 'had denied more than half of its requests to send aid convoys'
    r"obstruct\w*|imped\w*|hinder\w*|withh[eo]ld\w*|starv\w*|"
    r"den(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,5}?(?:requests?|access|entry|permission|permits?|visas?|passage))\b",
    re.I)  # (not 'critical minerals')


def charges(sentence: str) -> bool:
    """Does the sentence hold anything a charge is made of: an act done, harm, blame, a verdict
    ('baseless', 'illegal') or arms? 'Minister Mirzoyan informed the Secretary-General about the
    needs of the refugees' holds none, whatever the model said."""
    asked = plainly_asks.pattern.search(sentence)
    # what is asked is not what was done (but one asked in the passive is told of: 'had been invited to a dialogue
    # several times ..., but they refused')
    told = sentence[: asked.start()] if asked and not re.search(r"\b(?:been|was|were|is|are)\s+$",
                                                                 sentence[: asked.start()]) else sentence
    return bool(tells_of_an_act(told) or charged_act(sentence) or _CHARGE_WORDS.search(told))


reports_claim = Cue(
    # (after a short opening: 'Later on Friday, the Ministry of Defence of the Russian Federation claimed that')
    # ('The Houthis, who carried out the seizure on Iran's orders, claimed that ...': past the aside)
    r"^\W*(?:[^,;]{3,40},\s+)?[^,;]{0,80}?(?:,\s+(?:who|which)\s[^,;]{1,80},)?"
    r"\s*\b(claim(s|ed)?|assert(s|ed)?|alleg(e|es|ed)|insinuat(e|es|ed)|contend(s|ed)?|"
    r"pretend(s|ed)?|insist(s|ed)?|maintain(s|ed)?) that\b|"
    # ... and without 'that': 'The regime claims these tally sheets are forgeries'
    # (a subject of one word or more, not the noun: 'The claims these people made were false')
    r"^\W*(?:(?!(?-i:The|A|An|These|Those|This|Such|Its|Their|Our|His|Her)\s)(?-i:[A-Z])[\w.'\u2019-]*|"
    r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+[^,;\s]+){1,8}?)\s+(?:claims|claimed|alleges|alleged|asserts|asserted|contends|"
    r"contended)\s+"
    r"(?:these|those|this|the|its|their|our|his|her)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:is|are|was|were)\b|"
    # 'Israel has sought to justify the legislation by alleging that UNRWA has been infiltrated'
    r"^\W*[^,;]{0,80}?\bby\s+(?:alleging|claiming|asserting|insinuating|contending|pretending)\s+that\b|"
    # 'The U.S. talks loudly about "dialogue", and claims that it harbors no hostile intent'
    r"^\W*[^;]{0,160}?,?\s+and\s+(?:also\s+)?(claim(s|ed)|assert(s|ed)|alleg(es|ed)|insist(s|ed)|contend(s|ed)) that\b|"
    # a briefing's question: 'Bloomberg: The Philippines says Chinese coast guard personnel wielded knives ...'
    # (not what a side says of itself: 'The United States said it stands with the Philippines')
    r"^\W*(?:Q|Question|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s*:\s+[^,;:]{0,80}?\b(says|said)\s+"
    r"(?:that\s+)?(?!(?:it|its|they|their|he|his|she|her|we)\b)",
    "Does the sentence report what a speaker claims ('Russia asserts that ...')? In a document "
    "voiced by another side, that is a claim the voice disputes.",
)


# An act told in the past ('Russia launched a massive attack', 'Armenian groups laid mines',
# 'North Korea resumed sending balloons'), by the subject of the clause that states it.
_ACT_DONE = re.compile(
    r"(?<!\bbe )(?<!\bbeing )\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:attacked|shelled|fired|(?<!\bjointly )launch(?=ed)" + _THING_LAUNCHED + r"ed|killed|violated|seized|"
    r"occupied|invaded|bombed|struck|detained|arrested|blocked|deported|destroyed|targeted|provoked|intruded|"
    r"breached|laid|planted|placed|deployed|sent|resumed|staged|carried out|opened fire|shot|abducted|"
    # ('it has been used to deliver humanitarian assistance': a use that harms no one)
    r"exploited|used(?!\s+to\s+(?:deliver|provide|bring|carry|transport|ship|support|help|assist|build|develop|fund|"
    r"finance|facilitate|promote|strengthen|connect)\b)|looted|burned|raided|captured|crossed|entered|hit|sabotaged|supplied|funded|financed|"
    # 'armed' the verb, not the adjective ('armed attacks', 'armed groups')
    r"armed(?!\s+(?:attacks?|forces|groups?|conflicts?|clashes|violence|men|militias?|personnel|struggle|"
    r"resistance|wings?|robbery|confrontations?|hostilities|aggression|formations?|units?|drones?|incursions?))|"
    r"transgressed|obstructed|diverted|expelled|annexed|mobili[sz]ed|massed|infiltrated|kidnapped|stole|plundered|"
    r"tortured|executed|poisoned|hacked|interfered|meddled|ignored|disregarded|flouted|defied|infringed|encroached|"
    # 'North Korea flew hundreds of balloons', 'a Coast Guard vessel collided with', 'resorted to fabrications'
    r"flew\s+(?:[\w-]+\s+){0,3}?(?:balloons|drones|aircraft|jets)|collided\s+with|rammed|"
    r"resorted\s+to\s+(?:[\w-]+\s+){0,2}?(?:fabrications|lies|provocations|falsehoods)|"
    # 'Rwandan troops were fighting alongside the M23': forces at another side's side
    r"(?:fighting|operating|deployed|embedded)\s+(?:alongside|together\s+with|on\s+the\s+side\s+of)|"
    # 'Canada has, for years, given space to violent extremists': a haven given is a charge
    r"(?:given|giving|gave|gives|provided|providing|offered)\s+(?:a\s+)?(?:safe\s+)?(?:space|haven|sanctuary|shelter|"
    r"refuge)\s+to|sheltered|harbou?red|"
    # 'Israeli authorities had denied more than half of its requests to send aid convoys'
    r"(?:denied|refused|rejected|restricted)\s+(?:[\w-]+\s+){0,5}?(?:requests?|access|entry|permission|permits?|"
    r"visas?|passage)|"
    # 'members of both forces have committed war crimes'
    r"committed\s+(?:[\w-]+\s+){0,3}?(?:war\s+crimes|crimes|genocide|ethnic\s+cleansing|atrocities|abuses|"
    r"violations|massacres?)|"
    r"failed\s+to\s+(?:honou?r|fulfil+|meet|comply|implement|respect|uphold|abide|live\s+up|collect|deliver|"
    r"distribute|prevent|protect|stop|act|investigate|prosecute|cooperate)|"
    r"provided\s+(?:[\w-]+\s+){1,4}?with\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|drones|missiles|intelligence|funding|"
    r"money|training|ammunition)|"
    r"moved\s+(?:\w+\s+){0,2}(?:troops|forces|weapons|units|tanks|artillery|missiles)|"
    r"b(?:ore|ears)\s+(?:full\s+|the\s+|sole\s+)*responsibility|(?:is|are|was|were)\s+(?:fully\s+)?responsible|"
    # a hostile act going on ('Russia's reckless behaviour violates ...', 'Guyana is putting the peace at risk')
    r"violates|endangers|threatens|undermines|harbou?rs|shelters|sponsors|" + _OCCUPIES + r"ies|obstructs|"
    # 'It is Greece that has been taking unilateral steps which disregard the rights of Türkiye'
    r"(?:taking|took|takes|taken)\s+unilateral\s+(?:steps|actions?|measures)|"
    r"(?:is|are|was|were)\s+(?:\w+ly\s+)?[\"\u201c]?(?:putting|acting|violating|occupying|attacking|targeting|shelling|arming|"
    r"financing|funding|destabili[sz]ing|harbou?ring|sheltering|supplying|sending|provoking|obstructing|threatening))\b",
    re.I)
_REPORTED_CLAUSE = re.compile(r"\b(?-i:said|says|stated|states|reported|reports|announced|claimed|noted|"
                              # 'informed the French President that ...': the clause is after 'that'
                              r"(?:told|informed)(?:(?:\s+[\w'\u2019.-]+){1,4}?(?=\s+that\b)|\s+\w+)|"
                              r"stressed|emphasi[sz]ed|added|pointed\s+out|underlined|recalled|"
                              r"explained|warned|complain(?:s|ed)|insist(?:s|ed)|argue[sd]|claims|asserts|asserted|alleges|alleged|"
                              r"(?:described|recounted|detailed)(?=\s+how\b))"
                              # (the verbs are matched in lower case: 'Member States' reports nothing)
                              # (not 'a missile which it claimed to be a "satellite"': what it called the thing)
                              r"(?!\s+by\b)(?!\s+to\s+be\b)(?:\s+(?:on|in)\s+\w+)?,?\s+(?:that\s+|how\s+)?", re.I)


_SOURCE_GIVEN = re.compile(r"^\W*(?:that\W+)?according\s+to\s+[^,;]{1,80},\s*", re.I)


@functools.lru_cache(maxsize=1024)  # asked several times per claim sentence (settle_kinds, charges)
def charged_act(sentence: str) -> str | None:
    """The clause that tells of an act done, when a sentence tells of one in the past: the
    words after a reporting verb ('Armenia said that Azerbaijani troops had fired on ...'),
    else the whole sentence. None when it tells of no act done, or of what will or should be."""
    m = _REPORTED_CLAUSE.search(sentence)
    clause = sentence[m.end():] if m else sentence
    # '..., a day after ..., the Israeli military said.'; '..., the South Korean military said Sunday, hours after'
    if m and (len(clause.split()) < 3 or re.match(r"(?:(?-i:[A-Z])[a-z]+day|today|yesterday)?\s*,", clause)):
        clause = sentence[: m.start()]
    clause = _SOURCE_GIVEN.sub("", clause)  # 'according to the Russian Defence Ministry, units under Kiev's ...'
    asked = plainly_asks.pattern.search(clause)
    if asked:  # '... and calls on the group to withdraw from all occupied areas': what is asked is not done
        clause = clause[: asked.start()]
    if not _ACT_DONE.search(clause) or speaks_of_what_should_be(_REPORTED_INTENT.sub("", clause)) \
            or _FIRST_TO_RECOGNISE.search(clause):
        return None
    return clause


# a friend's deed recalled, no charge: 'France had been among the first Western countries to recognise Mongolia'
_FIRST_TO_RECOGNISE = re.compile(r"\b(?:among\s+)?the\s+first\s+(?:[\w-]+\s+){0,3}?to\s+(?:recogni[sz]e|establish\s+"
                                 r"(?:diplomatic\s+)?relations)\b", re.I)


# '... a week after announcing that it would halt them': what was once said would be, inside a
# charge of what was done, is no vow of the speaker's
_REPORTED_INTENT = re.compile(r"\b(?:announc\w*|promis\w*|pledg\w*|vow\w*|said|saying|claim\w*)\s+(?:that\s+)?"
                              r"(?:it|they|he|she|its\s+\w+)\s+(?:would|will)\b[^,;.]*", re.I)


# what settle_kinds reads of a claim's wording
OWN_LOSSES = re.compile(r"\b(?:acknowledg|admit|confirm)\w*\s+(?:the\s+|some\s+|heavy\s+)?(?:losses|casualties|deaths|"
                        r"dead|damage)\s+(?:among|to|in|of)\s+(?:its|their|our)\s+(?:own\s+)?", re.I)
UNNAMED_COUNTRY = re.compile(r"\b(?:a|the)\s+(?:country|state|regime|nation|government)\s+(?:which|that|whose)\b",
                             re.I)
# a sentence that commends what a side did: 'The Ministers welcomed the efforts of Qatar and Egypt to ...'
PRAISES = re.compile(r"^[^.;:]{0,100}?\b(?:welcom|commend|prais|appreciat|thank|hail|laud|salut)(?:e|es|ed|s)\s+"
                     r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:efforts?|role|work|initiatives?|"
                     r"mediation|contributions?|support|commitment|leadership|steps|assistance|decision|readiness|"
                     r"announcement|pledge)\b(?![^.;]{0,80}?\bbut\b)|"
                     # 'Prime Minister congratulated Professor Yunus on assuming his new responsibilities'
                     r"^[^.;:]{0,100}?\bcongratulat(?:e|es|ed)\s+(?![^.;]{0,120}?\bbut\b)", re.I)
HELD_RESPONSIBLE = re.compile(r"\b(?:is|are|was|were|bears?)\s+(?:also\s+|fully\s+|directly\s+)*"
                              r"(?:responsible|to\s+blame|complicit|(?:full\s+)?responsibility)\b")
# 'We welcomed the efforts of the Special Envoy ... to engage all stakeholders': what others strive for, asked of no one
EFFORTS_PRAISED = re.compile(r"\b(?:welcom|commend|appreciat|prais|salut|acknowledg)\w*\s+(?:the\s+|their\s+|its\s+)?"
                             r"(?:[\w-]+\s+)?efforts?\s+(?:of|by)\b[^.;]{0,100}?\bto\s+[a-z]+", re.I)


# a report's finding, whose that-clause names the side it charges: 'The report concludes that the DPRK has
# transferred large quantities of arms ...' (not the model's guess the sentence never names)
FINDS_THAT = re.compile(r"\b(?:conclud(?:es|ed)|finds|found|determined|establishe[sd]|show(?:s|ed)|document(?:s|ed))"
                        r"\s+that\b")
