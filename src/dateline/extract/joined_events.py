"""Events told again: taking part in an event told before, and signing a text whose signing was told before.

"Philippine and Australian warships will hold joint naval exercises in the
South China Sea from July 6 to July 11. Two Australian frigates will take part in the drills off Palawan."

The second sentence tells no event of its own when its party is already one of the exercise's: the frigates are
Australia's share of the drills. A party the earlier event does not name ("Japan will take part in the drills") does
attend, at the place and on the days of that event when its own sentence gives none. "X and Y signed the accord"
after "A and B signed a free trade agreement on Tuesday in Cebu" is that signing's day and place; "Chile and New
Zealand signed an agreement" beside "Chilean Foreign Minister X and her New Zealand counterpart Y signed the pact" is
the ministers' signing told of their states.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import DateValue, Event
from .back_references import TRIP_FAMILY, _within
from .context import _Ctx
from .crowds import crowd_words, dateline_country
from .dates import own_clause_day
from .nlp import load_data
from .trigger_tokens import trigger_token
from .venues import _to_place
from .triggers import _lex, ends_replaced_phrase

__all__ = ["joined_events"]

#: Families an attendance cannot take part in as another event (an attendance of a summit is the summit's own).
_OWN_FAMILIES = frozenset({"attend", "meet", "hold", "visit", "travel", "arrive"})


def _joined_family(tok: Token) -> str | None:
    """tok (Token): an attendance trigger ("take", "join", "participate").
    RETURNS (str | None): the family of the definite event noun it takes part in ("take part in the drills": exercise;
        "joined the strike": protest), None when it names none or one of ``_OWN_FAMILIES``."""
    for g in tok.subtree:
        if g.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in g.children):
            continue
        action = (_lex().nouns.get(g.lower_) or {}).get("action")
        if isinstance(action, str) and action not in _OWN_FAMILIES:
            return action
    return None


def joined_events(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, in order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, without an attendance of an event told before it (the last earlier event of the
    family its definite noun names) whose actor is already that event's actor or counterpart; another attendance of it
    takes that event's place and date when it has none of its own."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action == "attend" else None
        family = _joined_family(tok) if tok is not None else None
        target = next((e for e in reversed(out) if e.action == family and e.evidence.start < ev.evidence.start), None) \
            if family else None
        if target is not None:
            if ev.actor.name in {target.actor.name, *(c.name for c in target.counterparts)}:
                continue  # "Two Australian frigates will take part in the drills": Australia's share of its drills
            ev = replace(ev, place=ev.place or target.place, date=ev.date if ev.date.value else target.date)
        out.append(ev)
    return _hosted_talks(_participle_of_act(_purpose_of_meeting(_crowd_told_again(_on_the_day_of(_states_as_their_people(
        _during_the_trip(_ceremony_held(_signed_again(out, ctx), ctx), ctx), ctx), ctx)), ctx), ctx), ctx)


def _hosted_talks(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X will meet his counterpart Y in Antananarivo on Thursday. Y would host the talks at the ministry": a host verb
    whose object is a definite meeting noun ("the talks", "the meeting") and that names no person hosted is the host's
    side of the meeting told last before it with the host as a party (or, for a state or body that hosts, of people's
    meeting told last before it: "The United Arab Emirates hosted the meeting"): its other people are the guests, and
    its day and place stand where the hosting has none (a body named only in the hosting's place phrase is no guest)."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action == "host" and not any(c.kind == "person" for c in ev.counterparts) else None
        talks = next((c for c in tok.children if c.dep_ == "dobj" and _lex().nouns.get(c.lower_, {}).get("action") == "meet"
                      and any(d.dep_ == "det" and d.lower_ in ("the", "their", "these") for d in c.children)), None) \
            if tok is not None and tok.pos_ == "VERB" else None
        met = next((e for e in reversed(out) if talks is not None and e.action == "meet" and e.status == ev.status
                    and (ev.actor.name in {e.actor.name, *(c.name for c in e.counterparts)}
                         or ev.actor.kind in ("country", "org") and e.actor.kind == "person")), None)
        # ("X and Y met in Abu Dhabi on Thursday ... The United Arab Emirates hosted the meeting": a third state hosts
        # the talks told before, its guests both sides)
        if met is not None:
            guests = tuple(p for p in (met.actor, *met.counterparts) if p.name != ev.actor.name)
            ev = replace(ev, counterparts=guests, date=ev.date if ev.date.value else met.date,
                         place=ev.place if ev.place is not None and ev.place.kind != "site" else met.place or ev.place)
        out.append(ev)
    return out


def _participle_of_act(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The truck drivers' union staged a 24-hour strike on Monday, blocking access roads to the port of Valparaiso":
    an event whose trigger is a participle clause (no subject of its own) on the verb of another event of the same
    actor, action, status and day tells how that act went: no event of its own; its place goes to that event when it
    has none. So does a conjoined verb with no subject or day of its own ("would begin a strike on Thursday and block
    highways").

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events without such participles."""
    tokens = [trigger_token(ev, ctx) for ev in events]
    verbs = [t if t is None or t.pos_ in ("VERB", "AUX") or t.dep_ not in ("dobj", "nsubjpass") else t.head
             for t in tokens]
    out = list(events)
    dropped: set[int] = set()
    for k, ev in enumerate(events):
        tok = tokens[k]
        participle = tok is not None and tok.tag_ == "VBG" and tok.dep_ == "advcl"
        conjunct = tok is not None and tok.pos_ == "VERB" and tok.dep_ == "conj"  # "would begin an indefinite strike on
        # Thursday and block highways around Asuncion": the strike's own acts, no second protest
        if tok is None or not (participle or conjunct) or any(c.dep_.startswith("nsubj") for c in tok.children):
            continue
        main = next((j for j, (other, verb) in enumerate(zip(events, verbs)) if j != k and j not in dropped
                     and verb is not None and verb.i == tok.head.i and other.actor.name == ev.actor.name and other.action == ev.action
                     and (other.status == ev.status or conjunct and {other.status, ev.status} <= {"planned", "uncertain"})
                     and (other.date.value == ev.date.value or conjunct and ev.date.value is None)), None)
        if main is None:
            continue
        if {c.name for c in ev.counterparts} - {c.name for c in out[main].counterparts}:
            continue  # "to hold talks with Premier X and to meet President Y": another meeting, with another person
        if ev.place is not None and (whole := out[main].place) is not None and whole.kind == "region" \
                and ev.place.kind != "region":
            continue  # "will tour South America from April 6 to 10, visiting Colombia, Ecuador and Peru": the legs of
            # the tour, each a visit of its own
        dropped.add(k)
        if out[main].place is None and ev.place is not None:
            out[main] = replace(out[main], place=ev.place)
    return [ev for k, ev in enumerate(out) if k not in dropped]


def _day_of_noun(tok: Token) -> Token | None:
    """tok (Token): an event's trigger. RETURNS (Token | None): the event noun of an "on the day of the vote" phrase of
    the trigger (or of the verb its noun hangs on): "day" with "the", its "of" object a noun with "the" or a
    possessor."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") else tok
    for holder in {tok, verb}:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "on":
                continue
            for day in prep.children:
                if day.dep_ != "pobj" or day.lower_ != "day" or not any(c.lower_ == "the" for c in day.children):
                    continue
                for of in day.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        return next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                                     and any(c.dep_ in ("det", "poss") for c in g.children)), None)
    return None


#: Families an event noun's family may be stored as: a court's "ruling" (noun family verdict) told by "will rule".
_DAY_OF_KIN = {"verdict": {"verdict", "ruling"}}


def _on_the_day_of(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Lawmakers will vote on the law on June 17. Opposition parties said they would hold a rally outside parliament
    on the day of the vote.": an undated event told "on the day of" a definite event noun is on the day of the event of
    that noun's family the article dates to one day (the last told before it, else the first after)."""
    out = list(events)
    for k, ev in enumerate(out):
        if ev.date.value is not None or (tok := trigger_token(ev, ctx)) is None or (noun := _day_of_noun(tok)) is None:
            continue
        family = (_lex().nouns.get(noun.lower_) or {}).get("action")
        kin = _DAY_OF_KIN.get(str(family), {family})
        dated = [e for e in out if e is not ev and e.action in kin and e.date.precision == "day" and e.date.value]
        other = next((e for e in reversed(dated) if e.evidence.start <= ev.evidence.start), None) or next(iter(dated), None)
        if other is not None:
            out[k] = replace(ev, date=replace(other.date, text=f"the day of the {noun.text}",
                                              note=f"the day of the {other.action} event it is told on"))
    return out


#: Families whose event a purpose infinitive's event takes its parties and place from ("will meet X in Bamako on
#: Friday to sign a pact": the signing with X, in Bamako).
_PURPOSE_HOSTS = frozenset({"meet", "visit", "travel", "host"})


def _purpose_of_meeting(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Kollie will meet Sangare in Bamako on Friday to sign a security pact": an event told by the purpose infinitive
    of a meeting's or journey's verb, with no other party or no place of its own, has the meeting's (its people; its
    place), as it has its day."""
    by_trigger = {e.evidence.trigger_start: e for e in events}
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx)
        if tok is not None and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and ev.action not in _PURPOSE_HOSTS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            host = by_trigger.get(tok.head.idx)
            if host is not None and host.action in _PURPOSE_HOSTS and host.actor.name == ev.actor.name \
                    and host.status == ev.status:
                people = tuple(c for c in host.counterparts if c.kind == "person")
                ev = replace(ev, counterparts=ev.counterparts or people, place=ev.place or host.place)
        out.append(ev)
    return out


#: Statuses of a crowd's event that tell the same moment: ahead (a plan) or done.
_AHEAD = frozenset({"planned", "uncertain"})


def _crowd_told_again(events: list[Event]) -> list[Event]:
    """ "The opposition alliance will hold a protest rally in Kathmandu next Monday ... Gurung said tens of thousands of
    supporters would march from Ratna Park to the parliament building.": a crowd's event with neither day nor place
    (its actor one of the family's ``crowd_families`` words), told after a dated event of the same family and the same
    time (both ahead or both done), is that event told again: no event of its own."""
    out: list[Event] = []
    for ev in events:
        if ev.date.value is None and ev.place is None and ev.actor.name.lower() in crowd_words(ev.action) \
                and any(e.action == ev.action and e.date.value is not None and e.evidence.start < ev.evidence.start
                        and (e.status in _AHEAD) == (ev.status in _AHEAD) and e.status not in ("cancelled", "postponed", "denied")
                        for e in out):
            continue
        out.append(ev)
    return out


def _told_as_another(ev: Event, ctx: _Ctx) -> bool:
    """RETURNS (bool): the event's verb has "also" or "separately" ("also inked a deal"): another act than one told."""
    tok = trigger_token(ev, ctx)
    return tok is not None and any(c.dep_ == "advmod" and c.lower_ in ("also", "separately") for c in tok.children)


#: Families whose event two states' people do as their states' act ("Chile and New Zealand signed an agreement").
_STATE_ACTS = frozenset({"sign", "meet", "host"})


def _states_as_their_people(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Chile and New Zealand signed an agreement on Wednesday ... Chilean Foreign Minister X and her New Zealand
    counterpart Y signed the pact at the Auckland War Memorial Museum.": an act of two states (a country actor with a
    country counterpart) that their people are told to do in the same article (a person of one state, the dateline's
    when no nationality is told, whose other side fits the states' by :func:`_sides_fit`; same status, no other day:
    "Bolivia and Peru signed ... Peruvian Foreign Minister X and Bolivian Foreign Minister Y signed the accord",
    "Thailand and Laos will sign a power trade agreement ... Energy Minister X and his Lao counterpart are expected to
    sign the deal") is their act told again: it becomes a report of the people's event (their names, the place either
    gives), which the store joins; the states' call-off of the same trigger at an old place (a move held elsewhere) is
    that person's too, with no partner. Not an act told as another ("The two countries also inked a deal on the
    boundary"). Talks of two states are the talks one state's person hosts with the other's ("Talks between the
    foreign ministers of A and B will be held in Mbabane on Tuesday. Foreign Minister X will receive his counterpart Y")."""
    home = dateline_country(ctx)
    people = [(e, e.actor.country or home) for e in events if e.actor.kind == "person" and e.action in _STATE_ACTS
              and (e.actor.country or home)]  # (a minister with no country of his own under the dateline: its state's)
    if not people:
        return events
    visitors = {e.actor.name for e in events if e.action in _VISITOR_ACTS and e.status in ("happened", "ongoing")
                and e.place is not None and home is not None and home in (e.place.name, e.place.country, *e.place.within)}
    out: list[Event] = []
    told_as: dict[tuple[int, str, str], Event] = {}  # (trigger, action, state) of each states' act told again -> the
    # people's event it became
    for ev in events:
        other = {c.name for c in ev.counterparts if c.kind == "country"}
        states = {ev.actor.name, *other} if ev.actor.kind == "country" else set()
        guest = states - {home} if len(states - {home}) == 1 else set()  # ("Ethiopia and Djibouti signed ... Prime
        # Minister Abiy landed in Djibouti": a visitor under the dateline is the other state's, not the dateline's)
        match = next((replace(p, actor=replace(p.actor, country=next(iter(guest)) if mine == home and not p.actor.country
                                                and p.actor.name in visitors and guest else mine))
                      for p, mine in people
                      if ev.actor.kind == "country" and (ev.action == p.action or (ev.action, p.action) == ("meet", "host"))
                      and ev.status == p.status and other and mine in (ev.actor.name, *other)
                      and _sides_fit({ev.actor.name, *other}, mine, p, ev)
                      and _days_fit(ev, p)), None)
        if match is not None and not _told_as_another(ev, ctx):
            sides = tuple(c for c in (ev.actor, *ev.counterparts) if c.name != match.actor.country)
            told_as[(ev.evidence.trigger_start, ev.action, ev.actor.name)] = match
            ev = replace(ev, actor=match.actor, counterparts=match.counterparts or sides, place=ev.place or match.place,
                         date=_narrower(ev.date, match.date))  # (with no person of the other side told, its state)
        out.append(ev)
    return [replace(ev, actor=signer.actor, counterparts=())
            if ev.status == "cancelled" and ev.actor.kind == "country"
            and (signer := told_as.get((ev.evidence.trigger_start, ev.action, ev.actor.name))) is not None else ev
            for ev in out]  # ("Australia and the UAE signed the pact in Abu Dhabi, after the ceremony was moved from
    # Dubai. Trade Minister X and Y put their signatures to it": the call-off at the old place, of the same trigger, is
    # that person's plan too, whoever it was with, so the store reads one signing moved)


#: Acts by which a person is a visitor where they take place.
_VISITOR_ACTS = frozenset({"visit", "arrive", "travel"})


def _days_fit(told: Event, people: Event) -> bool:
    """RETURNS (bool): the states' act and the people's are on no other day: either has none, they are the same, or
    one holds the other ("will sign an electricity agreement later this month ... the deal would be signed on
    September 24 by her and her Lao counterpart")."""
    return told.date.value is None or people.date.value is None or told.date.value == people.date.value \
        or _within(people.date, told.date) or _within(told.date, people.date)


def _narrower(a: DateValue, b: DateValue) -> DateValue:
    """RETURNS (DateValue): of two dates that fit (:func:`_days_fit`), the one with days, the narrower when both have."""
    if not a.value:
        return b
    ia, ib = a.interval(), b.interval()
    return b if b.value and ia is not None and ib is not None and (ib[1] - ib[0]) < (ia[1] - ia[0]) else a


def _sides_fit(states: set[str], mine: str, people: Event, told: Event) -> bool:
    """states (set[str]): the states' act's two sides. mine (str): the person's state. people (Event): the people's act.
    told (Event): the states' act. RETURNS (bool): no counterpart of the people's act belongs to another state, and
    either their states are the two sides, or the people's act is told after the states' with its other side's state
    unknown ("Energy Minister X and his Lao counterpart", "held talks with Prime Minister Y")."""
    known = {c.country or c.name for c in people.counterparts if c.country or c.kind == "country"}
    return known <= states and (states <= {mine, *known} or people.evidence.start > told.evidence.start)


@cache
def _signing_referents() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: the ``ceremony_nouns`` and ``text_nouns`` of ``signing_referents`` in ``occasions.json``."""
    data = load_data("occasions.json")["signing_referents"]
    return frozenset(data["ceremony_nouns"]), frozenset(data["text_nouns"])


def _signed_again(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The EU and the Philippines signed a free trade agreement on Tuesday at a summit held in Cebu. X and Y signed
    the accord at a ceremony attended by Z.": a signing of a definite text with no day (or place) of its own (none
    written in its clause) is the
    signing told last before it in the article, on its day and at its place; so is a signing told with "also" ("The
    two countries also inked a deal on ..."). An attendance of the ceremony of that sentence with no day takes the day
    too."""
    out = list(events)
    for k, ev in enumerate(out):
        if ev.action != "sign" or (tok := trigger_token(ev, ctx)) is None \
                or ev.date.value is not None and own_clause_day(tok, ev.date, ctx):
            continue  # (a day of its own stands; one lent by the sentence before, "arrived on Thursday ... The accord
            # was signed by the two leaders", does not)
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _signing_referents()[1] and any(d.dep_ == "det" and d.lower_ == "the"
                                                                        for d in c.children) for c in tok.children) \
                and not any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children):
            continue  # (neither "signed the accord" nor "also inked a deal on the boundary": the same occasion)
        earlier = next((e for e in reversed(out[:k]) if e.action == "sign" and e.date.value is not None
                        and e.evidence.start < ev.evidence.start), None)
        if earlier is None:
            continue
        out[k] = replace(ev, date=earlier.date, place=ev.place or earlier.place)
        for j, other in enumerate(out):
            if other.action == "attend" and other.evidence.start == ev.evidence.start and other.date.value is None:
                out[j] = replace(other, date=earlier.date)  # "at a ceremony attended by Z": that day
    return out




def _ceremony_held(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Indonesia and the EU signed a trade agreement on Thursday. The ceremony was held in Strasbourg rather than in
    Brussels as first planned.": a sentence that tells no event of its own and whose subject is the definite ceremony
    (or signing) held (or taking place) at a place gives the signing told in the sentence before it that place; a place
    after a ``replaced_place_phrases`` phrase there is where the plan was: the same signing there is called off, a
    change of that plan (as :func:`.replaced_places.replaced_places` reads it)."""
    if not events or not ctx.doc.has_annotation("DEP"):
        return events  # (a blank pipeline has no sentences)
    told = {e.evidence.start for e in events}
    out = list(events)
    for sent in ctx.doc.sents:
        if sent.start_char in told or sent.start == 0:
            continue
        verb = sent.root
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in _signing_referents()[0] or verb.lemma_.lower() not in ("hold", "take") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue
        before = ctx.doc[sent.start - 1].sent.start_char
        k = next((j for j in range(len(out) - 1, -1, -1) if out[j].action == "sign" and out[j].evidence.start == before
                  and out[j].place is None and out[j].status == "happened"), None)
        if k is None:
            continue
        marks = [t.i + 1 + (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("in", "to", "at")) for t in sent
                 if ends_replaced_phrase(t)]
        old = next((p for j in marks if j < sent.end and (p := ctx.places.get(j)) is not None), None)
        new = next((p for t in sent if t.i not in marks and (p := ctx.places.get(t.i)) is not None
                    and (old is None or p.name != old.name)), None)
        if new is None:
            continue
        signing = out[k]
        out[k] = replace(signing, place=new)
        if old is not None and old.name != new.name:
            out.append(replace(signing, place=old, status="cancelled", refers_to_plan=True,
                               evidence=replace(signing.evidence, status="cancelled")))
    return out




def _of_days(noun: Token) -> bool:
    """noun (Token): a trip noun. RETURNS (bool): a count of more than one is among its modifiers ("the three-day trip",
    "the 2-day visit"; not "the one-day visit")."""
    return any(t.like_num and t.lower_ not in ("one", "1") for c in noun.children if c.dep_ in ("amod", "compound", "nummod")
               for t in c.subtree)


def _during_the_trip(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Foreign Minister X will travel to Hanoi next Tuesday. Trade Minister Y is expected to sign a coffee agreement
    during the visit.": an undated event told "during the visit" (a definite trip noun with no possessor or phrase of
    its own, "the one-day visit", "the official visit", but not "the three-day trip", whose days are several) is on
    the day of the journey the article told last before it (with none, of the last placed and dated event the actor
    takes part in: a visitor's meeting), and at its place when it has none of its own (also when
    the trip's frame dated it already: "will visit Ecuador on June 15 ... During the visit, Varga will sign a border
    agreement" is in Ecuador)."""
    out = list(events)
    for k, ev in enumerate(out):
        if ev.date.value is not None and ev.place is not None or (tok := trigger_token(ev, ctx)) is None:
            continue
        frame = next((t for t in tok.sent if t.lower_ in _lex().trip_nouns and t.dep_ == "pobj" and t.head.lower_ == "during"
                      and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                      and not any(c.dep_ == "poss" or c.dep_ == "prep" and (c.lower_ != "to" or _to_place(t, ctx) is None)
                                  for c in t.children)
                      and not _of_days(t)), None)
        if frame is None:
            continue
        stop = _to_place(frame, ctx)
        # ("During the one-day trip to Chisinau": the trip to Moldova told before, at its stop there)
        trips = [e for e in reversed(out[:k]) if e.action in TRIP_FAMILY and e.date.value is not None
                 and e.evidence.start < ev.evidence.start and e.status in ("planned", "ongoing", "happened")
                 and (stop is None or e.place is not None and (e.place.name == stop.name or e.place.name in stop.within))
                 and not (ev.status in ("planned", "uncertain") and e.status == "happened")]
        # (a plan is told during a trip still ahead, never one done: "will travel to Mexico City ... X last visited Mexico
        # in 2025. She is also expected to meet business leaders during the visit": her trip)
        trip = next((e for e in trips if e.actor.name == ev.actor.name), None) or next(iter(trips), None)
        if trip is None and ev.date.value is None:  # "X and Y will meet in Tallinn on Friday. Y will also meet business
            # leaders during the visit": Y's stay there for the meeting told last before it
            trip = next((e for e in reversed(out[:k]) if e.date.value is not None and e.place is not None
                         and e.evidence.start < ev.evidence.start and e.status in ("planned", "ongoing", "happened")
                         and ev.actor.name in {e.actor.name, *(c.name for c in e.counterparts)}), None)
        if trip is None or ev.date.value is not None and ev.date.value != trip.date.value:
            continue
        if ev.date.value is not None:
            if trip.place is not None and trip.place.kind != "site":
                out[k] = replace(ev, place=trip.place)  # (not an outing to a site: "will travel to the Joint Security
                # Area ... expected to meet President Lee during the trip")
            continue
        out[k] = replace(ev, date=replace(trip.date, note="the day of the visit it is told during"),
                         place=ev.place or stop or trip.place)
    return out

