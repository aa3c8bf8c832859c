"""Fixtures of the extract tests: one loaded pipeline per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.extract import build_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """RETURNS (Language): the model with Dateline's components (loaded once; slow tests only)."""
    return build_nlp(Settings())
