"""A pair the text names together ('Both leaders', 'the two sides', and 'They' after them): the
guide gives what a pair holds, or is asked, to the first-named of the two."""

from __future__ import annotations

import pytest

from summariser import asking_sides, joint
from summariser.assemble import Run, build_items
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.keep import prune_parties
from summariser.party_sides import sides
from tests.test_known_actors import parsed

HOSTED = ("Press release of the Presidency of Lirania\n\n"
          "President Ana Morel received President Tomas Vey of Norland and Prime Minister Ida Sarn of Sudria. "
          "At its conclusion the two leaders adopted a joint declaration. "
          "- Both leaders reaffirmed their respect for each other's borders. "
          "- They agreed to reopen the railway. "
          "President Morel thanked both leaders for their trust. "
          "Both leaders must now keep their word.\n")


def hosted_items(*drafts: SentenceDraft):
    doc, book, voice = parsed(
        HOSTED,
        PartyDraft(name="Ana Morel", kind="person", acts_for="Lirania"),
        PartyDraft(name="Tomas Vey", kind="person", acts_for="Norland"),
        PartyDraft(name="Ida Sarn", kind="person", acts_for="Sudria"),
        PartyDraft(name="Lirania", kind="state", acts_for=None),
        PartyDraft(name="Norland", kind="state", acts_for=None),
        PartyDraft(name="Sudria", kind="state", acts_for=None),
        voice="Lirania")
    found = [(number, draft) for number, draft in enumerate(drafts, start=3)]
    return doc, book, build_items(found, doc, book, Run(), voice)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("- Both leaders reaffirmed that each respects the other.", "Both leaders"),
        ("At its conclusion the two leaders adopted a joint declaration.", "the two leaders"),
        ("The two Foreign Ministers, meeting in Oslo, welcomed the deal.", "The two Foreign Ministers"),
        ("Both sides have described the deal as a turning point.", "Both sides"),
        ("He thanked both leaders for their trust.", None),  # an object, not the subject
        ("The two countries' border stays closed.", None),
        ("Both leaders must now show courage.", None),  # asked, not speaking
    ],
)
def test_a_pair_as_the_subject(sentence: str, pair: str | None) -> None:
    assert joint.pair_subject(sentence) == pair


def test_a_pair_that_is_asked() -> None:
    assert joint.asked_pair("Both leaders must now show courage.", None) == "Both leaders"
    assert joint.asked_pair("They urged both parties to show restraint", "both parties") == "both parties"
    assert joint.asked_pair("They urged Norland to show restraint", "Norland") is None


def test_the_two_a_host_received_hold_what_the_leaders_agreed_first_named_first() -> None:
    model_says_host = SentenceDraft(by="Ana Morel", t=["position"], to=None)
    doc, book, (positions, requests, _) = hosted_items(
        model_says_host, model_says_host, model_says_host, model_says_host,
        SentenceDraft(by="Ana Morel", t=["request"], to="Ida Sarn"))
    opening = {s.start: s.text[:20] for s in doc.sentences}  # each item by its sentence's opening words
    holders = {opening[max(o for o in opening if o <= p.evidence[0].start)]: book.by_id(p.holder).name
               for p in positions}
    # the host named the two guests last: 'the two leaders' are they, the first-named holds
    assert holders["At its conclusion th"] == "Tomas Vey"
    assert holders["- Both leaders reaff"] == "Tomas Vey"
    assert holders["- They agreed to reo"] == "Tomas Vey"  # 'They' goes on from the pair
    assert holders["President Morel than"] == "Ana Morel"  # named: the pair is over
    # 'Both leaders must ...' is the issuer's request (the pair is asked), made of the first-named guest
    assert [(book.by_id(r.requester).name, book.by_id(r.addressee).name) for r in requests] == \
        [("Presidency of Lirania", "Tomas Vey")]


def test_a_pair_asked_leaves_out_the_side_that_asks() -> None:
    text = ("The Council met on Sudria. Sudria's army and the Rapid Forces fought on. The Council urged both "
            "parties to show restraint.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Council", kind="international_org", acts_for=None),
                              PartyDraft(name="Sudria's army", kind="government_body", acts_for=None),
                              PartyDraft(name="Rapid Forces", kind="non_state_group", acts_for=None), voice="Council")
    start = text.index("The Council urged")
    first = joint.first_of_pair("both parties", book.parties, sides(book.parties), text, start,
                                {book.find("Council").id})
    assert first is not None and first.name == "Sudria's army"
    # fewer than two sides named before: nobody
    assert joint.first_of_pair("both parties", book.parties, sides(book.parties), text, 5) is None
    # the request goes to the first-named; the other side is asked too, and stays a party
    asked = [(3, SentenceDraft(by="Council", t=["request"], to=None))]
    _, [request], _ = build_items(asked, doc, book, Run(), voice)
    assert book.by_id(request.addressee).name == "Sudria's army"
    prune_parties(book, [request], voice.id)
    assert {p.name for p in book.parties} == {"Council", "Sudria's army", "Rapid Forces"}


def test_a_group_is_its_first_named_member_unless_it_is_the_issuer() -> None:
    text = ("Joint Statement of the Foreign Ministers of Japan, Korea and Canada\n\n"
            "The Ministers condemned the launch. They urged restraint.\n")
    doc, book, voice = parsed(text, PartyDraft(name="Japan", kind="state", acts_for=None),
                              PartyDraft(name="Korea", kind="state", acts_for=None),
                              PartyDraft(name="Canada", kind="state", acts_for=None))
    start = text.index("The Ministers")
    # no two people are named: the group's members are the states, and Japan's side is named first
    first = joint.first_of_pair("The Ministers", book.parties, sides(book.parties), text, start)
    assert book.find("Japan").id in sides(book.parties)[first.id]
    # the heading's issuer, the group, is its first-named member (the guide gives it their joint
    # stances), and 'the Ministers' still names it
    assert voice.name == "Japan" and book.find("Foreign Ministers of Japan, Korea and Canada") is voice
    assert joint.names_group("The Ministers", voice) and not joint.names_group("Both leaders", voice)


def test_a_reports_own_narrative_is_nobodys() -> None:
    text = ("Talks on shipping end without deal\n\n"
            "Two days of talks on shipping ended on Thursday without an agreement. "
            "ISTANBUL, May 3 (Reuters) - Russia and Ukraine accused each other of stalling. "
            "Russia launched drones at the port overnight.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Russia", kind="state", acts_for=None),
                          PartyDraft(name="Ukraine", kind="state", acts_for=None))
    model = SentenceDraft(by="Ukraine", t=["position"], to=None)
    run = Run()
    positions, _, _ = build_items([(2, model), (3, model), (4, model)], doc, book, run, None)
    # no party named, or two sides opening the line: the reporter's; one side opening it acts
    assert [p.evidence[0].quote[:6] for p in positions] == ["Russia"]
    assert book.by_id(positions[0].holder).name == "Russia"
    assert sum("reporter's own narrative" in note for note in run.notes) == 2


def test_a_lead_in_that_gives_a_persons_state_settles_whom_the_person_serves() -> None:
    from summariser.speakers import named_speakers

    text = ("Egypt and Ethiopia clash over the dam; Greece watches\n\n"
            "Ethiopia's ambassador, Taye Selassie, rejected the request. "
            "Greek Cypriot leader Nikos Christodoulides said talks must resume.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Taye Selassie", kind="person", acts_for="Egypt"),
                          PartyDraft(name="Nikos Christodoulides", kind="person", acts_for="Cyprus"),
                          PartyDraft(name="Egypt", kind="state", acts_for=None),
                          PartyDraft(name="Ethiopia", kind="state", acts_for=None),
                          PartyDraft(name="Greece", kind="state", acts_for=None))
    named_speakers(doc, book)
    assert book.by_id(book.find("Taye Selassie").affiliation).name == "Ethiopia"  # not the model's Egypt
    assert book.find("Nikos Christodoulides").affiliation != book.find("Greece").id  # 'Greek Cypriot': two


def test_she_after_a_body_that_spoke_is_its_unnamed_spokeswoman() -> None:
    from summariser.speakers import named_speakers

    text = ("China hits back\n\nChina's Commerce Ministry condemned the new rules. "
            "She urged the United States to correct its practices. Gina Raimondo told reporters it was security.\n")
    doc, book, _ = parsed(text, PartyDraft(name="China", kind="state", acts_for=None),
                          PartyDraft(name="United States", kind="state", acts_for=None),
                          PartyDraft(name="Gina Raimondo", kind="person", acts_for="United States"))
    speakers = named_speakers(doc, book)
    # the ministry (added as China's) speaks, not the person the text names only later
    assert book.find("China").id in sides(book.parties)[speakers[3].id]


def test_two_who_speak_together_go_to_the_first_named() -> None:
    from summariser.speakers import named_speakers

    text = ("Readout\n\nSecretary of State Ana Vell spoke with the Foreign Minister of Norland. "
            "The Secretary and the Foreign Minister discussed Sudan and agreed on the need for a truce. "
            "Norland and Sudria traded blame for the impasse.\n")
    doc, book, _ = parsed(text, PartyDraft(name="Secretary of State Ana Vell", kind="person", acts_for=None),
                          PartyDraft(name="Norland", kind="state", acts_for=None),
                          PartyDraft(name="Sudria", kind="state", acts_for=None))
    speakers = named_speakers(doc, book)
    assert speakers[3].name == "Ana Vell"  # 'The Secretary': the one person with that title
    assert 4 not in speakers  # 'traded blame' is nobody's statement
    assert joint.first_named_subject("Mali and Burkina Faso, both ruled by soldiers, have ") == "Mali"


def test_the_parties_that_agree_speak_as_the_first_named_and_a_later_asker_asks_its_own_request() -> None:
    from summariser import cues

    assert joint.pair_subject("The parties agreed to a permanent ceasefire.") == "The parties"
    said = ("The Government of Drovia called on the Varna Front to withdraw from the towns, while the Varna Front "
            "demanded the release of its members.")
    parts = cues.asking_parts(said)
    assert [asking_sides.asker_phrase(part) for _, part in parts] == [None, "the Varna Front"]
    assert parts[0][1].endswith("from the towns")
