"""Round 41 (audits 81-88): a question that names states answers from their leaders' events when the store knows
the leaders but no event of the states themselves ("Will Ghana and Togo sign an agreement?" with the signing stored
under Ghana's president); a state the store knows nobody of stays unknown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored

pytestmark = pytest.mark.slow

_PLAN = ("ACCRA, June 2 (Dateline) - Ghanaian President Kofi Mensah will host Togolese President Edem Kpodar in Accra "
         "on June 16 to sign an agreement on electricity trading.", date(2027, 6, 2))


@pytest.mark.parametrize("question", ["Will Ghana and Togo sign an agreement by June 25, 2027?",
                                      "Will Ghana sign an agreement with Togo by June 25, 2027?",
                                      "Will Togo sign an agreement with Ghana by June 25, 2027?"])
def test_round41_a_question_naming_states_answers_from_their_leaders(tmp_path: Path, question: str) -> None:
    store = stored(tmp_path, [_PLAN])
    answer = ask(store, question, date(2027, 6, 3))
    assert answer.event is not None and answer.event.action == "sign" and answer.probability is not None


def test_round41_a_state_the_store_knows_nobody_of_stays_unknown(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN])
    answer = ask(store, "Will Mali sign an agreement with Togo by June 25, 2027?", date(2027, 6, 3))
    assert answer.answer == "unknown" and answer.event is None and "Mali" in answer.reason


def test_round41_a_states_resolution_follows_its_leaders_signing(tmp_path: Path) -> None:
    done = ("ACCRA, June 17 (Dateline) - Ghanaian President Kofi Mensah and Togolese President Edem Kpodar signed an "
            "agreement on electricity trading in Accra on Wednesday.", date(2027, 6, 17))
    store = stored(tmp_path, [_PLAN, done])
    answer = ask(store, "Will Ghana and Togo sign an agreement by June 25, 2027?", date(2027, 6, 18))
    assert answer.resolution == "yes"


def test_round41_both_governments_saying_so_is_an_official_source(tmp_path: Path) -> None:
    store = stored(tmp_path, [("President Andres Villacis and President Lucia Paredes will meet in Loja on Tuesday, "
                               "both governments said on Sunday.", date(2027, 6, 6))])
    answer = ask(store, "Will Lucia Paredes meet Andres Villacis by June 15, 2027?", date(2027, 6, 6))
    assert answer.answer == "yes" and answer.probability is not None and answer.probability > 0.6
