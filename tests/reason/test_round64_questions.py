"""Round 64 (session 50): a union's call of a strike for a day is the union's own announcement, an official cue, also
when the day of the call stands between "called" and its words ("called on Monday for a nationwide strike").
Sentences and names are our own. March 2, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.forecast import cue_hits

from ..stored import stored


@pytest.mark.parametrize("sentence", [
    "The Federation of Ports Workers called on Monday for a nationwide strike starting next Wednesday.",
    "The Federation of Ports Workers called a general strike for Wednesday.",
    "The federation called late on Monday for an indefinite strike from Wednesday.",
])
def test_round64_a_strike_call_is_an_official_cue(sentence: str) -> None:
    assert cue_hits(sentence, "official") >= 1


def test_round64_a_day_after_a_plain_verb_adds_no_cue() -> None:
    assert cue_hits("Workers marched on Monday for higher pay.", "official") == 0


@pytest.mark.slow
def test_round64_a_called_strike_is_more_likely_than_not(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MOMBASA, March 3 (Wire) - The Federation of Ports Workers called on Monday for a nationwide strike starting "
         "next Wednesday over unpaid allowances.", date(2026, 3, 3)),
    ])
    answer = ask(store, "Will the Federation of Ports Workers go on strike?", date(2026, 3, 3))
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.5


def test_round64_a_veto_is_asked_with_what_it_acts_on() -> None:
    from dateline.reason.question import parse_question
    pattern = parse_question("Will President Arrieta veto the mining bill by March 31, 2026?")
    assert (pattern.actor, pattern.action, pattern.what) == ("President Arrieta", "veto", "the mining bill")


@pytest.mark.slow
def test_round64_a_planned_veto_is_open_then_resolved_and_another_bill_is_not(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("QUITO, March 9 (Wire) - Ecuadorean President Tomas Arrieta will veto the mining bill on Friday, his office "
         "said on Monday.", date(2026, 3, 9)),
        ("QUITO, March 14 (Wire) - Arrieta on Friday vetoed the mining bill, sending it back to the National "
         "Assembly.", date(2026, 3, 14)),
    ])
    question = "Will Tomas Arrieta veto the mining bill by March 31, 2026?"
    before = ask(store, question, date(2026, 3, 9))
    assert before.resolution is None and before.probability is not None and before.probability > 0.5
    after = ask(store, question, date(2026, 3, 14))
    assert after.resolution == "yes" and after.cited is not None and "vetoed" in after.cited.sentence
    other = ask(store, "Will Tomas Arrieta veto the budget by March 31, 2026?", date(2026, 3, 14))
    assert other.resolution is None and (other.probability or 0) < 0.5


@pytest.mark.slow
def test_round64_a_guest_of_a_funeral_is_open_then_resolved_by_the_burial_report(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, March 9 (Wire) - The state funeral of former Ghanaian president Kofi Addo-Boateng will be held on "
         "Saturday in Accra, the government said on Monday. Several heads of state are expected to attend, among them "
         "Senegalese President Moussa Ndiaye, officials said.", date(2026, 3, 9)),
        ("ACCRA, March 14 (Wire) - Mourners filled the streets of Accra on Saturday as former president Kofi "
         "Addo-Boateng was laid to rest. Senegalese President Moussa Ndiaye was among the foreign dignitaries who "
         "attended the funeral at Independence Square.", date(2026, 3, 14)),
    ])
    question = "Will Moussa Ndiaye attend the funeral of Kofi Addo-Boateng?"
    before = ask(store, question, date(2026, 3, 10))
    assert before.resolution is None and before.event is not None and before.event.date.value == "2026-03-14"
    after = ask(store, question, date(2026, 3, 15))
    assert after.resolution == "yes" and after.cited is not None and "attended" in after.cited.sentence
    funeral = [e for e in store.events() if e.actor.name == "Kofi Addo-Boateng"]
    assert [(e.status, e.date.value, len(e.evidence)) for e in funeral] == [("happened", "2026-03-14", 2)]


@pytest.mark.slow
def test_round64_a_visit_put_off_to_a_later_date_is_unlikely_within_ten_days(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BEIRUT, April 6 (Wire) - Pope Leo XV will visit Lebanon later this month, the Vatican announced on Monday. "
         "The pontiff is scheduled to arrive in Beirut on April 24.", date(2026, 4, 6)),
        ("VATICAN CITY, April 20 (Wire) - The Pope's visit to Lebanon has been postponed because of an infection, the "
         "Vatican said on Monday. The trip, which had been set for Friday, will be rescheduled for a later date, a "
         "spokesman said.", date(2026, 4, 20)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.status, e.date.value) for e in visits] == [("postponed", None)]
    answer = ask(store, "Will Pope Leo XV visit Lebanon by April 30, 2026?", date(2026, 4, 21))
    assert answer.resolution is None and answer.probability is not None and answer.probability < 0.5


@pytest.mark.slow
def test_round64_a_signing_put_off_by_a_bare_noun_joins_a_plan_of_no_known_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, March 23 (Wire) - President Ramon Villanueva is set to sign the national budget into law on Thursday, "
         "the palace said on Monday.", date(2026, 3, 23)),
        ("MANILA, March 26 (Wire) - The signing of the national budget has been postponed to next Monday, his "
         "spokeswoman said on Thursday.", date(2026, 3, 26)),
        ("MANILA, March 30 (Wire) - President Ramon Villanueva signed the national budget into law on Monday.",
         date(2026, 3, 30)),
    ])
    signings = [e for e in store.events() if e.action == "sign"]
    assert [(e.status, e.date.value, [h.status for h in e.history]) for e in signings] == \
        [("happened", "2026-03-30", ["planned", "postponed", "happened"])]


@pytest.mark.slow
def test_round64_the_bill_in_the_plan_sentence_is_the_bill_asked_of(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, March 4 (Wire) - Chile's Senate approved a water rights reform bill on Wednesday. President Lucia "
         "Ferraz will sign the bill into law next Tuesday, her chief of staff told reporters.", date(2026, 3, 4)),
    ])
    answer = ask(store, "Will Lucia Ferraz sign the water rights bill?", date(2026, 3, 5))
    assert answer.event is not None and answer.resolution is None and (answer.probability or 0) > 0.5


@pytest.mark.slow
def test_round64_a_firm_plan_in_the_writers_voice_is_more_likely_than_not(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("PARIS, Oct 10 (Wire) - France's National Assembly will vote on a no-confidence motion against Prime Minister "
         "Claire Dupuis's government on Monday.", date(2026, 10, 10)),
    ])
    answer = ask(store, "Will France's National Assembly vote on the no-confidence motion?", date(2026, 10, 11))
    assert answer.resolution is None and (answer.probability or 0) > 0.5, answer.reason


@pytest.mark.parametrize("sentence", [
    "Parliament approved her nomination on Friday, clearing the way for her to be sworn in next Monday.",
    "The vote paved the way for the president to sign the bill next week.",
])
def test_round64_a_way_cleared_for_the_next_step_is_an_official_cue(sentence: str) -> None:
    assert cue_hits(sentence, "official") >= 1
