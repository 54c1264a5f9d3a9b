"""Conventions of UN briefing notes, wire stories and ministry statements met in documents
written after the eval set (stop 24): each test names the convention and the mistake the
pipeline made before."""

from __future__ import annotations

from summariser import asking_sides
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.known_parties import add_speaker
from summariser.posts import qualified_elsewhere
from tests.test_fresh_statements import _last_sentence_items
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
    from summariser.posts import post_after

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
    from summariser.reading import worth_reading

    text = ("Foreign Ministry Spokesperson's Regular Press Conference\n\n"
            "AFP: The Philippines said Chinese personnel rammed its boats. What is China's response?\n\n"
            "Lin Jian: The operation was professional and lawful. The Philippines bears full responsibility.\n\n"
            "Bloomberg: The Commission plans duties on electric vehicles. Is China considering countermeasures?\n\n"
            "Lin Jian: The investigation is protectionism. China will defend its companies.\n")
    read = " | ".join(s.text for s in read_text(text).sentences if worth_reading(s, text))
    assert "The Commission plans" not in read and "What is China" not in read  # the outlets ask
    # (stop 35) what a question reports another side as saying is that side's claim, which the answer takes up
    assert "The Philippines said" in read
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


def test_a_wires_trailer_is_no_first_person_and_its_story_a_report() -> None:
    from summariser.reports import news_report

    text = ("India rejects Canada's allegation\n\nBy Rhea Mathur\n\nNEW DELHI, Sept 19 (Reuters) - India on Tuesday "
            "dismissed as absurd Trudeau's assertion, the foreign ministry said.\n\n(Reporting by Rhea Mathur; "
            "Editing by Simon Price)\n\nOur Standards: The Thomson Reuters Trust Principles.\n")
    assert news_report(text, 2)  # 'Our Standards' is the wire's, not a voice's 'we'


def test_an_adjective_proposed_asks_nothing() -> None:
    from summariser import cues

    assert not cues.asks("Canada paused talks on a proposed trade agreement with India.")
    assert cues.asks("Russia proposed talks in Istanbul.")


def test_a_post_the_model_listed_as_a_person_is_the_person_it_lists_acting_for_it() -> None:
    text = ("Gulf Cooperation Council\n\nGCC Secretary-General Condemns Houthi Terrorist Attack Targeting Civilian "
            "Facilities in Abu Dhabi\n\nThe Secretary-General of the Gulf Cooperation Council (GCC), H.E. Dr. Nayef "
            "Falah Mubarak Al-Hajraf, condemned the attack.\n\n"
            "Stéphane Dujarric, Spokesman for the Secretary-General\n")
    _, book, _ = parsed(text, PartyDraft(name="Gulf Cooperation Council", kind="international_org", acts_for=None),
                        PartyDraft(name="GCC Secretary-General", kind="person", acts_for="GCC"),
                        PartyDraft(name="H.E. Dr. Nayef Falah Mubarak Al-Hajraf", kind="person",
                                   acts_for="GCC Secretary-General"), voice="GCC")
    people = [(p.name, p.title) for p in book.parties if p.kind == "person"]
    assert people == [("Nayef Falah Mubarak Al-Hajraf", "GCC Secretary-General")]  # no 'Condemns Houthi' either
    _, book, _ = parsed(text, PartyDraft(name="Secretary-General", kind="person", acts_for=None),
                        PartyDraft(name="Stéphane Dujarric", kind="person", acts_for="Secretary-General"),
                        voice="Secretary-General")
    assert book.find("Stéphane Dujarric").title is None  # his spokesman speaks for the post, does not hold it


def test_a_body_a_request_asks_by_its_states_name_is_a_party_of_that_state() -> None:
    said = SentenceDraft(by="Turkey", t=["request"], to=None)
    text = ("Press Release Regarding the Resolution Adopted by the US House of Representatives\n\n"
            "Turkey rejects the resolution. We call on the US Congress to refrain from steps that would harm our "
            "relations.\n")
    book, (_, requests, _) = _last_sentence_items(text, [("Turkey", "state", None)], said, "Turkey")
    asked = book.by_id(requests[0].addressee)
    assert asked.name == "US Congress" and book.by_id(asked.affiliation).name == "United States"
    text = text.replace("the US Congress", "the Parliament")
    book, (_, requests, _) = _last_sentence_items(text, [("Turkey", "state", None)], said, "Turkey")
    assert book.find("Parliament") is None  # whose parliament, the words do not say: no party of its own


def test_a_readouts_opening_and_its_as_follows_are_procedural() -> None:
    from summariser.procedural import procedural

    assert procedural("On January 28, Mr. SUGA Yoshihide, Prime Minister of Japan, held a telephone talk with "
                      "H.E. Mr. Joseph R. Biden, Jr., President of the United States of America.")
    assert procedural("The overview of the talk is as follows.")
    assert not procedural("Prime Minister Suga stated that the Alliance is the foundation of peace.")


def test_whom_to_call_for_more_information_is_no_request() -> None:
    from summariser.reading import worth_reading

    text = ("Press briefing notes on Georgia\n\nWe urge the authorities to engage in dialogue.\n\nENDS\n\n"
            "For more information and media requests, please contact the UN Human Rights Office in Geneva.\n")
    read = [s.text for s in read_text(text).sentences if worth_reading(s, text)]
    assert read == ["We urge the authorities to engage in dialogue."]


EXPERTS = ("Iran: UN experts condemn execution of protesters, urge authorities to halt further death sentences\n\n"
           "GENEVA (13 December 2022) - UN experts* today condemned the execution of two young men in Iran.\n\n"
           "\"We are appalled that the authorities have begun to carry out death sentences,\" the experts said.\n\n"
           "The experts called on the Government to halt all pending executions.\n\n"
           "*The experts: Javaid Rehman, Special Rapporteur on the situation of human rights in the Islamic Republic "
           "of Iran; Morris Tidball-Binz, Special Rapporteur on extrajudicial, summary or arbitrary executions.\n\n"
           "Special Rapporteurs belong to the Special Procedures of the Human Rights Council.\n")


def test_a_release_whose_headline_says_un_experts_speak_is_theirs_and_its_experts_serve_the_un() -> None:
    from summariser.reading import worth_reading
    from summariser.voice import checked_voice

    doc, book, voice = parsed(EXPERTS, PartyDraft(name="Iran", kind="state", acts_for=None),
                              PartyDraft(name="Morris Tidball-Binz", kind="person", acts_for="Iran"), voice="Iran")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert voice.name == "UN experts" and book.by_id(voice.affiliation).name == "United Nations"  # not Iran
    assert book.by_id(book.find("Morris Tidball-Binz").affiliation).name == "United Nations"  # his post says so
    read = " ".join(s.text for s in doc.sentences if worth_reading(s, EXPERTS))
    assert "Special Rapporteurs belong" not in read and "*The experts" not in read  # the release's closing notes


def test_a_states_official_the_text_introduces_as_such_serves_that_state() -> None:
    from summariser.known_parties import ORGANISATION_POST

    text = ("Canada expelled India's high commissioner. India summoned Canada's top diplomat in New Delhi, Stewart "
            "Wheeler, on Monday. Speaking to reporters afterward, Wheeler said Canada had given India evidence.\n")
    _, book, _ = parsed(text, PartyDraft(name="Canada", kind="state", acts_for=None),
                        PartyDraft(name="India", kind="state", acts_for=None),
                        PartyDraft(name="Stewart Wheeler", kind="person", acts_for="India"), voice=None)
    assert book.by_id(book.find("Stewart Wheeler").affiliation).name == "Canada"  # not where he serves
    # a Commonwealth state's high commissioner is its envoy; the UN's High Commissioners are the UN's
    assert not ORGANISATION_POST.search("India's high commissioner") and not ORGANISATION_POST.search(
        "the High Commissioner to Canada")
    assert ORGANISATION_POST.search("The High Commissioner, Volker Türk") and ORGANISATION_POST.search(
        "UN High Commissioner for Refugees")


def test_a_headline_in_title_case_and_a_dateline_in_two_calendars_state_nothing() -> None:
    from summariser.reading import keeps_nothing, worth_reading

    text = ("Meetings Coverage and Press Releases\nFor information media. Not an official record.\n\n"
            "Security Council Splits over Venezuela Crisis, as United States Urges Nations to 'Pick a Side', "
            "Russian Federation Denounces Attempted Coup\n\n"
            "Riyadh, Muharram 19, 1441, September 18, 2019, SPA\n\n"
            "Deputy Government Spokesperson Ulrike Demmer announced:\n\n"
            "Security Council members offered sharply opposing readings of the crisis today.\n")
    read = [s.text for s in read_text(text).sentences if worth_reading(s, text) and not keeps_nothing(s)]
    assert read == ["Security Council members offered sharply opposing readings of the crisis today."]


def test_reporters_named_on_a_line_of_their_own_make_a_report() -> None:
    from summariser.reports import news_report

    text = ("Canada Expels Indian Diplomat Over Sikh Leader's Killing, and India Retaliates\n\n"
            "By Daniel Ferris and Anjali Rao\n\n"
            "Relations between Canada and India plunged on Tuesday.\n")
    assert news_report(text, 1)
    assert not news_report(text.replace("By Daniel Ferris and Anjali Rao", "By order of the Minister"), 1)


def test_the_subject_of_two_coordinated_verbs_asks_not_the_name_inside_the_first() -> None:
    from summariser.attribution import attribution

    sentence = ("Minister Pandor has been in contact with her Nigerian counterpart, Mr Geoffrey Onyeama, Minister of "
                "Foreign Affairs, and has requested the Government of Nigeria to protect South African nationals.")
    assert attribution(sentence) == (True, "Minister Pandor")
    assert attribution("The minister met his counterpart and said that talks would resume.") == (True, "The minister")
    text = ("MEDIA STATEMENT\n\nThe Minister of International Relations and Cooperation, Dr Naledi Pandor, has "
            "decided to close the High Commission in Abuja.\n\n" + sentence + "\n")
    _, book, voice = parsed(text, PartyDraft(name="South Africa", kind="state", acts_for=None),
                            PartyDraft(name="Nigeria", kind="state", acts_for=None), voice="South Africa")
    book.voice = voice
    pandor = add_speaker("Minister Pandor", book)
    assert pandor.name == "Naledi Pandor" and book.by_id(pandor.affiliation).name == "South Africa"


def test_a_readouts_bare_title_is_the_head_whose_office_issued_it() -> None:
    from summariser.speakers import named_speakers

    text = ("PM call with Prime Minister Netanyahu of Israel: 14 July 2024\n\n"
            "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP\n\n"
            "The Prime Minister spoke to Prime Minister Benjamin Netanyahu of Israel this evening.\n\n"
            "Prime Minister Netanyahu thanked him for the call.\n\n"
            "The Prime Minister set out the urgent need for a ceasefire. He said the situation was intolerable.\n\n"
            "The UK would continue working with partners.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Keir Starmer", kind="person", acts_for="UK"),
                              PartyDraft(name="UK", kind="state", acts_for=None),
                              PartyDraft(name="Benjamin Netanyahu", kind="person", acts_for="Israel"),
                              PartyDraft(name="Israel", kind="state", acts_for=None), voice="UK")
    said = {s.text[:20]: p.name for n, p in named_speakers(doc, book, voice).items() if p
            for s in [doc.sentence(n)]}
    assert said["He said the situatio"].endswith("Keir Starmer")  # not the Netanyahu named before


def test_a_transcripts_turn_goes_on_until_the_next_label() -> None:
    from summariser.document import SPEAKER_LABEL
    from summariser.speakers import named_speakers
    from summariser.titles import split_title

    wang = split_title("State Councilor and Foreign Minister Wang Yi")
    assert wang == ("Wang Yi", "State Councilor and Foreign Minister")
    label = SPEAKER_LABEL.match("President of the Central African Republic Faustin-Archange Touadéra (retranslated): "
                                "Mr President,")
    assert label["who"] == "President of the Central African Republic Faustin-Archange Touadéra"
    text = ("Russian-Central African talks\n\n"
            "President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow.\n\n"
            "Our trade is still modest, and there is a lot we can do together.\n\n"
            "President of the Central African Republic Faustin-Archange Touadéra (retranslated): Mr President, "
            "thank you for your hospitality.\n\n"
            "I want to thank the Russian people for the support given to my country.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                              PartyDraft(name="Central African Republic", kind="state", acts_for=None),
                              PartyDraft(name="Faustin-Archange Touadéra", kind="person",
                                         acts_for="Central African Republic"), voice="Russia")
    said = {doc.sentence(n).text[:12]: p.name for n, p in named_speakers(doc, book, voice).items() if p}
    assert said["Our trade is"] == "Vladimir Putin" and said["I want to th"] == "Faustin-Archange Touadéra"


def test_whom_an_offer_is_made_to_is_asked() -> None:

    assert asking_sides.addressee_phrase("We have offered Iran a limited extension of the snapback timeline, "
                                         "on condition that it resume talks.") == "Iran"
    assert asking_sides.addressee_phrase("We offered to help.") is None


def test_a_wire_in_a_datelines_brackets_is_no_acronym_of_the_state() -> None:
    text = ("Mozambique opposition rejects ruling party's win\n\nBy THE ASSOCIATED PRESS\n\n"
            "MAPUTO, Mozambique (AP) - Mozambique's election authority declared Daniel Chapo the winner, officials "
            "said. The Alliance for Renewal (AFR) rejected the result.\n")
    _, book, _ = parsed(text, PartyDraft(name="Mozambique", kind="state", acts_for=None),
                        PartyDraft(name="Alliance for Renewal", kind="non_state_group", acts_for=None), voice=None)
    assert "AP" not in book.find("Mozambique").aliases and "AFR" in book.find("Alliance for Renewal").aliases


def test_an_honour_conferred_is_no_party() -> None:
    from summariser.background import not_an_actor
    from summariser.schema import Party

    assert not_an_actor(Party(id="p1", name="Officer of the Order of the Star of Ghana", kind="person"))
    assert not_an_actor(Party(id="p1", name="Order of Friendship", kind="other"))
    assert not not_an_actor(Party(id="p1", name="Organization of American States", kind="international_org"))


def test_an_accusation_in_the_passive_is_its_agents_and_a_second_call_on_is_an_aside() -> None:
    from summariser.attribution import attribution

    assert attribution("Evan was accused of spying by the Kremlin.") == (True, "the Kremlin")  # not Evan
    assert asking_sides.addressee_phrase("I call on Russia, and on every government that holds Americans "
                                         "wrongfully, to release them now.") == "Russia"


def test_a_pages_from_line_states_nothing_and_first_and_foremost_is_an_aside() -> None:
    from summariser.reading import worth_reading

    text = ("Foreign Secretary statement on Hong Kong arrest warrants\n\n"
            "From: Foreign, Commonwealth & Development Office and The Rt Hon James Cleverly MP\n\n"
            "The United Kingdom will not stand by while the law is used against critics abroad.\n")
    read = [s.text for s in read_text(text).sentences if worth_reading(s, text)]
    assert read == ["The United Kingdom will not stand by while the law is used against critics abroad."]
    assert asking_sides.addressee_phrase("He called on the international community, first and foremost the UN Security "
                                 "Council, to act.") == "the international community"
