"""Acronyms defined in parentheses after the name they abbreviate ("the Security Consultative Meeting (SCM)").

:func:`acronyms` maps each such acronym to the token span of its name; the actor finder
uses it so that a named meeting's acronym is no actor and an organization's is that organization.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

__all__ = ["acronyms"]

_NAME_LINKS = frozenset({"for", "of", "on"})  # lower-case words inside a listed name that its acronym skips


def acronyms(doc: Doc) -> dict[str, tuple[int, int]]:
    """Acronyms defined in parentheses after the name they abbreviate.

    doc (Doc): a tokenized doc ("the Security Consultative Meeting (SCM)").
    RETURNS (dict[str, tuple[int, int]]): acronym -> token span (start, end) of the
        name, when the acronym's letters are the initials of the words before "(", or when an all-capital acronym
        follows an organization's name right away (initials in another language).
    """
    found: dict[str, tuple[int, int]] = {}
    paren = doc.vocab.strings["("]
    for i in numpy.flatnonzero(doc.to_array(ORTH) == paren):
        tok = doc[int(i)]
        if tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        short = doc[tok.i + 1].text
        letters = [c for c in short.split("-")[0] if c.isalpha()]
        if not 2 <= len(letters) <= 8 or not short[:1].isupper() or sum(c.isupper() for c in letters) < 2:
            continue
        start = _expansion_start(doc, tok.i, "".join(letters).upper())
        if start is None and short.isupper():
            start = _listed_expansion_start(doc, tok.i, "".join(letters).upper())
        if start is None and short.isupper() and tok.i > 0 and doc[tok.i - 1].ent_type_ == "ORG" and doc[tok.i - 1].ent_iob_ != "O":
            # "the Bolivian Workers' Center (COB)": initials of the name in its own language, right after the name
            start = next(e.start for e in doc.ents if e.start <= tok.i - 1 < e.end)
        if start is not None:
            found.setdefault(short, (start, tok.i))
    return found


def _expansion_start(doc: Doc, paren: int, letters: str) -> int | None:
    """First token of the name before ``doc[paren]`` whose capitalized words (or all words) give ``letters``."""
    words: list[Token] = []
    i = paren - 1
    while i >= 0 and len(words) < len(letters) + 4 and paren - i <= 14:
        tok = doc[i]
        if tok.is_space or tok.text in (",", ";", ":", "(", ")", ".") or tok.is_sent_end and tok.i != paren - 1:
            break
        if tok.text.isalpha():
            words.append(tok)
            caps = [w for w in reversed(words) if w.text[:1].isupper()]
            if "".join(w.text[0] for w in caps).upper() == letters and tok.text[:1].isupper():
                return tok.i
            if "".join(w.text[0] for w in reversed(words)).upper() == letters:
                return tok.i
        i -= 1
    return None


def _listed_expansion_start(doc: Doc, paren: int, letters: str) -> int | None:
    """First token of a name that lists its members with commas and "and" before ``doc[paren]`` ("the Kenya Medical
    Practitioners, Pharmacists and Dentists Union (KMPDU)", "the Commission for Conciliation, Mediation and Arbitration
    (CCMA)"): its capitalized words (with the linking "for", "of" between them), back to "the" or the sentence's
    start, begin with the acronym's first letter, end with its last, and hold its letters in order with at most one
    word the acronym skips; None when there is no such name."""
    caps: list[Token] = []
    listed = False
    i = paren - 1
    while i >= 0 and paren - i <= 16:
        tok = doc[i]
        if tok.text == "," or tok.lower_ == "and":
            listed = True
        elif tok.lower_ in _NAME_LINKS and caps:
            pass  # "the Commission for Conciliation, Mediation and Arbitration (CCMA)": a word the acronym skips
        elif tok.lower_ == "the":
            break  # (a capital "The" after a dateline, "Johannesburg, Aug 5 (Wire) - The Commission ...", is no word
            # of the name)
        elif tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start or tok.is_alpha and tok.is_sent_start \
                and tok.lower_ != "the":
            caps.append(tok)
        else:
            break
        if tok.is_sent_start:
            break
        i -= 1
    caps.reverse()
    initials = "".join(w.text[0].upper() for w in caps)
    if not listed or len(caps) < len(letters) or len(caps) - len(letters) > 1 or not initials \
            or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return None
    it = iter(initials)
    return caps[0].i if all(c in it for c in letters) else None
