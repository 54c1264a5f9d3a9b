"""More conventions of published statements met in documents written after the eval set
(spokespeople, rebuttals, joint statements, agency datelines): each test names the convention
and the mistake the pipeline made before it knew it."""

from __future__ import annotations

from summariser import asking_sides, own_asks, rebuttals
from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.speakers import named_speakers
from summariser.voice import checked_voice
from tests.test_known_actors import parsed


def _last_sentence_items(text: str, drafts: list[tuple[str, str, str | None]], said: SentenceDraft,
                         voice: str) -> tuple:
    """The party book and the (positions, requests, claims) built from the model's answer `said`
    on the text's last sentence, with the parties the model listed as (name, kind, acts_for)."""
    doc, book, voice_party = parsed(text, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in drafts),
                                    voice=voice)
    return book, build_items([(doc.sentences[-1].number, said)], doc, book, Run(), voice_party)


IRAN = ("Ministry of Foreign Affairs of the Islamic Republic of Iran\n\n"
        "The Spokesman of the Ministry of Foreign Affairs, Esmaeil Baghaei, condemned the step.\n\n"
        "It was the United States that unilaterally walked out of the JCPOA in May 2018, he noted, while the "
        "Europeans failed to fulfil their obligations.\n\n"
        "The European trio has repeatedly claimed that it honoured its side of the bargain. "
        "The spokesman dismissed that claim.\n")


def test_the_spokesman_is_the_one_a_spokesmans_lead_in_named_and_states_that_is_a_name() -> None:
    doc, book, voice = parsed(IRAN, PartyDraft(name="Iran", kind="state", acts_for=None),
                              PartyDraft(name="Esmaeil Baghaei", kind="person", acts_for="Iran"),
                              PartyDraft(name="United States", kind="state", acts_for=None), voice="Iran")
    speakers = named_speakers(doc, book, voice)
    said = {s.text[:12]: speakers.get(s.number) for s in doc.sentences}
    assert said["It was the U"].name == "Esmaeil Baghaei"  # not 'It was the United' before 'States that'
    assert said["The spokesma"].name == "Esmaeil Baghaei"
    number = next(s.number for s in doc.sentences if s.text.startswith("It was"))
    _, _, claims = build_items([(number, SentenceDraft(by="Iran", t=["claim"], to="Iran"))], doc, book, Run(), voice)
    assert [book.by_id(c.disputed_by[0]).name for c in claims] == ["United States"]  # the cleft's, not a guess


def test_a_side_that_is_urged_is_asked_not_asking() -> None:
    from summariser.attribution import attribution

    assert attribution("China is urged to cease its dangerous actions.") == (False, "")
    assert attribution("The Philippines urged China to cease its dangerous actions.")[0]


YANG = ("Australian Government response to the verdict in Dr Yang Hengjun's case\n\nMedia release\n\n"
        "Australian citizen Dr Yang Hengjun has today been handed a death sentence by the Beijing No. 2 Court.\n\n"
        "Dr Yang was detained in January 2019 and has been held for five years since.\n\n"
        "Chinese authorities have maintained that the case was heard in accordance with the law. "
        "We do not accept that characterisation.\n\n"
        "The Chinese Ambassador will be called in, and our response will be conveyed to Beijing in the "
        "strongest terms. "
        "Australia will keep pressing for him to receive medical treatment, and we urge Chinese authorities to "
        "provide it without delay.\n")


def test_a_person_the_model_named_but_the_sentence_does_not_gives_way_to_the_side_it_names() -> None:
    doc, book, voice = parsed(YANG, PartyDraft(name="Australian Government", kind="government_body",
                                               acts_for="Australia"),
                              PartyDraft(name="Dr Yang Hengjun", kind="person", acts_for=None),
                              PartyDraft(name="Chinese Ambassador", kind="person", acts_for="China"),
                              voice="Australian Government")
    by_text = {s.text[:12]: s.number for s in doc.sentences}
    drafts = [(by_text["Australian c"], SentenceDraft(by="Australian Government", t=["claim"],
                                                      to="Chinese Ambassador")),
              (by_text["Dr Yang was "], SentenceDraft(by="Australian Government", t=["claim"], to="Dr Yang Hengjun")),
              (by_text["Chinese auth"], SentenceDraft(by="Chinese Ambassador", t=["claim"],
                                                      to="Australian Government")),
              (by_text["The Chinese "], SentenceDraft(by="Chinese Ambassador", t=["position"], to=None)),
              (by_text["Australia wi"], SentenceDraft(by="Australian Government", t=["request"], to=None))]
    positions, requests, claims = build_items(drafts, doc, book, Run(), voice)
    name = {p.id: p.name for p in book.parties}
    assert [(name[c.asserted_by], [name[d] for d in c.disputed_by]) for c in claims] == [
        (voice.name, ["China"]), ("China", [voice.name])]  # 'Dr Yang was detained': he is no accused
    assert name[positions[-1].holder] == voice.name  # 'will be called in ... will be conveyed': passives
    assert [name[r.addressee] for r in requests] == ["China"]  # 'urge Chinese authorities', not 'pressing for him'


def test_continues_to_insist_that_speaks_and_one_who_died_is_no_accused() -> None:
    from summariser.attribution import attribution

    said = attribution("Tehran continues to insist that Ms. Amini died of a pre-existing condition.")
    assert said == (True, "Tehran ")
    text = ("Statement by Minister Joly\n\n\"Nearly two months after Mahsa Amini died in the custody of the "
            "morality police, the regime continues to meet protesters with live fire.\"\n")
    book, (_, _, claims) = _last_sentence_items(
        text, [("Canada", "state", None), ("Iran", "state", None), ("Mahsa Amini", "person", "Iran")],
        SentenceDraft(by="Canada", t=["claim"], to="Mahsa Amini"), voice="Canada")
    assert all(book.by_id(c.disputed_by[0]).name != "Mahsa Amini" for c in claims)


JOINT = ("BRIEFING ROOM\n\nJoint Statement from the United States and India\n\nJUNE 22, 2023\n\n"
         "President Biden welcomed Prime Minister Modi to the White House. Pakistan was discussed.\n\n"
         "The Leaders condemned the Democratic People's Republic of Korea for its destabilizing missile launches.\n\n"
         "The two sides expressed concern about the deteriorating situation in Myanmar and Pakistan.\n")


def test_a_joint_statement_under_a_site_label_has_its_signatories_as_both_sides() -> None:
    from summariser import headings

    assert headings.heading_genre(JOINT) == "joint_statement"
    doc, book, voice = parsed(JOINT, PartyDraft(name="United States", kind="state", acts_for=None),
                              PartyDraft(name="India", kind="state", acts_for=None),
                              PartyDraft(name="Pakistan", kind="state", acts_for=None),
                              PartyDraft(name="Myanmar", kind="state", acts_for=None),
                              PartyDraft(name="United States and India", kind="government_body",
                                         acts_for="United States"), voice="United States")
    assert "United States and India" not in {p.name for p in book.parties}  # two parties, not a third
    speakers = named_speakers(doc, book, voice)
    two_sides = next(s.number for s in doc.sentences if s.text.startswith("The two sides"))
    assert speakers[two_sides].name == "United States"  # the heading's first signatory, not Pakistan
    condemned = next(s.number for s in doc.sentences if s.text.startswith("The Leaders condemned"))
    _, _, claims = build_items([(condemned, SentenceDraft(by="United States", t=["claim"], to="Myanmar"))],
                               doc, book, Run(), voice)
    assert [book.by_id(c.disputed_by[0]).name for c in claims][0] in ("North Korea",
                                                                      "Democratic People's Republic of Korea")


def test_the_secretary_generals_spokesperson_speaks_for_the_un_not_the_models_voice() -> None:
    text = ("Statement attributable to the Spokesperson for the Secretary-General - on Niger\n\n"
            "The Secretary-General is following with great concern the developments in Niger.\n")
    _, book, voice = parsed(text, PartyDraft(name="Niger", kind="state", acts_for=None),
                            PartyDraft(name="United Nations", kind="international_org", acts_for=None), voice="Niger")
    assert book.by_id(voice.affiliation).name == "United Nations"


def test_a_bylines_date_and_time_is_not_read() -> None:
    from summariser.document import Sentence
    from summariser.reading import worth_reading

    text = "Opinion\n\nBy Hugh Todd\nDecember 12, 2023 at 6:00 a.m. EST\n\nVenezuela cannot vote its way to our land.\n"
    at = text.index("December")
    assert not worth_reading(Sentence(4, at, at + 30, "December 12, 2023 at 6:00 a.m."), text)


def test_rebuttal_conventions_of_a_foreign_ministry() -> None:
    from summariser import cues

    assert rebuttals.rebutted_claim("The allegations spread by the Ministry of Foreign Affairs and the leadership of "
                                     "Armenia that Azerbaijan attacked are groundless.") == (
        True, "the Ministry of Foreign Affairs and the leadership of Armenia")
    assert not cues.asks("Equally, the appeals by Yerevan to the Security Council are nothing but an evasion.")
    # not the words before "to call on"
    assert asking_sides.asker_phrase("We urge partners to refrain from statements that repeat the Armenian "
                                     "narrative and instead to call on Armenia to stop.") == "We"


def test_a_name_the_model_listed_as_a_body_is_a_person_when_the_text_gives_a_post() -> None:
    text = ("UNITED NATIONS -\n\nThe US has vetoed the resolution.\n\n"
            "Robert Wood, the US deputy ambassador, said the text had been rushed.\n")
    _, book, _ = parsed(text, PartyDraft(name="US", kind="state", acts_for=None),
                        PartyDraft(name="Robert Wood", kind="government_body", acts_for=None), voice=None)
    wood = next(p for p in book.parties if p.name == "Robert Wood")
    assert wood.kind == "person" and book.by_id(wood.affiliation).name == "US"


def test_a_government_asking_its_own_people_asks_no_other_side() -> None:
    text = ("Opinion\n\nBy Hugh Todd\n\nOn Dec. 3, the government of Nicolás Maduro asked Venezuelans to endorse, "
            "in a referendum, the creation of a new Venezuelan state out of Essequibo.\n")
    _, (_, requests, _) = _last_sentence_items(
        text, [("Guyana", "state", None), ("Venezuela", "state", None), ("Nicolás Maduro", "person", "Venezuela")],
        SentenceDraft(by="Nicolás Maduro", t=["request"], to="Guyana"), voice="Guyana")
    assert [r.addressee for r in requests] == [None]  # not Guyana, the op-ed's voice


def test_a_state_the_text_calls_brotherly_is_not_its_voice() -> None:
    text = ("No: 226, 27 September 2020, Press Release Regarding Armenia's Attack on Azerbaijan\n\n"
            "In the early hours of today, the armed forces of Armenia opened fire on Azerbaijani positions. "
            "According to initial information, civilians lost their lives. We strongly condemn this attack.\n\n"
            "It should be known by all that Turkey will continue to stand by brotherly Azerbaijan. "
            "We call on Armenia to put an immediate end to its hostile acts.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Armenia", kind="state", acts_for=None),
                              PartyDraft(name="Azerbaijan", kind="state", acts_for=None), voice="Azerbaijan")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert voice is not None and voice.name in ("Turkey", "Türkiye")
    speakers = named_speakers(doc, book, voice)
    according = next(s.number for s in doc.sentences if s.text.startswith("According"))
    assert according not in speakers  # 'According to initial information': the voice's own line


def test_an_issuer_on_the_fourth_heading_line_is_read() -> None:
    from summariser import headings

    text = ("Council of the EU\nPress release\n11 August 2020\n\n"
            "Belarus: Declaration by the High Representative on behalf of the EU on the presidential elections\n\n"
            "The EU condemns the violence.\n")
    assert any(headings.issuer_phrase(line) == "EU" for line in headings.heading_lines(text))


def test_a_doorstep_statement_is_its_bylines_and_president_putin_is_a_speaker() -> None:
    from summariser import headings
    from summariser.known_parties import person_in

    text = ("Doorstep statement\nby NATO Secretary General Mark Rutte ahead of the meeting of NATO Ministers\n\n"
            "03 Dec. 2024\n\nRussia is becoming more reckless. President Putin claims the launch was a response.\n")
    assert headings.heading_issuer(text) == "NATO Secretary General Mark Rutte"
    assert person_in("President Putin ") == ("Putin", "President")
    assert person_in("The President ") is None
    assert own_asks.own_resolve("We must do more, and we must do it faster.")


def test_gulf_agency_conventions_hijri_datelines_and_royal_honorifics() -> None:
    from summariser.datelines import wire_dateline_end
    from summariser.titles import split_title

    line = "Riyadh, 17 Rabi' al-Awwal 1447 AH, 09 September 2025, SPA -- The Ministry of Foreign Affairs expresses"
    assert line[wire_dateline_end(line):].startswith("The Ministry")
    assert split_title("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud") == (
        "Mohammed bin Salman bin Abdulaziz Al Saud", "His Royal Highness Prince")
    text = "Saudi Arabia condemns the strike.\n\nThe Israeli occupation forces alleged that it targeted Hamas.\n"
    _, book, _ = parsed(text, PartyDraft(name="Saudi Arabia", kind="state", acts_for=None),
                        PartyDraft(name="Israel", kind="non_state_group", acts_for=None), voice="Saudi Arabia")
    assert next(p for p in book.parties if p.name == "Israel").kind == "state"


def test_a_quotation_over_two_sentences_is_the_speaker_its_closing_tag_names() -> None:
    from summariser import accusations

    text = ("Cairo (AFP) - Egypt and Sudan on Tuesday denounced Ethiopia for starting a second filling of the dam.\n\n"
            "Egyptian Irrigation Minister Mohamed Abdel Aty said he had been notified on Monday.\n\n"
            "\"Cairo rejects this unilateral measure outright. It breaches the declaration of principles, and it "
            "puts the region at risk,\" the minister said in a statement.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Egypt", kind="state", acts_for=None),
                          PartyDraft(name="Ethiopia", kind="state", acts_for=None),
                          PartyDraft(name="Egyptian Irrigation Minister Mohamed Abdel Aty", kind="person",
                                     acts_for="Egypt"), voice=None)
    speakers = named_speakers(doc, book)
    quoted = [speakers[s.number].name for s in doc.sentences if s.text.startswith(('"Cairo', "It breaches"))]
    assert quoted == ["Mohamed Abdel Aty", "Mohamed Abdel Aty"]
    assert accusations.accused_in(doc.sentences[0].text) == "Ethiopia"  # 'denounced Ethiopia for starting'


def test_pakistans_military_press_wing_and_a_dateline_line() -> None:
    from summariser.document import Sentence
    from summariser.gazetteer import actor_named
    from summariser.reading import worth_reading

    assert actor_named("ISPR").name == "Pakistan"
    text = ("INTER SERVICES PUBLIC RELATIONS (ISPR)\n\nPRESS RELEASE\n\nRawalpindi - October 20, 2019\n\n"
            "Indian Army fired.")
    at = text.index("Rawalpindi")
    assert not worth_reading(Sentence(3, at, at + 29, "Rawalpindi - October 20, 2019"), text)


def test_a_states_formal_name_before_a_persons_is_no_persons_name() -> None:
    text = ("Communiqué of the Bolivarian Republic of Venezuela\n\n"
            "The President of the Cooperative Republic of Guyana, Irfaan Ali, has placed the territory at risk. "
            "The statements of the Guyanese President endanger the peace.\n")
    _, book, _ = parsed(text, PartyDraft(name="Venezuela", kind="state", acts_for=None),
                        PartyDraft(name="Guyana", kind="state", acts_for=None),
                        PartyDraft(name="Guyanese President", kind="person", acts_for="Guyana"), voice="Venezuela")
    assert "Cooperative Republic" not in {p.name for p in book.parties}


def test_kcna_conventions_the_authorised_statement_and_claims_that_deceive_no_one() -> None:
    from summariser.procedural import procedural

    assert procedural("I am authorized to make public this statement.")
    assert rebuttals.rebutted_claim('The claim of Washington and its lackeys that the exercises are "defensive" '
                                     "can deceive no one.") == (True, "Washington")


def test_a_summits_declaration_and_an_ngos_release_speak_for_their_publishers() -> None:
    from summariser import headings

    heading = "XVI BRICS Summit\n\nKazan Declaration\n\nKazan, 23 October 2024\n\nWe ..."
    assert headings.heading_issuer(heading) == "BRICS"  # not the host city
    text = ("Saudi Arabia: Mass Killings of Migrants at Yemen Border\n\nAugust 21, 2023\n\n(Beirut) – Saudi border "
            "guards have killed hundreds of migrants, Human Rights Watch said in a report released today.\n\n"
            "Human Rights Watch interviewed dozens of people.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Saudi Arabia", kind="state", acts_for=None),
                              PartyDraft(name="Human Rights Watch", kind="international_org", acts_for=None),
                              voice="Saudi Arabia")
    assert checked_voice(book, voice, [s.text for s in doc.sentences]).name == "Human Rights Watch"


def test_a_gov_uk_from_line_names_the_publishers_state() -> None:
    text = ("Press release\n\nPM call with Prime Minister Netanyahu of Israel: 14 July 2024\n\n"
            "The Prime Minister spoke to Prime Minister Netanyahu of Israel this evening.\n\n"
            "From: Prime Minister's Office, 10 Downing Street\nPublished 14 July 2024\n\n"
            "The Prime Minister set out the urgent need for a ceasefire.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Israel", kind="state", acts_for=None),
                              PartyDraft(name="Netanyahu", kind="person", acts_for="Israel"), voice="Israel")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    # (the Prime Minister whose call it is, stop 57: a post of the United Kingdom)
    assert voice is not None and (voice.name in ("UK", "United Kingdom") or voice.name == "Prime Minister"
                                  and voice.kind == "person" and book.by_id(voice.affiliation).name == "United Kingdom")


def test_a_time_of_day_does_not_end_a_sentence() -> None:
    from summariser.document import split_sentences

    parts = split_sentences("At around 7:22 a.m. on October 4, North Korea launched a missile. Japan protested.")
    assert [s.text for s in parts] == ["At around 7:22 a.m. on October 4, North Korea launched a missile.",
                                       "Japan protested."]
