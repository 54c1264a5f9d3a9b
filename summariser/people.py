"""People in the text: the titled person a reporting lead-in names ('Venezuelan President Nicolás Maduro',
`person_in`), what a person's name and a bare title look like, honorifics, and the people a title names. Those
the model listed by title alone are named in `titled_people`."""

from __future__ import annotations

import re

from summariser.gazetteer import PORTFOLIO_HEAD, actor_in_title, actor_named, actors_in
from summariser.known_people import known_surname
from summariser.parties import PartyBook
from summariser.schema import Party
from summariser.titles import (
    ARTICLED,
    BODY_HINTS,
    NAME_PARTICLES,
    NO_NAME_END,
    ORG_HINTS,
    PERSON_TITLE,
    PORTFOLIOS,
    POST_ENDINGS,
    POST_HEADS,
    TITLE_LINKS,
    TITLE_WORDS,
    without_post_nominals,
)
from summariser.written_names import HEADLINE_VERBS


def is_person_name(text: str) -> bool:
    """'Albin Kurti', 'Yolande Makolo': two to four capitalised words, none a title (and particles between them:
    'Bendito dos Santos Freitas')."""
    words = text.split()
    named = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w in NAME_PARTICLES)]
    return 2 <= len(named) <= 4 and all(w[:1].isupper() and w.lower() not in TITLE_WORDS for w in named)


# the rest of a portfolio ('for Foreign Affairs and Security Policy', 'of Foreign Affairs and Trade')
_PORTFOLIO_WORDS = {"and", "policy", "trade", "development", "cooperation", "commerce", "expatriates", "integration",
                    "diaspora", "worship", "abroad",
                    "external"} | PORTFOLIOS  # India's External Affairs Minister; 'Ministry of Information'


def only_titles(name: str) -> bool:
    """'Greek Cypriot leader', 'UN chief': a title with no proper name in it."""
    for _, forms in actors_in(name):  # 'United States Secretary of State'
        for form in forms:
            name = name.replace(form, " ")
    words = re.findall(r"[\w'-]+", re.sub(r"['\u2019]s\b", "", name))  # "Iran's Foreign Ministry spokesman"
    # the body a post belongs to is part of the title ('Chairperson of the ... Commission')
    return bool(words) and any(w.lower() in TITLE_WORDS for w in words) and all(
        w.lower() in TITLE_WORDS or w.lower() in _PORTFOLIO_WORDS or actor_named(w) or actor_in_title(w)
        or ORG_HINTS.fullmatch(w)
        or BODY_HINTS.fullmatch(w) for w in words)


def actors_named(text: str) -> set[str]:
    """The well-known actors `text` names, by a name or by their word ('Russian')."""
    by_word = (actor_in_title(w) for w in re.findall(r"[\w-]+", text))
    return {a.name for a, _ in actors_in(text)} | {a.name for a in by_word if a is not None}


_SPEAKER_TITLE = re.compile(
    r"^(president|minister|secretary|(?:under-|assistant-)?secretary-general|spokes\w+|ambassador|chancellor|king|queen|emir|envoy|"
    r"commissioner|representative|director|chair(?!manship|ed$|s$|ing$)\w*|senator|governor|premier|speaker|chief|adviser|advisor|"
    # ("China's top diplomat Wang Yi", 'Tsogtbaatar Altangerel, a lawmaker from the opposition ...')
    r"coordinator|general|admiral|colonel|leader|head|mr|mrs|ms|dr|diplomat|official|lawmaker|legislator|parliamentarian|member|mp|"
    r"gen|lt|col|maj|capt|adm|radm|vadm|brig|cdr|cmdr)\.?,?$", re.I)  # 'IDF Spokesperson RAdm. Daniel Hagari'


_RANKS = {"rear", "vice", "brigadier", "lieutenant", "major", "deputy", "foreign", "prime", "defence", "defense",
          "military", "parliament", "state", "interior", "national", "security", "senior",
          "excellency", "sayyid"}  # an honorific is title enough: 'His Excellency Sayyid Badr bin Hamad Albusaidi said'


NO_PERSON = re.compile(r"\b(?:Authority|Directorate|Bureau|Committee|Corporation|Institute|Centre|Center|Agency|"
                        r"Services?|Company|News|Party|Front|Force|Team|Unit|Corps|Guard|Command|Board)\b")


_TITLED_NAME = re.compile(r"(?:President|Prime\s+Minister|Minister|Chancellor|King|Emir|Premier|Secretary)"
                          r"(?:\s+[A-Z][\w'\u2019-]+){1,3}")
_CLOSING_STOP = re.compile(r"(?<=[a-z\u00df-\u00ff\u0100-\u017f]{2})\.$|"
                           # a regnal number ends a sentence, and the name: '... to His Majesty King Tupou VI. He'
                           r"(?:(?<=\s[IVX])|(?<=\s[IVX]{2})|(?<=\s[IVX]{3}))\.(?:\s.*)?$")


_HONORIFIC_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?(?:Rt\.?\s+)?(?:Hon\.|Hon\b|Honou?rable|His\s+Excellency|"
                                    r"Her\s+Excellency|H\.\s?E\.)\s+(?=[A-Z])")


_BRIEF_BEFORE = re.compile(PORTFOLIO_HEAD + "$")


# ('Commissioner for Internal Affairs and Migration Magnus Brunner'; not in `titles`: party drafts are read with it)
_POST_ENDINGS = POST_ENDINGS | {"migration", "abroad"}


_HEADLINE_WORD = re.compile(HEADLINE_VERBS)


def person_in(lead_in: str) -> tuple[str, str] | None:
    """A person a reporting lead-in names with a title, as (name, title): 'Venezuelan President Nicolás Maduro
    on Tuesday' -> ('Nicolás Maduro', 'Venezuelan President'); 'Gan Yu, spokesperson of the China Coast Guard,'
    -> ('Gan Yu', 'spokesperson of the China Coast Guard'). None without a title next to the name."""
    lead_in = _HONORIFIC_AFTER_COMMA.sub(", ", lead_in)  # 'Minister of ..., the Hon. Rawle Persaud, said'
    words = lead_in.replace(",", " , ").split()
    titled = [bool(_SPEAKER_TITLE.match(w)) or w.lower() in _RANKS for w in words]
    # ('Majed al-Ansari': a name's article joined to it)
    # ("Dr 'Mamphono Lekhanya": a Sesotho name's leading apostrophe)
    capital = [(w.lstrip("'\u2018\u2019")[:1].isupper() or ARTICLED.match(w) is not None) and not t
               and w.casefold().strip(".") not in TITLE_WORDS and not actor_named(w)
               and not _HEADLINE_WORD.fullmatch(w)  # ('President Meets Maldivian President': no one 'Meets')
               and w.casefold() not in POST_HEADS  # ('the Chief Executive Officer of the Ministry': no one 'Officer')
               for w, t in zip(words, titled, strict=True)]
    # 'Foreign Minister Santiago Cafiero', 'Israel Katz': a place's name as a first name after a title
    for k in range(1, len(words) - 1):
        if titled[k - 1] and not capital[k] and words[k][:1].isupper() and actor_named(words[k]) \
                and capital[k + 1] and words[k + 1][:1].isupper() and not actor_named(words[k + 1]):
            capital[k] = True
    for k in range(1, len(words) - 1):  # 'President Hassan Sheikh Mohamud': a name's own 'Sheikh'
        if words[k].casefold() in _NAME_RANKS and capital[k - 1] and words[k + 1][:1].isupper():
            titled[k], capital[k] = False, True
    for k in range(1, len(words) - 1):  # 'Defense Minister Gen Nakatani': a given name after a civil post, no rank
        if words[k] == "Gen" and words[k - 1].casefold() in ("minister", "secretary") and words[k + 1][:1].isupper() \
                and (k + 2 == len(words) or not words[k + 2][:1].isupper()):
            titled[k], capital[k] = False, True
    for k in range(1, len(words) - 1):  # 'Mohammed bin Abdulrahman', 'Ursula von der Leyen': particles
        end = k
        while end < len(words) and words[end] in NAME_PARTICLES:
            end += 1
        if end > k and capital[k - 1] and end < len(words) and capital[end]:
            capital[k:end] = [True] * (end - k)
    i = 0
    while i < len(words):
        if not capital[i]:
            i += 1
            continue
        j = i
        while j < len(words) and capital[j]:
            j += 1
        run = words[i:j]
        # a one-word state only after 'of' ('... of America Donald Trump'; 'Georgia Meloni' is a name)
        shortest = 1 if i > 0 and words[i - 1].lower() in ("of", "the") else 2
        before = words[max(0, i - 3) : i] if i > 0 and words[i - 1] == "of" else []  # 'United States of America'
        lead = next((k for k in range(len(run) - 2, shortest - 1, -1) if actor_named(" ".join(run[:k])) or (
            before and actor_named(" ".join([*before, *run[:k]])))), 0)
        if not lead and i >= 2 and words[i - 1] == "and":  # ('President of Bosnia and Herzegovina Denis ...')
            lead = next((k for k in range(len(run) - 2, 0, -1)
                         if actor_named(" ".join([*words[i - 2 : i], *run[:k]]))), 0)
        # 'Senior Secretary for Public Relations Kim Eun-hye': a portfolio ends the title
        lead = lead or max((k + 1 for k, w in enumerate(run[:-2]) if w.casefold().strip(",") in _POST_ENDINGS),
                           default=0)
        if not lead and 3 <= len(run) <= 4 and i >= 2 and words[i - 1] == "of" and titled[i - 2]:
            lead = 1  # 'Premier of Greenland M\u00fate B. Egede': the place the post is of, a name after it
        if lead:  # 'President of the United States Donald Trump': the state ends the title, not the name
            titled[i : i + lead] = [True] * lead
            capital[i : i + lead] = [False] * lead
            i += lead
            continue
        if i > 0 and (j == len(words) or words[j] in (",", "and")) and (_BRIEF_BEFORE.search(" ".join(words[:i]) + " ")
                                                                 or words[i - 1] in ("in", "at", "the")):
            # a brief ('for the South Caucasus, Magdalena Grono'; 'for West Africa and the Sahel'), a place ('in Mosul',
            # 'outside the Peace Palace')
            i = j
            continue
        # 'Red Cross' ending 'the International Committee of the Red Cross': an actor's name, no person's
        ends_actor = i >= 2 and words[i - 1].lower() in ("of", "the") and any(
            actor_named(" ".join(words[k:j])) for k in range(max(0, i - 6), i - 1))
        # ('Saint Vincent' of 'the Prime Minister of Saint Vincent and the Grenadines, Ralph Gonsalves')
        begins_actor = j + 2 < len(words) and words[j] == "and" and any(
            actor_named(" ".join(words[i:k])) for k in range(j + 2, min(len(words), j + 5) + 1)) or j < len(words) \
            and words[j] != "," and any(actor_named(" ".join(words[i:k])) for k in range(j + 1, min(len(words), j + 2)
                                                                                            + 1))  # 'Papua New Guinea'
        if ends_actor or begins_actor or j < len(words) and words[j][:1].isupper() and (BODY_HINTS.fullmatch(words[j])
                                                                        or ORG_HINTS.fullmatch(words[j])):
            i = j  # 'Gulf Cooperation' of 'Gulf Cooperation Council': a body's name, no person's
            continue
        # 'President Putin claims': one name right after a head's title, at the lead-in's start
        # ... or ending the lead-in, a well-known official's surname ('..., President Putin indicated')
        surname = len(run) == 1 and i > 0 and (i == sum(titled[:i]) or known_surname(run[0]) and (
            j == len(words) or words[j] == ",")) and re.match(
            r"(?i)^(?:president|chancellor|premier|minister|secretary|king|emir)$", words[i - 1]) is not None
        if (surname or 2 <= len(run) - sum(w in NAME_PARTICLES for w in run) <= 4) \
                and not BODY_HINTS.search(" ".join(run)) and not ORG_HINTS.search(" ".join(run)) \
                and not NO_PERSON.search(" ".join(run)) and run[-1].casefold().strip(",") not in POST_ENDINGS \
                and run[-1].strip(",") not in NO_NAME_END \
                and not actor_named(" ".join(run).strip(",")):  # "the UAE's General Civil Aviation Authority", a state
            title = _title_before(words[:i])
            # ('Minister of Foreign Affairs and International Cooperation of Mali': a long post, whole)
            after = words[j + 1 : j + 13] if j < len(words) and words[j] == "," else []
            after = after[: after.index(",")] if "," in after else after  # not ', speaking via videoconference'
            ends = next((k for k, w in enumerate(after) if w.endswith((".", ";"))
                         and not re.fullmatch(r"(?:[A-Za-z]{1,3}\.)+", w)), None)
            after = after[: ends + 1] if ends is not None else after  # ('... of Senegal. The talks'; not 'U.N.')
            after[-1:] = [after[-1].rstrip(".;")] if after else []
            while after and after[-1].lower() in ("of", "and", "for", "the", "to", "on", "in"):
                after.pop()  # (a post cut where the words ran out: no dangling 'of')
            name = re.sub(r"['\u2019]s$", "", " ".join(words[i:j]))  # "Netanyahu's office"
            name = _CLOSING_STOP.sub("", name)  # '..., said Minister Kulh\u00e1nek.' (not 'Jr.' or 'A.A.')
            name = without_post_nominals(name)  # 'Rt Hon Priya Lal MP'
            name = HONORIFICS.sub("", name)  # ('H.E. Ismaïl Omar Guelleh': his name, not his style)
            if name.isupper() and len(name) > 4:
                name = name.title()  # the UN's meetings coverage writes a briefer's name in capitals
            # a rank alone is a title only right before the name ('Brigadier Yahya Saree'; not 'peace and security in')
            if (any(_SPEAKER_TITLE.match(w) for w in re.split(r"[\s-]+", title)) or title.split()[-1:] and
                    title.split()[-1].lower() in _RANKS) and not _HEADLINE_WORD.fullmatch(title.split()[-1]):
                return name, title  # (not 'Prime Minister Holds' 'Annual Consultation', a headline's verb and object)
            if after and any(_SPEAKER_TITLE.match(w) for w in after[:6]) and not _does(after[0]) \
                    and not _TITLED_NAME.fullmatch(" ".join(w for w in after if w != ",")):
                # ', the UK's Minister for Europe'; not '... at the Cosmodrome, President Putin': a name of its own
                return name, " ".join(w for w in after if w != ",").strip()
        i = j
    return None


def _does(word: str) -> bool:  # (no post: 'Sheikh Salem ..., received yesterday the Ambassador of')
    return word[:1].islower() and word not in ("the", "a", "an") and not _SPEAKER_TITLE.match(word)


def _title_before(words: list[str]) -> str:
    """The title words just before a name, back to a comma or a word of no title ('the spokesperson of the
    armed forces, Major General' -> 'Major General')."""
    kept: list[str] = []
    words = list(words)
    # ('Dr the Hon. Geoffrey Liburd'; '..., incoming Chair, and the Hon. Sandra ...': a list's next name, untitled)
    while words and (words[-1] in (",", "Sheikh", "Sheikha", "the", "and") or HONORIFICS.fullmatch(words[-1] + " ")
                     or re.fullmatch(r"\([A-Z]{2,}\)", words[-1])):
        # 'Official Spokesperson, Shri Randhir Jaiswal': the title before the honorific; 'The President of the
        # International Committee of the Red Cross (ICRC), Mirjana Spoljaric': before the acronym
        if words.pop() == "and":
            return ""
    if words[-2:] in (["His", "Excellency"], ["Her", "Excellency"]):
        return ""  # (a title comes before it with a comma, unlike "the Ministry's General Diwan His Excellency Dr")
    for at in range(len(words) - 1, -1, -1):
        w = words[at]
        # (a post's portfolios run past a comma: 'Minister of Foreign Affairs, Foreign Trade and Immigration')
        if w == "," and kept and not any(map(_SPEAKER_TITLE.match, kept)) and any(map(_SPEAKER_TITLE.match,
                                                                                      words[max(0, at - 5) : at])):
            kept.insert(0, ",")
            continue
        if w == "," or not (w[:1].isupper() or _SPEAKER_TITLE.match(w) or w.lower() in _RANKS | TITLE_LINKS):
            break
        kept.insert(0, w)
    while kept and (kept[0].lower() in TITLE_LINKS or kept[0] in _OPENERS):
        kept.pop(0)  # ('But Hungarian Prime Minister Viktor Orbán said': the sentence's 'But')
    return " ".join(kept).replace(" , ", ", ")


_OPENERS = {"But", "And", "Yet", "Meanwhile", "However", "Also", "Later", "Earlier", "Then", "So", "Still", "A", "An"}


# ('The Rt Hon David Lammy MP', 'the Most Honourable Andrew Holness')
HONORIFICS = re.compile(r"^(?:(?:H\.\s?E\.|H\.\s?R\.\s?H\.|His Excellency|Her Excellency|"
                         r"(?:The )?(?:Most )?Honou?rable|(?:The )?Rt\.? Hon\.?|(?:The )?Hon\.?|"
                         r"(?:His|Her) (?:Royal )?Highness|(?:His|Her) Majesty|"
                         r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Sri|Smt\.?|Mawlawi|Maulvi|"
                         # Malaysia's: 'Tan Sri Dato' Seri Haji Othman bin Abdul Rahman'
                         r"(?:Tan|Puan)\s+Sri|(?:Dato['\u2019]?|Datuk)(?:\s+Seri)?|Datin|Tun|Haji|Hajjah)"
                         r"\s+)+")


_NAME_RANKS = {"sheikh", "sheik", "shaikh"}  # a rank that is also a word of many names


def person_titled(title: str, book: PartyBook) -> Party | None:
    """The one listed person the text names right after `title` ('Foreign Secretary Rowan Pike')."""
    return found[0] if len(found := people_titled(title, book)) == 1 else None


def one_post(title: str, post: str) -> bool:
    """Do two written posts name the same post, 'UN' and 'United Nations' alike?"""
    def spelled(words: str) -> str:
        # (and 'His Highness the Foreign Minister', 'Minister of Foreign Affairs': the Foreign Minister)
        words = re.sub(r"^the\s+", "", HONORIFICS.sub("", words.strip() + " ").strip(), flags=re.I)
        words = re.sub(r"^Minister\s+(?:of|for)\s+Foreign\s+Affairs\b", "Foreign Minister", words, flags=re.I)
        return re.sub(r"\bUN\b", "United Nations", " ".join(words.split()))
    return spelled(title).casefold() == spelled(post).casefold()


def people_titled(title: str, book: PartyBook) -> list[Party]:
    """The listed people the text names right after `title`, or whose title it is."""
    if not PERSON_TITLE.search(title):
        return []
    found = [p for p in book.parties if p.kind == "person" and re.search(
        # ('the Minister' is no 'Prime Minister Navinchandra Ramgoolam')
        # (within a line: not 'Prime Minister Brown' of a headline and the minister on the masthead under it)
        rf"(?<!prime\s)\b{re.escape(title)},?[^\S\n]+(?:[A-Z][\w.'\u2019-]*[^\S\n]+){{0,2}}?{re.escape(p.name)}\b",
        book.text,
        re.I)]
    if not found:
        # 'Remarks by the Spokesperson of the Ministry ...' and, in the text, 'Spokesperson Pham Thu Hang'
        post = re.split(r"\s+(?:of|for)\s+", title, maxsplit=1)[0].casefold()
        # (and "Mongolia's Prime Minister"; the heading's 'Foreign Minister' is the 'Minister for Foreign Affairs')
        found = [p for p in book.parties if p.kind == "person" and p.title
                 and one_post(re.sub(r"^[A-Z][\w-]*['\u2019]s\s+", "", p.title), post)]
        # 'the High Representative' for the 'High Representative of the European Union for ...'
        found = found or [p for p in book.parties if p.kind == "person" and p.title and len(post.split()) >= 2
                          and re.match(rf"{re.escape(post)}\s+(?:of|for)\s", p.title, re.I)]
        # ('The Chairman of the Presidential Council' for the '... Presidential Council of the State of Libya')
        bare = re.sub(r"^the\s+", "", title.strip(), flags=re.I)
        found = found or [p for p in book.parties if p.kind == "person" and p.title and len(bare.split()) >= 3
                          and re.match(rf"{re.escape(bare)}\s+(?:of|for)\s", p.title, re.I)]
        pair = post.split()  # 'the former president' for the 'Former Bolivian President': a state's word inside
        inside = re.compile(rf"{re.escape(pair[0])}\s+[A-Z][\w-]+\s+{re.escape(pair[-1])}", re.I)
        found = found or [p for p in book.parties if p.kind == "person" and len(pair) == 2
                          and inside.fullmatch(p.title or "")]
    return found
