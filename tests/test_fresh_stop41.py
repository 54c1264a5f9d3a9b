"""Conventions met in documents written after the eval set (stop 41): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import asking_sides, claim_cues, cues, headings, links, rebuttals, wording
from summariser.assemble import Run, build_items
from summariser.background import named_as_place
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.naming import speaker_in
from summariser.own_sides import unask_own_side
from summariser.relayed_claims import relayed_allegation
from summariser.schema import Party
from tests.test_known_actors import parsed


def test_a_statement_which_accuses_is_its_authors_claim() -> None:
    # Belarus's ministry: "We have taken note of yesterday's statement by the Ministry of Foreign Affairs
    # of Lithuania, which once again accuses Belarus of ..." was Belarus's own charge against Lithuania
    text = ("Comment of the Press Service of the Ministry of Foreign Affairs of Belarus\n\n"
            "We have taken note of yesterday's statement by the Ministry of Foreign Affairs of Lithuania, which "
            "once again accuses Belarus of deliberately sending balloons into Lithuanian airspace. "
            "These accusations are absurd.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Belarusian Ministry of Foreign Affairs", kind="government_body",
                                               acts_for="Belarus"),
                              PartyDraft(name="Lithuanian Foreign Ministry", kind="government_body",
                                         acts_for="Lithuania"),
                              voice="Belarusian Ministry of Foreign Affairs")
    found = [(2, SentenceDraft(by="Belarusian Ministry of Foreign Affairs", t=["claim"],
                               to="Lithuanian Foreign Ministry"))]
    _positions, _requests, claims = build_items(found, doc, book, Run(), voice)
    assert len(claims) == 1
    claimant = book.by_id(claims[0].asserted_by)
    assert claimant is not None and "Lithuania" in claimant.name
    assert claims[0].disputed_by == [voice.id]
    assert claims[0].claim.startswith("Accuses Belarus of deliberately sending")
    # 'which repeats claims that ...': what the claims say is the claim
    relayed = ("The Government notes the statement issued yesterday by the Spokesperson of the Secretary-General, "
               "which repeats claims that the army is fighting in Goma.")
    assert relayed_allegation(relayed) == "the Spokesperson of the Secretary-General"
    assert rebuttals.claimed_content(relayed) == "the army is fighting in Goma."


def test_a_charge_names_its_agent_over_the_models_unnamed_guess() -> None:
    # Rwanda's statement: 'The fighting near Goma is a direct result of repeated violations of ceasefire
    # agreements by the Government of the DRC' accused the Rwanda Defence Force, whom the model guessed
    # (here the M23, which the sentence does not name either)
    text = ("Statement by the Government of Rwanda\n\nThe fighting near Goma is a direct result of repeated "
            "violations of ceasefire agreements by the Government of the DRC and its coalition. The M23 is not "
            "Rwanda's concern.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Rwanda", kind="state", acts_for=None),
                              PartyDraft(name="M23", kind="non_state_group", acts_for=None),
                              PartyDraft(name="DRC", kind="state", acts_for=None), voice="Rwanda")
    found = [(2, SentenceDraft(by="Rwanda", t=["claim"], to="M23"))]
    _positions, _requests, claims = build_items(found, doc, book, Run(), voice)
    assert [book.by_id(c.disputed_by[0]).name for c in claims] == ["DRC"]


def test_a_favour_done_at_someones_request_asks_nothing() -> None:
    # a report: 'The Dominican Republic said it had cooperated with US authorities at their request'
    # became the Dominican Republic's appeal to the United States
    assert not cues.asks("The Dominican Republic said it had cooperated with US authorities at their request.")
    assert cues.asks("Japan reiterated its request that the ban be lifted.")


def test_requested_that_it_be_lifted_is_a_request() -> None:
    # Japan's readout: '... lacks scientific grounds and strongly requested that it be lifted immediately'
    # was a position only
    assert cues.plainly_asks("He said the ban lacks scientific grounds and strongly requested that it be lifted.")
    assert not cues.plainly_asks("He requested that it be informed of the results.")


def test_the_opposition_is_not_a_body_of_its_state() -> None:
    # a report on Venezuela: the model's "Venezuela's opposition" (a government body) was folded into
    # Venezuela, so the opposition's claim to have won was Venezuela's own
    text = ("Report\n\nThe electoral authority declared Maduro the winner. The opposition has published tallies "
            "which it says show that its candidate won in Venezuela.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Venezuela", kind="state", acts_for=None),
                                PartyDraft(name="Venezuela's opposition", kind="government_body", acts_for="Venezuela"))
    opposition = book.find("Venezuela's opposition")
    assert opposition is not None and opposition.kind == "non_state_group" and opposition.affiliation is None


NORDIC = ("Joint Statement by the Foreign Ministers of the Nordic-Baltic Eight\n\nTallinn, 27 December 2024\n\n"
          "We, the Foreign Ministers of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, "
          "express our grave concern at the damage to the cables.\n\nThe Finnish authorities have detained the "
          "tanker, which is believed to belong to Russia's shadow fleet, on suspicion of having damaged the "
          "cables.\n")


def test_we_the_ministers_of_several_states_serve_none_of_them_and_accuse_none() -> None:
    # the joint statement's voice was tied to Estonia (the dateline's Tallinn), and the Finnish
    # authorities' detention of a tanker was the ministers' charge against Finland, a signatory
    assert links.signatories(parsed(NORDIC, PartyDraft(name="Finland", kind="state", acts_for=None),
                                    PartyDraft(name="Estonia", kind="state", acts_for=None))[1]) != set()
    doc, book, voice = parsed(NORDIC, PartyDraft(name="Foreign Ministers of the Nordic-Baltic Eight",
                                                 kind="government_body", acts_for=None),
                              PartyDraft(name="Estonia", kind="state", acts_for=None),
                              PartyDraft(name="Finland", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None),
                              voice="Foreign Ministers of the Nordic-Baltic Eight")
    assert voice is not None and voice.affiliation is None
    book.voice = voice
    found = [(4, SentenceDraft(by="Foreign Ministers of the Nordic-Baltic Eight", t=["claim"], to="Finland"))]
    _positions, requests, claims = build_items(found, doc, book, Run(), voice)
    unask_own_side(requests, claims, book)
    finland = book.find("Finland")
    assert claims and all(finland.id not in c.disputed_by for c in claims)


def test_a_city_the_text_names_as_one_is_no_party_to_accuse() -> None:
    # the UN's statement: 'the offensive ... on the city of Goma in North Kivu province': Goma, which the
    # model listed as a state, was accused of the shelling
    goma = Party(id="p9", name="Goma", kind="state")
    assert named_as_place(goma, "The offensive on the city of Goma continued. Shelling hit the town of Goma.")
    assert not named_as_place(goma, "Goma said it would resist.")


def test_a_states_defence_force_is_its_organ() -> None:
    # 'Rwanda Defence Force' (a non-state group for the model) acted for nobody
    text = "Statement\n\nThe Rwanda Defence Force crossed into Congo from Rwanda.\n"
    _doc, book, _voice = parsed(text, PartyDraft(name="Rwanda Defence Force", kind="non_state_group", acts_for=None),
                                PartyDraft(name="Rwanda", kind="state", acts_for=None))
    force = book.find("Rwanda Defence Force")
    assert force.kind == "government_body" and book.by_id(force.affiliation).name == "Rwanda"


def test_a_question_regarding_a_bodys_report_answers_that_body() -> None:
    # Türkiye's spokesperson: 'the claim that the judicial process ... is politically motivated' was
    # given to the Greek Cypriot Administration; the heading says whose report the answer is about
    heading = ("Statement of the Foreign Ministry Spokesperson in response to a question regarding the European "
               "Parliament's report on Türkiye\n\nQUESTION: How do you evaluate the report?\n")
    assert headings.answered_in(heading) == "European Parliament"
    assert headings.answered_in("Statement on the situation in the Middle East\n\nText.\n") is None


def test_a_heading_that_rejects_anothers_remarks_is_not_their_voice() -> None:
    # Pakistan's release 'Pakistan rejects Afghan interim government's remarks on cross-border operation'
    # (dateline Islamabad) was given to the Afghan interim government, the model's voice, tied to Pakistan
    from summariser.voice import checked_voice
    text = ("Press Release: Pakistan rejects Afghan interim government's remarks on cross-border operation\n\n"
            "Islamabad, 18 March 2024\n\nPakistan has noted with concern the statement issued by the spokesman of "
            "the Afghan interim government. Pakistan respects the sovereignty of Afghanistan. We call upon the "
            "Afghan authorities to act against terrorist groups.\n")
    assert headings.answered_in(text) == "Afghan interim government"
    doc, book, voice = parsed(text, PartyDraft(name="Pakistan", kind="state", acts_for=None),
                              PartyDraft(name="Afghan interim government", kind="government_body",
                                         acts_for="Afghanistan"),
                              PartyDraft(name="Afghanistan", kind="state", acts_for=None),
                              voice="Afghan interim government")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert voice is not None and voice.name == "Pakistan"
    afghan = book.find("Afghan interim government")
    assert book.by_id(afghan.affiliation).name == "Afghanistan"
    # the model's tie to the other state gives way to the state the body's name opens with
    _doc, book, _voice = parsed(text, PartyDraft(name="Pakistan", kind="state", acts_for=None),
                                PartyDraft(name="Afghan interim government", kind="government_body",
                                           acts_for="Pakistan"),
                                PartyDraft(name="Afghanistan", kind="state", acts_for=None))
    afghan = book.find("Afghan interim government")
    assert book.by_id(afghan.affiliation).name == "Afghanistan"


def test_a_generational_suffix_does_not_hide_a_surname() -> None:
    # the White House: 'President Joseph R. Biden, Jr.' and the heading's 'President Biden' were two parties
    text = ("Readout of President Biden's Call with Prime Minister Netanyahu of Israel\n\nPresident Joseph R. "
            "Biden, Jr. spoke today with Prime Minister Benjamin Netanyahu of Israel. President Biden made clear "
            "that the United States supports Israel.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Joseph R. Biden, Jr.", kind="person", acts_for="United States"),
                                PartyDraft(name="Benjamin Netanyahu", kind="person", acts_for="Israel"))
    biden = book.find("Joseph R. Biden")
    assert biden is not None and "Joseph R. Biden, Jr." in biden.aliases
    assert speaker_in("President Biden made clear", book.parties) is biden
    assert len([p for p in book.parties if "Biden" in p.name]) == 1


def test_the_need_for_a_named_side_to_act_asks_it() -> None:
    # 'He made clear the need for Israel to announce and implement ... steps' was a position only
    asked = "He made clear the need for Israel to announce and implement a series of concrete steps."
    assert cues.plainly_asks(asked) and asking_sides.addressee_phrase(asked) == "Israel"
    assert wording.action(asked) == "Announce and implement a series of concrete steps"
    assert not cues.plainly_asks("They stressed the need for a ceasefire to hold.")


def test_an_accusation_names_a_group_after_its_adjective() -> None:
    # AFP: "Sudan's army on Saturday accused the paramilitary Rapid Support Forces of killing ..." accused
    # the UN's coordinator, whom the model guessed
    from summariser.accusations import accused_in
    assert accused_in("Sudan's army accused the paramilitary Rapid Support Forces of killing civilians.") \
        == "the paramilitary Rapid Support Forces"


def test_an_organisations_post_before_a_name_is_that_person_serving_it() -> None:
    # 'The United Nations humanitarian coordinator in Sudan, Clementine Nkweta-Salami, said ...': the post
    # and the person were two parties, she Sudan's, and the United Nations was folded into the post
    text = ("Report\n\nThe United Nations humanitarian coordinator in Sudan, Clementine Nkweta-Salami, said she "
            "was appalled, and called on both sides to protect civilians in Sudan.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="United Nations humanitarian coordinator in Sudan",
                                                 kind="person", acts_for=None),
                                PartyDraft(name="Clementine Nkweta-Salami", kind="person", acts_for="Sudan"),
                                PartyDraft(name="Sudan", kind="state", acts_for=None))
    people = [p for p in book.parties if p.kind == "person"]
    assert [p.name for p in people] == ["Clementine Nkweta-Salami"]
    assert book.by_id(people[0].affiliation).name == "United Nations"


def test_asking_a_council_to_meet_is_a_request_that_accuses_it_of_nothing() -> None:
    # Reuters: 'Russia called the strike "unacceptable" and requested an urgent meeting of the U.N. Security
    # Council' was Russia's charge against the Council, and no request
    text = ("Report\n\nRussia called the strike \"unacceptable\" and requested an urgent meeting of the U.N. "
            "Security Council.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="U.N. Security Council", kind="international_org", acts_for=None))
    found = [(2, SentenceDraft(by="Russia", t=["claim"], to="U.N. Security Council"))]
    _positions, requests, claims = build_items(found, doc, book, Run(), voice)
    assert claims == []
    assert [book.by_id(r.addressee).name for r in requests] == ["U.N. Security Council"]
    # nor is a side named only in what the others are asked: 'urged all States to cooperate actively with the
    # Government of Niger' (the Council's press statement on an attack in Niger) accused Niger
    text = ("Security Council Press Statement\n\nThe members of the Security Council underlined the need to hold "
            "perpetrators accountable, and urged all States to cooperate actively with the Government of Niger.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                              PartyDraft(name="Niger", kind="state", acts_for=None), voice="Security Council")
    found = [(2, SentenceDraft(by="Security Council", t=["claim"], to="Niger"))]
    _positions, requests, claims = build_items(found, doc, book, Run(), voice)
    assert claims == [] and len(requests) == 1


def test_an_archipelago_is_a_place() -> None:
    # Viet Nam's spokesperson: 'China's exercises in the Hoang Sa archipelago seriously violate ...' accused the
    # archipelago (a non-state group for the model), not China
    from summariser.background import map_feature
    assert map_feature(Party(id="p4", name="Hoang Sa archipelago", kind="non_state_group"))
    assert map_feature(Party(id="p4", name="Korean Peninsula", kind="other"))


def test_a_spokesperson_tied_to_the_post_they_hold_serves_the_posts_state() -> None:
    # China's briefing: 'Foreign Ministry Spokesperson Lin Jian' was tied to the model's 'Foreign Ministry
    # Spokesperson' body, which then folded into him: he served himself, then nobody, and China was dropped
    from summariser.parties import PartyBook
    book = PartyBook("Foreign Ministry Spokesperson Lin Jian answered.")
    post = book.add("Foreign Ministry Spokesperson", "government_body")
    lin = book.add("Lin Jian", "person")
    lin.affiliation = post.id
    book.fold(post, lin)
    assert lin.affiliation is None  # free to be tied to China by the list of known people


def test_a_briefing_question_that_tells_what_a_side_says_relays_its_claim() -> None:
    # 'Bloomberg: The Philippines says Chinese coast guard personnel wielded knives ...' was the
    # Philippines' stance, not its charge that China's answer disputes
    assert claim_cues.reports_claim("Bloomberg: The Philippines says Chinese coast guard personnel wielded knives.")
    assert not claim_cues.reports_claim("Reuters: The United States said it stands with the Philippines.")
    assert not claim_cues.reports_claim("The Philippines says it wants talks.")
