"""An office named without a name ("Poland's prime minister met ...") is its known holder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dateline.model import ActorRef, PlaceRef
from dateline.store.sqlite import SQLiteStore

from .builders import SEOUL, TOKYO, article, event, extraction

NOWAK = ActorRef("Anna Nowak", "person", "Prime Minister", "Poland")
KOWAL = ActorRef("Jan Kowal", "person", "Prime Minister", "Poland")
OFFICE = ActorRef("Prime Minister of Poland", "person", "Prime Minister", "Poland")


@pytest.fixture()
def store() -> Iterator[SQLiteStore]:
    s = SQLiteStore(":memory:")
    yield s
    s.close()


def _say(store: SQLiteStore, text: str, day: date, actor: ActorRef, place: PlaceRef = TOKYO) -> None:
    art = article(text, day)
    store.add_article(art, extraction(art, event(art, text, "visit", "happened", day.isoformat(), place=place,
                                                 actor=actor)))


def test_offices_unnamed_office_is_its_one_known_holder(store: SQLiteStore) -> None:
    _say(store, "Polish Prime Minister Anna Nowak visited Tokyo on Monday.", date(2026, 5, 11), NOWAK)
    _say(store, "Poland's prime minister visited Seoul on Monday.", date(2026, 6, 8), OFFICE, SEOUL)
    assert {e.actor.name for e in store.events()} == {"Anna Nowak"}
    assert "Prime Minister of Poland" not in {a.name for a in store.actors()}


def test_offices_two_holders_stay_unresolved(store: SQLiteStore) -> None:
    _say(store, "Polish Prime Minister Anna Nowak visited Tokyo on Monday.", date(2026, 1, 12), NOWAK)
    _say(store, "Polish Prime Minister Jan Kowal visited Tokyo on Tuesday.", date(2026, 4, 14), KOWAL)
    _say(store, "Poland's prime minister visited Seoul on Monday.", date(2026, 6, 8), OFFICE, SEOUL)
    assert "Prime Minister of Poland" in {e.actor.name for e in store.events()}


def test_offices_a_holder_seen_only_later_is_not_used(store: SQLiteStore) -> None:
    _say(store, "Poland's prime minister visited Seoul on Monday.", date(2026, 6, 8), OFFICE, SEOUL)
    _say(store, "Polish Prime Minister Anna Nowak visited Tokyo on Monday.", date(2026, 6, 15), NOWAK)
    assert {e.actor.name for e in store.events()} == {"Prime Minister of Poland", "Anna Nowak"}


def test_offices_a_generic_office_is_the_one_holder_of_a_longer_title(store: SQLiteStore) -> None:
    sugiono = ActorRef("Sugiono", "person", "Foreign Minister", "Indonesia")
    minister = ActorRef("Minister of Indonesia", "person", "Minister", "Indonesia")
    _say(store, "Indonesian Foreign Minister Sugiono visited Tokyo on Monday.", date(2026, 4, 1), sugiono)
    _say(store, "The Indonesian minister visited Seoul on Tuesday.", date(2026, 4, 7), minister, SEOUL)
    assert {e.actor.name for e in store.events()} == {"Sugiono"}


def test_offices_the_one_holder_seen_without_a_country(store: SQLiteStore) -> None:
    kim = ActorRef("Kim Tae-yong", "person", "Trade Minister", None)
    office = ActorRef("Trade Minister of South Korea", "person", "Trade Minister", "South Korea")
    _say(store, "Trade Minister Kim Tae-yong visited Tokyo on Monday.", date(2026, 3, 9), kim)
    _say(store, "South Korea's trade minister visited Seoul on Monday.", date(2026, 3, 16), office, SEOUL)
    assert {e.actor.name for e in store.events()} == {"Kim Tae-yong"}


def test_offices_a_holder_of_another_country_is_not_the_office(store: SQLiteStore) -> None:
    rao = ActorRef("Vikram Rao", "person", "Trade Minister", None)
    office = ActorRef("Trade Minister of South Korea", "person", "Trade Minister", "South Korea")
    _say(store, "Trade Minister Vikram Rao visited Tokyo on Monday.", date(2026, 3, 9), rao)
    _say(store, "Vikram Rao, India's trade minister, visited Tokyo again.", date(2026, 3, 10),
         ActorRef("Vikram Rao", "person", "Trade Minister", "India"))
    _say(store, "South Korea's trade minister visited Seoul on Monday.", date(2026, 3, 16), office, SEOUL)
    assert "Trade Minister of South Korea" in {e.actor.name for e in store.events()}


def test_offices_an_office_of_a_see_is_the_person_titled_so_where_it_is_written(store: SQLiteStore) -> None:
    primate = ActorRef("Ruth Hale", "person", "Archbishop", None)
    office = ActorRef("Archbishop of York", "person", "Archbishop", None)
    other = ActorRef("Paul Ode", "person", "Archbishop", None)
    _say(store, "Archbishop of York Ruth Hale visited Tokyo on Monday.", date(2026, 1, 12), primate)
    _say(store, "Archbishop Paul Ode visited Tokyo on Tuesday.", date(2026, 1, 13), other)
    _say(store, "The Archbishop of York visited Seoul on Monday.", date(2026, 1, 19), office, SEOUL)
    assert {e.actor.name for e in store.events()} == {"Ruth Hale", "Paul Ode"}


def test_offices_a_counterpart_named_by_office_is_stored_as_its_holder(store: SQLiteStore) -> None:
    kang = ActorRef("Kang Min-jae", "person", "Foreign Minister", None)
    office = ActorRef("Foreign Minister of Japan", "person", "Foreign Minister", "Japan")
    # Morikawa is known as Japanese from one report and as a foreign minister (no country) from another;
    # Kang holds the same title with no country known: the office is Morikawa, of its own country
    _say(store, "Tetsuya Morikawa of Japan visited Tokyo on Monday.", date(2026, 1, 5),
         ActorRef("Tetsuya Morikawa", "person", None, "Japan"))
    plan = article("Kang will meet Foreign Minister Tetsuya Morikawa in Seoul on Tuesday.", date(2026, 1, 15))
    store.add_article(plan, extraction(plan, event(plan, plan.text, "meet", "planned", "2026-01-20", place=SEOUL,
                                                   actor=kang, counterparts=(ActorRef("Tetsuya Morikawa", "person",
                                                                                      "Foreign Minister", None),))))
    done = article("Kang met the Japanese foreign minister in Seoul on Tuesday.", date(2026, 1, 20))
    store.add_article(done, extraction(done, event(done, done.text, "meet", "happened", "2026-01-20", place=SEOUL,
                                                   actor=kang, counterparts=(office,))))
    (ev,) = [e for e in store.events() if e.action == "meet"]
    assert (ev.status, [c.name for c in ev.counterparts], ev.articles()) == ("happened", ["Tetsuya Morikawa"], 2)
