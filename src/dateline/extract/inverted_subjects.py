"""Objects the parser read as subjects after their verb: "X addressed the opening session and on Wednesday met Kenyan
President Y in the capital", where Y was hung on "met" as its subject (and X left the subject of "addressed" alone).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .nlp import load_data
from .triggers import _lex

__all__ = ["repair_inverted_subjects"]


def repair_inverted_subjects(doc: Doc) -> None:
    """Re-read, in place, the subject (``nsubj``) written after a trigger verb (``verbs`` of ``triggers.json``, no
    reporting verb: "..., said Y" keeps its subject) that is joined by "and" (``conj``) to a verb with a subject of
    its own before it, when the verb has no object: the word is its object (``dobj``), the verb sharing the first
    verb's subject.

    doc (Doc): a parsed doc. RETURNS (None)."""
    verbs = _lex().verbs
    reporting = frozenset(load_data("triggers.json")["reporting_verbs"])
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs \
                or verb.lemma_.lower() in reporting or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        late = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if len(late) != 1 or not any(c.dep_ == "nsubj" and c.i < verb.head.i for c in verb.head.children) \
                or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        late[0].dep_ = "dobj"
