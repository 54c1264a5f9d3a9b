"""Conventions met in documents written after the eval set (stop 54): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.bare_posts import tie_posts_to_voices_state
from summariser.claim_cues import charged_act, charges
from summariser.clause_speakers import only_where
from summariser.cues import asks
from summariser.datelines import wire_dateline_end
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.factual import not_factual
from summariser.keep import prune_parties
from summariser.known_parties import add_speaker
from summariser.named_officials import add_named_officials
from summariser.parties import build_parties
from summariser.post_holders import fold_posts_into_holders
from summariser.procedural import procedural
from summariser.schema import Party
from summariser.subjects import head_party
from summariser.targets import only_a_target
from summariser.titles import split_title
from tests.test_fresh_stop51 import _items, _state
from tests.test_known_actors import parsed


def test_an_initial_before_a_surname_is_the_names() -> None:
    # 'External Affairs Minister S. Jaishankar' was 'Jaishankar', titled 'External Affairs Minister S.':
    # a name the gold's 'S. Jaishankar' no longer matched (token overlap 0.5)
    assert split_title("External Affairs Minister S. Jaishankar") == ("S. Jaishankar", "External Affairs Minister")
    # (the 'S.' of a 'U. S.' before the post is still the post's)
    assert split_title("U. S. Ambassador Linda Thomas-Greenfield") == ("Linda Thomas-Greenfield", "U. S. Ambassador")
    assert split_title("Secretary of State John F. Kerry") == ("John F. Kerry", "Secretary of State")


def test_condolences_offered_to_a_state_charge_it_with_nothing() -> None:
    # 'The Secretary-General extends his deepest condolences to ... the Government and people of South
    # Africa' was a claim of the Secretary-General against South Africa
    assert not_factual("The Secretary-General extends his deepest condolences to the families of the victims and "
                       "to the Government and people of South Africa.")
    assert not_factual("The Minister expressed sympathy to the people of Türkiye.")
    assert not not_factual("The Secretary-General condemns the attack by the M23, which killed two peacekeepers.")


AZERBAIJAN = ("Statement by the Spokesperson of the Ministry of Foreign Affairs of Azerbaijan\n\n"
              "It is regrettable that France continues to supply weapons to Armenia, which encourages revanchist "
              "forces in that country. We call on the French side to refrain from such steps.\n")
_SPOKESPERSON = PartyDraft(name="Spokesperson of the Ministry of Foreign Affairs of Azerbaijan", kind="person",
                           acts_for="Azerbaijan")


def test_what_a_deed_encourages_is_no_request() -> None:
    # '..., which encourages revanchist forces in that country.' was a request with nobody asked
    book, (_, requests, _) = _items(AZERBAIJAN, "It is regrettable", SentenceDraft(
        by="France", t=["request"], to="Azerbaijan"), _SPOKESPERSON, _state("Azerbaijan"), _state("France"),
        _state("Armenia"), voice="Azerbaijan")
    assert requests == []
    # (the call that follows still asks France)
    book, (_, requests, _) = _items(AZERBAIJAN, "We call on", SentenceDraft(
        by="Azerbaijan", t=["request"], to="France"), _SPOKESPERSON, _state("Azerbaijan"), _state("France"),
        _state("Armenia"), voice="Azerbaijan")
    assert [book.by_id(r.addressee).name for r in requests] == ["France"]


KOSOVO = ("Serbia accuses Kosovo of provocation\n\n"
          "BELGRADE (Wire) - Serbian President Aleksandar Vucic accused Kosovo of provoking violence. "
          "The United States and the European Union urged both sides to de-escalate.\n")


def test_each_of_those_named_together_as_askers_is_a_party() -> None:
    # 'The United States and the European Union urged both sides to de-escalate.': the European Union,
    # which asks as much as the United States, was dropped from the parties
    book, (_, requests, _) = _items(KOSOVO, "The United States", SentenceDraft(
        by="United States", t=["request"], to="Kosovo"), _state("Serbia"), _state("Kosovo"),
        _state("United States"), PartyDraft(name="European Union", kind="international_org", acts_for=None),
        voice=None)
    prune_parties(book, requests, None)
    assert "European Union" in [p.name for p in book.parties]


OSCE = ("OSCE Chairman-in-Office statement on the situation in Georgia\n\n"
        "The OSCE Chairman-in-Office, Minister for Foreign Affairs of Malta Ian Borg, is following with concern "
        "the reports of violence in Tbilisi. The Chairman-in-Office calls on the Georgian authorities to show "
        "restraint.\n")


def test_a_post_with_its_holder_in_apposition_is_one_person() -> None:
    # 'The OSCE Chairman-in-Office, Minister for Foreign Affairs of Malta Ian Borg,': the post (listed by
    # the model as a body) and Ian Borg were two parties, and Malta, named in his other post, a third
    _, book, _ = parsed(OSCE, PartyDraft(name="OSCE Chairman-in-Office", kind="government_body", acts_for=None),
                        PartyDraft(name="Minister for Foreign Affairs of Malta Ian Borg", kind="person",
                                   acts_for="Malta"), _state("Georgia"), voice=None)
    fold_posts_into_holders(book)
    borg = book.find("Ian Borg")
    assert borg is not None and book.find("OSCE Chairman-in-Office") is borg
    assert book.by_id(borg.affiliation).name == "OSCE"
    issuer = prune_parties(book, [], borg.id)
    assert sorted(p.name for p in book.parties) == ["Ian Borg", "OSCE"]
    assert book.by_id(issuer).name == "Ian Borg"


INDIA = ("Readout of the meeting between the Minister of External Affairs of India and the Foreign Minister of "
         "Canada\n\n"
         "Minister Joly asked India to cooperate with Canadian law enforcement. EAM stated that India had received "
         "no specific information from Canada on the matter and rejected any suggestion of Indian involvement as "
         "absurd.\n")


def test_a_rebutted_claim_is_the_other_state_the_line_names_not_an_unnamed_guess() -> None:
    # the model's 'Canadian law enforcement', which the rejecting line never names, was the claimant
    # (and a party); the line names Canada
    book, (_, _, claims) = _items(INDIA, "EAM stated", SentenceDraft(
        by="India", t=["claim"], to="Canadian law enforcement"),
        PartyDraft(name="External Affairs Minister S. Jaishankar", kind="person", acts_for="India"),
        PartyDraft(name="Melanie Joly", kind="person", acts_for="Canada"), _state("India"), _state("Canada"),
        PartyDraft(name="Canadian law enforcement", kind="person", acts_for="Canada"), voice="India")
    assert [(book.by_id(c.asserted_by).name, c.status) for c in claims] == [("Canada", "denied")]


NIGER = ("Statement by the African Union Commission Chairperson on the situation in Niger\n\n"
         "The Chairperson condemns the coup. The Chairperson welcomes the efforts of the Economic Community of West "
         "African States (ECOWAS) to find a peaceful solution and encourages it to pursue dialogue with all "
         "stakeholders.\n")


def test_it_asked_is_the_body_the_sentence_just_named() -> None:
    # '... welcomes the efforts of ECOWAS ... and encourages it to pursue dialogue': asked of the
    # model's 'Presidential Guard', and ECOWAS was no party
    book, (_, requests, _) = _items(NIGER, "The Chairperson welcomes", SentenceDraft(
        by="Moussa Faki Mahamat", t=["position", "request"], to="Presidential Guard"),
        PartyDraft(name="Moussa Faki Mahamat", kind="person", acts_for="African Union Commission"),
        PartyDraft(name="Presidential Guard", kind="non_state_group", acts_for=None), _state("Niger"),
        voice="Moussa Faki Mahamat")
    assert [book.by_id(r.addressee).name for r in requests] == ["ECOWAS"]


def test_holding_hostages_and_resorting_to_fabrications_are_charges() -> None:
    # 'Hamas continues to hold many more hostages, including Americans.' and 'The British side has repeatedly
    # resorted to such fabrications ...' were positions: claims that charge nobody, and a stance
    assert charges("Hamas continues to hold many more hostages, including Americans.")
    assert charged_act("The British side has repeatedly resorted to such fabrications in order to distract its own "
                       "population.")
    assert not charged_act("The British side has resorted to dialogue.")


def test_a_bare_post_in_a_statement_of_its_governments_post_serves_that_state() -> None:
    # 'The President welcomes ...' in a statement by the Press Secretary: the President served nobody
    text = ("Statement by the Press Secretary on the hostage release\n\n"
            "The President welcomes the release today of two American citizens. The United States is grateful to "
            "the Government of Qatar.\n")
    _, book, _ = parsed(text, PartyDraft(name="Press Secretary", kind="person", acts_for="United States"),
                        PartyDraft(name="President", kind="person", acts_for=None), _state("United States"),
                        voice="Press Secretary")
    voice = book.find("Press Secretary")
    tie_posts_to_voices_state(book, voice)
    assert book.by_id(book.find("President").affiliation).name == "United States"
    # (not in a readout of a call, whose heading names the other side the post may be of)
    _, book, _ = parsed("Readout of the Vice President's call with the President of Kenya\n\n" + text.split(
        "\n\n")[1], PartyDraft(name="Press Secretary", kind="person", acts_for="United States"),
        PartyDraft(name="President", kind="person", acts_for=None), _state("United States"), _state("Kenya"),
        voice="Press Secretary")
    tie_posts_to_voices_state(book, book.find("Press Secretary"))
    assert book.find("President").affiliation is None


KERMAN = ("Security Council Press Statement on the terrorist attack in Kerman\n\n"
          "The members of the Security Council condemned in the strongest terms the heinous and cowardly terrorist "
          "attack in Kerman, Islamic Republic of Iran, on 3 January, which killed at least 84 people. Da'esh has "
          "claimed responsibility for the attack.\n")


def test_the_state_of_the_town_an_attack_was_in_is_not_charged() -> None:
    # 'the terrorist attack in Kerman, Islamic Republic of Iran' charged Iran, where it happened
    book, (positions, _, claims) = _items(KERMAN, "The members", SentenceDraft(
        by="Security Council", t=["position", "claim"], to="Iran"),
        PartyDraft(name="Security Council", kind="international_org", acts_for=None),
        PartyDraft(name="Iran", kind="state", acts_for=None),
        PartyDraft(name="Da'esh", kind="non_state_group", acts_for=None), voice="Security Council")
    assert claims == [] and len(positions) == 1
    iran = Party(id="p1", name="Iran", kind="state", aliases=["Islamic Republic of Iran"])
    assert only_where(iran, KERMAN.split("\n\n")[1], towns_state=True)
    # (a state whose own event is told is no place: 'at Priština's press conferences')
    kosovo = Party(id="p2", name="Kosovo", kind="state", aliases=["Priština"])
    assert not only_where(kosovo, "Weapons displayed at Priština's press conferences are found in every arsenal.")


def test_those_who_fend_off_an_attack_are_not_charged_with_it() -> None:
    # 'Israel, with the help of its partners, defeated the attack.' was the G7's charge against Israel
    text = ("G7 Leaders' Statement on Iran's attack against Israel\n\n"
            "We, the Leaders of the G7, condemn Iran's attack against Israel. Iran fired hundreds of drones and "
            "missiles toward Israel. Israel, with the help of its partners, defeated the attack.\n")
    book, (_, _, claims) = _items(text, "Israel, with", SentenceDraft(by="Israel", t=["position", "claim"], to=None),
                                  PartyDraft(name="G7 Leaders", kind="government_body", acts_for=None),
                                  _state("Iran"), _state("Israel"), voice="G7 Leaders")
    assert claims == []
    assert only_a_target(Party(id="p1", name="Ukraine", kind="state"), "Ukraine repelled the offensive near Kharkiv.")


def test_a_deed_told_after_its_date_charges_the_name_its_verb_follows() -> None:
    # 'On the morning of 19 September, Azerbaijan launched a large-scale military offensive against
    # Nagorno-Karabakh, ...' (the model's request) was dropped as a line that only tells of events; and
    # 'On 14 February, JeM carried out the suicide bombing ...' charged the police force it killed
    text = ("Statement of the Ministry of Foreign Affairs of Armenia\n\n"
            "On the morning of 19 September, Azerbaijan launched a large-scale military offensive against "
            "Nagorno-Karabakh, targeting civilian settlements and infrastructure with artillery and drones.\n")
    ministry = "Ministry of Foreign Affairs of Armenia"
    book, (_, _, claims) = _items(text, "On the morning", SentenceDraft(by=ministry, t=["request"], to="Azerbaijan"),
                                  PartyDraft(name=ministry, kind="government_body", acts_for="Armenia"),
                                  _state("Azerbaijan"), _state("Armenia"), _state("Nagorno-Karabakh"), voice=ministry)
    assert [[book.by_id(x).name for x in c.disputed_by] for c in claims] == [["Azerbaijan"]]
    pulwama = ("On 14 February, JeM carried out the suicide bombing in Pulwama, in which 40 personnel of the Police "
               "Force lost their lives.")
    drafts = [PartyDraft(name="JeM", kind="non_state_group", acts_for=None),
              PartyDraft(name="Police Force", kind="government_body", acts_for=None)]
    assert head_party(pulwama, build_parties(drafts, pulwama)).name == "JeM"


def test_a_body_named_in_lower_case_is_nobody_in_particular() -> None:
    # '... to cooperate actively with the Government of Iran and all other relevant authorities': the
    # model's 'other relevant authorities' was kept as a party, as every body the text writes is
    text = ("Security Council Press Statement\n\n"
            "They urged all States to cooperate actively with the Government of Iran and all other relevant "
            "authorities in this regard. The Ministry of Interior of Iran opened an inquiry.\n")
    _, book, _ = parsed(text, PartyDraft(name="Security Council", kind="international_org", acts_for=None),
                        PartyDraft(name="other relevant authorities", kind="government_body", acts_for=None),
                        PartyDraft(name="Ministry of Interior of Iran", kind="government_body", acts_for="Iran"),
                        voice="Security Council")
    prune_parties(book, [], book.find("Security Council").id)
    names = [p.name for p in book.parties]
    assert "other relevant authorities" not in names and "Ministry of Interior of Iran" in names


def test_we_who_welcome_anothers_efforts_hold_the_stance() -> None:
    # 'We welcomed the efforts of the Special Envoy of the ASEAN Chair on Myanmar to engage all stakeholders.'
    # was the Special Envoy's position (the model's pick), not the Ministers' who say it
    text = ("Chairman's Statement on the developments in Myanmar\n\n"
            "We, the ASEAN Foreign Ministers, remain deeply concerned over the conflict in Myanmar. We welcomed the "
            "efforts of the Special Envoy of the ASEAN Chair on Myanmar to engage all stakeholders.\n")
    ministers = "ASEAN Foreign Ministers"
    envoy = "Special Envoy of the ASEAN Chair on Myanmar"
    book, (positions, requests, _) = _items(text, "We welcomed", SentenceDraft(by=envoy, t=["request"], to="Myanmar"),
                                            PartyDraft(name=ministers, kind="government_body", acts_for="ASEAN"),
                                            PartyDraft(name=envoy, kind="person", acts_for="ASEAN"),
                                            _state("Myanmar"), voice=ministers)
    assert [book.by_id(p.holder).name for p in positions] == [ministers] and requests == []


def test_a_wish_to_act_oneself_asks_nobody() -> None:
    # 'The two heads of state expressed their wish to resume the dialogue between France and Algeria.' was a
    # request of President Macron's to nobody
    assert not asks("The two heads of state expressed their wish to resume the dialogue between France and Algeria.")
    assert not asks("Both sides hope to resume talks soon.")
    assert asks("We hope to see Russia withdraw its troops.")
    assert asks("We hope that Iran will cooperate with the Agency.")
    assert asks("The EU wants Serbia to recognise the agreement.")


def test_an_attorney_general_is_titled_as_one() -> None:
    # 'He called on Attorney General Consuelo Porras to resign.' added Consuelo Porras titled 'General'
    text = ("Guatemala's president-elect says prosecutors are trying to block his inauguration\n\n"
            "Guatemalan President-elect Bernardo Arevalo accused prosecutors of attempting a coup. He called on "
            "Attorney General Consuelo Porras to resign.\n")
    _, book, _ = parsed(text, PartyDraft(name="Bernardo Arevalo", kind="person", acts_for="Guatemala"),
                        _state("Guatemala"), voice=None)
    add_named_officials(book)
    assert book.find("Consuelo Porras").title == "Attorney General"


def test_a_dateline_may_end_with_a_colon() -> None:
    # 'Rawalpindi, 26 February: Indian aircraft intruded from the Muzaffarabad sector.' read 'Rawalpindi',
    # the issuer's own city, as the one acting: a position of Pakistan, no charge against India
    line = "Rawalpindi, 26 February: Indian aircraft intruded from the Muzaffarabad sector."
    assert line[wire_dateline_end(line):].startswith("Indian aircraft")
    for label in ("QUESTION: The Venezuelan Government has announced a referendum.", "MR MILLER: We support it.",
                  "Answer: China is firmly opposed."):
        assert wire_dateline_end(label) == 0


def test_a_talk_had_on_issues_is_only_a_meeting_reported() -> None:
    # '... had candid, substantive, and constructive discussions on key issues in ..., Russia's war against
    # Ukraine, ...' was Jake Sullivan's charge against Wang Yi
    assert procedural("The two sides had candid, substantive, and constructive discussions on key issues in the "
                      "U.S.-China bilateral relationship, Russia's war against Ukraine, and cross-Strait issues.")
    assert not procedural("The ministers had talks on the ceasefire and agreed that Russia must withdraw its troops.")


def test_a_task_force_is_no_person() -> None:
    # 'The Philippine National Task Force for the West Philippine Sea said ...' added a person 'Task Force',
    # titled 'Philippine National'
    text = ("Beijing hits back at Manila\n\n"
            "The Philippine National Task Force for the West Philippine Sea said earlier that Chinese coast guard "
            "ships had blocked its boats.\n")
    _, book, _ = parsed(text, _state("China"), _state("Philippines"), voice=None)
    add_speaker("The Philippine National Task Force for the West Philippine Sea", book)
    assert book.find("Task Force") is None
    assert add_speaker("Foreign Minister Enrique Manalo", book).name == "Enrique Manalo"


def test_a_condemnation_that_names_nobody_charges_nobody() -> None:
    # 'He strongly condemns the ongoing violence, ... and attacks on civilians based on their ethnicity.' was
    # the Secretary-General's charge against Sudan, the model's guess, whom the sentence never names
    text = ("Statement by the Spokesperson for the Secretary-General on Sudan\n\n"
            "The Secretary-General is appalled by reports of mass killings in El Geneina. He strongly condemns the "
            "ongoing violence, including sexual violence against women and girls, and attacks on civilians based "
            "on their ethnicity.\n")
    book, (positions, _, claims) = _items(text, "He strongly", SentenceDraft(
        by="Secretary-General", t=["position", "claim"], to="Sudan"),
        PartyDraft(name="Secretary-General", kind="person", acts_for="United Nations"), _state("Sudan"),
        voice="Secretary-General")
    assert claims == [] and len(positions) == 1
