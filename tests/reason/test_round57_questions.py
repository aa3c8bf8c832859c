"""Round 57 (session 43): a question that names a kind of protest and nobody staging it ("Will there be a nationwide
strike in Zambia?", "Will the strike go ahead?") asks whether such a protest takes place there, whoever stages it; a
crowd's protest told with no place is in its country. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored

_PLAN = ("LUSAKA, March 2 (Wire) - Zambia's largest miners' union said on Monday its members would begin a nationwide "
         "strike on Thursday over unpaid bonuses.", date(2026, 3, 2))
_DONE = ("KITWE, Zambia, March 5 (Wire) - Miners across Zambia's copper belt walked off the job on Thursday as the "
         "strike called by their union began.", date(2026, 3, 5))
_MARCH = ("LIMA, March 2 (Wire) - Hundreds of Peruvian farmers will march in Lima on Friday against water cuts, their "
          "federation said.", date(2026, 3, 2))


@pytest.mark.parametrize(("question", "name", "place"), [
    ("Will there be a nationwide strike in Zambia by March 31, 2026?", "nationwide strike", "Zambia"),
    ("Will a general strike take place in Zambia before April 1, 2026?", "general strike", "Zambia"),
    ("Will the strike go ahead?", "strike", None),
])
def test_round57_a_protest_named_by_nobody_who_stages_it_is_an_occurrence(question: str, name: str,
                                                                          place: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.kind, pattern.actor, pattern.target, pattern.place) == ("occurrence", "", name, place)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Will there be a nationwide strike in Zambia by March 31, 2026?",
    "Will a strike take place in Zambia by March 31, 2026?",
])
def test_round57_a_strike_anywhere_in_a_country_is_asked_without_its_union(tmp_path: Path, question: str) -> None:
    store = stored(tmp_path, [_PLAN, _DONE, _MARCH])
    before = ask(store, question, date(2026, 3, 3))
    assert before.event is not None and not before.resolved, before.reason
    after = ask(store, question, date(2026, 3, 6))
    assert (after.resolved, after.resolution) == (True, "yes"), after.reason


@pytest.mark.slow
def test_round57_a_protest_elsewhere_or_of_another_kind_is_not_the_one_asked(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _MARCH])
    assert ask(store, "Will there be a strike in Peru by March 31, 2026?", date(2026, 3, 3)).event is None
    march = ask(store, "Will there be a march in Lima by March 31, 2026?", date(2026, 3, 3))
    assert march.event is not None and march.event.actor.country == "Peru", march.reason
