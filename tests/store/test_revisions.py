"""A new version of a stored story ("(Corrects day ...)") replaces the old one from its day on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dateline.store.revisions import is_revision, same_story, sentence_keys
from dateline.store.sqlite import SQLiteStore

from .builders import AHN, SEOUL, article, event, extraction

PLAN = "Hegseth will meet South Korean Defence Minister Ahn Gyu-back in Seoul on {day} to discuss the alliance."
REST = ("The two ministers last met in Washington in the spring, the ministry said. "
        "Both sides expect to sign a statement on joint drills after the talks end.")
D1, D2 = date(2025, 10, 27), date(2025, 10, 28)


@pytest.fixture()
def store() -> Iterator[SQLiteStore]:
    s = SQLiteStore(":memory:")
    yield s
    s.close()


def _add(store: SQLiteStore, note: str, day: str, when: str, published: date) -> None:
    sentence = PLAN.format(day=day)
    art = article(f"{note}{sentence} {REST}", published)
    store.add_article(art, extraction(art, event(art, sentence, "meet", "planned", when, place=SEOUL,
                                                  counterparts=(AHN,))))


@pytest.mark.parametrize(("title", "text", "expected"), [
    (None, "(Corrects day of meeting to Wednesday from Tuesday)\nHegseth will ...", True),
    ("CORRECTED-Hegseth to meet Ahn", "Hegseth will ...", True),
    ("UPDATE 2-Hegseth to meet Ahn", "Hegseth will ...", True),
    (None, "Hegseth will meet Ahn. This story has been corrected to show the meeting is on Wednesday.", True),
    (None, "Hegseth will meet Ahn, who corrects the record often.", False),
    ("Hegseth to meet Ahn", "Hegseth will meet Ahn on Tuesday.", False),
    (None, "SEOUL, Nov 2 (Wire) - (Corrects day of meeting to Wednesday) Hegseth will meet Ahn.", True),
    (None, "SEOUL, Nov 2 (Wire) - Hegseth will meet Ahn (adds nothing new) on Tuesday.", False),
])
def test_revisions_is_revision(title: str | None, text: str, expected: bool) -> None:
    assert is_revision(title, text) is expected


def test_revisions_same_story_needs_shared_sentences() -> None:
    a = sentence_keys(PLAN.format(day="Tuesday") + " " + REST)
    b = sentence_keys(PLAN.format(day="Wednesday") + " " + REST)
    assert same_story(a, b)
    assert not same_story(a, sentence_keys("Hegseth will meet Ahn Gyu-back in Seoul on Wednesday for talks on drills."))


def test_revisions_correction_replaces_the_old_version_from_its_day(store: SQLiteStore) -> None:
    _add(store, "", "Tuesday", "2025-10-28", D1)
    _add(store, "(Corrects day of meeting to Wednesday from Tuesday)\n", "Wednesday", "2025-10-29", D2)
    now = store.events()
    assert [(e.date.value, len({ev.article_id for ev in e.evidence})) for e in now] == [("2025-10-29", 1)]
    before = store.events(as_of=D1)
    assert [e.date.value for e in before] == ["2025-10-28"]


def test_revisions_old_version_arriving_late_is_replaced_too(store: SQLiteStore) -> None:
    _add(store, "(Corrects day of meeting to Wednesday from Tuesday)\n", "Wednesday", "2025-10-29", D2)
    _add(store, "", "Tuesday", "2025-10-28", D1)
    assert [e.date.value for e in store.events()] == ["2025-10-29"]


def test_revisions_two_outlets_without_a_note_both_count(store: SQLiteStore) -> None:
    _add(store, "", "Tuesday", "2025-10-28", D1)
    _add(store, "SEOUL (Wire) - ", "Tuesday", "2025-10-28", D2)
    assert [len({ev.article_id for ev in e.evidence}) for e in store.events()] == [2]
