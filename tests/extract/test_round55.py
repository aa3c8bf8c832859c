"""Round 55 (audit 202, follow-ups): a plan that "had been scheduled ... but was postponed"; the reason of a change of
plan told in an "after" clause; a meeting put off and then held, told in one article.
Each test states one behaviour. Sentences and names of people are our own. April 16, 2027 is a Friday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

_DAY = date(2027, 4, 16)


def _rows(store: object) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None)
            for e in store.events()}  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status"), [
    ("SUVA, April 16 (Wire) - A meeting between Prime Minister Tevita Lolohea and President Marau Kalsakau had been "
     "scheduled for Tuesday in Suva but was postponed.", "postponed"),
    ("SUVA, April 16 (Wire) - Tevita Lolohea's talks with Marau Kalsakau had been set for Tuesday in Suva but were "
     "called off.", "cancelled"),
    ("SUVA, April 16 (Wire) - The talks between Tevita Lolohea and Marau Kalsakau had been scheduled for Tuesday in "
     "Suva but were rescheduled.", "postponed"),
])
def test_round55_a_scheduled_meeting_that_was_then_put_off_has_the_change_as_status(
        tmp_path: Path, text: str, status: str) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert len(meetings) == 1, _rows(store)
    meeting = meetings[0]
    assert meeting.status == status, _rows(store)
    assert meeting.place is not None and meeting.place.name == "Suva", _rows(store)
    assert {meeting.actor.name, *(c.name for c in meeting.counterparts)} == {"Tevita Lolohea", "Marau Kalsakau"}
    assert meeting.date.value == "2027-04-13", _rows(store)  # the plan's Tuesday, not the day of the change


@pytest.mark.slow
def test_round55_a_scheduled_meeting_that_goes_ahead_stays_planned(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 16 (Wire) - A meeting between Tevita Lolohea and Marau Kalsakau is "
                               "scheduled for Tuesday in Lautoka and will go ahead, officials said.", _DAY)])
    assert {e.status for e in store.events() if e.action == "meet"} == {"planned"}, _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "action", "status"), [
    ("SUVA, April 16 (Wire) - Foreign Minister Sione Havili had been scheduled to visit Lautoka on Tuesday but the trip "
     "was postponed.", "visit", "postponed"),
    ("SUVA, April 16 (Wire) - Sione Havili had been due to meet Marau Kalsakau in Lautoka on Tuesday but the meeting "
     "was called off.", "meet", "cancelled"),
])
def test_round55_an_overtaken_plan_keeps_its_place_when_its_own_act_is_changed(
        tmp_path: Path, text: str, action: str, status: str) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    rows = [e for e in store.events() if e.actor.name == "Sione Havili"]
    assert len(rows) == 1, _rows(store)  # one plan, not the plan and a place-less change of it
    assert (rows[0].action, rows[0].status) == (action, status), _rows(store)
    assert rows[0].place is not None and rows[0].place.name == "Lautoka", _rows(store)
    assert rows[0].date.value == ("2027-04-13" if status == "cancelled" else "2027-04-20"), _rows(store)


@pytest.mark.slow
def test_round55_the_reason_of_a_change_is_not_at_the_plans_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [(
        "SUVA, April 16 (Wire) - The talks between Tevita Lolohea and Marau Kalsakau had been scheduled for Tuesday in "
        "Lautoka but were rescheduled after Lolohea was called to chair an emergency cabinet session, officials said.",
        _DAY)])
    assert not [e for e in store.events() if e.status == "happened" and e.place is not None], _rows(store)
    assert ("postponed", "Lautoka") in {(e.status, e.place.name if e.place else None) for e in store.events()}, \
        _rows(store)


@pytest.mark.slow
def test_round55_a_meeting_put_off_and_then_held_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [(
        "SUVA, April 16 (Wire) - Prime Minister Tevita Lolohea and President Marau Kalsakau held their yearly talks in "
        "Suva on Thursday, two days later than first planned.\n\nThe meeting had been scheduled for Tuesday in Lautoka "
        "but was rescheduled at short notice after a cyclone warning, officials said.", _DAY)])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert len(meetings) == 1, _rows(store)
    assert (meetings[0].status, meetings[0].date.value) == ("happened", "2027-04-15"), _rows(store)
    assert meetings[0].place is not None and meetings[0].place.name == "Suva", _rows(store)


@pytest.mark.slow
def test_round55_a_meeting_put_off_with_no_later_holding_stays_postponed(tmp_path: Path) -> None:
    store = stored(tmp_path, [(
        "SUVA, April 16 (Wire) - Prime Minister Tevita Lolohea met business leaders in Suva on Thursday.\n\nHis meeting "
        "with President Marau Kalsakau had been scheduled for Tuesday in Lautoka but was postponed, officials said.",
        _DAY)])
    assert any(e.status == "postponed" and e.action == "meet" for e in store.events()), _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status", "day", "place"), [
    ("SUVA, April 16 (Wire) - The talks between Tevita Lolohea and Marau Kalsakau had been scheduled for Tuesday in "
     "Lautoka but were rescheduled for next Friday.", "planned", "2027-04-23", "Lautoka"),
    ("SUVA, April 16 (Wire) - The talks between Tevita Lolohea and Marau Kalsakau were planned for Tuesday in Lautoka "
     "but were moved to Nadi.", "planned", "2027-04-20", "Nadi"),
    ("SUVA, April 16 (Wire) - A summit between Tevita Lolohea and Marau Kalsakau had been set for April 20 but was "
     "pushed back to May 4.", "postponed", "2027-05-04", None),
])
def test_round55_a_scheduled_meeting_then_moved_takes_the_new_day_or_place(
        tmp_path: Path, text: str, status: str, day: str, place: str | None) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert len(meetings) == 1, _rows(store)
    assert (meetings[0].status, meetings[0].date.value) == (status, day), _rows(store)
    assert (meetings[0].place.name if meetings[0].place else None) == place, _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "SUVA, April 16 (Wire) - Tevita Lolohea and Marau Kalsakau did not announce any breakthrough on fishing rights.",
    "SUVA, April 16 (Wire) - Prime Minister Tevita Lolohea did not announce a date for the referendum.",
])
def test_round55_not_announcing_something_is_no_event(tmp_path: Path, text: str) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    assert not [e for e in store.events() if e.action == "announce"], _rows(store)


@pytest.mark.slow
def test_round55_an_announcement_is_still_an_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 16 (Wire) - Prime Minister Tevita Lolohea announced the fishing deal on "
                               "Thursday.", _DAY)])
    assert any(e.action == "announce" and e.status == "happened" for e in store.events()), _rows(store)


@pytest.mark.slow
def test_round55_a_surname_the_recognizer_calls_a_nationality_is_a_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [("YEREVAN, May 4 (Wire) - Ararat Mirzoyan will travel to Baku on Monday for talks with "
                               "Jeyhun Bayramov.", date(2027, 5, 4))])
    assert ("Ararat Mirzoyan", "travel", "planned", "2027-05-10", "Baku") in _rows(store), _rows(store)


@pytest.mark.slow
def test_round55_a_peoples_word_alone_is_no_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [("YEREVAN, May 4 (Wire) - Armenians will vote in a referendum on Monday.",
                               date(2027, 5, 4))])
    assert not [e for e in store.events() if e.actor.name == "Armenians"], _rows(store)


@pytest.mark.slow
def test_round55_a_plan_held_late_in_another_city_of_its_country_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 9 (Wire) - Prime Minister Tevita Lolohea will host President Marau Kalsakau for talks in Lautoka "
         "on Tuesday, his office said.", date(2027, 4, 9)),
        ("SUVA, April 16 (Wire) - Tevita Lolohea and Marau Kalsakau held talks in Suva on Thursday, two days later than "
         "first planned, and agreed to share coastguard patrols.", _DAY),
    ])
    kept = [e for e in store.events() if e.action in ("host", "meet")]
    assert len(kept) == 1, _rows(store)
    assert (kept[0].status, kept[0].date.value) == ("happened", "2027-04-15"), _rows(store)
    assert len({ev.article_id for ev in kept[0].evidence}) == 2, _rows(store)


@pytest.mark.slow
def test_round55_a_meeting_days_after_a_plan_elsewhere_not_told_late_stays_apart(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 9 (Wire) - Prime Minister Tevita Lolohea will host President Marau Kalsakau for talks in Lautoka "
         "on Tuesday, his office said.", date(2027, 4, 9)),
        ("SUVA, April 16 (Wire) - Tevita Lolohea and Marau Kalsakau held talks in Suva on Thursday and agreed to share "
         "coastguard patrols.", _DAY),
    ])
    assert len([e for e in store.events() if e.action in ("host", "meet")]) == 2, _rows(store)


@pytest.mark.slow
def test_round55_voters_in_a_district_the_gazetteer_lacks_are_the_datelines_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 2 (Wire) - Fijians will vote in a by-election in Tailevu North on April 15, the electoral office "
         "said.", date(2027, 4, 2)),
        ("SUVA, April 16 (Wire) - Voters in Tailevu North went to the polls on Thursday in a by-election marked by a low "
         "turnout.", _DAY),
    ])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value) for e in votes] == [("Fiji", "happened", "2027-04-15")], _rows(store)


@pytest.mark.slow
def test_round55_a_hyphenated_name_after_a_countrys_possessive_is_the_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [("WINDHOEK, April 16 (Wire) - Botswana's Duma Boko and Namibia's Netumbo Nandi-Ndaitwah "
                               "signed a cattle movement accord on Thursday after talks at State House in Windhoek.",
                               _DAY)])  # (the recognizer calls the name a building)
    signed = [e for e in store.events() if e.action == "sign"]
    assert signed and [c.name for c in signed[0].counterparts] == ["Netumbo Nandi-Ndaitwah"], _rows(store)


@pytest.mark.slow
def test_round55_a_named_venue_owned_by_a_city_is_in_that_city(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 6 (Wire) - Fiji's main opposition party said it would hold a rally in Suva's National Stadium "
         "on Saturday to protest against rising bus fares.", date(2027, 4, 6)),
        ("SUVA, April 12 (Wire) - Police blocked an opposition rally planned for Saturday in Suva, citing security "
         "concerns. The party's leader said the rally would now take place on April 17.", date(2027, 4, 12)),
    ])
    rallies = [e for e in store.events() if e.action == "protest"]
    assert len(rallies) == 1, _rows(store)
    assert rallies[0].place is not None and rallies[0].place.name in ("Suva", "National Stadium"), _rows(store)
    assert (rallies[0].status, rallies[0].date.value) == ("planned", "2027-04-17"), _rows(store)


@pytest.mark.slow
def test_round55_a_drill_told_done_is_the_exercise_planned_off_the_same_port(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 2 (Wire) - The navies of Fiji and Tonga will hold a joint anti-smuggling exercise off Lautoka from "
         "April 12 to April 16, the Fijian defence ministry said.", date(2027, 4, 2)),
        ("LAUTOKA, April 17 (Wire) - A five-day anti-smuggling drill by Fijian naval forces ended off Lautoka on "
         "Friday, officials said.", date(2027, 4, 17)),
    ])
    drills = [e for e in store.events() if e.action == "exercise"]
    assert len(drills) == 1, _rows(store)
    assert drills[0].status == "happened" and drills[0].place is not None and drills[0].place.name == "Lautoka"
    assert (drills[0].date.value, drills[0].date.end_value) == ("2027-04-12", "2027-04-16"), drills[0].date


@pytest.mark.slow
def test_round55_a_parliamentary_vote_put_off_is_the_parliaments_planned_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 2 (Wire) - Fiji's parliament is due to vote next Thursday on a bill that would extend the mandate "
         "of the country's anti-corruption commission.", date(2027, 4, 2)),
        ("SUVA, April 9 (Wire) - The parliamentary vote on extending the anti-corruption commission's mandate was "
         "postponed indefinitely on Thursday after the ruling coalition failed to muster a quorum.", date(2027, 4, 9)),
    ])
    votes = [e for e in store.events() if e.action == "vote"]
    assert len(votes) == 1, _rows(store)
    assert (votes[0].actor.name, votes[0].status) == ("Parliament of Fiji", "postponed"), _rows(store)


@pytest.mark.slow
def test_round55_snap_elections_are_a_planned_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 2 (Wire) - Fiji will hold snap parliamentary elections on June 28, the "
                               "prime minister announced on Friday.", date(2027, 4, 2))])
    assert ("Fiji", "vote", "planned", "2027-06-28", None) in _rows(store), _rows(store)


@pytest.mark.slow
def test_round55_a_day_told_with_a_year_is_the_acts_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 16 (Wire) - Fijians voted on Thursday in the country's second "
                               "parliamentary election this year, the electoral office said.", _DAY)])
    assert ("Fiji", "vote", "happened", "2027-04-15", None) in _rows(store), _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status"), [
    ("SUVA, April 16 (Wire) - Cane farmers called off a planned road blockade after the government promised to pay "
     "for storm losses.", "cancelled"),
    ("SUVA, April 16 (Wire) - Cane farmers will stage a tractor blockade of the Queens Road on Monday.", "planned"),
])
def test_round55_a_road_blockade_is_a_protest(tmp_path: Path, text: str, status: str) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    assert [(e.action, e.status) for e in store.events()] == [("protest", status)], _rows(store)


@pytest.mark.slow
def test_round55_a_naval_blockade_is_no_protest(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 16 (Wire) - The navy imposed a blockade on the port on Monday.", _DAY)])
    assert not [e for e in store.events() if e.action == "protest"], _rows(store)


@pytest.mark.slow
def test_round55_a_day_of_a_stop_inside_the_trips_month_is_the_stops(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, March 2 (Wire) - Prime Minister Tevita Lolohea will visit Japan in May, including "
                               "a stop in Osaka on May 12.", date(2027, 3, 2))])
    assert ("Tevita Lolohea", "visit", "planned", "2027-05", "Japan") in _rows(store), _rows(store)


@pytest.mark.slow
def test_round55_an_election_named_by_nationality_is_that_countrys(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 16 (Wire) - Ties have been strained, with Suva accusing Nuku'alofa in 2024 "
                               "of siding with critics of that year's Samoan election.", _DAY)])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [e.actor.name for e in votes] == ["Samoa"], _rows(store)


@pytest.mark.slow
def test_round55_a_strike_after_a_failed_meeting_keeps_its_own_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SUVA, April 16 (Wire) - Teachers across Fiji walked out on Wednesday. The strike went "
                               "ahead after a meeting between union leaders and Education Minister Litia Naisoro on "
                               "Monday failed to produce a deal.", _DAY)])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert [e.date.value for e in strikes] == ["2027-04-14"], _rows(store)
