"""Round 73 (session 59): a court's ruling answers a question about the law it ruled on when its sentence names that
law, however its object was kept. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round73_a_ruling_on_parts_of_a_law_answers_whether_the_court_rules_on_the_law(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, June 5 (Wire) - Zambia's Constitutional Court on Friday struck down key sections of the Public Order "
         "Amendment Act, ruling that they breached the right to assemble.", date(2026, 6, 5)),
    ])
    answer = ask(store, "Will Zambia's Constitutional Court rule on the Public Order Amendment Act by June 30, 2026?",
                 date(2026, 6, 6))
    assert answer.resolved and answer.resolution == "yes", answer.reason


@pytest.mark.slow
def test_round73_a_persons_appeal_asked_as_heard_is_that_persons_hearing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KUALA LUMPUR, June 16 (Wire) - Malaysia's Court of Appeal on Tuesday heard the appeal of former state "
         "governor Rosli Ismail against his conviction for graft.", date(2026, 6, 16)),
    ])
    answer = ask(store, "Will Rosli Ismail's appeal be heard by June 30, 2026?", date(2026, 6, 17))
    assert answer.resolved and answer.resolution == "yes", answer.reason
