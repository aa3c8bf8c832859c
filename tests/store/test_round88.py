"""Round 88 (session 74): stories across articles from audits 339-343 (elections, trade talks, disaster relief, strikes,
embassies and consulates). Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
def test_round88_a_third_party_putting_off_talks_of_a_side_it_names_changes_their_plan(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("GENEVA, June 1 (Wire) - Yemen's government and the Houthis will hold peace talks in Geneva on June 11, the UN "
         "envoy said.", date(2026, 6, 1)),
        ("GENEVA, June 8 (Wire) - The United Nations has postponed the Yemen peace talks that were due to open in Geneva "
         "on Thursday, a UN spokesman said.", date(2026, 6, 8))]).events()
    assert [(e.action, e.actor.name, e.status, e.articles()) for e in events] == [("meet", "Yemen", "postponed", 2)]


@pytest.mark.slow
def test_round88_talks_planned_on_a_trip_held_there_make_the_trip(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("ATHENS, June 3 (Wire) - Greek Foreign Minister Nikos Petrakis will travel to the Turkish city of Malatya next "
         "Tuesday to see the damage from the earthquake. Petrakis is scheduled to meet Turkish Interior Minister Selim "
         "Aydin at a coordination centre in the city.", date(2026, 6, 3)),
        ("MALATYA, June 9 (Wire) - Greek Foreign Minister Nikos Petrakis held talks with Turkish Interior Minister Selim "
         "Aydin at the city's emergency coordination centre, then went to a tent camp.", date(2026, 6, 9))]).events()
    assert sorted((e.action, e.status, e.date.value) for e in events) == [
        ("meet", "happened", "2026-06-09"), ("travel", "happened", "2026-06-09")]


@pytest.mark.slow
def test_round88_a_consulate_ordered_shut_and_then_closed_is_one_closure(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("WARSAW, June 3 (Wire) - Poland on Wednesday ordered Russia to close its consulate in Gdansk within two weeks.",
         date(2026, 6, 3)),
        ("GDANSK, June 12 (Wire) - Russia closed its consulate general in Gdansk on Friday, five days before the "
         "deadline set by Warsaw.", date(2026, 6, 12))]).events()
    assert [(e.action, e.actor.name, e.status, e.date.value, e.articles()) for e in events] == [
        ("close", "Russia", "happened", "2026-06-12", 2)]


@pytest.mark.slow
def test_round88_a_hosted_meeting_moved_a_day_and_then_held_is_the_hosts_one_event(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("ACCRA, June 1 (Wire) - Ghana will host a meeting of African trade ministers in Accra next week, the trade "
         "minister said on Monday.", date(2026, 6, 1)),
        ("ACCRA, June 8 (Wire) - A meeting of African trade ministers that Ghana was due to host in Accra on Tuesday will "
         "now open a day later, on Wednesday, because several delegations were held up by flight cancellations.",
         date(2026, 6, 8)),
        ("ACCRA, June 10 (Wire) - African trade ministers meeting in Accra on Wednesday adopted a protocol on digital "
         "trade. The meeting, hosted by Ghana, had been delayed by a day after storms in West Africa grounded several "
         "flights.", date(2026, 6, 10))]).events()
    hosts = [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events
             if e.action == "host"]
    assert hosts == [("Ghana", "happened", "2026-06-10", "Accra")]


@pytest.mark.slow
def test_round88_a_new_day_told_later_than_planned_beside_its_postponement_is_the_day_put_off_to(
        tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("BERLIN, June 1 (Wire) - German Interior Minister Katrin Vogel will visit the flooded city of Passau on "
         "Thursday, her ministry said.", date(2026, 6, 1)),
        ("BERLIN, June 10 (Wire) - German Interior Minister Katrin Vogel will travel to Passau on June 22, more than "
         "two weeks later than first planned, her ministry said. The trip was postponed last week because of an "
         "emergency session of parliament.", date(2026, 6, 10))]).events()
    visits = [(e.status, e.date.value, e.articles()) for e in events if e.action in ("visit", "travel")]
    assert visits == [("postponed", "2026-06-22", 2)]


@pytest.mark.slow
def test_round88_a_head_of_state_calling_off_his_states_talks_there_changes_them(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("BOGOTA, June 1 (Wire) - Colombia's government and the National Liberation Army (ELN) will resume formal peace "
         "negotiations in Havana on June 15, the government's chief negotiator said.", date(2026, 6, 1)),
        ("BOGOTA, June 10 (Wire) - Colombian President Andres Villamil on Wednesday cancelled the round of peace talks "
         "with the ELN that had been scheduled to begin in Havana next week, after an attack on an army base.",
         date(2026, 6, 10))]).events()
    talks = [(e.actor.name, e.status, e.date.value, e.articles()) for e in events if e.action in ("meet", "negotiate")]
    assert talks == [("Colombia", "cancelled", "2026-06-15", 2)]
