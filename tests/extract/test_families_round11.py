"""Families, round 11: the phases of a strike, talks that resume, and the ceremony and hearing gaps left by round 10.

- strike phases: an event noun of the protest family owned by a crowd word is that crowd's ("The nurses' strike began
  on Monday": the nurses, happened that day; "the union said the strike would start on May 12": the union, planned);
  "entered its third day on Wednesday" is going on, dated from its first day ("its second week" gives no day); an
  ending told in the past ("ended their strike on Thursday", "..., ending the strike") is a strike that happened, with
  no day of its own (Thursday is its end); "the strike closed dozens of clinics" or "Residents said the strike had
  closed the shops" give no strike of anyone.
- talks resuming: "Peace talks between A and B are set to resume next week in Doha" takes the week and the place of
  "resume"; "The talks will resume on May 12" takes the parties of the article's earlier talks when they all name the
  same ones (never when another meeting names someone alone); under a dateline, "between the <named union> and the
  government" is the dateline country's government, not when the union is unnamed.
- ceremonies and hearings: "the swearing-in of X" (split by the tokenizer) is X's; a guest who attends "the
  inauguration of X" also tells X's swearing-in, on the guest's day; "X's testimony to the committee has been postponed
  to June 3" is postponed; "the hearing was adjourned until June 3" moves a testimony told before (round 10), and
  stays nothing when none was.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import Row, article_events, row, text_events as _events, what_rows as _rows

pytestmark = pytest.mark.slow

#: A Thursday: "on Monday" (past) is 2026-05-04, "on Friday" (ahead) 2026-05-08.
ANCHOR = date(2026, 5, 7)


def _contacts(events: list[Event]) -> list[Row]:
    """RETURNS (list[Row]): the meet and negotiate events, in order, with their place."""
    return [row(e) for e in events if e.action in ("meet", "negotiate")]


# 1. strike phases


@pytest.mark.parametrize("text,row", [
    ("The nurses' strike began on Monday.",
     ("protest", "nurses", (), "strike", "2026-05-04", "happened")),
    ("The union said the strike would start on May 12.",
     ("protest", "union", (), "strike", "2026-05-12", "planned")),
    ("The teachers' strike will begin on May 12, the union said.",
     ("protest", "teachers", (), "strike", "2026-05-12", "planned")),
    ("The nurses' strike is set to resume on May 12.",
     ("protest", "nurses", (), "strike", "2026-05-12", "planned")),
])
def test_strike_owned_by_its_crowd(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("protest",)) == [row]


def test_strike_entering_its_third_day_is_ongoing_since_its_first(nlp: Language) -> None:
    (event,) = [e for e in _events(nlp, "The teachers' strike entered its third day on Wednesday.", ANCHOR)
                if e.action == "protest"]
    assert (event.actor.name, event.date.value, event.date.note, event.status) == (
        "teachers", "2026-05-04", "day 3 on 2026-05-06", "ongoing")


def test_strike_entering_its_second_week_has_no_day(nlp: Language) -> None:
    assert _rows(_events(nlp, "The nurses' strike entered its second week on Monday.", ANCHOR), ("protest",)) == [
        ("protest", "nurses", (), "strike", None, "ongoing")]


def test_bare_strike_entering_its_third_day_is_the_earlier_strike(nlp: Language) -> None:
    text = "Teachers went on strike on Monday. The strike entered its third day on Wednesday."
    assert _rows(_events(nlp, text, ANCHOR), ("protest",)) == [
        ("protest", "teachers", (), "strike", "2026-05-04", "happened"),
        ("protest", "teachers", (), "strike", "2026-05-04", "ongoing")]


def test_strike_called_off_by_a_named_union(nlp: Language) -> None:
    rows = _rows(_events(nlp, "The nurses' union said the strike was called off on Friday.", ANCHOR), ("protest",))
    assert rows == [("protest", "nurses' union", (), "strike", None, "cancelled")]


@pytest.mark.parametrize("text,actor", [
    ("Workers returned to work on Thursday, ending the strike.", "workers"),
    ("Nurses ended their strike on Thursday.", "nurses"),
])
def test_ended_strike_happened_without_a_day_of_its_own(nlp: Language, text: str, actor: str) -> None:
    (event,) = [e for e in _events(nlp, text, ANCHOR) if e.action == "protest"]
    assert (event.actor.name, event.date.value, event.date.note, event.status) == (
        actor, None, "the day it ended (2026-05-07), not its own day", "happened")


@pytest.mark.parametrize("text", [
    "The strike closed dozens of clinics on Monday.",
    "Residents said the strike had closed the shops.",
    "The strike entered its third day on Wednesday.",
])
def test_no_strike_of_anyone(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("protest",)) == []


# 2. talks resuming


@pytest.mark.parametrize("text,expected", [
    ("Peace talks between Armenia and Azerbaijan are set to resume next week in Doha.",
     ("meet", "Armenia", ("Azerbaijan",), "Doha", "2026-W20", "planned")),
    ("Peace talks between Armenia and Azerbaijan are expected to take place on May 12 in Doha.",
     ("meet", "Armenia", ("Azerbaijan",), "Doha", "2026-05-12", "planned")),
    ("Negotiations between Armenia and Azerbaijan resumed on Tuesday.",
     ("negotiate", "Armenia", ("Azerbaijan",), None, "2026-05-05", "happened")),
])
def test_talks_resume(nlp: Language, text: str, expected: Row) -> None:
    assert _contacts(_events(nlp, text, ANCHOR)) == [expected]


def test_resumed_talks_take_the_earlier_parties(nlp: Language) -> None:
    text = "Armenia and Azerbaijan held talks in Doha on Monday. Talks are set to resume next week in Muscat."
    assert _contacts(_events(nlp, text, ANCHOR)) == [
        ("meet", "Armenia", ("Azerbaijan",), "Doha", "2026-05-04", "happened"),
        ("meet", "Armenia", ("Azerbaijan",), "Muscat", "2026-W20", "planned")]


@pytest.mark.parametrize("text", [
    "The talks will resume on May 12, a spokesman said.",
    "Armenia and Azerbaijan held talks in Doha on Monday. Georgia met Turkey on Tuesday. The talks will resume on May 12.",
])
def test_resumed_talks_with_no_sure_parties(nlp: Language, text: str) -> None:
    assert [r for r in _contacts(_events(nlp, text, ANCHOR)) if r[-1] == "planned"] == []


def test_talks_with_the_dateline_government(nlp: Language, tmp_path: Path) -> None:
    text = "LAGOS, May 7 (Wire) - Negotiations between the Nigeria Labour Congress and the government resumed on Tuesday."
    assert _contacts(article_events(nlp, tmp_path, text, ANCHOR)) == [
        ("negotiate", "Nigeria Labour Congress", ("Nigeria",), None, "2026-05-05", "happened")]


def test_talks_of_an_unnamed_union_and_the_government(nlp: Language, tmp_path: Path) -> None:
    text = "NAIROBI, May 7 (Wire) - Negotiations between the doctors' union and the government resumed on Tuesday."
    assert _contacts(article_events(nlp, tmp_path, text, ANCHOR)) == []


# 3. ceremonies and hearings


@pytest.mark.parametrize("text,row", [
    ("The swearing-in of Maria Delgado is set for May 20.",
     ("inaugurate", "Maria Delgado", (), None, "2026-05-20", "planned")),
    ("The swearing-in of Maria Delgado was postponed to May 20.",
     ("inaugurate", "Maria Delgado", (), None, "2026-05-20", "postponed")),
    ("Heads of state will attend the inauguration of Maria Delgado on May 20.",
     ("inaugurate", "Maria Delgado", (), None, "2026-05-20", "planned")),
])
def test_swearing_in_of_a_named_person(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("inaugurate",)) == [row]


@pytest.mark.parametrize("text,attend,inaugurate", [
    ("President Ana Ruiz will attend the inauguration of Maria Delgado on May 20.",
     ("attend", "Ana Ruiz", ("Maria Delgado",), None, "2026-05-20", "planned"),
     ("inaugurate", "Maria Delgado", (), None, "2026-05-20", "planned")),
    ("President Ana Ruiz attended the swearing-in of Maria Delgado on Monday.",
     ("attend", "Ana Ruiz", ("Maria Delgado",), None, "2026-05-04", "happened"),
     ("inaugurate", "Maria Delgado", (), None, "2026-05-04", "happened")),
])
def test_guest_attends_and_the_owner_is_sworn_in(nlp: Language, text: str, attend: Row, inaugurate: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("attend", "inaugurate")) == [attend, inaugurate]


@pytest.mark.parametrize("text,row", [
    ("Lena Fischer's testimony to the committee has been postponed to June 3.",
     ("testify", "Lena Fischer", (), "committee", "2026-06-03", "postponed")),
    ("Lena Fischer's testimony was postponed until June 3.",
     ("testify", "Lena Fischer", (), None, "2026-06-03", "postponed")),
])
def test_testimony_postponed(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("testify",)) == [row]


def test_adjourned_hearing_moves_the_testimony_told_before(nlp: Language) -> None:
    text = "Ruth Adler is due to testify before the inquiry on Tuesday. The hearing was adjourned until June 3."
    assert _rows(_events(nlp, text, ANCHOR), ("testify",)) == [
        ("testify", "Ruth Adler", (), "inquiry", "2026-05-12", "planned"),
        ("testify", "Ruth Adler", (), "inquiry", "2026-06-03", "postponed")]
