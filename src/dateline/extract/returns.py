"""Trips come back from: "returned on Wednesday from a three-day visit to Vietnam" tells a visit made.

:func:`returned_from` tells whether a trip noun is what its actor came back from (``return_verbs`` of
``families.json``); the licensing of event nouns counts such a trip as told, and the builder dates it to the days
that end on the day of the return.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .nlp import load_data
from .triggers import _lex

__all__ = ["returned_from"]


@cache
def _return_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``return_verbs`` of ``families.json`` ("return", "fly", ...)."""
    return frozenset(load_data("families.json")["return_verbs"])


def returned_from(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is a trip noun (a visit-family noun) after the "from" of a
    ``return_verbs`` verb told in the past ("returned on Wednesday from a three-day visit to Vietnam", "has come back
    from a tour of the Gulf"): a trip made."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from" or _lex().nouns.get(tok.lower_, {}).get("action") != "visit":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _return_verbs() and (
        verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
