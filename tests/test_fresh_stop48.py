"""Conventions met in documents written after the eval set (stop 48): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, _clip_name
from summariser.headings import unshouted
from summariser.people import person_in
from summariser.procedural import procedural
from summariser.reading import keeps_nothing
from summariser.sources import no_party_source
from tests.test_known_actors import parsed, read_text

CHILE_READOUT = (
    "PRESIDENCIA DE LA REPÚBLICA DE CHILE\nOffice of the Press Secretary\n\n"
    "READOUT: President's Telephone Call with the President of the Argentine Republic\n\nSantiago, 14 March\n\n"
    "President Tomás Echeverría spoke by telephone this afternoon with President Martín Lagomarsino of Argentina.\n\n"
    "President Echeverría asked President Lagomarsino to convene the binational technical commission.\n\n"
    "The Argentine President, for his part, requested Chile's support for a joint application to UNESCO.\n")


def test_a_headings_bare_post_is_the_holder_on_the_issuing_side_not_a_party_of_its_own() -> None:
    # 'President's Telephone Call with the President of the Argentine Republic': the heading's bare
    # 'President' was added as a party, made the voice, then tied to Argentina by 'The Argentine President'
    _doc, book, voice = parsed(CHILE_READOUT,
                               PartyDraft(name="President Tomás Echeverría", kind="person", acts_for="Chile"),
                               PartyDraft(name="President Martín Lagomarsino", kind="person", acts_for="Argentina"),
                               PartyDraft(name="Chile", kind="state", acts_for=None),
                               PartyDraft(name="Argentina", kind="state", acts_for=None), voice="Chile")
    assert voice is not None and voice.name == "Tomás Echeverría"
    assert book.find("President") is None


def test_what_a_named_side_maintained_according_to_a_delegation_is_that_sides() -> None:
    # 'According to the Chilean delegation on the call, President Lagomarsino maintained that ...' was
    # Chile's position: the one said to maintain it holds it, the delegation only relays it
    said, who = attribution("According to the Chilean delegation on the call, President Lagomarsino maintained "
                            "that the charts are a routine technical update.")
    assert said and who.strip() == "President Lagomarsino"
    # a source with nobody speaking after it still tells it
    said, who = attribution("According to the Chilean delegation, the call lasted forty minutes and was cordial.")
    assert said and "Chilean delegation" in who


def test_a_name_after_an_honorific_set_off_by_commas_is_the_speaker() -> None:
    # 'Minister of Foreign Affairs and International Cooperation, the Hon. Rawle Persaud, said today:' named
    # nobody, so the minister was no party and his words went to the ministry
    assert person_in("Minister of Foreign Affairs and International Cooperation, the Hon. Rawle Persaud, ") == \
        ("Rawle Persaud", "Minister of Foreign Affairs and International Cooperation")
    assert person_in("Foreign Minister, the Hon. Rawle Persaud, ") == ("Rawle Persaud", "Foreign Minister")
    assert person_in("Minister of Foreign Affairs, Rawle Persaud, ") == ("Rawle Persaud", "Minister of Foreign Affairs")


def test_asking_others_to_remain_seized_of_the_matter_is_a_request_not_a_closing_formula() -> None:
    # 'Guyana appeals to the Secretary-General ..., the Commonwealth, CARICOM and the OAS to remain seized
    # of the matter' was taken for a Council's closing line and never asked about
    line = ("Guyana appeals to the Secretary-General of the United Nations, the Commonwealth, CARICOM and the "
            "Organization of American States to remain seized of the matter.")
    assert not procedural(line)
    assert not keeps_nothing(read_text(line + "\n").sentences[0])
    assert procedural("The Security Council decides to remain seized of the matter.")
    assert procedural("The Council will remain actively seized of the matter.")


def test_a_name_cut_at_the_length_bound_drops_its_half_written_style() -> None:
    # the model's 'Ministry of Popular Power for Foreign Affairs of the Bolivarian Republic of Venezuela'
    # was cut to '... of the Bolivarian Republic of', a party beside the same ministry named in full
    assert _clip_name("Ministry of Popular Power for Foreign Affairs of the Bolivarian Republic of Venezuela") == \
        "Ministry of Popular Power for Foreign Affairs"
    assert _clip_name("Ministry of Foreign Affairs and International Cooperation of the Co-operative Republic "
                      "of Guyana") == "Ministry of Foreign Affairs and International Cooperation"
    assert _clip_name("Ministry of Foreign Affairs of Guyana") == "Ministry of Foreign Affairs of Guyana"


def test_what_a_side_failed_or_refused_to_do_asks_nothing() -> None:
    # '"Caracas is attempting to manufacture a crisis in order to distract from its own failure to engage
    # with the Court"' was a request: 'to engage' read as the ask
    assert cues.asking_phrase("Caracas is attempting to manufacture a crisis in order to distract from its own "
                              "failure to engage with the Court.") is None
    assert cues.asking_phrase("Belgrade refused to withdraw its troops from the line.") is None
    # a warning of what failure will cost still asks
    assert cues.asking_phrase("Failure to engage will have consequences for both of them.") is not None


def test_pressing_for_something_while_maintaining_a_view_is_no_mere_meeting() -> None:
    # 'Minister Farias pressed for a clear timetable ..., maintaining that Brasília "has met every
    # benchmark ..."' read as a line that only reports a meeting ('met'), so it was never asked about
    assert not procedural('Minister Farias pressed for a clear timetable for lifting the duties, maintaining that '
                          'Brasília "has met every benchmark that was put on the table".')
    assert procedural("Secretary Whitfield met today in Washington with Brazilian Foreign Minister Helena Farias.")


def test_initials_in_a_masthead_in_capitals_stay_as_written() -> None:
    # 'U.S. DEPARTMENT OF STATE' became the party 'U.s. Department of State'
    assert unshouted("U.S. DEPARTMENT OF STATE") == "U.S. Department of State"
    assert unshouted("ANTONY J. BLINKEN, SECRETARY OF STATE") == "Antony J. Blinken, Secretary of State"


def test_a_states_civil_society_observers_are_no_party() -> None:
    # 'Georgian civil society observers have reported widespread pressure ...' in the EU's statement was
    # Georgia's position: the government the statement criticises
    assert no_party_source("Georgian civil society observers have reported widespread pressure on voters.")
    assert not no_party_source("Georgian officials have reported that the vote was calm.")


def test_a_side_that_offered_no_evidence_said_nothing() -> None:
    # 'Tbilisi has offered no evidence for its allegations, and repeating them does not make them true' was
    # Georgia's position; it is the EU's verdict on Georgia's claims
    assert attribution("Tbilisi has offered no evidence for its allegations, and repeating them does not make "
                       "them true.") == (False, "")
    said, who = attribution("Minister Farias offered her support for the plan.")
    assert said and who.strip() == "Minister Farias"


def test_a_ministry_named_in_capitals_serves_the_state_its_name_gives() -> None:
    # 'MINISTRY OF FOREIGN AFFAIRS OF THE SOCIALIST REPUBLIC OF VIET NAM': 'VIET NAM' in capitals named no
    # state, so the ministry was tied to Indonesia, whose question it answered, and asked Indonesia nothing
    from summariser.gazetteer import actor_in_title

    found = actor_in_title("Ministry of Foreign Affairs of the Socialist Republic of VIET NAM")
    assert found is not None and found.name == "Vietnam"
    assert actor_in_title("MINISTRY OF FOREIGN AFFAIRS") is None


def test_authorities_that_say_they_did_something_are_the_claimants_a_rebuttal_answers() -> None:
    # 'Indonesian authorities say they detained two Vietnamese fishing boats ... for illegal fishing' then
    # 'we do not accept the claim that they were clearly fishing illegally': the claim went to Myanmar
    from summariser.claimants import last_alleger

    text = ("Q: Indonesian authorities say they detained two Vietnamese fishing boats in the Natuna Sea for "
            "illegal fishing. Does Viet Nam accept that?\n\nA: The vessels were in an area whose boundary is not "
            "yet implemented, so we do not accept the claim that they were clearly fishing illegally.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Viet Nam", kind="state", acts_for=None),
                                PartyDraft(name="Indonesia", kind="state", acts_for=None),
                                PartyDraft(name="Myanmar", kind="state", acts_for=None))
    vietnam = book.find("Viet Nam")
    assert vietnam is not None
    claimant = last_alleger("The vessels were in an area whose boundary is not yet implemented, so we do not "
                            "accept the claim that they were clearly fishing illegally.", book, {vietnam.id})
    assert claimant is not None and claimant.name == "Indonesia"


def test_a_briefings_opening_announcements_and_farewell_are_procedural() -> None:
    # Viet Nam's briefing: 'The Spokesperson opened the briefing with announcements on the upcoming visit of the
    # Prime Minister of New Zealand and then took questions.' and 'See you at the next briefing.' were positions
    assert procedural("The Spokesperson opened the briefing with announcements on the upcoming visit of the "
                      "Prime Minister of New Zealand and then took questions.")
    assert procedural("See you at the next briefing.")
    assert not procedural("The Minister opened the conference with a statement condemning the attack.")


def test_a_ministers_state_before_his_post_ties_him_to_it() -> None:
    # the Central Asian ministers' statement: "Uzbekistan's Minister of Foreign Affairs, Mr. Bakhtiyor Karimov"
    # was added as Kazakhstan's (the voice's state): only the words from 'Minister' on were read
    from summariser.named_officials import add_named_officials

    text = ("JOINT STATEMENT\nof the Ministers of Foreign Affairs of Kazakhstan, Turkmenistan and Uzbekistan\n\n"
            "The Ministers met in Ashgabat.\n\n"
            "Uzbekistan's Minister of Foreign Affairs, Mr. Bakhtiyor Karimov, spoke of the canal.\n")
    _doc, book, _voice = parsed(text, *(PartyDraft(name=n, kind="state", acts_for=None)
                                        for n in ("Kazakhstan", "Turkmenistan", "Uzbekistan")), voice="Kazakhstan")
    add_named_officials(book)
    minister, uzbekistan = book.find("Bakhtiyor Karimov"), book.find("Uzbekistan")
    assert minister is not None and uzbekistan is not None and minister.affiliation == uzbekistan.id


def test_a_but_inside_the_quoted_words_is_the_speakers_not_the_voices_answer() -> None:
    # 'Mr. Bakhtiyor Karimov, emphasised that Tashkent "does not oppose ..., but cannot accept any project ..."'
    # read as the voice answering him (as in 'Beijing says it is neutral, but neutrality cannot mean ...')
    said, who = attribution("Uzbekistan's Minister of Foreign Affairs, Mr. Bakhtiyor Karimov, emphasised that "
                            "Tashkent \"does not oppose the development of Afghan agriculture, but cannot accept "
                            "any project that disregards the needs of those living downstream.\"")
    assert said and "Bakhtiyor Karimov" in who
    assert attribution("Beijing says it is neutral, but neutrality cannot mean silence.") == (False, "")


def test_pressing_for_something_leads_in_its_asker() -> None:
    # 'Minister Farias pressed for a clear timetable ...' went to the Secretary who met her
    said, who = attribution("Minister Farias pressed for a clear timetable for lifting the duties.")
    assert said and who.strip() == "Minister Farias"
    said, who = attribution("The Secretary pressed Brazil to lift the duties.")
    assert said and who.strip() == "The Secretary"
    assert attribution("The Secretary was pressed for details.") == (False, "")


def test_the_state_a_kept_partys_body_serves_is_kept_too() -> None:
    # the Secretary serves the 'U.S. Department of State', which serves the United States: the United States
    # was dropped (only one step of 'acts for' was followed) and the department's tie cut
    from summariser.keep import _add_bosses
    from summariser.schema import Party

    parties = {p.id: p for p in (Party(id="p1", name="Daniel Whitfield", kind="person", affiliation="p2"),
                                 Party(id="p2", name="U.S. Department of State", kind="government_body",
                                       affiliation="p3"),
                                 Party(id="p3", name="United States", kind="state"))}
    used = {"p1"}
    _add_bosses(used, parties, {}, set())
    assert used == {"p1", "p2", "p3"}


UN_EXPERTS = (
    "UNITED NATIONS\nOFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS\n\nPRESS RELEASE\n\n"
    "Burundi: UN experts alarmed by detention of journalists\n\n"
    "GENEVA (27 May) \u2013 UN human rights experts today warned that a wave of arrests risks silencing "
    "independent voices.\n\n"
    "The experts expressed concern that members of the ruling party's youth wing were reported to have taken "
    "part in some arrests. \"Private militias have no business detaining anyone,\" they stressed.\n\n"
    "The experts: Special Rapporteur on the situation of human rights in Burundi; Working Group on Arbitrary "
    "Detention.\n\nSpecial Rapporteurs are independent experts of the Human Rights Council and are not UN staff.\n")


def test_un_experts_and_the_they_after_them_speak_as_one_party() -> None:
    # 'The experts expressed concern ...' named no party, and '"Private militias have no business detaining
    # anyone," they stressed.' went to the model's guess: the militias the words are about
    from summariser.speakers import named_speakers

    doc, book, voice = parsed(UN_EXPERTS, PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                              PartyDraft(name="Burundi", kind="state", acts_for=None),
                              PartyDraft(name="Private militias", kind="non_state_group", acts_for=None))
    speakers = named_speakers(doc, book, voice)
    by_text = {doc.sentence(n).text[:20]: p.name if p else None for n, p in speakers.items()}
    assert by_text["The experts expresse"] == "UN experts"  # as the heading first names them
    assert by_text["\"Private militias ha"] == "UN experts"
    # the release's footer on the mandates is no stance
    assert procedural("The experts: Special Rapporteur on the situation of human rights in Burundi; Working Group "
                      "on Arbitrary Detention.")
    assert procedural("Special Rapporteurs are independent experts of the Human Rights Council and are not UN staff.")


def test_the_official_is_the_official_a_report_named_before() -> None:
    # Reuters: 'An official at the Organization of American States' office ..., said ...' then '"Both parties
    # have confirmed to us ...," the official said': the second line went to Guatemala
    from summariser.speakers import named_speakers

    text = ("Guatemala, Belize trade accusations\n\nBELMOPAN, Aug 3 (Reuters) - Guatemala and Belize accused each "
            "other on Saturday.\n\nAn official at the Organization of American States' office in the Adjacency "
            "Zone, which monitors the area, said observers had been dispatched. \"Both parties have confirmed to us "
            "that they want to avoid confrontation,\" the official said.\n\nNeither side reported injuries.\n\n"
            "Fishermen in the southern Toledo district said tensions had risen. \"We just want to work in peace,\" "
            "said one fisherman.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Guatemala", kind="state", acts_for=None),
                              PartyDraft(name="Belize", kind="state", acts_for=None),
                              PartyDraft(name="Organization of American States", kind="international_org",
                                         acts_for=None))
    speakers = named_speakers(doc, book, voice)
    said = next(n for n in speakers if doc.sentence(n).text.startswith('"Both parties'))
    assert speakers[said] is not None and speakers[said].name == "Organization of American States"
    # nor are 'Neither side' and fishermen any party's voice
    assert no_party_source("Neither side reported injuries.")
    assert no_party_source("Fishermen in the southern Toledo district said tensions had risen.")
    assert no_party_source('"We just want to work in peace," said one fisherman.')


def test_what_a_speaker_will_not_ask_asks_nothing() -> None:
    # '"... and we will not ask permission from anyone to do so," Guerrero said.' was a request
    assert cues.asking_phrase("we will not ask permission from anyone to do so.") is None
    assert cues.asking_phrase("We ask Guatemala to withdraw.") is not None


SUDAN_FRONT = (
    "SUDANESE CIVILIAN FRONT FOR PEACE AND DEMOCRACY\nLeadership Council\n\nSTATEMENT No. 14/2025\n\n"
    "Nairobi, 11 November\n\n1. The Council holds both warring parties responsible.\n\n"
    "2. The Council calls on the United Nations Security Council to extend the arms embargo on Darfur.\n")


def test_a_groups_masthead_makes_it_the_voice_and_its_council_speaks_for_it() -> None:
    # an exiled opposition front's statement: the model made Sudan the voice and the front a body of Sudan,
    # so every line was Sudan's and 'The Council calls on the United Nations Security Council' was the UN's
    _doc, book, voice = parsed(SUDAN_FRONT,
                               PartyDraft(name="SUDANESE CIVILIAN FRONT FOR PEACE AND DEMOCRACY",
                                          kind="government_body", acts_for="Sudan"),
                               PartyDraft(name="United Nations Security Council", kind="international_org",
                                          acts_for=None),
                               PartyDraft(name="Sudan", kind="state", acts_for=None), voice="Sudan")
    assert voice is not None and voice.name.casefold() == "sudanese civilian front for peace and democracy"
    assert voice.kind == "non_state_group" and voice.affiliation is None
    assert book.find("the Council") is voice


def test_what_is_done_according_to_a_timetable_has_no_speaker() -> None:
    # 'First, the complete and verified withdrawal of all foreign forces ..., according to the timetable agreed
    # in Washington.' was the United States' position
    assert attribution("First, the complete and verified withdrawal of all foreign forces from our territory, "
                       "according to the timetable agreed in Washington.") == (False, "")
    said, who = attribution("According to the Foreign Ministry, the talks were productive.")
    assert said and "Foreign Ministry" in who


def test_a_speakers_post_on_the_line_under_his_name_is_his_title() -> None:
    # 'Address by H.E. Mr. Jean-Pierre Kabasele Mutombo' over 'Deputy Prime Minister and Minister of Foreign
    # Affairs of the Democratic Republic of the Congo': his title was 'H.E. Mr.'
    from summariser.headings import heading_issuer

    text = ("UNITED NATIONS GENERAL ASSEMBLY \u2013 80th SESSION\nGeneral Debate\n\n"
            "Address by H.E. Mr. Jean-Pierre Kabasele Mutombo\nDeputy Prime Minister and Minister of Foreign "
            "Affairs of the Democratic Republic of the Congo\n\nNew York, 26 September\n\nMr. President,\n")
    assert heading_issuer(text) == ("H.E. Mr. Jean-Pierre Kabasele Mutombo, Deputy Prime Minister and Minister of "
                                    "Foreign Affairs of the Democratic Republic of the Congo")


def test_a_side_that_made_groundless_accusations_is_their_claimant() -> None:
    # a Chinese MFA answer, 'The Japanese side has once again made groundless accusations against China',
    # named no claimant, so the claim went to the model's guess
    from summariser.rebuttals import rebutted_claim

    assert rebutted_claim("The Japanese side has once again made groundless accusations against China.") == \
        (True, "The Japanese side")
    assert rebutted_claim("Washington has repeatedly made baseless allegations about our programme.") == \
        (True, "Washington")


def test_relatives_and_families_who_speak_are_no_party() -> None:
    # OHCHR: 'Relatives say the detainees were beaten' held by the state the model named
    assert no_party_source("Relatives say the detainees were beaten.")
    assert no_party_source("Families of the victims said they had received no information.")


def test_a_bare_both_is_the_pair_of_leaders_named() -> None:
    # Chile's readout: 'Both warned against unilateral steps ...' after 'The leaders also discussed ...' went to
    # Chile, not to the first-named of the two presidents
    from summariser.joint import pair_subject

    assert pair_subject("Both warned against unilateral steps that could complicate mediation efforts.") == \
        "both leaders"
    assert pair_subject("Both sides agreed to set up a working group.") == "Both sides"
    assert pair_subject("Both parts of the agreement stand.") is None


def test_both_sides_of_a_meeting_of_two_people_are_theirs_not_the_states_last_discussed() -> None:
    # a State Department readout: 'Both sides agreed to set up a working group' after 'The Secretary thanked
    # Minister Farias for Brazil's long engagement on Haiti' went to Brazil (of the last two states named)
    from summariser.joint import first_of_pair
    from summariser.party_sides import sides

    text = ("Secretary of State Daniel Whitfield met today with Brazilian Foreign Minister Helena Farias. The "
            "Secretary thanked Minister Farias for Brazil's long engagement on Haiti. Both sides agreed to set up "
            "a working group.")
    _doc, book, _voice = parsed(text, PartyDraft(name="Daniel Whitfield", kind="person", acts_for="United States"),
                                PartyDraft(name="Helena Farias", kind="person", acts_for="Brazil"),
                                PartyDraft(name="Brazil", kind="state", acts_for=None),
                                PartyDraft(name="Haiti", kind="state", acts_for=None))
    first = first_of_pair("Both sides", book.parties, sides(book.parties), text, text.find("Both sides"))
    assert first is not None and first.name == "Daniel Whitfield"
    # 'the two countries' are states, whoever spoke for them
    first = first_of_pair("The two countries", book.parties, sides(book.parties), text, text.find("Both sides"))
    assert first is not None and first.kind == "state"
