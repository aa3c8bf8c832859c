"""Round 68 (session 54): a person's own funeral is that person's ``funeral`` event, never an attendance; "on the
evening of <day>" dates the act on that day; "the signing ceremony for the X-Y accord" is the two states' signing;
"the capital <city>" is a place where the recognizer misses it; a summit moved from one city to another does not call
off its guests' plans; a welcome dinner for a gathering's guests is the host's event ("host a welcome dinner for the
visiting leaders", "welcome the leaders at a dinner", "the welcome dinner planned by X", "the dinner given by X");
the same act told again at a site of no known city is in the city told before. Each test states one behaviour.
Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

import json
from datetime import date

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return list(next(ex for _, ex in extract(articles, get_nlp(settings))).events)


def test_round68_the_dead_persons_funeral_is_no_attendance_of_theirs() -> None:
    events = _extracted("LISBON, June 1 (Wire) - The state funeral of former President Rui Almada will be held in Lisbon "
                        "on Friday. Spanish Prime Minister Carmen Ortiz will attend the funeral of former Portuguese "
                        "President Rui Almada in Lisbon on Friday, her office said on Monday.")
    assert sorted((e.action, e.actor.name, e.status, e.date.value) for e in events) == [
        ("attend", "Carmen Ortiz", "planned", "2026-06-05"), ("funeral", "Rui Almada", "planned", "2026-06-05")]


def test_round68_a_burial_is_the_dead_persons_funeral() -> None:
    events = _extracted("LISBON, June 1 (Wire) - Former Portuguese President Rui Almada will be buried in Lisbon on "
                        "Friday, the government said on Monday.")
    assert [(e.action, e.actor.name) for e in events] == [("funeral", "Rui Almada")]


def test_round68_the_evening_of_a_day_is_that_day() -> None:
    events = _extracted("MAPUTO, June 1 (Wire) - Mozambican President Celia Nhaca will meet Malawian President Paul "
                        "Banda on the evening of June 4, her office said.")
    assert [(e.action, e.date.value) for e in events] == [("meet", "2026-06-04")]


def test_round68_a_signing_ceremony_for_a_hyphenated_pair_of_states_is_their_signing_moved() -> None:
    events = _extracted("LIMA, June 1 (Wire) - The signing ceremony for the Chile-Peru fisheries accord has been moved "
                        "from Lima to Arica, the foreign ministry said on Monday.")
    assert sorted((e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.status, e.place.name if e.place
                   else None) for e in events) == [
        ("sign", "Chile", ("Peru",), "cancelled", "Lima"), ("sign", "Chile", ("Peru",), "planned", "Arica")]


def test_round68_a_summit_moved_to_the_capital_keeps_its_guests_plans() -> None:
    events = _extracted("NAIROBI, June 1 (Wire) - Kenya has moved next week's regional summit from Kisumu to the "
                        "capital Nairobi, the government said on Monday. Ugandan President Joseph Kato has confirmed he "
                        "will attend the summit.")
    assert sorted((e.action, e.actor.name, e.status, e.place.name if e.place else None) for e in events) == [
        ("attend", "Joseph Kato", "planned", "Nairobi"), ("host", "Kenya", "cancelled", "Kisumu"),
        ("host", "Kenya", "planned", "Nairobi")]


def test_round68_a_welcome_dinner_for_the_visiting_leaders_is_the_hosts() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - President Ama Owusu will host a welcome dinner for the visiting leaders "
                        "on the night of June 9, her office said.")
    assert [(e.action, e.actor.name, e.counterparts, e.date.value) for e in events] == \
        [("host", "Ama Owusu", (), "2026-06-09")]


def test_round68_welcoming_the_leaders_at_a_dinner_is_the_hosts_dinner() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - Ghanaian President Ama Owusu will welcome the visiting leaders at a "
                        "dinner on June 9, the eve of the summit.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("host", "Ama Owusu", "2026-06-09")]


def test_round68_a_welcome_dinner_planned_by_a_person_called_off_is_theirs() -> None:
    events = _extracted("ACCRA, June 1 (Wire) - The welcome dinner planned by President Ama Owusu has been called off, "
                        "her office said.")
    assert [(e.action, e.actor.name, e.status) for e in events] == [("host", "Ama Owusu", "cancelled")]


def test_round68_a_dinner_given_by_a_person_is_theirs_not_the_guests() -> None:
    events = _extracted("ACCRA, June 4 (Wire) - Togolese President Kodjo Amegan arrived in Accra on Wednesday evening "
                        "and attended the welcome dinner given by President Ama Owusu.", date(2026, 6, 4))
    assert sorted((e.action, e.actor.name) for e in events if e.action in ("host", "attend")) == \
        [("attend", "Kodjo Amegan"), ("host", "Ama Owusu")]


def test_round68_the_act_told_again_at_a_site_is_in_the_city_told_before() -> None:
    events = _extracted("SANTIAGO, June 2 (Wire) - Chile and Peru signed their fisheries accord on Monday in Lima. "
                        "Foreign Minister Jorge Bravo and Peruvian Foreign Minister Ana Quiroz put their signatures to "
                        "the text at the Presidential Guest House.", date(2026, 6, 2))
    sites = [e.place for e in events if e.action == "sign" and e.place is not None and e.place.name != "Lima"]
    assert sites and all("Lima" in p.within for p in sites)


def test_round68_a_headline_line_before_the_dateline_does_not_break_the_article() -> None:
    settings = load_settings()
    record = {"title": "Yemeni rivals meet, extend truce", "published": "2026-06-03",
              "text": "Yemeni rivals meet, extend truce\n\nISTANBUL, June 3 (Wire) - Yusuf Darwish and Karim Mansour "
                      "met in Istanbul on Wednesday and agreed to extend their truce, Turkish officials said."}
    articles = list(read_jsonl(json.dumps(record).encode(), "x.jsonl", settings, None))
    found = list(extract(articles, get_nlp(settings)))
    assert len(found) == 1 and found[0][1].error is None
    assert ("meet", "Yusuf Darwish", "Istanbul", "2026-06-03") in [
        (e.action, e.actor.name, e.place.name if e.place else None, e.date.value) for e in found[0][1].events]


def test_round68_a_planned_meeting_with_a_person_called_off_after_the_trip_is_its_own_change() -> None:
    events = _extracted("LIMA, June 1 (Wire) - Peruvian President Rosa Vargas has cancelled her trip to Chile, her "
                        "spokesman said on Monday. The planned meeting between Vargas and Chilean President Tomas "
                        "Iturra will not take place, the spokesman added.")
    assert ("meet", "Rosa Vargas", ("Tomas Iturra",), "cancelled") in [
        (e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.status) for e in events]


def test_round68_heads_of_government_from_a_rivers_states_are_one_group() -> None:
    events = _extracted("VIENNA, June 2 (Wire) - Heads of government from eight Rhine states met in Basel on Tuesday "
                        "and signed a declaration on river shipping.", date(2026, 6, 2))
    assert sorted((e.action, e.actor.name, e.actor.kind, e.date.value) for e in events) == [
        ("meet", "Rhine heads of government", "group", "2026-06-02"),
        ("sign", "Rhine heads of government", "group", "2026-06-02")]


def test_round68_a_name_before_a_conference_noun_is_no_person() -> None:
    events = _extracted("VIENNA, June 1 (Wire) - The Rhine shipping conference in Basel has been put off. Dutch Prime "
                        "Minister Pieter de Wit will not travel to Basel. His talks with Chancellor Anna Keller have "
                        "been called off.")
    assert all(e.actor.name != "Rhine" for e in events)
    assert ("meet", "Pieter de Wit", "cancelled") in [(e.action, e.actor.name, e.status) for e in events]


def test_round68_two_surnames_between_a_meeting_are_its_people() -> None:
    events = _extracted("GENEVA, June 1 (Wire) - The meeting between Ortega and Castano in Geneva has been postponed to "
                        "June 16, the Swiss foreign ministry said on Monday.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.status, e.date.value) for e in events] \
        == [("meet", "Ortega", ("Castano",), "postponed", "2026-06-16")]


def test_round68_ceasefire_talks_are_talks_not_a_truce() -> None:
    events = _extracted("GENEVA, June 2 (Wire) - Elena Ruano and Ivo Castelo met in Geneva on Tuesday, opening the "
                        "delayed round of ceasefire negotiations.", date(2026, 6, 2))
    assert all(e.action != "truce" for e in events)


def test_round68_a_missed_hearing_put_off_in_the_same_article_is_the_postponement() -> None:
    events = _extracted("QUITO, June 3 (Wire) - Former deputy Mateo Ruales failed to appear in court on Wednesday, and "
                        "a judge ordered his arrest. The hearing was postponed to June 10, the judiciary said.",
                        date(2026, 6, 3))
    assert [(e.action, e.status, e.date.value) for e in events if e.action == "hearing"] == \
        [("hearing", "postponed", "2026-06-10")]


def test_round68_attending_the_hearing_takes_the_hearings_day() -> None:
    events = _extracted("ANKARA, June 1 (Wire) - An appeals court will hear the appeal of jailed former mayor Selim "
                        "Kaya on June 12, his lawyers said on Monday. Swedish Ambassador Karin Lind will attend the "
                        "hearing, the Swedish embassy said.")
    assert ("attend", "Karin Lind", "2026-06-12") in [(e.action, e.actor.name, e.date.value) for e in events]


def test_round68_a_hearing_put_off_and_moved_to_a_court_in_a_city_is_there() -> None:
    events = _extracted("PRETORIA, June 3 (Wire) - Themba Zulu's hearing has been postponed to June 22 and moved to "
                        "the High Court in Durban, prosecutors said on Wednesday.", date(2026, 6, 3))
    assert [(e.action, e.status, e.date.value, e.place.name if e.place else None) for e in events] == \
        [("hearing", "postponed", "2026-06-22", "Durban")]


def test_round68_bodies_between_a_meeting_stay_bodies() -> None:
    events = _extracted("CAIRO, June 1 (Wire) - Talks between Hamas and Fatah will open in Cairo on Thursday.")
    assert all(e.actor.kind != "person" and all(c.kind != "person" for c in e.counterparts) for e in events)
