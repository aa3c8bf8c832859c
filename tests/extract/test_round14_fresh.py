"""Fresh-article round 14. "Dock workers at the port of Antwerp" strike in Antwerp, and "visit the port" or "travel
to the city" with no name is the settlement the article named before ("the port of Antwerp", "the city of Goma"),
never a guess when none was named. A hard-wrapped text (the articles below are wrapped at about 118 columns) is read
as whole sentences (:mod:`dateline.ingest.wrapping`). A dropped stop of a trip ("cancelled his planned stop in Porto
Alegre") is a cancelled visit there, so a question about that leg resolves "no" with the cancelling article; a
clause conjoined to a dated plan whose subject takes up the plan's two parties ("..., and the two leaders are
expected to sign an agreement") is on the plan's day, not on the first day of the trip around it. Neither reads a bus
stop or "a stop to the fighting" as a visit. A placeless event whose sentence names the asked place only because
another event of that sentence is placed there ("... and flew back on Thursday night") answers no question about
that place.

Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.reason.ask import ask

from ..stored import stored

from .fixture_articles import article_events, text_events as _events

MAY04 = date(2026, 5, 4)  # a Monday
MAY08 = date(2026, 5, 8)

ANNOUNCED = """Chilean leader to visit Brazil

Santiago, May 4 (Dateline Wire) - Chilean President Ramon Ibarra will travel to Brasilia on Wednesday for a three-day
state visit, his office said on Monday.

Ibarra is due to hold talks with Brazilian President Helena Prado at the presidential palace on Thursday, and the two
leaders are expected to sign a lithium research accord. On Friday he will fly to Porto Alegre to open a trade fair.
"""

CALLED_OFF = """Ibarra cuts Brazil visit short

Brasilia, May 8 (Dateline Wire) - Chilean President Ramon Ibarra and Brazilian President Helena Prado signed a lithium
research accord on Thursday.

Ibarra cancelled his planned stop in Porto Alegre, citing floods in the south of Chile, and flew back to Santiago on
Thursday night.
"""


@pytest.mark.slow
def test_signing_conjoined_to_dated_talks_takes_their_day(nlp: Language, tmp_path: Path) -> None:
    signs = [e for e in article_events(nlp, tmp_path, ANNOUNCED, MAY04) if e.action == "sign"]
    assert [(e.actor.name, e.date.value, e.status) for e in signs] == [("Ramon Ibarra", "2026-05-07", "planned")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The UN envoy called for a stop to the fighting in Darfur on Monday.",
    "The bus stop in Lima was closed on Monday.",
])
def test_other_stops_are_no_visit(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text, MAY04) if e.action == "visit"]


@pytest.mark.slow
def test_cancelled_stop_resolves_the_leg_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [(ANNOUNCED, MAY04), (CALLED_OFF, MAY08)])
    question = "Will Ramon Ibarra visit Porto Alegre during his trip to Brazil?"
    before = ask(store, question, as_of=MAY04)
    after = ask(store, question, as_of=MAY08)
    assert before.resolution is None and before.probability > 0.3
    assert after.resolution == "no"
    assert any(ev.status == "cancelled" and "stop in Porto Alegre" in ev.sentence for ev in after.evidence)
    flights = [e for e in store.events(actor="Ibarra") if e.action == "travel" and e.date.value == "2026-05-07"]
    assert [e.status for e in flights] == ["happened"]  # "and flew back ... on Thursday night": not cancelled


SEP02 = date(2026, 9, 2)  # a Wednesday


@pytest.mark.slow
def test_subject_at_the_port_of_a_city_places_its_strike(nlp: Language) -> None:
    text = "Dock workers at the port of Antwerp will stage a 48-hour strike from September 9, their union said."
    strikes = [e for e in _events(nlp, text, SEP02) if e.action == "protest"]
    assert strikes and strikes[0].place is not None and strikes[0].place.name == "Antwerp"


@pytest.mark.slow
@pytest.mark.parametrize("text,place", [
    ("Dock workers at the port of Antwerp will strike from September 9. Transport Minister Jan Peeters is expected "
     "to visit the port next week.", "Antwerp"),
    ("Fighting broke out near the city of Goma on Monday. The UN envoy Ana Lopes will travel to the city on Friday.",
     "Goma"),
])
def test_the_settlement_named_before_is_the_venue(nlp: Language, text: str, place: str) -> None:
    trips = [e for e in _events(nlp, text, SEP02) if e.action in ("visit", "travel")]
    assert trips and trips[0].place is not None and trips[0].place.name == place


@pytest.mark.slow
def test_the_settlement_never_named_gives_no_place(nlp: Language) -> None:
    visits = [e for e in _events(nlp, "President Ana Ruiz visited the port on Monday.", SEP02) if e.action == "visit"]
    assert visits and visits[0].place is None


FEB02 = date(2026, 2, 2)  # a Monday


@pytest.mark.slow
def test_weekdays_told_after_setting_out_fall_in_the_trip(nlp: Language) -> None:
    text = ("Chancellor Anna Berger will arrive in Abuja on Sunday evening and hold talks with President Bola Tinubu on "
            "Monday morning. She travels on to Accra on Tuesday, where she is due to meet President John Mahama.")
    got = {(e.action, e.place.name if e.place else None, e.date.value) for e in _events(nlp, text, FEB02)
           if e.action in ("meet", "travel")}
    assert {("meet", "Abuja", "2026-02-09"), ("travel", "Accra", "2026-02-10"), ("meet", "Accra", "2026-02-10")} <= got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # another country, not told as the next leg: the stop before the trip, as written
    "Minister Anna Berger will fly to Seoul on Thursday for talks. She will meet Defence Minister Phan Van Giang in "
    "Hanoi on Wednesday.",
    # a sentence that tells its event before the journey
    "Minister Anna Berger will fly to Seoul on Thursday for talks. Before that, she will meet Defence Minister Phan "
    "Van Giang on Wednesday.",
])
def test_weekdays_outside_the_trip_stay(nlp: Language, text: str) -> None:
    meets = [e for e in _events(nlp, text, FEB02) if e.action == "meet"]
    assert meets and all(e.date.value == "2026-02-04" for e in meets), [(e.place, e.date) for e in meets]


MAR03 = date(2026, 3, 3)  # a Tuesday


@pytest.mark.slow
def test_purpose_of_a_leg_moved_into_next_week_moves_with_it(nlp: Language) -> None:
    text = ("Foreign Minister Ines Duarte will travel to Kenya and Ethiopia next week. On Wednesday she will fly to "
            "Addis Ababa to hold talks with Prime Minister Abiy Ahmed.")
    got = {(e.action, e.date.value) for e in _events(nlp, text, MAR03) if e.action in ("meet", "travel")
           and e.place is not None and e.place.name == "Addis Ababa"}
    assert got == {("travel", "2026-03-11"), ("meet", "2026-03-11")}


@pytest.mark.slow
def test_contact_told_as_under_way_now_is_on_the_publication_day(nlp: Language) -> None:
    text = ("Foreign Minister Ines Duarte arrived at the presidential palace on Monday morning. She and President "
            "Omar Farah are now holding talks behind closed doors.")
    meets = [e for e in _events(nlp, text, date(2026, 3, 9)) if e.action == "meet"]
    assert meets and all((e.date.value, e.status) == ("2026-03-09", "ongoing") for e in meets)
    strikes = [e for e in _events(nlp, "Nurses are now on strike across the country.", date(2026, 3, 9))
               if e.action == "protest"]
    assert all(e.date.value is None for e in strikes)


@pytest.mark.slow
@pytest.mark.parametrize("text,value", [
    ("Prime Minister Rui Castelo cancelled a planned stopover in Kuala Lumpur next week, his office said.", "2026-W11"),
    ("Prime Minister Rui Castelo has called off his trip to Rome next month.", "2026-04"),
    # a day before publication on the cancelling verb is the decision's, not the plan's
    ("Prime Minister Rui Castelo cancelled his visit to Rome on Tuesday.", None),
])
def test_future_day_on_a_past_cancel_is_the_plans_day(nlp: Language, text: str, value: str | None) -> None:
    visits = [e for e in _events(nlp, text, date(2026, 3, 5)) if e.action == "visit"]
    assert [(e.status, e.date.value) for e in visits] == [("cancelled", value)]


@pytest.mark.slow
def test_event_after_the_ceremony_takes_the_day_of_the_ceremony_told_before(nlp: Language) -> None:
    text = ("President Marta Soler was sworn in on Wednesday at the National Congress in Valparaiso. After the "
            "ceremony she met Argentine President Javier Milei at the Cerro Castillo palace.")
    meets = [e for e in _events(nlp, text, date(2026, 3, 11)) if e.action == "meet"]
    assert [(e.date.value, e.status) for e in meets] == [("2026-03-11", "happened")]


OCT28 = date(2025, 10, 28)  # a Tuesday


@pytest.mark.slow
def test_stop_with_a_length_begins_on_the_day_of_its_first_stop_told_before(nlp: Language, tmp_path: Path) -> None:
    """ "will visit the border on Monday ... The three-day stop in Poland ...": the stop is Nov 3-5, and "during the
    trip" is that span; a journey inside the one-day visit's place keeps that day."""
    text = ("Trip to Poland\n\nWarsaw, Oct 28 (Wire) - Defence Minister Karel Novak is scheduled to visit the Rzeszow "
            "airport next Monday. The three-day stop in Poland is the last leg of a tour of the region.\n\n"
            "Novak will travel to the airport's logistics hub together with his Polish counterpart. He is also "
            "expected to meet President Andrzej Duda during the trip.")
    got = {(e.action, e.place.name if e.place else None, e.date.value, e.date.end_value)
           for e in article_events(nlp, tmp_path, text, OCT28)}
    assert ("visit", "Poland", "2025-11-03", "2025-11-05") in got
    assert ("meet", None, "2025-11-03", "2025-11-05") in got
