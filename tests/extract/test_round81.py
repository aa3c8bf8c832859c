"""Round 81 (session 67): what audits 285-293 (business, transport, defence, summits, science) found, in one article.
Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 1, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events]


def test_round81_a_product_unveiled_is_launched_but_a_weapon_unveiled_is_not() -> None:
    events = _found("PUNE, June 4 (Wire) - Indian phone maker Tarang Devices unveiled its Vela Z foldable smartphone "
                    "on Thursday. North Korea unveiled a new missile at a parade on Thursday.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.what, e.date.value, e.cameo) for e in events] == [
        ("launch", "Tarang Devices", "Vela Z foldable smartphone", "2026-06-04", "")]


def test_round81_cutting_the_ribbon_is_an_opening_by_the_one_who_cuts_it() -> None:
    events = _found("KITWE, June 4 (Wire) - Mines Minister Bwalya Zulu cut the ribbon at the new Nkana West smelter "
                    "on Thursday.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("open", "Bwalya Zulu", "happened", "2026-06-04")]


def test_round81_a_companys_name_the_recognizer_reads_as_a_person_is_a_company() -> None:
    events = _found("LAGOS, July 2 (Wire) - Shareholders of Adunola Cement approved a final dividend at Adunola "
                    "Cement's annual general meeting in Lagos on Thursday.", date(2026, 7, 2))
    assert [(e.action, e.actor.name, e.actor.kind, e.status, e.date.value, e.place.name if e.place else None)
            for e in events] == [("meet", "Adunola Cement", "org", "happened", "2026-07-02", "Lagos")]


def test_round81_a_countrys_defence_chief_is_its_defence_minister() -> None:
    (event,) = _found("MANILA, June 9 (Wire) - Japan's defence chief arrived in Manila on Tuesday.", date(2026, 6, 9))
    assert (event.action, event.actor.name, event.actor.title, event.date.value) == (
        "arrive", "Defence Minister of Japan", "Defence Minister", "2026-06-09")


def test_round81_a_meeting_after_the_ceremony_or_on_the_sidelines_is_on_the_ceremonys_day() -> None:
    events = _found("ABUJA, June 6 (Wire) - Minister Tunde Bakare on Saturday opened a satellite ground station in "
                    "Abuja. After the ceremony, Bakare met Chinese Ambassador Li Wen. On the sidelines, Bakare also held "
                    "talks with Ghana's Kwesi Appiah.", date(2026, 6, 6))
    meets = [(e.actor.name, [c.name for c in e.counterparts], e.date.value) for e in events if e.action == "meet"]
    assert meets == [("Tunde Bakare", ["Li Wen"], "2026-06-06"), ("Tunde Bakare", ["Kwesi Appiah"], "2026-06-06")]


def test_round81_a_part_of_a_named_road_keeps_the_roads_name_and_the_road_is_no_actor() -> None:
    (event,) = _found("DHAKA, June 1 (Wire) - Road Transport Minister Kamal Hossain will open the Kamalapur section of "
                      "the Dhaka Elevated Expressway on Sunday.")
    assert (event.action, event.actor.name, event.what, [c.name for c in event.counterparts], event.date.value) == (
        "open", "Kamal Hossain", "Kamalapur section of the Dhaka Elevated Expressway", [], "2026-06-07")


def test_round81_a_plural_portfolio_word_is_no_part_of_the_name_and_the_town_of_a_visit_is_its_place() -> None:
    events = _found("GENEVA, June 8 (Wire) - U.N. High Commissioner for Refugees Maria Lindgren will visit the border "
                    "town of Adre in eastern Chad on Thursday. Lindgren is also scheduled to meet President Abakar "
                    "Saleh in N'Djamena during the trip.", date(2026, 6, 8))
    visit = next(e for e in events if e.action == "visit")
    assert (visit.actor.name, visit.place.name if visit.place else None, visit.date.value) == (
        "Maria Lindgren", "Adré", "2026-06-11")


def test_round81_weather_is_no_actor() -> None:
    events = _found("HANOI, June 18 (Wire) - Flooding closed several provincial roads in Nghe An province overnight.",
                    date(2026, 6, 18))
    assert all(e.actor.name != "Flooding" for e in events)


def test_round81_an_orbiter_and_a_processor_are_launched() -> None:
    events = _found("BENGALURU, June 18 (Wire) - India launched its Chandrika-3 lunar orbiter on Thursday. Nordlicht "
                    "Quantum on Thursday launched its Aurel processor.", date(2026, 6, 18))
    assert [(e.action, e.actor.name, e.what, e.date.value) for e in events] == [
        ("launch", "India", "Chandrika-3 lunar orbiter", "2026-06-18"),
        ("launch", "Nordlicht Quantum", "processor", "2026-06-18")]


def test_round81_a_summit_whose_own_clause_says_it_began_on_a_day_starts_then() -> None:
    events = _found("BRUSSELS, June 26 (Wire) - EU leaders agreed early on Friday to set up a joint fund for flood relief, "
                    "wrapping up a two-day summit that began in Brussels on Thursday.\nThe leaders also backed a new "
                    "budget plan.", date(2026, 6, 26))
    summit = next(e for e in events if e.action == "attend")
    assert (summit.status, summit.date.value, summit.date.end_value) == ("happened", "2026-06-25", "2026-06-26")


def test_round81_a_launch_called_off_and_tried_again_on_a_day_is_put_off_to_it() -> None:
    (event,) = _found("TOKYO, June 4 (Wire) - Kaze Orbital called off Thursday's launch of its Tsubame-3 rocket because "
                      "of strong winds. The company said it would try again on Sunday.", date(2026, 6, 4))
    assert (event.action, event.status, event.date.value) == ("launch", "postponed", "2026-06-07")


def test_round81_listed_portfolios_name_the_office_by_the_first_and_are_no_people() -> None:
    events = _found("KUALA LUMPUR, June 8 (Wire) - Malaysian Science, Technology and Innovation Minister Farid Hamzah "
                    "will visit Tokyo on June 15. Science and Technology Minister Rakesh Menon will visit Sriharikota "
                    "next week.", date(2026, 6, 8))
    assert [(e.actor.name, e.actor.title, [c.name for c in e.counterparts], e.place.name if e.place else None)
            for e in events] == [("Farid Hamzah", "Science Minister", [], "Tokyo"),
                                 ("Rakesh Menon", "Science Minister", [], "Sriharikota")]


def test_round81_a_judge_ruling_a_named_person_extradited_is_that_persons_verdict() -> None:
    (event,) = _found("LONDON, July 8 (Wire) - A British judge ruled on Wednesday that businessman Andris Kalns can be "
                      "extradited to the United States.", date(2026, 7, 8))
    assert (event.action, event.actor.name, event.status, event.date.value) == (
        "verdict", "Andris Kalns", "happened", "2026-07-08")


def test_round81_returning_to_court_is_a_hearing_of_the_person_ordered_to() -> None:
    events = _found("GULU, June 4 (Wire) - Magistrate Grace Akello remanded activist Robert Ochieng in custody and "
                    "ordered him to return to court on June 18.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.date.value) for e in events if e.action == "hearing"] == [
        ("hearing", "Robert Ochieng", "2026-06-18")]


def test_round81_speaking_at_a_ceremony_after_a_statement_is_attending_it_but_a_news_conference_is_not() -> None:
    events = _found("VILNIUS, June 18 (Wire) - Katrin Albers said on Thursday that the brigade was ready, speaking at a "
                    "ceremony in Vilnius. Albers told reporters on Friday that she was pleased, speaking at a news "
                    "conference in Kaunas.", date(2026, 6, 19))
    assert _rows(events) == [("attend", "Katrin Albers", "happened", "2026-06-18", "Vilnius")]


def test_round81_addressing_a_council_is_an_address() -> None:
    (event,) = _found("NEW YORK, June 15 (Wire) - South Sudan's foreign minister, Deng Akol Majok, addressed the "
                      "council before the vote on Monday.", date(2026, 6, 15))
    assert (event.action, event.actor.name, event.status, event.date.value) == (
        "address", "Deng Akol Majok", "happened", "2026-06-15")


def test_round81_two_nationalities_sharing_a_plural_organ_are_both_states() -> None:
    (event,) = _found("CAIRO, June 12 (Wire) - The Egyptian and French navies will hold a joint exercise off Alexandria "
                      "next week.", date(2026, 6, 12))
    assert (event.action, event.actor.name, [c.name for c in event.counterparts], event.date.value) == (
        "exercise", "Egypt", ["France"], "2026-W25")


def test_round81_the_head_of_a_body_named_by_its_description_is_its_head() -> None:
    events = _found("VIENNA, June 3 (Wire) - International Atomic Energy Agency Director General Karl Lindqvist will "
                    "visit Tehran on Wednesday. The head of the U.N. nuclear watchdog held talks with Iran's foreign "
                    "minister in Tehran on Wednesday.", date(2026, 6, 3))
    assert [e.actor.name for e in events if e.action == "meet"] == ["Karl Lindqvist"]


def test_round81_notice_filed_for_a_strike_plans_it() -> None:
    events = _found("PARIS, June 2 (Wire) - France's second-largest air traffic controllers' union filed notice on "
                    "Tuesday for a 48-hour strike beginning on Thursday, June 11.", date(2026, 6, 2))
    assert [(e.action, e.status, e.date.value, e.what) for e in events] == [
        ("protest", "planned", "2026-06-11", "48-hour strike")]


def test_round81_a_strike_that_had_been_planned_for_one_day_put_off_to_another_takes_the_new_day() -> None:
    (event,) = _found("PARIS, June 9 (Wire) - French air traffic controllers have postponed a strike that had been "
                      "planned for Thursday to June 25, their union said on Tuesday.", date(2026, 6, 9))
    assert (event.action, event.status, event.date.value) == ("protest", "postponed", "2026-06-25")


def test_round81_the_port_of_a_town_is_in_the_town() -> None:
    (event,) = _found("SAO PAULO, June 12 (Wire) - Workers at the Port of Santos walked off the job on Friday.",
                      date(2026, 6, 12))
    assert (event.action, event.status, event.date.value, event.place.name if event.place else None) == (
        "protest", "happened", "2026-06-12", "Santos")


def test_round81_a_stoppage_that_began_on_a_day_ended_by_a_return_to_work_began_then() -> None:
    (event,) = _found("BRASILIA, June 16 (Wire) - The Santos Port Workers' Union said its members would return to work "
                      "on Wednesday, ending a stoppage that began on Friday.", date(2026, 6, 16))
    assert (event.action, event.status, event.date.value) == ("protest", "happened", "2026-06-12")


def test_round81_summoning_people_to_a_meeting_on_a_day_plans_the_meeting_then() -> None:
    (event,) = _found("SAO PAULO, June 12 (Wire) - Labour Minister Helena Duarte summoned union leaders to a meeting in "
                      "Brasilia on Monday.", date(2026, 6, 12))
    assert (event.action, event.actor.name, event.status, event.date.value) == (
        "meet", "Helena Duarte", "planned", "2026-06-15")


def test_round81_talks_told_right_after_an_arrival_are_on_its_day_and_there() -> None:
    events = _found("BAGHDAD, June 22 (Wire) - Turkey's top diplomat arrived in Baghdad on Monday, Iraqi state "
                    "television reported. Kemal Aydin held talks with Iraqi Foreign Minister Faisal al-Jubouri.",
                    date(2026, 6, 22))
    talks = next(e for e in events if e.action == "meet")
    assert (talks.actor.name, talks.date.value, talks.place.name if talks.place else None) == (
        "Kemal Aydin", "2026-06-22", "Baghdad")


def test_round81_a_visit_a_journey_is_for_is_at_its_destination_not_at_the_inviters_country() -> None:
    events = _found("TEHRAN, June 22 (Wire) - Iranian President Hossein Farahani will travel to Doha on Wednesday for a "
                    "one-day visit at the invitation of Qatar's Emir Sheikh Nasser bin Khalifa.", date(2026, 6, 22))
    assert {(e.action, e.place.name if e.place else None) for e in events} == {("travel", "Doha"), ("visit", "Doha")}


def test_round81_a_launch_put_off_keeps_the_day_its_things_clause_set_and_no_place_of_the_hold_up() -> None:
    (event,) = _found("NAIROBI, June 8 (Wire) - Safiri Mobile has postponed the launch of its Safiri S1 smartphone, which "
                      "had been set for Tuesday, after a shipment of display panels was held up at the port of Mombasa.",
                      date(2026, 6, 8))
    assert (event.action, event.status, event.date.value, event.place) == ("launch", "postponed", "2026-06-09", None)


def test_round81_a_product_named_in_apposition_is_what_is_launched() -> None:
    (event,) = _found("NAIROBI, June 3 (Wire) - Kenyan handset maker Safiri Mobile will launch its first locally "
                      "assembled smartphone, the Safiri S1, at an event in Nairobi next Tuesday.", date(2026, 6, 3))
    assert (event.action, event.what, event.date.value) == ("launch", "Safiri S1 smartphone", "2026-06-09")


def test_round81_a_suspension_long_past_is_background_and_a_failed_resumption_is_put_off() -> None:
    events = _found("ABUJA, June 4 (Wire) - The terrorism trial of separatist leader Emeka Okonjo will resume on Monday "
                    "at the Federal High Court in Abuja. The trial was suspended in April after the defence challenged "
                    "the court's jurisdiction.", date(2026, 6, 4))
    assert _rows(events) == [("trial", "Emeka Okonjo", "planned", "2026-06-08", "Abuja")]
    (failed,) = _found("ABUJA, June 8 (Wire) - The trial of opposition leader Emeka Okonjo failed to resume on Monday.",
                       date(2026, 6, 8))
    assert (failed.action, failed.status) == ("trial", "postponed")


def test_round81_a_level_of_government_in_a_courts_name_is_no_town() -> None:
    (event,) = _found("ABUJA, July 2 (Wire) - The trial of separatist leader Emeka Okonjo resumed at the Federal High "
                      "Court on Thursday.", date(2026, 7, 2))
    assert (event.action, event.status) == ("trial", "happened")
    assert event.place is None or event.place.name != "Federal"  # (a town in Argentina is called Federal)


def test_round81_calling_a_witness_is_no_call() -> None:
    assert _found("ABUJA, July 2 (Wire) - Nigerian prosecutors called their first witness on Thursday.",
                  date(2026, 7, 2)) == []


def test_round81_an_office_speaking_at_a_ceremony_after_a_statement_attends_it() -> None:
    (event,) = _found("VILNIUS, June 18 (Wire) - Germany's defence minister said on Thursday that Berlin's brigade was "
                      "ready, speaking at a ceremony in the Lithuanian capital.", date(2026, 6, 18))
    assert (event.action, event.actor.name, event.status, event.date.value) == (
        "attend", "Defence Minister of Germany", "happened", "2026-06-18")


def test_round81_a_town_named_with_its_country_after_it_is_in_that_country() -> None:
    (event,) = _found("TALLINN, June 24 (Wire) - British Defence Secretary Helen Marsh visited British troops at the Tapa "
                      "base in Estonia on Wednesday.", date(2026, 6, 24))
    assert (event.action, event.place.name if event.place else None, event.place.country if event.place else None) == (
        "visit", "Tapa", "Estonia")


def test_round81_a_visit_that_includes_a_place_inside_the_journeys_country_is_there() -> None:
    events = _found("NEW DELHI, June 9 (Wire) - Indian Prime Minister Rajiv Menon will travel to Nepal on Saturday for a "
                    "two-day visit that includes prayers at the Pashupatinath temple in Kathmandu.", date(2026, 6, 9))
    assert {(e.action, e.place.name if e.place else None) for e in events} == {("travel", "Nepal"),
                                                                               ("visit", "Kathmandu")}
