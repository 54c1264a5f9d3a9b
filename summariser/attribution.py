"""Who a sentence says is speaking: the words before its first speaking verb ('Minister Fidan
said that ...'), a transcript's speaker label ('Lin Jian: ...'), the one a quotation is
attributed to, or the subject who declares a stance of its own ('Varnia firmly adheres to ...').
`speakers.named_speakers` turns these words into parties.
"""

from __future__ import annotations

import re

from summariser.cues import FIRST_PERSON
from summariser.datelines import wire_dateline_end
from summariser.document import SPEAKER_LABEL
from summariser.gazetteer import actor_of_adjective
from summariser.openings import LEAD_IN, OPENING_PARTICIPLE, TOPIC_LABEL
from summariser.relayed_stances import relayed_holder
from summariser.speaking_verbs import ASIDE_TURN, SPEAKING, speaking_verb
from summariser.titles import TITLE_WORDS

# 'To those who ..., I say:'; 'and I hope that those in Minsk will say so': the speaker is the
# document's own voice, whoever the verb's clause names
# ', but' and a vow, a duty or the first person: the document's voice answers what it reports
# (', but that ...' and ', but they refused' still report)
_CONCEDING = re.compile(r"^\W*(?:whatever|regardless\s+of\s+what|no\s+matter\s+what|however\s+much|"
                        # 'And to my Russian colleague, who called the evidence "fabrications": ...': the one
                        # the speaker turns to is spoken to
                        r"(?:and\s+)?to\s+(?:my|our)\s+[^,:;]{2,60},\s+who\s+[^:;]{2,160}:|"
                        # 'What the Philippines has said does not reflect the facts': the voice judges it
                        r"what\s+[^,.;]{2,60}?\s(?:has\s+|have\s+|had\s+)?(?:said|says|claimed|claims|stated|alleged)"
                        r"\s+(?:is|was|are|were|does|did|do|has|cannot|can|will|would)\b|"
                        # 'That Canadian political figures have openly expressed sympathy for such elements remains
                        # a matter of deep concern': a clause the voice judges, whoever the clause says spoke
                        r"that\s+(?:(?!\b(?:said|says|stated|told)\b)[^,.;]){2,160}?\s(?:remains|is|was)\s+(?:a\s+)?"
                        r"(?:(?:matter|cause|source)\s+of|(?:deeply\s+|most\s+|highly\s+)?(?:regrettable|unacceptable|"
                        r"troubling|worrying|alarming|deplorable)\b))", re.I)
_VOICE_ANSWERS = re.compile(r",\s+but\s+(?!that\b)[^.;]*?\b(must|should|cannot|can't|will not|won't|we|our|us|I)\b")
_BY_THE_RULES = re.compile(r"\s*(?:the|a|an|its|their|our|this|that|these)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:timetable|schedule|plan|agreement|accord|laws?|rules|terms|provisions|principles|procedures?|constitution|treaty|"
                           r"roadmap|framework|mandate|charter|convention|standards|criteria|formula|arrangements?)\b",
                           re.I)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_FIRST_PERSON_SUBJECT = re.compile(r"(?<![\w'\u2019])(I|[Ww]e)(?:\s+|,\s)(?!['\u2019])")  # '... Maduro and I, ...'
# Verbs that voice the subject's own stance ('Minister Petrich of Drovia defended the
# blockade'); only their sentence's opening subject speaks: deep in a sentence ('while the ROK
# authorities looked on and defended such acts') they report what the document's voice alleges.
_PRONOUN_ACTED = re.compile(r"(?P<who>He|She)\s+(?:also\s+|later\s+|then\s+|again\s+)?(?-i:[a-z]+ed)\b"
                            r"(?!\s+(?:that|to|by)\b)")
_SUBJECT_STANCE = re.compile(
    r"\b(defended|defends|praised|praises|critici[sz]ed|critici[sz]es|dismissed|dismisses|denounced|"
    r"denounces|hailed|hails|thanked|thanks|commended|commends|applauded|applauds|lauded|lauds|deplored|"
    r"congratulated|congratulates|"
    # 'Venezuela's government on Wednesday questioned the authenticity of a video released by ...'
    r"(?:questioned|questions|disputed|disputes|challenged|challenges)\s+(?:the\s+)?(?:authenticity|legitimacy|"
    r"validity|credibility|accuracy|veracity|legality)|"

    r"deplores|regretted|regrets|paid\s+tribute|pays\s+tribute|"
    # a stance the subject declares as its own ('Pakistan firmly adheres to the one-China principle')
    r"(?:firmly|strongly|fully|resolutely|consistently)\s+(?:adheres|supports|opposes|upholds|stands)|"
    r"adheres\s+to|remains\s+committed|reaffirms|"
    # what the subject wants or is ready for ('Kosovo wants recognition first', 'Vučić was ready to accept')
    r"wants|wanted|(?:is|was|are|were)\s+(?:not\s+|also\s+)?(?:ready|prepared|willing|in\s+favou?r|opposed)|"
    r"refuses|refused|joins\s+the\s+consensus|(?:ruled|rules)\s+out|"  # 'He ruled out third-party mediation.'
    r"(?:undertook|undertakes)(?=\s+to\b)|"  # 'The Nigerian side undertook to refer the matter to ...': its pledge
    # 'Prime Minister Manele accepted the invitation': the one invited answers
    r"(?:accepted|accepts|declined|declines)\s+(?:the|this|that|an?|his|her|its|their)\s+(?:\w+\s+)?"
    r"(?:invitation|offer|proposal)|(?:agreed|agrees)\s+to\s+(?:convey|consider|study|examine|look\s+into|relay)|"
    # 'The German side did not share this approach': the side whose view it is
    # 'President Erdoğan raised the situation of the Muslim minority', 'The Deputy Prime Minister did not agree
    # with this characterisation': the subject's own concern or disagreement
    r"(?:raised|raises)\s+(?:the|its|his|her|their)\s+(?:\w+\s+)?(?:issue|situation|question|matter|concerns?|case|"
    r"plight|subject|possibility|prospect|idea|proposal)|(?:(?:did|does|do)\s+not|fully|strongly)\s+(?:dis)?agree\s+with|"
    r"disagreed\s+with|"
    r"(?:(?:did|does|do)\s+not\s+share|shares|shared)\s+(?:this|that|the|these|those|its|their|his|her)\s+"
    r"(?:\w+\s+)?(?:approach|views?|positions?|assessments?|concerns?|opinions?|logic|interpretation))\b",
    re.I,
)
_SUBJECT_WORDS = 10
# a stance in the passive, with its holder after 'by': '... were firmly rejected by the Director General'
_PASSIVE_STANCE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:(?:\w+ly|likewise|also)\s+)?(?:rejected|dismissed|denied|refuted|condemned|"
    r"welcomed|disputed|criticised|criticized|questioned|not\s+accepted|praised|commended|hailed|applauded|lauded|"
    r"endorsed|appreciated|considered|answered|(?:received|viewed|seen)\s+(?:positively|favou?rably|negatively)|"
    # 'Concern over the situation in Lebanon was also raised by the President'
    r"raised|voiced|expressed|stressed|underlined|emphasi[sz]ed|reiterated|reaffirmed|conveyed|"
    # 'Evan was accused of spying by the Kremlin': the Kremlin accuses
    r"(?:accused|charged|blamed)\s+(?:of|for|with)\s+[^,;.]{1,60}?)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;.]{0,60}?|(?:all|both)\s+(?:the\s+)?(?:two\s+|three\s+|four\s+)?\w+(?:\s+\w+)?|"
    r"the\s+(?:government|authorities|regime|leadership|administration)|"
    r"the\s+(?:head|leader|president)\s+of\s+(?:the\s+)?[A-Z][^,;.]{0,40}?)"  # 'the head of the Russian state'
    r"(?=\s*[,;.]|\s+(?:who|which|on|in|at|after|as|to|with)\b|$)")
# a stance or an ask told as coming from its holder: 'Calls for an independent inquiry have also
# come from the UN High Commissioner for Human Rights, whose office said ...'
_CAME_FROM = re.compile(
    r"^\W*(?i:(?:(?:the|further|fresh|renewed|similar|new|strong|sharp)\s+)?(?:calls?|appeals?|demands?|pleas?|"
    r"criticism|condemnation|warnings?|condolences|support|praise|concern|protests?)\b[^.;]{0,120}?\b"
    r"(?:(?:has|have|had)\s+(?:also\s+)?)?(?:came|comes|come)\s+(?:also\s+|too\s+|\w+ly\s+)?from\s+)"
    r"(?P<who>(?:the\s+)?[A-Z][^,;.]{0,60}?)(?=\s*[,;.]|\s+(?:who|which|whose|on|in|at|after|as|to|with|and)\b|$)")
# a speaking verb in an aside about the thing, not said by the subject: 'A proposal ..., first
# conveyed through diplomatic channels, was received positively by the President'
_ASIDE = re.compile(r",\s*(?:\w+ly\s+|first\s+|already\s+|previously\s+|once\s+)?$")
# ... or the end of a quotation opened in a sentence before: 'It breaches ... at risk," the minister said'
_QUOTE_FIRST = re.compile(r'^\s*(?:["\u201c][^"\u201d]{3,}|[^"\u201c\u201d]{3,}[,.!?])["\u201d]\s*,?\s*(?P<rest>.*)$',
                          re.S)


# the words before a speaking verb inside a quotation the sentence opens and has not closed yet
_INSIDE_QUOTE = re.compile(r'^\s*["\u201c][^"\u201d]*$')


# a communiqué's operative paragraph, its subject the issuer named once above it
_OPERATIVE = re.compile(r"^\W*(?:\(?\w{1,3}[.)]\s+)?(?:(?:Strongly|Firmly|Further|Also|Again|Once\s+again|Deeply|"
                        r"Unequivocally|Categorically|Equally)\s+)?"  # 'Strongly condemns ...'
                        r"(?i:Takes|Notes|Demands|Calls|Stresses|Urges|Expresses|Reaffirms|Rejects|Warns|Directs|"
                        r"Reiterates|Decides|Regrets|Welcomes|Condemns|Requests|Encourages|Underlines|Emphasi[sz]es|"
                        r"Recalls|Acknowledges|Commends|Appeals|Invites|Affirms|Deplores|Recogni[sz]es|Looks)\s"
                        # ... or, lettered, in the past: '(e) Agreed to convene, in consultation with the African Union'
                        r"|^\W*\(?[a-z0-9]{1,3}[.)]\s+(?i:Took|Noted|Demanded|Called|Stressed|Urged|Expressed|Reaffirmed|"
                        r"Rejected|Warned|Directed|Reiterated|Decided|Regretted|Welcomed|Condemned|Requested|Encouraged|"
                        r"Underlined|Emphasi[sz]ed|Recalled|Acknowledged|Commended|Appealed|Invited|Affirmed|Deplored|"
                        r"Recogni[sz]ed|Agreed|Mandated|Tasked|Endorsed)\s")
_QUESTION_LABEL = re.compile(r"^\W*(?:q|question)(?:\s*(?:\([^)\n]{1,80}\)|\[[^\]\n]{1,80}\]))?\s*(?::|\s[-\u2013])\s*",
                             re.I)
_BEING_TOLD = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:also\s+|again\s+|then\s+)?$")


def _named_after(words: str) -> str:
    """Who a speaking verb after a quotation names: '..., said Minister Petrova.' -> 'Minister
    Petrova'; a bare name keeps the title that follows it ('said Rachel Tarrant, the UK's
    Minister for Europe'), so the speaker can be found and placed."""
    head, _, tail = words.strip(" .").partition(",")
    if tail and re.fullmatch(r"(?:[A-Z][\w'\u2019.-]*\s*){2,4}", head.strip()):
        # (where and when he said it is none of his post: '..., during a debate in the State Great Khural')
        tail = re.split(r",\s+(?:during|at|in|while|on|after|before|when|speaking|addressing)\b", tail)[0]
        return f"{head.strip()}, {tail.strip()}"
    return head.strip(" .")


_IN_HIS_VIEW = re.compile(r"^\W*in\s+(?P<who>his|her)\s+(?:view|opinion|words|assessment),", re.I)


_COORDINATED = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:has|have|had|also|then|later)\s+)*$")
# (not 'alleging' or 'saying', which hang on a noun as often: 'the statements made by X, alleging that ...')
_PARTICIPLE_AFTER = re.compile(r"(?:accusing|charging)\b", re.I)
_SAYING_AFTER = re.compile(r",\s+(?:saying|stating|adding|noting|arguing|stressing|declaring|asserting)\s+that\b")
_WORDS_BY = re.compile(r"\b(?:statements?|remarks|comments|report|letter|claims?)\b", re.I)
_OPENING_SUBJECT = re.compile(r"^\W*(?P<who>(?:[Tt]he\s+)?"
                              r"(?:(?:[A-Z][\w'\u2019.-]*|of|the|foreign|defen[cs]e|interior)\s+){0,5}"
                              r"(?:[A-Z][\w'\u2019.-]*|minister|president|ministry|government|spokes\w+|secretary|agency|office))\s+"
                              # ('The EU also raised ... and asked')
                              r"(?:(?:also|then|further|later|again|\w+ly)\s+)?"
                              r"(?:has|have|had|is|was|were|are|did|does|do|will|would|met|spoke|held|set|gave|made|\w+ed|"
                              r"talks|speaks)\b")


# a speaker taking its turn, whatever the verb: 'President Chaves, for his part, described ...'
_FOR_ITS_PART = re.compile(r"^\W*(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,5}[A-Z][\w'\u2019.-]*),\s*"
                           r"for\s+(?:his|her|its|their)\s+part,\s*[a-z]")
# 'Morocco recalls that His Majesty King Mohammed VI, in the Throne Day speech, once again extended
# a hand ..., calling for ...': what a titled person said or offered is theirs, not the recaller's
_RECALLED_ACT = re.compile(
    r"^\s+that\s+(?:the\s+)?(?P<who>(?:(?:His|Her)\s+(?:Majesty|Excellency|(?:Royal\s+)?Highness)\s+)?"
    r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'\u2019.-]*){0,4})(?:\s*,[^,;]{1,60},)?\s+"
    r"(?:(?:once\s+again|again|also|had|has|then|earlier|repeatedly|already)\s+)*(?=\w+ed\b)")
_RECALLING = re.compile(r"recall(?:s|ed)|remind(?:s|ed)|not(?:es|ed)", re.I)


def _recalled_speaker(sentence: str, verb: re.Match[str]) -> str | None:
    """The titled person a recalling lead-in tells of, when they are told to have spoken or
    offered something ('X recalled that President Y had proposed ...')."""
    if not _RECALLING.fullmatch(verb.group(0)) or not (inner := _RECALLED_ACT.match(sentence[verb.end():])):
        return None
    who = inner["who"].strip()
    # (or another state's body: 'The Ministry notes that the Turkish Ministry of National Defence, at its weekly
    # briefing this morning, denied that any violation had occurred')
    titled = who.split()[0].lower() in TITLE_WORDS or actor_of_adjective(who.split()[0]) is not None \
        and re.search(r"\b(?:Ministry|Government|Office|Department|Defen[cs]e|Army|Military)\b", who) is not None
    act = sentence[verb.end() + inner.end():]
    # ('The Committee noted that the Prime Minister had already offered India cooperation ...')
    spoke = SPEAKING.match(act) is not None or re.match(r"(?:extended|held\s+out)\s+(?:a|his|her)\s+hand\b|"
                                                         r"(?:offered|proposed)\b", act)
    return who if titled and spoke else None


_CONDITION_OPENS = re.compile(r"^\W*(?:if|unless|whether|as\s+long\s+as)\b", re.I)
_THAT_CLAUSE = re.compile(r"\bthe\s+fact\s+that\b|\b(?:notes?|noting|recalls?|recalling|underlines?|stresses)\s+that\b",
                          re.I)


# ('It is India that has rejected every offer of mediation': the voice's charge)
_CLEFT_SUBJECT = re.compile(r"^\W*(?:\w+,\s*)?it\s+(?:was|is|has\s+been)\s+[^,;]{1,60}?\s+(?:that|who)"
                            r"(?:\s+(?:has|have|had))?\s*$", re.I)


_ASKED_ABOUT = re.compile(r"^\W*Asked\s+(?:about|whether|if|to\s+comment)\b")
# an act told, then whose verdict on it a clause gives: '..., in a campaign the Government considers deliberate'
_JUDGED_BY = re.compile(r"(?:,\s*|\s)(?:in|as|with|through)\s+(?:a|an|the|this|what)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?P<who>the\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s*$")


_AS_ALSO_ASKED = re.compile(r"\w[^,;]{40,},\s+as\s+[^,;]{2,80}?(?:\s+(?:has|have|had|also|repeatedly|long))*\s*$")


# the speaking verb right after an aside: '..., according to the Georgian side, said that'
_SAID_NEXT = re.compile(r"\s*(?:also\s+|has\s+|had\s+|\w+ly\s+)*(?:said|says|told|stated|added|noted|stressed|"
                        r"insisted|argued|warned|maintained)\b")


def attribution(sentence: str) -> tuple[bool, str]:
    """Does the sentence attribute its statement to a speaker, and if so what text names
    the speaker (the words before the first speaking verb: 'Minister Fidan' in 'Minister Fidan
    said that ...')? First-person and 'the Ministry ...' sentences speak in the document's
    own voice; a sentence with no speaking verb ('the militia shelled the town') too. A
    quotation that opens the sentence is the words of whoever the text after it names."""
    opened = sentence[wire_dateline_end(sentence):]
    sentence = LEAD_IN.sub("", TOPIC_LABEL.sub("", opened, count=1), count=1)  # ('The nuclear file: Mr. X set out')
    sentence = _QUESTION_LABEL.sub("", sentence, count=1)  # a journalist's question: whoever it quotes
    if _CONCEDING.match(sentence):
        return False, ""  # 'Whatever the Chinese side says about its intentions, the violation is a fact': the voice's
    if came := _CAME_FROM.match(sentence):
        return True, came["who"]  # 'Calls for ... came from X': not a communiqué's 'Calls on ...'
    if (relayed := relayed_holder(sentence)) is not None:
        return True, relayed  # the stance is the relayed side's, not the teller's
    if _OPERATIVE.match(sentence):
        return False, ""  # '4. Takes note of the assertion by the AFR ..., and stresses ...': the issuer's
    if (view := _IN_HIS_VIEW.match(sentence)) and speaking_verb(sentence) is None:
        # 'In his view, it is above all the war that ...': he who spoke last
        return True, {"his": "he", "her": "she"}[view["who"].lower()]
    label = SPEAKER_LABEL.match(sentence)
    if label and not re.fullmatch(r"(?:a|answer|spokesperson|moderator)", label["who"], re.I):
        return True, label["who"]  # a transcript's 'Official Spokesperson, Shri Randhir Jaiswal: ...'
    quoted = _QUOTE_FIRST.match(sentence)
    if quoted:
        rest = quoted.group("rest")
        m = SPEAKING.search(rest)
        # '"...," Nigerian President Bola Tinubu told the summit'; '"...," said Minister Petrova'
        who = (rest[: m.start()].strip(" ,") or _named_after(rest[m.end():])) if m else ""
        if who:
            return (False, "") if FIRST_PERSON.match(who) else (True, who)
    if (acted := _PRONOUN_ACTED.match(sentence)) is not None:
        # 'She questioned the state of emergency that Noboa declared ...': hers, not whom its object's clause names
        return True, f"{acted['who']} "  # (as the lead-in before a speaking verb reads: 'He ')
    m = speaking_verb(sentence)
    passive = _PASSIVE_STANCE.search(sentence)
    if passive and _THAT_CLAUSE.search(sentence[: passive.start()]):
        passive = None  # 'takes note ..., and of the fact that the decision has been rejected by X': X is no speaker
    if passive and (m is None or passive.start() < m.start() or _ASIDE.search(sentence[: m.start()])):
        return True, passive["who"]  # "Statements by Iranian officials ... were rejected by the Director General"
    stance = _SUBJECT_STANCE.search(sentence)  # 'President Macron praised ..., and asked Egypt to ...'
    opening = sentence[: stance.start()] if stance else ""
    if stance and (m is None or stance.start() < m.start()) and "," not in opening \
            and len(opening.split()) <= _SUBJECT_WORDS:
        m = stance
    elif m is None and (turn := _FOR_ITS_PART.match(sentence)):
        return True, turn["who"]  # 'President Chaves, for his part, described the arrangements ...': his account
    elif m is None:
        # 'Premier Li set out China's perspective on these issues, stating that ...': with no speaking
        # verb of its own, the sentence is the words of the subject its 'stating' hangs on
        said = _SAYING_AFTER.search(sentence)
        subject = _OPENING_SUBJECT.match(sentence[: said.start() + 1]) if said else None
        return (True, subject["who"]) if subject and not _WORDS_BY.search(sentence[: said.start()]) else (False, "")
    before = ASIDE_TURN.sub(" ", sentence[: m.start()])  # 'The SAF, for their part, maintain': 'The SAF'
    if m is stance and _INSIDE_QUOTE.match(before):
        # '"The text is ready ..., and Armenia is ready to begin ...": a stance inside a quotation is the
        # quoted speaker's words (not '"Russia told the whole world that ...', the other side's claim he tells)
        return False, ""
    if m.group(0).lower() == "according to":
        before = sentence[m.end() : m.end() + 80].split(",")[0]
        if _BY_THE_RULES.match(before):
            return False, ""  # '..., according to the timetable agreed in Washington': a rule, no speaker
        comma = sentence.find(",", m.end())
        if comma > 0 and re.search(r"\w,\s*$", sentence[: m.start()]) and len(sentence[: m.start()].split()) <= 6 \
                and _SAID_NEXT.match(sentence, comma + 1):
            # an aside: 'Prime Minister Orbán, according to the Georgian side, said that ...' is his
            told = attribution(f"{sentence[: m.start()].rstrip(', ')} {sentence[comma + 1 :].lstrip()}")
            if told[0]:
                return told
        rest = attribution(sentence[comma + 1 :]) if comma > 0 else (False, "")
        # ('according to figures gathered by our office in Port-au-Prince': the speaker's own source)
        if not re.search(r"[A-Z]", before) or rest[0] or re.search(r"\b(?i:our|my)\b", before):
            # 'According to initial information, ...': no one but the voice tells it, unless the rest
            # names a speaker ('According to diplomatic sources, Ankara ... continued to insist that ...';
            # 'According to the Chilean delegation, President Lagomarsino maintained that ...': he holds it)
            return rest
    before = before.rpartition(";")[2]  # '..., whom X accuse of espionage, are held; the President reiterated'
    # '... to export grain through the Black Sea, but Turkish President Tayyip Erdogan said': the one after 'but'
    before = re.split(r",\s+(?:but|while|whereas|yet)\s+(?=(?-i:[A-Z]))", before)[-1]
    # ('... the ports of Arica and Antofagasta, where the Bolivian President pointed to delays ... and called
    # for': the subject of the clause that speaks, not the places before it)
    before = re.split(r",\s+(?:where|during\s+which|in\s+which|at\s+which)\s+(?=the\s+|(?-i:[A-Z]))", before)[-1]
    if (_COORDINATED.search(before) or _PARTICIPLE_AFTER.match(sentence, m.start()) and before.rstrip().endswith(",")
            and not _WORDS_BY.search(before)) and (subject := _OPENING_SUBJECT.match(before)):
        # ('Peru declared Mexico's ambassador persona non grata ..., accusing Mexico's government of meddling':
        # the subject of the clause the participle hangs on speaks, not the ambassador it names)
        # 'Minister Pandor has been in contact with her Nigerian counterpart, Mr X, and has requested':
        # the subject of both verbs speaks, not the name inside the first one
        before = subject["who"]
    if _AS_ALSO_ASKED.search(before) and re.match(r"(?:requested|demanded|urged|asked|called|recommended)\b",
                                                  sentence[m.start():], re.I):
        return False, ""  # 'X and Y call on Russia to ..., as the ICAO Council has requested': not the Council's ask
    if _BEING_TOLD.search(before) and m.group(0).lower() in ("told", "informed", "assured", "reminded"):
        return False, ""  # "Bangladesh's Deputy High Commissioner was told that we expect ...": no speaker, but told
    if re.search(r"\bwhat\s+(?:it|he|she|they)\s+$", before) and (subject := _OPENING_SUBJECT.match(before)):
        return True, subject["who"]  # "Russia's foreign ministry summoned ..., to protest against what it called ..."
    if _CLEFT_SUBJECT.search(before):
        return False, ""  # 'Third, it was Egypt that declared the end of the talks': Egypt acts, the voice tells it
    if EMBEDDED_SAYERS.search(before):
        return False, ""  # 'rallied against a bill that critics say would stifle ...': the report's own line
    if _VOICE_FRAME.search(before):
        # 'It is also noteworthy that the report says little about ...', '... the rule of law which the European
        # Parliament claims to defend': the voice's own words about what another says
        return False, ""
    if _AS_CITED.search(before) and _CITED_VERB.match(sentence[m.start():]):
        return False, ""  # '..., as the Constitutional Court affirmed last year': the voice cites a source
    if recalled := _recalled_speaker(sentence, m):
        return True, recalled  # ('We recall that ...', 'The Ministry notes that ...': the one recalled spoke)
    if FIRST_PERSON.match(before) or not before.strip() or _CONDITION_OPENS.match(before) and "," not in before:
        return False, ""  # ('"If Russia really wants silence, it can prove it ...": a condition, not Russia speaking)
    if (OPENING_PARTICIPLE.match(sentence) is None and OPENING_PARTICIPLE.match(opened) or _ASKED_ABOUT.match(opened)) \
            and "," in before:  # ('Asked about the remarks of ..., who stated ..., Shri Jaiswal said')
        # 'Responding to commentary alleging that A, in particular B, is directed against C, the Minister
        # stated': the participle's clause runs on past its commas, and the subject after them speaks
        # (the name of an apposition, 'Asked whether ..., the country's foreign minister, Carlos Ramiro Martínez, told')
        pieces = before.rstrip(" ,").split(",")
        before = before.rpartition(",")[2] if before.rpartition(",")[2].strip() else ",".join(pieces[-2:])
    told, _, sayer = before.rpartition(",")
    sayer = re.sub(r"\s+(?:has|have|had)\s*$", " ", sayer)  # '..., the UN's human rights office has said, in ...'
    if told and re.match(r"\s*(?:and|but)\s+(?:\w+ly\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s", sayer):
        return False, ""  # '... made by the Canadian Prime Minister ..., and were completely rejected': the voice's
    # ('..., the South Korean military said Sunday, hours after ...': a day between the verb and the comma)
    # ('..., the Group of Human Rights Experts on Nicaragua (GHREN) said in a report released today.': a body's name)
    if told and 0 < len(sayer.split()) <= (10 if re.match(r"\s*the\s+(?-i:[A-Z])", sayer, re.I) else 5) \
            and re.match(r"\s*(?:on\s+)?(?:(?-i:[A-Z])[a-z]+day|today|yesterday)?\s*(?:in\s+a\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:report|statement)(?:\s+(?:released|issued|published))?(?:\s+\w+)?)?\s*[,.;]",
                         sentence[m.end():]):
        # 'Israel struck targets in Iran early Saturday, its military said.': the one named last speaks;
        # 'its' is the subject's
        before = " ".join(told.split()[:3]) if re.match(r"\s*(?:its|their)\b", sayer, re.I) else sayer
    elif told and re.fullmatch(r"\s*(?:he|she)(?:\s+(?:also|then|further|again))?\s*", sayer, re.I):
        before = sayer  # 'Regarding reports, attributed to X, that ..., he affirmed that ...': he speaks
    elif (judged := _JUDGED_BY.search(before)) is not None:
        before = judged["who"]  # '..., in a campaign the Government considers deliberate': the Government's verdict
    if _FIRST_PERSON_SUBJECT.search(before):
        return False, ""
    # "The Commission's annual rule of law report found that Hungary had ..., and said": the report's finders
    before = before[: found.start()] if (found := _FOUND_THAT.search(before)) is not None else before
    # (not a 'but' inside the words quoted: 'emphasised that Tashkent "does not oppose ..., but cannot accept ..."')
    if _VOICE_ANSWERS.search(_QUOTED.sub('""', sentence[m.end():])):
        return False, ""  # 'Beijing says it is neutral, but neutrality cannot mean ...': the voice answers
    # 'As His Excellency President Dr. Mohamed Irfaan Ali has repeatedly made clear, ...': he speaks
    return True, re.sub(r"^\W*(?:As|While|Whereas|Since|Although)\s+(?=[A-Z])", "", before)


_FOUND_THAT = re.compile(r"\s+(?:found|concluded|established|determined|showed)\s+that\b")
_VOICE_FRAME = re.compile(r"^\W*it\s+is\s+(?:also\s+|equally\s+|particularly\s+)?(?:noteworthy|notable|regrettable|"
                          r"unfortunate|ironic|telling|striking|remarkable|curious|significant|clear|evident|obvious)"
                          r"\s+that\s|\S[^,;]{10,}\s(?:which|whom)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,5}$", re.I)
# unnamed sayers inside a relative clause of the report's own line
EMBEDDED_SAYERS = re.compile(r"\S\s+[^,]{10,}\b(?:that|which|what)\s+(?:some\s+|many\s+)?(?:critics|analysts|"
                              r"observers|experts|opponents|activists|rights\s+groups|diplomats|residents|witnesses)\s*$|"
                              # ('... was charged with treason in a case the party says is designed to silence ...')
                              r"\S\s+[^,]{10,}\b(?:a|an|the)\s+(?:case|move|decision|ruling|law|bill|process|vote|step|"
                              r"measure|charges?|plan|trial)\s+(?:that\s+|which\s+)?(?:the\s+|its\s+|his\s+|her\s+)?"
                              r"[\w-]+(?:\s+[\w-]+)?\s*$")
# a whole clause, then the source it agrees with: '..., as the Constitutional Court affirmed'
# ('..., as Mr Blinken asserted' after 'Nor is it true that ...' names whose claim is denied)
_AS_CITED = re.compile(r"\S\s+[^,]{20,},\s+as\s+(?:the\s+)?[^,]{2,60}$")
_CITED_VERB = re.compile(r"^\s*(?:has\s+|have\s+|had\s+)?(?:affirmed|ruled|confirmed|recogni[sz]ed|found|established|"
                         r"upheld|determined|concluded)\b")
# a turn to a second clause with a subject of its own: ', and Washington repeated ...', '; the EU ...'
_CLAUSE_TURN = re.compile(r"(?:,\s*(?:and|while|whereas)|;)\s+(?=[A-Z]|the\s)")
_RESTATED = re.compile(r"\b(?:repeated|restated)\b")  # 'Washington repeated its backing': its stance again


def second_clause(sentence: str) -> tuple[int, int, str] | None:
    """Where the turn to a second clause that opens with its own speaker begins and ends, and the words that name
    the speaker ('Brussels said it would keep supporting the effort, and Washington repeated
    its backing for reunification' -> 'Washington'; 'Kosovo wants recognition first, while
    Serbia wants ...' -> 'Serbia'). Whether those words name another side is the caller's to say."""
    for turn in _CLAUSE_TURN.finditer(sentence):
        clause = sentence[turn.end():]
        verbs = [m for m in (speaking_verb(clause), _SUBJECT_STANCE.search(clause), _RESTATED.search(clause)) if m]
        if not verbs:
            continue
        subject = clause[: min(m.start() for m in verbs)]
        if 0 < len(subject.split()) <= 5 and "," not in subject and not _FIRST_PERSON_SUBJECT.search(subject):
            return turn.start(), turn.end(), subject
    return None

