"""Conventions met in documents written after the eval set (stop 37): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import asking_sides, headings
from summariser.asked_groups import group_addressed
from summariser.datelines import find_dateline
from summariser.document import Document
from summariser.drafts import PartyDraft
from summariser.joint import PAIR
from summariser.openings import without_lead_in
from summariser.overview import title_of
from summariser.procedural import procedural
from summariser.speakers import named_speakers
from summariser.titles import split_title
from tests.test_known_actors import parsed


def _said(text: str, *drafts: PartyDraft, voice: str | None = None) -> dict[str, str | None]:
    """Each attributed sentence's opening words -> the speaker the text gives it."""
    doc, book, speaker = parsed(text, *drafts, voice=voice)
    speakers = named_speakers(doc, book, speaker)
    return {s.text[:25]: (speakers[s.number].name if speakers.get(s.number) else None)
            for s in doc.sentences if s.number in speakers}


def test_datelines_with_a_dash_or_after_posted_on() -> None:
    # the European Parliament's '07-05-2025 - 12:48' and India's PIB 'Posted On: 11 AUG 2025 7:41PM by
    # PIB Delhi' gave no date
    assert find_dateline("European Parliament\nPress Releases\n\nNo shortcut to membership, say MEPs\n\n"
                         "07-05-2025 - 12:48\n\nParliament says the road stays blocked.") == "2025-05-07"
    assert find_dateline("Prime Minister's Office\n\nPM speaks with President\n\nPosted On: 11 AUG 2025 7:41PM "
                         "by PIB Delhi\n\nPrime Minister Narendra Modi received a call today.") == "2025-08-11"
    assert find_dateline("A headline\n\nPublished On 16 Jan 2025\n\nThe cabinet vote was delayed.") == "2025-01-16"


PIB = ("Prime Minister's Office\n\nPM speaks with President of Ukraine\n\n"
       "Prime Minister Shri Narendra Modi received a phone call today from the President of Ukraine, "
       "H.E. Mr. Volodymyr Zelenskyy.\n\nPresident Zelenskyy shared his assessment of the latest developments.\n\n"
       "PM thanked President Zelenskyy for sharing his perspectives. He reiterated India's consistent position "
       "in favour of dialogue and diplomacy.\n")


def test_pm_at_the_opening_is_the_prime_minister_and_the_he_after_him() -> None:
    # 'PM thanked President Zelenskyy ...' named nobody, so the next 'He reiterated India's position' was Zelenskyy's
    said = _said(PIB, PartyDraft(name="Prime Minister Narendra Modi", kind="person", acts_for="India"),
                 PartyDraft(name="President of Ukraine", kind="person", acts_for="Ukraine"),
                 PartyDraft(name="India", kind="state", acts_for=None),
                 PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="India")
    assert said["He reiterated India's con"] == "Narendra Modi"
    assert said["PM thanked President Zele"] == "Narendra Modi"


IRNA = ("IRNA English | Politics\n\nCouncil: the strike answered the aggression\n\n"
        "Tehran, June 23, 2025, IRNA -- The Secretariat of Iran's Supreme National Security Council (SNSC) "
        "released a statement on Monday night after the missile operation.\n\n"
        "The following is the full text of the statement, translated from Persian by IRNA:\n\n"
        "The operation poses no threat to our brotherly neighbour.\n")


def test_a_statement_an_agency_carries_in_full_speaks_for_its_maker() -> None:
    # IRNA's report of the SNSC statement: every line was held by the model's voice, Qatar
    assert headings.carried_statement_maker(IRNA) == "Secretariat of Iran's Supreme National Security Council (SNSC)"
    assert headings.carried_statement_maker(IRNA.replace("The following is the full text of the statement, ", "")) \
        is None  # a statement only reported is the report's to tell
    book, voice = parsed(IRNA, PartyDraft(name="IRNA", kind="media", acts_for=None),
                         PartyDraft(name="SNSC", kind="international_org", acts_for=None),
                         PartyDraft(name="Iran", kind="state", acts_for=None),
                         PartyDraft(name="Qatar", kind="state", acts_for=None), voice="Qatar")[1:]
    assert voice is not None and voice.name == "SNSC"
    assert book.by_id(voice.affiliation).name == "Iran"
    # the frame the statement comes in is no stance of its own
    assert procedural("The Secretariat of Iran's Supreme National Security Council (SNSC) released a statement on "
                      "Monday night after the Armed Forces carried out a missile operation.")
    assert not procedural("The two sides also issued a joint statement on deepening their partnership.")


def test_a_sites_own_masthead_and_a_title_under_a_label_and_a_date() -> None:
    # 'President of Ukraine | Official website' gave no issuer; 'News' over the title left the file name as title
    text = ("President of Ukraine | Official website\nNews\n\nZelenskyy and Starmer signed a partnership agreement\n\n"
            "16 January 2025 - 15:20\n\nPresident of Ukraine Volodymyr Zelenskyy met Prime Minister Keir Starmer.")
    assert headings.heading_issuer(text) == "President of Ukraine"
    assert title_of(Document("d", text)) == "Zelenskyy and Starmer signed a partnership agreement"
    # a date line is no title ('SG/SM/21889' / '27 July 2023' above the UN's headline)
    un = ("SG/SM/21889\n27 July 2023\n\nSecretary-General Condemns Seizure of Power in Niger\n\n"
          "The Secretary-General strongly condemns the seizure of power.")
    assert title_of(Document("d", un)) == "Secretary-General Condemns Seizure of Power in Niger"


PCG = ("PHILIPPINE COAST GUARD\nOffice of the PCG Spokesperson for the West Philippine Sea\n\nPRESS STATEMENT\n"
       "30 April 2024\n\nSTATEMENT OF COMMODORE JAY TARRIELA, PCG SPOKESPERSON FOR THE WEST PHILIPPINE SEA, ON THE "
       "WATER CANNON INCIDENT\n\nThis morning, the Philippine Coast Guard vessel sailed to the shoal.\n\n"
       "This afternoon, the China Coast Guard published its own account. It claimed that the ships intruded.\n")


def test_a_statement_of_a_ranked_official_under_the_masthead_is_his() -> None:
    # the PCG's statement had the model's voice, 'Philippines', and the rank stayed in the name
    assert headings.heading_issuer(PCG).startswith("Commodore Jay Tarriela, ")
    assert split_title("Commodore Jay Tarriela") == ("Jay Tarriela", "Commodore")
    voice = parsed(PCG, PartyDraft(name="Philippine Coast Guard", kind="government_body", acts_for="Philippines"),
                   PartyDraft(name="Philippines", kind="state", acts_for=None),
                   PartyDraft(name="China", kind="state", acts_for=None), voice="Philippines")[2]
    assert voice is not None and voice.name == "Jay Tarriela" and voice.title.startswith("Commodore")
    # the other side's account announced is no stance; what it claimed is
    assert procedural("This afternoon, the China Coast Guard published its own account.")
    assert not procedural("It claimed that the ships intruded.")


def test_talks_in_a_one_on_one_format_are_procedural() -> None:
    # Ukraine's presidency: 'The talks began in a one-on-one format and continued ...' was a position
    assert procedural("The talks began in a one-on-one format and continued with the participation of the "
                      "delegations.")
    assert not procedural("The format of the talks must change, the President said.")


def test_those_a_passive_asks_are_asked_not_the_askers() -> None:
    # the European Parliament's 'The Commission, member states and Turkish government are invited to build ...'
    # was the Commission's invitation
    invited = "The Commission, member states and Turkish government"
    assert asking_sides.asked_passively(f"{invited} are invited to build a closer partnership.") == invited
    assert asking_sides.asked_passively("The Commission invited the member states to act.") is None
    said = _said("European Parliament\n\nPress release\n\nParliament says the road to membership stays blocked. "
                 "The Commission, member states and Turkish government are invited to build a closer partnership.\n",
                 PartyDraft(name="European Parliament", kind="international_org", acts_for=None),
                 PartyDraft(name="Commission", kind="government_body", acts_for="European Parliament"),
                 voice="European Parliament")
    assert said["The Commission, member st"] == "European Parliament"


def test_capitals_asked_are_a_group_and_both_capitals_the_pair() -> None:
    # 'urged Western capitals to stop "fuelling the war"' was a call on Russia, the model's guess
    assert group_addressed("Western capitals") == "Western capitals"
    assert PAIR.fullmatch("both capitals")


def test_where_it_was_said_is_no_speaker() -> None:
    # the Maldives: 'At the meeting, the President noted ...' named nobody, so the next 'He reiterated' was the
    # Indian minister's
    assert without_lead_in("At the meeting, the President noted that the people had given him a mandate.") \
        == "the President noted that the people had given him a mandate."
    assert without_lead_in("During the talks, the two sides agreed.") == "the two sides agreed."


OAS = ("OAS General Secretariat Rejects Attempt to Annul Guatemala's Elections\n\nDecember 8, 2023\n\n"
       "The General Secretariat of the Organization of American States (OAS) rejects in the strongest terms the "
       "announcement made today by officials of Guatemala's Public Ministry that the elections are null.\n\n"
       "The General Secretariat calls on the Public Ministry, under Attorney General María Consuelo Porras, to cease "
       "its actions against the electoral process.\n")


def test_a_headline_that_says_what_its_issuer_does_names_the_issuer() -> None:
    # the OAS release had the model's voice, Guatemala, and the model's 'General Secretariat' as a second party
    assert headings.heading_issuer(OAS) == "General Secretariat of the Organization of American States (OAS)"
    assert headings.heading_issuer("Russia Rejects the Claims\n\nA short line.\n") is None  # no body says so
    book, voice = parsed(OAS, PartyDraft(name="General Secretariat of the Organization of American States",
                                         kind="international_org", acts_for="Guatemala"),
                         PartyDraft(name="General Secretariat", kind="government_body", acts_for=None),
                         PartyDraft(name="Guatemala", kind="state", acts_for=None), voice="Guatemala")[1:]
    assert voice is not None and voice.name == "General Secretariat of the Organization of American States"
    assert [p.name for p in book.parties if "Secretariat" in p.name] == [voice.name]
    # tied to its organisation before the items are built, or its calls on Guatemala's bodies asked its own side
    assert book.by_id(voice.affiliation).name == "Organization of American States"


def test_an_aside_naming_whose_body_it_is_still_names_the_one_asked() -> None:
    # 'calls on the Public Ministry, under Attorney General ..., to cease' asked nobody
    asks = ("The General Secretariat calls on the Public Ministry, under Attorney General María Consuelo Porras, "
            "to cease")
    assert asking_sides.addressee_phrase(asks) == "the Public Ministry"


UN_SG = ("SG/SM/21889\n27 July 2023\n\nSecretary-General Condemns Seizure of Power in Niger\n\n"
         "The following statement was issued today by the Spokesperson for UN Secretary-General António Guterres:\n\n"
         "The Secretary-General strongly condemns the unconstitutional change of government in Niger, announced "
         "overnight on national television.\n\nHe calls for President Bazoum to be released immediately.\n")


def test_a_headline_under_a_document_number_and_a_date_names_the_issuer() -> None:
    # the UN's 'SG/SM/21889' / date / 'Secretary-General Condemns ...': the statement had no voice, so 'The
    # Secretary-General spoke with President Bazoum' was Bazoum's
    assert headings.heading_issuer(UN_SG) == "Secretary-General"


def test_the_one_to_be_released_is_not_the_one_asked() -> None:
    # 'He calls for President Bazoum to be released immediately' was a call on Bazoum
    assert asking_sides.acted_upon("He calls for President Bazoum to be released immediately.") == "President Bazoum"
    assert asking_sides.addressee_phrase("He calls for President Bazoum to be released immediately.") is None
    assert asking_sides.acted_upon("He called for Russia to withdraw its troops.") is None
    assert asking_sides.addressee_phrase("He called for Russia to withdraw its troops.") == "Russia"


def test_a_verb_inside_the_subjects_relative_clause_is_not_its_speaking_verb() -> None:
    # 'The officers who have declared themselves the "National Council ..." have cited ... to justify their
    # action' was read as 'The officers who have' declaring, a speaker nobody could find
    from summariser.attribution import attribution
    junta = ("The officers who have declared themselves the \"National Council for the Safeguard of the Homeland\" "
             "have cited a deteriorating security situation to justify their action.")
    attributed, named = attribution(junta)
    assert attributed and "National Council for the Safeguard of the Homeland" in named
    assert attribution("The man who said that was later arrested.") == (False, "")


def test_a_listed_person_takes_the_post_the_text_first_names_them_with() -> None:
    # Hungary's 'said Minister of Foreign Affairs and Trade Péter Szijjártó' left him untitled, so 'the minister'
    # later was Prime Minister Viktor Orbán
    from summariser.posts import first_title
    from summariser.referents import bearer
    text = ("Brussels is taking revenge, said Minister of Foreign Affairs and Trade Péter Szijjártó on Monday. "
            "Several colleagues claimed that Prime Minister Viktor Orbán had travelled without a mandate.")
    assert first_title("Péter Szijjártó", text) == "Minister of Foreign Affairs and Trade"
    assert first_title("Secretary-General", "briefing by Stéphane Dujarric, Spokesperson for the Secretary-General.") \
        is None  # another's post, cut short
    assert first_title("Toivo Klaar", "said the EU Special Representative Toivo Klaar.") == "EU Special Representative"
    book = parsed(text, PartyDraft(name="Prime Minister Viktor Orbán", kind="person", acts_for="Hungary"),
                  PartyDraft(name="Hungary", kind="state", acts_for=None))[1]
    minister = book.add("Péter Szijjártó", "person", first_title("Péter Szijjártó", text))
    assert bearer("The minister ", book, None) is minister  # not the Prime Minister


def test_a_participle_before_its_noun_is_no_speaking_verb() -> None:
    # EU-China summit: "The EU also raised China's recently announced export controls ... and asked that ..."
    # was China's ('announced' read as the verb, 'China' as the one who announced)
    from summariser.attribution import attribution
    assert attribution("The EU also raised China's recently announced export controls on gallium and asked that "
                       "supplies of critical raw materials remain reliable.") == (True, "The EU")
    assert attribution("The Minister welcomed the agreement.") == (True, "The Minister ")


OIC = ("Organisation of Islamic Cooperation\nGeneral Secretariat - Jeddah\n\nFINAL COMMUNIQUÉ\n"
       "OF THE EXTRAORDINARY MEETING OF THE OIC EXECUTIVE COMMITTEE\n\n"
       "At the invitation of the Kingdom of Saudi Arabia, the Executive Committee held an extraordinary meeting. "
       "The meeting was chaired by H.E. Engr. Waleed Elkhereiji, Deputy Minister of Foreign Affairs. It was attended "
       "by the members of the Executive Committee.\n\nHaving heard the statements of the Chair, the Executive "
       "Committee:\n\n1. Condemns in the strongest terms the desecration of a copy of the Holy Qur'an in Stockholm;\n")


def test_a_communique_an_organs_numbered_paragraphs_adopt_speaks_for_its_organisation() -> None:
    # the OIC Executive Committee's communiqué had the model's voice, Saudi Arabia (which chaired the meeting)
    voice = parsed(OIC, PartyDraft(name="Organisation of Islamic Cooperation", kind="international_org",
                                   acts_for=None),
                   PartyDraft(name="Saudi Arabia", kind="state", acts_for=None), voice="Saudi Arabia")[2]
    assert voice is not None and voice.name == "Organisation of Islamic Cooperation"
    # who chaired and attended is no stance, and 'Engr.' ends no sentence
    doc = Document("d", OIC)
    assert any(s.text.startswith("The meeting was chaired by H.E. Engr. Waleed") for s in doc.sentences)
    assert procedural("It was attended by the members of the Executive Committee.")
    assert not procedural("It was attended by protesters who condemned the decision.")


def test_a_sites_section_label_is_no_title() -> None:
    # Japan's MOFA: 'Press Releases' above the release's own title was its title
    text = ("Press Releases\n\nProtest against the Intrusion into Japan's Territorial Sea\n\nMay 3, 2025\n\n"
            "1. On May 3, four China Coast Guard vessels intruded into Japan's territorial sea.")
    assert title_of(Document("d", text)) == "Protest against the Intrusion into Japan's Territorial Sea"


def test_a_protest_lodged_speaks_and_those_who_should_are_nobody_in_particular() -> None:
    # Japan's 'The Chinese side also lodged its own protest with Japan' was Japan's; Rubio's 'Those who assist
    # the Court's efforts ... should expect consequences' was asked of Uganda; 'the Court itself' was nobody
    from summariser.attribution import attribution
    assert attribution("The Chinese side also lodged its own protest with Japan.")[1].strip() == "The Chinese side also"
    assert asking_sides.addressee_phrase("We also call on the Court itself to cease its actions.") == "the Court"
    assert asking_sides.addressee_phrase("Those who assist the Court's efforts against protected persons should "
                                         "expect consequences as well.").startswith("Those who assist")


TURKIYE = ("REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\nNo: 218, 13 September 2023, Press Release Regarding "
           "the 2022 Report on Türkiye Adopted by the European Parliament\n\nThe report is yet another example of the "
           "Parliament's prejudiced approach. In the report, it is claimed that democratic standards in Türkiye have "
           "regressed. The report goes on to assert that the accession process cannot be resumed. We reject these "
           "allegations.\n\nProposing alternatives to full membership runs counter to the EU's own commitments.\n")


def test_what_the_answered_report_is_said_to_claim_is_its_authors() -> None:
    # Türkiye's release on the EP's report: 'it is claimed that ...' and 'The report goes on to assert that ...'
    # were the Ministry's own positions, and the Parliament was no party
    assert headings.answered_in(TURKIYE) == "European Parliament"
    said = _said(TURKIYE, PartyDraft(name="Türkiye", kind="state", acts_for=None),
                 PartyDraft(name="Ministry of Foreign Affairs", kind="government_body", acts_for="Türkiye"),
                 PartyDraft(name="European Parliament", kind="international_org", acts_for=None),
                 voice="Türkiye")
    assert said["In the report, it is clai"] == "European Parliament"
    assert said["The report goes on to ass"] == "European Parliament"


def test_an_ask_named_as_the_subject_asks_nothing() -> None:
    # 'Proposing alternatives to full membership runs counter to the EU's own commitments.' was a proposal
    from summariser import cues
    assert cues.names_asking("Proposing alternatives to full membership runs counter to the EU's own commitments.")
    assert not cues.names_asking("Proposing a ceasefire, the Minister urged both sides to talk.")


def test_a_ministers_own_masthead_names_the_issuer_and_the_post_listed_as_a_body_is_hers() -> None:
    # Australia's 'SENATOR THE HON PENNY WONG' / 'Minister for Foreign Affairs' masthead: the voice was Australia
    # and the model's 'Minister for Foreign Affairs' body held half the stances
    text = ("SENATOR THE HON PENNY WONG\nMinister for Foreign Affairs\nSenator for South Australia\n\nMEDIA RELEASE\n\n"
            "Sentencing of Dr Yang Hengjun\n\nThe Australian Government is deeply dismayed by the sentence.\n")
    book, voice = parsed(text, PartyDraft(name="Senator The Hon Penny Wong", kind="person", acts_for="Australia"),
                         PartyDraft(name="Minister for Foreign Affairs", kind="government_body", acts_for="Australia"),
                         PartyDraft(name="Australia", kind="state", acts_for=None), voice="Australia")[1:]
    assert voice is not None and voice.name == "Penny Wong" and voice.title == "Minister for Foreign Affairs"
    assert [p.name for p in book.parties if p.kind != "state"] == ["Penny Wong"]


def test_the_parties_concerned_are_the_states_of_the_passage_or_nobody() -> None:
    # Viet Nam's briefing: 'calls on the parties concerned to exercise restraint' in an answer on Lebanon was a
    # call on Lebanon (the model's guess); the Kremlin's content-free lines were stances
    text = ("Question: What about the fishermen?\n\nAnswer: China must investigate the attack.\n\n"
            "Question: What about Lebanon?\n\nAnswer: Viet Nam calls on the parties concerned to exercise restraint.\n")
    from summariser.addressees import addressed
    book = parsed(text, PartyDraft(name="Viet Nam", kind="state", acts_for=None),
                  PartyDraft(name="China", kind="state", acts_for=None),
                  PartyDraft(name="Lebanon", kind="state", acts_for=None))[1]
    asker = book.find("Viet Nam")
    assert addressed("Viet Nam calls on the parties concerned to exercise restraint.", book, asker, None) == [None]
    assert procedural("Olaf Scholz set out Berlin's approaches to the issue.")
    assert procedural("Opinions were also exchanged on the situation in the Middle East.")
    assert procedural("It was agreed that the aides of the two leaders would maintain contact.")
