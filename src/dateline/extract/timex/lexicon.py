"""Language data for the temporal tagger, loaded once from ``extract/data/time_en.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Lexicon", "load_lexicon", "alternation"]


@dataclass(frozen=True)
class Lexicon:
    """Word lists and maps of one language (all keys lower case).

    raw (dict): the JSON document as loaded; the typed fields below are views of it.
    months (dict[str, int]): month name or abbreviation -> 1..12.
    weekdays (dict[str, int]): weekday name or abbreviation -> ISO weekday 1..7.
    numbers (dict[str, float]): number word -> value.
    ordinals (dict[str, int]): ordinal word -> value.
    units (dict[str, str]): unit word -> TIMEX3 unit code (``D``, ``W``, ``TH``...).
    """

    raw: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    ordinals: dict[str, int]
    units: dict[str, str]

    def words(self, key: str) -> list[str]:
        """key (str): a top-level key holding a list or a map.
        RETURNS (list[str]): its entries (map keys for a map).
        """
        value = self.raw[key]
        return list(value) if isinstance(value, (list, dict)) else []

    def table(self, key: str) -> dict[str, Any]:
        """key (str): a top-level key holding a map.
        RETURNS (dict[str, Any]): the map.
        """
        value = self.raw[key]
        return dict(value) if isinstance(value, dict) else {}


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    """Load the language data file, once per language.

    language (str): language code; the file is ``extract/data/time_<language>.json``.
    RETURNS (Lexicon): the loaded data.
    RAISES FileNotFoundError: no data file for that language.
    """
    text = resources.files("dateline.extract").joinpath(f"data/time_{language}.json").read_text(encoding="utf-8")
    raw: dict[str, Any] = json.loads(text)
    return Lexicon(
        raw=raw,
        months={k: int(v) for k, v in raw["months"].items()},
        weekdays={k: int(v) for k, v in raw["weekdays"].items()},
        numbers={k: float(v) for k, v in raw["numbers"].items()},
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        units={k: str(v) for k, v in raw["units"].items()},
    )


def _abbreviation(word: str, words: list[str] | dict[str, Any]) -> bool:
    """RETURNS (bool): whether ``word`` shortens a longer word of the same value in ``words``."""
    if not isinstance(words, dict):
        return True
    value = words[word]
    return any(len(other) > len(word) and other.startswith(word) and v == value for other, v in words.items())


def alternation(words: list[str] | dict[str, Any], optional_period: bool = False) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace.

    words (list[str] | dict): the words (keys of a map).
    optional_period (bool): let each abbreviation be followed by an optional ``.``: a
        word of up to 4 letters that, in a map, is the start of a longer word with the
        same value (``sept`` of ``september``, not ``june``); in a list, any such word.
    RETURNS (str): a non-capturing group such as ``(?:september|sept\\.?|sep\\.?)``.
    """
    items = sorted(set(words), key=lambda w: (-len(w), w))
    parts = []
    for word in items:
        part = r"\s+".join(re.escape(piece) for piece in word.split(" "))
        if optional_period and word.isalpha() and len(word) <= 4 and _abbreviation(word, words):
            part += r"\.?"
        parts.append(part)
    if not items or any(not w for w in items):
        return "(?:" + "|".join(parts) + ")"
    # a lookahead on the possible first characters fails fast where no word can start, and the words share their
    # prefixes (a trie) so a position tries only the words that start with its characters
    firsts = "".join(sorted({re.escape(w[0]) for w in items}))
    return "(?=[" + firsts + "])" + _trie([_ATOM.findall(part) for part in parts])


#: One unit of an escaped word: an escaped character, a whitespace run, an optional period, or a character.
_ATOM = re.compile(r"\\s\+|\\\.\?|\\.|.", re.S)


def _trie(words: list[list[str]]) -> str:
    """words (list[list[str]]): the words as regex atoms, in the order a flat alternation would try them (longest
    first). RETURNS (str): one non-capturing group matching the same words, where words that start alike share that
    start; children are tried in the order of their first word and a word ending here after all longer ones, so the
    same word wins as in the flat alternation."""
    children: dict[str, list[list[str]]] = {}
    ends = False
    for atoms in words:
        if not atoms:
            ends = True
            continue
        children.setdefault(atoms[0], []).append(atoms[1:])
    if len({atom.lower() for atom in children}) < len(children):  # 'M' and 'm' both match under re.I: keep order
        return "(?:" + "|".join("".join(atoms) for atoms in words) + ")"
    branches = [atom + _trie(rest) if any(rest) else atom for atom, rest in children.items()]
    if ends:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
