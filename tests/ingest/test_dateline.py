"""Tests for dateline.ingest.dateline: dateline shapes, offsets and month names."""

from __future__ import annotations

import pytest

from dateline.ingest.dateline import find_dateline, month_number


@pytest.mark.parametrize(
    "text,city,region,agency,date_text,month,day,year,start,end",
    [
        ("Seoul, Oct 28 (NationPress) North Korea said", "Seoul", None, "NationPress", "Oct 28", 10, 28, None, 0, 27),
        ("WASHINGTON, Jan 18 \u2014 The secretary", "WASHINGTON", None, None, "Jan 18", 1, 18, None, 0, 20),
        ("NAIROBI, Kenya (AP) _ Leaders", "NAIROBI", "Kenya", "AP", None, None, None, None, 0, 21),
        ("LONDON (Reuters) - The prime minister", "LONDON", None, "Reuters", None, None, None, None, 0, 18),
        ("Paris, 3 March 2024: The minister", "Paris", None, None, "3 March 2024", 3, 3, 2024, 0, 20),
        ("  Rio de Janeiro, Sept. 4, 2025 -- Talks", "Rio de Janeiro", None, None, "Sept. 4, 2025", 9, 4, 2025, 2, 34),
        ("BEIRUT, Lebanon, March 3 \u2013 Talks", "BEIRUT", "Lebanon", None, "March 3", 3, 3, None, 0, 26),
        ("SEOUL, Oct 28 (Yonhap) -- The minister", "SEOUL", None, "Yonhap", "Oct 28", 10, 28, None, 0, 25),
        ("ZÜRICH, May 19 (dpa) - Mediators", "ZÜRICH", None, "dpa", "May 19", 5, 19, None, 0, 22),
        ("GENEVA (AFP) The talks", "GENEVA", None, "AFP", None, None, None, None, 0, 12),
    ],
)
def test_dateline_find_shapes(
    text: str,
    city: str,
    region: str | None,
    agency: str | None,
    date_text: str | None,
    month: int | None,
    day: int | None,
    year: int | None,
    start: int,
    end: int,
) -> None:
    line = find_dateline(text)
    assert line is not None
    assert (line.city, line.region, line.agency, line.date_text) == (city, region, agency, date_text)
    assert (line.month, line.day, line.year, line.start, line.end) == (month, day, year, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The minister, Oct 28 - said nothing",
        "The United Nations (UN) said on Monday",
        "Mayor Smith - a profile",
        "The talks resumed on Oct 28 in Seoul.",
        "Officials (speaking privately) - said",
        "",
        "Seoul said on Tuesday - nothing",
    ],
)
def test_dateline_find_rejects_ordinary_openings(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_find_only_at_start() -> None:
    assert find_dateline("Officials said. SEOUL, Oct 28 (Yonhap) - Talks") is None


def test_dateline_find_at_line_start_after_summary() -> None:
    text = "Key points\n- Talks on ports.\nLima, May 4 (Reuters) The minister flew in."
    line = find_dateline(text)
    assert line is not None
    assert (line.city, line.date_text, text[line.start : line.end]) == ("Lima", "May 4", "Lima, May 4 (Reuters)")


def test_dateline_find_not_beyond_lead() -> None:
    text = "Filler line.\n" * 200 + "Lima, May 4 (Andes Wire) - The minister flew in."
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "word,expected",
    [("Oct", 10), ("oct.", 10), ("September", 9), ("Sept", 9), ("MAY", 5), ("Mayor", None), ("", None)],
)
def test_dateline_month_number(word: str, expected: int | None) -> None:
    assert month_number(word) == expected


def test_dateline_data_months_cover_the_year() -> None:
    from dateline.ingest.dateline import dateline_data

    assert sorted(set(dateline_data()["months"].values())) == list(range(1, 13))


@pytest.mark.parametrize("text,byline", [
    ("OSLO, June 2 (Wire) - By Kari Lunde - Hans Berg resigned as mayor on Tuesday.", "By Kari Lunde -"),
    ("OSLO, June 2 (Wire) — By Kari Lunde and Ola Dahl — Hans Berg resigned on Tuesday.", "By Kari Lunde and Ola Dahl —"),
])
def test_dateline_a_byline_closed_by_a_dash_belongs_to_the_dateline(text: str, byline: str) -> None:
    line = find_dateline(text)
    assert line is not None and text[line.start : line.end].endswith(byline) and line.city == "OSLO"


@pytest.mark.parametrize("text", [
    "OSLO, June 2 (Wire) - By Tuesday - the deadline - talks had failed.",
    "OSLO, June 2 (Wire) - By the end of the week - if not sooner - the deal will be signed.",
    "OSLO, June 2 (Wire) - By Kari Lunde. Hans Berg resigned on Tuesday.",
])
def test_dateline_words_after_by_that_end_no_byline_stay_in_the_story(text: str) -> None:
    line = find_dateline(text)
    assert line is not None and text[line.start : line.end] == "OSLO, June 2 (Wire) -"
