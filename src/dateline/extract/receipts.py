"""Round-3 readings of the families that act on a thing (see ``data/families.json``, key ``receipt_verbs``...).

"Prime Minister X accepted her resignation": the resignation of the possessor, tendered already, never of the subject.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .nlp import load_data

__all__ = ["received_call", "received_resignation", "taking_effect"]

#: Kinds of plan change whose verbs put off or call off a measure's coming into force (``status_cues.json``).
_CHANGE_KINDS = ("postponed", "cancelled")


@cache
def _receipt_verbs() -> frozenset[str]:
    return frozenset(load_data("families.json")["receipt_verbs"])


def received_resignation(tok: Token) -> Token | None:
    """ "accepted her resignation", "has received his resignation": the possessor of a resignation noun that is the
    object of a ``receipt_verbs`` verb (the one who resigned, not the verb's subject), else None.

    tok (Token): a resign event noun. RETURNS (Token | None): the possessor token (a pronoun or a name)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _receipt_verbs():
        return None
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return next((c for c in tok.children if c.dep_ == "poss"), None) or (of[0] if of else tok)  # none: the noun (no one)


def received_call(tok: Token) -> tuple[Token | None, bool] | None:
    """ "X received a phone call from Y": for a ``receipt_verbs`` verb whose object is a call, the token after "from" on
    it (Y, who called; None when not named) and whether the call is told as one by phone (a ``call_manner_words``
    compound: "phone", "telephone", "video"); None for any other verb.

    tok (Token): an event's trigger verb. RETURNS (tuple[Token | None, bool] | None): (caller token, by phone)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _receipt_verbs():
        return None
    calls = [o for o in tok.children if o.dep_ == "dobj"]
    source = next((g for o in calls for p in o.children if p.dep_ == "prep" and p.lower_ == "from"
                   for g in p.children if g.dep_ == "pobj"), None)
    data = load_data("families.json")
    words = {c.lower_ for o in calls for c in o.children if c.dep_ in ("compound", "amod")}
    if words & set(data["visit_call_words"]):
        return None, False  # "received a courtesy call from the ambassador": a visit, no phone call
    return source, bool(words & set(data["call_manner_words"]))


@cache
def _effect_phrases() -> frozenset[str]:
    return frozenset(load_data("families.json")["effect_phrases"])


@cache
def _change_verbs() -> dict[str, frozenset[str]]:
    """Verbs that put off or call off a measure, each with the particles it needs ({} when none)."""
    data = load_data("status_cues.json")
    verbs: dict[str, frozenset[str]] = {}
    for kind in _CHANGE_KINDS:
        particles = data.get(f"{kind}_particles", {})
        for lemma in data[f"{kind}_verbs"]:
            verbs[lemma] = frozenset(particles.get(lemma, ()))
    return verbs


def _changed(tok: Token) -> bool:
    """ "has postponed the tariffs until July 15", "the sanctions were put off": a noun that is the object or the passive
    subject of a plan-change verb (with its particle, "called off", not "called the tariffs unfair")."""
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return False
    verb = tok.head
    needed = _change_verbs().get(verb.lemma_.lower())
    if needed is None:
        return False
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in load_data("families.json")["in_force_verbs"]
           for c in tok.children):
        return False  # "will withdraw the retaliatory tariffs it imposed on U.S. almonds": measures in force lifted (the
        # verb's easing), no plan called off
    return not needed or any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in needed for c in verb.children)


def taking_effect(tok: Token) -> bool:
    """ "New sanctions on X took effect", "the tariffs came into force": a noun that is the subject of an
    ``effect_phrases`` phrase (the verb's lemma, then its object or preposition and that one's object); also a measure
    whose coming into force is put off or called off ("has postponed the tariffs until July 15": the plan changed)."""
    if _changed(tok):
        return True
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    for c in verb.children:
        if c.dep_ == "dobj":
            words = [verb.lemma_.lower(), c.lower_]
        elif c.dep_ == "prep":
            words = [verb.lemma_.lower(), c.lower_, *(g.lower_ for g in c.children if g.dep_ == "pobj")]
        else:
            continue
        if " ".join(words) in _effect_phrases():
            return True
    return False
