"""An event's date: the time expression nearest its trigger, or the day of an earlier event.

:func:`_date` reads the date off the tokens near the trigger (a plan change's new
date first); :func:`_same_day` dates an event told "later in the day".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Token

from ..model import UNKNOWN_DATE, DateValue, Event
from .arguments import _walk
from .context import _Ctx, time_to_date
from .plans import _new_date
from .triggers import _REF_VALUES, _lex


def _date(tok: Token, chain: list[Token], ctx: _Ctx) -> DateValue:
    for top in chain:
        if top.dep_ == "relcl" and (t := ctx.times.get(top.head.i)) is not None:
            return time_to_date(t)
    moved = _new_date(tok, chain, ctx)
    if moved is not None:
        return moved
    for cand in _walk(tok, chain, ctx):
        t = ctx.times.get(cand.i)
        if t is None or t.type not in ("DATE", "TIME") or not t.value or t.value in _REF_VALUES or t.value[0] == "P":
            continue  # a duration ("a day before") is no date
        if t.start < ctx.dateline_end or _comparison(t.end, ctx):
            continue  # "a day earlier than planned": an offset from the plan, not the day
        return _on_sentence_day(time_to_date(t), tok, ctx)
    return UNKNOWN_DATE


_DAY_WORDS = re.compile(r"\d{1,2}[/.-]\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                        r"today|tonight|tomorrow|yesterday|day|week|month|year)", re.IGNORECASE)


def _on_sentence_day(when: DateValue, tok: Token, ctx: _Ctx) -> DateValue:
    """ "On Friday he will address a forum before departing for Brasilia at 2 p.m.": a clock time written without a
    day (read on the publication day) is on the day its sentence names, when it names exactly one."""
    if when.precision != "time" or not when.value or "T" not in when.value or _DAY_WORDS.search(when.text or ""):
        return when
    days = {x.value for i in range(tok.sent.start, tok.sent.end) if (x := ctx.times.get(i)) is not None and x.value
            and x.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)}
    if len(days) != 1:
        return when
    day = days.pop()
    return replace(when, value=day + when.value[10:], note=f"clock time on the sentence's day {day}")


def _comparison(end: int, ctx: _Ctx) -> bool:
    """Whether the time expression ending at character ``end`` is compared with "than" ("a day earlier than planned")."""
    span = ctx.doc.char_span(end, end + 5, alignment_mode="contract")
    return span is not None and len(span) > 0 and span[0].lower_ == "than"


def _same_day(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An undated event told "later in the day" takes the day of the previous dated event in
    an earlier sentence; one told "a day later", "the following day" (``day_offset_phrases``)
    takes that day moved by the phrase's days. Only a previous event dated to the day counts."""
    lex = _lex()
    out: list[Event] = []
    last: DateValue | None = None
    last_sentence = -1
    last_arrival = False
    for ev in events:
        if ev.date.value is None and last is not None and ev.evidence.start != last_sentence:
            text = ev.evidence.sentence.lower()
            hit = next((p for p in lex.same_day if p in text), None)
            if hit is not None:
                ev = replace(ev, date=replace(last, text=hit, note="the day of the previous event"))
            elif last.precision == "day" and last.value is not None and (not last.end_value or last_arrival):
                # a span counts from its first day only when it is an arrival ("arrives on March 25
                # for a three-day visit ... talks a day later"); "a day after a two-day summit" is unclear
                moved = _offset(text, last.value, lex.day_offsets)
                if moved is not None:
                    ev = replace(ev, date=moved)
        if ev.date.precision in ("day", "time") and ev.date.value:
            last, last_sentence = ev.date, ev.evidence.start
            last_arrival = ev.action in ("arrive", "travel", "visit")
        out.append(ev)
    return out


def _offset(text: str, day: str, offsets: tuple[tuple[str, int], ...]) -> DateValue | None:
    """The previous event's ``day`` moved by the first offset phrase of a sentence.

    text (str): the lower-cased sentence. day (str): ``YYYY-MM-DD``.
    offsets (tuple): (phrase, days) pairs, longest phrase first.
    RETURNS (DateValue | None): the day, with the phrase as its text and a note; None when
        no phrase stands alone ("a day earlier than planned", "the day before the summit").
    """
    for phrase, days in offsets:
        for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text):
            rest = text[m.end() :].lstrip()
            follows = rest.split(" ", 1)[0] if rest else ""
            if follows == "than":
                continue  # "a day earlier than planned": compared with the plan
            if phrase.endswith((" after", " before")) and follows[:1].isalnum():
                continue  # "the day before the summit": anchored on a named thing, not the previous event
            value = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
            note = f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'after' if days > 0 else 'before'} the previous event"
            return DateValue(value, "day", phrase, note=note)
    return None
