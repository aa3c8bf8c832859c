"""The model's attribute rules (tag -> part of speech and morphology, a few lemmas) applied by table lookup.

spaCy's ``attribute_ruler`` runs a ``Matcher`` of some 180 patterns over every token: in
``en_core_web_sm`` almost all of them test one token's tag, lower-case form or dependency
label ("a VBD is a VERB with Tense=Past|VerbForm=Fin"). :class:`TableAttributes` reads the
same patterns from the loaded ruler and gives every token the same attributes. A token is
reduced to a key, its (tag, lower, dep, is_space) with every value no pattern names
replaced by one placeholder, so a few hundred keys cover all news text; each key's
matching patterns are worked out once per process. Patterns of several plain tokens
("there is", "gon na") are checked from the same keys; a pattern with anything else (a
regular expression, an operator) still goes through a ``Matcher``, run only on docs with a
word it needs. Patterns apply in the ruler's order, later ones winning, all matched on the
doc as the ruler finds it, so the output is the ruler's, token for token
(``tests/extract/test_attributes.py`` checks it against the model's own ruler); it takes
about a fifth of the ruler's time.
"""

from __future__ import annotations

import re
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

__all__ = ["TableAttributes", "unsupported_attributes"]

#: Token attributes a plain pattern token may test, in the column order of the key.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]

#: Attributes written through ``Doc.from_array``; TAG and DEP, which one pattern each may set, are set token by token.
_ARRAY_ATTRS = (POS, MORPH, LEMMA)

#: Stands for every value of a key column that no pattern names (a string hash equal to it: one chance in 2**64).
_OTHER = numpy.uint64(2**64 - 1)

#: One test of a plain pattern token: the key column, the values named, whether they are excluded (NOT_IN), and a
#: regular expression searched in the value's string instead (None for a value test).
_Test = tuple[int, frozenset[int], bool, re.Pattern[str] | None]


class TableAttributes:
    """The ``dateline_attributes_v1`` component: the model's ``attribute_ruler``, same output, by lookup.

    nlp (Language): the pipeline (its vocab holds the pattern strings).
    """

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.attrs: list[dict[int, int]] = []
        self.indices: list[int] = []
        self.single: list[tuple[int, list[list[_Test]]]] = []  # (pattern number, alternatives of one token)
        self.longer: list[tuple[int, list[list[_Test]]]] = []  # (pattern number, one alternative of plain tokens)
        self.named: list[numpy.ndarray] = []  # per key column: the values patterns name
        self.searched: list[list[re.Pattern[str]]] = []  # per key column: the expressions patterns search its strings for
        self.hits: dict[tuple[int, int], bool] = {}  # (column, string hash) -> whether an expression of it finds it
        self.matcher: Matcher | None = None
        self.matcher_words: numpy.ndarray | None = None  # lower forms one of which a doc needs for the Matcher to run
        self.memo: dict[tuple[int, ...], int] = {}
        self.rows: list[tuple[dict[int, int], tuple[int, ...], frozenset[tuple[int, int]]]] = []
        self._cols: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray] | None = None

    def use(self, ruler: Any) -> None:
        """ruler (AttributeRuler): the model's initialized ruler, whose patterns, attributes and indices we take.
        RAISES ValueError: a pattern sets an attribute other than POS, MORPH, LEMMA, TAG or DEP (keep the ruler then)."""
        strings = self.vocab.strings
        if unknown := unsupported_attributes(ruler):
            raise ValueError(f"dateline_attributes_v1: the ruler sets attributes {sorted(unknown)} this component cannot")
        self.attrs = [dict(a) for a in ruler.attrs]
        self.indices = list(ruler.indices)
        self.single, self.longer, self.memo, self.rows, self._cols = [], [], {}, [], None
        self.matcher = None
        named: list[set[int]] = [set() for _ in _KEY_ATTRS]
        searched: list[list[re.Pattern[str]]] = [[] for _ in _KEY_ATTRS]
        needed: set[int] | None = set()
        for number, spec in enumerate(ruler.patterns):
            alternatives = [[_tests(token, strings) for token in alt] for alt in spec["patterns"]]
            if all(all(t is not None for t in alt) for alt in alternatives):
                plain = [[t for t in alt if t is not None] for alt in alternatives]
                for alt in plain:
                    for token in alt:
                        for col, values, _negated, expression in token:
                            named[col].update(values)
                            if expression is not None and expression not in searched[col]:
                                searched[col].append(expression)
                if all(len(alt) == 1 for alt in plain):
                    self.single.append((number, [alt[0] for alt in plain]))
                else:
                    self.longer.extend((number, alt) for alt in plain)
                continue
            if self.matcher is None:
                self.matcher = Matcher(self.vocab)
            self.matcher.add(str(number), spec["patterns"])
            for alt in spec["patterns"]:
                words = _needed_words(alt, strings)
                if words is None or needed is None:
                    needed = None
                else:
                    needed |= words
        self.named = [numpy.array(sorted(v), dtype="uint64") for v in named]
        self.searched, self.hits = searched, {}
        self.matcher_words = None if needed is None else numpy.array(sorted(needed), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a tagged and parsed doc. RETURNS (Doc): the doc with the ruler's POS, MORPH and LEMMA (and,
        where a pattern says so, TAG and DEP) set. RAISES ValueError: a pattern's index falls outside its match (as
        the ruler's E1001)."""
        if not len(doc) or not self.attrs:
            return doc
        raw = doc.to_array(_KEY_IDS)
        keys = raw.copy()
        for col, values in enumerate(self.named):
            other = ~numpy.isin(raw[:, col], values)
            if self.searched[col] and other.any():  # a value an expression finds keeps its own key
                other &= ~numpy.isin(raw[:, col], self._found(col, numpy.unique(raw[other, col])))
            keys[other, col] = _OTHER
        memo, rows = self.memo, self.rows
        distinct, inverse = numpy.unique(keys, axis=0, return_inverse=True)  # a news article: some 60 keys
        found: list[int] = []
        for row in distinct.tolist():
            key = tuple(row)
            number = memo.get(key)
            if number is None:
                number = memo[key] = len(rows)
                rows.append(self._resolve(key))
            found.append(number)
        index = numpy.array(found, dtype="int64")[inverse.reshape(-1)]
        extra = self._longer_matches(doc, index)
        extra_matches = self._matcher_matches(doc, raw)
        for i, numbers in extra_matches.items():
            extra.setdefault(i, []).extend(numbers)
        has_all, values_all, more_all, _firsts = self._columns()
        out = doc.to_array(list(_ARRAY_ATTRS))
        has = has_all[index]
        out[has] = values_all[index][has]
        others: list[tuple[int, dict[int, int]]] = []
        for i, numbers in extra.items():
            final = self._fold(sorted([*rows[index[i]][1], *numbers]))
            for j, attr in enumerate(_ARRAY_ATTRS):
                if attr in final:
                    out[i, j] = final[attr]
            others.append((i, final))
        for k in numpy.flatnonzero(more_all[index]).tolist():
            if k not in extra:
                others.append((k, rows[index[k]][0]))
        doc.from_array(list(_ARRAY_ATTRS), cast(Any, out))
        for i, final in others:
            token = doc[i]
            for attr, value in final.items():
                if attr == TAG:
                    token.tag = value
                elif attr == DEP:
                    token.dep = value
        return doc

    def _found(self, col: int, values: numpy.ndarray) -> numpy.ndarray:
        """col (int): a key column. values (ndarray): string hashes met in it. RETURNS (ndarray): those whose string
        one of the column's expressions finds (remembered per hash)."""
        hits, strings, expressions = self.hits, self.vocab.strings, self.searched[col]
        kept = []
        for value in values.tolist():
            hit = hits.get((col, value))
            if hit is None:
                hit = hits[(col, value)] = any(e.search(strings[value]) for e in expressions)
            if hit:
                kept.append(value)
        return numpy.array(kept, dtype="uint64")

    def _columns(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """RETURNS (tuple): per key row, whether its patterns set each of ``_ARRAY_ATTRS`` (rows x 3 bools), the
        values (rows x 3), whether they set anything else, and whether the row passes the first token of each
        longer plain pattern (rows x entries); rebuilt when new keys were met."""
        if self._cols is None or len(self._cols[0]) != len(self.rows):
            finals = [row[0] for row in self.rows]
            self._cols = (
                numpy.array([[attr in f for attr in _ARRAY_ATTRS] for f in finals], dtype=bool).reshape(-1, len(_ARRAY_ATTRS)),
                numpy.array([[f.get(attr, 0) for attr in _ARRAY_ATTRS] for f in finals], dtype="uint64").reshape(-1, len(_ARRAY_ATTRS)),
                numpy.array([any(a not in _ARRAY_ATTRS for a in f) for f in finals], dtype=bool),
                numpy.array([[(entry, 0) in row[2] for entry in range(len(self.longer))] for row in self.rows],
                            dtype=bool).reshape(-1, len(self.longer)),
            )
        return self._cols

    def _resolve(self, key: tuple[int, ...]) -> tuple[dict[int, int], tuple[int, ...], frozenset[tuple[int, int]]]:
        """key (tuple[int, ...]): a token's key. RETURNS (tuple): the attributes its one-token patterns leave it with,
        their numbers in order, and the (entry, position) pairs of the longer plain patterns it satisfies."""
        strings = self.vocab.strings
        numbers = tuple(number for number, alternatives in self.single
                        if any(_passes(key, alt, strings) for alt in alternatives))
        steps = frozenset((entry, pos) for entry, (_number, alt) in enumerate(self.longer)
                          for pos, token in enumerate(alt) if _passes(key, token, strings))
        return self._fold(list(numbers)), numbers, steps

    def _fold(self, numbers: list[int]) -> dict[int, int]:
        """numbers (list[int]): matched pattern numbers in order. RETURNS (dict[int, int]): attribute -> value, the
        later pattern winning."""
        final: dict[int, int] = {}
        for number in numbers:
            final.update(self.attrs[number])
        return final

    def _target(self, number: int, start: int, end: int, doc: Doc) -> int:
        """RETURNS (int): the token a match of pattern ``number`` over [start, end) sets. RAISES ValueError: outside."""
        index = self.indices[number]
        target = (start if index >= 0 else end) + index
        if not start <= target < end:
            raise ValueError(f"attribute pattern {number}: index {index} is outside its match "
                             f"{[t.text for t in doc[start:end]]}")
        return target

    def _longer_matches(self, doc: Doc, index: numpy.ndarray) -> dict[int, list[int]]:
        """doc (Doc): the doc. index (ndarray): its tokens' key rows. RETURNS (dict[int, list[int]]): token index ->
        numbers of the longer plain patterns whose match sets that token."""
        found: dict[int, list[int]] = {}
        if not self.longer:
            return found
        rows = self.rows
        n = len(index)
        firsts = self._columns()[3][index]
        for entry, (number, alt) in enumerate(self.longer):
            size = len(alt)
            for start in numpy.flatnonzero(firsts[:, entry]).tolist():
                if start + size <= n and all(
                        (entry, pos) in rows[index[start + pos]][2] for pos in range(1, size)):
                    target = self._target(number, start, start + size, doc)
                    if number not in found.get(target, ()):
                        found.setdefault(target, []).append(number)
        return found

    def _matcher_matches(self, doc: Doc, raw: numpy.ndarray) -> dict[int, list[int]]:
        """doc (Doc): the doc. raw (ndarray): its (tag, lower, dep, is_space) columns. RETURNS (dict[int, list[int]]):
        token index -> numbers of the Matcher's patterns whose match sets that token (none when the doc lacks every
        word they need)."""
        found: dict[int, list[int]] = {}
        if self.matcher is None or (self.matcher_words is not None and not numpy.isin(raw[:, 1], self.matcher_words).any()):
            return found
        strings = self.vocab.strings
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            number = int(strings[match_id])
            found.setdefault(self._target(number, start, end, doc), []).append(number)
        return found


def unsupported_attributes(ruler: Any) -> set[int]:
    """ruler (AttributeRuler): a loaded ruler. RETURNS (set[int]): the attributes its patterns set that
    :class:`TableAttributes` cannot (any but POS, MORPH, LEMMA, TAG and DEP); empty when it can stand in for the ruler."""
    return {a for attrs in ruler.attrs for a in attrs if a not in (*_ARRAY_ATTRS, TAG, DEP)}


def _passes(key: tuple[int, ...], tests: list[_Test], strings: Any) -> bool:
    """key (tuple): a token's key. tests (list): the tests of one pattern token. strings (StringStore): the vocab's
    strings. RETURNS (bool): whether the token passes every test."""
    for col, values, negated, expression in tests:
        if expression is not None:
            if key[col] == _OTHER or expression.search(strings[key[col]]) is None:
                return False
        elif (key[col] in values) == negated:
            return False
    return True


def _tests(token: dict[str, Any], strings: Any) -> list[_Test] | None:
    """token (dict): one token of a Matcher pattern. strings (StringStore): the vocab's strings.
    RETURNS (list | None): its tests as (key column, values, negated), or None when it tests something the key does
    not hold or uses an operator (then the ``Matcher`` runs the pattern)."""
    tests: list[_Test] = []
    for name, value in token.items():
        if name not in _KEY_ATTRS:
            return None
        col = _KEY_ATTRS.index(name)
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append((col, frozenset([int(value)]), False, None))
        elif isinstance(value, str):
            tests.append((col, frozenset([strings.add(value)]), False, None))
        elif isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
            tests.append((col, frozenset(), False, re.compile(value["REGEX"])))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") and all(
                isinstance(v, str) for v in next(iter(value.values()))):
            op, listed = next(iter(value.items()))
            tests.append((col, frozenset(strings.add(v) for v in listed), op == "NOT_IN", None))
        else:
            return None
    return tests


def _needed_words(alternative: list[dict[str, Any]], strings: Any) -> set[int] | None:
    """alternative (list[dict]): a Matcher pattern. RETURNS (set[int] | None): lower forms one of which any match
    holds (from its first token with a plain LOWER test and no operator), or None when no token has one."""
    for token in alternative:
        value = token.get("LOWER")
        if "OP" in token:
            continue
        if isinstance(value, str):
            return {strings.add(value)}
        if isinstance(value, dict) and list(value) == ["IN"]:
            return {strings.add(v) for v in value["IN"]}
    return None
