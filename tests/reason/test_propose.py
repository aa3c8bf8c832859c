"""Proposed questions from planned events."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.reason.ask import ask
from dateline.reason.propose import named_meeting, propose, propose_as_announced
from dateline.reason.question import parse_question
from dateline.store import Store

from dateline.model import ActorRef, PlaceRef

from .handmade import JSA, KOIZUMI, KOREA, LEE, SEOUL as SEOUL_CITY, TOKYO, Report, fill

BRUSSELS = PlaceRef("Brussels", "city", "Belgium", within=("Belgium",))
MARCHETTI = ActorRef("Livia Marchetti", "person", "Council President", "European Union")
TANABE = ActorRef("Kenji Tanabe", "person", "Prime Minister", "Japan")
COUNCIL = ActorRef("European Council", "org")
SUMMIT = "Council President Livia Marchetti will host Kenji Tanabe for an EU-Japan summit in Brussels on April 20."

D28 = date(2025, 10, 28)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("In Kuala Lumpur, the secretary plans to participate in the ASEAN Defence Ministers' Meeting-Plus, a forum.",
         "ASEAN Defence Ministers' Meeting-Plus"),
        ("The dialogue, known as the Security Consultative Meeting (SCM), is scheduled for November 4.",
         "Security Consultative Meeting"),
        ("Hegseth will visit Camp Humphreys.", None),
        ("Council President Livia Marchetti will host Kenji Tanabe for an EU-Japan summit in Brussels.",
         "EU-Japan summit"),
        ("The talks were moved, a European Council spokesperson said.", None),
        ("European Council President Livia Marchetti will travel on Monday.", None),
        ("Hegseth’s visit will span two days.", None),
        ("Marchetti's summit trip was praised.", None),
    ],
)
def test_propose_named_meeting(sentence: str, name: str | None) -> None:
    assert named_meeting(sentence) == name


def _fill(store: Store) -> None:
    fill(store, [
        Report("a1", D28, "Hegseth is scheduled to visit the Joint Security Area on November 3.", "visit", "planned",
               "2025-11-03", place=JSA),
        Report("a1", D28, "In Tokyo on Wednesday, Hegseth will meet Koizumi.", "meet", "planned", "2025-10-29",
               place=TOKYO, counterparts=(KOIZUMI,)),
    ])


def test_propose_questions_and_close_dates(store: Store) -> None:
    _fill(store)
    assert [(p.question, p.close_date.isoformat()) for p in propose(store, D28)] == [
        ("Will Pete Hegseth meet Shinjiro Koizumi in Tokyo by October 29, 2025?", "2025-10-30"),
        ("Will Pete Hegseth visit the Joint Security Area by November 3, 2025?", "2025-11-04"),
    ]


def test_propose_criteria_name_a_later_report(store: Store) -> None:
    _fill(store)
    assert propose(store, D28)[1].resolution_criteria == (
        "Yes if a news report published after 2025-10-28 states that Pete Hegseth visited the Joint Security "
        "Area between 2025-10-28 and 2025-11-03; no if the visit is cancelled or no such report appears by 2025-11-04."
    )


def test_propose_questions_parse_back(store: Store) -> None:
    _fill(store)
    assert [parse_question(p.question).action for p in propose(store, D28)] == ["meet", "visit"]


def test_propose_skips_past_events(store: Store) -> None:
    _fill(store)
    assert [p.event_id for p in propose(store, date(2025, 10, 30))] == [1]


def test_propose_host_object_is_the_guest(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 4, 2), SUMMIT, "host", "planned", "2026-04-20", actor=MARCHETTI,
                        place=BRUSSELS, counterparts=(TANABE, COUNCIL))])
    assert [p.question for p in propose(store, date(2026, 4, 2))] == [
        "Will Livia Marchetti host Kenji Tanabe in Brussels by April 20, 2026?"
    ]


def test_propose_never_names_the_actor_as_object(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 4, 2), "Council President Livia Marchetti will host a dinner on April 20.",
                        "host", "planned", "2026-04-20", actor=MARCHETTI, place=BRUSSELS,
                        counterparts=(MARCHETTI,))])
    assert propose(store, date(2026, 4, 2)) == []


def test_propose_attend_names_the_gathering(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 4, 2), SUMMIT + " Marchetti will attend.", "attend", "planned",
                        "2026-04-20", actor=MARCHETTI, place=BRUSSELS)])
    assert [p.question for p in propose(store, date(2026, 4, 2))] == [
        "Will Livia Marchetti attend the EU-Japan summit in Brussels by April 20, 2026?"
    ]


def test_propose_skips_rumours(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 7, 20), "Hegseth may visit South Korea on October 20, sources said.",
                        "visit", "uncertain", "2026-10-20", place=KOREA)])
    assert propose(store, date(2026, 7, 20)) == []


def test_propose_as_announced_works_on_an_archive(store: Store) -> None:
    _fill(store)
    fill(store, [Report("a2", date(2025, 11, 20), "Koizumi will visit Seoul on December 2.", "visit", "planned",
                        "2025-12-02", actor=KOIZUMI, place=KOREA)])
    assert [(p.from_day.isoformat() if p.from_day else None, p.question) for p in propose_as_announced(store)] == [
        ("2025-10-28", "Will Pete Hegseth meet Shinjiro Koizumi in Tokyo by October 29, 2025?"),
        ("2025-10-28", "Will Pete Hegseth visit the Joint Security Area by November 3, 2025?"),
        ("2025-11-20", "Will Shinjiro Koizumi visit South Korea by December 2, 2025?"),
    ]


def test_propose_a_meeting_named_as_object_is_attended(store: Store) -> None:
    fill(store, [Report("a1", D28, "The secretary will hold the annual Security Consultative Meeting in Tokyo on November 4.",
                        "meet", "planned", "2025-11-04", place=TOKYO)])
    (prop,) = propose(store, D28)
    assert prop.question == "Will Pete Hegseth attend the Security Consultative Meeting in Tokyo by November 4, 2025?"


def test_propose_a_signing_names_an_agreement_with_the_person(store: Store) -> None:
    fill(store, [Report("a1", D28, "Hegseth and Koizumi are expected to sign a memorandum in Tokyo on November 3.",
                        "sign", "planned", "2025-11-03", counterparts=(KOIZUMI,))])
    (prop,) = propose(store, D28)
    assert prop.question == "Will Pete Hegseth sign an agreement with Shinjiro Koizumi by November 3, 2025?"
    answer = ask(store, prop.question, D28)
    assert answer.event is not None and answer.event.action == "sign"


def test_propose_a_signing_without_a_person_names_the_document(store: Store) -> None:
    fill(store, [Report("a1", D28, "The two leaders are expected to sign a bilateral trade agreement in Tokyo on "
                        "November 3.", "sign", "planned", "2025-11-03", place=TOKYO)])
    (prop,) = propose(store, D28)
    assert prop.question == "Will Pete Hegseth sign the bilateral trade agreement in Tokyo by November 3, 2025?"
    answer = ask(store, prop.question, D28)
    assert answer.event is not None and answer.event.action == "sign" and answer.resolution is None


def test_propose_a_country_hosting_a_gathering(store: Store) -> None:
    china = ActorRef("China", "country", None, "China")
    fill(store, [Report("a1", D28, "China will host a summit of Pacific island leaders in Tokyo on November 5.", "host",
                        "planned", "2025-11-05", actor=china, place=TOKYO)])
    (prop,) = propose(store, D28)
    assert prop.question == "Will China host the summit of Pacific island leaders in Tokyo by November 5, 2025?"
    answer = ask(store, prop.question, D28)
    assert answer.event is not None and answer.event.action == "host"


def test_propose_no_question_for_a_postponement_without_a_new_day(store: Store) -> None:
    fill(store, [
        Report("a1", D28, "Hegseth will visit Tokyo on November 14.", "visit", "planned", "2025-11-14", place=TOKYO),
        Report("a1", D28, "Hegseth will visit Seoul on November 16.", "visit", "planned", "2025-11-16", place=JSA),
        Report("a2", date(2025, 11, 1), "Hegseth's visit to Tokyo has been postponed.", "visit", "postponed", None,
               place=TOKYO),
    ])
    questions = [p.question for p in propose(store, date(2025, 11, 2))]
    assert not any("Tokyo" in q for q in questions) and any("Joint Security Area" in q for q in questions)


def test_propose_an_organisation_counterpart_takes_the(store: Store) -> None:
    commission = ActorRef("African Union Commission", "org")
    fill(store, [Report("a1", D28, "Hegseth will meet the African Union Commission in Tokyo on November 3.", "meet",
                        "planned", "2025-11-03", place=TOKYO, counterparts=(commission,))])
    (prop,) = propose(store, D28)
    assert prop.question == "Will Pete Hegseth meet the African Union Commission in Tokyo by November 3, 2025?"


def _trip(store: Store, change: str, when: str | None) -> None:
    """Hegseth's Seoul trip with a meeting there; a later article changes the trip only."""
    fill(store, [
        Report("a1", date(2025, 10, 28), "Hegseth will visit Seoul on November 3.", "visit", "planned", "2025-11-03",
               place=SEOUL_CITY),
        Report("a1", date(2025, 10, 28), "He is due to meet Lee Jae Myung on November 3.", "meet", "planned",
               "2025-11-03", counterparts=(LEE,)),
        Report("a2", date(2025, 10, 30), "Hegseth has changed his plans for South Korea.", "visit", change, when,
               place=KOREA),
    ])


def test_propose_plans_move_with_their_postponed_trip(store: Store) -> None:
    _trip(store, "postponed", "2025-11-20")
    got = {p.question: p.close_date for p in propose(store, date(2025, 10, 31))}
    assert "Will Pete Hegseth meet Lee Jae Myung by November 20, 2025?" in got
    assert not any("by November 3" in q for q in got)


def test_propose_skips_plans_of_a_called_off_trip(store: Store) -> None:
    _trip(store, "cancelled", None)
    assert propose(store, date(2025, 10, 31)) == []


def test_propose_sign_names_the_document_with_its_complement(store: Store) -> None:
    fill(store, [Report("a1", D28, "Hegseth plans to visit Tokyo this week to sign an agreement on sharing radar data, "
                        "an official said.", "sign", "planned", "2025-10-30", place=TOKYO)])
    questions = [p.question for p in propose(store, D28)]
    assert "Will Pete Hegseth sign the agreement on sharing radar data in Tokyo by October 30, 2025?" in questions


def test_propose_a_visit_with_no_place_meets_its_host(store: Store) -> None:
    fill(store, [Report("a1", D28, "Hegseth will be received by Defence Minister Koizumi on October 30.", "visit",
                        "planned", "2025-10-30", counterparts=(KOIZUMI,))])
    assert [p.question for p in propose(store, D28)] == [
        "Will Pete Hegseth meet Shinjiro Koizumi by October 30, 2025?"]


def test_propose_no_visit_home(store: Store) -> None:
    washington = PlaceRef("Washington", "city", "United States", within=("United States",))
    fill(store, [Report("a1", D28, "Hegseth will return to Washington on October 30.", "visit", "planned",
                        "2025-10-30", place=washington)])
    assert propose(store, D28) == []


def test_propose_criteria_for_a_single_day(store: Store) -> None:
    fill(store, [Report("a1", D28, "Hegseth will visit Tokyo today.", "visit", "planned", "2025-10-28", place=TOKYO)])
    assert "on 2025-10-28" in propose(store, D28)[0].resolution_criteria


def test_propose_no_return_journey_and_sites_read_at_the(store: Store) -> None:
    pope = ActorRef("Leo XIV", "person", "Pope", None)
    president = ActorRef("Mariela Huaman", "person", "President", "Peru")
    rome = PlaceRef("Rome", "city", "Italy", within=("Italy",))
    palace = PlaceRef("Government Palace", "site", "Peru", within=("Lima", "Peru"))
    fill(store, [
        Report("a1", date(2026, 9, 10), "He will meet President Mariela Huaman at the Government Palace on Nov. 20.",
               "meet", "planned", "2026-11-20", actor=pope, place=palace, counterparts=(president,)),
        Report("a1", date(2026, 9, 10), "The pope will fly back to Rome on Nov. 25.", "travel", "planned", "2026-11-25",
               actor=pope, place=rome, trigger="fly"),
    ])
    questions = [p.question for p in propose(store, date(2026, 9, 10))]
    assert questions == ["Will Leo XIV meet Mariela Huaman at the Government Palace by November 20, 2026?"]


def test_propose_nothing_already_resolved_by_the_day(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 3, 28), "Hegseth will visit Tokyo on April 2.", "visit", "planned", "2026-04-02",
               place=TOKYO),
        Report("a1", date(2026, 3, 28), "Hegseth will meet Koizumi in Tokyo on April 2.", "meet", "planned",
               "2026-04-02", place=TOKYO, counterparts=(KOIZUMI,)),
        Report("a2", date(2026, 4, 2), "Hegseth met Koizumi in Tokyo on Thursday.", "meet", "happened", "2026-04-02",
               place=TOKYO, counterparts=(KOIZUMI,)),
    ])
    assert [p.question for p in propose(store, date(2026, 3, 28))] == [
        "Will Pete Hegseth visit Tokyo by April 2, 2026?", "Will Pete Hegseth meet Shinjiro Koizumi in Tokyo by April 2, 2026?"]
    assert propose(store, date(2026, 4, 2)) == []  # the talks in Tokyo answer both
