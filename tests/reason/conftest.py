"""Fixtures of the reason tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dateline.store import Store, open_store


@pytest.fixture
def store() -> Iterator[Store]:
    """RETURNS (Store): a fresh in-memory store."""
    s = open_store(":memory:")
    yield s
    s.close()
