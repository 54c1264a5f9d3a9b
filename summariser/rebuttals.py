"""What a rebuttal says: whose claim it answers ('Baku's allegation that ... is false'), what the
claim was ('the claim that ...'), whether a line rejects a claim told before it, and the counter-charge
a denial goes on to make. The cues for whether a sentence charges anything at all: `claim_cues`."""

from __future__ import annotations

import re

from summariser.accusations import POSSESSIVE_CHARGE
from summariser.claim_cues import charged_act, denies
from summariser.document import unlabelled

CLAIM_NOUN = (r"(?i:claims?|allegations?|accusations?|assertions?|charges?|suggestions?|version|narrative|"
               # "Beijing's description of the mission as ...", "Ankara's contention that ..."
               r"descriptions?|characteri[sz]ations?|portrayals?|contentions?|"
               r"insinuations?|comparisons?|arguments?|"  # "rejected the argument that"
               r"imputations?|aspersions?)")  # 'rejects these preposterous imputations', 'the aspersions cast on him'
CLAIMANT_NAME = r"(?:[A-Z][\w.'/-]*\s?){1,5}"  # ('the SPLM/A-In Opposition', 'AFC/M23')
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
                      # ('the claims of civilian casualties being made by the Afghan side')
                      rf"(?:\s+of\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+(?=\s+(?:being\s+)?made\s+by\b))?"
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
                      # ('the statement by a spokesperson for the Government of the United Kingdom that ...')
                      rf"(?:(?:an?\s+)?(?:representatives?|officials?|members?|spokes(?:wo)?m[ae]n|spokespersons?)\s+"
                      rf"(?:of|for)\s+(?:the\s+)?)?"
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
    # 'The accusations from Havana are baseless'
    re.compile(rf"\b{CLAIM_NOUN}\s+from\s+(?P<who>{CLAIMANT_NAME})"),
    # 'rejects the claim, repeated by certain Sudanese officials, that ...': the state whose officials repeat it
    re.compile(rf"\b{CLAIM_NOUN},\s+(?:repeated|made|spread|voiced|advanced|echoed)\s+by\s+(?:certain\s+|some\s+)?"
               r"(?P<who>(?-i:[A-Z])[\w'-]+)\s+(?:officials|authorities|media|sources|politicians)\s*,"),
    # 'the comparisons that Albin Kurti has drawn', 'the accusations that Kyiv has made', 'the
    # accusations that Albin Kurti and other officials of ... have been spreading'
    # ('does not accept the claims the Japanese side has put forward concerning ...')
    re.compile(rf"\b{CLAIM_NOUN}\s+(?:that\s+)?(?P<who>{CLAIMANT_NAME}|the\s+[A-Z][\w-]*\s+side)"
               rf"(?:\s*\band\s+(?:other\s+)?[a-z][^,;.]{{0,80}}?)?"
               rf"\s+(?:has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?"
               rf"(?:made|drawn|voiced|repeated|spread|put forward|levelled|advanced|"
               rf"making|spreading|voicing|repeating|levelling|advancing)\b"),
    # 'the repeated Indian allegation that Pakistan Army initiated the firing', 'rejected Indian accusations that'
    # ('Iran rejected as baseless recent American accusations that ...')
    re.compile(rf"(?:\b(?i:the)\s+|(?<=rejected\s)|(?<=rejects\s)|(?<=dismissed\s)|(?<=denied\s)|"
               rf"\b(?:rejected|rejects|dismissed|dismisses)\s+as\s+(?:baseless|unfounded|groundless|false)\s+)"
               rf"(?:(?i:repeated|latest|new|recent|baseless|false|so-called)\s+)?"
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
    text = unlabelled(text)  # 'Spokesperson: The so-called ...'
    for form in CLAIMANT_FORMS:
        m = form.search(text)
        if m and not _POSSESSIVE.match(text, m.end("who") - len(m.group("who")) + len(m.group("who").rstrip())):
            return True, m.group("who").strip()
    return bool(_CLAIM_THAT.search(text) or _CLAIM_ABOUT.match(text) or _BARE_CLAIM_THAT.match(text)
                or _CLAIM_IN_REPORT.search(text) or _THOSE_REMARKS.search(text) and _REJECTED.search(text)
                or _THESE_CLAIMS_FALSE.match(text)), None


# the verdict on the claims the line before told, in so many words: 'These claims are false.'
_THESE_CLAIMS_FALSE = re.compile(r"^\W*(?:these|those|such)\s+(?:claims|allegations|accusations|assertions)\s+"
                                 r"(?:are|were)\s+(?:\w+ly\s+)?(?:false|baseless|groundless|unfounded|untrue|"
                                 r"not\s+true|fabricated|lies)\W*$", re.I)

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
_UNTRUE = (r"(?:not\s+true|not\s+so|not\s+the\s+case|(?:factually\s+)?(?:incorrect|wrong)|untrue|false|baseless|"
           r"groundless|unfounded|lies?|fabrications?|fabricated|nonsense|falsehoods?|slanders?|smears?|fiction|"
           r"inventions?|disinformation)")
_NOT_TRUE = re.compile(
    # ('It is groundless and is a smear.')
    rf"^\W*(?:this|that|it|these|those)\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){{0,4}}?{_UNTRUE}"
    rf"(?:,?\s+and\s+(?:is\s+|are\s+)?(?:[\w-]+\s+){{0,3}}?{_UNTRUE})?\W*$"
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
