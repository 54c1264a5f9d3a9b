"""From the model's party list to the contract's parties: one party per actor, linked.

A small model writes "President of the Republic of Azerbaijan Ilham Aliyev" as a name, lists
an actor twice, or names the state a person acts for without listing it. Code fixes what it
can check: titles move to `title`, the state or body a person acts for becomes a party of its
own (the annotation guide wants both), duplicates merge, and a party whose name the document
never uses is dropped and noted.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from summariser.drafts import PartyDraft
from summariser.gazetteer import Actor, actor_in_title, actor_meant, actor_named, actor_of_adjective, actors_in
from summariser.schema import Kind, Party
from summariser.titles import (
    BODY_HINTS,
    DESCRIBED,
    NAME_PARTICLES,
    PERSON_TITLE,
    STOP_WORDS,
    STYLED,
    TITLE_WORDS,
    completed_name,
    guess_kind,
    own_title,
    post_of_a_state,
    split_title,
)
from summariser.written_names import as_written, copied_clause, past_headline_verb, without_home_state, written_words


@functools.lru_cache(maxsize=8192)  # the same few names are compared again and again
def norm(name: str) -> str:
    """Comparison form of a name: case-folded, no punctuation ('M23/AFC': two words), no leading article."""
    return re.sub(r"^the ", "", re.sub(r"[^\w ]+", "", name.casefold().replace("/", " "))).strip()


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS and len(w) > 1}


def mentioned(name: str, text_stems: set[str]) -> bool:
    """Most of a name's words occur in the document (stems, so 'Armenia' ~ 'Armenian')."""
    words = stems(name)
    return bool(words) and len(words & text_stems) * 2 >= len(words)


def written_with_article(party: Party, text: str) -> list[str]:
    """The forms of `party` that the text only ever writes after 'the' ('the Greek Cypriot leader', 'the United
    States'), with it: the document's own wording, for its aliases (as the guide's example lists them)."""
    forms = []
    for name in [party.name, *party.aliases]:
        if name.lower().startswith("the ") or not name[:1].isalpha():
            continue
        # (not a mention inside a longer name: 'the China Coast Guard' writes no 'the China')
        before = [text[max(0, m.start() - 4) : m.start()]
                  for m in re.finditer(rf"\b{re.escape(name)}\b(?![^\S\n]+(?-i:[A-Z]))", text)]
        if before and all(b.lower() == "the " for b in before):
            forms.append(f"the {name}")
    known = {a.lower() for a in party.aliases}
    return [f for f in dict.fromkeys(forms) if f.lower() not in known]


_HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "h.e.", "his", "her", "excellency", "hon",
                    "hon.", "shri", "sri", "smt", "smt.", "mawlawi", "maulvi", "the", "of", "for"}  # no post among them


def _before_name(name: str, text: str, width: int) -> str:  # up to `width` characters before its first mention
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    return text[max(0, m.start() - width) : m.start()].rstrip() if m else ""


_BODY_OF_A_STATE = re.compile(r"(?:the\s+)?(?:Ministry|Department|Office)\s+(?:of|for)\s+(?-i:[A-Z])", re.I)


def _written_title(name: str, text: str) -> str:
    """The title words the text writes right before a name's first mention ('Foreign Secretary'
    of 'Foreign Secretary Alicia Bárcena'; not 'Indian ... the murder of' before 'Hardeep Singh Nijjar')."""
    words = re.split(r"(?<![A-Z])[.;:,]\s|\n", _before_name(name, text, 60))[-1].split()
    run: list[str] = []
    while words and (words[-1][:1].isupper() or words[-1].casefold() in TITLE_WORDS):
        run.insert(0, words.pop())
    return own_title(re.sub(r"(?:\s+(?:Dr|Mr|Mrs|Ms|Prof)\.?)+$", "", past_headline_verb(" ".join(run))))  # ('Dr.')


def _state_named(party: Party, acts_for: str | None, text: str) -> str | None:
    """The state a body's name or a person's title names ('Chinese Coast Guard', 'Indonesian Foreign Minister'),
    when the model said it acts for another well-known actor: the name settles it (a 'Department of the Russian
    Ministry of Foreign Affairs' is not the EU's). Not when the text never writes that actor: the model's
    'Nigerian military junta' in a report on Niger's junta names no Nigeria."""
    title = (party.title or party.name) if party.kind == "person" else party.name  # a post listed by title alone
    if party.kind == "person" and party.title and f"{party.title} {party.name}" not in text:
        title = _written_title(party.name, text)  # the model's 'U. S. foreign policy chief': the text's 'E.U. ...'
    named = actor_in_title(title)
    if named is not None and not any(re.search(rf"\b{re.escape(f)}\b", text)
                                     for f in (*named.forms, *named.adjectives)):
        return None
    said = actor_meant(acts_for) if acts_for else None
    if named is not None and named.kind == "international_org" and party.kind in ("person", "government_body") \
            and actor_meant(party.name) is not named:  # the 'Security Council' is that actor itself
        # 'UN High Commissioner for Human Rights', 'EU foreign policy chief', 'ECOWAS Authority of Heads of
        # State': a post or a body the name opens with, by a name or by its word, belongs to that organisation
        # ('Russian Ambassador to the UN' does not)
        forms = next((forms for actor, forms in actors_in(title) if actor is named), [])
        first_word = title.split()[0] if title.split() else ""
        opens = title.lstrip().startswith(tuple(forms)) or actor_in_title(first_word) is named
        return named.name if opens and (said is None or said.name != named.name) else None
    if named is None or named.kind != "state":
        return None
    return named.name if said is not None and said.name != named.name else None


@dataclass
class PartyBook:
    """Parties being collected, with every name and alias that points at each."""

    text: str
    parties: list[Party] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # 'for' names the model gave that the text does not use as written ('Turkey' in a text that says
    # 'Türkiye'), by party id: `add_known_actors` resolves the well-known ones.
    acts_for: dict[str, str] = field(default_factory=dict)
    issuer: Party | None = None  # the party the document's heading says issued it
    voice: Party | None = None  # whose voice the document speaks in, once settled (`checked_voice`)
    # the sides 'both parties' asks besides the first-named one the request goes to: they stay as parties
    asked_together: set[str] = field(default_factory=set)
    _by_name: dict[str, Party] = field(default_factory=dict)
    _last_number: int = 0  # the highest party number given: a folded party's id is never reused

    def replace(self, parties: list[Party]) -> None:
        """Keep only `parties` (after pruning and renumbering), re-indexing their names."""
        self.parties = parties
        self._by_name = {}
        for p in parties:
            self._index(p, p.name, *p.aliases)

    def by_id(self, party_id: str | None) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def find(self, name: str | None) -> Party | None:
        return self._by_name.get(norm(name)) if name else None

    def _index(self, party: Party, *names: str) -> None:
        for n in names:
            if norm(n):
                self._by_name.setdefault(norm(n), party)

    def rename(self, party: Party | None, name: str) -> Party | None:
        """`party` called by `name` (a heading's wording), its old name kept as an alias."""
        if party is not None and party.name != name:
            party.aliases.insert(0, party.name)
            party.name = name
            self._index(party, name)
        return party

    def unname(self, party: Party, name: str) -> None:
        """`name` no longer finds `party` (a place its post was cut at: 'Geneva' of "Morocco's ambassador in")."""
        party.aliases = [a for a in party.aliases if a != name]
        if self._by_name.get(norm(name)) is party:
            del self._by_name[norm(name)]

    def fold(self, party: Party, into: Party) -> None:
        """`party` is `into` under another name ('Prime Minister of India' beside 'Narendra Modi'): it goes, and
        its names find `into` and are kept as its aliases (a party found under another of its names stays)."""
        if party is into:
            return
        self.parties.remove(party)
        into.aliases.extend(n for n in (party.name, *party.aliases) if n != into.name and n not in into.aliases)
        for key, found in list(self._by_name.items()):
            if found is party:
                self._by_name[key] = into
        for p in self.parties:
            if p.affiliation == party.id:
                # (the person who holds a post they were tied to takes the post's own tie, not himself)
                p.affiliation = into.id if p is not into else party.affiliation
        self.issuer = into if self.issuer is party else self.issuer

    def alias(self, party: Party, *forms: str) -> None:
        """More names for `party`, except those that already name a party."""
        for f in forms:
            if self.find(f) is None:
                party.aliases.append(f)
                self._index(party, f)

    def add(self, name: str, kind: Kind, title: str | None = None, aliases: list[str] | None = None) -> Party:
        aliases = [a for a in aliases or [] if norm(a) != norm(name)]
        existing = next((p for p in map(self.find, [name, *aliases]) if p is not None), None)
        if existing is not None:
            for a in [name, *aliases]:
                if norm(a) != norm(existing.name) and a not in existing.aliases:
                    existing.aliases.append(a)
            existing.title = existing.title or title
            self._index(existing, name, *aliases)
            return existing
        # a new number, never one a party folded away (`fold`) left free: `acts_for` may still name it
        self._last_number = max([self._last_number, *(int(p.id[1:]) for p in self.parties if p.id[1:].isdigit())]) + 1
        party = Party(id=f"p{self._last_number}", name=name, kind=kind, title=title, aliases=aliases)
        self.parties.append(party)
        self._index(party, name, *aliases)
        return party


_ORGAN = re.compile(r"\b(army|armed forces|forces|defen[cs]e force|military|troops|navy|coast guard|police|ministry|"
                    r"border (?:security )?force|border guards?|air force|"  # 'Indian Border Security Force'
                    r"government|authorities|administration|embassy|mission|units|guard)\b", re.I)


def _listed_as(actor: Actor, book: PartyBook, kind: str | None = None) -> Party | None:
    """The first listed party (of `kind`, if given) named by one of the well-known actor's forms."""
    return next((p for p in book.parties if kind in (None, p.kind) and {p.name, *p.aliases} & set(actor.forms)), None)


def link_organs(book: PartyBook) -> None:
    """Each listed organ tied to its state (`_link_organ`), once the states the text names are in the book."""
    for party in book.parties:
        _link_organ(party, book)


_LINK_WORDS = r"of|and|the|de|du|del|la"
_FOES = re.compile(r"^(?:anti|pro)-|\b(?:liberation|alliance|resistance|independence)\b", re.I)  # a state's foes
_PROPER = re.compile(rf"(?:[A-Z][\w'\u2019.-]*|{_LINK_WORDS})(?:\s+(?:[A-Z][\w'\u2019.-]*|{_LINK_WORDS}))*")


def _link_organ(party: Party, book: PartyBook) -> None:
    """'Azerbaijan army' or 'Armenian armed forces' acts for the state its name starts from."""
    if party.affiliation or party.kind not in ("government_body", "non_state_group", "other"):
        return
    owner_state = actor_in_title(party.name) if party.kind == "government_body" else None
    if owner_state is not None and owner_state.kind == "state":
        # 'Chinese Foreign Ministry' (the model's international organisation) is China's
        listed = _listed_as(owner_state, book, "state")
        if listed is not None and listed.id != party.id:
            party.affiliation = listed.id
            return
    organ = _ORGAN.search(party.name)
    if organ is None or _FOES.search(party.name):  # not 'anti-China forces', nor a rebels' 'Alliance Army'
        return
    first = stems(party.name.split()[0]) if party.name.split() else set()
    owner = re.search(r"\bof\s+(?:the\s+)?(?P<of>[A-Z].*)$", party.name)  # 'Armed Forces of the Republic of Tajikistan'
    for state in book.parties:
        # (a proper name: not the model's 'Russian opposition politician and journalist', listed as a state)
        if state.kind == "state" and state.id != party.id and _PROPER.fullmatch(state.name) and (
                first & stems(state.name.split()[0]) or (
                owner and any(re.search(rf"\b{re.escape(n)}$", owner["of"]) for n in (state.name, *state.aliases)))):
            party.affiliation = state.id
            party.kind = "government_body" if party.kind == "non_state_group" else party.kind  # a state's army
            return
    # 'Royal Canadian Mounted Police': a state's adjective inside the name, before its organ word
    words = re.findall(r"[\w'\u2019-]+", party.name[: organ.start()])
    owners = {a.name for w in words if (a := actor_of_adjective(w) or actor_named(w)) is not None and a.kind == "state"}
    listed = _listed_as(actor_named(owners.pop()), book, "state") if len(owners) == 1 else None  # type: ignore[arg-type]
    if listed is not None and listed.id != party.id:
        party.affiliation = listed.id
        party.kind = "government_body" if party.kind == "non_state_group" else party.kind


_BODY_NAME_END = re.compile(r"\b(?:committee|council|commission|ministry|office|agency|department|assembly|court|"
                            r"parliament|authority|forces|army|command|guard)$", re.I)

# the UN's meetings coverage names each speaker with the state they speak for: 'LINDA
# THOMAS-GREENFIELD (United States)', 'RIYAD MANSOUR, Permanent Observer for the State of Palestine'
_DELEGATE = re.compile(r"^(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,4})\s*\((?P<actor>[^()]{2,40})\)$")
_OBSERVER = re.compile(r"(?:Permanent\s+|Deputy\s+)*Observer\b")
_NAME_THEN_POST = re.compile(r"^(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+"
                             r"(?P<post>[A-Z][^,]{3,100})$")


def _as_delegate(d: PartyDraft) -> PartyDraft:
    """A person listed with the state in brackets or the post after a comma, acting for that state."""
    name = d.name.strip()
    if (m := _DELEGATE.match(name)) and (actor := actor_named(m["actor"])) is not None \
            and actor.kind in ("state", "international_org") and actor_named(m["name"]) is None:
        return PartyDraft(name=m["name"], kind="person", acts_for=d.acts_for or m["actor"])
    if (m := _NAME_THEN_POST.match(name)) and (PERSON_TITLE.match(m["post"]) or _OBSERVER.match(m["post"])) \
            and actor_named(m["name"]) is None:
        served = next((actor.name for actor, _ in actors_in(m["post"])), None)
        return PartyDraft(name=m["name"], kind="person", acts_for=d.acts_for or served)
    return d


# a body named with its owner: "Venezuela's National Electoral Council" (two capitalised words at least)
_OWNED_BODY = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s\s+"
                         r"(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w-]*)+)$")


def _state_cut_short(written: str, name: str) -> bool:
    """Is the name split off a post the end of a state's name ('Lanka' of '... Republic of Sri Lanka')?"""
    words = written.split()
    return any(len(words) > k and (a := actor_named(" ".join(words[-k:]))) is not None and a.kind == "state"
               and " ".join(words[-k:]).endswith(name) and " ".join(words[-k:]) != name for k in (2, 3, 4))


def build_parties(drafts: list[PartyDraft], text: str) -> PartyBook:
    """Resolve the model's party drafts into linked, de-duplicated contract parties."""
    book = PartyBook(text)
    text_stems = stems(text)
    folded = text.casefold()
    placed: list[tuple[PartyDraft, Party]] = []
    for d in map(_as_delegate, drafts):
        # 'Neighbouring Brazil' is Brazil; a transcript's 'Speaker: Kathrin Deschauer' is Kathrin Deschauer
        written = _LABEL.sub("", DESCRIBED.sub("", as_written(d.name, text, folded)))
        name, title = split_title(written)
        if title and _state_cut_short(written, name):
            name, title = written, None  # 'President of the ... Republic of Sri Lanka' is a post, not a 'Lanka'
        if d.kind == "person" or title and PERSON_TITLE.search(title):
            name = written_words(without_home_state(name), text)  # not 'Tinubu Umaru' for 'Bola Ahmed Tinubu'
        if d.kind == "person" and (styled := STYLED.fullmatch(name)):
            name, title = styled["name"], title if title and title.casefold() != "the" else None
        kind = d.kind
        if title and PERSON_TITLE.search(title) and len(name.split()) <= 4 and not _BODY_NAME_END.search(name):
            kind = "person"  # 'Minister of Foreign Affairs Hakan Fidan' is a person (not "Thailand's General Border
            # Committee", a body whatever word of a rank it holds), whatever the model said
            name = completed_name(name, text)
        elif kind != "person":
            name, title = written, None
        elif not title and (BODY_HINTS.fullmatch(written.split()[-1]) or _BODY_OF_A_STATE.match(written)):
            kind = "government_body"  # 'Guyana Foreign Ministry', 'Ministry of External Affairs' are no person
        elif not title and len(written.split()) > 4 and not PERSON_TITLE.search(written) \
                and any(w[:1].islower() and w not in NAME_PARTICLES for w in written.split()):
            kind = "other"  # 'Officer of the Order of the Star of Ghana', an honour: no name, no post
        if kind == "state" and _FACILITY.search(re.sub(r"\s*\([^)]*\)$", "", written)):
            kind = "other"  # the model's 'Zaporizhzhya Nuclear Power Plant' state: a place that reports
        if kind == "international_org" and re.search(r"\b(?:ministry|office|presidency|cabinet)$|\b(?:court|tribunal|"
                                                     r"parliament|police|auditors)\b", written, re.I) \
                and (owner := actor_in_title(written)) is not None and owner.kind == "state":
            kind = "government_body"  # "Iran's foreign ministry" is a state's body, not an organisation
        if not mentioned(written, text_stems):
            book.notes.append(f"party {written!r} dropped: the document does not name it")
            continue
        if copied_clause(written, text):
            book.notes.append(f"party {written!r} dropped: a clause of the text, not a name")
            continue
        aliases = [written] if name != written and written.casefold() in folded else []
        if kind == "person" and title \
                and not re.search(rf"{re.escape(title)}[^.;\n]{{0,30}}?{re.escape(name)}", text, re.I):
            # the model's 'Ambassador Alicia Bárcena' where the text writes 'Foreign Secretary Alicia Bárcena', its
            # 'President Shigeru Ishiba' for 'Prime Minister of Japan Shigeru Ishiba' (not an organisation's post)
            own = re.sub(r"^(?:the\s+)", "", _written_title(name, text).strip(" ,"), flags=re.I)
            post = [w for w in own.casefold().split() if w in TITLE_WORDS and w not in _HONORIFIC_WORDS]
            title = own if post and PERSON_TITLE.search(own) and own.split()[-1].casefold() in TITLE_WORDS else title
            title = (post_of_a_state(name, text) if actor_in_title(title) is None else None) or title
        party = book.add(name, kind, title, aliases)
        if kind == "person" and party.kind in ("non_state_group", "other"):
            party.kind = "person"  # the model's 'Riyad MANSOUR' group, then 'RIYAD MANSOUR, Permanent Observer ...'
        book._index(party, d.name)  # the model's own wording still finds it (its 'voice' and 'for')
        if (short := re.match(r"^(?P<name>.+?)\s*\((?P<short>[^()]{1,15})\)$", name)) is not None:
            book.alias(party, short["short"], short["name"])  # 'Jaish-e-Mohammad (JeM)': 'JeM' finds it
        owned = _OWNED_BODY.match(name) if kind != "person" else None
        if owned is not None and re.search(rf"\b(?i:the)\s+{re.escape(owned['body'])}\b", text):
            book.alias(party, owned["body"], name)  # "Venezuela's National Electoral Council": 'the National ...'
        placed.append((d, party))
    for d, party in placed:
        if party.kind == "state":
            continue  # a state acts for nobody: a person draft merged into it brought its 'for'
        acts_for = as_written(d.acts_for, text, folded) if d.acts_for else None
        head = _ACTOR_THEN_PHRASE.match(acts_for) if acts_for else None
        if head is not None and actor_named(head["actor"]) is not None:
            acts_for = head["actor"]  # 'United Nations to the people of Myanmar in their ...': a copied phrase
        acts_for = _state_named(party, acts_for, text) or acts_for
        if not acts_for or norm(split_title(acts_for)[0]) == norm(party.name):  # (its own titled name: nobody)
            _link_organ(party, book)
            continue
        boss = book.find(acts_for)
        kind = guess_kind(acts_for)
        posts = kind == "state" and any(w.strip(",").lower() in TITLE_WORDS for w in re.split(r"[\s-]+", acts_for)) \
            or not acts_for[:1].isupper()  # a 'for' that is a post, or a common noun ('all allies'), is no party
        if posts and boss is None and (owner := actor_in_title(acts_for)) is not None:
            boss = book.find(owner.name) or _listed_as(owner, book)  # 'UNRWA Commissioner-General': UNRWA's
        if boss is None and mentioned(acts_for, text_stems) and not posts:
            boss = book.add(acts_for, kind)
        if boss is None and kind == "state" and (own := _OWN_GOVERNMENT.search(text)) is not None:
            # the model's 'Germany', which a Federal Chancellor's readout never names: the
            # government the text names as its own ('the Federal Government') is whom they serve
            boss = book.find(own["government"]) or book.add(own["government"], "government_body")
        if boss is None:
            book.acts_for[party.id] = acts_for
        elif boss.id != party.id and party.affiliation is None and boss.affiliation != party.id and not (
                party.kind == "international_org" and boss.kind == "state"):  # the UN's office acts for no state
            party.affiliation = boss.id  # (nor each of two for the other: the model's father for his son and back)
    return book


_LABEL = re.compile(r"^(?:speaker|spokesperson|moderator|answer|question|chair)\s*:\s*(?=[A-Z])", re.I)
# a place, not a state: 'Zaporizhzhya Nuclear Power Plant', 'Quang Ngai province'
_FACILITY = re.compile(r"\b(?:plant|station|port|airport|base|dam|hospital|factory|mine|refinery|province|region|"
                       r"oblast|governorate|district|county|prefecture)$", re.I)


# a well-known actor's name, then the rest of the sentence the model copied with it
_ACTOR_THEN_PHRASE = re.compile(r"^(?P<actor>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s+"
                                r"(?:to|in|for|on|with|at|of)\s+(?:the\s+|their\s+|its\s+)?[a-z]")


# a government the text names without its state: 'the Federal Government' (a bare 'the Government'
# is as often the government a text is about as its own)
_OWN_GOVERNMENT = re.compile(r"\bthe\s+(?P<government>Federal\s+Government)\b(?!\s+of\b)")
