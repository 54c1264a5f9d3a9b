"""Conventions met in documents written after the eval set (stop 51), who speaks and for whom:
each test names the convention and the mistake the pipeline made before. Whom requests ask and
charges accuse: `test_fresh_stop51_items`."""

from __future__ import annotations

from summariser import headings, reports
from summariser.assemble import Run, build_items
from summariser.attribution import attribution
from summariser.bare_posts import tie_bare_posts, tie_own_departments, tie_owned_bodies
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.gazetteer import actor_meant
from summariser.keep import prune_parties
from summariser.known_people import tie_known_people
from summariser.people import person_in
from summariser.schema import Party
from summariser.targets import only_a_target
from summariser.titles import only_in_titles
from tests.test_known_actors import parsed


def _state(name: str) -> PartyDraft:
    return PartyDraft(name=name, kind="state", acts_for=None)


def _items(text: str, start: str, draft: SentenceDraft, *parties: PartyDraft, voice: str | None) -> tuple:
    """The book and the items of the one sentence of `text` that begins with `start`, `draft` being
    the model's answer for it."""
    doc, book, said = parsed(text, *parties, voice=voice)
    number = next(s.number for s in doc.sentences if s.text.startswith(start))
    return book, build_items([(number, draft)], doc, book, Run(), said)


US_SANCTIONS = (
    "Press Statement: Sanctioning Networks That Ship Iranian Oil\n\n"
    "Today, the Department of State is imposing sanctions on 12 entities that have facilitated the shipment of "
    "Iranian oil. Iran's Ministry of Petroleum runs the trade.\n\n"
    "The United States remains committed to disrupting Iran's illicit oil trade.\n")


def test_a_department_named_without_a_state_is_the_speaking_states_own() -> None:
    # the State Department's own release: 'the Department of State is imposing sanctions' was
    # a charge of the United States against 'Department of State', a body of nobody's
    _, book, voice = parsed(US_SANCTIONS, PartyDraft(name="Department of State", kind="government_body",
                                                     acts_for=None),
                            PartyDraft(name="Ministry of Petroleum", kind="government_body", acts_for=None),
                            _state("Iran"), _state("United States"), voice="United States")
    tie_own_departments(book, voice)
    assert book.by_id(book.find("Department of State").affiliation).name == "United States"
    # (one the text gives to another state is not)
    assert book.find("Ministry of Petroleum").affiliation != voice.id


AU_CONGO = (
    "Statement of the Chairperson of the African Union Commission on the situation in the east of the "
    "Democratic Republic of the Congo\n\n"
    "The Chairperson is following with deep concern the renewed fighting in North Kivu between the Armed Forces "
    "of the Democratic Republic of the Congo and the M23/AFC rebellion, which has displaced tens of thousands "
    "of people. He calls on the M23/AFC to withdraw from the localities it has taken since October.\n")


_AU_PARTIES = (PartyDraft(name="African Union Commission", kind="government_body", acts_for=None),
               _state("Democratic Republic of the Congo"),
               PartyDraft(name="M23/AFC rebellion", kind="non_state_group", acts_for=None))


def test_a_group_written_with_the_alliance_it_leads_is_that_group() -> None:
    # 'He calls on the M23/AFC to withdraw' asked nobody: the model's 'M23/AFC rebellion' was not
    # known as the M23, and the slash joined the two names into one word
    assert actor_meant("M23/AFC rebellion").name == "M23"
    book, (_, requests, _) = _items(AU_CONGO, "He calls on", SentenceDraft(
        by="African Union Commission", t=["request"], to="M23/AFC rebellion"), *_AU_PARTIES,
                                    voice="African Union Commission")
    assert [book.by_id(r.addressee).name for r in requests] == ["M23/AFC rebellion"]


def test_a_posts_brief_is_no_persons_name() -> None:
    # 'special representative for the South Caucasus, Magdalena Grono' made a person 'South
    # Caucasus' (title 'representative for the') who then made her request
    assert person_in("The European Union's special representative for the South Caucasus, Magdalena Grono, said") \
        == ("Magdalena Grono", "representative for the South Caucasus")
    assert person_in("UN Special Envoy for Syria Geir Pedersen") == ("Geir Pedersen", "UN Special Envoy for Syria")


def test_a_state_named_with_and_is_no_persons_name() -> None:
    # 'the Prime Minister of Saint Vincent and the Grenadines, Ralph Gonsalves' made a person
    # 'Saint Vincent' (title 'Prime Minister of'), who then served the European Union
    assert person_in("and the Prime Minister of Saint Vincent and the Grenadines, Ralph Gonsalves, in his capacity") \
        == ("Ralph Gonsalves", "Prime Minister of Saint Vincent and the Grenadines")
    assert person_in("President of Bosnia and Herzegovina Denis Becirovic said") \
        == ("Denis Becirovic", "President of Bosnia and Herzegovina")


def test_a_bare_post_serves_the_state_it_says_will_act() -> None:
    # Downing Street's 'The Prime Minister said the UK would continue to work closely with Ukraine'
    # left the model's 'Prime Minister' serving the United States
    text = ("Prime Minister's call with President of Ukraine: 23 November 2026\n\n"
            "The Prime Minister spoke to President Zelenskyy this afternoon. The Prime Minister said the UK would "
            "continue to work closely with Ukraine, the US and European partners.\n")
    _, book, _ = parsed(text, PartyDraft(name="Prime Minister", kind="government_body", acts_for="United States"),
                        _state("Ukraine"), _state("United States"), voice="Prime Minister")
    tie_bare_posts(book)
    assert book.by_id(book.find("Prime Minister").affiliation).name == "United Kingdom"


def test_a_body_the_text_gives_to_a_state_serves_it() -> None:
    # "Ukraine's General Staff said its forces had struck the depot": the model's bare 'General
    # Staff' served nobody, and its claim was a side of its own against Russia
    text = ("Russia says Ukrainian drones hit oil depot\n\nUkraine's General Staff said its forces had struck the "
            "depot, which it said supplied fuel to the Russian army.\n")
    _, book, _ = parsed(text, _state("Russia"), _state("Ukraine"),
                        PartyDraft(name="General Staff", kind="government_body", acts_for=None), voice=None)
    tie_owned_bodies(book)
    assert book.by_id(book.find("General Staff").affiliation).name == "Ukraine"


def test_an_aim_is_no_speaking() -> None:
    # 'Egypt continues to reject every proposal ..., and instead seeks to keep a colonial-era
    # monopoly' in Ethiopia's statement read as Egypt speaking, so Egypt held Ethiopia's charge
    assert not attribution("Egypt continues to reject every proposal for a fair agreement on the use of the Nile "
                           "waters, and instead seeks to keep a colonial-era monopoly over the river.")[0]
    assert attribution("The minister sought assurances that the talks would resume.")[0]


def test_the_speakers_own_figures_are_no_other_speaker() -> None:
    # '..., according to figures gathered by our office in Port-au-Prince' read as a source naming
    # nobody, so the model's Haiti held the UN office's alarm
    assert attribution("We are alarmed by the continuing surge in gang violence in Haiti, according to figures "
                       "gathered by our office in Port-au-Prince.") == (False, "")
    assert attribution("According to the Haitian National Police, the gangs hold the port.")[0]


WANG_YI_MEETS_LAVROV = (
    "Foreign Minister Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\n\n"
    "On November 25, 2026, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang "
    "Yi met with Russian Foreign Minister Sergey Lavrov in Beijing.\n\n"
    "Wang Yi said that China-Russia relations have maintained a high level of development. China is willing to "
    "work with Russia to deepen practical cooperation.\n\n"
    "Lavrov said that Russia firmly adheres to the one-China principle.\n")


def test_a_ministrys_meeting_heading_makes_a_readout_and_a_body_in_a_title_holds_nothing() -> None:
    # the Chinese foreign ministry's 'Foreign Minister Wang Yi Meets with ...' read as a news report
    # (most of its lines say who said what), and the 'CPC Central Committee' of Wang Yi's titles held
    # 'China is willing to ...'
    assert not reports.news_report(WANG_YI_MEETS_LAVROV, 5)
    assert reports.news_report("Wang Yi meets Lavrov\n\nBEIJING, Nov 25 (Newswire) - Wang Yi said ...", 1)
    book, (positions, _, _) = _items(WANG_YI_MEETS_LAVROV, "China is", SentenceDraft(
        by="CPC Central Committee", t=["position"], to=None),
        PartyDraft(name="Wang Yi", kind="person", acts_for="China"),
        PartyDraft(name="Sergey Lavrov", kind="person", acts_for="Russia"),
        PartyDraft(name="CPC Central Committee", kind="government_body", acts_for="China"), voice="China")
    assert only_in_titles(book.find("CPC Central Committee"), book)
    assert [book.by_id(p.holder).name for p in positions] == ["China"]


def test_the_chair_of_an_organisation_speaks_for_it_in_its_own_release() -> None:
    # 'The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen, expressed deep concern
    # ...' in the OSCE's release: the list of known people tied her back to Finland
    text = ("Statement by the OSCE Chairperson-in-Office on the situation in Georgia\n\n"
            "The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen, expressed deep concern today "
            "about the continuing detentions of peaceful protesters in Georgia.\n")
    _, book, _ = parsed(text, PartyDraft(name="Elina Valtonen", kind="person", acts_for="Finland"),
                        _state("Georgia"), PartyDraft(name="OSCE", kind="international_org", acts_for=None),
                        voice="OSCE")
    tie_known_people(book)
    assert book.by_id(book.find("Elina Valtonen").affiliation).name == "OSCE"


def test_one_ministry_named_with_two_styles_of_its_state_is_one_party() -> None:
    # the model listed 'Ministry of Foreign Affairs of Armenia' (the heading's) and '... of the Republic
    # of Armenia' (the body's): two parties, each holding half of the ministry's items
    text = ("Statement of the Ministry of Foreign Affairs of Armenia\n\n"
            "The Ministry of Foreign Affairs of the Republic of Armenia is deeply concerned by the statement of the "
            "President of Azerbaijan.\n")
    _, book, _ = parsed(text, PartyDraft(name="Ministry of Foreign Affairs of Armenia", kind="government_body",
                                         acts_for="Armenia"),
                        PartyDraft(name="Ministry of Foreign Affairs of the Republic of Armenia",
                                   kind="government_body", acts_for="Armenia"), _state("Azerbaijan"),
                        voice="Ministry of Foreign Affairs of Armenia")
    assert [p.name for p in book.parties if p.kind == "government_body"] == ["Ministry of Foreign Affairs of Armenia"]


def test_a_release_label_is_no_issuer_and_a_base_is_where_an_organisation_was_struck() -> None:
    # 'Press release: Foreign Minister Sikorski's conversation with ...' made 'Press release' the voice,
    # and 'the attack on a MONUSCO base' charged the 'MONUSCO base' the model listed
    assert headings.issuer_phrase("Press release: Foreign Minister Sikorski's conversation with Foreign Minister "
                                  "Sybiha") == "Foreign Minister Sikorski"
    sentence = "The Secretary-General strongly condemns the attack on a MONUSCO base near Beni, North Kivu."
    assert only_a_target(Party(id="p1", name="MONUSCO", kind="international_org"), sentence)


def test_an_embassy_in_lower_case_is_its_states() -> None:
    # 'The United States embassy in Manila said Washington stood with its ally' kept the embassy as a
    # media outlet of nobody's: only 'Embassy' with a capital was a state's mission
    text = ("Philippines summons Chinese envoy\n\nThe United States embassy in Manila said Washington stood with "
            "its ally and condemned China's dangerous actions.\n")
    book, (positions, _, _) = _items(text, "The United States", SentenceDraft(
        by="United States embassy in Manila", t=["position"], to=None), _state("China"),
        PartyDraft(name="United States embassy in Manila", kind="media", acts_for=None), voice=None)
    prune_parties(book, positions, None)
    assert [book.by_id(p.holder).name for p in positions] == ["United States"]
