"""Realistic own-words pages, feeds and a crawl WARC (tests/fixtures/ingest/realistic/).

Each page imitates how news sites build pages (menus, cookie banners, share
bars, bylines, captions, related lists, newsletter boxes, comments) and gives
its date in a different place; the assertions pin title, anchor, body and rejections.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.ingest import read_paths
from dateline.ingest.feeds import read_feed
from dateline.ingest.html import read_html
from dateline.ingest.pagedate import labelled_date
from dateline.ingest.warc import read_warc
from dateline.model import Article, Rejection

from .warc_builder import build_warc

REAL = Path(__file__).parents[1] / "fixtures" / "ingest" / "realistic"


def _page(name: str, published: date | None = None) -> Article | Rejection:
    (item,) = read_html((REAL / name).read_bytes(), name, Settings(), published)
    return item


def _article(name: str) -> Article:
    item = _page(name)
    assert isinstance(item, Article), item
    return item


@pytest.mark.parametrize(
    "name,title,published,published_text",
    [
        ("seoul_jsonld.html", "Defence chiefs to tour border area next week", date(2025, 11, 3), "2025-11-03"),
        ("port_meta.html", "Dock workers extend strike as talks stall", date(2025, 10, 14), "2025-10-14"),
        ("summit_liveblog.html", "Live: leaders gather for climate finance summit", date(2025, 9, 22), "2025-09-22"),
        ("bridge_visible_date.html", "County approves river bridge repairs", date(2025, 11, 3), "Published Nov. 3, 2025"),
        ("lima_mixed_lang.html", "Gobierno y mineros firman acuerdo para levantar bloqueos", date(2025, 11, 3), "2025-11-03"),
    ],
)
def test_realistic_page_title_and_anchor(name: str, title: str, published: date, published_text: str) -> None:
    item = _page(name, published=date(2020, 1, 1))
    assert isinstance(item, Article)
    assert (item.title, item.published, item.published_text, item.anchor_source) == (title, published, published_text, "metadata")


def test_realistic_page_published_wins_over_modified() -> None:
    # JSON-LD dateModified (Nov 4) and article:modified_time (Oct 15) lose to the publication dates.
    assert (_article("seoul_jsonld.html").published, _article("port_meta.html").published) == (date(2025, 11, 3), date(2025, 10, 14))


@pytest.mark.parametrize(
    "name,absent",
    [
        ("seoul_jsonld.html", ["cookies", "Accept all", "Subscribe now", "Share on", "By Jane Doe", "Updated 3 hours ago",
                               "Soldiers stand guard", "Asia Briefing", "Sign up", "Related stories", "missile production",
                               "riverwatcher", "Long overdue", "All rights reserved", "Topics:"]),
        ("port_meta.html", ["Log in", "Puzzles", "This site uses cookies", "By Tom Okafor", "WhatsApp", "Idle cranes",
                            "Read more", "Fuel prices", "newsletter", "More from Business", "Most read", "Registered in England"]),
        ("summit_liveblog.html", ["My account", "Your privacy matters", "By Priya Raman", "Tweet", "Load more", "Read next",
                                  "loss and damage fund", "Cookie settings"]),
        ("bridge_visible_date.html", ["Obituaries", "By Ana Whitfield", "Published Nov", "Share this story", "dave_m",
                                      "Latest headlines", "Advertisement", "Copyright"]),
        ("lima_mixed_lang.html", ["Utilizamos cookies", "Portada", "Por Rosa Quispe", "Compartir", "Noticias relacionadas",
                                  "Congreso debate", "Suscríbase", "derechos reservados"]),
    ],
)
def test_realistic_page_body_without_boilerplate(name: str, absent: list[str]) -> None:
    text = _article(name).text
    assert [s for s in absent if s in text] == []


@pytest.mark.parametrize(
    "name,first_line,present",
    [
        ("seoul_jsonld.html", "SEOUL, Nov 3 (Reuters) - The visiting defence secretary and his South Korean counterpart will tour",
         ["The trip follows a regional tour that took the secretary to Tokyo and Kuala Lumpur last week."]),
        ("port_meta.html", "Container traffic at the eastern terminals is expected to stay halted until at least the weekend.",
         ["Both sides are due to meet again on Thursday under the supervision of a government mediator, the labour ministry said."]),
        ("bridge_visible_date.html", "The county board voted 4-1 on Monday evening to spend $2.3 million",
         ['"We owe it to taxpayers to shop around," he said.']),
        ("lima_mixed_lang.html", "LIMA, 3 nov (EFE) - El Gobierno y los representantes de los mineros informales firmaron el lunes",
         ["English summary: The government and informal miners signed a deal on Monday to lift road blockades in the south"]),
    ],
)
def test_realistic_page_body_sentences(name: str, first_line: str, present: list[str]) -> None:
    text = _article(name).text
    assert text.startswith(first_line)
    assert [s for s in present if s not in text] == []


def test_realistic_page_paragraphs_not_glued() -> None:
    lines = _article("seoul_jsonld.html").text.split("\n")
    assert [line[:30] for line in lines] == [
        "SEOUL, Nov 3 (Reuters) - The v",
        "The two men are scheduled to h",
        "A ministry spokesperson declin",
        "The trip follows a regional to",
    ]


@pytest.mark.parametrize(
    "name,city,date_text",
    [("seoul_jsonld.html", "SEOUL", "Nov 3"), ("lima_mixed_lang.html", "LIMA", "3 nov"), ("port_meta.html", None, None)],
)
def test_realistic_page_dateline(name: str, city: str | None, date_text: str | None) -> None:
    article = _article(name)
    assert (article.dateline_city, article.dateline_text, article.warnings) == (city, date_text, ())


def test_realistic_liveblog_keeps_every_update_in_page_order() -> None:
    lines = _article("summit_liveblog.html").text.split("\n")
    assert lines[0].startswith("Follow the latest as heads of government arrive in Nairobi")
    assert [line for line in lines if len(line) < 60] == [
        "Host announces pledging session moved to Tuesday",
        "Finance ministers open closed-door session",
        "Protesters march near conference centre",
        "Welcome to our coverage",
    ]


def test_realistic_index_page_rejected_with_reason() -> None:
    item = _page("section_index.html")
    assert item == Rejection(
        "section_index.html",
        "E109",
        "no article text could be extracted (the page is an index of links, not an article: "
        "14 headline links (626 characters) against 264 characters of text)",
    )


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Published Nov. 3, 2025", date(2025, 11, 3)),
        ("First published on Tue 4 Nov 2025 08.15 GMT", date(2025, 11, 4)),
        ("Publicado el 3 de noviembre de 2025", date(2025, 11, 3)),
        ("Veröffentlicht am 03.11.2025", date(2025, 11, 3)),
        ("Published: 2025-11-03T08:00", date(2025, 11, 3)),
        ("Updated Nov. 4, 2025", None),
        ("Published 3 hours ago", None),
        ("Published Nov. 3", None),
        ("Posted 11/03/2025", None),
        ("Published Feb. 30, 2025", None),
        ("The report was published Nov. 3, 2025", None),
    ],
)
def test_realistic_labelled_date(line: str, expected: date | None) -> None:
    assert labelled_date(line) == expected


# --- feeds -------------------------------------------------------------------------


def _feed(name: str) -> list[Article | Rejection]:
    return list(read_feed((REAL / name).read_bytes(), name, Settings(), None))


def test_realistic_rss_items() -> None:
    got = [(i.source, i.title, i.published, i.published_text, i.anchor_source) for i in _feed("wire_rss.xml") if isinstance(i, Article)]
    assert got == [
        ("wire_rss.xml#record=1", "Envoys set date for second round of grain corridor talks", date(2025, 11, 3), "Mon, 03 Nov 2025 21:45:00 EST", "metadata"),
        ("wire_rss.xml#record=2", "Central bank holds rates, signals cut in new year", date(2025, 11, 4), "Tue, 04 Nov 2025 14:00:00 +0530", "metadata"),
        ("wire_rss.xml#record=3", "Flood warnings issued for river valley", None, None, "none"),
        ("wire_rss.xml#record=4", "Envoys set date for second round of grain corridor talks", date(2025, 11, 3), "Mon, 03 Nov 2025 21:45:00 EST", "metadata"),
        ("wire_rss.xml#record=5", "Defence chiefs to tour border area next week", date(2025, 11, 2), "Sun, 02 Nov 2025 23:15:00 GMT", "metadata"),
    ]


def test_realistic_rss_content_encoded_without_caption_share_and_footer() -> None:
    first = _feed("wire_rss.xml")[0]
    assert isinstance(first, Article)
    assert first.text == (
        "ISTANBUL, Nov 3 (Reuters) - Envoys from the two sides agreed on Monday to hold a second round of talks on the "
        "grain corridor in Istanbul next Wednesday, the host country's foreign ministry said.\n\n"
        "The first round ended without a text but both delegations described it as constructive, and a joint working "
        "group will meet on Friday to prepare a draft."
    )
    assert (first.dateline_city, first.dateline_text) == ("ISTANBUL", "Nov 3")


def test_realistic_rss_summary_without_continue_reading() -> None:
    second = _feed("wire_rss.xml")[1]
    assert isinstance(second, Article)
    assert second.text == (
        "The central bank kept its key rate unchanged on Tuesday and said it expected to start cutting early next "
        "year if inflation keeps easing."
    )


def test_realistic_rss_missing_date_warns_w102() -> None:
    third = _feed("wire_rss.xml")[2]
    assert isinstance(third, Article)
    assert third.warnings == ("W102: no publication date; relative dates in this article stay unanchored",)


def test_realistic_rss_duplicated_item_has_same_id() -> None:
    items = _feed("wire_rss.xml")
    assert isinstance(items[0], Article) and isinstance(items[3], Article)
    assert items[0].id == items[3].id


def test_realistic_atom_entries() -> None:
    got = [(i.title, i.published, i.published_text, i.text[:40]) for i in _feed("agency_atom.xml") if isinstance(i, Article)]
    assert got == [
        ("Ministers & envoys to meet in Oslo on Arctic shipping", date(2025, 12, 4), "2025-12-04T23:50:00-05:00",
         "OSLO, Dec 4 (NTB) - Transport ministers "),
        ("Ferry strike called off after overnight deal", date(2025, 12, 5), "2025-12-05T07:30:00+01:00",
         "A ferry strike planned for Friday was ca"),
        ("Harbour crane collapse under investigation", None, None, "Safety inspectors began an investigation"),
    ]


def test_realistic_atom_comment_link_dropped() -> None:
    first = _feed("agency_atom.xml")[0]
    assert isinstance(first, Article)
    assert first.text.endswith("put off after two delegations asked for more time.")


# --- WARC --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def warc_items() -> list[Article | Rejection]:
    return list(read_warc(build_warc(), "news.warc.gz", Settings(), None))


def test_realistic_warc_records(warc_items: list[Article | Rejection]) -> None:
    got = [(i.source, i.code if isinstance(i, Rejection) else i.title) for i in warc_items]
    assert got == [
        ("news.warc.gz#record=3", "Defence chiefs to tour border area next week"),
        ("news.warc.gz#record=5", "Gobierno y mineros firman acuerdo para levantar bloqueos"),
        ("news.warc.gz#record=6", "E109"),
        ("news.warc.gz#record=10", "Island ferry back in service"),
        ("news.warc.gz#record=11", "E109"),
    ]


def test_realistic_warc_rejection_reasons(warc_items: list[Article | Rejection]) -> None:
    reasons = [i.reason for i in warc_items if isinstance(i, Rejection)]
    assert reasons[0] == "no article text could be extracted (HTTP status 404)"
    assert reasons[1].startswith("no article text could be extracted (the page is an index of links")


def test_realistic_warc_anchors(warc_items: list[Article | Rejection]) -> None:
    got = [(i.published, i.published_text, i.url) for i in warc_items if isinstance(i, Article)]
    assert got == [
        (date(2025, 11, 3), "2025-11-03", "https://www.harbourpost.example/world/asia/defence-chiefs-border-tour-a81c2"),
        (date(2025, 11, 3), "2025-11-03", "https://elmiradorandino.example/politica/2025/11/03/acuerdo-mineros-bloqueos/"),
        (date(2025, 11, 7), "2025-11-07T08:30:00Z", "https://valley-courier.example/news/ferry"),
    ]


def test_realistic_warc_page_same_id_as_file(warc_items: list[Article | Rejection]) -> None:
    first = warc_items[0]
    assert isinstance(first, Article)
    assert first.id == _article("seoul_jsonld.html").id


def test_realistic_reread_gives_same_articles(tmp_path: Path) -> None:
    (tmp_path / "news.warc.gz").write_bytes(build_warc())
    paths = [REAL, tmp_path]
    first = [(i.source, getattr(i, "id", None), getattr(i, "code", None)) for i in read_paths(paths, Settings())]
    second = [(i.source, getattr(i, "id", None), getattr(i, "code", None)) for i in read_paths(paths, Settings())]
    assert first == second
    assert len(first) == 19
