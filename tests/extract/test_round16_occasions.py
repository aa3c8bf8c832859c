"""Events, round 16: occasions and stops the fresh-article audit 26 found without their place or day.

- joining an occasion told by its own event: "X will be sworn in on Saturday in Lilongwe. Y is expected to attend the
  inauguration" (or "the ceremony", a bare "will attend", "will host the leaders" after a summit's hold event) takes
  the occasion event's place and day (``referent_nouns`` in ``occasions.json``); a called-off occasion is never joined.
- a postponed gathering also moved ("postponed to May 11 and will now be held in Kigali") is at its new place, and
  the events that refer to the gathering are there too; "the sidelines of the Arusha summit" in the same sentence
  keeps its own place.
- "drop the final leg of her Asia tour": the change is of the actor's last planned stop told before (its place and
  day); with no such stop, nothing (no visit to "Asia"); "Asia" is a region, not a town in the Philippines.
- places after "off": "a naval drill off Jeju Island" (the parser's particle), "drills off Okinawa" (a name the
  recognizer calls a person).

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.extract.places import resolve_place

from .fixture_articles import action_rows as _of, Row, row, text_events as _events

pytestmark = pytest.mark.slow

#: A Monday: "on Saturday" (ahead) is 2026-05-09, "on Monday" (past, told in a later sentence) 2026-05-04.
ANCHOR = date(2026, 5, 4)



# 1. joining an occasion told by its own event


@pytest.mark.parametrize("text,row", [
    ("Ruth Phiri will be sworn in on Saturday in Lilongwe. Zambian President Joseph Banda is expected to attend the "
     "inauguration.", ("attend", "Joseph Banda", (), "Lilongwe", "2026-05-09", "planned")),
    ("Ruth Phiri will be sworn in on Saturday in Lilongwe. Her rival Peter Gondwe said he would attend the ceremony.",
     ("attend", "Peter Gondwe", (), "Lilongwe", "2026-05-09", "planned")),
    ("Ruth Phiri will be sworn in on Saturday in Lilongwe. Zambian President Joseph Banda has confirmed he will attend.",
     ("attend", "Joseph Banda", (), "Lilongwe", "2026-05-09", "planned")),
])
def test_round16_attend_takes_occasion(nlp: Language, text: str, row: Row) -> None:
    assert _of(_events(nlp, text, ANCHOR), "attend") == [row]


def test_round16_signing_ceremony_is_no_inauguration(nlp: Language) -> None:
    # "the signing ceremony" names another occasion than the swearing-in told before
    text = ("Ruth Phiri will be sworn in on Saturday in Lilongwe. Joseph Banda will attend the signing ceremony.")
    assert [(r[3], r[4]) for r in _of(_events(nlp, text, ANCHOR), "attend")] in ([], [(None, None)])


def test_round16_cancelled_occasion_not_joined(nlp: Language) -> None:
    text = ("The swearing-in of Ruth Phiri in Lilongwe on Saturday has been cancelled. Joseph Banda will attend the "
            "inauguration.")
    assert [(r[3], r[4]) for r in _of(_events(nlp, text, ANCHOR), "attend")] in ([], [(None, None)])


# 2. a postponed gathering also moved


def test_round16_postponed_and_moved_gathering(nlp: Language) -> None:
    text = ("A summit of Southern African leaders that was scheduled for May 20 in Gaborone has been postponed to "
            "June 11 and will now be held in Windhoek, the bloc said.")
    assert [(r[3], r[4], r[5]) for r in _of(_events(nlp, text, ANCHOR), "hold")] == [
        ("Windhoek", "2026-06-11", "postponed")]


def test_round16_host_of_moved_gathering(nlp: Language) -> None:
    text = ("A summit of Southern African leaders that was scheduled for May 20 in Gaborone has been postponed to "
            "June 11 and will now be held in Windhoek, the bloc said. Namibian President Tomas Haufiku will host the "
            "leaders.")
    assert _of(_events(nlp, text, ANCHOR), "host") == [
        ("host", "Tomas Haufiku", (), "Windhoek", "2026-06-11", "planned")]


# 3. a ranked leg of a tour


def test_round16_final_leg_is_last_stop(nlp: Language) -> None:
    text = ("Anita Varma will visit Hanoi on Tuesday and Jakarta on Saturday. A storm forced her to drop the final leg "
            "of her Asia tour.")
    assert [r for r in _of(_events(nlp, text, ANCHOR), "visit") if r[5] == "cancelled"] == [
        ("visit", "Anita Varma", (), "Jakarta", "2026-05-09", "cancelled")]


def test_round16_final_leg_without_stops_is_nothing(nlp: Language) -> None:
    text = "A storm forced Anita Varma to drop the final leg of her Asia tour."
    assert _of(_events(nlp, text, ANCHOR), "visit") == []


def test_round16_asia_is_a_region() -> None:
    ref = resolve_place("Asia")
    assert ref is not None and (ref.name, ref.kind, ref.country) == ("Asia", "region", None)


# 4. places after "off"


@pytest.mark.parametrize("text,place", [
    ("Japan will join a trilateral naval drill off Jeju Island on June 12.", "Jeju City"),
    ("Japanese and U.S. warships held joint drills off Okinawa on Monday.", "Okinawa"),
])
def test_round16_off_place(nlp: Language, text: str, place: str) -> None:
    assert [r[3] for r in _of(_events(nlp, text, ANCHOR), "exercise")] == [place]
