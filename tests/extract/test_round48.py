"""Round 48 (audits 153-154 and gaps left by audits 145-152): follow-ups that change a plan's place or tell it done
under other words (an arrival, a meeting noun, the gathering's own name, the group's names, the strike itself), and
single-sentence readings (a counterpart's nationality of two words, a title inside an organisation's span, an act not
done "without" it, a preference, a town the gazetteer lacks, a reason phrase, a result clause's place).
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.time import find_times
from dateline.reason.ask import ask

from ..stored import stored
from .fixture_articles import Row, party_rows, row, text_events


def _stored(tmp_path: Path, texts: list[tuple[str, date]]) -> list[Row]:
    return sorted((row(e) for e in stored(tmp_path, texts).events()), key=repr)


@pytest.mark.slow
def test_round48_an_arrival_in_the_planned_week_is_the_visit_begun(tmp_path: Path) -> None:
    plan = ("Lusaka, April 1 (Wire) - Zambian President Mulenga Banda will visit Tanzania next week, his office said.",
            date(2027, 4, 1))
    done = ("Dodoma, April 6 (Wire) - Zambian President Mulenga Banda arrived in Dodoma on Tuesday for a two-day state "
            "visit.", date(2027, 4, 6))
    assert _stored(tmp_path, [plan, done]) == [("visit", "Mulenga Banda", (), "Dodoma", "2027-04-06", "happened")]


@pytest.mark.slow
def test_round48_a_meeting_moved_to_another_town_calls_off_the_journey_there(tmp_path: Path) -> None:
    plan = ("Lusaka, May 3 (Wire) - Zambia's Foreign Minister Mulenga Banda will visit Lilongwe on May 12 for talks "
            "with Malawian Foreign Minister Nancy Tembo, his ministry said on Monday.", date(2027, 5, 3))
    move = ("Lilongwe, May 7 (Wire) - The meeting between Zambia's top diplomat Mulenga Banda and Malawi's Nancy "
            "Tembo will now take place in Blantyre rather than Lilongwe, officials said on Friday.", date(2027, 5, 7))
    assert _stored(tmp_path, [plan, move]) == [
        ("meet", "Mulenga Banda", ("Nancy Tembo",), "Blantyre", "2027-05-12", "planned"),
        ("visit", "Mulenga Banda", ("Nancy Tembo",), "Lilongwe", "2027-05-12", "cancelled"),
    ]


@pytest.mark.slow
def test_round48_a_visit_put_off_and_moved_is_one_visit_now_there(tmp_path: Path) -> None:
    plan = ("Lusaka, May 3 (Wire) - Zambian Foreign Minister Mulenga Banda will travel to Lilongwe on Tuesday, May 11, "
            "for talks with Malawian Foreign Minister Nancy Tembo.", date(2027, 5, 3))
    move = ("Lilongwe, May 7 (Wire) - Banda's visit to Malawi, originally set for next Tuesday, has been pushed back "
            "to Thursday and moved from Lilongwe to Blantyre.", date(2027, 5, 7))
    assert _stored(tmp_path, [plan, move]) == [
        ("visit", "Mulenga Banda", ("Nancy Tembo",), "Blantyre", "2027-05-13", "postponed"),
    ]  # one visit, put off and moved (round 50: the old place is in its history, no call-off record)


@pytest.mark.slow
def test_round48_talks_with_a_group_are_the_talks_with_its_named_bodies(tmp_path: Path) -> None:
    plan = ("Lusaka, April 5 (Wire) - Prime Minister Chanda Mwale said he would meet union leaders on Thursday.",
            date(2027, 4, 5))
    done = ("Lusaka, April 9 (Wire) - Mwale met the heads of the ZCTU, FFTUZ and CSU at State House in Lusaka on "
            "Thursday.", date(2027, 4, 9))
    rows = _stored(tmp_path, [plan, done])
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("meet", "Chanda Mwale", "2027-04-08", "happened")]


@pytest.mark.slow
def test_round48_a_summit_called_off_by_its_name_is_the_leaders_summit(tmp_path: Path) -> None:
    plan = ("Lusaka, June 2 (Wire) - Zambian President Mulenga Banda and Malawian President Nancy Tembo will hold a "
            "summit in Livingstone on June 18.", date(2027, 6, 2))
    off = ("Lusaka, June 15 (Wire) - Friday's Zambia-Malawi summit in Livingstone has been cancelled, the two "
           "governments said.", date(2027, 6, 15))
    assert _stored(tmp_path, [plan, off]) == [
        ("meet", "Mulenga Banda", ("Nancy Tembo",), "Livingstone", "2027-06-18", "cancelled")]


@pytest.mark.slow
def test_round48_a_nationwide_strike_told_done_is_the_unions_strike(tmp_path: Path) -> None:
    plan = ("Lusaka, April 6 (Wire) - Zambia's unions called a nationwide general strike for April 27.",
            date(2027, 4, 6))
    done = ("Lusaka, April 27 (Wire) - A nationwide general strike brought Zambia to a standstill on Tuesday.",
            date(2027, 4, 27))
    rows = _stored(tmp_path, [plan, done])
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows] == [
        ("protest", "unions", "Zambia", "2027-04-27", "happened")]


@pytest.mark.slow
def test_round48_a_counterpart_of_a_two_word_nationality(nlp: Language) -> None:
    text = "Ugandan Foreign Minister Joseph Okello will travel to Juba next Tuesday for talks with his South Sudanese counterpart."
    (ev,) = text_events(nlp, text, date(2027, 3, 4))
    assert [c.name for c in ev.counterparts] == ["South Sudan", "Foreign Minister of South Sudan"]  # (and the office
    # of his title there, as "will meet his South Sudanese counterpart" gives: session 42)


@pytest.mark.slow
def test_round48_a_title_inside_an_organisation_span_leaves_the_name(nlp: Language) -> None:
    text = "Chanda Mwale and Taoiseach Brendan Kinsella will hold a summit in Livingstone on June 18."
    assert [(e.action, [c.name for c in e.counterparts]) for e in text_events(nlp, text, date(2027, 6, 2))] == [
        ("meet", ["Brendan Kinsella"])]


@pytest.mark.slow
def test_round48_an_agency_with_the_is_no_title_and_name(nlp: Language) -> None:
    text = "The Zambia Space Agency will launch Kafue-1, its first radar satellite, on June 9."
    assert [e.actor.name for e in text_events(nlp, text, date(2027, 6, 2))] == ["Zambia"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Health Minister Nancy Tembo met the doctors' leaders on Wednesday without reaching an agreement.",
    "Health Minister Nancy Tembo met the doctors' leaders on Wednesday, but the talks ended without an agreement.",
])
def test_round48_an_act_not_done_without_it_is_no_event(nlp: Language, text: str) -> None:
    assert [e.action for e in text_events(nlp, text, date(2027, 3, 17))] == ["meet"]


@pytest.mark.slow
def test_round48_a_preference_to_meet_is_no_meeting_held(nlp: Language) -> None:
    text = ("Banda and his counterpart Nancy Tembo will meet in Chitipa on Thursday. \"The minister also preferred to "
            "meet at the border,\" an official said.")
    assert {e.status for e in text_events(nlp, text, date(2027, 3, 8))} <= {"planned", "uncertain"}


@pytest.mark.slow
def test_round48_an_unlabelled_town_where_two_people_meet_is_the_place(nlp: Language) -> None:
    text = "Banda and his counterpart Nancy Tembo will meet in Nakonde on Thursday."
    assert [(e.action, e.place and e.place.name) for e in text_events(nlp, text, date(2027, 3, 8))] == [
        ("meet", "Nakonde")]


@pytest.mark.slow
def test_round48_in_protest_at_is_no_protest_of_its_own(nlp: Language) -> None:
    text = "Zambia's three main unions on Tuesday called a nationwide general strike for April 21 in protest at the pension plan."
    rows = party_rows(text_events(nlp, text, date(2027, 4, 6)))
    assert [(r[1], r[2], r[3]) for r in rows] == [("protest", "planned", "2027-04-21")]


def test_round48_must_with_a_weekday_looks_ahead() -> None:
    found = find_times("The minister must stay in the capital on Tuesday.", date(2027, 3, 5))
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2027-03-09")]


@pytest.mark.slow
def test_round48_a_result_clause_names_no_place_of_the_act(nlp: Language) -> None:
    text = ("Geneva prosecutors on Tuesday charged British financier Peter Zulu with money laundering, putting his "
            "extradition to Britain on hold.")
    (ev,) = text_events(nlp, text, date(2027, 5, 20))
    assert (ev.action, ev.place.name if ev.place else None) == ("charged", None)


@pytest.mark.slow
def test_round48_an_arrested_person_described_in_apposition_is_no_thing_arrested(nlp: Language) -> None:
    text = "Swiss police arrested Peter Zulu, the founder of Zulu Capital, at Geneva airport on Saturday."
    (ev,) = text_events(nlp, text, date(2027, 5, 4))
    assert (ev.action, ev.what, ev.place.name if ev.place else None) == ("arrested", None, "Geneva airport")


@pytest.mark.slow
def test_round48_a_court_appearance_is_a_hearing_not_the_trial(tmp_path: Path) -> None:
    text = ("Lusaka, March 10 (Wire) - Journalist Grace Phiri appeared before the Lusaka Magistrates Court on Monday. "
            "Phiri's trial is set to open on April 14, her lawyer said.")
    store = stored(tmp_path, [(text, date(2027, 3, 10))])
    assert sorted((e.action, e.actor.name, e.date.value, e.status) for e in store.events()) == [
        ("hearing", "Grace Phiri", "2027-03-08", "happened"), ("trial", "Grace Phiri", "2027-04-14", "planned")]
    answer = ask(store, "Will Grace Phiri go on trial by April 30, 2027?", as_of=date(2027, 3, 11))
    assert (answer.resolved, answer.answer) == (False, "yes")
    answer = ask(store, "Will Grace Phiri appear in court by March 9, 2027?", as_of=date(2027, 3, 11))
    assert (answer.resolved, answer.resolution) == (True, "yes")


@pytest.mark.slow
def test_round48_an_organisation_named_with_and_is_one_party(nlp: Language) -> None:
    text = "Zambia will host talks between Malawi's government and the rebel Chitipa Justice and Liberation Front in Livingstone on March 16."
    (ev,) = text_events(nlp, text, date(2027, 3, 5))
    assert "Chitipa Justice and Liberation Front" in [c.name for c in ev.counterparts]


@pytest.mark.slow
def test_round48_called_off_with_no_new_date_is_called_off(nlp: Language) -> None:
    text = "Zambia called off talks with Malawi that were due to be held in Livingstone on Thursday, and no new date has been set."
    assert [(e.action, e.status) for e in text_events(nlp, text, date(2027, 5, 7))] == [("meet", "cancelled")]


@pytest.mark.slow
def test_round48_going_ahead_with_planned_drills_is_the_drills_held(nlp: Language) -> None:
    text = "The Zambian army went ahead with its planned exercises near Kasama on Tuesday, the defence ministry said."
    assert [(e.action, e.status, e.date.value) for e in text_events(nlp, text, date(2027, 4, 15))] == [
        ("exercise", "happened", "2027-04-13")]


@pytest.mark.slow
def test_round48_a_report_in_a_newspaper_denied_is_denied(nlp: Language) -> None:
    text = ("Zambia's government denied a report in a Lusaka newspaper that Mulenga Banda had met Nancy Tembo secretly "
            "in Chipata last weekend to discuss the border.")
    assert [(e.action, e.status) for e in text_events(nlp, text, date(2027, 5, 7))] == [("meet", "denied")]


@pytest.mark.slow
def test_round48_a_visit_put_off_that_will_take_place_elsewhere_moves_there(tmp_path: Path) -> None:
    plan = ("Lusaka, March 4 (Wire) - Zambian Foreign Minister Mulenga Banda will travel to Lilongwe next Tuesday for "
            "talks with Malawian Foreign Minister Nancy Tembo.", date(2027, 3, 4))
    move = ("Lilongwe, March 8 (Wire) - A visit to Malawi by Zambian Foreign Minister Mulenga Banda that had been "
            "planned for Tuesday has been pushed back to Thursday and will take place in Blantyre rather than Lilongwe.",
            date(2027, 3, 8))
    assert _stored(tmp_path, [plan, move]) == [
        ("visit", "Mulenga Banda", ("Nancy Tembo",), "Blantyre", "2027-03-11", "postponed"),
    ]  # one visit, put off and moved (round 50)


@pytest.mark.slow
def test_round48_a_new_venue_with_no_stored_plan_tells_no_call_off(tmp_path: Path) -> None:
    text = ("Lusaka, May 3 (Wire) - Officials said talks between Mulenga Banda and Nancy Tembo would now take place in "
            "Livingstone on May 20, rather than in Lusaka.")
    rows = _stored(tmp_path, [(text, date(2027, 5, 3))])
    assert [(r[3], r[5]) for r in rows] == [("Livingstone", "planned")]


@pytest.mark.slow
def test_round48_a_timetable_for_elections_is_no_vote(nlp: Language) -> None:
    text = "Opposition leader Peter Zulu criticised the government and called for a timetable for elections."
    assert [e.action for e in text_events(nlp, text, date(2027, 4, 19))] == []


@pytest.mark.slow
def test_round48_one_journey_to_a_place_on_a_day_whoever_is_seen(tmp_path: Path) -> None:
    text = ("Lusaka, April 6 (Wire) - Zambian Foreign Minister Mulenga Banda will travel to Lilongwe on April 14 for "
            "talks with Foreign Minister Nancy Tembo. Banda will also be received by President Joseph Phiri during the "
            "one-day trip.")
    rows = _stored(tmp_path, [(text, date(2027, 4, 6))])
    assert [(r[0], r[1]) for r in rows if r[0] in ("travel", "visit")] == [("travel", "Mulenga Banda")]


@pytest.mark.slow
def test_round48_what_a_meeting_will_focus_on_is_no_venue(nlp: Language) -> None:
    text = ("Zambian Foreign Minister Mulenga Banda will travel to Lilongwe later this month for talks with Malawian "
            "Foreign Minister Nancy Tembo. The meeting, set for April 22, will focus on migration and fishing rights "
            "in Lake Malawi, a spokesman said.")
    places = {e.place.name for e in text_events(nlp, text, date(2027, 4, 7)) if e.place is not None}
    assert places == {"Lilongwe"}


@pytest.mark.slow
def test_round48_others_also_arrested_are_arrested_that_day(nlp: Language) -> None:
    text = "Police arrested former deputy minister Peter Zulu in Ndola on Sunday. Three other people were also arrested."
    assert [(e.actor.name, e.date.value) for e in text_events(nlp, text, date(2027, 4, 20))] == [
        ("Peter Zulu", "2027-04-18"), ("other people", "2027-04-18")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "want"), [
    ("Brussels has made the fight against corruption a condition for progress in Zambia's EU accession talks.", []),
    ("Zambia and the EU will hold a round of accession talks in Brussels on Tuesday.", ["meet"]),
])
def test_round48_accession_talks_are_a_process_unless_dated(nlp: Language, text: str, want: list[str]) -> None:
    assert [e.action for e in text_events(nlp, text, date(2027, 5, 6))] == want


@pytest.mark.slow
def test_round48_barred_from_travelling_is_no_journey_made(nlp: Language) -> None:
    text = "Opposition politician Peter Zulu was barred from travelling to Lilongwe for a conference."
    assert [(e.action, e.status) for e in text_events(nlp, text, date(2027, 2, 9))] == [("travel", "cancelled")]


@pytest.mark.slow
def test_round48_a_name_after_a_portfolio_title_is_the_minister(nlp: Language) -> None:
    text = "Economy Minister Peter Zulu and Trade Minister Renata Alves signed a protocol on truck imports, officials said."
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in text_events(nlp, text, date(2027, 5, 5))] == [
        ("Peter Zulu", ["Renata Alves"])]


@pytest.mark.slow
def test_round48_an_official_ending_a_stoppage_stages_none(nlp: Language) -> None:
    text = ("Labour Minister Grace Phiri said she would meet union leaders in Lusaka on Wednesday in an attempt to end "
            "the stoppage.")
    assert [e.action for e in text_events(nlp, text, date(2027, 4, 13))] == ["meet"]


def test_round48_a_month_after_ahead_of_a_gathering_lies_ahead() -> None:
    found = find_times("Officials said the ministers could discuss tariffs ahead of the bloc's summit in July.",
                       date(2027, 4, 9))
    assert [(t.text, t.value) for t in found] == [("July", "2027-07")]
