"""A meeting told with a second partner in a conjoined phrase of its own place and day: "X will hold talks with the
Japanese prime minister in Tokyo on June 9 and with South Korean President Y in Seoul on June 11", "will meet Z in
Tokyo on June 9 and Y in Seoul on June 11". Each such partner is a meeting of its own, there and then, never a second
party of the first meeting.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from ..model import DateValue, Event
from .context import _Ctx, time_to_date
from .timex.lexicon import load_lexicon
from .trigger_tokens import trigger_token

__all__ = ["partner_legs", "repair_partner_legs"]

#: Families whose partners may each be met apart.
_CONTACT = frozenset({"meet", "negotiate"})
#: Entity labels of the words that may open a second partner's title ("South Korean Foreign Minister").
_TITLE_LABELS = frozenset({"", "NORP", "GPE"})


def _ent_at(doc: Doc, i: int, label: str) -> Span | None:
    """RETURNS (Span | None): the entity of that label starting at token ``i``, else None."""
    tok = doc[i] if 0 <= i < len(doc) else None
    if tok is None or tok.ent_iob_ != "B" or tok.ent_type_ != label:
        return None
    return next((e for e in doc.ents if e.start == i), None)


def _hang(tok: Token, head: Token, dep: str) -> None:
    """Set a token's head and relation (nothing when that would make the head its own descendant)."""
    if tok.i != head.i and not tok.is_ancestor(head):
        tok.head, tok.dep_ = head, dep


def repair_partner_legs(doc: Doc) -> None:
    """Re-read "will meet X in Beijing on Monday and [South Korean Foreign Minister] Y in Seoul on Wednesday" (also
    "talks with X ... and with Y ...") as two partners, the second with its own place and day, in place: after a
    person object (of a verb or of "with"), an optional "in" place, a day after "on", then "and", title words, a
    person, "in" a place and "on" a day, the second
    person is a conjunct of the first holding its place and day, and the first day hangs on the first's "on" (the
    small parser hangs the second person on the first day's preposition, or the first day on the second person).
    :func:`partner_legs` then makes it a meeting of its own.

    doc (Doc): a parsed doc with entities. RETURNS (None)."""
    for first in doc.ents:
        root = first.root
        if first.label_ != "PERSON" or root.dep_ not in ("dobj", "pobj"):
            continue
        i = first.end
        if i < len(doc) and doc[i].lower_ in ("in", "at") and (gpe := _ent_at(doc, i + 1, "GPE")) is not None:
            i = gpe.end
        if i >= len(doc) or doc[i].lower_ != "on" or (day := _ent_at(doc, i + 1, "DATE")) is None:
            continue
        on_first, i = doc[i], day.end
        if i >= len(doc) or doc[i].lower_ != "and":
            continue
        cc, j = doc[i], i + 1
        again = doc[j] if j < len(doc) and doc[j].lower_ == "with" and root.dep_ == "pobj" else None  # ("and with Y")
        j += 1 if again is not None else 0
        while j < len(doc) and doc[j].ent_type_ in _TITLE_LABELS and doc[j].ent_type_ != "PERSON" \
                and (doc[j].pos_ in ("PROPN", "ADJ") or doc[j].ent_type_) and j - i <= 6:
            j += 1
        second = _ent_at(doc, j, "PERSON")
        if second is None or second.end + 1 >= len(doc) or doc[second.end].lower_ not in ("in", "at") \
                or (place := _ent_at(doc, second.end + 1, "GPE")) is None:
            continue
        k = place.end
        later = _ent_at(doc, k + 1, "DATE") if k < len(doc) and doc[k].lower_ == "on" else None
        if later is None:
            continue
        partner, anchor = second.root, root
        _hang(day.root, on_first, "pobj")
        if on_first.head.i >= i:
            _hang(on_first, anchor.head if anchor.dep_ == "dobj" else anchor.head.head, "prep")
        for t in doc[i + 1 + (again is not None): second.start]:
            _hang(t, partner, "amod" if t.pos_ == "ADJ" else "compound")
        for t in second:
            if t.i != partner.i:
                _hang(t, partner, "compound")
        if again is not None:  # "with X ... and with Y": the second "with" a conjunct of the first
            _hang(again, anchor.head, "conj")
            _hang(partner, again, "pobj")
            _hang(cc, anchor.head, "cc")
        else:
            _hang(partner, anchor, "conj")
            _hang(cc, anchor, "cc")
        _hang(doc[second.end], partner, "prep")
        _hang(place.root, doc[second.end], "pobj")
        _hang(doc[k], partner, "prep")
        _hang(later.root, doc[k], "pobj")


def _own_leg(partner: Token, trigger: Token, ctx: _Ctx, others: frozenset[int] = frozenset()) -> Token | None:
    """The conjunct or prepositional phrase, between the partner and the trigger's clause, that holds the partner and a
    place and a day of its own (its own "in Seoul", "on June 11"), else None; never one that also holds another
    partner (token indices ``others``: "with X in Beijing on Monday and Y in Seoul on Wednesday" is no leg of X's)."""
    cur = partner
    while cur.i != trigger.i and cur.head.i != cur.i:
        if cur.dep_ in ("conj", "prep"):
            own = list(cur.subtree)
            if any(t.i in others for t in own):
                return None
            if any(ctx.places.get(t.i) for t in own) and any(
                    (x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") for t in own):
                return cur
        cur = cur.head
    return None


def partner_legs(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, a meeting's partner told in a conjoined phrase with its own place and day taken
    out of it and made a meeting of its own (same actor and status) at that place on that day."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action in _CONTACT and len(ev.counterparts) > 1 else None
        if tok is None:
            out.append(ev)
            continue
        kept, legs = [], []
        leg_tokens: set[int] = set()
        spans = {c.name: ctx.doc.char_span(c.start, c.end, alignment_mode="expand") if 0 <= c.start < c.end else None
                 for c in ev.counterparts}
        for c in ev.counterparts:
            span = spans[c.name]
            others = frozenset(t.i for n, o in spans.items() if n != c.name and o is not None for t in o)
            leg = _own_leg(span.root, tok, ctx, others) if span is not None else None
            if leg is None:
                kept.append(c)
                continue
            place = next((p for t in leg.subtree if (p := ctx.places.get(t.i)) is not None), None)
            when = next((time_to_date(x) for t in leg.subtree
                         if (x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME")), ev.date)
            if (place.name if place else None) == (ev.place.name if ev.place else None) and when.value == ev.date.value:
                kept.append(c)  # "with X and Y in Vienna on June 15": the same meeting
                continue
            legs.append(replace(ev, counterparts=(c,), place=place, date=when))
            leg_tokens.update(t.i for t in leg.subtree)
        if legs and kept:
            own = ev.date
            if any(leg.date.value == ev.date.value for leg in legs):
                own = _day_outside(tok, leg_tokens, ctx) or ev.date  # ("talks with X in Beijing on Monday and Y in Seoul
                # on Wednesday": X's talks on Monday, not the day of Y's leg the noun's phrase holds)
            out.append(replace(ev, counterparts=tuple(kept), date=own))
            out.extend(_after(leg, own) for leg in legs)
        else:
            out.append(ev)
    return out


def _day_outside(tok: Token, skipped: set[int], ctx: _Ctx) -> DateValue | None:
    """RETURNS (DateValue | None): the first day told in the trigger's clause (the subtree of the verb it is the object
    of, or its own) outside the partners' legs (token indices ``skipped``), None when there is none."""
    clause = tok.head if tok.dep_ == "dobj" else tok
    return next((time_to_date(x) for t in clause.subtree if t.i not in skipped
                 and (x := ctx.times.get(t.i)) is not None and x.type == "DATE"), None)


def _after(leg: Event, first: DateValue) -> Event:
    """RETURNS (Event): a leg told by a weekday that falls before the first meeting's day moved a week on ("on Monday
    ... and Y in Seoul on Wednesday", told on a Tuesday: the Wednesday after that Monday)."""
    a, b = leg.date.interval(), first.interval()
    if a is None or b is None or leg.date.precision != "day" or a[0] >= b[0] \
            or leg.date.text.strip().lower() not in load_lexicon().weekdays:
        return leg
    return replace(leg, date=replace(leg.date, value=(a[0] + timedelta(days=7)).isoformat()))
