"""The token of an event's trigger in the doc."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Event
from .context import _Ctx


def trigger_token(ev: Event, ctx: _Ctx) -> Token | None:
    """ev (Event): an event. ctx (_Ctx): the doc's index. RETURNS (Token | None): the root of its trigger span, None
    when the span does not align."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span.root if span is not None else None
