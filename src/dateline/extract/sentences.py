"""Sentence starts at line breaks, set before the parser runs.

News text puts headlines, datelines and bullet points on their own lines without
final punctuation; the parser would run them into the next sentence. The
``dateline_lines_v1`` component marks the first token after a line break as a
sentence start, which the dependency parser then respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["line_starts"]


@Language.component("dateline_lines_v1", assigns=["token.is_sent_start"])
def line_starts(doc: Doc) -> Doc:
    """doc (Doc): a tokenized doc. RETURNS (Doc): the doc, a sentence starting after each line break."""
    after_break = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            after_break = True
            continue
        if after_break:
            tok.is_sent_start = True
            after_break = False
    return doc
