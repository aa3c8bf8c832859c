"""Round 72 (session 58): "the port of X" asks of X; "Will the coalition agreement be signed?" asks of the signing,
whoever signs; a cabinet asked of is the cabinet of its state. Sentences and names are our own. June 1, 2026 is a
Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


def test_round72_a_thing_asked_as_signed_is_an_occurrence_of_the_signing() -> None:
    pattern = parse_question("Will the Dutch coalition agreement be signed by June 8, 2026?")
    assert (pattern.kind, pattern.action, pattern.target) == ("occurrence", "sign", "Dutch coalition agreement")


@pytest.mark.slow
def test_round72_a_signing_moved_past_the_window_is_unlikely_in_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("THE HAGUE, June 1 (Wire) - The leaders of the Dutch Labour and liberal parties will sign a coalition "
         "agreement on Friday, the lead negotiator said.", date(2026, 6, 1)),
        ("THE HAGUE, June 3 (Wire) - The signing of the Dutch coalition agreement, planned for Friday, has been moved "
         "to Monday, a spokeswoman said.", date(2026, 6, 3)),
    ])
    before = ask(store, "Will the Dutch coalition agreement be signed by June 6, 2026?", date(2026, 6, 2))
    after = ask(store, "Will the Dutch coalition agreement be signed by June 6, 2026?", date(2026, 6, 4))
    assert before.probability is not None and before.probability > 0.5, before.reason
    assert after.probability is not None and after.probability < 0.5, after.reason


@pytest.mark.slow
def test_round72_the_port_of_a_city_is_asked_as_the_city(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GDANSK, June 1 (Wire) - The Polish Dockworkers Union will stage a 24-hour strike at the port of Gdansk on "
         "Friday, the union said on Monday.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will the Polish Dockworkers Union strike at the port of Gdansk by June 10, 2026?",
                 date(2026, 6, 2))
    assert answer.event is not None and answer.event.place is not None and answer.event.place.name == "Gdańsk", \
        answer.reason


@pytest.mark.slow
def test_round72_a_cabinet_asked_of_is_its_states_cabinet(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 8 (Wire) - Ghana's new cabinet was sworn in on Sunday at the presidential palace.",
         date(2026, 6, 8)),
    ])
    answer = ask(store, "Will Ghana's new cabinet be sworn in by June 30, 2026?", date(2026, 6, 9))
    assert answer.resolution == "yes", answer.reason
