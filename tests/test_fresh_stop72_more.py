"""Stop 72, round 2: rules from the documents of fresh294-295. Each test runs one step on a short text in the
document's own convention; a guard beside each shows where the rule stops."""

from __future__ import annotations

from summariser import cues
from summariser.people import person_in
from tests.test_fresh_stop67 import _book, _tie


def test_a_name_with_its_particles_before_a_post_and_a_regnal_number_ending_a_sentence() -> None:
    from summariser.post_holders import fold_posts_into_holders

    book = _book("Doha - His Excellency Sheikh Faisal bin Nasser Al-Thani, Prime Minister and Minister of Foreign "
                 "Affairs, received on Sunday a phone call.\n",
                 ("Prime Minister and Minister of Foreign Affairs", "government_body", "Qatar"),
                 ("Qatar", "state", None))
    fold_posts_into_holders(book)
    held = book.find("Faisal bin Nasser Al-Thani")
    assert held is not None and held.kind == "person"
    assert person_in("credentials to His Majesty King Tupou VI. He expressed") == ("Tupou VI", "His Majesty King")
    assert person_in("said Minister Kulhánek. ") is None


def test_the_end_of_a_portfolio_list_is_no_name_and_a_portfolio_ends_a_post() -> None:
    from summariser.post_holders import fold_posts_into_holders

    book = _book("The meeting was attended by the Minister of Foreign Affairs, Migration and Tunisians Abroad, the "
                 "Minister of Industry, Mines and Energy.\n",
                 ("Minister of Industry, Mines and Energy", "person", "Tunisia"), ("Tunisia", "state", None))
    fold_posts_into_holders(book)
    assert book.find("Tunisians Abroad") is None
    assert person_in("Minister for Enterprise Lars Ekholm told reporters in Stockholm that ") == \
        ("Lars Ekholm", "Minister for Enterprise")


def test_a_hosts_heading_and_dateline_say_whose_the_host_is() -> None:
    from summariser.callers import tie_host_to_dateline

    book = _book("Head of Government receives Prime Minister of Algeria on the sidelines of the Grand Joint Commission"
                 "\n\nTunis - The Head of Government, Mr Kamel Ben Youssef, received on Thursday the Prime Minister "
                 "of Algeria, Mr Nadir Benmansour.\n",
                 ("Kamel Ben Youssef", "person", "Algeria"), ("Head of Government", "person", "Algeria"),
                 ("Nadir Benmansour", "person", "Algeria"), ("Algeria", "state", None), ("Tunisia", "state", None))
    book.fold(book.find("Head of Government"), book.find("Kamel Ben Youssef"))
    book.find("Kamel Ben Youssef").aliases.append("Head of Government")
    tie_host_to_dateline(book)
    assert _tie(book, "Kamel Ben Youssef") == "Tunisia"
    assert _tie(book, "Nadir Benmansour") == "Algeria"


def test_asks_told_of_that_no_one_makes_now() -> None:
    assert cues.names_asking("Our officials on the ground have been told by drivers that they are being asked to "
                              "pay unofficial fees to move forward in the queue.")
    assert not cues.asks("The pilot would be extended to all ports, as Tonga had requested in its letter in March.")
    assert cues.asks("The Prime Minister asked that the Chinese Government give favourable consideration to it, as "
                     "Tonga had requested in its letter in March.")


def test_a_named_commentator_is_no_party_and_a_description_is_no_family_name() -> None:
    from summariser.naming import speaker_in
    from summariser.schema import Party
    from summariser.sources import no_party_source

    assert no_party_source("Mining analyst Pavel Gromov said the outcome would be closely watched.")
    assert no_party_source("Energy economist Marlon Seepersad at the University of the West Indies said so.")
    assert not no_party_source("Foreign Minister Pavel Gromov said the outcome would be closely watched.")
    economist = Party(id="p8", name="Energy economist Marlon Seepersad", kind="person")
    assert speaker_in("Trinidad's Minister of Energy and Energy Industries", [economist]) is None
    xi = Party(id="p1", name="Xi Jinping", kind="person")
    assert speaker_in("Xi", [xi]) is xi


def test_the_sides_and_partners_a_request_names_by_their_word() -> None:
    from summariser.addressees import addressed

    book = _book("The European Union and Uzbekistan met. He asked that the European side accelerate the projects, "
                 "and expressed the hope that Uzbek partners would continue to cooperate.\n",
                 ("European Union", "international_org", None), ("Uzbekistan", "state", None),
                 ("Jasur Rakhimov", "person", "Uzbekistan"))
    minister = book.find("Uzbekistan")
    assert addressed("He asked that the European side accelerate the projects", book, minister, None) == \
        [book.find("European Union").id]
    assert addressed("expressed the hope that Uzbek partners would continue to cooperate", book,
                     book.find("European Union"), None) == [minister.id]


def test_a_relayed_sides_stance_greetings_and_a_request_to_convene_a_meeting() -> None:
    from summariser.procedural import procedural
    from summariser.relayed_stances import relayed_holder

    assert relayed_holder("He said that the Iranian side had told him that it was ready to resume talks.") == \
        "the Iranian side"
    assert procedural("His Excellency Sheikh Salem conveyed the greetings of His Highness the Amir to His Highness "
                      "the Amir of the State of Qatar, and the Prime Minister reciprocated the greetings.")
    assert not procedural("To this end, the Ministry requests the Pro Tempore Presidency to convene an "
                          "extraordinary meeting of the Common Market Council within thirty days.")
    assert procedural("The two ministers held a meeting in Geneva.")


def test_head_of_government_is_a_post_and_styles_after_a_comma_leave_it() -> None:
    from summariser.titles import PERSON_TITLE, split_title

    assert PERSON_TITLE.search("Head of Government")
    assert not PERSON_TITLE.search("Heads of State of the Confederation")
    assert split_title("Trinidad's Minister of Energy and Energy Industries, Hon. Dr Rajesh Ramnarine")[1] == \
        "Trinidad's Minister of Energy and Energy Industries"


def test_officials_named_in_a_long_sentence_keep_their_whole_name_and_whose_envoy_they_are() -> None:
    from summariser.named_officials import add_named_officials

    text = ("Geneva (ILO News) - The Director-General of the International Labour Organization, Dr Amara "
            "Okonkwo-Lindahl, met on Tuesday with the Minister of Labour of the State of Qatar, H.E. Dr Khalid bin "
            "Mohammed Al-Kuwari, on the sidelines of the International Labour Conference.\n\nLate on Tuesday, "
            "the Ethiopian ambassador in Djibouti, H.E. Berhanu Tsegaye, met the ministers of transport.\n")
    book = _book(text, ("Qatar", "state", None), ("Ethiopia", "state", None), ("Djibouti", "state", None))
    add_named_officials(book)
    assert book.find("Khalid bin Mohammed Al-Kuwari") is not None
    assert book.find("Khalid bin Mohammed Al") is None
    envoy = book.find("Berhanu Tsegaye")
    assert envoy is not None and envoy.title == "Ethiopian ambassador in Djibouti"


def test_an_embassy_statement_speaks_for_the_envoy_named_before() -> None:
    from summariser.office_holders import envoy_named_before

    text = ("Late on Tuesday, the Ethiopian ambassador in Djibouti, H.E. Berhanu Tsegaye, met the ministers. An "
            "embassy statement said the ambassador had called on the Djiboutian authorities to deploy police.\n")
    book = _book(text, ("Berhanu Tsegaye", "person", "Ethiopia"), ("Ethiopia", "state", None))
    at = text.index("An embassy")
    assert envoy_named_before("An embassy statement", text, at, book) is book.find("Berhanu Tsegaye")
    assert envoy_named_before("The ministry", text, at, book) is None


def test_extortion_fears_and_legal_remedies_ask_nothing() -> None:
    assert cues.names_asking("Drivers said men in uniform demanded cash at night-time checkpoints.")
    assert cues.names_asking("Officials said the government feared fuel shortages within days if the stoppage "
                             "continued.")
    assert not cues.asks("The agency said that any owner with documents could appeal to the agency within ninety "
                         "days.")
    assert not cues.asks("She said several Albanian families in the area had also lodged appeals.")
    assert cues.plainly_asks("The churches appealed to all leaders to lower their voices.")


def test_a_private_person_by_age_and_the_styles_and_list_words_before_a_name() -> None:
    from summariser.sources import no_party_source

    assert no_party_source("Eleni Koka, 62, said her family had olive groves on the tax registers.")
    assert not no_party_source("Edi Rama, Prime Minister, said the law applied.")
    assert person_in("Other members of the Bureau were Dr the Hon. Geoffrey Liburd, Prime Minister of St Kitts and "
                     "Nevis, incoming Chair, and") == ("Geoffrey Liburd", "Prime Minister of St Kitts and Nevis")
    assert person_in("..., incoming Chair, and the Hon. Sandra Walcott-Greene, Prime Minister of Barbados, said") == \
        ("Sandra Walcott-Greene", "Prime Minister of Barbados")


def test_a_plural_of_a_title_is_no_surname() -> None:
    from summariser.lead_in_shapes import surname_in_full

    text = "Joint Communiqué of the Melanesian Spearhead Group Leaders' Summit\n\nLeaders received a briefing.\n"
    assert surname_in_full("Leaders", text) is None
    assert surname_in_full("Kamara", "His main rival, Samura Kamara of the APC, spoke. Kamara said so.") == \
        "Samura Kamara"
