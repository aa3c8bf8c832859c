"""Round 34: arrests and detentions, a family of their own ("arrest", CAMEO 173, PLOVER COERCE/arrest). Unnamed
agents of a state ("Police", "riot police", "security forces") act for the state they stand in; a named person
arrested has an event of their own ("arrested"), as a named captive set free has ("freed").
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.reason.ask import ask

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of, text_events as _events

pytestmark = pytest.mark.slow

#: A Sunday.
SUNDAY = date(2027, 12, 12)



def test_round34_police_under_a_dateline_detain_for_the_dateline_state(nlp: Language, tmp_path: Path) -> None:
    text = "MANAGUA, Dec 12 (Wire) - Police detained about 40 protesters on Saturday, witnesses said."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, SUNDAY), "arrest")
    assert (ev.actor.name, ev.what, ev.date.value, ev.status, ev.cameo, ev.plover) == (
        "Nicaragua", "protesters", "2027-12-11", "happened", "173", "COERCE")


def test_round34_agents_in_a_named_place_act_for_that_places_state(nlp: Language, tmp_path: Path) -> None:
    text = "NAIROBI, Dec 12 (Wire) - Riot police detained 30 students in Kampala on Friday, officials said."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, SUNDAY), "arrest")
    assert (ev.actor.name, ev.place.name if ev.place else None) == ("Uganda", "Kampala")


def test_round34_the_nationality_of_those_detained_does_not_make_the_police_theirs(nlp: Language, tmp_path: Path) -> None:
    text = "MANAGUA, Dec 12 (Wire) - Police also detained two French journalists, the French embassy said."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, SUNDAY), "arrest")
    assert (ev.actor.name, ev.what, [c.name for c in ev.counterparts]) == ("Nicaragua", "journalists", ["France"])


def test_round34_police_without_a_dateline_are_nobodys(nlp: Language) -> None:
    assert _of(_events(nlp, "Police detained about 40 protesters on Saturday.", SUNDAY), "arrest") == []


def test_round34_a_nationality_on_the_police_names_their_state(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "Kenyan police detained about 40 protesters on Saturday.", SUNDAY), "arrest")
    assert ev.actor.name == "Kenya"


def test_round34_a_plural_nationality_is_what_is_detained(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "Ugandan soldiers arrested more than 20 Kenyans near the border on Friday.", SUNDAY), "arrest")
    assert (ev.actor.name, ev.what) == ("Uganda", "Kenyans")


def test_round34_a_named_person_arrested_has_an_event_of_their_own(nlp: Language, tmp_path: Path) -> None:
    text = "MANAGUA, Dec 12 (Wire) - Police arrested opposition leader Carlos Mena outside his home on Friday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, SUNDAY), "arrested")
    assert (ev.actor.name, ev.date.value, ev.status, ev.place.name if ev.place else None) == (
        "Carlos Mena", "2027-12-10", "happened", "Managua")


def test_round34_each_of_two_named_people_is_arrested(nlp: Language) -> None:
    events = _of(_events(nlp, "Police arrested Carlos Mena and Ana Ruiz on Friday.", SUNDAY), "arrested")
    assert sorted(e.actor.name for e in events) == ["Ana Ruiz", "Carlos Mena"]


def test_round34_a_passive_arrest_with_no_agent_names_no_arresting_state(nlp: Language, tmp_path: Path) -> None:
    text = "MANAGUA, Dec 12 (Wire) - About 40 protesters were detained on Saturday."
    assert _of(datelined_events(nlp, tmp_path, text, SUNDAY), "arrest") == []


def test_round34_detaining_someone_is_no_meeting_and_reporters_are_what_is_detained(nlp: Language) -> None:
    events = _events(nlp, "Security forces in Accra detained two reporters on Friday.", SUNDAY)
    assert [e.action for e in events] == ["arrest"] and events[0].what == "reporters"


def test_round34_freeing_journalists_is_a_release(nlp: Language) -> None:
    (ev,) = _events(nlp, "The Taliban freed two British journalists on Saturday.", SUNDAY)
    assert (ev.action, ev.what) == ("release", "journalists")


def test_round34_a_question_about_an_arrest_is_answered_from_the_report(nlp: Language, tmp_path: Path) -> None:
    text = ("Opposition leader detained\n\nMANAGUA, Dec 12 (Wire) - Nicaraguan police arrested opposition leader "
            "Carlos Mena outside his home on Friday, his lawyer said.\n")
    store = stored(tmp_path, [(text, SUNDAY)])
    answer = ask(store, "Will Carlos Mena be arrested by December 31, 2027?", as_of=SUNDAY)
    assert (answer.answer, answer.resolution) == ("yes", "yes")
    before = ask(store, "Will Carlos Mena be arrested by December 31, 2027?", as_of=date(2027, 12, 11))
    assert before.resolution is None
