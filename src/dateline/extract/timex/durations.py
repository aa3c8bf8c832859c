"""Durations and sets: amounts of time ("two days", "decade-long", "for years"), vague durations ("for a
while"), "one day" after a modal (an unknown future day), and recurrences ("every Monday", "twice a year",
"daily"); a rate's time unit ("$1.76 a year") is none of them.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from . import resolve
from .context import Context, Value, _context_blocks, _followed_by, _followed_by_compound
from .lexicon import alternation, load_lexicon
from .words import _number, _part, _unit_code, _w, _weekday, _words_regex, _years


#: A year written before "a year" ("opened in 2016 and ran for a year") is no amount of a rate ("$50 a year").
_YEAR_NUMBER = re.compile(r"(?<![\d$£€.,])(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d|\s*(?:%|percent))")


#: An amount (a number, money, a percentage) at most four words before: "$500 million a year in costs", "rise 8%
#: annually", "10,000 units annually".
_AMOUNT_BEFORE = re.compile(r"(?:\d|\$|%|\b(?:percent|cents|per)\b)\W{0,3}(?:\w+\W+){0,4}$")


@cache
def _calendar_numbers() -> "re.Pattern[str]":
    """The number of a month-day ("Oct. 5", "March 3rd") or of a clock time ("3 p.m.", "10:30 a.m."): no amount."""
    lex = load_lexicon()
    months = alternation(lex.months, optional_period=True)
    return re.compile(rf"\b(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b\.?", re.I)


def _rate(ctx: Context) -> bool:
    """Whether the match is the time unit of a rate ("$1.76 a year", "8.5% annually", "10,000 units annually"),
    which TimeML leaves untagged as it does a speed ("100 km per hour"): an amount right before it. A year, a
    month-day or a clock time is no amount ("signed on Oct. 5, a week after talks began")."""
    before = _calendar_numbers().sub("day", _YEAR_NUMBER.sub("year", ctx.before(40)))
    return _AMOUNT_BEFORE.search(before) is not None


def _duration(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    if m["closed"]:  # "the weeklong festival"
        return Value("DURATION", str(lex.table("closed_duration_words")[_w(m["closed"])]))
    if m["lone"]:  # "the past fortnight"
        return Value("DURATION", resolve.duration_value(1.0, _unit_code(lex, m["lone"]), _years(lex)))
    if m["lone2"]:  # "another year", "a further month": one unit
        if _w(m["lone2"]).endswith("s") or _w(m["lone2"]) in lex.words("ordinal_units"):
            return None  # "another seconds", "another second bomb"
        return Value("DURATION", resolve.duration_value(1.0, _unit_code(lex, m["lone2"]), _years(lex)))
    if m["ulong"]:  # "decade-long" (one decade), "weeks-long" (some weeks)
        if lex.table("duration_adjectives")[_w(m["adj2"])] == "age":
            return None
        plural = _w(m["ulong"]).endswith("s") and _w(m["ulong"]).rstrip("s") in lex.units
        return Value("DURATION", resolve.duration_value(None if plural else 1.0, _unit_code(lex, m["ulong"]), _years(lex)))
    unit = _unit_code(lex, m["unit"])
    num_w = _w(m["num"])
    amount = None if m["num2"] else _number(lex, num_w)
    if m["half"] and amount is not None:
        amount += 0.5  # "a year and a half"
    if unit == "Q" and (num_w in ("a", "an") or (m["sep"] == "-" and _w(m["unit"]).endswith("s"))):
        return None
    if unit == "Q" and _words_regex("fraction_of_followers", r"\s+of\s+(?:WORDS)(?![\w'’])", re.I).match(ctx.after(12)):
        return None  # "three quarters of the voters": a fraction, no time ("two quarters of growth" stays one)
    if m["adj"] and lex.table("duration_adjectives")[_w(m["adj"])] == "age":
        return None
    if num_w in ("a", "an") and _w(m["unit"]) in lex.words("ordinal_units") and re.match(r"\s+[a-z0-9]", ctx.after(3), re.I):
        return None  # "a second bomb", "a second 70-megawatt unit": the ordinal
    if num_w in ("a", "an") and not (m["approx"] or m["adj"] or m["half"]) and m["sep"].strip() == "" \
            and _followed_by_compound(ctx, "unit_compound_nouns"):
        return None  # "a day trader", "a night game": the unit is part of a noun, no time
    if num_w in ("a", "an", "one") and not m["approx"] and m["sep"].strip() == "" and not m["adj"] and _rate(ctx):
        return None  # "$1.76 a year", "358,000 jobs a month": a rate, as a speed is, no time
    if amount is not None and amount > 1000:
        return None
    if amount is not None and amount == int(amount) and not (m["approx"] or m["adj"] or m["half"]) \
            and m["sep"].strip() == "" and _point_ahead(ctx):
        if re.match(r"\s+or\s+(?:two|three|more)\b", ctx.after(12)):
            return Value("DATE", "FUTURE_REF")  # "in a year or two": some time ahead, no one point
        point = _units_ahead(ctx, int(amount), unit)
        if point is not None:  # "would be redeemed in five years": the year five years on
            return Value("DATE", point)
    return Value("DURATION", resolve.duration_value(amount, unit, _years(lex)))


def _point_ahead(ctx: Context) -> bool:
    """Whether an amount of time names the point that far ahead: right after "in" (``point_ahead_words``), with no
    "of" after it ("in two years of talks" is a stretch), in a clause about the future ("the notes will be redeemed
    in five years"; "in three days' time" unless the clause is past). In a past clause it is a stretch ("wrote two
    letters in two weeks")."""
    if _words_regex("point_ahead_words", r"(?<![\w'’])(?:WORDS)\s+$").search(ctx.before(12)) is None:
        return False
    if _words_regex("record_span_words", r"(?:\b(?:be|is|was|are|were|marks?|marked|becomes?|became)|,)\s+(?:the|its|his|"
                    r"her|their)\s+(?:WORDS)\b[^,.;:]*$", re.I).search(ctx.before(80)):
        return False  # "will be the first trip to Japan by a defence chief in two years", "..., the first such trip in
        # two years": the stretch the record covers
    if re.match(r"\s*(?:of\b|['’](?!s?\s*time\b))", ctx.after(8)):  # "in two years' time" is the point too
        return False
    if re.match(r"['’]s?\s*time\b", ctx.after(8)):  # "the vote is in three days' time": ahead unless told in the past
        return ctx.tense() != "past"
    return ctx.tense() == "future"


def _units_ahead(ctx: Context, n: int, unit: str) -> str | None:
    """The date ``n`` days, weeks, months or years after the publication date, at the unit's precision (days and
    weeks give the day, as "two weeks ago" does). RETURNS (str | None): the value; None without an anchor or for
    another unit."""
    anchor = ctx.anchor
    if anchor is None or unit not in ("D", "W", "M", "Y"):
        return None
    if unit in ("D", "W"):
        return (anchor + timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    if unit == "M":
        y, mo = resolve.shift_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{mo:02d}"
    return f"{anchor.year + n:04d}"


def _bare_units(m: "re.Match[str]", ctx: Context) -> Value | None:
    word = _w(m["unit"])
    mod = _w(m["mod"])
    if not word.endswith("s") and not m["ahead"]:
        return None
    if not mod and not m["ahead"]:
        if not _words_regex("bare_unit_cues_before", r"\b(?:WORDS)\s+$").search(ctx.before(10)):
            return None
    if mod in ctx.lex.words("articles") and not m["ahead"] and not _followed_by(ctx, "stretch_followers"):
        if not _words_regex("article_unit_cues_before", r"(?<![\w'’])(?:WORDS)\s+$").search(ctx.before(12)):
            return None  # "over the years", "through the decades": a stretch of time; "the weeks that followed" is none
    return Value("DURATION", resolve.duration_value(None, _unit_code(ctx.lex, word.rstrip("s") if word.rstrip("s") in ctx.lex.units else word), _years(ctx.lex)))


def _set(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    if m["setw"]:
        if _context_blocks(ctx, _w(m["setw"])):  # "average daily volume": a rate
            return None
        if _w(m["setw"]) in lex.words("rate_set_words") and _rate(ctx):  # "rise 8% annually": a rate
            return None
        return Value("SET", str(lex.table("sets")[_w(m["setw"])]))
    if m["wepl"]:  # "on weekends", "at weekends": every weekend
        if not _words_regex("weekend_set_cues_before", r"(?<![\w'’])(?:WORDS)\s+$", re.I).search(ctx.before(12)):
            return None
        return Value("SET", "XXXX-WXX-WE")
    if m["wdpl"] or m["wdn"]:
        part = _part(lex, m["part2"] or m["partpl"])
        day = _weekday(lex, m["wdn"] or m["wdpl"][:-1])
        return Value("SET", f"XXXX-WXX-{day}" + (f"T{part}" if part else ""))
    what = _w(m["what"]).rstrip(".")
    if what in lex.weekdays:
        part = _part(lex, m["part"])
        return Value("SET", f"XXXX-WXX-{lex.weekdays[what]}" + (f"T{part}" if part else ""))
    if what in lex.months:
        return Value("SET", f"XXXX-{lex.months[what]:02d}")
    if what in lex.table("seasons"):
        return Value("SET", f"XXXX-{lex.table('seasons')[what]}")
    if what in lex.table("parts_of_day") and not m["num"]:  # "every morning", "each night": that part of each day
        return Value("SET", f"XXXX-XX-XXT{lex.table('parts_of_day')[what]}")
    if lex.units.get(what) == "WE":  # "every weekend", "every other weekend": each weekend (XXXX-WXX-WE)
        return Value("SET", "XXXX-WXX-WE")
    amount = _number(lex, m["num"]) if m["num"] else 1.0
    if amount is not None:
        amount *= float(lex.table("set_quantifiers").get(_w(m["q"]), 1))  # "every other week": P2W
    return Value("SET", resolve.duration_value(amount, _unit_code(lex, what), _years(lex)))


def _season_set(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the past three summers", "the next two winters": that season of several years, a SET (XXXX-SU), as "every
    summer" is; no one stretch of time."""
    return Value("SET", f"XXXX-{ctx.lex.table('seasons')[_w(m['seasons'])[:-1]]}")


#: Unit codes from the shortest to the longest: "six days a week" counts a shorter unit in a longer one.
_UNIT_ORDER = ("TS", "TM", "TH", "D", "W", "M", "Q", "Y", "DE", "CE")


def _frequency(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"twice a year", "three times a week", "twice daily", "six days a week", "12 hours a day": a SET of the period
    (the count is TimeML's freq)."""
    if m["cnum"]:  # "six days a week": only a shorter unit counted in a longer one is a frequency
        inner = _unit_code(ctx.lex, m["cunit"])
        outer = _unit_code(ctx.lex, m["unit"]) if m["unit"] else str(ctx.lex.table("sets")[_w(m["setw"])])[-1]
        if m["every"] or inner not in _UNIT_ORDER or outer not in _UNIT_ORDER \
                or _UNIT_ORDER.index(inner) >= _UNIT_ORDER.index(outer):
            return None
    if m["setw"]:
        return Value("SET", str(ctx.lex.table("sets")[_w(m["setw"])]))
    every = _number(ctx.lex, m["every"]) if m["every"] else 1.0  # "once every two weeks": P2W
    if every is None or (m["every"] and _w(m["art"]) not in ctx.lex.words("set_quantifiers")):
        return None  # "twice a two weeks" is no frequency
    return Value("SET", resolve.duration_value(every, _unit_code(ctx.lex, m["unit"]), _years(ctx.lex)))


def _vague_duration(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"for a while", "for some time": a DURATION of no stated length (``vague_durations``); the preposition before
    it is left out of the extent."""
    value = str(ctx.lex.table("vague_durations")[_w(m["vd"])])
    return Value("DURATION", value, skip=m.start("vd") - m.start())


def _someday(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"Islam will one day be ...", "a court could one day rule ...": "one day" right after a modal is an unknown
    future day (``someday_phrases``), not a day-long duration. RETURNS (Value | None): that reference, else None."""
    reference = ctx.lex.table("someday_phrases").get(_w(m.group(0)))
    if reference is None:
        return None
    modals = _words_regex("someday_cues_before", r"(?<![\w'’])(?:WORDS)\s+$")
    if modals.search(ctx.before(12)) is None or re.match(r"\s+of\b", ctx.after(4)):
        return None  # "tickets to one day of the festival": a day's worth
    return Value("DATE", str(reference))


def _duration_rule(m: "re.Match[str]", ctx: Context) -> Value | None:
    someday = _someday(m, ctx)
    if someday is not None:
        return someday
    value = _duration(m, ctx)
    if value is not None and m["adj"] and _w(m["num"]) in ("a", "an") and _w(m["unit"]).endswith("s"):
        # "a weeks-long standoff": the article is the noun's; the length is some weeks
        unit = _unit_code(ctx.lex, m["unit"])
        return Value("DURATION", resolve.duration_value(None, unit, _years(ctx.lex)), skip=m.start("unit") - m.start())
    if value is not None and m["adj"] and _w(m["num"]) in ("a", "an") and m.string[m.end("unit")] == "-":
        return value._replace(skip=m.start("unit") - m.start())  # "a week-long visit": the article is the noun's
    if value is not None and m["approx"] and m["sep"] == "-" and _w(m["approx"]) in ctx.lex.words("articles"):
        return value._replace(skip=len(m.group(0)) - len(m.group(0)[len(m["approx"]):].lstrip()))
    return value
