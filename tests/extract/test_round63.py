"""Round 63 (session 49): a leader swearing others in is the leader's own act (``swear_in``), not a swearing-in of the
leader; a crowd's strike "at" an employer is a labour strike; "held four hours of talks" tells the talks; two bare
surnames conjoined as subjects are two people even when the recognizer calls one a place; a sentence whose main verb
the parser hung on its subject noun still tells its event; "Heads of state of the X Community" are the body's, no
person called "Heads"; "will lead the delegation to talks with X" is the talks with X; "was greeted at the airport by
X" is X receiving the guest. Each test states one behaviour. Sentences and names are our own.
March 12, 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 12)


def _events(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value) for e in events)


@pytest.mark.parametrize(("text", "status", "what"), [
    ("LUSAKA, March 12 (Wire) - Zambian President Hakainde Mwale will swear in the new army commanders on Monday at "
     "State House in Lusaka, his spokesman said.", "planned", "army commanders"),
    ("LUSAKA, March 12 (Wire) - Mwale on Thursday swore in Zambia's newly appointed service chiefs at State House in "
     "Lusaka.", "happened", "service chiefs"),
])
def test_round63_swearing_in_others_is_the_leaders_act(text: str, status: str, what: str) -> None:
    events = [e for e in _events(text) if e.action in ("swear_in", "inaugurate")]
    assert [(e.action, e.status, e.what) for e in events] == [("swear_in", status, what)]
    assert events[0].actor.name.endswith("Mwale")


def test_round63_being_sworn_in_stays_the_persons_own_swearing_in() -> None:
    events = _events("LUSAKA, March 12 (Wire) - Hakainde Mwale was sworn in as president on Thursday in Lusaka.")
    assert [(e.actor.name, e.action) for e in events] == [("Hakainde Mwale", "inaugurate")]


def test_round63_swearing_in_a_thing_is_no_act() -> None:
    assert not [e for e in _events("LUSAKA, March 12 (Wire) - The witness was sworn in before the court heard her "
                                   "evidence on Thursday.") if e.action == "swear_in"]


def test_round63_a_crowds_strike_at_its_employer_is_called_off() -> None:
    events = _events("FRANKFURT, March 12 (Wire) - The pilots' union called off a pilots' strike at Aerolux planned "
                     "for Friday after the airline improved its pay offer, a union spokesman said on Thursday.")
    assert [(e.action, e.status, e.date.value) for e in events] == [("protest", "cancelled", "2026-03-13")]


def test_round63_a_military_strike_at_a_target_stays_no_protest() -> None:
    events = _events("GAZA, March 12 (Wire) - An air strike at the camp killed four people on Thursday.")
    assert not [e for e in events if e.action == "protest"]


def test_round63_hours_of_talks_tell_the_talks_between_two_surnames() -> None:
    events = _events("ROME, March 12 (Wire) - Halvorsen and Araqzadeh held about four hours of indirect talks in the "
                     "Italian capital on Thursday.")
    assert [(e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None,
             [c.name for c in e.counterparts]) for e in events] == [
        ("Halvorsen", "meet", "happened", "2026-03-12", "Rome", ["Araqzadeh"])]


def test_round63_a_main_verb_read_as_a_clause_of_its_subject_still_tells_the_event() -> None:
    events = _events("BRUSSELS, March 12 (Wire) - Thousands of farmers, many driving tractors, protested near the "
                     "European Union's headquarters in Brussels on Thursday, burning tyres and throwing eggs as the "
                     "bloc's leaders gathered for their spring summit.")
    assert ("farmers", "protest", "happened", "2026-03-12") in _rows(events)


def test_round63_a_rally_planned_as_leaders_meet_tells_no_meeting_or_protest_done() -> None:
    events = _events("BRUSSELS, March 12 (Wire) - European farmers' groups plan to rally in Brussels on March 19 as "
                     "EU leaders meet for a summit, to protest against a proposed trade deal, farm lobby groups said "
                     "on Thursday.")
    assert not [e for e in events if e.status == "happened"]
    assert ("farmers' groups", "protest", "planned", "2026-03-19") in _rows(events)


def test_round63_heads_of_state_of_a_community_are_the_bodys() -> None:
    events = _events("NAIROBI, March 12 (Wire) - Heads of state of the East African Community will hold an "
                     "extraordinary summit in Arusha, Tanzania, on March 28, the bloc's secretariat said.")
    assert [(e.actor.name, e.action, e.date.value) for e in events] == [
        ("East African Community", "hold", "2026-03-28")]


def test_round63_leading_a_delegation_to_talks_with_a_body_is_the_talks() -> None:
    events = _events("ISLAMABAD, March 12 (Wire) - Finance Minister Tariq Qureshi will lead Pakistan's delegation to "
                     "talks with the International Monetary Fund in Washington next week, the ministry said.")
    assert [(e.action, e.place.name if e.place else None, [c.name for c in e.counterparts]) for e in events] == [
        ("meet", "Washington", ["International Monetary Fund"])]


def test_round63_leading_a_delegation_to_a_summit_stays_an_attendance() -> None:
    events = _events("ISLAMABAD, March 12 (Wire) - Finance Minister Tariq Qureshi will lead Pakistan's delegation to "
                     "the summit in Doha next week, the ministry said.")
    assert [e.action for e in events] == ["attend"]


def test_round63_greeted_at_the_airport_by_a_president_is_his_reception() -> None:
    events = _events("BEIRUT, March 12 (Wire) - Pope Leo arrived in Beirut on Thursday and was greeted at the airport "
                     "by President Joseph Aoun.")
    assert ("Joseph Aoun", "host", "happened", "2026-03-12") in _rows(events)


def test_round63_the_two_leaders_with_only_the_guest_named_are_the_guest_and_the_datelines_office() -> None:
    events = _events("HELSINKI, March 12 (Wire) - Chilean President Gabriela Orrego was welcomed with military honours "
                     "at the Presidential Palace in Helsinki on Thursday. After their talks, the two leaders signed a "
                     "memorandum on hydrogen cooperation, the Finnish president's office said.")
    signed = [e for e in events if e.action == "sign"]
    assert [(e.actor.name, e.status, [c.name for c in e.counterparts]) for e in signed] == [
        ("Gabriela Orrego", "happened", ["President of Finland"])]


def test_round63_the_two_leaders_with_no_guest_stay_unresolved() -> None:
    events = _events("HELSINKI, March 12 (Wire) - After their talks, the two leaders signed a memorandum on hydrogen "
                     "cooperation, officials said.")
    assert not [e for e in events if e.action == "sign"]


@pytest.mark.parametrize(("text", "status", "day"), [
    ("TOKYO, March 12 (Wire) - Japanese Prime Minister Sanae Takaichi on Thursday called a snap election for April 26, "
     "officials said.", "happened", "2026-03-12"),
    ("TOKYO, March 12 (Wire) - Japanese Prime Minister Sanae Takaichi will call a snap general election next week, "
     "officials said.", "planned", "2026-W12"),
])
def test_round63_calling_an_election_is_the_leaders_act_and_the_election_the_countrys(text: str, status: str,
                                                                                        day: str) -> None:
    rows = _rows(_events(text))
    assert ("Sanae Takaichi", "call_election", status, day) in rows
    assert [r[:3] for r in rows if r[1] == "vote"] == [("Japan", "vote", "planned")]


def test_round63_calling_a_vote_on_a_bill_is_no_election_call() -> None:
    assert not [e for e in _events("TOKYO, March 12 (Wire) - Takaichi called a vote on the budget.")
                if e.action == "call_election"]


def test_round63_the_two_meeting_right_after_their_dated_act_meet_that_day() -> None:
    events = _events("BRASILIA, March 12 (Wire) - Prabowo Subianto and Luiz Inacio Lula da Silva signed a biofuels pact "
                     "on Wednesday after a fault on the visitor's aircraft delayed his arrival by a day. The two "
                     "leaders met at the Planalto Palace and pledged to double trade, Brazil's foreign ministry said.")
    met = [e for e in events if e.action == "meet"]
    assert [(e.status, e.date.value) for e in met] == [("happened", "2026-03-11")]


def test_round63_a_meeting_told_as_the_pairs_earlier_record_keeps_no_day() -> None:
    events = _events("BRASILIA, March 12 (Wire) - Prabowo Subianto and Luiz Inacio Lula da Silva signed a biofuels pact "
                     "on Wednesday. The two leaders last met in Jakarta, officials said.")
    assert not [e for e in events if e.action == "meet" and e.date.value == "2026-03-11"]


def test_round63_talks_scheduled_on_their_own_day_beside_a_journey_are_planned_then() -> None:
    events = _events("JAKARTA, March 12 (Wire) - Indonesian President Prabowo Subianto will leave for Brazil on Monday "
                     "for a state visit, with talks with President Luiz Inacio Lula da Silva scheduled for Tuesday in "
                     "Brasilia, the state secretariat said on Thursday.")
    talks = [e for e in events if e.action == "meet"]
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in talks] == [
        ("planned", "2026-03-17", "Brasília")]


def test_round63_the_two_countries_after_a_journey_are_the_guests_and_the_destinations() -> None:
    events = _events("JAKARTA, March 12 (Wire) - Indonesian President Prabowo Subianto will leave for Brazil on Monday "
                     "for a state visit, the state secretariat said. The two countries are expected to sign agreements "
                     "on biofuels.")
    signed = [e for e in events if e.action == "sign"]
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in signed] == [("Indonesia", ["Brazil"])]


def test_round63_an_election_called_for_a_later_day_is_called_on_its_own_day() -> None:
    rows = _rows(_events("OTTAWA, March 12 (Wire) - Prime Minister Marc Lavoie called a snap election for May 11 on "
                         "Thursday after meeting the governor general at Rideau Hall."))
    assert ("Marc Lavoie", "call_election", "happened", "2026-03-12") in rows
    assert ("Canada", "vote", "planned", "2026-05-11") in rows
