"""Conventions met in documents written after the eval set (stop 39): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues, rebuttals
from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.labels import label_in_full
from summariser.sources import continues_no_party, no_party_source
from tests.test_known_actors import parsed


def test_a_name_word_the_text_never_writes_is_left_out() -> None:
    # Nigeria's State House: the model listed 'President Tinubu Umaru' for 'President Bola Ahmed Tinubu'
    text = ("PRESIDENT URGES NEIGHBOURS TO STAY\n\nPresident Bola Ahmed Tinubu has received with concern the "
            "announcement by the three governments. President Tinubu considers these assertions unfounded.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="President Tinubu Umaru", kind="person", acts_for="Nigeria"))
    names = [p.name for p in book.parties]
    assert "Bola Ahmed Tinubu" in names and not any("Umaru" in n for n in names)
    # a name the text writes in full stays as it is
    _doc, book, _voice = parsed(text, PartyDraft(name="Bola Ahmed Tinubu", kind="person", acts_for="Nigeria"))
    assert [p.name for p in book.parties][0] == "Bola Ahmed Tinubu"


def test_an_analyst_named_first_and_her_next_quotation_are_no_party() -> None:
    # a Reuters-style wire: 'Meron Alemu, a Horn of Africa analyst at ... Rift Advisory, said ...' became a
    # position of 'Rift Advisory', and her next quotation ('..., she said') Abiy Ahmed's
    analyst = ("Lena Brandt, a Baltic security analyst at the Riga-based consultancy Northlight, said both "
               "capitals were preparing for a long stand-off.")
    assert no_party_source(analyst)
    assert no_party_source("Ann Lee, a senior fellow at the Lowy Institute, said the talks had stalled.")
    assert not no_party_source("John Kirby, a spokesperson for the National Security Council, said the US "
                               "would respond.")
    opener = '"The rhetoric is running ahead of the diplomacy.'
    closer = 'Without pressure from the Union, a clash on the border is a real risk," she said.'
    assert continues_no_party(closer, [analyst, opener])
    # a party speaking in between ends the analyst's turn
    assert not continues_no_party(closer, [analyst, "The Prime Minister said the army would stay."])
    text = ("Vorland accuses Estmark of massing troops\n\n"
            "Vorland's Prime Minister Ivo Kask on Thursday accused Estmark of massing troops on the border. "
            f"{analyst} {opener} {closer}\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ivo Kask", kind="person", acts_for="Vorland"),
                              PartyDraft(name="Vorland", kind="state", acts_for=None),
                              PartyDraft(name="Estmark", kind="state", acts_for=None),
                              PartyDraft(name="Northlight", kind="media", acts_for=None))
    found = [(2, SentenceDraft(by="Ivo Kask", t=["claim"], to="Estmark")),
             (3, SentenceDraft(by="Northlight", t=["position"], to=None)),
             (4, SentenceDraft(by="Ivo Kask", t=["position"], to=None)),
             (5, SentenceDraft(by="Ivo Kask", t=["position"], to=None))]
    positions, requests, claims = build_items(found, doc, book, Run(), voice)
    assert positions == [] and requests == []
    assert [c.evidence[0].quote[:30] for c in claims] == ["Vorland's Prime Minister Ivo K"]


def test_a_bare_title_label_is_the_person_its_full_label_names() -> None:
    # Pakistan's briefing transcript: 'Spokesperson Mumtaz Zahra Baloch: ...' then 'Spokesperson: We have
    # seen the statement and we reject it.'; every answer went to the ministry, the spokesperson was no party
    text = ("MINISTRY OF FOREIGN AFFAIRS OF VORLAND\n\nTranscript of the Press Briefing by the Spokesperson\n\n"
            "Spokesperson Ilse Varga: Good afternoon. Let me turn to your questions.\n\n"
            "Question: Estmark says your aircraft struck a village. What is your response?\n\n"
            "Spokesperson: We have seen the statement and we reject it. The strike hit a training camp.\n")
    ministry = "Ministry of Foreign Affairs of Vorland"
    doc, book, voice = parsed(text, PartyDraft(name=ministry, kind="government_body", acts_for="Vorland"),
                              PartyDraft(name="Estmark", kind="state", acts_for=None), voice=ministry)
    found = [(7, SentenceDraft(by=ministry, t=["position"], to=None)),
             (8, SentenceDraft(by=ministry, t=["position"], to=None))]
    positions, _, _ = build_items(found, doc, book, Run(), voice)
    spokesperson = book.find("Ilse Varga")
    assert spokesperson is not None and spokesperson.kind == "person" and spokesperson.title == "Spokesperson"
    assert [p.holder for p in positions] == [spokesperson.id, spokesperson.id]  # her turn goes on
    assert "seen the statement" in positions[0].stance and "Spokesperson" not in positions[0].stance  # no label
    # a title two people bear in the labels means neither
    assert label_in_full("Spokesperson", parsed(text.replace("Spokesperson: We", "Spokesperson Ana Ruiz: We"))[1]) \
        is None


def test_the_claim_a_briefing_rebuts_is_the_one_the_question_reported() -> None:
    # Pakistan's briefing: 'Question: The spokesman of the Afghan interim government, Zabihullah Mujahid,
    # has said that Pakistani aircraft bombed civilian homes ...' then 'The claim that civilians were
    # targeted is baseless.' was a claim of the TTP (the model's guess), worded with its rebuttal
    text = ("MINISTRY OF FOREIGN AFFAIRS OF VORLAND\n\nTranscript of the Press Briefing\n\n"
            "Question: The spokesman of the Estmark government, Oleg Rand, has said that Vorland's aircraft bombed "
            "homes in Tarvo. What is your response?\n\n"
            "Spokesperson: We reject it. The strike hit a camp of the Red Hand group. "
            "The claim that civilians were targeted is baseless.\n")
    voice = "Ministry of Foreign Affairs of Vorland"
    doc, book, voice_party = parsed(text, PartyDraft(name=voice, kind="government_body", acts_for="Vorland"),
                                    PartyDraft(name="Estmark government", kind="government_body", acts_for="Estmark"),
                                    PartyDraft(name="Red Hand group", kind="non_state_group", acts_for=None),
                                    voice=voice)
    number = next(s.number for s in doc.sentences if s.text.startswith("The claim that"))
    _, _, claims = build_items([(number, SentenceDraft(by=voice, t=["claim"], to="Red Hand group"))],
                               doc, book, Run(), voice_party)
    assert len(claims) == 1
    assert book.by_id(claims[0].asserted_by).name == "Estmark government"
    assert claims[0].claim == "Civilians were targeted" and claims[0].status == "denied"


def test_an_unowned_assertion_in_a_rebuttal_is_the_other_states() -> None:
    # Mexico's press release: 'The assertion that Mexican exports pose a threat to the national security of
    # the United States is unfounded.' was Mexico's own allegation (the model named Mexico)
    text = ("SECRETARIAT OF FOREIGN AFFAIRS OF VORLAND\n\nVorland rejects tariffs announced by Estmark\n\n"
            "The Government of Vorland rejects the decision of the Estmark Government to impose a tariff on "
            "Vorland steel. The assertion that Vorland steel poses a threat to the security of Estmark is "
            "unfounded. Vorland will defend its interests.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Vorland", kind="state", acts_for=None),
                              PartyDraft(name="Estmark", kind="state", acts_for=None), voice="Vorland")
    number = next(s.number for s in doc.sentences if s.text.startswith("The assertion"))
    _, _, claims = build_items([(number, SentenceDraft(by="Vorland", t=["claim"], to="Vorland"))],
                               doc, book, Run(), voice)
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] == [("Estmark", "denied")]
    # the accusations someone 'has been spreading' are theirs
    assert rebuttals.rebutted_claim("The Ministry rejects the accusations that Ivo Kask and other officials in "
                                     "Tarvo have been spreading for a week, according to which Vorland planned "
                                     "the attack.") == (True, "Ivo Kask")


def test_a_hope_about_a_text_or_an_event_asks_nobody() -> None:
    # Qatar's statement: 'The Ministry ... expresses its hope that the Declaration will be a first step towards
    # a comprehensive peace agreement' was an appeal to the Congo
    assert not cues.plainly_asks("The Ministry expresses its hope that the Declaration will be a first step "
                                 "towards a comprehensive peace agreement.")
    assert not cues.plainly_asks("They hope that the talks will resume soon.")
    assert cues.plainly_asks("The minister expressed the hope that the Government of Sudan will allow access.")
    assert cues.plainly_asks("Vorland hopes Estmark will also take part in the exercises.")


def test_a_name_with_small_words_is_one_person() -> None:
    # Mexico's release: the model's 'Juan Ramón de la Fuente' became an honour ('other'), and 'Foreign
    # Secretary Juan Ramón de la Fuente' a second person, 'Juan Ramón'
    from summariser.people import person_in

    text = ("Foreign Secretary Juan Ramón de la Fuente held a call with Secretary of State Marco Rubio. "
            "During the call, the Foreign Secretary proposed a working group.")
    _doc, book, _voice = parsed(text, PartyDraft(name="Juan Ramón de la Fuente", kind="person", acts_for="Mexico"))
    person = book.find("Juan Ramón de la Fuente")
    assert person is not None and person.kind == "person"
    assert person_in("Foreign Secretary Juan Ramón de la Fuente held") == ("Juan Ramón de la Fuente",
                                                                            "Foreign Secretary")


def test_a_rejected_account_is_its_issuers_claim_and_an_envoy_serves_the_state_of_his_title() -> None:
    # Thailand's release: 'rejects the account issued by the Cambodian Ministry of National Defence, which
    # claimed that Thai soldiers crossed the line and fired first' was a position only; and the model's
    # 'Cambodian Ambassador in Bangkok' acted for Thailand
    from summariser.gazetteer import actor_in_title

    sentence = ("The Ministry categorically rejects the account issued by the Estmark Ministry of Defence, which "
                "claimed that Vorland soldiers crossed the line and fired first.")
    assert rebuttals.rebutted_claim(sentence) == (True, "the Estmark Ministry of Defence")
    assert rebuttals.claimed_content(sentence) == "Vorland soldiers crossed the line and fired first."
    assert actor_in_title("Cambodian Ambassador in Bangkok").name == "Cambodia"
    assert actor_in_title("Ambassador of Cambodia to Thailand").name == "Cambodia"
    assert actor_in_title("Ambassador to Russia").name == "Russia"


def test_whose_acts_must_end_is_the_one_asked() -> None:
    # an Anadolu report: '"Israel's attacks on Gaza must stop immediately. ...," Fidan said.' was asked of Egypt,
    # the model's guess
    from summariser import obliged

    assert obliged.obliged_side("\"Israel's attacks on Gaza must stop immediately.") == "Israel"
    assert obliged.obliged_side("The attacks must stop.") is None
    text = "Vorland condemned the strikes. \"Estmark's strikes on Tarvo must stop at once,\" Vorland said."
    doc, book, voice = parsed(text, PartyDraft(name="Vorland", kind="state", acts_for=None),
                              PartyDraft(name="Estmark", kind="state", acts_for=None),
                              PartyDraft(name="Norvia", kind="state", acts_for=None), voice="Vorland")
    _, requests, _ = build_items([(2, SentenceDraft(by="Vorland", t=["request"], to="Norvia"))], doc, book, Run(),
                                 voice)
    assert [book.by_id(r.addressee).name for r in requests] == ["Estmark"]


def test_a_verdict_on_a_resolution_is_the_speakers_and_what_it_calls_for_is_its_adopters() -> None:
    # Georgia's statement: 'The resolution is based on one-sided and biased information.' was the European
    # Parliament's position, and the resolution's call for sanctions ('..., which calls for sanctions ...')
    # the ministry's own request
    from summariser.addressees import asker_named
    from summariser.referents import TEXT_SAYS

    assert TEXT_SAYS.match("The resolution demands that all parties cease fire.")
    assert not TEXT_SAYS.match("The resolution is based on one-sided and biased information.")
    text = ("Statement of the Ministry of Foreign Affairs of Vorland\n\nThe Ministry expresses its strong "
            "disagreement with the resolution adopted yesterday by the Estmark Assembly, which calls for sanctions "
            "against Vorland officials. The resolution is based on biased information.\n")
    voice = "Ministry of Foreign Affairs of Vorland"
    doc, book, voice_party = parsed(text, PartyDraft(name=voice, kind="government_body", acts_for="Vorland"),
                                    PartyDraft(name="Estmark Assembly", kind="international_org", acts_for=None),
                                    voice=voice)
    clause = doc.sentence(2).text
    asker = asker_named(clause, book)
    assert asker is not None and asker.name == "Estmark Assembly"
    positions, _, _ = build_items([(3, SentenceDraft(by="Estmark Assembly", t=["position"], to=None))],
                                  doc, book, Run(), voice_party)
    assert [book.by_id(p.holder).name for p in positions] == [voice]


def test_it_after_the_government_is_the_government() -> None:
    # Seoul's release: 'The Government urges North Korea to ... It also calls on the international community
    # ...' gave the second request to KCNA, the body that spoke two sentences before
    from summariser.speakers import named_speakers

    text = ("Ministry of Foreign Affairs of Vorland\n\nPress Release\n\nEstmark's state media KTA claimed that the "
            "launch was lawful. The Government rejects this claim. The Government urges Estmark to stop its "
            "provocations. It also calls on the international community to implement the sanctions.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ministry of Foreign Affairs of Vorland",
                                               kind="government_body", acts_for="Vorland"),
                              PartyDraft(name="KTA", kind="media", acts_for=None),
                              PartyDraft(name="Estmark", kind="state", acts_for=None),
                              voice="Ministry of Foreign Affairs of Vorland")
    speakers = named_speakers(doc, book, voice)
    last = doc.sentences[-1]
    assert last.text.startswith("It also calls") and speakers[last.number] is voice
