"""Round 80 (session 66): stories across articles from audits 280-283: a summit a state hosts put off by its organisers
and then held, a minister named by office in the report, a plan put off past a question's window, an opening and a
twinning deal put off by reports that name no doer, a friendly a state hosts asked by its guest's name. Sentences and
names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


def _events(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


_HOSTED = ("DAR ES SALAAM, June 1 (Wire) - Tanzania will host a regional fisheries summit in Mwanza on June 15, the "
           "fisheries ministry said on Monday.", date(2026, 6, 1))
_PUT_OFF = ("DAR ES SALAAM, June 8 (Wire) - The regional fisheries summit in Mwanza has been pushed back to June 22, "
            "organisers said on Monday.", date(2026, 6, 8))
_OPENED = ("MWANZA, June 23 (Wire) - The regional fisheries summit opened in Mwanza on Monday with ministers from six "
           "countries.", date(2026, 6, 23))


@pytest.mark.slow
def test_round80_a_hosted_summit_put_off_by_its_organisers_and_then_held_is_one_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [_HOSTED, _PUT_OFF, _OPENED])
    assert _events(store, "host") == [("Tanzania", "happened", "2026-06-22", 3)]
    assert _events(store, "hold") == []
    question = "Will Tanzania host the regional fisheries summit by June 30, 2026?"
    put_off = ask(store, question, date(2026, 6, 9))
    assert put_off.resolution is None and put_off.event is not None and put_off.event.status == "postponed", put_off.reason
    held = ask(store, question, date(2026, 6, 23))
    assert (held.answer, held.resolution) == ("yes", "yes"), held.reason


@pytest.mark.slow
def test_round80_a_minister_of_a_portfolio_is_the_portfolios_minister_a_later_report_names_by_office(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana's Minister of Education, Dr. Efua Mensah, will open a new science block at "
         "Mawuli School in Ho on Thursday, the ministry said.", date(2026, 6, 1)),
        ("HO, June 4 (Wire) - The education minister on Thursday opened a new science block at Mawuli School in Ho. "
         "Efua Mensah told pupils the laboratories would be ready next term.", date(2026, 6, 4)),
    ])
    assert _events(store, "open") == [("Efua Mensah", "happened", "2026-06-04", 2)]


@pytest.mark.slow
def test_round80_a_federal_ministers_trip_called_off_under_his_states_office_is_his(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ISLAMABAD, June 1 (Wire) - Federal Interior Minister Hamid Baloch will visit Quetta on Wednesday, his office "
         "said on Monday.", date(2026, 6, 1)),
        ("QUETTA, June 2 (Wire) - Pakistan's interior minister called off a visit to Quetta planned for Wednesday after "
         "a bomb attack on a police post, officials said.", date(2026, 6, 2)),
    ])
    assert _events(store, "visit") == [("Hamid Baloch", "cancelled", "2026-06-03", 2)]


@pytest.mark.slow
def test_round80_a_visit_put_off_past_a_closed_window_resolves_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BRASILIA, May 29 (Wire) - Health Minister Renata Alves will visit Belem on Tuesday to open a dengue clinic, "
         "her office said on Friday.", date(2026, 5, 29)),
        ("BRASILIA, June 1 (Wire) - Health Minister Renata Alves has pushed back her trip to Belem to Thursday because "
         "of a cabinet meeting, her office said on Monday.", date(2026, 6, 1)),
    ])
    question = "Will Renata Alves visit Belem on June 2, 2026?"
    open_ = ask(store, question, date(2026, 6, 2))
    assert open_.resolution is None and open_.probability < 0.5, open_.reason
    closed = ask(store, question, date(2026, 6, 3))
    assert (closed.answer, closed.resolution) == ("no", "no"), closed.reason
    assert closed.cited is not None and closed.cited.published == date(2026, 6, 1)
    later = ask(store, "Will Renata Alves visit Belem by June 10, 2026?", date(2026, 6, 3))
    assert later.resolution is None and later.answer == "yes", later.reason


@pytest.mark.slow
def test_round80_an_opening_put_off_at_a_place_the_plan_did_not_name_moves_the_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, June 1 (Wire) - Governor Musa Danladi will open the new Kawo flyover on Saturday, his office said on "
         "Monday.", date(2026, 6, 1)),
        ("KADUNA, June 4 (Wire) - The opening of the Kawo flyover in Kaduna, planned for Saturday, has been postponed "
         "to June 20 to allow final safety checks, the state works ministry said.", date(2026, 6, 4)),
    ])
    assert _events(store, "open") == [("Musa Danladi", "postponed", "2026-06-20", 2)]


@pytest.mark.slow
def test_round80_a_twinning_deal_between_two_towns_put_off_moves_the_signing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("POZNAN, June 1 (Wire) - Lviv Mayor Orest Hrytsenko will visit Poznan on Friday and sign a cultural exchange "
         "deal with Poznan Mayor Adam Nowak, the city hall said.", date(2026, 6, 1)),
        ("POZNAN, June 3 (Wire) - The signing of a cultural exchange deal between Poznan and the Ukrainian city of Lviv, "
         "planned for Friday, has been postponed to June 19, the city hall said.", date(2026, 6, 3)),
    ])
    assert _events(store, "sign") == [("Orest Hrytsenko", "postponed", "2026-06-19", 2)]
    answer = ask(store, "Will Orest Hrytsenko sign a cultural exchange deal with Adam Nowak by June 10, 2026?",
                 date(2026, 6, 3))
    assert answer.resolution is None and answer.probability < 0.5, answer.reason


@pytest.mark.slow
def test_round80_a_state_asked_as_the_guest_it_hosts_is_a_party_not_a_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana will host Togo in a friendly in Accra on Saturday, the Ghana Football "
         "Association said.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Ghana host Togo in Accra by June 14, 2026?", date(2026, 6, 2))
    assert answer.answer == "yes" and answer.event is not None, answer.reason


@pytest.mark.slow
def test_round80_a_visit_put_off_to_later_in_the_month_holding_its_day_takes_that_month(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CANBERRA, June 29 (Wire) - Foreign Minister Claire Donnelly is due to visit Jakarta on July 7 for talks with "
         "her Indonesian counterpart Ratna Siregar.", date(2026, 6, 29)),
        ("CANBERRA, July 3 (Wire) - Foreign Minister Claire Donnelly has postponed her visit to Jakarta, planned for next "
         "week, until later in July so that Indonesia can focus on the flood response, her office said on Friday.",
         date(2026, 7, 3)),
    ])
    assert _events(store, "visit") == [("Claire Donnelly", "postponed", "2026-07", 2)]


@pytest.mark.slow
def test_round80_a_rejected_call_for_delay_is_no_doubt(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, June 15 (Wire) - City chief executive Kojo Ansah will close the old Makola bus terminal on Monday, June "
         "22, to allow its rebuilding, the assembly said.", date(2026, 6, 15)),
        ("ACCRA, June 19 (Wire) - Kojo Ansah rejected calls for a delay to the closure of the Makola bus terminal. Ansah "
         "told reporters the terminal would shut on Monday as planned.", date(2026, 6, 19)),
    ])
    assert _events(store, "close") == [("Kojo Ansah", "planned", "2026-06-22", 1)]
    answer = ask(store, "Will Kojo Ansah close the Makola bus terminal by June 30, 2026?", date(2026, 6, 20))
    assert answer.answer == "yes" and answer.probability >= 0.6, answer.reason


@pytest.mark.slow
def test_round80_a_museum_named_after_of_is_asked_as_an_opening(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TASHKENT, June 1 (Wire) - Culture Minister Bakhtiyor Rakhimov will open the new Museum of Silk Road "
         "Civilisations in Samarkand on June 12.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Bakhtiyor Rakhimov open the Museum of Silk Road Civilisations by June 15, 2026?",
                 date(2026, 6, 3))
    assert answer.answer == "yes" and answer.event is not None and answer.event.action == "open", answer.reason


@pytest.mark.slow
def test_round80_a_company_named_with_and_without_plc_is_one_company(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LAGOS, June 5 (Wire) - Adebayo Cement Plc will hold its annual general meeting in Lagos on June 18, the "
         "company said in a filing.", date(2026, 6, 5)),
        ("LAGOS, June 15 (Wire) - Adebayo Cement has postponed its annual general meeting, which had been scheduled for "
         "Thursday, to July 2, the cement maker said on Monday.", date(2026, 6, 15)),
    ])
    assert [(actor, status, sources) for actor, status, _, sources in _events(store, "meet")] == [
        ("Adebayo Cement Plc", "postponed", 2)]


@pytest.mark.slow
def test_round80_a_televised_debate_is_asked_as_the_candidates_meeting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 1 (Wire) - Presidential candidates Rosa Quispe and Martin Delgado will face each other in a "
         "televised debate in Arequipa on Sunday, the electoral board said.", date(2026, 6, 1)),
        ("AREQUIPA, June 8 (Wire) - Rosa Quispe and Martin Delgado clashed over mining taxes in a televised debate in "
         "Arequipa on Sunday.", date(2026, 6, 8)),
    ])
    before = ask(store, "Will Rosa Quispe and Martin Delgado hold a televised debate by June 10, 2026?", date(2026, 6, 2))
    assert before.answer == "yes" and before.resolution is None, before.reason
    after = ask(store, "Will Rosa Quispe debate Martin Delgado by June 10, 2026?", date(2026, 6, 8))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
