"""Acronym names the tagger read as adverbs: "Tanzania's opposition ADP has postponed its national congress", where
"ADP" (a tag's own name) was tagged an adverb on the verb and "opposition" left the subject.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["repair_acronym_subjects"]


def repair_acronym_subjects(doc: Doc) -> None:
    """Re-read, in place, an all-capital word of two to six letters, no entity of another kind, that the parser hung on
    a verb as an adverb (``advmod``) right after that verb's subject noun.

    doc (Doc): a parsed doc. RETURNS (None): the word is a proper noun (``NNP``), the verb's subject (``nsubj``); the
    noun before it is its modifier (``compound``), with the noun's own modifiers ("Tanzania's") moved onto the name.
    """
    for tok in doc:
        if tok.dep_ != "advmod" or tok.ent_type_ not in ("", "ORG") or tok.i == 0 \
                or not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6):
            continue
        noun = doc[tok.i - 1]
        verb = tok.head
        if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
            continue
        tok.head, tok.dep_ = verb, "nsubj"
        for c in list(noun.children):
            c.head = tok  # ("[Tanzania's] opposition ADP": the party's country)
        noun.head, noun.dep_ = tok, "compound"
        tok.pos_, tok.tag_ = "PROPN", "NNP"
