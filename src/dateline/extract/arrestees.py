"""An arrest or a charge told of an unnamed person and then of the named one: "Police arrested a former senior
official of the canal authority on Thursday. Rodrigo Batista, 58, was detained at his home in the capital" is one arrest,
Batista's, on Thursday; "Prosecutors on Monday charged a former governor with embezzlement. Somphone Keovilay, who led
the province until last year, was detained on March 10" is Keovilay's charge on Monday (and his arrest on March 10).

:func:`named_arrestees` reads the first (an ``arrest`` or ``charge`` by the police, prosecutors or the state, of an
"a/an" description) as the person's own event (``arrested``, ``charged``), that person being the one named in the very
next sentence as the actor of an event of the court families; so does one told in the passive ("A former state
official was charged on Thursday with corruption"), and the named subject of a ``defendant_verbs`` verb in the next
sentence ("Mohd Rizal Hashim pleaded not guilty") names the person as well.

:func:`moved_in_custody` drops the journey of a person the article tells arrested or charged, told in the passive
("Quispe was flown to La Paz overnight"): a transfer in custody, no visit of theirs.

:func:`remands_after_arrest` drops a court's remand in custody ("A magistrate on Wednesday remanded him in custody") of
a person whose arrest the article tells too: one detention, the arrest's.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache


from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .back_references import TRIP_FAMILY
from .codes import event_codes
from .context import _Ctx, sentence_numbers
from .courts import bench_verb
from .dates import _date, told_past
from .nlp import load_data
from .participants import held_group, one_unnamed_person
from .status import head_chain
from .trigger_tokens import trigger_token
from .triggers import _lex

__all__ = ["included_arrestees", "moved_in_custody", "named_arrestees", "remands_after_arrest"]

#: An act on an unnamed person -> the person's own event of it.
_OWN_ACTS = {"arrest": "arrested", "charge": "charged"}
#: The person's own events that name the person an unnamed act was done to, in the next sentence.
_NAMING_ACTS = frozenset({"arrested", "charged", "trial", "freed", "sentence", "verdict"})


def named_arrestees(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events, an ``arrest``/``charge`` of one unnamed person ("arrested a former minister")
    made the person's own event (of that description, "Latvian man", when no later sentence names the person), named
    when the next sentence tells one named person's event of the court families: the same
    act there ("Vidal was detained at his home") takes the unnamed one's day (with a note) and place where it has none
    and the unnamed one is dropped; another act there ("Keovilay ... was detained on March 10" after a charge) keeps its
    own, and the unnamed one becomes the person's, told by its own sentence. Two or more named people there, or a count
    of people ("arrested three organisers"), change nothing.
    """
    if not any(ev.action in _OWN_ACTS or ev.action in _OWN_ACTS.values() for ev in events):
        return events
    index = sentence_numbers(ctx.doc)
    dropped: set[int] = set()
    out = list(events)
    for k, ev in enumerate(events):
        own = _OWN_ACTS.get(ev.action) or (ev.action if ev.action in _OWN_ACTS.values() and ev.actor.kind == "group"
                                           else None)  # ("A former state official was charged": the group told)
        if own is None or ev.status != "happened" or ev.evidence.start not in index:
            continue
        verb = trigger_token(ev, ctx)
        if verb is None or one_unnamed_person(verb) is None:
            continue
        here = index[ev.evidence.start]
        named = [j for j, o in enumerate(events) if o.action in _NAMING_ACTS and o.actor.kind == "person"
                 and index.get(o.evidence.start) == here + 1]
        if not named and (defendant := _defendant_after(ev, ctx)) is not None:
            codes = event_codes(own, ev.status)
            out[k] = replace(ev, actor=defendant, action=own, what=None, counterparts=(), cameo=codes.cameo,
                             plover=codes.plover, plover_mode=codes.mode)  # "X pleaded not guilty": X was charged
            continue
        if len({events[j].actor.name for j in named}) != 1:
            continue
        same = [j for j in named if events[j].action == own and events[j].status == "happened"]
        if same:
            j = same[0]
            person = out[j]
            if person.date.value is not None and ev.date.value is not None and person.date.value != ev.date.value:
                continue  # another day: another arrest (an undated lead, "have arrested a Haifa man", takes the day)
            date = person.date if person.date.value is not None else replace(
                ev.date, note=f"the day of the {ev.action} told in the sentence before")
            out[j] = replace(person, date=date, place=person.place or ev.place)
            for other in named:  # "Szalai ... was detained at her home and charged with ...": that day's acts
                if other != j and out[other].date.value is None and out[other].evidence.start == person.evidence.start:
                    out[other] = replace(out[other], date=date, place=out[other].place or ev.place)
            dropped.add(k)
        else:
            person = events[named[0]]
            codes = event_codes(own, ev.status)
            out[k] = replace(ev, actor=person.actor, action=own, what=None, counterparts=(), cameo=codes.cameo,
                             plover=codes.plover, plover_mode=codes.mode)
    for k, ev in enumerate(out):
        verb = trigger_token(ev, ctx) if ev.action in _OWN_ACTS and ev.status == "happened" and k not in dropped else None
        obj = one_unnamed_person(verb) if verb is not None else None
        if verb is None or obj is None or obj.dep_ != "dobj":
            continue
        codes = event_codes(_OWN_ACTS[ev.action], ev.status)  # "Dutch police arrested a Lithuanian man": his arrest
        out[k] = replace(ev, actor=held_group(obj, verb, ctx), action=_OWN_ACTS[ev.action], what=None, counterparts=(),
                         cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode)
    return [ev for k, ev in enumerate(out) if k not in dropped]


@cache
def _defendant_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``defendant_verbs`` of ``families.json`` court words ("plead", "deny")."""
    return frozenset(load_data("families.json")["court_words"]["defendant_verbs"])


def _defendant_after(ev: Event, ctx: _Ctx) -> ActorRef | None:
    """ev (Event): an arrest or charge of one unnamed person. RETURNS (ActorRef | None): the one named person who is the
    subject of a ``defendant_verbs`` verb in the next sentence, by name ("Mohd Rizal Hashim pleaded not guilty", "X,
    who served as deputy governor, is suspected of diverting $40 million"), else None."""
    sents = list(ctx.doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start_char == ev.evidence.start), None)
    if k is None or k + 1 >= len(sents):
        return None
    found = {ref.name: ref for t in sents[k + 1] if t.pos_ == "VERB" and t.lemma_.lower() in _defendant_verbs()
             for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
             if (ref := ctx.actors.get(c.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"}
    # (not "He has pleaded not guilty": the pronoun is the unnamed person just told, whoever the resolver took it for)
    return next(iter(found.values())) if len(found) == 1 else None


def included_arrestees(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events, with, after each group's ``arrest``/``charge``, the own ``arrested``/``charged``
    event of every named person its object's "including" phrase lists ("detained 14 people in Tbilisi on Thursday,
    including opposition activist X": X's arrest, that day and there), unless the article already tells that person's
    own act of the kind.
    """
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        own = _OWN_ACTS.get(ev.action)
        verb = trigger_token(ev, ctx) if own is not None and ev.status in ("happened", "planned") else None
        if verb is None or own is None:
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        people = [ref for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "including"
                  for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)
                  if (ref := ctx.actors.get(t.i)) is not None and ref is not ANONYMOUS and ref.kind == "person"]
        codes = event_codes(own, ev.status) if people else None
        for ref in people:
            if codes is None or any(o.action == own and o.actor.name == ref.name for o in events):
                continue
            out.append(replace(ev, actor=ref, action=own, what=None, counterparts=(), cameo=codes.cameo,
                               plover=codes.plover, plover_mode=codes.mode))
    return out


def remands_after_arrest(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events less each ``arrested`` event (happened or uncertain) told by "remand" ("was
    remanded in custody") or by a detention order ("a judge ordered him held in pre-trial detention") whose person has
    another happened ``arrested`` or ``charged`` event in the article on the same or an earlier day (or an unknown
    one): the remand keeps the arrest's detention going, it is not a second arrest. A dated remand a judge, magistrate
    or court orders is the person's ``hearing`` held that day instead.
    """
    arrests = [ev for ev in events if ev.action == "arrested" and ev.status in ("happened", "uncertain")]
    held = [ev for ev in events if ev.action in ("arrested", "charged") and ev.status == "happened"]
    if not arrests or not held:
        return events  # ("ordered him held in custody", read as uncertain: the order is no arrest either)
    remands = {id(ev) for ev in arrests if (tok := trigger_token(ev, ctx)) is not None and (
        tok.lemma_.lower() == "remand" or tok.head.lemma_.lower() == "order" and tok.dep_ in ("ccomp", "xcomp", "oprd"))}
    if not remands:
        return events
    dropped = {id(ev) for ev in arrests if id(ev) in remands and any(
        id(o) not in remands and o.actor.name == ev.actor.name
        and (o.date.value is None or ev.date.value is None or o.date.value[:10] <= ev.date.value[:10]) for o in held)}
    out: list[Event] = []
    for ev in events:
        if id(ev) not in dropped:
            out.append(ev)
        elif ev.status == "happened" and ev.date.value is not None and _bench_ordered(ev, ctx):
            codes = event_codes("hearing", "happened")  # "A Santiago court on Tuesday ordered X held in pre-trial
            out.append(replace(ev, action="hearing", what=None, counterparts=(), cameo=codes.cameo, plover=codes.plover,
                               plover_mode=codes.mode))  # detention": the court sat on X's case that day
    return out


def _bench_ordered(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): a remand. RETURNS (bool): a judge, magistrate or court (``bench_words``) is the subject of the verb
    that remands or orders it held."""
    tok = trigger_token(ev, ctx)
    return tok is not None and bench_verb(tok if tok.lemma_.lower() == "remand" else tok.head)


def filed_charges(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events, a ``charged`` event told by the charges filed ("The indictment was filed with the
    High Court in Ndola on Tuesday", :func:`~dateline.extract.courts.acted_on_person`) right after the same person's
    undated ``charged`` event ("Prosecutors have charged X with bribery") made one: the charge told first, with the
    filing's day (noted) and place.
    """
    out = list(events)
    dropped: set[int] = set()
    for k, ev in enumerate(events):
        tok = trigger_token(ev, ctx) if ev.action == "charged" and ev.date.value is not None else None
        if tok is None or tok.pos_ != "VERB" or not any(
                c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _lex().verbs.get(tok.lemma_.lower(), {}).get("object_words", ())
                for c in tok.children):
            continue
        first = next((j for j in range(k - 1, -1, -1) if out[j].action == "charged" and out[j].actor.name == ev.actor.name
                      and out[j].date.value is None and out[j].status == ev.status
                      and out[j].evidence.start < ev.evidence.start), None)
        if first is None:
            continue
        out[first] = replace(out[first], date=replace(ev.date, note=f"the day the charges were filed: {ev.evidence.sentence}"),
                             place=out[first].place or ev.place)
        dropped.add(k)
    return [ev for k, ev in enumerate(out) if k not in dropped]


#: Journey families a person may be moved in, in custody.
_JOURNEYS = TRIP_FAMILY | {"depart", "return"}


def moved_in_custody(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events less each journey told by a passive verb with no agent ("was flown to La Paz",
    "was taken to the capital") of a person the article tells arrested or charged: moved in custody, not travelling.
    """
    held = {ev.actor.name for ev in events if ev.action in ("arrested", "charged") and ev.actor.kind == "person"}
    if not held:
        return events
    out = []
    for ev in events:
        if ev.action in _JOURNEYS and ev.actor.name in held and (tok := trigger_token(ev, ctx)) is not None \
                and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.children):
            continue
        out.append(ev)
    return out


#: Pronouns that stand for the people an arrest told just before took ("released them several hours later").
_TAKEN_PRONOUNS = frozenset({"them", "him", "her", "they", "he", "she"})


def _released_ones(verb: Token) -> Token | None:
    """verb (Token): a releasing verb. RETURNS (Token | None): its object ("released [them]") or passive subject ("[All
    12] were released", "[They] were freed") when that is a pronoun or a bare count standing for people taken before,
    else None."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in _TAKEN_PRONOUNS:
            return c
        if c.dep_ == "nsubjpass" and (c.lower_ in _TAKEN_PRONOUNS or c.like_num or c.lower_ == "all" and any(
                g.like_num or g.lower_ == "of" for g in c.children)):
            return c
    return None


def released_arrestees(events: list[Event], ctx: _Ctx) -> list[Event]:
    """The people an arrest took, released after it: "Police detained two activists on Thursday and released them
    several hours later without charge", "Police arrested 12 farmers on Tuesday. All 12 were released on Wednesday".

    events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, and for each past releasing verb (``release`` and ``free`` of ``verbs`` in
        ``triggers.json``) that tells no event, whose object is a pronoun or count (:func:`_released_ones`), told in
        the sentence of an arrest that took place (``arrest``, by the state or its police) or in the sentence right
        after it: that state's ``release`` of the same people, dated by its own words or, with none, on the arrest's
        day ("later"); told with the release verb's sentence.
    """
    arrests = [ev for ev in events if ev.action == "arrest" and ev.status == "happened" and ev.what is not None]
    if not arrests:
        return events
    verbs = frozenset(v for v, entry in load_data("triggers.json")["verbs"].items() if entry.get("action") == "release")
    told = {ev.evidence.trigger_start for ev in events}
    numbers = sentence_numbers(ctx.doc)
    out = list(events)
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.idx in told or not told_past(verb) \
                or _released_ones(verb) is None:
            continue
        here = numbers.get(verb.sent.start_char, -9)
        arrest = next((ev for ev in reversed(arrests) if ev.evidence.start <= verb.sent.start_char
                       and here - numbers.get(ev.evidence.start, -99) in (0, 1)), None)
        if arrest is None:
            continue
        when = _date(verb, head_chain(verb), ctx)
        if when.value is None:
            when = replace(arrest.date, text="", note=f"released after the arrest told with it ({arrest.date.value})")
        codes = event_codes("release", "happened")
        sent = verb.sent
        out.append(replace(arrest, action="release", date=when, place=None, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode, evidence=replace(
                               arrest.evidence, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                               trigger_start=verb.idx, trigger_end=verb.idx + len(verb))))
    return out
