"""Conventions met in documents written after the eval set (stop 46): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues, cues, joint, rebuttals
from summariser.addressees import asker_named
from summariser.asking_sides import addressee_phrase
from summariser.attribution import attribution
from summariser.background import not_an_actor
from summariser.claimants import claim_told
from summariser.clause_speakers import answered_accounts, nobody_acts
from summariser.denials import mark_denials
from summariser.drafts import PartyDraft
from summariser.kinds import settle_kinds
from summariser.naming import speaker_in
from summariser.party_sides import sides
from summariser.schema import ContestedClaim, Evidence, Party
from summariser.speakers import named_speakers
from summariser.targets import only_the_source
from tests.test_known_actors import parsed

AFP_CLASH = ("Armenia, Azerbaijan trade blame as border clashes kill dozens\n\n"
             "YEREVAN, Sept 13, 2022 (AFP) -\n\n"
             "Armenia's defence ministry said Azerbaijani forces had opened fire shortly after midnight. "
             "In Washington, Secretary of State Antony Blinken called for an immediate end to hostilities. "
             "The two ex-Soviet neighbours fought wars over Nagorno-Karabakh in the 1990s and again in 2020, "
             "when six weeks of fighting that claimed more than 6,500 lives ended with a Russian-brokered truce "
             "that saw Armenia cede swathes of territory.\n")


def test_a_war_that_claimed_lives_is_no_speaker() -> None:
    # AFP clash: '... fighting that claimed more than 6,500 lives ...' read 'claimed' as a speaking verb,
    # so the report's closing background went to the last speaker (Blinken) as his position
    assert attribution("Six weeks of fighting that claimed more than 6,500 lives ended with a truce.") == (False, "")
    assert attribution("The blast claimed the lives of two children.") == (False, "")
    assert attribution("Russia claimed that civilian lives were lost.")[0]
    assert attribution("Kyiv claimed to have saved many lives.")[0]
    doc, book, voice = parsed(AFP_CLASH, PartyDraft(name="Armenia", kind="state", acts_for=None),
                              PartyDraft(name="Azerbaijan", kind="state", acts_for=None),
                              PartyDraft(name="Antony Blinken", kind="person", acts_for="United States"))
    background = doc.sentences[-1]
    assert background.text.startswith("The two ex-Soviet neighbours")
    assert background.number not in named_speakers(doc, book, voice)


def test_a_report_line_about_the_two_neighbours_is_its_own_narrative() -> None:
    # the same line names Armenia later ('saw Armenia cede'), so it was not taken for the reporter's narrative
    doc, book, _voice = parsed(AFP_CLASH, PartyDraft(name="Armenia", kind="state", acts_for=None),
                               PartyDraft(name="Azerbaijan", kind="state", acts_for=None))
    side = sides(book.parties)
    assert nobody_acts(doc.sentences[-1].text, book, side)
    assert nobody_acts("Both countries accuse each other of shelling villages.", book, side)
    assert not nobody_acts("Armenia has closed its border crossings for a week.", book, side)


def test_a_charge_whose_accused_the_next_sentence_says_denied_it_is_denied() -> None:
    # G7 on Sudan: 'We condemn ... killings ..., which have been credibly attributed to the RSF ... We note
    # that the RSF leadership has denied responsibility for these atrocities' left the charge an allegation
    charge = "We condemn the killings in West Darfur, which have been credibly attributed to the RSF."
    text = f"{charge} We note that the RSF leadership has denied responsibility for these atrocities."
    parties = [Party(id="p1", name="G7", kind="international_org"),
               Party(id="p2", name="Rapid Support Forces", kind="non_state_group", aliases=["RSF"])]

    def status(text: str) -> str:
        claim = ContestedClaim(id="cc1", claim="the RSF killed civilians", asserted_by="p1", disputed_by=["p2"],
                               status="allegation", evidence=[Evidence(quote=charge, start=0, end=len(charge))])
        mark_denials([claim], [claim], parties, text)
        return claim.status

    assert status(text) == "denied"
    assert status(f"{charge} The RSF has denied any involvement.") == "denied"
    assert status(f"{charge} We note that the RSF leadership has promised an inquiry.") == "allegation"


def test_a_plural_possessives_demands_ask_nothing() -> None:
    # HRW on Bangladesh: '"The Bangladesh government answered students' demands with bullets ...," said
    # Elaine Pearson' was a demand of Bangladesh's, made of Human Rights Watch
    line = ("\"The Bangladesh government answered students' demands with bullets and then switched off the "
            "internet,\" said Elaine Pearson.")
    assert not cues.plainly_asks(line)
    assert not cues.plainly_asks("The protesters\u2019 demands were ignored.")
    assert cues.plainly_asks("The students demand that the government restore the internet.")


def test_a_duty_laid_on_an_organisations_department_asks_the_organisation() -> None:
    # the same release: 'The UN Department of Peace Operations ... should ensure that no personnel implicated
    # in abuses are deployed' was only a position: the listed 'United Nations' is not written there
    text = ("Bangladesh: Security Forces Fire on Student Protesters\n\nHuman Rights Watch said today that the "
            "killings must be investigated. The UN Department of Peace Operations, which relies heavily on "
            "Bangladeshi troops, should ensure that no personnel implicated in abuses are deployed.\n")
    _doc, book, voice = parsed(text, PartyDraft(name="Human Rights Watch", kind="non_state_group", acts_for=None),
                               PartyDraft(name="Bangladesh", kind="state", acts_for=None),
                               PartyDraft(name="United Nations", kind="international_org", acts_for=None))
    hrw, un = book.find("Human Rights Watch"), book.find("United Nations")
    assert hrw is not None and un is not None
    line = ("The UN Department of Peace Operations, which relies heavily on Bangladeshi troops, should ensure "
            "that no personnel implicated in abuses are deployed.")
    settled = settle_kinds(["position"], None, hrw, line, book, sides(book.parties), voice)
    assert "request" in settled.kinds
    assert settled.other_id == un.id


def test_a_states_formations_name_the_state() -> None:
    # Kremlin readout: 'The Russian side drew attention to the continuing shelling ... by Ukrainian
    # formations using Western-supplied weapons' was a position only: 'Ukrainian formations' named nobody
    kyiv = Party(id="p5", name="Kyiv", kind="state")
    assert speaker_in("by Ukrainian formations", [kyiv]) is kyiv
    assert speaker_in("Ukrainian armed formations", [kyiv]) is kyiv
    assert speaker_in("Ukrainian servicemen", [kyiv]) is kyiv
    assert speaker_in("Ukrainian grain", [kyiv]) is None
    text = ("Telephone conversation with Federal Chancellor of Germany Olaf Scholz\n\n"
            "The Russian side drew attention to the continuing shelling of peaceful towns and villages in Russian "
            "border regions by Ukrainian formations using Western-supplied weapons. Kyiv has rejected talks.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Russian side", kind="state", acts_for="Russia"),
                               PartyDraft(name="Kyiv", kind="state", acts_for=None),
                               PartyDraft(name="Olaf Scholz", kind="person", acts_for="Germany"))
    russia, accused = book.find("Russian side"), speaker_in("Kyiv", book.parties)
    assert russia is not None and accused is not None
    assert doc.sentences[1].text.startswith("The Russian side drew attention")
    settled = settle_kinds(["claim"], accused, russia, doc.sentences[1].text, book, sides(book.parties), voice)
    assert "claim" in settled.kinds and settled.other_id == accused.id


def test_a_duty_reported_without_that_names_whom_it_binds() -> None:
    # AP drone: 'the envoy said Washington should stop flights near Russia's borders' asked nobody
    assert addressee_phrase("the envoy said Washington should stop flights near Russia's borders") == "Washington"
    assert addressee_phrase("The President stressed that Tehran must meet its obligations") == "Tehran"
    assert addressee_phrase("He said the talks should continue next month") is None


READOUT = ("Secretary Blinken's Call with Philippine Secretary of Foreign Affairs Manalo\n\n"
           "Secretary of State Antony J. Blinken spoke today with Philippine Secretary of Foreign Affairs Enrique "
           "Manalo. Secretary Manalo described how China Coast Guard personnel surrounded, rammed and boarded "
           "Philippine Navy boats. The Secretary condemned the escalatory and dangerous conduct of the People's "
           "Republic of China, which he said had deliberately obstructed the Philippines' freedom of navigation. "
           "He noted that Beijing has claimed the Philippine vessels \"illegally intruded\" into Chinese waters.\n")


def settled_in(text: str, drafts: list[PartyDraft], speaker: str, said: list[str],
               line: str) -> tuple[list[str], str | None, str | None]:
    """What `settle_kinds` makes of `line` said by `speaker` in `text`: the kinds, the other side's
    name and the claimant's name."""
    _doc, book, voice = parsed(text, *drafts)
    holder = book.find(speaker)
    assert holder is not None
    settled = settle_kinds(said, None, holder, line, book, sides(book.parties), voice)
    other = book.by_id(settled.other_id) if settled.other_id else None
    return settled.kinds, other.name if other else None, settled.claimant.name if settled.claimant else None


def readout_kinds(said: list[str], line: str, speaker: str) -> tuple[list[str], str | None, str | None]:
    drafts = [PartyDraft(name="Antony J. Blinken", kind="person", acts_for="United States"),
              PartyDraft(name="Enrique Manalo", kind="person", acts_for="Philippines"),
              PartyDraft(name="China", kind="state", acts_for=None),
              PartyDraft(name="Philippines", kind="state", acts_for=None)]
    return settled_in(READOUT, drafts, speaker, said, line)


def test_an_account_described_is_the_describers_charge() -> None:
    # State Department readout: 'Secretary Manalo described how China Coast Guard personnel surrounded, rammed
    # and boarded ...' was Blinken's claim against Manalo ('described how' was no speaking verb)
    told = "China Coast Guard personnel surrounded, rammed and boarded Philippine Navy boats."
    line = f"Secretary Manalo described how {told}"
    assert attribution(line) == (True, "Secretary Manalo ")
    assert claim_cues.charged_act(line) == told
    assert attribution("The video shows how troops described the area.") == (False, "")
    kinds, other, _ = readout_kinds(["position", "claim"], line, "Enrique Manalo")
    assert "claim" in kinds and other == "China"


def test_a_deed_told_in_a_relative_clause_is_its_antecedents() -> None:
    # the same readout: '... the conduct of the People's Republic of China, which he said had deliberately
    # obstructed the Philippines' freedom of navigation' charged the Philippines (the first name after 'said')
    line = ("The Secretary condemned the escalatory and dangerous conduct of the People's Republic of China, which "
            "he said had deliberately obstructed the Philippines' freedom of navigation.")
    kinds, other, _ = readout_kinds(["claim"], line, "Antony J. Blinken")
    assert "claim" in kinds and other == "China"


def test_a_claim_the_speaker_notes_another_has_made_is_the_others() -> None:
    # the same readout: 'He noted that Beijing has claimed the Philippine vessels "illegally intruded" ...' was
    # Blinken's own charge against China
    line = "He noted that Beijing has claimed the Philippine vessels \"illegally intruded\" into Chinese waters."
    assert claim_told(line) == "Beijing"
    assert claim_told("He noted that the talks had been useful.") is None
    _, _, claimant = readout_kinds(["claim"], line, "Antony J. Blinken")
    assert claimant == "China"


BRIEFING = ("Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on July 12, 2024\n\n"
            "Lin Jian: China's national defense policy is defensive in nature. It is Japan that has in recent years "
            "drastically increased its defense budget. We do not accept the so-called protest by the Japanese side.\n")


def briefing_settled(said: list[str], line: str) -> tuple[list[str], str | None, str | None]:
    drafts = [PartyDraft(name="Lin Jian", kind="person", acts_for="China"),
              PartyDraft(name="China", kind="state", acts_for=None),
              PartyDraft(name="Japan", kind="state", acts_for=None)]
    return settled_in(BRIEFING, drafts, "Lin Jian", said, line)


def test_a_deed_a_cleft_lays_on_another_side_is_a_charge() -> None:
    # China MFA: 'It is Japan that has in recent years drastically increased its defense budget ...' was a
    # position only (no verb of the charged-act list)
    kinds, other, _ = briefing_settled(["position"], "It is Japan that has in recent years drastically "
                                                     "increased its defense budget.")
    assert "claim" in kinds and other == "Japan"
    assert "claim" not in briefing_settled(["position"], "It is Japan that should reflect on its history.")[0]


def test_a_protest_not_accepted_is_the_protesters_claim_denied() -> None:
    # the same briefing: 'We do not accept the so-called protest by the Japanese side.' was China's charge
    # against Japan; the protest is Japan's claim, which China rejects
    line = "We do not accept the so-called protest by the Japanese side."
    assert rebuttals.rebutted_claim(line) == (True, "the Japanese side")
    assert not claim_cues.denies("We will not accept any attempt to change the status quo.")
    _, _, claimant = briefing_settled(["claim"], line)
    assert claimant == "Japan"


def test_our_embassy_asks_for_the_voice() -> None:
    # Russian MFA comment: 'Our embassy in Germany has repeatedly proposed professional dialogue ...' was a
    # proposal of Germany's, made to the spokeswoman
    text = ("Comment by Foreign Ministry Spokeswoman Maria Zakharova on Berlin's accusations\n\n"
            "We categorically reject these accusations. Our embassy in Germany has repeatedly proposed professional "
            "dialogue between the relevant agencies.\n")
    _doc, book, voice = parsed(text, PartyDraft(name="Maria Zakharova", kind="person", acts_for="Russia"),
                               PartyDraft(name="Germany", kind="state", acts_for=None), voice="Maria Zakharova")
    assert voice is not None
    book.voice = voice  # (as the pipeline sets it)
    line = "Our embassy in Germany has repeatedly proposed professional dialogue between the relevant agencies."
    assert asker_named(line, book) is voice


REUTERS_ROW = ("Mali and Sahel allies recall envoys from Algeria after drone is shot down\n\n"
               "ALGIERS/BAMAKO, April 7 (Reuters) - Mali and its two military-led neighbours, Niger and Burkina Faso, "
               "recalled their ambassadors from Algeria on Sunday.\n\n"
               "Algeria's defence ministry said its air defences had destroyed an armed reconnaissance drone after it "
               "entered Algerian airspace.\n\n"
               "Mali's transitional government disputes that account. In a statement read on state television, it "
               "said the wreckage had been found 9.5 km south of the border, inside Malian territory.\n\n"
               "The two countries share a border of more than 1,300 km.\n")


def test_an_account_that_disputes_another_is_told_by_its_side() -> None:
    # Reuters row: 'recalled their ambassadors' was a speaking verb, 'disputes that account' none, so 'it said
    # the wreckage had been found ... inside Malian territory' was Algeria's (the last body that spoke), a claim
    # against Mali; and 'The two countries share a border' was Mali's position (the first of the pair)
    assert attribution("Mali and its neighbours recalled their ambassadors from Algeria on Sunday.") == (False, "")
    assert attribution("He recalled that the treaty was signed in 1990.")[0]
    assert attribution("Mali's transitional government disputes that account.")[0]
    assert joint.pair_subject("The two countries share a border of more than 1,300 km.") is None
    assert joint.pair_subject("The two leaders agreed to meet again.") == "The two leaders"
    doc, book, voice = parsed(REUTERS_ROW, PartyDraft(name="Mali", kind="state", acts_for=None),
                              PartyDraft(name="Algeria", kind="state", acts_for=None))
    speakers = named_speakers(doc, book, voice)
    said = {s.text[:12]: speakers.get(s.number) for s in doc.sentences if s.number in speakers}
    mali, algeria = book.find("Mali"), book.find("Algeria")
    assert said.get("In a stateme") is mali and said.get("Algeria's de") is algeria
    assert "The two coun" not in said and "ALGIERS/BAMA" not in said
    # the lines of Mali's account answer Algeria's: their claims are disputed by Algeria
    answered = answered_accounts(doc, speakers, book)
    told = next(s for s in doc.sentences if s.text.startswith("In a statement"))
    assert answered == {told.number: algeria}


def test_he_after_remarks_by_anothers_spokesperson_is_that_spokesperson() -> None:
    # Indian MEA: 'We have seen the remarks made yesterday by the spokesperson of the German Foreign Office. He
    # stated that Germany had "taken note" of the arrest ...' gave Germany's words to India's spokesperson
    text = ("Official Spokesperson's response to media queries\n\n"
            "The Official Spokesperson, Shri Randhir Jaiswal, said: We have seen the remarks made yesterday by the "
            "spokesperson of the German Foreign Office. He stated that Germany had taken note of the arrest. We "
            "regard such remarks as interference in our judicial process.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Randhir Jaiswal", kind="person", acts_for="India"),
                              PartyDraft(name="German Foreign Office", kind="government_body", acts_for="Germany"))
    speakers = named_speakers(doc, book, voice)
    stated = next(s for s in doc.sentences if s.text.startswith("He stated"))
    office = book.find("German Foreign Office")
    assert office is not None and speakers[stated.number] is office


def test_an_event_listed_as_a_party_is_no_actor() -> None:
    # Indonesia-Australia joint statement: the model listed 'Terrorist attack in Pahalgam' as a group, and
    # 'The leaders strongly condemned the terrorist attack in Pahalgam' became a charge against it
    assert not_an_actor(Party(id="p8", name="Terrorist attack in Pahalgam", kind="non_state_group"))
    assert not not_an_actor(Party(id="p9", name="Carrier Strike Group", kind="government_body"))
    assert not not_an_actor(Party(id="p10", name="Hamas", kind="non_state_group"))


def test_the_opposition_that_speaks_is_a_side_of_its_own() -> None:
    # EU declaration on Venezuela: 'The opposition, for its part, says that copies of more than 80 percent of the
    # tally sheets ...' was held by Venezuela, the state the model guessed
    text = ("Venezuela: Declaration by the High Representative on behalf of the European Union\n\n"
            "The National Electoral Council has proclaimed Nicolas Maduro the winner. The opposition, for its part, "
            "says that copies of more than 80 percent of the tally sheets show that its candidate won.\n")
    doc, book, voice = parsed(text, PartyDraft(name="European Union", kind="international_org", acts_for=None),
                              PartyDraft(name="Venezuela", kind="state", acts_for=None), voice="European Union")
    says = next(s for s in doc.sentences if s.text.startswith("The opposition"))
    speaker = named_speakers(doc, book, voice)[says.number]
    assert speaker is not None and speaker.name == "opposition" and speaker.kind == "non_state_group"


def test_the_source_of_a_toll_is_not_accused() -> None:
    # EU declaration on Venezuela: 'According to local human rights organisations, more than 2,000 people ...
    # have been arrested' was a charge against the human rights organisations the model listed
    groups = Party(id="p7", name="human rights organisations", kind="non_state_group")
    line = ("According to local human rights organisations, more than 2,000 people, including minors, have been "
            "arrested, and at least 20 have been killed in the context of the protests.")
    assert only_the_source(groups, line)
    assert not only_the_source(groups, "The authorities have raided the offices of human rights organisations.")
    drafts = [PartyDraft(name="European Union", kind="international_org", acts_for=None),
              PartyDraft(name="human rights organisations", kind="non_state_group", acts_for=None)]
    text = f"Declaration by the High Representative on behalf of the European Union\n\n{line}\n"
    assert settled_in(text, drafts, "European Union", ["claim"], line)[1] is None
