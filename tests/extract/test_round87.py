"""Round 87 (session 73): what audits 328-333 (state visits, hostage releases, finance missions, health emergencies,
climate conferences, court cases) and the long-open gap of troops sent and withdrawn found, in one article. Each test
states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.time import find_times
from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 3)  # a Wednesday


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 3, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str | None, str | None, str | None, str]]:
    return [(e.action, e.actor.name, e.what, e.place.name if e.place else None, e.date.value, e.status) for e in events]


def test_round87_troops_sent_to_a_country_are_a_deployment_there() -> None:
    events = _found("BERLIN, June 3 (Wire) - Germany deployed a brigade to Lithuania on Tuesday.")
    assert _rows(events) == [("deploy", "Germany", "brigade", "Lithuania", "2026-06-02", "happened")]
    assert (events[0].cameo, events[0].plover, events[0].plover_mode) == ("154", "MOBILIZE", "troops")


@pytest.mark.parametrize("text,row", [
    ("TOKYO, June 3 (Wire) - Japan will dispatch two destroyers to the Gulf of Aden in July, the defence ministry said.",
     ("deploy", "Japan", "destroyers", "Gulf of Aden", "2026-07", "planned")),
    ("LONDON, June 3 (Wire) - Britain sent two warships to the Red Sea on Monday.",
     ("deploy", "United Kingdom", "warships", "Red Sea", "2026-06-01", "happened")),
    ("PARIS, June 3 (Wire) - France plans to station 300 soldiers in Estonia from September.",
     ("deploy", "France", "soldiers", "Estonia", "2026-09", "planned")),
])
def test_round87_dispatching_sending_and_stationing_forces_are_deployments(text: str, row: tuple[str, ...]) -> None:
    assert _rows(_found(text)) == [row]


def test_round87_police_sent_abroad_are_a_deployment_of_police_power() -> None:
    (event,) = _found("NAIROBI, June 3 (Wire) - Kenya will deploy 400 police officers to Haiti next week, the interior "
                      "ministry said.")
    assert (event.action, event.actor.name, event.what, event.place.name if event.place else None, event.cameo) == (
        "deploy", "Kenya", "police officers", "Haiti", "153")


def test_round87_forces_arriving_are_their_states_deployment_but_troops_visited_are_none() -> None:
    events = _found("PORT-AU-PRINCE, June 3 (Wire) - The first 200 Kenyan police officers arrived in Port-au-Prince on "
                    "Tuesday. The prime minister visited troops at a base in Cap-Haitien on Monday. Soldiers fired "
                    "into the air.")
    assert [(e.action, e.actor.name, e.what) for e in events if e.action != "visit"] == [
        ("deploy", "Kenya", "police officers")]
    assert all(e.action in ("deploy", "visit") for e in events)


@pytest.mark.parametrize("text,row", [
    ("WASHINGTON, June 3 (Wire) - The United States will pull 3,000 troops out of Germany by the end of the year.",
     ("withdraw", "United States", "troops", "Germany", "2026", "planned")),
    ("PARIS, June 3 (Wire) - France completed the withdrawal of its forces from Niger on Sunday.",
     ("withdraw", "France", "forces", "Niger", "2026-05-31", "happened")),
])
def test_round87_forces_pulled_out_are_a_withdrawal_from_where_they_leave(text: str, row: tuple[str, ...]) -> None:
    events = _found(text)
    assert _rows(events) == [row]
    assert events[0].cameo == ("0356" if row[-1] == "planned" else "0874")


@pytest.mark.parametrize("text", [
    "WASHINGTON, June 3 (Wire) - Senator Ruth Alder withdrew from the race on Monday.",
    "WASHINGTON, June 3 (Wire) - The government withdrew the bill on Monday.",
    "WASHINGTON, June 3 (Wire) - The coach pulled the striker out of the squad on Monday.",
])
def test_round87_withdrawing_anything_but_forces_is_no_withdrawal(text: str) -> None:
    assert [e for e in _found(text) if e.action == "withdraw"] == []


def test_round87_a_broker_of_a_truce_mediates_between_its_sides() -> None:
    events = _found("CAIRO, June 3 (Wire) - Egypt brokered a truce between Israel and Hamas on Monday.")
    assert sorted((e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.date.value) for e in events) == [
        ("mediate", "Egypt", ("Israel", "Hamas"), "2026-06-01"), ("truce", "Israel", ("Hamas",), "2026-06-01")]


def test_round87_a_deal_brokered_by_a_state_is_its_mediation() -> None:
    events = _found("MINSK, June 3 (Wire) - The journalist was freed on Monday under a deal brokered by the Vatican.")
    assert [(e.action, e.actor.name, e.status) for e in events if e.action == "mediate"] == [
        ("mediate", "Vatican", "happened")]


def test_round87_a_meeting_called_for_a_weekday_is_the_coming_one_and_no_phone_call() -> None:
    events = _found("NICOSIA, June 3 (Wire) - Cyprus has called an emergency meeting of EU health ministers for Friday "
                    "in Brussels to discuss bird flu.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events] == [
        ("meet", "Cyprus", "Brussels", "2026-06-05", "planned")]


@pytest.mark.parametrize("text", [
    "Cyprus has called an emergency meeting of EU health ministers for Friday.",
    "The board has scheduled a vote on the merger of the two regional banks for Friday.",
])
def test_round87_a_day_set_for_a_long_object_lies_ahead(text: str) -> None:
    (friday,) = find_times(text, _DAY)
    assert (friday.text, friday.value) == ("Friday", "2026-06-05")


@pytest.mark.parametrize("text,row", [
    ("BEIRUT, June 3 (Wire) - The last Ghanaian peacekeepers left Lebanon on Tuesday.",
     ("withdraw", "Ghana", "peacekeepers", "Lebanon", "2026-06-02", "happened")),
    ("REYKJAVIK, June 3 (Wire) - Four Norwegian F-35 jets landed at Keflavik air base on Tuesday.",
     ("deploy", "Norway", "jets", "Keflavík", "2026-06-02", "happened")),
])
def test_round87_forces_landing_or_leaving_are_their_states_deployment_or_withdrawal(text: str,
                                                                                    row: tuple[str, ...]) -> None:
    assert _rows(_found(text)) == [row]


def test_round87_a_withdrawal_of_a_nations_forces_put_off_is_that_nations() -> None:
    events = _found("ACCRA, June 3 (Wire) - The withdrawal of Ghanaian peacekeepers from Lebanon has been postponed until "
                    "September.")
    assert _rows(events) == [("withdraw", "Ghana", "peacekeepers", "Lebanon", "2026-09", "postponed")]


def test_round87_a_state_putting_off_the_deployment_of_its_own_forces_holds_it() -> None:
    events = _found("CANBERRA, June 3 (Wire) - The deployment of 500 Kenyan police officers to Haiti was delayed again. "
                    "Australia has postponed the deployment of its P-8A aircraft.")
    assert [(e.action, e.actor.name, e.status) for e in events] == [
        ("deploy", "Kenya", "postponed"), ("deploy", "Australia", "postponed")]


@pytest.mark.parametrize("text,row", [
    ("BEIJING, June 3 (Wire) - China denied reports that it would hold drills near Taiwan.", ("exercise", "China", "denied")),
    ("ANKARA, June 3 (Wire) - Turkey's defence ministry denied reports that it would pull its soldiers out of northern "
     "Iraq.", ("withdraw", "Turkey", "denied")),
])
def test_round87_a_state_denying_reports_of_its_own_plan_denies_its_plan(text: str, row: tuple[str, str, str]) -> None:
    assert [(e.action, e.actor.name, e.status) for e in _found(text)] == [row]


def test_round87_some_of_a_states_troops_withdrawn_are_its_withdrawal() -> None:
    events = _found("LONDON, June 3 (Wire) - Britain will withdraw about 400 of its 900 troops from Estonia in April.")
    assert [(e.action, e.actor.name, e.what, e.status) for e in events] == [
        ("withdraw", "United Kingdom", "troops", "planned")]


def test_round87_talks_hosted_before_a_past_agreement_were_hosted() -> None:
    events = _found("KUALA LUMPUR, June 3 (Wire) - The two sides agreed to a ceasefire on Tuesday after talks hosted by "
                    "Anwar Ibrahim in Kuala Lumpur.")
    assert [(e.action, e.actor.name, e.status) for e in events if e.action == "host"] == [
        ("host", "Anwar Ibrahim", "happened")]


def test_round87_another_gathering_attended_instead_keeps_its_own_plan() -> None:
    events = _found("OTTAWA, June 3 (Wire) - Canada has cancelled next week's ministerial meeting on methane in Calgary, "
                    "Environment Minister Julien Tremblay said. He will instead attend a Group of Seven environment "
                    "ministers' meeting in Evian on August 12.")
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("meet", "Canada", "cancelled", "2026-W24", "Calgary"),
        ("attend", "Julien Tremblay", "planned", "2026-08-12", "Evian")]


@pytest.mark.parametrize("text,value", [
    ("The union has called off Saturday's rally.", "2026-06-06"),
    ("The government has postponed September's election.", "2026-09"),
    ("Ethiopia has pulled out as host of September's African Climate Summit.", "2026-09"),
])
def test_round87_a_day_whose_event_is_called_off_lies_ahead(text: str, value: str) -> None:
    (found,) = find_times(text, date(2026, 6, 2))  # a Tuesday
    assert found.value == value


def test_round87_talks_under_a_nations_mediation_are_its_mediation_not_the_sides() -> None:
    events = _found("KUNMING, June 3 (Wire) - Myanmar's military and the Ta'ang National Liberation Army held talks in "
                    "Kunming on Tuesday under Chinese mediation.")
    assert [(e.action, e.actor.name, e.status) for e in events if e.action == "mediate"] == [
        ("mediate", "China", "happened")]


def test_round87_a_hyphenated_name_sentenced_to_a_term_is_the_one_sentenced() -> None:
    events = _found("SEOUL, June 3 (Wire) - A Seoul court on Tuesday sentenced former lawmaker Park Ji-hoon to three "
                    "years in prison.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("sentence", "Park Ji-hoon", "happened", "2026-06-02")]


@pytest.mark.parametrize("text,row", [
    ("EAST RUTHERFORD, June 3 (Wire) - Emmanuel Macron watched the World Cup final from the stands at MetLife Stadium "
     "on Tuesday.", ("attend", "Emmanuel Macron", "happened", "2026-06-02")),
    ("SUVA, June 3 (Wire) - Prime Minister Sitiveni Rabuka laid a wreath at the state funeral on Tuesday.",
     ("attend", "Sitiveni Rabuka", "happened", "2026-06-02")),
])
def test_round87_watching_a_final_or_laying_a_wreath_at_a_funeral_is_attending(text: str, row: tuple[str, ...]) -> None:
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in _found(text)] == [row]


def test_round87_a_final_watched_on_television_and_a_burial_are_no_attendance() -> None:
    events = _found("SUVA, June 3 (Wire) - Millions watched the final on television. Former President Ratu Epeli was "
                    "laid to rest on Tuesday.")
    assert [(e.action, e.actor.name) for e in events] == [("funeral", "Ratu Epeli")]


def test_round87_a_weekday_of_next_week_is_that_day() -> None:
    events = _found("MADRID, June 3 (Wire) - Interior Minister Fernando Grande-Marlaska is due to visit the Tarajal border "
                    "crossing in Ceuta on Thursday next week, ministry sources said.")
    assert [(e.action, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("visit", "2026-06-11", "Ceuta")]


@pytest.mark.parametrize("text,row", [
    ("WASHINGTON, June 3 (Wire) - The White House will host Kenyan President William Ruto on Friday.",
     ("host", "United States", ("William Ruto",))),
    ("WASHINGTON, June 3 (Wire) - The Pentagon will send 1,500 troops to Poland next week.",
     ("deploy", "United States", ())),
])
def test_round87_a_seat_of_government_doing_an_act_is_its_state(text: str, row: tuple[object, ...]) -> None:
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in _found(text)] == [row]


def test_round87_a_seat_of_government_as_a_venue_stays_the_venue() -> None:
    events = _found("WASHINGTON, June 3 (Wire) - President William Ruto will hold talks at the White House on Friday.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None) for e in events] == [
        ("meet", "William Ruto", "White House")]


def test_round87_walking_free_is_being_freed() -> None:
    events = _found("MINSK, June 3 (Wire) - Journalist Andrei Kuzmin walked free on Tuesday after 18 months in prison. "
                    "Dock workers walked out on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("freed", "Andrei Kuzmin", "happened", "2026-06-02"), ("protest", "workers", "happened", "2026-06-01")]


@pytest.mark.parametrize("text,value", [
    ("The ministers will meet next week on Thursday.", "2026-06-11"),
    ("They met last week on Tuesday.", "2026-05-26"),
])
def test_round87_a_weekday_after_its_week_is_that_weeks_day(text: str, value: str) -> None:
    (day,) = [t for t in find_times(text, _DAY) if t.text in ("Thursday", "Tuesday")]
    assert day.value == value


def test_round87_a_meeting_next_week_on_a_weekday_takes_the_day() -> None:
    events = _found("MADRID, June 3 (Wire) - Pedro Sanchez will meet Giorgia Meloni in Rome next week on Thursday.")
    assert [(e.action, e.date.value) for e in events] == [("meet", "2026-06-11")]
