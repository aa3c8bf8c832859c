"""An event's date: the time expression nearest its trigger, or the day of an earlier event.

:func:`_date` reads the date off the tokens near the trigger (a plan change's new
date first); :func:`_same_day` dates an event told "later in the day".
"""

from __future__ import annotations

from dataclasses import replace

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
        return time_to_date(t)
    return UNKNOWN_DATE


def _comparison(end: int, ctx: _Ctx) -> bool:
    """Whether the time expression ending at character ``end`` is compared with "than" ("a day earlier than planned")."""
    span = ctx.doc.char_span(end, end + 5, alignment_mode="contract")
    return span is not None and len(span) > 0 and span[0].lower_ == "than"


def _same_day(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An undated event told "later in the day" takes the day of the previous dated event in an earlier sentence."""
    phrases = _lex().same_day
    out: list[Event] = []
    last: DateValue | None = None
    last_sentence = -1
    for ev in events:
        if ev.date.value is None and last is not None and ev.evidence.start != last_sentence:
            text = ev.evidence.sentence.lower()
            hit = next((p for p in phrases if p in text), None)
            if hit is not None:
                ev = replace(ev, date=replace(last, text=hit, note="the day of the previous event"))
        if ev.date.precision in ("day", "time") and ev.date.value:
            last, last_sentence = ev.date, ev.evidence.start
        out.append(ev)
    return out
