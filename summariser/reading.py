"""Which sentences of a document are read: not its headings, datelines, a journalist's question
in a briefing's transcript, a wire's credits, nor the closing background and contact lines of a
release; and not a line that only reports a call or names the issuer (`keeps_nothing`)."""

from __future__ import annotations

import functools
import re

from summariser import headings
from summariser.background import credits_line
from summariser.document import SPEAKER_LABEL, Sentence
from summariser.procedural import procedural

MIN_SENTENCE_WORDS = 4  # shorter lines (datelines, headings) state nothing to extract


def worth_reading(sentence: Sentence, text: str) -> bool:
    """Datelines and headings state nothing; everything else goes to the model (lines aimed at
    a summarising machine are screened out before, by `addressed_to_machine`). A heading is a
    short line without end punctuation, or such a line of any length that stands alone at the
    top ('Statement attributable to the Spokesperson for the Secretary-General on ...')."""
    words = re.sub(r"\s*\([^()\n]{1,30}\)\s*$", "", sentence.text).split()  # '... Secretary-General (excerpt)'
    unpunctuated = not sentence.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";"))
    heading = unpunctuated and (len(words) <= 12 or _title_line(sentence, text)
                                or _TITLE_CASE.fullmatch(sentence.text) is not None or _inner_heading(sentence, text))
    dateline = _ONLY_A_DATE.match(sentence.text) or _a_dateline(sentence.text) or _PAGE_META.match(sentence.text) \
        or _PICTURE.match(sentence.text) or _link_question(sentence, text) or _CONTACT_LINE.search(sentence.text) \
        or _PICTURE.match(text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start]) \
        or _TRANSLATION_NOTE.match(sentence.text) or _credited_caption(sentence, text) \
        or _slogan(sentence, text) or _EDITORS_NOTE.match(sentence.text) or _READ_ALSO.match(sentence.text) \
        or _SECTION_LABEL.match(sentence.text) or _attendance_item(sentence, text) or _in_link_list(sentence, text)
    return len(words) >= MIN_SENTENCE_WORDS and not heading and not _in_question(sentence, text) and not dateline \
        and sentence.start < _background_start(text) and not credits_line(sentence.text)


# a finite verb: what a heading in the body of a text does without
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|must|can|could|may|"
                     r"do|does|did|"
                     r"says?|said|calls?|called|urges?|urged|condemns?|condemned|welcomes?|welcomed|rejects?|rejected|"
                     r"express(?:es|ed)|reaffirms?|reaffirmed|notes?|noted|stress(?:es|ed)|demands?|demanded)\b", re.I)


def _inner_heading(sentence: Sentence, text: str) -> bool:
    """A heading inside the body: a line of its own between blank lines, unpunctuated and with no
    finite verb ('Foreign Ministry Spokesperson's reply to a journalist's question regarding
    today's statement of the Turkish Ministry of Foreign Affairs')."""
    line_start, line = _line_of(sentence, text)
    line_end = line_start + len(text[line_start:].split("\n", 1)[0])
    alone = text[:line_start].endswith(("\n\n", "\n\r\n")) and text[line_end:].startswith(("\n\n", "\r\n\r\n"))
    return alone and line == sentence.text.strip() and len(line.split()) <= 30 and not _FINITE.search(line)


# a list's lead-in that says who was there: 'The meeting was attended by:', 'Participants:'
_ATTENDANCE_LEAD = re.compile(r"\b(?:attended\s+by|(?:were|was)\s+(?:also\s+)?present|participants?|in\s+attendance|"
                              r"took\s+part|participated|(?:was|were)\s+joined\s+by|accompanied\s+by|"
                              r"delegation\s+(?:included|comprised|consisted\s+of))\b[^:\n]{0,40}:\s*$", re.I)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-\u2022\u2013*\u00b7]|\(?[a-z0-9]{1,2}[.)])[ \t]+")


def _attendance_item(sentence: Sentence, text: str) -> bool:
    """An item of a list of who attended ('- H.E. António Guterres, Secretary-General of the United
    Nations;'): a name and a post, no stance, however the item is punctuated."""
    line_start, line = _line_of(sentence, text)
    if not _LIST_ITEM.match(text[line_start : sentence.end]):
        return False
    for before in reversed([x for x in text[:line_start].splitlines() if x.strip()][-30:]):
        if not _LIST_ITEM.match(before):
            return bool(_ATTENDANCE_LEAD.search(before))
    return False


# a section's label over what follows: 'Reactions reported after the talks:'
_SECTION_LABEL = re.compile(r"^\W*(?:Reactions?|Responses?|Context|Timeline|Key\s+points|What\s+they\s+said)\b"
                            r"[^.:\n]{0,50}:\s*$")


# the label of a release's closing section for editors: what follows is the publisher's
# background ('Background:', 'Notes to editors', 'About Amnesty International'), no one's stance
_BACKGROUND_LABEL = re.compile(r"^[ \t]*(?:(?:Background(?:\s+information)?|Notes?\s+(?:to|for)\s+editors|"
                               r"Editor['\u2019]?s\s+notes?|About\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}|"
                               r"ENDS|-+\s*ENDS\s*-+|Note\s+from\s+the\s+(?:author|editors?)|"
                               # 'Related:' over a list of links to earlier releases
                               r"Related(?:\s+(?:links|content|stories|articles|news|resources))?)[ \t]*:?[ \t]*$|"
                               # 'For more information and media requests, please contact ...': whom to call
                               r"(?:For\s+(?:more|further)\s+(?:information\b|[^\n]{0,60}?\breporting\b)|"
                               r"For\s+media\s+(?:requests|inquiries|enquiries)\b|"
                               r"Media\s+(?:contacts?|enquiries|inquiries)\b|\*\s*The\s+experts\s*:|"
                               r"Our\s+Standards\s*:))", re.M)  # a wire's 'Our Standards: The Thomson Reuters ...'


@functools.lru_cache(maxsize=8)  # asked once per sentence of the same text
def _background_start(text: str) -> int:
    """Where a closing background section begins (its label's line), else the text's end. A
    label before the body's first sentence heads the document, not a closing section."""
    return _label_after_body(_BACKGROUND_LABEL, text)


def _label_after_body(label: re.Pattern[str], text: str) -> int:
    """Where the first line that `label` matches after the body's first sentence begins, else
    the text's end."""
    body = re.search(r"[.!?][\"'\u201d\u2019]?[ \t]*$", text, re.M)
    m = label.search(text, body.end()) if body else None
    return m.start() if m else len(text)


# where a release lists whom the press may call: the people named there from then on are contacts
_CONTACTS = re.compile(r"^[ \t]*(?:For\s+(?:more|further)\s+information\b|For\s+media\s+(?:requests|inquiries|"
                       r"enquiries)\b|Media\s+(?:contacts?|enquiries|inquiries)\b|Press\s+(?:contacts?|office)\b|"
                       r"Enquiries\s*:)",
                       re.M | re.I)


def contacts_start(text: str) -> int:
    """Where a release's press contacts begin ('For more information and media requests, please
    contact: ...', 'Enquiries: Mr Clayson Monyela'), else the text's end."""
    return _label_after_body(_CONTACTS, text)


# a byline's date and time: 'December 12, 2023 at 6:00 a.m.', '5 February 2024, 10:30', a dateline
# alone ('Rawalpindi - ...', 'Addis Ababa, Ethiopia, 27 July 2023')
_ONLY_A_DATE = re.compile(r"^\W*(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*[-\u2013\u2014,]\s*){0,2}"
                          r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
                          r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\W*(?:[A-Z]{2,4}\W*)?$")


# a web page's own details: GOV.UK's 'From: Foreign, Commonwealth & Development Office and The Rt Hon ...'
# ... and its links and tags ('Related topics: Eastern Partnership; EU relations with Belarus')
_PAGE_META = re.compile(r"^\W*(?:From|Published|Last\s+updated|Updated|Related(?:\s+(?:topics|links|content|"
                        r"articles|stories))?|Tags|Topics|Keywords|See\s+also|Share\s+this|Date\s+modified|"
                        # Canada.ca's 'Follow us on social media:', 'Search for related information by keyword:'
                        r"Follow\s+us\b[^:\n]{0,40}|Search\s+for\s+related\s+information\b[^:\n]{0,40})\s*:\s", re.I)


# '*This is an unofficial translation.', '(Unofficial translation)', 'Translated from Korean.'
_TRANSLATION_NOTE = re.compile(r"^\W*(?:this\s+(?:is\s+)?(?:an?\s+)?(?:unofficial|informal|courtesy)\s+translation|"
                               r"(?:unofficial|informal|courtesy)\s+translation|translated\s+from\s+\w+)\W*$", re.I)


# a picture's furniture: 'Image caption, Justin Trudeau set out ...', 'Image source, Reuters', '[Image: ...]'
_PICTURE = re.compile(r"^\W*(?:(?:Image|Photo|Picture|Video|Media)\s+(?:source|caption|credit)s?\s*[,:]|"
                      r"(?:Photos?|Pictured|Caption)\s*:|"  # 'Photo: Minister ... and Secretary ... ahead of the talks'

                      r"\[\s*(?:Image|Photo|Picture|Video)\s*:)", re.I)
# a photo's credit closing its caption: 'A TV screen at Seoul Station shows a news report on ... (Yonhap)'
_PHOTO_CREDIT = re.compile(rf"[ \t]*(?:\((?:(?:photo|file\s+photo|image)\s*[:/-]?\s*)?{headings.AGENCIES}\)|"
                           # the Guardian's caption: '... an ICC arrest warrant. Photograph: Sputnik/Reuters'
                           r"(?:Photograph|Photo|Image|Picture)\s*:\s*[^\n]{1,80})[ \t]*(?:\n|$)", re.I)


# a note to the reader: 'Note: Funeral prayers of the martyred soldier will be offered at his native town'
_EDITORS_NOTE = re.compile(r"^\W*(?:Note|N\.\s?B\.?|Editor['\u2019]?s\s+note)\s*:", re.I)


def _line_of(sentence: Sentence, text: str) -> tuple[int, str]:
    """Where the line the sentence stands on starts, and that line, stripped."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    return line_start, text[line_start : len(text) if line_end == -1 else line_end].strip()


def _slogan(sentence: Sentence, text: str) -> bool:
    """A short exclamation on a line of its own: '\u00a1Nicaragua Libre, Soberana y Digna!', 'Glory to Ukraine!'."""
    _, line = _line_of(sentence, text)
    return line == sentence.text.strip() and line.endswith("!") and len(line.split()) <= 8


def _credited_caption(sentence: Sentence, text: str) -> bool:
    """A caption: its line ends with a picture agency's credit in brackets right after the sentence."""
    return _PHOTO_CREDIT.match(text, sentence.end) is not None


# how to reach the press office: 'Directorate of Information ... | E-mail: DIC@africa-union.org | Web: ...'
# ... or 'General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email'
_CONTACT_LINE = re.compile(r"\b(?:E-?mail|Tel|Telephone|Phone|Fax|Web(?:site)?)\s*:|[\w.-]+@[\w-]+\.[a-z]{2,}|"
                           r"^\W*(?:General\s+)?(?:public\s+|press\s+|media\s+)?(?:inquiries|enquiries)\s*:|"
                           r"\bby\s+(?:tele)?phone\s+(?:on\s+)?\+?\d", re.I)
# an explainer's link: 'Who was Hardeep Singh Nijjar?', a short question on a line of its own
# a link to another story: 'Read also: Zelensky says ...', 'Related Story: Malaysia to take back ...'
_READ_ALSO = re.compile(r"^\W*(?:(?:Read|See)\s+(?:also|more)|"
                        r"Related\s+(?:Story|Stories|Article|Articles|Link|Content)|More\s+on\s+this)\s*:", re.I)
# a web page's box of links to other stories: 'list of 3 items' / 'list 1 of 3' / ... / 'end of list'
_LINK_LIST = re.compile(r"^[ \t]*list\s+of\s+\d+\s+items?[ \t]*$.*?^[ \t]*end\s+of\s+list[ \t]*$", re.I | re.M | re.S)


def _in_link_list(sentence: Sentence, text: str) -> bool:
    """A headline in a web page's box of links to other stories: another story's, nobody's here."""
    return any(start <= sentence.start < end for start, end in _link_lists(text))


@functools.lru_cache(maxsize=8)  # asked once per sentence of the same text
def _link_lists(text: str) -> tuple[tuple[int, int], ...]:
    """Where a text's boxes of links are (most texts have none: one cheap look first)."""
    if "end of list" not in text.lower():
        return ()
    return tuple((m.start(), m.end()) for m in _LINK_LIST.finditer(text))


_LINK_QUESTION = re.compile(r"^\W*(?:Who|What|Why|How|Where|When)\b[^\n?]{3,60}\?\s*$")


def _link_question(sentence: Sentence, text: str) -> bool:
    """A short question on a line of its own, in no speaker's turn: a link to an explainer."""
    _, line = _line_of(sentence, text)
    return line == sentence.text.strip() and _LINK_QUESTION.match(line) is not None


def _a_dateline(text: str) -> bool:
    """A dateline of its own, whatever its calendars: 'Riyadh, Muharram 19, 1441, September 18, 2019,
    SPA' (a year in it, and no word but names, numbers and a preposition)."""
    # ('Dhu al-Qa'dah 19, 1445': a month's name with its article)
    rest = re.sub(r"\b(?:al|el|ad|ash|as|ul)-[A-Z][\w'\u2019.-]*|\b[A-Z][\w'\u2019.-]*|\b\d+\w*|"
                  r"\b(?:at|on|of|the|AH|CE)\b", " ", text)
    return bool(re.search(r"\b(?:19|20)\d\d\b", text)) and not re.search(r"[a-z]", rest)


# 'QUESTION:' too, and 'Question (Asad Mehmood, PTV World):'
# and NATO's 'Question [Reuters]:'
_QUESTION = re.compile(r"\s*(?:Q|(?i:question|journalist|reporter))(?:\s*(?:\([^)\n]{1,80}\)|\[[^\]\n]{1,80}\]))?"
                       r"\s*[:.\u2013\u2014-]\s")


def opens_question(text: str, at: int) -> bool:
    """Does the line at `at` open a reporter's question ('Question (Dunya News): ...', 'Q: ...')?"""
    return _QUESTION.match(text, at) is not None


def _in_question(sentence: Sentence, text: str) -> bool:
    """Part of a reporter's question in a briefing's transcript ('Q: The Philippine Coast
    Guard said ... What is China's response?', or 'AFP: ...?' where the outlet asks): the
    journalist's words, nobody's stance."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    label = _TURN.match(text, line_start)
    asked = _QUESTION.match(text, line_start) or (_OUTLET.match(text, line_start) if _outlets_ask(text) else None)
    if not (asked or label is not None and label["who"] in asking_labels(text)):
        return False
    # what the question reports another side as saying is that side's claim, which the answer
    # takes up: 'Dawn: Islamabad says two children were killed in the Iranian strike. How do you respond?'
    said = sentence.text
    if asked is not None and asked.end() > sentence.start:  # 'Question [Reuters]: The Kremlin said ...'
        said = text[asked.end() : sentence.end].lstrip()
    elif label is not None and label.start("who") >= sentence.start:  # the turn's first sentence, past its label
        said = text[label.end("who") + 1 : sentence.end].lstrip()
    return not _REPORTED_IN_QUESTION.match(said)


# a briefing's question under its outlet's name in brackets: '[Reuters] The Philippine Coast Guard said ...'
_OUTLET = re.compile(r"[ \t]*\[[A-Z][^\]\n]{1,60}\][ \t]+(?=[A-Z\"\u201c])")


@functools.lru_cache(maxsize=8)
def _outlets_ask(text: str) -> bool:
    """A transcript whose questions open with their outlets in brackets and whose answers with a
    speaker's label ('Spokesperson Lin Haoran: ...'): not a note in brackets ('[Unofficial translation]')."""
    outlets = sum(1 for line in text.splitlines() if _OUTLET.match(line))
    return outlets >= 2 and any(SPEAKER_LABEL.match(line) for line in text.splitlines())


_REPORTED_IN_QUESTION = re.compile(r"(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,5}\s+"
                                   # 'The Rapid Support Forces and a monitoring group allege that ...'
                                   r"(?:and\s+(?:a|an|the|other|some)\s+(?:[a-z-]+\s+){1,3})?"
                                   # 'The Philippine military said that ...'
                                   r"(?:(?:military|government|ministry|army|navy|coast\s+guard|side|authorities|"
                                   r"officials?|spokes(?:man|woman|person))\s+)?"
                                   # ('Prime Minister Trudeau has again said that ...')
                                   r"(?:(?:has|have|had)\s+(?:again\s+|also\s+|now\s+|\w+ly\s+)?)?"
                                   r"(?:says|said|claims?|claimed|alleges?|alleged|accuses?|accused|insists?|maintains?|"
                                   r"told|tells|stated|warned)\s"
                                   r"[^?]*[.!]?[\"'\u201d\u2019]*\s*$", re.I)


# a transcript's turn: 'AFP: ...', 'Lin Jian: ...', 'China News Service: ...'
_TURN = re.compile(r"[ \t]*(?P<who>[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){0,3}):[ \t]+(?=[A-Z\"\u201c])"
                   r"(?P<said>[^\n]*)")


@functools.lru_cache(maxsize=8)
def asking_labels(text: str) -> frozenset[str]:
    """The labels of a transcript whose every turn ends in a question (the outlets that ask),
    when another label answers them: the spokesperson's turns end in statements."""
    turns: dict[str, list[str]] = {}
    order: list[str] = []  # who speaks, turn after turn
    for m in _TURN.finditer(text):
        if m.start() == 0 or text[m.start() - 1] == "\n":
            turns.setdefault(m["who"], []).append(m["said"].rstrip(" \t\"'\u201d\u2019"))
            order.append(m["who"])
    asking = {who for who, said in turns.items() if all(s.endswith("?") for s in said)}
    if asking and len(turns) > len(asking):
        # in a briefing whose outlets ask, an outlet that puts its question as a statement ('Tasnim:
        # American and British strikes on Yemen continue. Washington says ...') asks too: a label
        # whose every turn the one who answers most takes up next
        answerer = max((who for who in turns if who not in asking), key=lambda who: len(turns[who]))
        after = list(zip(order, order[1:], strict=False))  # (who spoke, who spoke next)
        asking |= {who for who in turns if who != answerer and len(turns[who]) <= 2
                   and all(later == answerer for earlier, later in after if earlier == who) and order[-1] != who}
    if not asking and len(turns) == 2:
        # an interview: the one whose turns mostly end in a question, when the other's never do
        # ('BENNING: ... What does Egypt want to see next?' / 'ABDEL-RAHMAN: First, ...')
        share = {who: sum(s.endswith("?") for s in said) / len(said) for who, said in turns.items()}
        asking = {who for who in turns if share[who] >= 0.5 and sum(s.endswith("?") for s in turns[who]) >= 2
                  and all(v == 0 for w, v in share.items() if w != who)}
    return frozenset(asking) if len(turns) > len(asking) else frozenset()


# a headline in title case, however long: 'Security Council Splits over Venezuela Crisis, as United
# States Urges Nations to 'Pick a Side', Russian Federation Denounces Attempted Coup'
_TITLE_CASE = re.compile(r"\W*(?:(?:[A-Z0-9][\w'\u2019.-]*|(?:a|an|the|of|to|in|on|at|for|and|or|as|by|over|with|"
                         r"from|into|after|amid|against)\b)[\s,:;'\u2018\u2019\"-]*)+")


def _title_line(sentence: Sentence, text: str) -> bool:
    """A whole line of its own among the document's first lines (`headings.heading_lines`), with
    only unpunctuated lines (title, dateline) before it: the body has not begun."""
    line_start, line = _line_of(sentence, text)
    body_begun = any(before.rstrip().endswith((".", "!", "?", ":", ";")) for before in text[:line_start].splitlines())
    lines = [x.strip() for x in sentence.text.splitlines()]
    if len(lines) > 1 and not body_begun and text[:line_start].strip() == "":
        # a long title run into the masthead line under it ('Transcript excerpt: Weekly press briefing by the
        # Spokesperson ..., Dhaka' / 'Ministry of Foreign Affairs, People's Republic of Bangladesh'): all heading
        return all(x in headings.heading_lines(text) for x in lines)
    if line != sentence.text.strip() or body_begun:
        return False
    # under a letterhead of several lines ('AFRICAN UNION' / 'UNION AFRICAINE' / ... / 'COMMUNIQUÉ'),
    # the title may come later than the first few lines: still the top while the body has not begun
    top = [x.strip() for x in text.split("\n", _TOP_LINES)[:_TOP_LINES]]  # (not the whole text split per line)
    return line in headings.heading_lines(text) or line in top


_TOP_LINES = 16  # the lines a title can stand on, letterhead, address and genre label above it


def keeps_nothing(sentence: Sentence) -> bool:
    """A line that only reports a call or names the issuer: `build_items` keeps nothing from
    it whatever the model says, so the staged reading asks no question about it."""
    return procedural(sentence.text) or headings.issuer_phrase(sentence.text) is not None
