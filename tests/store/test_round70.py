"""Round 70 (session 56): a rally an opposition party planned and a ban on "an opposition rally" that day there are one
protest, called off; a rally that "did not take place" is the plan told before, called off; a party's leadership vote
planned for a month and the report of who was elected are one vote; a return from exile planned, put off and made is
one journey. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _of(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round70_a_ban_on_an_opposition_rally_calls_off_the_partys_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KISUMU, June 1 (Wire) - The opposition National Reform Alliance will hold a rally in Kisumu on Saturday to demand "
         "electoral reform, its leader said on Monday.", date(2026, 6, 1)),
        ("KISUMU, June 4 (Wire) - Kenyan police have banned an opposition rally planned for Saturday in Kisumu, citing "
         "security concerns.", date(2026, 6, 4)),
    ])
    assert _of(store, "protest") == [("National Reform Alliance", "cancelled", "2026-06-06", 2)]


@pytest.mark.slow
def test_round70_a_planned_rally_that_did_not_take_place_is_called_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GULU, June 1 (Wire) - Opposition leader Ruth Akello will hold a rally in Gulu on Saturday, her spokesman said "
         "on Monday.", date(2026, 6, 1)),
        ("GULU, June 6 (Wire) - Ruth Akello was detained by police on Saturday morning. The planned rally in Gulu did "
         "not take place.", date(2026, 6, 6)),
    ])
    assert _of(store, "protest") == [("Ruth Akello", "cancelled", "2026-06-06", 2)]


@pytest.mark.slow
def test_round70_a_partys_leadership_vote_of_the_month_is_the_one_reported(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana's opposition Unity Party will hold a congress later this month to elect a new "
         "leader, officials said on Monday.", date(2026, 6, 1)),
        ("ACCRA, June 28 (Wire) - Former trade minister Efua Addo was elected leader of the Unity Party on Saturday.",
         date(2026, 6, 28)),
    ])
    assert [(n, s, d) for n, s, d, _ in _of(store, "vote")] == [("Unity Party", "happened", "2026-06-27")]


@pytest.mark.slow
def test_round70_a_return_from_exile_put_off_and_made_is_one_journey(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LOME, June 1 (Wire) - Exiled opposition leader Kossi Amegbo will return to Lome on Friday, his party said on "
         "Monday.", date(2026, 6, 1)),
        ("LOME, June 3 (Wire) - The return of opposition leader Kossi Amegbo from exile has been postponed to June 19, "
         "his party said on Wednesday.", date(2026, 6, 3)),
        ("LOME, June 19 (Wire) - Opposition leader Kossi Amegbo returned to Lome on Friday after four years abroad.",
         date(2026, 6, 19)),
    ])
    assert _of(store, "travel") == [("Kossi Amegbo", "happened", "2026-06-19", 3)]
