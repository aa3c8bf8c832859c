"""Stand-ins: "will not attend Tuesday's inauguration and will send Foreign Minister X in her place", "will not travel
to Lusaka for the funeral and has asked Vice President Y to represent him".

A guest who withdraws from a gathering or a trip and sends someone in their place gives that person the plan: the
same event (its place, day and counterparts), planned, as the stand-in's own. Words in ``stand_ins`` of
``data/triggers.json``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .arguments import substituted
from .codes import event_codes
from .context import _Ctx
from .nlp import load_data
from .trigger_tokens import trigger_token

__all__ = ["replaced_principals", "stand_ins", "told_stand_ins"]


@cache
def _words() -> dict[str, Any]:
    words: dict[str, Any] = load_data("triggers.json")["stand_ins"]
    return words


def _stand_in(verb: Token, principal: str, ctx: _Ctx) -> ActorRef | None:
    """verb (Token): a ``verbs`` word. principal (str): the withdrawing guest's name.
    RETURNS (ActorRef | None): the person it sends "in her place" or asks "to represent him", not the guest."""
    words = _words()
    sent = next((r for c in verb.children if c.dep_ == "dobj" and (r := ctx.actors.get(c.i)) is not None
                 and r is not ANONYMOUS and r.kind == "person" and r.name != principal), None)
    if sent is None:
        return None
    in_place = any(p.dep_ == "prep" and p.lower_ in ("in", "as") and any(g.lower_ in words["place_nouns"] for g in p.children)
                   for p in verb.children)
    represent = any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in words["represent_verbs"]
                    for c in verb.children)
    return sent if in_place or represent else None


def stand_ins(events: list[Event], ctx: _Ctx) -> list[Event]:
    """The events of the people sent in a withdrawing guest's place.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): new planned events, one per stand-in: a copy of the guest's called-off attendance, visit or
        journey (its place, day and counterparts) with the stand-in as actor, told by the sentence that sends them.
    """
    words = _words()
    out: list[Event] = []
    for ev in events:
        if ev.action not in words["actions"] or ev.status != "cancelled" or ev.actor.kind != "person":
            continue
        span = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in words["verbs"]:
                continue
            sent = _stand_in(tok, ev.actor.name, ctx)
            if sent is not None and not any(o.actor.name == sent.name and o.action == ev.action for o in [*events, *out]):
                out.append(replace(ev, actor=sent, status="planned", refers_to_plan=False,
                                   evidence=replace(ev.evidence, status="planned", trigger_start=tok.idx,
                                                    trigger_end=tok.idx + len(tok))))
    return out


def _in_whose_place(tok: Token) -> bool:
    """tok (Token): an event's trigger. RETURNS (bool): the verb has "in his place" / "in her stead" (a ``place_nouns``
    noun with a possessive pronoun): its subject stands in for someone told before."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "as") and any(
        g.lower_ in _words()["place_nouns"] and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in g.children)
        for g in p.children) for p in [*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)])
    # (the parser may hang the phrase on the object: "will attend [the ceremony in his place]")


def _instead(tok: Token) -> bool:
    """tok (Token): an event's trigger. RETURNS (bool): the verb has "instead" and a definite object ("Vice President
    X will attend the funeral in Nairobi instead"): the one told before stays away, its subject goes in their place."""
    return any(c.dep_ == "advmod" and c.lower_ == "instead" for c in tok.children) and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in tok.children)


def told_stand_ins(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "X has called off his trip to Lusaka for Friday's inauguration ... Deputy President Y will attend the ceremony
    in his place" (or "will attend the ceremony instead"): a planned event told by its own sentence with "in his place" stands in for the last called-off
    event of its family told before by another person: it takes that event's place and day where it has none, and the
    one it replaces is no counterpart of it.

    events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, such stand-ins' plans completed.
    """
    words = _words()
    out: list[Event] = []
    for ev in events:
        span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand") \
            if ev.action in words["actions"] and ev.status in ("planned", "happened") else None  # ("attended the opening
        # ceremony in his place": made on the day the other's plan was for)
        if span is not None and (_in_whose_place(span.root) or _instead(span.root)):
            principal = next((o for o in reversed(out) if o.action in words["actions"] and o.status == "cancelled"
                              and o.actor.kind == "person" and o.actor.name != ev.actor.name
                              and o.evidence.start < ev.evidence.start), None)
            if principal is not None:
                ev = replace(ev, counterparts=tuple(c for c in ev.counterparts if c.name != principal.actor.name),
                             place=ev.place or principal.place,
                             date=ev.date if ev.date.value is not None else principal.date)
        out.append(ev)
    return out


def replaced_principals(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Vice President X attended the prize ceremony in Bogota on Thursday night in place of President Y": the person
    a stand-in replaces did not go: the same attendance or visit of theirs (place and day) is called off, a change of
    their plan (the store joins it to the plan it knows, "Y will attend the ceremony on Thursday").

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, and after each happened attendance or visit whose trigger has a person in a
    ``replaced_phrases`` phrase of ``stand_ins`` ("in place of", "in lieu of"; never "on behalf of", which sends no one
    in anyone's stead: :func:`.arguments.substituted`), that person's call-off of the same event.
    """
    phrases = tuple(_words()["replaced_phrases"])
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if ev.action not in _words()["actions"] or ev.status != "happened" or ev.actor.kind != "person" \
                or not any(p in ev.evidence.sentence for p in phrases) or (tok := trigger_token(ev, ctx)) is None:
            continue
        principal = next((r for i in sorted(substituted(tok, phrases)) if (r := ctx.actors.get(i)) is not None
                          and r is not ANONYMOUS and r.kind == "person" and r.name != ev.actor.name), None)
        if principal is None:
            continue
        codes = event_codes(ev.action, "cancelled")
        out.append(replace(ev, actor=principal, status="cancelled", refers_to_plan=True, cameo=codes.cameo,
                           plover=codes.plover, plover_mode=codes.mode, evidence=replace(ev.evidence, status="cancelled")))
    return out
