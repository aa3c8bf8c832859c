"""Reading an own-words fixture article through ingest and extract, for the exact-event tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.language import Language

from dateline.config import Settings, load_settings
from dateline.extract import extract
from dateline.ingest.text import read_text
from dateline.model import Article, Event
from dateline.pipeline import get_nlp

#: (action, actor, counterparts, place, date value, status) of one event.
Row = tuple[str, str, tuple[str, ...], str | None, str | None, str]


def fixture_article(path: Path, published: date) -> Article:
    """RETURNS (Article): the text fixture at ``path``, read as ingest reads it, anchored on ``published``."""
    (article,) = list(read_text(path.read_bytes(), path.name, Settings(), published))
    assert isinstance(article, Article)
    return article


def fixture_events(nlp: Language, path: Path, published: date) -> list[Event]:
    """RETURNS (list[Event]): the events extracted from the fixture at ``path``."""
    (_, extraction), = list(extract([fixture_article(path, published)], nlp))
    return list(extraction.events)


def row(e: Event) -> Row:
    """RETURNS (Row): the fields the exact-event tests compare."""
    return (e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None,
            e.date.value, e.status)


def text_events(nlp: Language, text: str, anchor: date) -> list[Event]:
    """RETURNS (list[Event]): the events of a bare text (no ingest), its date anchor ``anchor``."""
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


def rows(events: list[Event]) -> list[Row]:
    """RETURNS (list[Row]): :func:`row` of each event, in order."""
    return [row(e) for e in events]


def what_rows(events: list[Event], actions: tuple[str, ...]) -> list[Row]:
    """RETURNS (list[Row]): the events of ``actions``, in order, as (action, actor, counterparts, what, date, status):
    the fields the family tests compare (``what`` in the place's slot)."""
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.what, e.date.value, e.status)
            for e in events if e.action in actions]


def article_events(nlp: Language, tmp_path: Path, text: str, published: date) -> list[Event]:
    """RETURNS (list[Event]): the events of ``text`` written to a file under ``tmp_path`` and read as ingest reads it."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return fixture_events(nlp, path, published)


def article_rows(nlp: Language, tmp_path: Path, text: str, published: date) -> list[Row]:
    """RETURNS (list[Row]): :func:`row` of each of :func:`article_events`."""
    return rows(article_events(nlp, tmp_path, text, published))


def got(events: list[Event]) -> set[Row]:
    """RETURNS (set[Row]): :func:`row` of each event, as a set (order-free comparisons)."""
    return {row(e) for e in events}


def article_row_set(nlp: Language, tmp_path: Path, text: str, published: date) -> set[Row]:
    """RETURNS (set[Row]): :func:`article_rows` as a set."""
    return set(article_rows(nlp, tmp_path, text, published))


def of_action(events: list[Event], action: str) -> list[Event]:
    """RETURNS (list[Event]): the events of one family, in order."""
    return [e for e in events if e.action == action]


def action_rows(events: list[Event], action: str) -> list[Row]:
    """RETURNS (list[Row]): the rows of the events of one family, in order."""
    return [row(e) for e in events if e.action == action]


def datelined_events(nlp: Language, tmp_path: Path, text: str, published: date) -> list[Event]:
    """RETURNS (list[Event]): the events of a one-paragraph story (its dateline first) under a headline, read as ingest
    reads it."""
    return article_events(nlp, tmp_path, "Headline\n\n" + text + "\n", published)


#: (actor, action, status, date value, place, counterparts) of one event, as the round-45 and later tests compare it.
PartyRow = tuple[str, str, str, str | None, str | None, tuple[str, ...]]


def party_rows(events: list[Event]) -> list[PartyRow]:
    """RETURNS (list[PartyRow]): actor first, then what, when, where and with whom, of each event."""
    return [(e.actor.name, e.action, e.status, e.date.value, e.place and e.place.name,
             tuple(c.name for c in e.counterparts)) for e in events]


def headline_events(nlp: Language, tmp_path: Path, text: str, published: date) -> list[Event]:
    """RETURNS (list[Event]): :func:`article_events` of ``text`` under a headline line ("Headline")."""
    return article_events(nlp, tmp_path, "Headline\n\n" + text + "\n", published)


def found_events(text: str, day: date) -> list[Event]:
    """RETURNS (list[Event]): the events the real pipeline (ingest's text reader, the configured model loaded once)
    finds in one article text published on ``day``; the article must not fail."""
    settings = load_settings()
    found = next(ex for _, ex in extract(read_text(text.encode(), "x.txt", settings, day), get_nlp(settings)))
    assert found.error is None, found.error
    return list(found.events)


def status_rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    """RETURNS (list): (action, actor, status, date value) of each event, in order."""
    return [(e.action, e.actor.name, e.status, e.date.value) for e in events]
