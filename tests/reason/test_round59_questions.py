"""Round 59 (session 45): questions about ceasefires ("Will X and Y agree to a ceasefire?", "Will X declare a truce?",
"Will X and Y sign a ceasefire agreement?") ask about the 'truce' family; a planned truce gets a probability, its
taking effect resolves the question with the report; planned truces are proposed as questions and read in briefs.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.event_lines import event_line
from dateline.reason.propose import propose
from dateline.reason.question import parse_question

from ..stored import stored

_PLAN = ("DOHA, March 10 (Wire) - Israel and Hamas agreed on Tuesday to a ceasefire in Gaza that will take effect on "
         "Sunday, mediators said.", date(2026, 3, 10))
_DONE = ("CAIRO, March 15 (Wire) - The ceasefire between Israel and Hamas took effect on Sunday morning, officials on "
         "both sides said.", date(2026, 3, 15))


@pytest.mark.parametrize(("question", "actor", "target"), [
    ("Will Israel and Hamas agree to a ceasefire by March 31?", "Israel", "Hamas"),
    ("Will Israel agree to a truce with Hamas?", "Israel", "Hamas"),
    ("Will Thailand and Cambodia sign a ceasefire agreement?", "Thailand", "Cambodia"),
    ("Will Thailand and Cambodia reach a truce deal by May 1?", "Thailand", "Cambodia"),
    ("Will Russia declare a ceasefire by May 10?", "Russia", None),
])
def test_round59_a_ceasefire_question_asks_about_the_truce_family(question: str, actor: str, target: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == (actor, "truce", target)


@pytest.mark.parametrize(("question", "action"), [
    ("Will Israel and Hamas agree on a date to meet?", "meet"),
    ("Will Thailand and Cambodia sign a trade agreement?", "sign"),
])
def test_round59_other_agreements_keep_their_own_family(question: str, action: str) -> None:
    assert parse_question(question).action == action


@pytest.mark.slow
def test_round59_a_planned_truce_and_its_taking_effect_are_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    truces = [e for e in store.events() if e.action == "truce"]
    assert len(truces) == 1
    (truce,) = truces
    assert (truce.actor.name, [c.name for c in truce.counterparts], truce.status, truce.date.value) == \
        ("Israel", ["Hamas"], "happened", "2026-03-15")
    assert [h.status for h in truce.history] == ["planned", "happened"]
    assert len(truce.evidence) == 2


@pytest.mark.slow
def test_round59_a_ceasefire_question_gets_a_probability_then_resolves_with_the_report(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    question = "Will Israel and Hamas agree to a ceasefire by March 31, 2026?"
    before = ask(store, question, date(2026, 3, 11))
    assert before.resolution is None and before.answer != "no", before.reason
    assert before.probability is not None and 0.2 < before.probability < 0.9, before.reason
    after = ask(store, question, date(2026, 3, 16))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
    assert "agreed to" in after.reason and "a ceasefire a ceasefire" not in after.reason


@pytest.mark.slow
def test_round59_a_planned_truce_is_proposed_as_a_question_and_read_in_a_brief(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN])
    (proposal,) = propose(store, date(2026, 3, 11))
    assert proposal.question == "Will Israel agree to a ceasefire with Hamas in the Gaza Strip by March 15, 2026?"
    assert parse_question(proposal.question).action == "truce"
    (event,) = store.events()
    assert event_line(event) == "Israel agrees to a ceasefire with Hamas in the Gaza Strip (planned)"


@pytest.mark.parametrize(("question", "place"), [
    ("Will the Thai and Cambodian defence ministers meet by March 20, 2026?", None),
    ("Will the Thai and Cambodian defence ministers meet in Bangkok?", "Bangkok"),
])
def test_round59_two_nationalities_on_a_plural_post_asked_are_the_two_offices(question: str, place: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target, pattern.place) == \
        ("defence minister of Thailand", "meet", "defence minister of Cambodia", place)


@pytest.mark.slow
def test_round59_the_offices_meeting_planned_is_resolved_by_their_holders_report(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BANGKOK, March 10 (Wire) - The Thai and Cambodian defence ministers will meet in Bangkok on Friday to discuss "
         "the border, officials said.", date(2026, 3, 10)),
        ("BANGKOK, March 13 (Wire) - Thai Defence Minister Anan Srisuk met his Cambodian counterpart Sok Dara in "
         "Bangkok on Friday.", date(2026, 3, 13)),
    ])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.status, e.date.value, len(e.evidence)) for e in meetings] == [("happened", "2026-03-13", 2)]
    question = "Will the Thai and Cambodian defence ministers meet by March 20, 2026?"
    before = ask(store, question, date(2026, 3, 11))
    assert before.resolution is None and before.probability is not None and before.probability > 0.2, before.reason
    after = ask(store, question, date(2026, 3, 14))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason


@pytest.mark.parametrize("question", [
    "Will there be a ceasefire in Gaza by March 31, 2026?",
    "Will a ceasefire between Israel and Hamas take effect by March 31, 2026?",
    "Will there be a ceasefire between Israel and Hamas by March 31, 2026?",
])
@pytest.mark.slow
def test_round59_a_ceasefire_asked_with_no_one_acting_is_the_truce_there_or_between_them(tmp_path: Path,
                                                                                        question: str) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    before = ask(store, question, date(2026, 3, 11))
    assert before.resolution is None and before.probability is not None and before.probability > 0.2, before.reason
    after = ask(store, question, date(2026, 3, 16))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason


@pytest.mark.slow
def test_round59_a_ceasefire_elsewhere_is_not_the_one_asked(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _DONE])
    for question in ("Will there be a ceasefire in Lebanon by March 31, 2026?",
                     "Will there be a ceasefire between Thailand and Cambodia by March 31, 2026?"):
        answer = ask(store, question, date(2026, 3, 16))
        assert answer.resolution is None and answer.answer != "yes", answer.reason


def test_round59_there_be_between_two_sides_is_no_date_window() -> None:
    pattern = parse_question("Will there be a ceasefire between Thailand and Cambodia by March 31, 2026?")
    assert (pattern.kind, pattern.target, pattern.window.kind) == ("occurrence", "ceasefire between Thailand and Cambodia",
                                                                   "by")
    dated = parse_question("Will there be a strike in France between May 1 and May 5?")
    assert dated.window.kind == "between"


_AID_PLAN = ("TOKYO, March 10 (Wire) - Japan will send emergency relief supplies to Turkey on Friday to help survivors "
             "of the earthquake, the foreign ministry said.", date(2026, 3, 10))
_AID_DONE = ("ANKARA, March 14 (Wire) - Japan delivered 20 tonnes of relief supplies, including tents and blankets, to "
             "Turkey on Friday, Turkish officials said.", date(2026, 3, 14))


@pytest.mark.parametrize(("question", "actor", "what", "place"), [
    ("Will Japan send relief supplies to Turkey by March 20, 2026?", "Japan", "relief supplies", "Turkey"),
    ("Will the United States deliver humanitarian aid to Gaza?", "United States", "humanitarian aid", "Gaza"),
    ("Will Jordan airdrop food into Gaza?", "Jordan", "food", "Gaza"),
])
def test_round59_an_aid_question_asks_about_the_aid_family(question: str, actor: str, what: str, place: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.what, pattern.place) == (actor, "aid", what, place)


def test_round59_sending_no_aid_is_no_aid_question() -> None:
    pattern = parse_question("Will Egypt send troops to Libya?")  # (round 87: troops sent are a deployment)
    assert (pattern.action, pattern.what, pattern.place) == ("deploy", "troops", "Libya")
    with pytest.raises(Exception, match="E402"):
        parse_question("Will Egypt send a letter to Libya?")


@pytest.mark.slow
def test_round59_planned_aid_is_proposed_then_resolved_by_its_delivery(tmp_path: Path) -> None:
    store = stored(tmp_path, [_AID_PLAN])
    (proposal,) = propose(store, date(2026, 3, 11))
    assert proposal.question == "Will Japan send emergency relief supplies to Turkey by March 13, 2026?"
    (event,) = store.events()
    assert event_line(event) == "Japan sends emergency relief supplies to Turkey (planned)"
    store = stored(tmp_path, [_AID_PLAN, _AID_DONE])
    (event,) = store.events()
    assert (event.status, event.date.value, [h.status for h in event.history]) == ("happened", "2026-03-13",
                                                                                  ["planned", "happened"])
    question = "Will Japan send relief supplies to Turkey by March 20, 2026?"
    before = ask(store, question, date(2026, 3, 11))
    assert before.resolution is None and before.probability is not None and before.probability > 0.2, before.reason
    after = ask(store, question, date(2026, 3, 15))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
    assert "to Turkey" in after.reason


@pytest.mark.parametrize(("question", "actor", "place"), [
    ("Will a World Food Programme convoy enter Gaza through the Rafah crossing by March 9, 2026?",
     "World Food Programme", "Gaza"),
    ("Will a UN aid convoy reach Aleppo?", "UN", "Aleppo"),
])
def test_round59_a_convoy_asked_moving_is_its_owners_aid_going_there(question: str, actor: str, place: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.place) == (actor, "aid", place)


def test_round59_a_convoy_of_no_one_asked_moving_is_an_occurrence() -> None:
    pattern = parse_question("Will an aid convoy reach El Fasher by June 6, 2026?")
    assert (pattern.kind, pattern.target, pattern.place) == ("occurrence", "aid convoy", "El Fasher")


def test_round59_troops_moving_are_no_aid_question() -> None:
    with pytest.raises(Exception, match="E402"):
        parse_question("Will Russian troops enter Kyiv?")


@pytest.mark.slow
def test_round59_a_convoy_turned_back_then_let_through_resolves_with_its_crossing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("RAFAH, March 8 (Wire) - A World Food Programme aid convoy was turned back at the Rafah crossing on Sunday, a "
         "UN spokesman said.", date(2026, 3, 8)),
        ("GAZA, March 10 (Wire) - The World Food Programme's 60-truck convoy crossed into Gaza on Tuesday, two days "
         "after it was blocked at the border.", date(2026, 3, 10)),
    ])
    question = "Will a World Food Programme convoy enter Gaza by March 15, 2026?"
    before = ask(store, question, date(2026, 3, 8))
    assert before.resolution is None and before.answer != "yes", before.reason
    after = ask(store, question, date(2026, 3, 11))
    assert after.answer == "yes", after.reason


@pytest.mark.slow
def test_round59_a_hosts_plan_and_her_attendance_at_the_summit_that_day_are_the_summit_hosted(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MEXICO CITY, Feb 9 (Wire) - Mexican President Elena Robles will host the leaders of Guatemala, Honduras and El "
         "Salvador in the southern city of Tapachula on Friday for a summit on migration, the foreign ministry said.",
         date(2026, 2, 9)),
        ("TAPACHULA, Mexico, Feb 13 (Wire) - Mexico's president and her counterparts from Guatemala, Honduras and El "
         "Salvador agreed on Friday to fund a regional jobs programme, at a one-day summit in this city.",
         date(2026, 2, 13)),
    ])
    (event,) = store.events()
    assert (event.action, event.status, event.date.value, event.cameo, len(event.evidence)) == \
        ("host", "happened", "2026-02-13", "043", 2)
    answer = ask(store, "Will Elena Robles host a summit in Tapachula by February 20, 2026?", date(2026, 2, 14))
    assert (answer.answer, answer.resolution) == ("yes", "yes"), answer.reason
