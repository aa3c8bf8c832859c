"""Round 8: context words that refer to a time only in some uses ("now", "soon", "today", "the future",
"daily", "current", "future").

Each row is (text, anchor, expected) as in round 7: ``expected`` lists every time expression of the
text as (extent, TIMEX3 type, value). The sentences are our own. Each context rule of
``word_contexts`` in ``time_en.json`` is covered both ways, a use that is tagged and one that is not:
- "Now," opening a sentence is a discourse marker; "now" elsewhere ("is now", "until now", "right
  now", sentence-initial "Now" without a comma) is PRESENT_REF.
- "soon" is FUTURE_REF, but not in "as soon as", "too/how/so soon", "soon after", nor in a past clause
  ("was soon released") unless a modal or "to" comes right before it ("may soon", "to soon grow").
- "today" is the publication day, but not in a title after an upper-case name ("USA Today") nor in
  "today's" before a generic noun meaning "of our times" ("today's youth").
- "the future" is FUTURE_REF, but "the future of ..." is a fate, not a time.
- "daily" is a SET (P1D) before a noun and as an adverb, but "average daily volume" is a rate.
- "then current" / "then-current" before a noun is PAST_REF (extent with "then"); "current" alone
  stays PRESENT_REF before a noun and is not tagged as a noun ("the current" of a river).
- "future quarters/years" are FUTURE_REF like "the coming months"; bare "future" before other nouns
  ("future earnings") stays untagged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

THU = date(2026, 2, 12)  # a Thursday
MON = date(2026, 2, 16)  # a Monday


ROWS: list[Row | Any] = [
    # --- now
    ("Now, the regulator says the merger can go ahead.", THU, []),
    ('"Now, we wait for the court," the lawyer said.', THU, []),
    ("The club lost its coach in May. Now, with a new owner, it hopes to rebuild.", THU, [("May", "DATE", "2025-05")]),
    ("Now the ferry company plans to add a second route.", THU, [("Now", "DATE", "PRESENT_REF")]),
    ("The bridge is now open to cyclists.", THU, [("now", "DATE", "PRESENT_REF")]),
    ("No rover had landed there until now.", THU, [("now", "DATE", "PRESENT_REF")]),
    ("Rents are falling right now in most suburbs.", THU, [("right now", "DATE", "PRESENT_REF")]),
    ("The startup now employs 400 engineers.", THU, [("now", "DATE", "PRESENT_REF")]),
    # --- soon
    ("The ministry will soon publish the new rules.", THU, [("soon", "DATE", "FUTURE_REF")]),
    ("Officials expect the line to reopen soon.", THU, [("soon", "DATE", "FUTURE_REF")]),
    ("Investors hope the bank may soon cut rates.", THU, [("soon", "DATE", "FUTURE_REF")]),
    ("Analysts said the prosecutors could soon file charges.", THU, [("soon", "DATE", "FUTURE_REF")]),
    ("The airline expects demand to soon recover.", THU, [("soon", "DATE", "FUTURE_REF")]),
    ("The patient was soon moved to a regular ward.", THU, []),
    ("A small leak soon turned into a flood.", THU, []),
    ("The factory closed soon after the fire.", THU, []),
    ("Refunds will be paid as soon as the audit ends.", THU, []),
    ("It is too soon to judge the new policy.", THU, []),
    # --- today
    ("The minister meets union leaders today.", THU, [("today", "DATE", "2026-02-12")]),
    ("USA Today first reported the recall.", THU, []),
    ("The report was aired on BBC Today in the morning.", THU, []),
    ("Today the council votes on the budget.", THU, [("Today", "DATE", "2026-02-12")]),
    ("The study looks at how today's youth use social media.", THU, []),
    ("Most of today's electric cars can be charged at home.", THU, []),
    ("Today's session opened with a short tribute.", THU, [("Today", "DATE", "2026-02-12")]),
    ("The agenda for today's meeting was leaked.", THU, [("today", "DATE", "2026-02-12")]),
    # --- the future
    ("Leaders met to discuss the future of the alliance.", THU, []),
    ("The league will expand in the future.", THU, [("the future", "DATE", "FUTURE_REF")]),
    ("Growers are anxious about the future.", THU, [("the future", "DATE", "FUTURE_REF")]),
    ("The firm plans a listing in the near future.", THU, [("the near future", "DATE", "FUTURE_REF")]),
    # --- daily
    ("The exchange's average daily volume rose 8%.", THU, []),
    ("The paper tracks average daily ridership on the trams.", THU, []),
    ("The carrier will add daily flights to Lisbon.", THU, [("daily", "SET", "P1D")]),
    ("Protesters gather daily outside the ministry.", THU, [("daily", "SET", "P1D")]),
    # --- current / then current
    ("Holders may buy shares at the then-current market price.", THU, [("then-current", "DATE", "PAST_REF")]),
    ("The bonus was pegged to the then current share price.", THU, [("then current", "DATE", "PAST_REF")]),
    ("The current system favours large cities.", THU, [("current", "DATE", "PRESENT_REF")]),
    ("Swimmers were pulled out to sea by the current.", THU, []),
    # --- future + unit
    ("The write-down will lower tax bills in future quarters.", THU, [("future quarters", "DATE", "FUTURE_REF")]),
    ("Such storms may be more common in future years.", THU, [("future years", "DATE", "FUTURE_REF")]),
    ("The company gave no guidance on future earnings.", THU, []),
    # --- on a Monday: "now" and "soon" with other dates in the sentence
    ("Now, after a weekend of talks, the unions say a deal is close.", MON, [("a weekend", "DURATION", "P2D")]),
    ("The two sides will soon resume talks, perhaps by Friday.", MON,
     [("soon", "DATE", "FUTURE_REF"), ("Friday", "DATE", "2026-02-20")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round8_context_words(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round8_has_about_forty_sentences() -> None:
    assert len(ROWS) >= 40
    assert len({row_text(row) for row in ROWS}) == len(ROWS)
