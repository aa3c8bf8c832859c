"""Talks that resume with no parties of their own: "Armenia and Azerbaijan held talks in Doha on Monday. The talks
will resume on May 12, a spokesman said."

An event noun of a ``resumptions`` action (``data/triggers.json``) as the subject of one of its verbs ("resume"), or
of a plan verb whose infinitive is one ("are set to resume"), that names no party takes the parties of the article's
earlier events of those actions, when all of them name the same actor and counterparts. Otherwise no one is named:
the talks stay without an event.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..model import ActorRef
from .context import _Ctx
from .nlp import load_data
from .participants import _participants
from .status import head_chain
from .triggers import _lex

__all__ = ["resumed_parties"]


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: the ``resumptions`` actions and verbs of ``triggers.json``."""
    data = load_data("triggers.json")["resumptions"]
    return frozenset(data["actions"]), frozenset(data["verbs"])


def _resumes(tok: Token) -> bool:
    """Whether an event noun is the subject of a resumption verb, directly ("talks will resume") or through a plan
    verb's infinitive ("talks are set to resume")."""
    _, verbs = _data()
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return False
    verb = tok.head
    return verb.lemma_.lower() in verbs or any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in verb.children)


def resumed_parties(tok: Token, action: str, ctx: _Ctx) -> tuple[ActorRef, list[ActorRef]] | None:
    """The parties of resumed talks that name none.

    tok (Token): the trigger. action (str): its action. ctx (_Ctx): the doc's index.
    RETURNS (tuple[ActorRef, list[ActorRef]] | None): the actor and counterparts every earlier trigger of a
        ``resumptions`` action in the article names (with at least one counterpart); None when the trigger is no
        resumption, when no earlier trigger names parties, when one names an actor alone, or when they name different
        ones.
    """
    actions, _ = _data()
    if action not in actions or tok.pos_ not in ("NOUN", "PROPN") or not _resumes(tok):
        return None
    found: dict[tuple[str, ...], tuple[ActorRef, list[ActorRef]]] = {}
    lex = _lex()
    for i in sorted(ctx.trigger_ids):
        if i >= tok.sent.start:
            break
        t = ctx.doc[i]
        entry = lex.nouns.get(t.lower_) if t.pos_ in ("NOUN", "PROPN") else lex.verbs.get(t.lemma_.lower())
        if entry is None or entry.get("action") not in actions:
            continue
        actor, counterparts = _participants(t, head_chain(t), ctx)
        if actor is None:
            continue
        if not counterparts:
            return None  # "Georgia met officials on Tuesday": other talks, whose parties are not all told
        found.setdefault(tuple(sorted({actor.name, *(c.name for c in counterparts)})), (actor, counterparts))
    if len(found) != 1:
        return None
    actor, counterparts = next(iter(found.values()))
    return actor, list(counterparts)
