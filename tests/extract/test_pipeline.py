"""Tests for dateline.extract.pipeline and nlp: building the pipeline and running articles."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from dateline.config import Settings
from dateline.errors import ExtractError
from dateline.extract import add_components, build_nlp, extract
from dateline.model import Article


def test_pipeline_missing_model_raises_e005() -> None:
    with pytest.raises(ExtractError, match="E005: spaCy model 'no_such_model_xx'"):
        build_nlp(Settings(model="no_such_model_xx"))


def test_pipeline_blank_pipeline_gets_components() -> None:
    nlp = add_components(spacy.blank("en"))
    assert nlp.pipe_names == ["dateline_times_v1", "dateline_places_v1", "dateline_actors_v1", "dateline_events_v1"]


def test_pipeline_blank_finds_named_site_by_alias() -> None:
    nlp = add_components(spacy.blank("en"))
    article = Article("a1", "Troops patrol the DMZ every day.", None, None, "x", "text", date(2025, 3, 4))
    (_, extraction), = list(extract([article], nlp))
    assert [(p.name, p.start, p.end) for p in extraction.places] == [("Demilitarized Zone", 18, 21)]


@pytest.mark.slow
def test_pipeline_extract_keeps_order_and_ids() -> None:
    nlp = build_nlp(Settings())
    articles = [
        Article(f"a{i}", f"President Emmanuel Macron will visit Berlin on Friday. ({i})", None, None, "x", "text", date(2025, 3, 4))
        for i in range(3)
    ]
    got = [(a.id, ex.article_id, [e.date.value for e in ex.events]) for a, ex in extract(articles, nlp, batch_size=2)]
    assert got == [(f"a{i}", f"a{i}", ["2025-03-07"]) for i in range(3)]


@pytest.mark.slow
def test_pipeline_evidence_has_article_id_and_published() -> None:
    nlp = build_nlp(Settings())
    article = Article("a9", "President Emmanuel Macron visited Berlin on Monday.", None, None, "x", "text", date(2025, 3, 4))
    (_, extraction), = list(extract([article], nlp))
    ev = extraction.events[0].evidence
    assert (ev.article_id, ev.published, ev.start, ev.end) == ("a9", date(2025, 3, 4), 0, len(article.text))
