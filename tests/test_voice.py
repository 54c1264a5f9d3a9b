"""Whose voice a document speaks in: the model's choice, checked against the first person."""

from __future__ import annotations

from summariser.drafts import PartyDraft
from summariser.known_parties import complete_book
from summariser.parties import build_parties
from summariser.voice import checked_voice
from tests.test_known_actors import read_text

REBUTTAL = ("No: 112, 24 April 2025, Press Release Regarding the Statement of the Greek Ministry of Foreign Affairs\n\n"
            "We reject the baseless claims in the statement issued today by the Greek Ministry of Foreign Affairs. "
            "We call on Greece to refrain from unilateral steps. Türkiye remains committed to dialogue.\n")


def voice_of(text: str, said: str, *drafts: PartyDraft):
    book = build_parties(list(drafts), text)
    voice = checked_voice(book, complete_book(book, said), [s.text for s in read_text(text).sentences])
    return book, voice


def test_a_voice_the_first_person_answers_is_replaced_by_the_state_named_most() -> None:
    ministry = PartyDraft(name="Greek Ministry of Foreign Affairs", kind="government_body", acts_for="Greece")
    book, voice = voice_of(REBUTTAL, "Greece", ministry, PartyDraft(name="Greece", kind="state", acts_for=None))
    assert voice.name == "Türkiye"  # the gazetteer brings it in; the model had left it out
    assert any("replaced" in note for note in book.notes)


def test_the_models_spokesperson_follows_the_new_voice() -> None:
    text = ("Foreign Ministry Spokesperson's Regular Press Conference\n\n"
            "Q: The Philippine Coast Guard said our ships fired water cannon. What is your response?\n\n"
            "A: We urge the Philippines to stop its provocation. China remains committed to dialogue with China's "
            "neighbours.\n")
    book, voice = voice_of(text, "Philippines",
                           PartyDraft(name="Foreign Ministry Spokesperson", kind="person", acts_for="Philippines"),
                           PartyDraft(name="Philippine Coast Guard", kind="government_body", acts_for="Philippines"),
                           PartyDraft(name="Philippines", kind="state", acts_for=None))
    # the heading names whose press conference it is; 'A:' does not hide the first person that asks
    # the Philippines, so the spokesperson serves China, not the Philippines the model tied it to
    assert voice.name == "Foreign Ministry Spokesperson"
    assert book.by_id(voice.affiliation).name == "China"
    assert book.by_id(book.find("Philippine Coast Guard").affiliation).name == "Philippines"


def test_a_voice_the_first_person_does_not_answer_stays() -> None:
    text = "Statement on the talks\n\nWe call on Greece to join the talks. Türkiye remains committed.\n"
    _, voice = voice_of(text, "Türkiye", PartyDraft(name="Türkiye", kind="state", acts_for=None),
                        PartyDraft(name="Greece", kind="state", acts_for=None))
    assert voice.name == "Türkiye"


def test_an_issuing_heading_is_never_overturned() -> None:
    text = "Statement by the Ministry of Foreign Affairs of Greece\n\nWe call on Greece's partners to act.\n"
    book, voice = voice_of(text, "Greece", PartyDraft(name="Greece", kind="state", acts_for=None))
    assert voice is book.issuer


def test_an_issuer_the_first_person_answers_keeps_the_voice_but_not_the_models_side() -> None:
    text = ("Comment by Foreign Ministry Spokeswoman Maria Zakharova on the expulsion of Russian diplomats\n\n"
            "The Estonian authorities expelled two Russian diplomats. We call on Estonia to abandon its course. "
            "Russian-Estonian relations suffer.\n")
    book, voice = voice_of(text, "Maria Zakharova",
                           PartyDraft(name="Foreign Ministry Spokeswoman Maria Zakharova", kind="person",
                                      acts_for="Estonia"),
                           PartyDraft(name="Estonia", kind="state", acts_for=None),
                           PartyDraft(name="Russian Embassy", kind="government_body", acts_for="Estonia"))
    assert voice.name == "Maria Zakharova"  # the heading's issuer stays
    assert book.by_id(voice.affiliation).name == "Russia"  # named by its word only, added


def test_the_side_asked_is_the_well_known_actor_however_the_model_listed_it() -> None:
    text = ("Comment by Spokeswoman Maria Zakharova\n\nRussian diplomats were expelled. "
            "We call on the Estonian leadership to abandon its course. Estonia must stop.\n")
    book, voice = voice_of(text, "Maria Zakharova",
                           PartyDraft(name="Spokeswoman Maria Zakharova", kind="person", acts_for="Estonia"),
                           PartyDraft(name="Estonia", kind="state", acts_for=None),
                           PartyDraft(name="Estonian leadership", kind="non_state_group", acts_for=None))
    assert book.by_id(voice.affiliation).name == "Russia"  # 'the Estonian leadership', listed apart, is Estonia


def test_a_state_the_first_person_warns_is_not_its_own() -> None:
    text = ("Foreign Ministry statement regarding the expulsion of Drovian diplomats from Varna\n\n"
            "The Varnan authorities expelled the Drovian ambassador. We warn Varna that any further unfriendly "
            "actions will receive a firm response. Drovia will answer.\n")
    book, voice = voice_of(text, "Foreign Ministry",
                           PartyDraft(name="Foreign Ministry", kind="government_body", acts_for="Varna"),
                           PartyDraft(name="Varna", kind="state", acts_for=None),
                           PartyDraft(name="Drovia", kind="state", acts_for=None))
    assert voice.name == "Foreign Ministry" and book.by_id(voice.affiliation).name == "Drovia"


def test_a_voice_the_model_names_in_its_own_words_is_the_actor_the_text_names() -> None:
    text = ("Press Release Regarding the Greek Statements\n\nWe reject the statements made by the Greek Ministry of "
            "Foreign Affairs. Türkiye will protect its rights. We call on Greece to engage in dialogue.\n")
    book, voice = voice_of(text, "Turkey", PartyDraft(name="Greece", kind="state", acts_for=None),
                           PartyDraft(name="Turkey", kind="state", acts_for=None))
    assert voice is not None and voice.name == "Türkiye"  # the text never writes 'Turkey'


def test_a_region_the_text_calls_part_of_a_state_is_never_the_voice() -> None:
    text = ("Official Spokesperson's response to media queries on remarks by the Foreign Office of Varnistan\n\n"
            "We have seen the remarks. The Union Territory of Jammu and Kashmir is and will remain an integral part of "
            "India. Jammu and Kashmir is internal to us, and Jammu and Kashmir is at peace. We call upon Varnistan to "
            "stop lecturing others.\n")
    _, voice = voice_of(text, "Varnistan", PartyDraft(name="Varnistan", kind="state", acts_for=None),
                        PartyDraft(name="Jammu and Kashmir", kind="state", acts_for="India"),
                        PartyDraft(name="India", kind="state", acts_for=None))
    assert voice.name == "India"


def test_a_state_named_as_the_place_of_an_operation_counts_less_than_one_named_as_an_actor() -> None:
    text = ("Press Release Regarding the Statement of the French Ministry for Europe and Foreign Affairs\n\n"
            "We reject the statement regarding our operation in northern Iraq. France is in no position to lecture "
            "Türkiye. We expect France to take concrete steps against the group.\n")
    _, voice = voice_of(text, "France", PartyDraft(name="France", kind="state", acts_for=None))
    assert voice.name == "Türkiye"


def test_an_issuing_ministry_that_names_no_state_is_the_one_of_the_state_named_most() -> None:
    text = ("Foreign Ministry statement on the new sanctions package\n\n"
            "The Union adopted new measures against Russia. Russia reserves the right to respond. "
            "We call on the Union to abandon its course.\n")
    book, voice = voice_of(text, "Union", PartyDraft(name="Union", kind="international_org", acts_for=None),
                           PartyDraft(name="Russia", kind="state", acts_for=None))
    assert voice.name == "Foreign Ministry" and book.by_id(voice.affiliation).name == "Russia"
