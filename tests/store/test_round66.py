"""Round 66 (session 52): a regional group's meeting or summit ("Southeast Asian foreign ministers met in Manila on
Monday", "African leaders opened a delayed summit in Kigali") is the bloc's event told before ("ASEAN foreign ministers
will meet", "The African Union summit ... has been postponed until March 20"); a local recall vote told as planned and
as held is one vote, and questions about it ("Will voters in X vote ...?", "Will X voters recall Mayor Y?") find it.
Sentences and names are our own. April 13, 2026 and March 20, 2026 are a Monday and a Friday; April 8, 2025 a Tuesday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round66_a_regional_groups_meeting_is_the_blocs(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("HANOI, April 8 (Wire) - Foreign ministers of the Association of Southeast Asian Nations will meet in Hanoi on "
         "Monday to discuss fishing rights, Vietnam's foreign ministry said on Wednesday.", date(2026, 4, 8)),
        ("HANOI, April 13 (Wire) - Southeast Asian foreign ministers met in Hanoi on Monday and agreed to set up a "
         "fisheries hotline.", date(2026, 4, 13)),
    ])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence})) for e in meetings] == \
        [("Association of Southeast Asian Nations", "happened", "2026-04-13", 2)]
    answer = ask(store, "Will ASEAN foreign ministers meet in Hanoi?", as_of=date(2026, 4, 14))
    assert (answer.answer, answer.resolution) == ("yes", "yes")


@pytest.mark.slow
def test_round66_a_postponed_bloc_summit_held_by_its_regions_leaders(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 3 (Wire) - African Union heads of state will hold an extraordinary summit in Lusaka on Friday, "
         "the AU Commission said on Tuesday.", date(2026, 3, 3)),
        ("LUSAKA, March 5 (Wire) - The African Union summit that was due to open in Lusaka on Friday has been postponed "
         "until March 20, the AU Commission said on Thursday.", date(2026, 3, 5)),
        ("LUSAKA, March 20 (Wire) - African leaders opened a delayed extraordinary summit in Lusaka on Friday.",
         date(2026, 3, 20)),
    ])
    held = [e for e in store.events() if e.action == "hold"]
    assert [(e.actor.name, e.status, e.date.value, [h.status for h in e.history]) for e in held] == \
        [("African Union", "happened", "2026-03-20", ["planned", "postponed", "happened"])]


@pytest.mark.slow
def test_round66_a_west_african_group_is_never_the_african_union(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, March 3 (Wire) - African Union heads of state will hold a summit in Accra on Friday.", date(2026, 3, 3)),
        ("ACCRA, March 6 (Wire) - West African leaders held a summit in Accra on Friday.", date(2026, 3, 6)),
    ])
    held = sorted((e.actor.name, e.status) for e in store.events() if e.action == "hold")
    assert ("African Union", "happened") not in held, held


@pytest.mark.slow
def test_round66_a_recall_vote_planned_and_held_is_one_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("EUGENE, March 25 (Wire) - Voters in Eugene will decide on April 8 whether to recall Mayor Colleen Marsh, the "
         "county elections office said on Tuesday.", date(2025, 3, 25)),
        ("By Dana Kell\n\nEUGENE, April 9 (Wire) - Eugene Mayor Colleen Marsh was removed from office in a recall "
         "election on Tuesday, with 57 percent of voters backing her ouster.", date(2025, 4, 9)),
    ])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.status, e.date.value, e.place.name if e.place else None, [c.name for c in e.counterparts],
             len({v.article_id for v in e.evidence})) for e in votes] == \
        [("happened", "2025-04-08", "Eugene", ["Colleen Marsh"], 2)]
    early = ask(store, "Will voters in Eugene vote on recalling Mayor Colleen Marsh?", as_of=date(2025, 3, 26))
    assert early.answer == "yes" and early.probability is not None and early.probability > 0.5 and not early.resolved
    late = ask(store, "Will Eugene voters recall Mayor Colleen Marsh?", as_of=date(2025, 4, 10))
    assert (late.answer, late.resolution) == ("yes", "yes")


def test_round66_a_vote_asked_on_a_day_takes_the_day_as_its_window() -> None:
    from dateline.reason.question import parse_question

    pattern = parse_question("Will voters in Moldova vote on April 8?")
    assert (pattern.window.kind, pattern.window.text, pattern.what) == ("on", "April 8", None)
    town = parse_question("Will Eugene voters recall Mayor Colleen Marsh?")
    assert (town.action, town.actor) == ("dismissed", "Mayor Colleen Marsh")
    local = parse_question("Will voters in Eugene vote on recalling Mayor Colleen Marsh?")
    assert (local.actor, local.place) == ("United States", "Eugene")


@pytest.mark.slow
def test_round66_the_leaders_of_two_states_are_their_known_heads(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ADDIS ABABA, Oct 3 (Wire) - Ethiopian Prime Minister Dawit Bekele and Somali President Hassan Warsame will "
         "meet in Nairobi next Friday, Ethiopia's foreign ministry said on Friday.", date(2025, 10, 3)),
        ("NAIROBI, Oct 10 (Wire) - The leaders of Ethiopia and Somalia met in Nairobi on Friday. Prime Minister Dawit "
         "Bekele and President Hassan Warsame held three hours of talks at State House.", date(2025, 10, 10)),
    ])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, e.status, e.date.value) for e in meetings] == [("Dawit Bekele", "happened", "2025-10-10")]


@pytest.mark.slow
def test_round66_a_confidence_vote_faced_then_postponed_then_lost_is_one_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("PRAGUE, May 6 (Wire) - The Czech government of Prime Minister Pavel Novak will face a confidence vote in "
         "parliament next Tuesday, the speaker of the lower house said on Tuesday.", date(2025, 5, 6)),
        ("PRAGUE, May 9 (Wire) - The confidence vote on Prime Minister Pavel Novak's government has been postponed to "
         "Thursday, May 15, the speaker's office said on Friday.", date(2025, 5, 9)),
        ("PRAGUE, May 15 (Wire) - Czech Prime Minister Pavel Novak lost a confidence vote in parliament on Thursday.",
         date(2025, 5, 15)),
    ])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value, [h.status for h in e.history]) for e in votes] == \
        [("Parliament of Czechia", "happened", "2025-05-15", ["planned", "postponed", "happened"])]


@pytest.mark.slow
def test_round66_a_meeting_called_off_calls_off_the_journey_for_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BRASILIA, May 4 (Wire) - Brazil's Trade Minister Carlos Menezes will fly to Buenos Aires on Friday for talks "
         "with Argentine Economy Minister Lucia Ferraro, officials said.", date(2026, 5, 4)),
        ("BUENOS AIRES, May 7 (Wire) - A planned meeting between Brazil's Trade Minister Carlos Menezes and Argentine "
         "Economy Minister Lucia Ferraro has been cancelled, the Argentine economy ministry said on Thursday.",
         date(2026, 5, 7)),
    ])
    assert [(e.actor.name, e.action, e.status, e.date.value) for e in store.events()] == \
        [("Carlos Menezes", "travel", "cancelled", "2026-05-08")]
    answer = ask(store, "Will Carlos Menezes meet Lucia Ferraro?", as_of=date(2026, 5, 8))
    assert (answer.answer, answer.resolution) == ("no", "no")


@pytest.mark.slow
def test_round66_a_referendum_postponed_is_the_referendum_planned(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LILONGWE, April 7 (Wire) - Malawi will hold a referendum on June 14 on a proposal to create a senate, the "
         "Malawi Electoral Commission announced on Monday.", date(2025, 4, 7)),
        ("LILONGWE, May 20 (Wire) - Malawi's referendum on creating a senate has been postponed to August 23, the "
         "Malawi Electoral Commission said on Tuesday.", date(2025, 5, 20)),
    ])
    assert [(e.status, e.date.value, [h.status for h in e.history]) for e in store.events()] == \
        [("postponed", "2025-08-23", ["planned", "postponed"])]


@pytest.mark.slow
def test_round66_the_prime_ministers_own_word_is_an_official_cue(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SOFIA, May 15 (Wire) - Bulgarian Prime Minister Stefan Dimitrov lost a no-confidence vote in parliament on "
         "Thursday. The prime minister said he would hand his resignation to the president on Monday.",
         date(2025, 5, 15)),
    ])
    answer = ask(store, "Will Stefan Dimitrov resign?", as_of=date(2025, 5, 16))
    assert answer.answer == "yes" and answer.probability is not None and answer.probability > 0.5
