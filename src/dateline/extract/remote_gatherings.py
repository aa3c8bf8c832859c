"""A body's own gathering held at a distance: "OPEC+ will hold its ministerial meeting by video conference rather than
in Vienna", "G20 finance ministers ended a two-day virtual meeting on Friday". Such a meeting is still the body's
meeting (with no place), not a call between two sides, and the plan it was at a place is not called off: it is the
same meeting, held online (the store takes the plan's place away when the remote report joins it).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .codes import event_codes
from .context import _Ctx
from .trigger_tokens import trigger_token
from .triggers import _lex, ends_replaced_phrase


def remote_gatherings(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, a ``call`` of an organization with no other side, told by a gathering noun
    (``remote_actions`` of ``triggers.json``: "meeting", "talks") or a pronoun standing for one ("will hold it by video
    conference"), turned into that organization's ``meet`` with no place; the call-off of the same call at a
    ``replaced_place_phrases`` place of its sentence ("rather than in Vienna") dropped: the plan moved online, not called
    off."""
    own = {i for i, ev in enumerate(events) if _own_remote_gathering(ev, ctx)}
    if not own:
        return events
    told = {(events[i].actor.name, events[i].evidence.start) for i in own}
    out: list[Event] = []
    for i, ev in enumerate(events):
        if i in own:
            codes = event_codes("meet", ev.status)
            changed = ev.refers_to_plan or ev.status == "planned" and _instead(ev, ctx)
            out.append(replace(ev, action="meet", place=None, cameo=codes.cameo, plover=codes.plover,
                               plover_mode=codes.mode, refers_to_plan=changed))
        elif ev.action == "call" and ev.refers_to_plan and ev.status == "cancelled" and ev.place is not None \
                and (ev.actor.name, ev.evidence.start) in told:
            continue  # "will hold it by video conference rather than in Vienna": not called off, moved online
        else:
            out.append(ev)
    return out


def _own_remote_gathering(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): an event. ctx (_Ctx): the doc's index. RETURNS (bool): a call told by an organization alone (no
    counterpart) through a gathering noun or a pronoun ("OPEC+ ... will hold it by video conference")."""
    if ev.action != "call" or ev.actor.kind != "org" or ev.counterparts or ev.place is not None:
        return False  # (the call-off at the old place has one: dropped beside it)
    tok = trigger_token(ev, ctx)
    if tok is None:
        return False
    return tok.pos_ == "PRON" or tok.pos_ == "NOUN" and _lex().nouns.get(tok.lower_, {}).get("action") in _lex().remote_actions


def _instead(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): a body's remote meeting, planned. ctx (_Ctx): the doc's index. RETURNS (bool): its clause says it
    replaces a plan ("will be held online instead", "rather than in Vienna"): a change of the stored plan, which it
    joins though it tells a coarser day ("scheduled for next week")."""
    tok = trigger_token(ev, ctx)
    if tok is None:
        return False
    words = [t for t in (tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok).subtree]
    return any(t.lower_ == "instead" or ends_replaced_phrase(t) for t in words)
