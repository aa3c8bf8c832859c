"""Round-3 readings of the families that act on a thing (see ``data/families.json``, key ``receipt_verbs``...).

"Prime Minister X accepted her resignation": the resignation of the possessor, tendered already, never of the subject.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .nlp import load_data

__all__ = ["received_resignation", "taking_effect"]


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


@cache
def _effect_phrases() -> frozenset[str]:
    return frozenset(load_data("families.json")["effect_phrases"])


def taking_effect(tok: Token) -> bool:
    """ "New sanctions on X took effect", "the tariffs came into force": a noun that is the subject of an
    ``effect_phrases`` phrase (the verb's lemma, then its object or preposition and that one's object)."""
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
