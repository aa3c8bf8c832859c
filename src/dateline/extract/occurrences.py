"""Earlier occurrences: "the first visit since 2017, when X and Y were present".

:func:`_occurrences` builds an event from a "when" clause on a date under an event
noun (or a visiting verb), dated by that date.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from .builder import _build
from .context import _Ctx, time_to_date
from .status import head_chain
from .triggers import _lex
from .venues import _place


def _occurrences(ctx: _Ctx) -> list[Event]:
    """Earlier occurrences told by a "when" clause on a date: "the first visit since 2017, when X was present"."""
    lex = _lex()
    events: list[Event] = []
    done: set[int] = set()
    for i, t in ctx.times.items():
        if i in done:
            continue
        tok = ctx.doc[i]
        for rel in tok.children:
            if rel.dep_ != "relcl" or not any(c.lower_ == "when" for c in rel.children):
                continue
            if rel.lemma_.lower() not in lex.occurrence:
                continue
            if rel.lemma_ == "be" and not any(c.lower_ in lex.occurrence_acomp for c in rel.children):
                continue
            noun = _event_noun_above(tok)
            if noun is None:
                continue
            done.update(range(tok.i - 3, tok.i + 3))
            entry = lex.nouns.get(noun.lower_) if noun.pos_ in ("NOUN", "PROPN") else lex.verbs.get(noun.lemma_.lower())
            if entry is None:
                continue
            event = _build(rel, entry["action"], ctx)
            if event is None:
                continue
            place = _place(noun, head_chain(noun), event.action, ctx)
            events.append(replace(event, place=place, date=time_to_date(t)))
    return events


def _event_noun_above(tok: Token) -> Token | None:
    nouns = _lex().nouns
    verbs = _lex().verbs
    cur = tok
    for _ in range(3):
        cur = cur.head
        if cur.lower_ in nouns and cur.pos_ in ("NOUN", "PROPN"):
            return cur
        if cur.pos_ == "VERB" and cur.lemma_.lower() in verbs and verbs[cur.lemma_.lower()]["action"] == "visit":
            return cur  # "have not toured the JSA together since 2017, when X and Y were present"
        if cur.head.i == cur.i:
            break
    return None
