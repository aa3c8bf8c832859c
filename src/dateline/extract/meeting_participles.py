"""A "meeting" the parser reads as a noun after its people ("African trade ministers meeting in Accra on Wednesday
adopted a protocol"): the people met there that day. Read by licensing (the noun tells its event) and the builder (the
people are its actor)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .context import _Ctx
from .nlp import load_data
from .triggers import _REF_VALUES

__all__ = ["meeting_people", "participle_meeting"]


@cache
def _people_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``meeting_people`` of ``families.json``."""
    return frozenset(load_data("families.json")["meeting_people"])


def meeting_people(tok: Token) -> Token | None:
    """tok (Token): a noun. RETURNS (Token | None): the plural people noun right before a "meeting" ("[ministers]
    meeting"), None when there is none."""
    if tok.lower_ != "meeting" or tok.tag_ != "NN":
        return None
    return next((c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNS" and c.lower_ in _people_words()
                 and c.i == tok.i - 1), None)


def participle_meeting(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a noun. ctx (_Ctx): the doc's index. RETURNS (bool): it is "meeting" after its people
    (:func:`meeting_people`), with a place ("in"/"at") and a calendar day of its own, right before a verb told in the
    past: the people met there then."""
    if meeting_people(tok) is None:
        return False
    if not any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
               for g in c.subtree):
        return False
    dated = any((x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
                and x.value not in _REF_VALUES for g in tok.subtree)
    after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    return dated and after is not None and after.tag_ == "VBD" and after.pos_ == "VERB"
