"""Ingest warnings and message variants not (yet) in :class:`dateline.errors.Errors`.

They follow the catalogue's style (a code, the bad value, what was done) and
belong in ``Errors``; they live here until that file takes them, so ingest
does not edit a module other stages own. Warnings are kept on the article
(``Article.warnings``, stored and printed by ``dateline ingest``); the
article is still stored.
"""

from __future__ import annotations

__all__ = ["Notes"]


class Notes:
    """Templates, by code. Use ``Notes.W103.format(...)``."""

    W103 = (
        "W103: dateline says '{dateline}', one day from the published date {published} "
        "(time zones); the dateline's day {day} is used as the anchor"
    )
    W104 = (
        "W104: the page's date {published} comes from an element in the page body (perhaps "
        "another story's), not its metadata, and the dateline says '{dateline}'; the dateline's "
        "day {day} is used as the anchor"
    )
    W105 = (
        "W105: the only date is the crawl date {published} (WARC-Date) and the dateline says "
        "'{dateline}'; the dateline's day {day} (the nearest not after the crawl) is used as the anchor"
    )
    W106 = (
        "W106: the page's only date is an update stamp ('{stamp}'); it is used as the anchor, "
        "but the story may be older"
    )
    W107 = (
        "W107: the page's only date is an update stamp ('{stamp}') and the dateline says "
        "'{dateline}'; the dateline's day {day} is used as the anchor"
    )
    W108 = (
        "W108: published value '{value}' is not ISO; read as {day} ({order}, the only "
        "possible reading); write dates as YYYY-MM-DD"
    )
    W109 = (
        "W109: same URL as article {other} ({where}) but different text: when it is a version of the "
        "same story the store keeps the later-read one as its new version (it replaces the other); "
        "otherwise it is counted as a duplicate"
    )
    W110 = (
        "W110: article text is {chars} characters; extraction time and memory grow with length "
        "(about a minute and 2.7 GB for 850,000 characters); lower max_chars to refuse such texts"
    )
    #: Appended to ``Errors.E111`` for a slashed date both day-first and month-first.
    E111_AMBIGUOUS = "; '{value}' is ambiguous (day-first or month-first); write it as YYYY-MM-DD"
    #: A JSON Lines line holding something other than an object.
    E114_NOT_OBJECT = (
        "E114: JSON Lines line holds {got}, not an object; each line must be one JSON object "
        'such as {{"text": "...", "published": "2025-10-28"}}'
    )
