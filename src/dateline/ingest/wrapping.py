"""Hard-wrapped plain text: paragraphs broken into lines of a fixed width (e-mail, wire copy, text saved from a
terminal). Dateline starts a sentence at every line break (headlines, datelines and bullets stand on lines of their
own), so a paragraph wrapped at 72 columns would be cut into fragments mid-sentence and names split across two lines.
:func:`unwrap_lines` turns such soft breaks into spaces, one character for one, so every offset into the text stays
the same.
"""

from __future__ import annotations

import re

__all__ = ["unwrap_lines"]

#: Widest line of a text that is taken to be hard-wrapped (wider ones hold whole paragraphs).
MAX_WRAP_WIDTH = 130
#: Narrowest such line.
MIN_WRAP_WIDTH = 40
#: Share of the breaks between two non-blank lines that must look soft for the text to count as wrapped.
MIN_SOFT_SHARE = 0.5

#: Largest share of the soft-looking breaks that may follow the end of a sentence (wrapping cuts sentences anywhere;
#: a text written one sentence per line ends every line so).
MAX_ENDED_SHARE = 0.5
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "\u201d")

_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u2014>]|\d{1,2}[.)])\s")


def _soft(line: str, following: str, width: int) -> bool:
    """line, following (str): two non-blank lines in a row. width (int): the text's widest line.
    RETURNS (bool): the break between them is a wrap: the next line's first word would not have fitted on the line,
    and the next line is no list item."""
    first_word = following.split(maxsplit=1)[0]
    return len(line.rstrip()) + 1 + len(first_word) > width and not _LIST_ITEM.match(following)


def unwrap_lines(text: str) -> str:
    """text (str): a body with ``\\n`` line ends. RETURNS (str): the same text, of the same length, where it is
    hard-wrapped (its widest line is :data:`MIN_WRAP_WIDTH` to :data:`MAX_WRAP_WIDTH` characters, at least two and at
    least :data:`MIN_SOFT_SHARE` of the breaks between non-blank lines are soft, :func:`_soft`, and at most
    :data:`MAX_ENDED_SHARE` of those follow the end of a sentence) with each soft break
    a space; other texts, blank lines and short lines (headlines, bullets, signatures) unchanged."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    width = max(len(line.rstrip()) for line in lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return text
    pairs = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    soft = [i for i in pairs if _soft(lines[i], lines[i + 1], width)]
    if len(soft) < 2 or len(soft) < MIN_SOFT_SHARE * len(pairs):
        return text
    if sum(lines[i].rstrip().endswith(_SENTENCE_ENDS) for i in soft) > MAX_ENDED_SHARE * len(soft):
        return text  # one sentence per line: long lines that happen to be near the same length
    joins = set(soft)
    return "".join(line + (" " if i in joins else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]
