"""Round 42 (audits 93-96): a crowd asked of "in" a country ("Will nurses in Fiji go on strike?") is that country's
crowd, not the country; a crowd of one state never answers for another state's ("Honduran nurses" are not Fiji's);
a vote planned on a reform of laws is resolved by the report that the reform passed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored

pytestmark = pytest.mark.slow

_STRIKE = ("SUVA, April 14 (Dateline) - Nurses in Fiji will walk off the job from Monday. Fiji's government will meet "
           "union leaders on Friday.", date(2027, 4, 14))


@pytest.mark.parametrize("question", ["Will nurses in Fiji go on strike by April 30, 2027?",
                                      "Will Fijian nurses go on strike by April 30, 2027?"])
def test_round42_a_crowd_in_a_country_is_asked_of_the_crowd(tmp_path: Path, question: str) -> None:
    answer = ask(stored(tmp_path, [_STRIKE]), question, date(2027, 4, 15))
    assert answer.event is not None and answer.event.action == "protest" and answer.event.actor.name == "nurses"


def test_round42_another_states_crowd_is_unknown(tmp_path: Path) -> None:
    answer = ask(stored(tmp_path, [_STRIKE]), "Will Honduran nurses go on strike by April 30, 2027?", date(2027, 4, 15))
    assert answer.answer == "unknown" and answer.event is None


def test_round42_a_vote_on_a_reform_resolves_when_the_reform_passes(tmp_path: Path) -> None:
    plan = ("VALLETTA, April 12 (Dateline) - Malta's parliament will vote on Thursday on a disputed reform of the "
            "island's zoning laws.", date(2027, 4, 12))
    done = ("VALLETTA, April 16 (Dateline) - Malta's parliament approved the zoning reform late on Thursday.",
            date(2027, 4, 16))
    answer = ask(stored(tmp_path, [plan, done]), "Will Malta's parliament vote on the zoning reform by April 20, 2027?",
                 date(2027, 4, 17))
    assert answer.resolution == "yes"


def test_round42_the_cabinet_saying_so_is_an_official_source(tmp_path: Path) -> None:
    said = ("Kuwaiti Prime Minister Sheikh Ahmad Abdullah al-Sabah will travel to Riyadh next Tuesday, the cabinet said "
            "on Thursday.", date(2027, 4, 8))
    answer = ask(stored(tmp_path, [said]), "Will the Kuwaiti prime minister visit Riyadh by April 20, 2027?",
                 date(2027, 4, 9))
    assert answer.answer == "yes"
