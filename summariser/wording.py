"""The short wording of an item (`stance`, `action`, `claim`), written by code from its evidence.

SPEC section 1 asks for paraphrases of at most 30 words, not copied sentences. A model-written
paraphrase costs about a dozen generated tokens an item (on this model, +40% time), so the
wording is condensed from the grounded evidence instead: the reporting frame goes ('the
minister said that ...'), so do opening connectives, parentheses and trailing clauses ('...,
which ...'), a first-person subject drops ('We reaffirm our support' -> 'Reaffirm our
support'), and a request keeps what is asked ('urged Russia to withdraw its troops' ->
'Withdraw its troops'). A short plain sentence is its own shortest wording and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summariser.asking_sides import TIME_OR_ASIDE, asked_reach
from summariser.document import ONE_WORD_LABEL, SPEAKER_LABEL
from summariser.schema import MAX_PARAPHRASE_WORDS
from summariser.titles import TITLE_WORDS

GIST_WORDS = 20  # well under the contract's 30, so a summary reads as a summary
_MIN_WORDS = 4  # a cut that leaves fewer words than this says too little: keep the longer text

_CONNECTIVE = re.compile(
    r"^(?:and|but|so|however|moreover|furthermore|further|in addition|additionally|at the same time|"
    r"in this regard|in this context|in that regard|to this end|therefore|thus|hence|meanwhile|also|"
    r"finally|first(?:ly)?|second(?:ly)?|third(?:ly)?|in particular|notably|above all|indeed|"
    r"nevertheless|nonetheless|likewise|similarly|once again|again)\b,?\s+",
    re.I,
)
# 'X said (in a written statement) that Y' and 'According to X, Y': the frame names the
# speaker, whom the item already names as its holder.
_FRAME = re.compile(
    r"^(?P<who>[^,;:()]{0,100}?)\b(?:say|note|stress|emphasi[sz]e|underline|recall|reiterate|believe|consider|"
    r"insist|affirm|reaffirm|maintain|recognise|recognize|said|says|stated|states|stressed|stresses|noted|notes|added|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underscored|pointed out|declared|warned|warns|reiterated|"
    r"reiterates|recalled|recalls|affirmed|reaffirmed|insisted|insists|claimed|claims|asserted|asserts|"
    r"alleged|alleges|argued|argues|maintained|maintains|believes|considers|announced|confirmed|"
    r"explained|highlighted|complained|complains|keeps insisting|told [^,;:]{1,40}?)"
    r"(?:\s+(?:in|on|at|during|after|before|via|through)\s+[^,;:]{1,50}?)?,?\s+that\s+",
    re.I,
)
# Who speaks for the item's side in a frame without naming it ('The head of state said that').
_OWN_VOICE = re.compile(
    r"(?:we|i|he|she|the (?:(?:foreign|defence|defense|interior) )?(?:ministry|government|department|"
    r"council|office|committee|spokesperson|spokesman|spokeswoman|head of state|head of government|"
    r"president|prime minister|premier|chancellor|minister|foreign minister|secretary))"
)
_WISH_TO = re.compile(r"(?:\s+(?:(?:want|wish|would like|need|have)\s+to|also|again|would|must|should))+$")
# The word after a subject, when it is a verb: an auxiliary, an adverb, or a word in -s/-ed not
# followed by an auxiliary ('Ukraine condemns', but not 'the ROK puppets are').
_VERB_LIKE = (
    r"(?-i:(?:has|have|had|is|are|was|were|will|would|shall|should|must|can|cannot|could|may|might|does|did|"
    r"do|\w+ly)\b|[a-z]\w*(?:s|ed)\b(?!\s+(?:are|is|were|was|have|has|will|would|had)\b))"
)
# An opening phrase of time, place or purpose ('In August, ...', 'In order to prevent ..., ').
_OPENING_PHRASE = re.compile(
    r"^(?:in|on|at|during|after|before|following|since|with|within|under|regarding|concerning|over|"
    r"throughout|amid|upon|against|in order to|in connection with|in response to|as regards)\b[^,;:]{1,90},\s+",
    re.I,
)
_ACCORDING = re.compile(r"^according to [^,;:]{1,80},\s+", re.I)
_PLACE = re.compile(r"^(?:in|from)\s+(?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+)?,\s+", re.I)  # 'In Ankara, ...'
# 'We are committed to ...' -> 'Committed to ...'; 'We reaffirm ...' -> 'Reaffirm ...'.
_FIRST_PERSON = re.compile(r"^(?:we\s+are|i\s+am|we|i)\s+(?!was\b|were\b)", re.I)
_PARENTHESES = re.compile(r"\s*\([^()]{0,120}\)")
# An aside set off by commas: 'These actions, including the so-called elections, were ...'.
_ASIDE = re.compile(r",\s+(?:including|among them|such as|in particular|which|who)\s[^,;:]{1,120},\s+", re.I)
_TRAILING = re.compile(
    r",\s+(?:which|who|whose|as a result of which|while|whereas|including|in particular|notably|"
    r"thereby|so that|as well as|but|however)\b|;\s|\s[\u2013\u2014]\s|\s--\s|"
    r",\s+and\s+(?:we|i|they|he|she)\s|"  # ', and we urge all states to ...': a new statement
    # '... called for a ceasefire and said that ...': the next thing the speaker did
    r",?\s+(?:and|but)\s+(?:said|says|added|stressed|noted|expressed|called|urged|welcomed|reiterated|"
    r"underlined|emphasi[sz]ed|warned|recalled|appealed|demanded|asked|invited|encouraged)\b",
    re.I,
)
# 'calls on those who claim to care about hunger to remove ...': a 'to' after such a verb is
# not the one that says what is asked.
_NOT_AFTER_VERB = "".join(
    rf"(?<!\b{verb})"
    for verb in ("claim", "claims", "want", "wants", "seek", "seeks", "try", "tries", "need", "needs", "continue",
                 "continues", "decided", "agreed", "refuse", "refused", "hope", "wish", "used", "able", "going")
)
# What a plain request asks: 'called on X to <act>', 'urged X to <act>', 'called for <act>'.
# A quotation and then who said it: '"...," the EU's foreign policy chief Kaja Kallas said in a
# statement.', '"...," said Kallas.'; a sentence that is all quotation
_QUOTED_THEN_SAID = re.compile(
    r"^[\"\u201c](?P<words>[^\"\u201c\u201d]{8,}?)[,.!?]?[\"\u201d](?:$|,?\s+(?:[^\"\u201c\u201d]{1,100}?\s+)?"
    r"(?:said|says|added|adds|told|stated|noted|wrote|declared|warned|insisted|stressed)\b[^\"\u201c\u201d]*$)")
_AND_TO = re.compile(r"\b(and|or)\s+to\s+(?=(?-i:[a-z]))", re.I)
_ASKED = re.compile(
    # the one asked as the subject: 'The Russian Federation was invited to take part in those visits'
    r"\b(?:was|were|is|are|been|be)\s+(?:also\s+|again\s+)?(?:invited|asked|urged|requested|encouraged|pressed)\s+"
    r"(?P<passive>(?:not\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|all|each|both|every)\b)"
    r"(?-i:[a-z])\w*.*)$|"
    # ('..., and on the governments in Kinshasa and Kigali to return': the second of two asked)
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|^(?:and\s+)?(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|"
    r"encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|request(?:s|ed|ing)?|"
    # (not 'requested that such incidents be brought to zero': its clause is what is asked, not 'to zero')
    r"advis(?:e|es|ed|ing)|expect(?:s|ed|ing)?|need\s+for)(?!\s+that\s)\s+(?:[^,;:.]|(?<=[A-Z])\.){1,120}?"
    + _NOT_AFTER_VERB
    + r"\s+(?P<act>(?:not\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that|"
    r"these|those|all|each|both|every)\b)(?-i:[a-z])\w*.*)$"
    r"|\b(?:call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|"
    r"demand(?:s|ed|ing)?)\s+(?P<thing>(?!that\b)(?!(?:on|last|this)\s+\w+\s+that\b)\w.*)$"
    # 'demanded that the parties allow ...', 'requests that China respect ...'
    r"|\b(?:demand|request|ask)(?:s|ed|ing)?" + TIME_OR_ASIDE + r"\s+that\s+(?!(?:it|this|they|these|those)\s)"
    r"(?P<clause>\w.*)$",
    re.I,
)


def _words(text: str) -> list[str]:
    return text.split()


def _cut(text: str, pattern: re.Pattern[str], m: re.Match[str] | None = None) -> str:
    """`text` without what `pattern` (or its match `m`) takes at its start, unless too little
    would be left."""
    m = m or pattern.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    return rest if len(_words(rest)) >= _MIN_WORDS else text


def _main_clause(text: str, least: int = _MIN_WORDS + 1) -> str:
    """The text up to its first trailing clause (', which ...', '; ...'), when at least `least`
    words are left."""
    for m in _TRAILING.finditer(text):
        if len(_words(text[: m.start()])) >= least:
            return text[: m.start()]
    return text


def _shorten(text: str, limit: int) -> str:
    """At most `limit` words: the last comma inside the limit ends it when one falls late
    enough to keep the point, else the limit does; '...' marks a cut."""
    words = _words(text)
    if len(words) <= limit:
        return " ".join(words)
    head = words[:limit]
    for i in range(len(head) - 1, _MIN_WORDS + 2, -1):
        if head[i].endswith(","):
            head = head[: i + 1]
            break
    return " ".join(head).rstrip(" ,;:") + " ..."


def _finish(text: str) -> str:
    text = text.strip().rstrip(" ,;:.")
    # A quotation cut by the frame or a clause loses its other mark: drop the lone one.
    if text[:1] in '"\u201c' and not re.search('["\u201d]', text[1:]):
        text = text[1:].lstrip()
    if text[-1:] in '"\u201d' and not re.search('["\u201c]', text[:-1]):
        text = text[:-1].rstrip(" ,;:.")
    text = _shorten(text, min(GIST_WORDS, MAX_PARAPHRASE_WORDS))
    # ... and a quotation the shortening cut loses its opening mark
    if text.count('"') % 2:
        text = "".join(text.rsplit('"', 1))
    if text.count("\u201c") > text.count("\u201d"):
        text = "".join(text.rsplit("\u201c", 1))
    return text[:1].upper() + text[1:]


def gist(quote: str) -> str:
    """Short wording cut from a text: its first words, with '...' when it goes on."""
    return _finish(" ".join(_words(quote)))


def _names_speaker(who: str, speakers: Sequence[str]) -> bool:
    """Is `who` (the speaker a frame names) the item's own side: first person, the
    issuing ministry or government, or one of `speakers` (the side's names and aliases)?"""
    who = _WISH_TO.sub("", who.strip().lower())  # 'I want to stress that': the speaker is 'I'
    if not who or _OWN_VOICE.fullmatch(who):
        return True
    return any(name.lower() in who for name in speakers if len(name) > 2)


def _without_subject(text: str, speakers: Sequence[str]) -> str:
    """'Ukraine strongly condemns ...' -> 'Strongly condemns ...' when the subject is the
    item's own side (the item names its holder already); 'We are committed to' -> 'Committed to'."""
    m = _FIRST_PERSON.match(text)
    if m:
        return _cut(text, _FIRST_PERSON, m)
    opening = text[:120].lower()
    for name in sorted(speakers, key=len, reverse=True):
        if len(name) <= 2 or not opening.startswith((name.lower(), f"the {name.lower()}")):
            continue  # most items do not open with their side's name: skip the pattern
        m = re.match(rf"(?:the\s+)?{re.escape(name)}\s+(?:also\s+)?(?={_VERB_LIKE})", text, re.I)
        if m:
            rest = text[m.end() :]
            return rest if len(_words(rest)) >= _MIN_WORDS else text
    for name in sorted(speakers, key=len, reverse=True):
        # the holder with a title first: 'The High Representative for Bosnia and Herzegovina, Christian
        # Schmidt, today suspended ...', "Russia's foreign ministry spokeswoman Maria Zakharova dismissed ..."
        m = re.match(rf"[^,.;]{{1,80}}?(?:,\s+|\s+){re.escape(name)},?\s+(?:today\s+|also\s+|on\s+\w+\s+)?"
                     rf"(?={_VERB_LIKE})", text) if len(name.split()) >= 2 else None
        if m and len(_words(text[m.end():])) >= _MIN_WORDS:
            return text[m.end():]
    return text


_ASKER_LABEL = re.compile(r"[A-Z]{3,6}|Question|Reporter|Journalist|Correspondent|Reuters|Bloomberg|Xinhua|"
                          r"Yonhap|Kyodo")


def statement(quote: str, speakers: Sequence[str] = (), holder: Sequence[str] | None = None) -> str:
    """The wording of a stance or a claim: the statement without its frame, condensed.
    `speakers` are the names of the item's side, whose frame ('X said that') goes; another
    speaker's frame stays, because 'Beijing insists that ...' in Taipei's statement is not
    Taipei's stance. `holder` are the holder's own names (default: `speakers`): a sentence
    that opens with them loses them, since the item names its holder, but 'Azerbaijan had to
    ...' stays whole when the holder is Azerbaijan's president."""
    text = SPEAKER_LABEL.sub("", " ".join(_words(quote)), count=1)  # 'Lin Jian: Huangyan Dao has always been ...'
    label = ONE_WORD_LABEL.match(text)  # 'Spokesperson: We have seen the statement' (not 'Note: The figures ...')
    # (and an outlet's that asks in a briefing: 'AFP: The United States said it stands with ...')
    text = text[label.end():] if label and (label["who"].casefold() in TITLE_WORDS or _ASKER_LABEL.fullmatch(
        label["who"])) else text
    quoted = _QUOTED_THEN_SAID.match(text)  # '"... purposes," Kallas said in a statement.': the quotation
    text = quoted.group("words") if quoted else text
    for pattern in (_CONNECTIVE, _PLACE, _ACCORDING, _OPENING_PHRASE):
        text = _cut(text, pattern)
    frame = _FRAME.match(text) if " that " in text else None  # every frame ends in 'that'
    if frame and _names_speaker(frame.group("who"), speakers):
        text = _cut(_cut(text, _FRAME, frame), _CONNECTIVE)
    text = _ASIDE.sub(" ", _PARENTHESES.sub("", text))
    text = _without_subject(text, speakers if holder is None else holder)
    text = re.sub(r"^(?:also|further|again)\s+", "", text, flags=re.I)  # 'We are also deeply concerned'
    # ('[the Embassy] had publicly expressed the hope that ...': 'Publicly expressed the hope ...')
    text = re.sub(r"^(?:has|have|had)\s+(?=(?:\w+ly\s+)?(?-i:[a-z])\w+ed\b)", "", text)
    # a sentence all in parentheses or all frame leaves nothing: the quote's gist, never an empty paraphrase
    return _finish(_main_clause(text)) or gist(quote)


def action(quote: str, speakers: Sequence[str] = (), holder: Sequence[str] | None = None) -> str:
    """The wording of a request: what is asked ('urged X to release them' -> 'Release them'),
    or the condensed statement when the wording asks in no plain form."""
    text = _PARENTHESES.sub("", " ".join(_words(quote)))
    m = _ASKED.search(text)
    reach = asked_reach(text) if m is None else None
    if reach is not None and re.search(r",[^,]*\bto$", text[:reach]) and re.match(r"\s+(?-i:[a-z])", text[reach:]):
        # 'call on the European Union, whose policies contributed ..., to abandon ...'
        return _finish(_main_clause(_AND_TO.sub(r"\1 ", text[reach:].strip()), least=2))
    if m:
        asked = m.group("passive") or m.group("act") or m.group("thing") or m.group("clause")
        asked = re.sub(r"^not\s+to\s+", "do not ", re.sub(r"^to\s+", "", asked, flags=re.I), flags=re.I)
        asked = _AND_TO.sub(r"\1 ", asked)  # 'to abide by the ruling and to stop ...': one verb form
        if len(_words(asked)) >= 2 or m.group("act") and re.fullmatch(r"(?:not\s+)?to\s+[a-z]+\W*", m.group("act")):
            return _finish(_main_clause(asked, least=2))
    return statement(re.sub(r"^to\s+", "", quote.strip(), flags=re.I), speakers, holder)  # '(decided) to resume ...'
