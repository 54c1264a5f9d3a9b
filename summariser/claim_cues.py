"""What the wording says about claims: a charge of fact or a stance, a claim reported or
denied, and whose claim a rebuttal denies.

SPEC 2: a contested claim is a factual assertion, not an opinion or a wish. The model says *that* a sentence
holds a claim; these cues check it against the wording, as hints with a sensible default (`assemble.build_items`)."""

from __future__ import annotations

import functools
import re

from summariser.accusations import POSSESSIVE_CHARGE
from summariser.cues import Cue, plainly_asks
from summariser.document import ONE_WORD_LABEL, SPEAKER_LABEL

denies = Cue(
    # (not access denied: 'had denied more than half of its requests to send aid convoys')
    r"\b((?:den(y|ies|ied|ial)|reject(s|ed|ing)?)(?!\s+(?:[\w-]+\s+){0,5}?(?:requests?|access|entry|permission|"
    r"permits?|visas?|passage)\b)|refut(e|es|ed)|rebut(s|ted)?|baseless|groundless|"
    r"unfounded|false|fabricat\w*|untrue|lies|categorically|dismiss(es|ed)?|never|not true|"
    r"(?:without (any )?|ha(?:s|ve) no (?:legal |factual )?)(?:basis|foundation)|"
    r"not credible|absurd|an?\s+(\w+\s+)?lie|(factually\s+)?(?:incorrect|inaccurate)|"
    r"an?\s+(\w+\s+)?distortion\s+of\s+(the\s+)?(facts|truth|reality|history)|"  # 'a gross distortion of the facts'
    r"(?:does|do)\s+not\s+(?:hold\s+(?:water|up)|stand\s+up)|(?:can|could|will)\s+(?:deceive|fool|convince)\s+no\s*one|"
    r"(do|does|did) not (correspond to|reflect|square with) (reality|the facts|the truth)|"
    r"contrary to (the |its |their )?(\w+ )?(claims?|assertions?|allegations?|statements?|reports?)|"
    r"not supported by (any |the )?(evidence|facts)|"
    r"(?:ha(?:s|ve)|do(?:es)?|did)\s+not\s+recogni[sz]ed?\s+the\s+legitimacy\s+of\b|"  # '... of Maduro's claim'"
    # 'We do not accept the so-called protest by the Japanese side'
    r"(?:do|does|did|will|can)\s*not\s+accept\s+(?:the\s+|this\s+|these\s+|such\s+|any\s+)?(?:so-called\s+)?"
    r"(?:protests?|claims?|allegations?|accusations?|assertions?|charges?)|"
    # 'As for the claim that there are no terrorists in Afghanistan, the facts say otherwise.'
    r"(?:the\s+)?(?:facts|evidence|record|reality|truth)\s+(?:on\s+the\s+ground\s+)?(?:says?|shows?|tells?|"
    r"suggests?|proves?|points?\s+to\s+something)\s+(?:quite\s+|very\s+|clearly\s+)?(?:otherwise|different)|"
    r"cannot be reconciled with (what|the facts|reality|the truth))\b",  # '... with what took place today'
    "Does the text reject or deny something?",
)

CLAIM_NOUN = (r"(?i:claims?|allegations?|accusations?|assertions?|charges?|suggestions?|version|narrative|"
               # "Beijing's description of the mission as ...", "Ankara's contention that ..."
               r"descriptions?|characteri[sz]ations?|portrayals?|contentions?|"
               r"insinuations?|comparisons?|arguments?|"  # "rejected the argument that"
               r"imputations?|aspersions?)")  # 'rejects these preposterous imputations', 'the aspersions cast on him'
CLAIMANT_NAME = r"(?:[A-Z][\w.'-]*\s?){1,5}"
# Whose claim it is: 'India's claim', 'the claims of the Armenian side', 'the allegations spread by Baku',
# 'the assertion, spread by the opposition parties, that' ("the CCP's so-called "punishment" narrative")
POSSESSED_CLAIM = re.compile(rf"\b(?P<who>{CLAIMANT_NAME})(?:'s|\u2019s)\s+"
                             rf"(?:(?:[\w-]+|[\"\u201c][^\"\u201d]{{1,40}}[\"\u201d])\s){{0,2}}{CLAIM_NOUN}\b")
# '... the claims made against Iran in the final statement of the G7 summit'; 'the baseless remarks made by
# the Indian External Affairs Minister' (rejected remarks are a claim the speaker denies); 'the account issued
# by the Cambodian Ministry of National Defence, which claimed ...'; 'the so-called protest by the Japanese
# side' (it tells what it charges); 'the information spread by Baku' (information put about is a
# claim); 'the allegations circulated by certain circles in Yerevan' (the place's side)
CLAIM_BY = re.compile(rf"\b(?:{CLAIM_NOUN}|(?i:remarks|statements?|comments|reports|accounts?|protests?|"
                      rf"(?:dis)?information(?=,?\s+(?:being\s+)?(?:spread|circulated|disseminated)\b)))"
                      rf",?\s+(?:(?:being\s+|were\s+|was\s+|ha(?:ve|d)\s+been\s+)?(?:made|spread|put forward|voiced|"
                      rf"repeated|advanced|circulated|disseminated|levelled|issued)"
                      rf"\s+)?"
                      # 'the statements made on Sunday evening by the President of Serbia'
                      rf"(?:(?:on|in|at|earlier|last|this|yesterday|today)\b[^,.;]{{0,30}}?\s+(?=by\s))?"
                      rf"(?:against\s+[^,.;]{{1,40}}?\s+)?(?:in\s+(?:the|its|their|a)\s+(?:\w+\s+)?"
                      rf"(?:statement|communiqu[e\u00e9]|declaration|report)\s+)?"
                      rf"(?:of|by|attributed\s+to)\s+(?P<who>(?:the\s+)?"
                      # 'statements by representatives of the Russian Federation describing ...'; ('by the French
                      # Ministry for Europe and Foreign Affairs': one ministry's style, below)
                      rf"(?:(?:representatives|officials|members|spokes(?:wo)?m[ae]n|spokespersons?)\s+of\s+(?:the\s+)?)?"
                      rf"(?:{CLAIMANT_NAME}(?:(?:of|for)\s+(?:the\s+)?{CLAIMANT_NAME}(?:and\s+{CLAIMANT_NAME})?){{0,2}}"
                      # '... by the Ministry of Foreign Affairs and the leadership of Armenia'
                      rf"(?:and\s+(?:the\s+)?(?:[a-z-]+\s+){{1,3}}of\s+{CLAIMANT_NAME})?|"
                      rf"[a-z]+\s+(?:parties|side|authorities)|"
                      rf"(?:certain|some|various)\s+(?:circles|quarters|forces|politicians)\s+in\s+{CLAIMANT_NAME})"
                      rf"(?:(?:military\s+|de\s+facto\s+)?(?:side|authorities|government|regime|leadership|leader|officials|"
                      rf"sources|diplomats))?)")
CLAIMANT_FORMS = [
    POSSESSED_CLAIM,
    CLAIM_BY,
    # 'the comparisons that Albin Kurti has drawn', 'the accusations that Kyiv has made', 'the
    # accusations that Albin Kurti and other officials of ... have been spreading'
    re.compile(rf"\b{CLAIM_NOUN}\s+that\s+(?P<who>{CLAIMANT_NAME})(?:\s*\band\s+(?:other\s+)?[a-z][^,;.]{{0,80}}?)?"
               rf"\s+(?:has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?"
               rf"(?:made|drawn|voiced|repeated|spread|put forward|levelled|advanced|"
               rf"making|spreading|voicing|repeating|levelling|advancing)\b"),
    # 'the repeated Indian allegation that Pakistan Army initiated the firing', 'rejected Indian accusations that'
    re.compile(rf"(?:\b(?i:the)\s+|(?<=rejected\s)|(?<=rejects\s)|(?<=dismissed\s)|(?<=denied\s))(?:(?i:repeated|"
               rf"latest|new|baseless|false|so-called)\s+)?"
               rf"(?P<who>[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch))\s+{CLAIM_NOUN}\s+(?:that|of)\b"),
    # 'The claim in the French statement that the trial was "politically motivated" is baseless': the text's author
    re.compile(rf"\b{CLAIM_NOUN}\s+(?:made\s+|contained\s+)?in\s+(?i:the|its|their)\s+(?P<who>[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch))"
               r"\s+(?:(?:[A-Z]?[a-z]+\s+){0,2})?(?:statement|communiqu[e\u00e9]|declaration|report|note|resolution)\b"),
    # "The resolution's claim that Azerbaijan carried out ...": the text's, so its adopter's (`claimants`)
    re.compile(rf"\b(?P<who>(?i:the)\s+(?:resolution|report|declaration))['\u2019]s\s+{CLAIM_NOUN}\b"),
    # 'It is equally incorrect to suggest, as Washington does, that ...'
    re.compile(rf"(?i:incorrect|wrong|false|misleading|absurd|baseless|untrue)\s+to\s+(?i:suggest|claim|say|argue|"
               rf"assert|allege|imply|state),?\s+as\s+(?P<who>{CLAIMANT_NAME})\s+(?:does|do|did|has|have|claims?)\b"),
    # 'The Japanese side has once again made groundless accusations against China': the maker's
    re.compile(rf"^\W*(?P<who>(?i:the\s+)?(?:[A-Z][\w.'-]*\s?){{1,4}}(?i:side|government|authorities)?)\s+"
               rf"(?:has\s+|have\s+|had\s+)?(?:(?:once\s+again|again|repeatedly|recently|also|now)\s+)*"
               # ('The Philippine side has once again distorted the facts and made groundless accusations')
               rf"(?:(?:distorted|twisted|ignored)\s+the\s+facts\s+and\s+)?"
               rf"(?:made|levell?ed|spread|hurled|repeated|voiced|fabricated|concocted|peddled)\s+"
               rf"(?:(?:[\w-]+,?\s+){{0,2}}?){CLAIM_NOUN}\b"),
    # 'Mr. Maduro accuses our movement of preparing a coup; we deny it': the accuser's charge, denied
    re.compile(rf"^\W*(?P<who>{CLAIMANT_NAME})\s+(?:has\s+)?(?:accus(?:es|ed)|charges|charged|blames|blamed)\s+"
               r"(?:us|me|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:of|for)\b"),
]
# "allegations of the Government of India's involvement": whom the claim is about, not whose it is
_POSSESSIVE = re.compile(r"(?<=['\u2019]s)|(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*)+['\u2019]s\b")
# 'Allegations of India's involvement in ... are absurd': a claim the sentence itself tells
# ('The so-called accusations of "Chinese cyber attacks" against the UK are groundless')
_CLAIM_ABOUT = re.compile(rf"^\W*(?:(?:a|answer)\s*:\s*)?(?:the\s+)?(?:so-called\s+)?{CLAIM_NOUN}\s+"
                          r"(?:of|about|regarding|concerning)\s", re.I)
_CLAIM_THAT = re.compile(
    rf"\b(?:the|this|that|these|such|its|their|any)\s+(?:\w+\s)?{CLAIM_NOUN},?\s+(?:[^.;]{{0,80}}?,\s+|"
    # 'The claim made by the military spokesman of the occupying regime that ...'
    rf"(?:(?:made|voiced|put\s+forward|spread|repeated|advanced|circulated|disseminated)\s+)?by\s+[^.;,]{{1,80}}?\s+(?=that\b)|"
    rf"(?:in|of)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){{0,2}}?(?:statement|communiqu[e\u00e9]|declaration|report|"
    rf"resolution|letter|remarks)\s+)?that\b", re.I)  # 'the claims in the statement that ...'


def rebutted_claim(text: str) -> tuple[bool, str | None]:
    """Does the sentence deny someone's claim, and whose is it? 'The Committee rejected
    India's claim that ...' -> (True, 'India'); 'The allegations spread by Baku that ... are
    false' -> (True, 'Baku'); 'the claim that Ukraine used the corridor is a fabrication' ->
    (True, None): a rebuttal whose claimant the sentence does not name."""
    if not denies(text):
        return False, None
    text = ONE_WORD_LABEL.sub("", SPEAKER_LABEL.sub("", text, count=1), count=1)  # 'Spokesperson: The so-called ...'
    for form in CLAIMANT_FORMS:
        m = form.search(text)
        if m and not _POSSESSIVE.match(text, m.end("who") - len(m.group("who")) + len(m.group("who").rstrip())):
            return True, m.group("who").strip()
    return bool(_CLAIM_THAT.search(text) or _CLAIM_ABOUT.match(text) or _BARE_CLAIM_THAT.match(text)
                or _CLAIM_IN_REPORT.search(text) or _THOSE_REMARKS.search(text) and _REJECTED.search(text)), None

# 'Rwanda rejects the allegations contained in the report regarding ...': the report's authors' claims
_CLAIM_IN_REPORT = re.compile(rf"\b(?:the|these|its|their|such)\s+(?:[\w-]+\s+)?{CLAIM_NOUN}\s+(?:contained|made|"
                              r"set\s+out|presented|levelled|repeated)\s+in\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?"
                              r"(?:report|statement|resolution|document|letter|communiqu\w+)\b")

# what the lines before told, rejected: 'We have seen these remarks and we reject them as baseless' (not 'Such
# claims do not correspond to the facts': whose claims those were, the words before may not say)
_THOSE_REMARKS = re.compile(r"\b(?:these|those|such)\s+(?:[\w-]+\s+)?(?:remarks|statements|comments)\b", re.I)
# (in so many words: not 'These statements are documented and have never been retracted', the voice's own charge)
_REJECTED = re.compile(r"\b(?:reject\w*|dismiss\w*|refut\w*|baseless|groundless|unfounded|false|untrue|lies|"
                       r"not\s+true|(?:do|does)\s+not\s+correspond)\b", re.I)

_BARE_CLAIM_THAT = re.compile(rf"^\W*(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}['\u2019]s\s+)?"  # "Russia's"
                              rf"{CLAIM_NOUN}\s+that\b")  # 'Claims that civilians were targeted are ...'

# '... are baseless and politically motivated': the rebutter's verdict after the claim it tells
_VERDICT_TAIL = re.compile(
    # (the last copula: 'civilians were targeted is baseless' keeps 'were targeted')
    r",?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?!(?:is|are|was|were)\b)\w+\s+){0,3}?"
    r"(?:baseless|false|groundless|unfounded|untrue|lies?|fabricat\w*|absurd|nonsense|politically\s+motivated|"
    r"without\s+(?:any\s+)?(?:basis|foundation)|"
    r"not\s+true|misleading|distort\w*|not\s+supported\s+by)\b.*$", re.I | re.S)

# '... the account issued by X, which claimed that Thai soldiers fired first': what X claimed ('..., which once
# again accuses Belarus of ...' keeps 'accuses Belarus of ...'; '..., which repeats claims that ...' what they say)
_WHICH_CLAIMED = re.compile(r",\s+(?:which|who)\s+(?:(?:once\s+)?again\s+|also\s+|\w+ly\s+)?(?:(?:claimed|alleged|"
                            r"asserted|said|stated|maintained|insisted|argued|claims|alleges|asserts|"
                            r"repeats\s+(?:the\s+)?(?:\w+\s+)?(?:claims?|allegations?|accusations?))\s+that\s+|(?=accuses\s))")


def claimed_content(text: str) -> str:
    """What a rebutted claim says, without the rebuttal around it: 'the claims in the statement
    that Iran is expanding its activities are baseless' -> 'Iran is expanding its activities'.
    The evidence may hold the claim alone ('Iran is expanding its activities are baseless')."""
    m = _CLAIM_THAT.search(text) or _WHICH_CLAIMED.search(text) or _BARE_CLAIM_THAT.match(text)
    content = _VERDICT_TAIL.sub("", text[m.end():] if m else text).strip()
    return content if len(content.split()) >= 3 else text


# 'These allegations do not correspond to reality': a rebuttal of a claim told before
_REJECTS_EARLIER = re.compile(
    # (not in a clause set against the first: 'Most members condemned Russia's aggression, while one
    # member rejected this characterisation')
    rf"^\W*(?:(?:(?!\b(?:while|whereas)\b)[^;]){{1,100}}?\s+(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|"
    rf"refutes)\s+)?"
    rf"(?:these|those|such|the|this|that)\s+(?:\w+\s+)?(?:{CLAIM_NOUN}|statements?|remarks|reports?)\b", re.I)
# ('Hamas rejected the accusation.', 'X rejected the recent statement of Y as unconstructive')


def charge_clause(text: str) -> str:
    """The words of a sentence from the side it charges ('The Ministers reaffirmed ... and
    expressed serious concern about China's coercive actions ...' -> "China's coercive actions
    ..."); the whole text when it charges none by name."""
    m = POSSESSIVE_CHARGE.search(text)  # 'accused Hamas of ...' reads whole
    if m:
        return text[m.start("who"):]
    counter = _AND_SAID.search(text)  # '... rejected the accusations and said the EU bore ...'
    return (charged_act(text[counter.start():]) if counter else None) or text


# 'This is not true.', 'That is a lie.': a verdict on what the text told just before
_NOT_TRUE = re.compile(
    r"^\W*(?:this|that|it|these|those)\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:not\s+true|not\s+so|not\s+the\s+case|(?:factually\s+)?(?:incorrect|wrong)|untrue|false|baseless|groundless|"
    r"unfounded|lies?|fabrications?|fabricated|nonsense|"
    r"falsehoods?|slander|fiction|inventions?|disinformation)\W*$"
    # 'Such an assertion does not hold water.'; 'The images from the hospital show that this claim is false.'
    r"|\b(?:shows?|proves?|demonstrates?|makes?\s+clear)\s+that\s+(?:this|that|these|such)\s+(?:\w+\s+)?"
    r"(?:claims?|allegations?|assertions?|accusations?)\s+(?:is|are)\s+(?:(?:completely|totally|simply)\s+)?"
    r"(?:false|untrue|baseless|groundless|unfounded|lies?)\W*$"
    r"|^\W*(?:such|this|that|these|those)\s+(?:an?\s+)?(?:\w+\s+)?(?:assertions?|claims?|allegations?|accusations?|"
    r"arguments?|statements?)\s+(?:does|do)\s+not\s+hold\s+(?:water|up)\W*$", re.I)


def rejects_earlier_claim(text: str) -> bool:
    """Does the sentence reject a claim it only refers back to ('These allegations are
    false', 'This is not true.')? It states the speaker's stance, not a claim of its own."""
    if _NOT_TRUE.search(text):
        return True
    # '... rejected the accusations as absurd and said the EU bore responsibility': a charge too
    counter = _AND_SAID.search(text)
    if counter and charged_act(text[counter.start():]) is not None:
        return False
    return bool(_REJECTS_EARLIER.match(text)) and denies(text) and not _CLAIM_THAT.search(text)


_AND_SAID = re.compile(r",?\s+and\s+(?:said|says|added|adds|stated|accused|insisted|argued|countered)\b", re.I)
_WHILE_THEY = re.compile(r",\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z])")  # a charge set against one's own account


def counter_charge(text: str) -> str | None:
    """The charge a denial goes on to make ('denied blocking the convoys and said the U.N. had
    failed to collect goods' -> 'the U.N. had failed to collect goods'), else None."""
    counter = _AND_SAID.search(text)
    if counter is None and (contrast := _WHILE_THEY.search(text)) is not None:
        return charged_act(text[contrast.end():])  # '... into Gaza, while Hamas stole the aid': Hamas's act
    return charged_act(text[counter.start():]) if counter and denies(text[: counter.start()]) else None


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
    r"\b(will|would|must|(?<!\bthat )(?<!\bwhich )should|shall|cannot|(?-i:may|might)(?!\s+have\b))\b",
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
# What a charge tells of: an act done, harm caused, or blame laid.
tells_of_an_act = Cue(
    r"\b(attack|shell|fire[sd]?|firing|launch|kill|violat|seiz|occup|invad|bomb|strik|struck|detain|arrest|"
    r"block|deport|destroy|target|provok|provocation|intrud|intrusion|incursion|harass|breach|aggression|detention|"
    r"abduct|kidnap|tortur|hijack|rammed|collided|forc(?:ed|ing)\b|"
    r"responsib(le|ility)|blame|accus|alleg|so-called|false|lie|lies|fabricat|distort|disinformation|misrepresent|"
    r"militari[sz]|caus)\w*",
    "Does the sentence tell of an act done, harm caused or blame laid (what a charge is made of)?",
)

# The stuff of a charge beyond an act: a verdict on what another side does or says
_CHARGE_WORDS = re.compile(
    r"\b(illegal\w*|unlawful\w*|baseless|groundless|false\w*|lie|lies|lying|violat\w*|provocat\w*|aggress\w*|"
    r"terror\w*|occup\w*|responsib\w*|fabricat\w*|distort\w*|propaganda|campaign|threat\w*|crimes?|criminal\w*|"
    r"genocide|atrocit\w*|war|weapon\w*|hostile|interfer\w*|annex\w*|coerc\w*|intimidat\w*|sabotag\w*|"
    r"support\s+(?:for|to)\s+(?:the\s+)?(?-i:[A-Z])\w*|financ\w*|arm\w*|troops|forces|militar\w*|missiles?|"
    r"drones?|attack\w*|kill\w*|dead|death\w*|"
    r"casualt\w*|victims?|refus\w*|fail\w*|ignor\w*|misus\w*|blackmail\w*|so-called|claim\w*|accus\w*|alleg\w*|"
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
    told = sentence[: asked.start()] if asked else sentence  # what is asked is not what was done
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
    r"(?:attacked|shelled|fired|launched|killed|violated|seized|"
    r"occupied|invaded|bombed|struck|detained|arrested|blocked|deported|destroyed|targeted|provoked|intruded|"
    r"breached|laid|planted|placed|deployed|sent|resumed|staged|carried out|opened fire|shot|abducted|"
    r"exploited|used|looted|burned|raided|captured|crossed|entered|hit|sabotaged|supplied|funded|financed|"
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
    r"violates|endangers|threatens|undermines|harbou?rs|shelters|sponsors|occupies|obstructs|"
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
    if not _ACT_DONE.search(clause) or speaks_of_what_should_be(_REPORTED_INTENT.sub("", clause)):
        return None
    return clause


# '... a week after announcing that it would halt them': what was once said would be, inside a
# charge of what was done, is no vow of the speaker's
_REPORTED_INTENT = re.compile(r"\b(?:announc\w*|promis\w*|pledg\w*|vow\w*|said|saying|claim\w*)\s+(?:that\s+)?"
                              r"(?:it|they|he|she|its\s+\w+)\s+(?:would|will)\b[^,;.]*", re.I)
