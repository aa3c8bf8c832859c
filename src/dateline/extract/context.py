"""What the event builder reads off a doc: times, places and actors by token, the anchor.

:func:`_context` indexes a parsed doc into a :class:`_Ctx`; :func:`time_to_date`
turns a time expression into an event date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from ..model import ActorRef, DateValue, PlaceRef, TimeExpr
from .nlp import doc_text


def clause_tokens(tok: Token, blocked: frozenset[str]) -> list[Token]:
    """A word's own clause: its subtree, not descending into children attached by a ``blocked`` dependency
    (a conjoined, subordinate or relative clause is another event's).

    tok (Token): the head word. blocked (frozenset[str]): dependency labels not to descend into.
    RETURNS (list[Token]): the tokens, head first, in walk order.
    """
    found: list[Token] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        found.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in blocked)
    return found


def time_to_date(t: TimeExpr) -> DateValue:
    """t (TimeExpr): a time expression. RETURNS (DateValue): the event date it gives."""
    note = t.note
    if not t.anchored and not note:
        note = "unanchored: article has no publication date"
    return DateValue(t.value, t.precision, t.text, t.end_value, note)


_STAMP_DASHES = ("—", "–", "-", "|", ":")


def post_stamp_line(text: str, start: int, end: int) -> int | None:
    """ "11:00 — South African President Cyril Ramaphosa will not travel ...": a clock time alone at the start of a line
    and followed by a dash or a colon ("11:40 GMT: ...") heads a live-blog update (its post time). RETURNS (int | None): the line's start, else None."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return None
    rest = text[end : end + 4].lstrip(" \t")
    return line if rest[:1] in _STAMP_DASHES and rest[1:2] in (" ", "\t") else None


@dataclass
class _Ctx:
    doc: Doc
    times: dict[int, TimeExpr]
    places: dict[int, PlaceRef]
    actors: dict[int, ActorRef]
    partners: dict[int, tuple[ActorRef, ...]]
    anchor: date | None
    article_id: str
    dateline_end: int
    trigger_ids: set[int]
    overtaken: set[int] = field(default_factory=set)
    title: str = ""
    stamps: dict[int, TimeExpr] = field(default_factory=dict)  # line start -> the post time heading a live update
    dateline_start: int = 0  # (after a byline: "By X\n\nBOISE, April 9 (Wire) -")


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """doc (Doc): a doc. RETURNS (dict[int, int]): each sentence's start character -> its number in the doc (an event's
    ``evidence.start`` is its sentence's start), empty when the doc has no sentence boundaries."""
    if not doc.has_annotation("SENT_START"):
        return {}
    return {s.start_char: k for k, s in enumerate(doc.sents)}


def times_by_token(doc: Doc) -> dict[int, TimeExpr]:
    """doc (Doc): a doc with its time expressions (``doc._.times``). RETURNS (dict[int, TimeExpr]): each token inside one
    ("March" of "until March 23") -> the first expression holding it."""
    out: dict[int, TimeExpr] = {}
    for t in doc._.times or ():
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                out.setdefault(tok.i, t)
    return out


def _context(doc: Doc, triggers: list[tuple[str, Token]]) -> _Ctx:
    stamps: dict[int, TimeExpr] = {}
    text = doc_text(doc)
    for t in doc._.times or ():
        if t.type == "TIME" and (line := post_stamp_line(text, t.start, t.end)) is not None:
            stamps[line] = t  # "11:00 — Ramaphosa has called off his trip": the update's post time, no event's date
    posted = {id(t) for t in stamps.values()}
    times = {i: t for i, t in times_by_token(doc).items() if id(t) not in posted}
    places: dict[int, PlaceRef] = {}
    for span, ref in doc._.place_spans or ():
        for tok in span:
            places[tok.i] = ref
    dateline = doc._.dateline
    actors = dict(doc._.actor_tokens or {})
    ids = {t.i for _, t in triggers}
    partners = doc._.actor_partners or {}
    return _Ctx(doc, times, places, actors, partners, doc._.anchor, doc._.article_id or "", dateline[1] if dateline else 0, ids,
                title=doc._.title or "", stamps=stamps, dateline_start=dateline[0] if dateline else 0)
