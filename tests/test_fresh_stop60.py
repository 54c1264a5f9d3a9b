"""Conventions met in documents written after the eval set (stop 60): each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues
from summariser.attribution import attribution
from summariser.background import named_as_place, not_an_actor
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.naming import speaker_in
from summariser.schema import Party
from tests.test_fresh_stop56 import _items
from tests.test_known_actors import parsed

PANAMA = ("President Mulino and President Chaves agree to coordinate returns\n\n"
          "Panama City, 21 February 2025\n\n"
          "The President of the Republic of Panama, José Raúl Mulino, held a telephone conversation on Friday with "
          "the President of the Republic of Costa Rica, Rodrigo Chaves Robles, on migrants travelling south.\n\n"
          "President Chaves, for his part, described the arrangements under which Costa Rica had agreed to receive "
          "some two hundred third-country nationals.\n\n"
          "President Chaves called on the technical teams to resolve outstanding questions without delay.\n")


def _panama(drafts: list[tuple[str, SentenceDraft]]) -> tuple:
    return _items(PANAMA, drafts, PartyDraft(name="Panama", kind="state", acts_for=None),
                  PartyDraft(name="Costa Rica", kind="state", acts_for=None),
                  PartyDraft(name="José Raúl Mulino", kind="person", acts_for="Panama"),
                  PartyDraft(name="Rodrigo Chaves Robles", kind="person", acts_for="Costa Rica"), voice="Panama")


def test_a_leader_styled_by_the_first_of_two_surnames_is_named_by_it() -> None:
    # 'President Chaves' named nobody, as the listed name is 'Rodrigo Chaves Robles' (the first surname is used)
    chaves = Party(id="p1", name="Rodrigo Chaves Robles", kind="person")
    assert speaker_in("President Chaves underlined", [chaves]) is chaves
    assert speaker_in("Mr. Chaves said", [chaves]) is chaves
    # (not a name of its own: 'Chaves Robles' is found as such; nor a word the text writes inside another name)
    mulino = Party(id="p2", name="José Raúl Mulino", kind="person")
    assert speaker_in("Raúl Castro said", [mulino]) is None
    assert speaker_in("President Raúl Castro said", [mulino]) is None


def test_a_speaker_taking_its_turn_for_its_part_holds_what_follows_whatever_the_verb() -> None:
    # 'President Chaves, for his part, described the arrangements ...' was held by Panama, the voice
    assert attribution("President Chaves, for his part, described the arrangements under which ...") \
        == (True, "President Chaves")
    assert attribution("The SAF, for their part, maintain that the RSF attacked first.")[0]
    book, (positions, _, claims) = _panama(
        [("President Chaves, for his part", SentenceDraft(by="Rodrigo Chaves Robles", t=["position"], to=None))])
    assert [book.by_id(p.holder).name for p in positions] == ["Rodrigo Chaves Robles"]


def test_officials_asked_by_their_function_alone_are_nobody_the_text_identifies() -> None:
    # 'called on the technical teams to resolve ...' asked Panama (the model's guess); 'call upon the Ministers
    # of Foreign Affairs to prepare their outcomes' asked Colombia
    _, (_, requests, _) = _panama(
        [("President Chaves called", SentenceDraft(by="Rodrigo Chaves Robles", t=["request"], to="Panama"))])
    assert [r.addressee for r in requests] == [None]


def test_a_request_told_of_by_its_makers_name_asks_nothing_now() -> None:
    # "Ethiopia's federal government has not commented publicly on Getachew's request." was Getachew's request
    assert not cues.asks("Ethiopia's federal government has not commented publicly on Getachew's request.")
    assert not cues.asks("Kyiv\u2019s requests for air defence were met.")
    assert cues.asks("Ukraine requested a meeting of the Council.")
    assert cues.asks("The Government requests the Council to act.")


def test_a_town_named_as_one_end_of_a_route_is_a_place_and_passengers_are_no_actor() -> None:
    # 'a train travelling from Quetta to Peshawar' made 'Quetta' a state the Security Council accused, and the
    # model's 'Passengers' a group it accused
    text = ("During the attack, a train travelling from Quetta to Peshawar was stopped and seized and several "
            "hundred passengers were held hostage.")
    assert named_as_place(Party(id="p1", name="Quetta", kind="state"), text)
    assert named_as_place(Party(id="p2", name="Peshawar", kind="state"), text)
    assert not named_as_place(Party(id="p3", name="Quetta", kind="state"), "Quetta says it was attacked.")
    assert not_an_actor(Party(id="p4", name="Passengers", kind="non_state_group"))
    council = ("Security Council Press Statement on Terrorist Attack in Pakistan\n\n"
               "The members of the Security Council condemned in the strongest terms the terrorist attack on the "
               "Jaffar Express passenger train. " + text + "\n")
    _, (_, _, claims) = _items(council, [("During the attack", SentenceDraft(by="Security Council", t=["claim"],
                                                                             to="Quetta"))],
                               PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                               PartyDraft(name="Quetta", kind="state", acts_for=None),
                               PartyDraft(name="Passengers", kind="non_state_group", acts_for=None),
                               voice="Security Council")
    assert claims == []


def test_a_heading_that_lists_two_signatories_renames_neither_listed_body() -> None:
    # 'Joint Statement by the Prime Ministers of Australia and Papua New Guinea' renamed the model's 'Prime
    # Minister of Papua New Guinea' body, folding PNG's Prime Minister into Australia; a joint summit's
    # communiqué of 'the East African Community and the Southern African Development Community' renamed the EAC
    text = ("Joint Statement by the Prime Ministers of Australia and Papua New Guinea on the signing of a treaty\n\n"
            "Canberra, 6 October 2025\n\n"
            "We, the Prime Minister of Australia, the Hon Anthony Albanese MP, and the Prime Minister of Papua New "
            "Guinea, the Hon James Marape MP, today signed the Pukpuk Treaty.\n")
    _, book, _ = parsed(text, PartyDraft(name="Prime Minister of Australia", kind="government_body",
                                         acts_for="Australia"),
                        PartyDraft(name="Prime Minister of Papua New Guinea", kind="government_body",
                                   acts_for="Papua New Guinea"),
                        PartyDraft(name="Hon James Marape MP", kind="person", acts_for="Papua New Guinea"),
                        voice="Australia")
    australia = book.find("Australia")
    assert "Prime Minister of Papua New Guinea" not in australia.aliases
    png = book.find("Prime Minister of Papua New Guinea")
    assert png is None or png is not australia and book.by_id(png.affiliation or "") is not australia
    summit = ("Communiqué of the Joint Summit of the East African Community and the Southern African Development "
              "Community on the Situation in the Eastern Democratic Republic of Congo\n\n"
              "1. The Joint Summit of the East African Community (EAC) and the Southern African Development "
              "Community (SADC) was held in Dar es Salaam.\n")
    _, book, voice = parsed(summit, PartyDraft(name="East African Community", kind="government_body",
                                               acts_for="East Africa"),
                            PartyDraft(name="Southern African Development Community", kind="government_body",
                                       acts_for=None), voice="East Africa")
    assert voice.name == "East African Community" and book.find("SADC") is not voice
    # (the model's 'for', which the text never writes: no state it serves)
    assert voice.affiliation is None or book.by_id(voice.affiliation).name != "East Africa"
    assert book.find("SADC").id in book.asked_together  # (it stays a party: the communiqué is its too)


def test_an_armed_apparatus_the_model_made_a_state_by_its_acronym_is_a_group() -> None:
    # 'SSA', the model's 'for' of a militia head, spelled out later as the 'Stability Support Apparatus', was a state
    text = ("TRIPOLI, May 13 (Reuters) - Abdulghani al-Kikli, head of the Stability Support Apparatus (SSA), was "
            "killed on Monday, according to two security sources.\n")
    _, book, _ = parsed(text, PartyDraft(name="Libya", kind="state", acts_for=None),
                        PartyDraft(name="Abdulghani al-Kikli", kind="person", acts_for="SSA"))
    assert book.find("SSA").kind == "non_state_group"


def test_a_long_post_after_a_name_is_kept_whole_and_a_name_is_no_post() -> None:
    # 'Minister of African Integration and For' (cut at 120 characters), 'Broadcasting Attaullah Tarar' (a
    # portfolio read as a first name), 'chairmanship of' (a chairmanship is no post) and 'Mr Abdoulaye Diop' (the
    # name before the post the model listed, taken for its title)
    from summariser.people import person_in
    from summariser.posts import first_title

    assert person_in("Federal Minister for Information and Broadcasting Attaullah Tarar and others") \
        == ("Attaullah Tarar", "Federal Minister for Information and Broadcasting")
    assert person_in("under the chairmanship of H.E. Ismaïl Omar Guelleh, President of the Republic of Djibouti") \
        == ("Ismaïl Omar Guelleh", "President of the Republic of Djibouti")
    assert person_in("which included Mrs Yassine Fall, Minister of African Integration and Foreign Affairs of "
                     "Senegal. The talks covered the Sahel.") \
        == ("Yassine Fall", "Minister of African Integration and Foreign Affairs of Senegal")
    text = ("The session included Mr Abdoulaye Diop, Minister of Foreign Affairs and International Cooperation of "
            "Mali, and Mrs Yassine Fall, Minister of African Integration and Foreign Affairs of Senegal.")
    assert first_title("Minister of Foreign Affairs and International Cooperation of Mali", text) is None
    _, book, _ = parsed(f"Talks in Bamako\n\n{text}\n",
                        PartyDraft(name="Minister of Foreign Affairs and International Cooperation of Mali",
                                   kind="person", acts_for="Mali"),
                        PartyDraft(name="Senegal", kind="state", acts_for=None))
    from summariser.named_officials import add_named_officials

    add_named_officials(book)
    assert book.find("Yassine Fall").title == "Minister of African Integration and Foreign Affairs of Senegal"
    assert book.find("Abdoulaye Diop").title == "Minister of Foreign Affairs and International Cooperation of Mali"


def test_a_person_whose_post_ends_in_a_bodys_name_is_listed() -> None:
    # 'H.E. Ismaïl Omar Guelleh, President of the Republic of Djibouti and Chairperson of the IGAD Assembly' was
    # 'Omar Guelleh', titled 'chairmanship of Ismaïl' (and, with the whole post read, not listed at all)
    from summariser.named_officials import add_named_officials

    text = ("Communiqué of the 41st Extraordinary Session of the IGAD Assembly\n\n"
            "The Assembly met in Djibouti on 9 December 2023, under the chairmanship of H.E. Ismaïl Omar Guelleh, "
            "President of the Republic of Djibouti and Chairperson of the IGAD Assembly, to consider the situation "
            "in the Sudan.\n")
    _, book, _ = parsed(text, PartyDraft(name="IGAD", kind="international_org", acts_for=None))
    add_named_officials(book)
    guelleh = book.find("Ismaïl Omar Guelleh")
    assert guelleh is not None and guelleh.title.startswith("President of the Republic of Djibouti")
