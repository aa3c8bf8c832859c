"""Titles given by an appointment: "Yui Hamada was elected prime minister by Japan's parliament".

:func:`appointment` reads the title phrase and the appointing body off a passive
appointment verb (``appointment_verbs`` in ``titles.json``) whose subject is a name;
:func:`appointed_names` finds such names the recognizer left unlabelled.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from .nlp import load_data

__all__ = ["appointment", "appointed_names"]


@cache
def _verbs() -> frozenset[str]:
    return frozenset(load_data("titles.json")["appointment_verbs"])


@cache
def _heads() -> frozenset[str]:
    return frozenset(load_data("titles.json")["heads"])


def appointment(name: Token) -> tuple[Span, Span | None] | None:
    """The title a name is given by the verb it is the passive subject of.

    name (Token): the head token of a name.
    RETURNS (tuple[Span, Span | None] | None): the title phrase ("prime minister", "Japan's prime minister") and the
        appointing body's phrase ("Japan's parliament"), or None when the name is no such subject or the verb gives
        no title word (``heads`` in ``titles.json``).
    """
    verb = name.head
    if name.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _verbs():
        return None
    doc = name.doc
    phrases = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    phrases += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    title = next((p for p in phrases if any(t.lower_ in _heads() for t in p.subtree)), None)
    if title is None:
        return None
    body = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    span = doc[title.left_edge.i : title.right_edge.i + 1]
    return span, doc[body.left_edge.i : body.right_edge.i + 1] if body is not None else None


def appointed_names(doc: Doc) -> list[Span]:
    """Capitalized proper-noun names the recognizer left unlabelled that an appointment verb gives a title
    ("[Yui Hamada] was elected prime minister").

    doc (Doc): a parsed doc with entities. RETURNS (list[Span]): PERSON spans, text order.
    """
    found: list[Span] = []
    for tok in doc:
        if tok.dep_ != "nsubjpass" or tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or appointment(tok) is None:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        words = doc[start : tok.i + 1]
        if all(t.is_alpha and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON", "ORG") for t in words):
            found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found
