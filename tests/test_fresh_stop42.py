"""Conventions met in documents written after the eval set (stop 42): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import agents, asking_sides, procedural
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.governments import government_meant
from summariser.keep import prune_parties
from summariser.naming import speaker_in
from summariser.schema import Party
from tests.test_known_actors import parsed


def test_a_group_label_for_listed_signatories_is_the_first_named() -> None:
    # a Quad statement: the heading's 'Quad Foreign Ministers' held every stance, and the four states
    # it lists ('We, the Foreign Ministers of Australia, India, Japan and the United States') were dropped
    text = ("Joint Statement of the Quad Foreign Ministers\n\nTokyo, July 29, 2024\n\nWe, the Foreign Ministers of "
            "Australia, India, Japan and the United States, met in Tokyo today. We strongly oppose any unilateral "
            "actions that seek to change the status quo by force.\n")
    _doc, book, voice = parsed(text, PartyDraft(name="Australia", kind="state", acts_for=None),
                               PartyDraft(name="India", kind="state", acts_for=None))
    assert voice is not None and voice.name == "Australia"
    assert book.find("Quad Foreign Ministers") is voice
    issuer = prune_parties(book, [], voice.id)
    assert issuer is not None
    assert {p.name for p in book.parties} == {"Australia", "India", "Japan", "United States"}


def test_the_one_who_decided_to_demand_asks() -> None:
    # Lithuania's ministry 'regrets the decision of the People's Republic of China to recall its Ambassador
    # ... and to demand that Lithuania recall its Ambassador from Beijing': the demand was the ministry's own
    sentence = ("The Ministry regrets the decision of the People's Republic of China to recall its Ambassador from "
                "Vilnius and to demand that Lithuania recall its Ambassador from Beijing.")
    assert asking_sides.asker_phrase(sentence) == "the People's Republic of China"
    owned = "We regret Beijing's decision to demand that Vilnius recall its envoy."
    assert asking_sides.asker_phrase(owned) == "Beijing"
    assert asking_sides.asker_phrase("The Ministry regrets the decision and demands that it be reversed.") is None


def test_a_quotation_said_after_a_meeting_is_read() -> None:
    # a report: '"No one has the right to give away any part of Somalia," Prime Minister Hamza Abdi Barre
    # told reporters after an emergency cabinet meeting' was taken for a line that only reports a meeting
    assert not procedural.procedural('"No one has the right to give away any part of Somalia," Prime Minister '
                                     'Hamza Abdi Barre told reporters after an emergency cabinet meeting.')
    assert procedural.procedural("The Prime Minister told reporters after an emergency cabinet meeting.")


def test_a_surname_inside_another_full_name_is_not_that_person() -> None:
    # the same report: 'Prime Minister Hamza Abdi Barre' was Somaliland's Muse Bihi Abdi by the surname 'Abdi'
    abdi = Party(id="p1", name="Muse Bihi Abdi", kind="person")
    assert speaker_in("Prime Minister Hamza Abdi Barre", [abdi]) is None
    assert speaker_in("President Abdi", [abdi]) is abdi
    assert speaker_in("Somaliland's Abdi", [abdi]) is abdi
    assert speaker_in("Abdi", [abdi]) is abdi


def test_a_topic_owned_by_a_body_is_not_its_speaker() -> None:
    # a German readout: "On the European Commission's anti-subsidy investigation into electric vehicles, the
    # Federal Chancellor said that ..." gave the Chancellor's request to the Commission
    attributed, named = attribution("On the European Commission's anti-subsidy investigation into electric vehicles, "
                                    "the Federal Chancellor said that a negotiated solution should be found.")
    assert attributed and named.strip() == "the Federal Chancellor"


def test_one_who_declared_the_same_is_no_agent_of_the_charge() -> None:
    # Argentina: 'the militarisation of the South Atlantic is incompatible with the policy of peace ..., as
    # declared by the Organization of American States' accused the OAS
    text = ("Argentina considers the militarisation incompatible with peace, as declared by the Organization of "
            "American States.")
    _doc, book, _voice = parsed(f"Press release\n\n{text}\n",
                                PartyDraft(name="Argentina", kind="state", acts_for=None),
                                PartyDraft(name="Organization of American States", kind="international_org",
                                           acts_for=None), voice="Argentina")
    argentina = book.find("Argentina")
    assert agents.agent_named(text, book, {argentina.id}) is None
    assert agents.agent_named("The exercises were conducted by the Organization of American States.", book,
                              {argentina.id}) is book.find("Organization of American States")


def test_an_organisations_the_government_is_the_state_it_writes_about() -> None:
    # OHCHR's notes: 'The Government has said that the security forces acted with restraint' was held by
    # the UN spokesperson (a ministry's 'The Government' is its own voice)
    text = ("Press briefing notes on Bangladesh\n\nSpokesperson for the United Nations: Ravina Shamdasani\n\nWe "
            "are alarmed by the violence in Bangladesh. The Government has said that the security forces acted with "
            "restraint.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ravina Shamdasani", kind="person", acts_for="United Nations"),
                              PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                              PartyDraft(name="Bangladesh", kind="state", acts_for=None), voice="Ravina Shamdasani")
    found = [(4, SentenceDraft(by="Ravina Shamdasani", t=["position"], to=None))]
    positions, _requests, _claims = build_items(found, doc, book, Run(), voice)
    assert [book.by_id(p.holder).name for p in positions] == ["Bangladesh"]
    said = "The Government has said that the security forces acted with restraint."
    assert government_meant(said, book, book.find("Bangladesh")) is None  # a state's own government


def test_a_spokesperson_for_a_post_does_not_hold_it() -> None:
    # the same notes: 'Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani' made her
    # the High Commissioner, and Volker Türk her man
    text = ("Press briefing notes on Bangladesh\n\nSpokesperson for the UN High Commissioner for Human Rights: "
            "Ravina Shamdasani\n\nThe High Commissioner, Volker Türk, calls on the Government to protect protesters.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="UN High Commissioner for Human Rights", kind="person",
                                                 acts_for="United Nations"),
                                PartyDraft(name="Ravina Shamdasani", kind="person",
                                           acts_for="UN High Commissioner for Human Rights"),
                                PartyDraft(name="Volker Türk", kind="person",
                                           acts_for="UN High Commissioner for Human Rights"))
    assert book.find("UN High Commissioner for Human Rights") is book.find("Volker Türk")
    assert book.find("Ravina Shamdasani") is not book.find("Volker Türk")
