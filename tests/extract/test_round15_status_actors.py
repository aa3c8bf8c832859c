"""Round 15 (fresh-article audit 25): status and actor errors.

- Press claims: a clause under a press verb whose subject is the press ("The Osaka-based daily X reported on Thursday
  that Y flew to Beijing on February 12", "visited Singapore on Thursday, a local newspaper reported") is at most
  uncertain, whatever its tense; state media ("state media reported") stay the record they were. "The ministry on
  Friday denied the report", in the same or the next sentence, denies every event the claim told (a second event,
  denied, with the denial as evidence). The purpose infinitive of a past verb inside a denied report ("denied a
  newspaper report that X had travelled to Beijing last month to meet Chinese officials") is denied with it, on its
  day, never a plan.
- Plan words: a plan noun counts only after "on"/"in" ("on his agenda"); inside an "against"/"over" phrase
  ("marched ... against the mayor's housing plans") it is what the event is about, and the march happened.
- Decisions: "agreed on Tuesday to impose new sanctions on X" is the sanction decided that day (happened); a later day
  of its own ("from next month") keeps it a plan.
- Actors: the subject of a "who" clause is the noun it hangs on ("a visit by X, who is expected to arrive on March
  15"), never a person of an earlier sentence; a plan changed in a sentence that names nobody is no plan of a person
  named only later ("A planned meeting of trade ministers ... has been called off. Separately, X cancelled ...");
  "summon/subpoena X to testify": X testifies (uncertain: summoned, not yet seen doing it).
- Counterparts: a person inside an appositive describing the counterpart ("met X, the influential niece of President
  Y,") is no counterpart.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import Row, got as _got, text_events as _events

pytestmark = pytest.mark.slow

#: A Friday: "on Thursday" (past) is 2026-03-05, "next Tuesday" 2026-03-10.
FRIDAY = date(2026, 3, 6)


# 1. press claims and their denial


@pytest.mark.parametrize("text,row", [
    ("The Osaka-based daily Mainichi reported on Thursday that Defence Minister Kim Sung-ho flew to Beijing on February 12.",
     ("travel", "Kim Sung-ho", (), "Beijing", "2026-02-12", "uncertain")),
    ("A local newspaper reported on Thursday that Defence Minister Kim Sung-ho had visited Singapore on Monday.",
     ("visit", "Kim Sung-ho", (), "Singapore", "2026-03-02", "uncertain")),
])
def test_round15_press_claim_is_uncertain(nlp: Language, text: str, row: Row) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {row}


@pytest.mark.parametrize("text", [
    "Defence Minister Kim Sung-ho visited Singapore on Thursday, state media reported.",
    "The state news agency reported on Thursday that Defence Minister Kim Sung-ho had visited Singapore on Thursday.",
    "Defence Minister Kim Sung-ho visited Singapore on Thursday, a local newspaper reported.",
])
def test_round15_record_and_told_outcome_stay_happened(nlp: Language, text: str) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {("visit", "Kim Sung-ho", (), "Singapore", "2026-03-05", "happened")}


def test_round15_organ_with_a_media_word_is_no_press(nlp: Language) -> None:
    text = "Defence Minister Kim Sung-ho met Li Wen in Beijing on Monday, the ministry's media office said on Friday."
    assert {e.status for e in _events(nlp, text, FRIDAY)} == {"happened"}


def test_round15_told_outcome_denied_next_is_both_reports(nlp: Language) -> None:
    text = ("Defence Minister Kim Sung-ho visited Singapore on Thursday, a local newspaper reported. The ministry denied "
            "the report on Friday.")
    assert [(e.action, e.status) for e in _events(nlp, text, FRIDAY)] == [("visit", "happened"), ("visit", "denied")]


def test_round15_report_denied_in_the_next_sentence(nlp: Language) -> None:
    text = ("The Osaka-based daily Mainichi reported on Thursday that Defence Minister Kim Sung-ho flew to Beijing on "
            "February 12. The ministry on Friday denied the report.")
    events = _events(nlp, text, FRIDAY)
    assert [(e.action, e.actor.name, e.date.value, e.status, e.evidence.sentence) for e in events] == [
        ("travel", "Kim Sung-ho", "2026-02-12", "uncertain", text.split(". ")[0] + "."),
        ("travel", "Kim Sung-ho", "2026-02-12", "denied", "The ministry on Friday denied the report."),
    ]


def test_round15_denied_report_covers_the_purpose_meeting(nlp: Language) -> None:
    text = ("The Osaka-based daily Mainichi reported on Thursday that Defence Minister Kim Sung-ho flew to Beijing on "
            "February 12 to meet Li Wen. The ministry denied the report on Friday.")
    assert {(e.action, e.status) for e in _events(nlp, text, FRIDAY)} == {
        ("travel", "uncertain"), ("meet", "uncertain"), ("travel", "denied"), ("meet", "denied")}


def test_round15_unrelated_denial_denies_no_claim(nlp: Language) -> None:
    text = ("The Osaka-based daily Mainichi reported on Thursday that Defence Minister Kim Sung-ho flew to Beijing on "
            "February 12. The ministry did not deny the report.")
    assert {e.status for e in _events(nlp, text, FRIDAY)} == {"uncertain"}


@pytest.mark.parametrize("text", [
    "The ministry denied a newspaper report that its chief, Kim Sung-ho, had secretly travelled to Beijing last month "
    "to meet Chinese officials.",
    "The ministry denied a newspaper report that Kim Sung-ho travelled to Beijing last month to meet Chinese officials.",
])
def test_round15_purpose_of_a_denied_past_trip_is_denied(nlp: Language, text: str) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {
        ("travel", "Kim Sung-ho", (), "Beijing", "2026-02", "denied"),
        ("meet", "Kim Sung-ho", ("China",), "Beijing", "2026-02", "denied"),
    }


# 2. plan words that do not govern the event; decisions that are the act


@pytest.mark.parametrize("text,row", [
    ("Students marched in central Lima on Wednesday evening against the mayor's housing plans.",
     ("protest", "students", (), "Lima", "2026-03-04TEV", "happened")),
    ("Farmers protested in Paris on Monday over the government's plans to cut subsidies.",
     ("protest", "farmers", (), "Paris", "2026-03-02", "happened")),
])
def test_round15_plan_noun_in_the_protested_thing_is_no_plan(nlp: Language, text: str, row: Row) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {row}


@pytest.mark.parametrize("text,row", [
    ("European Union foreign ministers agreed on Tuesday to impose new sanctions on Serbia.",
     ("sanction", "European Union", ("Serbia",), None, "2026-03-03", "happened")),
    ("The EU has decided to extend sanctions on Serbia.",
     ("sanction", "EU", ("Serbia",), None, None, "happened")),
    ("European Union foreign ministers agreed on Tuesday to impose new sanctions on Serbia from next month.",
     ("sanction", "European Union", ("Serbia",), None, "2026-04", "planned")),
    ("European Union foreign ministers will agree next week to impose new sanctions on Serbia.",
     ("sanction", "European Union", ("Serbia",), None, "2026-W11", "planned")),
])
def test_round15_agreed_to_impose_sanctions_is_the_sanction(nlp: Language, text: str, row: Row) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {row}


# 3. actors


@pytest.mark.parametrize("text", [
    "The statement comes as Manila prepares for a visit by French Foreign Minister Paul Girard, who is expected to arrive "
    "on March 15 for talks with Foreign Minister Enrique Santos.",
    "Aide Kwon Mi-ra said President Yoon Tae-ho had not approved any talks with the rebels. The statement comes as Manila "
    "prepares for a visit by French Foreign Minister Paul Girard, who is expected to arrive on March 15 for talks with "
    "Foreign Minister Enrique Santos.",
])
def test_round15_who_is_the_noun_its_clause_hangs_on(nlp: Language, text: str) -> None:
    assert {(e.action, e.actor.name, e.date.value, e.status) for e in _events(nlp, text, FRIDAY)} == {
        ("arrive", "Paul Girard", "2026-03-15", "planned")}


def test_round15_no_plan_holder_from_a_later_sentence(nlp: Language) -> None:
    text = ("A planned meeting of trade ministers on the eve of the forum has also been called off and will be "
            "rescheduled, the statement said. Separately, Thai Prime Minister Anan Chai cancelled a planned stopover in "
            "Hanoi next week, his office said on Wednesday.")
    assert [e for e in _events(nlp, text, FRIDAY) if e.evidence.sentence.startswith("A planned")] == []


@pytest.mark.parametrize("text,row", [
    ("Lawmakers from the opposition Unity Party said they would summon Choi Min-ho to testify before the parliamentary "
     "defence committee next Tuesday.",
     ("testify", "Choi Min-ho", (), None, "2026-03-10", "planned")),
    ("Prosecutors subpoenaed Choi Min-ho to testify at the trial next month.",
     ("testify", "Choi Min-ho", (), None, "2026-04", "uncertain")),
    ("The committee has summoned Defence Minister Choi Min-ho to testify.",
     ("testify", "Choi Min-ho", (), None, None, "uncertain")),
])
def test_round15_the_summoned_person_testifies(nlp: Language, text: str, row: Row) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {row}


# 4. counterparts


@pytest.mark.parametrize("text,row", [
    ("Kim Sung-ho met Li Wen, the influential niece of Chinese President Li Qiang, in Beijing on February 12.",
     ("meet", "Kim Sung-ho", ("Li Wen",), "Beijing", "2026-02-12", "happened")),
])
def test_round15_appositive_relation_is_no_counterpart(nlp: Language, text: str, row: Row) -> None:
    assert _got(_events(nlp, text, FRIDAY)) == {row}
