"""The story set through the real pipeline: every story resolves as expected (slow: loads the model).

Each story is ingested article by article into a fresh SQLite store; the question is
stored first so the pipeline's re-evaluation records its history.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.config import load_settings
from dateline.pipeline import get_nlp, ingest_paths
from dateline.reason.ask import ask
from dateline.reason.brief import brief
from dateline.store import Store, open_store

STORIES = Path(__file__).parent.parent / "fixtures" / "stories"
#: the families beyond contacts and journeys (exercises, launches, resignations, sanctions, protests, votes)
FAMILY_STORIES = Path(__file__).parent.parent / "fixtures" / "family_stories"
SEED = Path(__file__).parent.parent / "fixtures" / "articles" / "korea_trip_reference.txt"  # own words, same constructions as the reference article


def _stories(*folders: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(d, json.loads((d / "story.json").read_text(encoding="utf-8")))
            for folder in folders or (STORIES,) for d in sorted(folder.iterdir()) if (d / "story.json").is_file()]


def _story_params() -> list[Any]:
    """RETURNS (list): one pytest param per story of both sets; a story's ``known_gap`` (a
    known miss, with its reason) is a strict expected failure."""
    return [pytest.param(d, meta, id=f"{d.parent.name}/{d.name}",
                         marks=[pytest.mark.xfail(strict=True, reason=meta["known_gap"])] if meta.get("known_gap") else [])
            for d, meta in _stories(STORIES, FAMILY_STORIES)]


@pytest.fixture(scope="module")
def nlp() -> Any:
    """RETURNS: the pipeline, loaded once for the module."""
    return get_nlp(load_settings())


def _ingest(folder: Path, meta: dict[str, Any], nlp: Any) -> Store:
    store = open_store(":memory:")
    first = date.fromisoformat(min(a["published"] for a in meta["articles"]))
    close = date.fromisoformat(meta["close"]) if meta.get("close") else None
    store.add_question(meta["question"], close, first)
    for art in sorted(meta["articles"], key=lambda a: a["published"]):
        day = date.fromisoformat(art["published"])
        ingest_paths([folder / art["file"]], store, load_settings(), published=day, nlp=nlp, as_of=day)
    return store


@pytest.mark.slow
@pytest.mark.parametrize("folder,meta", _story_params())
def test_stories_resolution(folder: Path, meta: dict[str, Any], nlp: Any) -> None:
    store = _ingest(folder, meta, nlp)
    first = date.fromisoformat(min(a["published"] for a in meta["articles"]))
    close = date.fromisoformat(meta["close"]) if meta.get("close") else None
    answer = ask(store, meta["question"], date.fromisoformat(meta["resolve_as_of"]), close=close, anchor=first)
    assert answer.resolution == meta["expected"]


@pytest.mark.slow
def test_stories_history_recorded_by_pipeline(nlp: Any) -> None:
    folder = STORIES / "03_lindqvist_warsaw"
    store = _ingest(folder, json.loads((folder / "story.json").read_text(encoding="utf-8")), nlp)
    assert [h["as_of"] for h in store.question_history(1)] == ["2026-04-06", "2026-04-13"]


@pytest.fixture(scope="module")
def seed_store(nlp: Any) -> Store:
    """RETURNS (Store): the reference article, stored as published on 2025-10-28."""
    if not SEED.is_file():
        pytest.skip(f"reference article not found: {SEED}")
    store = open_store(":memory:")
    ingest_paths([SEED], store, load_settings(), published=date(2025, 10, 28), nlp=nlp, as_of=date(2025, 10, 28))
    return store


@pytest.mark.slow
@pytest.mark.parametrize(
    "stem",
    [
        "Will Pete Hegseth visit the Joint Security Area by November ",
        "Will Pete Hegseth meet Shinjiro Koizumi in Tokyo by October 29, 2025?",
        "Will Pete Hegseth meet Phan Van Giang in Hanoi by November 2, 2025?",
        "Will Pete Hegseth meet Lee Jae Myung",
        "Will Pete Hegseth visit Camp Humphreys by November ",
        "Will Pete Hegseth attend the Security Consultative Meeting in Seoul by November 4, 2025?",
        "Will Pete Hegseth attend the ASEAN Defence Ministers' Meeting-Plus in Kuala Lumpur by November ",
    ],
)
def test_stories_seed_proposals(seed_store: Store, stem: str) -> None:
    article_id = seed_store.articles()[0].id
    assert len([q for q in brief(seed_store, article_id).questions if q.question.startswith(stem)]) == 1


@pytest.mark.slow
def test_stories_seed_headline_question(seed_store: Store) -> None:
    answer = ask(seed_store, "Will US Defence Secretary Hegseth Visit the DMZ During His Upcoming Trip to South Korea?",
                 date(2025, 10, 28))
    assert (answer.resolution, answer.answer, answer.event.place.name) == (  # type: ignore[union-attr]
        None, "yes", "Joint Security Area")


@pytest.mark.slow
def test_stories_seed_title_finds_actor(seed_store: Store) -> None:
    answer = ask(seed_store, "Will the US defence secretary visit the JSA by November 4?", date(2025, 10, 28))
    assert answer.event.actor.name == "Pete Hegseth"  # type: ignore[union-attr]
