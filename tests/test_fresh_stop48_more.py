"""Conventions met in documents written after the eval set (stop 48, continued from
test_fresh_stop48.py): each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues, own_asks
from summariser.drafts import PartyDraft
from summariser.procedural import procedural
from tests.test_known_actors import parsed


def test_noting_remarks_of_someone_who_alleged_something_is_no_mere_note() -> None:
    # Kenya's statement: 'has taken note of remarks attributed to the spokesperson ..., Mr. Deng Akol Mabior, who
    # on Monday alleged that Kenyan security agencies had detained ...': the 'Mr.' ended the look for 'alleged',
    # so the line read as procedural and the allegation it answers was lost
    from summariser.relayed_claims import relayed_allegation

    line = ("The Ministry has taken note of remarks attributed to the spokesperson of the Government of the Republic "
            "of South Sudan, Mr. Deng Akol Mabior, who on Monday alleged that Kenyan security agencies had detained "
            "South Sudanese traders.")
    assert not procedural(line)
    assert relayed_allegation(line) == ("the spokesperson of the Government of the Republic of South Sudan, "
                                        "Deng Akol Mabior,")
    assert procedural("We have seen the remarks made by Mr. Smith.")


def test_a_connective_opening_hides_no_subject() -> None:
    # 'For this reason, Cabinet Secretary Dr. Wanjiru Kamau ... spoke with her counterpart, Minister James Pitia
    # Morgan. She expressed regret ...': 'She' went to the minister, named last, not to the Cabinet Secretary
    from summariser.openings import without_lead_in

    assert without_lead_in("For this reason, Cabinet Secretary Wanjiru Kamau spoke with Minister Morgan.") == \
        "Cabinet Secretary Wanjiru Kamau spoke with Minister Morgan."
    assert without_lead_in("In this regard, the Minister stressed the point.") == "the Minister stressed the point."


def test_welcoming_a_proposal_proposes_nothing() -> None:
    # 'Minister Morgan ... said that Juba remained committed to ... and welcomed the proposal.' was a request
    assert cues.asking_phrase("Minister Morgan said that Juba remained committed to the free movement of people and "
                              "welcomed the proposal.") is None


def test_asking_ones_own_minister_asks_no_other_side() -> None:
    # 'he said he had asked his foreign minister to call her Colombian counterpart' was a request of nobody
    assert own_asks.own_resolve("Speaking in Guayaquil, he said he had asked his foreign minister to call her "
                                "Colombian counterpart.")
    assert not own_asks.own_resolve("He asked his counterpart to withdraw the troops.")


def test_an_honorific_after_a_post_is_no_part_of_the_title() -> None:
    # 'Cabinet Secretary Dr. Wanjiru Kamau', listed by the model as 'Minister Wanjiru Kamau': her title was
    # 'Cabinet Secretary Dr.'
    _doc, book, _voice = parsed("Statement\n\nFor this reason, Cabinet Secretary Dr. Wanjiru Kamau spoke by telephone "
                                "with her counterpart.\n",
                                PartyDraft(name="Minister Wanjiru Kamau", kind="person", acts_for="Kenya"))
    person = book.find("Wanjiru Kamau")
    assert person is not None and person.title == "Cabinet Secretary"


def test_a_caller_the_model_left_out_is_a_party_whom_his_post_and_he_mean() -> None:
    # a Kremlin readout: 'Vladimir Putin had a telephone conversation with President ... Askar Temirbekov', the model
    # listing only the one called: 'The President of Russia ...' was Russia and the 'He proposed' after it the guest
    from summariser.callers import name_call_placer

    text = ("Telephone conversation with President of Kazakhstan Askar Temirbekov\n\nVladimir Putin had a telephone "
            "conversation with President of the Republic of Kazakhstan Askar Temirbekov at the initiative of the "
            "Kazakh side.\n")
    _doc, book, _voice = parsed(text, PartyDraft(name="Askar Temirbekov", kind="person", acts_for="Kazakhstan"),
                                PartyDraft(name="Russia", kind="state", acts_for=None))
    name_call_placer(book)
    caller = book.find("Vladimir Putin")
    assert caller is not None and caller.kind == "person"


def test_information_a_side_disseminated_alleging_something_is_its_claim() -> None:
    # Armenia's defence ministry: 'On 17 February, the Ministry of Defence of Azerbaijan disseminated information
    # alleging that units of the Armed Forces of Armenia had opened fire ...' was Armenia's own claim
    from summariser.relayed_claims import relayed_allegation

    assert relayed_allegation("On 17 February, the Ministry of Defence of Azerbaijan disseminated information "
                              "alleging that units of the Armed Forces of Armenia had opened fire.") == \
        "the Ministry of Defence of Azerbaijan"


def test_a_side_that_distorted_the_facts_and_made_accusations_is_their_claimant() -> None:
    # 'The Philippine side has once again distorted the facts and made groundless accusations.' named no claimant
    from summariser.rebuttals import rebutted_claim

    assert rebutted_claim("The Philippine side has once again distorted the facts and made groundless "
                          "accusations.") == (True, "The Philippine side")
