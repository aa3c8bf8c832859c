"""Events: trigger words -> who does what, with whom, where, when, and whether it happened.

The ``dateline.events.v1`` component finds triggers by an array lookup (verb
lemmas and event nouns from ``data/triggers.json``), licenses them here, builds
each event in :mod:`.builder` (participants from :mod:`.participants`, place from
:mod:`.venues`, date from :mod:`.dates`, the status from :mod:`.status` and the
codes from :mod:`.codes`), adds earlier occurrences (:mod:`.occurrences`) and trip
spans (:mod:`.trips`), and sets ``doc._.events`` (a list of :class:`Event`).
"""

from __future__ import annotations

from dataclasses import replace
import re
from datetime import date, timedelta
from functools import cache
from typing import Any, Sequence

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..model import UNKNOWN_DATE, ActorRef, DateValue, Event, PlaceRef
from .actor_mentions import ANONYMOUS
from .title_phrases import parse_title
from .arguments import _actors_in, _governor, _manner, _misparsed_object, _titled_object, conjoined_passive_subjects
from .builder import _build, _on_a_visit, guest_visit_frame
from .codes import event_codes
from .context import _Ctx, _context, time_to_date
from .dates import _anchored_offsets, _date, _same_day, dated_by_possessor
from .furniture import furniture_spans, in_spans
from .gatherings import _gathering_changes
from .generics import generic_mention
from .holders import change_verbs, hosted_gatherings
from .demands import demanded
from .nlp import load_data
from .courts import repair_verdict_dates
from .noun_verbs import repair_infinitive_nouns, repair_naming_participles, repair_noun_verbs, repair_reduced_relatives
from .objects import misread_named_noun, misread_noun, misread_object, new_family, object_what
from .receipts import taking_effect
from .crowds import crowd_subject, dateline_country
from .outcomes import survived_vote, vote_tally, won_election
from .stand_ins import stand_ins
from .occasions import article_occasions, dateline_place, occasion_frame, on_bare_sidelines, sideline_attendance
from .participants import _visiting_guest, between_people, in_attendance
from .places import place_in, resolve_country
from .occurrences import _occurrences
from .plans import _overtaken, conjoined_start_day, go_ahead_subject, past_reading
from .plan_changes import family_plan
from .status import ahead_frame, head_chain, own_relative_clauses
from .triggers import _REF_VALUES, _lex, _subject_cues
from .venues import _article_gathering, _occasion_venues, no_dateline_place, trip_of_aim
from .trips import country_leg_days, _apply_trip_frames, _conjoined_legs, _duration_trips, _framed_visits, _itinerary_legs, _same_place_dates, _stop_legs, _visit_days, weekday_legs_in_trip

__all__ = ["EventFinder", "find_events", "is_report", "time_to_date"]

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FRAME_PREPS = frozenset({"upon", "after", "before", "during", "following", "since", "ahead", "until", "on"})


class EventFinder:
    """The ``dateline.events.v1`` component.

    nlp (Language): the pipeline, whose vocab the trigger matcher uses.
    """

    def __init__(self, nlp: Language) -> None:
        lex = _lex()
        self.verb_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.verbs], dtype="uint64")
        self.noun_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.nouns], dtype="uint64")
        self.aux_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.auxiliaries], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a parsed doc with times, places and actors. RETURNS (Doc): with ``doc._.events``."""
        doc._.events = find_events(doc, self.triggers(doc))
        return doc

    def triggers(self, doc: Doc) -> list[tuple[str, Token]]:
        """Trigger words by one array lookup: verbs by lemma, event nouns by lower-case form.

        doc (Doc): a tagged doc. RETURNS (list[tuple[str, Token]]): ("VERB" or "NOUN", token), text order.
        """
        if not len(doc):
            return []
        repair_noun_verbs(doc)  # "the party plans to hold a rally", read as "party plans"
        repair_infinitive_nouns(doc)  # "plans to test-fire a missile", "fire" read as a noun
        repair_naming_participles(doc)  # "drills, codenamed Southern Tide, in the South China Sea from July 20"
        repair_reduced_relatives(doc)  # "A prisoner exchange ... planned for Thursday did not take place"
        repair_verdict_dates(doc)  # "found X guilty of corruption on Tuesday"
        arr = doc.to_array([LEMMA, LOWER, POS])
        verbs = numpy.isin(arr[:, 0], self.verb_ids) & (arr[:, 2] == VERB)
        noun_forms = numpy.isin(arr[:, 1], self.noun_ids)
        for i in numpy.flatnonzero(noun_forms & (arr[:, 2] == VERB)):
            if _repair_named_noun(doc[int(i)]):  # "the Iron Lance drills", read as a subject and its verb
                verbs[i] = False
                arr[i, 2] = NOUN
        nouns = noun_forms & ((arr[:, 2] == NOUN) | (arr[:, 2] == PROPN))
        found = [("VERB" if verbs[i] else "NOUN", doc[int(i)]) for i in numpy.flatnonzero(verbs | nouns)]
        lex = _lex()
        for kind, t in found:
            if kind == "NOUN" and t.dep_ == "npadvmod" and misread_object(t, frozenset(lex.nouns[t.lower_].get("governors", ()))):
                t.dep_ = "dobj"  # "will lead a march through Tbilisi": the march is led
        if len(self.aux_ids):  # "Rao will be in Nairobi on Monday": an auxiliary with a place phrase of its entry, told ahead
            found += [("VERB", t) for i in numpy.flatnonzero(numpy.isin(arr[:, 0], self.aux_ids) & (arr[:, 2] == AUX))
                      if _told_ahead(t := doc[int(i)]) and any(c.dep_ == "prep" and c.lower_ in lex.verbs[t.lemma_.lower()].get("preps", ())
                                                                for c in t.children)]
            found.sort(key=lambda item: item[1].i)
        if lex.adjectives:  # "She is due in Vientiane on September 16": an adjective with a place phrase of its entry
            found += [("VERB", t) for t in doc if t.pos_ == "ADJ" and t.lemma_.lower() in lex.adjectives and any(
                c.dep_ == "prep" and c.lower_ in lex.verbs[t.lemma_.lower()].get("preps", ()) for c in t.children)]
            found.sort(key=lambda item: item[1].i)
        return found


def _repair_named_noun(tok: Token) -> bool:
    """ "will stage the Iron Lance drills": the parser read a named exercise as a subject and a present verb; the verb
    is the event noun again (an object where it was a clause), the name its compound (:func:`misread_named_noun`);
    "will hold live-fire drills": a verb in a noun's role is the noun (:func:`misread_noun`).

    tok (Token): a word tagged VERB whose form is an event noun. RETURNS (bool): whether it was repaired.
    """
    name = misread_named_noun(tok)
    if name is None and not misread_noun(tok):
        return False
    tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS" if tok.lower_.endswith("s") else "NN", tok.lower_
    if name is not None:
        if tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.pos_ == "VERB":
            tok.dep_ = "dobj"
        name.dep_ = "compound"
    return True


#: Modals that tell a plan ahead ("will be in Nairobi on Monday").
_AHEAD_MODALS = frozenset({"will", "shall", "'ll", "wo"})


def _told_ahead(tok: Token) -> bool:
    """Whether a verb is told ahead: with "will"/"shall", or as the infinitive of another verb ("is expected to be in
    Hanoi"), not "is in Paris", "was in Gaborone" (a stay told as it is, which other rules read)."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        or any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in tok.children)


def find_events(doc: Doc, triggers: list[tuple[str, Token]]) -> list[Event]:
    """Build events from trigger tokens.

    doc (Doc): parsed doc with ``doc._.times``, ``place_spans`` and ``actor_tokens``.
    triggers (list[tuple[str, Token]]): ("VERB" or "NOUN", token) from the matcher.
    RETURNS (list[Event]): one event per licensed trigger with an actor, text order.
    """
    ctx = _context(doc, triggers)
    events: list[Event] = []
    overtaken: list[Event] = []
    seen: set[int] = set()
    reportable: dict[int, bool] = {}
    furniture = furniture_spans(doc.text)
    for kind, tok in sorted(triggers, key=lambda item: item[1].i):
        if tok.i in seen:
            continue
        sent = tok.sent
        if sent.start not in reportable:
            reportable[sent.start] = is_report(sent) and not in_spans(furniture, sent.start_char)
        if not reportable[sent.start]:
            continue
        entry = _license(kind, tok, ctx)
        if entry is None:
            continue
        seen.add(tok.i)
        event = _build(tok, entry["action"], ctx)
        if event is not None and kind == "NOUN" and (_talks_before_outcome(tok, ctx) or _framed_talks_between(tok, ctx)):
            event = _outcome_talks(event, tok, ctx)
        elif event is not None and kind == "NOUN" and _during_a_visit(tok, ctx):
            event = _told_during(event, tok, ctx)
        if event is not None and tok.i in ctx.overtaken:
            overtaken.append(replace(event, refers_to_plan=True))
        elif event is not None:
            for alone in _each_alone(event):
                events.extend(_each_attendee(tok, _each_present(tok, _each_member(
                    tok, _co_travellers(tok, _each_apart(tok, alone, ctx), ctx), ctx), ctx), ctx))
            events.extend(_replaced_places(tok, event, ctx))
            events.extend(_moved_from(tok, event, ctx))
    events.extend(_agreed_together(ctx, seen))
    events = _set_for_days(_revised_plans(_trip_references(events, ctx), ctx), ctx)
    # overtaken plans ("had been due to meet X") take the article's change of them, or stand when it says they go ahead
    # (then "the trip would go ahead" is that plan, no event of its own)
    standing = _overtaken(overtaken, events, ctx.doc)
    confirming = {c for ev in standing if not ev.refers_to_plan and (c := go_ahead_subject(ctx.doc, ev)) is not None}
    events = [ev for ev in events if ev.evidence.trigger_start not in confirming] + standing
    events = _gathering_changes(_anchored_offsets(_same_day(events, ctx), ctx), ctx)
    events = article_occasions(_article_gathering(events, ctx), ctx)
    events.extend(_occurrences(ctx))
    events = _framed_visits(events, ctx)
    events.extend(_duration_trips(events, ctx))
    events.extend(_conjoined_legs(events, ctx))
    events.extend(_stop_legs(events, ctx))
    events = weekday_legs_in_trip(_itinerary_legs(events, ctx))
    events = _occasion_venues(_same_place_dates(_apply_trip_frames(events, ctx), ctx.anchor), ctx)
    events = _not_yet_under_way(_visit_days(hosted_gatherings(events, ctx), ctx), ctx)
    events = _dateline_city(on_bare_sidelines(country_leg_days(_stays_before(events, ctx)), ctx), ctx)
    events.extend(sideline_attendance(events, ctx))
    events.extend(stand_ins(events, ctx))
    events = _post_days(events, ctx) if ctx.stamps else events
    events = _sites_of_trip_city(events, ctx)
    # page furniture (link lists, captions, bylines) tells no event, whichever rule read one there
    return [ev for ev in events if not in_spans(furniture, ev.evidence.start)] if furniture else events


#: Families a bare "the trip"/"the visit" can refer back to.
_TRIP_FAMILY = frozenset({"visit", "travel", "arrive"})
#: Per action of a definite event noun, the families of the article's event it can refer back to ("The meeting comes
#: ahead of ...": the talks of the visit told before).
_REFERRING = {"visit": _TRIP_FAMILY, "meet": frozenset({"meet", "negotiate"}) | _TRIP_FAMILY}
#: Determiners of an event noun that refers to an event of its own sentence ("no such trip", "the trip", "that visit").
_REFERRING_DETS = frozenset({"the", "this", "that", "no", "such", "any"})


def _trip_references(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Lu will travel to Hanoi on Thursday ... The trip comes weeks after ...", "... for talks with X. The meeting comes
    ahead of ...": a definite trip or meeting noun with no possessor,
    place or date of its own refers back to the article's trip told before it. While that trip is only planned, the
    noun tells nothing new (no event, rather than a visit of the last person named, a spokesperson); once it is under
    way ("arrived in Canberra on Wednesday ... The visit comes as"), it is that traveller's visit."""
    out: list[Event] = []
    for ev in events:
        tok = _trigger_token(ev, ctx)
        if tok is not None and tok.pos_ == "NOUN" and ev.action in _REFERRING and ev.place is None and not _own_day(tok, ev, ctx) \
                and any(c.dep_ in ("det", "amod", "predet") and c.lower_ in _REFERRING_DETS for c in tok.children) \
                and not any(c.dep_ == "poss" for c in tok.children) and any(
                    p.actor.name == ev.actor.name and p.action in _REFERRING[ev.action]
                    and (ptok := _trigger_token(p, ctx)) is not None and ptok.sent.start == tok.sent.start and ptok.i < tok.i for p in out):
            continue  # "denied that X would travel to Tehran, saying no such trip was planned": the travel itself
        if tok is not None and tok.pos_ == "NOUN" and ev.action in _REFERRING and ev.actor.kind != "person" \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "of") for c in tok.children) \
                and (trip := next((p for p in reversed(out) if p.action in _REFERRING[ev.action] and p.actor.name != ev.actor.name
                                   and p.evidence.trigger_start < ev.evidence.trigger_start), None)) is not None:
            # "X has put off her trip to Egypt, with the visit now expected on March 9": her trip, not a country or body
            # the sentence falls back on; in the trip's own sentence it is that trip, no second event
            if trip.evidence.start != ev.evidence.start:
                out.append(replace(ev, actor=trip.actor, place=ev.place or trip.place,
                                   counterparts=tuple(c for c in ev.counterparts if c.name != trip.actor.name)))
            continue
        if tok is None or tok.pos_ != "NOUN" or ev.action not in _REFERRING or ev.place is not None or _own_day(tok, ev, ctx) \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "of", "to") for c in tok.children):
            out.append(ev)
            continue
        trip = next((p for p in reversed(out) if p.action in _REFERRING[ev.action] and not p.refers_to_plan
                     and p.evidence.start < ev.evidence.start), None)
        if trip is None:
            out.append(ev)
        elif trip.status in ("happened", "ongoing"):
            out.append(replace(ev, actor=trip.actor, counterparts=tuple(c for c in ev.counterparts if c.name != trip.actor.name)))
        # a planned trip: the noun is no new event
    return out


def _own_day(tok: Token, ev: Event, ctx: _Ctx) -> bool:
    """Whether a trip or meeting noun's date is its own: told in its phrase or by the verb it is the subject or object
    of, not lent by a conjoined clause ("would meet X on June 23 and that the trip was being arranged": not the trip's)."""
    if ev.date.value is None:
        return False
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None or verb.dep_ != "conj":
        return True
    words = [*tok.subtree, *(t for c in verb.children if c.i != tok.i and c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)]
    return any(ctx.times.get(t.i) is not None for t in words)


@cache
def _revision_adverbs() -> frozenset[str]:
    return frozenset(load_data("status_cues.json").get("revised_plan_adverbs", ()))


def _revised_plans(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Rafael Moura's arrival in Vietnam has been delayed by a day ... The minister is now expected in Hanoi on
    Friday": a plan told with a ``revised_plan_adverbs`` adverb on its verb is the plan at its new day (refers_to_plan);
    a postponement of the same actor with no new date takes that plan's day when the plan's place is inside the
    postponed one; else, postponed "by" a length, the day of the article's own plan there moved by that length.

    RETURNS (list[Event]): the events, such ones marked and dated with a note.
    """
    words = _revision_adverbs()
    out: list[Event] = []
    for ev in events:
        tok = _trigger_token(ev, ctx)
        if ev.status == "planned" and not ev.refers_to_plan and tok is not None and ev.date.value is not None and any(
                c.dep_ == "advmod" and c.lower_ in words for h in (tok, tok.head) for c in h.children):
            ev = replace(ev, refers_to_plan=True)
        out.append(ev)
    if not any(ev.status == "postponed" and ev.date.value is None for ev in out):
        return out
    for k, ev in enumerate(out):
        if ev.status != "postponed" or not ev.refers_to_plan or ev.date.value is not None:
            continue

        def inside(o: Event, ev: Event = ev) -> bool:
            return ev.place is None or o.place is not None and (o.place.name == ev.place.name or place_in(o.place, ev.place))

        new = next((o for o in out if o.status == "planned" and o.refers_to_plan and o.actor.name == ev.actor.name
                    and o.date.precision == "day" and o.evidence.start >= ev.evidence.start and inside(o)), None)
        if new is not None:
            out[k] = replace(ev, date=replace(new.date, note="the day of the revised plan told after it"))
            continue
        tok = _trigger_token(ev, ctx)
        length = _postponed_by(tok, ctx) if tok is not None else None
        base = next((iv for o in out if o.status == "planned" and not o.refers_to_plan and o.actor.name == ev.actor.name
                     and o.date.precision == "day" and inside(o) and (iv := o.date.interval()) is not None), None)
        if length is not None and base is not None:
            day = base[0] + timedelta(days=length)
            out[k] = replace(ev, date=DateValue(day.isoformat(), "day", ev.date.text, None,
                                                f"the plan's day {base[0].isoformat()} moved by {length} day(s)"))
    return out


def _set_for_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "will fly to Seoul on Sunday to sign a digital trade agreement ... The signing ceremony with X is set for Nov 9":
    a definite event noun without a possessor (alone or naming its "ceremony"), the subject of a plan cue verb with a
    "for" day, is the article's planned event of that family told before it: that event is on that day, and a person
    in the noun phrase's "with" phrase is its counterpart.

    RETURNS (list[Event]): the events, such ones dated with a note.
    """
    lex = _lex()
    out = list(events)
    for i in sorted(ctx.trigger_ids):
        tok = ctx.doc[i]
        entry = lex.nouns.get(tok.lower_)
        if entry is None or tok.pos_ != "NOUN":
            continue
        head = tok.head if tok.dep_ == "compound" else tok
        verb = head.head
        # "The trip, tentatively pencilled in for April 21 and 22, would be ...": the plan participle on the noun
        told = next((a for a in head.children if a.dep_ == "acl" and a.tag_ == "VBN" and _cue_word(a)), None)
        if head.dep_ not in ("nsubj", "nsubjpass") or not (_cue_word(verb) or told is not None) \
                or any(c.dep_ == "poss" for c in head.children) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        if not _cue_word(verb) and told is not None:
            verb = told
        days = [x for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.subtree
                if (x := ctx.times.get(g.i)) is not None and x.type == "DATE" and x.value
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)]
        if not days:
            continue
        when = time_to_date(days[0])
        last = next((x for x in days if x.value and days[0].value and 0 < (date.fromisoformat(x.value) - date.fromisoformat(days[0].value)).days <= 6), None)
        if last is not None:
            when = replace(when, end_value=last.value, text=f"{days[0].text} and {last.text}")  # "April 21 and 22"
        family = _REFERRING.get(entry["action"], frozenset()) if entry["action"] == "visit" else frozenset({entry["action"]})
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].action in family | {entry["action"]} and out[k].status == "planned"
                  and not out[k].refers_to_plan and out[k].evidence.start < tok.sent.start_char), None)
        if k is None:
            continue
        ev = out[k]
        people = [ref for p in head.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree
                  if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"]
        partners = tuple({c.name: c for c in (*ev.counterparts, *people) if c.name != ev.actor.name}.values())
        out[k] = replace(ev, counterparts=partners, date=replace(when, note=f"the day the {head.lower_} is set for"))
    return out


def _postponed_by(tok: Token, ctx: _Ctx) -> int | None:
    """ "has been delayed by a day", "pushed back by two days": the length in days of a ``by`` phrase on the postponing
    verb over the trigger, else None."""
    for h in (tok, tok.head, tok.head.head):
        for c in h.children:
            if c.dep_ in ("agent", "prep") and c.lower_ == "by":
                for g in c.subtree:
                    x = ctx.times.get(g.i)
                    if x is not None and x.value and (m := re.fullmatch(r"P(\d+)([DW])", x.value)):
                        return int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    return None


def _dateline_city(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Bengaluru, Nov 18 (Wire) - X opened an office in Bengaluru on Wednesday ... She also met executives": a happened
    event with no place at all (not a call) happens in the article's dateline city when the same actor is reported
    there (a happened or ongoing event in that city with the actor as its actor or a counterpart, on the event's day when it has one, or the city named
    in the event's own sentence)."""
    city = dateline_place(ctx)
    if city is None or city.kind != "city":
        return events
    events = [replace(ev, place=city) if _hosts_at_home(ev, city) else ev for ev in events]
    there = [ev for ev in events if ev.status in ("happened", "ongoing") and ev.place is not None
             and (ev.place.name == city.name or place_in(ev.place, city))]
    out = []
    for ev in events:
        if ev.place is None and ev.status == "happened" and ev.action not in ("call",) and not no_dateline_place(ev.action) and (any(
                ev.actor.name in (o.actor.name, *(c.name for c in o.counterparts if c.kind == "person")) and (ev.date.value is None or o.date.value == ev.date.value) for o in there)
                or _names_place(ev, city, ctx, events) or _met_a_local_official(ev, city)):
            ev = replace(ev, place=city)
        out.append(ev)
    return out


def _sites_of_trip_city(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "WELLINGTON - X will travel to Canberra on March 12 ... X will meet Y at Parliament House": a site of no known
    city (or one the dateline city lent its own), on an event of a traveller whose trip of the same status told before it goes to a city other than the
    dateline's, is in that city (not in the dateline city)."""
    home = dateline_place(ctx)
    out: list[Event] = []
    for ev in events:
        place = ev.place
        if place is not None and place.kind == "site" and (place.country is None and not place.within
                                                           or home is not None and home.name in place.within):
            trip = next((p for p in reversed(out) if p.actor.name == ev.actor.name and p.action in _TRIP_FAMILY
                         and p.status == ev.status and p.place is not None and p.place.kind == "city"
                         and p.evidence.start <= ev.evidence.start and (home is None or p.place.name != home.name)), None)
            if trip is not None and trip.place is not None:
                city = trip.place
                ev = replace(ev, place=replace(place, country=city.country, within=(city.name, *city.within), lat=None, lon=None))
        out.append(ev)
    return out


def _hosts_at_home(ev: Event, city: PlaceRef) -> bool:
    """ "MONTEVIDEO - Uruguayan President X will host Portuguese Prime Minister Y later this month", "X received Y at the
    Executive Tower": a host's event with no known place, the host of the dateline city's country (or of no known
    country) and a guest of another, is in the dateline city."""
    if ev.action != "host" or ev.place is not None or city.country is None or not ev.counterparts:
        return False
    if ev.actor.country not in (None, city.country):
        return False
    return all(c.country not in (None, city.country) or c.kind == "person" and c.country is None for c in ev.counterparts)


def _met_a_local_official(ev: Event, city: PlaceRef) -> bool:
    """ "PRISTINA - EU envoy X met Kosovo Prime Minister Albin Kurti on Monday": a dated meeting with an official of the
    dateline city's country (a titled counterpart of that country), the actor from elsewhere, is in the dateline city."""
    if ev.action != "meet" or ev.date.value is None or city.country is None or ev.actor.country == city.country:
        return False
    return any(c.kind == "person" and c.title and c.country == city.country for c in ev.counterparts)


def _stays_before(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "held talks in Bangkok on Wednesday with X, after two days in Hanoi": a count of days after a ``stay_frame_preps``
    preposition on the event's verb, with a place of its own, is the actor's stay there right before the event's day:
    a visit of those days (the days before the event's), of the event's status."""
    out: list[Event] = []
    told: set[tuple[str, str, int]] = set()
    for ev in events:
        out.append(ev)
        tok = _trigger_token(ev, ctx)
        iv = ev.date.interval()
        if tok is None or ev.refers_to_plan or ev.status not in ("happened", "planned") or ev.date.precision != "day" or iv is None:
            continue
        verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _lex().stay_frames:
                continue
            for g in prep.children:
                x = ctx.times.get(g.i)
                if g.dep_ != "pobj" or x is None or x.type != "DURATION" or not x.value or not re.fullmatch(r"P\d+D", x.value):
                    continue
                place = next((ctx.places[t.i] for p in g.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                              for t in p.subtree if t.i in ctx.places), None)
                if place is None or (ev.actor.name, place.name, ev.evidence.start) in told:
                    continue
                told.add((ev.actor.name, place.name, ev.evidence.start))
                days = int(x.value[1:-1])
                first, last = iv[0] - timedelta(days=days), iv[0] - timedelta(days=1)
                when = DateValue(first.isoformat(), "day", x.text, last.isoformat() if last != first else None,
                                 f"the {days} days before {iv[0].isoformat()}")
                codes = event_codes("visit", ev.status)
                out.append(replace(ev, action="visit", counterparts=(), place=place, date=when, cameo=codes.cameo,
                                   plover=codes.plover, plover_mode=codes.mode,
                                   evidence=replace(ev.evidence, trigger_start=g.idx, trigger_end=g.idx + len(g))))
    return out


def _post_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "18:20 — Kenyan President William Ruto has arrived in Addis Ababa": an undated event told in the present perfect
    in a live-blog update headed by a post time happened on that post's day."""
    out: list[Event] = []
    for ev in events:
        stamp = ctx.stamps.get(ctx.doc.text.rfind("\n", 0, ev.evidence.trigger_start) + 1)
        tok = _trigger_token(ev, ctx) if stamp is not None and ev.date.value is None and ev.status == "happened" else None
        if stamp is not None and stamp.value and tok is not None and tok.tag_ == "VBN" \
                and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children) \
                and re.match(r"\d{4}-\d{2}-\d{2}", stamp.value):
            ev = replace(ev, date=DateValue(stamp.value[:10], "day", stamp.text, None, "the day of the live update's post time"))
        out.append(ev)
    return out


def _names_place(ev: Event, place: PlaceRef, ctx: _Ctx, events: list[Event]) -> bool:
    """Whether the event's sentence names ``place`` after the dateline, not as a word of another event's verb or noun
    ("held talks with X on Thursday and visited Mumbai on Friday, where ...": Mumbai is the visit's, not the talks')."""
    span = ctx.doc.char_span(max(ev.evidence.start, ctx.dateline_end), ev.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    own = _trigger_token(ev, ctx)
    others = [t for o in events if o.evidence.start == ev.evidence.start and o.evidence.trigger_start != ev.evidence.trigger_start
              and (t := _trigger_token(o, ctx)) is not None and own is not None and t != own and not t.is_ancestor(own)]
    return any((ref := ctx.places.get(t.i)) is not None and ref.name == place.name
               and not any(o.is_ancestor(t) or o == t for o in others) and not _in_attribution(t) for t in span)


def _in_attribution(tok: Token) -> bool:
    """Whether a word is in the source of a reporting verb ("..., the U.S. embassy in Hanoi said"): the source's place,
    not the event's."""
    reporting = _lex().reporting
    for up in tok.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return up.lemma_.lower() in reporting and any(
                c.dep_ == "nsubj" and c.left_edge.i <= tok.i <= c.right_edge.i for c in up.children)
    return False


def _trigger_token(ev: Event, ctx: _Ctx) -> Token | None:
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span.root if span is not None else None


def _not_yet_under_way(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An event found `ongoing` ("The visit comes as ...") whose own date starts after the
    article's day is a plan told in the present: `planned`, never under way before it starts."""
    anchor = ctx.anchor
    if anchor is None:
        return events
    out = []
    for ev in events:
        iv = ev.date.interval()
        if ev.status == "ongoing" and iv is not None and iv[0] > anchor:
            codes = event_codes(ev.action, "planned")
            ev = replace(ev, status="planned", cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                         evidence=replace(ev.evidence, status="planned"))
        out.append(ev)
    return out


@cache
def _topic_preps() -> frozenset[str]:
    return frozenset(load_data("families.json")["topic_preps"])


@cache
def _solo_families() -> frozenset[str]:
    return frozenset(load_data("families.json")["solo_families"])


def _each_alone(event: Event) -> list[Event]:
    """ "Prime Minister X and Finance Minister Y will resign": an event of a ``solo_families`` family is each person's
    own, with no counterparts (the actor's and one event per other person named)."""
    if event.action not in _solo_families() or not event.counterparts:
        return [event]
    return [replace(event, counterparts=()),
            *(replace(event, actor=c, counterparts=()) for c in event.counterparts if c.kind == "person")]


def _each_apart(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "The two leaders met Kallas separately": a group subject whose members each did it apart, one event each
    (the group's second person is no counterpart of the first)."""
    if not any(c.dep_ == "advmod" and c.lower_ in _lex().apart for c in tok.children):
        return [event]
    mates = next((ctx.partners[c.i] for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in ctx.partners), ())
    if not mates:
        return [event]
    rest = tuple(c for c in event.counterparts if c.name not in {m.name for m in mates})
    if not rest:
        return [event]
    return _each_of(event, mates, rest)


def _each_of(event: Event, mates: Sequence[ActorRef], rest: tuple[ActorRef, ...]) -> list[Event]:
    """RETURNS (list[Event]): the event of its actor and one of each mate, all with the counterparts ``rest`` (none of
    them the others' counterpart)."""
    return [replace(event, counterparts=rest), *(replace(event, actor=m, counterparts=rest) for m in mates)]


#: Actions of a journey: people named together as its subject each make it; none is the other's counterpart.
_JOURNEY_ACTIONS = frozenset({"arrive", "travel", "depart", "visit"})


def _co_travellers(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Abeysekera and Rahman both arrived in Kathmandu on Monday": a journey whose conjoined person subjects are each
    other's counterparts, told with an ``each_words`` word ("both", "each"), is one journey each, with no counterpart
    between them (arriving at the same time is no meeting)."""
    if tok.pos_ not in ("VERB", "AUX") or not events:
        return events
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    each = _lex().each_words | _lex().apart
    if not any(t.lower_ in each for t in [*tok.children, *(g for s in subs for g in s.subtree)]):
        return events  # (without "both", "each": people travelling together, the first with the others as companions)
    people = {r.name: r for s in subs for t in (s, *s.conjuncts) for g in t.subtree
              if (r := ctx.actors.get(g.i)) is not None and r is not ANONYMOUS and r.kind == "person"}
    out: list[Event] = []
    for ev in events:
        mates = [c for c in ev.counterparts if c.name in people and c.name != ev.actor.name]
        if ev.action not in _JOURNEY_ACTIONS or not mates:
            out.append(ev)
            continue
        out += _each_of(ev, mates, tuple(c for c in ev.counterparts if c not in mates))
    return out


#: Actions of two parties: a group subject meeting people it does not name meets them together, not each other.
_CONTACT_ACTIONS = frozenset({"meet", "call", "negotiate"})


def _each_member(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "They (the emperor and the empress) will travel to X to meet members of the community": a contact whose group
    subject ("they", "the royal couple") meets people it names no one of gives each member the event; the members
    are not each other's counterparts."""
    if len(events) != 1 or events[0].action not in _CONTACT_ACTIONS or tok.pos_ != "VERB":
        return events
    event = events[0]
    cur, sub = tok, None
    for _ in range(4):
        sub = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if sub is not None or cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    mates = ctx.partners.get(sub.i, ()) if sub is not None else ()
    others = tuple(c for c in event.counterparts if c.name not in {m.name for m in mates})
    if not mates or any(c.kind == "person" for c in others):
        return events
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and ctx.actors.get(c.i) is None]
    if not objects:
        return events
    return [replace(event, counterparts=others), *(replace(event, actor=m, counterparts=others) for m in mates)]


def _each_present(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "with X, Y and Z in attendance": one attend event per person present, none a counterpart of another."""
    if tok.pos_ not in ("NOUN", "PROPN") or len(events) != 1 or len(present := in_attendance(tok, ctx)) < 2:
        return events
    names = {p.name for p in present}
    rest = tuple(c for c in events[0].counterparts if c.name not in names)
    return [replace(events[0], actor=p, counterparts=rest) for p in present]


def _each_attendee(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "a state funeral attended by A, B and envoys from 20 countries": a gathering's participle of attendance whose
    agent lists several people is one attend event per person, none a counterpart of another."""
    if len(events) != 1 or events[0].action != "attend" or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return events
    agents = [g for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    people = {r.name: r for g in agents if (r := ctx.actors.get(g.i)) is not None and r is not ANONYMOUS and r.kind == "person"}
    event = events[0]
    mates = [c for c in event.counterparts if c.name in people and c.name != event.actor.name]
    if event.actor.name not in people or not mates:
        return events
    return _each_of(event, mates, tuple(c for c in event.counterparts if c not in mates))


def _replaced_places(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "will visit Bengaluru rather than Mumbai", "talks in Bengaluru instead of in Mumbai": a place after a
    ``replaced_place_phrases`` phrase in the event's clause is where the plan the event replaces was: the same event
    there is cancelled, a change of that plan (the store merges it into the plan it cancels)."""
    if event.place is None or event.refers_to_plan or event.status not in ("planned", "happened", "ongoing"):
        return []
    clause = {t.i for t in tok.subtree}
    if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
        clause |= {t.i for t in tok.head.head.subtree} if tok.dep_ == "pobj" else {t.i for t in tok.head.subtree}
    out: list[Event] = []
    for t in tok.sent:
        if t.i not in clause or t.i == 0 or f"{t.doc[t.i - 1].lower_} {t.lower_}" not in _lex().replaced_places:
            continue
        heads = [g for g in t.children if g.dep_ == "pobj"]
        heads += [g for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        j = t.i + 1 + (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("in", "to", "at"))
        heads += [t.doc[j]] if j < t.sent.end else []  # read on the surface too: the parser hangs "of Mumbai" anywhere
        place = next((ctx.places[g.i] for g in heads if g.i in ctx.places), None)
        if place is None or place.name == event.place.name:
            continue
        codes = event_codes(event.action, "cancelled")
        out.append(replace(event, place=place, status="cancelled", refers_to_plan=True, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode, evidence=replace(event.evidence, status="cancelled")))
    return out


@cache
def _moved_verbs() -> frozenset[str]:
    return frozenset(load_data("status_cues.json")["moved_verbs"])


def _moved_from(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "The meeting ... has been moved from Lagos to Abuja": a plan moved (``moved_verbs``) away from a place in the
    verb's "from" phrase no longer holds there: the same event at the old place is cancelled, a change of that plan (as
    with "rather than Lagos"), beside the plan at its new place. Moved "to" a place with no "from" ("would move the rally
    to Ankara instead"), the call-off has no place."""
    if not event.refers_to_plan or event.status != "planned" or event.place is None:
        return []
    verb = tok
    for _ in range(3):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _moved_verbs():
            break
        if verb.head.i == verb.i:
            return []
        verb = verb.head
    else:
        return []
    old = next((ctx.places[g.i] for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children if g.dep_ == "pobj" and g.i in ctx.places), None)
    to_place = any(ctx.places[g.i].name == event.place.name for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                   for g in p.children if g.dep_ == "pobj" and g.i in ctx.places)
    if old is None and not to_place or old is not None and old.name == event.place.name:
        return []  # (an old place not named: "would move Saturday's rally to Ankara instead": the plan, wherever it
        # was, is called off there; the store finds it, or drops the call-off when it knows no such plan)
    codes = event_codes(event.action, "cancelled")
    when = UNKNOWN_DATE if conjoined_start_day(verb, ctx) is not None else event.date  # "moved from X to Y and will
    # now begin on April 27": the new day is the new plan's, not the old one's
    return [replace(event, place=old, status="cancelled", cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                    date=when, evidence=replace(event.evidence, status="cancelled"))]


def is_report(sent: Span) -> bool:
    """Whether a sentence reports something: not a question, and a clause with a finite verb.

    sent (Span): a sentence. A headline or a quoted question ("Will X visit the DMZ?")
        and a verbless fragment (a bullet "- Visit to the DMZ.", a caption) state no event;
        a headline infinitive or participle ("Macron to visit China", "Talks postponed") does.
    RETURNS (bool): True when events may be read from it.
    """
    text = sent.text.rstrip().rstrip("\"'”’)")
    if text.endswith("?") or _editorial_note(sent.text):
        return False
    for tok in sent:
        tag = tok.tag_
        if tag in _FINITE_TAGS:
            return True
        if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
            if tag == "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                return True
    return False


def _fixture(tok: Token, ctx: _Ctx) -> bool:
    """ "Melbourne Victory will travel to Perth to face Perth Glory", "fly to Sydney to take on the Waratahs": an
    organization's journey whose purpose infinitive (``contest_purpose_verbs``) has a capitalized object is a club's
    away match (the recognizer may call either club anything, so the traveller's kind and the verb decide)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    ref = ctx.actors.get(subject.i) if subject is not None else None
    if ref is None or ref is ANONYMOUS or ref.kind != "org":
        return False
    for clause in tok.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        phrase = " ".join([clause.lemma_.lower(), *(c.lower_ for c in clause.children if c.dep_ == "prt")])
        if phrase in _lex().contest_purposes and any(o.dep_ == "dobj" and o.text[:1].isupper() for o in clause.children):
            return True
    return False


def _editorial_note(text: str) -> bool:
    """ "(This story has been corrected to show ...)", "Correction: ...", "(Adds ministry comment)": a note about the
    story, whose words tell no event (openers in ``triggers.json``)."""
    lex = _lex()
    low = text.lstrip().lower()
    bracketed = low[:1] in ("(", "[")
    low = low.lstrip("([ ")
    return low.startswith(lex.note_openers) or bracketed and low.startswith(lex.bracketed_note_openers)


def _license(kind: str, tok: Token, ctx: _Ctx) -> dict[str, Any] | None:
    """The trigger entry when this word states an event here, else None."""
    lex = _lex()
    if ctx.actors.get(tok.i) not in (None, ANONYMOUS) and tok.ent_type_ == "PERSON":
        return None
    if kind == "VERB":
        entry = lex.verbs.get(tok.lemma_.lower())
        if entry is None or entry.get("future_only") and not _told_ahead(tok):
            return None
        deps = {c.dep_: c for c in tok.children}
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if (action := _courtesy_action(tok, entry, ctx)) is not None:
            return {**entry, "action": action}  # "will call on General Secretary Quang in Hanoi": a courtesy call, a meeting
        if prts & set(entry.get("particles_block", ())):
            return None
        for alt in entry.get("alt_actions", ()):
            if not _family_verb(tok, entry) and _family_verb(tok, {**entry, "action": alt}):
                entry = {**entry, "action": alt}  # "adopted the budget": a vote ("adopted sanctions": a sanction)
        if not _family_verb(tok, entry):
            return None  # "launched talks", "fired the minister", "struck a deal", "urged X to step down"
        if not new_family(str(entry["action"])) and any(
                c.dep_ == "dobj" and new_family(str((noun := lex.nouns.get(c.lower_, {})).get("action", "")))
                and tok.lemma_.lower() in noun.get("governors", ()) for c in tok.children):
            return None  # "is set to host the Talisman Sabre exercise": the exercise, held by the host, no visit hosted
        if _visiting_guest(tok, ctx) is not None:
            return entry  # "met with visiting Prime Minister Y": Y's visit
        if (blocks := entry.get("frame_blocks")) and (tok.dep_ == "pcomp" and tok.head.lower_ in blocks or any(
                c.dep_ == "mark" and c.lower_ in blocks for c in tok.children) or tok.head.lower_ == "of" and tok.head.head.lower_ in blocks):
            return None  # "before returning to Nairobi": a time frame of the main event, no journey told
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        if (named := _person_predicate(tok, ctx)) is not None:
            objects.append(named)  # "called Jordan's foreign minister Ayman Safadi": the person called, no name given
            del deps["oprd"]
        if any(c.dep_ == "agent" for c in tok.children):  # "Their Majesties were welcomed by Simon": the passive subject
            objects += [c for c in tok.children if c.dep_ == "nsubjpass"] + conjoined_passive_subjects(tok)
        turned = entry.get("object_words_action", {})
        if (action := next((turned[o.lower_] for o in objects if o.lower_ in turned), None)) is not None:
            return {**entry, "action": action}  # "heads the Brazilian delegation": attends
        if any(o.lower_ in lex.non_partners for o in objects):
            return None  # "met fans outside the stadium", "met reporters": no meeting of officials
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in lex.contests for g in c.children) for c in tok.children):
            return None  # "will meet Alvarado in the final": a match
        if entry["action"] in ("travel", "visit", "arrive") and _fixture(tok, ctx):
            return None  # "will travel to Perth next weekend to face Perth Glory": a club's away match
        if (misparsed := _misparsed_object(tok)) is not None:
            objects.append(misparsed)
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("preps", ())]
        preps += [g for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in lex.direction_words
                  for g in c.children if g.dep_ == "prep" and g.lower_ in entry.get("preps", ())]  # "fly back to Pretoria"
        if any(ctx.places.get(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("dest_preps", ())
               for g in c.children):
            return {**entry, "action": entry["dest_action"]}  # "left for London": a journey there
        if entry.get("person_object") and not any(
            ctx.actors.get(o.i) or any(ctx.actors.get(t.i) for t in o.subtree) for o in objects + preps
        ) and not (new_family(str(entry["action"])) and any(_actors_in(o, ctx) for o in objects)):  # "sanctioned five
            # Russian officials": Russia's
            return None
        if entry.get("person_head") and not any(
            (ref := ctx.actors.get(o.i)) is not None and ref is not ANONYMOUS and ref.kind in ("person", "country") or _titled_object(o, ctx)
            or any(a.dep_ == "appos" and (r := ctx.actors.get(a.i)) is not None and r is not ANONYMOUS and r.kind == "person"
                   for a in o.children)  # "received his Turkish counterpart X": the person the noun stands for
            for o in objects
        ):
            return None  # "received a letter", "received a call from X": no visit hosted
        if entry.get("nominal_object") and not any(o.pos_ in ("NOUN", "PROPN") for o in objects):
            return None
        if "object_words" in entry and not any(o.lower_ in entry["object_words"] for o in objects):
            return None  # "take part in": "take" alone is no event
        if entry.get("source_preps") and not preps and not any(c.lower_ in entry["source_blocks"] for c in tok.children) and any(
                ctx.places.get(g.i) for c in [tok, *(d for d in tok.children if d.dep_ == "advmod" and d.lower_ in lex.direction_words)]
                for p in c.children if p.dep_ == "prep" and p.lower_ in entry["source_preps"] for g in p.children):
            return {**entry, "action": entry["source_action"]}  # "flew home from Bangkok": a departure from there (not "flew in")
        if entry.get("source_block_action") and not preps and not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and any(c.lower_ in entry["source_blocks"] for c in tok.children) and any(
                ctx.places.get(g.i) for p in tok.children if p.dep_ == "prep" and p.lower_ in entry["source_preps"] for g in p.children):
            return {**entry, "action": entry["source_block_action"]}  # "flew in from Bratislava": arrived (where the story is;
            # "had flown in from Windhoek" is the background of an arrival told already)
        means = _manner(tok, entry["manner"]) if "manner" in entry else []
        if entry.get("object") and not (objects or preps or means or "ccomp" in deps):
            return None
        if entry.get("place_object") and not any(ctx.places.get(o.i) for o in objects):
            return None
        held = [c for o in objects if o.lower_ in entry.get("object_words", ()) for c in o.children
                if c.dep_ == "prep" and c.lower_ in entry.get("preps", ())]  # "address an investment forum in Osaka"
        if entry.get("place_prep") and not any(ctx.places.get(t.i) for p in preps + held for t in p.subtree):
            return None  # "could stop in Ecuador", not "stop the fighting"
        if "oprd" in deps and not entry.get("predicate_words"):
            return None
        if means:
            return {**entry, "action": entry["manner_action"]}
        if entry.get("manner_required") and (partner := _named_partner(tok, entry, ctx)) is not None:
            return {**entry, "action": partner}  # "spoke with his counterpart X on Tuesday": a call (a meeting if placed)
        if entry.get("manner_required"):
            return None
        return entry
    entry = lex.nouns.get(tok.lower_)
    if entry is None:
        return None
    if any(c.lower_ in entry.get("blocked_compounds", ()) for c in tok.children if c.dep_ in ("compound", "amod")):
        return None  # "a joint news conference": no gathering of officials
    if new_family(entry["action"]):
        return _family_noun(tok, entry, ctx)
    if entry.get("needs_with_person") and not _with_person(tok, ctx):
        return None  # "an audience with Emperor X", not "told an audience of students"
    need = entry.get("needs_compound")
    if need and not any(c.lower_ in need for c in tok.children if c.dep_ in ("compound", "amod")) \
            and not _held_with_person(tok, entry.get("or_held_with", ()), ctx):
        return None
    if any(ctx.places.get(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("dest_preps", ())
           for g in c.children):
        return {**entry, "action": entry["dest_action"]}  # "his departure for Baku": a journey there
    turned = entry.get("compound_actions", {})
    if (action := next((turned[c.lower_] for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in turned), None)):
        return {**entry, "action": action}  # "paid a courtesy call on X": a meeting
    if in_attendance(tok, ctx):
        return entry  # "with X, Y and Z in attendance"
    if _gathering_edge(tok):
        return {**entry, "action": "attend"}  # "closed the Pacific Islands Leaders Meeting": was there, at its opening or close
    if not _noun_licensed(tok, ctx):
        return None
    if entry["action"] in lex.remote_actions and _remote(tok):
        return {**entry, "action": "call"}  # "held talks by video link": a call, no meeting in person
    return entry


def _family_verb(tok: Token, entry: dict[str, Any]) -> bool:
    """Whether a verb of a family that names a thing (``families.json``) states its event: with one of its required
    ``particles`` ("step down"), without an object for a ``no_object`` verb ("workers will strike", not "struck a
    deal"), without a clause for a ``no_clause`` verb ("protested that ..."), with a thing it acts on for a
    ``needs_what`` verb ("fired a missile"), and not as what someone else demands ("urged X to step down")."""
    action = str(entry["action"])
    if not new_family(action):
        return True
    if (need := entry.get("particles")) and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in need for c in tok.children):
        return False
    if entry.get("no_object") and any(c.dep_ in ("dobj", "ccomp", "dative") and not vote_tally(c) for c in tok.children):
        return False
    if entry.get("no_clause") and any(c.dep_ == "ccomp" for c in tok.children):
        return False
    if (words := entry.get("predicate_words")) and not any(
            c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in words for c in tok.children):
        return False  # "found X guilty", not "found a solution"
    if action == "vote" and tok.dep_ == "pcomp" and tok.head.lower_ == "with":
        return False  # "ratified the treaty, with 49 lawmakers voting in favour": the tally of the vote told
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and _same_family_word(tok.head.head, action):
        return False  # "will vote on ratifying the treaty": what the vote is on, no second vote
    if entry.get("crowd_subject") and crowd_subject(tok, head_chain(tok), action) is None:
        return False  # "rail workers walked out", not "the president walked out to greet fans"
    if entry.get("needs_what") and object_what(tok, entry) is None and not (
            entry.get("alone_ok") and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in tok.children)):
        return False  # "quit the talks"; "she would quit on Friday" is a resignation (``alone_ok``)
    return not demanded(tok, action)


def _same_family_word(tok: Token, action: str) -> bool:
    """tok (Token): a word. action (str): a family. RETURNS (bool): whether the word is a trigger of that family, as a
    verb (its lemma) or a noun (its form)."""
    lex = _lex()
    entry = lex.verbs.get(tok.lemma_.lower()) if tok.pos_ in ("VERB", "AUX") else lex.nouns.get(tok.lower_)
    return entry is not None and entry.get("action") == action


def _family_noun(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> dict[str, Any] | None:
    """The entry of an event noun of a family that names a thing when it states its event: not a capitalized month
    for a ``lowercase`` noun ("in March"), without a ``blocked_preps`` phrase ("a demonstration of strength"), with
    one of ``needs_compound`` ("a nuclear test") or a thing it acts on for ``needs_what`` ("a missile launch", "a vote
    on the budget", not "a vote of thanks"), not demanded ("demanded his resignation"), and told as the object of a
    ``prep_governors`` verb ("went to the polls") or as the other event nouns are."""
    if entry.get("lowercase") and not tok.text.islower():
        return None
    if entry.get("effect_only"):
        return entry if taking_effect(tok) or tok.dep_ == "dobj" and tok.head.lemma_.lower() in entry.get("governors", ()) \
            else None  # "New sanctions on X took effect on Monday": imposed then; "is considering new sanctions": a plan weighed
    if any(c.dep_ == "prep" and c.lower_ in entry.get("blocked_preps", ()) and not any(ctx.places.get(g.i) for g in c.children)
           for c in tok.children):
        return None  # "an exercise in futility" (not "the exercises in Zambales": a place)
    need = entry.get("needs_compound")
    if need and not any(c.lower_ in need for c in tok.children if c.dep_ in ("compound", "amod", "nmod")) \
            and not any(g.lower_ in need for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"):  # "a test of its Babur cruise missile"
        return None
    if entry.get("needs_what") and object_what(tok, entry) is None and not _changed_earlier_plan(tok, entry, ctx):
        return None
    if demanded(tok, str(entry["action"])):
        return None
    if generic_mention(tok):
        return None  # "as it has to past exercises", "condemned such drills": a kind of event, or another's
    if won_election(tok, ctx):
        return entry  # "won Nepal's general election held on Thursday": it took place
    if survived_vote(tok, ctx, dateline_country(ctx)) is not None:
        return entry  # "lost a confidence vote in parliament on Thursday": the vote took place
    if tok.dep_ == "pobj" and tok.head.lower_ in _topic_preps():
        return None  # "new sanctions on X over the disputed regional elections": what they are about
    if dated_by_possessor(tok, ctx) is not None:
        return entry  # "since Tuesday's runoff", "built on last week's drills with the Indian Navy": that day's event
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in (governed := entry.get("prep_governors", {})) \
            and prep.head.lemma_.lower() in governed[prep.lower_]:
        return entry  # "voters go to the polls on Sunday"
    return entry if _noun_licensed(tok, ctx) else None


def _changed_earlier_plan(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> bool:
    """ "The launch has been rescheduled for Thursday": a definite event noun with nothing it acts on, the subject of a
    plan change (postponed, cancelled or moved verbs), is the article's earlier plan of its family, when one names
    what it acts on (see ``plan_changes.family_plan``)."""
    if not any(c.dep_ == "det" and c.lower_ in _REFERRING_DETS for c in tok.children):
        return False
    if tok.dep_ not in ("nsubjpass", "nsubj") or tok.head.lemma_.lower() not in change_verbs():
        return False
    plan = family_plan(tok, str(entry["action"]), ctx)
    return plan is not None and plan[1] is not None


def _person_predicate(tok: Token, ctx: _Ctx) -> Token | None:
    """ "Abdelatty called Jordan's foreign minister Ayman Safadi": the parser reads a naming verb ("called him X"); a
    predicate that names a person, with no direct object, is the verb's object."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "oprd" and (ref := ctx.actors.get(c.i)) is not None
                 and ref is not ANONYMOUS and ref.kind == "person"), None)


def _named_partner(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> str | None:
    """The action of "spoke with <named person>" (``partner_preps``): ``partner_place_action`` when the clause names a
    place ("spoke with X in Brussels"), else the entry's own (a call); None without a named person."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("partner_preps", ())]
    if not any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for p in preps for g in p.subtree):
        return None
    placed = any(ctx.places.get(g.i) for h in [tok, *(g for p in preps for g in p.subtree)] for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.subtree)  # "spoke with X in Nicosia"
    return str(entry.get("partner_place_action", entry["action"])) if placed else str(entry["action"])


@cache
def _edge_verbs() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["gathering_edge_verbs"])


def _gathering_edge(tok: Token) -> bool:
    """ "Takaichi and Brown closed the Pacific Islands Leaders Meeting", "opened the summit": a named gathering (a proper
    noun) or a gathering noun of the attend family, the object of a ``gathering_edge_verbs`` verb, is attended by the
    verb's subject (who opens or closes it is there)."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in _edge_verbs():
        return False
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() or _lex().nouns[tok.lower_]["action"] == "attend"


def _courtesy_action(tok: Token, entry: dict[str, Any], ctx: _Ctx) -> str | None:
    """ "call on President X" (``prep_actions`` of the verb): a person after the preposition or particle makes the verb
    that action; not with an infinitive ("called on the government to act", an appeal) nor a means ("by phone"). A place
    after a ``place_prep_actions`` preposition ("call at Dar es Salaam"), with no object, makes it that action too."""
    actions = entry.get("prep_actions")
    if not actions or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or _manner(tok, _lex().remote_words):
        return None
    for c in tok.children:
        if c.dep_ not in ("prep", "prt") or c.lower_ not in actions:
            continue
        heads = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        heads += [o for o in tok.children if o.dep_ == "dobj" and o.i > c.i]
        if any((ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for h in heads for t in h.subtree):
            return str(actions[c.lower_])
    placed = entry.get("place_prep_actions", {})
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in actions for c in tok.children):
        return None
    return next((str(placed[c.lower_]) for c in tok.children if c.dep_ == "prep" and c.lower_ in placed
                 and any(ctx.places.get(g.i) for g in c.children if g.dep_ == "pobj")), None)  # "will no longer call
    # at Dar es Salaam": a ship's (or a tour's) visit there


def _remote(tok: Token) -> bool:
    """ "held talks by video link", "a virtual summit", "met virtually": a gathering noun held at a distance
    (``remote_words`` on the noun or on the light verb that holds it)."""
    words = _lex().remote_words
    if any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in tok.children) or _manner(tok, words):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and _manner(c, words) for c in tok.children):
        return True  # "talks held by videoconference"
    gov = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and gov.pos_ == "VERB" and gov.lemma_.lower() in _lex().light and bool(_manner(gov, words))


def _with_person(tok: Token, ctx: _Ctx) -> bool:
    """Whether a noun has a "with" phrase naming a person ("an audience with Emperor X")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in c.subtree)
        for c in tok.children)


def _held_with_person(tok: Token, verbs: Any, ctx: _Ctx) -> bool:
    """ "held a call with Prime Minister Carney": the noun is the object of one of ``verbs`` and has a "with" person."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in verbs:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in c.subtree)
        for c in tok.children)


def _during_a_visit(tok: Token, ctx: _Ctx) -> bool:
    """ "said on Tuesday during a visit to Rukla": an indefinite visit to a named place in a "during" frame of a verb
    told in the past is stated (the speaker was there then); "during his trip" refers back to a trip told elsewhere."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "during" or _lex().nouns[tok.lower_]["action"] != "visit":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or tok.head.head.tag_ != "VBD":
        return False
    return any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
               for g in c.subtree)


def _told_during(event: Event, tok: Token, ctx: _Ctx) -> Event:
    """A visit in a "during" frame happened at the time of the verb it frames ("said on Tuesday during a visit")."""
    verb = tok.head.head
    when, after = past_reading(_date(verb, [verb], ctx), ctx.anchor)
    status = "uncertain" if after else "happened"
    codes = event_codes(event.action, status)
    return replace(event, date=when if when.value else event.date, status=status, cameo=codes.cameo, plover=codes.plover,
                   plover_mode=codes.mode, evidence=replace(event.evidence, status=status))


def _noun_licensed(tok: Token, ctx: _Ctx) -> bool:
    lex = _lex()
    if _on_a_visit(tok, ctx) or ahead_frame(tok) or _during_a_visit(tok, ctx) or guest_visit_frame(tok, ctx):
        return True
    if _talks_before_outcome(tok, ctx):
        return True  # "agreed on Wednesday to expand patrols after talks in Canberra": the talks are told, that day
    if _dated_earlier_talks(tok, ctx):
        return True  # "wrapped up a visit on Friday after talks with his counterpart X on Thursday": told, with their day
    if _framed_talks_between(tok, ctx):
        return True  # "signed a deal after talks in Phnom Penh between A and B": the talks of the two are told
    if _dated_meeting_at(tok, ctx):
        return True  # "approved a relief package at an extraordinary cabinet meeting on Friday": the meeting was held
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAME_PREPS and any(_cue_word(c) for c in own_relative_clauses(tok)):
        return True  # "left Tokyo before a scheduled audience with X, which was called off": its own fate is told
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAME_PREPS or occasion_frame(tok):
        return False  # "during his trip", "upon his arrival", "on the sidelines of the summit": a frame, not a statement
    gov, rel = _governor(tok)
    if _talks_at_destination(tok, ctx):
        return True  # "heading to Manila for talks on Saturday with X": the talks are told, at the trip's end
    if gov is not None and gov.i in ctx.trigger_ids and _license("VERB", gov, ctx) is not None:
        return False  # "attend the summit": the verb states it
    if any(c.dep_ in ("acl", "relcl") and _cue_word(c) for c in tok.children):
        return True
    if _scheduled_for(tok, ctx):
        return True
    if between_people(tok, ctx):
        return True  # "follows a phone call on Saturday between X and Y": the call itself is told
    if gov is None:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and _topic_predicate(gov):
        return False  # "the summit is expected to focus on trade": what it is about, not that it takes place
    lemma = gov.lemma_.lower()
    if lemma in lex.preparation and rel in ("dobj", "pobj"):
        return False  # "held a call ... to prepare the visit": the visit is another's, told where it is planned
    if lemma in lex.light:
        return True
    if rel in ("dobj", "nsubjpass") and lemma in lex.nouns[tok.lower_].get("governors", ()):
        return True  # "have confirmed their participation", "her resignation was announced on Monday"
    if _cue_word(gov) and rel in ("dobj", "nsubjpass", "pobj"):
        return True
    if rel == "nsubj" and gov.lemma_.lower() in _subject_cues():
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and gov.i == tok.head.i and lemma in lex.subject_predicates:
        if lemma in lex.needs_cue:
            return _has_planning_cue(gov)
        return True
    return False


def _dated_earlier_talks(tok: Token, ctx: _Ctx) -> bool:
    """ "after talks with his counterpart Richard Roe in Canberra on Thursday": an event noun after an
    ``earlier_frame_preps`` word with its own named person ("with X") and its own date is an earlier event told."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _lex().earlier_frames or any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    named = any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
                for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree)
    return named and _phrase_day(tok, ctx)


def _phrase_day(tok: Token, ctx: _Ctx) -> bool:
    """Whether an event noun's phrase has a calendar day or time of its own ("talks ... on Thursday"; not a duration
    or "now")."""
    return any((x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
               and x.value not in _REF_VALUES for g in tok.subtree)


@cache
def _outcome_verbs() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["outcome_verbs"])


def _talks_before_outcome(tok: Token, ctx: _Ctx) -> bool:
    """ "X and Y agreed on Wednesday to expand joint patrols after talks in Canberra": a meeting noun with a place of its
    own and no possessor, in an "after"/"following"/"during" frame of a past ``outcome_verbs`` verb (or of its
    infinitive), is the talks the outcome came from: a meeting of the verb's subjects, held where it says, on the verb's
    day; "during talks" with no place is so when the subject names two or more parties ("X and Y agreed ...")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _lex().told_frames or tok.pos_ != "NOUN" \
            or _lex().nouns[tok.lower_]["action"] not in ("meet", "negotiate") or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = tok.head.head
    if verb.dep_ == "xcomp" and verb.pos_ == "VERB":
        verb = verb.head  # "agreed ... to expand ... after talks"
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.lemma_.lower() not in _outcome_verbs():
        return False
    if any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.subtree):
        return True
    # "X and Y agreed on Wednesday ... during talks held by videoconference": the talks of the subjects told together
    return tok.head.lower_ == "during" and _plural_subject(verb, ctx)


def _framed_talks_between(tok: Token, ctx: _Ctx) -> bool:
    """ "Indonesia and Cambodia signed an agreement after talks in Phnom Penh between Foreign Ministers A and B", "India
    offered a credit line during talks in New Delhi on Wednesday between the navy chiefs, A and B": a meeting noun with
    no possessor in an "after"/"following"/"during" frame of a verb told in the past, whose "between" phrase names two
    people, is the meeting of those two, told (on the verb's day unless it has its own); so is one with a place of its
    own and a named "with" person ("said on Thursday after talks in Lima with X": the clause's subject met X)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _lex().told_frames or tok.pos_ != "NOUN" \
            or _lex().nouns.get(tok.lower_, {}).get("action") not in ("meet", "negotiate") or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = tok.head.head
    for _ in range(3):  # "offered a credit line to buy vessels during talks": the finite verb the infinitive hangs on
        if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "relcl", "advcl", "acl"):
            break
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.pos_ not in ("VERB", "AUX") or not (verb.tag_ == "VBD" or verb.tag_ == "VBN" and (
            any(c.tag_ == "VBD" for c in aux) or not aux and verb.dep_ == "ROOT")):  # ("Relations improved", read VBN)
        return False
    return between_people(tok, ctx) or _placed_with_person(tok, ctx)


def _placed_with_person(tok: Token, ctx: _Ctx) -> bool:
    """ "said on Thursday after talks in Lima with Foreign Minister X": a meeting noun with a place of its own ("in",
    "at") and a named person after "with"."""
    placed = any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                 for g in c.subtree)
    return placed and any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
                          for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree)


@cache
def _joint_outcome_verbs() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["joint_outcome_verbs"])


def _agreed_together(ctx: _Ctx, seen: set[int]) -> list[Event]:
    """ "Czech Prime Minister X and his Japanese counterpart agreed in Tokyo on Tuesday to work on a pact": a past
    ``joint_outcome_verbs`` verb whose subject joins a person to another party, with a place of its own ("in", "at"),
    is their meeting there that day, told (no talks noun needed).

    ctx (_Ctx): the doc's index. seen (set[int]): trigger tokens already read.
    RETURNS (list[Event]): those meetings, happened only.
    """
    out: list[Event] = []
    verbs = _joint_outcome_verbs()
    for tok in ctx.doc:
        if tok.i in seen or tok.tag_ != "VBD" or tok.lemma_.lower() not in verbs:
            continue
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subs or not subs[0].conjuncts or ctx.actors.get(subs[0].i) is None or ctx.actors[subs[0].i].kind != "person":
            continue
        if not any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                   for g in c.children):
            continue
        event = _build(tok, "meet", ctx)
        if event is not None and not event.counterparts:
            event = replace(event, counterparts=tuple(o for c in subs[0].conjuncts
                                                       if (o := _counterpart_office(c, event.actor)) is not None))
        if event is not None and event.status == "happened" and event.counterparts:
            out.append(event)
    return out


def _counterpart_office(tok: Token, person: ActorRef) -> ActorRef | None:
    """ "his Japanese counterpart" beside a titled person no name is given for: the office of that title in that
    country ("Prime Minister of Japan"), as the extractor names an office nobody named holds; None otherwise."""
    if tok.lower_ != "counterpart" or not person.title:
        return None
    country = next((c for t in tok.children if t.dep_ in ("amod", "compound") and (c := resolve_country(t.text))), None)
    if country is None:
        return None
    return ActorRef(f"{person.title} of {country}", "person", person.title, country, tok.idx, tok.idx + len(tok))


def _dated_meeting_at(tok: Token, ctx: _Ctx) -> bool:
    """ "The government approved a relief package at an extraordinary cabinet meeting on Friday": a meeting noun with
    no possessor after "at", under a verb told in the past, with a day of its own, was held then by the clause's
    subject."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at" or tok.pos_ != "NOUN" or tok.lower_ not in _lex().nouns \
            or _lex().nouns[tok.lower_]["action"] != "meet" or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    return _phrase_day(tok, ctx)


def _plural_subject(verb: Token, ctx: _Ctx) -> bool:
    """Whether a verb's subject names two or more parties: conjoined people ("X and Y"), or a group noun the actors
    resolve to a pair ("the two ministers")."""
    for sub in (c for c in verb.children if c.dep_ == "nsubj"):
        if sub.i in ctx.partners:
            return True
        people = {ref.name for t in (sub, *sub.conjuncts) for g in t.subtree
                  if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind in ("person", "country")}
        if len(people) >= 2 or sub.tag_ in ("NNS", "NNPS") and len(people) == 1 and any(
                (ref := ctx.actors.get(g.i)) is not None and ref.kind == "country" for g in sub.subtree):
            return True
    return False


def _outcome_talks(event: Event, tok: Token, ctx: _Ctx) -> Event:
    """The talks an outcome came from happened on the outcome verb's own day, unless their noun phrase has a day of its
    own ("after talks ... on Monday"); the plan cue "agreed to" is the outcome's, not the talks'."""
    verb = tok.head.head
    if verb.dep_ == "xcomp":
        verb = verb.head
    when, after = past_reading(event.date if _phrase_day(tok, ctx) else _date(verb, [verb], ctx), ctx.anchor)
    status = "uncertain" if after else "happened"
    codes = event_codes(event.action, status)
    parties = _subject_parties(verb, ctx) if tok.head.lower_ == "during" else []
    if len(parties) >= 2:  # "X and Y agreed ... during talks": the talks of the two, no one else's
        event = replace(event, actor=parties[0], counterparts=tuple(parties[1:]))
    return replace(event, date=when, status=status, refers_to_plan=False, cameo=codes.cameo, plover=codes.plover,
                   plover_mode=codes.mode, evidence=replace(event.evidence, status=status))


def _subject_parties(verb: Token, ctx: _Ctx) -> list[ActorRef]:
    """The parties a plural subject names: a group noun's pair, conjoined people, or "the foreign ministers of South
    Korea and Japan" (the holder of that office in each country: the person the article names with that title and
    country, else the office itself)."""
    for sub in (c for c in verb.children if c.dep_ == "nsubj"):
        if sub.i in ctx.partners and (first := ctx.actors.get(sub.i)) is not None and first is not ANONYMOUS:
            return [first, *ctx.partners[sub.i]]
        countries = [ref for p in sub.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree
                     if (ref := ctx.actors.get(g.i)) is not None and ref.kind == "country"]
        words = [t.text for t in sub.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ != "NORP"]
        title = parse_title(" ".join(w[:1].upper() + w[1:] for w in [*words, sub.text.removesuffix("s")])).title \
            if sub.tag_ == "NNS" else None
        if title is not None and len({c.name for c in countries}) >= 2:
            known = {(a.title, a.country): a for a in ctx.actors.values() if a is not ANONYMOUS and a.kind == "person"}
            out: list[ActorRef] = []
            for c in {c.name: c for c in countries}.values():
                out.append(known.get((title, c.name)) or ActorRef(f"{title} of {c.name}", "person", title, c.name, sub.idx, sub.idx + len(sub)))
            return out
        people = [ref for t in (sub, *sub.conjuncts) if (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS
                  and ref.kind == "person"]
        if len({p.name for p in people}) >= 2:
            return list({p.name: p for p in people}.values())
    return []


def _talks_at_destination(tok: Token, ctx: _Ctx) -> bool:
    """ "will travel to Manila for talks on Saturday with X": a meeting noun that is the aim ("for") of a journey, with
    its own day and its own partner ("with X"), is a meeting of its own (at the journey's end)."""
    trip = trip_of_aim(tok)
    if trip is None or tok.dep_ != "pobj" or tok.head.lower_ != "for" or trip.pos_ != "VERB":
        return False
    if _lex().nouns[tok.lower_]["action"] not in ("meet", "negotiate"):
        return False
    if (_lex().verbs.get(trip.lemma_.lower()) or {}).get("action") not in ("travel", "visit", "arrive"):
        return False
    if not any((x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
               for t in tok.subtree):
        return False  # "will travel to Moscow next month for talks with X": the aim of the trip, told with it
    return between_people(tok, ctx) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in c.subtree)
        for c in tok.children)


def _scheduled_for(tok: Token, ctx: _Ctx) -> bool:
    """ "the yearly Security Consultative Meeting (SCM) with Ahn, set for November 4": a dated plan participle in the noun's phrase."""
    for t in tok.subtree:
        if t.dep_ != "acl" or t.i <= tok.i or t.tag_ != "VBN" or not _cue_word(t):
            continue
        cur = t.head
        while cur.i != tok.i and not (cur.lower_ in _lex().nouns and cur.pos_ in ("NOUN", "PROPN")) and cur.head.i != cur.i:
            cur = cur.head
        if cur.i != tok.i:
            continue  # the participle of a nearer event noun: "the dialogue known as the SCM, scheduled for"
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "in"):
                if any((x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
                       and x.value not in _REF_VALUES for g in prep.subtree):
                    return True
    return False


def _topic_predicate(gov: Token) -> bool:
    """ "will focus on", "is expected to address", "was dominated by": a predicate about an event's topics."""
    topics = _lex().topics
    return gov.lemma_.lower() in topics or any(c.dep_ == "xcomp" and c.lemma_.lower() in topics for c in gov.children)


@cache
def _cue_lemmas() -> frozenset[str]:
    data = load_data("status_cues.json")
    words: set[str] = set()
    for key in ("planned", "postponed", "cancelled", "denied", "reject", "uncertain", "moved"):
        words.update(data[f"{key}_verbs"])  # "moved": "the drills have been moved to X" tells the plan, changed
    words.update(data["planned_adjectives"])
    return frozenset(words)


@cache
def _forward_particles() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_data("status_cues.json")["brought_forward_particles"].items()}


def _cue_word(tok: Token) -> bool:
    if (prts := _forward_particles().get(tok.lemma_.lower())) is not None:  # "has been brought forward to July 15"
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in prts for c in tok.children)
    return tok.lemma_.lower() in _cue_lemmas() or tok.lower_ in _cue_lemmas()


def _has_planning_cue(verb: Token) -> bool:
    nouns = set(load_data("status_cues.json")["planned_nouns"])
    for child in verb.children:
        if child.dep_ == "prep" and any(g.lower_ in nouns for g in child.children):
            return True
        if child.dep_ in ("acomp", "attr") and _cue_word(child):
            return True
    return False
