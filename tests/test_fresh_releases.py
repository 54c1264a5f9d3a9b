"""Conventions of NGO releases, court and military reports met in documents written after the
eval set (stop 23): each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import asking_sides, cues, factual, own_asks
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.name_forms import name_generic_organs
from tests.test_fresh_statements import _last_sentence_items
from tests.test_known_actors import parsed

HRW = ("Saudi Arabia: Killings of Migrants at Border\n\n"
       "(Beirut) - Saudi border guards have shot migrants at close range, Human Rights Watch said in a report "
       "released today. Survivors said guards had asked them which limb they preferred to be shot in.\n\n"
       "Saudi authorities should end any policy of using lethal force against migrants, Human Rights Watch said. "
       "The United States and Germany, which have trained Saudi border forces, should suspend that assistance.\n")
HRW_PARTIES = [("Saudi Arabia", "state", None), ("Human Rights Watch", "international_org", None),
               ("United States", "government_body", None), ("Germany", "government_body", None),
               ("refugees and migrants", "population", None), ("border guards", "non_state_group", None)]


def test_a_bare_organ_the_text_writes_with_one_states_name_is_that_states_body() -> None:
    doc, book, _ = parsed(HRW, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in HRW_PARTIES),
                          voice="Human Rights Watch")
    guards = book.find("border guards")
    assert (guards.name, guards.kind) == ("Saudi border guards", "government_body")  # not a non-state group
    assert book.by_id(guards.affiliation).name == "Saudi Arabia"
    name_generic_organs(book)  # a second pass changes nothing
    assert book.find("Saudi border guards") is guards and guards.aliases == ["border guards"]
    _, book, _ = parsed(HRW.replace("Saudi border", "the border"), *(PartyDraft(name=n, kind=k, acts_for=a)
                        for n, k, a in HRW_PARTIES), voice="Human Rights Watch")
    assert book.find("border guards").affiliation is None  # no state named with them: left as listed


def test_the_state_whose_authorities_should_act_is_asked_and_so_is_each_of_a_list() -> None:
    said = SentenceDraft(by="Human Rights Watch", t=["request"], to="refugees and migrants")
    text = HRW.rsplit(" The United States", 1)[0] + "\n"
    book, (_, requests, _) = _last_sentence_items(text, HRW_PARTIES, said, "Human Rights Watch")
    assert [book.by_id(r.addressee).name for r in requests] == ["Saudi Arabia"]  # not the model's refugees
    book, (_, requests, _) = _last_sentence_items(HRW, HRW_PARTIES, said, "Human Rights Watch")
    assert sorted(book.by_id(r.addressee).name for r in requests) == ["Germany", "United States"]
    assert asking_sides.addressee_phrase("The Iranian government must stop the executions") == "The Iranian government"


def test_a_question_put_to_someone_is_no_request() -> None:
    assert not cues.asks("Survivors said guards had asked them which limb they preferred to be shot in.")
    assert not cues.asks("Asked about the strike, the spokesman said it was lawful.")
    assert not cues.asks("He asked whether the talks would resume.")
    assert cues.asks("She asked Israel to let the convoys in.")
    assert cues.plainly_asks("She asked Israel to let the convoys in.")


def test_a_states_rulers_in_its_foes_polemic_are_the_state() -> None:
    from summariser.gazetteer import actor_meant

    assert actor_meant("the south Korean puppet warmongers").name == "South Korea"  # KCNA's wording
    assert actor_meant("South Korean puppets").name == "South Korea"
    assert actor_meant("Houthi warmongers") is None  # a group's fighters stay the group's, not a state


def test_a_closing_background_section_is_the_publishers_not_read_for_stances() -> None:
    from summariser.document import split_sentences
    from summariser.reading import worth_reading

    text = ("Foreign Minister speaks by telephone with Azerbaijani Foreign Minister Bayramov\n\n"
            "The Foreign Minister made clear to her counterpart that the operation must stop at once.\n\n"
            "Background:\nAzerbaijan launched military operations in Nagorno-Karabakh on 19 September 2023. "
            "Traffic on the Lachin corridor had been restricted since December 2022.\n")
    read = [s.text[:20] for s in split_sentences(text) if worth_reading(s, text)]
    assert read == ["The Foreign Minister"]  # neither the label's sentence nor the one after it
    about = text.replace("Background:", "About Amnesty International")
    assert [s.text[:20] for s in split_sentences(about) if worth_reading(s, about)] == read


def test_in_a_calls_readout_a_rejected_argument_is_the_other_sides_claim() -> None:
    from summariser import headings

    text = ("Foreign Minister Baerbock speaks by telephone with Azerbaijani Foreign Minister Bayramov\n\n"
            "Federal Foreign Minister Annalena Baerbock spoke by telephone today with Jeyhun Bayramov. "
            "The Foreign Minister rejected the argument that the operation was a purely internal matter.\n")
    assert headings.counterpart_in(text) == "Azerbaijani Foreign Minister Bayramov"
    drafts = [("Annalena Baerbock", "person", "Germany"), ("Jeyhun Bayramov", "person", "Azerbaijan"),
              ("Germany", "state", None), ("Azerbaijan", "state", None), ("Armenia", "state", None)]
    said = SentenceDraft(by="Annalena Baerbock", t=["claim"], to="Armenia")
    book, (_, _, claims) = _last_sentence_items(text, drafts, said, "Germany")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Jeyhun Bayramov"]  # not the model's Armenia
    assert [book.by_id(p).name for p in claims[0].disputed_by] == ["Annalena Baerbock"]


def test_a_charge_told_to_the_other_leader_on_a_ministrys_word_accuses_whom_it_names() -> None:
    from summariser import claim_cues
    from summariser.attribution import attribution
    from summariser.procedural import procedural

    said = ("He informed the French President that, according to the Russian Defence Ministry, units under Kiev's "
            "command had struck the plant's site.")
    assert claim_cues.charged_act(said) == "units under Kiev's command had struck the plant's site."  # not Russia's act
    assert claim_cues.charged_act("Armenia told reporters Azerbaijani troops had fired on its posts.") == \
        "Azerbaijani troops had fired on its posts."
    assert procedural("The situation in Ukraine more broadly was also touched upon.")  # a Kremlin readout's line
    assert attribution("Emmanuel Macron shared his assessments of the situation around the plant.")[0]


def test_the_countries_concerned_are_each_state_asked_and_a_pseudo_cleft_names_whom_it_binds() -> None:
    text = ("Foreign Ministry Spokesperson Lin Jian's Remarks on the Cyberattack Accusations\n\n"
            "China has lodged protests with the UK and made its dissatisfaction known to the US and New Zealand. "
            "We urge the countries concerned to stop smearing China.\n")
    drafts = [("Lin Jian", "person", "China"), ("China", "state", None), ("UK", "state", None),
              ("US", "state", None), ("New Zealand", "state", None)]
    said = SentenceDraft(by="Lin Jian", t=["request"], to="UK")
    book, (_, requests, _) = _last_sentence_items(text, drafts, said, "China")
    assert sorted(book.by_id(r.addressee).name for r in requests) == ["New Zealand", "UK", "US"]
    assert asking_sides.addressee_phrase("What Washington should do is reflect on its own conduct.") == "Washington"
    assert asking_sides.addressee_phrase("What matters is that talks resume.") is None


COE = ("Secretary General\nStrasbourg 22/03/2021\n\n"
       "Secretary General calls on Turkey to reconsider its withdrawal from the Istanbul Convention\n\n"
       "Council of Europe Secretary General Marija Pejcinovic Buric made the following statement:\n\n"
       "\"I have taken note of the statement by the Turkish Presidency's Directorate of Communications. "
       "These claims are misleading. I call on the Turkish authorities to reverse this decision.\"\n")


def test_a_named_official_who_made_the_following_statement_issues_it_under_a_bare_heading() -> None:
    from summariser.procedural import procedural

    doc, book, voice = parsed(COE, PartyDraft(name="Secretary General", kind="government_body", acts_for="Turkey"),
                              PartyDraft(name="Turkey", kind="state", acts_for=None),
                              PartyDraft(name="Council of Europe", kind="international_org", acts_for=None),
                              PartyDraft(name="Turkish Presidency's Directorate of Communications",
                                         kind="non_state_group", acts_for=None), voice="Turkey")
    assert voice.name == "Marija Pejcinovic Buric"  # not Turkey, nor a state the text lists
    assert book.by_id(voice.affiliation).name == "Council of Europe"
    assert "the Council" not in voice.aliases  # the body's short name is no alias of its official
    directorate = book.find("Turkish Presidency's Directorate of Communications")
    assert (directorate.kind, book.by_id(directorate.affiliation).name) == ("government_body", "Turkey")
    assert procedural("Council of Europe Secretary General Marija Pejcinovic Buric made the following statement:")


def test_a_wires_reporters_and_editors_are_no_parties() -> None:
    from summariser.background import named_only_in_credits
    from summariser.schema import Party

    text = ("Pakistan says it shot down two Indian jets\n\nBy Farah Qureshi and Rohit Menon\n\n"
            "ISLAMABAD, Feb 27 (Reuters) - Pakistan said it had shot down two Indian aircraft.\n\n"
            "(Reporting by Farah Qureshi in Islamabad; Editing by Alex Richardson)\n")
    reporter = Party(id="p1", name="Farah Qureshi", kind="person", affiliation="p2")
    assert named_only_in_credits(reporter, text)
    assert not named_only_in_credits(reporter, text + "Farah Qureshi said the army had denied it.\n")
    assert not named_only_in_credits(Party(id="p2", name="Pakistan", kind="state"), text)


def test_the_first_named_of_a_list_that_urges_is_the_requester() -> None:
    from summariser import joint

    assert joint.first_named_subject("The United States, China, Britain and the European Union have also urged "
                                     "New Delhi and Islamabad to step back.") == "The United States"
    assert joint.first_named_subject("The Secretary and the Foreign Minister discussed trade.") == "The Secretary"


def test_a_person_listed_by_a_post_in_a_party_body_takes_the_name_set_before_the_post() -> None:
    text = ("MINISTRY OF UNIFICATION\n\nNorth Korea detonated explosives on the inter-Korean roads today. "
            "In a series of statements, Kim Yo Jong, Vice Department Director of the Central Committee of the "
            "Workers' Party of Korea, insisted that drones had been launched by the ROK military.\n")
    _, book, _ = parsed(text, PartyDraft(name="Korea", kind="state", acts_for=None),
                        PartyDraft(name="North Korea", kind="state", acts_for=None),
                        PartyDraft(name="Vice Department Director of the Central Committee of the Workers' Party "
                                        "of Korea", kind="person", acts_for="Korea"), voice="Korea")
    kim = book.find("Kim Yo Jong")
    assert kim is not None and kim.title.startswith("Vice Department Director of the Central Committee")
    assert book.by_id(kim.affiliation).name == "North Korea"  # the Workers' Party's, not the South the model said
    assert "Central Committee" not in [p.name for p in book.parties]  # no person named after the body


def test_they_after_the_members_of_a_body_are_that_body_and_an_event_at_a_place_charges_nobody_there() -> None:
    text = ("Security Council Press Statement on Terrorist Attacks in Abu Dhabi\n\n"
            "The members of the Security Council condemned the attacks in Abu Dhabi. "
            "They urged all States to cooperate with the Government of the United Arab Emirates.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                              PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                              PartyDraft(name="United Arab Emirates", kind="state", acts_for=None),
                              voice="Security Council")
    from summariser.speakers import named_speakers

    speakers = named_speakers(doc, book, voice)
    assert [p.name for p in speakers.values()] == ["Security Council", "Security Council"]
    from summariser.targets import EVENT_AT_PLACE

    assert EVENT_AT_PLACE.match("The attack in Abu Dhabi, which struck a fuel depot, killed three civilians.")


def test_a_caution_against_asks_and_the_below_is_attributable_reports_nothing() -> None:
    from summariser.procedural import procedural

    assert cues.asks("He cautioned the Foreign Minister against any Russian attempt to stage a provocation.")
    assert cues.asks("He pressed Foreign Minister Lavrov for a substantive reply.")
    assert not cues.asks("The army warned that it would respond with force.")
    assert procedural("The below is attributable to Spokesperson Ned Price:")


def test_a_well_known_state_whose_act_is_condemned_is_accused_though_the_model_left_it_out() -> None:
    from summariser import accusations

    assert accusations.accused_in("We condemn Iran's transfers of unmanned aerial vehicles to Russia.") == "Iran"
    text = ("G7 Foreign Ministers' Communique\n\nWe condemn Russia's war of aggression against Ukraine. "
            "We condemn Iran's transfers of unmanned aerial vehicles to Russia.\n")
    said = SentenceDraft(by="G7 Foreign Ministers", t=["claim"], to="China")
    drafts = [("G7 Foreign Ministers", "international_org", None), ("Russia", "state", None), ("China", "state", None)]
    book, (_, _, claims) = _last_sentence_items(text, drafts, said, "G7 Foreign Ministers")
    assert [book.by_id(p).name for c in claims for p in c.disputed_by] == ["Iran"]  # not the model's China


def test_an_honorific_is_no_title_the_post_after_the_name_is() -> None:
    text = ("Prime Minister's telephone conversation with President of Ukraine\n\n"
            "Prime Minister Shri Narendra Modi spoke on the telephone today with H.E. Mr. Volodymyr Zelenskyy, "
            "President of Ukraine. Mr Ronald Lamola, reiterated that South Africa values its ties.\n")
    _, book, _ = parsed(text, PartyDraft(name="H.E. Mr. Volodymyr Zelenskyy", kind="person", acts_for="Ukraine"),
                        PartyDraft(name="Mr Ronald Lamola", kind="person", acts_for=None),
                        PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="India")
    assert book.find("Volodymyr Zelenskyy").title == "President of Ukraine"  # not 'H.E. Mr.'
    assert book.find("Ronald Lamola").title is None  # 'reiterated that ...' is no post


def test_a_speaker_who_is_asked_makes_no_request_and_asks_no_one_on_its_own_side() -> None:
    assert own_asks.asked_of_speaker("We are being asked to answer questions that come without a single piece of "
                                     "evidence.")
    assert not own_asks.asked_of_speaker("We asked for the test results, the biomaterials and the clinical data.")
    text = ("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow\n\n"
            "We asked for the test results and the clinical data.\n")
    drafts = [("Maria Zakharova", "person", "Russia"), ("Russia", "state", None),
              ("Russian Federation", "state", None), ("Germany", "state", None)]
    said = SentenceDraft(by="Russia", t=["request"], to="Russian Federation")
    book, (_, requests, _) = _last_sentence_items(text, drafts, said, "Russia")
    # the model's 'Russian Federation', listed beside Russia, is the asker's own side: nobody named is asked
    assert [r.addressee for r in requests] == [None]


def test_a_briefing_notes_spokesperson_line_names_the_issuer_and_a_verb_after_a_name_is_no_post() -> None:
    from summariser import headings
    from summariser.posts import post_after

    text = ("Press briefing notes on Georgia\n\n"
            "Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani\nLocation: Geneva\n\n"
            "We are deeply alarmed by the deterioration of the human rights situation in Georgia.\n")
    assert headings.heading_issuer(text) == \
        "Ravina Shamdasani, Spokesperson for the UN High Commissioner for Human Rights"
    assert post_after("Volker Türk", "The High Commissioner, Volker Türk, urges the Georgian authorities to act, "
                                     "he said.") == ""  # what he does, not his post (nor Georgia's)
    assert post_after("Anwar Ibrahim", "Anwar Ibrahim, whose country chairs ASEAN this year, said ...") \
        == "whose country chairs ASEAN this year"
    assert post_after("Gan Yu", "Gan Yu, spokesperson of the China Coast Guard, said ...") \
        == "spokesperson of the China Coast Guard"


def test_thanks_charge_no_one_and_a_states_coast_guard_listed_as_a_group_is_its_body() -> None:
    assert factual.not_factual("We are grateful to the Indian Navy, which, alongside coalition forces, helped "
                                  "bring the surviving crew members to safety.")
    assert not factual.not_factual("The Indian Navy fired on the fishing boat and seized its crew.")
    _, book, _ = parsed("China's coast guard boarded the boats. Philippines says Chinese coast guard behaved "
                        "like pirates.\n", PartyDraft(name="China", kind="state", acts_for=None),
                        PartyDraft(name="Chinese coast guard", kind="non_state_group", acts_for=None),
                        voice=None)
    guard = book.find("Chinese coast guard")
    assert (guard.kind, book.by_id(guard.affiliation).name) == ("government_body", "China")


def test_a_chairmans_statement_of_a_summit_is_the_summits_body() -> None:
    from summariser import headings

    text = ("CHAIRMAN'S STATEMENT\nOF THE 42nd ASEAN SUMMIT\nLabuan Bajo, Indonesia, 10-11 May 2023\n\n"
            "The Leaders met.\n")
    assert headings.heading_issuer(text) == "ASEAN"  # not a person named 'CHAIRMAN'S'
    assert headings.heading_genre(text) == "statement"


def test_a_person_with_no_side_serves_the_state_or_body_the_title_beside_the_name_names() -> None:
    text = ("The attack, backed by official Belgrade, has been denied by Serbian President Aleksandar Vucic. "
            "On the instructions of the President of the Republic, Nicolas Maduro Moros, PDVSA will act before "
            "the courts of the United States.\n")
    _, book, _ = parsed(text, PartyDraft(name="Aleksandar Vucic", kind="person", acts_for=None),
                        PartyDraft(name="Nicolas Maduro Moros", kind="person", acts_for=None),
                        PartyDraft(name="Serbia", kind="state", acts_for=None),
                        PartyDraft(name="United States", kind="state", acts_for=None), voice=None)
    assert book.by_id(book.find("Aleksandar Vucic").affiliation).name == "Serbia"
    assert book.find("Nicolas Maduro Moros").affiliation is None  # the clause after his name is no post


def test_in_a_calls_readout_a_request_that_names_nobody_asks_the_one_called_and_namesakes_are_one() -> None:
    from summariser import headings

    text = ("PRESIDENCY OF THE REPUBLIC OF TURKIYE\n\nPresident Erdogan holds phone call with President Putin of "
            "Russia\n\nPresident Recep Tayyip Erdogan held a phone call with President Vladimir Putin. "
            "President Erdogan said the initiative had shown that diplomacy works. "
            "He called for the corridor to be reopened without delay.\n")
    assert headings.counterpart_in(text) == "President Putin of Russia"
    drafts = [("President Erdogan", "person", "Turkey"), ("President Recep Tayyip Erdogan", "person", "Turkey"),
              ("President Putin", "person", "Russia")]
    said = SentenceDraft(by="President Erdogan", t=["request"], to=None)
    book, (_, requests, _) = _last_sentence_items(text, drafts, said, "Turkey")
    assert [book.by_id(r.addressee).name for r in requests] == ["Vladimir Putin"]
    assert [p.name for p in book.parties if p.kind == "person"].count("Recep Tayyip Erdogan") == 1


def test_a_spokesman_relaying_his_presidents_words_gives_them_to_the_president() -> None:
    from summariser.speakers import named_speakers

    text = ("PRESIDENCY OF THE ARAB REPUBLIC OF EGYPT\n\nPresident El-Sisi Holds Talks with Turkish President\n\n"
            "The Spokesman for the Presidency, Ambassador Ahmed Fahmy, stated that the talks were held today. "
            "The Spokesman stated that President El-Sisi affirmed Egypt's firm position rejecting displacement. "
            "The President warned of the consequences of any military operation in Rafah.\n")
    doc, book, voice = parsed(text, PartyDraft(name="President Abdel Fattah El-Sisi", kind="person", acts_for="Egypt"),
                              PartyDraft(name="President Recep Tayyip Erdogan", kind="person", acts_for="Turkey"),
                              PartyDraft(name="Ahmed Fahmy", kind="person", acts_for="Egypt"),
                              PartyDraft(name="Egypt", kind="state", acts_for=None), voice="Egypt")
    said = {s.text[:20]: p.name for s, p in ((doc.sentence(n), p) for n, p in named_speakers(doc, book, voice).items())
            if p is not None}
    assert said["The Spokesman stated"] == "Abdel Fattah El-Sisi"  # not the spokesman who relays him
    assert said["The President warned"] == "Abdel Fattah El-Sisi"
