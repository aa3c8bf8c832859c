"""Questions about court verdicts and sentences (the defendant's events) and prisoner exchanges and releases.

Names and sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import ActorRef
from dateline.reason.ask import ask
from dateline.reason.propose import propose
from dateline.reason.question import parse_question
from dateline.store import Store

from .handmade import Report, fill

MORENO = ActorRef("Daniel Moreno", "person", "mayor", None)
ETHIOPIA = ActorRef("Ethiopia", "country", None, "Ethiopia")
ERITREA = ActorRef("Eritrea", "country", None, "Eritrea")
D4 = date(2026, 5, 4)


@pytest.mark.parametrize("question,actor,action", [
    ("Will the court deliver its verdict in the Moreno fraud trial by May 15, 2026?", "Moreno", "verdict"),
    ("Will the court deliver its verdict in Daniel Moreno's case by May 15, 2026?", "Daniel Moreno", "verdict"),
    ("Will the court rule in the trial of Daniel Moreno by May 15, 2026?", "Daniel Moreno", "verdict"),
    ("Will the judge sentence Daniel Moreno by June 1, 2026?", "Daniel Moreno", "sentence"),
    ("Will Daniel Moreno be sentenced by June 1, 2026?", "Daniel Moreno", "sentence"),
])
def test_question_court_questions_ask_of_the_defendant(question: str, actor: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == (actor, action, None)


def test_question_court_without_a_defendant_keeps_the_court() -> None:
    """ "Will the court rule by May 15?": nobody named, the court is asked about (and no stored defendant is it)."""
    assert parse_question("Will the court rule by May 15, 2026?").actor == "court"


@pytest.mark.parametrize("question,actor,action,target,what", [
    ("Will Ethiopia and Eritrea exchange prisoners by May 30, 2026?", "Ethiopia", "exchange", "Eritrea", "prisoners"),
    ("Will Ethiopia swap prisoners with Eritrea by May 30, 2026?", "Ethiopia", "exchange", "Eritrea", "prisoners"),
    ("Will Eritrea release Ethiopian prisoners of war by May 30, 2026?", "Eritrea", "release", None,
     "Ethiopian prisoners of war"),
])
def test_question_exchange_and_release(question: str, actor: str, action: str, target: str | None, what: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target, pattern.what) == (actor, action, target, what)


def _court(store: Store) -> None:
    fill(store, [
        Report("a1", D4, "A district court will deliver its verdict on May 12 in the fraud trial of Daniel Moreno.",
               "verdict", "planned", "2026-05-12", actor=MORENO, trigger="verdict"),
        Report("a2", date(2026, 5, 12), "A district court found Daniel Moreno guilty of fraud on Tuesday.",
               "verdict", "happened", "2026-05-12", actor=MORENO, trigger="found"),
    ])


def test_propose_verdict_question_parses_back(store: Store) -> None:
    _court(store)
    proposals = propose(store, D4)
    assert [p.question for p in proposals] == [
        "Will the court deliver its verdict in Daniel Moreno's case by May 12, 2026?"]
    pattern = parse_question(proposals[0].question)
    assert (pattern.actor, pattern.action) == ("Daniel Moreno", "verdict")


def test_ask_verdict_resolves_yes_with_the_report(store: Store) -> None:
    _court(store)
    answer = ask(store, "Will the court deliver its verdict in the Moreno fraud trial by May 15, 2026?",
                 as_of=date(2026, 5, 13), anchor=D4)
    assert (answer.resolution, answer.cited.published if answer.cited else None) == ("yes", date(2026, 5, 12))


def test_ask_release_is_answered_by_an_exchange_with_the_actor_as_counterpart(store: Store) -> None:
    fill(store, [
        Report("a1", D4, "Ethiopia and Eritrea exchanged 40 prisoners of war on Monday.", "exchange", "happened",
               "2026-05-04", actor=ETHIOPIA, counterparts=(ERITREA,), trigger="exchanged", what="prisoners"),
    ])
    answer = ask(store, "Will Eritrea release Ethiopian prisoners of war by May 30, 2026?", as_of=D4,
                 anchor=date(2026, 5, 1))
    assert (answer.answer, answer.resolution) == ("yes", "yes")


def test_propose_exchange_names_both_sides(store: Store) -> None:
    fill(store, [
        Report("a1", D4, "Ethiopia and Eritrea will exchange 40 prisoners of war on Saturday.", "exchange", "planned",
               "2026-05-09", actor=ETHIOPIA, counterparts=(ERITREA,), trigger="exchange", what="prisoners"),
    ])
    assert [p.question for p in propose(store, D4)] == [
        "Will Ethiopia exchange prisoners with Eritrea by May 9, 2026?"]


def test_question_ratify_is_a_vote_on_the_treaty() -> None:
    pattern = parse_question("Will Lithuania's parliament ratify the defence treaty by July 10, 2026?")
    assert (pattern.actor, pattern.action, pattern.what) == ("Lithuania's parliament", "vote", "the defence treaty")


def test_question_vote_on_a_topic_keeps_it_in_the_object() -> None:
    """ "adopt a resolution on South Sudan": what the resolution is on, not a counterpart."""
    pattern = parse_question("Will the UN Security Council adopt a resolution on South Sudan by March 15, 2026?")
    assert (pattern.action, pattern.what, pattern.target) == ("vote", "a resolution on South Sudan", None)


def test_ask_vote_object_told_in_the_sentence_answers(store: Store) -> None:
    """A vote stored as "resolution" answers "vote on the Lebanon mission" when its sentence names the mission."""
    council = ActorRef("Security Council", "org", None, None)
    fill(store, [
        Report("a1", D4, "The Security Council voted on Friday on a resolution extending the peacekeeping mission "
               "in Lebanon.", "vote", "happened", "2026-05-01", actor=council, trigger="voted", what="resolution"),
    ])
    answer = ask(store, "Will the Security Council vote on the Lebanon mission by May 15, 2026?", as_of=D4,
                 anchor=date(2026, 4, 27))
    assert answer.resolution == "yes"


def test_ask_talks_ahead_of_a_gathering_are_not_attending_it(store: Store) -> None:
    """ "held talks with X on Monday, a day ahead of the inauguration" does not answer "attend the inauguration"."""
    herrera = ActorRef("Julio Herrera", "person", "President", "Guatemala")
    arce = ActorRef("Rodrigo Arce", "person", "President-elect", "Honduras")
    fill(store, [
        Report("a1", D4, "Herrera held talks with Arce in Tegucigalpa on Monday, a day ahead of the inauguration.",
               "meet", "happened", "2026-05-04", actor=herrera, counterparts=(arce,), trigger="talks"),
    ])
    answer = ask(store, "Will Julio Herrera attend the inauguration?", as_of=D4, anchor=date(2026, 5, 1))
    assert answer.resolution is None


def test_question_be_released_asks_for_the_captives_release() -> None:
    pattern = parse_question("Will Maarten Kuipers be released by February 15, 2026?")
    assert (pattern.actor, pattern.action, pattern.target) == ("Maarten Kuipers", "freed", None)


def test_ask_release_of_a_named_person_needs_a_sentence_naming_them(store: Store) -> None:
    """ "Will Eritrea release Ana Duarte?" is not answered by Eritrea's release of other prisoners."""
    fill(store, [
        Report("a1", D4, "Eritrea released 12 Ethiopian citizens on Monday.", "release", "happened", "2026-05-04",
               actor=ERITREA, counterparts=(ETHIOPIA,), trigger="released", what="citizens"),
    ])
    answer = ask(store, "Will Eritrea release Ana Duarte by May 30, 2026?", as_of=D4, anchor=date(2026, 5, 1))
    assert answer.resolution is None


@pytest.mark.parametrize("question", [
    "Will JS Akizora make a port call in Colombo by August 20, 2026?",
    "Will JS Akizora call at Colombo by August 20, 2026?",
])
def test_question_port_call_is_a_visit(question: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == ("JS Akizora", "visit", "Colombo")


def test_ask_be_convicted_is_not_answered_by_an_acquittal(store: Store) -> None:
    fill(store, [
        Report("a1", D4, "A district court acquitted Daniel Moreno on Monday.", "verdict", "happened", "2026-05-04",
               actor=MORENO, trigger="acquitted", what="acquittal"),
    ])
    convicted = ask(store, "Will Daniel Moreno be convicted by May 10, 2026?", as_of=date(2026, 5, 13),
                    anchor=date(2026, 5, 1))
    acquitted = ask(store, "Will Daniel Moreno be acquitted by May 10, 2026?", as_of=date(2026, 5, 13),
                    anchor=date(2026, 5, 1))
    assert (convicted.resolution, acquitted.resolution) == ("no", "yes")
