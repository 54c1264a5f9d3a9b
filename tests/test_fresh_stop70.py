"""Stop 70: rules from 36 more documents written for the project (fresh281-283). Each test builds the model's
parties from a short text in the document's own convention and runs the one step; a guard beside each shows where
the rule stops."""

from __future__ import annotations

from summariser import cues
from summariser.asked_groups import nobody_in_particular
from summariser.attribution import attribution
from summariser.background import only_reports
from summariser.datelines import dateline_agencies, wire_dateline_end
from summariser.document import split_sentences
from summariser.drafts import PartyDraft
from summariser.gazetteer import actor_named
from summariser.headings import heading_issuer
from summariser.lead_in_shapes import THE_HEAD, group_in_aside
from summariser.named_officials import add_named_officials
from summariser.naming import foreign_diplomat
from summariser.people import one_post, person_in
from summariser.post_holders import fold_state_posts
from summariser.procedural import procedural
from summariser.reading import worth_reading
from summariser.sources import no_party_source
from summariser.speakers import named_speakers
from summariser.speaking_places import tie_bare_posts_to_the_dateline, tie_speakers_to_their_capitals
from summariser.written_names import as_written
from tests.test_fresh_stop67 import _book, _tie
from tests.test_known_actors import parsed, read_text


def _parsed(text: str, *drafts: tuple[str, str, str | None], voice: str | None = None):  # noqa: ANN202
    return parsed(text, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in drafts), voice=voice)


def _speakers(text: str, *drafts: tuple[str, str, str | None], voice: str | None = None) -> dict[str, str]:
    """Each attributed sentence's opening words -> the name of the party that speaks it."""
    doc, book, found = _parsed(text, *drafts, voice=voice)
    return {doc.sentence(n).text[:25]: p.name for n, p in named_speakers(doc, book, found).items() if p}


# Ghana's readout: the heading's 'the Foreign Minister's bilateral meeting' is the Minister for Foreign Affairs
# the text names; the model's voice had become a body called 'Foreign Minister'.
_GHANA = ("Readout of the Foreign Minister's bilateral meeting with the Togolese Minister of Foreign Affairs\n"
          "Ministry of Foreign Affairs, Republic of Ghana\n\n"
          "1. The Minister for Foreign Affairs, Hon. Kwabena Asante-Mensah, on Tuesday received his Togolese "
          "counterpart, Professor Komlan Edoh Agbeyome, Minister of Foreign Affairs, Regional Integration and "
          "Togolese Abroad, at the Ministry in Accra.\n")


def test_a_headings_foreign_minister_is_the_minister_for_foreign_affairs_the_text_names() -> None:
    _, _, voice = _parsed(_GHANA, ("Kwabena Asante-Mensah", "person", "Ghana"), ("Ghana", "state", None),
                          ("Togo", "state", None), voice="Ghana")
    assert voice is not None and voice.name == "Kwabena Asante-Mensah"
    assert one_post("Minister for Foreign Affairs", "Foreign Minister")
    assert not one_post("Minister of Foreign Affairs, Regional Integration and Togolese Abroad", "Foreign Minister")


def test_the_end_of_a_posts_list_of_portfolios_is_no_person() -> None:
    book = _book(_GHANA, ("Kwabena Asante-Mensah", "person", "Ghana"), ("Ghana", "state", None),
                 ("Togo", "state", None))
    add_named_officials(book)
    assert book.find("Togolese Abroad") is None  # ('Minister of ..., Regional Integration and' is a post cut)
    assert person_in("Tsogtbaatar Altangerel, a lawmaker from the opposition Civic Renewal Party") == \
        ("Tsogtbaatar Altangerel", "a lawmaker from the opposition Civic Renewal Party")  # (a post after a name)


def test_a_position_the_speaker_notes_is_the_noted_sides() -> None:
    said = "7. Summit further noted the position of the Government of Lesotho that the amendments stand."
    assert attribution(said) == (True, "the Government of Lesotho")
    assert attribution("Notes the position of the Government of South Sudan that the census comes first;")[0]
    # (a commitment welcomed is the welcomer's stance too: not handed over)
    assert attribution("The Council welcomed the commitment of the Government of Lesotho that reforms would end.") == \
        (False, "")


def test_one_quoted_or_reported_as_saying_speaks() -> None:
    assert attribution("The Tanzanian Minister, Dr Zuhura Mwinyimkuu, was quoted in the press last week as saying "
                       "that the lake is shared water.") == (True, "The Tanzanian Minister, Dr Zuhura Mwinyimkuu, ")
    assert attribution("The Minister of Mali, Mr Abdoulaye Diop, is quoted in the Malian communique as describing "
                       "the incident as an aggression.")[1].startswith("The Minister of Mali")
    assert attribution("President Ghazouani was reported to have indicated his readiness to examine it.") == \
        (True, "President Ghazouani ")
    assert attribution("In his remarks, Mr Mickoski suggested that Bulgaria is seeking to rewrite history.") == \
        (True, "Mr Mickoski ")
    assert attribution("The Nigerian side undertook to refer the matter to the Nigeria Customs Service.") == \
        (True, "The Nigerian side ")
    assert attribution("The figures were quoted in the report.") == (False, "")  # (no one quoted as saying)
    assert attribution("It was suggested that the talks resume.") == (False, "")


def test_a_named_speakers_circumstance_after_the_post_is_no_part_of_it() -> None:
    _, named = attribution('"We are against secrecy," said Tsogtbaatar Altangerel, a lawmaker from the opposition '
                           "Civic Renewal Party, during a debate in the State Great Khural.")
    assert named == "Tsogtbaatar Altangerel, a lawmaker from the opposition Civic Renewal Party"


def test_a_signed_texts_closing_lines_and_who_attended_state_nothing() -> None:
    assert procedural("Done in Lima, in the Spanish language, with an English translation for information.")
    assert procedural("Issued by the Ministry of Foreign Affairs, Lilongwe.")
    assert procedural("The following Member States were represented at the level of Head of State.")
    assert procedural("The Gabonese Republic attended as an observer.")
    assert not procedural("Issued by the ministry, the statement rejects the claims as false.")
    assert not procedural("Done in haste, the amendments were rejected by the opposition.")


_NARVA = ("Estonia summons Russian envoy after buoys removed\n\n"
          "TALLINN, May 24 (Boreal Dispatch) - Estonia summoned Russia's charge d'affaires on Friday.\n\n"
          "In Moscow, Foreign Ministry spokeswoman Natalia Gromova told a briefing that Estonia was lying.\n\n"
          "In Moscow, Estonian Foreign Minister Margus Tonisson told reporters that Russia was wrong.\n\n"
          "A diplomat from a Nordic country, speaking on condition of anonymity, said capitals were concerned. "
          '"Everyone is reading these signals together," the diplomat said.\n')


def test_a_speaker_in_a_capital_a_wire_sentence_opens_with_serves_that_capitals_state() -> None:
    book = _book(_NARVA, ("Estonia", "state", None), ("Russia", "state", None),
                 ("Natalia Gromova", "person", "Estonia"), ("Margus Tonisson", "person", "Estonia"))
    tie_speakers_to_their_capitals(book)
    assert _tie(book, "Natalia Gromova") == "Russia"
    assert _tie(book, "Margus Tonisson") == "Estonia"  # (the words before the verb name his own state)


def test_a_diplomat_of_a_region_or_of_an_unnamed_kind_of_state_is_a_party_of_its_own() -> None:
    said = _speakers(_NARVA, ("Estonia", "state", None), ("Russia", "state", None),
                     ("Nordic country", "non_state_group", None))
    assert said["A diplomat from a Nordic "] == "diplomat from a Nordic country"
    assert said['"Everyone is reading thes'] == "diplomat from a Nordic country"  # ('the diplomat' goes on)
    assert foreign_diplomat("A Gulf diplomat, speaking on condition of anonymity, ") == "Gulf diplomat"
    assert foreign_diplomat("A Kuwaiti diplomat ") is None  # (a state's: Kuwait's)
    assert no_party_source("A diplomat said the talks would fail.")  # (no side at all: no party)
    assert not no_party_source("A diplomat from a Nordic country said the talks would fail.")


_RAID = ("Chad and Central African Republic trade accusations\n\n"
         "N'DJAMENA, April 9 (Transsaharan Wire Service) - Chad accused armed men of killing villagers.\n\n"
         "An armed group active in north-western CAR, the Patriotic Movement for the Renewal of the North (MPRN), "
         'denied involvement. A spokesman for the group, reached by telephone, said its fighters "have not crossed '
         'any border".\n\nThe Economic Community of Central African States (ECCAS) called on both countries to '
         "exercise restraint.\n")


def test_a_group_an_aside_names_after_its_description_speaks_and_is_the_group_its_spokesman_speaks_for() -> None:
    said = _speakers(_RAID, ("Chad", "state", None), ("Central African Republic", "state", None))
    assert said["An armed group active in "] == "Patriotic Movement for the Renewal of the North"
    assert said["A spokesman for the group"] == "Patriotic Movement for the Renewal of the North"
    assert said["The Economic Community of"] == "ECCAS"  # (a regional organisation the data knows)
    assert group_in_aside("The opposition", " the Patriotic Front") is None  # (no group described)
    assert THE_HEAD.match("A spokesman for the group, reached by telephone,")
    assert actor_named("Mercosur") is not None and actor_named("FATF") is not None


def test_an_organ_named_a_conference_issues_its_sessions_communique() -> None:
    text = ("Final Communique of the Extraordinary Session of the Conference of Heads of State and Government of "
            "the Economic Community of Central African States\nMalabo, Republic of Equatorial Guinea\n\n1. The "
            "Conference met.\n")
    assert heading_issuer(text) == \
        "Conference of Heads of State and Government of the Economic Community of Central African States"
    assert heading_issuer("Final Communique of the International Conference on Lake Chad\n\n1. It met.\n") is None


def test_a_wires_own_agency_in_its_dateline_and_byline_holds_nothing() -> None:
    text = ("Haiti and Dominican Republic remain at odds over Massacre River canal as border trade resumes\n"
            "By Marisol Duarte Feliz, Antilles Newswire\n\n"
            "DAJAB\u00d3N, Dominican Republic, Nov 3 (Antilles Newswire) - Trucks streamed across the bridge.\n")
    assert wire_dateline_end(text.split("\n\n")[1]) > 0  # (capitals with an accent)
    assert dateline_agencies(text) == {"Antilles Newswire"}
    book = _book(text, ("Antilles Newswire", "state", None), ("Haiti", "state", None))
    assert only_reports(book.find("Antilles Newswire"), text)  # (whatever kind the model gave it)
    assert not only_reports(book.find("Haiti"), text)
    assert [s.text[:8] for s in split_sentences(text)][:2] == ["Haiti an", "By Maris"]  # (the headline alone)


def test_a_long_title_run_into_the_masthead_line_states_nothing() -> None:
    doc = read_text("Transcript excerpt: Weekly press briefing by the Spokesperson of the Ministry of Foreign "
                    "Affairs, Dhaka\nMinistry of Foreign Affairs, People's Republic of Bangladesh\n\n"
                    "The Spokesperson opened the briefing with an update on the visit to Colombo.\n")
    assert [worth_reading(s, doc.text) for s in doc.sentences] == [False, True]


def test_a_name_the_model_ran_across_a_headings_line_break_is_the_line_that_names_an_actor_or_a_body() -> None:
    text = ("Readout of the Prime Minister's call on implementation of the Falepili Union\n"
            "Office of the Prime Minister, Government of Tuvalu\n\nThe call was held.\n")
    assert as_written("Falepili Union Office of the Prime Minister", text, text.casefold()) == \
        "Office of the Prime Minister"
    text = ("Statement by the Spokesperson of the Government of Burundi on allegations by the Government of Rwanda\n"
            "Office of the Spokesperson of the Government\n\nIt rejects them.\n")
    written = as_written("Government of Rwanda Office of the Spokesperson", text, text.casefold())
    assert written == "Government of Rwanda"


def test_a_post_listed_by_its_states_word_is_not_held_by_one_the_text_gives_another_post() -> None:
    text = ("The office of the Prime Minister said the deal was lawful. Cabinet Secretary Munkhjargal Damdinsuren "
            "told reporters that the track would stay Mongolian.\n")
    book = _book(text, ("Mongolian Prime Minister", "person", "Mongolia"),
                 ("Munkhjargal Damdinsuren", "person", "Mongolia"), ("Mongolia", "state", None))
    fold_state_posts(book)
    secretary = book.find("Munkhjargal Damdinsuren")
    assert book.find("Mongolian Prime Minister") is not secretary and secretary.title != "Prime Minister"


def test_all_parties_concerned_are_nobody_in_particular_and_asking_why_asks_no_act() -> None:
    assert nobody_in_particular("all parties concerned")
    assert cues.puts_question("students from the Pacific who asked why international law did not protect them")
    assert not cues.puts_question("He asked them to leave the room.")


def test_the_reports_author_makes_what_the_report_alleges() -> None:
    text = ("Press Statement: Eritrea rejects the report of the Special Rapporteur\nMinistry of Information\n\n"
            "The Government of Eritrea rejects the report presented this week to the Human Rights Council in Geneva "
            "by the so-called Special Rapporteur on Eritrea, Dr Hawa Ndiaye-Sarr. The report alleges that national "
            "service is indefinite.\n")
    said = _speakers(text, ("Eritrea", "state", None), ("Human Rights Council", "international_org", None),
                     ("Hawa Ndiaye-Sarr", "person", None), voice="Eritrea")
    assert said["The report alleges that n"] == "Hawa Ndiaye-Sarr"


def test_a_well_known_organisation_stays_beside_its_conference_that_issues_the_statement() -> None:
    text = ("Statement of the Conference of Heads of Government of the Caribbean Community on De-Risking\n\n"
            "The Conference of Heads of Government of the Caribbean Community (CARICOM), meeting in Georgetown, "
            "expressed grave concern.\n")
    _, book, voice = _parsed(text, ("CARICOM", "international_org", None), ("European Union", "international_org",
                                                                          None), voice="CARICOM")
    assert book.find("CARICOM") is not None and book.find("CARICOM") is not voice
    assert voice is not None and _tie(book, voice.name) == "CARICOM"


def test_a_named_persons_post_makes_no_unnamed_source_and_a_bodys_diplomat_is_the_bodys() -> None:
    assert not no_party_source('"We are against secrecy," said Tsogtbaatar Altangerel, a lawmaker from the '
                               "opposition Civic Renewal Party, during a debate.")
    assert no_party_source("At least 40 people were killed in the clashes, a lawmaker said.")  # (no one named)
    assert foreign_diplomat("An OAS diplomat, speaking on condition of anonymity, ") is None  # (the OAS's)


def test_a_bare_post_in_a_wire_from_a_capital_serves_that_capitals_state() -> None:
    text = ("Estonia summons Russian envoy\n\nTALLINN, May 24 (Boreal Dispatch) - Estonia summoned the envoy. "
            '"This is a provocative act," Foreign Minister Margus Tonisson said. Russian Foreign Minister Sergei '
            'Pavlov said it was not.\n')
    book = _book(text, ("Estonia", "state", None), ("Russia", "state", None), ("Margus Tonisson", "person", None),
                 ("Sergei Pavlov", "person", None))
    tie_bare_posts_to_the_dateline(book)
    assert _tie(book, "Margus Tonisson") == "Estonia"
    assert _tie(book, "Sergei Pavlov") is None  # (his post names his state: not the dateline's)


def test_a_delegations_reservation_speaks_and_a_declarations_adoption_line_states_nothing() -> None:
    assert attribution("The delegation of the Republic of Nicaragua expresses its reservation on paragraph 4.") == \
        (True, "The delegation of the Republic of Nicaragua ")
    assert procedural("Adopted in San Salvador, Republic of El Salvador, on the twenty-eighth day of August.")
    assert not procedural("Adopted in haste, the law was condemned by the opposition.")


def test_malaysian_styles_are_no_part_of_a_name_and_a_korean_surname_is_the_person_named_in_full() -> None:
    from summariser.first_names import complete_first_names
    from summariser.people import HONORIFICS

    assert HONORIFICS.sub("", "Tan Sri Dato' Seri Haji Othman bin Abdul Rahman") == "Othman bin Abdul Rahman"
    text = ("Mr. Takeda Kenjiro, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Seo "
            "Jung-hoon, Minister of Foreign Affairs of the Republic of Korea. Minister Seo requested that Japan act.\n")
    book = _book(text, ("Seo Jung-hoon", "person", "Republic of Korea"), ("Seo", "person", "South Korea"),
                 ("Republic of Korea", "state", None), ("South Korea", "state", None))
    complete_first_names(book)
    assert book.find("Seo") is book.find("Seo Jung-hoon")  # (the model's two names of one state, one person)


def test_a_bare_post_or_a_stateless_spokesperson_that_speaks_in_a_capital_serves_its_state() -> None:
    from summariser.speaking_places import state_said_in

    text = ('TROMSO, Norway, 19 January (Polar Current) - Pakistan protested. "The same rules apply," Fisheries '
            'Minister Marit Haugen said in Oslo. "It is a violation," a spokesperson for the Ministry of Foreign '
            "Affairs said at the weekly briefing in Islamabad.\n")
    book = _book(text, ("Norway", "state", None), ("Pakistan", "state", None), ("Marit Haugen", "person", None))
    tie_bare_posts_to_the_dateline(book)
    assert _tie(book, "Marit Haugen") == "Norway"
    said = split_sentences(text)[-1].text
    assert state_said_in("a spokesperson for the Ministry of Foreign Affairs", said, book).name == "Pakistan"
    assert state_said_in("a spokesperson for the Norwegian Ministry", said, book) is None  # (its state named)


def test_a_bodys_resolution_names_its_issuer_and_a_delegation_on_the_record_speaks() -> None:
    from summariser.headings import issuer_phrase

    assert issuer_phrase("Resolution of the Council of the League of Arab States at the Level of Permanent "
                         "Representatives on Supporting Stability") == "Council of the League of Arab States"
    assert issuer_phrase("Resolution of the Crisis in Sudan Remains Elusive") is None  # (a headline's noun)
    assert attribution("The Republic of Uganda recorded that it accepted paragraph 4 without prejudice.") == \
        (True, "The Republic of Uganda ")
    assert attribution("The meeting was recorded on video.") == (False, "")


def test_a_wires_agency_on_its_masthead_line_holds_nothing_and_an_honorific_is_no_part_of_a_headings_issuer() -> None:
    text = ("Iraq Presses Turkey for More Tigris Water\nLevant & Gulf Telegraph (LGT)\n\n"
            "BAGHDAD, Aug 21 (LGT) - Iraq urged Turkey to release more water.\n")
    book = _book(text, ("Levant & Gulf Telegraph", "media", None), ("Iraq", "state", None))
    book.alias(book.find("Levant & Gulf Telegraph"), "LGT")
    assert only_reports(book.find("Levant & Gulf Telegraph"), text)
    speech = ("Address by H.E. the Minister of Foreign Affairs of the Republic of Djibouti to the IGAD Council\n\n"
              "We meet at a difficult moment.\n")
    _, _, voice = _parsed(speech, ("Djibouti", "state", None), voice="Djibouti")
    assert voice is not None and voice.name == "Minister of Foreign Affairs of the Republic of Djibouti"


def test_a_speechs_audience_named_only_to_address_it_is_no_speaker() -> None:
    text = ("Address by the Minister of Foreign Affairs of Djibouti\n\nMadam Chairperson,\nHonourable Ministers,\n\n"
            "We meet at a difficult moment. Allow me, Honourable Ministers, to address maritime security. The "
            "Chairperson of the Council, Amina Warsame, urged restraint.\n")
    book = _book(text, ("Honourable Ministers", "person", None), ("Amina Warsame", "person", None))
    assert only_reports(book.find("Honourable Ministers"), text)
    assert not only_reports(book.find("Amina Warsame"), text)  # (named as one who acts)
    masthead = "Ministry of Foreign Affairs of Chile\nPress release\n\nThe Ministry expects them to be heard.\n"
    book = _book(masthead, ("Ministry of Foreign Affairs of Chile", "government_body", None))
    assert not only_reports(book.find("Ministry of Foreign Affairs of Chile"), masthead)  # (a masthead line)
