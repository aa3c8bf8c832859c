"""The state or body that tells an act its own clause names no one for.

"Sanctions were imposed on five officials on Thursday, Britain's Foreign Office said", "The
joint drills planned for Wednesday were called off, Japan's defence ministry said", "Nepal's
election commission said it had postponed the general election": a passive with no agent, an
event noun as its own subject ("New sanctions took effect, the EU said") or "it" stands for
the teller when the teller is an organ of a state (an ``official_sources`` word of
``status_cues.json`` or an ``organ_words`` word with the state's name in its phrase: that state) or a named body ("the
EU": the body). Only for the families a state does through its organs
(``state_families`` in ``data/tellers.json``); a plain person or an unnamed source ("the
speaker said", "an analyst said") tells nothing of whose act it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .bodies import legislature_of
from .context import _Ctx
from .crowds import dateline_country
from .nlp import load_data
from .places import resolve_country, resolve_place
from .triggers import _lex

__all__ = ["teller_actor", "sentence_teller"]


@dataclass(frozen=True)
class _Tellers:
    families: frozenset[str]
    preps: dict[str, frozenset[str]]
    pronouns: frozenset[str]
    organs: frozenset[str]


@cache
def _tellers() -> _Tellers:
    data = load_data("tellers.json")
    return _Tellers(frozenset(data["state_families"]), {k: frozenset(v) for k, v in data["teller_preps"].items()},
                    frozenset(data["teller_pronouns"]),
                    frozenset(data["organ_words"]) | frozenset(load_data("status_cues.json")["official_sources"]))


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a trigger is told in: a verb itself, else the verb its noun phrase hangs on."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _names_no_one(verb: Token, tok: Token) -> bool:
    """Whether a clause names no doer: a passive without an agent ("were imposed", "were called off"), the event noun
    as its own subject ("sanctions took effect"), or a ``teller_pronouns`` subject ("it had postponed")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    sub = subjects[0]
    return sub.dep_ == "nsubjpass" or sub.i == tok.i or sub.lower_ in _tellers().pronouns


def _teller(verb: Token) -> Token | None:
    """The subject of the reporting verb the clause is told by ("..., Britain's Foreign Office said", "Nepal's election
    commission said it ..."), or the object of "according to"."""
    t = _tellers()
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in _lex().reporting and head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if not any(c.dep_ == "cc" for c in verb.children):  # "..., the Philippine military said", read as a verb conjoined
        for c in verb.children:  # without "and"
            if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in _lex().reporting and c.pos_ == "VERB":
                return next((g for g in c.children if g.dep_ == "nsubj"), None)
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in t.preps:
            return next((g for c in p.children if c.lower_ in t.preps[p.lower_] for g in c.children if g.dep_ == "pobj"), None)
    return None


def _state_of(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """The state of an organ phrase ("[Britain]'s Foreign Office", "Japan's defence ministry", "the [Japanese]
    defence ministry"), the body a named organization stands for ("the EU"), else None."""
    span = (sub.idx, sub.idx + len(sub))
    ref = ctx.actors.get(sub.i)
    organ = sub.lower_ in _tellers().organs
    if ref is not None and ref is not ANONYMOUS and ref.kind == "country" and sub.pos_ == "PROPN" \
            and resolve_place(sub.text) is None:
        return ref  # "ISRO said": a state's agency by its own name, the state itself
    if not organ and ref is not None and ref is not ANONYMOUS and ref.kind == "org":
        if any(w.lower() in _tellers().organs for w in ref.name.split()):
            organ = True  # "Britain's Foreign Office": an organ by its name
        elif not any(c.dep_ == "poss" for c in sub.children):
            return ref  # "the EU said": the body itself
    if not organ:
        return None
    for t in sub.subtree:
        if t.i >= sub.i:
            break
        if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "country":
            return ActorRef(r.name, "country", None, r.name, *span)
        if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper() or t.ent_type_ in ("NORP", "GPE"):  # ("the [Bangladeshi] navy")
            if (country := resolve_country(t.text)) is not None:
                return ActorRef(country, "country", None, country, *span)
    return None


def teller_actor(tok: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """The state or body whose organ tells an act that its clause names no one for.

    tok (Token): the trigger. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the teller's state (kind ``country``) or the named body (kind ``org``); None for other
        families, a clause with a doer of its own, or a teller that is no organ ("the speaker said").
    """
    if action not in _tellers().families:
        return None
    verb = _clause_verb(tok)
    if verb.pos_ not in ("VERB", "AUX") or not _names_no_one(verb, tok):
        return None
    teller = _teller(verb)
    if teller is None:
        return None
    if action == "vote" and (body := _legislature(teller, ctx)) is not None:
        return body
    return _state_of(teller, ctx)


def _legislature(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """The dateline country's legislature when the teller speaks for it ("the speaker's office said":
    ``legislature_tellers``), named as a bare "Parliament" under the dateline is; else None."""
    words = " ".join(t.lower_ for t in sub.subtree if t.dep_ != "det" and not t.is_punct).replace(" 's", "'s")
    if words not in load_data("tellers.json")["legislature_tellers"]:
        return None
    country = dateline_country(ctx)
    return legislature_of(country, "parliament", sub.idx, sub.idx + len(sub)) if country else None


def sentence_teller(tok: Token, ctx: _Ctx, bodies: bool = False) -> ActorRef | None:
    """The state or body whose organ tells the sentence of ``tok`` ("..., the Bangladeshi navy said in a statement"):
    the subject of the sentence's root reporting verb, read as :func:`teller_actor` reads a teller; with ``bodies``, an
    organization named as that subject is itself the teller, whatever its name says ("..., the AAMS said", the
    Authority for Arbitration, Mediation and Settlement, no state's authority); None when the root is no reporting
    verb or its subject no organ or body."""
    root = tok.sent.root
    if root.lemma_.lower() not in _lex().reporting or root.pos_ != "VERB":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if bodies and (ref := ctx.actors.get(subject.i)) is not None and ref is not ANONYMOUS and ref.kind == "org":
        return ref
    return _state_of(subject, ctx)
