"""Conventions met in documents written after the eval set (stop 65): asks a sentence tells of without making
them, and whose sentences a wire's quotations are; each test names the convention and the mistake the pipeline
made before."""

from __future__ import annotations

from summariser import cues
from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_fresh_stop56 import _items
from tests.test_known_actors import parsed


def test_a_request_another_side_turned_down_is_no_ask_of_the_one_who_turned_it_down() -> None:
    # 'The court rejected a separate request to arrest İmamoğlu ...' was a request of the court (the bare 'rejected
    # the request' was already read past; a word between the article and the noun was not)
    assert not cues.asks("The court rejected a separate request to arrest İmamoğlu on terrorism-related charges.")
    assert not cues.asks("The judges dismissed the defence's second appeal on Monday.")
    assert not cues.asks("The ministry denied the embassy's latest request for consular access.")
    # (an ask made still is one)
    assert cues.asks("The court rejected the charges and urged prosecutors to release him.")
    assert cues.asks("She said Kenya had made a separate request to Uganda to extradite him.")


def test_a_threat_of_what_others_will_do_if_they_cannot_is_no_ask() -> None:
    # '"They want me out of the 2025 election, and if they cannot do it through the courts they will do it with
    # bullets," Morales said' was his request through 'if'
    assert not cues.asks('"They want me out of the 2025 election, and if they cannot do it through the courts they '
                         'will do it with bullets," Morales said.')
    assert not cues.asks("If the talks could not resume, the mission would leave.")
    # (a condition that asks stays one)
    assert cues.asks("The sanctions will be lifted if Minsk frees the prisoners.")


KENYA_WIRE = ("Kenya's Gachagua accuses Ruto allies of sponsoring church attack\n\n"
              "NAIROBI, April 14 (World News Wire) – Kenya's former Deputy President Rigathi Gachagua on Monday "
              "accused allies of President William Ruto of sending armed youths to disrupt a church service. "
              "Gachagua, who was impeached by parliament in October, was inside the church at the time and was "
              "escorted out by his security detail. Opposition leaders rallied behind Gachagua. Members of Ruto's "
              "United Democratic Alliance, however, accused Gachagua of staging confrontations to gain sympathy.\n")
KENYA_PARTIES = (PartyDraft(name="Kenya", kind="state", acts_for=None),
                 PartyDraft(name="Gachagua", kind="person", acts_for=None),
                 PartyDraft(name="Rigathi Gachagua", kind="person", acts_for=None),
                 PartyDraft(name="William Ruto", kind="person", acts_for="Kenya"))


def test_members_of_a_leaders_party_speak_for_the_party_not_the_leader() -> None:
    # "Members of Ruto's United Democratic Alliance ... accused Gachagua of staging confrontations" was Ruto's
    # stance; and with the model's late surname 'Gachagua' listed beside 'Rigathi Gachagua' the accused was no one
    book, (positions, _, claims) = _items(KENYA_WIRE, [
        ("Members of", SentenceDraft(by="Rigathi Gachagua", t=["claim"], to="William Ruto"))], *KENYA_PARTIES,
        voice=None)
    party = book.find("United Democratic Alliance")
    assert party is not None and party.kind == "non_state_group"
    assert [(c.asserted_by, c.disputed_by) for c in claims] == [(party.id, [book.find("Rigathi Gachagua").id])]
    assert not [p for p in positions if p.holder == book.find("William Ruto").id]


def test_the_reporters_account_of_what_befell_a_side_is_no_claim_of_that_side() -> None:
    # 'Gachagua, who was impeached by parliament in October, was inside the church ... and was escorted out' was his
    # claim against Kenya; 'Opposition leaders rallied behind Gachagua' his stance
    book, (positions, requests, claims) = _items(KENYA_WIRE, [
        ("Gachagua, who", SentenceDraft(by="Rigathi Gachagua", t=["position", "claim"], to="Kenya")),
        ("Opposition leaders", SentenceDraft(by="Kenya", t=["position"], to="Rigathi Gachagua"))],
        *KENYA_PARTIES, voice=None)
    assert claims == []
    assert not [p for p in positions if "rallied" in p.evidence[0].quote]
    # (a line that charges in words is still its subject's claim)
    _, (_, _, charged) = _items(KENYA_WIRE, [
        ("NAIROBI", SentenceDraft(by="Rigathi Gachagua", t=["claim"], to="William Ruto"))], *KENYA_PARTIES, voice=None)
    assert len(charged) == 1


def test_what_the_speakers_cannot_do_and_what_a_side_decided_to_do_ask_nothing() -> None:
    # "If our neighbour's house is burning, we cannot sleep peacefully in ours" was Mahama's request; 'the Algerian
    # Government has decided to withdraw its Ambassador' a request of France
    assert not cues.asks('"If our neighbour\'s house is burning, we cannot sleep peacefully in ours."')
    assert not cues.asks("The Algerian Government has decided to withdraw its Ambassador to the French Republic.")
    assert cues.asks("We urge Russia to withdraw its forces.")
    assert cues.asks("The sanctions will stay if Minsk does not free the prisoners, and we cannot accept delay.")


def test_the_one_told_in_a_passive_lead_in_is_no_speaker() -> None:
    # "Bangladesh's Deputy High Commissioner was told that we expect Bangladesh to implement ..." was Bangladesh's
    # stance and request (a role swap); it is the briefing's
    from summariser.attribution import attribution
    assert attribution("Bangladesh's Deputy High Commissioner was told that we expect Bangladesh to implement all "
                       "previous understandings.") == (False, "")
    assert attribution("The envoy was also told that Kenya rejects the claim.") == (False, "")
    assert attribution("The minister told the envoy that Kenya rejects the claim.")[1].strip() == "The minister"


def test_a_well_known_official_is_not_the_datelines_state() -> None:
    # 'Prime Minister's Office of Malaysia ... Jakarta, 27 June 2025': Anwar became Indonesia's, and 'both leaders'
    # (Anwar and Prabowo, one side) fell to the states named last, Cambodia among them
    from summariser.speakers import named_speakers
    text = ("Prime Minister Anwar Ibrahim holds bilateral meeting with President Prabowo Subianto\n\n"
            "Prime Minister's Office of Malaysia – Media Statement\nJakarta, 27 June 2025\n\n"
            "Prime Minister Datuk Seri Anwar Ibrahim today held a bilateral meeting with the President of the Republic "
            "of Indonesia, H.E. Prabowo Subianto, in Jakarta. The Prime Minister briefed President Prabowo on the "
            "Cambodia–Thailand border. On Palestine, both leaders condemned the continued Israeli military operations "
            "in Gaza.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Anwar Ibrahim", kind="person", acts_for="Indonesia"),
                              PartyDraft(name="Prabowo Subianto", kind="person", acts_for="Indonesia"),
                              PartyDraft(name="Indonesia", kind="state", acts_for=None),
                              PartyDraft(name="Malaysia", kind="state", acts_for=None),
                              PartyDraft(name="Cambodia", kind="state", acts_for=None),
                              PartyDraft(name="Thailand", kind="state", acts_for=None), voice="Anwar Ibrahim")
    anwar = book.find("Anwar Ibrahim")
    assert book.by_id(anwar.affiliation).name == "Malaysia"
    said = named_speakers(doc, book, voice)
    both = next(s for s in doc.sentences if "both leaders" in s.text)
    assert said[both.number] is anwar


def test_a_masthead_before_its_unit_issues_the_text() -> None:
    # 'Presidency of the Republic of Panama – Secretariat of Communication' left a readout with no voice; the state
    # after the dash ('Ministry of Foreign Affairs – State of Qatar') still speaks for its ministry
    from summariser.headings import heading_issuer
    assert heading_issuer(
        "President Mulino receives U.S. Secretary of State Marco Rubio\n\nPresidency of the Republic of Panama – "
        "Secretariat of Communication\nPanama City, 2 February 2025\n\nThe President received ...\n") \
        == "Presidency of the Republic of Panama"
    assert heading_issuer(
        "Weekly Press Briefing\n\nMinistry of Foreign Affairs – State of Qatar\nDoha, 21 January 2025\n\nThe "
        "spokesperson said ...\n") != "Ministry of Foreign Affairs"


def test_what_others_will_do_of_themselves_if_they_learn_is_no_ask() -> None:
    # '"If the Americans have learned anything from the past, they will choose a different path"' was Baghaei's request
    assert not cues.asks('"If the Americans have learned anything from the past, they will choose a different path."')
    assert cues.asks("If Minsk frees the prisoners, the European Union will lift the sanctions.")


def test_a_state_body_listed_by_its_acronym_and_written_out_elsewhere_is_that_states() -> None:
    # 'the Australian Security Intelligence Organisation' ... 'ASIO has assessed that Iran sought ...': the model's
    # 'ASIO' international organisation was the one Australia's claim charged
    text = ("Expulsion of the Ambassador of the Islamic Republic of Iran\n\nThis decision follows advice from the "
            "Australian Security Intelligence Organisation that the Iranian Government directed at least two attacks. "
            "ASIO has assessed that Iran sought to disguise its involvement.\n")
    _, book, _ = parsed(text, PartyDraft(name="Australia", kind="state", acts_for=None),
                        PartyDraft(name="Iran", kind="state", acts_for=None),
                        PartyDraft(name="ASIO", kind="international_org", acts_for=None), voice="Australia")
    asio = book.find("ASIO")
    assert asio.kind == "government_body" and book.by_id(asio.affiliation).name == "Australia"


def test_a_masthead_line_before_its_unit_is_no_item() -> None:
    # 'Ministry of Foreign Affairs of the Islamic Republic of Iran – Center for Public Diplomacy' was the ministry's
    # stance (and left the briefing with no voice)
    text = ("Weekly press conference of Foreign Ministry Spokesman Esmaeil Baghaei\n\n"
            "Ministry of Foreign Affairs of the Islamic Republic of Iran – Center for Public Diplomacy\n"
            "Tehran, 20 January 2025\n\nEsmaeil Baghaei condemned the assassination of two judges.\n")
    book, (positions, _, _) = _items(text, [
        ("Ministry of Foreign", SentenceDraft(by="Iran", t=["position"], to=None)),
        ("Esmaeil Baghaei condemned", SentenceDraft(by="Esmaeil Baghaei", t=["position"], to=None))],
        PartyDraft(name="Iran", kind="state", acts_for=None),
        PartyDraft(name="Esmaeil Baghaei", kind="person", acts_for="Iran"), voice=None)
    assert [p.evidence[0].quote for p in positions] == ["Esmaeil Baghaei condemned the assassination of two judges."]
    from summariser.headings import heading_issuer
    assert heading_issuer(text) == "Ministry of Foreign Affairs of the Islamic Republic of Iran"


def test_a_lettered_paragraph_in_the_past_is_the_communiques_own() -> None:
    # '(e) Agreed to convene, in consultation with the African Union, an inclusive ... process' and '... called on all
    # external actors to refrain ...' were the African Union's (IGAD's communiqué)
    from summariser.attribution import attribution
    assert attribution("(e) Agreed to convene, in consultation with the African Union, an inclusive political "
                       "process, and called on all external actors to refrain from interference.") == (False, "")
    assert attribution("(a) Expressed grave concern at the continued fighting.") == (False, "")
    # (a paragraph of its own voice still names its speaker: 'The Assembly expressed ...' is no lettered one)
    assert attribution("Kenya's President said that the process was welcome.")[0]


def test_an_unnamed_third_country_and_a_body_another_asked_are_no_addressee_nor_ask() -> None:
    # 'Mexico will request a third country to take charge of its interests' asked Ecuador; '..., which has been asked
    # by the President to certify the election results' was a request of the UN experts
    from summariser.asked_groups import nobody_in_particular
    assert nobody_in_particular("a third country")
    assert not nobody_in_particular("Ecuador")
    assert not cues.asks("They also questioned the independence of the Supreme Tribunal of Justice, which has been "
                         "asked by the President to certify the election results.")
    assert cues.asks("The experts asked the Supreme Tribunal to publish the tally sheets.")


def test_a_case_another_describes_names_no_speaker_and_a_charge_in_the_passive_no_claim() -> None:
    # "Tanzania's electoral commission ... disqualified ... Chadema ..., days after its leader Tundu Lissu was charged
    # with treason in a case the party says is designed to silence ..." was Lissu's claim against Chadema
    from summariser.attribution import attribution
    from summariser.clause_speakers import asserts_nothing
    line = ("Tanzania's electoral commission on Saturday disqualified the main opposition party Chadema from "
            "October's general election, days after its leader Tundu Lissu was charged with treason in a case the "
            "party says is designed to silence the President's most prominent critic.")
    assert attribution(line) == (False, "")
    assert asserts_nothing(line)
    assert not asserts_nothing("The commission said Chadema had failed to sign the code.")
    assert not asserts_nothing("Prosecutors charged him with treason.")


def test_a_quotation_an_unnamed_source_speaks_is_not_the_side_it_addresses() -> None:
    # '"The Kuwaitis must understand that the Iraqi people never accepted this deal," said one member of parliament
    # from the ruling coalition' was Kuwait's stance
    from summariser.holders import holder_of
    text = ("Kuwait presses Iraq over court ruling\n\n\"The Kuwaitis must understand that the Iraqi people never "
            "accepted this deal,\" said one member of parliament from the ruling coalition.\n")
    _, book, _ = parsed(text, PartyDraft(name="Kuwait", kind="state", acts_for=None),
                        PartyDraft(name="Iraq", kind="state", acts_for=None), voice=None)
    sentence = text.split("\n\n")[1].strip()
    kuwait = book.find("Kuwait")
    assert holder_of(kuwait, None, True, book, {}, sentence, None) is None
    # (the lead-in's own party still holds: 'said the Kuwaiti foreign minister')
    told = '"We expect Baghdad to take concrete steps," said Kuwait\'s foreign minister.'
    assert holder_of(kuwait, None, True, book, {}, told, None) is kuwait


def test_a_person_set_off_by_a_description_is_the_next_she_who_speaks() -> None:
    # 'Elena Lasconi, the centre-right reformist who came second ..., also criticised the decision. "The vote was the
    # moment to defeat him, ...," she said' was President Iohannis's stance: the model had not listed her
    from summariser.speakers import named_speakers
    text = ("Romania's top court annuls presidential vote\n\nBUCHAREST, Dec 6 (CNA) – President Klaus Iohannis said "
            "he would remain in office. Elena Lasconi, the centre-right reformist who came second, also criticised the "
            "decision. \"The vote was the moment to defeat him, and the court has taken that moment away from us,\" "
            "she said.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Klaus Iohannis", kind="person", acts_for="Romania"),
                              PartyDraft(name="Romania", kind="state", acts_for=None), voice=None)
    said = named_speakers(doc, book, voice)
    quoted = next(s for s in doc.sentences if "moment to defeat" in s.text)
    assert said[quoted.number] is not None and said[quoted.number].name == "Elena Lasconi"


def test_a_surname_two_listed_people_share_is_the_one_named_before() -> None:
    # 'The ICC warrant accuses Duterte of ...' (Rodrigo named, Sara Duterte only later) charged the Philippines
    from summariser.accusations import namesake_named_before
    text = ("MANILA – Police arrested former President Rodrigo Duterte. The ICC warrant accuses Duterte of murder. "
            "Vice President Sara Duterte said her father had been kidnapped.\n")
    _, book, _ = parsed(text, PartyDraft(name="Rodrigo Duterte", kind="person", acts_for=None),
                        PartyDraft(name="Sara Duterte", kind="person", acts_for=None), voice=None)
    assert namesake_named_before("Duterte", "The ICC warrant accuses Duterte of murder.", book).name == \
        "Rodrigo Duterte"
    assert namesake_named_before("Duterte", "Police arrested former President Rodrigo Duterte.", book) is None


def test_a_post_after_an_acronym_is_the_person_an_honour_alone_titled() -> None:
    # 'His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, ...': the model's 'Sheikh' title stayed,
    # and its 'UAE President' body held 'His Highness welcomed ...' beside him
    from summariser.posts import title_people_by_their_first_mention
    from summariser.titles import names_a_post
    assert names_a_post("UAE President") and names_a_post("UK Prime Minister")
    assert not names_a_post("UAE Ministry of Foreign Affairs")
    text = ("UAE President receives Syrian President\n\nABU DHABI (WAM) -- His Highness Sheikh Mohamed bin Zayed Al "
            "Nahyan, President of the UAE, today received Ahmed al-Sharaa.\n")
    _, book, _ = parsed(text, PartyDraft(name="Mohamed bin Zayed Al Nahyan", kind="person", acts_for=None))
    person = book.find("Mohamed bin Zayed Al Nahyan")
    person.title = "Sheikh"
    title_people_by_their_first_mention(book)
    assert person.title == "President of the UAE"


def test_a_head_of_states_own_site_issues_the_readout_through_the_one_person_of_that_state() -> None:
    # 'President of Russia – Events' over 'Talks with President of Cuba Miguel Díaz-Canel Bermúdez' left the model's
    # voice, the guest; the Kremlin writes its own head bare ('Vladimir Putin met with ...')
    from summariser.headings import heading_issuer
    from summariser.issuers import issuing_party
    text = ("Talks with President of Cuba Miguel Díaz-Canel Bermúdez\n\nPresident of Russia – Events\nThe Kremlin, "
            "Moscow, May 9, 2025\n\nVladimir Putin met with President of the Republic of Cuba Miguel Díaz-Canel "
            "Bermúdez.\n")
    assert heading_issuer(text) == "President of Russia"
    _, book, _ = parsed(text, PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                        PartyDraft(name="Russia", kind="state", acts_for=None),
                        PartyDraft(name="Miguel Díaz-Canel Bermúdez", kind="person", acts_for="Cuba"),
                        PartyDraft(name="Cuba", kind="state", acts_for=None))
    assert issuing_party(text, book, book.find("Miguel Díaz-Canel Bermúdez")).name == "Vladimir Putin"


def test_a_bare_full_name_the_heading_gives_a_post_is_a_speaker_and_the_next_he() -> None:
    # 'To Lam warmly welcomed Xi Jinping's state visit. He said that developing relations with China is ... a top
    # priority of Viet Nam's foreign policy' was Xi's (a role swap): the model had not listed To Lam
    from summariser.speakers import named_speakers
    text = ("Xi Jinping Holds Talks with General Secretary of the CPV Central Committee To Lam\n\n"
            "Xi Jinping said that China values its ties with Viet Nam. To Lam warmly welcomed Xi Jinping's state "
            "visit. He said that developing relations with China is a top priority of Viet Nam's foreign policy.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Xi Jinping", kind="person", acts_for="China"),
                              PartyDraft(name="China", kind="state", acts_for=None),
                              PartyDraft(name="Vietnam", kind="state", acts_for=None), voice="China")
    said = named_speakers(doc, book, voice)
    priority = next(s for s in doc.sentences if "top priority" in s.text)
    assert said[priority.number] is not None and said[priority.number].name == "To Lam"


def test_a_name_that_begins_with_arm_is_no_charge_and_an_ask_told_in_the_passive_is_told() -> None:
    # 'arm...' read 'Armenia' as arms: 'The Republic of Armenia and the Republic of Azerbaijan share the view that
    # there is a historic chance to achieve peace' charged Azerbaijan, and 'Its patrols are conducted on the Armenian
    # side of the border' the European Union; the seed's refusal after 'had been invited to a dialogue' still charges
    from summariser.claim_cues import charges
    assert not charges("The Republic of Armenia and the Republic of Azerbaijan share the view that there is a "
                       "historic chance to achieve long-awaited peace in the region.")
    assert not charges("Its patrols are conducted on the Armenian side of the border and are fully transparent.")
    assert charges("The militants armed themselves with rifles.")
    assert charges("The shipment of arms went on.") and not charges("Ambassador Armstrong met the minister.")
    assert charges("The head of state mentioned that representatives of the residents had been invited to a dialogue "
                   "several times, but they refused.")
