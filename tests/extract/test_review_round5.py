"""Extraction gaps found by the wire-style review round: own-words articles in the shape of agency copy.

Each test states one behaviour: page furniture (link lists, photo captions, bylines, staff trailers) tells no event.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.furniture import furniture_spans

from .fixture_articles import fixture_events, row

pytestmark = pytest.mark.slow

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"


def test_review_round5_page_furniture_tells_no_event(nlp: Language) -> None:
    rows = [row(e) for e in fixture_events(nlp, ARTICLES / "r5_wire_furniture.txt", date(2026, 2, 9))]
    assert rows == [("travel", "Rein Kask", (), "Rabat", "2026-02-12", "planned")]


def test_review_round5_furniture_lines() -> None:
    text = (ARTICLES / "r5_wire_furniture.txt").read_text(encoding="utf-8")
    lines = [text[s:e] for s, e in furniture_spans(text)]
    assert lines == [
        "By Kadri Mets",
        "FILE PHOTO: Estonian Economy Minister Rein Kask visits a shipyard in Paldiski, Estonia, June 4, 2025. "
        "WIRE/Staff/File Photo",
        "Read more:",
        "Kask to visit Lisbon next month for shipping forum",
        "Moroccan minister meets Kask in Tallinn",
        "Related coverage: Rein Kask visits Oslo, signs ferry accord",
        "(Reporting by Kadri Mets; Editing by Juhan Saar)",
    ]


@pytest.mark.parametrize("text", [
    "By the end of the week, the minister will have visited three ports.",
    "Related talks will be held in Rabat on Friday.",
    "Watch this space: the minister will visit Rabat on Thursday.",
])
def test_review_round5_story_lines_are_not_furniture(text: str) -> None:
    assert furniture_spans(text) == []


def test_review_round5_a_story_line_naming_an_agency_is_not_a_caption() -> None:
    text = ("The Environmental Protection Agency (EPA) said the minister will visit Ottawa on Monday.\n"
            "\u2022 By Jane Roe\n"
            "Leaders met in Rome on Friday. (AP Photo/Jane Doe)")
    assert [text[s:e] for s, e in furniture_spans(text)] == ["\u2022 By Jane Roe", "Leaders met in Rome on Friday. (AP Photo/Jane Doe)"]
