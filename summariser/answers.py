"""Whether a sentence answers what was said before it ('But ...', 'This is not true.', 'It is
unacceptable for such claims to ...'): the voice disputing the claim the sentence before told."""

from __future__ import annotations

import re

from summariser.cues import Cue
from summariser.rebuttals import rejects_earlier_claim

# what unnamed others are said to allege, answered: 'Responding to commentary in some foreign media
# outlets alleging that ..., the Minister stated that such assertions are groundless'
tells_unnamed_allegation = Cue(
    r"\b(?:(?:some|certain|several|a\s+few|recent)\s+)?(?:commentary|comments|reports?|articles?|speculation|rumou?rs)"
    r"\s+(?:in|by|from|of)\s+(?:some|certain|several|a\s+few)\s+(?:[\w-]+\s+){0,2}?(?:media|press|outlets?|"
    r"publications?|circles|quarters)\b[^.;]{0,40}?\b(?:alleging|claiming|suggesting|asserting|saying)\s+that\b",
    "Does the sentence tell what unnamed media or reports allege ('commentary in some foreign media alleging that')?",
)


# "... says it wants peace. But its drones struck Kyiv again": the voice answering what was said
_ANSWERS = re.compile(r"^\W*(?:but|yet|in (?:fact|reality)|the (?:truth|reality|facts?) (?:is|are)|nothing could be)\b"
                      # 'The Office has seen no evidence to support this claim.'
                      r"|\b(?:seen|found|is|was)\s+no\s+evidence\s+(?:to\s+support|for|of)\s+(?:this|that|these|such|the)"
                      r"\s+(?:claims?|allegations?|assertions?|accusations?|charges?)\b"
                      # 'President Xi told us that ... . We see this differently.'
                      r"|^\W*(?:we|they)\s+(?:see|view)\s+(?:this|it|that|things|the\s+matter)\s+(?:very\s+)?differently\b"
                      r"|^\W*we\s+(?:do\s+not|don't|cannot|can't)\s+(?:share|agree\s+with)\s+(?:this|that|the|such\s+an?)\s+"
                      r"(?:view|assessment|analysis|reading|characteri[sz]ation)\b"
                      r"|^\W*we\s+(?:strongly\s+)?disagree\b"
                      # 'This is sheer sophistry.', 'That is nonsense.'
                      r"|^\W*(?:this|that|it|all\s+this)\s+is\s+(?:(?:sheer|pure|utter|complete|total|nothing\s+but)\s+)?"
                      r"(?:sophistry|nonsense|rubbish|hypocrisy|a\s+(?:\w+\s+)?lie|lies|"
                      r"a\s+(?:\w+\s+)?fabrication)\b", re.I)


# 'It is unacceptable for such claims to be used to justify ...', 'X does not accept this explanation'
_REFERS_BACK = re.compile(r"\b(?:such|these|this|those|that)\s+(?:\w+\s+)?(?:claims?|explanations?|assertions?|"
                          r"allegations?|justifications?|arguments?|narratives?|version)\b", re.I)
_VERDICT_AGAINST = re.compile(r"\b(?:unacceptable|(?:not|never)\s+accept\w*|reject\w*|dismiss\w*|false|baseless|"
                              r"groundless|absurd|untenable|no\s+basis|cannot\s+(?:justify|excuse|explain)|"
                              # 'Such claims must be verified through prompt, impartial investigations': doubted
                              r"(?:must|should|need\s+to)\s+be\s+(?:independently\s+)?(?:verified|investigated|"
                              r"substantiated|corroborated|proven))\b", re.I)


# 'Attributing the unrest to outside actors does not answer the legitimate demands of ...': the
# account just told, restated as a gerund and found wanting
_RESTATED_AND_FAULTED = re.compile(r"^\W*(?:attributing|blaming|portraying|labell?ing|branding|describing|"
                                   r"dismissing)\s+[^.;]{1,80}?\s+(?:does|do|did|can|could|will|would)\s*(?:not|n't)\b",
                                   re.I)


def answers_what_was_said(next_sentence: str) -> bool:
    """Does the sentence answer the one before it ('But ...', 'In fact ...', 'This is not true.',
    'It is unacceptable for such claims to ...', 'Blaming outsiders does not ...')? Not when it
    tells the claim it answers itself ('Responding to commentary ... alleging that ..., such
    assertions are groundless')."""
    if tells_unnamed_allegation(next_sentence):
        return False
    return bool(_ANSWERS.search(next_sentence)) or rejects_earlier_claim(next_sentence) or bool(
        _REFERS_BACK.search(next_sentence) and _VERDICT_AGAINST.search(next_sentence)) \
        or bool(_RESTATED_AND_FAULTED.match(next_sentence))


# 'Israel's military denied that its forces had deliberately targeted the convoy': the speaker
# denies what its own side is said to have done; that is its stance, not its charge
_DENIES_OWN_ACT = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed))\s+(?:\w+\s+){0,3}?that\s+"
    r"(?:its|their|our|his|her|we|it|they)\b|"
    # 'Rwanda has long denied backing the M23 rebels': its own deed, in the gerund
    r"\bden(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:backing|supporting|arming|funding|sending|deploying|having|being|receiving|"
    r"getting|taking|accepting|"
    r"involvement|any\s+involvement|responsibility|any\s+role)\b", re.I)


def denies_own_act(sentence: str) -> bool:
    """Does the speaker deny an act of its own side ('denied that its forces had ...')?"""
    return _DENIES_OWN_ACT.search(sentence) is not None
