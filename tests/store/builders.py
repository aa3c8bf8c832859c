"""Hand-built articles and events for store tests (no NLP model needed)."""

from __future__ import annotations

import hashlib
from datetime import date

from dateline.model import ActorRef, Article, DateValue, Event, Evidence, Extraction, PlaceRef

HEGSETH = ActorRef("Pete Hegseth", "person", "Defence Secretary", "United States")
AHN = ActorRef("Ahn Gyu-back", "person", "Defence Minister", "South Korea")
LEE = ActorRef("Lee Jae Myung", "person", "President", "South Korea")
KOIZUMI = ActorRef("Shinjiro Koizumi", "person", "Defence Minister", "Japan")
DMZ = PlaceRef("Demilitarized Zone", "site", "South Korea", 37.95, 126.67, ("South Korea",))
JSA = PlaceRef("Joint Security Area", "site", "South Korea", 37.956, 126.677, ("Demilitarized Zone", "South Korea"))
SEOUL = PlaceRef("Seoul", "city", "South Korea", 37.566, 126.978, ("South Korea",))
TOKYO = PlaceRef("Tokyo", "city", "Japan", 35.69, 139.69, ("Japan",))
KOREA = PlaceRef("South Korea", "country", "South Korea", 36.5, 127.9, ())


def article(text: str, published: date | None, url: str | None = None, source: str = "test.txt") -> Article:
    """RETURNS (Article): an article whose id and hash come from its text."""
    digest = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
    return Article(
        id=digest[:16],
        text=text,
        title=None,
        url=url,
        source=source,
        kind="text",
        published=published,
        anchor_source="option" if published else "none",
        content_hash=digest,
    )


def event(
    art: Article,
    sentence: str,
    action: str,
    status: str,
    day: str | None,
    place: PlaceRef | None = None,
    counterparts: tuple[ActorRef, ...] = (),
    actor: ActorRef = HEGSETH,
    refers_to_plan: bool = False,
) -> Event:
    """Build a report whose evidence is ``sentence``, which must occur in the article text."""
    start = art.text.index(sentence)
    cameo = "036" if status == "planned" else "042"
    return Event(
        action=action,
        actor=actor,
        counterparts=counterparts,
        place=place,
        date=DateValue(day, "day" if day else "unknown", day or ""),
        status=status,
        cameo=cameo,
        plover="AGREE" if status == "planned" else "CONSULT",
        plover_mode=None if status == "planned" else "visit",
        evidence=Evidence(art.id, art.published, sentence, start, start + len(sentence), status),
        refers_to_plan=refers_to_plan,
    )


def extraction(art: Article, *events: Event) -> Extraction:
    """RETURNS (Extraction): the article's extraction with these events."""
    return Extraction(article_id=art.id, sentences=((0, len(art.text)),), events=tuple(events))
