"""Conventions met in documents written after the eval set (stop 34): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import rebuttals
from summariser.drafts import PartyDraft
from summariser.kinds import settle_kinds
from summariser.parties import build_parties
from summariser.party_sides import sides
from summariser.relayed_claims import relayed_allegation
from summariser.titles import split_title
from tests.test_known_actors import parsed, read_text


def test_a_portfolio_after_and_is_the_titles_not_the_name() -> None:
    # 'European Integration Nicu Popescu', 'Employment and Tourism Vijitha Herath' and 'Expatriates
    # Ayman Safadi' were the names; 'East' was the name of the Special Envoy for the Middle East
    assert split_title("Deputy Prime Minister, Minister of Foreign Affairs and European Integration Nicu Popescu") \
        == ("Nicu Popescu", "Deputy Prime Minister, Minister of Foreign Affairs and European Integration")
    assert split_title("Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath")[0] \
        == "Vijitha Herath"
    assert split_title("Minister of Foreign Affairs and Expatriates Ayman Safadi")[0] == "Ayman Safadi"
    assert split_title("Minister of Foreign Affairs and International Cooperation Antonio Tajani")[0] \
        == "Antonio Tajani"
    title = "Special Envoy of the President of the United States for the Middle East"
    assert split_title(title) == (title, None)
    assert split_title("Special Envoy for the Middle East Steve Witkoff") \
        == ("Steve Witkoff", "Special Envoy for the Middle East")
    assert split_title("Australia's Minister for International Development and the Pacific Zed Seselja")[0] \
        == "Zed Seselja"  # was 'Pacific Zed Seselja'
    # a body's name ending in a portfolio is still no person
    assert split_title("Department of Foreign Affairs and Trade") == ("Department of Foreign Affairs and Trade", None)


CZECH = ("MINISTRY OF FOREIGN AFFAIRS OF THE CZECH REPUBLIC\n\n"
         "Today, the Minister of Foreign Affairs, Jakub Kulh\u00e1nek, summoned the Ambassador of the Russian "
         "Federation. The Minister informed the Ambassador that the Czech Republic is limiting the staff of the "
         "Russian Embassy.\n\n"
         "On the basis of evidence gathered by the Czech security services, there is a well-founded suspicion that "
         "officers of the Russian military intelligence service GRU were involved in the explosions.\n\n"
         '"We are not looking for escalation," said Minister Kulh\u00e1nek.\n\n'
         "The Ministry firmly rejects statements by representatives of the Russian Federation describing the "
         "findings as absurd and claiming that the Czech Republic acted on the instructions of third countries. "
         "Our conclusions are the result of the work of the Czech security services. The Ministry likewise "
         "rejects the assertion that the Czech measures are part of an anti-Russian campaign.\n")


def czech_statement() -> tuple:
    return parsed(CZECH, PartyDraft(name="Ministry of Foreign Affairs of the Czech Republic", kind="government_body",
                                    acts_for="Czech Republic"),
                  PartyDraft(name="Czech Republic", kind="state", acts_for=None),
                  PartyDraft(name="Russian Federation", kind="state", acts_for=None),
                  PartyDraft(name="GRU", kind="non_state_group", acts_for=None),
                  PartyDraft(name="Czech security services", kind="non_state_group", acts_for=None),
                  PartyDraft(name="European Union", kind="international_org", acts_for=None),
                  voice="Czech Republic")


def test_a_speaker_named_at_the_sentences_end_has_no_full_stop_in_the_name() -> None:
    from summariser.speakers import named_speakers

    doc, book, voice = czech_statement()
    said = named_speakers(doc, book, voice)
    # 'The Minister' was the one person the text names after that title: a new party 'Kulh\u00e1nek.'
    for opening in ("The Minister informed", '"We are'):
        assert said[next(s.number for s in doc.sentences if s.text.startswith(opening))].name == "Jakub Kulh\u00e1nek"


def test_a_states_security_services_and_the_agency_it_names_are_that_states() -> None:
    doc, book, voice = czech_statement()
    # both were groups of no one's: the services were accused by their own state's ministry
    assert book.by_id(book.find("Czech security services").affiliation).name == "Czech Republic"
    assert book.by_id(book.find("GRU").affiliation).name == "Russian Federation"
    charge = next(s.text for s in doc.sentences if s.text.startswith("On the basis"))
    settled = settle_kinds(["claim"], book.find("Czech security services"), voice, charge, book,
                           sides(book.parties), voice)
    assert settled.other_id == book.find("GRU").id


def test_statements_by_representatives_and_the_assertion_rejected_likewise_are_the_same_states_claims() -> None:
    doc, book, voice = czech_statement()
    russia = book.find("Russian Federation")
    assert rebuttals.rebutted_claim(CZECH.split("\n\n")[-1].split(". ")[0] + ".") \
        == (True, "representatives of the Russian Federation")
    # the first rebuttal was the ministry's own charge against Russia, the second the European Union's claim
    for opening in ("The Ministry firmly", "The Ministry likewise"):
        line = next(s.text for s in doc.sentences if s.text.startswith(opening))
        settled = settle_kinds(["claim"], book.find("European Union"), voice, line, book, sides(book.parties), voice)
        assert settled.claimant.id == russia.id, opening


def test_a_call_runs_past_the_addressees_relative_clause_to_what_it_asks() -> None:
    from summariser.assemble import Run, build_items
    from summariser.drafts import SentenceDraft
    from summariser.wording import action

    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF BELARUS\n\n"
            "We call on the European Union, whose policies contributed to the current situation, to abandon the "
            "language of sanctions and ultimatums and to enter into a substantive dialogue.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Ministry of Foreign Affairs of the Republic of Belarus",
                                               kind="government_body", acts_for="Belarus"),
                              PartyDraft(name="Belarus", kind="state", acts_for=None),
                              PartyDraft(name="European Union", kind="international_org", acts_for=None))
    said = [(doc.sentences[-1].number, SentenceDraft(by=voice.name, t=["request"], to="European Union"))]
    _, requests, _ = build_items(said, doc, book, Run(), voice)
    # the request was 'Call on the European Union', quoting only 'We call on the European Union'
    assert [r.action for r in requests] == ["Abandon the language of sanctions and ultimatums and enter into a "
                                            "substantive dialogue"]
    assert requests[0].evidence[0].quote.endswith("to abandon the language of sanctions")
    assert action("urged Serbia to release them") == "Release them"


ROMANIA = ("MINISTRY OF FOREIGN AFFAIRS OF ROMANIA\n\nPress release\n\n"
           "Following the confirmation by the Ministry of National Defence that fragments of a drone were found on "
           "Romanian territory, the Ministry of Foreign Affairs (MFA) summoned the charg\u00e9 d'affaires of the "
           "Russian Federation.\n\n"
           "The Romanian side demanded that the Russian Federation immediately cease its attacks. The Russian side was "
           "also called upon to refrain from any action likely to lead to an escalation.\n\n"
           "The MFA reiterates that Romania firmly condemns the war of aggression waged by the Russian Federation.\n\n"
           "In response, the charg\u00e9 d'affaires stated that the Russian armed forces do not target NATO territory "
           "and suggested that the reports were being used to stir up anti-Russian sentiment.\n\n"
           'Minister of Foreign Affairs Lumini\u021ba Odobescu stated: "Romania will not tolerate any action that puts '
           'the safety of its citizens at risk."\n')


def test_a_foreign_ministrys_release_is_not_held_by_the_defence_ministry_it_cites() -> None:
    from summariser.assemble import Run, build_items
    from summariser.drafts import SentenceDraft

    doc, book, voice = parsed(ROMANIA, PartyDraft(name="Ministry of Foreign Affairs of Romania", kind="government_body",
                                                  acts_for="Romania"),
                              PartyDraft(name="Ministry of National Defence", kind="government_body",
                                         acts_for="Romania"),
                              PartyDraft(name="Romania", kind="state", acts_for=None),
                              PartyDraft(name="Russian Federation", kind="state", acts_for=None),
                              PartyDraft(name="Chargé d'affaires of the Russian Federation", kind="other",
                                         acts_for="Russian Federation"),
                              voice="Ministry of Foreign Affairs of Romania")
    # 'the Ministry of Foreign Affairs (MFA)': the ministry's acronym
    assert "MFA" in book.find("Ministry of Foreign Affairs of Romania").aliases
    # the model gave every line to the defence ministry the release cites first
    defence = "Ministry of National Defence"
    said = [(s.number, SentenceDraft(by=defence, t=["position", "request"], to="Romania"))
            for s in doc.sentences if s.text.startswith(("The Romanian side", "The Russian side", "The MFA"))]
    positions, requests, _ = build_items(said, doc, book, Run(), voice)
    names = {p.id: p.name for p in book.parties}
    assert defence not in {names[p.holder] for p in positions} | {names[r.requester] for r in requests}
    # 'The Russian side was also called upon to ...' was Russia's call on Romania
    assert [(names[r.requester], names[r.addressee]) for r in requests] == [
        ("Romania", "Russian Federation"), ("Ministry of Foreign Affairs of Romania", "Russian Federation")]


def test_what_a_speaker_suggested_was_the_case_asks_nothing_and_a_quotation_after_a_colon_is_whole() -> None:
    from summariser import cues
    from summariser.grounding import ground

    suggested = ROMANIA.split("\n\n")[-2]
    # 'suggested that the reports were being used ...' was a proposal to the Romanian ministry
    assert not cues.asks(suggested.split(" and ", 1)[1])
    assert cues.asks("He suggested that talks be held in Geneva.")
    doc = read_text(ROMANIA)
    quoted = doc.sentences[-1]
    # the quotation was cut at its relative 'that': 'puts the safety of its citizens at risk.'
    assert ground(doc, quoted.number).quote == "Romania will not tolerate any action that puts the safety of its " \
                                               'citizens at risk."'


def test_an_office_for_a_places_affairs_does_not_serve_that_place() -> None:
    from summariser.voice import checked_voice

    text = ("Taiwan Affairs Office of the State Council\nTranscript of Regular Press Conference\n\n"
            "Q: The Mainland Affairs Council of the Taiwan region claimed that the opinions put travellers at risk.\n\n"
            "A: The DPP authorities deliberately distort the facts. Taiwan is part of China. The China Coast Guard "
            "boarded the vessel near Kinmen, a normal law-enforcement action in waters near Taiwan.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Taiwan Affairs Office of the State Council",
                                               kind="government_body", acts_for=None),
                              PartyDraft(name="China Coast Guard", kind="non_state_group", acts_for=None),
                              PartyDraft(name="DPP authorities", kind="non_state_group", acts_for=None),
                              PartyDraft(name="Taiwan", kind="state", acts_for=None),
                              PartyDraft(name="China", kind="state", acts_for=None),
                              voice="Taiwan Affairs Office of the State Council")
    voice = checked_voice(book, voice, [s.text for s in doc.sentences])
    # Beijing's office on Taiwan served Taiwan, so the Lai and DPP lines it charges were theirs
    assert book.by_id(voice.affiliation).name == "China"
    coast_guard = book.find("China Coast Guard")  # a group of no one's
    assert coast_guard.kind == "government_body" and book.by_id(coast_guard.affiliation).name == "China"


def test_a_rejected_so_called_narrative_is_its_owners_claim_and_nobody_asks_its_own_side() -> None:
    from summariser.own_sides import unask_own_side
    from summariser.schema import Evidence, Request

    assert rebuttals.rebutted_claim('The MAC firmly rejects the CCP\'s so-called "punishment" narrative, which '
                                     "distorts the content of President Lai's address.") == (True, "CCP")
    text = "President Lai Ching-te of Taiwan expressed goodwill, calling for dialogue to replace confrontation.\n"
    book = build_parties([PartyDraft(name="Lai Ching-te", kind="person", acts_for="Taiwan"),
                          PartyDraft(name="Taiwan", kind="state", acts_for=None)], text)
    lai, taiwan = book.find("Lai Ching-te"), book.find("Taiwan")
    asked = Request(id="req1", requester=lai.id, addressee=taiwan.id, action="Dialogue to replace confrontation",
                    force="call", evidence=[Evidence(quote=text.strip(), start=0, end=len(text.strip()))])
    unask_own_side([asked], [], book)
    # Lai, tied to Taiwan only after the items were read, asked Taiwan
    assert asked.addressee is None


USUN = ("Remarks at a UN Security Council Briefing on the DPRK\n\nAmbassador Linda Thomas-Greenfield\n"
        "U.S. Representative to the United Nations\nNew York, New York\n\n"
        "Thank you, Mr. President. And thank you, Assistant Secretary-General Khiari, for your briefing.\n\n"
        "In September, after hosting Kim Jong Un at the Vostochny Cosmodrome, President Putin indicated that Russia "
        "would assist the DPRK with its satellite program.\n\n"
        "The representative of the DPRK claimed that the launch was an exercise of a legitimate right.\n\n"
        'And to my Russian colleague, who called the evidence "fabrications": if Russia has nothing to hide, it '
        "should let the Panel of Experts do its work.\n")


def test_a_council_speakers_name_under_a_title_line_her_post_and_those_she_names() -> None:
    from summariser.attribution import attribution
    from summariser.procedural import procedural
    from summariser.speakers import named_speakers

    doc, book, voice = parsed(USUN, PartyDraft(name="Ambassador Linda Thomas-Greenfield", kind="person",
                                               acts_for="United States"),
                              PartyDraft(name="U.S. Representative to the United Nations", kind="person",
                                         acts_for="United States"),
                              PartyDraft(name="U.S. Representative", kind="person", acts_for="United States"),
                              PartyDraft(name="DPRK", kind="state", acts_for=None),
                              PartyDraft(name="Russia", kind="state", acts_for=None),
                              PartyDraft(name="United States", kind="state", acts_for=None))
    # the post under her name, below the remarks' title line, was a second person
    assert book.find("U.S. Representative to the United Nations") is book.find("Linda Thomas-Greenfield")
    said = {s.text[:12]: p.name if p else None for s in doc.sentences
            for n, p in named_speakers(doc, book, voice).items() if n == s.number}
    assert said["In September"] == "Putin"  # was 'Vostochny Cosmodrome', titled 'President Putin'
    assert said["The represen"] == "DPRK"  # was the 'U.S. Representative', by his post's last word
    assert attribution(USUN.split("\n\n")[-1]) == (False, "")  # the Russian colleague spoken to held it
    assert all(procedural(s.text) for s in doc.sentences if s.text.startswith(("Thank you", "And thank you")))
    assert procedural("[Unofficial English translation from French.")  # an editor's line
    assert procedural("All Rights Reserved.") and procedural("\u00a9 2024 Reuters")


def test_a_chancellor_beside_a_president_is_no_name_and_what_we_hear_others_suggest_is_theirs() -> None:
    from summariser.people import person_in
    from summariser.titled_people import name_titled_people

    text = ("On 7 February 2022, standing next to the German Chancellor, President Biden declared that there "
            "would be no more Nord Stream 2.\n\nWe also hear some Western delegations suggest that Russia blew up "
            "its own pipelines.\n")
    book = build_parties([PartyDraft(name="German Chancellor", kind="person", acts_for="Germany"),
                          PartyDraft(name="Biden", kind="person", acts_for="United States")], text)
    name_titled_people(book)
    # the Chancellor's post was folded into Biden, 'for Germany'
    assert book.find("German Chancellor") is not book.find("Biden")
    assert person_in("On 7 February 2022, standing next to the German Chancellor, President Biden ") \
        == ("Biden", "President")  # 'Biden' of 'Joe Biden; Joseph R. Biden', one listed official
    assert relayed_allegation(text.split("\n\n")[1]) == "Western delegations"


def test_a_surname_said_after_a_name_with_its_post_after_it_is_that_person() -> None:
    from summariser.mentions import titled_mention

    text = ("[Photo caption: China's top diplomat Wang Yi, center, in Beijing on Friday.]\n\n"
            "It was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Wang Yi.\n\n"
            "Shamkhani told Iranian state media that the talks had been frank. Wang described the outcome as a "
            "victory for dialogue.\n")
    # 'Shamkhani told' and 'Wang described' were the model's Iran and the UN Secretary-General
    assert titled_mention("Shamkhani", text, text.find("Shamkhani told")) \
        == "Ali Shamkhani, secretary of Iran's Supreme National Security Council, "
    assert titled_mention("Wang", text, text.find("Wang described")) == "diplomat Wang Yi"


def test_the_place_a_post_is_of_comes_before_the_name() -> None:
    from summariser.people import person_in

    # 'Greenland M\u00fate B. Egede', 'Premier of'
    assert person_in("Premier of Greenland M\u00fate B. Egede has made clear ") == ("M\u00fate B. Egede",
                                                                                    "Premier of Greenland")
    assert person_in("Minister of Justice Ronald Lamola said ") == ("Ronald Lamola", "Minister of Justice")
