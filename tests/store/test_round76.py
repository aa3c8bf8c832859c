"""Round 76 (session 62): a crowd's march at a body's planned demonstration is the body's; a vote whose date an
electoral body set, then moved, is the country's one vote; a body's conference put off and then held is one event; a
rally a candidate announced and then called off by "his rally" is his. Sentences and names are our own. June 1, 2026 is
a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _rows(store: object) -> list[tuple[str, str, str, str | None, str | None, int]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None, len(e.evidence))
                  for e in store.events())  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round76_a_crowds_march_on_the_day_and_place_of_a_bodys_planned_demonstration_is_the_bodys(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - A Ghanaian pressure group said on Monday it will hold a demonstration in Accra on "
         "Thursday against fuel prices. The Pump Price Now movement said marchers would gather at a city roundabout.",
         date(2026, 6, 1)),
        ("ACCRA, June 5 (Wire) - Several hundred protesters marched through central Accra on Thursday despite heavy "
         "rain.", date(2026, 6, 5)),
    ])
    protests = [r for r in _rows(store) if r[1] == "protest"]
    assert protests == [("Pump Price Now", "protest", "happened", "2026-06-04", "Accra", 2)]


@pytest.mark.slow
def test_round76_a_vote_set_by_an_electoral_body_and_moved_is_the_countrys_one_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LILONGWE, June 1 (Wire) - Malawi's Electoral Commission on Monday set July 9 as the date for a presidential "
         "runoff between President Amos Phiri and opposition leader Ruth Mwale.", date(2026, 6, 1)),
        ("LILONGWE, June 20 (Wire) - Malawi's presidential runoff has been postponed to July 23 because of late "
         "ballot papers, the Electoral Commission said on Saturday.", date(2026, 6, 20)),
    ])
    votes = [r for r in _rows(store) if r[1] == "vote"]
    assert votes == [("Malawi", "vote", "postponed", "2026-07-23", None, 2)]


@pytest.mark.slow
def test_round76_a_conference_a_body_put_off_and_then_held_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BRUSSELS, June 1 (Wire) - The European Union will hold a donors' conference for Albania in Tirana on June 10, "
         "officials said.", date(2026, 6, 1)),
        ("BRUSSELS, June 5 (Wire) - The European Union has postponed the Tirana donors' conference to June 24.",
         date(2026, 6, 5)),
        ("TIRANA, June 25 (Wire) - Donors pledged 300 million euros at a conference held by the European Union in Tirana "
         "on Wednesday.", date(2026, 6, 25)),
    ])
    held = [r for r in _rows(store) if r[1] == "hold"]
    assert held == [("European Union", "hold", "happened", "2026-06-24", "Tirana", 3)]


@pytest.mark.slow
def test_round76_his_rally_called_off_is_the_rally_he_announced(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("COTONOU, June 1 (Wire) - Opposition candidate Pascal Agbo plans to hold a rally in Parakou on Saturday, his "
         "campaign said.", date(2026, 6, 1)),
        ("COTONOU, June 4 (Wire) - Opposition candidate Pascal Agbo withdrew from the presidential race on Thursday and "
         "said he would back another candidate. His rally in Parakou on Saturday has been cancelled, his campaign said.",
         date(2026, 6, 4)),
    ])
    rallies = [r for r in _rows(store) if r[1] == "protest"]
    assert rallies == [("Pascal Agbo", "protest", "cancelled", "2026-06-06", "Parakou", 2)]
