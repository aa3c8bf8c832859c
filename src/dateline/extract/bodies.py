"""A country's legislature as one actor: "Parliament of Romania", however an article names it.

"Romania's parliament", "the Romanian parliament", a bare "Parliament" under a Bucharest dateline, "lawmakers" who
voted, a vote "the speaker's office" tells: all are the body named by its ``body_names`` word (``families.json``) and
its country, so the store keeps one actor for it; so is a legislature's own name ("the Seimas", "the Knesset":
``legislature_names``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..model import ActorRef
from .nlp import load_data

__all__ = ["legislature_aliases", "legislature_of", "legislature_spans"]


def legislature_of(country: str, word: str = "parliament", start: int = -1, end: int = -1) -> ActorRef:
    """The legislature of a country.

    country (str): the country's name. word (str): the word the article names it by ("parliament", "senate",
        "lawmakers"; its ``body_names`` name, else the word capitalized). start, end (int): the mention's offsets.
    RETURNS (ActorRef): "<Name> of <country>", kind ``org``, of that country.
    """
    low = word.lower()
    name = load_data("families.json")["body_names"].get(low, low[:1].upper() + low[1:])
    return ActorRef(f"{name} of {country}", "org", None, country, start, end)


@cache
def _legislature_names() -> dict[str, tuple[str, str]]:
    """The ``legislature_names`` of ``families.json``: lower-case name -> (country, body word)."""
    table: dict[str, list[str]] = load_data("families.json")["legislature_names"]
    return {name: (country, word) for name, (country, word) in table.items()}


def legislature_spans(doc: Doc) -> list[tuple[int, int, ActorRef]]:
    """A legislature named by its own name ("the Seimas", "the State Duma", "the Verkhovna Rada"), however the
    recognizer labelled it (ORG, GPE, PERSON or nothing): the Parliament (or Senate) of its country.

    doc (Doc): a tokenized doc.
    RETURNS (list[tuple[int, int, ActorRef]]): token start, end and the body (offsets of the name), in text order.
    """
    names = _legislature_names()
    firsts = _first_words()
    found: list[tuple[int, int, ActorRef]] = []
    i = 0
    while i < len(doc):
        hit = None
        if doc[i].lower_ in firsts and doc[i].text[:1].isupper():
            for n in range(min(_LONGEST, len(doc) - i), 0, -1):
                span = doc[i : i + n]
                if span.text.lower() in names and span[-1].text[:1].isupper():
                    hit = span
                    break
        if hit is None:
            i += 1
            continue
        country, word = names[hit.text.lower()]
        found.append((hit.start, hit.end, legislature_of(country, word, hit.start_char, hit.end_char)))
        i = hit.end
    return found


@cache
def _first_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): the first words of the ``legislature_names`` (lower case)."""
    return frozenset(name.split()[0] for name in _legislature_names())


#: The most tokens a legislature's own name takes ("National People 's Congress").
_LONGEST = 5


@cache
def legislature_aliases(name: str) -> tuple[str, ...]:
    """name (str): a stored body's name ("Parliament of Lithuania"). RETURNS (tuple[str, ...]): the legislature's own
    names that stand for it ("seimas"), lower case; empty for any other name."""
    return tuple(own for own, (country, word) in _legislature_names().items() if legislature_of(country, word).name == name)
