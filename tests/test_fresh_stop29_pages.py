"""Conventions met in documents written after the eval set (stop 29), pages of briefings,
reports and releases: each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import rebuttals, reports
from summariser.drafts import PartyDraft
from summariser.parties import build_parties
from tests.test_fresh_stop28 import speakers_by_opening
from tests.test_known_actors import parsed

KURTI = ("Prishtina, 25 September 2023\n\nPrime Minister Albin Kurti, together with the Minister of Internal Affairs, "
         "Xhelal Sveçla, informed the public about the latest findings.\n\n"
         "The Minister of Internal Affairs said the police had seized a large quantity of automatic weapons.\n\n"
         "The Prime Minister rejected the statements made on Sunday evening by the President of Serbia, Aleksandar "
         "Vučić, who denied any involvement of Serbia in the attack.\n")


def test_a_title_alone_is_the_person_named_with_it_and_statements_made_on_a_day_are_the_makers() -> None:
    from summariser.rebuttals import rebutted_claim

    doc, book, voice = parsed(KURTI, PartyDraft(name="Albin Kurti", kind="person", acts_for="Kosovo"),
                              PartyDraft(name="Kosovo Police", kind="non_state_group", acts_for="Kosovo"),
                              PartyDraft(name="Serbia", kind="state", acts_for=None), voice="Kosovo")
    # nobody was named, and the model gave the minister's words to the police
    assert speakers_by_opening(doc, book, voice)["The Minister o"] == "Xhelal Sveçla"
    assert rebutted_claim(doc.sentences[-1].text) == (True, "the President of Serbia")


def test_a_title_rejecting_anothers_allegations_names_whose_claims_the_text_answers() -> None:
    from summariser import headings
    from summariser.attribution import attribution
    from summariser.procedural import procedural

    text = ("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA\nMINISTRY OF FOREIGN AFFAIRS\n\nPRESS STATEMENT\n\n"
            "Ethiopia Rejects the Baseless Allegations Contained in Egypt's Letter to the UN Security Council\n\n"
            "Addis Ababa, September 2024\n\nThe Ministry has taken note of the letter.\n")
    assert headings.answered_in(text) == "Egypt"  # the title came fourth, under the masthead
    assert headings.answered_in("China Rejects Claims by the Philippines on Scarborough Shoal\n\nText.\n") \
        == "Philippines"
    sentence = "The assertion that the Dam has caused significant harm is not supported by any evidence."
    assert rebuttals.rebutted_claim(sentence) == (True, None)
    assert rebuttals.claimed_content(sentence) == "the Dam has caused significant harm"
    # Egypt acts in a cleft, it does not speak
    assert attribution("Third, it was Egypt that declared the end of the latest round of negotiations.") == (False, "")
    assert procedural("The Ministry wishes to set the record straight on the following points:")


def test_the_title_the_text_writes_before_a_name_beats_the_models_but_not_an_honorific() -> None:
    text = ("SECRETARIA DE RELACIONES EXTERIORES\n\nTelephone conversation with Mr Vladimir Putin\n\n"
            "Foreign Secretary Alicia Bárcena announced that Mexico will bring the case before the Court. "
            "The President spoke with the President of the Russian Federation, Vladimir Putin.\n")
    book = build_parties([PartyDraft(name="Ambassador Alicia Bárcena", kind="person", acts_for="Mexico"),
                          PartyDraft(name="President of the Russian Federation, Vladimir Putin", kind="person",
                                     acts_for="Russia")], text)
    assert book.find("Alicia Bárcena").title == "Foreign Secretary"  # the model's 'Ambassador'
    assert book.find("Vladimir Putin").title == "President of the Russian Federation"  # not the heading's 'Mr'


DW = ("POLITICS | INDIA\n\nIndia expels Canadian diplomat as row over Sikh activist's killing escalates\n\n"
      "09/19/2023\n\nThe Indian Ministry of External Affairs said it had summoned Canada's High Commissioner.\n\n"
      "The ministry said the move reflected New Delhi's growing concern over interference by Canadian diplomats.\n\n"
      "Relations between the two countries were already strained.\n\nab/sms (Reuters, AFP, AP)\n")


def test_wire_credits_close_a_report_and_its_ministry_is_the_ministry_named_before() -> None:

    assert reports.news_report(DW, 6)  # it read as Canada's readout
    doc, book, _ = parsed(DW, PartyDraft(name="India", kind="state", acts_for=None),
                          PartyDraft(name="Canada", kind="state", acts_for=None), voice="Canada")
    by = speakers_by_opening(doc, book, None)
    assert by["The ministry s"] == by["The Indian Min"]  # 'the ministry' was the voice's own


def test_a_people_is_no_side_a_charge_accuses() -> None:
    from summariser.kinds import settle_kinds
    from summariser.party_sides import sides

    text = ("Amnesty International said the presence of Hamas fighters in populated areas does not relieve Israel "
            "of its obligations towards Palestinians.\n")
    book = build_parties([PartyDraft(name="Amnesty International", kind="other", acts_for=None),
                          PartyDraft(name="Palestinians", kind="population", acts_for=None),
                          PartyDraft(name="Hamas", kind="non_state_group", acts_for=None)], text)
    amnesty, palestinians = book.find("Amnesty International"), book.find("Palestinians")
    settled = settle_kinds(["claim"], palestinians, amnesty, text.strip(), book, sides(book.parties), amnesty)
    assert settled.other_id != palestinians.id  # the model's 'to' was the people the charge is about


MND = ("Ministry of National Defense of the People's Republic of China\n\n"
       "Regular Press Conference of the Ministry of National Defense on December 26, 2024\n\n"
       "Question: The US side claims these moves help Taiwan maintain a self-defense capability. What is your "
       "comment?\n\n"
       "Zhang Xiaogang: The Chinese military strongly deplores and firmly opposes these moves. We have lodged "
       "stern representations with the US side.\n\n"
       "The so-called \"self-defense\" is nothing but a cover for arming the island.\n\n"
       "Question: Taiwan's defense authorities called the deployment a serious threat. What is your comment?\n")


def test_a_spokespersons_answer_to_a_question_is_his_to_its_end_and_a_pair_reiterates() -> None:
    from summariser.attribution import attribution

    doc, book, voice = parsed(MND, PartyDraft(name="Zhang Xiaogang", kind="person", acts_for="China"),
                              PartyDraft(name="China", kind="state", acts_for=None),
                              PartyDraft(name="United States", kind="state", acts_for=None), voice="China")
    by = speakers_by_opening(doc, book, voice)
    # only the labelled sentence was his; the rest went to the ministry
    assert by["We have lodged"] == by["The so-called "] == "Zhang Xiaogang"
    assert by["Question: Taiw"] == "Taiwan"  # a question is the words of whom it quotes, never his
    assert attribution("China and Russia reiterate their support for the aspirations of Brazil.") \
        == (True, "China and Russia ")


def test_a_well_known_official_serves_their_own_state_whatever_the_model_tied_them_to() -> None:
    from summariser.known_people import actor_served, tie_known_people

    text = ("Statement of the Ministry of Foreign Affairs of the Republic of Poland\n\nWe reject the suggestion of "
            "Foreign Minister Sergey Lavrov that the EU should pay Minsk. Mélanie Joly and Russia were named.\n")
    book = build_parties([PartyDraft(name="Foreign Minister Sergey Lavrov", kind="person", acts_for="Poland"),
                          PartyDraft(name="Poland", kind="state", acts_for=None),
                          PartyDraft(name="Mélanie Joly", kind="person", acts_for=None)], text)
    tie_known_people(book)
    served = {p.name: book.by_id(p.affiliation).name for p in book.parties if p.kind == "person"}
    assert served == {"Sergey Lavrov": "Russia", "Mélanie Joly": "Canada"}  # Lavrov was Poland's
    assert actor_served("Melanie Joly").name == "Canada" and actor_served("Sergei Lavrov").name == "Russia"
    assert actor_served("John Smith") is None


def test_a_military_rank_written_short_ends_the_title() -> None:
    from summariser.titles import split_title

    assert split_title("Minister of National Defense Adm. Dong Jun") == (
        "Dong Jun", "Minister of National Defense Adm.")
    assert split_title("Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder") == (
        "Pat Ryder", "Pentagon Press Secretary Air Force Maj. Gen.")  # the name was 'Air Force Maj. Gen. Pat Ryder'
    assert split_title("President Hassan Sheikh Mohamud") == ("Hassan Sheikh Mohamud", "President")


def test_a_prosecutor_kc_is_a_titled_person_and_as_opens_no_name() -> None:
    from summariser.attribution import attribution
    from summariser.titles import split_title

    # the model's 'ICC Prosecutor Karim A.A. Khan KC' was a government body
    assert split_title("ICC Prosecutor Karim A.A. Khan KC") == ("Karim A.A. Khan", "ICC Prosecutor")
    assert attribution("As His Excellency President Dr. Mohamed Irfaan Ali has repeatedly made clear, Guyana will "
                       "not cede an inch.")[1].startswith("His Excellency President")  # was 'As His Excellency ...'


def test_a_ministry_named_by_its_states_adjective_is_that_states() -> None:
    text = "The Chinese Foreign Ministry said a Japanese aircraft had violated China's airspace.\n"
    book = build_parties([PartyDraft(name="Chinese Foreign Ministry", kind="international_org", acts_for=None),
                          PartyDraft(name="China", kind="state", acts_for=None)], text)
    ministry = book.find("Chinese Foreign Ministry")
    assert ministry.kind == "government_body" and book.by_id(ministry.affiliation).name == "China"  # it was no one's


BRIEFING = ("Department Press Briefing \u2013 January 4, 2024\n\nMatthew Miller, Department Spokesperson\n"
            "Washington, DC\nJanuary 4, 2024\n\n"
            "MR MILLER: Good afternoon, everyone. One quick note at the top and then I'll go to questions.\n\n"
            "QUESTION: Iranian officials are blaming the United States. What's your response?\n\n"
            "MR MILLER: The United States had no role in this whatsoever.\n")


def test_a_briefings_spokesperson_signs_it_and_steering_the_room_states_nothing() -> None:
    from summariser import headings
    from summariser.procedural import procedural

    # 'Department Press Briefing' was the issuer, a body that held every answer
    assert headings.heading_issuer(BRIEFING) == "Matthew Miller, Department Spokesperson"
    for line in ("Good afternoon, everyone.", "One quick note at the top and then I'll go to questions.",
                 "With that, Matt, go ahead.", "(The briefing was concluded at 2:06 p.m.)", "Thanks, everyone."):
        assert procedural(line), line
    assert not procedural("Thank you for your support of Ukraine.")


def test_the_right_honourable_is_an_honorific_and_mp_no_part_of_a_name() -> None:
    from summariser.people import HONORIFICS
    from summariser.titles import split_title

    assert HONORIFICS.match("The Rt Hon David Lammy")  # it was his title
    assert split_title("The Rt Hon David Lammy MP")[0].endswith("David Lammy")


def test_a_post_given_as_whom_a_person_serves_is_the_organisation_it_names() -> None:
    text = "UNRWA Commissioner-General Philippe Lazzarini said the decision was outrageous. UNRWA is the backbone.\n"
    book = build_parties([PartyDraft(name="UNRWA", kind="international_org", acts_for=None),
                          PartyDraft(name="Philippe Lazzarini", kind="person", acts_for="UNRWA Commissioner-General")],
                         text)
    lazzarini = book.find("Philippe Lazzarini")
    assert book.by_id(lazzarini.affiliation).name == "UNRWA"  # a state named 'UNRWA Commissioner-General'
    assert [p.kind for p in book.parties] == ["international_org", "person"]


def test_something_being_offered_to_others_is_no_offer_of_the_speakers() -> None:
    from summariser import cues

    assert not cues.asks("It is noteworthy that refugee status is being offered to members of a community that "
                         "enjoys considerable privilege.")  # it was South Africa's offer to the United States
    assert cues.asks("Türkiye offered to host the talks.") and cues.plainly_asks("Türkiye offered to host the talks.")


def test_a_secretariat_is_a_body_not_a_person_titled_general() -> None:
    from summariser.titles import split_title

    assert split_title("OIC General Secretariat") == ("OIC General Secretariat", None)  # was 'Secretariat', titled
