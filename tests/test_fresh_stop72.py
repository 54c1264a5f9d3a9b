"""Stop 72: rules from 36 documents written for the project (fresh293-295). Each test runs one step on a short
text in the document's own convention; a guard beside each shows where the rule stops."""

from __future__ import annotations

from summariser import asking_sides
from tests.test_fresh_stop67 import _book


def test_a_time_phrase_between_the_asking_verb_and_whom_it_asks() -> None:
    text = "Lesotho's government appealed on Friday to South Africa to reopen the border posts"
    assert asking_sides.addressee_phrase(text) == "South Africa"
    assert asking_sides.addressee_phrase("The minister called on Tuesday on Pretoria to act") == "Pretoria"
    assert asking_sides.addressee_phrase("The bloc urged on Monday the government to reopen talks") == \
        "the government"
    assert asking_sides.addressee_phrase("He called on the Union to act") == "the Union"
    assert asking_sides.addressee_phrase("The council called last week for an inquiry") is None


def test_a_name_after_its_title_ends_with_its_sentence_and_styles_do_not_hide_the_post() -> None:
    from summariser.titled_people import name_titled_people

    book = _book("Prime Minister Eirik Haldorsen spoke on Monday with Prime Minister of Iceland Sigrún "
                 "Hallgrímsdóttir. The call had been requested by Norway.\n",
                 ("Prime Minister of Iceland", "person", "Iceland"), ("Iceland", "state", None))
    name_titled_people(book)
    assert book.find("Sigrún Hallgrímsdóttir") is not None
    assert not any(". The" in p.name for p in book.parties)
    # '..., Senator the Hon. Dr Marsha ...': the post before the styles is hers
    book = _book("The Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Dr Marsha Alleyne-Greaves, "
                 "said she had been told otherwise.\n",
                 ("Minister of Foreign Affairs and Foreign Trade", "person", "Barbados"),
                 ("Marsha Alleyne-Greaves", "person", "Barbados"), ("Barbados", "state", None))
    name_titled_people(book)
    assert book.find("Minister of Foreign Affairs and Foreign Trade") is book.find("Marsha Alleyne-Greaves")


def test_a_spokespersons_post_listed_as_a_body_is_the_named_spokesperson() -> None:
    from summariser.titled_people import name_titled_people

    book = _book("Asmara - The spokesperson of the Ministry of Information, Mr Tesfalem Woldu, on Wednesday "
                 "answered questions.\n",
                 ("Ministry of Information spokesperson", "government_body", "Ministry of Information"),
                 ("Tesfalem Woldu", "person", "Ministry of Information"),
                 ("Ministry of Information", "government_body", "Eritrea"), ("Eritrea", "state", None))
    book.find("Tesfalem Woldu").title = "Minister"  # the model's guess, which the text never writes
    name_titled_people(book)
    woldu = book.find("Tesfalem Woldu")
    assert book.find("Ministry of Information spokesperson") is woldu
    assert woldu.title == "Ministry of Information spokesperson"


def test_an_envoys_brief_is_no_name_and_the_text_names_the_envoy() -> None:
    from summariser.titled_people import name_titled_people

    book = _book("2. Was briefed by the IGAD Special Envoy for Cross-Border Pastoral Affairs, Dr Abdirahman Hassan "
                 "Ahmed, who reported that elders had told him so.\n",
                 ("IGAD Special Envoy for Cross-Border Pastoral Affairs", "person", "IGAD"),
                 ("IGAD", "international_org", None))
    name_titled_people(book)
    envoy = book.find("Abdirahman Hassan Ahmed")
    assert envoy is not None and envoy.title == "IGAD Special Envoy for Cross-Border Pastoral Affairs"


def test_a_leading_apostrophe_and_styles_around_a_post() -> None:
    from summariser.people import person_in
    from summariser.titles import split_title

    assert person_in("Dr 'Mamphono Lekhanya, the Minister of Foreign Affairs, said") == \
        ("'Mamphono Lekhanya", "the Minister of Foreign Affairs")
    assert person_in("the 'Big Five' said") is None
    assert split_title("Hon. Prime Minister, Afioga Tuilagi Fa'amausili Leota") == \
        ("Afioga Tuilagi Fa'amausili Leota", "Prime Minister")
    assert split_title("Senator the Hon. Dr Marsha Alleyne-Greaves") == ("Marsha Alleyne-Greaves", "Senator")
    assert split_title("Honorary Consul John Smith") == ("Honorary Consul John Smith", None)


def test_a_readouts_heading_in_the_past_names_the_other_side() -> None:
    from summariser.counterparts import counterpart_phrase

    assert counterpart_phrase("Prime Minister Haldorsen spoke with Prime Minister of Iceland") == \
        "Prime Minister of Iceland"
    assert counterpart_phrase("President met with Kenyan counterpart in Nairobi") == "Kenyan counterpart"
    assert counterpart_phrase("Prime Minister Haldorsen spoke at the opening of parliament") is None


def test_an_offer_to_supply_and_a_passive_invitations_action() -> None:
    from summariser.forces import force_of
    from summariser.wording import action

    assert force_of("Kazakhstan was prepared to supply an additional 500 million kilowatt-hours if it is signed") \
        == "offer"
    assert force_of("We are prepared to consider resuming the deal the moment results appear") != "offer"
    assert action("The Russian Federation was invited to take part in those visits.") == \
        "Take part in those visits"
    assert action("They were invited to a dialogue several times to discuss reintegration issues") == \
        "Discuss reintegration issues"


def test_a_body_named_for_a_convention_or_a_forum_is_an_actor_and_its_short_name_is_the_full_one() -> None:
    from summariser.asked_groups import proper_party
    from summariser.background import not_an_actor
    from summariser.schema import Party

    unit = Party(id="p1", name="Implementation Support Unit of the Biological Weapons Convention",
                 kind="international_org")
    assert not not_an_actor(unit)
    assert not_an_actor(Party(id="p2", name="Biological Weapons Convention", kind="other"))
    book = _book("According to the Global Forum on Transparency and Exchange of Information for Tax Purposes, "
                 "it was rated. Barbados calls on the Global Forum to carry out the review.\n",
                 ("Barbados", "state", None))
    forum = proper_party("the Global Forum", book)
    assert forum is not None and forum.name.startswith("Global Forum on Transparency")
    assert "Global Forum" in forum.aliases


def test_the_heads_of_a_body_are_asked_as_the_body_and_all_parties_in_the_region_are_nobody() -> None:
    from summariser.addressees import addressed, nobody_in_particular

    book = _book("The ECOWAS Authority met on the levy of the Confederation of Sahel States. The Authority appeals to "
                 "the Heads of State of the Confederation to suspend the levy.\n",
                 ("ECOWAS", "international_org", None), ("Confederation of Sahel States", "international_org", None))
    ecowas = book.find("ECOWAS")
    asked = addressed("The Authority appeals to the Heads of State of the Confederation to suspend the levy.",
                      book, ecowas, None)
    assert asked == [book.find("Confederation of Sahel States").id]
    assert nobody_in_particular("all parties in the region")
    assert not nobody_in_particular("the parties to the Algiers Agreement")


def test_the_body_a_lead_in_opens_with_stays_that_body_after_a_person_it_names() -> None:
    from summariser.lead_in_shapes import heads_of
    from summariser.naming import speaker_in
    from summariser.schema import Party

    mediator = Party(id="p2", name="Akosua Mensah-Bonsu", kind="person")
    assert heads_of("The Authority received the report of the Mediator, H.E. Professor Akosua Mensah-Bonsu, who "
                    "informed Heads of State", mediator) == []
    office = Party(id="p3", name="Benjamin Netanyahu", kind="person")
    assert heads_of("Netanyahu's office said", office) == ["office"]
    ecowas = Party(id="p1", name="ECOWAS", kind="international_org",
                   aliases=["Authority of Heads of State and Government of ECOWAS"])
    authority = Party(id="p4", name="ECOWAS Authority", kind="government_body", affiliation="p1")
    assert speaker_in("The Authority", [ecowas, mediator, authority]) is authority


def test_who_attended_a_session_is_procedural_and_a_noted_view_is_the_delegations() -> None:
    from summariser.procedural import procedural
    from summariser.relayed_stances import relayed_holder

    assert procedural("Ministers and senior officials from Ethiopia and Kenya attended the session, which was "
                      "devoted to the security situation.")
    assert not procedural("The minister, who attended the summit, said Kenya would never accept it.")
    assert relayed_holder("We take note of the view of the delegation of Viet Nam that the studies are "
                          "insufficient.") == "the delegation of Viet Nam"
    assert relayed_holder("3. Notes with concern the view expressed by the delegation of Kenya that armed groups "
                          "carried out the attack") == "the delegation of Kenya"
    assert relayed_holder("We take note of the report.") is None
