"""Families, round 10: a person sworn in or taking office (``inaugurate``), a person's testimony before a legislature,
an inquiry or a court (``testify``), and elections no one is named for, set in the dateline's country (``vote``).

- inaugurate: "will be sworn in as president on ...", "took the oath of office", "takes office next week", "was
  inaugurated", "X's inauguration was postponed to ..."; the office in ``what``; never "swore in the cabinet" (others
  sworn in), "inaugurated a consulate" (a building opened), "since taking office" or "who took office in May"
  (background); guests attending an inauguration stay attendances.
- testify: "will testify before the Senate ... committee", "appeared before the parliamentary inquiry", "is scheduled
  to give evidence"; the body in ``what``; "denied he would testify" is denied, "the hearing was postponed to ..." moves
  the testimony told before it; never "appeared before reporters", "testified that ..." (a statement), "called on X to
  testify" (a demand).
- vote: under a dateline, a dated election with no country named is the dateline country's ("The runoff was postponed
  to June 21", "The president called a snap election for June 12"); an undated one is not ("The next presidential
  election is not due until 2027").

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import Row, article_events, text_events as _events, what_rows as _rows

pytestmark = pytest.mark.slow

#: A Thursday: "on Monday" (past) is 2026-05-04, "on Saturday" (ahead) 2026-05-09.
ANCHOR = date(2026, 5, 7)


# 1. swearing-in and taking office: the person's own event, the office as what


@pytest.mark.parametrize("text,row", [
    ("Maria Delgado will be sworn in as president on January 20.",
     ("inaugurate", "Maria Delgado", (), "president", "2027-01-20", "planned")),
    ("Karl Lund is due to be sworn in as prime minister on Saturday.",
     ("inaugurate", "Karl Lund", (), "prime minister", "2026-05-09", "planned")),
    ("Tomas Berg took the oath of office on Monday.",
     ("inaugurate", "Tomas Berg", (), None, "2026-05-04", "happened")),
    ("The new prime minister, Karl Lund, takes office next week.",
     ("inaugurate", "Karl Lund", (), None, "2026-W20", "planned")),
    ("Maria Delgado assumed office on Monday.",
     ("inaugurate", "Maria Delgado", (), None, "2026-05-04", "happened")),
    ("Ana Ruiz was inaugurated as president of Chile on Monday.",
     ("inaugurate", "Ana Ruiz", (), "president", "2026-05-04", "happened")),
])
def test_sworn_in_or_taking_office(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("inaugurate",)) == [row]


def test_sworn_in_keeps_its_place(nlp: Language) -> None:
    (event,) = [e for e in _events(nlp, "Senator Pablo Ortiz was sworn in on Monday in Lima.", ANCHOR)
                if e.action == "inaugurate"]
    assert (event.actor.name, event.place.name if event.place else None, event.date.value, event.status) == (
        "Pablo Ortiz", "Lima", "2026-05-04", "happened")


@pytest.mark.parametrize("text,row", [
    ("The inauguration of Maria Delgado is set for May 20.",
     ("inaugurate", "Maria Delgado", (), None, "2026-05-20", "planned")),
    ("Maria Delgado's inauguration was postponed to June 2, the electoral court said.",
     ("inaugurate", "Maria Delgado", (), None, "2026-06-02", "postponed")),
    ("Maria Delgado's swearing-in was postponed until June 1.",
     ("inaugurate", "Maria Delgado", (), None, "2026-06-01", "postponed")),
    ("The election commission said Maria Delgado would not be sworn in on Friday as planned.",
     ("inaugurate", "Maria Delgado", (), None, "2026-05-08", "cancelled")),
])
def test_inauguration_of_a_named_person_and_its_changes(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("inaugurate",)) == [row]


def test_denied_swearing_in(nlp: Language) -> None:
    rows = _rows(_events(nlp, "Maria Delgado denied she would be sworn in before the court ruling.", ANCHOR),
                 ("inaugurate",))
    assert [(r[0], r[1], r[-1]) for r in rows] == [("inaugurate", "Maria Delgado", "denied")]


@pytest.mark.parametrize("text", [
    "President Tomas Berg swore in the new cabinet on Monday.",
    "Trade Minister Tomas Herrera inaugurated a new consulate in Porto Alegre on Monday.",
    "Indonesian President Prabowo Subianto is in Paris on a three-day visit, his first to France since taking office.",
    "Victoria Hughes, who took office in May, met business owners at the station on Friday.",
    "Maria Delgado has been in office since she was sworn in last year.",
])
def test_no_swearing_in_of_the_subject(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("inaugurate",)) == []


def test_relative_clause_told_ahead_is_a_plan(nlp: Language) -> None:
    text = "Maria Delgado, who will take office on May 20, met business owners on Friday."
    assert _rows(_events(nlp, text, ANCHOR), ("inaugurate",)) == [
        ("inaugurate", "Maria Delgado", (), None, "2026-05-20", "planned")]


# 2. testimony before a legislature, an inquiry or a court: the body as what


@pytest.mark.parametrize("text,row", [
    ("Defence Secretary John Harlow will testify before the Senate armed services committee on Tuesday.",
     ("testify", "John Harlow", (), "armed services committee", "2026-05-12", "planned")),
    ("Former minister Ruth Adler appeared before the parliamentary inquiry on Monday.",
     ("testify", "Ruth Adler", (), "parliamentary inquiry", "2026-05-04", "happened")),
    ("The central bank governor, Lena Fischer, testified before parliament's finance committee on Wednesday.",
     ("testify", "Lena Fischer", (), "finance committee", "2026-05-06", "happened")),
    ("Lena Fischer is scheduled to give evidence to the inquiry on May 14.",
     ("testify", "Lena Fischer", (), None, "2026-05-14", "planned")),
    ("Lena Fischer is expected to appear before the Senate committee next week.",
     ("testify", "Lena Fischer", (), "committee", "2026-W20", "planned")),
])
def test_testimony(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("testify",)) == [row]


def test_testimony_denied(nlp: Language) -> None:
    rows = _rows(_events(nlp, "John Harlow denied he would testify before the committee.", ANCHOR), ("testify",))
    assert [(r[0], r[1], r[-1]) for r in rows] == [("testify", "John Harlow", "denied")]


def test_hearing_postponed_moves_the_testimony_told_before(nlp: Language) -> None:
    text = ("Lena Fischer will testify before the committee on May 12. "
            "The hearing was postponed to June 3, the chairman said.")
    assert _rows(_events(nlp, text, ANCHOR), ("testify",)) == [
        ("testify", "Lena Fischer", (), "committee", "2026-05-12", "planned"),
        ("testify", "Lena Fischer", (), "committee", "2026-06-03", "postponed")]


@pytest.mark.parametrize("text", [
    "Lena Fischer appeared before reporters on Monday.",
    "Lena Fischer testified that she had never met the contractor.",
    "The committee called on Lena Fischer to testify.",
    "The hearing was adjourned until June 3, the committee chairman said.",
])
def test_no_testimony(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("testify",)) == []


# 3. elections under a dateline: a dated election no one is named for is the dateline country's


@pytest.mark.parametrize("text,row", [
    ("LIMA, May 7 (Wire) - The president called a snap election for June 12.",
     ("vote", "Peru", (), "snap election", "2026-06-12", "planned")),
    ("LIMA, May 7 (Wire) - The runoff was postponed to June 21, the electoral commission said.",
     ("vote", "Peru", (), "runoff", "2026-06-21", "postponed")),
    ("LIMA, May 7 (Wire) - The presidential election will be held on October 4, officials said.",
     ("vote", "Peru", (), "presidential election", "2026-10-04", "planned")),
    ("LIMA, May 7 (Wire) - The electoral commission set the runoff for June 14.",
     ("vote", "Peru", (), "runoff", "2026-06-14", "planned")),
])
def test_dateline_election(nlp: Language, tmp_path: Path, text: str, row: Row) -> None:
    assert _rows(article_events(nlp, tmp_path, text, ANCHOR), ("vote",)) == [row]


def test_undated_dateline_election_is_no_vote(nlp: Language, tmp_path: Path) -> None:
    text = "LIMA, May 7 (Wire) - The next presidential election is not due until 2027."
    assert _rows(article_events(nlp, tmp_path, text, ANCHOR), ("vote",)) == []
