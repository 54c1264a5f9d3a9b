"""Lines that state nothing: a call or meeting reported, a host's or a statement's lead-in,
a speech's signposts and salutations (SPEC 2: procedural lines are not positions)."""

from __future__ import annotations

import re

from summariser.report_lines import SCHEDULED, UNSAID, UNVERIFIED

_PROCEDURAL = re.compile(
    r"\b(spoke|speaks|held (a |an )?(\w+,? ){0,3}?(telephone |phone |video )?"
    r"(call|conversation|talks?|meeting|consultations?|summit|session|discussions?|assessment)|"
    # 'The talks were facilitated by ...', 'The Sultanate of Oman today hosted talks in Muscat between ...'
    r"(?:talks|meeting|call|conversation|session|discussions|summit|conference)\s+(?:was|were)\s+(?:facilitated|hosted|chaired|"
    r"moderated|mediated)\s+by|hosted\s+(?:the\s+)?(?:[\w-]+\s+)?talks\s+(?:in\s+\w+\s+)?between|"
    r"(?:overview|outline|summary|gist)(?: of the (?:talks?|call|meeting|conversation))? (?:is|was) as follows|"
    # who else was there: '... and the Foreign Minister of Sri Lanka were also present'
    # ('The following Member States were represented at the level of Head of State', '... attended as an observer')
    r"(?:was|were)\s+(?:also\s+)?(?:present|in attendance)|also\s+(?:attended|took part)\b|"
    r"(?:was|were)\s+(?:also\s+)?represented\s+(?:at\s+(?:the\s+)?(?:level|meeting|session|summit)|by)\b|"
    r"(?:attended|participated|took\s+part)\s+(?:in\s+the\s+\w+\s+)?as\s+(?:an?\s+)?observers?\b|"
    # '... of Benin, Cabo Verde, ... and Togo took part.': who was there, said last (not '... monitoring
    # in which Chinese experts have participated')
    r"^[^,]*(?:,[^,]*){0,12}?(?<!\bwhich )(?<!\bwho )(?:\w+\s+)?\btook\s+part(?=\W*$)|"
    r"(?:talks|meeting|call|conversation|session|ceremony)\s+(?:was|were)\s+(?:also\s+)?attended\s+by|"
    # 'The Saudi delegation was led by', 'The Pakistani delegation included ...'
    r"^\W*(?:the\s+)?[A-Z]\w+\s+delegation\s+(?:(?:was|were)\s+(?:led|headed)\s+by|included|comprised|consisted\s+of)\b|"

    # a state visit's ceremonies: 'Xi held a welcome ceremony for Lula', 'hosted a welcome banquet for',
    # 'witnessed the signing of more than a dozen cooperation documents', '..., among others, attended the events.'
    r"\bamong\s+those\s+who\s+(?:addressed|spoke\s+at|attended)\s+the\s+\w+\s+(?:were|was)\b|"
    r"(?:held|hosted)\s+(?:a|an)\s+(?:grand\s+|official\s+|state\s+)?(?:welcome\s+)?(?:ceremony|banquet|dinner|luncheon)\s+"
    r"(?:for|in\s+honou?r\s+of)|witnessed\s+the\s+signing\s+of|"
    r"(?:,\s+among\s+others,\s+|\s)(?:also\s+)?attended\s+(?:the\s+)?(?:above\s+)?(?:events?|talks|meetings?|"
    r"ceremon(?:y|ies)|banquet|activities)(?=\W*$)|"
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )met(?!\s+by\b)( with)?|"  # not 'were met by'
    r"meeting|(telephone|phone) (call|conversation)|made a (phone |telephone )?call|"
    r"paid an? (\w+ )?(visit|call)|"  # 'paid a courtesy call on Premier Li Qiang'
    r"convened (the |an? )?([\w-]+ ){0,2}(cabinet|council|committee)(?=( (this|on|at|following|after)\b[^,;]*)?\W*$)|"
    # 'The President made these remarks this evening while speaking to the media', 'was accompanied on the
    # State Visit by First Lady ...'
    r"made (these|the|his|her) remarks|(?:was|were) accompanied (?:on [^.;]{1,40} )?by|"
    # '... Vijitha Herath and several senior officials accompanied the President.'
    r"\baccompanied (?:the|him|her) (?:President|Prime Minister|Minister|Foreign Minister|Secretary|King|Emir|"
    r"delegation)\b(?=[^.;]{0,60}\.?\s*$)|"
    r"(?:has|have) been informed (?:of|about)|"  # 'Greece has been informed of the signing today in Tripoli'
    # 'Prime Minister Mikati followed developments through a series of calls ... and was briefed on ...'
    r"followed (?:the )?(?:latest )?developments|(?:was|were) briefed (?:on|about|by)|"
    r"exchanged (views|opinions|information)|exchange of (views|information)|discussed|took stock|the call was|readout|"
    # 'The two sides had candid, substantive, and constructive discussions on key issues in ...'
    r"\bhad\s+(?:an?\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:discussions|talks|exchanges?)\s+(?:on|about|regarding)\b|"
    # 'The two leaders focused on the situation around the Black Sea Initiative ...': a topic, no stance
    r"(?:leaders|sides|parties|ministers|presidents|interlocutors|talks|conversation|discussion|call)\s+"
    r"(?:mainly\s+|primarily\s+|largely\s+)?(?:focused|focussed|centred|centered|concentrated)\s+on\s+(?:the\s+)?"
    r"(?:situation|developments|issues?|questions?|topics?|matters?|state)\b|"
    # 'The two ministers reviewed the follow-up to recent high-level exchanges ...'
    r"reviewed\s+(?:the\s+)?(?:follow-up|progress|implementation)\s+(?:to|of|in|made|on)\b|"
    # 'reviewed the partnership between France and Senegal', '... the state of bilateral relations': a topic
    r"reviewed\s+(?:the\s+)?(?:state\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|relations|cooperation|ties|agenda)"
    r"(?:\s+between\b[^.;,]{1,60}?|\s+and\s+the\s+progress\s+of\b[^.;]{1,160}?|)"
    # ('..., including:', '..., with particular attention to the following topics:': a list of topics follows)
    r"(?:,?\s+(?:including|notably)|,?\s+with\s+(?:particular|special)\s+(?:attention|focus|emphasis)\s+(?:to|on)\s+"
    r"the\s+following\s+\w+)?(?=\W*$)|"
    # 'The situation in Ukraine was also touched upon', 'The two ministers also touched upon:' (a list follows)
    r"(?:was|were)\s+(?:also\s+|briefly\s+)?touched\s+(?:up)?on|\btouched\s+(?:up)?on(?=\s*:?\s*$)|"
    # 'conveyed the greetings of His Highness the Amir ..., and His Excellency the Prime Minister reciprocated them'
    r"\b(?:conveyed|exchanged|extended|reciprocated)\s+(?:the\s+)?(?:\w+\s+)?greetings\b(?![^.;]*\b(?:urged|called|stressed))|"
    # an update given: 'President Zelenskyy updated the Prime Minister on the situation on the front line'
    r"\b(?:updated|briefed|informed)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:on|about|of)\s+"
    r"(?:the\s+)?(?:latest\s+)?(?:situation|developments|progress|results|outcome|status|course|damage|state|"
    r"discussions|talks|negotiations|contacts|meetings?)\b|"  # ('... on the latest discussions with the United States')
    # the tone of the talk: 'The conversation was constructive and businesslike.'
    r"^\W*[Tt]he\s+(?:telephone\s+|phone\s+)?(?:conversation|call|talks|exchange|discussion)\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:constructive|businesslike|business-like|frank|friendly|substantive|productive|cordial|warm|useful|"
    r"detailed|candid|positive|meaningful|open|trust-based|substantial)\b(?:,?\s+(?:and\s+)?[\w-]+)*(?=\W*$)|"
    r"(?:the (call|conversation|meeting|talks)|^\W*[Ii]t) lasted|"  # ('It lasted about 35 minutes.')
    r"(?:call|conversation|meeting|talks|visit)\s+took\s+place|"
    r"(?:the\s+)?(?:call|conversation|meeting|talks)\s+(?:was|were)\s+held|"
    # 'the first-ever Summit in the "Central Asia - European Union" format was held in Samarkand'
    # ('It was attended by the members of the Executive Committee and by ... Member States.')
    r"(?:summit|session|forum|conference)\b[^.;]{0,60}?\s+(?:was|were)\s+(?:held|attended\s+by)|^\W*it\s+was\s+(?:also\s+)?"
    r"attended\s+by|held\s+(?:separate\s+|bilateral\s+)?meetings\s+with|"  # ('... attended the session, which ...')
    r"\battended\s+the\s+(?:[\w-]+\s+)?(?:session|summit|meeting|conference|ceremony|talks)\b(?![^.;]*\b(?:said|stressed|urged))|"
    # 'The Authority ... held its Sixty-Sixth Ordinary Session in Abuja on 15 December 2024, under the chairmanship of'
    r"\bheld\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:session|summit|meeting|conference|congress)\s+in\s+"
    r"(?-i:[A-Z])\w*|"
    r"(?:press\s+)?(?:statement|readout|communiqu\w+)\s+(?:was|is)\s+issued|"
    # an agency's frame for the statement it carries: '... (SNSC) released a statement on Monday night after ...'
    r"(?:released|issued|published|put\s+out)\s+a\s+(?:[\w-]+\s+)?statement\s+(?:on\s+(?:\w+day|\d)|after|"
    r"following|late|early|earlier|today|yesterday|this\s+(?:morning|afternoon|evening|week)|last\s+\w+|overnight)\b|"
    # the Kremlin's content-free lines: 'Opinions were also exchanged on ...', 'Olaf Scholz set out Berlin's
    # approaches to the issue.', 'It was agreed that the aides of the two leaders would maintain contact.'
    r"(?:views|opinions)\s+were\s+(?:also\s+)?exchanged|"
    r"(?:set|sets)\s+out\s+(?:[\w'\u2019]+\s+){1,2}(?:approach(?:es)?|positions?|views?)\s+(?:to|on)\s+(?:the|this)\s+"
    r"(?:issue|matter|question|subject)(?=\W*$)|(?:would|will)\s+(?:maintain\s+(?:close\s+)?contacts?|"
    r"(?:stay|remain|keep)\s+in\s+(?:close\s+)?(?:contact|touch))(?=\W*$)|"
    # 'This afternoon, the China Coast Guard published its own account.' (what it said follows)
    r"(?:published|issued|released|gave|put\s+out|offered)\s+(?:its|their|his|her)\s+own\s+(?:account|version)(?=\W*$)|"
    # 'China offered a starkly different version.' (its account follows)
    r"(?:offered|gave|presented|provided|put\s+forward|has|had)\s+(?:a|an)\s+(?:\w+ly\s+)?(?:different|contrasting|"
    r"conflicting|opposing|competing|contradictory)\s+(?:account|version|narrative)(?=\W*$)|"
    # 'The talks began in a one-on-one format and continued with the participation of the delegations.'
    r"(?:began|started|continued|were\s+held|took\s+place)\s+in\s+(?:a\s+|the\s+)?(?:one-on-one|t[\u00eae]te-[\u00e0a]-"
    r"t[\u00eae]te|restricted|narrow|expanded|extended|enlarged)\s+format|"
    r"briefed (his|her|its|their|the) (counterparts?|colleagues|ministers|members|council) on the \w+(?=\W*$)|"
    r"agreed to (remain|stay|keep) in (close )?(contact|touch)|"
    # a wire's note that someone said nothing: 'did not immediately respond to a request for comment'
    # ('Neither government responded to Reuters requests for further comment on Thursday.')
    r"(?:(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not)\s+(?:immediately\s+)?(?:respond|reply|responded|replied)|"
    r"\bneither\s+(?:[\w-]+\s+){1,3}?(?:responded|replied))"
    r"\s+to\s+(?:a\s+|several\s+)?(?:[A-Z][\w'-]*\s+){0,4}requests?\s+for\s+(?:further\s+)?comment|"
    # the wire's 'immediately' makes any silence a note: 'did not immediately respond to the offer of ...'
    r"(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not)\s+immediately\s+(?:respond|reply|comment|responded|replied|commented)\b|"
    r"(?:declined|refused)\s+to\s+comment|could\s+not\s+(?:immediately\s+)?be\s+reached|"
    r"(?:did\s+not|didn't|has\s+not|have\s+not)\s+(?:yet\s+)?comment(?:ed)?\s+(?:directly\s+|publicly\s+)?on\s+the\s+\w+(?=\W*$)|"
    r"there\s+(?:was|has\s+been)\s+no\s+(?:immediate\s+)?(?:response|comment|reaction)\s+from|"
    # a briefing's own lead: 'The following is a near-verbatim transcript of today's noon briefing by ...'
    r"(?:near-verbatim\s+|full\s+)?transcript\s+of\s+(?:today's\s+|the\s+)?(?:noon\s+|daily\s+|press\s+)?briefing|"
    r"agreed to (maintain|continue) (their |the )?contacts?|"
    # a briefing's own frame: 'She then took questions from domestic and foreign correspondents.',
    # 'Below are the Spokesperson's answers to questions relating to the East Sea.', 'At the opening
    # of the press conference, Spokesperson ... informed reporters of the upcoming external activities'
    r"(?:took|take|takes|taking|fielded|fielding|answered|answering)\s+(?:a\s+few\s+|several\s+|some\s+)?"
    r"questions\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:reporters|journalists|correspondents|press|media)|"
    r"(?:below|following|here)\s+(?:are|is)\s+(?:the\s+)?[\w'\u2019 ]{0,40}?\b(?:answers?|responses?|replies|"
    r"remarks|excerpts?)\s+(?:to|from|at)\b|"
    r"informed\s+(?:the\s+)?(?:reporters|journalists|correspondents|press|media)\s+(?:of|about)\s+(?:the\s+)?"
    r"(?:upcoming|forthcoming|coming|schedule)|"
    # 'We have seen the remarks made by ...' (what follows answers them; not '... alleging that'), a closing formula
    r"(have|has) (seen|noted|taken note of) (the |these |those |media |press )?(remarks|reports?|statements?|"
    r"comments|article)(?!(?:[^.;]|\.(?!\s*$))*\b(?:(?:alleg|claim|accus|assert|suggest|insinuat)\w*|"
    r"(?:stated|said|saying|stating|argued|arguing)\s+that|objecting|objected|protesting|opposing))|"
    # (not 'appeals to the Commonwealth ... to remain seized of the matter': that asks them)
    r"((?<!to )remains?|(?:decides?|decided|agreed?|resolved?|continues?|continue)\s+to\s+remain) (actively )?"
    r"seized of|"
    # a host's line ('I hosted President ...', 'Erdoğan received President ...'), a statement's lead-in
    r"(?-i:hosted|received)\s+(?:the\s+)?(?:(?-i:[A-Z])\w*|a\s+delegation\s+(?:led\s+by|of|from)\b)|"
    r"(?:issu(?:es|ed|ing)|made|released|delivered)\s+the\s+following|"
    r"following\s+(?:joint\s+)?statement\s+was\s+(?:released|issued)\s+by|"  # a media note's line
    # a readout's attribution line: 'The following is attributed to Spokesperson ...:'
    r"the (following|below) (statement |readout |text )?(is|was|can be) (attributed to|attributable to|issued by)|"
    r"the following is the (full )?text of|"
    r"the following (is|are) (an? )?(excerpts?|extracts?)(?: (of|from) the transcript|(?=\W*$))|"
    r"not an official record|for information media|"  # the UN's meetings coverage, atop every release
    # a spokesperson's deflection: 'I would refer you to the competent authorities for specifics.', 'I have no
    # information to offer on that.', "I'm not going to get ahead of ... on that.", 'Look, we have been very clear.'
    r"not\s+going\s+to\s+get\s+ahead\s+of\b|we(?:['\u2019]ve|\s+have)\s+been\s+(?:very\s+|quite\s+)?clear(?=\W*$)|"
    r"(?:would\s+|'d\s+|will\s+)?refer\s+you\s+to\s+(?:the\s+)?(?:competent|relevant|responsible)\s+"
    r"(?:authorit(?:y|ies)|departments?|agenc(?:y|ies))|"
    r"(?:have|has)\s+no\s+(?:further\s+)?information\s+(?:to\s+(?:offer|share|release|provide)|on|about)|"
    # ("I'm not aware of the specifics.")
    r"(?:i['\u2019]m|i\s+am|we\s+are|we['\u2019]re)\s+not\s+aware\s+of\s+(?:the\s+)?(?:specifics|details|"
    r"specific\s+situation|situation|reports?|that|this|it|what\s+you\s+(?:mentioned|said|described))(?=\W*$)|"
    # 'I am authorized to make public this statement' (a KCNA statement's opening)
    r"authori[sz]ed to (make public|release|issue|publish) (this|the following|a) (press )?statement)\b",
    re.I,
)
_STANCE = re.compile(
    r"\b(welcom\w*(?!\s+(?:ceremony|banquet|dinner|luncheon|reception)\b)|condemn\w*|reject\w*|support\w*|oppos\w*|"
    r"(?<!mutual )(?<!common )concern\w*|stress\w*|underscor\w*|"
    r"(?<!with an )(?<!with particular )emphasi\w*|in favou?r of|"  # not 'views on X, with an emphasis on Y'
    r"reaffirm\w*|commit(?:s|ted|ting|ments?)?|insist\w*|violat\w*|aggress\w*|"  # not 'Committee'
    r"warn\w*|regret\w*|deplor\w*|urg(?!ent need)\w*|(?<!courtesy )call\w* (on|for)|"
    r"demand\w*|denounc\w*|accus\w*|den(y|ies|ied)|will|must|should|firm\w*|importance|ready\s+to|"
    # a charge rebutted is no meeting's report: "Moscow's claim that it targeted a meeting ... is a cynical lie"
    r"lies?|lying|false\w*|baseless|groundless|unfounded|fabricat\w*|claim(?:s|ed)?|"
    # ('Minister Farias pressed for a clear timetable ..., maintaining that Brasília "has met every benchmark"')
    r"press(?:es|ed|ing)?\s+for|maintain(?:s|ed|ing)?\s+that|argu(?:e|es|ed|ing)\s+that|"
    r"(?:which|who)\s+(?:said|announced|decided|declared)|"  # '... chaired a meeting of the NSC, which said ...'
    # an ask made at the meeting it reports: 'and invited him to take part in the meeting'
    r"invit(?:e|es|ed|ing)(?!\s+by\b)|request(?:s|ed)?(?=\s+(?:that|the|an?|all)\s)|offer(?:s|ed|ing)?(?=\s+(?:to|\w+['\u2019]s|his|her|its|their)\b)|"
    r"propos(?:e|es|ed|ing)(?!\s+by\b))\b",
    re.I,
)


# A speech's signposts and salutations: 'Let me speak about our children.', 'Finally, a word
# about this Organisation itself.', 'Mr. President, Excellencies, distinguished delegates.'
_SIGNPOST = re.compile(
    r"^\W*(?:(?:let me|allow me|permit me)\s+(?:now\s+|also\s+)?(?:begin|start|end|turn|speak|say this|say a word|"
    r"conclude|close|return)\b|(?:finally|lastly|first|second|third),?\s+a word\b|i (?:would like|wish|want) to "
    # 'Now to another subject.' at a briefing
    r"(?:begin|start|end|conclude|turn)\b|(?:and\s+)?now,?\s+(?:to|on\s+to|turning\s+to)\s+(?:another|a\s+different|"
    r"one\s+more|my\s+last)\s+(?:subject|topic|issue|matter)\W*$|i (?:would like|wish|want) to "
    r"(?:begin|start|end|conclude|turn)\b|thank you(?: all| very much| so much)?(?: for (?:being here|coming|"
    r"joining us|your attention|having me))?\W*$)", re.I)
_ADDRESSED_AS = re.compile(r"^(?:mr\.?|mrs\.?|madam|madame|mister|your|excellenc\w+|distinguished|ladies|heads? of|"
                           r"dear|honou?rable|esteemed|fellow|members of|my fellow)\b", re.I)


def _salutation(text: str) -> bool:
    """'Mr. President of the General Assembly, Mr. Secretary-General, distinguished delegates.':
    every comma-separated piece addresses someone."""
    pieces = [p.strip() for p in text.rstrip(".!: ").split(",") if p.strip()]
    if not pieces or not all(_ADDRESSED_AS.match(p) for p in pieces):
        return False
    # not a report that opens with a titled name: 'Mr Lin urged Manila to stop ...', nor a sentence
    # whose subject is an address's words: 'Members of the European Parliament ... accused the Commission'
    return not ((_TITLED.match(pieces[0]) or len(pieces) == 1 and re.match(r"members\s+of\b", pieces[0], re.I))
                and (len(pieces[0].split()) > 10 or _A_VERB.search(text)))

_TITLED = re.compile(r"^(?:mr|mrs|ms|mister|madam|madame)\b\.?", re.I)
_A_VERB = re.compile(r"\b(?:said|says|urged|urges|added|told|called|calls|is|was|are|were|has|have|had|will|would|"
                     r"stated|noted|asked|accused|rejected|condemned|warned|denied|insisted)\b", re.I)

# a transcript's label with nothing after it but an elision ('Spokesperson Mumtaz Zahra Baloch: ...')
# (every word capitalised: not 'The Council calls on all parties to:', whose list follows)
_LABEL_ONLY = re.compile(r"^\W*(?:[A-Z][\w.'\u2019-]*\s+){0,6}[A-Z][\w.'\u2019-]*:"
                         r"\s*(?:\.{3}|\u2026|\[\s*\.{3}\s*\]|\(\s*\.{3}\s*\))?\s*$")

# who else was there, and nothing more: 'The President was accompanied on the State Visit by First
# Lady ...', '... and the Foreign Minister of Sri Lanka were also present', 'The meeting was attended by ...'
_PRESENCE = re.compile(r"\b(?:(?:was|were)\s+accompanied\b|accompanied\s+(?:by|the|him|her)\b|"
                       r"(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b|also\s+(?:attended|took\s+part)\b|(?:was|were)\s+attended\s+by\b)")


def only_presence(text: str) -> bool:
    """Does the line only say who was there (no stance beside it)?"""
    return bool(_PRESENCE.search(text)) and not _STANCE.search(text)


def procedural(text: str) -> bool:
    """A line that only reports that a call or meeting happened ('spoke by telephone',
    'exchanged views'), or only steers a speech ('Let me end where I began.', a salutation):
    no stance in it."""
    if len(text.split()) <= 12 and ":" not in text and _SIGNPOST.search(text) or _salutation(text):
        return True
    if _LABEL_ONLY.match(text) or _DATE_AND_PLACE.match(text):
        return True  # 'Spokesperson Mumtaz Zahra Baloch: ...' (her words left out); 'Friday, November 1, 9:02 a.m.'
    if _PREAMBLE.match(text):
        return True  # what was heard at the meeting, whatever words ('the country concerned') it holds
    if _LEAD_IN_ONLY.search(text) or _COMMUNIQUE_OPENING.match(text) or _MODERATING.match(text) \
            or _STEERING.match(text) or _HOSTING.match(text) or _DONE_AT.match(text) or _SUBJECT_ONLY.match(text) \
            or _COURTESY.match(text) or _ALIGNED.search(text) or _MANDATES.match(text) or UNVERIFIED.match(text) \
            or SCHEDULED.match(text) or UNSAID.match(text):
        return True  # '..., Spokesperson Pham Thu Hang stated:': what she stated follows
    return bool(_PROCEDURAL.search(text)) and not _STANCE.search(_ARRANGED.sub(" ", text)) \
        and not _SAYS_IN_QUOTES.search(text) and not _SAID_OF_IT.search(text)


# when or how a meeting is arranged is no stance: '...; its timing will be coordinated through diplomatic channels'
_ARRANGED = re.compile(r"\b(?:will|would)\s+be\s+(?:coordinated|agreed|determined|arranged|announced|set|fixed|"
                       r"decided|worked\s+out)\b", re.I)
# 'Maduro said the meeting had been positive and that Venezuela would continue to defend its claim':
# what a speaker said of the meeting, and what his side will do; 'agreed not to use force': a commitment
_SAID_OF_IT = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?[^.;]{0,120}?\band\s+that\s+[^.;]{0,80}?"
                         r"\b(?:would|will)\b|"
                         r"\bagreed\s+(?:on\s+\w+\s+)?(?:not\s+)?to\s+(?:use|refrain|resume|withdraw|cease|respect)\b")


# '"No one has the right to give away any part of Somalia," Prime Minister Hamza Abdi Barre told
# reporters after an emergency cabinet meeting': the words quoted, not the meeting, are the line
_SAYS_IN_QUOTES = re.compile(r"[\"\u201c](?:[^\"\u201d\s]+\s+){4,}[^\"\u201d]*[\"\u201d][^.]{0,80}?"
                             r"\b(?:said|says|told|added|stated|declared|insisted|warned)\b")


# ('The Government ... of the Republic of Nicaragua, before the Nicaraguan People ..., declares:')
_LEAD_IN_ONLY = re.compile(r"\b(?:stated|said|says|noted|remarked|answered|replied|responded|added|declared|declares|"
                           # ('..., commented in Adelaide:')
                           r"announced|explained|commented)(?:\s+(?:in|from|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*:\s*$"
                           # ('Foreign Ministry Spokesperson Lin Jian answered a question on November 20, 2026:')
                           r"|\b(?:answered|took)\s+(?:a\s+|the\s+)?(?:reporters['\u2019]\s+)?questions?\b[^.:]{0,60}:\s*$"
                           # 'The participants agreed on the following:': what they agreed follows
                           r"|\b(?:agreed|decided|declared|stated|affirmed|resolved)\s+(?:on\s+|upon\s+)?"
                           r"(?:the\s+following|as\s+follows)\s*[:.]?\s*$"
                           # 'The Ministry wishes to set the record straight on the following points:'
                           r"|\bthe\s+following(?:\s+(?:points|elements|aspects|observations|remarks|measures|steps|decisions|actions))?"
                           r"\s*:\s*$"
                           # 'The following presidential statement, S/PRST/2021/5, was issued today by ...:'
                           r"|^\W*the\s+following\s+(?:[\w-]+\s+){0,2}(?:statement|declaration|communiqu\w+|remarks|text)\b"
                           r"[^.]{0,200}\b(?:was|were|has\s+been)\s+(?:issued|released|made|delivered|adopted)\b[^.]*:\s*$"
                           # a Council text's last line: 'The Security Council will remain seized of the matter.'
                           # ('The Foreign Ministers will continue to review the situation and will remain seized ...')
                           r"|^\W*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:will\s+continue\s+to\s+[^.;]{0,60}?\s+and\s+)?"
                           r"(?:will\s+)?(?:decides\s+to\s+)?remains?\s+(?:actively\s+)?seized\s+of\s+the\s+matter\W*$"
                           # 'The General Assembly will reconvene at a date to be announced.'
                           r"|^\W*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}will\s+(?:re)?(?:convene|meet)\s+(?:again\s+)?"
                           r"(?:at\s+(?:a\s+date|\d)|on\s+\w+day|tomorrow|next)\b(?![^.;]*\bto\s+(?!be\s))[^.;]{0,60}\W*$",
                           re.I)
# a heading's date, hour and place, and nothing more
_DATE_AND_PLACE = re.compile(r"^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}"
                             r"(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4})"
                             r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[AP]M|hrs)?)?"
                             r"(?:[,\s]+(?:[A-Z][\w'.-]*|of|the|and|for|in|at))*\W*$")
# a briefer steering the room: 'Good afternoon, everyone.', 'With that, Matt, go ahead.', 'One quick
# note at the top and then I'll go to questions.', '(The briefing was concluded at 2:06 p.m.)'
_STEERING = re.compile(r"^\W*(?:(?:good\s+(?:morning|afternoon|evening)"
                       r"(?:(?:,|\s+and)\s+good\s+(?:morning|afternoon|evening))*"
                       # 'Good morning, good afternoon and good evening.'; 'Christian, back to you.'
                       r"|(?-i:[A-Z])[\w'\u2019-]+,\s+(?:back|over)\s+to\s+you|thanks|thank\s+you)"
                       r"(?:,?\s+(?:everyone|everybody|all|very\s+much|so\s+much))?|(?:and\s+)?with\s+that,?\s+[^.]{0,30}?(?:go\s+ahead|"
                       r"(?:I'll|I\s+will|let\s+me)\s+(?:take|go\s+to)\s+(?:your\s+)?questions)|"
                       r"[^.]{0,60}?\band\s+then\s+I(?:'ll|\s+will)\s+(?:go|turn)\s+to\s+(?:your\s+)?questions|"
                       r"\((?:the\s+)?(?:briefing|press\s+conference|meeting)\s+(?:was\s+)?(?:concluded|ended|adjourned)"
                       r"\b[^)]*\))\W*$", re.I)
# a briefing's host and guest passing the floor: 'Official Spokesperson, Shri Randhir Jaiswal: Good evening,
# friends, and welcome to this special briefing.', 'We have with us Foreign Secretary ...', 'Sir, over to you.'
_HOSTING = re.compile(r"^(?:[^:\n]{1,80}:\s+)?(?:good\s+(?:morning|afternoon|evening)(?:,\s+[\w ]{1,30})?"
                      r"(?:,?\s+and\s+welcome\s+to\s+[^.]{1,60})?|"
                      r"thank\s+you(?:\s+(?:very|so)\s+much|,\s+[\w ]{1,30})?"
                      r"(?:,?\s+and\s+good\s+(?:morning|afternoon|evening)[^.]{0,30})?|"
                      # a press conference's frame: 'This concludes the press conference.', 'And with that, I
                      # am ready to take your questions.', 'The Secretary General will start with some opening
                      # remarks ...'
                      r"this\s+concludes\s+(?:the|this|today's|our)\s+(?:press\s+)?(?:conference|briefing|meeting|session)|"
                      # the Kremlin's photo caption: 'With Prime Minister of Hungary Viktor Orbán.'
                      r"with\s+(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?:(?-i:[A-Z])[\w'\u2019.-]*|of|the|and)){1,12}|"
                      r"(?:and\s+)?(?:with\s+that,?\s+)?I\s+am\s+(?:now\s+)?(?:ready|happy|glad)\s+to\s+take\s+"
                      r"(?:your\s+|some\s+|a\s+few\s+)?questions|"
                      r"[^.]{0,80}?\bwill\s+(?:start|begin|open)\s+with\s+(?:some\s+|a\s+few\s+|brief\s+)?(?:opening|introductory)\s+"
                      r"(?:remarks|words)(?:[^.]{0,80}?\bquestions)?|"
                      # 'The Secretary General will make a few remarks and then take your questions.'
                      r"[^.]{0,80}?\bwill\s+(?:make|give|deliver|offer)\s+(?:some\s+|a\s+few\s+|brief\s+|short\s+)?"
                      r"(?:opening\s+|introductory\s+)?(?:remarks|words)(?:,?\s+(?:and\s+)?(?:then\s+)?(?:will\s+)?take\s+"
                      r"(?:your\s+|some\s+|a\s+few\s+)?questions)?|"
                      r"(?:sir|madam|ma'am),?\s+over\s+to\s+you|we\s+have\s+with\s+us\s+(?:today\s+)?(?:the\s+)?(?-i:[A-Z])[^.]{1,140}|"
                      r"(?:after\s+that|then),?\s+(?:he|she|they|I)\s+will\s+take\s+(?:a\s+few\s+|some\s+)?questions|"
                      r"(?:we|I)\s+will\s+(?:now\s+)?take\s+(?:a\s+few\s+|some\s+|your\s+)?questions(?:\s+now)?|"
                      # Pakistan's weekly briefing: 'Bismillah Ir Rahman Ir Raheem', 'Welcome to the weekly press
                      # briefing'
                      r"bismillah\b[^.\n]{0,40}|(?:a\s+(?:very\s+)?warm\s+)?welcome\s+to\s+(?:the|this|our|today's)\s+"
                      r"(?:weekly\s+|daily\s+|regular\s+)?(?:press\s+|media\s+)?(?:briefing|conference)|"
                      r"please\s+introduce\s+yourself[^.]{0,80}|"
                      # 'The Spokesperson opened the briefing with announcements on ... and then took questions.',
                      # 'See you at the next briefing.'
                      r"[^.]{0,60}?\bopened\s+the\s+(?:press\s+)?(?:briefing|conference)\s+with\s+(?:an?\s+|some\s+)?"
                      r"announcements?\b[^.]{0,160}|"
                      r"see\s+you\s+(?:all\s+)?(?:at|next)\s+[^.]{0,40}|"
                      r"(?:I\s+am|my\s+name\s+is)\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){1,3},"
                      r"\s+[^.]{1,80})\W*$", re.I)  # 'I am Chang Ho-jin, Director of National Security.'
# a Council speaker's courtesies: 'Thank you, Mr. President.', 'And thank you, Assistant
# Secretary-General Khiari, for your briefing.', 'I will be brief.'
_COURTESY = re.compile(r"^\W*(?:(?:and\s+)?(?:I\s+)?thank\s+you,?\s+(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+)?"
                       r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4}"
                       r"(?:,?\s+for\s+(?:your|the|his|her|their)\s+(?:\w+\s+)?(?:briefings?|statements?|remarks|"
                       r"presentations?|words|leadership))?|"
                       # 'And thank you to our briefers for their sobering updates.'
                       r"(?:and\s+)?(?:I\s+)?thank\s+(?:you\s+)?(?:also\s+)?(?:to\s+)?(?:our|the|all)\s+(?:\w+\s+)?"
                       r"briefers\b(?:\s+for\s+[^.;,]{0,60})?\W*$|"
                       r"(?:I\s+will|I'll|let\s+me)\s+be\s+brief|"
                       # an editor's line: '[Unofficial English translation from French.'
                       # 'Translation note: English translation of the German transcript, for information only;
                       # ...', 'Only the passages concerning the Federal Foreign Office are reproduced.'
                       r"translation\s+note\s*:[^\n]*|(?:only\s+)?(?:the\s+)?(?:passages|parts|sections|excerpts?)\s+"
                       r"[^.\n]{0,80}?\bare\s+(?:reproduced|published|given)(?:\s+(?:here|below))?|"
                       # '(Excerpts. Unofficial English translation of the Arabic original.)'
                       # ('This is an English translation of the German original.')
                       r"(?:this\s+is\s+an?\s+)?"
                       r"\[?\s*(?:unofficial|informal|official)?\s*(?:english\s+)?translation(?:\s+(?:from|of)\s+(?:the\s+)?\w+"
                       r"(?:\s+(?:original|text|version))?)?|"
                       # 'In case of any discrepancy, the Spanish version prevails.'
                       r"(?:in\s+(?:case|the\s+event)\s+of\s+(?:any\s+)?(?:discrepanc|divergen|inconsisten|conflict)\w*"
                       r"[^,.;]{0,40},\s+)?(?:the\s+)?(?-i:[A-Z])\w+\s+(?:text|version|original)\s+(?:shall\s+)?prevails?|"
                       # 'The Persian text is authoritative.'
                       r"(?:the\s+)?(?-i:[A-Z])\w+\s+(?:text|version|original)\s+(?:is|shall\s+be)\s+(?:the\s+)?"
                       r"(?:authoritative|authentic|binding)(?:\s+(?:text|version|one))?|"
                       # a copyright line: 'RFE/RL, Inc. All Rights Reserved.', '\u00a9 2024 Reuters'
                       r"(?:(?:copyright|\u00a9)\s*(?:\d{4}\s+)?)?[^\n]{0,60}?\ball\s+rights\s+reserved|"
                       r"(?:copyright|\u00a9)\s*\d{4}\b[^.]{0,60})\W*$", re.I)
# a signed text's closing formula: 'Done in Rabat, on 28 October 2024, in two original copies, in the French ...'
# the EU's closing line: 'The Candidate Countries North Macedonia, ... align themselves with this declaration.'
_ALIGNED = re.compile(r"\balign(?:s|ed)?\s+(?:themselves|itself)\s+with\s+(?:this|the\s+present)\s+"
                      r"(?:declaration|statement)\W*$", re.I)
_DONE_AT = re.compile(r"^\W*(?:done|signed|adopted)\s+(?:at|in)\s+(?-i:[A-Z])(?:[^.;]{0,160}?\b(?:copies|originals|"
                      r"authentic|languages?|translations?)\b[^.;]{0,80}|"  # ('..., with an English translation')
                      # 'Done at Abuja, this 30th day of July 2023.' ('..., on the twenty-eighth day of August.')
                      r"[^.;]{0,80}?\bday\s+of\s+(?-i:[A-Z])[a-z]+(?:,?\s+\d{4})?|"
                      r"[\w' -]{1,40},?\s+(?:(?:on\s+)?this|on(?:\s+the)?)?\s*\d{1,2}(?:st|nd|rd|th)?\s+"
                      r"(?:day\s+of\s+)?"
                      r"(?-i:[A-Z])[a-z]+,?\s+\d{4})\W*$|"  # (and 'Issued by the Ministry ..., Lilongwe.')
                      r"^\W*issued\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?-i:Ministry|Office|Department|Secretariat|"
                      r"Presidency|Press\s+Service)\b[^.;]{0,80}\W*$", re.I)
# a list's lead-in that is only its subject: 'Consequently, the Bolivarian Republic of Venezuela' (then
# '- Demands that ...', '- Calls on ...': each item says what it does)
# a UN experts' release's footer: 'The experts: Special Rapporteur on ...; Working Group on ...',
# 'Special Rapporteurs are independent experts of the Human Rights Council and are not UN staff.'
_MANDATES = re.compile(r"^\W*the\s+experts\s*:\s|^\W*(?:the\s+)?(?:UN\s+)?special\s+rapporteurs?\b[^.]{0,120}?"
                       r"\b(?:are|is)\s+(?:part\s+of|independent\s+experts?)\b", re.I)
_SUBJECT_ONLY = re.compile(r"^\W*(?:consequently|therefore|accordingly|in\s+this\s+regard|to\s+this\s+end|"
                           r"in\s+(?:the\s+)?(?:view|light)\s+of\s+the\s+(?:above|foregoing)),?\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*"
                           r"(?:\s+(?:(?:of|the|and|for)\s+)*(?-i:[A-Z])[\w'\u2019-]*)*\s*:?\s*$", re.I)
# a press conference's moderator: 'Oana Lungescu (NATO Spokesperson): Reuters.', '...: We'll start with
# Polish Radio.', '...: Thank you, that is all we have time for.'
_MODERATING = re.compile(r"^(?:[^:\n]{1,80}:\s+)(?:(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,3}|"
                         r"(?:thank you,?\s+)?(?:that is all we have time for|"
                         r"we(?:'ll|\s+will)\s+(?:start|begin|go|take|turn)\s+(?:with|to)\b[^.?!]*|"
                         r"(?:the\s+)?(?:next|last|final)\s+question[^.?!]*))\W*$", re.I)
# a communiqué's opening lines: 'Adopted by the Peace and Security Council ... at its 1168th meeting
# held on 28 July 2023, on the situation in ...,' and 'Acting under Article 7 of its Protocol, the
# Peace and Security Council:' (its operative paragraphs follow)
_COMMUNIQUE_OPENING = re.compile(
    r"^\W*(?:adopted\s+by\s+the\b[^.;:]*\bat\s+its\s+[^.;:]*\b(?:meeting|session)\b[^.;:]*[,.:]?|"
    r"(?:acting\s+under\s+[^,]{3,80},\s*)?(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?:of\s+|the\s+|and\s+)*"
    r"(?-i:[A-Z])[\w'-]*){0,7}\s*[:,])\s*$", re.I)
# a communiqué's preamble: 'Noting the opening remarks by ... and the statements by ...'
_PREAMBLE = re.compile(r"^\W*(?:noting|having heard|after hearing|taking note of)\s+"
                       r"(?:with appreciation\s+)?(?:the\s+)?(?:opening\s+)?"
                       r"(?:remarks|statements?|briefings?|presentations?)\s+(?:by|of|made)\b"
                       r"(?![^;]*\b(?:alleg|claim|accus|assert)\w*)", re.I)
