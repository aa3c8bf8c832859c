"""Round 69 (session 55): what audits 244-246 (labour disputes, elections and cabinets, tours of religious leaders and
monarchs) found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return list(next(ex for _, ex in extract(articles, get_nlp(settings))).events)


def test_round69_a_byline_after_the_dateline_names_no_actor() -> None:
    events = _extracted("OSLO, June 1 (Wire) - By Kari Lunde - Hans Berg resigned as mayor of Oslo on Monday.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("resign", "Hans Berg", "2026-06-01")]


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    return sorted((e.action, e.actor.name, e.status, e.date.value) for e in events)


def test_round69_a_crowds_strike_told_by_a_named_workers_body_is_that_bodys() -> None:
    events = _extracted("OSLO, June 1 (Wire) - Norway's teachers will walk off the job next Thursday in a row over pay, "
                        "the Norwegian Teachers' Union said on Monday. Norway Schools did not comment.")
    assert _rows(events) == [("protest", "Norwegian Teachers' Union", "planned", "2026-06-04")]


@pytest.mark.parametrize("teller", ["the Norwegian Shipowners' Council", "the Norwegian Transport Workers' Union"])
def test_round69_a_crowds_strike_told_by_a_body_not_named_after_it_stays_the_crowds(teller: str) -> None:
    events = _extracted(f"OSLO, June 1 (Wire) - Ferry crews will walk off the job next Thursday, {teller} said on "
                        "Monday.")
    assert [e.actor.name for e in events if e.action == "protest"] == ["crews"]


def test_round69_a_possessed_strike_put_off_told_by_the_workers_body_is_the_bodys() -> None:
    events = _extracted("OSLO, June 1 (Wire) - The midwives' strike due to start on Tuesday has been postponed by a week "
                        "to June 9 to allow talks with the Health Minister, the Norwegian Association of Midwives said "
                        "on Monday.")
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "protest"] == [
        ("Norwegian Association of Midwives", "postponed", "2026-06-09")]


def test_round69_its_strike_told_by_a_body_is_the_bodys_plan() -> None:
    events = _extracted("OSLO, June 1 (Wire) - The Norwegian Federation of Teachers said on Monday that its nationwide "
                        "strike would take place next Thursday.")
    assert _rows(events) == [("protest", "Norwegian Federation of Teachers", "planned", "2026-06-04")]


def test_round69_a_banned_march_of_a_weekday_is_the_coming_one_called_off() -> None:
    events = _extracted("OSLO, June 4 (Wire) - Police have banned Saturday's march by the Norwegian Workers' Federation "
                        "through the city centre, a police spokesman said on Thursday. Police banned protests in the "
                        "capital last year.", date(2026, 6, 4))
    assert _rows(events) == [("protest", "Norwegian Workers' Federation", "cancelled", "2026-06-06")]


def test_round69_a_country_word_is_no_person_named_after_it_later() -> None:
    events = _extracted("NAIROBI, June 1 (Wire) - Kenya's railway staff will walk off the job next Tuesday, the Rail "
                        "Workers' Union said on Monday. Kenya Railways did not respond to a request for comment.")
    assert [(e.actor.name, e.actor.country) for e in events] == [("staff", "Kenya")]


def test_round69_a_byline_above_the_dateline_names_no_one_the_story_tells_of() -> None:
    events = _extracted("By Amina Odhiambo\n\nNAIROBI, June 6 (Wire) - The pope, who landed in Nairobi on Friday "
                        "evening, also addressed diplomats at the residence.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, e.status) for e in events] == [("arrive", "Pope of Vatican", "happened")]


def test_round69_the_pontiff_welcomed_to_a_residence_is_the_popes_visit_there() -> None:
    events = _extracted("NAIROBI, June 6 (Wire) - Kenyan President Daniel Mwangi welcomed the pontiff to State House on "
                        "Saturday.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.place.name if e.place else None)
            for e in events] == [("host", "Daniel Mwangi", ["Pope of Vatican"], "State House")]


def test_round69_a_named_pope_is_of_the_vatican() -> None:
    events = _extracted("NAIROBI, June 1 (Wire) - Pope Leo will arrive in Nairobi on Friday.")
    assert [(e.actor.name, e.actor.country) for e in events] == [("Leo", "Vatican")]


def test_round69_a_leg_of_a_tour_called_off_is_no_journey_of_its_country() -> None:
    events = _extracted("BEIRUT, June 5 (Wire) - The Damascus leg of the patriarch's tour has been called off over "
                        "security concerns, a spokesman said on Friday.", date(2026, 6, 5))
    assert not [e for e in events if e.actor.name == "Syria"]


def test_round69_a_pronoun_sworn_in_after_an_appointment_is_the_appointee() -> None:
    events = _extracted("KATHMANDU, June 1 (Wire) - President Ram Kumar Thapa on Monday appointed opposition leader "
                        "Mina Gurung as Nepal's new prime minister. She will be sworn in on Wednesday, the president's "
                        "office said.")
    assert ("inaugurate", "Mina Gurung", "planned", "2026-06-03") in _rows(events)


def test_round69_talks_a_signing_ends_are_no_meeting_that_day() -> None:
    events = _extracted("PRAGUE, June 1 (Wire) - The Civic Alliance and the Green Union will sign a coalition agreement "
                        "on Thursday, ending four months of talks, officials from both parties said on Monday.")
    assert [e.action for e in events] == ["sign"]


def test_round69_a_dismissal_is_with_the_one_who_dismissed() -> None:
    events = _extracted("BUCHAREST, June 2 (Wire) - Prime Minister Dan Olaru dismissed Finance Minister Sorin Matei on "
                        "Tuesday.", date(2026, 6, 2))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts]) for e in events] == [
        ("dismissed", "Sorin Matei", ["Dan Olaru"])]


def test_round69_a_visit_cut_short_by_its_own_visitor_was_made() -> None:
    events = _extracted("WELLINGTON, June 3 (Wire) - Prime Minister Aroha Tane cut short her visit to Japan on Wednesday "
                        "and flew home after an earthquake, her office said.", date(2026, 6, 3))
    assert [(e.action, e.status, e.place.name if e.place else None) for e in events if e.action == "visit"] == [
        ("visit", "happened", "Japan")]
