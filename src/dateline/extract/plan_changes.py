"""Whose plan a passive change with no actor changes, for the families that name a thing.

"The drills were called off on Friday", "The launch of the satellite was postponed to
December", "The vote on the budget has been delayed": the clause names no one. Like
:func:`~dateline.extract.plans._plan_holder` for journeys ("the visit was postponed"),
the holder is read off an earlier mention of the same plan in the article; for these
families it is an earlier trigger of the same family, and only when all such mentions
name one and the same actor (else no event rather than a wrong actor). With no such
mention, the organ of a state that tells the change stands for its state ("The drills were
called off, Japan's defence ministry said": Japan; :mod:`.tellers`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .crowds import crowd_actor, joint_forces, leader_country, state_blocked, unnamed_crowd
from .demands import demanded
from .objects import object_what, what_of
from .participants import _participants
from .status import head_chain
from .strikes import owner_crowd
from .tellers import teller_actor
from .nlp import load_data
from .triggers import _lex

__all__ = ["family_plan", "relative_holders", "same_thing"]


def _str_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _entry(t: Token) -> dict[str, object]:
    lex = _lex()
    if t.pos_ in ("VERB", "AUX"):
        return dict(lex.verbs.get(t.lemma_.lower(), {}))
    if t.pos_ in ("NOUN", "PROPN"):
        return dict(lex.nouns.get(t.lower_, {}))
    return {}


def relative_holders(tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """The holders a relative clause on an event noun names: "A joint exercise [that Egypt and Eritrea had planned to
    hold] has been postponed", "the drills [the two navies were to stage]": the subjects of a clause whose verb, or an
    infinitive it governs, is one of ``relative_holder_verbs`` (``triggers.json``), in text order; empty otherwise.

    tok (Token): an event noun with no actor of its own. ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the named subjects (each conjunct), first the first written.
    """
    verbs = frozenset(_str_list(load_data("triggers.json")["relative_holder_verbs"]))
    for clause in (c for c in tok.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")):
        chain = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]
        if not any(v.lemma_.lower() in verbs for v in chain):
            continue
        subjects = [s for s in clause.children if s.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in s.conjuncts if c.i > s.i]
        found = {ref.name: ref for s in sorted(subjects, key=lambda t: t.i)
                 if (ref := ctx.actors.get(s.i)) is not None and ref is not ANONYMOUS}
        if found:
            return list(found.values())
    return []


def family_plan(tok: Token, action: str, ctx: _Ctx) -> tuple[ActorRef, str | None] | None:
    """The actor and ``what`` of the article's earlier plan of the same family.

    tok (Token): the trigger of a plan change with no actor of its own. action (str): its family. ctx (_Ctx): the doc's
        index.
    RETURNS (tuple | None): the one actor the earlier triggers of the family name (their subject, possessor, crowd or
        body) with the ``what`` of the last of them; with none, the state or body whose organ tells the change (no
        ``what``); None when they name several or nothing tells.
    """
    found: dict[str, ActorRef] = {}
    what: str | None = None
    own = {t.i for t in tok.subtree}
    negated = tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in tok.children)
    for i in sorted(ctx.trigger_ids):
        if i >= tok.i:
            break
        t = ctx.doc[i]
        entry = _entry(t)
        if entry.get("action") != action or i in own or demanded(t, action):
            continue
        if entry.get("needs_what") and object_what(t, entry) is None:
            continue  # "launched talks"
        if negated and _told_done(t):
            continue  # "Dock workers last held a strike in 2023. ... would not strike": a past act is no plan to undo
        if tok.pos_ == "NOUN" and t.pos_ == "VERB" and entry.get("needs_what") and _other_thing(tok, what_of(t, entry)):
            continue  # "protesters blocked the road ... The strike, which began on Wednesday": a blockade, no strike
        chain = head_chain(t)
        actor, _ = _participants(t, chain, ctx, own_only=True)
        if actor is not None:
            actor = state_blocked(actor, t, chain, action, ctx)  # "Kenya's main teachers' union postponed a strike":
            # the union's, as the event itself says, never Kenya's
        if actor is None:
            actor = owner_crowd(t, action, ctx) or crowd_actor(t, chain, action, ctx)  # ("the nurses' strike")
        if actor is None or unnamed_crowd(actor, t):
            continue  # ("the walkout would be pushed back": no doer told, no second holder)
        if (forces := joint_forces(t, chain, action, ctx)):
            actor = forces[0]  # "Warships from Bahrain and the UAE began the exercise": Bahrain's, as its own event says
        governors = entry.get("governors", ())
        if (country := leader_country(t, action, actor, frozenset(governors if isinstance(governors, list) else ()),
                                      ctx)) is not None:
            actor = country  # "Prime Minister X called an early election": the country votes, as the plan's own event says
        found.setdefault(actor.name, actor)
        what = what_of(t, entry)
    if not found and (teller := teller_actor(tok, action, ctx)) is not None:
        return teller, None  # "..., Japan's defence ministry said": Japan's plan
    if len(found) != 1:
        return None
    return next(iter(found.values())), what


def _told_done(t: Token) -> bool:
    """Whether a trigger is told as done in the simple past: its own verb ("struck"), or a light verb it is the object of
    ("held a strike in 2023"), in the past tense with no auxiliary or modal of its own."""
    verb = t if t.pos_ in ("VERB", "AUX") else t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in _lex().light else None
    return verb is not None and verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _words(what: str) -> list[str]:
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in what.lower().replace("-", " ").split()]


def same_thing(change: str | None, plan: str | None) -> str | None:
    """The ``what`` of a plan change: the plan's own ("spy satellite") when the change names the same thing by its head
    word ("the launch of the satellite") or names none; else the change's own."""
    if plan is None:
        return change
    if change is None or _words(change)[-1:] == _words(plan)[-1:]:
        return plan
    return change


def _other_thing(noun: Token, done_to: str | None) -> bool:
    """noun (Token): a definite event noun referring back. done_to (str | None): what an earlier verb of its family acts
    on ("blocked the road": road). RETURNS (bool): the noun names a thing of its own that shares no word with it ("The
    strike": strike), so it is no retelling of that act ("The launch of the satellite" after "launch a spy satellite"
    is)."""
    own = what_of(noun, _entry(noun)) if done_to is not None else None
    return own is not None and done_to is not None and not set(own.lower().split()) & set(done_to.lower().split())

