"""From the model's party list to the contract's parties: one party per actor, linked.

A small model writes "President of the Republic of Azerbaijan Ilham Aliyev" as a name, lists
an actor twice, or names the state a person acts for without listing it. Code fixes what it
can check: titles move to `title`, the state or body a person acts for becomes a party of its
own (the annotation guide wants both), duplicates merge, and a party whose name the document
never uses is dropped and noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summariser import cues
from summariser.drafts import PartyDraft
from summariser.gazetteer import Actor, actor_in_title, actor_meant, actor_named, actors_in
from summariser.schema import Kind, Party

_TITLE_WORDS = {
    "president", "prime", "minister", "ministers", "secretary", "state", "foreign", "affairs",
    "general", "spokesperson", "spokesman", "spokeswoman", "ambassador", "chancellor", "king",
    "queen", "emir", "chairman", "chair", "chairperson", "commissioner", "envoy",
    "representative", "special", "high", "deputy", "vice", "senator", "governor", "director",
    "head", "chief", "mr", "mrs", "ms", "dr", "his", "her", "excellency", "defence", "defense",
    "interior", "the", "of", "republic", "u.s.", "us", "u.", "s.", "federal", "national",
    "security", "adviser", "advisor", "permanent", "under-secretary", "senior", "official",
    "leader", "supreme", "commander", "army", "council", "colonel", "lieutenant", "major",
    "mayor", "speaker", "premier", "pm", "fm", "h.e.", "sheikh", "crown", "prince",
}
_PERSON_TITLE = re.compile(
    r"\b(president|minister|secretary|spokes\w+|ambassador|chancellor|king|queen|emir|envoy|"
    r"commissioner|representative|general|director|chair\w*|senator|governor|premier|mr|mrs|ms|dr)\b", re.I)
_STOP = {"the", "of", "and", "for", "in", "on", "to", "a", "an", "so", "called"}
_ORG_HINTS = re.compile(
    r"\b(union|council|nations|organi[sz]ation|commission|alliance|bank|fund|court|agency|"
    r"community|league|assembly|summit|g7|g20|nato|asean|ecowas|african union|eu)\b", re.I)
_BODY_HINTS = re.compile(
    r"\b(ministry|office|government|administration|presidency|cabinet|parliament|army|forces|"
    r"police|guard|command|department|service|authorities)\b", re.I)


def norm(name: str) -> str:
    """Comparison form of a name: case-folded, no punctuation, no leading article."""
    return re.sub(r"^the ", "", re.sub(r"[^\w ]+", "", name.casefold())).strip()


def stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def mentioned(name: str, text_stems: set[str]) -> bool:
    """Most of a name's words occur in the document (stems, so 'Armenia' ~ 'Armenian')."""
    words = stems(name)
    return bool(words) and len(words & text_stems) * 2 >= len(words)


def split_title(name: str) -> tuple[str, str | None]:
    """'U.S. Secretary of State Antony Blinken' -> ('Antony Blinken', 'U.S. Secretary of State')."""
    words = name.split()
    cut = len(words)
    while cut > 0 and words[cut - 1].lower().strip(",") not in _TITLE_WORDS and words[cut - 1][:1].isupper():
        if cut >= 2 and words[cut - 2].lower() in ("of", "for"):
            break  # '... of Sweden Tobias Billström': the word after 'of' belongs to the title
        cut -= 1
    if 0 < cut < len(words) and any(w.lower() in _TITLE_WORDS for w in words[:cut]):
        return " ".join(words[cut:]), " ".join(words[:cut]).rstrip(",") or None
    return name, None


def guess_kind(name: str) -> Kind:
    if _ORG_HINTS.search(name):
        return "international_org"
    if _BODY_HINTS.search(name):
        return "government_body"
    return "state"


@dataclass
class PartyBook:
    """Parties being collected, with every name and alias that points at each."""

    text: str
    parties: list[Party] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # 'for' names the model gave that the text does not use as written ('Turkey' in a text
    # that says 'Türkiye'), by party id: `add_known_actors` resolves the well-known ones.
    acts_for: dict[str, str] = field(default_factory=dict)
    issuer: Party | None = None  # the party the document's heading says issued it
    _by_name: dict[str, Party] = field(default_factory=dict)

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
        party = Party(id=f"p{len(self.parties) + 1}", name=name, kind=kind, title=title, aliases=aliases)
        self.parties.append(party)
        self._index(party, name, *aliases)
        return party


_ORGAN = re.compile(r"\b(army|armed forces|forces|military|troops|navy|coast guard|police|ministry|government|"
                    r"authorities|administration|embassy|mission|units|guard)\b", re.I)


def _link_organ(party: Party, book: PartyBook) -> None:
    """'Azerbaijan army' or 'Armenian armed forces' acts for the state its name starts from."""
    if party.affiliation or party.kind not in ("government_body", "non_state_group", "other"):
        return
    if not _ORGAN.search(party.name):
        return
    first = stems(party.name.split()[0]) if party.name.split() else set()
    for state in book.parties:
        if state.kind == "state" and state.id != party.id and first & stems(state.name.split()[0]):
            party.affiliation = state.id
            return


def build_parties(drafts: list[PartyDraft], text: str) -> PartyBook:
    """Resolve the model's party drafts into linked, de-duplicated contract parties."""
    book = PartyBook(text)
    text_stems = stems(text)
    folded = text.casefold()
    placed: list[tuple[PartyDraft, Party]] = []
    for d in drafts:
        written = d.name.strip()
        name, title = split_title(written)
        kind = d.kind
        if title and _PERSON_TITLE.search(title) and len(name.split()) <= 4:
            kind = "person"  # 'Minister of Foreign Affairs Hakan Fidan' is a person, whatever the model said
        elif kind != "person":
            name, title = written, None
        if not mentioned(written, text_stems):
            book.notes.append(f"party {written!r} dropped: the document does not name it")
            continue
        aliases = [written] if name != written and written.casefold() in folded else []
        placed.append((d, book.add(name, kind, title, aliases)))
    for d, party in placed:
        if not d.acts_for or norm(d.acts_for) == norm(party.name):
            _link_organ(party, book)
            continue
        boss = book.find(d.acts_for)
        if boss is None and mentioned(d.acts_for, text_stems):
            boss = book.add(d.acts_for, guess_kind(d.acts_for))
        if boss is None:
            book.acts_for[party.id] = d.acts_for
        elif boss.id != party.id and party.affiliation is None:
            party.affiliation = boss.id
    return book


def known_actor(party: Party) -> Actor | None:
    """The well-known state or organisation a party is, by its name or an alias (not people)."""
    if party.kind == "person":
        return None
    return next((a for a in map(actor_meant, [party.name, *party.aliases]) if a is not None), None)


def add_known_actors(book: PartyBook, text: str) -> None:
    """Join the well-known states and organisations `text` mentions to the book: the forms
    the text uses for a listed one ('Ankara' for Turkey) become its aliases, so the wording
    of a sentence finds it, and one the model left out is added. An added party stays only
    if an item gives it a role (`assemble.prune_parties`)."""
    for actor, used in actors_in(text):
        listed = _listed(actor, book)
        if listed is None:
            book.add(actor.proper_name(used), actor.kind, aliases=used)
            continue
        book.alias(listed, *used)
    for party_id, boss_name in book.acts_for.items():
        party, actor = book.by_id(party_id), actor_named(boss_name)
        boss = _listed(actor, book) if actor is not None else None
        if party is not None and boss is not None and party.affiliation is None and boss.id != party.id:
            party.affiliation = boss.id


HEADING_LINES = 3
_SPEAKER_TITLE = re.compile(
    r"^(president|minister|secretary|secretary-general|spokes\w+|ambassador|chancellor|king|queen|emir|envoy|"
    r"commissioner|representative|director|chair\w*|senator|governor|premier|speaker|chief|adviser|advisor|"
    r"coordinator|general|admiral|colonel|leader|head|mr|mrs|ms|dr)\.?,?$", re.I)


_RANKS = {"rear", "vice", "brigadier", "lieutenant", "major", "deputy", "foreign", "prime", "defence", "defense",
          "military", "parliament", "state", "interior", "national", "security", "senior"}
_TITLE_LINKS = {"of", "the", "for", "and"}


def person_in(lead_in: str) -> tuple[str, str] | None:
    """A person a reporting lead-in names with a title, as (name, title): 'Venezuelan
    President Nicolás Maduro on Tuesday' -> ('Nicolás Maduro', 'Venezuelan President'); 'Gan
    Yu, spokesperson of the China Coast Guard,' -> ('Gan Yu', 'spokesperson of the China Coast
    Guard'). None without a title next to the name: a bare capitalised phrase may be anything."""
    words = lead_in.replace(",", " , ").split()
    titled = [bool(_SPEAKER_TITLE.match(w)) or w.lower() in _RANKS for w in words]
    capital = [w[:1].isupper() and not t and w.casefold().strip(".") not in _TITLE_WORDS and not actor_named(w)
               for w, t in zip(words, titled, strict=True)]
    i = 0
    while i < len(words):
        if not capital[i]:
            i += 1
            continue
        j = i
        while j < len(words) and capital[j]:
            j += 1
        if 2 <= j - i <= 4:
            title = _title_before(words[:i])
            after = words[j + 1 : j + 9] if j < len(words) and words[j] == "," else []
            name = re.sub(r"['\u2019]s$", "", " ".join(words[i:j]))  # "Netanyahu's office"
            if any(_SPEAKER_TITLE.match(w) or w.lower() in _RANKS for w in title.split()):
                return name, title
            if after and any(_SPEAKER_TITLE.match(w) for w in after[:2]):
                return name, " ".join(w for w in after if w != ",").strip()
        i = j
    return None


def _title_before(words: list[str]) -> str:
    """The title words just before a name, back to a comma or a word that is no part of a
    title ('the spokesperson of the armed forces, Major General' -> 'Major General')."""
    kept: list[str] = []
    for w in reversed(words):
        if w == "," or not (w[:1].isupper() or _SPEAKER_TITLE.match(w) or w.lower() in _RANKS | _TITLE_LINKS):
            break
        kept.insert(0, w)
    while kept and kept[0].lower() in _TITLE_LINKS:
        kept.pop(0)
    return " ".join(kept)


_BODY_LEAD_IN = re.compile(
    r"^\W*(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w'-]*\s+){0,4}(?:Ministry|Office|Council|Committee|Chiefs of Staff|"
    r"Armed Forces|Agency|Department|Police|Presidency|Government|Parliament|Commission|Guard|Command|Cabinet)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,6})?)\s*$"
)


def add_speaker(lead_in: str, book: PartyBook) -> Party | None:
    """The titled person ('Foreign Minister Yván Gil') or the named body ('The Ministry of
    Defence') a lead-in names, added to the book and linked to the state its words name,
    else to the issuer's: the guide makes every speaker a party, beside its state."""
    found = person_in(lead_in)
    if found is not None:
        name, title = found
        speaker = book.find(name) or book.add(name, "person", title or None)
        where = lead_in.split(name)[0] + " " + title  # "Israel's chief military spokesman"
    elif (body := _BODY_LEAD_IN.match(lead_in)) is not None:
        name = body["body"].strip()
        speaker = book.find(name) or _same_body(name, book) or book.add(name, "government_body")
        if speaker is book.issuer:
            return speaker
        where = name
    else:
        return None
    if speaker.affiliation is None:
        actor = actor_in_title(where)
        state = _listed(actor, book) if actor is not None else None
        if actor is not None and state is None:
            state = book.add(actor.name, actor.kind)
        if state is None and speaker.kind != "person" and book.issuer is not None:
            state = book.by_id(book.issuer.affiliation)  # 'The Ministry of Defence' in a ministry's statement
        if state is not None and state.id != speaker.id:
            speaker.affiliation = state.id
    return speaker


def _person_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in _TITLE_WORDS for w in words)


def issuing_party(text: str, book: PartyBook, said: Party | None) -> Party | None:
    """The party a heading says issued the document ('Statement by the Ministry of Foreign
    Affairs of the Republic of Serbia ...'), added to the book and linked to the state it
    speaks for; else `said`, the voice the model named. The guide lists the issuing body or
    official as a party of its own, beside its state."""
    heading = [line for line in text.splitlines() if line.strip()][:HEADING_LINES]
    phrase = next(filter(None, map(cues.issuer_phrase, heading)), None)
    if phrase is None:
        return said
    parts = [part.strip() for part in phrase.split(",") if part.strip()]
    named = next((part for part in parts[1:] if _person_name(part)), None)
    if named is not None:  # 'Government Spokesperson, Yolande Makolo'
        name, title, kind = named, ", ".join(part for part in parts if part != named), "person"
    else:
        name, title = split_title(phrase)
        person = bool(title) and bool(_PERSON_TITLE.search(title or "")) and len(name.split()) <= 4
        if not person:
            name, title = phrase, None
        kind = "person" if person or _PERSON_TITLE.match(phrase) else "government_body"
    if _ORG_HINTS.search(name) and kind != "person" and not _BODY_HINTS.search(name):
        kind = "international_org"
    party = book.find(name) or book.rename(_same_body(name, book), name) or book.add(name, kind, title)  # type: ignore[arg-type]
    book.issuer = party
    short = phrase.split(" of ")[0]
    if short != phrase and f"the {short}".casefold() in text.casefold():
        book.alias(party, f"the {short}")  # 'The Ministry rejects ...' is the issuer speaking
    if party.affiliation is None and party.kind != "state":
        state = next((known for known in (_listed(actor, book) for actor, _ in actors_in(phrase)) if known), None)
        boss = state or (said if said is not None and said.kind in ("state", "international_org") else None)
        if boss is not None and boss.id != party.id:
            party.affiliation = boss.id
    return party


_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019.-]+(?:\s+(?:[A-Z][\w'\u2019.-]+|bin|al|de|van|von|da|dos)){1,3}\b")


def _only_titles(name: str) -> bool:
    """'Greek Cypriot leader', 'UN chief': a title with no proper name in it."""
    for _, forms in actors_in(name):  # 'United States Secretary of State'
        for form in forms:
            name = name.replace(form, " ")
    words = re.findall(r"[\w'-]+", name)
    return bool(words) and any(w.lower() in _TITLE_WORDS for w in words) and all(
        w.lower() in _TITLE_WORDS or actor_named(w) or actor_in_title(w) for w in words)


def name_titled_people(book: PartyBook) -> None:
    """A person the model listed by title alone ('Turkish Cypriot leader') takes the name the
    text gives next to every word of that title ('Turkish Cypriot leader Ersin Tatar'); the
    title stays as an alias, since the text also uses it."""
    for party in book.parties:
        if party.kind != "person" or not _only_titles(party.name):
            continue
        wanted = set(norm(party.name).split())
        for m in _NAME_RUN.finditer(book.text):
            if _only_titles(m.group(0)):
                continue
            before = norm(" ".join(book.text[max(0, m.start() - 60) : m.start()].split()[-6:]))
            if wanted <= set(before.split()):
                title = party.name
                book.rename(party, m.group(0))
                party.title = party.title or title
                break


def complete_book(book: PartyBook, voice: str | None) -> Party | None:
    """The model's parties completed by what code can check in the text the model saw:
    the well-known actors it mentions (`add_known_actors`) and the issuer its heading names
    (`issuing_party`). Returns the document's voice: the issuer, else the model's `voice`."""
    add_known_actors(book, book.text)
    name_titled_people(book)
    return issuing_party(book.text, book, book.find(voice))


def _same_body(name: str, book: PartyBook) -> Party | None:
    """A listed body that is most likely the one `name` names: mostly the same words
    ('Serbian Ministry of Foreign Affairs' for 'Ministry of Foreign Affairs of the Republic
    of Serbia'), or the end of its name ('the Committee' for 'National Security Committee').
    People and states are never taken for a body."""
    words = stems(name)
    for p in book.parties:
        theirs = stems(p.name)
        shortened = norm(p.name).endswith(" " + norm(name))
        if p.kind not in ("state", "person") and (shortened or len(words & theirs) * 5 >= 3 * len(words | theirs)):
            return p
    return None


def _listed(actor: Actor, book: PartyBook) -> Party | None:
    return next((p for p in book.parties if known_actor(p) is actor), None)


def speaker_in(lead_in: str, parties: list[Party]) -> Party | None:
    """The party a reporting lead-in names ('Minister Fidan said that' -> Hakan Fidan): its
    full name, an alias, or the surname of a person. None when it names none or several."""
    folded = f" {norm(lead_in)} "
    hits = []
    for p in parties:
        forms = [p.name, *p.aliases]
        if p.kind == "person" and len(p.name.split()) >= 2:
            forms.append(p.name.split()[-1])  # the surname alone
        if any(f" {norm(f)} " in folded for f in forms if len(norm(f)) >= 3):
            hits.append(p)
    if not hits:  # 'the Armenian side' names Armenia
        words = {w[:6] for w in norm(lead_in).split() if len(w) >= 5}
        hits = [p for p in parties if p.kind == "state" and norm(p.name)[:6] in words and len(norm(p.name)) >= 5]
    people = [p for p in hits if p.kind == "person"]
    chosen = people or hits  # the most specific actor speaks: a person over the state it serves
    return chosen[0] if len(chosen) == 1 else None
