"""Conventions of NGO releases, court and military reports met in documents written after the
eval set (stop 23): each test names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import cues
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.name_forms import name_generic_organs
from tests.test_fresh_statements import _last_sentence_items
from tests.test_known_actors import parsed

HRW = ("Saudi Arabia: Killings of Migrants at Border\n\n"
       "(Beirut) - Saudi border guards have shot migrants at close range, Human Rights Watch said in a report "
       "released today. Survivors said guards had asked them which limb they preferred to be shot in.\n\n"
       "Saudi authorities should end any policy of using lethal force against migrants, Human Rights Watch said. "
       "The United States and Germany, which have trained Saudi border forces, should suspend that assistance.\n")
HRW_PARTIES = [("Saudi Arabia", "state", None), ("Human Rights Watch", "international_org", None),
               ("United States", "government_body", None), ("Germany", "government_body", None),
               ("refugees and migrants", "population", None), ("border guards", "non_state_group", None)]


def test_a_bare_organ_the_text_writes_with_one_states_name_is_that_states_body() -> None:
    doc, book, _ = parsed(HRW, *(PartyDraft(name=n, kind=k, acts_for=a) for n, k, a in HRW_PARTIES),
                          voice="Human Rights Watch")
    guards = book.find("border guards")
    assert (guards.name, guards.kind) == ("Saudi border guards", "government_body")  # not a non-state group
    assert book.by_id(guards.affiliation).name == "Saudi Arabia"
    name_generic_organs(book)  # a second pass changes nothing
    assert book.find("Saudi border guards") is guards and guards.aliases == ["border guards"]
    _, book, _ = parsed(HRW.replace("Saudi border", "the border"), *(PartyDraft(name=n, kind=k, acts_for=a)
                        for n, k, a in HRW_PARTIES), voice="Human Rights Watch")
    assert book.find("border guards").affiliation is None  # no state named with them: left as listed


def test_the_state_whose_authorities_should_act_is_asked_and_so_is_each_of_a_list() -> None:
    said = SentenceDraft(by="Human Rights Watch", t=["request"], to="refugees and migrants")
    text = HRW.rsplit(" The United States", 1)[0] + "\n"
    book, (_, requests, _) = _last_sentence_items(text, HRW_PARTIES, said, "Human Rights Watch")
    assert [book.by_id(r.addressee).name for r in requests] == ["Saudi Arabia"]  # not the model's refugees
    book, (_, requests, _) = _last_sentence_items(HRW, HRW_PARTIES, said, "Human Rights Watch")
    assert sorted(book.by_id(r.addressee).name for r in requests) == ["Germany", "United States"]
    assert cues.addressee_phrase("The Iranian government must stop the executions") == "The Iranian government"


def test_a_question_put_to_someone_is_no_request() -> None:
    assert not cues.asks("Survivors said guards had asked them which limb they preferred to be shot in.")
    assert not cues.asks("Asked about the strike, the spokesman said it was lawful.")
    assert not cues.asks("He asked whether the talks would resume.")
    assert cues.asks("She asked Israel to let the convoys in.")
    assert cues.plainly_asks("She asked Israel to let the convoys in.")


def test_a_states_rulers_in_its_foes_polemic_are_the_state() -> None:
    from summariser.gazetteer import actor_meant

    assert actor_meant("the south Korean puppet warmongers").name == "South Korea"  # KCNA's wording
    assert actor_meant("South Korean puppets").name == "South Korea"
    assert actor_meant("Houthi warmongers") is None  # a group's fighters stay the group's, not a state


def test_a_closing_background_section_is_the_publishers_not_read_for_stances() -> None:
    from summariser.document import split_sentences
    from summariser.pipeline import worth_reading

    text = ("Foreign Minister speaks by telephone with Azerbaijani Foreign Minister Bayramov\n\n"
            "The Foreign Minister made clear to her counterpart that the operation must stop at once.\n\n"
            "Background:\nAzerbaijan launched military operations in Nagorno-Karabakh on 19 September 2023. "
            "Traffic on the Lachin corridor had been restricted since December 2022.\n")
    read = [s.text[:20] for s in split_sentences(text) if worth_reading(s, text)]
    assert read == ["The Foreign Minister"]  # neither the label's sentence nor the one after it
    about = text.replace("Background:", "About Amnesty International")
    assert [s.text[:20] for s in split_sentences(about) if worth_reading(s, about)] == read


def test_in_a_calls_readout_a_rejected_argument_is_the_other_sides_claim() -> None:
    from summariser import headings

    text = ("Foreign Minister Baerbock speaks by telephone with Azerbaijani Foreign Minister Bayramov\n\n"
            "Federal Foreign Minister Annalena Baerbock spoke by telephone today with Jeyhun Bayramov. "
            "The Foreign Minister rejected the argument that the operation was a purely internal matter.\n")
    assert headings.counterpart_in(text) == "Azerbaijani Foreign Minister Bayramov"
    drafts = [("Annalena Baerbock", "person", "Germany"), ("Jeyhun Bayramov", "person", "Azerbaijan"),
              ("Germany", "state", None), ("Azerbaijan", "state", None), ("Armenia", "state", None)]
    said = SentenceDraft(by="Annalena Baerbock", t=["claim"], to="Armenia")
    book, (_, _, claims) = _last_sentence_items(text, drafts, said, "Germany")
    assert [book.by_id(c.asserted_by).name for c in claims] == ["Jeyhun Bayramov"]  # not the model's Armenia
    assert [book.by_id(p).name for p in claims[0].disputed_by] == ["Annalena Baerbock"]
