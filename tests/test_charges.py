"""What a charge is made of and whom it charges: a claim needs an act, harm, blame or a verdict;
the accused is the side the charge opens with; background (places, events, forms of address)
is nobody to accuse; an act of the speaker's own side is its account."""

from __future__ import annotations

from summariser import accusations, claim_cues, factual, rebuttals
from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_claims import items_of
from tests.test_known_actors import parsed


def test_a_form_of_address_or_an_event_is_nobody_to_accuse_and_a_defence_is_a_stance() -> None:
    text = ("Remarks by the President of Drovia at the Varna Summit\n\n"
            "Friends, the world is more unequal today than it was twenty years ago. "
            "Drovia defends the reform of the Varna Council, which no longer reflects the world.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Drovia", kind="state", acts_for=None),
                              PartyDraft(name="Friends", kind="other", acts_for=None),
                              PartyDraft(name="Varna Summit", kind="international_org", acts_for=None),
                              PartyDraft(name="Varna Council", kind="international_org", acts_for=None), voice="Drovia")
    found = [(2, SentenceDraft(by="Drovia", t=["claim"], to="Friends")),
             (3, SentenceDraft(by="Drovia", t=["claim"], to="Varna Council"))]
    positions, _, claims = build_items(found, doc, book, Run(), voice)
    assert claims == [] and len(positions) == 2


def test_a_concern_about_a_sides_actions_charges_it_and_is_worded_from_there() -> None:
    sentence = ("The Ministers reaffirmed their commitment to open seas and expressed serious concern about "
                "Drovia's coercive actions in the strait.")
    assert accusations.accused_in(sentence) == "Drovia"
    assert rebuttals.charge_clause(sentence) == "Drovia's coercive actions in the strait."
    launches = "They condemned the Democratic People's Republic of Varna's missile launches."
    assert accusations.accused_in(launches) == "the Democratic People's Republic of Varna"
    acts_of = "He spoke with her to condemn the dangerous actions of the Republic of Varna against Drovian boats."
    assert accusations.accused_in(acts_of) == "the Republic of Varna"  # whose acts, not against whom
    assert rebuttals.charge_clause("He accused Hamas of backtracking.") == "He accused Hamas of backtracking."
    _, _, positions, claims, _ = items_of(sentence.replace("Drovia", "Russia"),
                                          SentenceDraft(by="Ukraine", t=["position", "claim"], to=None))
    assert len(claims) == 1 and claims[0].claim.startswith("Russia's coercive actions")


def test_a_month_is_no_modal_and_a_possessive_names_its_owner() -> None:
    # 'On 14 May' is a date, not 'may'; "Iran's attack" names Iran as the one who acted
    assert not claim_cues.speaks_of_what_should_be("On 14 May, four Drovian vessels entered our waters.")
    assert claim_cues.speaks_of_what_should_be("The canal may divert a third of the river.")
    _, _, _, claims, _ = items_of("It said Russia's attack on Tuesday had killed two children.",
                                  SentenceDraft(by="Ukraine", t=["claim"], to="Ukraine"))
    assert len(claims) == 1 and claims[0].disputed_by


def test_a_place_the_model_took_for_the_accused_leaves_the_claim_standing() -> None:
    from summariser.background import map_feature, not_an_actor
    from summariser.schema import Party

    shoal = Party(id="p9", name="Second Varna Shoal", kind="state")
    assert not_an_actor(shoal) and map_feature(shoal)
    assert not map_feature(Party(id="p8", name="China Coast Guard", kind="government_body"))


def test_an_act_of_the_speakers_own_side_is_its_account_not_a_charge() -> None:
    _, _, positions, claims, _ = items_of(
        "Ukraine said it had carried out strikes on depots inside Russia. "
        "Ukraine said Russian forces had shelled the port.",
        SentenceDraft(by="Ukraine", t=["claim"], to="Russia"), SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert [c.evidence[0].quote[:20] for c in claims] == ["Ukraine said Russian"]
    assert any("it had carried out strikes" in p.evidence[0].quote for p in positions)


def test_the_accused_is_the_side_a_charge_opens_with_past_its_setting() -> None:
    _, _, _, claims, _ = items_of("In Kyiv, a Russian missile hit the children's hospital.",
                                  SentenceDraft(by="Ukraine", t=["claim"], to=None))
    assert len(claims) == 1 and claims[0].disputed_by
    book, _, _, claims, _ = items_of("It is Russia that shelled the port of Odesa.",
                                     SentenceDraft(by="Ukraine", t=["claim"], to="Ukraine"))
    assert book.by_id(claims[0].disputed_by[0]).name == "Russia"


def test_an_armed_group_its_name_does_not_tie_to_a_state_is_no_part_of_it() -> None:
    text = ("Communique of the Council\n\nThe Council condemns the fighting between the Sudanese Armed Forces "
            "and the Rapid Support Forces. The Council demands that the Rapid Support Forces stop.\n")
    _, book, _ = parsed(text, PartyDraft(name="Sudan", kind="state", acts_for=None),
                        PartyDraft(name="Sudanese Armed Forces", kind="government_body", acts_for="Sudan"),
                        PartyDraft(name="Rapid Support Forces", kind="non_state_group", acts_for="Sudan"))
    from summariser.keep import prune_parties

    rsf = book.find("Rapid Support Forces")
    prune_parties(book, [], rsf.id)
    assert {p.name for p in book.parties} >= {"Rapid Support Forces"}


def test_a_regret_opens_a_stance_not_a_claim() -> None:
    assert factual.not_factual("The Union deplores the adoption of the law by the Varnian Parliament.")
    assert not factual.not_factual("The Union deplores the shelling of the port by Varnian forces.")


def test_a_sentence_that_charges_nobody_with_anything_is_no_claim() -> None:
    assert not claim_cues.charges("Minister Petrov informed the Secretary-General about the needs of the refugees.")
    assert claim_cues.charges("Russia's claims are baseless.")
    assert claim_cues.charges("It was Russia that deliberately slowed down the inspections.")
    _, _, positions, claims, _ = items_of(
        "Minister Petrov informed the Secretary-General of Russia about the needs of the refugees.",
        SentenceDraft(by="Ukraine", t=["claim"], to="Russia"))
    assert claims == [] and len(positions) == 1


def test_a_dateline_city_is_a_place_and_a_frame_at_the_end_leaves_the_act_before_it() -> None:
    from summariser.background import named_as_place
    from summariser.schema import Party

    text = "JERUSALEM, July 20 - Israeli warplanes struck the port, the military said."
    assert named_as_place(Party(id="p1", name="JERUSALEM", kind="state"), text)
    assert claim_cues.charged_act("Israeli warplanes struck the port, the military said on Saturday.") == (
        "Israeli warplanes struck the port, the military ")


def test_a_cleft_names_its_subject_even_beside_another_party() -> None:
    from summariser.kinds import subject_party
    from summariser.parties import build_parties

    text = "It is Varnia that harbours the Red Hand militia on its soil."
    book = build_parties([PartyDraft(name="Varnia", kind="state", acts_for=None),
                          PartyDraft(name="Red Hand militia", kind="non_state_group", acts_for=None)], text)
    assert subject_party(text, book).name == "Varnia"


def test_a_rebuttal_denies_the_rebutted_claim_not_the_rebutters_own_charge() -> None:
    from summariser.denials import mark_denials
    from summariser.schema import ContestedClaim, Evidence, Party

    text = "Drovia rejected the claims of the G7 as baseless. Drovia said the G7 arms the aggressor."
    first, second = text.split(". ")
    parties = [Party(id="p1", name="Drovia", kind="state"), Party(id="p2", name="G7", kind="international_org")]
    rebutted = ContestedClaim(id="cc1", claim="The claims of the G7", asserted_by="p2", disputed_by=["p1"],
                              status="denied", evidence=[Evidence(quote=first, start=0, end=len(first))])
    charge = ContestedClaim(id="cc2", claim="The G7 arms the aggressor", asserted_by="p1", disputed_by=["p2"],
                            status="allegation",
                            evidence=[Evidence(quote=second, start=len(first) + 2, end=len(text))])
    mark_denials([rebutted, charge], [rebutted, charge], parties)
    assert charge.status == "allegation"  # the G7 denies nothing: the rejection is Drovia's
    assert rebutted.status == "denied"


def test_a_rebuttal_never_names_the_speakers_own_side_as_the_claimant() -> None:
    from summariser.assemble import Run, build_items
    from summariser.drafts import SentenceDraft
    from tests.test_known_actors import ukraine_statement

    doc, book, voice = ukraine_statement(
        "The claims of the Russian Ministry of Defence that a Ukrainian missile hit the hospital are a cynical lie.")
    found = [(2, SentenceDraft(by="Ukraine", t=["position"], to="Ukraine"))]
    _, _, [claim] = build_items(found, doc, book, Run(), voice)
    assert book.by_id(claim.asserted_by).name == "Russia" and claim.status == "denied"  # not 'the Ministry'


def test_what_a_request_asks_for_is_no_act_done() -> None:
    assert not claim_cues.charges("We call on the Varnan government to release him and all detained citizens.")
    assert claim_cues.charges("Varna has held him on fabricated charges, and we call on it to release him.")
    assert claim_cues.charged_act("The Secretary-General condemns the offensive and calls on the group to withdraw "
                                  "from all occupied areas.") is None


def test_a_target_of_an_act_is_not_its_accused() -> None:
    from summariser.schema import Party
    from summariser.targets import only_a_target

    ship = Party(id="p1", name="Gibraltar Eagle", kind="non_state_group")
    assert only_a_target(ship, "Central Command said the ship, the Gibraltar Eagle, was hit by a missile.")
    port = Party(id="p2", name="Odesa", kind="state")
    assert only_a_target(port, "The militia fired two drones at Odesa overnight.")
    assert not only_a_target(port, "Odesa fired two drones at the ships.")


def test_a_charge_the_accused_denies_in_the_same_sentence_is_denied() -> None:
    from summariser.denials import mark_denials
    from summariser.schema import ContestedClaim, Evidence, Party

    text = "Drovia accused Varna of arming the rebels, a charge Varna has denied."
    parties = [Party(id="p1", name="Drovia", kind="state"), Party(id="p2", name="Varna", kind="state")]
    claim = ContestedClaim(id="cc1", claim="Varna arms the rebels", asserted_by="p1", disputed_by=["p2"],
                           status="allegation", evidence=[Evidence(quote=text, start=0, end=len(text))])
    mark_denials([claim], [claim], parties)
    assert claim.status == "denied"


def test_a_subject_named_by_its_states_word_comes_before_a_place_later() -> None:
    from summariser.kinds import subject_party
    from summariser.parties import build_parties

    text = "Israeli warplanes struck several villages in southern Lebanon on Tuesday."
    book = build_parties([PartyDraft(name="Lebanon", kind="state", acts_for=None),
                          PartyDraft(name="Israel", kind="state", acts_for=None)], text + " Israel said so.")
    assert subject_party(text, book).name == "Israel"
    assert subject_party("Lebanon protested the strikes.", book).name == "Lebanon"


def test_an_act_carried_out_by_another_sides_forces_charges_that_side_and_contrary_claims_are_rebutted() -> None:
    from tests.test_known_actors import ukraine_statement

    doc, book, voice = ukraine_statement(
        "The Ministry strongly condemns the provocation carried out by the armed forces of Russia on 14 May "
        "against our positions near Sumy. "
        "Contrary to the claims of the Ministry of Defence of Russia, the Ukrainian side did not open fire first.")
    assert accusations.accused_in(doc.text) == "the armed forces of Russia"
    assert rebuttals.rebutted_claim("Contrary to the statements of Varna, nobody crossed the line.") == (True, "Varna")
    assert rebuttals.rebutted_claim("The strikes were contrary to international law.") == (False, None)
    found = [(2, SentenceDraft(by="Ukraine", t=["claim"], to="Russia")),
             (3, SentenceDraft(by="Ukraine", t=["position"], to=None))]
    _, _, claims = build_items(found, doc, book, Run(), voice)
    charge, rebutted = claims
    assert book.by_id(charge.asserted_by).name.endswith("Ukraine")  # the issuing ministry or its state
    assert book.by_id(charge.disputed_by[0]).name == "Russia"
    claimant = book.by_id(rebutted.asserted_by)  # the ministry the text names, Russia's (the guide: most specific)
    assert rebutted.status == "denied" and "Russia" in (claimant.name, book.by_id(claimant.affiliation).name)


def test_whose_airspace_was_violated_is_not_who_violated_it() -> None:
    sentence = ("We strongly condemn the violation of Estonia's airspace on 19 September by three Russian MiG-31 "
                "fighter jets.")
    assert accusations.accused_in(sentence) == "Russian MiG-31"
    assert accusations.accused_in("We condemn the violation of Estonia's airspace.") is None
    assert claim_cues.charged_act("The three countries had failed to honour their commitments.") is not None
    assert claim_cues.charged_act("Varna has provided the rebels with weapons and intelligence.") is not None
    assert claim_cues.charged_act("The Treaty covers armed attacks on Drovian vessels.") is None


def test_a_rebutted_claim_is_worded_without_its_rebuttal() -> None:
    said = ("Baghaei said the claims in the statement that Iran is expanding its nuclear activities without any "
            "civilian justification are baseless and politically motivated.")
    assert rebuttals.rebutted_claim(said) == (True, None)
    assert rebuttals.claimed_content(said) == ("Iran is expanding its nuclear activities without any civilian "
                                                "justification")


def test_an_agreement_is_no_actor_and_an_unnamed_country_is_the_one_the_statement_answers() -> None:
    from summariser.background import not_an_actor
    from summariser.schema import Party

    assert not_an_actor(Party(id="p1", name="JCPOA", kind="non_state_group"))
    assert not_an_actor(Party(id="p2", name="Washington Treaty", kind="other"))
    text = ("Response to media queries on remarks by the Foreign Office of Varnistan\n\n"
            "It is ironic that a country which has been the epicentre of terrorism for decades lectures Drovia.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Drovia", kind="state", acts_for=None),
                              PartyDraft(name="Varnistan", kind="state", acts_for=None), voice="Drovia")
    _, _, [claim] = build_items([(2, SentenceDraft(by="Drovia", t=["claim"], to="Drovia"))], doc, book, Run(), voice)
    assert "Varnistan" in book.by_id(claim.disputed_by[0]).name


def test_a_group_an_attack_is_charged_to_is_a_party_and_a_terrorist_group_acts_for_no_state() -> None:
    from summariser.parties import build_parties

    sentence = "He condemns in the strongest terms the attack by the Viv Ansanm gang coalition on the town."
    assert accusations.accused_in(sentence) == "the Viv Ansanm gang coalition"
    assert accusations.named_group("the Viv Ansanm gang coalition") == "Viv Ansanm gang coalition"
    assert accusations.named_group("the Government") is None
    text = "The operation targets the PKK terrorist organization. Türkiye will go on."
    book = build_parties([PartyDraft(name="PKK terrorist organization", kind="non_state_group", acts_for="Türkiye"),
                          PartyDraft(name="Türkiye", kind="state", acts_for=None)], text)
    from summariser.links import unlink_outlawed

    unlink_outlawed(book)
    assert book.find("PKK terrorist organization").affiliation is None


def test_member_states_report_nothing_and_ignoring_calls_or_turning_a_blind_eye_is_a_charge() -> None:
    ignored = ("The Georgian authorities have ignored the repeated calls of the EU and its Member States and the "
               "protests of citizens.")
    assert claim_cues.charged_act(ignored) == ignored
    assert claim_cues.charges("France, which turns a blind eye to the group on its soil, is in no position to lecture.")


def test_an_attack_by_a_group_with_an_epithet_charges_the_group() -> None:
    said = "The Ministry condemns the renewed attack by the terrorist Rapid Support Forces militia on the city."
    assert accusations.named_group(accusations.accused_in(said)) == "Rapid Support Forces militia"


def test_the_accused_is_found_past_a_source_an_apposition_or_a_cleft_or_anywhere_when_alone() -> None:
    from summariser.kinds import subject_party
    from summariser.parties import build_parties

    assert accusations.accused_in("It has also accused France, the former colonial power, of seeking to intervene.") \
        == "France"
    text = ("According to the Ministry of Defence of Drovia, Varnan sabotage groups laid mines on the road. "
            "It was the Varnan side that had voted the plan down. Jaish-e-Mohammad (JeM) ran the camp.")
    book = build_parties([PartyDraft(name="Drovia", kind="state", acts_for=None),
                          PartyDraft(name="Varnan side", kind="state", acts_for=None),
                          PartyDraft(name="Jaish-e-Mohammad (JeM)", kind="non_state_group", acts_for=None)], text)
    first, second, _ = text.split(". ")
    assert subject_party(first, book) is None or subject_party(first, book).name != "Drovia"  # not the source
    assert subject_party(second, book).name == "Varnan side"
    assert book.find("JeM") is not None  # the abbreviation finds its party
    doc, book, voice = parsed(
        "Statement of the Ministry of Foreign Affairs of Drovia\n\n"
        "Fighters from the camps attacked our posts with the knowledge of the authorities of Varna.\n",
        PartyDraft(name="Drovia", kind="state", acts_for=None), PartyDraft(name="Varna", kind="state", acts_for=None),
        voice="Drovia")
    _, _, [claim] = build_items([(2, SentenceDraft(by="Drovia", t=["claim"], to="Drovia"))], doc, book, Run(), voice)
    assert book.by_id(claim.disputed_by[0]).name == "Varna"


def test_a_transcripts_speaker_label_is_not_the_subject_of_a_charge() -> None:
    from summariser.kinds import subject_party
    from summariser.parties import build_parties

    said = "Mao Ning: The Japanese government has disregarded the concerns of its neighbours."
    book = build_parties([PartyDraft(name="Mao Ning", kind="person", acts_for="China"),
                          PartyDraft(name="Japan", kind="state", acts_for=None)], said)
    assert subject_party(said, book).name == "Japan"


def test_what_the_accused_once_said_it_would_do_does_not_make_a_charge_a_vow() -> None:
    assert claim_cues.charged_act("Drovia resumed sending balloons toward our territory, only a week after "
                                  "announcing that it would halt them.") is not None
    assert claim_cues.charged_act("Drovia would never have launched the drones.") is None


def test_dismissing_a_charge_or_being_alarmed_is_a_stance() -> None:
    assert claim_cues.takes_stance("The ministry dismissed as baseless the charge that Ankara was obstructing a deal.")
    assert claim_cues.takes_stance("Council members said they were alarmed that hostilities continue.")


def test_an_assurance_a_speaker_relays_is_the_assurers_claim() -> None:
    assert accusations.relayed_assurer("Speaker Berri told visitors that Hezbollah had assured him a stray Israeli "
                                      "missile had hit the pitch.") == "Hezbollah"
    assert accusations.relayed_assurer("Berri said the strike had hit the pitch.") is None
    text = ("Strike on the pitch\n\nBEIRUT, July 28 (Reuters) - Speaker Nabih Berri told visitors that Hezbollah had "
            "assured him a stray Israeli missile had hit the pitch.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Nabih Berri", kind="person", acts_for="Lebanon"),
                              PartyDraft(name="Hezbollah", kind="non_state_group", acts_for=None),
                              PartyDraft(name="Israel", kind="state", acts_for=None))
    said = SentenceDraft(by="Nabih Berri", t=["claim"], to="Israel")
    _, _, claims = build_items([(2, said)], doc, book, Run(), voice)
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Hezbollah"]
    assert book.by_id(claims[0].disputed_by[0]).name == "Israel"
