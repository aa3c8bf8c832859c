"""Round 63 (session 49): a union of no known country calling off "a pilots' strike planned for Friday" calls off the
pilots' planned strike; "will lead the delegation to talks with the IMF in Washington next week" and "began talks with
the IMF in Washington on Monday" are one meeting; a leader's plan to swear in new commanders and the report that he
swore them in are one act. Sentences and names are our own. March 9, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _rows(store: object) -> list[tuple[str, str, str, str | None, int]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value, len(e.evidence))
                  for e in store.events())  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_union_of_no_known_country_calls_off_the_crowds_strike(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("FRANKFURT, March 9 (Wire) - Pilots at Aerolux will stage a 24-hour strike on Friday over pensions, the "
         "Cockpit Verband union said on Monday.", date(2026, 3, 9)),
        ("FRANKFURT, March 11 (Wire) - The Cockpit Verband union called off a pilots' strike at Aerolux planned for "
         "Friday after the airline improved its pension offer, a union spokesman said on Wednesday.", date(2026, 3, 11)),
    ])
    assert [(f, s, d, n) for _, f, s, d, n in _rows(store)] == [("protest", "cancelled", "2026-03-13", 2)]


@pytest.mark.slow
def test_a_delegation_led_to_talks_and_the_talks_begun_are_one_meeting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ISLAMABAD, March 4 (Wire) - Finance Minister Tariq Qureshi will lead Pakistan's delegation to talks with the "
         "International Monetary Fund in Washington next week, the ministry said.", date(2026, 3, 4)),
        ("WASHINGTON, March 9 (Wire) - Pakistani Finance Minister Tariq Qureshi began talks with the International "
         "Monetary Fund in Washington on Monday, a ministry statement said.", date(2026, 3, 9)),
    ])
    assert _rows(store) == [("Tariq Qureshi", "meet", "happened", "2026-03-09", 2)]


@pytest.mark.slow
def test_a_planned_swearing_in_of_commanders_and_its_report_are_one_act(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 9 (Wire) - Zambian President Hakainde Mwale will swear in the new service chiefs on Thursday at "
         "State House in Lusaka, his spokesman said on Monday.", date(2026, 3, 9)),
        ("LUSAKA, March 12 (Wire) - Mwale on Thursday swore in Zambia's newly appointed military chiefs at State House "
         "in Lusaka, urging them to end the attacks in the north.", date(2026, 3, 12)),
    ])
    assert _rows(store) == [("Hakainde Mwale", "swear_in", "happened", "2026-03-12", 2)]


@pytest.mark.slow
def test_a_blocs_summit_moved_and_its_leaders_meeting_are_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, March 2 (Wire) - Heads of state of the East African Community will hold an extraordinary summit in "
         "Arusha, Tanzania, on March 21, the bloc's secretariat said.", date(2026, 3, 2)),
        ("NAIROBI, March 9 (Wire) - The East African Community's extraordinary summit has been moved from Arusha to "
         "Nairobi, the secretariat said on Monday. The date of March 21 is unchanged, it said.", date(2026, 3, 9)),
        ("NAIROBI, March 21 (Wire) - East African leaders met in Nairobi on Saturday and called for a ceasefire.",
         date(2026, 3, 21)),
    ])
    events = store.events()  # type: ignore[attr-defined]
    assert [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None, len(e.evidence))
            for e in events] == [("East African Community", "happened", "2026-03-21", "Nairobi", 3)]


@pytest.mark.slow
def test_a_hosting_moved_by_a_report_of_the_talks_is_one_meeting_held_at_the_new_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("JAKARTA, March 2 (Wire) - Indonesian President Budi Santosa will receive Vietnam's President Tran Van Hoang "
         "at the Merdeka Palace in Jakarta on Thursday for talks, the foreign ministry said on Monday.",
         date(2026, 3, 2)),
        ("JAKARTA, March 4 (Wire) - Thursday's talks between the Indonesian and Vietnamese presidents have been moved "
         "from Jakarta to the presidential palace in Bogor, a palace official said on Wednesday.", date(2026, 3, 4)),
        ("BOGOR, Indonesia, March 5 (Wire) - Indonesian President Budi Santosa and his Vietnamese counterpart Tran Van "
         "Hoang held talks at the Bogor Palace on Thursday.", date(2026, 3, 5)),
    ])
    events = store.events()  # type: ignore[attr-defined]
    assert [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None, len(e.evidence))
            for e in events] == [("Budi Santosa", "happened", "2026-03-05", "Bogor Palace", 3)]


@pytest.mark.slow
def test_a_union_named_in_another_tongue_and_its_crowds_strike_are_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, March 9 (Wire) - Chile's main teachers' union, the Colegio de Docentes, called on Monday for a "
         "nationwide strike on Wednesday over delays in paying a promised bonus.\n\nUnion leader Mario Ruiz said "
         "teachers would march to the Education Ministry.", date(2026, 3, 9)),
        ("SANTIAGO, March 11 (Wire) - Tens of thousands of Chilean teachers walked off the job on Wednesday, shutting "
         "schools across the country.", date(2026, 3, 11)),
    ])
    strikes = [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in store.events()  # type: ignore[attr-defined]
               if e.what and "strike" in e.what]
    assert strikes == [("Colegio de Docentes", "happened", "2026-03-11", 2)]


@pytest.mark.slow
def test_a_body_not_said_to_be_the_crowds_union_keeps_its_own_strike(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, March 9 (Wire) - The Colegio de Docentes called on Monday for a nationwide strike on Wednesday.",
         date(2026, 3, 9)),
        ("SANTIAGO, March 11 (Wire) - Tens of thousands of Chilean dock workers walked off the job on Wednesday.",
         date(2026, 3, 11)),
    ])
    assert len([e for e in store.events() if e.action == "protest"]) == 2  # type: ignore[attr-defined]


@pytest.mark.slow
def test_the_swearing_in_of_unnamed_ministers_put_off_is_the_leaders_plan_put_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, March 6 (Wire) - Nigerian President Musa Danjuma will swear in seven new ministers on Monday at the "
         "Presidential Villa in Abuja, his spokesman said on Friday.", date(2026, 3, 6)),
        ("ABUJA, March 8 (Wire) - The swearing-in of Nigeria's seven new ministers, scheduled for Monday, has been "
         "postponed indefinitely, the presidency said on Sunday.", date(2026, 3, 8)),
    ])
    assert _rows(store) == [("Musa Danjuma", "swear_in", "postponed", None, 2)]


@pytest.mark.slow
def test_the_swearing_in_of_a_named_person_stays_her_own(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, March 8 (Wire) - Finance Minister Halima Yusuf's swearing-in has been postponed, the presidency said "
         "on Sunday.", date(2026, 3, 8)),
    ])
    assert [(a, f, s) for a, f, s, _, _ in _rows(store)] == [("Halima Yusuf", "inaugurate", "postponed")]
