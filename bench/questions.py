"""Question benchmark: resolution accuracy, Brier and calibration on the story set.

Usage:
    python bench/questions.py tests/fixtures/stories            # report
    python bench/questions.py tests/fixtures/stories --json     # machine-readable
    python bench/questions.py tests/fixtures/stories --fit      # refit forecast.json on train stories
    python bench/questions.py tests/fixtures/stories --tune-brief  # grid-search brief.json weights on train

Each story (``NN_slug/story.json`` plus its article files) is ingested article by
article, in publication order, through the real pipeline into a fresh in-memory
SQLite store. The story's question is stored first (created on the first article's
day), so the pipeline's re-evaluation records its history. Reported per split:

- resolution accuracy: the resolution as of ``resolve_as_of`` equals ``expected``;
- Brier (main): the forecast as of ``forecast_as_of`` (the day of the last report
  before resolution), for stories expected ``yes``/``no``;
- Brier (all snapshots): every forecast made on a publication day while the
  question was still open (harder: includes announcement-day forecasts of plans that
  later fell through);
- calibration of all snapshots, 5 bins;
- ROUGE-1 recall of the brief's synopsis vs lead-3 against the hand-written synopsis.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateline.config import load_settings
from dateline.pipeline import get_nlp, ingest_paths
from dateline.reason import forecast as fc
from dateline.reason.ask import ask
from dateline.reason.brief import article_sentences, rouge1_recall, synopsis
from dateline.reason.score import brier, calibration
from dateline.store import Store, open_store


@dataclass
class StoryResult:
    """What one story gave."""

    slug: str
    split: str
    expected: str
    resolution: str | None
    forecast: float | None
    snapshots: list[tuple[str, float]] = field(default_factory=list)
    features: list[fc.Features] = field(default_factory=list)
    forecast_features: fc.Features | None = None
    sentences: list[Any] = field(default_factory=list)
    reference: str = ""
    rouge_brief: float = 0.0
    rouge_lead3: float = 0.0
    reason: str = ""


def load_stories(root: Path) -> list[tuple[Path, dict[str, Any]]]:
    """root (Path): the stories folder. RETURNS (list): (folder, story.json) pairs, sorted."""
    return [(d, json.loads((d / "story.json").read_text(encoding="utf-8"))) for d in sorted(root.iterdir())
            if (d / "story.json").is_file()]


def ingest_story(folder: Path, meta: dict[str, Any], store: Store) -> list[str]:
    """Ingest a story's articles in publication order. RETURNS (list[str]): article ids."""
    settings = load_settings()
    nlp = get_nlp(settings)
    ids: list[str] = []
    for art in sorted(meta["articles"], key=lambda a: a["published"]):
        pub = date.fromisoformat(art["published"])
        ingest_paths([folder / art["file"]], store, settings, published=pub, nlp=nlp, as_of=pub,
                     on_item=lambda item: ids.append(getattr(item, "id", "")))
    return ids


def run_story(folder: Path, meta: dict[str, Any]) -> StoryResult:
    """Ingest one story into a fresh store and evaluate its question."""
    store = open_store(":memory:")
    try:
        first = date.fromisoformat(min(a["published"] for a in meta["articles"]))
        close = date.fromisoformat(meta["close"]) if meta.get("close") else None
        store.add_question(meta["question"], close, first)
        ids = ingest_story(folder, meta, store)
        resolve_day = date.fromisoformat(meta["resolve_as_of"])
        final = ask(store, meta["question"], resolve_day, close=close, anchor=first)
        fday = date.fromisoformat(meta["forecast_as_of"])
        fans = ask(store, meta["question"], fday, close=close, anchor=first)
        result = StoryResult(folder.name, meta["split"], meta["expected"], final.resolution,
                             fans.probability if not fans.resolved else None, reason=final.reason)
        if not fans.resolved and fans.features:
            result.forecast_features = fc.Features(tuple(fans.features[k] for k in fc.FEATURES))
        for day in sorted({a["published"] for a in meta["articles"]} | {meta["forecast_as_of"]}):
            ans = ask(store, meta["question"], date.fromisoformat(day), close=close, anchor=first)
            if ans.resolved or ans.probability is None:
                continue
            result.snapshots.append((day, ans.probability))
            result.features.append(fc.Features(tuple(ans.features[k] for k in fc.FEATURES)))
        article, extraction = store.article(ids[0])
        sents = article_sentences(article, extraction)
        result.sentences, result.reference = sents, meta["synopsis"]
        result.rouge_brief = rouge1_recall(synopsis(sents), meta["synopsis"])
        result.rouge_lead3 = rouge1_recall(" ".join(s.text for s in sents[:3]), meta["synopsis"])
        return result
    finally:
        store.close()


def summarize(results: list[StoryResult], split: str) -> dict[str, Any]:
    """Figures for one split."""
    rs = [r for r in results if r.split == split]
    binary = [r for r in rs if r.expected in ("yes", "no") and r.forecast is not None]
    outs = [1 if r.expected == "yes" else 0 for r in binary]
    snaps = [(p, 1 if r.expected == "yes" else 0) for r in rs if r.expected in ("yes", "no") for _, p in r.snapshots]
    return {
        "stories": len(rs),
        "resolution_accuracy": round(sum(r.resolution == r.expected for r in rs) / len(rs), 3) if rs else None,
        "brier": brier([r.forecast for r in binary if r.forecast is not None], outs),
        "brier_baseline": brier([0.5] * len(binary), outs),
        "forecasts": len(binary),
        "brier_all_snapshots": brier([p for p, _ in snaps], [o for _, o in snaps]),
        "snapshots": len(snaps),
        "calibration": [b.to_dict() for b in calibration([p for p, _ in snaps], [o for _, o in snaps])],
        "rouge1_brief": round(sum(r.rouge_brief for r in rs) / len(rs), 3) if rs else None,
        "rouge1_lead3": round(sum(r.rouge_lead3 for r in rs) / len(rs), 3) if rs else None,
    }


#: Which train forecasts to fit on: "all" pre-resolution snapshots or the "forecast" day only.
FIT_ON = "forecast"

L2_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)


def choose_l2(rows: list[fc.Features], ys: list[int]) -> float:
    """Pick the L2 penalty with the lowest leave-one-out Brier on the train rows."""
    best, best_score = L2_GRID[0], float("inf")
    for l2 in L2_GRID:
        errs = []
        for i in range(len(rows)):
            model = fc.fit(rows[:i] + rows[i + 1 :], ys[:i] + ys[i + 1 :], l2=l2, steps=5000, rate=0.3)
            errs.append((fc.predict(rows[i], model) - ys[i]) ** 2)
        score = sum(errs) / len(errs)
        print(f"l2={l2} leave-one-out brier={score:.4f}", file=sys.stderr)
        if score < best_score:
            best, best_score = l2, score
    return best


def fit_train(results: list[StoryResult], out: Path) -> fc.Model:
    """Fit coefficients on the train stories' forecasts (as of ``forecast_as_of``) and write them to ``out``."""
    rows, ys = [], []
    for r in results:
        if r.split != "train" or r.expected not in ("yes", "no"):
            continue
        picked = r.features if FIT_ON == "all" else ([r.forecast_features] if r.forecast_features else [])
        rows.extend(picked)
        ys.extend([1 if r.expected == "yes" else 0] * len(picked))
    l2 = choose_l2(rows, ys)
    model = fc.fit(rows, ys, l2=l2, steps=20000, rate=0.3)
    data = json.loads(out.read_text(encoding="utf-8"))
    priors = data.get("priors", {})
    coefs = list(model.coefficients)
    for i, name in enumerate(fc.FEATURES):
        if all(r.values[i] == 0.0 for r in rows):
            coefs[i] = float(priors.get(name, 0.0))
    model = fc.Model(tuple(coefs))
    data["coefficients"] = coefs
    data["fitted_on"] = f"{len(rows)} pre-resolution snapshots ({FIT_ON}) of train stories (yes/no); l2={l2} by leave-one-out"
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return model


BRIEF_GRID = {
    "position": (0.2, 0.4, 0.6, 0.8),
    "event": (0.0, 0.25, 0.5),
    "date": (0.0, 0.15, 0.3),
    "centrality": (0.5, 1.0, 2.0),
}


SYNOPSIS_WORDS = (60, 90, 120)


def tune_brief(results: list[StoryResult], out: Path) -> dict[str, float]:
    """Grid-search the synopsis weights for ROUGE-1 recall on the train stories; write the best."""
    from itertools import product

    from dateline.reason.question import load_data

    data = load_data("brief")  # the cached dict: changed in place while searching
    train = [r for r in results if r.split == "train"]
    keys = list(BRIEF_GRID)
    best: tuple[float, dict[str, float]] = (-1.0, dict(data["weights"]))
    original = dict(data["weights"])
    best_words = data["synopsis_max_words"]
    for words in SYNOPSIS_WORDS:
        data["synopsis_max_words"] = words
        for values in product(*(BRIEF_GRID[k] for k in keys)):
            data["weights"] = {**original, **dict(zip(keys, values))}
            score = sum(rouge1_recall(synopsis(r.sentences), r.reference) for r in train) / len(train)
            if score > best[0] + 1e-9:
                best, best_words = (score, dict(data["weights"])), words
    data["weights"], data["synopsis_max_words"] = best[1], best_words
    stored = json.loads(out.read_text(encoding="utf-8"))
    stored["weights"], stored["synopsis_max_words"] = best[1], best_words
    out.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
    print(f"brief weights {best[1]} max words {best_words} train rouge1 {best[0]:.3f}", file=sys.stderr)
    return best[1]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark. RETURNS (int): exit code."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stories", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--fit", action="store_true", help="refit src/dateline/reason/data/forecast.json on train")
    parser.add_argument("--tune-brief", action="store_true", help="grid-search data/brief.json synopsis weights on train")
    args = parser.parse_args(argv)
    results = [run_story(folder, meta) for folder, meta in load_stories(args.stories)]
    if args.fit:
        target = Path(fc.__file__).parent / "data" / "forecast.json"
        model = fit_train(results, target)
        fc.load_data.cache_clear()
        print(f"fitted {dict(zip(fc.FEATURES, model.coefficients))}", file=sys.stderr)
        results = [run_story(folder, meta) for folder, meta in load_stories(args.stories)]
    if args.tune_brief:
        tune_brief(results, Path(fc.__file__).parent / "data" / "brief.json")
        for r in results:
            r.rouge_brief = rouge1_recall(synopsis(r.sentences), r.reference)
    report = {"train": summarize(results, "train"), "test": summarize(results, "test"),
              "stories": [{"slug": r.slug, "split": r.split, "expected": r.expected, "resolution": r.resolution,
                           "forecast": r.forecast, "snapshots": r.snapshots, "reason": r.reason,
                           "rouge1_brief": r.rouge_brief, "rouge1_lead3": r.rouge_lead3} for r in results]}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for r in results:
        mark = "ok " if r.resolution == r.expected else "BAD"
        print(f"{mark} {r.split:<5} {r.slug:<24} expected={r.expected:<9} got={str(r.resolution):<9} "
              f"forecast={r.forecast} snapshots={[p for _, p in r.snapshots]}")
        if r.resolution != r.expected:
            print(f"      {r.reason}")
    for split in ("train", "test"):
        s = report[split]
        print(f"\n[{split}] stories={s['stories']} resolution_accuracy={s['resolution_accuracy']} "
              f"brier={s['brier']} (baseline {s['brier_baseline']}, n={s['forecasts']}) "
              f"brier_all_snapshots={s['brier_all_snapshots']} (n={s['snapshots']}) "
              f"rouge1 brief={s['rouge1_brief']} lead3={s['rouge1_lead3']}")
        for b in s["calibration"]:
            print(f"   {b['bin']}  n={b['count']:<3} mean={b['mean_probability']}  observed={b['observed_rate']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
