"""Resolve a question from the evidence of its matched events.

The question's actor and events are matched in :mod:`.actor_match`, :mod:`.event_match`,
:mod:`.occurrences` and :mod:`.trips`; the sentences that say an event happened are chosen in
:mod:`.happened`. Resolution rules, in order:

1. ``yes``: an event reported as happened within the window (``ambiguous`` instead
   when another article, published no earlier than the first such report, denies,
   postpones or calls off that event or a matched event on the same day: a denial of
   the plan before the event is overtaken by it, not a conflict);
2. ``annulled``: a question "during his trip to X" whose trip events are all cancelled;
3. ``no``: every matching event is cancelled (or reported cancelled, with its only
   "happened" sentences placing it elsewhere), or the window has closed and every match is
   called off or reported done on a day after it, or the window has closed (as-of day
   later than its last day plus :data:`GRACE_DAYS`) with nothing reported as happened;
4. open (None) otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping, Sequence

from ..model import EventRecord, Evidence, PlaceRef
from .happened import HAPPENED, counted_happened, happened_evidence
from .overlap import days_of, in_place, may_coincide, was_dated_over
from .question import QuestionPattern, asked_actions
from .window import may_fall_in

# names the tests import from here
from .actor_match import match_actor as match_actor
from .happened import _whose as _whose

__all__ = [
    "GRACE_DAYS",
    "Resolution",
    "date_words",
    "is_called_off",
    "trip_called_off",
    "conflicting_reports",
    "resolve",
]


#: Days after a window's last day before silence counts as "no": reports of a day's
#: events are often published the next day.
GRACE_DAYS = 1


@dataclass(frozen=True)
class Resolution:
    """How a question stands on the as-of day.

    resolution (str | None): ``yes``, ``no``, ``annulled``, ``ambiguous``, or None while open.
    reason (str): one sentence a person can check.
    event (EventRecord | None): the event that decides it (or the best match).
    cited (Evidence | None): the resolving sentence, if any.
    """

    resolution: str | None
    reason: str
    event: EventRecord | None
    cited: Evidence | None = None


def _happened_in(event: EventRecord, window: tuple[date | None, date | None], done: Sequence[Evidence],
                 asked: date | None = None, grace: bool = True) -> bool:
    """Whether an event's reports of it happening put it in the question's window.

    event (EventRecord): the event. window (tuple): the question's days, ends open as None.
    done (Sequence[Evidence]): the reports saying it happened.
    asked (date | None): the day a stored question was asked: an undated event that only
        articles of that day or earlier told as done ("has already sanctioned 100 officials")
        is background the question was asked after, not the event it asks about.
    grace (bool): an undated event first told the day after the window may still fall in it; False when its
        article dates a matched event of its own (:func:`_dated_beside`): that day tells when the trip was.
    RETURNS (bool): True when it happened inside the window.
    """
    lo, hi = window
    span = event.date.interval()
    if span is None:
        pubs = [e.published for e in done if e.published]
        if asked is not None:
            pubs = [p for p in pubs if p > asked]
        if not pubs:
            return lo is None and hi is None and asked is None
        day = min(pubs)
        return (lo is None or day >= lo) and (hi is None or day <= hi + timedelta(days=GRACE_DAYS if grace else 0))
    return (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi)


def _dated_beside(event: EventRecord, events: Sequence[EventRecord], done_of: Mapping[int, Sequence[Evidence]]) -> bool:
    """RETURNS (bool): another matched event told done by an article that tells this one done has a date ("arrived in
    Chisinau on Wednesday ... later signed the deal": the undated signing was on that trip, not a day earlier)."""
    told = {e.article_id for e in done_of[event.id]}
    return any(other.id != event.id and other.date.interval() is not None and done_of[other.id]
               and any(e.article_id in told for e in done_of[other.id]) for other in events)


def _before_window(event: EventRecord, lo: date | None) -> bool:
    """event (EventRecord): a matched event. lo (date | None): the window's first day.
    RETURNS (bool): True when the event's days all lie before the window ("the two ministers last met in
    September" for a question about this month): background, which a live plan or a later event outranks as the
    question's best match."""
    span = event.date.interval()
    return lo is not None and span is not None and span[1] < lo


def _background_to(event: EventRecord, best: EventRecord | None, lo: date | None) -> bool:
    """event (EventRecord): a matched event told as done. best (EventRecord | None): the question's best match.
    lo (date | None): the window's first day.
    RETURNS (bool): True when ``event`` lies wholly before the window, ``best`` does not, and ``event`` was over
    before ``best`` was first reported: background to the plan the question is about."""
    if best is None or best.id == event.id or not _before_window(event, lo) or _before_window(best, lo):
        return False
    span = event.date.interval()
    first = min((ev.published for ev in best.evidence if ev.published), default=None)
    return span is not None and first is not None and span[1] < first


_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def date_words(value: str | None, missing: str = "no date") -> str:
    """How a reason shows a date value: "2026-11-13", "2026-11-13 evening" for
    ``2026-11-13TEV``, "2026-11-13 10:30" for ``2026-11-13T10:30``, "the 1960s" for ``196``.

    value (str | None): a TIMEX3 value. missing (str): the words when it is None.
    RETURNS (str): the words.
    """
    if not value:
        return missing
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"  # a decade ("196" is the 1960s)
    if re.fullmatch(r"\d{2}", value):
        return f"the {int(value) + 1}th century"  # "19" is the 20th century (1900-1999)
    day, sep, part = value.partition("T")
    if not sep:
        return value
    return f"{day} {_PARTS_OF_DAY.get(part, part)}"


def _cite(ev: Evidence | None) -> str:
    """ev (Evidence | None): a sentence.
    RETURNS (str): how a reason cites it ("article a1 (2025-11-03)"); "no article" for None."""
    if ev is None:
        return "no article"
    return f"article {ev.article_id} ({ev.published.isoformat() if ev.published else 'undated'})"


def _cancelled(events: Sequence[EventRecord]) -> Evidence | None:
    """events (Sequence[EventRecord]): events.
    RETURNS (Evidence | None): the last sentence of theirs that calls one off; None when there is none."""
    cancel = [ev for e in events for ev in e.evidence if ev.status == "cancelled"]
    return cancel[-1] if cancel else None


def _told_with_called_off(events: Sequence[EventRecord], done_of: Mapping[int, Sequence[Evidence]]) -> dict[int, Evidence]:
    """Undated plans that are part of a dated plan since called off: a plan with no day, at no place or the called-off
    plan's, told only by articles that also told the called-off one ("will exchange prisoners on Friday ... In return,
    Poland would hand over two citizens": the swap's other half falls with it).

    events (Sequence[EventRecord]): the matched events. done_of (Mapping): event id -> its counted "happened" sentences.
    RETURNS (dict[int, Evidence]): undated plan's id -> the sentence calling off the dated plan.
    """
    out: dict[int, Evidence] = {}
    off = [e for e in events if e.date.value and is_called_off(e, done_of[e.id])]
    for e in events:
        if e.date.value or e.status not in ("planned", "uncertain") or done_of[e.id]:
            continue
        told = {ev.article_id for ev in e.evidence}
        for c in off:
            if (e.place is None or c.place is not None and c.place.name == e.place.name) \
                    and told <= {ev.article_id for ev in c.evidence} and (cited := _cancelled([c])) is not None:
                out[e.id] = cited
                break
    return out


def _all_after(event: EventRecord, hi: date) -> bool:
    """RETURNS (bool): whether an event's own day (all of it) lies after a window's last day."""
    span = event.date.interval()
    return span is not None and event.date.precision in ("day", "time") and span[0] > hi


def _moved_past(event: EventRecord, hi: date) -> Evidence | None:
    """The report, published by a window's last day, that moved a plan to a day wholly after the window ("has been moved
    to September", for a window ending May 31); None when the plan was never moved, is no plan, or may still fall in it.

    event (EventRecord): a matched event. hi (date): the window's last day.
    RETURNS (Evidence | None): the first sentence that told the plan's present date.
    """
    span = event.date.interval()
    if event.status not in ("planned", "postponed") or span is None or span[0] <= hi \
            or event.date.precision not in ("day", "time", "week", "month") \
            or len({h.date.value for h in event.history}) < 2:
        return None
    told = next((h for h in event.history if h.date.value == event.date.value), None)
    return next((ev for ev in event.evidence if told is not None and ev.article_id == told.article_id
                 and ev.published is not None and ev.published <= hi), None)


def is_called_off(event: EventRecord, done: Sequence[Evidence]) -> bool:
    """Whether an event counts as cancelled for a question.

    event (EventRecord): a matched event.
    done (Sequence[Evidence]): its "happened" sentences that count for the question's
        place (:func:`happened_evidence`).
    RETURNS (bool): True when its status is ``cancelled``, or when its status is
        ``happened`` only through sentences that place it elsewhere ("flew home from
        Bangkok" merged into the Kuala Lumpur leg) and one of its sentences cancels it.
    """
    if event.status == "cancelled":
        return True
    return event.status in HAPPENED and not done and any(e.status == "cancelled" for e in event.evidence)


def trip_called_off(
    trip: Sequence[EventRecord],
    place: PlaceRef,
    known: Sequence[PlaceRef] = (),
    datelines: Mapping[str, tuple[int, int]] | None = None,
    called_off: Mapping[int, Evidence] | None = None,
) -> bool:
    """trip (Sequence[EventRecord]): the trip's events. place (PlaceRef): its destination.
    known (Sequence[PlaceRef]), datelines (Mapping | None): as for :func:`happened_evidence`.
    called_off (Mapping | None): events cancelled through another event (their stop or
        their gathering: :func:`stop_cancellations`, :func:`gathering_cancellations`).
    RETURNS (bool): True when the visit to the destination itself is cancelled, or,
        when no event names the destination itself, every stop of the trip is
        (:func:`is_called_off`)."""
    through = called_off or {}

    def off(e: EventRecord) -> bool:
        return e.id in through or is_called_off(e, happened_evidence(e, place, known, datelines))

    core = [e for e in trip if e.place is not None and e.place.name == place.name]
    if core:
        return all(off(e) for e in core)
    return bool(trip) and all(off(e) for e in trip)


_CHANGES = ("denied", "postponed", "cancelled")


def conflicting_reports(
    event: EventRecord, done: Sequence[Evidence], events: Sequence[EventRecord]
) -> list[Evidence]:
    """Reports that contradict an event reported as happened.

    A sentence denying, postponing or calling off the event (or another matched event
    dated on one of its days, at a compatible place: "the talks were postponed at the
    last minute", told as the other side's event) contradicts it when it comes from an
    article that does not itself report the event as happened and was published on or
    after the first such report. Earlier ones spoke of the plan and were overtaken ("the
    ministry denied reports that she would travel", then "she visited"); a sentence in
    the reporting article itself is background ("days after her ministry denied ...").

    event (EventRecord): the event. done (Sequence[Evidence]): its counted "happened"
        sentences. events (Sequence[EventRecord]): every matched event.
    RETURNS (list[Evidence]): the contradicting sentences, in evidence order.
    """
    first = min((e.published for e in done if e.published), default=None)
    if first is None:
        return []
    reporting = {e.article_id for e in done}
    ours = days_of(event)

    def against(ev: Evidence) -> bool:
        return (ev.status in _CHANGES and ev.article_id not in reporting
                and ev.published is not None and ev.published >= first)

    out = [ev for ev in event.evidence if against(ev)]
    for other in events:
        if other.id == event.id or other.status not in _CHANGES:
            continue
        if event.place is not None and other.place is not None and not may_coincide(event, other):
            continue
        if not any(was_dated_over(other, span) for span in ours):
            continue
        out.extend(ev for ev in other.evidence if against(ev))
    return out


def resolve(
    pattern: QuestionPattern,
    events: Sequence[EventRecord],
    window: tuple[date | None, date | None],
    as_of: date,
    trip: Sequence[EventRecord] | None = None,
    subject: str = "the event",
    target: PlaceRef | None = None,
    known: Sequence[PlaceRef] = (),
    trip_place: PlaceRef | None = None,
    datelines: Mapping[str, tuple[int, int]] | None = None,
    called_off: Mapping[int, Evidence] | None = None,
    done: str | None = None,
    topic: str | None = None,
    asked: date | None = None,
) -> Resolution:
    """Apply the resolution rules (module docstring) to the matched events.

    pattern (QuestionPattern): the parsed question.
    events (Sequence[EventRecord]): matching events as known on ``as_of``.
    window (tuple[date | None, date | None]): the question window, ends open as None.
    as_of (date): the day of the evaluation.
    trip (Sequence[EventRecord] | None): the trip's events for "during his trip to X".
    subject (str): how the reason names the event ("Pete Hegseth visiting Demilitarized Zone").
    target (PlaceRef | None): the question's place, to ignore reports of a visit elsewhere.
    known (Sequence[PlaceRef]): the store's places.
    trip_place (PlaceRef | None): the trip's destination.
    datelines (Mapping | None): article id -> dateline offsets (``Article.dateline_start/end``).
    called_off (Mapping | None): event id -> a sentence cancelling its gathering under
        another actor (:func:`gathering_cancellations`); such events count as cancelled.
    done (str | None): how the reason says it happened ("Pete Hegseth visited Demilitarized
        Zone"); None: "<subject> happened".
    topic (str | None): the question's target when it is neither a place nor a person
        ("the trade agreement"): a sentence saying something else happened instead ("signed
        a memorandum instead") does not say it happened unless it names it.
    asked (date | None): the day a stored future-tense question was asked (see :func:`_happened_in`).
    RETURNS (Resolution): the resolution, reason and cited evidence.
    """
    lo, hi = window
    said = done or f"{subject} happened"
    done_of = {e.id: counted_happened(e, pattern, topic, target, known, datelines) for e in events}
    called_off = {**(called_off or {}), **_told_with_called_off(events, done_of)}

    asked_families = frozenset(asked_actions(pattern.action))

    def key(e: EventRecord) -> tuple[int, int, int, int, int, date, int, int]:
        inside = bool(done_of[e.id]) and _happened_in(e, window, done_of[e.id], asked)
        latest = max((ev.published for ev in e.evidence if ev.published), default=date.min)
        return (1 if inside else 0, 1 if may_fall_in(e, lo, hi) else 0, 0 if _before_window(e, lo) else 1,
                1 if done_of[e.id] else 0, 0 if is_called_off(e, done_of[e.id]) or e.id in called_off else 1, latest,
                1 if e.action in asked_families else 0, len(e.evidence))
    # (told as late, an event of the family asked before one that only puts the actor there: "will visit Niamey on
    # June 15" before "is also expected to meet leaders of the regional bloc" told of the same stop)

    best = max(events, key=key) if events else None
    disputed: Resolution | None = None
    for event in sorted(events, key=lambda e: e.action not in asked_families):  # (the family asked cited first)
        reports = done_of[event.id]
        if reports and _happened_in(event, window, reports, asked, grace=not _dated_beside(event, events, done_of)):
            if asked is not None and event.date.interval() is None:
                reports = [r for r in reports if r.published and r.published > asked]  # cite what came after the asking
            against = conflicting_reports(event, reports, events)
            if against:
                verb = {"denied": "denies it", "postponed": "says it was postponed",
                        "cancelled": "says it was called off"}[against[-1].status]
                disputed = disputed or Resolution(
                    "ambiguous",
                    f"Sources conflict: {_cite(reports[0])} reports that {said} "
                    f"but {_cite(against[-1])} {verb}.",
                    event,
                    against[-1],
                )
                continue  # (another match reported done with no conflict still answers: a disputed launch, then one
                # state media reported)
            when = date_words(event.date.value, "an undated day")
            return Resolution("yes", f"{_cite(reports[0])} reports that {said} ({when}).", event, reports[0])
    if disputed is not None:
        return disputed
    if trip and trip_place is not None and trip_called_off(trip, trip_place, known, datelines, called_off):
        cited = _cancelled(trip)
        return Resolution(
            "annulled", f"The premise broke: {_cite(cited)} reports that the trip was called off.", best, cited
        )
    off = called_off or {}
    offs = [e for e in events if is_called_off(e, done_of[e.id]) or e.id in off]
    if offs and all(e in offs or e.status in ("planned", "postponed") and e.date.interval() is not None
                    and not may_fall_in(e, lo, hi) for e in events):
        # (a plan told for after the window, "agreed to meet again next week", leaves the called-off one's answer)
        cited = _cancelled(offs) or next(iter(off.values()), None)
        return Resolution("no", f"{_cite(cited)} reports that {subject} was called off.", best, cited)
    here = [e for e in events if target is None or e.place is None or in_place(e.place, target)]  # (a plan "to meet
    # again in Kuala Lumpur later in the year" is no match of talks asked in Jakarta)
    if hi is not None and as_of > hi and here and all(
            is_called_off(e, done_of[e.id]) or e.id in off or (done_of[e.id] or e.status in ("happened", "postponed"))
            and _all_after(e, hi) for e in here) \
            and (late := next((e for e in here if done_of[e.id] and _all_after(e, hi)), None)) is not None:
        # "swapped 150 prisoners each on Saturday, a day later than planned", told the day after a window that ended on
        # the Friday: every match is over after the window or called off, nothing is left that a later report could
        # still place in it (the grace day waits for reports of the window's last day, not for this); a part of the
        # trip put off to that later day with it ("is due to meet X" on the Thursday, the visit made on Saturday) is
        # no match left in the window either
        cited = done_of[late.id][0]
        return Resolution(
            "no",
            f"{_cite(cited)} reports that {said} on {date_words(late.date.value, 'another day')}, "
            f"after the window ending {hi.isoformat()}.",
            late,
            cited,
        )
    if hi is not None and as_of > hi and here and all(
            not done_of[e.id] and (e.status == "postponed" and (_all_after(e, hi) or e.date.interval() is None)
                                   or _moved_past(e, hi) is not None) for e in here) \
            and (put := next((ev for ev in reversed(here[0].evidence) if ev.status == "postponed"
                              and ev.published is not None and ev.published <= hi), None)
                 or _moved_past(here[0], hi)) is not None:
        # "has pushed back her trip to Manaus to Thursday", told before a window that ended on the Tuesday: the one
        # plan now lies after the window (or has no day since it was put off), put off before it closed, and nothing
        # reports it held in it
        return Resolution(
            "no",
            f"{_cite(put)} reports that {subject} was put off "
            + (f"to {date_words(here[0].date.value)}, " if here[0].date.value else "with no new date, ")
            + f"before the window ending {hi.isoformat()} closed.",
            here[0],
            put,
        )
    if hi is not None and as_of > hi + timedelta(days=GRACE_DAYS):
        # an event over before the window and before the best match was first told is its background ("the two
        # ministers last met in September" for talks postponed until April), no report that it happened elsewhen;
        # one done after the plan was told (an election moved earlier and held) still is
        elsewhere = [e for e in events if done_of[e.id] and not _background_to(e, best, lo)]
        if elsewhere:
            cited = done_of[elsewhere[0].id][0]
            return Resolution(
                "no",
                f"{_cite(cited)} reports that {said} on {date_words(elsewhere[0].date.value, 'another day')}, "
                f"outside the window ending {hi.isoformat()}.",
                elsewhere[0],
                cited,
            )
        last = best.evidence[-1] if best is not None and best.evidence else None
        return Resolution(
            "no",
            f"No article published by {as_of.isoformat()} reports that {said} by {hi.isoformat()}; "
            "the window has closed.",
            best,
            last,
        )
    return Resolution(None, "", best, None)
