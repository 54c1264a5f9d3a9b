"""Conventions met in documents written after the eval set (stop 52): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import headings
from summariser.attribution import attribution
from summariser.background import not_an_actor
from summariser.claimants import claim_told
from summariser.compound_names import fold_state_styles
from summariser.datelines import find_dateline
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actor_meant
from summariser.joint import names_several
from summariser.keep import prune_parties
from summariser.links import first_signatory, signatories
from summariser.naming import speaker_in
from summariser.own_sides import unask_own_side
from summariser.procedural import procedural
from summariser.rebuttals import rebutted_claim
from summariser.relayed_claims import relayed_allegation
from summariser.schema import Party
from summariser.speakers import named_speakers
from summariser.targets import only_a_belligerent
from summariser.titles import split_title
from summariser.voice import checked_voice
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed

SOMALIA = (
    "Statement of the Federal Government of Somalia\n\n"
    "Ethiopia has stated that the memorandum gives its navy access to the Red Sea coast. "
    "The Federal Government rejects any claim that such an arrangement is lawful.\n")


def test_any_claim_rejected_is_the_one_told_before_not_a_party_named_by_its_verb() -> None:
    # 'The Federal Government rejects any claim that' made a party 'Federal Government rejects any',
    # the claimant of a charge against the Federal Government itself
    sentence = SOMALIA.splitlines()[-1].split(". ")[-1]
    assert relayed_allegation(sentence) is None
    assert rebutted_claim(sentence) == (True, None)
    assert relayed_allegation("The authorities claim that the activists were planning attacks.") == "The authorities"
    book, (_, _, claims) = _items(SOMALIA, "The Federal Government", SentenceDraft(
        by="Federal Government of Somalia", t=["claim"], to="Federal Government of Somalia"),
        PartyDraft(name="Federal Government of Somalia", kind="government_body", acts_for="Somalia"),
        _state("Ethiopia"), _state("Somalia"), voice="Federal Government of Somalia")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Ethiopia"]
    assert not any("rejects" in p.name for p in book.parties)


def test_a_summary_announced_says_nothing() -> None:
    # Japan's 'The overview is as follows.' was a position of Japan
    assert procedural("The overview is as follows.")
    assert procedural("The outline of the meeting is as follows.")
    assert not procedural("The position of Japan is as follows: the islands are Japanese territory.")


def test_one_post_named_with_its_states_name_and_its_adjective_is_one_party() -> None:
    # India's rebuttal listed 'Prime Minister of Canada' and 'Canadian Prime Minister' as two people
    text = ("India rejects allegations made by the Prime Minister of Canada\n\n"
            "We have seen and rejected the statement of the Canadian Prime Minister in their Parliament.\n")
    _, book, _ = parsed(text, _state("India"), _state("Canada"),
                        PartyDraft(name="Prime Minister of Canada", kind="person", acts_for="Canada"),
                        PartyDraft(name="Canadian Prime Minister", kind="person", acts_for="Canada"), voice="India")
    fold_state_styles(book)
    posts = [p for p in book.parties if p.kind == "person"]
    assert [p.name for p in posts] == ["Prime Minister of Canada"] and "Canadian Prime Minister" in posts[0].aliases
    # (two people, each named, stay two; so do two posts of two states)
    _, book, _ = parsed("Text\n\nPresident Macron met Canadian Prime Minister Mark Carney.\n",
                        PartyDraft(name="Prime Minister of France", kind="person", acts_for=None),
                        PartyDraft(name="Canadian Prime Minister", kind="person", acts_for=None))
    fold_state_styles(book)
    assert len([p for p in book.parties if p.kind == "person"]) == 2


def test_a_clause_the_voice_judges_is_no_lead_in() -> None:
    # 'That Canadian political figures have openly expressed sympathy ... remains a matter of deep
    # concern' gave India's concern to the Canadian Prime Minister, whom the model had named
    assert attribution("That Canadian political figures have openly expressed sympathy for such elements "
                       "remains a matter of deep concern.") == (False, "")
    assert attribution("That statement said the talks had failed.")[0]


def test_a_first_vice_president_is_a_title() -> None:
    # the party was named 'First Vice-President Riek Machar'
    assert split_title("First Vice-President Riek Machar") == ("Riek Machar", "First Vice-President")
    assert split_title("Vice-Premier He Lifeng") == ("He Lifeng", "Vice-Premier")
    assert split_title("First Lady Jill Biden") == ("Jill Biden", "First Lady")


UNMISS = (
    "UNMISS statement on the detention of First Vice-President Riek Machar\n\n"
    "The United Nations Mission in South Sudan (UNMISS) is deeply concerned by reports that First Vice-President "
    "Riek Machar has been placed under house arrest in Juba. The Mission notes the statement by the Minister of "
    "Information, Michael Makuei, who said Dr. Machar was being investigated in connection with the attack on an "
    "army garrison in Nasir.\n")
_UNMISS_PARTIES = (PartyDraft(name="UNMISS", kind="international_org", acts_for=None),
                   PartyDraft(name="First Vice-President Riek Machar", kind="person", acts_for="South Sudan"),
                   PartyDraft(name="Michael Makuei", kind="person", acts_for="South Sudan"),
                   PartyDraft(name="SPLM-IO", kind="non_state_group", acts_for=None))


def test_a_person_held_is_not_accused() -> None:
    # concern at reports that Machar was under house arrest was a charge against Machar
    book, (positions, _, claims) = _items(UNMISS, "The United Nations Mission", SentenceDraft(
        by="UNMISS", t=["claim"], to="First Vice-President Riek Machar"), *_UNMISS_PARTIES, voice="UNMISS")
    assert claims == [] and [book.by_id(p.holder).name for p in positions] == ["UNMISS"]


def test_an_account_noted_is_the_claim_of_the_one_who_gave_it() -> None:
    # 'notes the statement by the Minister of Information, Michael Makuei, who said Dr. Machar was
    # being investigated' was UNMISS's charge against Makuei
    assert claim_told(UNMISS[UNMISS.index("The Mission notes"):]) == "Michael Makuei"
    assert claim_told("Indonesia has taken note of Israel's statement that its troops were responding to fire.") \
        == "Israel"
    book, (_, _, claims) = _items(UNMISS, "The Mission notes", SentenceDraft(
        by="UNMISS", t=["claim"], to="SPLM-IO"), *_UNMISS_PARTIES, voice="UNMISS")
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] == [("Michael Makuei", "allegation")]
    assert claims[0].claim.startswith("Dr. Machar was being investigated")
    assert book.find("UNMISS").id not in claims[0].disputed_by  # the voice only notes it


def test_breakaway_regions_are_named_actors_and_no_stem_of_the_state_they_left() -> None:
    # 'called on the Transnistrian authorities to accept European assistance' asked nobody, and
    # 'the territorial integrity of Somalia' named Somaliland, which was then accused
    assert actor_meant("Transnistrian authorities").name == "Transnistria"
    assert actor_meant("Somaliland").name == "Somaliland"
    somaliland = Party(id="p1", name="Somaliland", kind="state", aliases=[])
    assert speaker_in("the sovereignty and territorial integrity of Somalia", [somaliland]) is None
    armenia = Party(id="p1", name="Armenia", kind="state", aliases=[])
    assert speaker_in("the Armenian side", [armenia]) is armenia


def test_a_persons_own_titled_name_is_no_body_they_serve() -> None:
    # the model's 'for' of Lin Jian was 'Foreign Ministry Spokesperson Lin Jian', made a government
    # body; China's spokesman then served it, and 'China's export controls' were his charge against China
    text = ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on November 10, 2025\n\n"
            "Lin Jian: China firmly opposes the remarks and has lodged serious protests with Japan.\n")
    _, book, _ = parsed(text, PartyDraft(name="Lin Jian", kind="person",
                                         acts_for="Foreign Ministry Spokesperson Lin Jian"),
                        _state("China"), _state("Japan"), voice="Lin Jian")
    assert [p.name for p in book.parties if "Spokesperson" in p.name] == []
    assert book.by_id(book.find("Lin Jian").affiliation).name == "China"
    assert procedural("I'm not aware of what you mentioned.")


PAKISTAN_AFGHANISTAN = (
    "Pakistan and Afghanistan agree ceasefire\n\n"
    "DOHA, Oct 19 (Newswire) - Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday after talks "
    "mediated by Qatar and Turkey, ending a week of clashes along their border that killed dozens of soldiers and "
    "civilians, Qatar's foreign ministry said.\n\n"
    "Pakistan's Defence Minister Khawaja Asif said the agreement would end attacks by militants based in "
    "Afghanistan.\n\n"
    "The Taliban government's spokesman, Zabihullah Mujahid, said both countries had committed not to carry out "
    "hostile acts against each other. He denied that Afghanistan shelters Pakistani Taliban fighters and accused "
    "Pakistan of bombing civilian homes in Paktika province.\n")
_TWO_SIDES = (_state("Pakistan"), _state("Afghanistan"), _state("Qatar"), _state("Turkey"),
              PartyDraft(name="Khawaja Asif", kind="person", acts_for="Pakistan"))


def test_a_spokesman_named_in_apposition_speaks_alone_and_is_the_next_he() -> None:
    # '..., Zabihullah Mujahid, said ... against each other' read as two sides speaking together, so
    # nobody held it and the next 'He denied ...' went to Khawaja Asif, who spoke before (a role swap)
    assert not names_several("The Taliban government's spokesman, Zabihullah Mujahid, ")
    assert names_several("Venezuela and Guyana ") and names_several("Mali, Niger ")
    doc, book, _ = parsed(PAKISTAN_AFGHANISTAN, *_TWO_SIDES)
    speakers = named_speakers(doc, book)
    he = next(s.number for s in doc.sentences if s.text.startswith("He denied"))
    assert speakers[he] is not None and speakers[he].name == "Zabihullah Mujahid"
    assert speakers[he - 1] is speakers[he]


def test_two_sides_that_agreed_a_ceasefire_and_its_mediators_are_not_accused() -> None:
    # the ceasefire 'ending a week of clashes that killed dozens' was Qatar's charge against
    # Pakistan (the first of the pair), then against Turkey, a mediator
    book, (positions, _, claims) = _items(PAKISTAN_AFGHANISTAN, "DOHA", SentenceDraft(
        by="Qatar", t=["position", "claim"], to="Afghanistan"), *_TWO_SIDES, voice=None)
    assert claims == [] and [book.by_id(p.holder).name for p in positions] == ["Qatar"]
    pakistan = Party(id="p1", name="Pakistan", kind="state", aliases=[])
    assert only_a_belligerent(pakistan, "Pakistan and Afghanistan agreed to an immediate ceasefire.")
    # (the side the sentence names again, outside the pair, may be the one charged)
    assert not only_a_belligerent(pakistan, "Pakistan and Afghanistan agreed to a ceasefire after Pakistan bombed "
                                            "Kabul.")


def test_a_passive_not_is_no_lead_in() -> None:
    # '... and the OSCE's Office for Democratic Institutions and Human Rights was not invited' gave
    # the EU's verdict on the regime's figures to the OSCE
    assert attribution("These figures have no credibility, as no independent observation was permitted and the "
                       "OSCE's Office for Democratic Institutions and Human Rights was not invited.") == (False, "")
    assert attribution("The OSCE was not invited, the EU said.")[0]


def test_a_body_listed_twice_under_its_written_name_is_one_party() -> None:
    # the model's "Moscow's Defence Ministry", renamed "Russia's Defence Ministry" as the text writes it,
    # stood beside the "Russia's Defence Ministry" a lead-in had added: two parties of one name
    text = ("Russia says it downed drones\n\n"
            "MOSCOW, Aug 24 (Newswire) - Russia's Defence Ministry said on Sunday its air defences had intercepted "
            "and destroyed 112 Ukrainian drones overnight.\n")
    doc, book, _ = parsed(text, _state("Russia"), _state("Ukraine"),
                          PartyDraft(name="Moscow's Defence Ministry", kind="government_body", acts_for="Russia"))
    named_speakers(doc, book)
    prune_parties(book, [], None)
    names = [p.name for p in book.parties]
    assert len(names) == len(set(names))


def test_a_joint_statements_first_signatory_is_its_voice_and_all_signatories_are_parties() -> None:
    # 'Joint Trilateral Statement by ...' was no joint statement; with no voice from the model, Saudi
    # Arabia and Iran were dropped and the text's 'affirmation of the respect for the sovereignty of
    # states' charged Saudi Arabia
    text = ("Joint Trilateral Statement by the People's Republic of China, the Kingdom of Saudi Arabia, and the "
            "Islamic Republic of Iran\n\n"
            "The three countries announce that an agreement has been reached between the Kingdom of Saudi Arabia "
            "and the Islamic Republic of Iran. The agreement includes their affirmation of the respect for the "
            "sovereignty of states.\n")
    assert headings.heading_genre(text) == "joint_statement"
    drafts = [PartyDraft(name=n, kind="state", acts_for=None)
              for n in ("People's Republic of China", "Kingdom of Saudi Arabia", "Islamic Republic of Iran")]
    _, book, _ = parsed(text, *drafts)
    assert first_signatory(book) is checked_voice(book, None, []) is book.find("People's Republic of China")
    book, (positions, requests, claims) = _items(text, "The agreement", SentenceDraft(
        by="People's Republic of China", t=["claim"], to="Kingdom of Saudi Arabia"), *drafts,
        voice="People's Republic of China")
    book.voice = book.find("People's Republic of China")
    unask_own_side(requests, claims, book)
    assert claims == []


def test_a_briefings_title_is_no_body() -> None:
    # 'Department Press Briefing - May 14, 2024' was the voice, a government body serving Georgia
    for label in ("Department Press Briefing", "Regular Press Conference", "Press release"):
        assert not_an_actor(Party(id="p1", name=label, kind="government_body", aliases=[]))
    assert not not_an_actor(Party(id="p1", name="Press Office of the President", kind="government_body",
                                  aliases=[]))


def test_a_report_that_found_speaks_for_its_authors() -> None:
    # "The Commission's annual rule of law report found that Hungary had made little progress ..., and
    # said concerns remained" gave the Commission's findings to Hungary, named inside what it found
    said = attribution("The Commission's annual rule of law report found that Hungary had made little progress on "
                       "corruption, and said concerns remained.")
    assert said == (True, "The Commission's annual rule of law report")


def test_a_statement_signed_with_its_place_and_date_at_the_end_is_dated() -> None:
    # the UN spokesperson's statement, dated only under its signature, had no date, so its bare
    # 'Secretary-General' was named by nobody
    text = ("Statement attributable to the Spokesperson for the Secretary-General on the DPRK\n\n"
            "The Secretary-General strongly condemns the launch of yet another ballistic missile on 31 October.\n\n"
            "Stéphane Dujarric, Spokesperson for the Secretary-General\nNew York, 31 October 2024\n")
    assert find_dateline(text) == "2024-10-31"
    assert find_dateline("Statement\n\nThe talks will resume in Geneva.\n\nThey began in Oslo, 31 October 2024, "
                         "and went on for a week.\n") is None


def test_a_groups_ministers_of_listed_states_are_its_signatories() -> None:
    # 'We, the G7 Foreign Ministers of Canada, France, ...' listed none of the seven: 'G7 Foreign
    # Ministers' held every item
    text = ("G7 Foreign Ministers' Statement on Iran\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, "
            "Italy, Japan, the United Kingdom and the United States of America, express our deep concern about "
            "Iran's nuclear programme.\n")
    _, book, _ = parsed(text, PartyDraft(name="G7 Foreign Ministers", kind="international_org", acts_for=None),
                        _state("Iran"))
    assert first_signatory(book).name == "Canada" and len(signatories(book)) == 7


def test_the_author_of_a_text_received_is_no_lead_in() -> None:
    # 'The Brazilian government received with surprise the letter in which the President of the United
    # States announced a 50% tariff' was the US President's position
    assert attribution("The Brazilian government received with surprise the letter in which the President of the "
                       "United States announced a 50% tariff on all Brazilian exports.") == (False, "")
    assert attribution("In the letter, the President of the United States announced a tariff.")[0]
