"""Places a plan no longer holds at: "will visit Bengaluru rather than Mumbai", "has been moved from Lagos to
Abuja": the same event there, cancelled.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import UNKNOWN_DATE, Event, PlaceRef, told_late
from .actor_lexicon import lexicon
from .back_references import same_day_targets
from .codes import event_codes
from .context import _Ctx, time_to_date
from .dates import _occasion_nouns
from .nlp import load_data
from .places import resolve_place, settlement_nouns
from .status import subjectless_conjuncts
from .tour_legs import leg_noun
from .plans import conjoined_start_day, relative_plan_clause
from .triggers import _lex, ends_replaced_phrase


def replaced_places(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "will visit Bengaluru rather than Mumbai", "talks in Bengaluru instead of in Mumbai": a place after a
    ``replaced_place_phrases`` phrase in the event's clause is where the plan the event replaces was: the same event
    there is cancelled, a change of that plan (the store merges it into the plan it cancels); so is a plan to be held
    remotely ("will be held online rather than in Vienna", a ``remote_words`` word in the clause, no place of its
    own)."""
    if event.refers_to_plan or event.status not in ("planned", "happened", "ongoing"):
        return []
    clause = {t.i for t in tok.subtree}
    if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
        clause |= {t.i for t in tok.head.head.subtree} if tok.dep_ == "pobj" else {t.i for t in tok.head.subtree}
    elif tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        clause |= {t.i for t in tok.head.subtree}  # "The fisheries summit ... will be held in Zagreb rather than in Dakar"
    if event.place is None and (event.status != "planned" or not any(tok.doc[i].lower_ in _lex().remote_words for i in clause)):
        return []  # (a plan with no place of its own replaces one elsewhere only when held remotely: "will be held
        # online rather than in Vienna"; talks that "went ahead by video link instead of in Valletta" are the plan held)
    out: list[Event] = []
    for t in tok.sent:
        if t.i not in clause or not ends_replaced_phrase(t):
            continue
        heads = [g for g in t.children if g.dep_ == "pobj"]
        heads += [g for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        j = t.i + 1 + (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("in", "to", "at"))
        heads += [t.doc[j]] if j < t.sent.end else []  # read on the surface too: the parser hangs "of Mumbai" anywhere
        place = next((ctx.places[g.i] for g in heads if g.i in ctx.places), None)
        if place is None or event.place is not None and place.name == event.place.name:
            continue
        codes = event_codes(event.action, "cancelled")
        when = UNKNOWN_DATE if event.status == "happened" and told_late(event.evidence.sentence) else event.date
        # ("met on Tuesday in X, a day later than scheduled and rather than in Y as first planned": the plan at Y was
        # on another day, which the store keeps)
        out.append(replace(event, place=place, date=when, status="cancelled", refers_to_plan=True, cameo=codes.cameo,
                           plover=codes.plover, plover_mode=codes.mode, evidence=replace(event.evidence, status="cancelled")))
    return out


def conjoined_venue(tok: Token, event: Event, ctx: _Ctx) -> tuple[Event, list[Event]]:
    """ "A visit to Ivory Coast by X that had been planned for Tuesday has been pushed back to Thursday and will take
    place in Yamoussoukro rather than Abidjan": an event noun, the subject of a change of day, whose verb is joined by
    "and" to a verb of taking place ("take place", "be held") at a place, is put off to that place; the place after a
    ``replaced_place_phrases`` phrase there is the plan's old one, called off (its day the plan's: unknown here).

    tok (Token): the trigger. event (Event): its event. ctx (_Ctx): the doc's index.
    RETURNS (tuple[Event, list[Event]]): the event at its new place and the call-off at the old one, or the event
        unchanged and nothing."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or event.status not in ("postponed", "planned") \
            or event.status == "planned" and not event.refers_to_plan:
        return event, []
    verb = tok.head
    for held in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not (held.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in held.children)
                or held.lemma_.lower() == "hold" and any(c.dep_ == "auxpass" for c in held.children)):
            continue
        new = next((ctx.places[g.i] for p in held.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                    for g in p.children if g.dep_ == "pobj" and g.i in ctx.places), None)
        if new is None or event.place is not None and new.name == event.place.name:
            continue
        moved = replace(event, place=new)
        out: list[Event] = []
        for t in held.subtree:
            if not ends_replaced_phrase(t):
                continue
            old = next((ctx.places[g.i] for g in t.doc[t.i + 1 : min(t.i + 3, held.sent.end)] if g.i in ctx.places), None)
            if old is not None and old.name != new.name:
                codes = event_codes(event.action, "cancelled")
                out.append(replace(event, place=old, date=UNKNOWN_DATE, status="cancelled", refers_to_plan=True,
                                   cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                                   evidence=replace(event.evidence, status="cancelled")))
        return moved, out
    return event, []


@cache
def moved_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs that move a plan elsewhere (``moved_verbs`` in ``status_cues.json``)."""
    return frozenset(load_data("status_cues.json")["moved_verbs"])


def moved_from(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "The meeting ... has been moved from Lagos to Abuja": a plan moved (``moved_verbs``) away from a place in the
    verb's "from" phrase no longer holds there: the same event at the old place is cancelled, a change of that plan (as
    with "rather than Lagos"), beside the plan at its new place. Moved "to" a place with no "from" ("would move the rally
    to Ankara instead"), the call-off has no place."""
    if event.status in ("happened", "planned") and event.place is not None and not event.refers_to_plan \
            and (beside := _moved_beside(tok, event, ctx)):
        return beside
    if event.status == "happened" and event.place is not None:
        return _held_after_move(tok, event, ctx)
    if not event.refers_to_plan or event.status not in ("planned", "postponed") or event.place is None:
        return []  # ("has been pushed back to Thursday and moved from Vienna to Salzburg": put off and moved)
    verb = leg if (leg := leg_noun(tok)) is not None and leg.i != tok.i else tok  # ("The final leg of the president's
    # visit has been moved from Hamburg to Munich": the leg is what was moved)
    for _ in range(4):  # ("Next week's round of talks ... has been moved": talks, of, round, moved)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in moved_verbs():
            break
        if verb.i != tok.i and (mover := next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                               and c.lemma_.lower() in moved_verbs()), None)) is not None:
            verb = mover  # "has been pushed back to Thursday and moved from Vienna to Salzburg": the move joined to the
            break  # change of day
        if verb.head.i == verb.i:
            return []
        verb = verb.head
    else:
        return []
    holders = (verb, tok) if tok.i != verb.i and tok.head.i == verb.i else (verb,)  # ("Togo has moved the summit
    # from Lome to Kara": the parser may hang "from" on the thing moved)
    old = next((ref for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children if g.dep_ == "pobj" and (ref := _settlement_of(g, ctx) or ctx.places.get(g.i)
                                                             or _named_place(g)) is not None),
               None) or _subject_place(verb, event, ctx)
    to_place = any(ref.name == event.place.name for ref in _to_places(verb, ctx))
    if old is None and not to_place or old is not None and old.name == event.place.name:
        return []  # (an old place not named: "would move Saturday's rally to Ankara instead": the plan, wherever it
        # was, is called off there; the store finds it, or drops the call-off when it knows no such plan)
    codes = event_codes(event.action, "cancelled")
    when = UNKNOWN_DATE if conjoined_start_day(verb, ctx) is not None or event.status == "postponed" else event.date
    # ("moved from X to Y and will now begin on April 27", "pushed back to Thursday and moved from X to Y": the new day
    # is the new plan's, not the old one's)
    return [replace(event, place=old, status="cancelled", cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                    date=when, evidence=replace(event.evidence, status="cancelled"))]


def _to_places(verb: Token, ctx: _Ctx) -> list[PlaceRef]:
    """verb (Token): a ``moved_verbs`` verb. ctx (_Ctx): the doc's index. RETURNS (list[PlaceRef]): the places after
    its "to", also when the parser hung "to" on its "from" ("has been moved from Quito to Guayaquil")."""
    holders = [verb, *(p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from")]
    objects = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj"]
    named = [n for g in objects if g.i not in ctx.places and g.lower_ in settlement_nouns() for p in g.children
             if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"]  # "moved ... to the port city
    # of [Guayaquil]"
    named += [n for g in objects if g.i not in ctx.places and g.lower_ in settlement_nouns() for n in g.children
              if n.dep_ in ("appos", "compound") and n.i > g.i]  # "moved to the political capital [Yamoussoukro]"
    found = [ctx.places.get(g.i) or _named_place(g) for g in (*objects, *named)]
    return [ref for ref in found if ref is not None]


def _settlement_of(word: Token, ctx: _Ctx) -> PlaceRef | None:
    """word (Token): the object of a move's "from". RETURNS (PlaceRef | None): the place of its "of" phrase when the
    word is a settlement noun ("moved from the Kazakh city of Almaty": Almaty), else None."""
    if word.lower_ not in settlement_nouns():
        return None
    return next((ref for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and (ref := ctx.places.get(g.i) or _named_place(g)) is not None), None)


def _named_place(word: Token) -> PlaceRef | None:
    """word (Token): the object of a move's "from". RETURNS (PlaceRef | None): the city or country a proper name there
    is in the gazetteer, though the recognizer took it for something else ("moved the summit from [Almaty]ORG to the
    capital Astana"), at the word's offsets; else None."""
    if word.pos_ != "PROPN" or word.ent_type_ in ("PERSON", "DATE", "TIME"):
        return None
    ref = resolve_place(word.text)
    if ref is None or ref.kind not in ("city", "country"):
        return None
    return replace(ref, start=word.idx, end=word.idx + len(word))


def _subject_place(verb: Token, event: Event, ctx: _Ctx) -> PlaceRef | None:
    """ "The meeting of EU farm ministers planned for Riga on May 10 has been moved to Tallinn", "Tamm's visit to Riga
    has been moved to Valmiera": with no "from" phrase, a place inside the moved plan's own subject phrase (other than
    its new place) is where the plan was.

    verb (Token): the ``moved_verbs`` verb. event (Event): the plan at its new place. ctx (_Ctx): the doc's index.
    RETURNS (PlaceRef | None): the old place, or None."""
    assert event.place is not None
    holder = verb
    if holder.dep_ == "conj" and not any(c.dep_ in ("nsubjpass", "nsubj") for c in holder.children):
        holder = holder.head  # "A meeting ... that was to be held in Tunis has been postponed and moved to X"
    for subject in holder.children:
        if subject.dep_ in ("nsubjpass", "nsubj"):
            for g in subject.subtree:
                ref = ctx.places.get(g.i)
                if ref is not None and ref.name != event.place.name and g.dep_ == "pobj" \
                        and g.head.lower_ in ("to", "in", "for", "at"):
                    return ref
    return None


def moved_plan(tok: Token, event: Event, ctx: _Ctx) -> Event:
    """ "Tamm's visit to Riga, planned for May 10, has been moved to Valmiera": an event noun that is the subject of a
    ``moved_verbs`` verb with a place after "to" is the plan at that new place (planned, a change of the plan), not at
    the place its own phrase names (the old one, which :func:`moved_from` calls off). Its day stays the plan's unless
    the move names a new one.

    tok (Token): the trigger. event (Event): its event. ctx (_Ctx): the doc's index.
    RETURNS (Event): the event at its new place, or the event unchanged."""
    if tok.pos_ != "NOUN" or event.status not in ("planned", "happened", "postponed"):
        return event
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.tag_ == "VBN" and verb.dep_ == "nsubjpass":
        verb = verb.head  # "Tamm's visit to Riga planned for May 10 has been moved to X": the parser's subject chain
    elif tok.dep_ not in ("nsubj", "nsubjpass"):
        return event
    if verb.pos_ == "VERB" and verb.lemma_.lower() not in moved_verbs():
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"] if event.status == "postponed" \
            else subjectless_conjuncts(verb)
        verb = next((c for c in joined if c.lemma_.lower() in moved_verbs()), verb)  # "has been pushed back by two
        # days and moved to Kara": put off and moved; "The talks were planned for Tuesday in Lautoka but were moved to
        # Nadi": planned, and moved
    elif event.status == "postponed":
        return event
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in moved_verbs():
        return event
    new = next(iter(_to_places(verb, ctx)), None)
    if new is None or event.place is not None and event.place.name == new.name:
        return event
    status = "postponed" if event.status == "postponed" else "planned"
    codes = event_codes(event.action, status)
    return replace(event, place=new, status=status, refers_to_plan=True, cameo=codes.cameo, plover=codes.plover,
                   plover_mode=codes.mode, evidence=replace(event.evidence, status=status),
                   moved_from=event.place)  # ("visit to Riga" moved to Valmiera: from Riga; "visit to Togo" moved to
    # Kara: from wherever in Togo the stored plan was)


def instead_of_plan(tok: Token, event: Event, ctx: _Ctx) -> tuple[Event, list[Event]]:
    """ "A meeting of ... ministers that was due to be held in Samarkand on Thursday will take place in Doha instead,
    on the same day": an event noun whose relative clause tells its plan at another place, the subject of a verb with
    "instead" or "now" ("set for March 12 in Dubrovnik, would now take place in Split"), is the plan at its new place; the plan at the old place, on the clause's day, is called off. "On the
    same day" (``same_day_targets``) gives the new plan that day too.

    tok (Token): the trigger. event (Event): its event. ctx (_Ctx): the doc's index.
    RETURNS (tuple[Event, list[Event]]): the event (dated when "the same day" says so) and the call-off, or the event
    and nothing."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if event.place is None or event.status not in ("planned", "happened") or verb is None \
            or not any(c.dep_ == "advmod" and c.lower_ in ("instead", "now") for c in verb.children) \
            or (clause := relative_plan_clause(tok)) is None:
        return event, []
    old = next((ctx.places[g.i] for g in clause.subtree if g.i in ctx.places and g.dep_ == "pobj"
                and g.head.lower_ in ("in", "at", "for")), None)  # ("planned for Rome on Thursday")
    new = next((ctx.places[g.i] for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                for g in p.children if g.dep_ == "pobj" and g.i in ctx.places), None)
    if new is not None and old is not None and new.name != old.name:
        event = replace(event, place=new)  # "A meeting ..., set for March 12 in Dubrovnik, would now take place in
        # Split": the verb's own place is the plan's new one, not the place its clause names
    if old is None or event.place is None or old.name == event.place.name:
        return event, []
    day = next((time_to_date(x) for g in clause.subtree if (x := ctx.times.get(g.i)) is not None
                and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"), UNKNOWN_DATE)
    if event.date.value is None and day.value is not None \
            and any(f"on {phrase}" in tok.sent.text.lower() for phrase in same_day_targets()):
        event = replace(event, date=replace(day, note="the same day as the plan it replaces"))
    codes = event_codes(event.action, "cancelled")
    return event, [replace(event, place=old, date=day, status="cancelled", refers_to_plan=True, cameo=codes.cameo,
                           plover=codes.plover, plover_mode=codes.mode, evidence=replace(event.evidence, status="cancelled"))]


def _moved_beside(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "The signing was moved from Wellington to Auckland because of a storm. Montt and Tane signed the accord in
    Auckland on Wednesday": a sentence next to the event's whose verb (``moved_verbs``) has a noun of the event's family
    as its subject, a place after "from" other than the event's, and the event's place (or none) after "to", tells the
    plan the event replaces: the same event at the old place is cancelled, its day unknown. An occasion noun ("The
    ceremony had been moved from Wellington") is any event's; "the talks" a hosted meeting's too.

    tok (Token): the event's trigger. event (Event): a placed event told as done or planned. ctx (_Ctx): the doc's
    index. RETURNS (list[Event]): that call-off, or nothing."""
    assert event.place is not None
    sent = tok.sent
    doc = tok.doc
    nearby = ([doc[sent.start - 1].sent] if sent.start > 0 else []) + ([doc[sent.end].sent] if sent.end < len(doc) else [])
    nouns = _lex().nouns
    wanted = {event.action, "meet"} if event.action == "host" else {event.action}  # "The talks have been moved": a
    # hosted meeting's
    for other in nearby:
        for verb in other:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in moved_verbs() or not any(
                    c.dep_ in ("nsubjpass", "nsubj") and (nouns.get(c.lower_, {}).get("action") in wanted
                                                          or c.lower_ in _occasion_nouns())
                    for c in verb.children):
                continue
            places = {p.lower_: ctx.places[g.i] for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "to")
                      for g in p.children if g.dep_ == "pobj" and g.i in ctx.places}
            old, new = places.get("from"), places.get("to")
            if old is None or old.name == event.place.name or new is not None and new.name != event.place.name:
                continue
            codes = event_codes(event.action, "cancelled")
            return [replace(event, place=old, status="cancelled", refers_to_plan=True, cameo=codes.cameo,
                            plover=codes.plover, plover_mode=codes.mode, date=UNKNOWN_DATE,
                            evidence=replace(event.evidence, status="cancelled"))]
    return []


def _held_after_move(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "Torres and Quiroga met in Arequipa on Thursday, after the talks were moved from Lima": an event that took place,
    whose verb has a clause where an event noun (or "it", or an occasion framing it: "the ceremony") was moved (``moved_verbs``) from another place, no longer
    held there: the same event at the old place is cancelled, a change of the plan the store knows there (its day
    unknown: the plan may have had another)."""
    verb = _change_verb(tok)
    if verb is None:
        return []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "conj") or clause.pos_ != "VERB" or clause.lemma_.lower() not in moved_verbs() \
                or not any(c.dep_ in ("nsubjpass", "nsubj") and (c.lower_ in lexicon().trigger_words or c.lower_ == "it"
                                                                  or c.lower_ in _occasion_nouns()) for c in clause.children):
            continue
        old = next((ref for p in clause.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                    if g.dep_ == "pobj" and (ref := _settlement_of(g, ctx) or ctx.places.get(g.i)) is not None), None)
        # ("moved from the Kazakh city of Almaty": Almaty)
        if old is None or event.place is None or old.name == event.place.name:
            return []
        codes = event_codes(event.action, "cancelled")
        return [replace(event, place=old, status="cancelled", refers_to_plan=True, cameo=codes.cameo, plover=codes.plover,
                        plover_mode=codes.mode, date=UNKNOWN_DATE, evidence=replace(event.evidence, status="cancelled"))]
    return []


@cache
def _venue_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs that tell where a changed plan now takes place (``venue_verbs`` in
    ``occasions.json`` and ``moved_verbs``)."""
    return frozenset(load_data("occasions.json")["venue_verbs"]) | moved_verbs()


def _change_verb(tok: Token) -> Token | None:
    """tok (Token): a trigger. RETURNS (Token | None): the verb of its own clause (itself, or the verb a noun is the
    subject or object of)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ == "VERB":
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def moved_venues(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "A summit ... that was scheduled for April 20 in Arusha has been postponed to May 11 and will now be held in
    Kigali": a postponed event whose change verb has a conjoined ``venue_verbs`` verb with a place after "in", "at" or
    "to" is postponed to that place (its old place is the plan's, told by the store's earlier reports).

    events (list[Event]): the article's events. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events, such postponements at their new place.
    """
    out: list[Event] = []
    for ev in events:
        if ev.status == "postponed":
            span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
            verb = _change_verb(span.root) if span is not None else None
            if verb is not None:
                mates = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
                place = next((ctx.places[t.i] for m in mates if m.pos_ == "VERB" and m.lemma_.lower() in _venue_verbs()
                              for p in m.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "to")
                              for g in p.children if g.dep_ == "pobj" for t in g.subtree if t.i in ctx.places), None)
                # ("moved to the High Court in Pretoria": the court's city)
                if place is not None and (ev.place is None or ev.place.name != place.name):
                    ev = replace(ev, place=place, moved_from=ev.place or place)  # (the old place, when the article
                    # does not tell it, is the stored plan's: the store's fold takes it from there)
        out.append(ev)
    return out


def moves_told_done(events: list[Event]) -> list[Event]:
    """ "held talks in Santa Cruz on Wednesday, a day later than planned, after the meeting was moved from La Paz": a
    plan moved with no new place or day of its own, told in a sentence that tells an event of its action held at a
    place, is that event (moved there and held), no plan of its own.

    events (list[Event]): the article's events. RETURNS (list[Event]): the events without such moves."""
    held = {(ev.evidence.start, ev.action) for ev in events if ev.status == "happened" and ev.place is not None}
    return [ev for ev in events if not (
        ev.status == "planned" and ev.refers_to_plan and ev.place is None and ev.date.value is None
        and (ev.evidence.start, ev.action) in held)]


