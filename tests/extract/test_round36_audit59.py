"""Round 36 (audit 59, own-words articles): a name the recognizer ran on into "on Nov 25"; "is also due in X"; a
postponement whose only day is the pluperfect plan's; "there" after a relative clause on the actor; a visit in a
"when" clause keeps its own tense; "The visit will take place on Feb 10" dates the trip told before; "The accord was
signed by the two leaders" is the signing told before, on its day, and the states' signing told again.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of

pytestmark = pytest.mark.slow

#: A Monday.
NOV_15 = date(2027, 11, 15)
PLAN_RABAT = ("RABAT, March 3 (Dateline) - Kenyan President Grace Wanjiru will travel to Rabat next Tuesday for a state "
              "visit, officials said on Wednesday.", date(2027, 3, 3))


def _where(events: list, action: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.place.name if e.place else None, e.date.value, e.status) for e in _of(events, action)]


def test_round36_a_place_run_on_into_a_date_by_the_recognizer(nlp: Language, tmp_path: Path) -> None:
    text = "TASHKENT, Nov 15 (Dateline) - Qatari minister Khalid al-Mansouri will visit Mombasa on Nov 25."
    assert _where(datelined_events(nlp, tmp_path, text, NOV_15), "visit") == [("Mombasa", "2027-11-25", "planned")]


def test_round36_also_due_in_a_city_is_a_planned_visit(nlp: Language, tmp_path: Path) -> None:
    text = "TASHKENT, Nov 15 (Dateline) - Foreign Minister Dilshod Karimov is also due in Dhaka on Dec 2."
    assert _where(datelined_events(nlp, tmp_path, text, NOV_15), "visit") == [("Dhaka", "2027-12-02", "planned")]


def test_round36_a_trip_delayed_from_a_pluperfect_plan_day_has_no_new_day(tmp_path: Path) -> None:
    delayed = ("NAIROBI, March 13 (Dateline) - Kenyan President Grace Wanjiru had been due in Rabat on Tuesday but "
               "delayed her trip because of a budget vote.", date(2027, 3, 13))
    store = stored(tmp_path, [PLAN_RABAT, delayed])
    (ev,) = store.events()
    assert (ev.status, ev.date.value) == ("postponed", None)


def test_round36_there_after_a_relative_clause_on_the_actor_is_its_place(nlp: Language, tmp_path: Path) -> None:
    text = ("NAIROBI, March 13 (Dateline) - Kenyan President Grace Wanjiru, who had been due in Rabat on Tuesday, "
            "arrived there on Thursday.")
    assert _where(datelined_events(nlp, tmp_path, text, date(2027, 3, 13)), "arrive") == [
        ("Rabat", "2027-03-11", "happened")]


def test_round36_a_visit_in_a_when_clause_under_a_plan_verb_happened(nlp: Language, tmp_path: Path) -> None:
    text = ("DOHA, Nov 22 (Dateline) - The change was agreed when Uzbek Foreign Minister Dilshod Karimov visited Doha "
            "last week, the ministry said.")
    assert _where(datelined_events(nlp, tmp_path, text, date(2027, 11, 22)), "visit") == [
        ("Doha", "2027-W46", "happened")]


def test_round36_the_visit_will_take_place_on_a_day_dates_the_trip(nlp: Language, tmp_path: Path) -> None:
    text = ("BUDAPEST, Jan 24 (Dateline) - Hungarian Prime Minister Laszlo Varga will travel to Reykjavik next month, "
            "officials said on Monday. The visit will take place on Feb 10, they said.")
    assert _where(datelined_events(nlp, tmp_path, text, date(2028, 1, 24)), "travel") == [
        ("Reykjavík", "2028-02-10", "planned")]


def test_round36_no_longer_held_on_a_day_dates_no_plan(nlp: Language, tmp_path: Path) -> None:
    text = ("LIMA, Aug 3 (Dateline) - Prime Minister Jorge Quispe called an early general election for September 26. "
            "The election will no longer be held on November 14.")
    assert sorted(_where(datelined_events(nlp, tmp_path, text, date(2026, 8, 3)), "vote")) == [
        (None, "2026-09-26", "planned"), (None, "2026-11-14", "cancelled")]


def test_round36_the_accord_signed_by_the_two_leaders_is_the_signing_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("NAIROBI, March 13 (Dateline) - Kenya and Morocco signed a fertilizer agreement in Rabat on Friday. "
            "President Grace Wanjiru arrived in Rabat on Thursday and held talks with Prime Minister Karim Benjelloun. "
            "The accord was signed by the two leaders at the prime minister's residence.")
    told = {(e.actor.name, e.date.value) for e in _of(datelined_events(nlp, tmp_path, text, date(2027, 3, 13)), "sign")}
    assert told == {("Grace Wanjiru", "2027-03-12")}


def test_round36_a_person_who_went_on_trial_has_a_trial_the_judge_adjourns(nlp: Language, tmp_path: Path) -> None:
    text = ("MAPUTO, June 7 (Dateline) - A Botswana trader, Kabelo Mothibi, went on trial in Maputo on Tuesday on "
            "smuggling charges. He pleaded not guilty. Judge Celeste Macuacua adjourned the hearing until June 20.")
    events = datelined_events(nlp, tmp_path, text, date(2028, 6, 7))
    assert {e.actor.name for e in events} == {"Kabelo Mothibi"}
    assert ("Maputo", "2028-06-06", "happened") in _where(events, "trial")


def test_round36_standing_trial_next_month_is_a_planned_trial(nlp: Language, tmp_path: Path) -> None:
    text = "MAPUTO, June 7 (Dateline) - A Botswana trader, Kabelo Mothibi, will stand trial in Maputo next month."
    assert _where(datelined_events(nlp, tmp_path, text, date(2028, 6, 7)), "trial") == [("Maputo", "2028-07", "planned")]


def test_round36_expected_back_home_is_a_return_no_visit(nlp: Language, tmp_path: Path) -> None:
    text = "NAIROBI, March 13 (Dateline) - Kenyan President Grace Wanjiru is expected back in Nairobi on Sunday."
    events = datelined_events(nlp, tmp_path, text, date(2027, 3, 13))
    assert [(e.action, e.date.value) for e in events] == [("travel", "2027-03-14")]


def test_round36_a_long_title_before_a_name_is_that_persons(nlp: Language, tmp_path: Path) -> None:
    text = ("DOHA, March 13 (Dateline) - Qatar's Minister of State for Foreign Affairs Khalid al-Mansouri will visit "
            "Samarkand on Nov. 25.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 13))
    assert (ev.actor.name, ev.counterparts) == ("Khalid al-Mansouri", ())


def test_round36_officials_of_a_region_meeting_are_one_group(nlp: Language, tmp_path: Path) -> None:
    text = "TASHKENT, Nov 15 (Dateline) - Gulf foreign ministers will meet in Doha on Nov. 25."
    (ev,) = datelined_events(nlp, tmp_path, text, NOV_15)
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value) == (
        "meet", "Gulf foreign ministers", "Doha", "2027-11-25")


def test_round36_officials_capitalized_only_by_the_sentence_are_no_group(nlp: Language, tmp_path: Path) -> None:
    text = "TASHKENT, Nov 15 (Dateline) - Foreign ministers will meet in Cairo on Nov. 25."
    assert datelined_events(nlp, tmp_path, text, NOV_15) == []


def test_round36_a_meeting_held_elsewhere_instead_on_the_same_day(tmp_path: Path) -> None:
    plan = ("TASHKENT, Nov 15 (Dateline) - Uzbek Foreign Minister Dilshod Karimov will host a meeting of Central Asian "
            "and Gulf foreign ministers in Samarkand on Nov 25, the ministry said.", NOV_15)
    moved = ("DOHA, Nov 22 (Dateline) - A meeting of Central Asian and Gulf foreign ministers that was due to be held in "
             "Samarkand on Thursday will take place in Doha instead, on the same day, Qatar's foreign ministry said on "
             "Monday.", date(2027, 11, 22))
    store = stored(tmp_path, [plan, moved])
    assert sorted((e.action, e.place.name if e.place else None, e.date.value, e.status) for e in store.events()) == [
        ("hold", "Doha", "2027-11-25", "planned"), ("host", "Samarkand", "2027-11-25", "cancelled")]  # (round 52: the
    # gathering's call-off at its old place, where the store knew no plan of it, is no record of its own; the plan at
    # Doha tells the move)
