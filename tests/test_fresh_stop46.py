"""Conventions met in documents written after the eval set (stop 46): each test names the
convention and the mistake the pipeline made before."""

from __future__ import annotations

from summariser.attribution import attribution
from summariser.clause_speakers import nobody_acts
from summariser.drafts import PartyDraft
from summariser.parties import sides
from summariser.speakers import named_speakers
from tests.test_known_actors import parsed

AFP_CLASH = ("Armenia, Azerbaijan trade blame as border clashes kill dozens\n\n"
             "YEREVAN, Sept 13, 2022 (AFP) -\n\n"
             "Armenia's defence ministry said Azerbaijani forces had opened fire shortly after midnight. "
             "In Washington, Secretary of State Antony Blinken called for an immediate end to hostilities. "
             "The two ex-Soviet neighbours fought wars over Nagorno-Karabakh in the 1990s and again in 2020, "
             "when six weeks of fighting that claimed more than 6,500 lives ended with a Russian-brokered truce "
             "that saw Armenia cede swathes of territory.\n")


def test_a_war_that_claimed_lives_is_no_speaker() -> None:
    # AFP clash: '... fighting that claimed more than 6,500 lives ...' read 'claimed' as a speaking verb,
    # so the report's closing background went to the last speaker (Blinken) as his position
    assert attribution("Six weeks of fighting that claimed more than 6,500 lives ended with a truce.") == (False, "")
    assert attribution("The blast claimed the lives of two children.") == (False, "")
    assert attribution("Russia claimed that civilian lives were lost.")[0]
    assert attribution("Kyiv claimed to have saved many lives.")[0]
    doc, book, voice = parsed(AFP_CLASH, PartyDraft(name="Armenia", kind="state", acts_for=None),
                              PartyDraft(name="Azerbaijan", kind="state", acts_for=None),
                              PartyDraft(name="Antony Blinken", kind="person", acts_for="United States"))
    background = doc.sentences[-1]
    assert background.text.startswith("The two ex-Soviet neighbours")
    assert background.number not in named_speakers(doc, book, voice)


def test_a_report_line_about_the_two_neighbours_is_its_own_narrative() -> None:
    # the same line names Armenia later ('saw Armenia cede'), so it was not taken for the reporter's narrative
    doc, book, _voice = parsed(AFP_CLASH, PartyDraft(name="Armenia", kind="state", acts_for=None),
                               PartyDraft(name="Azerbaijan", kind="state", acts_for=None))
    side = sides(book.parties)
    assert nobody_acts(doc.sentences[-1].text, book, side)
    assert nobody_acts("Both countries accuse each other of shelling villages.", book, side)
    assert not nobody_acts("Armenia has closed its border crossings for a week.", book, side)
