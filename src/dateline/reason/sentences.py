"""An article's body sentences for a brief, and how they are compared and ranked.

A :class:`Sentence` is one body sentence (after the dateline; headline and page
furniture skipped) marked with what extraction found in it. Sentences are compared as
TF-IDF vectors (:func:`tfidf_vectors`, :func:`cosine`) and ranked by centrality,
position and event facts with a redundancy penalty (:func:`rank_sentences`);
:func:`leans_back` tells a sentence that leans on the one before it. Weights and word
lists live in ``data/brief.json``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from ..extract.furniture import furniture_spans, in_spans
from ..model import Article, Extraction
from .question import load_data

__all__ = [
    "Sentence",
    "article_sentences",
    "body_span",
    "cosine",
    "tfidf_vectors",
    "rank_sentences",
    "leans_back",
    "points_back",
]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with what scoring needs.

    index (int): order in the article. text (str): the sentence.
    has_event / has_actor / has_date (bool): extraction found one in it.
    """

    index: int
    text: str
    has_event: bool = False
    has_actor: bool = False
    has_date: bool = False


def _terms(text: str) -> list[str]:
    """Content words of a text.

    text (str): a sentence.
    RETURNS (list[str]): its lower-cased words of two or more characters, in order, without
        the ``stop_words`` of ``data/brief.json``.
    """
    stop = set(load_data("brief")["stop_words"])
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop and len(w) > 1]


#: A line that opens with a dateline ("Seoul, Oct 28 (NationPress) ..."): used only when
#: the article's stored dateline offsets are missing.
_DATELINE_LINE_RE = re.compile(
    r"^[ \t]*[A-Z][\w .'-]{0,40},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*(?:\([^)]{0,40}\))?\s*[-\u2013\u2014:]*\s*"
)


def body_span(article: Article) -> tuple[int, int]:
    """Where the article body starts, and its dateline's end.

    article (Article): the article.
    RETURNS (tuple[int, int]): (body start, dateline end) offsets: the stored
        ``Article.dateline_start/dateline_end`` when set; else the first line of 8+ words
        that opens with a dateline (page furniture before it, such as section labels and
        bullet lists, is skipped). (0, 0) when none is found.
    """
    if article.dateline_end > 0:
        return article.dateline_start, article.dateline_end
    offset = 0
    for line in article.text.split("\n"):
        found = _DATELINE_LINE_RE.match(line)
        if found is not None and len(line.split()) >= 8:
            lead = len(line) - len(line.lstrip())
            return offset + lead, offset + found.end()
        offset += len(line) + 1
    return 0, 0


def article_sentences(article: Article, extraction: Extraction) -> list[Sentence]:
    """The article's body sentences (after the dateline), marked with what extraction found.

    article (Article): the article. extraction (Extraction): its extraction.
    RETURNS (list[Sentence]): sentences in order; the dateline itself is cut from the
        first one, text before the dateline (headline, page furniture) is skipped, and so
        are captions, link lists, bylines and staff trailers (:mod:`dateline.extract.furniture`).
    """
    spans = list(extraction.sentences) or [
        (m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", article.text)
    ]
    body_start, dateline_end = body_span(article)
    ev_starts = {e.evidence.start for e in extraction.events}
    furniture = furniture_spans(article.text)
    out: list[Sentence] = []
    for start, end in spans:
        if end <= body_start or start < body_start - 1 and end <= dateline_end:
            continue
        if in_spans(furniture, max(start, body_start)):
            continue  # captions, link lists, bylines, staff trailers
        s = max(start, dateline_end, body_start)
        text = " ".join(article.text[s:end].split()).lstrip("-–— ").strip()
        if not text:
            continue
        out.append(
            Sentence(
                index=len(out),
                text=text,
                has_event=any(start <= x < end for x in ev_starts),
                has_actor=any(start <= a.start < end for a in extraction.actors),
                has_date=any(start <= t.start < end for t in extraction.times),
            )
        )
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse term vectors.

    a (dict[str, float]): a term vector. b (dict[str, float]): another one.
    RETURNS (float): the cosine; 0.0 when either vector has no weight.
    """
    num = sum(v * b.get(k, 0.0) for k, v in a.items())
    den = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return num / den if den else 0.0


def tfidf_vectors(sentences: Sequence[Sentence]) -> list[dict[str, float]]:
    """TF-IDF term vectors of sentences, document frequencies counted over those sentences.

    sentences (Sequence[Sentence]): the sentences.
    RETURNS (list[dict[str, float]]): one vector per sentence, in the same order (term
        count times the smoothed idf ``log((1 + n) / (1 + df)) + 1``).
    """
    docs = [Counter(_terms(s.text)) for s in sentences]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    return [{t: c * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in d.items()} for d in docs]


def rank_sentences(
    sentences: Sequence[Sentence], k: int, weights: str = "weights", context: Sequence[Sentence] | None = None
) -> list[Sentence]:
    """Pick up to ``k`` sentences by score with a redundancy penalty.

    sentences (Sequence[Sentence]): the article's sentences.
    k (int): how many to pick.
    weights (str): which weight set of ``data/brief.json`` to use (``weights`` for the
        synopsis, ``takeaway_weights`` for takeaways, whose redundancy penalty is
        ``takeaway_redundancy``).
    context (Sequence[Sentence] | None): the whole article, when ``sentences`` is a part
        of it (centrality and term weights are computed over the whole).
    RETURNS (list[Sentence]): picked sentences, best first.
    """
    data = load_data("brief")
    w = data[weights]
    whole = list(context) if context is not None else list(sentences)
    all_vecs = tfidf_vectors(whole)
    by_index = {s.index: v for s, v in zip(whole, all_vecs)}
    vecs = [by_index.get(s.index, {}) for s in sentences]
    centroid: dict[str, float] = {}
    for v in all_vecs:
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    scores = []
    for s, v in zip(sentences, vecs):
        score = (
            w["centrality"] * cosine(v, centroid)
            + w["position"] / math.sqrt(1 + s.index)
            + w["event"] * s.has_event
            + w["actor"] * s.has_actor
            + w["date"] * s.has_date
            + w["quote"] * ('"' in s.text or "“" in s.text)
            + w["short"] * (len(s.text.split()) < data["min_sentence_words"])
        )
        scores.append(score)
    picked: list[int] = []
    while len(picked) < min(k, len(sentences)):
        best, best_val = -1, -1e9
        for i in range(len(sentences)):
            if i in picked:
                continue
            overlap = max((cosine(vecs[i], vecs[j]) for j in picked), default=0.0)
            val = scores[i] - data["takeaway_redundancy" if weights == "takeaway_weights" else "redundancy"] * overlap
            if val > best_val:
                best, best_val = i, val
        picked.append(best)
    return [sentences[i] for i in picked]


def leans_back(text: str) -> bool:
    """True when a sentence opens with a word that points to the one before it ("He", "The
    two leaders", "This time"; ``anaphora_openers`` in ``data/brief.json``) or holds a phrase
    that does ("since then"; ``anaphora_phrases``)."""
    low = " ".join(text.lower().split())
    return any(low.startswith(w + " ") for w in load_data("brief")["anaphora_openers"]) or points_back(text)


def points_back(text: str) -> bool:
    """True when a sentence holds a phrase that points to an earlier one ("The relationship
    has changed since then"; ``anaphora_phrases`` in ``data/brief.json``)."""
    low = " ".join(text.lower().split())
    return any(re.search(r"\b" + re.escape(p) + r"\b", low) for p in load_data("brief")["anaphora_phrases"])
