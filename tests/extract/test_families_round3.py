"""Families that name a thing, round 3: accepted resignations, refusals, purpose clauses, and more.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "on Monday" is 2026-05-04.
ANCHOR = date(2026, 5, 6)


def _family(nlp: Language, text: str, action: str, anchor: date = ANCHOR) -> list[Event]:
    return [e for e in _events(nlp, text, anchor) if e.action == action]


# 1. "accepted her resignation": the possessor's resignation, tendered already, never the subject's


def test_accepted_resignation_is_the_possessors(nlp: Language) -> None:
    text = ("Trade Minister Mara Lind offered to step down on Monday. Prime Minister Olaf Brenn accepted her"
            " resignation and picked a replacement.")
    evs = [e for e in _family(nlp, text, "resign") if e.evidence.sentence.startswith("Prime")]
    assert [(e.actor.name, e.status) for e in evs] == [("Mara Lind", "happened")]


def test_accepted_resignation_of_named_person(nlp: Language) -> None:
    evs = _family(nlp, "Prime Minister Olaf Brenn accepted the resignation of Trade Minister Mara Lind on Monday.", "resign")
    assert [(e.actor.name, e.status, e.date.value) for e in evs] == [("Mara Lind", "happened", "2026-05-04")]


def test_accepted_resignation_never_the_subjects(nlp: Language) -> None:
    evs = _family(nlp, "Prime Minister Olaf Brenn received his resignation and picked a replacement.", "resign")
    assert all(e.actor.name != "Olaf Brenn" for e in evs)


# 2. "he would not resign": a refusal (denied), no call-off


def test_would_not_resign_is_refusal(nlp: Language) -> None:
    evs = _family(nlp, "Minister Tomas Varga said on Tuesday he would not resign and called the rallies staged.", "resign")
    assert [(e.actor.name, e.status) for e in evs] == [("Tomas Varga", "denied")]
    assert evs[0].cameo == "1231"


# 3. a clause of purpose after a call-off is no cancelled event


@pytest.mark.parametrize("text", [
    "Peru and Chile called off their planned joint naval drills to make room for talks with Bolivia on fishing rights.",
    "Peru postponed the drills so that talks with Bolivia can be held.",
])
def test_purpose_clause_is_no_call_off(nlp: Language, text: str) -> None:
    evs = _events(nlp, text, ANCHOR)
    assert [e.status for e in evs if e.action == "exercise"] in (["cancelled"], ["postponed"])
    assert all(e.status in ("planned",) for e in evs if e.action in ("meet", "negotiate"))


# 4. a protest told in the past, with a participle of its demand, happened (even on the article's own day)


def test_protest_with_demand_participle_happened(nlp: Language) -> None:
    text = "Thousands of people protested in central Belgrade on Saturday, calling for the mayor to step down."
    evs = _family(nlp, text, "protest", date(2026, 5, 9))
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in evs] == [("happened", "2026-05-09", "Belgrade")]


# 5. votes of a body that happened: "approved", "adopted", "passed"


@pytest.mark.parametrize("text,what", [
    ("The Czech parliament approved the 2027 state budget on Friday by 101 votes to 90.", "state budget"),
    ("Parliament adopted the budget on Friday.", "budget"),
    ("The Senate passed the bill on Friday.", "bill"),
])
def test_body_vote_happened(nlp: Language, text: str, what: str) -> None:
    evs = _family(nlp, text, "vote")
    assert [(e.status, e.what, e.date.value) for e in evs] == [("happened", what, "2026-05-01")]


def test_adopted_sanctions_stay_sanctions(nlp: Language) -> None:
    evs = _events(nlp, "The European Union adopted new sanctions on Iran.", ANCHOR)
    assert [(e.action, e.actor.name) for e in evs] == [("sanction", "European Union")]


# 6. sanctions taking effect are imposed then


@pytest.mark.parametrize("text,target", [
    ("New European Union sanctions on Belarus took effect on Monday, freezing the assets of several officials.", "Belarus"),
    ("European Union sanctions against Russia came into force on Monday.", "Russia"),
])
def test_sanctions_taking_effect(nlp: Language, text: str, target: str) -> None:
    evs = _family(nlp, text, "sanction")
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status, e.what, e.date.value) for e in evs] == [
        ("European Union", [target], "happened", "sanctions", "2026-05-04")]


def test_sanctions_without_effect_phrase_no_event(nlp: Language) -> None:
    assert _family(nlp, "The sanctions hurt the economy of the region.", "sanction") == []


# 10. "25 percent tariffs": the tariffs, no number


@pytest.mark.parametrize("text", [
    "Washington will impose 25 percent tariffs on Peruvian copper.",
    "Washington will impose 25% tariffs on Peruvian copper.",
])
def test_percent_tariffs_what(nlp: Language, text: str) -> None:
    assert [e.what for e in _family(nlp, text, "sanction")] == ["tariffs"]


# 7. a common noun the recognizer calls a person ("Turnout") is never an actor


def test_turnout_is_no_person(nlp: Language) -> None:
    text = "Turnout was about 61 percent. Okonkwo said she would travel to Lima in November to meet Peru's president."
    assert all(e.actor.name != "Turnout" for e in _events(nlp, text, ANCHOR))


# 8. a plan a state tells of itself ("notified X that it plans to"); a rocket's payload is what is launched


def test_notified_plan_to_launch(nlp: Language) -> None:
    text = "North Korea has notified Peru's coast guard that it plans to launch a military reconnaissance satellite later this month."
    evs = _family(nlp, text, "launch")
    assert [(e.actor.name, e.status, e.what) for e in evs] == [("North Korea", "planned", "military reconnaissance satellite")]


def test_rocket_carrying_payload(nlp: Language) -> None:
    evs = _family(nlp, "North Korea launched a rocket carrying a military spy satellite on Tuesday, but the launch failed.", "launch")
    assert [e.what for e in evs] == ["military spy satellite"]


# 9. unions and groups with a nationality are the crowd, not the state


def test_unions_call_off_strike(nlp: Language) -> None:
    evs = _family(nlp, "Chilean dockers' unions called off a nationwide strike planned for Thursday.", "protest")
    assert [(e.actor.name, e.actor.kind, e.status, e.what, e.date.value) for e in evs] == [
        ("dockers' unions", "group", "cancelled", "nationwide strike", "2026-05-07")]


def test_groups_plan_protest(nlp: Language) -> None:
    evs = _family(nlp, "Serbian opposition groups plan to hold a mass protest in central Belgrade on Saturday.", "protest")
    assert [(e.actor.kind, e.status, e.place.name if e.place else None, e.date.value) for e in evs] == [
        ("group", "planned", "Belgrade", "2026-05-09")]


def test_state_protest_still_blocked(nlp: Language) -> None:
    assert _family(nlp, "China protested on Monday.", "protest") == []


# 11. seas, gulfs and straits are places; "the sea off its east coast" is none


@pytest.mark.parametrize("text,place", [
    ("Chile and Peru will hold joint drills in the Yellow Sea next week.", "Yellow Sea"),
    ("Peru held naval drills in the South China Sea on Monday.", "South China Sea"),
    ("Chile and Peru held drills near the Strait of Hormuz on Monday.", "Strait of Hormuz"),
])
def test_sea_is_place(nlp: Language, text: str, place: str) -> None:
    evs = _family(nlp, text, "exercise")
    assert [e.place.name if e.place else None for e in evs] == [place]
    assert evs[0].place is not None and evs[0].place.kind == "region"


def test_resolve_sea_and_not_the_sea() -> None:
    from dateline.extract.places import resolve_place
    assert (ref := resolve_place("Taiwan Strait")) is not None and ref.lat is not None
    assert resolve_place("the sea") is None and resolve_place("east coast") is None


def test_sea_off_coast_no_place(nlp: Language) -> None:
    evs = _family(nlp, "North Korea fired a missile into the sea off its east coast on Monday.", "launch")
    assert [e.place for e in evs] == [None]
