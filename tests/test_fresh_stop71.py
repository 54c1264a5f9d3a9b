"""Stop 71: rules from 36 more documents written for the project (fresh287-289). Each test runs one step on a short
text in the document's own convention; a guard beside each shows where the rule stops."""

from __future__ import annotations

from summariser import cues
from summariser.acceptances import accepted_by_the_invited
from summariser.asking_sides import asker_phrase
from summariser.attribution import attribution
from summariser.holders import holder_of
from summariser.naming import speaker_in
from summariser.party_sides import sides
from summariser.people import person_in
from summariser.post_names import link_posts_by_their_states
from summariser.schema import Evidence, Position, Request
from summariser.sources import no_party_source
from summariser.spoken_before import serve_the_body_before
from summariser.titles import split_title
from summariser.written_names import as_written
from tests.test_fresh_stop67 import _book, _tie


def test_an_organisation_or_a_post_is_no_title_before_a_name() -> None:
    # Djibouti's opposition 'Union for National Salvation' had become a person 'Salvation' titled 'Union for National'
    assert split_title("Union for National Salvation") == ("Union for National Salvation", None)
    # Belize's 'Chief Executive Officer of the Ministry' had become 'Executive Officer', titled 'Chief of the Ministry'
    assert split_title("Chief Executive Officer of the Ministry") == ("Chief Executive Officer of the Ministry", None)
    assert split_title("National Security Adviser Jake Sullivan") == ("Jake Sullivan", "National Security Adviser")
    assert split_title("Prime Minister Benjamin Netanyahu of Israel") == \
        ("Benjamin Netanyahu", "Prime Minister of Israel")


def test_post_nominals_and_the_honourable_are_no_part_of_a_name_or_post() -> None:
    # Barbados: the model's person 'M.P.', titled 'Prime Minister Dame Cordelia Small-Whitehead, S.C.'
    assert split_title("Prime Minister the Hon. Dame Cordelia Small-Whitehead, S.C., M.P.") == \
        ("Dame Cordelia Small-Whitehead", "Prime Minister")
    assert split_title("Senator the Hon Penny Wong") == ("Penny Wong", "Senator")
    assert split_title("Karim A.A. Khan KC") == ("Karim A.A. Khan", None)


def test_what_a_name_was_copied_with_is_no_part_of_it() -> None:
    text = "The minister conveyed the greetings of the President and the Head of State's support for the alliance."
    assert as_written("Head of State's support", text, text.casefold()) == "Head of State"
    assert as_written("Kenya's government", "Kenya's government said", "kenya's government said") == \
        "Kenya's government"  # (a body owned, not a thing conveyed)


def test_a_two_letter_state_before_government_is_that_state() -> None:
    book = _book("She invited the UK Government to nominate an official. The Government of Barbados agreed.",
                 ("Barbados", "state", None), ("UK", "state", None), ("Government of Barbados", "state", None))
    assert speaker_in("the UK Government", book.parties).name == "UK"  # (not 'Government of Barbados' by its head)
    assert speaker_in("the Government", book.parties).name == "Government of Barbados"


def test_a_sources_terms_and_what_one_will_not_provoke_ask_nothing() -> None:
    assert not cues.asks("He asked that his name not be used for fear of reprisals.")
    assert not cues.asks("We do not believe so, and we will do nothing to invite it.")
    assert not cues.asks("Such rhetoric invites retaliation.")
    assert not cues.asks("The amendments were submitted to the Assembly, as was proposed to the Assembly.")
    assert cues.asks("Minister Sadvakasov invited Minister Abdrakhmanov to pay an official visit.")
    assert cues.asks("He asked that Ghana keep its markets open.")


def _evidence(text: str, quote: str) -> list[Evidence]:
    at = text.index(quote)
    return [Evidence(quote=quote, start=at, end=at + len(quote))]


def test_an_invitation_accepted_in_the_passive_is_the_invited_sides() -> None:
    text = ("Minister Sadvakasov invited Minister Abdrakhmanov to pay an official visit to Kazakhstan. "
            "The invitation was accepted with gratitude.")
    invitation = Request(id="req1", requester="p1", addressee="p2", action="Pay an official visit",
                         force="invitation", evidence=_evidence(text, "Minister Sadvakasov invited"))
    accepted = Position(id="pos1", holder="p1", stance="The invitation was accepted",
                        evidence=_evidence(text, "The invitation was accepted with gratitude."))
    accepted_by_the_invited([accepted], [invitation])
    assert accepted.holder == "p2"
    named = Position(id="pos2", holder="p1", stance="Accepted", evidence=_evidence(text, "Minister Sadvakasov"))
    accepted_by_the_invited([named], [invitation])
    assert named.holder == "p1"  # (no agentless acceptance: left as it was)


def test_a_cleft_sentence_names_who_asked() -> None:
    assert asker_phrase("It was the Bulgarian side that requested the postponement of the last two meetings.") == \
        "the Bulgarian side"
    assert asker_phrase("The Bulgarian side requested the postponement.") == "The Bulgarian side"
    assert asker_phrase("It is important that the talks resume.") is None


def test_a_named_member_of_parliament_is_a_titled_person() -> None:
    assert person_in("Tamar Chikovani, a member of parliament from an opposition coalition") == \
        ("Tamar Chikovani", "a member of parliament from an opposition coalition")
    assert person_in("Tamar Chikovani, an opposition MP,") == ("Tamar Chikovani", "an opposition MP")
    assert person_in("Kenya, a member of the Council") is None


def test_an_account_given_is_the_givers() -> None:
    said = "The Royal Thai Army gave an opposite account, saying Cambodian soldiers had entered Thai territory."
    assert attribution(said) == (True, "The Royal Thai Army ")
    assert attribution("The report gave no account of the losses.") == (False, "")


_THAI = ("Thailand and Cambodia clashed. The Royal Thai Army gave an opposite account, saying Cambodian soldiers had "
         "fired first. "
         "Tigrayan officials have accused Eritrea of trying to wreck the peace. The Tigray People's Liberation Front "
         "signed the deal.")


def test_a_states_organ_speaks_for_it_not_for_a_group_the_model_tied_to_it() -> None:
    book = _book(_THAI, ("Thailand", "state", None), ("People's Party", "non_state_group", "Thailand"),
                 ("Tigray", "state", None), ("Tigray People's Liberation Front", "non_state_group", "Tigray"))
    side = sides(book.parties)
    _, first, second, _ = _THAI.split(". ")
    thailand, party = book.find("Thailand"), book.find("People's Party")
    assert holder_of(party, thailand, True, book, side, first) is thailand
    front = book.find("Tigray People's Liberation Front")
    assert holder_of(front, book.find("Tigray"), True, book, side, second) is front  # (officials, no organ)


def test_diplomats_where_they_serve_speak_for_no_side() -> None:
    assert no_party_source("Diplomats in Freetown said they expected the issue to be raised at the next summit.")
    assert no_party_source("Diplomats in Nouakchott said a delegation from Bamako was expected this week.")
    assert not no_party_source("Russian diplomats in Vienna said the talks had failed.")


_GUINEA = ("In Conakry, a spokesman for Guinea's ministry of foreign affairs denied that any new post had been built. "
           "\"Our soldiers have been in the same positions for years. Nothing has changed on the ground,\" the "
           "spokesman, Mamadi Condé, told Atlantic Coast Wire.")


def test_a_bare_spokesman_named_after_a_quotation_serves_the_body_that_spoke_before() -> None:
    book = _book(_GUINEA, ("Guinea", "state", None), ("Mamadi Condé", "person", None))
    book.find("Mamadi Condé").title = "spokesman"
    serve_the_body_before(book)
    assert _tie(book, "Mamadi Condé") == "Guinea"


def test_a_statement_noted_is_its_makers() -> None:
    said = ("The Council also took note of the statement by the Secretary-General, who said that \"water has become a "
            "question of life\", and who called on Arab states to treat it as a priority.")
    assert attribution(said) == (True, "the Secretary-General")
    assert attribution("The Council took note of the statement by the Permanent Representative of the Syrian Arab "
                       "Republic that his country reserves its right.") == \
        (True, "the Permanent Representative of the Syrian Arab Republic")


def test_a_person_listed_by_a_post_serves_the_state_it_names() -> None:
    book = _book("The Permanent Representative of the Syrian Arab Republic spoke. The Secretary-General spoke.",
                 ("Syria", "state", None), ("Permanent Representative of the Syrian Arab Republic", "person", None),
                 ("Secretary-General", "person", None))
    link_posts_by_their_states(book)
    assert _tie(book, "Permanent Representative of the Syrian Arab Republic") == "Syria"
    assert _tie(book, "Secretary-General") is None  # (a post that names no one)


def test_a_states_border_force_is_its_organ() -> None:
    from summariser.parties import link_organs

    book = _book("The Indian Border Security Force fired. India denied it.", ("India", "state", None),
                 ("Indian Border Security Force", "non_state_group", None))
    link_organs(book)
    assert _tie(book, "Indian Border Security Force") == "India"
    assert book.find("Indian Border Security Force").kind == "government_body"


def test_a_state_whose_name_holds_another_states_ends_the_title() -> None:
    from summariser.people import person_in as found

    # Papua New Guinea's readout: the model's person 'Papua New', titled 'Prime Minister of'
    assert found("Prime Minister of Papua New Guinea, Hon. Peter Kaupa Wambi, ") == \
        ("Peter Kaupa Wambi", "Prime Minister of Papua New Guinea")
    assert found("President of Guinea-Bissau, Umaro Sissoco Embalo, ") == \
        ("Umaro Sissoco Embalo", "President of Guinea-Bissau")


_PNG = ("The Prime Minister of Papua New Guinea, Hon. Peter Kaupa Wambi, MP, today met the President of the Autonomous "
        "Bougainville Government.\n")


def test_a_clause_after_the_name_is_no_post_for_an_honorific() -> None:
    from summariser.post_names import posts_for_honorifics

    book = _book(_PNG, ("Papua New Guinea", "state", None), ("Peter Kaupa Wambi", "person", "Papua New Guinea"))
    book.find("Peter Kaupa Wambi").title = "Hon."
    posts_for_honorifics(book)
    assert book.find("Peter Kaupa Wambi").title is None  # (not 'MP, today met the President of ...')


_SRI_LANKA = ("Readout: President Meets Maldivian President at the Presidential Secretariat\n\n"
              "President's Media Division (PMD)\nColombo, 14 January\n\n"
              "President Chaminda Wickramaratne held talks with H.E. Dr Ibrahim Naseem Rasheed, President of the "
              "Republic of Maldives. President Rasheed raised concerns about fishing vessels. The President assured "
              "his counterpart that Sri Lanka does not condone illegal fishing.\n")


def test_a_headlines_verb_is_no_name() -> None:
    from summariser.first_names import complete_first_names
    from summariser.people import person_in as found

    assert found("Readout: President Meets Maldivian President at the Presidential Secretariat ") is None
    book = _book(_SRI_LANKA, ("Maldivian President", "person", "Maldives"), ("Maldives", "state", None))
    complete_first_names(book)
    assert book.find("Maldivian President").name == "Maldivian President"  # (not 'Meets Maldivian President')


def test_the_presidents_media_division_speaks_for_its_own_president() -> None:
    from summariser.referents import own_head

    book = _book(_SRI_LANKA, ("Sri Lanka", "state", None))
    assert own_head("The President ", book.find("Sri Lanka"), text=_SRI_LANKA)
    other = _SRI_LANKA.replace("President's Media", "Press").replace("Presidential Secretariat", "Palace")
    assert not own_head("The President ", book.find("Sri Lanka"), text=other)  # (an office that is no head's)


_TUNISIA = ("Readout of the Telephone Call between the President of the Republic and the Chairman of the Libyan "
            "Presidential Council\n\nPresidency of the Republic of Tunisia\n\nThe President of the Republic received a "
            "call from Dr Mohamed Al-Mahdi Al-Sharif. The President welcomed the request and affirmed Tunisia's "
            "readiness to reopen the crossing, provided that the Libyan side guarantees the security of travellers.\n")


def test_a_heads_office_speaks_for_its_own_head_and_a_request_welcomed_asks_no_one() -> None:
    from summariser.asking_sides import addressee_phrase
    from summariser.bare_posts import tie_head_to_heads_office

    book = _book(_TUNISIA, ("Tunisia", "state", None), ("Libya", "state", None),
                 ("President of the Republic", "government_body", "Libya"),
                 ("Presidency of the Republic of Tunisia", "government_body", "Tunisia"))
    tie_head_to_heads_office(book, book.find("Presidency of the Republic of Tunisia"))
    assert _tie(book, "President of the Republic") == "Tunisia"
    assert book.find("President of the Republic").kind == "person"
    assert addressee_phrase(_TUNISIA.split(". ")[1]) is None  # (not 'and affirmed Tunisia's readiness')
    assert addressee_phrase("He requested the Commission to report back.") == "the Commission"


def test_a_statements_audience_is_no_part_of_its_issuer() -> None:
    from summariser.headings import heading_issuer

    heading = "Statement by the Premier of Greenland to Inatsisartut on Greenland's Status and Foreign Affairs\n\nX.\n"
    assert heading_issuer(heading) == "Premier of Greenland"
    ghana = "Statement by the Permanent Representative of Ghana to the United Nations on Sudan\n\nText.\n"
    assert heading_issuer(ghana) == "Permanent Representative of Ghana"


def test_the_voices_state_is_found_through_its_office_and_government() -> None:
    from summariser.name_forms import voice_state

    book = _book("Office of the Government Spokesperson\n\nThe Government of Rwanda rejects the allegations.\n",
                 ("Rwanda", "state", None), ("Government of Rwanda", "government_body", "Rwanda"),
                 ("Office of the Government Spokesperson", "government_body", "Government of Rwanda"))
    book.voice = book.find("Office of the Government Spokesperson")
    assert voice_state(book).name == "Rwanda"


def test_a_court_appeal_and_a_needed_step_ask_nothing() -> None:
    assert not cues.asks("His lawyer, Christos Meksi, said his client would appeal.")
    assert not cues.asks("They will appeal the verdict.")
    assert not cues.asks('"We will go to the European Court of Human Rights if necessary."')
    assert cues.asks("The Council appealed for calm.")
    assert cues.asks("We will lift the sanctions if Russia withdraws.")


def test_a_named_opposition_party_speaks_for_itself() -> None:
    from summariser.lead_in_speakers import _OPPOSITION_PARTY

    found = _OPPOSITION_PARTY.match("the opposition Democratic Party ")
    assert found is not None and found["name"] == "Democratic Party"
    found = _OPPOSITION_PARTY.match("The main opposition All People's Congress (APC) ")
    assert found is not None and found["name"] == "All People's Congress"
    assert _OPPOSITION_PARTY.match("opposition lawmakers ") is None  # (a camp, no party named)


def test_a_place_listed_with_its_description_is_the_place() -> None:
    from summariser.first_names import complete_first_names

    text = "Somalia's semi-autonomous Puntland region said it would govern itself. Puntland's cabinet said so.\n"
    book = _book(text, ("Puntland", "state", None), ("Somalia's semi-autonomous Puntland region", "other", None),
                 ("Somalia", "state", None))
    complete_first_names(book)
    assert book.find("Somalia's semi-autonomous Puntland region").name == "Puntland"
    assert book.find("Somalia").name == "Somalia"


def test_a_post_listed_as_a_person_has_no_family_name_in_a_states_name() -> None:
    # Fiji's readout: 'the Deputy Prime Minister of New Zealand' had found the model's person 'New Zealand High
    # Commissioner to Fiji' by a family name 'New' (so the requests were addressed to an attendee)
    text = ("Readout: Prime Minister's Meeting with the Deputy Prime Minister of New Zealand\n\nThe meeting was "
            "attended by the New Zealand High Commissioner to Fiji.\n")
    book = _book(text, ("New Zealand", "state", None),
                 ("New Zealand High Commissioner to Fiji", "person", "New Zealand"))
    assert speaker_in("the Deputy Prime Minister of New Zealand", book.parties).name == "New Zealand"


def test_a_sources_terms_state_nothing() -> None:
    from summariser.procedural import procedural

    assert procedural("He asked that his name not be used for fear of reprisals.")
    assert not procedural("He asked that Ghana keep its markets open.")


def test_a_bare_post_is_the_one_person_whose_longer_post_it_opens() -> None:
    from summariser.people import people_titled

    text = ("The President received a call from Dr Mohamed Al-Mahdi Al-Sharif, Chairman of the Presidential Council of "
            "the State of Libya. The Chairman of the Presidential Council renewed his invitation.\n")
    book = _book(text, ("Libya", "state", None), ("Mohamed Al-Mahdi Al-Sharif", "person", "Libya"))
    book.find("Mohamed Al-Mahdi Al-Sharif").title = "Chairman of the Presidential Council of the State of Libya"
    assert [p.name for p in people_titled("The Chairman of the Presidential Council", book)] == \
        ["Mohamed Al-Mahdi Al-Sharif"]
    assert people_titled("The Chairman of the Council of Ministers", book) == []


def test_a_head_of_state_titled_president_is_no_holder_of_its_own_post() -> None:
    # Kazakhstan's readout: the model's 'Head of State' person, titled 'President of Kazakhstan' once folded, was folded
    # into itself, and pruning the parties never ended
    from summariser.keep import _post_holder

    book = _book("The Head of State sent greetings. The President of Kazakhstan agreed. Kassym Tokayev spoke.\n",
                 ("Kazakhstan", "state", None), ("Head of State", "person", "Kazakhstan"),
                 ("Kassym Tokayev", "person", "Kazakhstan"))
    head = book.find("Head of State")
    head.title = "President of Kazakhstan"
    assert _post_holder(head, book.parties) is None
    book.find("Kassym Tokayev").title = "President"
    assert _post_holder(head, book.parties).name == "Kassym Tokayev"  # (the one other head of the same state)
