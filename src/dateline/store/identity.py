"""Which stored actor a mention names: pure functions over known names and aliases.

One person is one actor across articles: "Pete Hegseth", "Hegseth" and
"Peter Hegseth" merge when nothing else competes for the surname. Countries and
organizations match by exact name or alias only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import ActorRef

__all__ = ["name_key", "match_actor", "compound_head", "bare", "initials", "group_short", "names_crowd", "singular",
           "office_name", "names_office", "equivalent_titles", "lone_name"]


@cache
def _particles() -> frozenset[str]:
    """Name particles ("da", "von", "bin"...), from the extractor's ``titles.json`` ``name_particles``."""
    text = resources.files("dateline.extract").joinpath("data", "titles.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text)["name_particles"])


@cache
def merge_data() -> dict[str, Any]:
    """RETURNS (dict): the store's ``data/merge.json``, read once per process."""
    data: dict[str, Any] = json.loads(resources.files("dateline.store").joinpath("data", "merge.json")
                                      .read_text(encoding="utf-8"))
    return data


@cache
def _group_heads() -> frozenset[str]:
    """Last words of a group's name that the group's other words name alone (``group_heads`` of ``data/merge.json``)."""
    return frozenset(merge_data()["group_heads"])


@cache
def _company_suffixes() -> frozenset[str]:
    """``company_suffixes`` of ``data/merge.json``: last words of a company's name its other words name alone."""
    return frozenset(merge_data()["company_suffixes"])


def company_short(name: str) -> str | None:
    """name (str): an organization's name ("Ashcombe Group"). RETURNS (str | None): the name without its
    ``company_suffixes`` last word ("Ashcombe"), the same company; None when it has no such word or nothing before it."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _company_suffixes() else None


def office_name(title: str, country: str) -> str:
    """title (str): an office's title ("Foreign Minister"). country (str): its country. RETURNS (str): the name the
    extractor gives that office when no holder is named ("Foreign Minister of Japan")."""
    return f"{title} of {country}"


def names_office(ref: ActorRef) -> bool:
    """ref (ActorRef): an actor. RETURNS (bool): it names an office, no person ("Foreign Minister of Japan", as the
    extractor names an office it finds no holder for)."""
    return ref.is_office()


def group_short(name: str) -> str | None:
    """name (str): a group's name ("opposition party"). RETURNS (str | None): the name without its ``group_heads``
    last word ("opposition"), the same group; None when it has no such word or nothing before it."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _group_heads() else None


def names_crowd(body: str, crowd: str) -> bool:
    """body (str): a union's or group's name ("Irish Nurses and Midwives Organisation"). crowd (str): a crowd word
    ("nurses"). RETURNS (bool): whether the body is named after the crowd (every word of the crowd, singular, is a
    word of the body's name, which is longer, or of five letters or more and the end of one: "Mineworkers Union" and
    "workers"; or of eight letters or more and ends in one of five or more: "Port Workers' Union" and "dockworkers";
    a body of workers of any trade, "Nigeria Labour Congress", is named after "workers" and is "the labour
    federation"; a trade's "-ing" word names its "-ers": the "Mining and Allied Workers Union" and "miners")."""
    mine, theirs = _unpossessed(name_key(body)), _unpossessed(name_key(crowd))  # ("garment workers' union")
    if len(mine) > 1 and _labour_words() & set(mine) and theirs and all(
            w == "workers" or singular(w) in _body_kinds() or w in _labour_words() for w in theirs):
        return True  # "the Nigeria Labour Congress" speaks for the country's "workers" (a body of no one trade), and is
        # its "main labour federation"
    own = {singular(w) for w in mine}
    if own & _body_kinds():
        own |= _body_kinds()  # "the teachers' union" may be the "National Association of Teachers"
    return len(mine) > len(theirs) > 0 and all(
        singular(w) in own or len(w) >= 5 and singular(w).endswith("er") and f"{singular(w)[:-2]}ing" in own
        or len(w) >= 5 and any(len(m) > len(w) and m.endswith(singular(w)) for m in own)
        or len(w) >= 8 and any(len(m) >= 5 and len(singular(w)) > len(m) and singular(w).endswith(m) for m in own)
        for w in theirs)  # (a word ending in the crowd word: the "Mineworkers Union" is named after "workers"; a crowd
    # word ending in a word of the name: the "Port Workers' Union" speaks for "dockworkers")


@cache
def _families() -> dict[str, Any]:
    """RETURNS (dict): the extractor's ``families.json``, read once."""
    data: dict[str, Any] = json.loads(
        resources.files("dateline.extract").joinpath("data", "families.json").read_text(encoding="utf-8"))
    return data


@cache
def _body_kinds() -> frozenset[str]:
    """Words naming the kind of a members' body, any of which a description may use for another ("union",
    "association"): the extractor's ``member_body_nouns`` of ``families.json``."""
    return frozenset(_families()["member_body_nouns"])


def body_kinds() -> frozenset[str]:
    """RETURNS (frozenset[str]): the words naming the kind of a members' body ("union", "federation"), singular."""
    return _body_kinds()


@cache
def _office_table() -> dict[str, tuple[str, ...]]:
    """RETURNS (dict[str, tuple[str, ...]]): ``office_equivalents`` of ``merge.json``, keyed by lower-case title."""
    return {k.lower(): tuple(v) for k, v in merge_data()["office_equivalents"].items()}


@cache
def generic_offices() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``generic_offices`` of ``merge.json``, lower case: titles held by the one person seen
    with any of their equivalents ("Leader": a president or a prime minister)."""
    return frozenset(t.lower() for t in merge_data()["generic_offices"])


def equivalent_titles(title: str) -> tuple[str, ...]:
    """title (str): a title of office ("Foreign Minister"). RETURNS (tuple[str, ...]): the titles that name the same
    office in other countries' words ("External Affairs Minister", "Secretary of State": ``office_equivalents`` of
    ``merge.json``), none for most titles."""
    return _office_table().get(title.lower(), ())


@cache
def _labour_words() -> frozenset[str]:
    """Words marking a name as a body of workers of any trade ("labour", "trades"): the extractor's
    ``labour_name_words`` of ``families.json``."""
    return frozenset(_families()["labour_name_words"])


def lone_name(ref: ActorRef) -> bool:
    """ref (ActorRef): a mention. RETURNS (bool): a single capitalized name (no initials) the recognizer took for a body
    ("talks with [Popsoi]ORG"), which may be a person the store knows by that surname."""
    return ref.kind == "org" and len(ref.name.split()) == 1 and not ref.name.isupper()


def labour_body(name: str) -> bool:
    """name (str): an organization's name. RETURNS (bool): a word of it names a body of members or of workers ("Harbour
    Workers' Union", "Hospital Doctors' Association": ``member_body_nouns`` and ``labour_name_words`` of the extractor's
    ``families.json``), so it may call its members' strike."""
    words = {singular(w) for w in _unpossessed(name_key(name))} | set(_unpossessed(name_key(name)))
    return bool(words & (_body_kinds() | _labour_words()))


def qualified_body(crowd: str, org: str) -> bool:
    """crowd (str): a group's name ("opposition"). org (str): an organization's name. RETURNS (bool): the group is a
    ``crowd_qualifiers`` word of the extractor's ``families.json`` and a word of the organization's name is one of the
    kinds of body it qualifies ("opposition" and "Citizens' Alliance for Change"), so the group may stand for that body."""
    kinds = _families()["crowd_qualifiers"].get(name_key(crowd))
    return kinds is not None and bool({singular(w) for w in _unpossessed(name_key(org))} & set(kinds))


def bare_body(name: str) -> bool:
    """name (str): a group's name. RETURNS (bool): it is only the kind of a members' body, named by no one's words ("union",
    "unions", "federation": the extractor's ``member_body_nouns``), so it may speak for any crowd of its story."""
    words = _unpossessed(name_key(name))
    return bool(words) and all(singular(w) in _body_kinds() or w in _body_kinds() for w in words)


def _unpossessed(key: str) -> list[str]:
    """key (str): a :func:`name_key`. RETURNS (list[str]): its words without a possessive ending ("workers'" ->
    "workers", "nurses's" -> "nurses")."""
    return [re.sub(r"(?:['’]s|['’])$", "", w) for w in key.split()]


def singular(word: str) -> str:
    """word (str): a lower-case word. RETURNS (str): it without a plural -s ("nurses" -> "nurse", "missiles" ->
    "missile"; not "press", not short words such as "gas")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad-d|ul)-(?=\w)")


def bare(word: str) -> str:
    """word (str): one :func:`name_key` word. RETURNS (str): it without an Arabic article
    prefix ("al-sisi" -> "sisi"), so "Sisi" names "Abdel Fattah al-Sisi"."""
    return _ARTICLE_PREFIX.sub("", word)


def compound_head(short: list[str], full: list[str]) -> bool:
    """True when ``short`` is the head word of a compound family name inside ``full``: a
    middle word followed by a name particle ("lula" of "luiz inacio lula da silva").

    short, full (list[str]): :func:`name_key` words. RETURNS (bool): whether it is.
    """
    particles = _particles()
    return len(short) == 1 and any(
        full[i] == short[0] and full[i + 1] in particles for i in range(1, len(full) - 1))


def name_key(name: str) -> str:
    """name (str): a name as written. RETURNS (str): case- and accent-folded key."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).replace(".", "").split())


def match_actor(
    name: str,
    kind: str,
    aliases: dict[str, set[int]],
    people: dict[int, str],
) -> int | None:
    """Find the stored actor a name refers to.

    name (str): canonical name from one article. kind (str): person, org or country.
    aliases (dict[str, set[int]]): alias key -> actor ids (from :func:`name_key`).
    people (dict[int, str]): id -> canonical name of every stored person.
    RETURNS (int | None): the actor id, or None when the name is new or ambiguous.
    """
    key = name_key(name)
    exact = aliases.get(key, set())
    if len(exact) == 1:
        return next(iter(exact))
    if exact or kind != "person":
        return None
    tokens = key.split()
    # a surname alone, or a full name whose surname (and first initial) fits one person
    candidates = []
    for actor_id, full in people.items():
        other = name_key(full).split()
        if not other:
            continue
        if len(tokens) == 1 and bare(tokens[0]) in (bare(other[-1]), other[0]):
            # family name last (Hegseth) or first (Lee of Lee Jae Myung)
            candidates.append(actor_id)
        elif len(tokens) > 1 and len(other) == 1 and other[0] in (tokens[-1], tokens[0]):
            candidates.append(actor_id)  # the full name of one first stored by surname, last or first ("Xi" of "Xi
            # Jinping", as "Lee" of "Lee Jae Myung" above)
        elif len(tokens) > 1 and len(other) > 1 and tokens[-1] == other[-1] and tokens[0][0] == other[0][0]:
            candidates.append(actor_id)
        elif 1 < len(tokens) < len(other) and other[-len(tokens):] == tokens:
            # a two-word family name alone ("Gutierrez Mendoza" of "Carlos Gutierrez Mendoza")
            candidates.append(actor_id)
        elif 1 < len(other) < len(tokens) and tokens[-len(other):] == other:
            candidates.append(actor_id)  # the full name of a person first named by family name
        elif compound_head(tokens, other) or compound_head(other, tokens):
            candidates.append(actor_id)  # "Lula" of "Luiz Inacio Lula da Silva"
        elif 1 < min(len(other), len(tokens)) < max(len(other), len(tokens)) and (
                tokens[: len(other)] == other or other[: len(tokens)] == tokens):
            candidates.append(actor_id)  # "Salva Kiir" and "Salva Kiir Mayardit": a further family name
    return candidates[0] if len(candidates) == 1 else None


#: Small words a body's initials skip ("North Atlantic Treaty Organization" is NATO).
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le"})


def abbreviates(short: str, name: str) -> bool:
    """short (str): a word in capitals ("COSATU"). name (str): a body's name ("Congress of South African Trade Unions").
    RETURNS (bool): the word is made of the first one or two letters of each capitalised word of the name, in order
    (the first word may give two: "CO" of "Congress"), with at least three letters and three such words."""
    plain = short.replace(".", "")
    caps = [w for w in name.split() if w[:1].isupper() and w.lower() not in _INITIAL_SKIP]
    if not (3 <= len(plain) <= 8 and plain.isalpha() and plain.isupper()) or len(caps) < 3:
        return False
    pattern = "".join(re.escape(w[0].upper()) + (f"{re.escape(w[1].upper())}?" if len(w) > 1 and w[1].isalpha() else "")
                      for w in caps)
    return re.fullmatch(pattern, plain) is not None


def initials(name: str) -> str | None:
    """A body's name and its initials, one form for both.

    name (str): a body's name ("European Union", "EU", "U.N.", "North Atlantic Treaty Organization").
    RETURNS (str | None): upper-case initials ("EU", "UN", "NATO"): the name itself when it is
        written as initials (2-6 capitals, dots allowed), else the first letters of its
        capitalised words when there are at least two; None otherwise.
    """
    plain = name.replace(".", "").strip()
    if 2 <= len(plain) <= 6 and plain.isalpha() and plain.isupper():
        return plain
    caps = [w for w in name.split() if w.lower() not in _INITIAL_SKIP]
    if len(caps) < 2 or not all(w[:1].isupper() for w in caps):
        return None
    return "".join(w[0] for w in caps).upper()

