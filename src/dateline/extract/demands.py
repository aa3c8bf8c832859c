"""Actions others demand: "protesters demanded his resignation", "urged X to step down", "called for sanctions".

A trigger of a ``demand_families`` family (``data/families.json``) that is what a
``demand_verbs`` verb asks for tells someone's demand, not the actor's act or plan:
:func:`demanded` finds it, and the event finder then reads no event there. "He wants to
step down" (the demand verb's own subject, no one else asked) is no demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .nlp import load_data

__all__ = ["demanded", "rallying_call"]


@dataclass(frozen=True)
class _Demands:
    verbs: frozenset[str]
    call_preps: frozenset[str]
    families: frozenset[str]
    process_nouns: frozenset[str]
    light_verbs: frozenset[str]
    obligation: frozenset[str]


@cache
def _demands() -> _Demands:
    data = load_data("families.json")
    return _Demands(frozenset(data["demand_verbs"]), frozenset(data["demand_call_preps"]), frozenset(data["demand_families"]),
                    frozenset(data["demand_process_nouns"]), frozenset(load_data("triggers.json")["light_verbs"]),
                    frozenset(data["obligation_modals"]))


def _demand_verb(verb: Token, d: _Demands) -> bool:
    """A ``demand_verbs`` verb; "call" only with one of ``demand_call_preps`` ("called for", "called on him to")."""
    lemma = verb.lemma_.lower()
    if lemma not in d.verbs or verb.pos_ not in ("VERB", "AUX"):
        return False
    return lemma != "call" or any(c.dep_ in ("prep", "prt") and c.lower_ in d.call_preps for c in verb.children)


def demanded(tok: Token, action: str) -> bool:
    """Whether a trigger is what someone demands of another.

    tok (Token): the trigger. action (str): its action family.
    RETURNS (bool): the trigger is the object ("demanded his resignation"), the "for" object ("called for new
        elections") or the infinitive ("urged X to step down", "called on him to resign") of a demand verb, and, for a
        verb trigger, the demand has a person asked or a subject of its own ("wants to step down" is the actor's wish).
    """
    d = _demands()
    if action not in d.families:
        return False
    if tok.pos_ in ("NOUN", "PROPN"):
        cur = tok
        while cur.dep_ == "conj" and cur.head.i != cur.i:  # "demanded new elections and his resignation"
            cur = cur.head
        for _ in range(2):  # "called for the resumption of talks", "pushed for the conclusion of negotiations"
            if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" \
                    and cur.head.head.lower_ in d.process_nouns:
                cur = cur.head.head
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() != "call" and _demand_verb(cur.head, d):
            return True  # "demanded his resignation" ("called an election" calls it)
        governors = load_data("triggers.json")["nouns"].get(tok.lower_, {}).get("governors", ())
        if cur.dep_ == "dobj" and (cur.head.lemma_.lower() in d.light_verbs or cur.head.lemma_.lower() in governors) \
                and _asked_of(cur.head, d):
            return True  # "urged the two sides to hold talks", "urged both sides to declare a ceasefire": asked of them
        return cur.dep_ == "pobj" and cur.head.lower_ == "for" and _demand_verb(cur.head.head, d)  # "called for new elections"
    return _asked_of(tok, d) or _bound_by_teller(tok, d)


def told_obligation(tok: Token, action: str) -> bool:
    """tok (Token): a verb trigger. action (str): its family. RETURNS (bool): a ``demand_families`` act that someone
    else says its subject must do ("Mubarak said the US must be ready to mediate"): the teller's demand, no plan."""
    d = _demands()
    return action in d.families and tok.pos_ in ("VERB", "AUX") and _bound_by_teller(tok, d)


def asked_change(verb: Token) -> bool:
    """verb (Token): a verb that changes a plan ("call off", "postpone"). RETURNS (bool): it is asked of someone
    ("urged them to call off the strike", "called on the union to postpone the march"): a demand, no change made."""
    return verb.pos_ == "VERB" and _asked_of(verb, _demands())


def _bound_by_teller(tok: Token, d: _Demands) -> bool:
    """Whether a verb under an ``obligation_modals`` modal is in a clause someone else tells ("Straw said the government
    and the rebels must reach an agreement", "said the US must be ready to mediate": through the infinitive of an
    adjective or verb under the modal): the teller's demand of its subject (not "we must", the teller's own)."""
    for _ in range(2):
        if tok.dep_ != "xcomp":
            break
        tok = tok.head.head if tok.head.dep_ == "acomp" else tok.head  # "must be ready to mediate": the "be" of "ready"
    if tok.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in d.obligation for c in tok.children):
        return False
    teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return teller is not None and doer is not None and doer.pos_ != "PRON" and doer.lower_ != teller.lower_


def _asked_of(tok: Token, d: _Demands) -> bool:
    """Whether a verb is the infinitive of a demand verb with a person asked or a subject of its own ("urged X to step
    down", "called on him to resign", "was pressured to step aside", "called for him to be freed")."""
    if tok.dep_ == "advcl" and tok.head.lemma_.lower() == "call" and tok.head.pos_ == "VERB" \
            and any(c.dep_ == "mark" and c.lower_ in d.call_preps for c in tok.children):
        return True  # "called for him to be freed": the "for" the parser made the clause's mark
    if tok.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or not _demand_verb(tok.head, d):
        return False
    verb = tok.head
    asked = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in d.call_preps for c in verb.children)  # (passive: "was pressured to step aside")
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return asked or own_subject


def rallying_call(tok: Token, crowd: frozenset[str]) -> bool:
    """Whether a verb is the infinitive of a demand verb whose asked people are a crowd of its family ("The union
    called on members to march to parliament on Tuesday", "urged its supporters to rally"): a call to act, so the act
    lies ahead (planned), whatever the tense of the call.

    tok (Token): the trigger. crowd (frozenset[str]): the family's crowd words. RETURNS (bool)."""
    d = _demands()
    if tok.pos_ != "VERB" or tok.dep_ not in ("xcomp", "ccomp", "advcl") or not _demand_verb(tok.head, d):
        return False
    asked = [c for c in tok.head.children if c.dep_ in ("dobj", "dative")]
    asked += [g for c in tok.head.children if c.dep_ in ("prep", "prt") and c.lower_ in d.call_preps for g in c.children
              if g.dep_ == "pobj"]
    return any(a.lower_ in crowd for a in asked)

