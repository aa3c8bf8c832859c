"""Round 40 (audits 73-76): a gathering moved to another city is no call-off of its guests' trips; a named meeting
that another actor's event tells is not proposed as the article's main person's attendance; a visit postponed from a
planned day has no day left, so it is answered low."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.propose import propose

from ..stored import stored

pytestmark = pytest.mark.slow


def test_round40_a_moved_summit_does_not_call_off_its_guests_visit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ALMATY, May 7 (Dateline) - Jordan's King Abdullah II will attend an investment summit in Almaty on May 20.",
         date(2027, 5, 7)),
        ("ASTANA, May 17 (Dateline) - Kazakhstan has moved this week's investment summit from Almaty to Astana.",
         date(2027, 5, 17)),
    ])
    answer = ask(store, "Will King Abdullah II visit Kazakhstan by May 24, 2027?", date(2027, 5, 18))
    assert answer.resolution is None and answer.probability > 0.3


def test_round40_a_summit_a_state_moves_is_proposed_as_its_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, May 17 (Dateline) - Fiji has moved this week's Coral Sea Leaders Summit from Nadi to Suva, the government "
         "said on Monday. Prime Minister Sefo Rabuka said his bilateral meeting with Icelandic Prime Minister Anna "
         "Jonsdottir would take place on Friday in Suva.", date(2027, 5, 17)),
    ])
    proposals = propose(store, date(2027, 5, 17))
    events = {e.id: e for e in store.events()}
    for p in proposals:
        assert events[p.event_id].actor.name.split()[-1] in p.question, p.question
    assert any(p.question.startswith("Will Fiji host the Coral Sea Leaders Summit in Suva") for p in proposals)


def test_round40_a_visit_postponed_from_its_planned_day_is_answered_low(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GABORONE, May 12 (Dateline) - President Thabo Kgosi's visit to Jordan, planned for June 3, has been postponed.",
         date(2027, 5, 12)),
    ])
    answer = ask(store, "Will Thabo Kgosi visit Jordan by June 30, 2027?", date(2027, 5, 13))
    assert answer.probability < 0.2
