"""A bill told by its kind and named in another sentence: "Ghana's Parliament will vote next Tuesday on a bill raising
the royalties ... the Minerals and Mining (Amendment) Bill had cleared the committee stage". When the article names one
law (a capitalized name ending in a ``law_name_heads`` word of ``names.json``: "Bill", "Act"), a vote on "a bill" or a
signing of "the bill" is of that law, so a question that names it finds the vote.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..model import Event
from .context import _Ctx
from .nlp import load_data
from .person_entities import law_name_heads

__all__ = ["law_names", "named_laws"]

#: Words a name's run may hold between its capitalized words ("Minerals and Mining (Amendment) Bill").
_INNER = frozenset({"and", "of", "on", "for", "the", "(", ")", "-", "&"})


def law_names(doc: Doc) -> list[str]:
    """doc (Doc): a parsed doc. RETURNS (list[str]): the names of laws the text writes out, in text order: a
    ``law_name_heads`` word after a capitalized word or ")" and before no capitalized word, with the capitalized words
    (and inner "and", "of", brackets) before it, at least two words in all, "the" left out ("Bill Clinton" is none)."""
    heads = law_name_heads()
    out: list[str] = []
    for tok in doc:
        if tok.text not in heads or tok.i == 0 or tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start
                             or doc[start - 1].lower_ in _INNER and doc[start - 1].lower_ != "the"):
            start -= 1
        while start < tok.i and doc[start].lower_ in _INNER:
            start += 1
        if tok.i - start >= 1 and doc[start].text[:1].isupper():
            out.append(doc[start : tok.i + 1].text)
    return out


def named_laws(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, each
    vote or signing whose thing is a bare kind of law ("bill", "law", "measure", ``bare_law_words`` of ``names.json``) or
    a signing with no thing whose verb's object is such a word ("is due to sign the bill into law") given the one law
    the article names (none when it names none or several)."""
    if not any(ev.action in ("vote", "sign") for ev in events):
        return events
    names = list(dict.fromkeys(law_names(ctx.doc)))
    if len(names) != 1:
        return events
    bare = frozenset(load_data("names.json")["law_name_heads"]["bare_words"])
    out: list[Event] = []
    for ev in events:
        if ev.action in ("vote", "sign"):
            what = (ev.what or "").lower().split()
            span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end)
            signed = ev.action == "sign" and not what and span is not None and any(
                c.dep_ == "dobj" and c.lower_ in bare for c in span.root.children)
            if what and what[-1] in bare or signed:
                ev = replace(ev, what=names[0])
        out.append(ev)
    return out
