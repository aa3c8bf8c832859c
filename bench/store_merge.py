"""Store bench: how event merging scales with the number of stored reports.

Usage::

    python bench/store_merge.py [--articles 2000] [--db PATH]

Builds articles and events by hand (no NLP model, so only the store is timed):
articles come out in publication order, seven a day; every article reports one heavily covered event (the same summit, same place and
day, as wire copy repeats it) and two events of its own (other cities, other
days), all by the same actor, so every new report is matched against a growing
set of candidate events. Prints the time per 100 articles as the store grows
and the number of events, which must be ``1 + 2 * articles`` (the repeated
summit merged into one event), then the time of three ``ask`` calls as of a day in the
middle (the first folds the store's events as of that day; the others reuse them).
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dateline.model import ActorRef, Article, DateValue, Event, Evidence, Extraction, PlaceRef
from dateline.reason.ask import ask
from dateline.store import open_store

ACTOR = ActorRef("Mara Ellison", "person", "Foreign Minister", "Freedonia")
SUMMIT_CITY = PlaceRef("Geneva", "city", "Switzerland", 46.2, 6.15, ("Switzerland",))


def _article(i: int, text: str, published: date) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        id=digest[:16], text=text, title=None, url=None, source=f"bench-{i}.txt", kind="text",
        published=published, anchor_source="option", content_hash=digest,
    )


def _event(art: Article, sentence: str, place: PlaceRef, day: date, status: str) -> Event:
    start = art.text.index(sentence)
    return Event(
        action="visit", actor=ACTOR, counterparts=(), place=place,
        date=DateValue(day.isoformat(), "day", day.isoformat()), status=status,
        cameo="042" if status == "happened" else "036", plover="CONSULT", plover_mode="visit",
        evidence=Evidence(art.id, art.published, sentence, start, start + len(sentence), status),
    )


def build(i: int, start: date) -> tuple[Article, Extraction]:
    """RETURNS: article i (published one day after the other, cycling) and its three events."""
    published = start + timedelta(days=i // 7)
    summit_day = start + timedelta(days=150)
    s1 = f"Report {i}: Ellison will visit Geneva for the summit."
    s2 = f"Report {i}: Ellison visited Town{i} in the north."
    s3 = f"Report {i}: Ellison will visit Port{i} later."
    art = _article(i, " ".join((s1, s2, s3)), published)
    town = PlaceRef(f"Town{i}", "city", "Freedonia", 0.0, 0.0, ("Freedonia",))
    port = PlaceRef(f"Port{i}", "city", "Freedonia", 0.0, 0.0, ("Freedonia",))
    events = (
        _event(art, s1, SUMMIT_CITY, summit_day, "planned"),
        _event(art, s2, town, published - timedelta(days=1), "happened"),
        _event(art, s3, port, published + timedelta(days=20 + i % 7), "planned"),
    )
    return art, Extraction(article_id=art.id, sentences=((0, len(art.text)),), events=events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--db", default=None, help="SQLite file to create (default: a temporary one)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="dateline-bench-")
    db = args.db or str(Path(folder) / "bench.db")
    start = date(2026, 1, 1)
    total = 0.0
    with open_store(db) as store:
        t0 = time.perf_counter()
        for i in range(args.articles):
            art, ext = build(i, start)
            store.add_article(art, ext)
            if (i + 1) % 100 == 0:
                t1 = time.perf_counter()
                total += t1 - t0
                print(f"articles {i + 1 - 99:>5}-{i + 1:<5} {t1 - t0:7.3f} s per 100")
                t0 = t1
        events = store.events()
        print(f"total {total:.2f} s for {args.articles} articles; events {len(events)} (expected {1 + 2 * args.articles})")
        summit = [e for e in events if e.place is not None and e.place.name == "Geneva"]
        print(f"summit events {len(summit)} with {sum(len(e.evidence) for e in summit)} reports")
        as_of = start + timedelta(days=args.articles // 14)
        for question in ("Will Mara Ellison visit Geneva?", "Will Ellison visit Town5?", "Will Ellison visit Port7?"):
            t0 = time.perf_counter()
            answer = ask(store, question, as_of)
            print(f"ask as of {as_of}: {question!r} -> {answer.answer} in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
