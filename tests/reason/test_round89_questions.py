"""Round 89 (session 75): questions from the audits: the one who appoints or dismisses someone is asked about the
appointment or dismissal the store keeps under the person named. Sentences and names are our own. June 1, 2026 is a
Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.errors import QuestionError
from dateline.reason.ask import ask
from dateline.reason.question import parse_question, window_interval

from ..stored import stored


@pytest.mark.slow
def test_round89_the_appointer_is_asked_about_the_appointment_he_made(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OSLO, June 1 (Wire) - Norway's Prime Minister Ivar Lunde sacked Fisheries Minister Odd Strand on Monday and "
         "said he would name a successor on Tuesday.", date(2026, 6, 1)),
        ("OSLO, June 2 (Wire) - Norway's Prime Minister Ivar Lunde on Tuesday appointed Berit Holm as the new "
         "fisheries minister.", date(2026, 6, 2))])
    answer = ask(store, "Will Ivar Lunde appoint a new fisheries minister by June 30, 2026?", as_of=date(2026, 6, 2))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason
    assert "appointed a fisheries minister" in answer.reason
    assert answer.event is not None and answer.event.actor.name == "Berit Holm"
    fired = ask(store, "Will Ivar Lunde dismiss Odd Strand by June 30, 2026?", as_of=date(2026, 6, 2))
    assert fired.resolution == "yes", fired.reason


@pytest.mark.slow
def test_round89_an_appointment_by_someone_else_does_not_answer(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OSLO, June 2 (Wire) - Norway's King Harald on Tuesday appointed Berit Holm as the new fisheries minister.",
         date(2026, 6, 2)),
        ("OSLO, June 2 (Wire) - Norway's Prime Minister Ivar Lunde said on Tuesday he would name a new health "
         "minister next week.", date(2026, 6, 2))])
    answer = ask(store, "Will Ivar Lunde appoint a new fisheries minister by June 30, 2026?", as_of=date(2026, 6, 2))
    assert answer.resolution is None, answer.reason


@pytest.mark.parametrize("question,actor,action,target,place,what", [
    ("Will Japanese and Russian diplomats hold talks in Istanbul on easing sanctions by June 30, 2026?",
     "Japanese", "meet", "Russian diplomats", "Istanbul", None),
    ("Will the U.N. Security Council vote to lift sanctions on Guinea-Bissau by May 15, 2026?",
     "U.N. Security Council", "ease", "Guinea-Bissau", None, "sanctions"),
    ("Will Armenia and Azerbaijan carry out an exchange of detainees by November 30, 2026?",
     "Armenia", "exchange", "Azerbaijan", None, "an exchange of detainees"),
    ("Will Ivar Lunde appoint a new fisheries minister by June 30, 2026?",
     "Ivar Lunde", "appoint", None, None, "fisheries minister"),
])
def test_round89_questions_read(question: str, actor: str, action: str, target: str | None, place: str | None,
                                what: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target, pattern.place, pattern.what) == (actor, action, target, place, what)


def test_round89_on_or_before_a_day_is_by_that_day() -> None:
    window = window_interval(parse_question("Will the crew of the Aegean Star be freed on or before September 13, "
                                            "2026?").window, date(2026, 9, 1), False)
    assert window is not None and window[1] == date(2026, 9, 13)


@pytest.mark.slow
def test_round89_a_bloc_is_asked_by_its_name_for_its_regions_summit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, July 1 (Wire) - West African heads of state will hold their ordinary summit in Abuja on July 12, the "
         "regional bloc said on Wednesday.", date(2026, 7, 1))])
    answer = ask(store, "Will ECOWAS hold its summit in Abuja by July 15, 2026?", as_of=date(2026, 7, 1))
    assert answer.event is not None and answer.event.date.value == "2026-07-12", answer.reason
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.2


@pytest.mark.parametrize("question,action,place", [
    ("Will Nigeria begin withdrawing its troops from the Gambia by July 31, 2026?", "withdraw", "Gambia"),
    ("Will Italy start the withdrawal of its peacekeepers from Lebanon by October 31, 2026?", "withdraw", "Lebanon"),
    ("Will Kenya start deploying police officers to Haiti?", "deploy", "Haiti"),
])
def test_round89_beginning_an_act_asks_for_the_act(question: str, action: str, place: str) -> None:
    pattern = parse_question(question)
    assert (pattern.action, pattern.place) == (action, place)


def test_round89_completing_a_withdrawal_is_not_read_as_its_beginning() -> None:
    with pytest.raises(QuestionError):
        parse_question("Will Italy complete the withdrawal of its peacekeepers from Lebanon by December 31, 2026?")


@pytest.mark.slow
def test_round89_a_vote_to_extend_a_mission_is_answered_by_the_vote_whose_sentence_names_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("UNITED NATIONS, April 27 (Wire) - The U.N. Security Council is scheduled to vote on Thursday on extending "
         "the mandate of the peacekeeping mission in South Sudan for another year, diplomats said.", date(2026, 4, 27))])
    answer = ask(store, "Will the U.N. Security Council vote to extend the South Sudan peacekeeping mission by May 15, "
                 "2026?", as_of=date(2026, 4, 27))
    assert answer.event is not None and answer.event.date.value == "2026-04-30", answer.reason
    assert answer.probability is not None and answer.probability >= 0.5


@pytest.mark.parametrize("question,action,target", [
    ("Will India withdraw its retaliatory tariffs on U.S. almonds by March 31, 2026?", "ease", "United States"),
    ("Will India lift its retaliatory tariffs on U.S. almonds by March 31, 2026?", "ease", "United States"),
    ("Will the EU scrap sanctions on Syria?", "ease", "Syria"),
    ("Will Italy withdraw its troops from Lebanon by October 31, 2026?", "withdraw", None),
])
def test_round89_a_measure_ended_and_the_goods_of_a_country(question: str, action: str, target: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.action, pattern.target) == (action, target)
