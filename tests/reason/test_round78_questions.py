"""Round 78 (session 64): stories across articles from audits 269, 272 and 273: a body's meeting moved online and held,
a railway opened under other words, a signing put off while its trip is called off, a launch scrubbed and flown.
Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.propose import propose

from ..stored import stored


def _events(store: object, action: str) -> list[tuple[str, str, str | None, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, e.place.name if e.place else None,
                   len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round78_a_bodys_meeting_moved_online_and_held_is_one_meeting_at_no_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, June 1 (Wire) - The International Coffee Organization will hold its council meeting in London on "
         "June 10, the body said on Monday.", date(2026, 6, 1)),
        ("LONDON, June 4 (Wire) - The International Coffee Organization has brought forward its council meeting to "
         "Tuesday, June 9, and will hold it by video conference rather than in London, delegates said on Thursday.",
         date(2026, 6, 4)),
        ("LONDON, June 10 (Wire) - The International Coffee Organization agreed on Tuesday to cut its budget, at a "
         "meeting held by video conference, the body said.", date(2026, 6, 10)),
    ])
    assert _events(store, "meet") == [("International Coffee Organization", "happened", "2026-06-09", None, 3)]
    assert not _events(store, "call")
    answer = ask(store, "Will the International Coffee Organization hold a meeting by June 12, 2026?", date(2026, 6, 10))
    assert answer.resolved and answer.resolution == "yes", answer.reason


@pytest.mark.slow
def test_round78_a_line_opened_as_a_section_is_one_opening_and_answers_its_question(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MAPUTO, June 1 (Wire) - President Amani Otieno will open the new railway line between Beira and Dondo on "
         "June 20, the transport ministry said on Monday.", date(2026, 6, 1)),
        ("MAPUTO, June 8 (Wire) - President Otieno will now inaugurate the line at Dondo station on Saturday, June 13, "
         "a week early, the ministry said.", date(2026, 6, 8)),
        ("DONDO, June 14 (Wire) - President Amani Otieno opened the Beira-Dondo section of the railway on Saturday.",
         date(2026, 6, 14)),
    ])
    assert [(a, s, d, n) for a, s, d, _, n in _events(store, "open")] == [("Amani Otieno", "happened", "2026-06-13", 3)]
    question = "Will President Amani Otieno open the Beira-Dondo railway by June 25, 2026?"
    early = ask(store, question, date(2026, 6, 2))
    assert not early.resolved and early.probability >= 0.5, early.reason
    late = ask(store, question, date(2026, 6, 14))
    assert late.resolved and late.resolution == "yes", late.reason


@pytest.mark.slow
def test_round78_a_signing_told_put_off_is_not_called_off_with_its_trip(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 1 (Wire) - Health Minister Clara Souto will visit China from June 22 to 26. Souto will meet her "
         "Chinese counterpart Li Jun in Shanghai on June 23, and the two are scheduled to sign the vaccine accord "
         "after their talks.", date(2026, 6, 1)),
        ("LIMA, June 15 (Wire) - Health Minister Clara Souto has called off her trip to China to deal with floods, "
         "the ministry said on Monday. Her meeting with Li Jun in Shanghai will not take place, and the signing of "
         "the vaccine accord has been postponed, an official said.", date(2026, 6, 15)),
    ])
    answer = ask(store, "Will Clara Souto sign the vaccine accord with Li Jun by December 31, 2026?", date(2026, 6, 16))
    assert not answer.resolved and answer.probability < 0.3, answer.reason
    trip = ask(store, "Will Clara Souto visit China by June 30, 2026?", date(2026, 6, 16))
    assert trip.resolved and trip.resolution == "no", trip.reason
    assert [(a, s, p) for a, s, _, p, _ in _events(store, "meet")] == [("Clara Souto", "cancelled", "Shanghai")]
    assert [(a, s, p) for a, s, _, p, _ in _events(store, "sign")] == [("Clara Souto", "postponed", "Shanghai")]


@pytest.mark.slow
def test_round78_a_scrubbed_launch_leaves_the_question_open_until_it_flies(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("TOKYO, June 1 (Wire) - Japan's space agency JAXA will launch its H3 rocket carrying a weather satellite "
         "from the Tanegashima Space Center on June 10, the agency said on Monday.", date(2026, 6, 1)),
        ("TOKYO, June 10 (Wire) - JAXA scrubbed Wednesday's launch of the H3 rocket after a sensor gave an abnormal "
         "reading. The launch of the weather satellite has been rescheduled for Monday, June 15, a spokesman said.",
         date(2026, 6, 10)),
        ("TANEGASHIMA, June 15 (Wire) - An H3 rocket lifted off from the Tanegashima Space Center on Monday and put a "
         "weather satellite into orbit, JAXA said.", date(2026, 6, 15)),
    ])
    question = "Will JAXA launch the H3 rocket by June 20, 2026?"
    after_scrub = ask(store, question, date(2026, 6, 11))
    assert not after_scrub.resolved, after_scrub.reason
    flown = ask(store, question, date(2026, 6, 16))
    assert flown.resolved and flown.resolution == "yes", flown.reason


@pytest.mark.slow
def test_round78_a_concert_put_off_then_given_answers_its_question_and_is_proposed(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LIMA, June 1 (Wire) - Peruvian singer Rosa Quispe will perform in Cusco on Saturday, June 13, her label "
         "said on Monday.", date(2026, 6, 1)),
        ("LIMA, June 8 (Wire) - Singer Rosa Quispe has postponed her Cusco concert to June 27 after falling ill, her "
         "label said on Monday.", date(2026, 6, 8)),
        ("CUSCO, June 28 (Wire) - Singer Rosa Quispe performed before 20,000 fans at the city's stadium in Cusco on "
         "Saturday.", date(2026, 6, 28)),
    ])
    assert [(a, s, d, p, n) for a, s, d, p, n in _events(store, "perform")] == [
        ("Rosa Quispe", "happened", "2026-06-27", "Cusco", 3)]
    question = "Will Rosa Quispe perform in Cusco by June 20, 2026?"
    put_off = ask(store, question, date(2026, 6, 9))
    assert not put_off.resolved and put_off.probability < 0.3, put_off.reason
    done = ask(store, "Will Rosa Quispe perform in Cusco by June 30, 2026?", date(2026, 6, 28))
    assert done.resolved and done.resolution == "yes", done.reason
    proposals = propose(store, date(2026, 6, 1))
    assert [p.question for p in proposals] == ["Will Rosa Quispe perform in Cusco by June 13, 2026?"]
