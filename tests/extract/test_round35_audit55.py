"""Round 35 (audit 55, own-words articles): a place inside a longer name is no venue; an organization's name that runs
on into "in" and a place, or an entity that runs from the dateline into the story; a body "meeting in" a city for
another act; a weekday in a participle on the object; a hyphenated modifier; a strike going on; civil servants; a
counterpart named between commas that the parser hung elsewhere.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import article_events, datelined_events, of_action as _of, text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday.
WEDNESDAY = date(2027, 3, 3)


def test_round35_a_region_inside_a_forums_name_is_no_venue(nlp: Language) -> None:
    text = "Mongolian President Enkhjargal Dorj will attend the Africa-Asia Mining Forum summit in Tunis on October 14."
    (ev,) = _of(_events(nlp, text, WEDNESDAY), "attend")
    assert ev.place is not None and ev.place.name == "Tunis"


def test_round35_an_organization_running_into_in_and_a_city_is_cut_there(nlp: Language, tmp_path: Path) -> None:
    text = "LISBON, May 14 - The Assembly of the Republic in Lisbon will vote next Thursday on a revised state budget."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 5, 14)), "vote")
    assert "United States" not in ev.actor.name
    assert (ev.place and ev.place.name, ev.date.value) == ("Lisbon", "2027-05-20")


def test_round35_an_organization_name_with_in_and_no_place_stays_whole(nlp: Language) -> None:
    text = "Meanwhile, the Assembly of the Republic in Lisbon will vote next Thursday on a revised state budget."
    (ev,) = _of(_events(nlp, text, date(2027, 5, 14)), "vote")
    assert ev.actor.name == "Assembly of the Republic"


def test_round35_a_body_meeting_in_a_city_for_its_vote_holds_no_meeting(nlp: Language, tmp_path: Path) -> None:
    text = "SANTIAGO, March 3 - The Senate, meeting in Valparaíso, approved a pension bill on Monday."
    events = datelined_events(nlp, tmp_path, text, WEDNESDAY)
    assert [e.action for e in events] == ["vote"]
    assert (events[0].place and events[0].place.name, events[0].date.value) == ("Valparaíso", "2027-03-01")


def test_round35_a_weekday_after_a_participle_on_the_object_dates_the_act(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "The Senate approved a bill raising the minimum pension on Monday.", WEDNESDAY), "vote")
    assert ev.date.value == "2027-03-01"


def test_round35_a_hyphenated_modifier_stays_whole(nlp: Language) -> None:
    text = "The teachers' union said it would begin an open-ended nationwide strike on March 22."
    (ev,) = _of(_events(nlp, text, WEDNESDAY), "protest")
    assert ev.what == "open-ended nationwide strike"


def test_round35_a_strike_that_will_continue_is_the_strike_told_before(nlp: Language) -> None:
    text = ("Thousands of civil servants began a nationwide strike on Monday. Their union said the strike would "
            "continue until the government made a new offer.")
    events = _of(_events(nlp, text, WEDNESDAY), "protest")
    assert [(e.actor.name, e.date.value, e.status) for e in events] == [("civil servants", "2027-03-01", "happened")]


def test_round35_a_strike_that_will_continue_with_no_earlier_strike_is_told(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "The strike will continue on Monday, the union said.", WEDNESDAY), "protest")
    assert (ev.date.value, ev.status) == ("2027-03-08", "planned")


def test_round35_a_counterpart_named_between_commas_before_the_teller_is_that_person(nlp: Language) -> None:
    text = ("Chilean Foreign Minister Ignacio Valdés will travel to Dakar next Tuesday for talks with his Senegalese "
            "counterpart, Aminata Sarr, the foreign ministry said.")
    (ev,) = _of(_events(nlp, text, WEDNESDAY), "travel")
    assert [c.name for c in ev.counterparts] == ["Aminata Sarr"]


def test_round35_the_trip_for_talks_is_held_two_days_late(tmp_path: Path) -> None:
    plan = ("SANTIAGO, March 3 - Chilean Foreign Minister Ignacio Valdés will travel to Dakar next Tuesday for talks "
            "with his Senegalese counterpart, Aminata Sarr, the foreign ministry said.", WEDNESDAY)
    held = ("DAKAR, March 12 - Chilean Foreign Minister Ignacio Valdés held talks with Senegalese Foreign Minister "
            "Aminata Sarr in Dakar on Thursday, two days later than first planned.", date(2027, 3, 12))
    store = stored(tmp_path, [plan, held])
    (trip,) = [e for e in store.events() if e.action == "travel"]
    assert (trip.date.value, trip.status) == ("2027-03-11", "happened")


PLAN_TUNIS = ("ULAANBAATAR, Sept. 6 - Mongolian President Enkhjargal Dorj will attend a mining summit in Tunis on "
              "October 14, his office said on Monday.", date(2027, 9, 6))


def test_round35_a_summit_put_off_puts_off_the_plans_to_attend_it(tmp_path: Path) -> None:
    off = ("TUNIS, Oct. 8 - The mining summit in Tunis has been postponed to February 10, 2028, the organisers said on "
           "Friday.", date(2027, 10, 8))
    store = stored(tmp_path, [PLAN_TUNIS, off])
    (ev,) = [e for e in store.events() if e.action == "attend"]
    assert (ev.actor.name, ev.date.value, ev.status) == ("Enkhjargal Dorj", "2028-02-10", "postponed")


def test_round35_a_visit_put_off_is_the_trip_to_attend_there(tmp_path: Path) -> None:
    off = ("TUNIS, Oct. 8 - Mongolian President Enkhjargal Dorj has postponed his visit to Tunis until November 10.",
           date(2027, 10, 8))
    store = stored(tmp_path, [PLAN_TUNIS, off])
    assert [(e.action, e.date.value, e.status) for e in store.events()] == [("attend", "2027-11-10", "postponed")]


def test_round35_attended_alone_is_at_the_gathering_named_just_before(nlp: Language, tmp_path: Path) -> None:
    text = ("BRATISLAVA, March 1 - Slovak firms signed several deals at the mining summit, which took place in Tunis "
            "on February 10. Mongolian President Enkhjargal Dorj attended.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 3, 1)), "attend")
    assert (ev.place and ev.place.name, ev.date.value, ev.status) == ("Tunis", "2028-02-10", "happened")


def test_round35_a_headline_naming_the_summit_does_not_hide_its_postponement(nlp: Language, tmp_path: Path) -> None:
    text = ("Mining summit postponed\n\nTUNIS, Oct. 8 - The mining summit in Tunis has been postponed to February 10, "
            "2028, the organisers said on Friday.\n")
    (ev,) = _of(article_events(nlp, tmp_path, text, date(2027, 10, 8)), "hold")
    assert (ev.place and ev.place.name, ev.date.value, ev.status) == ("Tunis", "2028-02-10", "postponed")


def test_round35_a_court_that_sits_in_a_city_rules_there(nlp: Language, tmp_path: Path) -> None:
    text = ("BRATISLAVA, March 1 - Slovakia's Constitutional Court, which sits in Košice, on Tuesday struck down parts "
            "of a media law.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 3, 1)), "ruling")
    assert (ev.place and ev.place.name, ev.date.value) == ("Košice", "2028-02-29")


def test_round35_a_state_preparing_for_its_elections_plans_them(nlp: Language) -> None:
    (ev,) = _of(_events(nlp, "Fiji is preparing for municipal elections on May 20.", date(2028, 3, 10)), "vote")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Fiji", "2028-05-20", "planned")


def test_round35_preparing_for_someone_elses_visit_tells_no_visit(nlp: Language) -> None:
    events = _events(nlp, "Officials in Suva are preparing for the visit of President Ana Rocha.", date(2028, 3, 10))
    assert not _of(events, "visit")


POSTPONED_FORUM = ("TUNIS, Oct. 8 - Organisers of the Africa-Asia Mining Forum summit, which had been due to open in Tunis "
                   "next Thursday, said on Friday they had postponed the meeting to February 10, 2028. Mongolian "
                   "President Enkhjargal Dorj, who had confirmed he would attend, will now travel to Tunis in February "
                   "instead, his office said.")


def test_round35_organisers_putting_off_the_meeting_put_off_the_named_summit(nlp: Language, tmp_path: Path) -> None:
    (ev,) = _of(datelined_events(nlp, tmp_path, POSTPONED_FORUM, date(2027, 10, 8)), "hold")
    assert (ev.actor.name, ev.place and ev.place.name, ev.date.value, ev.status) == (
        "Africa-Asia Mining Forum summit participants", "Tunis", "2028-02-10", "postponed")


def test_round35_a_guest_who_had_confirmed_attends_the_summit_named_before(nlp: Language, tmp_path: Path) -> None:
    (ev,) = _of(datelined_events(nlp, tmp_path, POSTPONED_FORUM, date(2027, 10, 8)), "attend")
    assert (ev.place and ev.place.name, ev.date.value) == ("Tunis", "2027-10-14")


def test_round35_a_forum_summit_put_off_then_attended_is_one_attendance(tmp_path: Path) -> None:
    plan = ("ULAANBAATAR, Sept. 6 - Mongolian President Enkhjargal Dorj will attend the Africa-Asia Mining Forum summit "
            "in Tunis on October 14, his office said on Monday.", date(2027, 9, 6))
    held = ("BRATISLAVA, March 1 - Slovak firms signed several deals at the mining summit, which took place in Tunis "
            "on February 10. Mongolian President Enkhjargal Dorj attended.", date(2028, 3, 1))
    store = stored(tmp_path, [plan, (POSTPONED_FORUM, date(2027, 10, 8)), held])
    (ev,) = [e for e in store.events() if e.action == "attend"]
    assert (ev.place and ev.place.name, ev.date.value, ev.status) == ("Tunis", "2028-02-10", "happened")
    assert [h.status for h in ev.history][:2] == ["planned", "postponed"]
