"""Round 89 (session 75): stories across articles from audits 349-353. Sentences and names are our own. June 1, 2026 is
a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
def test_round89_an_easing_done_days_earlier_than_a_named_announcer_said_is_the_plan_done(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("VILNIUS, June 3 (Wire) - The U.S. Treasury will lift sanctions on Belarusian airline Belavia on June 12, U.S. "
         "envoy Richard Cole said on Wednesday.", date(2026, 6, 3)),
        ("WASHINGTON, June 9 (Wire) - The U.S. Treasury on Tuesday removed Belavia from its sanctions list, three days "
         "earlier than Washington had announced.", date(2026, 6, 9))]).events()
    assert [(e.action, e.actor.name, e.status, e.date.value, e.articles()) for e in events] == [
        ("ease", "United States", "happened", "2026-06-09", 2)]


@pytest.mark.slow
def test_round89_a_withdrawal_put_off_and_then_done_by_forces_flying_out_is_done(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("LISBON, June 1 (Wire) - Portugal will withdraw its 180 troops from the Central African Republic on June 5.",
         date(2026, 6, 1)),
        ("LISBON, June 3 (Wire) - Portugal has postponed the withdrawal of its troops from the Central African Republic "
         "by two weeks, to June 19.", date(2026, 6, 3)),
        ("BANGUI, June 20 (Wire) - The last Portuguese soldiers serving with the U.N. mission in the Central African "
         "Republic flew out of Bangui on Friday.", date(2026, 6, 20))]).events()
    assert [(e.action, e.actor.name, e.status, e.date.value, e.articles()) for e in events] == [
        ("withdraw", "Portugal", "happened", "2026-06-19", 3)]


@pytest.mark.slow
def test_round89_a_bill_passed_on_the_day_of_a_denied_censure_vote_is_another_vote(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("LIMA, June 1 (Wire) - Peru's Congress will vote on Thursday on a motion to censure Prime Minister Julio "
         "Salaverry, two opposition lawmakers said.", date(2026, 6, 1)),
        ("LIMA, June 2 (Wire) - The president of Peru's Congress, Rosa Palomino, on Tuesday denied reports that "
         "lawmakers would vote this week on a censure motion against Prime Minister Julio Salaverry.", date(2026, 6, 2)),
        ("LIMA, June 5 (Wire) - Peru's Congress approved a bill on Thursday extending fishing rights for artisanal "
         "fishermen.", date(2026, 6, 5))]).events()
    votes = sorted((e.what or "", e.status) for e in events if e.action == "vote")
    assert votes == [("bill", "happened"), ("censure motion", "denied")]


@pytest.mark.slow
def test_round89_a_government_cancelling_its_parliaments_vote_on_a_named_agreement_cancels_it(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("OSLO, June 3 (Wire) - The Norwegian parliament will vote on ratifying the fisheries agreement with Iceland on "
         "June 16, the presidium announced on Wednesday.", date(2026, 6, 3)),
        ("OSLO, June 12 (Wire) - Norway's government on Friday withdrew its proposal to ratify the fisheries agreement "
         "with Iceland, cancelling the parliamentary vote that had been set for next Tuesday.", date(2026, 6, 12))]).events()
    assert [(e.action, e.actor.name, e.status, e.date.value, e.articles()) for e in events] == [
        ("vote", "Parliament of Norway", "cancelled", "2026-06-16", 2)]
