"""Round 81 (session 67): stories across articles from audits 285-293: an opening a minister planned told done by his
state, a new mine told opened with no doer, a product launch put off and then unveiled, a company meeting put off to a
new day and then held, and a meeting planned during a trip put off with it. Sentences and names are our own. June 1,
2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


def _events(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round81_a_states_opening_is_the_plan_its_minister_made(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ASTANA, June 1 (Wire) - Kazakhstan's Transport Minister Yerlan Dossov will open a new cargo terminal at "
         "Aktobe airport on Friday, the ministry said.", date(2026, 6, 1)),
        ("AKTOBE, Kazakhstan, June 5 (Wire) - Kazakhstan opened a new cargo terminal at Aktobe airport on Friday, "
         "officials said.", date(2026, 6, 5)),
    ])
    assert _events(store, "open") == [("Yerlan Dossov", "happened", "2026-06-05", 2)]
    answer = ask(store, "Will Yerlan Dossov open the cargo terminal at Aktobe airport by June 10, 2026?", date(2026, 6, 6))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round81_a_states_opening_joins_the_plan_of_its_official_of_no_known_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("HANOI, June 1 (Wire) - Deputy Prime Minister Pham Van Tien will open the final section of the Coastal "
         "Expressway between Quang Ngai and Binh Dinh on Saturday, the construction ministry said.", date(2026, 6, 1)),
        ("QUANG NGAI, Vietnam, June 6 (Wire) - Vietnam opened the last stretch of its Coastal Expressway on Saturday, "
         "state media said.", date(2026, 6, 6)),
    ])
    assert _events(store, "open") == [("Pham Van Tien", "happened", "2026-06-06", 2)]


@pytest.mark.slow
def test_round81_a_new_mine_told_opened_with_no_doer_is_the_ministers_planned_opening(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, June 1 (Wire) - Zambia's Mines Minister Bwalya Zulu will officially open the Chiwala South copper "
         "mine near Solwezi on Thursday, his ministry said.", date(2026, 6, 1)),
        ("SOLWEZI, Zambia, June 4 (Wire) - A new $900 million copper mine opened in northwestern Zambia on Thursday, "
         "the latest sign of a revival in mining.", date(2026, 6, 4)),
    ])
    assert _events(store, "open") == [("Bwalya Zulu", "happened", "2026-06-04", 2)]


@pytest.mark.slow
def test_round81_a_phone_launch_put_off_and_then_unveiled_is_one_launch(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("PUNE, June 1 (Wire) - Indian phone maker Tarang Devices will launch its first foldable phone, the Vela Z, "
         "at an event in Pune next Tuesday, the company said.", date(2026, 6, 1)),
        ("PUNE, June 5 (Wire) - Tarang Devices has delayed the launch of its Vela Z foldable phone by two days because "
         "of a shortage of screens, the company said on Friday.", date(2026, 6, 5)),
        ("PUNE, June 11 (Wire) - Tarang Devices unveiled its Vela Z foldable smartphone on Thursday, pricing it below "
         "80,000 rupees.", date(2026, 6, 11)),
    ])
    assert _events(store, "launch") == [("Tarang Devices", "happened", "2026-06-11", 3)]


@pytest.mark.slow
def test_round81_a_company_meeting_put_off_to_a_new_day_and_then_held_there_is_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LAGOS, June 1 (Wire) - Adunola Cement Plc will hold its annual general meeting on June 18 in Lagos, the "
         "company said in a filing.", date(2026, 6, 1)),
        ("LAGOS, June 15 (Wire) - Adunola Cement has postponed its annual general meeting, which had been scheduled "
         "for Thursday, to July 2, the cement maker said on Monday.", date(2026, 6, 15)),
        ("LAGOS, July 2 (Wire) - Shareholders of Adunola Cement approved a final dividend at Adunola Cement's annual "
         "general meeting in Lagos on Thursday.", date(2026, 7, 2)),
    ])
    assert _events(store, "meet") == [("Adunola Cement Plc", "happened", "2026-07-02", 3)]


@pytest.mark.slow
def test_round81_a_meeting_planned_during_a_trip_is_put_off_with_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ANKARA, June 1 (Wire) - Turkish Foreign Minister Selim Aksoy will visit Baghdad on Sunday for talks with his "
         "Iraqi counterpart Haider al-Amiri, the ministry said. Aksoy is also expected to meet Iraqi Prime Minister "
         "Nouri al-Hakim during the one-day trip.", date(2026, 6, 1)),
        ("ANKARA, June 5 (Wire) - Turkey has postponed Foreign Minister Selim Aksoy's visit to Baghdad, which had been "
         "scheduled for Sunday, a diplomatic source said on Friday.", date(2026, 6, 5)),
    ])
    assert sorted((e.action, e.status) for e in store.events()) == [  # type: ignore[attr-defined]
        ("meet", "postponed"), ("visit", "postponed")]
    answer = ask(store, "Will Selim Aksoy visit Baghdad on June 7, 2026?", date(2026, 6, 8))
    assert (answer.answer, answer.resolution) == ("no", "no"), answer.reason


@pytest.mark.slow
def test_round81_leaving_the_place_of_a_planned_visit_tells_the_visit_made(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("VIENNA, June 1 (Wire) - Agency chief Karl Lindholm will visit Tehran on Wednesday for talks on inspections, "
         "the agency said on Monday.", date(2026, 6, 1)),
        ("TEHRAN, June 4 (Wire) - Lindholm left Tehran on Thursday morning.", date(2026, 6, 4)),
    ])
    visits = [(e.action, e.status, e.date.value, e.date.end_value) for e in store.events()  # type: ignore[attr-defined]
              if e.actor.name == "Karl Lindholm"]
    assert visits == [("visit", "happened", "2026-06-03", "2026-06-04")]


@pytest.mark.slow
def test_round81_a_launch_scrubbed_then_flown_on_the_retry_day_resolves_yes(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TOKYO, June 2 (Wire) - Japanese rocket maker Kaze Orbital will launch its Tsubame-3 rocket carrying a weather "
         "satellite from the Tanegashima Space Center on Thursday, the company said.", date(2026, 6, 2)),
        ("TOKYO, June 4 (Wire) - Kaze Orbital called off Thursday's launch of its Tsubame-3 rocket because of strong "
         "winds. The company said it would try again on Sunday.", date(2026, 6, 4)),
        ("TOKYO, June 8 (Wire) - A Tsubame-3 rocket lifted off from the Tanegashima Space Center on Sunday, its maker "
         "Kaze Orbital said.", date(2026, 6, 8)),
    ])
    assert _events(store, "launch") == [("Kaze Orbital", "happened", "2026-06-07", 3)]
    answer = ask(store, "Will Kaze Orbital launch the Tsubame-3 rocket by June 12, 2026?", date(2026, 6, 9))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round81_a_ministers_trip_called_off_by_office_joins_his_plan_named_by_his_portfolio_list(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KUALA LUMPUR, June 8 (Wire) - Malaysian Science, Technology and Innovation Minister Farid Hamzah will visit "
         "Tokyo from June 15 to 17, his ministry said on Monday.", date(2026, 6, 8)),
        ("KUALA LUMPUR, June 12 (Wire) - Malaysia's science minister has cancelled a planned trip to Japan next week, a "
         "ministry spokeswoman said on Friday. Farid Hamzah had been due in Tokyo on Monday.", date(2026, 6, 12)),
    ])
    assert [(e.actor.name, e.status) for e in store.events() if e.action == "visit"] == [  # type: ignore[attr-defined]
        ("Farid Hamzah", "cancelled")]


@pytest.mark.slow
def test_round81_a_strike_begun_days_earlier_than_planned_at_the_same_port_is_the_planned_strike(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SAO PAULO, June 9 (Wire) - Dockworkers at the Port of Santos will go on an indefinite strike from Monday, "
         "June 15, their union said on Tuesday.", date(2026, 6, 9)),
        ("SAO PAULO, June 12 (Wire) - Workers at the Port of Santos walked off the job on Friday, three days earlier "
         "than planned.", date(2026, 6, 12)),
    ])
    assert _events(store, "protest") == [("dockworkers", "happened", "2026-06-12", 2)]


@pytest.mark.slow
def test_round81_a_hosting_reported_as_the_guests_meeting_stays_a_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SEOUL, June 10 (Wire) - President Park Min-jae will host Japanese Prime Minister Haruto Ishida for a summit "
         "in Seoul on June 19, his office said.", date(2026, 6, 10)),
        ("BUSAN, June 19 (Wire) - Ishida met Park Min-jae in Seoul on Friday.", date(2026, 6, 19)),
    ])
    assert [(e.action, e.actor.name, e.status) for e in store.events()  # type: ignore[attr-defined]
            if e.action in ("host", "meet")] == [("host", "Park Min-jae", "happened")]


@pytest.mark.slow
def test_round81_a_countrys_largest_labour_grouping_calling_off_a_nationwide_strike_calls_off_its_unions(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LAGOS, June 3 (Wire) - The Nigerian Labour Alliance said on Wednesday its members would begin an indefinite "
         "nationwide strike on June 10 unless the government reverses a rise in electricity tariffs.", date(2026, 6, 3)),
        ("ABUJA, June 9 (Wire) - Nigeria's largest labour grouping called off a nationwide strike that was due to start "
         "on Wednesday, after reaching a deal with the government.", date(2026, 6, 9)),
    ])
    assert _events(store, "protest") == [("Nigerian Labour Alliance", "cancelled", "2026-06-10", 2)]


@pytest.mark.slow
def test_round81_a_trial_that_failed_to_resume_and_resumed_later_answers_a_resume_question(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, June 4 (Wire) - The terrorism trial of separatist leader Emeka Okonjo will resume on Monday at the "
         "Federal High Court in Abuja, his lawyer said.", date(2026, 6, 4)),
        ("ABUJA, June 8 (Wire) - The trial of separatist leader Emeka Okonjo failed to resume on Monday because the "
         "judge was away.", date(2026, 6, 8)),
        ("ABUJA, July 2 (Wire) - The trial of separatist leader Emeka Okonjo resumed at the Federal High Court on "
         "Thursday.", date(2026, 7, 2)),
    ])
    assert _events(store, "trial") == [("Emeka Okonjo", "happened", "2026-07-02", 3)]
    question = "Will Emeka Okonjo's trial resume by July 5, 2026?"
    put_off = ask(store, question, date(2026, 6, 9))
    assert put_off.resolution is None and put_off.event is not None and put_off.event.status == "postponed", \
        put_off.reason
    done = ask(store, question, date(2026, 7, 3))
    assert (done.answer, done.resolution) == ("yes", "yes"), done.reason


@pytest.mark.slow
def test_round81_a_states_call_off_of_an_inauguration_of_a_thing_calls_off_its_ministers_opening(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 4 (Wire) - Peru's Transport Minister Rosa Villanueva will inaugurate a new passenger terminal at "
         "Arequipa airport on June 13, the ministry said on Thursday.", date(2026, 6, 4)),
        ("LIMA, June 11 (Wire) - Peru has called off Saturday's inauguration of the new terminal at Arequipa airport, "
         "the transport ministry said.", date(2026, 6, 11)),
    ])
    assert _events(store, "open") == [("Rosa Villanueva", "cancelled", "2026-06-13", 2)]
