"""Round 85 (session 71): questions from audits 312-317: a mediation asked about, a court named by its own name asked
of a defendant's case, talks answered by negotiations, a visit made after a "by" window whose part was put off with
it, and hosting a meeting named by its participants. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize(("question", "actor", "action"), [
    ("Will the AAMS mediate between the Coastal Dock Workers Union and Delta Shipping on June 5, 2026?", "AAMS",
     "mediate"),
    ("Will the Colombo High Court deliver its verdict in Nuwan Perera's trial on June 30, 2026?", "Nuwan Perera",
     "verdict"),
    ("Will the Paris Court of Appeal deliver its verdict in the appeal of Jean Morel by June 30, 2026?", "Jean Morel",
     "verdict"),
    ("Will Zambia's Constitutional Court rule on the election petition by June 30, 2026?",
     "Zambia's Constitutional Court", "ruling"),
])
def test_round85_the_question_reads_its_actor_and_action(question: str, actor: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action) == (actor, action)


@pytest.mark.slow
def test_round85_talks_asked_about_are_answered_by_negotiations_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, June 1 (Wire) - The Kenya Union of Pharmacists will hold talks with the Council of Governors in "
         "Nairobi on Thursday, the union said.", date(2026, 6, 1)),
        ("NAIROBI, June 5 (Wire) - The Kenya Union of Pharmacists resumed wage negotiations with the Council of "
         "Governors in Nairobi on Thursday, the union said.", date(2026, 6, 5)),
        ("NAIROBI, June 13 (Wire) - The Kenya Union of Pharmacists signed a two-year pay agreement with the Council of "
         "Governors on Friday.", date(2026, 6, 13))])
    answer = ask(store, "Will the Kenya Union of Pharmacists hold talks with the Council of Governors by June 8, 2026?",
                 as_of=date(2026, 6, 13))
    assert (answer.resolution, answer.answer) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round85_a_visit_made_after_a_by_window_with_its_meeting_put_off_resolves_no_at_once(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ATHENS, June 1 (Wire) - Greek Foreign Minister Eleni Stavrou will visit the Turkish city of Malatya on "
         "Thursday, the foreign ministry said on Monday. She is due to meet Turkish Interior Minister Kemal Aksu.",
         date(2026, 6, 1)),
        ("ATHENS, June 4 (Wire) - Greek Foreign Minister Eleni Stavrou's visit to Malatya was postponed on Thursday "
         "after heavy snow closed the city's airport, her ministry said. The trip will now take place on Saturday.",
         date(2026, 6, 4)),
        ("MALATYA, Turkey, June 6 (Wire) - Greek Foreign Minister Eleni Stavrou arrived in Malatya on Saturday, two days "
         "later than planned, and walked through the ruins with Turkish Interior Minister Kemal Aksu.",
         date(2026, 6, 6))])
    answer = ask(store, "Will Eleni Stavrou visit Malatya by June 5, 2026?", as_of=date(2026, 6, 6))
    assert (answer.resolution, answer.answer) == ("no", "no"), answer.reason


@pytest.mark.slow
def test_round85_hosting_a_meeting_named_by_its_participants_is_answered_by_the_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("OSLO, June 1 (Wire) - Energy ministers from the five Nordic countries will meet in Oslo on Thursday, the "
         "ministry said. Norwegian Energy Minister Kari Brekke will host the talks, which are also expected to cover "
         "electricity prices.", date(2026, 6, 1)),
        ("OSLO, June 4 (Wire) - Nordic energy ministers met in Oslo on Thursday. Brekke, who hosted the meeting, said the "
         "ministers had agreed to study a shared grid.", date(2026, 6, 4))])
    answer = ask(store, "Will Kari Brekke host the Nordic energy ministers' meeting in Oslo by June 5, 2026?",
                 as_of=date(2026, 6, 4))
    assert answer.answer == "yes", answer.reason


@pytest.mark.slow
def test_round85_an_opening_done_abroad_answers_a_visit_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MOMBASA, Kenya, June 4 (Wire) - Queen Ingrid of Norway opened a maritime training centre in Mombasa on "
         "Wednesday.", date(2026, 6, 4))])
    answer = ask(store, "Will Queen Ingrid visit Mombasa by June 10, 2026?", as_of=date(2026, 6, 4))
    assert (answer.resolution, answer.answer) == ("yes", "yes"), answer.reason
