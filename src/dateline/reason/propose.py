"""Propose forecasting questions from planned events.

Each planned event with a known date becomes one question a later report can settle:
"Will Pete Hegseth visit the Joint Security Area by November 4, 2025?", with what report
would count (``resolution_criteria``), when it closes (the event's last day plus
:data:`~dateline.reason.resolve.GRACE_DAYS`), the event id and the evidence that
raised it. Words (verbs, meeting nouns) live in ``data/propose.json``.
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence

from ..model import ActorRef, Article, EventRecord, Evidence, Extraction, PlaceRef
from ..store.base import Store
from .question import actor_phrase, body_phrase, held_vote, is_date_phrase, load_data, place_phrase, what_phrase
from .actor_match import crowd_word
from .resolve import GRACE_DAYS
from .trips import moved_copy, postponed_copy, stop_cancellations, trip_moves, trip_postponements

__all__ = ["Proposal", "named_meeting", "proposable", "proposal_for", "propose", "meeting_proposals",
           "propose_for_article", "propose_as_announced"]


@dataclass(frozen=True)
class Proposal:
    """A proposed question.

    question (str): the question, parseable by :func:`dateline.reason.question.parse_question`.
    resolution_criteria (str): what report would count, and when it resolves no.
    close_date (date): the day after which silence means no.
    event_id (int): the planned event.
    evidence (tuple[Evidence, ...]): the sentences that raised it.
    from_day (date | None): the day it is asked on (reports after it count).
    """

    question: str
    resolution_criteria: str
    close_date: date
    event_id: int
    evidence: tuple[Evidence, ...]
    from_day: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{question, from, resolution_criteria, close_date, event_id, evidence}``."""
        return {
            "question": self.question,
            "from": self.from_day.isoformat() if self.from_day else None,
            "resolution_criteria": self.resolution_criteria,
            "close_date": self.close_date.isoformat(),
            "event_id": self.event_id,
            "evidence": [e.citation() for e in self.evidence],
        }


_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*|[A-Z]{2,}[\w-]*|of|and|on|for|the|-")


def named_meeting(sentence: str) -> str | None:
    """Find the name of a gathering in a sentence ("ASEAN Defence Ministers' Meeting-Plus",
    "EU-Japan summit").

    sentence (str): an evidence sentence.
    RETURNS (str | None): the first noun phrase headed by a meeting noun from
        ``data/propose.json``: a run of capitalised words (joined by of/and/on/for) that
        ends with the noun, or that is followed by it in lower case ("an EU-Japan
        summit"); at least two words. A run that goes on past the noun ("European
        Council President Antonio Costa") or whose next word names a role ("a European
        Council spokesperson", ``role_heads``) names a person or an office, and a
        possessive ("Hegseth's visit") a person's own event, not a gathering. None
        when there is none.
    """
    data = load_data("propose")
    nouns = set(data["meeting_nouns"])
    roles = set(data["role_heads"])
    connectors = set(data["name_connectors"])
    tokens = re.findall(r"[\w'’.-]+|[(),;:]", sentence)

    def head(tok: str) -> str:
        return tok.lower().strip("'’.")

    i = 0
    while i < len(tokens):
        if not tokens[i][:1].isupper():
            i += 1
            continue
        j = i
        while j < len(tokens) and (tokens[j][:1].isupper() or (tokens[j] in connectors and j > i)):
            j += 1
        run = tokens[i:j]
        while run and run[-1] in connectors:
            run.pop()
        nxt = j - (len(tokens[i:j]) - len(run))
        if nxt < len(tokens) and tokens[nxt][:1].islower() and head(tokens[nxt]) in nouns and run:
            run.append(tokens[nxt])  # "EU-Japan" + "summit"
            nxt += 1
        while run and (run[0] in connectors or run[0] in ("The", "A", "An")):
            run.pop(0)
        follows = head(tokens[nxt]) if nxt < len(tokens) else ""
        possessive = any(t.endswith(("'s", "’s")) for t in run[:-1])  # "Hegseth's visit": a person's event
        if len(run) >= 2 and head(run[-1]) in nouns and follows not in roles and not possessive:
            return " ".join(run).rstrip(".")
        i = max(j, i + 1)
    return None


def _mentions_actor(text: str, actor: str) -> bool:
    """True when a proposed object names the actor itself (whole name or surname)."""
    low = text.lower()
    names = [actor.lower()] + ([actor.split()[-1].lower()] if len(actor.split()) > 1 else [])
    return any(re.search(r"\b" + re.escape(n) + r"\b", low) for n in names)


def _where(place: PlaceRef | None) -> str:
    """RETURNS (str): where a question says the event is: " in Seoul", " at the Government
    Palace" (a site: ``site_heads`` of ``data/propose.json`` takes "the"), "" with no place."""
    if place is None:
        return ""
    if place.kind == "site":
        heads: list[str] = load_data("propose")["site_heads"]
        last = place.name.split()[-1].lower() if place.name.split() else ""
        return f" at the {place.name}" if last in heads and not place.name.lower().startswith("the ") else f" at {place.name}"
    return f" in {place_phrase(place.name)}"


def _object(event: EventRecord, verb: str) -> str | None:
    data = load_data("propose")
    place = event.place
    others = [c for c in event.counterparts if c.name != event.actor.name]
    persons = [c for c in others if c.kind == "person"]
    if verb in ("meet", "hold talks with", "call") and others:
        who = " and ".join(body_phrase(c.name, c.kind) for c in others[:2])
        if all(c.kind == "country" for c in others):
            who = "counterparts from " + who
        return who + _where(place)
    if verb == "host" and persons:
        # a host event's object is its guest, not an organisation named in an attribution
        who = " and ".join(c.name for c in persons[:2])
        return who + _where(place)
    if verb == "visit" and place is not None:
        return place_phrase(place.name)
    for ev in event.evidence:
        name = named_meeting(ev.sentence)
        if name and not _mentions_actor(name, event.actor.name):
            where = _where(place) if place is not None and place.name not in name else ""
            return f"the {name}{where}"
    if verb in ("host", "hold"):
        gathering = _gathering_phrase(event)
        if gathering is not None:  # "China will host a summit of Pacific island leaders in Xiamen"
            return gathering + (_where(place) if place is not None and place.name not in gathering else "")
    if verb == "attend":
        return None  # an attendance names its gathering or nothing
    if verb == "sign" and not persons:
        # no one to sign with: name what is signed ("sign the bilateral trade agreement in Canberra")
        document = _document(event, data["document_nouns"])
        if document is not None:
            return document + _where(place)
    if persons:
        who = " and ".join(c.name for c in persons[:2])
        template: str | None = data["person_object_templates"].get(verb)
        return template.format(who=who) if template else who
    return None


@cache
def _object_pattern(verbs: str, heads: tuple[str, ...], tail_preps: str = "") -> "re.Pattern[str]":
    """The noun phrase a verb governs: "<verb> a/the/its <up to 4 words> <head>[ <prep> <up to
    4 words>]", the complement only after one of ``tail_preps`` ("of", "on|for") and only
    when it ends before "in", "on", "with" or a comma or period; its words after the
    preposition are the group ``tail``."""
    alternation = "|".join(re.escape(n) for n in sorted(heads, key=len, reverse=True))  # "memorandum of understanding" whole
    tail = (rf"(?:\s+(?:{tail_preps})\s+(?P<tail>(?:[\w-]+\s+){{0,3}}?[\w-]+)(?=\s+in\b|\s+on\b|\s+with\b|[,.]))?"
            if tail_preps else "")
    return re.compile(rf"\b(?:{verbs})(?:s|ed|ing)?\s+(?:a|an|the|their|its|his|her)\s+((?:[\w-]+\s+){{0,4}}?"
                      rf"(?:{alternation})s?{tail})\b", re.IGNORECASE)


def _object_phrase(event: EventRecord, pattern: "re.Pattern[str]") -> str | None:
    """The first noun phrase ``pattern`` finds in the event's own sentences, definite ("the bilateral trade
    agreement"); a complement that is a date is the event's day, not the thing's ("sign an agreement on Wednesday":
    "the agreement")."""
    for ev in event.evidence:
        m = pattern.search(ev.sentence)
        if m:
            phrase = m.group(1)
            if "tail" in pattern.groupindex and m["tail"] and is_date_phrase(m["tail"]):
                phrase = phrase[: m.start("tail") - m.start(1)].rsplit(None, 1)[0]  # the phrase without "on Wednesday"
            return f"the {phrase}"
    return None


def _gathering_phrase(event: EventRecord) -> str | None:
    """What a host or hold event holds: "will host a summit of Pacific island leaders" -> "the summit of
    Pacific island leaders"; None when no gathering noun (``gathering_nouns`` in ``data/cues.json``) follows the verb."""
    return _object_phrase(event, _object_pattern("host|hold", tuple(load_data("cues")["gathering_nouns"]), "of"))


def _document(event: EventRecord, nouns: Sequence[str]) -> str | None:
    """What a sign event signs: "sign a bilateral trade agreement" -> "the bilateral trade agreement",
    "to sign an agreement on sharing radar data" -> "the agreement on sharing radar data";
    None when no document noun follows the verb."""
    return _object_phrase(event, _object_pattern("sign", tuple(nouns), "on|for"))


def _names_gathering(event: EventRecord, obj: str) -> bool:
    """True when a proposed object is a gathering named in the event's evidence, not a person."""
    return any((name := named_meeting(ev.sentence)) is not None and name in obj for ev in event.evidence)


def proposal_for(event: EventRecord, from_day: date, fallback_end: date | None = None) -> Proposal | None:
    """Make the question for one planned event.

    event (EventRecord): a planned event.
    from_day (date): the day of the proposal (reports after it count).
    fallback_end (date | None): the last day to use when the event has no date (the
        end of the trip it belongs to).
    RETURNS (Proposal | None): the proposal; None when the event has no calendar date
        (and no fallback; a postponement with no new day never takes one), has already
        passed, or has nothing to name as its object.
    """
    data = load_data("propose")
    span = event.date.interval()
    if span is None and event.status == "postponed":
        return None  # postponed with no new day: nothing to ask by a date yet
    last = span[1] if span is not None else fallback_end
    if last is None or last < from_day:
        return None
    if event.action in data["never_proposed"]:
        return None
    if event.action in data["crowd_unproposed"]:
        if event.actor.kind == "group" and crowd_word(event.actor.name):
            return None  # "Will protesters protest ...?" names no one
        return _protest_proposal(event, from_day, last)
    if event.action in data["what_joints"]:
        return _what_proposal(event, from_day, last)
    if event.action in data["pact_verbs"]:
        return _pact_proposal(event, from_day, last)
    if event.actor.kind == "country" and event.action in data["state_joint_verbs"]:
        return _state_joint_proposal(event, from_day, last)
    verb = data["verbs"].get(event.action, event.action)
    if verb == "visit" and event.place is None and any(c.kind == "person" for c in event.counterparts):
        verb = "meet"  # "will be received by X" with no place: one visits places, meets people
    if verb == "visit" and event.place is not None and (_at_home(event) or _returning(event)):
        return None  # going home ("Rubio returns to Washington", "before flying back to Rome") is no visit to ask about
    obj = _object(event, verb)
    if obj is None or _mentions_actor(obj, event.actor.name):
        return None  # never "Will Antonio Costa host ... Antonio Costa"
    if verb in data["meeting_verbs"] and _names_gathering(event, obj):
        verb = "attend"  # "meet the Security Consultative Meeting" -> "attend the Security Consultative Meeting"
    return _proposal(event.actor.name, verb, obj, from_day, last, event.id, event.evidence)


def proposable(event: EventRecord) -> bool:
    """Whether a plan's actor and action can make a question at all.

    event (EventRecord): a stored plan.
    RETURNS (bool): True for a plan of a person, body or group; for a state's plan only when the
        state hosts or holds a gathering, acts on a thing (``what_joints`` of ``data/propose.json``:
        drills with a partner, a launch, an exchange) or does a joint act with another state or
        body (``state_joint_verbs``: "Paraguay and Bolivia will sign a gas supply agreement",
        "China and Russia will hold talks"). A lone state travelling, attending or meeting a person
        ("Peru will visit Chile") is most often a delegation told vaguely: never proposed.
    """
    data = load_data("propose")
    if event.actor.kind != "country":
        return True
    if event.action in ("host", "hold") or event.action in data["what_joints"] or event.action in data["pact_verbs"]:
        return True
    return event.action in data["state_joint_verbs"] and bool(_state_partners(event))


def _state_partners(event: EventRecord) -> list[ActorRef]:
    """RETURNS (list[ActorRef]): the event's other states and bodies (``state_partner_kinds`` of
    ``data/propose.json``), the parties of a state's joint act; people are left out, and so is a
    body of the state itself ("Poland's Monetary Policy Council will hold its meeting" is no talks
    of Poland with its council)."""
    kinds = set(load_data("propose")["state_partner_kinds"])
    own = event.actor.name
    return [c for c in event.counterparts if c.name != own and c.kind in kinds and c.country != own]


def _state_joint_proposal(event: EventRecord, from_day: date, last: date) -> Proposal | None:
    """The question for a joint act a state plans with another state or body: "Will Paraguay sign
    the gas supply agreement with Bolivia in Asunción by ...?", "Will China hold talks with Russia
    by ...?" (``state_joint_verbs`` of ``data/propose.json``: a state holds talks, it does not meet).

    event (EventRecord): a planned event of a state whose action is a ``state_joint_verbs`` key.
    RETURNS (Proposal | None): None when it has no other state or body as its partner.
    """
    data = load_data("propose")
    partners = _state_partners(event)
    if not partners:
        return None
    verb = data["state_joint_verbs"][event.action]
    who = " and ".join(actor_phrase(c.name, c.kind) for c in partners[:2])
    obj = who
    if verb == "sign":
        # what is signed, from the event's own sentence ("sign a gas supply agreement"), else "an agreement"
        document = _document(event, data["document_nouns"])
        template: str = data["person_object_templates"]["sign"]
        obj = f"{document} with {who}" if document is not None else template.format(who=who)
    where = _where(event.place) if event.place is not None and event.place.name not in obj else ""
    return _proposal(actor_phrase(event.actor.name, event.actor.kind), verb, obj + where, from_day, last, event.id,
                     event.evidence)


def _what_proposal(event: EventRecord, from_day: date, last: date) -> Proposal | None:
    """The question for a planned action on a thing: "Will North Korea launch a reconnaissance
    satellite by ...?", "Will South Korea hold joint drills with the United States in the Yellow
    Sea by ...?", "Will Norway hold a general election by ...?"; a resignation names only its actor.

    event (EventRecord): a planned event of a ``what_joints`` family (``data/propose.json``).
    RETURNS (Proposal | None): None when the family needs an object and the event names none.
    """
    data = load_data("propose")
    verb = data["verbs"].get(event.action, event.action)
    a = event.actor
    actor = actor_phrase(a.name, a.kind)
    if event.action == "resign":
        return _proposal(actor, verb, "", from_day, last, event.id, event.evidence, data["family_nouns"]["resign"])
    if (court := data["court_questions"].get(event.action)) is not None:
        # "Will the court deliver its verdict in Kojo Mensah-Arthur's case by ...?", "Will X be sentenced by ...?"
        return _proposal(court["subject"].format(who=actor), court["verb"], court["object"].format(who=actor), from_day,
                         last, event.id, event.evidence, court["noun"])
    if (own := data["person_questions"].get(event.action)) is not None:
        # "Will X be sworn in as president by ...?", "Will X testify before the finance committee by ...?"
        obj = own["object"].format(what=event.what) if event.what or "{what}" not in own["object"] else ""  # ("dissolve
        # parliament" names its object whatever the event keeps)
        if own.get("placed") and event.place is not None:
            obj = f"{obj}{_where(event.place)}".strip()  # "Will X perform in Nairobi by ...?": asked where it is held
        return _proposal(actor, own["verb"], obj, from_day, last, event.id, event.evidence, own["noun"])
    if not event.what:
        return None
    what = what_phrase(event.what, event.action)
    verb = data["object_verbs"].get(event.what.lower().split()[-1], verb)  # "conduct a nuclear test"
    if event.action == "vote" and not held_vote(event.what):
        verb = "vote on"  # "vote on the budget"; an election is held
    obj = what
    joint = data["what_joints"].get(event.action, "")
    others = [c for c in event.counterparts if c.name != event.actor.name]
    if joint and others:
        obj += f" {joint} " + " and ".join(actor_phrase(c.name, c.kind) for c in others[:2])
    where = _where(event.place)
    if (toward := data["place_preps"].get(event.action)) and where.startswith(" in "):
        where = f" {toward} {where[4:]}"  # "send relief supplies to Turkey": where the aid goes
    return _proposal(actor, verb, obj + where, from_day, last, event.id, event.evidence,
                     data["family_nouns"].get(event.action))


def _pact_proposal(event: EventRecord, from_day: date, last: date) -> Proposal:
    """The question for a planned pact: "Will Israel agree to a ceasefire with Hamas in Gaza by ...?" with its other
    sides, "Will Russia declare a ceasefire by ...?" with none (``pact_verbs`` of ``data/propose.json``).

    event (EventRecord): a planned event of a ``pact_verbs`` family. RETURNS (Proposal): the proposal.
    """
    data = load_data("propose")
    verbs = data["pact_verbs"][event.action]
    others = [c for c in event.counterparts if c.name != event.actor.name]
    verb = verbs["with"] if others else verbs["alone"]
    obj = " and ".join(actor_phrase(c.name, c.kind) for c in others[:2])
    where = _where(event.place) if event.place is not None else ""
    return _proposal(actor_phrase(event.actor.name, event.actor.kind), verb, (obj + where).strip(), from_day, last,
                     event.id, event.evidence, data["family_nouns"].get(event.action))


def _protest_proposal(event: EventRecord, from_day: date, last: date) -> Proposal:
    """The question for an organiser's planned protest: "Will the Civic Front hold a rally in
    Tbilisi by ...?" (with its kind), "Will the unions protest in Brussels by ...?" (without).

    RETURNS (Proposal): the proposal; its target is the place, never a counterpart (whom a
    protest is about is no partner of it).
    """
    data = load_data("propose")
    a = event.actor
    actor = actor_phrase(a.name, a.kind)
    if a.kind == "group" and not actor.lower().startswith("the "):
        actor = f"the {actor}"  # "the opposition party", "the unions"
    verbs = data["protest_verbs"]
    verb, obj = (verbs["object"], what_phrase(event.what, event.action)) if event.what else (verbs["bare"], "")
    where = _where(event.place).strip()
    return _proposal(actor, verb, " ".join(w for w in (obj, where) if w), from_day, last, event.id, event.evidence,
                     data["family_nouns"].get(event.action))


def _returning(event: EventRecord) -> bool:
    """RETURNS (bool): True when every sentence tells the journey as a return ("flying back to
    Rome", "returns to Washington": ``return_pattern`` at the trigger), even with no home known."""
    pattern = re.compile(load_data("propose")["return_pattern"], re.IGNORECASE)
    told = [e for e in event.evidence if 0 <= e.trigger_start - e.start < len(e.sentence)]
    return bool(told) and all(pattern.match(e.sentence[e.trigger_start - e.start:]) for e in told)


def _at_home(event: EventRecord) -> bool:
    """RETURNS (bool): True when a visit's place is in its actor's own country."""
    home, place = event.actor.country, event.place
    if not home or place is None:
        return False
    return home in (place.country, place.name) or home in place.within


def _proposal(
    actor: str, verb: str, obj: str, from_day: date, last: date, event_id: int, evidence: tuple[Evidence, ...],
    noun: str | None = None,
) -> Proposal:
    data = load_data("propose")
    obj = f" {obj}" if obj else ""  # "Will Ingrid Solberg resign by ...?" names no object
    question = f"Will {actor} {verb}{obj} by {last.strftime('%B')} {last.day}, {last.year}?"
    past = data["past"].get(verb, verb)
    close = last + timedelta(days=GRACE_DAYS)
    span = f"on {last.isoformat()}" if last <= from_day else f"between {from_day.isoformat()} and {last.isoformat()}"
    criteria = (
        f"Yes if a news report published after {from_day.isoformat()} states that {actor} "
        f"{past}{obj} {span}; no if "
        f"{noun or data['nouns'].get(verb, 'the event')} is cancelled or no such report appears by {close.isoformat()}."
    )
    return Proposal(question, criteria, close, event_id, evidence, from_day)


def propose(store: Store, from_day: date, events: Sequence[EventRecord] | None = None) -> list[Proposal]:
    """Questions for the planned events known on a day.

    store (Store): the store.
    from_day (date): the as-of day; events dated before it are skipped.
    events (Sequence[EventRecord] | None): the events to consider; None takes all events
        as known on ``from_day``.
    RETURNS (list[Proposal]): proposals in calendar order, one per distinct question;
        none for a plan whose stop or trip was called off (:func:`stop_cancellations`) or
        whose actor and action make no question (:func:`proposable`); a plan whose trip was
        postponed takes the trip's new date (:func:`trip_postponements`). An undated plan of
        an actor closes with the last dated plan of the same actor (the end of the trip it
        belongs to). A question already resolved by ``from_day`` is not proposed.
    """
    statuses = set(load_data("propose")["proposable_statuses"])
    known = store.events(as_of=from_day)
    pool = [e for e in (list(events) if events is not None else known) if e.status in statuses and proposable(e)]
    called_off = stop_cancellations(pool, known)  # the stop or trip of the plan was called off
    moved = trip_postponements(pool, known)  # the plan moves with its postponed trip
    shifted = trip_moves(pool, known)  # or with its trip brought forward or put back without a postponement
    pool = [postponed_copy(e, *moved[e.id]) if e.id in moved else moved_copy(e, *shifted[e.id]) if e.id in shifted else e
            for e in pool if e.id not in called_off]
    trip_end: dict[str, date] = {}
    for e in pool:
        span = e.date.interval()
        if span is not None and span[1] >= from_day:
            trip_end[e.actor.name] = max(trip_end.get(e.actor.name, span[1]), span[1])
    out: list[Proposal] = []
    seen: set[str] = set()
    for event in pool:
        prop = proposal_for(event, from_day, trip_end.get(event.actor.name))
        if prop is not None and prop.question not in seen and not _already_resolved(store, prop, from_day):
            seen.add(prop.question)
            out.append(prop)
    return out


def _already_resolved(store: Store, prop: Proposal, from_day: date) -> bool:
    """RETURNS (bool): True when the proposed question is already resolved by what was
    published by ``from_day`` ("Will Azlan visit Japan by April 3?" the day after his talks in
    Tokyo were reported): a forecaster has nothing to forecast."""
    from ..errors import QuestionError
    from .ask import ask

    try:
        return ask(store, prop.question, from_day, close=prop.close_date, anchor=from_day).resolution is not None
    except QuestionError:
        return False


#: Actions of an event that stands for a named meeting itself (its host's, its holders', a state's attendance).
_GATHERING_ACTIONS = frozenset({"attend", "host", "hold"})


@cache
def _telling_before() -> re.Pattern[str]:
    """RETURNS: a pattern for a ``telling_words`` word (and "on") right before a day ("said on Friday")."""
    words = "|".join(map(re.escape, load_data("propose")["telling_words"]))
    return re.compile(rf"\b(?:{words})\s+(?:on\s+)?$", re.IGNORECASE)


def meeting_proposals(
    article: Article, extraction: Extraction, events: Sequence[EventRecord], from_day: date
) -> list[Proposal]:
    """Questions for named meetings an article schedules that no event covers
    ("the Security Consultative Meeting, scheduled for November 4 at the defence
    ministry in Seoul").

    article (Article): the article. extraction (Extraction): its extraction.
    events (Sequence[EventRecord]): its planned events (the main actor is the one with most).
    from_day (date): the proposal day.
    RETURNS (list[Proposal]): one ``attend`` question per sentence naming a meeting
        with a calendar date on or after ``from_day``; it cites the event of the same
        actor nearest in the text as its evidence.
    """
    persons = [e for e in events if e.actor.kind == "person"]
    if not persons:
        return []
    counts: dict[str, int] = {}
    for e in persons:
        counts[e.actor.name] = counts.get(e.actor.name, 0) + 1
    actor = max(counts, key=lambda n: counts[n])
    mine = [e for e in persons if e.actor.name == actor]
    out: list[Proposal] = []
    for start, end in extraction.sentences:
        sentence = article.text[start:end]
        name = named_meeting(sentence)
        if name is None or _mentions_actor(name, actor):
            continue
        if any(name in ev.sentence for e in mine for ev in e.evidence if "attend" == e.action):
            continue
        if any(e.actor.name != actor and e.action in _GATHERING_ACTIONS and any(ev.sentence == sentence for ev in e.evidence)
               for e in events):
            continue  # "Fiji has moved the Blue Pacific Ocean Summit to Suva": the meeting is another actor's event
        days = [t.interval() for t in extraction.times if start <= t.start < end
                and not _telling_before().search(article.text[start : t.start])]  # (not "the government said on Friday": the
        # telling's day)
        known = [d for d in days if d is not None and d[1] >= from_day]
        if not known:
            continue
        places = [p for p in extraction.places if start <= p.start < end]
        where = f" in {places[-1].name}" if places and places[-1].name not in name else ""
        nearest = min(mine, key=lambda e: min(abs(ev.start - start) for ev in e.evidence))
        out.append(_proposal(actor, "attend", f"the {name}{where}", from_day, known[0][1], nearest.id,
                             tuple(ev for ev in nearest.evidence if ev.article_id == article.id)))
    return out


def propose_for_article(store: Store, article_id: str) -> list[Proposal]:
    """Questions raised by one article: its planned events as known on its publication
    day, plus named meetings it schedules (:func:`meeting_proposals`).

    store (Store): the store. article_id (str): the article.
    RETURNS (list[Proposal]): the proposals, by close date.
    RAISES StoreError: E303 when there is no such article.
    """
    article, extraction = store.article(article_id)
    day = article.published or date.min
    events = store.events(article_id=article_id, as_of=article.published)
    out = propose(store, day, events)
    seen = {p.question for p in out}
    for prop in meeting_proposals(article, extraction, [e for e in events if e.status == "planned"], day):
        if prop.question not in seen:
            seen.add(prop.question)
            out.append(prop)
    return sorted(out, key=lambda p: p.close_date)


def propose_as_announced(store: Store) -> list[Proposal]:
    """Questions for every plan in the store, each asked on the day of the article that
    first reported it (:func:`propose_for_article`), so an archive whose plans all lie
    in the past still gets its questions.

    store (Store): the store.
    RETURNS (list[Proposal]): one per distinct question (the earliest announcement
        wins), by ``from_day`` then close date.
    """
    out: list[Proposal] = []
    seen: set[str] = set()
    for article in store.articles():
        for prop in propose_for_article(store, article.id):
            if prop.question not in seen:
                seen.add(prop.question)
                out.append(prop)
    return sorted(out, key=lambda p: (p.from_day or date.min, p.close_date))
