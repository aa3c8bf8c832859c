"""Times of day: clock times ("3 p.m.", "noon", "9:30 a.m. Friday"), parts of day ("in the morning"),
"overnight" and "the early hours of Sunday".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from . import resolve
from .context import Context, Value, _unanchored
from .lexicon import Lexicon, load_lexicon
from .relative import _weekday_day
from .words import _day_number, _month, _w


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
    last day written shortly before (the story's day), else of the publication day ("at dawn", "before dusk":
    ``day_edge_words``, the part of day they fall in); a plain "in the morning" with
    no day written before it is dropped (habitual: "prices are higher in the morning"). Not "the evening news",
    "the morning of Oct. 3" (the day rules read that), "morning talk show" (no preposition)."""
    if not _PART_PREPOSITION.search(ctx.before(16)) or _PART_NOT_BEFORE.match(ctx.text, ctx.end):
        return None
    if m["edge"]:  # "at dawn", "before dusk": the part of day it falls in, of the story's day
        part = str(ctx.lex.table("day_edge_words")[_w(m["edge"])])
    else:
        word = _w(m["mid"] or m["part"]).replace("mid", "").strip(" -")
        part = str(ctx.lex.table("parts_of_day")[word])
    required = not (m["mid"] or m["mod"] or m["edge"])
    if ctx.anchor is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{part}")._replace(refer=("D", 0), refer_required=required)
    ahead = 1 if m["edge"] and ctx.tense() == "future" else 0  # "troops will move in at dawn": the next one
    day = ctx.anchor + timedelta(days=ahead)
    return Value("TIME", f"{day.isoformat()}T{part}", refer=("D", 0), refer_required=required)


def _clock(m: "re.Match[str]", lex: Lexicon) -> str | None:
    if m["cw"]:
        return str(lex.table("clock_words")[_w(m["cw"])])
    if m["h4"]:  # "ten o'clock": the hour alone
        hour = int(m["h4"]) if m["h4"].isdigit() else int(lex.numbers[_w(m["h4"])])
    else:
        hour = int(m["h"] or m["h2"] or m["h3"])
    minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    written = _w(m["mer"] or m["mer4"])
    mer = written.replace(" ", "")  # "p. m."
    meridiems = lex.table("meridiems")  # "in the evening" is looked up as written
    meridiem = meridiems.get(written) or meridiems.get(mer) or ("pm" if mer.startswith("p") else "am" if mer else "")
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


def _evening(clock: str) -> str:
    """clock (str): ``HH:MM`` read without a.m. or p.m. RETURNS (str): the afternoon or evening hour for one
    written 1 to 11 ("7:30" -> "19:30"); others as they are ("12:30", "19:30")."""
    hour = int(clock[:2])
    return f"{hour + 12:02d}{clock[2:]}" if 1 <= hour <= 11 else clock


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
        if not (m["mer"] or m["mer4"] or m["cw"]) and _w(m["tdeictic"]) in lex.words("evening_clock_days"):
            clock = _evening(clock)  # "7:30 tonight": 19:30
        offsets = lex.table("deictic_days")
        day = ctx.anchor + timedelta(days=int(offsets[_w(m["tdeictic"])])) if ctx.anchor else None
    else:
        if ctx.anchor is None:
            return _unanchored("TIME", f"XXXX-XX-XXT{clock}")._replace(bare_clock=True)
        if clock.startswith("24") and ctx.tense() == "past":  # "the quake struck at midnight": the one just gone
            return Value("TIME", f"{(ctx.anchor - timedelta(days=1)).isoformat()}T{clock}", bare_clock=True)
        return Value("TIME", f"{ctx.anchor.isoformat()}T{clock}", bare_clock=True)
    if day is None:
        return _unanchored("TIME", f"XXXX-XX-XXT{clock}")
    return Value("TIME", f"{day.isoformat()}T{clock}")
