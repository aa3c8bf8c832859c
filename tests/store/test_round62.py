"""Round 62 (session 48): an act told in the passive with no doer ("The agreement was signed on Tuesday", "The lower
house was dissolved on Friday") is a story reference to the one open plan of its family the teller's or dateline's
country is part of; a planned journey to a city is made when its actor's talks there are told only by their week
("Earlier this week X held talks with Y in Kampala"). Sentences and names are our own. March 6, 2026 is a Friday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _rows(store: object) -> list[tuple[str, str, str, str | None, int]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value, len(e.evidence))
                  for e in store.events())  # type: ignore[attr-defined]


_SIGNING = ("HANOI, March 6 (Wire) - Vietnamese Prime Minister Tran Van Long will visit Singapore on Tuesday at the "
            "invitation of Prime Minister Daniel Koh, the foreign ministry said. The two sides plan to sign a shipping "
            "agreement during the visit.", date(2026, 3, 6))
_DISSOLUTION = ("OSLO, March 4 (Wire) - Norwegian Prime Minister Ingrid Holm will dissolve parliament on Friday, "
                "officials said. The cabinet is expected to approve the dissolution that morning.", date(2026, 3, 4))


@pytest.mark.slow
def test_passive_signing_with_no_doer_signs_the_one_open_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [_SIGNING, ("SINGAPORE, March 13 (Wire) - The agreement was signed on Tuesday, Singapore's "
                                         "trade ministry said.", date(2026, 3, 13))])
    assert [(a, s, d, n) for a, f, s, d, n in _rows(store) if f == "sign"] == [
        ("Tran Van Long", "happened", "2026-03-10", 2)]


@pytest.mark.slow
def test_passive_signing_with_no_plan_stores_nothing(tmp_path: Path) -> None:
    store = stored(tmp_path, [("SINGAPORE, March 13 (Wire) - The agreement was signed on Tuesday, Singapore's trade "
                               "ministry said.", date(2026, 3, 13))])
    assert _rows(store) == []


@pytest.mark.slow
def test_passive_dissolution_is_the_leaders_plan_done(tmp_path: Path) -> None:
    store = stored(tmp_path, [_DISSOLUTION, ("OSLO, March 7 (Wire) - The Storting was dissolved on Friday after the "
                                             "speaker read out the royal decree.", date(2026, 3, 7))])
    assert _rows(store) == [("Ingrid Holm", "dissolve", "happened", "2026-03-06", 3)]


@pytest.mark.slow
def test_the_dissolution_told_again_in_its_article_is_one_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [_DISSOLUTION])
    assert _rows(store) == [("Ingrid Holm", "dissolve", "planned", "2026-03-06", 2)]


@pytest.mark.slow
def test_talks_in_the_city_told_by_their_week_make_the_planned_visit(tmp_path: Path) -> None:
    plan = ("NAIROBI, March 6 (Wire) - Kenyan President Daniel Mwangi will visit Kampala on Monday, State House said.",
            date(2026, 3, 6))
    told = ("NAIROBI, March 12 (Wire) - Earlier this week Mwangi held talks with Ugandan President Joseph Okello in "
            "Kampala, State House said.", date(2026, 3, 12))
    store = stored(tmp_path, [plan, told])
    assert [(s, d, n) for a, f, s, d, n in _rows(store) if f == "visit"] == [("happened", "2026-03-09", 2)]


@pytest.mark.slow
def test_talks_in_another_city_that_week_leave_the_visit_planned(tmp_path: Path) -> None:
    plan = ("NAIROBI, March 6 (Wire) - Kenyan President Daniel Mwangi will visit Kampala on Monday, State House said.",
            date(2026, 3, 6))
    told = ("NAIROBI, March 12 (Wire) - Earlier this week Mwangi held talks with Rwandan President Eric Mugabo in "
            "Kigali, State House said.", date(2026, 3, 12))
    store = stored(tmp_path, [plan, told])
    assert [(s, d) for a, f, s, d, n in _rows(store) if f == "visit"] == [("planned", "2026-03-09")]


_CHIEF_PLAN = ("ISLAMABAD, March 2 (Wire) - Pakistan's government will announce the appointment of a new army chief "
               "later this month, the defence minister said on Monday.", date(2026, 3, 2))


@pytest.mark.slow
def test_a_named_appointment_fills_the_post_a_country_planned_to_fill(tmp_path: Path) -> None:
    store = stored(tmp_path, [_CHIEF_PLAN, ("ISLAMABAD, March 6 (Wire) - Prime Minister Imran Baig on Thursday "
                                            "appointed General Asif Malik as chief of army staff.", date(2026, 3, 6))])
    rows = _rows(store)
    assert ("Pakistan", "appoint", "happened", "2026-03-05", 2) in rows, rows
    assert ("Asif Malik", "appointed", "happened", "2026-03-05", 1) in rows, rows


@pytest.mark.slow
def test_an_appointment_to_another_post_leaves_the_plan_open(tmp_path: Path) -> None:
    store = stored(tmp_path, [_CHIEF_PLAN, ("ISLAMABAD, March 6 (Wire) - Prime Minister Imran Baig on Thursday "
                                            "appointed Sara Qadir as finance minister.", date(2026, 3, 6))])
    assert ("Pakistan", "appoint", "planned", "2026-03", 1) in _rows(store), _rows(store)


@pytest.mark.slow
def test_not_this_week_because_put_off_is_a_postponement(tmp_path: Path) -> None:
    plan = ("BRATISLAVA, March 2 (Wire) - Slovakia's parliament is scheduled to vote on the 2027 budget on Wednesday, "
            "March 4, the speaker said.", date(2026, 3, 2))
    put_off = ("BRATISLAVA, March 3 (Wire) - Slovak lawmakers will not vote on the budget this week as planned, the "
               "speaker said. The vote has been pushed back by a week to March 11, he told reporters.", date(2026, 3, 3))
    store = stored(tmp_path, [plan, put_off])
    assert [(f, s, d) for _, f, s, d, _ in _rows(store)] == [("vote", "postponed", "2026-03-11")]


@pytest.mark.slow
def test_a_signing_moved_with_no_doer_named_moves_the_one_plan(tmp_path: Path) -> None:
    plan = ("MANILA, March 2 (Wire) - President Ramon Cruz is set to sign the national budget into law on Wednesday at "
            "Malacanang Palace, the palace said.", date(2026, 3, 2))
    moved = ("MANILA, March 3 (Wire) - The signing of the national budget has been moved to Monday, March 9, the "
             "palace said.", date(2026, 3, 3))
    store = stored(tmp_path, [plan, moved])
    assert [(a, f, d, n) for a, f, _, d, n in _rows(store)] == [("Ramon Cruz", "sign", "2026-03-09", 2)]


@pytest.mark.slow
def test_a_speech_planned_on_a_visit_keeps_its_day_when_the_visit_is_put_off(tmp_path: Path) -> None:
    plan = ("DAKAR, March 2 (Wire) - Senegalese President Ousmane Ba will host Mauritanian President Ahmed Ould Salem "
            "for a two-day state visit starting on Wednesday, the presidency said. Ould Salem will address Senegal's "
            "National Assembly on Thursday, the statement said.", date(2026, 3, 2))
    put_off = ("DAKAR, March 3 (Wire) - The state visit to Senegal by Mauritanian President Ahmed Ould Salem, which was "
               "due to begin on Wednesday, has been postponed, the Senegalese presidency said.", date(2026, 3, 3))
    store = stored(tmp_path, [plan, put_off])
    assert [(s, d) for _, f, s, d, _ in _rows(store) if f == "address"] == [("postponed", None)]  # (not the visit's
    # first day, 2026-03-04, as a new day of its own)


@pytest.mark.slow
def test_a_swearing_in_held_that_day_elsewhere_is_the_planned_one(tmp_path: Path) -> None:
    plan = ("QUITO, March 6 (Wire) - Economist Lucia Mena will be sworn in as general manager of Ecuador's central bank "
            "on Monday at the Carondelet Palace in Quito, the presidency said.", date(2026, 3, 6))
    held = ("GUAYAQUIL, Ecuador, March 9 (Wire) - Lucia Mena took office as head of Ecuador's central bank on Monday at "
            "a ceremony moved to the port city of Guayaquil.", date(2026, 3, 9))
    store = stored(tmp_path, [plan, held])
    sworn = [e for e in store.events() if e.action == "inaugurate"]
    assert [(e.status, e.date.value, e.place.name if e.place else None, len(e.evidence)) for e in sworn] == [
        ("happened", "2026-03-09", "Guayaquil", 2)]


@pytest.mark.slow
def test_a_summit_moved_to_another_city_is_one_gathering_held_there(tmp_path: Path) -> None:
    plan = ("HARARE, March 2 (Wire) - Southern African leaders will hold an extraordinary SADC summit in Harare on "
            "Saturday, Zimbabwe's foreign ministry said. Zimbabwean President Tendai Moyo will host the meeting.",
            date(2026, 3, 2))
    moved = ("GABORONE, March 4 (Wire) - The extraordinary SADC summit has been moved from Harare to Gaborone, the "
             "bloc's secretariat said on Wednesday.", date(2026, 3, 4))
    held = ("GABORONE, March 8 (Wire) - SADC leaders meeting in Botswana's capital on Saturday called for a ceasefire.",
            date(2026, 3, 8))
    store = stored(tmp_path, [plan, moved, held])
    rows = {(e.actor.name, e.action, e.status, e.place.name if e.place else None) for e in store.events()}
    assert ("Tendai Moyo", "host", "cancelled", "Harare") in rows, rows
    sadc = [e for e in store.events() if e.actor.name == "Southern African Development Community"]  # (its known
    # name, however written)
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in sadc] == [
        ("happened", "2026-03-07", "Gaborone")], rows


@pytest.mark.slow
def test_a_leadership_ballot_called_off_with_no_party_named_is_the_partys(tmp_path: Path) -> None:
    plan = ("CANBERRA, March 2 (Wire) - Australia's opposition Liberal Party will hold a leadership ballot on Tuesday "
            "morning, party sources said on Monday.", date(2026, 3, 2))
    off = ("CANBERRA, March 3 (Wire) - The leadership ballot will not go ahead, the party whip told reporters.",
           date(2026, 3, 3))
    store = stored(tmp_path, [plan, off])
    assert [(a, f, s) for a, f, s, _, _ in _rows(store)] == [("Liberal Party", "vote", "cancelled")]


@pytest.mark.slow
def test_a_leader_elected_is_the_partys_contest_held_under_either_name(tmp_path: Path) -> None:
    plan = ("DUBLIN, March 4 (Wire) - The result of the Irish Labour Party's leadership contest will be announced on "
            "Saturday at a special conference in Cork, the party said.", date(2026, 3, 4))
    held = ("DUBLIN, March 7 (Wire) - Siobhan Daly was elected leader of Ireland's Labour Party on Saturday, defeating "
            "Eoin Burke in a ballot of party members.", date(2026, 3, 7))
    store = stored(tmp_path, [plan, held])
    votes = [e for e in store.events() if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value, tuple(c.name for c in e.counterparts)) for e in votes] == [
        ("Irish Labour Party", "happened", "2026-03-07", ("Siobhan Daly",))]
