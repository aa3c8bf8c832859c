"""Round 55 (session 41, audit 207): a body asked or told by an acronym the articles never spell out; an opening of a
border post moved to another day; a question's object told more precisely than the store tells it.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.store.identity import abbreviates

from ..stored import stored

_PLAN = ("SUVA, April 2 (Wire) - The Congress of Pacific Dock Workers said it would march to Parliament in Suva later "
         "this month to protest against proposed cuts to port wages.", date(2027, 4, 2))
_DONE = ("SUVA, April 20 (Wire) - In Suva, thousands of COPDW members marched to Parliament on April 14 to protest "
         "against the port wage cuts, handing a petition to the speaker.", date(2027, 4, 20))


@pytest.mark.parametrize(("short", "name", "expected"), [
    ("COPDW", "Congress of Pacific Dock Workers", True),   # two letters of the first word
    ("NATO", "North Atlantic Treaty Organization", True),
    ("SADC", "Southern African Development Community", True),
    ("CPW", "Congress of Pacific Dock Workers", False),    # a word left out
    ("EU", "European Union", False),                       # too short to tell by letters alone
])
def test_round55_an_acronym_is_letters_of_each_word_of_the_name(short: str, name: str, expected: bool) -> None:
    assert abbreviates(short, name) is expected


@pytest.mark.slow
def test_round55_members_of_a_body_told_by_its_acronym_are_the_bodys_march(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    marches = [e for e in store.events() if e.action == "protest"]
    assert [(e.actor.name, e.status, e.date.value) for e in marches] == [
        ("Congress of Pacific Dock Workers", "happened", "2027-04-14")]
    assert len({ev.article_id for ev in marches[0].evidence}) == 2


@pytest.mark.slow
def test_round55_a_question_by_acronym_finds_the_body_told_by_name(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN])
    answer = ask(store, "Will COPDW march to Parliament in Suva before April 30?", date(2027, 4, 3))
    assert answer.event is not None and answer.event.actor.name == "Congress of Pacific Dock Workers", answer.reason


@pytest.mark.slow
def test_round55_an_opening_moved_to_another_day_is_one_opening(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, April 2 (Wire) - Prime Minister Tevita Lolohea will visit Nuku'alofa next week for talks with Prime "
         "Minister Siaosi Fonua. The two leaders will also open a new one-stop border post at the Vuna wharf on "
         "Wednesday.", date(2027, 4, 2)),
        ("SUVA, April 7 (Wire) - Fijian Prime Minister Tevita Lolohea arrived in Nuku'alofa on Tuesday for talks with "
         "his Tongan counterpart Siaosi Fonua. Lolohea will extend his stay and the two prime ministers are now due to open the facility together on Friday.",
         date(2027, 4, 7)),
    ])
    openings = [e for e in store.events() if e.action == "open"]
    assert len(openings) == 1, [(e.actor.name, e.status, e.date.value, e.what) for e in openings]
    assert (openings[0].status, openings[0].date.value) == ("planned", "2027-04-09")
    answer = ask(store, "Will Tevita Lolohea open the Vuna one-stop border post before April 30?", date(2027, 4, 3))
    assert answer.event is not None, answer.reason
