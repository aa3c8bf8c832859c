"""Own-words articles of the adversarial review round, read through ingest and extract: the exact events each gives.

Each row: fixture file, publication day, and every event as (action, actor, counterparts, place,
date value, status), in the order extraction gives them. Articles without events of officials
(a football report, an earnings story) must give none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language


from .fixture_articles import Row, fixture_events, row

pytestmark = pytest.mark.slow


CASES: list[tuple[str, date, list[Row]]] = [
    ("wire_border_talks.txt", date(2026, 3, 3), [
        ("travel", "William Ruto", ("Abiy Ahmed",), "Addis Ababa", "2026-03-05", "planned"),
        ("meet", "William Ruto", ("Abiy Ahmed",), "Nairobi", "2025-11", "happened"),
        ("attend", "William Ruto", (), "Djibouti", "2026-W11", "planned"),
    ]),
    ("analysis_gulf_week.txt", date(2026, 5, 18), [
        ("visit", "Faisal bin Farhan", (), "Tehran", "2026-05-20", "planned"),
        ("call", "Masoud Pezeshkian", ("Mohammed bin Salman",), None, "2026-05-16", "happened"),
        ("host", "Sheikh Tamim bin Hamad Al Thani", ("Mohammed Shia al-Sudani",), "Doha", "2026-05-17", "happened"),
        ("host", "Oman", (), "Muscat", "2026-05", "planned"),
    ]),
    ("sports_porto_lyon.txt", date(2026, 4, 12), []),
    ("earnings_northwind.txt", date(2026, 2, 5), [
        ("visit", "Anna Keller", (), "Taiwan", "2026-03", "planned"),
    ]),
    ("court_bribery.txt", date(2026, 6, 10), [
        ("sentence", "Gerard Blanc", (), "Lyon", "2026-06-09", "happened"),
        ("meet", "Gerard Blanc", ("Paul Mercier",), "Villeurbanne", "2019", "happened"),
    ]),
    ("summit_postponed_typhoon.txt", date(2026, 9, 14), [
        ("host", "Malaysia", (), "Kuala Lumpur", "2026-11", "postponed"),
        ("attend", "Prabowo Subianto", (), "Kuala Lumpur", "2026-11", "postponed"),
        ("attend", "Ferdinand Marcos Jr", (), "Kuala Lumpur", "2026-11", "postponed"),
        ("attend", "Sheikh Tamim bin Hamad Al Thani", (), "Kuala Lumpur", "2026-11", "postponed"),
    ]),
    ("tour_leg_called_off.txt", date(2026, 10, 5), [
        ("visit", "Frank-Walter Steinmeier", (), "Warsaw", "2026-10-06", "planned"),
        ("visit", "Frank-Walter Steinmeier", (), "Vilnius", None, "cancelled"),
        ("meet", "Frank-Walter Steinmeier", ("Karol Nawrocki",), "Warsaw", "2026-10-06", "planned"),
        ("travel", "Frank-Walter Steinmeier", (), "Riga", "2026-10-08", "planned"),
        # "where he is due to address the Latvian parliament": his speech there (round 62)
        ("address", "Frank-Walter Steinmeier", (), "Riga", "2026-10-08", "planned"),
        ("visit", "Frank-Walter Steinmeier", (), "Tallinn", "2026-10-10", "planned"),
        ("visit", "Frank-Walter Steinmeier", (), "Riga", "2026-10-08", "planned"),
    ]),
    ("denial_caracas.txt", date(2026, 7, 22), [
        ("travel", "Luiz Inacio Lula da Silva", (), "Caracas", "2026-08", "denied"),
        ("meet", "Luiz Inacio Lula da Silva", ("Nicolas Maduro",), "Caracas", "2026-08", "uncertain"),
        ("host", "Luiz Inacio Lula da Silva", ("Gustavo Petro",), "Brasília", "2026-07-30", "planned"),
        # the newspapers' claim retold after the denial of the trip is the report denied (session 16)
        ("meet", "Luiz Inacio Lula da Silva", ("Nicolas Maduro",), "Caracas", "2026-08", "denied"),
    ]),
    ("pronouns_finland_japan.txt", date(2026, 3, 16), [
        ("travel", "Petteri Orpo", ("Elina Valtonen",), "Japan", "2026-W13", "planned"),
        ("meet", "Elina Valtonen", ("Takeshi Iwaya",), "Tokyo", "2026-03-24", "planned"),
        ("meet", "Petteri Orpo", ("Sanae Takaichi",), None, "2026-03-25", "planned"),  # "a day later" than March 24
        ("visit", "Petteri Orpo", ("Elina Valtonen",), "Osaka", "2026-03-26", "planned"),
    ]),
    ("common_nouns_places.txt", date(2026, 11, 2), [
        ("attend", "Victoria Hughes", (), "Manchester", "2026-12", "planned"),
        ("meet", "Victoria Hughes", ("business owners",), None, "2026-10-30", "happened"),
        ("travel", "Victoria Hughes", (), "Mobile", "2026-12", "planned"),
        ("visit", "Victoria Hughes", (), "Mobile", "2026-12", "planned"),
    ]),
]


@pytest.mark.parametrize("name,published,want", CASES, ids=[c[0] for c in CASES])
def test_review_articles_exact_events(nlp: Language, fixtures_dir: Path, name: str, published: date, want: list[Row]) -> None:
    got = [row(e) for e in fixture_events(nlp, fixtures_dir / "articles" / name, published)]
    assert got == want
