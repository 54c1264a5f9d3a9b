"""Which items one sentence carries: the model's kinds, checked against the sentence's wording.

The model says a sentence states a position, a request or a claim, and whom it addresses or
accuses. The wording settles what a small model gets wrong most often: a request needs asking
words, a claim needs another side and a fact (not a vow or a stance), a rebuttal denies the
accuser's claim, and a claim the document's voice reports ('Russia asserts that ...') is the
other side's. `settle_kinds` applies these in order; `assemble.build_items` makes the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summariser import accusations, answers, asking_sides, claim_cues, cues, factual, governments, stances
from summariser.agents import acted_upon, agent_named, forces_beside, harm_done_by, named_outside_post, relative_doer
from summariser.attribution import attribution
from summariser.background import map_feature, named_as_place, not_an_actor, only_a_place
from summariser.claimants import (
    answered_party,
    branded_by,
    claim_told,
    claimant_answered,
    claimant_named,
    last_alleger,
    prompted_to_reject,
    rejecter_in,
    relays_only,
)
from summariser.clause_speakers import only_where, own_clause
from summariser.document import SPEAKER_LABEL, unlabelled
from summariser.gazetteer import actor_named, actor_of_adjective
from summariser.name_forms import known_actor, party_of
from summariser.naming import speaker_in
from summariser.other_sides import (
    bound_to_other,
    names_side,
    obliged_other,
    own_seats,
    side_named_for,
    state_by_its_organ,
    told_of_state,
    unnamed_state_charged,
    without_own_post,
)
from summariser.own_accounts import listener, tells_own_act, without_the_told
from summariser.own_asks import asked_of_speaker, own_resolve
from summariser.parties import PartyBook
from summariser.rebuttals import counter_charge, rebutted_claim, rejects_earlier_claim
from summariser.referents import chief_other_state
from summariser.relayed_claims import relayed_allegation
from summariser.schema import Party
from summariser.subjects import (
    CLEFT,
    CLEFT_DEED,
    head_party,
    refers_to_someone,
    second_told_subject,
    short_named_subject,
    subject_party,
    titled_subject,
)
from summariser.targets import (
    named_as_harmed,
    named_as_victims,
    no_deed_charged,
    only_a_belligerent,
    only_a_helper,
    only_a_target,
    only_a_topic,
    only_among_the_speakers,
    only_the_source,
)


@dataclass
class Settled:
    """What a sentence carries once its wording is read."""

    kinds: list[str]
    other_id: str | None  # the party asked (request) or accused or disputing (claim)
    claimant: Party | None = None  # a rebuttal's: the one whose claim the speaker denies
    reported: bool = False  # the voice reports another side's claim, which it disputes
    relayed_from: Party | None = None  # the claim is this party's, which the holder only relays
    notes: list[str] = field(default_factory=list)


NAMES_NO_OTHER = "it names no other side"


def settle_kinds(said: list[str], other: Party | None, holder: Party, sentence: str, book: PartyBook,
                 side: dict[str, set[str]], voice: Party | None) -> Settled:
    """The kinds of item `sentence`, held by `holder` (each party's side in `side`), carries,
    from the model's kinds `said` and the party `other` it named."""
    own_side = side.get(holder.id, {holder.id})
    own_side = own_side | own_seats(own_side, book)
    # the side told, no side charged: 'informed Minister Popșoi about ...', 'briefed Minister Cho on ...'
    told_side = side.get(told_to.id, {told_to.id}) if (told_to := listener(sentence, book)) is not None else set()
    if other is not None and (not_an_actor(other) and not map_feature(other)
                              or only_a_place(other, book)):
        # 'Friends, the world is ...', 'the BRICS Summit', 'the city of Goma' (not 'at the Embassy of ...',
        # whose state is asked): nobody to ask or accuse
        other = None
    if other is not None and other.id in told_side:
        other = None  # 'Minister Sikorski briefed Minister Cho on the incursion of Russian drones': Cho is told
    if other is not None and only_among_the_speakers(other, sentence):
        other = None  # 'We, the G7 Foreign Ministers of Canada, France, ...': Canada speaks here
    if other is not None and speaker_in(sentence, [other]) is not None \
            and named_outside_post(sentence, holder, [other]) is None:
        other = None  # the place in the speaker's own post: 'The United Nations humanitarian coordinator in Sudan'
    out = Settled(list(said), other.id if other is not None and other.id != holder.id else None)
    kinds = out.kinds
    if "claim" in kinds and other is not None and (only_a_target(other, sentence) and not claim_cues.denies(sentence)
                                                   or other.kind == "population" or only_the_source(other, sentence)
                                                   or only_where(other, sentence)  # 'the Mission in the CAR'
                                                   or only_a_belligerent(other, sentence)
                                                   or named_as_harmed(other, sentence)):  # 'two Ghanaian peacekeepers'
        # 'its war against Ukraine continues': Ukraine is the one harmed, not accused; and a people
        # ('statements that dehumanized Palestinians') is no side a charge accuses. In a denial the
        # one harmed may be the accuser: 'denies any involvement in the wildfires that struck Algeria'.
        out.other_id = None
    if "claim" in kinds and other is not None and only_a_topic(other, sentence) and not accusations.accuses(sentence):
        _demote(out, "claim", "the side it names is only the question it is about", stance=True)
        out.other_id = None
    out.reported = voice is not None and claim_cues.reports_claim(sentence) and voice.id not in own_side
    if out.reported:
        # 'Russia asserts that ...' in Ukraine's statement: the other side's claim, which
        # the document's voice disputes by reporting it.
        # (the state the voice serves, if the model named it, reads better than its ministry)
        voice_side = side.get(voice.id, {voice.id})  # type: ignore[union-attr]
        out.other_id = out.other_id if out.other_id in voice_side else voice.id  # type: ignore[union-attr]
        if "claim" not in kinds:
            kinds.append("claim")
    if "claim" in kinds and claim_cues.denies(sentence) and answers.tells_unnamed_allegation(sentence):
        # the claim is unnamed others', which the speaker answers: no charge of the speaker's own
        _demote(out, "claim", "it answers what unnamed reports allege", stance=True)
    rebuttal, named = rebutted_claim(sentence)
    if rebuttal and (reactor := prompted_to_reject(sentence, book, own_side)) is not None:
        # the holder's claim, which the one it prompted disputes (no rebuttal of the holder's own)
        rebuttal, named, out.other_id = False, None, reactor.id
        if "claim" not in kinds:
            kinds.append("claim")
    questioned = None if named else claimant_answered(sentence, book, own_side, rebuttal)  # 'There are no ... troops'
    rebuttal = rebuttal or questioned is not None
    if not named and voice is not None and voice.id in own_side:
        named = relayed_allegation(sentence)  # the voice relays the charge it answers
    named = named or claim_told(sentence)  # 'Notes the allegation by X that ...': X's
    named = named or branded_by(sentence)  # 'X are kicking up a fuss ..., calling them a "..."
    # The claim a sentence denies is the named claimant's, else the one whose words the heading
    # says the document answers ('Response to the statement by the Prime Minister of Canada'),
    # else the other side's.
    answered = answered_party(book) or questioned or last_alleger(sentence, book, own_side) if rebuttal else None
    # (the model's guess, else, in the voice's own rebuttal, the other state the text names most:
    # 'The assertion that Mexican exports pose a threat to ... the United States is unfounded')
    guessed = book.by_id(out.other_id) if out.other_id not in own_side else None
    guessed = None if guessed is not None and guessed.kind == "population" else guessed  # a people claims nothing
    if guessed is not None and rebuttal and speaker_in(sentence, [guessed]) is None and len(others := [
            p for p in book.parties if p.kind == "state" and p.id not in own_side and speaker_in(sentence, [p])]) == 1:
        guessed = others[0]  # the model's 'Canadian law enforcement', unnamed in '... no information from Canada'
    guessed = guessed or (chief_other_state(book.text, book, holder) if rebuttal and voice is not None
                          and voice.id in own_side else None)
    claimant = (claimant_named(named, book, own_side) if named else None) or (
        answered or guessed if rebuttal else None)
    # (a place is no claimant: 'the Belarusian-Polish border' the model listed)
    out.claimant = claimant if claimant is not None and claimant.id not in own_side and not not_an_actor(claimant) \
        else None
    if out.claimant is not None and "claim" not in kinds:
        kinds.append("claim")  # 'rejects X's claim that ...': X's claim, which the speaker denies
    if out.claimant is not None and "position" not in kinds and claim_cues.denies(sentence):
        kinds.append("position")  # the denial is the speaker's stance as well (not a charge only relayed)
    # 'Sandu noted that officials of the Russian Federation have claimed that ...': theirs, no stance of hers
    relayed = out.claimant is not None and relays_only(sentence) and not claim_cues.denies(sentence)
    if relayed and "position" in kinds:
        _demote(out, "position", "it only relays another side's claim", stance=False)
    if "request" in kinds and out.claimant is not None and not _ASKS_TOO.search(sentence):
        # 'Regarding reports that Doha had agreed to ask the leaders to leave, he affirmed that they are inaccurate'
        _demote(out, "request", "it asks only inside the claim it denies", stance=False)
    if "request" in kinds and (cues.puts_question(sentence) or sentence.rstrip(" \"\u201d").endswith("?")
                               and not cues.plainly_asks(sentence)):  # ('..., why refuse to retract the remarks?')
        _demote(out, "request", "it puts a question, which asks no act", stance=True)
    elif "request" in kinds and (not cues.asks(sentence) or cues.names_asking(sentence)):
        _demote(out, "request", "the sentence has no request wording", stance=False)
    elif "request" in kinds and asked_of_speaker(sentence):
        _demote(out, "request", "the speaker is the one asked", stance=True)
    elif "request" in kinds and own_resolve(SPEAKER_LABEL.sub("", sentence, count=1)):  # 'NAME: I would'
        _demote(out, "request", "it binds only the speaker's own side", stance=True)
    elif "request" in kinds and claim_cues.EFFORTS_PRAISED.search(sentence) and not cues.plainly_asks(sentence):
        _demote(out, "request", "it praises another's efforts to act", stance=True)
    elif "request" in kinds and asking_sides.asks_softly_of_nobody(sentence):
        _demote(out, "request", "it only wishes or is ready, and asks nobody", stance=True)
    named_accused = accusations.accused_in(sentence)  # 'accused Hamas of backtracking': the text names whom
    accused_party = (speaker_in(named_accused, book.parties) or accusations.namesake_named_before(
        named_accused, sentence, book)) if named_accused else None
    if accused_party is None and named_accused and (actor := actor_named(named_accused)) is not None:
        accused_party = party_of(actor, book)  # "Condemn Iran's transfers of drones to Russia": Iran, listed or not
    if accused_party is None and named_accused and (actor := actor_of_adjective(named_accused.split()[0])) is not None:
        accused_party = party_of(actor, book)  # 'the involvement of Indian agents in the assassination': India
    if accused_party is None:  # 'accused the bloc of', 'accused the army of', 'leaving ECOWAS, accusing it of'
        accused_party = accusations.accused_by_reference(named_accused, sentence, book.parties, own_side, book.text)
    if accused_party is None and named_accused and (group := accusations.named_group(named_accused)):
        accused_party = book.add(group, "non_state_group")  # 'the attack by the Viv Ansanm gang coalition'
    if "claim" not in kinds and accused_party is not None and accused_party.id not in own_side \
            and accusations.accuses(sentence):
        kinds.append("claim")  # 'He accused Cairo of trying to ...': a charge, whatever the model said
    if "claim" in kinds and accused_party is not None and accused_party.id not in own_side:
        out.other_id = accused_party.id
    if "claim" in kinds and accused_party is None and (told := told_of_state(out.other_id, sentence, book, own_side)):
        out.other_id = told.id  # "Russia's U.N. ambassador ... said the U.S. text was ...": the US, not the UN
    if "claim" in kinds and accused_party is None and (out.other_id is None or out.other_id in own_side) \
            and (counter := counter_charge(sentence)) is not None \
            and (charged := subject_party(counter, book)) is not None and charged.id not in own_side:
        out.other_id = charged.id  # 'COGAT denied blocking the convoys and said the U.N. had failed to ...'
    told_doer = None
    # (or a report's finding: 'The report concludes that the DPRK has transferred ...', whatever the model guessed)
    if "claim" in kinds and (out.other_id is None or out.other_id in own_side or accused_party is None and (
            claim_cues.FINDS_THAT.search(sentence) or names_side(side.get(out.other_id, {out.other_id}), sentence,
                                                                 book))):
        # 'Moreover, the Kyiv regime exploited ...', 'It is Pakistan that harbours terrorists':
        # the side the charge opens with, over another the sentence names
        accused = subject_party(sentence, book) or titled_subject(sentence, book) or head_party(sentence, book)
        if accused is not None and accused.id not in own_side and accused.kind != "population" \
                and accused.id not in told_side and not only_a_target(accused, sentence) \
                and not only_among_the_speakers(accused, sentence) and not only_a_belligerent(accused, sentence) \
                and not only_a_place(accused, book) and not named_as_harmed(accused, sentence) \
                and named_outside_post(sentence, holder, [accused]) is not None:  # (not 'CHADEMA, was excluded')
            out.other_id = accused.id
        elif out.other_id is None or out.other_id in own_side:
            # '... cannot operate without the knowledge of the Pakistani authorities': the one other
            # side the sentence names anywhere
            # (not a place the text only names as one: 'the plight of civilians in Gaza')
            # (nor the model's 'Azerbaijani side' beside the state it is: the speaker's own)
            own_states = {a for p in book.parties if p.id in own_side and (a := known_actor(p)) is not None}
            others = [p for p in book.parties if p.id not in own_side and not not_an_actor(p)
                      and not named_as_place(p, book.text) and known_actor(p) not in own_states]
            # (first the doer of the act told: '... told delegates that Rwandan troops were fighting alongside')
            clause = claim_cues.charged_act(sentence)
            doer = subject_party(clause, book) if clause and clause != sentence else None
            doer = doer or second_told_subject(sentence, book)  # ('..., and that French officers were operating')
            sole = doer if doer is not None and doer.id not in own_side else None
            others = [p for p in others if p.id not in told_side]
            sole = sole or named_outside_post(sentence, holder, others) or agent_named(sentence, book, own_side)
            # (nor the model's 'Passengers' of 'several hundred passengers were held hostage', nor a people: no actor)
            if sole is not None and not not_an_actor(sole) and sole.kind != "population" \
                    and sole.id not in told_side \
                    and not only_a_target(sole, sentence) \
                    and not named_as_victims(sole, sentence) \
                    and not named_as_harmed(sole, sentence) and not only_among_the_speakers(sole, sentence) \
                    and not only_the_source(sole, sentence) and not only_where(sole, sentence, towns_state=True):
                out.other_id = sole.id  # (not 'the lives of Ukrainian civilians', nor 'in Kerman, ... Iran')
                told_doer = sole.id if sole is doer else None  # (named, if only by its adjective: 'French officers')
    regime = governments.regime_meant(sentence, book, holder) if "claim" in kinds else None
    if regime is not None and regime.id not in own_side and (out.other_id is None or out.other_id in own_side):
        out.other_id = regime.id  # a group's 'Instead of showing the results, the government has detained ...'
    told = without_the_told(without_own_post(sentence, holder), book, own_side)  # (not whom it is told to)
    unnamed = "claim" in kinds and out.claimant is None and not out.reported and out.other_id is not None \
        and out.other_id != told_doer \
        and (regime is None or out.other_id != regime.id) \
        and not names_side(side.get(out.other_id, {out.other_id}), told, book) \
        and (accused_party is None or accused_party.id != out.other_id)  # ('accused the opposition of'): named
    if unnamed and (CLEFT.match(sentence) or claim_cues.HELD_RESPONSIBLE.search(sentence)) \
            and (accused := subject_party(sentence, book)) is not None \
            and accused.id not in own_side and not only_a_target(accused, sentence):
        # 'It was the United States that walked out of the JCPOA', 'The United States ... is also responsible for'
        out.other_id = accused.id
    elif (unnamed or "claim" in kinds and out.other_id is not None and acted_upon(sentence, book.by_id(out.other_id))) \
            and (agent := agent_named(sentence, book, own_side) or relative_doer(sentence, book, own_side)) is not None:
        # '... violations of ceasefire agreements by the Government of the DRC'; 'granted asylum by ... Mexico'
        out.other_id = agent.id
    elif unnamed and claim_cues.OWN_LOSSES.search(sentence):
        out.other_id = None  # 'Baku acknowledged losses among its troops': its own, no one else's doing named
    elif unnamed and (short := short_named_subject(sentence, book)) is not None and short.id not in own_side:
        out.other_id = short.id  # 'The Court has shown itself incapable of ...': the ICC the text named
    elif unnamed and not refers_to_someone(sentence):
        out.other_id = None  # 'condemned the attack': the model's guess at whom, which the text does not name
    if "claim" in kinds and (beside := forces_beside(book.by_id(out.other_id or ""), sentence, book)) is not None:
        out.other_id = beside.id  # '... Rwandan troops are operating alongside the M23': Rwanda
    if "claim" in kinds and (named_other := side_named_for(out.other_id, sentence, book, side)) is not None:
        out.other_id = named_other.id  # 'handed a death sentence by the Beijing court': China, not its ambassador
    if "claim" in kinds and accused_party is None and only_a_helper(book.by_id(out.other_id or ""), sentence):
        out.other_id = None  # '... had been intercepted, with the help of the United States': no one accused
    if "claim" in kinds and out.claimant is None and (out.other_id is None or out.other_id in own_side) \
            and claim_cues.UNNAMED_COUNTRY.search(sentence) and (answered := answered_party(book)) is not None \
            and answered.id not in own_side:
        out.other_id = answered.id  # 'a country which has been the epicentre of terrorism': the one answered
    if "claim" in kinds and out.claimant is None and out.other_id is None \
            and (meant := unnamed_state_charged(sentence, book, own_side)) is not None:
        out.other_id = meant.id  # UN experts' '... to silence the last independent media outlets in the country'
    if "claim" in kinds and out.claimant is None and (out.other_id is None or out.other_id in own_side) \
            and (organ_of := state_by_its_organ(sentence, book, own_side)) is not None:
        out.other_id = organ_of.id  # 'condemned ... the Israeli government's decision to approve ...'
    # ('... of spying, a charge the United Nations has rejected': it disputes it)
    rejecter = rejecter_in(sentence, book) if "claim" in kinds and out.claimant is None else None
    if "claim" in kinds and out.claimant is None and (out.other_id is None or out.other_id in own_side) \
            and rejecter is not None and rejecter.id not in own_side:
        out.other_id = rejecter.id
    if "claim" in kinds and out.claimant is None and (out.other_id is None or out.other_id in own_side):
        _demote(out, "claim", NAMES_NO_OTHER, stance=False)  # a claim accuses another side
    said_by_holder = own_clause(sentence, book, own_side)  # (not '...; the authorities in Bamako have denied ...')
    if "claim" in kinds and out.claimant is None and answers.denies_own_act(said_by_holder) \
            and (accused_party is None or accused_party.id in own_side):  # not '... and accused the army of'
        _demote(out, "claim", "it denies what its own side is said to have done", stance=True)
    if "claim" in kinds and out.claimant is None and not out.reported and accused_party is None \
            and tells_own_act(said_by_holder, book, own_side) and rejecter is None:
        _demote(out, "claim", "it tells what its own side did", stance=True)
    if "claim" in kinds and out.claimant is None and rejects_earlier_claim(sentence):
        _demote(out, "claim", "it rejects a claim told before", stance=True)
    if "claim" in kinds and not out.reported and out.claimant is None and accused_party is None \
            and claim_cues.PRAISES.match(unlabelled(sentence)):
        _demote(out, "claim", "it praises whom it names", stance=True)  # 'welcomed the efforts of Qatar'
    if "claim" in kinds and not out.reported and out.claimant is None and accused_party is None \
            and not claim_cues.charges(sentence) and (told_doer is None or out.other_id != told_doer):
        _demote(out, "claim", "it charges nobody with anything", stance=True)
    if "claim" in kinds and not out.reported and out.claimant is None and factual.not_factual(sentence) \
            and (accused_party is None or accused_party.id in own_side):  # "concern about China's actions" charges
        if out.other_id is None or (harm_done_by(sentence, book, own_side) or holder).id != out.other_id:
            _demote(out, "claim", "it states no fact", stance=True)  # a vow, a wish or a plain stance
        elif "position" not in kinds:  # 'condemns ... the siege of El Fasher by the RSF': a stance and a charge
            kinds.append("position")
    if "claim" not in kinds and (clause := claim_cues.charged_act(sentence) or (
            sentence if CLEFT_DEED.match(sentence) else None)) is not None:
        # the model saw a stance only, but the sentence tells what another side did
        # (or the one before "which"; or the name a verb follows, though the words after it name another)
        actor = subject_party(clause, book) or relative_doer(sentence, book, own_side) or head_party(clause, book)
        if actor is not None and actor.id not in own_side and not only_a_target(actor, clause) \
                and not named_as_harmed(actor, clause) and not only_a_belligerent(actor, clause) \
                and not no_deed_charged(clause) and not only_a_place(actor, book) and actor.id not in told_side:
            # (not 'The attack in Abu Dhabi, which struck ...', nor 'a train travelling from Quetta ...': places)
            kinds.append("claim")
            out.other_id = actor.id
            out.notes.append(f"a claim: it tells what {actor.name} did")
    assurer = accusations.relayed_assurer(sentence) if "claim" in kinds and out.claimant is None else None
    if assurer and (relayed := speaker_in(assurer, book.parties) or accusations.group_meant(assurer, sentence, book)) \
            is not None and relayed.id not in own_side:
        out.relayed_from = relayed  # 'Berri said Hezbollah had assured him ...': Hezbollah's account
    if "request" not in kinds and cues.plainly_asks(sentence) and not cues.names_asking(sentence) \
            and (out.claimant is None or _ASKS_TOO.search(sentence)) \
            and not own_resolve(SPEAKER_LABEL.sub("", sentence, count=1)):  # ('I have asked my officials to')
        kinds.append("request")  # 'urged X to', 'called on X to': a request whatever the model said
    elif "request" not in kinds and bound_to_other(sentence, book, own_side):
        kinds.append("request")  # 'Russia would return as soon as the West fulfils ...': SPEC, a request too
    elif "request" not in kinds and out.claimant is None and (obliged := obliged_other(sentence, book, own_side)):
        kinds.append("request")  # 'The Russian authorities ... must ensure that he has access to ...'
        out.other_id = obliged.id
    elif "request" in kinds and out.claimant is None and (obliged := obliged_other(sentence, book, own_side)):
        out.other_id = obliged.id  # "Israel's attacks on Gaza must stop immediately": Israel, whom the model said
    asking = cues.plainly_asks.pattern.search(sentence) if "claim" in kinds and "request" in kinds else None
    asking = None if asking and re.search(r"\b(?:been|was|were|is|are)\s+$", sentence[: asking.start()]) else asking
    only_in_ask = book.by_id(out.other_id) if asking is not None and out.claimant is None else None
    if only_in_ask is not None and not accusations.accuses(sentence) \
            and not names_side({only_in_ask.id}, sentence[: asking.start()], book):
        # '... called the strike "unacceptable" and requested an urgent meeting of the U.N. Security
        # Council', 'urged all States to cooperate with the Government of Niger': the one asked (to meet, or
        # as a partner) is accused of nothing
        _demote(out, "claim", "the one it names is only the one it asks", stance=True)
    if "claim" in kinds and "position" not in kinds and not relayed and (
            claim_cues.takes_stance(sentence) or _VERDICT.search(sentence)):
        kinds.append("position")  # 'condemned the shelling by X': a charge and a stance
    if "request" in kinds and "position" not in kinds and (
            _COMMITS.search(sentence) or claim_cues.leads_with_stance(sentence)):
        # 'The operation will stop if the weapons are laid down', 'We support ... and call on ...':
        # a commitment or a stance beside the ask
        kinds.append("position")
    if "claim" in kinds and "position" in kinds and not claim_cues.takes_stance(sentence) \
            and not claim_cues.leads_with_stance(sentence) and not _VERDICT.search(sentence):
        kinds.remove("position")  # 'Armenian units shelled our positions': a charge of fact, no stance
    # (nor when its own side tells it: 'Prime Minister Modi conveyed to President Trump that ...')
    if kinds == ["position"] and "position" not in said and stances.narrates(sentence) \
            and ((actor := subject_party(sentence, book) or speaker_in(
                attribution(sentence)[1], [p for p in book.parties if p.id in own_side])) is None
                 or actor.id not in own_side):
        # the model's claim, which charges nobody, is no stance either when the line only tells
        # of events: 'A whole region was flooded, towns disappeared under the water'
        kinds.remove("position")
        out.notes.append("position dropped: it only tells of events, and takes no stance")
    return out


# a rebuttal that asks as well: '..., and calls on X to ...'
# ('...; and, in this regard, calls on the Government of the Republic of Rwanda to withdraw ...')
_ASKS_TOO = re.compile(r"\b(?:and|also)(?:\s*,\s*in\s+this\s+regard\s*,)?\s+(?:\w+\s+)?"
                       r"(?:call|urge|demand|ask|request|appeal|invite)\w*"
                       # '..., and said that the Federal Government expected this ambiguity to be removed'
                       r"|\band\s+(?:said|added|stressed|made\s+clear)\s+that\s+[^.;]{0,60}?"
                       r"\b(?:expect(?:s|ed)|calls?\s+on|called\s+on|urge[sd]?|demand(?:s|ed)|insist(?:s|ed))\b", re.I)
# a verdict on the other side is a stance too: 'The blame rests with ...', 'a grave violation of ...'
_VERDICT = re.compile(r"\b(?:blame\w*|responsib\w*|violation|breach\w*|refus\w*|concerns?|hostile|cover\s+story)\b",
                      re.I)
# what the speaker will do, wants or is ready for, on a condition or not: a stance beside the ask
_COMMITS = re.compile(r"\b(?:will|wants?|ready|willing|prepared|no\s+wish|if|unless|should\s+it)\b", re.I)



def _demote(out: Settled, kind: str, why: str, stance: bool) -> None:
    """`kind` goes. The sentence holds a position if it says a stance, or if nothing is left."""
    out.kinds.remove(kind)
    if "position" in out.kinds or stance or not out.kinds:
        out.kinds.extend([] if "position" in out.kinds else ["position"])
        out.notes.append(f"{kind} kept as a position: {why}")
    else:  # what else the sentence states stays, and the note says the item went ('conveyed ... and asked')
        out.notes.append(f"{kind} dropped: {why}")
