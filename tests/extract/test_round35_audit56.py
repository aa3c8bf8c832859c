"""Round 35 (audit 56, own-words articles): a plan told of a country and its denial told of a city in it; a month in a
date is no march; an election that only frames another clause is the state's; arrested strikers; a verb's object after
an aside; "It" for the state the sentence before is about; a conjoined act counted in days from the one before it.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of, text_events as _events

pytestmark = pytest.mark.slow


def test_round35_a_visit_to_a_country_denied_of_its_capital_is_one_visit(tmp_path: Path) -> None:
    plan = ("ASUNCION, May 15 - Paraguayan Foreign Minister Ramon Benitez will visit Samoa later this month, the ministry "
            "said.", date(2028, 5, 15))
    denied = ("APIA, May 19 - Samoa's government on Friday denied that Paraguayan Foreign Minister Ramon Benitez would "
              "visit Apia this month.", date(2028, 5, 19))
    store = stored(tmp_path, [plan, denied])
    (ev,) = store.events()
    assert (ev.action, ev.status) == ("visit", "denied")


def test_round35_a_month_in_a_date_is_no_march(nlp: Language, tmp_path: Path) -> None:
    text = ("YAOUNDE, March 8 - A visit by Colombian Foreign Minister Lucia Arbelaez has been postponed until March 23, "
            "the ministry said. The delay was announced as dock workers in Douala entered a fourth day of a strike. "
            "The strike, which began on Friday, has halted most container traffic.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 8))
    assert not [e for e in _of(events, "protest") if e.actor.name == "Lucia Arbelaez"]


def test_round35_an_election_framing_another_clause_is_the_states(nlp: Language, tmp_path: Path) -> None:
    text = ("APIA, May 19 - Prime Minister Tavita Leota's party won a seat last week ahead of a general election that "
            "the electoral commission has set for August 25.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 5, 19)), "vote")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Samoa", "2028-08-25", "planned")


def test_round35_police_arresting_strikers_is_an_arrest(nlp: Language, tmp_path: Path) -> None:
    text = ("YAOUNDE, March 8 - Police arrested 14 strikers on Saturday after clashes near the port gates in Douala, a "
            "union official said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 8)), "arrest")
    assert (ev.actor.name, ev.what, ev.date.value) == ("Cameroon", "strikers", "2027-03-06")


def test_round35_an_object_after_a_tally_aside_is_the_verbs(nlp: Language, tmp_path: Path) -> None:
    text = ("BOGOTA, March 3 - The Senate last Thursday approved, by 61 votes to 29, a bill creating an export fund for "
            "small farmers.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 3)), "vote")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Senate of Colombia", "2027-02-25", "happened")


def test_round35_it_opening_a_sentence_is_the_state_of_the_sentence_before(nlp: Language, tmp_path: Path) -> None:
    text = ("CAIRO, September 6 - Egypt has stepped up diplomacy with upstream states. It will host a regional water "
            "conference in Sharm el-Sheikh from October 18 to 20.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 9, 6)), "host")
    assert (ev.actor.name, ev.date.value) == ("Egypt", "2027-10-18")


def test_round35_it_takes_place_is_no_state(nlp: Language) -> None:
    text = "Egypt has stepped up diplomacy with upstream states. It will take place in May."
    assert not [e for e in _events(nlp, text, date(2027, 9, 6)) if e.actor.name == "Egypt"]


def test_round35_a_conjoined_act_two_days_later_counts_from_the_first(nlp: Language) -> None:
    text = "Finance Minister Kofi Mensah will hold talks in Lagos on June 20 and travel to Abuja two days later."
    (ev,) = _of(_events(nlp, text, date(2027, 6, 9)), "travel")
    assert (ev.place and ev.place.name, ev.date.value) == ("Abuja", "2027-06-22")


def test_round35_a_strike_told_separately_is_no_risk_to_a_visit(tmp_path: Path) -> None:
    from dateline.reason.ask import ask

    plan = ("BOGOTA, March 3 - Colombian Foreign Minister Lucia Arbelaez will travel to Yaounde next Tuesday for talks "
            "with her Cameroonian counterpart, the foreign ministry said on Wednesday.", date(2027, 3, 3))
    moved = ("YAOUNDE, March 8 - A visit to Yaounde by Colombian Foreign Minister Lucia Arbelaez has been postponed until "
             "March 23, the foreign ministry said on Monday.", date(2027, 3, 8))
    aside = " Separately, dock workers in the port city of Douala are on strike over unpaid bonuses."
    question = "Will Lucia Arbelaez visit Yaounde by March 31, 2027?"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    alone = ask(stored(tmp_path / "a", [plan, moved]), question, date(2027, 3, 10))
    with_aside = ask(stored(tmp_path / "b", [plan, (moved[0] + aside, moved[1])]), question, date(2027, 3, 10))
    assert with_aside.probability == alone.probability


def test_round35_a_persons_record_in_a_relative_clause_is_no_event(nlp: Language) -> None:
    text = "Foreign Minister Ana Silva, who has visited China three times, will travel to Japan on Monday."
    assert [e.action for e in _events(nlp, text, date(2027, 9, 6))] == ["travel"]


def test_round35_a_perfect_relative_clause_with_no_count_still_tells_its_event(nlp: Language) -> None:
    text = "Foreign Minister Ana Silva, who has arrived in Paris, will meet President Jean Roux on Monday."
    assert {e.action for e in _events(nlp, text, date(2027, 9, 6))} == {"arrive", "meet"}
