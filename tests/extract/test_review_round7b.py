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
