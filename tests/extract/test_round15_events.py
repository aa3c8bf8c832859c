"""Events, round 15: events the fresh-article audit 25 found missing, and fields they lacked.

- strikes by their verbs: "walked off the job" (the particle "off" counts only with 'job' or 'work': not "walked off
  the stage") and "downed tools" are a crowd's strike; "at the start of a three-day strike" gives it its span.
- gatherings of a group: "a summit between Central Asian and Nordic leaders that had been set for June 9 in Astana has
  been postponed" is the hold event of its participants ("Central Asian and Nordic summit participants"), with its
  planned place (the parser hangs the 'that' clause on the leaders).
- meals: "the banquet X had planned in honour of Y has been called off" is X's host event with Y its guest, cancelled;
  "X's state dinner for Y was scrapped" too; "will host a dinner for the visiting delegation" is a host event, for the
  story's one visitor, on "the evening of her arrival"; a meal for no known guest (two people visit, "in their
  honour") is no event.
- purpose meetings: "will fly to Riga on Friday to discuss energy with Prime Minister X" is a meeting with X there that
  day; "discussed energy with X" alone is none (a call or a meeting, unknown).
- follow-on place: "The rocket was launched from ..." right after "fired a rocket on Monday" gives that launch its
  place and clock time.
- exercises: "Tokyo and Manila began their joint exercise" is both capitals' states; "hours after" it, the day of the
  main clause's event; "The Kamandag drills, which began on Monday and will run through June 12, involve Japanese
  troops and Philippine forces" is the two countries' exercise over that span (told by its own relative clause).
- names and days: "the African Union Peace and Security Council" is one name; "did not attend the session, after it was
  postponed to next week" keeps no day from the postponement.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import action_rows as _of, Row, row, text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "on Monday" (past) is 2026-06-01, "on Friday" (ahead) 2026-06-05.
ANCHOR = date(2026, 6, 3)



# 1. strikes told by their verbs


@pytest.mark.parametrize("text,row", [
    ("Dutch dock workers walked off the job on Monday.",
     ("protest", "workers", (), None, "2026-06-01", "happened")),
    ("Hospital workers downed tools on Tuesday.",
     ("protest", "workers", (), None, "2026-06-02", "happened")),
])
def test_round15_strike_verbs(nlp: Language, text: str, row: Row) -> None:
    assert _of(_events(nlp, text, ANCHOR), "protest") == [row]


@pytest.mark.parametrize("text", [
    "The dock workers walked off the stage on Monday.",
    "The coach walked off the job site on Monday.",
])
def test_round15_walking_off_elsewhere_is_no_strike(nlp: Language, text: str) -> None:
    assert _of(_events(nlp, text, ANCHOR), "protest") == []


def test_round15_strike_start_gives_span(nlp: Language) -> None:
    (ev,) = [e for e in _events(nlp, "Dutch dock workers walked off the job on Monday at the start of a four-day strike over wages.",
                                ANCHOR) if e.action == "protest"]
    assert (ev.date.value, ev.date.end_value, ev.status) == ("2026-06-01", "2026-06-04", "happened")


# 2. gatherings of a group


def test_round15_summit_between_groups_postponed(nlp: Language) -> None:
    text = ("A summit between Central Asian and Nordic leaders that had been set for June 9 in Astana has been postponed to "
            "July 14, the organisers said on Tuesday.")
    assert _of(_events(nlp, text, ANCHOR), "hold") == [
        ("hold", "Central Asian and Nordic summit participants", (), "Astana", "2026-07-14", "postponed")]


def test_round15_summit_of_two_groups_named_with_and(nlp: Language) -> None:
    text = "A summit of Arab and African leaders set for June 9 in Cairo has been called off."
    assert _of(_events(nlp, text, ANCHOR), "hold") == [
        ("hold", "Arab and African summit participants", (), "Cairo", "2026-06-09", "cancelled")]


# 3. meals


def test_round15_cancelled_banquet_of_its_planner(nlp: Language) -> None:
    text = ("The state dinner President Amara Sesay had planned for this evening in honour of Prime Minister Lena Vogt has "
            "been cancelled.")
    assert _of(_events(nlp, text, ANCHOR), "host") == [
        ("host", "Amara Sesay", ("Lena Vogt",), None, "2026-06-03TEV", "cancelled")]


def test_round15_possessor_dinner_scrapped(nlp: Language) -> None:
    text = "President Amara Sesay's state dinner for Prime Minister Lena Vogt was scrapped."
    assert [r[:3] + r[5:] for r in _of(_events(nlp, text, ANCHOR), "host")] == [
        ("host", "Amara Sesay", ("Lena Vogt",), "cancelled")]


def test_round15_dinner_for_the_visiting_delegation(nlp: Language) -> None:
    text = ("Prime Minister Lena Vogt is due to arrive in Freetown on Friday, June 5. Officials said President Amara Sesay "
            "would host a dinner for the visiting delegation on the evening of her arrival.")
    assert _of(_events(nlp, text, ANCHOR), "host") == [
        ("host", "Amara Sesay", ("Lena Vogt",), None, "2026-06-05TEV", "planned")]


@pytest.mark.parametrize("text", [
    "Prime Minister Lena Vogt and Trade Minister Jonas Berg will visit Sierra Leone next week. President Amara Sesay will "
    "host a banquet for the visiting delegation.",
    "The visitors were welcomed by President Amara Sesay, who later hosted a state dinner in their honour.",
])
def test_round15_meal_for_no_known_guest_is_no_event(nlp: Language, text: str) -> None:
    assert [r[:3] for r in _of(_events(nlp, text, ANCHOR), "host") if r[1] == "Amara Sesay" and not r[2]] == []


@pytest.mark.parametrize("text", [
    "The dinner ended late on Monday.",
    "A dinner for the visiting delegation was held on Monday.",
])
def test_round15_meal_without_a_host_is_no_event(nlp: Language, text: str) -> None:
    assert _of(_events(nlp, text, ANCHOR), "host") == []


# 4. meetings as the purpose of a journey


def test_round15_journey_to_discuss_with_a_person(nlp: Language) -> None:
    text = "Prime Minister Lena Vogt will fly to Riga on Friday to discuss energy links with Prime Minister Evika Silina."
    assert _of(_events(nlp, text, ANCHOR), "meet") == [
        ("meet", "Lena Vogt", ("Evika Silina",), "Riga", "2026-06-05", "planned")]


@pytest.mark.parametrize("text", [
    "Prime Minister Lena Vogt discussed energy links with Prime Minister Evika Silina on Monday.",
    "Prime Minister Lena Vogt flew to Riga on Monday to discuss energy links.",
])
def test_round15_discussing_alone_is_no_meeting(nlp: Language, text: str) -> None:
    assert _of(_events(nlp, text, ANCHOR), "meet") == []


# 5. a follow-on sentence places a launch


def test_round15_follow_on_sentence_places_the_launch(nlp: Language) -> None:
    text = ("Iran fired a cruise missile on Monday, state media said. The missile was launched from a ship in the Gulf of "
            "Oman at about 6:15 a.m.")
    assert _of(_events(nlp, text, ANCHOR), "launch") == [
        ("launch", "Iran", (), "Gulf of Oman", "2026-06-01T06:15", "happened")]


def test_round15_follow_on_sentence_of_another_thing_places_nothing(nlp: Language) -> None:
    text = "Iran fired a cruise missile on Monday. The satellite was launched from Semnan."
    assert [r[3] for r in _of(_events(nlp, text, ANCHOR), "launch")][:1] == [None]


# 6. exercises of two capitals, and "hours after"


def test_round15_two_capitals_hold_the_exercise(nlp: Language) -> None:
    text = "Tokyo and Manila began their annual Kamandag exercise on Monday."
    assert [r[:3] + r[4:] for r in _of(_events(nlp, text, ANCHOR), "exercise")] == [
        ("exercise", "Japan", ("Philippines",), "2026-06-01", "happened")]


def test_round15_hours_after_takes_the_main_day(nlp: Language) -> None:
    text = "Iran fired a cruise missile on Monday evening, hours after Tokyo and Manila began their annual Kamandag exercise."
    assert [r[:3] + r[4:] for r in _of(_events(nlp, text, ANCHOR), "exercise")] == [
        ("exercise", "Japan", ("Philippines",), "2026-06-01", "happened")]


def test_round15_drills_told_by_their_clause_involve_two_forces(nlp: Language) -> None:
    text = ("The 12-day Kamandag drills, which began on Monday and will run through June 12, involve about 3,000 Japanese "
            "troops and Philippine forces.")
    (ev,) = [e for e in _events(nlp, text, ANCHOR) if e.action == "exercise"]
    assert (ev.actor.name, tuple(c.name for c in ev.counterparts), ev.what, ev.date.value, ev.date.end_value) == (
        "Japan", ("Philippines",), "Kamandag", "2026-06-01", "2026-06-12")


def test_round15_drills_told_by_their_clause_need_their_forces(nlp: Language) -> None:
    assert _of(_events(nlp, "The drills, which started last week, have angered Beijing.", ANCHOR), "exercise") == []


# 7. one council's name; a skipped session keeps no new day


def test_round15_council_name_with_and_is_one_name(nlp: Language) -> None:
    text = "Prime Minister Lena Vogt met the African Union Peace and Security Council in Addis Ababa on Monday."
    names = {c.name for e in _events(nlp, text, ANCHOR) for c in (e.actor, *e.counterparts)}
    assert "African Union Peace and Security Council" in names and "Security Council" not in names


def test_round15_two_bodies_with_and_stay_two(nlp: Language) -> None:
    text = "The African Union and the Security Council met on Monday."
    assert [r[:3] for r in _of(_events(nlp, text, ANCHOR), "meet")] == [("meet", "African Union", ("UN Security Council",))]


def test_round15_skipped_session_keeps_no_postponed_day(nlp: Language) -> None:
    text = "Prime Minister Lena Vogt did not attend the council session, after the meeting was postponed to next week."
    assert [(r[0], r[1], r[4], r[5]) for r in _of(_events(nlp, text, ANCHOR), "attend")] == [
        ("attend", "Lena Vogt", None, "cancelled")]
