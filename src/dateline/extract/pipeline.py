"""Run the pipeline over articles: ``Article`` in, ``Extraction`` out, in ``nlp.pipe`` batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Extraction
from .nlp import keep_text, register_extensions
from .story_references import split_references

__all__ = ["extract", "extraction_of"]


def _docs(articles: Iterable[Article], nlp: Language) -> Iterator[tuple[Doc, Article]]:
    for article in articles:
        doc = nlp.make_doc(article.text)
        keep_text(doc, article.text)
        doc._.anchor = article.published
        doc._.article_id = article.id
        doc._.dateline = (article.dateline_start, article.dateline_end)
        doc._.title = article.title
        yield doc, article


def extract(
    articles: Iterable[Article], nlp: Language, batch_size: int = 32
) -> Iterator[tuple[Article, Extraction]]:
    """Extract times, actors, places and events from articles.

    articles (Iterable[Article]): the articles; ``published`` anchors relative dates.
    nlp (Language): a pipeline from :func:`dateline.extract.build_nlp` (load it once).
    batch_size (int): texts per ``nlp.pipe`` batch.
    RETURNS (Iterator[tuple[Article, Extraction]]): each article with what was found. When a
        component raises on a batch, spaCy drops those docs (``nlp.set_error_handler``); each
        of their articles is yielded with an empty :class:`Extraction` whose ``error`` says
        what failed, so one bad article never stops a batch and none goes missing. A pure
        function of its input.
    """
    register_extensions()
    inflight: dict[str, Article] = {}
    failed: list[tuple[str, str]] = []

    def feed() -> Iterator[tuple[Doc, Article]]:
        for doc, article in _docs(articles, nlp):
            inflight[article.id] = article
            yield doc, article

    def on_error(name: str, proc: object, docs: list[Doc], exc: Exception) -> None:
        for doc in docs:
            failed.append((doc._.article_id, f"{name} ({type(exc).__name__}: {exc})"))

    handler = nlp.default_error_handler
    _set_error_handler(nlp, on_error)
    try:
        for doc, article in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size):
            yield from _failures(failed, inflight)
            inflight.pop(article.id, None)
            yield article, extraction_of(doc, article.id)
        yield from _failures(failed, inflight)
    finally:
        _set_error_handler(nlp, handler)


def _set_error_handler(nlp: Language, handler: Any) -> None:
    """Like ``nlp.set_error_handler``, which raises AttributeError on spaCy 3.8's compiled
    parser and NER; those keep their own handler (our rule components are plain callables
    and use the pipeline's default one)."""
    nlp.default_error_handler = handler
    for _, pipe in nlp.pipeline:
        if hasattr(pipe, "set_error_handler"):
            try:
                pipe.set_error_handler(handler)
            except AttributeError:
                pass


def _failures(failed: list[tuple[str, str]], inflight: dict[str, Article]) -> Iterator[tuple[Article, Extraction]]:
    """Yield the articles whose docs a component dropped, each with an error extraction."""
    while failed:
        article_id, error = failed.pop(0)
        article = inflight.pop(article_id, None)
        if article is not None:
            yield article, Extraction(article_id, error=error)


def extraction_of(doc: Doc, article_id: str) -> Extraction:
    """Collect a processed doc's results.

    doc (Doc): a doc that went through the pipeline.
    article_id (str): its article's id.
    RETURNS (Extraction): sentences, times, actors, places, events and story references
        (:func:`.story_references.split_references`).
    """
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    events, references = split_references(list(doc._.events or ()))
    return Extraction(
        article_id,
        sentences,
        tuple(doc._.times or ()),
        tuple(doc._.actors or ()),
        tuple(doc._.places or ()),
        tuple(events),
        references=tuple(references),
    )
