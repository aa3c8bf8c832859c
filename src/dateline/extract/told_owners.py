"""Whose crowd event a neighbouring sentence tells, when the event's own clause names no one.

"A nationwide strike went ahead on Thursday, shutting banks in Lagos. The Nigeria Labour
Congress said the strike would continue ...": the strike's own sentence names no doer; the
body of workers that tells of "the strike" in a sentence next to it owns it. Only a body whose
name marks it as one of members or workers ("union", "federation", "Labour", the family's
crowd words) is taken; a government or a company telling of the strike is never its owner.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .crowds import crowd_ref, crowd_words, dateline_country, foreign_lead, labour_body_words

__all__ = ["neighbour_owner", "official_owner"]

#: How many sentences before and after the event's own one are read for its owner.
_REACH = 3


def _teller(noun: Token) -> Token | None:
    """noun (Token): a definite event noun. RETURNS (Token | None): the subject of the top clause it is told in ("The
    NLC said the strike would continue", "The union vowed to keep the strike going": the NLC, the union), else None."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in ("ccomp", "xcomp", "conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def neighbour_owner(tok: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """The body of workers that tells of the same event noun in a neighbouring sentence.

    tok (Token): an event noun of a crowd family (a strike) whose own clause names no doer.
    action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the one such body told within ``_REACH`` sentences, nearest first; None when none (or the
    nearest sentence that tells of it names someone else).
    """
    crowds = crowd_words(action)
    if not crowds or tok.pos_ != "NOUN":
        return None
    sents = list(ctx.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    order = sorted((k for k in range(here - _REACH, here + _REACH + 1) if 0 <= k < len(sents) and k != here),
                   key=lambda k: (abs(k - here), k < here))
    words = labour_body_words() | crowds
    for k in order:
        for t in sents[k]:
            if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN" \
                    or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in t.children):
                continue
            teller = _teller(t)
            if teller is not None and ctx.actors.get(teller.i) is None:
                teller = next((g for p in teller.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                               if g.dep_ == "pobj"), teller)  # "Leaders of the Nigeria Labour Congress said": the body
            ref = ctx.actors.get(teller.i) if teller is not None else None
            if ref is None and teller is not None and teller.lower_ in crowds \
                    and teller.lower_.removesuffix("s") in labour_body_words():
                ref = crowd_ref(teller, ctx)  # "French unions said the strike would continue": the unions, of France
                if ref.kind == "group" and ref.country is None and (home := dateline_country(ctx)) is not None \
                        and not foreign_lead(ctx, home):
                    ref = replace(ref, country=home)  # "PARIS - ... Unions said": the dateline country's, as a crowd is
            if ref is None or ref is ANONYMOUS:
                continue
            names = ref.name.lower().split()
            if ref.kind == "org" and words.intersection(names) \
                    or ref.kind == "group" and labour_body_words().intersection(w.removesuffix("s") for w in names):
                return ref  # ("Unions said the strike would continue": the unions; never "Residents said the strike ...")
            return None  # "The government said the strike was illegal": told by another, no owner guessed
    return None


def official_owner(tok: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """The body of workers whose official tells of an event noun in its own sentence.

    tok (Token): an event noun of a crowd family (a strike) whose own clause names no doer, nor its neighbours.
    action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): "A second 48-hour stoppage will follow on September 24, union negotiator X said": the one
    body of workers (a name of ``labour_body_words``) named before in the article, when the teller is a person titled
    by such a word ("union negotiator", "federation leader"); None otherwise (or when several such bodies are named).
    """
    if not crowd_words(action) or tok.pos_ != "NOUN" or (teller := _teller(tok)) is None:
        return None
    ref = ctx.actors.get(teller.i)
    if ref is None or ref is ANONYMOUS or ref.kind != "person":
        return None
    words = {t.lower_ for t in teller.subtree if t.i < teller.i and not t.ent_type_} | set((ref.title or "").lower().split())
    bodies = labour_body_words()
    if bodies.isdisjoint(words):
        return None
    named = {r.name: r for r in ctx.actors.values() if r is not ANONYMOUS and r.kind == "org" and r.start < tok.idx
             and not bodies.isdisjoint(w.strip("'’").lower() for w in r.name.split())}
    return next(iter(named.values())) if len(named) == 1 else None
