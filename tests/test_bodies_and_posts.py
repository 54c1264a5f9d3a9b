"""Who the parties are, when the model's list and the text disagree: bodies and posts named for
an organisation, titles with honorifics, groups with descriptors, things that are no actor,
and what a heading or a dateline says about the issuer."""

from __future__ import annotations

from summariser import reports
from summariser.drafts import PartyDraft
from summariser.keep import prune_parties
from summariser.known_parties import complete_book
from summariser.parties import build_parties
from summariser.schema import Evidence, Party, Position
from tests.test_known_actors import parsed


def test_a_heading_that_names_a_listed_body_by_its_last_word_keeps_the_full_name() -> None:
    text = "Georgia: Council conclusions on the backsliding\n\nThe European Council deplores the decision.\n"
    _, book, voice = parsed(text, PartyDraft(name="European Council", kind="international_org", acts_for=None),
                            PartyDraft(name="Georgia", kind="state", acts_for=None), voice="Georgia")
    assert voice.name == "European Council" and "Council" in voice.aliases


def test_a_known_group_named_with_a_descriptor_is_the_group() -> None:
    from summariser.gazetteer import actor_meant

    assert actor_meant("the M23 armed group").name == "M23"
    assert actor_meant("Houthi rebels").name == "Houthis"  # by its adjective
    assert actor_meant("Russian armed group") is None  # a state's adjective makes no group
    text = "The M23 armed group attacked Sake. The M23 must withdraw."
    book = build_parties([PartyDraft(name="M23 armed group", kind="non_state_group", acts_for=None),
                          PartyDraft(name="M23", kind="non_state_group", acts_for=None)], text)
    prune_parties(book, [], book.find("M23 armed group").id)  # kept as if it were the voice
    assert [p.name for p in book.parties] == ["M23 armed group"] and "M23" in book.parties[0].aliases


def test_a_states_columns_or_missiles_are_the_state() -> None:
    text = "It was Russian columns that crossed our border. Russia denies it."
    book = build_parties([PartyDraft(name="Russian columns", kind="non_state_group", acts_for=None),
                          PartyDraft(name="Russia", kind="state", acts_for=None)], text)
    prune_parties(book, [], book.find("Russia").id)
    assert [p.name for p in book.parties] == ["Russia"] and "Russian columns" in book.parties[0].aliases


def test_a_post_an_organisation_title_opens_with_is_that_organisations() -> None:
    text = ("Comment by UN High Commissioner for Human Rights Volker Türk on Myanmar\n\n"
            "I am appalled. The Russian Ambassador to the UN Vasily Nebenzia objected.\n")
    book = build_parties([PartyDraft(name="UN High Commissioner for Human Rights Volker Türk", kind="person",
                                     acts_for="Myanmar"),
                          PartyDraft(name="Russian Ambassador to the UN Vasily Nebenzia", kind="person",
                                     acts_for="Russia"),
                          PartyDraft(name="Myanmar", kind="state", acts_for=None)], text)
    complete_book(book, "Volker Türk")
    turk, nebenzia = book.find("Volker Türk"), book.find("Vasily Nebenzia")
    un = book.by_id(turk.affiliation)  # the United Nations, not Myanmar; the text's abbreviation is an alias
    assert un.name == "United Nations" and "UN" in un.aliases
    assert book.by_id(nebenzia.affiliation).name == "Russia"


def test_an_organisations_body_issuing_acts_for_no_state_the_model_named() -> None:
    text = "Georgia: Council conclusions on the backsliding\n\nThe European Council deplores the decision.\n"
    _, book, voice = parsed(text, PartyDraft(name="European Council", kind="international_org", acts_for=None),
                            PartyDraft(name="Georgia", kind="state", acts_for=None), voice="Georgia")
    assert voice.name == "European Council" and voice.affiliation is None


def test_a_body_named_for_an_organisation_acts_for_it_and_a_ministry_is_no_person() -> None:
    text = "The ECOWAS Authority condemned the coup in Guinea-Bissau. The Guyana Foreign Ministry replied."
    book = build_parties([PartyDraft(name="ECOWAS Authority", kind="government_body", acts_for="Guinea-Bissau"),
                          PartyDraft(name="Guyana Foreign Ministry", kind="person", acts_for="Guyana"),
                          PartyDraft(name="Guinea-Bissau", kind="state", acts_for=None)], text)
    complete_book(book, None)
    assert book.by_id(book.find("ECOWAS Authority").affiliation).name == "ECOWAS"
    assert book.find("Guyana Foreign Ministry").kind == "government_body"


def test_a_person_kept_for_the_party_served_is_one_the_text_names() -> None:
    text = "Sorvania and Talmar will exchange ambassadors. Foreign Minister Ana Vell of Sorvania signed."
    book = build_parties([PartyDraft(name="Sorvania", kind="state", acts_for=None),
                          PartyDraft(name="Ambassador of Sorvania", kind="person", acts_for="Sorvania"),
                          PartyDraft(name="Foreign Minister Ana Vell", kind="person", acts_for="Sorvania")], text)
    prune_parties(book, [], book.find("Sorvania").id)
    assert [p.name for p in book.parties] == ["Sorvania", "Ana Vell"]  # the ambassador is pieced together


def test_what_is_no_actor_is_never_accused_and_a_titled_post_takes_its_holders_name() -> None:
    from summariser.background import not_an_actor

    text = ("Statement of the Chairperson of the African Union Commission\n\nThe Chairperson of the African "
            "Union Commission, H.E. Mahmoud Ali Youssouf, is concerned. This harms Russian-Estonian relations.\n")
    book = build_parties([PartyDraft(name="Chairperson of the African Union Commission", kind="person",
                                     acts_for=None),
                          PartyDraft(name="Russian-Estonian relations", kind="international_org", acts_for=None)],
                         text)
    assert not_an_actor(book.find("Russian-Estonian relations"))
    assert not not_an_actor(book.find("Chairperson of the African Union Commission"))
    assert not_an_actor(Party(id="p9", name="BRICS Summit", kind="international_org"))
    assert not_an_actor(Party(id="p9", name="Excellencies", kind="other"))
    assert not_an_actor(Party(id="p9", name="Mr. President", kind="person"))
    assert not_an_actor(Party(id="p9", name="Embargo against Cuba", kind="non_state_group"))
    assert not_an_actor(Party(id="p9", name="Peace Formula", kind="non_state_group"))
    complete_book(book, None)
    assert book.find("Mahmoud Ali Youssouf") is not None  # the post named by the text's name for it


def test_an_issuer_with_honorifics_is_the_person_named_after_them() -> None:
    text = ("Statement by H.E. Mr. Ali Sabry, Minister of Foreign Affairs of Sri Lanka, at the General Debate\n\n"
            "Sri Lanka has emerged from the crisis.\n")
    book = build_parties([PartyDraft(name="H.E. Mr. Ali Sabry", kind="person", acts_for="Sri Lanka"),
                          PartyDraft(name="Sri Lanka", kind="state", acts_for=None)], text)
    voice = complete_book(book, None)
    assert (voice.name, voice.title) == ("Ali Sabry", "Minister of Foreign Affairs of Sri Lanka")
    assert [p.name for p in book.parties] == ["Ali Sabry", "Sri Lanka"]  # no second 'issuer' party


def test_an_agency_dateline_makes_a_news_report() -> None:
    assert reports.news_report("Mali quits bloc\n\nBAMAKO (Wire) - The juntas announced their exit.\n", 2)
    assert not reports.news_report("Statement\n\nWe announce our exit.\n", 2)
    assert reports.news_report("Drovia rejects G7 statement\n\nVarna, IRNA - The spokesman rejected it.\n", 2)
    assert not reports.news_report("Talks\n\nDrovia, US - Talks ended. The spokesman rejected it.\n", 2)


def test_an_actors_summit_or_ships_are_the_actor() -> None:
    from summariser.background import owner_of

    text = ("Iran rejects the G7\n\nThe spokesman rejected the final statement of the G7 summit. He said two "
            "Philippine supply ships and China Coast Guard vessels met near the reef.\n")
    _, book, _ = parsed(text, PartyDraft(name="Iran", kind="state", acts_for=None),
                        PartyDraft(name="G7 summit", kind="international_org", acts_for=None),
                        PartyDraft(name="China Coast Guard", kind="government_body", acts_for="China"),
                        PartyDraft(name="China Coast Guard vessels", kind="other", acts_for=None),
                        PartyDraft(name="Philippine Supply Ships", kind="non_state_group", acts_for=None))
    assert book.find("G7 summit") is book.find("G7") is not None  # the model's name finds the owner
    assert book.find("Philippine Supply Ships").name == "Philippines"
    assert book.find("China Coast Guard vessels").name == "China Coast Guard"  # the listed owner first
    assert len({p.id for p in book.parties}) == len(book.parties)  # a folded party's number is not reused
    assert owner_of("Kakhovka dam") is None and owner_of("Russian-Estonian relations") is None
    assert owner_of("Azerbaijan army") is None  # an army is the state's body, folded later as one


def test_the_states_an_issuers_name_lists_stay_as_parties() -> None:
    text = ("Joint Statement by the Foreign Ministers of Japan, the Republic of Korea and the United States\n\n"
            "We condemn the launch by the Democratic People's Republic of Korea.\n")
    _, book, voice = parsed(text, PartyDraft(name="Foreign Ministers of Japan, the Republic of Korea and the United "
                                                  "States", kind="government_body", acts_for="Japan"),
                            PartyDraft(name="Japan", kind="state", acts_for=None), voice="Japan")
    prune_parties(book, [], voice.id)
    kept = {p.name for p in book.parties}
    assert {"Japan", "Republic of Korea", "United States"} <= kept
    assert "Democratic People's Republic of Korea" not in kept  # named in the text, not in the issuer's name


def test_an_organisations_post_acts_for_the_organisation_not_the_state_it_speaks_of() -> None:
    text = ("Statement attributable to the Spokesperson for the Secretary-General - on Varna\n\n"
            "The Secretary-General is deeply concerned by the airstrikes of the Varnan military.\n")
    _, book, voice = parsed(text, PartyDraft(name="Spokesperson for the Secretary-General", kind="person",
                                             acts_for="Varna"),
                            PartyDraft(name="Varna", kind="state", acts_for=None),
                            PartyDraft(name="Secretary-General", kind="person", acts_for="Varna"), voice="Varna")
    for post in ("Spokesperson for the Secretary-General", "Secretary-General"):
        assert book.by_id(book.find(post).affiliation).name == "United Nations"
    nato = "Statement by the NATO Secretary General\n\nThe Secretary General condemned the strikes on Drovia.\n"
    _, book, _ = parsed(nato, PartyDraft(name="Secretary General", kind="person", acts_for="Drovia"),
                        PartyDraft(name="Drovia", kind="state", acts_for=None))
    assert book.by_id(book.find("Secretary General").affiliation).name == "NATO"  # the one the text names
    envoy = "The Special Envoy of the United States for Drovia met the parties.\n"
    _, book, _ = parsed(envoy, PartyDraft(name="Special Envoy of the United States for Drovia", kind="person",
                                          acts_for="United States"))
    assert book.by_id(book.find("Special Envoy of the United States for Drovia").affiliation).name == "United States"


def test_citizens_are_no_party_and_nobody_acts_for_them() -> None:
    from summariser.background import not_an_actor

    assert not_an_actor(Party(id="p9", name="U. S. citizens", kind="state"))
    assert not not_an_actor(Party(id="p9", name="UN High Commissioner for Refugees", kind="person"))
    text = "Press Statement\n\nThe Drovian Government condemns the detention of Drovian citizens by Varna.\n"
    book = build_parties([PartyDraft(name="Drovian Government", kind="government_body", acts_for="Drovian citizens"),
                          PartyDraft(name="Drovian citizens", kind="state", acts_for=None),
                          PartyDraft(name="Varna", kind="state", acts_for=None)], text)
    government = book.find("Drovian Government")
    position = Position(id="pos1", holder=government.id, stance="Condemns the detention",
                        evidence=[Evidence(quote="The Drovian Government", start=17, end=39)])
    prune_parties(book, [position], government.id)
    assert [p.name for p in book.parties] == ["Drovian Government"] and book.parties[0].affiliation is None


def test_a_state_the_models_name_gives_but_the_text_never_writes_is_none() -> None:
    text = "NIAMEY (Wire) - Niger's military junta closed the airspace. Colonel Amadou Abdramane said so.\n"
    book = build_parties([PartyDraft(name="Niger", kind="state", acts_for=None),
                          PartyDraft(name="Nigerian military junta", kind="government_body", acts_for="Niger")], text)
    assert book.find("Nigeria") is None
    assert book.by_id(book.find("Nigerian military junta").affiliation).name == "Niger"
