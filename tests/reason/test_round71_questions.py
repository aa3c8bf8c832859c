"""Round 71 (session 57): a navy's ships asked of are its state; a gathering asked by a verb-made word ("pledging
conference") is named by another form of the verb; the event of the family asked is read before one that only puts the
actor there. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.happened import sentence_topic

from ..stored import stored


def test_round71_a_verb_made_word_of_a_gathering_is_named_by_the_verb() -> None:
    assert sentence_topic("Donors pledged $900 million at a conference in Oslo.", "pledging conference")
    assert not sentence_topic("Donors met at a conference in Oslo.", "pledging conference")


@pytest.mark.slow
def test_round71_a_navys_warships_are_asked_as_its_state(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NEW DELHI, June 1 (Wire) - Three warships of the Indian Navy will make a port call at Da Nang on Friday, the "
         "navy said on Monday.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Indian Navy warships visit Da Nang?", date(2026, 6, 2))
    assert answer.event is not None and answer.event.actor.name == "India", answer.reason


@pytest.mark.slow
def test_round71_the_visit_asked_is_read_before_a_meeting_told_of_the_stop(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NEW YORK, June 1 (Wire) - Secretary-General Rafael Montes will visit Niamey on June 15, his spokesman said on "
         "Monday. Montes is also expected to meet leaders of the regional bloc.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Rafael Montes visit Niamey?", date(2026, 6, 2))
    assert answer.event is not None and answer.event.action == "visit", answer.reason


@pytest.mark.slow
def test_round71_union_leaders_met_by_name_and_title_resolve_the_question(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MADRID, June 1 (Wire) - A meeting between Labour Minister Lucia Herrada and union leaders scheduled for "
         "Tuesday has been pushed back to Thursday, a ministry spokeswoman said on Monday.", date(2026, 6, 1)),
        ("MADRID, June 5 (Wire) - Herrada met CTE leader Marta Sola and UDL leader Javier Orte on Thursday, and the three "
         "signed a wage deal in the afternoon.", date(2026, 6, 5)),
    ])
    answer = ask(store, "Will Lucia Herrada meet union leaders in June 2026?", date(2026, 6, 5))
    assert answer.resolution == "yes", answer.reason
