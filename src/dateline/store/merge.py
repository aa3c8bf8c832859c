"""Merging reports into real-world events: pure functions, no database.

One real-world event is reported by many sentences in many articles. Each report
is a :class:`Report` (an :class:`~dateline.model.Event` plus where and when it was
published). :func:`same_event` decides whether a report belongs to an event
already known, and :func:`fold` turns an event's reports, in publication order,
into its state as of the last of them: status, date, place, counterparts and the
history of status/date changes. Folding only the reports published by a day
gives the event as it was known that day, so nothing is stored that could be
derived.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..model import BROUGHT_FORWARD, CURTAILED_NOTE, ON_TRIP_NOTE, TRIP_PART_NOTE, ActorRef, told_late, DateValue, Event, Evidence, HistoryEntry, PLANNED_DAY_NOTE, PlaceRef, UNKNOWN_DATE, shifted_date
from ..extract.codes import event_codes
from ..extract.signed_texts import signed_heads
from .identity import bare, body_kinds, compound_head, merge_data, name_key, names_office, office_name, singular

__all__ = [
    "Report",
    "EventState",
    "Carry",
    "fold",
    "fold_article",
    "fold_carry",
    "state_of",
    "match_window",
    "actor_identified_family",
    "same_event",
    "pick_event",
    "action_family",
    "kindred_families",
    "FAMILIES",
    "what_answers",
    "what_compatible",
    "CROWD_FAMILIES",
    "STATE_SYMMETRIC",
    "SYMMETRIC_FAMILIES",
    "same_crowd_event",
    "UNNAMED_CROWDS",
    "crowd_told",
    "same_person",
    "unnamed_group",
    "BODY_FAMILIES",
    "state_plan_done",
    "STATE_TOLD_FAMILIES",
    "body_plan",
    "moved_pairs",
    "week_earlier",
    "carried_plan",
    "offset_plan_day",
]

#: Actions that can describe the same real-world event, by family.
FAMILIES: dict[str, str] = {
    "visit": "visit",
    "travel": "visit",
    "arrive": "visit",
    "depart": "visit",
    "tour": "visit",
    "meet": "meet",
    "talks": "meet",
    "consult": "meet",
    "negotiate": "meet",
    "attend": "attend",
    "funeral": "attend",  # a person's own funeral: the occasion guests attend (extract.occasion_referents)
    "host": "host",
    "sign": "sign",
    "agree": "sign",
    "announce": "announce",
    "call": "call",
}

#: Statuses that a report of an outcome gives; they override a plan.
_OUTCOMES = frozenset({"happened", "cancelled", "postponed", "denied"})
#: Strength of a status within one article (the strongest statement wins there).
_RANK = {"uncertain": 0, "planned": 1, "ongoing": 2, "postponed": 3, "denied": 3, "cancelled": 4, "happened": 5}
#: How far (days) a reported outcome may be from the planned day and still be that plan.
_SLIP_DAYS = 7
#: How far (days) the outcome of a plan told by its actor alone (a resignation) may be from
#: the planned day and still be that plan.
_ACTOR_SLIP_DAYS = 90
#: How far (days) a later article's plan may be from a known plan's day and still be that
#: plan rescheduled without a word saying so; farther, it is another trip.
_MOVE_DAYS = 31
#: Days a named body's strike may begin off the day it planned and still be that strike (no place or partner tells it).
_BODY_STRIKE_SLIP = 2


_MERGE_DATA = merge_data()
#: Planned actions that an arrival, told done, makes (the event keeps the plan's action).
_ARRIVAL_PLANS = frozenset(_MERGE_DATA["arrival_plans"])
#: Planned journeys a later report of another kind of journey keeps (``journey_plans``: a visit told as travel).
_JOURNEY_PLANS = {k: frozenset(v) for k, v in _MERGE_DATA["journey_plans"].items()}
#: Families whose story references fit a plan only when their sentence names the plan's ``what`` (the post a plan would
#: fill; ``story_what_families``, read by :mod:`.story_plans`).
STORY_WHAT_FAMILIES = frozenset(_MERGE_DATA["story_what_families"])
#: Families a story reference named by one of these nouns may join when its own family has no plan (``story_noun_families``,
#: read by :mod:`.story_plans`: "the inauguration" of a facility or of a leader).
STORY_NOUN_FAMILIES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _MERGE_DATA["story_noun_families"].items()}
#: Families of a person taking up a post: an unnamed office's holder-to-be (:func:`story_plans.post_taker`).
POST_TAKING_FAMILIES = frozenset(_MERGE_DATA["post_taking_families"])
#: Words naming no particular thing of a family ("drills"): such a report fits any event of it.
_WHAT_GENERIC = frozenset(_MERGE_DATA["what_generic"])
#: Words that name the same thing as another ("motion" -> "vote": a confidence motion is a confidence vote).
_WHAT_SYNONYMS: dict[str, str] = dict(_MERGE_DATA["what_synonyms"])
#: Families of an act a state is told doing that one of its officials planned ("Kazakhstan opened a new terminal").
STATE_TOLD_FAMILIES = frozenset(_MERGE_DATA["state_told_families"])
#: Families where the actor alone tells the event ("resign").
_ACTOR_IDENTIFIED = frozenset(_MERGE_DATA["actor_identified"])
#: Families of a thing done once on a trip, whose plan in a country a report in one of its cities tells as done.
_COUNTRY_PLAN_FAMILIES = frozenset(_MERGE_DATA["country_plan_families"])
_COUNTRY_DAY_FAMILIES = frozenset(_MERGE_DATA["country_day_families"])
_WATERS_FAMILIES = frozenset(_MERGE_DATA["waters_families"])
#: Words of an object that make a placeless event cover its actor's whole country ("a nationwide strike").
_NATIONWIDE_WORDS = frozenset(_MERGE_DATA["nationwide_words"])
#: Phrases of a sentence that say the same of its event ("walked out across the country").
NATIONWIDE_PHRASES: tuple[str, ...] = tuple(_MERGE_DATA["nationwide_phrases"])
#: Action families whose event is the same from either side ("A met B" is "B met A").
SYMMETRIC_FAMILIES = frozenset(_MERGE_DATA["symmetric_families"])
#: Symmetric families whose sides may be countries or bodies (joint drills of two states).
STATE_SYMMETRIC = frozenset(_MERGE_DATA["state_symmetric"])


def _what_words(what: str) -> list[str]:
    """what (str): an event's object. RETURNS (list[str]): its words, lower case, plural -s dropped, each
    ``what_synonyms`` word as the words it stands for ("icbm": long range ballistic missile)."""
    return [part for w in what.lower().replace("-", " ").split()
            for part in _WHAT_SYNONYMS.get(singular(w), singular(w)).split()]


#: The one-word generic objects, as :func:`_what_words` writes them ("drill", "exercise", "test").
_GENERIC_WORDS = frozenset(w for g in _WHAT_GENERIC if " " not in g for w in _what_words(g))
#: Carrier words -> the things they carry ("rocket" -> satellite), as :func:`_what_words` writes them.
_WHAT_CARRIERS = {" ".join(_what_words(k)): frozenset(w for t in v for w in _what_words(t))
                  for k, v in _MERGE_DATA["what_carriers"].items()}
#: Words that only qualify a generic noun ("annual joint drills", "new sanctions").
_WHAT_MODIFIERS = frozenset(_MERGE_DATA["what_modifiers"])
#: Nouns of a change made to a thing ("the planning reform"): the change is of its other words.
_WHAT_CHANGES = frozenset(_MERGE_DATA["what_change_heads"])
#: Nouns of a case about a thing ("election petition"): the case is about its modifier.
_WHAT_CASES = frozenset(_MERGE_DATA["what_cases"])
#: Sets of words that each name a different kind of a thing ("cruise", "ballistic"): two objects with different ones are
#: two things.
_WHAT_KINDS = tuple(frozenset(kinds) for kinds in _MERGE_DATA["what_kinds"])

#: Heads of a vote of the people ("election", "referendum"): never a legislature's vote on a particular thing.
_ELECTION_HEADS = frozenset(_MERGE_DATA["election_heads"])


def _generic(what: str) -> bool:
    """what (str): an event's object. RETURNS (bool): True when it names no particular thing
    of its family: a ``what_generic`` phrase, or a generic noun with only ``what_modifiers``
    before it ("annual springtime joint military drills", "new sanctions")."""
    if what.lower() in _WHAT_GENERIC:
        return True
    words = _what_words(what)
    return bool(words) and words[-1] in _GENERIC_WORDS and all(w in _WHAT_MODIFIERS or w.isdigit() for w in words[:-1])
    # (a length is no kind: "a five-day exercise", "a 24-hour strike")


#: A case noun alone (["petition"]), as :func:`_what_words` writes it.
_BARE_CASES = [[w] for w in _WHAT_CASES]


def _case_about(wa: list[str], wb: list[str]) -> bool:
    """wa, wb (list[str]): two objects' words (:func:`_what_words`). RETURNS (bool): whether one is a case brought about
    the other (``what_cases``: "election petition" and "parliamentary election")."""
    return any(x[-1] in _WHAT_CASES and y[-1] in x[:-1] for x, y in ((wa, wb), (wb, wa)))


def nationwide_what(what: str | None) -> bool:
    """what (str | None): an event's object. RETURNS (bool): True when a ``nationwide_words`` word of ``merge.json``
    is one of its words ("nationwide 24-hour strike", "general strike")."""
    return what is not None and not _NATIONWIDE_WORDS.isdisjoint(re.findall(r"[a-z]+", what.lower()))


def _part_of_nationwide(state: EventState, report: Event) -> bool:
    """Whether a call-off is only a part of the country's ("Doctors in Andalusia will not join the national strike"):
    the known plan is placeless and nationwide (:func:`nationwide_what`), the report calls off or puts off at a place
    below a country that lies in the plan's actor's country."""
    return state.place is None and report.place is not None and report.place.kind != "country" \
        and report.status in ("cancelled", "postponed") and bool(state.actor.country) \
        and report.place.country == state.actor.country and nationwide_what(state.what)


def what_compatible(a: str | None, b: str | None) -> bool | None:
    """Whether two reports' objects can be one thing.

    a, b (str | None): ``Event.what`` of two reports.
    RETURNS (bool | None): None when either is unknown or generic ("drills"); True when one
        contains the other, they share the head word ("ballistic missile" and
        "short-range ballistic missiles") or one carries the other ("rocket" and "satellite",
        ``what_carriers``); False otherwise ("missile" and "satellite").
    """
    if not a or not b:
        return None
    if _signed_text(a) and _signed_text(b):
        return None  # "trade agreement" and "comprehensive economic partnership agreement": one text, named many ways
    if a != b:
        a, b = _election_of(a), _election_of(b)  # "referendum on senate" and "referendum": one referendum
    wa, wb = _what_words(a), _what_words(b)
    if not wa or not wb:
        return None
    if any(len(set(wa) & kinds) == 1 and len(set(wb) & kinds) == 1 and set(wa) & kinds != set(wb) & kinds
           for kinds in _WHAT_KINDS):
        return False  # "cruise missile" and "ballistic missile", "sanctions" and "tariffs": two kinds of one thing
    if _election_and_other(a, b):
        return False  # "a snap election" and "confidence vote": a vote of the people is no vote in parliament
    if _motion_and_text(wa, wb):
        return False  # "censure motion" and "bill": a vote on a person's fate is no vote on a text
    if _generic(a) or _generic(b):
        return None
    if wa[-1] != wb[-1] and (wa in _BARE_CASES or wb in _BARE_CASES):
        return None  # "will rule on a petition by X" and "dismissed X's challenge to the referendum law": a bare case
        # noun does not say what the case is about
    if wa[-1] == wb[-1]:
        return True
    if any((carried := _WHAT_CARRIERS.get(" ".join(x[-2:])) or _WHAT_CARRIERS.get(x[-1])) and y[-1] in carried
           for x, y in ((wa, wb), (wb, wa))):
        return True  # "the Nuri rocket" and the "weather satellite" it carries: one launch
    if _case_about(wa, wb):
        return True  # a ruling on "the election petition" and on "the parliamentary election": one ruling
    if any(x[-1] in _WHAT_CHANGES and not set(x[:-1]).isdisjoint(y) for x, y in ((wa, wb), (wb, wa))):
        return True  # a vote on "the planning reform" and on "the planning laws": the change of those laws
    short, long_ = sorted((wa, wb), key=len)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


#: Head nouns of a signed text, lower case.
_SIGNED_HEADS = signed_heads()


def _signed_text(what: str) -> bool:
    """what (str): an event's object. RETURNS (bool): it names a signed text (a ``signed_heads`` word of
    ``occasions.json`` among its words, as written or made singular: "memorandum of understanding on a rail link",
    "Lisbon Treaty", "four agreements")."""
    return any(w in _SIGNED_HEADS or singular(w) in _SIGNED_HEADS for w in what.lower().replace("-", " ").split())


def _election_of(what: str) -> str:
    """what (str): a report's object. RETURNS (str): for an election told with its topic ("referendum on senate",
    "referendum on independence"), the election alone ("referendum"); else ``what``."""
    head, sep, _ = what.partition(" on ")
    words = _what_words(head) if sep else []
    return head if words and words[-1] in _ELECTION_HEADS else what


_PERSON_MOTION_WORDS = frozenset(_MERGE_DATA["person_motion_words"])
_TEXT_VOTE_HEADS = frozenset(_MERGE_DATA["text_vote_heads"])


def _motion_and_text(wa: list[str], wb: list[str]) -> bool:
    """wa, wb (list[str]): the words of two votes' objects. RETURNS (bool): one is a vote on a person's fate
    (``person_motion_words``) and the other's head a text (``text_vote_heads``)."""
    return any(set(x) & _PERSON_MOTION_WORDS and y[-1] in _TEXT_VOTE_HEADS and not set(y) & _PERSON_MOTION_WORDS
               for x, y in ((wa, wb), (wb, wa)))


def _election_and_other(a: str, b: str) -> bool:
    """a, b (str): two objects of votes. RETURNS (bool): one is a vote of the people (an ``election_heads`` head, even a
    generic "election") and the other a particular thing of another kind ("confidence vote", "budget"); a generic
    "vote" or an empty object is never such."""
    wa, wb = _what_words(a), _what_words(b)
    if not wa or not wb or _case_about(wa, wb) or wa[-1] in _WHAT_CASES or wb[-1] in _WHAT_CASES:
        return False  # a ruling on "the election petition" is about the election
    return any(x[-1] in _ELECTION_HEADS and y[-1] not in _ELECTION_HEADS and not _generic(y_text)
                                   for x, y, y_text in ((wa, wb, b), (wb, wa, a)))


def what_answers(asked: str | None, stored: str | None) -> bool | None:
    """Whether a stored event's object is what a question asks about: every word the question
    uses to single the thing out is in the stored object ("a satellite" is answered by a
    "military spy satellite"; an "intercontinental ballistic missile" is not answered by a
    "short-range ballistic missile", which :func:`what_compatible` would still join).

    asked (str | None): the question's object, determiners dropped. stored (str | None): ``Event.what``.
    RETURNS (bool | None): None when either is unknown or the question's object is generic
        ("drills"); else whether it answers.
    """
    if asked and stored and _election_and_other(asked, stored):
        return False  # "hold a snap election" is not answered by a confidence vote in parliament
    if not asked or not stored or _generic(asked) or _signed_text(asked) and _signed_text(stored):
        return None  # (a signed text is told many ways: "the trade deal", "a comprehensive partnership agreement")
    wa, ws = _what_words(asked), set(_what_words(stored))
    if wa in _BARE_CASES and wa[0] not in ws:
        return None  # "rule on the petition": what the case is about is not said
    if _generic(stored):
        return None if wa[-1] in _what_words(stored) else what_compatible(asked, stored)
    while len(wa) > 1 and wa[-1] in _GENERIC_WORDS and wa[-1] not in ws:
        wa = wa[:-1]  # "the Union Shield exercise" asks for "Union Shield"; a family noun is no particular
    carried = _WHAT_CARRIERS.get(" ".join(wa[-2:])) or _WHAT_CARRIERS.get(wa[-1])
    if carried and _what_words(stored)[-1] in carried:
        return True  # "launch a rocket" is answered by the launch of the satellite it carried
    if _case_about(wa, _what_words(stored)):
        return True  # a ruling on "the election petition" answers one on "the parliamentary election", and back
    if all(w in ws for w in wa):
        return True
    told = [w for w in _what_words(stored) if w not in _WHAT_MODIFIERS]
    if told and told[-1] == wa[-1] and all(w in wa for w in told):
        return None  # "the Qafe Thane border crossing" asked of "a new border crossing": the stored names less, nothing
        # that tells them apart
    return False


def _more_specific_what(a: str | None, b: str | None) -> str | None:
    """RETURNS (str | None): of two compatible objects, the particular and longer one."""
    if not a or not b:
        return a or b
    if _generic(b):
        return a
    if _generic(a) or _what_words(a) in _BARE_CASES and _what_words(b) not in _BARE_CASES:
        return b  # "petition", then "challenge to the referendum law": the law says what the case is about
    return b if len(b) > len(a) and what_compatible(a, b) else a


#: Families whose events naming the same person on the other side are one ("will host Y", "met Y").
_KINDRED: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _MERGE_DATA["kindred_families"].items()}


def kindred_families(family: str) -> list[str]:
    """family (str): an action family. RETURNS (list[str]): it and the families whose events its reports may join
    (``kindred_families`` in ``merge.json``: "will host Y" and "met Y" are one meeting), sorted."""
    return sorted({family, *_KINDRED.get(family, ())})


def _kindred_people(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> bool:
    """Whether two events of kindred families name a same person on the other side (or the same body's spokespeople:
    "will receive union representatives", then "talks between the minister and union leaders")."""
    return any(x.kind == "person" and y.kind == "person" and same_person(x, y) or _same_speakers(x, y)
               for x in a for y in b)


def _body_gathering(state: EventState, report: Event) -> bool:
    """Whether a body's gathering held and the same body's meeting are one ("Thursday's meeting of SADC foreign
    ministers will be held in Gaborone", then "SADC foreign ministers met in the Botswanan capital on Thursday"): one
    of them a ``hold`` event, the actor a body or a group, the same place (or none told of either) and the same day."""
    same_place = state.place is None and report.place is None or state.place is not None and report.place is not None \
        and state.place.name == report.place.name  # (or neither placed: "will be held online", then "met by video")
    return "hold" in (action_family(state.action), action_family(report.action)) \
        and report.actor.kind in ("org", "group") and same_place \
        and state.date.precision == report.date.precision == "day" and _days_apart(state.date, report.date) == 0


def _exchange_side_done(state: EventState, report: Event) -> bool:
    """ "Hamas will release four hostages on Thursday in return for 120 prisoners" (an exchange planned), then "Hamas
    released four hostages on Thursday": the actor's side of the exchange, done on its day (or a day off), is the
    exchange made."""
    apart = _days_apart(state.date, report.date)
    return action_family(state.action) == "exchange" and state.status in ("planned", "postponed", "uncertain") \
        and report.status == "happened" and apart is not None and apart <= 1 \
        and (not state.counterparts or not report.counterparts
             or bool({c.name for c in state.counterparts} & {c.name for c in report.counterparts}))


def _hosted_attendance(state: EventState, report: Event) -> bool:
    """ "Mexican President X will host the leaders of Guatemala, Honduras and El Salvador in Tapachula on Friday", then
    "Mexico's president and her counterparts from Guatemala, Honduras and El Salvador agreed on Friday ... at a one-day
    summit in this city": a host's plan and the same actor's attendance at that place on that day, with a side in
    common, are the gathering hosted."""
    families = {action_family(state.action), action_family(report.action)}
    return families == {"host", "attend"} and state.actor.name == report.actor.name \
        and state.place is not None and report.place is not None and state.place.name == report.place.name \
        and state.date.precision == report.date.precision == "day" and _days_apart(state.date, report.date) == 0 \
        and bool({c.name for c in state.counterparts} & {c.name for c in report.counterparts})


def _kindred_change(state: EventState, report: Event) -> bool:
    """ "Paraguay will host the transport ministers ... in Asuncion on April 23", then "Paraguay has postponed a meeting
    of transport ministers that was due to take place in Asuncion next week": a change of plan (postponed, cancelled)
    of a kindred family told by the same actor at the same place changes that open plan, whoever it names."""
    apart = _days_apart(state.date, report.date)
    if (report.refers_to_plan or report.status in ("postponed", "cancelled")) and report.place is None \
            and state.status in ("planned", "postponed", "uncertain") and state.actor.name == report.actor.name \
            and state.date.precision == "day" and report.date.precision == "week" and holds_day(report.date, state.date):
        return True  # "African Union heads of state will hold a special summit ... in Addis Ababa on May 20", then "The
        # African Union has called off next week's special summit": the week told holds the plan's day
    return (report.refers_to_plan or report.status in ("postponed", "cancelled")) \
        and state.status in ("planned", "postponed", "uncertain") and state.place is not None and report.place is not None \
        and state.place.name == report.place.name and state.actor.name == report.actor.name \
        and (apart is None or apart <= _SLIP_DAYS or report.status == "postponed" and report.date.note != PLANNED_DAY_NOTE)


def action_family(action: str) -> str:
    """action (str): an action name. RETURNS (str): its family (the action itself if unlisted)."""
    return FAMILIES.get(action, action)


@dataclass(frozen=True)
class Report:
    """One report of an event, as stored.

    event (Event): what the sentence says.
    seq (int): ingest order of the article (tie-break for equal publication days).
    """

    event: Event
    seq: int

    @property
    def evidence(self) -> Evidence:
        """RETURNS (Evidence): the report's evidence."""
        return self.event.evidence

    def order_key(self) -> tuple[date, int, int]:
        """RETURNS (tuple): sort key: publication day (undated last), ingest order, offset."""
        return (self.evidence.published or date.max, self.seq, self.evidence.start)


@dataclass(frozen=True)
class EventState:
    """An event's state after folding its reports.

    action, cameo, plover, plover_mode: of the report that set the current status.
    actor (ActorRef): actor with the latest title seen.
    counterparts (tuple[ActorRef, ...]): union over reports, first-seen order.
    place (PlaceRef | None): most specific place reported.
    date (DateValue): current date.
    status (str): current status.
    history (tuple[HistoryEntry, ...]): changes of status or date.
    reports (tuple[Report, ...]): the folded reports, in order.
    what (str | None): what the action acts on, the most particular any report names.
    """

    action: str
    cameo: str
    plover: str
    plover_mode: str | None
    actor: ActorRef
    counterparts: tuple[ActorRef, ...]
    place: PlaceRef | None
    date: DateValue
    status: str
    history: tuple[HistoryEntry, ...]
    reports: tuple[Report, ...]
    what: str | None = None


def _more_specific(a: PlaceRef | None, b: PlaceRef | None) -> PlaceRef | None:
    """RETURNS: the more specific of two places (b if it lies within a), a when b is None."""
    if a is None:
        return b
    if b is None:
        return a
    if a.name in b.within:
        return b
    return a


def _union(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """Counterparts of two reports, each person once, by the fullest name either gives
    ("Friedrich Merz" and "Merz" are one), and by the holder's name rather than the office ("Tea Seiha" for the
    "Defence Minister of Cambodia" stored before him)."""
    out = list(a)
    for x in b:
        held = next((i for i, y in enumerate(out) if _holds_office(y, x)), None)
        if held is not None:
            out[held] = x
            continue
        if any(_holds_office(x, y) for y in out):
            continue
        same = next((i for i, y in enumerate(out) if same_person(x, y)), None)
        if same is None:
            out.append(x)
        elif len(x.name) > len(out[same].name):
            out[same] = x
    return tuple(out)


def same_person(a: ActorRef, b: ActorRef) -> bool:
    """True when two references can name one person: the same name, or one a part of the
    other that keeps its first or last word ("Lee" and "Lee Jae Myung", "Wong" and "Penny
    Wong", "Gutierrez Mendoza" and "Carlos Gutierrez Mendoza") or is the head of its
    compound family name ("Lula" and "Luiz Inacio Lula da Silva"). Other kinds match by name only.

    a, b (ActorRef): the two references. RETURNS (bool): whether they may be one person.
    """
    if a.name == b.name:
        return True
    if a.kind != "person" or b.kind != "person":
        return False
    short, full = sorted(([bare(w) for w in name_key(a.name).split()], [bare(w) for w in name_key(b.name).split()]),
                         key=len)
    n = len(short)
    if not n or n == len(full):
        return False
    if compound_head(short, full):
        return True  # "Lula" and "Luiz Inacio Lula da Silva"
    return any(full[i : i + n] == short for i in range(len(full) - n + 1)) and (
        short[-1] == full[-1] or short[0] == full[0])


def _article_statement(reports: list[Report]) -> Report:
    """RETURNS (Report): of one article's reports of the event, the one that states most; a call-off or postponement
    with no day of its own beside a plan moved to a day ("called off the launch on Monday. The launch has been
    rescheduled for Thursday") is the plan postponed to that day."""
    moved = [r for r in reports if r.event.status == "planned" and r.event.date.value
             and (r.event.refers_to_plan or told_late(r.event.evidence.sentence))]  # (also "will travel to Passau on
    # June 8, more than two weeks later than first planned. The trip was postponed last week")
    if moved and any(r.event.status in ("cancelled", "postponed") and r.event.date.value is None for r in reports) \
            and not any(r.event.status == "happened" for r in reports):
        last = moved[-1]
        return Report(replace(last.event, status="postponed", evidence=replace(last.event.evidence, status="postponed")),
                      last.seq)
    best = reports[0]
    for r in reports[1:]:
        if _RANK.get(r.event.status, 0) > _RANK.get(best.event.status, 0):
            best = r
        elif r.event.status == best.event.status and best.event.date.value is None and r.event.date.value:
            best = r
        elif r.event.status == best.event.status == "postponed" and _later(r.event.date, best.event.date):
            best = r  # "pushes back Lisbon trip to Feb. 24" over "his visit, planned for Feb. 10": the new day
    if best.event.status == "postponed" and (under_way := next((
            r for r in reports if r.event.status == "ongoing" and r.event.date.value is not None
            and (best.event.date.value is None or _later(r.event.date, best.event.date))), None)) is not None:
        return under_way  # "docked in Colombo on Thursday for a three-day visit. The visit had been postponed from late
        # April": under way now, the put-off told as its past
    if best.event.status == "cancelled" and (put_off := next((
            r for r in reports if r.event.status == "postponed" and r.event.date.value is not None
            and (best.event.date.value is None or _later(r.event.date, best.event.date))), None)) is not None:
        return put_off  # "Lawmakers will not vote on the budget this week as planned ... The vote has been pushed back
        # by a week to Dec. 16": not this week because put off to then
    if best.event.status == "cancelled" and not any(r.event.status == "planned" for r in reports) \
            and (denial := next((r for r in reports if r.event.status == "denied"), None)) is not None \
            and denial.event.evidence.start < best.event.evidence.start:
        return denial  # "denied a report that X had met Y in Rome. 'That meeting did not take place'": the denial,
        # restated (no plan told that did not come about)
    told = [r for r in reports if r.event.status in ("happened", "denied")]  # (reports come in text order)
    if best.event.status == "happened" and told[-1].event.status == "denied":
        return told[-1]  # "The party said X was detained on Saturday. Police denied that he had been arrested.": the
        # article's last word on it is the denial, as a later article's would be (an outcome told after it stands)
    return best


#: Families of a ceremony a person goes through once, on a set day, wherever it is held (``own_day_families``).
_OWN_DAY_FAMILIES = frozenset(_MERGE_DATA["own_day_families"])


def actor_identified_family(family: str) -> bool:
    """family (str): an action family. RETURNS (bool): one act per person at a time (a hearing, a resignation:
    ``actor_identified`` of ``merge.json``), which the actor alone tells apart."""
    return family in _ACTOR_IDENTIFIED


def own_day_family(family: str) -> bool:
    """RETURNS (bool): whether a family is a person's own ceremony held once on a set day (``own_day_families``), whose
    happened report may join a plan told at another place (:func:`_own_day_done`)."""
    return family in _OWN_DAY_FAMILIES


def _own_day_done(state: EventState, report: Event) -> bool:
    """RETURNS (bool): whether a happened report of a person's own ceremony (``own_day_families``: a swearing-in) is
    told on the very day a stored plan of it was set, the plan still open: that ceremony, whatever the place or the
    words of the post."""
    return action_family(report.action) in _OWN_DAY_FAMILIES and report.actor.kind == "person" \
        and report.status == "happened" and state.status in ("planned", "postponed", "uncertain") \
        and state.date.precision == report.date.precision == "day" and _days_apart(state.date, report.date) == 0


def _later(a: DateValue, b: DateValue) -> bool:
    """RETURNS (bool): True when ``a`` starts after ``b`` (both with calendar days)."""
    ia, ib = a.interval(), b.interval()
    return ia is not None and ib is not None and ia[0] > ib[0]


def _next_status(current: str, new: str) -> str:
    """Transition rule for a later article's statement.

    current (str): status so far. new (str): what the later article states.
    RETURNS (str): the status from then on. A fact is not undone by a later plan
    (a stale "will visit" after "visited"), a rumor does not downgrade a plan,
    and an outcome (happened, cancelled, postponed, denied) overrides a plan.
    """
    if current == "happened" and new in ("planned", "uncertain", "ongoing", "postponed"):
        return current
    if current in ("planned", "postponed", "ongoing", "cancelled", "denied") and new == "uncertain":
        return current
    return new


def _begun_before(current: DateValue, published: date | None) -> bool:
    """RETURNS (bool): the known event's day began before the article of ``published`` (a strike under way)."""
    span = current.interval()
    return span is not None and published is not None and span[0] < published


#: A span told as the later part of a period ("later in July", "late July", "the end of the month"): a postponement to it
#: names a new time, though the period holds the old day.
_LATER_IN = r"\b(?:later in|late|the end of|until after)\s+(?:the\s+)?"


def _next_date(current: DateValue, status: str, new_status: str, new: DateValue, sentence: str = "") -> DateValue:
    """RETURNS (DateValue): the date after a later article's statement (told in ``sentence``). A date with no
    calendar days (an undated copy's unanchored "XXXX-XX-XX") tells no day, so it never
    replaces a known one."""
    new_span, cur_span = new.interval(), current.interval()
    same_day = new_span is not None and cur_span is not None and new_span[0] <= cur_span[0] and cur_span[1] <= new_span[1]
    # (the plan's own day, or a span holding it: "the visit to Mexico, planned for next week, has been postponed")
    same_day = same_day or new.note == PLANNED_DAY_NOTE and new_span is not None and cur_span is not None \
        and (new_span[0] == cur_span[0] or cur_span[0] <= new_span[0] and new_span[1] <= cur_span[1])  # "a state
    # visit that was due to begin on Tuesday has been postponed" (the first day of a two-day plan), "a visit that had
    # been scheduled for next week" (within "later this month"): the plan's day as its relative clause tells it, no new day
    if same_day and new_status == "postponed" and new.note != PLANNED_DAY_NOTE and new.text \
            and re.search(_LATER_IN + re.escape(new.text), sentence, re.IGNORECASE) is not None:
        same_day = False  # "postponed her visit, planned for next week, until later in July": July, after the old day
    if new_status in ("postponed", "happened", "planned") and new.value is None and status != "happened" \
            and (shifted := shifted_date(current, new)) is not None:
        return shifted  # "the visit was pushed back by a day": the plan's day, a day later ("held talks a day later
        # than originally planned", "two days earlier than scheduled": the plan's day moved so)
    if new.value is None or (new.interval() is None and current.interval() is not None) or (
            same_day and new_status == "postponed" and status in ("planned", "postponed", "uncertain")):
        # ("postponed the protest planned for Wednesday until after the harvest": Wednesday is the old day, no new one)
        if new_status == "postponed":
            # postponed with no new date: the old date no longer holds
            return DateValue(None, "unknown", new.text, note="postponed; no new date reported")
        return current
    if current.value is None:
        return new
    if new.note == CURTAILED_NOTE and new_status == "happened" and cur_span is not None and new_span is not None \
            and cur_span[0] < new_span[0] <= cur_span[1]:
        return DateValue(cur_span[0].isoformat(), "day", current.text, new_span[0].isoformat(),
                         f"{CURTAILED_NOTE}: {new.text}")  # "a three-day visit from Monday" "cut short on Tuesday":
        # Monday to Tuesday
    if status == "happened" and new_status != "happened":
        return current
    if new_status in ("cancelled", "denied") and status in ("planned", "postponed", "uncertain") \
            and _other_week(current, new):
        return current  # "a march that had been planned for Saturday" called off, read a week off the plan's Saturday
    cur_iv, new_iv = current.interval(), new.interval()
    if cur_iv and new_iv and new_iv[0] >= cur_iv[0] and new_iv[1] <= cur_iv[1]:
        return new  # refinement: a day within the week said before
    if cur_iv and new_iv and cur_iv[0] >= new_iv[0] and cur_iv[1] <= new_iv[1] and (
            new_status == status or new_status != "postponed"):
        # a vaguer reading of the same plan ("next week" after "on March 24") keeps the day, and
        # so does a call-off or outcome told more vaguely ("the visit planned for next week was called off")
        return current
    if new_status in _OUTCOMES or new_status == "planned":
        return new  # rescheduled, or reported on its actual day
    return current




def offset_plan_day(state: EventState, report: Event) -> DateValue | None:
    """The day a report told only against its plan ("held talks with X in Santa Cruz, a day later than originally
    planned": no day, a :data:`~dateline.model.SHIFT_NOTE` or :data:`~dateline.model.ADVANCE_NOTE` note) puts on a
    stored plan it tells.

    state (EventState): a stored event of the report's actor. report (Event): the report, its date with such a note.
    RETURNS (DateValue | None): the plan's day moved by the told length, when the state is an open plan dated to a day
        of the report's family, or a journey to see a person the report names; None otherwise.
    """
    if report.date.value is not None or state.status not in ("planned", "postponed", "uncertain") \
            or state.date.precision != "day":
        return None
    same = action_family(state.action) == action_family(report.action) and (
        _counterparts_compatible(state.counterparts, report.counterparts) is not False)
    journey = action_family(state.action) in JOURNEY_FAMILIES and _shares_person(state, report)
    return shifted_date(state.date, report.date) if same or journey else None


def _other_week(current: DateValue, new: DateValue) -> bool:
    """Whether a call-off's day is the plan's weekday read in the other week: both single days exactly seven days
    apart, the new one told without a number ("Saturday", not "March 20"), so only its week was guessed.

    current (DateValue): the plan's date. new (DateValue): the date the call-off tells.
    RETURNS (bool): True when the call-off's day is best read as the plan's.
    """
    cur_iv, new_iv = current.interval(), new.interval()
    return cur_iv is not None and new_iv is not None and cur_iv[0] == cur_iv[1] and new_iv[0] == new_iv[1] \
        and abs((new_iv[0] - cur_iv[0]).days) == 7 and not any(ch.isdigit() for ch in new.text)


@dataclass(frozen=True)
class Carry:
    """The running state of a fold after some articles: what the next article's reports
    need. Kept in the store per event so that a new report is folded in one step.

    actor, counterparts, place, status, date, history: as in :class:`EventState`
        (counterparts may still include the actor).
    lead (Event): the report whose action and codes the event shows.
    last (tuple[date, int]): order key (publication day, undated last; ingest order)
        of the last article folded.
    what (str | None): as in :class:`EventState`.
    """

    actor: ActorRef
    counterparts: tuple[ActorRef, ...]
    place: PlaceRef | None
    status: str
    date: DateValue
    lead: Event
    history: tuple[HistoryEntry, ...]
    last: tuple[_dt.date, int]
    what: str | None = None


def fold_article(carry: Carry | None, group: list[Report]) -> Carry:
    """Fold one article's reports of an event into the state so far.

    carry (Carry | None): the state after the earlier articles (None for the first).
    group (list[Report]): this article's reports of the event, at least one, any order;
        the article must come after every article already in ``carry``.
    RETURNS (Carry): the state after this article.
    """
    group = sorted(group, key=Report.order_key)
    head = group[0]
    if carry is None:
        actor, counterparts, place = head.event.actor, head.event.counterparts, head.event.place
        what = head.event.what
        status: str | None = None
        history: tuple[HistoryEntry, ...] = ()
        current_date, lead = UNKNOWN_DATE, head.event
    else:
        actor, counterparts, place, what = carry.actor, carry.counterparts, carry.place, carry.what
        status, current_date, lead, history = carry.status, carry.date, carry.lead, carry.history
    moved: tuple[PlaceRef, PlaceRef] | None = None  # (from, to) of a plan this article moves to another place
    for r in group:
        ev = r.event
        other_side = not same_person(ev.actor, actor) and any(same_person(ev.actor, c) for c in counterparts)
        # ("The meeting between the Moroccan and Spanish interior ministers will now take place in Madrid": told from
        # the side the stored event has as its counterpart, whose title is no new title of the event's actor)
        counterparts = _union(counterparts, ev.counterparts)
        if ev.moved_from is not None and ev.place is not None and ev.status in ("planned", "postponed", "happened") \
                and status != "happened" and (carry is None or place is None or place.name != ev.place.name):
            moved = (ev.moved_from if carry is None or place is None else place, ev.place)  # "has been moved from
            # Lilongwe to Blantyre": the plan, now there
            if moved[0].name == moved[1].name:
                moved = None  # (a move whose old place the article does not tell, to a plan with none stored)
            place = ev.place
        elif ev.status == "happened" and status != "happened" and place is not None and ev.place is not None \
                and place.name != ev.place.name and place.name not in ev.place.within and ev.place.name not in place.within:
            place = ev.place  # a plan held in another place of its country (:func:`_held_elsewhere`): where it was held
            # (a place inside or around the plan's is no other place: the more specific of the two stays)
        elif ev.status in ("happened", "planned") and status != "happened" and ev.place is None and place is not None \
                and action_family(ev.action) in _REMOTE_FAMILIES and _remote(ev):
            place = None  # "the talks went ahead by video link on Monday instead of in Valletta": held at no place; "will
            # hold it by video conference rather than in Vienna", "will be held online instead": a plan at no place now
        elif action_family(ev.action) == "visit" and place is not None and place.kind == "city" \
                and ev.place is not None and ev.place.kind == "site":
            pass  # a visit to a city stays there: "laid a wreath at the Nyayo monument" is one stop of it
        else:
            place = _more_specific(place, ev.place)
        what = _more_specific_what(what, ev.what)
        if ev.actor.title and not other_side:
            # the latest title; a report that gives no country ("Prime Minister Nikol
            # Pashinyan") keeps the country an earlier one gave
            actor = ev.actor if ev.actor.country or not actor.country else replace(ev.actor, country=actor.country)
    stated = _article_statement(group).event
    if status is None:
        new_status = stated.status
        # the first article's best date: the most precise one it gives
        dated = [r.event.date for r in group if r.event.date.value]
        new_date = min(dated, key=_width) if dated else UNKNOWN_DATE
        given_up = [r.event for r in group if r.event.date.value and r.event.date.note == PLANNED_DAY_NOTE]
        new_days = [d for d in dated if d.note != PLANNED_DAY_NOTE]
        if new_status == "postponed" and given_up and new_days:
            # "has postponed his state visit to Vietnam until June ... had been due to travel to Hanoi on Thursday":
            # put off to the day the change names, from the day the plan had (its history)
            given = min(given_up, key=lambda e: _width(e.date))
            history += (HistoryEntry("planned", given.date, given.evidence.article_id, given.evidence.published),)
            new_date = min(new_days, key=_width)
        elif new_status == "postponed" and stated.date.note == PLANNED_DAY_NOTE:
            # "suspended a strike that was due to start on Monday", with no plan stored: put off from that day
            new_date = DateValue(None, "unknown", stated.date.text, note=f"postponed from {stated.date.value}; no new date reported")
        elif new_status == "postponed" and stated.refers_to_plan and stated.date.value is not None \
                and (plan := next((r.event for r in group if r.event.status == "planned" and r.event.date.value
                                   and r.event.evidence.start <= stated.evidence.start), None)) is not None \
                and plan.date.value != stated.date.value:
            # "was due to appear in court on Monday, but the hearing was postponed to Thursday": the plan, then its
            # new day, both told by this article
            history += (HistoryEntry("planned", plan.date, plan.evidence.article_id, plan.evidence.published),)
            status, new_date = "planned", stated.date
    else:
        new_status = _next_status(status, stated.status)
        new_date = _next_date(current_date, status, stated.status, stated.date, stated.evidence.sentence)
        if stated.action == "depart" and new_status == "happened" and status in ("planned", "postponed", "uncertain") \
                and carry is not None and carry.lead.action in _ARRIVAL_PLANS and carry.place is not None:
            new_date = _left_after_plan(current_date, stated.date)  # "left Tehran on Thursday morning": the visit
            # planned for Wednesday, from then to the day left
        if status == "postponed" and new_status == "planned" and current_date.value is not None \
                and new_date.value == current_date.value and moved is None:
            new_status = status  # "postponed until September", then "it would take place in September": the plan as
            # put off, told again on its new day
        if status == "happened" and stated.status == "cancelled" and action_family(stated.action) in CROWD_FAMILIES \
                and _begun_before(current_date, stated.evidence.published):
            new_status, new_date = status, current_date  # "the drivers called off their strike on Friday", after it
            # began on Wednesday: it took place and ended, it was not called off
    if new_status == "postponed" and new_date.value is None and (later := _new_day_told_after(stated, group)) is not None:
        new_date = later  # "put off a nationwide strike that was due to begin on Monday ... the walkout was now
        # provisionally scheduled for July 1": the new day, told by the same article
    if new_status != status or new_date.value != current_date.value or moved is not None:
        history += (HistoryEntry(new_status, new_date, stated.evidence.article_id, stated.evidence.published,
                                 moved[1] if moved else None, moved[0] if moved else None),)
    if new_status != status:
        lead = stated if not stated.refers_to_plan else _with_status_code(lead, stated)
        if carry is not None and stated.action == "arrive" and new_status == "happened" \
                and carry.lead.action in _ARRIVAL_PLANS:
            lead = replace(lead, action=carry.lead.action)  # "will visit Ethiopia next week", then "arrived in Addis
            # Ababa on Monday": the visit, begun (the arrival tells its day and place, not another act)
        elif carry is not None and stated.action == "depart" and new_status == "happened" \
                and carry.lead.action in _ARRIVAL_PLANS and carry.place is not None:
            codes = event_codes(carry.lead.action, new_status)
            lead = replace(lead, action=carry.lead.action, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode)  # "will visit Tehran on Wednesday", then "X left Tehran on Thursday
            # morning": the visit made, ended then (not a departure in its place; its days: _left_after_plan)
        elif carry is not None and stated.action in _JOURNEY_PLANS.get(carry.lead.action, ()):
            codes = event_codes(carry.lead.action, new_status)
            lead = replace(lead, action=carry.lead.action, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode)  # "is expected in Bujumbura on May 12", then "denied reports that X
            # would travel to Bujumbura": the visit, denied
        if carry is not None and action_family(stated.action) in ("attend", "meet") \
                and action_family(carry.lead.action) == "host":
            codes = event_codes(carry.lead.action, new_status)
            lead = replace(lead, action=carry.lead.action, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode)  # "will host the leaders of A and B in Tapachula", then "agreed at a
            # one-day summit in this city": the summit hosted, held; "will host Prime Minister Y for a summit", then
            # "Y arrived in Busan and met X": the hosting done
    key = head.order_key()
    return Carry(actor, counterparts, place, new_status, new_date, lead, history, (key[0], key[1]), what)


#: A departure told this many days after a visit's planned first day at most ends that visit.
_LEFT_AFTER_DAYS = 7


def _left_after_plan(plan: DateValue, left: DateValue) -> DateValue:
    """plan (DateValue): a visit's planned day. left (DateValue): the day its traveller was told leaving the place.
    RETURNS (DateValue): the visit over the days from the plan's first day to the day left, when that lies up to
    ``_LEFT_AFTER_DAYS`` after it ("will visit Tehran on Wednesday", "left Tehran on Thursday morning": Wednesday to
    Thursday); else the day left."""
    span, gone = plan.interval(), left.interval()
    if span is None or gone is None or plan.precision != "day" or not timedelta(0) <= gone[0] - span[0] <= timedelta(
            days=_LEFT_AFTER_DAYS):
        return left
    if gone[0] == span[0]:
        return replace(plan, text=left.text)
    return DateValue(span[0].isoformat(), "day", left.text, gone[0].isoformat(),
                     f"from the planned first day to the day left ({gone[0].isoformat()})")


def _new_day_told_after(stated: Event, group: list[Report]) -> DateValue | None:
    """stated (Event): an article's postponement with no new day. group (list[Report]): the article's reports of the
    event. RETURNS (DateValue | None): the day of a plan the article tells after the postponement, lying after the
    article's day ("the walkout was now provisionally scheduled for July 1"): the new day; None when there is none."""
    published = stated.evidence.published
    for r in group:
        ev = r.event
        span = ev.date.interval()
        if ev.status == "planned" and span is not None and published is not None and span[0] > published \
                and ev.evidence.start > stated.evidence.start:
            return ev.date
    return None


def fold_carry(reports: list[Report]) -> Carry:
    """reports (list[Report]): at least one, any order. RETURNS (Carry): the state after all.
    RAISES ValueError: when reports is empty."""
    if not reports:
        raise ValueError("fold() needs at least one report")
    by_article: dict[str, list[Report]] = {}
    for r in sorted(reports, key=Report.order_key):
        by_article.setdefault(r.evidence.article_id, []).append(r)
    carry: Carry | None = None
    for group in by_article.values():
        carry = fold_article(carry, group)
    assert carry is not None
    return carry


def state_of(carry: Carry, reports: tuple[Report, ...] = ()) -> EventState:
    """carry (Carry): a fold's state. reports (tuple[Report, ...]): the folded reports, in
    order, when the caller has them (matching does not need them).
    RETURNS (EventState): the event's state."""
    lead = carry.lead
    return EventState(
        action=lead.action,
        cameo=lead.cameo,
        plover=lead.plover,
        plover_mode=lead.plover_mode,
        actor=carry.actor,
        counterparts=tuple(c for c in carry.counterparts if c.name != carry.actor.name),
        place=carry.place,
        date=carry.date,
        status=carry.status,
        history=carry.history,
        reports=reports,
        what=carry.what,
    )


def fold(reports: list[Report]) -> EventState:
    """Fold an event's reports, in publication order, into its state.

    reports (list[Report]): at least one report, any order.
    RETURNS (EventState): the state after the last report.
    RAISES ValueError: when reports is empty.
    """
    carry = fold_carry(reports)
    return state_of(carry, tuple(sorted(reports, key=Report.order_key)))


def match_window(report: Event) -> tuple[date, date] | None:
    """The days a known event's date must come near for :func:`same_event` to accept
    ``report`` (a superset, for narrowing candidates before scoring them).

    report (Event): the new report.
    RETURNS (tuple[date, date] | None): first and last day, or None when any date fits
        (the report changes a plan, or has no date).
    """
    if report.refers_to_plan or report.status in ("postponed", "cancelled", "denied"):
        return None
    iv = report.date.interval()
    if iv is None:
        return None
    wide = action_family(report.action) in _ACTOR_IDENTIFIED
    reach = timedelta(days=max(_SLIP_DAYS, _MOVE_DAYS, _ACTOR_SLIP_DAYS if wide else 0))
    try:
        lo = iv[0] - reach
    except OverflowError:
        lo = date.min
    try:
        hi = iv[1] + reach
    except OverflowError:
        hi = date.max
    return lo, hi


def _with_status_code(plan: Event, change: Event) -> Event:
    """A postponement/cancellation keeps the plan's action; take its codes if it has them (a change told in a kindred
    family, "postponed a meeting" of a hosting, keeps the plan's action)."""
    if not change.cameo:
        return plan
    return change if action_family(change.action) == action_family(plan.action) else replace(change, action=plan.action)


def _width(d: DateValue) -> int:
    iv = d.interval()
    return (iv[1] - iv[0]).days if iv else 10**6


def places_compatible(a: PlaceRef | None, b: PlaceRef | None) -> bool | None:
    """RETURNS: True/False when both are known, None when either is unknown.
    Places match when equal or one lies within the other, except through a
    country (visiting a country does not make every stop in it one event)."""
    if a is None or b is None:
        return None
    if a.name == b.name or a.name.casefold() == b.name.casefold():
        return True  # (also "Punta del Este" and a title-case headline's "Punta Del Este", a town the gazetteer lacks)
    if a.kind != "country" and a.name in b.within:
        return True
    if b.kind != "country" and b.name in a.within:
        return True
    return False


def country_plan_family(family: str) -> bool:
    """family (str): an action family. RETURNS (bool): a ``country_plan_families`` family, a thing done once on a trip
    whose plan in a country a report from one of its cities may tell as done (:func:`same_event` decides)."""
    return family in _COUNTRY_PLAN_FAMILIES


def country_day_family(family: str) -> bool:
    """family (str): an action family. RETURNS (bool): a ``country_day_families`` family, talks whose report told of a
    country and report told of one of its cities are one on the same day with the same person (:func:`same_event`)."""
    return family in _COUNTRY_DAY_FAMILIES


def _done_in_planned_country(state: EventState, report: Event) -> bool:
    """Whether a happened report of a ``country_plan_families`` family tells a plan placed in a country as done in a
    place of that country, on a day inside the plan's dates."""
    if report.status != "happened" or state.status not in ("planned", "postponed", "uncertain") \
            or action_family(report.action) not in _COUNTRY_PLAN_FAMILIES \
            or not _country_of_stop(state.place, report.place):
        return False
    day, span = report.date.interval(), state.date.interval()
    return day is not None and span is not None and span[0] <= day[0] <= span[1]  # (begun in the plan's dates:
    # "landed on Tuesday, starting a three-week air policing mission" for a deployment planned for next week)


def _country_holds(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    """RETURNS (bool): whether one of two places is a country and the other lies inside it (:func:`_country_of_stop`
    either way round)."""
    return _country_of_stop(a, b) or _country_of_stop(b, a)


def _one_country(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    """RETURNS (bool): whether two places, both below a country (cities, sites, regions), lie in one country."""
    return a is not None and b is not None and "country" not in (a.kind, b.kind) and a.country is not None \
        and a.country == b.country


def _held_elsewhere(state: EventState, report: Event) -> bool:
    """Whether a later report tells an open plan as done in another place of the same country: the plan's day or the
    next (or no day on either side) and two places below a country that lie in one country ("will meet Kartika in
    Jakarta on Wednesday", then "met Kartika for three hours in Surabaya" after the talks were moved), or up to a week
    off when the report says it was later than planned. The caller checks that both name the same people.

    state (EventState): the known event. report (Event): the new report. RETURNS (bool): True when it may be the plan.
    """
    unknown_town = report.place is not None and report.place.country is None and report.place.kind == "city" \
        and not report.place.within and state.place is not None and state.place.kind != "country"
    if report.status != "happened" or state.status not in ("planned", "postponed", "uncertain") \
            or not (_one_country(state.place, report.place) or unknown_town):
        return False  # (a town the gazetteer lacks, "signed the accord on Wednesday in Neiafu", may be in the plan's
        # country)
    apart = _days_apart(state.date, report.date)
    return report.date.value is None or state.date.value is None or apart is not None and apart <= 1 \
        or apart is not None and apart <= _SLIP_DAYS and _told_late(report)  # (an undated plan, or one a day off: "are
    # due to sign an agreement" in Kigali, then "signed the accord on Tuesday ... in Musanze"; or told late: "will host
    # Y in Putrajaya on Tuesday", then "held their retreat with Y in Kuala Lumpur on Thursday, two days later than first
    # planned")


def _country_of_stop(country: PlaceRef | None, stop: PlaceRef | None) -> bool:
    """RETURNS (bool): whether ``country`` is a country that holds ``stop``."""
    return country is not None and stop is not None and country.kind == "country" and country.name in stop.within


def _counterparts_compatible(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> bool | None:
    """RETURNS (bool | None): None when either side names nobody; else whether they share
    a person (:func:`same_person`: "met Lee" shares Lee Jae Myung) or one names the country
    the other's person holds office in ("the signing of the pact with Australia" and "will
    sign a pact with Australian Prime Minister X")."""
    if not a or not b:
        return None
    if any(same_person(x, y) or _of_country(x, y) or _of_country(y, x) or _holds_office(x, y) or _holds_office(y, x)
           or _same_speakers(x, y) for x in a for y in b):
        return True
    generic, named = (a, b) if all(unnamed_group(x) for x in a) else (b, a)
    if all(unnamed_group(x) for x in generic) and not any(unnamed_group(y) for y in named) \
            and not any(y.kind == "country" for y in named):
        return None  # "would meet union leaders on Thursday", then "met the heads of the FGTB, CSC and CGSLB": the
        # leaders named; a group told by its common noun names no one else
    return False


#: Regional adjectives -> the names a store may keep the region's bloc under (``region_blocs``), longest first.
_REGION_BLOCS = sorted(((k, tuple(v)) for k, v in _MERGE_DATA["region_blocs"].items()), key=lambda kv: -len(kv[0]))


def with_bloc_names(text: str) -> str:
    """text (str): a question's topic or a sentence. RETURNS (str): the text with each region's adjective used as one
    ("Southeast Asian economy ministers": followed by a lower-case word) followed by its bloc's full name, so that a
    topic naming the bloc ("the ASEAN economy ministers' meeting", once its short form is spelt out) and a sentence
    naming the region's people are read as one (the adjective is kept)."""
    for adjective, blocs in _REGION_BLOCS:
        text = re.sub(rf"(?<![\w-]){re.escape(adjective)}(?= [a-z])", lambda m: f"{m.group(0)} {blocs[0]}", text)
    return text


def region_blocs(ref: ActorRef) -> tuple[str, ...]:
    """ref (ActorRef): a report's actor. RETURNS (tuple[str, ...]): the names of the regional bloc a group told by its
    region's adjective belongs to ("African leaders", "Gulf Arab summit participants": the African Union, the Gulf
    Cooperation Council; the longest adjective first, "West African ministers" are ECOWAS's); () for any other actor."""
    if ref.kind not in ("group", "org") or ref.country:
        return ()  # (a gathering's participants are kept as a body: "African summit participants")
    for adjective, blocs in _REGION_BLOCS:
        if ref.name.startswith(f"{adjective} ") and ref.name[len(adjective) + 1:].islower():
            return blocs
    return ()


_SPEAKER_HEADS = frozenset(_MERGE_DATA["speaker_heads"])


def _same_speakers(a: ActorRef, b: ActorRef) -> bool:
    """RETURNS (bool): both are unnamed groups of people who speak for one body ("union representatives" and "union
    leaders": ``speaker_heads`` of ``merge.json`` after the same words)."""
    if not (unnamed_group(a) and unnamed_group(b)):
        return False
    *body_a, head_a = a.name.split()
    *body_b, head_b = b.name.split()
    return bool(body_a) and body_a == body_b and head_a in _SPEAKER_HEADS and head_b in _SPEAKER_HEADS


def unnamed_group(ref: ActorRef) -> bool:
    """RETURNS (bool): the reference is a group told by a common noun ("union leaders", "farmers"), no name."""
    return ref.kind == "group" and ref.name == ref.name.lower()


def _holds_office(office: ActorRef, person: ActorRef) -> bool:
    """RETURNS (bool): whether ``office`` names an office with no holder ("Defence Minister of Cambodia", as "his
    Cambodian counterpart" is stored before its holder is known) and ``person`` is told with that title and country
    ("Cambodian Defence Minister Tea Seiha")."""
    return names_office(office) and office.title is not None and office.country is not None \
        and office.name == office_name(office.title, office.country) and person.kind == "person" \
        and person.title is not None and person.title.lower() == office.title.lower() \
        and person.country == office.country and office.name != person.name


def _of_country(country: ActorRef, person: ActorRef) -> bool:
    """RETURNS (bool): whether ``country`` is a country and ``person`` a person of that country."""
    return country.kind == "country" and person.kind == "person" and person.country == country.name


def same_place_day(state: EventState, report: Event) -> bool:
    """state (EventState): a stored event. report (Event): a new report. RETURNS (bool): both name the same place and
    the same day (a plan with no other side that a report told of the states can still be, when nothing else
    differs)."""
    return state.place is not None and report.place is not None and state.place.name == report.place.name \
        and state.date.precision in ("day", "time") and report.date.precision in ("day", "time") \
        and _days_apart(state.date, report.date) == 0


def with_people_of(report: Event, state: EventState) -> Event:
    """report (Event): a report told of states ("A summit between Laos and Myanmar ... has been postponed", turned to a
    stored person of the first). state (EventState): a stored event whose other side names people.
    RETURNS (Event): the report with each country on its other side replaced by the event's people of that country
    (Myanmar -> "Myanmar's President X"); the report itself when there is none."""
    people = [tuple(p for p in state.counterparts if _of_country(c, p)) or (c,) for c in report.counterparts]
    counterparts = tuple(dict.fromkeys(p for group in people for p in group))
    return report if counterparts == report.counterparts else replace(report, counterparts=counterparts)


def holds_day(span: DateValue, day: DateValue) -> bool:
    """span (DateValue): a week or month. day (DateValue): a day. RETURNS (bool): the day falls within the span."""
    outer, inner = span.interval(), day.interval()
    return outer is not None and inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _days_apart(a: DateValue, b: DateValue) -> int | None:
    ia, ib = a.interval(), b.interval()
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0


def _done_in_window(state: EventState, report: Event, same_article: bool) -> bool:
    """Whether a later article tells done, on one day, a person's open plan told for a week or a month that holds
    that day, with no place or other side told by either ("will sign the amendment into law later this week", then
    "signed the amendment into law on Friday"): the plan's outcome. A vote's report may name the one elected, and a
    body's vote is its own too (its plan may carry the place the article was datelined in; the report names none)."""
    vote = action_family(report.action) == "vote" and report.actor.kind in ("person", "org")  # ("will hold a party
    # congress later this month to elect a new leader", then "X was elected leader of the party on Saturday": the
    # body's one vote of that month, the one elected told only by the outcome)
    if same_article or report.actor.kind != "person" and not vote or state.status not in ("planned", "postponed") \
            or report.status != "happened" or state.place is not None and not vote or report.place is not None \
            or state.counterparts or report.counterparts and not vote or report.date.precision not in ("day", "time") \
            or state.date.precision not in ("week", "month"):
        return False
    inner, outer = report.date.interval(), state.date.interval()
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _hosted_just_past(state: EventState, report: Event, same_article: bool) -> bool:
    """Whether a later article tells a hosting done with no day, place or guests of its own ("a one-day meeting hosted
    by X"), published within a week after the day of the host's open plan: that plan's outcome (a host holds one
    gathering at a time)."""
    published = report.evidence.published
    span = state.date.interval()
    if same_article or action_family(report.action) != "host" or report.status != "happened" \
            or state.status not in ("planned", "postponed") or report.date.value is not None or report.place is not None \
            or report.counterparts or published is None or span is None or state.date.precision not in ("day", "time"):
        return False
    return span[0] <= published <= span[1] + timedelta(days=_SLIP_DAYS)


def _told_before(report: Event, state: EventState) -> bool:
    """RETURNS (bool): True when the report was published before every report of the event
    (an older article ingested after newer ones)."""
    told = report.evidence.published
    firsts = [h.published for h in state.history if h.published is not None]
    return told is not None and bool(firsts) and told < min(firsts)


def _background_beside_plan(state: EventState, report: Event) -> bool:
    """Whether one article's past event and its plan are two events: "farmers will protest on Wednesday" beside
    "farmers have staged protests over the past two years", "Ottawa would impose sanctions on Haitian gang leaders"
    beside "Canada has sanctioned more than 30 Haitians since 2022" (either told first): the done one undated or dated
    up to the article's day, the plan undated or dated after it."""
    published = report.evidence.published
    if published is None or report.refers_to_plan:
        return False
    pairs = ((state.status, state.date, report.status, report.date), (report.status, report.date, state.status, state.date))
    for done, done_date, plan, plan_date in pairs:
        if done != "happened" or plan != "planned":
            continue
        done_iv, plan_iv = done_date.interval(), plan_date.interval()
        past = done_date.value is None or done_iv is not None and done_iv[1] <= published
        ahead = plan_date.value is None or plan_iv is not None and plan_iv[0] > published
        if past and ahead and (done_date.value is None or plan_date.value is None or plan_iv != done_iv):
            return True
    return False


#: Days before a report's article after which an act done is past changing: no call-off, postponement or undated
#: denial joins it (one told days after the act still does, and a dated denial always: sources in conflict make a
#: question ambiguous).
_LONG_DONE_DAYS = 60


def _undoes_the_past(state: EventState, report: Event) -> bool:
    """RETURNS (bool): the report calls off or puts off an act the known event says was done and over more than
    ``_LONG_DONE_DAYS`` days before the report's article ("signed ... in 2015" and, in 2026, "the signing ... was
    called off"), or plans one with no day (another act of the same kind, not the old one)."""
    if report.status in ("planned", "uncertain") and not report.refers_to_plan and state.status == "happened" \
            and report.date.value is None:
        span, told = state.date.interval(), report.evidence.published
        return span is not None and told is not None and (told - span[1]).days > _LONG_DONE_DAYS  # "visited Dakar in
        # November 2024", then in 2026 "will travel to Dakar": another trip, not the old one
    if not (report.status in ("cancelled", "postponed") or report.status == "denied" and report.date.value is None) \
            or state.status != "happened":
        return False  # (an undated denial, "X did not meet the Armenian leader", is of the news, not of a meeting
        # done more than two months before; a dated one may still conflict with it)
    span = state.date.interval()
    told = report.evidence.published
    return span is not None and told is not None and (told - span[1]).days > _LONG_DONE_DAYS


def _taking_the_post(state: EventState, report: Event) -> bool:
    """Whether a person's appointment and swearing-in (``kindred_families``: "will appoint X as prime minister on
    Sunday", then "X was sworn in on Sunday") are one taking of the post: on one day, or one of them an undated
    plan."""
    if {action_family(state.action), action_family(report.action)} != {"appointed", "inaugurate"}:
        return False
    if state.date.value is None or report.date.value is None:
        undated = state if state.date.value is None else report
        return undated.status in ("planned", "postponed")  # (an appointment made, "has appointed X", undated, is no
        # swearing-in days later)
    return _days_apart(state.date, report.date) == 0


def _done_on_its_day(state: EventState, report: Event) -> bool:
    """RETURNS (bool): whether an undated report that an act took place, told at no place of its own and of nobody else
    ("Zambian President X attended the funeral"), comes in an article published on the open plan's day (of a day or a
    clock time) or the day after: that plan, done."""
    if report.status != "happened" or report.date.value is not None or report.place is not None \
            or report.counterparts or state.status not in ("planned", "postponed", "uncertain") \
            or state.date.precision not in ("day", "time") or report.evidence.published is None:
        return False
    span = state.date.interval()
    return span is not None and span[0] <= report.evidence.published <= span[1] + timedelta(days=1)


def same_event(state: EventState, report: Event, same_article: bool = False, elsewhere: bool = True) -> int:
    """How well a new report fits a known event (same actor assumed).

    state (EventState): the known event. report (Event): the new report.
    same_article (bool): the report comes from an article already folded into the event.
    elsewhere (bool): whether a plan may be told done in another place of its country (:func:`_held_elsewhere`);
        False when the report's article calls off a plan of its family at a place of its own ("met in Arequipa,
        after the talks were moved from Lima": the move is told, as a call-off and a new event).
    RETURNS (int): 0 when it is a different event; higher is a better fit.
    Two reports are one event when their action families agree and nothing
    known contradicts it: place (equal or contained), counterparts (overlap
    when both given) and date (overlap; a plan's outcome may slip a week;
    a postponement or cancellation may name a new date, but not of an event that
    already took place more than a week from that date).
    """
    if action_family(state.action) != action_family(report.action) and not (
            action_family(report.action) in _KINDRED.get(action_family(state.action), ())
            and (_kindred_people(state.counterparts, report.counterparts) or _kindred_change(state, report)
                 or _body_gathering(state, report) or _exchange_side_done(state, report)
                 or _hosted_attendance(state, report) or _taking_the_post(state, report))):
        return 0
    if _part_of_nationwide(state, report):
        return 0
    if "group" in (state.actor.kind, report.actor.kind) and state.actor.country and report.actor.country \
            and state.actor.country != report.actor.country:
        return 0  # "French unions will strike on Thursday", "Belgian unions would strike on Thursday": two crowds that
        # share a common noun, each of its own country
    if _undoes_the_past(state, report):
        return 0  # "signed a joint declaration in 2015", then "The signing of a forest agreement ... was called off":
        # another, later plan; an act long done is never called off
    if state.status == "cancelled" and report.status == "happened" and report.place is None \
            and state.place is not None and (not same_article or report.date.value is None):
        return 0  # "the talks will now be held in Mbabane rather than Paramaribo", then "X and Y met at the ministry on
        # Tuesday": not the plan called off in Paramaribo (the one that moved, or a meeting of its own); "X cancelled his
        # trip to Paraguay ... The two presidents then toured a flood shelter together": not the trip just called off
    place = places_compatible(state.place, report.place)
    if place is False and _done_in_planned_country(state, report):
        place = True  # "will travel to New Zealand next week to sign ..." then "signed the pact in Auckland on Wednesday"
    if place is False and report.status == "happened" and action_family(report.action) in _COUNTRY_PLAN_FAMILIES \
            and _country_of_stop(report.place, state.place):
        place = None  # "are due to sign an agreement" in Kigali, then "wrapped up a visit to Rwanda after signing an
        # agreement": told of the country, no other place
    if place is False and (report.refers_to_plan or report.status in ("postponed", "cancelled", "denied")) \
            and (state.status in ("planned", "postponed", "uncertain") or report.status == "denied"
                 and state.status in ("denied", "happened")) \
            and (_country_of_stop(report.place, state.place)
                 or state.status in ("planned", "postponed", "uncertain") and _country_of_stop(state.place, report.place)):
        place = None  # "the trip to Zambia has been moved to Saturday" changes the planned stop in Lusaka ("will visit
        # Samoa this month", then "denied that X would visit Apia this month": the trip to Samoa); "has no
        # plans to visit Uzbekistan this week" denies the trip to Tashkent denied already; "did not travel to the
        # Philippines and did not meet X" denies the reported talks with X in Manila
    if place is False and report.status == "postponed" and report.refers_to_plan \
            and action_family(report.action) in _ACTOR_IDENTIFIED and state.status in ("planned", "uncertain"):
        place = None  # "X's hearing has been postponed to Oct 26 and moved to the High Court in Pretoria": the one
        # hearing of X's planned in Johannesburg, put off and moved
    if place is False and report.refers_to_plan and report.status == "planned" and state.status == "postponed" \
            and _country_of_stop(state.place, report.place):
        place = True  # "has postponed her state visit to Vietnam. The president will now travel to Hanoi in September"
    if place is False and action_family(report.action) in CROWD_FAMILIES and _country_holds(state.place, report.place) \
            and state.date.precision == report.date.precision == "day" and _days_apart(state.date, report.date) == 0:
        place = True  # "Workers at the Los Pumas copper mine in Chile will walk off the job on Monday", then "went on
        # strike on Monday" at the mine: one crowd's strike that day, told of its country and of its site
    people = _counterparts_compatible(state.counterparts, report.counterparts)
    if people is False and place is True and action_family(report.action) in JOURNEY_FAMILIES \
            and state.date.precision in ("day", "time") and report.date.precision in ("day", "time") \
            and _days_apart(state.date, report.date) == 0:
        people = None  # "will travel to Skopje on April 14 for talks with X ... will also be received by Y during the
        # trip": one journey to one place on one day, whoever is seen there
    thing = what_compatible(state.what, report.what)
    if place is False and people and action_family(report.action) in _COUNTRY_DAY_FAMILIES \
            and _country_holds(state.place, report.place) and state.date.precision == report.date.precision == "day" \
            and _days_apart(state.date, report.date) == 0:
        place = True  # "will meet Uzbek President X in Uzbekistan next Tuesday", then "held talks with X in Tashkent on
        # Tuesday": one meeting that day, told of its country and of its city
    if place is False and people and action_family(report.action) in _WATERS_FAMILIES \
            and _days_apart(state.date, report.date) == 0 and state.date.precision == report.date.precision == "day" \
            and any(p is not None and p.kind == "country" for p in (state.place, report.place)):
        place = None  # "an exercise in the South China Sea off Brunei from June 8", then "concluded a five-day exercise in
        # waters off Brunei on Friday" (from June 8): one exercise, told by its sea and by its coast
    if place is False and people and report.status == "happened" and state.status in ("planned", "uncertain") \
            and report.place is not None and report.place.kind == "country" and _country_of_stop(report.place, state.place) \
            and report.date.value is None and action_family(report.action) in _COUNTRY_DAY_FAMILIES:
        place = None  # "will meet Bolivian business leaders during the one-day visit" (La Paz), then "on her first trip
        # to Bolivia ... also met business leaders": the meeting planned there, told of the trip's country, undated
    if place is False and report.status in ("happened", "ongoing") and report.action == state.action \
            and action_family(report.action) == "visit" and _country_of_stop(report.place, state.place) \
            and report.date.end_value is not None and state.date.precision == "day" and holds_day(report.date, state.date):
        place = True  # "will visit Addis Ababa on January 3", then "flew back on Monday night, ending a three-day trip
        # to Ethiopia" (January 3 to 5): the one trip, told by its country and its days
    if place is False and (people or thing and state.what and report.what) and elsewhere and not same_article \
            and _held_elsewhere(state, report):
        place = None  # "will meet Kartika in Jakarta on Wednesday", then "met Kartika in Surabaya": the same talks, moved
        # (or the same thing: "will open the Palay Harvest Festival in Cabanatuan City on Saturday", then "opened the
        # Palay Harvest Festival in San Jose City on Saturday")
    if (place is False or thing is False) and people is not False and _own_day_done(state, report):
        place = thing = None  # "will be sworn in as general manager of the central bank on Monday at the palace in
        # Quito", then "took office as head of the central bank on Monday at a ceremony moved to Guayaquil": one
        # swearing-in of that person that day, told in other words and moved
    if place is False or people is False or thing is False:
        return 0
    if report.what and not state.what and report.status in ("cancelled", "postponed", "denied") \
            and action_family(report.action) in JOURNEY_FAMILIES:
        return 0  # "cancelled her planned visit to a marine research centre in Wellington": not the trip there
    # what a particular thing (a named exercise, a satellite) or the actor alone (a
    # resignation) tells counts as a place or a person would
    apart = _days_apart(state.date, report.date)
    if same_article and report.status == "postponed" and report.date.note == PLANNED_DAY_NOTE \
            and state.status in ("happened", "ongoing") and _later(state.date, report.date):
        return 3  # "docked in Colombo on Thursday for a three-day visit. The visit had been postponed from late April":
        # the day given up by the event the article tells done, its history
    struck = action_family(report.action) in CROWD_FAMILIES and report.actor.kind == "org" and apart is not None \
        and 0 < apart and _strike_slipped(state, report, apart)
    # ("Egypt's Doctors' Syndicate called for a nationwide strike starting on Sunday", then "began its strike on
    # Monday, a day later than first planned": one body's strike, a day late)
    early = report.status == "happened" and apart is not None and 0 < apart <= _SLIP_DAYS \
        and state.status in ("planned", "postponed", "uncertain") and _told_days_off_plan(report, apart)
    # ("removed Belavia from its sanctions list, three days earlier than Washington had announced": the easing planned
    # three days later, done early)
    told = bool(thing) or struck or early or action_family(report.action) in _ACTOR_IDENTIFIED or (
        action_family(report.action) == "vote" and report.actor.kind == "country" and thing is None
        and (apart == 0 or apart is None and state.date.value is None and report.date.value is not None)
        and state.status in ("planned", "postponed", "uncertain") and report.status in ("planned", "postponed", "uncertain"))
    # (a state's election told as "parliamentary elections next year", then "elections in the spring of next year": one
    # plan whose time gets finer; "will hold a snap election", then "a snap election for Feb. 8": its day told)
    changes_plan = report.refers_to_plan or report.status in ("postponed", "cancelled", "denied")
    if changes_plan and report.date.note == PLANNED_DAY_NOTE and apart is not None and apart > _SLIP_DAYS \
            and state.date.precision == report.date.precision == "day":
        return 0  # "called off the general strike it had planned for next Wednesday": that Wednesday's plan, not a
        # strike of two weeks before (the day a change's own relative clause gives is the plan's, no new day)
    if state.status == "happened" and report.status != "happened" and apart is not None and apart > _SLIP_DAYS:
        return 0  # "the forum has been moved to Wednesday" is no change of last month's summit that took place
    if same_article and _background_beside_plan(state, report):
        return 0  # "will protest in Madrid on Wednesday" and "have staged protests over the past two years"
    if apart is not None and apart > 0 and not changes_plan:
        open_plan = state.status in ("planned", "postponed", "uncertain") or state.status == "denied" \
            and action_family(report.action) in _ACTOR_IDENTIFIED  # ("denied that he planned to step down", then
        # "resigned on Monday, five days after insisting he would stay": the resignation denied, then made)
        # one resignation per person: its outcome may come weeks from the day announced
        slip = _ACTOR_SLIP_DAYS if action_family(report.action) in _ACTOR_IDENTIFIED else _SLIP_DAYS
        slipped = report.status == "happened" and apart <= slip
        moved = report.status == "planned" and not same_article and apart <= _MOVE_DAYS
        # an older plan arriving after its outcome (a backfill): the outcome may have slipped from it
        backfill = (state.status == "happened" and report.status in ("planned", "uncertain") and apart <= _SLIP_DAYS
                    and _told_before(report, state))
        if not ((open_plan and (slipped or moved) or backfill) and (place or people or told)):
            return 0
    same_day = apart == 0 and state.date.precision in ("day", "time") and report.date.precision in ("day", "time") \
        and (state.date.value or "")[:10] == (report.date.value or "")[:10]  # ("at 6 a.m. on Thursday" is that Thursday)
    if not (place or people or told or same_day or changes_plan) and _hosted_just_past(state, report, same_article):
        told = True  # "will host a meeting of ministers in Lusaka on March 19", then (March 20) "at the end of a one-day
        # meeting hosted by X": the hosting held
    if not (place or people or told or same_day or changes_plan) and _done_in_window(state, report, same_article):
        told = True  # "will sign the amendment into law later this week", then "signed the amendment into law on Friday"
    if not (place or people or told or same_day or changes_plan) and not same_article and _done_on_its_day(state, report):
        told = True  # "will attend the funeral in Blantyre on Saturday", then (Saturday) "attended the funeral and paid
        # tribute": the plan, done on its day
    if not (place or people or told or same_day or changes_plan):
        # Only the action (and at most an overlapping period) agrees: a meeting
        # "during the trip" is not the named talks held on one day of it. Merge
        # such reports only when they carry nothing at all to tell them apart,
        # within one article.
        bare = place is None and people is None and apart is None
        if not (bare and same_article):
            return 0
    score = 1
    score += 2 if place else 0
    score += 2 if people else 0
    score += 2 if thing else 0
    score += 2 if apart == 0 else 1 if apart is not None and apart <= _SLIP_DAYS else 0  # a day near the report's
    # beats no day at all ("imposed on March 24" joins the plan put off to March 20, not an undated background)
    if (changes_plan or report.status == "happened" and not same_article) and state.status in ("planned", "postponed"):
        score += 1  # an outcome is the open plan's rather than a like event already done
    if changes_plan and state.action == report.action:
        score += 1  # "X's planned tour of the port was called off": the planned visit there, not the trip it is part of
    if same_article and report.date.value is None and people and state.status == report.status:
        score += 1  # "met in Vienna on Thursday ... Sargsian and Hasanli held more than four hours of talks": the
        # meeting its article told, not the one of January
    return score


#: Families of an act a state's institution does ("Parliament of New Zealand" votes), which its government may call off.
BODY_FAMILIES = frozenset(_MERGE_DATA["body_families"])


def body_plan(state: EventState, report: Event) -> int:
    """How well a state's change fits the open plan of one of its institutions ("New Zealand's parliament will hold its
    final vote on the Fisheries Amendment Bill on Wednesday", then "The New Zealand government called off Wednesday's
    final vote on the Fisheries Amendment Bill").

    state (EventState): the institution's known event. report (Event): the state's report, its actor already set to the
    institution. RETURNS (int): :func:`same_event`'s score when the plan is open, the report changes a plan, both name
    the same particular thing and the same calendar day; else 0 (the state's own vote is another act)."""
    if state.status not in ("planned", "postponed", "uncertain") or not (
            report.refers_to_plan or report.status in ("postponed", "cancelled", "denied")) \
            or not _one_thing(state.what, report.what) \
            or not (state.date.precision == report.date.precision == "day" and _days_apart(state.date, report.date) == 0):
        return 0
    return same_event(state, report)


def _one_thing(a: str | None, b: str | None) -> bool:
    """RETURNS (bool): two objects name one particular thing: :func:`what_compatible` says so, or both are written
    alike ("fisheries agreement" twice: a signed text, which that function leaves open however it is named)."""
    return what_compatible(a, b) is True or bool(a) and bool(b) and str(a).casefold() == str(b).casefold()


def state_plan_done(state: EventState, report: Event) -> int:
    """How well an institution's act fits the open plan told of its state ("Bulgaria's government faces a no-confidence
    vote in parliament on Thursday", then "The government survived a no-confidence vote on Thursday", told of the
    parliament). state (EventState): the state's known event. report (Event): the institution's report, its actor
    set to the state. RETURNS (int): :func:`same_event`'s score when the plan is open, both name the same particular
    thing and the same calendar day; else 0."""
    if state.status not in ("planned", "postponed", "uncertain") or not _one_thing(state.what, report.what) \
            or not (state.date.precision == report.date.precision == "day" and _days_apart(state.date, report.date) == 0):
        return 0
    return same_event(state, report)


#: Families a crowd does, whose reports by different groups at one place and day are one event.
CROWD_FAMILIES = frozenset(_MERGE_DATA["crowd_families"])

#: Crowd names of no body ("protesters"): their protest at a body's planned one, same place and day, is the body's.
UNNAMED_CROWDS = frozenset(_MERGE_DATA["unnamed_crowds"])


def _strike_slipped(state: EventState, report: Event, apart: int) -> bool:
    """state (EventState): a known event. report (Event): a report of it ``apart`` days off its day. RETURNS (bool): the
    report tells the open plan of a strike begun up to ``_BODY_STRIKE_SLIP`` days off its planned day (both name a
    strike: "a nationwide strike", "its strike")."""
    return apart <= _BODY_STRIKE_SLIP and report.status == "happened" \
        and state.status in ("planned", "postponed", "uncertain") \
        and all(w and (words := _what_words(w)) and words[-1] == "strike" for w in (state.what, report.what))


#: Counts of days a report may tell its event off its plan by ("three days earlier than planned").
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS_OFF_PLAN = re.compile(r"\b(a|one|two|three|four|five|six|seven|\d) days? (?:earlier|later|sooner) than "
                            r"(?:[a-z.]+ ){0,3}?(?:had |has |was |were )?(?:originally |first |initially )?"
                            r"(?:planned|scheduled|expected|announced)\b")  # (also "than Washington had announced")


def _told_days_off_plan(report: Event, apart: int) -> bool:
    """report (Event): a report of a crowd's act. apart (int): days between it and a known plan. RETURNS (bool): its
    sentence says it came that many days off its plan ("walked off the job on Friday, three days earlier than planned")
    and the report took place."""
    if report.status not in ("happened", "ongoing") or apart == 0:
        return False
    m = _DAYS_OFF_PLAN.search(report.evidence.sentence.lower())
    return m is not None and (int(m.group(1)) if m.group(1).isdigit() else _DAY_COUNTS[m.group(1)]) == apart


def crowd_told(sentences: list[str], crowd: str) -> bool:
    """sentences (list[str]): the evidence sentences of a body's known event. crowd (str): a crowd word ("teachers").
    RETURNS (bool): one of them names the crowd's body ("Chile's main teachers' union, the Colegio de Profesores, called
    for a strike"): the body, named in another tongue, speaks for that crowd."""
    words = [singular(w) for w in re.findall(r"[a-z]+", crowd.lower())]
    kinds = body_kinds()
    for sentence in sentences:
        said = {singular(x) for x in re.findall(r"[a-z]+", sentence.lower())}
        if words and all(w in said for w in words) and said & kinds:
            return True
    return False


def same_crowd_event(state: EventState, report: Event, unplaced: bool = False) -> int:
    """How well a group's report fits another group's known event of a crowd family.

    state (EventState): the known event (another group's). report (Event): the new report,
    its actor already set to the known event's.
    unplaced (bool): the body is named after the crowd ("the Irish Nurses and Midwives Organisation" and "nurses"):
        a missing place does not keep them apart, nor a country and a place inside it.
    RETURNS (int): :func:`same_event`'s score when both name places that agree and the
        same calendar day ("opposition groups plan a protest in Belgrade on Saturday" and
        "tens of thousands protested in Belgrade on Saturday"); 0 otherwise: a crowd
        elsewhere or on another day is another protest.
    """
    places = places_compatible(state.place, report.place)
    if unplaced and places is False and _country_holds(state.place, report.place):
        places, report = True, replace(report, place=state.place)  # "Workers at Iceland's fish plants will strike from
        # Monday" and "the Seafood Workers' Federation said the walkout would begin on Monday at plants in Reykjavik":
        # the country's strike, at places inside it (scored at the stored place)
    if action_family(state.action) not in CROWD_FAMILIES or places is False \
            or not places and not (unplaced and (state.place is None or report.place is None)):
        return 0
    changed = (unplaced or places and what_compatible(state.what, report.what) is True) \
        and report.status in ("postponed", "cancelled") and (state.status in ("planned", "uncertain", "postponed"))
    # ("A nationwide teachers' strike ... has been postponed until May 6": the teachers' union's plan, put off to a new
    # day; "The street protests in Lagos have been postponed": the unions' street protests planned there; "the walkout
    # would be pushed back to May 4" after "have postponed a nationwide strike": the same delay, its new day told; "The
    # dockworkers' strike was averted" after the union put it off to May 20: that plan, called off)
    apart = _days_apart(state.date, report.date) if state.date.precision in ("day", "time") \
        and report.date.precision in ("day", "time") else None
    slipped = unplaced and apart is not None and _strike_slipped(state, report, apart) \
        or places is True and apart is not None and _told_days_off_plan(report, apart)  # ("Workers at the Port of
    # Santos walked off the job on Friday, three days earlier than planned": the dockworkers' strike planned for Monday)
    # ("the union would launch an indefinite strike on Thursday", then "railway workers walked off the job on
    # Wednesday, a day earlier than their union had announced": the union's strike, begun a day early)
    if not changed and not slipped and apart != 0:
        return 0  # (a day, or a part of it: "marched in Tbilisi on Wednesday evening")
    return same_event(state, report)


def pick_event(scores: dict[int, int]) -> int | None:
    """Choose the known event a report joins.

    scores (dict[int, int]): event id -> :func:`same_event` score.
    RETURNS (int | None): the single best-fitting event; None when none fits or when
        several fit equally well (a bare "the trip was called off" with two open trips
        is not silently given to one of them: it becomes an event of its own).
    """
    best = max(scores.values(), default=0)
    if best <= 0:
        return None
    winners = [event_id for event_id, score in scores.items() if score == best]
    return winners[0] if len(winners) == 1 else None


#: Weekday names, as a date's text may be written alone ("Wednesday").
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def week_earlier(event: Event, published: date | None) -> Event | None:
    """ "A meeting between X and Y planned for Wednesday was called off", told on a Friday: a bare weekday of a plan's
    change read as the coming one may be the one just past, the day of the plan the store knows.

    event (Event): a report. published (date | None): its article's day.
    RETURNS (Event | None): for a call-off or postponement that refers to a plan, dated to one day by a weekday name
    alone after ``published``, the report on the same weekday a week earlier, when that day is not after
    ``published`` (the store tries it when no plan fits the later one); else None.
    """
    day = event.date
    if published is None or event.status not in ("cancelled", "postponed") or not event.refers_to_plan \
            or day.precision != "day" or day.value is None or day.text.strip().lower() not in _WEEKDAYS:
        return None
    told = date.fromisoformat(day.value[:10])
    before = told - timedelta(days=7)
    if told <= published or before > published:
        return None
    return replace(event, date=replace(day, value=before.isoformat(),
                                       note=f"the {day.text} just past: the day of the plan it changes"))


def moved_pairs(events: list[Event]) -> dict[int, int]:
    """Plans told with the plan they replace: "The exercises have been moved from Laoag to Puerto Princesa", "will
    visit Bengaluru rather than Mumbai" give, from one trigger, the plan at its new place and the same event cancelled
    at the old one; so does an event held at its new place ("signed the pact in Abu Dhabi on Monday, after the ceremony
    was moved from Dubai"), which the store folds into the plan it moves (one event, its history keeping the move).

    events (list[Event]): one article's events.
    RETURNS (dict[int, int]): index of each new-place plan -> index of the cancelled old-place report of the same
        trigger, actor and action (its place None when the old place is not named: "would move the rally to Ankara").
    """
    out: dict[int, int] = {}
    for i, new in enumerate(events):
        if new.status not in ("planned", "postponed", "happened") or new.place is None or new.evidence.trigger_start < 0:
            continue  # ("pushed back to Thursday and moved from Vienna to Salzburg": put off at its new place; "signed
            # the pact in Abu Dhabi on Monday, after the ceremony was moved from Dubai": held at its new place)
        for j, old in enumerate(events):
            if (old.status == "cancelled" and (old.place is None or old.place.name != new.place.name)
                    and old.evidence.trigger_start == new.evidence.trigger_start and old.action == new.action
                    and old.actor.name == new.actor.name):
                out[i] = j
                break
    return out


def carried_plan(moved: Event, old: EventState) -> Event:
    """The plan at its new place with what the moved plan keeps: its day (a move of place says nothing of the day, so
    the old one holds) and its partners, when the new report names none.

    moved (Event): a plan at its new place (see :func:`moved_pairs`).
    old (EventState): the stored event the plan moves away from, before the move.
    RETURNS (Event): ``moved`` with the old plan's partners when it names none, and its date (the note says where it
        comes from) when it has none of its own.
    """
    partners = moved.counterparts or tuple(replace(c, start=-1, end=-1) for c in old.counterparts
                                           if c.name != moved.actor.name)
    if old.date.value is None or moved.date.value is not None or shifted_date(old.date, moved.date) is not None:
        return replace(moved, counterparts=partners)  # ("pushed back by two days and moved to Kara": the plan's day
        # moved so, by the fold)
    where = f" in {old.place.name}" if old.place is not None else ""
    note = f"the day of the plan{where} it moves" + (f" ('{old.date.text}')" if old.date.text else "")
    return replace(moved, date=replace(old.date, note=note), counterparts=partners)


#: What a presence report may show to have taken place, and the codes of that outcome (``presence`` of merge.json).
_PRESENCE = _MERGE_DATA["presence"]
#: Words of a sentence that tell a contact at a distance, which puts nobody anywhere (``presence.remote_words``).
_REMOTE_WORDS = frozenset(_PRESENCE["remote_words"])
#: Families of a journey, whose visit to one facility ("a car factory") is a part of a trip, not the trip.
JOURNEY_FAMILIES = frozenset(action_family(a) for a in _PRESENCE["journeys"])


def presence_probe(event: Event) -> Event | None:
    """event (Event): a report as stored. RETURNS (Event | None): the report as a lookup of the actor's journeys
    (no place, no counterparts: any stored journey near its day) when it puts its actor at a place on a day (happened,
    placed, dated to a day, no change of a plan); else None."""
    if event.status != "happened" or event.refers_to_plan or event.date.precision not in ("day", "time", "week") \
            or event.date.interval() is None or event.place is None and not any(
                c.kind == "person" for c in event.counterparts) \
            or event.date.precision == "week" and event.place is None:
        return None  # (with no place, a meeting with a person: the one a journey was to see, on its day; a week only
        # with a place, :func:`presence_width`)
    return replace(event, place=None, counterparts=())


def presence_width(state: EventState, event: Event) -> int | None:
    """state (EventState): a stored event. event (Event): a report that puts its actor at a place on a day
    (:func:`presence_probe`). RETURNS (int | None): the width in days of ``state``'s date when it is a planned or
    ongoing journey (``presence.journeys``) to a place that holds the report's place, dated to a day, a span of days
    or a week that holds the report's day; None otherwise."""
    day = event.date.interval()
    span = state.date.interval()
    if event.date.precision == "week":
        return _week_presence(state, event)
    if span is not None and day is not None and state.date.precision == "day" and span[1] < day[0] <= span[1] + timedelta(
            days=_PRESENCE_SLIP_DAYS) and (_shares_person(state, event) or _told_late(event)
                                           or event.action in _PRESENCE["journeys"] and day[0] == span[1] + timedelta(days=1)):
        span = (span[0], day[0])  # "will travel to Phnom Penh next Tuesday for talks with X", then "held talks with X in
        # Phnom Penh on Wednesday" (or "signed the customs agreement in Sucre on Wednesday, a day later than planned"; or
        # "will visit Laos next Tuesday", then "arrived in Vientiane on Wednesday"): the journey, a day late
    elif span is not None and day is not None and state.date.precision == "day" and (
            event.action in _PRESENCE["journeys"] and day[0] == span[0] - timedelta(days=1)
            or (event.date.note or "").startswith(BROUGHT_FORWARD) and day[0] < span[0] and _shares_person(state, event)):
        span = (day[0], span[1])  # "will travel to Malawi next Tuesday", then "arrived in Lilongwe on Monday, a day
        # earlier than planned": the journey, a day early (talks with the person it was for "two days earlier than
        # scheduled", told against the plan: that much early)
    if event.place is None and state.action in _PRESENCE["journeys"] and state.status in ("planned", "ongoing") \
            and state.place is not None and day is not None and span is not None and span[0] <= day[0] <= span[1] \
            and state.date.precision in ("day", "time") and _shares_person(state, event) and not _remote(event):
        return _width(state.date)  # "will visit Senegal on July 8 for a summit with President X", then "talks between
        # Presidents X and Y" on July 8, no place told: the person the journey was to see, met on its day
    if state.action not in _PRESENCE["journeys"] or state.status not in ("planned", "ongoing", "postponed") \
            or state.place is None or event.place is None or day is None or span is None \
            or not span[0] <= day[0] <= span[1] or state.date.precision not in ("day", "time", "week", "month"):
        return None  # (a week: "will travel to New Zealand next week", then "landed in Auckland on Tuesday"; a month:
        # "will travel to Norway early next month", then "held talks in Oslo on February 7"; a postponed one on its new
        # day: "pushed back by a day", then "held talks in Kumasi on Wednesday")
    if state.place.name != event.place.name and state.place.name not in event.place.within \
            and not _met_elsewhere(state, event):
        return None
    return _width(state.date)


def _week_presence(state: EventState, event: Event) -> int | None:
    """state (EventState): a stored event. event (Event): a happened report, with a place, dated to a week.
    RETURNS (int | None): the width in days of ``state``'s date when it is a planned journey dated to a day of that
    week, to the report's place or one holding it ("will visit Kampala on Monday", then "earlier this week X held
    talks with Y in Kampala": the visit, made); None otherwise (a week never shows which day of a longer plan)."""
    week, span = event.date.interval(), state.date.interval()
    if week is None or span is None or state.date.precision not in ("day", "time") or state.place is None \
            or event.place is None or state.action not in _PRESENCE["journeys"] \
            or state.status not in ("planned", "ongoing") or not week[0] <= span[0] <= span[1] <= week[1] \
            or _remote(event):
        return None
    if state.place.name != event.place.name and state.place.name not in event.place.within:
        return None
    return _width(state.date)


#: Families of a contact that may be held at a distance, so that its plan's venue is not where it took place.
_REMOTE_FAMILIES = frozenset({"meet", "negotiate", "mediate", "hold"})


def _remote(event: Event) -> bool:
    """RETURNS (bool): whether a report's sentence tells a contact at a distance (``presence.remote_words``: "held talks
    by video link")."""
    words = set(re.findall(r"[a-z]+", event.evidence.sentence.lower()))
    return bool(words & _REMOTE_WORDS)


#: Days after a planned journey's one day on which a report of its actor meeting the person it was to see, at its place,
#: still tells the journey (held late).
_PRESENCE_SLIP_DAYS = 2


def _told_late(event: Event) -> bool:
    """RETURNS (bool): whether a report's sentence tells its event as later than its plan ("a day later than
    planned", "later than originally scheduled"; :func:`dateline.model.told_late`)."""
    return told_late(event.evidence.sentence)


def _shares_person(state: EventState, event: Event) -> bool:
    """RETURNS (bool): whether a stored event and a report name one person among their counterparts."""
    return any(same_person(x, y) for x in state.counterparts for y in event.counterparts if x.kind == y.kind == "person")


def _met_elsewhere(state: EventState, event: Event) -> bool:
    """Whether a happened report puts a planned journey's actor, on its day, in another city of the same country with a
    person the journey was to see ("will travel to Accra next Tuesday for talks with X", then "held talks with X in
    Kumasi on Wednesday" after the visit was put off and moved): the journey, held there."""
    return _one_country(state.place, event.place) and state.date.precision == "day" and _shares_person(state, event)


def presence_report(state: EventState, event: Event) -> Event:
    """state (EventState): a stored planned journey. event (Event): a happened report that puts its actor inside the
    journey's place on one of its days. RETURNS (Event): a happened report of the journey itself (its action, place
    and date; the ``presence`` codes), told by ``event``'s sentence."""
    inside = state.place is None or event.place is None or state.place.name == event.place.name \
        or state.place.name in event.place.within
    place = state.place if inside else event.place  # (held elsewhere, :func:`_met_elsewhere`: there)
    span, day = state.date.interval(), event.date.interval()
    if span is not None and day is not None and (day[0] > span[1] or day[1] < span[0]):
        when = event.date  # held late or early: then
    elif state.date.precision == "month" and event.date.precision in ("day", "time"):
        when = replace(event.date, end_value=None)  # "pushed back to February", then "met X in Buenos Aires on
        # Tuesday": made that day (no journey lasts the month)
    else:
        when = state.date
    return replace(event, action=state.action, counterparts=(), place=place, date=when, what=None,
                   cameo=_PRESENCE["cameo"], plover=_PRESENCE["plover"], plover_mode=_PRESENCE["mode"],
                   refers_to_plan=True, evidence=replace(event.evidence, status="happened"))


_PURPOSES = frozenset(_MERGE_DATA["purposes"])
#: Families of a planned gathering whose purposes told in its sentence change with it (``gathering_purpose_holders``).
_GATHERING_HOLDERS = frozenset(_MERGE_DATA["gathering_purpose_holders"])
#: Days after a journey's own date an event at its place, told in the journey's article, may still be part of it.
_PURPOSE_DAYS = 2


def purpose_actions() -> frozenset[str]:
    """RETURNS (frozenset[str]): the actions a journey may be made for (``purposes`` of the merge data)."""
    return _PURPOSES


def purpose_families() -> list[str]:
    """RETURNS (list[str]): the store families a journey's purposes may belong to (``purposes`` and the journeys'
    country legs), sorted."""
    return sorted({action_family(a) for a in (*_PURPOSES, *_PRESENCE["journeys"])})


#: Families of a person's own occasion others attend (their funeral, told as the person's own ``attend`` event; their
#: swearing-in): a change of it changes the attendances planned for it (:func:`honoree_report`).
HONOREE_FAMILIES = frozenset(_MERGE_DATA["honoree_families"])


def honoree_report(state: EventState, occasion: EventState | None, change: Event, published: date) -> Event | None:
    """state (EventState): a stored event. occasion (EventState | None): a person's own occasion (an
    ``honoree_families`` event of theirs) before this article's change, None when no plan of it was stored. change
    (Event): the change ("The state funeral of Y has been moved to Blantyre", "... has been postponed"). published
    (date): the change's article day.
    RETURNS (Event | None): the change told of the event, when it is an open plan to attend that occasion (the person
    among its counterparts, not yet past; on the occasion's day and at its place or in it or at none, when it is
    known): its own actor, action, counterparts and place (the new place, for a move, moved from its own); else None."""
    own = state.date.interval()
    person = change.actor.name
    if state.status not in ("planned", "uncertain", "postponed") or own is None or own[1] < published \
            or not any(c.name == person or c.name.split()[-1] == person.split()[-1] for c in state.counterparts):
        return None
    if occasion is not None and (own != occasion.date.interval() or state.place is not None
                                 and occasion.place is not None and not (
                                     state.place.name == occasion.place.name or occasion.place.name in state.place.within
                                     or state.place.name in occasion.place.within)):
        return None
    if change.status == "planned":  # moved to a new place ("has been moved to Blantyre")
        if change.place is None or state.place is not None and state.place.name == change.place.name:
            return None
        return replace(change, actor=state.actor, action=state.action, counterparts=state.counterparts,
                       date=state.date, moved_from=state.place, refers_to_plan=True)
    return replace(change, actor=state.actor, action=state.action, counterparts=state.counterparts,
                   place=state.place, refers_to_plan=True)


def country_stop_plan(state: EventState, change: Event, published: date) -> bool:
    """state (EventState): a stored event of an actor. change (Event): a call-off or postponement of the actor's stop
    in a country that joined no stored plan ("the stop in Zimbabwe had been called off"). published (date): the
    change's article day. RETURNS (bool): the event is an open plan of the actor inside that country (its place the
    country or a place in it: "to hold talks with X in Harare on August 12"), not yet past, told by an article
    published by then: the call-off is its own."""
    country = change.place.name if change.place is not None and change.place.kind == "country" else None
    place = state.place
    span = state.date.interval()
    return country is not None and place is not None and country in (place.name, place.country, *place.within) \
        and state.status in ("planned", "postponed", "uncertain") and span is not None and span[1] >= published \
        and any(h.published is not None and h.published <= published for h in state.history)


def purpose_probe(trip: EventState, change: Event) -> Event | None:
    """trip (EventState): a stored journey as it was before this article. change (Event): this article's report of it.
    RETURNS (Event | None): a lookup of the actor's events on the journey's date (no place, no counterparts) when the
    report calls off, puts off or moves to another day the journey's plan (a placed, planned visit, travel or
    arrival), or denies it ("denied a report that X was planning to travel to Beijing": its purpose "to meet Y" is
    denied with it); else None."""
    moved = change.status == "planned" and change.date.value is not None and change.date.value != trip.date.value
    holder = trip.action in _PRESENCE["journeys"] or action_family(trip.action) in _GATHERING_HOLDERS
    if change.status not in ("cancelled", "postponed") and not moved and change.status != "denied" \
            or not change.refers_to_plan and change.status != "denied" or trip.status != "planned" \
            or not holder or trip.place is None or trip.date.interval() is None:
        return None
    return replace(change, date=trip.date, place=None, counterparts=())


def purpose_of(state: EventState, lead: Event, trip: EventState, trip_lead: Event) -> bool:
    """state (EventState): a stored event of the journey's actor; lead (Event): its leading report. trip (EventState):
    the journey before the change; trip_lead (Event): its leading report. RETURNS (bool): whether the event is a
    purpose of the journey: planned, of a ``purposes`` family, told in the sentence that told the journey's plan, at
    its place (or inside it, or with none) and on its date, or inside its place on a day of its span; or told elsewhere
    in that article, at its place (or inside
    it) and from its first day to ``_PURPOSE_DAYS`` after its last, or with no place of its own on a day of the
    journey; or a planned journey of that article to the
    country the journey's place is in, or to a place inside the journey's country, on its day or, for a journey to a
    country over a span, on a day of it (the same stop told as its country)."""
    if state.status != "planned" or lead.evidence.article_id != trip_lead.evidence.article_id:
        return False
    place = trip.place
    if state.action in _PRESENCE["journeys"] and trip.action not in _PRESENCE["journeys"]:
        return False  # (a meeting called off is no journey called off)
    if state.action in _PRESENCE["journeys"]:  # "will visit Senegal and Mali next month ... end the tour in Bamako on
        # May 10": the visit to Mali is the stop in Bamako, told as its country; and the other way round ("The Chile
        # leg of her tour has been postponed" reaches the stop in Santiago)
        if state.place is None or place is None:
            return False
        span, days = trip.date.interval(), state.date.interval()
        if state.date.value != trip.date.value and not (
                place.kind in ("country", "region") and (trip.date.precision != "day" or trip.date.end_value)
                and span is not None and days is not None and span[0] <= days[0] and days[1] <= span[1]):
            return False  # ("a state visit to Germany next week ... address a business forum in Hamburg the
            # following day": a stop on a day of the trip's week is put off with the trip)
        return state.place.kind == "country" and state.place.name in place.within \
            or place.kind in ("country", "region") and place.name in state.place.within \
            or place.kind == "region" and state.place.kind in ("city", "site") and state.place.country == place.country \
            and lead.evidence.start == trip_lead.evidence.start  # ("will fly to Mindanao on Friday for a two-day visit
        # with stops in Davao City and Cagayan de Oro": the stops its own sentence names in a region's country)
    if state.action not in _PURPOSES:
        return False
    if trip.action not in _PRESENCE["journeys"]:  # a gathering: in its article, on its day, at its place (or none),
        # with one of its other side ("will host X for the summit on April 27, where the two will sign a treaty"), or
        # told in its sentence with nobody
        return state.date.value == trip.date.value and places_compatible(state.place, place) is not False and (
            _kindred_people(state.counterparts, trip.counterparts)
            or not state.counterparts and lead.evidence.start == trip_lead.evidence.start)
    seen = {c.name for c in trip.counterparts if c.kind == "person"}
    part = lead.date.note == TRIP_PART_NOTE or (lead.date.note or "").startswith(ON_TRIP_NOTE)  # ("Aydin is also
    # expected to meet Prime Minister X during the one-day trip": told as part of it, whoever he meets)
    if seen and not part and any(c.kind == "person" for c in state.counterparts) and not _kindred_people(
            state.counterparts, trip.counterparts):
        return False  # "will visit jailed opposition leader X in prison on Thursday ... also scheduled to hold talks with
        # Prime Minister Y on Friday", then "the planned prison visit has been cancelled": the visit to X, not the
        # talks with Y
    there = place is not None and state.place is not None and (
        state.place.name == place.name or place.name in state.place.within)
    span, days = trip.date.interval(), state.date.interval()
    if lead.evidence.start == trip_lead.evidence.start:  # told with the journey: at its place (or none), on its day; or
        # inside its place on a day of its span ("will travel to France this week and attend a ceremony in Caen on
        # Saturday")
        return state.date.value == trip.date.value and (state.place is None or place is None or there) \
            or there and span is not None and days is not None and span[0] <= days[0] and days[1] <= span[1]
    # told elsewhere in the article of the plan: at its place, during it ("will set off for Dakar on Sunday for a
    # two-day visit ... will also attend a forum in Dakar on September 14")
    if state.place is None and state.date.precision == "day" and span is not None and days is not None \
            and span[0] <= days[0] and days[1] <= span[1]:
        return True  # ("will pay an official visit to the Maldives next Wednesday ... the two sides are due to sign a
        # memorandum": no place of its own, on a day of the visit)
    return there and span is not None and days is not None and span[0] <= days[0] \
        and days[1] <= span[1] + timedelta(days=_PURPOSE_DAYS)


#: Families of a plan to receive a guest at a place, which the guest's journey there tells too (``hosted_families``).
HOSTED_FAMILIES = tuple(sorted(_MERGE_DATA["hosted_families"]))


def hosted_change(state: EventState, change: Event) -> bool:
    """state (EventState): a stored event of another actor naming the change's actor on its other side ("will host
    Myanmar's President X in Vientiane on April 27"). change (Event): a report that the actor's journey to a place is
    called off, put off or denied ("X will not travel to Vientiane as planned"), with no journey of the actor's own
    stored; or that the actor's talks there were put off or held ("Talks between X and Y that were due to open in
    Djibouti ... postponed", for "Djibouti will host talks between X and Y"). RETURNS (bool): whether the event is the plan the journey was for: an open plan of ``hosted_families``
    naming the actor, at the journey's place (or inside it), on the journey's day when the report gives one."""
    if state.status not in ("planned", "postponed", "uncertain") or action_family(state.action) not in HOSTED_FAMILIES \
            or change.place is None:
        return False
    if state.place is None:  # "Djibouti will host talks between X and Y", no place: at home
        placed = state.actor.kind == "country" and state.actor.name in (change.place.name, change.place.country)
    else:  # ("has called off his trip to Georgia": the plan to host him in Tbilisi)
        placed = bool(places_compatible(state.place, change.place) or _country_of_stop(change.place, state.place))
    if not placed:
        return False
    if not any(same_person(c, change.actor) for c in state.counterparts):
        return False
    apart = _days_apart(state.date, change.date)
    if change.status == "postponed" and later_or_same(change.date, state.date):
        return True  # "X's visit to Malawi has been postponed to March 6": the new day, after the plan's
    return change.date.value is None or apart == 0 or change.status != "planned" and apart is None


def later_or_same(new: DateValue, old: DateValue) -> bool:
    """new, old (DateValue): a postponement's new date and a plan's date. RETURNS (bool): the new date does not start
    before the old one (an unknown date either way counts as later)."""
    a, b = new.interval(), old.interval()
    return a is None or b is None or a[0] >= b[0]


def guest_report(state: EventState, lead: Event, change: Event) -> Event:
    """state (EventState): a plan to receive the change's actor (:func:`hosted_change`); lead (Event): its leading
    report. change (Event): the guest's journey called off or put off. RETURNS (Event): the change as a report of the
    plan (its actor, parties, place, what and codes; the change's status, and its new date when it gives one), told by
    the change's sentence."""
    return replace(purpose_report(state, lead, change), actor=state.actor)


def purpose_report(state: EventState, lead: Event, change: Event) -> Event:
    """state (EventState): a purpose of a journey (:func:`purpose_of`); lead (Event): its leading (planned) report.
    change (Event): the report that calls the journey off or puts it off. RETURNS (Event): the same change as a report
    of the purpose (its action, parties, place, what and plan codes, which a changed plan keeps; the change's status,
    and the change's new date when it puts the journey off to a day), told by that sentence."""
    date_ = change.date if change.status in ("postponed", "planned") and change.date.value is not None \
        and change.date.note != PLANNED_DAY_NOTE else state.date  # ("The visit, which was due to begin on Wednesday,
    # has been postponed": no new day, the purpose keeps its own)
    return replace(change, action=state.action, counterparts=state.counterparts, place=state.place, date=date_,
                   what=state.what, cameo=lead.cameo, plover=lead.plover, plover_mode=lead.plover_mode,
                   refers_to_plan=True, evidence=replace(change.evidence, status=change.status))
