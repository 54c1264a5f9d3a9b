"""Conventions met in documents written after the eval set (stop 26): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import headings
from summariser.attribution import attribution
from summariser.cues import FIRST_PERSON, plainly_asks
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actors_in
from summariser.naming import speaker_in
from summariser.people import person_in
from summariser.procedural import procedural
from summariser.reading import contacts_start, worth_reading
from summariser.schema import Party
from summariser.speakers import named_speakers
from summariser.titles import split_title, with_first_name
from summariser.voice import checked_voice
from tests.test_fresh_statements import _last_sentence_items
from tests.test_known_actors import parsed, read_text

NAVALNY = ("UK sanctions prison chiefs\n\n"
           "The UK has today frozen the assets of six officials of the penal colony where Alexei Navalny died.\n\n"
           "Calls for an independent inquiry have also come from the UN High Commissioner for Human Rights, whose "
           "office said the Russian authorities must establish the circumstances of his death.\n")


def test_a_call_that_came_from_someone_is_theirs_not_the_publishers() -> None:
    assert attribution("Condemnation came swiftly from Washington.") == (True, "Washington")
    assert attribution("Support for the plan came from Brazil and Mexico.") == (True, "Brazil")
    # a communiqué's operative paragraph and a cause that 'comes from' a thing name no speaker
    assert attribution("Calls on all parties to cease hostilities.") == (False, "")
    assert attribution("The concern comes from reports of shelling.") == (False, "")
    book, (_, requests, _) = _last_sentence_items(
        NAVALNY, [("UK", "state", None), ("Russia", "state", None)],
        SentenceDraft(by="UK", t=["request"], to="Russia"), voice="UK")
    assert [book.by_id(r.requester).name for r in requests] == ["UN High Commissioner for Human Rights"]


QURAN = ("No: 19, 21 January 2023, Press Release Regarding the Burning of a Copy of the Holy Quran in Stockholm\n\n"
         "We strongly condemn the vile attack carried out today in Stockholm, in front of our Embassy.\n\n"
         "We call on the Swedish Government to take the necessary measures against the perpetrators.\n\n"
         "Türkiye will continue to follow the matter closely.\n")


def test_a_state_named_by_its_word_before_a_capitalised_government_is_that_state() -> None:
    assert speaker_in("the Swedish Government", [Party(id="p1", name="Sweden", kind="state")]).name == "Sweden"
    # so a release that calls on 'the Swedish Government' is not Sweden's voice, but the state it names itself
    doc, book, voice = parsed(QURAN, PartyDraft(name="Sweden", kind="state", acts_for=None), voice="Sweden")
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "Türkiye"


def test_he_after_a_call_that_came_from_a_body_is_the_one_who_urged_in_it() -> None:
    text = ("Ethiopia and Somalia trade accusations\n\n"
            "Calls for restraint came from the African Union, whose commission chairperson Moussa Faki Mahamat urged "
            "the two governments to engage in dialogue. He said the sovereignty of all AU member states should be "
            "respected.\n")
    doc, book, voice = parsed(text, PartyDraft(name="African Union", kind="international_org", acts_for=None),
                              PartyDraft(name="Moussa Faki Mahamat", kind="person", acts_for="African Union"),
                              PartyDraft(name="Ethiopia", kind="state", acts_for=None), voice=None)
    said = named_speakers(doc, book, voice)
    assert [said[s.number].name for s in doc.sentences[1:]] == ["African Union", "Moussa Faki Mahamat"]


def test_what_those_who_call_for_ask_is_no_request_and_presenting_as_is_a_claim() -> None:
    assert not plainly_asks("Amendments, which penalise those who call on citizens not to vote, narrowed the space.")
    assert plainly_asks("The EU calls on the Cambodian government to reopen political space.")
    assert attribution("The Cambodian authorities have presented the elections as free and fair.") == (
        True, "The Cambodian authorities have ")
    assert attribution("The report was presented as evidence.") == (False, "")
    # 'The EU' is the whole lead-in: the EU speaks, whatever the model named
    parties = [Party(id="p1", name="EU", kind="international_org"), Party(id="p2", name="UN", kind="international_org")]
    assert speaker_in("The EU ", parties).name == "EU"
    assert speaker_in("all UN member states", parties) is None  # a two-letter name inside others names no party


def test_a_post_that_ends_in_its_portfolio_names_nobody() -> None:
    assert split_title("Minister of Justice and Correctional Services") == (
        "Minister of Justice and Correctional Services", None)  # not a person 'Correctional Services'
    assert split_title("Head of Public Diplomacy") == ("Head of Public Diplomacy", None)
    assert split_title("Dr Naledi Pandor") == ("Naledi Pandor", "Dr")
    assert person_in("the Minister of Justice and Correctional Services, Mr Ronald Lamola") == (
        "Ronald Lamola", "Minister of Justice and Correctional Services")
    assert person_in("Minister of International Relations and Cooperation") is None
    # a body ends the title when a name follows it
    assert split_title("Official Representative of the Russian Foreign Ministry Maria Zakharova") == (
        "Maria Zakharova", "Official Representative of the Russian Foreign Ministry")
    assert split_title("Head of the Presidential Office") == ("Head of the Presidential Office", None)


def test_one_states_delegate_is_not_anothers_and_a_person_named_as_a_state_is_the_state() -> None:
    parties = [Party(id="p1", name="Rwanda's Delegate", kind="person"), Party(id="p2", name="Rwanda", kind="state")]
    assert speaker_in("France's delegate ", parties) is None  # not the listed "Rwanda's Delegate"
    assert speaker_in("Rwanda's delegate ", parties).name == "Rwanda's Delegate"
    text = "Security Council meets on Goma\n\nThe representative of Sierra Leone called for a ceasefire.\n"
    _, book, _ = parsed(text, PartyDraft(name="Sierra Leone", kind="person", acts_for=None), voice=None)
    assert book.find("Sierra Leone").kind == "state"


def test_a_spokespersons_press_conference_is_theirs_and_they_serve_the_state_of_the_text() -> None:
    heading = "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 18, 2024"
    assert headings.issuer_phrase(heading) == "Foreign Ministry Spokesperson Lin Jian"
    text = (f"{heading}\n\n"
            "AFP: The Philippine armed forces said that on Monday Chinese coast guard personnel boarded Philippine "
            "navy boats near Second Thomas Shoal and injured a sailor. What's China's response?\n\n"
            "Lin Jian: Ren'ai Jiao has always been part of China's territory. We urge the Philippines to stop its "
            "provocations. China will defend its rights.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Premier Li Qiang", kind="person", acts_for="Australia"),
                              voice="Premier Li Qiang")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert voice.name == "Lin Jian" and book.by_id(voice.affiliation).name == "China"


def test_a_call_held_with_several_words_before_it_is_procedural() -> None:
    assert procedural("The two leaders held a frank and substantive conversation covering bilateral and global issues.")
    assert not procedural("The two leaders held a frank conversation and condemned the attack.")


def test_a_present_tense_reiterates_is_a_speaking_verb_and_hon_is_a_title() -> None:
    # the subject speaks, not the detainee the clause names ('Australia reiterates its call for the release of X')
    assert attribution("Australia reiterates its call for the release of Daw Aung San Suu Kyi, and urges the regime "
                       "to end violence.") == (True, "Australia ")
    assert attribution("The Kingdom affirms its full solidarity with the State of Qatar.") == (True, "The Kingdom ")
    assert split_title("Senator the Hon Penny Wong") == ("Penny Wong", "Senator")  # (the honorific goes: stop 71)
    assert split_title("Senator for South Australia") == ("Senator for South Australia", None)  # no 'Australia'


def test_a_party_named_as_a_list_of_states_is_their_joint_voice_held_by_the_first_named() -> None:
    text = ("Joint statement\n\nThe Foreign Ministers of France, Germany and the United Kingdom have notified the "
            "Security Council. We call on Iran to resume full cooperation with the Agency.\n")
    _, book, voice = parsed(text, PartyDraft(name="France, Germany, and the United Kingdom", kind="government_body",
                                             acts_for=None), PartyDraft(name="Iran", kind="state", acts_for=None),
                            voice="France, Germany, and the United Kingdom")
    assert voice.name == "France"
    assert {"France", "Germany", "United Kingdom", "Iran"} <= {p.name for p in book.parties}
    # a state whose own name has an 'and' in it is not split
    _, book, _ = parsed("Statement\n\nBosnia and Herzegovina welcomed the decision.\n",
                        PartyDraft(name="Bosnia and Herzegovina", kind="state", acts_for=None), voice=None)
    assert [p.name for p in book.parties] == ["Bosnia and Herzegovina"]


def test_a_wires_no_comment_and_standards_line_state_nothing_and_a_known_body_keeps_its_kind() -> None:
    assert procedural("Russia's embassy in Washington did not immediately respond to a request for comment.")
    assert procedural("The ministry declined to comment.")
    assert not procedural("The ministry declined to comment but condemned the strike.")
    text = "U.S. sanctions Chinese firms\n\nThe sanctions were announced on Thursday.\n\nOur Standards: The Thomson " \
           "Reuters Trust Principles.\n"
    doc = read_text(text)
    assert [worth_reading(s, doc.text) for s in doc.sentences][-1] is False
    _, book, _ = parsed("Niger\n\nThe European Union called for the release of President Bazoum.\n",
                        PartyDraft(name="European Union", kind="person", acts_for=None), voice=None)
    assert book.find("European Union").kind == "international_org"


def test_press_contacts_are_no_parties_and_the_spokesperson_answering_questions_speaks() -> None:
    text = ("Press briefing notes on Venezuela\n\nWe urge the authorities to release all those detained.\n\n"
            "ENDS\n\nFor more information and media requests, please contact:\nIn Geneva: Ravina Shamdasani or "
            "Liz Throssell\n")
    assert text.index("For more information") == contacts_start(text)
    assert contacts_start("Statement\n\nWe urge restraint.\n") == len("Statement\n\nWe urge restraint.\n")
    assert attribution("In response to questions, the spokesperson said the Office had been in contact with "
                       "relatives.") == (True, "the spokesperson ")


def test_a_body_before_a_name_is_no_first_name() -> None:
    text = "Comment by Official Representative of the Russian Foreign Ministry Maria Zakharova in response"
    assert with_first_name("Maria Zakharova", text, most_words=2) == "Maria Zakharova"  # not 'Ministry Maria ...'
    assert with_first_name("Rubio", "Secretary of State Marco Rubio spoke. Secretary Rubio said") == "Marco Rubio"


def test_posts_under_a_ministers_name_and_a_post_before_a_name_are_that_person() -> None:
    text = ("Senator the Hon Penny Wong\nMinister for Foreign Affairs\nSenator for South Australia\n\nMedia release\n\n"
            "Australia rejects the sentence handed down today. The Minister of Justice, Mr Ronald Lamola, will brief "
            "Cabinet.\n")
    _, book, _ = parsed(text, PartyDraft(name="Senator the Hon Penny Wong", kind="person", acts_for="Australia"),
                        PartyDraft(name="Senator for South Australia", kind="person", acts_for="South Australia"),
                        PartyDraft(name="Minister of Justice", kind="person", acts_for="Australia"),
                        PartyDraft(name="Ronald Lamola", kind="person", acts_for="Australia"), voice="Australia")
    wong = book.find("Senator for South Australia")
    assert wong is not None and wong.name == "Penny Wong"
    assert book.find("Minister of Justice").name == "Ronald Lamola"


def test_a_rank_word_far_from_a_name_is_no_title_and_encouraged_is_an_ask() -> None:
    assert person_in("maintain peace and security in South Asia") is None  # no person 'South Asia'
    assert person_in("Brigadier Yahya Saree said") == ("Yahya Saree", "Brigadier")
    assert person_in("Vice-Minister for Foreign Affairs OKANO Masataka summoned") == (
        "OKANO Masataka", "Vice-Minister for Foreign Affairs")
    said, who = attribution("At the same time, he encouraged India to work with Pakistan.")
    assert said and who.strip() == "he"
    assert attribution("India was encouraged by the progress.") == (False, "")


def test_a_capital_that_names_a_convention_is_no_state_and_a_dashed_answer_label_is_the_first_person() -> None:
    named = [a.name for a, _ in actors_in("obligations under the Vienna Convention and the Paris Agreement")]
    assert named == []
    assert [a.name for a, _ in actors_in("Vienna said it would respond")] == ["Austria"]
    assert FIRST_PERSON.match("A - We do not recognize the putschists.")
    assert not FIRST_PERSON.match("A - The legal framework rests on agreements.")


def test_a_post_ending_in_a_state_has_no_surname_and_capitalised_family_names_complete_a_name() -> None:
    parties = [Party(id="p1", name="Officer of the Order of the Star of Ghana", kind="person"),
               Party(id="p2", name="Ghana", kind="state")]
    assert speaker_in("The President of Ghana ", parties).name == "Ghana"  # no 'surname' Ghana
    text = "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, met H.E. Mr. WANG Yi. Minister Iwaya said"
    assert with_first_name("Iwaya", text) == "Iwaya Takeshi"
    assert with_first_name("Wang", text) == "Wang Yi"
    _, book, _ = parsed(f"Japan-China Foreign Ministers' Meeting\n\n{text} that Japan had concerns.\n",
                        PartyDraft(name="Minister for Foreign Affairs of Japan", kind="person", acts_for="Japan"),
                        voice="Japan")
    assert book.find("Minister for Foreign Affairs of Japan").name == "Iwaya Takeshi"


def test_a_federal_chancellors_readout_serves_the_federal_government_and_its_spokesperson_is_a_person() -> None:
    text = ("Federal Chancellor Scholz speaks on the telephone with President Putin\n\n"
            "Government spokesperson Steffen Hebestreit issued the following statement:\n\n"
            "Federal Chancellor Olaf Scholz spoke with President Putin. The Federal Chancellor underlined that the "
            "Federal Government remains determined to support Ukraine.\n")
    _, book, _ = parsed(text, PartyDraft(name="Federal Chancellor Scholz", kind="government_body", acts_for="Germany"),
                        PartyDraft(name="Steffen Hebestreit", kind="government_body", acts_for="Germany"),
                        PartyDraft(name="President Putin", kind="person", acts_for="Russia"), voice="Germany")
    scholz, hebestreit = book.find("Olaf Scholz"), book.find("Steffen Hebestreit")
    assert book.by_id(scholz.affiliation).name == "Federal Government"  # not Germany, which the text never names
    assert hebestreit.kind == "person" and hebestreit.affiliation == scholz.affiliation


def test_a_counterparts_state_before_a_name_is_not_the_persons() -> None:
    text = ("Gaza ceasefire live\n\nEgyptian Foreign Minister Badr Abdelatty says Cairo is ready to help.\n\n"
            "In a phone call with his Qatari counterpart, Abdelatty stressed the need for all parties to abide by "
            "their commitments.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Qatar", kind="state", acts_for=None), voice=None)
    named_speakers(doc, book, voice)
    assert book.by_id(book.find("Badr Abdelatty").affiliation).name == "Egypt"


def test_a_heading_with_a_bracketed_note_is_still_a_heading() -> None:
    text = ("Statement on Iran and Israel\n\nThe Secretary-General condemns the escalation.\n\n"
            "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General (excerpt)\n\n"
            "The Spokesman said the Secretary-General was following the situation closely.\n")
    doc = read_text(text)
    read = {s.text[:20]: worth_reading(s, doc.text) for s in doc.sentences}
    assert read["Daily Press Briefing"] is False and read["The Spokesman said t"] is True


def test_a_named_leader_keeps_his_state_when_the_voice_moves_and_smt_ends_no_sentence() -> None:
    text = ("Telephone conversation with President of France Emmanuel Macron\n\n"
            "The President of Russia had a telephone conversation with President of the French Republic Emmanuel "
            "Macron. We call on France to stop supplying weapons to Ukraine.\n")
    _, book, voice = parsed(text, PartyDraft(name="France", kind="state", acts_for=None),
                            PartyDraft(name="Emmanuel Macron", kind="person", acts_for="France"),
                            PartyDraft(name="Russia", kind="state", acts_for=None), voice="France")
    doc = read_text(text)
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "Russia"
    assert book.by_id(book.find("Emmanuel Macron").affiliation).name == "France"
    doc = read_text("Joint Statement\n\nAt the invitation of the President of India, Smt. Droupadi Murmu, the "
                    "President of Maldives visited India.\n")
    assert doc.sentences[-1].text.startswith("At the invitation")


def test_russia_as_ukraines_ministry_writes_it_is_russia() -> None:
    assert [a.name for a, _ in actors_in("a war crime for which russia will be held to account")] == ["Russia"]


def test_someones_calls_for_months_are_a_noun_not_an_ask() -> None:
    assert attribution("Chinese ministers have not returned Birmingham's calls for months.") == (False, "")
    assert attribution("Birmingham calls for talks with Beijing.") == (True, "Birmingham ")


def test_a_listed_person_with_neither_name_nor_post_is_no_person() -> None:
    text = "Joint Statement\n\nPresident Mahama conferred upon Prime Minister Modi the Officer of the Order of the " \
           "Star of Ghana. A refugee and migrant rights researcher said the killings must stop.\n"
    _, book, _ = parsed(text, PartyDraft(name="Officer of the Order of the Star of Ghana", kind="person",
                                         acts_for=None),
                        PartyDraft(name="refugee and migrant rights researcher", kind="person", acts_for=None),
                        voice=None)
    assert {p.name: p.kind for p in book.parties if p.name != "Ghana"} == {
        "Officer of the Order of the Star of Ghana": "other", "refugee and migrant rights researcher": "other"}
