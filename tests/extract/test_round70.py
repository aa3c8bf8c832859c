"""Round 70 (session 56): what audits 246-249 (tours of monarchs, disasters, economic diplomacy, opposition politics)
found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return list(next(ex for _, ex in extract(articles, get_nlp(settings))).events)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    return sorted((e.action, e.actor.name, e.status, e.date.value) for e in events)


def test_round70_a_trip_called_off_for_a_weekdays_occasion_is_on_the_coming_day() -> None:
    # Thursday, June 4: "Saturday's wedding" is June 6, the occasion the trip was for, not the Saturday before
    events = _extracted("COPENHAGEN, June 4 (Wire) - King Harald Moe of Norway has cancelled his trip to Copenhagen for "
                        "Saturday's royal wedding after a fall, the palace said on Thursday.", date(2026, 6, 4))
    assert [(e.action, e.status, e.date.value) for e in events] == [("visit", "cancelled", "2026-06-06")]


def test_round70_a_person_crowned_is_installed_in_the_dateline_city_and_a_guest_attends_there() -> None:
    events = _extracted("APIA, June 1 (Wire) - Crown Prince Tavita Leota will be crowned King of Samoa on Thursday in a "
                        "ceremony at the cathedral, the palace said on Monday. Fijian Prime Minister Sione Rabuka is "
                        "due to attend the coronation, his office said.")
    got = sorted((e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events)
    assert got == [("attend", "Sione Rabuka", "planned", "2026-06-04", "Apia"),
                   ("inaugurate", "Tavita Leota", "planned", "2026-06-04", "Apia")]


@pytest.mark.parametrize("sentence", [
    "The archbishop crowned the new king on Sunday.",
    "Real Sociedad were crowned champions on Sunday.",
])
def test_round70_crowning_someone_else_or_a_title_of_sport_is_no_ones_installation(sentence: str) -> None:
    events = _extracted(f"MADRID, June 1 (Wire) - {sentence}")
    assert [e for e in events if e.action == "inaugurate"] == []


def test_round70_a_return_from_exile_put_off_is_the_leaders_journey_postponed() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - The return of opposition leader Kofi Mensah from exile has been "
                        "postponed to June 20, his party said on Monday.")
    assert _rows(events) == [("travel", "Kofi Mensah", "postponed", "2026-06-20")]


@pytest.mark.parametrize("sentence", ["Kofi Mensah's tax return was filed on Friday.",
                                      "The company's return to profit surprised analysts on Friday."])
def test_round70_a_return_of_money_is_no_journey(sentence: str) -> None:
    assert [e for e in _extracted(f"ACCRA, June 1 (Wire) - {sentence}") if e.action == "travel"] == []


def test_round70_an_arrest_at_the_airport_is_not_in_the_city_another_clause_names() -> None:
    events = _extracted("GULU, June 3 (Wire) - A court in Gulu on Wednesday granted bail to opposition leader Ruth "
                        "Akello, two days after she was arrested at the airport on her return from exile.",
                        date(2026, 6, 3))
    (arrest,) = [e for e in events if e.action == "arrested"]
    assert (arrest.date.value, arrest.place) == ("2026-06-01", None)


@pytest.mark.parametrize("sentence", [
    "Kenyan police have banned an opposition rally planned for Saturday in Kisumu.",
    "The High Court on Thursday upheld a police ban on Saturday's opposition rally in Kisumu.",
])
def test_round70_a_rally_banned_is_the_oppositions_called_off_not_the_banners(sentence: str) -> None:
    events = _extracted(f"KISUMU, June 4 (Wire) - {sentence}", date(2026, 6, 4))
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "protest"] == [
        ("opposition", "cancelled", "2026-06-06")]


def test_round70_mourners_attending_a_funeral_tell_it_held() -> None:
    events = _extracted("MZUZU, June 6 (Wire) - Thousands of mourners attended the funeral of veteran unionist Peter "
                        "Banda in Mzuzu on Saturday.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("funeral", "Peter Banda", "happened", "2026-06-06")]


def test_round70_calling_someone_a_quoted_name_is_no_phone_call() -> None:
    events = _extracted('MZUZU, June 6 (Wire) - Opposition leader Grace Phiri, who spoke at the service, called Banda '
                        '"a tireless voice for workers".', date(2026, 6, 6))
    assert [e for e in events if e.action == "call"] == []


def test_round70_a_rally_led_by_a_person_is_that_persons_held() -> None:
    events = _extracted("NDOLA, June 7 (Wire) - Tens of thousands of supporters packed the stadium in Ndola on Sunday "
                        "for a rally led by Opposition leader Mutale Zulu.", date(2026, 6, 7))
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "protest"] == [
        ("Mutale Zulu", "happened", "2026-06-07")]


def test_round70_a_states_abbreviation_before_a_title_is_its_country() -> None:
    events = _extracted("TBILISI, June 4 (Wire) - The US special envoy held talks with opposition leader Nino Kapanadze "
                        "in Tbilisi on Thursday.", date(2026, 6, 4))
    assert [(e.actor.name, e.actor.country) for e in events if e.action == "meet"] == [
        ("Special Envoy of United States", "United States")]


def test_round70_a_boycott_cue_does_not_deny_what_its_grievance_tells() -> None:
    events = _extracted("DHAKA, June 1 (Wire) - The opposition said on Monday it would boycott Thursday's talks with the "
                        "government, accusing the authorities of detaining dozens of its activists last week.")
    assert [e.status for e in events if e.action == "arrest"] != ["denied"]


def test_round70_a_pair_of_states_naming_a_forum_is_no_venue() -> None:
    events = _extracted("MANILA, June 1 (Wire) - Philippine Trade Secretary Rosa Lim will attend a Philippines-Japan "
                        "business forum in Osaka on Thursday, her department said on Monday.")
    assert [(e.action, e.place.name if e.place else None) for e in events] == [("attend", "Osaka")]


def test_round70_a_bodys_named_meeting_moved_is_the_bodys() -> None:
    events = _extracted("VIENNA, June 1 (Wire) - The OPEC+ ministerial meeting has been brought forward to June 10 from "
                        "June 17, two delegates said on Monday.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("meet", "OPEC+", "2026-06-10")]


@pytest.mark.parametrize(("sentence", "place"), [
    ("Prime Minister Ana Duarte toured charred hillsides around Coimbra on Monday.", "Coimbra"),
    ("Prime Minister Ana Duarte toured the flooded neighbourhoods of Coimbra on Monday.", "Coimbra"),
])
def test_round70_a_tour_of_the_outskirts_of_a_town_is_a_visit_there(sentence: str, place: str) -> None:
    events = _extracted(f"LISBON, June 1 (Wire) - {sentence}")
    assert [(e.action, e.place.name if e.place else None) for e in events] == [("visit", place)]


def test_round70_a_datelines_stated_country_places_its_city() -> None:
    # (the gazetteer's first Legazpi is a district of Madrid)
    events = _extracted("LEGAZPI, Philippines, June 1 (Wire) - Japanese Foreign Minister Kenji Sato arrived on Monday "
                        "evening.")
    assert [(e.place.name, e.place.country) for e in events if e.place is not None] == [("Legazpi", "Philippines")]


def test_round70_electing_a_successor_to_someone_is_no_vote_on_them() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - The Unity Party will hold a congress later this month to elect a "
                        "successor to Kwesi Boateng, who resigned as leader, officials said on Monday.")
    assert [[c.name for c in e.counterparts] for e in events if e.action == "vote"] == [[]]


def test_round70_talks_planned_for_a_day_then_put_off_are_postponed_despite_the_parse() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - Talks between the foreign ministers of Ghana and Togo planned for "
                        "Friday in Accra have been postponed, the ministry said on Monday.")
    assert [(e.action, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("meet", "postponed", "2026-06-05", "Accra")]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Ram Thapa visited Dolakha district on Monday.",
    "Prime Minister Ram Thapa surveyed the flooded villages of Dolakha district on Monday.",
])
def test_round70_a_name_before_a_settlement_noun_is_that_area(sentence: str) -> None:
    events = _extracted(f"KATHMANDU, June 1 (Wire) - {sentence}")
    assert [(e.action, e.place.name if e.place else None) for e in events] == [("visit", "Dolakha")]


def test_round70_the_two_sides_after_two_states_officials_are_those_states() -> None:
    events = _extracted("SEOUL, June 1 (Wire) - South Korean and Chilean officials held trade talks in Seoul on Monday. "
                        "The two sides will meet again in Santiago in July.")
    assert sorted((e.actor.name, tuple(c.name for c in e.counterparts), e.status, e.date.value) for e in events) == [
        ("South Korea", ("Chile",), "happened", "2026-06-01"), ("South Korea", ("Chile",), "planned", "2026-07")]


def test_round70_guests_listed_among_them_each_attend_with_their_own_country() -> None:
    events = _extracted("OSLO, June 1 (Wire) - Some 30 foreign guests are expected to attend, among them King Magnus of "
                        "Denmark and King Albert III of Belgium.")
    assert sorted((e.action, e.actor.name, e.actor.country, e.status) for e in events) == [
        ("attend", "Albert III", "Belgium", "planned"), ("attend", "Magnus", "Denmark", "planned")]


def test_round70_earlier_in_the_day_in_a_relative_clause_is_its_sentences_day() -> None:
    events = _extracted("TOKYO, June 2 (Wire) - The Emperor hosted a state banquet at the Imperial Palace on Tuesday for "
                        "King Magnus of Norway, who arrived in Tokyo earlier in the day.", date(2026, 6, 2))
    assert [e.date.value for e in events if e.action == "arrive"] == ["2026-06-02"]


def test_round70_a_trade_mission_to_a_city_is_its_leaders_visit() -> None:
    events = _extracted("ABUJA, June 1 (Wire) - Nigeria's Minister of Industry, Trade and Investment, Halima Okafor, "
                        "will lead a trade mission to Johannesburg later this month, her ministry said on Monday.")
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.place.name if e.place else None, e.date.value)
            for e in events] == [("visit", "Halima Okafor", [], "Johannesburg", "2026-06")]


def test_round70_a_mission_led_by_a_person_arriving_is_that_persons_arrival() -> None:
    events = _extracted("JOHANNESBURG, June 2 (Wire) - A Nigerian trade mission led by Industry Minister Halima Okafor "
                        "arrived in Johannesburg on Tuesday.", date(2026, 6, 2))
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("arrive", "Halima Okafor", "2026-06-02")]


def test_round70_a_state_putting_off_a_trade_mission_puts_off_its_visit() -> None:
    events = _extracted("ABUJA, June 1 (Wire) - Nigeria has pushed back a planned trade mission to South Africa to June "
                        "24, the industry ministry said on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("visit", "Nigeria", "postponed", "2026-06-24")]


def test_round70_a_peacekeeping_mission_is_no_visit() -> None:
    events = _extracted("BAMAKO, June 1 (Wire) - General Oumar Diarra will lead the UN peacekeeping mission in Mali from "
                        "next month, the United Nations said on Monday.")
    assert [e for e in events if e.action in ("visit", "attend")] == []
