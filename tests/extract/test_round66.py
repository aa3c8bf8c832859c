"""Round 66 (session 52): local votes ("Voters in X will decide on <day> whether to recall Mayor Y"; "Mayor Y was removed
from office in a recall election on Tuesday"), a dateline after a byline, a predicate of "be" that names no person
("Turnout ... was 41 percent"), two bodies joined by "and" ("between Mercosur and EFTA"), "ended two days of talks on
Tuesday" (Monday and Tuesday), and an event in a clause on "the day" set off after a day ("on Monday, the day ASEAN
ministers open their meeting"). Each test states one behaviour. Sentences and names are our own. April 14, 2025 is a
Monday; June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2025, 4, 14)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


@pytest.mark.parametrize(("text", "status", "day"), [
    ("EUGENE, April 14 (Wire) - Voters in Eugene will decide on April 29 whether to recall Mayor Colleen Marsh, the "
     "county clerk said on Monday.", "planned", "2025-04-29"),
    ("EUGENE, April 14 (Wire) - Voters decided on Saturday to recall Mayor Colleen Marsh, the county clerk said.",
     "happened", "2025-04-12"),
])
def test_round66_voters_deciding_whether_to_recall_a_mayor_is_a_vote_on_her(text: str, status: str, day: str) -> None:
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value, [c.name for c in e.counterparts]) for e in votes] == \
        [("United States", status, day, ["Colleen Marsh"])]  # (once, and never the clerk who told of it)


def test_round66_a_cabinet_deciding_is_no_vote() -> None:
    events = _extracted("PARIS, April 14 (Wire) - The cabinet decided on Saturday to recall the ambassador.")
    assert [e for e in events if e.action == "vote"] == []


@pytest.mark.parametrize("byline", ["", "By Dana Kell\n\n"])
def test_round66_a_mayor_removed_in_a_recall_election_tells_the_vote_held(byline: str) -> None:
    events = _extracted(f"{byline}EUGENE, April 14 (Wire) - Eugene Mayor Colleen Marsh was removed from office in a "
                        "recall election on Saturday, with 57 percent of voters backing her ouster.")
    assert {(e.action, e.actor.name, e.date.value, tuple(c.name for c in e.counterparts)) for e in events
            if e.action in ("vote", "dismissed")} == {("vote", "United States", "2025-04-12", ("Colleen Marsh",)),
                                                       ("dismissed", "Colleen Marsh", "2025-04-12", ())}


def test_round66_a_future_election_win_is_no_vote_held() -> None:
    events = _extracted("LIMA, April 14 (Wire) - Jorge Salas will be elected mayor in a runoff on Sunday, polls suggest.")
    assert [e for e in events if e.action == "vote" and e.status == "happened"] == []


def test_round66_turnout_is_no_person() -> None:
    events = _extracted("LIMA, April 14 (Wire) - Turnout in Sunday's election was 41 percent, the electoral board said.")
    assert [(e.action, e.actor.name) for e in events] == [("vote", "Peru")]


def test_round66_a_dateline_after_a_byline_gives_its_country() -> None:
    events = _extracted("By Dana Kell\n\nLIMA, April 14 (Wire) - The runoff was held on Sunday.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("vote", "Peru", "2025-04-13")]


def test_round66_two_bodies_joined_by_and_are_both_parties() -> None:
    events = _extracted("ASUNCION, June 6 (Wire) - The free trade agreement between Mercosur and EFTA was signed in "
                        "Asuncion on Saturday.", date(2026, 6, 6))
    assert [(e.action, e.status, e.actor.name, [c.name for c in e.counterparts], e.date.value) for e in events] == \
        [("sign", "happened", "Mercosur", ["European Free Trade Association"], "2026-06-06")]


def test_round66_ended_two_days_of_talks_spans_both_days() -> None:
    events = _extracted("JAKARTA, June 3 (Wire) - ASEAN economic ministers ended two days of talks in Jakarta on "
                        "Tuesday.", date(2026, 6, 3))
    meetings = [e for e in events if e.action == "meet"]
    assert [(e.actor.name, e.date.value, e.date.end_value) for e in meetings] == \
        [("Association of Southeast Asian Nations", "2026-06-01", "2026-06-02")]


@pytest.mark.parametrize(("verb", "status", "day"), [("will start", "planned", "2026-06-08"),
                                                     ("began", "happened", "2026-06-01")])
def test_round66_an_event_on_the_day_apposed_to_a_day_takes_it(verb: str, status: str, day: str) -> None:
    tense = "meet" if status == "planned" else "met"
    events = _extracted(f"JAKARTA, June 3 (Wire) - The port strike {verb} on Monday, the day ASEAN ministers {tense} in "
                        "the capital.", date(2026, 6, 3))
    meetings = [e for e in events if e.action == "meet"]
    assert [(e.status, e.date.value) for e in meetings] == [(status, day)]


@pytest.mark.parametrize(("text", "actor", "place", "day"), [
    ("SANTIAGO, April 14 (Wire) - Chilean President Tomas Ibarra will lead a memorial ceremony in Valparaiso on "
     "Saturday for the victims of the fires.", "Tomas Ibarra", "Valparaíso", "2025-04-19"),
    ("LONDON, April 14 (Wire) - The Pope will lead a Mass in Lisbon on Sunday.", "Pope of Vatican", "Lisbon",
     "2025-04-20"),
])
def test_round66_leading_a_ceremony_is_attending_it(text: str, actor: str, place: str, day: str) -> None:
    events = [e for e in _extracted(text) if e.action == "attend"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events] == \
        [(actor, place, day, "planned")]  # (the Pope is the Vatican's office, never the dateline country's)


def test_round66_leading_a_service_is_no_attendance() -> None:
    assert _extracted("LONDON, April 14 (Wire) - She will lead the intelligence service from June.") == []


def test_round66_a_first_trip_that_will_be_to_a_place_is_a_planned_visit() -> None:
    events = _extracted("MANILA, April 14 (Wire) - Former police chief Andres Lim was sworn in as interior secretary on "
                        "Monday. Lim said his first trip would be to Cebu on Saturday.")
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in visits] == \
        [("Andres Lim", "Cebu City", "2025-04-19", "planned")]


def test_round66_a_trip_for_a_funeral_called_off_leaves_the_funeral_alone() -> None:
    events = _extracted("LA PAZ, April 14 (Wire) - Bolivian President Luis Mamani has called off his trip to Lima for "
                        "the funeral of former Peruvian leader Alberto Quispe, his office said on Monday.")
    assert [(e.actor.name, e.action, e.status) for e in events] == [("Luis Mamani", "visit", "cancelled")]


def test_round66_a_government_facing_a_confidence_vote_is_parliaments_vote() -> None:
    events = _extracted("PRAGUE, April 14 (Wire) - The Czech government of Prime Minister Pavel Novak will face a "
                        "confidence vote in parliament next Tuesday, the speaker said on Monday. The vote is meant to "
                        "give coalition leaders more time for talks.")
    assert [(e.actor.name, e.action, e.status, e.date.value) for e in events] == \
        [("Parliament of Czechia", "vote", "planned", "2025-04-22")]  # (no talks: "more time for talks" is hoped for)


def test_round66_a_leadership_ballot_faced_is_no_parliament_vote() -> None:
    events = _extracted("LONDON, April 14 (Wire) - Prime Minister Rhys Talbot will face a leadership ballot on "
                        "Tuesday, party officials said.")
    assert all(not e.actor.name.startswith("Parliament") for e in events), events


def test_round66_where_after_a_town_in_its_country_is_the_town() -> None:
    events = _extracted("PARIS, April 14 (Wire) - French Foreign Minister Claire Dubois is to visit Goma in eastern "
                        "Congo on Wednesday, where she will meet aid groups, the foreign ministry said on Monday.")
    assert {(e.action, e.place.name if e.place else None) for e in events} == {("visit", "Goma"), ("meet", "Goma")}


def test_round66_the_ministers_are_the_bloc_named_before() -> None:
    events = _extracted("MANILA, June 3 (Wire) - Foreign ministers of the Association of Southeast Asian Nations will "
                        "meet in Manila on Monday, the ministry said on Wednesday. The ministers will also visit a coast "
                        "guard base in Subic Bay after the meeting, the ministry said.", date(2026, 6, 3))
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.place.name if e.place else None, e.place.within if e.place else None) for e in visits] == \
        [("Association of Southeast Asian Nations", "Subic Bay", ("Subic", "Philippines"))]


def test_round66_the_ministers_trip_is_the_regional_groups() -> None:
    events = _extracted("MANILA, June 8 (Wire) - Southeast Asian foreign ministers met in Manila on Monday. \"We made "
                        "progress,\" Foreign Secretary Teresa Lacson told reporters. The ministers' trip to Subic Bay was "
                        "called off because of a storm.", date(2026, 6, 8))
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.status) for e in visits] == [("Southeast Asian foreign ministers", "cancelled")]


def test_round66_a_referendum_on_doing_something_is_the_referendum() -> None:
    events = _extracted("LILONGWE, April 14 (Wire) - Malawi's referendum on creating a senate has been postponed to "
                        "August 23.")
    assert [(e.actor.name, e.what, e.status) for e in events] == [("Malawi", "referendum on senate", "postponed")]


def test_round66_a_runoff_between_two_candidates_is_the_countrys_vote() -> None:
    events = _extracted("QUITO, April 14 (Wire) - Ecuador's electoral council on Monday confirmed that a presidential "
                        "runoff between former finance minister Marta Villacres and businessman Andres Penaherrera will "
                        "be held on May 4.")
    assert [(e.actor.name, [c.name for c in e.counterparts], e.date.value, e.status) for e in events] == \
        [("Ecuador", ["Marta Villacres", "Andres Penaherrera"], "2025-05-04", "planned")]


def test_round66_talks_on_a_topic_with_a_person_have_that_partner() -> None:
    events = _extracted("BRASILIA, April 14 (Wire) - Brazil's Trade Minister Carlos Menezes will fly to Buenos Aires on "
                        "Friday for talks on the common external tariff with Argentine Economy Minister Lucia Ferraro.")
    assert [(e.action, [c.name for c in e.counterparts]) for e in events] == [("travel", ["Lucia Ferraro"])]


def test_round66_an_office_sworn_in_is_the_person_named_taking_the_oath() -> None:
    events = _extracted("BRATISLAVA, April 14 (Wire) - Bratislava's new mayor was sworn in on Monday, promising faster "
                        "tram works. Zuzana Holubova, 44, took the oath at city hall in front of councillors.")
    assert {(e.actor.name, e.action) for e in events} == {("Zuzana Holubova", "inaugurate")}


def test_round66_an_office_sworn_in_beside_two_named_people_stays_an_office() -> None:
    events = _extracted("BRATISLAVA, April 14 (Wire) - Bratislava's new mayor was sworn in on Monday. Zuzana Holubova "
                        "took the oath first, and Peter Kral took the oath an hour later.")
    assert {(e.actor.name, e.action) for e in events} == {("Mayor of Bratislava", "inaugurate"),
                                                          ("Zuzana Holubova", "inaugurate"), ("Peter Kral", "inaugurate")}
