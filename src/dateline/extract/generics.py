"""Generic and habitual mentions of a family's event noun: "past exercises", "such launches", "condemned the drills".

A noun of the families that name a thing (exercise, launch, ...) qualified by a
``generic_modifiers`` word ("as it has to past exercises", "such drills",
"previous launches") tells a kind of event, not one event; an event noun that is
the object of a ``reacting_verbs`` verb ("condemned the drills", "objected to
the manoeuvres", "welcomed the drills") is someone else's event the subject
reacts to, never the subject's own; a gerund in such a verb's ``blame_preps``
phrase is done by the verb's object ("criticised the US for holding drills").
Neither is an event of the clause's subject, unless a
``holding_verbs`` verb holds the noun ("will hold such drills on Monday"). Words
live in ``data/families.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import Event
from .context import _Ctx
from .nlp import load_data
from .trigger_tokens import trigger_token

__all__ = ["generic_mention", "blamed_party", "alleged", "standing_arrangements", "habits"]

#: Dependencies of a word that qualifies a noun ("[past] exercises", "[such] drills", "[every] election").
_QUALIFIER_DEPS = frozenset({"amod", "det", "predet", "advmod", "nmod", "compound"})
#: Parts of speech of a qualifier the parser read as the noun's governor ("to [past] exercises", a preposition).
_MISREAD_POS = frozenset({"ADJ", "ADP", "ADV"})


@dataclass(frozen=True)
class _Words:
    modifiers: frozenset[str]
    reacting: frozenset[str]
    preps: frozenset[str]
    blame: frozenset[str]
    alleging: frozenset[str]
    holding: frozenset[str]
    averting: frozenset[str]
    habitual_determiners: frozenset[str]
    habitual_adverbs: frozenset[str]


@cache
def _words() -> _Words:
    data = load_data("families.json")
    return _Words(
        modifiers=frozenset(data["generic_modifiers"]),
        reacting=frozenset(data["reacting_verbs"]),
        preps=frozenset(data["reacting_preps"]),
        blame=frozenset(data["blame_preps"]),
        alleging=frozenset(data["alleging_verbs"]),
        holding=frozenset(load_data("triggers.json")["holding_verbs"]),
        averting=frozenset(data["averting_verbs"]),
        habitual_determiners=frozenset(data["habitual_words"]["determiners"]),
        habitual_adverbs=frozenset(data["habitual_words"]["adverbs"]),
    )


def _habitual(verb: Token, w: _Words) -> bool:
    """verb (Token): the verb an event noun depends on. RETURNS (bool): it is told as recurring: a time noun with an
    ``every``/``each`` determiner ("held every other year") or a habitual adverb ("held annually")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("npadvmod", "advmod") and (c.lower_ in w.habitual_adverbs or any(
        d.dep_ == "det" and d.lower_ in w.habitual_determiners for d in c.children)) for c in verb.children)


def _averting(verb: Token, w: _Words) -> bool:
    """verb (Token): a verb. RETURNS (bool): it is an ``averting_verbs`` verb, with its particle ("head off", "prevent")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return verb.lemma_.lower() in w.averting or f"{verb.lemma_.lower()} {prt}" in w.averting


def _first_conjunct(tok: Token) -> Token:
    """ "condemned the drills and launches": the first noun of a list, whose governor the others share."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
    return cur


def _held(tok: Token) -> bool:
    """Whether a holding verb holds the noun: its object ("will hold such drills") or its subject ("the routine drills
    begin on Monday")."""
    verb = tok.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _words().holding and tok.dep_ in ("dobj", "nsubj", "nsubjpass")


def generic_mention(tok: Token) -> bool:
    """Whether an event noun tells a kind of event or another's event the subject reacts to, not one event of its own.

    tok (Token): an event noun of a family that names a thing.
    RETURNS (bool): True when the noun is qualified by a ``generic_modifiers`` word ("past exercises", "such launches",
        also read by the parser as the noun's governor: "as it has to [past] exercises") or is the object of an
        ``reacting_verbs`` verb, directly or by a ``reacting_preps`` phrase ("condemned the drills", "objected to
        the manoeuvres"), or a bare plural object of an ``averting_verbs`` verb ("to head off labour protests"), or the
        subject or object of a verb told as recurring ("has been held every other year", ``habitual_words``); False
        when a ``holding_verbs`` verb holds it ("will hold such drills next week").
    """
    w = _words()
    head = _first_conjunct(tok)
    if head.dep_ in ("dobj", "nsubj", "nsubjpass") and _habitual(head.head, w):
        return True  # "The exercise has been held every other year since 2011": a recurring kind, no one event
    if _held(head):
        return False
    if any(c.dep_ in _QUALIFIER_DEPS and c.lower_ in w.modifiers for c in tok.children):
        return True
    gov = head.head
    if head.dep_ in ("dobj", "pobj") and gov.lower_ in w.modifiers and gov.pos_ in _MISREAD_POS:
        return True  # "as it has to past exercises": "past" read as a preposition governing the noun
    if head.dep_ == "dobj" and gov.pos_ == "VERB" and gov.lemma_.lower() in w.reacting:
        return True
    if head.dep_ == "dobj" and head.tag_ == "NNS" and gov.pos_ == "VERB" and _averting(gov, w) \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return True  # "has sought to head off labour protests": protests of no particular day, none called off
    return head.dep_ == "pobj" and gov.lower_ in w.preps and gov.head.pos_ == "VERB" and gov.head.lemma_.lower() in w.reacting


def blamed_party(tok: Token) -> Token | None:
    """The party a reacting verb blames or praises for an act: "criticised [the US] for holding drills", "accused [Pyongyang] of
    firing missiles".

    tok (Token): a trigger verb.
    RETURNS (Token | None): the object of the ``reacting_verbs`` verb whose ``blame_preps`` phrase the trigger's
        gerund is; None otherwise (no object: the trigger's own subject stands).
    """
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ not in _words().blame:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words().reacting:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def alleged(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is, or hangs on, the gerund of an ``alleging_verbs`` verb's
    ``blame_preps`` phrase ("accused China of holding drills"): a claim about the act, not its report."""
    return alleging_verb(tok) is not None


def alleging_verb(tok: Token) -> Token | None:
    """tok (Token): a trigger. RETURNS (Token | None): the ``alleging_verbs`` verb whose ``blame_preps`` gerund the
    trigger is or hangs on ("accused China of holding drills": "accused"); None otherwise."""
    w = _words()
    for k, cur in enumerate([tok, *tok.ancestors]):
        if k > 3:
            break
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in w.blame:
            verb = cur.head.head
            if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON"):
                verb = verb.head  # "accused foreign-funded groups of organising the rallies": "of" hung on the object
            if verb.pos_ == "VERB" and verb.lemma_.lower() in w.alleging:
                return verb
    return None


@cache
def _recurrence_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``recurrence_words`` of ``families.json`` ("annual", "regular")."""
    return frozenset(load_data("families.json")["recurrence_words"])


def standing_arrangements(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events
    without the planned ones, undated or dated before the article, whose trigger noun has a ``recurrence_words``
    modifier ("agreed to hold annual consultations"): a standing arrangement, no one meeting to come."""
    words = _recurrence_words()

    def standing(ev: Event) -> bool:
        span = ev.date.interval()
        if ev.status != "planned" or ev.date.value is not None and (
                span is None or ctx.anchor is None or span[1] >= ctx.anchor):
            return False  # (a planned one dated before the article has the day of the clause it hangs on: "visited
            # Colombo in October, when the two sides agreed to hold annual consultations")
        tok = trigger_token(ev, ctx)
        return tok is not None and tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in words for c in tok.children)

    return [ev for ev in events if not standing(ev)]


#: Dependencies of a verb's phrases that may tell how often its act recurs ("met [annually]", "held talks [every year]").
_FREQUENCY_DEPS = frozenset({"advmod", "npadvmod", "prep", "tmod"})


def habits(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events without
    the undated ones whose verb (the trigger, or the verb that governs a trigger noun) has a phrase with a recurring time
    (a TimeML ``SET``: "have held the meetings almost every year since 1983", "have met annually"): a habit, no one
    event."""

    def habit(ev: Event) -> bool:
        if ev.date.value is not None:
            return False
        tok = trigger_token(ev, ctx)
        if tok is None:
            return False
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        return verb is not None and any(
            (x := ctx.times.get(t.i)) is not None and x.type == "SET"
            for c in verb.children if c.dep_ in _FREQUENCY_DEPS for t in c.subtree)

    return [ev for ev in events if not habit(ev)]
