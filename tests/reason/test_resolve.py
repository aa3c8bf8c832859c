"""Actor matching and the resolution rules, on a real in-memory store."""

from __future__ import annotations

import pytest

from datetime import date

from .handmade import DMZ, HEGSETH, JSA, KOREA, KOIZUMI, SEOUL, TOKYO, Report, fill

from dateline.model import ActorRef, PlaceRef

from dateline.model import ActorInfo
from dateline.reason.ask import ask
from dateline.reason.resolve import match_actor
from dateline.store import Store

D28 = date(2025, 10, 28)
PLAN_JSA = Report("a1", D28, "Hegseth is scheduled to visit the Joint Security Area on November 3.", "visit",
                  "planned", "2025-11-03", place=JSA)
PLAN_KOREA = Report("a1", D28, "Hegseth will travel to South Korea on November 3.", "visit", "planned",
                    "2025-11-03", place=KOREA, end_value="2025-11-04")
DONE_JSA = Report("a2", date(2025, 11, 3), "Hegseth visited the Joint Security Area on Monday.", "visit",
                  "happened", "2025-11-03", place=JSA)


def _actors() -> list[ActorInfo]:
    return [
        ActorInfo(1, "Pete Hegseth", "person", "United States", ("pete hegseth",),
                  (("Defence Secretary", D28, D28),)),
        ActorInfo(2, "Shinjiro Koizumi", "person", "Japan", ("shinjiro koizumi",), (("Defence Minister", D28, D28),)),
        ActorInfo(3, "United States", "country", "United States", ("us",)),
    ]


def test_resolve_match_actor_by_surname() -> None:
    assert match_actor("US Defence Secretary Hegseth", _actors()).name == "Pete Hegseth"  # type: ignore[union-attr]


def test_resolve_match_actor_by_title_and_country() -> None:
    assert match_actor("the US defense secretary", _actors()[:2]).name == "Pete Hegseth"  # type: ignore[union-attr]


def test_resolve_match_actor_title_of_other_country() -> None:
    assert match_actor("the Japanese defence minister", _actors()[:2]).name == "Shinjiro Koizumi"  # type: ignore[union-attr]


def test_resolve_match_actor_unknown() -> None:
    assert match_actor("the French president", _actors()[:2]) is None


def test_resolve_match_actor_title_not_yet_held() -> None:
    assert match_actor("the US defence secretary", _actors()[:2], date(2025, 1, 1)) is None


def test_resolve_yes_when_happened_in_window(store: Store) -> None:
    fill(store, [PLAN_JSA, DONE_JSA])
    answer = ask(store, "Will Hegseth visit the DMZ by November 4?", date(2025, 11, 3))
    assert (answer.resolution, answer.answer, answer.probability, answer.cited.article_id) == (  # type: ignore[union-attr]
        "yes", "yes", 1.0, "a2")


def test_resolve_open_before_report(store: Store) -> None:
    fill(store, [PLAN_JSA, DONE_JSA])
    answer = ask(store, "Will Hegseth visit the DMZ by November 4?", D28)
    assert (answer.resolution, answer.resolved, [e.article_id for e in answer.evidence]) == (None, False, ["a1"])


def test_resolve_no_when_cancelled(store: Store) -> None:
    cancel = Report("a2", date(2025, 10, 30), "Hegseth cancelled his visit to the Joint Security Area.", "visit",
                    "cancelled", "2025-11-03", place=JSA)
    fill(store, [PLAN_JSA, cancel])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 10, 30))
    assert (answer.resolution, answer.cited.article_id) == ("no", "a2")  # type: ignore[union-attr]


def test_resolve_no_when_window_closed(store: Store) -> None:
    fill(store, [PLAN_JSA])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 6), anchor=D28)
    assert (answer.resolution, answer.answer) == ("no", "no")


def test_resolve_open_within_grace_day(store: Store) -> None:
    fill(store, [PLAN_JSA])
    assert ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 5), anchor=D28).resolution is None


def test_resolve_no_when_happened_outside_window(store: Store) -> None:
    late = Report("a2", date(2025, 11, 8), "Hegseth visited the Joint Security Area on Saturday.", "visit",
                  "happened", "2025-11-08", place=JSA)
    fill(store, [PLAN_JSA, late])
    answer = ask(store, "Will Hegseth visit the JSA on November 3?", date(2025, 11, 9), anchor=D28)
    assert answer.resolution == "no"


def test_resolve_annulled_when_trip_called_off(store: Store) -> None:
    off = Report("a2", date(2025, 10, 31), "Hegseth called off his trip to South Korea.", "visit", "cancelled",
                 "2025-11-03", place=KOREA)
    fill(store, [PLAN_JSA, PLAN_KOREA, off])
    answer = ask(store, "Will Hegseth visit the DMZ during his trip to South Korea?", date(2025, 10, 31))
    assert (answer.resolution, answer.answer, answer.cited.article_id) == ("annulled", "unknown", "a2")  # type: ignore[union-attr]


def test_resolve_trip_window_from_store(store: Store) -> None:
    fill(store, [PLAN_JSA, PLAN_KOREA])
    answer = ask(store, "Will Hegseth visit the DMZ during his trip to South Korea?", D28)
    assert answer.window == (date(2025, 11, 3), date(2025, 11, 4))


def test_resolve_ambiguous_when_happened_and_denied(store: Store) -> None:
    denied = Report("a3", date(2025, 11, 5), "The ministry denied that Hegseth visited the Joint Security Area.",
                    "visit", "denied", "2025-11-03", place=JSA)
    fill(store, [PLAN_JSA, DONE_JSA, denied])
    answer = ask(store, "Did Hegseth visit the DMZ by November 4?", date(2025, 11, 5), anchor=D28)
    assert (answer.resolution, answer.probability) == ("ambiguous", 0.5)


def test_resolve_report_naming_other_place_does_not_count(store: Store) -> None:
    moved = Report("a2", date(2025, 11, 3), "Hegseth visited Seoul instead on Monday.", "visit", "happened",
                   "2025-11-03", place=JSA)
    other = Report("a2", date(2025, 11, 3), "Hegseth toured Seoul.", "visit", "happened", "2025-11-03", place=SEOUL)
    fill(store, [PLAN_JSA, moved, other])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 3))
    assert answer.resolution is None


def test_resolve_meeting_with_counterpart(store: Store) -> None:
    plan = Report("a1", D28, "Hegseth will meet Koizumi in Tokyo on Wednesday.", "meet", "planned", "2025-10-29",
                  place=TOKYO, counterparts=(KOIZUMI,))
    done = Report("a2", date(2025, 10, 29), "Hegseth met Koizumi in Tokyo.", "meet", "happened", "2025-10-29",
                  place=TOKYO, counterparts=(KOIZUMI,))
    fill(store, [plan, done])
    answer = ask(store, "Will Hegseth meet Koizumi in Tokyo on October 29?", date(2025, 10, 30), anchor=D28)
    assert (answer.resolution, answer.event.id) == ("yes", 1)  # type: ignore[union-attr]


def test_resolve_place_containment_dmz_in_korea(store: Store) -> None:
    fill(store, [PLAN_JSA, DONE_JSA])
    assert ask(store, "Will Hegseth visit South Korea by November 4?", date(2025, 11, 3)).resolution == "yes"


def test_resolve_uses_only_articles_by_as_of(store: Store) -> None:
    fill(store, [PLAN_JSA, DONE_JSA])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 2), anchor=D28)
    assert [e.status for e in answer.evidence] == ["planned"]


def test_resolve_dmz_alias(store: Store) -> None:
    fill(store, [Report("a1", D28, "Hegseth will visit the DMZ.", "visit", "planned", "2025-11-03", place=DMZ)])
    assert ask(store, "Will Hegseth visit the Demilitarized Zone by November 4?", D28).event.id == 1  # type: ignore[union-attr]


def test_resolve_unknown_actor_answers_unknown(store: Store) -> None:
    fill(store, [PLAN_JSA])
    answer = ask(store, "Will the French president visit the JSA by November 4?", D28)
    assert (answer.answer, answer.probability, answer.reason) == (
        "unknown", None, "No stored actor matches 'French president' by name, alias or title as of 2025-10-28.")


def test_resolve_hegseth_constant_is_person() -> None:
    assert HEGSETH.kind == "person"


DATELINED_JSA = Report(
    "a2", date(2025, 11, 3),
    "Seoul, Nov 3 (Dateline Wire) - US Defence Secretary Pete Hegseth visited the Joint Security Area on Monday.",
    "visit", "happened", "2025-11-03", place=JSA, dateline=len("Seoul, Nov 3 (Dateline Wire) - "), trigger="visited")
SEOUL_MEETING = Report("a0", D28, "Hegseth will meet officials in Seoul on November 4.", "meet", "planned",
                       "2025-11-04", place=SEOUL)


def test_resolve_dateline_city_is_not_another_place(store: Store) -> None:
    fill(store, [SEOUL_MEETING, PLAN_JSA, DATELINED_JSA])
    answer = ask(store, "Will US Defence Secretary Hegseth visit the DMZ during his upcoming trip to South Korea?",
                 date(2025, 11, 4))
    assert (answer.resolution, answer.answer, answer.cited.article_id) == ("yes", "yes", "a2")  # type: ignore[union-attr]


def test_resolve_dateline_cut_by_pattern_without_offsets(store: Store) -> None:
    undated = Report("a2", DATELINED_JSA.published, DATELINED_JSA.sentence, "visit", "happened", "2025-11-03",
                     place=JSA)
    fill(store, [SEOUL_MEETING, PLAN_JSA, undated])
    answer = ask(store, "Will Hegseth visit the DMZ by November 4?", date(2025, 11, 4))
    assert answer.resolution == "yes"


def test_resolve_trigger_clause_names_other_place_does_not_count(store: Store) -> None:
    moved = Report("a2", date(2025, 11, 3), "Hegseth visited Seoul on Monday, not the border.", "visit", "happened",
                   "2025-11-03", place=JSA, trigger="visited")
    fill(store, [SEOUL_MEETING, PLAN_JSA, moved])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 4))
    assert answer.resolution is None


def test_resolve_happened_report_in_window_is_never_confident_no(store: Store) -> None:
    late = Report("a2", date(2025, 11, 4), "Hegseth visited the Joint Security Area.", "visit", "happened",
                  "2025-11-10", place=JSA, trigger="visited")
    fill(store, [PLAN_JSA, late])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 4))
    assert (answer.resolution, answer.answer == "no", (answer.probability or 0.0) >= 0.5) == (None, False, True)


KL = PlaceRef("Kuala Lumpur", "city", "Malaysia", within=("Malaysia",))
FORUM = ActorRef("Pacific Security Forum", "org", None, None)


def test_resolve_gathering_cancelled_under_other_actor(store: Store) -> None:
    plan = Report("a1", D28, "Hegseth will attend the security forum in Kuala Lumpur on November 1.", "attend",
                  "planned", "2025-11-01", place=KL)
    off = Report("a2", date(2025, 10, 30), "The security forum in Kuala Lumpur has been cancelled.", "hold",
                 "cancelled", "2025-11-01", actor=FORUM, place=KL)
    fill(store, [plan, off])
    answer = ask(store, "Will Hegseth attend the security forum by November 2?", date(2025, 10, 30))
    assert (answer.resolution, answer.cited.article_id) == ("no", "a2")  # type: ignore[union-attr]


def test_resolve_plan_denied_before_visit_is_no_conflict(store: Store) -> None:
    denied = Report("a2", date(2025, 10, 30), "The ministry denied reports that Hegseth would visit the Joint "
                    "Security Area.", "visit", "denied", "2025-11-03", place=JSA)
    done = Report("a3", date(2025, 11, 3), "Hegseth visited the Joint Security Area on Monday.", "visit",
                  "happened", "2025-11-03", place=JSA)
    fill(store, [PLAN_JSA, denied, done])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 3), anchor=D28)
    assert (answer.resolution, answer.cited.article_id) == ("yes", "a3")  # type: ignore[union-attr]


def test_resolve_denial_in_reporting_article_is_background(store: Store) -> None:
    done = Report("a2", date(2025, 11, 3), "Hegseth visited the Joint Security Area on Monday.", "visit",
                  "happened", "2025-11-03", place=JSA)
    past = Report("a2", date(2025, 11, 3), "The visit came days after his office denied any trip was planned.",
                  "visit", "denied", "2025-11-03", place=JSA)
    fill(store, [PLAN_JSA, done, past])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", date(2025, 11, 3), anchor=D28)
    assert answer.resolution == "yes"


def test_resolve_ambiguous_when_other_side_says_postponed(store: Store) -> None:
    met = Report("a2", date(2025, 11, 3), "Hegseth met Koizumi in Tokyo on Monday.", "meet", "happened",
                 "2025-11-03", place=TOKYO, counterparts=(KOIZUMI,))
    off = Report("a3", date(2025, 11, 4), "The talks between Koizumi and Hegseth in Tokyo were postponed on Monday.",
                 "meet", "postponed", "2025-11-03", actor=KOIZUMI, place=TOKYO, counterparts=(HEGSETH,))
    fill(store, [met, off])
    answer = ask(store, "Will Hegseth meet Koizumi in Tokyo by November 4?", date(2025, 11, 4), anchor=D28)
    assert (answer.resolution, answer.cited.article_id) == ("ambiguous", "a3")  # type: ignore[union-attr]


def test_resolve_cancelled_leg_with_happened_sentence_elsewhere_is_no(store: Store) -> None:
    plan = Report("a1", D28, "Hegseth will visit Tokyo on November 3.", "visit", "planned", "2025-11-03", place=TOKYO)
    seoul = Report("a1", D28, "Hegseth will visit Seoul on November 1.", "visit", "planned", "2025-11-01", place=SEOUL)
    home = Report("a2", date(2025, 11, 2), "Hegseth cut short his tour and flew home from Seoul.", "visit",
                  "happened", "2025-11-02", place=TOKYO)
    off = Report("a2", date(2025, 11, 2), "The Tokyo leg of the tour has been cancelled.", "visit", "cancelled",
                 "2025-11-03", place=TOKYO)
    fill(store, [plan, seoul, home, off])
    answer = ask(store, "Will Hegseth visit Tokyo by November 4?", date(2025, 11, 2), anchor=D28)
    assert (answer.resolution, answer.cited.article_id) == ("no", "a2")  # type: ignore[union-attr]


def test_resolve_guest_skipping_summit_is_not_its_cancellation(store: Store) -> None:
    plan = Report("a1", D28, "Koizumi will attend the security summit in Kuala Lumpur on November 1.", "attend",
                  "planned", "2025-11-01", actor=KOIZUMI, place=KL)
    skip = Report("a2", date(2025, 10, 30), "Koizumi will skip the security summit in Kuala Lumpur.", "attend",
                  "cancelled", "2025-11-01", actor=KOIZUMI, place=KL, trigger="skip")
    fill(store, [plan, skip])
    answer = ask(store, "Will the security summit take place in Kuala Lumpur?", date(2025, 10, 30))
    assert answer.resolution is None and answer.answer != "no"  # (the summit stands; one guest stays away)


def test_resolve_actor_named_only_later_is_unknown(store: Store) -> None:
    fill(store, [DONE_JSA])
    answer = ask(store, "Will Hegseth visit the JSA by November 4?", D28)
    assert (answer.answer, answer.probability) == ("unknown", None)


def _leaders() -> list[ActorInfo]:
    return [
        ActorInfo(1, "Dante Reyes", "person", "Philippines", ("dante reyes",), (("President", D28, D28),)),
        ActorInfo(2, "Lorna Cruz", "person", None, ("lorna cruz",), (("Vice President", D28, D28),)),
        ActorInfo(3, "Romania", "country", "Romania", ("romania",)),
        ActorInfo(4, "Ion Popa", "person", "Romania", ("ion popa",), (("President", D28, D28),)),
    ]


def test_resolve_match_actor_by_any_demonym() -> None:
    # demonyms come from the extractor's table, not only the question's short list
    assert match_actor("the Romanian president", _leaders()).name == "Ion Popa"  # type: ignore[union-attr]


def test_resolve_match_actor_title_with_country_name_is_the_person() -> None:
    assert match_actor("the president of Romania", _leaders()).name == "Ion Popa"  # type: ignore[union-attr]
    assert match_actor("Romania", _leaders()).name == "Romania"  # type: ignore[union-attr]


def test_resolve_match_actor_country_without_a_demonym() -> None:
    # a country the demonym table does not list still names its own leader
    islands = ActorInfo(7, "Tomas Reyna", "person", "Isla Verde", ("tomas reyna",), (("President", D28, D28),))
    assert match_actor("the president of Isla Verde", [islands]) == islands
    assert match_actor("the president of Romania", [islands]) is None


def test_resolve_match_actor_longer_title_wins_and_leftover_words_block() -> None:
    # "vice" is no country word: the vice president, not the president
    assert match_actor("the Philippine vice president", _leaders()).name == "Lorna Cruz"  # type: ignore[union-attr]
    assert match_actor("the Philippine president", _leaders()).name == "Dante Reyes"  # type: ignore[union-attr]


def test_resolve_match_actor_family_name_first_and_middle_name() -> None:
    lee = ActorInfo(5, "Lee Jae Myung", "person", "South Korea", ("lee jae myung",), (("President", D28, D28),))
    xi = ActorInfo(6, "Xi Jinping", "person", "China", ("xi jinping",), ())
    lula = ActorInfo(7, "Luiz Inacio Lula da Silva", "person", "Brazil", ("luiz inacio lula da silva",), ())
    carney = ActorInfo(8, "Mark Carney", "person", "Canada", ("mark carney",), ())
    people = [lee, xi, lula, carney]
    assert match_actor("President Lee", people) == lee
    assert match_actor("Xi", people) == xi
    assert match_actor("Lula", people) == lula
    # a first name followed by another surname is someone else
    assert match_actor("Mark Rutte", people) is None


def test_resolve_meeting_a_title_nobody_holds_is_unknown(store: Store) -> None:
    fill(store, [Report("a1", D28, "Hegseth visited South Korea and was received by the president.", "visit",
                        "happened", "2025-10-28", place=KOREA)])
    out = ask(store, "Did Hegseth meet the Japanese president?", D28)
    assert (out.answer, out.resolution) == ("unknown", None)
    assert "No stored person is known as 'Japanese president'" in out.reason


def test_resolve_match_actor_possessive_country_title() -> None:
    munir = ActorInfo(9, "Asim Munir", "person", "Pakistan", ("asim munir",), (("Army Chief", D28, D28),))
    assert match_actor("Pakistan's army chief", [munir]) == munir
    assert match_actor("Pakistan\u2019s army chief", [munir]) == munir
    assert match_actor("India's army chief", [munir]) is None


@pytest.mark.parametrize(("value", "words"), [("196", "the 1960s"), ("19", "the 20th century"), ("2026-11-13TEV", "2026-11-13 evening"),
                                             ("2026-W45", "2026-W45"), (None, "no date")])
def test_resolve_date_words(value: str | None, words: str) -> None:
    from dateline.reason.resolve import date_words

    assert date_words(value) == words


def _bodies() -> list[ActorInfo]:
    return [
        ActorInfo(1, "Tomas Alcantara", "person", "Chile", ("tomas alcantara",), (("Secretary-General", D28, D28),)),
        ActorInfo(2, "IMF", "org", None, ("imf",)),
        ActorInfo(3, "Kazakhstan", "country", "Kazakhstan", ("kazakhstan",)),
        ActorInfo(4, "President of Kazakhstan", "person", "Kazakhstan", ("president of kazakhstan",),
                  (("President", D28, D28),)),
        ActorInfo(5, "Chile", "country", "Chile", ("chile",)),
        ActorInfo(6, "Abdel Fattah al-Sisi", "person", "Egypt", ("abdel fattah al-sisi",), (("President", D28, D28),)),
        ActorInfo(7, "Katrin Vahtra", "person", None, ("katrin vahtra",),
                  (("President of the European Commission", D28, D28),)),
        ActorInfo(8, "Aidos Temir", "person", None, ("aidos temir",), (("President", D28, D28),)),
    ]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the UN Secretary-General", "Tomas Alcantara"),  # a body's office, whatever the holder's nationality
    ("the United Nations secretary general", "Tomas Alcantara"),
    ("the IMF managing director", None),  # an office nobody on record holds is not the body
    ("the IMF", "IMF"),
    ("Kazakhstan", "Kazakhstan"),  # the country, not the office kept without a name
    ("the president of Kazakhstan", "President of Kazakhstan"),
    ("the Chilean secretary-general", "Tomas Alcantara"),
    ("Sisi", "Abdel Fattah al-Sisi"),
    ("the Commission president", "Katrin Vahtra"),  # an office "of" a body, asked by a part of the body's name
    ("the European Commission president", "Katrin Vahtra"),
])
def test_resolve_match_actor_offices_of_bodies_and_countries(phrase: str, expected: str | None) -> None:
    found = match_actor(phrase, _bodies(), D28)
    assert (found.name if found else None) == expected
