"""The temporal tagger: find time expressions in running text and normalize them (TimeML TIMEX3).

Rules are compiled regexes over the raw text (no parse needed), built from the
language data in ``extract/data/time_en.json`` (:mod:`.timex.patterns`).
Relative expressions are resolved against the article's publication date (the
anchor, never today) and the tense of their clause (:mod:`.timex.tense`):
"Monday" in "will visit on Monday" is the coming Monday, in "visited on
Monday" the last one.

Public API: :func:`find_times`, :func:`normalize`, :func:`link_spans` and the
spaCy component ``dateline_times_v1`` (:data:`COMPONENT_NAME`; sets ``doc._.times``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from ..model import TimeExpr, timex_interval
from .nlp import doc_text, load_data
from .timex.extent import extend_extents
from .timex.lexicon import load_lexicon
from .timex.patterns import grammar
from .timex.prefilter import fold, may_match, required_literals
from .timex.resolve import precision_of, shift_value
from .timex.rules import HANDLERS, Context
from .timex.tense import TENSES, TenseReader

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["find_times", "normalize", "link_spans", "times_component", "COMPONENT_NAME", "TENSES"]

#: Registered name of the spaCy component. spaCy forbids "." in factory names
#: (its error E853), so the versioned name ``dateline.times.v1`` is spelled with "_".
COMPONENT_NAME = "dateline_times_v1"

_SPAN_GAP = re.compile(r"^[^.;!?\n]{0,45}$")
_DAYS_DURATION = re.compile(r"^P(\d+)([DW])$")
#: How far back (characters) "that day" looks for the date it refers to.
_ANAPHOR_REACH = 600
#: How far back "the previous Friday" / "the following Monday" looks for the day it counts from: a weekday named
#: against the story's own day is read from the last day written, however many paragraphs of background lie between.
_WEEKDAY_ANAPHOR_REACH = 3000


def find_times(text: str, anchor: date | None, doc: Doc | None = None) -> list[TimeExpr]:
    """Find and normalize the time expressions of a text.

    text (str): the text (an article body).
    anchor (date | None): publication date (a datetime counts by its day); None leaves relative values
        unanchored (``XXXX-XX-XX``, ``anchored=False``).
    doc (Doc | None): a parsed Doc of ``text``; when given, its tags add tense cues.
    RETURNS (list[TimeExpr]): sorted by start, non-overlapping, offsets into ``text``.
    """
    reader = TenseReader(text, doc)
    return link_spans(_tag(text, _day(anchor), reader.tense_at), text)


def normalize(expression: str, anchor: date | None, tense: str = "none") -> TimeExpr | None:
    """Normalize one expression such as "next week" or "by November 10".

    expression (str): a short phrase holding one time expression.
    anchor (date | None): the date it is relative to.
    tense (str): clause tense: ``past``, ``present``, ``future`` or ``none``.
    RETURNS (TimeExpr | None): the longest expression found (offsets into
        ``expression``), None if there is none.
    RAISES ValueError: ``tense`` is not one of :data:`TENSES`.
    """
    if tense not in TENSES:
        raise ValueError(f"tense '{tense}' is not valid; expected one of: {', '.join(TENSES)}")
    found = _tag(expression, _day(anchor), lambda start, end: tense)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.start, -t.start))


def link_spans(times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Give a start date governed by a nearby day/week duration its ``end_value``.

    "a two-day visit commencing next Monday": the date "next Monday" (2025-11-03)
    gets end_value 2025-11-04. The duration must be within a few words of the
    date, in the same clause, on either side.

    times (list[TimeExpr]): expressions of ``text``, sorted by start.
    text (str): the text they come from.
    RETURNS (list[TimeExpr]): the same list, with end_value set where a span was found.
    """
    out = list(times)
    for i, dur in enumerate(out):
        m = _DAYS_DURATION.match(dur.value or "") if dur.type == "DURATION" else None
        if not m:
            continue
        days = int(m[1]) * (7 if m[2] == "W" else 1)
        if days < 2 or not _length_of_event(dur, text) or _offset_follows(dur, text):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(out):
                continue
            target = out[j]
            if target.type != "DATE" or target.precision != "day" or target.end_value:
                continue
            gap = text[dur.end:target.start] if j > i else text[target.end:dur.start]
            if not _SPAN_GAP.match(gap) or _clause_opener().search(gap):
                continue  # (not "signed a deal on Thursday, as X began a two-day visit": two clauses)
            first = timex_interval(target.value)
            if first is None:
                continue
            last = first[0] + timedelta(days=days - 1)
            out[j] = TimeExpr(
                target.start, target.end, target.text, target.type, target.value,
                target.precision, target.anchored, last.isoformat(), target.note,
            )
            break
    return out


_ELAPSED_BEFORE = re.compile(r"\b(?:after|following|since)\s+(?:a|an|the|some|nearly|almost|about)?\s*$", re.IGNORECASE)
_SHIFT_BEFORE = re.compile(r"\bby\s+(?:some|nearly|almost|about|more\s+than|less\s+than)?\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


@cache
def _event_nouns() -> frozenset[str]:
    """Nouns whose length a duration modifier gives ("a two-day visit"): event nouns and trip nouns."""
    return frozenset(load_data("triggers.json")["nouns"]) | frozenset(load_data("places.json")["place_roles"]["trip_heads"])


def _length_of_event(dur: TimeExpr, text: str) -> bool:
    """Whether a duration can be the length of the dated event: not time elapsed before it ("resumed on Thursday after
    a three-week halt") nor a shift ("delayed by two weeks"), and as a modifier only of an event or trip noun within its next three words ("a two-day visit",
    "a three-day state visit", not "the 100-day mark")."""
    if _ELAPSED_BEFORE.search(text[max(0, dur.start - 30):dur.start]) or _SHIFT_BEFORE.search(text[max(0, dur.start - 30):dur.start]):
        return False  # (nor how far a plan moved: "in a visit delayed by two weeks")
    if "-" not in dur.text:
        return True
    words = [w.lower() for w in _WORD.findall(re.split(r"[,.;:!?]", text[dur.end:dur.end + 40])[0])[:3]]
    return not words or any(w in _event_nouns() for w in words)  # "a three-day state visit"


@cache
def _clause_opener() -> re.Pattern[str]:
    """A comma and a ``span_clause_openers`` word: a new clause between a date and a duration."""
    words = "|".join(re.escape(w) for w in load_lexicon().words("span_clause_openers"))
    return re.compile(rf",\s*(?:{words})(?![\w-])", re.IGNORECASE)


@cache
def _offset_followers() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_lexicon().words("span_offset_followers"))
    return re.compile(rf"\s+(?:{words})(?![\w-])", re.IGNORECASE)


def _offset_follows(dur: TimeExpr, text: str) -> bool:
    """Whether a duration is a distance, not a length: "Feb. 8, less than three weeks away", "two weeks before
    Election Day" (``span_offset_followers`` of the language data)."""
    return _offset_followers().match(text, dur.end) is not None


def _day(anchor: date | None) -> date | None:
    """A datetime anchor counts by its calendar day."""
    return anchor.date() if isinstance(anchor, datetime) else anchor


@cache
def _rule_needs() -> tuple[tuple[frozenset[str], ...], ...]:
    """For each rule of the grammar, the strings one of which its every match contains (see :mod:`.timex.prefilter`)."""
    return tuple(required_literals(regex) for _, regex in grammar().rules)


def _tag(text: str, anchor: date | None, tense_of: "Callable[[int, int], str]") -> list[TimeExpr]:
    lex = load_lexicon()
    rules = grammar().rules
    needs = _rule_needs()
    folded = fold(text)
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for index, (_, regex) in enumerate(rules):
        if not may_match(needs[index], folded):  # a word the rule cannot match without is not in the text
            continue
        for m in regex.finditer(text):
            if m.end() > m.start():
                candidates.append((m.start() - m.end(), m.start(), index, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    taken = bytearray(len(text))
    found: list[TimeExpr] = []
    refers: dict[int, tuple[str, int, bool]] = {}
    fallbacks: dict[int, tuple[str, str, int]] = {}
    bare_clocks: set[int] = set()
    comparisons: set[int] = set()
    for _, start, index, m in candidates:
        end = m.end()
        if any(taken[start:end]):
            continue
        name = rules[index][0]
        try:
            value = HANDLERS[name](m, Context(text, start, end, anchor, tense_of, lex))
        except (OverflowError, ValueError):  # a date beyond the calendar (anchor near year 1 or 9999)
            value = None
        if value is None:
            continue
        start += value.skip
        taken[start:end] = b"\x01" * (end - start)
        if value.refer is not None:
            refers[start] = (*value.refer, value.refer_required)
            if value.fallback is not None:
                fallbacks[start] = value.fallback
        if value.bare_clock:
            bare_clocks.add(start)
        if value.comparison:
            comparisons.add(start)
        found.append(
            TimeExpr(
                start=start,
                end=end,
                text=text[start:end],
                type=value.type,
                value=value.value,
                precision=precision_of(value.value, value.type),
                anchored=value.anchored,
                end_value=value.end_value,
                note=value.note,
            )
        )
    found.sort(key=lambda t: t.start)
    if refers:
        found = _resolve_anaphora(found, refers, fallbacks, text, comparisons, _reported_periods(found, anchor),
                                  tense_of)
    found = _clock_days(found, text, bare_clocks) if bare_clocks else found
    found = _itinerary_weekdays(found, text, _day(anchor), tense_of)
    found = _day_appositions(found, text)
    found = _weekday_ranges(found, text)
    return extend_extents(_day_shifts(found, text, lex.table("day_shift_words")), text)


def _itinerary_weekdays(found: list[TimeExpr], text: str, anchor: date | None,
                        tense_of: "Callable[[int, int], str]") -> list[TimeExpr]:
    """A bare weekday read as the publication day in a present or future clause ("The tour ends in Dar es Salaam on
    Friday, where he is due to meet ...", written on a Friday) right after a day of the coming week the text has told
    ("... travel to Kigali on Wednesday", the Wednesday ahead) continues that itinerary: the same weekday a week on.

    found (list[TimeExpr]): the document's expressions in text order. text (str): the document. anchor (date | None):
    the publication day. tense_of: the clause tense reader. RETURNS (list[TimeExpr]): the expressions, such weekdays
    moved seven days on.
    """
    if anchor is None:
        return found
    out: list[TimeExpr] = []
    last_day: date | None = None
    weekdays = load_lexicon().weekdays
    for t in found:
        if t.type == "DATE" and t.precision == "day" and t.value == anchor.isoformat() and last_day is not None \
                and anchor < last_day <= anchor + timedelta(days=6) and t.text.lower() in weekdays \
                and tense_of(t.start, t.end) in ("present", "future") and not _telling_day(text, t):
            t = TimeExpr(t.start, t.end, t.text, t.type, (anchor + timedelta(days=7)).isoformat(), t.precision,
                         t.anchored, t.end_value, t.note)
        out.append(t)
        if t.type == "DATE" and t.precision == "day" and t.value and not _telling_day(text, t):
            span = timex_interval(t.value)
            last_day = span[0] if span is not None and not _itinerary_end().search(text[max(0, t.start - 25):t.start]) \
                else None  # ("Her visit ends on Friday. She is also due to tour a shipyard on Thursday": today)
    return out


@cache
def _itinerary_end() -> re.Pattern[str]:
    """RETURNS (re.Pattern[str]): an ``itinerary_end_words`` word (and "on") ending where a day begins ("ends on ")."""
    words = "|".join(re.escape(w) for w in load_lexicon().words("itinerary_end_words"))
    return re.compile(rf"\b(?:{words})\s+(?:on\s+)?$", re.IGNORECASE)


@cache
def _day_apposition_regex() -> re.Pattern[str]:
    """", the day" right after a date, before one of ``day_apposition_followers`` ("Oct. 12, the day before the
    crash"): group 1 is "the day"."""
    words = "|".join(re.escape(w) for w in load_lexicon().words("day_apposition_followers"))
    return re.compile(rf",\s+(the\s+day)\s+(?:{words})(?![\w'’-])", re.I)


def _day_appositions(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"Oct. 12, the day before the crash", "on Sunday, the day after the storm": "the day" in apposition to a day
    just written is that day, a DATE of its own (TimeML tags the restating noun phrase)."""
    out: list[TimeExpr] = []
    for i, t in enumerate(found):
        out.append(t)
        if t.type != "DATE" or t.precision != "day" or not t.value:
            continue
        m = _day_apposition_regex().match(text, t.end)
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end(1)):
            continue
        out.append(TimeExpr(m.start(1), m.end(1), m[1], "DATE", t.value, "day", t.anchored, None, t.note))
    return out


#: Between a written day and a clock time that belongs to it: "Sunday, Feb. 22, at 3 p.m.", "on Jan. 30 at 10:30 a.m.".
_DAY_THEN_CLOCK = re.compile(r"^,?\s+(?:at\s+)?$", re.I)
_CLOCK_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")
#: Between a clock time with its own day and a later bare clock time of the same sentence.
_SAME_CLAUSE_GAP = re.compile(r"^(?![\s\S]*\.\s+[A-Z])[^;!?\n]{1,80}$")
#: Between the first clock of a range and the second, which has a day: "from 6 a.m. to 10 p.m. on Saturday".
_CLOCK_RANGE = re.compile(r"^\s*(?:-|–|to|until|till|and)\s*$", re.I)
#: Between a clock time and its day written after a parenthesis: "at 10:35 a.m. (0735 GMT) Friday" (both clocks).
_CLOCK_THEN_DAY = re.compile(r"^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:on\s+)?$", re.I)
#: Between a clock time and the same time told again in parentheses, with its day: "at 4 in the morning (4 a.m. EDT
#: Thursday)".
_CLOCK_RESTATED = re.compile(r"^\s*[(\[]\s*$")


def _clock_days(found: list[TimeExpr], text: str, bare_clocks: set[int]) -> list[TimeExpr]:
    """A clock time written without a day ("at 3 p.m.") takes the day written right before it ("Sunday, Feb. 22,
    at 3 p.m.") or, as the first end of a clock range, the day of the range's second end ("from 6 a.m. to 10 p.m. on
    Saturday"), or the day of its restatement in parentheses ("at 4 in the morning (4 a.m. EDT Thursday)");
    otherwise it keeps the publication day."""
    out = list(found)
    for i, t in enumerate(out):
        if t.start not in bare_clocks or t.value is None or "T" not in t.value:
            continue
        day: str | None = None
        prev = out[i - 1] if i > 0 else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        if prev is not None and prev.type == "DATE" and prev.precision == "day" and prev.value \
                and _DAY_THEN_CLOCK.match(text[prev.end:t.start]):
            day = prev.value[:10]
        elif nxt is not None and nxt.type == "TIME" and nxt.start not in bare_clocks and nxt.value \
                and _CLOCK_RANGE.match(text[t.end:nxt.start]):
            day = nxt.value[:10]
        elif prev is not None and prev.type == "TIME" and prev.start not in bare_clocks and prev.value \
                and _CLOCK_VALUE.search(prev.value) and _SAME_CLAUSE_GAP.match(text[prev.end:t.start]):
            day = prev.value[:10]  # "starts at 7:30 a.m. on Saturday, with roads closed from 6 a.m.": that day
        else:
            later = next((u for u in out[i + 1:i + 3] if u.type == "DATE" and u.precision == "day"
                          and u.value and _CLOCK_THEN_DAY.match(text[t.end:u.start])), None)
            day = later.value[:10] if later is not None and later.value else None
            if later is None and nxt is not None and nxt.type == "TIME" and nxt.start not in bare_clocks \
                    and _CLOCK_VALUE.search(nxt.value or "") and _CLOCK_RESTATED.match(text[t.end:nxt.start]):
                day = (nxt.value or "")[:10]  # "at 4 in the morning (4 a.m. EDT Thursday)": the restated day
        if day is None or not re.match(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$", day):
            continue
        value = day + t.value[t.value.index("T"):]
        out[i] = TimeExpr(t.start, t.end, t.text, t.type, value, precision_of(value, t.type),
                          t.anchored or day[:4].isdigit(), t.end_value, t.note if not day[:4].isdigit() else None)
    return out


@cache
@cache
def _weekday_range_gap() -> re.Pattern[str]:
    """The connector between the two weekdays of a range ("Monday to Friday"), from ``weekday_range_connectors``."""
    words = "|".join(re.escape(w) for w in load_lexicon().words("weekday_range_connectors"))
    return re.compile(rf"\s*(?:{words})\s*", re.I)


def _weekday_ranges(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """"open Monday to Friday", "closed Friday through Monday": the second of two bare weekdays joined by a range
    connector is the first such weekday on or after the first (each alone was read on its own side of the
    publication day); after "from" the first keeps the second as the end of its span ("from Wednesday to Friday")."""
    weekdays = load_lexicon().weekdays
    gap = _weekday_range_gap()
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.type == b.type == "DATE" and a.precision == b.precision == "day" and a.anchored and b.anchored):
            continue
        if a.text.lower() not in weekdays or b.text.lower() not in weekdays or not gap.fullmatch(text, a.end, b.start):
            continue
        start, end = timex_interval(a.value), timex_interval(b.value)
        if start is None or end is None:
            continue
        ahead = (int(weekdays[b.text.lower()]) - int(weekdays[a.text.lower()])) % 7
        value = (start[0] + timedelta(days=ahead)).isoformat()
        if value != b.value:
            out[i + 1] = TimeExpr(b.start, b.end, b.text, b.type, value, b.precision, b.anchored, b.end_value, b.note)
        if ahead and a.end_value is None and re.search(r"\bfrom\s+$", text[max(0, a.start - 8):a.start], re.I):
            out[i] = TimeExpr(a.start, a.end, a.text, a.type, a.value, a.precision, a.anchored, value, a.note)  # "a
            # state visit from Wednesday to Friday": the first day keeps the last as its span's end, as "from Jan. 28 to 30"
    return out


def _day_shift_regex() -> re.Pattern[str]:
    """"day before" / "day after" (``day_shift_words``) ending the text before a date."""
    words = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in load_lexicon().table("day_shift_words"))
    return re.compile(rf"(?<![\w-])({words})\s+$", re.I)


def _day_shifts(found: list[TimeExpr], text: str, shifts: dict[str, int]) -> list[TimeExpr]:
    """"(the) day before last Tuesday": a day written right after "day before/after" moves by one."""
    if not shifts:
        return found
    pattern = _day_shift_regex()
    out: list[TimeExpr] = []
    for t in found:
        m = pattern.search(text, max(0, t.start - 24), t.start) if t.precision == "day" and t.type == "DATE" else None
        day = timex_interval(t.value) if m is not None and t.anchored else None
        if m is not None and day is not None and (not out or out[-1].end <= m.start()):
            value = (day[0] + timedelta(days=int(shifts[" ".join(m[1].lower().split())]))).isoformat()
            t = TimeExpr(m.start(), t.end, text[m.start():t.end], t.type, value, "day", True, None, t.note)
        out.append(t)
    return out


def _reported_periods(found: list[TimeExpr], anchor: date | None) -> dict[int, str]:
    """Reported stretches of the year ("the first nine months", "the six months": ``reported_period_durations``),
    by start offset, with the year they belong to (the publication year): what a later "a year earlier" compares."""
    if anchor is None:
        return {}
    periods = set(load_lexicon().words("reported_period_durations"))
    return {t.start: f"{anchor.year:04d}" for t in found
            if t.type == "DURATION" and t.value in periods and t.text.lower().startswith("the ")}


@cache
def _telling_pattern() -> "re.Pattern[str]":
    """RETURNS (re.Pattern[str]): a ``telling_verbs`` verb of ``time_en.json`` and "on" ending where a day begins
    ("the foreign ministry announced on ")."""
    verbs = "|".join(re.escape(v) for v in load_lexicon().words("telling_verbs"))
    return re.compile(rf"\b(?:{verbs})\s+(?:on\s+)?$", re.IGNORECASE)


def _telling_day(text: str, t: TimeExpr) -> bool:
    """text (str): the document. t (TimeExpr): a day. RETURNS (bool): it is the day something was said ("the ministry
    announced on Friday"), right after a telling verb."""
    return _telling_pattern().search(text[max(0, t.start - 30): t.start]) is not None


def _resolve_anaphora(found: list[TimeExpr], refers: dict[int, tuple[str, int, bool]],
                      fallbacks: dict[int, tuple[str, str, int]], text: str,
                      comparisons: set[int] | None = None, periods: dict[int, str] | None = None,
                      tense_of: "Callable[[int, int], str] | None" = None) -> list[TimeExpr]:
    """Re-read "that day", "the following year"... from the last date written shortly before them.

    "that quarter" is re-read from the last quarter written shortly before it. A compared period ("a year
    earlier", "the year-ago quarter": ``comparisons``, by start offset) is never read from: "up from $2 million a
    year ago ... compared with $5 million a year earlier" both name the year before the reported period.
    The same period of another year (unit ``P``: "the year-ago results", "the 1988 period") is read from the last
    reported period: a quarter, or a stretch of the year such as "the first nine months" (``periods``, by start
    offset, with its year), which also stands as the last date written.

    "the latest quarter" / "the latest period" is the last quarter written unless that one is not over at
    publication; a later quarter told in a past clause (``tense_of``: "reported a fourth-quarter loss", in
    November) is a fiscal quarter already over, and it counts.

    Without such a date, "that day" and "the next morning" are dropped (generic uses),
    "the following year" keeps its reading from the publication date and "six months later"
    becomes the duration "six months" (its ``fallbacks`` entry).
    """
    out: list[TimeExpr] = []
    last: TimeExpr | None = None
    last_quarter: TimeExpr | None = None
    last_period: TimeExpr | None = None
    for t in found:
        refer = refers.get(t.start)
        if refer is not None:
            unit, offset, required = refer
            ref = last_quarter if unit in ("Q", "QR") else last_period if unit == "P" else last
            reach = _WEEKDAY_ANAPHOR_REACH if unit.startswith("WD") else _ANAPHOR_REACH
            near = ref is not None and ref.value is not None and t.start - ref.end <= reach
            if unit == "QR":  # "the latest quarter": a quarter written before it, unless one not over yet
                over = ref is not None and ((ref.value or "") <= (t.value or "")
                                            or (tense_of is not None and tense_of(ref.start, ref.end) == "past"))
                near, unit = near and over, "Q"  # a later label told in the past ("reported a fourth-quarter loss"
                # in November) is a fiscal quarter already over
            if unit == "P":  # the same period of another year: a quarter stays a quarter, a stretch is its year
                unit = "YQ"
            value = shift_value(ref.value, unit, offset) if near and ref is not None and ref.value else None
            if value is not None and t.type == "TIME" and "T" in (t.value or "") and "T" not in value:
                value += (t.value or "")[(t.value or "").index("T"):]  # "in the morning": that day's morning
            if value is not None:
                t = TimeExpr(t.start, t.end, t.text, t.type, value, precision_of(value, t.type),
                             True, t.end_value, None)
            elif t.start in fallbacks:  # "Six months later" with no date before it: the duration "Six months"
                kind, fallback, length = fallbacks[t.start]
                t = TimeExpr(t.start, t.start + length, text[t.start:t.start + length], kind, fallback,
                             precision_of(fallback, kind), True, None, None)
            elif required:
                continue
        if t.type in ("DATE", "TIME") and (t.value or "")[:4].isdigit() and t.start not in (comparisons or ()) \
                and not (last is not None and (t.value or "") < (last.value or "") and _telling_day(text, t)):
            last = t  # (not "will arrive on April 27, the ministry announced on Friday. He will hold talks the following
            # day": a day of telling before the event's date written just before it is no date an anaphor counts from)
            if t.precision == "quarter":
                last_quarter = last_period = t
        elif periods and t.start in periods:  # "the first nine months": that stretch of the year, at year precision
            last = last_period = TimeExpr(t.start, t.end, t.text, "DATE", periods[t.start], "year", True, None, None)
        out.append(t)
    return out


def _register_extensions() -> None:
    if not Doc.has_extension("anchor"):
        Doc.set_extension("anchor", default=None, force=True)
    if not Doc.has_extension("times"):
        Doc.set_extension("times", default=None, force=True)


@Language.component(COMPONENT_NAME, assigns=["doc._.times"])
def times_component(doc: Doc) -> Doc:
    """spaCy component: tag the Doc's time expressions against ``doc._.anchor``.

    doc (Doc): the Doc; ``doc._.anchor`` (date | None) is its publication date.
    RETURNS (Doc): the same Doc with ``doc._.times`` (list[TimeExpr]) set.
    """
    _register_extensions()
    doc._.times = find_times(doc_text(doc), doc._.anchor, doc)
    return doc


_register_extensions()
