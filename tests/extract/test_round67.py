"""Round 67 (session 53): a ceremony "of" a thing ("The inauguration of the Northern Line railway has been moved ...")
is that thing's opening; a "visiting" delegation is nobody's visit of the clause; talks that "would continue at the
level of officials" are no one's meeting; names the recognizer misses ("X Y's planned visit", "Kwon Min-jae, South
Korea's trade minister, ..."); an office told before a person named later; military titles ("Ghana's new Chief of
Defence Staff took the oath"); a moved "final leg of the South African president's visit"; a stop "dropped from the
Dutch king's itinerary"; "the Spanish monarch"; an address to a senate; "to make room for" an event; "in his honour";
"Federal President"; "said the same day that the stop ... had been called off"; "go on to X"; "scrapping his planned
stop in X". Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event, Extraction
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _extraction(text: str, day: date = _DAY) -> Extraction:
    """The real pipeline's extraction of one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return next(ex for _, ex in extract(articles, get_nlp(settings)))


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    return list(_extraction(text, day).events)


def test_round67_the_inauguration_of_a_railway_moved_is_its_opening_moved() -> None:
    ex = _extraction("ACCRA, June 1 (Wire) - The inauguration of the Northern Line railway has been moved from Tamale "
                     "to Bolgatanga, the transport ministry said on Monday.")
    assert ex.events == ()
    assert sorted((r.action, r.status, r.place.name if r.place else None) for r in ex.references) == \
        [("open", "cancelled", "Tamale"), ("open", "planned", "Bolgatanga")]


def test_round67_a_visiting_delegation_is_no_visit_of_the_clauses_subject() -> None:
    events = _extracted("COLOMBO, June 1 (Wire) - Sri Lanka's president will open a container terminal at Galle on "
                        "Friday. Perera is also expected to hold talks with a visiting Japanese trade delegation.")
    assert [e for e in events if e.action == "visit"] == []


def test_round67_talks_continuing_between_officials_are_no_ones_meeting() -> None:
    events = _extracted("LUSAKA, June 1 (Wire) - Zambia's presidency denied that President Harold Mwale would travel "
                        "to Ndola this week. A spokesman said talks on copper transport would continue at the level of "
                        "officials.")
    assert [e for e in events if e.action == "meet"] == []


def test_round67_an_unlabelled_name_owning_a_visit_is_a_person() -> None:
    events = _extracted("BUKAVU, June 1 (Wire) - Marguerite Olande's planned visit to Goma was cancelled at the last "
                        "minute, a UN spokesman said.")
    assert [(e.actor.name, e.actor.kind, e.action, e.status, e.place.name if e.place else None) for e in events] == \
        [("Marguerite Olande", "person", "visit", "cancelled", "Goma")]


def test_round67_a_hyphenated_given_name_before_a_title_is_the_actor() -> None:
    events = _extracted("SEOUL, June 1 (Wire) - Han Seung-min, South Korea's defence minister, will meet his Japanese "
                        "counterpart Kenji Morita in Tokyo on Friday.")
    assert [(e.actor.name, e.actor.kind, [c.name for c in e.counterparts]) for e in events if e.action == "meet"] == \
        [("Han Seung-min", "person", ["Kenji Morita"])]


def test_round67_a_compound_adjective_of_a_place_is_no_name() -> None:
    events = _extracted("SEOUL, June 1 (Wire) - The Seoul-based group will hold talks with Kenji Morita in Tokyo on "
                        "Friday.")
    assert not any(e.actor.name.startswith("Seoul-") or e.actor.name == "The Seoul-based" for e in events)


def test_round67_an_office_told_before_a_person_named_later_is_the_office() -> None:
    events = _extracted("YEREVAN, June 1 (Wire) - The defence minister's trip to Tavush, planned for Friday, has been "
                        "postponed, the ministry said on Monday. Aram Grigoryan will instead attend a session of "
                        "parliament's defence committee, a spokeswoman said.")
    trips = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.status, e.place.name if e.place else None, e.place.kind if e.place else None)
            for e in trips] == [("Defence Minister of Armenia", "postponed", "Tavush", "region")]


def test_round67_a_new_chief_of_defence_staff_sworn_in_is_that_office() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - Ghana's new Chief of Defence Staff took the oath of office on Monday at "
                        "a ceremony at Jubilee House. Air Vice Marshal Kofi Amoah pledged to strengthen border patrols.")
    assert [(e.action, e.actor.name, e.actor.title, e.status, e.date.value) for e in events] == \
        [("inaugurate", "Chief of Defence Staff of Ghana", "Chief of Defence Staff", "happened", "2026-06-01")]


def test_round67_the_final_leg_of_a_visit_moved_is_called_off_at_the_old_place() -> None:
    events = _extracted("BERLIN, June 1 (Wire) - The final leg of the South African president's visit has been moved "
                        "from Hamburg to Munich because of a dock strike, a government spokeswoman said on Monday.")
    assert sorted((e.actor.name, e.status, e.place.name if e.place else None) for e in events) == \
        [("President of South Africa", "cancelled", "Hamburg"), ("President of South Africa", "planned", "Munich")]


def test_round67_a_stop_dropped_from_a_kings_itinerary_is_his_visit_called_off() -> None:
    events = _extracted("JAKARTA, June 1 (Wire) - A planned stop in Yogyakarta has been dropped from the Dutch king's "
                        "itinerary after a volcanic eruption, officials said on Monday.")
    assert [(e.actor.name, e.action, e.status, e.place.name if e.place else None) for e in events] == \
        [("King of Netherlands", "visit", "cancelled", "Yogyakarta")]


def test_round67_the_spanish_monarch_is_an_office_not_the_state() -> None:
    events = _extracted("MEXICO CITY, June 1 (Wire) - The Spanish monarch's visit to Guadalajara has been moved to "
                        "June 12, the foreign ministry said on Monday.")
    assert [(e.actor.name, e.actor.kind) for e in events if e.action == "visit"] == [("Monarch of Spain", "person")]


def test_round67_an_address_to_a_senate_is_a_speech_and_making_room_for_it_gives_it_no_day() -> None:
    planned = _extracted("MEXICO CITY, June 1 (Wire) - King Rodrigo will address the Mexican Senate on June 9.")
    assert [(e.action, e.status, e.date.value) for e in planned] == [("address", "planned", "2026-06-09")]
    moved = _extracted("MEXICO CITY, June 1 (Wire) - The Spanish king's visit to Puebla has been moved to June 10 to make room "
                       "for an address to the Mexican Senate, the foreign ministry said on Monday.")
    assert [(e.action, e.date.value) for e in moved if e.action == "address"] == [("address", None)]  # (the day is
    # the visit's, not the address's)


def test_round67_a_banquet_in_his_honour_is_hosted_for_him() -> None:
    events = _extracted("BERLIN, June 1 (Wire) - Sipho Dlamini arrived in Berlin on Monday. On Monday evening Federal "
                        "President Anna Reuter hosted a state banquet in his honour at Bellevue Palace.")
    hosted = [e for e in events if e.action == "host"]
    assert [(e.actor.name, e.actor.country, [c.name for c in e.counterparts]) for e in hosted] == \
        [("Anna Reuter", None, ["Sipho Dlamini"])]  # (and "Federal" is no town in Argentina)


def test_round67_the_day_a_call_off_was_told_is_not_the_stops_day() -> None:
    events = _extracted("LUSAKA, June 1 (Wire) - Nigerian President Ibrahim Okafor addressed Zambia's parliament in "
                        "Lusaka on Monday. His office said the same day that the stop in Zimbabwe had been called off "
                        "because of a planned strike.")
    stops = [e for e in events if e.status == "cancelled"]
    assert [(e.action, e.place.name if e.place else None, e.date.value) for e in stops] == [("visit", "Zimbabwe", None)]


@pytest.mark.parametrize("verb", ["go to", "go on to"])
def test_round67_going_on_to_a_city_is_travel(verb: str) -> None:
    events = _extracted(f"PARIS, June 1 (Wire) - Lucien Marchetti will then {verb} Mumbai on June 13.")
    assert [(e.action, e.status, e.place.name if e.place else None, e.date.value) for e in events] == \
        [("travel", "planned", "Mumbai", "2026-06-13")]


@pytest.mark.parametrize("text", ["PARIS, June 1 (Wire) - Voters will go to the polls on Sunday.",
                                  "PARIS, June 1 (Wire) - The talks will go ahead on Sunday."])
def test_round67_going_to_no_place_is_no_travel(text: str) -> None:
    assert [e for e in _extracted(text) if e.action == "travel"] == []


def test_round67_scrapping_a_planned_stop_calls_it_off() -> None:
    events = _extracted("MUMBAI, June 1 (Wire) - Lucien Marchetti flew back to Paris on Monday, scrapping his planned "
                        "stop in Bengaluru.")
    assert ("visit", "cancelled", "Bengaluru") in [(e.action, e.status, e.place.name if e.place else None)
                                                  for e in events]


def test_round67_a_name_set_before_its_title_is_the_actor_not_a_counterpart() -> None:
    events = _extracted("SEOUL, June 1 (Wire) - Kwon Min-jae, South Korea's trade minister, will meet his Japanese "
                        "counterpart Daiki Ono in Osaka on Friday.")
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in events if e.action == "meet"] == \
        [("Kwon Min-jae", ["Daiki Ono"])]


def test_round67_a_name_the_recognizer_calls_a_place_after_a_title_is_a_person() -> None:
    events = _extracted("NEW YORK, June 1 (Wire) - Brazilian President Luiza Prado met French President Etienne Laval "
                        "on Monday at the French mission to the United Nations.")
    assert [(e.actor.name, e.actor.kind, [c.name for c in e.counterparts]) for e in events if e.action == "meet"] == \
        [("Luiza Prado", "person", ["Etienne Laval"])]


def test_round67_delegations_attending_a_mass_on_the_day_told_attended_it() -> None:
    events = _extracted("VATICAN CITY, June 1 (Wire) - Vice President Mark Ellis and Irish President Siobhan Kelly were "
                        "among more than 150 delegations attending the Mass on Monday.")
    assert sorted((e.actor.name, e.action, e.status, e.date.value) for e in events) == [
        ("Mark Ellis", "attend", "happened", "2026-06-01"), ("Siobhan Kelly", "attend", "happened", "2026-06-01")]


@pytest.mark.parametrize("sentence", ["Mozambique will be represented by Vice President Ana Macuacua.",
                                      "Vice President Ana Macuacua will represent Mozambique."])
def test_round67_a_state_represented_by_a_person_is_her_attendance_for_it(sentence: str) -> None:
    events = _extracted("BLANTYRE, June 1 (Wire) - Zambian President Mwila Banda will attend the funeral in Blantyre "
                        f"on Saturday. {sentence}")
    assert [(e.actor.country, [c.name for c in e.counterparts], e.place.name if e.place else None, e.date.value)
            for e in events if e.actor.name == "Ana Macuacua"] == [("Mozambique", [], "Blantyre", "2026-06-06")]


def test_round67_a_firm_going_to_a_recommendation_is_no_travel() -> None:
    events = _extracted("RICHMOND, June 1 (Wire) - Another analyst, Jane Doe of Wheat, First Securities in Richmond, "
                        "recently went to a \"sell\" recommendation on the stock.")
    assert [e for e in events if e.action == "travel"] == []


def test_round67_a_thing_that_represents_something_is_no_attendance() -> None:
    events = _extracted("WASHINGTON, June 1 (Wire) - Aides are trying to judge whether Saddam Hussein's proposed formula "
                        "for leaving Kuwait represents the first sign of a shift.")
    assert [e for e in events if e.action == "attend"] == []


def test_round67_talks_agreed_to_resume_in_a_month_are_ahead() -> None:
    events = _extracted("PARIS, March 11 (Wire) - Claire Dumont and Martin Sosa agreed to resume talks on the trade "
                        "accord in May.", date(2026, 3, 11))
    assert [(e.action, e.status, e.date.value) for e in events if e.action == "meet"] == [("meet", "planned", "2026-05")]
