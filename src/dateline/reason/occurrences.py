"""Occurrences of named gatherings (summits, forums, meetings).

The events that are the gathering an occurrence question names, whoever holds it
(:func:`occurrence_events`), grouped into the gatherings they can be (:func:`gatherings`); a
guest's own withdrawal, which is no call-off of the gathering (:func:`withdrawal_words`); and
matched plans whose gathering was called off or postponed under another actor
(:func:`gathering_cancellations`, :func:`gathering_postponements`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Sequence

from ..model import DateValue, EventRecord, Evidence, PlaceRef
from ..store.base import Store
from .happened import HAPPENED, trigger_clause
from .overlap import in_place, may_coincide, overlaps, same_place, was_dated_over
from .phrase_words import contains, mentions_name, phrase_tokens, singular
from .question import QuestionPattern, act_kind_matches, load_data, words

__all__ = ["occurrence_events", "gatherings", "withdrawal_words", "gathering_cancellations", "gathering_postponements"]


def occurrence_events(
    store: Store, pattern: QuestionPattern, as_of: date, place: PlaceRef | None = None
) -> list[EventRecord]:
    """Stored events (as known on ``as_of``) that are the named gathering of an occurrence
    question ("Will the Security Consultative Meeting take place?"), whoever holds it.

    An event fits when its action is a gathering's (``occurrence_actions`` in
    ``data/question.json``), the clause of one of its sentences that holds the trigger
    names every distinctive word of the gathering ("APEC summit": both "APEC" and
    "summit"), and its place, when both are known, lies in the question's place. A
    guest's own withdrawal ("Wong cancelled her trip to the forum": the guest named with
    a ``guest_withdrawal_nouns`` word, or "Villareal will not attend the summit") is not
    the gathering's cancellation: such an event counts without the withdrawal (it still
    tells that the gathering was planned).

    store (Store): the store. pattern (QuestionPattern): an ``occurrence`` pattern.
    as_of (date): only evidence published by this day counts.
    place (PlaceRef | None): the question's place.
    RETURNS (list[EventRecord]): matching events in calendar order.
    """
    data = load_data("question")
    actions: list[str] = data["occurrence_actions"]
    personal: list[str] = data["occurrence_personal_actions"]
    want = set(phrase_tokens(pattern.target or "")) - set(data["stop_words"])
    if not want:
        return []
    if act_kind_matches("protest", pattern.target or ""):
        return _crowd_acts(store, pattern, as_of, place)
    if (family := _occurrence_family(pattern.target or "")) is not None:
        return _family_acts(store, pattern, as_of, place, family)
    if pattern.action != "hold":
        return _family_acts(store, pattern, as_of, place, pattern.action)  # "Will the coalition agreement be signed?"
    out = []
    for event in store.events(as_of=as_of):
        if event.action not in actions:
            continue
        if place is not None and event.place is not None and not in_place(event.place, place):
            continue
        if event.action in personal and _guest_withdrew(event):
            kept = _without_withdrawal(event)
            if kept is None:
                continue
            event = kept
        if any(singular(want) <= singular(set(phrase_tokens(trigger_clause(ev)))) for ev in event.evidence):
            out.append(event)
    return out + _head_named(store, pattern, as_of, out, place)


def _occurrence_family(target: str) -> str | None:
    """target (str): an occurrence question's thing ("a ceasefire between Israel and Hamas"). RETURNS (str | None): the
    ``occurrence_families`` family whose ``object_families`` noun of ``data/question.json`` it is headed by ("truce"),
    else None."""
    data = load_data("question")
    head = re.split(r"\s+(?:between|in|at|with|of|on|for)\s+", target.lower())[0].split()
    return next((f for f in data["occurrence_families"] if head and head[-1] in data["object_families"][f]), None)


def _family_acts(store: Store, pattern: QuestionPattern, as_of: date, place: PlaceRef | None, family: str) -> list[EventRecord]:
    """The events of an occurrence question about an ``occurrence_families`` act that names no one acting ("Will there be a ceasefire in
    Gaza?", "Will a ceasefire between Israel and Hamas take effect?"): events of ``family`` in the place asked (or with
    none, of a side of that country), whose sides or trigger clause name every other distinctive word asked.

    RETURNS (list[EventRecord]): matching events in calendar order."""
    data = load_data("question")
    nouns = {w for phrase in data["object_families"].get(family, ()) for w in phrase.split()}
    rest = singular(set(phrase_tokens(pattern.target or "")) - set(data["stop_words"]) - nouns - {"between"})
    out = []
    for event in store.events(as_of=as_of):
        if event.action != family:
            continue
        sides = [event.actor, *event.counterparts]
        if place is not None and not (in_place(event.place, place) or event.place is None and place.kind == "country"
                                      and any(a.country == place.name for a in sides)):
            continue
        named = {t for a in sides for t in phrase_tokens(a.name)}
        if any(rest <= singular(set(phrase_tokens(trigger_clause(ev))) | named) for ev in event.evidence):
            out.append(event)
    return out


def _crowd_acts(store: Store, pattern: QuestionPattern, as_of: date, place: PlaceRef | None) -> list[EventRecord]:
    """The protests of an occurrence question that names a kind of one and nobody staging it ("Will there be a
    strike in Zimbabwe?", "Will the nationwide strike go ahead?").

    An event fits when it is a protest of the kind asked (its object's or its trigger clause's kind words: a walkout
    is a strike), every other distinctive word of the question but the scope words (``crowd_scope_words`` of
    ``data/question.json``: "nationwide", "general") is in its trigger clause or its actor's name ("teachers"), and,
    with a place asked, it lies in that place, or has none and its actor is of that country.

    RETURNS (list[EventRecord]): matching events in calendar order."""
    data = load_data("question")
    target = pattern.target or ""
    kinds = {kind for _, _, kind in act_kind_matches("protest", target)}
    kind_words = {w for kind in kinds for phrase in data["act_kinds"]["protest"][kind]["words"] for w in phrase.split()}
    rest = singular(set(phrase_tokens(target)) - set(data["stop_words"]) - set(data["crowd_scope_words"]) - kind_words)
    out = []
    for event in store.events(as_of=as_of):
        if event.action != "protest":
            continue
        if place is not None and not (in_place(event.place, place) or event.place is None and place.kind == "country"
                                      and event.actor.country == place.name):
            continue
        clauses = [trigger_clause(ev) for ev in event.evidence]
        told = {kind for text in [event.what or "", *clauses] for _, _, kind in act_kind_matches("protest", text)}
        if not kinds & told:
            continue
        if any(rest <= singular(set(phrase_tokens(text)) | set(phrase_tokens(event.actor.name))) for text in clauses):
            out.append(event)
    return out


def _head_named(store: Store, pattern: QuestionPattern, as_of: date, named: list[EventRecord],
                place: PlaceRef | None) -> list[EventRecord]:
    """Events that name a gathering found by its full name only by its head noun ("the Central Asian summit in Astana
    on October 15", then "met in Astana on Thursday for a summit"): those with the head noun in the trigger's clause,
    a place and a day, both the same as one of the fully named events' (never an unplaced or undated mention).

    RETURNS (list[EventRecord]): such events, not already in ``named``, in store order.
    """
    words = phrase_tokens(pattern.target or "")
    if not named or not words:
        return []
    head = singular({words[-1]})
    actions = set(load_data("question")["occurrence_actions"])
    seen = {e.id for e in named}
    spans = [iv for m in named if m.place is not None and (iv := m.date.interval()) is not None]
    if not spans:
        return []
    out = []
    for event in store.events(as_of=as_of, start=min(a for a, _ in spans), end=max(b for _, b in spans)):
        if event.id in seen or event.action not in actions or event.place is None or event.date.interval() is None:
            continue
        if place is not None and not in_place(event.place, place):
            continue
        if not any(m.place is not None and m.date.interval() is not None and may_coincide(event, m) for m in named):
            continue
        if any(head <= singular(set(phrase_tokens(trigger_clause(ev)))) for ev in event.evidence):
            out.append(event)
    return out


def _without_withdrawal(event: EventRecord) -> EventRecord | None:
    """A guest's event as the gathering sees it: the guest's own withdrawal left out (the
    gathering is still planned, or took place, without them). None when nothing else is left."""
    kept = tuple(ev for ev in event.evidence if ev.status not in ("cancelled", "postponed", "denied"))
    if not kept:
        return None
    return replace(event, status=kept[-1].status, evidence=kept)


def gatherings(events: Sequence[EventRecord]) -> list[list[EventRecord]]:
    """Group events that can be one gathering: places compatible (equal or contained, or
    unknown) and days overlapping (or unknown), transitively.

    events (Sequence[EventRecord]): events matched by name.
    RETURNS (list[list[EventRecord]]): the groups, each in the events' order, ordered by
        their first event.
    """
    groups: list[list[EventRecord]] = []
    for event in events:
        joined = [g for g in groups if any(may_coincide(event, other) for other in g)]
        merged = [e for g in joined for e in g] + [event]
        groups = [g for g in groups if g not in joined] + [merged]
    order = {e.id: k for k, e in enumerate(events)}
    return sorted((sorted(g, key=lambda e: order[e.id]) for g in groups), key=lambda g: order[g[0].id])


def _guest_withdrew(event: EventRecord) -> bool:
    """True when every change of plan of a guest's event names the guest and a word of the
    guest's own part ("Wong cancelled her trip to the forum", ``guest_withdrawal_nouns``)
    or of staying away ("Lehto will skip the summit", ``guest_withdrawal_verbs``), not
    the gathering itself."""
    changes = [ev for ev in event.evidence if ev.status in ("cancelled", "postponed", "denied")]
    surname = event.actor.name.split()[-1] if event.actor.name else ""

    def own(ev: Evidence) -> bool:
        return withdrawal_words(trigger_clause(ev))

    return bool(changes) and all(mentions_name(ev.sentence, surname) and own(ev) for ev in changes)


def withdrawal_words(text: str) -> bool:
    """text (str): a clause or sentence. RETURNS (bool): whether it has a word of a guest's own
    part or of staying away (``guest_withdrawal_nouns``/``guest_withdrawal_verbs``)."""
    nouns, verbs = _withdrawal_lexicon()
    clause = phrase_tokens(text)
    return bool(nouns & set(clause)) or any(contains(clause, list(v)) > 0 for v in verbs)


@cache
def _withdrawal_lexicon() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """``guest_withdrawal_nouns`` and the tokens of each ``guest_withdrawal_verbs`` phrase, read once."""
    data = load_data("question")
    return frozenset(data["guest_withdrawal_nouns"]), tuple(tuple(phrase_tokens(v)) for v in data["guest_withdrawal_verbs"])


def _gathering_nouns(texts: Sequence[str]) -> set[str]:
    """texts (Sequence[str]): sentences or a question's target words.
    RETURNS (set[str]): the gathering nouns (``gathering_nouns`` of ``data/cues.json``: "summit", "forum") they name."""
    nouns: list[str] = load_data("cues")["gathering_nouns"]
    found = set()
    for text in texts:
        toks = set(words(text))
        found |= {n for n in nouns if n in toks}
    return found


def gathering_cancellations(
    events: Sequence[EventRecord], others: Sequence[EventRecord], topic: str | None = None
) -> dict[int, Evidence]:
    """Matched events whose gathering (forum, summit...) was called off under another actor.

    A cancellation is often stated with the gathering itself, or its host, as the actor
    ("The Pacific forum in Suva has been cancelled"), so it is not an event of the
    question's actor. It counts for a matched event when it is at the same place, on an
    overlapping day, and its sentence names a gathering noun (``data/cues.json``
    ``gathering_nouns``) that the matched event's evidence or the question's target names,
    and is not one guest's own withdrawal (:func:`_guest_withdrew`).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    topic (str | None): the question's target words ("the Pacific forum").
    RETURNS (dict[int, Evidence]): matched event id -> the cancelling sentence.
    """
    out: dict[int, Evidence] = {}
    for event in events:
        if event.status == "cancelled" or any(e.status in HAPPENED for e in event.evidence):
            continue
        mine = _gathering_nouns([e.sentence for e in event.evidence] + ([topic] if topic else []))
        if not mine:
            continue
        for other in others:
            if other.id == event.id or other.status != "cancelled" or other.actor.name == event.actor.name:
                continue
            if not (same_place(event, other) and overlaps(event, other)):
                continue
            if other.action in load_data("question")["occurrence_personal_actions"] and _guest_withdrew(other):
                continue  # a guest staying away ("Havili will not attend the summit") cancels nothing of the host's
            cancel = [e for e in other.evidence if e.status == "cancelled" and _gathering_nouns([e.sentence]) & mine]
            if cancel and not _moved_on(other, cancel[-1], others):
                out[event.id] = cancel[-1]
    return out


def _moved_on(other: EventRecord, cancel: Evidence, others: Sequence[EventRecord]) -> bool:
    """other (EventRecord): a gathering's event called off at one place. cancel (Evidence): the sentence that calls it
    off. others (Sequence[EventRecord]): the store's events. RETURNS (bool): the same sentence also tells the same
    actor's event of the same action still planned ("Kazakhstan has moved this week's summit from Almaty to Astana": a
    call-off at Almaty and the plan at Astana): the gathering was moved, not called off, and its guests still go."""
    return any(o.id != other.id and o.actor.name == other.actor.name and o.action == other.action
               and o.status in ("planned", "postponed") and any(e.sentence == cancel.sentence for e in o.evidence)
               for o in others)


def gathering_postponements(
    events: Sequence[EventRecord], others: Sequence[EventRecord], topic: str | None = None
) -> dict[int, tuple[Evidence, DateValue]]:
    """Matched plans whose gathering was postponed under another actor, in a report that
    does not name the plan's actor ("The Kuala Lumpur summit has been pushed back to
    November" moves the host's event only).

    Same conditions as :func:`gathering_cancellations`, with the other event's dates before
    the postponement counting for the overlap (its current date is the new one).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    topic (str | None): the question's target words.
    RETURNS (dict[int, tuple[Evidence, DateValue]]): matched event id -> (the postponing
        sentence, the gathering's date from then on).
    """
    out: dict[int, tuple[Evidence, DateValue]] = {}
    for event in events:
        if event.status not in ("planned", "uncertain") or any(e.status in HAPPENED for e in event.evidence):
            continue
        mine = _gathering_nouns([e.sentence for e in event.evidence] + ([topic] if topic else []))
        ours = event.date.interval()
        if not mine or ours is None:
            continue
        for other in others:
            if other.id == event.id or other.status != "postponed" or other.actor.name == event.actor.name:
                continue
            if not same_place(event, other):
                continue
            if not was_dated_over(other, ours):
                continue
            moved = [e for e in other.evidence if e.status == "postponed" and _gathering_nouns([e.sentence]) & mine]
            if moved and (moved[-1].published or date.min) > max((e.published or date.min) for e in event.evidence):
                out[event.id] = (moved[-1], other.date)
    return out
