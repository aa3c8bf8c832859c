"""Round 67 (session 53): a plan moved by a bare definite noun ("The summit has been moved from Kumasi to Tema") is the
stored plan, now at its new place; the inauguration of a railway moved and then held is one event; a question about
the minister who signed for her state finds the state's signing; an unnamed new holder of a post sworn in is the
person whose swearing-in was planned; a postponed plan told again on its new day stays postponed; a stop in a country
called off calls off the talks planned there; a state's signing plan done by its leaders (one named by surname only)
is one event; "the Spanish monarch" is the king the store knows. Sentences and names are our own. June 6, 2026 is a
Saturday; September 24, 2025 a Wednesday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.cli.main import parse_args
from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round67_a_summit_moved_by_its_noun_is_the_plan_at_its_new_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana's President Kwame Mensah will attend a regional summit in Kumasi on Saturday, "
         "the presidency announced.", date(2026, 6, 1)),
        ("ACCRA, June 3 (Wire) - The summit has been moved from Kumasi to Tema, the ministry said on Wednesday.",
         date(2026, 6, 3)),
    ])
    events = store.events()
    assert [(e.action, e.status, e.place.name if e.place else None, e.date.value) for e in events] == \
        [("attend", "planned", "Tema", "2026-06-06")]
    assert ask(store, "Will Kwame Mensah attend the summit in Kumasi?", as_of=date(2026, 6, 4)).answer == "no"
    assert ask(store, "Will Kwame Mensah attend the summit in Tema?", as_of=date(2026, 6, 4)).answer == "yes"


@pytest.mark.slow
def test_round67_a_railway_inauguration_moved_then_held_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana's President Kwame Mensah will inaugurate the new Northern Line railway at a "
         "ceremony in Kumasi on Saturday, the presidency announced.", date(2026, 6, 1)),
        ("ACCRA, June 3 (Wire) - The inauguration of the Northern Line railway has been moved from Kumasi to Tema, the "
         "transport ministry said on Wednesday.", date(2026, 6, 3)),
        ("TEMA, June 6 (Wire) - President Kwame Mensah inaugurated the Northern Line railway in Tema on Saturday.",
         date(2026, 6, 6)),
    ])
    opened = [e for e in store.events() if e.action == "open"]
    assert [(e.status, e.place.name if e.place else None, e.date.value, len({v.article_id for v in e.evidence}))
            for e in opened] == [("happened", "Tema", "2026-06-06", 3)]
    assert ask(store, "Will Kwame Mensah inaugurate the Northern Line railway in Kumasi?",
               as_of=date(2026, 6, 4)).answer == "no"


@pytest.mark.slow
def test_round67_a_question_about_the_signing_minister_finds_the_states_signing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("WELLINGTON, March 9 (Wire) - New Zealand and Chile will sign a digital trade agreement later this month, "
         "New Zealand's Trade Minister Sarah Whitmore said on Monday.", date(2026, 3, 9)),
        ("SANTIAGO, March 27 (Wire) - Chile and New Zealand signed a digital trade agreement in Santiago on Friday. New "
         "Zealand Trade Minister Sarah Whitmore signed the accord with Chilean Foreign Minister Rodrigo Salas.",
         date(2026, 3, 27)),
    ])
    answer = ask(store, "Will Sarah Whitmore sign a digital trade agreement with Chile?", as_of=date(2026, 3, 28))
    assert (answer.answer, answer.resolution) == ("yes", "yes")


@pytest.mark.slow
def test_round67_a_new_post_holder_sworn_in_is_the_person_planned_for_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, Sept 22 (Wire) - Air Vice Marshal Kofi Amoah will be sworn in as Ghana's Chief of Defence Staff on "
         "Wednesday, the presidency said on Monday.", date(2025, 9, 22)),
        ("ACCRA, Sept 25 (Wire) - Ghana's new Chief of Defence Staff took the oath of office on Wednesday at a ceremony "
         "at Jubilee House.", date(2025, 9, 25)),
    ])
    sworn = [e for e in store.events() if e.action == "inaugurate"]
    assert [(e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence})) for e in sworn] == \
        [("Kofi Amoah", "happened", "2025-09-24", 2)]


@pytest.mark.slow
def test_round67_a_postponed_plan_told_again_on_its_new_day_stays_postponed(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BRASILIA, June 1 (Wire) - Brazilian President Helena Costa will pay a state visit to Portugal starting June "
         "15, the foreign ministry said on Monday.", date(2026, 6, 1)),
        ("LISBON, June 10 (Wire) - The state visit by Brazil's president to Portugal has been postponed until "
         "September, the Portuguese presidency said on Wednesday.", date(2026, 6, 10)),
        ("BRASILIA, June 12 (Wire) - A spokesman for President Helena Costa denied reports that her visit to Portugal "
         "had been cancelled, saying it would take place in September.", date(2026, 6, 12)),
    ])
    visits = [e for e in store.events() if e.action == "visit" and e.place is not None and e.place.name == "Portugal"]
    assert [(e.status, e.date.value) for e in visits] == [("postponed", "2026-09")]


@pytest.mark.slow
def test_round67_a_country_stop_called_off_calls_off_the_talks_planned_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, Aug 3 (Wire) - Nigerian President Ibrahim Okafor is scheduled to address Zambia's parliament in "
         "Lusaka on August 10 and to hold talks with Zimbabwean President Tendai Moyo in Harare on August 12, the "
         "presidency said on Monday.", date(2026, 8, 3)),
        ("LUSAKA, Aug 10 (Wire) - Nigerian President Ibrahim Okafor addressed Zambia's parliament in Lusaka on Monday. "
         "His office said the same day that the stop in Zimbabwe had been called off because of a planned strike.",
         date(2026, 8, 10)),
    ])
    talks = [e for e in store.events() if e.action == "meet"]
    assert [(e.status, e.place.name if e.place else None, e.date.value) for e in talks] == \
        [("cancelled", "Harare", "2026-08-12")]
    assert ask(store, "Will Ibrahim Okafor meet Tendai Moyo?", as_of=date(2026, 8, 11)).resolution == "no"


@pytest.mark.slow
def test_round67_a_states_signing_plan_done_by_its_leaders_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("PARIS, May 4 (Wire) - French President Lucien Marchetti is due to meet Indian Prime Minister Ravi Deshmukh in "
         "New Delhi next Tuesday, when the two governments are expected to sign a defence agreement.", date(2026, 5, 4)),
        ("NEW DELHI, May 12 (Wire) - Marchetti and Deshmukh signed a defence cooperation agreement in New Delhi on "
         "Tuesday.", date(2026, 5, 12)),
    ])
    signed = [e for e in store.events() if e.action == "sign"]
    assert [(e.status, e.date.value, len({v.article_id for v in e.evidence})) for e in signed] == \
        [("happened", "2026-05-12", 2)]


@pytest.mark.slow
def test_round67_the_spanish_monarch_is_the_king_the_store_knows(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MADRID, Sept 7 (Wire) - King Rodrigo of Spain is due to visit Guadalajara on September 23, the royal "
         "household said on Monday.", date(2026, 9, 7)),
        ("MEXICO CITY, Sept 18 (Wire) - The Spanish monarch's visit to Guadalajara has been moved to September 24, the "
         "foreign ministry said on Friday.", date(2026, 9, 18)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.actor.name, e.status, e.date.value) for e in visits] == [("Rodrigo", "planned", "2026-09-24")]


def test_round67_the_database_may_be_named_before_the_command() -> None:
    assert parse_args(["--db", "x.db", "events"]).db == "x.db"
    assert parse_args(["--db", "x.db", "events", "--db", "y.db"]).db == "y.db"


@pytest.mark.slow
def test_round67_an_undated_attendance_told_on_the_plans_day_is_the_plan_done(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LILONGWE, June 4 (Wire) - Zambian President Mwila Banda will attend the funeral in Blantyre on Saturday, "
         "officials said.", date(2026, 6, 4)),
        ("BLANTYRE, June 6 (Wire) - Zambian President Mwila Banda attended the funeral and paid tribute to the late "
         "president.", date(2026, 6, 6)),
    ])
    assert [(e.status, e.place.name if e.place else None, e.date.value, len(e.evidence)) for e in store.events()] == \
        [("happened", "Blantyre", "2026-06-06", 2)]


@pytest.mark.slow
def test_round67_a_funeral_moved_moves_the_attendances_planned_for_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LILONGWE, June 2 (Wire) - Zambian President Mwila Banda will attend the state funeral of former Malawian "
         "President Peter Chirwa in Lilongwe on Saturday, the Zambian foreign ministry said on Tuesday.",
         date(2026, 6, 2)),
        ("LILONGWE, June 4 (Wire) - The state funeral of former President Peter Chirwa on Saturday has been moved to "
         "Blantyre, his home city, the government said on Thursday. Zambian President Mwila Banda will now attend the "
         "funeral in Blantyre on Saturday, officials said.", date(2026, 6, 4)),
    ])
    banda = [e for e in store.events() if e.actor.name == "Mwila Banda"]
    assert [(e.status, e.place.name if e.place else None, e.date.value) for e in banda] == \
        [("planned", "Blantyre", "2026-06-06")]
    assert ask(store, "Will Mwila Banda attend the funeral in Lilongwe?", as_of=date(2026, 6, 5)).answer == "no"
