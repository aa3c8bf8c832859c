"""Plans against their dates: a happened event is never after its article, an overtaken plan looks ahead.

:func:`past_reading` re-reads the date of an event told in the past tense that
resolved after the publication day ("met ... on Friday" read as the coming
Friday); :func:`overtaken_plan` recognizes a plan told in the pluperfect ("had
been due to meet", "was to have visited"), whose date :func:`forward_reading`
reads from the publication day forward (the plan was for the coming Tuesday).
:func:`_new_date` reads the new date of a postponed event, :func:`_plan_holder`
whose plan a change concerns, and :func:`_overtaken` gives an overtaken plan the
status of its actor's plan change.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from ..model import PLANNED_DAY_NOTE, SHIFT_NOTE, ActorRef, DateValue, Event, TimeExpr, shifted_date
from .actor_mentions import ANONYMOUS
from .arguments import _actors_in, _governor, _subject_of
from .codes import event_codes
from .context import _Ctx, time_to_date
from .nlp import load_data
from .occasions import another_occurrence
from .status import head_chain, occurrence_verb, subjectless_conjuncts, verb_cue
from .time import normalize
from .triggers import _REF_VALUES, _lex, _subject_cues
from .people_nouns import of_people

__all__ = ["past_reading", "forward_reading", "overtaken_plan", "conjoined_start_day", "rescheduled_day",
           "in_called_off_occasion"]

#: Per action of a changed event noun, the verb actions that can tell the same plan earlier ("reports that Putin would
#: travel to Budapest ... No such trip is planned").
_SAME_PLAN = {"visit": frozenset({"visit", "travel", "arrive"}), "meet": frozenset({"meet", "negotiate"}),
              "attend": frozenset({"attend"})}

#: Prepositions that give a postponed event its new date.
_NEW_DATE_PREPS = frozenset({"until", "till", "to", "for"})


def _reread(when: DateValue, anchor: date, tense: str) -> DateValue | None:
    if not when.text or when.value is None:
        return None
    t = normalize(when.text, anchor, tense)
    if t is None or not t.value or t.type not in ("DATE", "TIME"):
        return None
    return replace(when, value=t.value, precision=t.precision, end_value=None)


def past_reading(when: DateValue, anchor: date | None) -> tuple[DateValue, bool]:
    """The date of an event told as happened, never after the article.

    when (DateValue): the event's date. anchor (date | None): the publication day.
    RETURNS (tuple[DateValue, bool]): the date (re-read in the past tense when it fell after the
        anchor) and whether it still falls after the anchor (then the status is in doubt).
    """
    span = when.interval()
    if anchor is None or span is None or span[0] <= anchor:
        return when, False
    again = _reread(when, anchor, "past")
    span = again.interval() if again is not None else None
    if again is None or span is None or span[0] > anchor:
        return when, True
    return again, False


def forward_reading(when: DateValue, anchor: date | None) -> DateValue:
    """The date of an overtaken plan ("had been due to meet on Tuesday"), read from the anchor forward.

    when (DateValue): the date as tagged. anchor (date | None): the publication day.
    RETURNS (DateValue): the future reading when it differs and is a date, else ``when``.
    """
    span = when.interval()
    if anchor is None or span is None or span[0] >= anchor:
        return when
    again = _reread(when, anchor, "future")
    return again if again is not None and again.value != when.value else when


def overtaken_reading(when: DateValue, anchor: date | None) -> DateValue:
    """The date of an overtaken plan ("had been due to fly to Pokhara on Friday"): the nearest such day when it is one
    of the three days just before the anchor (a plan overtaken by what happened that day, told the day after), else
    the forward reading (:func:`forward_reading`: "had been due to meet X on Tuesday", written on Sunday).

    when (DateValue): the date as tagged. anchor (date | None): the publication day. RETURNS (DateValue)."""
    ahead = forward_reading(when, anchor)
    span, later = when.interval(), ahead.interval()
    if anchor is not None and when.precision == "day" and span is not None and later is not None \
            and anchor - timedelta(days=3) <= span[0] < anchor and later[0] - span[0] == timedelta(days=7):
        return when  # (a weekday: the tagger's day just past, a week before the forward one)
    return ahead


def forward_from(when: DateValue, day: date) -> DateValue:
    """when (DateValue): a plan's date as tagged. day (date): the day the plan was changed.
    RETURNS (DateValue): the date read forward from that day ("on Thursday called off a strike planned for Friday":
        the Friday after that Thursday), else ``when``."""
    again = _reread(when, day, "future")
    return again if again is not None else when


@cache
def _plan_words() -> frozenset[str]:
    return frozenset(load_data("status_cues.json")["overtaken_plan_words"])


#: Prepositions of an event noun's place, whose relative clause the parser may hang on the place ("a drill near the
#: border city of Paju, which had been planned for Aug. 20, has been cancelled").
_PLACE_PREPS = frozenset({"to", "in", "of", "near", "at", "outside", "off"})


def _be_to(clause: Token) -> bool:
    """clause (Token): a relative clause's verb. RETURNS (bool): it is a past "be" with a "to" infinitive ("which was to
    take place in Lille on Friday", "that were to meet on Monday"): a plan told as it stood."""
    return clause.lemma_ == "be" and clause.tag_ == "VBD" and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for c in clause.children)


def relative_plan_clause(tok: Token, put_off: bool = False) -> Token | None:
    """ "A round of talks, which was set to take place in Muscat on June 15, ...": the relative clause of an event noun
    (or of the frame noun it is told by, "a round of talks") that tells its plan (an ``overtaken_plan_words`` word),
    or its reduced one ("the visit, planned for March 3, ...").

    tok (Token): an event noun. put_off (bool): the noun is put off, and the clause is wanted for the day the change
    moves (a clause hung on a destination or doer then counts as for a call-off). RETURNS (Token | None): the clause's
    verb.
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    words = _plan_words()
    nouns = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _lex().frames:
        nouns.append(tok.head.head)
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ == "relcl" and (any(t.lower_ in words for t in clause.subtree) or _be_to(clause)):
                return clause
            if clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD") and clause.lower_ in words \
                    and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in clause.children):
                return clause  # "Boko's visit to Jordan, planned for March 3, has been postponed": a reduced clause
                # (its participle sometimes tagged as a past verb)
            if clause.lower_ == "due" and clause.dep_ in ("prep", "amod", "acl") and (verb := next(
                    (v for v in clause.children if v.dep_ in ("pcomp", "xcomp") and v.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)), None)) is not None:
                return verb  # "A summit between X and Y due to take place in Luanda on Saturday was called off": the
                # reduced clause the parser reads as "due" + an infinitive
    # "a summit between Asian and Gulf leaders that had been set for March 18", "a meeting of Gulf ministers that was
    # due to be held in Samarkand": the parser hangs a 'that'/'which' clause on the participants, who are set for no day
    sides: list[tuple[Token, Token]] = [(p, g) for p in tok.children if p.dep_ == "prep" and p.lower_ in ("between", "of")
                                        for o in p.children if o.dep_ == "pobj"
                                        for g in (o, *(o.conjuncts if p.lower_ == "between" else ()))]
    for p, clause in ((p, r) for p, g in sides if p.lower_ == "between" or g.tag_ == "NNS" for r in g.children):
        if clause.dep_ == "relcl" and any(c.lower_ in ("that", "which") and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                and (any(t.lower_ in words for t in clause.subtree) or _be_to(clause)):
            return clause
        if p.lower_ == "between" and clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD") and clause.lower_ in words \
                and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in clause.children):
            return clause  # "Talks between X and Y, planned for Rome on Thursday, will instead ...": the reduced clause
            # hung on the participants
    # "a trip to Germany and Angola, which was supposed to start on Thursday": the parser hangs the clause on the
    # destination, which cannot start; the clause tells the trip's plan
    starts = _lex().start_words | {p.split()[0] for p in load_data("status_cues.json")["occurrence_phrases"]}
    called_off = _called_off(tok) or put_off
    # ("has cancelled a drill near the city of Paju, which ...": the parser may hang the place on the calling-off verb)
    right = [c for c in tok.head.children if c.i > tok.i] if called_off and tok.dep_ == "dobj" else []
    for clause in right:
        if clause.dep_ == "advcl" and clause.tag_ in ("VBN", "VBD") and clause.lower_ in words \
                and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in clause.children):
            return clause  # "has called off his trip to Lithuania planned for Thursday": the reduced clause the parser
            # hung on the calling-off verb
    for prep in [*tok.children, *right]:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS and prep.lower_ != "by":
            continue  # (also "a strike by dockworkers that was due to start on Monday": hung on the strikers)
        for place in (g for p in prep.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)):
            for clause in place.children:
                if clause.dep_ != "relcl" or not (any(t.lower_ in words for t in clause.subtree) or _be_to(clause)):
                    continue
                if prep.lower_ != "of" and any(t.lemma_.lower() in starts for t in clause.subtree if t.pos_ == "VERB"):
                    return clause
                if called_off and _planned_for(clause):
                    return clause  # "a visit to El Alto, which had been scheduled for the same week, has been cancelled"
                if called_off and _where_of_called_off(clause):
                    return clause  # "called off his trip to Havana, where he was due to meet X on Thursday"
    return None


def in_called_off_occasion(tok: Token) -> bool:
    """tok (Token): a trigger. RETURNS (bool): it is told in an "at which" relative clause with a plan word on an event
    noun called off ("A Senate hearing at which the minister was due to testify was called off"): the act was part of
    the occasion, and is called off with it (a trip "during which he had been due to meet X" is read as an overtaken
    plan, :func:`overtaken_plan`)."""
    clause = tok
    while clause.dep_ in ("conj", "xcomp", "acomp") and clause.head.i != clause.i:
        clause = clause.head  # "at which he was due to testify": "testify" -> "due" -> "was"
    if clause.dep_ != "relcl" or not any(t.lower_ in _plan_words() for t in clause.subtree):
        return False
    opened = any(c.dep_ == "prep" and c.lower_ == "at" and c.i < clause.i
                 and any(w.dep_ == "pobj" and w.lower_ == "which" for w in c.children) for c in clause.children)
    noun = clause.head
    return opened and noun.pos_ == "NOUN" and _called_off(noun) and verb_cue(noun.head) == "cancelled"


def _called_off(tok: Token) -> bool:
    """Whether an event noun is called off by the verb it hangs on ("has been cancelled", "scrapped the launch"): a
    ``cancelled_verbs`` verb. (A postponed event's date is its new one, so a postponed noun takes no plan's day here.)"""
    return tok.dep_ in ("nsubjpass", "dobj", "nsubj") and tok.head.lemma_.lower() in load_data("status_cues.json")["cancelled_verbs"]


def _planned_for(clause: Token) -> bool:
    """Whether a relative clause on an event noun's destination or object is a plan of the event: its own verb is a plan
    word with a "for" phrase and the relative pronoun as its subject ("to El Alto, which had been scheduled for the same
    week", "the launch of a rocket that was set for June 20"): a place or thing is not scheduled, its event is."""
    return clause.lower_ in _plan_words() and any(c.dep_ == "prep" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children)


def _reported(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): it is the content of a reporting verb, or joined to that content ("said the
    administration was open to dialogue and had invited X": "invited" joined to "was")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _lex().reporting


def overtaken_plan(cue: Token | None, trigger: Token) -> bool:
    """A plan the article reports as overtaken: "had been scheduled for", "had been due to", "was to have met".

    cue (Token | None): the word that made the event planned. trigger (Token): the event's trigger.
    RETURNS (bool): a plan word ("due", "expected", "set", ``overtaken_plan_words``) above the trigger
        in the pluperfect, or the trigger itself as "to have" + participle under "was".
    """
    if cue is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children) \
            and not (cue.lemma_.lower() in load_data("status_cues.json")["committed_plan_verbs"] and _reported(cue)):
        return True  # (not "said he had accepted an invitation to visit Valletta", "said the administration ... had
        # invited X to a meeting next Thursday": the plan stands)
    words = _plan_words()
    if trigger.lower_ in words and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children):
        return True  # "had been expected in Yerevan on Friday": the plan word is the trigger itself
    path = [trigger]
    cur = trigger
    for _ in range(5):
        if cur.dep_ not in ("xcomp", "acomp", "prep", "pobj", "dobj") and not (cur.dep_ == "conj" and cur.tag_ == "VB") \
                and not _plan_infinitive(cur) or cur.head.i == cur.i:
            break  # ("had been due to meet X and visit Sittwe": the second infinitive shares the plan)
        cur = cur.head
        path.append(cur)
    for tok in path:
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.tag_ == "VBN" and {"to", "have"} <= aux and tok.head.lemma_ == "be":
            return True  # "was to have met"
    if trigger.dep_ == "xcomp" and trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children) \
            and trigger.head.dep_ == "relcl" and _be_to(trigger.head):
        return True  # "The business forum that X was to attend in Kigali on Wednesday has been called off": a plan
        # told as it stood, in a clause on what the article changes
    if _where_of_called_off(path[-1]):
        return True  # "has called off his trip to Havana, where he was due to meet X on Thursday": the trip's plan
    planned = any(t.lower_ in words for t in path[1:])
    return planned and any(c.dep_ == "aux" and c.lower_ == "had" for t in path[1:] for c in t.children)


def _plan_infinitive(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): an infinitive the parser hung as an adverbial clause on a "be" whose
    complement is a plan word ("where she was due on Friday [to meet] X": the plan's act, as "was due to meet")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and verb.head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _plan_words() for c in verb.head.children)


def _where_of_called_off(clause: Token) -> bool:
    """clause (Token): a verb. RETURNS (bool): it heads a "where" relative clause with a plan word on the destination of
    an event noun called off ("called off his trip to Havana, where he was due to meet X")."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children) \
            or not any(t.lower_ in _plan_words() for t in clause.subtree):
        return False
    place = clause.head
    return place.dep_ == "pobj" and place.head.lower_ in _PLACE_PREPS and place.head.head.pos_ == "NOUN" \
        and _called_off(place.head.head)


def _new_date(tok: Token, chain: list[Token], ctx: _Ctx) -> DateValue | None:
    """The new date of a plan change: "postponed her visit until April", "delayed the talks to May 2".

    RETURNS (DateValue | None): the date of a ``to``/``until``/``till`` phrase of a postponing verb
    on the trigger's chain, or None (then the ordinary rules apply).
    """
    movers = _subject_cues() - frozenset(load_data("status_cues.json")["cancelled_verbs"])
    words = _plan_words()
    moved = frozenset(load_data("status_cues.json")["moved_verbs"])
    changes = subjectless_conjuncts(tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else []
    # ("The talks had been scheduled for Tuesday but were rescheduled for Friday": the verb that changes the plan is
    # joined to the one that tells it)
    for head in (tok, *chain, *changes):
        if head.lemma_.lower() in moved - movers and (conjoined := conjoined_start_day(head, ctx)) is not None:
            return conjoined  # "have been moved to Cebu and will now begin on April 27"
        if head.lemma_.lower() in moved - movers and (shifted := _moved_to_day(head, ctx)) is not None:
            return shifted  # "has been moved from Thursday to Saturday": Saturday
        if head.lemma_.lower() not in movers:
            continue
        # "postponed his visit to Lisbon, planned for Feb. 10, to Feb. 24": the parser hangs the new date on the plan's
        # participle; its "for" day is the old plan, its "to"/"until" day the new one
        # (also when it hangs on a word inside the object: "a vote on the budget scheduled for Friday to November 13")
        planned = [(p, _NEW_DATE_PREPS - {"for"}) for a in _plan_participles(head, words, deep=True) for p in a.children]
        # ("postponed a strike that had been planned for Thursday to June 25": so on a relative clause's participle)
        # ... or on a participle the parser hung on the verb itself ("planned" as its advcl)
        planned += [(p, _NEW_DATE_PREPS - {"for"}) for a in head.children if a.dep_ == "advcl" and a.lower_ in words
                    for p in a.children]
        # ... or on the verb's particle ("has been pushed back [to Friday]", "brought forward to May 3")
        planned += [(p, _NEW_DATE_PREPS - {"for"}) for a in head.children if a.dep_ in ("advmod", "prt")
                    and a.lower_ in ("back", "forward", "up") for p in a.children]
        # ... or inside the length it is put off by ("pushed back by a day to Wednesday": the parser hangs the new day on
        # the length)
        planned += [(p, _NEW_DATE_PREPS - {"for"}) for b in head.children if b.dep_ in ("agent", "prep")
                    and b.lower_ == "by" for p in b.subtree if p.dep_ == "prep" and p.i > b.i]
        # ... or "until" anywhere in its object or its phrases ("postponed its ruling on a bail application by X until
        # Sept. 17")
        planned += [(p, frozenset({"until", "till"})) for o in head.children if o.dep_ in ("dobj", "nsubjpass", "prep")
                    for p in o.subtree if p.dep_ == "prep" and p.i > o.i and p.head.pos_ != "VERB"]
        # (not on a verb inside it: "postponed a vote on extending the mission until April 2027" extends it so long)
        for prep, preps in [(p, _NEW_DATE_PREPS) for p in head.children] + planned:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.subtree:
                day = _forward_day(ctx.times.get(obj.i), ctx)
                if day is not None:
                    return day
        if (near := _gerund_until_day(head, ctx)) is not None:
            return near
        if (shift := _shifted_by(head, ctx)) is not None:
            base = _relative_clause_day(tok, ctx)  # "a visit that had been planned for next Tuesday has been postponed
            # by a week": that Tuesday a week on
            return (shifted_date(base, shift) or shift) if base is not None else shift
        revised = _revised_plan_day(head, ctx)
        if revised is not None:
            return revised
        conjoined = conjoined_start_day(head, ctx)
        if conjoined is not None:
            return conjoined
    return None


#: Per family, the families of a verb that can tell the replacing plan ("called off her trip ... will try to travel on
#: Monday instead").
_REPLACING_FAMILIES = {"visit": frozenset({"visit", "travel"}), "travel": frozenset({"visit", "travel"})}


@cache
def _replacing_adverbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``replacing_adverbs`` of ``status_cues.json``."""
    return frozenset(load_data("status_cues.json")["replacing_adverbs"])


@cache
def _retry() -> dict[str, frozenset[str]]:
    """RETURNS (dict): ``retry_phrases`` of ``status_cues.json``: its ``verbs`` and ``adverbs``."""
    return {k: frozenset(v) for k, v in load_data("status_cues.json")["retry_phrases"].items() if not k.startswith("_")}


def rescheduled_day(tok: Token, action: str, when: DateValue, ctx: _Ctx) -> DateValue | None:
    """ "Adhikari's planned trip to Gorkha has been called off because of low cloud. The prime minister will try to
    travel on Monday instead.", "The unions have suspended the strike ... The strike will now begin on July 8." ("The
    union will now begin the strike on June 7."): a plan
    called off whose replacement is told right after it, in its own sentence (after the trigger) or the next one: a
    verb marked "now" or "instead" (``replacing_adverbs`` of ``status_cues.json``), told ahead ("will", "would"), that starts or holds the event
    (``start_words``, an occurrence verb) or tells it again (a verb of the same family), with a day of its own; or a
    verb of trying again told ahead ("The company said it would try again on Sunday": ``retry_phrases``).

    tok (Token): the called-off event's trigger. action (str): its family. when (DateValue): its date so far.
    RETURNS (DateValue | None): the new day (read forward), when it differs from ``when``; else None (called off).
    """
    families = _REPLACING_FAMILIES.get(action, frozenset({action}))
    sents = [tok.sent]
    if tok.sent.end < len(ctx.doc):
        sents.append(ctx.doc[tok.sent.end].sent)
    for sent in sents:
        for verb in sent:
            if verb.i <= tok.i or verb.pos_ != "VERB":
                continue
            entry = _lex().verbs.get(verb.lemma_.lower()) or {}
            same_noun = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (_lex().nouns.get(c.lower_) or {}).get("action")
                            in families for c in verb.children)  # "The strike will now begin", "will now begin the strike"
            retry = verb.lemma_.lower() in _retry()["verbs"] and any(
                c.dep_ == "advmod" and c.lower_ in _retry()["adverbs"] for c in verb.children)  # "The company said it
            # would try again on Sunday": the same act, tried anew
            if not (entry.get("action") in families and _same_way(verb, tok) or retry
                    or same_noun and (verb.lemma_.lower() in _lex().start_words or occurrence_verb(verb))):
                continue  # (not "... and will instead hold talks by video", another event)
            clause = [verb, *(h for h in (verb.head,) if verb.dep_ == "xcomp")]  # "will try to travel"
            if not retry and not any(c.dep_ == "advmod" and c.lower_ in _replacing_adverbs()
                                     for v in clause for c in v.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for v in clause for c in v.children):
                continue
            if _other_doer(verb, tok, ctx):
                continue  # "X called off his visit ... Home Minister Y will travel to the region on Friday instead": Y's
                # trip, no new day of X's
            if _other_partner(verb, tok, ctx):
                continue  # "Her talks with Malhotra have been called off, and she will instead meet Rao on Wednesday":
                # a meeting with someone else, no new day of the talks called off
            for g in (g for p in verb.children if p.dep_ in ("prep", "npadvmod") for g in p.subtree):
                day = _forward_day(ctx.times.get(g.i), ctx)
                if day is not None and day.value != when.value and not _vaguer(day, when):
                    return replace(day, note="the day the plan called off is moved to ('now', 'instead', 'try again')")
    return None


def _other_partner(verb: Token, tok: Token, ctx: _Ctx) -> bool:
    """RETURNS (bool): whether the replacing verb's object (or "with" person) and the called-off event's "with" person
    are both named, and are different people."""
    def partners(t: Token, objects: bool) -> set[str]:
        spots = [c for c in t.children if objects and c.dep_ == "dobj"] + [
            g for p in t.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
        return {ref.name for g in spots for x in g.subtree if (ref := ctx.actors.get(x.i)) is not None
                and ref.name and ref.kind == "person"}
    old, new = partners(tok, False), partners(verb, True)
    return bool(old) and bool(new) and not old & new


def _other_doer(verb: Token, tok: Token, ctx: _Ctx) -> bool:
    """RETURNS (bool): whether the replacing verb's subject names someone other than the called-off event's doer (its
    possessor, or the subject of the clause it is told in), both known."""
    def named(t: Token) -> str | None:
        ref = ctx.actors.get(t.i)
        return ref.name if ref is not None and ref.name else None

    new = next((n for c in (*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ()))
                if c.dep_ in ("nsubj", "nsubjpass") and (n := named(c)) is not None), None)
    if new is None:
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    head = tok
    while not owners and head.head.i != head.i and head.dep_ not in ("ccomp", "advcl", "conj"):
        head = head.head
        owners = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    old = next((n for c in owners if (n := named(c)) is not None), None)
    return old is not None and old != new


def _vaguer(day: DateValue, when: DateValue) -> bool:
    """RETURNS (bool): ``day`` holds ``when`` and is wider ("will now sign the deal next month" after "postponed until
    October 14": the month of the new day told already, no other day)."""
    a, b = day.interval(), when.interval()
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1] and (a[1] - a[0]) > (b[1] - b[0])


def _plan_participles(verb: Token, words: frozenset[str], deep: bool = False) -> list[Token]:
    """verb (Token): a verb that changes a plan. words (frozenset[str]): the plan words ("planned", "scheduled").
    deep (bool): look anywhere inside the object ("a vote on the budget scheduled for Friday"), not only on it.
    RETURNS (list[Token]): the plan participles or relative clauses on the verb's object or passive subject ("a rally
    planned for Saturday"), whose phrases the parser may give the new day."""
    return [a for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for a in (o.subtree if deep else o.children)
            if a.dep_ in ("acl", "relcl") and a.lower_ in words]


def _moved_to_day(verb: Token, ctx: _Ctx) -> DateValue | None:
    """ "The trip has been moved from Thursday to Saturday", "moved the talks to May 3": the day of a "to" phrase of a
    verb that moves a plan (read forward; "from" names the old day), else None ("moved to Cebu" names a place); also
    when the parser hangs the "to" phrase on the plan's participle ("moved a rally planned for Saturday to Sunday")."""
    for prep in (*verb.children, *(p for a in _plan_participles(verb, _plan_words()) for p in a.children)):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.subtree:
                day = _forward_day(ctx.times.get(obj.i), ctx)
                if day is not None:
                    return day
    return None


def _same_way(verb: Token, tok: Token) -> bool:
    """ "will try to travel on Monday instead": whether a journey verb told as a plan's replacement goes where the
    called-off plan went: no way of its own ("fly home", "back", "from Osaka") and no destination but one the plan's own
    phrase names ("trip to Gorkha ... will travel to Gorkha on Monday instead")."""
    named = {t.lower_ for t in tok.subtree}
    for c in verb.children:
        if c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back"):
            return False
        if c.dep_ == "prep" and c.lower_ in ("to", "from", "for") \
                and any(g.pos_ == "PROPN" and g.lower_ not in named for g in c.subtree):
            return False
    return True


#: The farthest (days after the article) an "until" day hung on a gerund inside the postponed object may be and still be
#: the plan's new day ("postponed a vote on extending the mission until Friday"; not "... until April 2027", the mission's).
_GERUND_UNTIL_DAYS = 14


def _gerund_until_day(verb: Token, ctx: _Ctx) -> DateValue | None:
    """ "postponed a vote on extending the South Sudan mission until Friday": the parser hangs the new day on the gerund
    inside the object; an "until"/"till" day there, a day within ``_GERUND_UNTIL_DAYS`` of the article, is the plan's new
    day (a far one is what the gerund acts on: "extending the mission until April 2027").

    verb (Token): a postponing verb. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): the day, or None.
    """
    if ctx.anchor is None:
        return None
    for o in verb.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        for g in o.subtree:
            if g.dep_ != "pcomp" or g.tag_ != "VBG":
                continue
            for p in g.children:
                if p.dep_ != "prep" or p.lower_ not in ("until", "till"):
                    continue
                for obj in p.subtree:
                    day = _forward_day(ctx.times.get(obj.i), ctx)
                    span = day.interval() if day is not None and day.precision == "day" else None
                    if span is not None and 0 <= (span[0] - ctx.anchor).days <= _GERUND_UNTIL_DAYS:
                        return day
    return None


def conjoined_start_day(verb: Token, ctx: _Ctx) -> DateValue | None:
    """ "The drills have been moved to Cebu and will now begin on April 27", "The visit has been postponed and will
    take place on May 5": a verb of starting or taking place (``start_words``, ``occurrence_phrases``) conjoined to the
    plan change, under "will"/"would" and with no subject of its own, tells the plan's new day (read forward)."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or not (conj.lemma_.lower() in _lex().start_words or occurrence_verb(conj)) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
                or not any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in conj.children):
            continue
        for prep in conj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "from"):
                for obj in prep.subtree:
                    if (day := _forward_day(ctx.times.get(obj.i), ctx)) is not None:
                        return day
    return None


def _revised_plan_day(verb: Token, ctx: _Ctx) -> DateValue | None:
    """ "has put off her trip ..., the cabinet said, with the visit now expected on March 9": in a postponing verb's
    sentence, an event noun whose plan participle ("expected", "set", ``overtaken_plan_words``) is marked "now" gives
    the plan's new day (read forward)."""
    words = _plan_words()
    for t in verb.sent:
        if t.dep_ != "acl" or t.lower_ not in words or t.head.lower_ not in _lex().nouns:
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in t.children):
            continue
        for g in t.subtree:
            day = _forward_day(ctx.times.get(g.i), ctx)
            if day is not None:
                return replace(day, note="the plan's new day ('now expected')")
    return None


#: A duration a plan may be put off by whose days the store can count: days or weeks ("P1D", "P2W").
_COUNTED_SHIFT = re.compile(r"P[1-9][0-9]?[DW]")


def _shifted_by(verb: Token, ctx: _Ctx) -> DateValue | None:
    """ "her visit was pushed back by a day", "delayed the vote by two weeks": a postponement told by how long, not to
    what day. RETURNS (DateValue | None): no day of its own, with a :data:`~dateline.model.SHIFT_NOTE` note naming the
    duration (the store moves the plan's day by it); None when the verb has no "by" phrase of days or weeks."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by":  # (a passive's "by" is parsed as its agent)
            continue
        for obj in prep.subtree:
            t = ctx.times.get(obj.i)
            if t is not None and t.type == "DURATION" and t.value and _COUNTED_SHIFT.fullmatch(t.value):
                return DateValue(None, "unknown", t.text, note=f"{SHIFT_NOTE}{t.value}")
    return None


def _relative_clause_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """tok (Token): an event noun. RETURNS (DateValue | None): the day its plan's relative clause names
    (:func:`relative_plan_clause`: "a visit ... that had been planned for next Tuesday"), read forward, else None."""
    clause = relative_plan_clause(tok, put_off=True)
    for g in clause.subtree if clause is not None else ():
        if (day := _forward_day(ctx.times.get(g.i), ctx)) is not None:
            return day  # ("was due to start on Thursday": the coming Thursday, a plan not yet come)
    return None


def _forward_day(t: TimeExpr | None, ctx: _Ctx) -> DateValue | None:
    """The date a plan change moves to, read forward from the article's anchor ("until July" is the coming July): None
    when ``t`` is no date or time point (a duration, a reference such as "now")."""
    if t is None or t.type not in ("DATE", "TIME") or not t.value or t.value[0] == "P" or t.value in _REF_VALUES:
        return None
    ahead = normalize(t.text, ctx.anchor, "future") if ctx.anchor else None
    if ahead is not None and ahead.value and ahead.type == t.type:
        t = replace(ahead, start=t.start, end=t.end)
    return time_to_date(t)


@cache
def _later_mentions() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: the ``frame_time_preps`` and ``chair_verbs`` of ``later_gathering_mentions`` in ``triggers.json``."""
    data = load_data("triggers.json")["later_gathering_mentions"]
    return frozenset(data["frame_time_preps"]), frozenset(data["chair_verbs"])


def _plan_holder(tok: Token, ctx: _Ctx, others: list[ActorRef]) -> list[ActorRef]:
    """Whose plan "the fisheries forum has been called off" changes.

    The person an earlier mention of the same event noun belongs to in the article
    ("Wong is scheduled to attend a regional forum"), or the subject of an earlier verb of
    the same plan ("reports that Putin would travel to Budapest ... No such trip is planned"), else
    the person a later definite mention of the same noun belongs to ("X will chair the meeting"), else the article's
    main actor (the most mentioned person named up to the noun's sentence); [] when the article names no person there.
    """
    if another_occurrence(tok):
        return []  # "The last such summit, planned for 2020, was called off": another occurrence, no one's plan told here
    taken = {o.name for o in others}
    doc = ctx.doc
    verbs = _SAME_PLAN.get(_lex().nouns.get(tok.lower_, {}).get("action", ""), frozenset())
    for i in range(tok.i - 1, -1, -1):  # (its own sentence first: "X had planned to visit the region, but the trip
        # has been postponed" is X's)
        t = doc[i]
        if i >= tok.sent.start and not (t.pos_ == "VERB" and (t.dep_ in ("xcomp", "ccomp", "conj", "ROOT") or t.dep_ == "acl"
                                                             and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))):
            continue  # (also "denied reports that X would visit Asmara": the report's content)
        if t.pos_ == "VERB" and _lex().verbs.get(t.lemma_.lower(), {}).get("action") in verbs:
            subs = _subject_of(head_chain(t))
            found = [a for sub in subs for a in _actors_in(sub, ctx)]  # "would travel to Budapest"
            if people := [a for a in found if a.kind == "person" and a.name not in taken]:
                return people[:1]
            if any(ctx.actors.get(sub.i) is ANONYMOUS for sub in subs):
                return []  # "denied reports that the African Union mediator would visit Asmara ..., saying no such trip
                # had been requested": the unnamed traveller's, never the denier's
            continue
        if t.lower_.removesuffix("s") != tok.lower_.removesuffix("s") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if of_people(t):
            return []  # "A summit of Caribbean leaders ... has been moved to Nassau. ... The summit will now take place
            # on March 12": the leaders' gathering told before, no one person's plan
        found = [a for c in t.children if c.dep_ == "poss" for a in _actors_in(c, ctx)]
        gov, rel = _governor(t)
        if not found and gov is not None and rel in ("dobj", "pobj", "compound", "conj"):
            found = [a for sub in _subject_of(head_chain(gov)) for a in _actors_in(sub, ctx)]
        people = [a for a in found if a.kind == "person" and a.name not in taken]
        if people:
            return people[:1]
        states = [a for a in found if a.kind == "country" and a.name not in taken]
        if states and t.i < tok.sent.start:
            return states[:1]  # "Lithuania had cancelled talks with Belarus. The talks, originally set for March 12,
            # had been postponed": Lithuania's talks, not the minister's who told it
    gathering = of_people(tok)
    for t in doc[tok.sent.end:]:  # "A meeting of regional ministers ... has been moved to Cebu. X will chair the
        # meeting": the person a later definite mention of the same noun belongs to
        if t.lower_.removesuffix("s") != tok.lower_.removesuffix("s") or t.pos_ not in ("NOUN", "PROPN") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            continue
        gov, rel = _governor(t)
        found = [a for sub in _subject_of(head_chain(gov)) for a in _actors_in(sub, ctx)] \
            if gov is not None and rel in ("dobj", "pobj") and not (
                t.dep_ == "pobj" and t.head.lower_ in _later_mentions()[0]) and not (
                gathering and gov.lemma_.lower() not in _later_mentions()[1]) else []  # (not "would visit Rabat before the
        # meeting": a time frame of another act, no one's meeting; a gathering of ministers is only its chair's:
        # "his country was honoured to host the meeting" is no person's)
        if people := [a for a in found if a.kind == "person" and a.name not in taken]:
            return people[:1]
    if gathering:
        return []  # "A meeting of foreign ministers from the five Maghreb countries ... has been postponed": theirs,
        # not the person the article names most
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for ref in doc._.actors or ():
        if ref.start >= tok.sent.end_char:
            continue  # "A planned meeting of foreign ministers has been called off ... Separately, X cancelled a stopover":
            # a person named only in a later sentence holds no plan told before him
        if ref.kind == "person" and ref.name and ref.name not in taken and not _spokesperson(ref, doc):
            counts[ref.name] = counts.get(ref.name, 0) + 1
            first.setdefault(ref.name, ref)
    if not counts:
        return []
    return [first[max(counts, key=lambda name: counts[name])]]


def _spokesperson(ref: ActorRef, doc: Doc) -> bool:
    """ref (ActorRef): a person's mention. RETURNS (bool): a ``spokesperson_titles`` word of ``tellers.json`` stands in
    the two words before the name ("Ministry spokeswoman Lestari Wulandari said the meeting ... would be
    rescheduled"): the one who tells of the plan, not the one who holds it."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    words = frozenset(load_data("tellers.json")["spokesperson_titles"])
    return any(t.lower_ in words for t in doc[max(span.start - 2, 0) : span.start])


def _go_ahead_verb(doc: Doc, plan: Event) -> Token | None:
    """The verb after the plan's trigger in its own sentence that says the plan stands: an ``occurrence_phrases`` verb
    under "will"/"would", not negated ("his office said the trip would go ahead")."""
    cues = load_data("status_cues.json")
    span = doc.char_span(plan.evidence.start, plan.evidence.end, alignment_mode="expand")
    for verb in span if span is not None else ():
        if verb.pos_ != "VERB" or verb.idx <= plan.evidence.trigger_start:
            continue
        if not occurrence_verb(verb):
            continue
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")}
        if auxes & {"will", "would", "'ll", "shall"} and not auxes & set(cues["negations"]):
            return verb
    return None


def go_ahead_subject(doc: Doc, plan: Event) -> int | None:
    """RETURNS (int | None): the character offset of the subject of the verb saying a standing plan goes ahead ("the
    trip would go ahead"), which names that plan and no event of its own."""
    verb = _go_ahead_verb(doc, plan)
    return next((c.idx for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def _overtaken(plans: list[Event], events: list[Event], doc: Doc | None = None) -> list[Event]:
    """Overtaken plans ("had been due to meet") with the status of their actor's plan change in the article (the one
    told in the plan's own sentence first), else none."""
    out: list[Event] = []
    for plan in plans:
        changes = [e for e in events if e.refers_to_plan and e.actor.name == plan.actor.name
                   and e.status in ("postponed", "cancelled")]
        if not changes and plan.actor.kind == "person":
            offices = [e for e in events if e.refers_to_plan and e.status in ("postponed", "cancelled")
                       and e.evidence.start < plan.evidence.start and e.actor.is_office()]
            changes = offices if len({e.actor.name for e in offices}) == 1 else []  # ("Germany's defence minister has
            # called off his trip to Lithuania ... X had been due to meet his Lithuanian counterpart": the one office
            # whose change the article told before, X's)
        # "had planned to travel to Davos this week but cancelled the trip": the change told with the plan first
        change = next((e for e in changes if e.evidence.start == plan.evidence.start), changes[0] if changes else None)
        if change is None and doc is not None and _go_ahead_verb(doc, plan) is not None:
            out.append(replace(plan, refers_to_plan=False))  # "had been scheduled to attend X, and his office said the
            continue  # trip would go ahead": the plan stands
        if change is None or change.action == plan.action and change.evidence.start != plan.evidence.start:
            continue  # no change told, or the change itself: "cancelled a meeting ... The meeting had been scheduled for"
        if change.action == plan.action:
            when = plan.date if change.date.value is None and change.status == "cancelled" else change.date
            out.append(replace(change, place=change.place or plan.place, date=when, counterparts=change.counterparts
                               or plan.counterparts))  # "had been scheduled to visit Lima on Tuesday but the trip was
            continue  # postponed": the change, as dated (a call-off on the plan's day), at the plan's place and with
            # its guests (the place-less change goes: see events._told_with)
        codes = event_codes(plan.action, change.status)
        evidence = replace(plan.evidence, status=change.status)
        when = replace(plan.date, note=PLANNED_DAY_NOTE) if plan.date.value and change.status == "postponed" else plan.date
        if when.value is None and change.date.value is not None:
            when = change.date  # ("called off his trip to Lithuania planned for Thursday ... had been due to meet his
            # Lithuanian counterpart in Vilnius": the meeting of that trip, on its day)
        # ("had been due to meet X next week": the day left, no new day of the put-off plan)
        out.append(replace(plan, status=change.status, date=when, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode, evidence=evidence))
    return out
