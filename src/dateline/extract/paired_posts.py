"""Appointees paired with their posts in one list: "naming Jorge Salas as economy minister and Ana Torres as defence
minister", where the parser hung the second name on the first post ("minister ... and Ana Torres") and left it
unlabelled.

:func:`appointments.paired_appointee` finds such a name; :func:`repair_paired_posts` hangs it on the first
appointee, so each name is the verb's object with its own "as" post.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .appointments import paired_appointee, stray_post

__all__ = ["repair_paired_posts"]


def repair_paired_posts(doc: Doc) -> None:
    """Re-hang, in place, each second appointee of a paired list (:func:`paired_appointee`) on the first appointee as
    its conjunct (``conj``), with the "and" before it and its own post (:func:`appointments.stray_post`).

    doc (Doc): a parsed doc. RETURNS (None)."""
    pairs = [(tok, first, stray_post(tok)) for tok in doc if (first := paired_appointee(tok)) is not None]
    for tok, first, stray in pairs:  # (all read off the parse as it came: a third name's pair runs through the second)
        if stray is not None:
            stray.head = tok  # "..., Torres as defence minister and Vera [as foreign minister]", hung on Torres
        for c in [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]:
            c.head = first
        tok.head, tok.dep_ = first, "conj"
