"""Line structure: sentence starts at line breaks (before the parser), entities within one line (after NER).

News text puts headlines, datelines, bullet points and page furniture ("Synopsis",
"Advertisement", bylines) on their own lines without final punctuation; the parser
would run them into the next sentence and the entity recognizer across the break.
``dateline_lines_v1`` marks the first token after a line break as a sentence start,
which the dependency parser then respects; so does the first token after the
article's dateline (``doc._.dateline``), which would otherwise become the subject of
the story's first sentence. ``dateline_line_ents_v1`` cuts every
entity at a line break and drops an entity that is a whole line by itself (a
section header or a byline is page furniture, not a mention).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["line_starts", "line_entities", "is_line_break"]


def is_line_break(text: str) -> bool:
    """text (str): a token's text. RETURNS (bool): whether it holds a line break."""
    return "\n" in text or "\r" in text


@Language.component("dateline_lines_v1", assigns=["token.is_sent_start"])
def line_starts(doc: Doc) -> Doc:
    """doc (Doc): a tokenized doc. RETURNS (Doc): the doc, a sentence starting after each line break."""
    after_break = False
    start, end = (doc._.dateline or (0, 0)) if Doc.has_extension("dateline") else (0, 0)
    if end > start:
        _start_after_dateline(doc, start, end)
    for tok in doc:
        if tok.is_space and is_line_break(tok.text):
            after_break = True
            continue
        if after_break:
            tok.is_sent_start = True
            after_break = False
    return doc


def _start_after_dateline(doc: Doc, start: int, end: int) -> None:
    """Make the dateline ("NAIROBI, Feb 20 (Wire) —") its own sentence: the story starts after it."""
    for tok in doc:
        if tok.idx < start:
            continue
        if tok.idx == start and tok.i > 0:
            tok.is_sent_start = True
        if tok.idx >= end and not tok.is_space:
            tok.is_sent_start = True
            return


#: Entity labels that are not mentions when they stand alone on a line (headers, bylines).
_FURNITURE_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"})


@Language.component("dateline_line_ents_v1", requires=["doc.ents"], assigns=["doc.ents"])
def line_entities(doc: Doc) -> Doc:
    """doc (Doc): a doc with entities. RETURNS (Doc): entities cut at line breaks, whole-line names dropped."""
    text = doc.text
    if "\n" not in text and "\r" not in text:
        return doc
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        kept = _within_line(doc, ent)
        if kept is None or (kept.label_ in _FURNITURE_LABELS and _whole_line(text, kept)):
            changed = True
            continue
        changed = changed or kept.start != ent.start or kept.end != ent.end
        ents.append(kept)
    if changed:
        doc.ents = ents
    return doc


def _within_line(doc: Doc, ent: Span) -> Span | None:
    """The part of an entity before its first line break, without edge spaces; None when empty."""
    start, end = ent.start, ent.end
    while start < end and doc[start].is_space:
        start += 1
    for i in range(start, end):
        if doc[i].is_space:
            end = i
            break
        if is_line_break(doc[i].whitespace_):
            end = i + 1
            break
    if start >= end:
        return None
    if start == ent.start and end == ent.end:
        return ent
    return Span(doc, start, end, label=ent.label)


def _whole_line(text: str, span: Span) -> bool:
    """Whether nothing but the span (and punctuation) stands on its line."""
    line_start = max(text.rfind("\n", 0, span.start_char), text.rfind("\r", 0, span.start_char)) + 1
    ends = [i for i in (text.find("\n", span.end_char), text.find("\r", span.end_char)) if i >= 0]
    line_end = min(ends) if ends else len(text)
    rest = text[line_start : span.start_char] + text[span.end_char : line_end]
    return not any(ch.isalnum() for ch in rest)
