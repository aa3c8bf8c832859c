"""Ships as actors: "The Indian Navy frigate INS Vaitarna will make a port call in Mombasa".

A navy ship's name opens with its navy's prefix ("INS", "USS", "HMS", "JS"; ``vessel_prefixes`` in
``data/names.json``, each with the navy's country). The recognizer tags such names as people or leaves them
unlabelled; :func:`vessel_spans` finds them so that they are actors of kind ``org`` with the navy's country, never
people.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import ORTH

from spacy.tokens import Doc, Span, Token

from ..model import ActorRef
from .nlp import load_data

__all__ = ["is_vessel", "is_vessel_name", "is_vessel_noun", "is_vessel_prefix", "vessel_references", "vessel_spans"]

#: The most words of a ship's name after its prefix ("USS Theodore Roosevelt").
_MAX_WORDS = 3


@cache
def _prefixes() -> dict[str, str]:
    prefixes: dict[str, str] = load_data("names.json")["vessel_prefixes"]
    return prefixes


def is_vessel_prefix(word: str) -> bool:
    """word (str): a word as written. RETURNS (bool): it is a navy's ship prefix ("JS", "INS")."""
    return word in _prefixes()


def is_vessel(span: Span) -> bool:
    """span (Span): a recognized name. RETURNS (bool): whether it opens with a navy's ship prefix ("INS Vaitarna")."""
    return len(span) >= 2 and is_vessel_name(span.text)


def is_vessel_name(name: str) -> bool:
    """name (str): an actor's name. RETURNS (bool): whether it is a ship's ("USS Harrington": a navy's prefix and a
    capitalized word)."""
    first, _, rest = name.partition(" ")
    return first in _prefixes() and rest[:1].isupper()


def vessel_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int, ActorRef]]:
    """The ships named in a doc.

    doc (Doc): a tagged doc. taken (set[int]): token indices already part of another name.
    RETURNS (list[tuple[int, int, ActorRef]]): (start, end, actor) of each ship name: its prefix and up to three
        capitalized words after it, not written in a line of capitals (a headline), as an ``org`` of the navy's
        country.
    """
    prefixes = _prefixes()
    found: list[tuple[int, int, ActorRef]] = []
    ids = numpy.flatnonzero(numpy.isin(doc.to_array([ORTH]), [doc.vocab.strings.add(p) for p in prefixes]))
    for tok in (doc[int(i)] for i in ids):  # (only the words that are ship prefixes, read off the doc's array)
        if tok.text not in prefixes or tok.i in taken or any(tok.i < end for _, end, _ in found[-1:]):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= _MAX_WORDS and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and not doc[end].is_upper and end not in taken:
            end += 1
        if end == tok.i + 1 or sum(t.is_upper for t in tok.sent if t.is_alpha) > len(tok.sent) / 2:
            continue
        name = doc[tok.i : end]
        found.append((tok.i, end, ActorRef(name.text, "org", None, prefixes[tok.text], name.start_char, name.end_char)))
    return found


@cache
def _vessel_nouns() -> frozenset[str]:
    return frozenset(load_data("names.json")["vessel_nouns"])


def is_vessel_noun(word: str) -> bool:
    """word (str): a word, lower case. RETURNS (bool): it names a kind of ship (``vessel_nouns`` of ``names.json``:
    "frigate", "ship")."""
    return word in _vessel_nouns()


def vessel_references(doc: Doc, ships: list[tuple[int, int, ActorRef]], taken: set[int]) -> list[tuple[int, int, ActorRef]]:
    """Ships told again by a common noun: "The patrol ship will head to Singapore instead" after "HMS Calder".

    doc (Doc): a parsed doc. ships (list): the named ships (:func:`vessel_spans`). taken (set[int]): tokens of names.
    RETURNS (list[tuple[int, int, ActorRef]]): (start, end, ship) of each definite ``vessel_nouns`` noun standing as a
        subject or object ("the ship", "the frigate"; not "the frigate's captain") after a named ship: the ship named
        last before it.
    """
    if not ships or not doc.has_annotation("DEP"):
        return []
    nouns = _vessel_nouns()
    found: list[tuple[int, int, ActorRef]] = []
    for tok in doc:
        if tok.i in taken or tok.lower_ not in nouns or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or _named_after(tok):
            continue
        last = [ref for start, _, ref in ships if start < tok.i]
        if last:
            found.append((tok.i, tok.i + 1, last[-1]))
    return found


def _named_after(tok: Token) -> bool:
    """tok (Token): a noun. RETURNS (bool): a name follows it in apposition or as its head ("the destroyer USS X")."""
    return any(c.dep_ == "appos" for c in tok.children) or tok.dep_ == "compound"
