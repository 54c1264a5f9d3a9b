"""People's posts: whom a person serves, by the post the text gives beside the name ('Serbian
President Aleksandar Vucic', 'Riyad Mansour, the Palestinian envoy', "Canada's top diplomat in New
Delhi, Stewart Wheeler", 'The High Commissioner, Volker Türk' under 'UN High Commissioner')."""

from __future__ import annotations

import re

from summariser.gazetteer import (
    PORTFOLIO_HEAD,
    Actor,
    actor_in_title,
    actor_named,
    actor_of_adjective,
    actors_in,
    states_named,
    without_portfolio,
)
from summariser.name_forms import listed_states, party_of
from summariser.parties import PartyBook
from summariser.party_sides import sides
from summariser.people import HONORIFICS, is_person_name, only_titles
from summariser.rivals import serves_no_state
from summariser.schema import Party
from summariser.titles import (
    BODY_HINTS,
    ORG_HINTS,
    PERSON_TITLE,
    TITLE_LINKS,
    TITLE_WORDS,
    own_title,
    split_title,
)
from summariser.written_names import past_headline_verb


def people_by_their_posts(book: PartyBook) -> None:
    """A name the model listed as a body or group that the text writes as a person's, with a
    post after it ('Robert Wood, the US deputy ambassador, said') or before it ('Government
    spokesperson Steffen Hebestreit'), is that person."""
    for party in book.parties:
        # (not 'North Korea' after 'Special Representative for': a state's name is no person's)
        named = party.kind != "person" and is_person_name(party.name) and not ORG_HINTS.search(party.name) \
            and not BODY_HINTS.search(party.name) and actor_named(party.name) is None
        post = (post_after(party.name, book.text) or title_before(party.name, book.text) or "") if named else ""
        if post and any(w.lower() in _POSTS for w in re.findall(r"[\w-]+", post)[:8]):
            party.kind = "person"
            book.notes.append(f"{party.name!r} is a person: the text gives their post")
            states = states_named(post)
            serves = listed_states(states, book)
            if party.affiliation is None and len(states) == 1 and len(serves) == 1:
                party.affiliation = serves[0].id  # 'the US deputy ambassador': the United States


_POSTS = {"ambassador", "envoy", "minister", "president", "spokesperson", "spokesman", "spokeswoman", "secretary",
          "chancellor", "commissioner", "representative", "adviser", "advisor", "chief", "director", "governor"}
_POST_OPENERS = ("the", "a", "an", "its", "who", "whose", "now")  # "the UK's Minister for Europe", 'who chairs ASEAN'


def post_after(name: str, text: str) -> str:
    """The post the text gives after a person's name where it first names them ('Mr. Wang Yi, Member of the Political
    Bureau ... and Minister of Foreign Affairs of the People's Republic of China, in Astana'; a surname in capitals
    may have the given name after it: 'Ms. KAMIKAWA Yoko, Minister ...'), which says whom they serve; '' if none."""
    m = re.search(rf"\b(?i:{re.escape(name)})(?:(?<=[A-Z]{{2}})\s+[A-Z][a-z]+)?,\s+"
                  rf"(?P<post>[^.;\n]{{3,200}}?)(?=,|\s+(?:in|at|on)\s|\.)", text)
    # ... or on the line under a signature's name: 'Hon. Mark Brown' / 'Prime Minister of the Cook Islands'
    signed = re.search(rf"^(?:[^\n]{{0,20}}\s)?{re.escape(name)}[ \t]*\n[ \t]*(?P<post>[A-Z][^\n.;]{{2,150}}?)[ \t]*$",
                       text, re.M) if m is None else None
    m = m or (signed if signed is not None and PERSON_TITLE.search(signed["post"]) else None)
    if m is None:
        return ""
    if re.match(r",\s+(?:(?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])[\w'\u2019-]+",
                text[m.end():]):
        # another's post, with its own name after it: 'At the invitation of ... President Luong Cuong, the President
        # of the Federative Republic of Brazil, Luiz Inácio Lula da Silva, paid a state visit'
        return ""
    first = m["post"].split()[0]
    # a post, not what the person goes on to do ('Volker Türk, urges the Georgian authorities to ...')
    if first[:1].islower() and first.casefold() not in TITLE_WORDS and first not in _POST_OPENERS:
        return ""
    # a post is a noun phrase: it ends where a verb goes on ('the President of the Republic, Andrés
    # Manuel López Obrador, Foreign Secretary Alicia Bárcena announced the rupture ... with Ecuador')
    words = m["post"].split()
    # ('On the instructions of President X, Mexico is breaking off relations with Ecuador': a clause)
    end = next((i for i, w in enumerate(words) if i and w[:1].islower() and w.casefold() not in TITLE_WORDS
                and w not in TITLE_LINKS and w not in _POST_OPENERS and (w.endswith("ed") or w in _VERB_WORDS)),
               len(words))
    return " ".join(words[:end])


_VERB_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "must", "can", "says",
               "said", "told", "urges", "calls", "wants"}


_HONORIFIC_LAST = re.compile(r"(?:\s*(?<!\w)(?:the\s+)?(?:Rt\.?|Hon\.?|H\.\s?E\.|His\s+Excellency|Her\s+Excellency|"
                             r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?))+\s*$")


def title_before(name: str, text: str) -> str | None:
    """The title words right before a name's first mention, back to the verb ('His Special Envoy
    on Myanmar,' before 'Noeleen Heyzer'); None when the text does not write the name."""
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    if m is None:
        return None
    # (an honorific's full stop ends no title: '... of the United Republic of Tanzania, Hon. Amina Salum Msuya')
    before = _HONORIFIC_LAST.sub(" ", text[max(0, m.start() - 120) : m.start()])
    words = re.split(r"[.;:\n]", before)[-1].split()
    title: list[str] = []
    while words and (words[-1][:1].isupper() or words[-1].strip(",").casefold() in TITLE_WORDS | _LINKS) \
            and not (title and title[0] == "and" and words[-1].endswith(",")):  # 'X, and the Minister ...'
        title.insert(0, words.pop())
    title = title[1:] if title[:1] == ["and"] else title
    title = past_headline_verb(" ".join(title)).split()
    named_first, two, own = " ".join(title).rpartition(" and ")
    name, post = split_title(named_first) if two else ("", None)
    if two and (is_person_name(name) or post and re.fullmatch(r"[A-Z][\w'\u2019-]+", name)):  # ('President Lula and')
        title = own.split()  # 'by President Kassym-Jomart Tokayev and President' before 'Shavkat Mirziyoyev'
    if len(words) > 1 and words[-1] == "on" and title and words[-2].casefold() in TITLE_WORDS:
        # 'Special Envoy on Myanmar': what the post is about (not 'Statement ... on US House Speaker')
        title.insert(0, words.pop())
        while words and (words[-1][:1].isupper() or words[-1].casefold() in TITLE_WORDS | _LINKS):
            title.insert(0, words.pop())
    return " ".join(title)


def title_people_by_their_first_mention(book: PartyBook) -> None:
    """A person the model listed with no title takes the one the text first names them with ('said
    Minister of Foreign Affairs and Trade Péter Szijjártó'), so that 'the minister' later is him, not
    the Prime Minister the text also names."""
    for person in [p for p in book.parties if p.kind == "person" and not p.title and not only_titles(p.name)]:
        person.title = first_title(person.name, book.text)
    for person in [p for p in book.parties if p.kind == "person"  # an honour alone gives way to the post after:
                   and re.fullmatch(r"\s*(?:Sheikh|Sheikha|Shaikh|Emir|Prince|Princess|Sultan)\s*", p.title or "")]:
        post = post_after(person.name, book.text)  # 'Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE'
        person.title = post if post and PERSON_TITLE.match(post) and len(post.split()) <= 10 else person.title


def first_title(name: str, text: str) -> str | None:
    """The post the text writes before a person's first mention, if it is one ('said Minister of
    Foreign Affairs and Trade Péter Szijjártó'); None for other words before the name, for another's
    post ('Stéphane Dujarric, Spokesperson for the' before 'Secretary-General') or a post cut short."""
    # (its article and a trailing honorific are no part of it: 'the EU Special Representative ...', '... Mr')
    title = own_title(re.sub(r"^(?:(?:the|a|an|for|of|to|and|on|with)\s+)+|"
                             r"(?:\s+(?:Mr|Ms|Mrs|Dr|H\.E\.|Shri|Smt|Sri|Hon))+\.?$",
                             "", (title_before(name, text) or "").strip(" ,"), flags=re.I))
    if "," in title or re.search(r"\b(?:the|of|for|to|and|on)$", title, re.I) or HONORIFICS.fullmatch(title + " ") \
            or is_person_name(HONORIFICS.sub("", title)):
        return None  # (nor an honorific alone: 'Mr Ronald Lamola'; nor a name before a post the model listed)
    return title if PERSON_TITLE.search(title) and len(title.split()) <= 10 else None


def link_people_by_their_titles(book: PartyBook) -> None:
    """A person listed with no side whom the text first names with a title that names one state
    or organisation serves it: 'Serbian President Aleksandar Vucic', 'The Secretary-General of
    the Arab League, Ahmed Aboul Gheit', 'Riyad Mansour, the Palestinian envoy'."""
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation is None]:
        title = title_before(person.name, book.text)
        if title is None or serves_no_state(person, book.text):
            continue  # (nor 'Former Bolivian President Evo Morales', untied from the government he opposes)
        post = post_after(person.name, book.text)
        post = post if any(w.strip(",").casefold() in TITLE_WORDS for w in post.split()[:4]) else ""  # not a clause
        phrase = POSTED_TO.sub(" ", f"{title} {post}")  # "Israel's Representative to the UN": Israel's
        if not any(w.strip(",").casefold() in TITLE_WORDS for w in phrase.split()):
            continue  # a name with no post: nothing says whom it serves
        found = {actor.name: actor for actor, _ in actors_in(phrase)} or (
            {a.name: a} if (a := actor_in_title(phrase)) is not None else {}) or (
            {a.name: a} if (a := qualified_elsewhere(phrase, book.text, person.name)) is not None else {})
        # 'Greek Cypriot leader': two peoples' words, no one state
        found.update({a.name: a for w in re.findall(r"[A-Z][a-z]+", phrase) if (a := actor_of_adjective(w))})
        if len(found) == 1 and (actor := next(iter(found.values()))).kind in ("state", "international_org"):
            person.affiliation = party_of(actor, book).id
        elif not found and (group := _listed_group_opening(title, book)) is not None:
            person.affiliation = group.id  # 'CSP spokesman', the listed 'Permanent Strategic Framework (CSP)'
    for person in [p for p in book.parties if p.kind == "person"]:
        # 'Special Coordinator of the United Nations for Lebanon': the organisation's envoy, whatever
        # state the model tied the post to (the place after 'for' is the mandate, not the employer);
        # an ambassador of one state to another serves the one that sent them
        post = next((m for form in (person.name, person.title or "", *person.aliases)
                     if (m := _MANDATE.search(form))), None)
        actor = actor_named(post["org"] or post["sender"]) if post else None
        if actor is not None and (actor.kind == "international_org" or post["sender"]):
            person.affiliation = party_of(actor, book).id
        boss = book.by_id(person.affiliation) if person.affiliation and post is None else None
        forms = (person.name, person.title or "", *person.aliases)
        if boss is not None and any(re.search(rf"{PORTFOLIO_HEAD}{re.escape(n)}\b", form)
                                    for form in forms for n in (boss.name, *boss.aliases)):
            # 'U.S. Special Representative for North Korea Sung Kim', whom the model tied to North Korea
            sender = next((a for form in forms if (a := actor_in_title(form)) is not None), None)
            person.affiliation = party_of(sender, book).id if sender is not None else None


def _listed_group_opening(title: str, book: PartyBook) -> Party | None:
    """The one listed group or body that no gazetteer knows whose name, or short form in brackets, a
    person's title opens with ('CSP spokesman' for 'Permanent Strategic Framework (CSP)'), else None."""
    groups = {p.id: p for p in book.parties if p.kind in ("non_state_group", "international_org", "government_body")
              for form in (p.name, *p.aliases, *re.findall(r"\(([A-Z][\w-]{1,9})\)", p.name))
              if len(form) >= 2 and re.match(rf"\W*(?:the\s+)?{re.escape(form)}(?:['\u2019]s)?\s+(?-i:[a-z])", title)}
    return next(iter(groups.values())) if len(groups) == 1 else None


_MANDATE = re.compile(r"\b(?:Coordinator|Envoy|Representative|Rapporteur|Adviser|Advisor)\s+of\s+(?:the\s+)?"
                      r"(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:for|on)\s+|"
                      # 'Ambassador of the Russian Federation to the Republic of Moldova': the sender's
                      r"\b(?:Ambassador|Charg[e\u00e9]\s+d['\u2019]\s?[Aa]ffaires|Consul(?:-General)?)\s+of\s+(?:the\s+)?"
                      r"(?P<sender>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:to|in|at)\s+")


def link_people_by_their_appositives(book: PartyBook) -> None:
    """A person the text introduces as a state's official ("India summoned Canada's top diplomat in New Delhi, Stewart
    Wheeler") serves that state, whatever side the model gave (it had him as India's, where he serves)."""
    for person in [p for p in book.parties if p.kind == "person"]:
        # ("Bangladesh's Deputy High Commissioner Nurul Islam", summoned by India: no comma needed)
        m = re.search(rf"\b(?P<owner>[A-Z][\w.-]+(?:[ \t]+[A-Z][\w.-]+)?)['\u2019]s\s+(?:[a-z-]+\s+){{0,3}}"
                      rf"(?P<post>diplomat|envoy|ambassador|minister|spokes\w+|official|representative|commissioner)"
                      rf"(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}|"
                      rf"\s+(?:for|on)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){{0,2}}?)?,\s+"  # '... for the dialogue, X'
                      rf"{re.escape(person.name)}\b|\b(?P<envoys>[A-Z][\w.-]+)['\u2019]s\s+(?:Deputy\s+)?High\s+Commissioner\s+"
                      rf"{re.escape(person.name)}\b", book.text)
        actor = actor_named(m["owner"] or m["envoys"]) if m else None
        # ... or a post after the name that names one state: 'Mr. SHI Yong, Chargé d'affaires ad interim of
        # the Embassy of the People's Republic of China in Japan' (where posted is not whom served)
        post = post_after(person.name, book.text)
        if actor is None and post and (PERSON_TITLE.search(" ".join(post.split()[:3])) or post.startswith("Charg")):
            actor = actor_in_title(POSTED_TO.sub(" ", post))
        actor = actor or state_after_name(person.name, book.text)  # 'President João Lourenço of Angola'
        tied = book.by_id(person.affiliation) if person.affiliation else None
        if actor is None and (tied is None or tied.kind != "state" and actor_named(tied.name) is None):
            # (the model's 'European Union for Foreign Affairs and Security Policy' is no actor)
            _serves_the_post_before(person, book)
        if actor is not None and actor.kind == "international_org" and m is not None and person.affiliation is None:
            # "The European Union's special representative for the dialogue, Miroslav Laj\u010d\u00e1k"
            person.affiliation = party_of(actor, book).id
        if actor is None or actor.kind != "state":
            continue
        state = party_of(actor, book)
        if person.affiliation not in sides(book.parties).get(state.id, {state.id}):
            book.notes.append(f"{person.name!r} serves {state.name!r}: the text introduces them as its official")
            person.affiliation = state.id
        if m is not None and person.title and states_named(person.title) - {actor.name}:
            # the model's 'U.S. Ambassador' for "Britain's ambassador, Barbara Woodward": the text's words
            person.title = m.group(0)[: m.group(0).rfind(person.name)].rstrip(" ,")


def state_after_name(name: str, text: str) -> Actor | None:
    """The state a person's name is followed by ('President João Lourenço of Angola', 'High
    Commissioner Sanjay Kumar Verma is India's senior most serving diplomat')."""
    state = r"(?P<state>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
    m = re.search(rf"(?<!\w){re.escape(name)}\s+of\s+(?:the\s+)?{state}", text) or re.search(
        rf"(?<!\w){re.escape(name)}\s+(?:is|was)\s+{state}['\u2019]s\s+(?:[\w-]+\s+){{0,4}}?"
        r"(?:diplomat|envoy|ambassador|minister|official|representative)\b", text)
    actor = actor_named(m["state"]) if m else None
    return actor if actor is not None and actor.kind == "state" else None


_LINKS = {"of", "the", "for", "and"}


def _serves_the_post_before(person: Party, book: PartyBook) -> None:
    """'The High Representative of the European Union for Foreign Affairs and Security Policy, Kaja
    Kallas,': a person the model tied to no one serves the actor their post names."""
    m = re.search(rf"\b(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+of\s+(?:the\s+)?"
                  rf"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}?)(?:\s+(?:for|on)\s+[^,.;]{{1,60}})?,\s+"
                  rf"{re.escape(person.name)}\b", book.text)
    actor = actor_named(m["owner"]) if m and TITLE_WORDS & {w.casefold() for w in m["post"].split()} else None
    if actor is not None:
        person.affiliation = party_of(actor, book).id


def qualified_elsewhere(title: str, text: str, person: str) -> Actor | None:
    """The one actor whose name the text puts on a bare title elsewhere: 'The High Commissioner,
    Volker Türk' under 'Spokesperson for the UN High Commissioner for Human Rights', 'the
    Secretary-General' beside 'the UN Secretary-General'. Two actors' ('the US President', 'the
    French President'), none; nor one another person bears ('Israeli Prime Minister Benjamin
    Netanyahu' says nothing of the 'Prime Minister Keir Starmer' of the same text)."""
    core = " ".join(w.strip(",") for w in title.split() if w.strip(",").casefold() not in _LINKS)
    if not core or not all(w[:1].isupper() for w in core.split()):
        return None
    found: dict[str, Actor] = {}
    borne: dict[str, Actor] = {}  # the actors of the mentions this person's name follows
    for m in re.finditer(rf"\b{re.escape(core)}\b(?:\s+(?:of|for)\s+(?:the\s+)?(?P<after>[A-Z][\w.-]*))?", text):
        bearer = re.match(r",?[^\S\n]+((?:[A-Z][\w'\u2019.-]*[^\S\n]*){1,3})", text[m.start() + len(core) :])
        if bearer and not set(bearer[1].split()) & set(person.split()):
            continue  # another's title
        # the capitalised words right before it, in its own sentence ('UN', 'Arab League')
        words = re.split(r"(?<=[a-z]{2}[.!?:])\s+|\n", text[max(0, m.start() - 60) : m.start()])[-1].split()
        before: list[str] = []
        while words and words[-1][:1].isupper() and len(before) < 3:
            before.insert(0, words.pop())
        # 'the President of the Argentine Republic, Javier Milei': the post his name comes right after
        own = re.match(rf"[^.;:\n]{{0,60}}?\b{re.escape(person.split()[-1])}\b", text[m.end() :]) is not None
        for qualifier in (" ".join(before), m["after"] or ""):
            actor = actor_in_title(qualifier) if qualifier else None
            if actor is not None and actor.kind in ("state", "international_org"):
                found[actor.name] = actor
                if own:
                    borne[actor.name] = actor
    found = borne if len(borne) == 1 else found
    return next(iter(found.values())) if len(found) == 1 else None
# where a post is held, not whom it serves: '... Permanent Representative to the UN in Geneva'
POSTED_TO = re.compile(r"\b(?:to|at|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*")


_FOREIGN_POST = re.compile(r"\b(?:foreign|external|international\s+relations|spokes(?:person|man|woman))\b", re.I)
_QUESTION_LINE = re.compile(r"^\W*(?:q|question)\b", re.I)


def bare_foreign_post(title: str, name: str, text: str) -> bool:
    """A foreign-affairs title of title words alone, no state's ('Foreign Secretary', 'Minister of
    Foreign Affairs', 'Spokesperson'), in the text's own words, not a journalist's question."""
    words = re.findall(r"[\w-]+", title)
    at = text.find(name)
    line = text[text.rfind("\n", 0, at) + 1 : at] if at >= 0 else ""
    return bool(words) and all(w[:1].isupper() or w.casefold() in TITLE_WORDS | TITLE_LINKS for w in words) \
        and actor_in_title(title) is None and _FOREIGN_POST.search(title) is not None and not _QUESTION_LINE.match(line)


# what a lead-in opens with before its subject: 'Touching upon the situation around Ukraine, '
# ('In response to media queries regarding ... in Bangladesh, the Official Spokesperson'); not where it
# was said ('At a regular briefing in Beijing, foreign ministry spokesman Lin Jian'): that tells the state
_SETTING_OUT = re.compile(r"^\W*(?:[A-Z]\w+ing|in|on|at|(?i:in\s+(?:response|reply)\s+to|about|regarding|"
                          r"turning\s+to|as\s+for|with\s+regard\s+to))\b[^,]*,\s*")


_POSTED_TO_BODY = re.compile(r"\b(?:to|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*"
                             r"(?:\s+in\s+[A-Z][\w.-]*)?")


def serves_state_named(person: Party, lead_in: str, book: PartyBook) -> None:
    """A lead-in that gives a person's state ("Ethiopia's ambassador, Taye Atske Selassie") settles
    whom the person serves, whatever the model said (it had him as Egypt's): the one listed
    state the words before the name give, by name or by its word."""
    at = lead_in.find(person.name.split()[-1])
    before = _SETTING_OUT.sub("", lead_in[:at] if at > 0 else "")  # not 'Touching upon Ukraine, Macron'
    # "Israel's Permanent Representative to the United Nations Office in Geneva": where the post is held
    before = _POSTED_TO_BODY.sub(" ", before)  # (not 'At a briefing in Beijing, ... spokesperson Wang Wenbin')
    # ('The director of the Office for Kosovo and Metohija, Petar Petkovic': the office's brief, not his state)
    before = without_portfolio(before)
    before = re.sub(r"^\W*[^:]{1,40}:\s+", "", before)  # a heading's topic: 'Myanmar: Türk warns ...
    # 'In a phone call with his Qatari counterpart, Abdelatty': another's state, not his
    before = re.sub(r"\b(?:his|her|their|its)\s+[A-Z][\w-]+\s+(?:counterparts?|colleagues?|hosts?|guests?)\b", "",
                    before)
    if serves_no_state(person, book.text):
        return  # 'Ecuadorean leftist presidential candidate Luisa Gonzalez', 'former President': no state's official
    named = {a.name for a, _ in actors_in(before)} | {a.name for w in re.findall(r"[A-Z][\w-]+", before)
                                                        if (a := actor_in_title(w)) is not None}
    states = listed_states(named, book)
    if len(named) == 1 and not states and person.affiliation is None \
            and (actor := actor_named(next(iter(named)))) is not None and actor.kind == "state":
        states = [party_of(actor, book)]  # 'Malaysian Prime Minister Anwar Ibrahim': Malaysia, if unlisted
    if len(named) == 1 and len(states) == 1 and person.affiliation != states[0].id:  # 'Greek Cypriot': two
        side = sides(book.parties).get(states[0].id, {states[0].id})
        if person.affiliation not in side:
            book.notes.append(f"{person.name!r} acts for {states[0].name!r}, as the text says before the name")
            person.affiliation = states[0].id
            given = lead_in.find(person.name.split()[0])
            if person.title and states_named(person.title) - named and given > 0:
                # the model's 'U. S. Ambassador' for "Britain's ambassador, Barbara Woodward": the text's words
                person.title = re.sub(r"^\W*(?:the\s+)?|[\s,]+$", "", lead_in[:given]) or None


# where a person goes: 'will travel to the PRC', 'is visiting Kyiv', 'arrived in Beijing'
_GOES_TO = (r"\b(?:travel\w*|visit(?:s|ed|ing)?|trip|head(?:s|ed|ing)?|fl(?:y|ies|ew)|go(?:es|ing)?|went|"
            r"arriv\w*|return\w*)\s+(?:to|in)?\s*(?:the\s+)?")


def unlink_travellers(book: PartyBook) -> None:
    """A person the model tied to the state that the text only names as where the person goes
    ('Secretary of the Treasury Janet Yellen will travel to the PRC in the coming days, and
    Secretary of State Antony Blinken will follow', in a White House readout) has no side from it."""
    lines = re.split(r"(?<=[.!?])\s+|\n+", book.text)
    for person in [p for p in book.parties if p.kind == "person" and p.affiliation]:
        state = book.by_id(person.affiliation)
        if state is None or state.kind != "state" or (person.title and states_named(person.title)):
            continue
        actor = actor_named(state.name)
        words = sorted({state.name, *state.aliases, *(actor.forms + actor.adjectives if actor else ())}, key=len,
                       reverse=True)
        named = rf"\b(?:{'|'.join(map(re.escape, words))})\b"
        surname = rf"\b{re.escape(person.name.split()[-1])}\b"
        said = [line for line in lines if re.search(surname, line)]
        # the person goes: the place after the name, no other listed person's name between
        # ('At the invitation of President Xi Jinping, President Prabowo ... paid a state visit to China')
        others = [rf"\b{re.escape(p.name.split()[-1])}\b" for p in book.parties
                  if p.kind == "person" and p is not person]
        goes = [m for line in said if (m := re.search(surname + r"(?P<between>.*?)" + _GOES_TO + named, line))
                and not any(re.search(o, m["between"]) for o in others)]
        if goes and not any(re.search(named, re.sub(_GOES_TO + named, " ", line)) for line in said):
            book.notes.append(f"{person.name!r} is not {state.name!r}'s: the text names it only as where they go")
            person.affiliation = None
