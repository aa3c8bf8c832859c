"""Every command has help with an example, and the README documents it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from dateline.cli.main import build_parser

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


@pytest.mark.parametrize("name", sorted(_commands()))
def test_docs_command_has_example(name: str) -> None:
    command = _commands()[name]
    assert "Example: dateline " in (command.description or "")


@pytest.mark.parametrize("name", sorted(_commands()))
def test_docs_command_in_readme(name: str) -> None:
    assert f"`dateline {name}" in README
