"""The shapes of lead-in that `speakers.named_speakers` reads: a note handed to someone, an aside
naming a body ('who have formed a body called ...'), an organ of the side named before ('Its
foreign ministry'), a head noun that stands for the body that spoke last ('the ministry'), a
reporter's turn, another side's account ('gave a sharply different account')."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named, actor_of_adjective
from summariser.people import NO_PERSON
from summariser.schema import Party
from summariser.titles import BODY_HINTS, ORG_HINTS, TITLE_WORDS

# 'He also called', 'It then said', 'He nonetheless regretted'
ADVERBS = r"(\s+(also|then|again|later|further|too|nonetheless|nevertheless|however|still|meanwhile|\w+ly))*"

HANDED_TO = re.compile(r"^\W*the\s+(?:note|letter|message|d[e\u00e9]marche|protest)\s+(?:\w+\s+)?(?:handed|sent|"
                       r"delivered|addressed|conveyed)\s+to\b", re.I)
SURNAME_ONLY = re.compile(r"^\W*[A-Z][\w'\u2019-]+\s*$")
IN_PLACE = re.compile(r"^\W*(?:in|from)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2},\s+(?=\S)",
                      re.I)
# the voice's own government or ministry, by its bare noun, opening a sentence
OWN_BODY_OPENS = re.compile(r"^\W*(?:\d+\.\s*)?the\s+(?:government|ministry)\b(?!\s+of\b)", re.I)
RELATIVE = re.compile(r"^\s*(?:which|who|whose|where)\b")
FORMED_BODY = re.compile(r"^\s*(?:who|which)\s+(?:have\s+|has\s+)?(?:formed|set\s+up|created|established)\s+"
                         r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:body|group|committee|council|movement)\s+(?:called|named|known\s+as)\s+"
                         r"(?P<body>(?:the\s+)?[A-Z][^,;]{2,80}?)[\s,]*$")
# 'The Permanent Strategic Framework (CSP), a coalition of mainly Tuareg armed groups that ..., said': a
# named side the aside calls a coalition, a movement or an armed group
# ('The National Unity Government, formed by ousted lawmakers, said': a body its members formed)
DESCRIBED_GROUP = re.compile(r"^\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:coalition|alliance|umbrella\s+group|grouping|"
                             r"movement|militia|(?:rebel|armed|militant|insurgent|separatist|opposition)\s+group)|"
                             r"formed\s+by\s+(?:[\w-]+\s+){0,2}?(?:lawmakers|legislators|politicians|opposition|exiles|rebels|"
                             r"officers|activists|leaders))\b")
_NAMED_HEAD = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|the|and)\s+)*){0,6}"
                         r"[A-Z][\w'\u2019-]*)\s*(?:\((?P<short>[A-Z][\w-]{1,9})\))?\s*$")
# ('A spokesman for its foreign ministry said ...': its organ's spokesman)
ITS_ORGAN = re.compile(r"^\W*(?:(?:an?|the)\s+(?:spokes(?:man|woman|person)|official)\s+(?:for|of|at)\s+)?"
                       r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|spokes\w+|office|army|military|"
                       r"embassy|mission|council|cabinet)\s*$", re.I)
# a state's unnamed envoy, whom the next 'he' or 'she' means: 'The representative of France', "Japan's delegate"
ENVOY = re.compile(r"\b(?:representative|delegate|envoy|ambassador|official|diplomat|spokes(?:person|man|woman))\b",
                   re.I)
HEAD_NOUNS = r"office|ministry|military|army|department|agency|authority|presidency|embassy|mission|movement|militia|" \
    r"group"
HEAD_NOUN = re.compile(rf"\b({HEAD_NOUNS})\b", re.I)


def heads_of(named: str, party: Party) -> list[str]:
    """The head nouns a later 'the ministry' or 'the group' names a speaker by: its lead-in's, and 'group'
    for an armed group named by its name ('Hezbollah said ...', then 'The group said ...')."""
    own = " ".join([party.name, *party.aliases, party.title or ""]).casefold()
    # (not the subject another party is named after: 'The Authority received the report of the Mediator, H.E.
    # Professor Akosua Mensah-Bonsu, who informed ...' gives her words, and 'The Authority' stays the Authority)
    return [noun.casefold() for noun in HEAD_NOUN.findall(named)
            if not re.match(rf"\W*the\s+{re.escape(noun)}\b", named, re.I) or noun.casefold() in own] \
        + ["group"] * (party.kind == "non_state_group")


# ('the office said'; 'A spokesman for the group, reached by telephone, said': the group's)
THE_HEAD = re.compile(rf"^\W*(?:(?:an?|the)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+)?the\s+(?P<noun>{HEAD_NOUNS})"
                      rf"{ADVERBS}\s*(?:,[^,]*,?\s*)?$", re.I)
HEAD_TAG = re.compile(rf"[,.!?][\"\u201d]\s+the\s+(?P<noun>{HEAD_NOUNS})(?=\s+(?:said|says|added|stated)\b)", re.I)
# a reporter's turn: 'Q:', 'QUESTION:', 'REPORTER:'
QUESTION_TURN = re.compile(r"^\W*(?:Q|Question|Reporter|Journalist|Correspondent)\s*:", re.I)
# ('The ministry urged Brussels to ...' after "China's commerce ministry said": the same ministry)
HEAD_OPENS = re.compile(rf"^\W*the\s+(?P<noun>{HEAD_NOUNS})(?=\s+(?:\w+\s+)?(?:said|says|added|stated|urged|"
                        r"called|demanded|warned|accused|rejected|denied|insisted|described|affirmed|stressed|"
                        r"reiterated|noted|condemned|expressed|renewed|welcomed|dismissed)\b)", re.I)
INNER_SPEAKER = re.compile(
    r"\b(?:said|stated|added|noted|explained|indicated|mentioned)\s+that\s+(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+(?:also\s+)?(?:affirmed|stressed|emphasi[sz]ed|underlined|underscored|said|"
    r"stated|noted|expressed|welcomed|warned|reiterated|called|urged|praised|pointed\s+out)\b")
# what a lead-in ends with between its subject and the speaking verb: 'The Russian Ministry of
# Defence has already (claimed)' names the Ministry, not the issuer's 'the Ministry'
AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|also|already|earlier|previously|since|then|again|now|once|today|"
                         r"yesterday|repeatedly|publicly|on\s+[A-Z][a-z]+day))+\s*$")
THEY = re.compile(rf"^\W*they{ADVERBS}\s*$", re.I)
MEMBERS_OF = re.compile(r"^\W*(?:the\s+)?(?:members|leaders|heads|ministers)\s+of\b", re.I)
# ('Members of Ruto's United Democratic Alliance accused ...': the party, not its leader)
MEMBERS_OF_BODY = re.compile(r"^\W*(?:(?:some|several|many|the)\s+)?members\s+of\s+(?:the|(?P<owner>(?-i:[A-Z])[\w-]*"
                             r"['\u2019]s))\s+"
                             r"(?P<body>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))\b", re.I)
THE_STATEMENT = re.compile(r"^\W*the\s+(?:written\s+|joint\s+|ministry's\s+)?"
                           r"(?:statement|communiqu\w+|declaration|release)"
                           r"(?:\s+(?:also|further|then|\w+ly))*\s*$", re.I)
THE_REPORT = re.compile(r"^\W*the\s+report(?:\s+(?:also|further|then|\w+ly))*\s*$", re.I)
# ('"...," the official said' after 'An official at the OAS office ... said': that official)
THE_SPOKESMAN = re.compile(r"^\W*the\s+(?:spokes(?:man|woman|person)|official|diplomat)"
                           r"(?:\s+(?:also|then|further|again|later))*\s*$", re.I)
# 'Cambodia's defence ministry gave a sharply different account.', "Iran's account differed sharply.":
# the lines after it, in its paragraph, are that side's account
OTHER_ACCOUNT = re.compile(
    r"^\W*(?:(?P<who>[^,.;]{2,60}?)\s+(?:gave|offered|presented|put\s+forward|told)\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:different|contrasting|conflicting|opposing|rival|other)\s+(?:account|version|story|narrative|emphasis|picture|reading)"
    r"|(?P<whose>[^,.;]{2,40}?)['\u2019]s\s+(?:account|version)\s+(?:differed|was\s+different|diverged))", re.I)
# the issuing state's own head by a title alone, as its readouts write it
# at the opening of the words, after a participle's clause ('Opening the meeting, the Head of our state')
INTRODUCED = re.compile(r"^\W*(?P<lead>[A-Z][^,.;]{2,60},\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}),")


def group_in_aside(head: str, aside: str) -> tuple[str, list[str]] | None:
    """The name (and short form) of the side a lead-in's aside says its head is: the body named after
    'who have formed a body called', or the head itself when the aside calls it a coalition or a group
    ('The Permanent Strategic Framework (CSP), a coalition of ... armed groups'). Else None."""
    if formed := FORMED_BODY.search(aside):
        return re.sub(r"^the\s+", "", formed["body"]), []
    named = _NAMED_HEAD.match(head) if DESCRIBED_GROUP.match(aside) else None
    if named is None and DESCRIBED_GROUP.match(head.strip()[:1].lower() + head.strip()[1:]):
        # the other way round: 'An armed group active in north-western CAR, the Patriotic Movement for the
        # Renewal of the North (MPRN), denied ...'
        named = _NAMED_HEAD.match(aside.strip(" ,"))
    return (named["name"], [named["short"]] if named["short"] else []) if named else None
# ('The opposition, for its part, says', 'The Venezuelan opposition has said', 'Sectors of the Uruguayan opposition')
OPPOSITION = re.compile(r"^\W*(?:(?:sectors|members|parts|figures|leaders)\s+of\s+)?"
                        r"the\s+(?P<name>(?:(?-i:[A-Z])[\w-]+\s+)?opposition)\b(?!\s+(?:party|parties|leader|"
                        r"candidate|coalition|alliance|bloc)\b)", re.I)
# 'For his part, His Excellency the Prime Minister noted': the title after the honorific names him
HONORIFIC_BEFORE_TITLE = re.compile(r"^\W*(?:for\s+(?:his|her)\s+part,\s*)?(?:his|her)\s+excellency\s+(?=the\s)", re.I)
# what an aside says of the speaker names no speaker: 'Besigye's lawyer, Erias Lukwago, who is also Lord Mayor of
# Kampala, said' (not Uganda)
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,]*(?:,|$)")
# a proper name after a descriptor ('Government negotiator Otty Patino', '... (retd) Jahangir Alam Chowdhury')
_ENDS_WITH_A_NAME = re.compile(r"(?P<before>\b[a-z]+|\))\s+(?P<name>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}))\W*$")
_FUNCTION_WORD = {"the", "of", "for", "and", "on", "in", "at", "to", "an", "a", "his", "her", "its", "their", "by"}
# (beside the words of bodies and organisations `titles` and `people` know)
_NOT_A_PERSON = re.compile(r"\b(?:Watch|International|Foundation|Network|Group|Association|Federation|Times|Post|"
                           r"Press|Television|Radio|Mission|Movement|Coalition|Republic|Kingdom|States?|Senate|"
                           r"Congress|Monitor)\b")
# a group named by its acronym alone ('The SPLM/A-IO', 'The M23'): no state's, no person's name
UNLISTED_GROUP = re.compile(r"(?:the\s+)?(?P<name>(?-i:[A-Z][A-Z\d]+(?:[/-][A-Z\d]+)*))", re.I)


def unlisted_person(named: str) -> str | None:
    """The proper name a lead-in ends with after a descriptor ('Government negotiator Otty Patino'),
    when it is no title, no organisation and no actor the gazetteer knows: a person the model left out."""
    person = _ENDS_WITH_A_NAME.search(named)
    if person is None or person["before"] in _FUNCTION_WORD or any(
            words.search(person["name"]) for words in (_NOT_A_PERSON, NO_PERSON, ORG_HINTS, BODY_HINTS)) \
            or TITLE_WORDS.intersection(person["name"].casefold().split()):
        return None
    name = person["name"]
    return None if actor_named(name) is not None or actor_of_adjective(name.split()[0]) is not None else name


def surname_in_full(named: str, text: str) -> str | None:
    """The full name a bare surname as the whole lead-in means ('Kamara said ...' after 'His main rival, Samura Kamara
    of the All People's Congress'), when the text writes it in full one way only, with no post before it: a person
    the model left out."""
    bare = re.fullmatch(r"\s*((?-i:[A-Z])[\w\u2019-]+)\s*", named)
    if bare is None:
        return _titled_surname(named, text)
    if actor_named(bare[1]) is not None or bare[1].casefold().removesuffix("s") in TITLE_WORDS \
            or ORG_HINTS.fullmatch(bare[1]) or BODY_HINTS.fullmatch(bare[1]):
        return None  # (not SADC's 'Summit noted ...': the 'Extraordinary Summit' is no person)
    # (on one line: not a section heading's 'Reparations' over 'Heads of Government reaffirmed ...')
    full = {m[1] for m in re.finditer(rf"\b((?:(?-i:[A-Z])[\w-]+[ \t]+){{1,2}}){re.escape(bare[1])}\b", text)
            if not TITLE_WORDS.intersection(m[1].casefold().split()) and actor_named(m[1].strip()) is None
            and actor_of_adjective(m[1].split()[0]) is None}
    name = f"{full.pop().strip()} {bare[1]}" if len(full) == 1 else None
    return name if name is not None and actor_named(name) is None else None


def _titled_surname(named: str, text: str) -> str | None:
    """'First Vice Minister Yoon said ...' after 'H.E. Mr. Yoon Hae-rim, First Vice Minister of ...': the one full
    name the text gives that family name, written first (as Korean names are) or last."""
    m = re.fullmatch(r"\s*((?:[A-Z][\w-]*\s+){1,4})((?-i:[A-Z])[\w'\u2019-]+)\s*", named)
    if m is None or not all(w.casefold() in TITLE_WORDS for w in m[1].split()) or actor_named(m[2]) is not None:
        return None
    family = re.escape(m[2])
    full = {f[0] for f in re.finditer(rf"\b{family}[ \t]+(?-i:[A-Z])[\w'\u2019]+-[\w'\u2019-]+|"
                                      rf"\b(?-i:[A-Z])[\w'\u2019-]+[ \t]+{family}\b", text)}
    full = {f for f in full if not TITLE_WORDS.intersection(f.casefold().split()) and actor_named(f) is None
            and actor_of_adjective(f.split()[0]) is None}
    return full.pop() if len(full) == 1 else None

