"""Extractive briefs of one article: synopsis, key takeaways, timeline and questions.

:func:`brief` assembles a :class:`Brief` of a stored article from the parts that make
it: the article's sentences (:mod:`.sentences`), the synopsis (:mod:`.synopsis`), the
takeaways (:mod:`.takeaways`), one line per event for the timeline
(:mod:`.event_lines`) and the proposed questions (:mod:`.propose`). The names of those
modules and the summary measures (:mod:`.summary_metrics`) are importable from here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..store.base import Store
from .event_lines import event_line, timeline_text
from .propose import Proposal, propose_for_article
from .sentences import Sentence, article_sentences, body_span, rank_sentences
from .summary_metrics import Rouge, event_coverage, event_terms, first_words, rouge, rouge1_recall, rouge2_recall
from .synopsis import condense, main_sentence, synopsis
from .takeaways import Topic, compress, takeaways, topic_clusters

# the tests import these two private helpers from here
from .takeaways import _cut_words as _cut_words
from .takeaways import _is_clause as _is_clause

__all__ = [
    "Brief",
    "Sentence",
    "article_sentences",
    "body_span",
    "rank_sentences",
    "compress",
    "synopsis",
    "Topic",
    "topic_clusters",
    "takeaways",
    "Rouge",
    "rouge",
    "rouge1_recall",
    "rouge2_recall",
    "first_words",
    "event_coverage",
    "event_terms",
    "condense",
    "main_sentence",
    "event_line",
    "timeline_text",
    "brief",
]


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
        {"event_id": e.id, "date": e.date.value, "status": e.status, "text": timeline_text(e)} for e in events
    )
    return Brief(
        article_id=article_id,
        title=article.title,
        synopsis=synopsis(sentences, events),
        key_takeaways=tuple(takeaways(sentences, events, article.published)),
        timeline=timeline,
        questions=tuple(propose_for_article(store, article_id)),
    )
