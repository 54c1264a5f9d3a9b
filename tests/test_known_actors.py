"""What code completes in the model's party list: well-known actors, the issuer a heading
names, the party a request's wording asks, and metonyms folded into the actor they stand for."""

from __future__ import annotations

import pytest

from summariser import addressees, asking_sides, claim_cues, cues
from summariser.assemble import Run, build_items
from summariser.document import Document
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actor_named, actors, actors_in
from summariser.keep import prune_parties
from summariser.known_parties import complete_book
from summariser.parties import build_parties


def test_every_actor_line_parses_and_names_are_unique() -> None:
    table = actors()
    assert len(table) > 200
    assert len({a.name for a in table}) == len(table)
    assert all(a.kind in ("state", "international_org", "non_state_group") for a in table)
    assert all(set(a.metonyms) <= set(a.forms) for a in table)


def test_well_known_groups_are_found_like_states() -> None:
    found = [(actor.name, actor.kind) for actor, _ in actors_in("Hamas said it accepted the deal. RSF troops left.")]
    assert found == [("Hamas", "non_state_group"), ("Rapid Support Forces", "non_state_group")]


def test_a_name_or_metonym_finds_its_actor() -> None:
    assert actor_named("Ankara").name == "Türkiye"
    assert actor_named("the Kremlin").name == "Russia"
    assert actor_named("U.S.") is actor_named("United States")
    assert actor_named("Freedonia") is None and actor_named(None) is None


def test_mentions_are_whole_proper_words_longest_first() -> None:
    text = ("In Sudan and South Sudan the US envoy met us. The National Security Council met; "
            "the UN Security Council did not. Ankara and Türkiye agree.")
    found = {a.name: forms for a, forms in actors_in(text)}
    assert found["Sudan"] == ["Sudan"] and found["South Sudan"] == ["South Sudan"]
    assert found["United States"] == ["US"]  # 'us' in lower case is not the US
    assert found["UN Security Council"] == ["UN Security Council"]  # and 'National Security Council' is not
    assert found["Türkiye"] == ["Ankara", "Türkiye"]


def test_the_proper_name_prefers_a_name_to_a_metonym() -> None:
    turkey = actor_named("Türkiye")
    assert turkey.proper_name(["Ankara", "Turkey"]) == "Turkey"
    assert turkey.proper_name(["Ankara"]) == "Türkiye"
    assert turkey.proper_name(["Ankara", "Türkiye"]) == "Türkiye"


@pytest.mark.parametrize(
    ("sentence", "asked", "group"),
    [
        ("The minister urged the Union to send monitors.", "the Union", None),
        ("We call on all members of the international community to refrain from this.",
         "all members of the international community", "International community"),
        ("We call on developed countries to meet the pledge.", "developed countries", "Developed countries"),
        ("She urged all sides to exercise restraint.", "all sides", None),
        ("We call for a ceasefire.", None, None),
        # the actor the asked-for clause names
        ("They demanded that Israel allow the entry of aid.", "Israel", None),
        ("The Union called for Russia to withdraw its troops.", "Russia", None),
        ("The Council demanded that Varna's paramilitary Red Brigade halt their siege.",
         "Varna's paramilitary Red Brigade", None),
        ("They called for the expansion of the UN Security Council.", None, None),
        # an aside between the one asked and what is asked; one of every kind is the kind
        ("Serbia calls on KFOR, whose mandate derives from resolution 1244, to take over.", "KFOR", None),
        ("They urged all States, in accordance with their obligations under the resolutions, to cooperate.",
         "all States", "States"),
        ("I ask every member state to support the tribunal.", "every member state", "Member states"),
        ("I ask every delegation in this hall to listen.", "every delegation in this hall",
         "Delegations in this hall"),
        ("I call on every partner around this table to step up.", "every partner around this table",
         "Partners around this table"),
        # a long list of those asked, each named in full
        ("The Council calls on the Government of South Varna and the Varna People's Liberation "
         "Movement-in-Opposition to respect the ceasefire.",
         "the Government of South Varna and the Varna People's Liberation Movement-in-Opposition", None),
        # the one told what it should do; the speaker's own 'we must' asks nobody
        ("The US should abide by WTO rules.", "The US", None),
        ("We must stay the course.", None, None),
    ],
)
def test_whom_a_request_asks(sentence: str, asked: str | None, group: str | None) -> None:
    assert asking_sides.addressee_phrase(sentence) == asked
    assert (addressees.group_addressed(asked) if asked else None) == group


def test_the_book_is_completed_and_roles_come_from_the_wording() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of the Republic of Lirania\n\n"
            "The Ministry condemns the shelling of Esk by Vardan forces. "
            "Lirania urged Ankara to close the crossing. "
            "We call on the international community to send monitors. "
            "Minister Okoye of Turkey said that the talks would go on.\n")
    drafts = [
        PartyDraft(name="Lirania", kind="state", acts_for=None),
        PartyDraft(name="Lirania Ministry of Foreign Affairs", kind="government_body", acts_for="Lirania"),
        PartyDraft(name="Minister Okoye", kind="person", acts_for="Türkiye"),  # the text says 'Turkey'
    ]
    book = build_parties(drafts, text)
    voice = complete_book(book, "Lirania")
    assert voice is book.issuer and voice.name == "Ministry of Foreign Affairs of the Republic of Lirania"
    assert "Lirania Ministry of Foreign Affairs" in voice.aliases  # the model's wording, now an alias
    assert book.by_id(voice.affiliation).name == "Lirania"
    turkey = book.find("Ankara")
    assert turkey is book.find("Turkey") and turkey.kind == "state"
    assert book.by_id(book.find("Okoye").affiliation) is turkey  # 'for' resolved through the table

    doc = read_text(text)
    number = {s.text.split()[0]: s.number for s in doc.sentences}
    found = [
        (number["The"], SentenceDraft(by="Lirania", t=["position"], to=None)),
        (number["Lirania"], SentenceDraft(by="Lirania", t=["request"], to=None)),
        (number["We"], SentenceDraft(by="Lirania", t=["request"], to=None)),
    ]
    run = Run()
    positions, requests, claims = build_items(found, doc, book, run, voice)
    assert [book.by_id(p.holder) for p in positions] == [voice]  # an unattributed line is the issuer's
    assert book.by_id(requests[0].addressee) is turkey
    group = book.by_id(requests[1].addressee)
    assert group.name == "International community" and group.kind == "other"
    prune_parties(book, [*positions, *requests, *claims], voice.id)
    names = {p.name for p in book.parties}
    assert {"Turkey", "International community", "Lirania"} <= names


def parsed(text: str, *drafts: PartyDraft, voice: str | None = None) -> tuple[Document, object, object]:
    """The document, its completed party book and its voice, from the model's party drafts."""
    book = build_parties(list(drafts), text)
    return read_text(text), book, complete_book(book, voice)


def ukraine_statement(body: str) -> tuple[Document, object, object]:
    """A statement of Ukraine's foreign ministry whose model listed Russia and Ukraine."""
    text = f"Statement of the Ministry of Foreign Affairs of Ukraine\n\n{body}\n"
    return parsed(text, PartyDraft(name="Russia", kind="state", acts_for=None),
                  PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="Ukraine")


def read_text(text: str) -> Document:
    import tempfile
    from pathlib import Path

    from summariser.document import read_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.txt"
        path.write_text(text, encoding="utf-8")
        return read_document(path)


def test_a_government_named_by_its_state_folds_into_the_listed_state() -> None:
    text = "The Chinese government protests. China acts. The Lithuanian government decided. Lithuania acted."
    drafts = [PartyDraft(name="Chinese government", kind="government_body", acts_for=None),
              PartyDraft(name="Lithuanian government", kind="government_body", acts_for="Lithuania"),
              PartyDraft(name="China", kind="state", acts_for=None),
              PartyDraft(name="Lithuania", kind="state", acts_for=None)]
    book = build_parties(drafts, text)
    issuer = prune_parties(book, [], book.find("Chinese government").id)
    # the state keeps the id and the name; nobody acts for itself; the issuer is the state now
    assert issuer == book.find("China").id
    assert [(p.name, p.affiliation) for p in book.parties] == [("China", None)]
    assert "Chinese government" in book.parties[0].aliases


def test_parties_that_are_one_known_actor_fold_into_one() -> None:
    text = "Ankara and Turkey are the same. Turkey said so."
    book = build_parties([PartyDraft(name="Ankara", kind="government_body", acts_for=None),
                          PartyDraft(name="Turkey", kind="state", acts_for=None)], text)
    prune_parties(book, [], book.parties[0].id)
    assert [p.name for p in book.parties] == ["Turkey"]
    assert "Ankara" in book.parties[0].aliases


@pytest.mark.parametrize(
    ("lead_in", "person"),
    [
        ("Venezuelan President Nicolás Maduro on Tuesday", ("Nicolás Maduro", "Venezuelan President")),
        ("Gan Yu, spokesperson of the China Coast Guard,", ("Gan Yu", "spokesperson of the China Coast Guard")),
        ("US Secretary of State Antony Blinken", ("Antony Blinken", "US Secretary of State")),
        ("Prime Minister Benjamin Netanyahu's office", ("Benjamin Netanyahu", "Prime Minister")),
        ("The European Union", None),  # no title: not a person
        ("The head of state", None),
        # particles inside a name; a body is no person
        ("Prime Minister Mohammed bin Abdulrahman Al Thani", ("Mohammed bin Abdulrahman Al Thani", "Prime Minister")),
        ("Commission President Ursula von der Leyen", ("Ursula von der Leyen", "Commission President")),
        ("The Israeli Prime Minister's Office", None),
    ],
)
def test_a_titled_person_in_a_lead_in(lead_in: str, person: tuple[str, str] | None) -> None:
    from summariser.known_parties import person_in

    assert person_in(lead_in) == person


def test_speakers_are_added_linked_and_carried_to_he() -> None:
    from summariser.speakers import named_speakers

    text = ("Israel's chief military spokesman, Rear Admiral Dan Ilan, said the rocket was Iranian-made. "
            "He dismissed suggestions that an interceptor caused the blast. "
            "Hezbollah denied any role.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Hezbollah", kind="non_state_group", acts_for=None))
    speakers = named_speakers(doc, book)
    ilan = book.find("Dan Ilan")
    assert ilan.kind == "person" and book.by_id(ilan.affiliation).name == "Israel"
    assert speakers[1] is ilan and speakers[2] is ilan  # 'He' is the person last named
    assert speakers[3] is book.find("Hezbollah")


def test_he_is_the_person_a_sentence_last_opened_with() -> None:
    from summariser.speakers import named_speakers

    text = ("The Greek Cypriot leader told reporters that talks must resume. He said the obstacle was elsewhere. "
            "The Turkish Cypriot leader was unmoved. Federal talks, he said, had failed. "
            "He also called on Brussels to end the isolation of the north.\n")
    # the model links both leaders to one government, which makes them one side
    doc, book, _ = parsed(text, PartyDraft(name="Greek Cypriot leader", kind="person", acts_for="Cypriot government"),
                          PartyDraft(name="Turkish Cypriot leader", kind="person", acts_for="Cypriot government"),
                          PartyDraft(name="Cypriot government", kind="government_body", acts_for=None),
                          PartyDraft(name="Brussels", kind="government_body", acts_for=None))
    greek, turkish = book.find("Greek Cypriot leader"), book.find("Turkish Cypriot leader")
    speakers = named_speakers(doc, book)
    # 'leader' is no surname: the lead-in names one leader, not both
    assert speakers[1] is greek and speakers[2] is greek
    # a sentence that opens with a person, without a speaking verb, still sets who 'he' is;
    # an adverb between 'he' and the verb changes nothing
    assert speakers[4] is turkish and speakers[5] is turkish
    # the person the text makes speak holds the items, over the other leader the model named
    found = [(2, SentenceDraft(by="Turkish Cypriot leader", t=["position"], to=None)),
             (5, SentenceDraft(by="Greek Cypriot leader", t=["request"], to="Brussels"))]
    positions, requests, _ = build_items(found, doc, book, Run())
    assert [p.holder for p in positions] == [greek.id] and [r.requester for r in requests] == [turkish.id]


def test_a_claim_the_voice_reports_is_the_other_sides_and_disputed() -> None:
    doc, book, voice = ukraine_statement("Russia asserts that Ukrainian grain went to wealthy nations. "
                                         "Russia must return to the deal.")
    found = [(2, SentenceDraft(by="Russia", t=["position"], to=None)),
             (3, SentenceDraft(by="Ukraine", t=["position"], to=None))]
    positions, _, claims = build_items(found, doc, book, Run(), voice)
    assert claim_cues.reports_claim(doc.sentence(2).text) and not claim_cues.reports_claim(doc.sentence(3).text)
    [claim] = claims
    assert book.by_id(claim.asserted_by).name == "Russia" and claim.disputed_by == [voice.id]
    assert claim.status == "disputed"


def test_a_body_that_speaks_is_a_party_beside_the_issuer() -> None:
    from summariser.speakers import named_speakers

    text = ("Statement by the Ministry of Foreign Affairs of the Republic of Lirania\n\n"
            "The Ministry of Defence reported that the shelling had stopped. "
            "The Ministry rejects the accusations.\n")
    doc, book, issuer = parsed(text, PartyDraft(name="Lirania", kind="state", acts_for=None), voice="Lirania")
    speakers = named_speakers(doc, book)
    defence = speakers[2]
    assert defence is not issuer and defence.name == "Ministry of Defence" and defence.kind == "government_body"
    assert defence.affiliation == issuer.affiliation == book.find("Lirania").id
    assert 3 not in speakers  # 'The Ministry' alone is the issuer: the document's own voice


def test_a_government_or_side_named_by_its_state_is_the_state() -> None:
    from summariser.gazetteer import actor_meant

    assert actor_meant("the Kyiv regime").name == "Ukraine"
    assert actor_meant("Algerian authorities").name == "Algeria"
    assert actor_meant("the Armenian side").name == "Armenia"
    assert actor_meant("Presidential Office") is None and actor_meant("Turkish Cypriot administration") is None
    text = "The Algerian authorities broke off relations. Algeria said so."
    book = build_parties([PartyDraft(name="Algeria", kind="state", acts_for=None),
                          PartyDraft(name="Algerian authorities", kind="government_body", acts_for=None)], text)
    prune_parties(book, [], book.parties[0].id)
    assert [p.name for p in book.parties] == ["Algeria"] and "Algerian authorities" in book.parties[0].aliases


def test_a_person_listed_by_title_takes_the_name_beside_it() -> None:
    from summariser.titled_people import name_titled_people

    text = ("Georgian Dream rejects the claim made by the United States Secretary of State, Antony Blinken, "
            "that the law is harmful. The Greek Cypriot leader Nikos Christodoulides spoke too.")
    book = build_parties([PartyDraft(name="United States Secretary of State", kind="person", acts_for=None),
                          PartyDraft(name="Turkish Cypriot leader", kind="person", acts_for=None)], text)
    name_titled_people(book)
    blinken = book.find("United States Secretary of State")
    assert blinken.name == "Antony Blinken" and blinken.title == "United States Secretary of State"
    assert book.find("Turkish Cypriot leader").name == "Turkish Cypriot leader"  # no name beside that title

    # a name after a verb that follows the title is someone else ('calls on Member States')
    text = "The Secretary-General is alarmed. The Secretary-General calls on Member States to fund the mission."
    book = build_parties([PartyDraft(name="Secretary-General", kind="person", acts_for=None)], text)
    name_titled_people(book)
    assert book.parties[0].name == "Secretary-General"
    text = "The Foreign Minister of Drovia, Ivan Petrov, said so."
    book = build_parties([PartyDraft(name="Foreign Minister", kind="person", acts_for=None)], text)
    name_titled_people(book)
    assert book.parties[0].name == "Ivan Petrov"


def test_a_body_named_by_the_end_of_its_name_is_the_listed_one() -> None:
    from summariser.speakers import named_speakers

    text = "The National Security Committee met today. The Committee said that the strike was an aggression.\n"
    doc = read_text(text)
    book = build_parties([PartyDraft(name="National Security Committee", kind="government_body", acts_for=None)],
                         text)
    assert named_speakers(doc, book)[2] is book.find("National Security Committee")
    assert len(book.parties) == 1


def test_a_charge_of_fact_is_made_against_the_sentences_subject() -> None:
    doc, book, voice = ukraine_statement("Moreover, the Kyiv regime exploited the corridor. "
                                         "Only hours later, Russia launched a missile attack on Odesa.")
    # The model named no accused side for sentence 3; its opening words do (Russia).
    found = [(3, SentenceDraft(by="Ukraine", t=["claim"], to=None))]
    _, _, claims = build_items(found, doc, book, Run(), voice)
    [claim] = claims
    assert claim.disputed_by == [book.find("Russia").id] and claim.asserted_by == voice.id


def test_a_sentence_that_asks_twice_makes_two_requests() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of the Republic of Serbia\n\n"
            "Serbia calls on KFOR to protect all residents and urges EULEX to investigate the killings.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Serbia", kind="state", acts_for=None), voice="Serbia")
    assert [p for p, _ in cues.asking_parts(doc.sentence(2).text)] == [
        "calls on KFOR to protect all", "urges EULEX to investigate the killings."]
    _, requests, _ = build_items([(2, SentenceDraft(by="Serbia", t=["request"], to=None))], doc, book, Run(), voice)
    assert [book.by_id(r.addressee).name for r in requests] == ["KFOR", "EULEX"]
    first, second = (r.evidence[0].quote for r in requests)
    assert "calls on KFOR" in first and "EULEX" not in first and second.startswith("urges EULEX")
    # a second one asked by the same call is a second request; an ask inside what is asked is none
    twice = "We call on Varna to hold elections, and on Drovia to encourage its people to vote."
    assert [(p, asking_sides.addressee_phrase(part)) for p, part in cues.asking_parts(twice)] == [
        ("call on Varna to hold elections", "Varna"), ("on Drovia to encourage its people", "Drovia")]
    assert cues.asking_parts("We call on the international community to demand the release of the hostages.") == []


def test_a_request_is_never_addressed_to_the_requesters_own_side() -> None:
    text = ("Azerbaijan's President Ilham Aliyev received US Secretary of State Antony Blinken.\n\n"
            "Secretary Blinken called for a ceasefire.\n\n"
            "Representatives of the residents were invited to a dialogue by the Presidential Administration.\n")
    doc, book, voice = parsed(
        text,
        PartyDraft(name="Azerbaijan", kind="state", acts_for=None),
        PartyDraft(name="Antony Blinken", kind="person", acts_for="United States"),
        PartyDraft(name="United States", kind="state", acts_for=None),
        voice="Azerbaijan")
    found = [
        (2, SentenceDraft(by="Antony Blinken", t=["request"], to="United States")),  # the model's own-side guess
        (3, SentenceDraft(by="Azerbaijan", t=["request"], to="Azerbaijan")),
    ]
    _, requests, _ = build_items(found, doc, book, Run(), voice)
    blinken, invitation = requests
    assert book.by_id(blinken.requester).name == "Antony Blinken"
    assert blinken.addressee == voice.id  # a visitor's call in the host's readout is made to the host
    assert book.by_id(invitation.requester) is voice and invitation.addressee is None


def test_a_place_named_only_as_a_location_is_asked_or_accused_by_nobody() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Lirania\n\nLirania states that rebel forces "
            "struck a camp near Balakot. Lirania calls on the separatists in the Karabakh region of Azerbaijan to "
            "disarm, said the minister in Balakot.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Lirania", kind="state", acts_for=None),
                              PartyDraft(name="Balakot", kind="population", acts_for=None),
                              PartyDraft(name="Karabakh region of Azerbaijan", kind="state", acts_for=None),
                              voice="Lirania")
    number = {s.text.split()[1]: s.number for s in doc.sentences if len(s.text.split()) > 1}
    found = [(number["states"], SentenceDraft(by="Lirania", t=["claim"], to="Balakot")),
             (number["calls"], SentenceDraft(by="Lirania", t=["request"], to="Karabakh region of Azerbaijan"))]
    positions, requests, claims = build_items(found, doc, book, Run(), voice)
    places = {book.find("Balakot").id, book.find("Karabakh region of Azerbaijan").id}
    assert places & {requests[0].addressee, *claims[0].disputed_by}  # what the sentences gave them
    prune_parties(book, [*positions, *requests, *claims], voice.id)
    assert not {"Balakot", "Karabakh region of Azerbaijan"} & {p.name for p in book.parties}
    assert requests[0].addressee is None and claims[0].disputed_by == []


def test_a_post_listed_by_title_alone_acts_for_the_body_or_state_its_title_names() -> None:
    text = "Statement of the UN High Commissioner for Human Rights\n\nI am concerned about Varnia.\n"
    book = build_parties([PartyDraft(name="UN High Commissioner for Human Rights", kind="person", acts_for="Varnia"),
                          PartyDraft(name="Varnia", kind="state", acts_for=None)], text)
    post = book.find("UN High Commissioner for Human Rights")
    assert post.affiliation != book.find("Varnia").id


def test_a_person_the_model_listed_by_name_and_by_title_is_one_party() -> None:
    from summariser.titled_people import name_titled_people

    text = ("At the invitation of the President of the UAE, Sheikh Mohamed bin Zayed Al Nahyan, the Prime "
            "Minister of India, Narendra Modi, paid a state visit. Narendra Modi said so.")
    book = build_parties([PartyDraft(name="Narendra Modi", kind="person", acts_for=None),
                          PartyDraft(name="Prime Minister of India", kind="person", acts_for=None)], text)
    name_titled_people(book)
    assert [p.name for p in book.parties] == ["Narendra Modi"]
    modi = book.parties[0]
    assert book.find("Prime Minister of India") is modi and modi.title == "Prime Minister of India"
