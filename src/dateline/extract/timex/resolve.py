"""Calendar arithmetic for TIMEX3 values: weekdays by tense, year choice, weeks, quarters."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = [
    "precision_of",
    "weekday_date",
    "closest_year",
    "weekday_year",
    "closest_day",
    "month_day",
    "shift_months",
    "iso_week",
    "quarter_of",
    "shift_quarter",
    "nth_weekday",
    "easter",
    "add_days",
    "duration_value",
    "in_smaller_unit",
    "shift_value",
]

_PRECISION = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$"), "day"),
    (re.compile(r"^[\dX]{4}-W[\dX]{2}(-WE)?$"), "week"),
    (re.compile(r"^[\dX]{4}-[\dX]{2}$"), "month"),
    (re.compile(r"^[\dX]{4}-Q[\dX]$"), "quarter"),
    (re.compile(r"^[\dX]{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^[\dX]{4}-H[\dX]$"), "half"),
    (re.compile(r"^(FY)?[\dX]{4}$"), "year"),
    (re.compile(r"^\d{3}X?$"), "decade"),
    (re.compile(r"^\d{2}X?X?$"), "century"),
]


def precision_of(value: str | None, kind: str) -> str:
    """Precision of a TIMEX3 value.

    value (str | None): the value.
    kind (str): TIMEX3 type; only DATE and TIME values have a calendar precision.
    RETURNS (str): one of :data:`dateline.model.PRECISIONS`.
    """
    if value is None or kind not in ("DATE", "TIME"):
        return "unknown"
    if re.match(r"^\d{4}-\d{2}-\d{2}T", value):
        return "time"
    for pattern, name in _PRECISION:
        if pattern.match(value):
            return name
    return "unknown"


def weekday_date(anchor: date, weekday: int, tense: str, relation: int | None = None, far: bool = False) -> date:
    """The date of a weekday named relative to the anchor.

    anchor (date): publication date.
    weekday (int): ISO weekday 1..7.
    tense (str): ``past``, ``present``, ``future`` or ``none`` (clause tense);
        present and future look ahead (0..6 days), past looks back (0..6 days),
        none looks back unless the day is one or two days ahead and nearer that way; ``plan`` (a retold
        plan's day, "had been scheduled for Friday") is the nearest such day either way.
    relation (int | None): -1 for "last", +1 for "next"/"coming", 0 for "this" (the day of the
        anchor's ISO week, unless a future/past clause points the other way: "will talk this
        Monday" said on a Saturday is the coming Monday), None if bare.
    far (bool): with relation +1, never the day after the anchor ("next Tuesday" said on a
        Monday is eight days on: a writer would say "tomorrow"; "this coming Tuesday" is not far).
    RETURNS (date): the day meant.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if relation == 1:
        return anchor + timedelta(days=ahead + 7 if ahead == 0 or (far and ahead == 1) else ahead)
    if relation == -1:
        return anchor - timedelta(days=back or 7)
    if relation == 0:
        if tense == "future" and back and ahead:
            return anchor + timedelta(days=ahead)  # "will talk this Monday", said on a Saturday
        if tense == "past" and back and ahead:
            return anchor - timedelta(days=back)
        monday = anchor - timedelta(days=anchor.isoweekday() - 1)
        return monday + timedelta(days=weekday - 1)
    if tense == "plan":  # a retold plan's day ("had been scheduled for Friday"): the nearest one, either side
        return anchor + timedelta(days=ahead) if ahead < back else anchor - timedelta(days=back)
    if tense in ("future", "present") or (tense == "none" and 0 < ahead < back and ahead <= 2):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


#: How much more a future clause's date before the anchor costs than a past clause's date after it: a plan told with
#: "will" is hardly ever dated in the months just gone, while a past clause's later date is a plain misreading.
_FUTURE_WEIGHT = 1.65
#: The wrong-side cost (days) a past clause's later day (index 0) or month (1) pays: a day up to about seven weeks
#: ahead stays this year's (the clause's tense is often another verb's: "declared a dividend, payable Dec. 15"), nine
#: weeks or more ahead is last year's ("visited Cairo on April 9", written on February 5); a month two ahead is last
#: year's ("visited Cairo in April", "announced an agreement in January", written in November), one ahead this year's.
_PAST_PENALTY = (250.0, 270.0)


def closest_year(anchor: date, month: int, day: int | None, tense: str) -> int:
    """Year of a month (and day) written without one, as the anchor and tense suggest.

    anchor (date): publication date.
    month (int): 1..12.
    day (int | None): day of month, None for a whole month.
    tense (str): clause tense; a date on the wrong side of the anchor for the tense
        costs 200 days (for days) or 6 months (for months), so a past clause keeps a day
        up to about 9 months back ("the fiscal year ended Jan. 31", written on Oct. 31, is
        this January) and a month up to about 8 months back; a past clause's later date costs
        :data:`_PAST_PENALTY` instead ("visited Cairo in April", written in February, is last
        April); a future clause's earlier date
        costs :data:`_FUTURE_WEIGHT` times that ("will be held on Nov. 14", written on Jan. 12,
        is this November);
        with no tense, a later date costs half that (news mostly reports the past). A tie
        goes to the side the tense points to ("will ... in December" written in March is
        this December, not last).
    RETURNS (int): the year closest to the anchor.
    """
    best_year, best_cost = anchor.year, float("inf")
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    for year in reversed(years) if tense == "future" else years:
        if day is None:
            diff = (year - anchor.year) * 12 + month - anchor.month
            cost = abs(diff) * 30.0
            penalty = 180.0
        else:
            safe_day = min(day, calendar.monthrange(year, month)[1])
            diff = (date(year, month, safe_day) - anchor).days
            cost = float(abs(diff))
            penalty = 200.0
        if tense == "future" and diff < 0:
            cost += penalty * _FUTURE_WEIGHT  # "will be held on Nov. 14", written in January: this November
        elif tense == "past" and diff > 0:
            cost += _PAST_PENALTY[day is None]
        elif tense == "none" and diff > 0:
            cost += penalty / 2
        if cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


def weekday_year(anchor: date, month: int, day: int, weekday: int) -> int | None:
    """The year next to the anchor's (last, this or next) in which a month-day falls on the written weekday
    ("Saturday, November 14" written in January 2026: 2026, not a Friday in 2025).

    RETURNS (int | None): that year when exactly one of the three fits, else None (the caller keeps its own choice).
    """
    fits = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            if date(year, month, day).isoweekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def month_day(anchor: date, day: int, tense: str) -> date | None:
    """The day of a month written alone ("on the 14th"): that day of the anchor's month or a neighbour.

    anchor (date): publication date.
    day (int): day of month 1..31.
    tense (str): clause tense; as in :func:`closest_year`, a day on the wrong side of the anchor
        for the tense costs 40 days (a past clause on the 13th keeps "the 3rd" this month and sends
        "the 20th" to last month), a later one in a clause with no tense 20.
    RETURNS (date | None): the nearest such day of last, this or next month by that cost; None when no
        month of the three has that day.
    """
    best: tuple[float, date] | None = None
    for offset in (-1, 0, 1):
        y, mo = shift_months(anchor.year, anchor.month, offset)
        if day > calendar.monthrange(y, mo)[1]:
            continue
        candidate = date(y, mo, day)
        diff = (candidate - anchor).days
        cost = float(abs(diff))
        if (tense == "past" and diff > 0) or (tense == "future" and diff < 0):
            cost += 40.0
        elif tense == "none" and diff > 0:
            cost += 20.0
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return None if best is None else best[1]


def closest_day(anchor: date, days: list[tuple[date, date]], tense: str) -> tuple[date, date]:
    """The occurrence of a yearly day (a holiday) meant, as the anchor and tense suggest.

    anchor (date): publication date.
    days (list[tuple[date, date]]): candidate occurrences, first and last day each (not empty).
    tense (str): clause tense; as in :func:`closest_year`, a day on the wrong side of the anchor
        for the tense costs 200 days, and a later one in a clause with no tense 100.
    RETURNS (tuple[date, date]): the nearest occurrence by that cost; one that holds the anchor costs 0.
    """
    def cost(span: tuple[date, date]) -> float:
        if span[0] <= anchor <= span[1]:
            return 0.0
        diff = (span[0] - anchor).days
        penalty = 200.0 if (tense == "past" and diff > 0) or (tense == "future" and diff < 0) else 0.0
        if tense == "none" and diff > 0:
            penalty = 100.0
        return abs(diff) + penalty

    return min(days, key=cost)


def shift_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """year (int), month (int): a month; offset (int): months to add.
    RETURNS (tuple[int, int]): the shifted year and month.
    """
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def iso_week(day: date) -> str:
    """day (date): any day. RETURNS (str): its ISO week as ``YYYY-Www``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    """day (date): any day. RETURNS (int): its quarter 1..4."""
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, offset: int) -> tuple[int, int]:
    """year (int), quarter (int): a quarter; offset (int): quarters to add.
    RETURNS (tuple[int, int]): the shifted year and quarter.
    """
    index = year * 4 + (quarter - 1) + offset
    return index // 4, index % 4 + 1


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 = last) ISO weekday of a month, e.g. Thanksgiving.

    year (int), month (int): the month.
    weekday (int): ISO weekday 1..7.
    nth (int): 1.. from the start, -1 for the last one.
    RETURNS (date): the day.
    """
    if nth > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """year (int): a Gregorian year. RETURNS (date): Western Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def add_days(day: date, days: int) -> date:
    """day (date); days (int). RETURNS (date): ``day + days``."""
    return day + timedelta(days=days)


def duration_value(amount: float | None, unit: str, unit_years: dict[str, int]) -> str:
    """TIMEX3 duration value.

    amount (float | None): how many units; None for a vague amount (``X``).
    unit (str): unit code: ``D``, ``W``, ``M``, ``Y``, ``Q``, ``WE``, ``2W``,
        ``DE``/``CE``/``ML`` (years from ``unit_years``) or ``TH``/``TM``/``TS``.
    unit_years (dict[str, int]): years per decade/century/millennium code.
    RETURNS (str): e.g. ``P2D``, ``PT5H``, ``P20Y``, ``PXY``.
    """
    if unit == "2W":
        unit, amount = "W", None if amount is None else amount * 2
    if unit in unit_years:
        if amount is None:
            return "P" + "X" + unit
        amount, unit = amount * unit_years[unit], "Y"
    if unit == "WE":
        return "PXWE" if amount is None else f"P{_num(amount * 2)}D"
    if amount is not None and not float(amount).is_integer() and unit in _SMALLER:
        whole = int(amount)
        smaller, factor = _SMALLER[unit]
        rest = round((amount - whole) * factor, 6)
        if float(rest).is_integer():
            head = f"{whole}{unit[-1]}" if whole else ""
            tail = f"{int(rest)}{smaller[-1]}"
            time_part = unit.startswith("T") or smaller.startswith("T")
            if unit.startswith("T"):
                return f"PT{head}{tail}"
            return f"P{head}T{tail}" if time_part else f"P{head}{tail}"
    count = "X" if amount is None else _num(amount)
    if unit.startswith("T"):
        return f"PT{count}{unit[1]}"
    return f"P{count}{unit}"


#: Next smaller unit and how many of it make one, for fractional amounts (2 1/2 years = P2Y6M).
_SMALLER: dict[str, tuple[str, int]] = {
    "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60),
}


def in_smaller_unit(amount: float, unit: str) -> tuple[float, str]:
    """A fractional amount told in the next smaller unit, as far as that makes it whole.

    amount (float): e.g. 0.5. unit (str): unit code (``Y``, ``M``, ``W``, ``D``, ``TH``...).
    RETURNS (tuple[float, str]): e.g. (6.0, "M") for half a year; the input when no smaller unit makes it whole.
    """
    while not float(amount).is_integer() and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        amount, unit = round(amount * factor, 6), smaller
    return amount, unit


def _num(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def shift_value(reference: str, unit: str, offset: int) -> str | None:
    """The day, week, month or year ``offset`` units from a reference value.

    reference (str): a TIMEX3 DATE/TIME value such as ``1998-10-23``, ``1995`` or ``1988-Q2``.
    unit (str): ``D``, ``W``, ``M``, ``Y``, ``Q`` (the reference must be a quarter), ``YQ`` (years, kept at
        quarter precision when the reference is a quarter: "a year earlier" after "the third quarter"), or
        ``WD1``..``WD7`` for an ISO weekday, or a :func:`month_day_unit` for a day of the month written alone.
    offset (int): units to add (0 = the reference's own day/week/month/year); for a
        weekday, -1 is that weekday before the reference day, +1 the one after it.
    RETURNS (str | None): the value, None when the reference is not precise enough for the unit.
    """
    if unit.startswith("DM"):
        return _month_day_of(reference, unit, offset)
    quarter = _QUARTER.match(reference)
    if unit == "YQ" and quarter is not None:
        unit, offset = "Q", 4 * offset
    if unit == "Q":
        if quarter is None:
            return None
        y, q = shift_quarter(int(quarter[1]), int(quarter[2]), offset)
        return f"{y:04d}-Q{q}"
    if unit in ("Y", "YQ") and quarter is not None:
        return f"{int(quarter[1]) + offset:04d}"
    m = _CALENDAR.match(reference)
    if m is None:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    if unit in ("Y", "YQ"):
        return f"{year + offset:04d}"
    if month is None:
        return None
    if unit == "M":
        y, mo = shift_months(year, int(month), offset)
        return f"{y:04d}-{mo:02d}"
    if day is None:
        return f"{year:04d}-{month}-XX" if unit == "D" and offset == 0 else None
    base = date(year, int(month), int(day))
    if unit == "W":
        return iso_week(base + timedelta(weeks=offset))
    if unit == "D":
        return (base + timedelta(days=offset)).isoformat()
    if unit.startswith("WD") and offset:
        weekday = int(unit[2:])
        step = (weekday - base.isoweekday()) % 7 if offset > 0 else (base.isoweekday() - weekday) % 7
        return (base + timedelta(days=offset * (step or 7))).isoformat()
    return None


def month_day_unit(day: int, anchor: date) -> str:
    """The :func:`shift_value` unit of a day of the month written alone ("on the 25th").

    day (int): day of month 1..31. anchor (date): publication date, which bounds the reading.
    RETURNS (str): e.g. ``DM25@2026-02-10``.
    """
    return f"DM{day}@{anchor.isoformat()}"


def _month_day_of(reference: str, unit: str, tense: int) -> str | None:
    """A day of the month written alone, read in the month of the date written before it.

    reference (str): the last date written, to the day ("March 24").
    unit (str): from :func:`month_day_unit`.
    tense (int): 1 in a future clause (the first such day on or after the reference day, and never before the
        publication date), -1 in a past clause (never after the publication date), 0 without tense.
    RETURNS (str | None): the day; None when the reference is no day, the month lacks the day, or the
        reading falls on the wrong side of the publication date (the reading from the publication date stays).
    """
    m = _CALENDAR.match(reference)
    if m is None or m[3] is None:
        return None  # "denied he would travel next month ... will travel on the 20th": a month alone is no reference
    day_text, anchor_text = unit[2:].split("@")
    day, anchor = int(day_text), date.fromisoformat(anchor_text)
    year, month = int(m[1]), int(m[2])
    if tense > 0 and m[3] is not None and day < int(m[3]):
        year, month = shift_months(year, month, 1)  # "on March 24 ... on the 5th": April's
    if day > calendar.monthrange(year, month)[1]:
        return None
    found = date(year, month, day)
    if (tense > 0 and found < anchor) or (tense < 0 and found > anchor):
        return None
    return found.isoformat()
