"""Extraction gaps found by the eleventh review round (own-words wire stories: itineraries told with "will be in",
delays with a new day, summit attendance lists, a joint signing called off).

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import article_rows, text_events as _events

pytestmark = pytest.mark.slow


def _got(events: list[Event]) -> set[tuple[str, str, str | None, str | None, str]]:
    return {(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events}


# 1. "will be in P on D, Q on D2 and R on D3": planned visits, one leg each with its own day; "N days after" frames


TOUR = ("NEW DELHI, Aug 3 (Dateline Wire) - India's Minister of State for External Affairs Anjali Rao will visit Kenya, "
        "Tanzania and Mozambique next week, the ministry said on Monday.\n\n"
        "Rao will be in Nairobi on Monday, Dar es Salaam on Wednesday and Maputo on Friday. In Dar es Salaam she is "
        "scheduled to meet Tanzanian President Samia Suluhu Hassan.")


def test_review_round11_will_be_in_a_place_is_a_planned_visit_with_listed_legs(nlp: Language) -> None:
    events = _events(nlp, "Rao will be in Nairobi on Monday, Dar es Salaam on Wednesday and Maputo on Friday.", date(2026, 8, 6))
    assert _got(events) == {("visit", "Rao", "Nairobi", "2026-08-10", "planned"),
                            ("visit", "Rao", "Dar es Salaam", "2026-08-12", "planned"),
                            ("visit", "Rao", "Maputo", "2026-08-14", "planned")}  # legs come in order (Friday is not Aug 7)


def test_review_round11_weekday_legs_fall_inside_the_trip_week(nlp: Language) -> None:
    got = _got(_events(nlp, TOUR, date(2026, 8, 3)))
    assert {("visit", "Anjali Rao", "Nairobi", "2026-08-10", "planned"),
            ("visit", "Anjali Rao", "Dar es Salaam", "2026-08-12", "planned"),
            ("visit", "Anjali Rao", "Maputo", "2026-08-14", "planned"),
            ("meet", "Anjali Rao", "Dar es Salaam", "2026-08-12", "planned")} <= got
    assert {("visit", "Anjali Rao", "Kenya", "2026-08-10", "planned"), ("visit", "Anjali Rao", "Tanzania", "2026-08-12", "planned"),
            ("visit", "Anjali Rao", "Mozambique", "2026-08-14", "planned")} <= got


@pytest.mark.parametrize("text", [
    "Rao was in Nairobi on Monday for the opening of a trade fair.",
    "The summit will be in Lusaka on Monday.",
])
def test_review_round11_be_in_a_place_only_ahead_and_of_a_person(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text, date(2026, 8, 6)) if e.action == "visit"]


@pytest.mark.parametrize("frame, day", [("two days after holding", "2026-08-10"), ("after holding", None)])
def test_review_round11_talks_in_an_after_frame_never_take_the_later_day(nlp: Language, frame: str, day: str | None) -> None:
    text = (f"Visiting Indian minister Anjali Rao met President Samia Suluhu Hassan at State House on Wednesday, {frame} talks "
            "with Kenyan officials in Nairobi.")
    events = _events(nlp, text, date(2026, 8, 12))
    (talks,) = [e for e in events if e.place is not None and e.place.name == "Nairobi"]
    assert (talks.action, talks.date.value, talks.status) == ("meet", day, "happened")
    assert ("meet", "Anjali Rao", "State House", "2026-08-12", "happened") in _got(events)


# 2. a delay with a new day moves the plan; "now expected in X on D" is the plan at its new day; a city is no person


def test_review_round11_delay_takes_the_day_of_the_revised_plan(nlp: Language) -> None:
    text = ("Rafael Moura's arrival in Vietnam has been delayed by a day after a technical problem grounded his plane in "
            "Dubai, the Brazilian embassy said on Thursday. The minister is now expected in Hanoi on Friday.")
    events = _events(nlp, text, date(2026, 4, 9))
    assert {(*_got([e]).pop(), e.refers_to_plan) for e in events} == {
        ("arrive", "Rafael Moura", "Vietnam", "2026-04-10", "postponed", True),
        ("visit", "Rafael Moura", "Hanoi", "2026-04-10", "planned", True)}


@pytest.mark.parametrize("plan, days, day", [
    ("Rafael Moura was due in Hanoi on Thursday.", "a day", "2026-04-10"),
    ("Rafael Moura will arrive in Hanoi on Thursday.", "two days", "2026-04-11"),
])
def test_review_round11_delay_by_a_length_counts_from_the_plans_day(nlp: Language, plan: str, days: str, day: str) -> None:
    events = _events(nlp, f"{plan} Moura's arrival in Vietnam has been delayed by {days}, the embassy said.", date(2026, 4, 8))
    (moved,) = [e for e in events if e.status == "postponed"]
    assert (moved.actor.name, moved.date.value, moved.refers_to_plan) == ("Rafael Moura", day, True)


def test_review_round11_a_city_after_in_is_never_a_person(nlp: Language) -> None:
    text = ("Moura is scheduled to meet Vietnamese Agriculture Minister Do Duc Duy and will tour a port in Hai Phong before "
            "flying on to Manila at the weekend.")
    events = _events(nlp, text, date(2026, 4, 6))
    assert not [c for e in events for c in e.counterparts if "Phong" in c.name]
    assert ("visit", "Moura", "Haiphong", None, "planned") in _got(events)


# 3. "X, Y and Z have confirmed they will attend": every person of the list; the host country's summit is in its city


SUMMIT = ("LUSAKA, June 15 (Dateline Wire) - Zambia will host a one-day summit of southern African leaders on June 24 to "
          "discuss the region's power shortages, Zambian President Hakainde Hichilema's office said on Monday.\n\n"
          "Namibian President Netumbo Nandi-Ndaitwah, Botswana's President Duma Boko and Zimbabwe's President Emmerson "
          "Mnangagwa have confirmed they will attend.")


def test_review_round11_they_stands_for_every_person_of_a_list(nlp: Language) -> None:
    text = ("Namibian President Netumbo Nandi-Ndaitwah, Botswana's President Duma Boko and Zimbabwe's President Emmerson "
            "Mnangagwa have confirmed they will attend the summit.")
    attendees = {e.actor.name for e in _events(nlp, text, date(2026, 6, 15)) if e.action == "attend"}
    assert attendees == {"Netumbo Nandi-Ndaitwah", "Duma Boko", "Emmerson Mnangagwa"}


def test_review_round11_a_host_countrys_summit_is_in_its_dateline_city(tmp_path: Path, nlp: Language) -> None:
    got = {(a, actor, place, day, status) for a, actor, _, place, day, status in article_rows(nlp, tmp_path, SUMMIT, date(2026, 6, 15))}
    assert got == {("host", "Zambia", "Lusaka", "2026-06-24", "planned"),
                   ("attend", "Netumbo Nandi-Ndaitwah", "Lusaka", "2026-06-24", "planned"),
                   ("attend", "Duma Boko", "Lusaka", "2026-06-24", "planned"),
                   ("attend", "Emmerson Mnangagwa", "Lusaka", "2026-06-24", "planned")}


# 4. "The signing ceremony with X is set for Nov 9": the article's planned signing is on that day, with X


SIGNING = ("Canada's International Trade Minister Maninder Sidhu will fly to Seoul on Sunday to sign a digital trade agreement "
           "with South Korea, his office said on Monday. The signing ceremony with South Korean Trade Minister Yeo Han-koo is "
           "set for Nov 9, and Sidhu will also meet business leaders in Busan during the three-day trip.")


def test_review_round11_a_ceremony_set_for_a_day_dates_the_planned_signing(nlp: Language) -> None:
    events = _events(nlp, SIGNING, date(2026, 11, 2))
    (sign,) = [e for e in events if e.action == "sign"]
    assert (sign.actor.name, sign.place.name if sign.place else None, sign.date.value, sign.status) == (
        "Maninder Sidhu", "Seoul", "2026-11-09", "planned")
    assert "Yeo Han-koo" in {c.name for c in sign.counterparts}
    assert ("travel", "Maninder Sidhu", "Seoul", "2026-11-08", "planned") in _got(events)


def test_review_round11_a_clause_conjoined_to_a_things_date_keeps_its_own_day(nlp: Language) -> None:
    (meet,) = [e for e in _events(nlp, SIGNING, date(2026, 11, 2)) if e.action == "meet"]
    assert (meet.place.name if meet.place else None, meet.date.value) == ("Busan", None)  # not the ceremony's Nov 9
