"""Round 64 (session 50): a bare surname opening a clause before "and [nationality] [title] [full name]", which the
parser hangs on the named person as a modifier, is a conjoined subject: "Boric and Argentine President Javier Milei
signed an accord" is Boric's signing with Milei. Each test states one behaviour. Sentences and names are our own.
March 12, 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 12)


def _events(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


@pytest.mark.parametrize(("text", "action", "actor", "partner"), [
    ("VALPARAISO, March 12 (Wire) - Corvalan and Peruvian President Dina Ochoa signed a fisheries accord on Tuesday.",
     "sign", "Corvalan", "Dina Ochoa"),
    ("VALPARAISO, March 12 (Wire) - During the rescheduled visit on Tuesday, Corvalan and Peruvian President Dina "
     "Ochoa signed a fisheries accord.", "sign", "Corvalan", "Dina Ochoa"),
    ("Mwakyusa and Kenyan President Samuel Kiprono met in Arusha on Monday.", "meet", "Mwakyusa", "Samuel Kiprono"),
])
def test_round64_a_bare_name_before_a_titled_name_is_a_second_subject(text: str, action: str, actor: str,
                                                                      partner: str) -> None:
    events = [e for e in _events(text) if e.action == action]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status, e.date.value) for e in events] == \
        [(actor, [partner], "happened", "2026-03-10" if "Tuesday" in text else "2026-03-09")]


def test_round64_a_title_alone_before_the_name_is_no_second_person() -> None:
    events = _events("VALPARAISO, March 12 (Wire) - Peruvian President Dina Ochoa signed a fisheries accord on "
                     "Tuesday.")
    assert [(e.actor.name, e.counterparts) for e in events if e.action == "sign"] == [("Dina Ochoa", ())]
