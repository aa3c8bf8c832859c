"""Meals someone gives: a dinner, banquet or luncheon told by its noun alone is its host's ``host`` event.

"President X will host a dinner for Y" is a ``host`` event of its verb. "The state dinner President X had planned for
this evening in honour of Y has been cancelled" tells the same kind of event by the noun alone: :func:`meal_host` finds
its host (the person subject of a relative clause whose verb gives or plans it: ``meal_giving_verbs`` in
``triggers.json``, or a person possessor under a plan-changing verb: "X's state dinner was called off") and its guests
(the persons after ``meal_guest_preps``: "in honour of Y", "for Y"). :func:`visiting_guests` reads "a dinner for the
visiting delegation" as hosted for the story's one visitor.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .holders import change_verbs
from .nlp import load_data

__all__ = ["gathering_guests_at_meal", "meal_noun", "meal_host", "meal_guests", "meal_object", "visiting_guests"]


@cache
def _meals() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """RETURNS: the meal nouns (``nouns`` with ``meal``), the verbs that give or plan one, and the guest phrases (each a tuple of words)."""
    data = load_data("triggers.json")
    return (frozenset(k for k, v in data["nouns"].items() if v.get("meal")), frozenset(data["meal_giving_verbs"]),
            tuple(tuple(p.split()) for p in data["meal_guest_preps"]))


def meal_noun(tok: Token) -> bool:
    """tok (Token): a word. RETURNS (bool): whether it is a meal noun ("dinner", "banquet")."""
    return tok.pos_ == "NOUN" and tok.lower_ in _meals()[0]


def _person(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """RETURNS (ActorRef | None): the named person a word (or its name's head) stands for."""
    ref = ctx.actors.get(tok.i)
    return ref if ref is not None and ref is not ANONYMOUS and ref.kind == "person" else None


def meal_host(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """The host of a meal told by its noun alone.

    tok (Token): a meal noun. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the person subject of a relative clause on the noun whose verb gives or plans it ("the
        state dinner [X had planned] for this evening"), or the person after "by" of such a participle ("the welcome
        dinner [planned by X]"), or its person possessor when a plan-changing verb governs the
        noun ("X's state dinner was cancelled"); None otherwise ("a dinner was held", "the dinner ended late").
    """
    if not meal_noun(tok):
        return None
    _, giving, _ = _meals()
    for clause in tok.children:
        if clause.dep_ in ("relcl", "acl") and clause.pos_ == "VERB" and clause.lemma_.lower() in giving:
            host = next((r for c in clause.children if c.dep_ == "nsubj" and (r := _person(c, ctx)) is not None), None)
            host = host or next((r for c in clause.children if c.dep_ == "agent" and clause.tag_ == "VBN"
                                 for g in c.children if g.dep_ == "pobj" and (r := _person(g, ctx)) is not None), None)
            # ("The welcome dinner planned by President X has been called off": X's)
            if host is not None:
                return host
    verb = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in change_verbs():
        return next((r for c in tok.children if c.dep_ == "poss" and (r := _person(c, ctx)) is not None), None)
    return None


#: A guest phrase with the guest as possessor: "in his honour".
_HONOUR = frozenset({("in", "honour"), ("in", "honor")})


def meal_guests(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """tok (Token): a meal noun (or the verb that hosts it). ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the named persons after a guest phrase of the noun or of its giving clause ("in honour
    of Y", "for Y") or owning its "honour" ("in his honour"), in order."""
    _, giving, phrases = _meals()
    heads = [tok, *(c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in giving)]
    out: list[ActorRef] = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for owner in (o for g in prep.children if g.dep_ == "pobj" and (prep.lower_, g.lower_) in _HONOUR
                          for o in g.children if o.dep_ == "poss"):
                for ref in (_person(owner, ctx), *ctx.partners.get(owner.i, ())):
                    if ref is not None and ref.kind == "person" and ref.name not in {o.name for o in out}:
                        out.append(ref)  # "hosted a state banquet in his honour": his ("in their honour": both)
            for words in phrases:
                end = _phrase_end(prep, words)
                if end is None:
                    continue
                for g in end.subtree:
                    if (ref := _person(g, ctx)) is not None and ref.name not in {o.name for o in out}:
                        out.append(ref)
    return out


def _phrase_end(prep: Token, words: tuple[str, ...]) -> Token | None:
    """The preposition whose object is the guest, when ``prep`` opens the phrase ``words`` ("in honour of": the "of"
    under "honour" under "in"; "for": the "for" itself); else None."""
    cur = prep
    if cur.lower_ != words[0]:
        return None
    for word in words[1:]:
        cur = next((g for c in cur.children if c.dep_ in ("pobj", "prep") for g in (c, *c.children)
                    if g.lower_ == word and g.i > cur.i), None)  # type: ignore[assignment]
        if cur is None:
            return None
    return cur


@cache
def _visiting() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str]]:
    """RETURNS: ``visiting_guest_nouns``, ``visitor_families``, ``arrival_day_parts`` and ``arrival_nouns``."""
    data = load_data("triggers.json")
    return (frozenset(data["visiting_guest_nouns"]), frozenset(data["visitor_families"]), dict(data["arrival_day_parts"]),
            frozenset(data["arrival_nouns"]))


@cache
def _gathering_meal_words() -> frozenset[str]:
    """RETURNS: ``gathering_meal_words`` of ``triggers.json`` ("welcome"): modifiers of a meal given for a gathering's
    guests, the host's event though no guest is named."""
    return frozenset(load_data("triggers.json")["gathering_meal_words"])


def meal_object(tok: Token) -> Token | None:
    """The meal noun of a host trigger: the noun itself, or the direct object of a host verb ("host a dinner")."""
    if meal_noun(tok):
        return tok
    return next((c for c in tok.children if c.dep_ == "dobj" and meal_noun(c)), None)


def _visiting_guest(meal: Token) -> Token | None:
    """ "a dinner for the visiting delegation": the definite guest noun after "for" that names the visitors of the
    story (``visiting_guest_nouns``, with "visiting" unless the noun says it: "the visitors"), else None."""
    nouns, _, _, _ = _visiting()
    for prep in (c for h in (meal, meal.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in prep.children:
            if g.dep_ == "pobj" and g.lower_ in nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in g.children) \
                    and (g.lower_.startswith("visitor") or any(c.lower_ == "visiting" for c in g.children)):
                return g
    return None


def gathering_guests_at_meal(verb: Token) -> bool:
    """verb (Token): a host verb ("welcome"). RETURNS (bool): its object is the plural guests of a gathering
    (``visiting_guest_nouns``: "the leaders", "the visiting delegations") and it is done "at" a meal ("will welcome the
    visiting leaders at a dinner at the presidential palace on April 14"): the host's dinner, no guest named."""
    nouns, _, _, _ = _visiting()
    return any(o.dep_ == "dobj" and o.lower_ in nouns and o.tag_ == "NNS" for o in verb.children) and any(
        p.dep_ == "prep" and p.lower_ == "at" and any(g.dep_ == "pobj" and meal_noun(g) for g in p.children)
        for p in verb.children)


def _arrival_part(guest: Token) -> str | None:
    """ "for the visiting delegation on the evening of her arrival": the part of day suffix ('TEV'; '' for "on the
    day of her arrival") of a day phrase built on the visitor's arrival, else None."""
    _, _, parts, arrivals = _visiting()
    for t in guest.sent:
        if t.lower_ in arrivals and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in parts \
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            return parts[t.head.head.lower_]
    return None


def _for_someone(meal: Token) -> bool:
    """meal (Token): a meal noun a host gives. RETURNS (bool): the meal, or the verb it is the object of, is told as
    given for or in honour of someone ("a state dinner in their honour", "a dinner for the visiting delegation"; not
    ``meal_setting_words`` of ``triggers.json``: "a dinner for the evening")."""
    holders = [meal, *([meal.head] if meal.dep_ == "dobj" else [])]
    settings = frozenset(load_data("triggers.json")["meal_setting_words"])
    return any(p.dep_ == "prep" and p.lower_ in ("for", "in") and any(
        g.lower_ not in settings and (p.lower_ == "for" or g.lower_ in ("honour", "honor"))
        for g in p.children if g.dep_ == "pobj") for h in holders for p in h.children)


def visiting_guests(events: list[Event], ctx: _Ctx) -> list[Event]:
    """A meal hosted "for the visiting delegation" (no guest named) is hosted for the story's one visitor: the one
    person other than the host whom an earlier sentence has travel to, arrive in or visit a place (planned or done);
    "on the evening of her arrival" puts it on that visitor's arrival day. A meal hosted for no named guest and no
    such visitor (none, or two; "hosted a state dinner in their honour") is no event: for whom is not told; but a meal
    for plural guests of a gathering ("a welcome dinner for the visiting leaders") with no one visitor is the host's
    event, no guest named.

    events (list[Event]): the article's events, in order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, such a host event given its guest (and day), or dropped.
    """
    _, families, _, _ = _visiting()
    out: list[Event] = []
    for ev in events:
        span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end) if ev.action == "host" and not ev.counterparts else None
        meal = meal_object(span.root) if span is not None else None
        guest = _visiting_guest(meal) if meal is not None else None
        if guest is None:
            if meal is None or ev.counterparts or ev.status in ("cancelled", "postponed") \
                    or any(c.lower_ in _gathering_meal_words() for c in meal.children) or not _for_someone(meal):
                out.append(ev)  # (a meal hosted for no one named, "hosted a state dinner in their honour", is dropped:
            continue  # whose dinner it was is not told; but a host's dinner called off or put off, "The welcome dinner
            # planned by X has been called off", is the change of X's plan, a welcome dinner is for the guests the
            # story has, and "will host a gala dinner at the palace", for no one in particular, is the host's)
        earlier = [e for e in events if e.action in families and e.evidence.start < ev.evidence.start
                   and e.status in ("planned", "happened", "ongoing") and e.actor.kind == "person" and e.actor.name != ev.actor.name]
        names = {e.actor.name for e in earlier} | {c.name for e in earlier for c in e.counterparts
                                                   if c.kind == "person" and e.action != "arrive" and c.name != ev.actor.name}
        if len(names) != 1 and guest.tag_ == "NNS" and guest.lower_ != "visitors":
            out.append(ev)  # "will host a welcome dinner for the visiting leaders on the night of Oct. 15": a dinner for
            # a gathering's guests, the host's (no guest named)
            continue
        if len(names) != 1:  # ("X and Y will visit Kenya": two visitors, whose delegation is unknown; no guest, no event)
            continue
        visitor = earlier[-1].actor
        when = ev.date
        arrival = next((e for e in reversed(earlier) if e.action == "arrive" and e.date.precision == "day"), None)
        if when.value is None and arrival is not None and arrival.date.value and (part := _arrival_part(guest)) is not None:
            when = replace(arrival.date, value=arrival.date.value + part, precision="time" if part else "day",
                           note="the day of the visitor's arrival")
        out.append(replace(ev, counterparts=(visitor,), date=when))
    return out
