"""An envoy told first by a state's word and named after: "A Turkish envoy will travel to Tehran on Saturday ... The
envoy, Deputy Foreign Minister Kemal Aydin, is expected to meet ...", "An Israeli delegation will travel to Cairo on
Sunday ... The delegation will be led by intelligence chief Avner Golan". The journey is the named person's (of that
state), so the person's own later reports ("Aydin would travel to Tehran this weekend" denied, "Golan arrived in the
Egyptian capital on Sunday") and questions about the person meet it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .nlp import load_data
from .trigger_tokens import trigger_token

__all__ = ["named_envoys"]


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """RETURNS: ``envoy_nouns``, ``leading_verbs`` and ``journey_families`` of ``named_envoys`` in ``triggers.json``."""
    data = load_data("triggers.json")["named_envoys"]
    return frozenset(data["envoy_nouns"]), frozenset(data["leading_verbs"]), frozenset(data["journey_families"])


def _person(tok: Token, ctx: _Ctx) -> ActorRef | None:
    ref = ctx.actors.get(tok.i)
    return ref if ref is not None and ref is not ANONYMOUS and ref.kind == "person" else None


def _named_later(noun: str, after: int, ctx: _Ctx) -> ActorRef | None:
    """noun (str): the envoy noun ("envoy"). after (int): the character offset the naming must come after.
    RETURNS (ActorRef | None): the one person a later definite mention of the noun names: its apposition ("The envoy,
    X, ...") or the agent of a leading verb it is the passive subject of ("The delegation will be led by X")."""
    _, leading, _ = _data()
    found: dict[str, ActorRef] = {}
    for tok in ctx.doc:
        if tok.idx <= after or tok.lower_ != noun or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        for c in tok.children:
            if c.dep_ == "appos" and (ref := next((r for t in c.subtree if (r := _person(t, ctx)) is not None), None)):
                found.setdefault(ref.name, ref)
        verb = tok.head
        if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in leading:
            for a in (c for c in verb.children if c.dep_ == "agent"):
                if (ref := next((r for t in a.subtree if (r := _person(t, ctx)) is not None), None)) is not None:
                    found.setdefault(ref.name, ref)
    return next(iter(found.values())) if len(found) == 1 else None


def named_envoys(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, a
    journey whose actor is a state told by an indefinite envoy noun with its nationality ("A Turkish envoy will travel",
    ``envoy_nouns``) given the person a later sentence names as that envoy (its country the state's)."""
    nouns, _, journeys = _data()
    out: list[Event] = []
    for ev in events:
        if ev.action in journeys and ev.actor.kind == "country":
            tok = trigger_token(ev, ctx)
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) if tok is not None else None
            if subject is not None and subject.lower_ in nouns \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) \
                    and (person := _named_later(subject.lower_, subject.idx, ctx)) is not None:
                ev = replace(ev, actor=replace(person, country=person.country or ev.actor.country))
        out.append(ev)
    return out
