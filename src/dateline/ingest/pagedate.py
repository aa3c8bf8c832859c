"""A publication date written on the page itself: ``Published Nov. 3, 2025``.

Used only when htmldate (through trafilatura) finds no date in the page's
markup or URL. htmldate's fast mode does not read AP-style abbreviations
("Nov. 3, 2025") or most non-English month names, and its extensive mode
searches the whole page and takes dates from copyright lines and story text
(it gives 2025-01-01 for a page whose only full date is "Published Nov. 3,
2025"), so the anchor would be wrong. This rule reads only short lines that
START with a publication label (``Published``, ``Posted``, ``Publicado``,
``Veröffentlicht``...; ``data/pages.json``), never lines labelled
``Updated``, and only full dates with a four-digit year:

* ``Nov. 3, 2025`` / ``November 3rd 2025`` (month day, year)
* ``3 November 2025`` / ``3 de noviembre de 2025`` / ``3. November 2025``
* ``2025-11-03`` and ``03.11.2025`` (day first)

A clock time and zone may come between the label and the date
(``Published 10:05 AM EST, March 3, 2026``).

Slashed dates (``11/03/2025``) are ambiguous between month-first and
day-first and are not read.

:func:`updated_date` reads lines labelled ``Updated`` (``Updated 3:41 PM
EST, Tue March 3, 2026``) the same way; the page reader uses them only as a
last resort, with a warning (the story may be older than its last update).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from .pages import page_data

__all__ = ["labelled_date", "updated_date", "visible_date", "visible_updated_date"]

#: Longest element text read as a date line.
_MAX_LINE = 120


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    data = page_data()
    month = rf"(?P<month>{_alternation(list(data['months']))})\.?"
    fill = rf"(?:\s*(?:{_alternation(data['label_fillers'])}))*\s*"
    label = re.compile(rf"^(?:{_alternation(data['published_labels'])})\b{fill}", re.IGNORECASE)
    updated = re.compile(rf"^(?:{_alternation(data['updated_labels'])})\b{fill}", re.IGNORECASE)
    clock = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[^\W\d]{2,5})?\s*,?\s*)?"
    weekday = rf"{clock}(?:[^\W\d]+\.?,?\s+)?"
    shapes = (
        re.compile(rf"^{weekday}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE),
        re.compile(rf"^{weekday}(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?{month},?\s+(?:de\s+)?(?P<year>\d{{4}})(?!\d)", re.IGNORECASE),
        re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\d)"),
        re.compile(r"^(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
    )
    return label, updated, shapes


def labelled_date(line: str) -> date | None:
    """Read a labelled publication date line.

    line (str): e.g. ``Published Nov. 3, 2025``, ``Publicado el 3 de noviembre de 2025``.
    RETURNS (date | None): the date, or None when the line has no publication
        label, is an ``Updated`` line, or holds no full date with a year.
    """
    label, updated, shapes = _patterns()
    text = " ".join(line.split())
    if len(text) > _MAX_LINE or updated.match(text):
        return None
    found = label.match(text)
    if found is None:
        return None
    return _full_date(text[found.end():], shapes)


def updated_date(line: str) -> date | None:
    """Read an ``Updated`` date line.

    line (str): e.g. ``Updated 3:41 PM EST, Tue March 3, 2026``.
    RETURNS (date | None): the date, or None when the line has no update
        label or holds no full date with a year.
    """
    _, updated, shapes = _patterns()
    text = " ".join(line.split())
    found = updated.match(text) if len(text) <= _MAX_LINE else None
    return _full_date(text[found.end():], shapes) if found is not None else None


def _full_date(rest: str, shapes: tuple[re.Pattern[str], ...]) -> date | None:
    months: dict[str, int] = page_data()["months"]
    for shape in shapes:
        match = shape.match(rest)
        if match is None:
            continue
        groups = match.groupdict()
        number = months.get(groups["month"].lower()) if groups.get("month") else int(groups["mnum"])
        try:
            return date(int(groups["year"]), number or 0, int(groups["day"]))
        except ValueError:
            return None
    return None


def visible_date(tree: Any) -> tuple[date, str] | None:
    """The first labelled publication date line in a page, in document order.

    tree (lxml.html.HtmlElement): the parsed page.
    RETURNS (tuple[date, str] | None): the date and the line as written, or None.
    """
    return _first_line(tree, labelled_date)


def visible_updated_date(tree: Any) -> tuple[date, str] | None:
    """The first ``Updated`` date line in a page, in document order.

    tree (lxml.html.HtmlElement): the parsed page.
    RETURNS (tuple[date, str] | None): the date and the line as written, or None.
    """
    return _first_line(tree, updated_date)


def _first_line(tree: Any, read: Callable[[str], date | None]) -> tuple[date, str] | None:
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "head", "title"):
            continue
        head = (node.text or "").strip()
        if not head or len(head) > _MAX_LINE:
            continue
        line = " ".join(node.text_content().split())
        found = read(line)
        if found is not None:
            return found, line
    return None
