"""Conventions met in documents written after the eval set (stop 27): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import headings
from summariser.background import not_an_actor
from summariser.drafts import PartyDraft, SentenceDraft
from summariser.schema import Party
from summariser.speakers import named_speakers
from tests.test_fresh_statements import _last_sentence_items
from tests.test_known_actors import parsed

GERSHKOVICH = ("Russia's Conviction of Evan Gershkovich\n\n"
               "PRESS STATEMENT\n\n"
               "ANTONY J. BLINKEN, SECRETARY OF STATE\n\n"
               "JULY 19, 2024\n\n"
               "Earlier today, a court in Yekaterinburg sentenced Evan Gershkovich to 16 years in a penal colony. "
               "The United States condemns this verdict. Russia has never produced credible evidence. "
               "We call for the release of Paul Whelan.\n")


def test_a_name_and_post_under_a_press_statement_label_sign_the_release() -> None:
    assert headings.heading_issuer(GERSHKOVICH) == "Antony J. Blinken, Secretary of State"
    assert headings.heading_issuer("PRESS STATEMENT\nMATTHEW MILLER, DEPARTMENT SPOKESPERSON\nMAY 1, 2024\n\nText.") \
        == "Matthew Miller, Department Spokesperson"
    # a dateline under a label is no signature: 'China' is no post
    assert headings.heading_issuer("Press statement\nBeijing, China\n1 May\n\nText.") is None
    # the model's voice was the newspaper the statement thanks; the Secretary serves the state whose
    # own voice the release is ('The United States condemns'), not the one its headline names
    doc, book, voice = parsed(GERSHKOVICH, PartyDraft(name="The Wall Street Journal", kind="media", acts_for=None),
                            PartyDraft(name="Russia", kind="state", acts_for=None),
                            PartyDraft(name="United States", kind="state", acts_for=None),
                            voice="The Wall Street Journal")
    assert voice.name == "Antony J. Blinken"
    from summariser.voice import checked_voice

    checked = checked_voice(book, voice, [s.text for s in doc.sentences])
    assert book.by_id(checked.affiliation).name == "United States"


def test_a_treaty_or_a_law_is_no_actor() -> None:
    for name in ["UNCLOS", "NPT", "Philippine Maritime Zones Act"]:
        assert not_an_actor(Party(id="p1", name=name, kind="international_org"))
    assert not not_an_actor(Party(id="p1", name="Defence Minister Pact", kind="person"))


ASSETS = ("Foreign Ministry statement on the EU Council decision on immobilised Russian assets\n\n"
          "On May 21, the Council of the European Union approved a legal act on the proceeds.\n\n"
          "We regard this decision as nothing other than theft. The Russian side has a range of instruments "
          "to respond, including with regard to the assets of EU member states and European companies in "
          "Russian jurisdiction. We demand that the European Union reverse this unlawful decision.\n")


def test_a_state_the_model_called_a_group_acts_for_no_one() -> None:
    # the model's 'Russian side' acted for the companies its statement warns, and the EU for them
    # too: all one side, so the voice's 'we' kept the EU as holder
    group = "EU member states and European companies in Russian jurisdiction"
    book, (positions, requests, _) = _last_sentence_items(
        ASSETS, [("European Union", "government_body", group), ("Russian side", "non_state_group", group),
                 (group, "government_body", group)],
        SentenceDraft(by="European Union", t=["request"], to=group), voice=group)
    russia = book.find("Russian side")
    assert russia.kind == "state" and russia.affiliation is None
    assert book.find("European Union").affiliation is None
    (request,) = requests  # the issuing ministry's, on Russia's side: not the EU's
    asker = book.by_id(request.requester)
    assert asker.name == "Foreign Ministry" and asker.affiliation is None


MODI = ("Ministry of External Affairs\n\n"
        "Prime Minister's telephone conversation with the President of the Russian Federation\n\n"
        "May 05, 2025\n\n"
        "President of the Russian Federation, H.E. Mr. Vladimir Putin, called Prime Minister Shri Narendra Modi "
        "today. President Putin strongly condemned the terrorist attack in Pahalgam. "
        "Prime Minister thanked President Putin for his condolences. "
        "Prime Minister invited President Putin to visit India for the Annual Summit later this year.\n")


def test_a_bare_title_means_the_one_person_the_text_names_after_it() -> None:
    # the model listed the President by his post and left the Prime Minister out
    doc, book, voice = parsed(MODI, PartyDraft(name="Ministry of External Affairs", kind="government_body",
                                               acts_for=None),
                              PartyDraft(name="President of the Russian Federation", kind="person", acts_for="Russia"),
                              voice="India")
    speakers = named_speakers(doc, book, voice)
    said = {s.text[:14]: speakers.get(s.number) for s in doc.sentences}
    assert said["Prime Minister"].name == "Narendra Modi"


def test_a_spokespersons_statement_speaks_for_the_one_it_is_attributable_to() -> None:
    text = ("Statement attributable to the Spokesperson for the Secretary-General on Myanmar\n\n"
            "The Secretary-General strongly condemns the detention of State Counsellor Daw Aung San Suu Kyi. "
            "The Secretary-General urges the military leadership to respect the will of the people.\n")
    _, book, voice = parsed(text, PartyDraft(name="Myanmar", kind="state", acts_for=None), voice=None)
    # the model had not listed the Secretary-General, so the spokesperson held every item
    assert voice.name == "Secretary-General" and voice.kind == "person"
    assert book.by_id(voice.affiliation).name == "United Nations"
    assert "the Secretary-General" in voice.aliases  # as the gold's aliases write him


def test_a_well_known_actor_the_model_copied_with_the_rest_of_a_phrase_is_that_actor() -> None:
    from summariser.parties import build_parties

    text = ("Stéphane Dujarric, Spokesman.\n\nThe Secretary-General reaffirms the support of the United "
            "Nations to the people of Myanmar.")
    book = build_parties([PartyDraft(name="Stéphane Dujarric", kind="person",
                                     acts_for="United Nations to the people of Myanmar")], text)
    assert [p.name for p in book.parties] == ["Stéphane Dujarric", "United Nations"]


def test_a_states_name_ends_a_title_before_a_name() -> None:
    from summariser.people import person_in
    from summariser.titles import with_first_name

    assert person_in("Telephone conversation with President of the United States Donald Trump ") == (
        "Donald Trump", "President of the United States")
    assert person_in("President of the United States of America Donald Trump said ") == (
        "Donald Trump", "President of the United States of America")
    assert person_in("Italian Prime Minister Giorgia Meloni ") == ("Giorgia Meloni", "Italian Prime Minister")
    text = "Telephone conversation with President of the United States Donald Trump.\n\nDonald Trump proposed a pause."
    assert with_first_name("Donald Trump", text, most_words=2) == "Donald Trump"  # not 'States Donald Trump'


KREMLIN = ("Telephone conversation with President of the United States Donald Trump\n\n"
           "Vladimir Putin held a telephone conversation with Donald Trump.\n\n"
           "Vladimir Putin expressed gratitude to Donald Trump for his efforts to end the fighting. "
           "Donald Trump proposed a mutual 30-day halt on strikes. "
           "Vladimir Putin reiterated that Russia is prepared to guarantee the lives of those who surrender.\n")


def test_a_full_name_the_text_keeps_naming_speaks_even_when_the_model_left_it_out() -> None:
    doc, book, voice = parsed(KREMLIN, PartyDraft(name="President of the United States Donald Trump",
                                                  kind="person", acts_for="USA"),
                              PartyDraft(name="Russia", kind="state", acts_for=None), voice="Russia")
    speakers = named_speakers(doc, book, voice)
    said = {s.text[:22]: speakers.get(s.number) for s in doc.sentences}
    assert said["Vladimir Putin express"].name == "Vladimir Putin"  # had been Trump's: a role swap
    # he serves the state whose release it is; the heading's other side would not
    assert book.by_id(said["Vladimir Putin express"].affiliation).name == "Russia"
    assert said["Vladimir Putin reitera"].name == "Vladimir Putin"
    from summariser.referents import recurring_person

    assert not recurring_person("New Delhi", "New Delhi said. New Delhi added.")  # a capital, no person
    assert not recurring_person("Jane Doe", "Jane Doe said so.")  # named once: may be anything


def test_allegations_of_a_link_between_a_side_and_a_deed_accuse_that_side() -> None:
    from summariser.accusations import accused_in

    assert accused_in('Trudeau said agencies were pursuing "credible allegations" of a potential connection '
                      "between Indian government agents and the murder of Hardeep Singh Nijjar.") \
        == "Indian government agents"
    assert accused_in("There is evidence of progress in the talks.") is None


def test_claims_published_by_one_side_and_repeated_by_another_are_the_first_sides() -> None:
    from summariser.relayed_claims import relayed_allegation

    assert relayed_allegation(
        "In response to the claims published by Hamas and repeated today by Opposition Leader Yair Lapid, "
        "according to which Prime Minister Benjamin Netanyahu has added new conditions, the Office states:") \
        == "Hamas"  # had been Netanyahu's, the accused
    assert relayed_allegation("We categorically reject the statement circulated overnight by the Ministry of "
                              "Defence of Azerbaijan, which claims that Armenian units staged provocations.") \
        == "the Ministry of Defence of Azerbaijan"
    assert relayed_allegation("The statement made by the Ministry of Defence according to which the drills "
                              "were routine is false.") == "the Ministry of Defence"


def test_extending_an_invitation_is_an_invitation_by_the_one_who_extends_it() -> None:
    from summariser import cues
    from summariser.attribution import attribution

    sentence = "President Erdoğan extended an invitation to President El-Sisi to pay a visit to Türkiye."
    assert attribution(sentence) == (True, "President Erdoğan ")  # had been El-Sisi's, the one invited
    assert cues.asks(sentence)
    assert not cues.asks("He ignored an invitation to the talks.")


def test_an_award_or_a_ruling_is_no_actor() -> None:
    assert not_an_actor(Party(id="p1", name="2016 Arbitral Award", kind="non_state_group"))
    assert not_an_actor(Party(id="p1", name="ICJ ruling", kind="other"))


def test_a_known_actor_named_in_a_datelines_capitals_takes_its_own_name() -> None:
    from summariser.keep import prune_parties
    from summariser.parties import PartyBook

    book = PartyBook("UNITED NATIONS (AP) - The United Nations voted. The UN said so.")
    un = book.add("UNITED NATIONS", "international_org", None, ["UN"])
    prune_parties(book, [], un.id)
    assert book.parties[0].name == "United Nations" and "UNITED NATIONS" in book.parties[0].aliases


def test_an_opening_participle_names_no_speaker() -> None:
    from summariser.attribution import attribution

    # 'Moscow' in the participle had made the Prime Minister's words Russia's
    assert attribution("Recalling his visit to Moscow in July 2024, Prime Minister noted the special ties.") \
        == (True, "Prime Minister ")
    assert attribution("Speaking to reporters in Ottawa, Trudeau said India needed to act.") == (True, "Trudeau ")
    assert attribution("Beijing, for its part, said the move was illegal.") == (True, "Beijing ")


def test_a_post_in_a_listed_body_serves_that_body_not_the_state_its_name_is_about() -> None:
    from summariser.known_parties import add_speaker
    from summariser.parties import PartyBook

    text = ("KAARI BETTY MURUNGI, Chairperson of the International Commission of Human Rights Experts on Ethiopia, "
            "said the Commission had found reasonable grounds to believe that violations had been committed.")
    book = PartyBook(text)
    commission = book.add("International Commission of Human Rights Experts on Ethiopia", "international_org")
    book.add("Ethiopia", "state")
    chair = add_speaker("KAARI BETTY MURUNGI, Chairperson of the International Commission of Human Rights "
                        "Experts on Ethiopia, ", book)
    assert chair.name == "Kaari Betty Murungi" and chair.affiliation == commission.id  # had been Ethiopia's


def test_a_speaker_who_points_to_another_sides_deeds_charges_it_and_does_not_tell_his_own_act() -> None:
    from summariser.attribution import attribution
    from summariser.own_accounts import tells_own_act

    sentence = ("Vladimir Putin pointed to the serious risks posed by the Kiev regime's inability to negotiate in "
                "good faith, noting that it has repeatedly sabotaged arrangements already reached.")
    assert attribution(sentence) == (True, "Vladimir Putin ")
    book = parsed(KREMLIN + sentence + "\n", PartyDraft(name="Russia", kind="state", acts_for=None),
                  PartyDraft(name="Vladimir Putin", kind="person", acts_for="Russia"),
                  PartyDraft(name="Ukraine", kind="state", acts_for=None), voice="Russia")[1]
    own = {book.find("Russia").id, book.find("Vladimir Putin").id}
    assert not tells_own_act(sentence, book, own)  # it had been demoted as Russia's own act
