"""Talks and visits told in a frame of another verb: "agreed ... after talks in Canberra", "signed a deal after
talks between A and B", "said on Tuesday during a visit to Rukla", "will travel to Manila for talks on Saturday with
X", and meetings told by a joint outcome alone ("X and his counterpart agreed in Tokyo on Tuesday to ...").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .title_phrases import parse_title
from .builder import _build
from .codes import event_codes
from .context import _Ctx
from .group_partners import group_partner, talks_chair
from .dates import _date
from .nlp import load_data
from .participants import between_people, told_frame
from .places import building_heads, resolve_country
from .plans import past_reading
from .replaced_places import moved_verbs
from .triggers import _REF_VALUES, _lex
from .venues import trip_of_aim


def during_a_visit(tok: Token, ctx: _Ctx) -> bool:
    """ "said on Tuesday during a visit to Rukla": an indefinite visit to a named place (or a named person's) in a
    "during" frame of a verb told in the past is stated (the speaker was there then); "during his trip" refers back to a
    trip told elsewhere."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "during" or _lex().nouns.get(tok.lower_, {}).get("action") != "visit":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" and c.pos_ == "PROPN" and (
            (ref := ctx.actors.get(c.i)) is not None and ref is not ANONYMOUS and ref.kind == "person")
               for c in tok.children) or tok.head.head.tag_ != "VBD":
        return False  # (a named possessor tells it as well: "signed an agreement on Tuesday during X's state visit to
        # Tashkent"; "during his trip" refers back to one told elsewhere)
    return any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
               for g in c.subtree)


def told_during(event: Event, tok: Token, ctx: _Ctx) -> Event:
    """A visit in a "during" frame happened at the time of the verb it frames ("said on Tuesday during a visit")."""
    verb = tok.head.head
    when, after = past_reading(_date(verb, [verb], ctx), ctx.anchor)
    status = "uncertain" if after else "happened"
    codes = event_codes(event.action, status)
    return replace(event, date=when if when.value else event.date, status=status, cameo=codes.cameo, plover=codes.plover,
                   plover_mode=codes.mode, evidence=replace(event.evidence, status=status))


def dated_earlier_talks(tok: Token, ctx: _Ctx) -> bool:
    """ "after talks with his counterpart Richard Roe in Canberra on Thursday", "following a late-night meeting on Friday
    with Minister X": an event noun (bare or indefinite) after an ``earlier_frame_preps`` word with its own named person
    ("with X") and its own date is an earlier event told."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _lex().earlier_frames \
            or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in tok.children):
        return False  # (also "after a late-night meeting on Friday with Minister X")
    named = any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"
                for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree)
    return named and phrase_day(tok, ctx)


def phrase_day(tok: Token, ctx: _Ctx) -> bool:
    """Whether an event noun's phrase has a calendar day or time of its own ("talks ... on Thursday"; not a duration
    or "now")."""
    return any((x := ctx.times.get(g.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
               and x.value not in _REF_VALUES for g in tok.subtree)


@cache
def _outcome_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs of an outcome that talks lead to (``outcome_verbs`` in ``triggers.json``)."""
    return frozenset(load_data("triggers.json")["outcome_verbs"])


def talks_before_outcome(tok: Token, ctx: _Ctx) -> bool:
    """ "X and Y agreed on Wednesday to expand joint patrols after talks in Canberra": a meeting noun with a place of its
    own and no possessor, in an "after"/"following"/"during" frame of a past ``outcome_verbs`` verb (or of its
    infinitive), is the talks the outcome came from: a meeting of the verb's subjects, held where it says, on the verb's
    day; "during talks" with no place is so when the subject names two or more parties ("X and Y agreed ...")."""
    frame = told_frame(tok)  # "after talks", "at the end of a three-hour meeting"
    if frame is None or tok.pos_ != "NOUN" \
            or _lex().nouns.get(tok.lower_, {}).get("action") not in ("meet", "negotiate") or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = frame.head
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "agreed on Tuesday to cut tariffs and to share data during talks": the first infinitive
    if verb.dep_ == "xcomp" and verb.pos_ == "VERB":
        verb = verb.head  # "agreed ... to expand ... after talks"
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    if verb.pos_ != "VERB" or not past or verb.lemma_.lower() not in _outcome_verbs():
        return False  # (also "A pay deal was struck on Saturday after ten hours of negotiations")
    if any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.subtree):
        return True
    if any(g.dep_ == "pobj" and g.text.capitalize() in building_heads() and any(d.lower_ == "the" for d in g.children)
           for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children):
        return True  # "signed the accord after a two-hour meeting at the presidential palace": a place of its own
    if talks_chair(tok, ctx) is not None:
        return True  # "after ten hours of negotiations chaired by Transport Minister X": the chair's talks
    if any(c.dep_ == "relcl" and c.lemma_.lower() in moved_verbs() and any(
            ctx.places.get(g.i) is not None for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.subtree)
           for c in tok.children):
        return True  # "agreed on Wednesday to reopen the crossing from July 1, after talks that were moved from La Paz to
        # Santa Cruz": held there, that day (the move is the talks' past)
    # "X and Y agreed on Wednesday ... during talks held by videoconference": the talks of the subjects told together
    return tok.head.lower_ == "during" and _plural_subject(verb, ctx)


def framed_talks_between(tok: Token, ctx: _Ctx) -> bool:
    """ "Indonesia and Cambodia signed an agreement after talks in Phnom Penh between Foreign Ministers A and B", "India
    offered a credit line during talks in New Delhi on Wednesday between the navy chiefs, A and B": a meeting noun with
    no possessor in an "after"/"following"/"during" frame of a verb told in the past, whose "between" phrase names two
    people, is the meeting of those two, told (on the verb's day unless it has its own); so is one with a place of its
    own and a named "with" person ("said on Thursday after talks in Lima with X": the clause's subject met X)."""
    frame = told_frame(tok)
    if frame is None or tok.pos_ != "NOUN" \
            or _lex().nouns.get(tok.lower_, {}).get("action") not in ("meet", "negotiate") or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = frame.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "offered a wage rise during talks with X on Friday": the frame read on the object
    for _ in range(4):  # "offered a credit line to buy vessels during talks": the finite verb the infinitive hangs on
        if verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # ("to cut tariffs and to share data during talks": the first infinitive)
            continue
        if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "relcl", "advcl", "acl"):
            break
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.pos_ not in ("VERB", "AUX") or not (verb.tag_ == "VBD" or verb.tag_ == "VBN" and (
            any(c.tag_ == "VBD" for c in aux) or not aux and verb.dep_ == "ROOT")):  # ("Relations improved", read VBN)
        return False
    return between_people(tok, ctx) or _placed_with_person(tok, ctx)


def _placed_with_person(tok: Token, ctx: _Ctx) -> bool:
    """ "said on Thursday after talks in Lima with Foreign Minister X": a meeting noun with a place of its own ("in",
    "at") and a named person after "with"; after "after" or "following", no place is needed ("signed a pact on
    Wednesday after talks with President X")."""
    placed = tok.head.lower_ in ("after", "following") or phrase_day(tok, ctx) or any(
        ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in c.subtree)  # ("offered a pay rise during talks with union leader X on Friday": dated, so told)
    return placed and (any((ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind in (
        "person", "group", "org") for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.subtree)
        or group_partner(tok, ctx) is not None)  # (people named or not: "after talks with the IMF", "during talks
    # with union leaders on Friday")


@cache
def _joint_outcome_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs of an outcome reached together (``joint_outcome_verbs`` in ``triggers.json``)."""
    return frozenset(load_data("triggers.json")["joint_outcome_verbs"])


def agreed_together(ctx: _Ctx, seen: set[int]) -> list[Event]:
    """ "Czech Prime Minister X and his Japanese counterpart agreed in Tokyo on Tuesday to work on a pact": a past
    ``joint_outcome_verbs`` verb whose subject joins a person to another party, with a place of its own ("in", "at"),
    is their meeting there that day, told (no talks noun needed).

    ctx (_Ctx): the doc's index. seen (set[int]): trigger tokens already read.
    RETURNS (list[Event]): those meetings, happened only.
    """
    out: list[Event] = []
    verbs = _joint_outcome_verbs()
    for tok in ctx.doc:
        if tok.i in seen or tok.tag_ != "VBD" or tok.lemma_.lower() not in verbs:
            continue
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subs or not subs[0].conjuncts or ctx.actors.get(subs[0].i) is None or ctx.actors[subs[0].i].kind != "person":
            continue
        if not any(ctx.places.get(g.i) is not None for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                   for g in c.children):
            continue
        event = _build(tok, "meet", ctx)
        if event is not None and not event.counterparts:
            event = replace(event, counterparts=tuple(o for c in subs[0].conjuncts
                                                       if (o := _counterpart_office(c, event.actor)) is not None))
        if event is not None and event.status == "happened" and event.counterparts:
            out.append(event)
    return out


def _counterpart_office(tok: Token, person: ActorRef) -> ActorRef | None:
    """ "his Japanese counterpart" beside a titled person no name is given for: the office of that title in that
    country ("Prime Minister of Japan"), as the extractor names an office nobody named holds; None otherwise."""
    if tok.lower_ != "counterpart" or not person.title:
        return None
    country = next((c for t in tok.children if t.dep_ in ("amod", "compound") and (c := resolve_country(t.text))), None)
    if country is None:
        return None
    return ActorRef(f"{person.title} of {country}", "person", person.title, country, tok.idx, tok.idx + len(tok))


def _meeting_at(tok: Token) -> bool:
    """tok (Token): a word. RETURNS (bool): it is a meeting noun (family ``meet``) after "at"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.pos_ == "NOUN" \
        and _lex().nouns.get(tok.lower_, {}).get("action") == "meet"


def dated_meeting_at(tok: Token, ctx: _Ctx) -> bool:
    """ "The government approved a relief package at an extraordinary cabinet meeting on Friday": a meeting noun with
    no possessor after "at", under a verb told in the past, with a day of its own, was held then by the clause's
    subject."""
    if not _meeting_at(tok) or any(c.dep_ == "poss" for c in tok.children):
        return False
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    return phrase_day(tok, ctx)


def owned_meeting_at(tok: Token, ctx: _Ctx) -> bool:
    """ "Shareholders approved a dividend at the company's delayed annual general meeting in Lagos on Thursday": a
    meeting noun after "at" whose possessor is a body (a company, a party), under a verb told in the past with a day
    (of the noun's phrase or of the verb), was held by that body then."""
    if not _meeting_at(tok):
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or (ref := ctx.actors.get(owner.i)) is None or ref is ANONYMOUS or ref.kind != "org":
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "approved [a final dividend at the company's meeting]": the parser's attachment
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    return phrase_day(tok, ctx) or any(phrase_day(c, ctx) for c in verb.children if c.dep_ in ("prep", "npadvmod"))


def _plural_subject(verb: Token, ctx: _Ctx) -> bool:
    """Whether a verb's subject names two or more parties: conjoined people ("X and Y"), or a group noun the actors
    resolve to a pair ("the two ministers")."""
    for sub in (c for c in verb.children if c.dep_ == "nsubj"):
        if sub.i in ctx.partners:
            return True
        people = {ref.name for t in (sub, *sub.conjuncts) for g in t.subtree
                  if (ref := ctx.actors.get(g.i)) is not None and ref is not ANONYMOUS and ref.kind in ("person", "country")}
        if len(people) >= 2 or sub.tag_ in ("NNS", "NNPS") and len(people) == 1 and any(
                (ref := ctx.actors.get(g.i)) is not None and ref.kind == "country" for g in sub.subtree):
            return True
    return False


def outcome_talks(event: Event, tok: Token, ctx: _Ctx) -> Event:
    """The talks an outcome came from happened on the outcome verb's own day, unless their noun phrase has a day of its
    own ("after talks ... on Monday"); the plan cue "agreed to" is the outcome's, not the talks'."""
    frame = told_frame(tok) or tok.head
    verb = frame.head
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "agreed to cut tariffs and to share data during talks": the first infinitive
    if verb.dep_ == "xcomp":
        verb = verb.head
    when, after = past_reading(event.date if phrase_day(tok, ctx) else _date(verb, [verb], ctx), ctx.anchor)
    status = "uncertain" if after else "happened"
    codes = event_codes(event.action, status)
    parties = _subject_parties(verb, ctx) if frame.lower_ == "during" or talks_before_outcome(tok, ctx) else []
    if len(parties) >= 2:  # "X and Y agreed ... during talks", "the foreign ministers of A and B agreed ... after
        # talks in Z": the talks of the two, no one else's
        event = replace(event, actor=parties[0], counterparts=tuple(parties[1:]))
    return replace(event, date=when, status=status, refers_to_plan=False, cameo=codes.cameo, plover=codes.plover,
                   plover_mode=codes.mode, evidence=replace(event.evidence, status=status))


def _subject_parties(verb: Token, ctx: _Ctx) -> list[ActorRef]:
    """The parties a plural subject names: a group noun's pair, conjoined people, or "the foreign ministers of South
    Korea and Japan" (the holder of that office in each country: the person the article names with that title and
    country, else the office itself)."""
    for sub in (c for c in verb.children if c.dep_ == "nsubj"):
        if sub.i in ctx.partners and (first := ctx.actors.get(sub.i)) is not None and first is not ANONYMOUS:
            return [first, *ctx.partners[sub.i]]
        countries = [ref for p in sub.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree
                     if (ref := ctx.actors.get(g.i)) is not None and ref.kind == "country"]
        if countries:  # "the foreign ministers of Peru and [Bolivia]": the parser may hang the second on the subject
            countries += [ref for t in sub.conjuncts if (ref := ctx.actors.get(t.i)) is not None and ref.kind == "country"]
        words = [t.text for t in sub.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ != "NORP"]
        title = parse_title(" ".join(w[:1].upper() + w[1:] for w in [*words, sub.text.removesuffix("s")])).title \
            if sub.tag_ == "NNS" else None
        if title is not None and len({c.name for c in countries}) >= 2:
            known = {(a.title, a.country): a for a in ctx.actors.values() if a is not ANONYMOUS and a.kind == "person"}
            out: list[ActorRef] = []
            for c in {c.name: c for c in countries}.values():
                out.append(known.get((title, c.name)) or ActorRef(f"{title} of {c.name}", "person", title, c.name, sub.idx, sub.idx + len(sub)))
            return out
        people = [ref for t in (sub, *sub.conjuncts) if (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS
                  and ref.kind == "person"]
        if len({p.name for p in people}) >= 2:
            return list({p.name: p for p in people}.values())
    return []


def talks_at_destination(tok: Token, ctx: _Ctx) -> bool:
    """ "will travel to Manila for talks on Saturday with X": a meeting noun that is the aim ("for") of a journey, with
    its own day and its own partner ("with X"), is a meeting of its own (at the journey's end)."""
    trip = trip_of_aim(tok)
    if trip is None or tok.dep_ != "pobj" or tok.head.lower_ != "for" or trip.pos_ != "VERB":
        return False
    if _lex().nouns.get(tok.lower_, {}).get("action") not in ("meet", "negotiate"):
        return False
    if (_lex().verbs.get(trip.lemma_.lower()) or {}).get("action") not in ("travel", "visit", "arrive"):
        return False
    if not any((x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") and x.value and x.value[0] != "P"
               for t in tok.subtree):
        return False  # "will travel to Moscow next month for talks with X": the aim of the trip, told with it
    return between_people(tok, ctx) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person" for t in c.subtree)
        for c in tok.children)
