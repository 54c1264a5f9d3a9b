"""Conventions met in the second round of documents written after the eval set (stop 61, fresh236-239):
each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import claim_cues, cues
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.rebuttals import rebutted_claim
from tests.test_fresh_stop56 import _items
from tests.test_fresh_stop61 import _speakers
from tests.test_known_actors import parsed

MAURITIUS = ("Prime Minister Navinchandra Ramgoolam receives External Affairs Minister S. Jaishankar in Port Louis\n\n"
             "Prime Minister's Office, Port Louis\n\n"
             "The Prime Minister, Hon. Dr Navinchandra Ramgoolam, received Dr Subrahmanyam Jaishankar, Minister of "
             "External Affairs of the Republic of India, this morning.\n\n"
             "The Prime Minister noted that some members of the Opposition had claimed in the National Assembly that "
             "the new airstrip amounted to an Indian military base. He also asked the Indian side to consider a line "
             "of credit. The Minister said these requests would be examined quickly.\n")
MAURITIUS_PARTIES = (PartyDraft(name="Prime Minister Navinchandra Ramgoolam", kind="government_body", acts_for="India"),
                     PartyDraft(name="External Affairs Minister S. Jaishankar", kind="government_body",
                                acts_for="India"),
                     PartyDraft(name="Mauritius", kind="state", acts_for=None),
                     PartyDraft(name="India", kind="state", acts_for=None))


def test_the_host_a_heading_names_serves_the_readouts_state() -> None:
    # the model tied Prime Minister Ramgoolam, the host, to India, his guest's state: his asks of 'the Indian side'
    # then asked his own side, and nobody
    from summariser.callers import tie_host_to_voice
    _, book, _ = parsed(MAURITIUS, *MAURITIUS_PARTIES, voice="Mauritius")
    tie_host_to_voice(book, book.find("Mauritius"))
    assert book.by_id(book.find("Navinchandra Ramgoolam").affiliation).name == "Mauritius"  # type: ignore[union-attr]


def test_the_minister_is_not_the_prime_minister() -> None:
    # 'The Minister said these requests would be examined' was the Prime Minister's: 'Minister' of 'Prime Minister
    # Navinchandra Ramgoolam' in the heading, and a title read as a surname
    said = _speakers(MAURITIUS, *MAURITIUS_PARTIES, voice="Mauritius")
    assert said["The Minister said these r"] == "S. Jaishankar"


def test_what_some_members_of_the_opposition_claimed_is_the_oppositions_claim() -> None:
    # 'The Prime Minister noted that some members of the Opposition had claimed ... an Indian military base' was
    # the Prime Minister's own position
    book, (_, _, claims) = _items(
        MAURITIUS, [("The Prime Minister noted", SentenceDraft(by="Navinchandra Ramgoolam", t=["position"],
                                                                to=None))], *MAURITIUS_PARTIES, voice="Mauritius")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Opposition"]


def test_a_shorter_name_of_one_leader_folds_into_the_fuller_across_two_listings_of_his_state() -> None:
    # 'Bernardo Arévalo' (added by an item's speaker) and the model's 'Bernardo Arévalo de León' stayed two people
    # when each was tied to a different listing of Guatemala
    from summariser.links import fuller_namesake
    from summariser.schema import Party
    parties = [Party(id="p1", name="Bernardo Arévalo de León", kind="person", affiliation="p3"),
               Party(id="p2", name="Bernardo Arévalo", kind="person", affiliation="p4"),
               Party(id="p3", name="Guatemala", kind="state"), Party(id="p4", name="Government of Guatemala",
                                                                     kind="state")]
    assert fuller_namesake(parties[1], parties) is parties[0]


def test_a_head_of_state_listed_apart_is_the_president_of_that_state() -> None:
    # the model's 'Head of State' party held what President Mirziyoyev said
    text = ("President Shavkat Mirziyoyev receives Mullah Abdul Ghani Baradar\n\n"
            "Tashkent. The President of the Republic of Uzbekistan, Shavkat Mirziyoyev, today received a delegation of "
            "Afghanistan.\n\nThe Head of State also raised the security situation in the northern provinces.\n")
    book, (positions, _, _) = _items(
        text, [("The Head of State", SentenceDraft(by="Head of State", t=["position"], to=None))],
        PartyDraft(name="President Shavkat Mirziyoyev", kind="person", acts_for="Uzbekistan"),
        PartyDraft(name="Head of State", kind="person", acts_for="Uzbekistan"),
        PartyDraft(name="Uzbekistan", kind="state", acts_for=None), voice="Uzbekistan")
    from summariser.keep import prune_parties
    prune_parties(book, positions, None)
    assert [book.by_id(p.holder).name for p in positions] == ["Shavkat Mirziyoyev"]


def test_a_call_on_a_day_from_someone_asks_nothing() -> None:
    # 'received a telephone call on Monday from the President of ... Türkiye' was a call on someone to act
    assert not cues.asks("Prime Minister Mohammed Shia al-Sudani received a telephone call on Monday from the "
                         "President of the Republic of Türkiye.")
    assert cues.asks("He called on Monday for calm.")
    assert cues.asks("He called on Russia to stop the strikes.")


def test_a_style_and_a_cut_article_are_no_part_of_a_name() -> None:
    # "Dato' Seri Anwar Ibrahim" was the party's name, and 'Mohammed Shia' the Iraqi Prime Minister's
    from summariser.name_forms import trim_person_names
    from summariser.parties import PartyBook
    book = PartyBook("Prime Minister Dato' Seri Anwar Ibrahim received him. Prime Minister Mohammed Shia al-Sudani "
                     "spoke. Mohammed Shia al-Sudani said so.")
    book.add("Dato' Seri Anwar Ibrahim", "person")
    book.add("Mohammed Shia", "person")
    trim_person_names(book)
    assert [p.name for p in book.parties] == ["Anwar Ibrahim", "Mohammed Shia al-Sudani"]


def test_a_briefings_denials_answer_the_claims_the_labelled_questions_quoted() -> None:
    # 'Those claims are simply not true.' and 'We do not accept the characterisation that ...' were the
    # spokesperson's positions: the questions' labels ('Question (Reuters):') were not read as turns
    assert claim_cues.denies("We do not accept the characterisation that he hates the United States.")
    assert rebutted_claim("Those claims are simply not true.")[0]
    text = ("Media briefing by DIRCO Spokesperson Chrispin Phiri (excerpt)\n\n"
            "Question (Reuters): Washington also maintains that the Expropriation Act allows the government to seize "
            "land without compensation. How do you respond?\n\n"
            "Spokesperson: Those claims are simply not true. Not a single piece of land has been expropriated.\n")
    book, (_, _, claims) = _items(
        text, [("Spokesperson: Those claims", SentenceDraft(by="Chrispin Phiri", t=["claim"], to=None))],
        PartyDraft(name="South Africa", kind="state", acts_for=None),
        PartyDraft(name="Chrispin Phiri", kind="person", acts_for="South Africa"),
        PartyDraft(name="United States", kind="state", acts_for=None), voice="South Africa")
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] == [("United States", "denied")]


def test_a_claim_repeated_by_a_states_officials_is_that_states() -> None:
    # "rejects the claim, repeated by certain Sudanese officials, that Chadian nationals are fighting ... in the
    # ranks of the RSF" was the RSF's claim (the model's guess)
    assert rebutted_claim("Chad also rejects the claim, repeated by certain Sudanese officials, that Chadian "
                          "nationals are fighting in the ranks of the RSF.") == (True, "Sudanese")


def test_a_claim_no_one_left_disputes_is_not_denied() -> None:
    # 'Also takes note with concern of reports by human rights organisations alleging summary executions ...' was
    # a 'denied' claim with no one left to deny it (its only denier, of the claimant's own side, had gone)
    from summariser.keep import prune_parties
    from summariser.parties import PartyBook
    from summariser.schema import ContestedClaim, Evidence
    text = "Mali denies the reports of summary executions."
    book = PartyBook(text)
    mali = book.add("Mali", "state")
    claim = ContestedClaim(id="cc1", asserted_by=mali.id, claim="summary executions took place",
                           disputed_by=[mali.id], status="denied",
                           evidence=[Evidence(quote=text, start=0, end=len(text))])
    prune_parties(book, [claim], mali.id)
    assert (claim.disputed_by, claim.status) == ([], "unchallenged")


def test_a_command_or_a_body_named_after_a_descriptor_is_no_person() -> None:
    # 'A spokesman for the People's Liberation Army's Western Theatre Command said' added a person 'Western Theatre
    # Command': the words of bodies `titles` and `people` know were not all in the new rule's own list
    from summariser.lead_in_shapes import unlisted_person
    assert unlisted_person("A spokesman for the People's Liberation Army's Western Theatre Command ") is None
    assert unlisted_person("the rebels' Southern Command ") is None
    assert unlisted_person("Government negotiator Otty Patino ") == "Otty Patino"
