"""Hand-built events for the reason tests: stored in a real in-memory store, no model."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dateline.model import ActorRef, Article, DateValue, Event, Evidence, Extraction, PlaceRef
from dateline.store import Store

HEGSETH = ActorRef("Pete Hegseth", "person", "Defence Secretary", "United States")
KOIZUMI = ActorRef("Shinjiro Koizumi", "person", "Defence Minister", "Japan")
LEE = ActorRef("Lee Jae Myung", "person", "President", "South Korea")
JSA = PlaceRef("Joint Security Area", "site", "South Korea", within=("Demilitarized Zone", "South Korea"))
DMZ = PlaceRef("Demilitarized Zone", "region", "South Korea", within=("South Korea",))
SEOUL = PlaceRef("Seoul", "city", "South Korea", within=("South Korea",))
TOKYO = PlaceRef("Tokyo", "city", "Japan", within=("Japan",))
KOREA = PlaceRef("South Korea", "country", "South Korea")


@dataclass(frozen=True)
class Report:
    """One sentence of one article stating one event (test input)."""

    article: str
    published: date
    sentence: str
    action: str
    status: str
    when: str | None
    actor: ActorRef = HEGSETH
    place: PlaceRef | None = None
    counterparts: tuple[ActorRef, ...] = ()
    end_value: str | None = None
    dateline: int = 0  # length of a dateline opening the sentence ("Seoul, Nov 3 (Wire) - ")
    trigger: str | None = None  # the trigger word, to record its offsets
    what: str | None = None  # what the action acts on ("ballistic missile")


def _article(
    article_id: str, published: date, sentences: Sequence[str], dateline: int = 0
) -> tuple[Article, list[tuple[int, int]]]:
    text = ""
    spans = []
    for s in sentences:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(s)))
        text += s
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(article_id, text, None, None, f"{article_id}.txt", "text", published, content_hash=digest,
                  dateline_start=0, dateline_end=dateline)
    return art, spans


def fill(store: Store, reports: Sequence[Report]) -> None:
    """Store the reports, one article per distinct article id, in the given order."""
    order: list[str] = []
    for r in reports:
        if r.article not in order:
            order.append(r.article)
    for aid in order:
        mine = [r for r in reports if r.article == aid]
        art, spans = _article(aid, mine[0].published, [r.sentence for r in mine], mine[0].dateline)
        events = []
        for r, (s, e) in zip(mine, spans):
            t = r.sentence.find(r.trigger) if r.trigger else -1
            trig = (s + t, s + t + len(r.trigger or "")) if t >= 0 else (-1, -1)
            ev = Evidence(aid, r.published, r.sentence, s, e, r.status, *trig)
            value = DateValue(r.when, "day" if r.when else "unknown", r.when or "", r.end_value)
            events.append(
                Event(r.action, r.actor, r.counterparts, r.place, value, r.status, "042", "CONSULT", "visit", ev,
                      refers_to_plan=r.status in ("postponed", "cancelled", "denied"), what=r.what)
            )
        actors = tuple({r.actor for r in mine} | {c for r in mine for c in r.counterparts})
        places = tuple({r.place for r in mine if r.place})
        store.add_article(art, Extraction(aid, tuple(spans), (), actors, places, tuple(events)))
