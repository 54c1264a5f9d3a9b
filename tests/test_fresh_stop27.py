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
