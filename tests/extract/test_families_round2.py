"""Families that name a thing, round 2: names are no parties, joint forces, misread verbs, passive plan changes,
snap elections, resignations told twice.

Each test states one behaviour. Sentences, names of exercises, satellites, laws and people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import article_events as _article_events
from .fixture_articles import got as _got
from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "next Monday" is 2026-05-11, "on Monday" 2026-05-04.
ANCHOR = date(2026, 5, 6)


def _family(nlp: Language, text: str, action: str, anchor: date = ANCHOR) -> list[Event]:
    return [e for e in _events(nlp, text, anchor) if e.action == action]


# 1. the name of the thing is its `what`, never a counterpart


@pytest.mark.parametrize("text,action,actor,counterparts,what", [
    ("Norway and Sweden will hold their yearly Northern Gate exercise from June 2 to June 12, the defence ministry said"
     " on Monday.", "exercise", "Norway", ("Sweden",), "Northern Gate"),
    ("Canada and Brazil began the Canada-Brazil Silver Harbor exercise on Monday.",
     "exercise", "Canada", ("Brazil",), "Silver Harbor"),
    ("North Korea launched the Chollima-7 satellite on Monday.", "launch", "North Korea", (), "Chollima-7 satellite"),
    ("Parliament passed the Clean Rivers Act on Thursday.", "vote", "Parliament", (), "Clean Rivers Act"),
    ("The Senate will vote on the Open Roads Act next week.", "vote", "Senate", (), "Open Roads Act"),
])
def test_named_thing_is_no_counterpart(nlp: Language, text: str, action: str, actor: str,
                                       counterparts: tuple[str, ...], what: str) -> None:
    (ev,) = _family(nlp, text, action)
    assert (ev.actor.name, tuple(c.name for c in ev.counterparts), ev.what) == (actor, counterparts, what)


# 2. conjoined nationalities or countries before forces: the first country acts, with the others


@pytest.mark.parametrize("text,actor,counterparts", [
    ("Polish and Lithuanian forces began the Amber Wall exercise on Tuesday, a day later than planned, the army said.",
     "Poland", ("Lithuania",)),
    ("Greek and Italian navies held joint drills in the Ionian Sea on Monday.", "Greece", ("Italy",)),
    ("The armies of Kenya and Uganda began joint exercises on Monday.", "Kenya", ("Uganda",)),
    ("US and Thai troops held joint drills on Monday.", "United States", ("Thailand",)),
    ("US forces held drills on Monday.", "United States", ()),
])
def test_joint_forces(nlp: Language, text: str, actor: str, counterparts: tuple[str, ...]) -> None:
    (ev,) = _family(nlp, text, "exercise")
    assert (ev.actor.name, tuple(c.name for c in ev.counterparts)) == (actor, counterparts)


def test_joint_forces_keep_the_exercise_name(nlp: Language) -> None:
    (ev,) = _family(nlp, "Polish and Lithuanian forces began the Amber Wall exercise on Tuesday, the army said.", "exercise")
    assert (ev.what, ev.date.value, ev.status) == ("Amber Wall", "2026-05-05", "happened")


# 3a. "test-fired" read as a modifier of the missiles


@pytest.mark.parametrize("text,row,what", [
    ("North Korea test-fired two cruise missiles on Sunday.",
     ("launch", "North Korea", (), None, "2026-05-03", "happened"), "cruise missiles"),
    ("Iran test-fired a ballistic missile last week.",
     ("launch", "Iran", (), None, "2026-W18", "happened"), "ballistic missile"),
])
def test_test_fired(nlp: Language, text: str, row: tuple[object, ...], what: str) -> None:
    events = _events(nlp, text, ANCHOR)
    assert _got(events) == {row}
    assert events[0].what == what


# 3b. a passive plan change with no actor of its own: the article's one holder of the plan


@pytest.mark.parametrize("text,action,actor,status,when,what", [
    ("North Korea plans to launch a spy satellite next week. The launch of the satellite, planned for next week, was"
     " postponed to December.", "launch", "North Korea", "postponed", "2026-12", "spy satellite"),
    ("China will hold drills near Taiwan on Saturday. The drills were called off on Friday.",
     "exercise", "China", "cancelled", None, "drills"),
    ("Parliament will vote on the budget on Monday. The vote on the budget has been delayed to Thursday.",
     "vote", "Parliament", "postponed", "2026-05-07", "budget"),
    ("Japan will hold a general election next Monday. The election was postponed to June.",
     "vote", "Japan", "postponed", "2026-06", "general election"),
])
def test_passive_plan_change_takes_the_plan_holder(nlp: Language, text: str, action: str, actor: str, status: str,
                                                   when: str | None, what: str) -> None:
    (change,) = [e for e in _family(nlp, text, action) if e.refers_to_plan]
    assert (change.actor.name, change.status, change.date.value, change.what) == (actor, status, when, what)


def test_passive_plan_change_with_two_holders_names_no_one(nlp: Language) -> None:
    text = ("China will hold drills near Taiwan on Saturday. Japan will hold drills near Okinawa on Sunday. "
            "The drills were called off on Friday.")
    events = _family(nlp, text, "exercise")
    assert {(e.actor.name, e.status) for e in events} == {("China", "planned"), ("Japan", "planned")}


def test_passive_plan_change_without_a_plan_is_no_event(nlp: Language) -> None:
    assert _family(nlp, "The drills were called off on Friday.", "exercise") == []


# 3c. a head of government calls a snap election: her country votes, on the day given


@pytest.mark.parametrize("text", [
    "Irish Prime Minister Lena Marsh called a snap election for June 14.",
    "Prime Minister Lena Marsh of Ireland called a snap election for June 14.",
    "Lena Marsh, Ireland's prime minister, called a snap election for June 14.",
])
def test_snap_election_is_the_country_vote(nlp: Language, text: str) -> None:
    events = [e for e in _events(nlp, text, ANCHOR) if e.action == "vote"]  # (round 63: her call is her own act,
    # ``call_election``)
    assert _got(events) == {("vote", "Ireland", (), None, "2026-06-14", "planned")}
    assert events[0].what == "snap election"


@pytest.mark.parametrize("text,when", [
    ("Irish Prime Minister Lena Marsh called a snap election on Monday.", None),
    ("Irish Prime Minister Lena Marsh on Monday called a snap election for June 14.", "2026-06-14"),
    ("Irish Prime Minister Lena Marsh called a snap election on Monday, to be held on June 14.", "2026-06-14"),
])
def test_snap_election_is_never_on_the_day_it_was_called(nlp: Language, text: str, when: str | None) -> None:
    (ev,) = _family(nlp, text, "vote")
    assert (ev.actor.name, ev.status, ev.date.value) == ("Ireland", "planned", when)


def test_snap_election_of_an_unknown_country_stays_with_its_caller(nlp: Language) -> None:
    (ev,) = _family(nlp, "President Ilan Corvo called early elections for June 14.", "vote")
    assert (ev.actor.name, ev.status, ev.date.value) == ("Ilan Corvo", "planned", "2026-06-14")


# 4. a resignation announced and then told: one actor; the office is `what` only when written


def test_resignation_announced_then_told(nlp: Language, tmp_path: Path) -> None:
    text = ("Cabinet changes in Helsinki\n\n"
            "Finance Minister Petra Aalto of Finland announced she will step down on March 31.\n\n"
            "Petra Aalto resigned as finance minister on Friday.\n")
    events = [e for e in _article_events(nlp, tmp_path, text, date(2026, 3, 10)) if e.action == "resign"]
    assert [(e.actor.name, e.status, e.date.value, e.what) for e in events] == [
        ("Petra Aalto", "planned", "2026-03-31", None),
        ("Petra Aalto", "happened", "2026-03-06", "finance minister"),
    ]
