"""Conventions met in documents written after the eval set (stop 36): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser import asking_sides, cues
from summariser.document import find_dateline, split_sentences
from summariser.gazetteer import actor_named
from summariser.procedural import procedural
from summariser.reading import worth_reading


def _read(text: str) -> list[str]:
    """The sentences of `text` that the pipeline asks the model about."""
    return [s.text for s in split_sentences(text) if worth_reading(s, text)]


def test_a_translation_note_saying_which_version_prevails_is_no_stance() -> None:
    # Mexico's communiqué: 'In case of any discrepancy, the Spanish version prevails.' was Mexico's position
    assert procedural("In case of any discrepancy, the Spanish version prevails.")
    assert procedural("The French text shall prevail.")
    assert not procedural("The rule of law prevails over politics in our country, the Minister said.")


def test_what_someone_tried_to_stop_asks_nothing() -> None:
    # 'the head of chancery ... was struck ... when he tried to stop the agents' was a call on Jorge Glas
    assert not cues.asks("The head of chancery, Roberto Canseco, was struck and thrown to the ground when he "
                         "tried to stop the agents from taking Mr. Glas away.")
    assert cues.asks("We urge Russia to stop the attacks.")


def test_offering_no_explanation_is_no_offer() -> None:
    # the Russian charge d'affaires' 'Moscow would offer no explanation until proof was provided' was an offer
    assert not cues.asks("The Russian diplomat told Russian media that the accusations were baseless and that "
                         "Moscow would offer no explanation until proof was provided.")
    assert cues.asks("Moscow offered talks on the exchange of prisoners.")


def test_must_understand_that_is_a_warning_not_an_act_asked() -> None:
    # Poland's deputy minister: '"Russia must understand that every such incident is a violation ...' was a demand
    assert asking_sides.obliged_side("Russia must understand that every such incident is a violation of the "
                                     "sovereignty of a NATO member state.") is None
    assert asking_sides.obliged_side("Russia must withdraw its troops.") == "Russia"


def test_datelines_in_the_ministrys_own_language_and_with_a_bar() -> None:
    # Argentina's 'Buenos Aires, 3 de enero de 2025' and Qatar's 'Doha | November 23, 2023': no date was found
    argentina = ("Ministerio de Relaciones Exteriores\nRepública Argentina\n\nInformación para la Prensa N° 002/25\n"
                 "Buenos Aires, 3 de enero de 2025\n\n192 years since the occupation\n\nToday marks 192 years since "
                 "British forces occupied the islands and expelled the Argentine authorities lawfully settled there.")
    qatar = ("State of Qatar\nMinistry of Foreign Affairs\n\nDoha | November 23, 2023\n\nQatar Announces Start of "
             "Humanitarian Pause\n\nThe State of Qatar announced that the humanitarian pause in the Gaza Strip will "
             "come into effect at 7:00 a.m. local time on Friday.")
    assert find_dateline(argentina) == "2025-01-03"
    assert find_dateline(qatar) == "2023-11-23"
    assert find_dateline("Ministère\n\nParis, le 4 mars 2024\n\nThe Minister met his counterpart today and "
                         "discussed the situation in the region at length with him.") == "2024-03-04"


def test_official_and_own_language_names_of_states() -> None:
    # 'the United Kingdom of Great Britain and Northern Ireland' and 'República Argentina' were second parties
    assert actor_named("United Kingdom of Great Britain and Northern Ireland").name == "United Kingdom"
    assert actor_named("República Argentina").name == "Argentina"
    assert actor_named("Republic of China (Taiwan)").name == "Taiwan"
    assert actor_named("People's Republic of China").name == "China"


NATO = ("Press conference\nby NATO Secretary General Jens Stoltenberg\n\n04 Apr. 2024 | (As delivered)\n\n"
        "NATO Secretary General Jens Stoltenberg: Good afternoon. Our main topic today was Ukraine. And with "
        "that, I am ready to take your questions.\n\n"
        "Question [Reuters]: Secretary General, reports say your proposal is for a fund of 100 billion euros. "
        "Can you confirm the figure, and did all Allies support it?\n\n"
        "NATO Secretary General: I will not go into specific numbers today.\n\n"
        "Question [Deutsche Welle]: The Kremlin said this week that relations between Russia and NATO have now "
        "descended into direct confrontation. Is NATO at war with Russia?\n\n"
        "NATO Secretary General: No. NATO is not at war with Russia and we do not seek a conflict with Russia.\n\n"
        "NATO Spokesperson: Thank you very much. This concludes the press conference.\n")


def test_a_question_in_square_brackets_is_the_outlets_question() -> None:
    # NATO's 'Question [Reuters]:' turns: the questions were read as positions of Reuters and of the moderator
    read = _read(NATO)
    assert not any("reports say" in s or "confirm the figure" in s or "at war with Russia?" in s for s in read)
    # what the question reports the Kremlin as saying is still read (it was Deutsche Welle's position)
    assert any("The Kremlin said this week" in s for s in read)
    assert any(s.startswith("NATO Secretary General: I will not go") for s in read)


def test_a_press_conferences_frame_is_procedural() -> None:
    # 'I am ready to take your questions' was a position and a request; the closing lines were positions
    assert procedural("And with that, I am ready to take your questions.")
    assert procedural("NATO Spokesperson: Thank you very much.")
    assert procedural("This concludes the press conference.")
    assert procedural("The Secretary General will start with some opening remarks and then we will have time "
                      "for a few questions.")
    assert not procedural("I am ready to take the decision to send troops.")


def test_a_state_visits_ceremonies_and_attendance_are_procedural() -> None:
    # Xinhua's report of Lula's visit: the ceremony, the banquet, the signing and who attended were Xi's positions
    assert procedural("Prior to the talks, Xi held a welcome ceremony for Lula at the Eastern Hall of the Great "
                      "Hall of the People.")
    assert procedural("Later in the day, Xi and his wife Peng Liyuan hosted a welcome banquet for Lula.")
    assert procedural("The two heads of state witnessed the signing of more than a dozen cooperation documents.")
    assert procedural("Cai Qi, Wang Yi and Qin Gang, among others, attended the events.")
    assert not procedural("Xi welcomed Lula and said China values its ties with Brazil.")
    assert not procedural("Russia attended the talks but rejected the plan.")
