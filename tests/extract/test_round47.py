"""Round 47 (audits 145-148 and gaps left by round 46): a done event's bare clock time on the day told before it, a
clock time that ends a sentence. Each test states one behaviour. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.time import find_times

from .fixture_articles import headline_events, party_rows


@pytest.mark.slow
def test_round47_a_done_events_bare_clock_time_is_on_the_day_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("Police arrested the activist Chanda Mwale in Lusaka on Tuesday. Officers detained him shortly before noon "
            "outside his office, his lawyer said.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert {r[3][:10] for r in rows if r[1] == "arrested"} == {"2027-04-06"}


@pytest.mark.slow
def test_round47_a_done_events_bare_clock_time_alone_keeps_the_articles_day(nlp: Language, tmp_path: Path) -> None:
    text = "Police arrested the activist Chanda Mwale in Lusaka shortly before noon, his lawyer said."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert [r[3] for r in rows if r[1] == "arrested"] == ["2027-04-09T12:00"]


def test_round47_a_clock_time_ending_a_sentence_takes_no_day_from_the_next() -> None:
    found = find_times("The hearing began at 3 p.m. On Wednesday evening the lawyer spoke.", date(2027, 4, 9))
    assert [(t.text, t.value) for t in found] == [("3 p.m.", "2027-04-09T15:00"), ("Wednesday evening", "2027-04-07TEV")]


def test_round47_a_clock_time_on_a_day_still_joins_it() -> None:
    found = find_times("The hearing begins at 3 p.m. on Monday.", date(2027, 4, 9))
    assert [(t.text, t.value) for t in found] == [("3 p.m. on Monday", "2027-04-12T15:00")]
