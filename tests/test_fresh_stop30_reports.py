"""Conventions met in news reports, agency copy and international bodies' releases written after
the eval set (stop 30): each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues
from summariser.drafts import SentenceDraft
from tests.test_fresh_stop28 import voiced_items

FT = ("EU imposes tariffs of up to 35% on Chinese electric vehicles\n\n"
      "Beijing vows to defend its carmakers and takes fight to WTO\n\n"
      "Laura Whitcombe in Brussels and Ethan Zhou in Beijing\n\n"
      "Brussels will impose duties of up to 35.3 per cent on electric vehicles imported from China.\n\n"
      "China's commerce ministry said it rejected the ruling outright. "
      "The ministry urged Brussels to show sincerity and settle the dispute through negotiation.\n")


def test_a_byline_of_names_in_cities_makes_a_report_and_the_ministry_urging_is_the_one_named_before() -> None:
    from summariser.headings import news_report

    assert news_report(FT, 5)  # the Financial Times writes no 'By'
    book, (_, requests, _) = voiced_items(FT, [("EU", "international_org", None), ("China", "state", None)],
                                          SentenceDraft(by="EU", t=["request"], to="EU"), "")
    # the model's 'EU' asked Brussels
    assert [(book.by_id(r.requester).name, book.by_id(r.addressee).name) for r in requests] == [("China", "EU")]


def test_offers_from_others_that_were_rejected_are_no_offer() -> None:
    assert not cues.asks("The Commission rejected offers from Chinese exporters in September.")
    assert cues.asks("China offers talks on minimum prices.")


IAEA = ("Statement by IAEA Director General Rafael Mariano Grossi on Situation in Ukraine\n\n"
        "The Zaporizhzhya Nuclear Power Plant (ZNPP) in Ukraine was today struck by a series of drone attacks.\n\n"
        "\"I call on those who take military decisions, on every side, to stop any action that breaches the "
        "principles protecting this facility,\" Director General Grossi said.\n")
IAEA_PARTIES = [("Rafael Mariano Grossi", "person", "IAEA"), ("IAEA", "international_org", None),
                ("Zaporizhzhya Nuclear Power Plant (ZNPP) in Ukraine", "state", None), ("Ukraine", "state", None),
                ("IAEA Board of Governors", "government_body", "IAEA")]


def test_a_plant_named_with_its_abbreviation_is_no_actor_and_whoever_takes_decisions_is_nobody_named() -> None:
    from summariser.background import not_an_actor
    from summariser.schema import Party

    assert not_an_actor(Party(id="p1", name="Zaporizhzhya Nuclear Power Plant (ZNPP) in Ukraine", kind="state"))
    book, (_, requests, _) = voiced_items(IAEA, IAEA_PARTIES, SentenceDraft(
        by="Rafael Mariano Grossi", t=["request"], to="IAEA Board of Governors"), "IAEA")
    assert [r.addressee for r in requests] == [None]  # the model's guess, the Board, was asked


def test_a_place_that_was_today_struck_is_no_accused() -> None:
    book, (_, _, claims) = voiced_items(IAEA.rsplit("\n\n", 1)[0] + "\n", IAEA_PARTIES[1:],
                                        SentenceDraft(by="IAEA", t=["claim"], to="Ukraine"), "IAEA")
    assert claims == []  # Ukraine, where the plant is, was accused of the strike


BOGOTA = ("PRESS RELEASE\n\nColombia orders the expulsion of diplomats from the Embassy of Argentina\n\n"
          "The Ministry of Foreign Affairs of the Republic of Colombia informs that, in view of the statements made "
          "by the President of the Argentine Republic, Javier Milei, against the President of the Republic of "
          "Colombia, Gustavo Petro Urrego, the Government has decided to expel diplomats.\n\n"
          "In a recent interview, President Milei once again described President Petro as a \"murderous "
          "terrorist communist\". They are added to remarks directed at the Colombian President.\n")


def test_a_bare_title_serves_the_state_of_the_post_the_persons_name_follows() -> None:
    from summariser.posts import qualified_elsewhere

    # 'President of the Argentine Republic' and 'the Colombian President': the post his name follows decides
    assert qualified_elsewhere("President", BOGOTA, "Milei").name == "Argentina"


WAM = ("UAE welcomes ICJ decision\n\n"
       "ABU DHABI, 5th May, 2025 (WAM) -- The Ministry of Foreign Affairs (MoFA) has welcomed the order issued "
       "today by the International Court of Justice.\n\n"
       "The Ministry urged the SAF leadership to engage in good faith with mediation efforts.\n")


def test_a_body_listed_by_its_acronym_is_the_ministry_the_text_spells_out_and_an_ordinal_date_is_a_dateline() -> None:
    from summariser.document import wire_dateline_end

    assert WAM[wire_dateline_end(WAM, WAM.find("ABU")):].startswith("The Ministry of Foreign Affairs (MoFA)")
    book, (_, requests, _) = voiced_items(WAM, [("UAE", "state", None), ("MoFA", "government_body", "UAE"),
                                                ("Sudan", "state", None)],
                                          SentenceDraft(by="MoFA", t=["request"], to="Sudan"), "UAE")
    # 'the Ministry' became a party of its own, acting for nobody
    assert [book.by_id(r.requester).name for r in requests] == ["MoFA"]
    assert "Ministry" not in {p.name for p in book.parties}
