"""Dateline: turns news into a dated, sourced record of events and answers questions about them.

Stages (data flows one way): ``ingest`` -> ``extract`` -> ``store`` -> ``reason`` -> ``serve``/``cli``.
The public API is re-exported here; nothing runs at import time.
"""

from __future__ import annotations

import logging

from .config import Settings, load_settings
from .errors import DatelineError
from .model import (
    Article,
    DateValue,
    Event,
    EventRecord,
    Evidence,
    Extraction,
    Rejection,
    TimeExpr,
)

__all__ = [
    "Settings",
    "load_settings",
    "DatelineError",
    "Article",
    "DateValue",
    "Event",
    "EventRecord",
    "Evidence",
    "Extraction",
    "Rejection",
    "TimeExpr",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
