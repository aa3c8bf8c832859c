"""Round 37 (open groups of audit 60): a denial later in the same article overrides the claim it denies; voting told
as a noun is the dateline state's vote; a crowd of workers votes as itself, not as the state that owns their employer.
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


def test_round37_a_denial_later_in_the_article_overrides_the_claim(tmp_path: Path) -> None:
    text = ("ADDIS ABABA, May 22 (Dateline) - The opposition party said its leader, Dawit Alemu, was detained by police "
            "in Bahir Dar on Saturday. Police denied that he had been arrested.", date(2028, 5, 22))
    (ev,) = stored(tmp_path, [text]).events()
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("arrested", "Dawit Alemu", "2028-05-20", "denied")
    assert len(ev.evidence) == 2  # both sentences are kept as its evidence


def test_round37_an_outcome_told_after_a_denial_stands(tmp_path: Path) -> None:
    text = ("ADDIS ABABA, May 22 (Dateline) - Police denied that opposition leader Dawit Alemu had been arrested. "
            "Dawit Alemu was arrested in Bahir Dar on Saturday, a court official said later.", date(2028, 5, 22))
    events = [e for e in stored(tmp_path, [text]).events() if e.action == "arrested"]
    assert [(e.date.value, e.status) for e in events] == [("2028-05-20", "happened")]


def test_round37_voting_postponed_is_the_dateline_states_vote(nlp: Language, tmp_path: Path) -> None:
    text = "ADDIS ABABA, May 22 (Dateline) - Voting in the northern province of Amhara was postponed until June 12."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2028, 5, 22))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value, ev.status) == (
        "vote", "Ethiopia", "Amhara", "2028-06-12", "postponed")


def test_round37_voting_as_a_verb_of_a_body_stays_the_bodys(nlp: Language, tmp_path: Path) -> None:
    text = "ADDIS ABABA, May 22 (Dateline) - Parliament is voting on the budget on Tuesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2028, 5, 22))
    assert (ev.action, ev.actor.name, ev.date.value) == ("vote", "Parliament of Ethiopia", "2028-05-23")


def test_round37_workers_of_a_states_company_vote_as_workers(nlp: Language, tmp_path: Path) -> None:
    text = ("COPENHAGEN, April 11 (Dateline) - Employees of Denmark's postal service voted in Aarhus on Monday to accept "
            "a pay deal.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 4, 11))
    assert (ev.action, ev.actor.name, ev.actor.kind, ev.date.value) == ("vote", "employees", "group", "2027-04-05")


def test_round37_a_capitalized_crowd_word_after_the_dateline_is_no_person(nlp: Language, tmp_path: Path) -> None:
    text = "SANTIAGO, April 11 (Dateline) - Members of Chile's parliament voted on Sunday to approve the budget."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 4, 11)), "vote")
    assert (ev.actor.name, ev.date.value, [c.name for c in ev.counterparts]) == ("Parliament of Chile", "2027-04-11", [])


def test_round37_union_members_voting_is_an_event(nlp: Language, tmp_path: Path) -> None:
    text = "COPENHAGEN, April 11 (Dateline) - Union members voted on Monday to accept the pay deal."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 4, 11))
    assert (ev.action, ev.actor.kind, ev.date.value, ev.status) == ("vote", "group", "2027-04-05", "happened")
