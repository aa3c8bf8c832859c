"""An event's date: the time expression nearest its trigger, or the day of an earlier event.

:func:`_date` reads the date off the tokens near the trigger (a plan change's new
date first); :func:`_same_day` dates an event told "later in the day".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span, Token

from ..model import ADVANCE_NOTE, PLAN_WORDS, SHIFT_NOTE, UNKNOWN_DATE, DateValue, Event, TimeExpr, PLANNED_DAY_NOTE, shifted_date, timex_interval
from .arguments import _sequence_adverbs, _walk
from .courts import ORDER_VERBS
from .context import _Ctx, clause_tokens, sentence_numbers, time_to_date
from .nlp import load_data
from .plans import _new_date, _plan_words, _shifted_by, forward_reading, overtaken_reading, relative_plan_clause
from .reasons import in_reason
from .status import (_announced, begun_clause, commitment_verbs, denied_verbs, head_chain, past_conjunct_participle, replacing_words,
                     report_nouns, superseded_words, verb_cue)
from .timex.lexicon import load_lexicon
from .trigger_tokens import trigger_token
from .triggers import _REF_VALUES, _lex


#: Entity types of a name whose words are no time expression ("Steadfast Noon", "Black Friday").
_NAME_ENTS = frozenset({"EVENT", "ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"})


def _date(tok: Token, chain: list[Token], ctx: _Ctx) -> DateValue:
    chain = _below_commitment(_within_finite_frame(chain), ctx)
    for top in chain:
        if top.dep_ == "relcl" and (t := ctx.times.get(top.head.i)) is not None and t.type in ("DATE", "TIME") \
                and (t.value or "P")[0] != "P" and not any(  # (never "have 48 hours to bring charges": a length)
                (x := ctx.times.get(g.i)) is not None and x is not t and x.type in ("DATE", "TIME") and x.value
                and x.value[0] != "P" and x.value not in _REF_VALUES for g in top.subtree):
            return time_to_date(t)  # "on Monday, when he met X" (not "on Monday, where he will attend ... on Tuesday")
        if top.dep_ == "relcl" and (t := _apposed_day(top.head, ctx)) is not None and not any(
                (x := ctx.times.get(g.i)) is not None and x.value and x.value[0] != "P" for g in top.subtree):
            return time_to_date(t)  # "on Monday, the day ASEAN ministers open a two-day meeting": Monday
    if (counted := _counted_day(tok, ctx)) is not None:
        return counted
    if (begun := _begun_day(tok, ctx)) is not None:
        return begun
    moved = _new_date(tok, chain, ctx)
    if moved is not None:
        return moved
    if (plan := _plan_conjunct_day(tok, ctx)) is not None:
        return plan
    if (ahead := _called_off_ahead(tok, ctx)) is not None:
        return ahead
    if (named := _named_as_date(tok, ctx)) is not None:
        return named
    if (planned := _relative_plan_day(tok, ctx)) is not None:
        return planned
    if (trailing := _trailing_content_day(tok, ctx)) is not None:
        return trailing
    announced = False
    coarse: DateValue | None = None
    coarse_head: Token | None = None
    coarse_for = False
    coarse_time: TimeExpr | None = None
    since = tok.pos_ == "VERB" and tok.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ == "since" for c in tok.children)
    apart = _apart_conjunct(chain)
    for cand in _with_attribution_day(tok, _walk(tok, chain, ctx), ctx):
        if since and not tok.left_edge.i <= cand.i <= tok.right_edge.i:
            break  # "last met in July and have since spoken by phone": after the other verb's day, not on it
        if apart is not None and not apart.left_edge.i <= cand.i <= apart.right_edge.i:
            continue  # "would hold rallies next month, and could call a strike if ...": the rallies' month only
        if _in_later_conjunct(cand, tok):
            continue  # "was detained in Negombo and will be produced before a court on Tuesday": the court's day
        if _in_superseded_clause(cand, tok):
            continue  # "The signing, originally set for Feb. 19, will now be held on Friday, Feb. 20": the old day
        if _report_clause_time(cand, tok):
            continue  # "A visit to X, reported by local media earlier this week, ...": the day of the report
        if _in_reason(cand, tok):
            continue  # "pushed back because of a cabinet reshuffle announced on March 3": the reshuffle's day
        t = ctx.times.get(cand.i)
        if t is not None and t.value and len(t.value) < 10 and _in_accusation(cand, tok):
            continue  # "was charged with receiving bribes between 2019 and 2021": when the offence was, not the charge
            # (a day there, "charged X with spreading false information on Tuesday", is the charge's)
        if _content_start(cand, tok):
            continue  # "voted to raise defence spending from next year": when the measure starts, not the vote
        if _in_content_participle(cand, tok) and not (t is not None and _weekday_told(t)):
            continue  # "signed a declaration setting a common tariff from July 1": the tariff's day, not the signing's
            # ("approved a bill raising the minimum pension on Monday": a weekday is the act's, the article's week)
        if t is None or t.type not in ("DATE", "TIME") or not t.value or t.value in _REF_VALUES or t.value[0] == "P":
            continue  # a duration ("a day before") is no date
        if _past_participle_of_object(cand, t, tok, ctx):
            continue  # "will veto the pension bill passed by Congress last week": the passing's week, not the veto's
        if (top := _time_words(cand, ctx)[-1]).dep_ == "poss" and top.head.i != tok.i \
                and _in_thing_participle(cand, tok, "VBN"):
            continue  # "visited a district hit by last week's strikes": the strikes' week, not the visit's
        if top.dep_ == "poss" and _topic_of(top.head, tok):
            continue  # "held talks with X on the agenda of next month's summit": the summit's month, not the talks'
        if t.start < ctx.dateline_end or _comparison(t.end, ctx):
            continue  # "a day earlier than planned": an offset from the plan, not the day
        if cand.ent_type_ in _NAME_ENTS:
            continue  # "the Steadfast Noon exercise": a word of a name, no time
        if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", t.value) and _season_modifier(cand, t, ctx):
            continue  # "for the winter exercise Nordic Shield ... from Feb. 23": the kind of exercise, not its season
        if _names_a_thing(cand, tok, chain, ctx):
            continue  # "a vote on the 2026 budget", "this year's review": the year of a thing, not the event's
        if _reporting_verb_day(cand, tok):
            continue  # "said on Tuesday he would not attend the summit on April 7": the day it was said
        if _control_verb_day(cand, tok):
            continue  # "X on Thursday invited Y to visit Kenya": the day of the invitation, not the visit's
        if _denied_content_day(cand, tok):
            continue  # "On Monday the ministry denied a report that X had met Y": the day of the denial
        if _object_day_with_own(cand, tok, ctx):
            continue  # "announced the May 12 date on April 8": the day the object names, not the act's own
        if _announcement_day(cand, t, tok, ctx):
            announced = True
            continue  # "had called the strike on August 28": the day of the call
        if _called_for_day(cand, tok):
            continue  # "called a snap election for May 11 on Sunday": the election's day, not the call's
        when = span_day(_on_sentence_day(_conjoined_days(cand, _fronted_year(chain, t, time_to_date(t), ctx), ctx), tok, ctx), tok)
        when = _starting_day(when, chain, ctx) or when
        if coarse is not None and t is coarse_time:
            continue  # (another word of the coarse expression itself: "next" of "next week")
        if coarse is None and when.precision in ("year", "month", "week") and not when.end_value:
            coarse, coarse_head, coarse_time = when, _time_head(cand, ctx), t  # "voted on Sunday in the election this
            # year", "is due to visit Ceuta on Thursday next week": the walk
            coarse_for = _for_phrase(cand)
            continue  # meets the year first; a day inside it, told to the same word, is the act's day
        if coarse is not None and coarse_for and when.precision in ("day", "time") and not _finer_within(when, coarse):
            return when  # "will vote on the budget for the coming fiscal year on Thursday": the year is what the
            # budget is for, Thursday the vote's day
        if coarse is not None and not (_finer_within(when, coarse) and (coarse.precision == "week" or coarse_head is not None
                                                                         and _time_head(cand, ctx).i == coarse_head.i)):
            continue  # (not "will visit Japan in April, including a stop in Osaka on April 12": the stop's day; a day
            # inside a week told is that week's day wherever it hangs: "will meet X next week on Thursday")
        return when
    if coarse is not None:
        return coarse
    if announced:
        return _earlier_mention_day(tok, ctx) or UNKNOWN_DATE
    if (dangling := _dangling_prep_day(chain, ctx)) is not None:
        return dangling
    return _course_day(tok, ctx) or _purpose_day(tok, ctx) or _ordered_day(tok, ctx) or _expected_clause_day(tok, ctx) \
        or _where_day(tok, ctx) \
        or _when_day(tok, ctx) or _which_clause_day(tok, ctx) \
        or _where_clause_host_day(tok, ctx) \
        or _there_day(tok, ctx) or _counted_clause_day(tok, ctx) or _conjunct_day(tok, ctx) or _later_conjunct_day(tok, ctx) \
        or _past_clause_day(tok, ctx) or _retold_act_day(tok, ctx) or _same_judgment_day(tok, ctx) \
        or _plan_offset(tok, ctx) or _framing_act_day(tok, ctx) or UNKNOWN_DATE


def _framing_act_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "held talks in Cairo on Monday with X, in a visit delayed by more than a week": a trip noun set off by a comma
    as the "in"/"during" frame of a past act with a day of its own is there that day. RETURNS (DateValue | None): the
    act's day, else None."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.dep_ != "prep" \
            or prep.i < 1 or ctx.doc[prep.i - 1].text != "," or _lex().nouns.get(tok.lower_, {}).get("action") != "visit":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return None
    when = _date(verb, head_chain(verb), ctx)
    return when if when.precision in ("day", "time") else None




def _for_phrase(word: Token) -> bool:
    """word (Token): a word of a time expression. RETURNS (bool): the expression is the object of "for" ("for the coming
    fiscal year"): the period something is for."""
    cur = word
    while cur.dep_ != "pobj" and cur.head.i != cur.i and cur.head.ent_type_ == cur.ent_type_ == "DATE":
        cur = cur.head
    return cur.dep_ == "pobj" and cur.head.lower_ == "for"


def _time_words(word: Token, ctx: _Ctx) -> list[Token]:
    """word (Token): a word of a time expression. RETURNS (list[Token]): the words of its phrase up to the one that hangs
    outside it."""
    out = [word]
    while out[-1].head.i != out[-1].i and out[-1].head.i in ctx.times:
        out.append(out[-1].head)
    return out


def _time_head(word: Token, ctx: _Ctx) -> Token:
    """word (Token): a word of a time expression. ctx (_Ctx): the doc's index. RETURNS (Token): the word its phrase
    hangs on ("voted" for "on Sunday" and for "this year" in "voted on Sunday ... this year")."""
    cur = _time_words(word, ctx)[-1]
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        cur = cur.head
    return cur.head


def _finer_within(when: DateValue, coarse: DateValue) -> bool:
    """RETURNS (bool): ``when`` is a day or days (or a week) inside the year or month ``coarse``."""
    inner, outer = when.interval(), coarse.interval()
    return when.precision in ("day", "time", "week") and inner is not None and outer is not None \
        and outer[0] <= inner[0] and inner[1] <= outer[1]


def _object_day_with_own(cand: Token, tok: Token, ctx: _Ctx) -> bool:
    """cand (Token): a word of a time expression. tok (Token): a verb trigger. ctx (_Ctx): the doc's index.
    RETURNS (bool): the expression modifies the verb's object noun ("announced [the May 12 date]", "set [a June 3]
    deadline") while the verb has a day of its own in a phrase ("on April 8"): the object's day is what was announced."""
    if tok.pos_ != "VERB" or cand.dep_ not in ("compound", "nmod", "amod", "nummod") and cand.head.dep_ not in (
            "compound", "nmod", "amod"):
        return False
    head = cand.head if cand.dep_ in ("compound", "nmod", "amod", "nummod") else cand.head.head
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "dobj" or head.head.i != tok.i or head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
        (x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
        for g in c.subtree) for c in [*tok.children, *(c for c in head.children if c.i > head.i)])
    # (the parser may hang "on April 8" on the object: "the May 12 date on April 8")


def _ordered_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "A judge on Friday ordered X held in pretrial detention": an undated participle an order verb governs is done
    on the order's day. RETURNS (DateValue | None): that day, else None."""
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("ccomp", "xcomp") or tok.head.lemma_.lower() not in ORDER_VERBS:
        return None
    when = _date(tok.head, [tok.head], ctx)
    return when if when.value else None


def _purpose_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "met X to discuss energy prices on Friday": an undated verb's purpose infinitive (its own "to", no subject of
    its own) carrying a day in its own phrases tells the day of the act it is the purpose of. RETURNS (DateValue |
    None): that day, else None."""
    if tok.pos_ != "VERB":
        return None
    for clause in tok.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VB" or clause.i < tok.i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        day = _first_day([g for p in clause.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "at")
                          for g in p.children], ctx)
        if day is not None:
            return day
    return None


def _first_day(words: list[Token], ctx: _Ctx) -> DateValue | None:
    """words (list[Token]): candidate words, text order. RETURNS (DateValue | None): the date of the first that is a
    calendar date (no duration, no "now"/"the past"), else None."""
    for g in words:
        x = ctx.times.get(g.i)
        if x is not None and x.type == "DATE" and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
            return time_to_date(x)
    return None


#: Verbs of a plan told of a whole clause by ", which is expected next week".
_EXPECTATION_VERBS = frozenset({"expect", "schedule", "plan", "set", "slate", "due", "likely"})


def _expected_clause_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "once President X signs it, which is expected next week": an undated verb followed, after a comma, by a "which"
    clause of expectation on the verb or on its pronoun object has that clause's day (read forward). RETURNS
    (DateValue | None): that day, else None."""
    if tok.pos_ != "VERB":
        return None
    hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PRON")]
    for host in hosts:
        for clause in host.children:
            if clause.dep_ not in ("relcl", "ccomp", "advcl") or clause.i < host.i \
                    or clause.lemma_.lower() not in _EXPECTATION_VERBS \
                    or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in clause.children) \
                    or ctx.doc[clause.left_edge.i - 1].text != ",":
                continue
            if (day := _first_day(list(clause.subtree), ctx)) is not None:
                return forward_reading(day, ctx.anchor)
    return None


def _course_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "His trial is due to begin on September 15", "The talks are expected to open on Monday": an event noun that
    is the subject of a plan word whose infinitive tells the event's own course (``subject_predicates``: begin, open,
    start; not "be") is on that infinitive's day. RETURNS (DateValue | None): that day, else None."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    course = tok.head
    for _ in range(3):
        found = next((c for c in course.children if c.dep_ in ("xcomp", "acomp") and c.i > tok.i), None)
        if found is None:
            return None
        course = found
        if course.pos_ == "VERB" and course.lemma_.lower() in _lex().subject_predicates and course.lemma_.lower() != "be":
            break
    else:
        return None
    when = _date(course, [course], ctx)
    return replace(when, note=f"the day it is to {course.lemma_.lower()}") if when.value else None


def _plan_offset(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "held talks in Santa Cruz, a day later than originally planned": an undated event whose clause counts days or
    weeks "later"/"earlier than planned" has no day of its own but the plan's moved by that much: no value, with a
    :data:`~dateline.model.SHIFT_NOTE` (later) or :data:`~dateline.model.ADVANCE_NOTE` (earlier) note naming the
    duration, which the store applies to the plan's known day.

    tok (Token): the event's trigger. ctx (_Ctx): the doc's context. RETURNS (DateValue | None): that date, or None."""
    for t in _verb_of(tok).subtree:
        x = ctx.times.get(t.i)
        span = ctx.doc.char_span(x.start, x.end, alignment_mode="expand") if x is not None else None
        if x is None or span is None or span.start != t.i or not re.fullmatch(r"P\d+[DW]", x.value or ""):
            continue
        words = [w.lower_ for w in ctx.doc[span.end : min(span.end + 4, t.sent.end)]]
        if len(words) < 3 or words[0] not in ("later", "earlier") or words[1] != "than":
            continue
        k = 3 if words[2] in ("originally", "first", "initially") else 2
        if len(words) <= k or words[k] not in PLAN_WORDS:
            continue
        note = (SHIFT_NOTE if words[0] == "later" else ADVANCE_NOTE) + (x.value or "")
        return DateValue(None, "unknown", ctx.doc[span.start : span.end + k + 1].text, note=note)
    return None


def _dangling_prep_day(chain: list[Token], ctx: _Ctx) -> DateValue | None:
    """ "On Thursday Thai Prime Minister X flew to Siem Reap": a fronted "on" with no object of its own, on a verb of the
    chain, whose next words are a day the parser read as part of the subject's name. RETURNS (DateValue | None): that
    day, else None."""
    doc = chain[0].doc
    for head in chain:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in") or prep.i > head.i or any(True for _ in prep.children) \
                    or prep.i + 1 >= len(doc):
                continue
            t = ctx.times.get(prep.i + 1)
            if t is not None and _point(t):
                return span_day(time_to_date(t), chain[0])
    return None


def _within_finite_frame(chain: list[Token]) -> list[Token]:
    """ "It was first planned for December, but was pushed back after Norway's election was brought forward": a trigger
    in a finite clause opened by an earlier-frame mark ("after", "since": ``earlier_frame_preps``) with a subject of
    its own tells an earlier moment of another event, dated only by its own clause's words, never by its main clause's.

    chain (list[Token]): the trigger's head chain. RETURNS (list[Token]): the chain cut at that clause's verb.
    """
    for k, t in enumerate(chain[:-1]):
        if t.dep_ == "advcl" and chain[k + 1].i == t.head.i \
                and any(c.dep_ == "mark" and c.lower_ in _lex().earlier_frames for c in t.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that") for c in t.children):
            return chain[: k + 1]
    return chain


def _below_commitment(chain: list[Token], ctx: _Ctx) -> list[Token]:
    """ "Uruguay and Ghana agreed last October to open talks": a trigger in the infinitive of a past ``commitment_verbs``
    verb (``status_cues.json``), or the object of its "to" ("agreed on Tuesday to a prisoner swap"), is not dated by
    that verb's day, the day of the agreement (unless the act is a ``decided_acts`` one, done by being decided: "agreed
    on Tuesday to impose sanctions").

    chain (list[Token]): the trigger's head chain. ctx (_Ctx): the doc's index. RETURNS (list[Token]): the chain cut
    below that verb."""
    verbs, decided = _commitments()
    for k, t in enumerate(chain[:-1]):
        up = chain[k + 1]
        if t.dep_ == "xcomp" and t.pos_ == "VERB" and up.i == t.head.i and up.lemma_.lower() in verbs and told_past(up):
            entry = _lex().verbs.get(chain[0].lemma_.lower(), {}) if chain[0].pos_ == "VERB" else \
                _lex().nouns.get(chain[0].lower_, {})
            if up.lemma_.lower() == "vote" and entry.get("action") == "vote":
                return chain  # "Parliament voted on Tuesday to approve the constitution": approved by that vote
            return chain if entry.get("action") in decided or entry.get("person_action") in decided \
                or entry.get("object_action") in decided else chain[: k + 1]  # ("voted to lift the sanctions")
        if t.dep_ == "prep" and t.lower_ == "to" and k > 0 and chain[k - 1].dep_ == "pobj" and up.i == t.head.i \
                and up.pos_ == "VERB" and up.lemma_.lower() in verbs and told_past(up) \
                and _lex().nouns.get(chain[0].lower_, {}).get("action") not in decided:
            return chain[: k + 1]  # "agreed on Tuesday to a prisoner swap": the day of the agreement, not the swap's
    return chain


@cache
def _commitments() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS: ``commitment_verbs`` and the ``decided_acts`` actions of ``status_cues.json``."""
    return commitment_verbs(), frozenset(load_data("status_cues.json")["decided_acts"]["actions"])


#: Words of a time expression that count from the publication day ("last summer", "next August"): no fronted year
#: replaces their year.
_RELATIVE_TIME_WORDS = frozenset({"this", "last", "next", "ago", "coming", "past", "previous", "following", "later",
                                  "earlier", "recent", "current", "today", "tomorrow", "yesterday"})


def _fronted_year(chain: list[Token], t: TimeExpr, when: DateValue, ctx: _Ctx) -> DateValue:
    """ "In 2018, the allies suspended the summer drills": a year phrase opening the clause ("In 2018,") scopes over the
    whole clause, so a month, season or month-day of the clause written without a year or a word counting from the
    publication day ("the summer", "Aug. 20") is that year's, not the publication year's.

    chain (list[Token]): the trigger's head chain. t (TimeExpr): the time expression read. when (DateValue): its date.
    ctx (_Ctx): the doc's index. RETURNS (DateValue): the date in the fronted year, else ``when`` unchanged.
    """
    if not when.value or not re.fullmatch(r"\d{4}-(?:\d{2}|SU|SP|FA|WI)(?:-\d{2})?", when.value) or when.end_value \
            or re.search(r"\d{4}|'\d{2}", t.text) or any(w in _RELATIVE_TIME_WORDS for w in t.text.lower().split()):
        return when
    for verb in [*chain, _verb_of(chain[-1])]:  # ("suspended the summer drills" read on the noun alone: its verb)
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
                     and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == ","
                     and not any(s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i for s in verb.children)), None)
        year = None if prep is None else next((x for g in prep.subtree if (x := ctx.times.get(g.i)) is not None), None)
        if year is None or year is t or not year.value or not re.fullmatch(r"\d{4}", year.value):
            return when  # the nearest clause verb decides
        return replace(when, value=year.value + when.value[4:], note=f"in the year the clause opens with ({year.text})")
    return when


#: Modal auxiliaries that tell a plan's coming (a conjunct under one of these shares its conjunct's time).
_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "'d"})

#: Subordinating words of a condition: a conjunct with its own "if" clause is no fact of its conjunct's day.
_CONDITION_MARKS = frozenset({"if", "unless", "provided", "once"})


def _shares_time(conj: Token) -> bool:
    """Whether a conjoined verb tells its act at the time of the verb it is conjoined to: no subject of its own, told
    in the same tense ("flew ... and met", "will travel ... and will hold"), with no modal of possibility the other
    lacks ("would hold rallies ... and could call a strike"), no condition of its own ("if ...") and no adverb or
    "after" phrase of a later moment ("and then travel", "and has since spoken", "and travel on after the summit").

    conj (Token): a verb whose dependency is ``conj``. RETURNS (bool): True when the two share one time.
    """
    first = conj.head
    if conj.dep_ != "conj" or first.pos_ not in ("VERB", "AUX") or conj.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not _pair_subject(c) for c in conj.children):
        return False  # "The signing is set for Nov 9, and Sidhu will also meet X": another clause
    if told_past(conj) != told_past(first):
        return False  # "met X on Monday and will travel to Y"
    modals = {c.lower_ for c in conj.children if c.dep_ == "aux" and c.tag_ == "MD"}
    own = {c.lower_ for c in first.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals - own - _FUTURE_MODALS:
        return False  # "could call a strike": a possibility, no plan of the rallies' month
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
           for c in conj.children):
        return False  # "... and could call a strike if the tax is approved"
    later = _sequence_adverbs() | {"since"}
    if any(c.dep_ == "prep" and c.lower_ == "after" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_
                                                            for g in c.children) for c in conj.children):
        return False  # "would attend a summit in Dakar on June 18 and would travel on to Rwanda after the summit"
    return not any(c.dep_ == "advmod" and c.lower_ in later for c in conj.children)


#: Subjects that take up the two parties of the clause before ("..., and the two leaders are expected to sign").
_PAIR_WORDS = frozenset({"two", "both", "pair"})


def _begun_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """tok (Token): a trigger. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): the day of the event noun's own
    relative clause that tells it began (:func:`~.status.begun_clause`: "suspended on Friday the nationwide strike it
    began on Monday": Monday, not the suspension's Friday), else None."""
    clause = begun_clause(tok)
    if clause is None:
        return None
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "on"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (t := ctx.times.get(obj.i)) is not None and t.type == "DATE" and t.value and t.value[0] != "P" \
                    and t.value not in _REF_VALUES:
                return time_to_date(t)
    return None


def _pair_subject(subject: Token) -> bool:
    """subject (Token): the subject of a conjoined clause. RETURNS (bool): it takes up the two parties of the clause
    before: "the two leaders", "the two", "both men", "the pair" (a clause of the same act's people, so of its time)."""
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    return bool(words & _PAIR_WORDS) and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        or subject.lower_ == "both" or any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in subject.children)


def _in_superseded_clause(cand: Token, tok: Token) -> bool:
    """cand (Token): a word near a trigger. tok (Token): the trigger. RETURNS (bool): the word lies in a participle or
    relative clause on the trigger that tells a plan given up (a ``superseded_adverbs`` adverb: "originally set for Feb.
    19") while the trigger's own verb tells another day ("will now be held on Friday"): the clause's day is the old
    one."""
    words = superseded_words()
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    replacing = verb is not None and any(c.dep_ == "advmod" and c.lower_ in replacing_words() for c in verb.children)
    for clause in tok.subtree:  # (the parser may hang the clause on the last word of the noun's phrase: "The talks
        # between X and Y, originally scheduled for Tuesday, were held on Wednesday instead")
        if clause.i != tok.i and clause.dep_ in ("acl", "relcl") and clause.left_edge.i <= cand.i <= clause.right_edge.i \
                and (any(c.dep_ == "advmod" and c.lower_ in words for c in clause.children)
                     or replacing and clause.tag_ in ("VBN", "VBD") and clause.dep_ == "acl"):
            # ("Talks between X and Y, planned for Rome on Thursday, will instead take place in Valletta on Friday")
            return verb is not None and any(c.dep_ in ("prep", "npadvmod") and c.i > clause.right_edge.i
                                            for c in verb.children)
    return False


def _in_later_conjunct(cand: Token, tok: Token) -> bool:
    """cand (Token): a word near a verb trigger. tok (Token): the trigger. RETURNS (bool): the word lies in a verb
    conjoined after the trigger that does not share its time (:func:`_shares_time`: "was arrested and will be arraigned
    on Tuesday", "met X on Monday and will travel to Y on Friday"), whose day is its own."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and c.left_edge.i <= cand.i <= c.right_edge.i
               and not _shares_time(c) for c in tok.children)


def _apart_conjunct(chain: list[Token]) -> Token | None:
    """The conjoined verb on a trigger's chain that does not share its conjunct's time (:func:`_shares_time`), whose
    words alone can date the trigger ("... and could call a national strike if ..."); None when every conjoined verb
    of the chain shares it."""
    for low, high in zip(chain, chain[1:]):
        if low.dep_ == "conj" and low.head.i == high.i and low.pos_ in ("VERB", "AUX") and high.pos_ in ("VERB", "AUX"):
            return None if _shares_time(low) else low
    return None


def _report_clause_time(cand: Token, tok: Token) -> bool:
    """Whether a time expression lies in a participle or relative clause of an event noun whose verb reports it ("A visit
    to Machu Picchu, reported by local media earlier this week", "the trip, announced on Monday"): the day of the
    report, not of the event ("a summit announced for June 5" keeps its day)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for clause in tok.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in _telling_verbs() \
                or not clause.left_edge.i <= cand.i <= clause.right_edge.i:
            continue
        return not any(t.dep_ == "prep" and t.lower_ == "for" for t in cand.ancestors if clause.i != t.i
                       and clause.left_edge.i <= t.i <= clause.right_edge.i)
    return False


def own_clause_day(tok: Token, when: DateValue, ctx: _Ctx) -> bool:
    """Whether an event's date is written in its trigger's own clause ("her party's leadership would meet on Wednesday"),
    not inherited from a governing or conjoined verb ("will fly to Seoul on Sunday to sign ..."): such a day is the
    event's own, and no later sentence's day for a like event overrides it.

    tok (Token): the event's trigger. when (DateValue): its date. ctx (_Ctx): the doc's index.
    RETURNS (bool): True when a calendar point of the trigger's own words has the date's value.
    """
    if not when.value:
        return False
    return any((x := ctx.times.get(t.i)) is not None and _point(x) and x.value == when.value for t in _own_clause(tok))


def _point(x: TimeExpr | None) -> bool:
    """Whether a time expression is a calendar point (a DATE or TIME with a value; no duration, no "now")."""
    return x is not None and x.type in ("DATE", "TIME") and bool(x.value) and x.value is not None and x.value[0] != "P" \
        and x.value not in _REF_VALUES


def _conjunct_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "is expected to travel to Puno on July 2 and will hold bilateral talks with X there": an undated event told by a
    verb conjoined to a verb whose infinitive carries a day, sharing its time (:func:`_shares_time`), is on that day
    (the day phrases of the conjoined verb itself are already read through the trigger's chain)."""
    verb = _verb_of(tok)
    if verb.dep_ == "xcomp" and verb.head.lower_ in _plan_words():
        verb = verb.head  # "..., and the two leaders are expected to sign": the conjoined verb of the plan word
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
            verb = verb.head  # "... and is due to sign"
    if verb.dep_ != "conj" or not _shares_time(verb):
        return None
    first = verb.head
    # (not "agreed to restore opening hours from April 1 and signed a memorandum": a done act shares no day of another
    # verb's infinitive, only one under a plan word)
    through = not told_past(verb) or first.lemma_.lower() in _plan_words() or first.lower_ in _plan_words() \
        or first.lemma_ == "be"
    for _ in range(3):
        # "is due to arrive in Jeddah on Monday and will hold meetings": through the plan adjective to its infinitive
        first = next((c for c in first.children if through and (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                      or c.dep_ == "acomp" and c.pos_ == "ADJ" and c.i < verb.i
                      and any(x.dep_ == "xcomp" and x.pos_ == "VERB" for x in c.children))), first)
        on_object = _object_day_phrases(first, ctx)
        for c in [*first.children, *on_object]:
            if c.dep_ not in ("prep", "npadvmod", "tmod") or c.i > verb.i or c.lower_ in ("since", "until", "till", "by"):
                continue
            clauses = {t.i for r in c.subtree if r.dep_ == "relcl" for t in r.subtree}  # ("flew to the city,
            # where the government has been based since 2023, and held talks": the city's clause tells no day of hers)
            for g in c.subtree:
                if g.i in clauses:
                    continue
                x = ctx.times.get(g.i)
                if _point(x) and x is not None and g.ent_type_ not in _NAME_ENTS:
                    when = replace(time_to_date(x), note=f"the day of the conjoined '{first.text}'")
                    # (a span the tagger reads off the object, "a week-long visit ... on Wednesday", is the object's)
                    return replace(when, end_value=None) if c in on_object else when
    return None


def _past_clause_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "Georgian protesters marched on Wednesday, and police detained six people": an undated past verb conjoined, with
    a subject of its own, to a past verb dated to a day by its own phrase, and with no adverb of a later moment ("and
    then", "and has since"), tells the same day's scene: it is on that day (with a note).

    tok (Token): the trigger. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): that day, else None."""
    verb = _verb_of(tok)
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX") \
            or verb.tag_ != "VBD" or verb.head.tag_ != "VBD" \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or any(c.dep_ == "advmod" and c.lower_ in _sequence_adverbs() | {"since"} for c in verb.children):
        return None
    first = verb.head
    earlier = [first, *(c for c in first.children if c.dep_ == "conj" and c.i < verb.i and c.tag_ == "VBD"
                        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]  # ("protesters defied an
    # injunction and marched through Accra on Tuesday, and police arrested 23 people": the day of the subject's second
    # verb)
    for head in earlier:
        for c in head.children:
            if c.dep_ not in ("prep", "npadvmod", "tmod") or c.i > verb.i or c.lower_ in _FRAME_PREPS:
                continue
            for g in c.subtree:
                x = ctx.times.get(g.i)
                if _point(x) and x is not None and x.value and len(x.value) >= 10 and g.ent_type_ not in _NAME_ENTS:
                    return replace(time_to_date(x), note=f"the day of the conjoined '{head.text}'")
    return None


#: Prepositions by which a verb places its act against another moment ("before the inauguration"): a time of its own.
_FRAME_PREPS = frozenset({"before", "after", "until", "till", "by", "since", "following", "during", "ahead"})


def _later_conjunct_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "said on Monday he would resign and hand over the leadership at a congress on April 25": an undated event told by
    a verb not in the past whose conjoined verb tells one plan with it (:func:`_shares_time`: no subject, tense, modal or
    condition of its own; no auxiliary of its own either, one verb phrase) and carries a day phrase is on that day; a
    verb told in the past ("resigned and will hand over ... on April 25") or placed against another moment ("would
    travel to X before the inauguration and would attend ... in March") keeps its own undated act.

    tok (Token): the event's trigger. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): the conjoined verb's day with a note, None when there is none.
    """
    verb = _verb_of(tok)
    if verb.pos_ not in ("VERB", "AUX") or told_past(verb) or any(
            c.dep_ == "prep" and c.lower_ in _FRAME_PREPS or c.dep_ == "advcl" for c in verb.children):
        return None  # "would travel to Washington before the inauguration and would attend ... in March": its own moment
    for conj in (c for c in verb.children if c.dep_ == "conj" and _shares_time(c)
                 and not any(a.dep_ in ("aux", "auxpass") for a in c.children)):
        # (one verb phrase under one auxiliary, "would resign and hand over"; "would travel ... and would attend" are
        # two plans)
        for c in conj.children:
            if c.dep_ not in ("prep", "npadvmod", "tmod") or c.i < conj.i or c.lower_ in ("since", "until", "till", "by",
                                                                                          "after", "before"):
                continue
            for g in c.subtree:
                x = ctx.times.get(g.i)
                if _point(x) and x is not None and g.ent_type_ not in _NAME_ENTS:
                    return replace(time_to_date(x), note=f"the day of the conjoined '{conj.text}' (one plan)")
    return None


def _object_day_phrases(first: Token, ctx: _Ctx) -> list[Token]:
    """ "cut short a week-long visit to Europe on Wednesday and flew back to Bangkok": the "on" day phrases the parser
    hangs on the direct object of a verb told in the past, when they name a day not after the publication day (the
    act's day; a plan's coming day on the object, "cancelled the summit on March 5", stays the plan's).

    first (Token): the first conjoined verb. ctx (_Ctx): the doc's index.
    RETURNS (list[Token]): the ``prep`` children of its objects that hold such a day.
    """
    if not told_past(first) or ctx.anchor is None:
        return []
    found: list[Token] = []
    for obj in (c for c in first.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on"):
            days = [x for g in prep.subtree if (x := ctx.times.get(g.i)) is not None and _point(x)]
            span = time_to_date(days[0]).interval() if days else None
            if span is not None and span[0] <= ctx.anchor:
                found.append(prep)
    return found


def _plan_conjunct_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "had planned to travel to Davos this week but cancelled the trip on Friday": a changed event noun that refers back
    ("the trip", "his visit") to the plan told by the verb its change is conjoined to is on that plan's day; the day on
    the change ("on Friday") is the decision's."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass") \
            or not any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC_DETERMINERS for c in tok.children):
        return None
    change = tok.head
    if change.dep_ != "conj" or change.lemma_.lower() not in _change_verbs():
        return None
    plan = change.head
    if plan.lower_ not in _plan_words() and plan.lemma_.lower() not in _plan_words():
        return None
    for clause in plan.children:
        if clause.dep_ != "xcomp" or clause.i > change.i:
            continue
        for g in clause_tokens(clause, _OTHER_CLAUSES - {"xcomp"}):
            x = ctx.times.get(g.i)
            if _point(x) and x is not None and g.ent_type_ not in _NAME_ENTS:
                return replace(time_to_date(x), note=f"the day of the plan its '{change.text}' changes")
    return None


def _called_off_ahead(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "cancelled a planned stopover in Kuala Lumpur next week", "has called off his trip to Rome next month": a day
    after the publication day, hung by the parser on the past verb that calls the event off, cannot be the day of that
    decision: it is the day of the plan called off.

    tok (Token): an event noun. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): that day with a note, or None.
    """
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass") or ctx.anchor is None:
        return None
    change = tok.head
    cancel = frozenset(load_data("status_cues.json")["cancelled_verbs"])
    if change.lemma_.lower() not in cancel or not (told_past(change) or any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in change.children)):
        return None
    for child in change.children:
        if child.dep_ not in ("npadvmod", "tmod", "prep") or child.i < tok.i or child.lower_ in _FRAME_PREPS:
            continue  # ("called off the strike ... after reaching a deal on Sunday night": the deal's day)
        for g in child.subtree:
            x = ctx.times.get(g.i)
            span = time_to_date(x).interval() if _point(x) and x is not None else None
            if x is not None and span is not None and span[0] > ctx.anchor:
                return replace(time_to_date(x), note=f"the day of the plan '{change.text}' calls off")
            if x is not None and span is not None and tok.dep_ == "nsubjpass" and child.i < change.i \
                    and x.precision == "day" and not any(c.dep_ in ("aux", "auxpass") and c.i < child.i
                                                         for c in change.children):
                # "A planned march to Government House on Tuesday was called off": the day told inside the subject,
                # which the parser hung on the verb, is the plan's (the nearest reading: just past, or ahead)
                return replace(overtaken_reading(time_to_date(x), ctx.anchor),
                               note=f"the day of the plan '{change.text}' calls off")
    return None


#: Determiners and possessives by which an event noun refers back to a plan told before it ("the trip", "his visit").
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "its", "their"})


@cache
def _change_verbs() -> frozenset[str]:
    """Verbs that postpone or call off a plan (``postponed_verbs`` and ``cancelled_verbs`` of ``status_cues.json``)."""
    data = load_data("status_cues.json")
    return frozenset(data["postponed_verbs"] + data["cancelled_verbs"])


def _named_as_date(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "The commission on Tuesday set Nov. 10 as the date for a presidential runoff": the day a verb names as the date
    of (or for) an event noun is the event's, not the verb's; None for any other event word."""
    frame = tok.head
    if tok.dep_ != "pobj" or frame.lower_ not in ("for", "of") or frame.head.lower_ not in ("date", "day") \
            or frame.head.dep_ != "pobj" or frame.head.head.lower_ != "as":
        return None
    verb = frame.head.head.head
    for c in verb.children:
        if c.dep_ not in ("dobj", "npadvmod") or c.i > frame.head.i:
            continue
        for g in c.subtree:
            t = ctx.times.get(g.i)
            if t is not None and t.type in ("DATE", "TIME") and t.value and t.value[0] != "P" and t.value not in _REF_VALUES:
                return time_to_date(t)
    return None


def time_owners(tok: Token) -> list[Token]:
    """tok (Token): an event noun. RETURNS (list[Token]): the possessors that may tell its time: its own, and those of a
    ``frame_nouns`` noun whose "of" phrase it is ("Next week's round of talks": the round's time is the talks')."""
    heads = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _lex().frames:
        heads.append(tok.head.head)
    return [c for h in heads for c in h.children if c.dep_ == "poss"]


def dated_by_possessor(tok: Token, ctx: _Ctx) -> DateValue | None:
    """The day a time possessor gives an event noun: "since Tuesday's runoff", "last week's drills", "next month's
    summit" (read back when the day is before the article's, forward when after).

    tok (Token): an event noun. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): the day, or None when no possessor of the noun is a date.
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for owner in time_owners(tok):
        x = next((t for g in owner.subtree if (t := ctx.times.get(g.i)) is not None), None)
        if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
            return time_to_date(x)
    return None


def _counted_clause_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "resigned on Friday, a day after parliament passed her bill": the day of a verb in an "after"/"following"
    clause (``earlier_frame_preps``) counted in days or weeks before its main clause's day ("a day": the Thursday);
    so is an event noun of that verb ("said on Thursday, a day after X returned from a visit to Vietnam"). None
    without a count or a main day."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj"):
        tok = _verb_of(tok)
    if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.head.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "mark" and c.lower_ in _lex().earlier_frames for c in tok.children):
        return None
    return counted_back(tok, tok.head, ctx)


#: Adverbs that, after a count of days ("a day earlier", "two days later"), place the clause's event that far from the
#: day of the clause it is told in.
_COUNT_ADVERBS = {"earlier": -1, "later": 1}


def _count_of(head: Token, ctx: _Ctx) -> tuple[int, TimeExpr] | None:
    """head (Token): a word that may hold a count as its ``npadvmod`` child. ctx (_Ctx): the doc's context.
    RETURNS (tuple[int, TimeExpr] | None): the count in days ("a day": 1, "two weeks": 14) and its expression."""
    for c in head.children:
        if c.dep_ != "npadvmod":
            continue
        x = next((x for t in c.subtree if (x := ctx.times.get(t.i)) is not None), None)
        m = re.fullmatch(r"P(\d+)([DW])", x.value or "") if x is not None else None
        if x is not None and m is not None:
            return int(m.group(1)) * (7 if m.group(2) == "W" else 1), x
    return None


def _days_written(tokens: list[Token], ctx: _Ctx) -> set[str]:
    """tokens (list[Token]): words. ctx (_Ctx): the doc's context. RETURNS (set[str]): the calendar days (YYYY-MM-DD)
    their time expressions name."""
    days = set()
    for t in tokens:
        x = ctx.times.get(t.i)
        if x is not None and x.type in ("DATE", "TIME") and x.value and re.match(r"\d{4}-\d{2}-\d{2}", x.value) \
                and x.start >= ctx.dateline_end:
            days.add(x.value[:10])
    return days


def _apposed_day(noun: Token, ctx: _Ctx) -> TimeExpr | None:
    """noun (Token): the head of a relative clause. RETURNS (TimeExpr | None): the day a bare "the day" set off by a comma
    right after a day stands for ("on Monday, the day ASEAN ministers open their meeting"), else None."""
    if noun.lower_ not in ("day", "date") or noun.dep_ not in ("npadvmod", "appos") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    k = noun.left_edge.i - 1
    if k < 1 or ctx.doc[k].text != ",":
        return None
    t = ctx.times.get(k - 1)
    return t if t is not None and t.type == "DATE" and t.value and t.value[0] != "P" else None


def _counted_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "said on Tuesday that it had test-fired a missile a day earlier": a count of days with "earlier"/"later" on a
    reported clause puts its event that far from the day of the clause it is told by (the Monday); "announced on
    Wednesday evening that he was withdrawing, a day after he met X": a count on an "after" clause puts it that far
    before the day of its main clause, also when the parser makes that clause the sentence's root (the day written
    before the count, when exactly one is). None otherwise (a count alone is a length, no date).

    tok (Token): the event's trigger. ctx (_Ctx): the doc's context. RETURNS (DateValue | None): the counted day.
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for adv in tok.children:
        sign = _COUNT_ADVERBS.get(adv.lower_) if adv.dep_ == "advmod" else None
        count = _count_of(adv, ctx) if sign is not None else None
        if sign is None or count is None or tok.dep_ not in ("ccomp", "conj") \
                or adv.i + 1 < len(ctx.doc) and ctx.doc[adv.i + 1].lower_ == "than":
            continue
        own = {t.i for t in tok.subtree}
        if tok.dep_ == "conj":  # "will hold talks in Lagos on June 20 and travel to Abuja two days later": from the
            # day of the verb it is conjoined to
            told = [t for c in tok.head.children if c.i not in own and c.dep_ not in ("conj", "nsubj") for t in c.subtree]
        else:
            told = [t for c in tok.head.children if c.i not in own for t in c.subtree]
        days = _days_written(told, ctx)
        if len(days) == 1:
            what = "the day of the act it follows" if tok.dep_ == "conj" else "the day of the clause it is told in"
            return _moved_day(days.pop(), sign * count[0], f"{count[1].text} {adv.text}", what)
    if not any(c.dep_ == "mark" and c.lower_ in _lex().earlier_frames for c in tok.children) \
            or (count := _count_of(tok, ctx)) is None:
        return None
    if tok.dep_ == "advcl":
        return None  # read by :func:`_counted_clause_day` from its main clause's own date
    if tok.dep_ != "ROOT":
        return None
    first = min(t.i for c in tok.children if c.dep_ == "npadvmod" for t in c.subtree)
    days = _days_written(list(tok.doc[tok.sent.start : first]), ctx)
    if len(days) != 1:
        return None
    mark = next(c.text for c in tok.children if c.dep_ == "mark")
    return _moved_day(days.pop(), -count[0], f"{count[1].text} {mark}", "the main clause's day")


def _moved_day(day: str, days: int, text: str, what: str) -> DateValue:
    """day (str): YYYY-MM-DD. days (int): days to move it by. text (str): the count's words. what (str): what the day
    is. RETURNS (DateValue): the moved day, with a note."""
    value = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    n = abs(days)
    return DateValue(value, "day", text, note=f"{n} day{'s' if n != 1 else ''} {'after' if days > 0 else 'before'} {what} ({day})")


def counted_back(frame: Token, main_verb: Token, ctx: _Ctx, suffix: str = "",
                 count_word: Token | None = None) -> DateValue | None:
    """The day a count of days or weeks under ``frame`` ("two days after", "a week before") puts before
    ``main_verb``'s own day.

    frame (Token): the word whose ``npadvmod`` child holds the count (the "after" preposition or the clause's verb).
    main_verb (Token): the main clause's verb. suffix (str): words added to the count in the date's text ("after").
    count_word (Token | None): the count's own head word, when it hangs elsewhere ("a day" set off as an apposition).
    RETURNS (DateValue | None): the day; None without a count or a main day of calendar precision.
    """
    holders = [count_word] if count_word is not None else [c for c in frame.children if c.dep_ == "npadvmod"]
    count = next((x for c in holders for t in c.subtree if (x := ctx.times.get(t.i)) is not None), None)
    m = re.fullmatch(r"P(\d+)([DW])", count.value or "") if count is not None else None
    if count is None or m is None:
        return None
    main = _date(main_verb, head_chain(main_verb), ctx)
    span = main.interval() if main.precision in ("day", "time") and main.value else None
    if span is None:
        return None
    days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    day = span[0] - timedelta(days=days)
    text = f"{count.text} {suffix}" if suffix else count.text
    return DateValue(day.isoformat(), "day", text,
                     note=f"{days} day{'s' if days != 1 else ''} before the main clause's day ({span[0].isoformat()})")


def _called_for_day(cand: Token, tok: Token) -> bool:
    """cand (Token): a token of a time expression. tok (Token): a verb trigger. RETURNS (bool): the verb calls an event
    of its object (``event_object_actions`` of ``triggers.json`` read by its ``object_words_action``: "called a snap
    election") and the time is in its "for" or "from" phrase: the called event's day, not the call's."""
    entry = _lex().verbs.get(tok.lemma_.lower(), {})
    called = set(load_data("triggers.json")["event_object_actions"])
    if tok.pos_ != "VERB" or not any(entry.get("object_words_action", {}).get(c.lower_) in called
                                     for c in tok.children if c.dep_ == "dobj"):
        return False
    return any(a.dep_ == "prep" and a.lower_ in ("for", "from") and a.head.i in (tok.i, *(c.i for c in tok.children))
               for a in cand.ancestors)


def _announcement_day(cand: Token, t: TimeExpr, tok: Token, ctx: _Ctx) -> bool:
    """Whether a day phrase on an announcing verb is the announcement's, not its event noun's: "The union had called the
    strike on August 28" (an ``announcing_verbs`` verb told in the past with the event noun as its object, as
    ``status._announced`` reads it: a plan) on a day not after the publication day, hung on the verb, not on the noun
    ("a strike starting on Monday") nor in a "for" or "from" phrase ("called a strike for September 14", "called a
    nationwide strike from Monday": the strike's day).

    cand (Token): a token of the time expression. t (TimeExpr): the expression. tok (Token): the event's trigger.
    ctx (_Ctx): the doc's index. RETURNS (bool): True when the day is the announcement's.
    """
    if not _announced(tok) or not told_past(tok.head) or ctx.anchor is None:
        return False
    verb = tok.head
    if not verb.left_edge.i <= cand.i <= verb.right_edge.i or tok.left_edge.i <= cand.i <= tok.right_edge.i \
            or any(a.dep_ == "prep" and a.lower_ in ("for", "from") for a in cand.ancestors if a.i > verb.i) \
            or any(a.dep_ in ("advcl", "acl", "xcomp") and a.lemma_.lower() in ("start", "begin", "commence")
                   for a in cand.ancestors if a.i > tok.i and verb in a.ancestors):
        return False  # "a strike starting on Monday", "a strike for Monday": the noun's own day (so is "called a strike
        # starting on Wednesday", the participle hung on the verb)
    span = time_to_date(t).interval()
    return span is not None and span[1] <= ctx.anchor


def _earlier_mention_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "... called off a general strike that had been set to begin on Monday. The union had called the strike on August
    28": a definite event noun whose day phrase was its announcement's takes the day of the same noun told last before
    its sentence, when that mention's own words date it to a day.

    tok (Token): the event noun. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): that day with a note, None when there is no such mention or day.
    """
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    prior = next((t for t in reversed(ctx.doc[: tok.sent.start]) if t.lower_ == tok.lower_ and t.pos_ == "NOUN"), None)
    if prior is None or prior.idx < ctx.dateline_end:
        return None
    when = _date(prior, head_chain(prior), ctx)
    if when.precision not in ("day", "time") or not when.value:
        return None
    return replace(when, note=f"the day of the {tok.lower_} told before; '{tok.head.text}' on its own day")


def _retold_act_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "... after the union and the government signed a wage agreement late on Friday. X and Y signed the deal after
    two days of talks": a past verb whose object is a definite noun ("the deal"), told with no day, takes the day of the
    same verb in one of the two sentences before, when that verb's own clause dates it to a day; so does a passive
    told "also" ("Police arrested X in Skopje on Sunday. Three other people were also arrested").

    tok (Token): a verb trigger. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): that day with a note, else None.
    """
    also = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children)  # "Three other people were also
    # arrested": the same act, on the day told before
    if tok.pos_ != "VERB" or not also and (tok.tag_ != "VBD" or not any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
            for c in tok.children)):
        return None
    sents: list[Span] = []
    start = tok.sent.start
    while start > 0 and len(sents) < 2:
        sents.append(ctx.doc[start - 1].sent)
        start = sents[-1].start
    for sent in sents:
        prior = next((t for t in reversed(list(sent)) if t.pos_ == "VERB" and t.lemma_ == tok.lemma_
                      and t.idx >= ctx.dateline_end), None)
        if prior is None:
            continue
        when = _date(prior, head_chain(prior), ctx)
        if when.precision in ("day", "time") and when.value:
            return replace(when, note=f"the day '{prior.text}' was told before")
    return None


def _same_judgment_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "A Nairobi court on Thursday found X guilty ... The magistrate acquitted his co-accused, Y and Z": a verdict
    verb in the past, told with no day right after a sentence whose verdict verb its own clause dates to a day, is
    given in the same judgment, that day.

    tok (Token): a verb trigger. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): that day with a note, else None.
    """
    verbs = _lex().verbs
    if tok.pos_ != "VERB" or tok.tag_ != "VBD" or verbs.get(tok.lemma_.lower(), {}).get("action") != "verdict" \
            or tok.sent.start == 0:
        return None
    before = ctx.doc[tok.sent.start - 1].sent
    prior = next((t for t in before if t.pos_ == "VERB" and t.tag_ == "VBD" and t.idx >= ctx.dateline_end
                  and verbs.get(t.lemma_.lower(), {}).get("action") == "verdict"), None)
    if prior is None:
        return None
    when = _date(prior, head_chain(prior), ctx)
    return replace(when, note=f"the day of the judgment told before ('{prior.text}')") \
        if when.precision in ("day", "time") and when.value else None


@cache
def _telling_verbs() -> frozenset[str]:
    """Verbs a clause is told by: the reporting verbs (``triggers.json``) and the denial verbs (``denied_verbs`` of
    ``status_cues.json``: "denied on Tuesday that he would visit Seoul" is the day of the denial)."""
    return _lex().reporting | frozenset(load_data("status_cues.json")["denied_verbs"])


def _season_modifier(cand: Token, t: TimeExpr, ctx: _Ctx) -> bool:
    """cand (Token): a word of a season's time expression. t (TimeExpr): the expression. ctx (_Ctx): the doc's index.
    RETURNS (bool): its season word
    modifies a noun after it ("the winter exercise", "a summer session") and the sentence tells a month or day of its
    own: a kind of thing, no time of the event."""
    span = cand.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not any(w.dep_ in ("amod", "compound", "nmod") and w.head.pos_ == "NOUN" and w.head.i >= span.end
                               for w in span):
        return False
    return any((x := ctx.times.get(w.i)) is not None and x is not t and x.type == "DATE" and x.value is not None
               and re.match(r"\d{4}-\d{2}", x.value) is not None for w in cand.sent)
    # (only beside a month or day of its own: "suspended the spring drills" in 2019 were that spring's)


def _trailing_content_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "Mexico will reopen its embassy in Quito on June 29, and Ecuador is due to reopen its embassy in Mexico City two
    days later, on July 1, the statement said": a calendar day right after the trigger's own clause, which the parser
    hung on a word above it (the first conjunct, the reporting verb), in content told before its teller, is the
    trigger's day (never the day it was said: the teller comes after it). None otherwise."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    verb = next((t for t in tok.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in _telling_verbs()), None)
    if verb is None or verb.i < tok.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < tok.i:
        return None
    end = max(t.i for t in tok.subtree)
    for p in (p for a in tok.ancestors for p in a.children):
        if p.dep_ != "prep" or p.lower_ not in ("on", "in") or not end < p.i <= end + 2 or p.i >= subject.left_edge.i \
                or p.doc[p.i - 1].text != ",":
            continue  # (set off by a comma: "two days later, on July 1,"; never "pulled out of the summit in New Delhi
            # on Friday ..., his office said": the decision's day)
        for g in p.subtree:
            t = ctx.times.get(g.i)
            if t is not None and t.type == "DATE" and t.value and t.value[:1].isdigit() and len(t.value) >= 10:
                return time_to_date(t)
    return None


def _reporting_verb_day(cand: Token, tok: Token) -> bool:
    """Whether a day phrase the parser hung on the trigger's clause stands between the reporting or denying verb that
    clause is told by and the clause's own subject ("X said [on Tuesday] he would not attend ...", "X denied [on
    Tuesday] that he would visit ..."): the day it was said."""
    verb = _verb_of(tok)
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _telling_verbs() or not verb.head.i < cand.i < verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and cand.i < subject.left_edge.i  # (not "said the May 7 meeting had lasted": the
    # subject's own day)


@cache
def _asking_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``object_control_verbs`` of ``triggers.json`` (verbs that ask their object to act;
    not the implicative ones, "forced him to resign", whose act is done then)."""
    return frozenset(load_data("triggers.json")["object_control_verbs"])


def _control_verb_day(cand: Token, tok: Token) -> bool:
    """Whether a day phrase is told on a past ``object_control_verbs`` verb whose infinitive the trigger's clause is,
    outside that infinitive ("President X on Thursday invited Y to visit Kenya", "the judge on Thursday directed the
    commission and the union to resume talks"): the day of the invitation or order, not of the act it asks for."""
    verb = _verb_of(tok)
    head = verb.head
    return verb.dep_ == "xcomp" and head.tag_ == "VBD" and head.lemma_.lower() in _asking_verbs() \
        and not verb.left_edge.i <= cand.i <= verb.right_edge.i and any(cand.head.i in (v.i, *(
            c.i for c in v.children if c.dep_ == "prep")) for v in (head, *([head.head] if head.dep_ == "conj" else [])))
    # (a day told on the verb it is conjoined to: "on Thursday barred the union from ... and directed ...")


def _denied_content_day(cand: Token, tok: Token) -> bool:
    """Whether a day phrase lies outside the trigger's clause when that clause is what a denial denies: the content of a
    ``denied_verbs`` verb ("denied that X had met Y") or of a report noun that is its object ("denied a report that X
    had met Y in custody"). That day is the denial's, never the denied event's."""
    verb = _verb_of(tok)
    if verb.dep_ not in ("acl", "ccomp") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ == "NOUN" and head.lower_ in report_nouns() and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in denied_verbs() and not verb.left_edge.i <= cand.i <= verb.right_edge.i


def _with_attribution_day(tok: Token, order: list[Token], ctx: _Ctx) -> list[Token]:
    """ "will travel to Kumasi, the capital of the region, on Nov. 5, the palace said": a day phrase right after the
    trigger's clause that the parser hung on the closing attribution's reporting verb is the trigger's own day; it is
    read after the trigger's own words and before the words of the verbs its clause hangs on."""
    if tok.pos_ not in ("VERB", "AUX"):
        return order
    j = tok.right_edge.i + 1
    while j < len(ctx.doc) and ctx.doc[j].is_punct and ctx.doc[j].text != ".":
        j += 1
    if j >= len(ctx.doc) or ctx.doc[j].sent.start != tok.sent.start:
        return order
    stray = ctx.doc[j]
    while stray.dep_ not in ("prep", "npadvmod") and stray.head.i > stray.i and ctx.times.get(stray.i) is not None \
            and ctx.times.get(stray.head.i) is ctx.times.get(stray.i):
        stray = stray.head  # "later this month, the office said": the phrase's head hangs on the verb
    verb = stray.head
    if stray.dep_ not in ("prep", "npadvmod") or verb.i <= j or verb.lemma_.lower() not in _lex().reporting \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and j < c.i < verb.i for c in verb.children):
        return order
    words = list(stray.subtree)
    if not any(ctx.times.get(t.i) is not None for t in words):
        return order
    own = {t.i for t in tok.subtree}
    k = next((n for n, t in enumerate(order) if t.i not in own), len(order))
    return [*order[:k], *words, *order[k:]]


def _where_clause_host_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "The last leg will take him to Quito on Nov. 23, where he is expected to meet X before flying back on Nov. 25":
    an undated event told in a "where" clause on a place is on the day of the clause that place belongs to (told in the
    same tense: not "flew to Tokyo, where he is scheduled to meet X")."""
    clause = tok
    path = [tok]
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
        path.append(clause)
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for t in path for c in t.children):
        return None
    place = clause.head  # the place, or the day the parser hung the clause on ("to Quito on Nov. 23, where ...")
    if ctx.places.get(place.i) is None and ctx.times.get(place.i) is None:
        return None
    main = _verb_of(place)
    if main.i == place.i or main.i == tok.i or told_past(main) != told_past(clause):
        return None
    when = _date(main, [main], ctx)
    return replace(when, note="the day of the clause its 'where' clause hangs on") if when.value else None


def _there_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "will then travel to Chiclayo and celebrate Mass there on Nov. 22": an undated journey with a conjoined verb
    told "there" on a day or time of its own is there by then (a later leg never takes the trip's first day). The parser may hang the conjoined verb on a "where" clause of the
    destination ("fly to Chiclayo, where he served as bishop, and celebrate Mass there on Monday"): a bare infinitive
    there, under a clause of another tense, is the journey's own conjunct."""
    conjuncts = [c for c in tok.children if c.dep_ == "conj"]
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        conjuncts += [c for t in _own_clause(tok) if ctx.places.get(t.i) is not None for r in t.children
                      if r.dep_ == "relcl" and any(w.lower_ == "where" for w in r.children) and r.tag_ != "VB"
                      for c in r.children if c.dep_ == "conj" and c.tag_ == "VB"
                      and not any(a.dep_ in ("aux", "nsubj") for a in c.children)]
    for conj in conjuncts:
        if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in conj.children):
            continue
        for c in conj.children:
            if c.dep_ not in ("prep", "npadvmod", "tmod"):
                continue
            for g in c.subtree:
                x = ctx.times.get(g.i)
                if _point(x) and x is not None:
                    return replace(time_to_date(x), note=f"the day its conjoined '{conj.text}' is there")
    return None


#: Dependencies by which a time expression modifies a noun ("the 2026 budget", "this year's review").
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nummod", "nmod"})


#: A year written across two ("2025/26", "2025-26"): a fiscal or school year, which names a thing, never an event's day.
_SPLIT_YEAR = re.compile(r"(?:FY\s?)?\d{4}\s?[/\u2013-]\s?\d{2}(?:\d{2})?")


def _names_a_thing(cand: Token, tok: Token, chain: list[Token], ctx: _Ctx) -> bool:
    """Whether the time expression at ``cand`` modifies a noun that is neither the trigger, nor a word of its chain, nor
    an event noun ("the May 5 summit" keeps its day): "a vote on the 2026 budget", "preparations for the 2030 World
    Cup", "this year's review", "the budget for the coming fiscal year" name a thing by its year and date no event."""
    t = ctx.times.get(cand.i)
    if t is None:
        return False
    inside = {i for i in range(max(cand.sent.start, cand.i - 8), min(cand.sent.end, cand.i + 8)) if ctx.times.get(i) is t}
    roots = [ctx.doc[i] for i in inside if ctx.doc[i].head.i not in inside or ctx.doc[i].head.i == i]
    if len(roots) != 1:
        return False
    root = roots[0]
    head = root.head
    if root.dep_ in _NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and _SPLIT_YEAR.fullmatch(t.text):
        return True  # "will deliver the 2025/26 budget speech on Thursday, June 12": a fiscal year names the budget,
        # whichever noun the parser hangs it on
    if root.dep_ == "pobj" and head.lower_ in ("for", "of") and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        root, head = head, head.head  # "will vote on the budget for the coming fiscal year on Thursday": the budget's year
    elif root.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    if head.pos_ not in ("NOUN", "PROPN") or head.i == tok.i:
        return False
    if head.i in {c.i for c in chain} or head.lower_ in _lex().nouns or head.i in ctx.trigger_ids:
        return False
    if head.lower_ in _possessed_occasions():
        return False  # "cancelled his trip to Oslo for Saturday's wedding": the occasion's day, the trip's
    return not _DAY_WORDS.fullmatch(head.lower_) and head.lower_ not in _parts_of_day()  # ("on the night of Oct. 15":
    # that day, its night)


@cache
def _possessed_occasions() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``possessive_event_nouns`` of ``time_en.json`` ("wedding", "inauguration"): occasions
    whose day is an event's, never a thing's name."""
    return frozenset(load_data("time_en.json")["possessive_event_nouns"])


@cache
def _parts_of_day() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``parts_of_day`` of ``time_en.json`` ("evening", "night"), the words a date's "of"
    phrase may hang on ("on the evening of July 23": that day)."""
    return frozenset(load_data("time_en.json")["parts_of_day"])


def _relative_plan_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "A round of talks, which was set to take place in Muscat on June 15, was cancelled": an event noun whose
    relative clause tells its plan (an ``overtaken_plan_words`` word) is on that clause's day (also the plan clause on
    its thing when the noun is put off: "postponed the launch of its S1 smartphone, which had been set for Tuesday")."""
    put_off = tok.dep_ in ("dobj", "nsubjpass") and verb_cue(tok.head) == "postponed"
    clause = relative_plan_clause(tok, put_off=put_off)
    main = tok
    for _ in range(3):
        if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
            break
        main = main.head
    if clause is not None and main.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in ("now", "instead")
                                                                 for c in main.children):
        return None  # "The summit that Togo had planned to hold next Thursday will now take place on May 21", "...,
        # originally scheduled for Tuesday, were held on Wednesday instead": the old day
    if clause is None:
        return None
    if any(_in_superseded_clause(g, tok) for g in clause.subtree) and _own_later_day(tok, clause, ctx):
        return None  # "The strike, first planned for Feb. 9, began on Thursday": the day given up, not the event's
    for g in clause.subtree:
        x = ctx.times.get(g.i)
        if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
            planned = time_to_date(x)
            if (moved := next((m for v in (main, *(t for t in clause.subtree if t.pos_ == "VERB"))
                               if (m := _moved_by(planned, v, ctx)) is not None), None)) is not None:
                # ("by one week" as the parser hangs it: on the change, or at the clause's end on its verb)
                return moved  # "postponed a strike that was due to start on Monday by one week": a week after Monday
            return _clause_span(clause, g, replace(planned, note=PLANNED_DAY_NOTE), ctx)
    return None


def _own_later_day(tok: Token, clause: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun, a subject. clause (Token): a clause on it. RETURNS (bool): the noun's verb has a phrase
    after the clause with a date of its own ("..., began on Thursday"; not a length: "was delayed for a year")."""
    verb = tok.head
    return any(c.dep_ in ("prep", "npadvmod") and c.i > clause.right_edge.i and any(
        (x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
        for g in c.subtree) for c in verb.children)


def _moved_by(planned: DateValue, verb: Token, ctx: _Ctx) -> DateValue | None:
    """planned (DateValue): the day a relative clause planned. verb (Token): the verb of the noun's change.
    RETURNS (DateValue | None): that day moved by the days or weeks of the verb's "by" phrase (:func:`plans._shifted_by`,
    :func:`~dateline.model.shifted_date`), else None."""
    shift = _shifted_by(verb, ctx)
    return shifted_date(replace(planned, end_value=None), shift) if shift is not None else None


@cache
def _ending_verbs() -> frozenset[str]:
    """Verbs that tell an event's end ("end", "conclude", "close": ``ending_verbs`` of ``families.json``)."""
    return frozenset(load_data("families.json")["ending_verbs"])


def _clause_span(clause: Token, cand: Token, when: DateValue, ctx: _Ctx) -> DateValue:
    """ "a round of negotiations, which began on Tuesday and is set to end on Jan. 30": a clause dating an event's start
    that also tells its end by an ending verb (``ending_verbs``) with a later day is a span from the one to the other.

    clause (Token): the clause's verb. cand (Token): a word of the start's time expression. when (DateValue): the start.
    ctx (_Ctx): the doc's index. RETURNS (DateValue): the span, else ``when`` unchanged.
    """
    first = when.interval() if when.precision == "day" and not when.end_value else None
    if first is None:
        return when
    for verb in clause.subtree:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ending_verbs() or verb.i < cand.i:
            continue
        for g in _own_clause(verb):
            x = ctx.times.get(g.i)
            last = time_to_date(x) if _point(x) and x is not None and x.precision == "day" else None
            span = last.interval() if last is not None and not last.end_value else None
            if last is not None and span is not None and span[0] > first[0]:
                return replace(when, end_value=last.value, text=f"{when.text} .. {last.text}")
    return when


def _conjoined_days(cand: Token, when: DateValue, ctx: _Ctx) -> DateValue:
    """ "hosted leaders in Xiamen on Thursday and Friday": a day with a later day conjoined by "and" (within a week) is a
    span from the first to the last."""
    first = ctx.times.get(cand.i)
    if when.precision != "day" or when.end_value is not None or first is None:
        return when
    for tok in ctx.doc[cand.i : min(cand.i + 4, len(ctx.doc))]:
        if ctx.times.get(tok.i) is not first:
            break
        for conj in tok.children:
            other = ctx.times.get(conj.i)
            if conj.dep_ != "conj" or other is None or other is first or not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
                continue
            end = time_to_date(other)
            a, b = when.interval(), end.interval()
            # "between May 31 and June 10" names a window of any length up to a month
            most = 31 if cand.i > 0 and ctx.doc[cand.i - 1].lower_ == "between" else 6
            if end.precision == "day" and a is not None and b is not None and 0 < (b[0] - a[0]).days <= most:
                return replace(when, end_value=end.value, text=f"{when.text} and {end.text}")
    return when


def _when_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "last visited Vietnam in June 2024, when he met President X in Hanoi": an undated event told in a "when" clause
    happened at the time of the clause it hangs on (read off that clause's verb); so does one told in an "as"/"while"
    clause in the same past tense ("approved the law on Thursday as thousands rallied outside the building")."""
    clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok  # ("as X held
    # talks with Y": the verb holding the talks)
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        clause = tok.head.head  # "as workers went on strike", "went ahead with a strike": the verb of the phrase
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        clause = tok.head  # "were shut on Thursday as a nationwide strike called by X began": the noun's own verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:  # "when he met X and signed ..."
        clause = clause.head
    mark = next((c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark") and c.i < clause.i
                 and c.lower_ in ("when", "as", "while")), None) if clause.dep_ in ("advcl", "relcl") else None
    if mark is None:
        return None
    main = clause.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or main.i == tok.i:
        return None
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in load_data("status_cues.json")["announcing_verbs"]:
        return None  # "..., its president said on Monday, as unions called a protest": the day it was called, not its own
    while mark != "when" and main.dep_ == "advcl" and main.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ in _lex().earlier_frames for c in main.children):
        main = main.head  # "approved the law on Thursday, a week after the court struck it down, as supporters rallied":
        # the parser hangs the "as" clause on the "after" clause, which tells an earlier moment
    tense = main.head if main.dep_ in ("acomp", "oprd") and main.head.pos_ in ("VERB", "AUX") else main  # ("Ferries
    # remained moored in Piraeus on Wednesday as seamen walked out": the tense of "remained")
    if mark != "when" and not (clause.dep_ == "advcl" and told_past(clause) and told_past(tense)):
        return None  # ("as" of a reason or a comparison, "while" of a contrast told in another tense)
    when = _date(main, [main], ctx)
    return replace(when, note=f"the time of the clause its '{mark}' clause hangs on") if when.value else None


#: Prepositions before "which" that open a relative clause at (or right after) its antecedent's time.
_WHICH_TIME_PREPS = frozenset({"after", "at", "during", "following"})


def _which_clause_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "The visit formally begins on Tuesday with a welcome ceremony, after which X will hold talks with Y": an undated
    event told in a relative clause opened by "after which", "at which", "during which" is on the day of the clause its
    antecedent belongs to (read off that clause's verb); only a day or an hour is a day to follow "after which".

    tok (Token): the trigger. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): that day with a note, or None.
    """
    clause = tok
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:  # "after which he met X and signed ..."
        clause = clause.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "talks" -> "hold"
    if clause.dep_ != "relcl":
        return None
    prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ in _WHICH_TIME_PREPS and c.i < clause.i
                 and any(w.dep_ == "pobj" and w.lower_ == "which" for w in c.children)), None)
    if prep is None:
        return None
    main = _verb_of(clause.head)
    if main.i == clause.i or main.pos_ not in ("VERB", "AUX"):
        return None
    when = _date(main, [main], ctx)
    if not when.value or prep.lower_ in ("after", "following") and when.precision not in ("day", "time"):
        return None  # "began in March, after which ...": any later time
    if prep.lower_ in ("after", "following") and when.precision == "time" and when.value:
        when = DateValue(when.value[:10], "day", when.text, None, None)  # "at 10 a.m., after which": that day, later
    return replace(when, note=f"the day of the clause its '{prep.text} which' follows")


def _where_day(tok: Token, ctx: _Ctx) -> DateValue | None:
    """ "will then travel to Ho Chi Minh City, where he will meet business leaders on Nov. 12": an undated event whose
    place has a "where" clause telling a day is there on that day (not "Riga, where he had studied in 1990", a perfect
    of another time, unless it tells a plan: "where she had been due to attend a conference next week")."""
    for t in _own_clause(tok):
        if ctx.places.get(t.i) is None or t.dep_ == "pobj" and t.head.lower_ == "from":
            continue  # "had flown in from Windhoek, where he met X on Monday": the day at the place left, before the flight
        for clause in t.children:
            if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.subtree):
                continue
            past_plan = any(c.dep_ in ("acomp", "xcomp") and c.lower_ in _plan_words() for c in clause.children)
            if any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children) and not past_plan:
                continue  # (but "cancelled a planned trip to Panama City, where she had been due to attend a
                # conference next week": the plan's day)
            if told_past(_verb_of(tok)) != told_past(clause):
                continue  # "flew on to Tokyo, where he is scheduled to meet X on Saturday": the plan's day, not the flight's
            for g in clause_tokens(clause, _OTHER_CLAUSES - {"xcomp", "conj"}):  # (not "where the two signed the agreement, which raises
                # pay by 9 percent this year": a day of the agreement's own clause)
                x = ctx.times.get(g.i)
                if x is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P" and x.value not in _REF_VALUES:
                    return replace(time_to_date(x), note="the day of its place's 'where' clause")
    return None


def _verb_of(tok: Token) -> Token:
    """The verb a trigger is told by: itself, else the verb its noun hangs on ("talks in Tokyo": "held")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def told_past(verb: Token) -> bool:
    """Whether a verb is told in a past tense: a past form ("flew"), or a past auxiliary ("was scheduled", "had met",
    "did not go"), or a bare participle conjoined to such a passive ("was acquitted and released"); not "is
    scheduled", "will meet"."""
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.pos_ == "VERB" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # "as thousands of teachers protested outside": a past form the tagger read as a participle
    if past_conjunct_participle(verb):
        return True  # "met on Thursday and appointed director X as chair": a past form read as a participle
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def span_day(when: DateValue, tok: Token) -> DateValue:
    """ "will visit Vietnam from Dec. 8 to 10 and attend a forum in Da Nang on the last day": an event dated by a span of
    days whose own clause says which day of it ("on the last/first/second day", ``span_day_ordinals``) is on that day.

    when (DateValue): the event's date. tok (Token): its trigger.
    RETURNS (DateValue): that day of the span, else ``when`` unchanged.
    """
    span = when.interval() if when.end_value and when.precision == "day" else None
    if span is None:
        return when
    ordinals = _lex().span_days
    for t in _own_clause(tok):
        if t.lower_ not in ("day", "days") or t.dep_ != "pobj" or t.head.lower_ != "on":
            continue
        word = next((c for c in t.children if c.dep_ == "amod" and c.lower_ in ordinals), None)
        if word is None:
            continue
        n = ordinals[word.lower_]
        first, last = span
        day = last if n < 0 else first + timedelta(days=n - 1)
        if day > last:
            return when
        return DateValue(day.isoformat(), "day", f"on the {word.text} day", None,
                         f"day {n if n > 0 else 'last'} of the span {first.isoformat()}..{last.isoformat()}")
    return when


_OTHER_CLAUSES = frozenset({"conj", "advcl", "relcl", "ccomp", "xcomp", "acl", "parataxis"})


def _own_clause(tok: Token) -> list[Token]:
    """The trigger's own words: its subtree, not another verb's clause (a conjoined or subordinate event)."""
    return clause_tokens(tok, _OTHER_CLAUSES)


_DAY_WORDS = re.compile(r"\d{1,2}[/.-]\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                        r"today|tonight|tomorrow|yesterday|day|week|month|year)", re.IGNORECASE)


def _on_sentence_day(when: DateValue, tok: Token, ctx: _Ctx) -> DateValue:
    """ "On Friday he will address a forum before departing for Brasilia at 2 p.m.": a clock time written without a
    day (read on the publication day) is on the day its sentence names, when it names exactly one."""
    if when.precision != "time" or not when.value or "T" not in when.value or _DAY_WORDS.search(when.text or ""):
        return when
    days = {x.value for i in range(tok.sent.start, tok.sent.end) if (x := ctx.times.get(i)) is not None and x.value
            and x.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value)}
    if len(days) != 1:
        return when
    day = days.pop()
    return replace(when, value=day + when.value[10:], note=f"clock time on the sentence's day {day}")


def _in_reason(cand: Token, tok: Token) -> bool:
    """cand (Token): a word of a time expression near the trigger. tok (Token): the trigger. RETURNS (bool): the time is
    told inside a reason phrase that does not hold the trigger ("because of a reshuffle announced on March 3",
    :func:`reasons.in_reason`), or in a reduced relative of a telling verb on a noun ("a reshuffle announced on March
    3"): the day of another thing."""
    if in_reason(cand, tok):
        return True
    inside = {t.i for t in tok.subtree}
    node = cand
    while node.head.i != node.i and node.i not in inside:
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.lemma_.lower() in _telling_verbs():
            return True
        node = node.head
    return False


@cache
def accusing_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``accusing_verbs`` of ``triggers.json`` ("charge", "indict")."""
    return frozenset(load_data("triggers.json")["accusing_verbs"])


def _in_accusation(cand: Token, tok: Token) -> bool:
    """cand (Token): a word of a time expression. tok (Token): the trigger. RETURNS (bool): the trigger is an
    ``accusing_verbs`` verb and the time is inside its "with"/"for"/"over"/"of" phrase ("accused X of approving loans
    between 2019 and 2021": the offence's time, when it is a year or a month: the caller checks)."""
    if tok.lemma_.lower() not in accusing_verbs():
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("with", "for", "over", "of") and p.left_edge.i <= cand.i <= p.right_edge.i
               for h in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for p in h.children)  # (also "accuse X, a
    # former official, of ...", the parser's "of" on X)


def _weekday_told(t: TimeExpr) -> bool:
    """t (TimeExpr): a time expression. RETURNS (bool): it names a day of the week ("on Monday", "last Tuesday": the
    time tagger's weekday names)."""
    weekdays = load_lexicon().weekdays
    return any(w in weekdays for w in re.findall(r"[a-z]+", t.text.lower()))


def _starting_day(when: DateValue, chain: list[Token], ctx: _Ctx) -> DateValue | None:
    """when (DateValue): the date found, coarser than a day ("later this month"). chain (list[Token]): the trigger and
    its heads. ctx (_Ctx): the doc's index. RETURNS (DateValue | None): the day inside it that a "beginning"/"starting"
    clause on a verb of the chain names ("will make a visit to Ecuador later this month, beginning on June 15": June
    15), else None."""
    span = when.interval()
    if span is None or when.precision in ("day", "time"):
        return None
    for head in chain:
        for clause in head.children:
            if clause.dep_ != "advcl" or clause.lemma_.lower() not in ("begin", "start"):
                continue
            for t in clause.subtree:
                x = ctx.times.get(t.i)
                day = time_to_date(x) if x is not None and x.type == "DATE" and x.precision == "day" else None
                if day is not None and (inside := day.interval()) is not None and span[0] <= inside[0] <= span[1]:
                    return day
    return None


def _content_start(cand: Token, tok: Token) -> bool:
    """cand (Token): a word of a time expression near the trigger. tok (Token): the trigger. RETURNS (bool): the time is
    the object of a "from" phrase inside the trigger's own to-infinitive complement ("voted to raise defence spending
    [from next year]"): when what the act decides takes effect, not the act's day."""
    node = cand
    while node.head.i != node.i and node.i != tok.i:
        if node.dep_ == "prep" and node.lower_ == "from":
            verb = node.head
            while verb.dep_ == "conj" and verb.head.i != tok.i:
                verb = verb.head
            return verb.dep_ == "xcomp" and verb.head.i == tok.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        node = node.head
    return False


def _in_content_participle(cand: Token, tok: Token) -> bool:
    """cand (Token): a word of a time expression near the trigger. tok (Token): the trigger. RETURNS (bool): the time is
    told inside an '-ing' participle that describes a noun other than the trigger and no event noun ("signed a
    declaration [setting a common tariff from July 1]", "a pact [committing them to joint training from next
    year]"): the day of the thing the noun says, not of the event (a participle on the trigger noun or on another
    event noun, "a visit starting on Monday", keeps its day)."""
    return _in_thing_participle(cand, tok, "VBG")


def _topic_of(noun: Token, tok: Token) -> bool:
    """noun (Token): a noun a time possesses ("next month's summit"). tok (Token): a trigger. RETURNS (bool): the noun is
    another event (an event noun, not the trigger) inside a topic phrase (``topic_preps`` of ``time_en.json``) hanging on
    the trigger: what the act is about, whose time is not the act's."""
    if noun.i == tok.i or noun.lower_ not in _lex().nouns:
        return False
    node = noun
    while node.head.i != node.i and node.head.i != tok.i:
        node = node.head
    return node.head.i == tok.i and node.dep_ == "prep" and node.lower_ in _topic_preps()


@cache
def _topic_preps() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``topic_preps`` of ``time_en.json`` ("on", "about")."""
    return frozenset(load_data("time_en.json")["topic_preps"])


def _in_thing_participle(cand: Token, tok: Token, tag: str) -> bool:
    """cand (Token): a word near the trigger. tok (Token): the trigger. tag (str): a participle's tag ("VBG", "VBN").
    RETURNS (bool): the word lies inside a participle of that tag that describes a noun other than the trigger and no
    event noun, and that does not hold the trigger."""
    node = cand
    while node.head.i != node.i and node.i != tok.i:
        if node.dep_ == "acl" and node.tag_ == tag and node.head.i != tok.i and node.head.pos_ in ("NOUN", "PROPN") \
                and node.head.lower_ not in _lex().nouns and not node.left_edge.i <= tok.i <= node.right_edge.i:
            return True
        node = node.head
    return False


#: Words that make a time expression point back from the article's day ("last week", "two days ago").
_PAST_WORDS = frozenset({"last", "ago", "earlier", "yesterday", "previous", "past"})


def _past_participle_of_object(cand: Token, t: TimeExpr, tok: Token, ctx: _Ctx) -> bool:
    """cand (Token): a word of a time expression. t (TimeExpr): its expression. tok (Token): a verb trigger told ahead
    ("will", "would", "shall" or an infinitive). ctx (_Ctx): the doc's index. RETURNS (bool): the time lies before the
    article's day, says so (``_PAST_WORDS``), and is told inside a past participle describing a noun other than the
    trigger and no event noun ("will veto [the pension bill passed by Congress last week]", "will sign the agreement
    reached last week"): the day of what made the noun, not of the act ahead."""
    span = timex_interval(t.value)
    if not _PAST_WORDS.intersection(t.text.lower().split()):
        return False  # (a bare weekday may be the act's: "will hear the petition filed by X on Monday")
    if tok.pos_ != "VERB" or ctx.anchor is None or span is None or span[1] >= ctx.anchor \
            or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "to") for c in tok.children):
        return False
    return _in_thing_participle(cand, tok, "VBN")


def framed_span_noun(tok: Token, when: DateValue, ctx: _Ctx) -> Token | None:
    """ "will leave for Japan on Tuesday at the start of a six-day tour", "will fly to Hanoi on Monday for a three-day
    visit": a verb trigger dated by a day whose span of days comes only from the length of a trip or event noun the
    verb frames (a duration modifying a noun in the verb's own words that is not the trigger): the span is that noun's
    (its framed visit); the verb's own event is on the day.

    tok (Token): the trigger. when (DateValue): its date. ctx (_Ctx): the doc's index.
    RETURNS (Token | None): the noun whose length made the span, or None (no span, or a span written as days:
    "from April 7 to 9").
    """
    if tok.pos_ != "VERB" or not when.end_value or when.precision != "day":
        return None
    for t in _own_clause(tok):
        x = ctx.times.get(t.i)
        if x is None or x.type != "DURATION" or not x.value or not re.fullmatch(r"P\d+[DW]", x.value):
            continue
        noun = t
        while noun.dep_ in ("amod", "compound", "nummod", "npadvmod") and noun.head.i != noun.i and noun.pos_ != "NOUN":
            noun = noun.head
        if noun.dep_ in ("amod", "compound", "nummod"):
            noun = noun.head
        if noun.i != tok.i and noun.pos_ == "NOUN" and noun.dep_ == "pobj":
            return noun
    return None


def _comparison(end: int, ctx: _Ctx) -> bool:
    """Whether the time expression ending at character ``end`` is compared with "than" ("a day earlier than planned")."""
    span = ctx.doc.char_span(end, end + 5, alignment_mode="contract")
    return span is not None and len(span) > 0 and span[0].lower_ == "than"


#: How many sentences after a dated contact a bare "later" may stand and still be that day, when the sentences
#: between tell no event (a quote, a comment).
_LATER_REACH = 3


def _act_verb(ev: Event, ctx: _Ctx) -> Token | None:
    """ev (Event): an event. RETURNS (Token | None): its trigger's verb (a light verb's for an object noun: "X later
    held [talks] with Y")."""
    verb = trigger_token(ev, ctx)
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    return verb


def _later_on_trip(ev: Event, ctx: _Ctx, words: tuple[str, ...] = ("later", "then")) -> bool:
    """ev (Event): an undated event. words (tuple[str, ...]): the adverbs looked for. RETURNS (bool): its verb carries
    a bare "later" or "then" (one of ``words``, no time phrase of its own) in a sentence after the one it would take a
    day from."""
    verb = _act_verb(ev, ctx)
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in words and not list(c.children)
                                    for c in verb.children)  # ("She then swore in a cabinet of 12 ministers")


def _also_past(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): an undated event. RETURNS (bool): its verb is a simple past with a bare "also" ("Kiprono and Atwine
    also signed an agreement", "Malhotra also visited a cold-storage plant"): one more act of the day told before."""
    verb = _act_verb(ev, ctx)
    return verb is not None and verb.tag_ == "VBD" and _later_on_trip(ev, ctx, ("also",))


def _same_day(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An undated event told "later in the day" (or with a closed ``same_day_frames`` phrase: "After the ceremony, X
    met Y") takes the day of the previous dated event in an earlier sentence; one told "a day later", "the following
    day" (``day_offset_phrases``)
    takes that day moved by the phrase's days. Only a previous event dated to the day counts. One told with a bare
    "later" right after an arrival of its actor, or in the sentence right after a contact (or another act of a person)
    that took place with one of its people ("held talks with Y on Thursday. X was later received by Z"), is on that day; so is a meeting of the
    same two people told at a place of its own in the sentence right after their dated act, with no time word of its
    own ("X and Y signed a pact on Thursday. The two leaders met at the Planalto Palace"; one at no place, or a generic
    one, takes the act's day and place in a later pass); so is a contact of a person at no place of its own told in the
    sentence right after a person's dated arrival ("Turkey's top diplomat arrived in Baghdad on Monday. Kemal Aydin
    held talks with X")."""
    lex = _lex()
    out: list[Event] = []
    last: DateValue | None = None
    last_sentence = -1
    last_arrival = False
    last_contact = False  # the last dated event is a one-day contact that took place ("held talks on Thursday")
    last_actor = ""
    last_people: set[str] = set()
    last_done = False  # the last dated event is a person's act that took place
    last_person = False  # the last dated event is a person's
    last_happened = False  # the last dated event took place
    index: dict[int, int] | None = None  # (sentence numbers, read once when a "later" needs them)
    earlier: DateValue | None = None  # the last day told before this event's sentence
    sentence = -1
    for ev in events:
        if ev.evidence.start != sentence:
            earlier, sentence = last, ev.evidence.start
        if ev.date.value is not None and ev.date.text and earlier is not None and earlier.precision == "day" and earlier.value \
                and ev.date.text.lower() in dict(lex.day_offsets) and not earlier.end_value:
            # "will visit Iraq on November 14 ... travel to Erbil the following day": counted from the article's previous
            # dated event, not from the publication day the time tagger counts from
            moved = _offset(ev.date.text.lower(), earlier.value, lex.day_offsets)
            if moved is not None:
                ev = replace(ev, date=moved)
        same = ev.date.text.lower().removeprefix("on ") if ev.date.value is not None and ev.date.text else ""
        if same and last is not None and ev.evidence.start != last_sentence and ctx.anchor is not None and (
                same in ("the same day", "that same day") and ev.date.value == ctx.anchor.isoformat()
                or same in lex.retold_days and ev.date.value is not None and last.value is not None
                and not ev.date.value.startswith(last.value)):  # (read as the article's day; not "in 2024"; "the same
            # afternoon", "later that day" read from the day a reporting verb was told: "..., the office said on Friday.
            # The two leaders will attend a forum the same afternoon")
            ev = replace(ev, date=replace(last, text=ev.date.text, note="the day of the previous event"))  # "Bangladesh
            # will hold its general election on February 12 ... polls would take place on the same day": that day, not
            # the article's
        text = ev.evidence.sentence.lower()
        hit = next((p for p in lex.same_day if p in text), None) if ev.date.value is None else None
        if hit is None and ev.date.value is None:
            hit = next((p for p in lex.same_day_frames if re.search(rf"{re.escape(p)}\s*[,.;]", text)), None)
            # ("After the ceremony, X met Y": the ceremony's day; not "after the ceremony was moved from Accra")
        if hit is not None and _reporting_day(hit, ev, ctx):
            hit = None  # "His office said the same day that the stop in Zimbabwe had been called off": the day of the
            # telling, not of the stop
        told = _previous_sentence_day(ev.evidence.start, last_sentence, ctx) if hit is not None else None
        if hit is not None and told is not None:
            # "Lee convened the council on Monday morning. Cho spoke by phone with X later in the day": the day of the
            # sentence it follows, which tells no dated event
            ev = replace(ev, date=DateValue(told, "day", hit, note=f"the day the previous sentence names ({told})"))
        elif ev.date.value is None and hit is not None and last is not None and ev.evidence.start == last_sentence \
                and last.precision == "day" and last.value is not None and not last.end_value:
            ev = replace(ev, date=replace(last, text=hit, note="the day of the act its sentence tells before it"))
            # "The Emperor hosted a banquet on Tuesday for X, who arrived in Tokyo earlier in the day": that Tuesday
        elif ev.date.value is None and last is not None and ev.evidence.start != last_sentence:
            if hit is not None:
                ev = replace(ev, date=replace(last, text=hit, note="the day of the previous event"))
            elif last.precision == "day" and last.value is not None and (not last.end_value or last_arrival):
                # a span counts from its first day only when it is an arrival ("arrives on March 25
                # for a three-day visit ... talks a day later"); "a day after a two-day summit" is unclear
                moved = _offset(text, last.value, lex.day_offsets)
                if moved is not None:
                    ev = replace(ev, date=moved)
        if ev.date.value is None and ev.status == "happened" and last is not None and last_arrival \
                and last_actor == ev.actor.name and _later_on_trip(ev, ctx):
            ev = replace(ev, date=replace(last, text="later", note=f"later than the arrival on {last.value}, on its trip"))
            # "X arrived in Chisinau on Wednesday ... The two prime ministers later signed a memorandum": not before it
        elif ev.date.value is None and ev.status == "happened" and last is not None and (last_contact or last_done) \
                and last_people & {ev.actor.name, *(c.name for c in ev.counterparts)} and last.precision == "day" \
                and (_later_on_trip(ev, ctx) or _also_past(ev, ctx)) \
                and 1 <= (index := index if index is not None else sentence_numbers(ctx.doc)).get(ev.evidence.start, -9) \
                - index.get(last_sentence, -99) <= _LATER_REACH \
                and not any(last_sentence < e.evidence.start < ev.evidence.start and e.date.value is not None
                            for e in events):
            also = not _later_on_trip(ev, ctx)
            ev = replace(ev, date=replace(last, text="also" if also else "later", note=(
                f"also, with the act on {last.value}, that day" if also else f"later than the act on {last.value}, that day")))
            # "Safadi held talks with Butale in Gaborone on Thursday. Safadi was later received by President Boko" (also
            # with a quote, a comment or an undated event between them: '"Today we opened a door," X said.'; and after
            # any act of one of its people that took place: "X and Y signed the memorandum on Friday. Y later visited a
            # clinic")
        elif ev.date.value is None and ev.status == "happened" and ev.action == "meet" and ev.place is not None \
                and last is not None and last_done and last.precision == "day" and not last.end_value and len(last_people) >= 2 \
                and {ev.actor.name, *(c.name for c in ev.counterparts if c.kind == "person")} == last_people \
                and (index := index if index is not None else sentence_numbers(ctx.doc)).get(ev.evidence.start, -9) \
                - index.get(last_sentence, -99) == 1 and not _own_clause_frame(ev, ctx):
            ev = replace(ev, date=replace(last, text="", note=f"the day of the two's act told just before ({last.value})"))
            # "X and Y signed a biofuels pact on Thursday ... The two leaders met at the Planalto Palace": that day
        elif ev.date.value is None and ev.status == "happened" and ev.action in _ONE_DAY_CONTACTS and last is not None \
                and last_arrival and last_person and last.precision == "day" and not last.end_value \
                and ev.actor.kind == "person" and ev.place is None \
                and (index := index if index is not None else sentence_numbers(ctx.doc)).get(ev.evidence.start, -9) \
                - index.get(last_sentence, -99) == 1 and not _own_clause_frame(ev, ctx):
            ev = replace(ev, date=replace(last, text="", note=f"the day of the arrival told just before "
                                                                f"({last.value})"))
            # "Turkey's top diplomat arrived in Baghdad on Monday ... Kemal Aydin held talks with X": that day
        elif ev.date.value is None and ev.status == "happened" and last is not None and last_happened \
                and last.precision == "day" and not last.end_value and _later_on_trip(ev, ctx, ("then",)) \
                and (index := index if index is not None else sentence_numbers(ctx.doc)).get(ev.evidence.start, -9) \
                - index.get(last_sentence, -99) == 1:
            ev = replace(ev, date=replace(last, text="then", note=f"then, after the act told just before ({last.value})"))
            # "The movement held a party congress in Tbilisi on Saturday. Delegates then elected X": that day
        ahead = ev.status == "uncertain" and ctx.anchor is not None and ev.date.value is not None \
            and ev.date.value[:10] > ctx.anchor.isoformat()  # ("after he was summoned to appear before parliament on
        # Thursday. He later met chiefs": an act only called for, still ahead, dates no act told after it)
        if ev.date.precision in ("day", "time") and ev.date.value and not ahead:
            last, last_sentence = ev.date, ev.evidence.start
            last_arrival = ev.action in ("arrive", "travel", "visit") and ev.status == "happened"
            last_contact = ev.action in _ONE_DAY_CONTACTS and ev.status == "happened"
            last_actor = ev.actor.name
            last_people = {ev.actor.name, *(c.name for c in ev.counterparts if c.kind == "person")}
            last_done = ev.status == "happened" and ev.actor.kind == "person"
            last_person = ev.actor.kind == "person"
            last_happened = ev.status == "happened"
        out.append(ev)
    return [_told_now(ev, ctx) for ev in out]


def _reporting_day(phrase: str, ev: Event, ctx: _Ctx) -> bool:
    """phrase (str): a ``same_day_phrases`` phrase found in an event's sentence. ev (Event): the event. ctx (_Ctx): the
    doc's index. RETURNS (bool): the phrase hangs on a reporting verb ("said") that the event's trigger is told under,
    so it dates the telling, not the event."""
    trigger = trigger_token(ev, ctx)
    if trigger is None:
        return False
    sent = trigger.sent
    at = sent.text.lower().find(phrase)
    if at < 0:
        return False
    words = [t for t in sent if sent.start_char + at <= t.idx < sent.start_char + at + len(phrase)]
    if not words:
        return False
    verb = words[0]
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i == trigger.i or verb.lemma_.lower() not in _lex().reporting:
        return False
    return any(t.i == verb.i for t in head_chain(trigger, 8)[1:]) or trigger.i in {t.i for t in verb.subtree}


def _own_clause_frame(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): an undated meeting. RETURNS (bool): its verb has a time word of its own ("last met in 2019",
    "have met several times", "first met"): another moment than the act told before."""
    verb = trigger_token(ev, ctx)
    return verb is None or any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("last", "first", "previously", "before",
                                                                                  "earlier", "often", "never", "again")
                               or c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in verb.children)


#: Contacts that take place within one day: told as under way now, they take place on the publication day.
_ONE_DAY_CONTACTS = frozenset({"meet", "call", "negotiate", "host"})


def _told_now(ev: Event, ctx: _Ctx) -> Event:
    """ "Ruto received her on the steps and the two are now holding closed-door talks": an undated contact of one day
    (``_ONE_DAY_CONTACTS``) told in the present progressive ("are holding", "is now meeting") is on the publication
    day, with a note saying so; a strike or a visit under way began earlier and keeps no such day.

    ev (Event): an event. ctx (_Ctx): the doc's index. RETURNS (Event): the event, dated so when it is one."""
    if ev.date.value is not None or ev.status != "ongoing" or ev.action not in _ONE_DAY_CONTACTS or ctx.anchor is None:
        return ev
    trigger = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    if trigger is None:
        return ev
    verb = _verb_of(trigger.root)
    present = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    if not present:
        return ev
    day = ctx.anchor.isoformat()
    return replace(ev, date=DateValue(day, "day", "now", note=f"told as under way on the publication day ({day})"))


def _previous_sentence_day(start: int, last_sentence: int, ctx: _Ctx) -> str | None:
    """start (int): an event's sentence's first character. last_sentence (int): that of the article's last dated event
    (-1: none). ctx (_Ctx): the doc's context. RETURNS (str | None): the one calendar day (YYYY-MM-DD) the sentence
    before it names, when no dated event was told in that sentence; None otherwise."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    before = ctx.doc[span.sent.start - 1].sent
    if before.start_char == last_sentence or before.start_char < ctx.dateline_end:
        return None
    days = _days_written(list(before), ctx)
    return days.pop() if len(days) == 1 else None


#: Words that open a phrase of the clause after a standing "the day before" ("to prepare", "in Lima", "and then").
_CLAUSE_WORDS = frozenset({"to", "in", "at", "on", "for", "with", "and", "as", "when", "while", "so", "but", "because",
                           "amid", "alongside", "without"})


def _offset(text: str, day: str, offsets: tuple[tuple[str, int], ...]) -> DateValue | None:
    """The previous event's ``day`` moved by the first offset phrase of a sentence.

    text (str): the lower-cased sentence. day (str): ``YYYY-MM-DD``.
    offsets (tuple): (phrase, days) pairs, longest phrase first.
    RETURNS (DateValue | None): the day, with the phrase as its text and a note; None when
        no phrase stands alone ("a day earlier than planned", "the day before the summit").
    """
    if not re.match(r"\d{4}-\d{2}-\d{2}", day):
        return None  # an unanchored day ("XXXX-XX-XX") cannot be counted from
    for phrase, days in offsets:
        for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text):
            rest = text[m.end() :].lstrip()
            follows = rest.split(" ", 1)[0] if rest else ""
            if follows == "than":
                continue  # "a day earlier than planned": compared with the plan
            if phrase.endswith((" after", " before")) and follows[:1].isalnum() and follows not in _CLAUSE_WORDS:
                continue  # "the day before the summit": anchored on a named thing, not the previous event (but "will
                # meet Y the day before to prepare the agenda": a purpose or place phrase follows the standing phrase)
            value = (date.fromisoformat(day) + timedelta(days=days)).isoformat()
            note = f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'after' if days > 0 else 'before'} the previous event"
            return DateValue(value, "day", phrase, note=note)
    return None


def _anchored_offsets(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The announcement came a day after Park spoke by phone with Thanh", "The visit comes two days after X met Y": an
    undated event told in an "after"/"before" clause with a length of days, whose main clause's subject is the
    article's report (``report_nouns``: its source's day, "said Monday") or an event the article dates (its first
    day), happened that many days before (after) that anchor.

    RETURNS (list[Event]): the events, such ones dated with a note.
    """
    out: list[Event] = []
    for ev in events:
        if ev.date.value is None:
            span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
            moved = _offset_from_anchor(span.root, events, ctx) if span is not None else None
            if moved is None and span is not None:
                moved = _after_gathering_day(span.root, ev, out, ctx) or _frame_clause_day(span.root, events, ctx)
            if moved is not None and not (ev.status == "happened" and ctx.anchor is not None and moved.value is not None
                                          and moved.value > ctx.anchor.isoformat()):
                ev = replace(ev, date=moved)  # (a told fact never lands after the article)
        out.append(ev)
    return out


#: Families of a journey whose "for the <occasion>" phrase dates it by the occasion told before ("will travel to the
#: capital for the ceremony").
_JOURNEY_TO_OCCASION = frozenset({"travel", "visit", "arrive"})

#: Prepositions that put an event right after (before) another ("After the talks, he called on X").
_SEQUENCE_PREPS = frozenset({"after", "following", "before"})


def _after_gathering_day(tok: Token, ev: Event, before: list[Event], ctx: _Ctx) -> DateValue | None:
    """ "X met Y in Jakarta on Wednesday. After the talks at the foreign ministry, he called on Z": an undated event whose
    verb opens with "after"/"following" (or has a "during" or "on the sidelines of" phrase, or on a journey a "for"
    phrase, of) a definite event
    noun (``the talks``, ``the meeting``: a noun of ``nouns`` with no day of its own, or a ``frame_nouns`` noun of
    ``data/occasions.json``: "After the ceremony" after a swearing-in) follows the article's last event told before
    its sentence of that noun's family; it happened on that event's day (during it, or a journey for it: on its day or
    days), when the two share their status.

    tok (Token): the event's trigger. ev (Event): the event. before (list[Event]): the events told before it.
    ctx (_Ctx): the doc's index. RETURNS (DateValue | None): that day with a note, None when no such event is dated.
    """
    verb = _verb_of(tok)
    if verb.dep_ == "conj" and _shares_time(verb):
        verb = verb.head  # "After the talks, he called on X and laid a wreath": the frame of both verbs
    journey = ev.action in _JOURNEY_TO_OCCASION
    for prep in (c for c in verb.children if c.dep_ == "prep" and (
            c.lower_ in ("after", "following") and c.i < verb.i or c.lower_ == "during" or c.lower_ == "for" and journey
            or c.lower_ == "on" and _sideline_noun(c) is not None)):
        noun = _sideline_noun(prep) if prep.lower_ == "on" else next((g for g in prep.children if g.dep_ == "pobj"), None)
        if noun is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
                or any(_point(ctx.times.get(t.i)) for t in noun.subtree):  # (a length is no day of its own: "for the
            # ceremony, which will close two years of negotiations")
            continue
        entry = _lex().nouns.get(noun.lower_)
        occasion = _occasion_nouns().get(noun.lower_)
        if entry is None and occasion is None:
            continue
        families = set(occasion or ()) if entry is None else \
            {entry["action"]} | ({"negotiate", "host"} if entry["action"] == "meet" else set()) \
            | ({entry["owner_action"]} if entry.get("owner_action") else set()) \
            | ({entry["thing_action"]} if entry.get("thing_action") else set())  # "After the inauguration": the
        # swearing-in told before, or the opening of a thing
        prior = next((e for e in reversed(before) if e.action in families and e.evidence.start < tok.sent.start_char
                      and (e.date.value is not None or e.action == ev.action)), None)  # (not a guest's undated
        # attendance told after the dated swearing-in: "attended the ceremony. After the inauguration, X met Y")
        if prep.lower_ in ("during", "on") and families & _JOURNEY_TO_OCCASION:
            return None  # "during the trip": the trip's whole span (:mod:`.trips`), not its first stop's day
        if prior is not None and prior.status == ev.status and prior.date.precision == "day" \
                and prep.lower_ in ("during", "for", "on"):
            # "met a delegation of farmers at her ministry during the protest", "would travel to the Chilean capital for
            # the ceremony", "On the sidelines of the ceremony, X and Y held talks": on that event's day (or days)
            return replace(prior.date, text=prep.text, note=f"{prep.lower_} the {noun.lower_} told before ({prior.date.value})")
        day = _day_of(prior.date) if prior is not None else None
        if prior is None or day is None or prior.status != ev.status or prior.date.end_value \
                or prep.lower_ in ("during", "for", "on"):
            return None
        return DateValue(day.isoformat(), "day", prep.text, note=f"right after the {noun.lower_} told before ({day.isoformat()})")
    return None


def _sideline_noun(prep: Token) -> Token | None:
    """prep (Token): a preposition "on". RETURNS (Token | None): the gathering of "on the sidelines of the ceremony"
    ("on the margins of the summit"), else None."""
    side = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ in ("sidelines", "sideline", "margins",
                                                                               "margin")), None)
    return next((g for p in side.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"), None) if side is not None else None


@cache
def _occasion_nouns() -> dict[str, frozenset[str]]:
    """Nouns of an occasion a later frame refers back to ("After the ceremony"), with the families of the event told
    before that may be it (``frame_nouns`` of ``data/occasions.json``)."""
    data: dict[str, list[str]] = load_data("occasions.json")["frame_nouns"]
    return {noun: frozenset(families) for noun, families in data.items()}


def _frame_clause_day(tok: Token, events: list[Event], ctx: _Ctx) -> DateValue | None:
    """ "visited Brasilia in July 2025 after attending the BRICS summit": an undated event told by a gerund after
    "after"/"before" (no subject of its own) on a verb whose event is dated to a month or a year shares that month or
    year; to a day it does not (it is another day, unsaid).

    tok (Token): the event's trigger. events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (DateValue | None): the main event's date with a note, None otherwise.
    """
    verb = _verb_of(tok)
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _SEQUENCE_PREPS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    main = prep.head
    event = next((e for e in events if e.evidence.trigger_start == main.idx and e.date.value), None)
    if event is None or event.date.precision not in ("month", "year", "season", "quarter") or event.date.end_value:
        return None
    return replace(event.date, note=f"within the {event.date.precision} of the '{main.text}' it comes {prep.lower_}")


def _offset_from_anchor(tok: Token, events: list[Event], ctx: _Ctx) -> DateValue | None:
    clause = tok
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    mark = next((c.lower_ for c in clause.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")), None)
    if clause.dep_ != "advcl" or mark is None:
        return None
    main = clause.head
    days = None
    heads = {clause.i, main.i} | {c.i for c in clause.children if c.dep_ in ("mark", "prep")}
    for c in (t for t in tok.doc[main.left_edge.i : clause.i] if t.head.i in heads):
        x = ctx.times.get(c.i) if c.dep_ == "npadvmod" else None
        if x is not None and x.value and (m := re.fullmatch(r"P(\d+)([DW])", x.value)):
            days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            phrase = f"{x.text} {mark}"
            break
    if days is None:
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    lex = _lex()
    anchor: date | None = None
    what = ""
    if subject.lower_ in lex.report_nouns:
        own = _date(main, [main], ctx)
        anchor = _day_of(own) or _report_day(ctx)
        what = "the report"
    elif (entry := lex.nouns.get(subject.lower_)) is not None:
        anchor = next((d for e in events if e.action == entry["action"] and e.evidence.start < tok.sent.start_char
                       and (d := _day_of(e.date)) is not None), None)
        what = f"the {subject.lower_}"
    if anchor is None:
        return None
    day = anchor + timedelta(days=-days if mark == "after" else days)
    return DateValue(day.isoformat(), "day", phrase,
                     note=f"{days} day{'s' if days != 1 else ''} {'before' if mark == 'after' else 'after'} {what} ({anchor.isoformat()})")


def _day_of(when: DateValue) -> date | None:
    span = when.interval() if when.value and when.precision in ("day", "time") else None
    return span[0] if span is not None else None


def _report_day(ctx: _Ctx) -> date | None:
    """The day the article's source spoke: the first reporting verb with a day of its own ("the ministry said Monday")."""
    reporting = _lex().reporting
    for tok in ctx.doc:
        if tok.idx < ctx.dateline_end or tok.pos_ != "VERB" or tok.lemma_.lower() not in reporting:
            continue
        for c in tok.children:
            for t in ([c] if c.dep_ in ("npadvmod", "tmod") else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else []):
                x = ctx.times.get(t.i)
                if x is not None and x.type == "DATE" and x.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value):
                    return date.fromisoformat(x.value)
    return None
