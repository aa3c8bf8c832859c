"""Extraction gaps found by the seventh review round (world news-service styles): own-words sentences.

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import article_rows as _article, fixture_events, rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


# 1. an opening prepositional phrase does not break the main clause


def test_review_round7_opening_invitation_phrase_keeps_the_subject(nlp: Language) -> None:
    text = ("At the invitation of Peruvian President Ana Quispe, President Tomas Lindgren of Sweden will pay a state visit "
            "to Peru from March 9 to 12, the foreign ministry said on Monday.")
    (ev,) = [e for e in _events(nlp, text, date(2026, 3, 2)) if e.action == "visit"]
    assert (ev.actor.name, ev.actor.title, ev.actor.country) == ("Tomas Lindgren", "President", "Sweden")
    assert ([c.name for c in ev.counterparts], ev.place.name if ev.place else None, ev.status) == (["Ana Quispe"], "Peru", "planned")


# 8. "President of X NAME" and a title object with a detached name


@pytest.mark.parametrize(("text", "guest"), [
    ("Chilean President Marco Vidal received President of Bolivia Luis Arce Catacora at La Moneda on Friday.", "Luis Arce Catacora"),
    ("Foreign Minister Marco Vidal received Oman's Minister of State for Foreign Affairs, Sayyid Badr Albusaidi, in Santiago on Friday.",
     "Sayyid Badr Albusaidi"),
])
def test_review_round7_received_title_phrase_is_the_guest(nlp: Language, text: str, guest: str) -> None:
    (ev,) = _events(nlp, text, date(2026, 3, 7))
    assert (ev.action, ev.actor.name, [c.name for c in ev.counterparts], ev.status) == ("host", "Marco Vidal", [guest], "happened")


def test_review_round7_president_of_country_is_title_and_country(nlp: Language) -> None:
    (ev,) = _events(nlp, "President of Bolivia Luis Arce Catacora will visit Chile on Monday.", date(2026, 3, 4))
    assert (ev.actor.name, ev.actor.title, ev.actor.country) == ("Luis Arce Catacora", "President", "Bolivia")


# 3, 9. definite titles and role phrases stand for the article's holder


@pytest.mark.parametrize(("second", "place"), [
    ("On Monday, the Secretary-General met with President Ruth Achieng at State House.", None),
    ("The Head of State left the country on Monday for Addis Ababa.", "Addis Ababa"),
])
def test_review_round7_definite_title_is_the_articles_holder(nlp: Language, second: str, place: str | None) -> None:
    first = {
        None: "United Nations Secretary-General Ines Halvorsen arrived in Nairobi on Sunday for a three-day visit.",
        "Addis Ababa": "The President of the Transition, Ibrahim Kone, chaired a cabinet meeting in Bamako on Sunday.",
    }[place]
    events = _events(nlp, f"{first} {second}", date(2026, 3, 3))
    last = events[-1]
    assert last.actor.name == ("Ines Halvorsen" if place is None else "Ibrahim Kone")
    assert last.date.value == "2026-03-02" and last.status == "happened"
    if place is not None:
        assert (last.action, last.place.name if last.place else None) == ("travel", place)


def test_review_round7_un_is_no_town(nlp: Language) -> None:
    (ev,) = _events(nlp, "UN Secretary-General Ines Halvorsen will visit Chad on Monday.", date(2026, 3, 4))
    assert (ev.actor.name, ev.actor.title, ev.actor.country) == ("Ines Halvorsen", "Secretary-General", None)


# 2. journeys, the Holy Father, conjoined places, a conjoined welcome


def test_review_round7_apostolic_journey_and_the_holy_father(nlp: Language) -> None:
    text = ("Pope Clement XV will make an apostolic journey to Chile in May, the Holy See said. "
            "The Holy Father will visit Santiago and the city of Temuco.")
    rows = _rows(_events(nlp, text, date(2026, 3, 4)))
    assert ("visit", "Clement XV", (), "Chile", "2026-05", "planned") in rows
    assert {r[3] for r in rows if r[0] == "visit" and r[1] == "Clement XV"} >= {"Santiago", "Temuco"}


def test_review_round7_conjoined_passive_welcome_is_hosting(nlp: Language) -> None:
    text = "Pope Clement XV arrived in Santiago on Monday and was welcomed at the airport by President Marco Vidal."
    rows = _rows(_events(nlp, text, date(2026, 5, 4)))
    assert ("host", "Marco Vidal", ("Clement XV",), "Santiago", "2026-05-04", "happened") in rows


# 4. an official body's "reported" is an attribution


def test_review_round7_ministry_reported_is_no_hearsay(nlp: Language) -> None:
    text = "President Hugo Ferreira will travel to Lima on Thursday to meet President Ana Quispe, the Foreign Ministry reported on Monday."
    assert {e.status for e in _events(nlp, text, date(2026, 3, 2))} == {"planned"}


# 5. "the following day" counts from the article's previous day


def test_review_round7_following_day_counts_from_the_previous_event(nlp: Language) -> None:
    text = ("Foreign Minister Hakan Demir will pay an official visit to Jordan on March 20, the ministry said on Saturday. "
            "Demir is also expected to travel to Aqaba the following day.")
    rows = _rows(_events(nlp, text, date(2026, 3, 14)))
    assert ("travel", "Hakan Demir", (), "Aqaba", "2026-03-21", "planned") in rows


# 6. a spokesman is not the actor of what he announces; a negative answer denies


def test_review_round7_spokesman_is_not_the_actor_of_quoted_talks(nlp: Language) -> None:
    text = ('President Pavel Dmitrenko will make a working visit to Greece next week, presidential aide Oleg Barinov told reporters. '
            '"The talks with Prime Minister Nikos Papas are planned for March 11 in Athens," Barinov said.')
    meet = [e for e in _events(nlp, text, date(2026, 3, 4)) if e.action == "meet"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value) for e in meet] == [("Pavel Dmitrenko", "Athens", "2026-03-11")]


def test_review_round7_question_answered_no_is_denied(nlp: Language) -> None:
    text = ("President Pavel Dmitrenko will visit Greece next week, aide Oleg Barinov said. Asked whether Dmitrenko could also stop "
            "in Thessaloniki, Barinov said that such a possibility was not being considered.")
    (ev,) = [e for e in _events(nlp, text, date(2026, 3, 4)) if e.place is not None and e.place.name.startswith("Thessalon")]
    assert ev.status == "denied"


def test_review_round7_since_takes_no_date_of_its_conjunct(nlp: Language) -> None:
    text = "President Pavel Dmitrenko and Prime Minister Nikos Papas last met in Athens in July and have since spoken by phone."
    (call,) = [e for e in _events(nlp, text, date(2026, 3, 4)) if e.action == "call"]
    assert (call.date.value, call.status) == (None, "happened")


# 7. a site inside a city, a meeting that did not take place, a return home


def test_review_round7_building_entity_runs_into_its_city(nlp: Language, tmp_path: Path) -> None:
    text = ("Minister Visits Colombo\nCOLOMBO, March 3 (Wire) - Foreign Minister Anil Mehra called on President Chaminda Perera "
            "at the Presidential Secretariat in Colombo on Monday.\n")
    (ev,) = [e for e in fixture_events(nlp, _write(tmp_path, text), date(2026, 3, 3)) if e.action == "meet"]
    assert ev.place is not None and ev.place.name == "Presidential Secretariat" and "Colombo" in ev.place.within


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_review_round7_meeting_that_did_not_take_place_is_cancelled(nlp: Language) -> None:
    text = ("Foreign Minister Anil Mehra arrived in Colombo on Monday. "
            "Mehra's meeting with Prime Minister Nirmala Perera did not take place as she was travelling abroad.")
    (ev,) = [e for e in _events(nlp, text, date(2026, 3, 3)) if e.action == "meet"]
    assert (ev.status, ev.refers_to_plan) == ("cancelled", True)


def test_review_round7_returned_to_a_city_is_travel(nlp: Language) -> None:
    text = ("Foreign Minister Anil Mehra held talks in Colombo on Monday. "
            "However, the minister cut short his visit and returned to New Delhi on Tuesday afternoon, officials said.")
    rows = _rows(_events(nlp, text, date(2026, 3, 4)))
    assert ("travel", "Anil Mehra", (), "New Delhi", "2026-03-03TAF", "happened") in rows
    assert not [r for r in _rows(_events(nlp, "Shares of Acme Corp returned to growth in 2025.", date(2026, 3, 4)))]


# 10. departed for a city; a "where" clause with its own day


def test_review_round7_departed_for_a_city_and_where_clause_day(nlp: Language) -> None:
    text = ("President Hugo Ferreira departed for Montevideo on Monday, where he will take part in a Mercosur ministerial meeting "
            "on Tuesday.")
    rows = _rows(_events(nlp, text, date(2026, 3, 2)))
    assert ("travel", "Hugo Ferreira", (), "Montevideo", "2026-03-02", "happened") in rows
    assert ("attend", "Hugo Ferreira", (), "Montevideo", "2026-03-03", "planned") in rows


# 12. an indefinite article is no part of an organization's name; an object pronoun is not its verb's subject


def test_review_round7_indefinite_article_is_no_part_of_an_org_name(nlp: Language) -> None:
    text = "An International Monetary Fund (IMF) team led by Sara Holm concluded its visit to Lusaka on Thursday."
    assert {e.actor.name for e in _events(nlp, text, date(2026, 3, 6))} == {"International Monetary Fund"}


def test_review_round7_object_pronoun_is_not_its_verbs_subject(nlp: Language) -> None:
    text = ("Greek Prime Minister Nikos Papas received President Pavel Dmitrenko in Athens on Wednesday. "
            "Dmitrenko thanked his Greek counterpart for the hospitality and invited him to visit Russia next year.")
    (ev,) = [e for e in _events(nlp, text, date(2026, 3, 11)) if e.place is not None and e.place.name == "Russia"]
    assert (ev.action, ev.actor.name, ev.status) == ("visit", "Nikos Papas", "planned")
