"""Round 34 (audits 52 and 53, own-words articles): record phrases that describe an actor, sidelines meetings long
past, talks only thought of, one person's trip to a gathering called off, vigils, and country names of several words
the recognizer takes for a person.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import datelined_events, of_action as _of, text_events as _events

pytestmark = pytest.mark.slow

#: A Monday.
MONDAY = date(2027, 3, 8)



def test_round34_the_first_leader_to_visit_a_region_describes_and_tells_no_visit(nlp: Language) -> None:
    text = ("Prime Minister Liis Tamm will travel to Ghana next week, becoming the first head of government of her "
            "country to visit West Africa.")
    assert [e.action for e in _events(nlp, text, MONDAY)] == ["travel"]


def test_round34_a_record_phrase_with_its_own_time_still_tells_its_event(nlp: Language) -> None:
    events = _events(nlp, "Prime Minister Liis Tamm became the first leader to visit Cuba in 1999.", MONDAY)
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("visit", "Liis Tamm", "1999")]


def test_round34_a_meeting_on_the_sidelines_of_a_gathering_months_ago_is_not_in_the_dateline_city(
        nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, March 8 (Wire) - Prime Minister Liis Tamm met President Kofi Mensah briefly on the sidelines "
            "of a conference in September last year.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, MONDAY), "meet")
    assert (ev.date.value, ev.place) == ("2026-09", None)


def test_round34_a_meeting_on_the_sidelines_this_week_is_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, March 8 (Wire) - Prime Minister Liis Tamm met President Kofi Mensah on the sidelines of the "
            "conference on Monday.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, MONDAY), "meet")
    assert ev.place is not None and ev.place.name == "Tallinn"


def test_round34_talks_set_as_a_condition_are_no_meeting(nlp: Language) -> None:
    text = ("President Adnan Kovac will meet the envoy in Mostar on Thursday. The meeting will focus on reforms that "
            "the EU has set as conditions for membership talks.")
    events = _of(_events(nlp, text, MONDAY), "meet")
    assert [(e.actor.name, e.date.value) for e in events] == [("Adnan Kovac", "2027-03-11")]


def test_round34_a_trip_to_a_summit_called_off_leaves_the_delegations_plan_standing(nlp: Language) -> None:
    text = ("President Said Omar has called off his trip to the summit. Foreign Minister Amina Issa will lead the "
            "delegation to the summit, which opens in Port Moresby on Wednesday.")
    (ev,) = [e for e in _of(_events(nlp, text, MONDAY), "attend") if e.actor.name == "Amina Issa"]
    assert (ev.status, ev.date.value) == ("planned", "2027-03-10")


def test_round34_a_vigil_is_a_protest(nlp: Language) -> None:
    (ev,) = _events(nlp, "Hundreds of activists held a vigil outside parliament in Georgetown on Wednesday.", MONDAY)
    assert (ev.action, ev.what, ev.date.value) == ("protest", "vigil", "2027-03-03")


def test_round34_a_candlelight_vigil_for_victims_is_mourning(nlp: Language) -> None:
    assert _events(nlp, "Relatives held a candlelight vigil for the victims on Wednesday.", MONDAY) == []


@pytest.mark.parametrize("text", [
    "Sri Lanka signed an agreement with Ghana on Monday.",
    "COLOMBO, March 8 (Wire) - Sri Lanka signed an agreement with Ghana on Monday.",
])
def test_round34_a_country_name_of_two_words_is_an_actor(nlp: Language, tmp_path: Path, text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, text, MONDAY)
    assert (ev.action, ev.actor.name, [c.name for c in ev.counterparts]) == ("sign", "Sri Lanka", ["Ghana"])


def test_round34_an_office_named_by_a_two_word_country_keeps_the_country_whole(nlp: Language) -> None:
    (ev,) = _events(nlp, "Sri Lanka's ports minister will visit Accra on Thursday.", MONDAY)
    assert ev.actor.name == "Ports Minister of Sri Lanka"


def test_round34_a_meeting_told_after_a_trip_next_week_is_on_that_weeks_weekday(nlp: Language) -> None:
    text = ("Prime Minister Liis Tamm will travel to Ghana next week. She will hold talks with President Kofi Mensah in "
            "Accra on Wednesday.")
    (ev,) = _of(_events(nlp, text, MONDAY), "meet")
    assert (ev.date.value, ev.place.name if ev.place else None) == ("2027-03-17", "Accra")


def test_round34_another_persons_meeting_keeps_this_weeks_weekday(nlp: Language) -> None:
    text = ("Prime Minister Liis Tamm will travel to Ghana next week. President Kofi Mensah will meet Finance Minister "
            "Ama Owusu in Accra on Wednesday.")
    (ev,) = _of(_events(nlp, text, MONDAY), "meet")
    assert ev.date.value == "2027-03-10"


def test_round34_a_plan_put_off_by_a_week_from_its_relative_clauses_day(nlp: Language) -> None:
    text = "The teachers' union has postponed a strike that was due to start on Monday by one week."
    (ev,) = _of(_events(nlp, text, date(2027, 3, 7)), "protest")
    assert (ev.status, ev.date.value) == ("postponed", "2027-03-15")


def test_round34_a_plan_put_off_with_no_new_day_keeps_its_old_day_noted(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "The union suspended a strike that was due to start on Monday.", date(2027, 3, 7)), "protest")
    assert (ev.status, ev.date.value, ev.date.note) == ("postponed", "2027-03-08", "the day its relative clause planned")
