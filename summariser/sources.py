"""Sources that are no party: a report's analysts, residents, former officials, unnamed diplomats
and its own correspondents speak, but hold no side's positions (the guide lists actors that do)."""

from __future__ import annotations

import re

from summariser.attribution import attribution
from summariser.document import Document
from summariser.experts import UN_EXPERTS
from summariser.people import is_person_name
from summariser.quotations import OPENS_QUOTE, WHOLLY_QUOTED, leaves_quote_open

# a source that is no party: 'Analysts cautioned that ...', '..., said a former Treasury official who ...'
_NO_PARTY_SOURCE = re.compile(
    # ('Mining analyst Pavel Gromov said ...': a named commentator is no party either)
    r"^\W*(?:(?-i:[A-Za-z][\w-]*)\s+){0,2}?(?:analyst|economist|researcher|scholar|commentator)\s+"
    r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})(?:\s+(?:at|of|from)\s+(?:the\s+)?(?-i:[A-Z])[^,;]*)?\W*$|"
    # 'said a military analyst in Kabul', 'Residents of Barmal district told', 'said one resident of Barmal'
    # ('"They shot at students ...," a 22-year-old university student who was at the scene told the wire')
    # ('Haitian migrants interviewed in the capital said', '... said a 31-year-old construction worker')
    r"^\W*(?:(?:a|an|one|another|two|several|some|many|local)\s+)?(?:\d+-year-old\s+)?"
    r"(?:(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+)?(?:(?-i:[a-z][\w-]*)\s+)?"
    r"(?:analysts?|experts?|observers?|commentators?|residents?|witnesses?|eyewitnesses?|villagers?|activists?|medics?|"
    r"rescuers?|fishermen|fisherman|fishers?|farmers?|herders?|shopkeepers?|relatives|families|survivors|"
    # ('"We have waited so long for this day," said one woman, whose son was shot dead ...')
    r"woman|man|mother|father|widow|parents?|"
    r"student|doctor|nurse|(?:migrants?|refugees?|deportees?|worker)(?=\W*$|\s+(?:who|interviewed|in|at|from|living|"
    r"staying|returning)\b))\b(?!\s+(?-i:[A-Z]))(?!\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.-]*\s+)*(?:Nations|Union|Council|Commission|Agency|Organi[sz]ation|Court|Committee)\b)|"
    r"^\W*(?:some\s+|many\s+|other\s+|independent\s+|western\s+|(?-i:[A-Z][a-z]+(?:an|ese|ish|i))\s+"
    # ('Georgian civil society observers have reported ...')
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}(?=observers|analysts|experts))?"
    r"(?:analysts?|experts?|observers?|commentators?|"  # ('Chinese observers noted that ...')
    r"economists?|traders?|scholars?|researchers?|people\s+familiar\b|(?:(?:a|one|another|two|several|some)\s+)?former\s+"
    r"(?:[\w-]+\s+){0,3}?(?:officials?|diplomats?|advisers?|advisors?|ambassadors?|officers?|negotiators?)|"
    # an unnamed source whose side the words do not say: 'Two diplomats said', 'said a second diplomat',
    # 'said one senior MEP from the Renew Europe group' (not 'one EU diplomat', 'a senior US official')
    r"(?:(?:(?:a|an|one|another|two|three|four|several|some|a\s+second|a\s+third)\s+)?(?:senior\s+|junior\s+)?"
    r"(?:diplomats?|sources?|MEPs?|lawmakers?|legislators?)|(?:a|an|one|another|a\s+second)\s+(?:senior\s+)?official)"
    # ('Officials here countered' in a Delhi paper: the government there)
    # ('A diplomat from a Nordic country said': a side of a kind, as 'a European diplomat' is)
    r"(?!\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z]|\s+from\s+an?\s+[A-Z][a-z]+\s+(?:[a-z]+\s+)?(?:country|state|capital)|"
    r"\s+(?:here|there)\b))\b|"
    # a private person by age or as a neighbour: 'said Gulnara Sadykova, a 54-year-old teacher', 'Her neighbour, who
    # gave only his first name, Ulan, said ...'
    r"^\W*(?-i:[A-Z])[^,;]{1,60},\s+(?:a|an)\s+\d+-year-old\b|^\W*(?:his|her|their|a|one)\s+neighbou?rs?\b|"
    # diplomats where they are posted, whose states the words do not give: 'Diplomats in Freetown said they expected
    # the issue to be raised' (not Sierra Leone's: the capital is where they serve)
    r"^\W*(?:(?:some|several|two|three|other|foreign|western)\s+)?diplomats\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}\W*$|"
    # the outlet's own journalist: "Al Jazeera's Tareq Abu Azzoum, reporting from Deir el-Balah, said"
    # ('Reporting from Rafah, Al Jazeera's Hani Mahmoud said')
    r"^[^,;]{2,80},\s+reporting\s+from\b|"
    r"^\W*neither\s+(?:side|party|country|government|army)\b|"  # 'Neither side reported injuries.': the report's
    # 'said a West Africa researcher at a Dakar-based think tank'
    r"^\W*(?:a|an|one)\s+(?:[A-Z][\w-]*\s+){0,2}(?:researcher|analyst|scholar|academic|economist|political\s+"
    r"scientist)\s+(?:at|with|from)\s+(?:an?\s+|the\s+)|"
    # 'Some have said the measure targets Indians': nobody named
    r"^\W*(?:some|others|many|critics)(?:\s+(?:have|had))?\W*$|"
    r"^\W*reporting\s+from\s+[^,;]{2,60},\s+|"
    # a named analyst by their post: 'Meron Alemu, a Horn of Africa analyst at the Nairobi-based
    # consultancy Rift Advisory, said' ('Ann Lee, a senior fellow at ...'; not 'a spokesperson for')
    r"^\W*(?-i:[A-Z])[^,;]{1,60},\s+(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:analyst|expert|researcher|scholar|economist|"
    r"professor|lecturer|fellow|commentator|historian|specialist|scientist|academic|strategist)\s+"
    # ('a Chadian security researcher based in Yaoundé', 'a researcher on the Great Lakes region based in Nairobi')
    r"(?:based\s+)?(?:at|with|of|from|in|on)\b|"
    # ('Oliver Hartmann, who studies Mongolian politics at a Canadian university, cautioned ...')
    r"^\W*(?-i:[A-Z])[^,;]{1,60},\s+who\s+(?:studies|teaches|researches|lectures)\s+[^,;]{1,80}?\b(?:at|in)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:university|institute|think[\s-]tank|college)\b|"
    # ('Hatem Ben Salah, a Tunis-based political scientist, said')
    r"^\W*(?-i:[A-Z])[^,;]{1,60},\s+(?:a|an)\s+[\w-]+-based\s+(?:[\w-]+\s+){0,3}?(?:analyst|expert|researcher|"
    r"scholar|economist|professor|political\s+scientist|commentator|historian|specialist)\W*$|"
    r"^\W*(?:our|its|(?-i:[A-Z])[\w ]{1,30}['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:correspondent|reporter)\b",
    re.I)


_NO_PARTY_WORD = re.compile(r"\b(?:analysts?|experts?|observers?|commentators?|economists?|traders?|scholars?|"
                            r"residents?|witnesses|witness|eyewitness(?:es)?|villagers?|activists?|medics?|rescuers?|professors?|lecturers?|fellows?|historians?|"
                            r"specialists?|scientists?|academics?|strategists?|"
                            r"fishermen|fisherman|fishers?|farmers?|herders?|shopkeepers?|neither|relatives|families|"
                            r"survivors|student|doctor|nurse|migrants?|refugees?|deportees?|worker|woman|man|mother|"
                            r"father|widow|parents?|"
                            r"researchers?|people\s+familiar|former|diplomats?|officials?|sources?|MEPs?|lawmakers?|"
                            r"legislators?|correspondents?|reporting\s+from|university|institute|think[\s-]tank|"
                            r"year-old|neighbou?rs?)\b|[A-Za-z],\s+\d{1,3},|"
                            r"^\W*(?:some|others|many|critics)\s+(?:have\s+|had\s+)?(?:said|say|argued?|claim(?:ed)?|"
                            r"suggest(?:ed)?)\b", re.I)


def no_party_source(sentence: str, text: str = "") -> bool:
    """Is the sentence's speaker a source that is no party (an analyst, a former official)?
    The guide lists actors that take positions; a report's commentators are its narrative. In a
    release for UN human rights experts (`text` names them), 'the experts said' is theirs."""
    if not _NO_PARTY_WORD.search(sentence):
        return False  # (the cheap look first: most sentences name no such source)
    attributed, named = attribution(sentence)
    if text and UN_EXPERTS.search(text) and re.fullmatch(r"\W*(?:the\s+)?experts\W*", named, re.I):
        return False
    # a private person, by age: 'Eleni Koka, 62, said ...', '"...," said Rosalina da Costa, 51, who sells fish'
    who = named.strip(" ,")
    if attributed and who and (_AGED.search(named) or re.search(rf"{re.escape(who)},\s+\d{{1,3}}(?:,|\W*$)", sentence)):
        return True
    # ('At least 40 people were killed ..., local activists said Sunday': the source after the last comma; not a
    # named person's post, 'Tsogtbaatar Altangerel, a lawmaker from the opposition Civic Renewal Party')
    head, _, tail = named.rpartition(",")
    tails = [] if head and is_person_name(head.strip()) else [tail]
    return attributed and any(_NO_PARTY_SOURCE.match(words) is not None for words in (named, *tails))


_AGED = re.compile(r"[A-Za-z],\s+\d{1,3}(?:,|\s*$)")  # ('A Dominican shoe seller, Julio Almonte, 63, said')
_PRONOUN_ONLY = re.compile(r"\s*(?:he|she)\s*", re.I)


def continues_no_party(sentence: str, before: list[str]) -> bool:
    """'"... is a real risk," she said' after 'Meron Alemu, a ... analyst at ..., said ...': the
    same source goes on, so its words are no party's either; `before` are the sentences just
    before it, nearest last. A line some party is said to speak in between ends the source's turn."""
    attributed, named = attribution(sentence)
    if not attributed or not _PRONOUN_ONLY.fullmatch(named):
        return False
    for earlier in reversed(before):
        if no_party_source(earlier):
            return True
        if attribution(earlier)[0]:
            return False
    return False


def told_by_no_party(number: int, doc: Document) -> bool:
    """A sentence an analyst or a former official tells (`no_party_source`), or goes on telling ('"...," she
    said'), or a sentence of a quotation whose closing sentence gives it to no party ('"Military attacks will only
    increase mistrust. Both sides must ...," said a military analyst'; '"Both men ... . Morales needs ... . Neither
    narrative wins ...," she said' after the analyst), or the next quotation of the paragraph after such a source
    ('"... crossing," said Jean-Pierre Mbuyi, a researcher ... "Kinshasa will come under huge pressure ..."')."""
    def no_party(at: int) -> bool:
        sentence = doc.sentence(at)
        before = [s.text for n in range(at - 4, at) if (s := doc.sentence(n)) is not None]
        return sentence is not None and (no_party_source(sentence.text, doc.text)
                                         or continues_no_party(sentence.text, before))
    sentence, before = doc.sentence(number), doc.sentence(number - 1)
    if sentence is None:
        return False
    closing = _quotation_close(number, doc)
    return no_party(number) or closing is not None and closing != number and no_party(closing) \
        or before is not None and WHOLLY_QUOTED.match(sentence.text) is not None \
        and "\n" not in doc.text[before.end : sentence.start] and no_party(number - 1)


def _quotation_close(number: int, doc: Document) -> int | None:
    """The sentence that closes the quotation sentence `number` opens or stands inside, in its paragraph."""
    sentence = doc.sentence(number)
    if sentence is None:
        return None
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    if not (leaves_quote_open(doc.text[line_start : sentence.start]) or OPENS_QUOTE.match(sentence.text)):
        return None  # neither inside a quotation nor opening one
    at = number
    while (s := doc.sentence(at)) is not None and "\n" not in doc.text[line_start : s.start]:
        if not leaves_quote_open(doc.text[line_start : s.end]):
            return at
        at += 1
    return None
