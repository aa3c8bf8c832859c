"""``dateline demo``: ingest the sample articles and print what Dateline found."""

from __future__ import annotations

import argparse
import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import Settings
from ..pipeline import ingest_paths
from ..store import Store, open_store
from ..reason import ask, brief
from .ask import format_answer
from .brief import format_brief
from .common import add_db, settings_from
from .events import list_events, timeline

__all__ = ["add_parser", "demo"]


def _manifest() -> tuple[Path, dict[str, Any]]:
    folder = Path(str(resources.files("dateline").joinpath("samples")))
    return folder, json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def demo(settings: Settings) -> str:
    """Ingest the packaged sample articles into ``settings.db`` and report.

    settings (Settings): which database and model.
    RETURNS (str): the report: ingest summaries, events, a timeline, answers and a brief.
    """
    folder, manifest = _manifest()
    store = open_store(settings.db)
    out: list[str] = [f"== Ingesting {len(manifest['articles'])} sample articles into {settings.db}"]
    try:
        for item in manifest["articles"]:
            summary = ingest_paths(
                [folder / item["file"]], store, settings, published=date.fromisoformat(item["published"])
            )
            out.append(f"{item['file']}: {summary.line()}")
        out += ["", "== Events (dateline events)", list_events(store)]
        out += ["", f"== Timeline of {manifest['timeline']} (dateline timeline)", timeline(store, manifest["timeline"])]
        out += _reasoning(store, manifest)
    finally:
        store.close()
    return "\n".join(out)


def _reasoning(store: Store, manifest: dict[str, Any]) -> list[str]:
    """The question answers and the brief, from the reasoning layer."""
    out: list[str] = []
    for q in manifest["questions"]:
        answer = ask(store, q["question"], as_of=date.fromisoformat(q["as_of"]))
        out += ["", f"== dateline ask --as-of {q['as_of']} \"{q['question']}\"", format_answer(answer)]
    article_id = next(a.id for a in store.articles() if a.source.endswith(manifest["brief"]))
    out += ["", f"== Brief of {manifest['brief']} (dateline brief {article_id})", format_brief(brief(store, article_id))]
    return out


def _run(args: argparse.Namespace) -> int:
    print(demo(settings_from(args)))
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline demo``."""
    p = sub.add_parser(
        "demo",
        help="ingest the sample articles and print events, a timeline, answers and a brief",
        description="Runs Dateline end to end on its own sample articles. Example: dateline demo --db demo.db",
    )
    add_db(p)
    p.set_defaults(func=_run)
