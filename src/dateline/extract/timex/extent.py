"""Extent adjustments made after the rules have matched: words the TimeML guidelines keep inside a TIMEX3 although
no rule's regex takes them.

- An approximate or open-ended tail ("the next year or so", "two weeks or so", "1994 or later", "1990 and beyond")
  belongs to the expression it qualifies (TimeML writes it as ``mod`` APPROX, ON_OR_AFTER or ON_OR_BEFORE on the
  same TIMEX3); the value is the expression's own.
- Two plural units joined by "or"/"and" ("within weeks or months", "in recent weeks and months") are one vague
  expression, valued as the first.
- An approximator right before a calendar date ("around Nov. 1", "roughly mid-2027") is kept inside, as it is
  before a clock time ("around 7:15 p.m."): TimeML mod APPROX.
- A bound before a duration that already has its determiner ("at least the past 18 months", "up to the next three
  weeks") is kept inside too, as it is before a bare amount ("at least 72 hours"; ``approx_modifiers``).
- A lead that bounds or approximates the expression ("the better part of a decade", "a good part of 1990"; before an
  amount only: "some two weeks ago", "a good two hours") stays inside (``extent_leads``).
- A word written twice by mistake at the start ("at the the end of November") is left out once.

The words are language data (``extent_tails``, ``unit_coordinators``, ``extent_tail_blockers`` and
``date_approximators`` in ``time_en.json``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...model import TimeExpr
from .lexicon import alternation, load_lexicon

__all__ = ["extend_extents"]


@cache
def _tail_regexes() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """RETURNS (tuple): per tail, the regex matching it right after an expression and the TIMEX3 types it may
    follow."""
    lex = load_lexicon()
    blockers = alternation(lex.words("extent_tail_blockers"))
    out = []
    for tail, types in lex.table("extent_tails").items():
        words = r"\s+".join(re.escape(w) for w in tail.split())
        out.append((re.compile(rf",?\s+{words}(?![\w-])(?!\s+{blockers}(?![\w-]))", re.I), frozenset(types)))
    return tuple(out)


@cache
def _unit_coordination() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """RETURNS (tuple): the regex of a plural unit ending an expression, and of "or/and <plural unit>" after it."""
    lex = load_lexicon()
    plurals = alternation([u for u in lex.units if u.endswith("s") and u[:-1] in lex.units])
    joins = alternation(lex.words("unit_coordinators"))
    return (re.compile(rf"(?<![\w-]){plurals}$", re.I),
            re.compile(rf"\s+{joins}\s+{plurals}(?![\w-])(?!\s+(?:of\s+)?\d)", re.I))


@cache
def _approximator_before() -> re.Pattern[str]:
    """RETURNS (re.Pattern[str]): an approximator ending right where a date starts (searched in the text before it)."""
    return re.compile(rf"(?<![\w-]){alternation(load_lexicon().words('date_approximators'))}\s+$", re.I)


@cache
def _bound_before() -> re.Pattern[str]:
    """RETURNS (re.Pattern[str]): a bound of ``approx_modifiers`` that is no determiner itself ("at least", "nearly";
    not "the past", "another"), ending where an expression starts."""
    lex = load_lexicon()
    determiners = tuple(w + " " for w in lex.words("articles")) + ("the ", "another")
    bounds = [w for w in lex.words("approx_modifiers") if not w.startswith(determiners) and w != "the"]
    return re.compile(rf"(?<![\w-]){alternation(bounds)}\s+$", re.I)


@cache
def _lead_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """RETURNS (tuple): a lead of ``extent_leads`` before any date or duration, and one before an amount only, each
    ending where an expression starts."""
    leads = load_lexicon().table("extent_leads")
    anywhere = alternation([w for w, kind in leads.items() if kind == "any"])
    amount = alternation([w for w, kind in leads.items() if kind == "amount"])
    return (re.compile(rf"(?<![\w-]){anywhere}\s+$", re.I), re.compile(rf"(?<![\w-]){amount}\s+$", re.I))


@cache
def _amount_start() -> re.Pattern[str]:
    """RETURNS (re.Pattern[str]): an expression that opens with an amount ("two weeks ago", "18 months")."""
    numbers = alternation([w for w in load_lexicon().numbers if w not in ("a", "an")])
    return re.compile(rf"(?:\d|{numbers}(?![\w-]))", re.I)


#: A determiner that opens a duration ("the past 18 months", "the whole year").
_THE = re.compile(r"^the\s", re.I)


#: A calendar value: a year, month, week, day or clock of a known or partly known year ("2025-11-03", "XXXX-11").
_CALENDAR_VALUE = re.compile(r"^(?:\d{4}|XXXX)(?:-|$)")
#: A possessive after an expression: "around Wednesday's ruling" is no approximate date.
_POSSESSIVE = re.compile(r"['’]s\b")
_DOUBLED = re.compile(r"^([^\W\d_]+)\s+(?=\1\b)", re.I)  # "the the week"; not "1 1/2 years"


def _start(t: TimeExpr, text: str, floor: int) -> int:
    """RETURNS (int): where ``t`` starts once a doubled first word is dropped, or a bound before a duration with its
    determiner or an approximator before a calendar date taken in (never before ``floor``, the end of the
    expression before)."""
    doubled = _DOUBLED.match(t.text)
    if doubled:
        return t.start + doubled.end()
    if t.type == "DURATION" and _THE.match(t.text):
        bound = _bound_before().search(text, max(floor, t.start - 20), t.start)
        return bound.start() if bound else t.start
    if t.type in ("DATE", "DURATION") and not (t.value or "").endswith("_REF"):
        anywhere, amount = _lead_before()
        lead = anywhere.search(text, max(floor, t.start - 24), t.start)
        if lead is None and _amount_start().match(t.text):
            lead = amount.search(text, max(floor, t.start - 12), t.start)
        if lead is not None:
            return lead.start()
    if t.type != "DATE" or not _CALENDAR_VALUE.match(t.value or "") or _POSSESSIVE.match(text, t.end):
        return t.start
    m = _approximator_before().search(text, max(floor, t.start - 20), t.start)
    return m.start() if m else t.start


def _tail_end(t: TimeExpr, text: str) -> int:
    """RETURNS (int): where the expression ``t`` ends once its tail is taken in (its own end if it has none)."""
    vague = (t.value or "").endswith("_REF")  # "now or later", "recently or so": no point to qualify
    for regex, types in _tail_regexes():
        if t.type in types and not vague:
            m = regex.match(text, t.end)
            if m:
                return m.end()
    unit_end, joined = _unit_coordination()
    if unit_end.search(t.text):
        m = joined.match(text, t.end)
        if m:
            return m.end()
    return t.end


def extend_extents(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Take each expression's approximate or open-ended tail, a coordinated plural unit, a bound before a duration
    with its determiner, or an approximator before a date into its extent; drop a doubled first word.

    found (list[TimeExpr]): the expressions, sorted by start, non-overlapping.
    text (str): the text they were found in.
    RETURNS (list[TimeExpr]): the same expressions, some ending later (never over the next one).
    """
    out: list[TimeExpr] = []
    for i, t in enumerate(found):
        end = _tail_end(t, text)
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        start = _start(t, text, out[-1].end if out else 0)
        if (end != t.end and end <= limit) or start != t.start:
            end = end if end <= limit else t.end
            t = replace(t, start=start, end=end, text=text[start:end])
        out.append(t)
    return out
