"""Conventions met in documents written after the eval set (stop 35): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import asking_sides, claimants, cues, forces, reading
from summariser.attribution import attribution
from summariser.document import split_sentences
from summariser.drafts import PartyDraft
from summariser.kinds import settle_kinds
from summariser.party_sides import sides
from summariser.procedural import procedural
from summariser.reading import worth_reading
from summariser.speakers import named_speakers
from tests.test_known_actors import parsed, read_text


def _sentence(doc, opening: str):
    return next(s for s in doc.sentences if s.text.startswith(opening))


AU = ("AFRICAN UNION\nUNION AFRICAINE\nUNI\u00c3O AFRICANA\nUNI\u00d3N AFRICANA\n\n"
      "Addis Ababa, Ethiopia, P.O. Box 3243, Website: www.au.int\n\nCOMMUNIQU\u00c9\n\n"
      "The Chairperson of the African Union Commission on the situation in the Republic of the Sudan\n\n"
      "Addis Ababa, 20 April 2023: The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, "
      "today convened a consultative meeting on the fighting between the Sudanese Armed Forces (SAF) and the "
      "Rapid Support Forces (RSF).\n\n"
      "The meeting was attended by:\n"
      "- H.E. Ant\u00f3nio Guterres, Secretary-General of the United Nations;\n"
      "- H.E. Workneh Gebeyehu, Executive Secretary of the Intergovernmental Authority on Development (IGAD);\n"
      "- representatives of the European Union and of neighbouring States of the Sudan.\n\n"
      "The Chairperson reiterated his strong condemnation of the fighting.\n\n"
      "He noted that each of the two forces has publicly accused the other of starting the hostilities. "
      "The SAF maintain that the RSF attacked military installations in Khartoum.\n")


def au_communique() -> tuple:
    return parsed(AU, PartyDraft(name="African Union Commission", kind="government_body", acts_for="African Union"),
                  PartyDraft(name="African Union", kind="international_org", acts_for=None),
                  PartyDraft(name="Workneh Gebeyehu", kind="person", acts_for="IGAD"),
                  voice="African Union")


def test_an_attendance_list_and_a_title_under_a_long_letterhead_are_not_read() -> None:
    doc = read_text(AU)
    # each attendee's line was a position of the AU, and the title line under four letterhead lines too
    for opening in ("- H.E. Ant", "- H.E. Workneh", "- representatives",
                    "The Chairperson of the African Union Commission on"):
        assert not worth_reading(_sentence(doc, opening), doc.text), opening
    assert worth_reading(_sentence(doc, "The Chairperson reiterated"), doc.text)


def test_a_bare_title_is_the_person_named_with_it_and_its_body_and_he_is_him() -> None:
    doc, book, voice = au_communique()
    said = named_speakers(doc, book, voice)
    # 'The Chairperson' found nobody, and 'He noted' went to the last person of the attendance list
    for opening in ("The Chairperson reiterated", "He noted"):
        assert said[_sentence(doc, opening).number].name == "Moussa Faki Mahamat", opening


def test_an_acronym_the_text_spelled_out_speaks_for_that_body() -> None:
    doc, book, voice = au_communique()
    said = named_speakers(doc, book, voice)
    party = said[_sentence(doc, "The SAF maintain").number]
    assert party is not None and party.name == "Sudanese Armed Forces" and "SAF" in party.aliases


def test_a_places_de_facto_authorities_accuse_in_their_own_name() -> None:
    text = ("OSCE Chairmanship\n\nPRESS RELEASE\n\nThe Chairman-in-Office condemned the sentence.\n\n"
            "The de facto authorities in Luhansk accuse him of high treason, claiming that he passed "
            "information to foreign intelligence services.\n")
    doc, book, voice = parsed(text, PartyDraft(name="OSCE", kind="international_org", acts_for=None),
                              PartyDraft(name="Russian Federation", kind="state", acts_for=None), voice="OSCE")
    said = named_speakers(doc, book, voice)
    # was Russia, the one other state listed
    assert said[_sentence(doc, "The de facto").number].name == "De facto authorities in Luhansk"


def test_a_quotations_own_words_are_no_lead_in() -> None:
    # '"The text' was taken for a speaker ('is ready to'), so the quotation's second sentence lost its speaker
    assert attribution('"The text is ready for signing, and Armenia is ready to begin consultations '
                       'with Azerbaijan on the date of the signing."') == (False, "")
    assert attribution('"We reject this," Mirzoyan said.') == (True, "Mirzoyan")


def test_a_source_asking_not_to_be_named_and_months_if_not_years_ask_nothing() -> None:
    assert not cues.asks('"The words are agreed," said the diplomat, who asked not to be named because they '
                         'were not authorised to speak publicly.')
    assert not cues.asks("He warned that Baku's conditions could delay a signing for months, if not years.")
    assert forces.condition_of("could delay a signing for months, if not years.") is None
    assert cues.asks("Russia will go on if not stopped.")  # a condition still
    assert cues.asks("The diplomat asked Baku to set a date.")


def test_an_outlets_question_put_as_a_statement_is_not_read_but_the_claim_it_reports_is() -> None:
    text = ("Spokesperson's weekly press conference\n\n"
            "IRNA: What is the latest state of relations with Pakistan?\n\n"
            "Kanaani: Iran and Pakistan are two brotherly nations.\n\n"
            "Dawn: Islamabad says two children were killed in the Iranian strike in Panjgur. How do you respond?\n\n"
            "Kanaani: We have seen these claims. The target was a terrorist group.\n\n"
            "Tasnim: American and British strikes on Yemen continue. Washington says Iran supplies the missiles.\n\n"
            "Kanaani: The accusations against Iran are baseless.\n")
    doc = read_text(text)
    assert reading.asking_labels(text) == {"IRNA", "Dawn", "Tasnim"}  # Tasnim asks with no question mark
    read = {s.text.split(":")[0] if ":" in s.text else s.text[:20] for s in doc.sentences if worth_reading(s, text)}
    assert "Tasnim" not in read and "How do you respond?"[:20] not in read
    assert "Dawn" in read and "Washington says Iran" in read  # the claims the questions report


def test_a_claim_told_as_remarks_of_someone_who_stated_that_is_theirs() -> None:
    line = ("The Ministry has taken note of the remarks made in Beijing by the spokesperson of the Ministry of "
            "Foreign Affairs of the People's Republic of China, who stated that China holds sovereign rights.")
    assert not procedural(line)  # it was a courtesy line, never read
    assert claimants.claim_told(line) == \
        "the spokesperson of the Ministry of Foreign Affairs of the People's Republic of China"
    assert procedural("The Ministry has taken note of the remarks made in Beijing.")


def test_an_invitation_or_a_proposal_at_a_meeting_is_read() -> None:
    assert not procedural("He informed President Tshisekedi that he had convened an Extraordinary Summit for "
                          "Wednesday, and invited him to take part in the meeting.")
    assert not procedural("To that end, Serbia proposes that the next high-level meeting be devoted to the statute.")
    assert procedural("The two leaders held a meeting in Paris.")


def test_a_translation_notes_authoritative_text_states_nothing() -> None:
    assert procedural("The Persian text is authoritative.")
    assert procedural("The Portuguese version is the authoritative text.")


def test_a_masthead_naming_the_publishers_state_overrides_the_models_voice() -> None:
    text = ("INTER SERVICES PUBLIC RELATIONS\nPRESS RELEASE\n\nTerrorists attacked two posts along the border.\n\n"
            "Pakistan expects the Interim Afghan Government to fulfil its obligations.\n")
    _, book, voice = parsed(text, PartyDraft(name="Interim Afghan Government", kind="government_body",
                                             acts_for="Afghanistan"),
                            PartyDraft(name="Pakistan", kind="state", acts_for=None), voice="Afghanistan")
    from summariser.voice import checked_voice
    # the model's voice, Afghanistan, held every line of Pakistan's military release
    assert checked_voice(book, voice, [s for s in text.split("\n") if s]).name == "Pakistan"


def test_a_sides_own_seat_listed_apart_is_no_other_side() -> None:
    text = ('"The negotiations are complete," Armenian Foreign Minister Ararat Mirzoyan told reporters in Yerevan.\n')
    doc, book, _ = parsed(text, PartyDraft(name="Armenia", kind="state", acts_for=None),
                          PartyDraft(name="Yerevan", kind="state", acts_for=None),
                          PartyDraft(name="Ararat Mirzoyan", kind="person", acts_for="Armenia"))
    settled = settle_kinds(["position", "claim"], book.find("Armenia"), book.find("Ararat Mirzoyan"),
                           doc.sentences[0].text, book, sides(book.parties), None)
    # was a claim against 'Yerevan', then 'denied' by Armenia: Mirzoyan's own side
    assert settled.kinds == ["position"]


def test_maria_abbreviated_ends_no_sentence() -> None:
    text = '"We will not be deterred," Foreign Affairs Spokesperson Ma. Teresita Daza said.'
    assert [s.text for s in split_sentences(text)] == [text]


def test_it_has_repeated_is_the_body_that_spoke_last() -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS\n\nAnkara has once again claimed that the agreement is null and void. "
            "It has also repeated that islands such as Kastellorizo are not entitled to maritime zones.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ministry of Foreign Affairs", kind="government_body",
                                               acts_for="Greece"),
                              PartyDraft(name="Greece", kind="state", acts_for=None),
                              PartyDraft(name="Ankara", kind="state", acts_for=None), voice="Greece")
    said = named_speakers(doc, book, voice)
    assert said[_sentence(doc, "It has also").number] is said[_sentence(doc, "Ankara").number]  # was the ministry
    assert said[_sentence(doc, "Ankara").number] is not None


def test_a_heading_inside_the_body_is_not_read() -> None:
    text = ("Greece condemns the new NAVTEX.\n\n"
            "Foreign Ministry Spokesperson's reply to a journalist's question regarding today's statement of the "
            "Turkish Ministry of Foreign Affairs\n\nAnkara has once again claimed that the agreement is void.\n")
    doc = read_text(text)
    assert not worth_reading(_sentence(doc, "Foreign Ministry Spokesperson"), text)
    assert worth_reading(_sentence(doc, "Ankara has"), text)


def test_ready_to_resume_is_an_offer() -> None:
    assert forces.force_of('If Turkey withdraws the vessel, Athens is ready to resume exploratory contacts.') == "offer"


def test_a_topic_in_common_words_before_the_comma_names_no_speaker() -> None:
    # the requester was the DRC, from 'Kinshasa' in the topic, and the one asked the Kenyan Embassy
    assert attribution("On the attack on the Kenyan Embassy in Kinshasa earlier in the day, the President asked "
                       "the DRC Government to guarantee the safety of Kenyan diplomats.") == (True, "the President ")


def test_looking_to_a_side_and_awaiting_its_act_ask_it() -> None:
    looks = "Indonesia values its partnership with China, and looks to Beijing to act in a manner consistent with it."
    assert cues.asks(looks) and asking_sides.addressee_phrase(looks) == "Beijing" and forces.force_of(looks) == "appeal"
    awaits = "Brazil therefore awaits the prompt publication by the CNE of the results broken down by polling station."
    assert cues.plainly_asks(awaits) and asking_sides.addressee_phrase(awaits) == "the CNE"


def test_standing_ready_past_an_aside_offers() -> None:
    text = "Brazil stands ready, as it has been in the past, to contribute to a dialogue among Venezuelans."
    assert cues.plainly_asks(text) and forces.force_of(text) == "offer"


def test_a_box_of_links_to_other_stories_is_not_read() -> None:
    text = ("Hamas swiftly denied the charge.\n\nlist of 2 items\nlist 1 of 2\n"
            "What we know about the Gaza ceasefire deal\nlist 2 of 2\n"
            "Celebrations in Gaza as ceasefire announced, but Israeli strikes continue\nend of list\n\n"
            "The deal was announced on Wednesday evening.\n")
    doc = read_text(text)
    assert not worth_reading(_sentence(doc, "Celebrations"), text)
    assert worth_reading(_sentence(doc, "The deal was"), text)


def test_an_opposition_coalition_acts_for_no_state() -> None:
    from summariser.links import unlink_outlawed

    text = ("Brazil acknowledges the vote. The opposition coalition, the Unitary Platform, rejected that announcement.")
    _, book, _ = parsed(text, PartyDraft(name="Brazil", kind="state", acts_for=None),
                        PartyDraft(name="Unitary Platform", kind="non_state_group", acts_for="Brazil"))
    unlink_outlawed(book)
    assert book.find("Unitary Platform").affiliation is None  # was Brazil's, the publisher's state


def test_a_daily_briefing_by_the_spokespersons_office_is_issued_by_the_spokesperson() -> None:
    from summariser.headings import issuer_phrase

    # the model's voice, the DRC, held the Secretary-General's statement and his spokesperson's answers
    assert issuer_phrase("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General") \
        == "Spokesperson for the Secretary-General"


def test_a_day_or_a_feast_is_no_actor() -> None:
    from summariser.background import not_an_actor
    from summariser.schema import Party

    # 'Palm Sunday' was a party, accused of the strike on Sumy
    assert all(not_an_actor(Party(id="p1", name=name, kind="non_state_group"))
               for name in ("Palm Sunday", "Eid al-Fitr", "Sunday"))
    assert not not_an_actor(Party(id="p1", name="Sunday Times", kind="media"))


def test_a_proposal_referred_to_is_none_made() -> None:
    assert not cues.asks("Russia has still not accepted that proposal.")  # was Ukraine's proposal
    assert cues.asks("Ukraine made a proposal for a full ceasefire.")


def test_another_post_between_a_title_and_the_name_and_a_hyphenated_title_alone() -> None:
    text = ("OSCE Chairmanship\n\nPRESS RELEASE\n\nWARSAW, 21 September 2022 - OSCE Chairman-in-Office, Polish Foreign "
            "Minister Zbigniew Rau, and OSCE Secretary General Helga Maria Schmid today condemned the sentence.\n\n"
            '"These charges are baseless. Our colleague was carrying out the mandate," the Chairman-in-Office said.\n')
    doc, book, voice = parsed(text, PartyDraft(name="OSCE Chairman-in-Office", kind="person", acts_for="OSCE"),
                              PartyDraft(name="Polish Foreign Minister Zbigniew Rau", kind="person", acts_for="Poland"),
                              PartyDraft(name="OSCE", kind="international_org", acts_for=None), voice="OSCE")
    # the post was renamed 'Polish Foreign Minister Zbigniew', a second Rau
    assert [p.name for p in book.parties if p.kind == "person"] == ["Zbigniew Rau"]
    said = named_speakers(doc, book, voice)
    for opening in ('"These charges', "Our colleague"):  # both were the OSCE's
        assert said[_sentence(doc, opening).number].name == "Zbigniew Rau", opening


def test_a_reports_own_correspondent_is_no_party_nor_the_next_he() -> None:
    from summariser.sources import no_party_source

    assert no_party_source("Al Jazeera's Tareq Abu Azzoum, reporting from Deir el-Balah in central Gaza, said the "
                           "mood was tense.")  # was a position of 'Al Jazeera'
    assert not no_party_source("Foreign Minister Badr Abdelatty said Egypt would host a joint operations room.")


def test_what_follows_a_name_after_its_comma_is_no_post() -> None:
    from summariser.mentions import titled_mention

    text = ("The delegation was led by the Minister of International Relations and Cooperation, Dr Naledi Pandor, "
            "accompanied by the Minister of Justice and Correctional Services, Mr Ronald Lamola. Pandor said: ...")
    lead = titled_mention("Pandor", text, text.index("Pandor said"))
    assert lead is None or "accompanied" not in lead  # her title was 'accompanied by the Minister of Justice ...'


def test_an_item_told_twice_alike_is_one() -> None:
    from summariser.merge import drop_repeats
    from summariser.schema import Evidence, Request

    text = "The Secretary called on the Sudanese Armed Forces and the Rapid Support Forces to return to negotiations."
    ask = Evidence(quote=text[14:90], start=14, end=90)
    both = [Request(id=f"req{n}", requester="p1", addressee="p2", action="Return to negotiations", force="call",
                    evidence=[ask]) for n in (1, 2)]  # two names the model listed, both folded into Sudan
    assert [r.id for r in drop_repeats(both, "req")] == ["req1"]


def test_a_court_ordering_a_state_to_act_demands_it() -> None:
    line = "By large majorities, the Court ordered Israel to take all measures within its power to prevent genocide."
    # the order was South Africa's position, in its media statement
    assert cues.plainly_asks(line) and asking_sides.addressee_phrase(line) == "Israel"
    assert forces.force_of(line) == "demand"
    assert attribution(line) == (True, "By large majorities, the Court ")
    assert not cues.asks("The order was placed in May.")


def test_insisting_on_a_fact_or_not_inviting_asks_nothing() -> None:
    assert not cues.asks("Vucic insisted that Serbia had nothing to do with the operation.")  # was a demand of Serbia
    assert cues.asks("Kyiv insisted that Russia has to withdraw.")
    assert not cues.plainly_asks("The Belarusian authorities did not invite the OSCE Office to observe the vote.")
    assert cues.plainly_asks("Kenya invited him to take part.")


def test_the_authors_of_a_resolution_adopted_by_a_body_are_that_body() -> None:
    from summariser.referents import adopter

    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF AZERBAIJAN\n\nWe strongly reject the resolution adopted "
            "today by the European Parliament on the situation in Azerbaijan.\n\nThe authors of the resolution claim "
            "that Azerbaijan holds so-called political prisoners. These allegations are groundless.\n\n"
            "It is no coincidence that the resolution was adopted only weeks before Baku hosts COP29.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Azerbaijan", kind="state", acts_for=None),
                              PartyDraft(name="European Parliament", kind="international_org", acts_for=None),
                              voice="Azerbaijan")
    assert adopter(doc.sentences[1].text, book).name == "European Parliament"
    said = named_speakers(doc, book, voice)
    # the Parliament's claim was the ministry's own position; the ministry's insinuation stays its own
    assert said[_sentence(doc, "The authors").number].name == "European Parliament"
    assert said.get(_sentence(doc, "It is no coincidence").number) is None
    assert not cues.asks("Steps of this kind only encourage revanchist forces in Armenia.")


def test_a_heading_of_two_ministers_names_no_single_issuer_and_a_shouted_heading_no_name() -> None:
    from summariser.headings import issuer_phrase
    from summariser.written_names import as_cased

    # 'Minister Israel Katz' had become the issuer, with the title 'Prime Minister Benjamin Netanyahu and Defense'
    assert issuer_phrase("Statement by Prime Minister Benjamin Netanyahu and Defense Minister Israel Katz") is None
    assert issuer_phrase("Statement by the Ministry of Foreign Affairs and International Cooperation") \
        == "Ministry of Foreign Affairs and International Cooperation"
    # the party was 'THE HON PENNY WONG', from the release's shouted first line
    assert as_cased("Senator The Hon Penny Wong", "SENATOR THE HON PENNY WONG\nMinister for Foreign Affairs") \
        == "Senator The Hon Penny Wong"


def test_who_took_part_states_nothing_and_a_militarys_words_in_a_question_are_read() -> None:
    assert procedural("Heads of State and Government, or their duly mandated representatives, of Benin, Cabo Verde "
                      "and Togo took part.")
    assert procedural("The Summit was chaired by His Excellency Bola Ahmed Tinubu, President of Nigeria.")
    assert not procedural("as confirmed through monitoring in which Chinese experts have participated.")
    text = ("Regular Press Conference\n\nAFP: The Philippine military said that China Coast Guard personnel boarded "
            "Philippine boats. What is China's response?\n\nLin Jian: The China Coast Guard acted lawfully.\n\n"
            "CCTV: Could you share more about the visit?\n\nLin Jian: The visit was a success.\n")
    doc = read_text(text)
    assert worth_reading(_sentence(doc, "AFP: The Philippine military"), text)


def test_taking_note_speaks_for_they() -> None:
    text = ("SECURITY COUNCIL PRESS STATEMENT\n\nThe members of the Security Council condemned the attack on UNIFIL. "
            "They took note of the commitment by the Lebanese authorities to investigate the incident, and requested "
            "that they be kept informed of its progress.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                              PartyDraft(name="Lebanon", kind="state", acts_for=None), voice="Security Council")
    said = named_speakers(doc, book, voice)
    assert said[_sentence(doc, "They took note").number].name == "Security Council"  # was the model's Lebanon


def test_what_an_outlet_with_a_one_word_label_reports_is_the_named_sides() -> None:
    text = ("Regular Press Conference\n\nAFP: The Philippine military said that China Coast Guard personnel boarded "
            "Philippine boats. What is China's response?\n\nLin Jian: The China Coast Guard acted lawfully.\n\n"
            "CCTV: Could you share more about the visit?\n\nLin Jian: The visit was a success.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Lin Jian", kind="person", acts_for="China"),
                              PartyDraft(name="Philippines", kind="state", acts_for=None),
                              PartyDraft(name="AFP", kind="media", acts_for=None), voice="Lin Jian")
    said = named_speakers(doc, book, voice)
    assert said[_sentence(doc, "AFP: The Philippine").number].name == "Philippines"  # was AFP's own claim
