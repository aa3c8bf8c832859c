"""Votes told by their outcome: "voted 71 to 42 to censure the prime minister", "won Nepal's general election".

A vote told with its tally is told as done; the count is no thing voted on and no object that makes "vote" another
verb ("voted the motion down" has one). An election someone won took place: it is the election of the state that
possesses it ("[Nepal's] general election"), never the winner's own vote. Words in ``data/outcomes.json``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .actors import ANONYMOUS
from .context import _Ctx
from .nlp import load_data
from .places import resolve_country

__all__ = ["vote_tally", "won_election"]


@cache
def _outcomes() -> dict[str, frozenset[str]]:
    data = load_data("outcomes.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def _count(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM"


def vote_tally(obj: Token) -> bool:
    """Whether a verb's object is the tally of a vote.

    obj (Token): an object of the verb. RETURNS (bool): a number followed by a ``tally_preps`` phrase with a number
        (hung on the number or on the verb: "voted 71 to 42"), or a hyphenated count ("120-3").
    """
    parts = obj.text.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return True  # "voted 120-3"
    if not _count(obj):
        return False
    preps = _outcomes()["tally_preps"]
    return any(p.dep_ == "prep" and p.lower_ in preps and p.i == obj.i + 1 and any(_count(g) for g in p.children)
               for head in (obj, obj.head) for p in head.children)


def won_election(tok: Token, ctx: _Ctx) -> bool:
    """Whether an election noun is told as won, and so held: the object of a ``winning_verbs`` verb, possessed by a
    state ("won [Nepal's] general election").

    tok (Token): a vote event noun. ctx (_Ctx): the doc's index.
    RETURNS (bool): so told (the possessor is then the actor, as for any possessed event noun); False without a state
        as possessor ("won the election": the winner is no voter, and the clause names no state).
    """
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _outcomes()["winning_verbs"]:
        return False
    for owner in (c for c in tok.children if c.dep_ == "poss"):
        ref = ctx.actors.get(owner.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "country" or resolve_country(owner.text) is not None:
            return True
    return False
