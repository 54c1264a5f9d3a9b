"""Conventions met in documents written after the eval set (stop 45): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import accusations, cues, reports
from summariser.addressees import addressed
from summariser.answered_headings import answered_in
from summariser.attribution import attribution
from summariser.claimants import branded_by, claimant_named, rejecter_in
from summariser.drafts import PartyDraft
from summariser.kinds import settle_kinds
from summariser.naming import speaker_in
from summariser.party_sides import sides
from summariser.procedural import procedural
from summariser.publishers import self_named_publisher
from summariser.schema import Party
from summariser.speakers import named_speakers
from summariser.targets import only_a_target, only_a_topic, only_among_the_speakers
from tests.test_known_actors import parsed

BRIEFING = ("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference\n\n"
            "Wang Wenbin: The Taiwan question is purely China's internal affair and brooks no foreign interference. "
            "I would like to ask the US side: who is it that sails warships through the Taiwan Strait time and again? "
            "We urge the US to stop arming Taiwan.\n")


def briefing_kinds(said: list[str], other: str | None, line: str) -> list[str]:
    _doc, book, voice = parsed(BRIEFING, PartyDraft(name="Wang Wenbin", kind="person", acts_for="China"),
                               PartyDraft(name="China", kind="state", acts_for=None),
                               PartyDraft(name="Taiwan", kind="state", acts_for=None),
                               PartyDraft(name="United States", kind="state", acts_for=None))
    speaker = book.find("Wang Wenbin")
    assert speaker is not None
    return settle_kinds(said, book.find(other) if other else None, speaker, line, book, sides(book.parties),
                        voice).kinds


def test_a_side_named_only_as_the_question_is_not_accused() -> None:
    # China MFA: 'The Taiwan question is purely China's internal affair ...' was a claim against Taiwan
    taiwan = Party(id="p1", name="Taiwan", kind="state")
    assert only_a_topic(taiwan, "The Taiwan question is purely China's internal affair.")
    assert not only_a_topic(taiwan, "Taiwan keeps provoking the mainland on the Taiwan question.")
    line = "The Taiwan question is purely China's internal affair and brooks no foreign interference."
    assert briefing_kinds(["position", "claim"], "Taiwan", line) == ["position"]


def test_a_question_put_to_a_side_asks_no_act() -> None:
    # the same briefing: 'I would like to ask the US side: who is it that sails warships ...?' was a request
    # (an appeal to the US); it is a rhetorical charge, the speaker's stance
    line = "I would like to ask the US side: who is it that sails warships through the Taiwan Strait time and again?"
    assert cues.puts_question(line)
    assert not cues.puts_question("We ask the US to stop arming Taiwan.")
    assert briefing_kinds(["request"], "United States", line) == ["position"]
    assert briefing_kinds(["request"], "United States", "We urge the US to stop arming Taiwan.") == ["request"]


def test_a_spokespersons_deflection_states_nothing() -> None:
    # the same briefing: 'I would refer you to the competent authorities for specifics.' was a position
    assert procedural("Wang Wenbin: I would refer you to the competent authorities for specifics.")
    assert procedural("I have no information to offer on that.")
    assert not procedural("We refer the matter to the Security Council and demand an inquiry.")


def test_the_one_a_disaster_struck_is_not_accused() -> None:
    # Greece-Türkiye joint statement: 'The two leaders welcomed the improved climate ... since the earthquakes
    # that struck Turkiye' was a charge against Türkiye
    turkiye = Party(id="p1", name="Türkiye", kind="state", aliases=["Turkiye"])
    assert only_a_target(turkiye, "The two leaders welcomed the improved climate in bilateral relations since the "
                                  "earthquakes that struck Turkiye in February 2023.")
    assert not only_a_target(turkiye, "Turkiye struck the village at dawn.")


CALL = ("Telephone conversation with Federal Chancellor of Germany Olaf Scholz\n\n"
        "Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz. "
        "The President of Russia rejected the assertions made by the other side. "
        "Any possible agreements, the President emphasised, must take Russia's security interests into account. "
        "The Federal Chancellor said that any settlement must respect Ukraine's sovereignty.\n")


def test_a_bare_title_means_the_one_state_the_text_gives_it() -> None:
    # Kremlin readout: 'Any possible agreements, the President emphasised, must ...' went to Scholz, whom the
    # model named, as 'the President' resolved to nobody; the text gives that title to Russia's head only
    doc, book, voice = parsed(CALL, PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                              PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="Olaf Scholz", kind="person", acts_for="Germany"),
                              PartyDraft(name="Germany", kind="state", acts_for=None), voice="Vladimir Putin")
    speakers = named_speakers(doc, book, voice)
    said = {s.text.split()[0] + " " + s.text.split()[1]: speakers.get(s.number) for s in doc.sentences}
    assert said["Any possible"] is not None and said["Any possible"].name == "Vladimir Putin"
    assert said["The Federal"] is not None and said["The Federal"].name == "Olaf Scholz"


def test_a_side_that_does_not_share_a_view_holds_that_stance() -> None:
    # the same readout: 'The German side did not share this approach.' was the Kremlin's own (the voice's)
    assert attribution("The German side did not share this approach.") == (True, "The German side ")
    assert attribution("We share the concerns of our partners.") == (False, "")


def test_aides_staying_in_contact_is_procedural() -> None:
    # the same readout: 'It was agreed that aides to the two leaders would stay in contact.' was a position
    assert procedural("It was agreed that aides to the two leaders would stay in contact.")
    assert not procedural("Russia would stay in contact with partners to stop the aggression.")


def test_whose_policy_a_crisis_is_the_consequence_of_is_accused() -> None:
    # the same readout: 'the current crisis is a direct consequence of NATO's aggressive policy ..., aimed at
    # turning Ukraine into an anti-Russian bridgehead' was a charge against Ukraine, the one named last
    line = ("Vladimir Putin pointed out that the current crisis is a direct consequence of NATO's aggressive policy "
            "pursued over many years, aimed at turning Ukraine into an anti-Russian bridgehead.")
    assert accusations.accused_in(line) == "NATO"
    assert accusations.accused_in("The crisis is the result of years of neglect.") is None


def test_him_after_an_official_named_by_post_is_that_officials_side() -> None:
    # E3 and US on Iran: 'We welcome the ... work of the IAEA Director General and his teams, and we ask him to
    # keep the Board of Governors fully informed' asked Iran, the one the request before had asked
    line = ("We welcome the continued professional and impartial work of the IAEA Director General and his teams, "
            "and we ask him to keep the Board of Governors fully informed of any further deterioration.")
    _doc, book, _voice = parsed(f"Statement by France\n\nWe call on Iran to restore full access. {line}\n",
                                PartyDraft(name="France", kind="state", acts_for=None),
                                PartyDraft(name="Iran", kind="state", acts_for=None), voice="France")
    france, iran = book.find("France"), book.find("Iran")
    assert france is not None and iran is not None
    asked = addressed("we ask him to keep the Board of Governors fully informed of any further deterioration.",
                      book, france, None, last_asked=iran.id)
    agency = book.by_id(asked[0]) if asked and asked[0] else None
    assert agency is not None and agency.name == "International Atomic Energy Agency"
    # a 'him' with no official named before it is still whom the last request asked
    assert addressed("We urge him to stop.", book, france, None, last_asked=iran.id) == [iran.id]


GABON = ("Statement of the Chairperson of the African Union Commission on the situation in the Gabonese Republic\n\n"
         "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, strongly condemns the coup. "
         "The officers, who have formed a body called the Committee for the Transition and Restoration of "
         "Institutions, claim that the elections lacked credibility.\n")


def test_officers_who_formed_a_named_body_speak_as_that_body() -> None:
    # AU chair on Gabon: 'a body called the Committee ...' made 'called' the speaking verb, and the officers'
    # claim went to the AU Commission, whom the model named
    line = ("The officers, who have formed a body called the Committee for the Transition and Restoration of "
            "Institutions, claim that the elections lacked credibility.")
    attributed, named = attribution(line)
    assert attributed and "Institutions" in named
    assert attribution("The spokesman called the Council decision a mistake.") == (True, "The spokesman ")
    commission = PartyDraft(name="African Union Commission", kind="government_body", acts_for="African Union")
    chair = PartyDraft(name="Moussa Faki Mahamat", kind="person", acts_for="African Union Commission")
    doc, book, voice = parsed(GABON, commission, chair)
    speaker = named_speakers(doc, book, voice)[doc.sentences[-1].number]
    assert speaker is not None and speaker.name == "Committee for the Transition and Restoration of Institutions"


def test_access_denied_is_an_act_not_a_denial_spoken() -> None:
    # EU on Belarus: '..., the Belarusian authorities restricted ..., detained ..., and denied independent observers
    # meaningful access to the count' read 'denied' as the speaking verb: the authorities' own stance
    line = ("Throughout the campaign, the Belarusian authorities restricted the ability of opposition candidates to "
            "register and to campaign, detained potential contenders and their supporters, and denied independent "
            "observers meaningful access to the count.")
    assert attribution(line) == (False, "")
    assert attribution("Russia denied that it had blocked access to the site.") == (True, "Russia ")
    assert attribution("Israel denied the allegations of blocking access.") == (True, "Israel ")


DRONE = ("US says Russian fighter jet downed American drone\n\n"
         "The State Department summoned Russia's ambassador, Anatoly Antonov. After the meeting, the envoy said "
         "Washington should stop flights near Russia's borders. A U.S. official said operators steered the drone "
         "into deep water.\n")


def test_the_envoy_is_the_ambassador_named_before_and_a_dotted_us_is_the_us() -> None:
    # AP on the Black Sea drone: 'After the meeting, the envoy said ...' went to a 'U.S. Ambassador' the model
    # invented, and 'A U.S. official said ...' named nobody (the US is listed as 'US')
    doc, book, voice = parsed(DRONE, PartyDraft(name="United States", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="Anatoly Antonov", kind="person", acts_for="Russia"))
    speakers = named_speakers(doc, book, voice)
    by_opening = {s.text.split(",")[0][:18]: speakers.get(s.number) for s in doc.sentences}
    assert by_opening["After the meeting"] is not None and by_opening["After the meeting"].name == "Anatoly Antonov"
    us = book.find("United States")
    assert us is not None and speaker_in("A U.S. official", [*book.parties]) is us


HRW = ("Bangladesh: Lethal Force Used Against Student Protesters\n\n"
       "(Bangkok, July 24, 2024) – Bangladesh security forces have used excessive and in many cases lethal force "
       "against students, Human Rights Watch said today. Governments should press the authorities to end the "
       "crackdown.\n\n\"The Bangladesh government answered students' demands with bullets,\" said Elaine Pearson, "
       "Asia director at Human Rights Watch. Local media said 150 people died, officials said.\n")


def test_a_release_that_opens_with_its_publisher_saying_today_is_its_own() -> None:
    # Human Rights Watch on Bangladesh: '(Bangkok, July 24, 2024) – ..., Human Rights Watch said today.' read as a
    # news report (a third of its lines report speech), so no voice held its charges and asks
    assert not reports.news_report(HRW, 5)
    assert reports.news_report(HRW.replace("(Bangkok, July 24, 2024) –", "DHAKA (Reuters) -"), 5)
    _doc, book, _voice = parsed(HRW, PartyDraft(name="Human Rights Watch", kind="non_state_group", acts_for=None),
                                PartyDraft(name="Bangladesh", kind="state", acts_for=None))
    publisher = self_named_publisher(book)
    assert publisher is not None and publisher.name == "Human Rights Watch"
    # ... and "students' demands" are demands named, not made
    assert not cues.asks("The Bangladesh government answered students' demands with bullets.")


CLASH = ("Armenia, Azerbaijan trade blame as border clashes kill dozens\n\n"
         "Armenia's defence ministry said Azerbaijani forces had opened intensive fire. Ministry spokesman Aram "
         "Torosyan said several residential buildings had been hit. Baku gave a very different account. "
         "Azerbaijan's defence ministry accused Armenia of \"large-scale provocations\". The ministry rejected "
         "allegations that civilian areas in Armenia had been targeted.\n")


def test_the_ministry_is_the_ministry_that_spoke_last_not_its_spokesman() -> None:
    # AFP on the border clash: 'The ministry rejected allegations ...' (Azerbaijan's) went to Armenia's 'Ministry
    # spokesman Aram Torosyan', whose title holds the word
    doc, book, voice = parsed(CLASH, PartyDraft(name="Armenia", kind="state", acts_for=None),
                              PartyDraft(name="Azerbaijan", kind="state", acts_for=None),
                              PartyDraft(name="Aram Torosyan", kind="person", acts_for="Armenia"))
    speaker = named_speakers(doc, book, voice)[doc.sentences[-1].number]
    assert speaker is not None and speaker.name == "Azerbaijan"


def test_the_speakers_own_roll_accuses_none_of_them_and_attributed_to_x_charges_x() -> None:
    # G7 on Sudan: 'We, the G7 Foreign Ministers of Canada, France, ..., are deeply alarmed that ...' was a charge
    # against Canada; 'killings ..., which have been credibly attributed to the RSF' charged nobody
    roll = ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United "
            "States of America, are deeply alarmed that the conflict continues to inflict immense suffering.")
    canada = Party(id="p1", name="Canada", kind="state")
    assert only_among_the_speakers(canada, roll)
    assert not only_among_the_speakers(canada, "We, the G7, condemn the strikes launched from Canada.")
    laid = ("We condemn in particular the ethnically targeted killings in West Darfur, which have been credibly "
            "attributed to the RSF and allied militias.")
    assert accusations.accuses(laid) and accusations.accused_in(laid) == "the RSF"


BRIEFING_EXCERPT = ("Iran dismisses E3 statement\n\n"
                    "Foreign Ministry spokesman Nasser Kanaani on Monday dismissed a joint statement by France. "
                    "The following is an excerpt.\n\n"
                    "Question: Washington says the plan is the best way. How do you respond?\n\n"
                    "Kanaani: The American government is in no position to lecture anyone. If Washington is serious "
                    "about a ceasefire, it should stop arming the occupiers.\n\n"
                    "The spokesman added that acting Foreign Minister Ali Bagheri Kani would travel to Russia.\n")


def test_a_surname_label_opens_that_persons_turn() -> None:
    # Iran MFA briefing: the lines after 'Kanaani: ...' in his answer went to Ali Bagheri Kani, whom the model
    # named; 'The following is an excerpt.' was a position
    doc, book, voice = parsed(BRIEFING_EXCERPT, PartyDraft(name="Iran", kind="state", acts_for=None),
                              PartyDraft(name="Nasser Kanaani", kind="person", acts_for="Iran"),
                              PartyDraft(name="Ali Bagheri Kani", kind="person", acts_for="Iran"),
                              PartyDraft(name="United States", kind="state", acts_for=None), voice="Iran")
    speakers = named_speakers(doc, book, voice)
    serious = next(s for s in doc.sentences if s.text.startswith("If Washington"))
    assert speakers.get(serious.number) is not None and speakers[serious.number].name == "Nasser Kanaani"
    assert procedural("The following is an excerpt.")


def test_a_statement_on_a_bodys_report_answers_that_body() -> None:
    # Israel's PMO on the UN Commission of Inquiry: 'The accusation that Israel has used starvation as a method of
    # warfare is false' had no claimant, as the heading 'Statement on the Report of the UN Commission of Inquiry'
    # named nobody answered, and 'UN Commission of Inquiry' did not name the listed 'United Nations ...' one
    text = "Prime Minister's Office Statement on the Report of the UN Commission of Inquiry\n\nJerusalem, 2024\n"
    assert answered_in(text) == "UN Commission of Inquiry"
    coi = Party(id="p2", name="United Nations Commission of Inquiry", kind="international_org")
    assert speaker_in("UN Commission of Inquiry", [coi]) is coi
    assert speaker_in("the U.N. Commission of Inquiry said", [coi]) is coi


def test_the_one_a_line_says_rejects_a_claim_disputes_it() -> None:
    # AU PSC on eastern DRC: 'Takes note of the allegations by the Government of the DRC that the M23 receives
    # external support and of the rejection of those allegations by the Government of Rwanda' was disputed by the AU
    _doc, book, _voice = parsed("Communique\n\nThe DRC and Rwanda.\n",
                                PartyDraft(name="Democratic Republic of the Congo", kind="state", acts_for=None),
                                PartyDraft(name="Rwanda", kind="state", acts_for=None))
    line = ("Takes note of the allegations by the Government of the DRC that the M23 receives external support and of "
            "the rejection of those allegations by the Government of Rwanda;")
    denier = rejecter_in(line, book)
    assert denier is not None and denier.name == "Rwanda"
    said = rejecter_in("Kinshasa says Kigali backs the M23, a charge which Rwanda denies.", book)
    assert said is not None and said.name == "Rwanda"
    assert rejecter_in("Takes note of the allegations by the Government of the DRC.", book) is None


def test_a_claim_spread_by_opposition_groups_is_theirs() -> None:
    # Georgian Dream on the foreign-influence law: 'We equally reject the assertion, spread by the opposition parties
    # and by a number of foreign-funded organisations, that the law is a copy of ...' went to the United States,
    # as no listed party was 'the opposition parties'
    _doc, book, _voice = parsed("Statement\n\nGeorgia and the United States.\n",
                                PartyDraft(name="Georgia", kind="state", acts_for=None),
                                PartyDraft(name="United States", kind="state", acts_for=None))
    found = claimant_named("the opposition parties", book, set())
    assert found is not None and found.name == "opposition parties" and found.kind == "non_state_group"
    assert claimant_named("the parties", book, set()) is None


def test_who_brands_a_thing_in_quotation_marks_claims_so() -> None:
    # KCNA on the balloons: 'The ROK puppets are kicking up a fuss over the balloons ..., calling them a "low-grade
    # provocation" ...' was North Korea's own claim; it is the ROK's, which the voice disputes
    line = ("The ROK puppets are kicking up a fuss over the balloons carrying waste paper and rubbish that drifted "
            "to the south overnight, calling them a \"low-grade provocation\" and a threat to their safety.")
    assert branded_by(line) == "The ROK puppets"
    assert branded_by("The balloons carried leaflets, calling them a gift.") is None


def test_the_group_that_told_the_government_is_the_one_named_last() -> None:
    # Reuters on Majdal Shams: 'Foreign Minister Abdallah Bou Habib ... said the group had told the government that
    # since the fighting began it had aimed only at military positions' was the minister's claim, not Hezbollah's
    line = ("Foreign Minister Abdallah Bou Habib, speaking to a Gulf broadcaster, said the group had told the "
            "government that since the fighting began it had aimed only at military positions.")
    _doc, book, _voice = parsed(f"Rocket strike\n\nThe Druze community mourned, and Israel blamed Hezbollah. {line}\n",
                                PartyDraft(name="Israel", kind="state", acts_for=None),
                                PartyDraft(name="Druze community", kind="non_state_group", acts_for=None),
                                PartyDraft(name="Hezbollah", kind="non_state_group", acts_for=None))
    assert accusations.relayed_assurer(line) == "the group"
    group = accusations.group_meant("the group", line, book)
    assert group is not None and group.name == "Hezbollah"  # the group named last before the line
    assert accusations.group_meant("the government", line, book) is None


def test_a_side_acknowledging_its_own_losses_accuses_nobody() -> None:
    # AFP on the border clash: 'Baku acknowledged losses among its troops but did not immediately give a figure'
    # was a charge against Armenia, the model's guess
    doc, book, voice = parsed(CLASH, PartyDraft(name="Armenia", kind="state", acts_for=None),
                              PartyDraft(name="Azerbaijan", kind="state", acts_for=None, aliases=["Baku"]))
    baku = book.find("Azerbaijan")
    assert baku is not None
    line = "Baku acknowledged losses among its troops but did not immediately give a figure."
    settled = settle_kinds(["claim"], book.find("Armenia"), baku, line, book, sides(book.parties), voice)
    assert "claim" not in settled.kinds


ACCOUNT = ("US says Russian jet downed drone\n\n"
           "U.S. European Command said two Russian jets shadowed the drone. "
           "Russia's Defense Ministry offered a sharply different account. "
           "The ministry said Russian fighters were scrambled to identify the aircraft but did not touch it.\n")


def test_the_ministry_after_an_account_is_the_accounts_ministry() -> None:
    # AP on the Black Sea drone: 'The ministry said Russian fighters were scrambled ...' after "Russia's Defense
    # Ministry offered a sharply different account" went to a 'U.S. Defense Ministry' the model listed
    ministry = PartyDraft(name="U.S. Defense Ministry", kind="government_body", acts_for="United States")
    doc, book, voice = parsed(ACCOUNT, PartyDraft(name="United States", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None), ministry)
    speakers = named_speakers(doc, book, voice)
    last = speakers.get(doc.sentences[-1].number)
    assert last is not None and last.name == "Russia"
