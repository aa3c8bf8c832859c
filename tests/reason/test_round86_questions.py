"""Round 86 (session 72): questions from audits 318-323: a bloc asked by its acronym, a release asked of the state that
makes it, and a vote whose postponement is denied. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round86_a_gathering_asked_by_its_bodys_acronym_finds_it_told_in_full(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MUSCAT, June 1 (Wire) - Oman's Deputy Prime Minister Badr al-Saadi will attend the annual Gulf Cooperation "
         "Council summit in Manama on Wednesday, the foreign ministry said.", date(2026, 6, 1))])
    answer = ask(store, "Will Badr al-Saadi attend the GCC summit in Manama?", as_of=date(2026, 6, 1))
    assert answer.event is not None and answer.answer == "yes", answer.reason
    other = ask(store, "Will Badr al-Saadi attend the Arab League summit?", as_of=date(2026, 6, 1))
    assert other.answer == "unknown", other.reason


@pytest.mark.slow
def test_round86_a_release_asked_of_the_state_is_answered_by_the_person_freed(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CARACAS, June 3 (Wire) - Venezuela released American businessman Thomas Brennan on Tuesday, the State "
         "Department said.", date(2026, 6, 3))])
    answer = ask(store, "Will Venezuela release Thomas Brennan by June 10, 2026?", as_of=date(2026, 6, 3))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round86_a_denied_postponement_is_no_doubt_on_the_vote(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, Jan 10 (Wire) - Zambia will hold general elections on August 13, the electoral commission said.",
         date(2026, 1, 10)),
        ("LUSAKA, March 4 (Wire) - Zambia's government on Wednesday denied reports that it planned to postpone the "
         "August 13 general elections, saying the vote would go ahead as scheduled.", date(2026, 3, 4))])
    answer = ask(store, "Will Zambia hold general elections by August 31, 2026?", as_of=date(2026, 3, 4))
    assert answer.answer == "yes" and answer.probability is not None and answer.probability > 0.5, answer.reason


@pytest.mark.slow
def test_round86_a_plan_told_after_an_attributed_lede_is_that_sources_word(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GENEVA, June 1 (Wire) - WHO Director-General Samuel Adeyemi will visit the Democratic Republic of Congo this "
         "week, the agency said on Monday. He is then due to fly to Goma on Friday to visit treatment centres in North "
         "Kivu province.", date(2026, 6, 1))])
    answer = ask(store, "Will Samuel Adeyemi visit Goma by June 6, 2026?", as_of=date(2026, 6, 1))
    assert answer.answer == "yes" and answer.probability is not None and answer.probability > 0.5, answer.reason
    assert answer.features["official"] == 1.0


@pytest.mark.slow
def test_round86_a_rumoured_lede_lends_no_official_word(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("GENEVA, June 1 (Wire) - WHO Director-General Samuel Adeyemi is reportedly considering a trip to Congo, a "
         "newspaper said on Monday. He is due to fly to Goma on Friday, the paper said.", date(2026, 6, 1))])
    answer = ask(store, "Will Samuel Adeyemi visit Goma by June 6, 2026?", as_of=date(2026, 6, 1))
    assert answer.features.get("official", 0.0) == 0.0, answer.reason
