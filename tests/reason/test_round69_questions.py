"""Round 69 (session 55): a plan told by an office-holder or a defendant's lawyer is told officially, also
when the teller's name follows their title ("Foreign Minister X said") or stands in an apposition between the teller
and the verb ("the chief mediator, a Kenyan diplomat, said"). Sentences and names are our own. June 1, 2026 is a
Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.forecast import cue_hits

from ..stored import stored


@pytest.mark.parametrize("sentence", [
    "The two commanders are expected to sign a truce in Malakal on Friday, the chief mediator, Ugandan diplomat Ruth "
    "Akello, said on Monday.",
    "Serbian Foreign Minister Dragan Ilic said on Monday that the two rivals would meet in Belgrade next week.",
    "Reyes will appear before a judge on Thursday, his lawyer said.",
    "Reyes will appear before a judge on Thursday, his lawyer Ana Ruiz said.",
    "The ceasefire talks will open in Arusha on Monday, the envoy said.",
])
def test_round69_an_office_holder_or_a_lawyer_tells_officially(sentence: str) -> None:
    assert cue_hits(sentence, "official") >= 1


@pytest.mark.parametrize("sentence", [
    "The two commanders are expected to sign a truce in Malakal on Friday, residents in the town said.",
    "The two commanders, long at odds over the oil fields, said they might meet.",
])
def test_round69_no_office_holder_no_official_cue(sentence: str) -> None:
    assert cue_hits(sentence, "official") == 0


@pytest.mark.slow
def test_round69_a_signing_the_mediator_expects_is_more_likely_than_not(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MALAKAL, June 1 (Wire) - General Deng Ajak and rebel commander Simon Lual are expected to sign a ceasefire "
         "agreement in Malakal on Friday, the chief mediator, Ugandan diplomat Ruth Akello, said on Monday.",
         date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Deng Ajak sign a ceasefire agreement?", date(2026, 6, 2))
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.5


@pytest.mark.slow
def test_round69_sworn_in_as_prime_minister_asks_the_oath_not_the_appointment(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KATHMANDU, June 1 (Wire) - President Ram Kumar Thapa on Monday appointed opposition leader Mina Gurung as "
         "Nepal's new prime minister. She will be sworn in on Wednesday, the president's office said.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Mina Gurung be sworn in as prime minister?", date(2026, 6, 2))
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.5, answer.reason


@pytest.mark.parametrize("sentence", [
    "Zambia's electoral commission on Monday set a presidential runoff for October 29.",
    "The runoff is set for October 29, the commission said.",
])
def test_round69_a_day_set_by_a_body_is_an_official_cue(sentence: str) -> None:
    assert cue_hits(sentence, "official") >= 1


@pytest.mark.slow
@pytest.mark.parametrize("question", ["Will a state funeral be held for Liam Keogh?", "Will Liam Keogh's funeral be held?"])
def test_round69_a_funeral_held_for_a_person_is_asked_of_that_person(tmp_path: Path, question: str) -> None:
    store = stored(tmp_path, [
        ("DUBLIN, June 1 (Wire) - A state funeral for former Taoiseach Liam Keogh, who died on Friday, will be held in "
         "Dublin on Thursday, the government said on Monday.", date(2026, 6, 1)),
    ])
    answer = ask(store, question, date(2026, 6, 2))
    assert answer.event is not None and answer.resolution is None and answer.probability is not None \
        and answer.probability > 0.5, answer.reason
