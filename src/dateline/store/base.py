"""The storage interface every backend implements (SQLite now, PostgreSQL later).

Stages above the store (``reason``, ``serve``, ``cli``) call only these methods;
they never write SQL of their own. Every write is one transaction: an article is
stored with everything extracted from it, or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from ..model import ActorInfo, Article, EventRecord, Extraction, PlaceRef, QuestionRow

__all__ = ["Store", "AddResult"]


@dataclass(frozen=True)
class AddResult:
    """What storing one article did.

    article_id (str): the stored (or already present) article's id.
    duplicate (bool): True when the article was already stored (same text, or the same URL
        with a text that is no version of the same story); nothing changed.
    events_new (int): events created.
    events_updated (int): existing events that got new evidence.
    replaces (str | None): the stored article at the same URL with other text that this
        one replaces as a new version of the story; None otherwise.
    """

    article_id: str
    duplicate: bool
    events_new: int = 0
    events_updated: int = 0
    replaces: str | None = None


class Store(Protocol):
    """What a Dateline database can do. Dates in arguments are inclusive."""

    def close(self) -> None:
        """Close the connection."""

    def find_duplicate(self, article: Article) -> str | None:
        """article (Article): a candidate. RETURNS (str | None): id of a stored article
        with the same content hash, or with the same URL and a text that is no version of
        the same story; else None (also when the stored one has no publication date and the
        candidate has, or when the candidate is an updated version of the page stored at its
        URL: it replaces that one)."""

    def add_article(self, article: Article, extraction: Extraction) -> AddResult:
        """Store an article, its extraction and its events (merged with known events),
        in one transaction. Re-adding a stored article changes nothing, except that a dated
        copy of a text stored without a date replaces it (its events are dated again).

        article (Article): the article. extraction (Extraction): what extract found in it.
        RETURNS (AddResult): what changed.
        """

    def articles(self, start: date | None = None, end: date | None = None) -> list[Article]:
        """RETURNS (list[Article]): stored articles published within [start, end]
        (articles with no date only when both bounds are None), oldest first."""

    def article(self, article_id: str) -> tuple[Article, Extraction]:
        """RETURNS (tuple[Article, Extraction]): the article and what was extracted.
        RAISES StoreError: E303 when there is no such article."""

    def events(
        self,
        *,
        actor: str | None = None,
        place: str | None = None,
        start: date | None = None,
        end: date | None = None,
        status: str | None = None,
        as_of: date | None = None,
        article_id: str | None = None,
    ) -> list[EventRecord]:
        """Events matching every given filter, in calendar order (unknown dates last).

        actor (str | None): actor name, alias or title, case-insensitive substring.
        place (str | None): place name or alias; places within it match too.
        start / end (date | None): event date interval overlaps [start, end].
        status (str | None): current status equals this.
        as_of (date | None): use only evidence from articles published on or before
            this day; the event's status, date and history are those known then.
        article_id (str | None): only events with evidence from this article.
        RETURNS (list[EventRecord]): the events.
        """

    def event(self, event_id: int, as_of: date | None = None) -> EventRecord:
        """RETURNS (EventRecord): one event as known as of ``as_of``.
        RAISES StoreError: E306 when there is no such event (or none visible then)."""

    def actors(self, as_of: date | None = None) -> list[ActorInfo]:
        """as_of (date | None): only aliases first seen in articles published by this day; None: all.
        RETURNS (list[ActorInfo]): every actor with aliases and dated titles."""

    def places(self) -> list[PlaceRef]:
        """RETURNS (list[PlaceRef]): every place seen, with containment."""

    def add_question(self, text: str, close: date | None, created: date) -> int:
        """Keep a question. RETURNS (int): its id (the existing id if the same text is stored)."""

    def questions(self) -> list[QuestionRow]:
        """RETURNS (list[QuestionRow]): stored questions with their latest state."""

    def question(self, question_id: int) -> QuestionRow:
        """RETURNS (QuestionRow): one question. RAISES StoreError: E304 if unknown."""

    def record_question_state(self, question_id: int, state: dict[str, Any], as_of: date) -> bool:
        """Record an evaluation if its probability or resolution differs from the latest.
        RETURNS (bool): True when a change was recorded."""

    def question_history(self, question_id: int) -> list[dict[str, Any]]:
        """RETURNS (list[dict]): recorded evaluations, oldest first, each
        ``{as_of, recorded, state}``. RAISES StoreError: E304 if unknown."""
