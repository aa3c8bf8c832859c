"""Round 79 (session 65): what audits 274-276 (energy and climate, borders and migration, diplomatic ruptures) and the
open cases of audits 271-273 found, in one article. Each test states one behaviour. Sentences and names are our own.
June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Event

from .fixture_articles import found_events
from .time_rows import got

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 1, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events]


def test_round79_the_name_opening_a_story_after_its_dateline_is_read() -> None:
    events = _found("ADDIS ABABA, June 1 (Wire) - Ethiopian Airlines will launch a direct route to Lagos on July 1, "
                    "the carrier said.")
    assert [(e.action, e.actor.name, e.actor.kind, e.date.value, e.what) for e in events] == [
        ("launch", "Ethiopian Airlines", "org", "2026-07-01", "direct route")]


def test_round79_a_possessor_opening_a_story_is_a_person() -> None:
    events = _found("KINGSTON, June 1 (Wire) - Selena Marsh's concert at the National Stadium has been pushed back to "
                    "July 4 because of heavy rain.")
    assert [(e.action, e.actor.name, e.actor.kind, e.status, e.date.value, e.place.name if e.place else None)
            for e in events] == [("perform", "Selena Marsh", "person", "postponed", "2026-07-04", "Kingston")]


def test_round79_a_job_noun_opening_the_story_is_no_part_of_the_name_and_each_city_is_a_show() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Singer Amara Wanjiku will perform in Nairobi on October 18, and in "
                    "Kampala on October 22, her label said.")
    assert _rows(events) == [("perform", "Amara Wanjiku", "planned", "2026-10-18", "Nairobi"),
                             ("perform", "Amara Wanjiku", "planned", "2026-10-22", "Kampala")]


def test_round79_a_band_and_a_ship_named_after_their_kind_are_bodies() -> None:
    band = _found("NAIROBI, June 1 (Wire) - The band Northern Lanterns will perform in Mombasa on Saturday.")
    assert [(e.action, e.actor.name, e.actor.kind, e.date.value, e.place.name if e.place else None) for e in band] == [
        ("perform", "Northern Lanterns", "org", "2026-06-06", "Mombasa")]
    ship = _found("DAKAR, June 1 (Wire) - The hospital ship Maria Gomes docked in Dakar on Sunday.")
    assert [(e.action, e.actor.name, e.actor.kind, e.status, e.date.value) for e in ship] == [
        ("arrive", "Maria Gomes", "org", "happened", "2026-05-31")]


def test_round79_a_show_at_a_named_stadium_is_in_the_dateline_city() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Kenyan band Sauti Sol will perform at Kasarani stadium on Saturday.")
    assert _rows(events) == [("perform", "Sauti Sol", "planned", "2026-06-06", "Nairobi")]


def test_round79_a_festival_or_an_awards_night_held_is_the_bodys_gathering() -> None:
    events = _found("LAGOS, June 1 (Wire) - The Lagos Arts Council will hold the Continental Jazz Awards on June 20. "
                    "The Lagos Arts Council has postponed the Felabration festival to July.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("hold", "Lagos Arts Council", "planned", "2026-06-20"), ("hold", "Lagos Arts Council", "postponed", "2026-07")]
    assert _found("LAGOS, June 1 (Wire) - Minister Ade Bello presented awards to 12 teachers on Monday.") == []


def test_round79_a_rockets_name_is_no_person_and_a_time_before_liftoff_keeps_the_launch() -> None:
    events = _found("KOUROU, June 1 (Wire) - Arianespace called off the launch of its Vega rocket minutes before "
                    "liftoff on Sunday because of high winds.")
    assert [(e.action, e.actor.name, e.status, e.what, e.refers_to_plan) for e in events] == [
        ("launch", "Arianespace", "cancelled", "rocket", True)]


def test_round79_a_portfolio_title_inside_the_name_is_the_title() -> None:
    events = _found("ABUJA, June 1 (Wire) - Nigeria's Petroleum Minister Tunde Adeyemi will visit Luanda next week.")
    assert [(e.action, e.actor.name, e.actor.title, e.place.name if e.place else None) for e in events] == [
        ("visit", "Tunde Adeyemi", "Petroleum Minister", "Luanda")]


def test_round79_a_street_named_after_a_person_is_no_person() -> None:
    events = _found("TUNIS, June 1 (Wire) - Foreign Minister Sami Trabelsi met the Italian ambassador at the embassy on "
                    "Avenue Habib Bourguiba on Monday.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events] == [
        ("meet", "Sami Trabelsi", ("Italy",))]


def test_round79_a_phone_call_between_two_people_is_their_call() -> None:
    events = _found("PODGORICA, June 1 (Wire) - The U-turn followed a phone call on Monday between Foreign Minister "
                    "Marko Kostic and his Montenegrin counterpart Ana Radonjic.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.date.value) for e in events] == [
        ("call", "Marko Kostic", ("Ana Radonjic",), "2026-06-01")]


@pytest.mark.parametrize("text", [
    "NDJAMENA, June 1 (Wire) - Prime Minister Moussa Abdelkerim was called away to Abeche on Monday.",
    "LONDON, June 1 (Wire) - Interior Minister Anne Dunmore described a pilot scheme for returning migrants to France.",
])
def test_round79_called_away_and_returning_people_tell_no_call_and_no_trip(text: str) -> None:
    assert [e for e in _found(text) if e.action in ("call", "travel")] == []


def test_round79_a_protest_going_on_since_a_day_is_ongoing_from_that_day() -> None:
    events = _found("ATHENS, June 3 (Wire) - Farmers have been protesting outside the ministry since Friday. Doctors "
                    "have been on strike since Monday.", date(2026, 6, 3))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("protest", "farmers", "ongoing", "2026-05-29"), ("protest", "doctors", "ongoing", "2026-06-01")]


def test_round79_closing_a_border_crossing_or_an_embassy_is_a_closure() -> None:
    events = _found("LIMA, June 1 (Wire) - Peru will close the Santa Rosa border crossing on Thursday, Interior Minister "
                    "Jorge Salas said. Britain closed its embassy in Tripoli on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None, e.what)
            for e in events] == [("close", "Peru", "planned", "2026-06-04", None, "border crossing"),
                                 ("close", "United Kingdom", "happened", "2026-06-01", "Tripoli", "embassy")]


def test_round79_closing_a_summit_is_no_closure() -> None:
    assert [e for e in _found("GENEVA, June 1 (Wire) - The chair closed the summit on Friday.") if e.action == "close"] \
        == []


def test_round79_energy_words_an_interconnector_a_licensing_round_and_a_ministerial() -> None:
    events = _found("SOFIA, June 1 (Wire) - Prime Minister Petar Dimov will inaugurate a new gas interconnector on "
                    "June 20. Mozambique will launch its seventh licensing round on June 15. Energy Minister Daniel "
                    "Whitcombe has pulled out of this week's Pacific ministerial in Suva.")
    assert [(e.action, e.actor.name, e.status, e.what) for e in events] == [
        ("open", "Petar Dimov", "planned", "gas interconnector"), ("launch", "Mozambique", "planned", "licensing round"),
        ("attend", "Daniel Whitcombe", "cancelled", None)]


def test_round79_a_meeting_the_called_off_trip_was_due_for_is_called_off() -> None:
    events = _found("LONDON, June 1 (Wire) - Foreign Minister Ines Duarte has called off her trip to Lima, where she was "
                    "due on Friday to meet Peruvian Foreign Minister Carmen Ugarte.")
    assert [(e.action, e.status, e.refers_to_plan) for e in events] == [("visit", "cancelled", True),
                                                                        ("meet", "cancelled", True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The utility will add a second 70-megawatt unit next year.", [("next year", "DATE", "2027")]),
    ("The utility will add a second unit next year.", [("next year", "DATE", "2027")]),
    ("The engine stalled for a second.", [("a second", "DURATION", "PT1S")]),
    # a count before an "-ed" word makes it an adjective, no past verb: the plan's Thursday lies ahead
    ("The ministry plans to fly 50 rejected asylum seekers to Baghdad on Thursday.",
     [("Thursday", "DATE", "2026-06-04")]),
    ("The ministry rejected 50 asylum claims on Thursday.", [("Thursday", "DATE", "2026-05-28")]),
])
def test_round79_ordinals_and_counted_adjectives_are_no_times_or_tenses(text: str, expected: list[tuple[str, ...]]) -> None:
    assert got(text, _DAY) == expected, text


def test_round79_an_act_talks_ended_without_agreeing_on_is_no_event() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Talks between Burundi and Rwanda ended in Nairobi on Monday without a deal "
                    "on reopening Burundi's embassy.")
    assert [(e.action, e.actor.name, e.status) for e in events] == [("meet", "Burundi", "happened")]


def test_round79_the_name_after_a_titles_phrase_ending_in_a_country_is_the_title_holder() -> None:
    events = _found("YEREVAN, June 1 (Wire) - Armenia's special envoy for normalisation with Turkey, Armen Hakobyan, "
                    "will meet his Turkish counterpart Selim Aydogan in Vienna on September 18.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value) for e in events] == [
        ("meet", "Armen Hakobyan", "Vienna", "2026-09-18")]
    assert "Selim Aydogan" in [c.name for c in events[0].counterparts]


def test_round79_people_among_those_who_attended_attended() -> None:
    events = _found("ORAN, June 1 (Wire) - Oil ministers from 11 African producing countries met in Oran on Tuesday. "
                    "Energy Minister Joaquim Tavares of Angola was among those who attended.")
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None)
            for e in events if e.action == "attend"] == [("attend", "Joaquim Tavares", "happened", "2026-05-26", "Oran")]


def test_round79_things_shut_at_the_start_of_a_story_are_no_actors() -> None:
    events = _found("ACCRA, June 1 (Wire) - Schools were shut in Kumasi on Monday as a nationwide strike called by the "
                    "Ghana Teachers Federation began.")
    assert [(e.action, e.actor.name) for e in events] == [("protest", "Ghana Teachers Federation")]


def test_round79_the_two_ministers_after_two_people_with_no_title_are_those_two() -> None:
    events = _found("TUNIS, March 16 (Wire) - Benvenuti arrived in Tunis on Monday and held two hours of talks with "
                    "Mansouri at the interior ministry. The two ministers signed a memorandum on the return of migrants, "
                    "state television reported.", date(2026, 3, 16))
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events if e.action == "sign"] == [
        ("sign", "Benvenuti", ("Mansouri",))]


def test_round79_a_refusal_while_a_condition_lasts_is_no_call_off() -> None:
    events = _found("BELGRADE, April 7 (Wire) - Interior Minister Marko Kostic said he would not attend a meeting of "
                    "Balkan interior ministers in Podgorica on April 15 \"while the insult stands\".", date(2026, 4, 7))
    assert [(e.action, e.status, e.refers_to_plan) for e in events] == [("attend", "denied", False)]
    plain = _found("BELGRADE, April 7 (Wire) - Interior Minister Marko Kostic said he would not attend the meeting in "
                   "Podgorica on April 15.", date(2026, 4, 7))
    assert [(e.action, e.status) for e in plain] == [("attend", "cancelled")]


def test_round79_a_sites_name_before_its_facility_noun_is_no_party() -> None:
    events = _found("ISLAMABAD, June 1 (Wire) - Pakistan reopened the Torkham crossing on Monday. King Mohammed will tour "
                    "the Noor Ouarzazate solar complex on Friday.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events] == [
        ("open", "Pakistan", ()), ("visit", "Mohammed", ())]


def test_round79_signing_alongside_someone_is_their_signing_and_of_a_country_is_no_part_of_the_name() -> None:
    events = _found("SUVA, June 1 (Wire) - Priya Nandakumar signed on behalf of Australia, alongside Semi Ratu of Fiji, "
                    "on Monday.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.date.value) for e in events] == [
        ("sign", "Priya Nandakumar", ("Semi Ratu",), "2026-06-01")]


def test_round79_the_name_after_a_ministers_portfolio_is_the_minister() -> None:
    events = _found("SUVA, June 1 (Wire) - Fiji's Minister for Communications Josefa Naulivou will open the new cable "
                    "landing station on October 14. Kenya's Minister of Trade Rebecca Miano will visit Suva on Friday.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events] == [
        ("open", "Josefa Naulivou", ()), ("visit", "Rebecca Miano", ())]


def test_round79_a_ban_on_exports_imposed_and_lifted_is_a_ban() -> None:
    events = _found("YANGON, June 1 (Wire) - Myanmar imposed a temporary ban on rice exports on Monday. Thailand lifted its "
                    "ban on rice exports on Thursday. Vietnam lifted its ban on smoking in bars.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("sanction", "Myanmar", "happened", "2026-06-01"), ("ease", "Thailand", "happened", "2026-05-28")]


def test_round79_a_regulator_fines_a_company() -> None:
    events = _found("MANILA, June 1 (Wire) - The National Telecommunications Commission fined Luzon Wave Communications "
                    "150 million pesos on Monday.")
    assert [(e.action, e.actor.name, e.status, e.what) for e in events] == [
        ("sanction", "National Telecommunications Commission", "happened", "fine")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Banda launched the fall armyworm campaign on Friday.", [("Friday", "DATE", "2026-05-29")]),
    ("The fall of the government came in March.", [("March", "DATE", "2026-03")]),
    ("It happened in the fall of 2024.", [("the fall of 2024", "DATE", "2024-FA")]),
])
def test_round79_a_pest_or_a_collapse_called_fall_is_no_season(text: str, expected: list[tuple[str, ...]]) -> None:
    assert got(text, _DAY) == expected, text


def test_round79_a_network_launched_and_pesticide_delivered_are_launch_and_aid() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Savanna Telecom will launch its commercial 5G network in Nairobi on June 16. "
                    "The FAO delivered 60,000 litres of pesticide to Dire Dawa on Saturday.")
    assert [(e.action, e.actor.name, e.status, e.what) for e in events] == [
        ("launch", "Savanna Telecom", "planned", "commercial 5G network"), ("aid", "FAO", "happened", "pesticide")]


def test_round79_a_facility_subject_reopening_is_its_opening_and_no_other_subject_is() -> None:
    events = _found("LAGOS, June 1 (Wire) - The University of Lagos will reopen on June 8, the vice-chancellor said. The "
                    "Nairobi stock market opened higher on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("open", "University of Lagos", "planned", "2026-06-08")]
