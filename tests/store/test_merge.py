"""Merging: which event a report joins (pure functions, and through a real in-memory store)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.model import ActorRef, DateValue, EventRecord
from dateline.store.merge import action_family, pick_event
from dateline.store.sqlite import SQLiteStore

from .builders import AHN, HEGSETH, SEOUL, article, event, extraction


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


def _meeting_plan_then_outcome(
    outcome: str, actor: ActorRef, counterpart: ActorRef, planned: ActorRef = AHN
) -> list[EventRecord]:
    """Store "Hegseth will meet <planned> in Seoul on Tuesday", then the outcome sentence
    (``actor`` met ``counterpart``). RETURNS (list[EventRecord]): the events after both."""
    store = SQLiteStore(":memory:")
    try:
        plan = article(f"Hegseth will meet {planned.name} in Seoul on Tuesday.", date(2025, 10, 27))
        store.add_article(plan, extraction(plan, event(plan, plan.text, "meet", "planned", "2025-10-28", place=SEOUL,
                                                       counterparts=(planned,))))
        met = article(outcome, date(2025, 10, 28))
        store.add_article(met, extraction(met, event(met, met.text, "meet", "happened", "2025-10-28", place=SEOUL,
                                                     counterparts=(counterpart,), actor=actor)))
        return store.events()
    finally:
        store.close()


def test_merge_a_meeting_told_from_the_other_side_is_one_event() -> None:
    events = _meeting_plan_then_outcome("Ahn met Hegseth in Seoul on Tuesday.", AHN, HEGSETH)
    assert [(e.actor.name, e.status, [c.name for c in e.counterparts], e.articles()) for e in events] == [
        ("Pete Hegseth", "happened", ["Ahn Gyu-back"], 2)]
    assert [h.status for h in events[0].history] == ["planned", "happened"]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Lee", "Lee Jae Myung", True), ("Wong", "Penny Wong", True), ("Gutierrez Mendoza", "Carlos Gutierrez Mendoza", True),
    ("Jae", "Lee Jae Myung", False), ("Penny Wong", "Sophie Wong", False), ("Wong", "Wong", True),
    ("Lula", "Luiz Inacio Lula da Silva", True), ("Inacio", "Luiz Inacio Lula da Silva", False),
    ("Lula", "Lula", True), ("Sisi", "Abdel Fattah al-Sisi", True)])
def test_merge_same_person(a: str, b: str, same: bool) -> None:
    from dateline.store.merge import same_person

    assert same_person(ActorRef(a, "person"), ActorRef(b, "person")) is same


def test_merge_surname_only_counterpart_joins_the_plan() -> None:
    lee = ActorRef("Lee Jae Myung", "person", "President")
    events = _meeting_plan_then_outcome("Hegseth met Lee in Seoul on Tuesday.", HEGSETH, ActorRef("Lee", "person"), lee)
    assert [(e.status, [c.name for c in e.counterparts]) for e in events] == [("happened", ["Lee Jae Myung"])]


def test_merge_a_vaguer_plan_keeps_the_day() -> None:
    store = SQLiteStore(":memory:")
    try:
        day = article("Hegseth will visit Seoul on March 24.", date(2026, 3, 16))
        store.add_article(day, extraction(day, event(day, day.text, "visit", "planned", "2026-03-24", place=SEOUL)))
        week = article("Hegseth will visit Seoul next week.", date(2026, 3, 20))
        ev = replace(event(week, week.text, "visit", "planned", None, place=SEOUL),
                     date=DateValue("2026-W13", "week", "next week"))
        store.add_article(week, extraction(week, ev))
        [only] = store.events()
        assert only.date.value == "2026-03-24" and only.articles() == 2
    finally:
        store.close()


def test_merge_a_plan_change_weeks_later_is_no_change_of_a_gathering_that_took_place() -> None:
    store = SQLiteStore(":memory:")
    try:
        past = article("Last month Hegseth attended a summit in Prague.", date(2025, 11, 10))
        store.add_article(past, extraction(past, event(past, past.text, "attend", "happened", "2025-10-20")))
        moved = article("The business forum has been moved to Wednesday morning.", date(2025, 11, 16))
        store.add_article(moved, extraction(moved, event(moved, moved.text, "attend", "planned", "2025-11-19",
                                                         refers_to_plan=True)))
        events = store.events()
        assert sorted((e.status, e.date.value) for e in events) == [("happened", "2025-10-20"), ("planned", "2025-11-19")]
        # a denial of the same day still joins the event that took place (conflicting reports)
        denied = article("Officials denied that Hegseth attended the summit.", date(2025, 10, 22))
        store.add_article(denied, extraction(denied, event(denied, denied.text, "attend", "denied", "2025-10-20",
                                                           refers_to_plan=True)))
        assert len(store.events()) == 2
    finally:
        store.close()


def test_merge_an_undated_copy_never_erases_a_known_day() -> None:
    store = SQLiteStore(":memory:")
    try:
        dated = article("Hegseth will visit Seoul on Friday.", date(2025, 10, 28))
        store.add_article(dated, extraction(dated, event(dated, dated.text, "visit", "planned", "2025-10-31", place=SEOUL)))
        copy = article("Hegseth will visit Seoul on Friday, officials said.", None, source="copy.txt")
        report = event(copy, copy.text, "visit", "planned", None, place=SEOUL)
        report = replace(report, date=DateValue("XXXX-XX-XX", "day", "Friday", note="unanchored: no publication date"))
        store.add_article(copy, extraction(copy, report))
        (ev,) = store.events()
        assert (ev.date.value, ev.articles()) == ("2025-10-31", 2)
    finally:
        store.close()


def test_merge_a_call_off_told_more_vaguely_keeps_the_plans_day() -> None:
    store = SQLiteStore(":memory:")
    try:
        plan = article("Hegseth will visit Seoul on March 9.", date(2026, 3, 2))
        store.add_article(plan, extraction(plan, event(plan, plan.text, "visit", "planned", "2026-03-09", place=SEOUL)))
        off = article("The visit to Seoul planned for next week was called off.", date(2026, 3, 4))
        report = replace(event(off, off.text, "visit", "cancelled", None, place=SEOUL, refers_to_plan=True),
                         date=DateValue("2026-W11", "week", "next week"))
        store.add_article(off, extraction(off, report))
        (ev,) = store.events()
        assert (ev.status, ev.date.value) == ("cancelled", "2026-03-09")
    finally:
        store.close()


def test_merge_a_signing_told_from_the_other_side_is_one_event() -> None:
    store = SQLiteStore(":memory:")
    try:
        plan = article("Hegseth and Ahn are expected to sign a radar data accord this week.", date(2025, 10, 27))
        store.add_article(plan, extraction(plan, replace(event(plan, plan.text, "sign", "planned", None,
                                                               counterparts=(AHN,)),
                                                         date=DateValue("2025-W44", "week", "this week"))))
        done = article("Ahn and Hegseth signed the radar data accord in Seoul on Tuesday.", date(2025, 10, 28))
        store.add_article(done, extraction(done, event(done, done.text, "sign", "happened", "2025-10-28", place=SEOUL,
                                                       counterparts=(HEGSETH,), actor=AHN)))
        (ev,) = store.events()
        assert (ev.status, ev.articles()) == ("happened", 2)
    finally:
        store.close()


def test_merge_an_older_plan_ingested_after_its_outcome_joins_it() -> None:
    store = SQLiteStore(":memory:")
    try:
        done = article("Hegseth visited Seoul on Thursday.", date(2025, 11, 6))
        store.add_article(done, extraction(done, event(done, done.text, "visit", "happened", "2025-11-06", place=SEOUL)))
        plan = article("Hegseth will visit Seoul on Wednesday.", date(2025, 10, 30))
        store.add_article(plan, extraction(plan, event(plan, plan.text, "visit", "planned", "2025-11-05", place=SEOUL)))
        (ev,) = store.events()
        assert (ev.status, ev.date.value, [h.status for h in ev.history]) == ("happened", "2025-11-06", ["planned", "happened"])
    finally:
        store.close()
