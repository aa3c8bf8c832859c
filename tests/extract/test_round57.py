"""Round 57 (session 43, audits 213-214): a body of workers of any trade ("the Nigeria Labour Congress") speaks for
the country's "workers", so their walkout is its strike; an organization whose name opens with a country's name is of
that country. Each test states one behaviour. Sentences and names of people are our own. March 10, 2026 is a Tuesday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

_DAY = date(2026, 3, 10)


def _rows(store: object) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None)
            for e in store.events()}  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.parametrize("body", ["Nigeria Labour Congress", "Nigerian Trades Union Federation"])
def test_round57_workers_walking_out_is_the_strike_of_their_labour_body(tmp_path: Path, body: str) -> None:
    store = stored(tmp_path, [
        (f"ABUJA, March 9 (Wire) - The {body} said on Monday that it would start a nationwide strike on Wednesday "
         "over the price of fuel. Offices and schools are expected to close.", date(2026, 3, 9)),
        (f"ABUJA, March 11 (Wire) - Nigerian workers walked out on Wednesday as the strike called by the {body} got "
         "under way, leaving schools shut.", date(2026, 3, 11)),
    ])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert len(strikes) == 1, _rows(store)
    assert (strikes[0].status, strikes[0].date.value) == ("happened", "2026-03-11"), _rows(store)
    assert strikes[0].actor.name == body, _rows(store)


@pytest.mark.slow
def test_round57_a_body_named_after_its_country_is_of_that_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [("NAIROBI, March 10 (Wire) - The Kenya Medical Workers Union will strike on Monday, "
                               "its secretary general said.", _DAY)])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert [(e.actor.name, e.actor.country) for e in strikes] == [("Kenya Medical Workers Union", "Kenya")], _rows(store)
