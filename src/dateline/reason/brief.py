"""Extractive briefs of one article: synopsis, key takeaways, timeline and questions.

Sentences are scored by centrality (TF-IDF cosine to the article's centroid),
position, and whether they state an event, name an actor or carry a date; quotes
and very short sentences score less. Picking is greedy with a redundancy penalty
(maximal marginal relevance). Takeaways are the picked sentences compressed to
their main clause: attributions ("according to the official"), leading connectives
and parentheses are dropped. Weights and word lists live in ``data/brief.json``
and ``data/cues.json``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..model import Article, Extraction
from ..store.base import Store
from .propose import Proposal, propose_for_article
from .question import load_data

__all__ = [
    "Brief",
    "Sentence",
    "article_sentences",
    "body_span",
    "rank_sentences",
    "compress",
    "synopsis",
    "takeaways",
    "rouge1_recall",
    "brief",
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


@dataclass(frozen=True)
class Brief:
    """A brief of one article.

    article_id (str): the article. title (str | None): its headline.
    synopsis (str): 2-3 sentences. key_takeaways (tuple[str, ...]): 4-6 short lines.
    timeline (tuple[dict, ...]): the article's events in calendar order
        (``{event_id, date, status, text}``).
    questions (tuple[Proposal, ...]): proposals raised by the article.
    """

    article_id: str
    title: str | None
    synopsis: str
    key_takeaways: tuple[str, ...]
    timeline: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    questions: tuple[Proposal, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): the JSON of ``dateline brief --format json``."""
        return {
            "article_id": self.article_id,
            "title": self.title,
            "synopsis": self.synopsis,
            "key_takeaways": list(self.key_takeaways),
            "timeline": list(self.timeline),
            "questions": [q.to_dict() for q in self.questions],
        }


def _terms(text: str) -> list[str]:
    stop = set(load_data("brief")["stop_words"])
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop and len(w) > 1]


def body_span(article: Article) -> tuple[int, int]:
    """Where the article body starts, and its dateline's end.

    article (Article): the article.
    RETURNS (tuple[int, int]): (body start, dateline end) offsets. Without a dateline at
        the top, the first line that opens with one is the start; page furniture before
        it (section labels, bullet lists) is skipped. (0, 0) when none is found.
    """
    if article.dateline_end > 0:
        return article.dateline_start, article.dateline_end
    from ..ingest.dateline import find_dateline

    offset = 0
    for line in article.text.split("\n"):
        found = find_dateline(line)
        if found is not None and len(line.split()) >= 8:
            return offset + found.start, offset + found.end
        offset += len(line) + 1
    return 0, 0


def article_sentences(article: Article, extraction: Extraction) -> list[Sentence]:
    """The article's body sentences (after the dateline), marked with what extraction found.

    article (Article): the article. extraction (Extraction): its extraction.
    RETURNS (list[Sentence]): sentences in order; the dateline itself is cut from the
        first one, text before the dateline (headline, page furniture) is skipped.
    """
    spans = list(extraction.sentences) or [
        (m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", article.text)
    ]
    body_start, dateline_end = body_span(article)
    ev_starts = {e.evidence.start for e in extraction.events}
    out: list[Sentence] = []
    for start, end in spans:
        if end <= body_start or start < body_start - 1 and end <= dateline_end:
            continue
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


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    num = sum(v * b.get(k, 0.0) for k, v in a.items())
    den = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return num / den if den else 0.0


def _vectors(sentences: Sequence[Sentence]) -> list[dict[str, float]]:
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
        synopsis, ``takeaway_weights`` for takeaways).
    context (Sequence[Sentence] | None): the whole article, when ``sentences`` is a part
        of it (centrality and term weights are computed over the whole).
    RETURNS (list[Sentence]): picked sentences, best first.
    """
    data = load_data("brief")
    w = data[weights]
    whole = list(context) if context is not None else list(sentences)
    all_vecs = _vectors(whole)
    by_index = {s.index: v for s, v in zip(whole, all_vecs)}
    vecs = [by_index.get(s.index, {}) for s in sentences]
    centroid: dict[str, float] = {}
    for v in all_vecs:
        for t, x in v.items():
            centroid[t] = centroid.get(t, 0.0) + x
    scores = []
    for s, v in zip(sentences, vecs):
        score = (
            w["centrality"] * _cosine(v, centroid)
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
            overlap = max((_cosine(vecs[i], vecs[j]) for j in picked), default=0.0)
            val = scores[i] - data["redundancy"] * overlap
            if val > best_val:
                best, best_val = i, val
        picked.append(best)
    return [sentences[i] for i in picked]


def synopsis(sentences: Sequence[Sentence]) -> str:
    """sentences (Sequence[Sentence]): the article's sentences.
    RETURNS (str): up to three top sentences in article order, within the word budget
        of ``data/brief.json`` (at least two when the article has two)."""
    data = load_data("brief")
    chosen = sorted(rank_sentences(sentences, data["synopsis_sentences"]), key=lambda s: s.index)
    while len(chosen) > 2 and sum(len(s.text.split()) for s in chosen) > data["synopsis_max_words"]:
        chosen.remove(max(chosen, key=lambda s: len(s.text.split())))
    return " ".join(s.text for s in chosen)


def compress(sentence: str) -> str:
    """Shorten a sentence to a takeaway line: main clause, no attribution.

    sentence (str): a sentence.
    RETURNS (str): the line, capitalised, without final period: parentheses,
        attributions and leading connectives dropped, cut at the clause boundary
        (``data/brief.json``) that keeps it within ``takeaway_max_words`` words.
    """
    data = load_data("brief")
    cues = load_data("cues")
    text = re.sub(r"\s*\([^)]*\)", "", sentence).strip().strip('"“”')
    for pattern in cues["attribution_patterns"]:
        text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    lowered = text.lower()
    for lead in sorted(cues["leading_connectives"], key=len, reverse=True):
        if lowered.startswith(lead):
            text = text[len(lead) :].lstrip(" ,")
            break
    for brk in data["clause_breaks"]:
        cut = text.find(brk)
        if cut > 0 and len(text[:cut].split()) >= 5:
            text = text[:cut]
    limit = data["takeaway_max_words"]
    if len(text.split()) > limit:
        cuts = [
            m.start()
            for brk in data["soft_breaks"]
            for m in re.finditer(re.escape(brk), text)
            if data["takeaway_min_words"] <= len(text[: m.start()].split()) <= limit
        ]
        text = text[: max(cuts)] if cuts else " ".join(text.split()[:limit])
    text = text.strip(" ,;:.")
    return text[:1].upper() + text[1:]


def takeaways(sentences: Sequence[Sentence]) -> list[str]:
    """Key takeaways: one line from each part of the article, for coverage.

    sentences (Sequence[Sentence]): the article's sentences.
    RETURNS (list[str]): 4-6 compressed lines (fewer for short articles), in article
        order, no two the same. The article is cut into as many contiguous parts as
        lines wanted (one per ``sentences_per_takeaway`` sentences, clamped to
        ``takeaways_min``..``takeaways_max``); each part gives its best sentence by
        the ``takeaway_weights`` score.
    """
    data = load_data("brief")
    if not sentences:
        return []
    k = round(len(sentences) / data["sentences_per_takeaway"])
    k = max(data["takeaways_min"], min(data["takeaways_max"], k, len(sentences)))
    k = min(k, len(sentences))
    bounds = [round(i * len(sentences) / k) for i in range(k + 1)]
    out: list[str] = []
    for lo, hi in zip(bounds, bounds[1:]):
        part = list(sentences[lo:hi])
        if not part:
            continue
        best = rank_sentences(part, 1, "takeaway_weights", context=sentences)[0]
        line = compress(best.text)
        if line and line not in out:
            out.append(line)
    return out


def rouge1_recall(candidate: str, reference: str) -> float:
    """ROUGE-1 recall: share of the reference's words (with repeats) found in the candidate.

    candidate (str): system text. reference (str): hand-written text.
    RETURNS (float): recall in [0, 1], 4 decimals (0.0 for an empty reference).
    """
    ref = Counter(re.findall(r"[a-z0-9]+", reference.lower()))
    cand = Counter(re.findall(r"[a-z0-9]+", candidate.lower()))
    total = sum(ref.values())
    if not total:
        return 0.0
    return round(sum(min(c, cand[w]) for w, c in ref.items()) / total, 4)


def brief(store: Store, article_id: str) -> Brief:
    """Brief one stored article.

    store (Store): the store. article_id (str): the article.
    RETURNS (Brief): synopsis, takeaways, timeline (the article's events as known on
        its publication day, calendar order) and proposed questions.
    RAISES StoreError: E303 when there is no such article.
    """
    article, extraction = store.article(article_id)
    sentences = article_sentences(article, extraction)
    events = store.events(article_id=article_id, as_of=article.published)
    timeline = tuple(
        {
            "event_id": e.id,
            "date": e.date.value,
            "status": e.status,
            "text": " ".join(
                x
                for x in (
                    e.actor.name,
                    e.action,
                    ", ".join(c.name for c in e.counterparts) if e.counterparts else "",
                    f"in {e.place.name}" if e.place else "",
                )
                if x
            ),
        }
        for e in events
    )
    return Brief(
        article_id=article_id,
        title=article.title,
        synopsis=synopsis(sentences),
        key_takeaways=tuple(takeaways(sentences)),
        timeline=timeline,
        questions=tuple(propose_for_article(store, article_id)),
    )
