"""Round 35 (audit 54, own-words articles): a clause of another moment ("after talks two weeks ago ended") gives the
event neither its day nor its place; a part of a city ("on the outskirts of Dhaka") places the event in it; "the city"
is the city just named; a case noun alone ("the petition") does not keep a plan from its outcome; a government's
call-off of its parliament's vote; a meeting told of itself ("the May 7 meeting with X had lasted ...").
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.reason.ask import ask
from dateline.store.merge import what_answers, what_compatible

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of, text_events as _events

#: A Thursday.
THURSDAY = date(2027, 5, 20)


@pytest.mark.slow
def test_round35_an_after_clause_with_its_own_subject_keeps_its_day(nlp: Language) -> None:
    text = ("Thousands of teachers walked off the job on Thursday and marched through central Lima, after talks with "
            "the government two weeks ago ended without a deal.")
    events = _of(_events(nlp, text, THURSDAY), "protest")
    assert {e.date.value for e in events} == {"2027-05-20"}


@pytest.mark.slow
def test_round35_a_before_clause_with_its_own_subject_gives_no_day(nlp: Language) -> None:
    text = "Foreign Minister Ana Rocha will visit Lisbon before the parliament holds its vote on Friday."
    (ev,) = _of(_events(nlp, text, THURSDAY), "visit")
    assert ev.date.value is None


@pytest.mark.slow
def test_round35_the_outskirts_of_a_city_place_the_event_in_it(nlp: Language, tmp_path: Path) -> None:
    text = ("DHAKA, March 6 (Wire) - Thousands of garment workers blocked a highway on the northern outskirts of "
            "Dhaka on Sunday, police said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 3, 6)), "protest")
    assert (ev.date.value, ev.place and ev.place.name) == ("2028-03-05", "Dhaka")


@pytest.mark.slow
def test_round35_the_streets_of_a_city_place_a_march_in_it(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "Nurses marched through the streets of Cusco on Sunday.", THURSDAY), "protest")
    assert ev.place is not None and ev.place.name == "Cusco"


@pytest.mark.slow
def test_round35_the_city_is_the_city_just_named_not_the_dateline(nlp: Language, tmp_path: Path) -> None:
    text = ("LIMA, May 3 (Wire) - The union last staged a stoppage in October, when schools in Cusco stayed closed "
            "and police detained several demonstrators in the city's main square.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 5, 3)), "arrest")
    assert ev.place is not None and ev.place.name == "Cusco"


@pytest.mark.slow
def test_round35_a_meeting_told_of_itself_is_its_named_persons(nlp: Language) -> None:
    text = ("Union leader Rosa Quispe said the May 7 meeting with Education Minister Julio Salazar had lasted less "
            "than an hour.")
    (ev,) = _of(_events(nlp, text, THURSDAY), "meet")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Julio Salazar", "2027-05-07", "happened")


def test_round35_a_case_noun_alone_neither_joins_nor_parts_two_objects() -> None:
    assert what_compatible("petition", "referendum law") is None
    assert what_compatible("election petition", "referendum law") is False
    assert what_answers("petition", "referendum law") is None


@pytest.mark.slow
def test_round35_a_ruling_on_a_petition_and_the_ruling_on_its_law_are_one(tmp_path: Path) -> None:
    plan = ("LUSAKA, Nov 8 (Wire) - Zambia's Constitutional Court will deliver its ruling on Nov. 19 on a petition by "
            "opposition leader Mwila Banda.", date(2027, 11, 8))
    done = ("LUSAKA, Nov 20 (Wire) - Zambia's Constitutional Court on Friday dismissed opposition leader Mwila Banda's "
            "challenge to the referendum law.", date(2027, 11, 20))
    store = stored(tmp_path, [plan, done])
    (ev,) = [e for e in store.events() if e.action == "ruling"]
    assert (ev.date.value, ev.status, ev.what) == ("2027-11-19", "happened", "referendum law")
    out = ask(store, "Will Zambia's Constitutional Court rule on Mwila Banda's petition by November 20, 2027?",
              date(2027, 11, 21))
    assert (out.answer, out.resolution) == ("yes", "yes")


@pytest.mark.slow
def test_round35_a_governments_call_off_of_its_parliaments_vote_is_that_vote(tmp_path: Path) -> None:
    plan = ("WELLINGTON, Feb 14 (Wire) - New Zealand's parliament will hold its final vote on the Fisheries Amendment "
            "Bill on Feb. 23.", date(2028, 2, 14))
    off = ("WELLINGTON, Feb 21 (Wire) - The New Zealand government on Monday called off Wednesday's final vote on the "
           "Fisheries Amendment Bill.", date(2028, 2, 21))
    store = stored(tmp_path, [plan, off])
    (ev,) = [e for e in store.events() if e.action == "vote"]
    assert (ev.date.value, ev.status, ev.place and ev.place.name) == ("2028-02-23", "cancelled", "Wellington")


@pytest.mark.slow
def test_round35_a_meeting_told_of_itself_marks_the_plan_held(tmp_path: Path) -> None:
    plan = ("LIMA, May 5 (Wire) - Education Minister Julio Salazar will meet teachers' union leaders at the ministry "
            "in Lima on Friday.", date(2027, 5, 5))
    told = ("LIMA, May 20 (Wire) - Union leader Rosa Quispe said the May 7 meeting with Education Minister Julio "
            "Salazar had lasted less than an hour.", date(2027, 5, 20))
    store = stored(tmp_path, [plan, told])
    (ev,) = [e for e in store.events() if e.action == "meet"]
    assert (ev.actor.name, ev.date.value, ev.status) == ("Julio Salazar", "2027-05-07", "happened")


@pytest.mark.slow
def test_round35_the_union_is_the_federation_named_before(nlp: Language) -> None:
    text = ("Peru's National Federation of Education Workers on Wednesday postponed the national strike it had planned "
            "for Thursday. The union said the stoppage would now take place on May 20.")
    events = _of(_events(nlp, text, date(2027, 5, 5)), "protest")
    assert {e.actor.name for e in events} == {"National Federation of Education Workers"}
    assert {e.date.value for e in events} == {"2027-05-20"}


@pytest.mark.slow
def test_round35_a_postponed_strike_and_its_stoppage_on_the_new_day_are_one(tmp_path: Path) -> None:
    text = ("LIMA, May 5 (Wire) - Peru's National Federation of Education Workers on Wednesday postponed the national "
            "strike it had planned for Thursday. The union said the stoppage would now take place on May 20.")
    store = stored(tmp_path, [(text, date(2027, 5, 5))])
    (ev,) = [e for e in store.events() if e.action == "protest"]
    assert (ev.date.value, ev.status) == ("2027-05-20", "postponed")


def test_round35_a_stoppage_is_a_strike() -> None:
    assert what_compatible("national strike", "stoppage") is not False
    assert what_compatible("rail stoppage", "rail strike") is True
