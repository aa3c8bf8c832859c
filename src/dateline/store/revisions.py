"""Which stored article a new version replaces: pure functions over article texts.

A wire story is often sent again: "(Corrects day of meeting to Wednesday from Tuesday)",
"UPDATE 2-...". The later version supersedes the earlier one from its own publication
day: the earlier version's reports stop counting then (they still count for answers as
of an earlier day). Patterns and thresholds: ``store/data/revisions.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["is_revision", "max_days", "probe_sentences", "sentence_keys", "same_story"]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("dateline.store").joinpath("data/revisions.json").read_text("utf-8"))
    return data


def max_days() -> int:
    """RETURNS (int): how many days after a story a new version of it may come."""
    return int(_data()["max_days"])


def is_revision(title: str | None, text: str) -> bool:
    """title (str | None): the article's title. text (str): its text.
    RETURNS (bool): True when the article says it is a new version of a story (a
        correction, an update, a refile)."""
    data = _data()
    if title and any(re.search(p, title, re.IGNORECASE) for p in data["title_patterns"]):
        return True
    return any(re.search(p, text) for p in data["note_patterns"])


def sentence_keys(text: str) -> frozenset[str]:
    """text (str): an article's text.
    RETURNS (frozenset[str]): its sentences of ``min_sentence_words`` words or more, lower
        case, punctuation and spacing folded."""
    least = _data()["min_sentence_words"]
    out = set()
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = re.findall(r"\w+", part.lower())
        if len(words) >= least:
            out.add(" ".join(words))
    return frozenset(out)


def probe_sentences(text: str, most: int = 3) -> list[str]:
    """text (str): a revision's text.
    RETURNS (list[str]): up to ``most`` of its longest sentences, as written, to look for in
        stored texts (an earlier version holds some of them word for word)."""
    least = _data()["min_sentence_words"]
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|\n+", text)]
    return sorted((p for p in parts if len(p.split()) >= least), key=len, reverse=True)[:most]


def same_story(a: frozenset[str], b: frozenset[str]) -> bool:
    """a, b (frozenset[str]): two articles' :func:`sentence_keys`.
    RETURNS (bool): True when they share enough sentences to be versions of one story."""
    data = _data()
    if not a or not b:
        return False
    shared = len(a & b)
    return bool(shared >= data["min_shared_sentences"] and shared / min(len(a), len(b)) >= data["min_shared_share"])
