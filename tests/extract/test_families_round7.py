"""Families, round 7: talks told inside another verb's frame ("signed a deal after talks between A and B"), and names
after a plural title ("Presidents X and Y").

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import article_events, text_events as _events

pytestmark = pytest.mark.slow

#: A Thursday: "on Monday" (past) is 2026-05-04.
ANCHOR = date(2026, 5, 7)


def _rows(evs: list[Event]) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str]]:
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None,
             e.date.value, e.status) for e in evs]


def _meets(nlp: Language, text: str) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str]]:
    return _rows([e for e in _events(nlp, text, ANCHOR) if e.action == "meet"])


# 1. talks in an after/during frame whose "between" phrase names two people: their meeting, told


@pytest.mark.parametrize("text,row", [
    ("The accord was reached after talks between Foreign Minister Lina Duarte and her counterpart Tomas Ferreira "
     "in Lisbon on Monday.",
     ("meet", "Lina Duarte", ("Tomas Ferreira",), "Lisbon", "2026-05-04", "happened")),
    ("Chile offered Peru a loan to rebuild two ports during talks in Lima on Tuesday between the two countries' "
     "finance chiefs, Minister Ana Beltran and Minister Jorge Quispe, the ministry said.",
     ("meet", "Ana Beltran", ("Jorge Quispe",), "Lima", "2026-05-05", "happened")),
    ("Relations improved after talks between Presidents Omar Haddadi and Karim Benali in Tunis last year.",
     ("meet", "Omar Haddadi", ("Karim Benali",), "Tunis", "2025", "happened")),
])
def test_framed_talks_between_two_people_are_their_meeting(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _meets(nlp, text) == [row]


def test_framed_talks_without_named_people_tell_nothing(nlp: Language) -> None:
    """ "during talks between the two leaders": nobody named, no meeting of the clause's subject."""
    assert _meets(nlp, "The ministers discussed fishing quotas during talks between the two leaders.") == []


def test_framed_talks_ahead_are_no_report(nlp: Language) -> None:
    """ "will sign ... after talks between A and B": the talks are not told as done."""
    assert [r for r in _meets(nlp, "The two governments will sign the accord after talks between Foreign Minister "
                                   "Lina Duarte and her counterpart Tomas Ferreira.") if r[-1] == "happened"] == []


# 2. names after a plural title


def test_names_after_plural_title(nlp: Language) -> None:
    assert _meets(nlp, "Presidents Haddadi and Benali met in Tunis on Monday.") == [
        ("meet", "Haddadi", ("Benali",), "Tunis", "2026-05-04", "happened")]


# 3. "arrived on Thursday, a day after meeting X": the count the parser hung the frame on dates the earlier meeting


@pytest.mark.parametrize("text,row", [
    ("Foreign Minister Lina Duarte arrived in Rabat on Wednesday, a day after meeting Prime Minister Karim Benali "
     "in Tunis.", ("meet", "Lina Duarte", ("Karim Benali",), "Tunis", "2026-05-05", "happened")),
    ("Foreign Minister Lina Duarte flew to Rabat on Wednesday, two days after meeting Prime Minister Karim Benali "
     "in Tunis.", ("meet", "Lina Duarte", ("Karim Benali",), "Tunis", "2026-05-04", "happened")),
])
def test_counted_frame_dates_earlier_meeting(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _meets(nlp, text) == [row]


# 4. "plans to test-fire a missile": the verb the parser read as a noun after "test-" (it has "to" and an object)


@pytest.mark.parametrize("text,row", [
    ("Pakistan plans to test-fire a cruise missile over the Arabian Sea this week, officials said.",
     ("launch", "Pakistan", (), None, "2026-W19", "planned")),
    ("Iran will test-fire a new cruise missile on Friday.", ("launch", "Iran", (), None, "2026-05-08", "planned")),
])
def test_test_fire_is_a_launch(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows([e for e in _events(nlp, text, ANCHOR) if e.action == "launch"]) == [row]


# 5. "I am not resigning": a refusal (denied), no plan called off


@pytest.mark.parametrize("text", [
    "Finance Minister Carla Ibanez was asked about the reports. \"I am not resigning,\" Ibanez told reporters.",
    "Finance Minister Carla Ibanez said she would not resign.",
])
def test_refused_resignation_is_denied(nlp: Language, text: str) -> None:
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "resign"]
    assert evs and {e.status for e in evs} == {"denied"}


# 6. signings and visits told in noun phrases


def test_signing_of_an_agreement_between_two_countries(nlp: Language) -> None:
    """ "The signing of a trade agreement between Chile and Peru ... has been delayed": the two countries' signing (and
    "[Chilean Trade]PERSON Minister X" is no person "Chilean Trade")."""
    text = ("The signing of a trade agreement between Chile and Peru that had been planned for Tuesday has been delayed "
            "to May 19, Chilean Trade Minister Ana Beltran said on Thursday.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "sign"]
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.status) for e in evs] == [
        ("Chile", ("Peru",), "postponed")]


def test_visit_by_a_named_guest_framing_a_plan(nlp: Language) -> None:
    """ "will sign ... in Lima next Tuesday during a visit by Minister X": X's visit, there, then, planned."""
    text = "Chile and Peru will sign a fisheries agreement in Lima next Tuesday during a visit by Chilean Minister Ana Beltran."
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "visit"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in evs] == [
        ("Ana Beltran", "Lima", "2026-05-12", "planned")]


# 7. lists of people and countries


def test_they_after_a_list_read_as_two_subjects(nlp: Language) -> None:
    """ "X, Y and Z have confirmed they will attend": each of the three (the parser reads X and Y as two subjects)."""
    text = ("Chile will host the Andean summit in Santiago on May 20. Peruvian President Jorge Quispe, Bolivian "
            "President Luis Arce Mamani and Ecuadorian President Rafael Vera have confirmed they will attend, the "
            "ministry said.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "attend"]
    assert sorted(e.actor.name for e in evs) == ["Jorge Quispe", "Luis Arce Mamani", "Rafael Vera"]


def test_country_names_mislabelled_as_nationalities(nlp: Language) -> None:
    text = "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met in Astana on Thursday."
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "meet"]
    assert [(e.actor.name, tuple(c.name for c in e.counterparts)) for e in evs] == [
        ("Kazakhstan", ("Kyrgyzstan", "Tajikistan", "Uzbekistan"))]


def test_the_next_gathering_is_nobody_named_before(nlp: Language) -> None:
    text = "President Nurlan Abdykadyrov attended the summit in Astana on Thursday. The next summit is due to be held in Tashkent in 2027."
    assert [e.actor.name for e in _events(nlp, text, ANCHOR) if e.status == "planned"] == []


def test_union_country_unlabelled_after_a_dateline(nlp: Language) -> None:
    """ "ABUJA, ... - Nigeria's main labour unions will begin a strike": the unions are Nigeria's (the recognizer left
    "Nigeria" unlabelled after the dateline)."""
    text = ("ABUJA, May 7 (West Africa Wire) - Nigeria's main labour unions will begin a nationwide strike on May 11, "
            "the Nigeria Labour Congress said on Thursday.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "protest"]
    assert [(e.actor.name, e.actor.country) for e in evs] == [("unions", "Nigeria")]


# 8. a referendum on a topic is that referendum


@pytest.mark.parametrize("text,what", [
    ("Chile will hold a referendum on constitutional amendments on September 6.", "referendum on constitutional amendments"),
    ("Chilean voters approved constitutional amendments in a referendum on Sunday.", "referendum on constitutional amendments"),
    ("Parliament will vote on the budget on Friday.", "budget"),
])
def test_referendum_keeps_its_topic(nlp: Language, text: str, what: str) -> None:
    assert [e.what for e in _events(nlp, text, ANCHOR) if e.action == "vote"] == [what]


# 9. launches told by "lifted off" and "placed ... into orbit"


@pytest.mark.parametrize("text,what", [
    ("Chile's Andes rocket lifted off from the coast on Monday.", "Andes rocket"),
    ("Chile's Andes rocket lifted off on Monday and placed a weather observation satellite into orbit.",
     "weather observation satellite"),
])
def test_lift_off_is_a_launch(nlp: Language, text: str, what: str) -> None:
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "launch"]
    assert [(e.actor.name, e.what, e.date.value, e.status) for e in evs] == [("Chile", what, "2026-05-04", "happened")]


def test_put_into_action_is_no_launch(nlp: Language) -> None:
    assert [e for e in _events(nlp, "Chile put the plan into action on Monday.", ANCHOR) if e.action == "launch"] == []


# 10. a trip's listed stops, and an address to a forum


def _visits(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None, str | None, str]]:
    return [(e.place.name if e.place else None, e.date.value, e.date.end_value, e.date.note, e.status)
            for e in _events(nlp, text, ANCHOR) if e.action == "visit"]


def test_stops_within_a_trip_span(nlp: Language) -> None:
    text = ("Chilean President Ana Beltran will make a four-day state visit to Peru starting on May 18, with stops in "
            "Lima and Cusco, her office said.")
    rows = _visits(nlp, text)
    assert ("Peru", "2026-05-18", "2026-05-21", None, "planned") in rows
    for city in ("Lima", "Cusco"):
        assert (city, "2026-05-18", "2026-05-21", "a stop within the trip's days", "planned") in rows


def test_stops_with_their_own_days(nlp: Language) -> None:
    text = ("Chilean Trade Minister Ana Beltran will lead a business delegation to the Gulf next week, with stops in "
            "Riyadh on May 11, Muscat on May 13 and Doha on May 14, the ministry said.")
    rows = [(p, d, s) for p, d, _, _, s in _visits(nlp, text)]
    assert rows == [("Riyadh", "2026-05-11", "planned"), ("Muscat", "2026-05-13", "planned"), ("Doha", "2026-05-14", "planned")]


def test_a_cancelled_stop_is_no_visit(nlp: Language) -> None:
    text = "Beltran left Lima on Thursday evening after cancelling a stop in Cusco because of a storm."
    assert [r for r in _visits(nlp, text) if r[0] == "Cusco" and r[-1] == "happened"] == []


def test_address_a_forum_in_a_city_is_a_visit_there(nlp: Language) -> None:
    text = "Chilean President Ana Beltran will address an investment forum in Osaka on May 12."
    assert [(p, d, s) for p, d, _, _, s in _visits(nlp, text)] == [("Osaka", "2026-05-12", "planned")]


# 11. a state's executive named alone under a dateline, and a meeting told by "at ... on Friday"


def test_bare_cabinet_under_a_dateline_is_the_country(nlp: Language, tmp_path: Path) -> None:
    text = ("LIMA, May 7 (Andes Wire) - Prime Minister Jorge Quispe said the cabinet would hold an extraordinary "
            "meeting on Friday to approve flood aid.")
    evs = [e for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "meet"]
    assert [(e.actor.name, e.date.value, e.status) for e in evs] == [("Peru", "2026-05-08", "planned")]


def test_meeting_at_which_something_was_done_was_held(nlp: Language, tmp_path: Path) -> None:
    text = ("LIMA, May 7 (Andes Wire) - The Peruvian government approved a relief package at an extraordinary cabinet "
            "meeting on Tuesday, Prime Minister Jorge Quispe said.")
    evs = [e for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "meet"]
    assert [(e.actor.name, e.date.value, e.status) for e in evs] == [("Peru", "2026-05-05", "happened")]


# 12. a package of sanctions; talks in a place with a named person, in an "after" frame


def test_package_of_sanctions(nlp: Language) -> None:
    evs = [e for e in _events(nlp, "The EU adopted a new package of sanctions on Belarus on Monday.", ANCHOR)
           if e.action == "sanction"]
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.what, e.status) for e in evs] == [
        ("EU", ("Belarus",), "sanctions", "happened")]


def test_talks_in_a_place_with_a_person_after_a_statement(nlp: Language) -> None:
    text = ("Peru will open an embassy in Abuja, Foreign Minister Ana Valdivia said on Tuesday after talks in Lima "
            "with Nigerian Foreign Minister Chidi Okafor.")
    assert _meets(nlp, text) == [("meet", "Ana Valdivia", ("Chidi Okafor",), "Lima", "2026-05-05", "happened")]


# 13. an election called by a leader, then the old date given up


def test_old_election_date_given_up_is_the_countrys_cancelled_vote(nlp: Language) -> None:
    text = ("Peruvian Prime Minister Jorge Quispe called an early general election for September 26. The election will no "
            "longer be held on November 14.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "vote"]
    assert [(e.actor.name, e.date.value, e.status) for e in evs] == [
        ("Peru", "2026-09-26", "planned"), ("Peru", "2026-11-14", "cancelled")]


# 14. a national agency is its state; a named thing's kind in apposition


def test_national_agency_is_its_state_and_named_satellite_its_kind(nlp: Language) -> None:
    text = "The Philippine Space Agency will launch Bayani-1, its first radar satellite, on June 9."
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "launch"]
    assert [(e.actor.name, e.what, e.date.value) for e in evs] == [("Philippines", "radar satellite", "2026-06-09")]


def test_naming_participle_keeps_the_main_verbs_place_and_days(nlp: Language) -> None:
    text = ("Japan and the Philippines will hold joint naval drills, codenamed Blue Shield, in the South China Sea from "
            "May 20 to May 31.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "exercise"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.date.end_value) for e in evs] == [
        ("Japan", "South China Sea", "2026-05-20", "2026-05-31")]


def test_both_arrived_is_each_ones_arrival(nlp: Language) -> None:
    """ "X and Y both arrived": two arrivals, neither the other's counterpart (no meeting); without "both" the first
    travels with the other as companion, as before."""
    text = "Foreign Minister Lina Duarte and Foreign Minister Karim Benali both arrived in Kathmandu on Monday."
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "arrive"]
    assert sorted((e.actor.name, tuple(c.name for c in e.counterparts)) for e in evs) == [
        ("Karim Benali", ()), ("Lina Duarte", ())]


def test_meeting_on_the_sidelines_of_a_summit_is_attending_it(nlp: Language) -> None:
    text = ("Foreign Minister Lina Duarte met Foreign Minister Karim Benali on the sidelines of the Andean summit in Lima "
            "on Tuesday.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "attend"]
    assert sorted((e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in evs) == [
        ("Karim Benali", "Lima", "2026-05-05", "happened"), ("Lina Duarte", "Lima", "2026-05-05", "happened")]


# 15. guards found by the review of this round's rules


def test_government_of_another_country_is_not_the_datelines(nlp: Language, tmp_path: Path) -> None:
    text = ("GENEVA, May 7 (Andes Wire) - Sudan's army chief said on Tuesday the government would hold talks with the "
            "rebels in Jeddah on Friday.")
    assert [e.actor.name for e in article_events(nlp, tmp_path, text, ANCHOR) if e.actor.name == "Switzerland"] == []


def test_a_press_agency_is_no_state(nlp: Language) -> None:
    evs = _events(nlp, "The Saudi Press Agency will host a media forum in Riyadh on Friday.", ANCHOR)
    assert [e.actor.name for e in evs] == ["Saudi Press Agency"]


def test_sidelines_of_an_earlier_summit_in_a_subordinate_clause_is_no_attendance(nlp: Language) -> None:
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, months after "
            "they first talked on the sidelines of a summit in Accra.")
    assert [e for e in _events(nlp, text, ANCHOR) if e.action == "attend"] == []


def test_a_verb_that_is_no_naming_participle_keeps_its_phrases(nlp: Language) -> None:
    text = "Kenyan President William Ruto arrived in Kyiv, called the visit historic at a news conference in Lviv on Wednesday."
    arrivals = [e for e in _events(nlp, text, ANCHOR) if e.action == "arrive"]
    assert [(e.place.name if e.place else None, e.date.value) for e in arrivals] == [("Kyiv", None)]


def test_stops_belong_to_the_nearest_trip_in_its_tense(nlp: Language) -> None:
    text = ("Chilean President Ana Beltran visited Peru last week, with a stop in Lima on Tuesday, and will visit "
            "Bolivia with stops in La Paz.")
    rows = {e.place.name: e.status for e in _events(nlp, text, ANCHOR) if e.action == "visit" and e.place}
    assert (rows.get("Lima"), rows.get("La Paz")) == ("happened", "planned")


def test_a_lift_off_with_no_owner_is_the_telling_bodys_launch(nlp: Language) -> None:
    text = ("Chile's first radar satellite has sent back its first images, the Chilean Space Agency said on Thursday, "
            "two days after the Andes rocket carrying it lifted off.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "launch"]
    assert [(e.actor.name, e.status) for e in evs] == [("Chile", "happened")]


@pytest.mark.parametrize("text,n", [
    ("Nurses walked out of hospitals across Ireland on Monday.", 1),
    ("The president walked out to greet fans on Monday.", 0),
])
def test_walking_out_is_a_crowds_strike_only(nlp: Language, text: str, n: int) -> None:
    assert len([e for e in _events(nlp, text, ANCHOR) if e.action == "protest"]) == n


def test_drills_that_will_end_on_a_day_keep_no_day_of_their_own(nlp: Language) -> None:
    """ "The Blue Shield drills will end on Friday": the last day, no new day for the drills' plan (noted)."""
    evs = [e for e in _events(nlp, "The Blue Shield drills will end on Friday, the Chilean navy said.", ANCHOR)
           if e.action == "exercise"]
    assert [(e.date.value, e.date.note) for e in evs] == [(None, "the day it ends (2026-05-08), not its own day")]
