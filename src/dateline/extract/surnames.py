"""Names that open with an English function word ("To Lam"), made one token before the tagger and parser.

The small English model reads "To" in "Xi welcomed To Lam" as a preposition, which breaks
the parse of the whole sentence (the guest becomes a prepositional object, the visit
nobody's). ``dateline_surnames_v1`` runs first in the pipeline: where a listed word
(``function_word_surnames`` in ``names.json``) is capitalized in the middle of a sentence
of body text and followed by a capitalized word that is no stop word and no known place,
the pair is a name, and every occurrence of that pair in the article is merged into one
token. The text and all character offsets are unchanged.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .nlp import load_data
from .places import resolve_place

__all__ = ["merge_surname_names"]


@cache
def _pattern() -> re.Pattern[str]:
    """The listed words, capitalized, after a lower-case word or a comma and before a capitalized word."""
    words = "|".join(re.escape(w) for w in load_data("names.json")["function_word_surnames"]["words"])
    return re.compile(rf"(?<=[a-z,;] )(?:{words}) ([A-Z][a-z]+)\b")


def _names(text: str) -> set[str]:
    """text (str): an article. RETURNS (set[str]): the "To Lam" pairs it writes as names in body sentences."""
    found: set[str] = set()
    for m in _pattern().finditer(text):
        line_end = text.find("\n", m.end())
        line = text[m.start() : line_end if line_end >= 0 else len(text)].rstrip()
        if not line.endswith((".", '"', "\u201d", "'")):
            continue  # a headline in Title Case ("Xi To Visit Hanoi")
        after = m.group(1)
        if after.lower() in STOP_WORDS or resolve_place(after) is not None:
            continue
        found.add(m.group(0))
    return found


@Language.component("dateline_surnames_v1", assigns=["token.orth"])
def merge_surname_names(doc: Doc) -> Doc:
    """doc (Doc): a tokenized doc. RETURNS (Doc): the doc, each such name one token."""
    text = doc.text
    words = load_data("names.json")["function_word_surnames"]["words"]
    if not any(f" {w} " in text for w in words):
        return doc
    names = _names(text)
    if not names:
        return doc
    spans = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) > 1:
                spans.append(span)
    with doc.retokenize() as retokenizer:
        for span in sorted(spans, key=lambda s: s.start):
            retokenizer.merge(span)
    return doc
