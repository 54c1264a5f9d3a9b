"""The code-side decisions: reporting cues, speakers, party tidying."""

from __future__ import annotations

import pytest

from summariser import cues, forces, headings, rebuttals
from summariser.attribution import attribution
from summariser.drafts import PartyDraft
from summariser.naming import speaker_in
from summariser.parties import build_parties, written_with_article
from summariser.procedural import procedural
from summariser.schema import Party
from summariser.titles import split_title


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Blinken called for a ceasefire", "call"),
        ("Baku urged Yerevan to withdraw", "call"),
        ("The ministry demands the immediate release of the crew", "demand"),
        ("They were invited to a dialogue", "invitation"),
        ("Ankara offered to host the talks", "offer"),
        ("Paris proposed a joint commission", "proposal"),
        ("We hope that Türkiye completes ratification", "appeal"),
        # the verb that asks, not a word in what is asked
        ("Blinken urged Hamas to accept the proposal on the table", "call"),
        ("We call on Moscow to accept our offer and to stop", "call"),
    ],
)
def test_force_from_wording(text, force):
    assert forces.force_of(text) == force


def test_condition_and_asking_words():
    assert forces.condition_of("measures will be stopped if the weapon is laid down and disarmed.") == (
        "the weapon is laid down and disarmed")
    assert cues.asks("called for a ceasefire") and not cues.asks("made a phone call to President Aliyev")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Türkiye expects Sweden to take concrete steps.", True),
        ("He expressed the hope that Türkiye would complete the ratification.", True),
        ("The army advised citizens not to touch the balloons.", True),
        ("I ask the Agency to keep its team there.", True),
        ("I hope that those who still have influence in Minsk will say so clearly.", True),
        ("Please close those channels.", True),
        ("We are prepared to consider resuming the deal once the terms are met.", True),  # an offer
        ("Prime Minister Kurti was not prepared to move forward.", False),  # nobody is offered anything
        ("Sweden expressed hope for the talks.", False),
        ("The leaders spoke by phone.", False),
        ("The Secretary welcomed Indonesia's offer to host regional talks.", False),  # the noun
        ("Indonesia offered to host regional talks.", True),
        ("The Turkish President expressed readiness to host a new round of talks.", True),  # an offer
    ],
)
def test_plain_request_wording(text, asks):
    assert cues.plainly_asks(text) is asks


def test_attribution_names_the_speaker_or_leaves_the_voice():
    assert attribution("Minister Fidan said that the law was a step.") == (True, "Minister Fidan ")
    assert attribution("We call on the West to lift the sanctions.") == (False, "")
    assert attribution("Moreover, the Kyiv regime exploited the corridor.") == (False, "")
    # what the other side says, reported in the voice's statement: the other side speaks
    assert attribution("Second, Drovia complains that its exports are blocked.") == (True, "Second, Drovia ")
    assert attribution("Drovia keeps insisting that the island is its territory.") == (True, "Drovia keeps ")
    # a wire's dateline names the place and the agency, not who speaks
    assert attribution("ADDIS ABABA, March 3 (Reuters) - Drovia accused Varna of massing troops.") == (
        True, "Drovia ")
    assert attribution("ISLAMABAD - Drovia said it had struck hideouts.") == (True, "Drovia ")
    assert attribution("- Varna paid tribute to the soldiers.") == (True, "- Varna ")  # its own stance
    # a passive names a thing, not a speaker
    assert attribution("Peace rests on the Peace Formula proposed by President Duma.") == (False, "")
    assert not cues.asks("This is not a peace plan but an ultimatum.") and cues.asks("They issued an ultimatum.")
    assert not cues.asks("Peace rests on the Peace Formula proposed by President Duma.")
    assert not cues.plainly_asks("Peace rests on the Peace Formula proposed by President Duma.")
    # a verdict the speaker voices: 'called the attack a provocation' (not 'called for')
    assert attribution("Prime Minister Ion Duma called the attack a provocation.") == (
        True, "Prime Minister Ion Duma ")


def test_a_claim_noun_is_no_speaking_verb():
    assert attribution("Greece's maximalist claims over the sea have no legal basis.") == (False, "")
    assert attribution("The Russian side claims that the drone was Ukrainian.") == (True, "The Russian side ")


def test_first_person_speaker_and_nouns_that_look_like_verbs():
    # the main clause's 'I' or 'we' speaks, whoever the reported clause after it names
    assert attribution("To those who sell Drovia drones, I say: there is no neutrality.") == (False, "")
    assert attribution("This is no peace, and I hope that those in Varna will say so.") == (False, "")
    # 'states' and 'reports' are nouns unless a 'that' or a colon follows
    assert attribution("The bulk went to rich countries, while the poorest states received little.") == (
        False, "")
    assert attribution("Media reports put the toll at twelve.") == (False, "")
    assert attribution("The Ministry of Defence of Drovia states that no shell fell.") == (
        True, "The Ministry of Defence of Drovia ")
    # 'agreed to host' tells of an act; 'agreed that' still reports speech
    assert attribution("The regime in Varna has agreed to host foreign missiles.") == (False, "")
    assert attribution("The envoys agreed that the talks should resume.") == (True, "The envoys ")


def test_the_voice_answers_what_it_reports_after_but():
    assert attribution("Drovia says it is neutral, but neutrality cannot mean selling drones.") == (False, "")
    assert attribution("Drovia says it is neutral, but that it will trade.") == (True, "Drovia ")  # still Drovia's
    assert headings.speech_heading("Remarks by President Emmanuel Macron at the Paris Peace Forum")
    assert not headings.speech_heading("Statement by the Ministry of Foreign Affairs")


def test_an_offer_made_and_a_proposal_in_a_participle_are_requests() -> None:
    assert cues.plainly_asks("Ukraine has made a simple offer and I repeat it here: all for all.")
    assert forces.force_of("Ukraine has made a simple offer.") == "offer"
    assert cues.plainly_asks("The King spoke, proposing that Rabat and Algiers work together.")
    assert not cues.plainly_asks("Serbia is ready to talk.")  # readiness alone: no plain request


def test_more_ways_of_saying() -> None:
    assert attribution("Prime Minister Netanyahu made it clear that Israel will act.") == (
        True, "Prime Minister Netanyahu ")
    assert attribution("The minister vowed that the port would reopen.") == (True, "The minister ")
    assert attribution("Let it be made clear that the balloons harm nobody.") == (False, "")
    assert attribution("The Estonian authorities declared two Russian diplomats persona non grata.") == (False, "")


def test_a_stance_verb_makes_only_the_opening_subject_the_speaker():
    assert attribution("Defence Minister Luka Petrich of Drovia defended the blockade as lawful.") == (
        True, "Defence Minister Luka Petrich of Drovia ")
    assert attribution("Minister Lamola thanked Drovia for its support.") == (True, "Minister Lamola ")
    # Deep in the sentence, the same verb reports what the document's own voice alleges.
    assert attribution("For years defectors flew leaflets across the border, while the ROK authorities "
                            "looked on and defended such acts.") == (False, "")


def test_procedural_lines_and_rebutted_claims():
    assert procedural("During the telephone conversation, the sides exchanged views on the situation.")
    assert procedural("The two leaders agreed to maintain contacts.")
    # a statement's note of what it answers; a body's closing formula
    assert procedural("We have seen the remarks made by the Indian Defence Minister at a rally yesterday.")
    assert procedural("5. Decides to remain actively seized of the matter.")
    assert procedural("The following is attributed to Spokesperson Dana Varga:")
    assert procedural("Today, together with the Envoy, I hosted President Ana Lis and Prime Minister Dan Roe.")
    assert procedural("Kim Yo Jong issued the following press statement on Wednesday:")
    # a passive 'met by' is no meeting; a committee is no commitment; a meeting on a violation charges
    assert not procedural("Varnan jets crossed the line and were met by a timely response.")
    assert procedural("The National Security Committee met today in Islamabad.")
    assert not procedural("The Committee met today to review the violation of the Line by Varnan aircraft.")
    assert procedural("Thank you all for being here.")
    assert not procedural("Thank you to Ukraine for its courage.")
    assert rebuttals.rejects_earlier_claim("Mr Baghaei, the spokesman, rejected the recent statement of the E3.")
    assert rebuttals.rejects_earlier_claim("This is not true.")
    assert rebuttals.rejects_earlier_claim("This is yet another baseless fabrication.")
    assert not rebuttals.rejects_earlier_claim("It is false that Russia attacked.")
    assert not procedural("We have seen reports that Russia will withdraw, and we welcome them.")
    # a speech's signposts and salutations state nothing; a stance after them does
    assert procedural("Let me end where I began.") and procedural("Finally, a word about this Organisation.")
    assert procedural("Mr. President of the General Assembly, Mr. Secretary-General, distinguished delegates.")
    assert not procedural("Let me be clear: Russia must withdraw its troops from all of Ukraine now.")
    assert not procedural("Mr. President, Russia must withdraw.")
    assert not procedural("Blinken expressed concern and called for a ceasefire during the call.")
    rebutted = rebuttals.rebutted_claim
    assert rebutted("The Committee strongly rejected India's claim that it had struck a camp") == (True, "India")
    assert rebutted("Baku categorically rejects the claims of the Armenian side that it attacked") == (
        True, "the Armenian side")
    assert rebutted("The allegations spread by Baku that Armenian units fired first are false.") == (True, "Baku")
    assert rebutted("We reject the assertion, spread by the opposition parties, that the law is Russian.") == (
        True, "the opposition parties")
    assert rebutted("Egypt's allegation that the filling breaches the Declaration is unfounded.") == (True, "Egypt")
    # a denied claim whose claimant the sentence leaves unnamed
    assert rebutted("Third, the claim that Ukraine used the corridor for military purposes is a fabrication.") == (
        True, None)
    assert rebutted("The ministry rejected the proposal.") == (False, None)
    assert rebutted("The Ministry rejects the comparisons that Albin Kurti has drawn with Crimea.") == (
        True, "Albin Kurti")
    assert rebutted("India's claim that it struck a camp was repeated today.") == (False, None)  # no denial
    assert rebutted("He rejected the claims made against Drovia in the final statement of the G7 summit, calling "
                    "them baseless.") == (True, "the G7")
    assert rebutted("We reject the baseless remarks made by the Varnan Foreign Minister about Drovia.") == (
        True, "the Varnan Foreign Minister")
    # whom the allegation is about is not whose it is; the sentence tells the claim it denies
    assert rebutted("Allegations of the Government of Varna's involvement in the attack are absurd.") == (True, None)
    assert rebutted("The claims of the Drovian Ministry of Defence that a Varnan missile fell there are a cynical "
                    "lie.") == (True, "the Drovian Ministry of Defence")


def test_a_body_acts_for_the_state_its_name_gives():
    text = "Chinese Coast Guard ships approached. The Philippines protested. China said so."
    drafts = [PartyDraft(name="Chinese Coast Guard", kind="government_body", acts_for="Philippines"),
              PartyDraft(name="Philippines", kind="state", acts_for=None),
              PartyDraft(name="China", kind="state", acts_for=None)]
    book = build_parties(drafts, text)
    assert book.by_id(book.find("Chinese Coast Guard").affiliation).name == "China"


def test_a_department_named_for_a_state_is_not_another_actors():
    text = "Comment by the Information and Press Department of the Russian Ministry of Foreign Affairs. The EU acted."
    drafts = [PartyDraft(name="Information and Press Department of the Russian Ministry of Foreign Affairs",
                         kind="government_body", acts_for="EU"),
              PartyDraft(name="EU", kind="international_org", acts_for=None)]
    book = build_parties(drafts, text)
    department = book.find("Information and Press Department of the Russian Ministry of Foreign Affairs")
    assert book.by_id(department.affiliation).name == "Russia"


def test_names_take_the_texts_own_word_endings():
    text = "The Israeli foreign minister spoke. Guyana Defence Force units moved. Israeli jets flew."
    drafts = [PartyDraft(name="Israel foreign minister", kind="person", acts_for=None),
              PartyDraft(name="Guyana's Defence Force", kind="government_body", acts_for=None),
              PartyDraft(name="Israel", kind="state", acts_for=None)]
    names = [p.name for p in build_parties(drafts, text).parties]
    # one word alone keeps the model's form: the state is 'Israel', not the adjective
    assert names == ["Israeli foreign minister", "Guyana Defence Force", "Israel"]


def test_parties_merge_link_and_drop_unnamed():
    text = ("U.S. Secretary of State Antony Blinken called President Ilham Aliyev. The Azerbaijan army "
            "fired. Baku said so.")
    drafts = [
        PartyDraft(name="U.S. Secretary of State Antony Blinken", kind="person", acts_for="United States"),
        PartyDraft(name="Ilham Aliyev", kind="person", acts_for="Azerbaijan"),
        PartyDraft(name="Azerbaijan", kind="state", acts_for=None),
        PartyDraft(name="Ilham Aliyev", kind="person", acts_for=None),  # listed twice
        PartyDraft(name="Azerbaijan army", kind="non_state_group", acts_for=None),
        PartyDraft(name="Republic of Freedonia", kind="state", acts_for=None),  # not in the text
    ]
    book = build_parties(drafts, text)
    names = [p.name for p in book.parties]
    assert names.count("Ilham Aliyev") == 1 and "Republic of Freedonia" not in names
    blinken = book.find("Antony Blinken")
    assert blinken.title == "U.S. Secretary of State" and book.by_id(blinken.affiliation).name == "United States"
    assert book.by_id(book.find("Azerbaijan army").affiliation).name == "Azerbaijan"
    assert speaker_in("The head of state Aliyev stressed that", book.parties).name == "Ilham Aliyev"
    # a family name that comes first ('Xi' of 'Xi Jinping') finds the person too
    xi = PartyDraft(name="Xi Jinping", kind="person", acts_for=None)
    china = build_parties([xi], "Xi Jinping spoke. Xi said so.")
    assert speaker_in("Xi ", china.parties).name == "Xi Jinping"
    # a lead-in of one word names the one listed body that has it ('The Council', 'the authorities')
    eu = build_parties([PartyDraft(name="European Council", kind="international_org", acts_for=None),
                        PartyDraft(name="Myanmar's military authorities", kind="government_body", acts_for=None),
                        PartyDraft(name="Security Council", kind="international_org", acts_for=None)],
                       "The European Council met. Myanmar's military authorities acted. The Security Council spoke.")
    assert speaker_in("the authorities", eu.parties).name == "Myanmar's military authorities"
    assert speaker_in("The military", eu.parties).name == "Myanmar's military authorities"
    assert speaker_in("The Council", eu.parties) is None  # two councils: neither
    assert speaker_in("the country", eu.parties) is None  # too wide a word to name anyone
    # a state named by its word before what stands for it, or is its own
    states = [Party(id="p1", name="Iran", kind="state"), Party(id="p2", name="India", kind="state"),
              Party(id="p3", name="Haiti", kind="state")]
    assert speaker_in("The Iranian regime has detained citizens", states).name == "Iran"
    assert speaker_in("Indian Air Force jets crossed the line", states).name == "India"
    assert speaker_in("all Haitian political and social actors", states) is None  # a group, not the state
    # a listed party its state owns is the party; two named before it are two sides
    owned = [Party(id="p1", name="Varna", kind="state"), Party(id="p2", name="Red Forces", kind="non_state_group"),
             Party(id="p3", name="Drovia", kind="state")]
    assert speaker_in("Varna's paramilitary Red Forces", owned).name == "Red Forces"
    assert speaker_in("Drovia and Varna's Red Forces traded accusations", owned) is None
    # a body the lead-in gives an owner speaks for that owner, whatever else it names
    un = build_parties([PartyDraft(name="Israel", kind="state", acts_for=None),
                        PartyDraft(name="United Nations", kind="international_org", acts_for=None)],
                       "Israel spoke at the United Nations.")
    assert speaker_in("Israel's mission to the United Nations ", un.parties).name == "Israel"
    # the longest name the lead-in writes: the Coast Guard, not also China inside it
    ccg = build_parties([PartyDraft(name="China", kind="state", acts_for=None),
                         PartyDraft(name="China Coast Guard", kind="government_body", acts_for="China")],
                        "China Coast Guard personnel boarded the boats. China protested.")
    assert speaker_in("China Coast Guard personnel boarded", ccg.parties).name == "China Coast Guard"
    assert split_title("President of the United Arab Emirates Mohamed bin Zayed Al Nahyan") == (
        "Mohamed bin Zayed Al Nahyan", "President of the United Arab Emirates")
    assert any("Freedonia" in note for note in book.notes)


def test_a_side_is_everything_under_one_top_level_actor() -> None:
    from summariser.assemble import sides
    from summariser.schema import Party

    parties = [
        Party(id="p1", name="Ilham Aliyev", kind="person", affiliation="p2"),
        Party(id="p2", name="Azerbaijan", kind="state"),
        Party(id="p3", name="Azerbaijan army", kind="government_body", affiliation="p2"),
        Party(id="p4", name="Armenia", kind="state"),
        Party(id="p5", name="Ministry A", kind="government_body", affiliation="p6"),  # a loop in the
        Party(id="p6", name="Ministry B", kind="government_body", affiliation="p5"),  # model's answer
    ]
    side = sides(parties)
    assert side["p1"] == side["p3"] == side["p2"] == {"p1", "p2", "p3"}  # president and army: one side
    assert side["p4"] == {"p4"}
    assert side["p5"] == side["p6"] == {"p5", "p6"}  # a loop ends, and both are one side


def test_a_form_the_text_only_writes_after_the_is_an_alias_with_it() -> None:
    text = ("The Greek Cypriot leader met the UN chief. Later the Greek Cypriot leader spoke to the press "
            "about the United States, and Athens and the EU welcomed the talks; EU envoys stayed away.")
    book = build_parties([PartyDraft(name="Greek Cypriot leader", kind="person", acts_for=None),
                          PartyDraft(name="United States", kind="state", acts_for=None),
                          PartyDraft(name="EU", kind="international_org", acts_for=None)], text)
    found = {p.name: written_with_article(p, text) for p in book.parties}
    assert found["Greek Cypriot leader"] == ["the Greek Cypriot leader"]  # 'The' opening a sentence too
    assert found["United States"] == ["the United States"]
    assert found["EU"] == []  # 'EU envoys' has no article: the bare form is the text's as well
    # the Markdown view leaves out an alias that only adds 'the'; the JSON keeps it
    from summariser.render import _distinct_aliases

    assert _distinct_aliases("United States", ["U.S.", "the United States", "the U.S. side"]) == [
        "U.S.", "the U.S. side"]


def test_names_the_model_ran_together_or_lowered_are_read_as_the_text_writes_them() -> None:
    text = "The DPRK warned the ROK again. Kim Yo Jong said the ROK would regret it. The Armed Forces of Ukraine."
    book = build_parties([PartyDraft(name="Kim Yo Jong", kind="person", acts_for="Korea DPRK"),
                          PartyDraft(name="Korea DPRK", kind="state", acts_for=None),
                          PartyDraft(name="Rok", kind="state", acts_for=None),
                          PartyDraft(name="Rok", kind="person", acts_for="Korea DPRK"),
                          PartyDraft(name="Ukraine Armed Forces", kind="government_body", acts_for=None)], text)
    names = {p.name: p for p in book.parties}
    assert {"DPRK", "ROK", "Kim Yo Jong"} <= set(names)  # 'Korea DPRK' is DPRK; 'Rok' is written 'ROK'
    assert "Ukraine" not in names  # 'Ukraine Armed Forces' has words that are not Ukraine's names
    assert book.find("Korea DPRK") is names["DPRK"]  # the model's 'voice' in its own wording finds it
    assert names["Kim Yo Jong"].affiliation == names["DPRK"].id
    assert names["ROK"].affiliation is None  # a state acts for nobody, whatever a merged draft said


def test_a_title_that_ends_with_a_state_whose_name_has_and_is_all_title() -> None:
    assert split_title("High Representative for Bosnia and Herzegovina") == (
        "High Representative for Bosnia and Herzegovina", None)
    assert split_title("Foreign Minister of Sweden Tobias Billström") == (
        "Tobias Billström", "Foreign Minister of Sweden")


def test_what_a_resolution_demands_is_no_request_of_its_subject_nor_is_a_bare_release() -> None:
    assert not cues.plainly_asks("Varnia vetoed a Security Council resolution demanding a ceasefire.")
    assert cues.plainly_asks("Varnia demanded a ceasefire.")
    assert not cues.asks("He could not support a ceasefire that failed to secure the release of the hostages.")
    assert cues.asks("We call for the release of the hostages.")


def test_a_speaker_the_text_titles_and_names_is_a_person_whatever_the_model_said() -> None:
    from summariser.known_parties import add_speaker

    text = "Algeria's ambassador Amar Bendjama said the veto was wrong."
    book = build_parties([PartyDraft(name="Amar Bendjama", kind="government_body", acts_for="Algeria"),
                          PartyDraft(name="Algeria", kind="state", acts_for=None)], text)
    assert add_speaker("Algeria's ambassador Amar Bendjama ", book).kind == "person"


def test_a_visit_at_someones_invitation_or_an_ignored_invitation_asks_nothing() -> None:
    assert not cues.asks("At the invitation of the President of Varnia, the Prime Minister paid a state visit.")
    assert not cues.asks("The junta accused him of ignoring an invitation to a meeting.")
    # what is asked is in the infinitive; a plain verb or a demand of one's own asks nothing
    assert not cues.asks("Talks ended without a deal, with officials saying the negotiations would resume next week.")
    assert cues.asks("The Union urges both sides to resume the talks.")
    assert not cues.asks("The army stays ready, whatever its demands.")
    assert cues.asks("Varnia extended an invitation to the minister.") or cues.asks("Varnia invited the minister.")


def test_a_state_word_is_no_family_name() -> None:
    book = build_parties([PartyDraft(name="French ambassador", kind="person", acts_for="France"),
                          PartyDraft(name="France", kind="state", acts_for=None),
                          PartyDraft(name="Xi Jinping", kind="person", acts_for=None)],
                         "The French ambassador left. France said so. Xi Jinping spoke.")
    assert speaker_in("the French foreign ministry", book.parties) is None or \
        speaker_in("the French foreign ministry", book.parties).name == "France"
    assert speaker_in("Xi", book.parties).name == "Xi Jinping"


def test_a_stance_the_subject_declares_as_its_own_is_attributed_to_it() -> None:
    assert attribution("Varnia firmly adheres to the one-Drovia principle.") == (True, "Varnia ")
    assert attribution("Varnia remains committed to the talks.") == (True, "Varnia ")
    assert attribution("Varnia shelled the port.") == (False, "")


def test_what_a_named_side_wants_or_is_ready_for_is_its_own_stance() -> None:
    # In the mediator's statement, 'Kosovo wants ...' is Kosovo's stance, not the mediator's.
    assert attribution("Kosovo wants recognition to come first.") == (True, "Kosovo ")
    assert attribution("President Vučić was ready to accept this proposal.") == (True, "President Vučić ")
    assert attribution("Prime Minister Kurti was not prepared to move forward.") == (True, "Prime Minister Kurti ")
    assert attribution("Drovia refused to sign the text.") == (True, "Drovia ")
    assert attribution("We are ready to resume the talks.") == (False, "")
