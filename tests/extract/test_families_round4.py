"""Families that name a thing, round 4: generic mentions, "it" of a telling state, titled names, named exercises.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Monday: "on Friday" read back is 2026-05-01, "next week" 2026-W20.
ANCHOR = date(2026, 5, 4)

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "dateline" / "samples"


def _family(nlp: Language, text: str, action: str, anchor: date = ANCHOR) -> list[Event]:
    return [e for e in _events(nlp, text, anchor) if e.action == action]


def _rows(evs: list[Event]) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str]]:
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.what, e.date.value, e.status) for e in evs]


# 1. a generic or habitual mention of an event noun, or another's event objected to, is no event


@pytest.mark.parametrize("text", [
    "North Korea is expected to object to the manoeuvres, as it has to past exercises.",
    "North Korea has routinely condemned such exercises as rehearsals for invasion.",
    "Previous launches have drawn UN condemnation.",
    "Pyongyang has condemned past drills as rehearsals for invasion.",
    "Earlier launches this year drew criticism from Tokyo.",
    "Every election since 1990 has been won by the ruling party.",
    "Previous sanctions have failed to change Iran's behaviour.",
    "Russia said the previous exercises were a provocation.",
    "North Korea is expected to condemn the planned drills.",
    "Belarus is expected to object to the upcoming sanctions.",
])
def test_generic_or_objected_noun_is_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text, ANCHOR) == []


def test_sample_drills_announced_has_no_objector_exercise(nlp: Language) -> None:
    text = (SAMPLES / "05_yellow_sea_drills_announced.txt").read_text(encoding="utf-8")
    evs = _family(nlp, text, "exercise")
    # the headline's "Allies set dates for Yellow Sea drills" is the allies' plan; North Korea holds no exercise
    assert [(e.actor.name, e.place.name if e.place else None, e.status) for e in evs] == [
        ("allies", "Yellow Sea", "planned"), ("South Korea", "Yellow Sea", "planned")]


@pytest.mark.parametrize("text,row", [
    ("South Korea will hold such drills again next week.",
     ("exercise", "South Korea", (), "drills", "2026-W20", "planned")),
    ("South Korea and the US will stage joint drills, which begin on Monday.",
     ("exercise", "South Korea", ("United States",), "joint drills", "2026-05-04", "planned")),
])
def test_held_noun_events_stand(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_family(nlp, text, "exercise")) == [row]


@pytest.mark.parametrize("text,row", [
    ("China criticised the US for holding drills near its coast on Friday.",
     ("exercise", "United States", (), "drills", "2026-05-01", "happened")),
    ("Japan accused North Korea of firing two ballistic missiles on Sunday.",  # an accusation: a claim
     ("launch", "North Korea", (), "ballistic missiles", "2026-05-03", "uncertain")),
    ("Seoul condemned Pyongyang for launching a satellite on Tuesday.",
     ("launch", "North Korea", (), "satellite", "2026-04-28", "happened")),
])
def test_blamed_party_is_the_actor(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


# 2. "it" as the subject of a clause told by a state or organisation is that teller


@pytest.mark.parametrize("text,row", [
    ("China said it would hold large-scale drills around Taiwan next week.",
     ("exercise", "China", (), "large-scale drills", "2026-W20", "planned")),
    ("The European Union said on Thursday it will impose new sanctions on Belarus from Monday.",
     ("sanction", "European Union", ("Belarus",), "sanctions", "2026-05-04", "planned")),
    ("North Korea said it had successfully launched a new solid-fuel missile on Tuesday.",
     ("launch", "North Korea", (), "solid-fuel missile", "2026-04-28", "happened")),
    ("North Korea notified Japan that it plans to launch a satellite next week.",
     ("launch", "North Korea", (), "satellite", "2026-W20", "planned")),
])
def test_it_of_a_telling_state(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


@pytest.mark.parametrize("text", [
    "It was announced that drills would be held next week.",
    "The ministry said it would hold drills next week.",
])
def test_it_without_a_state_teller_is_nobody(nlp: Language, text: str) -> None:
    assert _family(nlp, text, "exercise") == []


# 3. a name right after a title is a person, and the surname alone later is that person


def test_titled_name_is_person_actor(nlp: Language) -> None:
    evs = _family(nlp, "Japanese Prime Minister Sanae Takaichi said on Monday she would step down next month.", "resign")
    assert [(e.actor.name, e.actor.kind, e.actor.title, e.actor.country, e.date.value) for e in evs] == [
        ("Sanae Takaichi", "person", "Prime Minister", "Japan", "2026-06")]


def test_surname_alone_later_is_the_titled_person(nlp: Language) -> None:
    text = "Japanese Prime Minister Sanae Takaichi met reporters in Tokyo on Monday. Takaichi will resign on June 1."
    evs = _family(nlp, text, "resign")
    assert [(e.actor.name, e.actor.title, e.date.value, e.status) for e in evs] == [
        ("Sanae Takaichi", "Prime Minister", "2026-06-01", "planned")]


# 4. a body of a state named by its nationality or possessor stands for that state, as a government or ministry does


@pytest.mark.parametrize("text,row", [
    ("The Czech parliament will vote on the 2027 state budget on Friday.",  # a legislature: the body of the state
     ("vote", "Parliament of Czechia", (), "state budget", "2026-05-08", "planned")),
    ("The Czech government will impose sanctions on Russia on Friday.",
     ("sanction", "Czechia", ("Russia",), "sanctions", "2026-05-08", "planned")),
    ("The South Korean defence ministry will hold drills on Monday.",
     ("exercise", "South Korea", (), "drills", "2026-05-04", "planned")),
    ("South Korea's defence ministry will stage drills on Monday.",
     ("exercise", "South Korea", (), "drills", "2026-05-04", "planned")),
    ("The South Korean defence ministry said it would hold drills on Monday.",
     ("exercise", "South Korea", (), "drills", "2026-05-04", "planned")),
])
def test_state_organ_is_its_state(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


def test_bare_parliament_stays_the_body(nlp: Language) -> None:
    evs = _family(nlp, "Parliament will vote on the budget on Friday.", "vote")
    assert [(e.actor.name, e.actor.kind) for e in evs] == [("Parliament", "org")]


def test_sector_is_no_state(nlp: Language) -> None:
    assert _events(nlp, "Korean business leaders will protest on Monday.", ANCHOR) == []


# 5. a named exercise before "drills" is the exercise's name, not a subject and its verb


@pytest.mark.parametrize("text,row", [
    ("South Korea will stage the Iron Lance drills next week.",
     ("exercise", "South Korea", (), "Iron Lance", "2026-W20", "planned")),
    ("South Korea and the US will begin the Iron Lance drills on Monday.",
     ("exercise", "South Korea", ("United States",), "Iron Lance", "2026-05-04", "planned")),
    ("US forces began the Freedom Shield drills with South Korea on Tuesday.",
     ("exercise", "United States", ("South Korea",), "Freedom Shield", "2026-04-28", "happened")),
    ("South Korea and the United States will hold Freedom Shield, the annual exercise, from March 9.",  # (written in May: next March)
     ("exercise", "South Korea", ("United States",), "Freedom Shield", "2027-03-09", "planned")),
])
def test_named_exercise_is_the_what(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


def test_drills_verb_with_object_stays_a_verb(nlp: Language) -> None:
    assert _events(nlp, "The coach drills the team every morning.", ANCHOR) == []


# 6. own-words sentences of the six families: what they showed


@pytest.mark.parametrize("text,row", [
    ("Taiwan said it will hold live-fire drills off its east coast on Thursday.",  # "drills" tagged a verb, as an object
     ("exercise", "Taiwan", (), "live-fire drills", "2026-05-07", "planned")),
    ("Japan and the Philippines to hold joint drills near Scarborough Shoal",  # a headline infinitive is the plan
     ("exercise", "Japan", ("Philippines",), "joint drills", None, "planned")),
    ("Japan to impose sanctions on Russia",
     ("sanction", "Japan", ("Russia",), "sanctions", None, "planned")),
    ("Large-scale exercises were held by the Indian army in Rajasthan on Saturday.",  # the agent of a passive light verb
     ("exercise", "India", (), "large-scale exercises", "2026-05-02", "happened")),
    ("NATO is planning to hold its annual Steadfast Noon exercise in October.",  # "Noon" is a word of the name
     ("exercise", "NATO", (), "Steadfast Noon", "2026-10", "planned")),
    ("Japan said on Friday it had imposed sanctions on three North Korean banks.",  # "North Korean", not "Korean"
     ("sanction", "Japan", ("North Korea",), "sanctions", None, "happened")),
    ("The UK sanctioned five Russian officials on Monday.",  # officials of a country: the country is the target
     ("sanction", "United Kingdom", ("Russia",), "sanctions", "2026-05-04", "happened")),
    ("The EU will impose sanctions on Niger.",  # a country the recognizer calls ORG is still the target
     ("sanction", "EU", ("Niger",), "sanctions", None, "planned")),
])
def test_family_sentences(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


def test_sea_before_drills_is_the_place_not_the_name(nlp: Language) -> None:
    evs = _family(nlp, "South Korea will hold Yellow Sea drills on Monday.", "exercise")
    assert [(e.what, e.place.name if e.place else None) for e in evs] == [("drills", "Yellow Sea")]


def test_unknown_name_before_exercise_stays_the_name(nlp: Language) -> None:
    text = "Norway and Sweden will hold their yearly Northern Gate exercise from June 2 to June 12."
    assert [e.what for e in _family(nlp, text, "exercise")] == ["Northern Gate"]


def test_title_nationality_is_no_party(nlp: Language) -> None:
    text = "Nowicki will hold talks with South African President Sipho Ndlovu on Friday."
    evs = _family(nlp, text, "meet")
    assert [tuple(c.name for c in e.counterparts) for e in evs] == [("Sipho Ndlovu",)]


@pytest.mark.parametrize("text,row", [
    ("Opposition supporters said they would protest in Nairobi on Monday.",  # "they" of a telling crowd (named with
     ("protest", "opposition supporters", (), None, "2026-05-04", "planned")),  # its qualifier since round 40)
    ("Teachers said on Monday that they will strike from June 1.",
     ("protest", "teachers", (), None, "2026-06-01", "planned")),
    ("Moldovans will vote in a referendum on EU membership on Sunday.",  # the vote's what is its referendum's
     ("vote", "Moldova", (), "referendum on membership", "2026-05-10", "planned")),
    ("The resignation of Interior Minister Paul Amsel was announced on Monday.",  # announced: tendered that day
     ("resign", "Paul Amsel", (), None, "2026-05-04", "happened")),
])
def test_family_sentences_round_two(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


def test_they_of_a_thing_is_nobody(nlp: Language) -> None:
    assert _events(nlp, "The company said they would strike next week.", ANCHOR) == []


def test_confirmed_participation_stays_a_plan(nlp: Language) -> None:
    text = "Leaders will attend a summit in Colombo on May 20. President Ana Ruiz has confirmed her participation."
    evs = [e for e in _family(nlp, text, "attend") if e.actor.name == "Ana Ruiz"]
    assert [(e.status, e.date.value) for e in evs] == [("planned", "2026-05-20")]


@pytest.mark.parametrize("text,row", [
    ("Australia is set to host the Talisman Sabre exercise in July.",  # hosting an exercise holds it, no visit hosted
     ("exercise", "Australia", (), "Talisman Sabre", "2026-07", "planned")),
    ("Sanctions on Russia were extended by the EU on Friday.",  # extended sanctions, by the passive's agent
     ("sanction", "EU", ("Russia",), "sanctions", "2026-05-01", "happened")),
    ("Parliament voted on Tuesday to approve the new constitution.",  # what the infinitive approves
     ("vote", "Parliament", (), "constitution", "2026-04-28", "happened")),
])
def test_family_sentences_round_three(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


def test_extended_visit_stays_a_visit(nlp: Language) -> None:
    evs = _events(nlp, "President Ruto extended his visit to Paris by a day.", ANCHOR)
    assert [(e.action, e.place.name if e.place else None) for e in evs] == [("visit", "Paris")]


@pytest.mark.parametrize("text,row", [
    ("Tokyo praised Manila for hosting the drills.",  # praised for an act: the praised party did it
     ("exercise", "Philippines", (), "drills", None, "happened")),
    ("Russia said it had no intention of holding exercises near the border.",  # "no intention of": a denial
     ("exercise", "Russia", (), "exercises", None, "denied")),
    ("Russia has no plans to hold drills near the border.",
     ("exercise", "Russia", (), "drills", None, "denied")),
])
def test_family_sentences_round_four(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


@pytest.mark.parametrize("text", [
    "Vietnam said it protested the drills.",  # a state's protest told through "it": diplomatic, no demonstration
    "Japan said it would not resign.",  # a state never resigns
    "Japan welcomed the drills.",  # another's drills
])
def test_state_teller_of_a_blocked_family_is_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text, ANCHOR) == []


@pytest.mark.parametrize("text,row", [
    ("Japan will hold joint drills with Manila next week.",  # a capital as a partner is its state
     ("exercise", "Japan", ("Philippines",), "joint drills", "2026-W20", "planned")),
    ("The EU will impose sanctions on Moscow next week.",
     ("sanction", "EU", ("Russia",), "sanctions", "2026-W20", "planned")),
    ("The US accused China of holding drills to intimidate Taiwan.",
     ("exercise", "China", (), "drills", None, "uncertain")),
])
def test_capital_partners_and_accusations(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


def test_drills_in_a_capital_keep_it_as_place(nlp: Language) -> None:
    evs = _family(nlp, "Japan will hold joint drills in Manila next week.", "exercise")
    assert [([c.name for c in e.counterparts], e.place.name if e.place else None) for e in evs] == [([], "Manila")]


@pytest.mark.parametrize("text", [
    "Prime Minister Jan Novak and Finance Minister Eva Holm will resign next week.",
    "Prime Minister Jan Novak and Finance Minister Eva Holm said they would resign next week.",
])
def test_each_person_resigns_alone(nlp: Language, text: str) -> None:
    evs = _family(nlp, text, "resign")
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.date.value) for e in evs] == [
        ("Jan Novak", (), "2026-W20"), ("Eva Holm", (), "2026-W20")]


def test_they_of_one_person_is_nobody(nlp: Language) -> None:
    assert _family(nlp, "Prime Minister Jan Novak said they would resign.", "resign") == []


def test_they_of_two_states_keeps_the_partner(nlp: Language) -> None:
    evs = _family(nlp, "Japan and South Korea said they would hold joint drills next week.", "exercise")
    assert _rows(evs) == [("exercise", "Japan", ("South Korea",), "joint drills", "2026-W20", "planned")]
