"""Reason and circumstance phrases: "cancelled her trip because of a parliamentary session in Tokyo", "citing a vote
of confidence called for Monday", "amid protests in the capital". What such a phrase names is another thing than the
event it explains: its day is not the event's day (:mod:`dates`), its place not the event's place (:mod:`venues`), and
an event noun inside it, with no doer of its own, is no act of the sentence's actor (:mod:`events`). The words are
``data/reasons.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .nlp import load_data


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("reasons.json")
    return frozenset(data["reason_words"]), frozenset(data["reason_participles"])


@lru_cache(maxsize=1)
def _change_causes() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("reasons.json")
    return frozenset(data["change_cause_preps"]), frozenset(data["change_cause_verbs"])


def opens_reason(node: Token, causes: bool = False) -> bool:
    """node (Token): a word. RETURNS (bool): it opens a reason phrase: "because (of)", "due to", "amid" as a
    preposition, conjunction or modifier, a participle "citing"/"blaming" hung on a clause, or (``causes``: for the
    place and day of an event, not for an event noun inside, which may be told done) "after"/"following" on a verb
    that puts a plan off ("delayed after flight disruptions")."""
    words, participles = _words()
    if node.lower_ in words and node.dep_ in ("prep", "mark", "amod", "advmod"):
        return True
    preps, changes = _change_causes()
    changed = node.head if node.dep_ == "prep" else node.head.head if node.dep_ == "mark" else None
    if causes and node.lower_ in preps and changed is not None and changed.lemma_.lower() in changes:
        return True  # "had been delayed by a day after flight disruptions in West Africa": what caused the change
    return node.tag_ == "VBG" and node.dep_ in ("advcl", "xcomp", "conj") and node.lemma_.lower() in participles


def in_reason(word: Token, outside: Token) -> bool:
    """word (Token): a word near an event's trigger (a time, a place). outside (Token): the trigger.
    RETURNS (bool): ``word`` lies inside a reason phrase that does not hold the trigger: a reason word on the way from
    ``word`` up to the trigger or to the first word above the trigger ("met X amid protests in Budapest")."""
    stop = {outside.i} | {t.i for t in outside.ancestors}
    node = word
    while node.head.i != node.i and node.i not in stop:
        if opens_reason(node, causes=True) or node.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and opens_reason(c, causes=True) for c in node.children):
            return True  # (a clause opened by "because": "because X must remain in the country later in the week")
        node = node.head
    return False


def reason_noun(tok: Token) -> bool:
    """tok (Token): an event noun ("session", "vote", "strike"). RETURNS (bool): it is named inside a reason phrase
    and has no named doer of its own there ("because of a parliamentary session in Tokyo", "citing a vote of
    confidence", "because of a strike by public-sector workers"), so the sentence's actor does not do it, nor is its
    fate the sentence's (the workers' strike is not called off with the visit); "due to a strike by the Kenya Union of
    Teachers" keeps its own doer."""
    by = [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
          if g.dep_ == "pobj"]
    if any(c.dep_ == "poss" and c.ent_type_ != "DATE" for c in tok.children) \
            or any(g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") for g in by):
        return False  # (a day's possessive, "citing next month's election", names no doer)
    node = tok
    while node.head.i != node.i:
        if opens_reason(node):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "acl", "pcomp"):
            return False  # the clause the noun belongs to is no reason phrase
        node = node.head
    return False


def repair_participle_conjuncts(doc: Doc) -> None:
    """Re-read, in place, a past-tense verb that the parser conjoined to a participle phrase ("Montenegro cancelled his
    stop in Sao Paulo, citing a vote of confidence, and flew back to Lisbon on Friday night": "flew" hung on "citing"):
    it is a second verb of the participle's own head, so it takes neither the participle's reading as a reason nor the
    head's change of a plan ("cancelled") through the participle.

    So is a past-tense verb the parser conjoined to an infinitive ("agreed to restore ... and signed a memorandum": no
    infinitive is past): a second verb of the infinitive's past head.

    doc (Doc): a parsed doc. RETURNS (None): such a verb's head is the participle's (infinitive's) head (``conj``).
    """
    for tok in doc:
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.pos_ != "VERB":
            continue
        part = tok.head
        if part.tag_ == "VBG" and part.dep_ == "advcl" and part.head.pos_ in ("VERB", "AUX") and part.head.i < part.i:
            tok.head = part.head
        elif part.tag_ == "VB" and part.dep_ in ("xcomp", "advcl") and part.head.pos_ == "VERB" and part.head.tag_ == "VBD" \
                and part.head.i < part.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in part.children):
            tok.head = part.head  # "agreed to restore opening hours from April 1 and signed a memorandum", "travelled to
            # Astana last week to prepare the visit and held talks": signed, held, done
