"""Round 58 (session 44): two people named together as the subject of a meeting asked with its place ("Will X and Y
meet in Rome?") are the one and the other as its counterpart, as without the place. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored

_PLAN = ("ROME, March 10 (Wire) - Italian Prime Minister Marco Bellini will hold talks with French President Anne "
         "Durand in Rome on Friday.", date(2026, 3, 10))
_DONE = ("ROME, March 14 (Wire) - Bellini and Durand met in Rome on Friday and agreed to build a rail tunnel.",
         date(2026, 3, 14))


@pytest.mark.parametrize(("question", "target", "place"), [
    ("Will Bellini and Durand meet in Rome?", "Durand", "Rome"),
    ("Will Bellini and Durand hold talks at the Quirinal Palace?", "Durand", "the Quirinal Palace"),
    ("Will Bellini and Durand meet?", "Durand", None),
])
def test_round58_two_people_meeting_at_a_place_are_actor_and_counterpart(question: str, target: str,
                                                                         place: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == ("Bellini", "meet", target)
    assert pattern.place in (place, place.removeprefix("the ") if place else None)


@pytest.mark.slow
def test_round58_a_pair_meeting_in_a_city_resolves_with_the_report(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    before = ask(store, "Will Bellini and Durand meet in Rome?", date(2026, 3, 11))
    assert (before.answer, before.resolution) == ("unknown", None), before.reason
    assert before.probability is not None and 0.2 < before.probability < 0.9, before.reason
    after = ask(store, "Will Bellini and Durand meet in Rome?", date(2026, 3, 15))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
    elsewhere = ask(store, "Will Bellini and Durand meet in Paris?", date(2026, 3, 15))
    assert elsewhere.resolution is None and elsewhere.answer != "yes", elsewhere.reason
