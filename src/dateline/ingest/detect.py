"""Input detection and decoding: bytes -> kind, bytes -> str.

Kinds are told from the CONTENT; the file name only breaks ties
(a ``.html`` file that starts with text but has ``<body>`` later):

* gzip (``1f 8b``): a WARC inside is ``warc``; anything else is gunzipped
  (bounded by ``max_bytes``) and detected again.
* ``WARC/`` at the start: ``warc``.
* ``{`` first: ``jsonl``.
* ``<`` first: ``feed`` for ``<rss``/``<feed``/``<rdf:RDF`` (or another XML
  document), else ``html``.
* anything else: ``text``.

Decoding is strict: UTF-8 (a BOM is removed), a UTF-16/32 BOM, or for HTML
and feeds the declared charset (``<meta charset>``, ``http-equiv``,
``<?xml encoding>``, an HTTP header). Anything else is E104: a file is never
silently turned into mojibake.

Labels are read as browsers read them (the WHATWG Encoding Standard): a page
labelled ``iso-8859-1``, ``latin1`` or ``us-ascii`` is decoded as
windows-1252, so its curly quotes and dashes (bytes 0x80-0x9f) are kept
instead of becoming invisible control characters; the five bytes
windows-1252 leaves undefined decode to the control characters of the same
number, as in browsers.
"""

from __future__ import annotations

import gzip

import codecs
import re
import zlib

from ..errors import Errors, IngestError

__all__ = ["KINDS", "detect_kind", "decode_bytes", "declared_charset", "is_gzip", "gunzip", "gzip_problem"]

#: The input kinds, as ``Article.kind`` names them.
KINDS: tuple[str, ...] = ("text", "html", "jsonl", "feed", "warc")

_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 65536
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|title|meta)\b", re.IGNORECASE)
_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
#: Control bytes that never occur in text (tab, newlines, form feed and ESC excluded).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def is_gzip(data: bytes) -> bool:
    """Tell gzip data.

    data (bytes): file content.
    RETURNS (bool): True if ``data`` starts with the gzip magic bytes.
    """
    return data[:2] == _GZIP_MAGIC


def _gunzip_head(data: bytes, limit: int) -> bytes:
    """Decompress at most ``limit`` bytes of the first gzip member."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, limit)
    except zlib.error as exc:
        raise IngestError(Errors.E108.format(detail=f"gzip: {exc}")) from None


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress all gzip members of ``data``, refusing more than ``max_bytes``.

    data (bytes): gzip data.
    max_bytes (int): the most decompressed bytes accepted.
    RETURNS (bytes): the decompressed content.
    RAISES IngestError: E108 corrupt or truncated gzip; E103 decompressed content too big.
    """
    out = bytearray()
    rest = data
    while rest:
        engine = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += engine.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise IngestError(Errors.E108.format(detail=f"gzip: {exc}")) from None
        if len(out) > max_bytes:
            raise IngestError(Errors.E103.format(size=f"over {max_bytes} (decompressed)", limit=max_bytes))
        if not engine.eof:
            raise IngestError(Errors.E108.format(detail=f"gzip stream ends early after {len(out)} bytes"))
        rest = engine.unused_data
        if rest[:2] != _GZIP_MAGIC:
            break
    return bytes(out)


def _check_binary(data: bytes) -> None:
    head = data[:8192]
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return
    nul = head.find(b"\x00")
    if nul >= 0:
        raise IngestError(Errors.E102.format(detail=f"NUL byte at offset {nul}"))
    controls = sum(head.count(bytes([b])) for b in _CONTROL)
    if controls * 20 > len(head):
        raise IngestError(Errors.E102.format(detail=f"{controls} control bytes in the first {len(head)}"))


def _head_text(data: bytes) -> str:
    head = data[:_HEAD]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    return head.decode("utf-8", errors="replace")


def detect_kind(data: bytes, name: str) -> str:
    """Detect the kind of an input from its content (the name only breaks ties).

    data (bytes): the file content (or at least its first 64 KiB).
    name (str): the file name, e.g. ``story.html``.
    RETURNS (str): one of :data:`KINDS`. For gzip that is not a WARC, the kind
        of the decompressed content (the caller gunzips before reading).
    RAISES IngestError: E101 empty, E102 binary (NUL/control bytes),
        E108 corrupt gzip.
    """
    if not data.strip():
        raise IngestError(Errors.E101)
    if is_gzip(data):
        inner = _gunzip_head(data, _HEAD)
        if inner.startswith(b"WARC/"):
            return "warc"
        if not inner:
            try:
                gzip.decompress(data)
            except (OSError, EOFError):  # truncated before any content
                raise IngestError(Errors.E108.format(detail="the gzip stream ends before any content")) from None
            raise IngestError(Errors.E101)
        stem = name[:-3] if name.lower().endswith(".gz") else name
        return detect_kind(inner, stem)
    if data.startswith(b"WARC/"):
        return "warc"
    _check_binary(data)
    head = _head_text(data).lstrip()
    if not head:
        raise IngestError(Errors.E101)
    if head.startswith("{"):
        return "jsonl"
    lower_name = name.lower()
    if head.startswith("<"):
        start = head[:4096]
        if _FEED_ROOT.search(start):
            return "feed"
        if _HTML_TAG.search(start) or lower_name.endswith((".html", ".htm", ".xhtml")):
            return "html"
        if start.startswith("<?xml"):
            return "feed"
        return "html"
    if lower_name.endswith((".html", ".htm", ".xhtml")) and _HTML_TAG.search(head[:4096]):
        return "html"
    return "text"


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KiB.

    data (bytes): document bytes.
    RETURNS (str | None): the declared charset name as written, or None.
    """
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


#: Labels the WHATWG Encoding Standard maps to windows-1252 (by Python codec name).
_WINDOWS_1252_CODECS = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})
#: windows-1252 as browsers decode it: the five undefined bytes map to U+0081, U+008D...
_WINDOWS_1252_TABLE = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
)


def _codec_name(charset: str) -> str | None:
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    return "windows-1252" if name in _WINDOWS_1252_CODECS else name


def _decode_declared(data: bytes, codec: str) -> str:
    if codec == "windows-1252":
        return codecs.charmap_decode(data, "strict", _WINDOWS_1252_TABLE)[0]
    return data.decode(codec)


def _utf8_error(exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    return f"byte 0x{bad} at offset {exc.start} is not UTF-8"


def decode_bytes(data: bytes, kind: str, declared: str | None = None) -> str:
    """Decode an input strictly.

    data (bytes): the content.
    kind (str): its kind; only ``html`` and ``feed`` may use a declared charset.
    declared (str | None): a charset given from outside (an HTTP header);
        otherwise it is read from the document.
    RETURNS (str): the text, without a BOM.
    RAISES IngestError: E104 when the bytes are not valid in the encoding found.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(Errors.E104.format(detail=f"{encoding} BOM but {exc.reason} at offset {exc.start}")) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_problem = _utf8_error(exc)
    if kind not in ("html", "feed"):
        raise IngestError(Errors.E104.format(detail=f"{utf8_problem} and plain {kind} declares no encoding"))
    charset = declared or declared_charset(data)
    if charset is None:
        raise IngestError(Errors.E104.format(detail=f"{utf8_problem} and no charset is declared"))
    codec = _codec_name(charset)
    if codec is None:
        raise IngestError(Errors.E104.format(detail=f"unknown declared charset '{charset}'"))
    if codec == "utf-8":
        raise IngestError(Errors.E104.format(detail=f"declared '{charset}' but {utf8_problem}"))
    try:
        return _decode_declared(data, codec)
    except UnicodeDecodeError as exc:
        raise IngestError(Errors.E104.format(detail=f"declared '{charset}' but {exc.reason} at offset {exc.start}")) from None


def gzip_problem(data: bytes) -> tuple[int, str | None]:
    """Check every gzip member of ``data`` without keeping the output.

    data (bytes): gzip data (one or more members).
    RETURNS (tuple[int, str | None]): the number of complete members, and a
        description of the first problem (truncated or corrupt member,
        trailing garbage), or None when the whole stream is sound.
    """
    rest = data
    members = 0
    while rest:
        engine = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        try:
            while pending and not engine.eof:
                engine.decompress(pending, 1 << 16)
                pending = engine.unconsumed_tail
        except zlib.error as exc:
            return members, f"gzip member {members + 1} is corrupt: {exc}"
        if not engine.eof:
            return members, f"gzip member {members + 1} is truncated"
        members += 1
        rest = engine.unused_data
        if rest and rest[:2] != _GZIP_MAGIC:
            if rest.strip(b"\x00\r\n\t "):
                return members, f"{len(rest)} bytes of garbage after gzip member {members}"
            break
    return members, None
