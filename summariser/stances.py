"""Whether a sentence the model calls a position takes a stance at all.

SPEC 2: a position is what a party supports, opposes, condemns, welcomes, justifies, commits
to, intends or is concerned about. A small model calls nearly every line of a speech or a
rebuttal a position, including lines that only narrate ('In June the dam was blown up',
'Shells have hit residential areas'). Such a line is the speaker's account of events (a
claim, when it charges someone), not a stance. The test is wording: a stance has a word of
judging, wanting, committing, asking or feeling, a modal, or the speaker's own side acting.
"""

from __future__ import annotations

from summariser.claim_cues import tells_of_an_act
from summariser.cues import Cue

# Words a stance is made of. Broad on purpose: a line with any of them stays a position.
_STANCE_WORDS = (
    # wanting, intending, committing, and the modals of what will or should be
    r"will|would|must|should|shall|cannot|can|could|may|might|need\w*|ought|wants?|wanted|wish\w*|hop(?:e|es|ed|ing)|"
    r"expect\w*|intend\w*|plans?|planned|ready|willing|prepared|determin\w*|decid\w*|decision|commit\w*|pledg\w*|"
    r"vow\w*|promis\w*|resolve\w*|resolut\w*|insist\w*|refus\w*|please|"
    # decisions and their undoing: what a party does by deciding is its stance
    r"adopt\w*|revok\w*|withdr[ae]w\w*|suspend\w*|terminat\w*|sever\w*|recall\w*|expel\w*|fail\w*|solely|"
    # judging and feeling
    r"condemn\w*|welcom\w*|reject\w*|dismiss\w*|deplor\w*|denounc\w*|support\w*|back(?:s|ed|ing)?|endors\w*|"
    r"oppos\w*|object\w*|regret\w*|alarm\w*|concern\w*|worr\w*|outrag\w*|shock\w*|sad\w*|grie\w*|condolences|"
    r"sympath\w*|consider\w*|regard\w*|believ\w*|think\w*|views?|viewed|stress\w*|reaffirm\w*|reiterat\w*|"
    r"underlin\w*|underscor\w*|emphasi\w*|recogni\w*|acknowledg\w*|notes?|noted|noting|thank\w*|prais\w*|"
    r"commend\w*|appreciat\w*|grat\w*|congratulat\w*|tribute|agree\w*|favou?r\w*|advocat\w*|defend\w*|"
    r"stands?|remains?|continu\w*|confirm\w*|assur\w*|guarantee\w*|"
    # asking
    r"urg\w*|call\w*|demand\w*|appeal\w*|invit\w*|propos\w*|offer\w*|ask\w*|request\w*|"
    # verdicts
    r"important|importance|essential|crucial|vital|key|necessary|unacceptable|acceptable|illegal|legitimate|"
    r"illegitimate|unlawful|lawful|legal|right|rights|wrong|just|unjust|grave|serious|deep\w*|strong\w*|firm\w*|"
    r"clear\w*|only|never|responsib\w*|blame\w*|violat\w*|breach\w*|aggress\w*|provoca\w*|threat\w*|false|lie|"
    r"lies|baseless|unfounded|so-called|shame\w*|absurd|ridiculous|laughable|pretext|cynical|hypocri\w*|"
    r"true|untrue|truth\w*|facts?|factual|reality|allegations?|accusations?|claims?|assertions?|correspond\w*|"
    r"den(?:y|ies|ied|ial)|"
    r"solidarity|sovereign\w*|integrity|peace\w*|dialogue|cooperat\w*|partners?|partnership|friend\w*|"
    # the speaker's own side
    r"we|our|ours|us|i|my"
)
carries_stance = Cue(
    rf"\b(?:{_STANCE_WORDS})\b|^\W*(?:this|that|it)\s+(?:is|was)\b",  # 'This is a pretext.'
    "Does the sentence take a stance (judges, wants, commits, asks, feels; a modal; 'we'; 'This is ...')?",
)


def narrates(sentence: str) -> bool:
    """Does the sentence only tell of an act or harm ('Shells have hit residential areas'),
    with no word of a stance?"""
    return tells_of_an_act(sentence) and not carries_stance(sentence)
