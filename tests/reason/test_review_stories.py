"""Review stories through the real pipeline (slow: loads the model).

Own-words multi-article stories (``tests/fixtures/review_stories/``), each with
questions a forecaster would ask and the expected state as of several days: before any
report, between reports and after resolution. Each story is ingested article by article
into a fresh SQLite store with its questions stored first, so the pipeline re-evaluates
them. Checks in ``story.json`` (per question, per as-of day):

- ``resolution``: the expected resolution (null while open; absent: not checked, as for a
  settled "no" that may still be open);
- ``answer`` / ``not_answer``: the one-word answer it must (not) be;
- ``cite``: the file of the article whose sentence resolves it;
- ``p_lt``: the probability must be below the one as of that earlier day;
- ``reason_has``: words the reason must contain (the sentence that changed the forecast);
- ``known_gap``: a known miss (expected to fail, strictly), with the reason.

Leakage: every answer is also computed on a store holding only the articles published
by the as-of day, and must be the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import DatelineError
from dateline.config import load_settings
from dateline.pipeline import get_nlp, ingest_paths
from dateline.reason.ask import Answer, ask
from dateline.store import Store, open_store

STORIES = Path(__file__).parent.parent / "fixtures" / "review_stories"


def _meta(folder: Path) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    return meta


def _folders() -> list[Path]:
    return [d for d in sorted(STORIES.iterdir()) if (d / "story.json").is_file()]


def _checks(gaps: bool = True) -> list[Any]:
    """gaps (bool): mark ``known_gap`` checks as expected failures. RETURNS (list): pytest params."""
    out = []
    for folder in _folders():
        for qi, q in enumerate(_meta(folder)["questions"]):
            for ci, check in enumerate(q["checks"]):
                gap = check.get("known_gap") if gaps else None
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                out.append(pytest.param(folder.name, qi, ci, marks=marks,
                                        id=f"{folder.name}-q{qi}-{check['as_of']}"))
    return out


@dataclass
class Story:
    """A story ingested up to some day: the store and article id -> file name."""

    store: Store
    files: dict[str, str] = field(default_factory=dict)


def _ingest(folder: Path, nlp: Any, upto: date | None = None, questions: bool = False) -> Story:
    meta = _meta(folder)
    story = Story(open_store(":memory:"))
    if questions:
        for q in meta["questions"]:
            close = date.fromisoformat(q["close"]) if q.get("close") else None
            story.store.add_question(q["question"], close, date.fromisoformat(q["anchor"]))
    for art in sorted(meta["articles"], key=lambda a: a["published"]):
        day = date.fromisoformat(art["published"])
        if upto is not None and day > upto:
            continue
        before = {a.id for a in story.store.articles()}
        ingest_paths([folder / art["file"]], story.store, load_settings(), published=day, nlp=nlp, as_of=day)
        story.files.update({a.id: art["file"] for a in story.store.articles() if a.id not in before})
    return story


@pytest.fixture(scope="module")
def nlp() -> Any:
    """RETURNS: the pipeline, loaded once for the module."""
    return get_nlp(load_settings())


@pytest.fixture(scope="module")
def stories(nlp: Any) -> dict[tuple[str, str | None], Story]:
    """RETURNS (dict): (story, as-of day or None for all articles) -> ingested story, built on first use."""
    return {}


def _story(cache: dict[tuple[str, str | None], Story], nlp: Any, name: str, upto: str | None = None) -> Story:
    key = (name, upto)
    if key not in cache:
        cache[key] = _ingest(STORIES / name, nlp, date.fromisoformat(upto) if upto else None, questions=upto is None)
    return cache[key]


def _ask(story: Story, q: dict[str, Any], as_of: str) -> Answer:
    close = date.fromisoformat(q["close"]) if q.get("close") else None
    return ask(story.store, q["question"], date.fromisoformat(as_of), close=close,
               anchor=date.fromisoformat(q["anchor"]))


@pytest.mark.slow
@pytest.mark.parametrize("name,qi,ci", _checks())
def test_review_stories_state(stories: dict[tuple[str, str | None], Story], nlp: Any,
                              name: str, qi: int, ci: int) -> None:
    q = _meta(STORIES / name)["questions"][qi]
    check = q["checks"][ci]
    story = _story(stories, nlp, name)
    answer = _ask(story, q, check["as_of"])
    cited = story.files.get(answer.cited.article_id) if answer.cited is not None else None
    got: dict[str, Any] = {}
    want: dict[str, Any] = {}
    if "resolution" in check:  # absent: either way ("no" while open or resolved no)
        got = {"resolution": answer.resolution, "resolved": answer.resolved}
        want = {"resolution": check["resolution"], "resolved": check["resolution"] is not None}
    if "answer" in check:
        got["answer"], want["answer"] = answer.answer, check["answer"]
    if "cite" in check:
        got["cite"], want["cite"] = cited, check["cite"]
    assert got == want, answer.reason
    if "not_answer" in check:
        assert answer.answer != check["not_answer"], answer.reason
    if "reason_has" in check:
        assert check["reason_has"] in answer.reason
    if "p_lt" in check:
        earlier = _ask(story, q, check["p_lt"]).probability
        assert answer.probability is not None and earlier is not None and answer.probability < earlier


@pytest.mark.slow
@pytest.mark.parametrize("name,qi,ci", _checks(gaps=False))
def test_review_stories_no_leakage(stories: dict[tuple[str, str | None], Story], nlp: Any,
                                   name: str, qi: int, ci: int) -> None:
    q = _meta(STORIES / name)["questions"][qi]
    as_of = q["checks"][ci]["as_of"]
    assert _outcome(_story(stories, nlp, name, as_of), q, as_of) == _outcome(_story(stories, nlp, name), q, as_of)


def _outcome(story: Story, q: dict[str, Any], as_of: str) -> tuple[Any, ...]:
    """RETURNS (tuple): what an ask gives: answer, probability, resolution and reason, or the error it raises (a
    question Dateline cannot read raises the same error whatever the store holds)."""
    try:
        a = _ask(story, q, as_of)
    except DatelineError as exc:
        return ("error", str(exc))
    return (a.answer, a.probability, a.resolution, a.reason)


@pytest.mark.slow
def test_review_stories_conflict_history_recorded(stories: dict[tuple[str, str | None], Story], nlp: Any) -> None:
    store = _story(stories, nlp, "09_mwangi_doha").store
    history = store.question_history(1)
    assert [(h["as_of"], h["state"]["resolution"]) for h in history] == [
        ("2026-11-02", None), ("2026-11-07", "yes"), ("2026-11-08", "ambiguous")]


@pytest.mark.slow
def test_review_stories_denial_then_visit_history(stories: dict[tuple[str, str | None], Story], nlp: Any) -> None:
    store = _story(stories, nlp, "08_sosa_london").store
    states = [h["state"] for h in store.question_history(1)]
    assert [s["resolution"] for s in states] == [None, None, "yes"]
    assert states[1]["probability"] < states[0]["probability"]
