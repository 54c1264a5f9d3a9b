"""Conventions of UN briefing notes, wire stories and ministry statements met in documents
written after the eval set (stop 24): each test names the convention and the mistake the
pipeline made before."""

from __future__ import annotations

from summariser.drafts import PartyDraft
from summariser.known_parties import add_speaker
from summariser.people import qualified_elsewhere
from tests.test_known_actors import parsed, read_text

OHCHR = ("Press briefing notes on Georgia\n\n"
         "Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani\n\n"
         "We are deeply alarmed by the use of force against protesters in Georgia.\n\n"
         "The High Commissioner, Volker Türk, urges the Georgian authorities to release those detained.\n")


def test_a_bare_title_takes_the_one_actor_the_text_puts_on_it_elsewhere() -> None:
    assert qualified_elsewhere("The High Commissioner,", OHCHR, "Volker Türk").name == "United Nations"
    two = "The US President spoke with the French President. The President, Joe Biden, said so."
    assert qualified_elsewhere("The President,", two, "Joe Biden") is None  # two states' presidents: no one side
    alone = "The High Commissioner, Volker Türk, said."
    assert qualified_elsewhere("The High Commissioner,", alone, "Volker Türk") is None
    starmer = "Prime Minister Keir Starmer spoke to Israeli Prime Minister Benjamin Netanyahu."
    assert qualified_elsewhere("Prime Minister", starmer, "Keir Starmer") is None  # another's title
    _, book, _ = parsed(OHCHR, PartyDraft(name="Ravina Shamdasani", kind="person", acts_for="United Nations"),
                        PartyDraft(name="Georgia", kind="state", acts_for=None), voice="Ravina Shamdasani")
    turk = add_speaker("The High Commissioner, Volker Türk,", book)
    assert turk.name == "Volker Türk" and book.by_id(turk.affiliation).name == "United Nations"  # not unlinked


def test_a_rebuttal_whose_heading_names_its_accusers_is_not_their_voice() -> None:
    from summariser.voice import checked_voice

    text = ("Foreign Ministry Spokeswoman's answer to a media question concerning accusations by the Netherlands "
            "and the United Kingdom of Russian cyber activity\n\n"
            "The Dutch side asserts that four Russians parked a car next to the building. We reject these "
            "allegations. The Russian citizens were on a routine trip.\n\n"
            "London, for its part, claims that the same service hacked the agency.\n\n"
            "We call on the Netherlands to end this campaign, as Russia has long proposed.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Netherlands", kind="state", acts_for=None),
                              PartyDraft(name="United Kingdom", kind="state", acts_for=None), voice="Netherlands")
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "Russia"  # not London, not The Hague


def test_a_turn_set_off_by_commas_leaves_its_subject_the_speaker() -> None:
    from summariser.attribution import attribution

    assert attribution("London, for its part, claims that the same service hacked the agency.") == (True, "London ")
    assert attribution("Moscow, on its side, insists that nothing happened.")[0]
    # a judgement of what another said is the voice's own: 'What X has said does not reflect the facts'
    assert attribution("What the Philippines has said does not reflect the facts.") == (False, "")
    assert attribution("The minister said what he thought.") == (True, "The minister ")


def test_the_one_instructed_speaks_not_the_one_who_instructed() -> None:
    from summariser.attribution import attribution

    said = attribution("Accordingly, on the instructions of the President of the Republic, Andrés Manuel López "
                       "Obrador, Foreign Secretary Alicia Bárcena announced the rupture of relations with Ecuador.")
    assert said == (True, "Foreign Secretary Alicia Bárcena ")


MEXICO = ("Press Release No. 141\nMexico City, April 5, 2024\n\n"
          "Ecuadorian police forced their way into the Embassy of Mexico in Quito.\n\n"
          "Accordingly, on the instructions of the President of the Republic, Andrés Manuel López Obrador, Foreign "
          "Secretary Alicia Bárcena announced the immediate rupture of diplomatic relations with the Republic of "
          "Ecuador.\n")


def test_a_states_statement_names_its_own_officials_by_bare_titles() -> None:
    from summariser.people import post_after

    # a post is a noun phrase: not the clause that goes on to another's name and verb
    assert "Ecuador" not in post_after("Andrés Manuel López Obrador", MEXICO)
    _, book, voice = parsed(MEXICO, PartyDraft(name="Mexico", kind="state", acts_for=None),
                            PartyDraft(name="Ecuador", kind="state", acts_for=None), voice="Mexico")
    book.voice = voice
    head = add_speaker("the President of the Republic, Andrés Manuel López Obrador", book)
    minister = add_speaker("Foreign Secretary Alicia Bárcena", book)
    assert book.by_id(head.affiliation).name == book.by_id(minister.affiliation).name == "Mexico"
    book.voice = None  # a report speaks for nobody: a bare title there says nothing of whose
    assert add_speaker("Foreign Minister Ana Ruiz", book).affiliation is None


def test_a_spokesperson_tied_to_the_side_the_first_person_answers_speaks_for_the_voice() -> None:
    from summariser.voice import checked_voice

    text = ("Official Spokesperson's response to media queries regarding an arrest in Bangladesh\n\n"
            "In response to media queries regarding the arrest of Shri Chinmoy Krishna Das in Bangladesh, the "
            "Official Spokesperson, Shri Randhir Jaiswal, said:\n\n"
            "\"We have noted with deep concern the arrest. We urge the Government of Bangladesh to ensure the "
            "safety of all minorities. India will follow the case closely.\"\n")
    doc, book, voice = parsed(text, PartyDraft(name="Shri Randhir Jaiswal", kind="person", acts_for="Bangladesh"),
                              PartyDraft(name="Bangladesh", kind="state", acts_for=None),
                              PartyDraft(name="India", kind="state", acts_for=None), voice="India")
    checked_voice(book, voice, [s.text for s in doc.sentences])
    assert book.by_id(book.find("Randhir Jaiswal").affiliation).name == "India"


def test_a_wire_that_a_speaker_talks_to_holds_nothing() -> None:
    from summariser.background import only_reports
    from summariser.schema import Party

    text = ("Speaking to the Reuters news agency, he said soldiers had crossed the border. "
            "The leader told Reuters the airport was a target.\n")
    assert only_reports(Party(id="p1", name="Reuters", kind="media"), text)
    assert not only_reports(Party(id="p1", name="Reuters", kind="media"), "Reuters reported that troops moved.")


def test_an_outlet_that_only_asks_in_a_transcript_is_a_question() -> None:
    from summariser.pipeline import worth_reading

    text = ("Foreign Ministry Spokesperson's Regular Press Conference\n\n"
            "AFP: The Philippines said Chinese personnel rammed its boats. What is China's response?\n\n"
            "Lin Jian: The operation was professional and lawful. The Philippines bears full responsibility.\n\n"
            "Bloomberg: The Commission plans duties on electric vehicles. Is China considering countermeasures?\n\n"
            "Lin Jian: The investigation is protectionism. China will defend its companies.\n")
    read = " | ".join(s.text for s in read_text(text).sentences if worth_reading(s, text))
    assert "The Philippines said" not in read and "The Commission plans" not in read  # the outlets ask
    assert "The operation was" in read and "The investigation is" in read and "China will defend" in read


def test_a_post_holder_of_the_secretary_general_serves_the_un_and_the_sg_speaks() -> None:
    text = ("Statement attributable to the Spokesperson for the Secretary-General - on Myanmar\n\n"
            "The Secretary-General strongly condemns the executions. His Special Envoy on Myanmar, Noeleen Heyzer, "
            "will continue to work closely with the Association of Southeast Asian Nations (ASEAN).\n\n"
            "Stéphane Dujarric, Spokesman for the Secretary-General\n\nNew York, 25 July 2022\n")
    _, book, voice = parsed(text, PartyDraft(name="Secretary-General", kind="government_body", acts_for=None),
                            PartyDraft(name="New York", kind="other", acts_for=None),
                            PartyDraft(name="Noeleen Heyzer", kind="person", acts_for="Myanmar"),
                            PartyDraft(name="Myanmar", kind="state", acts_for=None),
                            PartyDraft(name="ASEAN", kind="international_org", acts_for=None),
                            voice="Secretary-General")
    assert voice.name == "Secretary-General" and book.issuer is voice  # not a 'Spokesperson for ...' party
    assert book.by_id(voice.affiliation).name == "United Nations"  # the heading's post, not ASEAN
    assert book.by_id(book.find("Noeleen Heyzer").affiliation).name == "United Nations"  # not Myanmar
    assert book.find("New York").kind == "other"  # a place on the line below the title names no one


def test_a_british_style_is_no_part_of_a_name() -> None:
    from summariser.parties import build_parties

    text = "From: The Rt Hon Sir Keir Starmer KCB KC MP\n\nThe Prime Minister spoke to Keir Starmer's host.\n"
    book = build_parties([PartyDraft(name="The Rt Hon Sir Keir Starmer KCB KC MP", kind="person", acts_for=None)],
                         text)
    assert [p.name for p in book.parties] == ["Keir Starmer"]
