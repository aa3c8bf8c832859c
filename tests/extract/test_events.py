"""Tests for dateline.extract.events: actions, participants, places, dates and codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.extract import build_nlp
from dateline.extract.codes import event_codes
from dateline.model import Event


@pytest.mark.parametrize(
    "action,status,cameo,plover,mode",
    [
        ("visit", "planned", "036", "AGREE", None),
        ("visit", "happened", "042", "CONSULT", "visit"),
        ("host", "happened", "043", "CONSULT", "visit"),
        ("meet", "happened", "040", "CONSULT", None),
        ("call", "happened", "041", "CONSULT", "phone"),
        ("negotiate", "happened", "046", "CONSULT", None),
        ("sign", "happened", "057", "SUPPORT", None),
        ("visit", "postponed", "036", "AGREE", None),
    ],
)
def test_events_codes_by_action_and_status(action: str, status: str, cameo: str, plover: str, mode: str | None) -> None:
    codes = event_codes(action, status)
    assert (codes.cameo, codes.plover, codes.mode) == (cameo, plover, mode)


def test_events_codes_unknown_action_names_valid_ones() -> None:
    with pytest.raises(ValueError, match="unknown action 'dance'; expected one of: visit"):
        event_codes("dance", "planned")


def _events(nlp: Language, text: str, anchor: date | None = date(2025, 3, 4)) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,action",
    [
        ("Kenyan President William Ruto telephoned French President Emmanuel Macron on Tuesday.", "call"),
        ("Kenyan President William Ruto hosted French President Emmanuel Macron in Nairobi on Tuesday.", "host"),
        ("Kenya and France signed a trade agreement in Nairobi on Tuesday.", "sign"),
        ("Kenyan President William Ruto will travel to Paris next week.", "travel"),
        ("French Foreign Minister Claire Dubois is expected to attend the summit in Addis Ababa.", "attend"),
        ("French Foreign Minister Claire Dubois is due to arrive in Nairobi on Monday.", "arrive"),
    ],
)
def test_events_action_family(nlp: Language, text: str, action: str) -> None:
    assert [e.action for e in _events(nlp, text)] == [action]


@pytest.mark.slow
def test_events_meeting_counterpart(nlp: Language) -> None:
    event = _events(nlp, "French Foreign Minister Claire Dubois met Kenyan President William Ruto in Nairobi on Monday.")[0]
    assert (event.actor.name, [c.name for c in event.counterparts]) == ("Claire Dubois", ["William Ruto"])


@pytest.mark.slow
def test_events_place_and_date(nlp: Language) -> None:
    event = _events(nlp, "French Foreign Minister Claire Dubois visited Nairobi on Monday.")[0]
    assert (event.place.name if event.place else None, event.date.value) == ("Nairobi", "2025-03-03")


@pytest.mark.slow
def test_events_no_date_is_unknown_not_publication_day(nlp: Language) -> None:
    event = _events(nlp, "French Foreign Minister Claire Dubois intends to visit Nairobi.")[0]
    assert (event.date.value, event.date.precision) == (None, "unknown")


@pytest.mark.slow
def test_events_unanchored_relative_date_keeps_x(nlp: Language) -> None:
    event = _events(nlp, "French Foreign Minister Claire Dubois will visit Nairobi on Friday.", anchor=None)[0]
    assert (event.date.value or "").count("X") > 0 and (event.date.note or "").startswith("unanchored")


@pytest.mark.slow
def test_events_reporting_clause_date_is_not_event_date(nlp: Language) -> None:
    text = "Claire Dubois will hold talks with William Ruto in Nairobi, an official confirmed on Tuesday."
    assert [e.date.value for e in _events(nlp, text)] == [None]


@pytest.mark.slow
def test_events_two_meetings_of_one_person_stay_two(nlp: Language) -> None:
    text = (
        "French Foreign Minister Claire Dubois will meet Kenyan President William Ruto on Monday. "
        "On Wednesday, Dubois will meet Ethiopian Prime Minister Abiy Ahmed in Addis Ababa."
    )
    got = [(e.counterparts[0].name, e.date.value) for e in _events(nlp, text)]
    assert got == [("William Ruto", "2025-03-10"), ("Abiy Ahmed", "2025-03-05")]


@pytest.mark.slow
def test_events_statement_is_not_an_event(nlp: Language) -> None:
    assert _events(nlp, "The plan was confirmed by a senior official on Tuesday.") == []


@pytest.mark.slow
def test_events_tour_history_is_not_an_event(nlp: Language) -> None:
    text = "Claire Dubois is on an African tour which has included visits to Ghana and Senegal."
    assert _events(nlp, text) == []


@pytest.mark.slow
def test_events_earlier_occurrence_in_when_clause(nlp: Language) -> None:
    text = (
        "It will be the first visit to the Joint Security Area by both leaders since May 2019, "
        "when former President Moon Jae-in and former President Donald Trump were present."
    )
    got = [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in _events(nlp, text)]
    assert got == [("Moon Jae-in", "happened", "2019-05", "Joint Security Area")]


@pytest.mark.slow
def test_events_evidence_points_into_text(nlp: Language) -> None:
    text = "Kenyan President William Ruto telephoned French President Emmanuel Macron on Tuesday."
    ev = _events(nlp, text)[0].evidence
    assert (ev.sentence, text[ev.trigger_start : ev.trigger_end]) == (text, "telephoned")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Will Claire Dubois Visit Nairobi During Her Africa Tour?",
        "- Visit to the port of Mombasa and the national park.",
        "- Meeting with President William Ruto and the foreign minister.",
        "Could a summit between William Ruto and Claire Dubois happen soon?",
    ],
)
def test_events_questions_and_verbless_fragments_give_none(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,action,status",
    [
        ("Kenyan President William Ruto to visit Paris next week", "visit", "planned"),
        ("Talks between Claire Dubois and William Ruto postponed to June", "meet", "postponed"),
    ],
)
def test_events_headline_infinitive_and_participle_report(nlp: Language, text: str, action: str, status: str) -> None:
    assert [(e.action, e.status) for e in _events(nlp, text)] == [(action, status)]


@pytest.mark.slow
def test_events_summary_bullet_above_dateline_gives_none(nlp: Language) -> None:
    text = "Key Takeaways\n- Visit to Mombasa.\nNairobi, March 3 (Wire) Kenyan President William Ruto will visit Paris on Friday."
    doc = nlp.make_doc(text)
    doc._.anchor = date(2025, 3, 4)
    doc._.dateline = (text.index("Nairobi"), text.index("Kenyan") - 1)
    got = [(e.action, e.place.name if e.place else None, e.date.value) for e in nlp(doc)._.events]
    assert got == [("visit", "Paris", "2025-03-07")]


@pytest.mark.slow
@pytest.mark.parametrize("phrase", ["later in the day", "earlier in the day", "that evening"])
def test_events_later_in_the_day_takes_previous_event_day(nlp: Language, phrase: str) -> None:
    text = (
        "Dutch Prime Minister Dick Schoof visited Kyiv on Monday with Ukrainian Prime Minister Yulia Svyrydenko. "
        f"Schoof met President Volodymyr Zelensky at his office {phrase}."
    )
    last = _events(nlp, text, date(2025, 6, 4))[-1]
    assert (last.action, last.date.value, last.date.precision, last.status) == ("meet", "2025-06-02", "day", "happened")


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "day"), [("a day later", "2025-06-03"), ("two days later", "2025-06-04"),
                                             ("the day before", "2025-06-01")])
def test_events_an_offset_from_the_previous_event_day(nlp: Language, phrase: str, day: str) -> None:
    text = (
        "Dutch Prime Minister Dick Schoof visited Kyiv on Monday with Ukrainian Prime Minister Yulia Svyrydenko. "
        f"Schoof met President Volodymyr Zelensky at his office {phrase}."
    )
    last = _events(nlp, text, date(2025, 6, 6))[-1]
    assert (last.action, last.date.value, last.date.text) == ("meet", day, phrase)
    assert last.date.note is not None and "previous event" in last.date.note


@pytest.mark.slow
def test_events_an_offset_compared_with_a_plan_or_a_named_thing_is_no_date(nlp: Language) -> None:
    text = (
        "Dutch Prime Minister Dick Schoof visited Kyiv on Monday with Ukrainian Prime Minister Yulia Svyrydenko. "
        "Schoof met President Volodymyr Zelensky the day before the donor conference."
    )
    assert _events(nlp, text, date(2025, 6, 6))[-1].date.text != "the day before"


@pytest.mark.slow
def test_events_later_in_the_day_without_a_dated_event_stays_unknown(nlp: Language) -> None:
    text = "Dutch Prime Minister Dick Schoof met President Volodymyr Zelensky later in the day."
    assert [e.date.value for e in _events(nlp, text, date(2025, 6, 4))] == [None]


@pytest.mark.slow
def test_events_title_words_of_the_actor_are_no_counterparts(nlp: Language) -> None:
    text = "When US Secretary of State Marco Rubio arrived in Riyadh, he met Saudi Foreign Minister Faisal bin Farhan."
    got = [(e.action, e.place.name if e.place else None, [c.name for c in e.counterparts]) for e in _events(nlp, text)]
    assert got == [("arrive", "Riyadh", []), ("meet", "Riyadh", ["Faisal bin Farhan"])]


def _summary(nlp: Language, text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [(e.action, e.actor.name, [c.name for c in e.counterparts], e.place.name if e.place else None)
            for e in _events(nlp, text)]


@pytest.mark.slow
def test_events_conjoined_surnames_give_actor_and_counterpart(nlp: Language) -> None:
    text = "Kenyan President William Ruto thanked Lindqvist. Lindqvist and Ruto spoke by phone on Monday."
    assert _summary(nlp, text)[-1:] == [("call", "Lindqvist", ["William Ruto"], None)]


@pytest.mark.slow
def test_events_gathering_topic_predicate_is_no_event(nlp: Language) -> None:
    assert _events(nlp, "The Nairobi summit is expected to focus on food security and debt relief.") == []


@pytest.mark.slow
def test_events_return_clause_gives_no_place(nlp: Language) -> None:
    text = "Kenyan President William Ruto held talks with French President Emmanuel Macron for an hour before returning to Nairobi."
    assert _summary(nlp, text) == [("meet", "William Ruto", ["Emmanuel Macron"], None)]


@pytest.mark.slow
def test_events_organization_modifying_a_noun_is_no_counterpart(nlp: Language) -> None:
    text = "Kenyan President William Ruto and French President Emmanuel Macron signed an accord on Amazon forest protection."
    assert _summary(nlp, text) == [("sign", "William Ruto", ["Emmanuel Macron"], None)]


@pytest.mark.slow
def test_events_counterpart_never_repeats_the_place(nlp: Language) -> None:
    text = "Kenyan President William Ruto has cancelled a trip to Tanzania planned for next week."
    assert _summary(nlp, text) == [("visit", "William Ruto", [], "Tanzania")]


@pytest.mark.slow
def test_events_nationals_after_for_talks_are_no_counterpart(nlp: Language) -> None:
    text = "Kenyan President William Ruto will fly to Kampala on Wednesday for talks with Ugandan officials."
    assert _summary(nlp, text) == [("travel", "William Ruto", [], "Kampala")]


@pytest.mark.slow
def test_events_group_noun_takes_a_pair_of_one_title_family(nlp: Language) -> None:
    text = ("Kenyan Foreign Minister Amina Odhiambo and British Foreign Secretary Tom Hale signed a trade accord on Monday. "
            "The two ministers will meet again in London on March 20.")
    assert _summary(nlp, text)[-1:] == [("meet", "Amina Odhiambo", ["Tom Hale"], "London")]


def _rows(events: list[Event]) -> list[tuple[str, str, str, list[str], str | None, str | None, str | None]]:
    return [(e.action, e.status, e.actor.name, [c.name for c in e.counterparts], e.place.name if e.place else None,
             e.date.value, e.date.end_value) for e in events]


@pytest.mark.slow
def test_events_negated_quantified_subject_is_no_actor(nlp: Language) -> None:
    text = ("Danish Foreign Minister Lars Holm will visit the Arctic station in Nuuk on Friday. "
            "No foreign ministers of the two countries have visited Nuuk together since May 2019, "
            "when former Danish Foreign Minister Anders Samuelsen and former Icelandic Foreign Minister Gudlaugur Thordarson were present.")
    got = _rows(_events(nlp, text, date(2025, 3, 4)))
    assert [g for g in got if g[1] == "happened"] == [
        ("visit", "happened", "Anders Samuelsen", ["Gudlaugur Thordarson"], "Nuuk", "2019-05", None)]
    assert not any(g[2] == "Lars Holm" and g[1] != "planned" for g in got)


@pytest.mark.slow
def test_events_together_with_on_the_object_is_a_counterpart(nlp: Language) -> None:
    text = "Astudillo will tour the old harbour inside the city along with Chilean President Gabriel Boric."
    got = _rows(_events(nlp, "Peruvian Defence Minister Walter Astudillo spoke on Monday. " + text))
    assert [(g[0], g[2], g[3]) for g in got if g[0] == "visit"] == [("visit", "Walter Astudillo", ["Gabriel Boric"])]


@pytest.mark.slow
def test_events_trip_noun_with_duration_and_start_day_is_a_span(nlp: Language) -> None:
    text = ("Portuguese Prime Minister Luis Montenegro will also meet business leaders during the trip. "
            "The three-day stop begins next Tuesday and will be Montenegro's first time in Brazil as prime minister.")
    got = _rows(_events(nlp, text, date(2025, 3, 4)))
    assert ("visit", "planned", "Luis Montenegro", [], "Brazil", "2025-03-11", "2025-03-13") in got


@pytest.mark.slow
def test_events_named_meeting_set_for_a_date_is_a_planned_meeting(nlp: Language) -> None:
    text = ("Wadephul's main task in Warsaw is the annual Intergovernmental Consultations with Sikorski, "
            "set for April 9 at the chancellery.")
    got = _rows(_events(nlp, "German Foreign Minister Johann Wadephul met Polish Foreign Minister Radoslaw Sikorski. " + text))
    assert ("meet", "planned", "Johann Wadephul", ["Radoslaw Sikorski"], "Warsaw", "2025-04-09", None) in got


@pytest.mark.slow
def test_events_after_arriving_frame_lends_place_and_date(nlp: Language) -> None:
    text = "After arriving in Lima on Thursday, Boric will meet Peruvian Foreign Minister Elmer Schialer."
    got = _rows(_events(nlp, "Chilean President Gabriel Boric spoke on Monday. " + text))
    assert ("meet", "planned", "Gabriel Boric", ["Elmer Schialer"], "Lima", "2025-03-06", None) in got


@pytest.mark.slow
def test_events_before_leaving_frame_lends_nothing(nlp: Language) -> None:
    text = "Chilean President Gabriel Boric will meet Peruvian Foreign Minister Elmer Schialer after leaving Lima on Thursday."
    got = _rows(_events(nlp, text))
    assert [g for g in got if g[0] == "meet"][0][4] is None


@pytest.mark.slow
def test_events_take_part_in_is_attend(nlp: Language) -> None:
    text = "In Nairobi, Kenyan President William Ruto plans to take part in the regional climate summit."
    got = _rows(_events(nlp, text))
    assert [(g[0], g[1], g[4]) for g in got] == [("attend", "planned", "Nairobi")]
    assert all(e.action != "attend" for e in _events(nlp, "Kenyan President William Ruto will take a flight to Paris."))


def _leg_rows(nlp: Language, text: str, anchor: date) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in _events(nlp, text, anchor)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,want",
    [
        (
            "German President Frank-Walter Steinmeier will tour the Baltic states next week. The Vilnius leg of the tour was called off.",
            ("visit", "Frank-Walter Steinmeier", "Vilnius", None, "cancelled"),
        ),
        (
            "German President Frank-Walter Steinmeier will travel to Latvia next week. The Riga trip has been cancelled.",
            ("visit", "Frank-Walter Steinmeier", "Riga", None, "cancelled"),
        ),
    ],
)
def test_events_called_off_leg_takes_the_place_it_is_named_after(nlp: Language, text: str, want: tuple[str, ...]) -> None:
    assert _leg_rows(nlp, text, date(2026, 10, 5))[-1] == want


@pytest.mark.slow
def test_events_conjoined_destinations_are_legs_with_their_own_dates(nlp: Language) -> None:
    text = "German President Frank-Walter Steinmeier will visit Warsaw on Tuesday and Riga on Thursday, his office said."
    assert _leg_rows(nlp, text, date(2026, 10, 5)) == [
        ("visit", "Frank-Walter Steinmeier", "Warsaw", "2026-10-06", "planned"),
        ("visit", "Frank-Walter Steinmeier", "Riga", "2026-10-08", "planned"),
    ]


@pytest.mark.slow
def test_events_postponed_summit_moves_host_and_every_participant(nlp: Language) -> None:
    text = (
        "Indonesian President Prabowo Subianto and Philippine President Ferdinand Marcos Jr were due to attend the regional summit. "
        "The summit, which Malaysia was to host in Kuala Lumpur this week, has been postponed to November, the foreign ministry said."
    )
    assert _leg_rows(nlp, text, date(2026, 9, 14)) == [
        ("attend", "Prabowo Subianto", "Kuala Lumpur", "2026-11", "postponed"),
        ("host", "Malaysia", "Kuala Lumpur", "2026-11", "postponed"),
        ("attend", "Ferdinand Marcos Jr", "Kuala Lumpur", "2026-11", "postponed"),
    ]


@pytest.mark.slow
def test_events_invited_guests_of_a_cancelled_forum_are_cancelled_too(nlp: Language) -> None:
    text = (
        "Kenyan President William Ruto had invited Ethiopian Prime Minister Abiy Ahmed and Ugandan President Yoweri Museveni "
        "to the forum. The forum that Kenya was to host in Mombasa next week has been cancelled."
    )
    got = {(a, who, status) for a, who, _, _, status in _leg_rows(nlp, text, date(2026, 9, 14))}
    assert got == {("host", "Kenya", "cancelled"), ("attend", "Abiy Ahmed", "cancelled"), ("attend", "Yoweri Museveni", "cancelled")}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,anchor,want",
    [
        (  # the host's own country is no counterpart
            "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Doha on Sunday.",
            date(2026, 5, 18),
            [("host", "Sheikh Tamim bin Hamad Al Thani", ("Mohammed Shia al-Sudani",), "Doha", "2026-05-17", "happened")],
        ),
        (  # a frame noun of an event noun is an event object of "host"
            "Oman is expected to host another round of indirect talks in Muscat next week.",
            date(2026, 5, 18),
            [("host", "Oman", (), "Muscat", "2026-W22", "planned")],
        ),
        (  # a call told through its "between" phrase
            "The trip follows a phone call last Saturday between Iranian President Masoud Pezeshkian and Saudi Crown Prince Mohammed bin Salman.",
            date(2026, 5, 18),
            [("call", "Masoud Pezeshkian", ("Mohammed bin Salman",), None, "2026-05-16", "happened")],
        ),
        (  # "receive" a person is hosting; a thing is not
            "President Luiz Inacio Lula da Silva will receive Colombian President Gustavo Petro in Brasilia on July 30. "
            "Lula received a letter from Petro on Monday.",
            date(2026, 7, 22),
            [("host", "Luiz Inacio Lula da Silva", ("Gustavo Petro",), "Brasília", "2026-07-30", "planned")],
        ),
        (  # a plan reported by newspapers is a rumour
            "Several newspapers reported that Brazilian President Luiz Inacio Lula da Silva planned to meet Nicolas Maduro in August.",
            date(2026, 7, 22),
            [("meet", "Luiz Inacio Lula da Silva", ("Nicolas Maduro",), None, "2026-08", "uncertain")],
        ),
        (  # a described subject ("the company") is nobody named earlier
            "Chief Executive Anna Keller presented the results. The company will hold its annual shareholder meeting in Munich on May 14.",
            date(2026, 2, 5),
            [],
        ),
    ],
)
def test_events_review_rules(nlp: Language, text: str, anchor: date, want: list[tuple[object, ...]]) -> None:
    got = [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None, e.date.value, e.status)
           for e in _events(nlp, text, anchor)]
    assert got == want


@pytest.mark.slow
def test_events_a_visit_that_comes_as_in_a_preview_is_planned(nlp: Language) -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal will visit Lima on March 20, the ministry said on Friday. "
        "The visit comes as both countries seek new trade links."
    )
    statuses = {(e.action, e.status) for e in _events(nlp, text, date(2025, 3, 14))}
    assert ("visit", "planned") in statuses and not any(s in ("ongoing", "happened") for _, s in statuses)


@pytest.mark.slow
def test_events_a_moved_meeting_is_a_changed_plan(nlp: Language) -> None:
    text = (
        "The meeting between Italian Foreign Minister Paolo Greco and Kenyan Foreign Minister Amina Otieno "
        "has been moved from Nairobi to Mombasa, the ministry said on Friday."
    )
    (ev,) = [e for e in _events(nlp, text, date(2026, 5, 29)) if e.action == "meet" and e.status == "planned"]
    assert (ev.status, ev.refers_to_plan) == ("planned", True)
    assert ev.place is not None and ev.place.name == "Mombasa"
