"""Speaking verbs: where a sentence's lead-in ends ('Minister Fidan said that ...'), told apart
from the same words used as nouns ("Greece's maximalist claims"), as participles ('the recently
announced controls') or for acts ('denied observers access', 'a body called the Committee').
`attribution` reads the words before the verb as the speaker."""

from __future__ import annotations

import re

from summariser.cues import ORDERS
from summariser.gazetteer import actor_of_adjective

SPEAKING = re.compile(
    # not "Rwanda's stated concerns"
    # (not the noun: 'third countries have no say in an agreement')
    # (nor what a thing tells of its maker: 'they say more about the regime's fear of its own people')
    r"\b(said|(?:says|(?<!\bno )(?<!\bany )(?<!\ba )(?<!\btheir )(?<!\bfinal )say)"
    r"(?!\s+(?:more|less|a\s+lot|far\s+more|much\s+more)\s+about\b)|"
    r"(?<!'s )(?<!\u2019s )(?<!\bits )(?<!\btheir )stated|stressed|stresses|noted|notes|emphasi[sz]ed|"
    r"pointed out|added|underlined|underlines|"
    r"(?:indicated|observed|(?<!\bbe )(?<!\bwas )concluded)(?=\s+that\b)|signall?ed|"
    r"(?:replied|responded|answered|retorted)(?=\s+that\b)|"  # 'Secretary Blinken replied that the U.S. was aware'
    # "Mali's transitional government disputes that account": an answer to the account told
    r"(?:disputes|disputed|contests|contested)(?=\s+(?:that|this|these|those|the|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:account|version|claims?|allegations?|figures?|reports?|assertions?|narrative|findings)\b)|"
    r"(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"(?:described|presented|portrayed|characteri[sz]ed|depicted|describes|presents|portrays|characteri[sz]es|depicts|"
    r"referred\s+to|refers\s+to|branded|brands|labell?ed|labels)"  # ('referred to CSP fighters as "terrorists"')
    r"(?=\s+[^.;]{1,60}?\bas\b)|"  # 'described the deaths as', 'presented the elections as free'
    # 'Secretary Manalo described how China Coast Guard personnel rammed ...': an account given
    r"(?:described|explained|recounted|detailed)(?=\s+how\b)|"
    # 'The Royal Thai Army gave an opposite account, saying ...': the account is the giver's (alone, 'X gave a
    # different account.' opens the lines that give it: `own_accounts`)
    r"(?:gave|gives|provided|provides)(?=\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:account|version)\b"
    r"[^.;]{0,40}?,\s+(?:saying|stating|claiming|insisting|arguing)\b)|"

    # 'declared two diplomats persona non grata' is an act, not a statement
    # ('all persons mentioned in the resolution': a participle, no one speaking)
    r"underscored|mentioned(?!\s+(?:in|by|above|below|earlier|here|therein)\b)|"
    r"declared(?![^.;]{0,60}\b(?:persona non grata|war|a state of|martial law|independence))|"
    r"warned|warns|reiterated|reiterates|affirmed|affirms|reaffirmed|recalled|recalls|insisted|insists|claimed|claims|"
    r"asserts|alleges|alleged|contends|contended|maintains|reported|advised|advises|complains|"
    r"wrote|writes|posted|tweeted|"  # '"...," he wrote on Telegram'
    # 'President Ghazouani was reported to have indicated his readiness ...', 'The Azerbaijani side was stated to
    # have raised issues ...': the one reported speaks
    r"(?:is|are|was|were)\s+(?:reported|stated|said|understood)\s+to\s+have\s+(?:[a-z]+ed|said|told|given|made)\b|"
    # 'The Republic of Uganda recorded that it accepted paragraph 4 ...', 'The Argentine Republic recorded its view
    # that ...': a delegation's word on the record
    r"(?:recorded|records)(?=\s+(?:that|its|their)\b)|"
    # 'In his remarks, Mr Mickoski suggested that ...': what he put forward
    r"(?:suggested|suggests)(?=\s+that\b)|"
    # 'Dr Zuhura Mwinyimkuu was quoted in the Tanzanian press as saying that ...': the one quoted speaks
    r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+quoted[^.;]{0,100}?\bas\s+(?:saying|stating|telling|"
    r"having\s+said|describing|calling|warning|accusing|claiming|arguing|insisting)|"
    # 'The communiqué of the Algerian High Security Council justifies the decision by what it calls ...'
    r"(?<!\bto )(?:justifies|justified)(?=\s+[^.;]{1,80}?\s+(?:by|as|with|on\s+the\s+grounds)\b)|"
    # 'The Federal Chancellor set out Berlin's well-known position, calling on Moscow to ...'
    r"(?:set|sets)\s+out(?=\s+(?:[\w'\u2019-]+\s+){0,3}(?:position|positions|views|approach|approaches|assessment|"
    r"stance|vision|proposals?)\b)|outlined(?=\s+(?:[\w'\u2019-]+\s+){0,3}(?:position|positions|views|approach|"
    r"approaches|assessment|stance|vision|proposals?)\b)|"
    # 'CELAC referred to the CARICOM Ten-Point Plan ...' (not 'the plan referred to in paragraph 3')
    r"(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bas )"
    # ('The Mauritanian President also referred to incidents along the border ...': what he told of)
    r"referred\s+to(?=\s+(?:the|a|an|its|their|his|her|(?-i:[A-Z])|(?!(?:in|by|as|at|on|above|below|earlier|here|"
    r"therein|herein)\b)(?-i:[a-z])[\w-]+s)\b)|"

    # a plural subject's present ('The Sudanese Armed Forces, for their part, maintain that ...')
    r"(?<!\bto )(?<!\bmust )(?<!\bshould )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bnot )(?<!\band )"
    r"(?:maintain|insist|allege|contend)(?=\s+that\b)|"
    # 'They took note of the commitment by the Lebanese authorities ...' (not 'should take note of': asked)
    r"(?:took|takes|(?<!\bshould )(?<!\bmust )(?<!\bto )(?<!\bwill )(?<!\bwould )take)\s+note\s+of|"
    # ('The authors of the resolution claim that ...'; not the noun: 'the claim that')
    r"(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\btheir )(?<!\bany )(?<!\bno )(?<!\bto )"
    r"(?<!\bmust )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bnot )(?<!['\u2019]s )claim(?=\s+that\b)|"
    # ('Some Canadian officials claim India's reaction is ...': after those who speak, no 'that' needed)
    r"(?:(?<=\bofficials )|(?<=\bauthorities )|(?<=\bsources )|(?<=\bcritics )|(?<=\bThey )|(?<=\bthey ))claim\b|"
    + ORDERS + r"|"
    # 'It has also repeated that ...'
    # ('Minister Szijjártó repeated Budapest's view that ...': the view he gives again is his)
    r"(?:repeated|repeats|restated|restates)(?=\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|[A-Z][\w-]*['\u2019]s\s+)?"
    r"(?:[\w-]+\s+)?(?:claims?\s+|assertions?\s+|view\s+|position\s+|argument\s+|stance\s+)?that\b)|"
    # 'the Azerbaijani side has circulated claims that ...': a claim put about is its maker's
    r"(?:circulated|spread|disseminated|peddled|made|voiced|levell?ed)(?=\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claims|allegations|assertions|accusations)\s+that\b)|"
    r"(?<!\bto )(?<!\bmust )(?<!\bshould )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bnot )(?<!\band )"
    r"accuse(?=\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+of\b)|"  # 'The de facto authorities ... accuse him of'
    r"(?:continues|continued|continue)\s+to\s+(?:maintain|insist|allege|contend|claim|deny)(?=\s+that\b)|"
    # 'China and Russia reiterate their support for ...' (a declaration's plural present)
    r"(?<!\bto )(?<!\bmust )(?<!\bshould )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bnot )(?:reiterate|reaffirm)(?=\s)|"
    r"complained|insisting|asserting|claiming|alleging|accusing|argues|argued|believes|considers|confirmed|told|"
    # (not a deed made known: 'the US government announced the sale of weapons ... to China's Taiwan region')
    r"announced(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:sales?|transfers?|deliver(?:y|ies)|deployment)\s+of\b)|"
    r"informed|briefed|explained|highlighted|asserted|maintained|(?<!be )made (it )?clear|vowed|pledged|assured|"
    # 'Dmitry Medvedev ... wrote on Telegram that the sanctions amounted to an act of war'
    r"(?:wrote|writes|posted|tweeted)(?=\s+(?:on|in)\s+(?:his\s+|her\s+|its\s+)?[A-Z][\w-]*(?:\s+\w+)?\s+that\b|\s+that\b)|"
    r"cautioned|raised\s+(?:(?:the|[A-Z][\w-]*['\u2019]s)\s+(?:\w+\s+)?(?:question|issue|matter|concerns?)|concerns?)|dr(?:ew|aws)\s+attention\s+to|"
    r"shared\s+(?:[\w'\u2019]+\s+)?(?:views?|perspectives?|positions?|assessments?|concerns?|thoughts)|"
    # an ask told of its asker ('President Macron also sought ..., and requested ...'); not 'was
    # asked', nor 'When asked about ...' before the one who answers
    r"(?<=\w )(?<!\bwhen )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    # ('Egypt ... instead seeks to keep a colonial-era monopoly': an aim, no ask)
    r"(?:asked|requested|sought(?!\s+to\b)|seeks(?!\s+to\b))(?!\s+(?:by|about|whether|if)\b)|"
    r"expressed|expresses|welcomed|welcomes|condemned|condemns|rejected|rejects|denied|denies|accused|accuses|"
    r"(?:dismissed|dismisses)(?=\s+[^.;]{0,80}?\bas\b)|"  # 'The ministry dismissed as baseless the charge that'

    # 'The Chinese side also lodged its own protest with Japan'
    r"(?:lodged|lodges)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}protests?\b|"
    # 'The officers ... have cited a deteriorating security situation ... to justify their action': their claim
    r"(?:cited|cites)(?=\s+[^.;]{3,150}?\s+(?:to\s+justify|as\s+(?:the\s+|a\s+)?(?:reasons?|grounds?|justification)))|"
    r"(?:pointed|points)\s+(?:out|to)|"  # 'Vladimir Putin pointed to the serious risks posed by ...'
    # 'The Ministry ... later issued a statement describing the decision as ...'
    r"(?:issued|released|published)\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|communiqu\w+|declaration)"
    r"(?=\s+(?:describing|saying|calling|rejecting|condemning|accusing|stating|denying|in\s+which)\b)|"
    # 'China is urged to': asked, not asking
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?:urged|"
    # (not support given over time: 'Paris has armed Armenia ... and has openly encouraged revanchist forces')
    r"encouraged(?=\s+(?:[\w.'\u2019-]+\s+){1,8}?to\s)|"
    + "".join(rf"(?<!\b{aux} )(?<!\b{aux} {adverb} )" for aux in ("has", "have", "had")
              for adverb in ("openly", "actively", "long", "also", "repeatedly", "consistently", "systematically"))
    + r"encouraged)|"
    # not a noun: "Chinese ministers have not returned Birmingham's calls for months"; not a passive
    # ('The Russian side was also called upon to ...': the one asked)
    r"urges|encourages|(?<!'s )(?<!\u2019s )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"(?<!\bwas also )(?<!\bwere also )(?:called|calls) (?:on|for|upon)"
    r"(?!\s+(?:months|weeks|years|days|decades)\b)|"
    r"demanded|demands|appealed|appeals|invited|invites|"
    # 'Minister Farias pressed for a clear timetable', 'pressed Brazil to' (not 'was pressed', 'pressed charges')
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?:pressed|presses)"
    r"(?=\s+(?:for\b|(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:to|on|for)\b|"
    r"(?:him|her|them|it)\s+(?:to|on|for)\b))|"
    # 'President Erdoğan extended an invitation to President El-Sisi': the one who invites
    r"(?:extended|extends|renewed|renews)\s+(?:an?|his|her|its|their)\s+(?:\w+\s+)?invitation|"
    # 'Minister Tajani renewed the proposal that Italy has prepared ...', 'Ms. Marin renewed her request'
    r"(?:renewed|renews|repeated|repeats)\s+(?:the|his|her|its|their)\s+(?:\w+\s+)?(?:proposal|offer|call|appeal|"
    r"request|demand)s?\b|"
    # 'President Xi set out his objections to U.S. export controls' (in a White House readout)
    r"(?:set|sets|laid|lays)\s+out\s+(?:his|her|its|their|the)\s+(?:\w+\s+)?(?:objections?|positions?|views?|concerns?|"
    r"case|stance|demands?|proposals?|vision)\b|outlined|outlines|"
    # (not 'Tbilisi has offered no evidence for its allegations': the voice's verdict on them)
    r"proposed|proposes|(?:offered|offers)(?!\s+(?:no|nothing|little|scant|any)\b)|voiced|conveyed|(agreed|agree)(?!\s+to\s+\w)(?!\s+(?:in|at|by|under|last|earlier|upon)\b)|supports|supported|opposes|opposed|"
    # 'called the attack a provocation': a verdict the speaker voices
    r"(called|calls)(?=\s+(the|it|this|that|these|those|them|such|his|her|their|its)\b)|"
    # 'member states', 'media reports': nouns; 'It was the United States that ...' a name
    r"according to|(?-i:states|reports)(?=\s+that\b|\s*:))\b"
    r"(?!\s+by\b)",  # 'the Peace Formula proposed by President Zelenskyy': a passive names the thing, not a speaker
    re.I,
)


# Speaking verbs that are nouns as often ("Greece's maximalist claims", 'the demands of'): a
# verb only after a name, a pronoun or a noun that speaks ('the Ministry claims').
_DETERMINER = {"the", "these", "those", "such", "its", "their", "his", "her", "our", "your", "a", "an", "any", "all",
               "this", "that"}
_NOUNISH = {"claims", "demands", "offers", "appeals", "supports", "opposes", "notes", "insists", "maintains"}
_SPEAKS_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][\w.-]*|he|she|it|they|who|which|that|side|government|ministry|"
                            r"minister|spokesperson|spokesman|party|council|regime|authorities|leadership|office|"
                            r"resolution|report|document|"  # 'The authors of the resolution claim that'

                            r"also|further|still|now|repeatedly|again)\s+$")


_EVIDENCE_THAT = re.compile(r"\b(?:shows?|showed|shown|demonstrat\w+|proves?|proved|proven|reveals?|revealed|"
                            r"indicates?|indicated|means)\s+(?:once\s+again\s+|clearly\s+)?that\b", re.I)
# (a lower-case adverb: not 'the Assembly noted')
# ('the first confirmed intrusion', 'the only reported case': an ordinal between)
_MODIFIER_BEFORE = re.compile(r"(?:['\u2019]s|\b(?:the|a|an|its|their|his|her|our|this|these|those))\s+"
                              r"(?:(?:first|second|third|only|last|latest|sole)\s+)?(?:(?-i:[a-z])\w*ly\s+)?$", re.I)
_RELATIVE_OPENS = re.compile(r"^\W*(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}\s+(?:who|which)\s+"
                             r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", re.I)
# 'Asked about the remarks of the Spokesperson of ..., who stated in Beijing that ..., Shri Jaiswal said': one
# whose words the opening phrase is about
_ASKED_ABOUT_WHO = re.compile(r"^\W*(?:asked|responding|commenting|referring|reacting|replying)\b[^.;]*,\s+who\s+"
                              r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", re.I)
# '... a flagrant violation of ... the Order of the International Court of Justice of 1 December 2023, which
# directed Venezuela to refrain ...': what a thing named after the main verb says is no lead-in of the sentence
_THING_WHICH = re.compile(r"\b(?:is|are|was|were|constitutes?|violates?|breach(?:es)?)\b[^.;]*,\s+which\s+$", re.I)
# 'questioned ... a video showing a strike on a boat that Washington said was carrying drugs': a source named for
# one fact inside the sentence, not its speaker
_SOURCE_INSIDE = re.compile(r"\b[a-z]\w*\s+(?:that|which)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
                            r"(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+$")
_THEN_A_VERB = re.compile(r"\s+(?:was|were|is|are|had|has|would|could|will)\b")
# 'The Brazilian government received with surprise the letter in which the President of the United States
# announced ...': the text the subject received, whose author is no lead-in
_TEXT_IN_WHICH = re.compile(r"\b(?:the|a|its|his|her|their)\s+(?:letter|message|note|statement|speech|post|decree|"
                            r"order)\s+in\s+which\s+[^,;]{2,80}$", re.I)
# 'North Korea launched a ballistic missile which it claimed to be a "satellite"': what the doer calls
# the thing it acted with, after a verb of its own, is no lead-in
_CALLED_THING = re.compile(r"\s(?-i:[a-z]+ed)\s[^,;]*\b(?:which|that)\s+(?:it|he|she|they)\s*$")
# a noun its participle follows ('the deaths reported at the borders'), and the place or time after it
# (an object, after the verb it follows: not the subject of 'The leaders agreed on a ceasefire')
_NOUN_BEFORE = re.compile(r"\b(?!(?:and|but|or|while|as|when|after|before|since|because|then|so|where)\s)"
                          r"(?-i:[a-z]+)\s+(?:the|these|those|any|all|such)\s+(?:[a-z-]+\s+)?(?!(?:who|which|that|they|it)\s)"
                          r"(?-i:[a-z]+s)\s+$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:at|in|on|near|along|across|from|during|since|over)\s", re.I)
_WORDS_AFTER = re.compile(r"\bthat\b|:|[\"\u201c]")
_TOLD_IN = re.compile(r"\b(?:reports?|articles?|stories|rumou?rs?|posts?|allegations?|claims?)\s*$", re.I)
# what is refused someone, not a charge denied: 'denied independent observers meaningful access', 'denies them entry'
_DENIED_A_THING = re.compile(r"(?!\s+(?:that|having|any|reports?|allegations?|claims?|charges?|accusations?|"
                             r"involvement|responsibility|wrongdoing|the\s+(?:reports?|allegations?|claims?|charges?|accusations?))\b)"
                             r"\s+(?:[\w'\u2019-]+\s+){0,5}?(?:access|entry|visas?|permission|permits?|passage|"
                             r"the\s+right|landing|clearance)\b", re.I)
# a thing given a name, not a speaker: 'a body called the Committee for the Transition'
_NAMED_SO = re.compile(r"\b(?:a|an|the|its|their|his|her|new)\s+(?:[\w-]+\s+)?(?:body|group|entity|organi[sz]ation|"
                       r"movement|committee|council|coalition|alliance|operation|campaign|plan|initiative|programme|"
                       r"program|platform|network|party|front|militia|unit|force|company|vessel|ship|document)\s*$",
                       re.I)
# a toll taken, not words: 'fighting that claimed more than 6,500 lives', 'claimed the lives of two'
_TOLL = re.compile(r"(?!\s+(?:that|to)\b)\s+(?:[\w,.]+\s+){0,4}?lives\b", re.I)
_RECALLED_STAFF = re.compile(r"\s+(?:its|their|his|her|the|all|some)?\s*(?:[\w-]+\s+){0,2}?(?:ambassadors?|envoys?|"
                             r"diplomats?|troops|forces|staff|personnel|delegations?|consuls?|representatives?)\b",
                             re.I)
_CALLS_IT = re.compile(r"(?:claimed|called|described|termed|dubbed)\s+(?:to\s+be|as)\b", re.I)


_NOT_AFTER_BE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:not|never)\s+$", re.I)  # '... was not invited'


def speaking_verb(sentence: str) -> re.Match[str] | None:
    """The first speaking verb of the sentence, skipping a noun that looks like one."""
    for m in SPEAKING.finditer(sentence):
        before = ASIDE_TURN.sub(" ", sentence[: m.start()])  # 'London, for its part, claims': London claims
        words = before.split()
        previous = words[-1].lower() if words else ""
        possessive = previous.endswith(("'s", "\u2019s"))
        if (previous in ("be", "been", "being", "was", "were", "is", "are") or _NOT_AFTER_BE.search(before)) \
                and m.group(0).lower().endswith("ed"):
            # 'our response will be conveyed to Beijing', 'The importance of ... was underlined': a
            # passive with no agent, nobody named speaks (the document's voice, in a readout)
            continue
        if m.group(0).lower().endswith("ed") and _MODIFIER_BEFORE.search(before):
            continue  # "China's recently announced export controls": a participle before its noun, no speaking
        if m.group(0).lower().endswith("ed") and _NOUN_BEFORE.search(before) \
                and _PLACE_AFTER.match(sentence, m.end()) and not _WORDS_AFTER.search(sentence, m.end()):
            continue  # '... and investigate the deaths reported at the borders.': a participle after its noun
        adjective = re.search(r"\b(?i:the|a|this|that)\s+(?P<word>[A-Z][a-z]+)\s*$", before)
        if m.group(0).lower() in ("claim", "claims") and adjective and actor_of_adjective(adjective["word"]):
            continue  # 'The Indian claim that terrorist infrastructure was targeted is false': the noun
        if _EVIDENCE_THAT.search(before):
            return None  # "Official Baku's actions once again show that it seeks ...": the voice's inference
        # 'The officers who have declared themselves the "National Council ..." have cited': theirs
        if _RELATIVE_OPENS.search(before) or _ASKED_ABOUT_WHO.search(before) \
                or _CALLED_THING.search(before) and _CALLS_IT.match(sentence, m.start()) \
                or _THING_WHICH.search(before) or _TEXT_IN_WHICH.search(before) \
                or _SOURCE_INSIDE.search(before) and _THEN_A_VERB.match(sentence, m.end()):
            continue
        if m.group(0).lower() in ("denied", "denies", "deny") and _DENIED_A_THING.match(sentence, m.end()):
            continue  # '..., and denied independent observers meaningful access to the count': an act, no words
        if m.group(0).lower() in ("claimed", "claims", "claim") and _TOLL.match(sentence, m.end()):
            continue  # 'six weeks of fighting that claimed more than 6,500 lives': a toll, no lead-in
        if m.group(0).lower() in ("recalled", "recalls") and _RECALLED_STAFF.match(sentence, m.end()):
            continue  # 'Mali ... recalled their ambassadors from Algeria': an act, no words
        if m.group(0).lower() == "called" and _NAMED_SO.search(before):
            continue  # 'The officers, who have formed a body called the Committee for ..., claim': a name given
        if m.group(0).lower().endswith("ing") and _TOLD_IN.search(before):
            continue  # 'Recent media reports claiming that ... are false': what the reports say, no lead-in
        if m.group(0).lower() not in _NOUNISH or (
                _SPEAKS_BEFORE.search(before) and not possessive and previous not in _DETERMINER):
            return m
        if previous == "and" and re.match(r"\s+(?:,[^,.;]{1,60},\s+)?that\b", sentence[m.end():]):
            # 'The U.S. talks loudly about ..., and claims that it harbors no hostile intent'; 'Washington
            # presents this measure as ... and claims, without offering any evidence, that ...'
            return m

    return None


ASIDE_TURN = re.compile(r",\s*(?:for|on)\s+(?:his|her|its|their)\s+(?:part|side),?\s*|"
                         # 'Official Baku, including the Ministry of Defence of Azerbaijan, has claimed'
                         r",\s*(?:including|notably|among\s+them|in\s+particular)\s+[^,;]{2,80},\s*", re.I)
