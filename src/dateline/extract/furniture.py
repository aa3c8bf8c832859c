"""Page furniture: lines of an article's text that belong to the page, not the story.

Link lists ("Read more:" and the headlines under it), photo captions ("FILE PHOTO: ...",
"... REUTERS/Jane Roe"), staff trailers ("(Reporting by ...; Editing by ...)") and
bylines ("By Jane Roe") sit between a story's sentences in wire copy and scraped
pages. They tell no event: a linked headline "Lu to visit Jakarta next month" is
another story, a caption dates an old photo. Events are not read from them and briefs
leave them out. The cues are language data in ``data/furniture.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .nlp import load_data

__all__ = ["furniture_spans", "in_spans", "label_spans"]

_LEAD = re.compile(r"^[\s\-\u2013\u2014\u2022*>(\[]*")
#: A clock time that opens a live entry ("15:45 -", "3.45 pm GMT -", "09:10 BST:"), before its label.
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[-\u2013\u2014:]\s*)?"


@cache
def _data() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], int]:
    data = load_data("furniture.json")
    return (
        tuple(sorted(data["list_openers"], key=len, reverse=True)),
        tuple(data["caption_openers"]),
        tuple(data["credit_marks"]),
        tuple(data["trailer_openers"]),
        tuple(data["byline_words"]),
        int(data["byline_max_words"]),
    )


def _list_opener(low: str, openers: tuple[str, ...]) -> str | None:
    """'alone' when the line is only a list opener ("Read more:"), 'inline' when text
    follows its colon ("Related coverage: ..."), None when it is no opener."""
    for opener in openers:
        if not low.startswith(opener):
            continue
        rest = low[len(opener):].strip()
        if rest in ("", ":"):
            return "alone"
        if rest.startswith(":"):
            return "inline"
    return None


def _is_byline(line: str, words: tuple[str, ...], most: int) -> bool:
    parts = line.split()
    if not parts or parts[0].lower() not in words or len(parts) < 2 or len(parts) > most:
        return False
    return not line.rstrip().endswith((".", "!", "?")) and parts[1][:1].isupper()


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Find the page-furniture lines of an article.

    text (str): the article text as stored.
    RETURNS (list[tuple[int, int]]): (start, end) character offsets of each furniture
        line, in text order, without overlaps. A link list opened by a line that is only
        "Read more:" runs to the next blank line.
    """
    openers, captions, credits, trailers, bylines, most = _data()
    spans: list[tuple[int, int]] = []
    in_list = False
    offset = 0
    for raw in text.splitlines(keepends=True):
        start, end = offset, offset + len(raw.rstrip("\r\n"))
        offset += len(raw)
        line = raw.strip()
        if not line:
            in_list = False
            continue
        low = _LEAD.sub("", line).lower()
        kind = _list_opener(low, openers)
        if kind == "alone":
            in_list = True
        if (
            in_list
            or kind == "inline"
            or low.startswith(captions)
            or low.startswith(trailers)
            or any(mark in line[-60:] for mark in credits)
            or _is_byline(_LEAD.sub("", line), bylines, most)
        ):
            spans.append((start, end))
    return spans


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(load_data("furniture.json")["live_labels"], key=len, reverse=True)
    words = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in labels)
    return re.compile(rf"(?i)[ \t\-\u2013\u2014\u2022*>]*{_CLOCK}(?:{words})\s*(?::|\s[-\u2013\u2014](?=\s))")


def label_spans(text: str, starts: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Find the live-page labels of an article ("Breaking:", "Update -"), with the clock time before them.

    text (str): the article text as stored (or a doc's text).
    starts (tuple[int, ...]): more offsets where a line may begin (a sentence after a dateline: "Kigali, May 11
        (Wire) - 15:45 - Breaking: ...").
    RETURNS (list[tuple[int, int]]): (start, end) character offsets of each label, its colon or dash included, in text
        order. The rest of the line is story text.
    """
    pattern = _label_pattern()
    lines = {0, *(m.end() for m in re.finditer(r"\n", text)), *starts}
    return [(m.start(), m.end()) for at in sorted(lines) if (m := pattern.match(text, at)) is not None]


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """spans (list[tuple[int, int]]): sorted, non-overlapping (start, end) spans.
    offset (int): a character offset. RETURNS (bool): whether a span holds it."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
