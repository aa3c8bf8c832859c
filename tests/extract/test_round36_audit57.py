"""Round 36 (audit 57 repro groups, own-words articles): a plan moved to a new place by a verb whose subject names the
old one; a meeting of named officials announced by others; a hosted gathering moved away; a trip done a day late with
its purpose; an act told "during the visit" to a country; a thing named by its plan; two states' act told again of
their people either way round; a participle of the same act; a body that met in session to vote.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of

pytestmark = pytest.mark.slow

#: A Tuesday.
APRIL_20 = date(2027, 4, 20)


def _where(events: list, action: str) -> list[tuple[str | None, str | None, str]]:
    return sorted((e.place.name if e.place else None, e.date.value, e.status) for e in _of(events, action))


def test_round36_a_visit_moved_to_a_new_town_is_planned_there_and_off_at_the_old(nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, April 20 - Kaja Tamm's visit to Riga, planned for May 10, has been moved to Valmiera, her office "
            "said.")
    assert _where(datelined_events(nlp, tmp_path, text, APRIL_20), "visit") == [
        ("Riga", "2027-05-10", "cancelled"), ("Valmiera", "2027-05-10", "planned")]


def test_round36_a_visit_moved_told_as_one_clause_by_the_parser(nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, April 20 - Kaja Tamm's visit to Riga planned for May 10 has been moved to Valmiera, her office "
            "said.")
    assert _where(datelined_events(nlp, tmp_path, text, APRIL_20), "visit") == [
        ("Riga", "2027-05-10", "cancelled"), ("Valmiera", "2027-05-10", "planned")]


def test_round36_a_meeting_planned_for_one_city_moved_to_another_is_off_there(nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, April 20 - The meeting of EU farm ministers planned for Riga on May 10 has been moved to Tallinn, "
            "the Estonian government said.")
    assert _where(datelined_events(nlp, tmp_path, text, APRIL_20), "hold") == [
        ("Riga", "2027-05-10", "cancelled"), ("Tallinn", "2027-05-10", "planned")]


def test_round36_a_meeting_of_officials_is_not_the_announcers(nlp: Language, tmp_path: Path) -> None:
    text = ("TALLINN, April 20 - Estonian Prime Minister Mari Kask met her Latvian counterpart on Monday. The two "
            "leaders announced that a meeting of EU farm ministers will take place in Tallinn on May 10.")
    events = datelined_events(nlp, tmp_path, text, APRIL_20)
    assert [(e.date.value, e.status) for e in events if e.actor.name == "Mari Kask"] == [("2027-04-19", "happened")]
    assert _where(events, "hold") == [("Tallinn", "2027-05-10", "planned")]


def test_round36_a_gathering_moved_away_calls_off_its_hosting(tmp_path: Path) -> None:
    plan = ("RIGA, April 5 - Latvia will host a meeting of EU farm ministers in Riga on May 10, the government said.",
            date(2027, 4, 5))
    moved = ("TALLINN, April 20 - The meeting of EU farm ministers planned for Riga on May 10 has been moved to "
             "Tallinn, the Estonian government said.", APRIL_20)
    store = stored(tmp_path, [plan, moved])
    (host,) = [e for e in store.events() if e.action == "host"]
    assert (host.place and host.place.name, host.status) == ("Riga", "cancelled")
    assert [(e.place and e.place.name, e.status) for e in store.events() if e.status == "planned"] == [
        ("Tallinn", "planned")]


def test_round36_a_purpose_done_a_day_later_than_planned_is_the_trip_done(tmp_path: Path) -> None:
    plan = ("SUCRE, May 5 - Chile's trade minister, Pablo Rivas, will travel to Sucre next Tuesday to sign a customs "
            "agreement with Bolivian officials, the ministry said.", date(2027, 5, 5))
    done = ("SUCRE, May 13 - Pablo Rivas signed the customs agreement in Sucre on Wednesday, a day later than "
            "planned.", date(2027, 5, 13))
    store = stored(tmp_path, [plan, done])
    assert sorted((e.action, e.date.value, e.status) for e in store.events()) == [
        ("sign", "2027-05-12", "happened"), ("travel", "2027-05-12", "happened")]


def test_round36_an_act_during_a_visit_to_a_country_is_in_that_country(nlp: Language, tmp_path: Path) -> None:
    text = ("QUITO, June 2 - Peru's president, Elena Varga, will visit Ecuador on June 15, her office said. During the "
            "visit, Varga will sign a border agreement, officials said.")
    assert _where(datelined_events(nlp, tmp_path, text, date(2027, 6, 2)), "sign") == [
        ("Ecuador", "2027-06-15", "planned")]


def test_round36_a_thing_named_by_its_plan_tells_no_act_of_its_own(tmp_path: Path) -> None:
    plan = ("QUITO, June 2 - Peru's president, Elena Varga, will visit Ecuador on June 15, her office said. During the "
            "visit, Varga will sign a border agreement, officials said.", date(2027, 6, 2))
    off = ("QUITO, June 10 - A visit to Ecuador by Peruvian President Elena Varga, which had been due on June 15, has "
           "been postponed to July 6, the foreign ministry said. The border agreement that Varga was to sign will be "
           "signed during the rescheduled visit.", date(2027, 6, 10))
    store = stored(tmp_path, [plan, off])
    assert sorted((e.action, e.date.value, e.status) for e in store.events()) == [
        ("sign", "2027-07-06", "postponed"), ("visit", "2027-07-06", "postponed")]


def test_round36_two_states_signing_told_again_of_their_ministers(nlp: Language, tmp_path: Path) -> None:
    text = ("LA PAZ, March 11 - Bolivia and Peru signed a water agreement in La Paz on Wednesday. Peruvian Foreign "
            "Minister Ana Salas and Bolivian Foreign Minister Mateo Quispe signed the accord at the presidential "
            "palace.")
    told = {(e.actor.name, e.date.value, e.place and e.place.name)
            for e in _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 11)), "sign")}
    assert told == {("Ana Salas", "2027-03-10", "La Paz")}  # (one signing, told twice: the store joins the two)


def test_round36_a_participle_of_the_same_protest_is_no_second_protest(nlp: Language, tmp_path: Path) -> None:
    text = ("SANTIAGO, March 3 - The national truck drivers' union staged a 24-hour strike on Monday, blocking access "
            "roads to the port of Valparaiso to protest against fuel prices.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 3)), "protest")
    assert (ev.date.value, ev.place and ev.place.name) == ("2027-03-01", "Valparaiso")


def test_round36_a_body_that_met_in_session_and_voted_held_a_vote(nlp: Language, tmp_path: Path) -> None:
    text = ("RIGA, Aug 18 - On Tuesday, the Saeima, Latvia's parliament, met in an extraordinary session and voted "
            "60-30 to raise defence spending to 4 percent of GDP from next year.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 8, 18))
    assert [e.action for e in events] == ["vote"]


def test_round36_police_said_they_arrested_is_the_states_arrest(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, Oct 6 - Police said they arrested three union organisers in Lima on Monday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 10, 6)), "arrest")
    assert (ev.actor.name, ev.date.value, ev.place and ev.place.name) == ("Peru", "2027-10-04", "Lima")


def test_round36_a_sit_in_is_a_protest(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, Nov 10 - Families of migrant workers staged a sit-in outside the labour ministry in Lima on Monday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 11, 10)), "protest")
    assert (ev.date.value, ev.status, ev.place and ev.place.name) == ("2027-11-08", "happened", "Lima")


def test_round36_a_run_off_written_with_a_hyphen_is_a_vote(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, Oct 6 - The presidential run-off will be held on June 7."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 10, 6)), "vote")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Peru", "2028-06-07", "planned")


def test_round36_two_states_signing_told_again_of_a_minister_under_the_dateline(nlp: Language, tmp_path: Path) -> None:
    text = ("BANGKOK, June 14 - Thailand and Laos will sign a power trade agreement in Vientiane on Friday, the ministry "
            "said. Energy Minister Somchai Rattana and his Lao counterpart are expected to sign the deal at the "
            "presidential palace.")
    told = {(e.actor.name, e.date.value) for e in _of(datelined_events(nlp, tmp_path, text, date(2027, 6, 14)), "sign")}
    assert told == {("Somchai Rattana", "2027-06-18")}  # (one signing, told twice: the store joins the two)


def test_round36_a_conjoined_act_of_a_strike_is_no_second_protest(nlp: Language, tmp_path: Path) -> None:
    text = ("ASUNCION, May 15 - The main truck drivers' union said it would begin an indefinite strike on Thursday and "
            "block highways around the capital unless the government cuts diesel prices.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 5, 15)), "protest")
    assert ev.date.value == "2028-05-18"
