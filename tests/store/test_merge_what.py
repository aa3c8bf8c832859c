"""Merging reports of families that act on something (launches, exercises, votes) and of
families the actor alone tells (resignations). Hand-built reports, no NLP model."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.model import ActorRef, DateValue, PlaceRef
from dateline.store.identity import initials
from dateline.store.merge import what_answers, what_compatible
from dateline.store.sqlite import SQLiteStore

from .builders import article, event, extraction

PYONGYANG = ActorRef("North Korea", "country", None, "North Korea")
SOLBERG = ActorRef("Ingrid Solberg", "person", "Finance Minister", "Norway")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("ballistic missile", "short-range ballistic missiles", True),
        ("missile", "reconnaissance satellite", False),
        ("drills", "Freedom Edge", None),
        ("Freedom Edge", "Freedom Edge exercise", True),
        ("Iron Lance", "Freedom Edge", False),
        (None, "budget", None),
        ("budget", "budget bill", True),
        ("Nuri rocket", "weather observation satellite", True),  # the rocket carries the satellite: one launch
        ("missile", "satellite", False),
    ],
)
def test_what_compatible(a: str | None, b: str | None, expected: bool | None) -> None:
    assert what_compatible(a, b) is expected


def _launch(text: str, published: date, status: str, day: str | None, what: str, precision: str = "day"):
    art = article(text, published)
    ev = replace(event(art, text, "launch", status, day, actor=PYONGYANG), what=what)
    if precision != "day":
        ev = replace(ev, date=DateValue(day, precision, day or ""))
    return art, ev


def test_a_planned_satellite_launch_and_its_launch_are_one_event_and_a_missile_is_another() -> None:
    store = SQLiteStore(":memory:")
    try:
        for art, ev in (
            _launch("Pyongyang plans to launch a reconnaissance satellite in December.", date(2026, 11, 2),
                    "planned", "2026-12", "reconnaissance satellite", precision="month"),
            _launch("North Korea fired a ballistic missile on Tuesday.", date(2026, 12, 2),
                    "happened", "2026-12-01", "ballistic missile"),
            _launch("North Korea launched its reconnaissance satellite on Friday.", date(2026, 12, 5),
                    "happened", "2026-12-04", "satellite"),
        ):
            store.add_article(art, extraction(art, ev))
        got = sorted((e.what, e.status, e.date.value, e.articles()) for e in store.events())
        assert got == [("ballistic missile", "happened", "2026-12-01", 1),
                       ("reconnaissance satellite", "happened", "2026-12-04", 2)]
    finally:
        store.close()


def test_two_launches_on_different_days_stay_two_events() -> None:
    store = SQLiteStore(":memory:")
    try:
        for art, ev in (
            _launch("North Korea fired a ballistic missile on Tuesday.", date(2026, 12, 2),
                    "happened", "2026-12-01", "ballistic missile"),
            _launch("North Korea fired two ballistic missiles on Thursday.", date(2026, 12, 4),
                    "happened", "2026-12-03", "ballistic missiles"),
        ):
            store.add_article(art, extraction(art, ev))
        assert len(store.events()) == 2
    finally:
        store.close()


def test_a_resignation_announced_ahead_and_then_made_is_one_event() -> None:
    store = SQLiteStore(":memory:")
    try:
        plan = article("Solberg will step down at the end of the month.", date(2026, 3, 10))
        store.add_article(plan, extraction(plan, event(plan, plan.text, "resign", "planned", "2026-03-31",
                                                       actor=SOLBERG)))
        done = article("Solberg resigned on Thursday.", date(2026, 4, 3))
        store.add_article(done, extraction(done, event(done, done.text, "resign", "happened", "2026-04-02",
                                                       actor=SOLBERG)))
        (only,) = store.events()
        assert (only.status, only.date.value, only.articles()) == ("happened", "2026-04-02", 2)
        assert [h.status for h in only.history] == ["planned", "happened"]
    finally:
        store.close()


def test_generic_drills_join_the_named_exercise_and_keep_its_name() -> None:
    korea = ActorRef("South Korea", "country", None, "South Korea")
    usa = ActorRef("United States", "country", None, "United States")
    store = SQLiteStore(":memory:")
    try:
        named = article("South Korea and the United States will hold the Freedom Edge exercise on May 12.",
                        date(2026, 5, 1))
        store.add_article(named, extraction(named, replace(
            event(named, named.text, "exercise", "planned", "2026-05-12", actor=korea, counterparts=(usa,)),
            what="Freedom Edge")))
        generic = article("South Korea and the United States began joint drills on Tuesday.", date(2026, 5, 13))
        store.add_article(generic, extraction(generic, replace(
            event(generic, generic.text, "exercise", "happened", "2026-05-12", actor=korea, counterparts=(usa,)),
            what="joint drills")))
        (only,) = store.events()
        assert (only.what, only.status, only.articles()) == ("Freedom Edge", "happened", 2)
        assert only.to_dict()["what"] == "Freedom Edge"
    finally:
        store.close()


def test_a_resignation_weeks_before_the_announced_day_is_that_resignation() -> None:
    store = SQLiteStore(":memory:")
    try:
        plan = article("Solberg announced she will step down on March 31.", date(2026, 3, 2))
        store.add_article(plan, extraction(plan, event(plan, plan.text, "resign", "planned", "2026-03-31",
                                                       actor=SOLBERG)))
        done = article("Solberg resigned on Friday, weeks earlier than she had announced.", date(2026, 3, 9))
        store.add_article(done, extraction(done, event(done, done.text, "resign", "happened", "2026-03-06",
                                                       actor=SOLBERG)))
        (only,) = store.events()
        assert (only.status, only.date.value, only.articles()) == ("happened", "2026-03-06", 2)
    finally:
        store.close()


@pytest.mark.parametrize(("family", "first", "second", "plan", "done"), [
    # joint drills: the plan told by South Korea, the outcome by the United States
    ("exercise", "South Korea", "United States",
     ("South Korea will hold the Freedom Shield exercise with the United States on March 10.", date(2026, 3, 2),
      "2026-03-10", "Freedom Shield"),
     ("US forces began the Freedom Shield drills with South Korea on Tuesday.", date(2026, 3, 11), "2026-03-10",
      "Freedom Shield drills")),
    # a prisoner exchange: the plan told by Ethiopia, the outcome by Eritrea
    ("exchange", "Ethiopia", "Eritrea",
     ("Ethiopia will exchange 40 prisoners with Eritrea on May 9.", date(2026, 5, 4), "2026-05-09", "prisoners"),
     ("Eritrea exchanged 40 prisoners with Ethiopia on Saturday.", date(2026, 5, 10), "2026-05-09", "prisoners")),
])
def test_joint_event_told_from_the_other_country_is_one_event(
    family: str, first: str, second: str, plan: tuple[str, date, str, str], done: tuple[str, date, str, str]
) -> None:
    a = ActorRef(first, "country", None, first)
    b = ActorRef(second, "country", None, second)
    store = SQLiteStore(":memory:")
    try:
        for (text, published, day, what), status, actor, other in ((plan, "planned", a, b), (done, "happened", b, a)):
            art = article(text, published)
            store.add_article(art, extraction(art, replace(
                event(art, art.text, family, status, day, actor=actor, counterparts=(other,)), what=what)))
        (only,) = store.events()
        assert (only.actor.name, only.status, only.articles()) == (first, "happened", 2)
    finally:
        store.close()


@pytest.mark.parametrize(("asked", "stored", "expected"), [
    ("Union Shield exercise", "Union Shield", True),       # the family noun is no particular
    ("Zapad exercise", "Union Shield", False),
    ("nuclear test", "ballistic missile", False),
    ("ballistic missile test", "short-range ballistic missile", True),
    ("joint drills", "Freedom Shield joint drills", None),  # generic: any exercise
])
def test_what_answers_drops_a_trailing_family_noun(asked: str, stored: str, expected: bool | None) -> None:
    assert what_answers(asked, stored) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("annual springtime joint military drills", "Freedom Shield joint military exercise", None),  # generic joins
    ("large-scale live-fire drills", "Iron Lance drills", None),
    ("new sanctions", "sanctions on steel", None),
    ("general election", "budget", False),                 # 'general' tells elections apart
    ("Freedom Shield", "Ulchi Freedom Shield", True),
])
def test_modifiers_of_a_generic_noun_name_nothing_particular(a: str, b: str, expected: bool | None) -> None:
    assert what_compatible(a, b) is expected


BELGRADE = PlaceRef("Belgrade", "city", "Serbia", within=("Serbia",))
NIS = PlaceRef("Nis", "city", "Serbia", within=("Serbia",))
GROUPS = ActorRef("opposition groups", "group", None, "Serbia")
CROWD = ActorRef("protesters", "group", None, "Serbia")


def _protest(text: str, published: date, status: str, day: str, actor: ActorRef, place: PlaceRef):
    art = article(text, published)
    return art, replace(event(art, text, "protest", status, day, place=place, actor=actor), what="protest")


@pytest.mark.parametrize(("place", "day", "events"), [
    (BELGRADE, "2026-05-09", 1),   # the organisers' plan and the crowd that day: one protest
    (NIS, "2026-05-09", 2),        # another city: another protest
    (BELGRADE, "2026-05-10", 2),   # another day: another protest
])
def test_a_crowd_joins_the_organisers_protest_on_that_day_and_place(place: PlaceRef, day: str, events: int) -> None:
    store = SQLiteStore(":memory:")
    try:
        for art, ev in (
            _protest("Serbian opposition groups plan to hold a mass protest in Belgrade on Saturday.",
                     date(2026, 5, 6), "planned", "2026-05-09", GROUPS, BELGRADE),
            _protest("Tens of thousands of people protested on Saturday, police said.",
                     date(2026, 5, 10), "happened", day, CROWD, place),
        ):
            store.add_article(art, extraction(art, ev))
        got = store.events()
        assert len(got) == events
        if events == 1:
            assert (got[0].status, got[0].actor.name, got[0].articles()) == ("happened", "opposition groups", 2)
    finally:
        store.close()


@pytest.mark.parametrize(("name", "expected"), [
    ("European Union", "EU"), ("EU", "EU"), ("U.N.", "UN"), ("North Atlantic Treaty Organization", "NATO"),
    ("Hamas", None), ("the opposition", None),
])
def test_initials(name: str, expected: str | None) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize("first,second", [("European Union", "EU"), ("EU", "European Union")])
def test_a_body_and_its_initials_are_one_actor(first: str, second: str) -> None:
    iran = ActorRef("Iran", "country", None, "Iran")
    store = SQLiteStore(":memory:")
    try:
        for i, (name, day) in enumerate(((first, "2026-10-12"), (second, "2026-10-26"))):
            text = f"The {name} imposed sanctions on Iran{'.' if i else ' over drones.'}"
            art = article(text, date.fromisoformat(day))
            ev = replace(event(art, text, "sanction", "happened", day, counterparts=(iran,),
                               actor=ActorRef(name, "org", None, None)), what="sanctions")
            store.add_article(art, extraction(art, ev))
        bodies = [a for a in store.actors() if a.kind == "org"]
        assert [a.name for a in bodies] == ["European Union"]
        assert len(store.events(actor="EU")) == len(store.events(actor="European Union")) == 2
    finally:
        store.close()


@pytest.mark.parametrize(("asked", "stored", "expected"), [
    ("rocket", "military spy satellite", True),   # the rocket carried it
    ("rocket", "ballistic missile", False),
    ("satellite", "rocket", False),
    ("rocket", "H3 rocket", True),
])
def test_a_rocket_question_is_answered_by_the_launch_of_what_it_carried(asked: str, stored: str, expected: bool) -> None:
    assert what_answers(asked, stored) is expected


def test_two_kinds_of_one_thing_are_two_things() -> None:
    assert what_compatible("cruise missile", "Shaheen-III ballistic missile") is False
    assert what_compatible("spy satellite", "weather satellite") is False
    assert what_compatible("presidential election", "parliamentary election") is False
    assert what_compatible("ballistic missile", "short-range ballistic missiles") is True


@pytest.mark.parametrize(("asked", "stored", "expected"), [
    ("Qafe Thane border crossing", "new border crossing", None),  # the store names less: cannot tell
    ("Lautoka water treatment plant", "water treatment plant", None),
    ("intercontinental ballistic missile", "short-range ballistic missile", False),  # a word tells them apart
    ("Lautoka water treatment plant", "Nadi water treatment plant", False),
])
def test_a_stored_object_that_names_less_neither_answers_nor_contradicts(asked: str, stored: str,
                                                                         expected: bool | None) -> None:
    assert what_answers(asked, stored) is expected
