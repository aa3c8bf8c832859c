"""Round 71 (session 57): a gathering told held or put off with no host named is the hosting a state planned; a
gathering called off for "next week" is the holder's plan of a day of that week; a body's head told by title alone is
the one person the store has seen with that title; a gathering where donors pledged is the hosted conference held.
Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _of(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


_PLAN = ("NAIROBI, June 1 (Wire) - Kenya will host a regional summit on Somalia in Nairobi next Tuesday, the foreign "
         "ministry said on Monday.", date(2026, 6, 1))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "day", "status"), [
    ("NAIROBI, June 9 (Wire) - The summit was held in Nairobi on Tuesday.", date(2026, 6, 9), "happened"),
    ("NAIROBI, June 5 (Wire) - The regional summit on Somalia has been postponed because of a security alert.",
     date(2026, 6, 5), "postponed"),
])
def test_round71_a_gathering_told_with_no_host_is_the_states_hosting(tmp_path: Path, text: str, day: date,
                                                                    status: str) -> None:
    store = stored(tmp_path, [_PLAN, (text, day)])
    assert [(a, s, n) for a, s, _, n in _of(store, "host")] == [("Kenya", status, 2)]


@pytest.mark.slow
def test_round71_a_pledging_conference_held_is_the_hosted_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OSLO, June 1 (Wire) - Norway will host a pledging conference for Haiti in Oslo later this month, the foreign "
         "ministry said on Monday.", date(2026, 6, 1)),
        ("OSLO, June 17 (Wire) - Donors pledged $900 million for Haiti at a conference in Oslo on Wednesday.",
         date(2026, 6, 17)),
    ])
    assert _of(store, "host") == [("Norway", "happened", "2026-06-17", 2)]


@pytest.mark.slow
def test_round71_next_weeks_summit_called_off_is_the_holders_plan_of_that_week(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ADDIS ABABA, June 1 (Wire) - African Union heads of state will hold a special summit on Sudan in Addis Ababa on "
         "June 10, the AU Commission announced on Monday.", date(2026, 6, 1)),
        ("ADDIS ABABA, June 5 (Wire) - The African Union has called off next week's special summit on Sudan, an AU "
         "official said on Friday.", date(2026, 6, 5)),
    ])
    assert _of(store, "hold") == [("African Union", "cancelled", "2026-06-10", 2)]


@pytest.mark.slow
def test_round71_a_bodys_head_by_title_alone_is_the_person_seen_so_titled(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NEW YORK, June 1 (Wire) - U.N. Secretary-General Rafael Montes will visit Niamey on June 15 and Bamako on "
         "June 17, his spokesman said on Monday.", date(2026, 6, 1)),
        ("NEW YORK, June 12 (Wire) - The Secretary-General has cancelled the Bamako leg of his tour for security "
         "reasons, the U.N. said on Friday.", date(2026, 6, 12)),
        ("NIAMEY, June 15 (Wire) - The U.N. chief arrived in Niamey on Monday.", date(2026, 6, 15)),
    ])
    assert sorted((e.actor.name, e.place.name if e.place else None, e.status) for e in store.events()
                  if e.action == "visit") == [("Rafael Montes", "Bamako", "cancelled"),
                                              ("Rafael Montes", "Niamey", "happened")]
