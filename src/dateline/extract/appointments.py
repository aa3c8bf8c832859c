"""Titles given by an appointment: "Yui Hamada was elected prime minister by Japan's parliament".

:func:`appointment` reads the title phrase and the appointing body off a passive
appointment verb (``appointment_verbs`` in ``titles.json``) whose subject is a name;
:func:`appointed_names` finds such names the recognizer left unlabelled. :func:`role_phrase` finds the post an
appointment family's verb gives ("named X as finance minister"; :func:`post_words`, :func:`office_words`).
:func:`paired_appointee` and :func:`stray_post` read a list of appointees each with a post ("naming X as economy minister
and Y as defence minister"), and :func:`own_posts` gives each its own; :func:`elected_appointees` appoints the person a
body's vote elects.
"""

from __future__ import annotations

from functools import cache

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..model import Event
from .actor_mentions import ANONYMOUS
from .codes import event_codes
from .context import _Ctx
from .nlp import load_data, proper_compound_start
from .objects import short_phrase
from .places import resolve_place
from .trigger_tokens import trigger_token

__all__ = ["appointment", "appointed_names", "paired_appointee", "stray_post", "body_elections", "office_words",
           "post_words", "role_phrase", "sworn_appointees", "appointers", "own_posts", "elected_appointees"]


@cache
def _verbs() -> frozenset[str]:
    return frozenset(load_data("titles.json")["appointment_verbs"])


@cache
def _heads() -> frozenset[str]:
    return frozenset(load_data("titles.json")["heads"])


def appointment(name: Token) -> tuple[Span, Span | None] | None:
    """The title a name is given by the verb it is the passive subject of.

    name (Token): the head token of a name.
    RETURNS (tuple[Span, Span | None] | None): the title phrase ("prime minister", "Japan's prime minister") and the
        appointing body's phrase ("Japan's parliament"), or None when the name is no such subject or the verb gives
        no title word (``heads`` in ``titles.json``).
    """
    verb = name.head
    if name.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _verbs():
        return None
    doc = name.doc
    phrases = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    phrases += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    title = next((p for p in phrases if any(t.lower_ in _heads() for t in p.subtree)), None)
    if title is None:
        return None
    body = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    span = doc[title.left_edge.i : title.right_edge.i + 1]
    return span, doc[body.left_edge.i : body.right_edge.i + 1] if body is not None else None


def _as_post(tok: Token) -> Token | None:
    """tok (Token): a word. RETURNS (Token | None): the post word of its "as" phrase ("as defence minister"), or None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in post_words()), None)


def stray_post(tok: Token) -> Token | None:
    """tok (Token): a later name of a paired list ("..., Torres as defence minister and [Vera] as foreign minister").
    RETURNS (Token | None): the "as" word of its post when the parser hung it on the post before the name ("as minister
    of economy and Torres [as minister of defence]") or on the name before it, after that name's own post; else None."""
    if tok.dep_ not in ("conj", "appos") or tok.head.dep_ != "pobj":
        return None
    owner = tok.head.head.head
    posts = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i]
    if owner.pos_ == "PROPN":
        posts += [c for c in owner.children if c.dep_ == "prep" and c.lower_ == "as" and tok.head.head.i < tok.i < c.i]
    return next((c for c in posts if any(g.dep_ == "pobj" and g.lower_ in post_words() for g in c.children)), None)


def paired_appointee(tok: Token) -> Token | None:
    """tok (Token): a word. RETURNS (Token | None): the first appointee ("Salas") when ``tok`` is a proper noun joined
    (by "and" or a comma) to an appointee's post ("as economy minister and [Torres] as defence minister") with an "as"
    post of its own, the first appointee being the object of an appointment verb (``appointment_verbs`` of
    ``titles.json``); else None."""
    post = tok.head
    if tok.dep_ not in ("conj", "appos") or tok.pos_ != "PROPN" or post.lower_ not in post_words() \
            or post.dep_ != "pobj" or post.head.lower_ != "as" or post.head.dep_ != "prep" \
            or _as_post(tok) is None and stray_post(tok) is None:
        return None
    owner = post.head.head
    if owner.pos_ == "VERB" and owner.lemma_.lower() in _verbs():
        return next((c for c in owner.children if c.dep_ in ("dobj", "oprd") and c.i < post.i), None)  # ("named Salas
        # as economy minister, [Torres] as ...": the "as" phrase hung on the verb)
    if owner.dep_ in ("dobj", "oprd") and owner.head.pos_ == "VERB" and owner.head.lemma_.lower() in _verbs():
        return owner
    return paired_appointee(owner) if owner.i < tok.i else None  # (the third of a list, hung on the second)


def appointed_names(doc: Doc) -> list[Span]:
    """Capitalized proper-noun names the recognizer left unlabelled that an appointment verb gives a title
    ("[Yui Hamada] was elected prime minister").

    doc (Doc): a parsed doc with entities. RETURNS (list[Span]): PERSON spans, text order.
    """
    found: list[Span] = []
    for tok in doc:
        given = tok.dep_ in ("dobj", "oprd") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _verbs() \
            and (_as_post(tok.head) is not None or any(_role_clause(c) for c in tok.head.children))
        # ("appointed former diplomat [Emi Kuroda]LOC as foreign minister", "elected [Nino Abashidze]GPE, a former
        # judge, to replace him": a person given a post)
        given = given or paired_appointee(tok) is not None  # ("naming X as economy minister and [Ana Torres] as ...")
        if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or not (
                tok.dep_ == "nsubjpass" and appointment(tok) is not None or given):
            continue
        start = proper_compound_start(tok)
        words = doc[start : tok.i + 1]
        labels = ("", "PERSON", "ORG", "LOC", "GPE", "FAC", "NORP") if given else ("", "PERSON", "ORG")
        if all(t.is_alpha and t.text[:1].isupper() and t.ent_type_ in labels for t in words) \
                and (not given or len(words) >= 2 and resolve_place(words.text) is None):
            found.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return found


@cache
def post_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): heads of posts given by an appointment (``post`` of ``what_heads``)."""
    return frozenset(load_data("families.json")["what_heads"]["post"])


@cache
def office_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): words of an office itself ("office", "power", "post": ``office`` of ``what_heads``)."""
    return frozenset(load_data("families.json")["what_heads"]["office"]) | {"power"}


@cache
def _role_verbs() -> frozenset[str]:
    return frozenset(load_data("families.json")["role_verbs"])


def _role_clause(c: Token) -> bool:
    """c (Token): a child of an appointment verb. RETURNS (bool): it is a ``role_verbs`` infinitive ("nominated X [to
    head] the central bank"), also one the parser read as a clause of its own (``advcl`` with "to": "elected X, a
    former judge, [to replace] him")."""
    return c.lemma_.lower() in _role_verbs() and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children))


def role_phrase(tok: Token) -> Token | None:
    """tok (Token): an appointment verb. RETURNS (Token | None): the head of the post it gives, from the ``post`` heads
    of ``what_heads`` in ``families.json``: after "as", "to", "for", "of", "from" ("named X as finance minister",
    "appointed X to the board", "relieved X of his duties"), as a predicate ("named X finance minister", "X was elected
    leader of ..."), or a ``role_verbs`` infinitive ("nominated X to head the central bank"), else None."""
    posts = post_words()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("as", "to", "for", "of", "from"):
            found = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in posts | office_words()), None)
            if found is not None:
                return found  # ("relieved X of his duties", "removed X from her post")
        if _role_clause(c):
            return c  # "nominated X to head the central bank" ("elected X, a former judge, to replace him", read as a
            # clause of its own)
        if c.dep_ in ("oprd", "xcomp", "attr", "ccomp", "npadvmod") and c.lower_ in posts:
            return c
        if c.dep_ == "dobj" and c.lower_ in posts and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children):
            return c  # "named X finance minister", the post read as a second object
        if c.dep_ == "dobj":
            found = next((g for g in c.children if g.dep_ in ("appos", "oprd") and g.lower_ in posts and g.i > c.i
                          and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)), None)
            # (not a description: "elected X, a former judge, to replace him")
            if found is not None:
                return found  # "named Marie Claire finance minister", the post read as her apposition
    return None


def body_elections(events: list[Event], ctx: _Ctx) -> list[Event]:
    """A person elected to lead a body is told by that body's vote too: "X was elected leader of Ireland's Labour Party
    on Saturday" is the party's vote (its leadership contest) that day, with X its counterpart.

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, and for each ``appointed`` event whose trigger is one of
        ``body_election_verbs`` (``titles.json``) with a post ("leader") whose "of" phrase names an organization, that
        organization's ``vote`` of the same status and day (its codes), unless the article already tells one.
    """
    verbs = frozenset(load_data("titles.json")["body_election_verbs"])
    out = list(events)
    for ev in events:
        if ev.action != "appointed" or ev.evidence.trigger_start < 0:
            continue
        span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        if tok is None or tok.lemma_.lower() not in verbs:
            continue
        body = next((ref for post in tok.children if post.dep_ in ("oprd", "attr", "xcomp", "dobj")
                     and post.lower_ in post_words() for p in post.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.subtree if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS
                     and ref.kind == "org"), None)
        if body is None or any(e.action == "vote" and e.actor.name == body.name for e in out):
            continue
        codes = event_codes("vote", ev.status)
        out.append(replace(ev, action="vote", actor=body, counterparts=(ev.actor,), what=None, cameo=codes.cameo,
                           plover=codes.plover, plover_mode=codes.mode))
    return out


def elected_appointees(events: list[Event], ctx: _Ctx) -> list[Event]:
    """The person a body's vote elects to a post is appointed: "Delegates of the Alliance for Democracy and Progress
    elected Neema Mwakyusa as party chairwoman on Saturday" is the delegates' vote and Mwakyusa's appointment ("to
    replace him" names the post by a ``role_verbs`` infinitive).

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, and for each ``vote`` whose trigger is one of ``body_election_verbs``
        (``titles.json``) with a named person as its object and a post (:func:`role_phrase`), that person's
        ``appointed`` event of the same status, day and place, the post its ``what`` (a ``post`` word's short phrase),
        with the vote's other side, unless the article already tells that person's appointment.
    """
    verbs = frozenset(load_data("titles.json")["body_election_verbs"])
    out = list(events)
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action == "vote" and ev.evidence.trigger_start >= 0 else None
        if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or (role := role_phrase(tok)) is None:
            continue
        person = next((ref for c in tok.children if c.dep_ == "dobj" and (ref := ctx.actors.get(c.i)) is not None
                       and ref is not ANONYMOUS and ref.kind == "person"), None)
        if person is None or any(e.action == "appointed" and e.actor.name == person.name for e in out):
            continue
        codes = event_codes("appointed", ev.status)
        out.append(replace(ev, action="appointed", actor=person,
                           counterparts=tuple(c for c in ev.counterparts if c.name != person.name),
                           what=short_phrase(role, "appointed") if role.lower_ in post_words() else None,
                           cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode))
    return out


def sworn_appointees(events: list[Event], ctx: _Ctx) -> list[Event]:
    """A swearing-in told by a pronoun right after an appointment is the appointee's: "President X appointed Y as prime
    minister. She will be sworn in on Wednesday" is Y's swearing-in, not X's.

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, each ``inaugurate`` or ``swear_in`` event whose trigger's subject is a personal
        pronoun given the actor of the one ``appointed`` event of a person told in the sentence before (when that
        actor differs); the others as they were.
    """
    appointed = [ev for ev in events if ev.action == "appointed" and ev.actor.kind == "person"]
    if not appointed:
        return events
    out: list[Event] = []
    for ev in events:
        if ev.action in _sworn_actions() and ev.evidence.trigger_start >= 0:
            tok = trigger_token(ev, ctx)
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) if tok is not None else None
            if tok is not None and subject is not None and subject.tag_ == "PRP" and tok.sent.start > 0:
                before = ctx.doc[tok.sent.start - 1].sent
                told = [a for a in appointed if before.start_char <= a.evidence.trigger_start < before.end_char]
                if len(told) == 1 and told[0].actor.name != ev.actor.name:
                    ev = replace(ev, actor=replace(told[0].actor, start=subject.idx, end=subject.idx + len(subject)))
        out.append(ev)
    return out


@cache
def _sworn_actions() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``sworn_actions`` of ``titles.json``: the actions of taking an office's oath."""
    return frozenset(load_data("titles.json")["sworn_actions"])


def own_posts(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Each appointee of a paired list keeps the post written after its own name: "naming X as economy minister and Y as
    defence minister" gives Y the defence post, not the trigger's first one.

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, each ``appointed`` event whose actor's name has an "as" post of its own
        (:func:`_as_post`) with that post as its ``what``; the others as they were.
    """
    out: list[Event] = []
    for ev in events:
        span = ctx.doc.char_span(ev.actor.start, ev.actor.end, alignment_mode="expand") \
            if ev.action == "appointed" and 0 <= ev.actor.start < ev.actor.end else None
        post = _as_post(span.root) if span is not None and len(span) else None
        if post is not None and span is not None and span.root.dep_ == "conj":
            ev = replace(ev, what=short_phrase(post, ev.action))
        out.append(ev)
    return out


def appointers(events: list[Event], ctx: _Ctx) -> list[Event]:
    """The person who appoints or dismisses someone is the other side of that person's event: "Prime Minister X
    dismissed Finance Minister Y on Tuesday" is Y's dismissal, with X.

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, each of an ``appointer_actions`` action (``titles.json``) whose trigger verb's
        active subject names a person other than its actor and its counterparts with that person added as a
        counterpart; the others as they were.
    """
    actions = frozenset(load_data("titles.json")["appointer_actions"])
    out: list[Event] = []
    for ev in events:
        if ev.action in actions and ev.evidence.trigger_start >= 0:
            tok = trigger_token(ev, ctx)
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) \
                if tok is not None and tok.pos_ == "VERB" else None
            if subject is None and tok is not None and tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "advcl":
                subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "X reshuffled her cabinet,
                # naming Y as economy minister": the one who reshuffled names
            ref = ctx.actors.get(subject.i) if subject is not None else None
            if ref is not None and ref is not ANONYMOUS and ref.kind == "person" and ref.name != ev.actor.name \
                    and all(c.name != ref.name for c in ev.counterparts):
                ev = replace(ev, counterparts=(*ev.counterparts, ref))
        out.append(ev)
    return out
