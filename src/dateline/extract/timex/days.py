"""Calendar days written as such: month-day dates ("Nov. 3", "3 November 2025"), day ranges ("Nov. 3-5",
"3-5 November"), ISO and numeric dates ("2025-11-03", "11/03/2025"), ordinal days ("on the 14th"), "the week of
March 6" and holidays ("Thanksgiving", "next Easter", "Ramadan 2024").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from . import resolve
from .context import Context, Value, _preceded_by, _signal_tense, _unanchored
from .lexicon import Lexicon, load_lexicon
from .patterns import grammar
from .words import _day_number, _month, _rel, _two_digit_year, _w, _weekday, _words_regex


#: Note put on a numeric date whose day/month order nothing in the text decides ("04/03/2026").
AMBIGUOUS_NUMERIC_NOTE = "ambiguous numeric date: read as month/day (US order)"


def _date_mdy(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"Nov. 3", "Tues., Nov. 18, 2025", "3 November"; a range's first day ("Nov. 3-5") gets the last as end_value."""
    lex = ctx.lex
    month = _month(lex, m["mon"])
    day = _day_number(lex, m["day"])
    if not 1 <= day <= 31:
        return None
    if _w(m["mon"]).rstrip(".") in lex.words("month_words_needing_context") and m["mon"][0].islower():
        return None
    if m.groupdict().get("the") and m["day"].isdigit():
        return None  # "March the third", "March the 3rd" are days; "March the 3" is no way to write one
    tail = _range_tail(ctx) if m.end("day") == m.end() else None
    year_text = m.groupdict().get("year") or (tail[2] if tail else None)
    year = int(year_text) if year_text else None
    if m.groupdict().get("yrel") and ctx.anchor is not None:  # "on March 3 last year": that year's March 3
        year = ctx.anchor.year + int(lex.table("month_day_year_relatives")[_w(m["yrel"])])
    weekday = _weekday(lex, m["wd"]) if m.groupdict().get("wd") else None
    value = _month_day(ctx, month, day, year, weekday)
    if value is None or tail is None:
        return value
    end = _range_end(value.value, month, day, tail[0] or month, tail[1])
    return value if end is None else value._replace(end_value=end)


def _month_day(ctx: Context, month: int, day: int, year: int | None, weekday: int | None = None) -> Value | None:
    """A month and day, the year as written, else the neighbouring year whose calendar has the written weekday on that
    day ("Saturday, November 14"), else as the anchor and tense suggest."""
    if year is None:
        if ctx.anchor is None:
            return _unanchored("DATE", f"XXXX-{month:02d}-{day:02d}")
        if _preceded_by(ctx, "backward_signals"):  # "since Jan. 1": the last one up to the publication day
            year = ctx.anchor.year - (1 if (month, day) > (ctx.anchor.month, ctx.anchor.day) else 0)
        else:
            year = resolve.closest_year(ctx.anchor, month, day, _signal_tense(ctx))
        if weekday is not None and (agreeing := resolve.weekday_year(ctx.anchor, month, day, weekday)) is not None:
            year = agreeing  # (the weekday names the year when exactly one neighbouring year fits it)
    try:
        return Value("DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


@cache
def _range_blockers() -> "re.Pattern[str]":
    """A word after a number range that makes it no range of days ("3 to 5 people", "3-5 percent", "3 and 4 hours")."""
    lex = load_lexicon()
    words = "|".join(re.escape(w) for w in lex.words("non_time_followers") + list(lex.units))
    return re.compile(rf"\s*(?:{words})\b", re.I)


@cache
def _range_regexes() -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """The tail of a day range ("-5", " to 5, 2026") and the month-day that must come before it."""
    fragments = grammar().fragments
    return (
        re.compile(fragments["RANGETAIL"] + r"(?![\w@])", re.I),
        re.compile(rf"(?<![\w.])(?P<mon>{fragments['MON']})\s+(?P<day>{fragments['DAYN']})$", re.I),
    )


def _range_tail(ctx: Context) -> tuple[int | None, int, str | None] | None:
    """Month (if written), last day and year of a range written right after the match, None when there is none.

    "3 to 5 people", "3-5 percent" and "3 and 4 p.m." are no ranges of days; "Nov. 1 and Nov. 3"
    (a connector of ``range_list_connectors`` before a month) names two days, not a span.
    """
    m = _range_regexes()[0].match(ctx.text, ctx.end)
    if m is None:
        return None
    if not m["year2"] and re.match(r"\s", ctx.text[m.end(): m.end() + 1]) \
            and _range_blockers().match(ctx.text[m.end(): m.end() + 24]):
        return None
    if m["mon2"] and _w(m["conn"]) in ctx.lex.words("range_list_connectors"):
        return None
    return (_month(ctx.lex, m["mon2"]) if m["mon2"] else None), int(m["day2"]), m["year2"]


def _range_end(first: str, month: int, day: int, last_month: int, last_day: int) -> str | None:
    """The value of a range's last day ("Nov. 3-5": 2025-11-05; "Dec. 30-Jan. 2": the next year's),
    None when it does not follow the first day within 92 days."""
    if not first[:4].isdigit():
        return first[:5] + f"{last_month:02d}-{last_day:02d}" if last_month != month or last_day > day else None
    start = date.fromisoformat(first[:10])
    try:
        end = date(start.year + (1 if last_month < month else 0), last_month, last_day)
    except ValueError:
        return None
    return end.isoformat() if 0 < (end - start).days <= 92 else None


def _date_range(m: "re.Match[str]", ctx: Context) -> Value | None:
    """The last day of "Nov. 3-5" or "March 3 and 4": its own TIMEX3 "5" (TimeML tags each end of a range).

    The connector is matched but left out of the extent; the value is the first day's month and year.
    """
    head = _range_regexes()[1].search(ctx.text, max(0, ctx.start - 24), ctx.start)
    if head is None:
        return None
    head_ctx = Context(ctx.text, head.start(), head.end(), ctx.anchor, ctx.tense_of, ctx.lex)
    first = _date_mdy(head, head_ctx)
    if first is None or first.end_value is None:
        return None
    return Value("DATE", first.end_value, first.anchored, first.note, skip=len(m["pre"]))


def _dmy_range_first(m: "re.Match[str]", ctx: Context) -> Value | None:
    """The first day of a day-first range ("3" in "3-5 November 2025", "24" in "from 24 to 27 November"):
    that day of the month written after the last day, the last day as its end_value."""
    lex = ctx.lex
    month = _month(lex, m["mon2"])
    first, last = _day_number(lex, m["day"]), _day_number(lex, m["day2"])
    if not (1 <= first < last <= 31) or _w(m["pre"].strip()) == "and" and m["mon2"][0].islower():
        return None
    if _range_blockers().match(m["pre"]):
        return None
    value = _month_day(ctx, month, first, int(m["year2"]) if m["year2"] else None)
    if value is None:
        return None
    end = _range_end(value.value, month, first, month, last)
    return value if end is None else value._replace(end_value=end)


@cache
def _month_before_regex() -> "re.Pattern[str]":
    """A month name ending the text before a match ("30 November-" before "2 December")."""
    return re.compile(rf"(?<![\w.])(?:{grammar().fragments['MON']})$", re.I)


def _dmy_range_last(m: "re.Match[str]", ctx: Context) -> Value | None:
    """The last day of a day-first range ("5 November 2025" after "3-"): a day-first date whose
    connector is matched but left out of the extent; its year follows the first day's."""
    before = ctx.text[max(0, ctx.start - 16): ctx.start]
    head = re.search(r"(?<![\w.])(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?$", before)
    month = _month_before_regex().search(before)
    if month is not None and _month(ctx.lex, month.group(0)) != _month(ctx.lex, m["mon"]):
        value = _date_mdy(m, ctx)  # "30 November-2 December": the last day names its own month
        return None if value is None else value._replace(skip=len(m["pre"]))
    if head is None or int(head.group(1)) >= _day_number(ctx.lex, m["day"]):
        return None
    value = _date_mdy(m, ctx)
    return None if value is None else value._replace(skip=len(m["pre"]))


_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _ordinal_day(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"on the 14th", "by the 3rd": a day of the anchor's month or a neighbour, as the tense says.

    Only after a preposition of ``ordinal_day_context_before`` and before punctuation or a word
    of ``ordinal_day_followers`` ("on the 3rd floor", "the 20th century" are no dates).
    """
    day = int(m["day"])
    if _w(m["suf"]) != _SUFFIXES.get(day, "th"):
        return None
    if not _preceded_by(ctx, "ordinal_day_context_before"):
        return None
    if m["ofrel"] is None and not _words_regex("ordinal_day_followers", r"(?:\s*[,.;:!?)\]]|\s*$|\s+(?:WORDS)\b)").match(
            ctx.after(16)):
        return None
    if ctx.anchor is None:
        return _unanchored("DATE", f"XXXX-XX-{day:02d}")
    if m["ofrel"] is not None:  # "on the 15th of this month", "by the 3rd of next month"
        shift = {"next": 1, "last": -1}.get(_w(m["ofrel"]).split()[-1], 0)
        month_index = ctx.anchor.year * 12 + ctx.anchor.month - 1 + shift
        try:
            return Value("DATE", date(month_index // 12, month_index % 12 + 1, day).isoformat())
        except ValueError:
            return None
    tense = _signal_tense(ctx)
    found = resolve.month_day(ctx.anchor, day, tense)
    if found is None:
        return None
    # a day written alone belongs to the month of the date written just before it ("will stop in Praia on
    # March 24 ... will return to Rome on the 25th"), bounded by the publication date as the tense says
    refer = (resolve.month_day_unit(day, ctx.anchor), {"future": 1, "past": -1}.get(tense, 0))
    return Value("DATE", found.isoformat(), refer=refer)


def _week_of(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week of March 6": the ISO week holding that day; "the week ending Feb. 7": the ISO week
    holding most of the seven days that end on that day (the week of the day three days before); "the week of
    Thanksgiving", "Easter week", "Christmas week": the ISO week holding the holiday's (first) day."""
    if m["hol"] or m["hol2"]:
        holiday = _holiday_value(m["hol"] or m["hol2"], None, m["hyear"], ctx)
        if holiday is None or not holiday.anchored:
            return None if holiday is None else _unanchored("DATE", "XXXX-WXX")
        return Value("DATE", resolve.iso_week(date.fromisoformat(holiday.value)))
    return _week_of_day(m, ctx)


def _week_of_day(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week of March 6", "the week of 12 March", "the week ending Feb. 7": the ISO week of a written day
    (groups ``wd``, ``mon``, ``day``, ``year``, ``ending``)."""
    day = _date_mdy(m, ctx)
    if day is None:
        return None
    if not day.anchored:
        return _unanchored("DATE", "XXXX-WXX")
    back = 3 if m["ending"] else 0
    return Value("DATE", resolve.iso_week(date.fromisoformat(day.value) - timedelta(days=back)))


def _date_iso(m: "re.Match[str]", ctx: Context) -> Value | None:
    try:
        day = date(int(m["year"]), int(m["mon"]), int(m["day"]))
    except ValueError:
        return None
    if m["hh"]:
        return Value("TIME", f"{day.isoformat()}T{m['hh']}:{m['mm']}")
    return Value("DATE", day.isoformat())


def _date_slash(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"11/03/2025" is month/day (US order, as on the wire); a first number over 12 ("25/10/2025") is the day.

    Dots mark the European order: "3.11.2025" is 3 November (day.month.year, four-digit year only).
    When both numbers could be the month ("04/03/2026"), the text's other numeric dates decide: one
    whose first number is over 12 makes the text day-first, one whose second is over 12 month-first;
    with no such evidence (or both) it is read month/day and the value carries a note saying so.
    """
    try:
        if m["pday"]:
            return Value("DATE", date(int(m["pyear"]), int(m["pmon"]), int(m["pday"])).isoformat())
        if m["dday"]:
            return Value("DATE", date(_two_digit_year(m["dyear"]), int(m["dmon"]), int(m["dday"])).isoformat())
        first, second, year = int(m["mon"]), int(m["day"]), _two_digit_year(m["year"])
        if first == second or second > 12:
            return Value("DATE", date(year, first, second).isoformat())
        order = _numeric_date_order(ctx.text)
        if order == "day-first":
            return Value("DATE", date(year, second, first).isoformat())
        note = None if order == "month-first" else AMBIGUOUS_NUMERIC_NOTE
        return Value("DATE", date(year, first, second).isoformat(), note=note)
    except ValueError:
        return None


_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _numeric_date_order(text: str) -> str | None:
    """RETURNS (str | None): "day-first" or "month-first" when the text's unambiguous numeric dates
    ("25/01/2026", "04/17/2026") all show one order, None when they show none or both."""
    orders = set()
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m[1]), int(m[2])
        if 12 < a <= 31 and 1 <= b <= 12:
            orders.add("day-first")
        elif 12 < b <= 31 and 1 <= a <= 12:
            orders.add("month-first")
    return orders.pop() if len(orders) == 1 else None


def _holiday_days(rule: dict[str, object], lex: Lexicon, year: int) -> list[tuple[date, date]]:
    """First and last day of each occurrence of a holiday that begins in ``year``."""
    if "table" in rule:
        names = rule["table"] if isinstance(rule["table"], list) else [rule["table"]]
        found = []
        for name in names:
            for entry in lex.table("holiday_dates")[str(name)]:
                first, last = (entry, entry) if isinstance(entry, str) else entry
                if int(first[:4]) == year:
                    found.append((date.fromisoformat(first), date.fromisoformat(last)))
        return found
    if "easter" in rule:
        day = resolve.easter(year) + timedelta(days=_int(rule["easter"]))
    elif "nth" in rule:
        day = resolve.nth_weekday(year, _int(rule["month"]), _int(rule["weekday"]), _int(rule["nth"]))
        day += timedelta(days=_int(rule.get("offset", 0)))
    else:
        day = date(year, _int(rule["month"]), _int(rule["day"]))
    return [(day, day)]


def _int(value: object) -> int:
    return int(str(value))


def _holiday(m: "re.Match[str]", ctx: Context) -> Value | None:
    return _holiday_value(m["hol"], m["rel"], m["year"], ctx)


def _holiday_value(written: str, rel_word: str | None, year: str | None, ctx: Context) -> Value | None:
    """A holiday as written ("Thanksgiving", "next Easter", "Ramadan 2024"): its (first) day, a range's last day
    as end_value; None for a lower-case name that needs its capitals or a year outside the holiday tables."""
    lex = ctx.lex
    name = _w(written)
    if name in lex.words("holidays_case_sensitive") and not written[0].isupper():
        return None  # "election day" in any country, not the US Election Day
    rule: dict[str, object] = dict(lex.table("holidays")[name])
    rel = _rel(lex, rel_word)
    if year:
        days = _holiday_days(rule, lex, int(year))
    elif ctx.anchor is None:
        fixed = "day" in rule and "table" not in rule
        return _unanchored("DATE", f"XXXX-{_int(rule['month']):02d}-{_int(rule['day']):02d}" if fixed else "XXXX-XX-XX")
    elif rel is not None:
        days = _holiday_days(rule, lex, ctx.anchor.year + rel)
    else:
        days = [d for y in (-1, 0, 1) for d in _holiday_days(rule, lex, ctx.anchor.year + y)]
        days = [resolve.closest_day(ctx.anchor, days, ctx.tense())] if days else []
    if not days:
        return None  # a lunar-calendar holiday outside the years of holiday_dates
    first, last = days[0]
    return Value("DATE", first.isoformat(), end_value=last.isoformat() if last != first else None)
