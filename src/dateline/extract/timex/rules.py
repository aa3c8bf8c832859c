"""Turn one rule match into a TIMEX3 type and value (or reject it).

Every handler takes the match and a :class:`Context` (text, anchor, lazy tense)
and returns a :class:`Value` or None when the match is not a time expression
after all (``may`` the verb, ``a quarter of`` the shares...).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Callable, NamedTuple

from . import resolve
from .lexicon import Lexicon, load_lexicon
from .patterns import grammar

__all__ = ["Value", "Context", "HANDLERS", "UNANCHORED_NOTE", "AMBIGUOUS_NUMERIC_NOTE"]

#: Note put on values that needed the publication date when there was none.
UNANCHORED_NOTE = "unanchored: no publication date"
#: Note put on a numeric date whose day/month order nothing in the text decides ("04/03/2026").
AMBIGUOUS_NUMERIC_NOTE = "ambiguous numeric date: read as month/day (US order)"


class Value(NamedTuple):
    """A normalized expression: TIMEX3 ``type`` and ``value``, and whether it is anchored.

    end_value (str | None): last day of a range ("Nov. 3-5" ends 2025-11-05).
    refer (tuple[str, int] | None): unit and offset of an anaphoric expression ("the following
        year": ``("Y", 1)``), to be re-read from the last date written before it; ``value``
        holds the reading from the publication date, used when there is none.
    refer_required (bool): drop the expression when no date is written shortly before it
        (a generic "that day").
    bare_clock (bool): a clock time with no day of its own ("at 3 p.m."), read on the publication
        day; a day written right next to it ("Sunday, Feb. 22, at 3 p.m.", "from 6 a.m. to 10 p.m.
        on Saturday") replaces that day (see ``time._clock_days``).
    skip (int): characters to drop from the start of the match (a determiner
        TimeBank leaves outside the extent, as in "its third-quarter").
    fallback (tuple[str, str, int] | None): type, value and extent length (from the start) to use instead when an
        anaphoric expression finds no date to be read from ("Six months later" alone: the duration "Six months").
    comparison (bool): the period a figure is compared with ("a year earlier", "the year-ago quarter"): never the
        period a later "the quarter" or "a year earlier" is read from (see ``time._resolve_anaphora``).
    """

    type: str
    value: str
    anchored: bool = True
    note: str | None = None
    skip: int = 0
    end_value: str | None = None
    refer: tuple[str, int] | None = None
    refer_required: bool = False
    bare_clock: bool = False
    fallback: tuple[str, str, int] | None = None
    comparison: bool = False


@dataclass
class Context:
    """What a handler may look at.

    text (str): the whole text.
    start / end (int): the match's offsets.
    anchor (date | None): publication date.
    tense_of (Callable[[int, int], str]): clause tense at given offsets (lazy).
    lex (Lexicon): language data.
    """

    text: str
    start: int
    end: int
    anchor: date | None
    tense_of: Callable[[int, int], str]
    lex: Lexicon

    def tense(self) -> str:
        """RETURNS (str): the clause tense of this match."""
        return self.tense_of(self.start, self.end)

    def before(self, chars: int = 30) -> str:
        """chars (int): how many. RETURNS (str): lower-cased text just before the match."""
        return self.text[max(0, self.start - chars): self.start].lower()

    def after(self, chars: int = 30) -> str:
        """chars (int): how many. RETURNS (str): lower-cased text just after the match."""
        return self.text[self.end: self.end + chars].lower()


Handler = Callable[["re.Match[str]", Context], "Value | None"]


def _w(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _unanchored(kind: str, pattern: str) -> Value:
    return Value(kind, pattern, False, UNANCHORED_NOTE)


def _month(lex: Lexicon, word: str) -> int:
    return lex.months[_w(word).rstrip(".")]


def _weekday(lex: Lexicon, word: str) -> int:
    return lex.weekdays[_w(word).rstrip(".")]


def _day_number(lex: Lexicon, word: str) -> int:
    w = _w(word)
    if w in lex.ordinals:
        return lex.ordinals[w]
    return int(re.sub(r"\D", "", w))


def _number(lex: Lexicon, word: str | None) -> float | None:
    """Value of a number phrase, None for vague amounts (several, a few)."""
    w = _w(word).replace("-", " ")
    if not w:
        return None
    if w in lex.numbers:
        return lex.numbers[w]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", w.replace(",", ""))
    if m:
        extra = int(m[2]) / int(m[3]) if m[2] else 0.0
        return float(m[1]) + extra
    parts = w.split()
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        return lex.numbers[parts[0]] + lex.numbers[parts[1]]
    return None


def _rel(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return None
    value = lex.table("relative_modifiers").get(_w(word))
    return None if value is None else int(value)


def _two_digit_year(text: str) -> int:
    y = int(text.lstrip("'"))
    return y if y > 99 else (1900 + y if y >= 30 else 2000 + y)


def _part(lex: Lexicon, word: str | None) -> str | None:
    w = _w(word)
    if not w:
        return None
    parts = lex.table("parts_of_day")
    return str(parts.get(w) or parts.get(w.rstrip("s"), "")) or None


@cache
def _words_regex(key: str, template: str, flags: int = 0) -> "re.Pattern[str]":
    """Compile a regex around a word list of the language data, once.

    key (str): a list of ``time_en.json``.
    template (str): the regex, with ``WORDS`` where the alternation of the escaped words goes (the blanks of a
        phrase match any run of blanks).
    flags (int): ``re`` flags.
    RETURNS (re.Pattern[str]): the compiled regex.
    """
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in load_lexicon().words(key))
    return re.compile(template.replace("WORDS", words), flags)


def _preceded_by(ctx: Context, key: str) -> bool:
    """Whether one of the words listed under ``key`` comes right before the match."""
    return _words_regex(key, r"\b(?:WORDS)\s+$").search(ctx.before(14)) is not None


def _looks_ahead(ctx: Context) -> bool:
    """Whether a forward signal ("ahead of", "in the run-up to") comes right before the match."""
    return _words_regex("forward_signals", r"\b(?:WORDS)\s+(?:the\s+)?$").search(ctx.before(40)) is not None


def _signal_tense(ctx: Context) -> str:
    """Tense of the match's clause, unless a signal right before it fixes the side: "ahead of Tuesday's
    vote" lies ahead, "since Jan. 1" and "since March" lie behind whatever the clause's verb."""
    if _looks_ahead(ctx):
        return "future"
    if _preceded_by(ctx, "backward_signals"):
        return "past"
    return ctx.tense()


def _followed_by(ctx: Context, key: str) -> bool:
    """Whether one of the words listed under ``key`` comes right after the match."""
    return _words_regex(key, r"\s+(?:WORDS)\b").match(ctx.after(16)) is not None


def _followed_by_compound(ctx: Context, key: str) -> bool:
    """key (str): a lexicon list of nouns. RETURNS (bool): whether one of them follows the match after a hyphen or
    a space, making the match the first part of another noun ("quarter-century", "quarter finals")."""
    return _words_regex(key, r"[- ](?:WORDS)(?![\w-])", re.I).match(ctx.text[ctx.end: ctx.end + 24]) is not None


_OPENING = re.compile(r"(?:[.!?:;]['\"`’”)]*|[\"`‘“(]|\n)\s*$")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}(?:['’]s)?[ \t]+$")


@cache
def _word_context(phrase: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None,
                                         re.Pattern[str] | None, re.Pattern[str] | None, bool, bool,
                                         tuple[re.Pattern[str], re.Pattern[str]] | None]:
    """The compiled ``word_contexts`` entry of a phrase (see ``_word_contexts`` in ``time_en.json``): regexes for
    the blocking words before, after, after an opening, the possessive heads and the forward words before; then
    not_in_past and not_after_acronym; then the regexes of a press title word before it and a name after it
    (not_before_name)."""
    conds = load_lexicon().table("word_contexts").get(phrase) or {}

    def alts(key: str) -> str:
        return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in conds.get(key, []))

    before = re.compile(rf"(?<![\w'’])(?:{alts('not_after')})\s+$", re.I) if conds.get("not_after") else None
    after = re.compile(rf"\s*(?:{alts('not_before')})(?!\w)", re.I) if conds.get("not_before") else None
    opening = re.compile(rf"\s*(?:{alts('not_opening_before')})", re.I) if conds.get("not_opening_before") else None
    heads = (re.compile(rf"['’]s\s+(?:[a-z]+\s+)?(?:{alts('not_before_possessive_heads')})(?![\w'’])", re.I)
             if conds.get("not_before_possessive_heads") else None)
    ahead = re.compile(rf"(?<![\w'’])(?:{alts('ahead_after')})\s+$", re.I) if conds.get("ahead_after") else None
    name: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    if conds.get("not_before_name"):
        lex = load_lexicon()
        calendar_words = "|".join(re.escape(w) for w in sorted({*lex.months, *lex.weekdays}, key=len, reverse=True))
        press = "|".join(re.escape(w) for w in lex.words("press_title_words_before"))
        name = (re.compile(rf"(?:(?<![\w'’-])(?:{press})|(?-i:[A-Z])[\w'’.-]*)[ \t]+$", re.I),
                re.compile(rf"[ \t]+(?!(?:{calendar_words})\b)(?-i:[A-Z])[\w'’.-]", re.I))
    return (before, after, opening, heads, ahead, bool(conds.get("not_in_past")),
            bool(conds.get("not_after_acronym")), name)


def _context_blocks(ctx: Context, phrase: str) -> bool:
    """Whether a context word is used where it refers to no time ("as soon as", "Now, ...", "USA Today",
    "today's youth", "the future of", "average daily", "the daily Granma"), by the ``word_contexts`` of the
    language data."""
    if phrase not in ctx.lex.raw.get("word_contexts", {}):
        return False
    before, after, opening, heads, ahead, not_in_past, not_after_acronym, name = _word_context(phrase)
    near_before = ctx.text[max(0, ctx.start - 24): ctx.start]
    near_after = ctx.text[ctx.end: ctx.end + 48]
    if before is not None and before.search(near_before):
        return True
    if after is not None and after.match(near_after):
        return True
    if opening is not None and opening.match(near_after) and (
            _OPENING.search(near_before) or not ctx.text[:ctx.start].strip()):
        return True
    if heads is not None and heads.match(near_after):
        return True
    if name is not None and name[0].search(near_before) and name[1].match(near_after):
        return True  # "the party daily Granma": a newspaper
    if not_after_acronym and ctx.text[ctx.start].isupper() and _ACRONYM_BEFORE.search(near_before):
        return True
    if not_in_past and ahead is not None and ahead.search(near_before):
        return False  # "they may soon seek": ahead whatever the clause's verb
    return not_in_past and ctx.tense() == "past"


def _day_value(day: date, part: str | None = None) -> str:
    return day.isoformat() + (f"T{part}" if part else "")


# ------------------------------------------------------------------ days


def _date_mdy(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"Nov. 3", "Tues., Nov. 18, 2025", "3 November"; a range's first day ("Nov. 3-5") gets the last as end_value."""
    lex = ctx.lex
    month = _month(lex, m["mon"])
    day = _day_number(lex, m["day"])
    if not 1 <= day <= 31:
        return None
    if m["mon"].lower().rstrip(".") in lex.words("month_words_needing_context") and m["mon"][0].islower():
        return None
    tail = _range_tail(ctx) if m.end("day") == m.end() else None
    year_text = m.groupdict().get("year") or (tail[2] if tail else None)
    value = _month_day(ctx, month, day, int(year_text) if year_text else None)
    if value is None or tail is None:
        return value
    end = _range_end(value.value, month, day, tail[0] or month, tail[1])
    return value if end is None else value._replace(end_value=end)


def _month_day(ctx: Context, month: int, day: int, year: int | None) -> Value | None:
    """A month and day, the year as written or as the anchor and tense suggest."""
    if year is None:
        if ctx.anchor is None:
            return _unanchored("DATE", f"XXXX-{month:02d}-{day:02d}")
        if _preceded_by(ctx, "backward_signals"):  # "since Jan. 1": the last one up to the publication day
            year = ctx.anchor.year - (1 if (month, day) > (ctx.anchor.month, ctx.anchor.day) else 0)
        else:
            year = resolve.closest_year(ctx.anchor, month, day, _signal_tense(ctx))
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
    if m["suf"].lower() != _SUFFIXES.get(day, "th"):
        return None
    if not _preceded_by(ctx, "ordinal_day_context_before"):
        return None
    if not _words_regex("ordinal_day_followers", r"(?:\s*[,.;:!?)\]]|\s*$|\s+(?:WORDS)\b)").match(ctx.after(16)):
        return None
    if ctx.anchor is None:
        return _unanchored("DATE", f"XXXX-XX-{day:02d}")
    found = resolve.month_day(ctx.anchor, day, _signal_tense(ctx))
    return None if found is None else Value("DATE", found.isoformat())


def _week_of(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week of March 6": the ISO week holding that day; "the week ending Feb. 7": the ISO week
    holding most of the seven days that end on that day (the week of the day three days before); "the week of
    Thanksgiving", "Easter week", "Christmas week": the ISO week holding the holiday's (first) day."""
    if m["hol"] or m["hol2"]:
        holiday = _holiday_value(m["hol"] or m["hol2"], None, m["hyear"], ctx)
        if holiday is None or not holiday.anchored:
            return None if holiday is None else _unanchored("DATE", "XXXX-WXX")
        return Value("DATE", resolve.iso_week(date.fromisoformat(holiday.value)))
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


def _small_hours(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the early hours of Sunday": that day's night (TIME ...TNI); without a day, the duration rule reads it (PTXH)."""
    if not m["wd"]:
        return None
    day = _weekday_day(m["wd"], None, ctx)
    if day is None:
        return _unanchored("TIME", "XXXX-XX-XXTNI")
    return Value("TIME", f"{day.isoformat()}TNI")


def _overnight(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"struck overnight": the night before the publication day; "will stay open overnight": its own night."""
    if ctx.anchor is None:
        return _unanchored("TIME", "XXXX-XX-XXTNI")
    back = 0 if ctx.tense() in ("future", "present") else 1
    return Value("TIME", f"{(ctx.anchor - timedelta(days=back)).isoformat()}TNI")


_PART_PREPOSITION = re.compile(r"(?<![\w-])(?:in|by|until|till|from|since|at|before|after|around|during|through|"
                               r"into|throughout|toward|towards)\s+$", re.I)
_PART_NOT_BEFORE = re.compile(r"\s+(?:of|news|show|shows|paper|papers|edition|editions|newscast|program|programs|"
                              r"programme|broadcast|bulletin|prayer|prayers|sickness|star|sun|post)\b", re.I)


def _part_of_day(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"in the morning", "by late afternoon", "by mid-afternoon" after a preposition: that part of the day of the
    last day written shortly before (the story's day), else of the publication day; a plain "in the morning" with
    no day written before it is dropped (habitual: "prices are higher in the morning"). Not "the evening news",
    "the morning of Oct. 3" (the day rules read that), "morning talk show" (no preposition)."""
    if not _PART_PREPOSITION.search(ctx.before(16)) or _PART_NOT_BEFORE.match(ctx.text, ctx.end):
        return None
    word = _w(m["mid"] or m["part"]).replace("mid", "").strip(" -")
    part = str(ctx.lex.table("parts_of_day")[word])
    required = not (m["mid"] or m["mod"])
    if ctx.anchor is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{part}")._replace(refer=("D", 0), refer_required=required)
    return Value("TIME", f"{ctx.anchor.isoformat()}T{part}", refer=("D", 0), refer_required=required)


def _weekday_day(m_wd: str, rel: int | None, ctx: Context, far: bool = False) -> date | None:
    if ctx.anchor is None:
        return None
    if _looks_ahead(ctx):
        tense = "future"  # "ahead of Tuesday's vote", "in the run-up to Sunday's election"
    elif _preceded_by(ctx, "backward_signals"):
        tense = "past"  # "since Sunday"
    elif ctx.after(2) in ("'s", "’s"):
        tense = "past"  # "will digest Friday's jobs data": the thing named is usually done
    else:
        tense = ctx.tense()
    return resolve.weekday_date(ctx.anchor, _weekday(ctx.lex, m_wd), tense, rel, far)


def _rel_weekday(m: "re.Match[str]", ctx: Context) -> Value | None:
    word = m["wd"]
    if word[0].islower() and len(word) > 5 and not m["rel"]:
        return None
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


def _clock(m: "re.Match[str]", lex: Lexicon) -> str | None:
    if m["cw"]:
        return str(lex.table("clock_words")[_w(m["cw"])])
    hour = int(m["h"] or m["h2"] or m["h3"])
    minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    mer = _w(m["mer"]).replace(" ", "")
    meridiem = lex.table("meridiems").get(mer) or ("pm" if mer.startswith("p") else "am" if mer else "")
    if m["mer"] and not 1 <= hour <= 12:
        return None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


@cache
def _clock_blockers(word: str) -> "re.Pattern[str] | None":
    """word (str): a clock word ("noon"). RETURNS (re.Pattern[str] | None): the words right before it that make it
    no clock time ("high noon"), from ``clock_words_not_after``; None when there are none."""
    blockers = load_lexicon().table("clock_words_not_after").get(word)
    if not blockers:
        return None
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(re.escape(str(w)) for w in blockers)})\s+$")


def _time(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    clock = _clock(m, lex)
    if clock is None:
        return None
    blockers = _clock_blockers(_w(m["cw"])) if m["cw"] and not m["approx"] else None
    if blockers is not None and blockers.search(ctx.before(12)):
        return None  # "High Noon", "high noon comes for ...": a showdown, not a clock time
    day: date | None = None
    if m["tday2"] or m["tday"]:
        month = _month(lex, m["tmon2"] or m["tmon"])
        dnum = _day_number(lex, m["tday2"] or m["tday"])
        year = int(m["tyear"]) if m["tyear"] else (
            resolve.closest_year(ctx.anchor, month, dnum, ctx.tense()) if ctx.anchor else None)
        if year is None:
            return _unanchored("TIME", f"XXXX-{month:02d}-{dnum:02d}T{clock}")
        try:
            day = date(year, month, dnum)
        except ValueError:
            return None
    elif m["twd"]:
        day = _weekday_day(m["twd"], None, ctx)
    elif m["tdeictic"]:
        offsets = lex.table("deictic_days")
        day = ctx.anchor + timedelta(days=int(offsets[_w(m["tdeictic"])])) if ctx.anchor else None
    else:
        if ctx.anchor is None:
            return _unanchored("TIME", f"XXXX-XX-XXT{clock}")._replace(bare_clock=True)
        return Value("TIME", f"{ctx.anchor.isoformat()}T{clock}", bare_clock=True)
    if day is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{clock}")
    return Value("TIME", f"{day.isoformat()}T{clock}")


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


# ------------------------------------------------------------------ months, years


def _month_rule(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    word = m["mon"]
    plain = word.lower().rstrip(".")
    has_context = bool(m["pos"] or m["rel"] or m["year"])
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
    return Value("DATE", f"{year:04d}")


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


def _season(m: "re.Match[str]", ctx: Context) -> Value | None:
    code = str(ctx.lex.table("seasons")[_w(m["season"])])
    if not m["year"] and m["season"][0].isupper() and _NAME_WORD.match(ctx.text, ctx.end):
        return None  # "the Winter Olympics", "the Spring Statement": part of a name
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
    return Value("DATE", f"{_season_year(ctx, code, rel or 0):04d}-{code}")


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
    return Value("DATE", f"{m['cent']}{m['dec']}")


def _century(m: "re.Match[str]", ctx: Context) -> Value | None:
    n = _day_number(ctx.lex, m["ord"])
    if not 1 <= n <= 30:
        return None
    return Value("DATE", f"{n - 1:02d}")


def _rel_unit(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    rel = _rel(lex, m["rel"])
    unit = str(lex.units[_w(m["unit"])])
    if rel is None:
        return None
    return _shifted_unit(unit, rel, ctx)


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
    if ctx.anchor is None:
        return _unanchored("DATE", unknown)._replace(refer=(unit, offset), refer_required=required)
    value = resolve.shift_value(ctx.anchor.isoformat(), unit, offset) or unknown
    return Value("DATE", value, refer=(unit, offset), refer_required=required)


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


def _the_unit(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the week", "the whole month", "the end of the month", "by the end of the decade" (the decade needs the position)."""
    unit = str(ctx.lex.table("the_unit_words")[_w(m["unit"])])
    if ctx.after(3).startswith((" of", "'s", "-")):
        return None
    if unit in ("DE", "CE") and not m["pos"]:
        return None  # "the decade" alone is mostly a stretch of time ("the worst in the decade")
    if unit == "Y" and _followed_by(ctx, "period_end_words"):
        return Value("DURATION", "P1Y")
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
    offset = int(subjects[" ".join(subject[1].lower().replace("’", "'").split())])
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX-XX-XX")
    return Value("DATE", (ctx.anchor + timedelta(days=offset)).isoformat())


@cache
def _nth_day_subject(phrases: tuple[str, ...]) -> "re.Pattern[str]":
    """The ``nth_day_subjects`` phrases at the end of a text, an apostrophe written straight or curly ("it's", "it’s")."""
    words = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split()) for phrase in phrases)
    return re.compile(rf"(?<![\w'’])({words})\s+$", re.I)


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


def _turn(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"the turn of the year": the year that begins at the new year nearest the publication date (as the tense says)."""
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX")
    return Value("DATE", f"{resolve.closest_year(ctx.anchor, 1, 1, ctx.tense()):04d}")


# ------------------------------------------------------------------ durations, sets, references


def _unit_code(lex: Lexicon, word: str) -> str:
    return str(lex.units[_w(word).replace("-", " ")])


def _ago(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    amount = _number(lex, m["num"])
    unit = _unit_code(lex, m["unit"])
    direction = int(lex.table("ago_words")[_w(m["dir"])])
    if re.match(r"\s+than\b", ctx.after(8)):
        return None  # "two days later than planned": a comparison; the amount is a duration
    if _w(m["dir"]) in lex.words("anaphoric_ago_words") and unit not in lex.words("anaphoric_ago_units"):
        return None  # "Three days later", "A day earlier": the duration rule reads the amount
    if amount is None:
        return Value("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    if amount > 1000:
        return None
    if ctx.anchor is None:
        pattern = {"D": "XXXX-XX-XX", "W": "XXXX-XX-XX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")
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


def _quarter_context(ctx: Context) -> bool:
    window = ctx.text[max(0, ctx.start - 500): ctx.end + 100]
    return _quarter_context_regex().search(window) is not None


def _year_end(m: "re.Match[str]", ctx: Context) -> Value | None:
    if ctx.anchor is None:
        return _unanchored("DATE", "XXXX")
    return Value("DATE", f"{ctx.anchor.year:04d}")


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


#: A year written before "a year" ("opened in 2016 and ran for a year") is no amount of a rate ("$50 a year").
_YEAR_NUMBER = re.compile(r"(?<![\d$£€.,])(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d|\s*(?:%|percent))")
#: An amount (a number, money, a percentage) at most four words before: "$500 million a year in costs", "rise 8%
#: annually", "10,000 units annually".
_AMOUNT_BEFORE = re.compile(r"(?:\d|\$|%|\b(?:percent|cents|per)\b)\W{0,3}(?:\w+\W+){0,4}$")


def _rate(ctx: Context) -> bool:
    """Whether the match is the time unit of a rate ("$1.76 a year", "8.5% annually", "10,000 units annually"),
    which TimeML leaves untagged as it does a speed ("100 km per hour"): an amount right before it."""
    return _AMOUNT_BEFORE.search(_YEAR_NUMBER.sub("year", ctx.before(40))) is not None


def _duration(m: "re.Match[str]", ctx: Context) -> Value | None:
    lex = ctx.lex
    if m["lone"]:  # "the past fortnight"
        return Value("DURATION", resolve.duration_value(1.0, _unit_code(lex, m["lone"]), _years(lex)))
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
    if m["adj"] and lex.table("duration_adjectives")[_w(m["adj"])] == "age":
        return None
    if num_w in ("a", "an") and _w(m["unit"]) in lex.words("ordinal_units") and re.match(r"\s+[a-z]", ctx.after(3), re.I):
        return None  # "a second bomb": the ordinal
    if num_w in ("a", "an", "one") and not m["approx"] and m["sep"].strip() == "" and not m["adj"] and _rate(ctx):
        return None  # "$1.76 a year", "358,000 jobs a month": a rate, as a speed is, no time
    if amount is not None and amount > 1000:
        return None
    return Value("DURATION", resolve.duration_value(amount, unit, _years(lex)))


def _years(lex: Lexicon) -> dict[str, int]:
    return {k: int(v) for k, v in lex.table("unit_years").items()}


def _bare_units(m: "re.Match[str]", ctx: Context) -> Value | None:
    word = _w(m["unit"])
    mod = _w(m["mod"])
    if not word.endswith("s") and not m["ahead"]:
        return None
    if not mod and not m["ahead"]:
        if not _words_regex("bare_unit_cues_before", r"\b(?:WORDS)\s+$").search(ctx.before(10)):
            return None
    if mod in ctx.lex.words("articles") and not m["ahead"]:
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
    amount = _number(lex, m["num"]) if m["num"] else 1.0
    if amount is not None:
        amount *= float(lex.table("set_quantifiers").get(_w(m["q"]), 1))  # "every other week": P2W
    return Value("SET", resolve.duration_value(amount, _unit_code(lex, what), _years(lex)))


def _from_day(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"a week from today", "two weeks from Monday": the day that many days, weeks, months or years after
    the day named. After a word of ``from_day_blockers`` ("closed for two weeks from Monday") the amount
    is a duration starting that day, and both are tagged on their own."""
    lex = ctx.lex
    amount = _number(lex, m["num"])
    unit = _unit_code(lex, m["unit"])
    if amount is None or not float(amount).is_integer() or unit not in ("D", "W", "M", "Y"):
        return None
    if _preceded_by(ctx, "from_day_blockers"):
        return None
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


def _frequency(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"twice a year", "three times a week", "twice daily": a SET of the period (the count is TimeML's freq)."""
    if m["setw"]:
        return Value("SET", str(ctx.lex.table("sets")[_w(m["setw"])]))
    every = _number(ctx.lex, m["every"]) if m["every"] else 1.0  # "once every two weeks": P2W
    if every is None or (m["every"] and _w(m["art"]) not in ctx.lex.words("set_quantifiers")):
        return None  # "twice a two weeks" is no frequency
    return Value("SET", resolve.duration_value(every, _unit_code(ctx.lex, m["unit"]), _years(ctx.lex)))


def _ref(m: "re.Match[str]", ctx: Context) -> Value | None:
    phrase = _w(m["ref"])
    value = str(ctx.lex.table("references")[phrase])
    if phrase in ctx.lex.words("adjective_references") and not re.match(r"\s+[a-z]", ctx.after(3)):
        return None
    if _context_blocks(ctx, phrase):
        return None
    return Value("DATE", value)


def _vague_duration(m: "re.Match[str]", ctx: Context) -> Value | None:
    """"for a while", "for some time": a DURATION of no stated length (``vague_durations``); the preposition before
    it is left out of the extent."""
    value = str(ctx.lex.table("vague_durations")[_w(m["vd"])])
    return Value("DURATION", value, skip=m.start("vd") - m.start())


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
    "week_of": _week_of,
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
    "nth_day": _nth_day,
    "turn": _turn,
}


def default_lexicon() -> Lexicon:
    """RETURNS (Lexicon): the English language data."""
    return load_lexicon()
