"""A body a wire's lede tells by its kind and the next sentence names: "A Kenyan civic movement said on Thursday it
will march on parliament ... Haki Sasa, a coalition of youth groups, has called on supporters ...", "A Philippine
transport group will stage a three-day strike ... The Alliance of Jeepney Drivers, which claims 60,000 members, said
...". The lede's indefinite noun stands for the body named next, so its strike or march is that body's.

:func:`lede_bodies` maps the lede noun's tokens (in ``doc._.actor_tokens``) to the named body.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS, SUBJECT_DEPS
from .nlp import load_data
from .places import resolve_country

__all__ = ["body_nouns", "lede_bodies"]


@cache
def body_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``lede_body_nouns`` of ``titles.json`` ("group", "movement", "coalition")."""
    return frozenset(load_data("titles.json")["lede_body_nouns"])


@cache
def _state_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``lede_body_blocks`` of ``titles.json``: words of a state organ's name ("ministry",
    "police"), which a lede's civic body never is."""
    return frozenset(load_data("titles.json")["lede_body_blocks"])


def _lede_noun(sent: Span, tokens: dict[int, ActorRef]) -> Token | None:
    """sent (Span): a sentence. RETURNS (Token | None): its subject when that is an indefinite body noun no actor was
    found for ("A Kenyan civic movement said", "A Philippine transport group will stage"), else None."""
    for tok in sent:
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ == "NOUN" and tok.lower_ in body_nouns() \
                and tokens.get(tok.i) in (None, ANONYMOUS) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return tok
    return None


def _described_body(tok: Token, ref: ActorRef) -> bool:
    """tok (Token): a name's head token. ref (ActorRef): its actor. RETURNS (bool): an apposition set off by a comma
    describes it as a body ("Haki Sasa, a coalition of youth and consumer groups,"), whatever kind the recognizer
    gave the name."""
    return any(c.dep_ == "appos" and c.lower_ in body_nouns() and c.i > tok.i and tok.doc[c.left_edge.i - 1].text == ","
               for c in tok.children)


def _named_body(sent: Span, tokens: dict[int, ActorRef]) -> ActorRef | None:
    """sent (Span): the sentence after the lede. RETURNS (ActorRef | None): the body it names as its subject: an
    organization or group actor ("The Alliance of Jeepney Drivers, which claims ... said"), a name described by a body
    noun in apposition ("Haki Sasa, a coalition of ...", an organization whatever the recognizer called it), or
    capitalized words before a body noun ("The Fix Our Cedi movement said": "Fix Our Cedi"); else None."""
    doc = sent.doc
    for tok in sent:
        if tok.dep_ not in SUBJECT_DEPS:
            continue
        for t in tok.subtree:
            ref = tokens.get(t.i)
            if ref is None or ref is ANONYMOUS:
                continue
            if ref.kind in ("org", "group") and not set(ref.name.lower().split()) & _state_words():
                return ref  # (not "The Interior Ministry denied it": a state organ answering the body, no name of it)
            if t.i == tok.i and _described_body(tok, ref):
                return ActorRef(ref.name, "org", None, ref.country, ref.start, ref.end)
        if tok.pos_ == "NOUN" and tok.lower_ in body_nouns() and tok.left_edge.lower_ == "the":
            span = doc[tok.left_edge.i + 1 : tok.i]  # ("[The] [Pump Price Now] movement", the article hung anywhere)
            if len(span) >= 1 and all(w.text[:1].isupper() or w.is_stop for w in span) and span[0].text[:1].isupper() \
                    and not any(tokens.get(w.i) not in (None, ANONYMOUS) for w in span):
                return ActorRef(span.text, "org", None, None, span.start_char, span.end_char)
        return None
    return None


def lede_bodies(doc: Doc, tokens: dict[int, ActorRef]) -> None:
    """doc (Doc): a parsed doc. tokens (dict[int, ActorRef]): the actor finder's token map, updated in place: the
    tokens of the first two sentences' indefinite body-noun subject ("A Ghanaian pressure group said it will hold a
    demonstration") map to the body the following sentence names as its subject, with the lede's nationality as its
    country when it has none."""
    if not doc.has_annotation("DEP"):
        return  # (a blank pipeline: no parse, no subjects to read)
    sents = list(islice(doc.sents, 3))
    for k, sent in enumerate(sents[:2]):
        noun = _lede_noun(sent, tokens)
        if noun is None or k + 1 >= len(sents):
            continue
        body = _named_body(sents[k + 1], tokens)
        if body is None:
            continue
        nation = next((c.text for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"), None)
        country = body.country or (resolve_country(nation) if nation else None)
        for t in noun.subtree:
            if t.i <= noun.i and t.dep_ != "prep":
                tokens[t.i] = replace(body, country=country, start=noun.left_edge.idx, end=noun.idx + len(noun))
        return
