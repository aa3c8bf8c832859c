"""Trip frames: the dated span of the trip an article is about, and the events inside it.

:func:`_duration_trips` reads a trip span from a duration and a start day ("the
two-day stop starts next Monday"); :func:`_apply_trip_frames` dates the undated
events of an actor's trip with the trip's span.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span, Token

from ..model import ON_TRIP_NOTE, ROOM_NOTE, TRIP_PART_NOTE, UNKNOWN_DATE, DateValue, Event, PlaceRef
from .arguments import _misparsed_object
from .builder import _build
from .codes import event_codes
from .context import _Ctx, clause_tokens, sentence_numbers, time_to_date
from .dates import span_day
from .nlp import load_data
from .occasions import dateline_place
from .places import place_in, resolve_place, settlement_nouns
from .plans import past_reading
from .timex.lexicon import load_lexicon
from .trigger_tokens import trigger_token
from .triggers import _NO_DESCEND, _REF_VALUES, _lex
from .venues import _place_root


@dataclass(frozen=True)
class _Frame:
    actor: str
    date: DateValue
    destination: PlaceRef | None
    #: Where the sentence telling the trip starts (an event told before it is no part of a trip not yet told).
    start: int = 0


def _trip_frames(events: list[Event], ctx: _Ctx) -> dict[str, _Frame]:
    """Per actor, the dated span of the trip or visit the article is about ("the visit will span two days, commencing next Monday")."""
    frames: dict[str, _Frame] = {}
    for ev in events:
        if ev.action != "visit" or ev.date.value is None or ev.status not in ("planned", "ongoing"):
            continue
        span = ev.date.interval()
        if span is None:
            continue
        old = frames.get(ev.actor.name)
        precise = ev.date.precision == "day" or ev.date.end_value
        kept = old.date.interval() if old is not None else None
        wider = old is not None and ev.date.end_value is not None and not old.date.end_value and kept is not None \
            and span[0] <= kept[0] <= span[1] and (old.destination is None or ev.place is None
                                                   or place_in(old.destination, ev.place))
        # ("visit the DMZ next Monday ... The two-day stop in South Korea": the stop is the trip, the DMZ a day of it)
        if old is not None and not wider and not (precise and old.date.precision not in ("day",) and not old.date.end_value):
            continue
        dest = ev.place
        if dest is None:
            sent = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
            for t in sent or ():
                ref = ctx.places.get(t.i)
                if ref is not None and ref.kind in ("country", "city") and t.dep_ == "pobj" and t.head.lower_ == "to":
                    dest = ref
                    break
        frames[ev.actor.name] = _Frame(ev.actor.name, ev.date, dest, ev.evidence.start)
    return frames


def _duration_trips(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The two-day stop starts next Monday": a trip noun with a duration and a start day is a dated trip span."""
    lex = _lex()
    taken = {e.evidence.trigger_start for e in events}
    out: list[Event] = []
    for tok in ctx.doc:
        if tok.lower_ not in lex.trip_nouns or tok.pos_ != "NOUN" or tok.idx in taken or tok.idx < ctx.dateline_end:
            continue
        days = None
        for t in tok.subtree:
            x = ctx.times.get(t.i)
            if t.i < tok.i and x is not None and x.value and (m := re.fullmatch(r"P(\d+)D", x.value)):
                days = int(m.group(1))
        if not days:
            continue
        inside = {t.i for t in tok.subtree}
        start = next((x for t in tok.sent if t.i not in inside and (x := ctx.times.get(t.i)) is not None
                      and x.type == "DATE" and x.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)), None) \
            if any(t.lower_ in lex.start_words or t.lemma_.lower() in lex.start_words for t in tok.sent) else None
        event = _build(tok, "visit", ctx)
        if start is not None and start.value is not None and event is not None:
            first, text, note = date.fromisoformat(start.value), start.text, "trip span: start and duration"
        elif start is None and (prior := _stop_begun(tok, event, events, ctx)) is not None:
            event = event or _visit_of(tok, prior)
            first = prior.date.interval()[0]  # type: ignore[index]
            text, note = "", f"trip span: its first stop told before ({first.isoformat()}) and duration"
        else:
            continue
        end = (first + timedelta(days=days - 1)).isoformat()
        when = DateValue(first.isoformat(), "day", text, end, note)
        status = event.status
        if ctx.anchor is not None and status not in ("postponed", "cancelled", "denied", "uncertain"):
            status = "planned" if first > ctx.anchor else ("happened" if date.fromisoformat(end) < ctx.anchor else "ongoing")
        place = event.place
        if place is None:
            place = next((ref for t in tok.sent if (ref := ctx.places.get(t.i)) is not None and ref.kind in ("country", "city")
                          and _place_root(t).dep_ == "pobj" and _place_root(t).head.lower_ in ("in", "to")), None)
        codes = event_codes("visit", status)
        out.append(replace(event, date=when, status=status, place=place, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode, evidence=replace(event.evidence, status=status)))
    return out


def _stop_begun(tok: Token, event: Event | None, events: list[Event], ctx: _Ctx) -> Event | None:
    """ "X is scheduled to visit the DMZ next Monday ... The two-day stop in South Korea is the last leg of a tour": a
    trip noun with a duration and a place of its own but no day begins on the day of a planned or happened event inside
    that place told in an earlier sentence (the latest such), of the visit's own actor when the noun has one, else of
    the one actor of all such events.

    tok (Token): the trip noun. event (Event | None): the visit it makes, if its actor is known. events (list[Event]):
    the article's events. ctx (_Ctx): the doc's index. RETURNS (Event | None): that earlier event, or None.
    """
    where = next((ref for t in tok.subtree if t.i > tok.i and (ref := ctx.places.get(t.i)) is not None
                  and ref.kind in ("country", "city", "region")), None)
    if where is None:
        return None
    prior = [e for e in events if e.evidence.start < tok.sent.start_char and e.status in ("planned", "happened")
             and not e.refers_to_plan and e.place is not None and place_in(e.place, where)
             and e.date.precision == "day" and e.date.interval() is not None
             and (event is None or e.actor.name == event.actor.name)]
    if not prior or len({e.actor.name for e in prior}) > 1:
        return None
    return replace(prior[-1], place=where)


def _visit_of(tok: Token, prior: Event) -> Event:
    """tok (Token): a trip noun with no actor of its own. prior (Event): the earlier event its stop begins with, placed
    at the stop's place. RETURNS (Event): the stop as a visit of that event's actor, told by the noun's sentence."""
    sent = tok.sent
    codes = event_codes("visit", prior.status)
    evidence = replace(prior.evidence, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                       status=prior.status, trigger_start=tok.idx, trigger_end=tok.idx + len(tok))
    return Event("visit", prior.actor, (), prior.place, prior.date, prior.status, codes.cameo, codes.plover, codes.mode,
                 evidence)


#: Actions whose event a visit noun can frame: the host receives the guest, the traveller goes.
_FRAMING_ACTIONS = frozenset({"host", "travel", "arrive"})


def _framed_visits(events: list[Event], ctx: _Ctx) -> list[Event]:
    """A guest's visit told only as a frame of another event: "welcomed President Prabowo ... at the start of a
    two-day state visit" (the guest's visit to the host's country, from the welcome's day), "will travel to Beijing
    on Monday for a four-day official visit" (the traveller's visit there). The visit spans the noun's duration from
    the framing event's day; its status follows that span against the publication day.

    RETURNS (list[Event]): the events, each such visit right after the event it frames.
    """
    lex = _lex()
    by_trigger = {e.evidence.trigger_start: e for e in events}
    taken = set(by_trigger)
    extra: dict[int, Event] = {}
    for tok in ctx.doc:
        if tok.lower_ not in lex.trip_nouns or lex.nouns.get(tok.lower_, {}).get("action") != "visit" or tok.pos_ != "NOUN" \
                or tok.idx in taken or tok.idx < ctx.dateline_end or any(c.dep_ == "poss" for c in tok.children):
            continue
        verb = _framing_verb(tok)
        frame = by_trigger.get(verb.idx) if verb is not None else None
        if frame is None or frame.action not in _FRAMING_ACTIONS or frame.refers_to_plan:
            continue
        visit = _framed_visit(tok, frame, ctx)
        if visit is not None:
            extra[frame.evidence.trigger_start] = visit
    if not extra:
        return events
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if (visit := extra.pop(ev.evidence.trigger_start, None)) is not None:
            out.append(visit)
    return out


def _framing_verb(noun: Token) -> Token | None:
    """The verb a visit noun frames through at most three prepositions, the noun's own one a frame ("at the start
    of", "for", "on", "during"; the parser may hang "at the start" on a nearer noun: "with a salute at the start")."""
    cur = noun
    preps = 0
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "for", "on", "during"):
        return None
    part = noun.head.head
    if noun.head.lower_ == "of" and not (part.lower_ in _lex().start_words or any(c.lower_ == "first" for c in part.children)):
        return None  # "on the final day of a three-nation tour": not where the visit begins
    while cur.dep_ in ("pobj", "prep") and cur.head.i != cur.i:
        if cur.dep_ == "prep":
            preps += 1
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur if preps <= 3 else None
    # "Ruto hosted [amod] Chancellor Merz at State House ... at the start of a state visit": the misparsed verb
    return next((c for c in cur.subtree if c.i < cur.i and (obj := _misparsed_object(c)) is not None and obj.i == cur.i), None)


def _framed_visit(noun: Token, frame: Event, ctx: _Ctx) -> Event | None:
    if frame.action == "host":
        guests = [c for c in frame.counterparts if c.kind == "person"]
        if not guests:
            return None
        actor, counterparts = guests[0], tuple([frame.actor])
        own = next((ref for t in noun.subtree if (ref := ctx.places.get(t.i)) is not None and t.i > noun.i), None)
        place: PlaceRef | None = own or (resolve_place(frame.actor.country) if frame.actor.country else None)
    else:  # "land in Buenos Aires ... for a two-day visit to Argentina": the visit's own destination first
        actor, counterparts = frame.actor, frame.counterparts
        place = next((ref for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "in") for t in p.subtree
                      if (ref := ctx.places.get(t.i)) is not None and t.dep_ != "poss"), None) or next(
            (ref for t in noun.subtree if t.i > noun.i and (ref := ctx.places.get(t.i)) is not None
             and frame.place is not None and place_in(ref, frame.place) and ref.name != frame.place.name),
            frame.place)  # ("a two-day visit that includes prayers at the Pashupatinath temple in Kathmandu": a place
        # inside the journey's country; not "a one-day visit at the invitation of [Qatar]'s Emir": whose invitation)
    days = next((int(m.group(1)) for t in noun.subtree if t.i < noun.i and (x := ctx.times.get(t.i)) is not None and x.value
                 and (m := re.fullmatch(r"P(\d+)D", x.value))), None)
    start = frame.date.value if frame.date.precision in ("day", "time") and frame.date.value else None
    if start is None and frame.date.value and re.match(r"\d{4}", frame.date.value):
        # "travelled to East Timor in September 2024 during a long tour": the tour took in the frame's month or year
        when = replace(frame.date, note=f"the {frame.date.precision} of the {frame.action} it frames")
    elif start is None or not re.match(r"\d{4}-\d{2}-\d{2}", start):  # unknown, or unanchored ("XXXX-XX-XX")
        when = UNKNOWN_DATE
    else:
        first = date.fromisoformat(start[:10])
        end = (first + timedelta(days=days - 1)).isoformat() if days and days > 1 else None
        when = DateValue(first.isoformat(), "day", frame.date.text, end, "visit span: start and duration" if end else "start of the visit")
    status = frame.status
    span = when.interval()
    if ctx.anchor is not None and span is not None and status in ("planned", "happened", "ongoing") \
            and when.precision in ("day", "time"):  # (a planned trip "later this month" is planned, the month aside)
        status = "planned" if span[0] > ctx.anchor else ("happened" if span[1] < ctx.anchor else "ongoing")
    codes = event_codes("visit", status)
    evidence = replace(frame.evidence, status=status, trigger_start=noun.idx, trigger_end=noun.idx + len(noun))
    return Event("visit", actor, tuple(counterparts), place, when, status, codes.cameo, codes.plover, codes.mode, evidence)


#: Actions told of an actor at home, never inside the actor's own trip abroad.
_AT_HOME_ACTIONS = frozenset({"host"})


def _apply_trip_frames(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An undated event of an actor whose trip the article dates (:func:`_trip_frames`) and placed inside the trip's
    destination (or placed nowhere, when told with or after the trip) takes the trip's span, or its first day when told
    "on arrival"; not a hosting (told at home), nor a told fact, nor an event with a vague time of its own.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, such ones dated with a note.
    """
    frames = _trip_frames(events, ctx)
    if not frames:
        return _leg_places(events, ctx)
    # one-day stops of a longer trip ("visit the DMZ next Monday" in "the two-day stop in South Korea"): an event placed
    # inside one is on its day, not over the whole trip
    stops = [(ev.actor.name, ev.place, ev.date) for ev in events if ev.action == "visit" and ev.place is not None
             and ev.date.precision == "day" and ev.date.value and not ev.date.end_value and ev.status in ("planned", "ongoing")]
    out: list[Event] = []
    for ev in events:
        frame = frames.get(ev.actor.name)
        if frame is None or ev.date.value is not None or ev.status in ("happened",) or ev.action in _AT_HOME_ACTIONS \
                or ev.date.note == ROOM_NOTE:  # ("moved ... to make room for an address": no part of the trip's days)
            out.append(ev)  # "had been expected to host her counterpart": the host stays home, off her own trip
            continue
        inside = ev.place is None or frame.destination is None or place_in(ev.place, frame.destination)
        if frame.destination is None and ev.place is not None:
            inside = False
        if ev.evidence.start < frame.start and (ev.place is None or frame.destination is None):
            inside = False  # "the commission meeting has been delayed ... Separately, Kabir will travel to Beijing": told
            # before the trip and placed nowhere in it, no part of it
        if not inside:
            out.append(ev)
            continue
        if any(p in ev.evidence.sentence.lower() for p in _vague_times()):
            out.append(ev)  # "hopes to visit the country at a later date": no day, never the trip's
            continue
        when = frame.date
        stop = next((day for actor, where, day in stops if actor == ev.actor.name and ev.place is not None
                     and place_in(ev.place, where)), None) if frame.date.end_value else None
        if stop is not None:
            out.append(replace(ev, date=replace(stop, note="the day of the stop it is part of")))
            continue
        sent = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if sent is not None and _on_arrival(sent) and when.interval():
            first = when.interval()[0]  # type: ignore[index]
            when = DateValue(first.isoformat(), "day", when.text, None, "start of the trip")
        else:
            when = replace(when, note=(when.note or TRIP_PART_NOTE))
            trigger = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
            if trigger is not None:
                when = span_day(when, trigger.root)  # "He will tour a port on the final day": that day of the trip
        out.append(replace(ev, date=when))
    return _leg_places(out, ctx)


#: Days after a leg's first day during which an event of the traveller, with no later leg told, is still at the leg's
#: city when the leg gives no span of its own ("arrived in Jakarta on Tuesday ... will meet business leaders on Thursday").
_LEG_STAY_DAYS = 3

#: Actions never placed by the traveller's current leg: journeys name their own ends, calls join two places, and a
#: hosting is told at home.
_NOT_AT_LEG = frozenset({"visit", "travel", "arrive", "depart", "return", "call", "host"})


def _leg_places(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X leaves for Canberra on Friday. He is scheduled to meet Y on Saturday": an event of a traveller with no place
    of its own, dated to a day inside one leg of the traveller's trip, is in that leg's city. A leg is a journey of the
    actor (``visit``, ``travel``, ``arrive``) to a city on a day (or an arrival at a site such as an air base; a visit
    to a site is an outing, not a stay), not a dropped or past-told plan; it lasts
    from that day (the day after, for a departure "for" the city, which the traveller may still spend at home) to the
    last day of its span, else ``_LEG_STAY_DAYS`` days on, and ends the day before the actor's next leg. An arrival
    with no place of its own ("arrived on Tuesday evening from Singapore") arrives in the dateline city, as
    :func:`dateline_city` will place it. Events of other people, and events before the leg's first day, are never
    placed so.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, such ones placed at the leg's city.
    """
    legs: dict[str, list[tuple[date, date, PlaceRef]]] = {}
    home = dateline_place(ctx)
    for ev in events:
        iv = ev.date.interval() if ev.date.precision in ("day", "time") else None
        place = ev.place if ev.place is not None or ev.action != "arrive" or ev.status != "happened" else home
        if ev.action not in _ARRIVAL_ACTIONS or ev.refers_to_plan or iv is None or place is None \
                or place.kind not in ("city", "site") or ev.status not in ("planned", "happened", "ongoing") \
                or place.kind == "site" and ev.action != "arrive":
            continue  # a visit to a site is an outing, not a stay: "visited the truce village on Monday"
        first = iv[0] + timedelta(days=1) if ev.action == "travel" and not ev.date.end_value else iv[0]
        last = iv[1] if ev.date.end_value else iv[0] + timedelta(days=_LEG_STAY_DAYS)
        legs.setdefault(ev.actor.name, []).append((first, last, place))
    if not legs:
        return events
    out: list[Event] = []
    for ev in events:
        iv = ev.date.interval() if ev.date.precision in ("day", "time") and not ev.date.end_value else None
        mine = legs.get(ev.actor.name)
        if ev.place is not None or mine is None or iv is None or ev.action in _NOT_AT_LEG or ev.refers_to_plan:
            out.append(ev)
            continue
        day = iv[0]
        starts = sorted({leg[0] for leg in mine})
        here = [place for first, last, place in mine if first <= day <= last
                and not any(first < s <= day for s in starts)]  # a later leg begun by then ends this one
        if len({p.name for p in here}) == 1:
            ev = replace(ev, place=here[0])
        out.append(ev)
    return out


@cache
def _vague_times() -> tuple[str, ...]:
    return tuple(load_data("triggers.json")["vague_time_phrases"])


def _on_arrival(sent: Span) -> bool:
    return any(t.lower_ in ("arrival", "arriving") and t.head.lower_ in ("upon", "on", "after") for t in sent)


#: Actions that bring their actor to a place on a day.
_ARRIVAL_ACTIONS = frozenset({"arrive", "visit", "travel"})

#: Actions whose conjoined destinations are legs of one trip: "will visit Warsaw on Tuesday and Riga on Thursday".
_LEG_ACTIONS = frozenset({"visit", "travel", "perform"})


def _changed_trip_legs(ev: Event, ctx: _Ctx) -> list[Event]:
    """ "postponed a trip to Germany and Angola": a changed trip noun's further destinations conjoined with its place are
    legs of the same plan, with the same change, status and date."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or ev.place is None:
        return []
    legs: list[Event] = []
    seen = {ev.place.name}
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for t in prep.subtree:
            ref = ctx.places.get(t.i)
            if ref is None or t.dep_ != "conj" or ref.name in seen or ref.kind not in ("city", "country", "site"):
                continue
            seen.add(ref.name)
            legs.append(replace(ev, place=replace(ref, start=t.idx, end=t.idx + len(t))))
    return legs


def _conjoined_legs(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Further legs of a trip named in one clause: "visit Warsaw on Tuesday and Riga on Thursday" is two visits.

    A place conjoined with the event's place or date (the parser hangs "and Riga" on either) becomes its own
    event, dated by a time expression right after it ("Riga on Thursday"), else sharing the event's date.
    RETURNS (list[Event]): the extra legs (the events themselves are unchanged).
    """
    out: list[Event] = []
    for ev in events:
        if ev.action == "visit" and ev.place is not None and ev.refers_to_plan:
            out.extend(_changed_trip_legs(ev, ctx))  # "postponed a trip to Germany and Angola": the plan of both legs
        if ev.action not in _LEG_ACTIONS or ev.place is None or ev.refers_to_plan:
            continue
        tok = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
        if tok is None or tok.root.pos_ != "VERB" and not (tok.root.pos_ == "ADJ" and tok.root.lemma_.lower() in _lex().adjectives) \
                and not (tok.root.pos_ == "AUX" and tok.root.lemma_.lower() in _lex().auxiliaries):
            continue  # "She is due in Vientiane on September 16 and in Phnom Penh on September 18"
        trigger = tok.root
        seen = {ev.place.name}
        legs: list[Event] = []
        for t in _clause_tokens(trigger):
            ref = ctx.places.get(t.i)
            if ref is not None and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "conj" \
                    and t.head.head.lower_ in settlement_nouns():
                t = t.head.head  # "visit Luanda and the city of Benguela": the conjunct is the settlement noun
            if ref is None or t.dep_ != "conj" or ref.name in seen or ref.kind not in ("city", "country", "site"):
                continue
            head = t.head
            if ctx.places.get(head.i) is None and ctx.times.get(head.i) is None:
                continue
            if ctx.places.get(head.i) is not None and ref.kind == "country" and place_in(ctx.places[head.i], ref):
                continue  # "Warsaw, Poland": the same place
            seen.add(ref.name)
            when = ev.date
            for k in range(t.i + 1, min(t.i + 4, len(ctx.doc))):
                x = ctx.times.get(k)
                if ctx.places.get(k) is not None and ctx.places[k].name != ref.name:
                    break
                if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
                    when = time_to_date(x)
                    break
            legs.append(replace(ev, place=replace(ref, start=ctx.doc[t.i].idx, end=ctx.doc[t.i].idx + len(ctx.doc[t.i])), date=when))
        for first, ref, when in _listed_legs(ev, ctx):
            if ref.name not in seen:
                seen.add(ref.name)
                legs.append(replace(ev, place=replace(ref, start=first.idx, end=first.idx + len(first)), date=when))
        out.extend(sorted(legs, key=lambda e: e.place.start if e.place else 0))
    return out


#: Families of a trip whose listed stops are visits ("will lead a business delegation to the Gulf, with stops in ...").
_STOP_ACTIONS = frozenset({"visit", "travel", "attend"})


def _stop_legs(events: list[Event], ctx: _Ctx) -> list[Event]:
    """The stops a trip lists with a ``stop_nouns`` word ("a five-day state visit to Japan starting on June 15, with stops
    in Tokyo, Osaka and Fukuoka"; "with stops in Riyadh on March 16, Muscat on March 18 and Kuwait City on March 19"):
    each listed place is a visit of the trip's actor, of its status, on the day written after it, else within the
    trip's days when the trip has a span (noted so), else undated.

    RETURNS (list[Event]): the extra legs (the trips are unchanged), none for a place the actor already visits in the
    sentence's events.
    """
    links = _lex().leg_links
    stops = links.get("stop_nouns", frozenset())
    doc = ctx.doc
    trips: dict[int, Event] = {}  # trigger index -> the trip it states
    for e in events:
        if e.action in _STOP_ACTIONS and not e.refers_to_plan and e.status in ("planned", "happened", "ongoing", "uncertain"):
            span = doc.char_span(e.evidence.trigger_start, e.evidence.trigger_end, alignment_mode="expand")
            if span is not None:
                trips.setdefault(span.root.i, e)
    out: list[Event] = []
    for tok in doc:
        if tok.lower_ not in stops or tok.pos_ != "NOUN" or tok.head.lower_ not in links["stop_preps"]:
            continue
        ev = _stops_trip(tok, trips)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in links["preps"]), None)
        if ev is None or prep is None:
            continue
        known = {e.place.name for e in [*events, *out] if e.place is not None and e.actor.name == ev.actor.name
                 and e.evidence.start == ev.evidence.start}
        within = _trip_span(ev, events) or (ev.date if ev.date.precision in ("week", "month") else None)
        for first, ref, when in _surface_places(prep.i + 1, tok.sent.end, ctx):
            if ref.name in known:
                continue
            known.add(ref.name)
            if when is not None and ev.status == "happened":
                when = past_reading(when, ctx.anchor)[0]  # "visited Peru last week, with a stop in Lima on Tuesday"
            days = (within or ev.date).interval()
            if when is not None and days is not None and days[0] != days[1] and (iv := when.interval()) is not None \
                    and not days[0] <= iv[0] <= days[1]:
                when = None  # a day outside the trip's own days ("last week") is no day of this trip
            if when is None:
                when = replace(within, note="a stop within the trip's days") if within is not None \
                    else replace(UNKNOWN_DATE, note="a stop on the trip; its day is not given")
            evidence = replace(ev.evidence, trigger_start=first.idx, trigger_end=first.idx + len(first))
            codes = event_codes("visit", ev.status)
            out.append(replace(ev, action="visit", place=replace(ref, start=first.idx, end=first.idx + len(first)),
                               date=when, counterparts=(), evidence=evidence, what=None, cameo=codes.cameo,
                               plover=codes.plover, plover_mode=codes.mode))
    return out


def _stops_trip(stop: Token, trips: dict[int, Event]) -> Event | None:
    """The trip a stop noun belongs to: the nearest trip trigger above it ("will visit Bolivia with stops in La Paz":
    Bolivia's), else the trip whose trigger hangs on the verb the stop's preposition hangs on ("will make a state visit
    to Japan ..., with stops in": the visit)."""
    for anc in stop.ancestors:
        if anc.i in trips:
            return trips[anc.i]
    verb = stop.head.head
    return next((ev for i, ev in trips.items() if stop.doc[i].head.i == verb.i), None)


def _trip_span(ev: Event, events: list[Event]) -> DateValue | None:
    """The days of a trip: its own span, or the span the article gives the same actor's trip starting that day ("a
    five-day state visit starting on June 15"); None when no span is known."""
    if ev.date.end_value:
        return ev.date
    return next((e.date for e in events if e.actor.name == ev.actor.name and e.action == "visit" and e.date.end_value
                 and e.date.value == ev.date.value), None)


def _surface_places(i: int, end: int, ctx: _Ctx) -> list[tuple[Token, PlaceRef, DateValue | None]]:
    """Places listed on the surface from token ``i`` ("Tokyo, Osaka and Fukuoka", "Riyadh on March 16, Muscat on
    March 18"): each with its first token and the day written right after it (None when none)."""
    doc = ctx.doc
    joiners = _lex().leg_links["joiners"]
    found: list[tuple[Token, PlaceRef, DateValue | None]] = []
    while i < end:
        while i < end and doc[i].lower_ in joiners:
            i += 1
        if i >= end:
            break
        first = i
        if (ref := ctx.places.get(i)) is not None:
            while i < end and ctx.places.get(i) is ref:
                i += 1
        elif (unlabelled := _unlabelled_leg(i, end, ctx)) is not None:
            ref, i = unlabelled
        else:
            break
        if ref.kind not in ("city", "country", "site"):
            break
        dated = _dated_after(_after_apposition(i, ref, ctx), ctx)
        if dated is not None:
            i = dated[0]
        found.append((doc[first], ref, dated[1] if dated is not None else None))
        if i < end and doc[i].lower_ not in joiners:
            break
    return found


def _dated_after(i: int, ctx: _Ctx) -> tuple[int, DateValue] | None:
    """A day right after token ``i`` ("on May 12", "May 12", "from March 4 to 6"): the index after it (and after a
    range's last day) and its date, else None."""
    doc = ctx.doc
    links = _lex().leg_links
    j = i + 1 if i < len(doc) and doc[i].lower_ in links["date_preps"] else i
    x = ctx.times.get(j) if j < len(doc) else None
    if x is None or x.type not in ("DATE", "TIME") or not x.value or x.value[0] == "P" or x.value in _REF_VALUES:
        return None
    while j < len(doc) and ctx.times.get(j) is x:
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in links["range_words"] and (last := ctx.times.get(j + 1)) is not None:
        j += 1  # "from March 4 to 6": the range's last day belongs to this leg
        while j < len(doc) and ctx.times.get(j) is last:
            j += 1
    return j, time_to_date(x)


def _after_apposition(i: int, ref: PlaceRef, ctx: _Ctx) -> int:
    """The index after a country in apposition to the place ``ref`` ending before token ``i`` ("Brasília, Brazil,"),
    else ``i``."""
    doc = ctx.doc
    if i + 1 >= len(doc) or doc[i].text != "," or (country := ctx.places.get(i + 1)) is None \
            or country.kind != "country" or not place_in(ref, country):
        return i
    j = i + 1
    while j < len(doc) and ctx.places.get(j) is country:
        j += 1
    return j + 1 if j < len(doc) and doc[j].text == "," else j


def _listed_legs(ev: Event, ctx: _Ctx) -> list[tuple[Token, PlaceRef, DateValue]]:
    """ "will visit Hanoi on May 10, Bangkok on May 12 and Kuala Lumpur on May 14": places listed after the event's
    own, each with its day, read on the surface (the parser hangs such lists anywhere)."""
    doc = ctx.doc
    if ev.place is None or ev.date.value is None:
        return []
    span = doc.char_span(ev.place.start, ev.place.end, alignment_mode="expand")
    if span is None or (after := _dated_after(_after_apposition(span.end, ev.place, ctx), ctx)) is None:
        return []
    links = _lex().leg_links
    i = after[0]
    found: list[tuple[Token, PlaceRef, DateValue]] = []
    end = span.sent.end
    while i < end:
        j = i
        while j < end and doc[j].lower_ in links["joiners"]:
            j += 1
        if i < j < end and doc[j].lower_ in links["adverbs"]:
            j += 1  # ", and then to Buenos Aires"
        if i < j < end and doc[j].lower_ in links["preps"] and doc[j - 1].lower_ in links["joiners"] | links["adverbs"]:
            j += 1  # "due in Vientiane on September 16 and in Phnom Penh on September 18"
        if j == i or j >= end:
            break
        first = j
        if (ref := ctx.places.get(j)) is not None:
            while j < end and ctx.places.get(j) is ref:
                j += 1
        elif (unlabelled := _unlabelled_leg(j, end, ctx)) is not None:
            ref, j = unlabelled  # "... and Maputo on Friday": a name the recognizer missed, known to the gazetteer
        else:
            break
        dated = _dated_after(_after_apposition(j, ref, ctx), ctx)
        if dated is None:
            break
        when = dated[1]
        before = (found[-1][2] if found else ev.date).interval()
        if (iv := when.interval()) is not None and before is not None and iv[0] < before[0] and when.precision == "day" \
                and _WEEKDAY.fullmatch(when.text or "") and iv[0] + timedelta(days=7) >= before[0]:
            # "Nairobi on Monday, Dar es Salaam on Wednesday and Maputo on Friday" told on a Thursday: legs come in order
            when = replace(when, value=(iv[0] + timedelta(days=7)).isoformat(), note="the weekday after the leg before it")
        found.append((doc[first], ref, when))
        i = dated[0]
    return found


def _unlabelled_leg(i: int, end: int, ctx: _Ctx) -> tuple[PlaceRef, int] | None:
    """A listed leg's place the recognizer missed ("Dar es Salaam on Wednesday and Maputo on Friday"): a run of at most
    three capitalized proper nouns from token ``i`` that the gazetteer knows as a city or country and that a day
    follows; (its place, the index after it), else None."""
    doc = ctx.doc
    j = i
    while j < min(end, i + 3) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and ctx.places.get(j) is None \
            and ctx.times.get(j) is None and ctx.actors.get(j) is None:
        j += 1
    if j == i or _dated_after(j, ctx) is None:
        return None
    ref = resolve_place(doc[i:j].text)
    return (ref, j) if ref is not None and ref.kind in ("city", "country") else None


_VERB_CLAUSE_BLOCKED = _NO_DESCEND | {"advcl", "acl"}


def _clause_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's own clause: its subtree without relative, complement and paratactic clauses, nor a
    conjoined clause with a subject of its own ("visited Cairo in January, and in October the leaders of Egypt, Eritrea
    and Somalia met in Asmara": the leaders' countries are no legs of the visit)."""
    own = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
           and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if not own:
        return clause_tokens(verb, _VERB_CLAUSE_BLOCKED)
    skip = {t.i for c in own for t in c.subtree}
    return [t for t in clause_tokens(verb, _VERB_CLAUSE_BLOCKED) if t.i not in skip]


def _same_place_dates(events: list[Event], anchor: date | None) -> list[Event]:
    """An undated plan at a place takes the day of its actor's dated visit there in the same article:
    "will visit Riga on Thursday ... He will then fly to Riga" is Thursday's journey. An undated happened event at a
    place its actor arrived at on the publication day happened that day (between the arrival and the report).

    RETURNS (list[Event]): the events, undated planned ones dated when exactly one such day fits.
    """
    days: dict[tuple[str, str], set[DateValue]] = {}
    for ev in events:
        if ev.action in _LEG_ACTIONS and ev.place is not None and ev.date.value and ev.status == "planned" and ev.date.precision == "day":
            days.setdefault((ev.actor.name, ev.place.name), set()).add(ev.date)
    today = [ev for ev in events if anchor is not None and ev.action in _ARRIVAL_ACTIONS and ev.status == "happened"
             and ev.place is not None and ev.date.precision == "day" and ev.date.value == anchor.isoformat()]
    out: list[Event] = []
    for ev in events:
        fits = days.get((ev.actor.name, ev.place.name)) if ev.place is not None else None
        if ev.date.value is None and ev.status == "planned" and fits and len(fits) == 1:
            when = next(iter(fits))
            ev = replace(ev, date=replace(when, note=f"day of the visit to {ev.place.name if ev.place else ''}"))
        elif ev.date.value is None and ev.status == "happened" and ev.place is not None:
            came = next((a for a in today if a.actor.name == ev.actor.name and a.place is not None
                         and (ev.place.name == a.place.name or place_in(ev.place, a.place))), None)
            if came is not None:  # "arrived in Lusaka on Tuesday" (the publication day) ... "held talks at State House"
                ev = replace(ev, date=replace(came.date, note=f"the day of the arrival in {came.place.name if came.place else ''}"))
        out.append(ev)
    return out


#: Actions that put their actor in a city on a day, dating a country leg of the same trip.
_CITY_DAY_ACTIONS = frozenset({"visit", "travel", "arrive", "meet", "attend", "sign", "negotiate"})


_WEEKDAY = re.compile(r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
#: Families of what a traveller does at a stop of a trip, moved with the trip's week like a leg.
_TRIP_PURPOSES = frozenset({"meet", "sign", "attend"})
#: Actions of the traveller's own arrival, moved with the trip's week when the traveller's trip is told first.
_ARRIVALS = frozenset({"arrive"})


def weekday_legs_in_trip(events: list[Event]) -> list[Event]:
    """ "will visit Kenya, Tanzania and Mozambique next week ... Rao will be in Nairobi on Monday, Dar es Salaam on
    Wednesday": a planned city leg dated only by a weekday that falls before the span of its actor's planned visit to
    the city's country (a week or a span of days) is that weekday inside the span, a week later. So is the arrival the
    trip's traveller is due to make, told with no place ("will visit France next week ... is due to arrive on
    Tuesday"), and a leg called off or put off with its trip ("has called off next week's visit to Italy ... had been
    due to arrive in Rome on Tuesday").

    RETURNS (list[Event]): the events, such legs moved with a note.
    """
    trips = [(ev.place, iv, ev.actor.name, ev.evidence.start, ev.status) for ev in events if ev.action in _LEG_ACTIONS
             and (ev.status == "planned" and not ev.refers_to_plan or ev.status in ("cancelled", "postponed"))
             and ev.place is not None and ev.place.kind == "country" and ev.date.precision in ("week", "day")
             and (ev.date.precision == "week" or ev.date.end_value) and (iv := ev.date.interval()) is not None]
    if not trips:
        return events
    out: list[Event] = []
    moved: dict[tuple[str, int, str], DateValue] = {}
    for ev in events:
        iv = ev.date.interval() if ev.date.precision == "day" and not ev.date.end_value else None
        leg = ev.action in _LEG_ACTIONS
        # ("will travel to Ghana next week. She will hold talks with X in Accra on Wednesday": the traveller's own
        # meeting told after the trip is on the trip's Wednesday too)
        if iv is not None and (leg or ev.action in _TRIP_PURPOSES | _ARRIVALS) and _WEEKDAY.fullmatch(ev.date.text or "") \
                and any(status == ev.status and (ev.status == "planned" or actor == ev.actor.name)
                        and (ev.place is not None and ev.place.kind in ("city", "site") and place_in(ev.place, country)
                             or ev.place is None and ev.action in _ARRIVALS)
                        and iv[0] < span[0] <= iv[0] + timedelta(days=7) <= span[1]
                        and (leg or actor == ev.actor.name and told < ev.evidence.start)
                        for country, span, actor, told, status in trips if country is not None):
            day = (iv[0] + timedelta(days=7)).isoformat()
            moved[(ev.actor.name, ev.evidence.start, ev.date.value or "")] = new = replace(
                ev.date, value=day, note="the weekday inside the span of the trip to its country")
            ev = replace(ev, date=new)
        out.append(ev)
    return _with_moved_legs(out, moved)


def _with_moved_legs(events: list[Event], moved: dict[tuple[str, int, str], DateValue]) -> list[Event]:
    """ "On Wednesday she will fly to Addis Ababa to hold talks with X": the other planned events of a moved leg's
    sentence, of the same actor and dated by the same words to the same day (the leg's purpose), or by "the same day",
    move with it ("is due to arrive on Tuesday and will hold talks with X the same day").

    events (list[Event]): the events, legs already moved. moved (dict): (actor, sentence start, old value) of each
    moved leg -> its new date. RETURNS (list[Event]): the events, those of the legs' sentences moved too.
    """
    if not moved:
        return events
    out: list[Event] = []
    for ev in events:
        new = moved.get((ev.actor.name, ev.evidence.start, ev.date.value or ""))
        if new is not None and ev.status == "planned" and not ev.refers_to_plan \
                and (ev.date.text == new.text or ev.date.text.lower() in _SAME_DAY):
            ev = replace(ev, date=replace(ev.date, value=new.value, note=f"the day of the leg it is told with ({new.note})"))
        out.append(ev)
    return out


#: Words that date an event by the day just told ("the same day").
_SAME_DAY = frozenset({"the same day", "that day", "same day"})


#: Journeys that begin a traveller's trip on their day: what the article tells of the trip after them comes later.
_SETTING_OUT = frozenset({"arrive", "travel", "depart"})


def _names_month(text: str) -> bool:
    """text (str): a date's words. RETURNS (bool): they name a month (the time tagger's month words), so the date is
    read as written, never moved to a later week."""
    months = load_lexicon().months
    return any(w.strip(".,").lower() in months for w in text.split())


def after_setting_out(events: list[Event]) -> list[Event]:
    """ "(Published Monday, February 2) Merz will arrive in Abuja on Sunday evening and hold talks with Tinubu on Monday
    morning. He travels on to Accra on Tuesday, where he is due to meet Mahama": a planned event of a traveller, told
    in or after the sentence of the traveller's planned departure, travel or arrival somewhere, and dated only by a
    weekday or a phrase with no number or month ("the same day") to a day before that journey's day, falls in the trip:
    the same weekday a week later, when that is on or after the journey's day. Only an event in the journey's country
    (or with no place) moves, or a further journey told as one ("travels on to", "then flies to"; ``onward_words``),
    which then starts the next leg; days written with a number or a month stay, and so do happened events and those of
    a sentence that tells them "before" another (``later_frame_preps``: "Before Korea, he will meet X in Tokyo on
    Wednesday"). A visit told as the start of a trip ("will begin a tour in Warsaw next Monday"; ``start_words``) sets
    out too, and every weekday told after it, anywhere, comes after its day ("On Wednesday he is due in Prague").

    events (list[Event]): the article's events. RETURNS (list[Event]): the events, such ones moved a week with a note.
    """
    starts: dict[str, tuple[date, PlaceRef, bool]] = {}
    out = list(events)
    for k in sorted(range(len(events)), key=lambda i: events[i].evidence.start):  # in text order, kept in list order
        ev = events[k]
        iv = ev.date.interval() if ev.date.precision in ("day", "time") and not ev.date.end_value else None
        text = ev.date.text or ""
        start = starts.get(ev.actor.name)
        low = ev.evidence.sentence.lower()
        words = set(low.replace(",", " ").split())
        if "earlier" in words and not re.search(r"\bearlier\b(?! (?:this|that|last|in|on)\b)", low):
            words.discard("earlier")  # "who was sworn in earlier this month": a time phrase, no "before" of the event
        begun = ev.action == "visit" and bool(words & _lex().start_words)  # "will begin a tour in Warsaw next Monday"
        journey = (ev.action in _SETTING_OUT or begun) and ev.place is not None
        movable = iv is not None and start is not None and ev.status == "planned" and not ev.refers_to_plan and text \
            and not any(ch.isdigit() for ch in text) and not _names_month(text) and not _told_before_other(low, words) \
            and iv[0] < start[0] <= iv[0] + timedelta(days=7)
        if movable and start is not None and iv is not None:
            onward = journey and bool(words & _onward_words()) or start[2]  # (all of a trip told begun comes after it)
            inside = not journey and (ev.place is None or place_in(ev.place, start[1]))
            if onward or inside:
                later = iv[0] + timedelta(days=7)
                ev = out[k] = replace(ev, date=replace(ev.date, value=later.isoformat() + (ev.date.value or "")[10:],
                                                       note=f"the {text} of the trip begun on {start[0].isoformat()}"))
                iv = (later, later)
        if journey and ev.status == "planned" and not ev.refers_to_plan and iv is not None and ev.place is not None:
            country = resolve_place(ev.place.country) if ev.place.country else None
            starts[ev.actor.name] = (iv[0], country or ev.place, begun)
    return out


#: Families of a further act told "also" right after a trip plan, which takes the trip's place and day.
_ALSO_ON_TRIP = frozenset({"meet", "attend", "visit", "sign", "negotiate"})


def _weekday_after_trip(ev: Event, events: list[Event], index: dict[int, int], ctx: _Ctx) -> DateValue | None:
    """ "X will fly to Canberra next Tuesday for talks ... X will also address a business forum in Sydney on
    Wednesday": a planned act of the traveller told with "also" in the sentence right after a planned journey's and
    dated by a bare weekday that falls before the journey's day is that weekday of the journey (the first on or after
    its day). RETURNS (DateValue | None): that day with a note, else None."""
    if ev.status != "planned" or ev.refers_to_plan or ev.date.precision != "day" or ev.date.end_value \
            or not _WEEKDAY.fullmatch(ev.date.text or "") or ev.evidence.start not in index:
        return None
    verb = trigger_token(ev, ctx)
    if verb is None or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in (*verb.children, *verb.head.children)):
        return None
    here = index[ev.evidence.start]
    trip = next((p for p in events if p.action in ("travel", "visit", "arrive") and p.actor.name == ev.actor.name
                 and p.status == "planned" and not p.refers_to_plan and p.date.precision == "day"
                 and index.get(p.evidence.start) == here - 1), None)
    day, start = ev.date.interval(), trip.date.interval() if trip is not None else None
    if day is None or start is None or day[0] >= start[0]:
        return None
    later = start[0] + timedelta(days=(day[0].weekday() - start[0].weekday()) % 7)
    return replace(ev.date, value=later.isoformat(), note="the weekday of the trip told before it")


def also_on_trip(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X will travel to Baku next Tuesday for talks. He will also meet Azerbaijani business leaders": a planned act
    of the traveller told with "also" (or naming the journey's counterpart: :func:`_sees_trips_partner`) in the
    sentence right after a planned journey's, with no place or day of its
    own, happens at the journey's place on its day (with a bare weekday that falls before the journey, that weekday
    of the journey: :func:`_weekday_after_trip`); an act done "also" right after one of the same actor done at a place
    on a day ("held talks with Y in Cairo on Thursday. X also met Z") was done there that day.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, such
    ones placed and dated with a note."""
    index = sentence_numbers(ctx.doc)
    out = list(events)
    for k, ev in enumerate(events):
        if (later := _weekday_after_trip(ev, events, index, ctx)) is not None:
            out[k] = replace(ev, date=later)
            continue
        if ev.action not in _ALSO_ON_TRIP or ev.status not in ("planned", "happened") or ev.refers_to_plan \
                or ev.place is not None or ev.date.value is not None or ev.evidence.start not in index:
            continue
        verb = trigger_token(ev, ctx)
        if verb is None:
            continue
        also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in (*verb.children, *verb.head.children))
        here = index[ev.evidence.start]
        if not also and not (ev.status == "planned" and ev.action == "meet" and _sees_trips_partner(ev, events, index, here)):
            continue
        if ev.status == "happened":  # "X held talks with Y in Cairo on Thursday. X also met Z": there, that day
            done = next((p for p in events if p.actor.name == ev.actor.name and p.status == "happened"
                         and not p.refers_to_plan and p.place is not None and p.date.precision in ("day", "time")
                         and index.get(p.evidence.start) == here - 1), None)
            if done is not None and done.place is not None:
                out[k] = replace(ev, place=done.place, date=replace(done.date, note="the day of the act told before it"))
            continue
        trip = next((p for p in events if p.action in ("travel", "visit", "arrive") and p.actor.name == ev.actor.name
                     and p.status == "planned" and not p.refers_to_plan and p.place is not None and p.date.value
                     and index.get(p.evidence.start) == here - 1), None)
        if trip is not None and trip.place is not None:
            out[k] = replace(ev, place=trip.place, date=replace(trip.date, note=f"{ON_TRIP_NOTE}{trip.place.name}"))
    return out


def _sees_trips_partner(ev: Event, events: list[Event], index: dict[int, int], here: int) -> bool:
    """ "X will travel to Port Louis next Tuesday for talks with Y. X is expected to meet Y at the foreign ministry":
    whether a planned meeting names a counterpart (by the same last name) of the actor's planned journey of one day
    told in the sentence before it: that meeting is on the journey."""
    names = {c.name.split()[-1] for c in ev.counterparts if c.kind == "person"}
    return bool(names) and any(
        p.action in ("travel", "visit") and p.actor.name == ev.actor.name and p.status == "planned"
        and p.date.precision == "day" and not p.date.end_value  # (a day, not a stretch: "during the three-day visit")
        and index.get(p.evidence.start) == here - 1 and names & {c.name.split()[-1] for c in p.counterparts}
        for p in events)


#: "before flying on to Peru", "before heading onward": a later leg of the trip after the event, no frame before it.
_ONWARD_AFTER = re.compile(r"\bbefore\s+\w+ing\s+(?:on|onward|onwards)\b")


def _told_before_other(low: str, words: set[str]) -> bool:
    """low (str): the event's sentence, lower case. words (set[str]): its words. RETURNS (bool): the sentence tells its
    event ahead of another (:func:`_before_words`: "Before Korea, he will meet X in Tokyo on Wednesday"), not counting a
    "before" that opens the trip's next leg ("will meet business leaders in Guayaquil on Wednesday before flying on to
    Peru": the meeting is in the trip)."""
    if not words & _before_words():
        return False
    if _ONWARD_AFTER.search(low) is None:
        return True
    return bool(set(_ONWARD_AFTER.sub(" ", low).replace(",", " ").split()) & _before_words())


@cache
def _before_words() -> frozenset[str]:
    """Words by which a sentence tells its event ahead of another ("before", "earlier"): such an event may well
    precede the journey told before it (``earlier_frame_preps`` is the other direction; ``later_frame_preps`` of
    ``triggers.json``)."""
    return frozenset(load_data("triggers.json")["later_frame_preps"]) | {"earlier", "beforehand"}


@cache
def _onward_words() -> frozenset[str]:
    """Words that tell a journey as the next leg of a trip ("travels on to Accra", "then flies to Dakar")."""
    return frozenset(load_data("triggers.json")["onward_words"])


def country_leg_days(events: list[Event]) -> list[Event]:
    """ "will tour Southeast Asia from September 14 to 18, visiting Vietnam, Laos and Cambodia ... will meet X in Hanoi
    on September 14. She is due in Vientiane on September 16": a planned visit to a country, undated or dated by the
    whole tour's span (or week or month: "will visit Senegal and Mali next month"), takes the day (or first to last day) of its actor's planned events in cities of that country,
    within that span. A country visit with a span of its own ("will visit Kenya from March 3 to 6") keeps it: only a
    span that several country legs of one sentence share is the whole tour's.

    RETURNS (list[Event]): the events, such country legs dated with a note.
    """
    out: list[Event] = []
    for ev in events:
        span = ev.date.interval()
        shared = sum(1 for o in events if o.action in _LEG_ACTIONS and o.actor.name == ev.actor.name and o.place is not None
                     and o.place.kind == "country" and o.evidence.start == ev.evidence.start
                     and (o.date.value, o.date.end_value) == (ev.date.value, ev.date.end_value)) >= 2
        if ev.action in _LEG_ACTIONS and ev.status == "planned" and ev.place is not None and ev.place.kind == "country" \
                and not ev.refers_to_plan and (ev.date.value is None or (ev.date.end_value is not None
                                                                         or ev.date.precision in ("week", "month"))
                                               and span is not None and shared):
            days = sorted({iv[0] for o in events if o.actor.name == ev.actor.name and o.status == "planned"
                           and o.action in _CITY_DAY_ACTIONS and o.place is not None and o.place.kind in ("city", "site")
                           and o.date.precision == "day" and place_in(o.place, ev.place) and (iv := o.date.interval()) is not None
                           and (span is None or span[0] <= iv[0] <= span[1])})
            if days:
                first, last = days[0].isoformat(), days[-1].isoformat()
                ev = replace(ev, date=DateValue(first, "day", ev.date.text, last if last != first else None,
                                                f"the days of the stops in {ev.place.name}"))
        out.append(ev)
    return out


def _visit_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Macron's two-day visit to Algeria went ahead on Wednesday ... Macron was received by Tebboune": an undated
    happened event of a person whose visit or arrival, told in the same or the previous sentence, happened on a day
    happened that day (the day the visit began); an unplaced one of the visitor's own ("toured Townsville on Sunday
    ... visited an evacuation centre") happened at the visit's place.

    RETURNS (list[Event]): the events, such ones dated with a note.
    """
    if not ctx.doc.has_annotation("SENT_START"):
        return events
    index = {s.start_char: k for k, s in enumerate(ctx.doc.sents)}
    out: list[Event] = []
    for ev in events:
        if ev.date.value is None and ev.status in ("happened", "ongoing") and not ev.refers_to_plan:
            people = {ev.actor.name} | {c.name for c in ev.counterparts if c.kind == "person"}
            here = index.get(ev.evidence.start, -9)
            near = 1 if ev.status == "happened" else 2  # "arrived in Canberra on Wednesday ... The visit ... comes as"
            came = next((p for p in reversed(out) if p.action in _ARRIVAL_ACTIONS and p.status == "happened"
                         and p.date.precision == "day" and p.date.value and p.actor.name in people
                         and 0 <= here - index.get(p.evidence.start, -9) <= near), None)
            if came is not None and _told_aside(came, ctx):
                came = None  # "Farouk, who arrived in Rabat on Sunday, signed the deal": after the arrival, not that day
            if came is not None and ev.place is not None and came.place is not None and ev.place.kind in ("city", "country") \
                    and not (ev.place.name == came.place.name or place_in(ev.place, came.place) or place_in(came.place, ev.place)
                             or _nearby(ev.place, came.place)):
                came = None  # "met X at State House on Wednesday, after holding talks in Nairobi": elsewhere, another day
            if came is not None:
                first = came.date.value or ""
                own = came.actor.name == ev.actor.name and (came.action == "visit" or ev.action == "visit")
                place = ev.place or (came.place if own else None)
                if came.date.end_value and came.action == "visit":  # "wrapped up a two-day visit ... after signing an
                    # agreement": some day of the visit's days, not its first
                    when = DateValue(first, "day", came.date.text, came.date.end_value,
                                     f"during {came.actor.name}'s {came.action} ({first}..{came.date.end_value})")
                else:
                    when = DateValue(first, "day", came.date.text, None, f"the day {came.actor.name}'s {came.action} began")
                ev = replace(ev, place=place, date=when)
        out.append(ev)
    return out


def _told_aside(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): an event of the doc. ctx (_Ctx): the doc's index. RETURNS (bool): whether its trigger is the verb of a
    relative clause ("X, who arrived in Rabat on Sunday, signed ..."): background to its sentence, whose own events
    need not fall on its day."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand") \
        if ev.evidence.trigger_start >= 0 else None
    return span is not None and len(span) > 0 and span.root.dep_ == "relcl"


#: The farthest (km) two cities of one country may lie apart and still be one day's tour of an area ("visited the
#: quake-hit city of Kashiwazaki on Sunday ... flew by helicopter to Niigata and met the governor").
_NEARBY_KM = 100.0


def _nearby(a: PlaceRef, b: PlaceRef) -> bool:
    """Whether two cities of the same country lie within ``_NEARBY_KM`` of each other (great-circle distance)."""
    if a.kind != "city" or b.kind != "city" or a.country is None or a.country != b.country \
            or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) <= _NEARBY_KM


#: Marks that open an itinerary line ("- Fiji, May 27-28").
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def _itinerary_legs(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Stops listed one per bulleted line under a planned trip ("will visit four Pacific island countries ... His
    stops: / - Vanuatu, May 26; / - Fiji, May 27-28, where he will meet ..."): each line that opens with a place and
    gives a date is a leg of the trip's actor, with the trip's status; an event told on such a line without a place
    is at the line's place.

    RETURNS (list[Event]): the events with the legs after the trip, in line order.
    """
    doc = ctx.doc
    out = list(events)
    trip = None
    pending = False
    for sent in doc.sents if doc.has_annotation("SENT_START") else ():
        toks = [t for t in sent if not t.is_space]
        if not toks or sent.start_char < ctx.dateline_end:
            continue
        bullet = toks[0].text in _BULLETS or pending
        pending = len(toks) == 1 and toks[0].text in _BULLETS  # the parser may cut "-" off its line
        if pending:
            continue
        if not bullet:
            if any(e.evidence.start == sent.start_char for e in out):
                trip = next((e for e in out if e.evidence.start == sent.start_char and e.action == "visit" and not e.refers_to_plan
                             and e.status in ("planned", "ongoing", "uncertain")), None)
            continue
        words = toks[1:] if toks[0].text in _BULLETS else toks
        ref = _leading_place(words)
        if trip is None or ref is None:
            continue
        place, first = ref
        when = next((time_to_date(x) for t in toks if (x := ctx.times.get(t.i)) is not None and x.type == "DATE" and x.value
                     and x.value[0] != "P" and x.value not in _REF_VALUES), None)
        for k, ev in enumerate(out):
            if ev.evidence.start == sent.start_char and ev.place is None:
                out[k] = replace(ev, place=place)
        if when is None:
            continue
        evidence = replace(trip.evidence, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                           trigger_start=first.idx, trigger_end=first.idx + len(first))
        leg = replace(trip, place=place, date=replace(when, note="a stop on the trip's itinerary"), evidence=evidence)
        out.insert(max(k for k, e in enumerate(out) if e.evidence.start <= sent.start_char) + 1 if out else 0, leg)
    return out


def _leading_place(words: list[Token]) -> tuple[PlaceRef, Token] | None:
    """The place a line opens with ("Solomon Islands, May 24-25: ..."): the longest known name of up to three
    capitalized words, with offsets; None when the line opens otherwise."""
    caps: list[Token] = []
    for t in words[:3]:
        if not t.text[:1].isupper():
            break
        caps.append(t)
    for n in range(len(caps), 0, -1):
        ref = resolve_place(" ".join(t.text for t in caps[:n]))
        if ref is not None:
            return replace(ref, start=caps[0].idx, end=caps[n - 1].idx + len(caps[n - 1])), caps[0]
    return None
