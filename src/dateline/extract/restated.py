"""An event told again: in a "when" clause of its own sentence: "Fiji last hosted a leaders' gathering in July 2022, when
the Pacific Islands Forum met in Suva"; "The union last staged a nationwide strike in 2011, when a walkout by civil
servants lasted eight weeks". The clause names the same event (the gathering hosted, the strike staged) by another
actor and often adds its place: it is no event of its own.

:func:`when_restated` folds such a clause's event into the main clause's. :func:`retold_acts` dates a person's own
act told again undated later in the article ("X was sworn in on Tuesday ... X took his oath before the president at the
palace"): one act, on the day told first.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import PLANNED_DAY_NOTE, Event
from .context import _Ctx
from .each_person import solo_families
from .trigger_tokens import trigger_token

__all__ = ["missed_then_put_off", "retold_acts", "retold_changes", "when_restated"]


def retold_acts(events: list[Event]) -> list[Event]:
    """events (list[Event]): the article's events, text order. RETURNS (list[Event]): the events, an undated one of a
    family a person does once (``solo_families`` of ``families.json``: a swearing-in, an appointment, a resignation)
    that the same actor's dated event of that family and status, told before it in the article, already tells ("was
    sworn in ... on Tuesday", then "took his oath before the president at the palace") given that day."""
    out: list[Event] = []
    for ev in events:
        if ev.action in solo_families() and ev.date.value is None:
            first = next((e for e in out if e.action == ev.action and e.actor.name == ev.actor.name
                          and e.status == ev.status and e.date.value is not None
                          and e.evidence.start < ev.evidence.start), None)
            if first is not None:
                ev = replace(ev, date=first.date)
        out.append(ev)
    return out

#: Families of a journey, told again by its noun ("the visit", "the trip").
_JOURNEYS = frozenset({"visit", "travel"})


def retold_changes(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the
    events without a change of a journey told again by a definite noun with no place or new day ("The Pope's visit to
    Lebanon has been postponed ... The trip, which had been set for Friday, will be rescheduled for a later date"):
    the same actor's change of the same family and status, with no one else in it, told before it in the article is
    that one change, which a second place-less record would count twice."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action in _JOURNEYS and ev.refers_to_plan \
            and ev.status in ("postponed", "cancelled") and ev.place is None and not ev.counterparts \
            and (ev.date.value is None or ev.date.note == PLANNED_DAY_NOTE) else None
        if tok is not None and tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and any(e.action == ev.action and e.actor.name == ev.actor.name and e.status == ev.status
                        and not e.counterparts and e.refers_to_plan and e.evidence.start < ev.evidence.start for e in out):
            continue
        out.append(ev)
    return out


def missed_then_put_off(events: list[Event]) -> list[Event]:
    """events (list[Event]): the article's events, text order. RETURNS (list[Event]): the events without an act told
    as not done on its day ("X failed to appear in court on Wednesday", denied or called off there) when a later
    sentence of the article puts the same actor's same act off to a new day ("The hearing was postponed to Sept 16"):
    the one change of that plan, which the missed day would otherwise undo."""
    later = [e for e in events if e.status == "postponed" and e.date.value is not None
             and e.date.note != PLANNED_DAY_NOTE]
    return [ev for ev in events if not (
        ev.status in ("denied", "cancelled") and ev.place is None
        and any(e.action == ev.action and e.actor.name == ev.actor.name and e.evidence.start > ev.evidence.start
                and e.date.value != ev.date.value for e in later))]


#: Main clause action -> the actions of a "when" clause that retell its event.
_RETOLD = {"host": frozenset({"meet", "hold", "attend"}), "protest": frozenset({"protest"}),
           "hold": frozenset({"meet", "hold"})}


def when_restated(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events, one told in a "when" clause on its sentence's main verb or on that verb's date
    ("in July 2022, when the Forum met in Suva") dropped when the main verb tells an event of a family it retells
    (``_RETOLD``) with the same status and date; the main event takes the clause's place when it has none.
    """
    dropped: set[int] = set()
    out = list(events)
    for k, told in enumerate(events):
        clause = _when_clause(told, ctx)
        if clause is None:
            continue
        for j, main in enumerate(out):
            if j == k or j in dropped or main.evidence.start != told.evidence.start or main.status != told.status \
                    or told.action not in _RETOLD.get(main.action, ()) or main.date.value != told.date.value:
                continue
            verb = _verb_of(trigger_token(main, ctx))
            if verb is None or not _hangs_on(clause, verb):
                continue
            out[j] = replace(main, place=main.place or told.place)
            dropped.add(k)
            break
    return [ev for k, ev in enumerate(out) if k not in dropped]


def _when_clause(ev: Event, ctx: _Ctx) -> Token | None:
    """RETURNS (Token | None): the verb of the "when" clause the event is told in (its trigger or the verb its noun
    hangs on), None when it is told in none."""
    verb = _verb_of(trigger_token(ev, ctx))
    if verb is None:
        return None
    if any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children) \
            and verb.dep_ in ("advcl", "relcl"):
        return verb
    return None


def _verb_of(tok: Token | None) -> Token | None:
    """tok (Token | None): a trigger. RETURNS (Token | None): it when it is a verb, else the verb its noun hangs on
    (within three heads: "staged a nationwide strike"), else None."""
    verb = tok
    for _ in range(3):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _hangs_on(clause: Token, verb: Token) -> bool:
    """clause (Token): a "when" clause's verb. verb (Token): a main clause's verb. RETURNS (bool): the clause hangs on
    the verb, or on a date phrase of it ("in July 2022, when ...")."""
    head = clause.head
    if head.i == verb.i:
        return True
    return head.ent_type_ == "DATE" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == verb.i
