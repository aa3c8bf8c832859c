"""Measures of a summary for ``bench/questions.py`` and the brief tests: ROUGE-N against a
hand-written reference, the share of the article's events it mentions, and a word budget
for comparing summaries of different lengths fairly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..model import EventRecord

__all__ = [
    "Rouge",
    "rouge",
    "rouge1_recall",
    "rouge2_recall",
    "first_words",
    "event_coverage",
    "event_terms",
]


def event_terms(event: EventRecord) -> tuple[str, ...]:
    """The words a text must hold to mention an event: the actor's surname, and the
    place or the first counterpart's surname.

    event (EventRecord): the event. RETURNS (tuple[str, ...]): lower-case words."""
    terms = [event.actor.name.split()[-1].lower()]
    if event.place is not None:
        terms.append(event.place.name.lower())
    elif event.counterparts:
        terms.append(event.counterparts[0].name.split()[-1].lower())
    return tuple(terms)


def _mentions_event(text: str, event: EventRecord) -> bool:
    """text (str): a summary. event (EventRecord): an event.
    RETURNS (bool): True when the text holds every word of :func:`event_terms` as a whole word."""
    low = " ".join(re.findall(r"[a-z0-9'-]+", text.lower()))
    return all(re.search(r"\b" + re.escape(t) + r"\b", low) for t in event_terms(event))


def event_coverage(text: str, events: Sequence[EventRecord]) -> float:
    """Share of an article's events that a text mentions (see :func:`event_terms`).

    text (str): a synopsis. events (Sequence[EventRecord]): the article's events.
    RETURNS (float): share in [0, 1], 4 decimals; 1.0 when there are no events.
    """
    keys = {event_terms(e): e for e in events}
    if not keys:
        return 1.0
    return round(sum(_mentions_event(text, e) for e in keys.values()) / len(keys), 4)


@dataclass(frozen=True)
class Rouge:
    """ROUGE-N of a candidate against a reference.

    recall (float): share of the reference's n-grams (with repeats) found in the candidate.
    precision (float): share of the candidate's n-grams found in the reference.
    f1 (float): their harmonic mean (0.0 when both are 0). All rounded to 4 decimals.
    """

    recall: float
    precision: float
    f1: float


def _ngrams(text: str, n: int) -> Counter[tuple[str, ...]]:
    """text (str): a text. n (int): the n-gram size.
    RETURNS (Counter[tuple[str, ...]]): its lower-cased word n-grams with their counts."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def rouge(candidate: str, reference: str, n: int = 1) -> Rouge:
    """ROUGE-N recall, precision and F1 over lower-cased word n-grams (clipped counts).

    candidate (str): system text. reference (str): hand-written text. n (int): n-gram size.
    RETURNS (Rouge): recall, precision, F1 in [0, 1], 4 decimals; 0.0 where a side has
        no n-gram.
    """
    ref, cand = _ngrams(reference, n), _ngrams(candidate, n)
    hit = sum(min(c, cand[g]) for g, c in ref.items())
    recall = hit / sum(ref.values()) if ref else 0.0
    precision = hit / sum(cand.values()) if cand else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return Rouge(round(recall, 4), round(precision, 4), round(f1, 4))


def rouge1_recall(candidate: str, reference: str) -> float:
    """ROUGE-1 recall: share of the reference's words (with repeats) found in the candidate.

    candidate (str): system text. reference (str): hand-written text.
    RETURNS (float): recall in [0, 1], 4 decimals (0.0 for an empty reference).
    """
    return rouge(candidate, reference, 1).recall


def rouge2_recall(candidate: str, reference: str) -> float:
    """ROUGE-2 recall: share of the reference's word bigrams (with repeats) in the candidate.

    candidate (str): system text. reference (str): hand-written text.
    RETURNS (float): recall in [0, 1], 4 decimals (0.0 when the reference has no bigram).
    """
    return rouge(candidate, reference, 2).recall


def first_words(text: str, budget: int) -> str:
    """The text cut to its first ``budget`` whitespace-separated words (a length budget
    for comparing summaries of different lengths fairly).

    text (str): a summary. budget (int): how many words to keep.
    RETURNS (str): the first ``budget`` words joined by single spaces.
    """
    return " ".join(text.split()[:budget])
