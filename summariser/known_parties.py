"""What code adds to the model's party list, from what it can check in the text.

A small model leaves out the state a sentence accuses, lists "Ankara" beside "Turkey", names a
person by title alone, and never lists the ministry that issued the statement. `complete_book`
fixes what the text itself settles: the well-known actors it mentions (`gazetteer`), the
issuer its heading names, and people listed by title whose names the text gives; while items
are built, `add_speaker` adds the titled people and named bodies that lead-ins make speak.
Anything added that no item gives a role is dropped at the end (`keep.prune_parties`).
"""

from __future__ import annotations

import re

from summariser import headings
from summariser.background import not_an_actor, owner_names, owner_of
from summariser.bare_posts import own_department_of, tie_bare_posts
from summariser.callers import name_bare_host, name_call_placer, tie_host_to_dateline
from summariser.compound_names import fold_compound_names
from summariser.first_names import complete_first_names
from summariser.gazetteer import actor_in_title, actor_named, actor_of_adjective, actors_in, without_portfolio
from summariser.issuers import follow_the_issuer, issuing_party, link_boss, same_body
from summariser.known_people import actor_served, fold_known_namesakes, known_namesake, tie_known_people
from summariser.links import (
    fold_group_into_signatories,
    fold_name_fragments,
    fold_namesakes,
    organs_of_organisations,
    signatories,
    unlink_outlawed,
)
from summariser.listed_posts import name_cut_off_posts, name_people_listed_by_a_body
from summariser.mastheads import dateline_state, serve_the_heading_state, serve_the_masthead
from summariser.name_forms import known_actor, listed_party, party_of, settle_name_forms, voice_state
from summariser.named_in_turn import link_people_named_in_turn
from summariser.parties import PartyBook, link_organs, norm
from summariser.people import HONORIFICS, person_in
from summariser.post_holders import (
    as_state_post,
    fold_posts_into_holders,
    fold_posts_under_names,
    fold_state_posts,
    listed_post,
)
from summariser.post_names import link_posts_by_their_states, posts_for_honorifics
from summariser.posts import (
    POSTED_TO,
    bare_foreign_post,
    link_people_by_their_appositives,
    link_people_by_their_titles,
    people_by_their_posts,
    post_after,
    qualified_elsewhere,
    title_before,
    title_people_by_their_first_mention,
    unlink_travellers,
)
from summariser.schema import Party
from summariser.spoken_before import (
    BARE_SPOKESPERSON,
    POSSESSED_BODY,
    serve_the_body_before,
    speaker_before,
    state_named_before,
)
from summariser.titled_people import name_titled_people
from summariser.titles import (
    GOVERNMENT_POST,
    ON_TOPIC,
    names_a_post,
    with_first_name,
)

# a state named by its capital's regime: 'the Kyiv regime' (a Russian statement's Ukraine)
_PLACES_REGIME = re.compile(r"^(?:the\s+)?(?P<place>[A-Z][\w-]+)\s+(?:regime|junta|authorities)$", re.I)


def add_known_actors(book: PartyBook, text: str) -> None:
    """Join the well-known states and organisations `text` mentions to the book: the forms the text uses for a
    listed one ('Ankara' for Turkey) become its aliases, so the wording of a sentence finds it, and one the model
    left out is added (it stays only if an item gives it a role). A listed person's name names no place."""
    for person in [p for p in book.parties if p.kind == "person" and len(p.name.split()) >= 2
                   and not names_a_post(p.name) and not re.search(r"\s(?:of|for)\s", p.name)]:
        text = re.sub(rf"\b{re.escape(person.name)}\b", lambda m: " " * len(m[0]), text)
    for actor, used in actors_in(text):
        listed = listed_party(actor, book)
        if listed is None:
            book.add(actor.proper_name(used), actor.kind, aliases=used)
            continue
        book.alias(listed, *used)
        if (actor.kind == "international_org" != listed.kind and listed.name in actor.forms
                or actor.kind == "state" and (regime := _PLACES_REGIME.match(listed.name)) is not None
                and regime["place"] in actor.forms) \
                and actor.name in used and norm(listed.name) != norm(actor.name):
            # the EU, which the model listed as a body by its 'European External Action Service'; Ukraine,
            # which it listed as the 'Kyiv regime' of a Russian statement (and as 'Ukraine' too: one party)
            if (same := book.find(actor.name)) is not None and same is not listed:
                book.fold(listed, same)
                listed = same
            else:
                book.rename(listed, actor.name)
        # a Korean report's 'the North' and 'the South', once it names the Korea it means
        book.alias(listed, *(f"the {side}" for side in ("North", "South") if actor.name == f"{side} Korea"
                             and re.search(rf"\b[Tt]he {side}\b(?!\s+[A-Z])", text)))
        if listed.kind != actor.kind and norm(listed.name) in {norm(f) for f in actor.forms if f not in actor.metonyms}:
            listed.kind = actor.kind  # 'Morocco' listed as a non-state group is the state
    for thing in [p for p in book.parties if known_actor(p) is None]:
        # 'G7 summit': the G7 holds what the model gave its summit
        into = next((p for p in map(book.find, owner_names(thing.name)) if p is not None), None)
        owner = owner_of(thing.name) if into is None else None
        if owner is not None:
            into = listed_party(owner, book) or book.add(owner.proper_name([]), owner.kind)
        if into is not None and into is not thing:
            book.fold(thing, into)
    for party_id, boss_name in book.acts_for.items():
        party, actor = book.by_id(party_id), actor_named(boss_name)
        if party is not None and actor is not None:
            link_boss(party, listed_party(actor, book))
    _serve_organisations(book)


# Posts of an international organisation, not of a state: 'Secretary-General', 'Special Envoy'
ORGANISATION_POST = re.compile(r"\bsecretary[- ]general\b|"
                               # the UN's High Commissioners, not a Commonwealth state's envoy ("India's high
                               # commissioner", 'High Commissioner to Canada')
                               r"\bhigh commissioner\s+for\s+(?:human\s+rights|refugees)\b|"
                               r"\b(?:UN|U\.N\.|United Nations)\s+high commissioner\b|"
                               r"(?<!['\u2019]s )(?-i:\bHigh Commissioner\b)(?!\s+(?:of|to|in)\b)|"
                               r"\b(?:special|personal)\s+(?:envoy|rapporteur|representative|coordinator|adviser)\b|"
                               r"\bemergency relief coordinator\b|"
                               # 'Humanitarian Coordinator for Haiti', 'Resident Coordinator in Sudan': the UN's
                               r"\b(?:humanitarian|resident)\s+coordinator\b", re.I)

# a state's own head by a title alone, as its own statements write it (and 'His Majesty', its monarch)
OWN_HEAD = re.compile(r"\b(?:president\s+of\s+the\s+republic|head\s+of\s+(?:the\s+|our\s+)?state|"
                      r"(?:his|her)\s+majesty)\b", re.I)


def _serve_organisations(book: PartyBook) -> None:
    """A holder of an organisation's post ('Secretary-General', 'Spokesperson for the
    Secretary-General') acts for the organisation, never for the state a statement is about (a
    small model tied the UN Secretary-General to Myanmar): the organisation the name or title
    gives, else the one the text names, else the United Nations."""
    heading = headings.first_line(book.text)
    organisations = [a for a, _ in actors_in(book.text) if a.kind == "international_org"]
    if ORGANISATION_POST.search(heading):
        # 'His Special Envoy' in a statement its heading gives to an organisation's post: that
        # organisation's ('Spokesperson for the Secretary-General': the UN's), not a partner's it names
        organisations = [a for a in organisations if a in [h for h, _ in actors_in(heading)]]
    states_envoy = _STATES_ENVOY.search(book.text) is not None
    for person in book.parties:
        boss = book.by_id(person.affiliation)
        if person.kind not in ("person", "government_body", "other") or (boss and boss.kind != "state"):
            continue
        # the post the text gives, before the name or after it ('Morris Tidball-Binz, Special Rapporteur on ...');
        # what the post speaks about is not whom it serves ('Spokesperson for the Secretary-General on Haiti')
        written = person.title or (f"{title_before(person.name, book.text) or ''} {post_after(person.name, book.text)}"
                                   if person.kind == "person" else "")
        post = ON_TOPIC.sub("", f"{person.name} {written.rstrip(', ')}".strip())
        if not ORGANISATION_POST.search(post) or states_envoy and re.fullmatch(
                r"(?:Deputy\s+)?High\s+Commissioner", written.strip(" ,")):
            continue  # 'High Commissioner Pranay Verma' after "Bangladesh summoned India's High Commissioner"
        # (the place a post is 'for' or 'in' is its brief: 'Humanitarian Coordinator for Haiti' is the UN's)
        # (the title on its own as well: 'U.S.' right after the name 'Sung Kim' reads as part of the name)
        title = ON_TOPIC.sub("", written.rstrip(", "))
        named = list(dict.fromkeys(a for text in (post, title) for a, _ in actors_in(_POST_BRIEF.sub(r"\1", text))))
        if any(a.kind == "state" for a in named):
            continue  # 'Special Envoy of the United States': a state's post after all
        if not named and not organisations and _ENVOY_BRIEF.search(post) and not ORGANISATION_POST.search(heading):
            continue  # 'Special Representative for North Korea' in a text no organisation issues: whose, untold
        mentioned = named or organisations
        # 'the Special Envoy of the Secretary-General' in a Council text: the UN's (not 'the Office of ...')
        if not named and person.kind == "person" and re.search(r"\bSecretary-General\b", post) \
                and not re.match(r"(?:the\s+)?Office\b", person.name) \
                and any(a.name.startswith("UN ") for a in mentioned):
            mentioned = [actor_named("United Nations")]  # type: ignore[list-item]
        organisation = mentioned[0] if len(mentioned) == 1 else actor_named("United Nations") if not mentioned else None
        if organisation is not None:
            person.affiliation = (listed_party(organisation, book) or book.add(organisation.name, organisation.kind)).id
            person.kind = "person"  # 'Secretary-General', listed as a body, is the one who holds the post


# a Commonwealth state's envoy: "India's High Commissioner", 'High Commissioner of Kenya to ...'
_STATES_ENVOY = re.compile(r"[A-Z][\w-]+['\u2019]s\s+(?i:(?:deputy\s+)?high\s+commissioner)|"
                           r"(?i:high\s+commissioner)\s+(?:of|to)\s+(?:the\s+)?[A-Z]")
_ENVOY_BRIEF = re.compile(r"\b(?:special|personal)\s+(?:envoy|representative|coordinator|adviser|advisor|rapporteur)\s+"
                          r"(?:for|in|on|to)\b", re.I)
# ('His Personal Envoy for Sudan, Ramtane Lamamra': the Secretary-General's envoy, not Sudan's)
_POST_BRIEF = re.compile(r"\b((?:humanitarian|resident)\s+coordinator|(?:special|personal)\s+(?:envoy|representative|"
                         r"coordinator|adviser|advisor|rapporteur))\s+(?:for|in|on|to)\s+(?:the\s+)?"
                         r"(?-i:[A-Z])[\w-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]*)*", re.I)


_BODY_LEAD_IN = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w'-]*\s+){0,4}(?:Ministry|Office|Council|Committee|Chiefs of Staff|"
    r"Armed Forces|Agency|Department|Police|Presidency|Government|Parliament|Commission|Guard|Command|Cabinet|"
    r"Centre|Center|Service|Secretariat|Directorate|Authority|Bureau|Congress|Senate|House of Representatives|Embassy)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,6}){0,2})"
    r"\s*(?:\([A-Z]{2,}\)\s*)?"  # '... for Central Asia (UNRCCA)'
    r"(?:in\s+(?:[A-Z][\w'-]*-run\s+)?(?:[A-Z][\w'-]*\s*){1,2})?$"  # '... in Hamas-run Gaza', '... in Port Moresby'
)


def _in_full(name: str, text: str) -> str:
    """A bare body's full name, where the text gives one ('The Authority' after 'The ECOWAS Authority of
    Heads of State and Government met ...'), else `name`."""
    if " " in name.strip():
        return name
    # (on one line: a heading's last words are no part of the next line's name)
    full = {m[1] for m in re.finditer(rf"\b(?:(?:The|This|Its|Their|Our)[ \t]+)?((?:[A-Z][\w'\u2019-]*[ \t]+){{1,3}}"
                                      rf"{re.escape(name)}(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]*"
                                      r"(?:[ \t]+(?:of|and|the|[A-Z][\w'\u2019-]*))*)?)", text)}
    # (not "Human Rights Council's Commission of Inquiry": an owner's name is no part of the body's)
    full = {f for f in full if not re.match(r"(?:The|This|That|Our|Its|Their)\s", f)
            and not re.search(r"['\u2019]s\s", f)}
    return full.pop().rstrip() if len(full) == 1 else name


def add_speaker(lead_in: str, book: PartyBook) -> Party | None:
    """The titled person ('Foreign Minister Yván Gil') or the named body ('The Ministry of
    Defence') a lead-in names, added to the book and linked to the state its words name,
    else to the issuer's: the guide makes every speaker a party, beside its state."""
    found, owned = person_in(lead_in), False
    if found is not None:
        name, title = found
        # 'His Majesty King': the post is 'King'; 'Cabinet Secretary Dr.': 'Cabinet Secretary'
        title = re.sub(r"\s+(?:Dr|Mr|Mrs|Ms|Prof)\.?$", "", HONORIFICS.sub("", title))
        # 'President Zelenskyy' is the listed 'Volodymyr Zelenskyy'
        named = [p for p in book.parties if p.kind == "person" and " " not in name
                 and name in re.findall(r"[\w'\u2019-]+", p.name)]  # 'Joseph R. Biden, Jr.
        # 'Israeli Prime Minister Benjamin Netanyahu' is the model's 'Netanyahu': one person, the full name
        # ('Salum Msuya', named by 'Minister Msuya' before 'Hon. Amina Salum Msuya' was read: her name cut short)
        surnamed = [p for p in book.parties if p.kind == "person" and " " in name and (
            p.name == name.split()[-1] or " " in p.name and name.endswith(" " + p.name))
                    or name.startswith(p.name + "-")]  # the model's 'Majed al', cut at 'al-Ansari'
        if len(surnamed) == 1 and book.find(name) is None:
            book.rename(surnamed[0], name)
        # 'Minister Pandor' after 'Dr Naledi Pandor': the full name the text gives
        full = with_first_name(name, book.text) if book.find(name) is None and not named else name
        speaker = book.find(name) or (named[0] if len(named) == 1 else None) or book.find(full) \
            or known_namesake(full, book) or listed_post(title, full, book)  # ('Jokowi', then 'Joko Widodo')
        added = speaker is None
        speaker = speaker or book.add(full, "person", title or None)
        speaker.kind = "person"  # titled and named in the text, whatever kind the model gave it
        where = f"{lead_in.split(name)[0]} {title} {post_after(name, book.text)}"  # "Israel's chief military spokesman"
    elif (body := _BODY_LEAD_IN.match(lead_in)) is not None:
        name = body["body"].strip().rstrip("'\u2019")  # "the Hong Kong authorities' claim": the authorities
        owned = POSSESSED_BODY.match(name) is not None
        name = POSSESSED_BODY.sub("", name)  # 'Its Ministry of National Defence': the ministry, and whose it is
        home = voice_state(book)
        if home is not None and re.fullmatch(r"(?:the\s+)?government", name, re.I) and book.find(name) is None:
            return home  # 'The Government calls on the DPRK to' in Seoul's statement: Seoul's own
        speaker = book.find(name) or same_body(name, book) or book.add(_in_full(name, book.text), "government_body")
        if speaker is book.issuer:
            return speaker
        where = speaker.name  # ('ECOWAS Authority of Heads of State and Government' for 'The Authority')
    else:
        return None
    if speaker.affiliation is None and found is None and owned:
        link_boss(speaker, state_named_before(lead_in, book))  # 'Cambodia gave ... account. Its Ministry ...'
    # ('Its spokesperson, Rear Admiral Kerem Özdemir, claimed': the body that spoke just before)
    # (not 'United Nations human rights chief Volker Türk said', whose post names its body)
    if speaker.affiliation is None and found is not None and (BARE_SPOKESPERSON.match(title or "") and not actors_in(
            lead_in.split(found[0])[0]) or re.match(r"(?:Its|Their)\s", lead_in.lstrip())):
        link_boss(speaker, speaker_before(lead_in, book))  # '... Ministry said ... Spokeswoman Maly Socheata said'
    # the post around the name, not the words before it ('... where Canada's prime minister gathered, Zelenskyy')
    at = lead_in.casefold().find(name.casefold())
    after = lead_in[at + len(name) :] if at >= 0 else ""
    post = f"{title} {after} {post_after(name, book.text)}" if found is not None else ""
    body = next((p for p in sorted(book.parties, key=lambda p: -len(p.name)) if p.kind in _BODY_KINDS
                 and p.id != speaker.id and len(p.name.split()) >= 3 and p.name in post), None)
    if speaker.affiliation is None and body is not None:
        # 'Chairperson of the International Commission of Human Rights Experts on Ethiopia': the
        # listed body the post names, not the state its name is about; a post the model listed as
        # a body ('Minister for Foreign Affairs and East African Cooperation', Tanzania's) is the
        # person's own, and the person serves whom the post serves
        speaker.affiliation = body.affiliation if names_a_post(body.name) else body.id
    if speaker.affiliation is None:
        # "Israel's Permanent Representative to the UN": the post serves Israel, not where it is held
        actor = actor_in_title(POSTED_TO.sub(" ", where)) or (
            qualified_elsewhere(title, book.text, name) if found is not None and title else None)
        if actor is None and found is not None:
            # 'Minister Ben-Gvir' after 'Israeli Ministers Itamar Ben-Gvir and ...': the post where
            # the text first gives the full name
            actor = actor_in_title(POSTED_TO.sub(" ", title_before(speaker.name, book.text) or ""))
        state = party_of(actor, book) if actor is not None else None
        if state is None and speaker.kind != "person":
            state = _founding_body(name, book)
        # 'the Ministry' after its full name ('Ministry of Foreign Affairs, African Cooperation and Moroccan ...')
        if state is None and speaker.kind == "government_body" and (spelled := re.search(
                rf"\b{re.escape(name)}\s+(?:of|for)\s+[^.;\n]{{3,80}}", book.text)):
            owner = actor_in_title(re.split(r"\s+on\s+", spelled[0])[0])  # not what it is on ("on Ethiopia")
            state = party_of(owner, book) if owner is not None and owner.kind == "state" else None
        if state is None and speaker.kind not in ("person", "international_org"):  # (in a ministry's text, a state's)
            state = book.by_id(book.issuer.affiliation) if book.issuer is not None else own_department_of(speaker, book)
        home = voice_state(book)
        # (an organisation has no government of its own: 'Prime Minister Ariel Henry' in a Security Council statement)
        home = None if home is not None and home.kind == "international_org" and GOVERNMENT_POST.search(title or "") \
            else home
        if state is None and found is not None and home is not None \
                and actor_served(name) in (None, known_actor(home)) and (OWN_HEAD.search(where) or bare_foreign_post(
                    f"{title} {title_before(speaker.name, book.text) or ''}", name, book.text)):
            # a state's statement names its own officials by bare titles ('on the instructions of the
            # President of the Republic, X, Foreign Secretary Y announced'; its post where the text first gives it
            # too), others' with their state's (not a well-known other's: 'Foreign Minister Wang Yi' in Japan's)
            state = home
        link_boss(speaker, state)
    return as_state_post(speaker, book) if found is not None and added else speaker  # ('Iraqi Foreign Minister')


_BODY_KINDS = ("international_org", "government_body", "non_state_group", "other")
# '... the so-called Commission of Inquiry on ..., established by the UN Human Rights Council'
_ESTABLISHED_BY = r"\b(?:established|set\s+up|created|appointed|mandated)\s+by\s+(?:the\s+)?(?P<org>[A-Z][^,.;]{2,60})"


def _founding_body(name: str, book: PartyBook) -> Party | None:
    """The international organisation the text says set up the body `name` names ('The Commission'
    after '... Commission of Inquiry ..., established by the UN Human Rights Council'): the UN, not the
    state whose statement speaks of it."""
    head = re.sub(r"^the\s+", "", name, flags=re.I)
    m = re.search(rf"\b{re.escape(head)}\b[^.;]{{0,200}}?{_ESTABLISHED_BY}", book.text)
    found = actors_in(m["org"]) if m else []
    return party_of(found[0][0], book) if found and found[0][0].kind == "international_org" else None


def complete_book(book: PartyBook, voice: str | None) -> Party | None:
    """The model's parties completed by what code can check in the text the model saw:
    the well-known actors it mentions (`add_known_actors`) and the issuer its heading names
    (`issuing_party`). Returns the document's voice: the issuer, else the model's `voice`."""
    add_known_actors(book, book.text)
    for party in book.parties:  # nobody serves 'Korea-Japan-U.S. cooperation', whatever the model's 'for'
        owner = book.by_id(party.affiliation)
        party.affiliation = None if owner is not None and not_an_actor(owner) else party.affiliation
    link_organs(book)
    # ('General Secretariat of the OAS' for Guatemala: before the items, or it could not ask Guatemala's bodies)
    organs_of_organisations(book)
    unlink_outlawed(book)
    name_cut_off_posts(book)  # (and those split at the place they are posted to)
    name_titled_people(book)
    name_people_listed_by_a_body(book)
    posts_for_honorifics(book)
    unlink_travellers(book)
    link_people_by_their_titles(book)
    link_posts_by_their_states(book)  # ('Permanent Representative of the Syrian Arab Republic')
    link_people_by_their_appositives(book)
    link_people_named_in_turn(book)
    people_by_their_posts(book)
    name_call_placer(book)
    name_bare_host(book)  # ('Foreign Minister meets Lebanese President ...': not Lebanon's)
    complete_first_names(book)
    fold_known_namesakes(book)  # ('Jokowi' beside 'Joko Widodo')
    fold_posts_into_holders(book)
    tie_host_to_dateline(book)  # ('Head of Government receives Prime Minister of Algeria' under 'Tunis -')
    fold_state_posts(book)  # ('Iraqi Foreign Minister' beside 'Fuad Hussein')
    tie_known_people(book)
    tie_bare_posts(book)
    title_people_by_their_first_mention(book)
    serve_the_body_before(book)  # 'Office director Petar Petkovi\u0107 told ...': the office that spoke before
    # the model's 'Turkey' in a text that writes 'Türkiye' (its name for a party the text never
    # writes is dropped): the well-known actor it names
    actor = actor_named(voice) if voice and book.find(voice) is None else None
    said = book.find(voice) or (listed_party(actor, book) if actor is not None else None)
    speaker = issuing_party(book.text, book, said)
    if said is not None and speaker is not None and speaker.id != said.id:
        follow_the_issuer(book, said, speaker)
    home = dateline_state(book.text, book)
    serves_body = speaker is not None and speaker.title is not None \
        and (body := actor_in_title(speaker.title)) is not None and body.kind == "international_org"
    # 'European Commission - Statement ... by President von der Leyen ... Beijing, 24 July 2025':
    # the model tied her to the organisation the masthead names; the dateline is where she spoke
    tied = book.by_id(speaker.affiliation) if speaker is not None else None
    serves_body = serves_body or (tied is not None and tied.kind == "international_org"
                                  and tied.name in book.text[:book.text.find("\n") + 1])
    serve_the_masthead(book)
    serve_the_heading_state(book)
    # (nor a group's: an opposition coalition or a rights group writing from Caracas is no organ of Venezuela)
    if speaker is not None and home is not None \
            and speaker.kind not in ("state", "international_org", "non_state_group") \
            and not actors_in(without_portfolio(speaker.name)) and not actor_of_adjective(speaker.name.split()[0]) \
            and speaker.id != home.id and not serves_body and not ORGANISATION_POST.search(speaker.title or "") \
            and actor_served(speaker.name) in (None, known_actor(home)) \
            and len(signatories(book)) < 2:  # (not 'We, the Foreign Ministers of Denmark, Estonia, ...' in Tallinn)
        # (not 'Chairperson of the African Union Commission' under 'Addis Ababa, 30 August 2023': the Union's seat
        # is no state he serves; nor a well-known official of another state: Anwar under 'Jakarta, 27 June 2025')
        # 'SEOUL, June 9 -- Statement by the Presidential Office': Seoul's office, whatever state the model said.
        speaker.affiliation = home.id
    fold_compound_names(book)
    settle_name_forms(book)  # once the heading's issuer is in the book, as is the next
    fold_group_into_signatories(book)
    fold_name_fragments(book)
    fold_namesakes(book)
    fold_posts_under_names(book)  # the heading's post, 'Chair of the ... Forum', may be the signatory's
    for party in [p for p in book.parties if p.name.endswith(("'", "\u2019"))]:
        book.rename(party, party.name.rstrip("'\u2019"))  # a plural possessive the model copied: 'authorities'
    for party in [p for p in book.parties if p.kind != "person" and p.name.startswith("The ")]:
        # the model's 'The Pacific Islands Forum', copied from a sentence's start (not 'The Gambia')
        bare = party.name[4:]
        if re.search(rf"\bthe\s+{re.escape(bare)}\b", book.text) and book.find(bare) in (None, party):
            book.rename(party, bare)
    return book.find(speaker.name) if speaker is not None else None
