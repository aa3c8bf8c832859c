"""Families that name a thing, round 5b: actors and triggers (joined nationalities, named parties and unions, "quit",
engine tests, "by the end of" a period).

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.config import load_settings
from dateline.model import Event
from dateline.pipeline import ingest_paths
from dateline.store import open_store

from .fixture_articles import article_events
from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Monday: "on Friday" read back is 2026-05-01, "next week" 2026-W20.
ANCHOR = date(2026, 5, 4)


def _family(nlp: Language, text: str, action: str, anchor: date = ANCHOR) -> list[Event]:
    return [e for e in _events(nlp, text, anchor) if e.action == action]


def _rows(evs: list[Event]) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str]]:
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.what, e.date.value, e.status) for e in evs]


# 1. two nationality adjectives joined before one crowd noun are two states: the first acts, the second is its partner


@pytest.mark.parametrize("text,row", [
    ("South Korean and US destroyers began three days of joint drills in the Yellow Sea on Monday.",
     ("exercise", "South Korea", ("United States",), "joint drills", "2026-05-04", "happened")),
    ("Thousands of Philippine and American soldiers began the Kamandag exercises in Zamboanga on Friday.",  # counted
     ("exercise", "Philippines", ("United States",), "Kamandag", "2026-05-01", "happened")),
])
def test_joined_nationalities_before_one_noun(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_family(nlp, text, "exercise")) == [row]


def test_exercises_in_a_place_are_held_there(nlp: Language) -> None:
    evs = _family(nlp, "Thousands of Philippine and American soldiers began the Kamandag exercises in Zamboanga on Friday.", "exercise")
    assert [e.place.name if e.place else None for e in evs] == ["Zamboanga"]


# 2. "staged" is the verb "stage" (not "stag"), a holding verb of a strike


def test_staged_strike_is_a_protest(nlp: Language) -> None:
    evs = _family(nlp, "France's trade unions staged a general strike on Tuesday.", "protest")
    assert [(e.actor.name, e.actor.kind, e.actor.country, e.what, e.date.value, e.status) for e in evs] == [
        ("unions", "group", "France", "general strike", "2026-04-28", "happened")]


# 3. a protest held by a named party, a person or an opposition party is theirs; a state still never protests


@pytest.mark.parametrize("text,who", [
    ("Georgia's opposition Unity Bloc party will hold a rally in Batumi on June 2.", ("Unity Bloc", "org", "Georgia")),
    ("Tamar Kvaratskhelia will hold a rally.", ("Tamar Kvaratskhelia", "person", None)),
    ("Hungary's main opposition party plans to hold a mass rally in Budapest on Saturday.",  # "party plans": a verb
     ("opposition party", "group", "Hungary")),
    ("Serbian opposition parties will hold a rally on Sunday.", ("opposition parties", "group", "Serbia")),
    ("Opposition leader Tamar Kvaratskhelia will lead a march through Batumi on Friday.",  # "a march": the object
     ("Tamar Kvaratskhelia", "person", None)),
])
def test_protest_of_a_party_or_person(nlp: Language, text: str, who: tuple[str, str, str | None]) -> None:
    evs = _family(nlp, text, "protest")
    assert [(e.actor.name, e.actor.kind, e.actor.country, e.status) for e in evs] == [(*who, "planned")]


def test_named_party_is_no_partner_of_itself(nlp: Language) -> None:
    evs = _family(nlp, "Georgia's opposition Unity Bloc party will hold a rally in Batumi on June 2.", "protest")
    assert [(tuple(c.name for c in e.counterparts), e.place.name if e.place else None, e.date.value) for e in evs] == [
        ((), "Batumi", "2026-06-02")]


def test_state_holds_no_rally(nlp: Language) -> None:
    assert _events(nlp, "Georgia will hold a rally on Sunday.", ANCHOR) == []


# 4. a union named after its members keeps them in its name


def test_union_keeps_its_members_name(nlp: Language) -> None:
    evs = _family(nlp, "Nigeria's largest doctors' union called off a strike planned for Thursday.", "protest")
    assert [(e.actor.name, e.actor.kind, e.actor.country, e.status, e.date.value) for e in evs] == [
        ("doctors' union", "group", "Nigeria", "cancelled", "2026-05-07")]


# 6. an acronym subject the recognizer missed (or called a person) names its body: a state's agency, its state


def test_unlabelled_agency_acronym_subject_is_its_state(nlp: Language, tmp_path: Path) -> None:
    text = "Korea to launch weather satellite\n\nSEOUL, May 4 (Wire) - KASA plans to launch a weather satellite on June 3.\n"
    evs = [e for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "launch"]
    assert [(e.actor.name, e.actor.kind, e.what, e.date.value, e.status) for e in evs] == [
        ("South Korea", "country", "weather satellite", "2026-06-03", "planned")]  # a state's agency by its own
    # name is the state (``named_state_agencies``)


def test_agency_acronym_the_recognizer_calls_a_person_is_its_state(nlp: Language) -> None:
    evs = _family(nlp, "JAXA will launch a weather satellite on June 3.", "launch")  # the recognizer: PERSON
    assert [(e.actor.name, e.actor.kind) for e in evs] == [("Japan", "country")]


# 7. "quit" alone is a resignation; "quit" with an object that is no office is none


@pytest.mark.parametrize("text,row", [
    ("Finance Minister Petra Holm said she would quit on Thursday.",
     ("resign", "Petra Holm", (), None, "2026-05-07", "planned")),
    ("Defence Minister Ana Lopez denied plans to quit.",
     ("resign", "Ana Lopez", (), None, None, "denied")),
])
def test_quit_alone_is_a_resignation(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_family(nlp, text, "resign")) == [row]


@pytest.mark.parametrize("text", [
    "Finance Minister Petra Holm quit smoking last year.",
    "Finance Minister Petra Holm threatened to quit the talks.",
    "Mr. Okafor's lawyers are likely to quit.",  # his lawyers, not he (other_person_roles)
])
def test_quit_something_else_is_no_resignation(nlp: Language, text: str) -> None:
    assert _family(nlp, text, "resign") == []


# 8. testing an engine is a test of the launch family


def test_engine_test_is_a_launch_family_test(nlp: Language) -> None:
    evs = _family(nlp, "North Korea plans to test a new liquid-fuel engine next week.", "launch")
    assert _rows(evs) == [("launch", "North Korea", (), "liquid-fuel engine", "2026-W20", "planned")]


# 9. "by the end of" a period dates the event within that period; other deadlines date nothing


def test_by_the_end_of_a_period(nlp: Language) -> None:
    evs = _family(nlp, "Holm is expected to step down by the end of the month.", "resign")
    assert [(e.date.value, e.status) for e in evs] == [("2026-05", "planned")]


def test_by_a_day_is_no_date(nlp: Language) -> None:
    evs = _family(nlp, "Holm is expected to step down by Friday.", "resign")
    assert [(e.date.value, e.status) for e in evs] == [(None, "planned")]


# 5. an election held by a head of state or government is the country's (the dateline's when none is named)


TOKYO_PLAN = "Japan to hold election\n\nTOKYO, September 21 (Wire) - Prime Minister Aiko Morita said on Monday she will hold a general election on October 25.\n"
TOKYO_HELD = "Japan votes\n\nTOKYO, October 26 (Wire) - Japan held a general election on Sunday, with turnout of about 55 percent.\n"


def test_leader_holding_an_election_is_the_country(nlp: Language, tmp_path: Path) -> None:
    evs = [e for e in article_events(nlp, tmp_path, TOKYO_PLAN, date(2026, 9, 21)) if e.action == "vote"]
    assert [(e.actor.name, e.actor.kind, e.what, e.date.value, e.status) for e in evs] == [
        ("Japan", "country", "general election", "2026-10-25", "planned")]


def test_leader_election_joins_the_country_election_in_the_store(nlp: Language, tmp_path: Path) -> None:
    store = open_store(":memory:")
    for name, text, day in (("a.txt", TOKYO_PLAN, date(2026, 9, 21)), ("b.txt", TOKYO_HELD, date(2026, 10, 26))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        ingest_paths([path], store, load_settings(), published=day, nlp=nlp, as_of=day)
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.actor.name, e.date.value, e.status, len(e.evidence)) for e in votes] == [("Japan", "2026-10-25", "happened", 2)]


# 10. officials of a branch of the state are the state's, as sanction targets


@pytest.mark.parametrize("text,row", [
    ("Britain imposed sanctions on Iranian prison officials on Thursday.",
     ("sanction", "United Kingdom", ("Iran",), "sanctions", "2026-04-30", "happened")),
    ("Canada sanctioned three senior Iranian judiciary officials on Friday.",
     ("sanction", "Canada", ("Iran",), "sanctions", "2026-05-01", "happened")),
])
def test_state_branch_officials_are_the_target(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


# 11. sanctions weighed are an uncertain sanction; an election they are "over" is no vote


def test_weighed_sanctions_and_their_topic(nlp: Language) -> None:
    text = "Australia is weighing fresh sanctions on Belarusian officials over the disputed presidential election."
    assert _rows(_events(nlp, text, ANCHOR)) == [("sanction", "Australia", ("Belarus",), "sanctions", None, "uncertain")]


# 12. an organization's name the recognizer missed before the people of it who act is the organization


def test_unlabelled_organization_before_its_ministers(nlp: Language, tmp_path: Path) -> None:
    text = ("EU to widen Russia tariffs\n\nBRUSSELS, May 4 (Wire) - European Union trade ministers are expected to impose new "
            "tariffs on Russian fertiliser at a meeting on May 20, diplomats said on Monday.\n")
    evs = [e for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "sanction"]
    assert [(e.actor.name, e.actor.kind, tuple(c.name for c in e.counterparts), e.date.value, e.status) for e in evs] == [
        ("European Union", "org", ("Russia",), "2026-05-20", "planned")]


# 13. a bare legislature in an article datelined in one country is that country's


def test_bare_parliament_is_the_dateline_country(nlp: Language, tmp_path: Path) -> None:
    text = ("Vote on pension bill\n\nCANBERRA, May 4 (Wire) - Treasurer Kiri Walker defended the pension reform on Monday. "
            "Parliament is set to vote on her pension bill on May 14.\n")
    evs = [e for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "vote"]
    assert [(e.actor.name, e.actor.kind, e.actor.country, e.what, e.date.value) for e in evs] == [
        ("Parliament of Australia", "org", "Australia", "pension bill", "2026-05-14")]


# 14. a country named in a relative clause on the thing launched is no party, and the thing lands nowhere as a visitor


def test_landing_clause_names_no_party(nlp: Language) -> None:
    text = ("Japan's coast guard said North Korea launched a short-range ballistic missile on Thursday that fell in the Sea "
            "of Japan outside Japan's exclusive economic zone.")
    assert _rows(_events(nlp, text, ANCHOR)) == [
        ("launch", "North Korea", (), "short-range ballistic missile", "2026-04-30", "happened")]


def test_missile_that_landed_is_no_arrival(nlp: Language) -> None:
    text = ("South Korea's military said North Korea fired two cruise missiles on Friday that landed in the Sea of Japan "
            "outside Japan's exclusive economic zone.")
    assert [e.action for e in _events(nlp, text, ANCHOR)] == ["launch"]


# 15. talks a change of plan makes room for keep their own partners and place, not the changed plan's


def test_purpose_of_a_cancellation_keeps_its_own_parties(nlp: Language) -> None:
    text = ("South Korea and Japan called off their planned joint air drills over the East China Sea to make way for "
            "talks with China on fishing rules, the two ministers said.")
    evs = _events(nlp, text, ANCHOR)
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None, e.status)
            for e in evs] == [
        ("exercise", "South Korea", ("Japan",), "East China Sea", "cancelled"),
        ("meet", "South Korea", ("China",), None, "planned")]


# an infinitive or clause opened by "whether" is undecided; a deadline of the deciding verb is not the event's day


@pytest.mark.parametrize("text,row", [
    ("Holm will decide by the end of the month whether to step down.", ("resign", "Holm", (), None, None, "uncertain")),
    ("It is unclear whether Holm will step down.", ("resign", "Holm", (), None, None, "uncertain")),
])
def test_whether_is_undecided(nlp: Language, text: str, row: tuple[object, ...]) -> None:
    assert _rows(_events(nlp, text, ANCHOR)) == [row]


# a window "between X and Y" is a span of days, even past a week (a launch notice's window)


def test_a_window_between_two_days_is_a_span(nlp: Language) -> None:
    evs = _family(nlp, "North Korea has notified Japan's coast guard that it plans to launch a weather satellite between "
                       "May 31 and June 10.", "launch", date(2026, 5, 27))
    assert [(e.date.value, e.date.end_value) for e in evs] == [("2026-05-31", "2026-06-10")]


@pytest.mark.parametrize("text", ["The joint exercises were suspended on Friday, the Indian army said.",
                                  "India suspended its joint exercises with France on Friday."])
def test_suspended_drills_are_put_on_hold_not_held(nlp: Language, text: str) -> None:
    assert [(e.actor.name, e.status) for e in _family(nlp, text, "exercise")] == [("India", "postponed")]


@pytest.mark.parametrize("text,day", [
    ("Rao denied on Tuesday that she would visit Dhaka.", None),            # the day of the denial
    ("Rao denied on Tuesday that she would visit Dhaka on Friday.", "2026-05-08"),
])
def test_the_day_a_denial_is_made_is_not_the_events(nlp: Language, text: str, day: str | None) -> None:
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "visit"]
    assert [(e.status, e.date.value) for e in evs] == [("denied", day)]
