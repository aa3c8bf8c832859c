"""Verbs the tagger read as prepositions: "About 12,000 workers will down tools from Monday, June 8, the union said".

After a modal, "down" followed by "tools" is often tagged a preposition hanging on the reporting verb, its modal left
with the subject. :func:`repair_preposition_verbs` reads the word back as the verb of its clause
(``preposition_read_verbs`` in ``data/triggers.json``), so that the crowd's strike is found like "downed tools".

:func:`repair_dated_modal_verbs` does the same for an event verb written after a day phrase that stands between it and
its modal ("President X will on Friday commission the new power plant", "commission" read as the noun of "on
Friday").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import numpy
from spacy.attrs import LOWER, TAG
from spacy.tokens import Doc

from .nlp import load_data
from .triggers import _lex

__all__ = ["repair_preposition_verbs", "repair_dated_modal_verbs", "repair_dated_past_verbs"]


@cache
def _words() -> dict[str, frozenset[str]]:
    """RETURNS (dict[str, frozenset[str]]): ``preposition_read_verbs`` of ``triggers.json``: word -> its objects."""
    return {w: frozenset(objs) for w, objs in load_data("triggers.json")["preposition_read_verbs"].items()}


def repair_preposition_verbs(doc: Doc) -> None:
    """Re-read, in place, each ``preposition_read_verbs`` word the tagger did not make a verb that stands right after a
    modal or the infinitive "to" and right before one of its objects ("will down tools").

    doc (Doc): a parsed doc. RETURNS (None): the word is a base-form verb (``VB``, its own lemma) governing the modal
    (``aux``) and the object (``dobj``); a subject that hung on the modal hangs on it; a word that hung on the modal
    hangs on it too; when the word was a preposition of another verb it is now that verb's clause (``ccomp``).
    """
    words = _words()
    ids = numpy.array([doc.vocab.strings.add(w) for w in words], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids)):  # (the few such words, read off the array)
        tok = doc[int(i)]
        objects = words.get(tok.lower_)
        if objects is None or tok.pos_ == "VERB" or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        modal, obj = doc[tok.i - 1], doc[tok.i + 1]
        if obj.lower_ not in objects or not (modal.tag_ == "MD" or modal.lower_ == "to"):
            continue
        for c in [c for c in modal.children if c.i != tok.i]:
            c.head = tok  # "workers will": the subject of the modal's verb
        if tok.head.i == modal.i:
            tok.head = modal.head if modal.head.i not in (modal.i, tok.i) else tok
        if tok.dep_ == "prep":
            tok.dep_ = "ccomp"  # "..., the union said": the clause said
        if tok.head.i == tok.i:
            tok.dep_ = "ROOT"
        modal.head, modal.dep_ = tok, "aux"
        obj.head, obj.dep_ = tok, "dobj"
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VB", tok.lower_


def repair_dated_modal_verbs(doc: Doc) -> None:
    """Re-read, in place, an event verb the parser made the noun of a day phrase right after a modal ("will on Friday
    commission the plant": "commission" the object of "on", with "Friday" its modifier, and the plant the modal's
    object): a trigger verb's lemma (``verbs`` of ``triggers.json``) as the object of "on" or "next" phrase of a modal
    that has a direct object of its own after it.

    doc (Doc): a parsed doc. RETURNS (None): the word is a base-form verb governing the modal (``aux``), the modal's
    subject and object, and the day phrase, which holds the day word alone; it takes the modal's place in the tree.
    """
    verbs = _lex().verbs
    for i in numpy.flatnonzero(doc.to_array(TAG) == doc.vocab.strings.add("MD")):  # (the modals, read off the array)
        modal = doc[int(i)]
        host = modal  # the word the parser hung the clause on: the modal ("will [on Friday commission] the plant"), or
        # the object noun itself with the modal as its auxiliary ("will on Friday commission the new [terminal]")
        obj = next((c for c in modal.children if c.dep_ == "dobj" and c.i > modal.i), None)
        if obj is None and modal.dep_ == "aux" and modal.head.pos_ == "NOUN" and modal.head.i > modal.i:
            host = obj = modal.head
        prep = doc[modal.i + 1] if modal.i + 1 < len(doc) else None
        if obj is None or prep is None or prep.lower_ != "on" or prep.head.i != host.i:
            continue
        word = next((c for c in prep.children if c.dep_ == "pobj" and c.i < obj.i), None)
        if word is None or word.pos_ != "NOUN" or word.lower_ not in verbs or word.i != word.head.i + 2 \
                or doc[word.i - 1].dep_ != "compound" or doc[word.i - 1].head.i != word.i:
            continue
        day = doc[word.i - 1]  # "on [Friday] commission"
        word.head = host.head if host.head.i != host.i else word
        word.dep_ = host.dep_
        movers = [c for c in host.children if c.i != word.i and (host is modal or c.dep_ in ("nsubj", "aux", "punct"))]
        for c in movers:
            c.head = word
        modal.head, modal.dep_ = word, "aux"
        prep.head = word
        day.head, day.dep_ = prep, "pobj"
        if host is not modal:
            obj.head, obj.dep_ = word, "dobj"
        word.pos_, word.tag_, word.lemma_ = "VERB", "VB", word.lower_


def _past_verb_lemma(word: str, verbs: Mapping[str, object]) -> str | None:
    """word (str): a lower-case word ending in "ed" ("relaxed", "eased"). verbs (Mapping): trigger verbs by lemma.
    RETURNS (str | None): the trigger verb it is the past of, else None."""
    if not word.endswith("ed"):
        return None
    return next((w for w in (word[:-1], word[:-2], word[:-3]) if w in verbs), None)  # "eased", "relaxed", "banned"


def repair_dated_past_verbs(doc: Doc) -> None:
    """Re-read, in place, a past trigger verb the parser made an adjective after a day phrase ("The U.S. Treasury
    Department on Thursday relaxed sanctions on Venezuela": "relaxed" read as a modifier of "sanctions", both objects of
    "on", and the sentence left with a noun for its root): a word ending in "ed" whose stem is a trigger verb (``verbs``
    of ``triggers.json``), modifying (``amod``) the second object of an "on" phrase whose first object is a day, the
    phrase hung on a noun that is its sentence's root.

    doc (Doc): a parsed doc. RETURNS (None): the word is a past verb (``VBD``), the sentence's root; the noun is its
    subject, the day phrase its own (the day alone), the object noun its object.
    """
    verbs = _lex().verbs
    for word in doc:
        if word.dep_ != "amod" or word.tag_ not in ("JJ", "VBN", "VBD") \
                or (lemma := _past_verb_lemma(word.lower_, verbs)) is None:
            continue
        obj = word.head
        prep = obj.head
        root = prep.head
        if obj.dep_ != "pobj" or prep.lower_ != "on" or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") \
                or word.i != prep.i + 2:
            continue  # ("on [Thursday] [relaxed] sanctions")
        day = doc[prep.i + 1]
        if day.head.i != prep.i or day.ent_type_ != "DATE" or day.i != word.i - 1:
            continue
        word.head, word.dep_ = word, "ROOT"  # (first, so that no word hangs on itself in between)
        root.head, root.dep_ = word, "nsubj"
        prep.head = word
        obj.head, obj.dep_ = word, "dobj"
        for c in [c for c in root.children if c.i > word.i]:
            c.head = word  # (the sentence's end: its full stop)
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBD", lemma
