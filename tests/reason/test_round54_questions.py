"""Round 54 (session 40): questions asked again long after their year-less day.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round54_a_year_less_day_asked_after_it_passed_is_the_day_the_plan_was_told_for(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, February 20 (Wire) - President Amani Korir will open the new Athi river bridge on March 2, the "
         "transport ministry said on Friday.", date(2026, 2, 20)),
        ("NAIROBI, March 2 (Wire) - President Amani Korir opened the Athi river bridge on Monday, cutting the "
         "ribbon before a crowd of traders.", date(2026, 3, 2)),
    ])
    question = "Will Amani Korir open the Athi river bridge on March 2?"
    late = ask(store, question, date(2026, 4, 20))  # read against the as-of day, March 2 would be next year's
    assert late.window == (date(2026, 3, 2), date(2026, 3, 2)), late.window
    assert late.resolution == "yes", late.reason
    early = ask(store, question, date(2026, 2, 21))
    assert early.window == (date(2026, 3, 2), date(2026, 3, 2)) and early.resolution is None


@pytest.mark.slow
def test_round54_a_year_less_day_with_no_plan_told_for_it_stays_ahead(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, April 10 (Wire) - President Amani Korir will open a grain terminal in Mombasa on May 4, his "
         "office said.", date(2026, 4, 10)),
    ])
    answer = ask(store, "Will Amani Korir open a grain terminal in Mombasa on January 15?", date(2026, 4, 20))
    assert answer.window == (date(2027, 1, 15), date(2027, 1, 15)), answer.window


@pytest.mark.slow
def test_round54_a_year_less_deadline_asked_after_the_event_is_read_against_its_report(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OSLO, Feb 18 (Wire) - Norway and Lithuania signed a memorandum on offshore wind cooperation on Wednesday, "
         "officials said.", date(2026, 2, 18)),
    ])
    answer = ask(store, "Will Norway sign an agreement with Lithuania by the end of February?", date(2026, 5, 20))
    assert answer.resolution == "yes", answer.reason


def test_round54_a_person_stored_by_post_has_no_surname() -> None:
    from dateline.reason.actor_match import namesakes
    from dateline.model import ActorInfo

    actors = [ActorInfo(1, "Leader of Egypt", "person", "Egypt"),
              ActorInfo(2, "Defence Minister of Egypt", "person", "Egypt"), ActorInfo(3, "Egypt", "country", "Egypt")]
    assert namesakes("Egypt", actors) == []
    assert namesakes("irrigation ministers of Egypt and Sudan", actors) == []


@pytest.mark.parametrize("question", [
    "Will the corruption trial of Hamid Rashidi begin before June 1, 2026?",
    "Will Hamid Rashidi's corruption trial open by June 1, 2026?",
])
def test_round54_a_modified_trial_of_a_person_is_asked_of_the_person(question: str) -> None:
    from dateline.reason.question import parse_question

    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.kind) == ("Hamid Rashidi", "trial", "actor")


def test_round54_two_leaders_holding_their_retreat_meet() -> None:
    from dateline.reason.question import parse_question

    pattern = parse_question("Will Sonexay Vong and Anutin Sakda hold their annual leaders' retreat in Luang Prabang?")
    assert (pattern.actor, pattern.action, pattern.target, pattern.place) == (
        "Sonexay Vong", "meet", "Anutin Sakda", "Luang Prabang")
    assert parse_question("Will ASEAN hold its summit in Manila?").action == "hold"


@pytest.mark.slow
def test_round54_a_compound_crowd_asked_with_its_place_is_the_stored_crowd(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GDANSK, March 2 (Wire) - Workers at the Gdansk container terminal will walk out for 24 hours next Monday "
         "unless management improves its pay offer, their union said on Monday.", date(2026, 3, 2)),
    ])
    answer = ask(store, "Will dockworkers at the Gdansk container terminal go on strike on March 9?", date(2026, 3, 3))
    assert answer.answer != "unknown" or answer.event is not None, answer.reason
    assert answer.event is not None and answer.event.action == "protest", answer.reason


@pytest.mark.parametrize(("question", "actor", "target"), [
    ("Will the foreign ministers of Armenia and Azerbaijan meet before June 30, 2026?",
     "foreign minister of Armenia", "foreign minister of Azerbaijan"),
    ("Will the defence ministers of Chile and of Peru meet in Lima?", "defence minister of Chile", "defence minister of Peru"),
])
def test_round54_the_posts_of_two_countries_meeting_are_one_countrys_post_meeting_the_others(
        question: str, actor: str, target: str) -> None:
    from dateline.reason.question import parse_question

    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == (actor, "meet", target)


@pytest.mark.slow
def test_round54_an_undated_plan_loses_chance_as_its_window_runs_out(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ANKARA, March 12 (Wire) - President Kemal Aydin will visit Yerevan, his office said on Thursday, adding that "
         "no date had been set.", date(2026, 3, 12)),
    ])
    question = "Will Kemal Aydin visit Yerevan before July 1, 2026?"
    early = ask(store, question, date(2026, 3, 12))
    late = ask(store, question, date(2026, 6, 19))
    assert late.resolution is None and late.probability < 0.15 < early.probability, (early.reason, late.reason)
    assert "no date" in late.reason, late.reason
