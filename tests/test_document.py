"""Reading documents: exact text, datelines never guessed, sentences with exact offsets."""

from __future__ import annotations

import os

import pytest

from summariser.datelines import find_dateline
from summariser.document import Document, DocumentError, read_document, split_sentences


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (" date 2023-09-20 On September 19, the minister called.", "2023-09-20"),
        ("MOSCOW, 5 August 2023 - The ministry said the deal had expired and would not be renewed.", "2023-08-05"),
        ("Press release, 14 March 2024\nThe ministry said ...", "2024-03-14"),
        ("Statement by the Ministry (12.06.2024)\nText.", "2024-06-12"),
        ("ABUJA, Aug. 10, 2023 (news agency) - Leaders met.", "2023-08-10"),
        ("April 2024\nThe G7 ministers said ...", "2024-04"),
        ("The talks on 5 May 2023 went well and both ministers agreed to continue them soon.", None),
        ("The minister said the talks would resume.", None),
        ("KCNA, May 29\nThe vice department director said ...", None),  # no year: never guessed
        # a heading's date on a line of its own, under the title and office (State Department, OHCHR)
        ("Secretary's Call with President Ali\n\nREADOUT\n\nOFFICE OF THE SPOKESPERSON\n\nDECEMBER 6, 2023\n\n"
         "The following is attributable to Spokesperson Matthew Miller:", "2023-12-06"),
        ("Press briefing notes on Georgia\nLocation: Geneva\nDate: 6 December 2024\nSubject: Georgia", "2024-12-06"),
        ("A heading\nThe minister said the talks that opened in the capital were going well.\n5 May 2023", None),
        ("A heading\n31.13.2024\nText.", None),  # no month 13
    ],
)
def test_dateline(head, date):
    assert find_dateline(head) == date


def test_sentences_keep_exact_offsets_and_do_not_split_abbreviations(seed_doc):
    for s in seed_doc.sentences:
        assert seed_doc.text[s.start : s.end] == s.text
    second = seed_doc.sentence(2)
    assert second.text.startswith("On September 19, U.S. Secretary of State Antony Blinken")
    assert second.text.endswith("Ilham Aliyev.")
    assert seed_doc.sentence(1).text == "date 2023-09-20"
    assert seed_doc.date == "2023-09-20"


def test_crlf_and_unicode_text_is_kept_byte_for_byte():
    text = "Déclaration\r\n\r\nLe ministre a dit « non ».\r\nMr. Ó Briain agreed. 東京 said yes."
    doc = Document(id="x", text=text)
    assert doc.text == text
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.text for s in doc.sentences][:2] == ["Déclaration", "Le ministre a dit « non »."]


def test_headings_and_paragraphs_split():
    sentences = split_sentences("JOINT STATEMENT\n\nThe parties agreed. They will meet again.\nNext steps\nMore text.")
    assert [s.text for s in sentences] == [
        "JOINT STATEMENT", "The parties agreed.", "They will meet again.", "Next steps", "More text."]


def test_a_title_line_at_the_top_is_not_read_however_long():
    from summariser.reading import worth_reading

    text = ("Statement attributable to the Spokesperson for the Secretary-General on the situation in eastern Chad\n\n"
            "The Secretary-General condemns the attacks.\n\n"
            "- Calls on all parties to respect international humanitarian law at all times and without any exception\n")
    doc = Document(id="t", text=text)
    assert [worth_reading(s, text) for s in doc.sentences] == [False, True, True]  # a list line further down is read


def test_a_long_official_heading_is_the_title():
    from summariser.overview import title_of

    heading = ("Communiqué of the 1250th meeting of the Peace and Security Council of the African Union "
               "on the situation in eastern Democratic Republic of the Congo")
    assert title_of(Document(id="h", text=f"{heading}\n\nThe Council expresses deep concern.\n")) == heading


def test_a_reporters_question_in_a_briefing_is_not_read():
    from summariser.reading import worth_reading

    text = ("Q: The coast guard of Drovia said that our vessels fired water cannon. What is your response?\n\n"
            "A: The vessel of Drovia intruded into our waters without permission.\n")
    doc = Document(id="q", text=text)
    assert [worth_reading(s, text) for s in doc.sentences] == [False, False, True]


def test_read_file_and_stdin_like_sources(tmp_path):
    p = tmp_path / "call.md"
    p.write_text("# Readout\n\nThe minister called for calm.", encoding="utf-8")
    doc = read_document(p)
    assert doc.id == "call" and doc.text.startswith("# Readout")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Déclaration du ministère".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_get_a_clear_error_naming_the_file(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_document(p)
    assert problem in str(info.value) and str(p) in str(info.value)


def test_utf16_with_bom_is_decoded(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("The minister urged restraint.".encode("utf-16"))
    assert read_document(p).text == "The minister urged restraint."


def test_missing_directory_unreadable_and_oversized(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    with pytest.raises(DocumentError, match="limit"):
        read_document(big, max_bytes=1000)
    if os.geteuid() != 0:  # root reads anything; the check only means something for users
        locked = tmp_path / "locked.txt"
        locked.write_text("x")
        locked.chmod(0)
        with pytest.raises(DocumentError, match="permission"):
            read_document(locked)


def test_a_name_suffix_does_not_end_a_sentence() -> None:
    from summariser.document import split_sentences

    text = "President Joseph R. Biden, Jr. spoke today with the Prime Minister. The call was long."
    assert [s.text[:9] for s in split_sentences(text)] == ["President", "The call "]
