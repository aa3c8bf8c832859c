"""The families beyond contacts and journeys: exercise, launch, resign, sanction, protest, vote.

Each test states one behaviour: a happened event, a plan with its own normalized date, a plan changed, what the
action acts on (``Event.what``), counterparts and place, and the readings that are no event of the family (demands,
threats, lifted sanctions, "launch talks", "a vote of thanks"). Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.extract.codes import event_codes
from dateline.model import Event

from .fixture_articles import got as _got
from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "next Monday" is 2026-05-11, "on Monday" 2026-05-04.
ANCHOR = date(2026, 5, 6)


def _family(nlp: Language, text: str, action: str) -> list[Event]:
    return [e for e in _events(nlp, text, ANCHOR) if e.action == action]


# happened, with place and counterparts


@pytest.mark.parametrize("text,row", [
    ("China began live-fire drills around Taiwan on Monday.",
     ("exercise", "China", (), "Taiwan", "2026-05-04", "happened")),
    ("North Korea fired two short-range ballistic missiles on Wednesday.",
     ("launch", "North Korea", (), None, "2026-05-06", "happened")),
    ("North Korea conducted a nuclear test on Sunday.",
     ("launch", "North Korea", (), None, "2026-05-03", "happened")),
    ("Finance Minister Karl Holm resigned on Friday.",
     ("resign", "Karl Holm", (), None, "2026-05-01", "happened")),
    ("Foreign Minister Anna Berg announced her resignation on Friday.",
     ("resign", "Anna Berg", (), None, "2026-05-01", "happened")),
    ("The EU imposed new sanctions on Russia on Monday.",
     ("sanction", "EU", ("Russia",), None, "2026-05-04", "happened")),
    ("Thousands protested in Tbilisi on Sunday.",
     ("protest", "protesters", (), "Tbilisi", "2026-05-03", "happened")),
    ("Thousands of workers marched through Athens on Saturday.",
     ("protest", "workers", (), "Athens", "2026-05-02", "happened")),
    ("The Senate passed the bill on Thursday.",
     ("vote", "Senate", (), None, "2026-04-30", "happened")),
])
def test_families_happened(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _got(_events(nlp, text, ANCHOR)) == {row}


# planned, on the event's own normalized date


@pytest.mark.parametrize("text,row", [
    ("South Korea and Japan will hold joint naval drills off Busan next Monday.",
     ("exercise", "South Korea", ("Japan",), "Busan", "2026-05-11", "planned")),
    ("North Korea plans to launch a spy satellite next month.",
     ("launch", "North Korea", (), None, "2026-06", "planned")),
    ("Interior Minister Petra Lind will step down next Monday.",
     ("resign", "Petra Lind", (), None, "2026-05-11", "planned")),
    ("Washington will impose tariffs on Chinese steel from June 1.",
     ("sanction", "United States", ("China",), None, "2026-06-01", "planned")),
    ("Unions plan a nationwide strike next Monday.",
     ("protest", "unions", (), None, "2026-05-11", "planned")),
    ("A rally is planned for Saturday in Belgrade.",
     ("protest", "protesters", (), "Belgrade", "2026-05-09", "planned")),
    ("Japan will hold a general election next Monday.",
     ("vote", "Japan", (), None, "2026-05-11", "planned")),
    ("Parliament will vote on the budget next Monday.",
     ("vote", "Parliament", (), None, "2026-05-11", "planned")),
    ("Voters in Moldova go to the polls on Sunday.",
     ("vote", "Moldova", (), None, "2026-05-10", "planned")),
])
def test_families_planned_with_own_date(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _got(_events(nlp, text, ANCHOR)) == {row}


# plans changed: postponed, cancelled, refused, ruled out


@pytest.mark.parametrize("text,action,actor,status", [
    ("The allies postponed the Iron Shield exercise.", "exercise", "allies", "postponed"),
    ("Pyongyang cancelled the satellite launch planned for Sunday.", "launch", "North Korea", "cancelled"),
    ("The union called off the strike planned for Thursday.", "protest", "union", "cancelled"),
    ("Chile postponed its referendum on the constitution to June.", "vote", "Chile", "postponed"),
    ("Moon Jae-sung ruled out stepping down.", "resign", "Moon Jae-sung", "denied"),
])
def test_families_plan_changes(nlp: Language, text: str, action: str, actor: str, status: str) -> None:
    (ev,) = _family(nlp, text, action)
    assert (ev.actor.name, ev.status, ev.refers_to_plan) == (actor, status, True)


def test_families_refused_to_resign_is_a_rejection(nlp: Language) -> None:
    (ev,) = _family(nlp, "President Mara Venn refused to resign on Monday.", "resign")
    assert (ev.actor.name, ev.status, ev.cameo, ev.plover) == ("Mara Venn", "denied", "1231", "REJECT")


def test_families_postponed_launch_keeps_the_plan_day(nlp: Language) -> None:
    (ev,) = _family(nlp, "Pyongyang cancelled the satellite launch planned for Sunday.", "launch")
    assert ev.date.value == "2026-05-10"


# what the action acts on


@pytest.mark.parametrize("text,action,what", [
    ("North Korea fired two short-range ballistic missiles on Wednesday.", "launch", "short-range ballistic missiles"),
    ("North Korea plans to launch a spy satellite next month.", "launch", "spy satellite"),
    ("North Korea conducted a nuclear test on Sunday.", "launch", "nuclear test"),
    ("China began live-fire drills around Taiwan on Monday.", "exercise", "live-fire drills"),
    ("South Korea and Japan will hold joint naval drills off Busan next Monday.", "exercise", "joint naval drills"),
    ("The allies postponed the Iron Shield exercise.", "exercise", "Iron Shield"),
    ("Karl Holm quit as finance minister on Friday.", "resign", "finance minister"),
    ("The EU imposed new sanctions on Russia on Monday.", "sanction", "sanctions"),
    ("Washington will impose tariffs on Chinese steel from June 1.", "sanction", "tariffs"),
    ("Unions plan a nationwide strike next Monday.", "protest", "nationwide strike"),
    ("Japan will hold a general election next Monday.", "vote", "general election"),
    ("Parliament will vote on the budget next Monday.", "vote", "budget"),
    ("The Senate passed the bill on Thursday.", "vote", "bill"),
    ("Voters in Moldova go to the polls on Sunday.", "vote", "election"),
])
def test_families_what(nlp: Language, text: str, action: str, what: str) -> None:
    (ev,) = _family(nlp, text, action)
    assert ev.what == what


def test_families_contacts_have_no_what(nlp: Language) -> None:
    (ev,) = _events(nlp, "Japan held talks with China on Monday.", ANCHOR)
    assert (ev.action, ev.what) == ("meet", None)


# no event of the family


@pytest.mark.parametrize("text", [
    "Protesters demanded the resignation of Prime Minister Ivo Dral.",
    "Opposition leaders urged President Mara Venn to step down.",
    "The union called on Prime Minister Ivo Dral to resign.",
    "Protesters called for sanctions on Russia.",
    "The United States dropped its objections to the plan on Friday.",
    "The chairman proposed a vote of thanks to the organisers.",
    "The talks were an exercise in patience.",
    "The premier fired his chief of staff on Friday.",
    "An air strike killed ten people on Monday.",
    "China protested the decision on Monday.",
])
def test_families_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text, ANCHOR) == []


def test_families_launch_talks_stays_a_meeting(nlp: Language) -> None:
    got = _got(_events(nlp, "Japan will launch talks with China next week.", ANCHOR))
    assert got == {("meet", "Japan", ("China",), None, "2026-W20", "planned")}


def test_families_threat_is_uncertain_not_planned(nlp: Language) -> None:
    (ev,) = _family(nlp, "The EU threatened to impose sanctions on Iran.", "sanction")
    assert (ev.status, ev.cameo, ev.plover, tuple(c.name for c in ev.counterparts)) == ("uncertain", "1312", "THREATEN", ("Iran",))


def test_families_crowd_is_a_group_actor_never_a_counterpart(nlp: Language) -> None:
    text = "Thousands of workers marched through Athens on Saturday. Prime Minister Eleni Vlachou met union leaders on Sunday."
    events = _events(nlp, text, ANCHOR)
    (march,) = [e for e in events if e.action == "protest"]
    assert (march.actor.name, march.actor.kind) == ("workers", "group")
    assert not any(c.kind == "group" for e in events if e.action == "protest" for c in e.counterparts)
    # the union leaders Vlachou met are the other side of her meeting (no name is given for them)
    assert [[(c.name, c.kind) for c in e.counterparts] for e in events if e.action == "meet"] == [[("union leaders", "group")]]


def test_families_nationality_crowd_keeps_its_country(nlp: Language) -> None:
    (ev,) = _family(nlp, "Georgians protested in Tbilisi on Sunday.", "protest")
    assert (ev.actor.name, ev.actor.kind, ev.actor.country, ev.place.name if ev.place else None) == \
        ("protesters", "group", "Georgia", "Tbilisi")


# codes


@pytest.mark.parametrize("action,status,cameo,plover", [
    ("exercise", "happened", "150", "MOBILIZE"),
    ("launch", "planned", "150", "MOBILIZE"),
    ("resign", "happened", "0831", "CONCEDE"),
    ("sanction", "happened", "163", "SANCTION"),
    ("sanction", "uncertain", "1312", "THREATEN"),
    ("protest", "planned", "141", "PROTEST"),
    ("vote", "happened", "", ""),
])
def test_families_codes(action: str, status: str, cameo: str, plover: str) -> None:
    codes = event_codes(action, status)
    assert (codes.cameo, codes.plover) == (cameo, plover)
