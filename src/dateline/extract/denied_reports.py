"""A press report denied in the next sentence: "The daily X reported on Thursday that Y flew to Pyongyang on February
20. The agency on Friday denied the report." denies every event the report told; so does a denial of a journey
before the report is retold ("denied a report that Y would travel to Tashkent. Z had reported that Y would fly ... to
meet W").

The press claim itself is at most uncertain (:func:`.status.press_claim`); :func:`denied_reports` adds, for each event
told in a claim, the denial told in the same or the next sentence by a ``denied_verbs`` verb whose object is a
``denied_report_nouns`` noun that refers back ("the report", "the newspaper's story", "such claims"), with no clause of
its own ("denied a report that X would travel" is read in its own sentence).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from ..model import Event, Evidence
from .back_references import TRIP_FAMILY
from .context import _Ctx
from .nlp import load_data
from .status import denied_pronoun, head_chain, negated, press_claim
from .trigger_tokens import trigger_token

__all__ = ["denied_reports"]

#: Determiners of a report noun that refer back to a report told before it.
_BACK_DETS = frozenset({"the", "this", "that", "these", "those", "such"})


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("status_cues.json")
    return (frozenset(data["denied_report_nouns"]), frozenset(data["denied_verbs"]), frozenset(data["hearsay_verbs"]))


def _denied_report(sent: Span) -> Token | None:
    """sent (Span): a sentence. RETURNS (Token | None): the report noun a verb of the sentence denies ("The agency on
    Friday denied the report"): a ``denied_report_nouns`` object with a back-referring determiner or a possessor and no
    clause of its own, of a ``denied_verbs`` verb that is not negated ("rule" only with "out"); else None."""
    nouns, verbs, _ = _data()
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in verbs or negated(verb):
            continue
        if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            continue
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lower_ in nouns \
                    and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _BACK_DETS for c in obj.children) \
                    and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in obj.children):
                return obj
        if (pronoun := denied_pronoun(verb)) is not None:
            return pronoun  # "Her office denied this, saying no such meeting was planned": the claim just told
    return None


def _claimed(tok: Token) -> bool:
    """tok (Token): an event's trigger. RETURNS (bool): its clause is told by a press verb (:func:`.status.press_claim`)
    or under a ``hearsay_verbs`` verb ("reported that ...", "claimed that ...")."""
    if press_claim(tok) is not None:
        return True
    top = head_chain(tok)[-1]
    return top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in _data()[2]


def _retold_denied(events: list[Event], ctx: _Ctx, sents: list[Span]) -> tuple[list[Event], list[Event]]:
    """ "X on Wednesday denied a report that Y would travel to Tashkent this week. The agency Z had reported on Monday
    that Y would fly to the Uzbek capital on Thursday to meet W and sign a deal.": the claim retold in the sentence
    after a denial of Y's journey (or meeting) is the report denied; each claimed (:func:`_claimed`) uncertain or
    happened event of Y there (of the journey's families, or a meeting after a denied meeting) is told again as denied,
    with the denial's evidence.

    RETURNS (tuple): those denials (none when no journey or meeting of the article is denied), and the claims told as done
    that they answer (the article tells such a claim only to deny it)."""
    denied = {(ev.actor.name, ev.evidence.start): ev for ev in events if ev.status == "denied"
              and (ev.action in TRIP_FAMILY or ev.action == "meet")}
    if not denied:
        return [], []
    starts = {sent.start_char: k for k, sent in enumerate(sents)}
    out: list[Event] = []
    answered: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.status in ("uncertain", "happened") else None
        if tok is None or not _claimed(tok) or (k := starts.get(tok.sent.start_char)) is None or k == 0:
            continue
        j = k - 1
        while j > 0 and not any(ch.isalpha() for ch in sents[j].text):
            j -= 1  # ('... calling them "pure speculation.' then a closing quote read as a sentence of its own)
        before = sents[j]
        denial = next((d for (name, start), d in denied.items() if name == ev.actor.name
                       and before.start_char <= start < before.end_char
                       and (d.action in TRIP_FAMILY and ev.status == "uncertain"
                            or d.action == ev.action and ev.status == "happened")), None)  # ("denied a report that X had met
        # Y ... An agency had reported that the two ministers held talks": the meeting denied)
        if denial is not None:
            out.append(replace(ev, status="denied", refers_to_plan=True, evidence=denial.evidence))
            if ev.status == "happened":
                answered.append(ev)  # "... denied a report that X had met Y. An agency had reported that the two held
                # talks": told only to be denied
    return out, answered


def _claims_said_never(events: list[Event], ctx: _Ctx, sents: list[Span]) -> list[Event]:
    """ "A newspaper reported that X and Y met privately in Colchane on April 1. 'That meeting never happened,' a
    spokeswoman said.": an event noun referring back ("that meeting", "the visit") read as called off, in the sentence
    right after a claim (:func:`_claimed`) of the same person's same act, denies that claim: it is the claim's event,
    denied (with its place, day and counterparts), told by the denying sentence.

    RETURNS (list[Event]): the events, each such calling-off replaced by the denial."""
    starts = {sent.start_char: k for k, sent in enumerate(sents)}
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.status == "cancelled" else None
        if tok is None or tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in tok.children) \
                or (k := starts.get(tok.sent.start_char)) is None or k == 0:
            out.append(ev)
            continue
        before = sents[k - 1]
        claim = next((o for o in events if o.status in ("uncertain", "happened") and o.actor.name == ev.actor.name
                      and o.action == ev.action and before.start_char <= o.evidence.start < before.end_char
                      and (ot := trigger_token(o, ctx)) is not None and _claimed(ot)), None)
        if claim is None:
            out.append(ev)
            continue
        out.append(replace(claim, status="denied", refers_to_plan=True, evidence=replace(ev.evidence, status="denied")))
    return out


def denied_reports(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The daily X reported on Thursday that Y flew to Pyongyang on February 20. The agency on Friday denied the
    report.": each uncertain or happened event ("visited Singapore on Thursday, a local newspaper reported") told in a
    claim (:func:`_claimed`) whose sentence, or the next one, denies "the
    report" is told again as denied, with the denial as its evidence (refers_to_plan: it answers the claim).

    events (list[Event]): the article's events. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events, each such denial added after them.
    """
    if not events or not (ctx.doc.has_annotation("DEP") or ctx.doc.has_annotation("SENT_START")):
        return events  # (a pipeline without a parser tells no sentences)
    sents = list(ctx.doc.sents)
    denials: dict[int, tuple[Span, Token]] = {}  # sentence start of the claim -> (denying sentence, report noun)
    for k, sent in enumerate(sents):
        noun = _denied_report(sent)
        if noun is None:
            continue
        denials.setdefault(sent.start, (sent, noun))
        if k > 0:
            denials.setdefault(sents[k - 1].start, (sent, noun))
    events = _claims_said_never(events, ctx, sents)
    retold, answered = _retold_denied(events, ctx, sents)
    events = [ev for ev in events if not any(ev is a for a in answered)]
    if not denials:
        return [*events, *retold]
    added: list[Event] = retold
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.status in ("uncertain", "happened") else None
        if tok is None or (found := denials.get(tok.sent.start)) is None or not _claimed(tok):
            continue
        sent, noun = found
        if noun.i < tok.i and sent.start == tok.sent.start:
            continue  # the denial comes before the claim it would answer
        evidence = Evidence(ev.evidence.article_id, ev.evidence.published, sent.text, sent.start_char, sent.end_char,
                            "denied", noun.idx, noun.idx + len(noun))
        added.append(replace(ev, status="denied", refers_to_plan=True, evidence=evidence))
    return [*events, *added]
