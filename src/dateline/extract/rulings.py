"""A court's ruling on a thing: the court's own event (family ``ruling``).

"The High Court on Tuesday ruled that the strike was unlawful", "Malawi's Constitutional Court annulled the results of
the election", "The Supreme Court struck down the mining law", "The court will deliver its ruling on the petition on
May 20": a court's act that names no defendant (a ruling on a person is that person's verdict, see :mod:`.courts`) is
the court's, and what it rules on is its thing ("strike", "parliamentary election", "mining law", "petition").
Words in ``ruling_words`` of ``data/families.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .nlp import load_data
from .places import resolve_country

__all__ = ["court_ruling", "court_subject"]


@cache
def _data() -> dict[str, Any]:
    words: dict[str, Any] = load_data("families.json")["ruling_words"]
    return words


@cache
def _court_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``court_heads`` of ``ruling_words``."""
    return frozenset(_data()["court_heads"])


def _is_court(ref: ActorRef | None) -> bool:
    """ref (ActorRef | None): an actor. RETURNS (bool): whether it is a court (an organisation named by a
    ``court_heads`` word: "High Court", "Constitutional Tribunal") or a judge (a person whose title has one)."""
    if ref is None or ref is ANONYMOUS:
        return False
    heads = _court_heads()
    if ref.kind == "org":
        return any(w.lower() in heads for w in ref.name.split())
    return ref.kind == "person" and ref.title is not None and any(w.lower() in heads for w in ref.title.split())


def _acting_verb(tok: Token) -> Token:
    """tok (Token): a court trigger. RETURNS (Token): the verb that tells the act (itself, or the verb a ruling noun is
    the object or passive subject of: "will deliver its ruling")."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def court_subject(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a court trigger (a verb, or a ruling noun). ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the court that acts: the verb's subject, its passive agent ("was annulled by the
    court"), or the ruling noun's possessor ("its ruling" for the court it stands for); None when no court is named."""
    verb = _acting_verb(tok)
    words = [c for c in verb.children if c.dep_ == "nsubj"]
    words += [a for w in words for a in w.children if a.dep_ == "appos"]  # "MBABANE, Sept 6 (Wire) - Eswatini's
    # [High Court]": the parser hangs the court on the dateline's city
    words += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    words += [c for c in tok.children if c.dep_ == "poss"] if tok.i != verb.i else []
    for word in words:
        ref = ctx.actors.get(word.i)
        if _is_court(ref):
            return ref
        if word.lower_ in ("it", "its") or word.lower_ in _court_heads() and word.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
            if (earlier := _court_before(word, ctx)) is not None:
                return earlier  # "The Constitutional Court said it would deliver its ruling", "the court will rule"
        if (named := _unlabelled_court(word)) is not None:
            return named
    return None


def _unlabelled_court(word: Token) -> ActorRef | None:
    """word (Token): a subject. RETURNS (ActorRef | None): the court a capitalized court name the recognizer left
    unlabelled names ("Eswatini's [High Court]", "the [Supreme Court]"), or a country's court described by its kind
    (``court_kinds``: "Zambia's top constitutional court"), of the country of its possessor, else None."""
    if word.lower_ not in _court_heads():
        return None
    if word.pos_ == "NOUN" and word.text.islower():
        kinds = [c for c in word.children if c.dep_ in ("amod", "compound") and c.lower_ in _data()["court_kinds"]]
        if not kinds or not any(c.dep_ == "poss" for c in word.children):
            return None  # (a described court is named only by its kind and its country's possessor)
        words = kinds  # "Zambia's top constitutional court": Zambia's Constitutional Court
        name = " ".join(t.text[:1].upper() + t.text[1:] for t in [*words, word])
    elif word.pos_ != "PROPN" or not word.text[:1].isupper() or word.ent_type_:
        return None
    else:
        words = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
        name = " ".join(t.text for t in sorted([*words, word], key=lambda t: t.i))
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    country = None
    if owner is not None:
        country = resolve_country(word.doc[owner.left_edge.i : owner.i + 1].text)
    start = min(t.idx for t in [*words, word])
    return ActorRef(name, "org", None, country, start, word.idx + len(word))


def _court_before(word: Token, ctx: _Ctx) -> ActorRef | None:
    """word (Token): "it", "its" or "the court". RETURNS (ActorRef | None): the last court named before it, in its
    sentence or the two before, else None."""
    sents = [s for s in word.doc.sents if s.end <= word.sent.start][-2:]
    start = sents[0].start if sents else word.sent.start
    return next((ref for i, ref in sorted(ctx.actors.items(), reverse=True) if start <= i < word.i and _is_court(ref)),
                None)


def _thing(noun: Token) -> str:
    """noun (Token): the head of what a court rules on. RETURNS (str): it with its compound and adjective modifiers
    in lower case, without ``dropped_modifiers`` ("the new mining law": "mining law"); the results of a thing are
    that thing ("the results of last September's parliamentary election": "parliamentary election"; "parts of the cyber
    security law": "cyber security law"), and so does a challenge of one (``challenge_nouns``: "a challenge to the
    results of the election", "a petition challenging the law")."""
    data = _data()
    if noun.lower_ in data["challenge_nouns"]:  # "rejected a challenge to the results of the election": the election
        inner = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("to", "against", "of")
                      for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        inner = inner or next((o for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in ("challenge", "contest")
                               for o in a.children if o.dep_ == "dobj" and o.pos_ == "NOUN"), None)  # "a petition
        # challenging the new cyber security law": the law
        if inner is not None:
            noun = inner
    if noun.lower_ in data["result_nouns"]:
        inner = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if inner is not None:
            noun = inner
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i and c.is_alpha
             and c.lower_ not in data["dropped_modifiers"]]
    return " ".join([*words, noun.lower_])


def court_ruling(tok: Token, ctx: _Ctx) -> tuple[ActorRef, str | None] | None:
    """tok (Token): the trigger of a court family that names no defendant. ctx (_Ctx): the doc's index.
    RETURNS (tuple[ActorRef, str | None] | None): the court and what it rules on: the verb's object ("annulled the
    results of the election"), the subject of its "that" clause ("ruled that the strike was unlawful"), or the object
    of "on" ("will rule on the petition", "its ruling on the petition"); None when no court acts."""
    court = court_subject(tok, ctx)
    if court is None:
        return None
    data = _data()
    verb = _acting_verb(tok)
    for c in verb.children if tok.i == verb.i else ():
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"):
            return court, _thing(c)
        if c.dep_ == "ccomp":
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "NOUN"), None)
            if subject is not None:
                return court, _thing(subject)
    for c in [*tok.children, *(verb.children if verb.i != tok.i else ())]:  # "deliver its ruling on the petition"
        if c.dep_ == "prep" and c.lower_ in data["topic_preps"]:
            noun = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i not in ctx.times), None)
            if noun is not None:
                return court, _thing(noun)
    return court, None
