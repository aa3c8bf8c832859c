"""``python -m dateline`` runs the same command line as the ``dateline`` script."""

from __future__ import annotations

import subprocess
import sys


def test_python_dash_m_dateline_runs_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "dateline", "times", "--help"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: dateline times"), done.stdout


def test_python_dash_m_dateline_without_a_command_fails_with_usage() -> None:
    done = subprocess.run([sys.executable, "-m", "dateline"], capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "usage: dateline" in done.stderr + done.stdout
