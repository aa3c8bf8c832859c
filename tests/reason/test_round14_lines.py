"""Event lines of briefs and timelines, round 14 (audit 25 briefs): every action family reads as English ("leaves
Lima", "negotiates with X", "is sworn in as president", "testifies before the finance committee", "gets a
verdict"), a journey with no place is no journey to a person ("arrives for talks with X", not "arrives in X"), a site
takes "at" ("meets X at State House"), and an attribution with a nationality leaves no stray adjective ("Kenyan
officials said Ruto would ..." is "Ruto would ..."); a synopsis sentence loses a live update's time stamp.
"""

from __future__ import annotations

import pytest

from dateline.model import ActorRef, DateValue, EventRecord, PlaceRef
from dateline.reason.event_lines import event_line
from dateline.reason.takeaways import compress

RUIZ = ActorRef("Ana Ruiz", "person", "President", "Peru")
CHO = ActorRef("Cho Hyun", "person", "Foreign Minister", "South Korea")
CHILE = ActorRef("Chile", "country", None, "Chile")
LIMA = PlaceRef("Lima", "city", "Peru")
HOUSE = PlaceRef("State House", "site", "Kenya")
DAY = DateValue("2026-03-04", "day", "Wednesday")


@pytest.mark.parametrize("action,counterparts,place,what,line", [
    ("depart", (), LIMA, None, "Ana Ruiz leaves Lima (planned)"),
    ("negotiate", (CHO,), None, None, "Ana Ruiz negotiates with Cho Hyun (planned)"),
    ("exchange", (CHILE,), None, "prisoners", "Ana Ruiz exchanges prisoners with Chile (planned)"),
    ("inaugurate", (), LIMA, "president", "Ana Ruiz is sworn in as president in Lima (planned)"),
    ("testify", (), None, "finance committee", "Ana Ruiz testifies before the finance committee (planned)"),
    ("verdict", (), LIMA, None, "Ana Ruiz gets a verdict in Lima (planned)"),
    ("arrive", (CHO,), None, None, "Ana Ruiz arrives for talks with Cho Hyun (planned)"),
    ("meet", (CHO,), HOUSE, None, "Ana Ruiz meets Cho Hyun at State House (planned)"),
    ("hold", (), LIMA, None, "Ana Ruiz holds a meeting in Lima (planned)"),
])
def test_event_line_reads_each_family(action: str, counterparts: tuple[ActorRef, ...], place: PlaceRef | None,
                                      what: str | None, line: str) -> None:
    event = EventRecord(1, action, "", "", None, RUIZ, counterparts, place, DAY, "planned", what=what)
    assert event_line(event) == line


@pytest.mark.parametrize("sentence,line", [
    ("Kenyan officials said President Samuel Kiprono would also host a dinner for the delegation.",
     "President Samuel Kiprono would also host a dinner for the delegation"),
    ("The talks, officials said, would resume on Monday.", "The talks would resume on Monday"),
])
def test_takeaway_drops_the_whole_attribution(sentence: str, line: str) -> None:
    assert compress(sentence) == line


def test_synopsis_sentence_drops_a_live_update_time_stamp() -> None:
    from dateline.reason.synopsis import condense
    assert condense("09:05 - President Ana Ruiz has arrived at the convention centre.") == (
        "President Ana Ruiz has arrived at the convention centre.")
