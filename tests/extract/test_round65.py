"""Round 65 (session 51): a modal before a hyphenated verb the parser reads as a noun ("will test-fire a missile"); the
present "be to" plan ("is to visit", "is to be signed by X and Y"); a plan noun "now expected" at a new time is the plan
told before, re-dated; "postponed from late April" gives the day given up. Each test states one behaviour. Sentences and
names are our own. April 14, 2025 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import PLANNED_DAY_NOTE, Event
from dateline.pipeline import get_nlp

_DAY = date(2025, 4, 14)


def _extracted(text: str, day: date = _DAY) -> tuple[list[Event], list[Event]]:
    """The events and story references the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    found = [ex for _, ex in extract(articles, get_nlp(settings))]
    return [e for ex in found for e in ex.events], [e for ex in found for e in ex.references]


@pytest.mark.parametrize("modal", ["will", "would", "plans to"])
def test_round65_a_modal_test_fire_is_a_planned_launch(modal: str) -> None:
    events, _ = _extracted(f"NEW DELHI, April 14 (Wire) - Pakistan {modal} test-fire a medium-range ballistic missile "
                           "over the Arabian Sea on Thursday, a notice to mariners showed.")
    launches = [e for e in events if e.action == "launch"]
    assert [(e.actor.name, e.date.value) for e in launches] == [("Pakistan", "2025-04-17")]
    assert launches[0].status in ("planned", "uncertain")


def test_round65_be_to_passive_with_its_signers_is_their_planned_signing() -> None:
    events, _ = _extracted("MANILA, April 14 (Wire) - The accord is to be signed by Philippine Defence Secretary "
                           "Ramon Dizon and Japanese Defence Minister Kenta Arai on Thursday, officials said.")
    signings = [e for e in events if e.action == "sign"]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status, e.date.value) for e in signings] == \
        [("Ramon Dizon", ["Kenta Arai"], "planned", "2025-04-17")]


@pytest.mark.parametrize(("verb", "status"), [("is", "planned"), ("was", "uncertain")])
def test_round65_present_be_to_is_a_plan_past_is_not(verb: str, status: str) -> None:
    events, _ = _extracted(f"MANILA, April 14 (Wire) - Japanese Defence Minister Kenta Arai {verb} to visit Subic Bay, "
                           "officials said.")
    assert [(e.action, e.status) for e in events] == [("visit", status)]


@pytest.mark.parametrize("words", ["is now expected in mid-May", "is now scheduled for mid-May"])
def test_round65_a_plan_noun_now_expected_at_a_new_time_refers_to_the_plan(words: str) -> None:
    _, references = _extracted(f"COLOMBO, April 14 (Wire) - The port call {words}, the navy said.")
    assert [(e.status, e.refers_to_plan, e.date.value) for e in references] == [("planned", True, "2025-05")]


def test_round65_now_held_elsewhere_is_no_redating() -> None:
    events, references = _extracted("COLOMBO, April 14 (Wire) - The talks between the two navies will now be held "
                                    "in Galle rather than Colombo, the navy said.")
    assert not any(e.status == "planned" and e.refers_to_plan and e.place is None for e in events + references)


def test_round65_put_off_from_a_day_gives_the_day_given_up() -> None:
    events, _ = _extracted("COLOMBO, May 16 (Wire) - The Indian frigate Talwar docked in Colombo on Thursday for a "
                           "three-day visit. The visit had been postponed from late April.", date(2025, 5, 16))
    put_off = [e for e in events if e.status == "postponed"]
    assert [(e.date.value, e.date.note) for e in put_off] == [("2025-04", PLANNED_DAY_NOTE)]


def test_round65_a_dissolution_setting_up_an_election_calls_it() -> None:
    events, _ = _extracted("OSLO, April 14 (Wire) - Prime Minister Ingrid Solberg-Nes dissolved parliament on Monday, "
                           "paving the way for a general election on May 25.")
    calls = [e for e in events if e.action == "call_election"]
    assert [(e.actor.name, e.status, e.date.value, e.what) for e in calls] == \
        [("Ingrid Solberg-Nes", "happened", "2025-04-14", "general election")]
    assert [(e.action, e.date.value) for e in events if e.action in ("dissolve", "vote")] == \
        [("dissolve", "2025-04-14"), ("vote", "2025-05-25")]


def test_round65_a_dissolution_with_no_election_told_calls_none() -> None:
    events, _ = _extracted("OSLO, April 14 (Wire) - Prime Minister Ingrid Solberg-Nes dissolved parliament on Monday.")
    assert [e.action for e in events] == ["dissolve"]


@pytest.mark.parametrize("text", [
    "A state funeral for former prime minister Aino Virtanen was held on Tuesday in Helsinki Cathedral.",
    "Foreign leaders joined Finns on Tuesday in bidding farewell to former prime minister Aino Virtanen at a state "
    "funeral in Helsinki Cathedral.",
    "Thousands paid their last respects to former prime minister Aino Virtanen at a state funeral on Tuesday.",
])
def test_round65_a_funeral_told_held_is_the_dead_persons_own(text: str) -> None:
    events, _ = _extracted(f"HELSINKI, April 16 (Wire) - {text}", date(2025, 4, 16))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == \
        [("funeral", "Aino Virtanen", "happened", "2025-04-15")]


def test_round65_a_state_holding_a_funeral_for_a_person_is_that_persons_funeral() -> None:
    events, _ = _extracted("HELSINKI, April 14 (Wire) - Finland will hold a state funeral for former prime minister "
                           "Aino Virtanen on Tuesday, the government said.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == \
        [("funeral", "Aino Virtanen", "planned", "2025-04-15")]


def test_round65_talks_on_the_sidelines_of_a_ceremony_attend_it() -> None:
    events, _ = _extracted("HELSINKI, April 16 (Wire) - On the sidelines of the ceremony on Tuesday, Estonian Prime "
                           "Minister Kaja Tamm and Latvian President Edgars Ozols held talks on energy links.",
                           date(2025, 4, 16))
    assert sorted((e.action, e.actor.name, e.status) for e in events) == [
        ("attend", "Edgars Ozols", "happened"), ("attend", "Kaja Tamm", "happened"), ("meet", "Kaja Tamm", "happened")]


def test_round65_a_union_told_by_description_is_the_labour_body_named_after() -> None:
    events, _ = _extracted("ACCRA, April 14 (Wire) - Ghana's main labour union called on Monday for a nationwide "
                           "strike starting on Wednesday over fuel prices. The Ghana Trades Union Congress said talks "
                           "with the government had broken down.")
    strikes = [e for e in events if e.action == "protest"]
    assert [(e.actor.name, e.actor.kind, e.actor.country, e.status, e.date.value) for e in strikes] == \
        [("Ghana Trades Union Congress", "org", "Ghana", "planned", "2025-04-16")]


def test_round65_a_union_with_two_bodies_named_stays_a_crowd() -> None:
    events, _ = _extracted("ACCRA, April 14 (Wire) - Ghana's main labour union called on Monday for a nationwide "
                           "strike starting on Wednesday. The Ghana Trades Union Congress and the Ghana Federation of "
                           "Labour both backed the call.")
    assert {e.actor.name for e in events if e.action == "protest"} == {"union"}


@pytest.mark.parametrize("words", ["", " as finance minister"])
def test_round65_the_swearing_in_of_a_named_person_as_a_post_is_theirs(words: str) -> None:
    events, _ = _extracted(f"ABUJA, April 14 (Wire) - The swearing-in of Halima Yusuf{words} will take place on "
                           "Thursday, the presidency said.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == \
        [("inaugurate", "Halima Yusuf", "planned", "2025-04-17")]


def test_round65_a_newspaper_reporting_after_a_comma_is_no_object_of_the_visit() -> None:
    events, _ = _extracted("MOMBASA, April 14 (Wire) - Kilifi Governor Amani Mwangi will visit Mombasa on Thursday for "
                           "talks on port revenue, the Coast Herald newspaper reported on Monday, citing aides.")
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status) for e in visits] == \
        [("Amani Mwangi", [], "uncertain")]


def test_round65_two_offices_conjoined_as_subjects_meet() -> None:
    events, _ = _extracted("ADDIS ABABA, April 14 (Wire) - Ethiopia's prime minister and Eritrea's president will meet "
                           "in Nairobi on Wednesday, Kenyan officials said.")
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in events if e.action == "meet"] == \
        [("Prime Minister of Ethiopia", ["President of Eritrea"])]


@pytest.mark.parametrize(("text", "person"), [
    ("A Turkish envoy will travel to Tehran on Saturday, two diplomats said. The envoy, Deputy Foreign Minister "
     "Kemal Aydin, is expected to meet Iranian officials.", "Kemal Aydin"),
    ("An Israeli delegation will travel to Cairo on Saturday for talks, an official said. The delegation will be led "
     "by intelligence chief Avner Golan, the official said.", "Avner Golan"),
])
def test_round65_an_envoy_named_after_is_the_traveller(text: str, person: str) -> None:
    events, _ = _extracted(f"ANKARA, April 14 (Wire) - {text}")
    trips = [e for e in events if e.action == "travel"]
    assert [(e.actor.name, e.date.value) for e in trips] == [(person, "2025-04-19")]


def test_round65_talks_named_by_a_city_are_in_that_city() -> None:
    events, references = _extracted("DOHA, April 14 (Wire) - The Doha talks on Sudan have been postponed by a week, "
                                    "Qatari officials said.")
    assert [(e.action, e.status, e.place.name if e.place else None) for e in events + references] == \
        [("hold", "postponed", "Doha")]


@pytest.mark.parametrize("subject", ["Negotiators from Sudan's army and the Rapid Support Forces sat down for talks",
                                     "Delegations from Sudan's army and the Rapid Support Forces met"])
def test_round65_sides_sitting_down_for_talks_meet(subject: str) -> None:
    events, _ = _extracted(f"DOHA, April 16 (Wire) - {subject} in Doha on Tuesday.", date(2025, 4, 16))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.status, e.date.value) for e in events] == \
        [("meet", "Sudan", ["Rapid Support Forces"], "happened", "2025-04-15")]


def test_round65_the_signing_of_a_ceasefire_deal_is_the_truce() -> None:
    events, _ = _extracted("KINSHASA, April 14 (Wire) - The signing of a ceasefire deal between Congo and the M23 "
                           "rebels, scheduled for Thursday in Doha, has been postponed indefinitely, a spokesman said.")
    assert [(e.action, e.status) for e in events] == [("truce", "postponed")]


def test_round65_a_crowd_of_a_city_strikes_there() -> None:
    events, _ = _extracted("LIMA, April 14 (Wire) - Lima's bus drivers will strike on Thursday, their union said.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value) for e in events] == \
        [("protest", "drivers", "Lima", "2025-04-17")]
