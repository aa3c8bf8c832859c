"""One event from a licensed trigger: its status, participants, venue, date and codes.

:func:`_build` assembles an :class:`Event` for a trigger word, or None when it has
no actor; :func:`_on_a_visit` recognizes "in Paris on a three-day visit".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache
import re

from spacy.tokens import Token

from .signed_texts import signed_text
from .group_partners import group_partner, group_subject, guest_group, meeting_sides, officials_subject, subject_group_partner, talks_chair
from ..model import CURTAILED_NOTE, PLANNED_DAY_NOTE, ROOM_NOTE, UNKNOWN_DATE, ActorRef, DateValue, Event, Evidence, timex_interval
from .actor_lexicon import lexicon, title_words
from .state_pairs import hyphenated_states
from .story_references import story_referent
from .actor_mentions import ANONYMOUS
from .codes import event_codes
from .context import _Ctx, time_to_date
from .back_references import TRIP_FAMILY
from .courts import acted_on_person, bench_subject, co_defendants, court_frame, court_family, defendant, retold_case, verdict_outcome
from .rulings import court_ruling
from .dates import dated_by_possessor, _change_verbs, _date, counted_back, framed_span_noun, time_owners
from .demands import rallying_call
from .generics import alleged, alleging_verb
from .bodies import legislature_of
from .meeting_participles import meeting_people, participle_meeting
from .crowds import (sworn_cabinet, crowd_actor, crowd_ref, crowd_words, dateline_body, dateline_country, involved_forces, joint_forces, leader_country,
                     national_org, person_owned_crowd, state_blocked, where_country)
from .outcomes import decided_in, faced_vote, motion_targets, survived_vote, voted_on_people
from .holders import gathering_holder, held_participle, states_summit_host
from .meals import meal_guests, meal_host, meal_noun, meal_object
from .nlp import doc_text, load_data
from .person_entities import law_name_heads
from .plan_changes import family_plan, relative_holders, same_thing
from .arguments import _actors_in, _governor
from .participants import (
    agents_state, country_of_place as _country_of_place, held_by_unnamed_agents, passive_subject, speaking_at_telling,
    state_agent, target_preps,
    unnamed_held_before, _participants, _visiting_guest, participle_agent, visiting_clause,
)
from .receipts import received_call, received_resignation, taking_effect
from .replaced_places import moved_verbs
from .resumptions import resumed_parties
from .strikes import organiser, owner_crowd, phase, phase_reading
from .told_owners import neighbour_owner, official_owner
from .tellers import sentence_teller, teller_actor
from .places import resolve_country, resolve_place
from .plans import _new_date as new_date, forward_from, forward_reading, in_called_off_occasion, overtaken_plan, overtaken_reading, \
    past_reading, rescheduled_day
from .reasons import opens_reason
from .occasion_referents import mourned_person
from .status import StatusResult, purpose_clause, advised, ahead_frame, controlled_infinitive, event_status, frame_object, head_chain, heeded_call, hypothetical, negated, occurrence_verb, past_purpose, report_nouns, superseded, told_past
from .objects import called_for, misread_verb, named_tokens, new_family, plan_call, what_of
from .triggers import _LOC_PREPS, _REF_VALUES, _lex, ends_replaced_phrase
from .returns import returned_from
from .venues import _court_words, under_topic, TOPIC_PREPS, _place, family_place, placeless, source_place_first, visited_facility

#: Actions at a distance: "spoke by phone ... about the war in Sudan" names no venue.
_PLACELESS = frozenset({"call"})


def aid_body_teller(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): an aid noun. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the ``aid_bodies`` body that
    tells the clause of an aid noun owned by "its" or "their" ("The World Food Programme said on Friday that its convoy
    had crossed into Sudan": the programme's convoy), else None."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return None
    clause = tok.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    return next((ref for c in clause.head.children if c.dep_ == "nsubj" and (ref := ctx.actors.get(c.i)) is not None
                 and ref is not ANONYMOUS and ref.name in _word_list("families.json", "aid_bodies")), None)


def _on_a_visit(tok: Token, ctx: _Ctx) -> bool:
    """ "X is in Paris on a three-day visit", "arrived in Hanoi on an official trip", "was in Gaborone for talks with Y",
    "X, on a one-day visit to Kathmandu, met Y": the visit or the meeting is stated."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    action = _lex().nouns.get(tok.lower_, {}).get("action")
    if prep.lower_ == "for" and action in ("meet", "attend", "negotiate"):
        if verb.lemma_ != "be" or verb.pos_ not in ("VERB", "AUX"):
            return False  # "was in Gaborone for talks with Boko": the talks are told (not "arrived ... for talks", a purpose)
    elif prep.lower_ != "on" or action != "visit":
        return False
    elif prep.i > 0 and tok.doc[prep.i - 1].text == "," and _own_destination(tok, ctx) \
            and (told := verb if verb.pos_ in ("VERB", "AUX") else verb.head if verb.dep_ in ("nsubj", "nsubjpass")
                 else None) is not None \
            and told.pos_ in ("VERB", "AUX") \
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "his", "her", "their") for c in tok.children):
        return True  # "X, on a one-day visit to Kathmandu, met Y": the visit, told with the clause it is set off in (the
        # parser may hang the phrase on the subject; so "X, on a visit to Brussels, said the talks were frank": the
        # speaker was there when speaking)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in ("be", "arrive", "land", "travel", "go", "come", "stay"):
        return False
    where = [g for head in (verb, tok) for c in head.children if c.dep_ == "prep" and c.lower_ in _LOC_PREPS for g in c.children]
    return any(ctx.places.get(t.i) for g in where for t in g.subtree)  # a place, not just "on an African tour"


def _own_destination(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a trip noun. RETURNS (bool): it names a place of its own after "to" or "in" ("during a state visit
    by X to Tashkent": the visit's place, not the framed clause's)."""
    return any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
               for g in c.subtree)


def guest_visit_frame(tok: Token, ctx: _Ctx) -> bool:
    """ "will sign the agreement in Nairobi next Tuesday during a visit by Trade Minister X": an indefinite visit "by" a
    named person, framing ("during") a clause, is that person's visit, told with the clause (its place, day and status)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "during" or tok.lower_ not in _lex().nouns \
            or _lex().nouns.get(tok.lower_, {}).get("action") != "visit" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    return any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.subtree)


def _going_on_since(tok: Token, chain: list[Token], ctx: _Ctx) -> DateValue | None:
    """tok (Token): the trigger of an event going on. chain (list[Token]): its head chain. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): the day a "since" phrase on the trigger or the first verb of its chain names ("have been
    protesting since Friday", "have been on strike since Monday": begun then), open-ended; None when there is none."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), tok)
    for holder in dict.fromkeys((tok, verb)):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "since":
                continue
            for g in prep.children:
                if (x := ctx.times.get(g.i)) is not None and x.type == "DATE" and x.value and x.value[:1].isdigit():
                    start = time_to_date(x)
                    return replace(start, end_value=None, note="begun then, still going on")
    return None


def _event_object(obj: Token) -> bool:
    """ "host the summit", "host another round of talks": an event noun, or a frame noun ("round") of one."""
    lex = _lex()
    if obj.lower_ in lex.nouns:
        return True
    return obj.lower_ in lex.frames and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in lex.nouns for g in p.children) for p in obj.children
    )


def _common_noun(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): a common noun, or a lower-case word the tagger took for a name ("a planned
    [march]PROPN to parliament", read as the month)."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower


def _planned_then_changed(tok: Token, cue: Token) -> bool:
    """tok (Token): an event noun. cue (Token): the verb that called it off or put it off.
    RETURNS (bool): the cue is joined to the verb the noun is the subject of ("Her meeting with X had been scheduled for
    Tuesday but was called off"), so the day told there is the plan's, not the day of the change."""
    return cue.dep_ == "conj" and tok.dep_ in ("nsubj", "nsubjpass") and cue.head.i == tok.head.i


def _day_of_change(tok: Token, when: DateValue, ctx: _Ctx) -> date | None:
    """tok (Token): a called-off or put-off event noun. when (DateValue): its plan's day as tagged.
    RETURNS (date | None): the day of the change when the verb that changes it (the noun's head) names one of its own
    before the article's day and other than the plan's, in an "on" phrase or bare ("The party on Thursday called off
    a strike planned for Friday"; "On Thursday, ... called off"), else None."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if tok.dep_ == "nsubjpass" and tok.i < c.i < verb.i and not any(
                a.dep_ in ("aux", "auxpass") and a.i < c.i for a in verb.children):
            continue  # "A planned march to Government House on Tuesday was called off": the subject's own day
        words = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else \
            [c] if c.dep_ == "npadvmod" else []
        for g in words:
            x = ctx.times.get(g.i)
            day = time_to_date(x).interval() if x is not None and x.type == "DATE" else None
            if day is not None and day[0] == day[1] and ctx.anchor is not None and day[0] < ctx.anchor \
                    and x is not None and x.value != when.value:
                return day[0]
    return None


def _attributed_to(ref: ActorRef, tok: Token) -> bool:
    """ref (ActorRef): a counterpart found for the trigger. tok (Token): the trigger. RETURNS (bool): its name is the
    object of a ``teller_preps`` phrase ("according to X") in the trigger's sentence: the source of the report."""
    preps: dict[str, list[str]] = load_data("tellers.json")["teller_preps"]
    for p in tok.sent:
        if p.lower_ in preps and any(c.lower_ in preps[p.lower_] for c in p.children):
            span = (p.left_edge.idx, p.right_edge.idx + len(p.right_edge))
            if span[0] <= ref.start < span[1]:
                return True
    return False


def _background_change(tok: Token) -> bool:
    """tok (Token): an event noun told changed. RETURNS (bool): the change is told by a pluperfect relative clause on
    the noun ("a visit ... that had been delayed by a week") and the noun is the object of a clause told in the past
    ("signed the agreement on Tuesday, capping a visit ..."): the change is the event's history, the event itself was
    made."""
    changes = _change_verbs()
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj") or not any(
            c.dep_ == "relcl" and c.lemma_.lower() in changes and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.children)
            for c in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(3):
        if verb.lemma_.lower() in changes:
            return False  # ("cancelled a march that had been delayed once": the change told now)
        if verb.tag_ == "VBD" and not negated(verb):
            return True
        if verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or verb.tag_ not in ("VBG", "VBN"):
            return False
        verb = verb.head
    return False


def _reason_for_past(tok: Token) -> bool:
    """tok (Token): an event word told moved. RETURNS (bool): it sits in a clause opened by an earlier-frame mark
    ("after", "since": ``earlier_frame_preps``) or a reason word ("because": :func:`.reasons.opens_reason`) under a verb
    told in the past ("held talks on Sunday ... after the minister brought his trip forward")."""
    for clause in [tok, *tok.ancestors]:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in _lex().earlier_frames or opens_reason(c))
                                          for c in clause.children):
            return clause.head.tag_ == "VBD"
    return False


def _last_minute(tok: Token) -> bool:
    """Whether the sentence of a changed plan says it was changed when its day had come ("was called off at the last
    minute"; ``last_minute_phrases`` of ``status_cues.json``)."""
    text = tok.sent.text.lower()
    return any(p in text for p in load_data("status_cues.json")["last_minute_phrases"])


def _own_clause_time(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. RETURNS (bool): the clause of its verb (its first verb up the head chain) holds a time
    of its own ("should arrive on Tuesday")."""
    verb = next((t for t in head_chain(tok) if t.pos_ in ("VERB", "AUX")), tok)
    return any(t.i in ctx.times for t in verb.subtree)


def _all_before(when: DateValue, ctx: _Ctx) -> bool:
    """Whether a date ends before the article's day (not "in February", written on February 10)."""
    span = when.interval()
    return span is not None and ctx.anchor is not None and span[1] < ctx.anchor


def _within_year(when: DateValue, ctx: _Ctx) -> bool:
    """Whether a date begins within the year after the article."""
    span = when.interval()
    return span is not None and ctx.anchor is not None and 0 <= (span[0] - ctx.anchor).days <= 366


def _within_week(when: DateValue, ctx: _Ctx) -> bool:
    """Whether a date falls in the week after the article (a weekday read forward), not a year later."""
    span = when.interval()
    return span is not None and ctx.anchor is not None and 0 <= (span[0] - ctx.anchor).days <= 7


def _later_moment(tok: Token) -> bool:
    """ "hold talks with Modi the following day, before travelling to Mumbai": a moment after the main clause's, whose
    date that clause does not give (``later_frame_preps`` in ``triggers.json``)."""
    if tok.dep_ != "pcomp":
        return False
    prep = tok.head
    return prep.lower_ in _lex().later_frames or (prep.lower_ == "of" and prep.head.lower_ in _lex().later_frames)


def _after_thing_clause(chain: list[Token], ctx: _Ctx) -> int | None:
    """ "The signing ceremony is set for Nov 9, and Sidhu will also meet business leaders in Busan": the index in the
    trigger's head chain of a verb with a subject of its own conjoined to a clause about a thing (its subject a common
    noun, no person), whose day is that thing's, not this event's; else None."""
    for k, t in enumerate(chain[:-1]):
        if t.dep_ != "conj" or chain[k + 1].i != t.head.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        sub = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if sub is not None and sub.pos_ == "NOUN" and ctx.actors.get(sub.i) is None:
            return k
        return None
    return None


def _earlier_frame(chain: list[Token], ctx: _Ctx) -> int | None:
    """ "met X on Wednesday, two days after holding talks in Nairobi": the index in the trigger's head chain of a verb
    told in an "after"/"following"/"since" frame (``earlier_frame_preps``) of a later main clause, whose day is not
    this event's: counted back when the frame has a count of days, else when it names a place of its own (not "left
    Tokyo on Friday evening after meeting Takaichi", the same day at the place left); else None."""
    lex = _lex()
    for k, t in enumerate(chain[:-2]):
        if t.dep_ != "pcomp" or t.pos_ != "VERB" or t.head.dep_ != "prep" or t.head.lower_ not in lex.earlier_frames \
                or chain[k + 1].i != t.head.i:
            continue
        counted = any(c.dep_ == "npadvmod" for c in t.head.children) or _count_over(t.head) is not None \
            or (verb := _apposed_count_verb(t.head)) is not None \
            and counted_back(verb, verb, ctx, count_word=t.head.head) is not None
        placed = any(ctx.places.get(g.i) is not None for g in t.subtree) and t.head.head.lemma_.lower() not in lex.departure_verbs
        return k if counted or placed else None
    return None


def _counted_back(prep: Token, ctx: _Ctx) -> DateValue:
    """The day of an event in an "N days after" frame: the main clause's day less N days; without a count, or with no
    main day, unknown (never the main clause's later day)."""
    if (main := _count_over(prep)) is not None:  # "arrived on Thursday, a day after meeting X": the count holds the frame
        return counted_back(main, main, ctx, prep.lower_) or UNKNOWN_DATE
    if (main := _apposed_count_verb(prep)) is not None:  # "appointed X as the new farm minister, a day after firing her
        # predecessor": the count set off after the main clause's last noun
        return counted_back(main, main, ctx, prep.lower_, count_word=prep.head) or UNKNOWN_DATE
    if prep.head.pos_ not in ("VERB", "AUX"):
        return UNKNOWN_DATE
    return counted_back(prep, prep.head, ctx, prep.lower_) or UNKNOWN_DATE


def _count_over(prep: Token) -> Token | None:
    """ "arrived on Thursday, a day after meeting X": the main verb when the parser hung the frame preposition on a count
    of time ("a day", an ``npadvmod`` of that verb) rather than the count on the preposition; else None."""
    count = prep.head
    if count.dep_ == "npadvmod" and count.pos_ == "NOUN" and count.head.pos_ in ("VERB", "AUX"):
        return count.head
    return None


def _apposed_count_verb(prep: Token) -> Token | None:
    """ "appointed X as the new farm minister, a day after firing her predecessor": the main verb when the parser hung
    the count of time ("a day", set off by a comma) as an apposition on a noun of the main clause; else None."""
    count = prep.head
    if count.dep_ != "appos" or count.pos_ != "NOUN" or count.i < 2 or count.doc[count.left_edge.i - 1].text != ",":
        return None
    return next((a for a in count.ancestors if a.pos_ in ("VERB", "AUX")), None)


#: A plan change told with a time of its own that ended this long before the article's day is the story's background.
_BACKGROUND_CHANGE_DAYS = 21


def _planned_before(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is definite ("the trial") and an earlier sentence of the article
    tells the same noun ahead, under "will" ("The trial of X will resume on Monday"): the plan the story is about."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return any(t.lower_ == tok.lower_ and t.i < tok.sent.start and any(
        a.dep_ == "aux" and a.lower_ in ("will", "'ll") for h in (t.head, t.head.head) for a in h.children)
        for t in tok.doc[: tok.sent.start])


def _long_past_change(cue: Token, ctx: _Ctx) -> bool:
    """cue (Token): the verb of a call-off or postponement. ctx (_Ctx): the doc's index. RETURNS (bool): the verb has a
    time phrase of its own (a "in"/"on"/"last" date, no "until"/"to" new day) that ended more than
    ``_BACKGROUND_CHANGE_DAYS`` days before the article's day ("was suspended in April", told in June)."""
    if ctx.anchor is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ not in ("in", "on", "during"):
            continue
        if c.dep_ not in ("prep", "npadvmod"):
            continue
        for t in c.subtree:
            x = ctx.times.get(t.i)
            if x is None or x.type != "DATE" or not x.value or x.value[0] in "PX" or x.value in ("PAST_REF",):
                continue
            span = timex_interval(x.value)
            if span is not None and (ctx.anchor - span[1]).days > _BACKGROUND_CHANGE_DAYS:
                return True
    return False


def _overtaken_background(cue: Token, ctx: _Ctx) -> bool:
    """ "visited London on Friday ..., days after her ministry denied that any trip was planned": a plan change told as
    the background ("after", "following", ``background_marks``) of a main clause that reports an event as happened
    (a past trigger verb without a modal) is overtaken by it, no report of its own."""
    marks = _lex().background_marks
    while cue.dep_ in ("xcomp", "ccomp") and cue.head.pos_ == "VERB" and cue.head.lemma_.lower() in _forcing_verbs():
        cue = cue.head  # "two weeks after shelling forced him to delay the trip": the clause that forced the change
    if cue.dep_ in ("advcl", "conj") and any(c.dep_ in ("mark", "prep") and c.lower_ in marks for c in cue.children):
        main = cue.head
    elif cue.dep_ == "pcomp" and cue.head.lower_ in marks:
        main = cue.head.head
    else:
        return False
    return main.i in ctx.trigger_ids and main.tag_ == "VBD" and not any(c.tag_ == "MD" for c in main.children)


@cache
def _forcing_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``forcing_verbs`` of ``status_cues.json`` ("force", "prompt"): a change of plan under
    one of them is told by the clause of the cause."""
    return frozenset(load_data("status_cues.json")["forcing_verbs"])


def _curtailed(tok: Token) -> bool:
    """ "cut short her tour", "curtailed the trip": a trip noun that a ``curtail_verbs`` verb (with its particle) ends."""
    verb = tok.head
    needed = _lex().curtail.get(verb.lemma_.lower()) if tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" else None
    if needed is None:
        return False
    return not needed or any(c.lower_ in needed for t in (verb, tok) for c in t.children)


@cache
def crowd_route_families() -> frozenset[str]:
    """Families whose crowd moves along a route ("march from A to B"): the ends of the route are places, never
    counterparts (``route_families`` of ``families.json``)."""
    return frozenset(load_data("families.json")["route_families"])


def _route_end(party: ActorRef, ctx: _Ctx) -> bool:
    """party (ActorRef): a counterpart. ctx (_Ctx): the doc's index. RETURNS (bool): its mention is the object of a
    motion preposition ("to Congress", "from the Obelisk", ``motion_preps`` of ``places.json``)."""
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand") if 0 <= party.start < party.end else None
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in {*load_data("places.json")["place_roles"]["motion_preps"],
                                                       "towards", "toward"}


def _guest(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """ "Canadian officials are preparing to receive Minister X in Ottawa on Tuesday": a host verb whose host is no
    actor (an unnamed role) tells its guest's visit, to the place of its clause; the guest is its person object."""
    if tok.pos_ != "VERB":
        return None
    for obj in tok.children:
        if obj.dep_ == "dobj" and (ref := ctx.actors.get(obj.i)) is not None and ref is not ANONYMOUS and ref.kind == "person":
            return ref
    return None


def _received_guest(tok: Token, actor: ActorRef, ctx: _Ctx) -> bool:
    """tok (Token): a host verb. actor (ActorRef): the actor found for it. ctx (_Ctx): the doc's index.
    RETURNS (bool): the verb is passive with no agent, placed by a phrase of its own, and the actor is its passive
    subject ("X was welcomed at the Presidential Palace in Helsinki"): the one received, not a host (a bare "X was
    welcomed with a 21-gun salute" after "Y hosted X" tells the visit told already)."""
    if tok.pos_ != "VERB" or any(c.dep_ == "agent" for c in tok.children):
        return False
    if not any(p.dep_ == "prep" and any(ctx.places.get(t.i) for t in p.subtree) for p in tok.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.left_edge.idx <= actor.start <= c.right_edge.idx for c in tok.children)


def _own_gathering(tok: Token, ctx: _Ctx) -> bool:
    """ "The African Union will hold an extraordinary summit in Kigali", "The African Union's summit in Kigali has been
    postponed": a gathering noun that an organization holds (its subject under a ``holding_verbs`` verb) or possesses
    is that organization's own, which it holds (no guest's attendance); so is a summit its leaders meet for ("African
    Union leaders met in Kigali for an extraordinary summit")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "meet":  # "African Union leaders met in Kigali for an extraordinary summit"
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and _lex().nouns.get(g.lower_, {}).get("action") == "attend" for g in c.children) for c in tok.children)
    if tok.pos_ not in ("NOUN", "PROPN") or _lex().nouns.get(tok.lower_, {}).get("action") != "attend":
        return False  # "The EU will hold talks with China": a meeting, no gathering of its own
    owners = [c for c in tok.children if c.dep_ == "poss"]
    changers = _holding_verbs() | moved_verbs() | _moving_verbs() | _calling_off_verbs()
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (tok.head.lemma_.lower() in changers or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)):
        owners += [c for c in tok.head.children if c.dep_ == "nsubj"]  # (and "The council postponed its general
        # assembly to December": its own, whatever the verb; "The EU has postponed the donors' conference": no body
        # puts off a gathering it only attends)
    return any((ref := ctx.actors.get(t.i)) is not None and ref.kind == "org" for o in owners for t in o.subtree)


def _destinations(tok: Token, ctx: _Ctx) -> set[str]:
    """The names of the places a trip noun goes "to" ("a trip to Germany and Angola")."""
    if tok.pos_ != "NOUN" or _lex().nouns.get(tok.lower_, {}).get("action") != "visit":
        return set()
    return {ref.name for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.subtree
            if (ref := ctx.places.get(g.i)) is not None}


def _one_persons(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): its possessor stands for one person told before ("The candidate's
    rally ... has been called off", "His rally in Parakou": a title or ``person_possessor_nouns`` word, "his", "her"),
    so no crowd is its doer."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "poss" and (c.tag_ == "NN" and (c.lower_ in title_words() or c.lower_ in _word_list(
            "families.json", "person_possessor_nouns")) or c.lower_ in ("his", "her")) for c in tok.children)


def _reason_of_a_like_change(tok: Token, action: str) -> bool:
    """tok (Token): a verb trigger. action (str): its action. RETURNS (bool): it is told in an "after", "because" or
    "as" clause of a verb that puts off, moves or calls off an event of the same action ("The talks ... were rescheduled
    after X was called to chair an emergency cabinet session"): the reason of the change, which the store would
    otherwise take for the changed plan done."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "because", "as") for c in cur.children):
            change = cur.head
            if change.lemma_.lower() not in _moving_verbs() | _calling_off_verbs():
                return False
            heads = [change, change.head] if change.dep_ == "conj" else [change]  # ("had been scheduled ... but were
            # rescheduled after ...": the subject of the first verb)
            return any(c.dep_ in ("nsubjpass", "dobj") and _lex().nouns.get(c.lower_, {}).get("action") == action
                       for h in heads for c in h.children)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


@cache
def _holding_verbs() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["holding_verbs"])


@cache
def _unsaid_when_negated() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``unsaid_when_negated_actions`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["unsaid_when_negated_actions"])


def _put_off_from(cue: Token, when: DateValue, ctx: _Ctx) -> bool:
    """cue (Token): the verb that puts a plan off. when (DateValue): the event's date. RETURNS (bool): the date is told
    in a "from" phrase of that verb ("postponed from late April"), with no "to"/"until" phrase beside it: the old day."""
    froms = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not froms or any(c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "for") for c in cue.children):
        return False
    return any((x := ctx.times.get(g.i)) is not None and x.text == when.text for p in froms for g in p.subtree)


def _releasing_subjects(verb: Token) -> list[Token]:
    """verb (Token): a verb that frees a person. RETURNS (list[Token]): its subject, or the subject of the verbs whose
    infinitive it is ("Iran plans to release X", "The group is expected to free X": Iran, the group)."""
    cur = verb
    while True:
        subjects = [c for c in cur.children if c.dep_ == "nsubj" or cur.i != verb.i and c.dep_ == "nsubjpass"]
        if subjects or cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return subjects
        cur = cur.head


def _build(tok: Token, action: str, ctx: _Ctx) -> Event | None:
    chain = [tok] if ahead_frame(tok) else head_chain(tok)  # "met X on Monday ahead of her trip": Monday is not the trip's
    if len(chain) > 1 and (pred := _predicate_clause(tok)) is not None:
        chain = [tok, pred, *chain[1:]]  # "Peace talks are set to resume next week in Doha": the week and place of "resume"
    told = visiting_clause(tok) if _visiting_guest(tok, ctx) is not None else tok  # "met with visiting Y": as "met" tells
    if told.i != tok.i and chain[-1].i != told.i:
        chain = [tok, *head_chain(told)]  # the participle's visit is on its clause's day, where its guest is
    if new_family(action) and misread_verb(tok, _entry(tok)):
        chain = [tok, tok.head]  # "North Korea test-fired two missiles on Sunday", read as one noun phrase: its day
    cut = _after_thing_clause(chain, ctx)  # "The signing ceremony is set for Nov 9, and Sidhu will also meet X"
    when = _date(tok, [tok] if _later_moment(tok) else chain[: cut + 1] if cut is not None else chain, ctx)
    if when.value is None and (heeding := heeded_call(tok)) is not None:
        when = _date(heeding, head_chain(heeding), ctx)  # "shut on Wednesday as workers heeded a call to strike"
    if when.value is None and guest_visit_frame(tok, ctx):
        when = _date(tok.head.head, head_chain(tok.head.head), ctx)  # "will sign ... next Tuesday during a visit by X"
    if when.value is None and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in _lex().reporting:
        when = _date(tok.head.head, head_chain(tok.head.head), ctx)  # "told lawmakers on Wednesday, in an address to
        # parliament, that ...": the speech is the telling, on its day
    if (teller := speaking_at_telling(tok)) is not None:
        told = teller  # "X said on Thursday that ..., speaking at a ceremony in Vilnius": done at the telling, its day
        if when.value is None:
            when = _date(teller, head_chain(teller), ctx)
    if (frame := _earlier_frame(chain, ctx)) is not None:  # "met X on Wednesday, two days after holding talks in Nairobi"
        when = _date(tok, chain[: frame + 1], ctx)
        if when.value is None:
            when = _counted_back(chain[frame].head, ctx)
    if action == "travel" and (noun := framed_span_noun(tok, when, ctx)) is not None:
        when = replace(when, end_value=None, note=f"the day it sets out on the {noun.text}")  # "will leave for Japan on
        # Tuesday at the start of a six-day tour": the six days are the tour's; the journey is on Tuesday
    elif (noun := framed_span_noun(tok, when, ctx)) is not None and _at_edge_of(noun) \
            and _lex().nouns.get(noun.lower_, {}).get("action") != action:  # (not "walked off the job on Monday at the
        # start of a four-day strike": the strike itself, its four days)
        when = replace(when, end_value=None)  # "signed the declaration on Saturday at the close of a three-day summit":
        # the summit's days end (or begin) on that day; the signing is on it alone
    result = event_status(told, when, ctx.anchor)
    if result.status == "planned" and in_called_off_occasion(tok):
        result = replace(result, status="cancelled", refers_to_plan=True)  # "A hearing at which X was due to testify
        # was called off": his testimony with it
    if result.status == "denied" and not result.rejected and action in _unsaid_when_negated() and tok.pos_ == "VERB" \
            and negated(tok):
        return None  # "The leaders did not announce any breakthrough": nothing said, no report denied
    if result.status == "denied" and result.cue is not None and when.value is None \
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in result.cue.children) \
            and any(c.dep_ == "advmod" and c.lower_ in _word_list("status_cues.json", "earlier_stance_adverbs")
                    for c in result.cue.children):
        return None  # "The minister had previously refused to meet the unions before the strike": his stance before
        # the plan the article tells, no report of it denied
    if _reason_of_a_like_change(tok, action):
        return None  # "The talks ... were rescheduled after X was called to chair an emergency cabinet session": the
        # session is why the talks moved, no report of them held
    if _ended_by_the_clause(tok):
        return None  # "will sign a coalition agreement on Thursday, ending four months of talks": the signing ends the
        # talks, which are no event of that day
    if result.status == "cancelled" and result.cue is not None and result.cue.lemma_.lower() \
            in _word_list("status_cues.json", "barring_verbs") \
            and tok.tag_ == "NNS" and not any(c.dep_ == "poss" for c in tok.children):
        return None  # "Police banned protests in the capital last year", "banned all protests in the city until Sunday":
        # a rule against a kind of act, none called off
    gerund = _barred_gerund(tok)
    if gerund is not None and gerund.lemma_.lower() in _word_list("triggers.json", "continuation_verbs"):
        return None  # "barred the union from continuing the strike": the strike told before, no act of this clause
    if result.status == "happened" and (gerund is not None or _barred_from(tok)):
        result = replace(result, status="cancelled", rejected=False, refers_to_plan=True)  # "was barred from
        # travelling to Tunis": kept from it, the journey not made
    if result.status in ("planned", "uncertain") and _went_ahead_with(tok):
        result = replace(result, status="happened", rejected=False, refers_to_plan=False)  # "went ahead with its
        # planned exercises on Tuesday": the plan carried out
    if action == "vote" and result.rejected and result.cue is not None and result.cue.lemma_.lower() == "boycott":
        result = replace(result, status="happened" if result.cue.tag_ == "VBD" else "planned", rejected=False,
                         refers_to_plan=False)  # "Opposition parties boycotted the elections": the vote was held (a
        # boycott is the parties' stance, no denial of the state's vote)
    if new_family(action) and result.status in ("happened", "uncertain") and rallying_call(tok, crowd_words(action)):
        if _old_call(tok, forward_reading(when, ctx.anchor), ctx):
            return None  # "had sent messages urging protesters to block roads during demonstrations in June": a call
            # of the past, told as background or a charge, no act of the caller's
        result = replace(result, status="planned", rejected=False, refers_to_plan=False)  # "The union called on members
        when = forward_reading(when, ctx.anchor)  # to march to parliament on Tuesday": the coming Tuesday's march
    if result.status == "happened" and _pending_act(tok, action) and not _approved_nomination(tok):
        result = replace(result, status="planned", rejected=False)  # "has nominated X as governor": the appointment
        # awaits confirmation; the nomination is no appointment made
    if result.status == "happened" and _purpose_of_departure(tok):
        result = replace(result, status="planned", rejected=False)  # "The frigate sailed from Valparaiso on Wednesday
        when = _date(tok, [tok], ctx)  # to take part": the journey began that day; the part it went for lies ahead
    if result.status == "postponed" and when.value is not None and when.note is None and result.cue is not None \
            and _put_off_from(result.cue, when, ctx):
        when = replace(when, note=PLANNED_DAY_NOTE)  # "The visit had been postponed from late April": the day given
        # up, the plan's, no new day
    if result.status == "planned" and result.refers_to_plan and when.value is None and _reason_for_past(tok):
        return None  # "held talks in Rabat on Sunday, a day earlier than planned, after the minister brought his trip
        # forward": the change that made the talks early, told as their reason; the trip is the talks' own
    if result.status in ("postponed", "cancelled") and _background_change(tok):
        result = replace(result, status="happened", rejected=False, refers_to_plan=False)  # "signed ... on Tuesday,
        # capping a visit by X that had been delayed by a week": the visit made, its delay gone by
    purpose = purpose_clause(tok, result.cue) if result.status in ("cancelled", "postponed", "denied") \
        or result.status == "planned" and result.refers_to_plan else None
    if purpose is not None:
        result = replace(result, status="planned", rejected=False, refers_to_plan=False)  # "called off X to make room
        # for talks": the talks are at most a plan, never called off
        if not any(t.i in ctx.times for t in purpose.subtree):
            when = DateValue(None, "unknown", "", note=ROOM_NOTE)  # "has been moved to September 24 to make room for
            # an address to the Senate": the day is the moved plan's, not the address's
    if new_family(action) and called_for(tok, action) and not plan_call(tok, action):
        return None  # "called for protests against rising food prices": an appeal with no day, no act of the caller's
    if new_family(action) and plan_call(tok, action):
        when = _called_day(tok, ctx)  # "called a snap election on Monday for June 14": June 14, not the day it was called
        if result.status == "happened":
            result = replace(result, status="planned")  # the vote is ahead
    if (kind := hypothetical(told)) == "none":
        return None
    if result.status == "planned" and superseded(result.cue):
        return None  # "The talks were initially planned for October": a plan the news has replaced
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubjpass", "dobj") and tok.head.pos_ == "VERB" and superseded(tok.head) \
            and not occurrence_verb(tok.head):
        return None  # "The strike had originally been called for March 16": the plan given up, whatever its tense
    if advised(tok) and (when.value is None or not _own_clause_time(tok, ctx)):
        return None  # "But he should visit Warsaw first": a writer's advice, no event (nor "spoke by phone on Thursday,
        # and both leaders agreed the talks should go ahead": the call's day, the talks wished for)
    if kind == "uncertain" and result.status in ("cancelled", "postponed") and any(
            c.dep_ == "advcl" and c.i > tok.i for c in (result.cue or tok).children):
        return None  # "The union will call off the strike if the government raises wages": a change on a condition
        # changes nothing yet, and tells no plan of its own
    if (kind == "uncertain" or new_family(action) and alleged(tok)) and result.status in ("planned", "happened", "ongoing"):
        result = replace(result, status="uncertain")  # "if ...", "accused China of holding drills": a claim
    if _replaced_clause(tok) and result.status in ("planned", "happened", "ongoing", "uncertain"):
        result = replace(result, status="cancelled", refers_to_plan=True)  # "flew to Pemba instead of travelling to
        # Mtwara as planned": the plan the act replaced, called off
    if result.status in ("denied", "cancelled", "postponed") and result.cue is not None and _overtaken_background(result.cue, ctx):
        return None
    if result.status in ("cancelled", "postponed") and result.cue is not None and _long_past_change(result.cue, ctx) \
            and _planned_before(tok):
        return None  # "The trial was suspended in April after the defence challenged ...", told in June of a trial that
        # will resume on Monday: the story's background, no change of the plan told (a past change told alone, "In
        # 2019, X and Y suspended the spring drills", is a record of its own)
    if result.status == "happened" and (convened := _convened_day(tok, when, ctx)) is not None:
        when = convened  # "summoned the union and the company to a meeting in Brasilia on Monday": the meeting's Monday
    if result.status == "happened" and _convened_ahead(tok, when, ctx):
        result = replace(result, status="planned")  # "has called both sides to talks in Torshavn on Friday": the talks
        # convened lie ahead (the coming Friday, as the time tagger reads it)
    former = result.status in ("planned", "happened", "uncertain") and overtaken_plan(result.cue, tok)
    if former:
        ctx.overtaken.add(tok.i)  # "had been due to meet X on Tuesday": the coming Tuesday, whose plan the news overtook
        when = overtaken_reading(when, ctx.anchor)  # (the Friday just past for "had been due to fly on Friday" told on
        # Saturday)
        if result.status == "happened":
            result = replace(result, status="planned")  # "had been expected in Yerevan on Friday": a plan, never a stay
    elif result.status == "planned" and any(t.i in ctx.overtaken for t in list(tok.ancestors)[:3]):
        when = overtaken_reading(when, ctx.anchor)  # "had been due to fly to Baku on Thursday to meet X": the meeting
        # of the overtaken journey, on its day
    elif result.status == "planned" and (ahead := forward_reading(when, ctx.anchor)) is not when and _within_week(ahead, ctx):
        when = ahead  # "invited her for talks on Wednesday": the coming Wednesday, though the invitation is past
    elif result.status == "uncertain" and controlled_infinitive(told) \
            and (ahead := forward_reading(when, ctx.anchor)) is not when and _within_week(ahead, ctx):
        when = ahead  # "has summoned X to testify on Thursday": the coming Thursday, though the summons is past
    elif result.status == "planned" and when.precision == "month" and not when.note and _all_before(when, ctx) \
            and (ahead := forward_reading(when, ctx.anchor)) is not when and _within_year(ahead, ctx):
        when = ahead  # "agreed to pay a visit to Botswana in April", written in February: the coming April (a bare
        # month the tagger read by the past of "agreed")
    elif result.status == "happened" and _starts_ahead(tok, when, ctx):
        result = replace(result, status="planned")  # "declared a three-day truce starting on May 8", told in March: a
        # truce declared, in force from a day ahead
    elif result.status == "happened":  # "met X on Friday": the last Friday, never after the article
        when, after = past_reading(when, ctx.anchor)
        if after:
            result = replace(result, status="uncertain")
    elif result.status in ("cancelled", "denied") and result.cue is None and told_past(told):
        when = past_reading(when, ctx.anchor)[0]  # "was not allowed to visit him on Monday": the last Monday
    if (result.status in ("cancelled", "denied") or result.status == "postponed" and result.cue is not None
            and result.cue.lemma_.lower() in _calling_off_verbs()) and _common_noun(tok) and result.cue is not None \
            and result.cue.i != tok.i and not _negated_holding(tok, result.cue) and not _planned_then_changed(tok, result.cue):
        # (and a plan called off "saying a new date would be set": put off, told by a verb of calling off)
        light = tok.head if tok.dep_ == "dobj" and tok.head.i != result.cue.i and tok.head.lemma_.lower() in _lex().light \
            and tok.head.dep_ in ("ccomp", "acl", "relcl") else None  # "denied reports that X would make a visit to
        # Ecuador next month": the day of the visit its light verb tells, no decision's
        when = _date(tok, [tok, light] if light is not None else [tok], ctx)  # "pulled out of the summit on Friday":
        # Friday is the day of the decision (not "the election will no longer be held on November 14": the day it was to be held)
    elif result.status == "postponed" and tok.pos_ == "NOUN" and result.cue is not None and result.cue.i != tok.i \
            and result.cue.lemma_.lower() in _on_hold_verbs() and new_date(tok, chain, ctx) is None:
        when = _date(tok, [tok], ctx)  # "suspended the strike on Tuesday": Tuesday is the day of the decision, no new day
    elif result.status in ("postponed", "planned") and result.cue is not None and _change_day(tok, result.cue, when, ctx) \
            and new_date(tok, chain, ctx) is None:
        when = _date(tok, [tok], ctx)  # "the meeting was relocated on Tuesday", "postponed his visit on Monday": the
        # day of the change, not the plan's
    if result.status == "denied" and _told_ahead_clause(tok) and not past_purpose(tok) and ctx.anchor is not None \
            and (days := when.interval()) is not None and days[1] <= ctx.anchor:
        when = UNKNOWN_DATE  # "on Monday denied reports that he would step down", "denied plans to resign on Monday": a
        # denied plan is ahead; a day up to the article's is the denial's, not the plan's
    if result.status in ("cancelled", "postponed") and _common_noun(tok) and when.value is not None \
            and _date(tok, [tok], ctx).value == when.value and (changed := _day_of_change(tok, when, ctx)) is not None:
        when = forward_from(when, changed)  # "The party on Thursday called off a strike planned for Friday": the
        # Friday after the Thursday of the call-off
    elif result.status == "cancelled" and when.value is not None and _called_off_on(tok, result.cue, when, ctx):
        when = DateValue(None, "unknown", when.text, note=f"the day it was called off ({when.value}), not its own day")
        # "Opposition leaders called off a planned protest on Monday": the parser hangs the day on the noun, but an
        # active call-off told in the past dates the decision (as in "called off its strike on Friday")
    elif result.status in ("cancelled", "postponed") and _common_noun(tok) and when.value is not None \
            and _date(tok, [tok], ctx).value == when.value and (ahead := forward_reading(when, ctx.anchor)) is not when \
            and _within_week(ahead, ctx) and not _told_in_pluperfect(tok, when, ctx) and not _last_minute(tok) \
            and not _did_not_occur(tok):
        when = ahead  # "a planned visit to Oran on Thursday was cancelled": the plan's coming Thursday (not "was
        # postponed at the last minute on Saturday", the day of the change)
    if result.status == "ongoing" and when.value is None and (start := _going_on_since(tok, chain, ctx)) is not None:
        when = start  # "Farmers have been protesting outside the ministry since Friday": going on from that Friday
    if result.status in ("postponed", "cancelled") and new_family(action) and (begun := _begun_before(tok, ctx)) is not None:
        result = replace(result, status="happened", rejected=False, refers_to_plan=False)  # "suspended its strike on
        when = begun  # Tuesday, a day after it began": the strike took place, from Monday
    if result.status == "postponed" and _long_delayed(tok, when, ctx):
        return None  # "The summit, first planned for 2025, was delayed for a year": old news of a plan long passed
    if result.status in ("cancelled", "postponed") and (later := rescheduled_day(tok, action, when, ctx)) is not None:
        result = replace(result, status="postponed")  # "... has been called off. She will try to travel on Monday
        when = later  # instead": put off to Monday
    if (new_family(action) or action in ("visit", "travel") and not any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.head.children)) \
            and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and _end_told(tok) \
            and result.status in ("planned", "ongoing", "uncertain") and when.value is not None:
        when = DateValue(None, "unknown", when.text, note=f"the day it ends ({when.value}), not its own day")  # "The
        # drills will end on Friday", "The exercise is due to end on Friday", "Her visit to Osaka ends on Friday": no
        # new day for the drills' plan or the trip's (not "The tour ends in Tallinn on Saturday": a last leg there)
        if action in ("visit", "travel") and tok.head.tag_ in ("VBZ", "VBP") \
                and tok.head.lemma_.lower() in _ending_verbs() and _possessed_by_person(tok, ctx):
            result = replace(result, status="ongoing")  # ("Abad's visit to Osaka ends on Friday": under way now)
    elif action in ("visit", "travel") and (ended := _ended_span(tok, when, ctx)) is not None:
        when = ended  # "wrapped up a two-day visit to Rwanda on Tuesday": Monday and Tuesday
    elif (new_family(action) or action in ("meet", "attend", "hold", "call")) and result.status == "happened" \
            and (ended := _ended_span(tok, when, ctx)) is not None:
        when = ended  # "concluded a five-day exercise off Brunei on Friday": Monday to Friday; "ended two days of
        # talks in Jakarta on Tuesday": Monday and Tuesday
    elif new_family(action) and result.status == "happened" and when.value is not None and _ended_here(tok):
        begun = _relative_start_day(tok, ctx)  # ("..., ending a stoppage that began on Friday": its own first day)
        when = begun if begun is not None and begun.value is not None else DateValue(
            None, "unknown", when.text, note=f"the day it ended ({when.value}), not its own day")  # "ended their strike
        # on Thursday", "returned to work on Thursday, ending the strike": it happened, before that day
    elif new_family(action) and result.status in ("happened", "planned") and _lengthened_here(tok):
        when = DateValue(None, "unknown", when.text, note=f"the day it was extended ({when.value}), not its own day") \
            if when.value is not None else when  # "The ceasefire was extended on Friday until March 20": in force
        result = replace(result, status="happened", refers_to_plan=False)  # before that day; "agreed to extend the
        # truce": a truce in force, whatever is planned for its length
    if new_family(action) and tok.pos_ == "NOUN" and (stage := phase(tok)) is not None \
            and result.status in ("happened", "planned", "ongoing"):
        when = phase_reading(when, *stage)  # "The strike entered its third day on Wednesday": going on since Monday
        result = replace(result, status="ongoing", rejected=False, refers_to_plan=False)
    owned = dated_by_possessor(tok, ctx)
    side = _possessor_side(tok) if owned is not None else None
    if owned is not None and ctx.anchor is not None and not result.refers_to_plan \
            and result.status in ("planned", "happened", "ongoing", "uncertain") and side:
        # "since Tuesday's runoff", "last week's drills": that day's event, done; "next month's summit": ahead (a bare
        # "Saturday's rally" keeps its clause's reading)
        when = past_reading(owned, ctx.anchor)[0] if side == "past" else forward_reading(owned, ctx.anchor)
        result = replace(result, status="happened" if side == "past" else "planned", rejected=False)
    elif owned is not None and ctx.anchor is not None and result.refers_to_plan and result.status == "planned" \
            and when.value is None and side == "future":
        when = forward_reading(owned, ctx.anchor)  # "Next week's round of talks has been moved from Geneva to
        # Vienna": moved to another place, still next week
    if owned is not None and result.status == "postponed" and when.value is not None and when.value == owned.value:
        when = DateValue(None, "unknown", when.text, note=f"the day put off ({owned.value}); no new day told")  # "has
        # postponed this week's visit to Fiji": not this week any more
    family = new_family(action)
    actor, counterparts = _participants(tok, chain, ctx, result.refers_to_plan, own_only=family)
    if action == "inaugurate" and tok.pos_ == "VERB" and tok.lemma_.lower() == "swear" \
            and (sworn := acted_on_person(tok, ctx)) is not None and (actor is None or actor.name != sworn.name):
        counterparts = [c for c in counterparts if c.name not in (sworn.name, actor.name if actor else "")]
        actor = sworn  # "President X swore in Y as prime minister": Y's swearing-in (one's own act: X, who swore Y
        # in, takes no part of it)
    if actor is None and action == "launch" and tok.pos_ == "VERB" and (launcher := _payload_owner(tok)) is not None:
        actor = launcher  # "An H3 rocket carrying Japan's Himawari-11 weather satellite blasted off": Japan's launch
    if actor is None and participle_meeting(tok, ctx) and (people := meeting_people(tok)) is not None:
        actor = crowd_ref(people, ctx)  # "African trade ministers meeting in Accra on Wednesday adopted ...": they met
    agent = next((c for c in tok.children if c.dep_ == "agent"), None) if action == "inaugurate" and tok.pos_ == "VERB" \
        else None
    if agent is not None and (cabinet := sworn_cabinet(tok, ctx)) is not None:
        actor, counterparts = cabinet, []  # "The new ministers will be sworn in by President X on Thursday"
    elif agent is not None and actor is not None and agent.left_edge.idx <= actor.start <= agent.right_edge.idx \
            and not any(c.dep_ == "nsubjpass" and (r := ctx.actors.get(c.i)) is not None and r is not ANONYMOUS
                        and r.name == actor.name for c in tok.children):
        return None  # "X will be sworn in by Y": Y swears X in, never the one sworn in
    if family and tok.pos_ == "NOUN" and (leader := _led_by(tok, ctx)) is not None:
        actor, counterparts = leader, [c for c in counterparts if c.name != leader.name]  # "Tens of thousands of
        # supporters packed the stadium for a rally led by X": X's rally, the crowd its followers
    if family and actor is not None and _barred_noun(tok, result) \
            and not tok.left_edge.idx <= actor.start <= tok.right_edge.idx:
        actor = None  # "The High Court upheld a police ban on Saturday's opposition rally", "Police banned the
        # opposition's march": whoever bars it is no party to it (its own phrase or the article's plan names the doer)
    if action == "meet" and tok.pos_ == "NOUN" and result.status in ("cancelled", "postponed") and actor is not None \
            and (body := _gathered_body(tok, ctx)) is not None and body.name != actor.name \
            and not tok.left_edge.idx <= actor.start < tok.right_edge.idx + len(tok.right_edge):
        actor, counterparts = body, [c for c in counterparts if c.name != body.name]  # "China has cancelled this week's
        # meeting of APEC trade ministers": the body's meeting, called off by its host (no party to it)
    counterparts = [c for c in counterparts if not _attributed_to(c, tok)]  # "voted on Monday, with turnout above 90
    # percent according to the national electoral commission": the source, no party
    if action == "vote":
        voters = {t.idx for h in (tok, tok.head) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                  for v in p.children if v.tag_ == "VBG" and v.lemma_.lower() == "vote" for t in v.subtree}
        counterparts = [c for c in counterparts if c.start not in voters]  # "approved the law, with the opposition
        # Nationalist Party voting against it": a side of the vote, no counterpart
    counterparts = _without_office_words(counterparts, tok, ctx)
    if actor is not None and actor.kind == "person" and actor.start >= 0:
        counterparts = [c for c in counterparts if not (c.kind == "org" and 0 <= c.end <= actor.start
                                                        and ctx.doc.text[c.end:actor.start].strip() == ",")]
        # "Nigeria's [Minister of Industry, Trade and Investment]ORG, X, will lead": X's own title, set before X
    counterparts = [c for c in counterparts if not _name_of_a_thing(c, ctx) and not _name_of_a_law(c, ctx)
                    and not _owner_of_a_place(c, ctx)]  # "visited the Agua Clara locks"; "will sign the Data Protection
    # (Amendment) Bill"; "will visit Nepal's landslide-hit Kaski district": no party
    if action in _TALK_ACTIONS and any(c.kind != "person" for c in counterparts):
        counterparts = [c for c in counterparts if c.kind == "person" or not _topic_mention(c, tok, ctx)]
    if not family and actor is None and tok.pos_ == "VERB" \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children) \
            and (tellers := [t for t in _told_of_itself(chain, action, ctx) if t.kind in ("country", "org")]):
        # "Seychelles on Wednesday denied that it would sign a defence agreement with the Maldives": Seychelles
        _, others = _participants(tok, chain, ctx, result.refers_to_plan, own_only=True)
        actor, counterparts = tellers[0], [c for c in [*tellers[1:], *others] if c.name != tellers[0].name]
    detached = bool(side) and tok.dep_ == "pobj" and not (tok.head.lower_ == "of" and tok.head.head.lower_ in _lex().frames)
    # ("Canada has called off next week's round of negotiations": the possessor dates the frame the event fills)
    if detached:  # "The union wanted talks after last week's protest in Madrid": the clause's subject is no party to
        # that day's event; only the noun's own phrase names its parties
        own = {t.idx for t in tok.subtree}
        if actor is not None and actor.start not in own:
            actor = None
        counterparts = [c for c in counterparts if c.start in own]
    phrase_parties = (actor, counterparts)
    if family and actor is None and tok.pos_ == "NOUN" and (forces := involved_forces(tok, action, ctx)):
        actor, counterparts = forces[0], forces[1:]  # "The drills ... involve South Korean troops and U.S. forces"
    if family and (forces := joint_forces(tok, chain, action, ctx)):
        actor = forces[0]  # "South Korean and US forces began the drills": the first country, with the others
        counterparts = forces[1:] + [c for c in counterparts if c.name not in {f.name for f in forces}]
    if family:
        named = {ctx.doc[i].idx for i in named_tokens(tok, {**_entry(tok), "action": action})}
        named |= {t.idx for n in (tok, *tok.children) if _lex().nouns.get(n.lower_, {}).get("action") == action
                  for c in n.children if c.dep_ == "appos" and c.i > n.i for t in c.subtree}  # "began the joint naval
        # exercise Al-Dana 3": the exercise's name set after it (read as a person), no party
        counterparts = [c for c in counterparts if c.kind == "country" or c.start not in named]  # "the Freedom Shield
        # exercise": the thing's name, never a party
    if action == "vote" and tok.pos_ == "VERB" and not counterparts:
        counterparts = voted_on_people(tok, ctx)  # "voted to censure Interior Minister X": as "a vote against X";
        # "elected X as prime minister": X
    if action == "vote":
        replaced = {t.idx for o in tok.children if o.dep_ == "dobj" and o.lower_ in _word_list("outcomes.json", "successor_nouns")
                    for t in o.subtree}
        counterparts = [c for c in counterparts if c.start not in replaced]  # "to elect a successor to X": X is to be
        # replaced, no one voted on
    if action == "vote" and not counterparts:
        counterparts = motion_targets(tok, ctx)  # "will vote on a motion of no confidence in Finance Minister X": X
    pending = counterparts
    plan: tuple[ActorRef, str | None] | None = None  # the article's earlier plan a change refers to, with its what
    if family and actor is None:
        actor = owner_crowd(tok, action, ctx) or organiser(tok, ctx)  # "the nurses' strike", "a strike called by the CGT"
        if actor is None and not result.refers_to_plan and (plan := _definite_plan(tok, action, ctx)) is not None:
            actor = plan[0]  # "the strike is not cancelled for good" after the union's strike
        if actor is None and not _one_persons(tok):
            actor = crowd_actor(tok, chain, action, ctx)  # "Thousands protested", "voters in Moldova", "the allies"
        if actor is not None and actor.kind == "group" and actor.start == tok.idx and result.refers_to_plan \
                and (plan := _definite_plan(tok, action, ctx)) is not None:
            actor = plan[0]  # "The strike is cancelled" after the union's strike: no crowd the noun alone names
        counterparts = [c for c in counterparts if actor is not None and c.name != actor.name]
    elif family and actor is not None and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") \
            and not tok.left_edge.idx <= actor.start <= tok.right_edge.idx \
            and not any(t.dep_ == "poss" and t.pos_ == "PRON" for t in tok.subtree) \
            and (plan := _definite_plan(tok, action, ctx)) is not None and plan[0].name != actor.name:
        actor = plan[0]  # "X will dissolve the lower house on Friday ... The cabinet is expected to approve the
        # dissolution that morning": X's dissolution, told again; "Students will march on Friday ... The ministry said it
        # would allow the march": the students' (not "Australia has postponed the deployment of its aircraft": its own)
        counterparts = [c for c in counterparts if c.name != actor.name]
    elif family and actor is not None:
        if actor.kind == "person" and (crowd := person_owned_crowd(tok, chain, action, ctx)) is not None \
                and (crowd.name.startswith(f"{actor.name}'s ") or crowd.kind == "org"):
            actor = crowd  # "Hussain Nazeer's party has called a rally": his party's, not his own
            counterparts = [c for c in counterparts if c.name != crowd.name]
        if _crowd_site(actor, action, ctx) or actor.kind in ("person", "org") and actor.name.lower() in crowd_words(action):
            actor = organiser(tok, ctx) or crowd_actor(tok, chain, action, ctx) or actor  # "workers at container terminals on the
            # Maasvlakte were expected to walk out": the workers, not the place they work ("SANTIAGO - Members of
            # Chile's parliament voted": no person named "Members")
        actor = state_blocked(actor, tok, chain, action, ctx)  # "China protested": no demonstration
        if actor is None:
            actor = owner_crowd(tok, action, ctx) or crowd_actor(tok, chain, action, ctx)  # "Serbian teachers' unions
            # called off a strike": the unions; "Zimbabwean police have banned an opposition rally": the opposition's
        counterparts = [c for c in counterparts if actor is not None and c.name != actor.name and not (
            actor.kind in ("group", "org") and c.name == actor.country)]  # "Georgia's Civic Front party": the party,
        # once; "Members of Chile's parliament": Chile's body, Chile no party to its vote
        actor = dateline_body(actor, action, ctx) if actor is not None else None  # "WELLINGTON - ... Parliament will vote"
    if action == "vote" and (body := survived_vote(tok, ctx, dateline_country(ctx))) is not None:
        actor, counterparts = body, []  # "Zandanbat lost a confidence vote in parliament": the legislature voted
        result = replace(result, status="happened", rejected=False, refers_to_plan=False)
        when = past_reading(when, ctx.anchor)[0]
    if action == "vote" and (body := faced_vote(tok, ctx, dateline_country(ctx))) is not None:
        actor, counterparts = body, []  # "The government of X will face a confidence vote in parliament next Tuesday":
        # the legislature will vote (on the government)
    if action == "vote" and tok.pos_ == "NOUN" and actor is not None and actor.kind == "person" and (
            decided_in(tok) or any(p.dep_ == "prep" and p.lower_ == "between"
                                   and p.left_edge.idx <= actor.start <= p.right_edge.idx for p in tok.children)) \
            and (country := where_country(tok, ctx) or dateline_country(ctx)) is not None:
        actor, counterparts = ActorRef(country, "country", None, country, tok.idx, tok.idx + len(tok)), \
            [actor, *counterparts]  # "a presidential runoff between X and Y will be held on May 4", "Mayor X was
        # removed from office in a recall election on Tuesday": the country's vote, on the people named
    if action == "resign" and (owner := received_resignation(tok)) is not None:
        ref = ctx.actors.get(owner.i)  # "X accepted her resignation": hers (the pronoun's person), tendered already
        subjects = {r.name for c in tok.head.children if c.dep_ == "nsubj" and (r := ctx.actors.get(c.i)) is not None}
        if ref is not None and ref.name in subjects and owner.pos_ == "PRON":
            ref = next((r for i, r in sorted(ctx.actors.items(), reverse=True) if i < tok.sent.start and r is not ANONYMOUS
                        and r.kind == "person" and r.name not in subjects), None)  # "her": an earlier sentence's person
        if owner.i == tok.i or ref is None or ref is ANONYMOUS or ref.kind != "person" or ref.name in subjects:
            return None
        actor, counterparts = ref, []
        result = replace(result, status="happened", rejected=False, refers_to_plan=False)
        when = past_reading(when, ctx.anchor)[0]
    ruled: str | None = None
    if action == "testify" and tok.pos_ == "NOUN" and bench_subject(tok, ctx):
        accused = defendant(tok, ctx)  # "X went on trial ... Judge Y adjourned the hearing until June 20": X's trial
        action = "hearing" if _entry(tok).get("owner_action") == "hearing" else "trial"  # ("set the first hearing for
        # April 27": a hearing, no trial)
        if (retold := retold_case(tok, ctx)) is not None and (accused is None or accused.name == retold[0].name):
            accused, action = retold  # "A court postponed the trial of X ... Judge Y agreed to defer the hearing to
            # Aug. 17": X's trial, set for then
        if accused is None:
            return None
        actor, counterparts = accused, []
    elif action == "testify" and tok.pos_ == "NOUN" and _entry(tok).get("owner_action") == "hearing" \
            and court_frame(tok, ctx):
        accused = defendant(tok, ctx)  # "At a hearing last Friday, Magistrate Y refused Banda bail": Banda's hearing
        if accused is None:
            return None
        actor, counterparts, action = accused, [], "hearing"
    held_group = court_family(action) and actor is not None and actor.kind in ("group", "person") \
        and (any(held_by_unnamed_agents(c, tok) for c in tok.children)  # (a person: "The man, identified only as X,
             or (sub := passive_subject(tok)) is not None and unnamed_held_before(sub, tok, ctx) == actor)  # was
    # charged"; "Police arrested a man. He was questioned and charged on Tuesday": the man's charge)
    if court_family(action) and (accused := defendant(tok, ctx)) is not None:
        releaser = next((r for c in _releasing_subjects(tok) for r in _actors_in(c, ctx) if r.name != accused.name),
                        None) if action == "freed" and tok.pos_ == "VERB" else None
        actor, counterparts = accused, co_defendants(tok, accused, ctx)  # "convicted X", "its verdict in the trial of
        # X": X's case (and each co-defendant's: solo_families)
        if releaser is not None:
            counterparts = [*counterparts, releaser]  # "Venezuela released X on Tuesday": X freed, by Venezuela
    elif held_group:
        counterparts = []  # "At least 14 people were arrested in Yaounde": the people's own arrest
    elif court_family(action):
        if action != "verdict" or (ruling := court_ruling(tok, ctx)) is None:
            return None  # "the court adjourned": no one's verdict told
        (actor, ruled), counterparts, action = ruling, [], "ruling"  # "The High Court ruled that the strike was
        # unlawful": the court's ruling on the strike (rulings.py)
    if family and actor is None:
        tellers = _told_of_itself(chain, action, ctx)  # "X has notified Japan that it plans to launch a satellite": X
        actor = state_blocked(tellers[0], tok, chain, action, ctx) if tellers else None  # "Vietnam said it protested
        # the drills": no demonstration
        counterparts = [c for c in [*tellers[1:], *pending] if actor is not None and c.name != actor.name]  # "... it
        # will impose sanctions on Belarus": Belarus; "X and Y said they would resign": Y too (each apart later)
        actor = dateline_body(actor, action, ctx) if actor is not None else None  # "PODGORICA - Opposition lawmakers
        # said they would vote against the treaty": Montenegro's parliament
    if family and actor is None and taking_effect(tok):
        actor = next((r for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                      for r in _actors_in(c, ctx) if r.kind in ("country", "org")), None) or teller_actor(tok, action, ctx)
        if actor is not None and actor.name.split()[0].lower() in _lex_drop():
            actor = replace(actor, name=actor.name.split(" ", 1)[1])  # "[New European Union] sanctions": the EU
        targets = [a for p in tok.children if p.dep_ == "prep" and p.lower_ in target_preps(tok) for g in p.children
                   for a in _actors_in(g, ctx) or _country_of_place(g, ctx) if a.kind == "country"]
        counterparts = [c for c in {a.name: a for a in [*counterparts, *targets]}.values()
                        if actor is not None and c.name != actor.name]  # "EU sanctions on X took effect": the EU's, on X
    if family and actor is None and tok.pos_ == "NOUN" and (held := relative_holders(tok, ctx)):
        actor, counterparts = held[0], [c for c in [*held[1:], *pending] if c.name != held[0].name]  # "A joint naval
        # exercise that Egypt and Eritrea had planned to hold ... has been postponed": Egypt's, with Eritrea
    if family and actor is None and result.refers_to_plan and (plan := family_plan(tok, action, ctx)) is not None:
        actor = plan[0]  # "The drills were called off": the article's one holder of the plan ("China will hold drills")
    if family and actor is None and phase(tok) is not None and (plan := family_plan(tok, action, ctx)) is not None:
        actor = plan[0]  # "Teachers went on strike on Monday. The strike entered its third day on Wednesday": theirs
    if family and actor is None and not result.refers_to_plan and (actor := teller_actor(tok, action, ctx)) is not None:
        counterparts = [c for c in pending if c.name != actor.name]  # "Sanctions were imposed on X, Britain's Foreign
        # Office said": Britain's, on X
    if detached:
        actor, counterparts = phrase_parties  # (no crowd, teller or plan holder of the clause either)
    if family and actor is None and owned is not None and side:
        # "since Tuesday's runoff": the dateline country's vote; "last week's drills with the Indian Navy, the
        # Bangladeshi navy said": the telling organ's state
        country = (where_country(tok, ctx) or dateline_country(ctx)) if action == "vote" else None
        actor = ActorRef(country, "country", None, country, tok.idx, tok.idx + len(tok)) if country \
            else sentence_teller(tok, ctx)
        counterparts = [c for c in pending if actor is not None and c.name != actor.name]
    if family and actor is None and _entry(tok).get("what_subject") and not result.refers_to_plan:
        actor = sentence_teller(tok, ctx)  # "..., ISRO said on Monday, four days after the PSLV rocket lifted off": the
        # thing itself is the subject, its owner the body that tells of it
    if family and actor is None and tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in _dateline_votes() or (
            tok.lower_ == "vote" and not any(c.dep_ == "prep" and c.lower_ in ("on", "over") for c in tok.children)
            and any(c.dep_ in ("compound", "nmod") and c.i in ctx.times for c in tok.children))) \
            and when.value is not None and (country := dateline_country(ctx)) is not None:
        actor = ActorRef(country, "country", None, country, tok.idx, tok.idx + len(tok))  # "LIMA - The runoff was
        # postponed to June 21", "The president called a snap election for June 12", "turnout in the April 12 vote": a
        # dated election no one's named for is the dateline country's (not "The next presidential election is not due
        # until 2027", undated)
    if family and actor is None and ((body := neighbour_owner(tok, action, ctx)) is not None
                                     or (body := official_owner(tok, action, ctx)) is not None):
        actor, counterparts = body, [c for c in pending if c.name != body.name]  # "A nationwide strike went ahead on
        # Thursday. The Nigeria Labour Congress said the strike would continue": the body that tells of it next;
        # "A second stoppage will follow on September 24, union negotiator X said": the union he speaks for
    if family and actor is None and action == "testify" and tok.pos_ == "NOUN" \
            and _entry(tok).get("owner_action") == "hearing" and (accused := defendant(tok, ctx)) is not None:
        actor, counterparts, action = accused, [], "hearing"  # "charged X ..., and the first hearing of the case was set
        # for April 7": X's hearing
    if family and (actor is None or actor.kind == "country") and action == "vote" and tok.pos_ == "NOUN" \
            and _entry(tok).get("body_vote") \
            and (country := actor.name if actor is not None else where_country(tok, ctx) or dateline_country(ctx)) is not None:
        actor = legislature_of(country, "parliament", tok.idx, tok.idx + len(tok))  # "ZAGREB - The opposition withdrew
        # its no-confidence motion": a motion is put to the legislature's vote, whoever files or drops it ("Romania's
        # opposition withdrew its motion": Romania's parliament)
        counterparts = motion_targets(tok, ctx)  # ("... against Finance Minister X": X)
    if family and actor is None and action == "aid" and (aid_body := aid_body_teller(tok, ctx)) is not None:
        actor = aid_body  # "The World Food Programme said that its convoy had crossed into Sudan": the programme's
    if family and actor is None and (actor := story_referent(tok, result.status, ctx, result.refers_to_plan)) is None:
        return None  # (with a bare "The drills were postponed", no doer in the article: a reference to a plan
        # reported before, resolved by the store, :mod:`.story_references`)
    if action == "vote" and tok.dep_ == "pobj" and tok.head.lower_ == "from" \
            and tok.head.head.lemma_.lower() in _word_list("families.json", "race_exit_verbs") \
            and any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or (r := ctx.actors.get(c.i)) is not None
                                            and r is not ANONYMOUS and r.kind == "person")
                    for c in tok.head.head.children):
        return None  # "X withdrew from the presidential runoff": one candidate leaves the race, the vote is not called
        # off by it
    if family and action == "vote" and actor is not None and actor.kind == "org" \
            and set(actor.name.lower().split()) & _word_list("families.json", "electoral_body_words") \
            and (country := actor.country or where_country(tok, ctx) or dateline_country(ctx)) is not None:
        actor = ActorRef(country, "country", None, country, actor.start, actor.end)  # "Zambia's Electoral Commission set
        # April 9 as the date for a presidential runoff": the country votes, its commission only runs the vote
        counterparts = [c for c in counterparts if c.name != country]
    if family and actor is not None and (country_ref := leader_country(
            tok, action, actor, frozenset(_str_list(_entry(tok).get("governors"))), ctx)) is not None:
        actor = country_ref  # "Prime Minister X called a snap election": her country votes
    if family and action == "vote" and actor is not None and actor.kind == "person" and tok.pos_ == "NOUN" \
            and tok.dep_ == "pobj" and tok.head.lower_ == "in" and (gov := _governor(tok)[0]) is not None \
            and gov.lemma_.lower() in _word_list("families.json", "contest_verbs") \
            and (country := where_country(tok, ctx) or dateline_country(ctx)) is not None:
        actor, counterparts = ActorRef(country, "country", None, country, tok.idx, tok.idx + len(tok)), \
            [actor, *(c for c in counterparts if c.name != actor.name)]  # "Soglo now faces Prime Minister X in the
        # April 12 vote": the country votes, on the candidates named
    if family and actor is not None and actor.kind == "person" and action in _person_blocked() and tok.pos_ == "NOUN" \
            and frame_object(tok, frozenset({"before", "after"})):
        country = dateline_country(ctx)  # "X's party won a seat ahead of a general election": the dateline country's
        # election, no person's
        actor = ActorRef(country, "country", None, country, tok.idx, tok.idx + len(tok)) if country else None
        if actor is None:
            return None
    if _unnamed_body_clause(tok, ctx):
        return None  # "agreed to set up a joint commission that will meet in Ljubljana in June": the commission's
        # meeting, no act of the leaders
    if action == "vote" and _vote_tally(tok):
        return None  # "Fifty-nine members voted against him": a count of the vote told before, no vote of its own
    if family and actor is not None and actor.kind == "person" and action in _person_blocked() and tok.pos_ == "VERB":
        return None  # '"I came to vote," said X, a vendor': one person's ballot is no vote of a body or a people (an
        # election a person calls stays with the caller when the country is unknown)
    if actor is None and not family and (parties := resumed_parties(tok, action, ctx)) is not None:
        actor, counterparts = parties  # "X and Y held talks in Doha on Monday. The talks will resume on May 12": theirs
    if actor is None and tok.pos_ == "NOUN" and (hosted := states_summit_host(tok, ctx)) is not None:
        (actor, counterparts), action = hosted, "host"  # "A summit of the leaders of China, Japan and South Korea
        # planned for next month in Tokyo has been postponed": Japan hosts the other two
    if actor is None and action in ("meet", "negotiate") and tok.pos_ == "NOUN" \
            and (pair := hyphenated_states(tok)) is not None:
        actor, counterparts = pair[0], [pair[1], *(c for c in counterparts if c.name not in (pair[0].name, pair[1].name))]
        # "The New Zealand-Vietnam security dialogue ... has been postponed until May": the two states' meeting
    if actor is None and action in ("meet", "negotiate", "call") and tok.pos_ == "NOUN" \
            and (tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") or tok.dep_ in ("dobj", "nsubj", "nsubjpass")) \
            and len(sides := [
                a for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" for a in _actors_in(p, ctx)]) > 1:
        actor, counterparts = sides[0], sides[1:]  # "The deal was reached at talks on Saturday between X and Y":
        # theirs, held then (and "The decision followed a meeting on Thursday between X and Y", "... a phone call";
        # "Talks between Afghan and Pakistani border officials ended on Wednesday": the two states')
    if actor is None and (holder := gathering_holder(tok, ctx)) is not None:
        actor, action = holder, "hold"  # "The Nordic summit was held in Oslo": the gathering holds itself
    if tok.pos_ == "VERB" and _entry(tok).get("own_side_object") and actor is not None:
        stood = next((c for c in counterparts if c.kind == "country"), None)
        represented = {t.idx for o in tok.children if o.dep_ == "dobj" for t in o.subtree}  # ("will represent X at the ceremony":
        # the one stood in for, no partner)
        counterparts = [c for c in counterparts if c.kind != "country" and c.start not in represented]  # "Vice President X will represent
        if stood is not None and actor.country is None:  # Mozambique": X attends for her own state, no partner
            actor = replace(actor, country=stood.name)
    if action == "host" and meal_noun(tok):
        actor = meal_host(tok, ctx) or actor  # "The state dinner X had planned in honour of Y": X hosts Y ("Y
        # attended the welcome dinner given by X": X's, whoever the clause's subject is)
        counterparts = [c for c in counterparts or meal_guests(tok, ctx) if actor is None or c.name != actor.name]
    elif action == "host" and tok.pos_ == "VERB" and not counterparts and meal_object(tok) is not None:
        counterparts = [c for c in meal_guests(tok, ctx) if actor is None or c.name != actor.name]  # "X hosted a
        # state banquet in his honour": his
    if actor is None and action in ("meet", "negotiate") and (group := group_subject(tok, ctx)) is not None:
        actor = group  # "Rail unions will hold talks with the transport minister on May 20": the unions
        found = {a.name: a for g in meeting_sides(tok) for a in _actors_in(g, ctx)}
        counterparts = [c for c in counterparts or list(found.values()) if c.name != group.name]
    if actor is None and action in ("meet", "sign") and (officials := officials_subject(tok, ctx)) is not None:
        actor = officials  # "Gulf foreign ministers will meet in Doha on Nov. 25": those officials, as one group
    if actor is None and action in ("meet", "negotiate", "call") and tok.pos_ == "NOUN" \
            and (chair := talks_chair(tok, ctx)) is not None:
        actor, counterparts = chair, [c for c in counterparts if c.name != chair.name]  # "after ten hours of negotiations
        # chaired by Transport Minister X": the chair's talks ("The virtual meeting, chaired by X": X's call)
    if actor is None and action in ("meet", "negotiate") and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        partner = next((a for g in meeting_sides(tok) for a in _actors_in(g, ctx) if a.kind == "person"), None)
        if partner is not None:  # "the May 7 meeting with Education Minister X had lasted less than an hour": X's
            # meeting, told of itself (no holder named)
            actor = partner
            counterparts = [c for c in counterparts if c.name != partner.name]
    if action == "host" and actor is not None and actor.kind == "person" and _received_guest(tok, actor, ctx):
        action, counterparts = "visit", []  # "X was welcomed with military honours in Helsinki on Tuesday", no host
        # named: X's visit there
    if actor is None and action == "host" and (guest := _guest(tok, ctx)) is not None:
        actor, action, counterparts = guest, "visit", []  # "Canadian officials are preparing to receive X in Ottawa"
    if action == "attend" and result.status in ("cancelled", "postponed", "denied") and _purpose_of_changed_trip(tok) \
            and mourned_person(tok, ctx) is not None:
        return None  # "X has called off his trip to Lima for the funeral of Y": the guest's trip is off, not the
        # funeral
    if action == "attend" and (dead := mourned_person(tok, ctx)) is not None \
            and (actor is None or actor.kind in ("country", "org")):
        actor, counterparts = dead, [c for c in counterparts if c.name != dead.name]  # "A state funeral for X was held
        # on Wednesday", "Austria will hold a state funeral for X": X's own funeral, as "the state funeral of X" is
    if actor is None and action == "attend" and tok.pos_ == "VERB" and (dead := next(
            (d for o in tok.children if o.dep_ == "dobj" and (d := mourned_person(o, ctx)) is not None), None)) is not None:
        actor, counterparts = dead, [c for c in counterparts if c.name != dead.name]  # "Thousands of mourners attended
        # the funeral of X in Bulawayo on Saturday": no one named attends; X's funeral was held
    if actor is None and action == "sign" and tok.pos_ == "NOUN" and (states := hyphenated_states(tok)) is not None:
        actor, counterparts = states[0], [states[1], *(c for c in counterparts if c.name not in (states[0].name,
                                                                                                  states[1].name))]
        # "The signing ceremony for the Peru-Bolivia water treaty has been moved": the two states' signing
    if actor is None and action == "meet" and tok.pos_ == "NOUN" and (body := next(
            (r for c in tok.children if c.dep_ in ("amod", "compound") and (r := ctx.actors.get(c.i)) is not None
             and r is not ANONYMOUS and r.kind == "org"), None)) is not None:
        actor = body  # "The OPEC+ ministerial meeting has been brought forward to May 28": the body's own meeting
    if actor is None and action == "attend" and tok.pos_ == "NOUN" and (holder := participle_agent(
            tok, _holding_verbs() | {"organise", "organize"}, ctx, person_only=False)) is not None:
        actor, action = holder, "hold" if holder.kind == "org" else "host"  # "pledged 410 million euros at a
        # conference held by the European Union in Sarajevo on Tuesday": the union's conference, which it holds (a
        # state's it hosts; "hosted by X" is the host verb's own event)
    if actor is None and (actor := story_referent(tok, result.status, ctx, result.refers_to_plan)) is None:
        return None  # ("The talks were postponed", no doer in the article: a plan reported before)
    if family:
        actor = national_org(actor, ctx)  # "CHISINAU - The National Trade Union Confederation ...": Moldova's
    if action == "vote" and actor.kind == "person" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
            and tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN":
        state = actor.country or dateline_country(ctx)  # "to launch his party's campaign for the August general
        if state is None:  # election": the country's election, no vote of his
            return None
        actor = ActorRef(state, "country", None, state, actor.start, actor.end)
    if action in ("meet", "negotiate") and _others_meeting(tok, actor):
        return None  # "X will meet Y on March 12. A meeting of the two foreign ministers on Wednesday was called off":
        # other people's meeting, no change of X's
    if action == "call" and (received := received_call(tok)) is not None:
        source, phoned = received
        if source is None and not phoned:
            return None  # "the ministry received calls for an inquiry": appeals, no phone call
        caller = next(iter(_actors_in(source, ctx)), None) if source is not None else None
        if caller is not None and caller.name != actor.name:
            actor, counterparts = caller, [actor]  # "X received a phone call from Y": Y called X
    if action == "attend" and tok.dep_ == "relcl" and tok.pos_ == "VERB" \
            and not any(c.dep_ in ("dobj", "prep", "npadvmod") for c in tok.children) \
            and not any(c.dep_ == "agent" and any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS
                                                  and ref.kind == "person" for g in c.subtree) for c in tok.children):
        return None  # "citing two officials who attended": the officials were there, no event of a named actor (but
        # "a ceremony which was attended by Peru's minister X": X was there)
    if action == "attend" and _audience_of_setting(tok, ctx):
        return None  # "signed the deal at a ceremony attended by senior officials": the setting's audience, no event
    if (accuser := alleging_verb(tok)) is not None and any(
            c.dep_ == "nsubj" and c.left_edge.idx <= actor.start <= c.right_edge.idx for c in accuser.children):
        return None  # "X accused foreign-funded groups of organising the rallies": X made a claim, no rally of X's
    if action == "attend" and tok.pos_ == "NOUN" and (
            actor.kind == "person" and any(k.kind in ("person", "org") for k in counterparts)
            or actor.kind == "country" and any(k.kind == "country" for k in counterparts)) \
            and (any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
                 or tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have")
                 or any(c.dep_ == "poss" for c in tok.children)
                 and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
        action = "meet"  # "A summit between President X and Prime Minister Y ... has been postponed": the two meet; "A
        # summit between Laos and Myanmar": their states meet (their leaders' talks, told of the states); "X will hold
        # a summit with Y", "X and Y will hold a summit", "X's summit with Y": the two meet
    if action == "attend" and actor.kind == "country" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" \
            and tok.head.pos_ == "VERB" \
            and tok.head.lemma_.lower() in moved_verbs() | _moving_verbs() | _calling_off_verbs() | _holding_verbs() \
            and any(c.dep_ == "nsubj" and c.left_edge.idx <= actor.start < c.idx + len(c.text) + 1 for c in tok.head.children):
        action = "host"  # "Togo has moved the summit from Lome to Kara": the state's own gathering, which it hosts (also
        # a named one: "Fiji has moved this week's Blue Pacific Ocean Summit"; and "Sri Lanka has postponed the Colombo
        # summit": no state puts off a gathering it only attends; "Pakistan and the United Nations will hold a pledging
        # conference in Geneva": the state's own, as an organization holds its own)
    if action in ("attend", "meet") and actor.kind == "org" and (_own_gathering(tok, ctx) or held_participle(tok, ctx)):
        action = "hold"  # "The African Union will hold an extraordinary summit", "the AU's summit ... was postponed",
        # "the GCC foreign ministers' meeting held in Riyadh on Sunday"
        counterparts = [c for c in counterparts if not tok.left_edge.idx <= c.start <= tok.idx]  # ("its biennial world
        # [congress]ORG": the gathering's own name, no other side)
    where, where_chain = (tok.head.head, head_chain(tok.head.head)) if _on_a_visit(tok, ctx) \
        or guest_visit_frame(tok, ctx) and not _own_destination(tok, ctx) else (tok, chain)
    if told.i != tok.i:
        where, where_chain = told, head_chain(told)  # "held talks with visiting Y at the Great Hall in Beijing": Y is there
    if purpose is not None:  # "called off the drills in the South China Sea to make room for talks with China": the
        # purpose's own place and partners only, not the changed plan's
        where_chain = [t for t in where_chain if purpose.left_edge.i <= t.i <= purpose.right_edge.i]
        counterparts = [c for c in counterparts if purpose.left_edge.idx <= c.start < purpose.right_edge.idx + len(purpose.right_edge)]
    place = None if action in _PLACELESS or placeless(action) else (
        family_place(tok, chain[:1], action, ctx) if family and source_place_first(action) else None) \
        or _place(where, where_chain, action, ctx)  # ("began withdrawing from southern Lebanon ..., with a first
    # group leaving their base in Shama": the place left)
    if place is not None and action == "host" and _replaced_clause(tok) \
            and not tok.left_edge.idx <= place.start <= tok.right_edge.idx:
        place = None  # "will travel to Astana instead of hosting X": where he goes, not where he was to host
    if place is not None and tok.pos_ == "VERB" and tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.children) \
            and not any(c.dep_ == "neg" for c in tok.head.children) and not tok.left_edge.idx <= place.start <= tok.right_edge.idx:
        place = None  # "was in Tegucigalpa all of last week and did not meet X": where he was instead, not where he
        # did not meet X
    if place is None and family and not placeless(action):
        place = family_place(tok, chain, action, ctx)  # "live-fire drills around Taiwan", "marched through Belgrade"
    if place is None and action == "visit" and tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "advcl" \
            and tok.head.pos_ == "VERB":
        place = next((spot for g in tok.head.subtree if g.i < tok.i and g.dep_ == "pobj" and g.head.lower_ in ("in", "at")
                      and (spot := ctx.places.get(g.i)) is not None and spot.kind in ("city", "region")), None)
        # "will lead the opening of the school year in Tacloban on June 15, visiting a rebuilt school": the school is in
        # Tacloban (the main clause's place, before the participle)
    if place is None and family and actor is not None and actor.country and _across_the_country(tok, chain):
        place = resolve_place(actor.country)  # "Belgium's rail unions called a national strike across the country"
    if action == "host" and tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" for c in tok.children) and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and ctx.actors.get(c.i) is None and c.lower_ not in _lex().host_guests
            and c.lower_ not in _lex().nouns for c in tok.children):
        return None  # "Bahrain hosts the headquarters of the US Fifth Fleet": a standing fact, no visit hosted
    if action == "host" and tok.pos_ == "VERB" and not any(c.kind in ("person", "country") for c in counterparts) \
            and not any(c.dep_ == "dobj" and (_event_object(c) or c.lower_ in _lex().host_guests or meal_noun(c))
                        for c in tok.children) \
            and guest_group(tok, ctx) is None \
            and not (tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children) and (
                _event_object(tok.head) or tok.head.dep_ == "pobj" and _event_object(tok.head.head.head))):
        # (but "signed a declaration on Thursday at a summit in Bridgetown hosted by Prime Minister X": her summit, the
        # participle also read on the summit's place)
        return None  # "Real will host Bayern": a club hosting a match, no host of officials ("hosted leaders of ...": one;
        # "will host a gala dinner at the palace": a meal given, its guests unnamed)
    if action == "visit" and place is None and _curtailed(tok):
        return None  # "cut short her Asian tour": no visit of its own (but "cut short a visit to Japan": she was there)
    if action == "visit" and when.precision == "day" and not when.end_value and _curtailed(tok):
        when = replace(when, note=CURTAILED_NOTE)  # "cut short his state visit to Ecuador on Tuesday": its last day
    if action in crowd_route_families() and actor is not None and actor.kind == "person" and actor.title \
            and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _word_list("families.json", "settling_verbs"):
        return None  # "the labour minister will meet union leaders in an attempt to end the stoppage": the workers'
        # strike she would end, none of hers
    if ahead_frame(tok) and place is None and when.value is None and not counterparts:
        return None  # "met X on Friday before his departure": a frame that tells nothing of its own
    if place is not None:  # "cancelled a trip to South Africa": the place, not also a counterpart
        counterparts = [c for c in counterparts if c.kind == "person" or c.name != place.name
                        and not (0 <= place.start <= c.start < place.end)  # (nor a word of its name: "[Guinea]-Bissau")
                        or c.name == place.name and c.kind == "country" and action not in (*TRIP_FAMILY, "depart", "attend")
                        and 0 <= c.start < place.start]
        # ("The navies of Singapore and Brunei concluded an exercise off Brunei": a side named apart from the place)
    if counterparts and (bound := _destinations(tok, ctx)):  # "a trip to Germany and Angola": both are destinations
        counterparts = [c for c in counterparts if c.kind == "person" or c.name not in bound]
    if counterparts and actor.kind == "person" and actor.country:  # "signed a deal for Japan to supply radars": the
        # Japanese minister's own state is no other side
        counterparts = [c for c in counterparts if not (c.kind == "country" and c.name == actor.country)]
    if counterparts and action in crowd_route_families():
        counterparts = [c for c in counterparts if not _route_end(c, ctx)]  # "march from the Obelisk to Congress"
    if action in ("meet", "call") and not counterparts and (group := group_partner(tok, ctx)) is not None \
            and group.name != actor.name:
        counterparts = [group]  # "will meet union leaders next week": the union leaders
    if action == "host" and tok.pos_ == "VERB" and not counterparts and (group := guest_group(tok, ctx)) is not None:
        counterparts = [group]  # "will receive union representatives in Paris": the representatives, its guests
    if action in ("meet", "sign") and not counterparts and actor.kind in ("person", "country", "org") \
            and (group := subject_group_partner(tok, ctx)) is not None:
        counterparts = [group]  # "Union leaders and Minister X signed the agreement": the leaders, the other side
    codes = event_codes(action, result.status, result.rejected)
    sent = tok.sent
    text = sent.text
    evidence = Evidence(ctx.article_id, ctx.anchor, text, sent.start_char, sent.end_char, result.status, tok.idx, tok.idx + len(tok))
    read = {**_entry(tok), "action": action}
    if read.get("post_action") == action:
        read["what_heads"] = "post"  # "the appointment of a new army chief": the post filled (licensing.py)
    if read.get("thing_action") == action:
        read["what_heads"] = action  # "called off Saturday's inauguration of the new terminal": the terminal opened
        # (licensing.py)
    what = what_of(tok, read) if family and not held_group else None  # (the people arrested are the actor: "At least
    # 14 people were arrested")
    if action == "verdict":
        what = verdict_outcome(tok)  # "convicted X": a conviction; "will deliver its verdict": not told
    if action == "ruling":
        what = ruled
    if plan is None and family and what is None and result.refers_to_plan:
        plan = family_plan(tok, action, ctx)  # "The launch has been rescheduled for Thursday": the plan's rocket
    if plan is not None:
        what = same_thing(what, plan[1])  # "the launch of the satellite" changes the plan's "spy satellite"
    if action == "visit" and what is None:
        what = visited_facility(tok)  # "her planned visit to a marine research centre in Wellington": that centre
    implied = _entry(tok).get("implied_what") if what is None and tok.pos_ == "VERB" else None
    if isinstance(implied, dict):
        what = next((str(implied[c.lower_]) for c in tok.children if c.dep_ in ("prt", "prep", "dobj")
                     and c.lower_ in implied), None)  # "will walk off the job", "walked out", "will stop work": a strike
        if what is None and "" in implied:
            what = str(implied[""])  # "teachers would march to the Congress": a march (of no particle)
    if action == "sign":
        counterparts = [c for c in counterparts if c.kind == "person" or not _in_signed_topic(c, tok, ctx)
                        and not _signed_scheme(c)]
        what = what or signed_text(tok)  # "signed a memorandum of understanding": what was signed
    if action == "testify" and tok.lemma_.lower() in ("appear", "produce", "hearing", "due", "return") \
            and what is not None \
            and (what.split()[-1].lower() in _court_words()
                 or _lex().nouns.get(what.split()[-1].lower(), {}).get("owner_action") == "hearing") and actor is not None \
            and actor.kind in ("person", "group", "org"):
        action, what = "hearing", None  # "X will appear before a Cairo criminal court", "X's first hearing before a
        # court": the person's own court hearing, no testimony (nor the trial: "Her trial will open on April 14"); so
        # for people told unnamed ("the Zambian man arrested on Wednesday", "twelve protesters") and for a company (or
        # a person the recognizer took for one: "drug trafficker [X]ORG is due to appear before a judge")
        codes = event_codes(action, result.status, result.rejected)
    if action == "agree" and when.value is not None and any(
            c.dep_ == "xcomp" and any((x := ctx.times.get(t.i)) is not None and x.text == when.text for t in c.subtree)
            for c in tok.children):
        when = DateValue(None, "unknown", when.text, note="the day of what was agreed, not of the agreement")  # "the
        # two leaders agreed to conclude an expanded trade agreement this year": when the deal is due
    if when.value is not None and _DURATION.match(when.value):
        when = DateValue(None, "unknown", when.text, note=f"a length ({when.value}), no day")  # never a duration as a day
    if actor is not None and actor.is_office() and actor.start >= 0 and (holder := next((
            c for c in counterparts if c.kind == "person" and not c.is_office() and c.start > actor.end >= 0
            and _TITLE_TAIL.fullmatch(doc_text(ctx.doc)[actor.end:c.start]) is not None), None)) is not None:
        counterparts = [c for c in counterparts if c is not holder]  # "China's special envoy for Myanmar affairs Deng
        actor = replace(holder, country=holder.country or actor.country)  # Xiaolin visited Naypyitaw": the envoy named
    if actor is not None and actor.kind == "org" and actor.name in _BARE_LEGISLATURES and actor.start >= 0 \
            and doc_text(ctx.doc)[actor.start:actor.end] == actor.name \
            and (home := actor.country or dateline_country(ctx)) is not None:
        actor = legislature_of(home, actor.name, actor.start, actor.end)  # "LIMA - Congress president X said Thursday's
        # impeachment vote had been cancelled": the Congress of Peru, the dateline's
    return Event(action, actor, tuple(counterparts), place, when, result.status, codes.cameo, codes.plover, codes.mode,
                 evidence, result.refers_to_plan, what)



#: Families of a contact whose partners a topic phrase never names ("talks with X on Ukraine": Ukraine is the topic).
#: A TIMEX3 duration value ("PT48H", "P2D", "PXY"): a length, never an event's day.
_DURATION = re.compile(r"PT?[\dX]")

_TALK_ACTIONS = frozenset({"meet", "negotiate", "call", "travel", "visit", "host", "attend"})


def _purpose_of_changed_trip(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is the "for" purpose of a trip noun or of a verb of a journey
    ("called off his trip to Lima for the funeral of X", "cancelled plans to travel to Lima for the funeral"): the
    occasion the journey was for, whose own fate the change of the journey does not tell."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    up = tok.head.head
    return up.lower_ in _lex().trip_nouns or up.pos_ == "VERB" and (_lex().verbs.get(up.lemma_.lower(), {}).get(
        "action") in ("travel", "visit", "arrive") or any(c.dep_ == "dobj" and c.lower_ in _lex().trip_nouns
                                                           for c in up.children))  # (the parser may hang "for" on the
    # verb that calls the trip off)


def _topic_mention(ref: ActorRef, tok: Token, ctx: _Ctx) -> bool:
    """ref (ActorRef): a counterpart. tok (Token): the trigger. RETURNS (bool): its mention lies in a topic phrase of the
    trigger (:func:`venues.under_topic`: "talks with X on Ukraine")."""
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand") if ref.start >= 0 else None
    return span is not None and under_topic(span[0], tok)


def _name_of_a_thing(party: ActorRef, ctx: _Ctx) -> bool:
    """ "visited the Agua Clara locks", "toured the Mandela bridge": whether a person counterpart is only a name before a
    common noun it is the compound of (a thing named after someone, or a place the recognizer took for a person).

    party (ActorRef): a counterpart. ctx (_Ctx): the doc's index. RETURNS (bool)."""
    if party.kind != "person" or party.start < 0:
        return False
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.tag_ in ("NN", "NNS") \
        and root.head.is_lower and ctx.actors.get(root.head.i) is None


#: The words between an office's title and the name of its holder that still belong to the title ("special envoy [for
#: Myanmar affairs] Deng Xiaolin", "envoy [to the Sahel] X").
_TITLE_TAIL = re.compile(r"\s*(?:(?:for|to|on)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s*)?")

#: A legislature's bare capitalized name ("Congress", "Parliament", "Senate"), which stands for the dateline country's
#: (written so: "the rowing federation's congress" is none).
_BARE_LEGISLATURES = frozenset({"Congress", "Parliament", "Senate"})


def _payload_owner(verb: Token) -> ActorRef | None:
    """verb (Token): a launch verb whose subject is the thing launched ("blasted off", "lifted off"). RETURNS (ActorRef |
    None): the one country its subject's phrase names as owner ("An H3 rocket carrying [Japan's] weather satellite",
    "a [Chinese] rocket"), the state that launched it; None when none or more than one."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    countries = {country for t in subject.subtree if t.i != subject.i and (
        country := (t.text if t.dep_ == "poss" and resolve_country(t.text) == t.text
                    else lexicon().demonyms.get(t.lower_) if t.dep_ == "amod" else None)) is not None}
    # (a country's own name as a possessor, "Japan's", or a nationality, "a Chinese rocket"; never a word of the
    # rocket's name: "the Andes rocket")
    if len(countries) != 1:
        return None
    country = countries.pop()
    return ActorRef(country, "country", None, country)


def _owner_of_a_place(party: ActorRef, ctx: _Ctx) -> bool:
    """party (ActorRef): a counterpart. ctx (_Ctx): the doc's index. RETURNS (bool): whether it is a country named only as
    the possessor of a place ("Nepal's landslide-hit [Kaski] district", "Kenya's port of Mombasa"): where, not with whom."""
    if party.kind != "country" or party.start < 0:
        return False
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "poss":
        return False
    noun = span.root.head
    return any(ctx.places.get(t.i) is not None for t in noun.subtree if not span.start <= t.i < span.end)


def _name_of_a_law(party: ActorRef, ctx: _Ctx) -> bool:
    """party (ActorRef): a counterpart. ctx (_Ctx): the doc's index. RETURNS (bool): whether it is only words of a law's
    name before the name's last word (``law_name_heads`` of ``names.json``: "the [Data Protection] (Amendment) Bill")."""
    if party.kind == "person" or party.start < 0:
        return False
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    return head.i >= span.end and head.text in law_name_heads() and head.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj")


def _without_office_words(counterparts: list[ActorRef], tok: Token, ctx: _Ctx) -> list[ActorRef]:
    """ "will meet the speaker of Morocco's House of Representatives, Rachid Talbi Alami": the country and the body named
    in the "of" phrase of a title noun (a ``titles.json`` word) that the verb acts on, next to a person named for that
    title, say whose office it is: no parties of their own. RETURNS (list[ActorRef]): the counterparts without them."""
    people = [c for c in counterparts if c.kind == "person"]
    if not people or len(counterparts) == len(people):
        return counterparts
    words = title_words()
    drop: set[int] = set()
    for role in tok.children:
        if role.dep_ != "dobj" or role.pos_ != "NOUN" or role.lower_ not in words:
            continue
        inside = {t.idx for p in role.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
        if any(c.start in inside or c.start in {t.idx for t in role.subtree if t.dep_ == "appos"} for c in people):
            drop |= {c.start for c in counterparts if c.kind != "person" and c.start in inside}
    return [c for c in counterparts if c.start not in drop]


#: Days before the article by which a superseded plan's day ("first planned for 2025") has long passed: its delay is
#: background, not news.
_LONG_PASSED_DAYS = 60


@cache
def _on_hold_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``on_hold_verbs`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["on_hold_verbs"])


@cache
def _nation_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``nation_nouns`` of ``places.json``."""
    return frozenset(load_data("places.json")["nation_nouns"])


def _across_the_country(tok: Token, chain: list[Token]) -> bool:
    """tok (Token): a trigger. chain (list[Token]): its head chain. RETURNS (bool): whether the trigger or a verb of its
    chain has an "across"/"throughout" phrase of "the country" or "the nation" (``nation_nouns`` of ``places.json``)."""
    nations = _nation_nouns()
    return any(p.dep_ == "prep" and p.lower_ in ("across", "throughout") and any(
        o.dep_ == "pobj" and o.lower_ in nations and any(d.lower_ == "the" for d in o.children) for o in p.children)
        for head in (tok, *chain[:3]) for p in head.children)


def _at_edge_of(noun: Token) -> bool:
    """noun (Token): an event noun whose length spans a verb's day. RETURNS (bool): it is the "of" object of a noun of
    its start or end ("at the close of a three-day summit", "at the start of a six-day tour": ``start_words``,
    ``frame_end_nouns``)."""
    edge = noun.head.head if noun.head.lower_ == "of" else None
    return edge is not None and edge.pos_ == "NOUN" and (edge.lower_ in _lex().start_words or edge.lower_ in _lex().frame_ends)


def _ended_by_the_clause(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is an event noun counted in weeks, months or years ("four months of
    talks") that a participle of an ``ending_verbs`` verb hung on another clause ends ("..., ending four months of
    talks"): a span the clause's own act closes, no event of its own."""
    units = _family_words("ended_span_units")
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in units:
        tok = tok.head.head  # ("[four months] of talks" as the object)
    elif not any(c.lower_ in units for c in tok.children if c.dep_ in ("npadvmod", "nmod", "compound")):
        return False  # ("four months of [talks]" as the object, the count hung on it)
    verb = tok.head
    return tok.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") \
        and verb.lemma_.lower() in _ending_verbs()


def _ended_span(tok: Token, when: DateValue, ctx: _Ctx) -> DateValue | None:
    """ "wrapped up a two-day visit to Rwanda on Tuesday", "concluded a five-day exercise on Friday": an event noun with a
    length in days (a trip, or a family's event that took place), the object of a verb that
    ends it (``ending_verbs`` of ``families.json``) or the trip come back from (:func:`.returns.returned_from`) told
    on one day, spans the days that end on that day.

    tok (Token): the trigger. when (DateValue): the day found. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): the span with a note, None for any other trigger or date."""
    day = when.interval()  # (the told day, or the noun's length already read forward from it)
    whole = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "days" \
        else tok  # ("ended two days of talks in Jakarta on Tuesday": the days are the talks')
    ended = whole.dep_ == "dobj" or whole.dep_ == "nsubj" and whole.head.tag_ == "VBD"  # (or its subject, told done: "A
    # five-day drill ... ended off Pemba on Friday")
    if tok.pos_ != "NOUN" or not (ended and whole.head.lemma_.lower() in _ending_verbs() or returned_from(tok)) \
            or when.precision != "day" or day is None:
        return None  # (also "returned on Wednesday from a three-day visit to Vietnam": Monday to Wednesday)
    begun = any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _lex().start_words
                and any(t.i in ctx.times and ctx.doc[t.i].text == when.text.split()[-1] for t in c.subtree)
                for c in tok.children) if when.text else False  # ("wrapping up a two-day summit that began in Brussels
    # on Thursday": the day its own clause gives is its first)
    for t in whole.subtree:
        x = ctx.times.get(t.i)
        if t.i < tok.i and x is not None and x.value and (m := re.fullmatch(r"P(\d+)D", x.value)) and int(m.group(1)) > 1 \
                and (day[1] - day[0]).days in (0, int(m.group(1)) - 1):
            if begun:
                last = day[0] + timedelta(days=int(m.group(1)) - 1)
                return DateValue(day[0].isoformat(), "day", when.text, last.isoformat(),
                                 f"a {m.group(1)}-day {tok.text} that began on {day[0].isoformat()}")
            first = day[0] - timedelta(days=int(m.group(1)) - 1)
            return DateValue(first.isoformat(), "day", when.text, day[0].isoformat(),
                             f"a {m.group(1)}-day {tok.text} that ended on {day[0].isoformat()}")
    return None


def _signed_scheme(party: ActorRef) -> bool:
    """party (ActorRef): a counterpart of a signing. RETURNS (bool): an organization-like name that ends in a text noun or
    a ``project_nouns`` word of ``occasions.json`` ("Economic Cooperation and Trade Agreement", "Lesotho Highlands Water
    Project"): what is signed, no side of it."""
    data = load_data("occasions.json")["signing_referents"]
    last = party.name.split()[-1].lower() if party.name.split() else ""
    return party.kind not in ("person", "country") and len(party.name.split()) > 1 \
        and (last in data["text_nouns"] or last in data["project_nouns"])


def _in_signed_topic(party: ActorRef, tok: Token, ctx: _Ctx) -> bool:
    """Whether a party of a signing is named only inside what the signed text is about: "are due to sign an agreement
    on training Rwandan officers for United Nations missions" (the UN is no signatory).

    party (ActorRef): a counterpart. tok (Token): the sign trigger. ctx (_Ctx): the doc's index.
    RETURNS (bool): True when its words lie in a topic phrase (:data:`.venues.TOPIC_PREPS`) of the trigger's object."""
    if party.start < 0:
        return False
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    objects = {c.i for c in tok.children if c.dep_ == "dobj"} | ({tok.i} if tok.pos_ == "NOUN" else set())
    for a in span.root.ancestors:
        if a.i == tok.i:
            return False
        if a.dep_ == "prep" and a.lower_ in TOPIC_PREPS and a.head.i in objects:
            return True
    return False


#: Prepositions that say where a crowd is ("workers at the terminals on the Maasvlakte").
_SITE_PREPS = frozenset({"at", "on", "in", "near", "outside"})


def _crowd_site(actor: ActorRef, action: str, ctx: _Ctx) -> bool:
    """Whether an organisation-like actor (or a name read as a person's) is only where a crowd is: its name is the object of a place preposition
    (``_SITE_PREPS``) inside the phrase of a crowd word of the family ("About 4,000 workers at container terminals on
    the Maasvlakte were expected to walk out").

    actor (ActorRef): the actor found. action (str): the family. ctx (_Ctx): the doc's index.
    RETURNS (bool): True for such a site."""
    if actor.kind not in ("org", "person", "country") or actor.start < 0:
        return False  # (a site the recognizer took for a person: "Dockworkers at Malta's [Marsaxlokk Freeport]")
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    cur = span.root
    if actor.kind == "country":  # "Workers at [Chile]'s state copper producer", "Employees of [Denmark]'s postal
        # service": the state owns the site or the employer, the crowd acts
        if cur.dep_ != "poss":
            return False
        cur = cur.head
        if cur.dep_ != "pobj" or cur.head.lower_ not in _SITE_PREPS | {"of"}:
            return False
    elif cur.dep_ != "pobj" or cur.head.lower_ not in _SITE_PREPS:
        return False
    words = crowd_words(action)
    for _ in range(6):
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and cur.lower_ in words:
            return True  # (also "[Dockworkers]PROPN at ...", capitalized right after the dateline)
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def _others_meeting(tok: Token, actor: ActorRef) -> bool:
    """tok (Token): a meeting noun. actor (ActorRef): the person found for it. RETURNS (bool): the noun names its own
    people by an "of" phrase of a plural role whose words the actor's title does not share ("a meeting of the two
    foreign ministers" for President X): someone else's meeting (not "of regional foreign ministers" for a Foreign
    Secretary, nor "of the two leaders", a role any head of state has)."""
    if tok.pos_ != "NOUN" or actor.kind != "person" or not actor.title:
        return False
    title = set(actor.title.lower().split())
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for people in prep.children:
            if people.dep_ != "pobj" or people.tag_ != "NNS" or people.lemma_.lower() in _family_words("generic_roles"):
                continue
            words = {people.lemma_.lower()} | {c.lower_ for c in people.children if c.dep_ in ("amod", "compound")}
            if not words & title:
                return True
    return False


@cache
def _family_words(key: str) -> frozenset[str]:
    """key (str): a word list of ``families.json`` (``generic_roles``, ``unnamed_body_nouns``, ``tally_preps``).
    RETURNS (frozenset[str]): its words."""
    return frozenset(load_data("families.json")[key])


def _unnamed_body_clause(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. ctx (_Ctx): the doc's index. RETURNS (bool): the trigger is the verb of a relative clause
    whose subject is the relative pronoun of a body noun with no name of its own (``unnamed_body_nouns`` of
    ``families.json``: "a joint commission that will meet in June", "a working group which will convene"): that body's
    act, which no actor of the sentence does."""
    if tok.dep_ != "relcl" or tok.head.pos_ != "NOUN" or ctx.actors.get(tok.head.i) is not None:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who") for c in tok.children):
        return False
    return tok.head.lower_ in _family_words("unnamed_body_nouns")


def _vote_tally(tok: Token) -> bool:
    """ "Fifty-nine members voted against him", "140 voted in favour": a vote verb whose subject is a count (a number
    or a noun with one) and that says only which way (``tally_preps`` of ``families.json``): a tally of a vote.

    tok (Token): a vote trigger. RETURNS (bool): whether it tells a tally."""
    if tok.pos_ != "VERB":
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ == "acl" else [])
    # ("with only 61 lawmakers voting in favour": the counted noun the participle hangs on)
    counted = any(s.pos_ == "NUM" or any(c.dep_ == "nummod" for c in s.children) for s in subjects)
    return counted and any(c.dep_ == "prep" and c.lower_ in _family_words("tally_preps") for c in tok.children) \
        and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children)


def _audience_of_setting(tok: Token, ctx: _Ctx) -> bool:
    """ "signed the deal at a ceremony attended by senior officials from both governments", "will open a business forum
    in Dakar attended by about 150 companies": whether an attend verb is a passive participle of its own (no subject or
    auxiliary) with an agent that names no person: the audience of the noun it describes, no attendance of the
    sentence's actor.

    tok (Token): the attend trigger. ctx (_Ctx): the doc's index. RETURNS (bool): True for such an audience."""
    agents = [c for c in tok.children if c.dep_ == "agent"]
    named = any((ref := ctx.actors.get(g.i)) is not None and ref.kind == "person" for a in agents for g in a.subtree)
    return bool(agents) and not named and tok.dep_ in ("acl", "advcl") and tok.tag_ in ("VBN", "VBD") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)  # (not "attended by Kaja
    # Kallas"; "will open a business forum in Dakar attended by about 150 companies": the parser may hang the
    # participle on the verb, as a past tense)


def _old_call(tok: Token, when: DateValue, ctx: _Ctx) -> bool:
    """tok (Token): the act a call asks a crowd for. when (DateValue): its day read forward. RETURNS (bool): the call
    lies in the past: a verb above it in the pluperfect ("had sent messages urging protesters to block roads"), or a
    day of the act wholly before the article's."""
    if any(c.dep_ == "aux" and c.lower_ == "had" for a in tok.ancestors for c in a.children):
        return True
    days = when.interval()
    return ctx.anchor is not None and days is not None and days[1] < ctx.anchor


def _convening_nouns(tok: Token) -> frozenset[str]:
    """tok (Token): a verb. RETURNS (frozenset[str]): the gatherings after "to" that make it a meeting: its own
    ``prep_object_actions`` ("called both sides to talks"), or those of the verb a ``prep_object_verbs`` reading turns
    it into when that verb convenes them too ("summoned X to a meeting", read as "call"; not "took to the streets")."""
    entry = _lex().verbs.get(tok.lemma_.lower(), {})
    own = frozenset(entry.get("prep_object_actions", {}).get("to", {}))
    turned = entry.get("prep_object_verbs", {}).get("to", {})
    return own | frozenset(noun for noun, verb in turned.items()
                           if noun in _lex().verbs.get(str(verb), {}).get("prep_object_actions", {}).get("to", {}))


def _convened_day(tok: Token, when: DateValue, ctx: _Ctx) -> DateValue | None:
    """tok (Token): a trigger. when (DateValue): its day as tagged. ctx (_Ctx): the doc's index. RETURNS (DateValue |
    None): for a verb read as a meeting by a gathering after "to" (``prep_object_actions``, or a
    ``prep_object_verbs`` reading of such a verb: "summoned X to a meeting") whose day, told after the gathering's
    phrase, the time tagger read back, that day read forward (the gathering's, ahead); else None."""
    if tok.pos_ != "VERB" or ctx.anchor is None or not when.text or (days := when.interval()) is None \
            or days[0] > ctx.anchor:
        return None
    read_as = _convening_nouns(tok)
    gathering = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" and g.lower_ in read_as), None)
    if gathering is None or ctx.doc.text.find(when.text, gathering.idx) < 0:
        return None
    ahead = forward_reading(when, ctx.anchor)
    return ahead if ahead is not when else None


def _convened_ahead(tok: Token, when: DateValue, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. when (DateValue): its day as tagged. ctx (_Ctx): the doc's index. RETURNS (bool): a verb
    read as a meeting by a gathering after "to" (``prep_object_actions``: "called both sides to talks") whose day lies
    after the article's: the gathering convened, ahead."""
    if tok.pos_ != "VERB" or ctx.anchor is None or (days := when.interval()) is None or days[0] <= ctx.anchor:
        return False
    read_as = _convening_nouns(tok)
    return any(g.dep_ == "pobj" and g.lower_ in read_as for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children)


def _did_not_occur(tok: Token) -> bool:
    """ "The protest planned for Wednesday did not go ahead", "the talks set for Monday were not held": an event noun,
    the subject of a negated ``occurrence_phrases`` verb told in the past (no modal), is a plan whose day has come: its
    day is the one the clause's tense reads, not the coming one. tok (Token): the event noun. RETURNS (bool)."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and negated(verb) \
        and (occurrence_verb(verb) or verb.lemma_.lower() == "hold" and tok.dep_ == "nsubjpass") \
        and not any(c.tag_ == "MD" for c in verb.children)


def _possessed_by_person(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. RETURNS (bool): its possessor is a person the article names ("Abad's visit")."""
    return any(c.dep_ == "poss" and (r := ctx.actors.get(c.i)) is not None and r is not ANONYMOUS and r.kind == "person"
               for c in tok.children)


def _end_told(tok: Token) -> bool:
    """tok (Token): an event noun, a subject. RETURNS (bool): its verb is an ``ending_verbs`` verb, or reaches one by its
    complements ("The drills will end on Friday", "The exercise is due to end on Friday")."""
    verb: Token | None = tok.head
    for _ in range(3):
        if verb is None:
            return False
        if verb.lemma_.lower() in _ending_verbs():
            return True
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), None)
    return False


@cache
def _pending_verbs() -> dict[str, frozenset[str]]:
    """RETURNS (dict[str, frozenset[str]]): ``pending_verbs`` of ``families.json``: family -> verbs whose act done
    only proposes the family's event (a nomination awaits approval)."""
    data: dict[str, list[str]] = load_data("families.json")["pending_verbs"]
    return {k: frozenset(v) for k, v in data.items()}


def _pending_act(tok: Token, action: str) -> bool:
    """tok (Token): a trigger. action (str): its family. RETURNS (bool): it is a ``pending_verbs`` verb of the family
    ("nominated X as governor", "X's nomination"), whose event is then still ahead."""
    words = _pending_verbs().get(action, frozenset())
    return tok.lemma_.lower() in words or tok.lower_ in words


def _approved_nomination(tok: Token) -> bool:
    """tok (Token): a pending act's noun ("nomination"). RETURNS (bool): it is the object of a verb that approves it
    ("Ghana's parliament on Friday approved the nomination of X as defence minister"): the appointment is made (the
    swearing-in may follow)."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _APPROVING


#: Verbs that approve a nomination, making the appointment.
_APPROVING = frozenset({"approve", "confirm", "endorse", "ratify", "vote", "rubber-stamp"})


def _purpose_of_departure(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is the "to" infinitive of purpose of a ``departure_verbs`` verb told
    in the past ("sailed from Valparaiso on Wednesday to take part", "left for Doha on Monday to attend the talks")."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and head.tag_ == "VBD" \
        and head.lemma_.lower() in _lex().departure_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _called_off_on(tok: Token, cue: Token | None, when: DateValue, ctx: _Ctx) -> bool:
    """ "Opposition leaders called off a planned protest on Monday": whether an event noun is the object of an active
    past call-off (``cancelled_verbs``) and its day, hung on the noun itself, lies before the article (the day of
    the decision, by the clause's past tense), with no plan phrase of its own ("a protest planned for Friday",
    "Friday's protest").

    tok (Token): the event noun. cue (Token | None): the status cue. when (DateValue): its day as read so far.
    ctx (_Ctx): the doc's index. RETURNS (bool)."""
    if cue is None or cue.tag_ != "VBD" or tok.dep_ != "dobj" or tok.head.i != cue.i or tok.pos_ != "NOUN" \
            or cue.lemma_.lower() not in _calling_off_verbs() or when.precision != "day":
        return False
    if any(c.dep_ == "acl" or c.dep_ == "poss" for c in tok.children):
        return False  # "a strike planned for Friday", "Friday's strike": the plan's own day
    days = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "on"
            and any(o.dep_ == "pobj" and o.i in ctx.times and ctx.times[o.i].text == when.text for o in p.children)]
    span = when.interval()
    return bool(days) and ctx.anchor is not None and span is not None and span[1] <= ctx.anchor


def _told_in_pluperfect(tok: Token, when: DateValue, ctx: _Ctx) -> bool:
    """ "had been due in Rabat on Tuesday but delayed her trip": whether the expression of an event noun's day hangs on
    a verb of its sentence told in the pluperfect ("had"): the day of a plan gone by, read as past.

    tok (Token): the event noun. when (DateValue): its day. ctx (_Ctx): the doc's index. RETURNS (bool)."""
    for g in tok.sent:
        x = ctx.times.get(g.i)
        if x is None or x.text != when.text:
            continue
        verb = next((a for a in g.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return False


@cache
def _calling_off_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``cancelled_verbs`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["cancelled_verbs"])


@cache
def _moving_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``postponed_verbs`` and ``moved_verbs`` of ``status_cues.json``."""
    data = load_data("status_cues.json")
    return frozenset(data["postponed_verbs"] + data["moved_verbs"])


def _change_day(tok: Token, cue: Token, when: DateValue, ctx: _Ctx) -> bool:
    """Whether an event noun's day is the day its plan was changed: "the meeting was relocated on Tuesday", "postponed
    his visit to Ghana on Monday". The day hangs on a verb that puts off or moves a plan (``postponed_verbs``,
    ``moved_verbs``), told in the past, outside the noun's own phrase and outside a "to"/"until"/"for" phrase (the new
    day), and its expression, as tagged in the clause, begins by the publication day.

    tok (Token): the event noun. cue (Token): the verb that tells the change. when (DateValue): the day found.
    ctx (_Ctx): the doc's index. RETURNS (bool): True when ``when`` is the change's day.
    """
    if tok.pos_ != "NOUN" or cue.i == tok.i or cue.lemma_.lower() not in _moving_verbs() or ctx.anchor is None \
            or not (told_past(cue) or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in cue.children)):
        return False
    for g in cue.subtree:
        x = ctx.times.get(g.i)
        if x is None or tok.left_edge.i <= g.i <= tok.right_edge.i or x.text != when.text:
            continue
        days = time_to_date(x).interval()  # (as tagged in its clause, before any forward reading of a plan)
        if days is None or days[0] > ctx.anchor:
            return False  # (a stretch begun by then counts: "had been postponed earlier this month")
        path = [a for a in g.ancestors if a.i != cue.i and cue in a.ancestors] + [g]
        return not any(a.dep_ == "prep" and a.lower_ in ("to", "until", "till", "for", "from") for a in path) \
            and (g.head.i == cue.i or any(a.head.i == cue.i and a.dep_ in ("prep", "npadvmod", "tmod") for a in path))
    return False


def _relative_start_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """tok (Token): an event noun. RETURNS (DateValue | None): the day its own relative clause of a ``start_words`` verb
    in the simple past tells it began ("the walkout, which started on Tuesday", "a stoppage that began on Friday"), read
    back from the article's day; None when it has no such clause."""
    for clause in (c for c in tok.children if c.dep_ == "relcl" and c.tag_ == "VBD"):
        if clause.lemma_.lower() in _lex().start_words and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children):
            return past_reading(_date(clause, [clause], ctx), ctx.anchor)[0]
    return None


def _begun_before(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "The union suspended its strike on Tuesday, a day after it began": a call-off or suspension whose clause has an
    "after" clause of a ``start_words`` verb told of the same event ("it", "they", or the same noun) tells an event
    that took place. RETURNS (DateValue | None): the day it began (the main clause's day less the count; unknown
    without one), or None when the clause tells no such start."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else tok
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        g for c in verb.children if c.dep_ == "npadvmod" for g in c.children if g.dep_ in ("relcl", "advcl")]  # (the
    # parser may hang "after it began" on "a day")
    for clause in clauses:
        if clause.lemma_.lower() in _lex().start_words \
                and any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", tok.lower_) for c in clause.children):
            frame = verb if clause.head.dep_ == "npadvmod" else clause  # (the count is then the verb's own "a day")
            return counted_back(frame, verb, ctx, "after") or UNKNOWN_DATE
    if (begun := _relative_start_day(tok, ctx)) is not None:
        return begun  # "the walkout, which started on Tuesday, had been suspended": it took place, from that Tuesday
    if verb is not tok and _ran_for_a_while(tok, verb, ctx):
        ended = _date(verb, head_chain(verb), ctx)
        return DateValue(None, "unknown", ended.text, note=f"the day it ended ({ended.value}), not its own day") \
            if ended.value else UNKNOWN_DATE
    return None


@cache
def _plan_modifiers() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``plan_modifiers`` of ``families.json`` ("planned", "threatened")."""
    return frozenset(load_data("families.json")["plan_modifiers"])


def _length_modifier(noun: Token, ctx: _Ctx) -> bool:
    """noun (Token): a noun. RETURNS (bool): a length of time modifies it ("a five-day shutdown", "their 48-hour
    strike", "a week-long boycott"): a duration tagged on a word before it in its own phrase, not the noun itself
    ("weeks of uncertainty")."""
    return any(t.i < noun.i and (x := ctx.times.get(t.i)) is not None and (x.value or "").startswith("P")
               for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "nummod") for t in c.subtree)


def _ran_for_a_while(tok: Token, verb: Token, ctx: _Ctx) -> bool:
    """ "called off their strike, ending a five-day shutdown", "suspended their strike after nine days": a call-off told
    with the time the event had run (an "after" phrase of a bare count of days or weeks on the verb, or an ending
    participle whose object has a length) ends an event that took place, unless the noun is told as a plan ("a
    planned strike", "a strike set for Monday", "which was due to begin on Monday"). A length on the noun alone tells
    nothing: "called off a 48-hour strike" is a plan's length.

    tok (Token): the event noun. verb (Token): the verb that calls it off or suspends it. ctx (_Ctx): the doc's index.
    RETURNS (bool): whether the clause tells the event had run."""
    if any(c.dep_ in ("acl", "relcl") for c in tok.children) \
            or any(c.dep_ in ("amod", "compound") and c.lower_ in _plan_modifiers() for c in tok.children):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "after":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and not any(o.dep_ == "prep" for o in obj.children) \
                    and (x := ctx.times.get(obj.i)) is not None and (x.value or "").startswith("P"):
                return True  # ("after two weeks of talks" tells the talks' length, not the strike's)
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _ending_verbs() \
                and any(o.dep_ == "dobj" and _length_modifier(o, ctx) for o in c.children):
            return True
    return False


def _replaced_clause(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it heads the clause of a ``replaced_place_phrases`` phrase ("instead of
    travelling to Mtwara", "rather than visiting Lima"): what did not take place."""
    if tok.dep_ != "pcomp" or tok.head.i == 0:
        return False
    prep = tok.head
    return ends_replaced_phrase(prep)


def _gathered_body(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a meeting noun. RETURNS (ActorRef | None): the organization or group named in its "of" phrase ("the
    meeting of APEC trade ministers": APEC), else None."""
    return next((r for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree
                 if (r := ctx.actors.get(t.i)) is not None and r is not ANONYMOUS and r.kind in ("org", "group")), None)


def _definite_plan(tok: Token, action: str, ctx: _Ctx) -> tuple[ActorRef, str | None] | None:
    """ "The railway union suspended its strike ... 'the strike is not cancelled for good,' the leader said": a definite
    event noun with no doer in its clause, after a trigger of its family in the article, is the one holder's plan
    (:func:`.plan_changes.family_plan`: its actor and ``what``), never an unnamed crowd's; never a person's for a
    ``person_blocked_families`` family ("X hopes to win before the June 21 runoff ... Peruvians return to the polls":
    no one person holds a vote)."""
    planned = any(c.dep_ == "amod" and c.lower_ in _PLANNED_WORDS for c in tok.children)
    if not _common_noun(tok) or not any(c.dep_ == "det" and (c.lower_ == "the" or planned and c.lower_ in ("a", "an"))
                                     for c in tok.children) \
            or any(c.dep_ in ("amod", "compound", "nummod", "poss") and c.lower_ not in _PLANNED_WORDS
                   for c in tok.children):
        return None  # (not "the next presidential election": a bare "the strike" refers back, a described one may not;
        # "a planned march" does, the plan told before)
    plan = family_plan(tok, action, ctx)
    return None if plan is not None and plan[0].kind == "person" and action in _person_blocked() else plan


#: Participles by which an indefinite event noun refers back to a plan ("A planned march ... was called off").
_PLANNED_WORDS = frozenset({"planned", "scheduled", "proposed"})


def _long_delayed(tok: Token, when: DateValue, ctx: _Ctx) -> bool:
    """ "The summit, first planned for 2025, was delayed for a year because of elections": a postponement dated only by
    its superseded plan (an event noun with a plan participle marked "first", "originally", "initially"), a day that
    ended ``_LONG_PASSED_DAYS`` or more before the article, tells old news, no change of a plan now."""
    span = when.interval()
    if ctx.anchor is None or span is None or (ctx.anchor - span[1]).days < _LONG_PASSED_DAYS or tok.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("acl", "relcl") and superseded(c) for c in tok.children)


@cache
def _word_list(name: str, key: str) -> frozenset[str]:
    """RETURNS (frozenset[str]): the list ``key`` of the data file ``name``, read once."""
    return frozenset(load_data(name)[key])


def _led_by(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): an event noun. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the person named as the agent
    of a participle on the noun that is one of its ``governors`` ("a rally led by X", "a march organised by X"), else
    None."""
    return participle_agent(tok, frozenset(_str_list(_entry(tok).get("governors"))), ctx)


def _barred_noun(tok: Token, result: StatusResult) -> bool:
    """tok (Token): a trigger. result (StatusResult): its status. RETURNS (bool): it is an event noun called off by a
    ``barring_verbs`` verb or a ``barring_nouns`` noun of ``status_cues.json`` ("banned the rally", "a ban on the
    rally")."""
    cue = result.cue
    return tok.pos_ == "NOUN" and result.status == "cancelled" and cue is not None and (
        cue.lemma_.lower() in _word_list("status_cues.json", "barring_verbs")
        or cue.lemma_.lower() in _word_list("status_cues.json", "barring_nouns"))


def _barred_from(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): a gerund after "from" on a ``barring_verbs`` verb of ``status_cues.json``
    ("was barred from travelling", "were prevented from marching"): an act someone was kept from (an event noun that is
    the object of one, "barred the union from holding the rally", is :func:`_barred_gerund`'s)."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "from" \
        and tok.head.head.lemma_.lower() in _word_list("status_cues.json", "barring_verbs")


def _barred_gerund(tok: Token) -> Token | None:
    """tok (Token): a trigger. RETURNS (Token | None): the gerund after "from" on a ``barring_verbs`` verb of
    ``status_cues.json`` whose object the event noun is ("barred the union from continuing the strike": "continuing"),
    else None."""
    gerund = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" \
            or gerund.head.lower_ != "from":
        return None
    return gerund if gerund.head.head.lemma_.lower() in _word_list("status_cues.json", "barring_verbs") else None


def _went_ahead_with(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): an event noun is the "with" object of a past, unnegated verb of going
    ahead ("went ahead with its planned exercises", "proceeded with the planned vote")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.tag_ == "VBD" and not negated(verb) and (
        verb.lemma_.lower() == "proceed" or verb.lemma_.lower() == "go" and occurrence_verb(verb))


def _called_day(tok: Token, ctx: _Ctx) -> DateValue:
    """The day of an event called or announced ("called a snap election for June 14", "..., to be held on June 14"):
    a day in the noun's own phrase, in a "for" phrase of the calling verb or in a clause after the noun, read forward
    from the anchor; never the day it was called ("called an election on Monday"). UNKNOWN_DATE when none."""
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head  # ("called for a strike on Sunday": the verb's phrases)
    spots = [t for t in tok.subtree if t.i != tok.i]
    if tok.dep_ == "pobj":
        spots += [t for c in gov.children if c.dep_ == "prep" and c.i > tok.i for t in c.subtree]
    spots += [t for c in gov.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
    spots += [t for c in gov.children if c.dep_ in ("advcl", "xcomp", "acl") and c.i > tok.i for t in c.subtree]
    for t in sorted(spots, key=lambda x: x.i):
        x = ctx.times.get(t.i)
        if x is not None and x.type == "DATE" and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
            return forward_reading(time_to_date(x), ctx.anchor)
    return UNKNOWN_DATE


def _negated_holding(tok: Token, cue: Token) -> bool:
    """Whether a cancellation cue is the event noun's own verb of taking place, negated ("The election will no longer be
    held on November 14", "the summit will not take place on Friday"): its day is the event's, not a decision's."""
    return tok.head.i == cue.i and tok.dep_ in ("nsubj", "nsubjpass") and negated(cue)


def _possessor_side(tok: Token) -> str | None:
    """Which side of the article's day a time possessor puts an event noun on: "past" for "since Tuesday's runoff",
    "after last week's drills" (a ``possessor_past_words`` word in the time or a ``possessor_past_preps`` preposition
    over the noun), "future" for "next month's summit" (``possessor_future_words``), None for a bare day ("Saturday's
    rally", read as its clause reads it)."""
    data = load_data("families.json")
    words = {t.lower_ for c in time_owners(tok) for t in c.subtree}
    if words & set(data["possessor_future_words"]):
        return "future"
    if words & set(data["possessor_past_words"]) or tok.dep_ == "pobj" and tok.head.lower_ in data["possessor_past_preps"]:
        return "past"
    return None


def _told_ahead_clause(tok: Token) -> bool:
    """Whether a verb trigger tells a coming act: "would"/"will" or an infinitive "to" on it ("reports that he would
    step down", "plans to resign")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "to") for c in tok.children)


def _told_of_itself(chain: list[Token], action: str, ctx: _Ctx) -> list[ActorRef]:
    """ "North Korea has notified Japan's coast guard that it plans to launch ...", "Opposition supporters said they
    would protest": a ``teller_pronouns`` pronoun in a clause a state, body or crowd tells of itself is that teller
    (the telling verb's subject: its actors of the pronoun's kinds, "X and Y said they would resign", or a crowd word of
    the family); [] when none."""
    tellers = _teller_pronouns()
    for t in chain:
        if t.dep_ == "ccomp":
            teller = t.head
        elif (t.dep_ == "acl" or t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)) \
                and t.head.lower_ in report_nouns() and t.head.dep_ == "dobj":
            teller = t.head.head  # "China denied reports that it would hold drills": China's own plan denied
        else:
            continue
        pronoun = next((c.lower_ for c in t.children if c.dep_ == "nsubj" and c.lower_ in tellers), None)
        if pronoun is None:
            continue
        kinds = tellers[pronoun]
        heads = [c for c in teller.children if c.dep_ == "nsubj"] or [
            c for c in teller.head.children if teller.dep_ == "conj" and c.dep_ == "nsubj"]  # ("Lithuania expelled X
        # and said it would close its consulate": the subject the telling verb shares with the one before it)
        agents = [c for c in heads if "country" in kinds and state_agent(c, chain[0])]
        if agents:
            return agents_state(agents[0], chain[0], ctx)  # "Police said they arrested three union organisers": the
            # state the police act for
        named = [a for c in heads for p in c.children if p.dep_ == "appos" for a in _actors_in(p, ctx) if a.kind in ("org", "country")]
        if len(named) == 1 and named[0].kind in kinds:
            return named  # "The main opposition party, the National People's Alliance, said it would hold a rally": the
            # name the noun is set beside
        if "group" in kinds and any(c.pos_ == "NOUN" and c.lower_ in crowd_words(action) for c in heads) \
                and (crowd := crowd_actor(teller, head_chain(teller), action, ctx)) is not None and crowd.kind == "group":
            return [crowd]  # "Portugal's main dockworkers' union said it would stage a strike": the union, not Portugal
        if "group" in kinds and (called := _named_crowd(heads, action)) is not None:
            return [called]  # "The opposition coalition Togo Debout said it would hold a protest march": the coalition
            # so named, not the state its name opens with
        found = [a for c in heads for a in _actors_in(c, ctx) if a.kind in kinds]
        if len(found) == 1 and found[0].kind == "person":
            found = []  # "X said they would resign": one person is no "they"
        if not found and "group" in kinds:
            crowd = crowd_actor(teller, head_chain(teller), action, ctx)
            found = [crowd] if crowd is not None and crowd.kind in kinds else []
        return found
    return []


def _named_crowd(heads: list[Token], action: str) -> ActorRef | None:
    """heads (list[Token]): the subjects of a telling verb. action (str): the family. RETURNS (ActorRef | None): a
    proper name with a crowd word of the family as its modifier ("the opposition coalition [Togo Debout]"), as the
    organization it names (of the country its name may open with); else None."""
    for c in heads:
        if c.pos_ != "PROPN" or not any(k.dep_ == "compound" and k.pos_ == "NOUN" and k.lower_ in crowd_words(action)
                                        for k in c.children):
            continue
        name = [t for t in c.subtree if t.pos_ == "PROPN" and t.i <= c.i and (t.i == c.i or t.dep_ == "compound")]
        start, end = name[0].idx, c.idx + len(c)
        return ActorRef(" ".join(t.text for t in name), "org", None, resolve_country(name[0].text), start, end)
    return None


@cache
def _teller_pronouns() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_data("families.json")["teller_pronouns"].items()}


@cache
def _person_blocked() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``person_blocked_families`` of ``families.json``."""
    return frozenset(load_data("families.json")["person_blocked_families"])


@cache
def _ending_verbs() -> frozenset[str]:
    return frozenset(load_data("families.json")["ending_verbs"])


def _predicate_clause(tok: Token) -> Token | None:
    """tok (Token): a trigger. RETURNS (Token | None): for an event noun that is the subject of a plan verb ("are set",
    "is expected", "are due"), the infinitive of a ``subject_predicates`` verb that verb takes ("to resume", "to begin",
    "to take place"), which tells the event's own day and place; else None."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return None
    return next((c for c in tok.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() != "be"
                 and c.lemma_.lower() in _lex().subject_predicates
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _ended_here(tok: Token) -> bool:
    """tok (Token): a family's event noun. RETURNS (bool): whether its clause tells its end with an ``ending_verbs``
    verb: as that verb's subject with no object ("The strike ended on Thursday"), or as its object ("ended their
    strike", "..., ending the strike"); not "the strike closed dozens of clinics"."""
    if tok.pos_ != "NOUN" or tok.head.i == tok.i or tok.head.lemma_.lower() not in _ending_verbs():
        return False
    if tok.dep_ == "dobj":
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "dobj" for c in tok.head.children)


def _starts_ahead(tok: Token, when: DateValue, ctx: _Ctx) -> bool:
    """tok (Token): a trigger. when (DateValue): its date. ctx (_Ctx): the doc's index. RETURNS (bool): it is an event
    noun whose own start phrase ("starting on May 8", "beginning at midnight on Friday", "effective from Monday", an
    ``event_start_verbs`` participle or "effective"), or whose own date before it ("the August 11 general election"),
    names its day, after the publication day."""
    span = when.interval()
    if tok.pos_ != "NOUN" or span is None or ctx.anchor is None or span[0] <= ctx.anchor:
        return False
    starts = set(load_data("triggers.json")["event_start_verbs"]) | {"effective"}
    return any(c.dep_ in ("acl", "amod", "advcl") and c.lemma_.lower() in starts and any(t.i in ctx.times for t in c.subtree)
               for c in tok.children) or any(
        c.dep_ in ("compound", "nmod", "npadvmod", "amod") and c.i < tok.i and ctx.times.get(c.i) is not None
        and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) for c in tok.children)  # "registered
    # voters for the August 11 general election": the election's own day, ahead


def _lengthened_here(tok: Token) -> bool:
    """tok (Token): a family's event noun. RETURNS (bool): whether its clause tells it lengthened with a
    ``lengthening_verbs`` verb of ``families.json``, as that verb's object ("extended the truce") or its passive
    subject ("The ceasefire was extended on Friday"): the day told is the extension's."""
    return tok.pos_ == "NOUN" and tok.head.i != tok.i and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.head.lemma_.lower() in load_data("families.json")["lengthening_verbs"]


@cache
def _dateline_votes() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``dateline_votes`` nouns of ``families.json``."""
    return frozenset(load_data("families.json")["dateline_votes"])


@cache
def _lex_drop() -> frozenset[str]:
    return frozenset(load_data("families.json")["what_drop"])


def _str_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _entry(tok: Token) -> dict[str, object]:
    """The trigger entry of a word: its verb entry by lemma, else its noun entry by form ({} when none)."""
    lex = _lex()
    if tok.pos_ in ("VERB", "AUX", "ADJ"):
        return dict(lex.verbs.get(tok.lemma_.lower(), {}))
    return dict(lex.nouns.get(tok.lower_, {}))
