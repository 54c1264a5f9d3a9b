"""Conventions of published readouts and statements met in documents written after the eval set:
each test names the convention and the mistake the pipeline made before it knew it."""

from __future__ import annotations

from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.speakers import named_speakers
from summariser.voice import checked_voice
from tests.test_known_actors import parsed

KREMLIN = ("Telephone conversation with President of Tajikistan Emomali Rahmon\n\n"
           "Vladimir Putin had a telephone conversation with President of Tajikistan Emomali Rahmon.\n\n"
           "Emomali Rahmon expressed his condolences. The President of Tajikistan condemned the attack.\n\n"
           "The President of Russia thanked his counterpart for the words of support. "
           "He informed him of the first results of the investigation.\n")


def test_a_title_the_model_listed_as_a_body_is_the_one_person_holding_it() -> None:
    # the model listed 'President of Russia' as a body: the title is Putin, and 'He' after it too
    doc, book, _ = parsed(KREMLIN, PartyDraft(name="President of Russia", kind="government_body", acts_for="Russia"),
                          PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                          PartyDraft(name="Emomali Rahmon", kind="person", acts_for="Tajikistan"), voice="Russia")
    speakers = named_speakers(doc, book)
    thanked, informed = (s.number for s in doc.sentences if s.text.startswith(("The President of Russia", "He ")))
    assert speakers[thanked].name == "Vladimir Putin"
    assert speakers[informed].name == "Vladimir Putin"


def test_condolences_over_an_attack_charge_no_one() -> None:
    from summariser.claim_cues import not_factual

    assert not_factual("Emomali Rahmon expressed his deep condolences over the numerous deaths caused by the "
                       "barbaric terrorist attack at Crocus City Hall in the Moscow Region on March 22.")
    assert not not_factual("The Ministry condemned the strike that Varnia launched on the port on Monday.")


AQABA = ("Statement by the Federal Foreign Office\n\n"
         "We condemn the killing of two brothers, who were shot dead by a Palestinian attacker in Huwara. "
         "A Palestinian man was killed in the rampage that followed.\n\n"
         "On the day of the attack, representatives of Israel and the Palestinian Authority met in Aqaba at "
         "Jordan's invitation, with Egypt and the United States taking part, and committed themselves to "
         "de-escalation. "
         "We call on both sides to honour these commitments in full.\n")


def _aqaba() -> tuple:
    return parsed(AQABA, PartyDraft(name="Federal Foreign Office", kind="government_body", acts_for="Germany"),
                  *(PartyDraft(name=n, kind="state", acts_for=None)
                    for n in ("Israel", "Palestinian Authority", "Jordan", "Egypt", "United States")),
                  voice="Federal Foreign Office")


def test_both_sides_asked_are_the_two_the_last_sentence_names_first() -> None:
    # not Egypt and the United States, who only took part: the two who met and committed themselves
    doc, book, voice = _aqaba()
    by_text = {s.text[:12]: s.number for s in doc.sentences}
    drafts = [(by_text["On the day o"], SentenceDraft(by="Federal Foreign Office", t=["request"], to="Israel")),
              (by_text["We call on b"], SentenceDraft(by="Federal Foreign Office", t=["request"], to="Egypt"))]
    _, requests, _ = build_items(drafts, doc, book, Run(), voice)
    assert [book.by_id(r.addressee).name for r in requests] == ["Israel"]  # 'at Jordan's invitation' asks nobody
    assert requests[0].evidence[0].quote.startswith("We call on both sides")


def test_a_man_of_a_nationality_is_not_his_peoples_side() -> None:
    doc, book, voice = _aqaba()
    by_text = {s.text[:12]: s.number for s in doc.sentences}
    drafts = [(by_text["We condemn t"], SentenceDraft(by="Federal Foreign Office", t=["claim"],
                                                      to="Palestinian Authority")),
              (by_text["A Palestinia"], SentenceDraft(by="Federal Foreign Office", t=["claim"],
                                                      to="Palestinian Authority"))]
    positions, _, claims = build_items(drafts, doc, book, Run(), voice)
    assert claims == [] and len(positions) == 2


def test_the_army_of_a_report_that_moved_on_is_the_state_just_named() -> None:
    text = ("JERUSALEM/DUBAI, Oct 26 -\n\nIsrael carried out air strikes on Iran, the Israeli military said.\n\n"
            "Iran's account differed sharply. The country's air defence headquarters said the strikes were "
            "intercepted. Iranian state television showed traffic moving normally. "
            "The army later said four of its soldiers had been killed.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Israel", kind="state", acts_for=None),
                          PartyDraft(name="Iran", kind="state", acts_for=None), voice=None)
    speakers = named_speakers(doc, book)
    by_text = {s.text[:12]: s.number for s in doc.sentences}
    assert speakers[by_text["The country'"]].name == "Iran"
    assert speakers[by_text["The army lat"]].name == "Iran"


UNSC = ("UNITED NATIONS, March 11 -\n\n"
        "Russia used a U.N. Security Council meeting it requested on Friday to accuse the United States of "
        "financing military biological research in Ukraine.\n\n"
        "Britain's ambassador, Barbara Woodward, called the accusations baseless conspiracy theories.\n\n"
        "Ukraine's envoy, Sergiy Kyslytsya, spoke next. \"The Russian representative speaks of 'military "
        "biological activity' in my country,\" Kyslytsya said. \"There is no such activity. What there is, is a "
        "Russian army bombing maternity hospitals.\"\n\n"
        "There was no sign of agreement.\n")


def _unsc() -> tuple:
    return parsed(UNSC, PartyDraft(name="Russia", kind="state", acts_for=None),
                  PartyDraft(name="U. S. Ambassador Barbara Woodward", kind="person", acts_for="U. S."),
                  PartyDraft(name="Sergiy Kyslytsya", kind="person", acts_for="Ukraine"), voice=None)


def test_a_quotation_over_several_sentences_stays_its_speakers_to_its_closing_mark() -> None:
    doc, book, _ = _unsc()
    speakers = named_speakers(doc, book)
    by_text = {s.text[:12]: s.number for s in doc.sentences}
    assert speakers[by_text['"There is no']].name == "Sergiy Kyslytsya"
    assert speakers[by_text["What there i"]].name == "Sergiy Kyslytsya"
    assert by_text["There was no"] not in speakers  # closed: the reporter's own line again


def test_the_state_a_lead_in_gives_corrects_the_models_title_too() -> None:
    doc, book, _ = _unsc()
    named_speakers(doc, book)
    woodward = next(p for p in book.parties if p.name == "Barbara Woodward")
    assert woodward.title == "Britain's ambassador"
    assert book.by_id(woodward.affiliation).name in ("Britain", "United Kingdom")


def test_a_meeting_a_side_requested_asks_nothing() -> None:
    from summariser import cues

    assert not cues.asks(UNSC.split("\n\n")[1])
    assert cues.asks("Russia requested that the council meet again.")


ELYSEE = ("Élysée — Presidency of the French Republic\n\n"
          "Telephone conversation with Mr Masoud Pezeshkian, President of the Islamic Republic of Iran\n\n"
          "The President of the Republic spoke this Monday with Mr Masoud Pezeshkian.\n\n"
          "The President of the Republic expressed his deep concern at the tension. "
          "He asked Iran to avoid escalation, which France fears.\n\n"
          "For his part, the Iranian President indicated that his country did not seek a wider conflict. "
          "In his view, it is the war in Gaza that is fuelling instability.\n\n"
          "The Head of State then raised the situation of our compatriots detained in Iran. "
          "Two of them have been held for two years; the President of the Republic reiterated that they are innocent. "
          "Finally, he called on Iran to restore cooperation with the Agency.\n")


def test_the_president_of_the_republic_in_a_states_readout_is_its_own_head_and_he_after_it() -> None:
    doc, book, voice = parsed(ELYSEE, PartyDraft(name="Élysée", kind="government_body", acts_for="France"),
                              PartyDraft(name="Mr Masoud Pezeshkian", kind="person", acts_for="Iran"),
                              PartyDraft(name="France", kind="state", acts_for=None),
                              PartyDraft(name="Iran", kind="state", acts_for=None), voice="France")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])  # as the pipeline settles it
    speakers = named_speakers(doc, book, voice)
    said = {s.text[:30]: speakers.get(s.number) for s in doc.sentences}
    said = {key[:12]: party for key, party in said.items() if not key.startswith("The President of the Republic s")}
    assert said["The Presiden"].name == "France" and said["He asked Ira"].name == "France"
    assert said["For his part"].name == "Masoud Pezeshkian"  # 'the Iranian President indicated that'
    assert said["In his view,"].name == "Masoud Pezeshkian"
    assert said["Two of them "].name == "France"  # the speaker after the semicolon
    assert said["Finally, he "].name == "France"  # after 'The President of the Republic then raised'


DIRCO = ("MEDIA STATEMENT\n\nSOUTH AFRICA REJECTS THE PREMISE OF THE UNITED STATES EXECUTIVE ORDER\n\n"
         "The Department has taken note of the Executive Order of the United States, which halts assistance.\n\n"
         "The Executive Order asserts that the Expropriation Act allows the state to seize property. "
         "This is not so.\n\n"
         "It is equally incorrect to suggest, as Washington does, that South Africa has adopted an aggressive posture "
         "towards the United States. Israel was not consulted. The United States should engage.\n")


def test_a_rebuttal_answers_the_documents_other_side_and_names_the_claimant_in_an_aside() -> None:
    doc, book, voice = parsed(DIRCO, PartyDraft(name="South Africa", kind="state", acts_for=None),
                              PartyDraft(name="United States", kind="state", acts_for=None),
                              PartyDraft(name="Israel", kind="state", acts_for=None), voice="South Africa")
    assert "MEDIA" not in {p.name for p in book.parties}  # 'MEDIA STATEMENT' names a genre, not an issuer
    by_text = {s.text[:12]: s.number for s in doc.sentences}
    drafts = [(by_text["The Executiv"], SentenceDraft(by="South Africa", t=["position"], to=None)),
              (by_text["It is equall"], SentenceDraft(by="South Africa", t=["claim"], to="United States"))]
    _, _, claims = build_items(drafts, doc, book, Run(), voice)
    assert [(book.by_id(c.asserted_by).name, [book.by_id(d).name for d in c.disputed_by]) for c in claims] == [
        ("United States", ["South Africa"]), ("United States", ["South Africa"])]


def test_a_sentence_that_rejects_such_claims_answers_the_one_before() -> None:
    from summariser.claim_cues import answers_what_was_said

    assert answers_what_was_said("It is unacceptable for such claims to be used to justify the killing of civilians.")
    assert answers_what_was_said("This is not so.")
    assert not answers_what_was_said("Such claims were discussed at length in the Council.")


def test_described_as_is_a_speaking_verb() -> None:
    from summariser.attribution import attribution

    assert attribution("Even the Prime Minister of Israel has described the deaths as a tragic accident.") == (
        True, "Even the Prime Minister of Israel has ")
    assert attribution("The deaths were described as a tragic accident.")[0] is False


def test_reports_attributed_to_officials_that_a_speaker_denies_are_their_claim_and_ask_nothing() -> None:
    text = ("Ministry of Foreign Affairs of the State of Qatar\n\n"
            "Dr. Majed Al-Ansari, the Official Spokesperson, said the mediation was suspended.\n\n"
            "Regarding reports, attributed to American officials, that Doha had agreed to ask the leaders of the "
            "movement to leave the country, he affirmed that these reports are likewise inaccurate.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Qatar", kind="state", acts_for=None),
                              PartyDraft(name="Dr. Majed Al-Ansari", kind="person", acts_for="Qatar"),
                              PartyDraft(name="United States of America", kind="state", acts_for=None), voice="Qatar")
    number = doc.sentences[-1].number
    assert named_speakers(doc, book, voice)[number].name == "Majed Al-Ansari"  # '..., he affirmed that'
    _, requests, claims = build_items([(number, SentenceDraft(by="Qatar", t=["claim"], to="Qatar"))],
                                      doc, book, Run(), voice)
    assert requests == []  # the asking is inside the claim denied
    assert [book.by_id(c.asserted_by).name for c in claims] == ["United States of America"]


def test_a_second_clause_whose_subject_is_a_bare_title_is_the_same_speaker() -> None:
    from summariser.speakers import second_speaker

    text = ("UNITED NATIONS, March 11 -\n\nUkraine's envoy, Sergiy Kyslytsya, spoke first.\n\n"
            "Taking the floor again, Nebenzia said Western delegations had not answered, and the envoy signalled "
            "that Moscow would pursue the matter further.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Vassily Nebenzia", kind="person", acts_for="Russia"),
                          PartyDraft(name="Ukraine's envoy Sergiy Kyslytsya", kind="person", acts_for="Ukraine"),
                          voice=None)
    nebenzia = next(p for p in book.parties if p.name == "Vassily Nebenzia")
    assert second_speaker(doc, doc.sentences[-1].number, book, {nebenzia.id}) is None


WIRE = ("BANGKOK/PHNOM PENH, July 24 (Reuters) - Thai jets struck Cambodian targets, the Thai army said.\n\n"
        "Cambodia's defence ministry gave a sharply different account. Thai soldiers had broken an earlier "
        "understanding by pushing towards Cambodian positions.\n\n"
        "Thai forces were on alert along the border.\n\n"
        "\"We must proceed with care and in line with international law,\" Thai Prime Minister Phumtham said.\n")


def test_the_lines_after_a_different_account_are_that_sides_to_the_paragraphs_end() -> None:
    doc, book, _ = parsed(WIRE, PartyDraft(name="Thailand", kind="state", acts_for=None),
                          PartyDraft(name="Cambodia", kind="state", acts_for=None), voice=None)
    speakers = named_speakers(doc, book)
    said = {s.text[:12]: speakers.get(s.number) for s in doc.sentences}
    assert said["Thai soldier"].name == "Cambodia"
    assert "Thai forces " not in said or said["Thai forces "] is None  # a new paragraph: the reporter's again


def test_we_must_binds_the_speakers_own_side_and_asks_nobody() -> None:
    from summariser import cues

    assert cues.own_resolve('"We must proceed with care and in line with international law," he told reporters.')
    assert not cues.own_resolve("We must insist that Israel allow aid in, and we urge Egypt to open the crossing.")
    assert not cues.own_resolve("Israel must allow aid in.")


def test_a_persons_state_the_model_left_out_is_added_from_the_lead_in() -> None:
    text = WIRE + "\nMalaysian Prime Minister Anwar Ibrahim said he would speak to both leaders.\n"
    doc, book, _ = parsed(text, PartyDraft(name="Thailand", kind="state", acts_for=None),
                          PartyDraft(name="Cambodia", kind="state", acts_for=None),
                          PartyDraft(name="Anwar Ibrahim", kind="person", acts_for=None), voice=None)
    named_speakers(doc, book)
    anwar = next(p for p in book.parties if p.name == "Anwar Ibrahim")
    assert book.by_id(anwar.affiliation).name == "Malaysia"


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
    doc, book, voice = parsed(text, PartyDraft(name="Canada", kind="state", acts_for=None),
                              PartyDraft(name="Iran", kind="state", acts_for=None),
                              PartyDraft(name="Mahsa Amini", kind="person", acts_for="Iran"), voice="Canada")
    number = doc.sentences[-1].number
    _, _, claims = build_items([(number, SentenceDraft(by="Canada", t=["claim"], to="Mahsa Amini"))],
                               doc, book, Run(), voice)
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
    from summariser.pipeline import worth_reading

    text = "Opinion\n\nBy Hugh Todd\nDecember 12, 2023 at 6:00 a.m. EST\n\nVenezuela cannot vote its way to our land.\n"
    at = text.index("December")
    assert not worth_reading(Sentence(4, at, at + 30, "December 12, 2023 at 6:00 a.m."), text)


def test_rebuttal_conventions_of_a_foreign_ministry() -> None:
    from summariser import claim_cues, cues

    assert claim_cues.rebutted_claim("The allegations spread by the Ministry of Foreign Affairs and the leadership of "
                                     "Armenia that Azerbaijan attacked are groundless.") == (
        True, "the Ministry of Foreign Affairs and the leadership of Armenia")
    assert not cues.asks("Equally, the appeals by Yerevan to the Security Council are nothing but an evasion.")
    assert cues.asker_phrase("We urge partners to refrain from statements that repeat the Armenian narrative and "
                             "instead to call on Armenia to stop.") == "We"  # not the words before "to call on"


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
    doc, book, voice = parsed(text, PartyDraft(name="Guyana", kind="state", acts_for=None),
                              PartyDraft(name="Venezuela", kind="state", acts_for=None),
                              PartyDraft(name="Nicolás Maduro", kind="person", acts_for="Venezuela"), voice="Guyana")
    number = doc.sentences[-1].number
    _, requests, _ = build_items([(number, SentenceDraft(by="Nicolás Maduro", t=["request"], to="Guyana"))],
                                 doc, book, Run(), voice)
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
    from summariser import cues, headings
    from summariser.known_parties import person_in

    text = ("Doorstep statement\nby NATO Secretary General Mark Rutte ahead of the meeting of NATO Ministers\n\n"
            "03 Dec. 2024\n\nRussia is becoming more reckless. President Putin claims the launch was a response.\n")
    assert headings.heading_issuer(text) == "NATO Secretary General Mark Rutte"
    assert person_in("President Putin ") == ("Putin", "President")
    assert person_in("The President ") is None
    assert cues.own_resolve("We must do more, and we must do it faster.")


def test_gulf_agency_conventions_hijri_datelines_and_royal_honorifics() -> None:
    from summariser.document import wire_dateline_end
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
    from summariser import claim_cues

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
    assert claim_cues.accused_in(doc.sentences[0].text) == "Ethiopia"  # 'denounced Ethiopia for starting'
