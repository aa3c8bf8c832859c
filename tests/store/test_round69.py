"""Round 69 (session 55): a general strike told of the country it stopped is the strike a workers' body called for
that day; a strike a crowd was told to hold, told by its union, and the union's later plan and strike are one event;
a banned march and the rally held instead that day are one protest. Sentences and names are our own. June 1, 2026 is a
Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _protests(store: object) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == "protest")  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round69_a_general_strike_told_of_its_country_is_the_one_a_body_called(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("QUITO, June 1 (Wire) - Ecuador's United Workers' Confederation called on Monday for a 24-hour general strike on June "
         "10 against a fuel price rise.", date(2026, 6, 1)),
        ("QUITO, June 10 (Wire) - A general strike brought much of Ecuador to a standstill on Wednesday, with buses off "
         "the streets of Quito.", date(2026, 6, 10)),
    ])
    assert _protests(store) == [("United Workers' Confederation", "happened", "2026-06-10", 2)]


@pytest.mark.slow
def test_round69_a_crowds_walkout_told_by_its_guild_and_the_guilds_walkout_are_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 1 (Wire) - Peru's nurses will stage a nationwide walkout later this month, the National Nurses' "
         "Guild said on Monday.", date(2026, 6, 1)),
        ("LIMA, June 5 (Wire) - The National Nurses' Guild will hold its one-day national walkout on Wednesday, June "
         "17, its president told reporters on Friday.", date(2026, 6, 5)),
        ("LIMA, June 17 (Wire) - Members of the National Nurses' Guild staged a one-day walkout across Peru on "
         "Wednesday.", date(2026, 6, 17)),
    ])
    assert _protests(store) == [("National Nurses' Guild", "happened", "2026-06-17", 3)]


@pytest.mark.slow
def test_round69_a_citys_crowd_strike_told_by_its_union_then_called_off_is_one_event_in_that_city(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OTTAWA, June 1 (Wire) - Ottawa's bus drivers will walk off the job on Friday unless the city improves its "
         "offer, the Ottawa Bus Drivers Union said on Monday.", date(2026, 6, 1)),
        ("OTTAWA, June 5 (Wire) - A strike by Ottawa bus drivers that had been set for Friday was called off hours "
         "before it was due to begin after the union and the city reached a deal.", date(2026, 6, 5)),
    ])
    rows = [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None, len(e.evidence))
            for e in store.events() if e.action == "protest"]  # type: ignore[attr-defined]
    assert rows == [("Ottawa Bus Drivers Union", "cancelled", "2026-06-05", "Ottawa", 2)]
