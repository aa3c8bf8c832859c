"""Round 36 (audit 60, own-words articles): a by-election held is the dateline state's vote; an unnamed person
described by a singular noun can be charged or arrested; a city's own square places a protest in the city.
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


def test_round36_a_by_election_held_is_the_dateline_states_vote(nlp: Language, tmp_path: Path) -> None:
    text = "ADDIS ABABA, May 22 (Dateline) - A by-election in the city of Hawassa was held on Sunday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2028, 5, 22))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value, ev.status) == (
        "vote", "Ethiopia", "Hawassa", "2028-05-21", "happened")


def test_round36_prosecutors_charging_a_described_person(nlp: Language, tmp_path: Path) -> None:
    text = "YEREVAN, April 11 (Dateline) - Georgian prosecutors on Monday charged an Armenian businessman with smuggling."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2028, 4, 11))
    # (since round 45 the one person charged owns the event, as a named one does: his charge, of his country)
    assert (ev.action, ev.actor.name, ev.actor.country, ev.date.value) == (
        "charged", "Armenian businessman", "Armenia", "2028-04-10")


def test_round36_a_protest_in_a_citys_own_square_is_in_that_city(nlp: Language, tmp_path: Path) -> None:
    text = "YEREVAN, April 11 (Dateline) - Students protested in Tbilisi's main square on Saturday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2028, 4, 11)), "protest")
    assert (ev.place and ev.place.name, ev.date.value) == ("Tbilisi", "2028-04-08")


def test_round36_workers_voting_to_strike_from_a_day_plan_the_strike(nlp: Language, tmp_path: Path) -> None:
    text = "SANTIAGO, June 14 (Dateline) - Copper miners voted on Sunday to go on strike from Wednesday."
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 6, 14)), "protest")  # (and the miners' vote, round 37)
    assert (ev.action, ev.date.value, ev.status) == ("protest", "2027-06-16", "planned")


def test_round36_a_body_voting_to_approve_a_bill_held_the_vote(nlp: Language, tmp_path: Path) -> None:
    text = "SANTIAGO, June 14 (Dateline) - Parliament voted on Sunday to approve the budget."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 6, 14))
    assert (ev.action, ev.date.value, ev.status) == ("vote", "2027-06-13", "happened")


def test_round36_a_trip_planned_for_a_month_is_made_by_talks_held_there(tmp_path: Path) -> None:
    plan = ("ULAANBAATAR, Jan 20 (Dateline) - Mongolian Prime Minister Batbayar Ganzorig will travel to Norway early "
            "next month, the government said on Thursday. Ganzorig will hold talks in Oslo with Norwegian Prime Minister "
            "Sigrid Haugland on February 7.", date(2028, 1, 20))
    done = ("OSLO, Feb 9 (Dateline) - Mongolian Prime Minister Batbayar Ganzorig and Norwegian Prime Minister Sigrid "
            "Haugland agreed on Monday to set up a mining fund after talks in Oslo.", date(2028, 2, 9))
    store = stored(tmp_path, [plan, done])
    assert sorted((e.action, e.status) for e in store.events()) == [("agree", "happened"), ("meet", "happened"),
                                                                    ("travel", "happened")]  # (and the agreement the
    # talks reached, round 83)


def test_round36_a_place_in_a_signed_texts_topic_is_no_venue(nlp: Language, tmp_path: Path) -> None:
    text = ("ABUJA, March 11 (Dateline) - President Ifeoma Okonkwo-Bassey signed a memorandum on joint naval patrols in "
            "the Gulf of Guinea in Abidjan on Wednesday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2028, 3, 11))
    assert (ev.action, ev.place and ev.place.name, ev.date.value) == ("sign", "Abidjan", "2028-03-08")


def test_round36_a_vaguer_replacing_plan_keeps_the_postponements_own_day(nlp: Language, tmp_path: Path) -> None:
    text = ("VIENTIANE, Sept 22 (Dateline) - The signing of the electricity agreement between Laos and Malaysia has been "
            "postponed until October 14, Lao officials said on Wednesday. Souksavanh Phommachanh and his Malaysian "
            "counterpart, Faridah Osman, will now sign the deal in Vientiane next month, an official said.")
    postponed = [e for e in datelined_events(nlp, tmp_path, text, date(2027, 9, 22)) if e.status == "postponed"]
    assert [e.date.value for e in postponed] == ["2027-10-14"]
