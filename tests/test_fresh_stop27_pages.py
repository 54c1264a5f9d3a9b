"""Conventions met in documents written after the eval set (stop 27), continued: a page's
furniture, reports and their bylines, mastheads, titles and posts. Each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import headings, reports
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.speakers import named_speakers
from tests.test_known_actors import parsed

BELARUS = ("Council of the EU\nPress release\n11 August 2020 09:15\n\n"
           "Belarus: Declaration by the High Representative on behalf of the EU on the presidential elections\n\n"
           "The presidential elections held in Belarus on 9 August were neither free nor fair.\n\n"
           "Restrictions on independent media prevented voters from making a genuinely informed choice.\n\n"
           "Related topics: Eastern Partnership; EU relations with Belarus\n\n"
           "Press office - General Secretariat of the Council\n"
           "Rue de la Loi 175 - B-1048 BRUSSELS\n")


def test_a_pages_related_topics_state_nothing_and_its_press_office_holds_nothing() -> None:
    from summariser.reading import contacts_start, worth_reading

    doc, book, voice = parsed(BELARUS, PartyDraft(name="European Union", kind="international_org", acts_for=None),
                              PartyDraft(name="General Secretariat of the Council", kind="government_body",
                                         acts_for=None),
                              PartyDraft(name="Belarus", kind="state", acts_for=None), voice="European Union")
    related = next(s for s in doc.sentences if s.text.startswith("Related"))
    assert not worth_reading(related, doc.text)  # had been the EU's position
    assert contacts_start(doc.text) == doc.text.index("Press office")
    from summariser.assemble import Run, build_items

    number = next(s.number for s in doc.sentences if s.text.startswith("Restrictions"))
    positions, _, _ = build_items([(number, SentenceDraft(by="General Secretariat of the Council", t=["position"],
                                                          to=None))], doc, book, Run(), voice)
    assert [book.by_id(p.holder).name for p in positions] == ["European Union"]  # not the press office's


def test_a_full_name_written_after_what_names_a_person_is_a_person_whatever_the_model_said() -> None:
    from summariser.name_forms import kind_of_people
    from summariser.parties import PartyBook

    book = PartyBook("It conspires with the fascist faction headed by María Corina Machado. The Viv Ansanm "
                     "coalition attacked. The candidate of the far right, Edmundo González Urrutia, lost.")
    machado = book.add("María Corina Machado", "non_state_group")
    gonzalez = book.add("Edmundo González Urrutia", "other")
    gang = book.add("Viv Ansanm", "non_state_group")  # two capitalised words, but no person is named
    kind_of_people(book)
    assert (machado.kind, gonzalez.kind, gang.kind) == ("person", "person", "non_state_group")


def test_a_consensus_directive_is_a_request() -> None:
    from summariser.cues import plainly_asks

    assert plainly_asks("All violence in Myanmar is to stop at once.")
    assert plainly_asks("The parties concerned are to enter into constructive dialogue with one another.")
    assert not plainly_asks("The sanctions are to end in May.")  # a plan told, not a directive
    assert not plainly_asks("The special envoy is to travel to Myanmar next week.")


BBC = ("India hits back at Canada over Sikh leader murder claim\n\n19 September 2023\n\n"
       "By Harriet Dunmore in Toronto and Sameer Qureshi in Delhi\nBBC News\n\nShare\n\n"
       "[Image: Justin Trudeau speaking in the House of Commons]\nImage source, Reuters\n"
       "Image caption, Justin Trudeau set out the allegation in Canada's parliament on Monday\n\n"
       'India has dismissed as "absurd" Canada\'s allegation over the killing, its foreign ministry said.\n\n'
       "Hours later, India summoned Canada's high commissioner, Cameron MacKay, and told him a senior Canadian "
       "diplomat must leave within five days.\n\n"
       'Speaking to reporters in Ottawa on Tuesday, Mr Trudeau appeared keen to lower the temperature. Canada was '
       'not looking to "provoke or escalate", he said.\n\n'
       "Who was Hardeep Singh Nijjar?\n\nWhat is the Khalistan movement?\n")


def test_a_bbc_story_is_a_report_and_its_pictures_and_links_state_nothing() -> None:
    from summariser.attribution import attribution
    from summariser.reading import worth_reading

    assert reports.news_report(BBC, 10)  # the byline says where each reporter is: no voice
    doc, book, voice = parsed(BBC, PartyDraft(name="India", kind="state", acts_for=None),
                              PartyDraft(name="Canada", kind="state", acts_for=None),
                              PartyDraft(name="Justin Trudeau", kind="person", acts_for="Canada"),
                              PartyDraft(name="Cameron MacKay", kind="person", acts_for="Canada"), voice=None)
    unread = [s.text[:12] for s in doc.sentences if not worth_reading(s, doc.text)]
    for line in ["Image captio", "Image source", "Who was Hard", "What is the "]:
        assert line in unread
    # 'Hours later,' is when, not who: India summoned and told him
    assert attribution(doc.sentences[[s.text[:5] for s in doc.sentences].index("Hours")].text)[1].startswith("India")
    speakers = named_speakers(doc, book, None)
    he = next(s for s in doc.sentences if s.text.startswith("Canada was not"))
    assert speakers[he.number].name == "Justin Trudeau"  # not MacKay, named before him


def test_an_outlets_own_correspondent_is_no_first_person_and_its_section_label_no_title() -> None:
    from summariser.overview import title_of
    from tests.test_known_actors import read_text

    text = ("News | Israel-Palestine conflict\n\n"
            "Netanyahu delays vote on Gaza ceasefire deal, accuses Hamas of backtracking\n\n"
            "Israeli Prime Minister Benjamin Netanyahu's office says his cabinet will not meet, the office said.\n\n"
            '"People were hoping for one quiet night," said our correspondent in Deir el-Balah. Hamas said it '
            "remained committed to the deal, a spokesman said.\n\nWhat we know about the Gaza ceasefire deal\n")
    assert reports.news_report(text, 5)  # Al Jazeera's 'our correspondent' had made it Israel's readout
    assert title_of(read_text(text)) == "Netanyahu delays vote on Gaza ceasefire deal, accuses Hamas of backtracking"


def test_a_titled_full_name_is_the_person_the_model_listed_by_surname() -> None:
    from summariser.known_parties import add_speaker
    from summariser.parties import PartyBook

    book = PartyBook("Israeli Prime Minister Benjamin Netanyahu said the cabinet would not meet.")
    listed = book.add("Netanyahu", "person")
    found = add_speaker("Israeli Prime Minister Benjamin Netanyahu ", book)
    assert found is listed and found.name == "Benjamin Netanyahu" and "Netanyahu" in found.aliases
    assert [p.name for p in book.parties if p.kind == "person"] == ["Benjamin Netanyahu"]  # not two of him


def test_a_portfolio_ends_a_title_before_a_name() -> None:
    from summariser.people import person_in
    from summariser.titles import with_first_name

    assert person_in("Senior Secretary for Public Relations Kim Eun-hye said ") == (
        "Kim Eun-hye", "Senior Secretary for Public Relations")
    assert person_in("Minister for Foreign Affairs Wang Yi said ") == ("Wang Yi", "Minister for Foreign Affairs")
    text = "Briefing by Senior Secretary for Public Relations Kim Eun-hye on the meeting.\n\nKim Eun-hye said so."
    assert with_first_name("Kim Eun-hye", text, most_words=2) == "Kim Eun-hye"  # not 'Relations Kim Eun-hye'


def test_a_hijri_date_written_month_first_is_a_dateline_line() -> None:
    from summariser.reading import _a_dateline

    assert _a_dateline("Riyadh, Dhu al-Qa'dah 19, 1445, May 27, 2024, SPA")


def test_a_post_the_model_cut_off_is_the_person_the_text_names_after_the_whole_post() -> None:
    from summariser.listed_posts import name_cut_off_posts
    from summariser.parties import build_parties

    text = ("Speaking in Doha, Adviser to the Prime Minister and Official Spokesperson of the Ministry of Foreign "
            "Affairs Dr. Majed bin Mohammed Al-Ansari said the pause would begin on Friday.")
    book = build_parties([PartyDraft(name="Adviser to the Prime Minister and Official Spokesperson of the Ministry of",
                                     kind="person", acts_for="Qatar"),
                          PartyDraft(name="Qatar", kind="state", acts_for=None)], text)
    name_cut_off_posts(book)
    spokesman = book.parties[0]
    assert spokesman.name == "Majed bin Mohammed Al-Ansari"
    assert spokesman.title.endswith("of the Ministry of Foreign Affairs") and spokesman.aliases == []


AU = ("AFRICAN UNION | UNION AFRICAINE\n\nCOMMUNIQUE\n\n"
      "Addis Ababa, 30 August 2023: The Chairperson of the African Union Commission, H.E. Mr. Moussa Faki Mahamat, "
      "strongly condemns the attempted coup d'etat in the Gabonese Republic.\n\n"
      "Directorate of Information and Communication, African Union Commission | E-mail: DIC@africa-union.org | "
      "Web: www.au.int | Addis Ababa | Ethiopia\n")


def test_the_unions_seat_in_the_dateline_is_no_state_its_chairperson_serves() -> None:
    from summariser.reading import worth_reading

    doc, book, voice = parsed(AU, PartyDraft(name="Chairperson of the African Union Commission Moussa Faki Mahamat",
                                             kind="person", acts_for=None),
                              PartyDraft(name="African Union Commission", kind="government_body",
                                         acts_for="African Union"),
                              PartyDraft(name="Ethiopia", kind="state", acts_for=None), voice="Moussa Faki Mahamat")
    assert voice.name == "Moussa Faki Mahamat" and voice.affiliation != book.find("Ethiopia").id
    contact = next(s for s in doc.sentences if s.text.startswith("Directorate"))
    assert not worth_reading(contact, doc.text)  # the press office's address had been a position


def test_canadas_page_furniture_and_style_name_no_one_and_state_nothing() -> None:
    from summariser.reading import _PAGE_META
    from summariser.titles import STYLED, with_first_name

    text = ("Canada.ca > Global Affairs Canada > News\n\nStatement\n\n"
            "The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement:\n\n"
            "Mélanie Joly said Canada condemns the warrants.\n")
    assert with_first_name("Mélanie Joly", text, most_words=2) == "Mélanie Joly"  # not 'Honourable Mélanie Joly'
    assert STYLED.fullmatch("Honourable Mélanie Joly")["name"] == "Mélanie Joly"
    assert _PAGE_META.match("Follow us on social media: X: @CanadaFP | Facebook: Canada's foreign policy")
    assert _PAGE_META.match("Search for related information by keyword: Government and Politics | Hong Kong")


def test_a_trailing_has_said_names_its_speaker() -> None:
    from summariser.attribution import attribution

    assert attribution("China may have committed crimes against humanity in Xinjiang, the UN's human rights office "
                       "has said, in a report Beijing had lobbied to keep unpublished.") \
        == (True, " the UN's human rights office ")  # not the whole sentence before 'said'


def test_a_masthead_in_capitals_names_the_issuer_and_a_state_line_under_it_its_state() -> None:
    text = ("OFFICE OF THE PRESIDENT\nREPUBLIC OF KOREA\n\nBriefings\n\n"
            "North Korea launched a long-range ballistic missile this morning. The government strongly condemns "
            "the launch. The United States strongly supports the government's stance.\n")
    assert headings.heading_issuer(text) == "Office of the President"
    doc, book, voice = parsed(text, PartyDraft(name="OFFICE OF THE PRESIDENT", kind="government_body", acts_for=None),
                              PartyDraft(name="United States", kind="state", acts_for=None),
                              PartyDraft(name="North Korea", kind="state", acts_for=None), voice=None)
    from summariser.voice import checked_voice

    checked = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert checked.name == "Office of the President"  # as the masthead reads, the model's capitals an alias
    assert book.by_id(checked.affiliation).name in ("Republic of Korea", "South Korea")  # not the US its sentences name


def test_a_side_whose_word_describes_the_act_is_the_accused_not_the_place() -> None:
    from summariser.accusations import accused_in

    assert accused_in("The Prime Minister set out the UK's deep concern about the current hostile Russian activity "
                      "on Ukraine's border.") == "Russian"
    assert accused_in("It reflected concern over what it called interference by Canadian diplomats in India's "
                      "internal matters.") == "Canadian diplomats"
    assert accused_in("The minister voiced concern about rising prices in Europe.") is None
