"""Stop 72, round 3: rules from the documents of fresh296-297. Each test runs one step on a short text in the
document's own convention; a guard beside each shows where the rule stops."""

from __future__ import annotations

from summariser import asking_sides, cues
from tests.test_fresh_stop67 import _book


def test_a_readouts_heading_with_a_post_of_small_words_or_the_other_side_after_with_the() -> None:
    from summariser.reports import news_report

    for heading in ("Lyonchhen holds telephone conversation with the Prime Minister of Bangladesh",
                    "Minister for Foreign Affairs Ts.Oyunbileg receives First Vice Minister of Foreign Affairs"):
        text = f"{heading}\n\nThimphu, 14 May\n\nThe Minister said the talks went well. He said trade grew.\n"
        assert not news_report(text, 3)
    assert news_report("Talks stall over trade\n\nTHIMPHU, May 14 (Wire) - The Minister said the talks failed. "
                       "He said trade fell.\n", 2)


def test_whom_an_ask_names_past_an_aside_and_who_asks_in_the_passive() -> None:
    assert asking_sides.addressee_phrase("Lyonchhen also urged, in view of growing cargo volumes expected through "
                                         "the Gelephu Mindfulness City, the Government of Bangladesh to expedite "
                                         "the port.") == "the Government of Bangladesh"
    assert asking_sides.addressee_phrase("The President called on the Mauritian side, ahead of the next meeting of "
                                         "the Ministerial Council, to adopt the regulations.") == "the Mauritian side"
    passive = "Council was asked by the delegation of Cameroon to consider the effects on refugee flows."
    assert asking_sides.addressee_phrase(passive) == "Council"
    assert asking_sides.asker_phrase(passive) == "the delegation of Cameroon"
    assert asking_sides.addressee_phrase("Kenya was asked to withdraw its troops.") != "Council"


def test_a_family_name_written_first_after_a_title_and_its_short_form() -> None:
    from summariser.lead_in_shapes import surname_in_full
    from summariser.naming import speaker_in
    from summariser.schema import Party

    text = ("Minister Ts.Oyunbileg today received H.E. Mr. Yoon Hae-rim, First Vice Minister of Foreign Affairs of "
            "the Republic of Korea. First Vice Minister Yoon said the inspections were lawful.\n")
    assert surname_in_full("First Vice Minister Yoon ", text) == "Yoon Hae-rim"
    assert surname_in_full("President Ruto ", "President William Ruto spoke. President Ruto said.") == "William Ruto"
    assert surname_in_full("The Minister ", text) is None
    short, full = Party(id="p1", name="Yoon", kind="person"), Party(id="p2", name="Yoon Hae-rim", kind="person")
    assert speaker_in("Vice Minister Yoon Hae-rim", [short, full]) is full


def test_thanks_for_what_was_offered_asks_nothing() -> None:
    assert not cues.asks("Prime Minister Rahman thanked the Royal Government for the scholarships offered to "
                         "Bangladeshi students.")
    assert cues.asks("Bhutan offered Bangladesh a new tariff.")


def test_a_post_listed_by_its_bodys_acronym_is_the_person_the_text_titles_in_full() -> None:
    from summariser.post_names import spelled_post

    assert spelled_post("ILO Director-General", "Director-General of the International Labour Organization")
    assert not spelled_post("WHO Director-General", "Director-General of the International Labour Organization")
    assert not spelled_post("ILO Spokesperson", "Director-General of the International Labour Organization")


def test_private_people_quoted_by_age_in_either_order() -> None:
    from summariser.sources import no_party_source

    assert no_party_source('"He is now 24," said Rosalina da Costa, 51, who sells fish at the market.')
    assert no_party_source('A Dominican shoe seller, Julio Almonte, 63, said he had lost "more than half".')
    assert no_party_source('"I have 300 kilos of beans spoiling," said Marie-Lourdes Pierre, 45, a trader.')
    assert not no_party_source("Timor-Leste said on Wednesday, 12 May, that talks had failed.")


def test_a_bare_head_noun_names_the_listed_body() -> None:
    from summariser.document import Document
    from summariser.speakers import named_speakers

    text = ("Communique of the Council for Peace and Security in Central Africa\n\nThe Council for Peace and Security "
            "in Central Africa met in Libreville. Council calls on the Governments of Chad and the Central African "
            "Republic to reactivate the commission.\n")
    book = _book(text, ("Council for Peace and Security in Central Africa", "international_org", None),
                 ("Chad", "state", None))
    copax = book.find("Council for Peace and Security in Central Africa")
    speakers = named_speakers(Document(id="copax", text=text), book, copax)
    assert copax in speakers.values()
    assert not any(p.name == "Council" for p in book.parties)


def test_a_heading_host_the_model_made_a_state_is_the_datelines_head() -> None:
    from summariser.callers import tie_host_to_dateline
    from summariser.counterparts import counterpart_phrase

    assert counterpart_phrase("The Head of State receives the Prime Minister of Cameroon") == \
        "Prime Minister of Cameroon"
    text = ("The Head of State receives the Prime Minister of Cameroon\n\nN'Djamena, 29 January\n\nThe President of "
            "the Republic, Head of State, received the Prime Minister of Cameroon. They discussed Chad's transit "
            "fees.\n")
    book = _book(text, ("Head of State", "state", None), ("Cameroon", "state", None), ("Chad", "state", None))
    tie_host_to_dateline(book)
    head = book.find("Head of State")
    assert head.kind == "person" and book.by_id(head.affiliation).name == "Chad"


def test_a_numbered_ministry_is_no_name_and_a_demand_with_its_day() -> None:
    from summariser.naming import speaker_in
    from summariser.schema import Party
    from summariser.titles import split_title
    from summariser.wording import action

    assert split_title("Minister of Foreign Affairs II") == ("Minister of Foreign Affairs II", None)
    assert split_title("King Tupou VI") == ("Tupou VI", "King")
    text = "Honduras demanded on Tuesday that Nicaragua release 17 fishermen detained by its navy."
    assert asking_sides.addressee_phrase(text) == "Nicaragua"
    assert action(text) == "Nicaragua release 17 fishermen detained by its navy"
    seychelles = Party(id="p1", name="Seychelles", kind="state")
    assert speaker_in("Seychelles' main opposition party", [seychelles]) is None
