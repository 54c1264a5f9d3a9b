"""Conventions met in documents written after the eval set (stop 44): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import accusations, answers, claim_cues, cues, governments, rebuttals, stances, wording
from summariser.attribution import attribution
from summariser.drafts import PartyDraft
from summariser.kinds import settle_kinds
from summariser.naming import speaker_in
from summariser.party_sides import sides
from summariser.procedural import procedural
from summariser.schema import Party
from summariser.subjects import subject_party
from summariser.targets import named_as_victims, only_a_helper
from tests.test_known_actors import parsed

SPEECH = ("Volodymyr Zelensky addressed the General Assembly. In June the dam was destroyed from inside. "
          "Shells have hit residential areas, and there are dead and wounded. "
          "We condemn the destruction of the dam. Russian troops shelled the port of Izmail.\n")


def test_a_line_that_only_tells_of_events_is_no_stance() -> None:
    # a speech: the model called 'Shells have hit residential areas, ...' a claim; it charges nobody, so it was kept as
    # a position of the speaker's, which it is not (SPEC 2: a position is a stance)
    _doc, book, voice = parsed(SPEECH, PartyDraft(name="Volodymyr Zelensky", kind="person", acts_for="Ukraine"),
                               PartyDraft(name="Ukraine", kind="state", acts_for=None),
                               PartyDraft(name="Russia", kind="state", acts_for=None))
    speaker = book.find("Volodymyr Zelensky")
    assert speaker is not None

    def kinds(said: str, line: str) -> list[str]:
        return settle_kinds([said], None, speaker, line, book, sides(book.parties), voice).kinds

    assert kinds("claim", "Shells have hit residential areas, and there are dead and wounded.") == []
    assert kinds("claim", "In June the dam was destroyed from inside.") == []
    # a stance word keeps it a position; the model's own position is the model's; a charge stays one
    assert kinds("claim", "We condemn the destruction of the dam.") == ["position"]
    assert kinds("position", "In June the dam was destroyed from inside.") == ["position"]
    assert "claim" in kinds("claim", "Russian troops shelled the port of Izmail.")
    assert stances.narrates("Shells have hit residential areas.")
    assert not stances.narrates("This is an attack on all of us.")


def test_asks_another_side_answered_ask_nothing_now() -> None:
    # Reuters on Gaza aid: 'Israeli authorities had denied more than half of its requests to send aid convoys'
    # was read as a request of the UN's
    assert not cues.asks("The United Nations said Israeli authorities had denied more than half of its requests "
                         "to send aid convoys to northern Gaza.")
    assert not cues.asks("Israel rejected their requests for access.")
    assert cues.asks("The UN renewed its requests for access to northern Gaza.")


def test_the_one_who_brought_the_case_is_not_accused() -> None:
    # South Africa on the ICJ's order: 'The Court has found that the rights claimed by South Africa are plausible'
    # was a charge against South Africa
    sa = Party(id="p1", name="South Africa", kind="state")
    assert only_a_helper(sa, "The Court has found that the rights claimed by South Africa are plausible.")
    assert not only_a_helper(sa, "Israel said South Africa had distorted the facts.")


def test_access_denied_is_a_charge_and_a_denial_can_counter_charge() -> None:
    # Reuters on Gaza aid: 'Israeli authorities had denied more than half of its requests' charged nobody (a
    # request of the UN's, then a stance); 'COGAT ... denied blocking the convoys and said the U.N. had failed to
    # collect goods' charged the UN with nothing, as 'the U.N.' named no party
    line = "The United Nations said that Israeli authorities had denied more than half of its requests to send aid."
    assert claim_cues.charged_act(line) is not None and claim_cues.charges(line)
    assert not claim_cues.denies(line)  # access refused is no denial of a claim
    cogat = ("COGAT, the Israeli military agency that coordinates aid, denied blocking the convoys and said the "
             "U.N. had failed to collect goods already waiting at the crossings.")
    assert rebuttals.counter_charge(cogat) == "the U.N. had failed to collect goods already waiting at the crossings."
    assert rebuttals.counter_charge("COGAT said the convoys were delayed and said nothing else.") is None
    un = Party(id="p1", name="United Nations", kind="international_org", aliases=["U.N."])
    assert speaker_in("the U.N. had failed to collect goods", [un]) is un
    assert speaker_in("let us know", [Party(id="p2", name="United States", kind="state", aliases=["U.S."])]) is None


def test_an_envoy_for_a_country_serves_who_sent_him() -> None:
    # UN SG spokesperson on Sudan: 'His Personal Envoy for Sudan, Ramtane Lamamra, continues to engage with the
    # parties' tied Lamamra to Sudan, the country his brief is about
    text = ("Statement attributable to the Spokesperson for the Secretary-General - on Sudan\n\n"
            "The Secretary-General calls on the parties to agree to a cessation of hostilities. His Personal Envoy "
            "for Sudan, Ramtane Lamamra, continues to engage with the parties.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Ramtane Lamamra", kind="person", acts_for="Sudan"),
                                PartyDraft(name="Sudan", kind="state", acts_for=None))
    lamamra = book.find("Ramtane Lamamra")
    assert lamamra is not None and book.by_id(lamamra.affiliation).name == "United Nations"


def test_a_report_of_a_rights_council_exchange() -> None:
    # Reuters on Congo and Rwanda at the Human Rights Council: 'The exchange came at the U.N. Human Rights Council
    # in Geneva, where ... Lutundula told delegates that Rwandan troops were fighting alongside the M23' charged the
    # UN; 'The M23 ... denies receiving Rwandan support' was the M23's charge against Rwanda; Turk's 'I call on every
    # state ... to use it, and on the governments in Kinshasa and Kigali to return ...' asked the states only
    line = ("The exchange came at the U.N. Human Rights Council in Geneva, where Congolese Foreign Minister Christophe "
            "Lutundula told delegates that Rwandan troops were fighting alongside the M23 around the town of Sake.")
    _doc, book, _voice = parsed(line + "\n", PartyDraft(name="United Nations", kind="international_org", acts_for=None),
                                PartyDraft(name="Rwanda", kind="state", acts_for=None))
    assert subject_party(line, book) is None
    clause = claim_cues.charged_act(line)
    assert clause is not None and subject_party(clause, book) is book.find("Rwanda")
    assert answers.denies_own_act("The M23 denies receiving Rwandan support.")
    turk = ('"I call on every state with influence over the armed groups to use it, and on the governments in '
            'Kinshasa and Kigali to return in good faith to the regional peace processes," Turk said.')
    assert [part[:20] for _, part in cues.asking_parts(turk)] == ["call on every state ", "on the governments i"]
    assert wording.action("on the governments in Kinshasa and Kigali to return to the peace processes.").startswith(
        "Return to the peace processes")


def test_a_briefing_and_a_defence_statement() -> None:
    # India's MEA on Canada: 'We have pending extradition requests with Canada for individuals linked to terrorism,
    # and we call on ...' made a request 'Terrorism'; 'Canada has, for years, given space to violent extremists'
    # charged nobody. Armenia's MoD: 'Responsibility ... rests entirely with the military-political leadership of
    # Azerbaijan' named nobody blamed
    line = ("We have pending extradition requests with Canada for individuals linked to terrorism, and we call on the "
            "Canadian authorities to act on them.")
    assert cues.asking_parts(line) == [] and cues.asking_phrase(line).startswith("call on the Canadian")
    assert claim_cues.charged_act("The real issue is that Canada has, for years, given space to violent extremists.")
    assert accusations.accused_in("Responsibility for the situation rests entirely with the military-political "
                                  "leadership of Azerbaijan.").endswith("leadership of Azerbaijan.")


def test_the_regime_in_a_groups_statement_is_the_state_it_is_about() -> None:
    # an opposition or rights group's statement: 'Instead of showing the results, the government has detained
    # protesters' named no accused, so the charge went
    text = ("Human Rights Watch said Venezuela must release the protesters. Venezuela's security forces have been "
            "deployed in Caracas. Brazil has offered to mediate.\n"
            "Instead of showing the results, the government has detained more than two thousand protesters.\n")
    _doc, book, voice = parsed(text, PartyDraft(name="Human Rights Watch", kind="non_state_group", acts_for=None),
                               PartyDraft(name="Venezuela", kind="state", acts_for=None),
                               PartyDraft(name="Brazil", kind="state", acts_for=None), voice="Human Rights Watch")
    hrw = book.find("Human Rights Watch")
    settled = settle_kinds(["claim"], None, hrw, text.splitlines()[1], book, sides(book.parties), voice)
    assert "claim" in settled.kinds and settled.other_id == book.find("Venezuela").id
    assert governments.regime_meant("The government is Brazil's partner.", book, book.find("Brazil")) is None


def test_a_readout_and_a_joint_statement() -> None:
    # the Elysée on a call with Senegal: 'The two Heads of State reviewed the partnership between France and
    # Senegal.' was Macron's stance, and 'the crises in the region called for African solutions' a request to
    # West Africa; the E3 and US on Iran: 'These transfers ... threaten the lives of Ukrainian civilians' charged
    # Ukraine
    assert procedural("The two Heads of State reviewed the partnership between France and Senegal.")
    assert not procedural("They reviewed relations between the two countries and condemned the attack.")
    assert cues.names_asking("President Faye stressed that the crises in the region called for African solutions.")
    assert not cues.names_asking("The situation calls for restraint, and we urge both sides to stop.")
    ukraine = Party(id="p1", name="Ukraine", kind="state")
    assert named_as_victims(ukraine, "These transfers threaten European security and the lives of Ukrainian civilians.")
    assert not named_as_victims(ukraine, "Ukrainian forces shelled the town.")
    assert not named_as_victims(ukraine, "Ukraine's civilians were shelled by Ukrainian forces.")


def test_two_generals_named_together_stay_two() -> None:
    # UN SG on El Fasher: 'calls on General Abdel Fattah al-Burhan and General Mohamed Hamdan Dagalo to ...' folded
    # Burhan into Dagalo, as if 'General Abdel Fattah al-Burhan' were a post Dagalo held
    text = ("The Secretary-General calls on General Abdel Fattah al-Burhan and General Mohamed Hamdan Dagalo to "
            "immediately cease hostilities.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="General Abdel Fattah al-Burhan", kind="person", acts_for=None),
                                PartyDraft(name="Mohamed Hamdan Dagalo", kind="person", acts_for=None))
    burhan, dagalo = book.find("General Abdel Fattah al-Burhan"), book.find("Mohamed Hamdan Dagalo")
    assert burhan is not None and dagalo is not None and burhan is not dagalo


def test_an_opposition_coalition_is_no_organ_of_the_state_it_opposes() -> None:
    # Venezuela's opposition: 'PLATAFORMA UNITARIA DEMOCRÁTICA ... Caracas, 6 August 2024' tied the coalition to
    # Venezuela (by its dateline), so every charge against the government was its own side's; and 'Mr. Maduro
    # accuses our movement of preparing a coup; we deny it' was a stance, not Maduro's charge denied
    text = ("PLATAFORMA UNITARIA DEMOCRÁTICA\nStatement to the Venezuelan people\n\nCaracas, 6 August 2024\n\n"
            "Instead of showing the results, the government has detained two thousand people. Mr. Maduro accuses "
            "our movement of preparing a coup; we deny it.\n")
    _doc, book, voice = parsed(text, PartyDraft(name="Plataforma Unitaria Democrática", kind="government_body",
                                                acts_for="Venezuela"),
                               PartyDraft(name="Venezuela", kind="state", acts_for=None),
                               voice="Plataforma Unitaria Democrática")
    assert voice is not None and voice.kind == "non_state_group" and voice.affiliation is None
    assert rebuttals.rebutted_claim("Mr. Maduro accuses our movement of preparing a coup; we deny it.") == (
        True, "Mr. Maduro")


def test_the_eus_alignment_line_states_nothing() -> None:
    # the High Representative's declaration on Belarus: its closing 'The Candidate Countries ... align themselves
    # with this declaration.' was a stance of the EU's
    assert procedural("The Candidate Countries North Macedonia, Montenegro and Albania, and the EFTA country "
                      "Iceland, as well as Ukraine and Moldova, align themselves with this declaration.")
    assert not procedural("Ukraine aligns itself with the EU's sanctions against Belarus.")


def test_a_position_set_out_is_said() -> None:
    # a Kremlin readout: 'The Federal Chancellor set out Berlin's well-known position, calling on Moscow to halt
    # hostilities' was Putin's call on nobody (no speaking verb, so the voice's)
    assert attribution("The Federal Chancellor set out Berlin's well-known position, calling on Moscow to halt "
                       "hostilities.") == (True, "The Federal Chancellor ")
    assert attribution("The plan set out the steps to be taken.") == (False, "")


def test_the_regime_claims_without_that_is_the_states_claim() -> None:
    # Venezuela's opposition: 'The regime claims these tally sheets are forgeries' was the coalition's own claim
    assert claim_cues.reports_claim("The regime claims these tally sheets are forgeries.")
    assert claim_cues.reports_claim("Russia claims the drone was flying without transponders.")
    assert not claim_cues.reports_claim("The claims these people made were false.")
    text = "PLATAFORMA UNITARIA DEMOCRÁTICA\n\nCaracas, 6 August 2024\n\nVenezuela voted; Venezuela chose. Peru saw.\n"
    _doc, book, _voice = parsed(text, PartyDraft(name="Plataforma Unitaria Democrática", kind="non_state_group",
                                                 acts_for=None),
                                PartyDraft(name="Venezuela", kind="state", acts_for=None),
                                voice="Plataforma Unitaria Democrática")
    assert governments.regime_meant("The regime ", book, book.find("Plataforma Unitaria Democrática")) is \
        book.find("Venezuela")
