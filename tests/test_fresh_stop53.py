"""Conventions met in documents written after the eval set (stop 53), who speaks and for whom, and
which parties a text names: each test names the convention and the mistake the pipeline made
before. What items a sentence holds and whom they name: `test_fresh_stop53_items`."""

from __future__ import annotations

from summariser import headings
from summariser.background import not_an_actor
from summariser.document import SPEAKER_LABEL
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actor_named
from summariser.keep import prune_parties
from summariser.named_officials import add_named_officials
from summariser.parties import build_parties
from summariser.schema import Party, Position
from summariser.speakers import named_speakers
from summariser.titles import post_of_a_state
from summariser.voice import checked_voice
from tests.conftest import span
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed

REPORT = ("Pakistan rejects Indian claims over attack\n\n"
          "ISLAMABAD - Pakistan on Thursday rejected what it called baseless claims by India's Ministry of External "
          "Affairs. The Ministry of External Affairs said the attackers had crossed from Pakistan. Indian officials "
          "said more evidence would follow.\n")


def test_a_body_named_with_and_without_its_states_possessive_is_one_party() -> None:
    # the model's 'Indian Ministry of External Affairs' became "India's Ministry of External Affairs",
    # a second party beside the 'Ministry of External Affairs' it had listed for India
    doc, book, _ = parsed(REPORT, _state("Pakistan"), _state("India"),
                          PartyDraft(name="Indian Ministry of External Affairs", kind="government_body",
                                     acts_for="India"),
                          PartyDraft(name="Ministry of External Affairs", kind="government_body", acts_for="India"))
    prune_parties(book, [], None)
    bodies = [p for p in book.parties if p.kind == "government_body"]
    assert [p.name for p in bodies] == ["Ministry of External Affairs"]
    assert "India's Ministry of External Affairs" in bodies[0].aliases


def test_a_states_officials_are_not_a_party_of_their_own_for_serving_a_party() -> None:
    # 'Indian officials' was kept as a person because India, whom they serve, was kept
    doc, book, _ = parsed(REPORT, _state("Pakistan"), _state("India"),
                          PartyDraft(name="Indian officials", kind="person", acts_for="India"))
    said = Position(id="pos1", holder=book.find("India").id, stance="more evidence would follow",
                    evidence=[span(REPORT, "Indian officials said more evidence would follow")])
    prune_parties(book, [said], None)
    names = [p.name for p in book.parties]
    assert "Indian officials" not in names
    assert "India" in names


def test_the_eus_diplomatic_service_is_the_eu_not_the_state_its_statement_is_about() -> None:
    # 'Statement by the Spokesperson of the European External Action Service on ... in Azerbaijan':
    # the spokesperson was tied to Azerbaijan, and the EU's words set against the EU's own
    text = ("Statement by the Spokesperson of the European External Action Service on the sentencing of a "
            "journalist in Azerbaijan\n\nThe European Union considers these charges to be unsubstantiated. "
            "The EU calls on the Azerbaijani authorities to release Mr Hasanli.\n")
    doc, book, voice = parsed(text, PartyDraft(name="European External Action Service", kind="government_body",
                                               acts_for=None),
                              _state("Azerbaijan"), PartyDraft(name="European Union", kind="international_org",
                                                               acts_for=None),
                              voice="Spokesperson of the European External Action Service")
    eu = book.find("European Union")
    assert eu is not None and eu.name == "European Union" and "European External Action Service" in eu.aliases
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).affiliation == eu.id


def test_a_name_a_quotation_opens_with_is_not_the_he_who_says_it() -> None:
    # '"Ulvi Hasanli was convicted of financial crimes ... groundless," he said.' gave the spokesman's
    # words to the journalist they are about
    text = ("Azerbaijan rejects EU statement\n\n"
            "Spokesperson Aykhan Hajizada said the statement was an attempt to interfere in the internal affairs "
            "of Azerbaijan. \"Ulvi Hasanli was convicted of financial crimes, not for his journalism. The EU's "
            "claim that he was persecuted for his work is groundless,\" he said.\n")
    doc, book, _ = parsed(text, _state("Azerbaijan"), PartyDraft(name="EU", kind="international_org", acts_for=None),
                          PartyDraft(name="Ulvi Hasanli", kind="person", acts_for="Azerbaijan"),
                          PartyDraft(name="Aykhan Hajizada", kind="person", acts_for="Azerbaijan"), voice="Azerbaijan")
    speakers = named_speakers(doc, book, book.find("Azerbaijan"))
    quoted = [s.number for s in doc.sentences if "Hasanli was" in s.text or "EU's claim" in s.text]
    assert [speakers[n].name for n in quoted] == ["Aykhan Hajizada", "Aykhan Hajizada"]


READOUT = ("Wang Yi holds talks with Ishaq Dar\n\n"
           "On May 20, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held "
           "talks with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar in Beijing. "
           "Ishaq Dar briefed on the situation between Pakistan and India. He said that India's accusations against "
           "Pakistan were unfounded. Pakistan is grateful for China's just position.\n")
_READOUT_PARTIES = (_state("China"), _state("Pakistan"), _state("India"),
                    PartyDraft(name="Wang Yi", kind="person", acts_for="China"),
                    PartyDraft(name="Ishaq Dar", kind="person", acts_for="Pakistan"))


def test_the_other_sides_state_after_its_ministers_words_goes_on_with_them() -> None:
    # in China's readout, 'Pakistan is grateful for China's just position.' after Dar's words was China's
    book, (positions, _, _) = _items(READOUT, "Pakistan is grateful", SentenceDraft(
        by="China", t=["position"], to="Pakistan"), *_READOUT_PARTIES, voice="China")
    assert [book.by_id(p.holder).name for p in positions] == ["Ishaq Dar"]


def test_a_seat_on_a_body_is_a_post_and_a_briefing_says_nothing() -> None:
    # the model's 'Member of the Political Bureau of the CPC Central Committee' (Wang Yi's post) was kept as
    # a body of China's; 'Ishaq Dar briefed on the situation between Pakistan and India.' was his position
    doc, book, _ = parsed(READOUT, *_READOUT_PARTIES, PartyDraft(
        name="Member of the Political Bureau of the CPC Central Committee", kind="government_body", acts_for="China"))
    prune_parties(book, [], None)
    assert not any(p.name.startswith("Member of") for p in book.parties)


VISIT = ("Joint Statement on the Occasion of the Visit of the President of Indonesia to Japan\n\n"
         "At the invitation of Prime Minister of Japan Shigeru Ishiba, President of the Republic of Indonesia Prabowo "
         "Subianto paid an official visit to Japan. Prime Minister Ishiba welcomed Indonesia's accession to BRICS. "
         "President Prabowo invited Prime Minister Ishiba to visit Indonesia.\n")


def test_a_post_of_a_state_written_before_the_name_is_the_persons_title() -> None:
    # the model's 'President Shigeru Ishiba' kept 'President' for the Prime Minister of Japan
    book = build_parties([PartyDraft(name="President Shigeru Ishiba", kind="person", acts_for="Japan")], VISIT)
    assert book.find("Shigeru Ishiba").title == "Prime Minister of Japan"
    assert post_of_a_state("Shigeru Ishiba", VISIT) == "Prime Minister of Japan"
    assert post_of_a_state("Indonesia", VISIT) is None


def test_a_headings_post_is_its_holder_with_a_one_word_title() -> None:
    # the heading's 'President of Indonesia', listed as a body, held the joint items beside President Prabowo
    doc, book, _ = parsed(VISIT, _state("Japan"), _state("Indonesia"),
                          PartyDraft(name="President of Indonesia", kind="government_body", acts_for="Indonesia"),
                          PartyDraft(name="President Prabowo Subianto", kind="person", acts_for="Indonesia"))
    post = book.find("President of Indonesia")
    held = Position(id="pos1", holder=post.id, stance="invited Ishiba",
                    evidence=[span(VISIT, "President Prabowo invited Prime Minister Ishiba to visit Indonesia.")])
    prune_parties(book, [held], None)
    assert [p.name for p in book.parties if "President" in p.name] == []
    assert "President of Indonesia" in book.find("Prabowo Subianto").aliases


def test_a_statement_that_asks_a_states_side_is_not_that_states() -> None:
    # "Spokesperson's comment on the detention of Chinese nationals in the Philippines", whose 'we' urges
    # 'the Philippine side' to stop, was the Philippines' own statement
    text = ("Spokesperson's comment on the detention of Chinese nationals in the Philippines\n\n"
            "Answer: China is not a country that conducts espionage in other countries. We urge the Philippine "
            "side to stop hyping up the so-called \"Chinese spies\". The Chinese government protects its "
            "nationals.\n")
    doc, book, voice = parsed(text, _state("Philippines"), PartyDraft(name="China", kind="non_state_group",
                                                                      acts_for=None), voice="Philippines")
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "China"


def test_the_korean_side_of_a_japanese_readout_is_south_korea() -> None:
    # 'The Korean side asked the Japanese side to take sincere measures ...' was Japan's request of Korea
    text = ("Outcome of the Japan-ROK Foreign Ministers' Meeting\n\n"
            "Mr. Iwaya Takeshi, Minister for Foreign Affairs of Japan, held a meeting with the Minister of Foreign "
            "Affairs of the Republic of Korea. The Korean side asked the Japanese side to take sincere measures "
            "regarding the issue of former civilian workers.\n")
    book, (_, requests, _) = _items(text, "The Korean side", SentenceDraft(
        by="Japan", t=["request"], to="Republic of Korea"), _state("Japan"), _state("Republic of Korea"),
        PartyDraft(name="Iwaya Takeshi", kind="person", acts_for="Japan"), voice="Japan")
    assert [(book.by_id(r.requester).name, book.by_id(r.addressee).name) for r in requests] == [
        ("Republic of Korea", "Japan")]


def test_terrorists_unnamed_are_no_party() -> None:
    # the model's 'Terrorist' for 'the terrorist attack in Jammu and Kashmir' was charged with it
    for name in ("Terrorist", "perpetrators", "unknown gunmen"):
        assert not_an_actor(Party(id="p1", name=name, kind="non_state_group")), name
    for name in ("Al-Shabaab", "The Resistance Front", "Tehrik-i-Taliban Pakistan"):
        assert not not_an_actor(Party(id="p1", name=name, kind="non_state_group")), name


def test_an_answer_to_a_media_question_is_the_answerers() -> None:
    # 'Answer by Foreign Ministry Spokeswoman Maria Zakharova to a media question regarding ...' made a body
    # 'Foreign Ministry Spokeswoman Maria Zakharova to a media question' the voice
    for heading in ("Answer by Foreign Ministry Spokeswoman Maria Zakharova to a media question regarding X",
                    "Answer by Foreign Ministry Spokeswoman Maria Zakharova to a question from RIA Novosti"):
        assert headings.heading_issuer(f"{heading}\n\nQuestion: What is your comment?\n") == \
            "Foreign Ministry Spokeswoman Maria Zakharova"


def test_a_state_named_by_its_capitals_regime_is_the_state() -> None:
    # a Russian ambassador's 'the Kyiv regime' was the party's name for Ukraine
    text = ("Statement by Ambassador Vassily Nebenzia\n\nIt was the Kyiv regime that started shelling civilians. "
            "The humanitarian situation in Ukraine is grave.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Kyiv regime", kind="non_state_group", acts_for="Ukraine"),
                          _state("Russia"))
    ukraine = book.find("Kyiv regime")
    assert ukraine.name == "Ukraine" and "Kyiv regime" in ukraine.aliases


def test_a_posts_spokesperson_does_not_hold_the_post() -> None:
    # 'UN High Commissioner for Human Rights' stayed a person beside Volker Türk, the High Commissioner,
    # since the spokesperson's title named the post too
    text = ("Press briefing notes on Sudan\n\nSpokesperson for the UN High Commissioner for Human Rights: "
            "Seif Magango\n\nThe High Commissioner Volker Türk urges the RSF leadership to stop such violations.\n")
    doc, book, _ = parsed(text, PartyDraft(name="UN High Commissioner for Human Rights", kind="person",
                                           acts_for="United Nations"),
                          PartyDraft(name="Seif Magango", kind="person", acts_for="United Nations"),
                          PartyDraft(name="Volker Türk", kind="person", acts_for="United Nations"))
    book.find("Seif Magango").title = "Spokesperson for the UN High Commissioner for Human Rights"
    book.find("Volker Türk").title = "High Commissioner"
    prune_parties(book, [], None)
    assert "UN High Commissioner for Human Rights" in book.find("Volker Türk").aliases
    assert not any(p.name == "UN High Commissioner for Human Rights" for p in book.parties)


def test_a_speakers_label_keeps_the_small_words_of_a_name() -> None:
    # the Kremlin's 'Mohamed bin Zayed Al Nahyan: Thank you, Mr President. The UAE is committed ...' went
    # to Putin, who had spoken before: the label was not read as one
    for label in ("Mohamed bin Zayed Al Nahyan", "Ursula von der Leyen"):
        assert SPEAKER_LABEL.match(f"{label}: Thank you, Mr President.")["who"] == label


def test_no_official_is_cut_from_a_states_name() -> None:
    # 'President of the United Arab Emirates Mohamed bin Zayed Al Nahyan' made a person 'United Arab'
    text = ("Meeting with the President of the UAE\n\nVladimir Putin held talks in the Kremlin with President of the "
            "United Arab Emirates Mohamed bin Zayed Al Nahyan, who is in Russia on an official visit.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"), _state("Russia"))
    add_named_officials(book)
    assert not any(p.name == "United Arab" for p in book.parties)


def test_a_post_in_the_heading_is_not_the_person_named_in_the_body() -> None:
    # 'Readout of the meeting between the Secretary-General and the President of Venezuela' over 'The
    # Secretary-General met today with Nicolás Maduro Moros, ...' folded the Secretary-General into Maduro
    text = ("Readout of the meeting between the Secretary-General and the President of Venezuela\n\n"
            "The Secretary-General met today with Nicolás Maduro Moros, President of the Bolivarian Republic of "
            "Venezuela. The Secretary-General expressed concern about the post-electoral situation in Venezuela.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Secretary-General", kind="person", acts_for="United Nations"),
                          PartyDraft(name="President Maduro Moros", kind="person", acts_for="Venezuela"),
                          _state("Venezuela"))
    assert "Secretary-General" not in book.find("Nicolás Maduro Moros").aliases
    assert book.find("Secretary-General").name == "Secretary-General"


def test_a_state_that_speaks_strongly_is_found_and_isis_k_is_named() -> None:
    # 'Statement by the Press Secretary on the Attack in Kabul', whose 'The United States strongly
    # condemns ...' was missed for the adverb, gave the Press Secretary to Afghanistan, the state named most
    text = ("Statement by the Press Secretary on the Attack in Kabul\n\n"
            "The United States strongly condemns the suicide bombing today in Kabul, Afghanistan. ISIS-K remains a "
            "serious threat to the people of Afghanistan. We call on the Taliban to prevent Afghanistan from "
            "being used as a base for terrorist attacks.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Press Secretary", kind="person", acts_for=None),
                              _state("United States"), _state("Afghanistan"),
                              PartyDraft(name="Taliban", kind="non_state_group", acts_for=None),
                              voice="Press Secretary")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert book.by_id(voice.affiliation).name == "United States"
    assert actor_named("ISIS-K").name == "Islamic State Khorasan Province"


def test_a_state_of_a_country_is_a_part_of_it() -> None:
    # India's 'Official Spokesperson's response ... regarding Arunachal Pradesh' tied the Ministry of External
    # Affairs to Arunachal Pradesh, listed as a state and named as often as India
    text = ("Ministry of External Affairs: Official Spokesperson's response to media queries on the remarks "
            "by the Chinese side regarding Arunachal Pradesh\n\n"
            "In response to media queries, the Official Spokesperson, Shri Randhir Jaiswal, said:\n\n"
            "\"We have seen the statement by the spokesperson of the Chinese Ministry of Foreign Affairs "
            "renaming places in the Indian state of Arunachal Pradesh. We categorically reject such "
            "attempts.\n\n"
            "Creative naming will not change the undeniable reality that Arunachal Pradesh was, is, and will "
            "always be an integral and inalienable part of India.\"\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ministry of External Affairs", kind="government_body",
                                               acts_for=None),
                              PartyDraft(name="Shri Randhir Jaiswal", kind="person",
                                         acts_for="Ministry of External Affairs"),
                              PartyDraft(name="Chinese Ministry of Foreign Affairs", kind="government_body",
                                         acts_for=None), _state("Arunachal Pradesh"),
                              voice="Ministry of External Affairs")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert book.by_id(voice.affiliation).name == "India"
