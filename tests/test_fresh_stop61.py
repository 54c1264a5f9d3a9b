"""Conventions met in documents written after the eval set (stop 61): each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import accusations
from summariser.document import split_sentences
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.headings import counterpart_in
from summariser.naming import speaker_in
from summariser.procedural import procedural
from summariser.schema import Party
from summariser.speakers import named_speakers
from summariser.subjects import refers_to_someone
from summariser.voice import checked_voice
from tests.test_fresh_stop56 import _items
from tests.test_known_actors import parsed


def _speakers(text: str, *drafts: PartyDraft, voice: str | None = None) -> dict[str, str | None]:
    """Who speaks each sentence of `text` (its first 25 characters) that names a speaker."""
    doc, book, said = parsed(text, *drafts, voice=voice)
    speakers = named_speakers(doc, book, said)
    return {s.text[:25]: (p.name if (p := speakers[s.number]) else None) for s in doc.sentences if s.number in speakers}


G20 = ("U.S. says South Africa will not be invited to 2026 G20 summit\n\n"
       "JOHANNESBURG, Nov 27 (Reuters) - South Africa said on Thursday that the U.S. decision was regrettable.\n\n"
       "A spokesperson for China's foreign ministry called on all members to uphold the solidarity of the G20.\n\n"
       "Relations between Washington and Pretoria have deteriorated sharply this year. The Trump administration "
       "has cut aid to South Africa and expelled its ambassador. It has also criticised South Africa's genocide "
       "case against Israel at the International Court of Justice.\n")
G20_PARTIES = (PartyDraft(name="South Africa", kind="state", acts_for=None),
               PartyDraft(name="United States", kind="state", acts_for=None),
               PartyDraft(name="China", kind="state", acts_for=None),
               PartyDraft(name="India", kind="state", acts_for=None),
               PartyDraft(name="Israel", kind="state", acts_for=None),
               PartyDraft(name="Donald Trump", kind="person", acts_for=None))


def test_it_after_a_government_named_for_its_leader_is_that_leaders_state() -> None:
    # 'It has also criticised ...' after 'The Trump administration has cut aid ...' was China's, the last body
    # that spoke
    said = _speakers(G20, *G20_PARTIES)
    assert said["It has also criticised So"] == "United States"


def test_whose_act_is_criticised_is_the_side_a_charge_names() -> None:
    # the model's guess (India, which the sentence does not name) stood as the one accused
    assert accusations.accused_in("It has also criticised South Africa's genocide case against Israel.") \
        == "South Africa"
    assert accusations.accused_in("He criticised Kenya for deploying police officers to Haiti.") == "Kenya"
    assert accusations.accused_in("He criticised the plan.") is None
    book, (_, _, claims) = _items(G20, [("It has also criticised", SentenceDraft(by="South Africa", t=["claim"],
                                                                                   to="India"))], *G20_PARTIES,
                                  voice=None)
    assert [(book.by_id(c.asserted_by).name, [book.by_id(d).name for d in c.disputed_by]) for c in claims] \
        == [("United States", ["South Africa"])]


BRIEFING = ("Press Conference by the Press Secretary\n\n"
            "Phoenix TV: Yesterday the Chinese Foreign Ministry said its oil and gas development in the East China "
            "Sea takes place in waters under undisputed Chinese jurisdiction. What is Japan's view?\n\n"
            "Press Secretary KITAMURA: The boundary in the East China Sea has not yet been delimited. We do not "
            "accept the claim that the area is under undisputed Chinese jurisdiction.\n\n"
            "AFP: The Russian Foreign Ministry has accused Japan of militarising the region. Any comment?\n")


def test_the_claim_a_briefing_rejects_is_the_one_the_question_reported() -> None:
    # 'We do not accept the claim that ...' named Russia (the model's guess) as the claimant, not China, whose
    # words the reporter's question ('Phoenix TV: Yesterday the Chinese Foreign Ministry said ...') told
    book, (_, _, claims) = _items(
        BRIEFING, [("We do not accept", SentenceDraft(by="Russia", t=["claim"], to="Japan"))],
        PartyDraft(name="Japan", kind="state", acts_for=None),
        PartyDraft(name="KITAMURA Toshihiro", kind="person", acts_for="Japan"),
        PartyDraft(name="Russian Foreign Ministry", kind="government_body", acts_for="Russia"),
        PartyDraft(name="Russia", kind="state", acts_for=None), PartyDraft(name="China", kind="state", acts_for=None),
        voice="Japan")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["China"]


QATAR = ("Prime Minister and Minister of Foreign Affairs Receives Phone Call from President of the Democratic "
         "Republic of the Congo\n\n"
         "Doha, December 11, 2025\n\n"
         "His Excellency Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Minister of "
         "Foreign Affairs, received a phone call today from His Excellency Félix Antoine Tshisekedi Tshilombo, "
         "President of the Democratic Republic of the Congo.\n\n"
         "President Tshisekedi briefed His Excellency on the advance of the fighters towards Uvira.\n\n"
         "For his part, His Excellency the Prime Minister noted that the Qatari mediation team had received "
         "communications from the AFC/M23 delegation. He stressed that such mutual accusations underlined the "
         "need for a verification mechanism.\n")
QATAR_PARTIES = (
    PartyDraft(name="Prime Minister and Minister of Foreign Affairs", kind="government_body",
               acts_for="Democratic Republic of the Congo"),
    PartyDraft(name="President Félix Antoine Tshisekedi Tshilombo", kind="person",
               acts_for="Democratic Republic of the Congo"),
    PartyDraft(name="Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani", kind="person",
               acts_for="Democratic Republic of the Congo"),
    PartyDraft(name="State of Qatar", kind="international_org", acts_for=None),
    PartyDraft(name="Democratic Republic of the Congo", kind="state", acts_for=None))


def test_a_heading_that_receives_a_call_from_someone_names_the_other_side() -> None:
    # the model's voice, the caller's state, stood: the Qatari release spoke for the DRC
    assert counterpart_in(QATAR) == "President of the Democratic Republic of the Congo"
    assert counterpart_in("Foreign Minister receives telephone call from Foreign Minister of Oman\n\nText.\n") \
        == "Foreign Minister of Oman"
    doc, book, said = parsed(QATAR, *QATAR_PARTIES, voice="Democratic Republic of the Congo")
    voice = checked_voice(book, said, [s.text for s in doc.sentences])
    assert voice is not None and voice.name == "Qatar"


def test_a_post_written_after_a_listed_name_is_that_person_not_the_tail_of_the_name() -> None:
    # the post, listed apart, became a person 'Jassim Al-Thani' (the words before the post, cut at 'bin')
    _, book, _ = parsed(QATAR, *QATAR_PARTIES, voice="Democratic Republic of the Congo")
    assert book.find("Jassim Al-Thani") is None
    sheikh = book.find("Mohammed bin Abdulrahman bin Jassim Al-Thani")
    assert sheikh is not None and sheikh.title == "Prime Minister and Minister of Foreign Affairs"


def test_an_honorific_before_a_title_is_the_one_with_that_title() -> None:
    # 'For his part, His Excellency the Prime Minister noted' named nobody, and the next 'He' was the President
    said = _speakers(QATAR, *QATAR_PARTIES, voice="Democratic Republic of the Congo")
    assert said["For his part, His Excelle"] == said["He stressed that such mut"] \
        == "Mohammed bin Abdulrahman bin Jassim Al-Thani"


def test_a_places_own_and_a_subjects_own_point_at_no_one_accused() -> None:
    # attacks on shipping were charged to Somalia (the model's guess): 'its revenues' pointed at someone
    assert not refers_to_someone("President El-Sisi pointed out that attacks on commercial shipping had deprived the "
                                 "Suez Canal of a large share of its revenues, and stressed that the security of the "
                                 "Red Sea is the responsibility of its littoral states alone.")
    # 'Egypt ... sees the dam as an existential threat' was a claim against Sudan
    assert not refers_to_someone("Egypt, which depends on the Nile for almost all of its fresh water, sees the dam "
                                 "as an existential threat.")
    assert refers_to_someone("Egypt said its troops had been fired on.")
    assert refers_to_someone("The attacks on the Suez Canal show that they do not care.")


NILE = ("Ethiopia rejects Egyptian charge over floods\n\n"
        "ADDIS ABABA, Oct 8 (AFP) - Ethiopia on Wednesday rejected accusations by Egypt over the floods.\n\n"
        "An Egyptian diplomat, speaking on condition of anonymity, said Cairo was considering a letter to the "
        "United Nations Security Council. \"This is exactly what we warned about for ten years,\" the diplomat "
        "said.\n")


def test_the_diplomat_said_is_the_diplomat_named_before() -> None:
    # '"This is exactly what we warned about ...," the diplomat said' was nobody's, then the model's Ethiopia
    said = _speakers(NILE, PartyDraft(name="Ethiopia", kind="state", acts_for=None),
                     PartyDraft(name="Egypt", kind="state", acts_for=None))
    assert said["\"This is exactly what we "] == "Egypt"


GREENLAND = ("Denmark summons U.S. envoy over covert influence operations in Greenland\n\n"
             "COPENHAGEN, Aug 27 (Reuters) - Denmark summoned the top U.S. diplomat in Copenhagen on Wednesday.\n\n"
             "According to DR, the individuals compiled lists of Greenlanders. The broadcaster did not say who, if "
             "anyone, had sent them.\n\n"
             "A European diplomat in Copenhagen, who asked not to be named, said Nordic governments had been briefed "
             "by Denmark. \"Nobody was surprised,\" the diplomat said.\n")


def test_a_diplomat_of_a_region_posted_in_a_capital_speaks_for_no_host() -> None:
    # 'A European diplomat in Copenhagen ... said' was Denmark's (the place), and so was the next quotation
    denmark = Party(id="p1", name="Denmark", kind="state", aliases=["Copenhagen"])
    assert speaker_in("A European diplomat in Copenhagen, who asked not to be named,", [denmark]) is None
    assert speaker_in("A Danish diplomat in Copenhagen", [denmark]) is denmark
    said = _speakers(GREENLAND, PartyDraft(name="Denmark", kind="state", acts_for=None),
                     PartyDraft(name="United States", kind="state", acts_for=None),
                     PartyDraft(name="DR", kind="media", acts_for=None))
    assert said["A European diplomat in Co"] == said["\"Nobody was surprised,\" t"] == "European diplomat"


def test_what_a_source_did_not_say_is_no_claim() -> None:
    # 'The broadcaster did not say who, if anyone, had sent them.' was the broadcaster's claim against Greenland
    assert procedural("The broadcaster did not say who, if anyone, had sent them.")
    assert procedural("Zelenskyy's office and Slovakia's government did not immediately say whether a meeting "
                      "would take place.")
    assert not procedural("The ministry did not accept the claim that its troops had crossed the border.")


def test_the_platform_x_ends_a_sentence() -> None:
    # 'Zelenskyy said on X. He invited Fico to come to Kyiv' was one sentence: the invitation was grounded in
    # the quotation before it
    text = "\"It seems that Putin has given Fico an order,\" Zelenskyy said on X. He invited Fico to come to Kyiv."
    assert [s.text[:10] for s in split_sentences(text)] == ["\"It seems ", "He invited"]
    assert len(split_sentences("The letter was signed by John X. Smith on Monday.")) == 1


def test_a_post_listed_as_a_person_has_no_family_name() -> None:
    # 'called on the European Commission' asked the 'Commission spokesperson' the model listed as a person
    commission = Party(id="p1", name="European Commission", kind="international_org")
    spokesperson = Party(id="p2", name="Commission spokesperson", kind="person", affiliation="p1")
    assert speaker_in("called on the European Commission to press Kyiv", [commission, spokesperson]) is commission


def test_he_after_an_unnamed_diplomat_is_that_diplomat() -> None:
    # '"Nobody is going to force Ukraine ...," he said' after 'A senior EU diplomat in Brussels, ..., said' was
    # Donald Tusk's, named before the diplomat the model had listed as a group
    text = ("Zelenskyy accuses Fico\n\n"
            "KYIV, Ukraine (AP) - Poland's Prime Minister Donald Tusk said Poland would help.\n\n"
            "A senior EU diplomat in Brussels, who asked not to be named, said several member states were "
            "frustrated with Fico. \"Nobody is going to force Ukraine to carry Russian gas,\" he said.\n")
    said = _speakers(text, PartyDraft(name="Poland", kind="state", acts_for=None),
                     PartyDraft(name="Donald Tusk", kind="person", acts_for="Poland"),
                     # (as the model listed the diplomat: a group)
                     PartyDraft(name="EU diplomat", kind="non_state_group", acts_for=None))
    assert said["\"Nobody is going to force"] == said["A senior EU diplomat in B"]
    assert said["\"Nobody is going to force"] != "Donald Tusk"


UGANDA = ("President Museveni receives President Salva Kiir Mayardit at State House Entebbe\n\n"
          "ENTEBBE - H.E. Yoweri Kaguta Museveni, President of the Republic of Uganda, on Saturday received H.E. "
          "Salva Kiir Mayardit, President of the Republic of South Sudan.\n\n"
          "President Museveni said the deployment was lawful. He rejected allegations by the SPLM/A-In Opposition "
          "that UPDF aircraft had dropped incendiary bombs on civilian areas in Nasir.\n\n"
          "The SPLM/A-IO, whose leader Dr Riek Machar remains under house arrest in Juba, has accused Kampala of "
          "taking sides.\n")
UGANDA_PARTIES = (PartyDraft(name="Yoweri Kaguta Museveni", kind="person", acts_for="Uganda"),
                  PartyDraft(name="Salva Kiir Mayardit", kind="person", acts_for="South Sudan"),
                  PartyDraft(name="Uganda", kind="state", acts_for=None),
                  PartyDraft(name="South Sudan", kind="state", acts_for=None),
                  PartyDraft(name="Riek Machar", kind="person", acts_for=None))


def test_a_group_whose_name_holds_a_slash_is_the_claimant_it_names() -> None:
    # 'He rejected allegations by the SPLM/A-In Opposition that ...' was Salva Kiir's claim (the model's guess):
    # the claimant's name was cut at its slash and the group, unlisted, was taken for a state
    book, (_, _, claims) = _items(
        UGANDA, [("He rejected allegations", SentenceDraft(by="Salva Kiir Mayardit", t=["claim"],
                                                            to="Yoweri Kaguta Museveni"))],
        *UGANDA_PARTIES, voice="Uganda")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["SPLM/A-In Opposition"]
    assert book.find("SPLM/A-In Opposition").kind == "non_state_group"  # type: ignore[union-attr]


def test_a_group_named_before_an_aside_speaks_not_one_the_aside_names() -> None:
    # 'The SPLM/A-IO, whose leader Dr Riek Machar remains under house arrest in Juba, has accused Kampala' was
    # Riek Machar's charge (then South Sudan's, for 'Juba')
    said = _speakers(UGANDA, *UGANDA_PARTIES, voice="Uganda")
    assert said["The SPLM/A-IO, whose lead"] == "SPLM/A-IO"


def test_members_of_an_opposition_are_the_opposition() -> None:
    # 'Sectors of the Uruguayan opposition and the Chamber of Shipping have claimed ...' was Uruguay's minister's
    text = ("Foreign Minister Mario Lubetkin meets Argentine Foreign Minister Gerardo Werthein\n\n"
            "Montevideo, 12 June 2025 - Minister Lubetkin conveyed Uruguay's position on the channel.\n\n"
            "Sectors of the Uruguayan opposition and the Chamber of Shipping have claimed that the new channel "
            "could divert traffic away from the port of Montevideo.\n")
    said = _speakers(text, PartyDraft(name="Mario Lubetkin", kind="person", acts_for="Uruguay"),
                     PartyDraft(name="Uruguay", kind="state", acts_for=None), voice="Uruguay")
    assert said["Sectors of the Uruguayan "] == "Uruguayan opposition"


def test_an_arabic_surname_with_its_article_names_the_person_at_a_sentences_start() -> None:
    # 'Al-Shaibani said ...' named nobody, and his proposal went to Safadi, named before
    shaibani = Party(id="p1", name="Asaad Hassan al-Shaibani", kind="person")
    assert speaker_in("Al-Shaibani said", [shaibani]) is shaibani
    assert speaker_in("Minister al-Shaibani said", [shaibani]) is shaibani
    assert speaker_in("Mohammed al-Sudani said", [shaibani]) is None


def test_a_states_continued_presence_is_a_charge_against_it() -> None:
    # "Safadi condemned Israel's continued presence inside Syrian territory" accused Syria (the model's guess)
    assert accusations.accused_in("Safadi condemned Israel's continued presence inside Syrian territory and its "
                                  "repeated strikes.") == "Israel"


def test_a_headline_with_a_verb_in_lower_case_still_heads_a_readout() -> None:
    # 'President Nicușor Dan holds telephone conversation with President Maia Sandu ...' read as a news report,
    # which has no voice; and the place and topic after the one spoken with were part of that side
    from summariser import reports
    text = ("President Nicușor Dan holds telephone conversation with President Maia Sandu on Russian drone "
            "incursions\n\nBucharest, 16 September 2025 - The President of Romania, Nicușor Dan, had a telephone "
            "conversation today with the President of the Republic of Moldova, Maia Sandu. President Sandu said "
            "drone fragments had fallen on Moldovan territory. Moscow has denied that its drones targeted NATO.\n")
    assert not reports.news_report(text, 4)
    assert counterpart_in(text) == "President Maia Sandu"
    assert counterpart_in("Safadi holds talks with Syrian Foreign Minister al-Shaibani in Amman on border "
                          "security\n\nText.\n") == "Syrian Foreign Minister al-Shaibani"


def test_the_government_that_judges_an_act_told_holds_the_charge() -> None:
    # '..., in a campaign the Government considers deliberate and hostile.' read the whole act as the speaker's
    # name: Belgium (the model's pick) held Rwanda's charge against it
    from summariser.attribution import attribution
    assert attribution("Belgium has actively mobilised against Rwanda in various international forums, including "
                       "by lobbying partners to suspend financing, in a campaign the Government considers "
                       "deliberate and hostile.") == (True, "the Government")


def test_these_claims_are_false_answers_the_one_who_claimed_just_before() -> None:
    # 'These claims are false.' after '..., Maxime Prévot, who has claimed that Rwanda bears responsibility ...'
    # was Rwanda's position, no claim
    text = ("Statement of the Government of Rwanda\n\n"
            "The Government of Rwanda notes the statements of the Belgian Minister of Foreign Affairs, Maxime Prévot, "
            "who has claimed that Rwanda bears responsibility for the advance of the AFC/M23. These claims are "
            "false.\n")
    book, (_, _, claims) = _items(text, [("These claims are false", SentenceDraft(by="Rwanda", t=["claim"],
                                                                                   to=None))],
                                  PartyDraft(name="Rwanda", kind="state", acts_for=None),
                                  PartyDraft(name="Belgium", kind="state", acts_for=None),
                                  PartyDraft(name="Maxime Prévot", kind="person", acts_for="Belgium"), voice="Rwanda")
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] == [("Maxime Prévot", "denied")]


CUBA = ("Press conference by Deputy Minister of Foreign Affairs Carlos Fernández de Cossío (excerpt)\n\n"
        "Question: Secretary of State Marco Rubio has said Cuban intelligence and security personnel protect "
        "President Maduro. Is that true?\n\n"
        "Deputy Minister: Cuba has cooperation with Venezuela in health and education. There are no Cuban troops "
        "in Venezuela.\n\n"
        "Question: The United States also accuses Cuba of allowing a Chinese intelligence facility to operate on "
        "the island. Has anything changed?\n\n"
        "Deputy Minister: There is no Chinese military base in Cuba.\n")
CUBA_PARTIES = (PartyDraft(name="Cuba", kind="state", acts_for=None),
                PartyDraft(name="Carlos Fernández de Cossío", kind="person", acts_for="Cuba"),
                PartyDraft(name="Marco Rubio", kind="person", acts_for="United States"),
                PartyDraft(name="United States", kind="state", acts_for=None),
                PartyDraft(name="Venezuela", kind="state", acts_for=None),
                PartyDraft(name="China", kind="state", acts_for=None))


def test_an_answers_flat_denial_answers_whom_the_question_quoted() -> None:
    # 'There are no Cuban troops in Venezuela.' was a charge against Venezuela, and 'There is no Chinese military
    # base in Cuba.' one against China: each denies what the reporter's question said the other side claims
    ministry = "Carlos Fernández de Cossío"
    book, (_, _, claims) = _items(
        CUBA, [("There are no Cuban", SentenceDraft(by=ministry, t=["claim"], to="Venezuela")),
               ("Deputy Minister: There is no", SentenceDraft(by=ministry, t=["claim"], to="China"))],
        *CUBA_PARTIES, voice="Cuba")
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] \
        == [("Marco Rubio", "denied"), ("United States", "denied")]


def test_rejecting_these_allegations_answers_whose_reports_the_line_before_told() -> None:
    # 'The Indonesian delegation rejected these allegations' was Indonesia's charge against Papua New Guinea
    text = ("Communique of the Melanesian Spearhead Group Leaders' Summit\n\n"
            "3. Leaders noted with concern reports by the ULMWP and church organisations of continued violence in "
            "the Highlands of Papua. The Indonesian delegation rejected these allegations, and said that the "
            "violence is caused by armed separatist groups.\n\n"
            "4. Leaders reiterated their request that the Government of Indonesia allow the United Nations High "
            "Commissioner for Human Rights to visit West Papua.\n")
    parties = (PartyDraft(name="Melanesian Spearhead Group", kind="international_org", acts_for=None),
               PartyDraft(name="ULMWP", kind="non_state_group", acts_for=None),
               PartyDraft(name="Indonesia", kind="state", acts_for=None),
               PartyDraft(name="Papua New Guinea", kind="state", acts_for=None))
    group = "Melanesian Spearhead Group"
    book, (_, requests, claims) = _items(
        text, [("The Indonesian delegation", SentenceDraft(by="Indonesia", t=["claim"], to="Papua New Guinea")),
               ("Leaders reiterated", SentenceDraft(by=group, t=["request"], to=None))], *parties, voice=group)
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] == [("ULMWP", "denied")]
    # ('their request that the Government of Indonesia allow ...' asked no one)
    assert [book.by_id(r.addressee).name for r in requests if r.addressee] == ["Indonesia"]


def test_a_parties_entry_with_an_empty_name_goes_not_the_document() -> None:
    # the model twice wrote a party with an empty name, and the document failed
    from summariser.drafts import parties_draft_for
    draft = parties_draft_for(12).model_validate(
        {"genre": "statement", "voice": None, "parties": [{"name": "Togo", "kind": "state", "for": None},
                                                          {"name": " ", "kind": "state", "for": None}]})
    assert [p.name for p in draft.parties] == ["Togo"]
