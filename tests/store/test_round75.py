"""Round 75 (session 61): an office named by another written form of a known body is its holder; a campaign launch
planned and then reported is one event; a summons to testify and the hearing it is for are one testimony. Sentences and
names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _rows(store: object) -> list[tuple[str, str, str, str | None, str | None]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None)
                  for e in store.events())  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round75_an_office_named_by_another_form_of_a_known_body_is_its_holder(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GENEVA, June 1 (Wire) - ICRC President Liesl Amherd will visit Moscow on June 10 to press for access to "
         "prisoners of war, the organisation said on Monday.", date(2026, 6, 1)),
        ("GENEVA, June 8 (Wire) - The Red Cross president's visit to Moscow, planned for Wednesday, has been postponed to "
         "July, the ICRC said on Monday.", date(2026, 6, 8)),
    ])
    visits = [r for r in _rows(store) if r[1] == "visit"]
    assert visits == [("Liesl Amherd", "visit", "postponed", "2026-07", "Moscow")]


@pytest.mark.slow
def test_round75_a_campaign_launch_planned_then_reported_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ISLAMABAD, June 1 (Wire) - Health Minister Tariq Aziz will launch a nationwide polio vaccination campaign in "
         "Peshawar on Monday, June 8, the ministry said.", date(2026, 6, 1)),
        ("PESHAWAR, June 9 (Wire) - Health Minister Tariq Aziz launched the polio campaign in Peshawar on Monday by giving "
         "drops to children at a city hospital.", date(2026, 6, 9)),
    ])
    launches = [e for e in store.events() if e.action == "launch"]
    assert [(e.actor.name, e.status, e.date.value) for e in launches] == [("Tariq Aziz", "happened", "2026-06-08")]
    assert launches[0].articles() == 2


@pytest.mark.slow
def test_round75_a_testimony_due_at_a_hearing_called_off_is_called_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, June 1 (Wire) - The Senate defence committee has summoned Defence Minister Bello Aminu to testify on "
         "Thursday about an arms contract, its chairman said on Monday. The hearing will take place at the National "
         "Assembly in Abuja.", date(2026, 6, 1)),
        ("ABUJA, June 4 (Wire) - A Senate hearing at which Defence Minister Bello Aminu was due to testify was called off "
         "on Thursday after he travelled to Accra, the committee chairman said.", date(2026, 6, 4)),
    ])
    testimony = [r for r in _rows(store) if r[1] == "testify"]
    assert testimony == [("Bello Aminu", "testify", "cancelled", "2026-06-04", "Abuja")]


@pytest.mark.slow
def test_round75_a_gathering_put_off_changes_only_the_plans_on_its_own_days(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAGOYA, June 1 (Wire) - The Olympic Council of Asia will hold its general assembly in Nagoya on June 18, the "
         "day before the opening of the Asian Games. Prime Minister Kenta Mori will attend the opening ceremony in "
         "Nagoya on June 19, his office said.", date(2026, 6, 1)),
        ("NAGOYA, June 5 (Wire) - The Olympic Council of Asia postponed its general assembly in Nagoya to December, the "
         "council said on Friday.", date(2026, 6, 5)),
    ])
    rows = _rows(store)
    assert ("Olympic Council of Asia", "hold", "postponed", "2026-12", "Nagoya") in rows
    assert ("Kenta Mori", "attend", "planned", "2026-06-19", "Nagoya") in rows
