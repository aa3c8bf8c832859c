"""Round 43 (audits 101-104): a legislature asked by its own qualified name ("Ecuador's National Assembly") is the stored
parliament; a titled teller named after the title ("Speaker X said", "his chief of staff said") is an official source;
a name's acronym in brackets asks for the name's events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.forecast import cue_hits

from ..stored import stored

pytestmark = pytest.mark.slow


def test_round43_a_legislature_asked_by_its_qualified_name_is_the_stored_parliament(tmp_path: Path) -> None:
    plan = ("Bolivia's National Assembly will vote next Thursday on the mining bill.", date(2027, 5, 4))
    answer = ask(stored(tmp_path, [plan]), "Will Bolivia's National Assembly vote on the mining bill by May 31, 2027?",
                 date(2027, 5, 5))
    assert answer.event is not None and answer.event.actor.name == "Parliament of Bolivia"


@pytest.mark.parametrize("sentence", [
    "Parliament will vote on Saturday on the amendment, Speaker Halima Warsame said on Wednesday.",
    "Spokesman Karim Saleh said the talks would take place on Monday.",
    "The president will travel to Riga next Tuesday, his chief of staff said on Wednesday.",
])
def test_round43_a_titled_teller_named_after_the_title_is_an_official_source(sentence: str) -> None:
    assert cue_hits(sentence, "official") >= 1


@pytest.mark.parametrize("sentence", ["President Ana Costa said she would go.",
                                      "The vote will be on May 9, the Lusaka Elections Office said on Monday."])
def test_round43_other_tellers_keep_their_own_reading(sentence: str) -> None:
    assert cue_hits(sentence, "official") == (1 if "Office" in sentence else 0)


def test_round43_a_named_body_asked_by_its_acronym_finds_its_plan(tmp_path: Path) -> None:
    text = ("Lesotho will host an extraordinary summit of the Southern African Development Community (SADC) on May 20. "
            "SADC leaders last met in Harare in March.")
    answer = ask(stored(tmp_path, [(text, date(2027, 5, 6))]), "Will Lesotho host the SADC summit by May 31, 2027?",
                 date(2027, 5, 7))
    assert answer.event is not None and answer.event.action == "host" and answer.answer != "no"


def test_round43_the_day_a_meeting_was_announced_is_no_close_date(tmp_path: Path) -> None:
    from dateline.reason.propose import propose_as_announced

    text = ("Intergovernmental consultations between Austria and Slovenia will take place in Graz, the Austrian "
            "government said on Friday. Chancellor Lena Gruber will attend.")
    store = stored(tmp_path, [(text, date(2027, 5, 21))])
    assert [p.question for p in propose_as_announced(store)] == []
