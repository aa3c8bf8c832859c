"""The rule handlers by rule name: :data:`HANDLERS` turns one rule match into a TIMEX3 type and value (or
rejects it).

Every handler takes the match and a :class:`Context` (text, anchor, lazy tense)
and returns a :class:`Value` or None when the match is not a time expression
after all (``may`` the verb, ``a quarter of`` the shares...). The handlers live
in the module of what they read: :mod:`.days` (calendar days, ranges, numeric
dates, holidays), :mod:`.clock` (times of day), :mod:`.periods` (months, years,
quarters, seasons, decades), :mod:`.relative` (weekdays, "next week", "that
day", "two years ago", vague references) and :mod:`.durations` (durations and
sets); :mod:`.context` holds ``Value`` and ``Context``, :mod:`.words` the word
readers they share. Here: the table, and the filter that drops a unit word
capitalized as a title ('"60 Minutes"').
"""

from __future__ import annotations

import re

from .clock import _overnight, _part_of_day, _small_hours, _time
from .context import _OPENING, UNANCHORED_NOTE, Context, Handler, Value
from .days import (
    AMBIGUOUS_NUMERIC_NOTE, _date_iso, _date_mdy, _date_range, _date_slash, _dmy_range_first, _dmy_range_last,
    _holiday, _ordinal_day, _week_of, _week_of_day,
)
from .durations import _bare_units, _duration_rule, _frequency, _season_set, _set, _vague_duration
from .lexicon import Lexicon, load_lexicon
from .periods import (
    _century, _day_of_month, _decade, _fiscal_rule, _half, _half_code, _month_quarter, _month_rule, _named_year, _quarter_code,
    _quarter_rule, _season, _spoken_year, _turn, _week_of_month, _year, _year_end, _year_span,
)
from .relative import (
    _ago, _anaphor, _anaphor_shift, _deictic, _from_day, _half_unit, _nth_day, _ref, _rel_unit, _rel_weekday, _same_time, _the_unit,
    _unit_after_next, _week_ending_weekday, _year_ago,
)

__all__ = ["Value", "Context", "HANDLERS", "UNANCHORED_NOTE", "AMBIGUOUS_NUMERIC_NOTE"]


_WORD = re.compile(r"[A-Za-z]+")


def _titled_unit(m: "re.Match[str]", ctx: Context) -> bool:
    """Whether a unit word of the match is capitalized inside running text ('"60 Minutes"', 'ABC's "This Week
    With David Brinkley"'): a programme, book or film title, not a time. A unit word opening a sentence ("Days
    later, ...") is no title; a line written in title case (a headline: 'Talks To Resume Next Week') keeps its
    times; so does text in capitals."""
    units = ctx.lex.units
    titled = False
    for word in _WORD.finditer(m.group(0)):
        text, at = word.group(0), m.start() + word.start()
        if text[0].isupper() and text[1:].islower() and text.lower() in units:
            before = ctx.text[max(0, at - 8): at]
            titled = titled or (bool(ctx.text[:at].strip()) and _OPENING.search(before) is None)
    if not titled:
        return False  # no capitalized unit word, or only one opening a sentence ("Days later, ...")
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    line_end = ctx.text.find("\n", ctx.end)
    words = [w for w in _WORD.findall(ctx.text[line_start: line_end if line_end >= 0 else len(ctx.text)])
             if len(w) > 3]
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized * 10 < len(words) * int(ctx.lex.raw["headline_capitalized_tenths"])


def _not_titled(handler: Handler) -> Handler:
    """handler (Handler): a rule handler whose match holds a unit word. RETURNS (Handler): the same handler,
    giving None where a capitalized unit word makes the match a title (see ``_titled_unit``)."""

    def checked(m: "re.Match[str]", ctx: Context) -> Value | None:
        return None if _titled_unit(m, ctx) else handler(m, ctx)

    return checked


HANDLERS: dict[str, Handler] = {
    "time": _time,
    "date_iso": _date_iso,
    "date_slash": _date_slash,
    "part_of_day": _part_of_day,
    "overnight": _overnight,
    "small_hours": _small_hours,
    "date_mdy": _date_mdy,
    "date_dmy": _date_mdy,
    "date_range": _date_range,
    "dmy_range_first": _dmy_range_first,
    "dmy_range_last": _dmy_range_last,
    "week_ending_weekday": _week_ending_weekday,
    "week_of": _week_of,
    "week_of_dmy": _week_of_day,
    "ordinal_day": _ordinal_day,
    "quarter": _quarter_rule,
    "half": _half,
    "fiscal": _fiscal_rule,
    "named_year": _named_year,
    "year_span": _year_span,
    "quarter_code": _quarter_code,
    "month_quarter": _month_quarter,
    "half_code": _half_code,
    "month": _month_rule,
    "season_set": _season_set,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "holiday": _holiday,
    "spoken_year": _spoken_year,
    "year_end": _year_end,
    "year_ago": _year_ago,
    "ago": _not_titled(_ago),
    "anaphor": _not_titled(_anaphor),
    "anaphor_shift": _anaphor_shift,
    "rel_unit": _not_titled(_rel_unit),
    "rel_weekday": _rel_weekday,
    "deictic": _deictic,
    "set": _set,
    "frequency": _frequency,
    "from_day": _from_day,
    "duration": _not_titled(_duration_rule),
    "ref": _ref,
    "vague_duration": _vague_duration,
    "bare_units": _not_titled(_bare_units),
    "the_unit": _not_titled(_the_unit),
    "unit_after_next": _unit_after_next,
    "same_time": _same_time,
    "week_of_month": _week_of_month,
    "day_of_month": _day_of_month,
    "half_unit": _half_unit,
    "nth_day": _nth_day,
    "turn": _turn,
}


def default_lexicon() -> Lexicon:
    """RETURNS (Lexicon): the English language data."""
    return load_lexicon()
