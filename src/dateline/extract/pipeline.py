"""Run the pipeline over articles: ``Article`` in, ``Extraction`` out, in ``nlp.pipe`` batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Extraction
from .nlp import register_extensions

__all__ = ["extract", "extraction_of"]


def _docs(articles: Iterable[Article], nlp: Language) -> Iterator[tuple[Doc, Article]]:
    for article in articles:
        doc = nlp.make_doc(article.text)
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
    RETURNS (Iterator[tuple[Article, Extraction]]): each article with what was found,
        in input order. A pure function of its input.
    """
    register_extensions()
    for doc, article in nlp.pipe(_docs(articles, nlp), as_tuples=True, batch_size=batch_size):
        yield article, extraction_of(doc, article.id)


def extraction_of(doc: Doc, article_id: str) -> Extraction:
    """Collect a processed doc's results.

    doc (Doc): a doc that went through the pipeline.
    article_id (str): its article's id.
    RETURNS (Extraction): sentences, times, actors, places and events.
    """
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    return Extraction(
        article_id,
        sentences,
        tuple(doc._.times or ()),
        tuple(doc._.actors or ()),
        tuple(doc._.places or ()),
        tuple(doc._.events or ()),
    )
