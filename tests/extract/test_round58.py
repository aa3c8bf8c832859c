"""Round 58 (session 44, audits 215-216): the month of a thing threatened, called for or planned lies ahead whatever
the verb's tense ("threatened an open-ended strike in May", said in March, is this May). Each test states one
behaviour. Sentences and names of people are our own. March 10, 2026 is a Tuesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.bodies import known_body_spans
from dateline.extract.pipeline import extract
from dateline.extract.time import find_times
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 10)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, _DAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The federation threatened an open-ended strike in May if wages are not raised.", ("May", "2026-05")),
    ("The opposition called for fresh elections in November.", ("November", "2026-11")),
    ("The union warned of a general strike from Monday.", ("Monday", "2026-03-16")),
    ("The party plans a rally in the capital in June.", ("June", "2026-06")),
])
def test_round58_the_time_of_a_thing_threatened_or_planned_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister pledged new roads in January.", ("January", "2026-01")),  # the day of the pledge
    ("A rally planned at the university for Saturday was cancelled.", ("Saturday", "2026-03-07")),
    ("The union threatened a strike on Monday.", ("Monday", "2026-03-09")),  # the day of the threat
])
def test_round58_pledges_planned_participles_and_on_days_keep_their_tense(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


def _events(text: str, day: date = _DAY) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return sorted((e.action, tuple(c.name for c in e.counterparts), e.date.value, e.place.name if e.place else None)
                  for e in _extracted(text, day))


@pytest.mark.parametrize("text", [
    "TOKYO, March 10 (Wire) - Japanese Foreign Minister Kenji Sato will meet Chinese Foreign Minister Li Wei in Beijing "
    "on Monday and South Korean Foreign Minister Park Min-ho in Seoul on Wednesday, the ministry said.",
    "TOKYO, March 10 (Wire) - Sato will hold talks with Li Wei in Beijing on Monday and Park Min-ho in Seoul on "
    "Wednesday.",
    "TOKYO, March 10 (Wire) - Sato will hold talks with Li Wei in Beijing on Monday and with Park Min-ho in Seoul on "
    "Wednesday.",
])
def test_round58_a_second_partner_with_its_own_place_and_day_is_a_meeting_of_its_own(text: str) -> None:
    # (the Wednesday after that Monday, not the one before it)
    assert _events(text) == [("meet", ("Li Wei",), "2026-03-16", "Beijing"),
                             ("meet", ("Park Min-ho",), "2026-03-18", "Seoul")]


@pytest.mark.parametrize(("text", "name"), [
    ("NEW YORK, March 10 (Wire) - The Security Council will meet on Monday.", "UN Security Council"),
    ("NEW YORK, March 10 (Wire) - The U.N. Security Council will meet on Monday.", "UN Security Council"),
    ("MANILA, March 10 (Wire) - ASEAN economic ministers will meet in Manila on Monday.",
     "Association of Southeast Asian Nations"),
    ("WASHINGTON, March 10 (Wire) - Group of 20 finance ministers will meet in Washington on Monday.", "Group of 20"),
    ("WASHINGTON, March 10 (Wire) - G20 finance ministers will meet in Washington on Monday.", "Group of 20"),
])
def test_round58_an_international_body_by_any_of_its_names_is_one_actor(text: str, name: str) -> None:
    found = _extracted(text)
    assert [(e.actor.name, e.action, e.date.value) for e in found] == [(name, "meet", "2026-03-16")]


@pytest.mark.parametrize("text", ["Russia's Security Council met on Monday.", "The National Security Council met on Monday.",
                                  "The African Union's Peace and Security Council met on Monday."])
def test_round58_a_security_council_of_a_state_or_another_body_is_not_the_uns(text: str) -> None:
    assert known_body_spans(get_nlp(load_settings())(text)) == []


def test_round58_the_topic_country_of_a_meeting_held_is_no_venue() -> None:
    text = ("NEW YORK, April 17 (Wire) - The UN Security Council will hold an emergency meeting on Monday on the "
            "deepening crisis in Haiti, diplomats said.")
    assert _events(text, date(2026, 4, 17)) == [("meet", (), "2026-04-20", None)]


def test_round58_a_call_off_replaced_by_another_persons_trip_stays_a_call_off() -> None:
    text = ("NEW DELHI, May 6 (Wire) - Prime Minister Narendra Modi called off his planned visit to quake-hit "
            "Uttarkashi on Wednesday because of bad weather. Home Minister Amit Shah will travel to the region on "
            "Friday instead.")
    found = [(e.actor.name, e.status, e.date.value) for e in _extracted(text, date(2026, 5, 6)) if e.action == "visit"]
    assert found == [("Narendra Modi", "cancelled", None)]  # (no new day: Friday is Shah's trip)


def test_round58_a_region_describing_a_named_province_is_no_place_of_its_own() -> None:
    text = "ANKARA, May 11 (Wire) - Tayyip Erdogan will visit the flood-stricken Black Sea province of Rize on Thursday."
    assert _events(text, date(2026, 5, 11)) == [("visit", (), "2026-05-14", "Rize")]


@pytest.mark.slow
def test_round58_a_hosts_call_off_of_a_bodys_meeting_is_the_bodys(tmp_path: object) -> None:
    from pathlib import Path

    from ..stored import stored

    store = stored(Path(str(tmp_path)), [
        ("BEIJING, May 12 (Wire) - Trade ministers from the 21 APEC economies will meet in Suzhou on Friday, China's "
         "commerce ministry said.", date(2026, 5, 12)),
        ("BEIJING, May 14 (Wire) - China has cancelled this week's meeting of APEC trade ministers in Suzhou, citing a "
         "flood emergency.", date(2026, 5, 14)),
    ])
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in store.events()] == [
        ("Asia-Pacific Economic Cooperation", "cancelled", "2026-05-15", 2)]


def test_round58_a_city_after_outside_is_no_venue() -> None:
    text = ("FRANKFURT, Oct 23 (Wire) - The European Central Bank's Governing Council will hold its rate-setting "
            "meeting in Riga next Thursday, one of its twice-yearly meetings outside Frankfurt, the bank said.")
    assert [r[3] for r in _events(text, date(2026, 10, 23)) if r[0] == "meet"] == ["Riga"]


@pytest.mark.parametrize(("text", "actor"), [
    ("WASHINGTON, March 10 (Wire) - The European Union eased sanctions on Syria on Monday.", "European Union"),
    ("WASHINGTON, March 10 (Wire) - The U.S. Treasury removed sanctions on three Belarusian banks on Monday.",
     "United States"),
    ("WASHINGTON, March 10 (Wire) - The United States will lift its embargo on Cuban cigars on Monday.", "United States"),
])
def test_round58_sanctions_lifted_are_an_ease_event(text: str, actor: str) -> None:
    found = [(e.actor.name, e.action, e.cameo) for e in _extracted(text)]
    assert [f for f in found if f[1] == "ease"] and all(a == actor for a, act, _ in found if act == "ease"), found


def test_round58_a_rocket_lifting_off_is_still_a_launch_not_an_easing() -> None:
    text = "TANEGASHIMA, March 10 (Wire) - Japan's H3 rocket lifted off on Monday carrying a weather satellite."
    assert all(r[0] != "ease" for r in _events(text))


def test_round58_surveying_the_damage_is_a_visit_to_the_datelines_town() -> None:
    text = ("ROLLING FORK, Mississippi, June 19 (Wire) - President Donald Trump surveyed the wreckage of flattened homes "
            "in Rolling Fork on Friday and was briefed by the governor.")
    rows = [r for r in _events(text, date(2026, 6, 19)) if r[0] == "visit"]
    assert rows == [("visit", (), "2026-06-19", "Rolling Fork")]


def test_round58_surveying_voters_is_no_visit() -> None:
    assert _events("LONDON, June 19 (Wire) - Pollsters surveyed 2,000 voters on Friday.", date(2026, 6, 19)) == []


@pytest.mark.parametrize("text", [
    "JERUSALEM, April 9 (Wire) - Israel let 120 Palestinian detainees walk free from Ofer prison on Thursday.",
    "JERUSALEM, April 9 (Wire) - Israel set 120 Palestinian detainees free on Thursday.",
    "JERUSALEM, April 9 (Wire) - Israel let 120 Palestinian detainees go on Thursday.",
])
def test_round58_setting_or_letting_people_free_is_their_release(text: str) -> None:
    rows = _events(text, date(2026, 4, 9))
    assert [(r[0], r[2]) for r in rows] == [("release", "2026-04-09")], rows


@pytest.mark.parametrize("text", ["PARIS, April 9 (Wire) - The minister set the agenda on Thursday.",
                                  "PARIS, April 9 (Wire) - The minister let the deadline pass on Thursday."])
def test_round58_setting_or_letting_things_frees_no_one(text: str) -> None:
    assert _events(text, date(2026, 4, 9)) == []
