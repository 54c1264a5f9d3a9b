"""What a heading says: who issues the document, whom it spoke with or answers, its genre;
and how that settles the voice and the issuer's side."""

from __future__ import annotations

import pytest

from summariser import headings
from summariser.drafts import PartyDraft
from summariser.known_parties import complete_book
from summariser.parties import build_parties
from tests.test_known_actors import parsed, read_text


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("Statement by the Ministry of Foreign Affairs of the Republic of Serbia concerning the accusations",
         "Ministry of Foreign Affairs of the Republic of Serbia"),
        ("MOSCOW, 17 July 2023 \u2013 Statement by the Ministry of Foreign Affairs of the Russian Federation on "
         "the Black Sea Initiative", "Ministry of Foreign Affairs of the Russian Federation"),
        ("Statement of the Ministry of Foreign Affairs of Ukraine (18.07.2023)",
         "Ministry of Foreign Affairs of Ukraine"),
        ("Statement by the Government Spokesperson, Yolande Makolo", "Government Spokesperson, Yolande Makolo"),
        ("Press release, 30 June 2023", None),
        ("Declaration of the EU-CELAC Summit 2023", None),
        ("The statement by the minister was read out.", None),
        # a speech's heading names its speaker
        ("Address by the President of Ukraine, Volodymyr Zelensky, at the general debate of the General Assembly",
         "President of Ukraine, Volodymyr Zelensky"),
        ("Excerpt from the National Day address by President Tsai Ing-wen, delivered in Taipei",
         "President Tsai Ing-wen"),
        ("In his address to the nation, the president said he would fight.", None),
        ("The following is attributable to Spokesperson Tammy Bruce:", "Spokesperson Tammy Bruce"),
        ("The following is attributed to Spokesperson Dana Varga:", "Spokesperson Dana Varga"),
        ("Statement attributable to the Spokesperson for the Secretary-General on the situation in Chad",
         "Spokesperson for the Secretary-General"),
        ("Statement attributable to the Spokesperson for the Secretary-General on Haiti",
         "Spokesperson for the Secretary-General"),
        # a region's label before the heading; an official who speaks for a body
        ("Georgia: Statement by the High Representative on behalf of the European Union on the adoption of the law",
         "European Union"),
        # the issuer named before the document's kind, in a title; not in a news headline
        ("Georgia: Council conclusions on the democratic backsliding", "Council"),
        ("NATO Statement on the attack on the port", "NATO"),
        ("G7 Foreign Ministers' Statement on the Red Sea", "G7 Foreign Ministers"),  # the most specific actor
        ("Joint Statement on Ukraine", None),
        ("Department Press Statement: On false claims", None),
        ("Press statement, 22 December 2023", None),
        ("Kremlin statement angers Kyiv", None),
        ("Joint Statement by the Prime Minister of India and the President of the French Republic", None),
        ("Address by the President of the Republic of Lirania to the National Assembly",
         "President of the Republic of Lirania"),
        # a summit's communiqué: the body that met issues it
        ("Final Communiqué of the Extraordinary Summit of the ECOWAS Authority of Heads of State and Government "
         "on Guinea-Bissau", "ECOWAS Authority of Heads of State and Government"),
        # a readout of one side's call: whose call it is issues it
        ("Readout of the Prime Minister's call with President Ruto of Kenya", "Prime Minister"),
        ("President Varga's Meeting with Prime Minister Ilves of Estonia", "President Varga"),
    ],
)
def test_the_issuer_a_heading_names(heading: str, issuer: str | None) -> None:
    assert headings.issuer_phrase(heading) == issuer


def test_the_side_a_readout_says_its_issuer_called_is_not_the_issuers() -> None:
    text = ("Readout of the Prime Minister's call with President Ruto of Kenya\n\n"
            "The Prime Minister spoke to President William Ruto of Kenya today. The leaders discussed Sudan.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Prime Minister", kind="person", acts_for="Kenya"),
                              PartyDraft(name="William Ruto", kind="person", acts_for="Kenya"),
                              PartyDraft(name="Kenya", kind="state", acts_for=None), voice="Kenya")
    assert headings.counterpart_phrase(text.splitlines()[0]) == "President Ruto of Kenya"
    assert voice.name == "Prime Minister" and voice.affiliation != book.find("Kenya").id


def test_the_one_a_heading_says_was_called_is_not_the_voice() -> None:
    from summariser.voice import checked_voice

    text = ("Telephone conversation with President of Varnia Ivo Petrov\n\n"
            "Vladimir Putin had a telephone conversation with President of Varnia Ivo Petrov. "
            "Putin stressed that Russia's security interests must be heard. Russia is open to talks.\n")
    book = build_parties([PartyDraft(name="Ivo Petrov", kind="person", acts_for="Varnia"),
                          PartyDraft(name="Varnia", kind="state", acts_for=None),
                          PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russian side"),
                          PartyDraft(name="Russian side", kind="state", acts_for=None)], text)
    doc = read_text(text)
    voice = checked_voice(book, complete_book(book, "Varnia"), [s.text for s in doc.sentences])
    # the one who placed the call (stop 42: the most specific actor, on Russia's side)
    assert voice is not None and voice.name == "Vladimir Putin"
    assert book.by_id(voice.affiliation).name in ("Russia", "Russian side")


def test_a_heading_that_answers_someones_remarks_names_the_other_side() -> None:
    heading = "Official Spokesperson's response to media queries on remarks by Varnia's Foreign Minister at the UN"
    assert headings.counterpart_phrase(heading) == "Varnia's Foreign Minister at the UN"


def test_an_issuer_whose_heading_names_its_state_by_adjective_acts_for_that_state() -> None:
    text = ("Comment by the Information and Press Department of the Russian Foreign Ministry on Estonia\n\n"
            "The Estonian side claims that the diplomat spied. We strongly protest.\n")
    _, book, voice = parsed(text, PartyDraft(name="Estonian side", kind="state", acts_for="Estonia"), voice="Estonia")
    assert voice.name == "Information and Press Department of the Russian Foreign Ministry"
    assert book.by_id(voice.affiliation).name == "Russia"


@pytest.mark.parametrize(("heading", "genre"), [
    ("Statement by the Spokesperson of the Ministry of Foreign Affairs of Vietnam", "statement"),
    ("Georgia: Statement by the High Representative on behalf of the EU", "statement"),
    ("Joint Statement between India and the United Arab Emirates", "joint_statement"),
    ("Readout of the Prime Minister's call with President Ruto of Kenya", "readout"),
    ("Telephone conversation with President of France Emmanuel Macron", "readout"),
    ("Egypt and Sudan reject Ethiopia's plan for fifth filling of dam", None),
    ("Foreign Ministry Spokesperson Lin Jian's Remarks on the Statement by the U.S. Department of State", "statement"),
    ("Foreign Ministry Spokesperson's Regular Press Conference on May 5", "statement"),
    ("Remarks by the Spokesperson of the Ministry of Foreign Affairs of Viet Nam on the incident", "statement"),
    ("Sanctioning Networks Supplying the War\n\nPress Statement\nDana Varga, Department Spokesperson", "statement"),
])
def test_the_genre_a_heading_gives(heading: str, genre: str | None) -> None:
    assert headings.heading_genre(heading + "\n\nText.") == genre


def test_a_press_statement_is_issued_by_the_body_before_it() -> None:
    assert headings.issuer_phrase("Security Council Press Statement on Attack in Mali") == "Security Council"
    assert headings.issuer_phrase("European Commission Press release - Sanctions") == "European Commission"
    assert headings.issuer_phrase("Hostage release on Monday") is None


def test_a_readout_that_names_only_the_other_side_speaks_for_the_caller() -> None:
    text = ("Telephone conversation with President of Varna Ion Duma\n\nPiotr Holm had a telephone conversation "
            "with President of Varna Ion Duma.\n\nThe two leaders discussed the grain deal.\n")
    _, book, voice = parsed(text, PartyDraft(name="Ion Duma", kind="person", acts_for="Varna"),
                            PartyDraft(name="Piotr Holm", kind="person", acts_for="Drovia"), voice=None)
    assert voice is not None and voice.name == "Piotr Holm"
    _, _, voice = parsed(text.replace("Telephone conversation with", "Talks in Varna:"),
                         PartyDraft(name="Piotr Holm", kind="person", acts_for="Drovia"), voice=None)
    assert voice is None  # a heading that names nobody spoken with: no caller is looked for


def test_a_rebuttal_whose_claimant_goes_unnamed_answers_the_one_its_heading_names() -> None:
    from summariser.assemble import Run, build_items
    from summariser.drafts import SentenceDraft

    text = ("Response to the statement by the Prime Minister of Drovia in the Parliament\n\n"
            "Allegations of the Government of Varna's involvement in the attack are absurd and motivated.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Varna", kind="state", acts_for=None),
                              PartyDraft(name="Drovia", kind="state", acts_for=None),
                              PartyDraft(name="Tarsia", kind="state", acts_for=None), voice="Varna")
    assert headings.answered_in(text) == "Prime Minister of Drovia in the Parliament"
    found = [(2, SentenceDraft(by="Varna", t=["position"], to="Tarsia"))]  # the model's guess: Tarsia
    _, _, [claim] = build_items(found, doc, book, Run(), voice)
    assert book.by_id(claim.asserted_by).name == "Drovia" and claim.status == "denied"
    assert claim.disputed_by == [book.find("Varna").id]


def test_an_issuer_the_heading_names_by_surname_is_the_listed_person_named_in_full() -> None:
    text = ("Secretary Pike's Call with Varnan Foreign Minister Ion Duma\n\n"
            "Secretary of State Rowan J. Pike spoke today with Varnan Foreign Minister Ion Duma.\n")
    _, book, voice = parsed(text, PartyDraft(name="Secretary Pike", kind="person", acts_for="Drovia"),
                            PartyDraft(name="Ion Duma", kind="person", acts_for="Varna"), voice=None)
    assert voice.name == "Rowan J. Pike"
    assert [p.name for p in book.parties if p.kind == "person"].count("Rowan J. Pike") == 1
    assert not any(p.name == "Pike" for p in book.parties)


def test_what_a_title_only_issuers_heading_is_about_is_no_name() -> None:
    text = ("Statement by the Spokesperson of the Ministry of Foreign Affairs on U.S. Arms Sales to Varna\n\n"
            "The move gravely violates our sovereignty.\n")
    _, book, voice = parsed(text, PartyDraft(name="Spokesperson of the Ministry of Foreign Affairs", kind="person",
                                             acts_for=None))
    assert voice.name == "Spokesperson of the Ministry of Foreign Affairs"
    assert book.find("Arms Sales") is None


def test_a_title_the_model_listed_as_a_body_is_the_person_the_text_gives_it() -> None:
    text = ("Prime Minister's telephone conversation with President of Varna\n\n"
            "Prime Minister Shri Ravi Nath spoke on the phone today with President Ion Duma. President Duma "
            "briefed the Prime Minister on the conflict.\n")
    _, book, voice = parsed(text, PartyDraft(name="Prime Minister", kind="government_body", acts_for="Drovia"),
                            PartyDraft(name="Shri Ravi Nath", kind="person", acts_for="Drovia"), voice="Drovia")
    assert (voice.name, voice.title) == ("Ravi Nath", "Prime Minister")  # 'Shri' is an honorific
    assert book.find("Prime Minister") is voice and len([p for p in book.parties if p.kind == "person"]) == 1


def test_an_issuer_before_a_dash_and_the_topic_has_no_dash() -> None:
    heading = "Statement attributable to the Spokesperson for the Secretary-General \u2013 on Sudan"
    assert headings.issuer_phrase(heading) == "Spokesperson for the Secretary-General"
