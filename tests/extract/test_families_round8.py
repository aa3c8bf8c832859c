"""Families, round 8: prisoner exchanges and releases, court verdicts and sentences, a planned event that "did not take
place" but is "now expected" another day (put off, not called off), and a planning participle the parser read as the
event noun's own verb.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import article_events, Row, text_events as _events, what_rows as _rows

pytestmark = pytest.mark.slow

#: A Thursday: "on Monday" (past) is 2026-05-04, "on Saturday" (ahead) 2026-05-09.
ANCHOR = date(2026, 5, 7)



# 1. prisoner exchanges: the two sides are actor and counterpart; what is exchanged must be captives


@pytest.mark.parametrize("text,row", [
    ("Ethiopia and Eritrea will exchange 40 prisoners of war on Saturday, officials said.",
     ("exchange", "Ethiopia", ("Eritrea",), "prisoners", "2026-05-09", "planned")),
    ("Ethiopia and Eritrea swapped dozens of detainees on Monday.",
     ("exchange", "Ethiopia", ("Eritrea",), "detainees", "2026-05-04", "happened")),
])
def test_exchange_of_captives(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("exchange",)) == [row]


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea exchanged views on the border on Monday.",
    "The two armies exchanged fire near the border on Monday.",
    "Ethiopia and Eritrea exchanged ambassadors last year.",
])
def test_exchange_of_other_things_is_no_event(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("exchange",)) == []


def test_release_of_captives(nlp: Language) -> None:
    assert _rows(_events(nlp, "Belarus freed 14 political prisoners on Monday, a rights group said.", ANCHOR),
                 ("release",)) == [("release", "Belarus", (), "political prisoners", "2026-05-04", "happened")]


def test_release_of_a_statement_is_no_event(nlp: Language) -> None:
    assert _rows(_events(nlp, "Belarus released a statement on Monday.", ANCHOR), ("release",)) == []


# 2. a planned event that did not take place, "now expected" another day: put off, not called off


def test_did_not_take_place_but_now_expected_is_postponed(nlp: Language) -> None:
    text = ("A prisoner exchange between Ethiopia and Eritrea planned for Thursday did not take place because "
            "Asmara asked for more time, an official said, adding that the swap was now expected on Saturday.")
    assert _rows(_events(nlp, text, ANCHOR), ("exchange",)) == [
        ("exchange", "Ethiopia", ("Eritrea",), "prisoner", "2026-05-07", "postponed")]


def test_did_not_take_place_alone_is_cancelled(nlp: Language) -> None:
    text = "Talks between Ethiopia and Eritrea planned for Thursday did not take place, an official said."
    assert [(r[0], r[-1]) for r in _rows(_events(nlp, text, ANCHOR), ("meet",))] == [("meet", "cancelled")]


# 3. court verdicts and sentences: the defendant's event


@pytest.mark.parametrize("text,row", [
    ("A district court will deliver its verdict on May 19 in the fraud trial of former mayor Daniel Moreno, "
     "the court's spokesman said.", ("verdict", "Daniel Moreno", (), None, "2026-05-19", "planned")),
    ("A district court found former mayor Daniel Moreno guilty of fraud on Monday.",
     ("verdict", "Daniel Moreno", (), "conviction", "2026-05-04", "happened")),
    ("Former mayor Daniel Moreno was acquitted of all charges on Monday.",
     ("verdict", "Daniel Moreno", (), "acquittal", "2026-05-04", "happened")),
    ("The court adjourned its verdict in the trial of former mayor Daniel Moreno to May 26.",
     ("verdict", "Daniel Moreno", (), None, "2026-05-26", "postponed")),
])
def test_verdict_is_the_defendants_event(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("verdict",)) == [row]


@pytest.mark.parametrize("text,row", [
    ("A district court sentenced former mayor Daniel Moreno to six years in prison on Monday.",
     ("sentence", "Daniel Moreno", (), None, "2026-05-04", "happened")),
    ("The judge convicted former mayor Daniel Moreno on Monday and said she would pass sentence on May 19.",
     ("sentence", "Daniel Moreno", (), None, "2026-05-19", "planned")),
])
def test_sentence_is_the_defendants_event(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("sentence",)) == [row]


@pytest.mark.parametrize("text", [
    "The court adjourned on Monday.",
    "The committee found the report useful.",
    "Prosecutors asked for a sentence of ten years.",
    "The ruling party won the vote on Monday.",
])
def test_court_words_without_a_defendant_tell_nothing(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("verdict", "sentence")) == []


# 4. votes: ratifying a treaty, a vote on a gerund's object, the tally of a vote, no second vote for "on ratifying"


@pytest.mark.parametrize("text,row", [
    ("Lithuania's parliament ratified the defence treaty with Poland on Tuesday.",
     ("vote", "Parliament of Lithuania", ("Poland",), "defence treaty", "2026-05-05", "happened")),
    ("Lithuania's parliament will vote on ratifying the defence treaty on Saturday.",
     ("vote", "Parliament of Lithuania", (), "defence treaty", "2026-05-09", "planned")),
    ("The Security Council postponed a vote on extending the peacekeeping mission in Lebanon.",
     ("vote", "UN Security Council", (), "peacekeeping mission", None, "postponed")),
])
def test_votes_on_treaties_and_gerunds(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("vote",)) == [row]


def test_tally_clause_is_no_vote_of_its_own(nlp: Language) -> None:
    """ "ratified the treaty, with 49 lawmakers voting in favour": one vote, the parliament's."""
    text = "Lithuania's parliament ratified the defence treaty on Tuesday, with 49 lawmakers voting in favour and 27 against."
    assert [r[1] for r in _rows(_events(nlp, text, ANCHOR), ("vote",))] == ["Parliament of Lithuania"]


# 5. ships: a navy ship's name is an actor of its navy's country; port calls, docking and calling at a port


@pytest.mark.parametrize("text,row", [
    ("The destroyer USS Halsey will make a three-day port call in Manila from Saturday, the US Navy said.",
     ("visit", "USS Halsey", (), None, "2026-05-09", "planned")),
    ("HMS Tamar docked in Darwin on Monday.", ("arrive", "HMS Tamar", (), None, "2026-05-04", "happened")),
    ("HMS Tamar will no longer call at Jakarta, the Royal Navy said.", ("visit", "HMS Tamar", (), None, None, "cancelled")),
])
def test_ship_port_calls(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("visit", "arrive")) == [row]


@pytest.mark.parametrize("text,country", [
    ("USS Halsey docked in Manila on Monday.", "United States"),
    ("JS Izumo docked in Manila on Monday.", "Japan"),
])
def test_ship_actor_has_its_navys_country(nlp: Language, text: str, country: str) -> None:
    (ev,) = [e for e in _events(nlp, text, ANCHOR) if e.action == "arrive"]
    assert (ev.actor.kind, ev.actor.country) == ("org", country)


def test_courtesy_call_at_a_building_stays_a_meeting(nlp: Language) -> None:
    text = "Foreign Minister Anil Mehra called on President Chaminda Perera at the Presidential Secretariat on Monday."
    assert [r[0] for r in _rows(_events(nlp, text, ANCHOR), ("visit", "meet"))] == ["meet"]


# 6. host-side reports under a dateline: the host receives at home; a city swept into a date entity is still a place


def _placed(evs: list[Event], action: str) -> list[tuple[str, str | None]]:
    return [(e.actor.name, e.place.name if e.place else None) for e in evs if e.action == action]


def test_host_with_no_place_hosts_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("MONTEVIDEO, May 7 (Wire) - Uruguayan President Ignacio Ferreyra will host Portuguese Prime Minister "
            "Duarte Meireles later this month, the presidency said on Thursday.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert _placed(evs, "host") == [("Ignacio Ferreyra", "Montevideo")]


def test_host_of_another_country_keeps_no_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("MONTEVIDEO, May 7 (Wire) - Brazilian President Rosa Almeida will host Portuguese Prime Minister "
            "Duarte Meireles later this month, her office said on Thursday.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert _placed(evs, "host") == [("Rosa Almeida", None)]


def test_city_swept_into_a_date_entity_is_a_place(nlp: Language, tmp_path: Path) -> None:
    text = ("MONTEVIDEO, May 7 (Wire) - Portuguese Prime Minister Duarte Meireles will arrive in Montevideo early "
            "next week for two days of talks.")
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert _placed(evs, "arrive") == [("Duarte Meireles", "Montevideo")]


# 7. votes put off with the new day inside the object; a bare legislature told by "they" under a dateline


@pytest.mark.parametrize("text,day", [
    ("The Security Council postponed a vote on extending the peacekeeping mission in Lebanon until Saturday.",
     "2026-05-09"),
    ("The Security Council postponed a vote on extending the peacekeeping mission in Lebanon until April 2027.", None),
])
def test_postponed_vote_new_day_on_the_gerund(nlp: Language, text: str, day: str | None) -> None:
    assert [(r[4], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("vote",))] == [(day, "postponed")]


def test_lawmakers_told_by_they_are_the_dateline_countrys_parliament(nlp: Language, tmp_path: Path) -> None:
    text = "PODGORICA, May 7 (Wire) - Opposition lawmakers said they would vote against the border treaty."
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert [(e.actor.name, e.actor.country) for e in evs if e.action == "vote"] == [
        ("Parliament of Montenegro", "Montenegro")]


# 8. ceremonies: funerals and inaugurations are gatherings; "attended by A and B"; a guest's stand-in


def _attends(evs: list[Event]) -> list[tuple[str, str]]:
    return [(e.actor.name, e.status) for e in evs if e.action == "attend"]


def test_among_leaders_expected_at_an_inauguration(nlp: Language) -> None:
    text = ("President Julio Herrera and President Elena Quesada are among the leaders expected to attend the "
            "inauguration on May 19, the ministry said.")
    assert _attends(_events(nlp, text, ANCHOR)) == [("Julio Herrera", "planned"), ("Elena Quesada", "planned")]


@pytest.mark.parametrize("text,rows", [
    ("Mourners lined the streets on Saturday as the country buried its former leader after a state funeral attended by "
     "President Chikondi Banda, Vice President Neo Sebina and envoys from 20 countries.",
     [("Chikondi Banda", "happened"), ("Neo Sebina", "happened")]),
    ("A summit attended by President Chikondi Banda will be held on Monday.", [("Chikondi Banda", "planned")]),
])
def test_attended_by_participle_is_each_persons_attendance(nlp: Language, text: str,
                                                           rows: list[tuple[str, str]]) -> None:
    assert _attends(_events(nlp, text, ANCHOR)) == rows


@pytest.mark.parametrize("text,stand_in", [
    ("President Elena Quesada will not attend the inauguration in Honduras and will send Foreign Minister Mauricio "
     "Solano in her place, her office said.", "Mauricio Solano"),
    ("President Kagiso Molefe will not attend the funeral in Lusaka and has asked Vice President Neo Sebina to "
     "represent him, the presidency said.", "Neo Sebina"),
])
def test_stand_in_gets_the_withdrawn_guests_plan(nlp: Language, text: str, stand_in: str) -> None:
    rows = [(e.actor.name, e.place.name if e.place else None, e.status) for e in _events(nlp, text, ANCHOR)
            if e.action == "attend"]
    assert rows[1:] == [(stand_in, rows[0][1], "planned")] and rows[0][2] == "cancelled"


def test_sending_a_letter_is_no_stand_in(nlp: Language) -> None:
    text = "President Elena Quesada will not attend the inauguration in Honduras and will send a letter instead."
    assert [r[1] for r in _attends(_events(nlp, text, ANCHOR))] == ["cancelled"]


# 9. more court wordings: a title noun with the name in apposition, appeal rulings, "will rule", co-defendants


@pytest.mark.parametrize("text,rows", [
    ("Former deputy mayor Daniel Moreno was jailed for six years on Monday.", [("sentence", "Daniel Moreno", "happened")]),
    ("The appeals court on Monday upheld the conviction of activist Daniel Moreno.",
     [("verdict", "Daniel Moreno", "happened")]),
    ("A district court will rule on Saturday in the fraud trial of Daniel Moreno and developer Pablo Ortega.",
     [("verdict", "Daniel Moreno", "planned"), ("verdict", "Pablo Ortega", "planned")]),
])
def test_more_court_wordings(nlp: Language, text: str, rows: list[tuple[str, str, str]]) -> None:
    assert [(r[0], r[1], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("verdict", "sentence"))] == rows


@pytest.mark.parametrize("text", [
    "The party ruled out early elections on Monday.",
    "The general ruled the country for two decades.",
    "The committee upheld the decision on Monday.",
])
def test_rule_and_uphold_without_a_case_tell_nothing(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("verdict", "sentence")) == []


def test_trade_crowd_strikes(nlp: Language) -> None:
    text = "Air traffic controllers will stage a 48-hour strike this weekend, their union said."
    assert [(r[0], r[1], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("protest",))] == [
        ("protest", "controllers", "planned")]


# 10. a plan "not due until" a later day is no call-off; plural nationalities the recognizer misses are their people


def test_not_until_a_day_is_no_call_off(nlp: Language) -> None:
    text = "Prime Minister Ana Duarte will not travel to Paris until March."
    assert [r[5] for r in _rows(_events(nlp, text, ANCHOR), ("travel",))] == ["planned"]


@pytest.mark.parametrize("text,row", [
    ("Serbians voted on Monday in a snap parliamentary election.", ("vote", "Serbia", "snap parliamentary election")),
    ("Georgians protested on Monday.", ("protest", "protesters", None)),
])
def test_plural_nationality_subjects(nlp: Language, text: str, row: tuple[str, str, str | None]) -> None:
    assert [(r[0], r[1], r[3]) for r in _rows(_events(nlp, text, ANCHOR), ("vote", "protest"))] == [row]


@pytest.mark.parametrize("text,rows", [
    ("The US Navy destroyer USS Halsey will call at Da Nang next Tuesday, the embassy said.",
     [("visit", "USS Halsey", "planned")]),
    ("HMS Tamar will no longer call at Cam Ranh, the Royal Navy said. The patrol ship will head to Singapore instead.",
     [("visit", "HMS Tamar", "cancelled"), ("travel", "HMS Tamar", "planned")]),
])
def test_ship_before_its_navy_and_told_again_by_a_noun(nlp: Language, text: str, rows: list[tuple[str, str, str]]) -> None:
    assert [(r[0], r[1], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("visit", "travel"))] == rows


@pytest.mark.parametrize("text,status", [
    ("Foreign Minister Ana Duarte and her counterpart Tomas Ferreira agreed in a phone call on Monday to hold talks "
     "in Lisbon in June.", "happened"),
    ("Foreign Minister Ana Duarte will hold a phone call with Tomas Ferreira on Saturday.", "planned"),
])
def test_call_in_which_a_plan_was_agreed_took_place(nlp: Language, text: str, status: str) -> None:
    assert [r[5] for r in _rows(_events(nlp, text, ANCHOR), ("call",))] == [status]


# 11. releases: handed over in exchange for others; a named captive set free is the captive's event


@pytest.mark.parametrize("text,row", [
    ("Ethiopia said it had handed over 90 Eritrean prisoners of war in exchange for 90 of its soldiers.",
     ("exchange", "Ethiopia", ("Eritrea",), "prisoners", None, "happened")),
    ("Ethiopia handed over 40 Eritrean prisoners on Monday.",
     ("release", "Ethiopia", ("Eritrea",), "prisoners", "2026-05-04", "happened")),
])
def test_handed_over_captives(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("exchange", "release")) == [row]


def test_named_captives_freed_are_each_ones_event(nlp: Language) -> None:
    text = "Dutch aid worker Maarten Kuipers and Canadian engineer Julie Tremblay were freed by their captors on Monday."
    assert [(r[0], r[1], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("freed", "release"))] == [
        ("freed", "Maarten Kuipers", "happened"), ("freed", "Julie Tremblay", "happened")]


def test_court_noun_told_again_takes_the_earlier_defendant(nlp: Language) -> None:
    text = ("A district court on Monday convicted former mayor Daniel Moreno of fraud. "
            "Judge Ana Ruiz said she would pass sentence on May 19.")
    assert [(r[0], r[1], r[4], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("sentence",))] == [
        ("sentence", "Daniel Moreno", "2026-05-19", "planned")]


def test_they_after_two_titled_names_read_as_an_apposition(nlp: Language) -> None:
    """ "Botswana's President X and Malawi's President Y have confirmed that they will attend": the parser hangs Y on X
    as an apposition and the "and" on X; "they" is both."""
    text = ("Botswana's President Kagiso Molefe and Malawi's President Chikondi Banda have confirmed that they will "
            "attend the funeral on Saturday.")
    assert _attends(_events(nlp, text, ANCHOR)) == [("Kagiso Molefe", "planned"), ("Chikondi Banda", "planned")]


def test_day_of_a_prepared_visit_is_not_the_meetings(nlp: Language) -> None:
    text = "Foreign Minister Selim Aydogan will meet Jasur Rakhimov in Tashkent to prepare a visit by the president next year."
    assert [r[4] for r in _rows(_events(nlp, text, ANCHOR), ("meet",))] == [None]


def test_strike_at_a_port_of_a_named_city_is_a_strike(nlp: Language) -> None:
    text = "The union has called off the planned strike at the port of Antwerp."
    assert [(r[0], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("protest",))] == [("protest", "cancelled")]


@pytest.mark.parametrize("text,what", [
    ("A court convicted former mayor Daniel Moreno on Monday.", "conviction"),
    ("A court found former mayor Daniel Moreno not guilty on Monday.", "acquittal"),
    ("The appeals court quashed the conviction of activist Daniel Moreno on Monday.", "acquittal"),
    ("A court will deliver its verdict in the trial of Daniel Moreno on Saturday.", None),
])
def test_verdict_outcome_is_kept(nlp: Language, text: str, what: str | None) -> None:
    assert [r[3] for r in _rows(_events(nlp, text, ANCHOR), ("verdict",))] == [what]


@pytest.mark.parametrize("text", [
    "President Ana Duarte and Prime Minister Tomas Ferreira discussed fishing quotas in a phone call on Monday.",
    "President Ana Duarte told Prime Minister Tomas Ferreira in a phone call on Monday that she wanted closer ties.",
])
def test_call_told_in_a_frame_took_place(nlp: Language, text: str) -> None:
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in _rows(_events(nlp, text, ANCHOR), ("call",))] == [
        ("call", "Ana Duarte", ("Tomas Ferreira",), "2026-05-04", "happened")]


def test_call_planned_in_a_frame_is_no_report(nlp: Language) -> None:
    text = "President Ana Duarte will discuss fishing quotas with Tomas Ferreira in a phone call on Saturday."
    assert [r[5] for r in _rows(_events(nlp, text, ANCHOR), ("call",)) if r[5] == "happened"] == []
