"""The words of a question's phrases and of evidence sentences, and where one phrase occurs in another.

Stop words (``stop_words`` of ``data/question.json``) and possessive endings are dropped, so that
"Pakistan's army chief" and "the army chief of Pakistan" share their words; the matching of actors,
events and gatherings compares these tokens.
"""

from __future__ import annotations

from .question import load_data, words

__all__ = ["phrase_tokens", "contains", "mentions_name", "singular"]


def phrase_tokens(text: str) -> list[str]:
    """RETURNS (list[str]): the words of a phrase without stop words and possessive endings
    ("Pakistan's army chief" -> pakistan, army, chief)."""
    stop = set(load_data("question")["stop_words"])
    return [w.removesuffix("'s") for w in words(text) if w not in stop]


def contains(haystack: list[str], needle: list[str]) -> int:
    """RETURNS (int): end index + 1 of the first contiguous occurrence, 0 when absent."""
    n = len(needle)
    for i in range(len(haystack) - n + 1):
        if n and haystack[i : i + n] == needle:
            return i + n
    return 0


def mentions_name(text: str, name: str) -> bool:
    """text (str): a sentence or name. name (str): a name or phrase.
    RETURNS (bool): True when the text holds the name's words in a row (stop words aside)."""
    want = phrase_tokens(name)
    return bool(want) and contains(phrase_tokens(text), want) > 0


def singular(tokens: set[str]) -> set[str]:
    """Words with a plural -s dropped ("Pacific islands summit" names the "summit of Pacific island leaders")."""
    return {t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t for t in tokens}
