"""The two states of a signing told by their hyphenated names and no doer: "The signing ceremony for the Peru-Bolivia
water treaty has been moved from Geneva to Vienna", "the Chile-Vietnam trade deal signing" (the first state the actor,
the second its counterpart, as "X and Y signed" is read)."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import ActorRef
from .places import resolve_place

__all__ = ["hyphenated_states"]

#: Prepositions of the thing a signing noun is of ("the signing of the X-Y accord", "the ceremony for the X-Y treaty").
_THING_PREPS = frozenset({"of", "for", "on"})


def _country(tok: Token) -> str | None:
    """tok (Token): a word. RETURNS (str | None): the country a proper noun names by its own name ("Peru"), else None
    (a city or a demonym is no side)."""
    place = resolve_place(tok.text) if tok.pos_ == "PROPN" else None
    return place.name if place is not None and place.kind == "country" else None


def hyphenated_states(tok: Token) -> tuple[ActorRef, ActorRef] | None:
    """tok (Token): a signing noun with no doer found. RETURNS (tuple[ActorRef, ActorRef] | None): the two countries of
    an "X-Y" modifier (two country names joined by a hyphen) in its phrase, in the phrase it is a compound of ("the
    signing ceremony"), or in the thing they are of or for ("for the Peru-Bolivia water treaty"); None when there is
    none or both name one country."""
    heads = [tok, *([tok.head] if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else [])]
    phrases = [*heads, *(g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _THING_PREPS
                         for g in p.children if g.dep_ == "pobj")]
    doc = tok.doc
    for phrase in phrases:
        for t in phrase.subtree:
            if t.text != "-" or t.i == 0 or t.i + 1 >= len(doc) or t.whitespace_ or doc[t.i - 1].whitespace_:
                continue
            first, second = _country(doc[t.i - 1]), _country(doc[t.i + 1])
            a, b = doc[t.i - 1], doc[t.i + 1]
            if first is None and t.i >= 2 and (pair := resolve_place(doc[t.i - 2 : t.i].text)) is not None \
                    and pair.kind == "country":
                first, a = pair.name, doc[t.i - 2]  # "the New Zealand-Vietnam security dialogue"
            if first and second and first != second:
                return (ActorRef(first, "country", None, first, a.idx, doc[t.i - 1].idx + len(doc[t.i - 1])),
                        ActorRef(second, "country", None, second, b.idx, b.idx + len(b)))
    return None
