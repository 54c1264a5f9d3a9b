"""Conventions of published readouts and statements met in documents written after the eval set:
each test names the convention and the mistake the pipeline made before it knew it."""

from __future__ import annotations

from summariser import own_asks
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
    from summariser.factual import not_factual

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
    # no charge against the Palestinian Authority; the condemnation is a stance, the line that only tells
    # of a killing is none (stop 44)
    assert claims == [] and [p.evidence[0].quote[:12] for p in positions] == ["We condemn t"]


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
    from summariser.answers import answers_what_was_said

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
    from summariser.clause_speakers import second_speaker

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
    assert own_asks.own_resolve('"We must proceed with care and in line with international law," he told reporters.')
    assert not own_asks.own_resolve("We must insist that Israel allow aid in, and we urge Egypt to open the crossing.")
    assert not own_asks.own_resolve("Israel must allow aid in.")


def test_a_persons_state_the_model_left_out_is_added_from_the_lead_in() -> None:
    text = WIRE + "\nMalaysian Prime Minister Anwar Ibrahim said he would speak to both leaders.\n"
    doc, book, _ = parsed(text, PartyDraft(name="Thailand", kind="state", acts_for=None),
                          PartyDraft(name="Cambodia", kind="state", acts_for=None),
                          PartyDraft(name="Anwar Ibrahim", kind="person", acts_for=None), voice=None)
    named_speakers(doc, book)
    anwar = next(p for p in book.parties if p.name == "Anwar Ibrahim")
    assert book.by_id(anwar.affiliation).name == "Malaysia"
