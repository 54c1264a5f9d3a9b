"""Conventions met in documents written after the eval set (stop 57): each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.addressees import asker_named
from summariser.asking_sides import asked_passively, asker_phrase
from summariser.attribution import attribution
from summariser.background import not_an_actor
from summariser.bare_posts import tie_posts_to_voices_org
from summariser.drafts import PartyDraft
from summariser.governments import authorities_just_named
from summariser.headings import counterpart_in, issuer_phrase
from summariser.known_people import fold_known_namesakes, known_namesake
from summariser.list_asks import topics_listed
from summariser.openings import without_lead_in
from summariser.parties import build_parties
from summariser.post_holders import as_state_post, state_post_holder
from summariser.procedural import procedural
from summariser.schema import Party
from summariser.subjects import subject_party
from summariser.written_names import copied_clause, without_home_state
from tests.test_fresh_stop51 import _state
from tests.test_known_actors import parsed

CONCLUSIONS = ("Turkey's illegal drilling activities in the Eastern Mediterranean: Council adopts conclusions\n\n"
               "Council of the European Union\n"
               "Foreign Affairs Council, Brussels, 15 July 2019\n\n"
               "1. The Council recalls its previous conclusions and deplores that Turkey continued its drilling "
               "operations west of Cyprus.\n\n"
               "2. The Council reiterates its serious concerns about these activities. It calls again on Turkey to "
               "refrain from such actions.\n\n"
               "3. The Council invites the High Representative and the Commission to continue work on options for "
               "further targeted measures.\n")


def _conclusions_book() -> tuple:
    return parsed(CONCLUSIONS, PartyDraft(name="Turkey", kind="state", acts_for=None),
                  PartyDraft(name="European Union", kind="international_org", acts_for=None),
                  PartyDraft(name="High Representative", kind="person", acts_for="Turkey"), voice="Turkey")


def test_a_body_named_alone_under_the_headline_speaks_its_numbered_paragraphs() -> None:
    # EU Council conclusions ('Council of the European Union' under '...: Council adopts conclusions',
    # '2. The Council reiterates ...') were voiced as Türkiye, the state they are about
    _, book, voice = _conclusions_book()
    assert voice.name == "Council of the European Union"
    assert book.by_id(voice.affiliation).name == "European Union"
    assert book.find("the Council") is voice
    # (a body's name on a heading line whose text never speaks as it is no masthead)
    _, _, voice = parsed(CONCLUSIONS.replace("The Council", "The EU"),
                         PartyDraft(name="Turkey", kind="state", acts_for=None),
                         PartyDraft(name="European Union", kind="international_org", acts_for=None), voice="Turkey")
    assert voice.name != "Council of the European Union"


def test_a_bare_post_in_an_organisations_text_is_the_organisations() -> None:
    # 'The Council invites the High Representative ...': the model's High Representative served Turkey
    _, book, voice = _conclusions_book()
    tie_posts_to_voices_org(book, voice)
    assert book.by_id(book.find("High Representative").affiliation).name == "European Union"
    # (unless the text gives the post to that state: "Turkey's Foreign Minister")
    text = CONCLUSIONS.replace("the High Representative and the Commission", "Turkey's Foreign Minister")
    _, book, voice = parsed(text, PartyDraft(name="Turkey", kind="state", acts_for=None),
                            PartyDraft(name="European Union", kind="international_org", acts_for=None),
                            PartyDraft(name="Foreign Minister", kind="person", acts_for="Turkey"), voice="Turkey")
    tie_posts_to_voices_org(book, voice)
    assert book.by_id(book.find("Foreign Minister").affiliation).name == "Turkey"


def test_an_ask_the_subject_makes_after_endorsing_anothers_proposal_is_the_subjects() -> None:
    # 'The Council endorses the Commission's proposal to ... and invites the European Investment Bank to
    # review ...' was the Commission's invitation
    assert asker_phrase("The Council endorses the Commission's proposal to reduce the pre-accession assistance to "
                        "Turkey for 2020 and invites the European Investment Bank to review its lending.") is None
    # (the owner of an ask the sentence reports still asks it)
    assert asker_phrase("Guyana rejected Venezuela's demands for talks on the territory.") == "Venezuela"


UK_CALL = ("PM call with President Kagame of Rwanda: 23 April 2024\n\n"
           "The Prime Minister spoke to President Paul Kagame of Rwanda this afternoon.\n\n"
           "The Prime Minister welcomed the passage of the Act and said Rwanda is a safe country for people "
           "relocated from the United Kingdom.\n")


def test_a_posts_call_with_no_possessive_is_the_posts_and_the_one_called_is_the_other_side() -> None:
    # Downing Street's 'PM call with President Kagame of Rwanda': the model's 'PM', tied to Rwanda,
    # stayed Rwanda's and Rwanda spoke the readout
    assert counterpart_in(UK_CALL) == "President Kagame of Rwanda: 23 April 2024"
    _, book, voice = parsed(UK_CALL, PartyDraft(name="PM", kind="person", acts_for="Rwanda"),
                            PartyDraft(name="President Kagame", kind="person", acts_for="Rwanda"),
                            _state("Rwanda"), voice="Rwanda")
    assert voice.name == "Prime Minister" and "PM" in voice.aliases
    assert voice.affiliation != book.find("Rwanda").id


def test_a_body_named_by_its_kind_alone_is_no_subject_named_after_it() -> None:
    # 'In a statement, the ministry demanded that Turkey withdraw its forces' (Iraq's ministry, named in
    # the sentence before) was Turkey's demand
    text = "Iraq accused Turkey of shelling a resort.\n"
    _, book, _ = parsed(text, _state("Iraq"), _state("Turkey"), voice=None)
    assert subject_party("In a statement, the ministry demanded that Turkey withdraw its forces.", book) is None
    assert subject_party("The foreign ministry said Turkey must withdraw.", book) is None
    # (a subject named so is the subject)
    assert subject_party("Turkey's foreign ministry rejected the accusation.", book).name == "Turkey"


def test_a_persons_name_loses_the_state_written_after_it() -> None:
    # the model's 'Macky Sall of Senegal' (from 'President Macky Sall of Senegal') was a party of that name,
    # which no annotator's 'Macky Sall' matches
    text = "President Macky Sall of Senegal stressed that grain must reach African markets.\n"
    book = build_parties([PartyDraft(name="Macky Sall of Senegal", kind="person", acts_for="Senegal"),
                          _state("Senegal")], text)
    assert book.find("Macky Sall") is not None and book.find("Macky Sall").name == "Macky Sall"
    # (a post or an institution keeps its 'of')
    assert without_home_state("Minister of Foreign Affairs of Paraguay") == "Minister of Foreign Affairs of Paraguay"
    assert without_home_state("Bank of England") == "Bank of England"


def test_the_items_of_a_list_of_topics_hold_no_stance() -> None:
    # '- trade in wheat, fertiliser and energy products' after 'The two presidents also reviewed bilateral
    # cooperation, including:' was a position of Indonesia's
    assert procedural("The two presidents also reviewed bilateral cooperation, including:")
    assert procedural("The ministers reviewed the full bilateral agenda, with particular attention to the "
                      "following topics:")
    assert topics_listed("The two presidents also reviewed bilateral cooperation, including:")
    # (a lead-in that settles something lists what it settled)
    assert not topics_listed("The leaders discussed the situation and agreed on the following steps:")
    assert not topics_listed("The two presidents reviewed bilateral cooperation.")
    # (nor do the outcomes of a meeting, nor a subject whose items say what it did)
    assert not topics_listed("The main outcomes of the meeting include:")
    assert not topics_listed("The Prime Minister used the meeting to raise areas of difference. In particular, he:")


def test_two_names_of_one_well_known_official_are_one_party() -> None:
    # 'President Jokowi' (the model's) and 'President Joko Widodo' (added from the text) were two parties
    text = ("President Joko Widodo held a meeting with President Putin. The visit came one day after President "
            "Jokowi travelled to Kyiv.\n")
    book = build_parties([PartyDraft(name="Jokowi", kind="person", acts_for="Indonesia"), _state("Indonesia")], text)
    assert known_namesake("Joko Widodo", book) is book.find("Jokowi")
    assert book.find("Jokowi").name == "Joko Widodo"
    book = build_parties([PartyDraft(name="Jokowi", kind="person", acts_for="Indonesia"),
                          PartyDraft(name="Joko Widodo", kind="person", acts_for="Indonesia")], text)
    fold_known_namesakes(book)
    assert [p.name for p in book.parties if p.kind == "person"] == ["Joko Widodo"]
    # (two different officials stay two)
    assert known_namesake("Prabowo Subianto", book) is None


def test_a_body_named_by_its_portfolio_is_an_actor_whatever_its_words() -> None:
    # 'Department of International Relations and Cooperation' read as a relation, no actor: South Africa's
    # rejection of Israel's assertion was disputed by nobody
    assert not not_an_actor(Party(id="p1", name="Department of International Relations and Cooperation",
                                  kind="government_body"))
    assert not not_an_actor(Party(id="p1", name="Ministry of Foreign Affairs and International Cooperation",
                                  kind="government_body"))
    # (a relation is still none)
    assert not_an_actor(Party(id="p1", name="Russian-Estonian relations", kind="other"))


def test_a_joint_statements_kind_words_name_no_issuer() -> None:
    # 'Joint Trilateral Statement of the Kingdom of Saudi Arabia, ...' made 'Joint Trilateral' a party and the voice
    assert issuer_phrase("Joint Trilateral Statement of the Kingdom of Saudi Arabia, the Islamic Republic of Iran "
                         "and the People's Republic of China") is None
    assert issuer_phrase("Statement of the Ministry of Foreign Affairs of Oman") == \
        "Ministry of Foreign Affairs of Oman"


def test_who_led_a_delegation_is_presence_not_a_stance() -> None:
    assert procedural("The Saudi delegation was led by Dr. Musaed bin Mohammed Al-Aiban, Minister of State.")
    assert not procedural("The Saudi delegation stressed the need for restraint.")


def test_a_post_named_by_its_states_word_is_that_states_one_listed_person() -> None:
    # 'At the outset of the call, the Iranian Foreign Minister conveyed ...' and 'Relations within the Gulf
    # region: the Iranian Minister welcomed ...' spoke for no one (his post was written after his name)
    text = ("His Excellency Hossein Amir-Abdollahian, Minister of Foreign Affairs of the Islamic Republic of Iran, "
            "called Sayyid Badr.\n")
    _, book, _ = parsed(text, PartyDraft(name="Hossein Amir-Abdollahian", kind="person", acts_for="Iran"),
                        _state("Iran"), _state("Oman"), voice="Oman")
    amir = book.find("Hossein Amir-Abdollahian")
    assert state_post_holder("At the outset of the call, the Iranian Foreign Minister ", book) is amir
    assert state_post_holder("the Iranian Minister ", book) is amir
    assert state_post_holder("the Omani Minister ", book) is None  # (no Omani listed)


def test_a_readouts_topic_before_its_colon_is_no_speaker() -> None:
    # 'The situation in Yemen: both sides voiced support ...' was Yemen's position
    assert attribution("The nuclear file: Mr. Amir-Abdollahian set out Iran's position, stating that ...") == (
        True, "Mr. Amir-Abdollahian ")
    assert without_lead_in("The situation in Yemen: both sides voiced support for the truce.").startswith("both")
    assert without_lead_in("Relations within the Gulf region: the Iranian Minister welcomed it.").startswith("the")
    # (a speaker's label stays)
    assert without_lead_in("Spokesperson Mao Ning: China firmly opposes it.").startswith("Spokesperson")


def test_a_headlines_clause_is_no_party() -> None:
    # the model's person 'Foreign Minister Receives Telephone Call from Iranian Counterpart Hossein'
    text = "Foreign Minister Receives Telephone Call from Iranian Counterpart Hossein Amir-Abdollahian\n\nMuscat\n"
    assert copied_clause("Foreign Minister Receives Telephone Call from Iranian Counterpart Hossein", text)
    assert not copied_clause("Foreign Minister", text)


def test_an_invitation_extended_names_its_asker() -> None:
    # '..., and the Iranian Minister extended an invitation to Sayyid Badr to visit Tehran' was Sayyid Badr's
    assert asker_phrase("They agreed to continue consultation, and the Iranian Minister extended an invitation to "
                        "Sayyid Badr to visit Tehran.") == "the Iranian Minister"
    assert asker_phrase("Egypt condemned the attack, and urged restraint.") is None


def test_a_ministry_named_by_its_kind_before_an_auxiliary_is_no_subject_named_after_it() -> None:
    # 'Earlier, the foreign ministry had sent a formal note to the French embassy ... and demanded an explanation
    # from Paris' was France's demand
    _, book, _ = parsed("Algeria recalled its ambassador.\n", _state("Algeria"), _state("France"), voice=None)
    assert subject_party("The ministry had told France it must explain.", book) is None
    said = attribution("Earlier, the foreign ministry had sent a formal note to the French embassy condemning what it "
                       "called an illegal act, and demanded an explanation from Paris.")
    assert said == (True, "the foreign ministry")


def test_the_issuers_name_cut_at_its_comma_is_the_issuer() -> None:
    # the model's 'Ministry of Foreign Affairs' stayed a party beside the issuer 'Ministry of Foreign Affairs, African
    # Cooperation and Moroccan Expatriates'
    text = ("Communiqué of the Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates\n\n"
            "The Kingdom of Morocco takes note of the resolution adopted by the European Parliament.\n")
    _, book, voice = parsed(text, PartyDraft(name="Ministry of Foreign Affairs", kind="government_body",
                                             acts_for="Morocco"), _state("Morocco"), voice="Morocco")
    assert voice.name == "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates"
    assert book.find("Ministry of Foreign Affairs") is voice
    assert [p.name for p in book.parties if p.kind == "government_body"] == [voice.name]


def test_a_post_listed_by_its_states_word_is_the_one_person_of_that_state_who_holds_it() -> None:
    # the model's 'Tajik President' beside 'Emomali Rahmon', and 'Iraqi Foreign Minister' beside 'Fuad Hussein'
    # (added from the text), were two parties each
    text = "President Sadyr Japarov met President Emomali Rahmon. The Tajik President agreed.\n"
    _, book, _ = parsed(text, PartyDraft(name="Emomali Rahmon", kind="person", acts_for="Tajikistan"),
                        PartyDraft(name="Tajik President", kind="person", acts_for="Tajikistan"),
                        _state("Tajikistan"), voice=None)
    assert book.find("Tajik President") is book.find("Emomali Rahmon")
    text = ("Sheikh Salem received a call from Fuad Hussein, Deputy Prime Minister and Minister of Foreign Affairs of "
            "the Republic of Iraq.\n")
    _, book, _ = parsed(text, PartyDraft(name="Iraqi Foreign Minister", kind="person", acts_for="Iraq"),
                        _state("Iraq"), voice=None)
    post = book.find("Iraqi Foreign Minister")
    person = book.add("Fuad Hussein", "person", "Deputy Prime Minister and Minister of Foreign Affairs")
    person.affiliation = post.affiliation
    assert as_state_post(person, book) is post and post.name == "Fuad Hussein"
    assert [p.name for p in book.parties if p.kind == "person"] == ["Fuad Hussein"]
    # (a holder of another post is another person: the Iraqi Prime Minister is not the Foreign Minister)
    other = book.add("Mohammed Shia al-Sudani", "person", "Prime Minister")
    other.affiliation = post.affiliation
    book.add("Iraqi President", "person").affiliation = post.affiliation
    assert as_state_post(other, book) is other
    # (a post with no state's word is no state's post: 'Foreign Minister' beside 'Prime Minister Imran Khan')
    text = "Prime Minister Imran Khan chaired the meeting. The Foreign Minister will brief the Secretary-General.\n"
    _, book, _ = parsed(text, PartyDraft(name="Imran Khan", kind="person", acts_for="Pakistan"),
                        PartyDraft(name="Foreign Minister", kind="person", acts_for="Pakistan"), _state("Pakistan"),
                        voice="Pakistan")
    assert book.find("Foreign Minister") is not book.find("Imran Khan")


def test_an_invitation_in_the_passive_after_and_asks_the_one_invited() -> None:
    # '..., and the Iraqi Foreign Minister was invited to visit Kuwait' was the Iraqi minister's invitation
    assert asked_passively("The two sides agreed to continue consultations, and the Iraqi Foreign Minister was "
                           "invited to visit Kuwait.") == "the Iraqi Foreign Minister"
    assert asked_passively("Kuwait regrets the ruling, which was said to be final.") is None


def test_topics_touched_upon_hold_no_stance() -> None:
    assert procedural("The two ministers also touched upon:")
    assert topics_listed("The two ministers also touched upon:")
    assert not procedural("The ministers touched upon the need for restraint and urged calm.")


def test_statements_in_which_the_latter_calls_are_their_makers_call() -> None:
    # 'Shoukry ... rejected statements by the Israeli Minister of Foreign Affairs, Israel Katz, in which the latter
    # claimed that ... and called on Cairo to "reopen" the Rafah crossing' was Shoukry's call on Egypt
    clause = ("Minister of Foreign Affairs Sameh Shoukry has strongly rejected statements by the Israeli Minister of "
              "Foreign Affairs, Israel Katz, in which the latter claimed that Egypt bears responsibility and called "
              "on Cairo to reopen the Rafah crossing.")
    assert asker_phrase(clause) == "Israeli Minister of Foreign Affairs"
    # ('the latter' asking: the state the sentence named last before it)
    text = "Shoukry met the Israeli Minister of Foreign Affairs, and the latter urged Egypt to reopen the crossing.\n"
    _, book, _ = parsed(text, _state("Egypt"), _state("Israel"), voice="Egypt")
    assert asker_phrase(text.strip()) == "the latter"
    assert asker_named(text.strip(), book) is book.find("Israel")


def test_them_after_a_state_authorities_named_are_those_authorities() -> None:
    # 'We note that the response of the authorities in Minsk ... We urge them to end the campaign' asked the ICAO
    # member states asked two paragraphs before
    text = ("We call on ICAO member states to support this work.\n\n"
            "We note that the response of the authorities in Minsk has been to escalate repression at home. "
            "We urge them to end the campaign against independent journalists.\n")
    _, book, _ = parsed(text, _state("Canada"), _state("Belarus"), voice="Canada")
    at = text.find("We urge them")
    assert authorities_just_named(text, at, book) is book.find("Belarus")
    assert authorities_just_named(text, text.find("We note"), book) is None  # (the sentence before names none)


def test_the_subject_of_the_clause_an_accusing_participle_hangs_on_speaks() -> None:
    # 'Peru declared Mexico's ambassador persona non grata ..., accusing Mexico's government of meddling' was the
    # ambassador's accusation against Peru
    assert attribution("LIMA, Peru (AP) - Peru declared Mexico's ambassador persona non grata on Tuesday and gave "
                       "him 72 hours to leave the country, accusing Mexico's government of meddling.") == (True, "Peru")
    # (a participle after the speaker's own words changes nothing: "Burundi's ministry said ..., accusing")
    assert attribution("Burundi's ministry said the strikes were illegal, accusing Kigali of backing the rebels.") \
        == (True, "Burundi's ministry ")
    # (nor one that hangs on the words it reports: 'the statements made by ..., accusing Benin of ...')
    assert attribution("The Government of Benin has taken note of the statements made by the Prime Minister of Niger, "
                       "Mr Ali Lamine Zeine, accusing Benin of hosting bases.")[1] != "The Government of Benin"
