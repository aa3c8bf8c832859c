"""Round 71 (session 57): what audits 250-252 (labour and strikes, peace talks and international bodies, defence
diplomacy) and audit 247 found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a
Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    found = next(ex for _, ex in extract(articles, get_nlp(settings)))
    assert found.error is None, found.error
    return list(found.events)


def _row(e: Event) -> tuple[str, str, str, str | None, str | None]:
    return (e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None)


def test_round71_a_month_the_parser_hung_on_the_attribution_is_the_events() -> None:
    events = _extracted("OSLO, June 1 (Wire) - The United Nations and Sweden will co-host a pledging conference for "
                        "Haiti in Oslo later this month, the UN office said on Monday.")
    assert [_row(e) for e in events] == [("host", "United Nations", "planned", "2026-06", "Oslo")]
    assert [c.name for c in events[0].counterparts] == ["Sweden"]  # (Haiti is what it is for, no party)


def test_round71_a_gathering_where_a_past_act_was_done_is_a_reference_to_it_held() -> None:
    found = next(ex for _, ex in extract(read_text(
        b"OSLO, June 3 (Wire) - Donors pledged $900 million for Haiti at a conference in Oslo on Wednesday.",
        "x.txt", load_settings(), date(2026, 6, 3)), get_nlp(load_settings())))
    assert [(r.action, r.status, r.date.value, r.place.name if r.place else None) for r in found.references] == [
        ("attend", "happened", "2026-06-03", "Oslo")]


def test_round71_a_gatherings_topic_names_no_doer_of_its_change() -> None:
    found = next(ex for _, ex in extract(read_text(
        b"NAIROBI, June 1 (Wire) - The regional summit on Somalia has been postponed because of a security alert.",
        "x.txt", load_settings(), _DAY), get_nlp(load_settings())))
    assert [(r.action, r.status) for r in found.references] == [("attend", "postponed")]


def test_round71_a_virtual_meeting_chaired_by_a_person_is_theirs() -> None:
    events = _extracted("SUVA, June 2 (Wire) - The virtual meeting, chaired by Fijian Prime Minister Josefa Tora, was "
                        "held on Tuesday.", date(2026, 6, 2))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("call", "Josefa Tora", "happened", "2026-06-02")]


@pytest.mark.parametrize("text", [
    "GENEVA, June 1 (Wire) - The Secretary-General has cancelled his trip to Bamako for security reasons, the U.N. "
    "said on Monday.",
    "NIAMEY, June 1 (Wire) - The U.N. chief arrived in Niamey on Monday.",
])
def test_round71_a_bodys_head_by_title_alone_is_no_office_of_the_dateline_country(text: str) -> None:
    events = _extracted(text)
    assert events and all((e.actor.name, e.actor.title, e.actor.country) == ("Secretary-General", "Secretary-General", None)
                          for e in events)


def test_round71_the_bodys_own_secretary_general_even_after_an_untitled_person() -> None:
    events = _extracted("ACCRA, June 6 (Wire) - Mourners gathered in Accra on Saturday for the funeral of Kofi Boadu, "
                        "the diplomat who spent three decades mediating wars. The U.N. Secretary-General did not travel "
                        "to Accra because of a crisis elsewhere.", date(2026, 6, 6))
    assert sorted(_row(e) for e in events) == [
        ("funeral", "Kofi Boadu", "happened", "2026-06-06", "Accra"),
        ("travel", "Secretary-General", "cancelled", None, "Accra")]  # (the career "spent ... mediating": no event)


def test_round71_a_delegation_walking_out_of_talks_tells_the_talks_held() -> None:
    events = _extracted("BRUSSELS, June 3 (Wire) - Kosovo's delegation walked out of the talks with Serbia in Brussels "
                        "on Wednesday.", date(2026, 6, 3))
    assert [_row(e) for e in events] == [("meet", "Kosovo", "happened", "2026-06-03", "Brussels")]
    assert [c.name for c in events[0].counterparts] == ["Serbia"]


def test_round71_what_a_state_had_signed_is_no_signing() -> None:
    events = _extracted("BRUSSELS, June 3 (Wire) - The negotiator said the delegation would not return until Serbia "
                        "honoured what it had signed.", date(2026, 6, 3))
    assert [e for e in events if e.action == "sign"] == []


def test_round71_a_stop_named_by_its_city_dropped_is_the_visit_there_called_off() -> None:
    events = _extracted("VILNIUS, June 3 (Wire) - German Defence Minister Katrin Vogt cut short her Baltic tour on "
                        "Wednesday. Her meeting in Tallinn on Friday has been cancelled, and the Riga stop was also "
                        "dropped.", date(2026, 6, 3))
    assert ("visit", "Katrin Vogt", "cancelled", None, "Riga") in [_row(e) for e in events]


def test_round71_no_such_trip_is_not_the_deniers() -> None:
    events = _extracted("ASMARA, June 3 (Wire) - Eritrea's information minister on Wednesday denied reports that the "
                        "mediator would visit Asmara this week, saying no such trip had been requested.", date(2026, 6, 3))
    assert [e for e in events if "Information Minister" in e.actor.name] == []


def test_round71_a_minister_the_parser_hung_on_a_conjoined_group_is_the_ministers_office() -> None:
    events = _extracted("LISBON, June 6 (Wire) - Portugal's infrastructure minister and rail union leaders met for "
                        "five hours on Friday.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts]) for e in events] == [
        ("meet", "Infrastructure Minister of Portugal", ["union leaders"])]


def test_round71_the_unions_leaders_are_the_union_leaders() -> None:
    events = _extracted("LISBON, June 1 (Wire) - Infrastructure Minister Sofia Amado will meet the union's leaders on "
                        "Friday.")
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in events] == [("Sofia Amado", ["union leaders"])]


def test_round71_a_navy_the_recognizer_missed_is_its_state() -> None:
    events = _extracted("DA NANG, Vietnam, June 5 (Wire) - Three Indian Navy warships arrived in Da Nang on Friday.",
                        date(2026, 6, 5))
    assert [_row(e) for e in events] == [("arrive", "India", "happened", "2026-06-05", "Da Nang")]


def test_round71_a_states_mission_abroad_is_not_where_talks_were_held() -> None:
    events = _extracted("VIENNA, June 1 (Wire) - Helen Marsh met Oleg Varta at the US mission on Monday.")
    assert [(e.action, e.place) for e in events] == [("meet", None)]


def test_round71_two_nationalities_the_parser_hung_on_the_noun_are_both_sides() -> None:
    events = _extracted("WASHINGTON, June 1 (Wire) - US and Russian negotiators will resume talks in Geneva next "
                        "Monday, the State Department said.")
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in events] == [("United States", ["Russia"])]


def test_round71_a_dialogue_named_by_two_states_put_off_is_their_meeting() -> None:
    events = _extracted("WELLINGTON, June 2 (Wire) - The New Zealand-Vietnam security dialogue, which had been scheduled "
                        "for Thursday, has been postponed until July, the defence ministry said on Tuesday.",
                        date(2026, 6, 2))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.status) for e in events] == [
        ("meet", "New Zealand", ["Vietnam"], "postponed")]


def test_round71_a_counterparts_name_the_parser_hung_elsewhere_is_the_counterpart() -> None:
    events = _extracted("SEOUL, June 1 (Wire) - South Korea and Poland will sign a defence pact in Warsaw on June 10, "
                        "when Defence Minister Park Min-jun meets his Polish counterpart Tomasz Wolny, Seoul's defence "
                        "ministry said on Monday.")
    assert [(e.actor.name, [c.name for c in e.counterparts]) for e in events if e.action == "meet"] == [
        ("Park Min-jun", ["Tomasz Wolny"])]


def test_round71_talks_between_a_ministers_office_and_union_leaders_are_theirs() -> None:
    events = _extracted("ROME, June 4 (Wire) - Talks between Italy's transport minister and union leaders ended without a "
                        "deal on Wednesday, and the minister ordered Friday's national transport strike cut to four "
                        "hours.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.date.value) for e in events] == [
        ("meet", "Transport Minister of Italy", ["union leaders"], "2026-06-03")]  # (the strike ordered cut: no event)


def test_round71_a_meal_for_delegations_keeps_its_guests_while_a_conference_for_a_state_does_not() -> None:
    events = _extracted("NAIROBI, June 3 (Wire) - Ethiopia's prime minister and Eritrea's president held talks in "
                        "Nairobi on Wednesday. Kenya's president hosted a dinner for both delegations.", date(2026, 6, 3))
    hosted = [e for e in events if e.action == "host"]
    assert [sorted(c.name for c in e.counterparts) for e in hosted] == [["President of Eritrea", "Prime Minister of Ethiopia"]]


def test_round71_next_weeks_round_moved_keeps_its_week_and_calls_off_the_old_place() -> None:
    events = _extracted("MOSCOW, June 4 (Wire) - Next week's round of talks between Helen Marsh and Oleg Varta has been "
                        "moved from Geneva to Vienna, the ministry said on Thursday.", date(2026, 6, 4))
    assert sorted((e.status, e.place.name if e.place else None, e.date.value) for e in events) == [
        ("cancelled", "Geneva", "2026-W24"), ("planned", "Vienna", "2026-W24")]


def test_round71_a_bodys_envoy_is_of_no_dateline_country() -> None:
    events = _extracted("NAIROBI, June 2 (Wire) - The U.N. special envoy for Sudan met a delegation of the Rapid Support "
                        "Forces in Nairobi on Tuesday.", date(2026, 6, 2))
    assert [(e.actor.name, e.actor.country) for e in events] == [("Special Envoy", None)]


def test_round71_a_time_owning_a_noun_in_the_objects_participle_is_not_the_visits() -> None:
    events = _extracted("KYIV, June 3 (Wire) - Foreign Minister Aino Korva of Finland also visited a district hit by "
                        "last week's strikes.", date(2026, 6, 3))
    assert [(e.action, e.date.value) for e in events] == [("visit", None)]


def test_round71_stop_work_read_as_a_verb_is_a_strike() -> None:
    events = _extracted("ROTTERDAM, June 1 (Wire) - Lashers at the port of Rotterdam will stop work for 24 hours on "
                        "Friday, the union said on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("protest", "lashers", "planned", "2026-06-05")]


def test_round71_a_countrys_labour_confederations_calling_a_strike_are_its_actor() -> None:
    events = _extracted("ATHENS, June 1 (Wire) - Greece's two largest labour confederations have called a 24-hour "
                        "general strike for June 9 against a new labour law, they said on Monday.")
    assert [(e.action, e.actor.name, e.actor.country, e.status, e.date.value) for e in events] == [
        ("protest", "confederations", "Greece", "planned", "2026-06-09")]


def test_round71_a_march_workers_were_urged_to_join_is_no_march_held() -> None:
    events = _extracted("ATHENS, June 4 (Wire) - Union leader Nikos Papas urged workers to join a march in Athens on "
                        "Thursday.", date(2026, 6, 4))
    assert [(e.action, e.status) for e in events] == [("protest", "uncertain")]
