"""Whose a strike is and how far along it is: "The nurses' strike began on Monday", "The teachers' union said the strike
would start on May 12", "The strike entered its third day on Wednesday".

An event noun of an ``owner_crowds`` family (``data/families.json``) with no doer in its clause is done by the crowd
word that owns it: its possessor ("the nurses' strike": the nurses; "the union's walkout": the union), or the speaker of
a speech verb that tells a clause whose subject is the definite noun, when that speaker is an ``organiser_tellers`` word
("the union said the strike would start": the union). As the subject of a ``phase_verbs`` verb with an ordinal day as its
object ("entered its third day on Wednesday") the event is going on, dated from its first day.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from spacy.tokens import Token

from ..model import UNKNOWN_DATE, ActorRef, DateValue
from .context import _Ctx
from .arguments import _actors_in
from .crowds import _owning_teller, crowd_ref, crowd_words, labour_teller, members
from .nlp import load_data
from .tellers import _teller
from .triggers import _lex

__all__ = ["effect_told", "organiser", "owner_crowd", "phase", "phase_reading"]


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, int], dict[str, int]]:
    """RETURNS: ``owner_crowds``, ``organiser_tellers``, ``phase_verbs``, ``phase_units`` and ``phase_ordinals`` of
    ``families.json``."""
    data = load_data("families.json")
    return (frozenset(data["owner_crowds"]), frozenset(data["organiser_tellers"]), frozenset(data["phase_verbs"]),
            dict(data["phase_units"]), dict(data["phase_ordinals"]))


def owner_crowd(tok: Token, action: str, ctx: _Ctx) -> ActorRef | None:
    """The crowd that owns an event noun whose clause names no doer.

    tok (Token): the trigger. action (str): its family. ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): a ``group`` actor named by a possessor that is a crowd word of the family ("the nurses'
        strike": nurses, or the named body of workers that tells the clause; "its strike" told by a body: the body; "the teachers' union's strike": teachers'
        union), else by an ``organiser_tellers`` speaker of
        the clause the definite noun is the subject of ("the union said the strike would start"); None otherwise.
    """
    owners, organisers, _, _, _ = _data()  # (a bare modifier that is a crowd word names the owner too: "the opposition
    # protest", "a union strike"; not a count, "a thousands-strong protest")
    if action not in owners or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = crowd_words(action)
    if (owner := _owning_teller(tok, action, ctx)) is not None:
        return owner  # "The Ghana Federation of Teachers said that its nationwide strike would take place next
        # Thursday": the federation's
    for poss in tok.children:
        if poss.dep_ == "poss" and poss.pos_ in ("NOUN", "PROPN") and poss.lower_ in words:
            return labour_teller(poss, action, ctx) or crowd_ref(poss, ctx)  # ("The nurses' strike has been
            # postponed, the National Association of Nurses said": the association's, as its call told)
    for mod in tok.children:
        if mod.dep_ == "compound" and mod.pos_ == "NOUN" and mod.i < tok.i and mod.lower_ in words \
                and mod.lower_ not in _counting_words():
            return crowd_ref(mod, ctx)  # "The opposition protest planned for Wednesday", "a union strike"
    if tok.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    verb = tok.head
    teller = _teller(verb) or next((g for c in verb.children if c.dep_ == "parataxis" and c.lemma_.lower() in _lex().reporting
                                    for g in c.children if g.dep_ == "nsubj"), None)  # "..., the union said"
    if teller is None or teller.lower_ not in organisers:
        return None
    return crowd_ref(teller, ctx)


@cache
def _counting_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``counting_crowd_words`` of ``families.json`` ("thousands", "people"): crowd words
    that count or name no one as a modifier of an event noun."""
    return frozenset(load_data("families.json")["counting_crowd_words"])


@cache
def _effect_verbs() -> dict[str, frozenset[str]]:
    """RETURNS: the ``effect_verbs`` of ``families.json``, by family."""
    return {k: frozenset(v) for k, v in load_data("families.json")["effect_verbs"].items()}


def effect_told(tok: Token, action: str) -> bool:
    """tok (Token): an event noun. action (str): its family.
    RETURNS (bool): whether the noun is the subject of an ``effect_verbs`` verb of its family ("A general strike ...
        shut down trains", "the walkout halted production"), which tells that it took place."""
    verbs = _effect_verbs().get(action, frozenset())
    return bool(verbs) and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs


def organiser(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): an event noun of an ``owner_crowds`` family.
    RETURNS (ActorRef | None): the ``by`` phrase of the noun or the ``by`` agent of a participle on it ("a strike by
        nurses", "a general strike called by the CGT union federation": the nurses, the CGT), an organization or a crowd
        word of the family, for a noun that is its clause's subject; None when there is none, it names a person (found
        by the usual actor rules) or the noun is what its clause acts on ("declared illegal a strike called by X")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "a court declared illegal a strike called by the COB for Wednesday": what the clause acts on
    bys = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]  # "a strike by nurses"
    bys += [a for acl in tok.children if acl.dep_ == "acl" and acl.tag_ == "VBN" for a in acl.children if a.dep_ == "agent"]
    for g in (g for agent in bys for g in agent.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")):
        where = {t.idx for p in g.children if p.dep_ == "prep" and p.lower_ != "of" for t in p.subtree}
        crowd = g.lower_ in crowd_words("protest")
        named = [a for a in _actors_in(g, ctx) if a.kind != "person" and a.start not in where
                 and not (crowd and a.kind == "country" and a.start < g.idx)]  # (not "dockworkers at [Malta]'s
        # Marsaxlokk Freeport": where they work; not "a strike by [Nigerian] doctors": the doctors, Nigeria's)
        if named:
            return named[0]  # "called by the CGT union federation": the CGT
        if crowd:
            return crowd_ref(members(g, crowd_words("protest")), ctx)  # ("a walkout by tens of thousands of civil
            # servants": the servants the numbers count)
    return None


def phase(tok: Token) -> tuple[int, int] | None:
    """tok (Token): an event noun.
    RETURNS (tuple[int, int] | None): (the ordinal, the unit's length in days) when the noun is the subject of a
        ``phase_verbs`` verb whose object is an ordinal unit ("The strike entered its third day": (3, 1)), else None."""
    _, _, verbs, units, ordinals = _data()
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in verbs:
        return None
    for obj in tok.head.children:
        if obj.dep_ == "dobj" and obj.lower_ in units:
            n = next((ordinals[c.lower_] for c in obj.children if c.dep_ == "amod" and c.lower_ in ordinals), None)
            if n is not None:
                return n, units[obj.lower_]
    return None


def phase_reading(when: DateValue, n: int, unit: int) -> DateValue:
    """when (DateValue): the day the clause tells ("on Wednesday"). n (int): the ordinal. unit (int): its days.
    RETURNS (DateValue): the event's first day when the unit is a day and the told day is known ("its third day on
    2026-05-06": 2026-05-04), with a note of the told day; else unknown, with that note."""
    if when.value is None:
        return UNKNOWN_DATE
    note = f"day {n} on {when.value}" if unit == 1 else f"unit {n} of {unit} days on {when.value}"
    if unit != 1 or when.precision != "day":
        return DateValue(None, "unknown", when.text, note=note)
    first = date.fromisoformat(when.value) - timedelta(days=n - 1)
    return DateValue(first.isoformat(), "day", when.text, note=note)
