"""Article identity: the content hash and the id derived from it.

The text is normalized before hashing so that the same story stored with
different line breaks or spacing gets the same id: Unicode NFC, every run of
whitespace folded to one space, ends stripped. Case is kept.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["normalize_text", "content_hash", "article_id"]

_SPACE_RUN = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Normalize a text for hashing.

    text (str): any text.
    RETURNS (str): NFC text with whitespace runs folded to one space, stripped.
    """
    return _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """Hash an article text.

    text (str): the article body.
    RETURNS (str): hex sha256 of :func:`normalize_text` of ``text`` (64 chars).
    """
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """Stable article id.

    text (str): the article body.
    RETURNS (str): the first 16 hex characters of :func:`content_hash`.
    """
    return content_hash(text)[:16]
