"""Round 10 (session 12's precision audits on fresh own-words articles): general causes of wrong or missing events.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events

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
