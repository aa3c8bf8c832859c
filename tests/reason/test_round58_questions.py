"""Round 58 (session 44): two people named together as the subject of a meeting asked with its place ("Will X and Y
meet in Rome?") are the one and the other as its counterpart, as without the place. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored

_PLAN = ("ROME, March 10 (Wire) - Italian Prime Minister Marco Bellini will hold talks with French President Anne "
         "Durand in Rome on Friday.", date(2026, 3, 10))
_DONE = ("ROME, March 14 (Wire) - Bellini and Durand met in Rome on Friday and agreed to build a rail tunnel.",
         date(2026, 3, 14))


@pytest.mark.parametrize(("question", "target", "place"), [
    ("Will Bellini and Durand meet in Rome?", "Durand", "Rome"),
    ("Will Bellini and Durand hold talks at the Quirinal Palace?", "Durand", "the Quirinal Palace"),
    ("Will Bellini and Durand meet?", "Durand", None),
])
def test_round58_two_people_meeting_at_a_place_are_actor_and_counterpart(question: str, target: str,
                                                                         place: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == ("Bellini", "meet", target)
    assert pattern.place in (place, place.removeprefix("the ") if place else None)


@pytest.mark.slow
def test_round58_a_pair_meeting_in_a_city_resolves_with_the_report(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    before = ask(store, "Will Bellini and Durand meet in Rome?", date(2026, 3, 11))
    assert before.resolution is None and before.answer != "no", before.reason
    assert before.probability is not None and 0.2 < before.probability < 0.9, before.reason
    after = ask(store, "Will Bellini and Durand meet in Rome?", date(2026, 3, 15))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
    elsewhere = ask(store, "Will Bellini and Durand meet in Paris?", date(2026, 3, 15))
    assert elsewhere.resolution is None and elsewhere.answer != "yes", elsewhere.reason


@pytest.mark.slow
def test_round58_a_body_asked_by_its_short_name_is_the_body_stored_by_its_long_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, Aug 20 (Wire) - Economic ministers of the Association of Southeast Asian Nations will meet in Manila "
         "next Thursday.", date(2026, 8, 20)),
        ("MANILA, Aug 25 (Wire) - The ASEAN economic ministers' meeting scheduled for Thursday has been postponed "
         "because of a typhoon.", date(2026, 8, 25)),
    ])
    events = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, e.status) for e in events] == [("Association of Southeast Asian Nations", "postponed")]
    answer = ask(store, "Will ASEAN economic ministers meet in Manila by August 31, 2026?", date(2026, 8, 25))
    assert answer.event is not None and answer.answer != "yes", answer.reason
    assert answer.probability is not None and answer.probability < 0.5, answer.reason


@pytest.mark.slow
def test_round58_the_security_council_plan_and_its_meeting_are_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("UNITED NATIONS, April 17 (Wire) - The UN Security Council will hold an emergency meeting on Monday on the "
         "deepening crisis in Haiti, diplomats said.", date(2026, 4, 17)),
        ("UNITED NATIONS, April 20 (Wire) - The Security Council met behind closed doors on Monday to discuss gang "
         "violence in Haiti.", date(2026, 4, 20)),
    ])
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in store.events()] == [
        ("UN Security Council", "happened", "2026-04-20", 2)]
    answer = ask(store, "Will the UN Security Council hold a meeting by April 22, 2026?", date(2026, 4, 21))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round58_an_exchange_made_a_day_after_the_window_resolves_no_at_once(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KYIV, April 1 (Wire) - Russia and Ukraine will exchange 150 prisoners of war each on Friday, Ukrainian "
         "officials said.", date(2026, 4, 1)),
        ("KYIV, April 4 (Wire) - Russia and Ukraine swapped 150 prisoners of war each on Saturday, a day later than "
         "planned, officials said.", date(2026, 4, 4)),
    ])
    question = "Will Russia and Ukraine exchange prisoners of war by April 3, 2026?"
    assert ask(store, question, date(2026, 4, 3)).resolution is None
    late = ask(store, question, date(2026, 4, 4))
    assert (late.answer, late.resolution) == ("no", "no"), late.reason
    assert "after the window ending 2026-04-03" in late.reason
    later = ask(store, "Will Russia and Ukraine exchange prisoners of war by April 5, 2026?", date(2026, 4, 4))
    assert (later.answer, later.resolution) == ("yes", "yes"), later.reason


_OFFICES = ("KUALA LUMPUR, June 22 (Wire) - The defence ministers of Thailand and Cambodia will meet in Kuala Lumpur on "
            "Thursday, Malaysia's foreign ministry said.", date(2026, 6, 22))


@pytest.mark.slow
def test_round58_the_named_holders_meeting_is_the_plan_told_of_their_offices(tmp_path: Path) -> None:
    store = stored(tmp_path, [_OFFICES, (
        "KUALA LUMPUR, June 25 (Wire) - Thai Defence Minister Nattaphon Narkphanit and his Cambodian counterpart Tea "
        "Seiha met in Kuala Lumpur on Thursday.", date(2026, 6, 25))])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.status, e.date.value, len(e.evidence)) for e in meetings] == [("happened", "2026-06-25", 2)]
    early = ask(store, "Will Nattaphon Narkphanit meet Tea Seiha by June 30, 2026?", date(2026, 6, 23))
    assert early.event is None, early.reason  # (his name is known from June 25 on: nothing leaks)
    late = ask(store, "Will Nattaphon Narkphanit meet Tea Seiha by June 30, 2026?", date(2026, 6, 26))
    assert (late.answer, late.resolution) == ("yes", "yes"), late.reason
    offices = ask(store, "Will the defence ministers of Thailand and Cambodia meet by June 30, 2026?", date(2026, 6, 26))
    assert (offices.answer, offices.resolution) == ("yes", "yes"), offices.reason


@pytest.mark.slow
def test_round58_a_meeting_between_two_nationalities_ministers_moved_is_the_offices_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [_OFFICES, (
        "BANGKOK, June 24 (Wire) - Thursday's meeting between the Thai and Cambodian defence ministers has been moved "
        "to Bangkok and pushed back to Saturday at Cambodia's request, Thailand's defence ministry said.",
        date(2026, 6, 24))])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in meetings] == [
        ("Defence Minister of Thailand", "planned", "2026-06-27", "Bangkok")], meetings


def test_round58_a_meeting_asked_with_its_topic_is_a_meeting() -> None:
    pattern = parse_question("Will the UN Security Council hold a meeting on Haiti by April 22, 2026?")
    assert (pattern.actor, pattern.action, pattern.target, pattern.place) == ("UN Security Council", "meet", "", None)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["Will G20 finance ministers meet in Washington by July 31, 2026?",
                                      "Will the Group of 20 meet in Washington by July 31, 2026?"])
def test_round58_a_bodys_members_asked_by_portfolio_are_the_body(tmp_path: Path, question: str) -> None:
    store = stored(tmp_path, [
        ("WASHINGTON, July 9 (Wire) - Finance ministers and central bank governors of the Group of 20 will gather in "
         "Washington next Thursday.", date(2026, 7, 9)),
        ("WASHINGTON, July 16 (Wire) - Group of 20 finance ministers opened two days of talks in Washington on "
         "Thursday.", date(2026, 7, 16)),
    ])
    before = ask(store, question, date(2026, 7, 10))
    assert before.event is not None and before.resolution is None, before.reason
    after = ask(store, question, date(2026, 7, 17))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
    assert ask(store, "Will the IMF managing director meet in Washington by July 31, 2026?",
               date(2026, 7, 17)).event is None


_LIFT = ("WASHINGTON, June 16 (Wire) - The United States will lift sanctions on the Belarusian potash producer "
         "Belaruskali on Friday, the Treasury said.", date(2026, 6, 16))
_LIFTED = ("WASHINGTON, June 19 (Wire) - The U.S. Treasury on Friday removed sanctions on Belaruskali, the state potash "
           "giant.", date(2026, 6, 19))


@pytest.mark.slow
def test_round58_sanctions_lifted_are_one_event_planned_then_done(tmp_path: Path) -> None:
    store = stored(tmp_path, [_LIFT, _LIFTED])
    assert [(e.actor.name, e.action, e.status, e.date.value, e.cameo, e.plover, len(e.evidence))
            for e in store.events()] == [("United States", "ease", "happened", "2026-06-19", "085", "RETREAT", 2)]
    question = "Will the United States lift sanctions on Belaruskali by June 30, 2026?"
    early = ask(store, question, date(2026, 6, 16))
    assert early.resolution is None and early.event is not None, early.reason
    late = ask(store, question, date(2026, 6, 19))
    assert (late.answer, late.resolution) == ("yes", "yes"), late.reason
    imposed = ask(store, "Will the United States impose sanctions on Belaruskali by June 30, 2026?", date(2026, 6, 19))
    assert imposed.resolution != "yes", imposed.reason  # (lifting is no imposing)


@pytest.mark.parametrize(("question", "action"), [
    ("Will the EU ease sanctions on Syria by May 1?", "ease"),
    ("Will the United States lift tariffs on Canadian steel?", "ease"),
    ("Will the United States impose sanctions on Venezuela?", "sanction"),
])
def test_round58_lifting_and_easing_are_asked_as_their_own_family(question: str, action: str) -> None:
    assert parse_question(question).action == action


@pytest.mark.slow
def test_round58_a_meeting_moved_online_calls_off_the_city_and_is_held_by_video(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("VIENNA, May 28 (Wire) - OPEC+ ministers will meet in Vienna on Sunday to review output targets, two "
         "delegates said.", date(2026, 5, 28)),
        ("VIENNA, May 30 (Wire) - Sunday's OPEC+ ministerial meeting will be held online rather than in Vienna, the "
         "group's secretariat said.", date(2026, 5, 30)),
        ("VIENNA, May 31 (Wire) - OPEC+ ministers agreed at a videoconference on Sunday to keep output targets "
         "unchanged.", date(2026, 5, 31)),
    ])
    rows = sorted((e.status, e.place.name if e.place else None) for e in store.events())
    assert rows == [("cancelled", "Vienna"), ("happened", None)], rows
    vienna = ask(store, "Will OPEC+ ministers meet in Vienna by June 1, 2026?", date(2026, 5, 31))
    assert (vienna.answer, vienna.resolution) == ("no", "no"), vienna.reason
    held = ask(store, "Will OPEC+ ministers meet by June 1, 2026?", date(2026, 5, 31))
    assert (held.answer, held.resolution) == ("yes", "yes"), held.reason


@pytest.mark.slow
def test_round58_the_planned_exchange_is_made_by_its_actors_release_that_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GAZA, April 6 (Wire) - Hamas will release four Israeli hostages on Thursday in return for the freeing of about "
         "120 Palestinian prisoners, mediators said.", date(2026, 4, 6)),
        ("GAZA, April 9 (Wire) - Hamas released four Israeli hostages to the Red Cross on Thursday.", date(2026, 4, 9)),
    ])
    hamas = [e for e in store.events() if e.actor.name == "Hamas"]
    assert [(e.status, e.date.value, len(e.evidence)) for e in hamas] == [("happened", "2026-04-09", 2)], hamas
    answer = ask(store, "Will Hamas release Israeli hostages by April 12, 2026?", date(2026, 4, 9))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason
