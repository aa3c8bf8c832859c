"""Events: trigger words -> who does what, with whom, where, when, and whether it happened.

The ``dateline.events.v1`` component finds triggers by an array lookup (verb
lemmas and event nouns from ``data/triggers.json``), reads participants,
place and date off the dependency parse, the status from :mod:`.status` and the
codes from :mod:`.codes`, and sets ``doc._.events`` (a list of :class:`Event`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field, replace
import re
from datetime import date, timedelta
from functools import cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..model import UNKNOWN_DATE, ActorRef, DateValue, Event, Evidence, PlaceRef, TimeExpr
from .actors import ANONYMOUS
from .codes import event_codes
from .nlp import load_data
from .places import place_in, resolve_country
from .plans import forward_reading, overtaken_plan, past_reading
from .status import ahead_frame, event_status, head_chain
from .time import normalize

__all__ = ["EventFinder", "find_events", "is_report", "time_to_date"]

_LOC_PREPS = frozenset({"in", "at", "to", "inside", "within", "into", "near", "outside"})
_PLACE_OBJECT_ACTIONS = frozenset({"visit", "travel", "arrive", "depart", "attend"})
_SKIP_TIME_PREPS = frozenset({"since", "until", "till", "by"})
#: Prepositions that give a postponed event its new date.
_NEW_DATE_PREPS = frozenset({"until", "till", "to", "for"})
_NO_DESCEND = frozenset({"relcl", "ccomp", "parataxis", "csubj"})
_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
#: Actions at a distance: "spoke by phone ... about the war in Sudan" names no venue.
_PLACELESS = frozenset({"call"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OTHER_TIME_MARKS = frozenset({"before", "until", "till", "ahead"})
_FRAME_PREPS = frozenset({"upon", "after", "before", "during", "following", "since", "ahead", "until", "on"})


@dataclass(frozen=True)
class _Lex:
    verbs: dict[str, dict[str, Any]]
    nouns: dict[str, dict[str, Any]]
    light: frozenset[str]
    frames: frozenset[str]
    subject_predicates: frozenset[str]
    needs_cue: frozenset[str]
    participant_verbs: frozenset[str]
    participant_preps: frozenset[str]
    reporting: frozenset[str]
    occurrence: frozenset[str]
    occurrence_acomp: frozenset[str]
    means: frozenset[str]
    same_day: tuple[str, ...]
    topics: frozenset[str]
    non_partners: frozenset[str]
    non_actors: frozenset[str]
    other_moment: frozenset[str]
    comitative: tuple[str, ...]
    arrival: frozenset[str]
    trip_nouns: frozenset[str]
    start_words: frozenset[str]
    negated: frozenset[str]


@cache
def _lex() -> _Lex:
    data = load_data("triggers.json")
    return _Lex(
        verbs=data["verbs"],
        nouns=data["nouns"],
        light=frozenset(data["light_verbs"]),
        frames=frozenset(data["frame_nouns"]),
        subject_predicates=frozenset(data["subject_predicates"]),
        needs_cue=frozenset(data["subject_predicate_needs_cue"]),
        participant_verbs=frozenset(data["participant_verbs"]),
        participant_preps=frozenset(data["participant_preps"]),
        reporting=frozenset(data["reporting_verbs"]),
        occurrence=frozenset(data["occurrence_predicates"]),
        occurrence_acomp=frozenset(data["occurrence_acomp"]),
        means=frozenset(w for e in data["verbs"].values() for w in e.get("manner", ())),
        same_day=tuple(data["same_day_phrases"]),
        topics=frozenset(data["topic_predicates"]),
        non_partners=frozenset(data["non_partner_objects"]),
        non_actors=frozenset(data["non_actor_subjects"]),
        other_moment=frozenset(data["other_moment_preps"]),
        comitative=tuple(data["comitative_phrases"]),
        arrival=frozenset(data["arrival_verbs"]),
        trip_nouns=frozenset(data["trip_nouns"]),
        start_words=frozenset(data["start_words"]),
        negated=frozenset(data["negated_subject_words"]),
    )


class EventFinder:
    """The ``dateline.events.v1`` component.

    nlp (Language): the pipeline, whose vocab the trigger matcher uses.
    """

    def __init__(self, nlp: Language) -> None:
        lex = _lex()
        self.verb_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.verbs], dtype="uint64")
        self.noun_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.nouns], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a parsed doc with times, places and actors. RETURNS (Doc): with ``doc._.events``."""
        doc._.events = find_events(doc, self.triggers(doc))
        return doc

    def triggers(self, doc: Doc) -> list[tuple[str, Token]]:
        """Trigger words by one array lookup: verbs by lemma, event nouns by lower-case form.

        doc (Doc): a tagged doc. RETURNS (list[tuple[str, Token]]): ("VERB" or "NOUN", token), text order.
        """
        if not len(doc):
            return []
        arr = doc.to_array([LEMMA, LOWER, POS])
        verbs = numpy.isin(arr[:, 0], self.verb_ids) & (arr[:, 2] == VERB)
        nouns = numpy.isin(arr[:, 1], self.noun_ids) & ((arr[:, 2] == NOUN) | (arr[:, 2] == PROPN))
        return [("VERB" if verbs[i] else "NOUN", doc[int(i)]) for i in numpy.flatnonzero(verbs | nouns)]


def time_to_date(t: TimeExpr) -> DateValue:
    """t (TimeExpr): a time expression. RETURNS (DateValue): the event date it gives."""
    note = t.note
    if not t.anchored and not note:
        note = "unanchored: article has no publication date"
    return DateValue(t.value, t.precision, t.text, t.end_value, note)


@dataclass
class _Ctx:
    doc: Doc
    times: dict[int, TimeExpr]
    places: dict[int, PlaceRef]
    actors: dict[int, ActorRef]
    partners: dict[int, ActorRef]
    anchor: date | None
    article_id: str
    dateline_end: int
    trigger_ids: set[int]
    overtaken: set[int] = field(default_factory=set)


def _context(doc: Doc, triggers: list[tuple[str, Token]]) -> _Ctx:
    times: dict[int, TimeExpr] = {}
    for t in doc._.times or ():
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                times.setdefault(tok.i, t)
    places: dict[int, PlaceRef] = {}
    for span, ref in doc._.place_spans or ():
        for tok in span:
            places[tok.i] = ref
    dateline = doc._.dateline
    actors = dict(doc._.actor_tokens or {})
    ids = {t.i for _, t in triggers}
    partners = doc._.actor_partners or {}
    return _Ctx(doc, times, places, actors, partners, doc._.anchor, doc._.article_id or "", dateline[1] if dateline else 0, ids)


def find_events(doc: Doc, triggers: list[tuple[str, Token]]) -> list[Event]:
    """Build events from trigger tokens.

    doc (Doc): parsed doc with ``doc._.times``, ``place_spans`` and ``actor_tokens``.
    triggers (list[tuple[str, Token]]): ("VERB" or "NOUN", token) from the matcher.
    RETURNS (list[Event]): one event per licensed trigger with an actor, text order.
    """
    ctx = _context(doc, triggers)
    events: list[Event] = []
    overtaken: list[Event] = []
    seen: set[int] = set()
    reportable: dict[int, bool] = {}
    for kind, tok in sorted(triggers, key=lambda item: item[1].i):
        if tok.i in seen:
            continue
        sent = tok.sent
        if sent.start not in reportable:
            reportable[sent.start] = is_report(sent)
        if not reportable[sent.start]:
            continue
        entry = _license(kind, tok, ctx)
        if entry is None:
            continue
        seen.add(tok.i)
        event = _build(tok, entry["action"], ctx)
        if event is not None and tok.i in ctx.overtaken:
            overtaken.append(replace(event, refers_to_plan=True))
        elif event is not None:
            events.append(event)
    events = _same_day(events + _overtaken(overtaken, events), ctx)
    events.extend(_occurrences(ctx))
    events.extend(_duration_trips(events, ctx))
    return _apply_trip_frames(events, ctx)


def is_report(sent: Span) -> bool:
    """Whether a sentence reports something: not a question, and a clause with a finite verb.

    sent (Span): a sentence. A headline or a quoted question ("Will X visit the DMZ?")
        and a verbless fragment (a bullet "- Visit to the DMZ.", a caption) state no event;
        a headline infinitive or participle ("Macron to visit China", "Talks postponed") does.
    RETURNS (bool): True when events may be read from it.
    """
    text = sent.text.rstrip().rstrip("\"'”’)")
    if text.endswith("?"):
        return False
    for tok in sent:
        tag = tok.tag_
        if tag in _FINITE_TAGS:
            return True
        if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
            if tag == "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                return True
    return False


def _license(kind: str, tok: Token, ctx: _Ctx) -> dict[str, Any] | None:
    """The trigger entry when this word states an event here, else None."""
    lex = _lex()
    if ctx.actors.get(tok.i) not in (None, ANONYMOUS) and tok.ent_type_ == "PERSON":
        return None
    if kind == "VERB":
        entry = lex.verbs.get(tok.lemma_.lower())
        if entry is None:
            return None
        deps = {c.dep_: c for c in tok.children}
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if prts & set(entry.get("particles_block", ())):
            return None
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        if any(o.lower_ in lex.non_partners for o in objects):
            return None  # "met fans outside the stadium", "met reporters": no meeting of officials
        if (misparsed := _misparsed_object(tok)) is not None:
            objects.append(misparsed)
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.get("preps", ())]
        if entry.get("person_object") and not any(
            ctx.actors.get(o.i) or any(ctx.actors.get(t.i) for t in o.subtree) for o in objects + preps
        ):
            return None
        if entry.get("nominal_object") and not any(o.pos_ in ("NOUN", "PROPN") for o in objects):
            return None
        if "object_words" in entry and not any(o.lower_ in entry["object_words"] for o in objects):
            return None  # "take part in": "take" alone is no event
        means = _manner(tok, entry["manner"]) if "manner" in entry else []
        if entry.get("object") and not (objects or preps or means or "ccomp" in deps):
            return None
        if entry.get("place_object") and not any(ctx.places.get(o.i) for o in objects):
            return None
        if "oprd" in deps:
            return None
        if means:
            return {**entry, "action": entry["manner_action"]}
        if entry.get("manner_required"):
            return None
        return entry
    entry = lex.nouns.get(tok.lower_)
    if entry is None:
        return None
    need = entry.get("needs_compound")
    if need and not any(c.lower_ in need for c in tok.children if c.dep_ in ("compound", "amod")):
        return None
    return entry if _noun_licensed(tok, ctx) else None


def _manner(verb: Token, words: Collection[str]) -> list[Token]:
    """The means words of a verb ("spoke by telephone", "talked over a video link"), [] when none."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "over", "via", "on", "in"):
            found += [g for g in child.children if g.lower_ in words or any(c.lower_ in words for c in g.children if c.dep_ == "compound")]
        if child.dep_ in ("npadvmod", "advmod") and child.lower_ in words:
            found.append(child)
    return found


def _misparsed_object(tok: Token) -> Token | None:
    """The object of a past-tense verb the parser took for a modifier: "Ruto hosted [amod] Chancellor Merz"."""
    if tok.dep_ != "amod" or tok.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    cur = tok.head
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _on_a_visit(tok: Token, ctx: _Ctx) -> bool:
    """ "X is in Paris on a three-day visit", "arrived in Hanoi on an official trip": the visit is stated."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep" or _lex().nouns[tok.lower_]["action"] != "visit":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in ("be", "arrive", "land", "travel", "go", "come", "stay"):
        return False
    where = [g for head in (verb, tok) for c in head.children if c.dep_ == "prep" and c.lower_ in _LOC_PREPS for g in c.children]
    return any(ctx.places.get(t.i) for g in where for t in g.subtree)  # a place, not just "on an African tour"


def _governor(tok: Token) -> tuple[Token | None, str]:
    """The verb a noun trigger depends on, walking through prepositions and frame nouns."""
    lex = _lex()
    cur = tok
    rel = tok.dep_
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return None, rel
        if head.pos_ in ("VERB", "AUX"):
            return head, cur.dep_ if cur.i == tok.i else rel
        if cur.dep_ in ("pobj", "prep", "compound", "dobj", "appos", "conj") or head.lower_ in lex.frames:
            rel = cur.dep_ if cur.i == tok.i else rel
            cur = head
            continue
        return None, rel
    return None, rel


def _noun_licensed(tok: Token, ctx: _Ctx) -> bool:
    lex = _lex()
    if _on_a_visit(tok, ctx) or ahead_frame(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in _FRAME_PREPS:
        return False  # "during his trip", "upon his arrival": a frame, not a statement
    gov, rel = _governor(tok)
    if gov is not None and gov.i in ctx.trigger_ids and _license("VERB", gov, ctx) is not None:
        return False  # "attend the summit": the verb states it
    if any(c.dep_ in ("acl", "relcl") and _cue_word(c) for c in tok.children):
        return True
    if _scheduled_for(tok, ctx):
        return True
    if gov is None:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and _topic_predicate(gov):
        return False  # "the summit is expected to focus on trade": what it is about, not that it takes place
    lemma = gov.lemma_.lower()
    if lemma in lex.light:
        return True
    if _cue_word(gov) and rel in ("dobj", "nsubjpass", "pobj"):
        return True
    if rel == "nsubj" and gov.lemma_.lower() in _subject_cues():
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and gov.i == tok.head.i and lemma in lex.subject_predicates:
        if lemma in lex.needs_cue:
            return _has_planning_cue(gov)
        return True
    return False


def _scheduled_for(tok: Token, ctx: _Ctx) -> bool:
    """ "the yearly Security Consultative Meeting (SCM) with Ahn, set for November 4": a dated plan participle in the noun's phrase."""
    for t in tok.subtree:
        if t.dep_ != "acl" or t.i <= tok.i or t.tag_ != "VBN" or not _cue_word(t):
            continue
        cur = t.head
        while cur.i != tok.i and not (cur.lower_ in _lex().nouns and cur.pos_ in ("NOUN", "PROPN")) and cur.head.i != cur.i:
            cur = cur.head
        if cur.i != tok.i:
            continue  # the participle of a nearer event noun: "the dialogue known as the SCM, scheduled for"
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "in"):
                if any((x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
                       and x.value not in _REF_VALUES for g in prep.subtree):
                    return True
    return False


def _topic_predicate(gov: Token) -> bool:
    """ "will focus on", "is expected to address", "was dominated by": a predicate about an event's topics."""
    topics = _lex().topics
    return gov.lemma_.lower() in topics or any(c.dep_ == "xcomp" and c.lemma_.lower() in topics for c in gov.children)


@cache
def _group_nouns() -> frozenset[str]:
    """Plural role nouns that stand for two people ("the two ministers"), from ``titles.json``."""
    return frozenset(load_data("titles.json")["group_nouns"])


@cache
def _cue_lemmas() -> frozenset[str]:
    data = load_data("status_cues.json")
    words: set[str] = set()
    for key in ("planned", "postponed", "cancelled", "denied", "reject", "uncertain"):
        words.update(data[f"{key}_verbs"])
    words.update(data["planned_adjectives"])
    return frozenset(words)


@cache
def _subject_cues() -> frozenset[str]:
    """Verbs whose active subject is the event itself ("the talks collapsed", "the visit was delayed")."""
    data = load_data("status_cues.json")
    return frozenset(data["postponed_verbs"] + data["cancelled_verbs"])


def _cue_word(tok: Token) -> bool:
    return tok.lemma_.lower() in _cue_lemmas() or tok.lower_ in _cue_lemmas()


def _has_planning_cue(verb: Token) -> bool:
    nouns = set(load_data("status_cues.json")["planned_nouns"])
    for child in verb.children:
        if child.dep_ == "prep" and any(g.lower_ in nouns for g in child.children):
            return True
        if child.dep_ in ("acomp", "attr") and _cue_word(child):
            return True
    return False


def _build(tok: Token, action: str, ctx: _Ctx) -> Event | None:
    chain = [tok] if ahead_frame(tok) else head_chain(tok)  # "met X on Monday ahead of her trip": Monday is not the trip's
    when = _date(tok, chain, ctx)
    result = event_status(tok, when, ctx.anchor)
    former = result.status in ("planned", "happened", "uncertain") and overtaken_plan(result.cue, tok)
    if former:
        ctx.overtaken.add(tok.i)  # "had been due to meet X on Tuesday": the coming Tuesday, whose plan the news overtook
        when = forward_reading(when, ctx.anchor)
    elif result.status == "happened":  # "met X on Friday": the last Friday, never after the article
        when, after = past_reading(when, ctx.anchor)
        if after:
            result = replace(result, status="uncertain")
    actor, counterparts = _participants(tok, chain, ctx, result.refers_to_plan)
    if actor is None:
        return None
    where, where_chain = (tok.head.head, head_chain(tok.head.head)) if _on_a_visit(tok, ctx) else (tok, chain)
    place = None if action in _PLACELESS else _place(where, where_chain, action, ctx)
    if action == "host" and tok.pos_ == "VERB" and not any(c.kind in ("person", "country") for c in counterparts) \
            and not any(c.dep_ == "dobj" and c.lower_ in _lex().nouns for c in tok.children):
        return None  # "Real will host Bayern": a club hosting a match, no host of officials
    if place is not None:  # "cancelled a trip to South Africa": the place, not also a counterpart
        counterparts = [c for c in counterparts if c.kind == "person" or c.name != place.name]
    codes = event_codes(action, result.status, result.rejected)
    sent = tok.sent
    text = sent.text
    evidence = Evidence(ctx.article_id, ctx.anchor, text, sent.start_char, sent.end_char, result.status, tok.idx, tok.idx + len(tok))
    return Event(action, actor, tuple(counterparts), place, when, result.status, codes.cameo, codes.plover, codes.mode,
                 evidence, result.refers_to_plan)


def _overtaken(plans: list[Event], events: list[Event]) -> list[Event]:
    """Overtaken plans ("had been due to meet") with the status of their actor's plan change in the article, else none."""
    out: list[Event] = []
    for plan in plans:
        change = next((e for e in events if e.refers_to_plan and e.actor.name == plan.actor.name
                       and e.status in ("postponed", "cancelled")), None)
        if change is None or change.action == plan.action:
            continue  # no change told, or the change itself: "cancelled a meeting ... The meeting had been scheduled for"
        codes = event_codes(plan.action, change.status)
        evidence = replace(plan.evidence, status=change.status)
        out.append(replace(plan, status=change.status, cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode, evidence=evidence))
    return out


# ---------------------------------------------------------------- participants


def _actors_in(tok: Token, ctx: _Ctx, nationals: bool = True) -> list[ActorRef]:
    """Actors named in a phrase, in text order, without unnamed officials or the dateline.

    nationals (bool): "Vietnamese officials" stands for Vietnam (as a subject or object, not after "for talks with").
    """
    found: list[ActorRef] = []
    names: set[str] = set()
    head_ref = ctx.actors.get(tok.i)
    for t in tok.subtree:
        if t.idx < ctx.dateline_end:
            continue
        if t.dep_ in ("relcl", "acl") and t.i != tok.i:
            break
        ref = ctx.actors.get(t.i)
        if ref is None or ref is ANONYMOUS or ref.name in names:
            continue
        if ref.kind == "country" and t.dep_ == "pobj" and t.head.lower_ in _LOC_PREPS:
            continue
        if t.head.ent_type_ == "DATE" and t.dep_ == "appos":
            continue  # the agency of a dateline: "Seoul, Oct 28 (NationPress)"
        if ref.kind != "person" and t.i < tok.i and head_ref is not None and head_ref.kind == "person":
            continue  # the title of the phrase's person: "[US] Secretary of [State] Marco Rubio"
        if ref.kind == "org" and t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.ent_type_ != "ORG":
            continue  # a name modifying a common noun: "[Amazon] rainforest protection"
        names.add(ref.name)
        found.append(ref)
        partner = ctx.partners.get(t.i)
        if partner is not None and partner.name not in names:  # "the two ministers": both people of the pair
            names.add(partner.name)
            found.append(replace(partner, start=ref.start, end=ref.end))
    if not found and tok.pos_ in ("NOUN",) and nationals:
        for child in tok.subtree:
            if child.dep_ not in ("amod", "compound", "poss") or child.ent_type_ not in ("NORP", "GPE"):
                continue
            if (country := resolve_country(child.text)) is not None:
                found.append(ActorRef(country, "country", None, country, child.idx, child.idx + len(child)))
                break
    people = [r for r in found if r.kind == "person"]
    return people + [r for r in found if r.kind != "person"]


def _actors_in_phrase(noun: Token, skip: Token, ctx: _Ctx) -> list[ActorRef]:
    """Actors in the name phrase of ``noun`` (its compounds and modifiers), not in ``skip``'s subtree."""
    inside = {t.i for t in skip.subtree}
    found: list[ActorRef] = []
    for t in noun.subtree:
        if t.i in inside or t.i > noun.i:
            continue
        ref = ctx.actors.get(t.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person" and ref not in found:
            found.append(ref)
    return found


def _subject_of(chain: list[Token]) -> list[Token]:
    for tok in chain:
        subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "conj" and not subs:
            continue
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if c.dep_ == "pobj"]
        if any(c.dep_ == "nsubjpass" for c in subs) and agents and tok.i == chain[0].i:
            return agents
        if subs:
            return subs
    return []


def _participants(
    tok: Token, chain: list[Token], ctx: _Ctx, changes_plan: bool = False
) -> tuple[ActorRef | None, list[ActorRef]]:
    lex = _lex()
    subjects: list[ActorRef] = []
    others: list[ActorRef] = []
    named_other = False
    if tok.pos_ in ("NOUN", "PROPN"):
        for child in tok.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "of")):
                subjects += [a for a in _actors_in(child, ctx) if child.lower_ != "of" or a.kind == "person"]
        gov, rel = _governor(tok)
        if not subjects and gov is not None and rel in ("dobj", "pobj", "compound", "conj"):
            for sub in _subject_of(head_chain(gov)):
                if ctx.actors.get(sub.i) is ANONYMOUS and sub.lower_ in _group_nouns():
                    return None, []
                subjects += _actors_in(sub, ctx)
    else:
        for sub in _subject_of(chain):
            if ctx.actors.get(sub.i) is ANONYMOUS and sub.lower_ in _group_nouns():
                return None, []  # "the two sides met": no pair to stand for, no actor rather than a wrong one
            if sub.lower_ in lex.negated or any(c.dep_ == "det" and c.lower_ in lex.negated for c in sub.children):
                return None, []  # "No defence chiefs have toured the JSA": nobody did, no actor
            if sub.lower_ in lex.non_actors:
                named_other = True  # "his team will visit": the team, not its coach
                continue
            found = _actors_in(sub, ctx)
            if not found and sub.idx >= ctx.dateline_end and (sub.tag_ in ("NNP", "NNPS") or sub.ent_type_ in ("ORG", "NORP", "PERSON")):
                named_other = True  # "Real will host Bayern": a named non-actor, not the last person named
            subjects += found
        if named_other and not subjects:
            return None, []
        if chain[0].dep_ == "relcl" and not subjects:
            subjects += _actors_in(chain[0].head, ctx)
        if not subjects and chain[0].dep_ in ("advcl", "xcomp") and len(chain) == 1:
            subjects += [a for sub in _subject_of(head_chain(chain[0].head)) for a in _actors_in(sub, ctx)]
    for sub_tok in _subject_tokens(chain):
        for acl in sub_tok.children:
            if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in lex.participant_verbs:
                others += [a for g in acl.children if g.dep_ in ("agent", "dobj") for a in _actors_in(g, ctx)]
    misparsed = _misparsed_object(tok)
    if misparsed is not None:
        others += _actors_in_phrase(misparsed, tok, ctx)
    scope = [tok]
    if tok.pos_ == "VERB":
        scope += _manner(tok, lex.means)
        scope += _purpose_nouns(tok)
    if tok.pos_ in ("NOUN", "PROPN") and not ahead_frame(tok):
        gov, _ = _governor(tok)
        if gov is not None:
            scope.append(gov)
    for head in scope:
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and head.pos_ == "VERB":
                if not ctx.places.get(child.i):
                    others += _actors_in(child, ctx)
            elif child.dep_ == "prep" and (child.lower_ in lex.participant_preps or child.lower_ in ("between", "to")):
                for pobj in child.children:
                    if child.lower_ == "to" and ctx.places.get(pobj.i):
                        continue
                    others += _actors_in(pobj, ctx, head.i == tok.i)
    if tok.pos_ == "VERB":
        others += _comitative_partners(tok, ctx)
    if not subjects and tok.pos_ in ("NOUN", "PROPN") and others and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in tok.children
    ):
        subjects, others = others[:1], others[1:]
    if not subjects and changes_plan and tok.pos_ in ("NOUN", "PROPN"):
        subjects = _plan_holder(tok, ctx, others)
    if not subjects:
        subjects = _sentence_fallback(tok, ctx, others)
    if not subjects:
        return None, []
    actor = subjects[0]
    seen = {actor.name}
    rest: list[ActorRef] = []
    for ref in subjects[1:] + others:
        if ref.name not in seen:
            seen.add(ref.name)
            rest.append(ref)
    return actor, rest


def _comitative_partners(verb: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "tour the JSA inside the DMZ together with Minister Ahn", "tour the harbour along with X": a comitative
    phrase the parser hung on the object or on "along" is the verb's partner."""
    doc = ctx.doc
    found: list[ActorRef] = []
    for t in verb.subtree:
        if t.lower_ != "with" or t.dep_ != "prep" or t.i == 0 or t.head.i == verb.i:
            continue
        if f"{doc[t.i - 1].lower_} {t.lower_}" not in _lex().comitative:
            continue
        cur = t
        while cur.i != verb.i and cur.dep_ not in _NO_DESCEND and cur.dep_ not in ("advcl", "conj", "xcomp", "acl", "ccomp"):
            cur = cur.head
        if cur.i == verb.i:  # on the verb's own phrases, not inside another clause
            found += [a for g in t.children if g.dep_ == "pobj" for a in _actors_in(g, ctx)]
    return found


def _purpose_nouns(verb: Token) -> list[Token]:
    """Event nouns a trip is for, whose partners are the trip's: "visit Tallinn for [talks] with X"."""
    nouns = _lex().nouns
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
            if g.dep_ == "pobj" and g.lower_ in nouns]


def _subject_tokens(chain: list[Token]) -> list[Token]:
    return [c for t in chain for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]


def _plan_holder(tok: Token, ctx: _Ctx, others: list[ActorRef]) -> list[ActorRef]:
    """Whose plan "the fisheries forum has been called off" changes.

    The person an earlier mention of the same event noun belongs to in the article
    ("Wong is scheduled to attend a regional forum"), else the article's main actor
    (the most mentioned person); [] when the article names no person.
    """
    taken = {o.name for o in others}
    doc = ctx.doc
    for i in range(tok.sent.start - 1, -1, -1):
        t = doc[i]
        if t.lower_.removesuffix("s") != tok.lower_.removesuffix("s") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        found = [a for c in t.children if c.dep_ == "poss" for a in _actors_in(c, ctx)]
        gov, rel = _governor(t)
        if not found and gov is not None and rel in ("dobj", "pobj", "compound", "conj"):
            found = [a for sub in _subject_of(head_chain(gov)) for a in _actors_in(sub, ctx)]
        people = [a for a in found if a.kind == "person" and a.name not in taken]
        if people:
            return people[:1]
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for ref in doc._.actors or ():
        if ref.kind == "person" and ref.name and ref.name not in taken:
            counts[ref.name] = counts.get(ref.name, 0) + 1
            first.setdefault(ref.name, ref)
    if not counts:
        return []
    return [first[max(counts, key=lambda name: counts[name])]]


def _sentence_fallback(tok: Token, ctx: _Ctx, others: list[ActorRef]) -> list[ActorRef]:
    """Actor of a noun trigger without its own: a possessor in the sentence, else the last person subject."""
    taken = {o.name for o in others}
    for t in tok.sent:
        ref = ctx.actors.get(t.i)
        if ref and ref is not ANONYMOUS and ref.kind == "person" and t.dep_ == "poss" and ref.name not in taken:
            return [ref]
    for i in range(tok.sent.start - 1, -1, -1):
        t = ctx.doc[i]
        ref = ctx.actors.get(i)
        if ref is None or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        if ref is ANONYMOUS:
            return []
        if ref.kind == "person" and ref.name not in taken:
            return [ref]
    return []


# ---------------------------------------------------------------- place and date


def _walk(tok: Token, chain: list[Token], ctx: _Ctx) -> list[Token]:
    """Tokens near the trigger, breadth first: its subtree, then the chain heads' direct dependents."""
    lex = _lex()
    order: list[Token] = []
    seen = {tok.i}
    queue: deque[Token] = deque([tok])
    misparsed = _misparsed_object(tok)
    if misparsed is not None:  # its prepositions belong to the verb: "hosted Merz at State House on Wednesday"
        seen.update(t.i for t in tok.subtree)
        seen.add(misparsed.i)
        queue.extend(c for c in misparsed.children if c.dep_ in ("prep", "npadvmod") and c.i not in seen)
        seen.update(c.i for c in queue)
    while queue:
        cur = queue.popleft()
        order.append(cur)
        for child in cur.children:
            if child.i in seen or child.dep_ in _NO_DESCEND:
                continue
            if child.dep_ in ("advcl", "conj") and child.lemma_.lower() in lex.reporting:
                continue
            if child.dep_ == "prep" and child.lower_ in _SKIP_TIME_PREPS:
                continue
            if child.dep_ == "conj" and child.i in ctx.trigger_ids:
                continue
            if child.dep_ == "advcl" and child.i in ctx.trigger_ids and _looks_elsewhere(child):
                continue  # another event's clause: "will meet Xi before he travels to Shanghai"
            if _other_event_frame(child, ctx):
                continue
            seen.add(child.i)
            queue.append(child)
    for deps in (("prep", "npadvmod", "advmod", "tmod"), ("advcl",)):
        for head in chain[1:]:
            for child in head.children:
                if child.i in seen or child.dep_ not in deps or child.lower_ in _SKIP_TIME_PREPS:
                    continue
                if child.lemma_.lower() in lex.reporting or child.i in ctx.trigger_ids or _other_event_frame(child, ctx):
                    continue
                order.extend(child.subtree)
                seen.update(t.i for t in child.subtree)
    return order


def _other_event_frame(child: Token, ctx: _Ctx) -> bool:
    """ "before his 2019 visit to Seoul", "ahead of her trip": another event's time and place, not this one's."""
    if child.dep_ == "prep" and child.lower_ in _lex().other_moment and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child.children):
        if child.lower_ == "after" and any(g.dep_ == "pcomp" and g.lemma_.lower() in _lex().arrival for g in child.children):
            return False  # "After arriving in Hanoi on Sunday, X will meet Y": the arrival's place and day are the meeting's
        return True  # "before returning to Brasilia", "after flying on to Rome": another moment's place
    if child.dep_ == "prep" and child.lower_ == "before":
        return any(g.i in ctx.trigger_ids for g in child.children)
    if child.dep_ == "advmod" and child.lower_ == "ahead":
        return any(p.lower_ == "of" and any(g.i in ctx.trigger_ids for g in p.children) for p in child.children)
    return False


def _looks_elsewhere(clause: Token) -> bool:
    """A time clause of another moment: "before he travels to Shanghai" (not "when he arrived in Riyadh")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _OTHER_TIME_MARKS for c in clause.children)


def _place(tok: Token, chain: list[Token], action: str, ctx: _Ctx) -> PlaceRef | None:
    rank = {"site": 0, "city": 1, "region": 2, "country": 3}
    for cand in _walk(tok, chain, ctx):
        ref = ctx.places.get(cand.i)
        if ref is None or cand.idx < ctx.dateline_end:
            continue
        root = _place_root(cand)
        role_ok = (root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS) or (
            root.dep_ == "dobj" and action in _PLACE_OBJECT_ACTIONS and root.head.i in {t.i for t in chain}
        )
        if not role_ok:
            continue
        better = _more_specific(cand, ref, ctx, rank)
        return better
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X's main business in Seoul is the SCM": the subject's place
        for sub in tok.head.children:
            if sub.dep_ != "nsubj":
                continue
            for cand in sub.subtree:
                ref = ctx.places.get(cand.i)
                root = _place_root(cand)
                if ref is not None and root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS and root.head.head.i == sub.i:
                    return ref
    return None


def _place_root(tok: Token) -> Token:
    cur = tok
    while cur.dep_ in ("compound", "appos", "conj") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _more_specific(tok: Token, ref: PlaceRef, ctx: _Ctx, rank: dict[str, int]) -> PlaceRef:
    """A place named in apposition inside the same phrase ("the JSA located within the DMZ") stays as is."""
    best = ref
    for t in tok.head.subtree if tok.dep_ == "appos" else ():
        other = ctx.places.get(t.i)
        if other is not None and rank.get(other.kind, 9) < rank.get(best.kind, 9) and place_in(other, best):
            best = other
    return best


def _date(tok: Token, chain: list[Token], ctx: _Ctx) -> DateValue:
    for top in chain:
        if top.dep_ == "relcl" and (t := ctx.times.get(top.head.i)) is not None:
            return time_to_date(t)
    moved = _new_date(tok, chain, ctx)
    if moved is not None:
        return moved
    for cand in _walk(tok, chain, ctx):
        t = ctx.times.get(cand.i)
        if t is None or t.type not in ("DATE", "TIME") or not t.value or t.value in _REF_VALUES or t.value[0] == "P":
            continue  # a duration ("a day before") is no date
        if t.start < ctx.dateline_end:
            continue
        return time_to_date(t)
    return UNKNOWN_DATE


def _new_date(tok: Token, chain: list[Token], ctx: _Ctx) -> DateValue | None:
    """The new date of a plan change: "postponed her visit until April", "delayed the talks to May 2".

    RETURNS (DateValue | None): the date of a ``to``/``until``/``till`` phrase of a postponing verb
    on the trigger's chain, or None (then the ordinary rules apply).
    """
    movers = _subject_cues() - frozenset(load_data("status_cues.json")["cancelled_verbs"])
    for head in (tok, *chain):
        if head.lemma_.lower() not in movers:
            continue
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _NEW_DATE_PREPS:
                continue
            for obj in prep.subtree:
                t = ctx.times.get(obj.i)
                if t is not None and t.type in ("DATE", "TIME") and t.value and t.value[0] != "P" and t.value not in _REF_VALUES:
                    # a plan moves forward: read "until July" in the future of the article
                    ahead = normalize(t.text, ctx.anchor, "future") if ctx.anchor else None
                    if ahead is not None and ahead.value and ahead.type == t.type:
                        t = replace(ahead, start=t.start, end=t.end)
                    return time_to_date(t)
    return None


def _same_day(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An undated event told "later in the day" takes the day of the previous dated event in an earlier sentence."""
    phrases = _lex().same_day
    out: list[Event] = []
    last: DateValue | None = None
    last_sentence = -1
    for ev in events:
        if ev.date.value is None and last is not None and ev.evidence.start != last_sentence:
            text = ev.evidence.sentence.lower()
            hit = next((p for p in phrases if p in text), None)
            if hit is not None:
                ev = replace(ev, date=replace(last, text=hit, note="the day of the previous event"))
        if ev.date.precision in ("day", "time") and ev.date.value:
            last, last_sentence = ev.date, ev.evidence.start
        out.append(ev)
    return out


# ---------------------------------------------------------------- "since 2017, when X and Y were present"


def _occurrences(ctx: _Ctx) -> list[Event]:
    """Earlier occurrences told by a "when" clause on a date: "the first visit since 2017, when X was present"."""
    lex = _lex()
    events: list[Event] = []
    done: set[int] = set()
    for i, t in ctx.times.items():
        if i in done:
            continue
        tok = ctx.doc[i]
        for rel in tok.children:
            if rel.dep_ != "relcl" or not any(c.lower_ == "when" for c in rel.children):
                continue
            if rel.lemma_.lower() not in lex.occurrence:
                continue
            if rel.lemma_ == "be" and not any(c.lower_ in lex.occurrence_acomp for c in rel.children):
                continue
            noun = _event_noun_above(tok)
            if noun is None:
                continue
            done.update(range(tok.i - 3, tok.i + 3))
            entry = lex.nouns.get(noun.lower_) if noun.pos_ in ("NOUN", "PROPN") else lex.verbs.get(noun.lemma_.lower())
            if entry is None:
                continue
            event = _build(rel, entry["action"], ctx)
            if event is None:
                continue
            place = _place(noun, head_chain(noun), event.action, ctx)
            events.append(replace(event, place=place, date=time_to_date(t)))
    return events


def _event_noun_above(tok: Token) -> Token | None:
    nouns = _lex().nouns
    verbs = _lex().verbs
    cur = tok
    for _ in range(3):
        cur = cur.head
        if cur.lower_ in nouns and cur.pos_ in ("NOUN", "PROPN"):
            return cur
        if cur.pos_ == "VERB" and cur.lemma_.lower() in verbs and verbs[cur.lemma_.lower()]["action"] == "visit":
            return cur  # "have not toured the JSA together since 2017, when X and Y were present"
        if cur.head.i == cur.i:
            break
    return None


# ---------------------------------------------------------------- trip frames


@dataclass(frozen=True)
class _Frame:
    actor: str
    date: DateValue
    destination: PlaceRef | None


def _trip_frames(events: list[Event], ctx: _Ctx) -> dict[str, _Frame]:
    """Per actor, the dated span of the trip or visit the article is about ("the visit will span two days, commencing next Monday")."""
    frames: dict[str, _Frame] = {}
    for ev in events:
        if ev.action != "visit" or ev.date.value is None or ev.status not in ("planned", "ongoing"):
            continue
        span = ev.date.interval()
        if span is None:
            continue
        old = frames.get(ev.actor.name)
        precise = ev.date.precision == "day" or ev.date.end_value
        if old is not None and not (precise and old.date.precision not in ("day",) and not old.date.end_value):
            continue
        dest = ev.place
        if dest is None:
            sent = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
            for t in sent or ():
                ref = ctx.places.get(t.i)
                if ref is not None and ref.kind in ("country", "city") and t.dep_ == "pobj" and t.head.lower_ == "to":
                    dest = ref
                    break
        frames[ev.actor.name] = _Frame(ev.actor.name, ev.date, dest)
    return frames


def _duration_trips(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The two-day stop starts next Monday": a trip noun with a duration and a start day is a dated trip span."""
    lex = _lex()
    taken = {e.evidence.trigger_start for e in events}
    out: list[Event] = []
    for tok in ctx.doc:
        if tok.lower_ not in lex.trip_nouns or tok.pos_ != "NOUN" or tok.idx in taken or tok.idx < ctx.dateline_end:
            continue
        days = None
        for t in tok.subtree:
            x = ctx.times.get(t.i)
            if t.i < tok.i and x is not None and x.value and (m := re.fullmatch(r"P(\d+)D", x.value)):
                days = int(m.group(1))
        if not days or not any(t.lower_ in lex.start_words or t.lemma_.lower() in lex.start_words for t in tok.sent):
            continue
        inside = {t.i for t in tok.subtree}
        start = next((x for t in tok.sent if t.i not in inside and (x := ctx.times.get(t.i)) is not None
                      and x.type == "DATE" and x.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)), None)
        if start is None or start.value is None:
            continue
        first = date.fromisoformat(start.value)
        end = (first + timedelta(days=days - 1)).isoformat()
        event = _build(tok, "visit", ctx)
        if event is None:
            continue
        when = DateValue(start.value, "day", start.text, end, "trip span: start and duration")
        status = event.status
        if ctx.anchor is not None and status not in ("postponed", "cancelled", "denied", "uncertain"):
            status = "planned" if first > ctx.anchor else ("happened" if date.fromisoformat(end) < ctx.anchor else "ongoing")
        place = event.place
        if place is None:
            place = next((ref for t in tok.sent if (ref := ctx.places.get(t.i)) is not None and ref.kind in ("country", "city")
                          and _place_root(t).dep_ == "pobj" and _place_root(t).head.lower_ in ("in", "to")), None)
        codes = event_codes("visit", status)
        out.append(replace(event, date=when, status=status, place=place, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode, evidence=replace(event.evidence, status=status)))
    return out


def _apply_trip_frames(events: list[Event], ctx: _Ctx) -> list[Event]:
    frames = _trip_frames(events, ctx)
    if not frames:
        return events
    out: list[Event] = []
    for ev in events:
        frame = frames.get(ev.actor.name)
        if frame is None or ev.date.value is not None or ev.status in ("happened",):
            out.append(ev)
            continue
        inside = ev.place is None or frame.destination is None or place_in(ev.place, frame.destination)
        if frame.destination is None and ev.place is not None:
            inside = False
        if not inside:
            out.append(ev)
            continue
        when = frame.date
        sent = ctx.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if sent is not None and _on_arrival(sent) and when.interval():
            first = when.interval()[0]  # type: ignore[index]
            when = DateValue(first.isoformat(), "day", when.text, None, "start of the trip")
        else:
            when = replace(when, note=(when.note or "date of the trip it is part of"))
        out.append(replace(ev, date=when))
    return out


def _on_arrival(sent: Span) -> bool:
    return any(t.lower_ in ("arrival", "arriving") and t.head.lower_ in ("upon", "on", "after") for t in sent)
