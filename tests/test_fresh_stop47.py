"""Conventions met in documents written after the eval set (stop 47): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues, list_asks, own_asks, rebuttals
from summariser.accusations import accused_in, accuses
from summariser.drafts import PartyDraft
from summariser.known_parties import add_speaker
from summariser.procedural import procedural
from tests.test_fresh_stop46 import settled_in
from tests.test_known_actors import parsed, read_text

PAKISTAN_BRIEFING = (
    "MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF PAKISTAN\n\n"
    "Transcript of the Weekly Press Briefing by the Spokesperson\nIslamabad, 10 January 2025\n\n"
    "Question: This week the spokesperson of India's Ministry of External Affairs said New Delhi condemns attacks "
    "on Afghan civilians and added that it is \"an old practice\" of Pakistan to blame its neighbours. What is "
    "Pakistan's response?\n\n"
    "Spokesperson: We have seen these remarks and we reject them as baseless and self-serving. Pakistan has "
    "shared evidence with the international community of Indian sponsorship of terrorist groups operating "
    "against Pakistan.\n\n"
    "Question: The Afghan interim government says Pakistani aircraft struck several locations in Paktika. "
    "Kabul also denies that the TTP has any presence on Afghan soil. Can you clarify Pakistan's position?\n\n"
    "Spokesperson: Pakistan does not target civilians.\n\n"
    "As for the claim that there are no terrorists in Afghanistan, the facts say otherwise.\n")
BRIEFING_PARTIES = [PartyDraft(name="Ministry of Foreign Affairs", kind="government_body", acts_for="India"),
                    PartyDraft(name="Pakistan", kind="state", acts_for=None),
                    PartyDraft(name="India", kind="state", acts_for=None),
                    PartyDraft(name="Afghanistan", kind="state", acts_for=None)]


def test_a_numbered_item_that_goes_on_in_lower_case_is_one_sentence_with_its_number() -> None:
    # Ukraine's MFA: 'Ukraine calls on its partners:' then '1. to strengthen pressure on Russia ...;' was cut
    # after '1.', so the item lost its mark, its list's lead-in asked nothing and three asks became positions
    doc = read_text("Ukraine calls on its partners:\n\n1. to strengthen pressure on Russia without delay;\n"
                    "2. to urgently reinforce Ukraine's air defence;\n\nStatements are not enough.\n")
    texts = [s.text for s in doc.sentences]
    assert texts[1] == "1. to strengthen pressure on Russia without delay;"
    assert list_asks.asked_by_lead_in(texts[:1], texts[1]) == \
        "calls on its partners to strengthen pressure on Russia without delay;"
    # an item that opens a sentence of its own keeps the cut the recorded documents were read with
    numbered = [s.text for s in read_text("1. The Republic condemns every act of violence.\n").sentences]
    assert numbered == ["1.", "The Republic condemns every act of violence."]


def test_a_ministry_under_the_masthead_serves_the_state_the_masthead_names() -> None:
    # 'MINISTRY OF FOREIGN AFFAIRS' / 'GOVERNMENT OF PAKISTAN': the model tied the ministry to India
    # (whose ministry the first question quotes), and the ministry's rebuttal became India's claim
    _doc, book, _voice = parsed(PAKISTAN_BRIEFING, *BRIEFING_PARTIES, voice="Pakistan")
    ministry, pakistan = book.find("Ministry of Foreign Affairs"), book.find("Pakistan")
    assert ministry is not None and pakistan is not None
    assert ministry.affiliation == pakistan.id
    # a ministry its heading does not name keeps the model's tie
    _doc, book, _voice = parsed("Statement\n\nIndia's Ministry of Foreign Affairs said the talks went well.\n",
                                *BRIEFING_PARTIES[:3])
    ministry, india = book.find("Ministry of Foreign Affairs"), book.find("India")
    assert ministry is not None and india is not None and ministry.affiliation == india.id


def test_the_facts_say_otherwise_rebuts_the_claim_the_last_denial_made() -> None:
    # 'As for the claim that there are no terrorists in Afghanistan, the facts say otherwise' denied
    # nothing, so the ministry was taken to assert it; the claim is Kabul's ('Kabul also denies that ...')
    line = "As for the claim that there are no terrorists in Afghanistan, the facts say otherwise."
    assert claim_cues.denies(line)
    assert claim_cues.denies("The evidence shows otherwise.")
    assert not claim_cues.denies("The facts of the case are well known.")
    kinds, _other, claimant = settled_in(PAKISTAN_BRIEFING, BRIEFING_PARTIES, "Pakistan", ["claim"], line)
    assert "claim" in kinds and claimant == "Afghanistan"


def test_remarks_rejected_as_baseless_are_the_claim_of_whoever_the_question_quoted() -> None:
    # 'We have seen these remarks and we reject them as baseless' was Pakistan's charge against India;
    # the remarks are India's (its spokesperson 'added that it is "an old practice" of Pakistan ...')
    line = "We have seen these remarks and we reject them as baseless and self-serving."
    assert rebuttals.rebutted_claim(line) == (True, None)
    assert rebuttals.rebutted_claim("Such claims do not correspond to the facts.") == (False, None)
    kinds, _other, claimant = settled_in(PAKISTAN_BRIEFING, BRIEFING_PARTIES, "Pakistan", ["claim"], line)
    assert "claim" in kinds and claimant == "India"


def test_evidence_of_a_states_sponsorship_accuses_that_state() -> None:
    # 'Pakistan has shared evidence ... of Indian sponsorship of terrorist groups' charged nobody (the
    # model had guessed the UN team named elsewhere), so it stayed a position
    line = ("Pakistan has shared evidence with the international community of Indian sponsorship of terrorist "
            "groups operating against Pakistan.")
    assert accused_in(line) == "Indian" and accuses(line)
    assert accused_in("Pakistan shared information about the Indian support for the talks.") is None
    kinds, other, _claimant = settled_in(PAKISTAN_BRIEFING, BRIEFING_PARTIES, "Pakistan", ["claim"], line)
    assert "claim" in kinds and other == "India"


def test_a_readouts_topic_and_arrangements_are_procedural() -> None:
    # Kremlin readout: 'The two leaders focused on the situation around the Black Sea Initiative ...' and
    # 'The parties agreed to maintain contacts ...; its timing will be coordinated ...' were Putin's positions
    assert procedural("The two leaders focused on the situation around the Black Sea Initiative for the export of "
                      "Ukrainian grain, which ceased to operate on July 17.")
    assert procedural("The parties agreed to maintain contacts and to hold a personal meeting in the near future; "
                      "its timing will be coordinated through diplomatic channels.")
    assert not procedural("The talks focused on the situation in Gaza, and the President condemned the attack.")
    assert not procedural("The parties agreed to maintain contacts; Russia will not return to the deal.")


def test_a_communiques_place_and_date_line_is_procedural() -> None:
    # ECOWAS: 'Done at Abuja, this 30th day of July 2023.' was ECOWAS's position
    assert procedural("Done at Abuja, this 30th day of July 2023.")
    assert procedural("Done at New York, on 12 June 2024.")
    assert not procedural("Done at last, the Authority lifts the sanctions on Niger.")


def test_a_bare_body_that_speaks_is_the_one_the_text_names_in_full() -> None:
    # ECOWAS communiqué: 'The Authority condemns ...' added a party 'Authority' serving no one, so its
    # positions and requests were on no side; it is 'the ECOWAS Authority of Heads of State and Government'
    text = ("FINAL COMMUNIQUE\n\n1. The ECOWAS Authority of Heads of State and Government met in Abuja on 30 July "
            "2023.\n\n2. The Authority condemns the attempt to overthrow the constitutional order in Niger.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="ECOWAS", kind="international_org", acts_for=None),
                                PartyDraft(name="Niger", kind="state", acts_for=None), voice="ECOWAS")
    speaker = add_speaker("The Authority", book)
    ecowas = book.find("ECOWAS")
    assert speaker is not None and ecowas is not None
    assert speaker.name == "ECOWAS Authority of Heads of State and Government"
    assert speaker.affiliation == ecowas.id


def test_a_ministry_under_its_states_name_serves_that_state() -> None:
    # Venezuela: 'BOLIVARIAN REPUBLIC OF VENEZUELA' over 'Ministry of Popular Power for Foreign Affairs' left
    # the ministry serving no one
    text = ("BOLIVARIAN REPUBLIC OF VENEZUELA\nMinistry of Popular Power for Foreign Affairs\n\nCOMMUNIQUE\n\n"
            "The Government of the Bolivarian Republic of Venezuela rejects the tariff announced by Washington.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Ministry of Popular Power for Foreign Affairs",
                                                 kind="government_body", acts_for=None),
                                PartyDraft(name="Venezuela", kind="state", acts_for=None),
                                PartyDraft(name="United States", kind="state", acts_for=None), voice="Venezuela")
    ministry, venezuela = book.find("Ministry of Popular Power for Foreign Affairs"), book.find("Venezuela")
    assert ministry is not None and venezuela is not None and ministry.affiliation == venezuela.id


def test_what_a_side_presents_and_claims_past_an_aside_is_its_own() -> None:
    # Venezuela: 'Washington presents this measure as a response ... and claims, without offering any
    # evidence, that our country has deliberately sent ... criminals' was Venezuela's own position
    from summariser.attribution import attribution
    line = ("Washington presents this measure as a response to the alleged \"hostility\" of Venezuela and claims, "
            "without offering any evidence, that our country has deliberately sent violent criminals.")
    assert attribution(line) == (True, "Washington ")
    assert attribution("The United States claims, without evidence, that Venezuela sent criminals.")[0]
    assert attribution("The measure is presented as a response to hostility.") == (False, "")


def test_what_someone_had_to_do_asks_nothing() -> None:
    # NATO: '... and Allied aircraft had to engage.' was Rutte's call on Poland
    from summariser import cues
    assert not cues.asks("Around nineteen violations of Polish airspace were recorded in one night, and Allied "
                         "aircraft had to engage.")
    assert not cues.asks("The crew were forced to return to port.")
    assert cues.asks("We call on Russia to return the children.")


def test_a_hosts_plan_a_rival_account_announced_and_a_dated_place_line_are_procedural() -> None:
    # NATO: 'The Secretary General will make a few remarks and then take your questions.' was Hart's position;
    # AP: 'China offered a starkly different version.' was China's; Japan's MOFA: the heading's 'Friday,
    # November 1, 2024, 9:02 a.m. / Front Entrance Hall, Ministry of Foreign Affairs' was the minister's
    assert procedural("The Secretary General will make a few remarks and then take your questions.")
    assert procedural("China offered a starkly different version.")
    assert not procedural("Beijing offered a sharply different account, accusing Manila of ramming its ship.")
    assert procedural("Friday, November 1, 2024, 9:02 a.m.\nFront Entrance Hall, Ministry of Foreign Affairs")
    assert procedural("10 September 2025, NATO Headquarters, Brussels")
    assert not procedural("On 1 November 2024 North Korea launched a ballistic missile.")


def test_accepting_a_proposal_proposes_nothing() -> None:
    # Ukraine's MFA: 'Ukraine accepted the proposal of a full and unconditional ceasefire on 11 March' was
    # Ukraine's proposal to Russia
    from summariser import cues
    assert not cues.asks("Ukraine accepted the proposal of a full and unconditional ceasefire on 11 March.")
    assert cues.asks("Brazil made a proposal for talks in Geneva.")


def test_after_an_unnamed_source_the_subject_that_insists_speaks() -> None:
    # Greek MFA: 'According to diplomatic sources, Ankara did not accept this framing and continued to insist
    # that ...' was Greece's position (the voice's, as no one named told it)
    from summariser.attribution import attribution
    assert attribution("According to diplomatic sources, Ankara did not accept this framing and continued to "
                       "insist that a wider set of Aegean issues be included in any talks.") == (True, "Ankara")
    assert attribution("According to initial information, the missile flew for 86 minutes.") == (False, "")
    assert procedural("The two ministers reviewed progress on the positive agenda and on confidence-building "
                      "measures.")


def test_information_spread_by_a_side_that_does_not_correspond_to_reality_is_its_claim() -> None:
    # Armenian MFA: '... the information spread by Baku does not correspond to reality' denied nobody's claim
    assert rebuttals.rebutted_claim("Our Ministry of Defence has already refuted it, and I can only confirm that "
                                     "the information spread by Baku does not correspond to reality.") == (True, "Baku")
    # and statements the voice itself holds up are no rebuttal: 'These statements are documented and have
    # never been retracted' (Rwanda, of the DRC's threats) had become the DRC's claim, denied
    assert rebuttals.rebutted_claim("These statements are documented and have never been retracted.") == (False, None)


def test_a_joint_statements_heading_lists_its_signatories_not_its_topic() -> None:
    # Nordic ministers: '... of Denmark, Finland, Iceland, Norway and Sweden on the situation in Georgia' made
    # Georgia a signatory, so every request to Georgia lost its addressee
    from summariser.links import signatories
    text = ("Joint Statement by the Foreign Ministers of Denmark, Finland, Iceland, Norway and Sweden on the "
            "situation in Georgia\n\nWe call on Georgia to repeal the law.\n")
    _doc, book, _voice = parsed(text, *[PartyDraft(name=n, kind="state", acts_for=None)
                                        for n in ("Denmark", "Finland", "Iceland", "Norway", "Sweden", "Georgia")])
    georgia = book.find("Georgia")
    assert georgia is not None and len(signatories(book)) == 5 and georgia.id not in signatories(book)


WIRE_CLASH = ("Cambodian soldier killed in border firefight\n\nBANGKOK, May 28 (Wire) - A Cambodian soldier was "
              "killed on Wednesday.\n\nCambodia gave a sharply different account. Its Ministry of National Defence "
              "said Thai troops had attacked a Cambodian position. Spokeswoman Maly Socheata said Cambodian soldiers "
              "had acted only to protect themselves.\n")


def test_its_ministry_is_the_state_named_before_and_a_bare_spokeswoman_the_body_that_spoke_before() -> None:
    # Wire report: 'Its Ministry of National Defence said ...' became a party 'Its Ministry of National
    # Defence' serving no one, and 'Spokeswoman Maly Socheata' served no one either
    _doc, book, _voice = parsed(WIRE_CLASH, PartyDraft(name="Cambodia", kind="state", acts_for=None),
                                PartyDraft(name="Thailand", kind="state", acts_for=None))
    ministry = add_speaker("Its Ministry of National Defence", book)
    cambodia = book.find("Cambodia")
    assert ministry is not None and cambodia is not None
    assert ministry.name == "Ministry of National Defence" and ministry.affiliation == cambodia.id
    spokeswoman = add_speaker("Spokeswoman Maly Socheata", book)
    assert spokeswoman is not None and spokeswoman.affiliation == ministry.id


def test_the_experts_whose_report_a_statement_answers_assert_its_allegations() -> None:
    # Rwanda: 'Rwanda rejects the allegations contained in the report regarding ...' under 'Statement by the
    # Government of Rwanda on the Final Report of the UN Group of Experts ...' denied no one's claim
    from summariser.answered_headings import answered_in
    line = ("Rwanda rejects the allegations contained in the report regarding the presence of Rwanda Defence "
            "Force troops in North Kivu.")
    text = ("Statement by the Government of Rwanda on the Final Report of the UN Group of Experts on the "
            f"Democratic Republic of the Congo\n\nKigali, 9 July 2024\n\n{line}\n")
    assert answered_in(text) == "UN Group of Experts"
    assert rebuttals.rebutted_claim(line) == (True, None)
    kinds, _other, claimant = settled_in(text, [PartyDraft(name="Rwanda", kind="state", acts_for=None)],
                                         "Rwanda", ["position"], line)
    assert "claim" in kinds and claimant == "UN Group of Experts"


READOUT_UK = ("PM meeting with the Taoiseach: 7 September 2024\n\nThe Prime Minister met the Taoiseach, Simon Harris, "
              "in Dublin today, the first visit by a British Prime Minister to Ireland for a bilateral meeting in five "
              "years.\n\nThe Taoiseach pressed for firm commitments on the timetable for change.\n")


def test_downing_streets_bare_prime_minister_is_the_british_one_and_issues_the_readout() -> None:
    # 'PM meeting with the Taoiseach': the model tied 'Prime Minister' to Ireland and made Ireland the
    # voice, so the Taoiseach's ask went to nobody
    _doc, book, voice = parsed(READOUT_UK, PartyDraft(name="Prime Minister", kind="government_body",
                                                      acts_for="Ireland"),
                               PartyDraft(name="Simon Harris", kind="person", acts_for="Ireland"), voice="Ireland")
    prime_minister = book.find("Prime Minister")
    assert prime_minister is not None and voice is prime_minister
    assert book.by_id(prime_minister.affiliation).name == "United Kingdom"


def test_a_participle_after_its_noun_is_no_lead_in() -> None:
    # NGO release: '... and investigate the deaths reported at the borders.' made the Tunisian authorities the
    # speaker of the NGO's own demand, and so the requester
    from summariser.attribution import attribution
    assert attribution("The Tunisian authorities must immediately end collective expulsions and investigate the "
                       "deaths reported at the borders.") == (False, "")
    assert attribution("The ministries reported in June that prices rose.")[0]


def test_a_researcher_at_the_organisation_serves_the_issuing_organisation() -> None:
    # NGO release: 'Hela Ben Salem, North Africa researcher at the organisation' served 'North Africa'
    from summariser.bare_posts import tie_staff_to_issuer
    text = ("Tunisia: Migrants Dumped at Desert Borders\n\n(Tunis, 16 July 2024) - Tunisian forces expelled "
            "migrants, Rights Frontier International said today.\n\n\"These are not isolated incidents,\" said Hela "
            "Ben Salem, North Africa researcher at the organisation.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Rights Frontier International", kind="international_org",
                                                 acts_for=None),
                                PartyDraft(name="Hela Ben Salem", kind="person", acts_for="North Africa"))
    ngo, researcher = book.find("Rights Frontier International"), book.find("Hela Ben Salem")
    assert ngo is not None and researcher is not None
    tie_staff_to_issuer(book, ngo)
    assert researcher.affiliation == ngo.id


def test_a_reports_background_on_a_side_it_does_not_name_is_the_reporters_narrative() -> None:
    # AP: 'A 2016 ruling by an arbitral tribunal in The Hague invalidated those sweeping claims ...' was the
    # United States' position and charge, the model's guess at a side the line never names
    from summariser.assemble import Run, build_items
    from summariser.drafts import SentenceDraft
    text = ("Philippines and China trade blame after ships collide\n\nMANILA (AP) - The U.S. State Department "
            "condemned the Chinese action.\n\nA 2016 ruling by an arbitral tribunal in The Hague invalidated those "
            "sweeping claims under the U.N. convention.\n\nThe Chinese coast guard said it would defend the "
            "shoal.\n")
    doc, book, _voice = parsed(text, PartyDraft(name="United States", kind="state", acts_for=None),
                               PartyDraft(name="China", kind="state", acts_for=None),
                               PartyDraft(name="China Coast Guard", kind="government_body", acts_for="China"))
    numbers = {s.text[:6]: s.number for s in doc.sentences}
    found = [(numbers["A 2016"], SentenceDraft(by="United States", t=["position", "claim"], to="China")),
             (numbers["The Ch"], SentenceDraft(by="China Coast Guard", t=["position"], to=None))]
    positions, _requests, claims = build_items(found, doc, book, Run(), None)
    # (the coast guard's line names it by a word of its name, so it stays the coast guard's)
    assert [book.by_id(p.holder).name for p in positions] == ["China Coast Guard"] and claims == []
    # (and a line that opens on a pronoun is the side the model resolved it to: Reuters' 'It later closed its
    # airspace to flights to and from Mali' stays Algeria's)
    from summariser.clause_speakers import mentions
    from summariser.schema import Party
    algeria = Party(id="p9", name="Algeria", kind="state")
    assert mentions(algeria, "It later closed its airspace to flights to and from Mali.")
    assert not mentions(algeria, "A 2016 ruling invalidated those claims.")


def test_an_invitation_to_someone_to_visit_asks_that_someone() -> None:
    # Villa Somalia: 'He extended an invitation to President Hassan Sheikh to undertake a state visit' was made
    # to a party of the model's ('Kenya's foreign ministers'), the text naming no one it could read
    from summariser.asking_sides import addressee_phrase
    assert addressee_phrase("He extended an invitation to President Hassan Sheikh to undertake a state visit to "
                            "Nairobi.") == "President Hassan Sheikh"
    assert addressee_phrase("She extended an invitation to the summit in Paris.") is None


def test_what_a_bodys_communique_justifies_a_decision_by_is_its_claim() -> None:
    # Morocco's MFA: 'The communiqué of the Algerian High Security Council justifies the decision by what it
    # calls "continued provocations ..." on the part of Morocco. These allegations are categorically rejected.'
    # made Morocco's ministry charge the council
    from summariser import cues
    from summariser.attribution import attribution
    assert attribution("The communiqué of the Algerian High Security Council justifies the decision by what it "
                       "calls \"continued provocations\" on the part of Morocco.") == \
        (True, "The communiqué of the Algerian High Security Council ")
    assert attribution("Nothing can justify the killing of civilians.") == (False, "")
    # and the list's lead-in 'In light of the above, the Kingdom of Morocco:' says nothing; 'That invitation
    # remains unanswered' invites no one
    assert procedural("In light of the above, the Kingdom of Morocco:")
    assert not cues.asks("That invitation remains unanswered.")
    assert cues.asks("The President extended an invitation to King Mohammed VI.")


def test_an_organisations_official_opening_the_text_is_its_voice_not_the_state_in_its_title() -> None:
    # Council of Europe: 'Georgia: Secretary General Alarmed by ...' made Georgia the voice, so the Secretary
    # General's list of calls on the Georgian authorities became Georgia's; OHCHR's 'Location: Geneva' made
    # 'Geneva' the voice
    from summariser.voice import checked_voice
    text = ("Georgia: Secretary General Alarmed by Violence Against Journalists\n\nStrasbourg, 4 December 2024\n\n"
            "The Secretary General of the Council of Europe, Alain Berset, today expressed deep concern at the "
            "situation in Georgia.\n\nThe Secretary General called on the Georgian authorities to release those "
            "detained.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Georgia", kind="state", acts_for=None),
                              PartyDraft(name="Alain Berset", kind="person", acts_for="Council of Europe"),
                              voice="Georgia")
    checked = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert checked is not None and checked.name == "Council of Europe"
    text = ("Press briefing notes on Iran: executions\n\nSpokesperson for the UN High Commissioner for Human Rights\n"
            "Location: Geneva\n\nWe are deeply disturbed by the executions in Iran.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Iran", kind="state", acts_for=None),
                              PartyDraft(name="Geneva", kind="state", acts_for=None), voice="Geneva")
    checked = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert checked is not None and checked.name == "United Nations"


def test_another_states_own_word_is_no_stem_of_a_state_it_resembles() -> None:
    # Élysée press conference: 'We remain open to the Nigerien people' named Nigeria (the stem 'nigeri')
    from summariser.naming import speaker_in
    from summariser.schema import Party
    niger, nigeria = Party(id="p1", name="Niger", kind="state"), Party(id="p2", name="Nigeria", kind="state")
    assert speaker_in("We remain open to the Nigerien people", [niger, nigeria]) is not nigeria
    morocco = Party(id="p3", name="Morocco", kind="state")
    assert speaker_in("The Moroccan intelligence services used the spyware", [morocco]) is morocco


def test_what_a_that_clause_asks_is_the_clause_not_its_last_to() -> None:
    # India-Bangladesh: 'requested that such incidents be brought to zero' was worded 'Zero'
    from summariser import wording
    assert wording.action("requested that such incidents be brought to zero.", ["Bangladesh"]) == \
        "Such incidents be brought to zero"
    assert wording.action("urged Israel to halt its offensive", ["X"]) == "Halt its offensive"


def test_what_two_sides_agree_or_task_their_own_people_with_asks_no_one() -> None:
    # Villa Somalia: 'They further agreed that the ministers responsible for trade ... should meet ...' was
    # Somalia's call on Kenya, and 'They also asked their foreign ministers to prepare a joint framework ...'
    # a call on 'international partners' (the last ones asked)
    assert own_asks.own_resolve("They further agreed that the ministers responsible for trade and internal security "
                                "should meet before the end of June.")
    assert own_asks.own_resolve("They also asked their foreign ministers to prepare a joint framework.")
    assert not own_asks.own_resolve("The EU agreed that Russia should pay.")
    assert not own_asks.own_resolve("They asked the UN to send monitors.")
