"""Conventions met in documents written after the eval set (stop 66): whose words a wire gives to an unnamed camp
or an unnamed spokesperson; each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import accusations, cues, headings
from summariser.agents import agent_named
from summariser.attribution import attribution
from summariser.background import named_as_place
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.procedural import procedural
from summariser.voice import checked_voice
from tests.test_fresh_stop56 import _items
from tests.test_known_actors import parsed

GEORGIA_WIRE = ("Georgia's prime minister vows no revolution as protests go on\n\n"
                "TBILISI, December 1 (World News Wire) – Georgian Prime Minister Irakli Kobakhidze on Sunday accused "
                "opposition parties of organising violence against police. The Interior Ministry said more than 100 "
                "people had been detained. Opposition parties and rights groups said many of those arrested had been "
                "beaten. A ministry spokesperson denied that police had used excessive force. Rights groups say the "
                "space for dissent has narrowed sharply. Amnesty International urged the authorities to release "
                "the detainees. \"There is a prime minister who cannot tolerate criticism,\" one of his lawyers told "
                "reporters. The ruling Georgian Dream party rejected the allegations.\n")
GEORGIA_PARTIES = (PartyDraft(name="Georgia", kind="state", acts_for=None),
                   PartyDraft(name="Irakli Kobakhidze", kind="person", acts_for="Georgia"),
                   PartyDraft(name="Interior Ministry", kind="government_body", acts_for=None),
                   PartyDraft(name="Georgian Dream", kind="non_state_group", acts_for=None),
                   PartyDraft(name="Amnesty International", kind="non_state_group", acts_for=None))


def test_an_unnamed_camp_of_critics_is_not_the_ruling_side_the_model_named() -> None:
    # 'Opposition parties and rights groups said many of those arrested had been beaten' was the ruling party's
    # stance, and 'one of his lawyers told reporters' (the accused man's) the state's
    _, (positions, _, _) = _items(GEORGIA_WIRE, [
        ("Opposition parties", SentenceDraft(by="Georgian Dream", t=["position"], to=None)),
        ("\"There is a prime", SentenceDraft(by="Georgia", t=["position"], to=None))], *GEORGIA_PARTIES, voice=None)
    assert positions == []


def test_a_rights_camp_may_be_the_rights_group_the_model_named_and_the_state_speaks_for_itself() -> None:
    # (the listed rights group the model named for 'Rights groups say' keeps it; 'The Interior Ministry said' is the
    # ministry's, as before)
    book, (positions, _, _) = _items(GEORGIA_WIRE, [
        ("Rights groups say", SentenceDraft(by="Amnesty International", t=["position"], to=None)),
        ("The Interior Ministry", SentenceDraft(by="Interior Ministry", t=["position"], to=None))],
        *GEORGIA_PARTIES, voice=None)
    assert [p.holder for p in positions] == [book.find("Amnesty International").id, book.find("Interior Ministry").id]


def test_an_unnamed_spokesperson_of_a_ministry_speaks_for_the_one_listed_ministry() -> None:
    # 'A ministry spokesperson denied that police had used excessive force' was the ruling party's
    book, (positions, _, _) = _items(GEORGIA_WIRE, [
        ("A ministry spokesperson", SentenceDraft(by="Georgian Dream", t=["position"], to=None))],
        *GEORGIA_PARTIES, voice=None)
    assert [p.holder for p in positions] == [book.find("Interior Ministry").id]


BRIEFING = ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n"
            "Reuters: The United States yesterday announced so-called reciprocal tariffs on its trading partners. "
            "What is China's response?\n\n"
            "Mao Ning: The U.S. has used tariffs as a weapon to exert maximum pressure. There is no winner in a trade "
            "war or a tariff war. There is no military solution to the crisis.\n\n"
            "Reuters: Officials in Washington say Chinese troops are stationed in Cuba. Is that true?\n\n"
            "Mao Ning: There are no Chinese troops in Cuba.\n")
BRIEFING_PARTIES = (PartyDraft(name="Mao Ning", kind="person", acts_for="China"),
                    PartyDraft(name="China", kind="state", acts_for=None),
                    PartyDraft(name="United States", kind="state", acts_for=None))


def test_a_maxim_that_there_is_no_winner_denies_nobodys_word() -> None:
    # 'There is no winner in a trade war or a tariff war.' after a question on US tariffs was the US claim, which
    # Mao Ning denied (a flat 'There is no ...' answering a question)
    book, (positions, _, claims) = _items(BRIEFING, [
        ("There is no winner", SentenceDraft(by="Mao Ning", t=["claim"], to="China")),
        ("There is no military", SentenceDraft(by="Mao Ning", t=["claim"], to="China")),
        ("Mao Ning: There are no Chinese", SentenceDraft(by="Mao Ning", t=["claim"], to="China"))], *BRIEFING_PARTIES,
        voice="Mao Ning")
    mao, us = book.find("Mao Ning").id, book.find("United States").id
    assert [p.holder for p in positions if "winner" in p.evidence[0].quote or "military" in p.evidence[0].quote] \
        == [mao, mao]
    # (a flat denial of what the question told still answers its claimant)
    assert [(c.asserted_by, c.disputed_by, c.status) for c in claims] == [(us, [mao], "denied")]


def test_leaders_who_exchanged_information_take_no_stance_and_charge_no_one() -> None:
    # 'The prime ministers exchanged information on the investigation opened by the Finnish authorities, who have
    # detained the tanker ...' was Estonia's charge against Finland, the partner on the call
    assert procedural("The prime ministers exchanged information on the investigation opened by the Finnish "
                      "authorities, who have detained the tanker Eagle S on suspicion that it damaged the cable.")
    assert procedural("The two ministers also held an exchange of information on the situation in the region.")
    # (information one side gives, with its stance, is no procedure)
    assert not procedural("The minister condemned the attack and shared information on the damage it caused.")


def test_what_two_leaders_agreed_to_resume_and_how_long_the_call_lasted_ask_nothing() -> None:
    # 'They agreed to resume bilateral cooperation on counternarcotics' was Biden's call on China, and 'It lasted about
    # 35 minutes.' a stance of the Foreign Secretary
    assert not cues.asks("They agreed to resume bilateral cooperation on counternarcotics, including through a "
                         "working group.")
    assert procedural("It lasted about 35 minutes.")
    # (an ask to resume, and a line of what lasted too long, stay what they were)
    assert cues.asks("He urged Beijing to resume military-to-military communication.")
    assert not procedural("It lasted for decades, he said, and it must end now.")


JAPAN_CHINA = ("Japan-China Foreign Ministers' Meeting\n\nMinistry of Foreign Affairs of Japan\n\n"
               "On July 26, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting Vientiane, Lao "
               "People's Democratic Republic, held a meeting with Mr. Wang Yi, Minister of Foreign Affairs of the "
               "People's Republic of China.\n\n"
               "1. At the outset, the two Ministers confirmed that Japan and China would promote a mutually "
               "beneficial relationship.\n\n"
               "2. Minister Kamikawa expressed serious concerns over the situation in the East China Sea and strongly "
               "requested the immediate removal of the buoy that China installed within Japan's exclusive economic "
               "zone. She strongly requested that the Chinese side ensure the safety of Japanese nationals in China.\n")
JAPAN_CHINA_PARTIES = (PartyDraft(name="Ministry of Foreign Affairs of Japan", kind="government_body",
                                  acts_for="Japan"),
                       PartyDraft(name="Wang Yi", kind="person", acts_for="China"),
                       PartyDraft(name="Vientiane, Lao People's Democratic Republic", kind="state", acts_for=None),
                       PartyDraft(name="Japanese nationals", kind="population", acts_for=None),
                       PartyDraft(name="Chinese nationals", kind="population", acts_for=None),
                       PartyDraft(name="Japan", kind="state", acts_for=None),
                       PartyDraft(name="China", kind="state", acts_for=None))


def test_the_place_a_guest_visits_is_not_one_of_the_two_ministers() -> None:
    # 'the two Ministers confirmed ...' was held by Laos, where the meeting was held ('who is visiting Vientiane, Lao
    # People's Democratic Republic'), as the first-named of the last two states named
    book, (positions, _, _) = _items(JAPAN_CHINA, [
        ("At the outset", SentenceDraft(by="Vientiane, Lao People's Democratic Republic", t=["position"], to=None))],
        *JAPAN_CHINA_PARTIES, voice="Ministry of Foreign Affairs of Japan")
    assert [book.by_id(p.holder).name for p in positions] == ["Japan"]


def test_whoever_put_there_what_is_to_be_removed_and_the_side_by_its_adjective_are_asked() -> None:
    # 'requested the immediate removal of the buoy that China installed within Japan's exclusive economic zone' asked
    # Japan, and 'requested that the Chinese side ensure the safety ...' the 'Chinese nationals' the model listed
    book, (_, requests, _) = _items(JAPAN_CHINA, [
        ("Minister Kamikawa expressed", SentenceDraft(by="Ministry of Foreign Affairs of Japan", t=["request"],
                                                      to="Japan")),
        ("She strongly requested", SentenceDraft(by="Ministry of Foreign Affairs of Japan", t=["request"], to=None))],
        *JAPAN_CHINA_PARTIES, voice="Ministry of Foreign Affairs of Japan")
    assert [r.addressee for r in requests] == [book.find("China").id] * 2


TURKISH_READOUT = ("President Erdoğan holds a phone call with President Pezeshkian of Iran\n\n"
                   "President Recep Tayyip Erdoğan held a phone call with President Masoud Pezeshkian of Iran. "
                   "Stating that Israel's attacks against Iran are a clear violation of international law, President "
                   "Erdoğan said that the region was being dragged into disaster. The Iranian leaders raised the "
                   "possibility of a new round of talks.\n")
TURKISH_PARTIES = (PartyDraft(name="Recep Tayyip Erdoğan", kind="person", acts_for="Türkiye"),
                   PartyDraft(name="Masoud Pezeshkian", kind="person", acts_for="Iran"),
                   PartyDraft(name="Iran", kind="state", acts_for=None),
                   PartyDraft(name="Türkiye", kind="state", acts_for=None))


def test_a_deed_judged_a_violation_charges_its_doer_listed_or_not() -> None:
    # "Stating that Israel's attacks against Iran are a clear violation of international law" charged Iran, the one
    # attacked, and the model had not listed Israel
    book, (_, _, claims) = _items(TURKISH_READOUT, [
        ("Stating that", SentenceDraft(by="Recep Tayyip Erdoğan", t=["claim"], to="Iran"))], *TURKISH_PARTIES,
        voice="Recep Tayyip Erdoğan")
    israel = book.find("Israel")
    assert israel is not None and [c.disputed_by for c in claims] == [[israel.id]]
    assert accusations.accused_in("Russia's invasion of Ukraine is a flagrant violation of the UN Charter.") == "Russia"
    assert accusations.accused_in("We note that Japan's position on the matter is clear.") is None


def test_the_other_sides_leaders_who_raised_a_possibility_hold_it() -> None:
    # 'The Iranian leaders raised the possibility of ...' (a Kenyan readout's 'The Haitian leaders ...') was the
    # voice's stance: no lead-in was read, and 'Haitian leaders' named no state
    book, (positions, _, _) = _items(TURKISH_READOUT, [
        ("The Iranian leaders", SentenceDraft(by="Recep Tayyip Erdoğan", t=["position"], to=None))], *TURKISH_PARTIES,
        voice="Recep Tayyip Erdoğan")
    assert [p.holder for p in positions] == [book.find("Iran").id]


CHILE = ("Statement by the Ministry of Foreign Affairs of Chile\n\n"
         "The Ministry of Foreign Affairs of Chile informs public opinion that it has taken note of the communiqué "
         "issued today by the government of Venezuela, through which it announced the withdrawal of its diplomatic "
         "personnel from Chile and demanded that the Government of Chile immediately withdraw its own diplomatic "
         "staff from Venezuelan territory.\n")


def test_a_demand_a_communique_made_through_which_it_asked_is_the_issuers() -> None:
    # '... the communiqué issued today by the government of Venezuela, through which it ... demanded that the
    # Government of Chile immediately withdraw ...' was Chile's demand of nobody
    book, (_, requests, _) = _items(CHILE, [
        ("The Ministry of Foreign", SentenceDraft(by="Ministry of Foreign Affairs of Chile", t=["request"], to=None))],
        PartyDraft(name="Ministry of Foreign Affairs of Chile", kind="government_body", acts_for="Chile"),
        PartyDraft(name="Chile", kind="state", acts_for=None),
        PartyDraft(name="Venezuela", kind="state", acts_for=None),
        voice="Ministry of Foreign Affairs of Chile")
    assert [(r.requester, r.addressee) for r in requests] == [(book.find("Venezuela").id, book.find("Chile").id)]


UN_TEXTS = ("Statement attributable to the Spokesperson for the Secretary-General – on the DPRK\n\n"
            "United Nations, New York\n21 November 2023\n\n"
            "The Secretary-General strongly condemns the launch of a military satellite by the DPRK. He calls on all "
            "parties concerned to exercise restraint.\n\n"
            "The members of the Security Council condemned in the strongest terms the terrorist attack carried out on "
            "22 March 2024 at the Crocus City Hall concert venue in Krasnogorsk, Moscow Region, Russian Federation.\n\n"
            "Serious human rights violations, amounting to crimes against humanity, have been committed in Nicaragua "
            "since April 2018, the Group of Human Rights Experts on Nicaragua (GHREN) said in a report released "
            "today.\n")
UN_PARTIES = (PartyDraft(name="United Nations, New York", kind="state", acts_for=None),
              PartyDraft(name="António Guterres", kind="person", acts_for="United Nations"),
              PartyDraft(name="DPRK", kind="state", acts_for=None),
              PartyDraft(name="Russian Federation", kind="state", acts_for=None),
              PartyDraft(name="UN experts", kind="international_org", acts_for=None),
              PartyDraft(name="Nicaragua", kind="state", acts_for=None))


def test_a_line_of_place_names_over_a_date_is_no_party_and_asks_nothing() -> None:
    # 'United Nations, New York' over '21 November 2023' was listed as a state, and asked for 'all parties concerned'
    book, (_, requests, _) = _items(UN_TEXTS, [
        ("He calls on", SentenceDraft(by="António Guterres", t=["request"], to="United Nations, New York"))],
        *UN_PARTIES, voice="António Guterres")
    assert [r.addressee for r in requests] == [None]
    assert named_as_place(book.find("United Nations, New York"), UN_TEXTS)


def test_the_state_at_the_end_of_a_towns_address_is_where_not_whom_a_charge_accuses() -> None:
    # '... at the Crocus City Hall concert venue in Krasnogorsk, Moscow Region, Russian Federation' charged Russia
    _, (_, _, claims) = _items(UN_TEXTS, [
        ("The members of", SentenceDraft(by="António Guterres", t=["claim"], to="Russian Federation"))],
        *UN_PARTIES, voice="António Guterres")
    assert claims == []


def test_a_body_named_for_the_state_it_watches_speaks_after_its_finding() -> None:
    # '..., the Group of Human Rights Experts on Nicaragua (GHREN) said in a report released today.' was Nicaragua's
    # stance (a role swap): the whole line before 'said' was read as the lead-in, and 'on Nicaragua' named the state
    assert attribution("Violations have been committed in Nicaragua, the Group of Human Rights Experts on Nicaragua "
                       "(GHREN) said in a report released today.") == (
        True, " the Group of Human Rights Experts on Nicaragua (GHREN) ")
    book, (_, _, claims) = _items(UN_TEXTS, [
        ("Serious human", SentenceDraft(by="UN experts", t=["claim"], to="Nicaragua"))], *UN_PARTIES, voice=None)
    assert [(c.asserted_by, c.disputed_by) for c in claims] == [(book.find("UN experts").id,
                                                                 [book.find("Nicaragua").id])]


ECOWAS_COMMUNIQUE = ("Final Communiqué: Second Extraordinary Summit of the ECOWAS Authority of Heads of State and "
                     "Government on the Political Situation in the Republic of Niger\n\n"
                     "Economic Community of West African States (ECOWAS)\nAbuja, 10 August 2023\n\n"
                     "1. The Authority held its Second Extraordinary Summit on the political situation in Niger.\n\n"
                     "2. Having deliberated, the Authority decided as follows:\n\n"
                     "a) To maintain all the measures agreed upon at its Extraordinary Summit of 30 July 2023;\n\n"
                     "b) To order the deployment of the ECOWAS Standby Force to restore constitutional order in the "
                     "Republic of Niger.\n")


def test_a_communique_whose_authority_decided_as_follows_is_the_organisations() -> None:
    # the summit's communiqué on Niger spoke in Niger's voice: 'the Authority decided as follows:' was no lead of
    # operative paragraphs, so the masthead's organisation did not issue it
    doc, book, said = parsed(ECOWAS_COMMUNIQUE, PartyDraft(name="Niger", kind="state", acts_for=None),
                             PartyDraft(name="ECOWAS", kind="international_org", acts_for=None), voice="Niger")
    voice = checked_voice(book, said, [s.text for s in doc.sentences])
    assert voice is not None and voice.name == "ECOWAS"


SCO = ("Statement of the Member States of the Shanghai Cooperation Organisation\n\n"
       "1. The Member States strongly condemn the military strikes carried out by Israel on the territory of the "
       "Islamic Republic of Iran.\n\n"
       "2. Such aggressive actions against civilian targets are a gross violation of international law. They damage "
       "regional and international security. They note that the issue must be resolved through diplomacy.\n")


def test_they_that_do_harm_after_a_charge_are_the_deeds_just_charged() -> None:
    # 'They damage regional and international security' after the charge of Israel's strikes charged Iran, the
    # model's guess, which the sentence does not name ('They note that ...', the speakers, charges no one anew)
    book, (_, _, claims) = _items(SCO, [
        ("The Member States strongly", SentenceDraft(by="SCO", t=["claim"], to="Israel")),
        ("They damage", SentenceDraft(by="SCO", t=["claim"], to="Iran"))],
        PartyDraft(name="SCO", kind="international_org", acts_for=None),
        PartyDraft(name="Israel", kind="state", acts_for=None), PartyDraft(name="Iran", kind="state", acts_for=None),
        voice="SCO")
    assert [c.disputed_by for c in claims] == [[book.find("Israel").id]] * 2


UGANDA_WIRE = ("Uganda's Besigye in military court after abduction in Kenya\n\n"
               "KAMPALA, Nov 20 (World News Wire) - Veteran Ugandan opposition leader Kizza Besigye appeared before a "
               "military court on Wednesday. Uganda's main opposition figures, including Bobi Wine, called the "
               "proceedings \"a charade\" and asked the government to transfer the case to a civilian court. The Law "
               "Society of Kenya demanded an inquiry, saying opposition figures were being abducted in Kenya.\n")
UGANDA_PARTIES = (PartyDraft(name="Uganda", kind="state", acts_for=None),
                  PartyDraft(name="Kenya", kind="state", acts_for=None),
                  PartyDraft(name="Bobi Wine", kind="person", acts_for=None),
                  PartyDraft(name="Kizza Besigye", kind="person", acts_for=None))


def test_a_states_opposition_is_not_the_state_and_the_one_it_includes_speaks() -> None:
    # "Uganda's main opposition figures, including Bobi Wine, ... asked the government to transfer the case" was
    # Uganda's request (the possessive named the state)
    book, (_, requests, _) = _items(UGANDA_WIRE, [
        ("Uganda's main", SentenceDraft(by="Uganda", t=["request"], to="Uganda"))], *UGANDA_PARTIES, voice=None)
    assert [r.requester for r in requests] == [book.find("Bobi Wine").id]


def test_a_society_of_a_states_people_is_a_party_of_its_own() -> None:
    # 'The Law Society of Kenya demanded an inquiry' was Kenya's demand
    book, (positions, _, _) = _items(UGANDA_WIRE, [
        ("The Law Society", SentenceDraft(by="Kenya", t=["position"], to=None))], *UGANDA_PARTIES, voice=None)
    society = book.find("Law Society of Kenya")
    assert society is not None and society.kind == "non_state_group"
    assert [p.holder for p in positions] == [society.id]


def test_asking_whether_someone_could_come_invites() -> None:
    # 'President Trump asked whether Prime Minister Modi could stop in the United States on his way back' was the
    # Foreign Secretary's stance: 'asked whether' was read as a question put
    assert cues.asks("President Trump asked whether Prime Minister Modi could stop in the United States on his way "
                     "back from Canada.")
    # (a question of fact asks nothing)
    assert not cues.asks("Reporters asked whether the talks would resume next week.")


def test_a_pair_that_holds_a_video_call_under_a_press_note_label_names_the_one_called() -> None:
    # 'President Lula and President Donald Trump hold video call' under 'PRESS NOTE' named no one called, so Lula's
    # 'He requested the withdrawal of the additional 40 percent surcharge ...' asked nobody (and Trump's title was
    # 'President Lula and President')
    text = ("Presidency of the Federative Republic of Brazil\nPlanalto Palace - Secretariat for Social Communication\n"
            "PRESS NOTE\n\nPresident Lula and President Donald Trump hold video call\n\nBrasília, 6 October 2025\n\n"
            "The conversation took place in a friendly tone. President Lula requested the withdrawal of the "
            "additional 40 percent surcharge imposed on Brazilian national products.\n")
    assert headings.counterpart_in(text) == "President Donald Trump"
    book, (_, requests, _) = _items(text, [("President Lula requested", SentenceDraft(by="Lula da Silva",
                                                                                     t=["request"], to=None))],
                                    PartyDraft(name="Lula da Silva", kind="person", acts_for="Brazil"),
                                    PartyDraft(name="Donald Trump", kind="person", acts_for=None),
                                    PartyDraft(name="Brazil", kind="state", acts_for=None),
                                    voice="Lula da Silva")
    assert [book.by_id(r.addressee).name for r in requests] == ["Donald Trump"]
    assert book.find("Donald Trump").title == "President"


def test_a_condemnation_of_someone_for_a_deed_charges_them() -> None:
    # 'We reiterate our unequivocal condemnation of Hamas for the terrorist attacks of 7 October' charged Israel
    assert accusations.accused_in("We reiterate our unequivocal condemnation of Hamas for the terrorist attacks of "
                                  "7 October.") == "Hamas"
    assert accusations.accused_in("He condemned the attack on Pakistan for the second time.") is None


UNHCR = ("UNHCR alarmed by attack on Rohingya refugees in Aceh\n\nGENEVA, 28 December 2023\n\n"
         "Several boats were turned away by local communities, and requests to allow them to land were refused before "
         "some were permitted to disembark. We also urge the public to carefully verify information circulating "
         "online. The agency will continue to support the Government of Indonesia in responding to the situation, "
         "and calls on States in the region to share responsibility.\n")


def test_the_agency_that_supports_a_government_asks_and_the_public_is_nobody() -> None:
    # 'The agency will continue to support the Government of Indonesia ..., and calls on States in the region to ...'
    # was Indonesia's ask (a role swap), 'We also urge the public to ...' asked Indonesia, and 'requests to allow
    # them to land were refused' was UNHCR's request
    book, (_, requests, _) = _items(UNHCR, [
        ("Several boats", SentenceDraft(by="UNHCR", t=["request"], to="Indonesia")),
        ("We also urge", SentenceDraft(by="UNHCR", t=["request"], to="Indonesia")),
        ("The agency will", SentenceDraft(by="UNHCR", t=["request"], to=None))],
        PartyDraft(name="UNHCR", kind="international_org", acts_for=None),
        PartyDraft(name="Government of Indonesia", kind="government_body", acts_for="Indonesia"),
        PartyDraft(name="Indonesia", kind="state", acts_for=None), voice="UNHCR")
    unhcr = book.find("UNHCR").id
    assert [(r.requester, r.addressee is None) for r in requests] == [(unhcr, True), (unhcr, False)]


PAKISTAN_WIRE = ("Pakistan blames India for train attack; India rejects claim\n\n"
                 "ISLAMABAD, March 14 (Meridian Press) - Pakistan on Friday accused India of sponsoring the militants "
                 "who "
                 "seized a passenger train. A senior security official, speaking on condition of anonymity because he "
                 "was not authorised to brief the media, said intercepted communications would be shared with friendly "
                 "countries. Afghanistan's Taliban administration also denied any role. A spokesman for its foreign "
                 "ministry said Pakistan should not shift responsibility for its own security lapses onto its "
                 "neighbours.\n")
PAKISTAN_PARTIES = (PartyDraft(name="Pakistan", kind="state", acts_for=None),
                    PartyDraft(name="India", kind="state", acts_for=None),
                    PartyDraft(name="China", kind="state", acts_for=None),
                    PartyDraft(name="Taliban", kind="non_state_group", acts_for=None),
                    PartyDraft(name="Shafqat Ali Khan", kind="person", acts_for="Pakistan"))


def test_an_unnamed_source_is_not_the_side_the_model_named_and_its_organs_spokesman_is_its() -> None:
    # 'A senior security official, speaking on condition of anonymity ..., said ...' was China's stance, and 'A
    # spokesman for its foreign ministry said Pakistan should not shift responsibility ...' (the Taliban's) Pakistan's
    book, (positions, _, _) = _items(PAKISTAN_WIRE, [
        ("A senior security", SentenceDraft(by="China", t=["position"], to=None)),
        ("A spokesman for its", SentenceDraft(by="Shafqat Ali Khan", t=["position"], to=None))], *PAKISTAN_PARTIES,
        voice=None)
    assert [p.holder for p in positions] == [book.find("Taliban").id]


def test_a_deed_done_by_the_new_government_of_a_state_names_its_doer() -> None:
    # 'rejects ... the decision announced on 20 January by the new Government of the United States to return Cuba
    # to the so-called list ...' charged the Holy See, the model's guess, which the sentence does not name: 'by the
    # new Government' was no 'by' phrase
    text = ("Statement of the Ministry of Foreign Affairs of Cuba\n\nThe Ministry rejects in the firmest terms the "
            "decision announced on 20 January by the new Government of the United States to return Cuba to the list.\n")
    _, book, _ = parsed(text, PartyDraft(name="Cuba", kind="state", acts_for=None),
                        PartyDraft(name="United States", kind="state", acts_for=None), voice="Cuba")
    sentence = text.split("\n\n")[1]
    assert agent_named(sentence, book, {book.find("Cuba").id}) is book.find("United States")
