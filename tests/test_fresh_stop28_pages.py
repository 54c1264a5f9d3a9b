"""Conventions met in documents written after the eval set (stop 28), second part: dates, posts,
pages, mastheads, media notes, meetings, quotations and bodies. Each test names the convention and
the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues, headings, rebuttals, reports
from summariser.attribution import attribution
from summariser.background import not_an_actor
from summariser.drafts import PartyDraft
from summariser.parties import build_parties
from summariser.schema import Party
from tests.test_fresh_stop28 import speakers_by_opening
from tests.test_known_actors import parsed


def test_a_body_named_with_a_rank_is_no_person_and_an_unnamed_victim_no_side() -> None:
    book = build_parties([PartyDraft(name="Thailand's General Border Committee", kind="government_body",
                                     acts_for="Thailand")],
                         "Thailand would raise the matter through Thailand's General Border Committee.")
    assert book.parties[0].kind != "person"
    assert not_an_actor(Party(id="p1", name="Cambodian soldier", kind="person"))
    assert not not_an_actor(Party(id="p1", name="Cambodian soldiers' commander Hun Manet", kind="person"))


def test_a_date_line_that_gives_the_place_first_dates_the_text() -> None:
    from summariser.datelines import find_dateline

    text = ("United Nations\nSecretary-General\n\nPress Encounter\n\nSecretary-General's remarks to the press\n\n"
            "New York, 17 July 2023\n\nSG: Good afternoon.\n\nEarlier today the Russian Federation informed the "
            "parties that it is ending its participation in the Black Sea Initiative.\n")
    assert find_dateline(text) == "2023-07-17"
    assert find_dateline("Doha, November 23, 2023\n\nThe State of Qatar announced a pause.\n") == "2023-11-23"


def test_a_post_named_alone_takes_the_name_of_whoever_held_it_that_day() -> None:
    from summariser.office_holders import holder_of, name_office_holders

    assert holder_of("Secretary-General", "United Nations", "2023-07-17") == "António Guterres"
    assert holder_of("Secretary-General", "United Nations", "2015-03-01") == "Ban Ki-moon"
    assert holder_of("Secretary General", "NATO", "2025-06-24") == "Mark Rutte"
    book = build_parties([PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                          PartyDraft(name="Secretary-General", kind="person", acts_for="United Nations")],
                         "The Secretary-General strongly condemns the detention by the United Nations standard.")
    name_office_holders(book, "2021-01-31")
    sg = next(p for p in book.parties if p.kind == "person")
    assert (sg.name, sg.title, sg.aliases[0]) == ("António Guterres", "Secretary-General", "Secretary-General")
    name_office_holders(book, None)  # no date, no guess


def test_so_called_accusations_an_answer_rejects_are_the_other_sides() -> None:
    assert rebuttals.rebutted_claim('A: The so-called accusations of "Chinese cyber attacks" against the UK are '
                                     'groundless fabrications and a malicious smear.') == (True, None)


TAIWAN = ("Ministry of Foreign Affairs, Republic of China (Taiwan)\n\nMOFA condemns China's military drills\n\n"
          "The Taiwan Affairs Office accused President Lai Ching-te of using his National Day address to provoke.\n\n"
          "In his address, President Lai stated that the Republic of China and the People's Republic of China are "
          "not subordinate to each other.\n")


def test_a_titled_surname_is_the_person_named_in_full_before_and_each_other_inside_the_clause_is_no_pair() -> None:
    doc, book, voice = parsed(TAIWAN, PartyDraft(name="Taiwan", kind="state", acts_for=None),
                              PartyDraft(name="China", kind="state", acts_for=None),
                              PartyDraft(name="Minister of Foreign Affairs Lin Chia-lung", kind="person",
                                         acts_for="Taiwan"), voice="Taiwan")
    assert speakers_by_opening(doc, book, voice)["In his address"] == "Lai Ching-te"  # not Lin, nor nobody


def test_an_organisations_news_release_is_no_news_report() -> None:
    text = ("Human Rights Watch\n\nNews Release\n\nGreece: Migrants Made to Carry Out Pushbacks to Turkey\n\n"
            "(Athens, April 7, 2022) - Greek police are using men from other countries to return asylum seekers, "
            "Human Rights Watch said in a report released today. The minister said the reports were unfounded.\n")
    assert not reports.news_report(text, 2, outlet=True)  # the model took Human Rights Watch for an outlet
    from summariser.procedural import procedural

    assert procedural("The Greek authorities had not responded to a Human Rights Watch request for comment on the "
                      "findings at the time of publication.")


def test_an_outlets_masthead_makes_a_report_and_a_misspelt_name_is_the_texts() -> None:
    story = ("BBC News\n\nIndia and Canada expel top diplomats\n\n14 October 2024\n\n"
             "Canada and India have expelled six of each other's diplomats. Canada is home to many Sikhs.\n")
    assert reports.news_report(story, 2)
    book = build_parties([PartyDraft(name="Nikhil Gupta", kind="person", acts_for="India"),
                          PartyDraft(name="Nikil Gupta", kind="person", acts_for="United States")],
                         "American prosecutors charged an Indian national, Nikhil Gupta, over an alleged plot.")
    from summariser.links import fold_namesakes

    fold_namesakes(book)
    assert [p.name for p in book.parties if p.kind == "person"] == ["Nikhil Gupta"]


QUAD = ("U.S. DEPARTMENT OF STATE\n\nJoint Statement from the Quad Foreign Ministers' Meeting\n\nMEDIA NOTE\n"
        "OFFICE OF THE SPOKESPERSON\nJULY 1, 2025\n\n"
        "The text of the following statement was released by the Foreign Ministers of Australia, India, Japan, and "
        "the United States of America.\n\nBegin Text:\n\nWe condemn the DPRK's continued ballistic missile launches.\n")


def test_the_states_a_media_note_says_released_the_statement_are_its_voice() -> None:
    from summariser.procedural import procedural
    from summariser.voice import checked_voice

    doc, book, voice = parsed(QUAD, PartyDraft(name="U.S. DEPARTMENT OF STATE", kind="government_body",
                                               acts_for="United States"),
                              PartyDraft(name="North Korea", kind="state", acts_for=None),
                              voice="U.S. DEPARTMENT OF STATE")
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "Australia"
    assert procedural(QUAD.split("\n\n")[3])


def test_a_pair_meeting_heading_names_the_other_side_and_a_courtesy_call_states_nothing() -> None:
    from summariser.procedural import procedural

    assert headings.counterpart_phrase("Japan-China Foreign Ministers' Meeting") == "China"
    assert headings.counterpart_phrase("India-Japan Joint Statement") is None
    assert procedural("On the same day, Minister Iwaya also paid a courtesy call on H.E. Mr. LI Qiang, Premier of "
                      "the State Council.")
    assert not cues.plainly_asks("Minister Iwaya also paid a courtesy call on Premier Li Qiang.")


ZELENSKYY = ("Volodymyr Zelenskyy had a phone conversation with President of France Emmanuel Macron\n\n"
             "\"Russia told the whole world that it was observing a ceasefire. The reports from our commanders show "
             "something completely different,\" Volodymyr Zelenskyy emphasized.\n\n"
             "\"If Russia really wants silence, it can prove it with one simple step. We are ready for this. We are "
             "waiting for Moscow's answer,\" the President said.\n")


def test_a_quotation_over_sentences_is_its_tagged_speakers_and_a_condition_is_no_speaker() -> None:
    assert attribution('"If Russia really wants silence, it can prove it with one simple step.') == (False, "")
    assert attribution("If the ceasefire holds, Hamas officials said, the hostages will be freed.")[0]
    doc, book, voice = parsed(ZELENSKYY, PartyDraft(name="Volodymyr Zelenskyy", kind="person", acts_for="Ukraine"),
                              PartyDraft(name="Ukraine", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None), voice="Ukraine")
    by = speakers_by_opening(doc, book, voice)
    assert by['"If Russia rea'] == by["We are ready f"] == "Volodymyr Zelenskyy"
    assert by['"Russia told t'] == "Russia"  # the other side's words inside his quotation stay its own


def test_the_authority_is_the_listed_body_it_shortens() -> None:
    from summariser.issuers import same_body

    book = build_parties([PartyDraft(name="ECOWAS Authority of Heads of State and Government", kind="government_body",
                                     acts_for="Nigeria"),
                          PartyDraft(name="ECOWAS", kind="international_org", acts_for=None)],
                         "The ECOWAS Authority of Heads of State and Government met in Abuja. The Authority condemns "
                         "the attempt to seize power.")
    authority = same_body("Authority", book)
    assert authority is not None and book.by_id(authority.affiliation).name == "ECOWAS"
