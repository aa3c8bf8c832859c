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


@pytest.mark.slow
def test_round87_forces_landing_on_the_planned_week_begin_the_deployment(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("OSLO, June 1 (Wire) - Norway will deploy four F-35 fighter jets to Iceland next week.", date(2026, 6, 1)),
        ("REYKJAVIK, June 9 (Wire) - Four Norwegian F-35 jets landed at Keflavik air base on Tuesday, starting a "
         "three-week air policing mission over Iceland.", date(2026, 6, 9))]).events()
    assert [(e.action, e.status, e.date.value, e.articles()) for e in events if e.action == "deploy"] == [
        ("deploy", "happened", "2026-06-09", 2)]


@pytest.mark.slow
def test_round87_a_withdrawal_planned_put_off_and_done_is_one_event_whatever_its_forces_are_called(
        tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana will withdraw its 870-strong battalion from the peacekeeping force in southern "
         "Lebanon by the end of June.", date(2026, 6, 1)),
        ("ACCRA, June 22 (Wire) - The withdrawal of Ghanaian peacekeepers from Lebanon has been postponed until "
         "September.", date(2026, 6, 22)),
        ("BEIRUT, Sept. 18 (Wire) - The last Ghanaian peacekeepers left Lebanon on Friday.", date(2026, 9, 18))]).events()
    assert [(e.action, e.status, e.date.value, e.articles(), [h.status for h in e.history]) for e in events] == [
        ("withdraw", "happened", "2026-09-18", 3, ["planned", "postponed", "happened"])]


@pytest.mark.slow
def test_round87_a_states_launch_done_by_its_minister_is_the_states_plan_done(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("ABUJA, June 1 (Wire) - Nigeria will launch a nationwide measles vaccination campaign next Monday, Health "
         "Minister Muhammad Ali Pate announced.", date(2026, 6, 1)),
        ("ABUJA, June 8 (Wire) - Health Minister Muhammad Ali Pate launched Nigeria's nationwide measles vaccination "
         "campaign on Monday at a health centre in Abuja.", date(2026, 6, 8))]).events()
    assert [(e.action, e.actor.name, e.status, e.date.value, tuple(c.name for c in e.counterparts), e.articles())
            for e in events] == [("launch", "Nigeria", "happened", "2026-06-08", (), 2)]
