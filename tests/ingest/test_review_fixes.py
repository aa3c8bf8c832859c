"""Ingest review fixes: anchors from datelines, weak page dates, titles, ads, trailers, encodings, JSON Lines.

Own-words fixtures in tests/fixtures/ingest_review/; each test names the problem it pins.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.config import Settings
from dateline.ingest import read_paths
from dateline.ingest.anchor import choose_anchor, dateline_day, read_published
from dateline.ingest.dateline import find_dateline
from dateline.ingest.detect import decode_bytes
from dateline.ingest.feeds import read_feed
from dateline.ingest.html import extract_html, read_html
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.pagedate import updated_date
from dateline.ingest.pages import strip_staff_trailers
from dateline.ingest.records import LONG_TEXT_CHARS, build_article
from dateline.ingest.text import read_text
from dateline.ingest.warc import read_warc
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest_review"


def _html(name: str, published: date | None = None) -> Article:
    (item,) = read_html((FIX / name).read_bytes(), name, Settings(), published)
    assert isinstance(item, Article), item
    return item


def _codes(article: Article) -> list[str]:
    return [w.split(":", 1)[0] for w in article.warnings]


# --- A2: the dateline's local day beats a feed/metadata date one day off (time zones)


def test_review_feed_pubdate_in_gmt_anchors_on_dateline_day() -> None:
    items = list(read_feed((FIX / "tz_feed.xml").read_bytes(), "tz_feed.xml", Settings(), None))
    first = items[0]
    assert isinstance(first, Article)
    # pubDate Sun 15 Jun 23:40 GMT; "APIA, June 16" is the writer's day, so "on Monday" is June 16
    assert (first.published, first.anchor_source, first.published_text) == (
        date(2025, 6, 16),
        "dateline",
        "Sun, 15 Jun 2025 23:40:00 GMT",
    )
    assert _codes(first) == ["W103"]


def test_review_html_meta_in_other_zone_anchors_on_dateline_day() -> None:
    page = _html("tz_meta_previous_day.html")
    assert (page.published, page.anchor_source, _codes(page)) == (date(2025, 6, 16), "dateline", ["W103"])


def test_review_same_day_dateline_keeps_metadata_source() -> None:
    anchor = choose_anchor(find_dateline("APIA, June 16 - Talks."), date(2025, 6, 16), found_text="2025-06-16")
    assert (anchor.day, anchor.source, anchor.warnings) == (date(2025, 6, 16), "metadata", ())


def test_review_firm_date_far_from_dateline_still_wins_with_w101() -> None:
    anchor = choose_anchor(find_dateline("APIA, June 16 - Talks."), date(2025, 6, 20))
    assert (anchor.day, anchor.source, [w[:4] for w in anchor.warnings]) == (date(2025, 6, 20), "metadata", ["W101"])


def test_review_dateline_day_crosses_the_new_year() -> None:
    assert dateline_day(find_dateline("SUVA, Dec 31 - Talks."), date(2026, 1, 1)) == date(2025, 12, 31)


# --- A3: a <time> of another story in the page body is no publication date


def test_review_sidebar_time_loses_to_dateline() -> None:
    page = _html("sidebar_time_only.html")
    assert (page.published, page.anchor_source, page.published_text) == (date(2025, 6, 3), "dateline", "2025-05-01")
    assert _codes(page) == ["W104"]


def test_review_head_metadata_far_from_dateline_is_kept() -> None:
    raw = (FIX / "sidebar_time_only.html").read_text(encoding="utf-8")
    with_meta = raw.replace("</title>", '</title><meta property="article:published_time" content="2025-05-02">')
    doc = extract_html(with_meta)
    assert (doc.date, doc.date_kind) == ("2025-05-02", "firm")


# --- A4: a WARC crawl date is only the fetch day


def _warc(when: str, body: bytes) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        "https://balticdesk.example/riga-talks", "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": when},
    )
    writer.write_record(record)
    return out.getvalue()


_RIGA = b"""<html><head><meta charset="utf-8"><title>Latvia to host grid talks</title></head><body><article>
<h1>Latvia to host grid talks</h1><p>RIGA, Dec 29 (Baltic Desk) - Latvia will host grid operators from Estonia and
Lithuania on Wednesday to plan the winter reserve, the economy ministry said on Monday.</p>
<p>The three grids left the Russian-controlled system earlier this year.</p></article></body></html>"""


def test_review_warc_crawl_date_loses_to_dateline_in_the_year_before() -> None:
    (item,) = list(read_warc(_warc("2026-01-04T05:00:00Z", _RIGA), "c.warc.gz", Settings(), None))
    assert isinstance(item, Article)
    assert (item.published, item.anchor_source, item.published_text) == (date(2025, 12, 29), "dateline", "2026-01-04T05:00:00Z")
    assert _codes(item) == ["W105"]


def test_review_warc_crawl_date_kept_without_dateline_day() -> None:
    body = _RIGA.replace(b"RIGA, Dec 29 (Baltic Desk) -", b"RIGA (Baltic Desk) -")
    (item,) = list(read_warc(_warc("2026-01-04T05:00:00Z", body), "c.warc.gz", Settings(), None))
    assert isinstance(item, Article)
    assert (item.published, item.anchor_source, item.warnings) == (date(2026, 1, 4), "metadata", ())


# --- A5: a dateline with its year is the anchor when nothing else dates the page


def test_review_full_dateline_is_the_anchor() -> None:
    page = _html("full_dateline_only.html", published=date(2020, 1, 1))
    assert (page.published, page.anchor_source, page.published_text, page.warnings) == (
        date(2025, 5, 14),
        "dateline",
        "14 May 2025",
        (),
    )


def test_review_full_dateline_beats_published_option_in_text() -> None:
    data = b"Lisbon, 14 May 2025: Port chiefs will meet on Friday, the ministry said."
    (item,) = list(read_text(data, "p.txt", Settings(), date(2025, 5, 20)))
    assert isinstance(item, Article)
    assert (item.published, item.anchor_source) == (date(2025, 5, 14), "dateline")


# --- A6: an "Updated" stamp dates a page only as a last resort


def test_review_updated_stamp_is_last_resort_anchor() -> None:
    page = _html("updated_stamp_only.html")
    assert (page.published, page.published_text) == (date(2025, 6, 4), "Updated 9:05 AM CET, Wed June 4, 2025")
    assert _codes(page) == ["W106"]


def test_review_updated_stamp_far_from_dateline_loses() -> None:
    page = _html("updated_stamp_far.html")
    assert (page.published, page.anchor_source, _codes(page)) == (date(2025, 6, 2), "dateline", ["W107"])


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Updated 3:41 PM EST, Tue March 3, 2026", date(2026, 3, 3)),
        ("Last updated 14 June 2025", date(2025, 6, 14)),
        ("Updated 12:15 AM EAT, March 14, 2026", date(2026, 3, 14)),
        ("Updated 2 hours ago", None),
        ("Published March 3, 2026", None),
    ],
)
def test_review_updated_date_lines(line: str, expected: date | None) -> None:
    assert updated_date(line) == expected


# --- A8: same URL, other text


def test_review_same_url_other_text_warns() -> None:
    items = list(read_paths([FIX / "same_url_a.html", FIX / "same_url_b.html"], Settings()))
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.url == second.url and first.id != second.id
    assert first.warnings == ()
    assert _codes(second) == ["W109"] and first.id in second.warnings[0]


def test_review_same_url_same_text_no_warning() -> None:
    items = list(read_paths([FIX / "same_url_a.html", FIX / "same_url_a.html"], Settings()))
    assert all(isinstance(i, Article) and i.warnings == () for i in items)


# --- A9: iso-8859-1 labels are windows-1252, as in browsers


def test_review_latin1_label_decodes_cp1252_punctuation() -> None:
    page = _html("cp1252_labelled_latin1.html")
    assert page.text.startswith("LA PAZ, March 18 (Altiplano Wire) \u2014 Bolivia\u2019s foreign minister")
    assert "\u201ca relief for traders\u201d" in page.text
    assert page.dateline_city == "LA PAZ"


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "us-ascii"])
def test_review_decode_labels_as_windows_1252(label: str) -> None:
    data = f'<meta charset="{label}"><p>'.encode() + b"\x93x\x94 \x80 \x81</p>"
    assert decode_bytes(data, "html").endswith("<p>\u201cx\u201d \u20ac \x81</p>")


# --- A10: an ad inside a paragraph does not break its sentence


def test_review_ad_inside_paragraph_rejoined() -> None:
    page = _html("ad_mid_sentence.html")
    assert "she will then fly to La Paz for a meeting with Bolivian officials on Friday." in page.text
    assert "Advertisement" not in page.text


# --- A11 and C: JSON Lines dates and messages


def test_review_jsonl_dates_and_messages() -> None:
    items = list(read_jsonl((FIX / "wire_dates.jsonl").read_bytes(), "w.jsonl", Settings(), None))
    day_first, month_first, ambiguous, array, broken = items
    assert isinstance(day_first, Article) and isinstance(month_first, Article)
    assert (day_first.published, day_first.published_text, _codes(day_first)) == (date(2025, 7, 21), "21/07/2025", ["W108"])
    assert (month_first.published, _codes(month_first)) == (date(2025, 7, 21), ["W108"])
    assert isinstance(ambiguous, Rejection) and ambiguous.code == "E111"
    assert "ambiguous (day-first or month-first)" in ambiguous.reason
    assert isinstance(array, Rejection) and array.code == "E114"
    assert "holds an array, not an object" in array.reason and "one record per line" in array.reason
    assert isinstance(broken, Rejection) and broken.reason == "malformed JSON on this line (Unterminated string starting at column 29)"


@pytest.mark.parametrize(
    "value,expected",
    [("2026/03/19", date(2026, 3, 19)), ("03.03.2026", date(2026, 3, 3)), ("19-03-2026 10:00", date(2026, 3, 19))],
)
def test_review_read_published_single_readings(value: str, expected: date) -> None:
    day, warning = read_published(value)
    assert day == expected and warning is not None and warning.startswith("W108")


def test_review_read_published_iso_has_no_warning() -> None:
    assert read_published("2026-03-19T08:00:00+01:00") == (date(2026, 3, 19), None)


# --- B12, B13: the page's own title wins over a stray heading


def test_review_cookie_dialog_h1_is_not_the_title() -> None:
    page = _html("cookie_dialog_h1.html")
    assert page.title == "Mexico and Guatemala leaders to meet at border"
    assert "privacy" not in page.text and page.text.startswith("MEXICO CITY (Central Wire)")


def test_review_live_blog_title_is_the_page_title() -> None:
    page = _html("live_updates.html")
    assert page.title == "Balkan summit live: leaders arrive in Skopje"
    assert page.text.startswith("Serbia's president has landed")


# --- B14: a city in capitals with a dash is a dateline


def test_review_multiword_capital_city_dateline() -> None:
    items = list(read_feed((FIX / "tz_feed.xml").read_bytes(), "tz_feed.xml", Settings(), None))
    brunei, breaking = items[1], items[2]
    assert isinstance(brunei, Article) and isinstance(breaking, Article)
    assert (brunei.dateline_city, brunei.dateline_text) == ("BANDAR SERI BEGAWAN", None)
    assert brunei.text[brunei.dateline_start : brunei.dateline_end] == "BANDAR SERI BEGAWAN \u2014"
    assert breaking.dateline_city is None


@pytest.mark.parametrize(
    "text,city",
    [
        ("WASHINGTON - The senator said.", "WASHINGTON"),
        ("RIO DE JANEIRO \u2014 The mayor said.", "RIO DE JANEIRO"),
        ("NAIROBI, Kenya \u2014 The minister said.", "NAIROBI"),
        ("ANALYSIS \u2014 Why the talks failed.", None),
        ("Officials said \u2014 nothing.", None),
        ("NOTE: this is a note.", None),
        ("UN - The council said.", None),
    ],
)
def test_review_bare_city_datelines(text: str, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.city if found else None) == city


# --- B15, B16, B17: ads, feed footers and staff trailers


def test_review_amp_ad_fallback_and_consent_dropped() -> None:
    page = _html("amp_page.html")
    assert "Advertisement" not in page.text and "Sponsored" not in page.text and "cookies" not in page.text
    assert page.text.count("\n") == 1


def test_review_atom_text_summary_read_more_dropped() -> None:
    (item,) = list(read_feed((FIX / "atom_text_summary.xml").read_bytes(), "a.xml", Settings(), None))
    assert isinstance(item, Article)
    assert item.text.endswith("the ministry said on Tuesday.")


def test_review_staff_trailer_cut_editorial_note_kept() -> None:
    (item,) = list(read_text((FIX / "trailers.txt").read_bytes(), "t.txt", Settings(), None))
    assert isinstance(item, Article)
    assert item.text.endswith("(This story has been updated to add the visit to the training range.)")
    assert "Reporting by" not in item.text


def test_review_agency_writer_trailer_cut() -> None:
    page = _html("cookie_dialog_h1.html")
    assert page.text.endswith("The two leaders last met in Mexico City in February.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Story line.\n___\nAssociated Press writers A and B contributed from Rome.", "Story line."),
        ("Story line.\nReporting by A; Editing by B\n(Corrects day in paragraph 1)", "Story line.\n(Corrects day in paragraph 1)"),
        ("Story line.\nJane Roe in Beirut contributed reporting.", "Story line."),
        ("Reporting by state media showed the minister in Doha.", "Reporting by state media showed the minister in Doha."),
        ("Story line.\n(AP Photo/Someone)", "Story line.\n(AP Photo/Someone)"),
    ],
)
def test_review_strip_staff_trailers(text: str, expected: str) -> None:
    assert strip_staff_trailers(text) == expected


# --- the long single text: kept, with a warning


def test_review_long_text_warns() -> None:
    text = "The minister will visit the port on Monday. " * (LONG_TEXT_CHARS // 44 + 10)
    item = build_article(text, source="long.txt", kind="text", settings=Settings())
    assert isinstance(item, Article)
    assert _codes(item) == ["W110", "W102"]
