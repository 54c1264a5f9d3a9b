"""Conventions met in documents written after the eval set (stop 60), third part: headings, lists of
asks, asides and place names. Each test names the convention and the mistake made before."""

from __future__ import annotations

from summariser import asking_sides, headings
from summariser.asked_groups import nobody_in_particular
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actors_in
from tests.test_fresh_stop56 import _items


def test_a_headings_place_of_adoption_and_its_adjective_are_no_issuer() -> None:
    # 'Declaration of Bogotá of the Ministers of Foreign Affairs of ...' made 'Bogotá of the Ministers ...' the
    # voice; 'Preliminary Statement of the OAS Electoral Observation Mission in Honduras' made 'Preliminary' one
    assert headings.issuer_phrase("Declaration of Bogotá of the Ministers of Foreign Affairs of the Member States of "
                                  "the Amazon Cooperation Treaty Organization on illegal mining") \
        == "Ministers of Foreign Affairs of the Member States of the Amazon Cooperation Treaty Organization"
    assert headings.issuer_phrase("Preliminary Statement of the OAS Electoral Observation Mission in Honduras") \
        == "OAS Electoral Observation Mission in Honduras"


def test_the_items_of_a_list_of_asks_are_asked_by_its_lead_in() -> None:
    # '- the CNE to publish the images of all tally sheets ..., so that ... the results announced;' was the CNE's
    # request of the Mission; '- all candidates and parties to refrain ...' asked the CNE, the item before's
    text = ("Preliminary Statement of the OAS Electoral Observation Mission in Honduras\n\n"
            "The Mission calls on:\n\n"
            "- the CNE to publish the images of all tally sheets without delay, so that any citizen may compare "
            "them with the results announced;\n"
            "- all candidates and parties to refrain from proclaiming victory before official results are "
            "announced.\n")
    mission = "OAS Electoral Observation Mission in Honduras"
    book, (_, requests, _) = _items(text, [("- the CNE", SentenceDraft(by=mission, t=["request"], to="Honduras")),
                                           ("- all candidates", SentenceDraft(by=mission, t=["request"], to="CNE"))],
                                    PartyDraft(name=mission, kind="international_org", acts_for=None),
                                    PartyDraft(name="CNE", kind="government_body", acts_for="Honduras"),
                                    PartyDraft(name="Honduras", kind="state", acts_for=None), voice=mission)
    assert [(book.by_id(r.requester).name, book.by_id(r.addressee).name if r.addressee else None)
            for r in requests] == [(mission, "CNE"), (mission, None)]
    assert nobody_in_particular("all candidates and parties") and not nobody_in_particular("the CNE")


def test_an_aside_between_the_one_asked_and_the_ask_leaves_them_asked() -> None:
    # 'It urges the United States, in view of its particular influence on the Israeli government, to make clear
    # ...' asked the United Nations (the model's guess)
    assert asking_sides.addressee_phrase("It urges the United States, in view of its particular influence on the "
                                         "Israeli government, to make clear that such ambitions are unacceptable.") \
        == "the United States"


def test_a_sea_named_after_a_state_names_no_state_and_a_view_given_again_is_the_speakers() -> None:
    # 'the overall decline in the number of reported attacks in the Gulf of Guinea' named Guinea (accused)
    assert actors_in("attacks in the Gulf of Guinea and the Sea of Japan") == []
    assert [a.name for a, _ in actors_in("Guinea and Japan")] == ["Guinea", "Japan"]
    # 'Minister Szijjártó repeated Budapest's view that ...' was the voice's (Poland's) claim
    assert attribution("Minister Szijjártó repeated Budapest's view that the former deputy minister was the "
                       "victim of political persecution.") == (True, "Minister Szijjártó ")


def test_an_official_posted_in_a_capital_speaks_for_the_state_their_word_names() -> None:
    # 'A Chinese diplomat in Kathmandu, who asked not to be identified, said Beijing had not intended to take
    # sides' was Nepal's claim
    from summariser.naming import speaker_in
    from summariser.schema import Party

    nepal = Party(id="p1", name="Nepal", kind="state", aliases=["Kathmandu"])
    china = Party(id="p2", name="China", kind="state", aliases=["Beijing"])
    assert speaker_in("A Chinese diplomat in Kathmandu, who asked not to be identified, ", [nepal, china]) is china
    assert speaker_in("Nepal's ambassador in Beijing", [nepal, china]) is nepal
    # (an expectation not held asks nothing: 'a senior EU diplomat said Brussels did not expect the Commission to
    # intervene')
    from summariser import cues

    assert not cues.asks("A senior EU diplomat said Brussels did not expect the Commission to intervene.")


def test_both_signatories_of_a_joint_statement_between_them_ask_neither_of_them() -> None:
    # 'Both sides called for adherence to the Award' in the India-Philippines joint statement asked the Philippines
    from summariser.links import signatories
    from summariser.own_sides import unask_own_side
    from summariser.schema import Evidence, Request

    text = ("Joint Statement on the Establishment of a Strategic Partnership between the Republic of India and the "
            "Republic of the Philippines\n\nNew Delhi, 5 August 2025\n\n"
            "Both sides called for adherence to the Award and to UNCLOS.\n")
    from tests.test_known_actors import parsed

    _, book, voice = parsed(text, PartyDraft(name="India", kind="state", acts_for=None),
                            PartyDraft(name="Philippines", kind="state", acts_for=None), voice="Philippines")
    book.voice = voice
    assert {book.by_id(p).name for p in signatories(book)} == {"India", "Philippines"}
    quote = "Both sides called for adherence to the Award"
    at = text.find(quote)
    requests = [Request(id="req1", requester=book.find("India").id, addressee=book.find("Philippines").id,
                        action="Adhere to the Award", force="call",
                        evidence=[Evidence(quote=quote, start=at, end=at + len(quote))])]
    unask_own_side(requests, [], book)
    assert requests[0].addressee is None


def test_a_party_whose_name_only_holds_a_peoples_word_is_no_people_and_a_deed_told_again_is_charged_again() -> None:
    # the 'Citizens Coalition for Change' (alias of the model's 'CCC' state) became a population
    from summariser.noun_kinds import kind_of_named_things
    from summariser.schema import Party

    ccc = Party(id="p1", name="CCC", kind="state", aliases=["Citizens Coalition for Change"])
    tigray = Party(id="p2", name="Tigray People", kind="state")
    kind_of_named_things([ccc, tigray])
    assert ccc.kind == "state" and tigray.kind == "population"
    # 'Such repeated launches threaten the peace and security of Japan ...' after North Korea's launches was no
    # longer a claim against North Korea
    text = ("Statement by the Minister for Foreign Affairs of Japan\n\n"
            "North Korea launched a ballistic missile today. Such repeated launches threaten the peace and security "
            "of Japan and the region.\n")
    book, (_, _, claims) = _items(text, [("North Korea launched", SentenceDraft(by="Japan", t=["claim"],
                                                                                to="North Korea")),
                                         ("Such repeated", SentenceDraft(by="Japan", t=["claim"], to="Japan"))],
                                  PartyDraft(name="Japan", kind="state", acts_for=None),
                                  PartyDraft(name="North Korea", kind="state", acts_for=None), voice="Japan")
    assert [book.by_id(d).name for c in claims for d in c.disputed_by] == ["North Korea", "North Korea"]


def test_an_ask_in_a_clause_another_speaker_opens_is_that_speakers() -> None:
    # 'Both governments have stated that ...; the Council underlines that ... and urges Iran and Pakistan to respect
    # the principle of non-refoulement' was Iran's request of Afghanistan
    text = ("Council conclusions on Afghanistan\n\n"
            "Both governments have stated that the returns concern undocumented migrants only; the Council underlines "
            "that returnees face serious risks, and urges Iran and Pakistan to respect the principle of "
            "non-refoulement.\n")
    book, (_, requests, _) = _items(text, [("Both governments", SentenceDraft(by="Iran", t=["request"],
                                                                            to="Afghanistan"))],
                                    PartyDraft(name="Council", kind="international_org", acts_for=None),
                                    PartyDraft(name="Iran", kind="state", acts_for=None),
                                    PartyDraft(name="Pakistan", kind="state", acts_for=None),
                                    PartyDraft(name="Afghanistan", kind="state", acts_for=None), voice="Council")
    assert sorted((book.by_id(r.requester).name, book.by_id(r.addressee).name) for r in requests) \
        == [("Council", "Iran"), ("Council", "Pakistan")]


def test_the_state_of_the_one_briefed_is_not_the_one_a_charge_accuses() -> None:
    # 'Minister Sikorski briefed Minister Cho on the incursion of Russian drones into Polish airspace' accused
    # South Korea (the model's guess, the side of the one briefed)
    text = ("Korea-Poland Foreign Ministers' Meeting\n\n"
            "Minister Sikorski briefed Minister Cho on the incursion of Russian drones into Polish airspace in "
            "September.\n")
    book, (_, _, claims) = _items(text, [("Minister Sikorski", SentenceDraft(by="Radosław Sikorski", t=["claim"],
                                                                           to="South Korea"))],
                                  PartyDraft(name="South Korea", kind="state", acts_for=None),
                                  PartyDraft(name="Cho Hyun", kind="person", acts_for="South Korea"),
                                  PartyDraft(name="Radosław Sikorski", kind="person", acts_for="Poland"),
                                  PartyDraft(name="Russia", kind="state", acts_for=None), voice="South Korea")
    assert all(book.by_id(d).name != "South Korea" for c in claims for d in c.disputed_by)


def test_the_state_victims_come_from_is_not_accused() -> None:
    # '... the drone attack ... against the logistics base of UNISFA ..., which killed six peacekeepers from
    # Bangladesh' accused Bangladesh
    from summariser.schema import Party
    from summariser.targets import named_as_harmed, named_as_victims

    bangladesh = Party(id="p1", name="Bangladesh", kind="state")
    attack = ("The members of the Security Council condemned the drone attack against the logistics base of UNISFA "
              "in Kadugli, which killed six peacekeepers from Bangladesh and injured eight others.")
    assert named_as_victims(bangladesh, attack) and named_as_harmed(bangladesh, attack)
    assert not named_as_victims(bangladesh, "Bangladesh condemned the attack on its peacekeepers.")
