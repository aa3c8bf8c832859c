"""Round 87 (session 73): questions from audits 328-333 and the deployment family: troops sent or pulled out asked by
where they go or leave, a plan moved past a question's window, proposals of deployments. Sentences and names are our
own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.propose import propose
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize("question,parsed", [
    ("Will India deploy troops to Ladakh by June 30, 2026?", ("deploy", "troops", "Ladakh")),
    ("Will Britain send warships to the Red Sea?", ("deploy", "warships", "Red Sea")),
    ("Will the United States pull troops out of Germany by December 31, 2026?", ("withdraw", "troops", "Germany")),
    ("Will France withdraw its forces from Niger?", ("withdraw", "its forces", "Niger")),
])
def test_round87_forces_sent_or_pulled_out_are_asked_by_where_they_go_or_leave(question: str,
                                                                             parsed: tuple[str, str, str]) -> None:
    pattern = parse_question(question)
    assert (pattern.action, pattern.what, pattern.place) == parsed


@pytest.mark.slow
def test_round87_a_withdrawal_from_one_country_answers_no_other(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("WASHINGTON, June 3 (Wire) - The United States will pull 3,000 troops out of Germany by the end of the year. "
         "It completed the withdrawal of its forces from Niger on Sunday.", date(2026, 6, 3))])
    germany = ask(store, "Will the United States withdraw troops from Germany by December 31, 2026?", as_of=date(2026, 6, 3))
    assert (germany.answer, germany.resolution) == ("yes", None), germany.reason
    niger = ask(store, "Will the United States withdraw forces from Niger by June 30, 2026?", as_of=date(2026, 6, 3))
    assert (niger.answer, niger.resolution) == ("yes", "yes"), niger.reason


@pytest.mark.slow
def test_round87_a_planned_deployment_is_proposed_with_its_destination(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TOKYO, June 1 (Wire) - Japan will dispatch two destroyers to the Gulf of Aden in July to escort merchant "
         "ships, the defence ministry said.", date(2026, 6, 1))])
    assert [p.question for p in propose(store, date(2026, 6, 1))] == [
        "Will Japan deploy destroyers to the Gulf of Aden by July 31, 2026?"]


@pytest.mark.slow
def test_round87_a_plan_moved_past_the_window_before_it_closed_resolves_no_the_next_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("STOCKHOLM, March 3 (Wire) - King Carl XVI Gustaf will make a state visit to Canada from May 19 to May 21, the "
         "Royal Court said.", date(2026, 3, 3)),
        ("STOCKHOLM, April 8 (Wire) - The king's state visit to Canada has been moved to September, the Royal Court "
         "said.", date(2026, 4, 8))])
    question = "Will King Carl XVI Gustaf visit Canada by May 31, 2026?"
    before = ask(store, question, as_of=date(2026, 5, 30))
    assert (before.answer, before.resolution) == ("no", None), before.reason
    after = ask(store, question, as_of=date(2026, 6, 1))
    assert (after.resolution, after.cited.published if after.cited else None) == ("no", date(2026, 4, 8)), after.reason


@pytest.mark.parametrize("question,parsed", [
    ("Will Colombia and the ELN resume peace talks by September 30, 2026?", ("Colombia", "meet", "ELN")),
    ("Will Russia and Ukraine hold talks in Istanbul?", ("Russia", "meet", "Ukraine")),
])
def test_round87_talks_resumed_or_held_by_two_sides_are_their_meeting(question: str, parsed: tuple[str, str, str]) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == parsed


@pytest.mark.slow
def test_round87_a_place_asked_with_a_direction_word_is_the_place_named(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BAGHDAD, June 1 (Wire) - Turkey plans to withdraw its troops from the Bashiqa base in northern Iraq by the end "
         "of June, an Iraqi official said.", date(2026, 6, 1))])
    answer = ask(store, "Will Turkey withdraw its troops from northern Iraq by June 30, 2026?", as_of=date(2026, 6, 2))
    assert answer.event is not None and answer.answer == "yes", answer.reason


@pytest.mark.parametrize("question", [
    "Will a verdict be delivered in Otavio Lins's case by June 15, 2026?",
    "Will a ruling be handed down in the trial of Otavio Lins by June 15, 2026?",
])
def test_round87_a_verdict_asked_in_the_passive_is_the_defendants(question: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action) == ("Otavio Lins", "verdict")


@pytest.mark.parametrize("question,parsed", [
    ("Will Egypt and the IMF reach a staff-level agreement by June 30, 2026?", ("Egypt", "agree", "IMF")),
    ("Will Egypt reach an agreement with the IMF by June 30, 2026?", ("Egypt", "agree", "the IMF")),
])
def test_round87_a_deal_reached_asks_for_the_sides_agreeing(question: str, parsed: tuple[str, str, str]) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == parsed


@pytest.mark.slow
def test_round87_a_deal_reached_is_answered_by_the_agreement_with_the_other_side(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CAIRO, June 26 (Wire) - Egypt reached a staff-level agreement with the International Monetary Fund on Friday "
         "for a new loan.", date(2026, 6, 26))])
    answer = ask(store, "Will Egypt and the IMF reach a staff-level agreement by June 30, 2026?", as_of=date(2026, 6, 26))
    assert (answer.resolution, "reached an agreement with" in answer.reason) == ("yes", True), answer.reason


def test_round87_a_hearing_in_someones_case_is_their_hearing() -> None:
    pattern = parse_question("Will the hearing in Governor Daniel Mutai's corruption case take place by May 31, 2026?")
    assert (pattern.actor, pattern.action) == ("Governor Daniel Mutai", "hearing")


@pytest.mark.slow
def test_round87_a_final_watched_answers_whether_the_guest_attends_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("PARIS, July 15 (Wire) - French President Emmanuel Macron will attend the World Cup final at MetLife Stadium on "
         "Sunday, his office said.", date(2026, 7, 15)),
        ("EAST RUTHERFORD, July 20 (Wire) - Emmanuel Macron watched the World Cup final from the stands at MetLife "
         "Stadium on Sunday.", date(2026, 7, 20))])
    answer = ask(store, "Will Emmanuel Macron watch the World Cup final at MetLife Stadium?", as_of=date(2026, 7, 20))
    assert (answer.resolution, answer.cited.published if answer.cited else None) == ("yes", date(2026, 7, 20)), \
        answer.reason


@pytest.mark.slow
def test_round87_a_disputed_launch_leaves_room_for_an_undisputed_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("WASHINGTON, Sept 8 (Wire) - Iran test-fired a ballistic missile on Monday, the Pentagon said.", date(2026, 9, 8)),
        ("TEHRAN, Sept 9 (Wire) - Iran denied that it had test-fired a ballistic missile on Monday.", date(2026, 9, 9)),
        ("TEHRAN, Sept 20 (Wire) - Iran launched a ballistic missile on Saturday, state television reported.",
         date(2026, 9, 20))])
    question = "Will Iran launch a ballistic missile by September 30, 2026?"
    assert ask(store, question, as_of=date(2026, 9, 9)).resolution == "ambiguous"
    later = ask(store, question, as_of=date(2026, 9, 20))
    assert (later.resolution, later.cited.published if later.cited else None) == ("yes", date(2026, 9, 20)), later.reason
