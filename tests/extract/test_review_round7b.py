"""Extraction gaps left by the seventh review round (part b): own-words sentences.

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


# 1. a title's initials stand for the article's holder of the title


@pytest.mark.parametrize("text", [
    "Foreign Minister (FM) Lena Marsh will visit Chile from 3 to 5 March. During the visit, FM will call on President Ana Soto.",
    "Foreign Minister Lena Marsh will visit Chile from 3 to 5 March. During the visit, FM will call on President Ana Soto.",
    "External Affairs Minister Lena Marsh will visit Chile from 3 to 5 March. During the visit, EAM will call on President Ana Soto.",
])
def test_review_round7b_title_initials_are_the_holder(nlp: Language, text: str) -> None:
    events = _events(nlp, text, date(2026, 3, 2))
    assert {e.actor.name for e in events} == {"Lena Marsh"}
    (meet,) = [e for e in events if e.action == "meet"]
    assert ([c.name for c in meet.counterparts], meet.status) == (["Ana Soto"], "planned")
    assert events[0].actor.title in ("Foreign Minister", "External Affairs Minister")


def test_review_round7b_clock_pm_is_no_person(nlp: Language) -> None:
    text = "Prime Minister Lena Marsh will meet President Ana Soto at 5 PM on Monday."
    assert _rows(_events(nlp, text, date(2026, 3, 4))) == [("meet", "Lena Marsh", ("Ana Soto",), None, "2026-03-09T17:00", "planned")]


# 4. a role phrase the recognizer took for a name, and a headline's verb run into the name


def test_review_round7b_role_phrase_entity_is_the_holder(nlp: Language) -> None:
    text = ("President Amadou Kone Leaves for Dakar\n"
            "The President of the Republic, Amadou Kone, left the country on Friday for Dakar, where he will attend a summit. "
            "The Head of State was seen off at the airport by the Prime Minister, Ali Traore. "
            "The Head of State is accompanied by the Minister of Foreign Affairs, Awa Keita.")
    events = _events(nlp, text, date(2026, 3, 6))
    assert {e.actor.name for e in events} == {"Amadou Kone"}
    (travel,) = [e for e in events if e.action == "travel"]
    assert (travel.place.name if travel.place else None, travel.date.value, travel.status) == ("Dakar", "2026-03-06", "happened")


# 6. "After the talks, ..." is on the day of the talks told before


def test_review_round7b_after_the_talks_takes_their_day(nlp: Language) -> None:
    text = ("President Ana Soto held talks with President Luis Mora in Lima on Tuesday. Both praised the ties. "
            "After the talks, the two presidents attended the signing of trade agreements.")
    events = _events(nlp, text, date(2026, 3, 4))
    attends = [e for e in events if e.action == "attend"]
    assert attends and {(e.date.value, e.status) for e in attends} == {("2026-03-03", "happened")}


# 2. "the two leaders" are the visitor and his host, not a deputy who greeted him


def test_review_round7b_two_leaders_skip_a_deputy(nlp: Language) -> None:
    text = ("Chilean President Luis Mora arrived in Lima on Monday at the invitation of President Ana Soto. "
            "Mora was received at the airport by Vice President Rosa Diaz. On Tuesday, the two leaders will hold talks.")
    (meet,) = [e for e in _events(nlp, text, date(2026, 3, 2)) if e.action == "meet"]
    assert (meet.actor.name, [c.name for c in meet.counterparts], meet.date.value, meet.status) == \
        ("Luis Mora", ["Ana Soto"], "2026-03-03", "planned")


# 5. a city written with a straight apostrophe


def test_review_round7b_straight_apostrophe_city(nlp: Language) -> None:
    events = _events(nlp, "President Ana Soto will travel to Xi'an on Friday, where she will tour a factory.", date(2026, 3, 3))
    assert {(e.place.name if e.place else None, e.place.country if e.place else None) for e in events} == {("Xi’an", "China")}
