"""Round 65 (session 51): a state's planned signing told with its signers ("is to be signed by X and Y") joins the
signing reported done; a port call put off and "now expected" in a later month, then made, is one visit whose
history keeps the plan and the new time, and a report's own "had been postponed from late April" is that visit's past.
Sentences and names are our own. March 10, 2025 and April 21, 2025 are Mondays.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round65_a_states_signing_with_its_signers_joins_the_signing_done(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, March 10 (Wire) - The Philippines and Japan will sign a coast guard cooperation pact on Thursday, the "
         "Philippine foreign ministry said on Monday. The pact is to be signed by Philippine Foreign Secretary Lourdes "
         "Magno and Japanese Foreign Minister Daichi Ono, who will be in Manila for the ceremony.", date(2025, 3, 10)),
        ("MANILA, March 13 (Wire) - The Philippines and Japan signed a coast guard cooperation pact on Thursday. The "
         "pact was signed in Manila by Lourdes Magno and Daichi Ono.", date(2025, 3, 13)),
    ])
    signings = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.date.value, [h.status for h in e.history]) for e in signings] == \
        [("Lourdes Magno", "happened", "2025-03-13", ["planned", "happened"])]


@pytest.mark.slow
def test_round65_a_port_call_put_off_then_made_is_one_visit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CHITTAGONG, April 21 (Wire) - The Turkish navy corvette Heybeliada will call at Chittagong next Monday for a "
         "four-day visit, Bangladesh's navy said on Monday.", date(2025, 4, 21)),
        ("DHAKA, April 24 (Wire) - Bangladesh has asked Turkey to delay the port call by the corvette Heybeliada, an "
         "official said on Thursday. The visit is now expected in mid-May, the official said.", date(2025, 4, 24)),
        ("CHITTAGONG, May 16 (Wire) - The Turkish corvette Heybeliada docked in Chittagong on Thursday for a four-day "
         "visit, the navy said on Friday. The visit had been postponed from late April.", date(2025, 5, 16)),
    ])
    events = store.events()
    assert len(events) == 1
    assert (events[0].status, events[0].date.value, len({v.article_id for v in events[0].evidence})) == \
        ("happened", "2025-05-15", 3)
    early = ask(store, "Will the Heybeliada visit Chittagong by April 30?", as_of=date(2025, 4, 25))
    assert early.probability is not None and early.probability < 0.3
    late = ask(store, "Will the Heybeliada visit Chittagong?", as_of=date(2025, 5, 17))
    assert (late.answer, late.resolution) == ("yes", "yes")


@pytest.mark.slow
def test_round65_an_election_call_expected_is_made_by_the_dissolution(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CANBERRA, March 10 (Wire) - Australian Prime Minister Dana Whitlock is expected to dissolve parliament next "
         "week and call an early election, government sources said on Monday.", date(2025, 3, 10)),
        ("CANBERRA, March 18 (Wire) - Prime Minister Dana Whitlock dissolved parliament on Tuesday, setting the stage "
         "for a federal election on April 26.", date(2025, 3, 18)),
    ])
    calls = [e for e in store.events() if e.action == "call_election"]
    assert [(e.actor.name, e.status, e.date.value, [h.status for h in e.history]) for e in calls] == \
        [("Dana Whitlock", "happened", "2025-03-18", ["planned", "happened"])]


@pytest.mark.slow
def test_round65_a_state_funeral_planned_then_held_with_its_guests(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("HELSINKI, March 10 (Wire) - Finland will hold a state funeral for former prime minister Aino Virtanen on "
         "Thursday in Helsinki, the government said on Monday. Estonian Prime Minister Kaja Tamm is among the leaders "
         "expected to attend.", date(2025, 3, 10)),
        ("HELSINKI, March 13 (Wire) - Foreign leaders joined Finns on Thursday in bidding farewell to former prime "
         "minister Aino Virtanen at a state funeral in Helsinki Cathedral. On the sidelines of the ceremony, Kaja Tamm "
         "held talks with Finnish President Mikael Lind.", date(2025, 3, 13)),
    ])
    attend = sorted((e.action, e.actor.name, e.status, e.date.value, len(e.evidence)) for e in store.events()
                    if e.action in ("attend", "funeral"))
    assert attend == [("attend", "Kaja Tamm", "happened", "2025-03-13", 2),
                      ("attend", "Mikael Lind", "happened", "2025-03-13", 1),
                      ("funeral", "Aino Virtanen", "happened", "2025-03-13", 2)]  # (the host met on the sidelines was
    # there too; the dead person's own funeral is no attendance of hers)


@pytest.mark.slow
def test_round65_a_signing_with_a_known_guest_puts_the_guest_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, March 10 (Wire) - The Philippines and Japan will sign a coast guard pact on Thursday, the foreign "
         "ministry said on Monday. The pact is to be signed by Philippine Foreign Secretary Lourdes Magno and Japanese "
         "Foreign Minister Daichi Ono, who will be in Manila for the ceremony.", date(2025, 3, 10)),
        ("MANILA, March 13 (Wire) - The pact was signed in Manila on Thursday by Lourdes Magno and Daichi Ono.",
         date(2025, 3, 13)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.actor.name, e.status, e.date.value, [h.status for h in e.history]) for e in visits] == \
        [("Daichi Ono", "happened", "2025-03-13", ["planned", "happened"])]


@pytest.mark.slow
def test_round65_a_union_named_in_the_next_sentence_is_asked_by_name_and_by_its_workers(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, April 14 (Wire) - Ghana's main labour union called on Monday for a nationwide strike starting on "
         "Wednesday over fuel prices. The Ghana Trades Union Congress said talks with the government had broken down.",
         date(2025, 4, 14)),
    ])
    for question in ("Will the Ghana Trades Union Congress go on strike?", "Will Ghanaian workers go on strike?"):
        answer = ask(store, question, as_of=date(2025, 4, 15))
        assert answer.event is not None and answer.event.action == "protest", question
        assert answer.probability is not None and answer.probability > 0.5, question


@pytest.mark.slow
def test_round65_mediated_talks_are_asked_of_the_sides(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("DOHA, March 10 (Wire) - Qatar will host a new round of talks between Sudan's army and the Rapid Support "
         "Forces on Thursday, the Qatari foreign ministry said on Monday.", date(2025, 3, 10)),
        ("DOHA, March 13 (Wire) - Negotiators from Sudan's army and the Rapid Support Forces sat down for talks in "
         "Doha on Thursday, the mediators said.", date(2025, 3, 13)),
    ])
    before = ask(store, "Will Sudan's army and the Rapid Support Forces hold talks in Doha?", as_of=date(2025, 3, 11))
    assert before.probability is not None and before.probability > 0.5 and not before.resolved
    after = ask(store, "Will Sudan's army and the Rapid Support Forces hold talks in Doha?", as_of=date(2025, 3, 14))
    assert (after.answer, after.resolution) == ("yes", "yes")


@pytest.mark.slow
def test_round65_a_denied_trip_of_an_envoy_named_after_is_one_trip(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ANKARA, March 13 (Wire) - A Turkish envoy will travel to Tehran on Saturday, two diplomatic sources said on "
         "Thursday. The envoy, Deputy Foreign Minister Kemal Aydin, is expected to meet Iranian officials.",
         date(2025, 3, 13)),
        ("ANKARA, March 14 (Wire) - Turkey's foreign ministry on Friday denied reports that Deputy Foreign Minister "
         "Kemal Aydin would travel to Tehran this weekend.", date(2025, 3, 14)),
    ])
    trips = [e for e in store.events() if e.action == "travel"]
    assert [(e.actor.name, e.status, [h.status for h in e.history]) for e in trips] == \
        [("Kemal Aydin", "denied", ["planned", "denied"])]
