"""Conventions met in documents written after the eval set (stop 51), the items: whom a request
asks, whom a charge accuses, what says nothing. Each test names the convention and the mistake the
pipeline made before; who speaks and for whom is in `test_fresh_stop51`."""

from __future__ import annotations

from summariser import asking_sides, cues, headings
from summariser.agents import agent_named
from summariser.attribution import attribution
from summariser.claimants import last_alleger
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.people import person_in
from summariser.procedural import procedural
from summariser.rebuttals import rebutted_claim
from summariser.subjects import SOMEONE_OF
from tests.test_fresh_stop51 import _AU_PARTIES, AU_CONGO, _items, _state
from tests.test_known_actors import parsed


def test_a_fight_between_two_sides_blames_neither() -> None:
    # 'following with deep concern the renewed fighting ... between the Armed Forces of the DRC and
    # the M23/AFC' was a charge against the DRC, the model's guess
    _, (positions, _, claims) = _items(AU_CONGO, "The Chairperson", SentenceDraft(
        by="African Union Commission", t=["position", "claim"], to="Democratic Republic of the Congo"),
                                       *_AU_PARTIES, voice="African Union Commission")
    assert claims == [] and len(positions) == 1


def test_a_demand_in_several_clauses_asks_the_one_it_names() -> None:
    # 'demanded that the vessels leave ... and that China prevent any recurrence' asked 'the
    # vessels leave Japan's territorial sea immediately and', so nobody
    assert asking_sides.addressee_phrase("and strongly demanded that the vessels leave Japan's territorial sea "
                                         "immediately and that China prevent any recurrence.") == "China"
    assert asking_sides.addressee_phrase("demanded that Israel allow aid in and that Hamas release the hostages") \
        == "Israel"


ARAB_MINISTERS = (
    "Joint Statement by the Foreign Ministers of Egypt, Jordan and Saudi Arabia on the Situation in the West Bank\n\n"
    "The Ministers condemned in the strongest terms the Israeli government's decision to approve the construction "
    "of more than 3,000 new settlement units, and the repeated attacks by settlers on Palestinian villages under "
    "the protection of the Israeli army. They called on the international community, and the Security "
    "Council in particular, to take immediate action to stop these measures and to hold Israel accountable.\n")


_SIGNATORIES = (_state("Egypt"), _state("Jordan"), _state("Saudi Arabia"))


def test_a_charge_against_a_states_organ_accuses_that_state() -> None:
    # 'condemned ... the Israeli government's decision': the model guessed Jordan, a signatory, and
    # the charge became a stance against nobody
    book, (_, _, claims) = _items(ARAB_MINISTERS, "The Ministers", SentenceDraft(
        by="Egypt", t=["claim"], to="Jordan"), *_SIGNATORIES, voice="Egypt")
    assert [[book.by_id(d).name for d in c.disputed_by] for c in claims] == [["Israel"]]


def test_a_group_and_the_body_singled_out_of_it_are_each_asked() -> None:
    # 'called on the international community, and the Security Council in particular, to' named
    # nobody for the phrase reader (the comma after 'in particular'), and the model's Saudi Arabia,
    # a signatory, was asked
    book, (_, requests, _) = _items(ARAB_MINISTERS, "They called", SentenceDraft(
        by="Egypt", t=["request"], to="Saudi Arabia"), *_SIGNATORIES, voice="Egypt")
    asked = sorted(book.by_id(r.addressee).name for r in requests)
    assert len(asked) == 2 and asked[0] == "International community" and asked[1].endswith("Security Council")
    # (its own members are the first one's, no group of their own)
    book, (_, requests, _) = _items(
        "Statement of Nicaragua\n\nNicaragua calls on the European Union and its member states to lift all "
        "unilateral coercive measures.\n", "Nicaragua calls", SentenceDraft(by="Nicaragua", t=["request"],
                                                                            to="European Union"),
        _state("Nicaragua"), PartyDraft(name="European Union", kind="international_org", acts_for=None),
        voice="Nicaragua")
    assert [book.by_id(r.addressee).name for r in requests] == ["European Union"]
    # (nor is a group named beside a body unless the body is singled out of it: one request, as before)
    book, (_, requests, _) = _items(
        "Communique\n\nThe Council calls on Member States and partners to increase humanitarian assistance.\n",
        "The Council", SentenceDraft(by="Council", t=["request"], to=None),
        PartyDraft(name="Council", kind="international_org", acts_for=None), voice="Council")
    assert len(requests) == 1


AZERBAIJAN_ON_PARLIAMENT = (
    "Ministry of Foreign Affairs of the Republic of Azerbaijan\n"
    "No:512/26, Commentary of the Spokesperson of the Ministry of Foreign Affairs, Aykhan Hajizada, on the "
    "resolution of the European Parliament\n\n"
    "The claims regarding the so-called \"political prisoners\" in Azerbaijan are not true; all persons mentioned "
    "in the resolution were convicted for crimes in accordance with the legislation of Azerbaijan.\n")


def test_a_rebuttal_of_a_resolution_answers_the_body_that_adopted_it() -> None:
    # 'all persons mentioned in the resolution' read as a lead-in naming nobody, so the model's
    # European Parliament held the ministry's rebuttal (a role swap), and the claim it denies was
    # given to Armenia, the other state the text named
    assert attribution(AZERBAIJAN_ON_PARLIAMENT.splitlines()[-1]) == (False, "")
    assert attribution("The minister mentioned that talks would resume.")[0]
    assert headings.answered_in(AZERBAIJAN_ON_PARLIAMENT) == "European Parliament"
    book, (positions, _, claims) = _items(AZERBAIJAN_ON_PARLIAMENT, "The claims", SentenceDraft(
        by="European Parliament", t=["claim"], to="Azerbaijan"), _state("Azerbaijan"),
        PartyDraft(name="European Parliament", kind="international_org", acts_for=None), _state("Armenia"),
        voice="Azerbaijan")
    assert [book.by_id(p.holder).name for p in positions] in (["Azerbaijan"], [book.text.splitlines()[0]])
    assert [book.by_id(c.asserted_by).name for c in claims] == ["European Parliament"]


def test_whom_a_request_asks_past_its_opening_clause_or_a_common_noun() -> None:
    # 'Instead of interfering ..., the European Parliament should focus on ...' and 'called on the
    # mediators, Egypt, Qatar and the United States, to pressure Israel' named nobody asked
    assert asking_sides.addressee_phrase(
        "Instead of interfering in the internal affairs of a sovereign state, the European Parliament should "
        "focus on the serious human rights problems within EU member states.") == "the European Parliament"
    assert asking_sides.addressee_phrase(
        "The group denied that its fighters had crossed the line and called on the mediators, Egypt, Qatar and "
        "the United States, to pressure Israel to abide by the truce.") == "Egypt, Qatar and the United States"


def test_whose_say_a_settlement_is_asks_no_one() -> None:
    # '... and that any settlement must be decided by Ukraine' was a request to Ukraine
    assert not cues.asks("The Prime Minister said that any settlement must be decided by Ukraine.")
    assert cues.asks("Those responsible must be brought to justice.")


def test_an_update_on_talks_and_a_spokespersons_not_knowing_say_nothing() -> None:
    # both were positions of the speaker
    assert procedural("President Zelenskyy updated the Prime Minister on the latest discussions with the United "
                      "States on a peace framework.")
    assert procedural("I'm not aware of the specifics.")
    assert not procedural("We are not aware of any evidence that China supplied weapons.")


def test_a_state_whose_peacekeepers_were_wounded_is_not_accused() -> None:
    # 'condemned ... the attack ... which wounded two Ghanaian peacekeepers' charged Ghana, the model's guess
    text = ("Security Council Press Statement on Attack against Peacekeepers in Lebanon\n\n"
            "The members of the Security Council condemned in the strongest terms the attack on 19 November 2026 "
            "against a patrol of the United Nations Interim Force in Lebanon near the village of Bint Jbeil, which "
            "wounded two Ghanaian peacekeepers.\n")
    _, (positions, _, claims) = _items(text, "The members", SentenceDraft(by="Security Council", t=["claim"],
                                                                           to="Ghana"),
                                       PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                                       _state("Ghana"), _state("Lebanon"), voice="Security Council")
    assert claims == [] and len(positions) == 1


INDONESIA_ON_MYANMAR = (
    "Press Statement of the Ministry of Foreign Affairs of the Republic of Indonesia on the Situation in Myanmar\n\n"
    "Indonesia is deeply concerned over the continuing violence in Myanmar, including the airstrikes by the Myanmar "
    "military on a school in Sagaing Region on 22 November, which reportedly killed 19 children.\n\n"
    "Indonesia strongly condemns all acts of violence against civilians and urges all parties, especially the "
    "Myanmar military, to exercise utmost restraint.\n")


def test_a_stance_on_anothers_strikes_is_no_account_of_ones_own() -> None:
    # 'Indonesia is deeply concerned over ... the airstrikes by the Myanmar military': the charge
    # became a stance, as if Indonesia told of its own strikes
    book, (_, _, claims) = _items(INDONESIA_ON_MYANMAR, "Indonesia is", SentenceDraft(
        by="Indonesia", t=["position", "claim"], to="Myanmar"), _state("Indonesia"), _state("Myanmar"),
        voice="Indonesia")
    assert [[book.by_id(d).name for d in c.disputed_by] for c in claims] == [["Myanmar"]]


def test_the_party_singled_out_of_all_is_the_one_asked() -> None:
    # 'urges all parties, especially the Myanmar military, to exercise utmost restraint' asked nobody
    assert asking_sides.addressee_phrase(INDONESIA_ON_MYANMAR.splitlines()[-1]) == "the Myanmar military"
    assert asking_sides.addressee_phrase("We urge all parties to exercise restraint.") == "all parties"


def test_this_is_false_answers_the_claim_just_told() -> None:
    # NATO's 'Moscow claims its aircraft were flying in international airspace. This is false: the
    # flight tracks recorded by Allied radars show that they crossed into Estonian territory' charged
    # Estonia, named in the radars' 'by' phrase
    text = ("Statement by NATO Secretary General Mark Rutte\n\nThis is another reckless act by Russia. Moscow claims "
            "its aircraft were flying in international airspace. This is false: the flight tracks recorded by "
            "Allied radars show that they crossed into Estonian territory.\n")
    _, book, _ = parsed(text, PartyDraft(name="Mark Rutte", kind="person", acts_for="NATO"), _state("Russia"),
                        _state("Estonia"), voice="Mark Rutte")
    rebuttal = text.splitlines()[-1].split(". ")[-1]
    own = {p.id for p in book.parties if p.name in ("Mark Rutte", "NATO")}
    assert last_alleger(rebuttal, book, own).name == "Russia"
    assert agent_named(rebuttal, book, own) is None


def test_a_proper_name_with_national_in_it_is_no_national() -> None:
    # 'members of specialised units of the Haitian National Police' lost 'the Haitian National', read
    # as one Haitian national, so the charge named no side
    assert "Haitian National Police" in SOMEONE_OF.sub(" ", "executions carried out by members of the Haitian "
                                                             "National Police")
    assert "Palestinian" not in SOMEONE_OF.sub(" ", "A Palestinian attacker stabbed two Israeli civilians.")


def test_a_security_consultation_is_procedural() -> None:
    # 'Prime Minister Benjamin Netanyahu today held a security consultation with Defense Minister Israel
    # Katz ...' was a position
    assert procedural("Prime Minister Benjamin Netanyahu today held a security consultation with Defense Minister "
                      "Israel Katz and the heads of the security services regarding the northern front.")


def test_not_recognising_a_claim_disputes_it() -> None:
    # 'The EU has not recognised the legitimacy of Nicolas Maduro's claim to have won that election'
    # was the EU's stance only
    assert rebutted_claim("The EU has not recognised the legitimacy of Nicolas Maduro's claim to have won that "
                          "election.") == (True, "Nicolas Maduro")
    # the claim is his, the EU disputes it, and the denial is the EU's stance as well
    book, (positions, _, claims) = _items(
        "Council of the European Union - Press release\n\nThe EU has not recognised the legitimacy of Nicolas "
        "Maduro's claim to have won that election.\n", "The EU", SentenceDraft(by="EU", t=["claim"],
                                                                                 to="Nicolas Maduro"),
        PartyDraft(name="EU", kind="international_org", acts_for=None),
        PartyDraft(name="Nicolas Maduro", kind="person", acts_for=None), voice="EU")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Nicolas Maduro"]
    assert [book.by_id(p.holder).name for p in positions] == ["EU"]


def test_the_model_listing_its_own_state_twice_accuses_no_one() -> None:
    # the model listed 'Azerbaijani side' beside 'Azerbaijan'; once 'the persons mentioned in the document'
    # no longer read as a lead-in (above), 'There are no political prisoners in Azerbaijan; ...' became the
    # ministry's charge against the 'Azerbaijani side', its own state (caught by the sweep of earlier documents)
    text = ("Press Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan\n\n"
            "There are no political prisoners in Azerbaijan; the persons mentioned in the document were convicted by "
            "courts for ordinary crimes. The Azerbaijani side remains committed to its partnership.\n")
    book, (_, _, claims) = _items(text, "There are", SentenceDraft(by="Azerbaijan", t=["claim"], to=None),
                                  _state("Azerbaijan"),
                                  PartyDraft(name="Azerbaijani side", kind="non_state_group", acts_for=None),
                                  voice="Azerbaijan")
    assert claims == []


def test_a_candid_discussion_is_procedural_and_a_consulate_in_a_city_no_person() -> None:
    # 'The two leaders held a candid and constructive discussion on ...' was a position, and 'our
    # Consulate General in Mosul' a person 'Mosul' (title 'Consulate General in')
    assert procedural("The two leaders held a candid and constructive discussion on a range of bilateral, regional "
                      "and global issues.")
    assert person_in("We strongly condemn the rocket attack carried out last night against our Consulate General "
                     "in Mosul") is None
    assert person_in("Russia's ambassador in Washington, Anatoly Antonov, said") == \
        ("Anatoly Antonov", "Russia's ambassador in Washington")


def test_restraint_urged_in_a_readout_is_asked_of_the_one_met_not_a_place() -> None:
    # '... the PRC's destabilizing military activities around Taiwan ..., and urged restraint' asked Taiwan
    text = ("Readout of President Biden's Meeting with President Xi Jinping of the People's Republic of China\n\n"
            "President Joseph R. Biden, Jr. met today with President Xi Jinping of the People's Republic of China. "
            "The President also expressed deep concern about the PRC's destabilizing military activities around "
            "Taiwan and in the South China Sea, and urged restraint.\n")
    book, (_, requests, _) = _items(text, "The President also", SentenceDraft(
        by="Joseph R. Biden", t=["position", "request"], to="Taiwan"),
        PartyDraft(name="Joseph R. Biden", kind="person", acts_for="United States"),
        PartyDraft(name="Xi Jinping", kind="person", acts_for="China"), _state("Taiwan"), _state("United States"),
        _state("China"), voice="United States")
    assert [book.by_id(r.addressee).name for r in requests] in (["Xi Jinping"], ["China"])


def test_an_order_named_before_which_is_the_courts_ask_and_no_lead_in() -> None:
    # 'This referendum is a flagrant violation of ... the Order of the International Court of Justice of
    # 1 December 2023, which directed Venezuela to refrain ...': the Court held Guyana's stance
    text = ("Statement from the Government of Guyana on the Venezuelan Referendum\n\n"
            "This referendum is a flagrant violation of international law and of the Order of the International "
            "Court of Justice of 1 December 2023, which directed Venezuela to refrain from any action that would "
            "modify the situation in the territory under dispute.\n")
    assert attribution(text.splitlines()[-1]) == (False, "")
    book, (positions, requests, _) = _items(text, "This referendum", SentenceDraft(
        by="Guyana", t=["position", "request"], to="Venezuela"), _state("Guyana"), _state("Venezuela"),
        voice="Guyana")
    assert [book.by_id(p.holder).name for p in positions] in (["Guyana"], ["Government of Guyana"])
    assert [book.by_id(r.requester).name for r in requests] == ["International Court of Justice"]


def test_those_told_to_press_a_government_are_the_ones_asked() -> None:
    # '"Ethiopia's international partners should press the government to stop these attacks"' asked
    # 'the government' (Ethiopia), not the partners
    assert asking_sides.addressee_phrase("\"Ethiopia's international partners should press the government to stop "
                                         "these attacks.\"") == "Ethiopia's international partners"


def test_a_spokespersons_answer_line_and_a_praised_call_say_and_ask_nothing() -> None:
    # 'Foreign Ministry Spokesperson Lin Jian answered a question on November 20, 2026:' was a position,
    # and 'commended Pakistan's leadership in calling for climate justice' the Secretary-General's
    # request of Pakistan
    assert procedural("Foreign Ministry Spokesperson Lin Jian answered a question on November 20, 2026:")
    praised = ("The Secretary-General commended Pakistan's leadership in calling for climate justice for vulnerable "
               "countries.")
    assert not cues.asks(praised) and not cues.plainly_asks(praised)
    assert cues.asks("He is calling for a ceasefire.")
