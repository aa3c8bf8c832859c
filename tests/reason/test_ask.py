"""The JSON shape of an answer."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.errors import QuestionError
from dateline.reason.ask import answer_word, ask
from dateline.store import Store

from .handmade import JSA, Report, fill

KEYS = ["question", "as_of", "answer", "probability", "resolved", "resolution", "event", "evidence", "reason"]


def test_ask_json_has_required_keys(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area.",
                        "visit", "planned", "2025-11-03", place=JSA)])
    out = ask(store, "Will Hegseth visit the DMZ by November 4?", date(2025, 10, 28)).to_dict()
    assert [k for k in KEYS if k in out] == KEYS


def test_ask_evidence_shape(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area.",
                        "visit", "planned", "2025-11-03", place=JSA)])
    out = ask(store, "Will Hegseth visit the DMZ by November 4?", date(2025, 10, 28)).to_dict()
    assert out["evidence"] == [{"article_id": "a1", "published": "2025-10-28",
                                "sentence": "Hegseth is scheduled to visit the Joint Security Area.",
                                "status": "planned"}]


def test_ask_not_a_question_raises(store: Store) -> None:
    with pytest.raises(QuestionError, match="E401: not a yes/no question about an event: 'Tell me about Hegseth'"):
        ask(store, "Tell me about Hegseth", date(2025, 10, 28))


@pytest.mark.parametrize(
    "resolution,probability,word",
    [("yes", 1.0, "yes"), ("no", 0.0, "no"), ("annulled", 0.0, "unknown"), ("ambiguous", 0.5, "unknown"),
     (None, 0.85, "yes"), (None, 0.5, "unknown"), (None, 0.1, "no"), (None, None, "unknown")],
)
def test_ask_answer_word(resolution: str | None, probability: float | None, word: str) -> None:
    assert answer_word(resolution, probability) == word
