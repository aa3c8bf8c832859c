"""Round 79 (session 65): stories across articles from audits 274-276: a border closure planned and called off, an
embassy's reopening and a plant's commissioning put off by reports that name no doer, a meeting the called-off trip was
due for. Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.propose import propose

from ..stored import stored


def _events(store: object, action: str) -> list[tuple[str, str, str | None, int]]:
    return sorted((e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence}))
                  for e in store.events() if e.action == action)  # type: ignore[attr-defined]


_CLOSURE = ("LIMA, June 1 (Wire) - Peru will close the Santa Rosa border crossing with Chile on Thursday, Interior "
            "Minister Jorge Salas said, citing a surge in crossings.", date(2026, 6, 1))
_CALLED_OFF = ("LIMA, June 3 (Wire) - The closure of the Santa Rosa crossing planned for Thursday was called off after "
               "talks with Chilean officials, the interior ministry said.", date(2026, 6, 3))


@pytest.mark.slow
def test_round79_a_border_closure_planned_then_called_off_is_one_closure_and_resolves_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [_CLOSURE, _CALLED_OFF])
    assert _events(store, "close") == [("Peru", "cancelled", "2026-06-04", 2)]
    question = "Will Peru close the Santa Rosa border crossing by June 10?"
    before = ask(store, question, date(2026, 6, 2))
    assert before.resolution is None and before.answer == "yes", before.reason
    after = ask(store, question, date(2026, 6, 3))
    assert (after.answer, after.resolution) == ("no", "no"), after.reason


@pytest.mark.slow
def test_round79_a_planned_closure_is_proposed_as_a_question(tmp_path: Path) -> None:
    store = stored(tmp_path, [_CLOSURE])
    questions = [p.question for p in propose(store, date(2026, 6, 1))]
    assert any(q.startswith("Will Peru close a border crossing") for q in questions), questions


@pytest.mark.slow
def test_round79_a_reopening_put_off_by_a_report_naming_no_doer_moves_the_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, March 2 (Wire) - Britain will reopen its embassy in Tripoli on March 16, Foreign Secretary Harriet "
         "Coombes said.", date(2026, 3, 2)),
        ("LONDON, March 12 (Wire) - The reopening of the British embassy in Tripoli has been pushed back by two weeks to "
         "March 30 because of security concerns, officials said.", date(2026, 3, 12)),
    ])
    assert _events(store, "open") == [("United Kingdom", "postponed", "2026-03-30", 2)]
    answer = ask(store, "Will Britain reopen its embassy in Tripoli by March 20?", date(2026, 3, 14))
    assert answer.answer == "no", answer.reason


@pytest.mark.slow
def test_round79_a_commissioning_pushed_back_is_the_plants_opening_put_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, March 2 (Wire) - Kenya will commission the Olkaria VII geothermal plant on March 10, Energy Minister "
         "Ruth Wambui said.", date(2026, 3, 2)),
        ("NAIROBI, March 6 (Wire) - The commissioning of the Olkaria VII geothermal plant has been pushed back to March "
         "20, the energy ministry said.", date(2026, 3, 6)),
    ])
    assert _events(store, "open") == [("Kenya", "postponed", "2026-03-20", 2)]


@pytest.mark.slow
def test_round79_a_meeting_the_called_off_trip_was_due_for_resolves_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, June 1 (Wire) - Foreign Minister Ines Duarte will travel to Lima on Friday to meet Peruvian Foreign "
         "Minister Carmen Ugarte.", date(2026, 6, 1)),
        ("LONDON, June 3 (Wire) - Foreign Minister Ines Duarte has called off her trip to Lima, where she was due on "
         "Friday to meet Peruvian Foreign Minister Carmen Ugarte.", date(2026, 6, 3)),
    ])
    answer = ask(store, "Will Ines Duarte meet Carmen Ugarte by June 10?", date(2026, 6, 4))
    assert (answer.answer, answer.resolution) == ("no", "no"), answer.reason


@pytest.mark.slow
def test_round79_a_meeting_moved_as_the_other_side_tells_it_is_one_meeting_held_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MADRID, May 4 (Wire) - Spanish Interior Minister Lucia Ferrandiz and her Moroccan counterpart Karim Benjelloun "
         "are scheduled to meet in Rabat on May 14, the Spanish interior ministry said on Monday.", date(2026, 5, 4)),
        ("RABAT, May 11 (Wire) - The meeting between the Moroccan and Spanish interior ministers will now take place in "
         "Madrid rather than Rabat, Morocco's interior ministry said on Monday.", date(2026, 5, 11)),
        ("MADRID, May 15 (Wire) - At talks in Madrid on Thursday, Ferrandiz and Benjelloun agreed to set up a joint police "
         "centre in Tetouan, the two ministries said.", date(2026, 5, 15)),
    ])
    meets = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None, e.date.value,
             e.status) for e in meets] == [("Lucia Ferrandiz", ("Karim Benjelloun",), "Madrid", "2026-05-14", "happened")]
    answer = ask(store, "Will Lucia Ferrandiz meet Karim Benjelloun in Madrid by May 31?", date(2026, 5, 15))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round79_a_visit_to_an_island_region_is_the_visit_to_its_town(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ATHENS, April 13 (Wire) - Migration Minister Eleni Daskalaki will visit Crete on Thursday, her office said.",
         date(2026, 4, 13)),
        ("CHANIA, Greece, April 16 (Wire) - Daskalaki toured a temporary migrant shelter in Chania on Thursday.",
         date(2026, 4, 16)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in visits] == [
        ("Eleni Daskalaki", "Chaniá", "2026-04-16", "happened")]
    answer = ask(store, "Will Eleni Daskalaki visit Crete by April 18?", date(2026, 4, 17))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason


@pytest.mark.slow
def test_round79_a_visit_denied_as_travel_stays_the_visit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KIGALI, May 4 (Wire) - Rwandan Foreign Minister Jean Habineza is expected in Bujumbura on May 12 for talks on "
         "reopening the border, his ministry said.", date(2026, 5, 4)),
        ("BUJUMBURA, May 8 (Wire) - Burundi's government on Friday denied reports that Rwandan Foreign Minister Jean "
         "Habineza would travel to Bujumbura next week.", date(2026, 5, 8)),
    ])
    assert [(e.action, e.actor.name, e.status) for e in store.events() if e.action in ("visit", "travel")] == [
        ("visit", "Jean Habineza", "denied")]


@pytest.mark.slow
def test_round79_a_days_opening_put_off_with_no_doer_named_is_the_plan_put_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("SUVA, Oct 5 (Wire) - Fiji's Minister for Communications Josefa Naulivou will open the landing station of the "
         "Coral Link submarine cable in Suva on October 14, the ministry said.", date(2026, 10, 5)),
        ("SUVA, Oct 13 (Wire) - Wednesday's opening of the Coral Link cable landing station has been postponed "
         "indefinitely, the ministry said.", date(2026, 10, 13)),
    ])
    assert _events(store, "open") == [("Josefa Naulivou", "postponed", None, 2)]
    answer = ask(store, "Will Josefa Naulivou open the Coral Link cable landing station by October 20, 2026?",
                 date(2026, 10, 13))
    assert answer.answer == "no" and answer.resolution is None, answer.reason


@pytest.mark.slow
def test_round79_a_university_that_reopens_is_its_own_opening_and_is_asked_so(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LAGOS, Jan 28 (Wire) - The University of Lagos will reopen on February 2, the vice-chancellor said.",
         date(2026, 1, 28)),
        ("LAGOS, Feb 3 (Wire) - The University of Lagos reopened on Monday, students said.", date(2026, 2, 3)),
    ])
    assert _events(store, "open") == [("University of Lagos", "happened", "2026-02-02", 2)]
    before = ask(store, "Will the University of Lagos reopen by February 5, 2026?", date(2026, 1, 29))
    assert before.resolution is None and before.answer == "yes", before.reason
    after = ask(store, "Will the University of Lagos reopen by February 5, 2026?", date(2026, 2, 4))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
