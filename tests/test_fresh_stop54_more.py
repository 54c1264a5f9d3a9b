"""Conventions met in documents written after the eval set (stop 54, later rounds): each test names
the convention and the mistake the pipeline made before. The first rounds: `test_fresh_stop54`."""

from __future__ import annotations

from summariser.drafts import PartyDraft, SentenceDraft
from summariser.keep import prune_parties
from summariser.known_parties import add_known_actors
from summariser.procedural import procedural
from summariser.referents import acting_person
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed


def test_a_states_foes_are_not_its_forces() -> None:
    # 'a fabrication by anti-China forces in the United States and the West' made 'anti-China forces' one
    # of China's own forces: the charge against them was kept as China's position
    text = ("Statement by the Ministry of Foreign Affairs of the People's Republic of China\n\n"
            "The so-called \"forced labour\" is a fabrication by anti-China forces in the United States and the "
            "West to smear China's Xinjiang policy.\n")
    ministry = "Ministry of Foreign Affairs of the People's Republic of China"
    draft = SentenceDraft(by=ministry, t=["claim"], to="anti-China forces")
    book, (_, _, claims) = _items(text, "The so-called", draft,
                                  PartyDraft(name=ministry, kind="government_body", acts_for=None), _state("China"),
                                  PartyDraft(name="anti-China forces", kind="non_state_group", acts_for=None),
                                  voice=ministry)
    assert [[book.by_id(x).name for x in c.disputed_by] for c in claims] == [["anti-China forces"]]
    prune_parties(book, claims, None)
    assert "anti-China forces" not in book.find("China").aliases


def test_a_regime_named_by_its_capital_beside_its_state_is_one_party() -> None:
    # the model's 'Kyiv regime', listed beside 'Ukraine', was renamed 'Ukraine': two parties of one name,
    # so 'Ukrainian officials ... said ... Russia's attacks' charged the other Ukraine, and nobody was left
    text = ("Russia says it shot down Ukrainian drones\n\n"
            "The Russian Defence Ministry called the attack an attempted terrorist act by the Kyiv regime. Ukraine "
            "did not comment. "
            "Ukrainian officials have said that strikes on Russian territory are a response to Russia's attacks "
            "on Ukrainian cities.\n")
    _, book, _ = parsed(text, _state("Russia"), PartyDraft(name="Kyiv regime", kind="non_state_group",
                                                           acts_for="Ukraine"), _state("Ukraine"), voice=None)
    add_known_actors(book, text)
    assert [p.name for p in book.parties if p.name == "Ukraine"] == ["Ukraine"]
    assert "Kyiv regime" in book.find("Ukraine").aliases


def test_lines_that_say_nothing() -> None:
    # a wire's 'Ukraine did not comment directly on the incident.' was a position of Ukraine; Aliyev's
    # 'received a delegation led by ...' a position of his
    assert procedural("Ukraine did not comment directly on the incident.")
    assert procedural("Ukraine did not comment on the report.")
    assert not procedural("Ukraine did not comment on the report, but said Russia was lying.")
    assert procedural("President Ilham Aliyev received a delegation led by the Special Representative of the "
                      "European Union for the South Caucasus, Toivo Klaar.")
    assert not procedural("President Ilham Aliyev received a delegation and said Armenia must withdraw its troops.")


READOUT = ("Readout: Foreign Secretary's call with Chinese Foreign Minister\n\n"
           "The Foreign Secretary spoke to Chinese Foreign Minister Wang Yi today. The Foreign Secretary raised the "
           "case of British national Jimmy Lai and called for his release. He also raised concerns about China's "
           "support to Russia's war in Ukraine. The two ministers agreed on the importance of stable relations "
           "between the United Kingdom and China.\n")
_READOUT_PARTIES = (PartyDraft(name="Foreign Secretary", kind="government_body", acts_for="United Kingdom"),
                    PartyDraft(name="Jimmy Lai", kind="person", acts_for="United Kingdom"),
                    PartyDraft(name="Wang Yi", kind="person", acts_for="China"),
                    _state("United Kingdom"), _state("China"))


def test_one_whose_case_is_raised_is_not_the_next_he() -> None:
    # 'The Foreign Secretary raised the case of British national Jimmy Lai and called for his release. He also
    # raised concerns ...': the concerns were Jimmy Lai's
    book, (positions, _, _) = _items(READOUT, "He also raised", SentenceDraft(
        by="Foreign Secretary", t=["position"], to="China"), *_READOUT_PARTIES, voice="United Kingdom")
    assert [book.by_id(p.holder).name for p in positions] == ["Foreign Secretary"]
    _, book, _ = parsed(READOUT, *_READOUT_PARTIES, voice="United Kingdom")
    assert acting_person("The Foreign Secretary raised the case of British national Jimmy Lai and called for his "
                         "release.", book) is None


def test_the_two_ministers_are_a_post_listed_as_a_body_and_the_other() -> None:
    # 'The two ministers agreed ...' went to Wang Yi, the first-named person, past the Foreign Secretary,
    # whom the model listed as a body
    book, (positions, _, _) = _items(READOUT, "The two ministers", SentenceDraft(
        by="Foreign Secretary", t=["position"], to="United Kingdom"), *_READOUT_PARTIES, voice="United Kingdom")
    assert [book.by_id(p.holder).name for p in positions] == ["Foreign Secretary"]


def test_a_body_listed_with_its_presidents_post_is_the_body() -> None:
    # the model's 'European Council President' (an organisation) was the party Charles Michel served
    text = ("Hungary blocks EU aid package for Ukraine\n\n"
            "European Council President Charles Michel called the decision a clear signal of hope.\n")
    _, book, _ = parsed(text, PartyDraft(name="European Council President", kind="international_org", acts_for=None),
                        PartyDraft(name="Charles Michel", kind="person", acts_for="European Council President"),
                        voice=None)
    council = book.find("European Council President")
    prune_parties(book, [], None)
    assert council.name == "European Council" and "European Council President" in council.aliases


def test_the_e3_is_a_known_group() -> None:
    # 'The E3 claim that Iran's enrichment activities have no credible civilian justification ignores ...'
    # was the Iranian spokesperson's charge against the model's 'European countries'
    text = ("Statement of the Spokesperson of the Ministry of Foreign Affairs of Iran on the E3 statement\n\n"
            "The E3 claim that Iran's enrichment activities have no credible civilian justification ignores the "
            "fact that the United States withdrew from the nuclear agreement.\n")
    spokesperson = "Spokesperson of the Ministry of Foreign Affairs of Iran"
    book, (_, _, claims) = _items(text, "The E3 claim", SentenceDraft(by=spokesperson, t=["claim"],
                                                                     to="European countries"),
                                  PartyDraft(name=spokesperson, kind="person", acts_for="Iran"), _state("Iran"),
                                  PartyDraft(name="European countries", kind="state", acts_for=None),
                                  voice=spokesperson)
    assert [(book.by_id(c.asserted_by).name, [book.by_id(x).name for x in c.disputed_by]) for c in claims] == [
        ("E3", ["Iran"])]
