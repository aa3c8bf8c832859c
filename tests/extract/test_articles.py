"""Own-words articles of varied kinds, read through ingest and extract: the exact events each gives.

Each row: fixture file, publication day, and every event as (action, actor, place,
date value, status), in text order. Articles without diplomatic events must give none, but for the acts of the
other families they tell (a robbery story's arrest).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract import extract
from dateline.model import Article

from .fixture_articles import fixture_article

pytestmark = pytest.mark.slow

Row = tuple[str, str | None, str | None, str | None, str]

CASES: list[tuple[str, date, list[Row]]] = [
    ("summit_geneva.txt", date(2025, 6, 11), [  # (a summit the two leaders hold is their meeting, round 39: two
        # mentions of one meeting, which the store merges)
        ("meet", "Luiz Inacio Lula da Silva", "Geneva", "2025-06-10", "happened"),
        ("meet", "Luiz Inacio Lula da Silva", "Geneva", "2025-06-10", "happened"),
    ]),
    ("phone_call.txt", date(2025, 4, 15), [
        ("call", "Emmanuel Macron", None, "2025-04-14", "happened"),
        # "the two presidents agreed to coordinate their positions": their agreement (round 83), undated
        ("agree", "Emmanuel Macron", None, None, "happened"),
    ]),
    ("state_visit.txt", date(2025, 2, 20), [
        ("host", "William Ruto", "State House", "2025-02-19", "happened"),
        # "hosted Merz ... on Wednesday at the start of a state visit": Merz's visit to the host's country, from Wednesday
        ("visit", "Friedrich Merz", "Kenya", "2025-02-19", "happened"),
        # "the two leaders held talks": where and when the welcome was, told in the sentence before
        ("meet", "William Ruto", "State House", "2025-02-19", "happened"),
        # "signed three cooperation agreements": where and when the two leaders' previous event was
        ("sign", "William Ruto", "State House", "2025-02-19", "happened"),
    ]),
    ("treaty_signing.txt", date(2025, 9, 9), [
        ("sign", "Kassym-Jomart Tokayev", "Astana", "2025-09-08", "happened"),
    ]),
    ("meeting_called_off.txt", date(2025, 8, 4), [
        ("meet", "Enrique Manalo", "Beijing", None, "cancelled"),
    ]),
    ("talks_postponed.txt", date(2025, 1, 14), [
        ("meet", "European Union", None, "2025-03-10", "postponed"),
    ]),
    ("denial.txt", date(2025, 5, 6), [
        ("travel", "Hakan Fidan", "Damascus", "2025-W19", "denied"),
        ("visit", "Hakan Fidan", "Syria", None, "denied"),
    ]),
    ("rumored_trip.txt", date(2025, 7, 1), [
        ("visit", "Shigeru Ishiba", "Washington", "2025-07", "uncertain"),
    ]),
    ("ongoing_visit.txt", date(2025, 11, 12), [
        ("visit", "Prabowo Subianto", "Paris", None, "ongoing"),
        ("meet", "Prabowo Subianto", None, "2025-11-13", "planned"),
    ]),
    ("football_final.txt", date(2025, 5, 18), []),
    ("bank_robbery.txt", date(2025, 3, 3), [  # no diplomatic event; the arrest is one (the French police's)
        ("arrest", "France", "Lyon", "2025-03-02", "happened"),
    ]),
    ("merger.txt", date(2024, 12, 23), []),
    ("opinion_hypothetical.txt", date(2025, 3, 1), []),
    ("retrospective.txt", date(2025, 10, 2), [
        ("visit", "Jacques Chirac", "Beijing", "1997", "happened"),
        ("travel", "Hu Jintao", "Paris", "2004", "happened"),
        ("visit", "Xi Jinping", "France", "2014-03", "happened"),
        ("visit", "Emmanuel Macron", "China", "2018", "happened"),
    ]),
]


def _article(path: Path, published: date) -> Article:
    return fixture_article(path, published)


@pytest.mark.parametrize("name,published,want", CASES, ids=[c[0] for c in CASES])
def test_articles_exact_events(nlp: Language, fixtures_dir: Path, name: str, published: date, want: list[Row]) -> None:
    article = _article(fixtures_dir / "articles" / name, published)
    (_, extraction), = list(extract([article], nlp))
    got = [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in extraction.events]
    assert got == want


@pytest.mark.parametrize(
    "name,counterparts",
    [
        ("phone_call.txt", [["Cyril Ramaphosa"], ["Cyril Ramaphosa"]]),
        ("treaty_signing.txt", [["Shavkat Mirziyoyev"]]),
        ("meeting_called_off.txt", [["Wang Yi"]]),
        ("ongoing_visit.txt", [[], ["Emmanuel Macron"]]),
    ],
)
def test_articles_counterparts(nlp: Language, fixtures_dir: Path, name: str, counterparts: list[list[str]]) -> None:
    published = next(p for n, p, _ in CASES if n == name)
    (_, extraction), = list(extract([_article(fixtures_dir / "articles" / name, published)], nlp))
    assert [[c.name for c in e.counterparts] for e in extraction.events] == counterparts


def test_articles_summary_block_gives_no_evidence(nlp: Language, fixtures_dir: Path) -> None:
    article = _article(fixtures_dir / "articles" / "state_visit.txt", date(2025, 2, 20))
    (_, extraction), = list(extract([article], nlp))
    assert [e.evidence.start >= article.dateline_end for e in extraction.events] == [True, True, True, True]


def test_articles_page_furniture_is_not_an_actor(nlp: Language, fixtures_dir: Path) -> None:
    article = _article(fixtures_dir / "articles" / "state_visit.txt", date(2025, 2, 20))
    (_, extraction), = list(extract([article], nlp))
    names = {a.name for a in extraction.actors}
    assert (sorted(names & {"Synopsis", "Key Points", "Newswire"}), "\n" in "".join(names)) == ([], False)
