"""Expressions read from the publication date or from a date written before them: weekdays ("on Monday",
"next Tuesday"), "today"/"tomorrow", "next week", "that day", "the year before", "two years ago", "18 months
earlier", "the year-ago quarter", "this time last year", "a week from today", "the eighth day of the strike" and
vague references ("recently", "now": PAST_REF, PRESENT_REF, FUTURE_REF).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from . import resolve
from .context import (
    Context, Value, _context_blocks, _followed_by, _looks_ahead, _preceded_by, _signal_tense, _unanchored,
)
from .lexicon import load_lexicon
from .words import _fraction_of_figure, _number, _part, _rel, _unit_code, _w, _weekday, _words_regex, _years


def _day_value(day: date, part: str | None = None) -> str:
    return day.isoformat() + (f"T{part}" if part else "")


def _weekday_day(m_wd: str, rel: int | None, ctx: Context, far: bool = False) -> date | None:
    if ctx.anchor is None:
        return None
    if rel is None and (week := re.search(r"(?<![\w'])(?P<rel>\w+)\s+week,?\s+(?:on\s+)?$", ctx.before(30), re.I)) \
            is not None and (offset := _rel(ctx.lex, week["rel"])) is not None:
        monday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday() - 1) + timedelta(weeks=offset)
        return monday + timedelta(days=_weekday(ctx.lex, m_wd) - 1)  # "will meet next week on Thursday": that week's
    if _looks_ahead(ctx):
        tense = "future"  # "ahead of Tuesday's vote", "in the run-up to Sunday's election"
    elif _preceded_by(ctx, "backward_signals"):
        tense = "past"  # "since Sunday"
    elif _words_regex("retold_plan_signals", r"(?<![\w'])(?:WORDS)\s+(?:next\s+|this\s+)?$", re.I).search(
            ctx.before(40)) is not None and rel is None:
        tense = "plan"  # "which had been scheduled for Friday": the plan's day, on either side of the report
    elif ctx.after(2) in ("'s", "’s") and not _possessed_event(ctx):
        tense = "past"  # "will digest Friday's jobs data": the thing named is usually done
    elif ctx.after(2) in ("'s", "’s") and rel is None and _words_regex(
            "changed_plan_verbs", r"(?<![\w'])(?:has|have|will|would|to)\s+(?:[a-z]+\s+)?(?:WORDS)\s+$",
            re.I).search(ctx.before(40)) is not None:
        tense = "future"  # "The union has called off Saturday's rally", "will postpone Friday's vote": still ahead
    elif ctx.after(2) in ("'s", "’s") and rel is None and _words_regex(
            "changed_plan_verbs", r"(?<![\w'])(?:WORDS)\s+$", re.I).search(ctx.before(30)) is not None:
        tense = "plan"  # "Police banned Saturday's march": a plan's day, the nearest, whatever the verb's tense
    elif ctx.after(2) in ("'s", "’s") and rel is None and _possessed_event(ctx) and _words_regex(
            "changed_plan_verbs", r"(?<![\w'])(?:WORDS)\s[^.;]*\bfor\s+$", re.I).search(ctx.before(80)) is not None:
        tense = "plan"  # "has cancelled his trip to Stockholm for Saturday's wedding": the occasion a called-off trip
        # was for is a plan, the nearest such day, whatever the tense of the verb
    else:
        tense = ctx.tense()
    return resolve.weekday_date(ctx.anchor, _weekday(ctx.lex, m_wd), tense, rel, far)


def _possessed_event(ctx: Context) -> bool:
    """Whether a weekday's possessive names an event within its next three words ("will not attend Tuesday's
    inauguration", "Saturday's state funeral"; ``possessive_event_nouns``): the event is read in the clause's tense,
    not as a thing already done ("Friday's jobs data")."""
    nouns = frozenset(load_lexicon().raw["possessive_event_nouns"])
    return any(w.strip(".,;:!?\"'") in nouns for w in ctx.after(40)[2:].split()[:3])


@cache
def _shared_plural() -> "re.Pattern[str]":
    """After a weekday, "and"/"or" and a plural that distributes over both: another weekday in the plural ("Monday
    and Tuesdays") or with a plural part of day ("Monday and Tuesday nights", group ``part``)."""
    lex = load_lexicon()
    days = "|".join(re.escape(w) for w in lex.weekdays if len(w) > 4)
    parts = "|".join(re.escape(w) for w in lex.table("parts_of_day"))
    return re.compile(rf"\s+(?:and|or)\s+(?:(?:{days})s|(?:{days})\s+(?P<part>{parts})s)(?![\w'’])", re.I)


def _week_ending_weekday(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week ended Friday", "the week to Thursday" (jobless claims, fund flows): the ISO week holding most of the
    seven days that end on that weekday, read in the clause's tense, as "the week ending Feb. 7" is."""
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-WXX")
    day = _weekday_day(m["wd"], _rel(ctx.lex, m["rel"]), ctx)
    if day is None:
        return None
    return Value("DATE", resolve.iso_week(day - timedelta(days=3)))


@cache
def _weekday_title_regex() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a title word right after a weekday ("the Sunday Times", "Saturday Night Live"),
    not the first word of a place name ("Times Square"); case-sensitive."""
    breakers = "|".join(re.escape(w) for w in load_lexicon().words("weekday_title_breakers"))
    return _words_regex("weekday_title_followers", rf"\s+(?:WORDS)(?![\w'’-])(?!\s+(?:{breakers})\b)")


def _rel_weekday(m: "re.Match[str]", ctx: Context) -> Value | None:
    word = m["wd"]
    if word[0].islower() and len(word) > 5 and not m["rel"]:
        return None
    if not m["rel"] and word[0].isupper() and _weekday_title_regex().match(ctx.text, m.end("wd")):
        return None  # "the Sunday Times", "Saturday Night Live": a title, no day
    if not (m["rel"] or m["part"] or m["edge"] or m["pos"]):
        shared = _shared_plural().match(ctx.text, ctx.end)
        if shared is not None:  # "on Monday and Tuesday nights": every Monday night, as every Tuesday night
            part = _part(ctx.lex, shared["part"])
            return Value("SET", f"XXXX-WXX-{_weekday(ctx.lex, word)}" + (f"T{part}" if part else ""))
    far = bool(m["rel"]) and _w(m["rel"]) in ctx.lex.words("far_weekday_modifiers")  # "next Tuesday", not "this coming"
    day = _weekday_day(word, _rel(ctx.lex, m["rel"]), ctx, far)
    week = re.match(r"\s+(?:of\s+)?(next|last|this)\s+week\b", ctx.after(20)) if not m["rel"] else None
    if week is not None and ctx.anchor is not None:
        # "Tuesday next week": that weekday of the week named right after it
        shift = {"next": 7, "last": -7, "this": 0}[week.group(1)]
        monday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday() - 1) + timedelta(days=shift)
        day = monday + timedelta(days=_weekday(ctx.lex, word) - 1)
    part = ctx.lex.table("weekday_parts_of_day").get(_w(m["part"])) if m["part"] else None
    if m["edge"]:
        if m["part"]:
            return None
        part = str(ctx.lex.table("day_edge_words")[_w(m["edge"])])  # "dawn on Sunday"
    kind = "TIME" if part else "DATE"
    anaphoric = ctx.lex.table("anaphoric_weekday_modifiers").get(_w(m["rel"]))
    refer = (f"WD{_weekday(ctx.lex, word)}", int(anaphoric)) if anaphoric is not None and not part else None
    if day is None:
        return _unanchored(kind, "XXXX-XX-XX" + (f"T{part}" if part else ""))._replace(refer=refer)
    return Value(kind, _day_value(day, part), refer=refer)


def _deictic(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    phrase = _w(m["dd"])
    offset = int(lex.table("deictic_days")[phrase])
    if not m["pos"] and not m["part"] and _context_blocks(ctx, phrase):  # "USA Today", "today's youth"
        return None
    part = _part(lex, m["part"])
    if part is None:
        for word, code in lex.table("parts_of_day").items():
            if phrase.endswith(word) and phrase not in lex.words("deictic_without_part"):
                part = str(code)
    kind = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return _unanchored(kind, "XXXX-XX-XX" + (f"T{part}" if part else ""))
    return Value(kind, _day_value(ctx.anchor + timedelta(days=offset), part))


def _rel_unit(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    rel = _rel(lex, m["rel"])
    unit = str(lex.units[_w(m["unit"])])
    if rel is None:
        return None
    if unit == "Y" and rel == -1 and ctx.anchor is not None and not m["pos"] \
            and (_compared_figure(ctx) or _results_after(ctx)) and _quarter_context(ctx):
        # "compared with a loss of $3 million last year", "last year's results" in earnings copy: the reported period
        # a year before, as "a year ago" is (the last quarter or stretch of the year written; else the last full
        # quarter)
        y, q = resolve.shift_quarter(ctx.anchor.year, resolve.quarter_of(ctx.anchor), -5)
        return Value("DATE", f"{y:04d}-Q{q}", comparison=True, refer=("P", -1))
    return _shifted_unit(unit, rel, ctx)


#: A figure starting right after "last year's" ("last year's $1.55 billion", "last year's 12%").
_FIGURE_AFTER = re.compile(r"['’]s\s+(?:[A-Z]{0,2}\$|£|€|#)?\d")
#: Between the comparison word and the figure: a noun phrase of a few words ("a loss of", "earnings of"), then the
#: figure, with no "to" (the figure reached: "from $3 million to $5 million last year") and no year in it.
_FIGURE_LEAD = (r"(?:\s+[\w'’]+){0,4}?\s+(?=(?:[A-Z]{0,2}\$|£|€|#)?\d)"
                r"(?:(?!\bto\b|\b(?:1[5-9]|20)\d\d\b)(?:[^.;!?]|\.(?=\d))){0,40}?")


@cache
def _compared_figure_regexes() -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """A comparison word (``figure_comparison_words``) ending the text before "last year" ("up from last year's"),
    and one followed by the figure compared, which ends in a digit, "%" or a figure word (``figure_end_words``:
    "$3 million", "$4.41 a share,", "70 Canadian cents a share", "20%")."""
    lex = load_lexicon()
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in lex.words("figure_comparison_words"))
    ends = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in lex.words("figure_end_words"))
    figure_end = rf"(?:[\d%]|\b(?:{ends}))[\s,)]*$"
    return (re.compile(rf"(?<![\w'’])(?:{words})\s+$", re.I),
            re.compile(rf"(?<![\w'’])(?:{words}){_FIGURE_LEAD}{figure_end}", re.I))


def _results_after(ctx: Context) -> bool:
    """Whether "last year's" names reported results ("Last year's results were hurt by ...":
    ``reported_result_nouns``)."""
    results = _words_regex("reported_result_nouns", r"['’]s\s+(?:WORDS)(?![\w'’-])", re.I)
    return results.match(ctx.text, ctx.end) is not None


def _compared_figure(ctx: Context) -> bool:
    """Whether "last year" is the period of a compared figure: "compared with a loss of $3 million last year", "up
    from 20% last year", or "from last year's $1.55 billion" (a comparison word right before it, a figure after).

    ctx (Context): the match. RETURNS (bool): whether it is.
    """
    word_before, figure_before = _compared_figure_regexes()
    if word_before.search(ctx.before(20)) and _FIGURE_AFTER.match(ctx.text, ctx.end):
        return True
    return figure_before.search(ctx.text, max(0, ctx.start - 90), ctx.start) is not None


def _shifted_unit(unit: str, rel: int, ctx: Context) -> Value | None:
    anchor = ctx.anchor
    unknown = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "DE": "XXX", "CE": "XX"}
    if unit not in unknown:
        return None
    if anchor is None:
        return _unanchored("DATE", unknown[unit])
    if unit == "Y":
        return Value("DATE", f"{anchor.year + rel:04d}")
    if unit == "M":
        y, mo = resolve.shift_months(anchor.year, anchor.month, rel)
        return Value("DATE", f"{y:04d}-{mo:02d}")
    if unit in ("W", "WE"):
        return Value("DATE", resolve.iso_week(anchor + timedelta(weeks=rel)) + ("-WE" if unit == "WE" else ""))
    if unit == "DE":
        return Value("DATE", f"{anchor.year // 10 + rel:03d}")
    return Value("DATE", f"{anchor.year // 100 + rel:02d}")


def _anaphor(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    det = _w(m["det"])
    unit = str(lex.table("anaphoric_units")[_w(m["unit"])])
    if f"{det} {_w(m['unit'])}" in lex.words("anaphoric_kept_on_anchor"):
        return None
    offset = int(lex.table("anaphoric_determiners")[det])
    unknown = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit]
    required = unit == "D" or offset == 0
    if unit == "D" and offset == 0 and (year := _YEAR_AFTER.match(ctx.after(12))) is not None:
        return Value("DATE", year[1])  # "held both elections on the same day in 2024": a day of that year (its day
        # unknown, the year alone is told)
    if ctx.anchor is None:
        return _unanchored("DATE", unknown)._replace(refer=(unit, offset), refer_required=required)
    value = resolve.shift_value(ctx.anchor.isoformat(), unit, offset) or unknown
    return Value("DATE", value, refer=(unit, offset), refer_required=required)


#: "the same day in 2024": a year written right after a day anaphor names the year of that day.
_YEAR_AFTER = re.compile(r"\s+(?:in|of)\s+(\d{4})\b")


def _anaphor_shift(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the year before", "the week after" ending a clause: the unit before/after the last date written shortly
    before, else read from the publication date."""
    unit, offset = (str(v) for v in ctx.lex.table("anaphoric_shifts")[_w(m["shift"])])
    unknown = {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit]
    refer = (unit, int(offset))
    if ctx.anchor is None:
        return _unanchored("DATE", unknown)._replace(refer=refer)
    value = resolve.shift_value(ctx.anchor.isoformat(), unit, int(offset)) or unknown
    return Value("DATE", value, refer=refer)


#: "a high for the year of $42.875", "a low for the week of 1.2%": the "of" brings the figure, the unit stands alone.
_FIGURE_AFTER_OF = re.compile(r"\s+of\s+(?:[$£€¥]\s?\d|\d[\d,.]*\s*(?:%|percent\b|cents?\b|points?\b))")


def _the_unit(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week", "the whole month", "the end of the month", "by the end of the decade" (the decade needs the position)."""
    unit = str(ctx.lex.table("the_unit_words")[_w(m["unit"])])
    if ctx.after(3).startswith((" of", "'s", "-")) and not _FIGURE_AFTER_OF.match(ctx.after(24)):
        return None  # "the year of the dragon", "the week's", "the year-ago": not the unit alone
    if unit in ("DE", "CE") and not m["pos"]:
        return None  # "the decade" alone is mostly a stretch of time ("the worst in the decade")
    if unit == "Y" and _followed_by(ctx, "period_end_words"):
        return Value("DURATION", "P1Y")
    if not m["pos"] and unit in ("D", "W", "M", "Y", "DE") and _followed_by(ctx, "stretch_followers"):
        return Value("DURATION", resolve.duration_value(1.0, unit, _years(ctx.lex)))  # "in the year since the flood"
    if unit == "WE" and ctx.anchor is not None and ctx.anchor.isoweekday() < 6:
        tense = _signal_tense(ctx)  # "ahead of the weekend" lies ahead whatever the clause's verb
        if tense == "past" or (tense == "none" and ctx.anchor.isoweekday() <= 2):
            # "over the weekend" in a past clause on a weekday: the one just gone
            last_sunday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday())
            return Value("DATE", resolve.iso_week(last_sunday) + "-WE")
    return _shifted_unit(unit, 0, ctx)


def _unit_after_next(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week after next" (two weeks on), "the year before last" (two years back)."""
    shift = int(ctx.lex.table("unit_shift_words")[_w(m["shift"])])
    return _shifted_unit(str(ctx.lex.units[_w(m["unit"])]), shift, ctx)


def _same_time(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"this time last year": the publication day a year (month, week) back or ahead."""
    rel = _rel(ctx.lex, m["rel"])
    unit = str(ctx.lex.units[_w(m["unit"])])
    if rel is None or rel == 0 or unit not in ("Y", "M", "W"):
        return None
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    if unit == "W":
        return Value("DATE", (ctx.anchor + timedelta(weeks=rel)).isoformat())
    y, mo = resolve.shift_months(ctx.anchor.year, ctx.anchor.month, rel * (12 if unit == "Y" else 1))
    day = min(ctx.anchor.day, calendar.monthrange(y, mo)[1])
    return Value("DATE", date(y, mo, day).isoformat())


def _nth_day(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"Today is the eighth day of the strike", "It's the second day of the offensive": the day a copula with a
    day subject (``nth_day_subjects``: "today is", "it's"...) names, counted from the publication day; without
    such a subject ("on the third day of the trial") the day is not known and not tagged."""
    subjects = ctx.lex.table("nth_day_subjects")
    subject = _nth_day_subject(tuple(subjects)).search(ctx.text[max(0, ctx.start - 24): ctx.start])
    if subject is None:
        return None
    offset = int(subjects[_w(subject[1].replace("’", "'"))])
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    return Value("DATE", (ctx.anchor + timedelta(days=offset)).isoformat())


@cache
def _nth_day_subject(phrases: tuple[str, ...]) -> "re.Pattern[str]":
    """The ``nth_day_subjects`` phrases at the end of a text, an apostrophe written straight or curly ("it's", "it’s")."""
    words = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split()) for phrase in phrases)
    return re.compile(rf"(?<![\w'’])({words})\s+$", re.I)


def _half_unit(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"half an hour", "half a century": half the unit (PT30M, P50Y); "half a year ago": six months back (read as
    "ago" is). After a comparison word ("up from half a year ago") the half is a figure's: no time here.

    m (re.Match[str]): the ``half_unit`` match. ctx (Context): text, anchor and tense.
    RETURNS (Value | None): the DURATION or DATE, or None for a figure's fraction.
    """
    if _fraction_of_figure(m["num"], ctx.before(24)):
        return None
    if m["dir"]:
        return _ago(m, ctx)
    amount = float(ctx.lex.table("fraction_amounts")[_w(m["num"])])
    return Value("DURATION", resolve.duration_value(amount, _unit_code(ctx.lex, m["unit"]), _years(ctx.lex)))


def _ago(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    if m["num"] is None:  # "years ago", "decades ago", "months from now": an untold amount of time back or ahead
        if not _w(m["unit"]).endswith("s") or _w(m["dir"]) in lex.words("anaphoric_ago_words"):
            return None  # "week ago", "months later" (the story's time, not the publication date's)
        # as the TimeBank gold writes "months ago": the stretch up to the publication date (PXM), as "for months"
        return Value("DURATION", resolve.duration_value(None, _unit_code(lex, m["unit"]), _years(lex)))
    fraction = lex.table("fraction_amounts").get(_w(m["num"]))
    amount = float(fraction) if fraction is not None else _number(lex, m["num"])
    unit = _unit_code(lex, m["unit"])
    direction = int(lex.table("ago_words")[_w(m["dir"])])
    if unit == "2W":  # "a fortnight ago", "two fortnights from now": counted in weeks
        unit, amount = "W", None if amount is None else amount * 2
    if amount is not None and not float(amount).is_integer() and unit in lex.table("unit_years"):
        amount, unit = round(amount * int(lex.table("unit_years")[unit]), 6), "Y"  # "a quarter century ago": 25 years
    if amount is not None and not float(amount).is_integer():
        amount, unit = resolve.in_smaller_unit(amount, unit)  # "half a year ago": six months back
    if re.match(r"\s+than\b", ctx.after(8)):
        return None  # "two days later than planned": a comparison; the amount is a duration
    if _w(m["dir"]) in lex.words("anaphoric_ago_words") and unit not in lex.words("anaphoric_ago_units"):
        return None  # "Three days later", "A day earlier": the duration rule reads the amount
    if amount is None:
        return Value("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    if amount > 1000:
        return None
    if ctx.anchor is None:
        pattern = {"D": "XXXX-XX-XX", "W": "XXXX-XX-XX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX",
                   "Q": "XXXX-QX"}.get(unit, "XXXX")
        return _unanchored("DATE", pattern)
    anchor, n = ctx.anchor, int(amount) * direction
    value = _ago_value(ctx, anchor, n, unit)
    if value is None:
        return None
    year_back = unit == "Y" and n == -1
    if _w(m["dir"]) in lex.words("anaphoric_ago_words") and unit in ("D", "W", "M", "Y", "DE", "CE"):
        # "18 months earlier": counted from the last date written shortly before, else from the publication date;
        # a year-earlier quarter ("a year earlier", in earnings copy) from the last quarter written, and "a year
        # earlier" right after a quarter is that quarter a year before ("YQ")
        quarter = "-Q" in value.value
        years = int(lex.table("unit_years").get(unit, 1))  # "a decade later": ten years on
        value = value._replace(refer=("P", n) if quarter else ("D", 7 * n) if unit == "W"
                               else ("Y", n * years) if years > 1 else ("YQ", n) if unit == "Y" and abs(n) == 1
                               else (unit, n))
        if direction > 0:  # "Six months later" with no date before it: only the amount is told
            amount_end = m.end("unit") - m.start()
            value = value._replace(fallback=("DURATION", resolve.duration_value(amount, unit, _years(lex)), amount_end))
    elif year_back and "-Q" in value.value:
        # "up from $3 million a year ago" in earnings copy: the reported period (the last quarter or stretch of the
        # year written) a year before
        value = value._replace(refer=("P", -1))
    return value._replace(comparison=True) if year_back else value


def _ago_value(ctx: Context, anchor: date, n: int, unit: str) -> Value | None:
    """The date ``n`` units (``D``, ``W``, ``M``, ``Q``, ``Y``...) from the publication date."""
    lex = ctx.lex
    if unit in ("D", "TH", "TM", "TS"):
        days = n if unit == "D" else 0
        return Value("DATE", (anchor + timedelta(days=days)).isoformat())
    if unit == "W":
        return Value("DATE", (anchor + timedelta(weeks=n)).isoformat())
    if unit == "WE":  # "two weekends ago": the weekend of the week that far back (the last one is a week back)
        year, week, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return Value("DATE", f"{year:04d}-W{week:02d}-WE")
    if unit == "M":
        y, mo = resolve.shift_months(anchor.year, anchor.month, n)
        return Value("DATE", f"{y:04d}-{mo:02d}")
    if unit == "Q":
        y, q = resolve.shift_quarter(anchor.year, resolve.quarter_of(anchor), n)
        return Value("DATE", f"{y:04d}-Q{q}")
    years = n * int(lex.table("unit_years").get(unit, 1))
    if unit == "Y" and abs(n) == 1 and _quarter_context(ctx):
        y, q = resolve.shift_quarter(anchor.year, resolve.quarter_of(anchor), -1)
        return Value("DATE", f"{y + n:04d}-Q{q}")
    return Value("DATE", f"{anchor.year + years:04d}")


@cache
def _quarter_context_regex() -> "re.Pattern[str]":
    """A quarter word ("quarter", "quarterly"...) that is no part of another noun ("quarter-century")."""
    lex = load_lexicon()
    compounds = "|".join(re.escape(w) for w in lex.words("quarter_compound_nouns"))
    words = "|".join(re.escape(w) for w in lex.words("quarter_context_words"))
    return re.compile(rf"(?:{words})(?![- ](?:{compounds})(?![\w-]))", re.I)


@cache
def _quarter_fraction_regex() -> "re.Pattern[str]":
    """A quarter word that is a fraction ("a quarter of the workforce", "three quarters of its sales"), seen from its
    end: the fraction word before it and "of" after it."""
    fractions = "|".join(re.escape(w) for w in load_lexicon().words("quarter_fraction_words"))
    return re.compile(rf"(?<![\w-])(?:{fractions})[- ]$", re.I)


#: How far back an earnings story's quarter word still makes "a year ago" the reported quarter a year before: the
#: whole opening of a story (its lead names the quarter, the comparison may come several paragraphs on).
_QUARTER_CONTEXT_REACH = 3000


def _quarter_context(ctx: Context) -> bool:
    """Whether a quarter word (not a fraction: "a quarter of") is written in the story before the match, or right
    after it."""
    start = max(0, ctx.start - _QUARTER_CONTEXT_REACH)
    fraction = _quarter_fraction_regex()
    for m in _quarter_context_regex().finditer(ctx.text, start, ctx.end + 100):
        if re.match(r"s?\s+of\b", ctx.text[m.end(): m.end() + 6], re.I) \
                and fraction.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue
        return True
    return False


def _year_ago(m: "re.Match[str]", ctx: Context) -> Value | None:
    if m["num"]:  # "the year-earlier nine months": the amount, as "the first nine months" is
        amount = _number(ctx.lex, m["num"])
        if amount is None:
            return None
        return Value("DURATION", resolve.duration_value(amount, _unit_code(ctx.lex, m["unit"]), _years(ctx.lex)))
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX")
    # the reported period a year before: the last quarter or stretch of the year written before it ("the first
    # nine months ... the year-ago results" is the year before); else the last full quarter in earnings copy
    if m["what"] or m["period"] or _quarter_context(ctx):
        y, q = resolve.shift_quarter(ctx.anchor.year, resolve.quarter_of(ctx.anchor), -5)
        return Value("DATE", f"{y:04d}-Q{q}", comparison=True, refer=None if m["what"] else ("P", -1))
    return Value("DATE", f"{ctx.anchor.year - 1:04d}", comparison=True, refer=("P", -1))


def _from_day(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"a week from today", "two weeks from Monday", "a week on Monday": the day that many days, weeks, months or
    years after the day named. After a word of ``from_day_blockers`` ("closed for two weeks from Monday") the amount
    is a duration starting that day, and both are tagged on their own, unless a word of ``from_day_target_words``
    comes before the "for" ("set for two weeks from Friday" is the day)."""
    lex = ctx.lex
    amount = _number(lex, m["num"])
    unit = _unit_code(lex, m["unit"])
    if amount is None or not float(amount).is_integer() or unit not in ("D", "W", "M", "Y"):
        return None
    if _w(m["fromw"]) in lex.words("from_day_week_only_words") and unit != "W":
        return None  # "the biggest drop in a day on Monday": no offset
    if _preceded_by(ctx, "from_day_blockers") and not _words_regex(
            "from_day_target_words", r"(?<![\w'’])(?:WORDS)\s+for\s+$", re.I).search(ctx.before(30)):
        return None  # "closed for two weeks from Monday"; "set for two weeks from Friday" is the day
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    if m["dd"]:
        base: date | None = ctx.anchor + timedelta(days=int(lex.table("deictic_days")[_w(m["dd"])]))
    else:
        base = _weekday_day(m["wd"], _rel(lex, m["rel"]), ctx)
    if base is None:
        return None
    n = int(amount)
    if unit in ("D", "W"):
        return Value("DATE", (base + timedelta(days=n * (7 if unit == "W" else 1))).isoformat())
    y, mo = resolve.shift_months(base.year, base.month, n * (12 if unit == "Y" else 1))
    return Value("DATE", date(y, mo, min(base.day, calendar.monthrange(y, mo)[1])).isoformat())


def _ref(m: "re.Match[str]", ctx: Context) -> Value | None:
    phrase = _w(m["ref"])
    value = str(ctx.lex.table("references")[phrase])
    if phrase in ctx.lex.words("adjective_references") and not re.match(r"\s+[a-z]", ctx.after(3)):
        return None
    if _context_blocks(ctx, phrase):
        return None
    return Value("DATE", value)
