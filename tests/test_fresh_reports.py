"""Conventions of news reports, wire stories and briefings met in documents written after the
eval set (stop 23): each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import own_asks, reports
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.people import person_in
from tests.test_fresh_statements import _last_sentence_items
from tests.test_known_actors import parsed


def test_a_news_outlet_the_model_took_for_the_voice_only_publishes_the_story() -> None:
    story = ("AL JAZEERA\n\nNews | Qatar-Gulf Crisis\n\nQatar rejects UAE claim its jets intercepted planes\n\n"
             "Qatar has dismissed as untrue an allegation by the UAE. Doha swiftly rejected that account.\n")
    assert reports.news_report(story, 3, outlet=True)
    assert not reports.news_report(story + "We consider these accusations unfounded.\n", 4, outlet=True)


def test_where_or_how_it_was_said_is_no_speaker_and_a_body_is_no_person() -> None:
    from summariser.attribution import attribution
    from summariser.known_parties import add_speaker

    assert attribution("In letters to UN Secretary-General Antonio Guterres and the Security Council, Doha said a "
                       "UAE plane had entered Qatari airspace.") == (True, "Doha ")
    assert person_in("The UAE's General Civil Aviation Authority (GCAA) ") is None  # not a person 'UAE's General'
    _, book, _ = parsed("The UAE's General Civil Aviation Authority said Qatari jets intercepted two planes.\n",
                        PartyDraft(name="United Arab Emirates", kind="state", acts_for=None),
                        PartyDraft(name="Qatar", kind="state", acts_for=None), voice=None)
    body = add_speaker("The UAE's General Civil Aviation Authority ", book)
    assert body.kind == "government_body" and book.by_id(body.affiliation).name == "United Arab Emirates"


def test_in_a_report_the_office_that_said_is_the_office_a_lead_in_named_and_contributors_are_no_parties() -> None:
    from summariser.background import named_only_in_credits
    from summariser.schema import Party
    from summariser.speakers import named_speakers

    text = ("Netanyahu's office accuses Hamas of backtracking\n\n"
            "JERUSALEM (AP) - Israeli Prime Minister Benjamin Netanyahu's office on Thursday accused Hamas of "
            "walking back parts of the agreement.\n\n"
            "\"Hamas is reneging on understandings it reached with the mediators,\" the office said in a statement.\n\n"
            "Associated Press writer Nadia Fathy in Cairo contributed to this report.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Israel", kind="state", acts_for=None),
                          PartyDraft(name="Hamas", kind="non_state_group", acts_for=None),
                          PartyDraft(name="Benjamin Netanyahu", kind="person", acts_for="Israel"), voice=None)
    speakers = named_speakers(doc, book, None)
    quoted = next(s.number for s in doc.sentences if s.text.startswith('"Hamas'))
    assert speakers[quoted].name == "Benjamin Netanyahu"  # not Hamas, the quotation's subject
    assert named_only_in_credits(Party(id="p9", name="Nadia Fathy", kind="media"), text)


def test_a_briefings_labelled_question_and_a_dateline_with_its_country_are_nobodys_words() -> None:
    from summariser.datelines import wire_dateline_end
    from summariser.document import split_sentences
    from summariser.reading import worth_reading

    text = ("MINISTRY OF FOREIGN AFFAIRS\n\n(Excerpt: Questions and Answers)\n\n"
            "Question (Asad Mehmood, PTV World): Last week New Delhi announced that it is holding the treaty in "
            "abeyance. How does Pakistan view this step?\n\n"
            "Spokesperson: The Indus Waters Treaty is a binding international agreement.\n")
    read = [s.text[:16] for s in split_sentences(text) if worth_reading(s, text)]
    assert read == ["Spokesperson: Th"]  # the journalist's two sentences are not read
    lead = "Addis Ababa, Ethiopia, 27 July 2023 - The Chairperson of the Commission has learned of the coup."
    assert lead[wire_dateline_end(lead):].startswith("The Chairperson")  # Addis Ababa is where, not who


def test_a_report_that_opens_with_a_titled_name_is_read_and_a_salutation_is_not() -> None:
    from summariser.procedural import procedural

    assert not procedural("Mr Lin urged Manila to stop what he called its provocations at sea.")
    assert not procedural("Mr Grossi said the Agency's continuity of knowledge was at serious risk.")
    assert procedural("Mr. President of the General Assembly, Mr. Secretary-General, distinguished delegates.")
    assert procedural("Excellencies, ladies and gentlemen,")


def test_a_wires_credit_line_is_not_read_and_never_leaves_an_empty_paraphrase() -> None:
    from summariser import wording
    from summariser.background import credits_line

    credit = "(Reporting by Lotte Verhoeven in The Hague and Reuters staff in Bangkok; Editing by Simon Carrow)"
    assert credits_line(credit)
    assert not credits_line("The court said it had reporting duties.")
    # a stance all in parentheses had been worded as '' and failed the whole document's validation
    assert wording.statement(credit, ["Netherlands", "The Hague"]).strip()
    assert wording.statement("(He said nothing more.)", ["He"]).strip()


def test_a_body_a_lead_in_names_is_read_past_has_already_and_a_post_held_at_the_un_serves_its_state() -> None:
    from summariser.speakers import named_speakers

    text = ("MINISTRY OF FOREIGN AFFAIRS OF UKRAINE\n\nStatement of the Ministry on the strike on Kyiv\n\n"
            "The Russian Ministry of Defence has already claimed that the hospital was hit by a Ukrainian missile. "
            "\"This Commission has no interest in the truth,\" said Ambassador Meirav Eilon Shahar, Israel's "
            "Permanent Representative to the UN in Geneva.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ukraine", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="Israel", kind="state", acts_for=None),
                              PartyDraft(name="Ambassador Meirav Eilon Shahar", kind="person", acts_for=None),
                              voice="Ukraine")
    speakers = named_speakers(doc, book, voice)
    claimed = next(s.number for s in doc.sentences if s.text.startswith("The Russian"))
    assert speakers[claimed].name == "Russian Ministry of Defence"  # not the issuer's 'the Ministry'
    assert book.by_id(speakers[claimed].affiliation).name == "Russia"
    assert book.find("Meirav Eilon Shahar").affiliation != book.find("United Nations").id


def test_a_press_secretarys_no_comment_asks_nothing_and_a_concession_is_the_voices() -> None:
    from summariser.attribution import attribution

    assert own_asks.own_resolve("I would like to refrain from commenting on each of them.")
    assert not own_asks.own_resolve("We would like to urge Israel to stop the strikes.")
    assert attribution("Whatever the Chinese side says about its intentions, the violation itself is an established "
                       "fact.") == (False, "")  # not the Chinese side's words


def test_an_afp_slug_is_a_credit_and_a_plural_possessive_is_no_part_of_a_name() -> None:
    from summariser.background import credits_line

    assert credits_line("bur-ola/lc") and credits_line("jm/jj")
    assert not credits_line("The vote was held on 25 February.")
    text = ("Statement by the Government of the United Kingdom\n\nWe condemn the sentences. The Hong Kong "
            "authorities' claim that these individuals conspired to subvert state power is baseless.\n")
    said = SentenceDraft(by="United Kingdom", t=["claim"], to="China")
    drafts = [("United Kingdom", "state", None), ("China", "state", None)]
    book, (_, _, claims) = _last_sentence_items(text, drafts, said, "United Kingdom")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Hong Kong authorities"]  # no trailing apostrophe
