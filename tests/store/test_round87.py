"""Round 87 (session 73): stories across articles from audits 328-333 and the deployment family: a deployment planned
to a country told done on arrival in one of its cities. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
@pytest.mark.parametrize("done", [
    "The first 200 Kenyan police officers arrived in Port-au-Prince on Tuesday.",
    "Kenya deployed 200 police officers to Port-au-Prince on Tuesday.",
])
def test_round87_a_deployment_to_a_country_told_done_in_its_city_is_one_event(tmp_path: Path, done: str) -> None:
    events = stored(tmp_path, [
        ("NAIROBI, June 1 (Wire) - Kenya will deploy 400 police officers to Haiti in July, the interior ministry said.",
         date(2026, 6, 1)),
        (f"PORT-AU-PRINCE, July 15 (Wire) - {done}", date(2026, 7, 15))]).events()
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None, e.articles())
            for e in events] == [("deploy", "Kenya", "happened", "2026-07-14", "Port-au-Prince", 2)]


@pytest.mark.slow
def test_round87_a_deployment_put_off_keeps_its_new_month(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("NAIROBI, June 1 (Wire) - Kenya will deploy 400 police officers to Haiti next week, the interior ministry said.",
         date(2026, 6, 1)),
        ("NAIROBI, June 5 (Wire) - Kenya has postponed the deployment of its police officers to Haiti until July "
         "because of funding delays, officials said.", date(2026, 6, 5))]).events()
    assert [(e.action, e.status, e.date.value, e.articles()) for e in events] == [("deploy", "postponed", "2026-07", 2)]
