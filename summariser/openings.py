"""Openings: the words a sentence may open with before whoever speaks ('For his part, ', 'On Ukraine, ',
'At the meeting, ', 'Recalling his visit to Moscow, '): a turn in the telling, a topic, a time or a
place, none of them a speaker."""

from __future__ import annotations

import re

# 'For his part, President Macron praised ...': a turn in the telling, before the subject
PARTICIPLES = (r"(?-i:Recalling|Noting|Referring|Speaking|Responding|Commenting|Touching|Addressing|"
                r"Reflecting|Reacting|Answering|Writing|Citing|Highlighting|Underlining|Reiterating|"
                r"Welcoming|Expressing|Stressing)")
OPENING_PARTICIPLE = re.compile(rf"^\W*{PARTICIPLES}\s")
LEAD_IN = re.compile(r"^\W*(?:for\s+(?:his|her|its|their)\s+part|on\s+(?:his|her|its|their)\s+(?:side|part)|"
                      r"in\s+(?:turn|response|reply|return)|"
                      # 'As ASEAN Chair, PM Anwar updated PM Wong ...': the capacity, not who speaks
                      r"as\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Chair|Chairman|Chairperson|Chairwoman|President|host|"
                      r"presidency|chair)(?:\s+of\s+[^,]{2,40})?(?=,)|"
                      # 'On Ukraine, the President of the Republic reaffirmed ...': the topic, not who speaks
                      r"(?:on|regarding|concerning|as\s+(?:for|regards)|with\s+(?:regard|respect)\s+to|turning\s+to)\s+"
                      # ('On the Republic of Guinea, the Authority noted ...')
                      r"(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w'\u2019-]*){0,4}"
                      # "On the European Commission's anti-subsidy investigation into electric vehicles, the
                      # Federal Chancellor said": the topic is the Commission's doing, not its words
                      r"(?:['\u2019]s\s+(?-i:[a-z])[^,\"\u201c]{2,120})?|"
                      # 'On the attack on the Kenyan Embassy in Kinshasa earlier in the day, the President asked':
                      # a topic told in common words, whatever places it names
                      r"(?:on|regarding|concerning|as\s+(?:for|regards)|with\s+(?:regard|respect)\s+to)\s+"
                      r"(?:the|a|an|this|that|these|recent|last|yesterday's|today's)\s+(?-i:[a-z])[^,\"\u201c]{2,120}|"
                      # 'In response to questions, the spokesperson said': the one who answered speaks
                      r"in\s+(?:response|reply)\s+to\s+(?:a\s+|the\s+)?(?:(?:media|press)\s+)?(?:questions?|queries|"
                      r"reporters|journalists)\b[^,]{0,220}|"
                      # 'Accordingly, on the instructions of the President of the Republic, X, the Foreign
                      # Secretary announced': the one instructed speaks
                      r"(?:\w+ly,\s+)?on\s+(?:the\s+)?(?:instructions?|orders?)\s+of\s+[^,]{2,80}"
                      r"(?:,\s*(?:[A-Z][\w'\u2019.-]*\s*){2,5}(?=,))?|"
                      # 'In letters to UN Secretary-General Antonio Guterres and the Council, Doha said':
                      # where or how it was said, not who said it
                      r"in\s+(?:a|an|the|his|her|its|their)?\s*(?:separate\s+development|(?:[\w-]+\s+){0,2}?(?:statements?|"
                      r"letters?|video|interview|post|message|speech|address|note|briefing|remarks|communiqu\w+))"
                      r"\b[^,\"\u201c]{0,100}|"
                      # 'Hours later, India summoned ... and told him': when, not who
                      r"(?:(?:hours|days|minutes|weeks|moments|shortly|soon)\s+(?:later|after(?:wards)?|earlier)|"
                      # ('Later on Friday, the Ministry of Defence of the Russian Federation claimed')
                      r"(?:later|earlier)(?:\s+(?:on\s+|that\s+|this\s+|the\s+same\s+)?(?:(?:mon|tues|wednes|thurs|fri|"
                      r"satur|sun)day|day|morning|afternoon|evening|night|week))?|"
                      r"meanwhile|separately|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                      # 'At the meeting, the President noted ...': where it was said
                      r"(?:at|during|in)\s+(?:the|this|that|today's|yesterday's)\s+(?:meeting|talks|call|conversation|"
                      r"discussions?|session|summit|audience|press\s+conference|briefing)|"
                      # 'Finally, the Foreign Minister invited ...': where the text is, not who speaks
                      r"finally|lastly|moreover|furthermore|in\s+addition|in\s+closing|in\s+conclusion|also|"
                      # 'For this reason, Cabinet Secretary Dr. Wanjiru Kamau this morning spoke ...'
                      r"for\s+(?:this|that|these)\s+reasons?|to\s+(?:this|that)\s+end|in\s+(?:this|that)\s+"
                      r"(?:regard|context|spirit)|at\s+the\s+same\s+time|however|nevertheless)|"
                      # 'Recalling his visit to Moscow ..., Prime Minister noted': an opening participle
                      # tells what the speaker did, and names no speaker ('Moscow' had become Russia)
                      rf"{PARTICIPLES}\s+(?-i:[a-z])[^,\"\u201c]{{2,150}}|"
                      # 'Since the separatists resumed hostilities in August, the transitional government has
                      # ...': a clause of time or cause, told in common words, names no speaker
                      r"(?:since|after|before|when|while|once|until|although|though|because|as)\s+(?:the|a|an|its|"
                      r"their|his|her|this|that|these|those)\s+(?-i:[a-z])[^,\"\u201c]{2,120}|"
                      # 'Asked about Spain, he said ...': the one asked speaks
                      r"(?:when\s+)?asked\s+(?:about|whether|if|on|why|how|to\s+comment\s+on|"
                      r"for\s+(?:a\s+)?comment\s+on)\s+[^,]{1,60}),\s*", re.I)


# a readout's topic, set before its colon: 'The situation in Yemen: both sides voiced support ...', 'The nuclear
# file: Mr. Amir-Abdollahian set out ...' (what was talked about, not who speaks)
TOPIC_LABEL = re.compile(r"^\W*(?:[Tt]he\s+)?(?:[\w'-]+\s+){0,3}?(?:[Ss]ituation|[Ff]ile|[Qq]uestion|[Ii]ssues?|"
                         r"[Rr]elations|[Cc]ooperation|[Dd]ossier|[Mm]atters|[Dd]evelopments|[Cc]risis|[Cc]onflict)"
                         r"(?:\s+(?:in|on|of|within|with|between|around)\s+[^:,.;\n]{1,60})?\s*:\s+(?=\S)")


def without_lead_in(sentence: str) -> str:
    """The sentence without its opening turn ('For his part, ', 'Speaking to reporters in Ottawa, ') or
    the topic set before it ('The situation in Yemen: ')."""
    return LEAD_IN.sub("", TOPIC_LABEL.sub("", sentence, count=1), count=1)
