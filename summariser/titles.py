"""Titles and the words that tell a person's post, a body and an organisation apart:
'U.S. Secretary of State Antony Blinken' is Antony Blinken with a title; 'Ministry of Foreign
Affairs' is a body; 'African Union Commission' is an organisation's. And a person's name the
model cut short, completed from the text (`completed_name`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser.gazetteer import actor_named
from summariser.schema import Kind, Party

if TYPE_CHECKING:
    from summariser.parties import PartyBook

# military ranks, written short: 'Minister of National Defense Adm. Dong Jun', 'Air Force Maj. Gen. Pat Ryder'
_RANKS = {"adm.", "gen.", "maj.", "lt.", "col.", "capt.", "radm.", "vadm.", "brig.", "sgt.", "cdr."}
TITLE_WORDS = {
    "president", "prime", "minister", "ministers", "secretary", "state", "foreign", "affairs",
    "general", "spokesperson", "spokesman", "spokeswoman", "ambassador", "chancellor", "king",
    "queen", "emir", "highness", "royal", "majesty", "chairman", "chair", "chairperson", "commissioner",
    "chairperson-in-office", "chairman-in-office", "chair-in-office",
    "envoy", "counsellor", "counselor", "lawmaker", "legislator",  # the Arab League's 'Counsellor Gamal Roshdy'
    "representative", "special", "high", "deputy", "vice", "senator", "governor", "director",
    "head", "chief", "mr", "mrs", "ms", "dr", "his", "her", "excellency", "defence", "defense",
    "interior", "the", "of", "for", "republic", "u.s.", "us", "u.", "s.", "federal", "national",
    "security", "adviser", "advisor", "permanent", "under-secretary", "senior", "official",
    "leader", "supreme", "commander", "army", "council", "colonel", "lieutenant", "major",
    "mayor", "speaker", "premier", "pm", "fm", "mp", "mep", "h.e.", "sheikh", "crown", "prince", "staff",
    # UN posts: 'High Commissioner for Human Rights', 'Emergency Relief Coordinator', 'Special Rapporteur'
    "human", "rights", "refugees", "coordinator", "emergency", "relief", "humanitarian", "rapporteur",
    "secretary-general", "under-secretary-general", "director-general", "mr.", "mrs.", "ms.", "dr.",
    "negotiator", "mediator", "aide", "prosecutor",  # 'ICC Prosecutor Karim A.A. Khan KC'
    "attorney", "solicitor",  # 'Attorney General Consuelo Porras'
    "councilor", "councillor",  # China's 'State Councilor and Foreign Minister Wang Yi'
    "hon", "hon.",  # the Australian and British "Senator the Hon Penny Wong"
    "shri", "sri", "smt", "smt.", "shrimati", "mawlawi", "maulvi",  # honorifics: 'Prime Minister Shri Narendra Modi'
    "t\u00e1naiste", "tanaiste", "taoiseach",  # Ireland's deputy and head of government
    # a post's field: 'Coordinator for Strategic Communications John Kirby'
    "strategic", "communications", "operations", "intelligence", "policy", "planning",
    "sciences", "science", "technology", "earth",  # India's 'Minister of Earth Sciences Kiren Rijiju'
    # 'President-elect Bernardo Arévalo', 'Magistrate Irma Palencia'
    "magistrate", "president-elect", "vice-president-elect", "prime-minister-elect",
    "minister-designate", "minister-elect", "president-designate", "chancellor-elect", "premier-designate",
    "first", "lady", "vice-president", "vice-premier", "vice-chair", "vice-chairman", "vice-chairperson",
    *_RANKS, "admiral", "commodore", "brigadier", "captain", "marshal", "rear",  # 'Commodore Jay Tarriela'
}
PERSON_TITLE = re.compile(
    r"\b(president|minister|secretary|spokes\w+|ambassador|chancellor|king|queen|emir|envoy|"
    r"commissioner|representative|general|director|chair\w*|senator|governor|premier|mr|mrs|ms|dr|"
    r"negotiator|mediator|advis[eo]r|aide|coordinator|rapporteur|lawmaker|legislator|parliamentarian|(?-i:MPs?|MEPs?)|"
    r"t\u00e1naiste|tanaiste|taoiseach|head\s+of\s+(?:state|government))\b", re.I)
# 'Mohammed bin Salman', 'Ursula von der Leyen': small words inside a name
# (the small words inside a name: 'Mohammed bin Salman', 'Juan Ramón de la Fuente', 'Ursula von der Leyen')
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "van", "von", "der", "del", "di", "dos", "das", "du",
                  "la", "le", "do", "den", "ter"}
STOP_WORDS = {"the", "of", "and", "for", "in", "on", "to", "a", "an", "so", "called"}
ORG_HINTS = re.compile(
    r"\b(union|council|nations|organi[sz]ation|commission|alliance|bank|fund|court|agency|"
    r"community|league|assembly|forum|summit|g7|g20|nato|asean|ecowas|african union|eu)\b", re.I)
BODY_HINTS = re.compile(
    r"\b(ministry|office|government|administration|presidency|cabinet|parliament|army|navy|military|forces|"
    r"police|guard|command|department|service|authorit(?:y|ies)|secretariat|bureau|directorate|division|embassy|"
    r"consulate)\b", re.I)


# the small words inside a title ('Ambassador to the UN', 'Special Envoy on Yemen', 'Ministre des Affaires')
TITLE_LINKS = {"of", "the", "for", "and", "to", "on", "in", "at", "de", "des", "du", "la", "el", "al"}


# the last word of an actor's name, never a name of a person: '... of the League of Arab States'
NO_NAME_END = {"States", "Nations", "Union", "Affairs", "Countries", "Emirates", "Islands", "Republic", "Kingdom",
                "Council", "League", "Community", "Organization", "Organisation", "Forces", "Government",
                "Group", "Mission", "Committee", "Panel", "Programme", "Forum"}  # 'Military Observer Group'


# (TD: a member of the Irish Dáil; the sentence's full stop may follow: 'the Hon Jeremiah Manele MP.')
# (several, dotted: 'Dame Cordelia Small-Whitehead, S.C., M.P.')
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:K\.?C|Q\.?C|S\.?C|M\.?P|TD|OBE|CBE|KBE|DBE|MBE|GBE|GCMG|KCMG|KCB|GCB)\.?)+,?$")


_COMPASS = {"North", "South", "East", "West", "Middle", "Central", "Northern", "Southern", "Eastern", "Western"}


def names_a_post(name: str) -> bool:
    """Is `name` a post rather than a body ('Minister for Foreign Affairs', 'Foreign Secretary',
    'Spokesperson of the Ministry ...'; not 'Ministry of Foreign Affairs')?"""
    # (and after an acronym: 'UAE President', 'UK Prime Minister'; not the 'OAS General Secretariat')
    after_acronym = re.sub(r"^[A-Z]{2,5}\s+", "", name)
    return bool(PERSON_TITLE.match(name) or PERSON_TITLE.match(re.sub(r"^[A-Z][a-z]+\s+", "", name))
                or after_acronym != name and PERSON_TITLE.match(after_acronym) and not BODY_HINTS.search(after_acronym)
                or _POST_AFTER_TWO_WORDS.fullmatch(name))


# 'Chinese Foreign Minister': a title word after two others, alone or 'of' something
_POST_AFTER_TWO_WORDS = re.compile(rf"(?:(?-i:[A-Z][A-Za-z]+)\s+){{2}}{PERSON_TITLE.pattern}(?:\s+(?:of|for|to)\s.*)?",
                                   re.I)


def without_post_nominals(name: str) -> str:
    """'Miche\u00e1l Martin TD' -> 'Miche\u00e1l Martin': letters after a name are no part of it."""
    return _POST_NOMINALS.sub("", name)


_PARTICLED = re.compile(r"(?:al|el|ad|as|ash|at|az|ul|bin|ibn|abu|de|di|da)-(?-i:[A-Z])")
# title words that only qualify a post and never end one: 'Union for National Salvation' is no 'National' post
_QUALIFIERS = {"national", "special", "high", "deputy", "vice", "prime", "federal", "permanent", "senior", "supreme",
               "strategic", "emergency", "humanitarian", "human", "first", "foreign", "interior", "rear"}
# a post's own head noun: 'Chief Executive Officer of the Ministry' names no one called 'Executive Officer'
POST_HEADS = {"officer", "executive", "official", "administrator", "commander", "manager", "inspector", "registrar",
               "auditor", "controller", "comptroller", "superintendent", "ombudsman", "clerk", "counsel"}


def split_title(name: str) -> tuple[str, str | None]:
    """'U.S. Secretary of State Antony Blinken' -> ('Antony Blinken', 'U.S. Secretary of State');
    'High Representative for Foreign Affairs and Security Policy, Josep Borrell' splits at the
    comma, since 'Policy' is no title word."""
    name = _POST_NOMINALS.sub("", name)  # 'Karim A.A. Khan KC': King's Counsel is no part of the name
    numbered = re.search(r"(\S+)\s+[IVX]{1,4}$", name)  # Brunei's 'Minister of Foreign Affairs II': a post, no 'II'
    if numbered is not None and numbered[1].casefold() in POST_ENDINGS | TITLE_WORDS:
        return name, None
    before, comma, after = name.rpartition(", ")
    if comma and after[:1].isupper() and not (TITLE_WORDS | POST_ENDINGS) & set(after.lower().split()) \
            and PERSON_TITLE.search(before) and not re.fullmatch(r"(?:Jr|Sr|[IVX]+)\.?", after):
        # (not a portfolio list's end: '..., International Trade and Worship')
        return after, _HONORIFIC_START.sub("", before)
    words = name.split()
    # '... for Bosnia and Herzegovina', '... of Trinidad and Tobago': a title ends with the
    # actor it serves, whose own name may have an 'and' in it
    if any(words[k - 1].lower() in ("of", "for", "to", "the") and " and " in " ".join(words[k:])
           and actor_named(" ".join(words[k:])) for k in range(1, len(words))):
        return _name_before_of(words) or (name, None)
    cut = len(words)
    while cut > 0 and (words[cut - 1].lower().strip(",") not in TITLE_WORDS or _initial(words, cut - 1)) and (
            words[cut - 1][:1].isupper() or words[cut - 1] in NAME_PARTICLES and cut < len(words)
            or _PARTICLED.match(words[cut - 1])):  # ('Syrian Foreign Minister al-Shaibani')
        if cut >= 2 and words[cut - 2].lower() in ("of", "for", "to") or \
                cut >= 3 and words[cut - 2].lower() == "the" and words[cut - 3].lower() in ("of", "for", "to", "and"):
            # ('... for International Development and the Pacific Zed Seselja': the region is the title's)
            # '... of Sweden Tobias Billström', 'Secretary of the Treasury Janet Yellen': the
            # word after 'of' belongs to the title, and so does a longer actor's name there
            # ('Ambassador to the United Nations Linda ...'); '... of the European Union' is all title
            cut = next((k for k in range(len(words), cut - 1, -1) if actor_named(" ".join(words[cut - 1 : k]))), cut)
            if cut < len(words) and words[cut - 1] in _COMPASS and words[cut][:1].isupper():
                cut += 1  # '... for the South Caucasus Toivo Klaar', '... for the Middle East': a region of two words
            while cut < len(words) and (ORG_HINTS.fullmatch(words[cut]) or BODY_HINTS.fullmatch(words[cut])):
                cut += 1  # '... of the African Union Commission Mahmoud Ali Youssouf'
            if cut == len(words):
                return _name_before_of(words) or (name, None)
            if cut == len(words) - 1 and words[-1] in NO_NAME_END:
                return name, None  # 'Secretary-General of the League of Arab States': no one named 'States'
            break
        cut -= 1
    # A name begins at the first capitalised word after a title word, even where a title word
    # follows inside it: 'President Hassan Sheikh Mohamud', 'Crown Prince Mohammed bin Salman'.
    if 0 < cut < len(words):
        cut = next((k for k in range(1, cut) if _is_title(words[k - 1]) and words[k][:1].isupper()
                    and not _is_title(words[k]) and not BODY_HINTS.fullmatch(words[k])), cut)
    # 'Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder': a rank is the last of the title
    cut = max([cut, *(k + 1 for k in range(cut, len(words) - 1) if words[k].casefold() in _RANKS)])
    # '... of the Russian Foreign Ministry Maria Zakharova': the body ends the title, a name follows it
    body_end = max((k + 1 for k in range(cut, len(words) - 2) if BODY_HINTS.fullmatch(words[k])), default=0)
    if 0 < cut < body_end and all(w[:1].isupper() and not _is_title(w) for w in words[body_end:]):
        cut = body_end
    if 0 < cut < len(words) and (BODY_HINTS.search(" ".join(words[cut:])) or ORG_HINTS.search(words[-1])):
        # ... and 'Chairperson of the African Union Commission' is all title, not 'Commission'
        return name, None  # "Israeli Prime Minister's Office" is a body, not a person 'Minister's Office'
    if 0 < cut < len(words) and re.search(r"\b(?:on|regarding|about|concerning)( [a-z]+ing)?$", " ".join(words[:cut])):
        # what the post speaks about: 'Special Envoy on Yemen Hans Grundberg' is Hans Grundberg, and
        # 'Spokesperson for the Secretary-General on Haiti' has no name in it
        cut = next((k for k in range(len(words), cut, -1) if actor_named(" ".join(words[cut:k]))), len(words))
        if len(words) - cut < 2:
            return name, None
    while 0 < cut < len(words) and words[cut].strip(",").lower() in PORTFOLIOS and "for" in words[:cut]:
        cut += 1  # '... for Foreign Affairs and Security Policy Kaja Kallas': the portfolio is the title's
    if 0 < cut < len(words) and words[-1].strip(",").lower() in POST_ENDINGS:
        return name, None  # 'Minister of Justice and Correctional Services': a post, no 'Correctional Services'
    if 0 < cut < len(words) - 1 and any(_is_title(w) for w in words[:cut]):
        # '... of Foreign Affairs and European Integration Nicu Popescu', '... Foreign Employment and
        # Tourism Vijitha Herath': a portfolio after 'and' is the title's, and no name has one in it
        cut = max([cut, *(k + 1 for k in range(cut, len(words) - 1) if words[k].strip(",").lower() in PORTFOLIOS)])
    if 0 < cut < len(words) and any(w.lower() in TITLE_WORDS for w in words[:cut]) \
            and words[cut - 1].casefold().strip(",") not in _QUALIFIERS \
            and not actor_named(" ".join(words[cut:])):  # 'Senator for South Australia' names no 'Australia'
        # (an honorific before the name is no part of the post: 'Prime Minister Shri Narendra Modi')
        post = _HONORIFIC_START.sub("", _HONORIFIC_END.sub("", " ".join(words[:cut]).rstrip(",")))
        if len(words) - cut == 1 and (re.search(r"\son\s+the\s", post) or re.search(
                r"\sof\s+(?-i:[A-Z])[\w'\u2019-]*$", post) and not actor_named(words[cut - 1])) \
                or post.casefold() in _QUALIFIERS | {"state"}:  # ('Catholic Bishop of Colón-Kuna Yala')
            return name, None  # a mandate's end ('... on the rights of Indigenous Peoples'); 'State Great Khural'
        return " ".join(words[cut:]), post if post.casefold() not in ("", "the") else None
    return name, None


_HONORIFIC_END = re.compile(r"(?<=\w),?(?:\s+(?:Shri|Sri|Smt\.?|Shrimati|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.E\.|"
                            r"(?:the\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?))+$")  # ('Senator the Hon. Dr')
# ... or opening it: 'The Hon. Prime Minister, Afioga ...' holds the post 'Prime Minister'
_HONORIFIC_START = re.compile(r"^(?:the\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?\s+(?=(?-i:[A-Z]))", re.I)
# what a minister's post is for ('Minister for Foreign Affairs and Trade'): never a name
# an Arabic surname's article, joined to the name it opens: 'al-Ansari', 'el-Sisi'
ARTICLED = re.compile(r"(?:al|el|ad|ash|as|ar|at|az|an)-(?-i:[A-Z])")
# (Jordan's, Lebanon's, Argentina's, Sri Lanka's 'expatriates', 'emigrants', 'worship', 'employment'; Ecuador's
# 'Human Mobility'; 'Federal Minister for Information and Broadcasting Attaullah Tarar')
PORTFOLIOS = {"policy", "trade", "affairs", "development", "cooperation", "co-operation", "security", "defence",
               "defense", "justice", "relations", "planning", "integration", "commerce", "finance", "economy",
               "climate", "energy", "health", "investment", "diaspora", "commonwealth", "industry", "tourism",
               "expatriates", "emigrants", "worship", "employment", "mobility", "broadcasting", "information",
               "communications", "culture", "education", "agriculture", "transport", "labour", "labor", "environment",
               "fisheries", "infrastructure", "housing", "youth", "petroleum", "reform", "reforms", "resources",
               "reconciliation", "solidarity", "mines", "works", "administration", "research", "migration", "sports",
               "enterprise", "innovation", "science", "technology", "interior", "equality", "forestry", "irrigation"}
# the last word of a post, never of a name: 'Head of Public Diplomacy'
POST_ENDINGS = PORTFOLIOS | {"diplomacy", "services"}


def _initial(words: list[str], k: int) -> bool:
    """An initial of the name that follows ('External Affairs Minister S. Jaishankar'), not the
    'S.' of a 'U. S.' before a title."""
    return bool(re.fullmatch(r"[A-Z]\.", words[k])) and k + 1 < len(words) and words[k + 1][:1].isupper() \
        and (k == 0 or words[k - 1] != "U.")


def _is_title(word: str) -> bool:
    """A title word, not a link inside a title ('of', 'the'): 'Minister of Sweden' is all title."""
    folded = word.lower().strip(",")
    # ('DR Congo's Foreign Minister ...': 'DR' is the Democratic Republic, not a doctor)
    return folded in TITLE_WORDS and folded not in STOP_WORDS and not (word.isupper() and folded in ("dr", "mr", "ms"))


def _name_before_of(words: list[str]) -> tuple[str, str] | None:
    """'Prime Minister Benjamin Netanyahu of Israel': a name between the title and an 'of' that ends the whole (the
    state it serves goes to the title). None for 'High Representative of the European Union', all title."""
    for of in (k for k, w in enumerate(words) if w.lower() == "of"):
        last_title = max((k for k, w in enumerate(words[:of]) if w.lower().strip(",") in TITLE_WORDS), default=-1)
        between = words[last_title + 1 : of]
        if last_title >= 0 and 2 <= len(between) <= 4 and all(w[:1].isupper() or w in NAME_PARTICLES for w in between) \
                and between[-1].casefold() not in POST_HEADS \
                and actor_named(" ".join(between)) is None:  # ('... of the United States of America': no one)
            return " ".join(between), " ".join(words[: last_title + 1] + words[of:])
    return None


# what a post is about, closing it: 'Special Envoy of the Secretary-General on Myanmar' serves the
# UN, not Myanmar
ON_TOPIC = re.compile(r"\s+(?:on|regarding|about|concerning)\s+(?:the\s+)?[A-Z][^,]*$")


# a state's government post, which no organisation has: 'Prime Minister Ariel Henry' in a Security Council statement
GOVERNMENT_POST = re.compile(r"\b(?:Prime\s+Minister|Minister|King|Queen|Emir|Chancellor|Premier)\b", re.I)


# 'Prime Minister Ishiba Shigeru of Japan and President' before 'Lee Jae-myung': another's title, then 'and'
_ANOTHERS_THEN = re.compile(r"^.*\bof\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+and\s+"
                            r"(?P<own>.+)$")


def own_title(words: str) -> str:
    """The title words before a name, without another person's title and name joined by 'and' before them."""
    other = _ANOTHERS_THEN.match(words)
    return other["own"] if other and PERSON_TITLE.match(other["own"]) else words


def guess_kind(name: str) -> Kind:
    if ORG_HINTS.search(name):
        return "international_org"
    if BODY_HINTS.search(name):
        return "government_body"
    return "state"


def completed_name(name: str, text: str) -> str:
    """A person's name the model cut short ('Josep' for 'Josep Borrell'), completed when every
    time the text uses it, the same capitalised word follows."""
    for _ in range(2):
        # the word after each use of the name, None where none follows ('Josep, the ...')
        following = {m[1] for m in re.finditer(rf"\b{re.escape(name)}\b(?: (\w[\w'-]*))?", text)}
        word = following.pop() if len(following) == 1 else None
        if not word or not word[0].isupper() or word.lower() in TITLE_WORDS:
            break
        name = f"{name} {word}"
    return with_first_name(name, text)


# the particles inside a name that a first name stands before ('Bendito dos Santos Freitas', 'Lula da Silva')
_PARTICLES = "da|de|do|dos|das|di|van|von|der|del|bin|ibn|al|el"
_NOT_OPENING = r"(?:(?<![.!?\n]\s)|(?<=\bMr\.\s)|(?<=\bMs\.\s)|(?<=\bMrs\.\s)|(?<=\bDr\.\s)|(?<=H\.E\.\s))"


def with_first_name(name: str, text: str, most_words: int = 1) -> str:
    """A one-word person's name ('Rubio'), given the first name the text writes before it
    ('Secretary of State Marco Rubio spoke ... Secretary Rubio underscored'), when it writes
    only one; a word that opens a sentence, a title or an actor's name ('Indonesian') is none."""
    if len(name.split()) > most_words:
        return name
    before = set()
    # 'Antony J. Blinken': a middle initial goes with the first name
    # (a sentence's opening word is none, but 'H.E. Mr. Volodymyr Zelenskyy' has one)
    for m in re.finditer(rf"{_NOT_OPENING}(?<!^)\b([A-Z][\w'-]+)( [A-Z]\.)? {re.escape(name)}\b"
                         # (the middle of a longer name is not this one: 'Luiz In\u00e1cio Lula da Silva' for 'Lula')
                         rf"(?!\s+(?:della|{_PARTICLES})\s+[A-Z])", text):
        word = m[1]
        # the last word of a title is no first name: 'Secretary of the Treasury Janet Yellen'
        ends_title = re.search(r"\b(?:of|for|to)(?:\s+the)?\s+$", text[: m.start()]) is not None
        # ... and so is the end of a state's name: 'President of the United States Donald Trump'
        ends_title |= bool((prev := re.search(r"[A-Z][\w'-]+\s+$", text[: m.start()])) and actor_named(prev[0] + word))
        ends_title |= word.casefold() in POST_ENDINGS  # 'Senior Secretary for Public Relations Kim Eun-hye'
        ends_title |= word.casefold() in _STYLE_WORDS  # 'The Honourable Mélanie Joly'
        # a state's name is no first name ('Indonesian Retno'), unless a title stands before it: 'Foreign
        # Minister Israel Katz'
        after_title = (prev_word := re.search(r"([A-Za-z]+)\s+$", text[: m.start()])) is not None \
            and prev_word[1].lower() in TITLE_WORDS
        if word.lower() not in TITLE_WORDS and (actor_named(word) is None or after_title) and m.start() > 0 \
                and not ends_title \
                and not BODY_HINTS.fullmatch(word) and not ORG_HINTS.fullmatch(word):  # no 'Ministry Maria Zakharova'
            # ('Bendito dos Santos Freitas' for 'Freitas': the first name before a particle too)
            particled = re.search(rf"\b([A-Z][\w'-]+\s+(?:{_PARTICLES}))\s+$",
                                  text[: m.start()])
            before.add((f"{particled[1]} " if particled else "") + word + (m[2] or ""))
    if not before:  # 'Bendito dos Santos Freitas' for 'Santos Freitas': a first name and a particle
        before = {m[1] for m in re.finditer(rf"{_NOT_OPENING}(?<!^)\b([A-Z][\w'-]+\s+(?:{_PARTICLES}))\s+"
                                            rf"{re.escape(name)}\b", text)
                  if m[1].split()[0].lower() not in TITLE_WORDS and actor_named(m[1].split()[0]) is None}
    if not before and " " not in name and name[:1].isupper():
        # Japanese and Chinese releases write the family name in capitals, first: 'Minister Iwaya'
        # is 'IWAYA Takeshi', 'Minister Wang' is 'WANG Yi'
        given = {m[1] for m in re.finditer(rf"\b{re.escape(name.upper())}\s+([A-Z][a-z][\w'-]*)\b", text)}
        return f"{name} {given.pop()}" if len(given) == 1 else name
    return f"{before.pop()} {name}" if len(before) == 1 else name


_STYLE_WORDS = {"honourable", "honorable", "excellency", "highness", "majesty", "sir", "dame", "hon", "rt"}


# a word that describes an actor, not part of its name: 'Neighbouring Brazil', 'fellow member Chad'
DESCRIBED = re.compile(r"^(?:neighbou?ring|fellow|nearby|landlocked|oil-rich|gas-rich)\s+(?=(?-i:[A-Z]))", re.I)


# a British style around a name, no part of it: 'The Rt Hon Sir Keir Starmer KCB KC MP'
STYLED = re.compile(r"(?:(?:The\s+)?(?:Rt\.?\s+Hon\.?|(?:Right|Most)\s+Honou?rable|Honou?rable|Hon\.?)\s+)?"
                    r"(?:(?:Sir|Dame)\s+)?"
                    r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}?)"
                    r"(?:\s+(?:KCB|KCMG|GCMG|KBE|DBE|CBE|OBE|MBE|KC|QC|PC|MP|MSP|MEP|FRS))*")


# a title written short at the opening of a sentence: 'PM thanked ...', 'EAM called on ...'
SHORT_TITLES = {"PM": "Prime Minister", "FM": "Foreign Minister", "EAM": "External Affairs Minister"}
SHORT_TITLE = re.compile(r"\W*(?:the\s+)?(?P<short>PM|FM|EAM)\b(?:\s+(?:also|then|further|\w+ly))*")


def only_in_titles(body: Party, book: PartyBook) -> bool:
    """Does the text name the body only inside a person's titles, just before the name ('Member of the
    Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met ...')? It speaks nowhere."""
    people = [p.name for p in book.parties if p.kind == "person"]
    spots = [m.end() for m in re.finditer(rf"\bof\s+the\s+{re.escape(body.name)}\b", book.text)]
    return bool(spots) and len(spots) == len(re.findall(rf"\b{re.escape(body.name)}\b", book.text)) and all(
        any(name in book.text[end : end + 80].split(".")[0] for name in people) for end in spots)


def post_opening(name: str, text: str) -> str:
    """The post before a name's first mention, back to the start of its sentence, less a leading
    'The' ('OSCE Chairperson-in-Office, Finnish Foreign Minister ' before 'Elina Valtonen'); '' when
    other words come before the name."""
    at = text.find(name)
    before = re.sub(r"^\W*(?:the\s+)?", "", re.split(r"[.;\n]", text[max(0, at - 120) : max(0, at)])[-1], flags=re.I)
    # only a post: capitalised words and their links ('EU has not recognised the legitimacy of' is none)
    words = [w.strip(",") for w in before.split()]
    return before if all(w[:1].isupper() or w in ("of", "the", "for", "and", "on", "to", "in") for w in words) else ""


# a post of a state or body written right before the name: 'Prime Minister of Japan Shigeru Ishiba'
_POST_OF_BEFORE = r"(?P<post>(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})\s+"


def post_of_a_state(name: str, text: str) -> str | None:
    """The post 'of' a state the text writes right before a name ('Prime Minister of Japan' of
    'Prime Minister of Japan Shigeru Ishiba'), if its rank ends in a title word; else None."""
    m = re.search(_POST_OF_BEFORE + re.escape(name), text)
    return m["post"] if m and m["post"].split(" of ")[0].split()[-1].casefold() in TITLE_WORDS else None
