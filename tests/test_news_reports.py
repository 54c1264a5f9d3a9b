"""A wire report's quotations and counter-charges: a quotation that goes on keeps its speaker,
an item's wording is the quotation without its attribution, a rejection that also charges
is a claim, and a denial by a capital's name denies the charge against its state."""

from __future__ import annotations

from summariser import forces, rebuttals, wording
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.procedural import procedural
from summariser.speakers import named_speakers
from tests.test_known_actors import parsed

REPORT = (
    "Bloc agrees new sanctions on Drovia\nVARNA, June 18 (Reuters) -\n\n"
    "Union governments on Wednesday approved new sanctions, accusing Belgrade of orchestrating the flow of migrants. "
    "\"The regime continues to instrumentalise migrants for political purposes,\" the bloc's foreign policy chief "
    "Kaja Kallas said in a statement. "
    "\"We will not let this hybrid attack go unanswered.\" "
    "Serbia's foreign ministry rejected the accusations as \"absurd\" and said the EU bore responsibility for "
    "the migrants' plight.\n")
DRAFTS = (PartyDraft(name="European Union", kind="international_org", acts_for=None),
          PartyDraft(name="Serbia", kind="state", acts_for=None),
          PartyDraft(name="Belgrade", kind="non_state_group", acts_for=None),  # the model lists a capital apart
          PartyDraft(name="Kaja Kallas", kind="person", acts_for="European Union"))


def test_a_quotation_that_goes_on_is_still_its_speakers() -> None:
    doc, book, _ = parsed(REPORT, *DRAFTS)
    speakers = named_speakers(doc, book)
    quoted, going_on = (doc.sentence(n) for n in (4, 5))
    assert going_on.text.startswith('"We will not')
    assert speakers[going_on.number] is speakers[quoted.number] and speakers[quoted.number].name == "Kaja Kallas"


def test_an_items_wording_is_the_quotation_without_who_said_it() -> None:
    said = ('"The regime continues to instrumentalise migrants for political purposes," the bloc\'s foreign '
            'policy chief Kaja Kallas said in a statement.')
    assert wording.statement(said, ["Kaja Kallas"]) == "The regime continues to instrumentalise migrants for " \
                                                       "political purposes"
    assert wording.statement('"The deal is dead," said Kallas.', ["Kaja Kallas"]) == "The deal is dead"


def test_a_rejection_that_also_charges_is_a_claim_and_denies_the_charge_against_its_capital() -> None:
    rejection = ("Serbia's foreign ministry rejected the accusations as \"absurd\" and said the EU bore "
                 "responsibility for the migrants' plight.")
    assert not rebuttals.rejects_earlier_claim(rejection)
    assert rebuttals.rejects_earlier_claim("Serbia's foreign ministry rejected the accusations as absurd.")
    assert rebuttals.charge_clause(rejection) == "the EU bore responsibility for the migrants' plight."
    doc, book, _ = parsed(REPORT, *DRAFTS)
    found = [(3, SentenceDraft(by="European Union", t=["claim"], to="Belgrade")),
             (6, SentenceDraft(by="Serbia", t=["claim"], to="European Union"))]
    _, _, claims = build_items(found, doc, book, Run(), None)
    charge, counter = claims
    assert charge.status == "denied"  # Serbia denies what was charged against 'Belgrade'
    assert book.by_id(counter.asserted_by).name == "Serbia" and counter.claim.startswith("The EU bore")


def test_the_one_named_after_the_last_comma_speaks_and_its_is_the_subjects() -> None:

    said = ("JERUSALEM (AP) — Israel carried out airstrikes on military targets in Iran early Saturday, its military "
            "said, in response to the missile attack.")
    assert attribution(said) == (True, "Israel carried out")
    assert attribution("The talks ended without a deal, the Kenyan mediator said.")[1].strip() == \
        "the Kenyan mediator"
    assert procedural("In response to a question on the incident, Spokesperson Dana Varga stated:")


def test_a_states_ministry_listed_as_an_organisation_is_its_body_and_a_ship_is_nobody() -> None:
    from summariser.background import not_an_actor
    from summariser.parties import build_parties
    from summariser.schema import Party

    text = "Iran's foreign ministry said the country would defend itself."
    book = build_parties([PartyDraft(name="Iran's foreign ministry", kind="international_org", acts_for=None)], text)
    assert book.parties[0].kind == "government_body"
    assert not_an_actor(Party(id="p1", name="BRP Teresa Magbanua", kind="person"))
    assert not not_an_actor(Party(id="p2", name="Brad Pitt", kind="person"))
    assert wording.statement("We are also deeply concerned by the arms transfers.", ["G7"]) == \
        "Deeply concerned by the arms transfers"


def test_a_transcripts_speaker_label_is_no_part_of_the_wording() -> None:
    assert wording.statement("Lin Jian: Huangyan Dao has always been China's territory.") == \
        "Huangyan Dao has always been China's territory"
    assert wording.statement("Note: The figures are provisional.").startswith("Note:")


def test_a_dateline_with_its_country_and_a_paramilitary_group_the_model_tied_to_the_state() -> None:
    from summariser.datelines import wire_dateline_end
    from summariser.links import unlink_outlawed
    from summariser.parties import build_parties

    said = "PORT SUDAN, Sudan (Reuters) - Sudan's army accused the paramilitary RSF of killing civilians."
    assert said[wire_dateline_end(said):].startswith("Sudan's army")
    book = build_parties([PartyDraft(name="RSF", kind="non_state_group", acts_for="Sudan"),
                          PartyDraft(name="Sudan", kind="state", acts_for=None),
                          PartyDraft(name="UN humanitarian office", kind="international_org", acts_for="Sudan")],
                         said + " The UN humanitarian office was alarmed.")
    unlink_outlawed(book)
    assert all(p.affiliation is None for p in book.parties)  # a paramilitary group, and the UN's office


def test_once_again_is_no_condition_and_a_summit_held_is_procedural() -> None:

    assert forces.condition_of("We once again urge Japan to respond to the concerns.") is None
    assert forces.condition_of("The strikes will stop once the troops withdraw.") == "the troops withdraw"
    assert procedural("The Authority held an extraordinary summit in Abuja on 10 December.")
