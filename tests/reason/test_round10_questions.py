"""Questions about the round-10 families: a person sworn in (``inaugurate``) and a person's testimony before a
legislature or court (``testify``): parsing, proposing and answering.

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

DELGADO = ActorRef("Maria Delgado", "person", "President-elect", "Peru")
HARLOW = ActorRef("John Harlow", "person", "Defence Secretary", None)
D4 = date(2026, 5, 4)


@pytest.mark.parametrize("question,actor,action", [
    ("Will Maria Delgado be sworn in by May 20, 2026?", "Maria Delgado", "inaugurate"),
    ("Will Maria Delgado be sworn in as president by May 20, 2026?", "Maria Delgado", "inaugurate"),
    ("Will Maria Delgado take office by May 20, 2026?", "Maria Delgado", "inaugurate"),
    ("Will John Harlow testify before the Senate armed services committee by May 15, 2026?", "John Harlow", "testify"),
    ("Will John Harlow appear before the inquiry by May 15, 2026?", "John Harlow", "testify"),
])
def test_question_round10_families_parse_to_the_family(question: str, actor: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target, pattern.window.kind, pattern.window.text) == (
        actor, action, None, "by", question.rsplit(" by ", 1)[1].rstrip("?"))


def test_question_testify_before_a_body_is_no_window() -> None:
    """ "testify before the Senate committee": the body the verb takes, not a "before <date>" window."""
    pattern = parse_question("Will John Harlow testify before the Senate armed services committee?")
    assert (pattern.action, pattern.window.kind) == ("testify", "none")


def _sworn_in(store: Store) -> None:
    fill(store, [
        Report("a1", D4, "Maria Delgado will be sworn in as president on May 20.", "inaugurate", "planned",
               "2026-05-20", actor=DELGADO, trigger="sworn", what="president"),
    ])


def test_propose_swearing_in_names_the_office_and_parses_back(store: Store) -> None:
    _sworn_in(store)
    proposals = propose(store, D4)
    assert [p.question for p in proposals] == ["Will Maria Delgado be sworn in as president by May 20, 2026?"]
    pattern = parse_question(proposals[0].question)
    assert (pattern.actor, pattern.action) == ("Maria Delgado", "inaugurate")


def test_propose_testimony_names_the_body(store: Store) -> None:
    fill(store, [
        Report("a1", D4, "John Harlow will testify before the finance committee on May 12.", "testify", "planned",
               "2026-05-12", actor=HARLOW, trigger="testify", what="finance committee"),
    ])
    assert [p.question for p in propose(store, D4)] == [
        "Will John Harlow testify before the finance committee by May 12, 2026?"]


def test_ask_swearing_in_resolves_yes_with_the_report(store: Store) -> None:
    _sworn_in(store)
    fill(store, [
        Report("a2", date(2026, 5, 20), "Maria Delgado was sworn in as president on Wednesday.", "inaugurate",
               "happened", "2026-05-20", actor=DELGADO, trigger="sworn", what="president"),
    ])
    answer = ask(store, "Will Maria Delgado be sworn in by May 31, 2026?", as_of=date(2026, 5, 21), anchor=D4)
    assert (answer.resolution, answer.cited.published if answer.cited else None) == ("yes", date(2026, 5, 20))


def test_ask_postponed_swearing_in_beyond_the_window_answers_no(store: Store) -> None:
    _sworn_in(store)
    fill(store, [
        Report("a2", date(2026, 5, 10), "The swearing-in of Maria Delgado was postponed to June 30.", "inaugurate",
               "postponed", "2026-06-30", actor=DELGADO, trigger="swearing"),
    ])
    answer = ask(store, "Will Maria Delgado be sworn in by May 31, 2026?", as_of=date(2026, 5, 11), anchor=D4)
    assert answer.answer == "no"
