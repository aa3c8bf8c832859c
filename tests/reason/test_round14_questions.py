"""Questions, round 14 (from fresh-article audit 25): a meeting that happened answers no question about a gathering
that only its plan's sentence named ("will fly to Addis Ababa to hold talks with X and to attend a session of the
council"; then "met X in Addis Ababa on Wednesday. She did not attend the session"); a reception answers no question
about a dinner (an occasion named in the question must be named where the event's current status is told); "march",
"walk out" and "hold a rally" ask for a protest; "The Hague" takes no second article; "attend the inauguration of X"
finds a guest's attendance of X's occasion told in X's article, X being no partner.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question, place_phrase

from ..stored import stored

PLAN = """Dutch minister to visit Ethiopia

Nairobi, March 3 (Wire) - Dutch Foreign Minister Lotte Verbeek will fly to Addis Ababa on March 11 to hold talks with
Prime Minister Abiy Ahmed and to attend a session of the regional water council.
"""

REPORT = """Verbeek meets Abiy

Addis Ababa, March 11 (Wire) - Dutch Foreign Minister Lotte Verbeek met Prime Minister Abiy Ahmed in Addis Ababa on
Wednesday. Verbeek did not attend the session of the regional water council, after the meeting was postponed to
next week.
"""


@pytest.mark.slow
def test_meeting_that_happened_does_not_answer_the_gathering_named_with_its_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [(PLAN, date(2026, 3, 3)), (REPORT, date(2026, 3, 11))])
    answer = ask(store, "Will Lotte Verbeek attend the session of the regional water council by March 12?",
                 as_of=date(2026, 3, 13))
    assert answer.resolution != "yes" and answer.answer != "yes", answer.reason
    met = ask(store, "Will Lotte Verbeek meet Abiy Ahmed by March 12?", as_of=date(2026, 3, 13))
    assert met.resolution == "yes"


DINNER_PLAN = """Kenyan leader to host Dutch minister

Nairobi, March 3 (Wire) - Dutch Foreign Minister Lotte Verbeek is scheduled to arrive in Nairobi on March 9. President
Samuel Kiprono will host a state dinner for Verbeek on March 9.
"""

RECEIVED = """Kiprono receives Verbeek

Nairobi, March 9 (Wire) - President Samuel Kiprono received Dutch Foreign Minister Lotte Verbeek at State House.
"""


@pytest.mark.slow
def test_reception_is_no_dinner(tmp_path: Path) -> None:
    store = stored(tmp_path, [(DINNER_PLAN, date(2026, 3, 3)), (RECEIVED, date(2026, 3, 9))])
    dinner = ask(store, "Will Samuel Kiprono host a dinner for Lotte Verbeek by March 10, 2026?", as_of=date(2026, 3, 10))
    assert dinner.resolution != "yes", dinner.reason
    hosted = ask(store, "Will Samuel Kiprono host Lotte Verbeek by March 10, 2026?", as_of=date(2026, 3, 10))
    assert hosted.resolution == "yes", hosted.reason


@pytest.mark.parametrize("question,actor,action", [
    ("Will dock workers march in The Hague by May 14, 2026?", "dock workers", "protest"),
    ("Will the nurses walk out by June 1, 2026?", "nurses", "protest"),
    ("Will the dockers hold a rally in Antwerp by June 1, 2026?", "dockers", "protest"),
])
def test_march_and_walkout_questions_ask_for_a_protest(question: str, actor: str, action: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action) == (actor, action)


def test_place_named_with_its_own_article_takes_no_second_one() -> None:
    assert (place_phrase("The Hague"), place_phrase("Joint Security Area")) == ("The Hague", "the Joint Security Area")


SWEARING_IN = ("Malawi swears in new president\n\nLilongwe, May 4 (Wire) - President-elect Ruth Chisale will be sworn "
               "in on Saturday in Lilongwe, the electoral commission said. Zambian President Peter Banda is expected "
               "to attend the inauguration.\n")


@pytest.mark.slow
def test_attend_the_inauguration_of_a_person_finds_the_guest_of_that_persons_occasion(tmp_path: Path) -> None:
    store = stored(tmp_path, [(SWEARING_IN, date(2026, 5, 4))])
    answer = ask(store, "Will Peter Banda attend the inauguration of Ruth Chisale?", as_of=date(2026, 5, 5))
    assert answer.event is not None and answer.event.actor.name == "Peter Banda", answer.reason
    other = ask(store, "Will Peter Banda attend the funeral of Ruth Chisale?", as_of=date(2026, 5, 5))
    assert other.event is None
