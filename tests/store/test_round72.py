"""Round 72 (session 58): a minister's plan to receive a union's representatives and the talks held with its leaders
are one meeting; an election put off and then held is one vote; a cabinet's swearing-in planned, put off and held is one
event; a journey put off to a month is made on the day a meeting there is told. Sentences and names are our own.
June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _rows(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round72_receiving_union_representatives_and_talks_with_union_leaders_are_one_meeting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LYON, June 1 (Wire) - Transport Minister Claire Morel will receive union representatives in Paris next "
         "Monday, her office said.", date(2026, 6, 1)),
        ("LYON, June 10 (Wire) - French dockers stopped work on Wednesday. The strike was called after talks between the "
         "transport minister and union leaders on June 8 ended without agreement.", date(2026, 6, 10)),
    ])
    met = [e for e in store.events() if e.actor.name == "Claire Morel" and e.action in ("host", "meet")]
    assert [(e.status, e.date.value, len(e.evidence)) for e in met] == [("happened", "2026-06-08", 2)]


@pytest.mark.slow
def test_round72_parliamentary_elections_put_off_and_held_are_one_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, June 1 (Wire) - Zambia will hold parliamentary elections on June 10, the electoral commission said.",
         date(2026, 6, 1)),
        ("LUSAKA, June 5 (Wire) - The parliamentary elections planned for June 10 have been postponed to July 8 after "
         "floods, the electoral commission said.", date(2026, 6, 5)),
        ("LUSAKA, July 9 (Wire) - Zambians voted on Wednesday in parliamentary elections that had been delayed by a "
         "month.", date(2026, 7, 9)),
    ])
    assert _rows(store, "vote") == [("Zambia", "happened", "2026-07-08", 3)]


@pytest.mark.slow
def test_round72_a_cabinets_swearing_in_planned_put_off_and_held_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - President Kofi Mensah named a new cabinet on Monday. The new ministers will be sworn in "
         "by the president on Thursday, his office said.", date(2026, 6, 1)),
        ("ACCRA, June 4 (Wire) - The swearing-in of Ghana's new cabinet has been put off until Sunday after a dispute "
         "between coalition partners.", date(2026, 6, 4)),
        ("ACCRA, June 8 (Wire) - Ghana's new cabinet was sworn in on Sunday at the presidential palace.",
         date(2026, 6, 8)),
    ])
    assert _rows(store, "inaugurate") == [("Cabinet of Ghana", "happened", "2026-06-07", 3)]


@pytest.mark.slow
def test_round72_a_journey_put_off_to_a_month_is_made_on_the_day_of_the_meeting_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, June 1 (Wire) - Chilean President Tomas Riquelme will visit Buenos Aires on June 10 for talks with "
         "Argentine President Lucia Ferrer, his office said.", date(2026, 6, 1)),
        ("SANTIAGO, June 8 (Wire) - Chilean President Tomas Riquelme's trip to Argentina has been pushed back to July "
         "because of wildfires, his office said.", date(2026, 6, 8)),
        ("BUENOS AIRES, July 8 (Wire) - Chilean President Tomas Riquelme met Argentina's President Lucia Ferrer in "
         "Buenos Aires on Tuesday.", date(2026, 7, 8)),
    ])
    assert [(a, s, d) for a, s, d, _ in _rows(store, "visit")] == [("Tomas Riquelme", "happened", "2026-07-07")]
