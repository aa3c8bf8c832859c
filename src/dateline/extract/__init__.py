"""Dateline stage: extract. spaCy ``Doc`` -> time expressions, actors, places and events.

``build_nlp(settings)`` loads the model and adds the registered components;
``extract(articles, nlp)`` runs them in ``nlp.pipe`` batches and yields
``(Article, Extraction)``. Nothing loads at import time.
"""

from __future__ import annotations

from .nlp import add_components, build_nlp
from .pipeline import extract, extraction_of

__all__ = ["build_nlp", "add_components", "extract", "extraction_of"]
