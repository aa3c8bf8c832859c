"""Plan changes of a gathering: a postponed or cancelled summit moves everyone who was to take part.

"A summit that Malaysia was to host in Kuala Lumpur has been postponed to November" is
the host's plan change (``host`` by Malaysia, in Kuala Lumpur), and the same change
for every participant the article ties to that gathering: the subjects of "scheduled
to attend the summit" (each conjoined person), and the people invited to it ("had
invited X, Y and Z to the two-day meeting"). :func:`_gathering_changes` rewrites the
change event and returns one event per participant; a participant's own plan for the
gathering in the same article takes the change's status, date and place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..model import ActorRef, DateValue, Event, PlaceRef
from .arguments import _actors_in
from .codes import event_codes
from .context import _Ctx
from .nlp import load_data
from .occasions import another_occurrence
from .places import place_in
from .triggers import _LOC_PREPS, _lex

_CHANGES = frozenset({"postponed", "cancelled"})


@dataclass(frozen=True)
class _Gathering:
    change: Event
    noun: Token
    hosts: list[ActorRef]
    place: PlaceRef | None


def _trigger(ev: Event, ctx: _Ctx) -> Token | None:
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span.root if span is not None else None


def _gathering(tok: Token) -> bool:
    """ "summit", "forum", "talks", "meeting": an event noun one attends or meets at."""
    entry = _lex().nouns.get(tok.lower_)
    return entry is not None and entry["action"] in ("attend", "meet") and tok.pos_ in ("NOUN", "PROPN")


def _same_word(a: Token, b: Token) -> bool:
    return a.lower_.removesuffix("s") == b.lower_.removesuffix("s")


def _gathering_changes(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Spread a gathering's postponement or cancellation to its host and participants.

    events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events, with each change of a gathering noun ("the summit has been
        postponed") given to its host (``host``) and followed by an ``attend`` change per participant;
        participants' plans for that gathering in the article take the change's status and new date.
    """
    found: list[_Gathering] = []
    out: list[Event] = []
    for ev in events:
        tok = _trigger(ev, ctx) if ev.refers_to_plan and (ev.status in _CHANGES or ev.status == "planned"
                                                         and ev.date.value is not None) else None
        # (also a plan moved to a new day: "A meeting that Ghana was due to host in Accra on Tuesday will now open a
        # day later, on Wednesday": the host's plan, moved)
        if tok is None or tok.pos_ not in ("NOUN", "PROPN") or not _gathering(tok) or _own_withdrawal(tok):
            out.append(ev)  # ("X will skip the summit": X stays away; the summit and the others' plans stand)
            continue
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(
                (r := ctx.actors.get(t.i)) is not None and r.kind == "person" for t in c.subtree) for c in tok.children):
            out.append(ev)  # "A planned meeting with Prime Minister X has been dropped": a meeting with him, not the
            continue  # gathering of EU ministers another sentence tells
        if ev.status == "cancelled" and any(o is not ev and o.evidence.trigger_start == ev.evidence.trigger_start
                                            and o.status == "planned" for o in events):
            out.append(ev)  # "has moved next week's summit from Tamale to Accra": called off at the old place only,
            continue  # the guests' plans go with it to the new one
        if another_occurrence(tok):
            out.append(ev)  # "The last such summit, planned for 2020, was called off": another occurrence, whose change
            continue  # moves no one's plan for the coming one
        hosts, place = gathering_hosts(tok, ctx)
        place = ev.place or place
        gathering = _Gathering(ev, tok, hosts, place)
        found.append(gathering)
        if hosts:
            for host in hosts:
                out.append(_changed(ev, ev, "host", host, place))
        else:
            out.append(replace(ev, place=place))
    if not found:
        return events
    for g in found:
        taken = {h.name for h in g.hosts} | {e.actor.name for e in out if e.evidence.trigger_start == g.change.evidence.trigger_start}
        for i, ev in enumerate(out):
            if ev.action != "attend" or ev.refers_to_plan or ev.status not in ("planned", "uncertain") or not _attends(ev, g, ctx):
                continue
            out[i] = _changed(ev, g.change, "attend", ev.actor, ev.place or g.place, own=True)
            taken.add(ev.actor.name)
            for other in ev.counterparts:
                if other.kind == "person" and other.name not in taken:
                    taken.add(other.name)
                    out.append(_changed(ev, g.change, "attend", other, ev.place or g.place, own=True))
        for guest in _invited(g, ctx):
            if guest.name not in taken:
                taken.add(guest.name)
                out.append(_changed(g.change, g.change, "attend", guest, g.place))
    return out


def journey_purposes(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X has called off his trip to Lusaka for Friday's inauguration of Y": a ceremony noun told as the purpose of a
    changed journey ("for"/"to" on a trip noun) is no change of the ceremony (Y is still sworn in): the owner's event
    read off it is dropped, and the journey's traveller's event read off it is the traveller's attendance of it, with
    the journey's change.

    events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events so read.
    """
    out: list[Event] = []
    for ev in events:
        tok = _trigger(ev, ctx) if ev.refers_to_plan and ev.status in _CHANGES else None
        trip = tok.head.head if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") else None
        owned = _lex().nouns.get(tok.lower_, {}).get("owner_action") if tok is not None else None
        if trip is None or not owned or ev.action != owned or trip.pos_ != "NOUN" or trip.lower_ not in _lex().trip_nouns:
            out.append(ev)
            continue
        journey = next((e for e in events if _trigger(e, ctx) is not None and e.evidence.trigger_start == trip.idx
                        and e.status == ev.status), None)
        if journey is None:
            out.append(ev)
        elif ev.actor.name == journey.actor.name:
            codes = event_codes("attend", ev.status)
            out.append(replace(ev, action="attend", cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                               what=None, place=ev.place or journey.place))
    return out


def _own_withdrawal(tok: Token) -> bool:
    """tok (Token): a gathering noun of a change. RETURNS (bool): the change is one guest's staying away, told by a
    ``personal_withdrawal_verbs`` verb of which the noun is the object ("will skip the summit", "boycotted the talks",
    "pulled out of the forum"), not the gathering's own call-off."""
    verbs = frozenset(load_data("status_cues.json")["personal_withdrawal_verbs"])
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.pos_ == "NOUN" \
            and tok.head.head.lower_ in _lex().trip_nouns:
        return True  # "has called off his trip to the summit": his journey, not the summit (others still go)
    gov = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    while gov is not None and gov.pos_ == "ADP" and gov.dep_ in ("prep", "prt") and gov.head.i != gov.i:
        gov = gov.head  # ("pulled [out [of the coronation]]": the parser's preposition chain)
    return gov is not None and gov.pos_ == "VERB" and gov.lemma_.lower() in verbs


def _changed(ev: Event, change: Event, action: str, actor: ActorRef, place: PlaceRef | None, own: bool = False) -> Event:
    """``ev`` as ``actor``'s plan change of the gathering: the change's status and (new) date, ``place``."""
    codes = event_codes(action, change.status)
    when = change.date if change.date.value is not None or not own else ev.date
    counterparts = tuple(c for c in ev.counterparts if c.name != actor.name and c.kind != "person") if own else ()
    evidence = replace(ev.evidence, status=change.status)
    return replace(ev, action=action, actor=actor, counterparts=counterparts, place=place, date=when, status=change.status,
                   cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode, evidence=evidence, refers_to_plan=True)


def gathering_hosts(noun: Token, ctx: _Ctx) -> tuple[list[ActorRef], PlaceRef | None]:
    """Who hosts a gathering and where, from its own clause: "a summit that Malaysia was to host in Kuala Lumpur",
    "the forum hosted by Kenya in Nairobi"."""
    verbs = _lex().host_verbs
    members = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for clause in (*noun.children, *(c for m in members for c in m.children if c.dep_ == "relcl")):
        # ("a special meeting of Southeast Asian economy ministers that Malaysia was due to host": the parser hangs the
        # gathering's clause on its members)
        if clause.dep_ not in ("relcl", "acl"):
            continue
        misparsed = [g for a in clause.children if a.dep_ == "acomp" for p in a.children if p.dep_ == "prep"
                     and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]  # "that Barbados was due to host in
        # Bridgetown": the parser's noun "host" after "due to"
        for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp"), *misparsed):
            if verb.lemma_.lower() not in verbs:
                continue
            subjects = [c for c in (clause, verb) for c in c.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            hosts = [a for s in subjects for a in _actors_in(s, ctx)]
            return hosts, _where(verb, ctx)
    return [], None


def _where(verb: Token, ctx: _Ctx) -> PlaceRef | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _LOC_PREPS:
            for t in prep.subtree:
                if (ref := ctx.places.get(t.i)) is not None:
                    return ref
    return None


def _attends(ev: Event, g: _Gathering, ctx: _Ctx) -> bool:
    """Whether an attend event is about the changed gathering: its trigger or object is the same gathering word."""
    tok = _trigger(ev, ctx)
    if tok is None:
        return False
    if ev.place is not None and g.place is not None and not (place_in(ev.place, g.place) or place_in(g.place, ev.place)):
        return False  # "has cancelled the meeting in Calgary. X will attend a G7 meeting in Evian": another gathering
    if _same_word(tok, g.noun):
        return not _another(tok)
    return any(c.dep_ in ("dobj", "pobj", "prep") and any(_same_word(t, g.noun) and not _another(t) for t in c.subtree)
               for c in tok.children)


def _another(noun: Token) -> bool:
    """noun (Token): a gathering word. RETURNS (bool): it names a gathering of its own, not one told before: "a",
    "an", "another" or "other" before it ("will instead attend a G7 meeting")."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in ("a", "an", "another", "other") for c in noun.children)


def _invited(g: _Gathering, ctx: _Ctx) -> list[ActorRef]:
    """People the article says were invited to the gathering: "had invited X, Y and Z to the two-day meeting"."""
    lex = _lex()
    found: list[ActorRef] = []
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.invite_verbs:
            continue
        to = [g2 for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g2 in c.children if g2.dep_ == "pobj"]
        if not any(_gathering(t) for t in to):
            continue  # an invitation to a gathering of the article (one gathering is the usual case)
        for obj in tok.children:
            if obj.dep_ == "dobj":
                found += [a for a in _actors_in(obj, ctx) if a.kind == "person"]
    return found


def kept_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X did not attend the council session, after the meeting was postponed to next week": a negated attendance (or
    meeting, or visit) whose only day is written inside another verb's clause that postponed or moved something has no
    day of its own: the new day is the gathering's, not the day X stayed away. Such an event keeps no date (the
    original day, when the article tells it elsewhere, is the plan's).

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, such a cancelled event's date dropped (with a note).
    """
    cues = load_data("status_cues.json")
    moving = frozenset(cues["postponed_verbs"]) | frozenset(cues["moved_verbs"])
    out: list[Event] = []
    for ev in events:
        span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end) \
            if ev.action in ("attend", "meet", "visit") and ev.status == "cancelled" and ev.date.value and ev.date.text else None
        verb = span.root if span is not None else None
        if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children):
            out.append(ev)
            continue
        at = ev.evidence.sentence.find(ev.date.text)
        word = ctx.doc.char_span(ev.evidence.start + at, ev.evidence.start + at + len(ev.date.text), alignment_mode="expand") if at >= 0 else None
        up = word.root if word is not None else None
        mover = None
        while up is not None and up.i != verb.i and up.head.i != up.i:
            if up.pos_ == "VERB" and up.lemma_.lower() in moving:
                mover = up
            up = up.head
        if mover is None or up is None or up.i != verb.i:
            out.append(ev)
            continue
        out.append(replace(ev, date=DateValue(None, "unknown", "", note=f"'{ev.date.text}' is the new day of what was "
                                                                           f"{mover.text}, not this event's")))
    return out
