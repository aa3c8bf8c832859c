"""Round 84 (session 70): questions from audits 306-311: a name that opens with a verb's word, renewing sanctions,
blocking a road, and an organisation asked about a protest stored under its crowd. Sentences and names are our own.
June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize(("question", "actor", "action"), [
    ("Will the Free Serbia Front hold a rally in Belgrade by June 25, 2026?", "Free Serbia Front", "protest"),
    ("Will the U.N. Security Council renew the arms embargo on South Sudan by June 30, 2026?", "U.N. Security Council",
     "sanction"),
    ("Will the Rural Farmers' Alliance block the Dorohusk border crossing by July 1, 2026?", "Rural Farmers' Alliance",
     "protest"),
])
def test_round84_the_question_reads_its_actor_and_action(question: str, actor: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action) == (actor, action)


@pytest.mark.slow
def test_round84_an_organisation_asked_about_its_crowds_blockade_is_answered_by_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("WARSAW, June 24 (Wire) - Polish farmers will block the road to the Dorohusk border crossing with tractors from "
         "Monday, the Rural Farmers' Alliance said on Wednesday. Agriculture Minister Tomasz Wierzbicki said he would "
         "meet the Rural Farmers' Alliance in Lublin on Friday.", date(2026, 6, 24)),
        ("DOROHUSK, Poland, June 29 (Wire) - Hundreds of farmers with tractors blocked the approach road to the Dorohusk "
         "border crossing on Monday.", date(2026, 6, 29))])
    answer = ask(store, "Will the Rural Farmers' Alliance block the Dorohusk border crossing by July 1, 2026?",
                 as_of=date(2026, 6, 30))
    assert (answer.resolved, answer.resolution) == (True, "yes"), answer.reason
