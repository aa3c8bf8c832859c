"""Events told again: taking part in an event told before, and signing a text whose signing was told before.

"Philippine and Australian warships will hold joint naval exercises in the
South China Sea from July 6 to July 11. Two Australian frigates will take part in the drills off Palawan."

The second sentence tells no event of its own when its party is already one of the exercise's: the frigates are
Australia's share of the drills. A party the earlier event does not name ("Japan will take part in the drills") does
attend, at the place and on the days of that event when its own sentence gives none. "X and Y signed the accord"
after "A and B signed a free trade agreement on Tuesday in Cebu" is that signing's day and place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from .context import _Ctx
from .trigger_tokens import trigger_token
from .triggers import _lex

__all__ = ["joined_events"]

#: Families an attendance cannot take part in as another event (an attendance of a summit is the summit's own).
_OWN_FAMILIES = frozenset({"attend", "meet", "hold", "visit", "travel", "arrive"})


def _joined_family(tok: Token) -> str | None:
    """tok (Token): an attendance trigger ("take", "join", "participate").
    RETURNS (str | None): the family of the definite event noun it takes part in ("take part in the drills": exercise;
        "joined the strike": protest), None when it names none or one of ``_OWN_FAMILIES``."""
    for g in tok.subtree:
        if g.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in g.children):
            continue
        action = (_lex().nouns.get(g.lower_) or {}).get("action")
        if isinstance(action, str) and action not in _OWN_FAMILIES:
            return action
    return None


def joined_events(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, in order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, without an attendance of an event told before it (the last earlier event of the
    family its definite noun names) whose actor is already that event's actor or counterpart; another attendance of it
    takes that event's place and date when it has none of its own."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action == "attend" else None
        family = _joined_family(tok) if tok is not None else None
        target = next((e for e in reversed(out) if e.action == family and e.evidence.start < ev.evidence.start), None) \
            if family else None
        if target is not None:
            if ev.actor.name in {target.actor.name, *(c.name for c in target.counterparts)}:
                continue  # "Two Australian frigates will take part in the drills": Australia's share of its drills
            ev = replace(ev, place=ev.place or target.place, date=ev.date if ev.date.value else target.date)
        out.append(ev)
    return _signed_again(out, ctx)


#: Nouns of a signed text a definite mention refers back to ("signed the accord").
_SIGNED_NOUNS = frozenset({"accord", "agreement", "deal", "treaty", "pact", "declaration", "memorandum", "charter",
                           "convention", "protocol"})


def _signed_again(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The EU and the Philippines signed a free trade agreement on Tuesday at a summit held in Cebu. X and Y signed
    the accord at a ceremony attended by Z.": a signing of a definite text with no day (or place) of its own is the
    signing told last before it in the article, on its day and at its place; so is a signing told with "also" ("The
    two countries also inked a deal on ..."). An attendance of the ceremony of that sentence with no day takes the day
    too."""
    out = list(events)
    for k, ev in enumerate(out):
        if ev.action != "sign" or ev.date.value is not None or (tok := trigger_token(ev, ctx)) is None:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _SIGNED_NOUNS and any(d.dep_ == "det" and d.lower_ == "the"
                                                                        for d in c.children) for c in tok.children) \
                and not any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children):
            continue  # (neither "signed the accord" nor "also inked a deal on the boundary": the same occasion)
        earlier = next((e for e in reversed(out[:k]) if e.action == "sign" and e.date.value is not None
                        and e.evidence.start < ev.evidence.start), None)
        if earlier is None:
            continue
        out[k] = replace(ev, date=earlier.date, place=ev.place or earlier.place)
        for j, other in enumerate(out):
            if other.action == "attend" and other.evidence.start == ev.evidence.start and other.date.value is None:
                out[j] = replace(other, date=earlier.date)  # "at a ceremony attended by Z": that day
    return out
