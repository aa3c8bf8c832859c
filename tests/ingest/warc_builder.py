"""Build a realistic crawl WARC from the own-words pages in tests/fixtures/ingest/realistic/.

Records, in order (numbers as ``#record=N``):

1. warcinfo
2. request for the Seoul story
3. response 200: the Seoul story (JSON-LD dates)
4. response 301: the old Seoul URL redirecting to the canonical one
5. response 200: the Lima story (date only in its URL path)
6. response 404: an error page
7. response 200: a PDF
8. response 200: a JPEG image
9. revisit: the Seoul story captured again, identical payload
10. response 200: a page with no date anywhere (the WARC-Date is the fallback)
11. response 200: the section front, an index of links

Usage: ``python tests/ingest/warc_builder.py OUT.warc.gz`` (tests call :func:`build_warc`).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REALISTIC = Path(__file__).parents[1] / "fixtures" / "ingest" / "realistic"

SEOUL_URL = "https://www.harbourpost.example/world/asia/defence-chiefs-border-tour-a81c2"
LIMA_URL = "https://elmiradorandino.example/politica/2025/11/03/acuerdo-mineros-bloqueos/"
NODATE_URL = "https://valley-courier.example/news/ferry"

NODATE_PAGE = b"""<html><head><title>Island ferry back in service | Valley Courier</title></head>
<body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="story"><h1>Island ferry back in service</h1>
<p>The island ferry carried its first passengers in three weeks on Thursday morning after crews finished repairing the pier that a storm had damaged.</p>
<p>The harbour master said the timetable would return to normal from Saturday, with an extra evening crossing during the holidays.</p>
</div></body></html>"""


def _response(writer: WARCWriter, uri: str, when: str, status: str, headers: list[tuple[str, str]], body: bytes) -> None:
    http = StatusAndHeaders(status, headers + [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": when})
    writer.write_record(record)


def build_warc() -> bytes:
    """RETURNS (bytes): a gzip WARC with the records listed in the module docstring."""
    html = [("Content-Type", "text/html; charset=utf-8")]
    seoul = (REALISTIC / "seoul_jsonld.html").read_bytes()
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("news.warc.gz", {"software": "dateline test fixtures"}))
    request = StatusAndHeaders("GET /world/asia/defence-chiefs-border-tour-a81c2 HTTP/1.1", [("Host", "www.harbourpost.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(SEOUL_URL, "request", http_headers=request, warc_headers_dict={"WARC-Date": "2025-11-05T02:00:00Z"}))
    _response(writer, SEOUL_URL, "2025-11-05T02:00:01Z", "200 OK", html, seoul)
    moved = b'<html><body><h1>Moved Permanently</h1><p>The document has moved <a href="' + SEOUL_URL.encode() + b'">here</a>.</p></body></html>'
    _response(writer, "http://harbourpost.example/a81c2", "2025-11-05T02:00:02Z", "301 Moved Permanently", html + [("Location", SEOUL_URL)], moved)
    _response(writer, LIMA_URL, "2025-11-06T10:00:00Z", "200 OK", html, (REALISTIC / "lima_mixed_lang.html").read_bytes())
    missing = b"<html><head><title>Page not found</title></head><body><h1>Sorry, we could not find that page.</h1><p>Try our search or go back to the home page.</p></body></html>"
    _response(writer, "https://www.harbourpost.example/old/story", "2025-11-06T10:00:01Z", "404 Not Found", html, missing)
    _response(writer, "https://www.harbourpost.example/report.pdf", "2025-11-06T10:00:02Z", "200 OK", [("Content-Type", "application/pdf")], b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    _response(writer, "https://www.harbourpost.example/i/jsa.jpg", "2025-11-06T10:00:03Z", "200 OK", [("Content-Type", "image/jpeg")], b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    revisit = writer.create_revisit_record(
        SEOUL_URL, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", refers_to_uri=SEOUL_URL, refers_to_date="2025-11-05T02:00:01Z",
        http_headers=StatusAndHeaders("200 OK", html, protocol="HTTP/1.1"), warc_headers_dict={"WARC-Date": "2025-11-07T02:00:00Z"},
    )
    writer.write_record(revisit)
    _response(writer, NODATE_URL, "2025-11-07T08:30:00Z", "200 OK", html, NODATE_PAGE)
    _response(writer, "https://www.harbourpost.example/world", "2025-11-07T08:31:00Z", "200 OK", html, (REALISTIC / "section_index.html").read_bytes())
    return out.getvalue()


if __name__ == "__main__":
    Path(sys.argv[1]).write_bytes(build_warc())
