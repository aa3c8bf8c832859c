"""Main verbs the parser read as participles: "The president named Luis Paredes as finance minister on Friday", "the
government named X to replace him", where "named" was hung on the noun before it as in "a man named X".

:func:`repair_appointing_participles` reads such an appointment verb (``appointment_verbs`` of ``titles.json``) back as the
verb of its clause when what follows it is an appointment's: a person named, then a post after "as" or an infinitive of
taking a post ("to replace him", ``role_verbs`` of ``families.json``). "a man named X" (no post) stays a name.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from .nlp import load_data

__all__ = ["repair_appointing_participles"]


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: the ``appointment_verbs`` of ``titles.json`` (plus "nominate") and the ``role_verbs`` of
    ``families.json``."""
    return (frozenset(load_data("titles.json")["appointment_verbs"]) | {"nominate"},
            frozenset(load_data("families.json")["role_verbs"]))


def _definite(noun: Token) -> bool:
    """noun (Token): a common noun. RETURNS (bool): it is told as one known party ("the president", "Portugal's
    president", "the government")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss" for c in noun.children)


def _infinitive(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): it is written with "to" ("to replace him")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def repair_appointing_participles(doc: Doc) -> None:
    """Re-read, in place, each appointment verb tagged a past participle (``VBN``) hung as a clause (``acl``) on the
    definite noun right before it, which is the sentence's root or a subject, when a person it names follows with a post
    after "as" or a ``role_verbs`` infinitive.

    doc (Doc): a parsed doc. RETURNS (None): the verb (``VBD``) governs the noun as its subject (``nsubj``) and the
    person as its object (``dobj``); it takes the noun's place in the tree (root, or the verb the noun was the subject
    of now hangs on it as its infinitive, ``xcomp``).
    """
    verbs, roles = _verbs()
    for i in numpy.flatnonzero(doc.to_array(TAG) == doc.vocab.strings.add("VBN")):  # (the participles, off the array)
        tok = doc[int(i)]
        noun = tok.head
        if tok.dep_ != "acl" or tok.lemma_.lower() not in verbs or noun.i != tok.i - 1 or noun.pos_ != "NOUN" \
                or noun.dep_ not in ("ROOT", "nsubj") or not _definite(noun):
            continue
        person = next((c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.ent_type_ == "PERSON"), None)
        if person is None:
            continue
        after = [c for c in noun.children if c.i > person.i]  # ("as finance minister on Friday", hung on the noun)
        post = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children)
                   for c in (*tok.children, *person.children, *after))
        verb = noun.head if noun.dep_ == "nsubj" else None
        role = verb is not None and verb.i > tok.i and verb.lemma_.lower() in roles and verb.dep_ == "ROOT" \
            and _infinitive(verb)
        if verb is None and (hung := next((c for c in after if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in roles
                                           and _infinitive(c)), None)) is not None:
            verb, role = hung, True  # "the government named X, head of ..., to replace him": the infinitive hung on
            # the noun
            after = [c for c in after if c.i != hung.i]
        if not post and not role:
            continue
        if verb is not None and not role:
            continue  # (a subject of some other verb: "the president named X as envoy said ...", left as parsed)
        tok.head, tok.dep_ = tok, "ROOT"  # (first, so that no word hangs on itself in between)
        noun.head, noun.dep_ = tok, "nsubj"
        for c in after:
            c.head = tok  # the post and the day are the naming's
        if verb is not None:
            for c in [c for c in verb.children if c.i < tok.i and c.dep_ not in ("aux", "nsubj")]:
                c.head = tok  # "Later on Friday, the government named X to replace him": the day is the naming's
            verb.head, verb.dep_ = tok, "xcomp"
        person.dep_ = "dobj"
        tok.tag_ = "VBD"
