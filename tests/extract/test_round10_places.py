"""Places, round 10: cities the gazetteer writes with "The" ("The Hague") or under another spelling ("Naypyitaw"); a
settlement noun's "of" name after a motion preposition ("to the port city of Durban"); venues that are listed sites
or named after a city of the article's countries; "where" and "there" pointing back to a named place; a place phrase
of a discussed thing or of a common noun coordinated with a name is no venue; a common-noun subject's "in X" places
its event; the dateline city is no default place when the story says the venue is not known, nor for an undated event
told in the past perfect.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.places import resolve_place
from dateline.model import Event

from .fixture_articles import article_events, text_events as _events

#: A Monday: "on Friday" is 2026-08-07, "next week" 2026-W33.
ANCHOR = date(2026, 8, 3)


def _placed(evs: list[Event], action: str) -> list[tuple[str, str | None]]:
    return [(e.actor.name, e.place.name if e.place else None) for e in evs if e.action == action]


# 1. names the gazetteer spells otherwise


def test_city_written_with_its_article_resolves() -> None:
    ref = resolve_place("The Hague")
    assert ref is not None and (ref.name, ref.kind, ref.country) == ("The Hague", "city", "Netherlands")


@pytest.mark.parametrize("name,row", [
    ("Naypyitaw", ("Nay Pyi Taw", "city", "Myanmar")),
    ("El Alto", ("El Alto", "city", "Bolivia")),
    ("Chittagong", ("Chattogram", "city", "Bangladesh")),
])
def test_city_missing_from_the_gazetteer_resolves(name: str, row: tuple[str, str, str]) -> None:
    ref = resolve_place(name)
    assert ref is not None and (ref.name, ref.kind, ref.country) == row


def test_palace_named_alone_is_a_site_in_its_city() -> None:
    ref = resolve_place("Malacanang")
    assert ref is not None and (ref.name, ref.kind, ref.within) == ("Malacañang Palace", "site", ("Manila", "Philippines"))


@pytest.mark.slow
def test_meeting_in_the_hague_is_placed_there(nlp: Language) -> None:
    evs = _events(nlp, "Labour Minister Petra Lind will meet union leaders in The Hague on Friday.", ANCHOR)
    assert _placed(evs, "meet") == [("Petra Lind", "The Hague")]


@pytest.mark.slow
def test_city_the_recognizer_calls_an_event_is_a_place_in_a_place_role(nlp: Language) -> None:
    """"held talks in [Naypyitaw]EVENT": a known city after a locative preposition, whatever its label."""
    evs = _events(nlp, "Foreign Minister Petra Lind held talks in Naypyitaw with General Min Thet on Tuesday.", ANCHOR)
    assert _placed(evs, "meet") == [("Petra Lind", "Nay Pyi Taw")]


# 2. "the X city of Y"


@pytest.mark.slow
@pytest.mark.parametrize("text,place", [
    ("Trade Minister Petra Lind will travel to the port city of Durban on Friday.", "Durban"),
    ("Trade Minister Petra Lind will fly to the northern city of Chittagong on Friday.", "Chattogram"),
])
def test_settlement_nouns_name_after_a_motion_preposition_is_the_destination(nlp: Language, text: str, place: str) -> None:
    assert _placed(_events(nlp, text, ANCHOR), "travel") == [("Petra Lind", place)]


@pytest.mark.slow
def test_visit_to_a_city_introduced_by_a_nationality_is_that_city(nlp: Language) -> None:
    evs = _events(nlp, "President Rosa Pardo will visit the Bolivian city of El Alto next week.", ANCHOR)
    assert _placed(evs, "visit") == [("Rosa Pardo", "El Alto")]


# 3. venues


@pytest.mark.slow
def test_listed_airport_is_a_site_in_its_city(nlp: Language) -> None:
    evs = _events(nlp, "Prime Minister Petra Lind landed at Jorge Chavez International Airport on Saturday.", ANCHOR)
    place = next(e.place for e in evs if e.action == "arrive")
    assert place is not None and (place.name, place.kind, place.within) == ("Jorge Chávez International Airport", "site", ("Lima", "Peru"))


@pytest.mark.slow
def test_listed_palace_before_a_common_noun_is_the_venue(nlp: Language) -> None:
    """"at the Malacanang presidential palace": the parser makes the name a modifier of "palace"."""
    evs = _events(nlp, "President Karl Olsen will meet President Ramon Cruz at the Malacanang presidential palace on Friday.", ANCHOR)
    assert _placed(evs, "meet") == [("Karl Olsen", "Malacañang Palace")]


@pytest.mark.slow
def test_venue_named_after_a_city_of_the_article_is_a_site_in_that_city(nlp: Language, tmp_path: Path) -> None:
    text = "ACCRA, Aug 3 (Wire) - Health Minister Kofi Mensah will meet nurses at the Tamale Teaching Hospital on Friday."
    place = next(e.place for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "meet")
    assert place is not None and (place.name, place.kind, place.within) == ("Tamale Teaching Hospital", "site", ("Tamale", "Ghana"))


@pytest.mark.slow
def test_unknown_venue_gives_no_place(nlp: Language, tmp_path: Path) -> None:
    text = "ACCRA, Aug 3 (Wire) - Health Minister Kofi Mensah will meet nurses at the Ridgeway Memorial Hospital on Friday."
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet") == [("Kofi Mensah", None)]


@pytest.mark.slow
def test_venue_named_after_a_town_of_another_country_gives_no_place(nlp: Language, tmp_path: Path) -> None:
    """"Victoria" is a town the gazetteer puts in Hong Kong; in a story from Kenya the centre is not there."""
    text = "NAIROBI, Aug 3 (Wire) - Health Minister Kofi Mensah will meet nurses at the Victoria Medical Centre on Friday."
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet") == [("Kofi Mensah", None)]


# 4. "where" and "there"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Minister Petra Lind will travel to Dili next week, where she is scheduled to meet President Tomas Reis.",
    "Minister Petra Lind will travel to Dili, the capital of East Timor, on November 23, where she is scheduled to meet "
    "President Tomas Reis.",
])
def test_where_clause_after_a_destination_is_there(nlp: Language, text: str) -> None:
    assert _placed(_events(nlp, text, ANCHOR), "meet") == [("Petra Lind", "Dili")]


@pytest.mark.slow
def test_there_on_a_coordinated_verb_is_the_place_named_before(nlp: Language) -> None:
    text = ("Minister Petra Lind is expected to travel to Puno on September 2, the eve of the festival, and will hold talks "
            "with Mayor Jose Ruiz there.")
    assert _placed(_events(nlp, text, ANCHOR), "meet") == [("Petra Lind", "Puno")]


@pytest.mark.slow
def test_there_skips_a_place_inside_a_where_clause(nlp: Language) -> None:
    text = "Minister Petra Lind will fly to Chiclayo, where she once taught in Peru, and meet Mayor Jose Ruiz there on Saturday."
    assert _placed(_events(nlp, text, ANCHOR), "meet") == [("Petra Lind", "Chiclayo")]


# 5. topics and coordinated common nouns are no venue


@pytest.mark.slow
def test_place_of_a_discussed_thing_is_no_venue(nlp: Language) -> None:
    text = "Minister Petra Lind will travel to Zurich next week to meet Karl Huber and discuss the 2030 World Cup in Morocco."
    assert _placed(_events(nlp, text, ANCHOR), "meet") == [("Petra Lind", "Zürich")]


@pytest.mark.slow
def test_name_coordinated_with_a_common_noun_takes_no_locative_phrase(nlp: Language) -> None:
    """"with 12 votes in favour and Russia and China abstaining": Russia is no place of the vote."""
    text = ("The U.N. Security Council voted on Friday to renew the monitoring mission in Mali for a year, with 12 votes "
            "in favour and Russia and China abstaining.")
    places = [e.place.name if e.place else None for e in _events(nlp, text, ANCHOR) if e.action == "vote"]
    assert places == ["Mali"]


# 6. the event's own sentence places it


@pytest.mark.slow
def test_talks_held_after_visiting_a_city_are_in_that_city(nlp: Language) -> None:
    text = "Minister Petra Lind visited Muscat last week and held talks with Foreign Minister Said Harthi."
    assert _placed(_events(nlp, text, ANCHOR), "meet") == [("Petra Lind", "Muscat")]


@pytest.mark.slow
def test_common_noun_subject_placed_by_its_own_phrase_places_the_event(nlp: Language) -> None:
    evs = _events(nlp, "Dock workers in Antwerp last held a strike in 2021.", ANCHOR)
    assert [e.place.name if e.place else None for e in evs if e.action == "protest"] == ["Antwerp"]


# 7. the dateline city is no default


@pytest.mark.slow
def test_host_country_meeting_with_an_untold_venue_takes_no_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("VIENTIANE, Aug 3 (Wire) - Laos will host a meeting of border officials from Cambodia, Vietnam and Thailand "
            "next week, government spokesman Bounmy Keo said. He did not give a venue.")
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "host") == [("Laos", None)]


@pytest.mark.slow
def test_undated_past_perfect_meeting_takes_no_dateline_city(nlp: Language, tmp_path: Path) -> None:
    """The minister is reported in Vientiane, but what she "had earlier" done came before and may have been elsewhere."""
    text = ("VIENTIANE, Aug 3 (Wire) - Foreign Minister Petra Lind arrived in Vientiane on Monday and met Prime Minister "
            "Sone Phomma at the Presidential Palace.\n\nLind had earlier met the exiled opposition leader Noy Vang, an "
            "aide said.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert [e.place.name if e.place else None for e in evs if [c.name for c in e.counterparts] == ["Noy Vang"]] == [None]
