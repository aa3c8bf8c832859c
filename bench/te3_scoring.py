"""TempEval-3 style TIMEX3 scoring (own implementation of the published measures).

Extents are compared on the non-whitespace characters of ``<TEXT>`` (so line
wrapping does not matter). Matching is one-to-one: identical extents first,
then the remaining pairs by largest overlap. Reported: strict and relaxed
P/R/F1, type and value accuracy over relaxed matches, and
value F1 = relaxed F1 x value accuracy (the TempEval-3 Task A ranking measure).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Timex", "Score", "read_timexes", "score_pairs"]

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)([^<>]*?)(/?)>")
_ATTR = re.compile(r"([\w:-]+)\s*=\s*\"([^\"]*)\"")


@dataclass(frozen=True)
class Timex:
    """One TIMEX3 in non-whitespace coordinates: [start, end), type, value, surface text."""

    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Score:
    """Counts over a set of documents; the measures are properties."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_sys if n_sys else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        """RETURNS (tuple): strict-extent precision, recall, F1."""
        return self._prf(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        """RETURNS (tuple): relaxed-extent (overlap) precision, recall, F1."""
        return self._prf(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> float:
        """RETURNS (float): share of relaxed matches with the gold type."""
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        """RETURNS (float): share of relaxed matches with the gold value."""
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        """RETURNS (float): relaxed F1 x value accuracy."""
        return self.relaxed_prf[2] * self.value_accuracy


def read_timexes(path: Path) -> tuple[str, list[Timex]]:
    """The TIMEX3 tags inside ``<TEXT>`` of a TimeML file.

    path (Path): the file.
    RETURNS (tuple[str, list[Timex]]): the non-whitespace text and the tags.
    """
    raw = path.read_text(encoding="utf-8")
    start = raw.find("<TEXT>")
    stop = raw.rfind("</TEXT>")
    region = raw[start + len("<TEXT>"): stop] if 0 <= start < stop else raw
    compact: list[str] = []
    size = 0
    open_tags: list[tuple[int, dict[str, str], list[str]]] = []
    found: list[Timex] = []
    last = 0

    def feed(chunk: str) -> None:
        nonlocal size
        chunk = html.unescape(chunk)
        squeezed = "".join(chunk.split())
        compact.append(squeezed)
        size += len(squeezed)
        for item in open_tags:
            item[2].append(chunk)

    for tag in _TAG.finditer(region):
        feed(region[last: tag.start()])
        last = tag.end()
        if tag.group(2) != "TIMEX3" or tag.group(4):
            continue
        if tag.group(1):
            if open_tags:
                begin, attrs, parts = open_tags.pop()
                if size > begin:
                    text = " ".join("".join(parts).split())
                    found.append(Timex(begin, size, attrs.get("type", ""), attrs.get("value", ""), text))
        else:
            open_tags.append((size, dict(_ATTR.findall(tag.group(3))), []))
    feed(region[last:])
    return "".join(compact), found


def score_pairs(pairs: list[tuple[Path, Path]], n_errors: int = 0) -> Score:
    """Score system files against gold files.

    pairs (list[tuple[Path, Path]]): (gold file, system file); a missing system
        file counts as empty output.
    n_errors (int): keep up to this many error lines (misses, spurious, wrong values).
    RETURNS (Score): the micro-averaged counts.
    """
    total = Score()
    for gold_path, sys_path in pairs:
        _, gold = read_timexes(gold_path)
        system = read_timexes(sys_path)[1] if sys_path.exists() else []
        total.gold += len(gold)
        total.system += len(system)
        matched = _match(gold, system)
        total.strict += sum(1 for g, s in matched if (gold[g].start, gold[g].end) == (system[s].start, system[s].end))
        total.relaxed += len(matched)
        for g, s in matched:
            total.type_ok += gold[g].type.strip().upper() == system[s].type.strip().upper()
            ok = gold[g].value.strip() == system[s].value.strip()
            total.value_ok += ok
            if not ok and len(total.errors) < n_errors:
                total.errors.append(f"{gold_path.name}\tvalue\t{gold[g].text!r} gold={gold[g].value} sys={system[s].value} ({system[s].text!r})")
        if n_errors:
            hit_g = {g for g, _ in matched}
            hit_s = {s for _, s in matched}
            for i, g_t in enumerate(gold):
                if i not in hit_g and len(total.errors) < n_errors:
                    total.errors.append(f"{gold_path.name}\tmissed\t{g_t.text!r} {g_t.type} {g_t.value}")
            for i, s_t in enumerate(system):
                if i not in hit_s and len(total.errors) < n_errors:
                    total.errors.append(f"{gold_path.name}\tspurious\t{s_t.text!r} {s_t.type} {s_t.value}")
    return total


def _match(gold: list[Timex], system: list[Timex]) -> list[tuple[int, int]]:
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    by_extent: dict[tuple[int, int], list[int]] = {}
    for i, g in enumerate(gold):
        by_extent.setdefault((g.start, g.end), []).append(i)
    for j, s in enumerate(system):
        for i in by_extent.get((s.start, s.end), []):
            if i not in used_g:
                pairs.append((i, j))
                used_g.add(i)
                used_s.add(j)
                break
    overlaps = sorted(
        (-(min(g.end, s.end) - max(g.start, s.start)), i, j)
        for i, g in enumerate(gold) if i not in used_g
        for j, s in enumerate(system) if j not in used_s and min(g.end, s.end) > max(g.start, s.start)
    )
    for _, i, j in overlaps:
        if i not in used_g and j not in used_s:
            pairs.append((i, j))
            used_g.add(i)
            used_s.add(j)
    return pairs
