"""The plan a story reference is of: "MANILA - The drills were postponed because of a typhoon, the navy said", with no
doer named in its article (:mod:`dateline.extract.story_references`), changes the one open plan of its family that
involves the country the article is told from, on a day near the article's. Pure functions of the reference and the
candidate states; the store reads the candidates.
"""

from __future__ import annotations

from dataclasses import replace
import re
from datetime import date, timedelta

from ..model import ActorRef, Event, PlaceRef
from .merge import POST_TAKING_FAMILIES, STORY_NOUN_FAMILIES, STORY_WHAT_FAMILIES, EventState, action_family, kindred_families

#: The family of a gathering's hosting, which a reference to the gathering told with no host may be of.
HOSTING = "host"

#: Statuses of a plan a reference can change.
_OPEN = frozenset({"planned", "uncertain", "postponed"})
#: A call-off or postponement may come this long after the planned day (told late) ...
_CHANGE_AFTER = timedelta(days=7)
#: ... and changes a plan at most this far ahead of its article.
_CHANGE_AHEAD = timedelta(days=90)
#: An occurrence with no day of its own ("The drills ended", "the talks went ahead") is told at most this long after the
#: plan's last day.
_TOLD_AFTER = timedelta(days=14)


def involves(state: EventState, country: str) -> bool:
    """state (EventState): a stored event. country (str): a country's name.
    RETURNS (bool): whether the event's place lies in that country or its actor or a counterpart is of it."""
    place = state.place
    if place is not None and country in (place.name, place.country):
        return True
    return any(country in (a.name, a.country) for a in (state.actor, *state.counterparts))


def same_place(told: PlaceRef, plan: PlaceRef) -> bool:
    """RETURNS (bool): whether two places are one, or one lies within the other."""
    return told.name == plan.name or told.name in plan.within or plan.name in told.within


def _on_its_days(reference: Event, state: EventState, published: date) -> bool:
    """RETURNS (bool): whether the reference's days fit the plan's: a change of a plan not long past and not far ahead
    of the article; an occurrence on a day of the plan (a day off either end), or with no day of its own told soon
    after it began."""
    span = state.date.interval()
    if span is None:
        return False
    if reference.status in ("postponed", "cancelled") or reference.refers_to_plan:  # (or moved to a new day)
        return span[1] >= published - _CHANGE_AFTER and span[0] <= published + _CHANGE_AHEAD
    own = reference.date.interval()
    if own is None:
        return span[0] <= published <= span[1] + _TOLD_AFTER
    return own[0] <= span[1] + timedelta(days=1) and span[0] - timedelta(days=1) <= own[1]


def _names_what(reference: Event, state: EventState) -> bool:
    """RETURNS (bool): whether every word of the plan's ``what`` is a word of the reference's sentence ("army chief" in
    "appointed General Y as chief of army staff"; not "finance minister" in "named Y foreign minister")."""
    if not state.what:
        return False
    words = set(re.findall(r"[a-z]+", reference.evidence.sentence.lower()))
    return all(w in words for w in re.findall(r"[a-z]+", state.what.lower()))


def _of_no_known_country(state: EventState) -> bool:
    """RETURNS (bool): the event has no place and no one in it of a known country (so it may be of any)."""
    return state.place is None and all(a.country is None for a in (state.actor, *state.counterparts))


def _fits(reference: Event, published: date, candidates: list[tuple[int, EventState, int]], country: str,
          family: str) -> list[tuple[int, EventState, int]]:
    """RETURNS (list): the candidates that are open plans of the family, told by an article published by the
    reference's day, at the reference's place when it names one, on days that fit (:func:`_on_its_days`), and that
    involve the reference's country; failing any, those of no known country or place. A plan told with no place
    whose ``what`` the reference's sentence names word for word fits a reference at any place."""
    fitting = [(event_id, state, actor_id) for event_id, state, actor_id in candidates
               if state.status in _OPEN and action_family(state.action) == family
               and (family not in STORY_WHAT_FAMILIES or _names_what(reference, state))
               and (reference.place is None or state.place is not None and same_place(reference.place, state.place)
                    or state.place is None and _names_what(reference, state))  # ("The opening of the Opebi link
               # bridge in Lagos ... has been postponed": the plan to open that bridge, told with no place of its own)
               and _on_its_days(reference, state, published)
               and any(h.published is not None and h.published <= published for h in state.history)]
    # (a plan first told after the reference's article is no plan its reader knew)
    fits = [f for f in fitting if involves(f[1], country)]
    return fits or [f for f in fitting if _of_no_known_country(f[1])]  # "President X is set to sign the budget on
    # Thursday", his country never told, then "MANILA - The signing of the national budget has been postponed"


def _noun_families(reference: Event) -> list[str]:
    """RETURNS (list[str]): the ``story_noun_families`` of the words of a story reference's noun phrase ("the
    inauguration": open, inaugurate), in order, without its own family."""
    own = action_family(reference.action)
    words = re.findall(r"[a-z-]+", reference.actor.name.lower())
    return [f for f in dict.fromkeys(f for w in words for f in STORY_NOUN_FAMILIES.get(w, ())) if f != own]


def story_families(reference: Event) -> list[str]:
    """reference (Event): a story reference. RETURNS (list[str]): the families of the plans it may join, in the order
    :func:`story_plan` tries them: its own, :data:`HOSTING` for a gathering, then those its noun stands for."""
    family = action_family(reference.action)
    return list(dict.fromkeys([family, *([HOSTING] if HOSTING in kindred_families(family) else []),
                               *_noun_families(reference)]))


def story_plan(reference: Event, published: date, candidates: list[tuple[int, EventState, int]]) -> \
        tuple[int, Event, int] | None:
    """The stored plan a story reference changes, and the reference told as its report.

    reference (Event): a story reference (actor kind ``story``: the noun phrase, the country it is told from).
    published (date): its article's day.
    candidates (list[tuple[int, EventState, int]]): (event id, state, actor id) of stored events of the reference's
        family that its article has not reported.
    RETURNS (tuple[int, Event, int] | None): the one open plan, told by an article published by the reference's day,
        that involves the reference's country (at its place, when it names one) on days that fit (:func:`_on_its_days`),
        or failing any, the one such plan of no known country or place, or failing any in a family whose kindred
        families hold :data:`HOSTING` (a gathering: "The summit was held in Nairobi on Tuesday"), the one such hosting
        with no person as its guest, or failing any, the one such plan of the families its noun stands for
        (``story_noun_families``: "the inauguration", a facility's opening); the reference told as that plan's (its actor,
        counterparts, action, place and ``what``; a change refers to the plan) and the plan's actor id; None when no
        plan or more than one fits.
    """
    country = reference.actor.country
    if country is None:
        return None
    family = action_family(reference.action)
    fits = _fits(reference, published, candidates, country, family)
    if not fits and HOSTING in kindred_families(family):
        fits = [f for f in _fits(reference, published, candidates, country, HOSTING)
                if not any(c.kind == "person" for c in f[1].counterparts)]  # "Kenya will host a regional summit in
        # Nairobi next Tuesday", then "The summit was held in Nairobi on Tuesday": the hosting (not "will host
        # President Y", a guest's visit)
    for other in _noun_families(reference):
        if fits:
            break
        fits = _fits(reference, published, candidates, country, other)  # "Governor X is expected to inaugurate the
        # dam on Sept 12", then "The inauguration ceremony planned for Friday has been cancelled": the opening
    if len(fits) != 1:
        return None
    event_id, state, actor_id = fits[0]
    told = replace(reference, actor=replace(state.actor, start=-1, end=-1),
                   counterparts=tuple(replace(c, start=-1, end=-1) for c in state.counterparts),
                   action=state.action, place=reference.place or state.place, what=state.what or reference.what,
                   refers_to_plan=reference.status in ("postponed", "cancelled") or reference.refers_to_plan)
    return event_id, told, actor_id


def post_taker(office: ActorRef, published: date, candidates: list[tuple[int, EventState, int]]) -> int | None:
    """The person an office stands for when no one is seen holding it: "Air Vice Marshal X will be sworn in as Ghana's
    Chief of Defence Staff on Wednesday", then "Ghana's new Chief of Defence Staff took the oath of office on Wednesday".

    office (ActorRef): an office kept without a name ("Chief of Defence Staff of Ghana": a title and a country).
    published (date): the article's day.
    candidates (list[tuple[int, EventState, int]]): (event id, state, actor id) of stored events of the
        ``post_taking_families`` near that day.
    RETURNS (int | None): the actor id of the one person with an open plan of those families, told by an article
        published by that day, whose post (``what``) is the office's title, of the office's country or of none; None
        when nobody or several are.
    """
    if not office.title:
        return None
    title = office.title.lower()
    takers = {actor_id for _, state, actor_id in candidates
              if state.status in _OPEN and action_family(state.action) in POST_TAKING_FAMILIES
              and state.actor.kind == "person" and state.actor.country in (None, office.country)
              and (state.what or "").lower() == title
              and any(h.published is not None and h.published <= published for h in state.history)}
    return takers.pop() if len(takers) == 1 else None
