"""A resolved actor mention and the subject roles the actor finder reads off the parse.

:data:`ANONYMOUS` stands for an unnamed person, :class:`Named` is a mention's token span and
actor, :data:`SUBJECT_DEPS` are the subject labels and :func:`conj_subject` finds a conjunct of a subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..model import ActorRef


#: Stands for an unnamed person ("a senior official") in ``doc._.actor_tokens``.
ANONYMOUS = ActorRef("", "person")

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass
class Named:
    """A resolved mention.

    start (int): the mention's first token.
    end (int): the token after its last.
    ref (ActorRef): the actor it names.
    """

    start: int
    end: int
    ref: ActorRef


def named_people(named: list[Named]) -> list[ActorRef]:
    """named (list): resolved named mentions. RETURNS (list[ActorRef]): the people among them."""
    return [n.ref for n in named if n.ref.kind == "person"]


def conj_subject(tok: Token) -> bool:
    """A conjunct of a subject, at any depth of the list ("X, Y and Z": the parser may hang Z on Y), or of a name in
    apposition to a subject ("Prime Minister X and President Y have confirmed": Y hung on X, X on "Minister"), or the
    first of two nouns the parser hung as a modifier on the second ("Portugal's [infrastructure minister]nmod and rail
    union leaders met")."""
    if tok.dep_ == "nmod" and tok.head.dep_ in SUBJECT_DEPS and tok.head.i > tok.i \
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return True
    for _ in range(6):
        if tok.dep_ != "conj":
            return False
        tok = tok.head
        if tok.dep_ in SUBJECT_DEPS or tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS and tok.head.pos_ == "PROPN":
            return True
    return False
