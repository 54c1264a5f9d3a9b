"""Conventions met in documents written after the eval set (stop 52), what items a sentence holds
and whom they name: each test names the convention and the mistake the pipeline made before.
Who speaks and for whom: `test_fresh_stop52`."""

from __future__ import annotations

from summariser.agents import harm_done_by
from summariser.attribution import attribution
from summariser.background import not_an_actor
from summariser.cues import asks, names_asking
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actor_meant, actors_in
from summariser.named_officials import add_named_officials
from summariser.other_sides import unnamed_state_charged
from summariser.own_accounts import tells_own_act
from summariser.posts import serves_state_named
from summariser.referents import UNNAMED_AUTHORITIES
from summariser.schema import Party
from summariser.titles import split_title
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed


def test_a_charge_another_party_rejected_is_contested_by_it() -> None:
    # '... of spying for the United States and Israel, a charge the United Nations has rejected as
    # "absurd"' was a position of the Houthis
    text = ("UN envoy calls for release of detained staff\n\n"
            "The Houthis have accused some of the detained staff of spying for the United States and Israel, a "
            "charge the United Nations has rejected as \"absurd.\"\n")
    book, (_, _, claims) = _items(text, "The Houthis", SentenceDraft(by="Houthis", t=["claim"], to="Houthis"),
                                  PartyDraft(name="Houthis", kind="non_state_group", acts_for=None),
                                  PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                                  _state("United States"), _state("Israel"), voice=None)
    assert [(book.by_id(c.asserted_by).name, [book.by_id(p).name for p in c.disputed_by]) for c in claims] \
        == [("Houthis", ["United Nations"])]


AU_SUDAN = (
    "Communiqué of the 1,230th meeting of the Peace and Security Council on the situation in Sudan\n\n"
    "The Peace and Security Council of the African Union (AU), at its 1,230th meeting held on 14 October 2024,\n\n"
    "1. Expresses grave concern over the continued fighting between the Sudanese Armed Forces (SAF) and the Rapid "
    "Support Forces (RSF);\n\n"
    "2. Strongly condemns the attacks on civilians and civilian infrastructure, including the siege of El Fasher by "
    "the RSF, and reiterates that there can be no military solution to the conflict;\n")


def test_the_african_unions_council_issues_its_communique_and_its_adverbs_lead_no_one_in() -> None:
    # the communiqué's voice was Sudan (the model's), the 'Security Council' inside the council's name
    # was listed, and 'Strongly condemns ...' read as a lead-in naming 'Strongly'
    assert actor_meant("Peace and Security Council").name == "AU Peace and Security Council"
    assert attribution("2. Strongly condemns the attacks on civilians and civilian infrastructure;") == (False, "")
    assert attribution("Rejects any external interference in the internal affairs of Sudan;") == (False, "")


def test_a_stance_on_a_harm_done_by_a_named_side_charges_it() -> None:
    # 'Strongly condemns ... the siege of El Fasher by the RSF' was a stance only ('it states no fact')
    book, (positions, _, claims) = _items(AU_SUDAN, "Strongly", SentenceDraft(
        by="Peace and Security Council", t=["claim"], to="Rapid Support Forces"),
        PartyDraft(name="Peace and Security Council", kind="international_org", acts_for=None),
        PartyDraft(name="Rapid Support Forces", kind="non_state_group", acts_for=None), _state("Sudan"),
        voice="Peace and Security Council")
    assert [book.by_id(c.disputed_by[0]).name for c in claims] == ["Rapid Support Forces"] and len(positions) == 1
    # (a text published by a side is no harm it did: the stance stays a stance)
    _, book, _ = parsed("Statement\n\nThe statement published by the Russian Foreign Ministry is built on "
                        "distortions.\n", PartyDraft(name="Russian Foreign Ministry", kind="government_body",
                                                     acts_for=None))
    assert harm_done_by("The statement published by the Russian Foreign Ministry is built on distortions.", book,
                        set()) is None


def test_an_honorific_before_a_name_is_no_part_of_the_post() -> None:
    # Modi's title was 'Prime Minister Shri'
    assert split_title("Prime Minister Shri Narendra Modi") == ("Narendra Modi", "Prime Minister")
    assert split_title("Foreign Minister Mr. Wang Yi") == ("Wang Yi", "Foreign Minister")
    # (and a post of two title words is whole: 'Israeli Prime Minister Benjamin Netanyahu' had been a 'Minister')
    _, book, _ = parsed("ICC judges sanctioned\n\nTwo of the judges authorised arrest warrants for Israeli Prime "
                        "Minister Benjamin Netanyahu.\n", _state("Israel"))
    add_named_officials(book)
    assert book.find("Benjamin Netanyahu").title == "Prime Minister"


INDIA_CALL = (
    "Statement by Foreign Secretary Vikram Misri on the telephone call between Prime Minister Shri Narendra Modi "
    "and President Donald Trump\n\n"
    "Prime Minister Modi conveyed to President Trump that India's response to the terrorist attack in Pahalgam had "
    "been measured, precise and non-escalatory.\n")


def test_an_account_of_ones_own_side_given_to_another_charges_the_one_told_nothing() -> None:
    # it was Modi's charge against the United States, then no item at all ('it only tells of events')
    book, (positions, _, claims) = _items(INDIA_CALL, "Prime Minister Modi", SentenceDraft(
        by="Narendra Modi", t=["claim"], to="United States"),
        PartyDraft(name="Narendra Modi", kind="person", acts_for="India"),
        PartyDraft(name="Donald Trump", kind="person", acts_for="United States"), _state("India"),
        _state("United States"), voice="Narendra Modi")
    assert claims == [] and [book.by_id(p.holder).name for p in positions] == ["Narendra Modi"]


def test_a_headings_topic_is_not_the_speakers_state() -> None:
    # 'Myanmar: Türk warns elections ...' made the UN High Commissioner Myanmar's
    text = ("Myanmar: Türk warns elections under military rule will deepen crisis\n\n"
            "GENEVA - United Nations High Commissioner for Human Rights Volker Türk today warned that the vote in "
            "Myanmar will deepen the crisis.\n")
    _, book, _ = parsed(text, PartyDraft(name="Volker Türk", kind="person", acts_for="United Nations"),
                        _state("Myanmar"), PartyDraft(name="United Nations", kind="international_org", acts_for=None))
    turk = book.find("Volker Türk")
    serves_state_named(turk, "Myanmar: Türk ", book)
    assert book.by_id(turk.affiliation).name == "United Nations"
    serves_state_named(turk, "Myanmar's envoy, Volker Türk, ", book)
    assert book.by_id(turk.affiliation).name == "Myanmar"  # (a state given before the name still is)


def test_an_unnamed_military_is_the_one_state_a_release_is_about() -> None:
    # 'Air strikes' was a party; 'The military authorities have said ...' was the UN office's words,
    # and 'The military has arrested hundreds of people' charged nobody
    assert not_an_actor(Party(id="p1", name="Air strikes", kind="non_state_group", aliases=[]))
    assert UNNAMED_AUTHORITIES.match("The military authorities have ")
    _, book, _ = parsed("Myanmar\n\nThe UN Human Rights Office reports on Myanmar.\n", _state("Myanmar"),
                        PartyDraft(name="UN Human Rights Office", kind="international_org", acts_for=None))
    own = {book.find("UN Human Rights Office").id}
    assert unnamed_state_charged("The military has arrested hundreds of people.", book, own).name == "Myanmar"
    assert unnamed_state_charged("Military rule has lasted four years.", book, own) is None


def test_a_side_telling_what_its_forces_did_charges_no_one() -> None:
    # "Ukraine's General Staff said its forces had struck the Novoshakhtinsk oil refinery in Russia's
    # Rostov region" charged the 'Rostov region'
    text = ("Report\n\nKYIV, Aug 24 (Newswire) - Ukraine's General Staff said its forces had struck the "
            "Novoshakhtinsk oil refinery in Russia's Rostov region, causing a large fire.\n")
    book, (positions, _, claims) = _items(text, "KYIV", SentenceDraft(
        by="Ukraine's General Staff", t=["claim"], to="Rostov region"), _state("Ukraine"), _state("Russia"),
        PartyDraft(name="Ukraine's General Staff", kind="government_body", acts_for="Ukraine"),
        PartyDraft(name="Rostov region", kind="other", acts_for=None), voice=None)
    assert claims == [] and [book.by_id(p.holder).name for p in positions] == ["Ukraine's General Staff"]
    # (a harm its own side suffers is no act of its own: 'Russia complains that its own exports are blocked')
    assert tells_own_act("Ukraine said its forces had shot down 40 drones.", book, {book.find("Ukraine").id})
    assert not tells_own_act("Russia complains that its own agricultural exports are blocked.", book,
                             {book.find("Russia").id})


def test_what_a_text_fails_to_ask_is_no_request() -> None:
    # 'This text does not condemn Hamas or call for Hamas to disarm' asked Hamas to disarm
    assert names_asking("This text does not condemn Hamas or call for Hamas to disarm and leave Gaza.")
    assert not names_asking("We call for Hamas to disarm and leave Gaza.")


def test_a_treaty_named_after_a_city_names_no_state_and_a_warning_to_stop_asks() -> None:
    # 'the 1947 Paris Peace Treaty' made Türkiye's release France's; 'We sternly warn North Korea to
    # immediately stop all provocations' asked nothing
    assert actors_in("the 1923 Lausanne Peace Treaty and the 1947 Paris Peace Treaty") == []
    assert [a.name for a, _ in actors_in("talks in Paris on the treaty")] == ["France"]
    assert asks("We sternly warn North Korea to immediately stop all provocations.")
    assert not asks("We warn that the situation could deteriorate further.")
