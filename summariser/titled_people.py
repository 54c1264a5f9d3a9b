"""People the model listed by title alone ('Turkish Cypriot leader', 'Iran's Foreign Ministry spokesman'), named
from the text where it gives the title beside a name."""

from __future__ import annotations

import re

from summariser.gazetteer import actor_named, actors_in
from summariser.noun_kinds import kind_of_spokespeople
from summariser.parties import PartyBook, norm
from summariser.people import HONORIFICS, actors_named, only_titles
from summariser.schema import Party
from summariser.titles import BODY_HINTS, ON_TOPIC, ORG_HINTS, SHORT_TITLES, TITLE_LINKS, TITLE_WORDS

# a name on one line ('Press Statement' above 'Dana Varga' is no part of it)
_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019.-]+(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]+|bin|al|de|van|von|da|dos)){1,5}\b")


# short words a full stop abbreviates; after any other word of four letters or more it ends the sentence
_ABBREVIATED = {"hon", "gen", "col", "maj", "sgt", "capt", "prof", "rev", "sen", "rep", "gov", "amb", "adm", "brig",
                "cdr", "lieut", "messrs", "mme", "mrs", "rtd", "retd", "esq", "dipl", "ing"}


def _to_sentence_end(run: str) -> str:
    """The run up to the end of its sentence: '... Sigr\u00fan Hallgr\u00edmsd\u00f3ttir. The call had been' ends with
    her name."""
    for m in re.finditer(r"([\w'\u2019-]+)\.(?=\s)", run):
        word = m.group(1)
        if len(word) >= 4 and word.casefold() not in _ABBREVIATED and "." not in run[max(0, m.start() - 1) : m.start()]:
            return run[: m.end() - 1]
    return run


_STYLE_WORDS = {"the", "hon", "hon.", "rt", "rt.", "dr", "dr.", "senator", "h.e.", "mr", "mrs", "ms", "mr.", "mrs.",
                "ms.", "prof.", "prof", "sir", "dame", "honourable", "right"}
# a brief, whatever it is about: 'IGAD Special Envoy for Cross-Border Pastoral Affairs'
_BRIEF = re.compile(r"\b(Envoy|Representative|Rapporteur|Coordinator|Commissioner|Adviser|Advisor)\s+for\s+[A-Z].*$")
_HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "h.e.", "his", "her", "excellency", "sheikh",
                    "hon", "hon.", "shri", "sri", "smt", "smt.", "shrimati", "mawlawi", "maulvi", "the"}


def _follows_title(written: list[str], wanted: set[str]) -> bool:
    """Do the `written` words before a name end with the title (`wanted`), or with its state or
    body ('leader Ersin Tatar', 'Foreign Minister of Ukraine, Dmytro Kuleba'), rather than with
    a verb after it ('The Secretary-General calls on Member States')?"""
    last_title_word = max((i for i, w in enumerate(written) if set(norm(w).split()) & wanted), default=-1)
    after = written[last_title_word + 1:]
    # (not 'Minister for Foreign Affairs of Nepal, and H.E. Dr.' before another's name: a second person)
    return all(w[:1].isupper() or w.lower() in TITLE_LINKS for w in after) and "and" not in after


def _in_title_case_line(text: str, at: int) -> bool:
    """Is `at` on a line written in title case, as headlines are (most of its longer words capitalised)?"""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) >= 4]
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) \
        and not line.rstrip().endswith((".", ":", ";"))  # a headline has no full stop


def _spokesperson_for(person: Party, post: Party, text: str) -> bool:
    """Does the text name `person` as the spokesperson of `post`, before or after the name?"""
    name, title = re.escape(person.name), re.escape(post.name)
    before = re.search(rf"{name},?\s+(?:the\s+)?spokes", text, re.I)
    after = re.search(rf"\bspokes(?:person|man|woman)\s+(?:for|of|to)\s+(?:the\s+)?{title}\b[^\n]{{0,40}}{name}",
                      text, re.I)
    return before is not None or after is not None


def name_titled_people(book: PartyBook) -> None:
    """A person the model listed by title alone ('Turkish Cypriot leader') takes the name the
    text gives next to every word of that title ('Turkish Cypriot leader Ersin Tatar'); the
    title stays as an alias, since the text also uses it."""
    kind_of_spokespeople(book.parties)
    for party in list(book.parties):
        # (not 'Stéphane Dujarric, Spokesman for the Secretary-General', nor 'Spokesperson for the UN High Commissioner
        # for Human Rights: Ravina Shamdasani': they speak for the post; 'The High Commissioner, Volker Türk' holds it)
        holder = next((p for p in book.parties if p.kind == "person" and p.affiliation == party.id
                       and not _spokesperson_for(p, party, book.text)), None)
        if party.kind == "person" and holder is not None and (holder.title is None or HONORIFICS.fullmatch(
                holder.title.strip() + " ")) \
                and any(w in TITLE_WORDS for w in re.findall(r"[a-z]+", party.name.lower())) \
                and not BODY_HINTS.search(party.name) and not ORG_HINTS.search(party.name):
            # the model's 'H.E. Dr. Nayef Al-Hajraf' acting for its 'GCC Secretary-General': one person, the post his
            holder.title, holder.affiliation = party.name, party.affiliation
            book.fold(party, holder)
    for party in [p for p in book.parties if p.kind == "person" and p.name in SHORT_TITLES]:
        book.rename(party, SHORT_TITLES[party.name])  # the model's 'EAM': the External Affairs Minister, named below
    for party in list(book.parties):
        # ('Special Envoy of the Secretary-General on Myanmar': a title, whatever it is about)
        if party.kind != "person" or not only_titles(_BRIEF.sub(r"\1", ON_TOPIC.sub("", party.name))):
            continue
        wanted = set(norm(party.name).split())
        for m in _NAME_RUN.finditer(book.text):
            run = _to_sentence_end(m.group(0))  # ('... Sigr\u00fan Hallgr\u00edmsd\u00f3ttir. The call had been')
            if _in_title_case_line(book.text, m.start()):
                continue  # 'GCC Secretary-General Condemns Houthi Terrorist Attack': a headline's words, no name
            # a person's name has no title or body in it ('H.E. Mahmoud Ali Youssouf' is Mahmoud Ali Youssouf)
            words = run.split()
            if words[0].casefold() in TITLE_WORDS - _HONORIFIC_WORDS and norm(words[0]) not in wanted:
                continue  # 'standing next to the German Chancellor, President Biden': another's title
            # ... nor the state its title ends with ('Prime Minister of India Narendra Modi'), when
            # that is this title's state (not 'of Japan Ishiba Shigeru' for India's)
            while len(words) > 2 and (words[0].casefold() in TITLE_WORDS or (
                    actor_named(words[0]) is not None and norm(words[0]) in wanted)):
                words = words[1:]
            # another post between the title and the name: 'OSCE Chairman-in-Office, Polish Foreign Minister
            # Zbigniew Rau' names Rau, not 'Polish Foreign Minister Zbigniew'
            # (an initial is no post: 'Dr. S. Jaishankar', though 'S.' is one of 'U. S.')
            posts = [i for i, w in enumerate(words) if w.casefold() in TITLE_WORDS - _HONORIFIC_WORDS
                     and not re.fullmatch(r"[A-Z]\.", w)]
            words = words[posts[-1] + 1 :] if posts and posts[-1] < len(words) - 1 else words
            name = HONORIFICS.sub("", " ".join(words)) or " ".join(words)  # (not 'Dr. S. Jaishankar')
            if only_titles(name) or ORG_HINTS.search(name) or BODY_HINTS.search(name) or actors_in(name) \
                    or _STATE_FORM.search(name):  # 'the Cooperative Republic of Guyana, Irfaan Ali': no name
                continue
            if book.text[m.start() - 1 : m.start()] == "/":
                continue  # a briefing's section slug: 'SECRETARY-GENERAL/MIDDLE EAST' names a topic
            if book.text[max(0, m.start() - 20) : m.start()].split()[-1:] in (["on"], ["in"], ["at"], ["to"], ["for"]):
                continue  # '... Spokesperson of the Ministry on U.S. Arms Sales': what the title is about
            if book.text[max(0, m.start() - 5) : m.start()].split()[-1:] == ["and"] and run.split()[0].casefold() \
                    in TITLE_WORDS - _HONORIFIC_WORDS:
                continue  # 'The Prime Minister and President Putin agreed': a second titled person (not '... and H.E.')
            at = m.start() + run.find(name)  # where the name itself starts, past the title words stripped
            # on the name's own line: 'Spokesman for the Secretary-General' over 'New York, 25 July' titles no one
            written = book.text[max(0, at - 110, book.text.rfind("\n", 0, at) + 1) : at].split()
            # (styles between the post and the name: '..., Senator the Hon. Dr Marsha Alleyne-Greaves')
            styles = next((k for k in range(len(written)) if written[-1 - k].casefold() not in _STYLE_WORDS), 0)
            written = written[-(len(wanted) + 3 + styles):]
            before = norm(" ".join(written))
            # 'Dana Varga, Department Spokesperson': the title after the name
            # (ending there: in 'X, the Prime Minister of India, Narendra Modi' the title is Modi's)
            # ('Hon. Mr. N. P. Saud, Minister for Foreign Affairs of Nepal, and H.E. ...': the first of two)
            after = re.match(r",\s+(?:the\s+)?([^,.;\n]{3,80})(?=\s*(?:$|\n|[.;]|,\s+and\s))", book.text[m.end():])
            titled_after = after is not None and set(norm(after.group(1)).split()) == wanted
            # a signature: 'Hon. Musalia Mudavadi, EGH' over 'Prime Cabinet Secretary and Cabinet Secretary ...'
            signed = re.match(r"[^\n]{0,12}((?:\n[ \t]*[^\n]{3,160}){1,3})", book.text[m.end():])
            titled_after = titled_after or signed is not None and norm(party.name) in map(norm, signed[1].split("\n"))
            if wanted <= set(before.split()) and _follows_title(written, wanted) or titled_after \
                    or _titled_apart(party, m, book.text):
                title = party.name
                # the model listed the person by name too ('Narendra Modi' beside 'Prime Minister of India')
                named = next((p for p in book.parties if p is not party and p.kind == "person"
                              and (norm(name) in norm(p.name) or norm(p.name) in norm(name))), None)
                if named is not None:
                    book.fold(party, named)
                else:
                    book.rename(party, name)
                    named = party
                # (over the model's bare 'Minister' for him, which the text never writes before his name)
                bare = named.title is not None and " " not in named.title.strip() and re.search(
                    rf"\b{re.escape(named.title)}\s+(?:\S+\s+){{0,3}}{re.escape(named.name)}", book.text) is None
                named.title = title if bare or not named.title else named.title
                break


_STATE_FORM = re.compile(r"\b(?:Republic|Kingdom|Federation|Emirates|Commonwealth|Confederation|Principality|"
                         r"Sultanate|Emirate)\b")


def _titled_apart(party: Party, name: re.Match[str], text: str) -> bool:
    """Is the name at `name` given the title of `party` ('Iran's Foreign Ministry spokesman')
    without the title's state, which its sentence names elsewhere ('Tehran, IRNA - The spokesman
    for the Ministry of Foreign Affairs, Esmaeil Baghaei, ... on Iran's nuclear program')? No
    other actor may come in between ('French President Emmanuel Macron' is not 'Russian President')."""
    states = actors_named(party.name)
    core = {w for w in re.findall(r"[\w-]+", re.sub(r"['\u2019]s\b", "", party.name)) if not actors_named(w)}
    core = {norm(w) for w in core if w.lower() not in TITLE_LINKS}
    if not states or not core:
        return False
    written = text[max(0, name.start() - 120) : name.start()].split()[-(len(core) + 6):]
    if not core <= set(norm(" ".join(written)).split()) or not _follows_title(written, core):
        return False
    opens = max(text.rfind(mark, 0, name.start()) for mark in (".", "\n", "!", "?"))
    closes = min((i for i in (text.find(mark, name.end()) for mark in (". ", "\n")) if i >= 0), default=len(text))
    return not actors_named(" ".join(written)) - states and bool(states & actors_named(text[opens + 1 : closes]))
