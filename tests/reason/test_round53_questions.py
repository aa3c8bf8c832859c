"""Round 53 (audits 191-193): questions about an opening, a body's ministers, a strike with its kind words, and a
place asked without its accent.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.errors import QuestionError
from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize(("question", "action", "what"), [
    ("Will Mwila Sata open a new bridge over the Luangwa by May 10?", "open", "a new bridge"),
    ("Did Mwila Sata inaugurate a cargo terminal?", "open", "a cargo terminal"),
])
def test_round53_opening_a_facility_is_asked_as_an_opening(question: str, action: str, what: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.what) == ("Mwila Sata", action, what)


def test_round53_open_with_no_facility_is_still_the_aspect_of_another_act() -> None:
    assert parse_question("Will Mwila Sata open talks with Peter Banda?").action == "meet"
    with pytest.raises(QuestionError, match="E402"):
        parse_question("Will the cabinet open an inquiry?")


@pytest.mark.parametrize("question", [
    "Will Zambian teachers go on a nationwide strike on March 16?",
    "Will Zambian teachers stage a two-day strike on March 16?",
    "Will Zambian teachers go on strike on March 16?",
])
def test_round53_a_strike_with_its_kind_words_is_a_strike(question: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action) == ("Zambian teachers", "protest")


@pytest.mark.slow
def test_round53_a_bodys_foreign_ministers_are_the_body(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 6 (Wire) - Foreign ministers of the Southern African Development Community (SADC) will meet "
         "in Livingstone on March 19, the ministry said.", date(2026, 3, 6)),
    ])
    answer = ask(store, "Will the SADC foreign ministers meet in Livingstone on March 19, 2026?", date(2026, 3, 7))
    assert answer.event is not None and answer.answer != "unknown", answer.reason


@pytest.mark.slow
def test_round53_a_place_asked_without_its_accent_is_the_place_the_stories_tell(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GUATEMALA CITY, March 3 (Wire) - President Ana Morales will travel to San José next Monday for a two-day "
         "state visit to Costa Rica, her office said on Tuesday.", date(2026, 3, 3)),
    ])
    answer = ask(store, "Will Ana Morales visit San Jose by March 15, 2026?", date(2026, 3, 4))
    assert answer.event is not None and answer.answer == "yes", answer.reason


@pytest.mark.slow
def test_round53_a_past_undated_visit_told_with_the_plan_does_not_resolve_the_plan(tmp_path: Path) -> None:
    plan = ("LUSAKA, March 2 (Wire) - President Mwila Sata will travel to Lilongwe on March 10 for talks with President "
            "Peter Banda, his office said on Monday. Sata, who took office last year, has visited Lilongwe once before "
            "as president.")
    done = "LILONGWE, March 10 (Wire) - President Mwila Sata arrived in Lilongwe on Tuesday for talks with Peter Banda."
    store = stored(tmp_path, [(plan, date(2026, 3, 2)), (done, date(2026, 3, 10))])
    before = ask(store, "Will Mwila Sata visit Lilongwe by March 15, 2026?", date(2026, 3, 2))
    assert before.resolution is None and before.answer == "yes", before.reason
    after = ask(store, "Will Mwila Sata visit Lilongwe by March 15, 2026?", date(2026, 3, 11))
    assert after.resolution == "yes" and "2026-03-10" in after.reason, after.reason
