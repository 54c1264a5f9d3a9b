"""Conventions met in documents written after the eval set (stop 64, second and third rounds): who a ministry's,
a wire's and an analyst's sentences belong to, whom a post asked is, and which descriptions are people; each test
names the convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.drafts import PartyDraft, SentenceDraft
from tests.test_fresh_stop56 import _items
from tests.test_known_actors import parsed

NIGERIA = ("Statement by the Federal Ministry of Foreign Affairs on the Designation of Nigeria\n\n"
           "Federal Republic of Nigeria\nMinistry of Foreign Affairs – Press Release\n\n"
           "Nigeria values its long-standing partnership with the United States, including in counter-terrorism. "
           "The Honourable Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, has instructed Nigeria's "
           "Embassy in Washington to engage with the Administration.\n")


def test_a_minister_set_off_by_commas_acting_in_his_ministrys_statement_holds_his_act() -> None:
    # 'The Honourable Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, has instructed ...' was the
    # ministry's
    from summariser.speakers import named_speakers
    doc, book, voice = parsed(NIGERIA, PartyDraft(name="Federal Ministry of Foreign Affairs", kind="government_body",
                                                  acts_for="Nigeria"),
                              PartyDraft(name="Nigeria", kind="state", acts_for=None),
                              PartyDraft(name="Yusuf Maitama Tuggar", kind="person", acts_for="Nigeria"),
                              PartyDraft(name="United States", kind="state", acts_for=None),
                              voice="Federal Ministry of Foreign Affairs")
    said = named_speakers(doc, book, voice)
    instructed = next(s for s in doc.sentences if "has instructed" in s.text)
    assert said[instructed.number].name == "Yusuf Maitama Tuggar"


def test_a_fight_against_terrorism_and_a_court_appeal_are_no_charge_nor_ask() -> None:
    # 'partnership with the United States, including in counter-terrorism' charged the United States; 'it gives no
    # avenue for appeal to those accused' was an appeal of the UN expert
    from summariser.claim_cues import charges
    from summariser.cues import asking_phrase
    assert not charges("Nigeria values its long-standing partnership with the United States, including in "
                       "counter-terrorism and humanitarian assistance.")
    assert not charges("We stand ready to work with all friendly nations to defeat terrorism.")
    assert charges("The group carried out a terrorist attack on the convoy.")
    assert asking_phrase("It is arbitrary, and it gives no avenue for appeal to those accused.") is None
    assert asking_phrase("We appeal to both sides to show restraint.") is not None


def test_an_armed_groups_de_facto_authorities_are_the_group() -> None:
    # the model's 'Taliban de facto authorities' stayed a party beside 'Taliban', and 'I urge the de facto authorities
    # to reconsider' asked Afghanistan
    from summariser.gazetteer import actor_meant
    assert actor_meant("Taliban de facto authorities").name == "Taliban"
    assert actor_meant("Houthi authorities").name == "Houthis"
    assert actor_meant("Israeli authorities").name == "Israel"
    text = ("Afghanistan: UN expert alarmed by Taliban law\n\nGENEVA (23 August 2024) - \"I urge the de facto "
            "authorities to reconsider their decision,\" said Special Rapporteur Richard Bennett.\n")
    book, (_, requests, _) = _items(text, [("GENEVA", SentenceDraft(by="Richard Bennett", t=["request"],
                                                                     to="Afghanistan"))],
                                    PartyDraft(name="Richard Bennett", kind="person", acts_for=None),
                                    PartyDraft(name="Afghanistan", kind="state", acts_for=None),
                                    PartyDraft(name="Taliban de facto authorities", kind="non_state_group",
                                               acts_for=None), voice=None)
    assert [book.by_id(r.addressee).name for r in requests] in (["Taliban de facto authorities"], ["Taliban"])


BOLIVIA = ("Bolivia's Morales says he survived assassination attempt\n\n"
           "LA PAZ, Oct 27 - Former Bolivian President Evo Morales said on Sunday that gunmen had tried to kill "
           "him.\n\n"
           "Government Minister Eduardo del Castillo gave a very different account. He said police had tried to stop "
           "two vehicles, and that ballistic tests would be carried out on both vehicles.\n\n"
           "Arce said on social media that he had ordered a \"thorough and transparent\" investigation and called on "
           "the former president not to \"play the victim\" to avoid justice.\n\n"
           "Marcelo Arancibia, a political scientist at a university in Cochabamba, said the clash had deepened a "
           "split. \"Both men are trying to prove that the other is illegitimate. Morales needs to show he is "
           "persecuted. Neither narrative wins over the middle class,\" she said.\n")
BOLIVIA_PARTIES = (PartyDraft(name="Bolivia", kind="state", acts_for=None),
                   PartyDraft(name="Evo Morales", kind="person", acts_for="Bolivia",
                              title="Former Bolivian President"),
                   PartyDraft(name="Luis Arce", kind="person", acts_for="Bolivia", title="President"),
                   PartyDraft(name="Marcelo Arancibia", kind="person", acts_for=None))


def test_a_titled_person_the_model_left_out_is_the_he_of_the_next_sentence() -> None:
    # 'Government Minister Eduardo del Castillo gave a very different account. He said ...': his account went to
    # Morales, the 'he' named before
    from summariser.speakers import named_speakers
    doc, book, voice = parsed(BOLIVIA, *BOLIVIA_PARTIES, voice=None)
    said = named_speakers(doc, book, voice)
    he = next(s for s in doc.sentences if s.text.startswith("He said police"))
    assert said[he.number].name == "Eduardo del Castillo"


def test_every_sentence_of_a_quotation_an_analyst_closes_is_no_partys() -> None:
    # '"Both men ... . Morales needs to show ... . Neither narrative ...," she said' after the political scientist:
    # the middle sentence opened with 'Morales' and made him her 'she'; all three were Morales's
    from summariser.sources import told_by_no_party
    doc = parsed(BOLIVIA, *BOLIVIA_PARTIES, voice=None)[0]
    quoted = [s.number for s in doc.sentences if s.text.startswith(("\"Both", "Morales needs", "Neither"))]
    assert len(quoted) == 3 and all(told_by_no_party(n, doc) for n in quoted)
    said = next(s.number for s in doc.sentences if s.text.startswith("He said police"))
    assert not told_by_no_party(said, doc)


def test_a_former_president_asked_is_no_side_of_the_government_that_asks() -> None:
    # 'Arce ... ordered a ... investigation and called on the former president not to "play the victim"': the
    # order's pattern ran on past 'and called on', the former president stayed Bolivia's (tied back by his
    # title), and the ask went to no one
    from summariser import asking_sides
    line = ("Arce said on social media that he had ordered a \"thorough and transparent\" investigation and called "
            "on the former president not to \"play the victim\" to avoid justice.")
    assert asking_sides.addressee_phrase(line) == "the former president"
    book, (_, requests, _) = _items(BOLIVIA, [("Arce said", SentenceDraft(by="Luis Arce", t=["request"], to=None))],
                                    *BOLIVIA_PARTIES, voice=None)
    assert [(book.by_id(r.requester).name, book.by_id(r.addressee).name) for r in requests] == \
        [("Luis Arce", "Evo Morales")]
    assert book.find("Evo Morales").affiliation is None


def test_what_they_are_charged_with_wanting_is_no_ask() -> None:
    # '"They want me out of the 2025 election," Morales said' was his request
    from summariser.cues import asking_phrase
    assert asking_phrase("They want me out of the 2025 election.") is None
    assert asking_phrase("We want Russia out of Ukraine.") is not None


def test_a_party_named_our_party_is_no_first_person_of_a_wire() -> None:
    # '... followed by the Alternative bloc and the populist Our Party.' made a bylined wire speak for Moldova
    from summariser.reports import news_report
    wire = ("Moldova's pro-EU party keeps majority\n\nBy Elena Rusu\nWorld News Wire | September 29, 2025\n\n"
            "CHISINAU, Sept 29 (World News Wire) - President Maia Sandu's party retained its majority, official "
            "results showed. The pro-Russian bloc came second, followed by the populist Our Party. Sandu said the "
            "vote was free. Dodon said it was not.\n")
    assert news_report(wire, 5)
    assert not news_report(wire.replace("second, followed by the populist Our Party.", "second. We call on all."), 5)


MONGOLIA = ("Mongolian prime minister ousted in confidence vote\n\n"
            "ULAANBAATAR, June 3 - Mongolia's Prime Minister Luvsannamsrain Oyun-Erdene lost a confidence vote.\n\n"
            "Batbayar Gantulga, a lawmaker from the opposition Democratic Party, which was expelled from the governing "
            "coalition after some of its younger lawmakers backed calls for the prime minister to resign, said "
            "Oyun-Erdene had lost the trust of the people.\n\n"
            "Oliver Hartmann, who studies Mongolian politics at a Canadian university, cautioned against reading the "
            "vote as a collapse of the system.\n")


def test_a_scholar_who_studies_politics_at_a_university_is_no_party() -> None:
    # 'Oliver Hartmann, who studies Mongolian politics at a Canadian university, cautioned ...' held the ruling
    # party's stance, and his next quotation the anti-corruption agency's
    from summariser.sources import no_party_source
    line = next(s for s in MONGOLIA.split("\n") if s.startswith("Oliver"))
    assert no_party_source(line, MONGOLIA)
    assert not no_party_source("Batbayar Gantulga, a lawmaker from the opposition Democratic Party, said the vote "
                               "was fair.", MONGOLIA)


def test_calls_for_the_prime_minister_to_resign_ask_the_prime_minister() -> None:
    # '... backed calls for the prime minister to resign' asked the ruling party: a lower-case post named no one
    # asked, and "Mongolia's Prime Minister" was no 'prime minister'
    from summariser.asking_sides import addressee_phrase
    assert addressee_phrase("some of its younger lawmakers backed calls for the prime minister to resign.") == \
        "the prime minister"
    book, (_, requests, _) = _items(
        MONGOLIA, [("Batbayar Gantulga", SentenceDraft(by="Democratic Party", t=["request"],
                                                       to="Mongolian People's Party"))],
        PartyDraft(name="Mongolia", kind="state", acts_for=None),
        PartyDraft(name="Luvsannamsrain Oyun-Erdene", kind="person", acts_for="Mongolia",
                   title="Mongolia's Prime Minister"),
        PartyDraft(name="Democratic Party", kind="non_state_group", acts_for=None),
        PartyDraft(name="Mongolian People's Party", kind="non_state_group", acts_for="Mongolia"), voice=None)
    assert [book.by_id(r.addressee).name for r in requests] == ["Luvsannamsrain Oyun-Erdene"]


def test_a_person_the_model_named_by_a_description_is_the_one_it_describes() -> None:
    # the model's 'Russian-Armenian billionaire' stayed a person of its own beside 'Samvel Karapetyan', and
    # charged him
    from summariser.written_names import described_person
    text = ("The arrest came a week after security forces detained Samvel Karapetyan, a Russian-Armenian "
            "billionaire who owns the national power grid. Karapetyan has been charged with public calls to seize "
            "power.\n")
    _, book, _ = parsed(text, PartyDraft(name="Samvel Karapetyan", kind="person", acts_for=None),
                        PartyDraft(name="Russian-Armenian billionaire", kind="person", acts_for="Armenia"),
                        PartyDraft(name="Armenia", kind="state", acts_for=None), voice=None)
    assert described_person(book.find("Russian-Armenian billionaire"), book) is book.find("Samvel Karapetyan")
    # (a post is no description: 'Prime Minister')
    assert described_person(book.find("Samvel Karapetyan"), book) is None


def test_a_surname_added_late_is_the_one_listed_person_it_ends() -> None:
    # 'Gachagua', added by a quotation's tag ('... ," Gachagua told reporters'), stayed a party beside
    # 'Rigathi Gachagua'
    from summariser.links import fuller_namesake
    from summariser.schema import Party
    short = Party(id="p1", name="Gachagua", kind="person")
    full = Party(id="p2", name="Rigathi Gachagua", kind="person")
    ruto = Party(id="p3", name="William Ruto", kind="person")
    assert fuller_namesake(short, [short, full, ruto]) is full
    # (a name inside a longer one is not its surname: 'Lula' of 'Luiz Inácio Lula da Silva')
    lula = Party(id="p4", name="Lula", kind="person")
    assert fuller_namesake(lula, [lula, Party(id="p5", name="Luiz Inácio Lula da Silva", kind="person")]) is None
