"""Round 45 (audits 125-128): unnamed people held by the police, chambers of a parliament named in lower case, the
place and start of an event told in the next sentence, and a few wordings that made events of nothing. Each test
states one behaviour. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import headline_events, party_rows

pytestmark = pytest.mark.slow


def test_round45_taking_to_the_streets_is_a_protest(nlp: Language, tmp_path: Path) -> None:
    text = "Thousands of nurses took to the streets of Lusaka on Monday to demand back pay."
    assert [r[:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 3)))] == [
        ("nurses", "protest", "happened", "2027-03-01", "Lusaka")]


def test_round45_an_unnamed_foreigner_arrested_is_his_own_arrest_of_his_country(nlp: Language, tmp_path: Path) -> None:
    text = "Dutch police arrested a Lithuanian man in Rotterdam on Sunday."
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 3, 17))
    assert (ev.actor.name, ev.actor.country, ev.action, ev.date.value, ev.place and ev.place.name, ev.counterparts) == (
        "Lithuanian man", "Lithuania", "arrested", "2027-03-14", "Rotterdam", ())


def test_round45_the_passive_arrest_of_a_foreigner_is_of_his_country_not_the_place(nlp: Language,
                                                                                   tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "A Lithuanian man was arrested in Rotterdam on Sunday.", date(2027, 3, 17))
    assert (ev.actor.name, ev.actor.country, ev.action) == ("Lithuanian man", "Lithuania", "arrested")


def test_round45_police_arresting_a_man_in_a_city_are_that_citys_police(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "Police arrested a man in Riga on Tuesday.", date(2027, 3, 17))
    assert (ev.actor.name, ev.actor.country, ev.action, ev.date.value) == ("man", "Latvia", "arrested", "2027-03-16")


def test_round45_an_unnamed_official_arrested_and_charged_keeps_his_arrest(nlp: Language, tmp_path: Path) -> None:
    text = "Police arrested a former minister on Thursday and charged him with fraud."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 19)))
    assert ("former minister", "arrested", "happened", "2027-02-18", None, ()) in rows


def test_round45_a_sea_captain_is_someone_the_police_can_arrest(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "Danish police arrested a Latvian sea captain on Tuesday.", date(2027, 3, 17))
    assert (ev.action, ev.date.value) == ("arrested", "2027-03-16")


def test_round45_groups_arrested_stay_the_states_arrest(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "Police detained 40 protesters in Lusaka on Monday.", date(2027, 3, 17))
    assert (ev.actor.name, ev.action, ev.what) == ("Zambia", "arrest", "protesters")


@pytest.mark.parametrize("subject", ["Poland's lower house", "Poland's lower house of parliament",
                                     "The lower house of the Polish parliament"])
def test_round45_a_lower_house_is_the_parliament(nlp: Language, tmp_path: Path, subject: str) -> None:
    (ev,) = headline_events(nlp, tmp_path, f"{subject} will vote on Friday on the budget.", date(2027, 3, 10))
    assert (ev.actor.name, ev.action, ev.date.value) == ("Parliament of Poland", "vote", "2027-03-12")


def test_round45_a_visit_that_will_begin_on_a_day_is_the_visit_told_before(tmp_path: Path) -> None:
    text = ("Kenyan President Amani Wekesa will visit Tanzania later this month. The two-day visit will begin on "
            "March 18, his office said.")
    store = stored(tmp_path, [(text, date(2027, 3, 3))])
    assert [(e.action, e.status, e.date.value, e.place and e.place.name) for e in store.events()] == [
        ("visit", "planned", "2027-03-18", "Tanzania")]


def test_round45_a_city_given_for_the_visit_told_before_is_its_place(nlp: Language, tmp_path: Path) -> None:
    text = ("Kenyan President Amani Wekesa will visit Tanzania later this month. The visit will take place on "
            "March 18 in Dodoma, his office said.")
    assert [r[:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 3)))] == [
        ("Amani Wekesa", "visit", "planned", "2027-03-18", "Dodoma")]


def test_round45_the_ceremony_of_a_signing_told_before_gives_its_place(nlp: Language, tmp_path: Path) -> None:
    text = ("Sudanese President Idris Kamal and South Sudan's President Deng Mayen will sign a border agreement on "
            "Friday. The ceremony will take place in Juba, officials said.")
    assert [r[1:] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 3)))] == [
        ("sign", "planned", "2027-03-05", "Juba", ("Deng Mayen",))]


def test_round45_a_place_elsewhere_for_the_visit_told_before_is_not_lent(nlp: Language, tmp_path: Path) -> None:
    text = "Kenyan President Amani Wekesa will visit Tanzania later this month. The visit will take place in Nairobi."
    places = {r[4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 3)))}
    assert "Tanzania" in places


def test_round45_a_portfolio_joined_by_and_is_no_part_of_the_ministers_name(nlp: Language, tmp_path: Path) -> None:
    text = "New Zealand's Minister of Foreign Affairs and Trade Rawiri Tane will visit Fiji on Thursday."
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 3, 2))
    assert (ev.actor.name, ev.action, ev.date.value) == ("Rawiri Tane", "visit", "2027-03-04")


def test_round45_flying_back_home_after_a_visit_is_no_trip(nlp: Language, tmp_path: Path) -> None:
    text = "German Chancellor Jonas Weber will visit troops in Rukla on Friday before flying back to Berlin."
    assert [r[:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 1)))] == [
        ("Jonas Weber", "visit", "planned", "2027-03-05", "Rukla")]


def test_round45_a_protest_expected_in_a_city_is_no_visit_of_the_last_person(nlp: Language, tmp_path: Path) -> None:
    text = ("Polish Prime Minister Adam Nowicki will meet his Dutch counterpart in Amsterdam on Tuesday. A protest is "
            "expected in The Hague on Tuesday.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 19)))
    assert not [r for r in rows if r[1] == "visit"]
    assert [r[1:5] for r in rows if r[1] == "protest"] == [("protest", "planned", "2027-03-23", "The Hague")]


def test_round45_a_person_still_expected_in_a_city_visits_it(nlp: Language, tmp_path: Path) -> None:
    text = "Polish Prime Minister Adam Nowicki is expected in The Hague on Tuesday."
    assert [r[:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 19)))] == [
        ("Adam Nowicki", "visit", "planned", "2027-03-23", "The Hague")]


def test_round45_a_strike_that_begins_at_midnight_is_the_strike_told_before(tmp_path: Path) -> None:
    text = "Czech rail workers will stage a strike next Tuesday. The walkout would begin at midnight."
    store = stored(tmp_path, [(text, date(2027, 3, 3))])
    assert [(e.action, e.date.value) for e in store.events()] == [("protest", "2027-03-09")]


def test_round45_a_hyphenated_country_named_as_an_organization_is_the_country(nlp: Language, tmp_path: Path) -> None:
    text = "Timor-Leste police on Wednesday arrested an Indonesian man in Batugade."
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 2, 18))
    assert (ev.actor.name, ev.actor.country, ev.action) == ("Indonesian man", "Indonesia", "arrested")
    text = "Indonesia and Timor-Leste will hold talks in Dili on March 5."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 18)))
    assert any("Timor Leste" in (r[0], *r[5]) for r in rows), rows


def test_round45_a_visit_then_its_city_in_the_next_sentence_is_one_stored_visit(tmp_path: Path) -> None:
    text = ("Kenyan President Amani Wekesa will visit Tanzania later this month. The visit will take place on March 18 "
            "in Dodoma, his office said.")
    store = stored(tmp_path, [(text, date(2027, 3, 3))])
    assert [(e.action, e.place and e.place.name) for e in store.events()] == [("visit", "Dodoma")]


def test_round45_arriving_in_the_capital_a_day_late_is_the_planned_visit_made(tmp_path: Path) -> None:
    plan = ("Ghanaian President Kofi Asante will visit Nigeria next Tuesday.", date(2027, 2, 4))
    done = ("Ghanaian President Kofi Asante arrived in Abuja on Wednesday.", date(2027, 2, 10))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.status, ev.date.value, len(ev.evidence)) == ("happened", "2027-02-10", 2)


def test_round45_arriving_in_the_capital_days_later_is_another_trip(tmp_path: Path) -> None:
    plan = ("Ghanaian President Kofi Asante will visit Nigeria next Tuesday.", date(2027, 2, 4))
    done = ("Ghanaian President Kofi Asante arrived in Abuja on Sunday.", date(2027, 2, 15))
    assert sorted(e.status for e in stored(tmp_path, [plan, done]).events()) == ["happened", "planned"]


def test_round45_a_bodys_strike_begun_a_day_late_is_its_planned_strike(tmp_path: Path) -> None:
    plan = ("Egypt's Doctors' Syndicate called on Monday for a nationwide strike at public hospitals starting on "
            "Sunday.", date(2027, 2, 15))
    done = ("Egypt's Doctors' Syndicate began its strike on Monday, a day later than first planned.", date(2027, 2, 23))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.status, ev.date.value, len(ev.evidence)) == ("happened", "2027-02-22", 2)


def test_round45_a_weekday_also_on_a_trip_is_the_trips_weekday(nlp: Language, tmp_path: Path) -> None:
    text = ("JAKARTA, Feb 3 (Wire) - Indonesian President Budi Hartono will fly to Canberra next Tuesday for talks, the "
            "ministry said on Wednesday. Hartono will also address a business forum in Sydney on Wednesday before "
            "returning home.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 3)))
    assert ("Budi Hartono", "visit", "planned", "2027-02-10", "Sydney", ()) in rows


def test_round45_a_weekday_after_the_trip_stays_its_own(nlp: Language, tmp_path: Path) -> None:
    text = ("Swedish Prime Minister Lars Berg will travel to Tallinn on Monday. He will also visit the Tapa army base "
            "on Wednesday.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 3)))
    assert [r[3] for r in rows if r[4] == "Tapa"] == ["2027-02-10"]


def test_round45_a_sea_naming_a_summit_is_no_place_of_it(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "Prime Minister Paul Vella attended the Mediterranean summit on Friday.",
                    date(2027, 3, 9))
    assert (ev.action, ev.place) == ("attend", None)


def test_round45_two_named_people_who_confirmed_they_will_attend_each_attend(nlp: Language, tmp_path: Path) -> None:
    text = ("Egyptian President Karim Mansour and Tunisian President Hedi Gharbi have confirmed they will attend the "
            "summit in Palermo on March 6.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 22)))
    assert sorted(r[0] for r in rows if r[1] == "attend" and r[4] == "Palermo") == ["Hedi Gharbi", "Karim Mansour"]


def test_round45_his_trial_after_a_woman_lawyer_spoke_is_the_arrested_mans(nlp: Language, tmp_path: Path) -> None:
    text = ("Police arrested Emmanuel Tabe on Monday, lawyer Alice Ngono said. His trial will open in Yaounde on "
            "Feb. 26.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 16)))
    assert ("Emmanuel Tabe", "trial", "planned", "2027-02-26", "Yaoundé", ()) in rows


def test_round45_a_man_identified_by_name_is_that_person(nlp: Language, tmp_path: Path) -> None:
    text = ("Dutch police arrested a Lithuanian man in Rotterdam on Sunday. The man, identified only as Darius K., was "
            "charged on Tuesday with drug trafficking.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 17)))
    assert [(r[0], r[1], r[3]) for r in rows] == [("Darius K.", "arrested", "2027-03-14"),
                                                 ("Darius K.", "charged", "2027-03-16")]


def test_round45_protests_at_a_place_put_off_in_the_passive_are_the_planned_ones(tmp_path: Path) -> None:
    plan = ("Nigeria's unions will hold street protests in Lagos on Feb. 16.", date(2027, 2, 9))
    off = ("The street protests in Lagos have been postponed.", date(2027, 2, 12))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.actor.name, ev.status, len(ev.evidence)) == ("unions", "postponed", 2)


def test_round45_a_visit_put_off_from_this_week_has_no_day_left(nlp: Language, tmp_path: Path) -> None:
    text = "Papua New Guinea Prime Minister John Kerenga has postponed this week's visit to Fiji, his office said."
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 2, 15))
    assert (ev.status, ev.date.value) == ("postponed", None)


def test_round45_a_weekday_owning_the_visit_put_off_is_no_person(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "John Kerenga has postponed Thursday's visit to Fiji until March 3.",
                    date(2027, 2, 15))
    assert (ev.actor.name, ev.status, ev.date.value) == ("John Kerenga", "postponed", "2027-03-03")


@pytest.mark.parametrize("wording", ["held talks with", "met"])
def test_round45_an_unnamed_office_met_is_the_office(nlp: Language, tmp_path: Path, wording: str) -> None:
    (ev,) = headline_events(nlp, tmp_path, f"Prime Minister Lucia Conti {wording} Tunisia's prime minister on Tuesday.",
                    date(2027, 2, 10))
    assert [c.name for c in ev.counterparts] == ["Prime Minister of Tunisia"]


def test_round45_a_party_voting_against_is_no_counterpart_of_the_vote(nlp: Language, tmp_path: Path) -> None:
    text = ("Malta's parliament on Monday approved a law on sea rescues, with the opposition Nationalist Party voting "
            "against it.")
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 3, 10))
    assert (ev.actor.name, ev.action, ev.counterparts) == ("Parliament of Malta", "vote", ())


def test_round45_attending_on_the_sidelines_of_a_bodys_summit_names_the_body(nlp: Language, tmp_path: Path) -> None:
    text = ("Dutch Prime Minister Pieter de Vries met Polish Prime Minister Adam Nowicki on the sidelines of a European "
            "Union summit in Brussels in December.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [(r[0], r[5]) for r in rows if r[1] == "attend"] == [("Pieter de Vries", ("European Union",)),
                                                              ("Adam Nowicki", ("European Union",))]


@pytest.mark.parametrize("verb", ["agreed", "arranged"])
def test_round45_the_meeting_agreed_on_a_day_is_the_plan_told_before(nlp: Language, tmp_path: Path, verb: str) -> None:
    text = ("Paraguayan Foreign Minister Ruben Ortiz will host Bolivian Foreign Minister Teresa Quispe in Asuncion later "
            f"this month. The meeting was {verb} on Monday.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 3)))
    assert [(r[1], r[3]) for r in rows] == [("host", "2027-03")]


def test_round45_officials_from_two_states_meeting_are_the_states(nlp: Language, tmp_path: Path) -> None:
    text = "Senior trade officials from Taiwan and Japan will meet in Taipei on March 26, the ministry said on Tuesday."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 9)))
    assert rows == [("Taiwan", "meet", "planned", "2027-03-26", "Taipei", ("Japan",))]


def test_round45_workers_walking_out_a_day_early_is_their_unions_strike(tmp_path: Path) -> None:
    plan = ("South Korea's largest railway union, the Korean Railway Workers' Union, said on Monday it would launch an "
            "indefinite strike on Thursday.", date(2027, 3, 8))
    done = ("Thousands of South Korean railway workers walked off the job on Wednesday, a day earlier than their union "
            "had announced.", date(2027, 3, 10))
    (ev,) = stored(tmp_path, [plan, done]).events()
    assert (ev.actor.name, ev.status, ev.date.value, len(ev.evidence)) == (
        "Korean Railway Workers' Union", "happened", "2027-03-10", 2)


def test_round45_a_leaders_summit_with_another_is_their_meeting(nlp: Language, tmp_path: Path) -> None:
    text = ("Mongolian President Bat Ochir's summit with South Korean President Park Min-jae will now take place in "
            "Ulaanbaatar on April 24.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 3, 26)))
    assert [(r[0], r[1], r[3], r[5]) for r in rows] == [("Bat Ochir", "meet", "2027-04-24", ("Park Min-jae",))]


def test_round45_a_hyphenated_given_name_after_a_cut_family_name_is_kept(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "South Korean President Kim Do-hyun met Mongolian President Bat Ochir on Monday.",
                    date(2027, 3, 26))
    assert (ev.actor.name, [c.name for c in ev.counterparts]) == ("Kim Do-hyun", ["Bat Ochir"])


def test_round45_a_trip_planned_with_no_day_is_not_a_visit_made_years_before(tmp_path: Path) -> None:
    old = ("Mauritanian President Sidi Ould Brahim visited Dakar in November 2024.", date(2027, 3, 1))
    plan = ("Mauritanian President Sidi Ould Brahim will travel to Dakar.", date(2027, 3, 12))
    assert sorted(e.status for e in stored(tmp_path, [old, plan]).events()) == ["happened", "planned"]


def test_round45_a_national_peoples_assembly_is_its_states_parliament(tmp_path: Path) -> None:
    plan = ("Guinea-Bissau's National People's Assembly will vote next Tuesday on a revised electoral code.",
            date(2027, 3, 3))
    off = ("Guinea-Bissau's parliament has postponed a vote on a revised electoral code that had been set for Tuesday.",
           date(2027, 3, 8))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.actor.name, ev.status, len(ev.evidence)) == ("Parliament of Guinea-Bissau", "postponed", 2)


def test_round45_landing_a_catch_in_ports_is_no_arrival(nlp: Language, tmp_path: Path) -> None:
    assert headline_events(nlp, tmp_path, "Senegalese boats must land part of their catch in Mauritanian ports.",
                   date(2027, 3, 9)) == []


def test_round45_a_trip_called_off_in_a_who_clause_is_that_persons(nlp: Language, tmp_path: Path) -> None:
    text = ("Finance Minister Yassine Haddad spoke first. Prime Minister Nawaf Karam, who called off a trip to Jordan "
            "last weekend, thanked lawmakers.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 19)))
    assert [(r[0], r[1], r[2]) for r in rows] == [("Nawaf Karam", "visit", "cancelled")]


def test_round45_a_militia_named_with_a_nationality_is_no_state(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "The Syrian Democratic Forces arrested ten men in Raqqa on Thursday.",
                    date(2027, 2, 19))
    assert ev.actor.name == "Syrian Democratic Forces"
    (ev,) = headline_events(nlp, tmp_path, "The Sudanese Armed Forces arrested ten men in Omdurman on Thursday.",
                    date(2027, 2, 19))
    assert ev.actor.name == "Sudan"


def test_round45_a_country_the_recognizer_calls_a_product_is_a_party(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "Talks between Egypt, Greece and Cyprus will be held in Cairo on Thursday.",
                    date(2027, 2, 16))
    assert (ev.actor.name, [c.name for c in ev.counterparts]) == ("Egypt", ["Greece", "Cyprus"])


def test_round45_his_majesty_is_no_person_named_majesty(nlp: Language, tmp_path: Path) -> None:
    text = ("Jordan's King Abdullah II arrived in Nicosia on Tuesday. \"His Majesty's visit opens a new chapter,\" the "
            "president said.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 2, 10)))
    assert all("Majesty" not in (r[0], *r[5]) for r in rows), rows


@pytest.mark.parametrize(("text", "day"), [
    ("Zulkarnain Salleh was charged with accepting bribes in 2019.", None),
    ("Zulkarnain Salleh was charged on Tuesday with accepting bribes in 2019.", "2027-02-09"),
])
def test_round45_the_time_of_the_offence_is_not_the_charges(nlp: Language, tmp_path: Path, text: str,
                                                             day: str | None) -> None:
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 2, 11))
    assert (ev.action, ev.date.value) == ("charged", day)
