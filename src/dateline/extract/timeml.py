"""Read, strip and annotate TimeML documents as TempEval-3 distributes them.

A document has a ``<DCT>`` holding a TIMEX3 with the creation date (the anchor)
and a ``<TEXT>`` of running text. :func:`annotate` writes a ``<TIMEX3 tid type
value>`` around each expression :func:`dateline.extract.time.find_times` finds in
``<TEXT>`` and leaves every other byte of the file as it was.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import Errors, TimeMLError
from ..model import TimeExpr
from .time import find_times

__all__ = [
    "TimeMLDocument",
    "TimeMLSummary",
    "parse_timeml",
    "read_timeml",
    "plain_text",
    "annotate",
    "annotate_dir",
]

_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);")
_TEXT_OPEN = re.compile(r"<TEXT(?:\s[^<>]*)?>")
_TEXT_CLOSE = "</TEXT>"
_DCT = re.compile(r"<DCT(?:\s[^<>]*)?>(.*?)</DCT>", re.S)
_DCT_VALUE = re.compile(r"<TIMEX3\b[^<>]*\bvalue\s*=\s*[\"'](\d{4})-(\d{2})-(\d{2})")
_TID = re.compile(r"<TIMEX3\b[^<>]*\btid\s*=\s*[\"']t(\d+)[\"']")
_TIMEX_TAG = re.compile(r"</?TIMEX3\b[^<>]*>")


@dataclass(frozen=True)
class TimeMLDocument:
    """One TimeML file, held as text so that it can be written back unchanged.

    path (str): where it came from (for messages).
    raw (str): the whole file, decoded as UTF-8.
    anchor (date): the creation date from ``<DCT>``.
    text_start / text_end (int): offsets of the ``<TEXT>`` content in ``raw``.
    """

    path: str
    raw: str
    anchor: date
    text_start: int
    text_end: int


@dataclass
class TimeMLSummary:
    """What :func:`annotate_dir` did.

    documents (int): files written.
    timexes (int): TIMEX3 tags written.
    failed (list[tuple[str, str]]): (file, coded message) for files that were not TimeML.
    """

    documents: int = 0
    timexes: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def parse_timeml(raw: str, path: str = "<string>") -> TimeMLDocument:
    """Check a TimeML document and find its anchor and ``<TEXT>``.

    raw (str): the file's text.
    path (str): its name, for error messages.
    RETURNS (TimeMLDocument): the parsed document.
    RAISES TimeMLError: E201 not XML or not a ``<TimeML>`` root, E202 no DCT
        date, E203 no ``<TEXT>`` element.
    """
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise TimeMLError(Errors.E201.format(path=path, detail=f"XML error: {exc}")) from None
    if root.tag != "TimeML":
        raise TimeMLError(Errors.E201.format(path=path, detail=f"root element is <{root.tag}>, expected <TimeML>"))
    dct = _DCT.search(raw)
    value = _DCT_VALUE.search(dct.group(1)) if dct else None
    if value is None:
        raise TimeMLError(Errors.E202.format(path=path))
    try:
        anchor = date(int(value[1]), int(value[2]), int(value[3]))
    except ValueError:
        raise TimeMLError(Errors.E202.format(path=path)) from None
    opening = _TEXT_OPEN.search(raw)
    closing = raw.rfind(_TEXT_CLOSE)
    if opening is None or closing < opening.end():
        raise TimeMLError(Errors.E203.format(path=path))
    return TimeMLDocument(path, raw, anchor, opening.end(), closing)


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read and check a TimeML file.

    path (str | Path): the file.
    RETURNS (TimeMLDocument): the parsed document.
    RAISES TimeMLError: E201 unreadable, not UTF-8 or not TimeML; E202; E203.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TimeMLError(Errors.E201.format(path=path, detail=f"cannot read: {exc.strerror}")) from None
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TimeMLError(Errors.E201.format(path=path, detail=f"not UTF-8: {exc.reason}")) from None
    return parse_timeml(raw, str(path))


def plain_text(region: str) -> tuple[str, list[int], list[int]]:
    """The running text of a ``<TEXT>`` region: tags removed, entities decoded.

    region (str): raw markup.
    RETURNS (tuple[str, list[int], list[int]]): the text, and for each of its
        characters the raw start and raw end offsets in ``region``.
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for tag in _TAG.finditer(region):
        _add_chunk(region, pos, tag.start(), chars, starts, ends)
        pos = tag.end()
    _add_chunk(region, pos, len(region), chars, starts, ends)
    return "".join(chars), starts, ends


def _add_chunk(region: str, start: int, end: int, chars: list[str], starts: list[int], ends: list[int]) -> None:
    pos = start
    for ent in _ENTITY.finditer(region, start, end):
        for i in range(pos, ent.start()):
            chars.append(region[i])
            starts.append(i)
            ends.append(i + 1)
        decoded = html.unescape(ent.group(0))
        for ch in decoded:
            chars.append(ch)
            starts.append(ent.start())
            ends.append(ent.end())
        pos = ent.end()
    for i in range(pos, end):
        chars.append(region[i])
        starts.append(i)
        ends.append(i + 1)


def annotate(doc: TimeMLDocument, strip: bool = False) -> tuple[str, list[TimeExpr]]:
    """Write TIMEX3 tags around the expressions of a document's ``<TEXT>``.

    doc (TimeMLDocument): the document.
    strip (bool): remove every tag inside ``<TEXT>`` first (as the benchmark
        does with gold files); otherwise only existing TIMEX3 tags are replaced
        and other tags (EVENT, SIGNAL) are kept.
    RETURNS (tuple[str, list[TimeExpr]]): the new file text (identical outside
        ``<TEXT>``), and the expressions tagged.
    """
    region = doc.raw[doc.text_start: doc.text_end]
    region = _TAG.sub("", region) if strip else _TIMEX_TAG.sub("", region)
    text, starts, ends = plain_text(region)
    outside = doc.raw[: doc.text_start] + doc.raw[doc.text_end:]
    next_tid = max((int(n) for n in _TID.findall(outside)), default=0) + 1
    pieces: list[str] = []
    written: list[TimeExpr] = []
    pos = 0
    for expr in find_times(text, doc.anchor):
        raw_start, raw_end = starts[expr.start], ends[expr.end - 1]
        if raw_start < pos or "<" in region[raw_start:raw_end]:
            continue
        value = html.escape(expr.value or "", quote=True)
        pieces.append(region[pos:raw_start])
        pieces.append(f'<TIMEX3 tid="t{next_tid}" type="{expr.type}" value="{value}">')
        pieces.append(region[raw_start:raw_end])
        pieces.append("</TIMEX3>")
        pos = raw_end
        next_tid += 1
        written.append(expr)
    pieces.append(region[pos:])
    return doc.raw[: doc.text_start] + "".join(pieces) + doc.raw[doc.text_end:], written


def annotate_dir(in_dir: str | Path, out_dir: str | Path, strip: bool = False, pattern: str = "*.tml") -> TimeMLSummary:
    """Annotate every TimeML file of a folder; bad files are reported, the rest still done.

    in_dir (str | Path): folder of TimeML files (searched recursively).
    out_dir (str | Path): where to write them, same relative names (created if needed).
    strip (bool): see :func:`annotate`.
    pattern (str): file name glob.
    RETURNS (TimeMLSummary): counts and the failed files with their coded messages.
    RAISES TimeMLError: E201 when ``in_dir`` is not a folder.
    """
    source, target = Path(in_dir), Path(out_dir)
    if not source.is_dir():
        raise TimeMLError(Errors.E201.format(path=source, detail="not a folder"))
    summary = TimeMLSummary()
    for path in sorted(source.rglob(pattern)):
        if not path.is_file():
            continue
        try:
            doc = read_timeml(path)
        except TimeMLError as exc:
            summary.failed.append((str(path), str(exc)))
            continue
        text, written = annotate(doc, strip=strip)
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(text.encode("utf-8"))
        summary.documents += 1
        summary.timexes += len(written)
    return summary
