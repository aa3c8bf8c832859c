"""An event's venue: the place phrase nearest its trigger, in a locative role.

:func:`_place` reads the venue off the tokens near the trigger; :func:`_place_root`
climbs a place name to the head of its phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import PlaceRef
from .arguments import _walk
from .context import _Ctx
from .places import place_in, trip_heads
from .status import _purpose, head_chain
from .triggers import _LOC_PREPS, _lex

_PLACE_OBJECT_ACTIONS = frozenset({"visit", "travel", "arrive", "depart", "attend"})
_TRIP_ACTIONS = frozenset({"visit", "travel", "arrive"})


def _place(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> PlaceRef | None:
    rank = {"site": 0, "city": 1, "region": 2, "country": 3}
    named = _named_leg(tok, ctx)
    if named is not None:
        return named
    for cand in _walk(tok, chain, ctx):
        ref = ctx.places.get(cand.i)
        if ref is None or cand.idx < ctx.dateline_end:
            continue
        root = _place_root(cand)
        role_ok = (root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS) or (
            root.dep_ == "pobj" and root.head.lower_ == "for" and action == "travel" and root.head.head.i == chain[0].i
        ) or (
            root.dep_ == "dobj" and action in _PLACE_OBJECT_ACTIONS and root.head.i in {t.i for t in chain}
        )
        if not role_ok:
            continue
        better = _more_specific(cand, ref, ctx, rank)
        return better
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X's main business in Seoul is the SCM": the subject's place
        for sub in tok.head.children:
            if sub.dep_ != "nsubj":
                continue
            for cand in sub.subtree:
                ref = ctx.places.get(cand.i)
                root = _place_root(cand)
                if ref is not None and root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS and root.head.head.i == sub.i:
                    return ref
    return _where_clause(chain, ctx) or _left_place(tok, ctx) or _trip_purpose(tok, ctx) or _earlier_mention(tok, ctx)


def _trip_purpose(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "visited Azerbaijan for two days to attend a conference": the purpose of a trip happens at its destination."""
    head = tok.head
    entry = _lex().verbs.get(head.lemma_.lower())
    if not _purpose(tok) or entry is None or entry["action"] not in _TRIP_ACTIONS or head.pos_ != "VERB":
        return None
    return _place(head, head_chain(head), entry["action"], ctx)


def _earlier_mention(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "also skipped the summit": a definite event noun without a place of its own is the one named earlier in the
    article with a place ("the BRICS summit in New Delhi")."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    for i in range(tok.i - 1, -1, -1):
        other = ctx.doc[i]
        if other.lower_ != tok.lower_ or other.pos_ != "NOUN":
            continue
        for prep in other.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for g in prep.children:
                    if (ref := ctx.places.get(g.i)) is not None and g.idx >= ctx.dateline_end:
                        return ref
    return None


def _where_clause(chain: list[Token], ctx: _Ctx) -> PlaceRef | None:
    """ "flown in from Windhoek, where he met X": a relative "where" clause happens at the place it describes."""
    for top in chain:
        if top.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in top.children):
            return ctx.places.get(top.head.i)
    return None


def _left_place(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """ "left Tokyo on Friday after meeting X": an event just before a departure happens at the place left."""
    frame = tok.head if tok.dep_ == "pcomp" else next((c for c in tok.children if c.dep_ in ("mark", "prep")), None)
    if frame is None or frame.lower_ not in _lex().departure_marks:
        return None
    main = frame.head if tok.dep_ == "pcomp" else tok.head
    if main.lemma_.lower() not in _lex().departure_verbs:
        return None
    for child in main.children:
        if child.dep_ == "dobj" and (ref := ctx.places.get(child.i)) is not None:
            return ref
        if child.dep_ == "prep" and child.lower_ == "from":
            for g in child.children:
                if (ref := ctx.places.get(g.i)) is not None:
                    return ref
    return None


def _named_leg(tok: Token, ctx: _Ctx) -> PlaceRef | None:
    """The place a trip noun or the part of a trip it belongs to is named after: "the [Vilnius] leg of the tour",
    "the [Beijing] trip was called off" (a place compound on the trip noun, or on the part noun whose "of" object it is)."""
    heads = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in trip_heads():
        heads.insert(0, tok.head.head)
    for head in heads:
        if head.lower_ not in trip_heads():
            continue
        for child in head.children:
            if child.dep_ == "compound" and (ref := ctx.places.get(child.i)) is not None:
                return ref
    return None


def _place_root(tok: Token) -> Token:
    cur = tok
    while cur.dep_ in ("compound", "appos", "conj") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _more_specific(tok: Token, ref: PlaceRef, ctx: _Ctx, rank: dict[str, int]) -> PlaceRef:
    """A place named in apposition inside the same phrase ("the JSA located within the DMZ") stays as is."""
    best = ref
    for t in tok.head.subtree if tok.dep_ == "appos" else ():
        other = ctx.places.get(t.i)
        if other is not None and rank.get(other.kind, 9) < rank.get(best.kind, 9) and place_in(other, best):
            best = other
    return best
