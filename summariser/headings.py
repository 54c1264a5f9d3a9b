"""What a document's heading and form say: who issues it, whether it is a speech, and whether
it reads as a news report, which speaks for nobody (SPEC 2). Headings are read by
`known_parties` (the issuer, the dateline), `pipeline` (title lines, genre) and `voice`.
"""

from __future__ import annotations

import re

from summariser.answered_headings import answered_in  # noqa: F401 - read as `headings.answered_in`
from summariser.counterparts import CALL_OF, POST_CALL, counterpart_phrase
from summariser.datelines import wire_dateline_end
from summariser.gazetteer import actors_in
from summariser.titles import PERSON_TITLE

_ISSUED_BY = re.compile(  # (Azerbaijan's 'No:571/22, Answer of the Head of the Press Service Department ...')
    r"(?:^|[\u2013\u2014-]\s|^[^:\n]{1,40}:\s+|^No\s*:?\s*\d+(?:/\d+)?,\s+|"
    r"^(?-i:[A-Z])[\w'\u2019-]+\s+(?=(?:declaration|communiqu[eé])\s+of\s))\W*"  # ('Libreville Declaration of the ...')
    r"(?:excerpts?\s+(?:from|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?)?(?:(?:joint|final|official|special|urgent|preliminary)\s+)?"
    r"(?:statement|communiqu[eé]|press\s+(?:release|statement)|declaration|comment|remarks|note|information|announcement|"
    r"address|speech|answer|(?:(?:daily|noon|regular)\s+)?(?:press\s+)?briefing|(?:resolution|decision)(?=\s+(?:of|by)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?-i:Council|Assembly|Parliament|Conference|Committee|Board|Authority|"
    r"Commission)\b))\s+(?:of|by|from)\s+(?:the\s+)?"  # ('Resolution of the Council of the League of Arab States')
    # 'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General': the spokesperson's
    r"(?:office\s+of\s+the\s+(?=spokes))?(?P<who>[^\n(]+)",
    re.I,
)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<whom>[A-Z][^\n(]*)")
_ISSUER_ENDS = re.compile(
    r",?\s+\b(?:on|concerning|regarding|following|after|at|about|in connection with|in response to|"
    r"read|delivered|issued|upon|to mark|with regard to|to the|ahead of|before|"
    # ('... to a media question'; an audience: 'Statement by the Premier of Greenland to Inatsisartut on ...')
    r"to\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:questions?|query)|to\s+(?-i:[A-Z])[\w'\u2019-]+(?=\s+on\b))\b.*$|[,.:;\s]+$",
    re.I,
)


# 'The following is attributable to Spokesperson Tammy Bruce:' (a readout's line naming its voice)
_ATTRIBUTABLE = re.compile(
    r"\W*(?:the\s+following\s+(?:\w+\s+)?is\s+|statement\s+)?attribut(?:able|ed)\s+to\s+(?:the\s+)?(?P<who>[^\n(:]+)",
    re.I)


_SPEECH = re.compile(r"^\W*(?:(?:excerpts?|transcript)\s+(?:from|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?)?"
                     r"(?:remarks|address|speech|statement delivered|keynote)\b[^\n]{0,40}?\bby\b", re.I)


# 'Georgia: Council conclusions on ...', 'NATO Statement on ...': the issuer named before the
# document's kind, in a title ('Kremlin statement angers Kyiv' is a news headline, no issuer)
_NAMED_BEFORE = re.compile(
    r"^\W*(?:[^:\n]{1,40}:\s+)?(?P<who>(?:[A-Z][\w'\u2019.&-]*\s+){0,5}?[A-Z][\w'\u2019.&-]*?)(?:'s?|\u2019s?)?\s+"
    r"(?i:(?:press\s+|media\s+|presidential\s+)?(?:conclusions|statement|declaration|communiqu[e\u00e9])|press\s+release)"
    r"(?:\s+(?:on|of|regarding|concerning|following|after|about)\b|\s*[:,\u2013\u2014-]|\s*$|"
    # 'Security Council Presidential Statement Strongly Condemns Violence ...': what the statement does
    r"\s+(?:[A-Z]\w+ly\s+)?(?:Condemns|Welcomes|Calls|Urges|Expresses|Demands|Reaffirms|Stresses|Supports|Rejects)\b)")
# "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 18, 2024", "WHO Director-General's
# opening remarks at the media briefing": whose event it is
_WHOSE_EVENT = re.compile(
    r"^\W*(?P<who>(?:[A-Z][\w'\u2019.&-]*\s+){0,5}?[A-Z][\w.&-]*)(?:'s|\u2019s)\s+"
    r"(?i:(?:regular\s+|daily\s+|weekly\s+|opening\s+|closing\s+|introductory\s+|keynote\s+)?(?:press\s+conference|press\s+briefing|briefing|remarks|comments?))\b")
# a UN release's 'Hong Kong: Türk deplores hasty adoption of new national security law': the one who deplores
_TOPIC_THEN_SPEAKER = re.compile(r"^[^:\n]{2,40}:\s+(?P<who>[A-Z][\w'\u2019-]+)\s+(?:deplores|condemns|welcomes|urges|"
                                 r"decries|regrets|warns|hails|alarmed|appalled|concerned|calls)\b")
_NO_ISSUER = {"joint", "press", "department", "final", "official", "ministerial", "chair", "chairman", "chairperson",
              "closing", "opening", "preliminary", "initial", "interim", "concluding", "annual",
              "written", "public", "new", "the", "a", "an", "leaders", "summit", "media", "news", "doorstep"}


def counterpart_in(text: str) -> str | None:
    """The other side the document's heading lines name (`counterpart_phrase`), if any."""
    return next(filter(None, map(counterpart_phrase, heading_lines(text))), None)


# 'Joint Statement', 'Joint Press Statement', 'Joint Ministerial Communiqué'
JOINT = r"joint\s+(?:(?:press|media|ministerial|leaders['\u2019]?|final|trilateral|tripartite|bilateral)\s+)?" \
    r"(?:statement|declaration|communiqu[e\u00e9])\b"
# What a heading calls the text, first match wins: 'Joint Statement ...', 'Readout of ...'
_GENRE_WORDS = [
    ("joint_statement", re.compile(rf"^\W*{JOINT}", re.I)),
    ("readout", re.compile(r"^\W*(?:readout|(?:telephone|phone)\s+(?:call|conversation))\b|\breadout\b", re.I)),
    ("statement", re.compile(r"^\W*(?:[\w'\u2019-]+\s+){0,4}?(?:statement|communiqu[e\u00e9]|declaration|"
                             r"press\s+release|comment|conclusions)\b", re.I)),
    # a spokesperson's remarks or answers ('Spokesperson Lin Jian's Remarks on ...'), a briefing
    ("statement", re.compile(r"\bspokes(?:person|man|woman)\b[^\n]{0,40}?\b(?:remarks|comments|answers?|response|"
                             r"reply)\b|\b(?:press\s+conference|press\s+briefing|media\s+briefing)\b|"
                             r"\b(?:remarks|comments|answers)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?spokes(?:person|man|woman)\b",
                             re.I)),
]


# a website's section label over a document's title, in capitals: 'BRIEFING ROOM', 'NEWS'
_SITE_LABEL = re.compile(r"(?:[A-Z&]+\s+){0,2}[A-Z&]+")


def joint_heading_end(text: str) -> int:
    """Where the heading line that calls the document a joint statement ends, else -1: the
    signatories it names are the 'both sides' of the text below it."""
    for line in heading_lines(text)[:3]:
        if re.search(rf"\b{JOINT}", line, re.I):
            return text.find(line) + len(line)
    return -1


def heading_genre(text: str) -> str | None:
    """The genre the document's first line gives it ('Statement by ...' is a statement,
    'Readout of ...' a readout); None when it gives none."""
    lines = heading_lines(text)
    if len(lines) > 1 and _SITE_LABEL.fullmatch(lines[0]) and not any(f.search(lines[0]) for _, f in _GENRE_WORDS):
        lines = lines[1:]  # 'BRIEFING ROOM' above 'Joint Statement from the United States and India'
    first = re.sub(r"^[^:\n]{1,40}:\s+", "", next(iter(lines), ""))  # 'Georgia: Statement by ...'
    # a label under a title ('Sanctioning Networks ...' / 'Press Statement'), a few words long
    labels = [line for line in lines[1:2] if len(line.split()) <= 4]
    return next((genre for line in (first, *labels) for genre, form in _GENRE_WORDS if form.search(line)), None)


# 'Doorstep statement' / 'by NATO Secretary General Mark Rutte ahead of the meeting ...': the issuer
# on the line under a genre label
# ('Department Press Briefing \u2013 January 4, 2024': a date after the label too)
_LABEL = re.compile(r"^\W*(?:[\w-]+\s+){0,2}(?:statement|remarks|speech|address|declaration|comment|"
                    r"press\s+conference|press\s+briefing|briefing|interview|doorstep)"
                    r"(?:\s*[\u2013\u2014-]\s*[\w ,.]{0,25}\d{4})?\W*$", re.I)
_BY_LINE = re.compile(r"^\W*by\s+(?:the\s+)?(?P<who>[A-Z][^\n(]+)")
# the State Department's 'PRESS STATEMENT' over 'ANTONY J. BLINKEN, SECRETARY OF STATE': a name
# and its post under a genre label sign the release, with no 'by'
_NAME_POST_LINE = re.compile(r"^\s*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+"
                             r"(?P<post>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,7})\s*$")
# ... and the post first, a byline under the title: 'Prime Minister of Australia, the Hon Anthony Albanese MP'
_POST_NAME_LINE = re.compile(r"^\s*(?P<post>(?:Prime\s+Minister|President|(?:Foreign\s+)?Minister|Secretary)\b"
                             r"[^,\n]{0,60}),\s+(?:the\s+)?(?:(?:Rt\.?\s+)?Hon\.?\s+)?(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}?)"
                             r"(?:\s+(?:MP|MSP|KC|QC))?\s*$", re.I)
_SMALL_WORDS = {"of", "the", "and", "for", "on", "to", "in"}


def unshouted(line: str) -> str:
    """'ANTONY J. BLINKEN, SECRETARY OF STATE' -> 'Antony J. Blinken, Secretary of State'; a
    line in mixed case is left as written."""
    if not line.isupper():
        return line
    words = [w if _INITIALS.match(w) else w.lower() if w.lower() in _SMALL_WORDS and i else w.capitalize()
             for i, w in enumerate(line.split(" "))]
    return " ".join(words)


_INITIALS = re.compile(r"^\W*(?:[A-Z]\.){2,}\W*$")  # 'U.S.' stays as written, not 'U.s.'


# 'XVI BRICS Summit', 'OF THE 42nd ASEAN SUMMIT' (under 'CHAIRMAN'S STATEMENT')
_SUMMIT_OF = re.compile(r"^\W*(?i:of\s+the\s+)?(?:[IVXLC]+\s+|\d+(?:st|nd|rd|th)\s+)?"
                        r"(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+(?i:summit)\W*$")


_SPOKESPERSON_LINE = re.compile(r"^\W*(?P<post>spokes(?:person|man|woman)\s+(?:for|of)\s+[^:\n]{3,100}):\s+"
                                r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s*$", re.I)


_BODY_WORD = re.compile(r"\b(?:Council|Ministry|Office|Department|Commission|Committee|Government|Secretariat|"
                        r"Assembly|Union|Organi[sz]ation|Presidency|Embassy|Mission)\b")
_COURTESY_TITLES = re.compile(r"^(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+")


def heading_issuer(text: str) -> str | None:
    """The issuer the heading names (`issuer_phrase`), also on a 'by ...' line under a genre label."""
    lines = heading_lines(text)
    summit = next((m for line in lines if (m := _SUMMIT_OF.match(line))), None)
    if summit is not None:
        return summit["body"]  # 'XVI BRICS Summit' above 'Kazan Declaration': BRICS, not the host city
    for before, line in zip(["", *lines[:-1]], lines, strict=True):
        found = issuer_phrase(line)
        after = text[text.find(line) + len(line):].lstrip("\n").split("\n", 1)[0].strip() if found else ""
        if found and "," not in found and not PERSON_TITLE.search(_COURTESY_TITLES.sub("", found)) \
                and PERSON_TITLE.search(" ".join(after.split()[:4])) \
                and not after.endswith((".", ":")) and not _BODY_WORD.search(found) \
                and len(after.split()) <= 20:
            # 'Address by H.E. Mr. Jean-Pierre Kabasele Mutombo' over 'Deputy Prime Minister and Minister of ...'
            return f"{found}, {after}"
        spokesperson = _SPOKESPERSON_LINE.match(line) if found is None else None
        if spokesperson is not None:  # OHCHR's 'Spokesperson for the UN High Commissioner ...: Ravina Shamdasani'
            return f"{spokesperson['name'].strip()}, {spokesperson['post']}"
        signed = _NAME_POST_LINE.match(line) if found is None and _LABEL.match(before) else None
        if signed is not None and PERSON_TITLE.search(signed["post"]):
            return unshouted(f"{signed['name']}, {signed['post']}")
        byline = _POST_NAME_LINE.match(line) if found is None and before else None
        if byline is not None:
            return f"{byline['name']}, {byline['post']}"
        by = _BY_LINE.match(line) if found is None and _LABEL.match(before) else None
        found = found or (_ISSUER_ENDS.sub("", by["who"]).strip() if by else None)
        if found:
            return "Prime Minister" if found == "PM" else found  # "PM's telephone conversation with ..."
    # a web page's masthead: 'Ministry of External Affairs' over 'Government of India', lines of
    # their own atop the page; the one that names its state is the issuer, else the first
    # (not a joint statement's: the publisher is one of its signatories, not its voice)
    joint = any(re.search(r"\bjoint\s+(?:statement|declaration|communiqu)", line, re.I) for line in lines)
    # ('OFFICE OF THE PRESIDENT' over 'REPUBLIC OF KOREA': a masthead in capitals reads as words)
    # (and before its unit or genre: 'Presidency of the Republic of Panama – Secretariat of Communication'; not
    # before its state: 'Ministry of Foreign Affairs – State of Qatar')
    mastheads = [head for line in lines[:2] if (head := masthead(line)) and not joint]
    # 'President of Ukraine | Official website': the site's own name for its owner
    mastheads += [m["owner"] for line in lines[:1] if (m := _OWN_SITE.match(line)) and not joint]
    found = next((m for m in mastheads if actors_in(m)), mastheads[0] if mastheads else None)
    found = found or next((orgs[0] for line in lines[:1] if (orgs := _orgs_only(unshouted(line.strip())))), None)
    # a title under the masthead, its office, a label and the date: 'STATEMENT OF COMMODORE JAY TARRIELA, PCG
    # SPOKESPERSON FOR THE WEST PHILIPPINE SEA, ON THE WATER CANNON INCIDENT ...'
    below = [line for line in text.splitlines()[:40] if line.strip()][len(lines) : _TITLE_LINES]
    found = found or next((who for line in below if _TITLE_BY.match(line) and (who := issuer_phrase(
        unshouted(line.strip()) if line.isupper() else line))), None)
    return found or _acting_headline(lines, below)


# a release's headline that says what its issuer does: 'OAS General Secretariat Rejects Attempt to ...'
_HEADLINE_ACTS = re.compile(r"^\W*(?:[A-Z][\w'\u2019.&-]*\s+){1,6}?(?P<verb>Rejects|Condemns|Welcomes|Urges|"
                            r"Calls|Expresses|Deplores|Denounces|Demands|Reaffirms|Supports)\s")


def _acting_headline(lines: list[str], below: list[str]) -> str | None:
    """The issuer a headline names as acting, in the full name the release's first sentence gives
    it doing the same: 'OAS General Secretariat Rejects ...' over 'The General Secretariat of the
    Organization of American States (OAS) rejects in the strongest terms ...'."""
    at, acts = next(((at, m) for at, line in enumerate(lines) if (m := _HEADLINE_ACTS.match(line))), (0, None))
    if acts is None:
        return None
    verb = acts["verb"].lower()
    # (the first long lines: 'The following statement was issued today by ...:' may come first)
    body = [line for line in [*lines[at + 1:], *below] if len(line.split()) > 12][:2]
    opening = next((m for line in body if (m := re.match(
        rf"^\W*(?:(?i:the)\s+)?(?P<who>[A-Z][^,.;:\n]{{2,100}}?)\s+(?:\w+ly\s+)?{verb}\b", line))), None)
    return opening["who"] if opening else None


def _orgs_only(line: str) -> list[str]:
    """The organisations a joint masthead line names and nothing else ('League of Arab States \u2013
    Organisation of Islamic Cooperation'), in order; [] for any other line (one body's masthead,
    'AFRICAN UNION', leaves its voice to the text: the Commission's Chairperson speaks)."""
    named = [(actor, forms) for actor, forms in actors_in(line) if actor.kind == "international_org"]
    rest = line
    for _, forms in named:
        for form in forms:
            rest = rest.replace(form, " ")
    alone = not re.sub(r"[\s\-\u2013\u2014/&|,]|\band\b", "", rest)
    return [forms[0] for _, forms in named] if len(named) >= 2 and alone else []


# ('Norwegian Ministry of Foreign Affairs': a state's adjective, not the 'Press Office of the Prime Minister')
_MASTHEAD = re.compile(r"^\s*(?:The\s+)?(?:(?-i:[A-Z])[a-z]+(?:ian|ish|ese|an|ic|i|ch)\s+)?"
                       r"(?:Ministry|Department|Office|Government|Presidency|Embassy|"
                       r"Permanent\s+Mission)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'\u2019-]*){0,6}\s*$")


def masthead(line: str) -> str | None:
    """The issuing body a masthead line names ('Ministry of Foreign Affairs of the Islamic Republic of Iran'), also
    before its unit or genre ('Presidency of the Republic of Panama – Secretariat of Communication'; not before its
    state: 'Ministry of Foreign Affairs – State of Qatar'); None for any other line."""
    line = line.strip()
    unit = _UNIT_AFTER.search(line)
    # (not a post-holder's office, 'Office of the Prime Minister of ... – Press Office': whose words, the text says)
    cut = unit is not None and not actors_in(unit[0]) and not re.match(r"(?i:the\s+)?Office\s+of\s+the\s", line)
    head = unshouted(line[: unit.start()] if cut else line)
    # (a head of state's own site by its post: 'President of Russia – Events')
    return head if _MASTHEAD.match(head) or cut and _HEAD_OF_STATE_SITE.fullmatch(head) and actors_in(head) else None


_HEAD_OF_STATE_SITE = re.compile(r"(?:The\s+)?(?:President|Prime\s+Minister|Chancellor)\s+of\s+(?:the\s+)?"
                                 r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'\u2019-]*){0,4}")


_UNIT_AFTER = re.compile(r"\s+[\u2013\u2014-]\s+[A-Z][\w'\u2019-]*"
                         r"(?:\s+(?:of\s+|for\s+|on\s+|the\s+|and\s+)*[A-Z][\w'\u2019-]*){0,5}$")
_OWN_SITE = re.compile(r"^\s*(?P<owner>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'\u2019-]*){0,6})"
                       r"\s*[|\u2013\u2014-]\s*(?:the\s+)?official\s+(?:web\s*site|site|portal|page)\s*$", re.I)


# 'Council of Europe Secretary General Marija Pejčinović Burić made the following statement:'
_MADE_STATEMENT = re.compile(r"^\W*(?P<who>[A-Z][^\n:\"\u201c]{3,120}?)\s+(?:has\s+)?"
                             r"(?:made|issued|released|delivered)\s+the\s+following\s+(?:statement|declaration|remarks)\b",
                             re.M)


def statement_maker(text: str) -> str | None:
    """Who a lead-in among the first lines says made the statement that follows, if one does."""
    m = _MADE_STATEMENT.search(text, 0, 1000)
    return m["who"].strip() if m else None


# an agency's report that carries a statement whole: 'Tehran, June 23, 2025, IRNA -- The Secretariat of
# Iran's Supreme National Security Council (SNSC) released a statement on Monday ... The following is
# the full text of the statement, translated from Persian by IRNA:'
_RELEASED_STATEMENT = re.compile(r"(?P<who>(?:The\s+)?[A-Z][^\n.:\"\u201c]{3,120}?)\s+(?:has\s+)?(?:released|issued|"
                                 r"published|put\s+out)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?statement\b")
_FULL_TEXT = re.compile(r"^\W*(?:the\s+)?(?:following\s+is\s+the\s+)?(?:full\s+)?text\s+of\s+the\s+statement\b"
                        r"[^\n]{0,80}(?:follows|below|:\s*$)|^\W*the\s+following\s+is\s+the\s+(?:full\s+)?text\s+of\s+"
                        r"the\s+statement\b|^\W*the\s+statement\s+(?:reads|said\s+in\s+full)\b", re.I | re.M)


def carried_statement_maker(text: str) -> str | None:
    """Who made the statement a report then gives in full: the body its first lines say released
    a statement, when a later line says the full text follows. The statement is that body's voice,
    not the agency's."""
    full = _FULL_TEXT.search(text, 0, 2000)
    if full is None:
        return None
    for line in re.finditer(r"(?m)^.+$", text[: full.start()]):
        m = _RELEASED_STATEMENT.match(text, wire_dateline_end(text, line.start(), line.end()), line.end())
        if m is not None:
            return re.sub(r"^the\s+", "", m["who"].strip(), flags=re.I)
    return None


def speech_heading(heading: str) -> bool:
    """Does the heading call the text a speech ('Remarks by President Emmanuel Macron at ...')?"""
    return bool(_SPEECH.match(heading)) and not _BY_SPOKESPERSON.search(heading)


# 'Remarks by the Spokesperson of the Ministry ...': a spokesperson's remarks are a statement
_BY_SPOKESPERSON = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?spokes(?:person|man|woman)\b", re.I)


def issuer_phrase(heading: str) -> str | None:
    """Who issues a document, from a heading such as 'Statement by the Ministry of Foreign
    Affairs of the Republic of Serbia concerning ...' -> 'Ministry of Foreign Affairs of the
    Republic of Serbia'. None for headings that name no issuer ('Press release, 30 June') or
    name a gathering rather than an actor ('Declaration of the EU-CELAC Summit')."""
    # (a wire's paragraph is no title: "Aliyev's comments, made in an interview with state television, were ...")
    prose = len(heading.split()) > 15 and heading.rstrip().endswith(".")
    m = _ISSUED_BY.search(heading) or _ATTRIBUTABLE.match(heading) or CALL_OF.match(heading) \
        or POST_CALL.match(heading) or (None if prose else _WHOSE_EVENT.match(heading)
                                        or _TOPIC_THEN_SPEAKER.match(heading))
    if not m:
        m = _NAMED_BEFORE.match(heading)
        if not m or {re.sub(r"['\u2019]s?$", "", w.casefold()) for w in m.group("who").split()} <= _NO_ISSUER | {""}:
            return None
    who = m.group("who").strip()
    # 'the High Representative on behalf of the European Union': the Union speaks
    who = (on_behalf := _ON_BEHALF.search(who)) and on_behalf.group("whom") or who
    # ('Press release: Foreign Minister Sikorski's conversation with ...': the label goes, not the issuer)
    who = re.sub(r"^(?i:press|news|media)\s+(?i:release|statement|note):\s+", "", who)
    who = re.split(r":\s+", who, maxsplit=1)[0]  # '... the Republic of Kenya: Partners for the Next Sixty Years'
    who = _ISSUER_ENDS.sub("", who).strip(" \u2013\u2014-:;,")  # '... the Secretary-General \u2013 on Sudan'
    # ('Declaration of Bogotá of the Ministers of Foreign Affairs of ...': the place it was adopted goes)
    who = re.sub(r"^(?!(?:Ministry|Department|Office|Council|Conference|Meeting|Summit|Session)\b)"
                 r"(?:[A-Z][\w'\u2019-]+\s+){1,2}of\s+(?:the\s+)?(?=(?:Ministers|Heads|Leaders|Presidents)\b)", "", who)
    if re.search(r"\bjoint(?:\s+(?:trilateral|tripartite|bilateral|ministerial|leaders['\u2019]?))?$", who, re.I):
        return None  # 'India-Japan Joint Statement', 'Joint Trilateral Statement of ...': several issuers, no one
    # (18 words: "Head of the Press Service Department ... Aykhan Hajizada")
    if not who or not who[:1].isupper() or len(who.split()) > 20:
        return None
    # 'the Extraordinary Summit of the ECOWAS Authority of Heads of State': the body that met issues it
    held = re.match(r"^(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$", who, re.I)
    who = held.group("body") if held else who
    # (an organ named a conference is no event: 'Conference of Heads of State and Government of the Economic
    # Community of Central African States', whose session the heading names)
    if re.search(r"\b(summit|meeting|conference(?!\s+of\s+(?:the\s+)?(?:heads|ministers|foreign\s+ministers)\b)|"
                 r"session|talks|dialogue|briefing)\b", who, re.I):
        return None
    # (and 'Prime Minister Benjamin Netanyahu and Defense Minister Israel Katz')
    if re.search(r"\band\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:president|prime\s+minister|"
                 r"(?:foreign\s+)?minister|chancellor|king)\b", who, re.I):
        return None  # 'by the Prime Minister of India and the President of France': two issuers, no one
    return who


QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")  # a quotation mark, opening or closing
AGENCIES = r"(?:Reuters|AFP|AP|dpa|KNA|EFE|ANSA|Kyodo|Xinhua|Yonhap|Anadolu|PTI|ANI|IANS|EPA|TASS|Getty\s+Images)"
HEADING_LINES = 3
_TITLE_LINES = 7  # how far down a title that names its issuer may sit
_TITLE_BY = re.compile(r"^\W*(?:press\s+)?statement\s+(?:of|by)\s", re.I)
# a reporter's byline: 'By our Brussels correspondent', 'By Jane Doe, Staff Reporter'
def first_line(text: str) -> str:
    """The text's first non-empty line: its headline or title."""
    return next((line for line in text.splitlines() if line.strip()), "")


_GENRE_LABEL = re.compile(r"(?:PRESS|NEWS|MEDIA)\s+(?:NOTE|RELEASE|STATEMENT)")


def heading_lines(text: str) -> list[str]:
    """The first non-empty lines, where a heading names the issuer, the dateline or the genre;
    one more under three short labels ('Council of the EU' / 'Press release' / '11 August 2020'
    above 'Belarus: Declaration by the High Representative on behalf of the EU ...')."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    # (or a genre label last: 'Presidency of ...' / 'Planalto Palace - ...' / 'PRESS NOTE' above the title)
    labels = all(len(line.split()) <= 4 for line in lines[:HEADING_LINES]) or len(lines) > HEADING_LINES \
        and _GENRE_LABEL.fullmatch(lines[HEADING_LINES - 1].strip()) is not None
    return lines[: HEADING_LINES + 1 if labels else HEADING_LINES]


# a wire's credits and what follows them: '(Reporting by ...; Editing by ...)', 'Our Standards: ...'
# a title that names the kind of text and its subject ('Spokesperson's response to media queries on ...')
_GENRE_TITLE = re.compile(r"^\W*(?!in\s)(?:[\w'\u2019.-]+\s+){0,4}(?:response|reply|answers?|remarks|comments|"
                          # 'Announcement of the Ministry of Foreign Affairs regarding the memorandum ...'
                          r"statement|readout|transcript|briefing|press\s+conference|announcement)\s+"
                          r"(?:to|on|by|of|at|from|regarding)\b", re.I)


def genre_title(sentence: str, text: str) -> bool:
    """Is the sentence a title line above the body that names the text's kind and subject? It states nothing."""
    line = sentence.strip()
    if line.endswith((".", "!", "?", ":", '"', "\u201d")) or not _GENRE_TITLE.match(line):
        return False
    body = next((row for row in text.splitlines() if row.strip().endswith(".")), "")
    at = text.find(line)
    return at >= 0 and (not body or at < text.find(body))
