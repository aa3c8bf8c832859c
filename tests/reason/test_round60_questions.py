"""Round 60 (session 46): a question about "the inauguration" is answered by reports of "the swearing-in" and one about
"the funeral" by a speaker "at the service"; a vote "against X" is answered by a vote whose sentence names X; a vote
planned by "Colombia's Congress" and told done by "Colombian lawmakers" is one event. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.happened import sentence_topic

from ..stored import stored


@pytest.mark.parametrize(("sentence", "topic", "named"), [
    ("Molefe will attend the swearing-in of the new president in Maseru on Saturday.", "the inauguration", True),
    ("The new president was sworn in on Saturday.", "the inauguration in Maseru", False),
    ("Molefe, who spoke at the service, praised the late leader.", "the funeral", True),
    ("Molefe will attend the summit in Maseru.", "the inauguration", False),
    ("Molefe will attend the inauguration in Maseru.", "the swearing-in", True),
])
def test_round60_a_gathering_is_named_by_its_other_words(sentence: str, topic: str, named: bool) -> None:
    assert sentence_topic(sentence, topic) is named


_PLAN = ("BOGOTA, March 5 (Wire) - Colombia's Congress will vote next Thursday on a motion to censure Defence Minister "
         "Ramiro Ochoa over a deadly border raid, party leaders agreed on Thursday.", date(2026, 3, 5))
_DONE = ("BOGOTA, March 12 (Wire) - Colombian lawmakers on Thursday rejected a motion to censure Defence Minister Ramiro "
         "Ochoa, with 51 voting in favour and 70 against.", date(2026, 3, 12))


@pytest.mark.slow
def test_round60_a_planned_vote_and_the_members_vote_are_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in votes] == \
        [("Congress of Colombia", "happened", "2026-03-12", 2)]


@pytest.mark.slow
def test_round60_a_vote_against_a_person_is_open_then_resolved_by_the_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    question = "Will Colombia's Congress vote on the censure motion against Ramiro Ochoa by March 20, 2026?"
    early = ask(store, question, date(2026, 3, 5))
    assert early.resolution is None and early.probability is not None and 0.2 < early.probability < 0.9
    late = ask(store, question, date(2026, 3, 12))
    assert (late.answer, late.resolution) == ("yes", "yes")
    assert late.cited is not None and "Ochoa" in late.cited.sentence


@pytest.mark.slow
def test_round60_a_visit_cut_short_spans_from_the_planned_first_day_to_the_day_it_ended(tmp_path: Path) -> None:
    plan = ("LIMA, March 5 (Wire) - Peru's president, Rosa Llanos, will begin a three-day state visit to Ecuador on "
            "Monday, her office said on Thursday.", date(2026, 3, 5))
    cut = ("QUITO, March 10 (Wire) - Peru's president, Rosa Llanos, cut short her state visit to Ecuador on Tuesday "
           "after floods hit the north of her country.", date(2026, 3, 10))
    store = stored(tmp_path, [plan, cut])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.status, e.date.value, e.date.end_value, len(e.evidence)) for e in visits] == \
        [("happened", "2026-03-09", "2026-03-10", 2)]


@pytest.mark.slow
def test_round60_a_states_signing_planned_on_a_visit_is_done_by_its_presidents(tmp_path: Path) -> None:
    plan = ("HARARE, March 9 (Wire) - Mozambican President Tomas Mabote will arrive in Harare on Wednesday for a "
            "two-day state visit during which the two countries are expected to sign a rail agreement, officials said. "
            "Mabote will hold talks with Zimbabwean President Farai Moyo.", date(2026, 3, 9))
    done = ("HARARE, March 12 (Wire) - Zimbabwe and Mozambique put pen to paper on Thursday on a rail agreement. The "
            "agreement was signed at State House in Harare by Presidents Farai Moyo and Tomas Mabote.", date(2026, 3, 12))
    store = stored(tmp_path, [plan, done])
    signs = [e for e in store.events() if e.action == "sign"]
    assert [(e.status, e.date.value) for e in signs] == [("happened", "2026-03-12")]
    question = "Will Zimbabwe and Mozambique sign a rail agreement by March 31, 2026?"
    early = ask(store, question, date(2026, 3, 9))
    assert early.resolution is None and early.answer == "yes"
    assert ask(store, question, date(2026, 3, 12)).resolution == "yes"


@pytest.mark.slow
def test_round60_a_summit_of_two_states_called_off_is_the_third_party_host_plan(tmp_path: Path) -> None:
    plan = ("DAR ES SALAAM, March 9 (Wire) - Tanzanian President Neema Kisanga will host Ugandan President Peter Okello "
            "and Kenyan President David Mwangi in Arusha on Saturday for talks on a border dispute, her office said.",
            date(2026, 3, 9))
    off = ("ARUSHA, March 13 (Wire) - A summit between the leaders of Uganda and Kenya due to take place in Arusha on "
           "Saturday has been called off, Tanzanian officials said.", date(2026, 3, 13))
    store = stored(tmp_path, [plan, off])
    hosts = [e for e in store.events() if e.action == "host"]
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in hosts] == \
        [("Neema Kisanga", "cancelled", "2026-03-14", 2)]
    assert not [e for e in store.events() if e.action == "meet"]
    question = "Will David Mwangi meet Peter Okello in Arusha by March 20, 2026?"
    assert ask(store, question, date(2026, 3, 9)).resolution is None
    assert ask(store, question, date(2026, 3, 13)).resolution == "no"


_HOUSE_PLAN = ("WASHINGTON, March 9 (Wire) - The U.S. House of Representatives will vote on Friday on a stopgap funding "
               "bill, the majority leader said on Monday.", date(2026, 3, 9))
_HOUSE_DONE = ("WASHINGTON, March 12 (Wire) - The House passed a short-term spending measure on Thursday, a day earlier "
               "than planned.", date(2026, 3, 12))


@pytest.mark.slow
def test_round60_a_chamber_vote_told_in_other_words_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [_HOUSE_PLAN, _HOUSE_DONE])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in votes] == \
        [("Congress of United States", "happened", "2026-03-12", 2)]


@pytest.mark.slow
def test_round60_a_legislature_asked_with_no_state_is_the_one_stored(tmp_path: Path) -> None:
    store = stored(tmp_path, [_HOUSE_PLAN, _HOUSE_DONE])
    asked = ask(store, "Will the House pass the stopgap funding bill by March 31, 2026?", date(2026, 3, 12))
    assert asked.resolution == "yes"
    senate = ask(store, "Will the Senate pass the stopgap funding bill by March 31, 2026?", date(2026, 3, 12))
    assert senate.resolution is None
    assert ask(store, "Will the Knesset pass the stopgap funding bill by March 31, 2026?", date(2026, 3, 12)).event is None


@pytest.mark.slow
def test_round60_a_resignation_denied_then_made_is_one_event_with_its_history(tmp_path: Path) -> None:
    texts = [
        ("ROME, March 3 (Wire) - Culture Minister Paolo Riva is expected to resign as early as this week, two coalition "
         "sources said on Tuesday.", date(2026, 3, 3)),
        ("ROME, March 4 (Wire) - Culture Minister Paolo Riva on Wednesday denied that he planned to step down.",
         date(2026, 3, 4)),
        ("ROME, March 10 (Wire) - Paolo Riva resigned as culture minister on Tuesday. Prime Minister Anna Conti "
         "accepted his resignation, her office said.", date(2026, 3, 10)),
    ]
    store = stored(tmp_path, texts)
    resignations = [e for e in store.events() if e.action == "resign"]
    assert [(e.status, e.date.value) for e in resignations] == [("happened", "2026-03-10")]
    assert [h.status for h in resignations[0].history] == ["planned", "denied", "happened"]
    assert ask(store, "Will Paolo Riva resign by March 31, 2026?", date(2026, 3, 10)).resolution == "yes"


@pytest.mark.slow
def test_round60_a_snap_election_answers_a_federal_election_question(tmp_path: Path) -> None:
    text = ("OTTAWA, March 8 (Wire) - Prime Minister Marc Lavoie called a snap election for May 11 on Sunday.",
            date(2026, 3, 8))
    store = stored(tmp_path, [text])
    asked = ask(store, "Will Canada hold a federal election by May 31, 2026?", date(2026, 3, 8))
    assert asked.event is not None and asked.resolution is None and asked.answer == "yes"


@pytest.mark.parametrize("question", [
    "Will the USS Ranger arrive in Busan by March 31, 2026?",
    "Will the USS Ranger arrive at Busan by March 31, 2026?",
    "Will the USS Ranger dock in Busan by March 31, 2026?",
])
def test_round60_arriving_at_a_place_is_asked_as_a_visit(question: str) -> None:
    from dateline.reason.question import parse_question

    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == ("USS Ranger", "visit", "Busan")


@pytest.mark.slow
def test_round60_a_ship_arrival_question_resolves_with_the_arrival(tmp_path: Path) -> None:
    plan = ("SEOUL, March 24 (Wire) - The US aircraft carrier USS Ranger will arrive in Busan on Saturday for a "
            "five-day port call, the navy said on Tuesday.", date(2026, 3, 24))
    done = ("SEOUL, March 28 (Wire) - The USS Ranger arrived in Busan on Saturday, the navy said.", date(2026, 3, 28))
    store = stored(tmp_path, [plan, done])
    question = "Will the USS Ranger arrive in Busan by March 31, 2026?"
    assert ask(store, question, date(2026, 3, 24)).resolution is None
    assert ask(store, question, date(2026, 3, 28)).resolution == "yes"


@pytest.mark.slow
def test_round60_a_state_putting_off_its_minister_trip_changes_the_minister_plan(tmp_path: Path) -> None:
    plan = ("SEOUL, Oct 19 (Wire) - South Korean Defence Minister Cho Min-ho will visit Tokyo on Thursday, the ministry "
            "said on Monday.", date(2026, 10, 19))
    off = ("SEOUL, Oct 21 (Wire) - South Korea has put off its defence minister's planned trip to Tokyo this week, the "
           "ministry said on Wednesday.", date(2026, 10, 21))
    store = stored(tmp_path, [plan, off])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.actor.name, e.status, len(e.evidence)) for e in visits] == [("Cho Min-ho", "postponed", 2)]
    question = "Will Cho Min-ho visit Tokyo by October 31, 2026?"
    assert ask(store, question, date(2026, 10, 21)).answer == "no"
