"""Tests for dateline.extract.pipeline and nlp: building the pipeline and running articles."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from dateline.config import Settings
from dateline.errors import ExtractError
from dateline.extract import add_components, build_nlp, extract
from dateline.model import Article
from dateline.pipeline import ingest_paths
from dateline.store import open_store


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
def test_pipeline_extract_keeps_order_and_ids(nlp: Language) -> None:
    articles = [
        Article(f"a{i}", f"President Emmanuel Macron will visit Berlin on Friday. ({i})", None, None, "x", "text", date(2025, 3, 4))
        for i in range(3)
    ]
    got = [(a.id, ex.article_id, [e.date.value for e in ex.events]) for a, ex in extract(articles, nlp, batch_size=2)]
    assert got == [(f"a{i}", f"a{i}", ["2025-03-07"]) for i in range(3)]


@pytest.mark.slow
def test_pipeline_evidence_has_article_id_and_published(nlp: Language) -> None:
    article = Article("a9", "President Emmanuel Macron visited Berlin on Monday.", None, None, "x", "text", date(2025, 3, 4))
    (_, extraction), = list(extract([article], nlp))
    ev = extraction.events[0].evidence
    assert (ev.article_id, ev.published, ev.start, ev.end) == ("a9", date(2025, 3, 4), 0, len(article.text))


def _doc_with_ents(words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]) -> "Doc":
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_pipeline_line_entities_cut_at_line_break() -> None:
    from dateline.extract.sentences import line_entities

    doc = _doc_with_ents(["Talks", "in", "Lima", "\n", "Peru", "said"], [True, True, False, False, True, False], [(2, 5, "GPE")])
    assert [(e.text, e.label_) for e in line_entities(doc).ents] == [("Lima", "GPE")]


def test_pipeline_line_entities_drop_header_line_name() -> None:
    from dateline.extract.sentences import line_entities

    words = ["Synopsis", "\n", "Ruto", "met", "Dubois", "."]
    doc = _doc_with_ents(words, [False, False, True, True, False, False], [(0, 2, "ORG"), (2, 3, "PERSON"), (4, 5, "PERSON")])
    assert [e.text for e in line_entities(doc).ents] == ["Ruto", "Dubois"]


def test_pipeline_line_entities_keep_place_alone_on_line() -> None:
    from dateline.extract.sentences import line_entities

    doc = _doc_with_ents(["NAIROBI", "\n", "Ruto", "spoke", "."], [False, False, True, False, False], [(0, 1, "GPE")])
    assert [e.text for e in line_entities(doc).ents] == ["NAIROBI"]


@pytest.mark.slow
def test_pipeline_no_entity_spans_a_line_break(nlp: Language) -> None:
    text = "Synopsis\nKey Takeaways\n- Ruto's visit matters.\nNairobi, March 3 (Wire) Kenyan President William Ruto met French Foreign Minister Claire Dubois."
    doc = nlp(text)
    assert [e.text for e in doc.ents if "\n" in e.text] == []


@Language.component("dateline_test_explodes")
def _explodes(doc):  # type: ignore[no-untyped-def]
    if "BOOM" in doc.text:
        raise ValueError("cannot read this one")
    return doc


def _article(text: str) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(digest[:16], text, None, None, f"{digest[:4]}.txt", "text", date(2025, 1, 2), content_hash=digest)


def test_pipeline_a_failing_component_rejects_only_its_article() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_test_explodes")
    texts = ["First calm article.", "This one goes BOOM.", "Third calm article.", "Another BOOM here.", "Last one."]
    out = list(extract([_article(t) for t in texts], nlp, batch_size=2))
    assert sorted(a.text for a, _ in out) == sorted(texts)  # none goes missing
    failed = {a.text: e.error for a, e in out if e.error is not None}
    assert set(failed) == {"This one goes BOOM.", "Another BOOM here."}
    assert all("dateline_test_explodes (ValueError: cannot read this one)" == err for err in failed.values())
    # the pipeline's own error handling is left as it was
    with pytest.raises(ValueError):
        list(nlp.pipe(["BOOM"]))


def test_pipeline_ingest_counts_a_failed_extraction_as_rejected(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_test_explodes")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Calm words about nothing in particular here.\n", encoding="utf-8")
    (inputs / "b.txt").write_text("Words that make the component go BOOM today.\n", encoding="utf-8")
    with open_store(str(tmp_path / "x.db")) as store:
        summary = ingest_paths([inputs], store, Settings(), published=date(2025, 1, 2), nlp=nlp)
        assert (summary.new, summary.rejected) == (1, 1)
        (rejection,) = summary.rejections
        assert rejection.code == "E119" and rejection.source.endswith("b.txt")
        assert len(store.articles()) == 1


def test_pipeline_ingest_counts_a_store_failure_as_rejected(tmp_path: Path) -> None:
    from dateline.model import Extraction
    from dateline.store.base import AddResult
    from dateline.store.sqlite import SQLiteStore

    class FailingStore(SQLiteStore):
        """A real SQLite store whose transaction fails on one article (as a store bug would)."""

        def add_article(self, article: Article, extraction: Extraction) -> AddResult:
            if "BREAKS" in article.text:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.execute("ROLLBACK")
                raise RuntimeError("constraint failed")
            return super().add_article(article, extraction)

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Calm words about nothing in particular here.\n", encoding="utf-8")
    (inputs / "b.txt").write_text("Words that make the store fail: BREAKS today.\n", encoding="utf-8")
    (inputs / "c.txt").write_text("More calm words about nothing in particular.\n", encoding="utf-8")
    store = FailingStore(str(tmp_path / "x.db"))
    try:
        summary = ingest_paths([inputs], store, Settings(), published=date(2025, 1, 2), nlp=spacy.blank("en"))
        assert (summary.new, summary.rejected) == (2, 1)
        (rejection,) = summary.rejections
        assert rejection.code == "E120" and rejection.source.endswith("b.txt") and "constraint failed" in rejection.reason
        assert len(store.articles()) == 2
    finally:
        store.close()
