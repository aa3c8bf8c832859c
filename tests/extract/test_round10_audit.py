"""Round 10 (session 12's precision audits on fresh own-words articles): general causes of wrong or missing events.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import article_events, text_events as _events

#: A Thursday: "on Monday" (past) is 2026-08-03, "on Thursday" (future, in a plan) 2026-08-06.
ANCHOR = date(2026, 8, 3)


def _rows(evs: list[Event], action: str) -> list[tuple[str, str | None, str]]:
    return [(e.actor.name, e.date.value, e.status) for e in evs if e.action == action]


# 1. a bare name after a lower-case job noun


@pytest.mark.slow
def test_name_after_job_noun_is_a_person(nlp: Language) -> None:
    """ "acquitted former land official Hamid Rosli": the recognizer leaves the name unlabelled; the job noun marks it."""
    evs = _events(nlp, "A court in Penang on Monday acquitted former land official Hamid Rosli of fraud, but convicted "
                       "his co-accused, contractor Tan Boon Keat.", ANCHOR)
    assert sorted(_rows(evs, "verdict")) == [("Hamid Rosli", "2026-08-03", "happened"),
                                             ("Tan Boon Keat", "2026-08-03", "happened")]


@pytest.mark.slow
def test_company_after_job_noun_stays_no_person(nlp: Language) -> None:
    evs = _events(nlp, "Property developer Harbour Crest Group said on Monday it would meet creditors on Thursday.", ANCHOR)
    assert all(e.actor.kind != "person" for e in evs)


@pytest.mark.slow
def test_each_defendant_of_one_trial_gets_the_verdict(nlp: Language) -> None:
    """ "the trial of official A and developer B" (the parser hangs A on B's job noun): both await the verdict."""
    evs = _events(nlp, "A Penang court will rule on Thursday in the fraud trial of former land official Hamid Rosli and "
                       "property contractor Tan Boon Keat, prosecutors said on Monday.", ANCHOR)
    assert sorted(_rows(evs, "verdict")) == [("Hamid Rosli", "2026-08-06", "planned"),
                                             ("Tan Boon Keat", "2026-08-06", "planned")]


# 2. "Owner's title, Name,": the name in apposition is the actor; a body's name is no town


@pytest.mark.slow
def test_title_with_name_in_apposition_is_that_person(nlp: Language) -> None:
    """ "Chile's environment minister, Rosa Pardo, arrived": Pardo arrives, not an office with Pardo as her partner."""
    evs = _events(nlp, "Chile's environment minister, Rosa Pardo, arrived in Lisbon on Monday and met the island "
                       "delegations.", ANCHOR)
    assert [(e.action, e.actor.name, e.actor.country, [c.name for c in e.counterparts]) for e in evs] == [
        ("arrive", "Rosa Pardo", "Chile", []), ("meet", "Rosa Pardo", "Chile", [])]


@pytest.mark.slow
def test_union_in_a_title_phrase_is_no_country(nlp: Language) -> None:
    """ "The European Union's trade commissioner, X,": the Union is no town in the United States."""
    evs = _events(nlp, "The European Union's trade commissioner, Anders Lund, will visit Lisbon on Thursday.", ANCHOR)
    assert [(e.actor.name, e.actor.country) for e in evs] == [("Anders Lund", None)]


# 3. a lower-case "congress" is no legislature of the dateline's country


@pytest.mark.slow
def test_lower_case_congress_is_no_legislature(nlp: Language, tmp_path: Path) -> None:
    text = ("LIMA, Aug 3 - The Andean rowing federation's congress on Monday re-elected Jorge Salas as president. "
            "The congress also elected Marta Quispe as treasurer.")
    assert all(not e.actor.name.startswith("Congress of") for e in article_events(nlp, tmp_path, text, ANCHOR))
    capital = article_events(nlp, tmp_path, "LIMA, Aug 3 - Congress will vote on the pension bill on Thursday.", ANCHOR)
    assert _rows(capital, "vote") == [("Congress of Peru", "2026-08-06", "planned")]


# 4. "the regional director" of a body is never guessed to be a person named elsewhere


@pytest.mark.slow
def test_sub_office_of_a_body_is_no_person_named_before(nlp: Language) -> None:
    text = ("The U.N. envoy, Lars Holm, will travel to Aden on Tuesday. A planned visit to Mosul by the World Food "
            "Programme regional director, scheduled for this week, was also cancelled, a spokesperson said.")
    visits = [(e.actor.name, e.status) for e in _events(nlp, text, ANCHOR) if e.place and e.place.name == "Mosul"]
    assert visits and all(name != "Lars Holm" for name, _ in visits)
