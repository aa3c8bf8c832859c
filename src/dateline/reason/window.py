"""A question's window of days: the open first day of a future-tense question
(:data:`LOOKBACK_DAYS`), whether an event may fall in a window, and the days a set of events
covers (a trip's or a gathering's, as the window of "during his trip" or "at the summit").
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from ..model import EventRecord

__all__ = ["LOOKBACK_DAYS", "future_window", "may_fall_in", "span_of"]


#: A "Will ...?" question with no first day ("by Friday", no date) is about what happens
#: from this many days before it was asked, or before its last day when it is asked
#: after that day: a late report of a visit within the window still answers it ("Will
#: Erdene visit Seoul by April 30?" asked on May 10, visit on April 28), an old one
#: ("Lu last visited Manila in April 2023") does not.
LOOKBACK_DAYS = 30


def span_of(events: Sequence[EventRecord]) -> tuple[date, date] | None:
    """events (Sequence[EventRecord]): events. RETURNS (tuple | None): first and last day
    covered by those not cancelled with a known date; None when none has one."""
    spans = [e.date.interval() for e in events if e.status != "cancelled"]
    known = [s for s in spans if s is not None]
    if not known:
        return None
    return min(s[0] for s in known), max(s[1] for s in known)


def future_window(
    window: tuple[date | None, date | None], asked: date, past: bool
) -> tuple[date | None, date | None]:
    """Give a future-tense question's window a first day.

    window (tuple[date | None, date | None]): the window as the question writes it.
    asked (date): the day the question is asked (a stored question's creation day, else the as-of day).
    past (bool): True for "Did ...?" questions, which keep an open start.
    RETURNS (tuple[date | None, date | None]): ``window`` with its open first day set to
        :data:`LOOKBACK_DAYS` before the earlier of ``asked`` and the window's last day,
        unless the question is in the past tense.
    """
    lo, hi = window
    if past or lo is not None:
        return window
    base = min(asked, hi) if hi is not None else asked
    return base - timedelta(days=LOOKBACK_DAYS), hi


def may_fall_in(event: EventRecord, lo: date | None, hi: date | None) -> bool:
    """event (EventRecord): an event. lo, hi (date | None): a window, ends open as None.
    RETURNS (bool): True when the event's days overlap the window, or it has no date."""
    iv = event.date.interval()
    return iv is None or ((lo is None or iv[1] >= lo) and (hi is None or iv[0] <= hi))
