"""Answer a yes/no question about an event from stored events and their evidence.

:func:`ask` parses the question, matches the actor, target and window against the
store as known on the as-of day, resolves it (:mod:`.resolve`) and, while it is
open, forecasts the probability of yes (:mod:`.forecast`). The result's
:meth:`Answer.to_dict` is the JSON of ``dateline ask --format json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import Any, Sequence

from ..errors import Errors, QuestionError
from ..model import ActorInfo, ActorRef, Article, DateValue, EventRecord, Evidence, PlaceRef
from ..store.base import Store
from ..store.merge import CROWD_FAMILIES, action_family, region_blocs
from .forecast import features, predict, troubling
from .question import QuestionPattern, Window, actor_phrase, held_vote, load_data, parse_question, place_phrase, unreadable_window, window_interval, words
from .actor_match import actors_as_of, leading_country, match_actor, namesakes, only_country_words, title_namesakes
from .phrase_words import phrase_tokens
from .event_match import candidate_events, find_place
from .happened import counted_happened
from .occurrences import gathering_cancellations, gathering_postponements, gatherings, occurrence_events, withdrawal_words
from .overlap import in_place
from .resolve import GRACE_DAYS, Resolution, date_words, resolve
from .trips import (
    curtailed_plans,
    moved_copy,
    nearest_trip_place,
    postponed_copy,
    stop_cancellations,
    trip_events,
    trip_moves,
    trip_postponements,
)
from .window import future_window, may_fall_in, span_of

__all__ = ["Answer", "ask", "answer_word", "context_articles", "context_sentences", "datelines", "YES_AT", "NO_AT"]

#: An open question is answered ``yes`` at or above this probability...
YES_AT = 0.6
#: ... and ``no`` at or below this one; ``unknown`` between.
NO_AT = 0.3
#: Highest probability of an event known only from hedged reports (status uncertain:
#: a condition, "could", advice), whatever the fitted bias.
HEDGED_AT = 0.5
#: Highest probability of an event whose only match already took place outside the
#: question's window (a visit made a day early, asked about on its planned day, or a day late).
DONE_OUTSIDE_AT = 0.1
#: Highest probability of a plan put off to a day after the question's window ("adjourned the hearing until Feb. 23",
#: asked "by January 31"): the move itself says it will not fall in the window.
POSTPONED_OUTSIDE_AT = 0.15
#: Statuses of a plan not yet carried out: dated outside the window, it caps the probability at :data:`NO_AT`.
_PLAN_STATES = ("planned", "uncertain", "postponed")


@dataclass(frozen=True)
class Answer:
    """The answer to one question on one day.

    question (str): as asked. as_of (date): the evaluation day.
    answer (str): ``yes``, ``no`` or ``unknown``.
    probability (float | None): probability of yes (None when nothing could be matched).
    resolution (str | None): ``yes``, ``no``, ``annulled``, ``ambiguous``, None while open.
    event (EventRecord | None): the matched event.
    evidence (tuple[Evidence, ...]): its evidence as of ``as_of``.
    reason (str): one checkable sentence.
    cited (Evidence | None): the resolving sentence.
    window (tuple[date | None, date | None] | None): the window used.
    features (dict[str, float]): forecast features (empty when resolved or unmatched).
    """

    question: str
    as_of: date
    answer: str
    probability: float | None
    resolution: str | None
    event: EventRecord | None
    evidence: tuple[Evidence, ...]
    reason: str
    cited: Evidence | None = None
    window: tuple[date | None, date | None] | None = None
    features: dict[str, float] = field(default_factory=dict)

    @property
    def resolved(self) -> bool:
        """RETURNS (bool): True once the resolution is set."""
        return self.resolution is not None

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): the JSON shape of ``dateline ask --format json``."""
        return {
            "question": self.question,
            "as_of": self.as_of.isoformat(),
            "answer": self.answer,
            "probability": self.probability,
            "resolved": self.resolved,
            "resolution": self.resolution,
            "event": self.event.to_dict() if self.event else None,
            "evidence": [e.citation() for e in self.evidence],
            "reason": self.reason,
            "resolved_by": (
                {
                    "article_id": self.cited.article_id,
                    "published": self.cited.published.isoformat() if self.cited.published else None,
                    "sentence": " ".join(self.cited.sentence.split()),
                }
                if self.cited is not None and self.resolution is not None
                else None
            ),
            "window": (
                [d.isoformat() if d else None for d in self.window] if self.window is not None else None
            ),
            "features": self.features,
        }


def answer_word(resolution: str | None, probability: float | None) -> str:
    """The one-word answer.

    resolution (str | None): the resolution, None while open.
    probability (float | None): probability of yes.
    RETURNS (str): the resolution when ``yes``/``no``; ``unknown`` for annulled or
        ambiguous; for open questions ``yes`` at >= :data:`YES_AT`, ``no`` at <=
        :data:`NO_AT`, else ``unknown``.
    """
    if resolution in ("yes", "no"):
        return resolution
    if resolution is not None or probability is None:
        return "unknown"
    if probability >= YES_AT:
        return "yes"
    if probability <= NO_AT:
        return "no"
    return "unknown"


def _unknown(question: str, as_of: date, reason: str) -> Answer:
    return Answer(question, as_of, "unknown", None, None, None, (), reason)


def _subject(
    pattern: QuestionPattern, actor: ActorInfo, target: str | None, person: bool = False, at_place: bool = False
) -> tuple[str, str]:
    """RETURNS (tuple[str, str]): how reasons name the asked event ("Pete Hegseth visiting
    Seoul") and say it happened ("Pete Hegseth visited Seoul"); a signing with a person
    signs "an agreement with" them (``person``: the target is a counterpart); a kind of act
    the question names is named as such ("teachers marched", ``act_kinds``); a place
    (``at_place``) that the action does not take as its object is "in" it ("meeting in Lusaka")."""
    data = load_data("question")
    doing = data["gerund"].get(pattern.action, pattern.action)
    done = data["past_tense"].get(pattern.action, pattern.action)
    kind = data["act_kinds"].get(pattern.action, {}).get(pattern.variety) if pattern.variety else None
    if kind is not None:
        doing, done = kind["doing"], kind["done"]  # "teachers marched", "unions went on strike"
    if person and pattern.action == "sign":
        doing, done = f"{doing} an agreement with", f"{done} an agreement with"
    elif target and (prep := data["target_prepositions"].get(pattern.action)):
        doing, done = f"{doing} {prep}", f"{done} {prep}"  # "protested in Brussels"
    elif target and at_place and kind is None and pattern.action not in data["place_objects"]:
        doing, done = f"{doing} in", f"{done} in"  # "met in Lusaka", not "met Lusaka"
    elif not target and pattern.what and pattern.action in data["office_families"]:
        doing, done = f"{doing} a {pattern.what}", f"{done} a {pattern.what}"  # "Ivar Lunde appointed a fisheries
        # minister" (the one appointed is told by the cited sentence)
    if pattern.action == "vote" and pattern.what and held_vote(pattern.what):
        doing, done = data["gerund"]["hold"], data["past_tense"]["hold"]  # an election is held, not voted on
    if not target and doing.endswith(" on") and done.endswith(" on"):
        doing, done = doing[:-3], done[:-3]  # "Moldova voting", not "voting on" with nothing voted on named
    name = actor_phrase(actor.name, actor.kind)
    return (" ".join(w for w in (name, doing, target) if w), " ".join(w for w in (name, done, target) if w))


def _target(
    store: Store, pattern: QuestionPattern, actors: list[ActorInfo], as_of: date
) -> tuple[PlaceRef | None, ActorInfo | None]:
    """RETURNS (tuple): (place, counterpart) for the pattern's target; (None, None)
    leaves it to be matched by its words."""
    if not pattern.target:
        return None, None
    if pattern.what is not None:
        # "impose sanctions on Russia", "hold drills with Japan": whom, never where
        whom = match_actor(pattern.target, actors, as_of)
        if whom is None and (country := find_place(store, pattern.target)) is not None and country.kind == "country":
            # a real country no stored article names as an actor: no event can be about it yet
            whom = ActorInfo(-1, country.name, "country", country.name)
        return None, whom
    if pattern.action in ("attend", "host") and _words_of(pattern.target)[-1:] \
            and _words_of(pattern.target)[-1] in _gathering_nouns():
        return None, None  # "attend the BIMSTEC summit", "host the Nordic energy ministers' meeting": the gathering,
        # matched by its words, not the body as a partner
    words = _words_of(pattern.target)
    if pattern.action in ("attend", "host") and any(
            k + 2 < len(words) and words[k] in _gathering_nouns() and words[k + 1] == "of"
            and all(w.islower() for w in pattern.target.split()[:k]) for k in range(min(3, len(words)))):
        return None, None  # "attend the inauguration of X": X's occasion (event_match.owned_gathering), X no partner;
        # "host the meeting of Nordic energy ministers", "host the special meeting of ASEAN economy ministers": the
        # gathering
    place = find_place(store, pattern.target)
    if place is not None and pattern.action not in ("meet", "sign", "call", "host"):
        return place, None  # (a meeting's, signing's, call's or hosting's named country is first a party: "sign with
        # Vietnam", "host Cameroon in Lagos")
    counterpart = match_actor(pattern.target, actors, as_of)
    if counterpart is not None:
        return None, counterpart
    if place is not None and place.kind == "country" and pattern.action in ("meet", "sign", "call", "host") \
            and (state := _state_of_people(place.name, actors)) is not None:
        return None, state  # "sign an agreement with Togo": with Togo's president, the state no article names itself
    if pattern.action in ("meet", "call", "host") and _titled_person(pattern.target):
        # "meet the Chilean president": a person no stored actor is known as, not the country
        raise _NoCounterpart(pattern.target)
    return place, None


def _words_of(text: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in text.split()]


@cache
def _gathering_nouns() -> frozenset[str]:
    """Nouns of a gathering (``gathering_nouns`` of ``data/cues.json``)."""
    return frozenset(load_data("cues")["gathering_nouns"])


class _NoCounterpart(Exception):
    """A meeting question names its counterpart by a title no stored actor holds."""


def _background(event: EventRecord, asked: date | None) -> bool:
    """True when an event is background to a stored future-tense question asked on ``asked``:
    told as done, with no date of its own, only by articles published by that day ("Canada
    has already sanctioned 100 Venezuelan officials since 2017" in the article that raised
    "Will Canada impose sanctions on Venezuela?"). It happened before the question was asked,
    so it neither resolves nor forecasts it."""
    return (asked is not None and event.status == "happened" and event.date.interval() is None
            and all(ev.published is not None and ev.published <= asked for ev in event.evidence))


def _crowd(store: Store, pattern: QuestionPattern, as_of: date) -> ActorInfo | None:
    """A crowd no stored actor is named after, for a family crowds do ("Will farmers protest
    in Brussels?" when the protest is stored under the organisers' "groups" and a sentence
    of it says "thousands of farmers protested"): the crowd as a group, when some stored
    event of the family has a sentence naming it; None otherwise.

    RETURNS (ActorInfo | None): a group actor (id -1) for :func:`candidate_events`; a crowd asked with its place
        ("dockworkers at Muuga harbour") is tried without it too, and a compound crowd word ("dockworkers") stands for
        the stored group it ends with ("workers").
    """
    if action_family(pattern.action) not in CROWD_FAMILIES or not pattern.actor:
        return None
    try:
        place, counterpart = _target(store, pattern, actors_as_of(store, as_of), as_of)
    except _NoCounterpart:
        place = counterpart = None  # ("Will the Haki Sasa Alliance hold a protest in Nairobi?": the crowd's protest
        # there)
    words = pattern.actor.removeprefix("the ")
    for name in dict.fromkeys([words, re.split(r"\s+(?:at|in|of)\s+", words, maxsplit=1)[0]]):
        # ("dockworkers at Muuga harbour": the crowd, wherever the stored sentence places it)
        crowd = ActorInfo(-1, name, "group", None)
        if candidate_events(store, pattern, crowd, as_of, place, counterpart):
            return crowd
        last = name.split()[-1].lower() if name.split() else ""
        kin = next((a for a in actors_as_of(store, as_of) if a.kind == "group" and " " not in a.name
                    and len(a.name) >= 5 and last != a.name.lower() and last.endswith(a.name.lower())), None)
        if kin is not None and candidate_events(store, pattern, kin, as_of, place, counterpart):
            return kin  # "dockworkers" for the stored "workers" of the harbour's strike
    return None


def _state_of_people(country: str, actors: list[ActorInfo]) -> ActorInfo | None:
    """country (str): a country's name. actors (list[ActorInfo]): the store's actors as of the question's day.
    RETURNS (ActorInfo | None): the state as an actor (id -1) when the store knows people of it but never the state
    itself, so that its leaders' events answer for it (event_match: a country's events include its people's); None
    otherwise."""
    if any(a.kind == "country" and a.name == country for a in actors):
        return None
    if not any(a.kind == "person" and a.country == country for a in actors):
        return None
    return ActorInfo(-1, country, "country", country)


def _bloc_members(phrase: str, actors: list[ActorInfo]) -> ActorInfo | None:
    """ "Will ECOWAS hold its summit of heads of state in Abuja?" with the summit stored under "West African summit
    participants": a question's actor that names a regional bloc stands for the one stored group told by its region's
    adjective (:func:`~dateline.store.merge.region_blocs`). RETURNS (ActorInfo | None): that group, else None (none or
    several)."""
    asked = re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE).casefold()
    found = [a for a in actors if any(b.casefold() == asked for b in region_blocs(ActorRef(a.name, a.kind, None, a.country)))]
    return found[0] if len(found) == 1 else None


def _asked_state(phrase: str, actors: list[ActorInfo]) -> ActorInfo | None:
    """ "Will Ghana and Togo sign an agreement ...?" with the signing stored under Ghana's president: a question's
    actor that is only a country's name, a state the store knows no event of its own but people of, stands for them.
    RETURNS (ActorInfo | None): that state (:func:`_state_of_people`), else None."""
    country, rest = leading_country(phrase_tokens(phrase))
    if country is None or rest:
        return None
    return _state_of_people(country, actors)


def _titled_person(phrase: str) -> bool:
    """RETURNS (bool): True when a phrase names a person by title only ("the Chilean
    president", "the president of Chile"; not "President Lee"), as the extractor reads titles."""
    from ..extract.actors import parse_title

    info = parse_title(" ".join(w[:1].upper() + w[1:] for w in phrase.split()))
    if info.title is None:
        return False
    known = set(words(info.title)) | set(words(info.country or "")) | {"the", "of", "a", "an"}
    return only_country_words(" ".join(w for w in words(phrase) if w not in known))


def ask(
    store: Store,
    question: str,
    as_of: date,
    close: date | None = None,
    anchor: date | None = None,
) -> Answer:
    """Answer a yes/no question about an event, using only articles published by ``as_of``.

    store (Store): the store.
    question (str): e.g. "Will Pete Hegseth visit the DMZ by November 4?".
    as_of (date): evidence published after this day is ignored.
    close (date | None): a stored question's close day; the window's last day when
        the question itself has no date.
    anchor (date | None): the day relative dates in the question are read against
        (a stored question's creation day); None is ``as_of``.
    RETURNS (Answer): answer, probability, resolution, matched event, evidence, reason.
    RAISES QuestionError: E401-E405 when the text is not a well-formed yes/no question about an event (E404 also for a
        "between" range that ends before it starts).
    """
    pattern = parse_question(question)
    actors = actors_as_of(store, as_of)
    if pattern.kind == "occurrence":
        return _ask_occurrence(store, pattern, as_of, close, anchor)
    actor = match_actor(pattern.actor, actors, as_of) or _crowd(store, pattern, as_of) \
        or _asked_state(pattern.actor, actors) or _bloc_members(pattern.actor, actors)
    if actor is not None and actor.kind in ("org", "group") and action_family(pattern.action) in CROWD_FAMILIES \
            and not candidate_events(store, pattern, actor, as_of, None, None):
        actor = _crowd(store, pattern, as_of) or actor  # "Will the Rural Farmers' Alliance block the crossing?", the
        # alliance stored only as the other side of a meeting and its blockade under "farmers", in a sentence that
        # names it ("Polish farmers will block the road ..., the Rural Farmers' Alliance said")
    if actor is None:
        return _unknown(
            question, as_of, f"No stored actor matches '{pattern.actor}' by name, alias or title as of {as_of.isoformat()}."
        )
    try:
        place, counterpart = _target(store, pattern, actors, as_of)
    except _NoCounterpart:
        return _unknown(question, as_of, f"No stored person is known as '{pattern.target}' as of {as_of.isoformat()} "
                                         "(by name, alias or title).")
    extra = find_place(store, pattern.place) if pattern.place else None
    same = namesakes(pattern.actor, actors) or title_namesakes(pattern.actor, actors, as_of)
    if len(same) > 1:
        # "Wekesa" for two people: the one with a matching event, else say the name is ambiguous
        fits = [a for a in same if candidate_events(store, pattern, a, as_of, place, counterpart, extra)]
        if len(fits) != 1:
            names = ", ".join(a.name for a in same[:6]) + (f" and {len(same) - 6} more" if len(same) > 6 else "")
            return _unknown(question, as_of, f"'{pattern.actor}' names several people as of {as_of.isoformat()} "
                                             f"({names}); ask with the full name.")
        actor = fits[0]
    occasion: list[EventRecord] = []
    if pattern.place and extra is None:
        occasion = _occasion(store, pattern.place, as_of)
        if not occasion:
            return _unknown(question, as_of, f"No stored place or gathering matches '{pattern.place}' as of "
                                             f"{as_of.isoformat()}.")
        extra = next((e.place for e in occasion if e.place is not None), None)
    trip = None
    trip_place = None
    if pattern.window.kind == "trip":
        if pattern.window.place is None:
            trip_place = nearest_trip_place(store, actor, anchor or as_of, as_of)
            if trip_place is None:
                return _unknown(question, as_of, f"No trip of {actor.name} is known as of {as_of.isoformat()}.")
        else:
            trip_place = find_place(store, pattern.window.place)
        if trip_place is None:
            return _unknown(question, as_of, f"No stored place matches '{pattern.window.place}' as of {as_of.isoformat()}.")
        trip = trip_events(store, actor, trip_place, as_of)
        span = span_of(trip)
        if not trip:
            return _unknown(
                question, as_of, f"No trip of {actor.name} to {trip_place.name} is known as of {as_of.isoformat()}."
            )
    window: tuple[date | None, date | None] | None = None
    if trip is not None:
        window = span if span is not None else (None, None)
    elif occasion and pattern.window.kind == "none" and span_of(occasion) is not None:
        window = span_of(occasion)  # "meet Lula at the G20 summit": while the summit lasts
    events = candidate_events(store, pattern, actor, as_of, place, counterpart, extra)
    if window is None:
        window = _dated_window(pattern, anchor or _told_day(pattern, events, as_of), close)
    if window == (None, None) and close is not None:
        window = (None, close)  # a trip with no dated event: the stored question's close day
    if window == (None, None) and pattern.past and pattern.window.kind == "none":
        window = (None, as_of)  # "Did X visit Oslo?" asks about what happened by the as-of day
    assert window is not None
    asked = anchor if anchor is not None and not pattern.past else None
    if asked is None and not pattern.past:
        asked = min((ev.published for e in events for ev in e.evidence if ev.published is not None
                     and ev.status in ("planned", "uncertain")), default=None)  # "Will X visit Chisinau by March 15?"
        # asked of the plan told on March 2: "has visited Chisinau once before", told by then, is background
    events = [e for e in events if not _background(e, asked)]
    if not events and pattern.target and place is None and counterpart is None:
        return _unknown(
            question, as_of, f"No stored place, person or meeting matches '{pattern.target}' as of {as_of.isoformat()}."
        )
    target_name = place_phrase(place.name) if place else actor_phrase(counterpart.name, counterpart.kind) if counterpart else _topic_phrase(pattern.target)
    if pattern.what is not None and pattern.action not in load_data("question")["actor_only_families"]:
        # "North Korea launching a ballistic missile", "the EU imposing sanctions on Russia"
        joint = " with " if pattern.action in load_data("question")["joint_families"] else " on "
        toward = load_data("brief")["place_preps"].get(pattern.action, "in")  # "sending relief supplies to Turkey"
        target_name = pattern.what + (joint + target_name if target_name else "") + (
            f" {toward} {place_phrase(extra.name)}" if extra is not None else "")
    subject, done = _subject(pattern, actor, target_name, counterpart is not None and place is None,
                             place is not None and pattern.what is None)
    topic = pattern.target if pattern.target and place is None and counterpart is None else None
    return _answer(store, pattern, events, window, as_of, subject, place or extra, actor, trip, trip_place, done,
                   topic, asked)


def _occasion(store: Store, phrase: str, as_of: date) -> list[EventRecord]:
    """The stored gathering a question's "at" phrase names ("meet Lula at the G20 summit").

    phrase (str): the words after "at"/"in" that are no stored place. as_of (date): only
        evidence published by this day counts.
    RETURNS (list[EventRecord]): the events of that one gathering (:func:`occurrence_events`:
        every distinctive word named in a trigger clause), or [] when the phrase has no
        gathering noun (``gathering_nouns`` in ``data/cues.json``) or names no single gathering.
    """
    nouns: list[str] = load_data("cues")["gathering_nouns"]
    if not set(words(phrase)) & set(nouns):
        return []
    events = occurrence_events(store, QuestionPattern(phrase, "", "hold", phrase, None, Window("none"),
                                                      kind="occurrence"), as_of)
    groups = gatherings(events)
    return groups[0] if len(groups) == 1 else []


def _topic_phrase(topic: str | None) -> str | None:
    """RETURNS (str | None): a common-noun topic as a sentence writes it ("summit" -> "the
    summit", "agreement on radar data" -> "the agreement on radar data"); names unchanged."""
    if not topic or not topic[:1].islower() or topic.lower().startswith(("the ", "a ", "an ")):
        return topic
    return f"the {topic}"


#: A year-less calendar window read against the as-of day that lands further ahead than this
#: has probably wrapped to next year ("on March 12" asked again on April 20).
WRAP_DAYS = 180


def _told_day(pattern: QuestionPattern, events: Sequence[EventRecord], as_of: date) -> date:
    """The day an unstored question's calendar words are read against.

    A question asked again after its day ("Will Ruto open the bridge on March 12?", as of April 20) means the
    March 12 the plan was told for, not next year's: when the words read against ``as_of`` fall more than
    :data:`WRAP_DAYS` ahead, and a report of a matched event (its plan, or the event done) published within the year
    before ``as_of`` reads the same words as a day between its publication and ``as_of``, that day is the anchor
    (the earliest such). Weekdays and relative words
    ("next week") are read against ``as_of`` as written.

    pattern (QuestionPattern): the parsed question. events (Sequence[EventRecord]): its candidate events.
    as_of (date): the evaluation day.
    RETURNS (date): ``as_of``, or the publication day of the report the words were written against.
    """
    if pattern.past or pattern.window.kind not in ("on", "by", "between"):
        return as_of
    read = window_interval(pattern.window, as_of, False)
    first = (read[0] or read[1]) if read is not None else None
    if first is None or first <= as_of + timedelta(days=WRAP_DAYS):
        return as_of
    told = sorted({ev.published for e in events for ev in e.evidence
                   if ev.published is not None and as_of - timedelta(days=365) <= ev.published <= as_of})
    for day in told:
        again = window_interval(pattern.window, day, False)
        ends = [d for d in (again or ()) if d is not None]
        if ends and day <= max(ends) and min(ends) <= as_of:  # ahead when told, passed by the as-of day
            return day
    return as_of


def _dated_window(
    pattern: QuestionPattern, asked: date, close: date | None
) -> tuple[date | None, date | None]:
    """The days of a question's written window (not a trip's): read against ``asked``, closed by
    a stored question's ``close`` day when it has no date, its open start set by :func:`future_window`.

    RETURNS (tuple): (first, last), either open as None.
    RAISES QuestionError: E404 when the date words cannot be read ("by next Fridy") or a
        "between" range ends before it starts.
    """
    window = window_interval(pattern.window, asked, pattern.past)
    if window is None:
        raise unreadable_window(pattern, asked) or QuestionError(
            Errors.E404.format(text=pattern.window.text, question=pattern.question, why="no days"))
    if window == (None, None) and close is not None:
        window = (None, close)
    return future_window(window, asked, pattern.past)


def _ask_occurrence(
    store: Store,
    pattern: QuestionPattern,
    as_of: date,
    close: date | None,
    anchor: date | None,
) -> Answer:
    """Answer "Will the X take place [in P] [on D]?": the named gathering, whoever holds it.
    Same rules as :func:`ask`; the forecast reads the articles of the actor of the
    best-reported matching event."""
    question = pattern.question
    place = find_place(store, pattern.place) if pattern.place else None
    if pattern.place and place is None:
        return _unknown(question, as_of, f"No stored place matches '{pattern.place}' as of {as_of.isoformat()}.")
    events = occurrence_events(store, pattern, as_of, place)
    window = _dated_window(pattern, anchor or _told_day(pattern, events, as_of), close)
    if window != (None, None):
        lo, hi = window
        inside = [e for e in events if may_fall_in(e, lo, hi)]
        events = inside or events  # a gathering moved out of the window is still the one asked about
    if not events:
        return _unknown(
            question, as_of, f"No stored event is the '{pattern.target}' as of {as_of.isoformat()}."
        )
    groups = gatherings(events)
    if len(groups) > 1:
        named = "; ".join(_describe(g[0]) for g in groups[:4])
        return _unknown(
            question, as_of, f"{len(groups)} different gatherings match '{pattern.target}' as of "
            f"{as_of.isoformat()} ({named}); name its place or date."
        )
    subject = f"the {pattern.target}" + (f" in {place.name}" if place else "")
    return _answer(store, pattern, events, window, as_of, subject, place, None, done=f"{subject} took place")


def _answer(
    store: Store,
    pattern: QuestionPattern,
    events: list[EventRecord],
    window: tuple[date | None, date | None],
    as_of: date,
    subject: str,
    place: PlaceRef | None,
    actor: ActorInfo | None,
    trip: list[EventRecord] | None = None,
    trip_place: PlaceRef | None = None,
    done: str | None = None,
    topic: str | None = None,
    asked: date | None = None,
) -> Answer:
    """Resolve the matched events, or forecast while the question is open.

    events (list[EventRecord]): the question's matched events as known on ``as_of``.
    subject (str): how the reason names the event ("Pete Hegseth visiting Seoul").
    place (PlaceRef | None): the question's place.
    actor (ActorInfo | None): whose articles the forecast reads; None: the matched event's actor.
    trip, trip_place: the trip's events and destination for "during his trip to X".
    done (str | None): how the reason says it happened ("Pete Hegseth visited Seoul");
        None: "<subject> happened".
    topic (str | None): the target when it is neither place nor person (see :func:`resolve`).
    asked (date | None): the day a stored future-tense question was asked (see :func:`resolve`).
    RETURNS (Answer): the answer.
    """
    question = pattern.question
    if pattern.action in load_data("question")["repeatable_actions"] and window[0] is not None:
        # "Will North Korea launch an ICBM by November 30?": a launch made before the window says nothing of one in it
        opens = window[0]
        events = [e for e in events if not (e.status in ("happened", "ongoing") and (took := e.date.interval()) is not None
                                            and took[1] < opens)]
    lines = datelines(store, events)
    known = store.events(as_of=as_of)
    places = store.places()
    shifted = trip_moves(events, known)  # "brought forward by a day": the trip's plans move with it
    events = [moved_copy(e, *shifted[e.id]) if e.id in shifted else e for e in events]
    # a guest's trip called off takes their own part with it, not the gathering an occurrence question asks about
    # ("Alami scrapped his Dakar trip" says nothing of whether the Dakar forum takes place)
    personal = set(load_data("question")["occurrence_personal_actions"]) if pattern.kind == "occurrence" else set()
    not_guests = [e for e in events if e.action not in personal]
    called_off = {
        **curtailed_plans(not_guests, known),
        **stop_cancellations(not_guests, known, pattern.action),
        **gathering_cancellations(events, known, pattern.target),
    }
    res: Resolution = resolve(
        pattern, events, window, as_of, trip, subject, place, places, trip_place, lines, called_off, done, topic, asked
    )
    event = res.event
    evidence = event.evidence if event is not None else ()
    if res.resolution is not None:
        probability = {"yes": 1.0, "no": 0.0, "ambiguous": 0.5, "annulled": 0.0}[res.resolution]
        return Answer(question, as_of, answer_word(res.resolution, probability), probability, res.resolution,
                      event, evidence, res.reason, res.cited, window)
    moved = {**trip_postponements([event], known), **gathering_postponements([event], known, pattern.target)} if event else {}
    if event is not None and event.id in moved:
        event = postponed_copy(event, *moved[event.id])
        evidence = event.evidence
    reader = actor
    if reader is None and event is not None:
        reader = next((a for a in store.actors(as_of=as_of) if a.name == event.actor.name), None) or ActorInfo(
            0, event.actor.name, event.actor.kind, event.actor.country
        )
    found = _actor_articles(store, reader, event, as_of) if reader else []  # (read once for the three below)
    context = context_sentences(store, reader, event, as_of, found) if reader else []
    articles = context_articles(store, reader, event, as_of, found) if reader else []
    if pattern.kind == "occurrence":
        # a guest's own news (an illness, a skipped summit) says nothing of the gathering:
        # only sentences that name the gathering count
        named = set(words(pattern.target or "")) - set(load_data("question")["stop_words"])
        context = [(d, t) for d, t in context if named <= set(words(t)) and not withdrawal_words(t)]
        articles = [(d, t) for d, t in articles if named <= set(words(t)) and not withdrawal_words(t)]
    feats = features(event, as_of, window, context, articles, plan_ledes(event, [a for _, a, _ in found], as_of))
    probability = predict(feats)
    if event is None:
        # nothing reports it: never a "yes", whatever the fitted bias
        probability = min(probability, NO_AT)
    elif event.status == "uncertain" and all(e.status in ("uncertain", "denied") for e in event.evidence):
        # only hedged reports ("could visit if ...", "should visit"): never a confident "yes"
        probability = min(probability, HEDGED_AT)
    reason = _open_reason(subject, event, as_of, probability, troubling(event, context) if feats.as_dict()["doubt"] else ())
    waning = _undated_plan_share(event, window, as_of) if event is not None else None
    if event is not None and waning is not None and waning < 1.0 and window[1] is not None:
        # "will visit Yerevan; no date has been set", asked again with the window nearly closed and no day given since:
        # the chance it falls in what is left of the window shrinks with the time the plan has waited undated
        probability = round(min(max(probability * waning, 0.02), probability), 3)
        told = _first_plan_day(event)
        reason = (f"As reported by {as_of.isoformat()}, {subject} is {event.status} with no date since "
                  f"{told.isoformat() if told else 'its first report'}, and {(window[1] - as_of).days + 1} day(s) of the "
                  f"window are left; probability {probability:.2f}.")
    if event is not None and feats.as_dict().get("outside_window") and event.status in _PLAN_STATES:
        # the only plan known is dated outside the window: never a "yes", whatever the fit;
        # "Did X visit Oslo?" before the planned day: it has not happened yet
        days = event.date.interval()
        put_off = event.status == "postponed" and days is not None and window[1] is not None and days[0] > window[1]
        probability = min(probability, DONE_OUTSIDE_AT if pattern.past else POSTPONED_OUTSIDE_AT if put_off else NO_AT)
        lo, hi = window
        if pattern.window.kind in ("by", "none") and hi is not None:
            lo = None  # the first day is the implicit lookback, not the question's
        span = " to ".join(d.isoformat() for d in (lo, hi) if d is not None)
        reason = (f"As reported by {as_of.isoformat()}, {subject} is {event.status} for {date_words(event.date.value)}, "
                  f"outside the question's window ({'ending ' if lo is None else ''}{span}); "
                  f"probability {probability:.2f}.")
        mover = _moved_by(event)
        if mover is not None:
            reason += f" {_cite_short(mover)} moved it: \"{_quote(mover.sentence)}\""
    counted = counted_happened(event, pattern, topic, place, places, lines) if event is not None else []
    if event is not None and event.status in ("happened", "ongoing") and not counted and pattern.action == "meet":
        # "Modi left Buenos Aires for Brasilia": the journey took place, the meeting is not reported
        went = next((e for e in reversed(event.evidence) if e.status in ("happened", "ongoing")), None)
        if went is not None and event.action in load_data("question")["action_matches"]["visit"]:
            reason = (f"{_cite_short(went)} reports the journey of {event.actor.name} "
                      f"({date_words(event.date.value)}), but no sentence says {done or subject + ' happened'}; "
                      f"probability {probability:.2f}.")
    if event is not None and event.status in ("happened", "ongoing") and counted:
        days = event.date.interval()
        lo, hi = window
        if days is not None and (lo is not None and days[1] < lo or hi is not None and days[0] > hi):
            # it took place outside the window (a visit made a day early, or a day late): a second one is unlikely
            probability = min(probability, DONE_OUTSIDE_AT)
            side = (f"before the question's window opens ({lo.isoformat()})" if lo is not None and days[1] < lo
                    else f"after the question's window ends ({hi.isoformat() if hi else ''})")
            reason = (f"As reported by {as_of.isoformat()}, {done or subject} on {date_words(event.date.value)}, "
                      f"{side}; probability {probability:.2f}.")
    if pattern.past and event is not None and event.status in _PLAN_STATES and probability > HEDGED_AT:
        # "Did Munir go to Riyadh on Wednesday?": a plan is no report that it happened
        probability = HEDGED_AT
        reason = (f"As reported by {as_of.isoformat()}, {subject} is {event.status} for "
                  f"{date_words(event.date.value)}, and no article yet reports that it happened; "
                  f"probability {probability:.2f}.")
    reported = _reported_in_window(event, window, counted)
    if reported is not None and probability < 0.5:
        # a report that it happened, not counted (date or place unclear), is never a confident "no"
        probability = 0.5
        reason = (f"{_cite_short(reported)} reports that {done or subject + ' happened'} but it could not be placed "
                  "in the question's window and place; probability 0.50.")
    return Answer(question, as_of, answer_word(None, probability), probability, None, event, evidence, reason,
                  None, window, feats.as_dict())


def _first_plan_day(event: EventRecord) -> date | None:
    """RETURNS (date | None): the day the event's first plan report was published."""
    return min((ev.published for ev in event.evidence if ev.published is not None and ev.status in _PLAN_STATES),
               default=None)


def _undated_plan_share(
    event: EventRecord, window: tuple[date | None, date | None], as_of: date
) -> float | None:
    """The share of an undated plan's chance left to a window that closes soon: left / (left + waited), where ``left``
    is the days from ``as_of`` to the window's last day and ``waited`` the days since the plan was first told (a plan
    told with no day, waiting evenly for one, is as likely in any stretch of the time it has had and has left).

    event (EventRecord): the matched event. window: the question's days. as_of (date): the evaluation day.
    RETURNS (float | None): the share (1.0 when told on ``as_of``); None for a dated, done or unplanned event, or an open
        window."""
    if event.status not in ("planned", "uncertain") or event.date.interval() is not None or window[1] is None:
        return None
    told = _first_plan_day(event)
    if told is None or window[1] < as_of:
        return None
    left, waited = (window[1] - as_of).days + 1, max((as_of - told).days, 0)
    return left / (left + waited)


def _describe(event: EventRecord) -> str:
    where = f" in {event.place.name}" if event.place else ""
    return f"{event.actor.name} {event.action}{where} ({date_words(event.date.value, 'undated')})"


def datelines(store: Store, events: Sequence[EventRecord]) -> dict[str, tuple[int, int]]:
    """The dateline offsets of the articles behind some events' evidence.

    store (Store): the store. events (Sequence[EventRecord]): the events.
    RETURNS (dict[str, tuple[int, int]]): article id -> (dateline_start, dateline_end).
    """
    out: dict[str, tuple[int, int]] = {}
    for event in events:
        for ev in event.evidence:
            if ev.article_id not in out:
                article, _ = store.article(ev.article_id)
                out[ev.article_id] = (article.dateline_start, article.dateline_end)
    return out


def _reported_in_window(
    event: EventRecord | None,
    window: tuple[date | None, date | None] | None,
    counted: Sequence[Evidence],
) -> Evidence | None:
    """One of ``counted`` (the event's "happened" sentences that count for the question,
    :func:`~dateline.reason.happened.counted_happened`) published inside the window (plus grace)
    whose event day cannot place it: the event has no day, or the sentence was published
    before that day (a report consistent with the event's day is placed by that day)."""
    if event is None or window is None:
        return None
    lo, hi = window
    span = event.date.interval()
    for ev in counted:
        day = ev.published
        if span is not None and day is not None and day >= span[0]:
            continue
        if day is None or (lo is None or day >= lo) and (hi is None or day <= hi + timedelta(days=GRACE_DAYS)):
            return ev
    return None


def _cite_short(ev: Evidence) -> str:
    return f"Article {ev.article_id} ({ev.published.isoformat() if ev.published else 'undated'})"


def _actor_articles(
    store: Store, actor: ActorInfo, event: EventRecord | None, as_of: date
) -> list[tuple[date, Article, list[str]]]:
    """Articles naming the actor, published from the event's first report to ``as_of``.

    RETURNS (list[tuple[date, Article, list[str]]]): (published, article, lower-case names
        of the actor), oldest first; empty when there is no event or no dated report.
    """
    if event is None or not event.evidence:
        return []
    first = min((e.published for e in event.evidence if e.published), default=None)
    if first is None:
        return []
    names = [n.lower() for n in (actor.name, *actor.aliases) if len(n) > 3]
    return [(a.published or first, a, names) for a in store.articles(first, as_of) if _names(a.text, names)]


def _names(text: str, names: list[str]) -> bool:
    low = text.lower()
    return any(re.search(r"\b" + re.escape(n) + r"\b", low) for n in names)


def plan_ledes(event: EventRecord | None, articles: Sequence[Article], as_of: date) -> list[str]:
    """The ledes of the articles that tell an event as planned: the first sentence after each article's dateline, when
    it is not the plan's own sentence ("X will tour Congo next week, the agency said on Monday. He is due to fly to
    Goma on Friday": the lede says whose word the plan is).

    event (EventRecord | None): the matched event. articles (Sequence[Article]): the stored articles naming its actor
        (:func:`_actor_articles`). as_of (date): only articles published by this day count.
    RETURNS (list[str]): the ledes, one per article, in evidence order.
    """
    if event is None:
        return []
    by_id = {a.id: a for a in articles}
    ledes: dict[str, str] = {}
    for ev in event.evidence:
        article = by_id.get(ev.article_id)
        if article is None or ev.status not in ("planned", "uncertain") or ev.article_id in ledes \
                or ev.published is None or ev.published > as_of:
            continue
        body = article.text[article.dateline_end:].lstrip(" -\u2013\u2014")
        lede = re.split(r"(?<=[.!?])[\"'\u201d]?\s+(?=[A-Z\"\u201c])|\n", body.strip(), maxsplit=1)[0]
        if lede and lede.strip() not in ev.sentence:
            ledes[ev.article_id] = lede
    return list(ledes.values())


def context_articles(
    store: Store, actor: ActorInfo, event: EventRecord | None, as_of: date,
    found: list[tuple[date, Article, list[str]]] | None = None,
) -> list[tuple[date, str]]:
    """Articles naming the actor, published from the event's first report to ``as_of``.

    store (Store): the store. actor (ActorInfo): the question's actor.
    event (EventRecord | None): the matched event (None: nothing to look after).
    as_of (date): the evaluation day. found (list | None): those articles as :func:`_actor_articles` read them, when
        the caller has them already.
    RETURNS (list[tuple[date, str]]): (published, body text without the dateline), oldest first.
    """
    out = []
    for day, article, names in _actor_articles(store, actor, event, as_of) if found is None else found:
        body = article.text[article.dateline_end :]
        if _names(body, names):
            out.append((day, body))
    return out


def context_sentences(
    store: Store, actor: ActorInfo, event: EventRecord | None, as_of: date,
    found: list[tuple[date, Article, list[str]]] | None = None,
) -> list[tuple[date, str]]:
    """Sentences naming the actor in articles published from the event's first report to ``as_of``.

    store (Store): the store. actor (ActorInfo): the question's actor.
    event (EventRecord | None): the matched event (None: nothing to look after).
    as_of (date): the evaluation day. found (list | None): the articles naming the actor as :func:`_actor_articles`
        read them, when the caller has them already.
    RETURNS (list[tuple[date, str]]): (published, sentence) for sentences (as the extract
        stage split them) naming the actor, name or alias as whole words, oldest article first.
    """
    out: list[tuple[date, str]] = []
    elsewhere = _other_places_sentences(store, actor, event, as_of)
    for day, article, names in _actor_articles(store, actor, event, as_of) if found is None else found:
        _, extraction = store.article(article.id)
        for start, end in extraction.sentences:
            sentence = article.text[start:end].strip()
            if _names(sentence, names) and " ".join(sentence.split()) not in elsewhere:
                out.append((day, sentence))
    return out


def _other_places_sentences(store: Store, actor: ActorInfo, event: EventRecord | None, as_of: date) -> set[str]:
    """The sentences that state another event of the actor at a place apart from the event's
    ("denied reports that she would travel to Tehran" for her Riyadh visit): their trouble
    words are about that event. A sentence that also states the event itself, or names its
    place ("moved from Brussels to Antwerp"), or states another event of the actor at a place holding the event's (the
    trip to the country), is kept."""
    if event is None or event.place is None:
        return set()
    mine = {" ".join(e.sentence.split()) for e in event.evidence}
    here = [n for n in (event.place.name, *event.place.within) if n]
    out: set[str] = set()
    around: set[str] = set()  # sentences of the actor's events at the event's place or around it
    for other in store.events(actor=actor.name, as_of=as_of):
        if other.id == event.id or other.place is None:
            continue
        if in_place(other.place, event.place) or in_place(event.place, other.place):
            around |= {" ".join(e.sentence.split()) for e in other.evidence}
            continue
        out |= {" ".join(e.sentence.split()) for e in other.evidence
                if not any(_names(e.sentence, [n.lower()]) for n in here[:1])} - mine  # "moved from Brussels to Antwerp" stays
    return out - around  # ("The state visit to Mexico ... has been postponed", told of the trip and of its address in
    # Mexico City: about the Guadalajara stop too)


_CHANGE_VERBS = {"denied": "denies it", "postponed": "says it was postponed", "cancelled": "says it was called off"}


def _open_reason(
    subject: str, event: EventRecord | None, as_of: date, probability: float, doubts: Sequence[tuple[date, str]] = ()
) -> str:
    """One sentence for an open question: how many reports, the status and day they give,
    and, when the plan was changed (denied, postponed, called off, moved to another day)
    or a later sentence casts doubt on it, that sentence.

    doubts (Sequence[tuple[date, str]]): (published, sentence) that set the forecast's
        ``doubt`` feature (:func:`forecast.troubling`).
    RETURNS (str): the reason.
    """
    if event is None:
        return (f"No article published by {as_of.isoformat()} reports {subject}; "
                f"probability {probability:.2f} is the prior for an event no article reports.")
    sources, independent = event.articles(), event.independent_sources()
    copies = f" ({independent} independent)" if independent < sources else ""
    when = date_words(event.date.value)
    reason = (f"{sources} article(s){copies} published by {as_of.isoformat()} report {subject} as {event.status} "
              f"({when}); probability {probability:.2f} from their cue words, sources and timing")
    changes = [e for e in event.evidence if e.status in _CHANGE_VERBS]
    if event.status in _CHANGE_VERBS and changes:
        last = changes[-1]
        return f"{reason}. {_cite_short(last)} {_CHANGE_VERBS[last.status]}: \"{_quote(last.sentence)}\""
    mover = _moved_by(event)
    if mover is not None:
        return f"{reason}. {_cite_short(mover)} moved it: \"{_quote(mover.sentence)}\""
    if doubts:
        day, sentence = doubts[-1]
        return f"{reason}. A later report ({day.isoformat()}) casts doubt: \"{_quote(sentence)}\""
    return reason + "."


def _moved_by(event: EventRecord) -> Evidence | None:
    """The sentence of the report that last moved the event's date to other days (not a
    closer reading of the same days), the last of that article's sentences about it; else None."""
    if len(event.history) < 2 or event.history[-1].date.value == event.history[-2].date.value:
        return None
    last, before = event.history[-1], event.history[-2]
    new, old = last.date.interval(), before.date.interval()
    if new is None or old is not None and old[0] <= new[0] and new[1] <= old[1]:
        return None  # no day now, or a closer reading of the same days ("next week" -> "on Tuesday")
    said = [e for e in event.evidence if e.article_id == last.article_id]
    return said[-1] if said else None


def _quote(sentence: str, most: int = 200) -> str:
    """RETURNS (str): the sentence on one line, its own double quotes made single (it is
    quoted), cut at a word before ``most`` characters."""
    text = " ".join(sentence.split()).replace('"', "'")
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " ..."

