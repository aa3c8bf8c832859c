"""Round 83 (session 69): stories across articles from audits 299-305: a plan moved to another place and held there is
one event (its old place answered no), a signed text kept however each report names it, and a country's call-off of a
meeting its minister was to host. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored

_PLAN = ("CANBERRA, June 4 (Wire) - Australian Trade Minister Daniel Hartley will sign a comprehensive economic "
         "partnership agreement with the United Arab Emirates in Dubai on Monday, the government said on Thursday.",
         date(2026, 6, 4))
_HELD = ("ABU DHABI, June 8 (Wire) - Australia and the United Arab Emirates signed a comprehensive economic partnership "
         "agreement in Abu Dhabi on Monday, after the ceremony was moved from Dubai at short notice. Trade Minister Daniel "
         "Hartley and Emirati Minister of State Rashid Al Mansoori put their signatures to the pact at the palace.",
         date(2026, 6, 8))


@pytest.mark.slow
def test_round83_a_signing_moved_to_another_city_and_held_there_is_one_signing(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _HELD])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in signs] == [
        ("Daniel Hartley", "happened", "2026-06-08", "Abu Dhabi")]
    assert signs[0].history[-1].moved_from is not None and signs[0].history[-1].moved_from.name == "Dubai"
    assert signs[0].what is not None and "agreement" in signs[0].what


@pytest.mark.slow
@pytest.mark.parametrize(("question", "resolution"), [
    ("Will Daniel Hartley sign the trade agreement with the UAE by June 10, 2026?", "yes"),
    ("Will Daniel Hartley sign the trade agreement in Abu Dhabi by June 10, 2026?", "yes"),
    ("Will Daniel Hartley sign the trade agreement in Dubai by June 10, 2026?", "no"),
])
def test_round83_a_moved_signing_answers_its_new_place_yes_and_its_old_place_no(
        tmp_path: Path, question: str, resolution: str) -> None:
    answer = ask(stored(tmp_path, [_PLAN, _HELD]), question, as_of=date(2026, 6, 9))
    assert (answer.resolved, answer.resolution) == (True, resolution), answer.reason


@pytest.mark.slow
def test_round83_talks_moved_after_the_fact_answer_the_old_city_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, May 12 (Wire) - Peruvian Foreign Minister Ana Torres will host her Bolivian counterpart Luis Quiroga in "
         "Lima on May 20 for talks on water rights.", date(2027, 5, 12)),
        ("AREQUIPA, May 21 (Wire) - Torres and Quiroga met in Arequipa on Thursday, after the talks were moved from "
         "Lima.", date(2027, 5, 21)),
    ])
    lima = ask(store, "Will Ana Torres meet Luis Quiroga in Lima by May 25, 2027?", as_of=date(2027, 5, 22))
    arequipa = ask(store, "Will Ana Torres meet Luis Quiroga in Arequipa by May 25, 2027?", as_of=date(2027, 5, 22))
    assert (lima.resolution, arequipa.resolution) == ("no", "yes")


@pytest.mark.slow
def test_round83_a_planned_signing_and_its_outcome_named_otherwise_are_one_signing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BUCHAREST, June 19 (Wire) - Romanian Transport Minister Ana Popescu will sign an agreement with Bulgaria in Ruse "
         "on Wednesday to build a second Danube bridge, the ministry said.", date(2026, 6, 19)),
        ("RUSE, Bulgaria, June 24 (Wire) - Romanian Transport Minister Ana Popescu signed a deal with Bulgaria in Ruse on "
         "Wednesday on a new road bridge across the Danube.", date(2026, 6, 24)),
    ])
    signs = [(e.status, e.date.value) for e in store.events() if e.action == "sign"]
    assert signs == [("happened", "2026-06-24")]


@pytest.mark.slow
def test_round83_a_country_calling_off_a_meeting_its_minister_was_to_host_calls_off_the_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 11 (Wire) - Peru's Economy and Finance Minister Lucia Paredes will host finance ministers from "
         "Colombia, Ecuador and Bolivia in Lima on June 19, the ministry said on Thursday.", date(2026, 6, 11)),
        ("LIMA, June 17 (Wire) - Peru has called off a meeting of Andean finance ministers that was due to take place in "
         "Lima on Friday, the foreign ministry said on Wednesday.", date(2026, 6, 17)),
    ])
    hosts = [(e.actor.name, e.status, e.date.value) for e in store.events() if e.action == "host"]
    assert hosts == [("Lucia Paredes", "cancelled", "2026-06-19")]


@pytest.mark.slow
def test_round83_a_plan_called_off_for_the_weekday_just_past_is_that_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, June 8 (Wire) - Police chief Ramon Villacorta said he would meet Chinese Ambassador Huang Wei on "
         "Wednesday to discuss the case.", date(2026, 6, 8)),
        ("MANILA, June 12 (Wire) - A meeting between police chief Ramon Villacorta and the Chinese ambassador planned for "
         "Wednesday was called off after the embassy asked for more time, a police spokesman said.", date(2026, 6, 12)),
    ])
    meetings = [(e.status, e.date.value) for e in store.events() if e.action == "meet"]
    assert meetings == [("cancelled", "2026-06-10")]
    answer = ask(store, "Will Ramon Villacorta meet Huang Wei on June 10, 2026?", as_of=date(2026, 6, 13))
    assert (answer.resolved, answer.resolution) == (True, "no")


@pytest.mark.slow
def test_round83_a_crowd_marching_on_the_day_its_federation_called_is_that_march(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, June 4 (Wire) - Chile's main university student body, the National Student Federation, called a "
         "national march in Santiago for next Thursday to protest against higher tuition fees.", date(2026, 6, 4)),
        ("SANTIAGO, June 11 (Wire) - Tens of thousands of students marched through central Santiago on Thursday, in the "
         "largest education protest in Chile in five years.", date(2026, 6, 11)),
    ])
    marches = [(e.actor.name, e.status, e.date.value) for e in store.events() if e.action == "protest"]
    assert marches == [("National Student Federation", "happened", "2026-06-11")]
