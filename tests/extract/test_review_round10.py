"""Extraction gaps found by the tenth review round (own-words wire stories: title-only subjects, venues moved, plans
called off, itineraries, summits).

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.actors import parse_title
from dateline.extract.nlp import load_data
from dateline.extract.places import resolve_country

from .fixture_articles import article_rows, rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


# 1. a country-possessive title before a name is the person's title; alone, it is the office's holder, never the country


@pytest.mark.parametrize("text, actor, title, country", [
    ("Turkey's top diplomat Hakan Fidan arrived in Baghdad on Thursday and met Iraqi Prime Minister Mohammed Shia "
     "al-Sudani.", "Hakan Fidan", "Top Diplomat", "Turkey"),
    ("Kenya's foreign minister Esther Nyambura arrived in Oslo on Tuesday.", "Esther Nyambura", "Foreign Minister", "Kenya"),
])
def test_review_round10_possessive_title_before_a_name_is_the_persons(
        nlp: Language, text: str, actor: str, title: str, country: str) -> None:
    events = _events(nlp, text, date(2026, 2, 5))
    assert events and {(e.actor.name, e.actor.title, e.actor.country) for e in events} == {(actor, title, country)}
    assert all(c.name not in ("Turkey", "Kenya") for e in events for c in e.counterparts)


@pytest.mark.parametrize("text, actor, title, country", [
    ("Poland's prime minister met Canadian Prime Minister Mark Carney in Ottawa on Monday.",
     "Prime Minister of Poland", "Prime Minister", "Poland"),
    ("The Kenyan foreign minister held talks with Ingrid Solheim in Oslo on Monday.",
     "Foreign Minister of Kenya", "Foreign Minister", "Kenya"),
    ("Brazil's agriculture minister arrived in Hanoi on Monday.", "Agriculture Minister of Brazil", "Agriculture Minister", "Brazil"),
    ("Ghana's president met Bola Tinubu in Abuja on Monday.", "President of Ghana", "President", "Ghana"),
])
def test_review_round10_title_only_subject_is_the_office_holder(
        nlp: Language, text: str, actor: str, title: str, country: str) -> None:
    (event,) = _events(nlp, text, date(2026, 6, 9))
    assert (event.actor.name, event.actor.kind, event.actor.title, event.actor.country) == (actor, "person", title, country)
    assert event.date.value == "2026-06-08"


def test_review_round10_title_only_subject_is_the_named_holder(nlp: Language) -> None:
    text = ("Ghanaian President Kwame Boateng flew to Abuja on Sunday. Ghana's president met Bola Tinubu there on Monday, "
            "and Brazil's agriculture minister joined them.")
    events = _events(nlp, text, date(2026, 6, 9))
    assert ("meet", "Kwame Boateng", ("Bola Tinubu",)) in [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events]
    assert "Ghana" not in {e.actor.name for e in events}


def test_review_round10_possessive_title_names_no_holder_of_another_country(nlp: Language) -> None:
    text = "Poland's prime minister met Canadian Prime Minister Mark Carney in Ottawa on Monday."
    (event,) = _events(nlp, text, date(2026, 6, 9))
    assert event.actor.name != "Mark Carney" and [c.name for c in event.counterparts] == ["Mark Carney"]


# 2. titles keep their portfolio; demonyms of every UN member


@pytest.mark.parametrize("phrase, title, country", [
    ("Brazilian Agriculture Minister", "Agriculture Minister", "Brazil"),
    ("Vietnamese Health Minister", "Health Minister", "Vietnam"),
    ("Sri Lankan President", "President", "Sri Lanka"),
    ("In Lima, Minister", "Minister", "Peru"),
    ("Canada's International Trade Minister", "Trade Minister", "Canada"),
])
def test_review_round10_title_keeps_its_portfolio(phrase: str, title: str, country: str) -> None:
    info = parse_title(phrase)
    assert (info.title, info.country) == (title, country)


def test_review_round10_portfolio_title_on_the_actor(nlp: Language) -> None:
    text = "Brazilian Agriculture Minister Rafael Moura is due in Hanoi on Thursday."
    (event,) = _events(nlp, text, date(2026, 4, 6))
    assert (event.actor.name, event.actor.title, event.actor.country) == ("Rafael Moura", "Agriculture Minister", "Brazil")


@pytest.mark.parametrize("word, country", [
    ("ghanaian", "Ghana"), ("namibian", "Namibia"), ("zambian", "Zambia"), ("zimbabwean", "Zimbabwe"), ("tanzanian", "Tanzania"),
    ("ugandan", "Uganda"), ("rwandan", "Rwanda"), ("angolan", "Angola"), ("peruvian", "Peru"), ("estonian", "Estonia"),
    ("latvian", "Latvia"), ("lithuanian", "Lithuania"), ("motswana", "Botswana"), ("burkinabe", "Burkina Faso"),
    ("salvadoran", "El Salvador"), ("south sudanese", "South Sudan"), ("sierra leonean", "Sierra Leone"),
])
def test_review_round10_demonyms_of_un_members(word: str, country: str) -> None:
    assert load_data("demonyms.json")[word] == country
    assert resolve_country(word.title()) == country


# 4. two person entities back to back are one name


def test_review_round10_adjacent_person_entities_are_one_name(nlp: Language) -> None:
    text = "In Dar es Salaam, Anjali Rao is scheduled to meet Tanzanian President Samia Suluhu Hassan on Wednesday."
    (event,) = _events(nlp, text, date(2026, 8, 3))
    assert [(c.name, c.title, c.country) for c in event.counterparts] == [("Samia Suluhu Hassan", "President", "Tanzania")]


# 4. a plan moved "from P to Q": the plan at P no longer holds


@pytest.mark.parametrize("text", [
    "Thursday's meeting between President Kwame Boateng and Nigerian President Bola Tinubu has been moved from Lagos to "
    "Abuja, Ghana's presidency said on Wednesday.",
])
def test_review_round10_moved_from_cancels_the_old_place(nlp: Language, text: str) -> None:
    events = _events(nlp, text, date(2026, 7, 8))
    got = {(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status, e.refers_to_plan) for e in events}
    assert got == {("meet", "Kwame Boateng", "Abuja", "2026-07-09", "planned", True),
                   ("meet", "Kwame Boateng", "Lagos", "2026-07-09", "cancelled", True)}


