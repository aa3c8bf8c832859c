"""Round 56 (session 42, audits 209-210): a court asked about with its place or kind ("a Yangon court"), by the verb
"convict"; the defence ministers of two states asked about after the plan with an office met its holder.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored

_TRIAL = ("YANGON, June 1 (Wire) - A special court in Yangon is expected to deliver its verdict on June 15 in the "
          "trial of the blogger Min Khant Oo, his lawyer said on Monday.", date(2026, 6, 1))
_VERDICT = ("YANGON, June 15 (Wire) - The blogger Min Khant Oo was convicted of incitement on Monday by a special "
            "court in Yangon and jailed for two years, his lawyer said.", date(2026, 6, 15))


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Will a Yangon court convict Min Khant Oo by June 30, 2026?",
    "Will the special court convict Min Khant Oo by June 30, 2026?",
    "Will Min Khant Oo be convicted by June 30, 2026?",
])
def test_round56_a_court_told_with_its_place_asks_about_the_defendant(tmp_path: Path, question: str) -> None:
    store = stored(tmp_path, [_TRIAL, _VERDICT])
    before = ask(store, question, date(2026, 6, 2))
    assert before.event is not None and not before.resolved, before.reason
    after = ask(store, question, date(2026, 6, 16))
    assert (after.resolved, after.resolution) == (True, "yes"), after.reason


@pytest.mark.slow
def test_round56_ministers_of_two_states_who_met_elsewhere_resolve_yes(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("VIENTIANE, March 10 (Wire) - Defence Minister Khamla Sithong will sit down with his Vietnamese counterpart in "
         "Pakse on March 19, the ministry said.", date(2026, 3, 10)),
        ("SAVANNAKHET, Laos, March 21 (Wire) - Lao Defence Minister Khamla Sithong and Vietnamese Defence Minister Tran "
         "Van Hoa met on Friday in Savannakhet, a day later than scheduled and rather than in Pakse as first planned.",
         date(2026, 3, 21)),
    ])
    answer = ask(store, "Will the defence ministers of Laos and Vietnam meet before March 31, 2026?", date(2026, 3, 22))
    assert (answer.resolved, answer.resolution) == (True, "yes"), answer.reason


@pytest.mark.slow
def test_round56_a_facility_named_after_its_town_is_asked_by_the_town(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SAN JOSE, June 8 (Wire) - Costa Rica will open a new cargo terminal at the international airport in Liberia "
         "on Thursday, the transport ministry said.", date(2026, 6, 8)),
        ("LIBERIA, Costa Rica, June 12 (Wire) - Costa Rica opened a new cargo terminal at the international airport on "
         "Thursday.", date(2026, 6, 12)),
    ])
    question = "Will Costa Rica open the new cargo terminal at Liberia airport by June 30, 2026?"
    before = ask(store, question, date(2026, 6, 9))
    assert before.event is not None and not before.resolved, before.reason  # the Costa Rican town, as the store knows it
    after = ask(store, question, date(2026, 6, 13))
    assert (after.resolved, after.resolution) == (True, "yes"), after.reason


@pytest.mark.slow
def test_round56_a_place_name_opening_the_asked_object_is_its_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, March 25 (Wire) - Energy Minister Tomas Rivas will inaugurate a desalination plant in Antofagasta "
         "on April 9, the ministry said.", date(2026, 3, 25)),
        ("ANTOFAGASTA, Chile, April 10 (Wire) - Energy Minister Tomas Rivas inaugurated a desalination plant in "
         "Antofagasta on Thursday.", date(2026, 4, 10)),
    ])
    answer = ask(store, "Will Tomas Rivas inaugurate the Antofagasta desalination plant by April 10, 2026?",
                 date(2026, 4, 11))
    assert (answer.resolved, answer.resolution) == (True, "yes"), answer.reason
