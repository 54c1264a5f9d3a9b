"""Whose allegation a sentence relays, in the words of the side it accuses: 'the statement made
yesterday by the Ministry of Foreign Affairs of the Kyrgyz Republic alleging that ...', 'The
authorities claim that ...', 'We hear some Western delegations suggest that ...'. `kinds`
makes that side the claimant of the charge the voice answers."""

from __future__ import annotations

import re

# 'the statement made yesterday by the Ministry of Foreign Affairs of the Kyrgyz Republic
# alleging that ...': another side's allegation, relayed by the side it accuses
_RELAYED = re.compile(
    r"\b(?:statements?|remarks|comments?|claims?|allegations?|accusations?|reports?)\s+"
    r"(?:(?:made|issued|published|spread|voiced|repeated|circulated|released|disseminated)\s+)?"
    r"(?:(?:yesterday|today|recently|earlier|again|overnight|last\s+night|this\s+morning)\s+)?"
    r"by\s+(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,9})"
    # '... by Hamas and repeated today by Opposition Leader Yair Lapid, according to which ...'
    r"(?:\s+and\s+(?:(?:later|then|since|today|again)\s+)?(?:repeated|echoed|amplified|spread)\b[^,;]{0,80})?"
    r"(?:\s+(?:of|on)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?"  # "... Ministry of Foreign Affairs of 4 June"
    r",?\s+(?:alleging|claiming|accusing|asserting|suggesting|insinuating|"
    # '..., which once again accuses Belarus of ...', '..., which repeats claims that ...'
    # ('..., which described the EU's concerns as "interference ..." and accused the Union of financing ...')
    r"which\s+(?:[^.;]{0,160}?\s+and\s+)?(?:(?:once\s+)?again\s+|also\s+|falsely\s+)?"
    r"(?:accuses|accused|alleges|alleged|claims|claimed|"
    r"repeats\s+(?:the\s+)?(?:\w+\s+)?(?:claims?|allegations?|accusations?))|"
    r"according\s+to\s+which)\b")


# 'The authorities claim that the activists were planning attacks, but ...': the subject's claim
_SUBJECT_CLAIMS = re.compile(
    r"^\W*(?P<who>(?:the\s+)?[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,4}?)"
    # ('rejects any claim that': a noun after its determiner, not the subject's verb)
    r"(?<!\b[Aa]ny)(?<!\b[Tt]he)(?<!\b[Ss]uch)(?<!\b[Tt]his)(?<!\b[Tt]hese)(?<!\b[Tt]hose)(?<!\b[Ii]ts)(?<!\b[Tt]heir)"
    r"\s+(?:also\s+|again\s+)?"
    r"(?:claims?|claimed|alleges?|alleged|asserts?|asserted|contends?|contended|insinuates?|insinuated|"
    r"(?:tells|told|assures|assured)\s+the\s+world|"  # 'Tehran tells the world that ...'
    # 'The Philippine side keeps saying that China is the aggressor'
    r"(?:keeps|keep|kept|continues\s+to|continue\s+to|has\s+been|have\s+been)\s+(?:saying|claiming|alleging|say|claim|"
    r"allege|insisting|insist))\s+that\b")


# 'On 17 February, the Ministry of Defence of Azerbaijan disseminated information alleging that ...'
_SPREAD_CLAIM = re.compile(r"^\W*(?:(?i:on|in|last|earlier|yesterday)\b[^,]{0,30},\s+)?"
                          r"(?P<who>(?i:the\s+)?[A-Z][^,;]{2,80}?)\s+"
                          r"(?:has\s+|have\s+)?(?:disseminated|spread|published|circulated|released|issued|distributed)\s+"
                          r"(?:(?:false\s+|fake\s+|new\s+)?information|a\s+statement|reports?|claims?|a\s+video|footage)\s+"
                          r"(?:alleging|claiming|asserting|according\s+to\s+which)\b")


# 'The Ministry notes that statements issued in Tehran have described the operation as a "precise" response'
_DESCRIBED_BY = re.compile(
    r"\b(?:statements?|remarks|comments?|reports?)\s+(?:(?:made|issued|published|released)\s+)?(?:by|in|from)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,5})\s+(?:have\s+|had\s+)?"
    r"(?:described|portrayed|characteri[sz]ed|presented|depicted)\b")


# 'We hear some Western delegations suggest that Russia blew up its own pipelines'
_HEARD_CLAIM = re.compile(r"\b(?:[Ww]e|I)\s+(?:\w+\s+)?(?:hear|heard|see|saw|read)\s+(?:some\s+|certain\s+|our\s+)?"
                          r"(?P<who>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}?)\s+(?:suggest|claim|allege|assert|"
                          r"insist|argue)(?:s|ed|ing)?\s+that\b")


# 'The official reason given by Chisinau is the diplomat's alleged involvement in ...': the reason
# its giver alleges, which the voice goes on to reject
_REASON_GIVEN = re.compile(r"\b(?:official\s+|stated\s+|formal\s+)?(?:reason|grounds?|pretext|justification)\s+"
                           r"(?:given|cited|offered|invoked|put\s+forward)\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*"
                           r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,5})\s+(?:is|was|were)\b")


def relayed_allegation(text: str) -> str | None:
    """Who makes the allegation a sentence relays ('the statement by X alleging that ...',
    'The authorities claim that ...', 'statements issued in Tehran have described ... as',
    'We hear some Western delegations suggest that ...')."""
    said = _SAID_BY_WHO.search(text)
    if said is not None:  # the person named beside the post, if any, made the allegation
        return f"{said['who']}, {said['name']}," if said["name"] else said["who"]
    m = _RELAYED.search(text) or _SUBJECT_CLAIMS.match(text) or _SPREAD_CLAIM.match(text) \
        or _DESCRIBED_BY.search(text) or _HEARD_CLAIM.search(text) or _REASON_GIVEN.search(text)
    return m.group("who") if m else None


# 'remarks attributed to the spokesperson of the Government of ... South Sudan, Mr. Deng Akol Mabior, who on
# Monday alleged that Kenyan security agencies had detained ...'
_SAID_BY_WHO = re.compile(r"\b(?:statements?|remarks|comments?)\s+(?:made\s+)?(?:attributed\s+to|by)\s+"
                          r"(?P<who>(?:the\s+)?[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,12}?),\s+"
                          r"(?:(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?(?:(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,4}),\s+)?"
                          r"who\s+(?:[\w\s]{0,30}?\s)?(?:alleged|claimed|accused|asserted|charged)\b")
