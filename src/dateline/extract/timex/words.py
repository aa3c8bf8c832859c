"""Read the words of a rule match by the language data: month and weekday names, day and other numbers,
relative modifiers ("next", "last"), two-digit years, parts of day, time units, and regexes over word lists.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import Lexicon, load_lexicon
from .prefilter import fold


def _w(text: str | None) -> str:
    """A matched word as the lexicon keys it: folded the way a case-insensitive match reads it ('FRİDAY' is
    'friday'), spaces collapsed."""
    return " ".join(fold(text or "").split())


def _month(lex: Lexicon, word: str) -> int:
    return lex.months[_w(word).rstrip(".")]


def _weekday(lex: Lexicon, word: str) -> int:
    return lex.weekdays[_w(word).rstrip(".")]


def _day_number(lex: Lexicon, word: str) -> int:
    w = _w(word)
    if w in lex.ordinals:
        return lex.ordinals[w]
    return int(re.sub(r"\D", "", w))


def _number(lex: Lexicon, word: str | None) -> float | None:
    """Value of a number phrase, None for vague amounts (several, a few)."""
    w = _w(word).replace("-", " ")
    if not w:
        return None
    if w in lex.numbers:
        return lex.numbers[w]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", w.replace(",", ""))
    if m:
        extra = int(m[2]) / int(m[3]) if m[2] else 0.0
        return float(m[1]) + extra
    parts = w.split()
    if len(parts) == 2 and parts[0] in lex.numbers and parts[1] in lex.numbers:
        return lex.numbers[parts[0]] + lex.numbers[parts[1]]
    return None


def _rel(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return None
    value = lex.table("relative_modifiers").get(_w(word))
    return None if value is None else int(value)


def _two_digit_year(text: str) -> int:
    y = int(text.lstrip("'"))
    return y if y > 99 else (1900 + y if y >= 30 else 2000 + y)


def _part(lex: Lexicon, word: str | None) -> str | None:
    w = _w(word)
    if not w:
        return None
    parts = lex.table("parts_of_day")
    return str(parts.get(w) or parts.get(w.rstrip("s"), "")) or None


@cache
def _words_regex(key: str, template: str, flags: int = 0) -> "re.Pattern[str]":
    """Compile a regex around a word list of the language data, once.

    key (str): a list of ``time_en.json``.
    template (str): the regex, with ``WORDS`` where the alternation of the escaped words goes (the blanks of a
        phrase match any run of blanks).
    flags (int): ``re`` flags.
    RETURNS (re.Pattern[str]): the compiled regex.
    """
    words = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in load_lexicon().words(key))
    return re.compile(template.replace("WORDS", words), flags)


def _unit_code(lex: Lexicon, word: str) -> str:
    return str(lex.units[_w(word).replace("-", " ")])


def _years(lex: Lexicon) -> dict[str, int]:
    return {k: int(v) for k, v in lex.table("unit_years").items()}


def _fraction_of_figure(num: str | None, before: str) -> bool:
    """Whether a fraction read as an amount (``fraction_amounts``: "half a") follows a comparison word
    (``figure_comparison_words``: "up from half a year ago"): then it is half of the figure compared, and the time
    is what follows it ("a year ago").

    num (str | None): the amount as written. before (str): the text right before it.
    RETURNS (bool): whether the fraction belongs to a figure.
    """
    if _w(num) not in load_lexicon().table("fraction_amounts"):
        return False
    return _words_regex("figure_comparison_words", r"(?<![\w'’])(?:WORDS)\s+$", re.I).search(before) is not None
