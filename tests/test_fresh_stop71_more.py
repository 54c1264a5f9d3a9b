"""Stop 71, round 2: rules from 36 more documents written for the project (fresh290-292), and the round-1 rules they
sharpened. Each test runs one step on a short text in the document's own convention; a guard beside each shows where
the rule stops."""

from __future__ import annotations

from summariser import cues
from summariser.holders import holder_of
from summariser.party_sides import sides
from summariser.people import person_in
from summariser.sources import no_party_source
from summariser.titles import split_title
from summariser.written_names import as_written
from tests.test_fresh_stop67 import _book, _tie


def test_plain_asking_words_read_past_what_one_will_not_provoke_and_how_long_a_course_holds() -> None:
    assert not cues.plainly_asks("We do not believe so, and we will do nothing to invite it.")
    assert not cues.plainly_asks("The amendments were submitted, as was proposed to the Assembly.")
    assert not cues.asks("We will continue to patrol the Sarstoon, unless and until the Court decides otherwise.")
    assert cues.plainly_asks("Minister Sadvakasov invited Minister Abdrakhmanov to visit.")
    assert cues.asks("Sanctions will stay unless Russia withdraws.")


def test_a_posts_head_noun_is_no_name_and_a_groups_name_no_persons() -> None:
    from summariser.noun_kinds import kind_of_named_things
    from summariser.schema import Party

    assert person_in("The ambassador told the Chief Executive Officer of the Ministry yesterday that") is None
    assert person_in("the Chief Executive Officer of the Ministry, Mr John Smith,") == \
        ("John Smith", "Chief Executive Officer of the Ministry")
    union = Party(id="p1", name="Union for National Salvation", kind="person")
    person = Party(id="p2", name="Mamadi Condé", kind="person")
    kind_of_named_things([union, person])
    assert (union.kind, person.kind) == ("non_state_group", "person")


def test_a_list_items_capital_the_is_no_part_of_a_name_nor_is_a_mandates_end_a_name() -> None:
    from summariser.noun_kinds import kind_of_named_things
    from summariser.schema import Party

    text = "- to write to the Secretary of the Treasury of the United States;\n- to invite the Bank of England.\n"
    assert as_written("The United States", text, text.casefold()) == "United States"
    assert as_written("The Bahamas", "entered by The Bahamas.", "entered by the bahamas.") == "The Bahamas"
    bank = Party(id="p1", name="Caribbean Development Bank (CDB)", kind="person")
    post = Party(id="p2", name="President of the Security Council", kind="person")
    kind_of_named_things([bank, post])
    assert (bank.kind, post.kind) == ("international_org", "person")
    assert split_title("Special Rapporteur on the rights of Indigenous Peoples") == \
        ("Special Rapporteur on the rights of Indigenous Peoples", None)
    assert split_title("Minister for the Environment Smith") == ("Smith", "Minister for the Environment")


def test_a_building_in_a_capital_is_no_state_and_state_house_means_its_own_president() -> None:
    from summariser.gazetteer import actor_named
    from summariser.referents import own_head

    assert actor_named("State House, Lusaka") is None
    assert actor_named("Korea, Republic of").name == "South Korea"
    text = "Readout of President Mulenga's Call\nSTATE HOUSE, LUSAKA\n\nThe President said Zambia was prepared.\n"
    book = _book(text, ("Zambia", "state", None))
    assert own_head("The President ", book.find("Zambia"), text=text)
    assert not cues.asks("President Banda welcomed the offer and undertook to instruct his Minister of Finance.")
    assert cues.asks("Kenya offered to host the talks.")


_NEPAL = ("Prime Minister Receives External Affairs Minister of India\n\nOffice of the Prime Minister and Council of "
          "Ministers\n\nThe Rt. Hon. Prime Minister Bishnu Prasad Adhikari this morning received H.E. Dr Ravindra "
          "Menon, External Affairs Minister of the Republic of India. The External Affairs Minister conveyed "
          "greetings. Raising the boundary question, the Prime Minister reiterated Nepal's position.\n")


def test_a_bare_post_is_the_person_named_before_it_and_an_office_means_its_own_prime_minister() -> None:
    from summariser.referents import own_head, titled_person

    book = _book(_NEPAL, ("Nepal", "state", None), ("India", "state", None))
    menon = titled_person("The External Affairs Minister ", book)
    assert menon is not None and menon.name == "Ravindra Menon"
    assert own_head("Raising the boundary question, the Prime Minister ", book.find("Nepal"), text=_NEPAL)
    assert not own_head("Raising the boundary question, the Prime Minister ", book.find("Nepal"),
                        text=_NEPAL.replace("Office of the Prime Minister and Council of", "Council of"))


def test_a_counterpart_is_the_one_person_of_that_side_and_no_headline_verb_opens_a_name() -> None:
    from summariser.first_names import complete_first_names

    text = ("Minister of National Defence Hosts Polish Counterpart for Talks\n\nMinister Tomasz Wierzbicki said Warsaw "
            "agreed. The Polish Counterpart replied.\n")
    book = _book(text, ("Poland", "state", None), ("Polish Counterpart", "person", "Poland"))
    complete_first_names(book)
    assert book.find("Polish Counterpart").name == "Polish Counterpart"  # (not 'Hosts Polish Counterpart')


def test_a_briefings_label_answers_no_one_and_private_people_speak_for_no_side() -> None:
    from summariser.voice import _answered_in_heading

    text = ("Weekly Media Briefing: Remarks by the Official Spokesperson of the Ministry of Foreign Affairs\nDoha\n\n"
            "The Official Spokesperson of the Ministry of Foreign Affairs, Dr Abdulaziz bin Saad Al-Marri, spoke.\n")
    book = _book(text, ("Qatar", "state", None),
                 ("Official Spokesperson of the Ministry of Foreign Affairs", "person", "Qatar"))
    assert _answered_in_heading(book) == []
    assert no_party_source('"I will sign it with both hands," said Gulnara Sadykova, a 54-year-old teacher.')
    assert no_party_source("Her neighbour, who gave only his first name, Ulan, said families had not been told.")
    assert not no_party_source("Deputy Aibek Mamyrov, one of those who voted against, said the maps were secret.")
    assert split_title("opposition MP Ralph Tari") == ("Ralph Tari", "opposition MP")
    assert split_title("State Great Khural") == ("State Great Khural", None)


def test_a_heads_own_readout_means_the_head_and_a_portfolio_list_ends_no_name() -> None:
    from summariser.speakers import named_speakers
    from tests.test_fresh_stop70 import _parsed

    text = ("Readout of the President's Meeting with the Envoy of Burkina Faso\n\nCommunications Directorate, Office "
            "of the President\n\nPresident Kofi Asante-Mensah received the envoy. The President welcomed the "
            "delegation. He urged the Burkinabe authorities to protect civilians.\n")
    doc, book, voice = _parsed(text, ("Kofi Asante-Mensah", "person", "Ghana"), ("Ghana", "state", None),
                               ("Burkina Faso", "state", None), voice="Kofi Asante-Mensah")
    book.find("Kofi Asante-Mensah").title = "President"
    said = {doc.sentence(n).text[:12]: p.name for n, p in named_speakers(doc, book, voice).items() if p}
    assert said["He urged the"] == "Kofi Asante-Mensah"  # (not Ghana)
    assert split_title("Minister of Foreign Affairs, International Trade and Worship") == \
        ("Minister of Foreign Affairs, International Trade and Worship", None)


def test_a_states_side_speaks_for_the_state_not_the_models_agency_of_it() -> None:
    text = ("Indonesia and Timor-Leste met. The Indonesian side expressed its understanding. The Indonesian Agency for "
            "International Development runs the training.\n")
    book = _book(text, ("Indonesia", "state", None),
                 ("Indonesian Agency for International Development", "government_body", "Indonesia"))
    said, state = book.find("Indonesian Agency for International Development"), book.find("Indonesia")
    sentence = "The Indonesian side expressed its understanding."
    assert holder_of(said, state, True, book, sides(book.parties), sentence) is state
    named = "The Indonesian Agency for International Development said it would help."
    assert holder_of(said, state, True, book, sides(book.parties), named) is said  # (named: the agency)


def test_a_bare_foreign_minister_in_a_ministrys_briefing_is_its_own_whatever_the_models_tie() -> None:
    from summariser.bare_posts import tie_officials_to_voices_state

    text = ("Press Briefing by the Official Spokesperson of the Ministry of Foreign Affairs on Developments in Libya\n"
            "Arab Republic of Egypt - Ministry of Foreign Affairs\n\nForeign Minister Hesham Fawzy discussed them by "
            "telephone yesterday. Foreign Minister Najla Mangoush of Libya said so.\n")
    book = _book(text, ("Egypt", "state", None), ("Libya", "state", None), ("Hesham Fawzy", "person", "Libya"),
                 ("Najla Mangoush", "person", "Libya"),
                 ("Ministry of Foreign Affairs", "government_body", "Egypt"))
    tie_officials_to_voices_state(book, book.find("Ministry of Foreign Affairs"))
    assert _tie(book, "Hesham Fawzy") == "Egypt"
    assert _tie(book, "Najla Mangoush") == "Libya"  # (the state after her name says whose she is)


def test_an_actor_listed_with_its_description_is_the_actor() -> None:
    from summariser.first_names import complete_first_names

    text = "The UN refugee agency UNHCR urged Lebanon to keep crossings open. UNHCR said so.\n"
    book = _book(text, ("UNHCR", "international_org", None), ("UN refugee agency UNHCR", "international_org", None),
                 ("Lebanon", "state", None))
    complete_first_names(book)
    assert book.find("UN refugee agency UNHCR").name == "UNHCR"
    assert book.find("Lebanon").name == "Lebanon"


def test_a_see_named_by_its_place_is_no_name_and_a_later_minister_takes_the_datelines_state() -> None:
    from summariser.speaking_places import tie_bare_posts_to_the_dateline

    assert split_title("Catholic Bishop of Colón-Kuna Yala") == ("Catholic Bishop of Colón-Kuna Yala", None)
    assert split_title("President of Kenya Ruto") == ("Ruto", "President of Kenya")
    text = ("Moscow accuses Riga of a campaign\nBy Inese Kalnina\n\nRIGA, Jan 21 (Amber Coast Newswire) - Latvia "
            "rejected the accusations. Interior Minister Edgars Liepins went further.\n")
    book = _book(text, ("Latvia", "state", None), ("Russia", "state", None))
    book.add("Edgars Liepins", "person", "Interior Minister")  # (as the items' speakers add him, after the ties)
    tie_bare_posts_to_the_dateline(book)
    assert _tie(book, "Edgars Liepins") == "Latvia"


def test_a_headlines_verb_and_object_are_no_title_and_name_and_a_place_opens_no_issuer() -> None:
    from summariser.headings import heading_issuer

    assert person_in("Prime Minister Holds Annual Consultation with Thai Counterpart in Putrajaya ") is None
    assert person_in("Prime Minister Anwar Ibrahim said ") == ("Anwar Ibrahim", "Prime Minister")
    heading = ("Libreville Declaration of the Heads of State and Government of the Economic Community of Central "
               "African States on Maritime Security\n\nText.\n")
    assert heading_issuer(heading).startswith("Heads of State and Government of the Economic Community")
