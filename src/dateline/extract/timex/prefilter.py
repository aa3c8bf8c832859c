"""Which literal strings a regex cannot match without: a per-document shortcut for the tagger's rules.

Most of the tagger's 54 rules match in few documents (the week-of, fiscal, holiday, century rules), yet scanning a
text with each costs about as much as with any other. :func:`required_literals` reads a compiled pattern's syntax
tree (Python's own ``re`` parser, a private module: on a Python where it changes, the analysis finds nothing and
every rule runs) and returns sets of strings such that every match contains a string of each set, compared after
:func:`fold`; a document whose folded text misses a whole set cannot match, so the rule is not run on it. The
analysis only ever answers with necessary sets (or none: no shortcut), so skipping changes no result:
``tests/extract/test_time_prefilter.py`` checks that on every rule.
"""

from __future__ import annotations

import re
import re._casefix
import re._constants as C  # noqa: N812 - the regex parser's opcode names
import re._parser as P  # noqa: N812
from functools import cache
from itertools import product
from typing import Any

import _sre

__all__ = ["fold", "may_match", "required_literals"]

#: Largest set of strings a finite piece of a pattern may stand for before the analysis gives up on it.
_CAP = 400
#: Shortest literal worth a substring test: shorter ones are in almost every document.
_MIN_LENGTH = 3
#: Most necessary sets tested per rule, the most selective first.
_MOST_SETS = 3

_Lang = frozenset[str]


def _canon(code: int) -> int:
    """The one character a case-insensitive ``re`` match treats ``code`` as: its simple lower case, then the
    smallest of the extra equivalents ``re`` knows ('ı' is 'i', 'ſ' is 's')."""
    low: int = _sre.unicode_tolower(code)
    extra: tuple[int, ...] = re._casefix._EXTRA_CASES.get(low, ())
    return min((low, *extra))


@cache
def _table() -> dict[int, int]:
    return {c: canon for c in range(0x10000) if (canon := _canon(c)) != c}


def fold(text: str) -> str:
    """text (str): any text. RETURNS (str): the text with each character replaced by the one a case-insensitive
    ``re`` match treats it as (the same length; 'İ' is 'i', unlike ``str.lower``)."""
    return text.lower() if text.isascii() else text.translate(_table())


def _fold(ch: int) -> str:
    return chr(_canon(ch))


def _cross(a: _Lang, b: _Lang) -> _Lang | None:
    if len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x, y in product(a, b))


def _better(a: _Lang | None, b: _Lang | None) -> _Lang | None:
    """The more selective of two necessary sets: longer shortest string first, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _rank(a) >= _rank(b) else b


def _rank(strings: _Lang) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


def _best(needs: list[_Lang]) -> _Lang | None:
    best: _Lang | None = None
    for need in needs:
        best = _better(best, need)
    return best


def _charset(items: list[tuple[Any, Any]]) -> _Lang | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            chars.add(_fold(arg))
        elif op is C.RANGE and arg[1] - arg[0] < 12:
            chars.update(_fold(c) for c in range(arg[0], arg[1] + 1))
        else:  # NEGATE, CATEGORY, wide ranges
            return None
    return frozenset(chars) if len(chars) <= 12 else None


def _union(sets: list[_Lang | None]) -> _Lang | None:
    if any(s is None for s in sets):
        return None
    merged: _Lang = frozenset().union(*sets)  # type: ignore[arg-type]
    return merged if len(merged) <= _CAP else None


def _repeat(low: int, high: int, lang: _Lang | None) -> _Lang | None:
    """The exact strings of ``lang`` repeated ``low`` to ``high`` times, if few."""
    if lang is None or high == C.MAXREPEAT or high > 4:
        return None
    found: set[str] = {""} if low == 0 else set()
    acc: _Lang | None = frozenset({""})
    for count in range(1, high + 1):
        acc = _cross(acc, lang) if acc is not None else None
        if acc is None:
            return None
        if count >= low:
            found |= acc
    return frozenset(found) if len(found) <= _CAP else None


def _item(op: Any, arg: Any) -> tuple[_Lang | None, list[_Lang]]:
    """One node: (the exact strings it can match, if few; necessary sets of strings, all of which must hold)."""
    if op is C.LITERAL:
        return frozenset({_fold(arg)}), []
    if op in (C.AT, C.ASSERT_NOT):
        return frozenset({""}), []
    if op is C.ASSERT:  # a lookaround's text is in the document too
        return frozenset({""}), _sequence(arg[1])[1]
    if op is C.IN:
        return _charset(arg), []
    if op is C.SUBPATTERN:
        return _sequence(arg[-1])
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(arg)
    if op is C.BRANCH:  # one necessary set per alternative, joined
        langs: list[_Lang | None] = []
        picks: list[_Lang | None] = []
        for seq in arg[1]:
            lang, needs = _sequence(seq)
            langs.append(lang)
            if lang is not None and "" not in lang:
                needs = [*needs, lang]
            picks.append(_best(needs))
        joined = _union(picks)
        return _union(langs), [joined] if joined is not None else []
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        low, high, sub = arg
        if high == 0:
            return frozenset({""}), []
        lang, needs = _sequence(sub)
        if low == 0:
            return _repeat(low, high, lang), []
        if lang is not None and "" not in lang:
            needs = [*needs, lang]
        return _repeat(low, high, lang), needs
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS...


def _sequence(seq: Any) -> tuple[_Lang | None, list[_Lang]]:
    """A sequence of nodes: runs of finite nodes give exact strings (their cross product), each a necessary set;
    so is every necessary set of a node."""
    needs: list[_Lang] = []
    run: _Lang = frozenset({""})
    whole: _Lang | None = frozenset({""})
    for op, arg in seq:
        lang, item_needs = _item(op, arg)
        needs.extend(item_needs)
        joined = _cross(run, lang) if lang is not None else None
        if joined is None:  # an open-ended node, or too many strings: the run so far is one necessary set
            if "" not in run:
                needs.append(run)
            joined = lang if lang is not None else frozenset({""})
        run = joined
        whole = _cross(whole, lang) if whole is not None and lang is not None else None
    if "" not in run:
        needs.append(run)
    return whole, needs


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """pattern (re.Pattern[str]): a compiled regex.
    RETURNS (tuple[frozenset[str], ...]): sets of folded strings (see :func:`fold`); every match contains a string
    of each set. Only sets whose strings are all 3 characters or longer, the most selective first, at most 3; empty
    when the analysis finds none (no shortcut)."""
    try:
        lang, needs = _sequence(P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser of another Python version: no shortcut, never a wrong one
        return ()
    if lang is not None and "" not in lang:
        needs.append(lang)
    useful = sorted({_minimal(n) for n in needs if _rank(n)[0] >= _MIN_LENGTH}, key=_rank, reverse=True)
    kept: list[_Lang] = []
    for need in useful:  # a set implied by a kept one (each of its strings holds one of this set's) adds nothing
        if not any(all(any(s in longer for s in need) for longer in other) for other in kept):
            kept.append(need)
    return tuple(kept[:_MOST_SETS])


def _minimal(strings: _Lang) -> _Lang:
    """The same test with fewer strings: one that holds another of the set adds nothing ("foo", "foobar")."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def may_match(required: tuple[frozenset[str], ...], folded_text: str) -> bool:
    """required (tuple[frozenset[str], ...]): from :func:`required_literals`. folded_text (str): ``fold(text)``.
    RETURNS (bool): False only when the pattern cannot match the text."""
    return all(any(s in folded_text for s in need) for need in required)
