"""Question benchmark: resolution accuracy, Brier and calibration on the story set.

Usage:
    python bench/questions.py tests/fixtures/stories            # report
    python bench/questions.py tests/fixtures/stories tests/fixtures/family_stories  # both sets together
    python bench/questions.py tests/fixtures/stories --json     # machine-readable
    python bench/questions.py tests/fixtures/stories --fit      # refit forecast.json on train stories
    python bench/questions.py tests/fixtures/stories --tune-brief  # grid-search brief.json synopsis on train

Each story (``NN_slug/story.json`` plus its article files) is ingested article by
article, in publication order, through the real pipeline into a fresh in-memory
SQLite store. The story's question is stored first (created on the first article's
day), so the pipeline's re-evaluation records its history. Reported per split
(train / test; test stories are never used for fitting or tuning):

- resolution accuracy: the resolution as of ``resolve_as_of`` equals ``expected``;
- Brier at announcement: the forecast as of the published day of the story's first
  article, for stories expected ``yes``/``no``;
- Brier over all pre-resolution snapshots: one forecast per published day of each
  article while the question is still open (what ``dateline score`` sees from the
  stored question re-evaluated after each ingest);
- both against always-0.5, with calibration tables (5 equal-width bins);
- the brief's synopsis of the announcement vs lead-3 (the first three body sentences),
  against the hand-written synopsis, on a fair footing: ROUGE-1/2 F1 (each text at its
  own length) and ROUGE-1/2 recall with both texts cut to their first ``BRIEF_BUDGET``
  (30) words; plain recall too (it favours the longer text), event coverage (share of
  the article's events whose actor surname and place/counterpart the text names) and
  mean length in words.

``--fit`` chooses the feature set and L2 penalty by leave-one-story-out cross-validation
on the train stories (Brier over all their pre-resolution snapshots), then fits the
chosen model on all train snapshots and writes ``reason/data/forecast.json``.
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
from dateline.reason.brief import article_sentences, event_coverage, first_words, rouge, synopsis
from dateline.reason.score import brier, calibration
from dateline.store import Store, open_store


@dataclass
class StoryResult:
    """What one story gave."""

    slug: str
    split: str
    expected: str
    resolution: str | None
    announcement: float | None
    snapshots: list[tuple[str, float]] = field(default_factory=list)
    features: list[fc.Features] = field(default_factory=list)
    sentences: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    reference: str = ""
    brief_scores: dict[str, float] = field(default_factory=dict)
    reason: str = ""


def load_stories(*roots: Path) -> list[tuple[Path, dict[str, Any]]]:
    """roots (Path): story folders. RETURNS (list): (folder, story.json) pairs, sorted per root."""
    return [(d, json.loads((d / "story.json").read_text(encoding="utf-8"))) for root in roots
            for d in sorted(root.iterdir()) if (d / "story.json").is_file()]


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


#: Word budget of the fair comparison: both the synopsis and lead-3 are cut to their first
#: BRIEF_BUDGET words before ROUGE recall (about the mean length of the train references, 28.9).
BRIEF_BUDGET = 30

#: The brief figures, each for our synopsis and for lead-3 (key + "_lead3").
BRIEF_KEYS = ("r1_f1", "r2_f1", f"r1_recall@{BRIEF_BUDGET}w", f"r2_recall@{BRIEF_BUDGET}w", "r1_recall", "r2_recall",
              "events", "words")


def _summary_scores(text: str, events: list[Any], reference: str) -> dict[str, float]:
    cut = first_words(text, BRIEF_BUDGET)
    return {
        "r1_f1": rouge(text, reference, 1).f1, "r2_f1": rouge(text, reference, 2).f1,
        f"r1_recall@{BRIEF_BUDGET}w": rouge(cut, reference, 1).recall,
        f"r2_recall@{BRIEF_BUDGET}w": rouge(cut, reference, 2).recall,
        "r1_recall": rouge(text, reference, 1).recall, "r2_recall": rouge(text, reference, 2).recall,
        "events": event_coverage(text, events), "words": float(len(text.split())),
    }


def brief_scores(sents: list[Any], events: list[Any], reference: str) -> dict[str, float]:
    """Synopsis vs lead-3 against the hand-written reference: ROUGE-1/2 F1 (each at its own
    length), ROUGE-1/2 recall with both cut to ``BRIEF_BUDGET`` words (fair), plain recall
    (favours the longer text; kept for comparison with earlier figures), event coverage, words."""
    ours = _summary_scores(synopsis(sents, events), events, reference)
    lead = _summary_scores(" ".join(s.text for s in sents[:3]), events, reference)
    return {**ours, **{f"{k}_lead3": v for k, v in lead.items()}}


def format_brief(figures: dict[str, Any]) -> str:
    """figures (dict): a split's mean brief figures. RETURNS (str): one 'ours / lead-3' line per figure."""
    return "\n".join(f"    {k:<15} ours {figures[k]!s:<6} lead-3 {figures[k + '_lead3']}" for k in BRIEF_KEYS)


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
        result = StoryResult(folder.name, meta["split"], meta["expected"], final.resolution, None, reason=final.reason)
        for day in sorted({a["published"] for a in meta["articles"]}):
            ans = ask(store, meta["question"], date.fromisoformat(day), close=close, anchor=first)
            if ans.resolved or ans.probability is None:
                break  # resolved: later days are not forecasts
            result.snapshots.append((day, ans.probability))
            result.features.append(fc.Features(tuple(ans.features[k] for k in fc.FEATURES)))
            if day == first.isoformat():
                result.announcement = ans.probability
        article, extraction = store.article(ids[0])
        sents = article_sentences(article, extraction)
        result.sentences, result.reference = sents, meta["synopsis"]
        result.events = list(store.events(article_id=ids[0], as_of=article.published))
        result.brief_scores = brief_scores(sents, result.events, meta["synopsis"])
        return result
    finally:
        store.close()


def _outcome(r: StoryResult) -> int:
    return 1 if r.expected == "yes" else 0


def summarize(results: list[StoryResult], split: str) -> dict[str, Any]:
    """Figures for one split."""
    rs = [r for r in results if r.split == split]
    binary = [r for r in rs if r.expected in ("yes", "no")]
    ann = [(r.announcement, _outcome(r)) for r in binary if r.announcement is not None]
    snaps = [(p, _outcome(r)) for r in binary for _, p in r.snapshots]

    def mean(key: str) -> float | None:
        return round(sum(r.brief_scores[key] for r in rs) / len(rs), 3) if rs else None

    return {
        "stories": len(rs),
        "yes_rate": round(sum(_outcome(r) for r in binary) / len(binary), 3) if binary else None,
        "resolution_accuracy": round(sum(r.resolution == r.expected for r in rs) / len(rs), 3) if rs else None,
        "brier_announcement": brier([p for p, _ in ann], [o for _, o in ann]),
        "brier_announcement_baseline": brier([0.5] * len(ann), [o for _, o in ann]),
        "announcements": len(ann),
        "brier_all_snapshots": brier([p for p, _ in snaps], [o for _, o in snaps]),
        "brier_all_snapshots_baseline": brier([0.5] * len(snaps), [o for _, o in snaps]),
        "snapshots": len(snaps),
        "calibration_announcement": [b.to_dict() for b in calibration([p for p, _ in ann], [o for _, o in ann])],
        "calibration_all_snapshots": [b.to_dict() for b in calibration([p for p, _ in snaps], [o for _, o in snaps])],
        "brief": {k: mean(k) for key in BRIEF_KEYS for k in (key, key + "_lead3")},
    }


#: Candidate feature sets for the forecast model, chosen by leave-one-story-out CV.
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "status": ("official", "rumor", "overdue", "postponed", "denied", "doubt", "no_event", "outside_window",
               "undated"),
    "firmness": ("official", "expected", "tentative", "rumor", "overdue", "postponed", "denied", "doubt",
                 "no_event", "outside_window", "undated"),
    "signals": ("official", "expected", "tentative", "rumor", "on_track", "risk", "overdue", "postponed", "denied",
                "doubt", "no_event", "outside_window", "undated"),
    "full": tuple(f for f in fc.FEATURES if f != "bias"),
}

L2_GRID = (0.3, 1.0, 3.0, 10.0)


def _train_rows(results: list[StoryResult]) -> list[tuple[str, list[fc.Features], int]]:
    return [(r.slug, r.features, _outcome(r)) for r in results
            if r.split == "train" and r.expected in ("yes", "no") and r.features]


def cross_validate(stories: list[tuple[str, list[fc.Features], int]]) -> tuple[str, float, dict[str, float]]:
    """Leave-one-story-out CV Brier over all held-out snapshots, per feature set and L2.

    RETURNS (tuple): (best feature set, best L2, {"set l2": CV Brier}).
    """
    scores: dict[str, float] = {}
    best: tuple[float, str, float] = (float("inf"), "", 0.0)
    for name, use in FEATURE_SETS.items():
        for l2 in L2_GRID:
            errs = []
            for i, (_, held, y) in enumerate(stories):
                rows = [f for j, (_, fs, _) in enumerate(stories) if j != i for f in fs]
                ys = [o for j, (_, fs, o) in enumerate(stories) if j != i for _ in fs]
                model = fc.fit(rows, ys, l2=l2, steps=3000, rate=0.3, use=use)
                errs += [(fc.predict(f, model) - y) ** 2 for f in held]
            score = round(sum(errs) / len(errs), 4)
            scores[f"{name} l2={l2}"] = score
            print(f"CV {name:<9} l2={l2:<5} brier={score}", file=sys.stderr)
            if score < best[0] - 1e-9:
                best = (score, name, l2)
    return best[1], best[2], scores


def fit_train(results: list[StoryResult], out: Path) -> fc.Model:
    """Choose feature set and L2 by CV on train, fit on all train snapshots, write ``out``."""
    stories = _train_rows(results)
    name, l2, scores = cross_validate(stories)
    rows = [f for _, fs, _ in stories for f in fs]
    ys = [y for _, fs, y in stories for _ in fs]
    model = fc.fit(rows, ys, l2=l2, steps=20000, rate=0.3, use=FEATURE_SETS[name])
    data = json.loads(out.read_text(encoding="utf-8"))
    priors = data.get("priors", {})
    coefs = list(model.coefficients)
    for i, feat in enumerate(fc.FEATURES):
        if all(r.values[i] == 0.0 for r in rows) and feat in priors:
            coefs[i] = float(priors[feat])
    model = fc.Model(tuple(coefs))
    data["coefficients"] = coefs
    data["fitted_on"] = (f"{len(rows)} pre-resolution snapshots of {len(stories)} train stories (yes/no); "
                         f"feature set '{name}', l2={l2}, chosen by leave-one-story-out CV Brier "
                         f"{scores[f'{name} l2={l2}']}")
    data["feature_set"] = list(FEATURE_SETS[name])
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return model


#: Synopsis weights searched by ``--tune-brief``. Centrality and event facts stay above zero
#: by design (the synopsis is a blend). With them at zero, position and redundancy alone
#: scored 2.658 on train against 2.635 for the best blend: four of 30 stories took another
#: second or third sentence, each defensible, which is noise at this size.
BRIEF_GRID = {
    "centrality": (0.25, 0.5, 1.0),
    "position": (0.5, 1.0),
    "facts": (0.15, 0.3, 0.6),
    "redundancy": (0.5, 1.0),
}

#: Candidate ``synopsis_min_words`` (the budget of a short article) and ``synopsis_third_min``.
SYNOPSIS_WORDS = (35, 40, 45, 60)
THIRD_MIN = (-9.0, 0.6, 1.0)


def _fair_score(results: list[StoryResult]) -> float:
    """Mean over stories of ROUGE-1 F1 + ROUGE-2 F1 + ROUGE-1/2 recall at ``BRIEF_BUDGET`` words."""
    total = 0.0
    for r in results:
        syn = synopsis(r.sentences, r.events)
        cut = first_words(syn, BRIEF_BUDGET)
        total += (rouge(syn, r.reference, 1).f1 + rouge(syn, r.reference, 2).f1
                  + rouge(cut, r.reference, 1).recall + rouge(cut, r.reference, 2).recall)
    return total / len(results)


def tune_brief(results: list[StoryResult], out: Path) -> dict[str, Any]:
    """Grid-search the synopsis weights, short-article word budget and third-sentence floor
    on the train stories for the fair score (:func:`_fair_score`); write the best to ``out``.

    RETURNS (dict): the chosen ``synopsis_weights``, ``synopsis_min_words``, ``synopsis_third_min``.
    """
    from itertools import product

    from dateline.reason.question import load_data

    data = load_data("brief")  # the cached dict: changed in place while searching
    train = [r for r in results if r.split == "train"]
    keys = list(BRIEF_GRID)
    original = dict(data["synopsis_weights"])
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for words, third in product(SYNOPSIS_WORDS, THIRD_MIN):
        data["synopsis_min_words"], data["synopsis_third_min"] = words, third
        for values in product(*(BRIEF_GRID[k] for k in keys)):
            data["synopsis_weights"] = {**original, **dict(zip(keys, values))}
            score = _fair_score(train)
            if score > best[0] + 1e-9:
                best = (score, {"synopsis_weights": dict(data["synopsis_weights"]), "synopsis_min_words": words,
                                "synopsis_third_min": third})
    data.update(best[1])
    stored = json.loads(out.read_text(encoding="utf-8"))
    stored.update(best[1])
    out.write_text(json.dumps(stored, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"brief {best[1]} train fair score {best[0]:.3f}", file=sys.stderr)
    return best[1]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark. RETURNS (int): exit code."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stories", type=Path, nargs="+", help="one or more story folders, scored together")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--fit", action="store_true", help="refit src/dateline/reason/data/forecast.json on train")
    parser.add_argument("--tune-brief", action="store_true",
                        help="grid-search data/brief.json synopsis weights on train (fair ROUGE)")
    args = parser.parse_args(argv)
    results = [run_story(folder, meta) for folder, meta in load_stories(*args.stories)]
    if args.fit:
        target = Path(fc.__file__).parent / "data" / "forecast.json"
        model = fit_train(results, target)
        fc.load_data.cache_clear()
        print(f"fitted {dict(zip(fc.FEATURES, model.coefficients))}", file=sys.stderr)
        results = [run_story(folder, meta) for folder, meta in load_stories(*args.stories)]
    if args.tune_brief:
        tune_brief(results, Path(fc.__file__).parent / "data" / "brief.json")
        for r in results:
            r.brief_scores = brief_scores(r.sentences, r.events, r.reference)
    report = {"train": summarize(results, "train"), "test": summarize(results, "test"),
              "stories": [{"slug": r.slug, "split": r.split, "expected": r.expected, "resolution": r.resolution,
                           "announcement": r.announcement, "snapshots": r.snapshots, "reason": r.reason,
                           "brief": r.brief_scores} for r in results]}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for r in results:
        mark = "ok " if r.resolution == r.expected else "BAD"
        print(f"{mark} {r.split:<5} {r.slug:<24} expected={r.expected:<9} got={str(r.resolution):<9} "
              f"snapshots={[p for _, p in r.snapshots]}")
        if r.resolution != r.expected:
            print(f"      {r.reason}")
    for split in ("train", "test"):
        s = report[split]
        print(f"\n[{split}] stories={s['stories']} yes_rate={s['yes_rate']} "
              f"resolution_accuracy={s['resolution_accuracy']}\n"
              f"  brier at announcement={s['brier_announcement']} (always-0.5 {s['brier_announcement_baseline']}, "
              f"n={s['announcements']})\n"
              f"  brier all snapshots={s['brier_all_snapshots']} (always-0.5 {s['brier_all_snapshots_baseline']}, "
              f"n={s['snapshots']})\n  brief (synopsis vs hand-written; F1 at own length, recall@{BRIEF_BUDGET}w with "
              f"both cut to {BRIEF_BUDGET} words):\n{format_brief(s['brief'])}")
        for label in ("calibration_announcement", "calibration_all_snapshots"):
            print(f"  {label}")
            for b in s[label]:
                print(f"   {b['bin']}  n={b['count']:<3} mean={b['mean_probability']}  observed={b['observed_rate']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
