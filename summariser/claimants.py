"""Whose claim a rebuttal answers: the claimant it names ('The claim by Albin Kurti that ...'),
the party whose words the heading says the document answers, or the one the lines just before
say alleged or said it ('... has said that Pakistani aircraft bombed civilian homes ... The
claim that civilians were targeted is baseless'). `kinds.settle_kinds` asks here."""

from __future__ import annotations

import re
from collections.abc import Collection

from summariser import headings, rebuttals
from summariser.attribution import attribution
from summariser.background import UNNAMED_GROUP
from summariser.document import SPEAKER_LABEL, unlabelled
from summariser.gazetteer import actor_named, actor_of_adjective, states_named
from summariser.known_parties import add_speaker
from summariser.name_forms import listed_party, listed_states
from summariser.naming import speaker_in
from summariser.other_sides import state_by_its_organ
from summariser.parties import PartyBook
from summariser.people import is_person_name
from summariser.rebuttals import CLAIM_BY, CLAIM_NOUN, CLAIMANT_NAME, POSSESSED_CLAIM
from summariser.referents import adopter, report_author, titled_person
from summariser.schema import Party
from summariser.subjects import subject_party
from summariser.titles import guess_kind


def answered_party(book: PartyBook) -> Party | None:
    """The party whose words the heading says the document answers, else the one its issuer
    spoke with ('... speaks by telephone with Azerbaijani Foreign Minister Bayramov'), if it
    names one: in a call's readout a rejected argument is the other side's. A reporting body the
    heading names and the model did not list ('the UN Group of Experts') is added to the book (an
    unused party is pruned with the rest, `keep`)."""
    phrase = headings.answered_in(book.text) or headings.counterpart_in(book.text)
    found = speaker_in(phrase, book.parties) if phrase else None
    if found is None and phrase and _REPORTING_BODY.fullmatch(phrase.strip()):
        # 'Statement by the Government of Rwanda on the Final Report of the UN Group of Experts on the DRC':
        # the experts whose report it rejects assert its allegations, listed or not
        kind = guess_kind(phrase)
        kind = kind if kind != "state" else "international_org" if re.search(r"\bU\.?N\b", phrase) else "other"
        found = book.find(phrase.strip()) or book.add(phrase.strip(), kind)
    return found


# a body that reports, by its proper name: 'UN Group of Experts', 'Panel of Experts', 'Commission of Inquiry'
_REPORTING_BODY = re.compile(r"(?:[A-Z][\w.'-]*\s+){0,4}(?:Group|Panel|Commission|Committee|Mission|Rapporteur)"
                             r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})?")


_ALLEGES = re.compile(r"(?:^|[.;]\s+|,\s+)(?P<who>(?:the\s+)?[A-Z][^.;,]{1,60}?)(?:,\s+who\s+(?:has|had)?)?\s+"
                      r"(?:alleges|alleged|claims|claimed|accuses|accused|asserts|asserted|charges|charged)\b")


# 'Leaders noted with concern reports by the ULMWP and church organisations of continued violence': whose
# reports 'these allegations' are
_REPORTS_BY = re.compile(r"\b(?:reports?|allegations?|accounts?|accusations?)\s+(?:by|from)\s+"
                         r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w./'\u2019-]*(?:\s+(?-i:[A-Z])[\w./'\u2019-]*){0,4})", re.I)


# 'Moscow claims its aircraft were flying in international airspace. This is false: ...'
_THIS_IS_FALSE = re.compile(r"^\W*(?:this|that|it)\s+(?:is|was)\s+(?:\w+ly\s+)?(?:false|untrue|not\s+true|a\s+lie|"
                            r"baseless|groundless|unfounded|fabricated|nonsense)\b", re.I)


def last_alleger(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """Whose allegations 'these allegations' are: the party the sentences just before say
    alleged ('In its communication, the Venezuelan Government alleges that ... The Brazilian
    Government takes note of these allegations'), else the last one they say said so, outside
    the speaker's side ('Question: The spokesman of the Afghan interim government, Zabihullah
    Mujahid, has said that ...' then 'The claim that civilians were targeted is baseless')."""
    if not re.search(r"\b(?i:these|those|such|the|this|that)\s+(?:allegations?|claims?|accusations?|assertions?|"
                     r"charges?|remarks|statements|comments)\b",
                     sentence) and not _THIS_IS_FALSE.match(sentence):
        return None
    at = book.text.find(sentence)
    before = book.text[max(0, at - 400) : at] if at > 0 else ""
    others = [p for p in book.parties if p.id not in own_side]  # the speaker does not answer its own side
    found = list(_ALLEGES.finditer(before)) or list(_REPORTS_BY.finditer(before))
    if found:
        return speaker_in(found[-1]["who"], others)
    # 'The Ministry firmly rejects statements by representatives of the Russian Federation ...
    # The Ministry likewise rejects the assertion that ...': the claimant of the rebuttal before
    named = [who for part in _PARTS.split(before) if (who := rebuttals.rebutted_claim(part)[1])]
    if named:
        return speaker_in(named[-1], others)
    for part in reversed(_PARTS.split(book.text[max(0, at - 1000) : at] if at > 0 else "")):
        if not _SAID_THAT.search(part):
            continue
        # ('Phoenix TV: Yesterday the Chinese Foreign Ministry said ...': the one the asker's turn reports)
        attributed, who = attribution(SPEAKER_LABEL.sub("", part, count=1))
        if attributed and (party := _named_side(who, others, book, own_side)) is not None:
            return party
    return None


# the sentences and lines of the text before a rebuttal
_PARTS = re.compile(r"(?<=[.;?])\s+|\n+")
# a report of what someone said, which a later 'the claim' can mean: 'has said that', 'claimed that';
# a denial is a claim too: 'Kabul also denies that the TTP has any presence on Afghan soil' before 'As
# for the claim that there are no terrorists in Afghanistan, the facts say otherwise'
_SAID_THAT = re.compile(r"\b(?:says|said|stated|added|told\s+\w+|claim(?:s|ed)|alleg(?:es|ed)|insist(?:s|ed)|"
                        r"den(?:ies|ied))\s+that\b|"
                        # 'Indonesian authorities say they detained two Vietnamese fishing boats ...'
                        r"\b(?:say|says|said)\s+(?:they|it|he|she)\s+(?:had\s+|have\s+|has\s+)?[a-z]+ed\b|"
                        # 'the Chinese Foreign Ministry said its oil and gas development ... takes place in ...'
                        r"\b(?:say|says|said)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){1,10}?(?:is|are|was|were|takes?|took|"
                        r"has|have|had|remains?)\b")


_GROUP_WORDS = re.compile(r"\b(?:Opposition|Movement|Front|Rebels?|Militia|Brigades?)\b|/")


def _named_side(who: str, others: list[Party], book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The party of another side a lead-in names: listed, or the state whose organ it names
    ('the Chinese Foreign Ministry', no ministry listed: China)."""
    return speaker_in(who, others) or state_by_its_organ(who, book, own_side)


def claimant_named(named: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The party a rebuttal names as the claimant; a titled official or a plainly named person
    ('The claim by Albin Kurti that ...') becomes a party: the guide lists whoever asserts. The
    speaker does not rebut its own side: 'the Russian Ministry' in Kyiv's statement is not the
    issuing 'Ministry'."""
    if re.fullmatch(r"[A-Z][a-z]+\s+media(?:\s+outlets)?", named.strip()):
        return book.find(named.strip()) or book.add(named.strip(), "media")  # ('Kyrgyz media', not Kyrgyzstan)
    states = states_named(named) if re.search(r"\sand\s", named) else set()
    # 'the Ministry of Foreign Affairs and the leadership of Armenia': Armenia's, not a ministry of nobody's
    found = next(iter(listed_states(states, book)), None) if len(states) == 1 else None
    # ('the assertion by the High Representative that': the one listed under that post)
    if found is None and re.fullmatch(r"\W*the\s+(?:resolution|report|declaration)\W*", named, re.I):
        # "The resolution's claim that ...": the body that adopted it; 'The report alleges ...': its author
        found = adopter(book.text, book) or report_author(book.text, book)
    if found is None and (actor := actor_of_adjective(named.strip())) is not None:
        # 'the claim in the French statement': France, before the 'Paris' listed beside it
        found = book.find(actor.name) or listed_party(actor, book)
    found = found or speaker_in(named, book.parties) or titled_person(named, book) or add_speaker(named, book)
    if found is not None and found.id in own_side:
        found = speaker_in(named, [p for p in book.parties if p.id not in own_side])
    if found is None:  # 'the Ministry of Foreign Affairs of Russia' beside the issuer's 'the Ministry'
        found = speaker_in(named, [p for p in book.parties if p.kind == "state"])
    if found is None and is_person_name(named):
        found = book.add(named, "person")
    body = re.sub(r"^the\s+", "", named.strip(), flags=re.I).rstrip("'\u2019")  # "the ... authorities' claim"
    kind = guess_kind(body)
    if kind == "state" and actor_named(body) is None and _GROUP_WORDS.search(body):
        kind = "non_state_group"  # 'the SPLM/A-In Opposition', no state the gazetteer knows
    if found is None and body[:1].isupper() and len(body.split()) <= 8 and kind != "state":
        found = book.add(body, kind)  # 'the UN Commission of Inquiry', which the model left out
    if found is None and (group := _GROUP_CLAIMANT.fullmatch(body)):
        # 'the assertion, spread by the opposition parties and by a number of foreign-funded organisations,
        # that ...': the first group named asserts (the guide lists such groups as parties)
        found = book.add(group["group"], "non_state_group")
    if found is None and UNNAMED_GROUP.fullmatch(body):
        found = book.add(body, "other")  # 'certain politicians and bloggers had claimed': unnamed, but they assert
    return found


_GROUP_CLAIMANT = re.compile(r"(?P<group>(?:[\w-]+\s+){0,2}?(?:opposition|foreign-funded|foreign|radical|extremist|"
                             r"separatist|pro-[\w-]+|anti-[\w-]+)\s+(?:[\w-]+\s+)?(?:parties|groups|organi[sz]ations|"
                             r"movements|activists|NGOs|circles|forces|politicians|lawmakers|legislators|MPs|media|"
                             r"outlets))(?:\s+and\s+.*)?",
                             re.I)


def rejecter_in(sentence: str, book: PartyBook) -> Party | None:
    """The party a sentence that tells another's claim says rejects it ('Takes note of the allegations
    by the Government of the DRC that ... and of the rejection of those allegations by the Government
    of Rwanda', '..., which Kigali denies'), if listed: that claim's disputer, not the one who tells it."""
    m = _REJECTED_BY.search(sentence) or _WHICH_DENIES.search(sentence)
    return speaker_in(m["who"], book.parties) if m else None


def prompted_to_reject(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """The other side a claim drew a rejection from ('... they had uncovered a plot ..., prompting Moscow to
    reject any suggestion of Russian involvement'): the one disputing it, not a rebuttal by its teller."""
    reacted = _REACTION.search(sentence)
    reactor = speaker_in(reacted["who"], book.parties) if reacted else None
    return reactor if reactor is not None and reactor.id not in own_side else None


_REACTION = re.compile(r",\s+(?:prompting|leading|drawing|provoking)\s+(?P<who>(?:the\s+)?[A-Z][\w'\u2019.-]*"
                       r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+to\s+(?:\w+\s+)?(?:reject|deny|dismiss|refute|dispute)\b")


def charged_in_account(sentence: str, claimant: Party, book: PartyBook) -> Party | None:
    """The side an account the voice only notes charges ('notes the statement by the Minister of
    Information, Michael Makuei, who said Dr. Machar was being investigated ...': Machar), if the
    told clause's subject is a listed party of another side than the claimant's."""
    told = _TOLD_CLAUSE.search(sentence)
    accused = subject_party(sentence[told.end():], book) if told else None
    mates = {claimant.id, claimant.affiliation}
    return accused if accused is not None and accused.id not in mates and accused.affiliation != claimant.id else None


def told_content(sentence: str) -> str:
    """What a noted account says ('..., who said Dr. Machar was being investigated ...' -> 'Dr. Machar
    was being investigated ...'), else the sentence."""
    told = _TOLD_CLAUSE.search(sentence)
    return sentence[told.end():] if told and len(sentence[told.end():].split()) >= 3 else sentence


_TOLD_CLAUSE = re.compile(r"\b(?:said|stated|claimed|alleged|asserted|asserting|alleging|claiming)\s+(?:that\s+)?")
_REJECTED_BY = re.compile(r"\b(?:rejection|denial|dismissal|refutation)s?\s+of\s+(?:those|these|the|such|this|that)\s+"
                          r"(?:allegations?|claims?|accusations?|charges?)\s+by\s+(?P<who>(?:the\s+)?[A-Z][^,;.]{1,60}?)"
                          r"(?=\s*[,;.]|\s+(?:and|as|which|who)\b|\s*$)")
_WHICH_DENIES = re.compile(r",\s+(?:which\s+|(?:an?\s+)?(?:charges?|claims?|allegations?|accusations?)\s+"
                           r"(?:(?:which|that)\s+)?)"
                           r"(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s+"
                           r"(?:has\s+|have\s+)?(?:denies|denied|rejects|rejected|disputes|disputed)\b")


def branded_by(text: str) -> str | None:
    """Who a sentence says brands something in quotation marks, as the voice derides it: 'The ROK
    puppets are kicking up a fuss over the balloons ..., calling them a "low-grade provocation"'
    -> 'The ROK puppets' (their claim, which the voice disputes)."""
    m = _BRANDING.match(text)
    return m["who"].strip() if m else None


_BRANDING = re.compile(r"^\W*(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,3}?)\s+(?:are|is|were|was|"
                       r"have\s+been|has\s+been)\s+[^.;]{0,160}?,\s+(?:calling|describing|branding|labell?ing|terming|"
                       r"dubbing)\s+(?:it|them|this|these|the\s+\w+)\s+(?:as\s+)?(?:an?\s+)?[\"\u201c]")


_TOLD_THAT = re.compile(rf"\b{CLAIM_NOUN}\b|\b(?i:remarks|statements?|comments)\b")
# 'Indonesia has taken note of Israel's statement that its troops were responding to fire'
_STATEMENT_OF = re.compile(rf"\b(?P<who>{CLAIMANT_NAME})(?:'s|\u2019s)\s+(?:\w+\s)?"
                           r"(?:statements?|remarks|comments|explanation)\b")


# (a name's last 'of China' too)
_THAT_TOLD = re.compile(r"(?P<of>\s*(?:and\s+the\s+[A-Z][\w-]*\s+)?(?:of|for)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*"
                        r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,4}\s?)?"
                        # ('the statement by the Minister of Information, Michael Makuei, who said Dr. Machar was')
                        # ('the claims by the President of Republika Srpska, Milorad Dodik, and by leaders of the SNSD,
                        # that ...'; 'statements by the Government and the Police of ... Mozambique (PRM) that ...')
                        r"(?:\s*,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?=,\s+(?:who|and\s+by)\s))?"
                        r"(?:\s*\([A-Z]{2,8}\))?(?:,?\s+and\s+by\s+[^,;.]{1,80}?(?:\s*\([A-Z]{2,8}\))?)?"
                        r"\s*,?\s*(?:(?:asserting|claiming|alleging|saying|suggesting|maintaining|insisting)\s+that\b|"
                        # '... by the spokesperson of the Ministry ... of China, who stated that'
                        r"(?:who|which)\s+(?:\w+ly\s+)?(?:stated|said|claimed|asserted|alleged|argued|maintained|"
                        r"insisted|declared)(?:\s+that\b|(?=\s+[A-Z]))|that\b)")


# 'We received a diplomatic communication from Canada yesterday suggesting that ...': the sender's claim
_SENT_SUGGESTING = re.compile(rf"\b(?:communication|note|letter|message|notification)\s+from\s+(?P<who>(?:the\s+)?"
                              rf"{CLAIMANT_NAME})(?:\s+(?:yesterday|today|last\s+\w+|on\s+\w+(?:\s+\d+)?))?\s*,?\s*"
                              r"(?:suggesting|claiming|alleging|asserting|saying|stating)\s+that\b")


# 'He noted that Beijing has claimed the Philippine vessels "illegally intruded" ...': whose claim the speaker tells
# ('President Sandu noted that officials of the Russian Federation have publicly claimed that ...', 'He noted that
# some Ethiopian officials had continued to describe the memorandum as ...', 'The Government further notes that
# the Belgian side has reportedly described ...')
_NOTED_CLAIMED = re.compile(r"(?:\b(?:not(?:ed|es)|recalled|observe[sd]|pointed\s+out|said|informed\s+[^,;]{2,60}?|"
                            # ('..., and that President Petro had publicly described the flights as an affront ...')
                            r"told\s+[^,;]{2,60}?)|,\s+and)\s+that\s+"
                            # ('noted that some members of the Opposition had claimed ...': the Opposition)
                            r"(?:(?:some|several|many|certain|senior)\s+)?(?:(?:members|officials|representatives|leaders)\s+of\s+)?"
                            # ('noted that certain politicians and bloggers had claimed on social media that ...')
                            rf"(?P<who>{UNNAMED_GROUP.pattern}|(?:the\s+)?(?:{CLAIMANT_NAME}|[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?"
                            r"[A-Z][\w'\u2019-]*){1,7})(?:\s+(?:officials|authorities|leaders|ministers|media|side))?)\s+"
                            r"(?:has|had|have)\s+(?:(?:long|also|again|repeatedly|publicly|reportedly|recently|subsequently|since|"
                            r"now)\s+)*(?:(?:continued|sought|tried)\s+to\s+(?:describe|portray|claim|present)|claimed|asserted|"
                            r"alleged|insisted|maintained|described|portrayed|characteri[sz]ed|labell?ed|branded|accused|"
                            r"blamed)\b")


# 'Takes note of the position expressed by the Government of the Republic of Rwanda that the measures it has taken
# ... are defensive in nature': what that side maintains, which the text only notes
_POSITION_NOTED = re.compile(r"\b(?i:takes?|took|taking)\s+note\s+of\s+the\s+"
                             r"(?:position|view|explanation|assurances?)\s+"
                             r"(?:expressed|stated|given|put\s+forward|conveyed|offered)\s+by\s+"
                             r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*){0,7})"
                             r"\s+that\b")


def relays_only(text: str) -> bool:
    """Does the sentence tell what another side claimed ('X noted that officials of Y have claimed that ...')?
    Then the claim is theirs, and the stance its words take."""
    return _NOTED_CLAIMED.search(text) is not None


# claims a state's press carries: 'reports disseminated in Kyrgyz media claiming that', 'claims, made in certain Greek
# media, that': the media's, not the state's
_IN_THE_MEDIA = re.compile(r"\b(?:reports?|claims?|allegations?|publications?|articles?|assertions?)\b,?\s+"
                           r"(?:[a-z]+\s+){0,2}?(?:made|circulated|disseminated|published|spread|carried|appearing)?\s*"
                           r"in\s+(?:certain\s+|some\s+|several\s+)?(?P<who>[A-Z][a-z]+\s+media(?:\s+outlets)?)\b")


def claim_told(text: str) -> str | None:
    """Whose claim a sentence tells with its content, denied or only noted: 'Notes the
    allegation by the Government of Soranga that the AFR receives arms ...' -> 'the Government
    of Soranga'; 'Takes note of the assertion by the AFR leadership that ...'."""
    if (sent := _SENT_SUGGESTING.search(text) or _NOTED_CLAIMED.search(text) or _POSITION_NOTED.search(text)
            or _IN_THE_MEDIA.search(text)) is not None:
        return sent["who"].strip()
    if not _TOLD_THAT.search(text):
        return None  # the claimant forms are slow to try on every sentence: first a cheap look
    for form in (POSSESSED_CLAIM, CLAIM_BY, _STATEMENT_OF):
        m = form.search(text)
        # ('statements by the Israeli government asserting that its policy ... has not changed')
        if m and (told := _THAT_TOLD.match(text, m.end())):
            return told["name"] or f"{m['who']}{told['of'] or ''}".strip()
    return None


# an answer's flat denial of what the question told: 'There are no Cuban troops in Venezuela.', 'That is a lie'
# (not a maxim: 'There is no winner in a trade war', 'There is no military solution', 'There can be no
# justification for ...': a stance, which denies no one's word)
_FLAT_DENIAL = re.compile(r"^\W*(?:there\s+(?:is|are|was|were)\s+no\b(?!\s+(?:\w+\s+)?(?:winners?|alternative|solution|"
                          r"justification|excuse|place|room|need|time|substitute|shortcut)\b)|(?:that|this)\s+is\s+(?:a\s+(?:\w+\s+)?lie|"
                          r"false|not\s+true|untrue|(?:simply\s+|completely\s+)?(?:incorrect|not\s+correct|inaccurate)|"
                          r"a\s+(?:\w+\s+)?(?:fabrication|slander))\b|"
                          # 'We have seen that statement, and we do not agree with it.'
                          r"(?:we|I)\s+(?:have\s+seen\s+(?:that|this|the|these|those)\s+(?:\w+\s+)?\w+,?\s+and\s+(?:we|I)\s+)?"
                          r"(?:do|did)\s+not\s+(?:agree\s+with|accept)\s+(?:it|this|that|them|these|those)\b)", re.I)
# a reporter's turn, by its label: 'Question: ...', 'Q: ...', 'Phoenix TV: ...'
# ('Question (eNCA): ...')
_QUESTION_LINE = re.compile(r"^[ \t]*(?:[A-Z][\w.&' -]{0,30})(?:\([^)\n]{1,30}\))?\s*:\s*(?P<asked>.+)$", re.M)


def questioned_claimant(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """Whose words the reporter's question just before an answer tells ('Question: Secretary of State
    Marco Rubio has said Cuban intelligence ... protect President Maduro. Is that true?'): the claimant
    of the answer's denial ('There are no Cuban troops in Venezuela.', 'The claim that ... is a
    slander.') when the denial names none. Only in the answer that follows the question."""
    at = book.text.find(sentence)
    lines = [m for m in _QUESTION_LINE.finditer(book.text, 0, max(at, 0)) if m["asked"].rstrip().endswith("?")]
    if at <= 0 or not lines or "?" in book.text[lines[-1].end() : at]:
        return None
    others = [p for p in book.parties if p.id not in own_side]
    # (a part that tells a charge first: 'Opposition lawmakers in Honiara have claimed that Chinese diplomats
    # pressed the government ...', after 'Prime Minister Jeremiah Manele has announced that ...')
    parts = sorted(_PARTS.split(lines[-1]["asked"]), key=lambda part: _CHARGE_TOLD.search(part) is None)
    for part in parts:
        attributed, who = attribution(part)
        if attributed and (group := _GROUP_CLAIMANT.match(who.strip())) is not None:
            # ('Opposition lawmakers in Honiara have claimed ...': the opposition's, not the state's capital)
            return book.find(group["group"]) or book.add(group["group"], "non_state_group")
        if attributed and (party := _named_side(who, others, book, own_side)) is not None:
            return party
        # ('The State Department has imposed visa restrictions ... over Cuba's medical missions, which it calls
        # forced labour.': the subject whose word it is)
        if _WHICH_IT_CALLS.search(part) and (party := subject_party(part, book)) is not None and party in others:
            return party
    return None


_CHARGE_TOLD = re.compile(r"\b(?:claim(?:s|ed)|alleg(?:es|ed)|accus(?:es|ed)|charg(?:es|ed))\b")
_WHICH_IT_CALLS = re.compile(r"\b(?:which|what)\s+(?:it|they|he|she)\s+(?:calls|called|describes|described|terms|"
                             r"termed)\b")


def flatly_denies(sentence: str) -> bool:
    """Is the sentence a flat denial ('There is no Chinese military base in Cuba.')?"""
    return _FLAT_DENIAL.match(unlabelled(sentence)) is not None  # ('Deputy Minister: There is no')


# 'The Indonesian delegation rejected these allegations': the ones the lines before told
_REJECTS_THESE = re.compile(r"\b(?:reject|den(?:y|ie)|dismiss|refut)\w*\s+(?:these|those|such|the)\s+"
                            r"(?:allegations|accusations|claims|charges|reports)\b|"
                            # 'Secretary Rubio said the United States rejects that characterization'
                            r"\b(?:reject|dismiss|refut)\w*\s+(?:that|this|the|such\s+a)\s+"
                            r"(?:characteri[sz]ation|description|portrayal)\b", re.I)


def rejected_alleger(sentence: str, book: PartyBook, own_side: Collection[str]) -> Party | None:
    """Whose allegations a sentence rejects as 'these allegations': the one the sentence just
    before says alleged or reported them, if a party ('Rights groups said police had harassed ...
    Pakistani officials rejected the allegations.': none)."""
    at = book.text.find(sentence)
    if not _REJECTS_THESE.search(sentence) or at <= 0:
        return None
    before = next((part for part in reversed(_PARTS.split(book.text[max(0, at - 600) : at])) if part.strip()), "")
    others = [p for p in book.parties if p.id not in own_side]
    told = _ALLEGES.search(before) or _REPORTS_BY.search(before)
    attributed, who = attribution(SPEAKER_LABEL.sub("", before, count=1))
    who = told["who"] if told is not None else who if attributed else ""
    if re.fullmatch(r"\W*(?:it|he|she|they)(?:\s+(?:also|further|again))?\s*", who, re.I):
        return last_alleger(sentence, book, own_side)  # 'It said women ... were being taken': who spoke before
    return _named_side(who, others, book, own_side) if who else None


def claimant_answered(sentence: str, book: PartyBook, own_side: Collection[str], rebuttal: bool) -> Party | None:
    """The claimant of a denial that names none, from the lines it answers: the one the reporter's
    question quotes ('There are no Cuban troops in Venezuela.' after 'Question: Secretary of State Marco
    Rubio has said ...'), or the one whose reports it rejects as 'these allegations'."""
    questioned = questioned_claimant(sentence, book, own_side) if rebuttal or flatly_denies(sentence) else None
    return questioned or (None if rebuttal else rejected_alleger(sentence, book, own_side))
