"""Conventions of the genres the tool reads, each seen in a document written for this project
and turned into a rule, on who speaks and who the parties are: a briefing's 'QUESTION:'
lines, a correspondent's byline, a readout's bare titles and passive verdicts, a chair's or
an embassy's side, a joint statement's signatories. What is asked and claimed is in
test_genre_asks_and_claims.py."""

from __future__ import annotations

from summariser import asking_sides, cues, rebuttals, reports
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.known_parties import person_in
from summariser.procedural import procedural
from summariser.reading import worth_reading
from summariser.speakers import named_speakers
from tests.test_known_actors import parsed, read_text


def test_a_formally_named_state_is_its_short_name_and_its_government() -> None:
    text = ("Communique of the Council\n\nThe Council met on the situation in the Republic of Varnia.\n\n"
            "1. Calls upon the Government of Varnia to exercise restraint in the north of Varnia;\n")
    doc, book, voice = parsed(text, PartyDraft(name="Council", kind="international_org", acts_for=None),
                              PartyDraft(name="Republic of Varnia", kind="state", acts_for=None),
                              PartyDraft(name="Varnia's neighbours", kind="population", acts_for=None),
                              voice="Council")
    ask = doc.sentences[-1].number
    _, requests, _ = build_items([(ask, SentenceDraft(by="Council", t=["request"], to="Varnia's neighbours"))],
                                 doc, book, Run(), voice)
    assert book.by_id(requests[0].addressee).name == "Republic of Varnia"


def test_a_byline_makes_a_report_and_a_briefings_questions_are_not_read() -> None:
    report = ("Sanctions on Drovia\n\nBy our Brussels correspondent\n\nBRUSSELS, 24 June - The Union imposed "
              "sanctions on Tuesday, officials said. Drovia called them illegal, its embassy said.\n")
    assert reports.news_report(report, 3)
    briefing = read_text("PRESS BRIEFING\n\nQUESTION: Thanks. Drovia says it was attacked. Your response?\n\n"
                         "MR HALE: We reject that account entirely.\n")
    read = [s.text for s in briefing.sentences if worth_reading(s, briefing.text)]
    # (stop 35) what the question reports Drovia as saying is Drovia's claim, which the answer rejects
    assert read == ["Drovia says it was attacked.", "MR HALE: We reject that account entirely."]


def test_a_speaker_named_after_a_quotation_keeps_the_title_that_follows() -> None:
    said, who = attribution('"Drovia is using people as a weapon," said Rita Vale, the UK\'s Minister for Europe.')
    assert said and person_in(who) == ("Rita Vale", "the UK's Minister for Europe")
    assert attribution('"We will respond," said Minister Petrova.') == (True, "Minister Petrova")


def test_passive_verdicts_and_bare_titles_find_their_holder() -> None:
    assert attribution("Drovia's contributions to the fund were praised by the President.") == (True, "the President")
    assert attribution("The baselines announced by Drovia were likewise considered by Ministers to be "
                       "unlawful.") == (True, "Ministers")
    assert attribution("A proposal for a survey, first conveyed last year, was received positively by the "
                       "President, who said he would revert.") == (True, "the President")
    text = ("Readout\n\nPresident Ana Ruiz of Varnia spoke with Chancellor Jon Berg of Drovia. The Chancellor said "
            "Drovia would help. The President also raised Varnia's concerns about the rules. He asked the "
            "Chancellor to support a review.\n")
    doc, book, _ = parsed(text, PartyDraft(name="President Ana Ruiz", kind="person", acts_for="Varnia"),
                          PartyDraft(name="Chancellor Jon Berg", kind="person", acts_for="Drovia"),
                          PartyDraft(name="Varnia", kind="state", acts_for=None),
                          PartyDraft(name="Drovia", kind="state", acts_for=None), voice="Varnia")
    speakers = named_speakers(doc, book)
    raised, asked = (s.number for s in doc.sentences[-2:])
    assert speakers[raised].name == "Ana Ruiz" and speakers[asked].name == "Ana Ruiz"


def test_the_secretary_is_the_one_whose_title_it_is_and_a_group_agent_is_its_first_named() -> None:
    text = ("Readout\n\nSecretary of State Mark Hale spoke today with Philippine Secretary of Foreign Affairs Ramon "
            "Villa and Japanese Foreign Minister Ken Sato. Secretary Villa briefed his counterparts on the incident. "
            "He rejected the charge. The Secretary reaffirmed the treaty. Beijing's description of the mission as a "
            "provocation was dismissed by all three ministers.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Secretary Mark Hale", kind="person", acts_for="United States"),
                          PartyDraft(name="Philippine Secretary of Foreign Affairs Ramon Villa", kind="person",
                                     acts_for="Philippines"),
                          PartyDraft(name="Japanese Foreign Minister Ken Sato", kind="person", acts_for="Japan"),
                          voice="Mark Hale")
    speakers = named_speakers(doc, book)
    briefed, rejected, reaffirmed, dismissed = (s.number for s in doc.sentences[-4:])
    assert procedural(doc.sentence(briefed).text)
    assert speakers[rejected].name == "Ramon Villa"
    assert speakers[reaffirmed].name == "Mark Hale"
    assert speakers[dismissed].name == "Mark Hale"
    assert rebuttals.rebutted_claim(doc.sentence(dismissed).text) == (True, "Beijing")


def test_an_embassy_serves_the_state_its_name_gives_first_and_leaders_of_a_body_are_the_body() -> None:
    text = ("Communique\n\nThe Leaders of the Gulf Cooperation Council States met. The Chinese Embassy in Sweden "
            "has stated its position. We call on Israel, the occupying power, to agree to a ceasefire, and reject "
            "all pretexts offered to justify the siege.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Chinese Embassy in Sweden", kind="government_body", acts_for="Sweden"),
                          PartyDraft(name="Leaders of the Gulf Cooperation Council States", kind="international_org",
                                     acts_for=None), voice="Leaders of the Gulf Cooperation Council States")
    embassy = book.find("Chinese Embassy in Sweden")
    assert book.by_id(embassy.affiliation).name == "China"
    assert book.find("Leaders of the Gulf Cooperation Council States").name == "Gulf Cooperation Council"
    ask = doc.sentences[-1].text
    assert asking_sides.addressee_phrase(ask) == "Israel" and not cues.plainly_asks(ask.split(", and ")[1])


def test_an_unnamed_spokesperson_speaks_for_whom_the_words_name_and_a_centre_is_a_body() -> None:
    text = ("BISHKEK (Wire) - Guards clashed on Thursday, officials said. A spokesperson for the UN Secretary-General "
            "said he was deeply concerned. The UN Regional Centre for Preventive Diplomacy for Central Asia "
            "(UNRCCA) offered its good offices.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Kyrgyzstan", kind="state", acts_for=None))
    speakers = named_speakers(doc, book)
    concerned, offered = (s.number for s in doc.sentences[-2:])
    assert speakers[concerned].name == "United Nations"
    assert speakers[offered].name == "UN Regional Centre for Preventive Diplomacy for Central Asia"


def test_the_government_of_a_state_is_the_state() -> None:
    from summariser.gazetteer import actor_meant

    assert actor_meant("Government of Guyana").name == "Guyana"
    assert actor_meant("the Government of the Republic of Korea").name == "South Korea"
    assert actor_meant("Government of Drovia") is None


def test_a_kremlin_readouts_head_of_state_and_a_titled_guests_state() -> None:
    text = ("Telephone conversation with President of France Emmanuel Macron\n\nVladimir Putin had a telephone "
            "conversation with President of the French Republic Emmanuel Macron. He reaffirmed support for Ukraine. "
            "The French call for a ceasefire was answered by the head of the Russian state with a reminder. "
            "He recalled that the conflict is a consequence of Western policy.\n")
    guest = PartyDraft(name="President of France Emmanuel Macron", kind="person", acts_for="Ukraine")
    doc, book, _ = parsed(text, guest,
                          PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                          PartyDraft(name="France", kind="state", acts_for=None),
                          PartyDraft(name="Russia", kind="state", acts_for=None),
                          PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="Russia")
    macron = book.find("Emmanuel Macron")
    assert book.by_id(macron.affiliation).name == "France"
    speakers = named_speakers(doc, book)
    answered, recalled = (s.number for s in doc.sentences[-2:])
    assert speakers[answered].name == "Vladimir Putin" and speakers[recalled].name == "Vladimir Putin"
    assert asking_sides.addressee_phrase("The President stressed that Tehran must meet its obligations.") == "Tehran"


def test_a_portfolio_after_for_is_part_of_the_title_not_a_name() -> None:
    from summariser.titles import split_title

    hr = "High Representative of the Union for Foreign Affairs and Security Policy"
    assert split_title(hr) == (hr, None)
    assert split_title(f"{hr} Kaja Kallas") == ("Kaja Kallas", hr)
    assert split_title("Minister for Foreign Affairs and Trade Penny Wong") == \
        ("Penny Wong", "Minister for Foreign Affairs and Trade")


def test_a_post_given_as_whom_a_person_serves_makes_no_party() -> None:
    from summariser.parties import build_parties

    text = ("Statement by Helena Marsh, Under-Secretary-General for Humanitarian Affairs and Emergency Relief "
            "Coordinator\n\nWe call on the RSF to let the convoy pass.\n")
    post = "Humanitarian Affairs and Emergency Relief Coordinator, Under-Secretary-General"
    book = build_parties([PartyDraft(name="Helena Marsh", kind="person", acts_for=post)], text)
    assert [p.name for p in book.parties] == ["Helena Marsh"]


def test_a_chair_speaks_for_the_body_whose_meeting_it_chairs() -> None:
    text = ("G7 FOREIGN MINISTERS' MEETING\nStatement by the Chair on the South China Sea\n\nI, Ana Roy, Minister of "
            "Foreign Affairs of Canada, as Chair of the meeting of G7 Foreign Ministers, issue this statement. "
            "Ministers discussed the incident.\n")
    _, book, voice = parsed(text, PartyDraft(name="Canada", kind="state", acts_for=None), voice="Canada")
    assert voice.name == "Chair" and book.by_id(voice.affiliation).name == "G7"


def test_the_prime_minister_and_president_putin_are_two_people() -> None:
    text = ("PM call with President Putin\n\nThe Prime Minister spoke to President Putin of Russia this afternoon. "
            "He said any incursion would be a miscalculation. The Prime Minister and President Putin agreed to "
            "speak again.\n")
    _, book, _ = parsed(text, PartyDraft(name="Prime Minister", kind="person", acts_for="UK"),
                        PartyDraft(name="President Putin", kind="person", acts_for="Russia"),
                        PartyDraft(name="UK", kind="state", acts_for=None), voice="UK")
    assert book.find("Prime Minister") is not book.find("Putin")


def test_spaced_initials_and_a_person_introduced_in_apposition() -> None:
    from summariser.parties import build_parties

    text = ("UNITED NATIONS, March 11 - Izumi Nakamitsu, the U.N. High Representative for Disarmament Affairs, "
            "spoke. Ukraine's envoy, Sergiy Kyslytsya, turned the wording against Russia. He said the labs worked "
            "openly.\n")
    book = build_parties([PartyDraft(name="U. N. High Representative for Disarmament Affairs Izumi Nakamitsu",
                                     kind="person", acts_for="U. N.")], text)
    assert book.parties[0].name == "Izumi Nakamitsu"
    doc, book, _ = parsed(text, PartyDraft(name="Ukraine", kind="state", acts_for=None),
                          PartyDraft(name="Russia", kind="state", acts_for=None))
    assert named_speakers(doc, book)[doc.sentences[-1].number].name == "Sergiy Kyslytsya"


def test_both_sides_of_a_joint_statement_are_its_signatories() -> None:
    text = ("Joint Statement by the Foreign Minister of Varnia and the Foreign Minister of Drovia\n\nThe Ministers "
            "expressed concern at the actions of Turkey and of Cyprus. Both sides reiterated that the memorandum is "
            "void. They rejected Ankara's contention that islands have no zones.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Varnia", kind="state", acts_for=None),
                          PartyDraft(name="Drovia", kind="state", acts_for=None),
                          PartyDraft(name="Turkey", kind="state", acts_for=None), voice="Varnia")
    speakers = named_speakers(doc, book)
    both, they = (s.number for s in doc.sentences[-2:])
    assert speakers[both].name == "Varnia" and speakers[they].name == "Varnia"
    assert rebuttals.rebutted_claim(doc.sentence(they).text) == (True, "Ankara")


def test_an_un_official_issuing_a_statement_serves_no_state() -> None:
    text = ("Statement by Helena Marsh, Under-Secretary-General for Humanitarian Affairs and Emergency Relief "
            "Coordinator\n\nNEW YORK, 14 August 2025\n\nEl Fasher in Sudan is cut off. Sudan must open Adre. "
            "Sudan has not answered.\n")
    _, book, voice = parsed(text, PartyDraft(name="Helena Marsh", kind="person", acts_for=None),
                            PartyDraft(name="Sudan", kind="state", acts_for=None), voice="Helena Marsh")
    from summariser.voice import checked_voice
    speaker = checked_voice(book, voice, [])
    assert speaker.name == "Helena Marsh" and speaker.affiliation is None


def test_a_communiques_operative_paragraph_is_the_issuers() -> None:
    assert attribution("4. Takes note of the assertion by the AFR leadership that its operations protect civilians, "
                       "and stresses that no grievance can justify attacks.") == (False, "")
    assert attribution("3. Demands that the AFR immediately cease hostilities.") == (False, "")
    assert attribution("Brussels said it would keep supporting the effort.") == (True, "Brussels ")


def test_a_state_named_formally_keeps_its_usual_name_as_an_alias() -> None:
    from summariser.keep import prune_parties

    text = "Statement\n\nThe Kingdom of Saudi Arabia condemns the strike and calls on Israel to stop.\n"
    _, book, voice = parsed(text, PartyDraft(name="Kingdom of Saudi Arabia", kind="state", acts_for=None),
                            voice="Kingdom of Saudi Arabia")
    prune_parties(book, [], voice.id)
    assert "Saudi Arabia" in book.parties[0].aliases


def test_a_counterpart_who_shares_views_speaks_and_serves_the_state_his_post_names() -> None:
    text = ("Readout\n\nExternal Affairs Minister Dr. S. Jaishankar met Mr. Wang Yi, Member of the Political Bureau "
            "and Minister of Foreign Affairs of the People's Republic of China, in Astana today. Foreign Minister "
            "Wang Yi shared China's perspectives on the border.\n")
    doc, book, _ = parsed(text, PartyDraft(name="External Affairs Minister Dr. S. Jaishankar", kind="person",
                                           acts_for="India"), voice="India")
    wang = named_speakers(doc, book)[doc.sentences[-1].number]
    assert wang.name == "Wang Yi" and book.by_id(wang.affiliation).name == "China"


def test_a_common_noun_given_as_whom_a_party_serves_is_no_party_and_the_one_asked_speaks() -> None:
    from summariser.parties import build_parties

    book = build_parties([PartyDraft(name="NATO", kind="international_org", acts_for="all allies")],
                         "NATO leaders agreed; all allies pledged more.")
    assert [p.name for p in book.parties] == ["NATO"]
    assert attribution("Asked about Spain, he said Madrid could meet its obligations.") == (True, "he ")


def test_a_white_house_press_secretary_speaks_for_the_united_states_and_a_requirement_asks() -> None:
    from summariser.voice import checked_voice

    text = ("THE WHITE HOUSE\nStatements & Releases\n\nStatement from Press Secretary Karoline Leavitt on the Gaza "
            "Agreement\n\nIsrael and Hamas have signed the first phase. Israel will pull back. Israel will release "
            "prisoners.\n")
    _, book, voice = parsed(text, PartyDraft(name="Israel", kind="state", acts_for=None),
                            PartyDraft(name="Hamas", kind="non_state_group", acts_for=None), voice=None)
    speaker = checked_voice(book, voice, [])
    assert speaker.name == "Karoline Leavitt" and book.by_id(speaker.affiliation).name == "United States"
    ask = "The later phases of the plan require that Hamas disarm and that it have no role in Gaza."
    assert cues.plainly_asks(ask) and asking_sides.addressee_phrase(ask) == "Hamas"


def test_a_formally_named_state_listed_beside_its_short_name_is_one_party_and_a_noted_call_asks_nothing() -> None:
    text = "Republic of Varnia\nMinistry of Foreign Affairs\n\nVarnia rejects the report. Varnia will not yield.\n"
    _, book, _ = parsed(text, PartyDraft(name="Republic of Varnia", kind="state", acts_for=None),
                        PartyDraft(name="Varnia", kind="state", acts_for=None), voice="Republic of Varnia")
    assert book.find("Republic of Varnia") is book.find("Varnia")
    assert not cues.plainly_asks("The call for the release of the suspects is interference in the judiciary.")


def test_the_authorities_in_a_note_on_one_state_are_that_state() -> None:
    text = ("Press briefing notes on Drovia\n\nSpokesperson for the High Commissioner: Ana Ruiz\n\nWe are concerned "
            "by the response of Drovian forces. The authorities have maintained that the detainee died of heart "
            "failure.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Ana Ruiz", kind="person", acts_for=None),
                          PartyDraft(name="Drovia", kind="state", acts_for=None), voice="Ana Ruiz")
    assert named_speakers(doc, book)[doc.sentences[-1].number].name == "Drovia"


def test_a_body_named_with_its_state_serves_it_and_the_authorities_asked_are_the_other_state() -> None:
    from summariser.addressees import addressed

    text = ("U.S. DEPARTMENT OF STATE\n\nPRESS STATEMENT\n\nThe United States condemns the law adopted in Georgia. We "
            "call on the authorities to respect the right to assemble.\n")
    doc, book, _ = parsed(text, PartyDraft(name="U.S. DEPARTMENT OF STATE", kind="government_body", acts_for=None),
                          PartyDraft(name="Georgia", kind="state", acts_for=None), voice="U.S. DEPARTMENT OF STATE")
    department = book.find("U.S. DEPARTMENT OF STATE")
    assert book.by_id(department.affiliation).name == "United States"
    asked = addressed(doc.sentences[-1].text, book, department, None)
    assert [book.by_id(a).name for a in asked] == ["Georgia"]
