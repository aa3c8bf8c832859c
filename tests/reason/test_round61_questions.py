"""Round 61 (session 47): questions about appointments ("Will X appoint Y as prime minister?", "Will Y become leader of
the party?", "Will Y be named ...?"), dismissals ("Will X sack Y?", "Will Y be fired?"), dissolutions ("Will X
dissolve the lower house?") and reshuffles ("Will X reshuffle his cabinet?") ask about the new families; an
appointment put back a day resolves "by the planned day" no and a later window yes; planned ones are proposed and read
in briefs. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.event_lines import event_line
from dateline.reason.propose import propose
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize(("question", "actor", "action"), [
    ("Will Marta Caruana appoint Joseph Vella as prime minister by March 20, 2026?", "Joseph Vella", "appointed"),
    ("Will Joseph Vella be appointed prime minister by March 20, 2026?", "Joseph Vella", "appointed"),
    ("Will Rita Galea become leader of the Labour Party by March 31, 2026?", "Rita Galea", "appointed"),
    ("Will Aroha Ngata sack Hemi Walker by March 31, 2026?", "Hemi Walker", "dismissed"),
    ("Will Aroha Ngata fire Hemi Walker?", "Hemi Walker", "dismissed"),
    ("Will Hemi Walker be sacked by March 31, 2026?", "Hemi Walker", "dismissed"),
    ("Will Haruto Mori dissolve the lower house by March 31, 2026?", "Haruto Mori", "dissolve"),
    ("Will Aroha Ngata reshuffle her cabinet by March 31, 2026?", "Aroha Ngata", "reshuffle"),
])
def test_round61_appointment_and_dismissal_questions_ask_the_new_families(question: str, actor: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == (actor, action, None)


def test_round61_firing_a_missile_is_still_asked_as_a_launch() -> None:
    assert parse_question("Will North Korea fire a ballistic missile by March 31, 2026?").action == "launch"


_PLAN = ("VALLETTA, March 12 (Wire) - President Marta Caruana will appoint Joseph Vella as prime minister on Monday at "
         "the presidential palace, her spokesman said on Thursday.", date(2026, 3, 12))
_DONE = ("VALLETTA, March 17 (Wire) - President Marta Caruana appointed Joseph Vella prime minister on Tuesday, a day "
         "later than planned, after the ceremony was pushed back.", date(2026, 3, 17))


@pytest.mark.slow
def test_round61_a_planned_appointment_and_the_report_of_it_are_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    (event,) = [e for e in store.events() if e.action == "appointed"]
    assert (event.actor.name, event.status, event.date.value, len(event.evidence)) == \
        ("Joseph Vella", "happened", "2026-03-17", 2)


@pytest.mark.slow
def test_round61_an_appointment_question_is_open_then_resolved_by_the_window(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    early_window = "Will Marta Caruana appoint Joseph Vella as prime minister by March 16, 2026?"
    late_window = "Will Marta Caruana appoint Joseph Vella as prime minister by March 31, 2026?"
    before = ask(store, late_window, date(2026, 3, 12))
    assert before.resolution is None and before.probability is not None and 0.2 < before.probability < 0.95, \
        before.reason
    assert (ask(store, early_window, date(2026, 3, 17)).resolution) == "no"
    after = ask(store, late_window, date(2026, 3, 17))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason


@pytest.mark.slow
def test_round61_a_planned_appointment_is_proposed_and_read_in_a_brief(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN])
    (proposal,) = propose(store, date(2026, 3, 12))
    assert proposal.question.startswith("Will Joseph Vella be appointed as prime minister")
    assert parse_question(proposal.question).action == "appointed"
    (event,) = store.events()
    assert event_line(event).startswith("Joseph Vella is appointed as prime minister")


@pytest.mark.slow
def test_round61_a_reshuffle_question_is_resolved_by_the_new_cabinet(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("WELLINGTON, March 9 (Wire) - Prime Minister Aroha Ngata said on Monday she would announce a cabinet "
         "reshuffle later this week.", date(2026, 3, 9)),
        ("WELLINGTON, March 12 (Wire) - Prime Minister Aroha Ngata unveiled a new-look cabinet on Thursday, promoting "
         "two backbenchers.", date(2026, 3, 12)),
    ])
    question = "Will Aroha Ngata reshuffle her cabinet by March 31, 2026?"
    before = ask(store, question, date(2026, 3, 9))
    assert before.resolution is None and before.probability is not None, before.reason
    after = ask(store, question, date(2026, 3, 12))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason


@pytest.mark.parametrize(("question", "action"), [
    ("Will Rui Lobo address the nation by March 20, 2026?", "address"),
    ("Will Rui Lobo give a speech by March 20, 2026?", "address"),
    ("Will Chen Wei-lun deliver his policy report to the Legislative Yuan by March 20, 2026?", "address"),
])
def test_round61_address_questions_ask_the_address_family(question: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.action, pattern.target) == (action, None)


def test_round61_an_election_is_never_a_confidence_vote_in_parliament() -> None:
    from dateline.store.merge import what_compatible
    assert what_compatible("snap election", "confidence vote") is False
    assert what_compatible("election", "budget") is False
    assert what_compatible("general election", "parliamentary election") is True
    assert what_compatible("election", "vote") is None


@pytest.mark.slow
def test_round61_a_snap_election_question_is_not_resolved_by_a_confidence_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LISBON, March 12 (Wire) - Prime Minister Ana Costa lost a confidence vote in parliament on Wednesday. "
         "President Rui Lobo is expected to call an early election.", date(2026, 3, 12)),
    ])
    answer = ask(store, "Will Portugal hold a snap election by May 31, 2026?", date(2026, 3, 12))
    assert answer.resolution is None, answer.reason


def test_round61_offering_a_resignation_is_asked_as_a_resignation() -> None:
    pattern = parse_question("Will Pieter Smit offer his resignation to the king by June 5, 2026?")
    assert (pattern.actor, pattern.action) == ("Pieter Smit", "resign")


def test_round61_being_confirmed_in_a_post_is_asked_as_an_appointment() -> None:
    pattern = parse_question("Will Maria Lopez be confirmed as ambassador to Mexico by March 31, 2026?")
    assert (pattern.actor, pattern.action, pattern.target) == ("Maria Lopez", "appointed", None)


@pytest.mark.slow
def test_round61_a_short_name_with_an_article_prefix_joins_the_full_name(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CAIRO, Sept 20 (Wire) - Egyptian President Abdel Karim al-Masri will visit Djibouti on Thursday, his office "
         "said.", date(2026, 9, 20)),
        ("CAIRO, Sept 22 (Wire) - Masri's visit to Djibouti has been postponed to early October, the presidency said on "
         "Tuesday.", date(2026, 9, 22)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.actor.name, e.status, e.date.value) for e in visits] == [("Abdel Karim al-Masri", "postponed", "2026-10")]


@pytest.mark.slow
def test_round61_talks_held_a_day_late_resolve_a_question_on_the_planned_day_at_once(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KUALA LUMPUR, Jan 8 (Wire) - Malaysian Prime Minister Idris Rahman will fly to Jakarta on Monday for annual "
         "consultations with Indonesian President Budi Santoso, the foreign ministry said on Thursday.", date(2026, 1, 8)),
        ("JAKARTA, Jan 13 (Wire) - Idris Rahman met Budi Santoso at the Merdeka Palace on Tuesday, a day later than "
         "planned, after storms forced his flight to turn back on Monday. The two leaders agreed to meet again in Kuala "
         "Lumpur later in the year.", date(2026, 1, 13)),
    ])
    answer = ask(store, "Will Idris Rahman meet Budi Santoso in Jakarta on January 12?", date(2026, 1, 13))
    assert (answer.answer, answer.resolution) == ("no", "no"), answer.reason


@pytest.mark.slow
def test_round61_an_appointment_planned_and_the_swearing_in_that_day_are_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KATHMANDU, March 7 (Wire) - President Hari Lamsal will appoint Ram Adhikari as prime minister on Sunday, his "
         "office said.", date(2026, 3, 7)),
        ("KATHMANDU, March 8 (Wire) - Ram Adhikari was sworn in as prime minister on Sunday.", date(2026, 3, 8)),
    ])
    taken = [e for e in store.events() if e.action in ("appointed", "inaugurate")]
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in taken] == \
        [("Ram Adhikari", "happened", "2026-03-08", 2)]


@pytest.mark.slow
def test_round61_a_two_state_summit_called_off_undated_is_the_hosts_plan_called_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUANDA, Dec 11 (Wire) - Angolan President Joao Lourenco will host Congolese President Felix Tshisekedi and "
         "Rwandan President Paul Kagame in Luanda on Sunday for talks, the Angolan presidency said on Thursday.",
         date(2025, 12, 11)),
        ("LUANDA, Dec 14 (Wire) - A planned summit between the leaders of Congo and Rwanda in the Angolan capital was "
         "called off hours before it was due to start, after the Rwandan delegation failed to arrive, Angola's "
         "presidency said.", date(2025, 12, 14)),
    ])
    hosts = [e for e in store.events() if e.action == "host"]
    assert [(e.status, e.date.value) for e in hosts] == [("cancelled", "2025-12-14")]
    assert not [e for e in store.events() if e.status == "denied"]
    answer = ask(store, "Will Paul Kagame meet Felix Tshisekedi in Luanda on December 14?", date(2025, 12, 14))
    assert answer.resolution == "no", answer.reason
