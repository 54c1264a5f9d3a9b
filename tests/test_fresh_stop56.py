"""Conventions met in documents written after the eval set (stop 56): each test names the convention
and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.accusations import accused_in
from summariser.asked_groups import group_addressed
from summariser.asked_groups import proper_party as _proper_party
from summariser.asking_sides import addressee_phrase
from summariser.assemble import build_items
from summariser.attribution import attribution
from summariser.charged_before import charged_again, names_the_same_doer
from summariser.claim_cues import PRAISES
from summariser.cues import asks, plainly_asks
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.keep import _AGAINST_IT
from summariser.known_parties import add_speaker
from summariser.office_holders import name_office_holders
from summariser.own_accounts import tells_own_act
from summariser.parties import build_parties
from summariser.pipeline import Run
from summariser.post_holders import fold_posts_into_holders
from summariser.procedural import procedural
from summariser.rebuttals import rejects_earlier_claim
from summariser.schema import ContestedClaim, Evidence, Party
from summariser.targets import only_a_target
from tests.test_fresh_stop51 import _state
from tests.test_known_actors import parsed


def _items(text: str, drafts: list[tuple[str, SentenceDraft]], *parties: PartyDraft, voice: str | None) -> tuple:
    """The book and the items of the sentences of `text` that begin with each start, each with its draft."""
    doc, book, said = parsed(text, *parties, voice=voice)
    found = [(next(s.number for s in doc.sentences if s.text.startswith(start)), draft) for start, draft in drafts]
    return book, build_items(found, doc, book, Run(), said)


def test_an_ask_met_told_in_a_clause_asks_nothing() -> None:
    # 'Their release, which the EU had long demanded, is a positive step' was a demand of the EU
    assert not plainly_asks("Their release, which the EU had long demanded, is a positive step.")
    assert not plainly_asks("The reopening of the crossing, which we have repeatedly called for, is welcome.")
    # (the demand itself, or one still standing, asks)
    assert plainly_asks("The EU demanded their release.")
    assert plainly_asks("The EU, which has long demanded their release, calls on the authorities to free them.")


KENYA = ("Statement by the Ministry of Foreign and Diaspora Affairs\n\n"
         "The Government of Kenya calls on the authorities of the United Republic of Tanzania to grant consular "
         "access without further delay.\n\n"
         "The Government of Kenya further requests that Mr. Mwangi be informed of any charges against him. If no "
         "charges are preferred, he must be released.\n")


def test_a_further_ask_in_the_passive_asks_the_one_asked_before() -> None:
    # 'further requests that Mr. Mwangi be informed of any charges' and 'he must be released' asked
    # no one: the passive names the one they are for, and the side asked just before is asked again
    ministry = "Ministry of Foreign and Diaspora Affairs"
    book, (_, requests, _) = _items(
        KENYA, [("The Government of Kenya calls", SentenceDraft(by="Kenya", t=["request"], to="Tanzania")),
                ("The Government of Kenya further", SentenceDraft(by=ministry, t=["request"], to=None)),
                ("If no charges", SentenceDraft(by=ministry, t=["request"], to=None))],
        PartyDraft(name=ministry, kind="government_body", acts_for="Kenya"), _state("Kenya"), _state("Tanzania"),
        PartyDraft(name="Mwangi", kind="person", acts_for="Kenya"), voice=ministry)
    assert [book.by_id(r.addressee).name for r in requests] == ["Tanzania"] * 3


ASTANA = ("Joint Statement by the Presidents of Iran, Russia and Türkiye\n\n"
          "President of the Islamic Republic of Iran Seyyed Ebrahim Raisi, President of the Russian Federation "
          "Vladimir Putin and President of the Republic of Türkiye Recep Tayyip Erdoğan met in Tehran. The "
          "Presidents:\n\n"
          "1. Condemned the continuing Israeli military attacks in Syria, including against civilian "
          "infrastructure. They called for these attacks to be stopped.\n")
_PRESIDENTS = (PartyDraft(name="President of the Islamic Republic of Iran", kind="government_body", acts_for="Iran"),
               PartyDraft(name="President of the Russian Federation", kind="government_body", acts_for="Russia"),
               _state("Iran"), _state("Russia"), _state("Syria"))


def test_a_list_of_posts_and_names_gives_no_post_the_name_before_it() -> None:
    # 'President of the Islamic Republic of Iran Seyyed Ebrahim Raisi, President of the Russian Federation
    # Vladimir Putin': the Russian post was renamed 'Iran Seyyed Ebrahim Raisi', the words before its comma
    _, book, _ = parsed(ASTANA, *_PRESIDENTS, voice=None)
    fold_posts_into_holders(book)
    assert not any("Seyyed" in p.name for p in book.parties if "Russia" in (p.title or ""))
    assert book.find("Iran Seyyed Ebrahim Raisi") is None


def test_a_communique_paragraph_opening_with_its_verb_charges_the_doer() -> None:
    # '1. Condemned the continuing Israeli military attacks in Syria' charged no one (the verb, capitalised
    # at the paragraph's start, was not read), and 'They called for these attacks to be stopped' asked Syria
    assert accused_in("Condemned the continuing Israeli military attacks in Syria.") == "Israeli"
    iran = "President of the Islamic Republic of Iran"
    book, (_, requests, claims) = _items(
        ASTANA, [("Condemned", SentenceDraft(by=iran, t=["claim"], to="Syria")),
                 ("They called", SentenceDraft(by=iran, t=["request"], to="Syria"))], *_PRESIDENTS, voice=None)
    assert [[book.by_id(x).name for x in c.disputed_by] for c in claims] == [["Israel"]]
    assert [book.by_id(r.addressee).name for r in requests] == ["Israel"]


def test_drawing_on_support_phone_calls_a_duty_not_met_and_ones_own_plan_ask_nothing() -> None:
    # each was a request: 'call on' what a practice draws upon, calls not returned for months, an
    # invitation the authorities failed to send, and measures 'which they expect to put in place'
    for told in ("a practice that allows contingents to call on external support for logistics and security.",
                 "Ministers complained that their Chinese counterparts have not returned their calls for months.",
                 "The absence of observers, since the authorities failed to invite the OSCE in a timely manner.",
                 "The two sides will keep working on further measures, which they expect to put in place soon."):
        assert not asks(told) and not plainly_asks(told), told
    for asked in ("We call on Russia to withdraw.", "The EU calls for an immediate ceasefire.",
                  "We expect Russia to comply.", "They invited Iran to the talks."):
        assert asks(asked) and plainly_asks(asked), asked


LULA = ("President Lula speaks with Israeli President Isaac Herzog\n\n"
        "President Luiz Inácio Lula da Silva spoke by telephone on Wednesday with the President of Israel, Isaac "
        "Herzog. Lula expressed his solidarity with the victims. Herzog thanked Lula for the call.\n")


def test_a_surname_inside_a_longer_name_is_the_same_person() -> None:
    # 'President Lula' became 'Luiz Inácio Lula' (the words before 'Lula' in 'Luiz Inácio Lula da Silva'),
    # a second person beside the model's 'President Lula da Silva', and a third 'Lula' tied to Israel
    _, book, _ = parsed(LULA, PartyDraft(name="President Lula", kind="person", acts_for="Brazil"), _state("Brazil"),
                        PartyDraft(name="Isaac Herzog", kind="person", acts_for="Israel"), _state("Israel"),
                        PartyDraft(name="President Lula da Silva", kind="person", acts_for="Brazil"), voice="Brazil")
    people = [p for p in book.parties if p.kind == "person" and "Lula" in p.name]
    assert [p.name for p in people] == ["Lula da Silva"] and "Lula" in people[0].aliases


JAPAN_CHINA = ("Japan-China Summit Meeting\n\n"
               "Prime Minister Kishida held a meeting with President Xi Jinping of China. He requested the immediate "
               "removal of the buoy installed by China within Japan's Exclusive Economic Zone.\n")


def test_a_request_the_model_made_to_the_askers_own_side_is_made_to_the_one_met() -> None:
    # the model's 'to Japan' for Japan's Prime Minister: nobody was asked (a side does not ask its own)
    book, (_, requests, _) = _items(
        JAPAN_CHINA, [("He requested", SentenceDraft(by="China", t=["request"], to="Japan"))],
        PartyDraft(name="Prime Minister Kishida", kind="person", acts_for="Japan"), _state("Japan"),
        PartyDraft(name="President Xi Jinping", kind="person", acts_for="China"), _state("China"), voice="Japan")
    assert [(book.by_id(r.requester).name, book.by_id(r.addressee).name) for r in requests] == [("Kishida", "China")]


def test_a_prime_minister_in_a_security_council_statement_is_not_the_councils() -> None:
    # 'the announcement by Prime Minister Ariel Henry' (Haiti's) made him a member of the Security Council
    text = ("Security Council Press Statement on Haiti\n\n"
            "The members of the Security Council took note of the announcement by Prime Minister Ariel Henry of his "
            "intention to resign.\n")
    _, book, _ = parsed(text, PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                        _state("Haiti"), voice="Security Council")
    henry = add_speaker("Prime Minister Ariel Henry", book)
    assert henry is not None and henry.affiliation is None
    name_office_holders(book, "2024-03-12", book.find("Security Council").id)
    assert henry.affiliation is None


def test_a_rebuttal_calling_a_claim_a_smear_and_an_aid_told_by_a_labelled_speaker_charge_no_one() -> None:
    # 'It is groundless and is a smear.' charged the model's Japan; 'Official Spokesperson: India has sent ...
    # relief material ... through Egypt' charged Egypt (the label hid that India tells of its own deed)
    assert rejects_earlier_claim("It is groundless and is a smear.")
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
            "Official Spokesperson: India has sent about 38 tonnes of relief material through Egypt.\n")
    _, book, _ = parsed(text, _state("India"), _state("Egypt"), voice="India")
    assert tells_own_act("Official Spokesperson: India has sent about 38 tonnes of relief material through Egypt.",
                         book, {book.find("India").id})


def test_two_people_each_said_to_act_for_the_other_act_for_neither_and_a_hacked_body_is_a_target() -> None:
    # the model's father 'for' his son and the son 'for' the father; 'China-linked actors had compromised the
    # systems of the Electoral Commission' charged the Commission
    text = "Rebels freed Luis Manuel Diaz, the father of Liverpool footballer Luis Diaz.\n"
    book = build_parties([PartyDraft(name="Luis Manuel Diaz", kind="person", acts_for="Liverpool footballer Luis Diaz"),
                          PartyDraft(name="Liverpool footballer Luis Diaz", kind="person",
                                     acts_for="Luis Manuel Diaz")], text)
    father, son = book.find("Luis Manuel Diaz"), book.find("Liverpool footballer Luis Diaz")
    assert not (father.affiliation == son.id and son.affiliation == father.id)
    commission = Party(id="p1", name="Electoral Commission", kind="government_body")
    assert only_a_target(commission, "Other China-linked actors had compromised the systems of the Electoral "
                                     "Commission, which holds the names of 40 million voters.")


GERMANY = ("Federal Foreign Office summons Russian chargé d'affaires over cyber attack\n\n"
           "The Federal Foreign Office made clear to the Russian diplomat that the Federal Government strongly "
           "condemns the cyber attacks by Russia's military intelligence service. The Czech Republic has announced "
           "that its institutions were targeted by the same actor. The Russian Embassy in Berlin has rejected the "
           "accusations.\n")


def test_a_deed_of_the_same_actor_charges_the_one_charged_before() -> None:
    # 'The Czech Republic has announced that its institutions were targeted by the same actor' was a claim of
    # the Czech Republic that Germany disputed (the next sentence's rejection read as the voice's answer)
    office = "Federal Foreign Office"
    book, (_, _, claims) = _items(
        GERMANY, [("The Federal Foreign Office", SentenceDraft(by=office, t=["claim"], to="Russia")),
                  ("The Czech Republic", SentenceDraft(by="Czech Republic", t=["claim"], to="Czech Republic"))],
        PartyDraft(name=office, kind="government_body", acts_for="Germany"), _state("Germany"), _state("Russia"),
        _state("Czech Republic"), voice=office)
    assert [(book.by_id(c.asserted_by).name, [book.by_id(x).name for x in c.disputed_by]) for c in claims] == [
        (office, ["Russia"]), ("Czech Republic", ["Russia"])]


def test_the_state_a_heading_is_about_is_not_its_issuers() -> None:
    # 'Joint Statement by the Troika (Norway, the United Kingdom and the United States) on the extension of South
    # Sudan's transitional period': the Troika was South Sudan's body (the model's voice)
    text = ("Joint Statement by the Troika (Norway, the United Kingdom and the United States) on the extension of "
            "South Sudan's transitional period\n\nThe Troika notes with deep regret the decision to extend South "
            "Sudan's transitional period.\n")
    _, book, voice = parsed(text, _state("Norway"), _state("South Sudan"), voice="South Sudan")
    assert voice.name == "Troika" and voice.affiliation is None


def test_a_bid_to_join_and_a_forecast_in_the_passive_ask_nothing_and_an_accepted_invitation_asks_its_guest() -> None:
    # 'Sweden and Finland applied to join NATO' and 'They were expected to fly on to Washington' were
    # requests; 'Secretary Manalo accepted Minister Kamikawa's invitation to visit Tokyo' asked Japan
    assert not asks("Sweden and Finland applied to join NATO in May 2022, and the two countries signed a memorandum.")
    assert not asks("They were expected to fly on to Washington later in the day.")
    assert not plainly_asks("They were expected to fly on to Washington later in the day.")
    assert asks("We expect Russia to comply.")
    assert addressee_phrase("Secretary Manalo accepted Minister Kamikawa's invitation to visit Tokyo next year.") \
        == "Secretary Manalo"


def test_people_reported_being_abducted_are_no_ones_accused() -> None:
    # 'disturbing reports of protesters, journalists and medical personnel being abducted ... by people believed
    # to be members of the security forces' charged the protesters
    protesters = Party(id="p1", name="protesters", kind="non_state_group")
    assert only_a_target(protesters, "There are also disturbing reports of protesters, journalists and medical "
                                     "personnel being abducted or arbitrarily detained by people believed to be "
                                     "members of the security forces.")


def test_a_states_government_asked_by_its_short_name_is_that_government_not_the_councils() -> None:
    # 'They called on the Federal Government and the Federal Member States' (after 'the Federal Government
    # of Somalia') added a 'Federal Government' of its own, which the Security Council's voice then claimed
    text = ("Security Council Press Statement on Terrorist Attack in Mogadishu\n\n"
            "The members of the Security Council reaffirmed their support for the Federal Government of Somalia. "
            "They called on the Federal Government and the Federal Member States to strengthen their cooperation.\n")
    council = "Security Council"
    _, book, _ = parsed(text, PartyDraft(name=council, kind="international_org", acts_for=None), _state("Somalia"),
                        PartyDraft(name="Federal Government of Somalia", kind="government_body", acts_for="Somalia"),
                        voice=council)
    assert _proper_party("the Federal Government", book) is book.find("Federal Government of Somalia")
    body = book.add("Transitional Federal Parliament", "government_body")  # a state's body the text names alone
    name_office_holders(book, "2024-08-03", book.find(council).id)
    assert body.affiliation is None


def test_action_urged_is_no_group_asked_and_the_one_after_but_is_the_speaker() -> None:
    # 'President Biden urged continued action against the transnational criminal organizations' made a party
    # of that action; '... through the Black Sea, but Turkish President Tayyip Erdogan said' a person 'Black Sea'
    assert group_addressed("continued action against the transnational criminal organizations") is None
    assert group_addressed("the international community") == "International community"
    assert attribution("Russia pulled out of a deal that allowed Ukraine to export grain through the Black Sea, but "
                       "Turkish President Tayyip Erdogan said he believed Putin wanted it to continue.") \
        == (True, "Turkish President Tayyip Erdogan ")


def test_a_congratulation_and_a_review_of_relations_charge_no_one_and_such_deeds_are_the_last_ones_charged() -> None:
    # 'Prime Minister congratulated Professor Yunus on assuming his new responsibilities' charged Yunus; 'The two
    # leaders reviewed the state of bilateral relations and the progress of the talks on ...' charged Tunisia;
    # 'Such repeated launches threaten the peace and security of Japan' charged the model's 'Japanese people'
    assert PRAISES.match("Prime Minister congratulated Professor Yunus on assuming his new responsibilities.")
    assert procedural("The two leaders reviewed the state of bilateral relations and the progress of the talks on a "
                      "comprehensive partnership between Tunisia and the European Union.")
    assert not procedural("They reviewed bilateral relations and condemned the attack.")
    launched = ContestedClaim(id="cc1", asserted_by="p1", claim="North Korea launched missiles.",
                              disputed_by=["p2"], status="allegation",
                              evidence=[Evidence(start=0, end=11, quote="North Korea")])
    assert charged_again("Such repeated launches threaten the peace and security of Japan.", [launched], {"p1"}) == "p2"
    assert charged_again("Such attacks by Hamas must stop.", [launched], {"p1"}) is None
    # (a stance on such deeds stays a stance: 'These actions will not intimidate the people of Taiwan')
    assert not names_the_same_doer("These actions will not intimidate the people of Taiwan.")
    assert names_the_same_doer("The Czech Republic said its institutions were targeted by the same actor.")


def test_an_armed_group_named_after_a_country_is_not_its_army() -> None:
    # 'Myanmar National Democratic Alliance Army' (a rebel army) was folded into Myanmar as an alias
    for group in ("Myanmar National Democratic Alliance Army", "Ta'ang National Liberation Army"):
        assert _AGAINST_IT.search(group)
    assert not _AGAINST_IT.search("Myanmar Armed Forces")
    book = build_parties([PartyDraft(name="Myanmar", kind="state", acts_for=None),
                          PartyDraft(name="Myanmar National Democratic Alliance Army", kind="non_state_group",
                                     acts_for=None)], "The Myanmar National Democratic Alliance Army took Laukkai.\n")
    assert book.find("Myanmar National Democratic Alliance Army").affiliation is None


def test_a_question_put_to_the_speaker_asks_no_one() -> None:
    # 'Asked about the incident, ... Wang Wenbin told reporters ... and urged India to abide by agreements' asked
    # nobody: the question put to him was read as the one asked
    asked = addressee_phrase("Asked about the incident, Chinese foreign ministry spokesman Wang Wenbin told "
                             "reporters that the situation was stable and urged India to abide by agreements.")
    assert asked == "India"
