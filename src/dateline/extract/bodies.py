"""A country's legislature as one actor: "Parliament of Romania", however an article names it.

"Romania's parliament", "the Romanian parliament", a bare "Parliament" under a Bucharest dateline, "lawmakers" who
voted, a vote "the speaker's office" tells: all are the body named by its ``body_names`` word (``families.json``) and
its country, so the store keeps one actor for it; so is a legislature's own name ("the Seimas", "the Knesset":
``legislature_names``).
"""

from __future__ import annotations

from functools import cache
import re
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..model import ActorRef
from .nlp import load_data
from .places import resolve_country, resolve_place

__all__ = ["body_forms", "body_title_forms", "known_body_spans", "legislature_aliases", "legislature_of", "legislature_spans", "national_names"]


def legislature_of(country: str, word: str = "parliament", start: int = -1, end: int = -1) -> ActorRef:
    """The legislature of a country.

    country (str): the country's name. word (str): the word the article names it by ("parliament", "senate",
        "lawmakers"; its ``body_names`` name, else the word capitalized; a generic "Parliament" is the state's own
        body of ``country_legislatures``: "Congress"). start, end (int): the mention's offsets.
    RETURNS (ActorRef): "<Name> of <country>", kind ``org``, of that country.
    """
    low = word.lower()
    data = load_data("families.json")
    name = data["body_names"].get(low, low[:1].upper() + low[1:])
    if name == "Parliament":
        name = data["country_legislatures"].get(country, name)  # "Peruvian lawmakers": the Congress of Peru
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
    starts = _candidate_starts(doc)  # (only a token that may open a name is looked at, read off the doc's array)
    while (i := next((k for k in starts if k >= i), len(doc))) < len(doc):
        hit = None
        if doc[i].lower_ in firsts and doc[i].text[:1].isupper():
            for n in range(min(_LONGEST, len(doc) - i), 0, -1):
                span = doc[i : i + n]
                if span.text.lower() in names and span[-1].text[:1].isupper():
                    hit = span
                    break
        if hit is not None and (hit.start > 0 and doc[hit.start - 1].pos_ == "PROPN" and doc[hit.start - 1].text[:1].isupper()
                                and not doc[hit.start - 1].is_sent_start and doc[hit.start - 1].dep_ == "compound"
                                and doc[hit.start - 1].head.i >= hit.start and resolve_country(doc[hit.start - 1].text) is None):
            hit = None  # "the port of Puerto Cortes": the last word of another name, no legislature (but "the
            # Spanish Cortes")
        if hit is None and (national := _national_body(doc, i)) is not None:
            found.append(national)
            i = national[1]
            continue
        if hit is None:
            i += 1
            continue
        country, word = names[hit.text.lower()]
        found.append((hit.start, hit.end, legislature_of(country, word, hit.start_char, hit.end_char)))
        i = hit.end
    return found


@cache
def _opening_words() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): every lower-case word a legislature's name (its own, a national one or a lower-case
    chamber's) may open with as a token: each leading part of a name up to a space, hyphen or apostrophe."""
    words: set[str] = set()
    for name in (*_legislature_names(), *national_names(), *_lowercase_chambers()):
        words |= {name[:k] for k in range(1, len(name) + 1) if k == len(name) or name[k] in " -'’"}
    return tuple(sorted(words))


@cache
def _opening_ids() -> "numpy.ndarray[Any, numpy.dtype[numpy.uint64]]":
    """RETURNS (numpy.ndarray): the string ids of :func:`_opening_words`."""
    return numpy.array([get_string_id(w) for w in _opening_words()], dtype="uint64")


def _candidate_starts(doc: Doc) -> list[int]:
    """doc (Doc): a tokenized doc. RETURNS (list[int]): indices of the tokens whose lower-case form may open a
    legislature's name (:func:`_opening_words`), in order."""
    return [int(k) for k in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _opening_ids()))]


@cache
def national_names() -> dict[str, str]:
    """The ``national_legislature_names`` of ``families.json``: lower-case name -> body word."""
    return dict(load_data("families.json")["national_legislature_names"])


def _national_body(doc: Doc, i: int) -> tuple[int, int, ActorRef] | None:
    """ "Lesotho's National Assembly", "the Nigerian House of Representatives", "Poland's lower house": a
    ``national_legislature_names`` name (capitalized, or one of ``lowercase_chamber_names``) starting at token ``i`` with a state's possessor or nationality right before it is that state's
    legislature. RETURNS (tuple | None): token start (the state's word), end and the body, else None."""
    lower = _lowercase_chambers()
    if i == 0 or not doc[i].text[:1].isupper() and doc[i].lower_ not in {n.split()[0] for n in lower}:
        return None
    names = national_names()
    for n in range(min(4, len(doc) - i), 0, -1):
        span = doc[i : i + n]
        if span.text.lower() not in names or not span[-1].text[:1].isupper() and span.text.lower() not in lower:
            continue
        start = i - 1
        if doc[start].tag_ == "POS" and start > 0:
            start -= 1  # "Lesotho['s]"
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            start -= 2  # "Guinea-Bissau's"
        country = resolve_country(doc[start : i - (1 if doc[i - 1].tag_ == "POS" else 0)].text)
        place = resolve_place(doc[start : i - (1 if doc[i - 1].tag_ == "POS" else 0)].text)
        if country is None or place is not None and place.kind != "country":
            return None  # (a state or its nationality, not a town: "Reading")
        body = legislature_of(country, names[span.text.lower()], doc[start].idx, span.end_char)
        return start, span.end, body
    return None


@cache
def _lowercase_chambers() -> frozenset[str]:
    """The ``lowercase_chamber_names`` of ``families.json`` ("lower house"): chamber names a state's own also in lower
    case."""
    return frozenset(load_data("families.json")["lowercase_chamber_names"])


@cache
def _first_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): the first words of the ``legislature_names`` (lower case)."""
    return frozenset(name.split()[0].removesuffix("'s") for name in _legislature_names())  # ("people's": "People" 's)


#: The most tokens a legislature's own name takes ("National People 's Congress").
_LONGEST = 5


@cache
def legislature_aliases(name: str) -> tuple[str, ...]:
    """name (str): a stored body's name ("Parliament of Lithuania"). RETURNS (tuple[str, ...]): the legislature's own
    names that stand for it ("seimas"), lower case; empty for any other name."""
    return tuple(own for own, (country, word) in _legislature_names().items() if legislature_of(country, word).name == name)


@cache
def _known_forms() -> dict[str, str]:
    """RETURNS (dict[str, str]): each written form of a ``known_bodies`` body (``families.json``) -> its name."""
    table: dict[str, list[str]] = load_data("families.json")["known_bodies"]
    return {form: name for name, forms in table.items() for form in (name, *forms)}


@cache
def known_body_forms() -> re.Pattern[str]:
    """RETURNS (re.Pattern): the written forms of the ``known_bodies`` bodies as whole words, longest first; the body's
    name is ``known_body_name`` of the match ("GCC", "Caricom")."""
    forms = sorted(_known_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def known_body_name(form: str) -> str | None:
    """form (str): words as written ("U.N. nuclear watchdog"). RETURNS (str | None): the ``known_bodies`` body they
    are a written form of (International Atomic Energy Agency), else None."""
    return _known_forms().get(form)


@cache
def _known_firsts() -> frozenset[str]:
    """RETURNS (frozenset[str]): the first words of the ``known_bodies`` forms, and their parts before a hyphen ("G" of
    "G-20", which may be its own token)."""
    firsts = {f.split()[0] for f in _known_forms()}
    return frozenset(firsts | {f.split("-")[0] for f in firsts})


def body_forms(name: str) -> tuple[str, ...]:
    """name (str): a stored body's name ("Association of Southeast Asian Nations"). RETURNS (tuple[str, ...]): its
    ``known_bodies`` written forms ("ASEAN"); empty for any other name."""
    return tuple(form for form, body in _known_forms().items() if body == name and form != name)


def body_title_forms(title: str) -> tuple[str, ...]:
    """title (str): an office named by a body's name and a head's title ("Red Cross President"). RETURNS
    (tuple[str, ...]): the same head's title after each written form of that ``known_bodies`` body ("ICRC President",
    "International Committee of the Red Cross President"), the given one first; only the title for any other."""
    low = title.lower()
    hit = max((form for form in _known_forms() if low.startswith(form.lower() + " ")), key=len, default=None)
    if hit is None:
        return (title,)
    head = title[len(hit) + 1 :]
    name = _known_forms()[hit]
    return tuple(dict.fromkeys([title, *(f"{form} {head}" for form in (name, *body_forms(name)))]))


def known_body_spans(doc: Doc) -> list[tuple[int, int, ActorRef]]:
    """A ``known_bodies`` body by any of its written forms ("ASEAN", "the Group of 20", "the Security Council"), however
    the recognizer labelled it, not when the form ends a longer name (a capitalized name word, a possessive or
    "Peace and" right before it: "the National Security Council", "Russia's Security Council").

    doc (Doc): a tokenized doc.
    RETURNS (list[tuple[int, int, ActorRef]]): token start, end and the body (kind ``org``, offsets of the form), in
        text order.
    """
    forms = _known_forms()
    firsts = _known_firsts()
    found: list[tuple[int, int, ActorRef]] = []
    i = 0
    while i < len(doc):
        hit = None
        if doc[i].text in firsts:
            for n in range(min(6, len(doc) - i), 0, -1):
                if doc[i : i + n].text in forms:
                    hit = doc[i : i + n]
                    break
        home = load_data("families.json")["body_countries"].get(forms[hit.text]) if hit is not None else None
        # ("Rapid Support Forces": Sudan's)
        if hit is None or _inside_longer_name(doc, hit.start) and not _own_country_before(doc, hit.start, home):
            i += 1
            continue
        found.append((hit.start, hit.end, ActorRef(forms[hit.text], "org", None, home, hit.start_char, hit.end_char)))
        i = hit.end
    return found


def _own_country_before(doc: Doc, start: int, home: str | None) -> bool:
    """RETURNS (bool): the form at ``start`` follows its own country's possessive ("Yemen's Houthi movement": the
    Houthis, whose country is Yemen; not "Russia's Security Council")."""
    return home is not None and start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].text == home


def _inside_longer_name(doc: Doc, start: int) -> bool:
    """RETURNS (bool): whether the token before ``start`` makes a form the end of a longer name: a capitalized word
    that does not open the sentence (not "The"), a possessive, or "and" after a capitalized word ("Peace and"; not an
    acronym or after another body's form: "Mercosur and EFTA")."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.tag_ == "POS" or before.text in ("'s", "’s"):
        return True
    if before.lower_ in ("and", "&") and start >= 2 and doc[start - 2].text[:1].isupper() \
            and not doc[start - 2].is_sent_start:
        return not (doc[start].is_upper or doc[start - 2].text in _known_forms())  # ("Mercosur and EFTA": two bodies)
    return before.text[:1].isupper() and before.lower_ != "the" and not before.is_sent_start and before.is_alpha \
        and not before.is_punct

