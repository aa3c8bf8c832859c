"""Event status from modality, tense and cue words ("is scheduled to", "postponed", "may", "visited").

Cue words live in ``data/status_cues.json``. :func:`event_status` reads the
trigger and the chain of heads above it ("is set to hold a meeting": meeting ->
hold -> set) and returns the first cue found, nearest first, else the tense.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from spacy.tokens import Token

from ..model import PLAN_WORDS, DateValue
from .nlp import load_data
from .triggers import _lex

__all__ = ["StatusResult", "event_status", "head_chain", "subject_holder", "ahead_frame", "hypothetical", "negated", "past_purpose", "press_claim",
           "controlled_infinitive", "verb_cue", "begun_clause"]

#: Dependencies through which a trigger inherits its status from a head.
_CLIMB = frozenset(
    {"xcomp", "conj", "acl", "acomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "pcomp", "attr", "appos", "compound", "ccomp", "advcl"}
)
#: Cues that win over nearer modals: "denied that he would visit" is a denial.
_STRONG = frozenset({"moved", "postponed", "cancelled", "denied", "reject"})
_PLAN_OF = {"postponed": True, "cancelled": True, "denied": True}
#: Plan changes a modal or hedge makes only possible: "could postpone", "may be called off".
_HEDGEABLE = frozenset({"postponed", "cancelled", "moved"})


@dataclass(frozen=True)
class StatusResult:
    """Status of one event mention.

    status (str): one of :data:`dateline.model.STATUSES`.
    rejected (bool): the actor refuses the action ("refused to meet").
    refers_to_plan (bool): the sentence changes a plan (postponed, cancelled, denied).
    cue (Token | None): the word that decided it, if any.
    """

    status: str
    rejected: bool = False
    refers_to_plan: bool = False
    cue: Token | None = None


@dataclass(frozen=True)
class _Cues:
    verbs: dict[str, str]
    particles: dict[str, dict[str, tuple[str, ...]]]
    prep_objects: dict[str, tuple[str, frozenset[str]]]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    nominal: frozenset[str]
    uncertain_modals: frozenset[str]
    planned_modals: frozenset[str]
    uncertain_adverbs: frozenset[str]
    negations: frozenset[str]
    negation_phrases: frozenset[str]
    reporting: frozenset[str]
    future_marks: frozenset[str]
    hearsay: frozenset[str]
    official: frozenset[str]
    occurrence: frozenset[str]
    absence: frozenset[str]
    prevented: frozenset[str]
    verb_forms: dict[str, frozenset[str]]
    conditional_marks: frozenset[str]
    refusal_condition_marks: frozenset[str]
    pending_marks: frozenset[str]
    depictive: frozenset[str]
    ongoing_predicates: frozenset[str]
    counterfactual: frozenset[str]
    advice: frozenset[str]
    superseded: frozenset[str]
    revised: frozenset[str]
    noun_preps: frozenset[str]
    redate_nouns: frozenset[str]
    redate_modifiers: frozenset[str]
    postponing: frozenset[str]
    unplanning: dict[str, frozenset[str]]


@cache
def _cues() -> _Cues:
    data = load_data("status_cues.json")
    verbs: dict[str, str] = {}
    particles: dict[str, dict[str, tuple[str, ...]]] = {}
    for key in ("planned", "uncertain", "moved", "brought_forward", "postponed", "cancelled", "denied", "reject"):
        status = "moved" if key == "brought_forward" else key  # "has been brought forward to July 15": a plan moved earlier
        for lemma in data[f"{key}_verbs"]:
            verbs.setdefault(lemma, status)
        for lemma, prts in data.get(f"{key}_particles", {}).items():
            particles.setdefault(lemma, {})[status] = tuple(prts)
            verbs[lemma] = status if lemma not in verbs or verbs[lemma] == status else verbs[lemma]
    return _Cues(
        verbs=verbs,
        particles=particles,
        unplanning={k: frozenset(v) for k, v in data["unplanning_particles"].items() if not k.startswith("_")},
        prep_objects=_prep_object_cues(data),
        adjectives=frozenset(data["planned_adjectives"]),
        nouns=frozenset(data["planned_nouns"]),
        nominal=frozenset(data["planned_nominal_modifiers"]),
        uncertain_modals=frozenset(data["uncertain_modals"]),
        planned_modals=frozenset(data["planned_modals"]),
        uncertain_adverbs=frozenset(data["uncertain_adverbs"]),
        negations=frozenset(data["negations"]),
        negation_phrases=frozenset(data["negation_phrases"]),
        reporting=frozenset(load_data("triggers.json")["reporting_verbs"]),
        future_marks=frozenset(data["future_clause_marks"]),
        hearsay=frozenset(data["hearsay_verbs"]),
        official=frozenset(data["official_sources"]),
        occurrence=frozenset(data["occurrence_phrases"]),
        absence=frozenset(data["absence_verbs"]),
        prevented=frozenset(data["prevented_verbs"]),
        verb_forms={k: frozenset(v) for k, v in data["planned_verb_forms"].items()},
        conditional_marks=frozenset(data["conditional_marks"]),
        refusal_condition_marks=frozenset(data["refusal_condition_marks"]),
        pending_marks=frozenset(data["pending_marks"]),
        depictive=frozenset(data["depictive_participles"]),
        ongoing_predicates=frozenset(data["present_ongoing_predicates"]),
        counterfactual=frozenset(data["counterfactual_words"]),
        advice=frozenset(data["advice_modals"]),
        superseded=frozenset(data["superseded_adverbs"]),
        revised=frozenset(data["revised_plan_adverbs"]),
        noun_preps=frozenset(data["planned_noun_preps"]),
        redate_nouns=frozenset(data["redate_nouns"]),
        postponing=frozenset(data["postponed_verbs"]),
        redate_modifiers=frozenset(data["redate_modifiers"]),
    )


@cache
def _document_participles() -> frozenset[str]:
    return frozenset(load_data("status_cues.json")["document_participles"])


def _done_before(participle: Token) -> bool:
    """ "the bill approved by the Assembly last week": whether a reduced relative past participle with a "by" agent
    dates itself to a day before the article (its own time phrase), or is one of ``document_participles`` (a text's
    signing or adoption, "the deal, signed by X and Y, will take effect"), so it tells a finished act, whatever the
    clause of its noun says ahead or denies."""
    if participle.tag_ != "VBN" or not any(c.dep_ == "agent" for c in participle.children):
        return False
    if participle.lemma_.lower() in _document_participles():
        return True  # "the deal, signed by X and Y, will take effect in September": signed already
    doc = participle.doc
    anchor = doc._.anchor if doc.has_extension("anchor") else None
    times = doc._.times if doc.has_extension("times") else None
    if anchor is None or not times:
        return False
    lo, hi = participle.left_edge.idx, participle.right_edge.idx + len(participle.right_edge)
    for t in times:
        if lo <= t.start and t.end <= hi and t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit():
            span = DateValue(t.value, t.precision, t.text, t.end_value).interval()
            if span is not None and span[1] < anchor:
                return True
    return False


def subject_holder(verb: Token, limit: int = 3) -> Token:
    """verb (Token): a verb or adjective with no subject of its own. RETURNS (Token): the word above it, through
    infinitives and plan adjectives (``xcomp``, ``acomp``), that holds the subject ("X is due to stand trial", "Union
    leaders are to meet Y", "are expected to hold talks": "is", "are", "expected"); the verb itself when it has a subject
    or climbs no further."""
    for _ in range(limit):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("xcomp", "acomp") \
                or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


#: Prepositions that put a speaker's own act next to the telling: "said before leaving Bishkek", "said after meeting X".
_SPEAKER_ACT_PREPS = frozenset({"before", "after", "upon", "on"})


def head_chain(trigger: Token, limit: int = 5) -> list[Token]:
    """The trigger and the heads it inherits status from, nearest first.

    trigger (Token): the event's trigger word.
    limit (int): most heads to climb.
    RETURNS (list[Token]): stops below reporting verbs ("said") and at the root.
    """
    cues = _cues()
    chain = [trigger]
    tok = trigger
    for _ in range(limit):
        if tok.head.i == tok.i or tok.dep_ not in _CLIMB and not (
                tok.dep_ == "npadvmod" and len(chain) >= 2 and chain[-2].lower_ in ("after", "before")) and not (
                tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)) and not (
                tok.dep_ == "prt" and len(chain) >= 2 and chain[-2].dep_ == "pobj"):
            break  # (on through the count of "arrived on Thursday, a day after meeting X", through a content clause
            # read as a relative one: "denied a report that X would also travel to Y", and through a particle the
            # parser gave an object: "called [off] the general strike it had planned")
        if tok.dep_ == "conj" and tok.tag_ == "VBD" and any(c.tag_ == "MD" for c in tok.head.children):
            break  # "said his team would visit ..., and Carvajal met fans": a finite past verb keeps its own tense
        head = tok.head
        if tok.dep_ == "ccomp" and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ == "having" for c in head.children):
            break  # "The president instead flew back to Colombo on Friday, a programme in Pokhara having been dropped":
            # the parser's head is an absolute clause beside the act, no status of it
        if head.lemma_ in cues.reporting and head.pos_ != "NOUN" and not _governed_noun(tok, trigger) \
                and not (tok.dep_ == "prep" and tok.lower_ in _SPEAKER_ACT_PREPS and chain[-2].dep_ == "pcomp") \
                and not (tok.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN"):
            break  # "said" stops the climb; "denied reports that X would travel" goes on to "denied"; '"We are ready,"
            # Osmonov said before leaving Bishkek': the speaker's own act, at the telling, goes on; so does "among those
            # confirmed to attend", a participle's plan)
        if tok.dep_ in ("ccomp", "advcl") and cues.verbs.get(head.lemma_) is None and not _purpose(tok) and not _participle(tok):
            break
        if tok.dep_ == "advcl" and (tok.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.children)) \
                and any(c.dep_ == "nsubj" for c in tok.children) \
                and any(c.dep_ == "mark" and c.lower_ in _own_tense_marks() or c.dep_ == "advmod" and c.tag_ == "WRB"
                        and c.lower_ in _own_tense_marks() for c in tok.children):
            break  # "The signing was moved after supporters marched in Accra on Thursday": the march keeps its own tense
            # (so does "The change was agreed when X visited Doha last week", "when" read as an adverb; and "was moved
            # because X was attending a funeral", told with its own auxiliary)
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in tok.head.children):
            break  # "signed the agreement on Saturday, a day later than [planned]": the parser's root is a comparison
        if tok.dep_ == "ccomp" and tok.tag_ == "VBD" and tok.i < head.i and any(c.dep_ == "nsubj" for c in tok.children) \
                and any(c.dep_ == "mark" and c.lower_ in _own_tense_marks() and tok.i < c.i < head.i for c in head.children):
            break  # "Ministers met in Luang Prabang on Friday, after the commission moved the meeting from Vientiane": the
            # parser made the "after" clause the root and the act its content; the act keeps its own tense
        if tok.dep_ == "acl" and _done_before(tok):
            break  # "The bill approved by the Assembly last week would not affect small firms": the vote was held
        chain.append(head)
        tok = head
    return chain


@cache
def _noun_governors() -> dict[str, frozenset[str]]:
    return {w: frozenset(e.get("governors", ())) for w, e in load_data("triggers.json")["nouns"].items() if e.get("governor_tells")}


def _governed_noun(tok: Token, trigger: Token) -> bool:
    """ "Her resignation was announced on Monday": an event noun trigger that is the object or passive subject of one of
    its own ``governors`` is told by that verb, though it reports (its tense and day are the event's), when its entry
    says so (``governor_tells``; not "confirmed their participation", a plan)."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and trigger.dep_ == "pobj" \
            and trigger.head.lower_ == "of" and trigger.head.head.i == tok.i and tok.lower_ in vote_result_nouns() \
            and tok.head.lemma_.lower() in vote_result_verbs():
        return True  # "The result of the party's leadership contest will be announced on Saturday": the contest ends then
    return tok.i == trigger.i and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.head.lemma_.lower() in _noun_governors().get(tok.lower_, frozenset())


@cache
def vote_result_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``vote_result_nouns`` of ``outcomes.json``: nouns of a vote's result ("result")."""
    return frozenset(load_data("outcomes.json")["vote_result_nouns"])


@cache
def vote_result_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``vote_result_verbs`` of ``outcomes.json``: verbs that make a vote's result known."""
    return frozenset(load_data("outcomes.json")["vote_result_verbs"])


def _participle(clause: Token) -> bool:
    """ "will tour Southeast Asia next week, visiting Vietnam, Laos and Cambodia": a bare participle clause (no
    subject, marker or auxiliary of its own) after its head tells part of the head's event, and shares its status; so
    does a passive participle with its agent ("began talks in Geneva on Monday, mediated by Qatar")."""
    passive = clause.tag_ == "VBN" and (any(c.dep_ == "agent" for c in clause.children)
                                        or clause.lemma_.lower() in _cues().depictive)  # ("appeared in court on
    # Monday charged with fraud": what the subject stood as then)
    return clause.dep_ == "advcl" and (clause.tag_ == "VBG" or passive) and clause.i > clause.head.i and clause.head.pos_ == "VERB" \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)


def _purpose(clause: Token) -> bool:
    """ "will travel to Marseille to meet business leaders": an infinitive of purpose shares its head's status."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and not any(c.dep_ in ("mark", "nsubj") for c in clause.children)


def past_purpose(verb: Token) -> bool:
    """ "(denied a report that X) had travelled to Pyongyang last month to meet officials": an infinitive of purpose
    on a past verb tells part of that past act, not a coming one.

    verb (Token): a verb. RETURNS (bool): it is an infinitive of purpose whose head is in the past tense."""
    head = verb.head
    return _purpose(verb) and head.pos_ == "VERB" and (
        head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children))


def controlled_infinitive(trigger: Token) -> bool:
    """trigger (Token): an event's trigger. RETURNS (bool): it is the infinitive of an ``object_control_verbs`` verb
    with an object ("has summoned X to testify on Thursday"): asked of the object, so still ahead of the asking."""
    return _controlled(trigger, _cues())


def _controlled(trigger: Token, cues: _Cues) -> bool:
    """ "summoned X to testify", "urged X to visit": the trigger is the infinitive of an ``object_control_verbs`` verb
    (``triggers.json``; not a ``prevented_verbs`` one, "was allowed to visit", told by its own tense) with an object,
    whose past tells that the object was asked, not that the act was done."""
    head = trigger.head
    lemma = head.lemma_.lower()
    return trigger.dep_ in ("xcomp", "ccomp") and trigger.tag_ == "VB" and lemma not in cues.prevented \
        and lemma in load_data("triggers.json")["object_control_verbs"] and (
            any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in head.children)  # ("he was summoned to appear": the
            # object told as the passive's subject)
            or trigger.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in trigger.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children))  # ("summoned [X to testify]":
    # the object parsed as the infinitive's subject)


def _decided_by_vote(below: Token, verb: Token) -> bool:
    """below (Token): a verb under ``verb`` in an event's head chain. RETURNS (bool): ``verb`` is a ``decision_verbs``
    verb ("voted") and ``below`` its to-infinitive complement, an act of no vote family ("to go on strike", not "to
    approve the bill", which is the vote itself): the act was decided, and lies ahead."""
    if verb.lemma_.lower() not in load_data("status_cues.json")["decision_verbs"] or below.dep_ not in ("xcomp", "advcl") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
        return False
    return bool(load_data("triggers.json")["verbs"].get(below.lemma_.lower(), {}).get("action") != "vote")


def _decided_act(trigger: Token, cue: Token) -> bool:
    """trigger (Token): an event verb. cue (Token): the plan verb that decided its status. RETURNS (bool): the trigger is
    a ``decided_acts`` act in the infinitive complement of one of its verbs in the past ("agreed to impose sanctions",
    "voted to lift the sanctions": a verb whose object makes it such an act), or such an act's noun as the object of
    its "to" ("agreed on Monday to an immediate ceasefire")."""
    data = load_data("status_cues.json")["decided_acts"]
    if trigger.pos_ == "NOUN":
        entry = load_data("triggers.json")["nouns"].get(trigger.lower_, {})
        placed = trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and trigger.head.head.i == cue.i
    else:
        entry = load_data("triggers.json")["verbs"].get(trigger.lemma_.lower(), {})
        placed = trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and trigger.head.i == cue.i
    return placed and (entry.get("action") in data["actions"] or entry.get("person_action") in data["actions"]
                       or entry.get("object_action") in data["actions"]) \
        and cue.lemma_.lower() in data["verbs"] \
        and (cue.tag_ == "VBD" or cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in cue.children))


def _prep_object_cues(data: dict[str, Any]) -> dict[str, tuple[str, frozenset[str]]]:
    """data (dict): ``status_cues.json``. RETURNS: ``prep_object_cues`` as lemma -> (status, "prep object" phrases)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for status, lemmas in data["prep_object_cues"].items():
        if status.startswith("_"):
            continue
        for lemma, phrases in lemmas.items():
            out[lemma] = (status, frozenset(phrases))
    return out


def verb_cue(tok: Token) -> str | None:
    """tok (Token): a verb. RETURNS (str | None): the status it tells of what it governs ("cancelled" for "called off",
    with the particles its cue needs), None when it is no status cue (:func:`_verb_cue`)."""
    return _verb_cue(tok, _cues())


def _verb_cue(tok: Token, cues: _Cues) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in cues.prep_objects:
        held, phrases = cues.prep_objects[lemma]
        if any(f"{c.lower_} {g.lower_}" in phrases for c in tok.children if c.dep_ in ("prep", "prt")
               for g in c.children if g.dep_ == "pobj"):
            return held  # "her trip had been put on hold": put off, no new day
    status = cues.verbs.get(lemma)
    if lemma in cues.particles:
        prts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod")}  # "pulled out of": "out" parsed as a
        # preposition; "brought forward": "forward" parsed as an adverb
        own = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        for kind, needed in sorted(cues.particles[lemma].items(), key=lambda item: not own & set(item[1])):
            if prts & set(needed):
                return kind  # (a true particle first: "called off a march to parliament" calls it off)
        if status in cues.particles[lemma]:
            return None
    if lemma in cues.unplanning and any(c.dep_ == "prt" and c.lower_ in cues.unplanning[lemma] for c in tok.children):
        return None  # "to set up a joint fund": establishing it, no "set for" of a plan
    forms = cues.verb_forms.get(lemma)
    if status is not None and forms is not None and tok.tag_ not in forms:
        return None  # "went ahead as planned": "go" plans only as "is going to"
    if status == "denied" and any(c.dep_ == "prep" and c.lower_ in _judging_preps() for c in tok.children):
        return None  # "The election ... was dismissed as a sham by Western governments": a judgement of what was held,
        # no denial that it was
    if status is not None and tok.pos_ in ("VERB", "AUX", "ADJ"):
        return status
    if tok.pos_ == "ADJ" and lemma in cues.adjectives:
        return "planned"
    return None


@cache
def _grievance_participles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``grievance_participles`` of ``status_cues.json`` ("accuse", "cite")."""
    return frozenset(load_data("status_cues.json")["grievance_participles"])


@cache
def _barring_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``barring_nouns`` of ``status_cues.json`` ("ban"): an event after their "on" is barred."""
    return frozenset(load_data("status_cues.json")["barring_nouns"])


@cache
def _judging_preps() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``denial_judging_preps`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["denial_judging_preps"])


def subjectless_conjuncts(verb: Token) -> list[Token]:
    """verb (Token): a verb. RETURNS (list[Token]): the verbs joined to it by "and"/"but" that have no subject of their
    own, so share its subject ("The talks had been scheduled for Tuesday but [were moved] to Nadi")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]


def _shared_subject_change(trigger: Token, cue: Token, cues: _Cues) -> tuple[str, Token] | None:
    """trigger (Token): an event noun; cue (Token): the planning verb whose subject it is ("A meeting ... had been
    scheduled for Tuesday"). RETURNS: ("postponed", "cancelled" or "moved", the verb) when a verb joined to the cue
    (:func:`subjectless_conjuncts`), not negated, puts the plan off, calls it off or moves it ("... but was postponed";
    "... but was rescheduled" with no new day or place is put off), else None."""
    if trigger.pos_ != "NOUN" or trigger.head.i != cue.i or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for verb in subjectless_conjuncts(cue):
        if _negated(verb, cues):
            continue
        kind = _verb_cue(verb, cues)
        if kind == "moved" and _no_new_setting(verb):
            kind = "postponed"  # "... but was rescheduled", "... but was moved": put off, with no new day or place told
        if kind in ("postponed", "cancelled", "moved") and not _hedged(verb, cues):
            return kind, verb
    return None


def _hedged(tok: Token, cues: _Cues) -> bool:
    """ "may call off", "could be postponed", "possibly cancelled": a modal or hedge on the cue verb."""
    return any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in cues.uncertain_modals) or (c.dep_ == "advmod" and c.lower_ in cues.uncertain_adverbs)
        for c in tok.children
    )


@cache
def _committed_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``committed_plan_verbs`` of ``status_cues.json`` ("accept", "confirm")."""
    return frozenset(load_data("status_cues.json")["committed_plan_verbs"])


@cache
def commitment_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``commitment_verbs`` of ``status_cues.json`` ("agree", "pledge", "vow")."""
    return frozenset(load_data("status_cues.json")["commitment_verbs"])


@cache
def _setting_preps() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``commitment_setting_preps`` of ``status_cues.json``: prepositions that tell where a
    commitment was made ("pledged ... at a conference"), not what it commits to."""
    return frozenset(load_data("status_cues.json")["commitment_setting_preps"])


def _sought_change(tok: Token) -> bool:
    """tok (Token): a verb that calls off or puts off a plan. RETURNS (bool): it is only sought, as the purpose of
    something else: a "to"-infinitive hung on a noun or as a purpose clause ("talks in a bid to avert a strike", "to
    head off the strike, the ministry offered a raise"), or a gerund after "at"/"towards" ("talks aimed at averting a
    strike"), or an infinitive asked of someone else by a ``persuasion_verbs`` verb ("urged the union to call off the
    strike"). Nothing is called off, and the plan is only threatened. ("decided to cancel the visit", an infinitive hung
    on a verb, is the call-off itself.)"""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in load_data("status_cues.json")["persuasion_verbs"] \
            and any(c.dep_ == "dobj" for c in tok.head.children):
        return True  # "failed to persuade them to call off Thursday's march": asked of others, not done
    for _ in range(2):
        if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and tok.head.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            tok = tok.head  # "to try to avert the walkout": the purpose is the trying
    if tok.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return True
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("at", "towards", "toward")


def negated(tok: Token) -> bool:
    """tok (Token): a verb. RETURNS (bool): whether it is negated ("did not visit", "never met", "will no longer be
    held": ``negations`` and ``negation_phrases`` of ``status_cues.json``)."""
    return _negated(tok, _cues())


@cache
def _result_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``result_nouns`` of ``status_cues.json`` ("results", "outcome"): what an event left
    behind, whose cues are not the event's."""
    return frozenset(load_data("status_cues.json")["result_nouns"])


def _result_of(chain: list[Token], k: int) -> bool:
    """chain (list[Token]): a trigger's head chain. k (int): a position in it. RETURNS (bool): the chain's word at k is
    a ``result_nouns`` noun whose "of" object is the trigger ("rejected the results of last month's election")."""
    return k == 2 and chain[1].dep_ == "prep" and chain[1].lower_ == "of" and chain[2].pos_ == "NOUN" \
        and chain[2].lower_ in _result_nouns()


@cache
def _failing_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``failing_verbs`` of ``status_cues.json`` ("fail"): a verb whose infinitive did not
    happen ("failed to arrive")."""
    return frozenset(load_data("status_cues.json")["failing_verbs"])


def _negated(tok: Token, cues: _Cues) -> bool:
    """ "did not visit", "never met", "will no longer stop" (``negation_phrases``: the negation hangs on the adverb)."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and (c.lower_ == "never" or _negation_phrase(c, cues))) for c in tok.children)


def _taken_back(trigger: Token) -> bool:
    """trigger (Token): an event word. RETURNS (bool): an event noun object of a verb that a later verb of
    ``taken_back_verbs`` with "it" as its object follows, in a conjoined clause or a "before"/"after" phrase ("announced
    her resignation but withdrew it two days later", "announced her resignation before withdrawing it")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    verbs = frozenset(load_data("status_cues.json")["taken_back_verbs"])
    gov = trigger.head
    later = [c for c in gov.children if c.dep_ == "conj" and c.i > trigger.i]
    later += [g for c in gov.children if c.dep_ == "prep" and c.lower_ in ("before", "after") for g in c.children
              if g.dep_ == "pcomp"]
    return any(v.lemma_.lower() in verbs and any(o.dep_ == "dobj" and o.lower_ == "it" for o in v.children) for v in later)


def heeded_call(trigger: Token) -> Token | None:
    """trigger (Token): an event word. RETURNS (Token | None): the verb of heeding (``heeding_verbs`` of
    ``status_cues.json``) whose object is a call (``call_nouns``) the trigger is the infinitive of ("workers heeded a
    call by the union to strike", "answered an appeal to march"); else None."""
    data = load_data("status_cues.json")
    call = trigger.head
    if trigger.dep_ not in ("acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
            or call.lower_ not in data["call_nouns"] or call.dep_ not in ("dobj", "pobj"):
        return None
    verb = call.head if call.dep_ == "dobj" else call.head.head
    return verb if verb.lemma_.lower() in data["heeding_verbs"] else None


def _announced(trigger: Token) -> bool:
    """trigger (Token): an event word. RETURNS (bool): an event noun that is the object of an ``announcing_verbs`` verb
    ("called a general strike", "announced joint drills for next week"), of a family whose announcement is not the act
    itself (not ``announced_acts``: "announced sanctions", "announced his resignation" are done by being announced)."""
    data = load_data("status_cues.json")
    if notice_of(trigger):
        return True  # "filed notice for a 48-hour strike beginning on Thursday": the strike, ahead
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in data["announcing_verbs"]:
        return False
    if any(c.dep_ == "prt" for c in trigger.head.children):
        return False  # "called off the strike"
    entry = load_data("triggers.json")["nouns"].get(trigger.lower_, {})
    return bool(entry) and not entry.get("governor_tells") and entry.get("action") not in data["announced_acts"]


def begun_clause(trigger: Token) -> Token | None:
    """trigger (Token): an event word. RETURNS (Token | None): the relative clause of an event noun that tells it began,
    in the simple past with a day of its own after "on" ("a stoppage that began on Friday", "a two-day summit that
    began in Brussels on Thursday", "suspended the nationwide strike it began on Monday"): its verb; else None."""
    if trigger.pos_ != "NOUN":
        return None
    return next((c for c in trigger.children if c.dep_ == "relcl" and c.tag_ == "VBD"
                 and c.lemma_.lower() in ("begin", "start")
                 and any(s.dep_ == "nsubj" and (s.lower_ in ("that", "which") or s.tag_ == "PRP") for s in c.children)
                 and any(p.dep_ == "prep" and p.lower_ == "on" for p in c.children)), None)


def notice_of(trigger: Token) -> bool:
    """trigger (Token): an event noun. RETURNS (bool): it is what a notice is given of ("filed notice on Tuesday for a
    48-hour strike beginning on June 11", "served notice of a strike"): the ``notice_frames`` preposition on one of its
    nouns, the object of a verb: a plan announced."""
    data = load_data("status_cues.json")["notice_frames"]
    prep = trigger.head
    notice = prep.head
    if notice.pos_ == "VERB":  # ("filed notice on Tuesday [for a strike]": the parser hangs the phrase on the verb)
        notice = next((c for c in notice.children if c.dep_ == "dobj" and c.lower_ in data["nouns"]), notice)
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and prep.lower_ in data["preps"] \
        and notice.lower_ in data["nouns"] and notice.dep_ == "dobj" and notice.head.pos_ == "VERB" \
        and load_data("triggers.json")["nouns"].get(trigger.lower_, {}).get("action") in data["actions"]


def scaled_plan(trigger: Token) -> bool:
    """trigger (Token): an event word. RETURNS (bool): it is an event noun that is the object or passive subject of a
    ``scaling_verbs`` verb of ``status_cues.json``, with one of its particles when listed ("has scaled back the
    exercise", "the drills were cut back"): a plan made smaller, not an event told as done."""
    head = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "VERB":
        return False
    particles = load_data("status_cues.json")["scaling_verbs"].get(head.lemma_.lower())
    if particles is None:
        return False
    return not particles or any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in head.children)


def _failed_subject(trigger: Token) -> bool:
    """trigger (Token): an event word. RETURNS (bool): it is an event noun subject of a ``failed_subject_verbs`` verb
    (with one of that verb's particles when listed), not negated ("the exchange collapsed", "the summit fell through"),
    and not one of ``failed_subject_exempt`` (talks that collapsed were held)."""
    data = load_data("status_cues.json")
    head = trigger.head
    particles = data["failed_subject_verbs"].get(head.lemma_.lower())
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or particles is None or head.pos_ != "VERB" \
            or trigger.lower_ in data["failed_subject_exempt"] or negated(head):
        return False
    return not particles or any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in particles for c in head.children)


@cache
def _intent_nouns() -> frozenset[str]:
    return frozenset(load_data("status_cues.json")["denied_intent_nouns"])


def _no_intent(trigger: Token) -> bool:
    """Whether a trigger hangs, a few heads up, on a ``denied_intent_nouns`` noun with "no" ("has no intention of
    holding exercises")."""
    for k, head in enumerate(trigger.ancestors):
        if k >= 4:
            break
        if head.lower_ in _intent_nouns() and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True
    return False


def _negation_phrase(adverb: Token, cues: _Cues) -> bool:
    """ "no longer", "not any longer": an adverb and the words hanging on it before it make a ``negation_phrases`` phrase."""
    words = [t.lower_ for t in adverb.subtree if t.i <= adverb.i]
    return " ".join(words) in cues.negation_phrases


def event_status(trigger: Token, date_value: DateValue | None = None, anchor: date | None = None) -> StatusResult:
    """Status of the event a trigger word states.

    trigger (Token): the trigger (verb or event noun) in a parsed doc.
    date_value (DateValue | None): the event's date, used when nothing but tense speaks.
    anchor (date | None): the article's publication day.
    RETURNS (StatusResult): the status, and whether it is a refusal or changes a plan.
    """
    cues = _cues()
    negated = False
    question = trigger.sent.text.rstrip().endswith("?")
    chain = head_chain(trigger)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during") \
            and trigger.head.head.tag_ == "VBD" and not question and not _negated(trigger.head.head, cues):
        return StatusResult("happened")  # "X told Y in a phone call on Friday that ...": the call took place (only
        # calls are licensed so: see licensing._call_told_in_frame)
    if _at_past_gathering(trigger) and not question:
        return StatusResult("happened")  # "At his first hearing last Friday, Banda was refused bail": what was done
        # at the hearing (refused or not) tells it was held
    if _means_of_agreement(trigger, chain) and not question and _tense(chain[2:], date_value, anchor) == "happened":
        return StatusResult("happened")  # "agreed in a phone call on Thursday to hold talks": the call took place
    if (heeding := heeded_call(trigger)) is not None and not question:
        return StatusResult(_tense([heeding], date_value, anchor))  # "workers heeded a call by the union to strike":
        # the strike is as done as the heeding
    if begun_clause(trigger) is not None and not question:
        return StatusResult("happened")  # "would return to work on Wednesday, ending a stoppage that began on Friday":
        # the stoppage, begun (its own clause's tense, not the frame's)
    if failed_to_occur(trigger) and not question:
        return StatusResult("postponed", False, True, trigger.head)  # "The trial of X failed to resume on Monday": not
        # held that day, put off with no new day (no call-off told)
    if _taken_back(trigger) and not question:
        return StatusResult("cancelled", False, True, trigger.head)  # "announced her resignation last month before
        # withdrawing it": taken back
    if scaled_plan(trigger) and not question and _relative(date_value, anchor) != "happened":
        return StatusResult("planned", False, True, trigger.head)  # "Norway has scaled back the Arctic Lynx exercise":
        # the plan, smaller, still ahead
    if _failed_subject(trigger) and not question:
        return StatusResult("cancelled", False, True, trigger.head)  # "A planned prisoner exchange ... collapsed on
        # Friday": the plan did not come about
    found: str | None = None
    cue_tok: Token | None = None
    for k, tok in enumerate(chain):
        if k > 0 and (tok.dep_ == "prep" and tok.lower_ in _lex().earlier_frames and (
                chain[k - 1].tag_ == "VBG" or k > 1 and chain[k - 1].dep_ == "pobj" and chain[k - 2].dep_ in ("acl", "prep")
                and trigger.pos_ == "VERB")
                      or chain[k - 1].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _lex().earlier_frames
                                                              for c in chain[k - 1].children)):
            break  # "called off a strike after signing a wage agreement on Sunday", "was postponed after X offered to
            # mediate", "agreed to a ceasefire after three hours of talks hosted by X": what came first; the later act's
            # change or plan is no status of it
        if _result_of(chain, k):
            break  # "the opposition rejected the results of last month's election": the election was held; the cues on
            # its results are not its own
        if k > 0 and chain[k - 1].dep_ == "advcl" and _conditional_clause(chain[k - 1], cues):
            break  # "will withdraw its force unless X arranged a ceasefire": the main clause's cue is not the condition's
        sibling = k > 0 and chain[k - 1].dep_ == "conj" and chain[k - 1].pos_ in ("VERB", "AUX")  # "pulled out of X and
        # cut short Y"; "denies the charges and is due to appear before a judge": the other verb's cue is not this one's
        negated = negated or k > 0 and chain[k - 1].dep_ == "xcomp" and tok.lemma_.lower() in _failing_verbs() \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[k - 1].children)  # "failed to arrive": as "did
        # not arrive" (not "the talks failed": held)
        negated = negated or _negated(tok, cues) and not (sibling and any(
            c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "nsubj" for c in chain[k - 1].children))  # ("would not stop
        # in X and would return to Tokyo": the return is not negated; "did not meet X and sign Y" shares it)
        kind = _verb_cue(tok, cues) if (tok.i != trigger.i or tok.pos_ == "AUX") and not sibling else None
        if kind in ("postponed", "cancelled") and k > 0 and chain[k - 1].dep_ == "nsubj" and chain[k - 1].pos_ == "NOUN" \
                and any(c.dep_ == "dobj" for c in tok.children):
            kind = None  # "The strike would delay dozens of ships": the event delays something else, it is not delayed
        if kind == "planned" and k > 0 and chain[k - 1].dep_ in ("nsubj", "csubj") \
                and tok.lemma_.lower() in load_data("status_cues.json")["decided_acts"]["verbs"] \
                and any(c.dep_ == "xcomp" for c in tok.children):
            kind = None  # "West African leaders meeting in Accra on Thursday agreed to send mediators": the meeting
            # agreed; what it agreed to lies ahead, not the meeting
        if kind == "planned" and k > 1 and chain[k - 1].dep_ == "prep" and tok.lemma_.lower() in commitment_verbs() \
                and chain[k - 1].lower_ in _setting_preps():
            kind = None  # "Donors pledged $4 billion at a conference hosted by Pakistan": the conference is where the
            # pledge was made, not what was pledged; its tense tells the conference's
        if kind is None and k > 0 and _decided_by_vote(chain[k - 1], tok):
            kind = "planned"  # "Copper miners voted on Sunday to go on strike from Wednesday": a strike decided, ahead
        if kind is None and k > 0 and chain[k - 1].dep_ == "xcomp" and tok.lemma_.lower() in _committed_verbs() \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in chain[k - 1].children):
            kind = "planned"  # "among those confirmed to attend": a commitment to the act, ahead
        if kind == "planned" and k > 0 and tok.tag_ == "VBD" and (_participle(chain[k - 1]) or k > 1 and _participle(
                chain[k - 2]) and chain[k - 1].dep_ == "xcomp" and chain[k - 1].tag_ == "VB"
                and chain[k - 2].tag_ == "VBG"):
            kind = None  # "agreed on Thursday to reopen two crossings, wrapping up two days of talks": part of the
            # agreeing, done then, not of what was agreed (also when the parser hangs the participle on the agreed
            # infinitive: "agreed on Friday to set up a fund, wrapping up a two-day summit")
        if kind == "denied" and k > 1 and chain[k - 1].dep_ == "nsubj" and chain[k - 2].dep_ == "acl" \
                and chain[k - 2].tag_ == "VBG" and any(c.dep_ == "ccomp" for c in tok.children):
            kind = None  # "X, testifying before the committee on Wednesday, denied that police had been warned": what
            # the subject was doing as it spoke, not what it denies
        if kind is None:
            kind = _local_cue(tok, cues, trigger)
        if kind in _STRONG and any(chain[j].dep_ == "advcl" and chain[j].tag_ == "VBG"
                                   and chain[j].lemma_.lower() in _grievance_participles() for j in range(1, k)):
            kind = None  # "would boycott Tuesday's talks, accusing the authorities of arresting its activists": the
            # change is not of what a participle clause on its verb tells (the arrests)
        if kind is None and k > 1 and tok.pos_ == "NOUN" and tok.lemma_.lower() in _barring_nouns() \
                and chain[k - 1].dep_ == "prep" and chain[k - 1].lower_ == "on":
            kind = "cancelled"  # "upheld a police ban on Saturday's opposition rally": the rally may not go ahead
        if kind is None:
            continue
        if found is None:
            found, cue_tok = kind, tok
        if kind in _STRONG:
            found, cue_tok = kind, tok
            if kind in _HEDGEABLE and _hedged(tok, cues):
                return StatusResult("uncertain", False, True, tok)  # "may call off the visit": the plan is in doubt
            break
    if found == "planned" and cue_tok is not None and not negated and not question \
            and (change := _shared_subject_change(trigger, cue_tok, cues)) is not None:
        return StatusResult("planned" if change[0] == "moved" else change[0], False, True, change[1])  # "A meeting
        # between X and Y had been scheduled for Tuesday but was postponed": the plan's subject is what the next verb
        # put off (or moved: still a plan, changed)
    if found == "planned" and cue_tok is not None and not negated and not question and trigger.pos_ == "NOUN" \
            and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i == cue_tok.i \
            and cue_tok.lemma_.lower() in load_data("status_cues.json")["revised_schedule_verbs"] \
            and any(c.dep_ == "advmod" and c.lower_ in cues.revised for c in cue_tok.children):
        return StatusResult("planned", False, True, cue_tok)  # "The visit is now expected in mid-May": the plan told
        # before, set for a new time (as "has been moved to mid-May" tells it)
    if found == "planned" and cue_tok is not None and not negated and _decided_act(trigger, cue_tok) \
            and _relative(date_value, anchor) != "planned":
        found = "happened"  # "agreed on Tuesday to impose new sanctions on X": the sanctions were decided that day
    if found is None and _announced(trigger) and not negated:
        found = "planned"  # "Unions have called a general strike for Thursday", "announced joint drills for next week"
    if found is None and ahead_frame(trigger):
        found = _relative(date_value, anchor) or "planned"  # "ahead of her trip to Washington"
    if found is None:
        found = _tense(chain, date_value, anchor)
    if question and found in ("planned", "happened", "ongoing"):
        found = "uncertain"
    top = chain[-1]
    if found == "planned" and top.dep_ == "ccomp" and top.head.lemma_.lower() in cues.hearsay and not any(
            c.dep_ == "nsubj" and (c.lower_ in cues.official or top.head.i > top.i and _state_media(c))
            for c in top.head.children):
        # (not "the Foreign Ministry reported"; not "X will visit Y on May 2, state media reported", the state's own
        # record of its plans told after them; "the state news agency had reported that X would fly": a claim recalled)
        found = "uncertain"  # "newspapers had reported that Lula planned to meet Maduro": a claim, not the plan
    if found == "planned" and any(_report_content(t) for t in chain):
        found = "uncertain"  # "The denial followed a report on Monday that X would visit Beijing": the report's claim
    if (found == "happened" or found == "planned" and cue_tok is None) and (
            _controlled(trigger, cues) or trigger.pos_ == "NOUN" and trigger.dep_ == "dobj"
            and _controlled(trigger.head, cues)):
        found = "uncertain"  # "The committee summoned X to testify on Monday": called to, not yet seen doing it (so is
        # "urged workers to join a march"; and "summoned X to testify on Thursday", a day ahead, told by no plan word)
    if found in ("planned", "happened", "ongoing") and (press := press_claim(trigger)) is not None \
            and (found == "planned" or press.i < trigger.i):
        found = "uncertain"  # "The daily X reported on Thursday that Y flew to Pyongyang on February 20": a claim (an
        # outcome told first and then put to the paper, "visited Singapore, a local newspaper reported", stays as told)
    no_det = any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
    such = any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in trigger.children)
    if no_det and found == "happened" and _unrealized(trigger, cues) and not such:
        found = "cancelled"  # "No joint naval drills took place this week": the drills did not take place
    elif no_det and found in ("planned", "ongoing", "happened", "uncertain"):
        found = "denied"  # "no trip to Syria is on the agenda", "no such meeting had taken place": a report denied
    elif found in ("planned", "happened", "uncertain") and _no_intent(trigger):
        found = "denied"  # "Russia has no intention of holding exercises", "has no plans to hold drills"
    if found in ("cancelled", "postponed") and cue_tok is not None and cue_tok.i != trigger.i and not question \
            and (_negated(cue_tok, cues) or _denied_content(cue_tok, cues)):
        return StatusResult("planned", False, False, cue_tok)  # "The exercise has not been called off", "denying a
        # government statement that the strike had been cancelled": the plan stands
    rejected = found == "reject"
    if rejected and cue_tok is not None and any(cues.verbs.get(t.lemma_.lower()) == "uncertain" for t in chain
                                                if t.pos_ == "VERB" and t.is_ancestor(cue_tok)):
        return StatusResult("uncertain", True, False, cue_tok)  # "have threatened to boycott the session": a threat of
        # a refusal, nothing refused yet
    if rejected:
        return StatusResult("denied", True, False, cue_tok)
    if found == "moved" and not negated and cue_tok is not None and cue_tok.lemma_.lower() in cues.postponing \
            and _no_new_setting(cue_tok):
        return StatusResult("postponed", False, True, cue_tok)  # "will be rescheduled at a more suitable time": put off,
        # no new day or place yet
    if found == "moved" and not negated:
        return StatusResult("planned", False, True, cue_tok)  # "has been moved to Sao Paulo": still the plan, changed
    if found == "moved":
        found = "planned"
    if found == "cancelled" and not negated and _speaks_of_new_date(trigger, cues, promised=True):
        found = "postponed"  # "called off the visit, saying a new date would be set soon": put off, not called off
        # ("called off talks ..., and no new date has been set": called off)
    if negated:
        if found == "happened" and _unrealized(trigger, cues) and (
                _redated_after(trigger, cues) or _speaks_of_new_date(trigger, cues)):
            found = "postponed"  # "The swap planned for Thursday did not take place ..., adding that the swap was now
            # expected on Saturday": put off, not called off
        elif found == "happened" and _unrealized(trigger, cues):
            found = "cancelled"  # "Varadan's meeting with X did not take place"
        elif found == "happened" and trigger.pos_ == "VERB" and trigger.lemma_.lower() in cues.absence:
            found = "cancelled"  # "Ouattara did not attend": his attendance did not take place, no denial of a report
        elif found == "happened" and _as_planned(told := trigger.head if trigger.dep_ == "nsubj" else trigger) and (
                _speaks_of_new_date(trigger, cues) or _put_off_after(told, cues)):
            found = "postponed"  # "The convoy did not cross on Monday as planned, and the crossing had been pushed
            # back to Thursday": put off
        elif found == "happened" and _as_planned(told):
            found = "cancelled"  # "did not travel to Panama City on Thursday as planned": the plan not carried out ("The
            # convoy did not leave on Monday as planned": of the noun's verb)
        elif found == "happened" and any(t.lemma_.lower() in cues.prevented and _negated(t, cues) for t in chain[1:]):
            found = "cancelled"  # "was not allowed to visit him": kept from taking place, no denial of a report
        elif found == "happened":
            found = "denied"
        elif found in ("planned", "ongoing") and _refused(trigger, cues):
            return StatusResult("denied", True, False, cue_tok)  # "said he would not resign", "I am not resigning": a
            # refusal, no plan called off
        elif found == "planned" and _not_before(chain):
            pass  # "The next presidential election is not due until 2027": planned for then, nothing called off
        elif found in ("planned", "ongoing") and _unrealized(trigger, cues) and _redated_after(trigger, cues):
            found = "postponed"  # "The swap planned for Thursday did not take place ..., now expected on Saturday"
        elif found in ("planned", "ongoing") and _speaks_of_new_date(trigger, cues):
            found = "postponed"  # "will not travel to Vientiane as planned ..., adding that no new date had been set"
        elif found in ("planned", "ongoing") and _off_schedule(trigger, cues):
            return StatusResult("denied", True, False, cue_tok)  # "A visit to Cusco is not on the official schedule": no
            # such plan, which nothing says was ever made
        elif found in ("planned", "ongoing") and _on_condition(chain):
            return StatusResult("denied", True, False, cue_tok)  # "said he would not attend the meeting on April 15
            # 'while the insult stands'": a refusal on a condition, no plan called off
        elif found in ("planned", "ongoing"):
            found = "cancelled"
    if found in ("planned", "uncertain") and _answered_no(chain):
        return StatusResult("denied", True, False, cue_tok)  # "Asked whether X could stop in Y, Z said that such a
        # possibility was not being considered"
    return StatusResult(found, False, _PLAN_OF.get(found, False), cue_tok)


@cache
def _frame_part_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``frame_part_nouns`` of ``families.json`` court words ("end": "at the end of")."""
    return frozenset(load_data("families.json")["court_words"]["frame_part_nouns"])


def at_frame_verb(tok: Token) -> Token | None:
    """tok (Token): an event noun. RETURNS (Token | None): the verb an "at" phrase of it hangs on ("At a hearing last
    Friday, X was refused bail"; "granted the request at the end of a six-hour hearing": ``frame_part_nouns`` of
    ``families.json`` court words), else None."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj" \
            and prep.head.lower_ in _frame_part_nouns():
        prep = prep.head.head  # ("at the end of a hearing")
    elif tok.dep_ != "pobj":
        return None
    return prep.head if prep.lower_ == "at" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") else None


def _at_past_gathering(trigger: Token) -> bool:
    """trigger (Token): an event noun. RETURNS (bool): it is the object of "at" hung on a verb told in the past
    ("At his first hearing last Friday, Banda was refused bail", "was remanded in custody at a hearing on Friday"):
    something done at the event, so the event was held, whatever was done there."""
    if trigger.pos_ != "NOUN" or (verb := at_frame_verb(trigger)) is None:
        return False
    if verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head  # ("refused him bail at the end of a hearing": "bail" read as a bare verb under "refused")
    return verb.pos_ == "VERB" and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _no_new_setting(cue: Token) -> bool:
    """cue (Token): a verb that moves a plan and may put it off ("reschedule"). RETURNS (bool): it names no new day or
    place of its own: no "for"/"to"/"until"/"on"/"in" phrase but one naming no day (``unset_day_phrases``: "for a
    later date") and no bare day phrase ("will be rescheduled", "has been rescheduled at a later date", "will be
    rescheduled for a later date"; not "rescheduled for June 2", "rescheduled to Lusaka")."""
    unset = _unset_day_phrases()
    return not any(c.dep_ in ("prep", "npadvmod", "tmod") and c.lower_ in ("for", "to", "until", "till", "on", "in", "from")
                   and " ".join(t.lower_ for t in c.subtree if t.i != c.i) not in unset
                   or c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME") for c in cue.children)


@cache
def _unset_day_phrases() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``unset_day_phrases`` of ``status_cues.json`` ("a later date": no day named)."""
    return frozenset(load_data("status_cues.json")["unset_day_phrases"])


def _put_off_after(verb: Token, cues: _Cues) -> bool:
    """verb (Token): a negated verb told "as planned". cues (_Cues): the status cues. RETURNS (bool): its sentence or the
    next goes on to put the act off: a later postponing or moving verb ("had been pushed back to Thursday") whose subject
    is a pronoun, an event noun or the verb's own noun ("The convoy did not cross on Monday as planned ... the crossing
    had been pushed back to Thursday")."""
    doc = verb.doc
    end = verb.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    nouns = _lex().nouns
    stem = verb.lemma_.lower()
    for tok in doc[verb.i + 1 : end]:
        if cues.verbs.get(tok.lemma_.lower()) not in ("postponed", "moved"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PRON" or c.lower_ in nouns
                                                       or len(stem) >= 4 and c.lemma_.lower().startswith(stem))
               for c in tok.children):  # (a verb's own noun by its stem, "cross": "crossing"; never "go": "government")
            return True
    return False


def _as_planned(verb: Token) -> bool:
    """verb (Token): a trigger. RETURNS (bool): it has an "as planned" clause ("as planned", "as expected", "as
    scheduled": "as" and a plan word, ``PLAN_WORDS``)."""
    return any(c.dep_ == "advcl" and c.lower_ in PLAN_WORDS and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
               for c in verb.children)


def _denied_content(cue: Token, cues: _Cues) -> bool:
    """ "denying a government statement that the strike had been cancelled", "denied that the visit was postponed":
    whether the clause of a change cue is what a ``denied_verbs`` verb (not negated) denies, directly or as the content
    clause of its object noun (also a plan to make the change: "denied reports that it planned to postpone ...")."""
    verbs = denied_verbs()
    while cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _change_intent_verbs() and cue.head.i != cue.i:
        cue = cue.head  # "denied reports that it planned to postpone the elections": the plan to change it, denied
    if cue.dep_ not in ("ccomp", "acl"):
        return False
    head = cue.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head
    return head.lemma_.lower() in verbs and head.lemma_.lower() != "rule" and not _negated(head, cues)


@cache
def _change_intent_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``change_intent_verbs`` of ``status_cues.json``: verbs of a plan or intention whose
    infinitive is the change planned ("planned to postpone")."""
    return frozenset(load_data("status_cues.json")["change_intent_verbs"])


@cache
def _own_tense_marks() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``own_tense_marks`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["own_tense_marks"])


@cache
def report_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): nouns of a report or claim (``denied_report_nouns`` of ``status_cues.json``)."""
    return frozenset(load_data("status_cues.json")["denied_report_nouns"])


@cache
def denied_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs of denial (``denied_verbs`` of ``status_cues.json``)."""
    return frozenset(load_data("status_cues.json")["denied_verbs"])


def denied_pronoun(verb: Token) -> Token | None:
    """verb (Token): a word. RETURNS (Token | None): the "this", "that" or "it" right after it that it denies when it is
    a ``denied_verbs`` verb ("Her office denied this, saying no such meeting was planned": the claim just told)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in denied_verbs():
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("this", "that", "it")
                 and c.i == verb.i + 1), None)


@cache
def _confirming_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``confirming_verbs`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["confirming_verbs"])


def _report_content(clause: Token) -> bool:
    """clause (Token): a word of a trigger's head chain. RETURNS (bool): whether it heads the "that" clause of a report
    noun ("a report that X would visit Beijing"; also when the parser hangs the clause on the report noun's verb: "followed
    a report on Monday, citing sources, that X would ..."), the report not confirmed (``confirming_verbs``)."""
    if clause.dep_ not in ("acl", "relcl", "ccomp", "advcl") \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False  # (a "relcl" whose "that" is a mark is the noun's content clause, misread: "denied a report that it
        # intends to close its embassy")
    head = clause.head
    if clause.dep_ in ("acl", "relcl"):
        noun = head if head.pos_ == "NOUN" and head.lower_ in report_nouns() else None
    else:
        noun = next((c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < clause.i
                     and c.pos_ == "NOUN" and c.lower_ in report_nouns()), None)
    if noun is None:
        return False
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    return verb is None or verb.lemma_.lower() not in _confirming_verbs()


def _state_media(subject: Token) -> bool:
    """subject (Token): a reporting verb's subject. RETURNS (bool): it holds a ``state_media_modifiers`` word
    ("state media", "the state-run news agency"), the state's own record."""
    state = _state_media_words()
    return any(t.lower_ in state for t in subject.subtree if t.dep_ not in ("relcl", "acl"))


@cache
def _state_media_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``state_media_modifiers`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["state_media_modifiers"])


def press_claim(trigger: Token) -> Token | None:
    """ "The Tokyo-based daily X reported on Thursday that Y flew to Pyongyang", "visited Singapore on Thursday, a local
    newspaper reported": the press verb (a ``hearsay_verbs`` verb, or a reporting verb such as "said") whose complement
    clause tells the event, when its subject holds a ``media_sources`` word and no ``state_media_modifiers`` or
    ``official_sources`` word ("state media reported": the state's own record).

    trigger (Token): the event's trigger. RETURNS (Token | None): that verb, else None.
    """
    cues = _cues()
    top = head_chain(trigger)[-1]
    verb: Token | None = top.head
    if top.dep_ != "ccomp":
        verb = _misparsed_press_verb(top, cues)  # "The daily X had reported on Tuesday, citing two officials, that Y
        # planned to visit Z": the parser makes the press verb the clause's complement
    if verb is None:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.hearsay | cues.reporting:
        return None
    data = load_data("status_cues.json")
    media, state = frozenset(data["media_sources"]), frozenset(data["state_media_modifiers"]) | cues.official
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("acl", "relcl", "conj"):  # "The daily X, citing two officials, reported that":
        # the parser made "citing" the root, with the paper its subject, and hung the press verb on "officials"
        subjects = [c for a in verb.ancestors for c in a.children if c.dep_ == "nsubj" and c.i < verb.i][:1]
        root = verb.sent.root
        if not subjects and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
            subjects = [root]  # "[The newspaper]ROOT X, citing two officials, reported that": a verbless parse
    for subject in subjects:
        words = {t.lower_ for t in subject.subtree if t.dep_ not in ("relcl", "acl")}
        press = subject.lower_ in media or subject.pos_ == "PROPN" and any(
            c.dep_ in ("amod", "compound", "appos") and c.lower_ in media for c in subject.children) \
            or _newspaper_title(subject, frozenset(data["media_title_heads"]))  # "the daily X", "The Manila Chronicle"
        if press and not words & state:  # (not "the military's media wing": an organ)
            return verb
    return None


def _newspaper_title(subject: Token, titles: frozenset[str]) -> bool:
    """ "The Manila Chronicle reported", "the Daily Post said": a proper-name subject with the determiner "the" whose
    head word is a capitalised ``media_title_heads`` word (a newspaper named by its title).

    subject (Token): the press verb's subject. titles (frozenset[str]): the ``media_title_heads`` words.
    RETURNS (bool): whether the subject names a newspaper.
    """
    return subject.pos_ == "PROPN" and subject.text in titles \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _misparsed_press_verb(top: Token, cues: _Cues) -> Token | None:
    """ "The daily X had reported on Tuesday, citing two officials, that Y planned to visit Z": a sentence root that
    opens with "that" and has, before that mark, a ``hearsay_verbs`` complement: the verb that reports the root's clause
    (the parser hung it the wrong way round); or a reporting tail hung on the root (``parataxis``, after a comma).

    top (Token): the last token of the trigger's head chain. cues (_Cues): the status cues.
    RETURNS (Token | None): that reporting verb, else None.
    """
    if top.dep_ != "ROOT" or top.pos_ != "VERB":
        return None
    tail = next((c for c in top.children if c.dep_ == "parataxis" and c.i > top.i and c.pos_ == "VERB"
                 and c.lemma_.lower() in cues.hearsay | cues.reporting), None)
    if tail is not None:
        return tail  # "will visit Asuncion on Friday ..., the newspaper La Nacion reported on Monday" (noun_verbs.
        # repair_reporting_tails)
    mark = next((c for c in top.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    return next((c for c in top.children if c.dep_ == "ccomp" and c.i < mark.i and c.pos_ == "VERB"
                 and c.lemma_.lower() in cues.hearsay), None)


def _off_schedule(trigger: Token, cues: _Cues) -> bool:
    """ "A visit to Cusco is not on the schedule": an event noun that is the subject of a negated "be" with an "on" phrase
    of a ``planned_nouns`` noun (agenda, schedule, itinerary, programme)."""
    head = trigger.head
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" and head.lemma_ == "be" and _negated(head, cues) \
        and any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in cues.nouns for g in c.children)
                for c in head.children)


def _refused(trigger: Token, cues: _Cues) -> bool:
    """ "he would not resign", "will not step down", "I am not resigning": a ``refusal_verbs`` verb negated itself under
    a planned modal or in the present progressive."""
    data = load_data("status_cues.json")
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in data["refusal_verbs"] and _negated(trigger, cues) \
        and any(c.dep_ == "aux" and (c.lower_ in data["planned_modals"] or trigger.tag_ == "VBG" and c.tag_ in ("VBP", "VBZ"))
                for c in trigger.children)


def purpose_clause(trigger: Token, cue: Token | None) -> Token | None:
    """ "called off the drills to make room for talks", "so that talks can be held", "in favour of talks": the clause
    of purpose (or "in favour of" phrase) under the change cue, which is not its own, that the trigger sits in: its head
    word, whose subtree holds all the event's own words; None when the trigger sits in none."""
    if cue is None or cue.i == trigger.i:
        return None
    marks = frozenset(load_data("status_cues.json")["purpose_marks"])
    for tok in head_chain(trigger):
        if tok.i == cue.i:
            return None
        if tok.dep_ == "advcl" and any(c.dep_ in ("aux", "mark") and c.lower_ in marks for c in tok.children):
            if tok.head.i != cue.i and tok.head.pos_ == "VERB" and _cues().verbs.get(tok.head.lemma_.lower()) is None \
                    and (tok.head.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.head.children)):
                return None  # "denied a report that X had travelled to Pyongyang to meet officials": the purpose of a
                # finite verb the cue tells of, whose fate it shares
            return tok if tok.head.i == cue.i or any(t.i == cue.i for t in head_chain(tok.head)) else None
        if tok.dep_ == "pobj" and tok.lower_ in ("favour", "favor") and tok.head.lower_ == "in":
            return tok.head
    return None


def _unrealized(trigger: Token, cues: _Cues) -> bool:
    """An event noun that is the subject of an ``occurrence_phrases`` verb ("the meeting did not take place")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return occurrence_verb(trigger.head)


def failed_to_occur(trigger: Token) -> bool:
    """trigger (Token): an event word. RETURNS (bool): an event noun that is the subject of a ``failing_verbs`` verb
    whose to-infinitive is an ``occurrence_phrases`` verb ("The trial of X failed to resume on Monday", "the talks
    failed to take place"): the plan did not come about that day (put off, no new day told)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "nsubj" or trigger.head.lemma_.lower() not in _failing_verbs():
        return False
    return any(c.dep_ == "xcomp" and occurrence_verb(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in trigger.head.children)


def _means_of_agreement(trigger: Token, chain: list[Token]) -> bool:
    """Whether an event noun is where or how a verb with an infinitive, or a plan verb, was done ("agreed in a phone call
    to hold talks", "decided at a meeting on Friday to postpone the vote", "agreed on a plan at a summit"): the plan is
    not the noun's own.

    trigger (Token): the trigger. chain (list[Token]): the trigger and its heads.
    RETURNS (bool): the trigger is the object of an "in"/"at"/"during" phrase of a verb with an infinitive complement
        or of a ``planned_verbs`` verb.
    """
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or len(chain) < 3 or chain[1].lower_ not in ("in", "at", "during"):
        return False
    verb = chain[2]
    if verb.pos_ == "NOUN" and chain[1].lower_ in ("at", "during"):  # ("agreed on a consensus at a summit": the phrase
        # hung on the verb's object; not "agreed to US mediation in the talks", what is agreed to)
        verb = next((t for t in chain[2:] if t.pos_ != "NOUN" and t.dep_ != "prep"), chain[2])
    return verb.pos_ == "VERB" and (any(c.dep_ == "xcomp" and c.i > trigger.i for c in verb.children)
                                    or chain[1].lower_ in ("at", "during") and _cues().verbs.get(verb.lemma_.lower()) == "planned")  # "agreed on a plan at a
    # summit in Jakarta in April 2021": the summit is where the agreement was made, not a plan of its own


def _not_before(chain: list[Token]) -> bool:
    """Whether a negated plan is told with the day before which it will not be ("is not due until 2027", "is not
    expected before March"): the plan is later, not called off.

    chain (list[Token]): the trigger and its heads. RETURNS (bool): an "until"/"till"/"before" phrase with a date on the
        chain's verb or adjective.
    """
    return any(p.dep_ == "prep" and p.lower_ in ("until", "till", "before") and any(
        g.ent_type_ in ("DATE", "TIME") or g.like_num for g in p.subtree) for t in chain for p in t.children)


def _speaks_of_new_date(trigger: Token, cues: _Cues, promised: bool = False) -> bool:
    """Whether a negated plan's sentence also speaks of a new or later date ("no new date had been set", "at a later
    date"): ``redate_nouns`` with a ``redate_modifiers`` word. trigger (Token): the event's trigger. promised (bool):
    only a new date the sentence holds out ("a new date would be set soon"), not "no new date". RETURNS (bool)."""
    return any(tok.lower_ in cues.redate_nouns and any(c.dep_ == "amod" and c.lower_ in cues.redate_modifiers
                                                       for c in tok.children)
               and not (promised and (any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
                                      or any(a.lower_ == "without" and a.dep_ == "prep" for a in tok.ancestors)))
               for tok in trigger.sent)  # (nor "called off ..., without giving a new date")


def _redated_after(trigger: Token, cues: _Cues) -> bool:
    """Whether the sentence goes on to give the event that did not take place a new plan: a later plan verb or
    adjective with a ``revised_plan_adverbs`` adverb ("was now expected on Saturday"), or a later postponed or moved
    verb ("has been rescheduled for Monday"), whose subject is a pronoun or an event noun of the trigger's family.

    trigger (Token): the event noun, subject of a negated occurrence verb. cues (_Cues): the status cues.
    RETURNS (bool): whether such a later clause follows in its sentence.
    """
    nouns = load_data("triggers.json")["nouns"]
    family = nouns.get(trigger.lower_, {}).get("action")
    for tok in trigger.sent:
        if tok.i <= trigger.head.i or not any(c.dep_ in ("nsubj", "nsubjpass") and (
                c.pos_ == "PRON" or c.lower_ in nouns and (family is None or nouns[c.lower_].get("action") == family))
                                              for c in tok.children):
            continue  # (another event's noun tells another plan: "Her meeting with X will not take place, and the
            # signing of the agreement has been postponed": the meeting is called off)
        lemma = tok.lemma_.lower()
        if cues.verbs.get(lemma) in ("postponed", "moved"):
            return True
        planned = cues.verbs.get(lemma) == "planned" or lemma in cues.adjectives or tok.lower_ in cues.adjectives
        if planned and any(c.dep_ == "advmod" and c.lower_ in cues.revised for c in tok.children):
            return True
    return False


def occurrence_verb(verb: Token) -> bool:
    """Whether a verb with its particle or object is an ``occurrence_phrases`` phrase, whole ("took place", "went ahead",
    "happened"; not "take" alone).

    verb (Token): a verb. RETURNS (bool): so.
    """
    words = [verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in ("dobj", "prt", "advmod") and c.i > verb.i)]
    if any(" ".join(words[: len(p.split())]) == p for p in _cues().occurrence):
        return True
    under = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)  # "got [under way]"
    words = [verb.lemma_.lower(), under.lower_, *(g.lower_ for g in under.children if g.dep_ == "pobj")] if under else []
    return any(" ".join(words) == p for p in _cues().occurrence if " " in p)


def _answered_no(chain: list[Token]) -> bool:
    """ "Asked whether Orlanov could also stop in Istanbul, Sedov said that such a possibility was not being considered":
    an event in a "whether" question the sentence's speaker answers with a negated clause about it (a subject with
    "such"/"this"/"that", or an event noun) is denied."""
    clause = next((t for t in chain if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children)), None)
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() != "ask":
        return False
    main = clause.head.head
    for answer in main.children:
        if answer.dep_ != "ccomp" or answer.i < clause.head.i or not any(c.dep_ == "neg" for c in answer.children):
            continue
        for sub in answer.children:
            if sub.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("such", "this", "that") for c in sub.children):
                return True
    return False


def hypothetical(trigger: Token) -> str | None:
    """ "If Xi were to visit Washington", "Trump would have cancelled the trip": a counterfactual tells no event
    ("none"); "if he visits Paris next week" makes it uncertain ("uncertain"); else None.

    trigger (Token): the event's trigger. RETURNS (str | None): "none", "uncertain" or None.
    """
    cues = _cues()
    chain = head_chain(trigger)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass") and len(chain) == 1 \
            and trigger.head.pos_ in ("VERB", "AUX"):
        chain = [trigger, *head_chain(trigger.head)]  # "if the stoppage went ahead": the clause the noun is subject of
    for tok in chain:
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.tag_ == "VBN" and "have" in auxes and auxes & (cues.uncertain_modals | {"would", "should", "'d"}):
            return "none"  # "would have cancelled": it did not happen
        if _open_question(tok, cues):
            return "none"  # "did not say whether the trip would be rescheduled": nothing told either way
        if tok is not trigger and _sought_change(tok) and _verb_cue(tok, cues) in ("cancelled", "postponed"):
            return "none"  # "talks in a bid to avert a strike": a plan only threatened, of no day, is no event
        if tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ in _open_marks() for c in tok.children):
            return "uncertain"  # "will decide by the end of the month whether to resign": not decided yet
        if any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in tok.children):
            if tok.lower_ in cues.counterfactual or auxes & cues.counterfactual:
                return "none"  # "if Xi were to visit", "if he had gone"
            return "uncertain"
        if _awaited(tok, cues):
            return "uncertain"  # "would not return to work until he was freed": what must come first, not done
    for tok in chain:
        if tok.tag_ == "VBD" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children):
            continue  # "members voted last week to stop work unless the government raised wages": the condition is
            # the infinitive's, the vote was held
        if any(c.dep_ == "advcl" and _conditional_clause(c, cues) for c in tok.children):
            return "uncertain"  # "will visit Cebu on Wednesday if the weather allows": a plan on a condition
    return None


@cache
def _open_marks() -> frozenset[str]:
    return frozenset(load_data("status_cues.json")["open_question_marks"])


def _open_question(clause: Token, cues: _Cues) -> bool:
    """A clause opened by an ``open_question_marks`` word ("whether") under a negated verb ("did not say whether") or
    a ``withholding_verbs`` verb ("declined to say whether"): a question the article leaves open."""
    data = load_data("status_cues.json")
    if clause.dep_ not in ("ccomp", "xcomp") or not any(c.dep_ == "mark" and c.lower_ in data["open_question_marks"]
                                                        for c in clause.children):  # ("has not decided whether to attend")
        return False
    head = clause.head
    if any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in data["withholding_verbs"]:
        return True
    return head.dep_ == "xcomp" and (head.head.lemma_.lower() in data["withholding_verbs"] or any(c.dep_ == "neg" for c in head.head.children))


def superseded(cue: Token | None) -> bool:
    """ "The talks were initially planned for October": a plan cue with a ``superseded_adverbs`` adverb."""
    return cue is not None and any(c.dep_ == "advmod" and c.lower_ in _cues().superseded for c in cue.children)


def advised(trigger: Token) -> bool:
    """ "But he should visit Warsaw first", "ought to invite him": the event's own verb under an ``advice_modals`` modal."""
    advice = _cues().advice
    verb = next((t for t in head_chain(trigger) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.dep_ == "xcomp" and verb.head.lower_ in advice:
        return True  # "he [ought] to stop in Dublin": the parser makes "ought" the head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in advice for c in verb.children)


def _awaited(clause: Token, cues: _Cues) -> bool:
    """clause (Token): a verb. RETURNS (bool): it opens a ``pending_marks`` clause ("until he was freed") on a negated
    verb or one under a planned modal ("would not return to work until ...", "will stay on strike until ...")."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in cues.pending_marks for c in clause.children):
        return False
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lower_ in cues.planned_modals
               for c in clause.head.children)


def _on_condition(chain: list[Token]) -> bool:
    """chain (list[Token]): a negated plan's chain of heads. RETURNS (bool): a verb of it holds a clause of the condition
    the refusal lasts for ("would not attend ... while the insult stands", "will not travel until X is freed")."""
    marks = _cues().refusal_condition_marks  # ("while", "unless", "until")
    said = [chain[-1].head] if chain[-1].dep_ == "ccomp" else []  # (the parser may hang the clause on "said")
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for t in [*chain, *said] for c in t.children)


def _conditional_clause(clause: Token, cues: _Cues) -> bool:
    """An if/unless clause on the event's own clause, not a concessive one ("even if it rains")."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in cues.conditional_marks]
    return bool(marks) and not any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children)


def ahead_frame(noun: Token) -> bool:
    """ "ahead of her trip to Washington", "before his visit to China": someone's coming event named as a time frame.

    noun (Token): an event noun. RETURNS (bool): it has a possessor and hangs on "before" or "ahead of".
    """
    return any(c.dep_ == "poss" for c in noun.children) and frame_object(noun, frozenset({"before"}))


def frame_object(noun: Token, preps: frozenset[str]) -> bool:
    """noun (Token): an event noun. preps (frozenset[str]): prepositions of a time frame. RETURNS (bool): the noun is
    the object of one of them or of "ahead of" ("ahead of a general election", "before his visit")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in preps or (prep.lower_ == "of" and prep.head.lower_ == "ahead")


def _set_anew(verb: Token) -> bool:
    """verb (Token): the verb of a put-off event noun. RETURNS (bool): it tells the event's new plan: a modal "will" or
    "would" and "now" or "instead" ("the postponed round would now be held in Brussels on April 2")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in ("now", "instead") for c in verb.children)


def _local_cue(tok: Token, cues: _Cues, trigger: Token | None = None) -> str | None:
    """Cues attached to one token: modals, hedges, "upcoming", "scheduled for", "on his agenda"; never the trigger
    itself as a clause on it ("a proposal to dismiss X": the dismissal is proposed, no denial)."""
    for child in tok.children:
        low = child.lower_
        if child.dep_ in ("aux", "auxpass") and low in cues.uncertain_modals:
            return "uncertain"
        if child.dep_ == "advmod" and low in cues.uncertain_adverbs:
            return "uncertain"
    for clause in own_relative_clauses(tok) if tok.dep_ == "pobj" else ():  # "before a scheduled audience with X, which
        # was called off": the fate of a noun in a frame (a noun with a verb of its own takes that verb's)
        kind = _verb_cue(clause, cues)
        if kind in ("cancelled", "postponed", "denied"):
            return kind
    for child in tok.children:
        low = child.lower_
        if child.dep_ in ("aux", "auxpass") and low in cues.planned_modals:
            if low == "must" and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
                return "uncertain"  # "must have attended": a guess about the past, no plan
            return "planned"
        if child.dep_ == "aux" and low == "going" or child.dep_ == "amod" and low in cues.nominal:
            return "planned"
        if child.dep_ in ("acl", "relcl", "amod") and child.lemma_ != tok.lemma_ \
                and (trigger is None or child.i != trigger.i):
            if child.dep_ == "relcl" and any(p.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in p.children)
                                             for p in child.children):
                continue  # "held a video call on Saturday, during which they agreed that he would visit Oslo": what
                # was said in it, no plan of the call
            kind = _verb_cue(child, cues)
            if kind in ("postponed", "moved") and child.dep_ == "amod" and tok.dep_ in ("dobj", "nsubj", "nsubjpass") \
                    and (tok.head.tag_ == "VBD" or _set_anew(tok.head) or any(
                        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in tok.head.children)) \
                    and not _negated(tok.head, cues):
                continue  # "held their long-delayed summit on Thursday": put off before, held now; "the postponed round
                # would now be held on April 2": put off before, set anew; "will hold long-delayed elections on July
                # 11": put off before, planned now
            if kind == "planned" and child.dep_ == "acl" and tok.dep_ in ("nsubj", "nsubjpass") \
                    and any(c.dep_ == "advmod" and c.lower_ in superseded_words() for c in child.children):
                continue  # "The talks, originally scheduled for Tuesday, were held on Wednesday": the plan given up;
                # the noun's own verb tells what became of it
            if kind == "planned" and child.dep_ == "acl" and child.lemma_.lower() in _purpose_participles() and any(
                    c.dep_ == "prep" and c.lower_ == "at" or c.dep_ == "xcomp" for c in child.children):
                continue  # "began a state visit aimed at repairing ties": what it is for; its own verb tells its status
            if kind is not None:
                return kind
        if child.dep_ == "prep" and child.lower_ in cues.noun_preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in cues.nouns \
                        and any(c.dep_ in ("det", "poss") for c in pobj.children) \
                        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children):  # "on his agenda",
                    # not "on schedule"; not "held talks with X on the agenda of next month's summit", what they discussed
                    return "planned"
        if child.dep_ == "acomp" and child.lower_ in cues.adjectives:
            return "planned"
    return None


@cache
def _purpose_participles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``purpose_participles`` of ``status_cues.json`` ("aim", "intend")."""
    return frozenset(load_data("status_cues.json")["purpose_participles"])


@cache
def replacing_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``replacing_adverbs`` of ``status_cues.json`` ("now", "instead")."""
    return frozenset(load_data("status_cues.json")["replacing_adverbs"])


@cache
def superseded_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``superseded_adverbs`` of ``status_cues.json`` ("originally", "initially")."""
    return frozenset(load_data("status_cues.json")["superseded_adverbs"])


def own_relative_clauses(noun: Token) -> list[Token]:
    """The relative clauses of an event noun: its own, and a "which" clause the parser hung on the last word of its
    "with"/"of" phrase ("an audience with Emperor X, which was called off")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    out = [c for c in noun.children if c.dep_ == "relcl"]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "of"):
            continue
        for obj in prep.children:
            out += [c for c in obj.children if c.dep_ == "relcl" and any(
                w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that") for w in c.children)]
    return out


def past_conjunct_participle(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): it is a past tense the tagger read as a participle, conjoined to a past verb
    whose subject it shares, with an object of its own and no auxiliary ("The board met on Thursday and appointed
    director X as chair"; not a passive: "was acquitted and released")."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VBD" \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _tense(chain: list[Token], date_value: DateValue | None, anchor: date | None) -> str:
    """Status from the first verb of the chain, and the date when tense says little."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    when = _relative(date_value, anchor)
    prep = next((t for t in chain if t.dep_ == "prep"), None)
    told = None if prep is None else prep.head if prep.head.pos_ in ("VERB", "AUX") \
        else prep.head.head if prep.head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None and prep is not None and prep.lower_ == "on" and told is not None and told.tag_ == "VBD" \
            and told.lemma_.lower() in _cues().reporting and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        return when or "happened"  # "X, on a visit to Brussels, said the talks were frank": there when speaking (the
        # parser may hang the phrase on the subject)
    if verb is None:
        return when or "uncertain"
    tag = verb.tag_
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if tag == "VB" and verb.dep_ == "xcomp" and "to" in auxes and verb.i != chain[-1].i and (up := chain[chain.index(verb) + 1]).pos_ == "VERB" \
            and (up.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in up.children)):
        return _tense(chain[chain.index(verb) + 1 :], date_value, anchor)  # "was not allowed to visit": as "allowed" tells
    if (tag == "VBG" and not auxes and (verb.dep_ in ("pcomp", "advcl", "nsubj", "csubj", "acl")
                                        or verb.dep_ == "conj" and verb.head.tag_ == "VBG")
            or _purpose(verb) or _participle(verb)) and verb.i != chain[-1].i:  # ("arrived on Tuesday, inspecting
        # the port and holding talks with X": the second participle as the first)
        return _tense(chain[chain.index(verb) + 1 :], date_value, anchor)  # "left Tokyo after meeting X", "visited X to
        # attend", "leaders meeting in Accra on Thursday agreed to ...", "were among 150 delegations attending the
        # Mass on Sunday": as the clause it hangs on tells
    if tag == "VBN" and not auxes and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children) \
            and verb.i != chain[-1].i:
        return _tense(chain[chain.index(verb) + 1 :], date_value, anchor)  # "buried him after a state funeral
        # attended by X": as the clause of the noun it qualifies tells
    if tag == "VBN" and not auxes and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.tag_ == "VBN" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.i != chain[-1].i \
            and chain[chain.index(verb) + 1].i == verb.head.i:
        return _tense(chain[chain.index(verb) + 1 :], date_value, anchor)  # "was acquitted and released": as the
        # passive it shares its auxiliary with tells
    if tag == "VBN" and verb.lemma_ == "be" and auxes & {"has", "have", "'s", "'ve"} and when != "planned" \
            and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return "ongoing"  # "Doctors have been on strike since Monday": begun and going on
    if tag == "VBN" and verb.i == chain[0].i and verb.lemma_.lower() in _cues().verbs \
            and _cues().verbs[verb.lemma_.lower()] == "planned" and auxes & {"was", "were"} and not auxes & {"had", "has", "have"}:
        return "planned"  # "said Grace Okello was expected in Dar es Salaam on Wednesday": the plan, told in the past
    if tag == "VBD" or (tag == "VBN" and auxes & {"has", "have", "had", "was", "were", "'s", "'ve"}) or "did" in auxes:
        return "happened"
    if past_conjunct_participle(verb):
        return "happened"  # "The board met on Thursday and appointed director X as chair"
    if tag == "VBN" and not auxes and verb.dep_ == "acl" and verb.i == chain[-1].i and _done_before(verb):
        return "happened"  # "The agreement, signed by X and Y, will take effect in September": a done act
    if tag == "VBN" and not auxes and (verb.dep_ in ("ROOT", "ccomp") or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" for c in verb.children)) and any(c.dep_ == "nsubj" for c in verb.children):
        return "happened"  # "Thousands of people protested in Belgrade on Saturday (, police said)": a past tense tagged
        # as a participle (so in a time clause: "as thousands of teachers protested outside")
    if tag == "VBG" and auxes & {"is", "are", "am", "'s", "'re"}:
        return "planned" if when == "planned" else "ongoing"
    if tag == "VBG" and "been" in auxes and auxes & {"has", "have", "'s", "'ve"} and when != "planned":
        return "ongoing"  # "Residents have been blocking the road since Friday": begun and going on
    if tag == "VBG" and "been" in auxes and "had" in auxes:
        return "happened"  # "had been protesting for a week when police moved in"
    if tag == "VBG" and auxes & {"was", "were"} and not (when is None and verb.dep_ == "ccomp"):
        return when if when == "planned" else "happened"  # "X, who was attending a conference there", "was visiting
        # Porto on Tuesday": going on then (not "said he was travelling to Paris", undated: a plan or a stay, unknown)
    if tag in ("VBZ", "VBP") and verb.lemma_ in _cues().ongoing_predicates and not auxes and chain[0].pos_ == "NOUN":
        return "planned" if when == "planned" else "ongoing"  # "is in Paris on a three-day visit", "the visit comes as"
    if tag in ("VBZ", "VBP") and when != "happened" and _future_clause(verb):
        return "planned"  # "a day before Sarkozy heads to Beijing"
    if tag in ("VBZ", "VBP"):
        return "planned" if when == "planned" else "happened"
    if tag == "VB" and verb.dep_ == "ROOT" and "to" in auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return when or "planned"  # a headline "Japan to impose sanctions on Russia": the plan
    if verb.dep_ == "xcomp" and "to" in auxes and (tag == "VB" or tag == "VBN" and "be" in auxes) \
            and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):
        return when or "planned"  # "X is to visit Jakarta", "The deal is to be signed by X and Y": a plan in the
        # present's "be to" (not "was to visit", a plan of the past)
    return when or "uncertain"


def told_past(trigger: Token) -> bool:
    """Whether an event is told by tense alone as past ("did not visit", "was not allowed to visit"), with no cue word.

    trigger (Token): the event's trigger. RETURNS (bool): the chain of heads has no status cue and its tense is past.
    """
    cues = _cues()
    chain = head_chain(trigger)
    if any(_verb_cue(t, cues) or _local_cue(t, cues) for t in chain if t.i != trigger.i or t.pos_ == "AUX"):
        return False
    return _tense(chain, None, None) == "happened"


def _future_clause(verb: Token) -> bool:
    """ "before he heads to Beijing", "once she arrives": a time clause, whose present tense looks ahead; so does an
    "as" clause in the present on a verb told ahead ("will rally as EU leaders meet")."""
    marks = _cues().future_marks
    if verb.dep_ == "advcl" and verb.tag_ in ("VBP", "VBZ") and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "to", "would", "shall") for c in verb.head.children):
        return True  # "plan to rally in Brussels on Dec. 18 as EU leaders meet for a summit": at the rally's time, ahead
    if verb.dep_ in ("advcl", "relcl"):  # the parser hangs "a day before X heads" on "day" as a relative clause
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in verb.children)
    return verb.dep_ == "pcomp" and verb.head.lower_ in marks


def _relative(date_value: DateValue | None, anchor: date | None) -> str | None:
    if date_value is None or anchor is None:
        return None
    span = date_value.interval()
    if span is None:
        return None
    if span[0] > anchor:
        return "planned"
    if span[1] < anchor:
        return "happened"
    return None
