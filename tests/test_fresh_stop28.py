"""Conventions met in documents written after the eval set (stop 28): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues, cues, headings
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.background import not_an_actor
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.kinds import subject_party
from summariser.parties import build_parties
from summariser.schema import Party
from summariser.speakers import named_speakers
from tests.test_known_actors import parsed


def voiced_items(text: str, drafts: list[tuple[str, str, str | None]], said: SentenceDraft, voice: str) -> tuple:
    """The party book and the (positions, requests, claims) built from the model's answer `said` on
    the text's last sentence, the book's voice set as the pipeline sets it."""
    doc, book, voice_party = parsed(text, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in drafts),
                                    voice=voice)
    book.voice = voice_party or book.find(voice)
    return book, build_items([(doc.sentences[-1].number, said)], doc, book, Run(), book.voice)

KING = ("Communiqué of the Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates\n\n"
        "The Kingdom of Morocco has taken note of the decision announced by the Algerian authorities.\n\n"
        "Morocco recalls that His Majesty King Mohammed VI, in the Throne Day speech of 31 July, once again "
        "extended a hand to the Algerian leadership, calling for the reopening of the land border.\n")


def test_a_titled_person_a_recalling_lead_in_tells_of_speaks_for_themselves() -> None:
    assert attribution("The Minister recalled that President Xi had proposed a new security initiative.") \
        == (True, "President Xi")
    # the recaller speaks when what it recalls is no one's words, or a state's
    assert attribution("Morocco recalls that Algeria has refused every offer.")[1].strip() == "Morocco"
    assert attribution("He recalled that President Xi visited Hanoi in April.")[1].strip() == "He"
    # the model gave the King's call to Morocco, and never listed him: he is a party, Morocco's own
    book, (_, requests, _) = voiced_items(
        KING, [("Kingdom of Morocco", "state", None), ("Algerian authorities", "government_body", None)],
        SentenceDraft(by="Kingdom of Morocco", t=["request"], to="Algerian authorities"), "Kingdom of Morocco")
    king = book.by_id(requests[0].requester)
    assert (king.name, king.title, book.by_id(king.affiliation).name) == ("Mohammed VI", "King", "Kingdom of Morocco")


def test_a_joint_statements_subtitle_is_no_part_of_its_issuer() -> None:
    heading = ("Joint Statement from the Leaders of the United States and the Republic of Kenya: "
               "Partners for the Next Sixty Years")
    assert headings.issuer_phrase(heading) == "Leaders of the United States and the Republic of Kenya"


def test_committing_war_crimes_is_an_act_a_charge_tells_of() -> None:
    clause = claim_cues.charged_act("The United States recalled its determination that members of the Rapid "
                                    "Support Forces have committed crimes against humanity in Darfur.")
    assert clause is not None and "committed crimes" in clause
    assert claim_cues.charged_act("A China Coast Guard vessel also collided with the Philippine Coast Guard vessel.")
    # 'members of' a party: the party acted
    book = build_parties([PartyDraft(name="Members", kind="other", acts_for=None),
                          PartyDraft(name="Rapid Support Forces", kind="non_state_group", acts_for=None)],
                         "Members of the Rapid Support Forces have committed war crimes.")
    assert subject_party("members of the Rapid Support Forces have committed war crimes", book).name \
        == "Rapid Support Forces"


def test_the_demands_of_others_and_those_who_are_calling_for_something_ask_nothing() -> None:
    sentence = ("Attributing the unrest to outside actors does not answer the legitimate demands of people "
                "who are calling for equality, dignity and their rights.")
    assert not cues.plainly_asks(sentence)
    assert cues.asking_parts(sentence) == []
    assert cues.plainly_asks("The protesters' leaders demanded the release of all detainees.")


def test_an_account_restated_as_a_gerund_and_found_wanting_answers_it() -> None:
    assert claim_cues.answers_what_was_said(
        "Attributing the unrest to outside actors does not answer the legitimate demands of the people.")
    assert claim_cues.answers_what_was_said("Blaming foreign enemies cannot justify the use of force.")
    assert not claim_cues.answers_what_was_said("Attributing the attack to Hamas, the army said it had struck back.")


BRIEFING = ("Press briefing notes\nIran\n"
            "Spokesperson for the UN High Commissioner for Human Rights: Jeremy Laurence\n\n"
            "We are alarmed by the situation in Iran, and by arrests of its citizens in Iraq.\n\n"
            "We call on the authorities to:\n"
            "- Address the grievances of the population through genuine dialogue;\n"
            "- Release all the protesters detained for taking part in peaceful protests.\n")


def test_each_item_of_a_list_of_asks_asks_whom_the_first_asked() -> None:
    # ('the authorities' name no one here: two states are named); the model's guess for the
    # second item was a party the text never asks
    doc, book, voice = parsed(BRIEFING, PartyDraft(name="Iran", kind="state", acts_for=None),
                              PartyDraft(name="Iraq", kind="state", acts_for=None),
                              PartyDraft(name="European Union", kind="international_org", acts_for=None),
                              voice="Iran")
    book.voice = voice
    items = [s.number for s in doc.sentences if s.text.startswith("- ")]
    answers = [(items[0], SentenceDraft(by=None, t=["request"], to="Iran")),
               (items[1], SentenceDraft(by=None, t=["request"], to="European Union"))]
    _, requests, _ = build_items(answers, doc, book, Run(), voice)
    assert [book.by_id(r.addressee).name for r in requests] == ["Iran", "Iran"]


MEA = ("Ministry of External Affairs\nGovernment of India\n\nMedia Center\nPress Releases\n\n"
       "Official Spokesperson's response to media queries on comments by the Chinese side regarding the visit of "
       "Prime Minister to Arunachal Pradesh\n\nMarch 12, 2024\n\n"
       "In response to media queries regarding comments made by the spokesperson of the Ministry of Foreign Affairs "
       "of the People's Republic of China on the visit of Prime Minister Shri Narendra Modi to Arunachal Pradesh on "
       "9 March 2024, the Official Spokesperson, Shri Randhir Jaiswal, said:\n\n"
       "\"We have seen the remarks made by the Chinese side, and we reject them.\n\n"
       "The Chinese side has once again claimed that it does not recognise Arunachal Pradesh. Such assertions have "
       "no standing.\n\n"
       "We expect the Chinese side to focus instead on resolving the remaining issues.\"\n")


def test_a_statement_given_whole_after_said_colon_is_the_speakers_to_its_closing_mark() -> None:
    # the long 'In response to media queries ...' lead-in names no speaker: Modi had become China's
    assert attribution(MEA.split("\n\n")[4]) == (True, "the Official Spokesperson, Shri Randhir Jaiswal, ")
    doc, book, voice = parsed(MEA, PartyDraft(name="Government of India", kind="government_body", acts_for=None),
                              PartyDraft(name="Chinese side", kind="non_state_group", acts_for=None),
                              voice="Government of India")
    said = named_speakers(doc, book, voice)
    by = {s.text[:20]: said[s.number].name for s in doc.sentences if s.number in said}
    assert by['"We have seen the re'] == by["Such assertions have"] == by["We expect the Chines"] == "Randhir Jaiswal"
    assert book.find("Narendra Modi") is None or book.find("Narendra Modi").affiliation is None


def test_a_title_naming_the_texts_kind_states_nothing() -> None:
    assert headings.genre_title(MEA.split("\n\n")[2], MEA)
    assert not headings.genre_title("In response to the claims published by Hamas, the Office states:",
                                    "In response to the claims published by Hamas, the Office states:\n\nText.")
    news = "Iran says attack on Israel is concluded\n\nTEHRAN, April 14 (Reuters) - Iran said on Sunday it had ended."
    assert not headings.genre_title(news.split("\n\n")[0], news)


PAKISTAN = ("Ministry of Foreign Affairs\nGovernment of Pakistan\n\nPRESS RELEASE\n\n"
            "Pakistan rejects the remarks of the Indian Defence Minister.\n\n"
            "On 25 January 2024, the Foreign Secretary briefed the media and shared credible evidence of the "
            "involvement of Indian agents in the assassination of two Pakistani nationals on Pakistani soil.\n")


def test_evidence_of_a_sides_agents_involvement_in_a_killing_charges_that_side() -> None:
    # the model saw a stance of the Foreign Secretary's; the text links India's agents to the deed
    book, (positions, _, claims) = voiced_items(
        PAKISTAN, [("Pakistan", "state", None), ("India", "state", None),
                   ("Foreign Secretary", "person", "Pakistan")],
        SentenceDraft(by="Foreign Secretary", t=["position"], to=None), "Pakistan")
    assert [(book.by_id(c.asserted_by).name, book.by_id(c.disputed_by[0]).name) for c in claims] \
        == [("Foreign Secretary", "India")]


def test_the_world_is_no_side() -> None:
    assert not_an_actor(Party(id="p1", name="World", kind="other"))
    assert not_an_actor(Party(id="p1", name="the whole world", kind="other"))
    assert not not_an_actor(Party(id="p1", name="World Health Organization", kind="international_org"))


COI = ("Ministry of Foreign Affairs\nPress Release\n\n"
       "Israel categorically rejects the false report of the UN Human Rights Council's Commission of Inquiry\n\n"
       "The State of Israel categorically rejects the report published today by the so-called Commission of Inquiry "
       "on the Occupied Palestinian Territory, including East Jerusalem, and Israel, established by the UN Human "
       "Rights Council.\n\n"
       "Israel's Permanent Representative to the United Nations Office in Geneva, Ambassador Daniel Meron, said that "
       "the report served Hamas.\n\n"
       "The Commission claims that Israel has committed genocide in Gaza.\n")


def test_a_body_the_un_set_up_is_the_uns_not_the_issuers() -> None:
    book, (positions, _, claims) = voiced_items(
        COI, [("Israel", "state", None), ("Hamas", "non_state_group", None),
              ("Ambassador Daniel Meron", "person", None)],
        SentenceDraft(by="Hamas", t=["claim"], to="Israel"), "Israel")
    commission = book.find("Commission")
    assert book.by_id(commission.affiliation).name == "United Nations"
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Commission"]  # no stance of Israel's side
    # a permanent representative to the UN serves the state the post is named for
    assert book.by_id(book.find("Daniel Meron").affiliation).name == "Israel"


AP_VOTE = ("UN General Assembly approves call for truce in Gaza\n\nBy The Associated Press\n\n"
           "UNITED NATIONS (AP) \u2014 The U.N. General Assembly on Friday adopted a resolution calling for a "
           "humanitarian truce. The vote came after the more powerful Security Council failed four times to agree on "
           "any action. The resolution was drafted by Jordan. It demands that all parties comply with international "
           "law. It also asks Israel to rescind its order for civilians in northern Gaza to move south.\n\n"
           "The Health Ministry in Hamas-run Gaza says more than 7,000 Palestinians have been killed.\n")


def test_what_an_adopted_resolution_asks_is_the_adopting_bodys() -> None:
    doc, book, voice = parsed(AP_VOTE, PartyDraft(name="UN General Assembly", kind="international_org", acts_for=None),
                              PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                              PartyDraft(name="Israel", kind="state", acts_for=None),
                              PartyDraft(name="Jordan", kind="state", acts_for=None))
    said = named_speakers(doc, book, voice)
    by = {s.text[:14]: said[s.number].name for s in doc.sentences if said.get(s.number) is not None}
    # 'It' is the resolution, not the Security Council named last
    assert by["It demands tha"] == by["It also asks I"] == "UN General Assembly"
    # a ministry 'in' a place speaks as a body of its own
    assert by["The Health Min"] == "Health Ministry"


ZAKHAROVA = ("Foreign Ministry Spokeswoman Maria Zakharova's comment in response to a media question regarding the "
             "European Union's 14th package of sanctions against Russia\n\n25 June 2024 15:20\n\n"
             "Maria Zakharova: Brussels has once again confirmed that it has nothing to offer except illegitimate "
             "restrictions on Russia. Russia will respond. Our response will be guided by Russia's national "
             "interests.\n")


def test_a_state_ministrys_spokeswoman_serves_no_international_organisation() -> None:
    # the model tied her to the EU her comment answers, and made the EU the voice
    doc, book, voice = parsed(ZAKHAROVA, PartyDraft(name="Foreign Ministry Spokeswoman Maria Zakharova", kind="person",
                                                    acts_for="EU"),
                              PartyDraft(name="EU", kind="international_org", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None), voice="EU")
    from summariser.voice import checked_voice

    checked = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert checked.name == "Maria Zakharova" and book.by_id(checked.affiliation).name == "Russia"


def test_a_forecast_and_the_demand_for_goods_ask_nothing() -> None:
    forecast = "Even the International Monetary Fund now expects Russia to grow considerably faster this year."
    assert not cues.plainly_asks(forecast) and not cues.asks(forecast)
    market = "Russian LNG will find its buyers; demand for it in the Asia-Pacific region is high."
    assert not cues.plainly_asks(market)
    assert cues.plainly_asks("We expect the Chinese side to focus on resolving the remaining issues.")
    assert not_an_actor(Party(id="p1", name="Russian economy", kind="population"))


def test_those_an_act_is_aimed_at_or_done_in_are_not_accused() -> None:
    from summariser.kinds import _only_a_target

    machado = Party(id="p1", name="María Corina Machado", kind="person")
    assert _only_a_target(machado, "The threats against opposition leaders María Corina Machado and Edmundo "
                                   "González Urrutia are unacceptable.")
    kashmir = Party(id="p2", name="Jammu and Kashmir", kind="state")
    assert _only_a_target(kashmir, "The members of the Security Council condemned the terrorist attack carried out in "
                                   "Jammu and Kashmir on 22 April 2025.")
    assert not _only_a_target(machado, "María Corina Machado called for protests.")


def test_public_calls_for_something_are_no_ask_of_the_speaker() -> None:
    assert not cues.plainly_asks("The threats against opposition leaders, including public calls for their "
                                 "detention, are unacceptable.")
    assert cues.plainly_asks("The EU calls for the full set of electoral records to be made available.")


def test_a_topic_before_the_speaker_is_no_speaker() -> None:
    # 'On Ukraine, the President of the Republic ...' had made Zelensky, whom the sentence before named, speak
    assert attribution("On Ukraine, the President of the Republic reaffirmed France's support for Ukraine.") \
        == (True, "the President of the Republic ")
    assert attribution("Regarding Iran, he stressed that Iran must comply.") == (True, "he ")
    # 'on behalf of' names whom the speaker acts for, which the lead-in keeps
    assert "European Union" in attribution("On behalf of the European Union, the High Representative said so.")[1]


def test_a_body_named_with_a_rank_is_no_person_and_an_unnamed_victim_no_side() -> None:
    book = build_parties([PartyDraft(name="Thailand's General Border Committee", kind="government_body",
                                     acts_for="Thailand")],
                         "Thailand would raise the matter through Thailand's General Border Committee.")
    assert book.parties[0].kind != "person"
    assert not_an_actor(Party(id="p1", name="Cambodian soldier", kind="person"))
    assert not not_an_actor(Party(id="p1", name="Cambodian soldiers' commander Hun Manet", kind="person"))


def test_a_date_line_that_gives_the_place_first_dates_the_text() -> None:
    from summariser.document import find_dateline

    text = ("United Nations\nSecretary-General\n\nPress Encounter\n\nSecretary-General's remarks to the press\n\n"
            "New York, 17 July 2023\n\nSG: Good afternoon.\n\nEarlier today the Russian Federation informed the "
            "parties that it is ending its participation in the Black Sea Initiative.\n")
    assert find_dateline(text) == "2023-07-17"
    assert find_dateline("Doha, November 23, 2023\n\nThe State of Qatar announced a pause.\n") == "2023-11-23"


def test_a_post_named_alone_takes_the_name_of_whoever_held_it_that_day() -> None:
    from summariser.office_holders import holder_of, name_office_holders

    assert holder_of("Secretary-General", "United Nations", "2023-07-17") == "António Guterres"
    assert holder_of("Secretary-General", "United Nations", "2015-03-01") == "Ban Ki-moon"
    assert holder_of("Secretary General", "NATO", "2025-06-24") == "Mark Rutte"
    book = build_parties([PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                          PartyDraft(name="Secretary-General", kind="person", acts_for="United Nations")],
                         "The Secretary-General strongly condemns the detention by the United Nations standard.")
    name_office_holders(book, "2021-01-31")
    sg = next(p for p in book.parties if p.kind == "person")
    assert (sg.name, sg.title, sg.aliases[0]) == ("António Guterres", "Secretary-General", "Secretary-General")
    name_office_holders(book, None)  # no date, no guess


def test_so_called_accusations_an_answer_rejects_are_the_other_sides() -> None:
    assert claim_cues.rebutted_claim('A: The so-called accusations of "Chinese cyber attacks" against the UK are '
                                     'groundless fabrications and a malicious smear.') == (True, None)


TAIWAN = ("Ministry of Foreign Affairs, Republic of China (Taiwan)\n\nMOFA condemns China's military drills\n\n"
          "The Taiwan Affairs Office accused President Lai Ching-te of using his National Day address to provoke.\n\n"
          "In his address, President Lai stated that the Republic of China and the People's Republic of China are "
          "not subordinate to each other.\n")


def test_a_titled_surname_is_the_person_named_in_full_before_and_each_other_inside_the_clause_is_no_pair() -> None:
    doc, book, voice = parsed(TAIWAN, PartyDraft(name="Taiwan", kind="state", acts_for=None),
                              PartyDraft(name="China", kind="state", acts_for=None),
                              PartyDraft(name="Minister of Foreign Affairs Lin Chia-lung", kind="person",
                                         acts_for="Taiwan"), voice="Taiwan")
    said = named_speakers(doc, book, voice)
    assert said[doc.sentences[-1].number].name == "Lai Ching-te"  # not Lin, nor nobody ('each other')


def test_an_organisations_news_release_is_no_news_report() -> None:
    text = ("Human Rights Watch\n\nNews Release\n\nGreece: Migrants Made to Carry Out Pushbacks to Turkey\n\n"
            "(Athens, April 7, 2022) - Greek police are using men from other countries to return asylum seekers, "
            "Human Rights Watch said in a report released today. The minister said the reports were unfounded.\n")
    assert not headings.news_report(text, 2, outlet=True)  # the model took Human Rights Watch for an outlet
    from summariser.procedural import procedural

    assert procedural("The Greek authorities had not responded to a Human Rights Watch request for comment on the "
                      "findings at the time of publication.")


def test_an_outlets_masthead_makes_a_report_and_a_misspelt_name_is_the_texts() -> None:
    story = ("BBC News\n\nIndia and Canada expel top diplomats\n\n14 October 2024\n\n"
             "Canada and India have expelled six of each other's diplomats. Canada is home to many Sikhs.\n")
    assert headings.news_report(story, 2)
    book = build_parties([PartyDraft(name="Nikhil Gupta", kind="person", acts_for="India"),
                          PartyDraft(name="Nikil Gupta", kind="person", acts_for="United States")],
                         "American prosecutors charged an Indian national, Nikhil Gupta, over an alleged plot.")
    from summariser.links import fold_namesakes

    fold_namesakes(book)
    assert [p.name for p in book.parties if p.kind == "person"] == ["Nikhil Gupta"]


QUAD = ("U.S. DEPARTMENT OF STATE\n\nJoint Statement from the Quad Foreign Ministers' Meeting\n\nMEDIA NOTE\n"
        "OFFICE OF THE SPOKESPERSON\nJULY 1, 2025\n\n"
        "The text of the following statement was released by the Foreign Ministers of Australia, India, Japan, and "
        "the United States of America.\n\nBegin Text:\n\nWe condemn the DPRK's continued ballistic missile launches.\n")


def test_the_states_a_media_note_says_released_the_statement_are_its_voice() -> None:
    from summariser.procedural import procedural
    from summariser.voice import checked_voice

    doc, book, voice = parsed(QUAD, PartyDraft(name="U.S. DEPARTMENT OF STATE", kind="government_body",
                                               acts_for="United States"),
                              PartyDraft(name="North Korea", kind="state", acts_for=None),
                              voice="U.S. DEPARTMENT OF STATE")
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "Australia"
    assert procedural(QUAD.split("\n\n")[3])


def test_a_pair_meeting_heading_names_the_other_side_and_a_courtesy_call_states_nothing() -> None:
    from summariser.procedural import procedural

    assert headings.counterpart_phrase("Japan-China Foreign Ministers' Meeting") == "China"
    assert headings.counterpart_phrase("India-Japan Joint Statement") is None
    assert procedural("On the same day, Minister Iwaya also paid a courtesy call on H.E. Mr. LI Qiang, Premier of "
                      "the State Council.")
    assert not cues.plainly_asks("Minister Iwaya also paid a courtesy call on Premier Li Qiang.")


ZELENSKYY = ("Volodymyr Zelenskyy had a phone conversation with President of France Emmanuel Macron\n\n"
             "\"Russia told the whole world that it was observing a ceasefire. The reports from our commanders show "
             "something completely different,\" Volodymyr Zelenskyy emphasized.\n\n"
             "\"If Russia really wants silence, it can prove it with one simple step. We are ready for this. We are "
             "waiting for Moscow's answer,\" the President said.\n")


def test_a_quotation_over_sentences_is_its_tagged_speakers_and_a_condition_is_no_speaker() -> None:
    assert attribution('"If Russia really wants silence, it can prove it with one simple step.') == (False, "")
    assert attribution("If the ceasefire holds, Hamas officials said, the hostages will be freed.")[0]
    doc, book, voice = parsed(ZELENSKYY, PartyDraft(name="Volodymyr Zelenskyy", kind="person", acts_for="Ukraine"),
                              PartyDraft(name="Ukraine", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None), voice="Ukraine")
    said = named_speakers(doc, book, voice)
    by = {s.text[:14]: said[s.number].name for s in doc.sentences if said.get(s.number) is not None}
    assert by['"If Russia rea'] == by["We are ready f"] == "Volodymyr Zelenskyy"
    assert by['"Russia told t'] == "Russia"  # the other side's words inside his quotation stay its own


def test_the_authority_is_the_listed_body_it_shortens() -> None:
    from summariser.known_parties import _same_body

    book = build_parties([PartyDraft(name="ECOWAS Authority of Heads of State and Government", kind="government_body",
                                     acts_for="Nigeria"),
                          PartyDraft(name="ECOWAS", kind="international_org", acts_for=None)],
                         "The ECOWAS Authority of Heads of State and Government met in Abuja. The Authority condemns "
                         "the attempt to seize power.")
    authority = _same_body("Authority", book)
    assert authority is not None and book.by_id(authority.affiliation).name == "ECOWAS"
