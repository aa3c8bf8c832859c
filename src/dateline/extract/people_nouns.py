"""People nouns: the plural words that name people ("ministers", "leaders", "hosts"), and the gatherings an "of"
phrase of them names ("a meeting of EU farm ministers"). Words from ``titles.json`` and ``triggers.json``."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .nlp import load_data

__all__ = ["of_people", "people_words", "peoples_gathering_before"]


@cache
def people_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): singular nouns of people: ``anonymous`` and ``heads`` of ``titles.json`` and
    ``host_guest_nouns`` of ``triggers.json``."""
    data = load_data("titles.json")
    return frozenset(w.removesuffix("s") for key in ("anonymous", "heads") for w in data[key]) | frozenset(
        load_data("triggers.json")["host_guest_nouns"])


def of_people(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it has an "of" phrase naming people in the plural ("a meeting of EU
    farm ministers", "a summit of Caribbean leaders"): a gathering of those people, none of the people named apart."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and g.dep_ == "pobj" and g.tag_ == "NNS"
               and g.lower_.removesuffix("s") in people_words() for p in tok.children for g in p.children)


def peoples_gathering_before(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): an earlier mention of the same noun in the article is a gathering
    of people in the plural (:func:`of_people`: "A summit of Caribbean leaders ... has been moved to Nassau.
    ... The summit will now take place on March 12"): the same gathering, no person's own."""
    stem = tok.lower_.removesuffix("s")
    return any(t.lower_.removesuffix("s") == stem and t.pos_ in ("NOUN", "PROPN") and of_people(t)
               for t in tok.doc[: tok.i])
