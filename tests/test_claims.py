"""What a sentence carries: whether it is a contested claim and whose (SPEC 2: a claim is a
factual assertion, not an opinion or a wish; a rebuttal's claim is the accuser's, marked
denied), who asks and whom, and the genre and voice checks that decide who holds a line."""

from __future__ import annotations

from summariser import accusations, asking_sides, claim_cues, cues, factual, reports
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.mastheads import dateline_state
from summariser.party_sides import sides
from tests.test_known_actors import parsed, ukraine_statement


def items_of(body: str, *drafts: SentenceDraft):
    """Items of a Ukrainian statement whose sentences 2, 3, ... the model read as `drafts`."""
    doc, book, voice = ukraine_statement(body)
    found = [(number, draft) for number, draft in enumerate(drafts, start=2)]
    positions, requests, claims = build_items(found, doc, book, Run(), voice)
    return book, voice, positions, claims, requests


def test_a_vow_or_a_plain_stance_is_a_position_not_a_claim() -> None:
    charge = SentenceDraft(by="Ukraine", t=["claim"], to="Russia")
    book, _, positions, claims, _ = items_of(
        "Ukraine will never trade its territory for a pause that helps Russia. "
        "We welcome the talks that Russia has proposed. "
        "Russia shelled the port of Odesa on Monday.", charge, charge, charge)
    assert [c.evidence[0].quote for c in claims] == ["Russia shelled the port of Odesa on Monday."]
    assert book.by_id(claims[0].disputed_by[0]).name == "Russia" and claims[0].status == "allegation"
    # the two that are not charges stay as the voice's positions
    assert {p.evidence[0].quote[:10] for p in positions} >= {"Ukraine wi", "We welcome"}


def test_a_stance_that_also_tells_of_an_act_keeps_its_claim() -> None:
    _, _, positions, claims, _ = items_of("We condemn the attack that Russia launched on the port of Odesa.",
                                       SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert len(claims) == 1 and len(positions) == 1


def test_an_assessment_of_what_may_be_is_no_claim() -> None:

    assert factual.not_factual("Attacks on the port may constitute war crimes under international law.")
    assert not factual.not_factual("Russian forces may have fired the missile that struck the port.")


def test_a_reported_request_to_the_voice_asks_the_voice() -> None:
    reported = "The Ministry recalls that Russia has demanded that Ukraine hand over the ships."
    book, _, _, _, requests = items_of(reported, SentenceDraft(by="Ukraine", t=["request"], to="Russia"))
    [request] = requests
    assert book.by_id(request.requester).name == "Russia" and book.by_id(request.addressee).name == "Ukraine"


def test_all_parties_is_nobody_the_text_identifies() -> None:
    asks = SentenceDraft(by="Ukraine", t=["request"], to="Russia")
    _, _, _, _, requests = items_of("We call on all parties to engage in the talks. We urge both countries to talk.",
                                    asks, asks)
    assert [r.addressee for r in requests] == [None, None]  # not the model's guess


def test_a_state_listed_as_another_kind_is_a_state() -> None:
    doc, book, _ = parsed("Morocco lost a peacekeeper. The Council condemned the attack.\n",
                          PartyDraft(name="Morocco", kind="non_state_group", acts_for=None))
    assert book.find("Morocco").kind == "state"


def test_whom_a_charge_names_as_accused_is_the_disputing_party() -> None:
    book, _, _, claims, _ = items_of(
        "The ministry said talks went on and accused Russia of breaking the truce at the last minute. "
        "Russia rejected the accusation.",
        SentenceDraft(by="Ukraine", t=["claim"], to="Ukraine"), SentenceDraft(by="Russia", t=["claim"], to="Ukraine"))
    [claim] = claims  # the rejection makes no claim of its own
    assert [book.by_id(x).name for x in claim.disputed_by] == ["Russia"] and claim.status == "denied"


def test_whose_act_is_condemned_is_accused_and_an_incredible_claim_is_rejected() -> None:
    book, _, _, claims, _ = items_of(
        "Moscow has claimed that the drones were not aimed at Ukraine. That claim is not credible. "
        "We condemned Russia's violation of our airspace in the strongest terms.",
        SentenceDraft(by="Russia", t=["claim"], to="Ukraine"), SentenceDraft(by="Ukraine", t=["claim"], to="Russia"),
        SentenceDraft(by="Ukraine", t=["claim"], to="Ukraine"))
    assert [(book.by_id(c.asserted_by).name[-7:], c.status) for c in claims] == [
        ("Russia", "denied"), ("Ukraine", "allegation")]  # the second the voice's (its ministry's)
    assert book.by_id(claims[1].disputed_by[0]).name == "Russia"


def test_it_said_is_the_body_that_spoke_last() -> None:
    from summariser.speakers import named_speakers

    doc, book, _ = parsed("The Defence Ministry of Drovia rejected the report. It accused Varna of firing first.\n",
                          PartyDraft(name="Defence Ministry of Drovia", kind="government_body", acts_for=None),
                          PartyDraft(name="Varna", kind="state", acts_for=None))
    speakers = named_speakers(doc, book)
    assert speakers[1] is speakers[2] is book.find("Defence Ministry of Drovia")


def test_the_target_of_an_act_is_not_the_accused() -> None:
    _, _, positions, claims, _ = items_of("Today the war against Russia goes on and civilians are killed.",
                                          SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and positions == []  # nobody accused by name, and a line that only narrates takes no stance
    _, _, positions, claims, _ = items_of("Today the war against Russia goes on; we condemn the killing of civilians.",
                                          SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and len(positions) == 1  # the voice's stance


def test_them_in_a_request_is_whom_the_last_request_asked() -> None:
    asks = SentenceDraft(by="Ukraine", t=["request"], to="Russia")
    book, _, _, _, requests = items_of(
        "We call on Russia to withdraw its troops. We also urge them to free the prisoners.",
        asks, SentenceDraft(by="Ukraine", t=["request"], to="Ukraine"))
    assert [book.by_id(r.addressee).name for r in requests] == ["Russia", "Russia"]


def test_a_relayed_allegation_is_the_accusers_and_its_rejection_a_stance() -> None:
    charge = SentenceDraft(by="Ukraine", t=["claim"], to="Russia")
    book, voice, positions, claims, _ = items_of(
        "We have taken note of the statement made yesterday by the Ministry of Foreign Affairs of Russia "
        "alleging that Ukrainian drones struck a depot in Belgorod. "
        "These allegations do not correspond to reality.", charge, charge)
    [claim] = claims
    assert claim.evidence[0].quote.startswith("We have taken note") and claim.status == "denied"
    assert book.by_id(claim.asserted_by).name.endswith("Russia") and claim.disputed_by == [voice.id]
    assert [p.evidence[0].quote for p in positions] == ["These allegations do not correspond to reality."]


def test_a_claim_the_voice_reports_of_another_side_is_theirs() -> None:
    book, voice, _, claims, _ = items_of(
        "The Russian authorities claim that Ukraine shelled the dam, but no evidence has been shown.",
        SentenceDraft(by="Ukraine", t=["position"], to=None))  # the model saw a stance only
    [claim] = claims
    # (disputed by the voice's side: its ministry, or since stop 35, which reads 'claim that' as
    # Russia's words, the state the model named for the sentence)
    assert book.by_id(claim.asserted_by).name == "Russia" and len(claim.disputed_by) == 1
    assert claim.disputed_by[0] in sides(book.parties).get(voice.id, {voice.id})


def test_an_act_another_side_did_is_a_claim_whatever_the_model_saw() -> None:
    stance = SentenceDraft(by="Ukraine", t=["position"], to=None)
    book, _, positions, claims, _ = items_of(
        "Only hours later, Russia launched a massive drone attack on the port of Odesa. "
        "Ukraine has fired on nobody. "
        "Russia must withdraw its troops. "
        "We expect the aid announced by Russia to be used for the victims.", stance, stance, stance, stance)
    [claim] = claims  # not our own side's act, nor what should be, nor 'to be used'
    assert claim.evidence[0].quote.startswith("Only hours later") and claim.status == "allegation"
    assert book.by_id(claim.disputed_by[0]).name == "Russia"
    # a charge of fact that takes no stance is a claim only; the other three stay stances
    assert len(positions) == 3 and not any(p.evidence[0].quote.startswith("Only hours") for p in positions)
    _, _, positions, claims, _ = items_of("We condemn the massive drone attack that Russia launched on Odesa.",
                                          SentenceDraft(by="Ukraine", t=["position", "claim"], to="Russia"))
    assert len(claims) == 1 and len(positions) == 1  # a charge and a stance


def test_a_claim_against_a_side_the_sentence_never_names_is_a_stance() -> None:
    _, _, positions, claims, _ = items_of(
        "We condemn the attack on the hospital in the strongest terms. "
        "Russian troops shelled the hospital again. "
        "They shelled it again at night.",
        *[SentenceDraft(by="Ukraine", t=["claim"], to="Russia")] * 3)
    # the first names nobody: the model's guess goes; 'Russian' and 'They' name or point at Russia
    assert [c.evidence[0].quote[:7] for c in claims] == ["Russian", "They sh"]
    assert positions[0].evidence[0].quote.startswith("We condemn")


def test_whom_a_condemnation_accuses_and_an_opposition_that_accuses_nobody() -> None:
    assert accusations.accused_in("The EU condemns in the strongest possible terms Russia's massive missile and "
                                 "drone attack on the port.") == "Russia"
    _, _, positions, claims, _ = items_of("Ukraine firmly opposes this and has lodged a protest with Russia.",
                                          SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and len(positions) == 1


def test_what_the_other_side_says_is_its_claim_when_the_next_sentence_answers_it() -> None:
    book, voice, positions, claims, _ = items_of(
        "Our neighbour Russia says that it wants good relations with Ukraine. "
        "But its drones struck Kyiv again last night.",
        SentenceDraft(by="Russia", t=["position"], to=None), SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    said = next(c for c in claims if c.evidence[0].quote.startswith("it wants"))
    assert book.by_id(said.asserted_by).name == "Russia" and said.disputed_by == [voice.id]
    assert said.status == "disputed"


def test_concern_is_a_stance_not_a_charge() -> None:
    _, _, positions, claims, _ = items_of("Ukraine is deeply concerned about the escalating violence in Russia.",
                                          SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and len(positions) == 1


def test_a_decision_is_no_charge() -> None:
    _, _, positions, claims, _ = items_of("Ukraine decides to suspend Russia from the forum until it withdraws.",
                                          SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and len(positions) == 1


def test_denying_an_act_of_ones_own_side_is_a_stance_not_a_charge() -> None:
    _, _, positions, claims, _ = items_of(
        "We deny that our forces deliberately targeted the convoy of the Russian aid group.",
        SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and len(positions) == 1


def test_the_act_a_reported_clause_tells_of() -> None:
    assert claim_cues.charged_act("Armenia said that Azerbaijani troops had fired on its posts.") == (
        "Azerbaijani troops had fired on its posts.")
    assert claim_cues.charged_act("Armenia said it would respond.") is None
    assert claim_cues.charged_act("Rubio said Hamas bore full responsibility for the suffering.") is not None
    assert claim_cues.charged_act("Aliyev noted that Armenian groups had planted mines.") == (
        "Armenian groups had planted mines.")
    assert claim_cues.charged_act("The reinforcements announced by NATO are to be used to protect all.") is None
    # a build-up of forces is an act; moving on is not
    assert claim_cues.charged_act("Tulu told reporters that Drovian units had moved heavy weapons near the town.") == (
        "Drovian units had moved heavy weapons near the town.")
    assert claim_cues.charged_act("The talks moved forward last week.") is None
    # a hostile act going on is told as much as one done
    assert claim_cues.charged_act("Drovia's reckless behaviour violates the integrity of an Ally.") is not None
    assert claim_cues.charged_act('"Varna is putting the peace of the region at risk," he said.') is not None
    assert claim_cues.charged_act('He told reporters that Varna was "obstructing every effort" to reach a deal.')
    assert claim_cues.charged_act("The Union supports Varna and will defend every inch of it.") is None


def test_actors_asked_together_are_each_asked_and_one_the_model_missed_is_a_party() -> None:
    book, _, _, _, requests = items_of(
        "We call on Russia and the Drovian Armed Forces to withdraw. "
        "We call on the people of Kherson and Crimea to stay.",
        SentenceDraft(by="Ukraine", t=["request"], to="Russia"), SentenceDraft(by="Ukraine", t=["request"], to=None))
    assert [book.by_id(r.addressee).name if r.addressee else None for r in requests][:2] == [
        "Russia", "Drovian Armed Forces"]
    assert book.find("Crimea") is None  # a place is no party


def test_a_report_that_accuses_is_its_authors_claim_and_the_author_a_party() -> None:
    book, voice, _, claims, _ = items_of(
        "We reject the report published today by the UN Commission of Inquiry, which accuses Ukraine of "
        "shelling the dam.", SentenceDraft(by="Ukraine", t=["position"], to=None))
    [claim] = claims
    assert book.by_id(claim.asserted_by).name == "UN Commission of Inquiry" and claim.disputed_by == [voice.id]


def test_a_rebutted_claim_is_the_accusers_and_denied() -> None:
    book, voice, _, claims, _ = items_of(
        "The allegations spread by Russia that Ukraine shelled its own port are false. "
        "The claim that Ukraine used the corridor for military purposes is a fabrication.",
        SentenceDraft(by="Ukraine", t=["position"], to=None),  # the model saw no claim: the wording has one
        SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))  # unnamed claimant: the side the model names
    assert len(claims) == 2
    for claim in claims:
        assert book.by_id(claim.asserted_by).name == "Russia"
        assert claim.disputed_by == [voice.id] and claim.status == "denied"


def test_a_dateline_says_whose_office_issues_a_statement() -> None:
    text = ("SEOUL, June 9, 2024 --\nStatement by the Presidential Office\n\n"
            "North Korea resumed sending balloons toward our territory. South Korea will respond.\n")
    # the model thought the office acts for the state the statement accuses
    _, book, voice = parsed(text, PartyDraft(name="Presidential Office", kind="government_body",
                                             acts_for="North Korea"),
                            PartyDraft(name="North Korea", kind="state", acts_for=None),
                            PartyDraft(name="South Korea", kind="state", acts_for=None), voice="Presidential Office")
    assert voice.name == "Presidential Office"
    assert book.by_id(voice.affiliation).name == "South Korea" == dateline_state(text, book).name
    assert dateline_state("Press release, 26 February 2019\n\nText.", book) is None


def test_a_quotation_first_is_the_words_of_whom_the_text_then_names() -> None:
    assert attribution('"We are putting dialogue first," Nigerian President Bola Tinubu told the summit.') == (
        True, "Nigerian President Bola Tinubu")
    assert attribution("\u201cWe will respond,\u201d said Foreign Minister Ana Petrova.") == (
        True, "Foreign Minister Ana Petrova")
    assert attribution('"Enough," we said.') == (False, "")  # the document's own voice


NEWS = ("Leaders order force readied as junta digs in\nABUJA, Aug. 10 (news agency) -\n\n"
        "West African leaders on Thursday ordered a standby force. The bloc said it was worried. "
        '"Force is the last resort," the chairman told the summit. Residents said prices had risen.\n')


def test_a_news_report_is_told_apart_from_a_release() -> None:
    assert reports.news_report(NEWS, 5)
    # a release that reports in the third person still speaks for its issuer
    release = "Office of the High Representative\nPress release\n\n" + NEWS.split("\n\n", 1)[1]
    assert not reports.news_report(release, 4)
    # 'we' outside quotation marks: someone's own statement
    assert not reports.news_report(NEWS.replace("The bloc said", "We said"), 5)
    assert not reports.news_report(NEWS, 20)  # too few reported lines for its length


def test_a_request_reported_in_another_statement_is_the_reported_askers() -> None:
    assert asking_sides.asker_phrase("The Ministry recalls that Russia has demanded that Ukraine withdraw.") == "Russia"
    assert asking_sides.asker_phrase("Minister Petrova urged the Union to send monitors.") == "Minister Petrova"
    assert asking_sides.asker_phrase("Not a single state will be asked to choose.") is None  # the one asked
    # a second verb of the sentence's own speaker, not a request reported from Serbia
    assert asking_sides.asker_phrase("He said Serbia had no part in it and urged the peacekeepers to act.") is None
    # the one a report says asked; a demand named by its noun is no second request
    said = "Ukrainian officials said Russia had demanded the lifting of sanctions, a demand Kyiv called blackmail."
    assert asking_sides.asker_phrase(said) == "Russia" and cues.asking_parts(said) == []
    book, voice, _, _, requests = items_of(
        "The Ministry recalls that Russia has demanded that Ukraine withdraw its troops. "
        "We urge Russia to return to the deal.",
        SentenceDraft(by="Ukraine", t=["request"], to="Ukraine"),
        SentenceDraft(by="Ukraine", t=["request"], to="Russia"))
    assert [book.by_id(r.requester).name for r in requests] == ["Russia", voice.name]


def test_a_rebutted_claimant_the_model_did_not_list_becomes_a_party() -> None:
    book, voice, _, claims, _ = items_of(
        "The claim by Albin Kurti that the group was sent from Kyiv is a fabrication.",
        SentenceDraft(by="Ukraine", t=["position"], to=None))
    [claim] = claims
    kurti = book.by_id(claim.asserted_by)
    assert kurti.name == "Albin Kurti" and kurti.kind == "person"
    assert claim.disputed_by == [voice.id] and claim.status == "denied"


def test_a_request_to_two_parties_is_one_request_to_each() -> None:
    doc, book, voice = parsed(
        "Statement of the Ministry of Foreign Affairs of Ukraine\n\n"
        "We call on the United Nations and T\u00fcrkiye to keep the corridor open.\n",
        PartyDraft(name="Ukraine", kind="state", acts_for=None),
        PartyDraft(name="United Nations", kind="international_org", acts_for=None),
        PartyDraft(name="T\u00fcrkiye", kind="state", acts_for=None), voice="Ukraine")
    _, requests, _ = build_items([(2, SentenceDraft(by="Ukraine", t=["request"], to="United Nations"))],
                                 doc, book, Run(), voice)
    assert [book.by_id(r.addressee).name for r in requests] == ["United Nations", "T\u00fcrkiye"]
    assert requests[0].evidence == requests[1].evidence


def test_a_conditional_demand_asks_whom_its_condition_names_or_nobody() -> None:
    book, _, _, _, requests = items_of(
        "The operation will be stopped if the weapon is laid down. "
        "The strikes will be stopped only if Russia withdraws its troops.",
        SentenceDraft(by="Ukraine", t=["request"], to="Russia"),  # the model's guess: whoever heard it
        SentenceDraft(by="Ukraine", t=["request"], to=None))
    assert requests[0].addressee is None and requests[0].condition == "the weapon is laid down"
    assert book.by_id(requests[1].addressee).name == "Russia"


def test_two_requests_in_one_sentence_each_ask_their_own_part_of_an_abbreviated_party() -> None:
    assert asking_sides.addressee_phrase("We urge the U.S. to stop using the strait") == "the U.S."
    book, _, _, _, requests = items_of(
        "We urge the U.S. to stop arming the aggressor, and we urge Russia to withdraw its troops immediately.",
        SentenceDraft(by="Ukraine", t=["request"], to="Russia"))
    first, second = requests
    assert book.by_id(first.addressee).name == "United States" and book.by_id(second.addressee).name == "Russia"
    assert first.action == "Stop arming the aggressor"  # not the second's words, nor the joining ', and we'
    assert second.action.startswith("Withdraw its troops")


def test_a_verdict_beside_a_charge_and_a_stance_or_commitment_beside_an_ask_are_positions_too() -> None:
    book, _, positions, claims, _ = items_of(
        "Full responsibility for the shelling lies with the leadership of Russia.",
        SentenceDraft(by="Ukraine", t=["position", "claim"], to="Russia"))
    assert len(claims) == 1 and len(positions) == 1  # blame laid is a stance
    _, _, positions, claims, _ = items_of(  # ... even when the model saw only the charge
        "This is a grave violation of our sovereignty by Russia.",
        SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert len(claims) == 1 and len(positions) == 1
    _, _, positions, _, requests = items_of(
        "The strikes will stop if Russia withdraws its troops. "
        "We support the grain corridor and call on Russia to return to it. "
        "We call on Russia to release the sailors.",
        *[SentenceDraft(by="Ukraine", t=["request"], to="Russia")] * 3)
    assert len(requests) == 3
    assert [p.evidence[0].quote[:10] for p in positions] == ["The strike", "We support"]  # not the plain ask


def test_a_wish_or_a_readiness_that_asks_nobody_is_a_stance_not_a_request() -> None:
    assert asking_sides.asks_softly_of_nobody("Lebanon had no wish to see the fighting turn into a wider war.")
    assert asking_sides.asks_softly_of_nobody("President Vucic was ready to sign the text.")
    assert not asking_sides.asks_softly_of_nobody("We want Russia to return the children.")  # it names whom it asks
    assert not asking_sides.asks_softly_of_nobody("The strikes will stop if the troops withdraw.")  # a condition asks
    _, _, positions, _, requests = items_of("Ukraine wants the talks to go on before winter.",
                                            SentenceDraft(by="Ukraine", t=["request"], to="Russia"))
    assert requests == [] and len(positions) == 1
