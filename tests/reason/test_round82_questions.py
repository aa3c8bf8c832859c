"""Round 82 (session 68): stories across articles from audits 290 and 294-299: a union's planned strike done by the
crowd it is named after, a crowd's strike told by "their union" and begun early, a U.N. agency's chief told by the
agency's description, and a question about a group whose name holds a verb. Sentences and names are our own. June 1,
2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


def _events(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round82_miners_striking_on_the_day_a_mining_union_of_no_known_country_called_is_its_strike(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GABORONE, June 2 (Wire) - About 5,000 workers at the Jwaneng diamond mine will down tools from Monday, "
         "June 8, the Mining and General Workers Union said on Tuesday.", date(2026, 6, 2)),
        ("JWANENG, Botswana, June 8 (Wire) - Thousands of diamond miners went on strike on Monday, halting "
         "production at the Jwaneng pit.", date(2026, 6, 8)),
    ])
    assert _events(store, "protest") == [("Mining and General Workers Union", "happened", "2026-06-08", 2)]
    answer = ask(store, "Will the Mining and General Workers Union go on strike by June 12, 2026?", date(2026, 6, 9))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round82_a_crowds_strike_told_by_their_union_and_begun_early_is_the_unions(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 2 (Wire) - Dockers at the port of Callao will go on strike from Monday, June 8, their union "
         "said on Tuesday. The Callao Port Workers' Union said the operator's plan would cut 900 jobs.",
         date(2026, 6, 2)),
        ("LIMA, June 5 (Wire) - Workers at the port of Callao walked off the job on Friday, three days earlier than "
         "planned.", date(2026, 6, 5)),
    ])
    assert _events(store, "protest") == [("Callao Port Workers' Union", "happened", "2026-06-05", 2)]
    answer = ask(store, "Will the Callao Port Workers' Union go on strike by June 6, 2026?", date(2026, 6, 3))
    assert answer.resolution is None and answer.answer == "no", answer.reason  # planned for June 8, outside the window


@pytest.mark.slow
def test_round82_the_un_refugee_chief_is_the_high_commissioner_named_before(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("AMMAN, June 3 (Wire) - The U.N. High Commissioner for Refugees, Petra Lindahl, will visit the Azraq "
         "refugee camp next Tuesday, her office said.", date(2026, 6, 3)),
        ("AZRAQ, Jordan, June 9 (Wire) - The U.N. refugee chief toured the Azraq camp on Tuesday, meeting families "
         "who fled the fighting.", date(2026, 6, 9)),
    ])
    assert _events(store, "visit") == [("Petra Lindahl", "happened", "2026-06-09", 2)]
    answer = ask(store, "Will Petra Lindahl visit Azraq by June 15, 2026?", date(2026, 6, 10))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round82_a_question_about_a_group_whose_name_holds_a_verb_asks_its_protest(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CARDIFF, June 9 (Wire) - Campaigners from the group Coal Free Wales will march through central Cardiff on "
         "Saturday to protest against a planned mine.", date(2026, 6, 9)),
    ])
    answer = ask(store, "Will Coal Free Wales protest in Cardiff by June 20, 2026?", date(2026, 6, 10))
    assert answer.answer != "unknown" and "releas" not in answer.reason and answer.probability is not None \
        and answer.probability >= 0.3, answer.reason


@pytest.mark.slow
def test_round82_a_question_about_a_house_of_representatives_electing_a_speaker_is_its_legislatures_vote(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("COLOMBO, June 2 (Wire) - Sri Lanka's parliament will elect a new speaker on June 10, officials said.",
         date(2026, 6, 2)),
    ])
    answer = ask(store, "Will Sri Lanka's House of Representatives elect a new Speaker by June 12, 2026?",
                 date(2026, 6, 3))
    assert answer.answer != "unknown" and answer.probability is not None and answer.probability >= 0.5, answer.reason
