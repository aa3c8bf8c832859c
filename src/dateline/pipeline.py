"""The batch path: ingest -> extract -> store, with a summary of what happened.

``ingest_paths`` reads files lazily, skips articles already stored before doing
any NLP, runs extraction with ``nlp.pipe`` in batches, and stores each article in
its own transaction. Bad input becomes :class:`~dateline.model.Rejection` rows
that are counted and reported, never raised. Stored questions are re-evaluated
after the batch.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings
from .errors import Errors, IngestError
from .model import Article, Rejection
from .store.base import Store

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["IngestSummary", "ingest_paths", "get_nlp"]

log = logging.getLogger(__name__)

_NLP: dict[str, Language] = {}


def get_nlp(settings: Settings) -> Language:
    """Load the NLP pipeline once per process and model name.

    settings (Settings): uses ``settings.model``.
    RETURNS (Language): the pipeline with Dateline's components.
    RAISES ExtractError: E005 when the model package is not installed.
    """
    if settings.model not in _NLP:
        from .extract import build_nlp

        _NLP[settings.model] = build_nlp(settings)
    return _NLP[settings.model]


@dataclass
class IngestSummary:
    """What one ingest run did.

    new / duplicate / rejected (int): articles stored, skipped as already stored, refused.
    events_new / events_updated (int): events created, events given new evidence.
    seconds (float): wall time.
    rejections (list[Rejection]): each refused file or record with its reason.
    warnings (list[str]): article warnings (dateline mismatch, no anchor).
    question_changes (int): stored questions whose probability or resolution changed.
    """

    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    events_new: int = 0
    events_updated: int = 0
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    question_changes: int = 0

    def reject(self, rejection: Rejection) -> None:
        """Count a refused file, record or article, keep its reason and log it."""
        self.rejected += 1
        self.rejections.append(rejection)
        log.warning("%s", rejection)

    def line(self) -> str:
        """RETURNS (str): the one-line summary every run ends with."""
        return (
            f"articles: {self.new} new, {self.duplicate} duplicate, {self.rejected} rejected; "
            f"events: {self.events_new} new, {self.events_updated} updated; {self.seconds:.1f} s"
        )

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): JSON-ready summary."""
        return {
            "articles_new": self.new,
            "articles_duplicate": self.duplicate,
            "articles_rejected": self.rejected,
            "events_new": self.events_new,
            "events_updated": self.events_updated,
            "seconds": round(self.seconds, 3),
            "rejections": [str(r) for r in self.rejections],
            "warnings": self.warnings,
            "question_changes": self.question_changes,
        }


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    settings: Settings,
    published: date | None = None,
    on_item: Callable[[Article | Rejection], None] | None = None,
    progress: bool = False,
    nlp: Language | None = None,
    as_of: date | None = None,
) -> IngestSummary:
    """Ingest files and folders into a store.

    paths (Sequence[str | Path]): files and folders (recursive).
    store (Store): where articles and events go.
    settings (Settings): model, batch size, limits.
    published (date | None): anchor for articles whose input gives none (``--published``).
    on_item (callable | None): called with every article read and every rejection (for reporting).
    progress (bool): show a progress bar on stderr.
    nlp (Language | None): a loaded pipeline; None loads ``settings.model`` once per process.
    as_of (date | None): day to re-evaluate stored questions as of; default the newest
        publication day among the articles stored by this run (not the wall clock, so an
        archive loaded in chunks is judged as of its own time). Undated runs re-evaluate nothing.
    RETURNS (IngestSummary): counts, rejections and timing.
    """
    from .extract import extract
    from .ingest import read_paths
    from .ingest.records import reject

    started = time.perf_counter()
    summary = IngestSummary()
    seen: set[str] = set()
    newest: list[date] = []

    def fresh_articles() -> Iterator[Article]:
        for item in read_paths(paths, settings, published):
            if on_item is not None:
                on_item(item)
            if isinstance(item, Rejection):
                summary.reject(item)
                continue
            if item.id in seen or store.find_duplicate(item) is not None:
                summary.duplicate += 1
                continue
            seen.add(item.id)
            summary.warnings.extend(f"{item.source}: {w}" for w in item.warnings)
            yield item

    articles = fresh_articles()
    first = next(articles, None)
    if first is not None:  # load the model only when there is something to extract
        pipeline = nlp if nlp is not None else get_nlp(settings)
        results = extract(itertools.chain([first], articles), pipeline, batch_size=settings.batch_size)
        if progress:
            from tqdm import tqdm

            results = tqdm(results, desc="ingest", unit="article", leave=False)
        for article, extraction in results:
            if extraction.error is not None:
                rejection = reject(article.source, IngestError(Errors.E119.format(detail=extraction.error)))
                summary.reject(rejection)
                if on_item is not None:
                    on_item(rejection)
                continue
            try:
                added = store.add_article(article, extraction)  # one transaction: all or nothing
            except Exception as exc:  # a store bug on one article must not stop the batch
                logging.getLogger(__name__).exception("storing %s failed", article.source)
                rejection = reject(article.source, IngestError(Errors.E120.format(detail=f"{type(exc).__name__}: {exc}")))
                summary.reject(rejection)
                if on_item is not None:
                    on_item(rejection)
                continue
            if added.duplicate:
                summary.duplicate += 1
                continue
            if added.replaces is not None:
                summary.warnings.append(f"{article.source}: same URL as stored article {added.replaces} with an updated "
                                        "text: stored as its new version, which replaces it")
            summary.new += 1
            summary.events_new += added.events_new
            summary.events_updated += added.events_updated
            if article.published:
                newest.append(article.published)
    day = as_of or (max(newest) if newest else None)
    if summary.new and day is not None:
        summary.question_changes = _reevaluate(store, day)
    summary.seconds = time.perf_counter() - started
    return summary


def _reevaluate(store: Store, as_of: date) -> int:
    """Re-evaluate stored questions after new articles. RETURNS (int): changes recorded."""
    from .reason.watch import reevaluate_questions

    return len(reevaluate_questions(store, as_of))
