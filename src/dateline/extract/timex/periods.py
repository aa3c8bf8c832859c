"""Periods longer than a day: months ("last March"), years ("2025", "nineteen ninety-four"), fiscal years,
year spans ("2025/26"), quarters and halves ("Q3 2025", "the second quarter", "H1 2026"), seasons, decades,
centuries, weeks of a month ("the first week of March"), "year-end" and "the turn of the year".
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache

from . import resolve
from .context import Context, Value, _followed_by_compound, _preceded_by, _signal_tense, _unanchored
from .lexicon import Lexicon, load_lexicon
from .words import _day_number, _month, _number, _rel, _two_digit_year, _w, _weekday, _words_regex


#: A surname after a month word used as a first name: one capitalized word, then no other capitalized word (so a
#: headline's "June Retail Sales" or "August CPI" keeps its month).
_FIRST_NAME_SURNAME = re.compile(r"\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])(?!\s+[A-Z])")


def _month_rule(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    word = m["mon"]
    plain = _w(word).rstrip(".")
    has_context = bool(m["pos"] or m["mhalf"] or m["rel"] or m["year"])  # "the second half of September": the month,
    # as "late September" is (TimeML has no code for a month's half)
    if word[0].islower() and plain in lex.words("month_words_needing_context") and not m["year"]:
        return None  # "this march", "next may": the noun or the verb
    if not has_context:
        if word[0].islower():
            return None
        if plain in lex.words("month_words_needing_context") and not _preceded_by(ctx, "month_context_before") \
                and not _month_before_noun(ctx, plain):
            return None
        if len(plain) <= 4 and not word.endswith(".") and plain not in lex.words("months_without_period"):
            if plain not in lex.words("month_abbreviations_bare") or not _preceded_by(ctx, "month_context_before"):
                return None  # "in Sept", "since Sep" are the month; "Jan Kavan" is a name
        if plain in lex.words("month_first_names") and not _preceded_by(ctx, "month_context_before") \
                and not _preceded_by(ctx, "month_name_determiners") and _FIRST_NAME_SURNAME.match(ctx.text, ctx.end):
            return None  # "April Ryan asked", "said June Carter": a person's first name
    if not m["year"] and re.match(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*%)", ctx.after(8)):
        return None  # the day follows: "last Oct. 23" is the date "Oct. 23"
    month = _month(lex, word)
    if m["year"]:
        return Value("DATE", f"{_two_digit_year(m['year']):04d}-{month:02d}")
    if m["yrel"]:
        if ctx.anchor is None:
            return _unanchored("DATE", f"XXXX-{month:02d}")
        year = ctx.anchor.year + int(lex.table("year_relatives")[_w(m["yrel"])])
        return Value("DATE", f"{year:04d}-{month:02d}")
    if ctx.anchor is None:
        return _unanchored("DATE", f"XXXX-{month:02d}")
    rel = _rel(lex, m["rel"])
    if rel is None and _preceded_by(ctx, "backward_signals"):
        year = ctx.anchor.year - (1 if month > ctx.anchor.month else 0)  # "since March"
    elif rel is None or rel == 0:
        year = resolve.closest_year(ctx.anchor, month, None, _signal_tense(ctx)) if rel is None else ctx.anchor.year
    elif rel > 0:
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    else:
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    if rel and _w(m["rel"]) in lex.words("far_month_modifiers") \
            and resolve.shift_months(ctx.anchor.year, ctx.anchor.month, rel) == (year, month):
        year += rel  # "last February" written in March: a writer would say "last month", so the year before
    return Value("DATE", f"{year:04d}-{month:02d}")


def _month_before_noun(ctx: Context, plain: str) -> bool:
    """"the March accession", "the March deadline": a capitalized month word between "the" and a lower-case noun
    (not a preposition: "the March on Rome")."""
    if plain not in ctx.lex.words("month_words_before_noun") or not re.search(r"\bthe\s+$", ctx.before(5)):
        return False
    m = re.match(r"\s+([a-z]+)\b", ctx.text[ctx.end:ctx.end + 20])
    return m is not None and m[1] not in ctx.lex.words("month_noun_stops")


def _year(m: "re.Match[str]", ctx: Context) -> Value | None:
    year = int(m["year"])
    before = ctx.before(2)
    if before.endswith(tuple(ctx.lex.words("non_year_prefixes"))) or re.search(r"[\d,.]$", before):
        return None
    after = ctx.after(3)
    if re.match(r"[-:/]\d", after):
        return None
    if not m["pre"] and ctx.anchor is not None and year > ctx.anchor.year + 30:
        return None
    if not m["pre"] and _words_regex("number_labels", r"\b(?:WORDS)\.?\s+$").search(ctx.text[max(0, ctx.start - 16): ctx.start]):
        return None  # "Flight 1549", "Section 1983": a number
    if _words_regex("model_year_makes", r"\s+(?:WORDS)\b").match(ctx.text[ctx.end: ctx.end + 24]):
        return None  # "his 1987 Chevrolet": a model year
    if not m["pre"] and not m["side"] and _name_before_year(ctx):
        return None  # "a venture called Orion 1980": a name
    if not m["pre"] and not m["side"] and _street_number(ctx):
        return None  # "outside 1600 Pennsylvania Avenue", "the 1900 block of Elm Street": an address
    if not m["pre"] and not m["side"] and _count(ctx):
        return None  # "some 2000 delegates", "1800 people", "a 1500-strong force": a number of things
    return Value("DATE", f"{year:04d}")


def _count(ctx: Context) -> bool:
    """Whether a year-like number counts things: "-strong" after it ("a 1500-strong force"), or, with no determiner
    or preposition of time before it (``year_context_words``: "the 2000 election", "by 2000 companies had"), a count
    noun after it ("1800 people", ``count_nouns``) or a count word before it ("some 2000", "more than 1700 were
    evacuated", ``count_cues_before``)."""
    if re.match(r"-strong\b", ctx.after(8), re.I):
        return True
    if _words_regex("year_context_words", r"(?<![\w-])(?:WORDS)\s+$", re.I).search(ctx.before(10)):
        return False
    if _words_regex("count_nouns", r"\s+(?:WORDS)\b").match(ctx.text, ctx.end):
        return True
    return _words_regex("count_cues_before", r"(?<![\w-])(?:WORDS)\s+$", re.I).search(ctx.before(16)) is not None


@cache
def _street_after() -> "re.Pattern[str]":
    """After a house number: up to three capitalized name words (a compass point first: "N. Main St.") and a street
    word (``street_suffixes``, case-sensitive), or "block of" (``address_block_words``)."""
    lex = load_lexicon()
    suffixes = "|".join(re.escape(w) for w in lex.words("street_suffixes"))
    blocks = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in lex.words("address_block_words"))
    return re.compile(rf"\s+(?:(?:(?:[NSEW]|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{suffixes})(?![\w-])"
                      rf"|(?i:{blocks})\s)")


def _street_number(ctx: Context) -> bool:
    """Whether the year is a house or block number: a street named after it ("at 1600 Pennsylvania Avenue", "1999
    Broadway"), not after a determiner or a preposition of time ("the 2019 Fifth Avenue parade", "in 1999 Main Street
    shops closed" keep their year), or "the 1900 block of"."""
    m = _street_after().match(ctx.text, ctx.end)
    if m is None:
        return False
    if not m.group(0).lstrip()[:1].isupper():
        return True  # "the 1900 block of"
    if _words_regex("street_metonyms", r"\s+(?:WORDS)\b").match(ctx.text, ctx.end):
        return False  # "since 2008 Wall Street has ...": the finance industry, after a year
    before = _words_regex("year_context_words", r"(?<![\w-])(?:WORDS)\s+$", re.I).search(ctx.before(10))
    return before is None


@cache
def _named_before() -> "re.Pattern[str]":
    """A name introducer ("called", "dubbed": ``name_introducers``) and capitalized words, ending the text before a
    year."""
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in load_lexicon().words("name_introducers"))
    return re.compile(rf"(?<![\w'’-])(?:{words})[ \t]+(?:(?-i:[A-Z])[\w'’.-]*[ \t]+){{1,3}}$", re.I)


def _name_before_year(ctx: Context) -> bool:
    """Whether the year ends a name introduced just before it ("a venture called Orion 1980")."""
    return _named_before().search(ctx.text[max(0, ctx.start - 60): ctx.start]) is not None


def _spoken_year(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    if m["k"]:
        if not m["pre"]:
            return None
        year = int(lex.table("spoken_year_thousands")[_w(m["k"])]) + int(_number(lex, m["yk"]) or 0)
        return Value("DATE", f"{year:04d}")
    spoken = _spoken_century_year(lex, m["cent"], m["yy"])
    return None if spoken is None else Value("DATE", f"{spoken:04d}")


def _spoken_century_year(lex: Lexicon, century: str, rest: str) -> int | None:
    """century (str): the century word ("nineteen"). rest (str): the year of the century in words ("ninety-four",
    "oh five"). RETURNS (int | None): the year (1994, 1905), None when ``rest`` is no number."""
    words = _w(rest).replace("-", " ").split()
    if words[0] in lex.words("spoken_year_zero"):
        words = words[1:]
    number = _number(lex, " ".join(words))
    if number is None:
        return None
    return int(lex.table("spoken_year_centuries")[_w(century)]) * 100 + int(number)


def _fiscal(m: "re.Match[str]", ctx: Context) -> Value | None:
    prefix = str(ctx.lex.raw["fiscal_year_prefix"])
    if m["year"] or m["fyy"]:
        return Value("DATE", f"{prefix}{_two_digit_year(m['year'] or m['fyy']):04d}")
    rel = _rel(ctx.lex, m["rel"])
    if rel is None and m["pos"] and " " in _w(m["fy"]):
        rel = 0  # "by the end of the fiscal year": the current one, as "the end of the year" is
    if rel is None:
        if " " in _w(m["fy"]):
            return Value("DURATION", "P1Y")
        return None
    if ctx.anchor is None:
        return _unanchored("DATE", f"{prefix}XXXX")
    return Value("DATE", f"{prefix}{ctx.anchor.year + rel:04d}")


def _fiscal_rule(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"fiscal 2026", "FY2026", "FY26", "fiscal 2025-26" (end_value: the second year)."""
    value = _fiscal(m, ctx)
    if value is None or not m["y2"] or not value.value[-4:].isdigit():
        return value
    last = _span_end_year(int(value.value[-4:]), m["y2"])
    if last is None:
        return None
    return value._replace(end_value=f"{last:04d}")


def _span_end_year(first: int, second: str) -> int | None:
    """Year that ends a span written "2025/26" or "2022-2024", None when it does not follow ``first``."""
    if len(second) == 4:
        last = int(second)
        return last if first < last <= first + 50 else None
    last = first // 100 * 100 + int(second)
    return last if last == first + 1 else None


def _named_year(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the 2026 fiscal year", "the 2025-26 financial year": one DATE, the first year (end_value the last)."""
    first = int(m["y1"])
    kind = str(ctx.lex.table("named_year_nouns")[_w(m["what"])])
    prefix = str(ctx.lex.raw["fiscal_year_prefix"]) if kind == "fiscal" else ""
    last = _span_end_year(first, m["y2"]) if m["y2"] else None
    if m["y2"] and last is None:
        return None
    return Value("DATE", f"{prefix}{first:04d}", end_value=None if last is None else f"{prefix}{last:04d}")


def _year_span(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the 2025/26 season", "1998-99", "2022-2024": the first year, end_value the last."""
    first = int(m["y1"] or m["y1b"])
    last = _span_end_year(first, m["y2"] or m["y2b"])
    if last is None:
        return None
    return Value("DATE", f"{first:04d}", end_value=f"{last:04d}")


def _code_year(m: "re.Match[str]") -> int | None:
    """Year written after a "Q3"/"H1" code: "2025", "'25", "25" (3Q25), "FY26"."""
    if m["year"]:
        return int(m["year"])
    short = m["yy"] or m["yy2"] or m["fyy"]
    return _two_digit_year(short) if short else None


def _quarter_code(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"Q3 2025", "3Q25", "Q3 FY26", bare "Q4" (the year as for "the fourth quarter")."""
    quarter = int(m["q"] or m["q2"])
    year = _code_year(m)
    if year is None:
        if ctx.anchor is None:
            return _unanchored("DATE", f"XXXX-Q{quarter}")
        year = ctx.anchor.year
        tense = ctx.tense()
        if quarter > resolve.quarter_of(ctx.anchor) + 1 and tense != "future":
            year -= 1  # "Q4 GDP shrinks", written in February: the quarter just reported
        elif quarter < resolve.quarter_of(ctx.anchor) and tense == "future":
            year += 1  # "will close the deal by the end of Q3", written in Q4
    return Value("DATE", f"{year:04d}-Q{quarter}")


def _month_quarter(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the September quarter", "its December-quarter results": the calendar quarter holding that month
    (companies name a quarter by its last month); the year as for the month written alone."""
    word = m["mon"]
    if not word[0].isupper():
        return None
    month = _month(ctx.lex, word)
    first = _month(ctx.lex, m["mon0"]) if m["mon0"] else None
    if first is not None and (not m["mon0"][0].isupper() or month - first != 2 or first % 3 != 1):
        return None  # "the October-December quarter" names a calendar quarter's three months
    quarter = (month - 1) // 3 + 1
    if m["year"] or m["year2"]:
        value = Value("DATE", f"{int(m['year'] or m['year2']):04d}-Q{quarter}")
    elif ctx.anchor is None:
        value = _unanchored("DATE", f"XXXX-Q{quarter}")
    else:
        value = Value("DATE", f"{resolve.closest_year(ctx.anchor, month, None, _signal_tense(ctx)):04d}-Q{quarter}")
    return _drop_det(m, value, "det", "-" in m.group(0)[m.end("mon") - m.start():])


def _half_code(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"H1 2026", "1H26", "H2'25": the half year (a bare "H2" is hydrogen, so the year is needed)."""
    year = _code_year(m)
    if year is None:
        return None
    return Value("DATE", f"{year:04d}-H{m['q'] or m['q2']}")


def _quarter(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    det, rel_w, ord_w = _w(m["det"]), _w(m["rel"]), _w(m["ord"])
    if (ord_w or rel_w) in lex.words("final_quarter_words"):
        if not (m["year"] or m["yrel"]):
            if ord_w:
                return None  # "scored in the final quarter": a game's, unless a year follows
        else:
            ord_w, rel_w = "fourth", ""  # "the last quarter of 1998", "the final quarter of next year": Q4
    det_kind = str(lex.table("quarter_determiners").get(det, ""))
    if not (rel_w or ord_w or m["year"] or m["yq"] or m["yq2"] or det_kind in ("keep", "drop")):
        return None
    if ctx.after(4).startswith("-to-"):
        return None  # "the quarter-to-quarter comparison": no period
    if _followed_by_compound(ctx, "quarter_compound_nouns"):
        return None  # "its quarter-century low", "the quarter-finals": another noun, no period
    if not ord_w and _w(m["qw"]).endswith("s"):
        return None  # "coming quarters": no one quarter (the references read it)
    if lex.table("period_words")[_w(m["qw"])] == "period":
        if not (rel_w or m["yq2"] or ord_w):
            return None
        if ord_w and not rel_w and not m["yq2"]:
            return None
    if ctx.after(4).startswith((" of ", " of\n")) and not m["year"] and not m["yrel"]:
        if not ord_w or det_kind == "indefinite":
            return None
    if det_kind == "indefinite" and not ord_w:
        return None
    if ord_w and lex.ordinals.get(ord_w, 9) > 4:
        return None
    year: int | None = int(m["year"]) if m["year"] else None
    yrel = m["yrel"] or (m["yq"] if m["yq"] and not m["yq"][0].isdigit() else None)
    if m["yq"] and m["yq"][0].isdigit():
        year = int(m["yq"])
    if m["yq2"]:
        year = int(m["yq2"])
        if not ord_w and ctx.anchor is not None:
            quarter = resolve.shift_quarter(ctx.anchor.year, resolve.quarter_of(ctx.anchor), -1)[1]
            # "the 1988 period" in a 1989 article: the compared period, the reported one (the last quarter or
            # stretch of the year written before) in that year; else the last full quarter of that year
            return Value("DATE", f"{year:04d}-Q{quarter}", comparison=year < ctx.anchor.year,
                         refer=("P", year - ctx.anchor.year))
    if ord_w:
        quarter = lex.ordinals[ord_w]
        if year is None:
            if ctx.anchor is None:
                return _unanchored("DATE", f"XXXX-Q{quarter}")
            year = ctx.anchor.year + int(lex.table("year_relatives").get(_w(yrel), 0))
            if rel_w in lex.table("quarter_relative") and int(lex.table("quarter_relative")[rel_w]) == -5:
                year -= 1
            elif _w(yrel) == "" and ctx.anchor is not None and quarter > resolve.quarter_of(ctx.anchor) + 1:
                year -= 1 if ctx.tense() != "future" else 0
        return Value("DATE", f"{year:04d}-Q{quarter}")
    refer = ("Q", 0) if det in lex.words("anaphoric_quarter_determiners") and not rel_w \
        else ("QR", 0) if det == "the" and rel_w in lex.words("reported_quarter_relatives") else None
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-QX")._replace(refer=refer)
    if m["year"]:
        return None
    offset = int(lex.table("quarter_relative").get(rel_w, -1))
    y, q = resolve.shift_quarter(ctx.anchor.year, resolve.quarter_of(ctx.anchor), offset)
    return Value("DATE", f"{y:04d}-Q{q}", refer=refer, comparison=offset == -5)


def _half(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the first half of 2026", "the second half", "the first two quarters of 1990" (a half year), "the last half
    of the '80s" (the decade: no code is finer)."""
    if m["cent"] or m["dec2"]:
        return Value("DATE", f"{m['cent']}{m['dec']}" if m["cent"] else f"19{m['dec2']}")
    if m["span"] and not (m["year"] or m["yrel"]):
        return None  # "the first six months" alone: the duration rule reads it
    code = str(ctx.lex.table("half_spans" if m["span"] else "halves")[_w(m["span"] or m["half"])])
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None:
        return _unanchored("DATE", f"XXXX-{code}")
    else:
        year = ctx.anchor.year + int(ctx.lex.table("year_relatives").get(_w(m["yrel"]), 0))
    return Value("DATE", f"{year:04d}-{code}")


_NAME_WORD = re.compile(r"\s+[A-Z][a-z]")


#: "the fall of" with no year or season time after it: a collapse ("the fall of the government", not "the fall of 2025").
_FALL_COLLAPSE = re.compile(r"\s+of\s+(?!\d|nineteen|twenty|this\b|last\b|next\b|that\b)", re.I)


def _season(m: "re.Match[str]", ctx: Context) -> Value | None:
    code = str(ctx.lex.table("seasons")[_w(m["season"])])
    if not m["year"] and m["season"][0].isupper() and _NAME_WORD.match(ctx.text, ctx.end):
        return None  # "the Winter Olympics", "the Spring Statement": part of a name
    if _w(m["season"]) == "fall" and not m["year"] and not m["syear"] and (
            _words_regex("fall_not_season", r"\s+(?:WORDS)\b", re.I).match(ctx.text, ctx.end)
            or _FALL_COLLAPSE.match(ctx.text, ctx.end)):
        return None  # "the fall armyworm", "the fall of the government": a pest, a collapse; no autumn
    rel = _rel(ctx.lex, m["rel"])
    text = _w(m.group(0))
    if not (m["year"] or rel is not None or m["pos"] or text.startswith("the ")):
        if not _preceded_by(ctx, "season_context_before"):
            return None
    if m["year"]:
        return Value("DATE", f"{int(m['year']):04d}-{code}")
    if m["syear"]:  # "the winter of nineteen ninety-four", as broadcast transcripts write years
        century, rest = _w(m["syear"]).split(" ", 1)
        year = _spoken_century_year(ctx.lex, century, rest)
        return None if year is None else Value("DATE", f"{year:04d}-{code}")
    if ctx.anchor is None:
        return _unanchored("DATE", f"XXXX-{code}")
    if m["yrel"]:  # "the spring of next year": that year's season
        shift = int(ctx.lex.table("month_day_year_relatives")[_w(m["yrel"])])
        return Value("DATE", f"{ctx.anchor.year + shift:04d}-{code}")
    if rel is None:
        return Value("DATE", f"{_tensed_season_year(ctx, code):04d}-{code}")
    return Value("DATE", f"{_season_year(ctx, code, rel):04d}-{code}")


def _tensed_season_year(ctx: Context, code: str) -> int:
    """Year of a season written without "this/last/next" ("will reopen in the spring", "closed in the fall"): the
    publication year's, unless the clause's tense puts it on the other side. Written in November, "in the spring" of
    a future clause is next spring; written in March, "in the fall" of a past clause is last fall. Winter, which
    spans the turn of the year, stays the publication year's.

    ctx (Context): the match, with an anchor. code (str): SP, SU, FA or WI. RETURNS (int): the year.
    """
    assert ctx.anchor is not None
    year, month = ctx.anchor.year, ctx.anchor.month
    first, last = (int(v) for v in ctx.lex.table("season_months")[code])
    if first > last:
        return year
    tense = _signal_tense(ctx)
    if tense == "future" and month > last:
        return year + 1
    if tense == "past" and month < first:
        return year - 1
    return year


def _season_year(ctx: Context, code: str, rel: int) -> int:
    """Year of "last/next/this <season>": the most recent season that is over, the next not begun."""
    assert ctx.anchor is not None
    year, month = ctx.anchor.year, ctx.anchor.month
    first, last = (int(v) for v in ctx.lex.table("season_months")[code])
    if rel < 0:
        return year - 1 if first > last or month <= last else year
    if rel > 0:
        return year if month < first else year + 1
    return year


def _decade(m: "re.Match[str]", ctx: Context) -> Value | None:
    if m["decw"]:
        dec = int(ctx.lex.table("decade_words")[_w(m["decw"])])
        return Value("DATE", f"19{dec}")
    if m["dec2"]:
        return Value("DATE", f"19{m['dec2']}")
    if m["dec"] == "0" and m["cent"] != "20":
        return Value("DATE", m["cent"])  # "the 1800s", "the late 1600s": the century (TIMEX3 value 18)
    return Value("DATE", f"{m['cent']}{m['dec']}")


def _century(m: "re.Match[str]", ctx: Context) -> Value | None:
    n = _day_number(ctx.lex, m["ord"])
    if not 1 <= n <= 30:
        return None
    return Value("DATE", f"{n - 1:02d}")


def _week_of_month(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the first week of March", "the last week of next month": an ISO week of that month.

    As ISO 8601 counts a year's first week, a month's first week is the one holding its 4th day
    (most of its days in the month); the last week is the one holding the month's last day but three.
    """
    lex = ctx.lex
    nth_word = _w(m["nth"])
    nth = -1 if nth_word in lex.words("last_week_of_month_words") else lex.ordinals[nth_word]
    if nth > 5:
        return None
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-WXX")
    if m["rel"]:
        rel = _rel(lex, m["rel"])
        if rel is None:
            return None
        year, month = resolve.shift_months(ctx.anchor.year, ctx.anchor.month, rel)
    else:
        month = _month(lex, m["mon"])
        if m["mon"][0].islower() and _w(m["mon"]).rstrip(".") in lex.words("month_words_needing_context"):
            return None
        year = int(m["year"]) if m["year"] else resolve.closest_year(ctx.anchor, month, None, ctx.tense())
    last = calendar.monthrange(year, month)[1]
    day = last - 3 if nth < 0 else 4 + 7 * (nth - 1)
    if day > last:
        return None
    return Value("DATE", resolve.iso_week(date(year, month, day)))


def _day_of_month(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the first Monday of October", "the last Friday of the month", "the second Sunday in May", "the last day of
    next month": that day of the month (the month of "the month" and "this month" holds the publication date; a month
    named alone is read in the clause's tense, as "on Oct. 5" is); "the first Tuesday of every month" is a SET.

    m (re.Match[str]): the ``day_of_month`` match. ctx (Context): text, anchor and tense.
    RETURNS (Value | None): the DATE, or None for a position no month has ("the sixth Monday of May").
    """
    lex = ctx.lex
    nth_word = _w(m["nth"])
    nth = -1 if nth_word in lex.words("last_week_of_month_words") else lex.ordinals[nth_word]
    if nth > (5 if m["wd"] else 31):
        return None
    if m["every"]:  # "the first Tuesday of every month": a SET of the month (its period, as "every month" is)
        return Value("SET", f"P{int(lex.table('set_quantifiers')[_w(m['every'])])}M")
    if m["mon"] and m["mon"][0].islower() and _w(m["mon"]).rstrip(".") in lex.words("month_words_needing_context"):
        return None  # "the first day in may", "the last Friday of march": no month
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    if m["mon"]:
        month = _month(lex, m["mon"])
        year = int(m["year"]) if m["year"] else resolve.closest_year(ctx.anchor, month, None, ctx.tense())
    else:
        rel = _rel(lex, m["rel"]) if m["rel"] else 0
        if rel is None:
            return None
        year, month = resolve.shift_months(ctx.anchor.year, ctx.anchor.month, rel)
    last = calendar.monthrange(year, month)[1]
    if m["wd"]:
        day = resolve.nth_weekday(year, month, _weekday(lex, m["wd"]), nth)
        if day.month != month:
            return None
        return Value("DATE", day.isoformat())
    if nth > last:
        return None
    return Value("DATE", date(year, month, last if nth < 0 else nth).isoformat())


def _turn(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the turn of the year": the year that begins at the new year nearest the publication date (as the tense says)."""
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX")
    return Value("DATE", f"{resolve.closest_year(ctx.anchor, 1, 1, ctx.tense()):04d}")


def _year_end(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"by year-end", "around year end": the year (TimeBank's reading); "since year-end" (``backward_signals``) is the
    point a change is counted from, the last Dec. 31 before the publication day; "by mid-year" is the year whose
    middle the clause's tense points to (``mid_year_words``)."""
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX")
    if _preceded_by(ctx, "backward_signals"):
        return Value("DATE", f"{ctx.anchor.year - 1:04d}-12-31")  # "up 12% since year-end"
    year = ctx.anchor.year
    if _w(m["ye"]) in ctx.lex.words("mid_year_words"):  # "by mid-year": the next middle of a year ahead, or the last
        tense = ctx.tense()
        if tense == "future" and ctx.anchor.month > 6:
            year += 1
        elif tense == "past" and ctx.anchor.month < 6:
            year -= 1
    return Value("DATE", f"{year:04d}")


def _drop_det(m: "re.Match[str]", value: Value | None, group: str, hyphen: bool) -> Value | None:
    """Leave a determiner out of the extent: always a/its/that..., "the" before an adjective."""
    if value is None or not m[group]:
        return value
    det = _w(m[group]).split(" ")[0]
    kind = str(load_lexicon().table("quarter_determiners").get(det, ""))
    if kind in ("drop", "indefinite") or (kind == "keep" and det != "this" and hyphen):
        skip = len(m.group(0)) - len(m.group(0)[len(m[group]):].lstrip())
        return value._replace(skip=skip)
    return value


def _quarter_rule(m: "re.Match[str]", ctx: Context) -> Value | None:
    hyphen = bool(re.search(r"-\s*quarter", m.group(0), re.I))
    value = _quarter(m, ctx)
    if value is not None and value.refer is not None and value.refer[0] != "P":
        return value  # "that quarter": the determiner is the anaphor, inside the extent
    return _drop_det(m, value, "det", hyphen)
