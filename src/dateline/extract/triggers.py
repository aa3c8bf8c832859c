"""The trigger lexicon: event verbs and nouns with their rules, from ``data/triggers.json``.

:func:`_lex` loads the lexicon once; :func:`_subject_cues` lists the verbs whose
subject is the event itself. The prepositions and reference values shared by the
event modules live here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .nlp import load_data
from .objects import amount_of, carried, modified_head, object_actions

if TYPE_CHECKING:
    from spacy.tokens import Token

_LOC_PREPS = frozenset({"in", "at", "to", "inside", "within", "into", "near", "outside", "around"})
_NO_DESCEND = frozenset({"relcl", "ccomp", "parataxis", "csubj"})
_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


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
    same_day_frames: tuple[str, ...]
    retold_days: frozenset[str]
    day_offsets: tuple[tuple[str, int], ...]
    topics: frozenset[str]
    non_partners: frozenset[str]
    non_actors: frozenset[str]
    other_moment: frozenset[str]
    comitative: tuple[str, ...]
    arrival: frozenset[str]
    trip_nouns: frozenset[str]
    start_words: frozenset[str]
    negated: frozenset[str]
    host_verbs: frozenset[str]
    invite_verbs: frozenset[str]
    invite_noun_preps: frozenset[str]
    invite_noun_actions: frozenset[str]
    apart: frozenset[str]
    each_words: frozenset[str]
    told_frames: frozenset[str]
    frame_ends: frozenset[str]
    departure_verbs: frozenset[str]
    departure_marks: frozenset[str]
    note_openers: tuple[str, ...]
    control_verbs: frozenset[str]
    preparation: frozenset[str]
    direction_words: frozenset[str]
    bracketed_note_openers: tuple[str, ...]
    later_frames: frozenset[str]
    occasion_actions: dict[str, frozenset[str]]
    remote_words: frozenset[str]
    invitations: frozenset[str]
    contests: frozenset[str]
    remote_actions: frozenset[str]
    background_marks: frozenset[str]
    curtail: dict[str, frozenset[str]]
    substitution: tuple[str, ...]
    span_days: dict[str, int]
    report_nouns: frozenset[str]
    contest_purposes: tuple[str, ...]
    replaced_places: frozenset[str]
    adjectives: frozenset[str]
    auxiliaries: frozenset[str]
    earlier_frames: frozenset[str]
    stay_frames: frozenset[str]
    host_guests: frozenset[str]
    leg_links: dict[str, frozenset[str]]


def prep_object_read(verb: Token, entry: dict[str, Any]) -> bool:
    """verb (Token): a verb trigger word. entry (dict): its ``triggers.json`` entry. RETURNS (bool): False only for a
    ``prep_object_only`` verb without one of its ``prep_object_verbs`` phrases or an object of its ``object_action``
    family ("held talks", "sent a letter": no trigger, for the event finders and the name finders alike; "held X in
    custody", "sent aid" are one)."""
    if not entry.get("prep_object_only"):
        return True
    if any(acts_on(verb, other) for other in object_actions(entry)):
        return True  # "sent humanitarian aid to Turkey", "sent 40 trucks of food": the object's own family ("sent troops"
        # is a deployment, "sent a letter" none)
    read_as = entry.get("prep_object_verbs", {})
    return any(c.dep_ == "prep" and c.lower_ in read_as and any(g.dep_ == "pobj" and g.lower_ in read_as[c.lower_]
                                                                for g in c.children) for c in verb.children)


def subject_noun_read(noun: Token, entry: dict[str, Any]) -> bool:
    """noun (Token): an event noun. entry (dict): its ``triggers.json`` entry. RETURNS (bool): False only for a
    ``subject_only`` noun that is not the subject of one of its ``subject_verbs`` ("The first 200 Kenyan police officers
    arrived in Port-au-Prince" is their deployment; "visited troops at the base", "troops fired" tell none)."""
    if not entry.get("subject_only"):
        return True
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and subject_verb_lemma(noun.head) in entry.get("subject_verbs", ())


def subject_verb_lemma(verb: Token) -> str:
    """verb (Token): the verb a subject-only noun is the subject of. RETURNS (str): its lemma, or "leave" for a verb of
    ``leaving_verbs`` with one of its particles ("The last Portuguese soldiers flew out of Bangui": they left it)."""
    lemma = verb.lemma_.lower()
    particles = load_data("triggers.json")["leaving_verbs"].get(lemma)
    if particles and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in particles for c in verb.children):
        return "leave"
    return lemma


def complement_action(verb: Token) -> str | None:
    """verb (Token): a verb. RETURNS (str | None): the family a complement word of it turns it into
    (``complement_actions`` of its ``triggers.json`` entry: "X walked free": freed), its subject the one it happens to;
    None when it has none."""
    turned = _lex().verbs.get(verb.lemma_.lower(), {}).get("complement_actions", {})
    return next((turned[c.lower_] for c in verb.children if c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ in turned),
                None) if turned else None


def acts_on(verb: Token, family: str) -> bool:
    """verb (Token): a verb. family (str): a family of ``families.json``. RETURNS (bool): its object (or passive
    subject) is one of the family's ``what_heads``, one of its ``what_modified_heads`` with such a modifier ("an aid
    convoy"), or an amount of a head ("sent 40 trucks of food", "$500 million in aid"), or a vehicle carrying one ("sent
    two ships with food")."""
    heads = frozenset(load_data("families.json")["what_heads"].get(family, ()))
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in heads or any(
        p.dep_ == "prep" and p.lower_ in ("in", "of") and g.dep_ == "pobj" and g.lower_ in heads
        for p in c.children for g in p.children) or modified_head(c, family) or carried(c, heads) is not None
        or amount_of(c, heads) is not None)
        for c in verb.children)


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
        same_day_frames=tuple(data["same_day_frames"]),
        retold_days=frozenset(data["retold_day_phrases"]),
        day_offsets=tuple(sorted(data["day_offset_phrases"].items(), key=lambda kv: -len(kv[0]))),
        topics=frozenset(data["topic_predicates"]),
        non_partners=frozenset(data["non_partner_objects"]),
        non_actors=frozenset(data["non_actor_subjects"]),
        other_moment=frozenset(data["other_moment_preps"]),
        comitative=tuple(data["comitative_phrases"]),
        arrival=frozenset(data["arrival_verbs"]),
        trip_nouns=frozenset(data["trip_nouns"]),
        start_words=frozenset(data["start_words"]),
        negated=frozenset(data["negated_subject_words"]),
        host_verbs=frozenset(data["host_verbs"]),
        invite_verbs=frozenset(data["invite_verbs"]),
        invite_noun_preps=frozenset(data["invite_noun_preps"]),
        invite_noun_actions=frozenset(data["invite_noun_actions"]),
        apart=frozenset(data["apart_adverbs"]),
        each_words=frozenset(data["each_words"]),
        told_frames=frozenset(data["told_frame_preps"]),
        frame_ends=frozenset(data["frame_end_nouns"]),
        departure_verbs=frozenset(data["departure_verbs"]),
        departure_marks=frozenset(data["departure_marks"]),
        note_openers=tuple(data["editorial_note_openers"]),
        control_verbs=frozenset(data["object_control_verbs"]) | frozenset(data["implicative_control_verbs"]),
        preparation=frozenset(data["preparation_verbs"]),
        direction_words=frozenset(data["direction_words"]),
        bracketed_note_openers=tuple(data["bracketed_note_openers"]),
        later_frames=frozenset(data["later_frame_preps"]),
        occasion_actions={k: frozenset(v) for k, v in data["occasion_actions"].items()},
        remote_words=frozenset(data["remote_words"]),
        invitations=frozenset(data["invitation_nouns"]),
        contests=frozenset(data["contest_words"]),
        remote_actions=frozenset(data["remote_actions"]),
        background_marks=frozenset(data["background_marks"]),
        curtail={k: frozenset(v) for k, v in data["curtail_verbs"].items()},
        substitution=tuple(data["substitution_phrases"]),
        span_days=dict(data["span_day_ordinals"]),
        report_nouns=frozenset(data["report_nouns"]),
        contest_purposes=tuple(data["contest_purpose_verbs"]),
        replaced_places=frozenset(data["replaced_place_phrases"]),
        adjectives=frozenset(data["adjective_triggers"]),
        auxiliaries=frozenset(data.get("auxiliary_triggers", ())),
        earlier_frames=frozenset(data.get("earlier_frame_preps", ())),
        stay_frames=frozenset(data["stay_frame_preps"]),
        host_guests=frozenset(data["host_guest_nouns"]),
        leg_links={k: frozenset(v) for k, v in data["leg_links"].items() if k != "_about"},
    )


def ends_replaced_phrase(tok: Token) -> bool:
    """tok (Token): a word. RETURNS (bool): it is the last word of a ``replaced_place_phrases`` phrase ("rather than",
    "instead of"), the word before it its first."""
    return tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in _lex().replaced_places


@cache
def _subject_cues() -> frozenset[str]:
    """Verbs whose active subject is the event itself ("the exchange collapsed", "the visit was delayed")."""
    data = load_data("status_cues.json")
    return frozenset(data["postponed_verbs"] + data["cancelled_verbs"] + list(data["failed_subject_verbs"]))
