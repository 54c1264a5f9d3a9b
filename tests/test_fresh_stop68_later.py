"""Stop 68, continued from `test_fresh_stop68` (one file would pass 400 lines): the rules from the documents
written for the project (fresh275-277), each test in the document's own convention, with a guard where the
rule stops."""

from __future__ import annotations

from summariser.addressees import addressed
from summariser.agents import named_outside_post
from summariser.attribution import attribution
from summariser.claim_cues import charges
from summariser.cues import asks
from summariser.first_names import complete_first_names
from summariser.holders import holder_of
from summariser.kinds import settle_kinds
from summariser.lead_in_shapes import surname_in_full
from summariser.lead_in_speakers import mission_speaker
from summariser.other_sides import side_named_for
from summariser.own_accounts import listener
from summariser.party_sides import sides
from summariser.post_holders import fold_posts_into_holders
from summariser.posts import post_after
from summariser.targets import only_a_target
from summariser.voice import answered_parties, checked_voice
from tests.test_fresh_stop67 import _book


# Nigeria's foreign ministry briefing (Abuja): 'We continue to urge Nigerians in the region to remain in contact with
# the missions' made Nigeria the side its first person answers, and the briefing became Niger's
def test_urging_its_own_people_does_not_answer_its_own_state() -> None:
    text = ("Federal Republic of Nigeria - Ministry of Foreign Affairs\n\nNigeria values its ties with Niger. We "
            "continue to urge Nigerians in the region to remain in contact with the missions. We urge Niger to "
            "reopen the border.\n")
    book = _book(text, ("Nigeria", "state", None), ("Niger", "state", None))
    sentences = text.split("\n\n")[1].split(". ")
    assert [p.name for p in answered_parties(sentences, book)] == ["Niger"]
    assert checked_voice(book, book.find("Nigeria"), sentences).name == "Nigeria"


# Mauritius's readout of a call on the Chagos treaty: 'He informed Prime Minister Starmer that the review had
# identified a number of provisions which ... required improvement' was a charge against Starmer, the one told
def test_the_one_informed_that_is_told_not_charged() -> None:
    sentence = ("He informed Prime Minister Starmer that the review had identified a number of provisions which, in "
                "the view of Mauritius, required improvement.")
    book = _book(f"Prime Minister Ramgoolam spoke with the United Kingdom. {sentence}\n",
                 ("Navinchandra Ramgoolam", "person", "Mauritius"), ("Mauritius", "state", None),
                 ("United Kingdom", "state", None), ("Starmer", "person", "United Kingdom"))
    assert listener(sentence, book).name == "Starmer"
    settled = settle_kinds(["claim"], book.find("United Kingdom"), book.find("Mauritius"), sentence, book,
                           sides(book.parties), book.find("Mauritius"))
    assert "claim" not in settled.kinds


# The Security Council's press statement on an attack on MINUSCA: 'underlined the importance of the freedom of
# movement of MINUSCA ... and expressed concern at ... disinformation targeting the mission' charged MINUSCA
def test_a_mission_whose_freedom_of_movement_is_at_stake_is_not_charged() -> None:
    sentence = ("The members of the Security Council underlined the importance of the freedom of movement of MINUSCA "
                "and expressed concern at the spread of disinformation targeting the mission.")
    book = _book(sentence, ("Security Council", "international_org", None), ("MINUSCA", "non_state_group", None))
    assert only_a_target(book.find("MINUSCA"), sentence)
    assert not only_a_target(book.find("MINUSCA"), "MINUSCA fired on the protesters.")


# A wire on the Comoros election: the model listed 'Moroni' and 'Western diplomat in Moroni' as people; Moroni was
# folded into the diplomat, and the Interior Minister, tied to Moroni, came to serve the diplomat (a Western diplomat
# stays a party of its own, as at stop 61)
_MORONI = ("MORONI (Wire) - Interior Minister Fakridine Mahamoud rejected it. A Western diplomat in Moroni, "
           "speaking on condition of anonymity, said several missions were concerned.\n")


def test_a_place_is_not_folded_into_a_person_posted_there() -> None:
    book = _book(_MORONI, ("Moroni", "person", None), ("Western diplomat in Moroni", "person", None))
    complete_first_names(book)
    assert book.find("Moroni") is not book.find("Western diplomat in Moroni")


# Mongolia's readout of President Macron's visit: 'At the invitation of the President of Mongolia, Mr. Khurelsukh
# Ukhnaa, the President of the French Republic, H.E. Mr. Emmanuel Macron, paid a visit' gave Khurelsukh France's post,
# and 'He noted that France had been among the first Western countries to recognise Mongolia and that it occupied an
# important place in Mongolia's "third neighbour" policy' was a charge against France
def test_a_post_with_two_honorifics_and_a_name_after_it_is_the_next_persons() -> None:
    text = ("At the invitation of the President of Mongolia, Mr. Khurelsukh Ukhnaa, the President of the French "
            "Republic, H.E. Mr. Emmanuel Macron, paid a visit to Mongolia.\n")
    assert post_after("Khurelsukh Ukhnaa", text) == ""
    assert post_after("Emmanuel Macron", "Mr. Emmanuel Macron, President of the French Republic, spoke.") == \
        "President of the French Republic"


def test_a_friend_recalled_as_first_to_recognise_is_charged_with_nothing() -> None:
    sentence = ("He noted that France had been among the first Western countries to recognise Mongolia and that it "
                "occupied an important place in Mongolia's policy.")
    assert not charges(sentence)
    assert charges("He noted that France had occupied the islands in 1841.")  # (an occupation is a charge)


# A wire on Abkhazia: a state named only in the speaker's own post or body ('The leader of Georgia's breakaway region
# of Abkhazia, Aslan Bzhania, said ...'; "The European Union's monitoring mission in Georgia said its patrols ...
# had observed no unusual military movements") is no side the sentence names
def test_a_state_in_the_post_or_body_a_sentence_opens_with_is_not_named_outside_it() -> None:
    led = "The leader of Georgia's breakaway region of Abkhazia, Aslan Bzhania, said he was ready to step down."
    mission = "The European Union's monitoring mission in Georgia said its patrols had observed nothing unusual."
    book = _book(f"{led} {mission}\n", ("Georgia", "state", None), ("Aslan Bzhania", "person", None),
                 ("European Union", "international_org", None))
    georgia = [book.find("Georgia")]
    assert named_outside_post(led, book.find("Aslan Bzhania"), georgia) is None
    assert named_outside_post(mission, book.find("European Union"), georgia) is None
    charged = "The European Union's mission said Georgia had violated the ceasefire."  # (named outside: stays)
    assert named_outside_post(charged, book.find("European Union"), georgia) is georgia[0]


def test_a_call_for_a_states_troops_to_withdraw_asks_that_state() -> None:
    # (Georgia's foreign ministry 'repeated its call for the withdrawal of Russian troops' asked nobody)
    text = "Georgia repeated its call for the withdrawal of Russian troops. Russia said nothing.\n"
    book = _book(text, ("Georgia", "state", None), ("Russia", "state", None))
    asked = addressed("repeated its call for the withdrawal of Russian troops", book, book.find("Georgia"), None)
    assert [book.by_id(i).name for i in asked] == ["Russia"]
    # (a force no state's word names asks no one)
    assert not any(addressed("called for the withdrawal of foreign troops", book, book.find("Georgia"), None))


def test_a_speaker_with_according_to_as_an_aside_speaks() -> None:
    # (Georgia's readout of Orbán's visit: 'Prime Minister Orbán, according to the Georgian side, said that Hungary
    # respected the will of the Georgian people' was the Georgian side's)
    aside = "Prime Minister Orbán, according to the Georgian side, said that Hungary respected the vote."
    assert attribution(aside) == (True, "Prime Minister Orbán ")
    # (the guard: a source after the deed told is still the source)
    assert attribution("The army, according to witnesses, fired on the crowd.") == (False, "")


# Oman's readout of Witkoff's call: the model listed 'Foreign Minister' and 'His Highness the Foreign Minister' beside
# 'Sayyid Badr bin Hamad Albusaidi', titled 'Minister of Foreign Affairs': three people for one
def test_the_foreign_minister_by_any_of_its_names_is_the_one_so_titled() -> None:
    text = ("His Highness Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, received a call from Abbas "
            "Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran. His Highness the Foreign Minister "
            "expressed satisfaction. The Foreign Minister thanked him.\n")
    book = _book(text, ("Oman", "state", None), ("Foreign Minister", "person", "Oman"),
                 ("His Highness the Foreign Minister", "person", "Oman"),
                 ("Sayyid Badr bin Hamad Albusaidi", "person", "Oman"), ("Abbas Araghchi", "person", None))
    book.find("Sayyid Badr bin Hamad Albusaidi").title = "Minister of Foreign Affairs"
    book.find("Abbas Araghchi").title = "Minister of Foreign Affairs of the Islamic Republic of Iran"
    fold_posts_into_holders(book)
    assert [p.name for p in book.parties if p.kind == "person"] == ["Sayyid Badr bin Hamad Albusaidi", "Abbas Araghchi"]


def test_calling_on_someone_without_asking_anything_is_a_visit() -> None:
    # (Timor-Leste's readout: 'Prime Minister Albanese also called on the President of the Republic, His Excellency
    # José Ramos-Horta, before departing for Australia' was Albanese's call on Ramos-Horta to do something)
    visit = ("Prime Minister Albanese also called on the President of the Republic, His Excellency José Ramos-Horta, "
             "before departing for Australia.")
    assert not asks(visit)
    assert asks("The EU called on the Government of Georgia to release all detainees.")
    assert asks("They called on Israel not to proceed with the plan.")


def test_an_embassy_named_by_its_states_name_speaks_for_that_state() -> None:
    # (a wire on Somalia: 'The United States embassy in Mogadishu said ...', the United States unlisted, was given to
    # Somalia's ministry)
    text = "MOGADISHU (Wire) - The United States embassy in Mogadishu said the clashes distract from the fight.\n"
    book = _book(text, ("Somalia", "state", None))
    assert mission_speaker("The United States embassy in Mogadishu ", book).name == "United States"
    assert mission_speaker("China's embassy in Port Moresby ", book).name == "China"
    assert mission_speaker("The embassy ", book) is None


def test_a_diplomat_who_asked_not_to_be_named_is_no_party() -> None:
    # (a wire on Sierra Leone's election: 'A diplomat in Freetown who asked not to be named said ...' went to the
    # wire's own agency, the model's guess, once the capital no longer made it Sierra Leone's)
    sentence = "A diplomat in Freetown who asked not to be named said the main concern was the speed of the count."
    book = _book(f"FREETOWN (Northgate Press) - {sentence}\n", ("Northgate Press", "media", None),
                 ("Sierra Leone", "state", None))
    assert holder_of(book.find("Northgate Press"), None, True, book, sides(book.parties), sentence) is None


def test_a_group_named_by_its_states_possessive_is_the_one_charged() -> None:
    # (a wire on the Houthis detaining UN staff: "Yemen's Houthi movement has detained at least 13 United Nations
    # personnel" charged Yemen)
    sentence = "Yemen's Houthi movement has detained at least 13 United Nations personnel."
    book = _book(sentence, ("Yemen", "state", None), ("Houthis", "non_state_group", None),
                 ("United Nations", "international_org", None))
    side = sides(book.parties)
    assert side_named_for(book.find("Yemen").id, sentence, book, side) is book.find("Houthis")
    both = "Yemen's Houthi movement attacked ships, and Yemen's government condemned it."  # (Yemen named apart)
    assert side_named_for(book.find("Yemen").id, both, book, side) is None


def test_a_bare_surname_that_speaks_is_the_one_the_text_names_in_full() -> None:
    # (a wire on Sierra Leone's election: 'Kamara said the results were "daylight robbery"', after 'His main rival,
    # Samura Kamara of the All People's Congress (APC)'; his quotes went to President Bio, the last person listed)
    text = ("Sierra Leone's President Julius Maada Bio won. His main rival, Samura Kamara of the All "
            "People's Congress (APC), was credited with 41 percent. Kamara said the results were robbery.\n")
    assert surname_in_full("Kamara ", text) == "Samura Kamara"
    assert surname_in_full("Leone ", text) is None  # (a state's word, not a person's)
    assert surname_in_full("Kamara ", text + "Abu Kamara, a trader, agreed.\n") is None  # (two people so named)
