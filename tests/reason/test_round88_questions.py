"""Round 88 (session 74): questions from audits 339-343: a window "before" a day ends the day before it, a departure
is asked with "leave", and an agreement reached is no signing. Sentences and names are our own. June 1, 2026 is a
Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question, window_interval

from ..stored import stored


@pytest.mark.parametrize("question,last", [
    ("Will South Korea open its embassy in Kigali before March 28, 2026?", date(2026, 3, 27)),
    ("Will Ana Duarte visit Kenya before May 2026?", date(2026, 4, 30)),
    ("Will Ana Duarte visit Kenya by May 2026?", date(2026, 5, 31)),
    ("Will Ana Duarte visit Kenya before the end of the year?", date(2026, 12, 31)),
])
def test_round88_a_window_before_a_day_ends_the_day_before_it(question: str, last: date) -> None:
    window = window_interval(parse_question(question).window, date(2026, 3, 2), False)
    assert window is not None and window[1] == last


@pytest.mark.parametrize("question,action", [
    ("Will Igor Baranov leave Gdansk by June 20, 2026?", "depart"),
    ("Will Igor Baranov leave for Moscow by June 20, 2026?", "visit"),
    ("Will Igor Baranov leave office by June 20, 2026?", "resign"),
])
def test_round88_leaving_is_asked_as_a_departure_a_journey_or_a_resignation(question: str, action: str) -> None:
    assert parse_question(question).action == action


@pytest.mark.slow
def test_round88_a_departure_answers_a_leave_question(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GDANSK, June 12 (Wire) - Russia closed its consulate general in Gdansk on Friday. Consul General Igor Baranov "
         "left Gdansk by car shortly afterwards, a border guard spokesman said.", date(2026, 6, 12))])
    answer = ask(store, "Will Russian Consul General Igor Baranov leave Gdansk by June 20, 2026?", as_of=date(2026, 6, 12))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason
    assert "left Gdańsk" in answer.reason


@pytest.mark.slow
def test_round88_an_agreement_reached_does_not_resolve_a_signing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, June 6 (Wire) - Britain and the Gulf Cooperation Council reached agreement on a free trade deal on "
         "Friday after a week of negotiations in Riyadh, the British government said.", date(2026, 6, 6))])
    answer = ask(store, "Will Britain and the Gulf Cooperation Council sign a free trade agreement by December 31, 2026?",
                 as_of=date(2026, 6, 6))
    assert answer.resolution is None, answer.reason


@pytest.mark.slow
def test_round88_a_blocs_gathering_is_asked_by_the_blocs_name_or_its_regions(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KUALA LUMPUR, June 3 (Wire) - Malaysia will host a special meeting of Southeast Asian economy ministers in "
         "Kuala Lumpur on June 16, the trade minister said.", date(2026, 6, 3))])
    answer = ask(store, "Will Malaysia host the special meeting of ASEAN economy ministers in Kuala Lumpur before July 1, "
                 "2026?", as_of=date(2026, 6, 3))
    assert (answer.answer, answer.resolution) == ("yes", None), answer.reason
    assert answer.event is not None and answer.event.action == "host"


@pytest.mark.slow
def test_round88_an_arraignment_is_asked_as_a_hearing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, June 3 (Wire) - The anti-graft court will arraign former senator Ramon Villacorta on plunder charges "
         "on June 23.", date(2026, 6, 3))])
    answer = ask(store, "Will Ramon Villacorta be arraigned by June 30, 2026?", as_of=date(2026, 6, 3))
    assert (answer.answer, answer.resolution) == ("yes", None), answer.reason
    late = ask(store, "Was Ramon Villacorta arraigned by June 30, 2026?", as_of=date(2026, 7, 2))
    assert late.resolution == "no", late.reason


@pytest.mark.slow
def test_round88_a_launch_is_asked_by_the_site_it_lifts_off_from(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TOKYO, June 1 (Wire) - Japan will launch its Himawari-11 weather satellite aboard an H3 rocket from the "
         "Tanegashima Space Center on Saturday, the space agency said.", date(2026, 6, 1)),
        ("TANEGASHIMA, Japan, June 10 (Wire) - An H3 rocket carrying Japan's Himawari-11 weather satellite blasted off "
         "from the Tanegashima Space Center on Wednesday, four days later than first planned.", date(2026, 6, 10))])
    question = "Will Japan launch the Himawari-11 weather satellite from Tanegashima by June 30, 2026?"
    before = ask(store, question, as_of=date(2026, 6, 1))
    assert (before.answer, before.resolution) == ("yes", None), before.reason
    after = ask(store, question, as_of=date(2026, 6, 10))
    assert after.resolution == "yes", after.reason
    assert "from Tanegashima Space Center" in after.reason
