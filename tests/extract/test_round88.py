"""Round 88 (session 74): what audits 339-343 (elections, trade talks, disaster relief, strikes, embassies and consulates)
found, in one article. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
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


def test_round88_a_consulate_general_is_the_consulate_closed() -> None:
    assert _rows(_found("GDANSK, June 3 (Wire) - Russia closed its consulate general in Gdansk on Tuesday.")) == [
        ("close", "Russia", "consulate", "Gdańsk", "2026-06-02", "happened")]


def test_round88_operations_suspended_or_resumed_at_a_site_close_or_reopen_it() -> None:
    events = _found("KHARTOUM, June 3 (Wire) - Japan suspended operations at its embassy in Khartoum on Tuesday. Japan "
                    "will resume operations at its embassy in Khartoum in July. The two sides suspended talks on Tuesday.")
    assert [r for r in _rows(events) if r[0] in ("close", "open")] == [
        ("close", "Japan", "embassy", "Khartoum", "2026-06-02", "happened"),
        ("open", "Japan", "embassy", "Khartoum", "2026-07", "planned")]


def test_round88_planes_loaded_with_relief_goods_are_aid() -> None:
    events = _found("ATHENS, June 3 (Wire) - Greece flew two transport planes loaded with tents and blankets to Turkey "
                    "on Monday.")
    assert [(e.action, e.actor.name, e.what, e.date.value, e.status) for e in events] == [
        ("aid", "Greece", "tents", "2026-06-01", "happened")]


def test_round88_a_vaccination_campaign_put_off_is_a_launch_put_off() -> None:
    (event,) = _found("ISLAMABAD, June 3 (Wire) - Pakistan has postponed its nationwide polio vaccination campaign, "
                      "which was due to begin on Monday, health officials said.")
    assert (event.action, event.actor.name, event.status, event.date.value, event.refers_to_plan) == (
        "launch", "Pakistan", "postponed", "2026-06-08", True)
    assert event.what is not None and event.what.endswith("vaccination campaign")


def test_round88_a_campaign_of_no_listed_kind_is_no_launch() -> None:
    events = _found("ROME, June 3 (Wire) - Italy stepped up its campaign against tax evasion on Monday.")
    assert not [e for e in events if e.action == "launch"]


def test_round88_a_nationality_before_a_joined_portfolio_title_is_the_persons_country() -> None:
    (event,) = _found("NAIROBI, June 3 (Wire) - Kenyan minister Grace Wanjiru will sign the deal with British Business "
                      "and Trade Secretary Martin Hollis on Friday.")
    assert [(c.name, c.country) for c in event.counterparts] == [("Martin Hollis", "United Kingdom")]


def test_round88_a_denied_report_with_a_misread_content_clause_is_a_denial() -> None:
    (event,) = _found("BRASILIA, June 3 (Wire) - Brazil on Tuesday denied a report that it intends to close its embassy "
                      "in Nicaragua.")
    assert (event.action, event.actor.name, event.what, event.status) == ("close", "Brazil", "embassy", "denied")


def test_round88_it_after_a_second_telling_verb_is_the_shared_subject() -> None:
    events = _found("VILNIUS, June 3 (Wire) - Lithuania expelled a Belarusian diplomat on Tuesday and said it would "
                    "close its own consulate in Grodno on July 1.")
    assert [r for r in _rows(events) if r[0] == "close"] == [
        ("close", "Lithuania", "consulate", "Grodno", "2026-07-01", "planned")]


@pytest.mark.parametrize("text,country", [
    ("MADRID, June 3 (Wire) - Spanish Foreign Minister Elena Soler plans to visit the earthquake-hit mountain villages "
     "south of Marrakesh later this month.", "Morocco"),
    ("MADRID, June 3 (Wire) - Spanish Foreign Minister Elena Soler will tour flooded villages south of Valencia on "
     "Friday.", "Spain"),
])
def test_round88_a_journey_told_by_its_direction_from_a_town_is_to_that_towns_country(text: str, country: str) -> None:
    (event,) = _found(text)
    assert (event.action, event.place.name if event.place else None) == ("visit", country)


def test_round88_a_country_owning_the_place_visited_is_where_not_with_whom() -> None:
    (event,) = _found("KATHMANDU, June 3 (Wire) - Indian External Affairs Minister Arvind Sethi will visit Nepal's "
                      "flood-hit Kaski district on Saturday.")
    assert event.place is not None
    assert (event.place.name, event.place.country, event.counterparts, event.date.value) == (
        "Kaski", "Nepal", (), "2026-06-06")


def test_round88_a_day_set_off_after_a_clause_told_before_its_teller_is_that_clauses() -> None:
    events = _found("MEXICO CITY, June 3 (Wire) - Mexico will reopen its embassy in Quito on June 29, and Ecuador is due "
                    "to reopen its embassy in Mexico City two days later, on July 1, the statement said.")
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value) for e in events] == [
        ("Mexico", "Quito", "2026-06-29"), ("Ecuador", "Mexico City", "2026-07-01")]


def test_round88_a_days_event_told_called_off_after_it_lies_ahead() -> None:
    events = _found("LIMA, June 3 (Wire) - Peru's Congress was due to vote on Thursday on a motion to remove the "
                    "president. Congress president Luis Aranda said Thursday's impeachment vote had been cancelled.")
    assert [(e.actor.name, e.status, e.date.value) for e in events] == [
        ("Congress of Peru", "planned", "2026-06-04"), ("Congress of Peru", "cancelled", "2026-06-04")]


@pytest.mark.parametrize("text,value", [
    ("Officials said Thursday's vote had been cancelled.", "2026-06-04"),
    ("Officials said Thursday's summit has been postponed.", "2026-06-04"),
    ("Officials said Thursday's vote was a disaster.", "2026-05-28"),
])
def test_round88_the_time_tagger_reads_a_possessive_day_before_a_call_off(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, _DAY)] == [value]


def test_round88_its_members_in_a_participle_clause_are_the_union_that_gave_notice() -> None:
    (event,) = _found("OTTAWA, June 3 (Wire) - The Canadian Union of Postal Workers served strike notice on Canada Post "
                      "on Wednesday, saying its members would walk off the job on Friday.")
    assert (event.action, event.actor.name, event.status, event.date.value) == (
        "protest", "Canadian Union of Postal Workers", "planned", "2026-06-05")


def test_round88_a_speaker_set_off_on_a_visit_is_there_when_speaking() -> None:
    events = _found("BRUSSELS, June 3 (Wire) - Turkish Trade Minister Selim Karaca, on a one-day visit to Brussels, said "
                    "on Tuesday that the talks had been frank and productive.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events] == [
        ("visit", "Selim Karaca", "Brussels", "2026-06-02", "happened")]


def test_round88_a_gatherings_host_clause_hung_on_its_members_is_the_gatherings() -> None:
    events = _found("KUALA LUMPUR, June 3 (Wire) - A special meeting of Southeast Asian economy ministers that Malaysia "
                    "was due to host in Kuala Lumpur on Thursday has been postponed, the trade ministry said.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.status) for e in events] == [
        ("host", "Malaysia", "Kuala Lumpur", "postponed")]


def test_round88_a_season_naming_the_kind_of_exercise_is_no_date() -> None:
    events = _found("OSLO, June 3 (Wire) - Norway will host 20,000 allied troops for the winter exercise Northern Gate "
                    "in Finnmark from Feb. 23 to March 6, the defence minister said.")
    assert [e.date.value for e in events] == ["2027-02-23"]


def test_round88_a_day_a_resignation_takes_effect_lies_ahead() -> None:
    events = _found('PRETORIA, June 1 (Wire) - Minister Thandi Nkosi said on Monday: "I have informed the President of '
                    'my decision to resign, effective this Friday."', date(2026, 6, 1))
    assert [(e.action, e.status, e.date.value) for e in events] == [("resign", "planned", "2026-06-05")]
    assert [t.value for t in find_times("He will step down with effect from Friday.", date(2026, 6, 1))] == ["2026-06-05"]


def test_round88_a_person_sworn_in_by_a_president_is_the_one_sworn_in() -> None:
    events = _found("LIMA, June 5 (Wire) - President Andres Quispe swore in Lucia Paredes as prime minister on Friday at "
                    "a ceremony in Lima that had been delayed from Wednesday.", date(2026, 6, 5))
    assert [(e.action, e.actor.name, e.what, e.date.value, e.status) for e in events] == [
        ("inaugurate", "Lucia Paredes", "prime minister", "2026-06-05", "happened")]


def test_round88_a_place_in_the_cause_of_a_change_is_not_the_events() -> None:
    events = _found("ACCRA, June 3 (Wire) - The meeting, hosted by Ghana, had been delayed by a day after storms in West "
                    "Africa grounded several flights.")
    assert all(e.place is None or e.place.name != "West Africa" for e in events)
    assert [(e.action, e.actor.name) for e in events] == [("host", "Ghana")]


def test_round88_ministers_meeting_somewhere_on_a_day_before_a_past_verb_met_there() -> None:
    events = _found("ACCRA, June 3 (Wire) - African trade ministers meeting in Accra on Tuesday adopted a protocol on "
                    "digital trade.")
    assert [(e.action, e.status, e.place.name if e.place else None, e.date.value) for e in events] == [
        ("meet", "happened", "Accra", "2026-06-02")]


def test_round88_a_lower_case_thanksgiving_is_no_holiday() -> None:
    assert [t.value for t in find_times("He said he would hold a thanksgiving rally in Eldoret next Monday.", _DAY)] == [
        "2026-06-08"]


@pytest.mark.parametrize("text,row", [
    ("MANILA, June 3 (Wire) - The anti-graft court will arraign former senator Ramon Villacorta on plunder charges on "
     "June 23.", ("hearing", "Ramon Villacorta", "planned", "2026-06-23")),
    ("MANILA, June 3 (Wire) - Former senator Ramon Villacorta was arraigned on Monday and pleaded not guilty.",
     ("hearing", "Ramon Villacorta", "happened", "2026-06-01")),
])
def test_round88_an_arraignment_is_the_defendants_hearing(text: str, row: tuple[str, ...]) -> None:
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in _found(text)] == [row]


@pytest.mark.parametrize("text,place", [
    ("SURABAYA, Indonesia, June 3 (Wire) - Indonesia's Corruption Court in Surabaya is scheduled to deliver its verdict "
     "on Thursday in the graft trial of former governor Bambang Setiawan, a court spokesman said.", "Surabaya"),
    ("BRASILIA, June 3 (Wire) - Brazil's Supreme Federal Court will deliver its verdict on Thursday in the bribery trial "
     "of former governor Rodrigo Valente, the court said.", "Brasília"),
    ("LONDON, June 3 (Wire) - Brazil's Supreme Federal Court will deliver its verdict on Thursday in the bribery trial "
     "of former governor Rodrigo Valente, the court said.", None),
])
def test_round88_a_courts_own_city_places_its_verdict(text: str, place: str | None) -> None:
    events = _found(text)
    assert [(e.action, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("verdict", "2026-06-04", place)]


def test_round88_an_office_title_with_its_portfolio_before_a_name_is_that_person() -> None:
    events = _found("NAYPYITAW, June 3 (Wire) - China's special envoy for Myanmar affairs Deng Xiaolin visited Naypyitaw "
                    "on Wednesday.")
    assert [(e.action, e.actor.name, e.actor.country, e.status) for e in events] == [
        ("visit", "Deng Xiaolin", "China", "happened")]


def test_round88_the_swearing_in_of_a_leaders_government_is_the_leaders() -> None:
    events = _found("ROME, June 3 (Wire) - The swearing-in of Prime Minister Giulia Marchetti's government, scheduled "
                    "for Thursday, has been postponed indefinitely.")
    assert [(e.action, e.actor.name, e.status, e.refers_to_plan) for e in events] == [
        ("inaugurate", "Giulia Marchetti", "postponed", True)]


def test_round88_a_rocket_carrying_a_states_satellite_lifting_off_is_that_states_launch() -> None:
    events = _found("TANEGASHIMA, Japan, June 3 (Wire) - An H3 rocket carrying Japan's Himawari-11 weather satellite "
                    "blasted off from the Tanegashima Space Center on Wednesday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("launch", "Japan", "happened", "2026-06-03")]


def test_round88_a_day_a_plan_is_moved_to_by_a_told_length_lies_ahead() -> None:
    assert [t.value for t in find_times("The meeting has been brought forward by a day to Wednesday.", date(2026, 7, 10))
            if t.type == "DATE"] == ["2026-07-15"]
