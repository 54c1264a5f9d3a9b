"""Titles split from names, and names the model cut short completed from the text (`titles`)."""

from __future__ import annotations

from summariser.drafts import PartyDraft
from summariser.parties import build_parties
from summariser.titles import completed_name, split_title


def people_named(text: str, *drafts: PartyDraft) -> list[str]:
    """The people's names once those the model listed by title alone are named from `text`."""
    from summariser.titled_people import name_titled_people

    book = build_parties(list(drafts), text)
    name_titled_people(book)
    return [p.name for p in book.parties if p.kind == "person"]


def test_titles_split_from_names():
    assert split_title("President of the Republic of Azerbaijan Ilham Aliyev") == (
        "Ilham Aliyev", "President of the Republic of Azerbaijan")
    assert split_title("Minister for Foreign Affairs of Sweden Tobias Billström")[0] == "Tobias Billström"
    assert split_title("Armenia") == ("Armenia", None)
    assert split_title("Foreign Ministry Spokesperson Mao Ning") == ("Mao Ning", "Foreign Ministry Spokesperson")
    # an organisation's body ends a title, and a name that is one is no person's
    assert split_title("Chairperson of the African Union Commission Mahmoud Ali Youssouf") == (
        "Mahmoud Ali Youssouf", "Chairperson of the African Union Commission")
    assert split_title("Chairperson of the African Union Commission") == (
        "Chairperson of the African Union Commission", None)
    assert split_title("General Assembly") == ("General Assembly", None)
    assert split_title("UN Secretary-General Antonio Guterres") == ("Antonio Guterres", "UN Secretary-General")
    # a name before the 'of' that ends the whole: the state goes to the title
    assert split_title("Prime Minister Benjamin Netanyahu of Israel") == (
        "Benjamin Netanyahu", "Prime Minister of Israel")
    assert split_title("President Xi Jinping of the People's Republic of China")[0] == "Xi Jinping"
    # 'to' as 'of': the actor after it, of one word or more, is the title's; UN posts are titles
    assert split_title("US Ambassador to the United Nations Linda Thomas-Greenfield") == (
        "Linda Thomas-Greenfield", "US Ambassador to the United Nations")
    assert split_title("Russian Ambassador to the UN Vasily Nebenzia")[0] == "Vasily Nebenzia"
    assert split_title("UN High Commissioner for Human Rights Volker Türk") == (
        "Volker Türk", "UN High Commissioner for Human Rights")
    # a title set off by a comma, whatever its last word
    assert split_title("High Representative for Foreign Affairs and Security Policy, Josep Borrell") == (
        "Josep Borrell", "High Representative for Foreign Affairs and Security Policy")
    assert split_title("President Joseph R. Biden, Jr.")[0] != "Jr."  # a suffix is no name
    # a negotiator, a mediator and an adviser are people's posts too
    assert split_title("Serbia's chief negotiator with Kosovo, Petar Petkovic") == (
        "Petar Petkovic", "Serbia's chief negotiator with Kosovo")
    assert split_title("National Security Adviser Jake Sullivan") == ("Jake Sullivan", "National Security Adviser")
    # a title word inside a name stays in it
    assert split_title("President Hassan Sheikh Mohamud") == ("Hassan Sheikh Mohamud", "President")
    assert split_title("Crown Prince Mohammed bin Salman") == ("Mohammed bin Salman", "Crown Prince")
    # the word after 'of the' is the title's too; a well-known actor there means no name at all
    assert split_title("Secretary of the Treasury Janet Yellen") == ("Janet Yellen", "Secretary of the Treasury")
    assert split_title("High Representative of the European Union") == (
        "High Representative of the European Union", None)


def test_names_cut_short_are_completed_from_the_text():
    text = "Statement by the High Representative, Josep Borrell. Josep Borrell met Kim. Kim Yo Jong left."
    assert completed_name("Josep", text) == "Josep Borrell"
    readout = "Secretary of State Marco Rubio spoke with Minister Sugiono. Secretary Rubio thanked Sugiono."
    assert completed_name("Rubio", readout) == "Marco Rubio"  # the first name the text gives
    assert completed_name("Blinken", "Secretary of State Antony J. Blinken spoke. Secretary Blinken noted.") == (
        "Antony J. Blinken")  # with the middle initial
    assert completed_name("Sugiono", readout) == "Sugiono"
    assert completed_name("Kurti", "Yesterday Kurti spoke. Prime Minister Albin Kurti added.") == "Albin Kurti"
    assert completed_name("Kim", text) == "Kim"  # 'Kim' also stands alone: nothing to complete
    book = build_parties([PartyDraft(name="High Representative, Josep", kind="person", acts_for=None)], text)
    assert [(p.name, p.title) for p in book.parties] == [("Josep Borrell", "High Representative")]


def test_a_person_listed_by_title_takes_the_name_the_text_gives_beside_it_with_its_state_elsewhere() -> None:
    text = ("Tehran, IRNA - The spokesman for the Ministry of Foreign Affairs, Esmaeil Baghaei, on Saturday rejected "
            "the statement on Iran's nuclear program. Baghaei said the claims were baseless.\n")
    assert people_named(text, PartyDraft(name="Iran's Foreign Ministry spokesman", kind="person", acts_for="Iran")) \
        == ["Esmaeil Baghaei"]
    # another state's official is not the model's title-only one
    text = "Paris - The President, Emmanuel Macron, spoke of France's position. The Russian President was absent.\n"
    assert people_named(text, PartyDraft(name="Russian President", kind="person", acts_for="Russia")) == [
        "Russian President"]


def test_the_caller_a_kremlin_readout_names_once_is_the_president_it_speaks_of_after() -> None:
    from summariser.callers import name_call_placer
    from summariser.known_parties import add_known_actors

    text = ("Telephone conversation with Prime Minister of Hungary Viktor Orban\n\n"
            "Vladimir Putin had a telephone conversation with Prime Minister of Hungary Viktor Orban. "
            "The President of Russia noted that Russia seeks a settlement.\n")
    drafts = [PartyDraft(name="Russian President", kind="person", acts_for=None),
              PartyDraft(name="Prime Minister of Hungary Viktor Orban", kind="person", acts_for="Hungary")]
    for listed in ([], [PartyDraft(name="Vladimir Putin", kind="person", acts_for=None)]):  # by name too, or not
        book = build_parties(drafts + listed, text)
        add_known_actors(book, text)
        name_call_placer(book)
        putin = book.find("Vladimir Putin")
        assert putin is not None and book.find("Russian President") is putin
        assert book.by_id(putin.affiliation).name == "Russia"
        assert sorted(p.name for p in book.parties if p.kind == "person") == ["Viktor Orban", "Vladimir Putin"]


def test_what_a_post_speaks_about_is_neither_a_name_nor_whom_it_serves() -> None:
    from summariser.known_parties import complete_book

    assert split_title("Special Envoy on Yemen Hans Grundberg") == ("Hans Grundberg", "Special Envoy on Yemen")
    assert split_title("Spokesperson for the Secretary-General on Haiti") == (
        "Spokesperson for the Secretary-General on Haiti", None)
    text = ("Statement attributable to the Spokesperson for the Secretary-General on Haiti\n\n"
            "The Secretary-General is alarmed by the violence in Haiti. The United Nations will support its people.\n")
    book = build_parties([PartyDraft(name="Spokesperson for the Secretary-General on Haiti", kind="person",
                                     acts_for="Haiti"), PartyDraft(name="Haiti", kind="state", acts_for=None)], text)
    voice = complete_book(book, "Haiti")
    # no second spokesperson; the statement speaks for the Secretary-General it names (stop 55: whether or
    # not the model listed the spokesperson)
    assert [p.name for p in book.parties if p.kind == "person"] == ["Spokesperson for the Secretary-General",
                                                                     "Secretary-General"]
    assert voice.name == "Secretary-General" and book.by_id(voice.affiliation).name == "United Nations"


def test_a_name_with_its_title_after_it_names_the_title_only_person() -> None:
    text = "Sanctions on Networks\n\nPress Statement\nDana Varga, Department Spokesperson\n\nThe United States acts.\n"
    assert people_named(text, PartyDraft(name="Department Spokesperson", kind="person", acts_for="United States")) \
        == ["Dana Varga"]


def test_an_issuing_post_is_the_person_the_text_gives_that_post() -> None:
    from summariser.known_parties import complete_book

    text = ("Remarks by the Spokesperson of the Ministry of Foreign Affairs of Viet Nam on the incident\n\n"
            "In response to a question, Spokesperson Dana Varga stated:\n\nViet Nam protests these acts.\n")
    book = build_parties([PartyDraft(name="Spokesperson Dana Varga", kind="person", acts_for="Viet Nam")], text)
    voice = complete_book(book, "Viet Nam")
    assert voice.name == "Dana Varga" and [p.name for p in book.parties if p.kind == "person"] == ["Dana Varga"]
