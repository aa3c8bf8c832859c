"""Plans against their dates: a happened event is never after its article, an overtaken plan looks ahead.

:func:`past_reading` re-reads the date of an event told in the past tense that
resolved after the publication day ("met ... on Friday" read as the coming
Friday); :func:`overtaken_plan` recognizes a plan told in the pluperfect ("had
been due to meet", "was to have visited"), whose date :func:`forward_reading`
reads from the publication day forward (the plan was for the coming Tuesday).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from spacy.tokens import Token

from ..model import DateValue
from .nlp import load_data
from .time import normalize

__all__ = ["past_reading", "forward_reading", "overtaken_plan"]


def _reread(when: DateValue, anchor: date, tense: str) -> DateValue | None:
    if not when.text or when.value is None:
        return None
    t = normalize(when.text, anchor, tense)
    if t is None or not t.value or t.type not in ("DATE", "TIME"):
        return None
    return replace(when, value=t.value, precision=t.precision, end_value=None)


def past_reading(when: DateValue, anchor: date | None) -> tuple[DateValue, bool]:
    """The date of an event told as happened, never after the article.

    when (DateValue): the event's date. anchor (date | None): the publication day.
    RETURNS (tuple[DateValue, bool]): the date (re-read in the past tense when it fell after the
        anchor) and whether it still falls after the anchor (then the status is in doubt).
    """
    span = when.interval()
    if anchor is None or span is None or span[0] <= anchor:
        return when, False
    again = _reread(when, anchor, "past")
    span = again.interval() if again is not None else None
    if again is None or span is None or span[0] > anchor:
        return when, True
    return again, False


def forward_reading(when: DateValue, anchor: date | None) -> DateValue:
    """The date of an overtaken plan ("had been due to meet on Tuesday"), read from the anchor forward.

    when (DateValue): the date as tagged. anchor (date | None): the publication day.
    RETURNS (DateValue): the future reading when it differs and is a date, else ``when``.
    """
    span = when.interval()
    if anchor is None or span is None or span[0] >= anchor:
        return when
    again = _reread(when, anchor, "future")
    return again if again is not None else when


@cache
def _plan_words() -> frozenset[str]:
    return frozenset(load_data("status_cues.json")["overtaken_plan_words"])


def overtaken_plan(cue: Token | None, trigger: Token) -> bool:
    """A plan the article reports as overtaken: "had been scheduled for", "had been due to", "was to have met".

    cue (Token | None): the word that made the event planned. trigger (Token): the event's trigger.
    RETURNS (bool): a plan word ("due", "expected", "set", ``overtaken_plan_words``) above the trigger
        in the pluperfect, or the trigger itself as "to have" + participle under "was".
    """
    if cue is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children):
        return True
    words = _plan_words()
    path = [trigger]
    cur = trigger
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "acomp", "prep", "pobj", "dobj") or cur.head.i == cur.i:
            break
        cur = cur.head
        path.append(cur)
    for tok in path:
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.tag_ == "VBN" and {"to", "have"} <= aux and tok.head.lemma_ == "be":
            return True  # "was to have met"
    planned = any(t.lower_ in words for t in path[1:])
    return planned and any(c.dep_ == "aux" and c.lower_ == "had" for t in path[1:] for c in t.children)
