"""A meeting put off and then held, both told in one article.

"X and Y held their retreat in Kuala Lumpur on Thursday, two days later than first planned. The meeting had
been scheduled for Tuesday in Putrajaya but was rescheduled ...": the put-off plan ("The meeting", a definite
noun with no one named in its clause) is the meeting the article reports held on a later day, one real event,
which the held record stands for; a second, postponed record of it would count it twice.
"""

from __future__ import annotations

from ..model import Event
from .context import _Ctx
from .trigger_tokens import trigger_token

__all__ = ["held_later"]


def held_later(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events without each postponed plan told by a definite event noun ("The meeting had
    been scheduled for Tuesday ... but was postponed") whose actor the article reports holding an event of the same
    action after the plan's day (as actor or counterpart)."""
    held = [ev for ev in events if ev.status == "happened" and ev.date.interval() is not None]
    if not held:
        return events
    return [ev for ev in events if not (ev.status == "postponed" and _put_off_then_held(ev, held, ctx))]


def _put_off_then_held(plan: Event, held: list[Event], ctx: _Ctx) -> bool:
    """plan (Event): a postponed event. held (list[Event]): the article's dated happened events.
    RETURNS (bool): the plan is one of them, put off before it was held."""
    days = plan.date.interval()
    if not plan.refers_to_plan or plan.counterparts or days is None:
        return False
    tok = trigger_token(plan, ctx)
    if tok is None or tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # a plan named in its own words ("a meeting between X and Y"), not a reference to one told
    for ev in held:
        span = ev.date.interval()
        people = {ev.actor.name, *(c.name for c in ev.counterparts)}
        if ev.action == plan.action and span is not None and span[0] > days[1] and plan.actor.name in people \
                and ev.evidence.start != plan.evidence.start:
            return True
    return False
