"""Short run of the ingest fuzz property (bench/fuzz_ingest.py runs it 10,000 times)."""

from __future__ import annotations

import importlib.util
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BENCH = Path(__file__).parents[2] / "bench" / "fuzz_ingest.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_ingest", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FUZZ = _bench()


@settings(max_examples=200, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=FUZZ.inputs(), name=st.sampled_from(FUZZ.NAMES))
def test_fuzz_malformed_inputs_never_raise(data: bytes, name: str) -> None:
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        FUZZ.check_input(data, name, Path(tmp), tally)
    assert tally["inputs"] == 1
