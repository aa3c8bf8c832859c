"""Round 33 (audits 47 and 48, own-words articles): places of one clause and not another, places a plan was not held
at, crowds told twice, days told against another event ("on the day of the vote", "a day after she returned", "as
supporters rallied"), bodies that sit in the capital, counts the parser took for the root, plans whose words
changed between reports, and workplaces that are not strikers.
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import of_action as _of, Row, row, text_events as _events

pytestmark = pytest.mark.slow

#: A Thursday.
THURSDAY = date(2027, 6, 24)



def _stored(tmp_path: Path, texts: list[tuple[str, date]]) -> list[Row]:
    return sorted((row(e) for e in stored(tmp_path, texts).events()), key=repr)


def test_round33_a_city_the_recognizer_calls_a_language_is_a_place_in_a_place_role(nlp: Language) -> None:
    text = "Hamdi Ben Ali visited Algiers last month and held talks with Mauritanian officials in Tunis in April."
    (ev,) = _of(_events(nlp, text, THURSDAY), "meet")
    assert (ev.place.name if ev.place else None, ev.date.value) == ("Tunis", "2027-04")


def test_round33_a_clause_with_a_time_of_its_own_does_not_share_its_conjuncts_place(nlp: Language) -> None:
    text = "Hamdi Ben Ali visited Algiers last month and held talks with Mauritanian officials in April."
    (ev,) = _of(_events(nlp, text, THURSDAY), "meet")
    assert (ev.place, ev.date.value) == (None, "2027-04")


def test_round33_a_clause_on_the_same_day_shares_its_conjuncts_place(nlp: Language) -> None:
    text = "Hamdi Ben Ali visited Algiers on Monday and held talks with Mauritanian officials on Monday."
    (ev,) = _of(_events(nlp, text, THURSDAY), "meet")
    assert ev.place is not None and ev.place.name == "Algiers"


def test_round33_a_crowd_told_again_with_no_day_or_place_is_no_second_protest(nlp: Language) -> None:
    text = ("Kathmandu, July 15 (Wire) - The opposition alliance will hold a protest rally in Kathmandu next Monday, "
            "its leaders said.\n\nOpposition leader Ram Thapa said tens of thousands of supporters would march from "
            "the old park to the parliament building.")
    protests = _of(_events(nlp, text, date(2027, 7, 15)), "protest")
    assert [(e.actor.name, e.date.value, e.status) for e in protests] == [("opposition alliance", "2027-07-19", "planned")]


def test_round33_a_trip_come_back_from_a_day_before_the_main_clauses_day(nlp: Language) -> None:
    text = ("Its leaders said on Thursday, a day after Prime Minister Sita Rai returned from a three-day visit "
            "to Vietnam.")
    (ev,) = _of(_events(nlp, text, date(2027, 7, 15)), "visit")
    assert (ev.date.value, ev.date.end_value, ev.status) == ("2027-07-12", "2027-07-14", "happened")


def test_round33_store_a_law_voted_on_is_the_bill_planned(tmp_path: Path) -> None:
    plan = ("Pristina, June 9 (Wire) - Parliament Speaker Agim Berisha said lawmakers would vote on a revised bill on "
            "June 17.", date(2027, 6, 9))
    done = ("Pristina, June 18 (Wire) - Kosovo's parliament on Thursday approved a revised election law.", date(2027, 6, 18))
    votes = [r for r in _stored(tmp_path, [plan, done]) if r[0] == "vote"]
    assert [(r[1], r[3], r[4], r[5]) for r in votes] == [("Parliament of Kosovo", "Pristina", "2027-06-17", "happened")]


def test_round33_a_legislature_voting_sits_in_the_capital_of_the_dateline(tmp_path: Path) -> None:
    text = "Pristina, June 18 (Wire) - Kosovo's parliament on Thursday approved a revised election law."
    (r,) = [r for r in _stored(tmp_path, [(text, date(2027, 6, 18))]) if r[0] == "vote"]
    assert r[3] == "Pristina"


def test_round33_a_states_election_is_not_placed_at_the_dateline(tmp_path: Path) -> None:
    text = "Pristina, June 9 (Wire) - Kosovo is due to hold parliamentary elections next year."
    (r,) = [r for r in _stored(tmp_path, [(text, date(2027, 6, 9))]) if r[0] == "vote"]
    assert (r[1], r[3], r[4]) == ("Kosovo", None, "2028")


def test_round33_store_an_election_told_again_with_a_finer_time_is_one_plan(tmp_path: Path) -> None:
    first = ("Pristina, June 9 (Wire) - Kosovo is due to hold parliamentary elections next year.", date(2027, 6, 9))
    again = ("Pristina, June 18 (Wire) - Elections in Kosovo are expected in the spring of next year.", date(2027, 6, 18))
    votes = [r for r in _stored(tmp_path, [first, again]) if r[0] == "vote" and r[1] == "Kosovo"]
    assert [(r[4], r[5]) for r in votes] == [("2028-SP", "planned")]


def test_round33_an_as_clause_in_the_past_shares_the_main_clauses_day_and_the_building_the_dateline(
        tmp_path: Path) -> None:
    text = ("Pristina, June 18 (Wire) - Kosovo's parliament on Thursday approved a revised election law, a week after "
            "the Constitutional Court struck down an earlier version, as several thousand opposition supporters "
            "rallied outside the building.")
    (r,) = [r for r in _stored(tmp_path, [(text, date(2027, 6, 18))]) if r[0] == "protest"]
    assert (r[3], r[4], r[5]) == ("Pristina", "2027-06-17", "happened")


@pytest.mark.parametrize("text,day", [
    ("Minister Ada Obi visited Kigali on Friday as farmers protested.", "2027-06-18"),
    ("Minister Ada Obi will visit Kigali on Friday as farmers protested.", None),  # another tense: another moment
])
def test_round33_an_as_clause_shares_the_main_clauses_day_only_in_its_tense(nlp: Language, text: str, day: str | None) -> None:
    (ev,) = _of(_events(nlp, text, THURSDAY), "protest")
    assert ev.date.value == day


def test_round33_a_count_the_parser_made_the_root_is_the_subject_of_its_verb(nlp: Language) -> None:
    (ev,) = _events(nlp, "Hundreds of teachers protested in front of the ministry on Thursday.", THURSDAY)
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("protest", "teachers", "2027-06-24", "happened")


def test_round33_a_protest_at_an_unnamed_building_is_in_the_dateline_city(tmp_path: Path) -> None:
    text = "Lima, June 18 (Wire) - Hundreds of teachers protested in front of the ministry on Thursday."
    (r,) = _stored(tmp_path, [(text, date(2027, 6, 18))])
    assert (r[0], r[3]) == ("protest", "Lima")


def test_round33_an_event_on_the_day_of_another_takes_its_day(nlp: Language) -> None:
    text = ("Lawmakers will vote on a revised election law on June 17. Opposition parties said they would hold a rally "
            "outside the parliament building in Pristina on the day of the vote.")
    (ev,) = _of(_events(nlp, text, date(2027, 6, 9)), "protest")
    assert (ev.date.value, ev.status) == ("2027-06-17", "planned")


def test_round33_store_a_rally_planned_for_the_day_of_a_vote_and_held_as_it_passed_is_one(tmp_path: Path) -> None:
    plan = ("Pristina, June 9 (Wire) - Lawmakers will vote on a revised election law on June 17. Opposition parties "
            "said they would hold a rally outside the parliament building in Pristina on the day of the vote.",
            date(2027, 6, 9))
    done = ("Pristina, June 18 (Wire) - Kosovo's parliament on Thursday approved a revised election law as several "
            "thousand opposition supporters rallied outside the building.", date(2027, 6, 18))
    protests = [r for r in _stored(tmp_path, [plan, done]) if r[0] == "protest"]
    assert [(r[3], r[4], r[5]) for r in protests] == [("Pristina", "2027-06-17", "happened")]


@pytest.mark.parametrize("text", [
    "UN-backed ceasefire talks between Libya's rival military delegations went ahead by video link on Monday instead "
    "of in Valletta.",
    "Ghana and Togo held talks instead of in New Delhi on Monday.",
])
def test_round33_a_place_after_instead_of_is_no_venue(nlp: Language, text: str) -> None:
    (ev,) = _of(_events(nlp, text, THURSDAY), "meet")
    assert (ev.place, ev.status) == (None, "happened")


def test_round33_store_talks_held_by_video_instead_of_at_the_planned_venue_were_held_nowhere(tmp_path: Path) -> None:
    from dateline.reason.ask import ask
    plan = ("Tripoli, June 15 (Wire) - Military delegations from Libya's rival camps will meet in Valletta next Monday "
            "for ceasefire talks.", date(2027, 6, 15))
    video = ("Tripoli, June 22 (Wire) - Ceasefire talks between Libya's rival military delegations went ahead by "
             "video link on Monday instead of in Valletta.", date(2027, 6, 22))
    store = stored(tmp_path, [plan, video])
    meets = [e for e in store.events() if e.action == "meet"]
    assert [(e.place, e.date.value, e.status) for e in meets] == [(None, "2027-06-21", "happened")]
    answer = ask(store, "Did Libya meet in Valletta in June 2027?", as_of=date(2027, 6, 22))
    assert answer.answer != "yes"


def test_round33_workers_at_a_site_the_recognizer_took_for_a_person_are_the_strikers(nlp: Language) -> None:
    text = ("Valletta, June 7 (Wire) - Dockworkers at Malta's Marsaxlokk Freeport will stage a 48-hour strike starting "
            "next Monday over pay, their union said on Monday.")
    (ev,) = _of(_events(nlp, text, date(2027, 6, 7)), "protest")
    assert (ev.actor.name, ev.date.value, ev.status) == ("dockworkers", "2027-06-14", "planned")


def test_round33_a_strike_by_workers_that_was_due_on_a_weekday_and_called_off_was_due_ahead(nlp: Language) -> None:
    text = ("A 48-hour strike by dockworkers at Malta's Marsaxlokk Freeport that was due to start on Monday has been "
            "called off after the union and the terminal operator reached a pay agreement, both sides said on Saturday.")
    (ev,) = _of(_events(nlp, text, date(2027, 6, 12)), "protest")
    assert (ev.actor.name, ev.date.value, ev.status) == ("dockworkers", "2027-06-14", "cancelled")


def test_round33_store_the_strike_announced_and_called_off_is_one_event(tmp_path: Path) -> None:
    plan = ("Valletta, June 7 (Wire) - Dockworkers at Malta's Marsaxlokk Freeport will stage a 48-hour strike starting "
            "next Monday over pay, their union said on Monday.", date(2027, 6, 7))
    off = ("Valletta, June 12 (Wire) - A 48-hour strike by dockworkers at Malta's Marsaxlokk Freeport that was due to "
           "start on Monday has been called off, both sides said on Saturday.", date(2027, 6, 12))
    protests = [r for r in _stored(tmp_path, [plan, off]) if r[0] == "protest"]
    assert [(r[1], r[4], r[5]) for r in protests] == [("dockworkers", "2027-06-14", "cancelled")]


def test_round33_an_event_told_a_day_later_than_planned_has_no_day_of_its_own(nlp: Language) -> None:
    text = ("Peru's Rosa Quilca and Bolivia's Elena Choque held talks at a hotel in Santa Cruz, a day later than "
            "originally planned, officials said.")
    (ev,) = _of(_events(nlp, text, date(2027, 6, 10)), "meet")
    assert (ev.date.value, ev.date.text, ev.status) == (None, "a day later than originally planned", "happened")


@pytest.mark.parametrize("told,day", [
    ("a day later than originally planned", "2027-06-09"),
    ("two days earlier than scheduled", "2027-06-06"),
])
def test_round33_store_talks_told_against_the_plan_are_on_the_plans_day_moved(tmp_path: Path, told: str, day: str) -> None:
    plan = ("Lima, June 2 (Wire) - Peruvian Foreign Minister Rosa Quilca will travel to La Paz next Tuesday for talks "
            "with her Bolivian counterpart Elena Choque, the foreign ministry said on Wednesday.", date(2027, 6, 2))
    done = (f"La Paz, June 10 (Wire) - Peru's Rosa Quilca and Bolivia's Elena Choque held talks in La Paz, {told}, "
            "officials from both sides said.", date(2027, 6, 10))
    rows = _stored(tmp_path, [plan, done])
    assert [(r[0], r[4], r[5]) for r in rows] == [("meet", day, "happened"), ("travel", day, "happened")]


@pytest.mark.parametrize("text,partners", [
    ("Gabonese President Paul Nzue visited Mali last month, where he met transitional leaders in Bamako.", ["Mali"]),
    ("Gabonese President Paul Nzue held talks with senior officials in Bamako last month.", ["Mali"]),
    ("Gabonese President Paul Nzue held talks with officials in Libreville last month.", []),  # at home: no other state
])
def test_round33_a_meeting_with_unnamed_officials_abroad_is_with_the_places_state(
        nlp: Language, text: str, partners: list[str]) -> None:
    (ev,) = _of(_events(nlp, text, date(2027, 6, 2)), "meet")
    assert [c.name for c in ev.counterparts] == partners


# round 33, continued (audit 49)

def test_round33_a_court_named_of_its_state_keeps_its_name_and_state(nlp: Language) -> None:
    text = "The High Court of Eswatini will rule in Mbabane on Friday on a bail application."
    (ev,) = _events(nlp, text, date(2027, 9, 1))
    assert (ev.action, ev.actor.name, ev.actor.country, ev.date.value) == ("ruling", "High Court", "Eswatini", "2027-09-03")


def test_round33_store_a_ruling_put_off_by_a_court_the_recognizer_left_unnamed(tmp_path: Path) -> None:
    plan = ("MBABANE, Sept 1 (Wire) - The High Court of Eswatini will rule on Friday on a bail application by "
            "activist Sipho Mamba.", date(2027, 9, 1))
    off = ("MBABANE, Sept 6 (Wire) - Eswatini's High Court on Friday postponed its ruling on a bail application by "
           "activist Sipho Mamba until Sept. 17.", date(2027, 9, 6))
    rows = [r for r in _stored(tmp_path, [plan, off]) if r[0] == "ruling"]
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [("High Court", "Mbabane", "2027-09-17", "postponed")]


def test_round33_a_strike_called_to_protest_something_is_the_protest(nlp: Language) -> None:
    text = ("Haiti's main transport unions on Thursday called a nationwide general strike for Monday to protest a "
            "30 percent increase in fuel prices announced by the government last week.")
    events = _events(nlp, text, date(2027, 8, 5))
    assert [(e.action, e.what, e.date.value, e.status) for e in events] == [
        ("protest", "nationwide general strike", "2027-08-09", "planned")]


@pytest.mark.parametrize("text,day", [
    ("On Thursday, the Civic Front party called off a march to parliament in Lobamba that had been planned for "
     "Friday.", "2027-09-03"),
    ("The Civic Front party on Thursday called off a general strike planned for Friday.", "2027-09-03"),
])
def test_round33_a_plan_called_off_on_a_day_is_for_the_weekday_after_it(nlp: Language, text: str, day: str) -> None:
    (ev,) = _of(_events(nlp, text, date(2027, 9, 6)), "protest")
    assert (ev.date.value, ev.status) == (day, "cancelled")


def test_round33_a_march_on_the_day_of_a_ruling_takes_its_day_and_a_town_the_recognizer_knows(nlp: Language) -> None:
    text = ("The High Court of Eswatini will rule on Friday on a bail application by activist Sipho Mamba. Mamba's "
            "party said its members would march to parliament in Lobamba on the day of the ruling.")
    (ev,) = _of(_events(nlp, text, date(2027, 9, 1)), "protest")
    assert (ev.place.name if ev.place else None, ev.date.value, ev.status) == ("Lobamba", "2027-09-03", "planned")


def test_round33_announcing_an_event_is_no_announcement_of_its_own(nlp: Language) -> None:
    text = "Somalia said on Monday it had announced President Tesfay's attendance at the summit in Mogadishu."
    assert "announce" not in [e.action for e in _events(nlp, text, date(2027, 8, 20))]


def test_round33_store_a_signing_held_a_day_late_in_a_town_the_gazetteer_lacks_is_the_plan(tmp_path: Path) -> None:
    plan = ("APIA, Aug 3 (Wire) - Samoan Prime Minister Tala Fuimaono and Tongan Prime Minister Sione Kaufana are "
            "expected to sign a maritime boundary agreement in Nuku'alofa next Tuesday.", date(2027, 8, 3))
    done = ("NEIAFU, Aug 11 (Wire) - Samoan Prime Minister Tala Fuimaono and Tongan Prime Minister Sione Kaufana signed "
            "a maritime boundary agreement on Wednesday in Neiafu, a day later than planned.", date(2027, 8, 11))
    rows = [r for r in _stored(tmp_path, [plan, done]) if r[0] == "sign"]
    assert [(r[3], r[4], r[5]) for r in rows] == [("Neiafu", "2027-08-11", "happened")]


def test_round33_a_summit_downgraded_is_called_off(nlp: Language) -> None:
    text = "Somalia has downgraded the planned summit of regional heads of state in Mogadishu."
    assert [e.status for e in _events(nlp, text, date(2027, 8, 23))] == ["cancelled"]


# round 33, continued (audit 50)

def test_round33_store_a_state_denying_it_would_sign_denies_its_ministers_plan(tmp_path: Path) -> None:
    plan = ("MALE, Oct 25 (Wire) - Maldivian Foreign Minister Aishath Shareef said on Monday she would sign a defence "
            "pact with her Seychelles counterpart Joel Labiche in Victoria on Friday.", date(2027, 10, 25))
    denial = ("VICTORIA, Oct 27 (Wire) - Seychelles on Wednesday denied that it would sign a defence agreement with the "
              "Maldives this week.", date(2027, 10, 27))
    rows = [r for r in _stored(tmp_path, [plan, denial]) if r[0] == "sign"]
    assert [(r[1], r[3], r[5]) for r in rows] == [("Aishath Shareef", "Victoria", "denied")]


def test_round33_a_trip_put_on_hold_is_put_off(nlp: Language) -> None:
    text = "Foreign Minister Aishath Shareef's trip to Seychelles has been put on hold, her office said on Wednesday."
    (ev,) = _events(nlp, text, date(2027, 10, 27))
    assert (ev.action, ev.status) == ("visit", "postponed")


def test_round33_what_one_needed_to_do_is_no_act_done(nlp: Language) -> None:
    text = "Foreign Minister Elena Moh needed to attend a two-day debate in the House of Representatives."
    assert [e.status for e in _events(nlp, text, date(2027, 10, 19))] == ["planned"]


@pytest.mark.parametrize("text,country", [
    ("The Maldives will sign a defence agreement with Seychelles on Friday in Victoria.", "Seychelles"),
    ("Farmers protested in Victoria on Monday.", "Australia"),  # no other state named: the Australian state
])
def test_round33_a_capitals_name_is_read_in_the_state_the_article_names(nlp: Language, text: str, country: str) -> None:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2027, 10, 25)
    doc = nlp(doc)
    assert [(ref.name, ref.country) for _, ref in doc._.place_spans if ref.name == "Victoria"] == [("Victoria", country)]


def test_round33_store_a_government_surviving_a_vote_is_its_states_parliament_under_a_foreign_dateline(
        tmp_path: Path) -> None:
    text = ("PARAMARIBO, Nov 4 (Wire) - Belize Prime Minister Carlos Moho's government survived a no-confidence vote "
            "on Oct 22 by 17 votes to 14.")
    (r,) = _stored(tmp_path, [(text, date(2027, 11, 4))])
    assert (r[0], r[1], r[3], r[4], r[5]) == ("vote", "Parliament of Belize", None, "2027-10-22", "happened")


def test_round33_activists_released_are_a_release(nlp: Language) -> None:
    text = "Gambian authorities released 14 opposition activists from Mile Two prison on Wednesday."
    (ev,) = _events(nlp, text, date(2027, 11, 12))
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("release", "Gambia", "2027-11-10", "happened")


def test_round33_a_month_named_march_is_no_march(nlp: Language) -> None:
    text = "Sugar workers last walked out in March 2026, when a week-long strike at two estates halted production."
    (ev,) = _of(_events(nlp, text, date(2027, 10, 6)), "protest")[:1]
    # (no "march"; walking out is a strike, and the "when" clause retells it: round 40)
    assert (ev.what, ev.date.value) == ("strike", "2026-03")


def test_round33_store_talks_of_two_states_put_off_put_off_the_journey_made_for_them(tmp_path: Path) -> None:
    plan = ("PARAMARIBO, Oct 8 (Wire) - Suriname's Foreign Minister Marlon Kartorejo will travel to Belmopan on Oct 21 "
            "for talks with his Belizean counterpart Elena Chun, the foreign ministry said on Friday.", date(2027, 10, 8))
    off = ("BELMOPAN, Oct 19 (Wire) - Talks between the foreign ministers of Suriname and Belize scheduled for Thursday "
           "have been postponed until Nov 3, Belize's foreign ministry said on Tuesday.", date(2027, 10, 19))
    rows = _stored(tmp_path, [plan, off])
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows] == [
        ("travel", "Marlon Kartorejo", "Belmopan", "2027-11-03", "postponed")]


# round 33, continued (audit 51)

def test_round33_a_signing_before_a_call_off_happened(nlp: Language) -> None:
    text = ("Jamaica's Port Workers Union called off a strike after signing a wage agreement with the Port Authority "
            "of Jamaica on Sunday.")
    (ev,) = _of(_events(nlp, text, date(2028, 1, 10)), "sign")
    assert (ev.date.value, ev.status) == ("2028-01-09", "happened")


def test_round33_an_offer_is_no_plan(nlp: Language) -> None:
    text = "The strike was postponed after Labour Minister Andrea Lyn offered to mediate."
    (ev,) = _of(_events(nlp, text, date(2027, 12, 10)), "mediate")
    assert ev.status == "uncertain"


def test_round33_the_negotiating_table_is_no_negotiation(nlp: Language) -> None:
    assert _events(nlp, "Labour Minister Andrea Lyn urged both sides to return to the negotiating table.",
                   date(2027, 12, 3)) == []


def test_round33_the_purpose_of_a_meeting_is_with_its_people_and_at_its_place(nlp: Language) -> None:
    text = ("Liberian Foreign Minister Joseph Kpoto will meet Malian Foreign Minister Amadou Keita in Bamako on Friday "
            "to sign a security cooperation pact.")
    (ev,) = _of(_events(nlp, text, date(2027, 12, 6)), "sign")
    assert ([c.name for c in ev.counterparts], ev.place.name if ev.place else None, ev.date.value) == (
        ["Amadou Keita"], "Bamako", "2027-12-10")


def test_round33_store_a_journey_not_made_calls_off_the_meeting_planned_there_that_day(tmp_path: Path) -> None:
    plan = ("MONROVIA, Dec 6 (Wire) - Liberian President Joseph Kpoto will meet Mali's interim President Amadou Keita in "
            "Bamako on Friday to sign a security cooperation pact.", date(2027, 12, 6))
    off = ("BAMAKO, Dec 11 (Wire) - Liberian President Joseph Kpoto did not travel to Bamako and remained in Monrovia on "
           "Friday, a Liberian official said.", date(2027, 12, 11))
    rows = _stored(tmp_path, [plan, off])
    assert [(r[0], r[3], r[4], r[5]) for r in rows] == [
        ("meet", "Bamako", "2027-12-10", "cancelled"), ("sign", "Bamako", "2027-12-10", "cancelled")]
