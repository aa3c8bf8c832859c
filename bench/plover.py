"""Event-type agreement of Dateline's extract stage with the PLOVER gold-standard records.

Usage: python bench/plover.py PATH/TO/plover_gsr.shared.jsonl [--model NAME]

Runs extract on each record's ``text`` (anchor 2000-01-01) and compares the PLOVER
type of our events with the gold ``event`` on the diplomatic records (CONSULT,
AGREE to meet/mediate, REJECT meetings), and counts diplomatic events (of the contact
and journey families) we emit on the other records (false alarms). For the families
beyond contacts and journeys it reports, per PLOVER type (MOBILIZE, CONCEDE, SANCTION, RETREAT, AID,
PROTEST, THREATEN, COERCE), how many records of that type we tag with it and how many records
of other types we wrongly tag with it. Prints a report in Markdown.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from datetime import date
from pathlib import Path

from dateline.config import Settings
from dateline.extract import build_nlp, extract
from dateline.model import Article

#: Diplomatic records named in the data set's README (shared part).
DIPLOMATIC = {
    "PLOVER-GSR01-AGREE-0036", "PLOVER-GSR01-AGREE-0039",
    "PLOVER-GSR01-REJECT-0024", "PLOVER-GSR01-REJECT-0025", "PLOVER-GSR01-REJECT-0026",
    "PLOVER-GSR01-REJECT-0027", "PLOVER-GSR01-REJECT-0028",
}
_PRIORITY = ("REJECT", "CONSULT", "AGREE", "SUPPORT")
#: PLOVER types of the families beyond contacts and journeys (exercise/launch, resign, sanction, protest; a planned or
#: threatened sanction; arrest), scored per type.
FAMILY_TYPES = ("MOBILIZE", "CONCEDE", "SANCTION", "PROTEST", "THREATEN", "COERCE", "RETREAT", "AID")
#: Action families of contacts and journeys: only their events count for the diplomatic figures.
DIPLOMATIC_ACTIONS = frozenset({"visit", "travel", "arrive", "depart", "meet", "attend", "host", "hold", "call", "negotiate",
                                "mediate", "sign", "agree", "announce"})


def predicted(types: list[str]) -> str:
    """types (list[str]): PLOVER types of one record's events. RETURNS (str): the one to score, or NONE."""
    for kind in _PRIORITY:
        if kind in types:
            return kind
    return "NONE"


def run(path: Path, model: str) -> str:
    """path (Path): the JSONL file. model (str): spaCy model. RETURNS (str): the Markdown report."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = build_nlp(Settings(model=model))
    articles = [
        Article(f"{r['id']}#{i}", r["text"], None, None, str(path), "jsonl", date(2000, 1, 1))
        for i, r in enumerate(records)
    ]
    started = time.perf_counter()
    results = {a.id: ex for a, ex in extract(articles, nlp)}
    seconds = time.perf_counter() - started
    confusion: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    hits = total = false_alarms = 0
    family_total: Counter[str] = Counter()
    family_hits: Counter[str] = Counter()
    family_false: Counter[str] = Counter()
    family_lines: list[str] = []
    alarm_lines: list[str] = []  # the non-diplomatic records we tag as diplomatic
    for i, r in enumerate(records):
        ex = results[f"{r['id']}#{i}"]
        types = [e.plover for e in ex.events if e.action in DIPLOMATIC_ACTIONS]
        got = predicted(types)
        for kind in FAMILY_TYPES:
            tagged = any(e.plover == kind and e.action not in DIPLOMATIC_ACTIONS for e in ex.events)
            if r["event"] == kind:
                family_total[kind] += 1
                family_hits[kind] += tagged
            elif tagged:
                family_false[kind] += 1
                family_lines.append(f"| {r['id']} | {r['event']} | {kind} | "
                                    f"{', '.join(f'{e.action}/{e.status}/{e.what or chr(45)}' for e in ex.events)} |")
        if r["event"] == "CONSULT" or r["id"] in DIPLOMATIC:
            total += 1
            hits += got == r["event"]
            confusion[(r["event"], got)] += 1
            codes = ", ".join(f"{e.action}/{e.status}/{e.cameo}" for e in ex.events) or "-"
            mark = "ok" if got == r["event"] else "MISS"
            lines.append(f"| {r['id']} | {r['event']} {r.get('mode') or ''} | {got} | {codes} | {mark} |")
        elif got != "NONE":
            false_alarms += 1
            alarm_lines.append(f"| {r['id']} | {r['event']} | {got} | "
                               f"{', '.join(f'{e.action}/{e.status}/{e.cameo}' for e in ex.events)} |")
    others = len(records) - total
    out = [
        f"Records: {len(records)}; diplomatic: {total}; extract time {seconds:.2f}s.",
        "",
        f"Type agreement on diplomatic records: {hits}/{total} = {hits / max(total, 1):.1%}.",
        f"Non-diplomatic records with a diplomatic event (false alarms): {false_alarms}/{others} = {false_alarms / max(others, 1):.1%}.",
        "",
        "Confusion (gold -> ours):",
        "",
        *[f"- {g} -> {p}: {n}" for (g, p), n in sorted(confusion.items())],
        "",
        "| record | gold | ours | our events (action/status/cameo) | |",
        "|---|---|---|---|---|",
        *lines,
        "",
        "Families beyond contacts and journeys, per PLOVER type: records of the type we tag with it (found), and records",
        "of other types we tag with it (false alarms).",
        "",
        "| type | found | false alarms |",
        "|---|---|---|",
        *[f"| {kind} | {family_hits[kind]}/{family_total[kind]} | {family_false[kind]}/{len(records) - family_total[kind]} |"
          for kind in FAMILY_TYPES],
        "",
        "| record | gold | tagged | our events (action/status/what) |",
        "|---|---|---|---|",
        *family_lines,
        "",
        "Non-diplomatic records we tag as diplomatic (the false alarms above):",
        "",
        "| record | gold | ours | our events (action/status/cameo) |",
        "|---|---|---|---|",
        *alarm_lines,
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    """argv (list[str] | None): command-line arguments. Prints the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--model", default=Settings().model)
    args = parser.parse_args(argv)
    print(run(args.path, args.model))


if __name__ == "__main__":
    main()
