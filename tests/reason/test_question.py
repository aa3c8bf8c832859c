"""Question parsing: actor, action, target, window as written."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.errors import QuestionError
from dateline.reason.question import Window, parse_question, window_interval


@pytest.mark.parametrize(
    "question,actor,action,target,window",
    [
        (
            "Will US Defence Secretary Hegseth Visit the DMZ During His Upcoming Trip to South Korea?",
            "US Defence Secretary Hegseth",
            "visit",
            "DMZ",
            Window("trip", place="South Korea"),
        ),
        ("Will the US defence secretary visit the JSA by November 4?", "US defence secretary", "visit", "JSA",
         Window("by", text="November 4")),
        ("Will Helen Markham travel to Jakarta next week?", "Helen Markham", "visit", "Jakarta",
         Window("relative", text="next week")),
        ("Did Hafiz Rahman visit Singapore on May 7?", "Hafiz Rahman", "visit", "Singapore", Window("on", text="May 7")),
        ("Will Tunde Okafor attend the summit?", "Tunde Okafor", "attend", "summit", Window("none")),
    ],
)
def test_question_parse_pattern(question: str, actor: str, action: str, target: str, window: Window) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target, pattern.window) == (actor, action, target, window)


def test_question_meeting_place_split() -> None:
    pattern = parse_question("Will Hegseth meet Koizumi in Tokyo on October 29?")
    assert (pattern.target, pattern.place, pattern.window) == ("Koizumi", "Tokyo", Window("on", text="October 29"))


@pytest.mark.parametrize("month", ["May", "may", "March", "June"])
def test_question_lone_month_is_the_window_not_a_place(month: str) -> None:
    pattern = parse_question(f"Will Tomasz Wierzbicki meet Mark Carney in {month}?")
    assert (pattern.target, pattern.place, pattern.window) == ("Mark Carney", None, Window("on", text=month))
    assert window_interval(pattern.window, date(2026, 5, 11))[1] is not None


@pytest.mark.parametrize(
    "question,actor,action,target,place",
    [
        ("Will Mitsotakis and Erdogan hold talks in Ankara?", "Mitsotakis", "meet", "Erdogan", "Ankara"),
        ("Will Sanchez and Akhannouch hold talks?", "Sanchez", "meet", "Akhannouch", None),
        ("Is the Victorian premier expected to meet Stretch Kontelj?", "Victorian premier", "meet", "Stretch Kontelj",
         None),
        ("Is Sanchez going to Rabat this week", "Sanchez", "visit", "Rabat", None),
        ("Is Sanchez going to visit Rabat?", "Sanchez", "visit", "Rabat", None),
        ("Will Japan hold a summit in Tokyo?", "Japan", "hold", "summit", "Tokyo"),
    ],
)
def test_question_everyday_wordings(question: str, actor: str, action: str, target: str, place: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target, pattern.place) == (actor, action, target, place)


def test_question_past_tense() -> None:
    assert parse_question("Did Park Min-jun meet Zhao Lin?").past is True


@pytest.mark.parametrize("text", ["Hegseth visited the DMZ.", "What is the DMZ?", "Will?"])
def test_question_not_yes_no_raises_e401(text: str) -> None:
    with pytest.raises(QuestionError, match="E401"):
        parse_question(text)


def test_question_without_action_raises_e402() -> None:
    with pytest.raises(QuestionError, match="E402"):
        parse_question("Will Pete Hegseth sing?")


@pytest.mark.parametrize(
    "window,expected",
    [
        (Window("by", text="November 4"), (None, date(2025, 11, 4))),
        (Window("on", text="November 4"), (date(2025, 11, 4), date(2025, 11, 4))),
        (Window("relative", text="next week"), (date(2025, 11, 3), date(2025, 11, 9))),
        (Window("relative", text="this month"), (date(2025, 10, 1), date(2025, 10, 31))),
        (Window("none"), (None, None)),
    ],
)
def test_question_window_interval(window: Window, expected: tuple[date | None, date | None]) -> None:
    assert window_interval(window, date(2025, 10, 28)) == expected


def test_question_trip_window_needs_store() -> None:
    assert window_interval(Window("trip", place="South Korea"), date(2025, 10, 28)) is None


@pytest.mark.parametrize(
    ("question", "target", "place", "window"),
    [
        ("Will the Security Consultative Meeting take place?", "Security Consultative Meeting", None, Window("none")),
        ("Will the border talks go ahead next week?", "border talks", None, Window("relative", text="next week")),
        ("Will the ocean summit be held in Lisbon on June 9?", "ocean summit", "Lisbon", Window("on", text="June 9")),
        ("Did the trade forum take place?", "trade forum", None, Window("none")),
    ],
)
def test_question_occurrence_of_a_named_gathering(
    question: str, target: str, place: str | None, window: Window
) -> None:
    p = parse_question(question)
    assert (p.kind, p.actor, p.target, p.place, p.window) == ("occurrence", "", target, place, window)


def test_question_actor_first_wins_over_a_later_occurrence_phrase() -> None:
    p = parse_question("Will Hegseth meet Ahn before the summit takes place?")
    assert (p.kind, p.actor, p.action) == ("actor", "Hegseth", "meet")


@pytest.mark.parametrize(
    ("question", "actor", "action", "target"),
    [
        ("Will Hegseth open talks with Koizumi?", "Hegseth", "meet", "Koizumi"),
        ("Will Hegseth go ahead with his visit to Hanoi?", "Hegseth", "visit", "Hanoi"),
        ("Will Ana Wong proceed with her Jakarta visit?", "Ana Wong", "visit", "Jakarta"),
        ("Will Lee begin his visit to Japan?", "Lee", "visit", "Japan"),
    ],
)
def test_question_aspect_words_are_cut_from_the_actor(question: str, actor: str, action: str, target: str) -> None:
    p = parse_question(question)
    assert (p.kind, p.actor, p.action, p.target) == ("actor", actor, action, target)


def test_question_occurrence_phrase_with_an_object_is_no_gathering() -> None:
    p = parse_question("Will Congress convene a hearing with the minister?")
    assert (p.kind, p.actor, p.target) == ("actor", "Congress", "hearing with the minister")
    with pytest.raises(QuestionError, match="E402"):
        parse_question("Will the cabinet open an inquiry?")


@pytest.mark.parametrize(
    ("question", "target", "window", "days"),
    [
        ("Will Hegseth visit the DMZ between November 1 and November 5?", "DMZ",
         Window("between", text="November 1", until="November 5"), (date(2025, 11, 1), date(2025, 11, 5))),
        ("Will Ana Wong visit Jakarta from May 2 to May 9?", "Jakarta",
         Window("between", text="May 2", until="May 9"), (date(2026, 5, 2), date(2026, 5, 9))),
        ("Did Hegseth visit the DMZ last week?", "DMZ", Window("relative", text="last week"),
         (date(2025, 10, 27), date(2025, 11, 2))),
        ("Will Hegseth visit the DMZ this weekend?", "DMZ", Window("relative", text="this weekend"),
         (date(2025, 11, 8), date(2025, 11, 9))),
        ("Has Hegseth met Lee yet?", "Lee", Window("none"), (None, None)),
        ("Will Hegseth and Ahn visit the JSA together on Monday?", "JSA", Window("on", text="Monday"),
         (date(2025, 11, 10), date(2025, 11, 10))),
    ],
)
def test_question_more_windows_and_trailing_adverbs(
    question: str, target: str, window: Window, days: tuple[date | None, date | None]
) -> None:
    p = parse_question(question)
    assert (p.target, p.window) == (target, window)
    assert window_interval(p.window, date(2025, 11, 5), p.past) == days


@pytest.mark.parametrize("question,code", [
    ("Will Hegseth not visit Seoul?", "E403"),
    ("Will Hegseth never visit Seoul by December 31?", "E403"),
    ("Does Hegseth not plan to visit Seoul?", "E403"),
    ("Will Hegseth visit Seoul on February 30?", "E404"),
    ("Will Hegseth visit Seoul or skip it?", "E405"),
    ("Will Hegseth visit Seoul or Tokyo by Friday?", "E405"),
        ("Will the United States drop sanctions on Venezuela by October 31?", "E406"),
    ("Will Japan ban protests in Tokyo?", "E406"),
])
def test_question_malformed_is_a_clear_error(question: str, code: str) -> None:
    with pytest.raises(QuestionError, match=code):
        parse_question(question)


def test_question_real_dates_and_ranges_still_parse() -> None:
    assert parse_question("Will Hegseth visit Seoul between November 10 and November 20?").window.kind == "between"
    assert parse_question("Will Hegseth visit Seoul on February 28?").window.kind == "on"
    assert parse_question("Will Hegseth visit the Joint Security Area by November 4?").window.kind == "by"


def test_question_two_people_meeting_gives_actor_and_counterpart() -> None:
    pattern = parse_question("Will Paula Rojo and Mateo Ibarra meet by October 31?")
    assert (pattern.actor, pattern.action, pattern.target, pattern.window.kind) == (
        "Paula Rojo", "meet", "Mateo Ibarra", "by")


def test_question_during_the_visit_without_place_is_a_trip_window() -> None:
    pattern = parse_question("Will Tran Quoc Hung sign the trade deal during the visit?")
    assert (pattern.target, pattern.window.kind, pattern.window.place) == ("trade deal", "trip", None)


def test_question_vague_stretch_ahead_is_a_window_of_days() -> None:
    pattern = parse_question("Will Hartono visit Ethiopia in the coming weeks?")
    assert (pattern.target, pattern.window.kind) == ("Ethiopia", "relative")
    assert window_interval(pattern.window, date(2026, 6, 22)) == (date(2026, 6, 22), date(2026, 7, 20))


def test_question_typed_sloppily_still_parses() -> None:
    lower = parse_question("will tawake be in Xiamen on thursday")
    assert (lower.actor, lower.target, lower.window.kind) == ("tawake", "Xiamen", "on")
    assert window_interval(lower.window, date(2026, 5, 18)) == (date(2026, 5, 21), date(2026, 5, 21))
    curly = parse_question("\u201cWill Alc\u00e1ntara travel to Canada before the end of the year?\u201d")
    assert (curly.actor, curly.action, curly.target, curly.window.kind) == ("Alc\u00e1ntara", "visit", "Canada", "by")


@pytest.mark.parametrize("question,actor,target,place", [
    ("Will Kenya and Vietnam sign the trade agreement on April 14, 2026?", "Kenya", "Vietnam", None),
    ("Will Chile sign a free trade deal with Peru in Lima by May 30?", "Chile", "Peru", "Lima"),
    ("Will Chile sign an agreement on fisheries with Peru by May 30?", "Chile", "Peru", None),
    ("Will Chile sign the fisheries agreement by May 30?", "Chile", "fisheries agreement", None),
])
def test_question_signing_names_parties_not_the_document(question: str, actor: str, target: str, place: str | None) -> None:
    """The document signed is no counterpart: a pair of signers are the parties, "with X" the counterpart; the document
    alone is still matched by its words."""
    pattern = parse_question(question)
    assert (pattern.action, pattern.actor, pattern.target, pattern.place) == ("sign", actor, target, place)


def test_question_possessive_before_the_thing_is_dropped() -> None:
    """ "hold its meeting", "attend their summit": the possessive is no part of what is asked."""
    assert parse_question("Will the council hold its meeting by July 10, 2026?").target == "meeting"
