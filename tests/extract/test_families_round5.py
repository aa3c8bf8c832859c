"""Families that name a thing, round 5: changes of plans and outcomes told without a doer, new dates and places.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.model import Event, EventRecord
from dateline.pipeline import ingest_paths
from dateline.store import open_store

from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Monday: "on Thursday" read back is 2026-10-29, read ahead 2026-11-05.
ANCHOR = date(2026, 11, 2)


def _family(nlp: Language, text: str, action: str, anchor: date = ANCHOR) -> list[Event]:
    return [e for e in _events(nlp, text, anchor) if e.action == action]


def _rows(evs: list[Event]) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str, bool]]:
    return [(e.actor.name, e.what or "", tuple(c.name for c in e.counterparts), e.place.name if e.place else None,
             e.date.value, e.status, e.refers_to_plan) for e in evs]


def _stored(nlp: Language, tmp_path: Path, articles: list[tuple[date, str]], action: str) -> list[EventRecord]:
    """The store's events of one family after ingesting each (publication day, text) as its own article."""
    store = open_store(":memory:")
    for n, (day, text) in enumerate(articles):
        path = tmp_path / f"article{n}.txt"
        path.write_text(text, encoding="utf-8")
        ingest_paths([path], store, Settings(), published=day, nlp=nlp, as_of=day)
    return [r for r in store.events() if r.action == action]


def _record(r: EventRecord) -> tuple[str, str | None, str | None, str, str | None, list[str]]:
    return (r.actor.name, r.what, r.date.value, r.status, r.place.name if r.place else None, [h.status for h in r.history])


# 1. "postponed a vote on X scheduled for Thursday to November 20": the "to" day is the new one, the "for" day the old


def test_postponed_vote_new_date_past_scheduled_day(nlp: Language) -> None:
    text = ("The Slovak parliament delayed a vote on the 2027 pension reform scheduled for Thursday to November 20,"
            " the chamber's speaker said.")
    evs = _family(nlp, text, "vote")
    assert [(e.what, e.date.value, e.status, e.refers_to_plan) for e in evs] == [
        ("pension reform", "2026-11-20", "postponed", True)]


# 2. "X's election commission said it had postponed the election": "it" is the organ, which stands for its state


def test_organ_it_postpones_for_its_state(nlp: Language) -> None:
    text = "Bolivia's electoral tribunal said on Thursday it had postponed the presidential election to April 12."
    assert _rows(_family(nlp, text, "vote")) == [
        ("Bolivia", "presidential election", (), None, "2027-04-12", "postponed", True)]


def test_organ_of_state_by_possessor_word(nlp: Language) -> None:
    text = "India's space agency said on Friday it had postponed the rocket launch to January 9."
    assert _rows(_family(nlp, text, "launch")) == [("India", "rocket", (), None, "2027-01-09", "postponed", True)]


def test_organ_postponement_joins_the_plan(nlp: Language, tmp_path: Path) -> None:
    recs = _stored(nlp, tmp_path, [
        (date(2026, 10, 20), "LA PAZ, Oct 20 (Wire) - Bolivia will hold a presidential election on March 29, the"
                             " government said on Tuesday.\n"),
        (ANCHOR, "LA PAZ, Nov 2 (Wire) - Bolivia's electoral tribunal said on Monday it had postponed the presidential"
                 " election to April 12.\n"),
    ], "vote")
    assert [_record(r) for r in recs] == [
        ("Bolivia", "presidential election", "2027-04-12", "postponed", None, ["planned", "postponed"])]


# 3. a postponed launch noun ("the rocket launch") keeps its new date


def test_postponed_rocket_launch_new_date(nlp: Language) -> None:
    text = "The Indian Space Research Organisation said on Friday it had postponed the rocket launch to January 9."
    assert _rows(_family(nlp, text, "launch")) == [
        ("India", "rocket", (), None, "2027-01-09", "postponed", True)]


# 4. "has postponed the tariffs until August 1": a sanction whose coming into force is put off


def test_postponed_tariffs_are_a_postponed_sanction(nlp: Language) -> None:
    text = "Canada has postponed the 30 percent tariffs on Chinese aluminium until August 1, the finance ministry said."
    evs = _family(nlp, text, "sanction")
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.date.value, e.status, e.refers_to_plan) for e in evs] == [
        ("Canada", ("China",), "2027-08-01", "postponed", True)]


def test_put_off_tariffs_passive_told_by_organ(nlp: Language) -> None:
    text = "The tariffs on Chinese aluminium have been put off until August 1, Canada's finance ministry said."
    evs = _family(nlp, text, "sanction")
    assert [(e.actor.name, e.date.value, e.status) for e in evs] == [("Canada", "2027-08-01", "postponed")]


@pytest.mark.parametrize("text", [
    "China called the tariffs unfair.",
    "The tariffs hurt exporters in the region.",
])
def test_tariffs_neither_changed_nor_in_force_no_event(nlp: Language, text: str) -> None:
    assert _family(nlp, text, "sanction") == []


def test_postponed_tariffs_join_the_plan(nlp: Language, tmp_path: Path) -> None:
    recs = _stored(nlp, tmp_path, [
        (date(2026, 10, 20), "OTTAWA, Oct 20 (Wire) - Canada would impose 30 percent tariffs on Chinese aluminium from"
                             " July 1, the finance ministry said.\n"),
        (ANCHOR, "OTTAWA, Nov 2 (Wire) - Canada has postponed the 30 percent tariffs on Chinese aluminium until"
                 " August 1, the finance ministry said.\n"),
    ], "sanction")
    assert [_record(r) for r in recs] == [("Canada", "tariffs", "2027-08-01", "postponed", None, ["planned", "postponed"])]


# 5. a passive call-off with no agent and no earlier plan: the state whose organ tells it


def test_passive_call_off_told_by_organ(nlp: Language) -> None:
    text = ("The naval drills scheduled for Thursday were cancelled because of a storm, South Korea's defence ministry"
            " said on Monday.")
    assert _rows(_family(nlp, text, "exercise")) == [
        ("South Korea", "naval drills", (), None, "2026-11-05", "cancelled", True)]


def test_passive_call_off_told_by_no_organ_no_event(nlp: Language) -> None:
    text = "The naval drills scheduled for Thursday were cancelled because of a storm, a military analyst said on Monday."
    assert _family(nlp, text, "exercise") == []


def test_passive_call_off_joins_the_plan(nlp: Language, tmp_path: Path) -> None:
    recs = _stored(nlp, tmp_path, [
        (date(2026, 10, 28), "SEOUL, Oct 28 (Wire) - South Korea and the United States will hold naval drills on"
                             " Thursday, Nov 5, South Korea's defence ministry said.\n"),
        (ANCHOR, "SEOUL, Nov 2 (Wire) - The naval drills planned for Thursday were called off because of a storm,"
                 " South Korea's defence ministry said on Monday.\n"),
    ], "exercise")
    assert [_record(r) for r in recs] == [
        ("South Korea", "naval drills", "2026-11-05", "cancelled", None, ["planned", "cancelled"])]


# 7. a ban on protests by an authority is no protest event of anyone (a decision: the ban is the authority's act,
# which no family records; the organisers' plan stays as told)


def test_ban_on_rallies_is_no_protest(nlp: Language) -> None:
    assert _family(nlp, "Police in the capital on Friday banned all rallies until Monday.", "protest") == []


def test_ban_leaves_the_organisers_plan(nlp: Language) -> None:
    text = ("The opposition will hold a rally in Bursa on Saturday. The Bursa governor's office on Monday banned all"
            " protests in the city until Sunday.")
    assert [(e.actor.name, e.place.name if e.place else None, e.status) for e in _family(nlp, text, "protest")] == [
        ("opposition", "Bursa", "planned")]


@pytest.mark.parametrize("text,actor,when", [
    # the parser hangs "said" on the clause as a conjoined verb
    ("The joint drills planned for Thursday have been called off, the Philippine military said on Monday.",
     "Philippines", "2026-11-05"),
    ("The joint drills have been called off, the Philippine military said on Monday.", "Philippines", None),
])
def test_passive_call_off_told_by_organ_adjective(nlp: Language, text: str, actor: str, when: str | None) -> None:
    evs = _family(nlp, text, "exercise")
    assert [(e.actor.name, e.date.value, e.status, e.refers_to_plan) for e in evs] == [(actor, when, "cancelled", True)]


def test_passive_postponed_launch_told_by_organ(nlp: Language) -> None:
    text = "The satellite launch has been postponed to December 3, the Indian space agency said."
    assert _rows(_family(nlp, text, "launch")) == [("India", "satellite", (), None, "2026-12-03", "postponed", True)]


# 9. "N days after <clause>": the clause's event is N days before its main clause's day


@pytest.mark.parametrize("text,action,when", [
    ("Finance Minister Ivo Marek resigned on Friday, two days after the Senate passed the budget.", "vote", "2026-10-28"),
    ("The Philippine Navy ended the drills on Friday, a week after China launched a satellite.", "launch", "2026-10-23"),
])
def test_counted_after_clause_day(nlp: Language, text: str, action: str, when: str) -> None:
    assert [(e.date.value, e.status) for e in _family(nlp, text, action)] == [(when, "happened")]


def test_after_clause_without_count_keeps_no_day(nlp: Language) -> None:
    text = "Finance Minister Ivo Marek resigned on Friday after the Senate passed the budget."
    assert [e.date.value for e in _family(nlp, text, "vote")] == [None]


# 3. a postponed launch of a named rocket keeps its new date and joins the plan


def test_postponed_named_rocket_launch_joins_the_plan(nlp: Language, tmp_path: Path) -> None:
    recs = _stored(nlp, tmp_path, [
        (date(2026, 10, 20), "BENGALURU, Oct 20 (Wire) - The Indian Space Research Organisation will launch its PSLV"
                             " rocket on January 20, the agency said.\n"),
        (ANCHOR, "BENGALURU, Nov 2 (Wire) - The Indian Space Research Organisation has postponed the launch of its"
                 " PSLV rocket to February 4, the agency said on Monday.\n"),
    ], "launch")
    assert [_record(r) for r in recs] == [("India", "PSLV rocket", "2027-02-04", "postponed",
                                           None, ["planned", "postponed"])]


# 6. an exercise moved to another place: the plan at the new place, the plan at the old one called off; a name
# before the words of the kind ("the annual Kamandag military exercises") is the exercise's name


def test_moved_exercise_is_a_plan_at_the_new_place(nlp: Language) -> None:
    text = "The Kamandag exercises have been moved from Cebu to Davao, the Philippine military said on Monday."
    assert [(e.actor.name, e.what, e.place.name if e.place else None, e.status, e.refers_to_plan)
            for e in _family(nlp, text, "exercise")] == [
        ("Philippines", "Kamandag", "Davao", "planned", True), ("Philippines", "Kamandag", "Cebu City", "cancelled", True)]


@pytest.mark.parametrize("text,what", [
    ("The Philippines and Japan will hold the annual Kamandag military exercises in Cebu on April 20.", "Kamandag"),
    ("The Philippines and the United States will hold the annual Cope Thunder air exercises in Cebu on April 20.",
     "Cope Thunder"),
])
def test_name_before_kind_words_is_the_what(nlp: Language, text: str, what: str) -> None:
    assert [e.what for e in _family(nlp, text, "exercise")] == [what]


def test_moved_exercise_is_the_stored_plan_now_there(nlp: Language, tmp_path: Path) -> None:
    recs = _stored(nlp, tmp_path, [
        (date(2026, 10, 20), "MANILA, Oct 20 (Wire) - The Philippines and Japan will hold the annual Kamandag military"
                             " exercises in Cebu on April 20, the military said.\n"),
        (ANCHOR, "MANILA, Nov 2 (Wire) - The Kamandag exercises have been moved from Cebu to Davao, the Philippine"
                 " military said on Monday.\n"),
    ], "exercise")
    assert sorted((_record(r) for r in recs), key=lambda rec: rec[4] or "") == [
        ("Philippines", "Kamandag", "2027-04-20", "planned", "Davao", ["planned", "planned"])]  # one exercise, moved
    # (round 50: the move is a change of the stored plan, not a call-off and a second plan), on the day of the plan


# 7. "said it would move Saturday's rally to X": "it" is the telling crowd, the rally a plan at X


def test_crowd_it_moves_its_rally(nlp: Language) -> None:
    text = "The opposition will hold a rally in Bursa on Saturday. The opposition said it would move Saturday's rally to Adana instead."
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status, e.refers_to_plan)
            for e in _family(nlp, text, "protest")] == [
        ("opposition", "Bursa", "2026-11-07", "planned", False), ("opposition", "Adana", "2026-11-07", "planned", True),
        ("opposition", None, "2026-11-07", "cancelled", True)]  # the plan moved away, wherever it was (the store finds it)


def test_state_it_still_never_protests(nlp: Language) -> None:
    assert _family(nlp, "Turkey said it would protest the drills in the Aegean.", "protest") == []


# 8. a passive outcome with no agent ("Sanctions were imposed on X") or a measure taking effect: the organ's state or
# the body that tells it


@pytest.mark.parametrize("text,actor,targets,when", [
    ("Sanctions were imposed on three senior Serbian judges on Thursday, France's foreign ministry said.",
     "France", ("Serbia",), "2026-10-29"),
    ("Tariffs were imposed on Chinese steel on Friday, according to Canada's finance ministry.",
     "Canada", ("China",), "2026-10-30"),
])
def test_passive_sanction_told_by_organ(nlp: Language, text: str, actor: str, targets: tuple[str, ...], when: str) -> None:
    evs = _family(nlp, text, "sanction")
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.date.value, e.status) for e in evs] == [
        (actor, targets, when, "happened")]


def test_passive_sanction_told_by_no_organ_no_event(nlp: Language) -> None:
    assert _family(nlp, "Sanctions were imposed on three Iranian bankers on Friday, an analyst said.", "sanction") == []


def test_sanctions_in_force_told_by_body(nlp: Language, tmp_path: Path) -> None:
    recs = _stored(nlp, tmp_path, [
        (ANCHOR, "BRUSSELS, Nov 2 (Wire) - New sanctions on Belarus came into force on Monday, the European Union"
                 " said.\n"),
        (ANCHOR, "BRUSSELS, Nov 2 (Wire) - New European Union sanctions on Belarus came into force on Monday, the EU"
                 " said.\n"),
    ], "sanction")
    assert [(r.actor.name, tuple(c.name for c in r.counterparts), r.date.value, r.status, len(r.evidence)) for r in recs] == [
        ("European Union", ("Belarus",), "2026-11-02", "happened", 2)]


# 9. votes told by their outcome


@pytest.mark.parametrize("text,actor,when", [
    ("Chile's Senate voted 30 to 12 on Thursday to approve the pension bill.", "Senate of Chile", "2026-10-29"),
    ("Lawmakers voted 98 against 40 on Wednesday to remove the minister.", "Parliament", "2026-10-28"),
])
def test_vote_with_tally_happened(nlp: Language, text: str, actor: str, when: str) -> None:
    assert [(e.actor.name, e.date.value, e.status) for e in _family(nlp, text, "vote")] == [(actor, when, "happened")]


def test_won_election_of_a_state_happened(nlp: Language) -> None:
    text = "The Green Party won Austria's parliamentary election held on Sunday."
    assert _rows(_family(nlp, text, "vote")) == [
        ("Austria", "parliamentary election", (), None, "2026-11-01", "happened", False)]


def test_won_election_of_no_state_is_no_vote_of_the_winner(nlp: Language) -> None:
    assert _family(nlp, "The Green Party won the parliamentary election held on Sunday.", "vote") == []


def test_vote_in_after_clause_is_the_bodys(nlp: Language) -> None:
    text = "Defence Minister Ana Lopes resigned on Friday, a day after parliament passed her budget."
    assert [(e.actor.name, e.what, e.date.value, e.status) for e in _family(nlp, text, "vote")] == [
        ("Parliament", "budget", "2026-10-29", "happened")]


def test_planned_censure_vote(nlp: Language) -> None:
    text = "Congress would hold a censure vote against Prime Minister Rosa Quispe on Thursday."
    assert [(e.actor.name, e.what, tuple(c.name for c in e.counterparts), e.date.value, e.status)
            for e in _family(nlp, text, "vote")] == [("Congress", "censure vote", ("Rosa Quispe",), "2026-11-05", "planned")]


def test_target_of_passive_sanctions_is_no_actor(nlp: Language) -> None:
    evs = _family(nlp, "Sanctions on Venezuela were extended on Monday, Canada's foreign ministry said.", "sanction")
    assert [(e.actor.name, tuple(c.name for c in e.counterparts)) for e in evs] == [("Canada", ("Venezuela",))]
    assert _family(nlp, "Sanctions on Venezuela were extended on Monday.", "sanction") == []


def test_military_staff_is_an_organ(nlp: Language) -> None:
    text = "The air drills planned for Wednesday have been called off, Japan's Joint Staff said."
    assert [(e.actor.name, e.date.value, e.status) for e in _family(nlp, text, "exercise")] == [("Japan", "2026-11-04", "cancelled")]
