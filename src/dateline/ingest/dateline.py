"""Datelines: the place (and often date and agency) that opens a news story.

Recognized shapes, at the very start of the body (leading spaces allowed)::

    Seoul, Oct 28 (NationPress) ...        city, date, agency
    WASHINGTON, Jan 18 — ...               city, date, dash
    NAIROBI, Kenya (AP) _ ...              city, region, agency, dash
    LONDON (Reuters) - ...                 city, agency, dash
    Paris, 3 March 2024: ...               city, day-month-year, colon
    BANDAR SERI BEGAWAN — ...              city in capitals, dash

A dateline needs a date or an agency, and it needs a separator (dash
variant or colon) unless it carries a known agency. A city alone needs
capitals, a dash (not a colon) and a space after it, and must not be a
section label (``BREAKING —``; ``not_cities``). An agency is a known one
or starts with a capital letter (``(speaking privately)`` is not one). City words start with a
capital letter, except particles such as ``de`` in ``Rio de Janeiro``.
Month names, agencies, dash variants and particles come from
``data/datelines.json``; the patterns are compiled on first use.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

__all__ = ["Dateline", "find_dateline", "month_number", "dateline_data"]


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of an article body.

    city (str): the place as written (``Seoul``, ``WASHINGTON``).
    region (str | None): a state or country after the city (``Kenya``).
    agency (str | None): the agency in parentheses (``AP``).
    date_text (str | None): the date words as written (``Oct 28``).
    month / day / year (int | None): the parsed date parts; year only if written.
    start / end (int): offsets of the whole dateline (city to separator, and a byline closed by a dash right after it:
        "NAIROBI, March 3 (Wire) - By Jane Roe -") in the text.
    """

    city: str
    region: str | None
    agency: str | None
    date_text: str | None
    month: int | None
    day: int | None
    year: int | None
    start: int
    end: int


@functools.cache
def dateline_data() -> dict[str, Any]:
    """Load the dateline language data (once).

    RETURNS (dict): ``months``, ``agencies``, ``dashes``, ``city_particles`` and limits.
    """
    raw = resources.files("dateline.ingest").joinpath("data/datelines.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def month_number(word: str) -> int | None:
    """Month number of a month name or abbreviation.

    word (str): e.g. ``Oct``, ``oct.``, ``September``.
    RETURNS (int | None): 1-12, or None if ``word`` is not a month name.
    """
    months: dict[str, int] = dateline_data()["months"]
    return months.get(word.lower().rstrip("."))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = dateline_data()
    months = _alternation(list(data["months"]))
    dashes = _alternation(list(data["dashes"]))
    word = r"[^\W\d_][\w'’.&-]*"
    city = rf"(?P<city>{word}(?:[ ]{word}){{0,{int(data['max_city_words']) - 1}}})(?:/{word}(?:[ ]{word}){{0,2}})?"  # (a
    # joint dateline, "HELSINKI/TALLINN": the first city)
    region = rf"(?:,[ ]*(?!(?i:{months})\b)(?P<region>{word}(?:[ ]{word}){{0,3}}))?"
    mdy = rf"(?P<mon>(?i:{months}))\b\.?[ ]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?[ ]+(?P<year>\d{{4}})\b)?"
    dmy = rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ ]+(?P<mon2>(?i:{months}))\b\.?(?:,?[ ]+(?P<year2>\d{{4}})\b)?"
    agency_chars = int(data["max_agency_chars"])
    agency = rf"\((?P<agency>[^()\n]{{1,{agency_chars}}})\)"
    dash = rf"(?P<dash>{dashes})"
    lead = r"^[ \t\r\n]*"
    with_date = rf"{lead}{city}{region}(?:,[ ]*|[ ]+)(?P<date>{mdy}|{dmy})(?:[ ]*{agency})?(?:[ ]*{dash})?"
    agency_only = rf"{lead}{city}{region}[ ]*{agency}(?:[ ]*{dash})?"
    city_only = rf"{lead}{city}{region}[ ]+{dash}(?=[ ])"
    return re.compile(with_date), re.compile(agency_only), re.compile(city_only)


@functools.cache
def _byline() -> re.Pattern[str]:
    """RETURNS (re.Pattern[str]): a byline right after a dateline, closed by a dash ("By Jane Roe - ", "By Jane Roe and
    Ali Musa — "): two to five capitalized words a name ("By Tuesday - " is no byline), up to three names joined by
    commas or "and"."""
    data = dateline_data()
    dashes = _alternation([d for d in data["dashes"] if d not in (":", "_")])
    particles = _alternation(list(data["city_particles"]))  # ("By Ana de Souza - ")
    name = rf"[A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|(?:{particles})(?=[ ][A-Z]))){{1,4}}"
    names = rf"{name}(?:(?:,[ ]*|[ ]+and[ ]+){name}){{0,2}}"
    return re.compile(rf"[ ]*(?:{_alternation(list(data['byline_openers']))})[ ]+{names}[ ]*(?:{dashes})(?=[ ])")


def _bare_city_ok(city: str, dash: str) -> bool:
    """A dateline of a city alone: capitals, a dash, no section label."""
    data = dateline_data()
    letters = [ch for ch in city if ch.isalpha()]
    if dash == ":" or len(letters) < int(data["min_bare_city_letters"]) or not all(ch.isupper() for ch in letters):
        return False
    return city.upper() not in {w.upper() for w in data["not_cities"]}


def _city_ok(city: str) -> bool:
    data = dateline_data()
    if len(city) > int(data["max_city_chars"]):
        return False
    particles = {p.lower() for p in data["city_particles"]}
    words = city.split(" ")
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in particles for w in words[1:])


def _agency_known(agency: str) -> bool:
    known = {a.lower() for a in dateline_data()["agencies"]}
    return agency.strip().lower() in known


def _to_dateline(m: re.Match[str]) -> Dateline | None:
    groups = m.groupdict()
    city = groups["city"]
    if not _city_ok(city):
        return None
    region = groups.get("region")
    if region is not None and not _city_ok(region):
        return None
    agency = groups.get("agency")
    if agency is not None and not (agency.strip()[:1].isupper() or _agency_known(agency)):
        return None
    if groups.get("dash") is None and (agency is None or not _agency_known(agency)):
        return None
    if agency is None and groups.get("date") is None and not _bare_city_ok(city, groups["dash"]):
        return None
    month = day = year = None
    date_text = groups.get("date")
    if date_text is not None:
        month = month_number(groups.get("mon") or groups.get("mon2") or "")
        day = int(groups.get("day") or groups.get("day2") or 0)
        year_text = groups.get("year") or groups.get("year2")
        year = int(year_text) if year_text else None
    end = m.end("dash") if groups.get("dash") is not None else m.end()
    return Dateline(
        city=city,
        region=region,
        agency=agency.strip() if agency else None,
        date_text=date_text,
        month=month,
        day=day,
        year=year,
        start=m.start("city"),
        end=end,
    )


def find_dateline(text: str) -> Dateline | None:
    """Find the dateline that opens an article's story.

    text (str): the body text. The dateline opens the body, or opens one of its
        first lines (within ``max_lead_chars`` of the start): pages often put a
        synopsis or key takeaways above the story itself.
    RETURNS (Dateline | None): the first dateline found, offsets into ``text``; or None.
    """
    limit = int(dateline_data().get("max_lead_chars", 1500))
    starts = [0] + [i + 1 for i, ch in enumerate(text[:limit]) if ch == "\n"]
    for offset in starts:
        head = text[offset : offset + 300]
        for pattern in _patterns():
            m = pattern.match(head)
            if m is not None:
                found = _to_dateline(m)
                if found is not None:
                    byline = _byline().match(head, found.end) if found.end == m.end() else None
                    end = byline.end() if byline is not None else found.end
                    return replace(found, start=found.start + offset, end=end + offset)
    return None
