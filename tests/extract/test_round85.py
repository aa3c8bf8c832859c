"""Round 85 (session 71): what audits 312-317 (courts, disaster relief, defence exercises, state visits, energy
diplomacy, business and labour) found, in one article. Each test states one behaviour. Sentences and names are our
own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 3)  # a Wednesday


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 3, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str]]:
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None,
             e.date.value, e.status) for e in events]


@pytest.mark.parametrize("body", [
    "Authority for Arbitration, Mediation and Settlement (AAMS)",  # no entity of the recognizer's in it
    "Board for Conciliation, Mediation and Arbitration (BCMA)",  # two entities, split at the comma
])
def test_round85_a_listed_name_spelled_by_its_acronym_after_a_dateline_is_one_body(body: str) -> None:
    events = _found(f"DURBAN, June 3 (Wire) - The {body} will mediate between the Coastal Dock Workers Union and Delta "
                    "Shipping on Friday, the union said.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.date.value) for e in events] == [
        ("mediate", body.split(" (")[0], ("Coastal Dock Workers Union", "Delta Shipping"), "2026-06-05")]


def test_round85_mediated_talks_are_the_mediation_of_the_body_that_reports_them() -> None:
    events = _found("DURBAN, June 6 (Wire) - The Authority for Arbitration, Mediation and Settlement (AAMS) has "
                    "published its annual report. Mediated pay talks between the Coastal Dock Workers Union and Delta "
                    "Shipping ended on Friday without agreement, the AAMS said.", date(2026, 6, 6))
    mediations = [(e.actor.name, e.date.value, e.status) for e in events if e.action == "mediate"]
    assert mediations == [("Authority for Arbitration, Mediation and Settlement", "2026-06-05", "happened")]


def test_round85_talks_reported_by_one_of_their_sides_have_no_mediator() -> None:
    events = _found("DURBAN, June 6 (Wire) - Mediated pay talks between the Coastal Dock Workers Union and Delta Shipping "
                    "ended on Friday without agreement, Delta Shipping said.", date(2026, 6, 6))
    assert not [e for e in events if e.action == "mediate"]


def test_round85_a_crowd_counted_at_a_companys_site_strikes_there_not_the_company() -> None:
    events = _found("JOHANNESBURG, June 3 (Wire) - Thousands of mineworkers at Tshepo Mining's mines in Rustenburg went on "
                    "strike on Monday, the company said.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events] == [
        ("protest", "mineworkers", "Rustenburg", "2026-06-01", "happened")]


def test_round85_a_plan_pushed_back_by_a_length_to_a_day_takes_that_day() -> None:
    events = _found("WELLINGTON, June 3 (Wire) - The address by Chilean President Marta Ibarra to New Zealand's "
                    "parliament has been pushed back by a day to Friday because of an urgent debate, the Speaker's "
                    "office said. Ibarra arrives in Wellington on Tuesday for a four-day state visit.")
    assert [(e.actor.name, e.date.value, e.status) for e in events if e.action == "address"] == [
        ("Marta Ibarra", "2026-06-05", "postponed")]


def test_round85_a_speech_after_the_told_clause_is_the_tellers_on_its_day() -> None:
    events = _found("WELLINGTON, June 4 (Wire) - Chilean President Marta Ibarra told New Zealand lawmakers on Wednesday "
                    "that the two countries were \"partners across the Pacific\", in an address to parliament that drew "
                    "long applause. She later held talks with Prime Minister Aroha Kereama.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("address", "Marta Ibarra", "2026-06-03", "happened"), ("meet", "Marta Ibarra", "2026-06-03", "happened")]


def test_round85_expected_somewhere_told_in_the_past_is_a_plan() -> None:
    events = _found("DODOMA, June 1 (Wire) - Energy Minister Juma Mrema told reporters that his Ugandan counterpart, "
                    "Ruth Nansubuga, was expected in Dar es Salaam on Wednesday.", date(2026, 6, 1))
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events] == [
        ("visit", "Ruth Nansubuga", "Dar es Salaam", "2026-06-03", "planned")]


def test_round85_a_named_group_after_its_kind_is_an_organisation_not_a_person() -> None:
    events = _found("OSLO, June 1 (Wire) - The climate group Green Fjord Norway said it would stage a protest outside "
                    "the venue on Thursday.", date(2026, 6, 1))
    assert [(e.action, e.actor.name, e.actor.kind, e.date.value, e.status) for e in events] == [
        ("protest", "Green Fjord Norway", "org", "2026-06-04", "planned")]


def test_round85_a_call_the_telling_took_place_during_is_a_call_held() -> None:
    events = _found("TOKYO, June 4 (Wire) - Australian Prime Minister Daniel Hollis assured Japan's Kenta Morita on "
                    "Wednesday that Australia would remain a reliable gas supplier, during a 40-minute phone call, the "
                    "Japanese government said.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.date.value, e.status) for e in events] == [
        ("call", "Daniel Hollis", ("Kenta Morita",), "2026-06-03", "happened")]


def test_round85_hosting_the_meeting_told_before_takes_its_day_and_place_despite_a_clause_on_it() -> None:
    events = _found("OSLO, June 1 (Wire) - Nordic energy ministers will meet in Oslo on Thursday. Norwegian Energy "
                    "Minister Kari Brekke will host the meeting, which is also expected to cover electricity prices.",
                    date(2026, 6, 1))
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events
            if e.action == "host"] == [("Kari Brekke", "Oslo", "2026-06-04", "planned")]


def test_round85_a_trial_that_will_not_take_place_after_charges_withdrawn_is_called_off() -> None:
    events = _found("ISTANBUL, June 3 (Wire) - Prosecutors have withdrawn the indictment against journalist Deniz Aksoy, "
                    "and the trial that was due to open next month will not take place, her lawyer said.")
    assert [(e.action, e.actor.name, e.status) for e in events if e.action == "trial"] == [
        ("trial", "Deniz Aksoy", "cancelled")]


def test_round85_a_release_a_judge_orders_frees_the_person() -> None:
    events = _found("MANILA, June 4 (Wire) - A judge on Thursday ordered the release of opposition activist Marco "
                    "Villanueva. Activists demanded the release of jailed blogger Ana Cruz.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("freed", "Marco Villanueva", "2026-06-04", "happened")]


def test_round85_an_exercise_scaled_back_is_still_a_plan() -> None:
    events = _found("OSLO, June 3 (Wire) - Norway has scaled back the Polar Hare exercise planned for July, the armed "
                    "forces said.")
    assert [(e.action, e.status, e.refers_to_plan) for e in events if e.action == "exercise"] == [
        ("exercise", "planned", True)]


def test_round85_an_exercise_held_every_other_year_is_no_event_of_its_own() -> None:
    events = _found("SANTIAGO, June 3 (Wire) - The navies of Chile and Argentina will hold the Austral Shield exercise "
                    "off Punta Arenas from June 22 to 25. The exercise has been held every other year since 2011 as a "
                    "confidence-building measure.")
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("exercise", "Chile", "2026-06-22", "planned")]


def test_round85_a_named_exercise_the_parser_read_as_a_complement_is_the_object_begun() -> None:
    events = _found("PUNTA ARENAS, June 23 (Wire) - Chilean and Argentine warships began the Austral Shield exercise off "
                    "Punta Arenas on Tuesday.", date(2026, 6, 23))
    assert _rows(events) == [("exercise", "Chile", ("Argentina",), "Punta Arenas", "2026-06-23", "happened")]


def test_round85_a_states_marine_corps_exercises_for_the_state() -> None:
    events = _found("SEOUL, June 1 (Wire) - South Korea's marine corps will conduct live-fire drills on Yeonpyeong "
                    "island on Wednesday.", date(2026, 6, 1))
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("exercise", "South Korea", "2026-06-03", "planned")]


def test_round85_a_signing_ceremony_for_a_states_contract_is_that_states_signing() -> None:
    events = _found("WARSAW, June 3 (Wire) - The signing ceremony for Poland's howitzer contract has been pushed back by "
                    "a day to Friday, the defence ministry said.")
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("sign", "Poland", "2026-06-05", "postponed")]


def test_round85_an_office_of_a_country_in_apposition_is_the_title_over_the_honorific() -> None:
    events = _found("PARIS, June 1 (Wire) - The Emir of Qatar, Sheikh Hamad bin Saud Al Thani, will pay a state visit to "
                    "France on June 15, the Elysee said.", date(2026, 6, 1))
    assert [(e.actor.name, e.actor.title, e.actor.country) for e in events if e.action == "visit"] == [
        ("Hamad bin Saud Al Thani", "Emir", "Qatar")]


def test_round85_the_sentence_after_a_mixed_judgment_is_the_convicted_ones_and_all_its_verdicts_share_its_day() -> None:
    events = _found("NAIROBI, May 29 (Wire) - A Nairobi court on Thursday found former energy minister Daniel Oduya "
                    "guilty of abuse of office over a power-line tender. Chief Magistrate Ruth Wairimu acquitted his "
                    "co-accused, former utility managers Peter Kilonzo and Mercy Atieno, saying the prosecution had "
                    "failed to link them to the forged documents. She said she would pass sentence on June 5 after "
                    "hearing mitigation from the defence.", date(2026, 5, 29))
    assert sorted((e.action, e.actor.name, e.what, e.date.value) for e in events) == [
        ("sentence", "Daniel Oduya", None, "2026-06-05"),
        ("verdict", "Daniel Oduya", "conviction", "2026-05-28"),
        ("verdict", "Mercy Atieno", "acquittal", "2026-05-28"),
        ("verdict", "Peter Kilonzo", "acquittal", "2026-05-28")]


def test_round85_a_wreath_laid_by_a_guest_at_a_memorial_named_after_the_city_is_a_visit_there() -> None:
    events = _found("WARSAW, June 6 (Wire) - A wreath was laid at the Warsaw Uprising Monument on Saturday by German "
                    "President Katrin Albers.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.place.within[:1] if e.place else None,
             e.date.value, e.status) for e in events] == [
        ("visit", "Katrin Albers", "Warsaw Uprising Monument", ("Warsaw",), "2026-06-06", "happened")]

