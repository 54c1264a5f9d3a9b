"""Posts the model listed as parties of their own, folded into the people who hold them where
the text says so: the lines of posts under a minister's name atop a release, or the post written
right before or after the name ('the Minister of Justice and Correctional Services, Mr Ronald
Lamola'; 'Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan')."""

from __future__ import annotations

import re

from summariser import headings
from summariser.gazetteer import Actor, actor_in_title, actor_named, actor_of_adjective, states_named
from summariser.known_people import actor_served
from summariser.name_forms import known_actor, listed_party, party_of
from summariser.parties import PartyBook
from summariser.people import HONORIFICS, is_person_name, one_post
from summariser.posts import first_title
from summariser.schema import Party
from summariser.titles import PERSON_TITLE, TITLE_WORDS, split_title, without_post_nominals

# a name written before a post, set off by its comma: 'Mr. IWAYA Takeshi, Minister for Foreign Affairs'
# ('Sheikh Faisal bin Nasser Al-Thani, Prime Minister and ...': a name's own particles)
_NAME_BEFORE_POST = r"(?<![\w'-])(?:(?:His|Her)\s+Excellency\s+)?" \
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|bin|bint|ibn)){1,5}),\s+(?:the\s+)?"
# the end of a post written before a name, which that name holds: 'President of the Islamic Republic of
# Iran Seyyed Ebrahim Raisi, President of the Russian Federation Vladimir Putin' (a list of posts and names)
_AFTER_A_POST = re.compile(r"(?:\b(?:of|for|and)(?:\s+the)?|\b[A-Z][\w'\u2019-]*)[ \t]$")  # ('..., Migration and')


def _rank_and_name(listed: str) -> bool:
    """Is it a title word and a name ('General Abdel Fattah al-Burhan'), no post of its own? (The
    'al-' of an Arabic name would otherwise hide the name.)"""
    rest = [re.sub(r"^(?:al|el|ad|ash|as|at|az|bin|ibn)-(?=[A-Z])", "", w) for w in listed.split()[1:]]
    return is_person_name(" ".join(rest))


def fold_posts_into_holders(book: PartyBook) -> None:
    """A post the model listed as a party of its own is the listed person who holds it where the
    text says so: the lines of posts under a minister's name atop a release ('Senator the Hon
    Penny Wong' / 'Minister for Foreign Affairs' / 'Senator for South Australia'), or the post
    written right before the name ('the Minister of Justice and Correctional Services, Mr Ronald
    Lamola'). One person, not a person and a post on another side."""
    for person in [p for p in book.parties if p.kind == "person"]:
        if (bare := without_post_nominals(person.name)) != person.name and book.find(bare) is None:
            book.rename(person, bare)  # 'Miche\u00e1l Martin TD', as the model listed him
    fold_posts_under_names(book, [line.strip() for line in headings.heading_lines(book.text)[:5]])
    # ('The United Nations humanitarian coordinator in Sudan, Clementine Nkweta-Salami, said')
    # (the model lists some posts as bodies: 'OSCE Chairman-in-Office', 'EU High Representative')
    for post in [p for p in book.parties if p.kind in ("person", "government_body", "international_org")
                 and split_title(p.name) == (p.name, None) and PERSON_TITLE.search(p.name)
                 and not is_person_name(p.name) and not _rank_and_name(p.name)]:
        # the headline's 'UN High Commissioner for Human Rights' beside 'Volker T\u00fcrk', whom the text
        # titles 'United Nations High Commissioner for Human Rights': one person (the only one so titled)
        titled = [q for q in book.parties if q.kind == "person" and q.title and one_post(q.title, post.name)]
        if len(titled) == 1 and titled[0] is not post:
            book.fold(post, titled[0])
            continue
        if post.kind == "international_org":
            continue  # (an agency named by its head's post, 'UN High Commissioner for Refugees', else stays)
        # (a post not opening with its title word stands in apposition only: not 'The Prime Minister and
        # President Putin agreed')
        # (on one line, and only more titles: not 'the Secretary-General and the President of Venezuela' over
        # 'The Secretary-General met today with Nicolás Maduro Moros')
        word = r"(?:[A-Z][\w'\u2019-]*|of|for|and|the)"
        joined = rf"(?:[ \t]+and[ \t]+{word}(?:[ \t]+{word}){{0,12}})?,?[ \t]+" if PERSON_TITLE.match(post.name) \
            else r",\s+"
        beside = [q for q in book.parties if q.kind == "person" and q is not post and re.search(
            # ('The T\u00e1naiste and Minister for Foreign Affairs and Minister for Defence, Miche\u00e1l Martin')
            # ('The OSCE Chairperson-in-Office, Malta's Minister for Foreign and European Affairs Ian Borg')
            # ('The OSCE Chairman-in-Office, Minister for Foreign Affairs of Malta Ian Borg')
            rf"\b{re.escape(post.name)}{joined}(?:[A-Z][\w-]*['\u2019]s\s+(?:[A-Z][\w-]*\s+|(?:for|of|and|the)\s+){{1,8}}|"
            rf"(?<=, )[A-Z][\w-]*\s+(?:(?:[A-Z][\w-]*|for|of|and|the)\s+){{0,8}})?"
            rf"(?:H\.\s?E\.\s+)?(?:(?:Mr|Mrs|Ms|Dr|Shri|Ambassador)\.?\s+)?{re.escape(q.name)}\b",
            book.text)]
        if len(beside) == 1:
            beside[0].title = beside[0].title or post.name
            if (org := actor_in_title(post.name)) is not None and org.kind == "international_org":
                beside[0].affiliation = party_of(org, book).id  # not 'Sudan', where the UN's coordinator serves
            book.fold(post, beside[0])
            continue
        # nobody listed: the name the text writes before the post ('Mr. IWAYA Takeshi, Minister for
        # Foreign Affairs of Japan') is the post's holder, in capitals or not
        named = {m["name"] for m in re.finditer(rf"{_NAME_BEFORE_POST}{re.escape(post.name)}\b", book.text)
                 if not _AFTER_A_POST.search(book.text[max(0, m.start() - 40) : m.start()])}
        name = named.pop() if len(named) == 1 else ""
        # ('Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and ...': the listed
        # person whose name ends with the words read before the post)
        holder = next((q for q in book.parties if q.kind == "person" and q is not post and name
                       and q.name.endswith(f" {name}")), None)
        # ('General of the Army Assimi GOÏTA, President of the Confederation of Sahel States': a listed
        # name right before the post, whatever rank words come before the name)
        right_before = [q for q in book.parties if q.kind == "person" and q is not post and re.search(
            rf"(?<![\w-]){re.escape(q.name)},\s+(?:the\s+)?{re.escape(post.name)}\b", book.text)]
        holder = holder or (right_before[0] if len(right_before) == 1 else None)
        if holder is not None:
            holder.title = holder.title if holder.title and PERSON_TITLE.search(holder.title) else post.name
            book.fold(post, holder)
        name = re.sub(r"^(?:Sheikh|Sheikha|Shaikh)\s+(?=\S+\s)", "", HONORIFICS.sub("", name) or name)  # a style
        if holder is None and name and is_person_name(name) and book.find(name) is None:
            post.title, post.kind = post.title or post.name, "person"
            book.rename(post, " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in name.split()))


def listed_post(title: str, name: str, book: PartyBook) -> Party | None:
    """The one listed party that is only the post a speaker is titled with (the headline's 'UN High
    Commissioner for Human Rights', then 'United Nations High Commissioner for Human Rights Volker
    T\u00fcrk said'): renamed the person, who holds the post; else None."""
    posts = [p for p in book.parties if p.kind != "state" and one_post(title, p.name)]
    if len(posts) != 1 or not PERSON_TITLE.search(title):
        return None
    posts[0].kind, posts[0].title = "person", posts[0].title or title
    return book.rename(posts[0], name)


def fold_posts_under_names(book: PartyBook, lines: list[str] | None = None) -> None:
    """The listed posts on the `lines` under a listed person's name (by default the signature that closes
    the text: 'Hon. Mark Brown' / 'Prime Minister of the Cook Islands' / 'Chair of the Pacific Islands
    Forum', the heading's 'Statement by the Chair of ...') are that person. A post the text is issued
    under ties its holder to its organisation: he speaks as the Forum's Chair, not the Cook Islands' PM."""
    lines = lines if lines is not None else [line.strip() for line in book.text.strip().splitlines()[-4:]]
    # (the name may follow a title line: 'Remarks at a UN Security Council Briefing' / 'Ambassador ...')
    at, holder = next(((k, named) for k, line in enumerate(lines[:3]) if (named := book.find(
        split_title(HONORIFICS.sub("", line))[0])) is not None and named.kind == "person"), (len(lines), None))
    for line in lines[at + 1 :] if holder is not None else []:
        if not PERSON_TITLE.search(" ".join(line.split()[:3])) or is_person_name(split_title(line)[0]):
            break  # ('U.S. Representative to the UN'; not 'Minister for Defence the Hon Richard Marles')
        if (post := book.find(line)) is not None and post is not holder and post.kind != "state":
            if post is book.issuer and (org := book.by_id(post.affiliation)) and org.kind == "international_org":
                holder.affiliation = org.id
            book.fold(post, holder)


# a post named by its state's word alone: 'the Iranian Foreign Minister', 'the Iranian Minister'
# ('Timor-Leste Foreign Minister', "Eritrea's information minister")
_STATES_POST = re.compile(r"(?:^|[,:]\s+)\W*(?:the\s+)?(?P<word>[A-Z][\w-]+(?:\s+[A-Z][a-z]+)??)(?:['\u2019]s)?\s+"
                          r"(?:(?:Foreign|Defen[cs]e|Prime|Deputy)\s+|[a-z]+\s+(?=minister\b))?"
                          r"(?:Minister|President|Premier|Chancellor|Secretary|minister)\s*$")


def _state_by_word(post: re.Match[str] | None) -> Actor | None:
    """The state whose word or name opens a post matched by `_STATES_POST` ('Iraqi', 'Timor-Leste'), if a state's."""
    actor = (actor_of_adjective(post["word"]) or actor_named(post["word"])) if post else None
    return actor if actor is not None and actor.kind == "state" else None


def state_post_holder(lead_in: str, book: PartyBook) -> Party | None:
    """The one listed person of the state whose word names the post ('the Iranian Foreign Minister
    conveyed ...': Hossein Amir-Abdollahian, named before with his post after his name, so with no title
    the model gave); None when that state has no one listed, or several."""
    actor = _state_by_word(_STATES_POST.search(lead_in.strip()))
    state = listed_party(actor, book) if actor is not None else None
    if state is None:
        return None
    people = [p for p in book.parties if p.kind == "person" and p.affiliation == state.id]
    return people[0] if len(people) == 1 else None


def _post_state(post: Party, book: PartyBook) -> str | None:
    """The id of the state a post listed by its state's word serves: the model's tie, else (a post it tied to no
    state, 'Timor-Leste Foreign Minister') the listed state its words name."""
    actor = _state_by_word(_STATES_POST.fullmatch(post.name)) if not post.affiliation else None
    listed = listed_party(actor, book) if actor is not None else None
    return post.affiliation or (listed.id if listed is not None else None)


def _fits(post: Party, state: str | None, person: Party, book: PartyBook) -> bool:
    """Can `person` hold the post the model listed by its state's word ('Iraqi Foreign Minister'), which serves
    `state`: of that state, named, and titled with the post's words if titled at all?"""
    words = {w.casefold() for w in post.name.split()[1:]}
    # (a well-known official just added, whom nothing has tied yet: 'Yemane Gebremeskel')
    served = listed_party(actor, book) if not person.affiliation and (actor := actor_served(person.name)) else None
    # (untitled by the model, the post the text writes before the name: 'Cabinet Secretary Munkhjargal Damdinsuren'
    # holds no 'Mongolian Prime Minister' post)
    title = person.title or first_title(person.name, book.text) if person.kind == "person" else None
    return person is not post and person.kind == "person" and is_person_name(person.name) \
        and state is not None and (person.affiliation or (served.id if served else None)) == state \
        and (not title or words <= (titled := {w.casefold() for w in re.findall(r"[\w-]+", title)})
             or titled <= words)  # (a bare 'Minister' holds the 'Foreign Minister' post)


def _state_posts(book: PartyBook) -> list[Party]:
    """The posts listed by a state's word ('Iraqi Foreign Minister'; not 'Foreign Minister', whose first word is
    no state's)."""
    return [p for p in book.parties if p.kind == "person" and _state_by_word(_STATES_POST.fullmatch(p.name))]


def fold_state_posts(book: PartyBook) -> None:
    """A post the model listed by its state's word ('Iraqi Foreign Minister', 'Tajik President') beside the
    one listed person of that state whose title, if any, has the post's words ('Fuad Hussein', Deputy Prime
    Minister and Minister of Foreign Affairs of the Republic of Iraq): one person, not a person and a post."""
    for post in _state_posts(book):
        state = _post_state(post, book)  # (once per post, not per person)
        holders = [p for p in book.parties if _fits(post, state, p, book)]
        if len(holders) == 1:
            holders[0].title = holders[0].title or " ".join(post.name.split()[1:])
            book.fold(post, holders[0])


def as_state_post(person: Party, book: PartyBook) -> Party:
    """A person just added from the text ('Fuad Hussein, Deputy Prime Minister and Minister of Foreign Affairs
    of the Republic of Iraq') who holds the one post the model listed by its state's word: that post's party,
    renamed (its id may already hold items), else the person."""
    posts = [post for post in _state_posts(book) if _fits(post, _post_state(post, book), person, book)]
    if len(posts) != 1:
        return person
    affiliation = posts[0].affiliation or person.affiliation  # ('Timor-Leste Foreign Minister': its words' state)
    book.fold(person, posts[0])
    book.rename(posts[0], person.name)
    posts[0].title, posts[0].affiliation = person.title or posts[0].title, affiliation
    return posts[0]


_HEAD = re.compile(r"\b(?:head|leader|president|prime\s+minister|chancellor|premier)\b", re.I)


def sole_person_of(lead_in: str, book: PartyBook) -> Party | None:
    """'the head of the Russian state', 'the Russian leader': the one listed person serving the one
    state the words name, when they name a head and no one by name."""
    proper = [w for w in re.findall(r"\b[A-Z][a-z]+\b", lead_in.strip()[1:])
              if w.lower() not in TITLE_WORDS and actor_in_title(w) is None]  # 'the Iranian President': none
    if not _HEAD.search(lead_in) or len(proper) >= 2:
        return None
    states = states_named(lead_in)
    people = [p for p in book.parties if p.kind == "person" and len(states) == 1
              and (boss := book.by_id(p.affiliation)) is not None and (a := known_actor(boss)) is not None
              and a.name in states]
    return people[0] if len(people) == 1 else None
