"""Events told again later in an article: a definite trip or meeting noun referring back to the trip told before
("The visit comes as ..."), a plan revised to a new day ("is now expected in Hanoi on Friday"), a postponement by a
length, and "The signing ceremony is set for Nov 9" dating the plan told before.
"""

from __future__ import annotations

from dataclasses import replace
import re
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span, Token

from ..model import PLANNED_DAY_NOTE, DateValue, Event
from .actor_mentions import ANONYMOUS
from .codes import event_codes
from .context import _Ctx, time_to_date
from .dates import dated_by_possessor, own_clause_day
from .nlp import load_data
from .objects import new_family
from .places import place_in
from .triggers import _lex
from .plan_cues import cue_word
from .status import denied_pronoun, negated, occurrence_verb, superseded_words
from .trigger_tokens import trigger_token


#: Families a bare "the trip"/"the visit" can refer back to.
TRIP_FAMILY = frozenset({"visit", "travel", "arrive"})
#: Per action of a definite event noun, the families of the article's event it can refer back to ("The meeting comes
#: ahead of ...": the talks of the visit told before).
_REFERRING = {"visit": TRIP_FAMILY, "meet": frozenset({"meet", "negotiate"}) | TRIP_FAMILY}
#: Per action of a definite event noun told as going on by a bare present predicate ("The summit comes as ..."), the
#: families of the article's earlier plan it can be a mention of.
_MENTIONED = {"attend": frozenset({"attend", "host", "hold", "meet"}) | TRIP_FAMILY, **_REFERRING}
#: Per action of a definite event noun set for a day, the families of the article's plan it can date ("X will host Y in
#: Berlin later this month. The meeting is scheduled for March 24": the hosting).
_SET_FOR = {"meet": frozenset({"meet", "negotiate", "host", "hold"}), "attend": frozenset({"attend", "host", "hold"})}
#: Determiners of an event noun that refers to an event of its own sentence ("no such trip", "the trip", "that visit").
REFERRING_DETS = frozenset({"the", "this", "that", "no", "such", "any"})


def trip_references(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Lu will travel to Hanoi on Thursday ... The trip comes weeks after ...", "... for talks with X. The meeting comes
    ahead of ...": a definite trip or meeting noun with no possessor,
    place or date of its own refers back to the article's trip told before it. While that trip is only planned, the
    noun tells nothing new (no event, rather than a visit of the last person named, a spokesperson); once it is under
    way ("arrived in Canberra on Wednesday ... The visit comes as"), it is that traveller's visit; a change of it ("The
    visit was called off") is that trip's change, at its place."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx)
        if tok is not None and _mentioned_plan(tok, ev, out):
            continue  # "Senegal will host X in Dakar on June 18 for a summit ... The summit comes as Senegal prepares to
            # renegotiate ...": the plan told again, nothing under way
        if tok is not None and (plan := _hosting_the_plan(tok, ev, out)) is not None:
            codes = event_codes(ev.action, "planned")
            out.append(replace(ev, status="planned", date=plan.date, place=ev.place or plan.place, cameo=codes.cameo,
                               plover=codes.plover, plover_mode=codes.mode, evidence=replace(ev.evidence, status="planned")))
            continue  # "X plans to attend a summit of Andean leaders in Lima on April 2. Peru is hosting the meeting":
            # the host of that plan, on its day, nothing under way today
        if tok is not None and tok.pos_ == "NOUN" and ev.action in _REFERRING and ev.place is None and not _own_day(tok, ev, ctx) \
                and any(c.dep_ in ("det", "amod", "predet") and c.lower_ in REFERRING_DETS for c in tok.children) \
                and not (ev.refers_to_plan and ev.status in ("cancelled", "postponed")
                         and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)) \
                and not any(c.dep_ == "poss" for c in tok.children) and any(
                    p.actor.name == ev.actor.name and p.action in _REFERRING[ev.action]
                    and (ptok := trigger_token(p, ctx)) is not None and ptok.i < tok.i
                    and (ptok.sent.start == tok.sent.start
                         or _no_such(tok) and _sentence_before(ptok, tok) and (
                             _denies_this(tok.sent) or p.status == "denied" and ev.status == "denied"))
                    for p in out):
            continue  # "denied that X would travel to Tehran, saying no such trip was planned": the travel itself; so is
            # '"No such meeting took place"' after "denied a report that X had met Y" (but
            # "was due to visit Rome in March, but the trip was called off" is that plan's change, below)
        if tok is not None and tok.pos_ == "NOUN" and ev.action in _REFERRING and ev.actor.kind != "person" \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "of") for c in tok.children) \
                and (trip := next((p for p in reversed(out) if p.action in _REFERRING[ev.action] and p.actor.name != ev.actor.name
                                   and p.evidence.trigger_start < ev.evidence.trigger_start), None)) is not None:
            # "X has put off her trip to Egypt, with the visit now expected on March 9": her trip, not a country or body
            # the sentence falls back on; in the trip's own sentence it is that trip, no second event
            if ev.plover == "REJECT" and ev.actor.kind == "group":
                continue  # "Opposition parties have threatened to boycott the session": the parties stay away from
                # X's meeting (no party to it); the meeting stands, no refusal of X's
            if trip.evidence.start != ev.evidence.start:
                out.append(replace(ev, actor=trip.actor, place=ev.place or trip.place,
                                   counterparts=tuple(c for c in ev.counterparts if c.name != trip.actor.name)))
            continue
        if tok is None or tok.pos_ != "NOUN" or ev.action not in _REFERRING or ev.place is not None or _own_day(tok, ev, ctx) \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "of", "to") for c in tok.children):
            out.append(ev)
            continue
        if any(p.action in _REFERRING[ev.action] and _retold_change(p, ev) and p.evidence.start < ev.evidence.start
               for p in out):
            continue  # "X has cancelled his visit to Brunei ... apologised for calling off the trip": told again
        trip = next((p for p in reversed(out) if (p.action in _REFERRING[ev.action] or _talks_away(p, ev))
                     and (not p.refers_to_plan or ev.status in ("planned", "uncertain") and not ev.refers_to_plan)
                     and p.evidence.start < ev.evidence.start), None)  # ("... has been postponed until October 21.
        # 'The visit has not been cancelled,' a spokesman said": the put-off visit told again)
        if ev.status in ("planned", "uncertain") and not ev.refers_to_plan and trip is not None \
                and trip.status in ("happened", "ongoing"):
            trip = next((p for p in reversed(out) if p.action in _REFERRING[ev.action] and p.status in ("planned", "postponed")
                         and p.evidence.start < ev.evidence.start), trip)  # ("X will visit Oman on March 16. Y visited
            # Tehran in February. 'The visit will open a new page'": the visit ahead, told again)
        if trip is None or trip.actor.name != ev.actor.name and _subject_before(tok, ev, ctx):
            out.append(ev)  # ("X had planned to visit the region, but the trip has been postponed": X's trip)
        elif trip.status in ("happened", "ongoing"):
            out.append(replace(ev, actor=trip.actor, counterparts=tuple(c for c in ev.counterparts if c.name != trip.actor.name)))
        elif ev.refers_to_plan and ev.status in ("cancelled", "postponed", "denied") and _other_place_between(trip, tok, ctx):
            out.append(ev)  # "... fly to Doha on Thursday. A third leg, to Muscat, ... asked for the visit to be pushed back"
        elif ev.refers_to_plan and ev.status in ("cancelled", "postponed", "denied") and _other_partner(trip, ev):
            out.append(ev)  # "Talks between X and Y will be held in Valletta ... The planned meeting with Prime Minister
            # Z has been dropped": another meeting, with Z
        elif ev.refers_to_plan and ev.status in ("cancelled", "postponed", "denied"):
            # "X will visit Athens on Friday. The visit was called off.": the planned trip's change, at its place
            out.append(replace(ev, actor=trip.actor, place=trip.place, counterparts=tuple(
                c for c in (*trip.counterparts, *ev.counterparts) if c.name != trip.actor.name)))
        # a planned trip told again ("The trip comes weeks after ..."): the noun is no new event
    return out


def _other_partner(trip: Event, ev: Event) -> bool:
    """trip (Event): the plan told before. ev (Event): a change told of a definite event noun. RETURNS (bool): the
    change names a person partner and the plan names others, none of them (another meeting of the same traveller)."""
    mine = {c.name for c in ev.counterparts if c.kind == "person"}
    theirs = {c.name for c in trip.counterparts if c.kind == "person"}
    return bool(mine) and bool(theirs) and not mine & theirs


def _no_such(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is written "no such" ("saying no such meeting was planned")."""
    return any(c.lower_ == "no" for c in tok.children) and any(c.lower_ == "such" for c in tok.children)


def _denies_this(sent: Span) -> bool:
    """sent (Span): a sentence. RETURNS (bool): a ``denied_verbs`` verb in it denies "this", "that" or "it" ("Her office
    denied this, saying no such meeting was planned"): the claim told just before, which the denial answers."""
    return any(denied_pronoun(t) is not None for t in sent)


def _sentence_before(earlier: Token, tok: Token) -> bool:
    """RETURNS (bool): ``earlier`` is in the sentence right before ``tok``'s."""
    start = tok.sent.start
    return start > 0 and earlier.sent.start == tok.doc[start - 1].sent.start


def _retold_change(p: Event, ev: Event) -> bool:
    """p (Event): an earlier change of a plan in the article. ev (Event): a definite trip noun's change ("apologised
    for calling off the trip"). RETURNS (bool): the same person's same change told again ("X has cancelled his visit to
    Brunei ... apologised for calling off the trip"): that trip, at its place."""
    return p.refers_to_plan and ev.refers_to_plan and p.status == ev.status and p.actor.name == ev.actor.name \
        and p.place is not None and not _other_partner(p, ev) and not (
            ev.action == "meet" and p.action != "meet" and any(c.kind == "person" for c in ev.counterparts)
            and not any(c.kind == "person" for c in p.counterparts))  # ("has cancelled his trip to Brazil ... The
    # planned meeting between X and President Y will not take place": the talks with Y, called off too)


def _talks_away(p: Event, ev: Event) -> bool:
    """p (Event): an earlier event of the article. ev (Event): a definite visit noun's event ("The visit is not
    cancelled"). RETURNS (bool): p is the same person's talks at a place, put off or planned, which the visit noun can
    name ("X's talks in Tunis have been postponed until April. 'The visit is not cancelled'": the trip for the talks)."""
    return ev.action == "visit" and p.action in ("meet", "negotiate") and p.place is not None \
        and p.actor.name == ev.actor.name and p.status in ("planned", "postponed", "uncertain")


def family_references(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The navies of India and Australia began joint exercises in the Bay of Bengal on Monday. The drills are being
    held off the port of Visakhapatnam": a bare definite noun of a family that names a thing ("the drills", "the
    strike"; no modifier, possessor, "of" or "by" phrase, no day of its own or one inside the told event's: "The drills,
    code-named X, will run from May 24 to May 28" after "will hold joint exercises later this month"), in a later
    sentence than the article's event of that family with the same actor, is that event told again: it takes its
    parties, day (unless its own is narrower) and place (the place first told stands), and its status when it says less ("uncertain", "planned" of an event under way). A change of
    a plan ("The drills were called off") is left to the store, which finds the plan it changes.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, such
    ones as the event they refer to."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx)
        if tok is not None and _stays_out(tok, ev, out):
            continue  # "The nurses' union called a strike from Monday. Doctors' unions said they would not join the
            # stoppage": the strike stands; the doctors take no part in it, no strike of theirs called off
        if tok is None or tok.pos_ != "NOUN" or not new_family(ev.action) or ev.refers_to_plan \
                or ev.status in ("cancelled", "postponed", "denied") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("amod", "compound", "poss", "nummod", "nmod") or c.dep_ == "prep" and c.lower_ in ("of", "by")
                       for c in tok.children):
            out.append(ev)
            continue
        told = next((p for p in reversed(out) if p.action == ev.action and p.actor.name == ev.actor.name
                     and p.evidence.start < ev.evidence.start and p.date.value is not None and not p.refers_to_plan), None)
        if told is None or ev.date.value is not None and not _narrows(ev.date, told.date):
            out.append(ev)
            continue
        if ev.status == "planned" and told.status in ("happened", "ongoing") and _ahead_of_article(ev, ctx):
            continue  # "agreed on Wednesday to a truce ... The truce is due to take effect on Saturday": the start of
            # what was agreed, neither a second truce nor a later day for the agreement
        status = told.status if ev.status in ("uncertain", "planned") and told.status in ("happened", "ongoing") \
            or ev.status == "uncertain" else ev.status
        out.append(replace(ev, counterparts=told.counterparts or ev.counterparts, date=ev.date if ev.date.value else told.date,
                           place=told.place or ev.place, status=status, what=told.what or ev.what,
                           evidence=replace(ev.evidence, status=status)))
    return out


def _stays_out(tok: Token, ev: Event, before: list[Event]) -> bool:
    """tok (Token): an event noun. ev (Event): its event. before (list[Event]): the article's events before it.
    RETURNS (bool): the noun is the definite object of a negated ``participant_verbs`` verb ("would not join the
    stoppage") after an event of its family by another actor: that one's event, which another party stays out of."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _lex().participant_verbs and negated(verb) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
        and any(p.action == ev.action and p.actor.name != ev.actor.name and p.evidence.start < ev.evidence.start
                for p in before)


def _ahead_of_article(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): a definite family noun's event told as planned. ctx (_Ctx): the doc's index. RETURNS (bool): its own
    day begins after the article's day (the event told before has not begun by then)."""
    span = ev.date.interval() if ev.date.value and ev.date.precision in ("day", "time") else None
    return ctx.anchor is not None and span is not None and span[0] > ctx.anchor


def _narrows(own: DateValue, told: DateValue) -> bool:
    """own (DateValue): the day a definite family noun gives ("The drills ... will run from May 24 to May 28"). told
    (DateValue): the day of the event told before ("later this month"). RETURNS (bool): the own days lie inside the
    told ones and are fewer: the noun tells the same event more exactly."""
    a, b = own.interval(), told.interval()
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1] and (a[1] - a[0]) < (b[1] - b[0])


def _other_place_between(trip: Event, tok: Token, ctx: _Ctx) -> bool:
    """trip (Event): the trip a definite trip noun would refer back to. tok (Token): the noun. ctx (_Ctx): the doc's
    context. RETURNS (bool): a place other than the trip's is named after the trip's sentence and before the noun ("A
    third leg, to Muscat, had been pencilled in for Saturday"), so "the visit" may be that place's: it is not the
    trip's."""
    if trip.place is None:
        return False
    end = len(trip.evidence.sentence) + trip.evidence.start
    return any(ref.name != trip.place.name and end <= ctx.doc[i].idx < tok.idx for i, ref in ctx.places.items()
               if ref.kind != "country" or trip.place.country != ref.name)


def _mentioned_plan(tok: Token, ev: Event, before: list[Event]) -> bool:
    """Whether an event read as going on from a definite noun with a bare present predicate ("The summit comes as",
    ``present_ongoing_predicates``; no possessor) is a mention of a plan the article told before it (a family of
    ``_MENTIONED``, planned, dated after the article, at the same place or one holding it, or with no place of either):
    the plan is still ahead, so nothing is under way.

    tok (Token): the event's trigger. ev (Event): the event. before (list[Event]): the article's events told so far."""
    if ev.status != "ongoing" or tok.pos_ != "NOUN" or ev.action not in _MENTIONED \
            or tok.dep_ != "nsubj" or tok.head.tag_ not in ("VBZ", "VBP") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
            or any(c.dep_ == "poss" for c in tok.children):
        return False
    anchor = tok.doc._.anchor if tok.doc.has_extension("anchor") else None

    def ahead(p: Event) -> bool:
        span = p.date.interval()
        return anchor is not None and span is not None and span[0] > anchor

    def here(p: Event) -> bool:
        return ev.place is None or p.place is None or ev.place.name == p.place.name or ev.place.name in p.place.within

    return any(p.status == "planned" and p.action in _MENTIONED[ev.action] and ahead(p) and here(p)
               and p.evidence.start < ev.evidence.start for p in before)


def _hosting_the_plan(tok: Token, ev: Event, before: list[Event]) -> Event | None:
    """tok (Token): the trigger of an undated hosting told as under way ("Peru is hosting the meeting"). ev (Event): its
    event. before (list[Event]): the article's events told so far. RETURNS (Event | None): the article's dated gathering
    plan its definite object ("the meeting", "the summit", no possessor) refers back to, else None."""
    if ev.action != "host" or ev.status != "ongoing" or ev.date.value is not None or tok.pos_ != "VERB" \
            or tok.tag_ != "VBG":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in _lex().nouns and not any(g.dep_ == "poss" for g in c.children)
               and any(g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in c.children) for c in tok.children):
        return None
    return next((p for p in reversed(before) if p.status == "planned" and p.date.value is not None
                 and p.action in _MENTIONED["attend"] and p.evidence.start < ev.evidence.start), None)


def _subject_before(tok: Token, ev: Event, ctx: _Ctx) -> bool:
    """Whether the event's own actor is the subject of a clause before the noun in its sentence ("Emperor X had planned
    to visit the region next week, but the trip was postponed"): the noun is that subject's plan."""
    return ev.actor.kind == "person" and any(
        t.dep_ in ("nsubj", "nsubjpass") and (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS
        and r.name == ev.actor.name for t in tok.sent if t.i < tok.i)


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
    """RETURNS (frozenset[str]): adverbs that mark a plan told at its new day (``revised_plan_adverbs``: "now")."""
    return frozenset(load_data("status_cues.json").get("revised_plan_adverbs", ()))


def revised_plans(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Rafael Moura's arrival in Vietnam has been delayed by a day ... The minister is now expected in Hanoi on
    Friday": a plan told with a ``revised_plan_adverbs`` adverb on its verb is the plan at its new day (refers_to_plan);
    a postponement of the same actor with no new date (or only the old plan's: "which had been due to begin next
    Monday", when the revised plan's days come after it) takes that plan's day when the plan's place is inside the
    postponed one; else, postponed "by" a length, the day of the article's own plan there moved by that length.

    RETURNS (list[Event]): the events, such ones marked and dated with a note.
    """
    words = _revision_adverbs()
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx)
        if ev.status == "planned" and not ev.refers_to_plan and tok is not None and ev.date.value is not None and any(
                c.dep_ == "advmod" and c.lower_ in words for h in (tok, tok.head) for c in h.children):
            ev = replace(ev, refers_to_plan=True)
        out.append(ev)
    if not any(ev.status == "postponed" for ev in out):
        return out
    out = _on_the_new_day(out, ctx)
    for k, ev in enumerate(out):
        if ev.status != "postponed" or not ev.refers_to_plan:
            continue

        def inside(o: Event, ev: Event = ev) -> bool:
            return ev.place is None or o.place is not None and (o.place.name == ev.place.name or place_in(o.place, ev.place))

        def told_again(o: Event, ev: Event = ev) -> bool:  # "the trip would now take place in the second half of April"
            tok = trigger_token(o, ctx)
            return o.place is None and o.action == ev.action and tok is not None and tok.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

        new = next((o for o in out if o.status == "planned" and o.refers_to_plan and o.actor.name == ev.actor.name
                    and (o.date.precision in ("day", "week", "month") if ev.date.value is None else _after(o.date, ev.date))
                    and o.evidence.start >= ev.evidence.start and (inside(o) or told_again(o))
                    and o.date.note != PLANNED_DAY_NOTE), None)  # (not "The trip, which had been set for Friday, will
        # be rescheduled for a later date": the day given up)
        if new is not None:
            out[k] = replace(ev, date=replace(new.date, note="the day of the revised plan told after it"))
            continue
        if ev.date.value is not None:
            continue
        tok = trigger_token(ev, ctx)
        if tok is not None and (later := _revised_day_of_referent(tok, ev.action, ctx)) is not None:
            out[k] = replace(ev, date=later)
            continue
        if tok is not None and _to_the_same_day(tok) and (same := next(
                (o.date for o in reversed(out[:k]) if o.status == "postponed" and o.date.value is not None
                 and o.evidence.start < ev.evidence.start), None)) is not None:
            out[k] = replace(ev, date=replace(same, note="the day of the postponement told before it"))
            continue
        length = _postponed_by(tok, ctx) if tok is not None else None
        base = next((iv for o in out if o.status == "planned" and not o.refers_to_plan and o.actor.name == ev.actor.name
                     and o.date.precision == "day" and inside(o) and (iv := o.date.interval()) is not None), None)
        if length is not None and base is not None:
            day = base[0] + timedelta(days=length)
            out[k] = replace(ev, date=DateValue(day.isoformat(), "day", ev.date.text, None,
                                                f"the plan's day {base[0].isoformat()} moved by {length} day(s)"))
    return out


def _on_the_new_day(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X's visit to Malawi has been postponed to March 17 ... X would travel to Lilongwe on the new date": an undated
    plan whose clause says "on" one of ``new_day_targets`` is on the new day of the nearest postponement of the same
    actor told before it (noted), and refers to that plan.

    RETURNS (list[Event]): the events, such plans dated."""
    phrases = _new_day_targets()
    out = list(events)
    for k, ev in enumerate(out):
        if ev.status != "planned" or ev.date.value is not None:
            continue
        tok = trigger_token(ev, ctx)
        if tok is None:
            continue
        head = tok if tok.dep_ not in ("xcomp", "conj") else tok.head
        words = " ".join(t.lower_ for t in head.subtree)
        if not any(f"on {phrase}" in words for phrase in phrases):
            continue
        day = next((o.date for o in reversed(out[:k]) if o.status == "postponed" and o.actor.name == ev.actor.name
                    and o.date.value is not None and o.date.precision == "day"
                    and o.evidence.start < ev.evidence.start), None)
        if day is not None:
            out[k] = replace(ev, date=replace(day, note="the new day of the postponement told before it"),
                             refers_to_plan=True)
    return out


@cache
def _new_day_targets() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): ``new_day_targets`` of ``status_cues.json`` ("the new date", "the new day")."""
    return tuple(load_data("status_cues.json")["new_day_targets"])


def _to_the_same_day(tok: Token) -> bool:
    """tok (Token): a postponement's trigger. RETURNS (bool): its sentence puts it off "to" or "until" one of
    ``same_day_targets`` ("has been put back to the same date")."""
    low = tok.sent.text.lower()
    return any(f"{prep} {phrase}" in low for prep in ("to", "until") for phrase in same_day_targets())


@cache
def same_day_targets() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): ``same_day_targets`` of ``status_cues.json`` ("the same date", "the same day")."""
    return tuple(load_data("status_cues.json")["same_day_targets"])


def _revised_day_of_referent(tok: Token, action: str, ctx: _Ctx) -> DateValue | None:
    """ "Namibia and Zambia have postponed the signing of a railway agreement ... The ceremony will now be held on
    October 8": in the sentence after a postponement with no new day, a definite noun that names the event (its
    family's trigger noun, or an occasion noun of that family: ``frame_nouns`` of ``occasions.json``) or "it", the
    subject of a verb with a ``revised_plan_adverbs`` adverb and a calendar day, tells the new day.

    tok (Token): the postponement's trigger. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): that day (noted), or None."""
    doc = tok.doc
    if tok.sent.end >= len(doc):
        return None
    nouns = _lex().nouns
    for verb in doc[tok.sent.end].sent:
        if not any(c.dep_ == "advmod" and c.lower_ in _revision_adverbs() for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not (subject.lower_ == "it" or any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and (
                nouns.get(subject.lower_, {}).get("action") == action or action in _frame_nouns().get(subject.lower_, ()))):
            continue
        for g in verb.subtree:
            x = ctx.times.get(g.i)
            if x is not None and x.type == "DATE" and g.i > verb.i and (day := time_to_date(x)).value \
                    and day.precision in ("day", "week", "month"):
                return replace(day, note="the new day told of it in the next sentence")
    return None


@cache
def _frame_nouns() -> dict[str, frozenset[str]]:
    """RETURNS: occasion nouns and the families of the event each may name (``frame_nouns`` of ``occasions.json``)."""
    return {noun: frozenset(families) for noun, families in load_data("occasions.json")["frame_nouns"].items()}


def _after(new: DateValue, old: DateValue) -> bool:
    """RETURNS (bool): every day of ``new`` comes after every day of ``old`` (a revised plan's September after the old
    plan's June 21: "has postponed her visit, which had been due to begin next Monday. She will now travel to Hanoi in
    September")."""
    a, b = new.interval(), old.interval()
    return a is not None and b is not None and a[0] > b[1]


def set_for_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "will fly to Seoul on Sunday to sign a digital trade agreement ... The signing ceremony with X is set for Nov 9":
    a definite event noun without a possessor (alone or naming its "ceremony"), the subject of a plan cue verb with a
    "for" day, is the article's planned event of that family told before it: that event is on that day, and a person
    in the noun phrase's "with" phrase is its counterpart. So is such a noun (or an ``occasion_referents`` noun, "The
    ceremony") told taking place or starting ahead ("The visit will take place on March 18 in Dodoma", "will begin on
    March 18", "is scheduled to start on October 19", also as the second verb of the noun: "will involve six
    warships and are scheduled to start on October 19"): the event told before takes its day and its place (a place
    inside its own, or where it had none). A
    ``plan_deciding_verbs`` passive with an "on" day ("The meeting was agreed on Monday") tells no event of its own.
    The noun's own event, if one was read, is dropped.

    RETURNS (list[Event]): the events, such ones dated or placed with a note.
    """
    lex = _lex()
    out = list(events)
    pronouns = {t.i for t in ctx.doc if t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") and t.sent.start > 0
                and _occurrence(t.head)}  # "The summit will be held in Nairobi ... It will still take place on Thursday"
    occasions = _occasion_referents()
    named = {t.i for t in ctx.doc if t.lower_ in occasions and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
             and _occurrence(t.head)}  # "... will sign a border agreement on Friday. The ceremony will take place in Juba"
    for i in sorted(ctx.trigger_ids | pronouns | named):
        tok = ctx.doc[i]
        pronoun = i in pronouns
        entry = {"action": "attend"} if pronoun else lex.nouns.get(tok.lower_) or (
            {"action": tok.lower_} if i in named else None)
        if entry is None or tok.pos_ != "NOUN" and not pronoun:
            continue
        head = tok.head if tok.dep_ == "compound" else tok
        verb = head.head
        if not cue_word(verb) and not _occurrence(verb) and (shared := next((
                c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and cue_word(c)
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)) is not None:
            verb = shared  # "The drills, named Southern Reef, will involve six warships and are scheduled to start on
            # October 19": the plan verb the noun is also the subject of
        # "The trip, tentatively pencilled in for April 21 and 22, would be ...": the plan participle on the noun
        told = next((a for a in head.children if a.dep_ == "acl" and a.tag_ == "VBN" and cue_word(a)), None)
        occurs = _occurrence(verb)  # "The visit will take place on Feb 10", "The talks will be held on May 3"
        start = next((x for x in verb.children if x.dep_ == "xcomp" and (occurrence_verb(x) or x.lemma_.lower() in
                                                                        _start_verbs())), None) if cue_word(verb) else None
        # ("are scheduled to start on October 19", "is set to take place in Juba": the day and place of the start)
        if head.dep_ not in ("nsubj", "nsubjpass") or not (cue_word(verb) or told is not None or occurs) \
                or any(c.dep_ == "poss" for c in head.children) \
                or not pronoun and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        if not cue_word(verb) and told is not None:
            verb = told
        if any(c.dep_ == "advmod" and c.lower_ in superseded_words() for c in verb.children):
            continue  # "The talks were originally set for March 18 in Batken": a plan given up, no day of the talks held
        days = [x for p in verb.children if p.dep_ == "prep" and (p.lower_ == "for" or occurs and p.lower_ == "on")
                for g in p.subtree
                if (x := ctx.times.get(g.i)) is not None and x.type == "DATE" and x.value
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)]
        days += [x for p in (start.children if start is not None else ()) if p.dep_ == "prep" and p.lower_ == "on"
                 for g in p.subtree if (x := ctx.times.get(g.i)) is not None and x.type == "DATE" and x.value
                 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)]
        sites = [spot for p in [*verb.children, *(start.children if start is not None else ())]
                 if (occurs or start is not None) and p.dep_ == "prep" and p.lower_ in ("in", "at")
                 for g in p.subtree if (spot := ctx.places.get(g.i)) is not None]  # "will take place in Juba"
        decided = not days and not sites and not occurs and head.dep_ == "nsubjpass" \
            and verb.lemma_.lower() in _deciding_verbs() and any(p.dep_ == "prep" and p.lower_ == "on" for p in verb.children)
        # ("The meeting was agreed on Monday": the day of the decision on the plan told before, not the event's)
        if not days and not sites and not decided:
            continue
        family = _REFERRING.get(entry["action"], frozenset()) if entry["action"] == "visit" \
            else occasions[tok.lower_] if i in named else _SET_FOR.get(entry["action"], frozenset({entry["action"]}))
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].action in family | {entry["action"]} and out[k].status == "planned"
                  and not out[k].refers_to_plan and out[k].evidence.start < tok.sent.start_char), None)
        if decided:
            if k is not None:
                plan = out[k]
                out = [o for o in out if o is plan or trigger_token(o, ctx) not in (tok, head)]
            continue
        if k is None or (pronoun or i in named) and out[k].evidence.start < ctx.doc[tok.sent.start - 1].sent.start_char:
            continue  # ("It will take place on Thursday": only of the gathering told in the sentence before)
        ev = out[k]
        when = ev.date
        if days:
            when = time_to_date(days[0])
            last = next((x for x in days if x.value and days[0].value and 0 < (date.fromisoformat(x.value) - date.fromisoformat(days[0].value)).days <= 6), None)
            if last is not None:
                when = replace(when, end_value=last.value, text=f"{days[0].text} and {last.text}")  # "April 21 and 22"
            if (own := trigger_token(ev, ctx)) is not None and own_clause_day(own, ev.date, ctx) \
                    and not _within(when, ev.date):
                continue  # "would meet on Wednesday ... The session was planned for April 9": its own day stands (a day
                # inside its own vaguer time, "later this month ... pencilled in for May 19 and 20", refines it)
            when = replace(when, note="the day it is set for" if pronoun else f"the day the {head.lower_} is set for")
        site = sites[0] if sites else None
        where = site if site is not None and (ev.place is None or place_in(site, ev.place)) else ev.place
        if not days and where is ev.place:
            continue  # a place of its own already, another one: no guess which stands
        people = [ref for p in head.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree
                  if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"]
        partners = tuple({c.name: c for c in (*ev.counterparts, *people) if c.name != ev.actor.name}.values())
        out[k] = replace(ev, counterparts=partners, date=when, place=where)
        out = [o for o in out if o is out[k] or trigger_token(o, ctx) not in (tok, head)]  # "The meeting is
        # scheduled for March 24" after a hosting: the hosting's day, no meeting of its own; "The visit will take
        # place in Dodoma": where the visit told before is, no visit of its own
    return out


def framed_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X spoke by phone with Y, his office said on Wednesday. During Tuesday's call, the two discussed ...": an event
    noun with a day as its possessor in a frame phrase ("during", "in", "at") of a later sentence is the article's
    undated event of that family told before it, which takes that day.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, such
    ones dated with a note."""
    lex = _lex()
    out = list(events)
    for i in sorted(ctx.trigger_ids):
        tok = ctx.doc[i]
        entry = lex.nouns.get(tok.lower_)
        if entry is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "in", "at"):
            continue
        owned = dated_by_possessor(tok, ctx)
        if owned is None or owned.precision != "day":
            continue
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].action == entry["action"] and out[k].date.value is None
                  and out[k].evidence.start < tok.sent.start_char), None)
        if k is not None:
            out[k] = replace(out[k], date=replace(owned, note=f"the day a later sentence gives the {tok.lower_}"))
    return out


@cache
def _occasion_referents() -> dict[str, frozenset[str]]:
    """RETURNS (dict[str, frozenset[str]]): ``occasion_referents`` of ``triggers.json``: nouns that are no event of their own
    but name the occasion of one told before ("The ceremony will take place in Juba"), with the families they can name."""
    return {w: frozenset(fams) for w, fams in load_data("triggers.json")["occasion_referents"].items()}


def _occurrence(verb: Token) -> bool:
    """verb (Token): the verb of an event noun subject. RETURNS (bool): it tells the event taking place, ahead (an
    ``occurrence_phrases`` verb, :func:`.status.occurrence_verb`: "will take place", "will be held", or its start: "will
    begin"): the day after its "on" is the event's."""
    ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children) \
        and not any(c.dep_ == "neg" or c.lower_ in ("longer", "never") for c in verb.children)  # (not "will no longer
    # be held on November 14": the old day)
    return ahead and (occurrence_verb(verb) or verb.lemma_.lower() in _start_verbs())


@cache
def _deciding_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``plan_deciding_verbs`` of ``triggers.json`` ("agree", "arrange")."""
    return frozenset(load_data("triggers.json")["plan_deciding_verbs"])


@cache
def _start_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``event_start_verbs`` of ``triggers.json`` ("begin", "start", "open")."""
    return frozenset(load_data("triggers.json")["event_start_verbs"])


def _within(inner: DateValue, outer: DateValue) -> bool:
    """inner, outer (DateValue): two dates. RETURNS (bool): whether ``inner``'s days all lie in ``outer``'s."""
    a, b = inner.interval(), outer.interval()
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


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
