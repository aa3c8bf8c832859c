"""Round 35 (audit 57, own-words articles): "Police" opening a sentence is no person's name; a city name that runs on
into a longer Romance name ("the Casa Grande del Pueblo") is no city; "Santiago de Chile" is Santiago.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import datelined_events, of_action as _of

pytestmark = pytest.mark.slow


def test_round35_police_opening_a_sentence_is_no_person(nlp: Language, tmp_path: Path) -> None:
    text = ("LOME, May 12 - Police in Togo arrested opposition politician Koffi Mensah at his home in Lome on Monday, "
            "his lawyers said. His party called a march in Lome for Saturday.")
    (march,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 5, 12)), "protest")
    assert march.actor.name != "Police" and march.actor.kind != "person"


def test_round35_a_city_name_running_on_into_a_palace_name_is_no_city(nlp: Language, tmp_path: Path) -> None:
    text = ("LA PAZ, March 11 - Ana Salas and Mateo Quispe signed the accord at the Casa Grande del Pueblo on "
            "Wednesday.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 11)), "sign")
    assert ev.place is None or ev.place.country == "Bolivia"


def test_round35_santiago_de_chile_is_santiago(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, March 11 - President Ana Roca flew to Santiago de Chile on Wednesday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 11)), "travel")
    assert (ev.place and ev.place.name, [c.name for c in ev.counterparts]) == ("Santiago", [])


def test_round35_a_start_date_of_what_a_vote_decides_is_not_the_votes(nlp: Language, tmp_path: Path) -> None:
    text = ("RIGA, Aug 18 - On Tuesday, the Saeima, Latvia's parliament, met in an extraordinary session and voted "
            "60-30 to raise defence spending to 4 percent of GDP from next year.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 8, 18)), "vote")
    assert (ev.date.value, ev.status) == ("2027-08-17", "happened")


def test_round35_a_starting_day_refines_later_this_month(nlp: Language, tmp_path: Path) -> None:
    text = ("QUITO, June 2 - Peru's president, Elena Varga, will make a visit to Ecuador later this month, beginning on "
            "June 15, her office said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 6, 2)), "visit")
    assert (ev.date.value, ev.status) == ("2027-06-15", "planned")
