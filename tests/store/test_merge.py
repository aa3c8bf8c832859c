"""Pure merge functions: which event a report joins."""

from __future__ import annotations

import pytest

from dateline.store.merge import action_family, pick_event


@pytest.mark.parametrize(
    ("scores", "expected"),
    [({}, None), ({1: 0, 2: 0}, None), ({1: 3, 2: 5}, 2), ({1: 5, 2: 5}, None), ({7: 1}, 7)],
)
def test_merge_pick_event(scores: dict[int, int], expected: int | None) -> None:
    assert pick_event(scores) == expected


@pytest.mark.parametrize(("action", "family"), [("travel", "visit"), ("talks", "meet"), ("agree", "sign"), ("rally", "rally")])
def test_merge_action_family(action: str, family: str) -> None:
    assert action_family(action) == family


def test_merge_weekend_value_has_an_interval() -> None:
    from datetime import date

    from dateline.model import timex_interval

    assert timex_interval("2025-W44-WE") == (date(2025, 11, 1), date(2025, 11, 2))
