"""The tagger's speed-ups change no result: a rule skipped on a text could not have matched it, and the word
alternations written as tries match what the flat alternations matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.extract.timex.lexicon import alternation
from dateline.extract.timex.patterns import grammar
from dateline.extract.timex.prefilter import fold, may_match, required_literals

TESTS = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    """Our own sentences: the time tests' sources (thousands of expressions of every kind) and the fixtures."""
    paths = sorted(TESTS.glob("extract/test_time*.py")) + sorted((TESTS / "fixtures").rglob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def test_a_skipped_rule_never_had_a_match() -> None:
    texts = [(t, fold(t)) for t in _texts()]
    matched_rules = 0
    for name, regex in grammar().rules:
        needs = required_literals(regex)
        hits = 0
        for text, folded in texts:
            for m in regex.finditer(text):
                hits += 1
                assert may_match(needs, folded), (name, m.group(0))
        matched_rules += hits > 0
    assert matched_rules >= 45  # the check saw nearly every rule match something


def test_rules_with_rare_words_get_a_shortcut() -> None:
    rules = dict(grammar().rules)
    assert required_literals(rules["overnight"]) == (frozenset({"overnight"}),)
    assert frozenset({"week"}) in required_literals(rules["week_of"])
    assert any("quarter" in need for need in required_literals(rules["quarter"]))
    assert required_literals(rules["time"]) == ()  # digits only: no literal to test, the rule always runs


def test_required_literals_of_small_patterns() -> None:
    # {"cde", "fgh"} is needed too, but implied by the longer set: dropped
    assert required_literals(re.compile(r"ab(?:cde|fgh)", re.I)) == (frozenset({"abcde", "abfgh"}),)
    assert set(required_literals(re.compile(r"\d+\s+(?:weeks?|months?)\s+ago", re.I))) == {
        frozenset({"week", "month"}),  # "weeks" holds "week": one test does for both
        frozenset({"ago"}),
    }
    assert required_literals(re.compile(r"foo(?:barbaz)?")) == (frozenset({"foo"}),)  # an optional part is not needed
    assert required_literals(re.compile(r"(?:x|longword)")) == ()  # one alternative has no literal of 3 characters
    assert required_literals(re.compile(r"(?<![\w-])spring(?=\s+term)", re.I)) == (
        frozenset({"spring"}),
        frozenset({"term"}),
    )


def test_fold_is_what_a_case_insensitive_match_sees() -> None:
    regex = re.compile(r"friday", re.I)
    for text in ("FRIDAY", "Friday", "FRİDAY", "frıday"):  # dotted capital I and dotless i both match 'i' under re.I
        assert regex.search(text) is not None
        assert may_match(required_literals(regex), fold(text)), text
    assert len(fold("FRİDAY")) == len("FRİDAY")
    assert not may_match(required_literals(regex), fold("Thursday only"))


@pytest.mark.parametrize(
    "words",
    [
        ["march", "mar", "may", "monday", "mon", "month", "months"],
        ["sept", "september", "sep", "second", "sec"],
        ["new year", "new year's day", "new moon", "next"],
        ["May", "may", "mayday"],  # the same letter in two cases: kept in the flat order
        ["a", "an", "and"],
    ],
)
def test_trie_alternation_matches_like_the_flat_one(words: list[str]) -> None:
    flat_parts = [r"\s+".join(re.escape(p) for p in w.split(" ")) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    flat = re.compile("(?:" + "|".join(flat_parts) + r")(?:\s+(\w+))?", re.I)
    trie = re.compile(alternation(words) + r"(?:\s+(\w+))?", re.I)
    probes = ["march on", "mar.", "may day", "monday next", "months ago", "mon", "September 3", "sept.", "sec",
              "new  year's day", "new year", "new moon rises", "next week", "MAYDAY", "Mayday", "an and", "a x", "xyz"]
    for probe in probes:
        a, b = flat.match(probe), trie.match(probe)
        assert (a and (a.group(0), a.group(1))) == (b and (b.group(0), b.group(1))), probe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks will resume on FRİDAY.", [("FRİDAY", "2025-10-31")]),
        ("The vote is set for next ſunday.", [("next ſunday", "2025-11-02")]),
        ("İt's the third day of the strike.", [("the third day", "2025-10-28")]),
        ("The summit opens on the 3rd of next month.", [("the 3rd of next month", "2025-11-03")]),
    ],
)
def test_letters_a_case_insensitive_match_folds_are_read_not_a_crash(text: str, expected: list[tuple[str, str]]) -> None:
    """'İ' (dotted capital I), 'ı' and 'ſ' match 'i' and 's' under re.I; the words they spell are looked up folded
    the same way (it was a KeyError that rejected the whole article)."""
    from datetime import date

    from dateline.extract.time import find_times

    found = [(t.text, t.value) for t in find_times(text, date(2025, 10, 28))]
    assert found == expected
