"""Round 63 (session 49): "Will X swear in the new service chiefs?" asks X's act of swearing others in; a meeting moved
to another city answers "no" for the old city once it was held elsewhere; a plan put off to a day after the window is
at most 0.15; "East African leaders" are the stored East African Community. Sentences and names are our own.
March 9, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import POSTPONED_OUTSIDE_AT, ask
from dateline.reason.question import parse_question

from ..stored import stored


def test_round63_swearing_in_others_is_asked_as_the_leaders_act() -> None:
    pattern = parse_question("Will Hakainde Mwale swear in the new service chiefs by March 15, 2026?")
    assert (pattern.actor, pattern.action) == ("Hakainde Mwale", "swear_in")


def test_round63_being_sworn_in_stays_the_persons_own() -> None:
    assert parse_question("Will Hakainde Mwale be sworn in as president by March 15, 2026?").action == "inaugurate"


@pytest.mark.slow
def test_round63_a_swearing_in_of_others_is_open_then_resolved(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 9 (Wire) - Zambian President Hakainde Mwale will swear in the new service chiefs on Thursday at "
         "State House in Lusaka, his spokesman said on Monday.", date(2026, 3, 9)),
        ("LUSAKA, March 12 (Wire) - Mwale on Thursday swore in Zambia's newly appointed military chiefs at State House "
         "in Lusaka.", date(2026, 3, 12)),
    ])
    question = "Will Hakainde Mwale swear in the new service chiefs by March 15, 2026?"
    before = ask(store, question, date(2026, 3, 9))
    assert before.resolution is None and before.probability is not None and before.probability >= 0.5
    after = ask(store, question, date(2026, 3, 12))
    assert after.resolution == "yes" and after.cited is not None and "swore in" in after.cited.sentence


_MOVED_TALKS = [
    ("DUBAI, March 2 (Wire) - U.S. envoy Mark Halvorsen and Iranian Foreign Minister Reza Araqzadeh will hold a second "
     "round of talks in Muscat on Saturday, Iran's foreign ministry said on Monday.", date(2026, 3, 2)),
    ("DUBAI, March 4 (Wire) - Saturday's talks between Iran and the United States will take place in Rome rather than "
     "Muscat, Italy's foreign minister said on Wednesday.", date(2026, 3, 4)),
    ("ROME, March 7 (Wire) - Halvorsen and Araqzadeh held about four hours of indirect talks in the Italian capital on "
     "Saturday and agreed to meet again next week, both sides said.", date(2026, 3, 7)),
]


@pytest.mark.slow
def test_round63_talks_moved_and_held_elsewhere_answer_no_for_the_old_city(tmp_path: Path) -> None:
    store = stored(tmp_path, _MOVED_TALKS)
    first = ask(store, "Will Mark Halvorsen meet Reza Araqzadeh in Muscat by March 8, 2026?", date(2026, 3, 2))
    assert first.resolution is None
    last = ask(store, "Will Mark Halvorsen meet Reza Araqzadeh in Muscat by March 8, 2026?", date(2026, 3, 7))
    assert last.answer == "no"
    rome = ask(store, "Will Halvorsen meet Araqzadeh in Rome by March 8, 2026?", date(2026, 3, 7))
    assert rome.resolution == "yes"


@pytest.mark.slow
def test_round63_a_hearing_put_off_past_the_window_is_a_confident_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, March 2 (Wire) - Businessman Pavel Orlovsky will appear at Westminster Magistrates' Court on "
         "Wednesday for a hearing on a request to extradite him, his lawyers said on Monday.", date(2026, 3, 2)),
        ("LONDON, March 4 (Wire) - A British judge on Wednesday adjourned the extradition hearing of Pavel Orlovsky "
         "until April 20, after his defence team said it had received new evidence.", date(2026, 3, 4)),
    ])
    answer = ask(store, "Will Pavel Orlovsky's extradition hearing be held by March 31, 2026?", date(2026, 3, 4))
    assert answer.resolution is None and answer.probability is not None
    assert answer.probability <= POSTPONED_OUTSIDE_AT


@pytest.mark.slow
def test_round63_a_blocs_leaders_are_the_stored_bloc(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, March 2 (Wire) - Heads of state of the East African Community will hold an extraordinary summit in "
         "Nairobi on March 21, the bloc's secretariat said.", date(2026, 3, 2)),
        ("NAIROBI, March 21 (Wire) - East African leaders met in Nairobi on Saturday and called for a ceasefire.",
         date(2026, 3, 21)),
    ])
    answer = ask(store, "Will East African leaders meet in Nairobi by March 31, 2026?", date(2026, 3, 21))
    assert answer.resolution == "yes"


def test_round63_calling_a_snap_election_is_asked_as_the_call() -> None:
    pattern = parse_question("Will Sanae Takaichi call a snap election by March 31, 2026?")
    assert (pattern.actor, pattern.action) == ("Sanae Takaichi", "call_election")


def test_round63_calling_a_person_stays_a_phone_call() -> None:
    assert parse_question("Will Sanae Takaichi call Lee Jae Myung by March 31, 2026?").action == "call"


@pytest.mark.slow
def test_round63_an_election_call_is_open_then_resolved_and_its_election_is_one_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TOKYO, March 6 (Wire) - Japanese Prime Minister Sanae Takaichi will call a snap election next week, officials "
         "said on Friday.", date(2026, 3, 6)),
        ("TOKYO, March 9 (Wire) - Takaichi on Monday called a snap election for April 26, dissolving the lower house.",
         date(2026, 3, 9)),
    ])
    question = "Will Sanae Takaichi call a snap election by March 31, 2026?"
    assert ask(store, question, date(2026, 3, 6)).resolution is None
    after = ask(store, question, date(2026, 3, 9))
    assert after.resolution == "yes" and after.cited is not None and "called a snap election" in after.cited.sentence
    votes = [(e.actor.name, e.date.value, len(e.evidence)) for e in store.events() if e.action == "vote"]
    assert votes == [("Japan", "2026-04-26", 2)]


@pytest.mark.slow
def test_round63_a_deputy_leading_the_delegation_told_of_the_country_attends_the_summit_in_its_city(
        tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BRASILIA, March 2 (Wire) - Brazilian President Luiz Inacio Lula da Silva will travel to Asuncion on Thursday "
         "to attend the Mercosur summit, the foreign ministry said on Monday.", date(2026, 3, 2)),
        ("ASUNCION, March 5 (Wire) - Brazil's president did not travel to Paraguay for Thursday's Mercosur summit, and "
         "Vice President Geraldo Alckmin led the Brazilian delegation instead, officials said.", date(2026, 3, 5)),
    ])
    answer = ask(store, "Will Geraldo Alckmin attend the Mercosur summit in Asuncion?", date(2026, 3, 5))
    assert answer.resolution == "yes"
    lula = ask(store, "Will Luiz Inacio Lula da Silva attend the Mercosur summit in Asuncion?", date(2026, 3, 5))
    assert lula.resolution == "no"
