"""Event codes: CAMEO code per action family and status, and its PLOVER type and mode.

``data/actions.json`` gives each action family's CAMEO code for a plan, a
happened event and a refusal; ``data/cameo_plover.json`` (rows of the OEDA
CAMEO2PLOVER-2021 table, CC BY-SA 4.0) maps codes to PLOVER.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..model import STATUSES, Event
from .nlp import load_data

__all__ = ["Codes", "event_codes", "actions", "with_what_codes"]

#: Statuses that describe a plan (CAMEO has no postponement code: the plan's code stays).
_PLAN_STATUSES = frozenset({"planned", "postponed", "cancelled", "denied", "uncertain"})


@dataclass(frozen=True)
class Codes:
    """The codes of one event.

    cameo (str): CAMEO code (``036``, ``042``...).
    plover (str): PLOVER type (``AGREE``, ``CONSULT``...); '' when PLOVER has none.
    mode (str | None): PLOVER mode (``visit``, ``phone``...).
    """

    cameo: str
    plover: str
    mode: str | None


def actions() -> tuple[str, ...]:
    """RETURNS (tuple[str, ...]): the action families that have codes."""
    table: dict[str, object] = load_data("actions.json")
    return tuple(k for k in table if not k.startswith("_"))


def with_what_codes(events: list[Event]) -> list[Event]:
    """events (list[Event]): an article's events. RETURNS (list[Event]): the events, each one whose family has
    ``what_codes`` in ``actions.json`` and whose ``what`` ends in one of those words coded by it ("a general strike":
    CAMEO 143, strike, not 141, a demonstration); a refusal keeps its code."""
    table: dict[str, dict[str, Any]] = load_data("actions.json")
    out = []
    for ev in events:
        by_what = table.get(ev.action, {}).get("what_codes") if ev.what else None
        code = by_what.get(ev.what.split()[-1].lower()) if by_what and ev.what else None
        if code is not None and ev.cameo in (table[ev.action]["happened"], table[ev.action]["planned"]):
            codes = _codes_of(code)
            ev = replace(ev, cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode)
        out.append(ev)
    return out


def event_codes(action: str, status: str, rejected: bool = False) -> Codes:
    """CAMEO and PLOVER codes of an event.

    action (str): action family (``visit``, ``meet``...); see :func:`actions`.
    status (str): one of :data:`dateline.model.STATUSES`.
    rejected (bool): the actor refuses the action ("refused to meet" -> CAMEO 125).
    RETURNS (Codes): the codes; planned, postponed, cancelled, denied and uncertain
        reports keep the plan's code (036 for meetings and visits).
    RAISES ValueError: unknown action or status, naming the valid ones.
    """
    table: dict[str, dict[str, str]] = load_data("actions.json")
    if action not in table or action.startswith("_"):
        raise ValueError(f"unknown action '{action}'; expected one of: {', '.join(actions())}")
    if status not in STATUSES:
        raise ValueError(f"unknown status '{status}'; expected one of: {', '.join(STATUSES)}")
    row = table[action]
    if rejected:
        code = row["reject"]
    elif status in _PLAN_STATUSES:
        code = row["planned"]
    else:
        code = row["happened"]
    return _codes_of(code)


def _codes_of(code: str) -> Codes:
    """code (str): a CAMEO code. RETURNS (Codes): it with its PLOVER type and mode (``cameo_plover.json``)."""
    mapping: dict[str, dict[str, str | None]] = load_data("cameo_plover.json")["codes"]
    info = mapping.get(code, {})
    return Codes(code, str(info.get("plover") or ""), info.get("mode"))
