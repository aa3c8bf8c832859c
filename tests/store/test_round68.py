"""Round 68 (session 54): a signing put off to a month and then done with the other state's minister is one event;
a denial told with the other side's state ("denied reports that X would sign a gas deal with Egypt this week") is the
plan of that state's minister; a signing ceremony of two states named by a hyphen, moved to another city and then
held there, is one event; a summit held, told of its participants ("Nordic leaders gathered in Bergen on Thursday for
a summit"), is the stored hosting, held. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round68_a_signing_put_off_to_a_month_then_done_with_the_ministers_counterpart_is_one_event(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 1 (Wire) - Peruvian Trade Minister Ana Quiroz will sign a trade agreement with Thailand in Bangkok "
         "next Tuesday, officials said.", date(2026, 6, 1)),
        ("BANGKOK, June 5 (Wire) - The signing of the trade agreement between Peru and Thailand, planned for Tuesday in "
         "Bangkok, has been postponed until July, the Thai commerce ministry said on Friday.", date(2026, 6, 5)),
        ("LIMA, July 8 (Wire) - Peru and Thailand signed their trade agreement on Tuesday in Bangkok. Ana Quiroz and "
         "Thai Commerce Minister Somsak Chaiyo put their signatures to the text at the Government House.",
         date(2026, 7, 8)),
    ])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.date.value, len({ev.article_id for ev in e.evidence})) for e in signs] == \
        [("Ana Quiroz", "happened", "2026-07-07", 3)]
    assert [h.status for h in signs[0].history] == ["planned", "postponed", "happened"]


@pytest.mark.slow
def test_round68_a_denial_told_with_the_other_state_is_its_ministers_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CAIRO, June 1 (Wire) - Egyptian Oil Minister Hany Fawzi will sign a gas supply deal with Greek Energy Minister "
         "Nikos Laskaris in Athens on Saturday, two officials said on Monday.", date(2026, 6, 1)),
        ("ATHENS, June 2 (Wire) - Greece's energy ministry on Tuesday denied reports that Minister Nikos Laskaris would "
         "sign a gas deal with Egypt this week. \"No signing is planned,\" a spokesman said.", date(2026, 6, 2)),
    ])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.date.value, len({ev.article_id for ev in e.evidence})) for e in signs] == \
        [("Hany Fawzi", "denied", "2026-06-06", 2)]
    assert ask(store, "Will Hany Fawzi sign a gas deal with Nikos Laskaris?", as_of=date(2026, 6, 3)).probability < 0.3


@pytest.mark.slow
def test_round68_a_signing_ceremony_moved_then_held_is_one_event_at_its_new_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SANTIAGO, June 1 (Wire) - Chilean Foreign Minister Jorge Bravo will sign a fisheries accord with his Peruvian "
         "counterpart, Ana Quiroz, in Lima on Thursday, the ministry said.", date(2026, 6, 1)),
        ("LIMA, June 2 (Wire) - The signing ceremony for the Chile-Peru fisheries accord has been moved from Lima to "
         "Arica, the foreign ministry said on Tuesday. The date is unchanged.", date(2026, 6, 2)),
        ("ARICA, June 4 (Wire) - Chile and Peru signed a fisheries accord on Thursday. The accord was signed in Arica by "
         "Chilean Foreign Minister Jorge Bravo and Peruvian Foreign Minister Ana Quiroz.", date(2026, 6, 4)),
    ])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.place.name if e.place else None, e.date.value) for e in signs] == \
        [("Jorge Bravo", "happened", "Arica", "2026-06-04")]
    assert len({ev.article_id for ev in signs[0].evidence}) == 3


@pytest.mark.slow
def test_round68_a_summit_told_held_by_its_participants_is_the_hosting_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OSLO, June 1 (Wire) - Norway will host a summit of Nordic heads of government in Bergen on Thursday, the "
         "government said on Monday.", date(2026, 6, 1)),
        ("BERGEN, June 4 (Wire) - Nordic leaders gathered in Bergen on Thursday for a summit on Arctic shipping.",
         date(2026, 6, 4)),
    ])
    events = store.events()
    assert [(e.action, e.actor.name, e.status, e.date.value, len(e.evidence)) for e in events] == \
        [("host", "Norway", "happened", "2026-06-04", 2)]


@pytest.mark.slow
def test_round68_a_prison_visit_called_off_leaves_the_talks_with_another_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MINSK, June 1 (Wire) - Lithuanian Foreign Minister Rasa Petraitė will visit jailed opposition leader Oleg "
         "Sidorov in prison on Thursday during a two-day trip to Belarus, her ministry said on Monday. She is also "
         "scheduled to hold talks with Prime Minister Ivan Kozlov in Minsk on Friday.", date(2026, 6, 1)),
        ("MINSK, June 3 (Wire) - The authorities have refused to let Lithuania's top diplomat see the jailed opposition "
         "leader, and the planned prison visit has been cancelled, a Lithuanian official said on Wednesday.",
         date(2026, 6, 3)),
    ])
    meets = [e for e in store.events() if e.action == "meet"]
    assert [(e.status, [h.status for h in e.history]) for e in meets] == [("planned", ["planned"])]


@pytest.mark.slow
def test_round68_a_hearing_put_off_and_moved_then_held_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("JOHANNESBURG, June 1 (Wire) - Former minister Themba Zulu's hearing is set for Thursday in the Johannesburg "
         "High Court, prosecutors said.", date(2026, 6, 1)),
        ("JOHANNESBURG, June 3 (Wire) - Themba Zulu's hearing has been postponed to June 22 and moved to the High "
         "Court in Durban, prosecutors said on Wednesday.", date(2026, 6, 3)),
        ("DURBAN, June 22 (Wire) - Former minister Themba Zulu appeared before the Durban High Court on Monday and "
         "pleaded not guilty to fraud.", date(2026, 6, 22)),
    ])
    hearings = [e for e in store.events() if e.action == "hearing"]
    assert [(e.status, e.date.value, e.place.name if e.place else None, len(e.evidence)) for e in hearings] == \
        [("happened", "2026-06-22", "Durban", 3)]
