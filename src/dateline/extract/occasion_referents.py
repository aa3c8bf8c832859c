"""An attendance of an occasion the article told by its own event: "X will be sworn in on Saturday in Lilongwe. Y is
expected to attend the inauguration" (Y attends in Lilongwe on Saturday).

:mod:`.occasions` gives an event about a gathering named by its noun ("a summit in New Delhi on November 14") that
gathering's place and day. An occasion told only by its event (an inauguration by "will be sworn in", a hearing by
"will testify", a summit by its hold event) is referred back to by a definite noun ("the inauguration", "the ceremony",
"the hearing", "the leaders") or by a bare "will attend": the attendance takes the place and day of the last earlier
event of the noun's families (``referent_nouns`` in ``occasions.json``) where it has none of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .context import _Ctx
from .nlp import load_data
from .actor_mentions import ANONYMOUS
from .places import place_in

__all__ = ["mourned_at", "mourned_person", "own_funerals", "referred_occasions"]


@dataclass(frozen=True)
class _Data:
    nouns: dict[str, frozenset[str]]
    definite: frozenset[str]
    bare: frozenset[str]
    host: frozenset[str]
    bare_nouns: frozenset[str]
    mourned: frozenset[str]


@cache
def _data() -> _Data:
    data = load_data("occasions.json")
    return _Data({k: frozenset(v) for k, v in data["referent_nouns"].items()}, frozenset(data["definite_words"]),
                 frozenset(data["bare_families"]), frozenset(data["host_nouns"]), frozenset(data["bare_nouns"]),
                 frozenset(data["mourned_nouns"]) | frozenset(data["mourned_verbs"]))


#: Families of an event that joins an occasion told before it.
_JOINING = frozenset({"attend", "host"})

#: Statuses of an occasion event that can be referred back to (a called-off or denied one is no occasion to join).
_LIVE = frozenset({"planned", "happened", "ongoing", "postponed", "uncertain"})


def _trigger(ev: Event, ctx: _Ctx) -> Token | None:
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span.root if span is not None else None


def _definite(noun: Token) -> bool:
    """noun (Token): a noun. RETURNS (bool): it refers back ("the ceremony", "her inauguration"), with no place, day or
    owner phrase of its own ("the inauguration of X" names its own person, whose event it is; a companion or a venue,
    "with King X", "at the royal palace", "in Valparaiso", is no phrase of its own)."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _data().definite for c in noun.children):
        return False
    return not any(c.dep_ in ("prep", "compound", "amod", "nmod", "relcl", "acl") and c.pos_ != "ADJ"
                   and not (c.dep_ == "prep" and c.lower_ in ("with", "at", "in"))
                   and not (c.dep_ == "relcl" and c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text == ",")
                   or c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)
    # ("attend the ceremony with King X", "attended the ceremony at the royal palace": the one told before; so is "will
    # host the talks, which are also expected to cover prices": a clause set off by a comma adds to it, names no other)


def _families(ev: Event, ctx: _Ctx) -> frozenset[str] | None:
    """The families of the occasion an attend or host event refers back to: those of its definite occasion noun (its
    trigger, or its verb's object), or for an attend verb with no object ``bare_families``; None for any other."""
    tok = _trigger(ev, ctx)
    if tok is None:
        return None
    nouns = _data().nouns
    if tok.pos_ in ("NOUN", "PROPN"):
        if ev.action == "attend" and tok.lower_ in _data().bare_nouns and not any(c.dep_ == "prep" for c in tok.children):
            return _data().bare  # "Ministers from A and B have confirmed attendance": the gathering told before
        return nouns.get(tok.lower_) if _definite(tok) and ev.action == "attend" else None
    if ev.action == "attend" and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" and tok.head.lower_ in nouns:
        return nouns[tok.head.lower_]  # "inaugurated the terminal on Sunday in a ceremony attended by X": that one
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects = objects or [g for p in tok.children if p.dep_ == "prep" and p.lower_ != "among" for g in p.children
                          if g.dep_ == "pobj"]  # (not "will attend, among them X": who attends)
    # ("attended the ceremony at the royal palace": the ceremony; "took part in the ceremony": by its preposition)
    if not objects:
        return _data().bare if ev.action == "attend" else None
    noun = objects[0]
    if ev.action == "host" and noun.lower_ not in _data().host:
        families = nouns.get(noun.lower_, frozenset()) & {"meet"}  # "X hosted the meeting": the hold event's host,
        # placed by its own rule; a body's meeting told by "will meet" has none
        return families if families and len(objects) == 1 and _definite(noun) else None
    return nouns.get(noun.lower_) if len(objects) == 1 and _definite(noun) else None


def _mourned(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): an attend event. RETURNS (bool): it is a person's own funeral ("The state funeral of X will be held",
    "X was laid to rest"; a state's funeral for X), told by a ``mourned_nouns`` noun or a ``mourned_verbs`` verb of
    ``occasions.json``."""
    tok = _trigger(ev, ctx)
    if tok is None:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.lower_ in _data().mourned  # (also a state's: "Austria will hold a state funeral for X")
    return ev.actor.kind == "person" and tok.lemma_.lower() in _data().mourned and not any(
        c.dep_ == "dobj" for c in tok.children)  # ("X was laid to rest", not "X laid a wreath at the funeral": a mourner)


def mourned_person(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): an event noun. RETURNS (ActorRef | None): for a ``mourned_nouns`` noun, the person whose own funeral
    it is: the person of its "for" or "of" phrase ("a state funeral for X", "the funeral of X"), or, for a funeral the
    clause's act takes place "at", the person that act is done to ("bidding farewell to X at a state funeral",
    "mourned X at a funeral"); else None."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _data().mourned:
        return None
    phrases = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for g in p.children
               if g.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "VERB":
        verb = tok.head.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        phrases += [*objects, *(g for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                                for g in p.children if g.dep_ == "pobj")]
    return next((ref for g in phrases if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS
                 and ref.kind == "person"), None)


#: The action of a person's own funeral or burial (family ``attend`` in :data:`dateline.store.merge.FAMILIES`: the
#: occasion others attend, never an attendance of the dead person's).
FUNERAL = "funeral"


def own_funerals(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, after every rule that reads an occasion from them. ctx (_Ctx): the
    doc's context. RETURNS (list[Event]): the events, a person's own funeral ("the funeral of former President X in
    Belgrade on Friday", "X will be buried at the New Cemetery", "Austria will hold a state funeral for X"), read as X's
    ``attend`` event by the rules before, now X's ``funeral`` event: the dead person attends nothing."""
    out: list[Event] = []
    for ev in events:
        if ev.action == "attend" and ev.actor.kind == "person" and (tok := _trigger(ev, ctx)) is not None:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _data().mourned and not any(
                    c.dep_ == "dobj" for c in tok.children) or any(
                    (dead := mourned_person(t, ctx)) is not None and dead.name == ev.actor.name for t in tok.sent
                    if t.lower_ in _data().mourned):
                ev = replace(ev, action=FUNERAL)  # (the trigger of "will attend the funeral of X" told as X's is the
                # guests' verb; "X laid a wreath at the funeral" is a mourner's act, no burial of X)
        out.append(ev)
    return out


def mourned_at(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is a person's funeral an act told in the past took place at
    ("Foreign leaders joined Austrians on Wednesday in bidding farewell to X at a state funeral"): held then."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at" or mourned_person(tok, ctx) is None:
        return False
    verb = tok.head.head
    while verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "xcomp") and verb.head.i != verb.i:
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "joined ... in bidding farewell": "joined"
    return verb.tag_ == "VBD"


def referred_occasions(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Give an attendance of an occasion told before it by its own event that occasion's place and day.

    events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events, attend and host events without a place or a day that refer back to an occasion
        event ("attend the inauguration" after "will be sworn in on Saturday in Lilongwe") completed from it.
    """
    out: list[Event] = []
    for ev in events:
        if ev.action in _JOINING and (ev.place is None or ev.date.value is None) and ev.status != "denied" \
                and (families := _families(ev, ctx)) is not None:
            occasion = next((o for o in reversed(out) if o.action in families and o.status in _LIVE
                             and (o.action != "meet" or o.actor.kind in ("org", "group") or not o.counterparts)
                             and o.evidence.start <= ev.evidence.start and o.evidence.trigger_start < ev.evidence.trigger_start
                             and (o.place is not None or o.date.value is not None)
                             and (ev.place is None or o.place is None or place_in(ev.place, o.place)
                                  or place_in(o.place, ev.place))
                             and not (o.actor.name == ev.actor.name and o.action == ev.action)
                             and (o.action != "attend" or _mourned(o, ctx))), None)
            if occasion is not None:
                place = ev.place or occasion.place
                when = ev.date if ev.date.value is not None or occasion.date.value is None \
                    else replace(occasion.date, note=f"the day of the {occasion.action} event it attends")
                ev = replace(ev, place=place, date=when)
        out.append(ev)
    return out
