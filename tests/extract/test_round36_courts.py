"""Round 36 (audit 57 G8): charges and trials. "Prosecutors charged X with ..." is X's charge (CAMEO 173, like an
arrest); charging unnamed people is the state's; "The trial of X will open on June 7" is X's trial, planned, which
an adjournment puts off and an opening report resolves; a case noun framing a verdict tells no trial.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.reason.ask import ask
from dateline.reason.propose import propose

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of

pytestmark = pytest.mark.slow

#: A Wednesday.
MAY_12 = date(2027, 5, 12)
TRIAL_SET = ("Trial date set\n\nLOME, May 12 (Wire) - The trial of opposition politician Koffi Mensah will open on "
             "June 7, his lawyer said.\n", MAY_12)
ADJOURNED = ("Trial adjourned\n\nLOME, June 7 (Wire) - A court in Lome adjourned the trial of opposition politician "
             "Koffi Mensah until July 1, his lawyer said.\n", date(2027, 6, 7))
OPENED = ("Trial opens\n\nLOME, July 1 (Wire) - The trial of opposition politician Koffi Mensah opened in Lome on "
          "Thursday.\n", date(2027, 7, 1))


def test_round36_prosecutors_charging_a_named_person_is_that_persons_charge(nlp: Language, tmp_path: Path) -> None:
    text = ("LOME, May 12 - Prosecutors charged opposition politician Koffi Mensah with spreading false information "
            "on Tuesday.")
    (ev,) = datelined_events(nlp, tmp_path, text, MAY_12)
    assert (ev.action, ev.actor.name, ev.date.value, ev.status, ev.cameo) == (
        "charged", "Koffi Mensah", "2027-05-11", "happened", "173")


def test_round36_charged_in_the_passive_is_the_persons_charge(nlp: Language, tmp_path: Path) -> None:
    text = "LOME, May 12 - Koffi Mensah was charged with fraud on Tuesday."
    assert [(e.action, e.actor.name) for e in datelined_events(nlp, tmp_path, text, MAY_12)] == [
        ("charged", "Koffi Mensah")]


def test_round36_prosecutors_charging_unnamed_people_is_the_states_charge(nlp: Language, tmp_path: Path) -> None:
    text = "LOME, May 12 - Prosecutors charged three journalists with sedition on Monday."
    (ev,) = datelined_events(nlp, tmp_path, text, MAY_12)
    assert (ev.action, ev.actor.name, ev.what) == ("charge", "Togo", "journalists")


def test_round36_charging_a_fee_or_charging_at_a_crowd_is_no_charge(nlp: Language, tmp_path: Path) -> None:
    text = "LOME, May 12 - The company charged customers higher fees on Monday. Police charged at protesters."
    assert datelined_events(nlp, tmp_path, text, MAY_12) == []


def test_round36_a_trial_set_for_a_day_is_the_defendants_planned_trial(nlp: Language, tmp_path: Path) -> None:
    (ev,) = datelined_events(nlp, tmp_path, TRIAL_SET[0].split("\n\n", 1)[1], MAY_12)
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("trial", "Koffi Mensah", "2027-06-07", "planned")


def test_round36_a_verdict_in_a_trial_tells_no_trial(nlp: Language, tmp_path: Path) -> None:
    text = "LOME, May 12 - A verdict in the trial of Koffi Mensah is expected on June 7."
    assert [e.action for e in datelined_events(nlp, tmp_path, text, MAY_12)] == ["verdict"]


def test_round36_a_trial_adjourned_and_opened_is_one_event_answered(tmp_path: Path) -> None:
    store = stored(tmp_path, [TRIAL_SET, ADJOURNED, OPENED])
    (ev,) = store.events()
    assert [h.status for h in ev.history] == ["planned", "postponed", "happened"]
    early = ask(store, "Will Koffi Mensah go on trial by June 10, 2027?", as_of=date(2027, 6, 11))
    assert early.answer == "no"
    late = ask(store, "Will Koffi Mensah stand trial by July 5, 2027?", as_of=date(2027, 7, 2))
    assert (late.answer, late.resolution) == ("yes", "yes")


def test_round36_a_planned_trial_is_proposed_as_a_question(tmp_path: Path) -> None:
    store = stored(tmp_path, [TRIAL_SET])
    assert [p.question for p in propose(store, MAY_12)] == ["Will Koffi Mensah go on trial by June 7, 2027?"]


def test_round36_a_question_of_a_persons_trial_opening_is_asked_of_that_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [TRIAL_SET])
    for question in ("Will Koffi Mensah's trial open by June 30, 2027?", "Will the trial of Koffi Mensah open by June 30, 2027?"):
        answer = ask(store, question, as_of=date(2027, 5, 13))
        assert answer.event is not None and answer.event.action == "trial", question
