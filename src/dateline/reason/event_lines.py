"""One readable line per event ("Pete Hegseth visits the Joint Security Area with Ahn
Gyu-back (planned)"), as a brief's takeaways and timeline and ``dateline events`` show it.

Verbs, joints and phrases per action family live in ``data/brief.json``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from ..model import ActorRef, EventRecord
from .propose import named_meeting
from .question import held_vote, load_data, place_phrase, what_phrase

__all__ = ["event_line", "timeline_text", "counterpart_persons", "stated_place"]


def counterpart_persons(event: EventRecord) -> list[ActorRef]:
    """event (EventRecord): an event.
    RETURNS (list[ActorRef]): its counterparts that are persons, other than its actor, in order."""
    return [c for c in event.counterparts if c.kind == "person" and c.name != event.actor.name]


def stated_place(event: EventRecord) -> bool:
    """True when the event's place is named in one of its evidence sentences (not a
    place that leaked from elsewhere in the article)."""
    if event.place is None:
        return False
    name = event.place.name.lower()
    return any(name in ev.sentence.lower() for ev in event.evidence)


def _who(actor: ActorRef) -> str:
    """actor (ActorRef): an actor.
    RETURNS (str): a person's name with their title before it ("President Lee Jae Myung"), else the name."""
    return f"{actor.title} {actor.name}" if actor.title and actor.kind == "person" else actor.name


def _when_words(value: str | None, end: str | None) -> str:
    """value, end (str | None): an event's date value and last day.
    RETURNS (str): "on Nov 3", "on Nov 3-5", "in Apr 2023", "in 2023", or '' for other values."""
    if value and re.fullmatch(r"\d{4}-\d\d", value):
        return f"in {date.fromisoformat(value + '-01').strftime('%b %Y')}"
    if value and re.fullmatch(r"\d{4}", value):
        return f"in {value}"
    if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return ""
    first = date.fromisoformat(value)
    text = f"{first.strftime('%b')} {first.day}"
    if end and re.fullmatch(r"\d{4}-\d\d-\d\d", end) and end != value:
        last = date.fromisoformat(end)
        text += f"-{last.day}" if last.month == first.month else f"-{last.strftime('%b')} {last.day}"
    return f"on {text}"


def event_line(
    event: EventRecord,
    subject: bool = True,
    titles: bool = False,
    when: bool = False,
    persons_only: bool = False,
    status: bool = True,
) -> str:
    """One readable line for an event: "Pete Hegseth visits the Joint Security Area with
    Ahn Gyu-back (planned)".

    event (EventRecord): the event. subject (bool): start with the actor (False: with the verb).
    titles (bool): give counterparts their titles. when (bool): add the day ("on Nov 3",
        "in Apr 2023" for a month).
    persons_only (bool): name only counterparts that are persons, and the place only
        when an evidence sentence names it.
    status (bool): end with the status in parentheses.
    RETURNS (str): the line.
    """
    data = load_data("brief")
    verb = data["verbs"].get(event.action, event.action)
    shown = counterpart_persons(event) if persons_only else list(event.counterparts)
    others = _names([_who(c) if titles else c.name for c in shown])
    if shown and all(c.kind == "country" for c in shown):
        others = f"counterparts from {others}"  # "meets counterparts from Malaysia, India and Thailand"
    place = place_phrase(event.place.name) if event.place and (not persons_only or stated_place(event)) else ""
    at = data["site_prep"] if event.place is not None and event.place.kind == "site" else "in"
    gathering = _gathering(event, place)
    if event.action in data["what_joints"]:
        parts = _what_parts(event, verb, _names([place_phrase(c.name) if c.kind == "country" else c.name for c in shown]),
                            place)
    elif gathering and event.action in data["gathering_actions"] and not (others and event.action in ("meet", "talks")):
        parts = [data["gathering_verbs"].get(event.action, verb), gathering] + ([f"with {others}"] if others else [])
    elif event.action in data["place_first_actions"] and place and (event.action != "attend" or not gathering):
        # "visits Seoul", "attends an event in Seoul"
        verb = data["verbs_without_object"][event.action] + " in" if event.action == "attend" else verb
        partner = data["journey_partner"].get(event.action, "with")  # "travels to Rabat for talks with X"
        parts = [verb, place] + ([f"{partner} {others}"] if others else [])
    elif event.action in data["journey_partner"] and others:  # "arrives for talks with X": a journey with no place told
        parts = [data["verbs_without_object"][event.action], f"{data['journey_partner'][event.action]} {others}"]
    elif not others and event.action in data["verbs_without_object"]:
        parts = [data["verbs_without_object"][event.action]] + ([f"{at} {place}"] if place else [])
    else:
        parts = [verb] + ([others] if others else []) + ([f"{at} {place}"] if place else [])
    day = _when_words(event.date.value, event.date.end_value) if when else ""
    if day:
        parts.append(day)
    text = " ".join(parts)
    text = f"{event.actor.name} {text}" if subject else text[:1].upper() + text[1:]
    return f"{text} ({event.status})" if status else text


def _what_parts(event: EventRecord, verb: str, others: str, place: str) -> list[str]:
    """The words after the actor for a family that acts on a thing ("launches a ballistic
    missile", "holds joint drills with the United States in the Yellow Sea", "resigns").

    event (EventRecord): the event. verb (str): its verb. others (str): its counterparts, named.
    place (str): its place as a sentence writes it, or ''. RETURNS (list[str]): the words.
    """
    data = load_data("brief")
    parts = [verb]
    if event.what and event.action in data["what_preps"]:  # "is sworn in as president", "testifies before the committee"
        parts.append(f"{data['what_preps'][event.action]} {event.what}")
    elif event.what:
        what = what_phrase(event.what, event.action)
        if event.action == "vote" and not held_vote(event.what):
            parts = [data["what_vote_verb"]]
        elif event.action in data["what_verbs"]:
            parts = [data["what_verbs"][event.action]]  # "holds a mass protest", not "protests a mass protest"
        elif event.what.split() and event.what.lower().split()[-1] in data["object_verbs"]:
            parts = [data["object_verbs"][event.what.lower().split()[-1]]]  # "conducts a nuclear test"
        parts.append(what)
    if event.actor.kind == "group" and event.actor.name.lower().endswith("s"):
        parts[0] = data["plural_verbs"].get(parts[0], parts[0])  # "protesters protest", "unions hold a strike"
    if others:
        parts.append(f"{data['what_joints'][event.action]} {others}")
    if place:
        parts.append(f"{data['place_preps'].get(event.action, 'in')} {place}")  # "sends relief supplies to Turkey"
    return parts


def _names(names: Sequence[str], most: int = 4) -> str:
    """RETURNS (str): "A", "A and B", "A, B and C"; past ``most`` names, "and N others"."""
    if len(names) > most:
        names = [*names[: most - 1], f"{len(names) - most + 1} others"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _gathering(event: EventRecord, place: str) -> str:
    """The named gathering of an event's evidence ("the Security Consultative Meeting in
    Seoul"), '' when none is named (or only the actor's own visit)."""
    surname = event.actor.name.split()[-1].lower() if event.actor.name else ""
    for ev in event.evidence:
        name = named_meeting(ev.sentence)
        if name and surname not in name.lower():
            where = f" in {place}" if place and place.removeprefix("the ") not in name else ""
            return f"the {name}{where}"
    return ""


def timeline_text(event: EventRecord) -> str:
    """event (EventRecord): an event. RETURNS (str): its timeline line (:func:`event_line`)
    without the status, which the timeline entry carries in its own field."""
    return event_line(event, status=False)
