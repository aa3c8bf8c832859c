"""The JSON shape of an answer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.errors import QuestionError
from dateline.reason.ask import answer_word, ask
from dateline.store import Store

from dateline.model import ActorRef, PlaceRef

from .handmade import HEGSETH, JSA, KOIZUMI, KOREA, LEE, SEOUL as SEOUL_CITY, TOKYO, Report, fill

ANKARA = PlaceRef("Ankara", "city", "Turkey", within=("Turkey",))
BRUSSELS = PlaceRef("Brussels", "city", "Belgium", within=("Belgium",))
MARCHETTI = ActorRef("Livia Marchetti", "person", "Council President", "European Union")
TANABE = ActorRef("Kenji Tanabe", "person", "Prime Minister", "Japan")

KEYS = ["question", "as_of", "answer", "probability", "resolved", "resolution", "event", "evidence", "reason"]


def test_ask_json_has_required_keys(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area.",
                        "visit", "planned", "2025-11-03", place=JSA)])
    out = ask(store, "Will Hegseth visit the DMZ by November 4?", date(2025, 10, 28)).to_dict()
    assert [k for k in KEYS if k in out] == KEYS


def test_ask_evidence_shape(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area.",
                        "visit", "planned", "2025-11-03", place=JSA)])
    out = ask(store, "Will Hegseth visit the DMZ by November 4?", date(2025, 10, 28)).to_dict()
    assert out["evidence"] == [{"article_id": "a1", "published": "2025-10-28",
                                "sentence": "Hegseth is scheduled to visit the Joint Security Area.",
                                "status": "planned"}]


def test_ask_not_a_question_raises(store: Store) -> None:
    with pytest.raises(QuestionError, match="E401: not a yes/no question about an event: 'Tell me about Hegseth'"):
        ask(store, "Tell me about Hegseth", date(2025, 10, 28))


@pytest.mark.parametrize(
    "resolution,probability,word",
    [("yes", 1.0, "yes"), ("no", 0.0, "no"), ("annulled", 0.0, "unknown"), ("ambiguous", 0.5, "unknown"),
     (None, 0.85, "yes"), (None, 0.5, "unknown"), (None, 0.1, "no"), (None, None, "unknown")],
)
def test_ask_answer_word(resolution: str | None, probability: float | None, word: str) -> None:
    assert answer_word(resolution, probability) == word


def test_ask_no_matching_event_is_never_yes(store: Store) -> None:
    # the only report about Aydin is an undated invitation to Ankara, nothing about Kyiv
    aydin = ActorRef("Mehmet Aydin", "person", "President", "Turkey")
    fill(store, [Report("a1", date(2026, 3, 2), "Aydin has invited the mayor to Ankara.", "host", "uncertain", None,
                        actor=aydin, place=ANKARA)])
    out = ask(store, "Will Mehmet Aydin visit Kyiv by December 31, 2026?", date(2026, 3, 2))
    assert out.answer == "no" and out.probability is not None and out.probability <= 0.3
    assert out.reason == (
        "No article published by 2026-03-02 reports Mehmet Aydin visiting Kyiv; "
        f"probability {out.probability:.2f} is the prior for an event no article reports."
    )


def test_ask_narrower_place_and_window_not_more_likely(store: Store) -> None:
    # a rumour of a visit to the country, nothing about the capital
    fill(store, [Report("a1", date(2026, 7, 20), "Hegseth may visit South Korea in the autumn, sources said.",
                        "visit", "uncertain", "2026-FA", place=KOREA)])
    city = ask(store, "Will Hegseth visit Seoul by October 31, 2026?", date(2026, 7, 21)).probability
    country = ask(store, "Will Hegseth visit South Korea by December 31, 2026?", date(2026, 7, 21)).probability
    assert city is not None and country is not None and city <= country


def test_ask_neither_reported_narrower_not_more_likely(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 7, 20), "Hegseth will visit Tokyo on August 3.", "visit", "planned",
                        "2026-08-03", place=TOKYO)])
    city = ask(store, "Will Hegseth visit Seoul by October 31, 2026?", date(2026, 7, 21))
    country = ask(store, "Will Hegseth visit South Korea by December 31, 2026?", date(2026, 7, 21))
    assert city.probability == country.probability and city.answer == "no"
    assert city.probability is not None and city.probability <= 0.3


def test_ask_finds_the_actor_as_guest_of_a_hosted_event(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 4, 2), "Marchetti will host Tanabe for an EU summit in Brussels on April 20.",
                        "host", "planned", "2026-04-20", actor=MARCHETTI, place=BRUSSELS, counterparts=(TANABE,))])
    out = ask(store, "Will Tanabe visit Brussels by April 25, 2026?", date(2026, 4, 3))
    assert (out.event.id if out.event else None, out.event.action if out.event else None) == (1, "host")


@pytest.mark.parametrize("question", ["Will Tanabe attend the EU summit by April 25, 2026?",
                                      "Will Tanabe meet Marchetti by April 25, 2026?"])
def test_ask_guest_attends_or_meets_host(store: Store, question: str) -> None:
    fill(store, [Report("a1", date(2026, 4, 2), "Marchetti will host Tanabe for an EU summit in Brussels on April 20.",
                        "host", "planned", "2026-04-20", actor=MARCHETTI, place=BRUSSELS, counterparts=(TANABE,))])
    out = ask(store, question, date(2026, 4, 3))
    assert (out.event.id if out.event else None) == 1


def test_ask_guest_does_not_match_other_actions(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 4, 2), "Marchetti will call Tanabe on April 20.",
                        "call", "planned", "2026-04-20", actor=MARCHETTI, counterparts=(TANABE,))])
    out = ask(store, "Will Tanabe visit Brussels by April 25, 2026?", date(2026, 4, 3))
    assert out.event is None


def test_ask_a_meeting_abroad_is_a_visit_there(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 5, 4), "Hegseth will meet Koizumi in Tokyo on May 6.", "meet", "planned",
               "2026-05-06", place=TOKYO, counterparts=(KOIZUMI,)),
        Report("a2", date(2026, 5, 6), "Hegseth met Koizumi in Tokyo on Wednesday.", "meet", "happened",
               "2026-05-06", place=TOKYO, counterparts=(KOIZUMI,)),
    ])
    before = ask(store, "Will Hegseth visit Japan by May 10, 2026?", date(2026, 5, 5))
    assert (before.event.id if before.event else None, before.resolution) == (1, None)
    after = ask(store, "Will Hegseth visit Japan by May 10, 2026?", date(2026, 5, 7))
    assert (after.resolution, after.cited.article_id if after.cited else None) == ("yes", "a2")


def test_ask_a_meeting_at_home_is_no_visit(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 5, 4), "Koizumi will meet Hegseth in Tokyo on May 6.", "meet", "planned",
                        "2026-05-06", actor=KOIZUMI, place=TOKYO, counterparts=(HEGSETH,))])
    out = ask(store, "Will Koizumi visit Japan by May 10, 2026?", date(2026, 5, 5))
    assert out.event is None


def test_ask_a_phone_call_is_no_visit(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 5, 4), "Hegseth will call Koizumi in Tokyo on May 6.", "call", "planned",
                        "2026-05-06", place=TOKYO, counterparts=(KOIZUMI,))])
    out = ask(store, "Will Hegseth visit Japan by May 10, 2026?", date(2026, 5, 5))
    assert out.event is None


FORUM = PlaceRef("Suva", "city", "Fiji", within=("Fiji",))
WONG = ActorRef("Ana Wong", "person", "Foreign Minister", "Australia")


def test_ask_occurrence_of_a_named_meeting_open_then_yes(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 10, 1), "Hegseth will hold the annual Security Consultative Meeting in Seoul on October 9.",
               "hold", "planned", "2026-10-09", place=SEOUL_CITY),
        Report("a2", date(2026, 10, 9), "Hegseth held the annual Security Consultative Meeting in Seoul on Friday.",
               "hold", "happened", "2026-10-09", place=SEOUL_CITY),
    ])
    q = "Will the Security Consultative Meeting take place by October 15, 2026?"
    before = ask(store, q, date(2026, 10, 2))
    assert (before.resolution, before.event.id if before.event else None) == (None, 1)
    after = ask(store, q, date(2026, 10, 10))
    assert (after.resolution, after.cited.article_id if after.cited else None) == ("yes", "a2")


def test_ask_occurrence_of_a_gathering_called_off_is_no(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 3, 1), "Wong will attend the Pacific fisheries forum in Suva on March 12.",
               "attend", "planned", "2026-03-12", actor=WONG, place=FORUM),
        Report("a2", date(2026, 3, 8), "The Pacific fisheries forum in Suva has been called off.",
               "attend", "cancelled", None, actor=WONG, place=FORUM),
    ])
    out = ask(store, "Will the Pacific fisheries forum take place?", date(2026, 3, 9))
    assert (out.resolution, out.cited.article_id if out.cited else None) == ("no", "a2")


def test_ask_occurrence_ignores_one_guest_staying_away(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 3, 1), "Wong will attend the Pacific fisheries forum in Suva on March 12.",
               "attend", "planned", "2026-03-12", actor=WONG, place=FORUM),
        Report("a2", date(2026, 3, 8), "Wong has cancelled her trip to the fisheries forum because of illness.",
               "attend", "cancelled", None, actor=WONG, place=FORUM),
    ])
    out = ask(store, "Will the Pacific fisheries forum take place?", date(2026, 3, 9))
    assert out.resolution is None and out.answer != "no"  # (the forum stands; its firm plan may count for it)


def test_ask_occurrence_of_an_unknown_gathering_is_unknown(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 3, 1), "Wong will attend the Pacific fisheries forum in Suva on March 12.",
                        "attend", "planned", "2026-03-12", actor=WONG, place=FORUM)])
    out = ask(store, "Will the Arctic energy summit take place?", date(2026, 3, 2))
    assert (out.answer, out.event) == ("unknown", None)
    assert "Arctic energy summit" in out.reason


SHIMA = ActorRef("Taro Shima", "person", "Prime Minister", "Japan")
LI = ActorRef("Li Qiang", "person", "Premier", "China")
GYEONGJU = PlaceRef("Gyeongju", "city", "South Korea", within=("South Korea",))
CAPE = PlaceRef("Cape Town", "city", "South Africa", within=("South Africa",))


@pytest.mark.parametrize("place,city,resolution", [(GYEONGJU, "Gyeongju", "yes"), (CAPE, "Cape Town", None)])
def test_ask_occurrence_reported_by_its_head_noun_at_the_same_place_and_day(
    store: Store, place: PlaceRef, city: str, resolution: str | None
) -> None:
    """ "Will the APEC summit take place?": once the APEC summit is known in Gyeongju on October 31, "met in Gyeongju on
    Saturday for a summit" is it (the head noun, the same place and day); a summit elsewhere is not."""
    fill(store, [
        Report("a1", date(2026, 10, 1), "Lee will host the APEC summit in Gyeongju on October 31.", "host",
               "planned", "2026-10-31", actor=LEE, place=GYEONGJU),
        Report("a2", date(2026, 10, 31), f"Leaders met in {city} on Saturday for a summit.", "meet",
               "happened", "2026-10-31", actor=SHIMA, place=place, counterparts=(LI,)),
    ])
    out = ask(store, "Will the APEC summit take place?", date(2026, 10, 31))
    assert out.resolution == resolution
    if resolution == "yes":
        assert out.cited is not None and out.cited.article_id == "a2"


def test_ask_occurrence_of_an_election(store: Store) -> None:
    """ "Will the election take place on November 14?": a vote is such a held thing; called off on that day, no."""
    fiji = ActorRef("Fiji", "country", None, "Fiji")
    fill(store, [
        Report("a1", date(2026, 1, 12), "Fiji will hold its general election on November 14.", "vote", "planned",
               "2026-11-14", actor=fiji, what="general election"),
        Report("a2", date(2026, 8, 20), "The election will no longer be held on November 14.", "vote", "cancelled",
               "2026-11-14", actor=fiji, what="general election"),
    ])
    before = ask(store, "Will the election take place on November 14, 2026?", date(2026, 1, 12))
    assert before.event is not None and before.resolution is None
    after = ask(store, "Will the election take place on November 14, 2026?", date(2026, 8, 20))
    assert after.answer == "no", after.reason


def test_ask_occurrence_needs_every_distinctive_word(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 10, 1), "Lee will host the APEC summit in Gyeongju on October 31.", "host",
               "planned", "2026-10-31", actor=LEE, place=GYEONGJU),
        Report("a2", date(2026, 11, 20), "Hegseth attended the G20 summit in Cape Town on Friday.", "attend",
               "happened", "2026-11-20", place=CAPE),
    ])
    out = ask(store, "Will the APEC summit take place?", date(2026, 11, 21))
    assert (out.resolution, out.event.place.name if out.event and out.event.place else None) == (None, "Gyeongju")


def test_ask_occurrence_of_an_ambiguous_name_is_unknown(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 10, 1), "Lee will host a summit in Gyeongju on October 31.", "host",
               "planned", "2026-10-31", actor=LEE, place=GYEONGJU),
        Report("a2", date(2026, 10, 2), "Hegseth will attend a summit in Cape Town on November 20.", "attend",
               "planned", "2026-11-20", place=CAPE),
    ])
    out = ask(store, "Will the summit take place?", date(2026, 10, 3))
    assert (out.answer, out.event) == ("unknown", None)
    assert "2 different gatherings" in out.reason
    dated = ask(store, "Will the summit take place on November 20, 2026?", date(2026, 10, 3))
    assert dated.event is not None and dated.event.place is not None and dated.event.place.name == "Cape Town"


def test_ask_occurrence_cancelled_by_its_holder_is_no(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 10, 1), "Shima will attend a summit with Li Qiang in Tokyo on October 9.", "attend",
               "planned", "2026-10-09", actor=SHIMA, place=TOKYO, counterparts=(LI,)),
        Report("a2", date(2026, 10, 5), "Shima cancelled the summit with Li Qiang.", "attend",
               "cancelled", None, actor=SHIMA, place=TOKYO, counterparts=(LI,)),
    ])
    out = ask(store, "Will the summit with Li Qiang take place?", date(2026, 10, 6))
    assert (out.resolution, out.cited.article_id if out.cited else None) == ("no", "a2")


KL = PlaceRef("Kuala Lumpur", "city", "Malaysia", within=("Malaysia",))
RAZAK = ActorRef("Amir Razak", "person", "Prime Minister", "Malaysia")
SANTOS = ActorRef("Lina Santos", "person", "President", "Philippines")


def test_ask_a_gathering_postponed_under_its_host_postpones_a_guest_plan(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 10, 1), "Santos will attend the regional summit in Kuala Lumpur on October 26.",
               "attend", "planned", "2026-10-26", actor=SANTOS, place=KL),
        Report("a2", date(2026, 10, 2), "Razak will host the regional summit in Kuala Lumpur on October 26.",
               "host", "planned", "2026-10-26", actor=RAZAK, place=KL),
        Report("a3", date(2026, 10, 20), "The regional summit in Kuala Lumpur has been postponed to November 30.",
               "host", "postponed", "2026-11-30", actor=RAZAK, place=KL),
    ])
    q = "Will Santos attend the summit in Kuala Lumpur by October 31, 2026?"
    before = ask(store, q, date(2026, 10, 3))
    after = ask(store, q, date(2026, 10, 21))
    assert after.event is not None and (after.event.status, after.event.date.value) == ("postponed", "2026-11-30")
    assert [e.article_id for e in after.evidence][-1] == "a3"
    assert before.probability is not None and after.probability is not None
    assert after.probability < before.probability and after.answer == "no"
    # the store itself is unchanged: the guest's event stays as reported
    (own,) = [e for e in store.events() if e.actor.name == "Lina Santos"]
    assert own.status == "planned"


def test_ask_plan_dated_outside_window_is_never_yes(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit Seoul on December 10.", "visit",
                        "planned", "2025-12-10", place=SEOUL_CITY)])
    answer = ask(store, "Will Hegseth visit Seoul by November 30?", date(2025, 10, 28))
    assert (answer.answer, answer.probability is not None and answer.probability <= 0.3) == ("no", True)
    assert "outside the question's window (ending 2025-11-30)" in answer.reason


def test_ask_resolved_by_sentence_is_one_line(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 11, 3), "Hegseth visited Seoul\non Monday.", "visit", "happened",
                        "2025-11-03", place=SEOUL_CITY)])
    out = ask(store, "Did Hegseth visit Seoul by November 4?", date(2025, 11, 3)).to_dict()
    assert out["resolved_by"]["sentence"] == "Hegseth visited Seoul on Monday."


def test_ask_a_meeting_at_a_cancelled_stop_is_cancelled(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 5, 3), "Hegseth will visit Tokyo on May 14, where he is scheduled to meet Koizumi.",
               "visit", "planned", "2026-05-14", place=TOKYO),
        Report("a1", date(2026, 5, 3), "Hegseth will visit Tokyo on May 14, where he is scheduled to meet Koizumi.",
               "meet", "planned", "2026-05-14", place=TOKYO, counterparts=(KOIZUMI,)),
        Report("a2", date(2026, 5, 12), "The Tokyo leg of the tour has been cancelled.", "visit", "cancelled",
               "2026-05-14", place=TOKYO),
    ])
    out = ask(store, "Will Hegseth meet Koizumi by May 20, 2026?", date(2026, 5, 13))
    assert (out.resolution, out.cited.article_id if out.cited else None) == ("no", "a2")


def test_ask_a_happened_sentence_published_before_the_event_day_does_not_resolve(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 1, 13), "The visit to Tokyo on January 20 comes as trade talks resume.",
                        "visit", "ongoing", "2026-01-20", place=TOKYO)])
    out = ask(store, "Will Hegseth visit Tokyo by January 21, 2026?", date(2026, 1, 13))
    assert out.resolution is None


BANGKOK = PlaceRef("Bangkok", "city", "Thailand", within=("Thailand",))


def test_ask_a_trip_cut_short_cancels_the_stops_still_ahead(store: Store) -> None:
    fill(store, [
        Report("a1", date(2027, 5, 3), "Hegseth will visit Bangkok on May 12 and Tokyo on May 14.", "visit",
               "planned", "2027-05-14", place=TOKYO),
        Report("a2", date(2027, 5, 13), "Hegseth cut short his Asian tour on Thursday and flew home from Bangkok.",
               "depart", "happened", "2027-05-13", place=BANGKOK),
    ])
    out = ask(store, "Will Hegseth visit Tokyo by May 20, 2027?", date(2027, 5, 13))
    assert (out.resolution, out.cited.article_id if out.cited else None) == ("no", "a2")


def test_ask_a_plain_departure_cancels_nothing(store: Store) -> None:
    fill(store, [
        Report("a1", date(2027, 5, 3), "Hegseth will visit Bangkok on May 12 and Tokyo on May 14.", "visit",
               "planned", "2027-05-14", place=TOKYO),
        Report("a2", date(2027, 5, 13), "Hegseth left Bangkok on Thursday for the next stop of his tour.",
               "depart", "happened", "2027-05-13", place=BANGKOK),
    ])
    out = ask(store, "Will Hegseth visit Tokyo by May 20, 2027?", date(2027, 5, 13))
    assert out.resolution is None


def test_ask_will_question_ignores_a_visit_years_before_it_was_asked(store: Store) -> None:
    # "Hegseth last visited Seoul in April 2023" must not answer a question about this week's trip
    fill(store, [
        Report("a1", date(2025, 11, 4), "Hegseth will visit Seoul on Saturday.", "visit", "planned", "2025-11-08",
               place=SEOUL_CITY),
        Report("a1", date(2025, 11, 4), "Hegseth last visited Seoul in April 2023.", "visit", "happened", "2023-04",
               place=SEOUL_CITY),
    ])
    for question in ("Will Hegseth visit Seoul by November 10?", "Will Hegseth visit Seoul?"):
        out = ask(store, question, date(2025, 11, 4))
        assert out.resolution is None, question
        assert out.event is not None and out.event.date.value == "2025-11-08", question
    # a past-tense question still reaches back
    assert ask(store, "Did Hegseth visit Seoul?", date(2025, 11, 4)).resolution == "yes"


def test_ask_will_question_counts_a_visit_reported_just_before_it_was_asked(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 11, 3), "Hegseth visited the Joint Security Area on Monday.", "visit",
                        "happened", "2025-11-03", place=JSA)])
    assert ask(store, "Will Hegseth visit the DMZ?", date(2025, 11, 5)).resolution == "yes"


def test_ask_denied_trip_without_date_is_not_a_yes(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 11, 5), "A spokesperson said no trip by Hegseth to Seoul was planned.",
                        "visit", "denied", None, place=SEOUL_CITY)])
    out = ask(store, "Will Hegseth visit Seoul this year?", date(2025, 11, 5))
    assert out.probability is not None and out.probability < 0.5 and out.answer != "yes"


def test_ask_hedged_plan_only_is_never_a_confident_yes(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 11, 5), "Hegseth could also visit Seoul if his schedule allowed.",
                        "visit", "uncertain", None, place=SEOUL_CITY)])
    out = ask(store, "Will Hegseth visit Seoul?", date(2025, 11, 5))
    assert out.probability is not None and out.probability <= 0.5 and out.answer != "yes"


def test_ask_phone_call_does_not_answer_a_meeting_question(store: Store) -> None:
    fill(store, [
        Report("a1", date(2025, 11, 5), "Hegseth and Koizumi spoke by phone on Tuesday and agreed to meet in Tokyo "
               "later this month.", "call", "happened", "2025-11-04", counterparts=(KOIZUMI,)),
        Report("a1", date(2025, 11, 5), "Hegseth and Koizumi spoke by phone on Tuesday and agreed to meet in Tokyo "
               "later this month.", "meet", "planned", "2025-11", place=TOKYO, counterparts=(KOIZUMI,)),
    ])
    out = ask(store, "Will Hegseth meet Koizumi in Tokyo this month?", date(2025, 11, 5))
    assert out.resolution is None and out.event is not None and out.event.action == "meet"


def test_ask_will_question_asked_after_its_window_counts_a_late_report(store: Store) -> None:
    # the report of an April 28 visit arrives on May 10; "by April 30" asked then is a "yes"
    fill(store, [Report("a1", date(2026, 5, 10), "Hegseth visited Seoul on April 28.", "visit", "happened",
                        "2026-04-28", place=SEOUL_CITY)])
    out = ask(store, "Will Hegseth visit Seoul by April 30?", date(2026, 5, 10))
    assert out.resolution == "yes" and out.window is not None and out.window[0] is not None
    assert out.window[0] <= date(2026, 4, 28) <= out.window[1]  # type: ignore[operator]


def test_ask_occurrence_a_guest_who_will_not_attend_leaves_the_gathering_planned(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 3, 1), "Wong will attend the Pacific fisheries forum in Suva on March 12, her office said.",
               "attend", "planned", "2026-03-12", actor=WONG, place=FORUM),
        Report("a2", date(2026, 3, 8), "Wong will not attend the Pacific fisheries forum in Suva.",
               "attend", "cancelled", None, actor=WONG, place=FORUM),
    ])
    out = ask(store, "Will the Pacific fisheries forum take place?", date(2026, 3, 9))
    assert out.resolution is None and out.event is not None and out.event.status == "planned"
    assert out.probability is not None and out.probability > 0.5


def test_ask_two_people_meeting_needs_both(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 11, 4), "Hegseth met Koizumi in Tokyo on Tuesday.", "meet", "happened",
                        "2025-11-04", place=TOKYO, counterparts=(KOIZUMI,))])
    assert ask(store, "Will Hegseth and Koizumi meet by November 10?", date(2025, 11, 5)).resolution == "yes"
    assert ask(store, "Will Hegseth and President Lee meet by November 10?", date(2025, 11, 5)).resolution is None


def test_ask_host_question_answered_by_the_guests_talks(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 5, 10), "Koizumi held talks with Hegseth in Tokyo on April 28.", "meet",
                        "happened", "2026-04-28", actor=KOIZUMI, place=TOKYO, counterparts=(HEGSETH,))])
    out = ask(store, "Will Hegseth host Koizumi in April?", date(2026, 5, 10))
    assert out.resolution == "yes"
    assert out.reason.endswith("reports that Pete Hegseth hosted Shinjiro Koizumi (2026-04-28).")


def test_ask_visit_made_a_day_early_is_unlikely_on_its_planned_day(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 5, 4), "Hegseth will visit Seoul on May 19.", "visit", "planned", "2026-05-19",
               place=SEOUL_CITY),
        Report("a2", date(2026, 5, 18), "Hegseth visited Seoul on Monday, a day earlier than planned, and left for "
               "Tokyo in the evening.", "visit", "happened", "2026-05-18", place=SEOUL_CITY),
    ])
    out = ask(store, "Will Hegseth visit Seoul on May 19?", date(2026, 5, 18))
    assert out.resolution is None and out.probability is not None and out.probability <= 0.1


def test_ask_signing_with_someone_answers_a_meeting_question(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 7, 9), "Hegseth and Koizumi signed a defence pact in Tokyo on Thursday.",
                        "sign", "happened", "2026-07-09", place=TOKYO, counterparts=(KOIZUMI,))])
    assert ask(store, "Will Hegseth meet Koizumi this week?", date(2026, 7, 10)).resolution == "yes"


def test_ask_during_the_visit_takes_the_actors_nearest_trip(store: Store) -> None:
    fill(store, [
        Report("a1", date(2025, 10, 28), "Hegseth will visit the Joint Security Area on November 3.", "visit",
               "planned", "2025-11-03", place=JSA),
        Report("a1", date(2025, 10, 28), "Hegseth will meet President Lee in Seoul on November 4.", "meet",
               "planned", "2025-11-04", place=SEOUL_CITY, counterparts=(LEE,)),
    ])
    open_q = ask(store, "Will Hegseth meet President Lee during the visit?", date(2025, 10, 28))
    assert open_q.window == (date(2025, 11, 3), date(2025, 11, 4)) and open_q.resolution is None
    closed = ask(store, "Will Hegseth meet President Lee during the visit?", date(2025, 11, 7))
    assert closed.resolution == "no"


def test_ask_a_different_document_signed_instead_does_not_resolve_yes(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 3, 4), "Hegseth held talks in Tokyo on Wednesday, but the signing of a planned trade "
               "agreement was put off.", "sign", "postponed", "2026-03-04", place=TOKYO),
        Report("a1", date(2026, 3, 4), "The two signed a memorandum on education cooperation instead.", "sign",
               "happened", "2026-03-04", place=TOKYO),
    ])
    out = ask(store, "Will Hegseth sign the trade agreement by March 5?", date(2026, 3, 8))
    assert out.resolution == "no"


def test_ask_visit_made_a_day_late_is_unlikely_on_the_asked_day(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 11, 2), "Hegseth will visit Seoul on November 11.", "visit", "planned", "2026-11-11",
               place=SEOUL_CITY),
        Report("a2", date(2026, 11, 12), "Hegseth visited Seoul on Thursday, a day later than first planned.",
               "visit", "happened", "2026-11-12", place=SEOUL_CITY),
    ])
    out = ask(store, "Will Hegseth visit Seoul on November 11?", date(2026, 11, 12))
    # (the only match made after the window: resolved no at once, citing the report, no grace day to wait)
    assert (out.answer, out.resolution) == ("no", "no"), out.reason
    assert "after the window ending 2026-11-11" in out.reason and out.cited is not None
    early = ask(store, "Will Hegseth visit Seoul on November 11?", date(2026, 11, 11))
    assert early.resolution is None, early.reason


def test_ask_a_guest_skipping_the_summit_does_not_cancel_the_hosts_summit(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 5, 4), "Lee will host the island summit in Seoul on May 21, the office said.", "host",
               "planned", "2026-05-21", actor=LEE, place=SEOUL_CITY),
        Report("a2", date(2026, 5, 14), "Koizumi will not attend the island summit in Seoul next week.", "attend",
               "cancelled", "2026-05-21", actor=KOIZUMI, place=SEOUL_CITY),
    ])
    out = ask(store, "Will Lee host the summit?", date(2026, 5, 15))
    assert out.resolution is None and out.answer != "no"


def test_ask_lower_case_country_and_plural_gathering_words(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 5, 4), "Lee will host a summit of Pacific island leaders in Seoul on May 21.",
                        "host", "planned", "2026-05-21", actor=LEE, place=SEOUL_CITY)])
    out = ask(store, "Will the Pacific islands summit take place in Seoul?", date(2026, 5, 5))
    assert out.event is not None and out.resolution is None
    fill(store, [Report("a2", date(2026, 5, 4), "Hegseth will visit Seoul on May 21.", "visit", "planned",
                        "2026-05-21", place=SEOUL_CITY)])
    lower = ask(store, "will hegseth visit south korea", date(2026, 5, 5))
    assert lower.event is not None and lower.event.place is not None and lower.event.place.name == "Seoul"


def test_ask_a_surname_two_people_share(store: Store) -> None:
    grace = ActorRef("Grace Tanabe", "person", "Trade Minister", "Japan")
    fill(store, [
        Report("a1", date(2026, 6, 1), "Kenji Tanabe will visit Seoul on June 10.", "visit", "planned", "2026-06-10",
               actor=TANABE, place=SEOUL_CITY),
        Report("a1", date(2026, 6, 1), "Grace Tanabe will visit Tokyo on June 12.", "visit", "planned", "2026-06-12",
               actor=grace, place=TOKYO),
    ])
    # the one with a matching event is meant
    assert ask(store, "Will Tanabe visit Tokyo?", date(2026, 6, 2)).event.actor.name == "Grace Tanabe"  # type: ignore[union-attr]
    # both or neither: say so
    out = ask(store, "Will Tanabe visit Ankara?", date(2026, 6, 2))
    assert out.answer == "unknown" and "names several people" in out.reason


def test_ask_a_country_leg_called_off_cancels_the_city_visit_in_it(store: Store) -> None:
    fill(store, [
        Report("a1", date(2026, 9, 1), "Hegseth will visit Seoul on September 16.", "visit", "planned", "2026-09-16",
               place=SEOUL_CITY),
        Report("a2", date(2026, 9, 9), "Hegseth will no longer stop in South Korea during his tour next week.", "visit",
               "cancelled", "2026-W38", place=KOREA),
    ])
    out = ask(store, "Will Hegseth visit Seoul?", date(2026, 9, 10))
    assert out.resolution == "no" and out.cited is not None and out.cited.article_id == "a2"


def test_ask_arriving_at_someones_invitation_is_no_meeting_yet(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 11, 9), "Hegseth arrived in Seoul on Sunday at the invitation of President "
                        "Lee Jae Myung.", "visit", "happened", "2026-11-09", place=SEOUL_CITY, counterparts=(LEE,))])
    out = ask(store, "Will Hegseth meet Lee Jae Myung by November 11?", date(2026, 11, 9))
    assert out.resolution is None
    assert ask(store, "Will Hegseth visit Seoul by November 11?", date(2026, 11, 9)).resolution == "yes"


def test_ask_a_range_that_ends_before_it_starts_is_an_error(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 11, 4), "Hegseth will visit Seoul on Saturday.", "visit", "planned", "2025-11-08",
                        place=SEOUL_CITY)])
    with pytest.raises(QuestionError, match="E404"):
        ask(store, "Will Hegseth visit Seoul between November 20 and November 10?", date(2025, 11, 4))
    # a range across the new year is fine
    out = ask(store, "Will Hegseth visit Seoul between December 20 and January 5?", date(2025, 11, 4))
    assert out.window == (date(2025, 12, 20), date(2026, 1, 5))


def test_ask_a_visit_with_talks_not_named_by_invitation_answers_a_meeting(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 11, 9), "Hegseth visited Seoul on Sunday, where he held talks with President "
                        "Lee Jae Myung.", "visit", "happened", "2026-11-09", place=SEOUL_CITY, counterparts=(LEE,))])
    assert ask(store, "Will Hegseth meet Lee Jae Myung by November 11?", date(2026, 11, 9)).resolution == "yes"


def test_ask_did_question_before_the_planned_day_is_not_yet(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area.",
                        "visit", "planned", "2025-11-03", place=JSA)])
    before = ask(store, "Did Hegseth visit the DMZ?", date(2025, 10, 29))
    assert (before.resolution, before.answer) == (None, "no")
    assert before.probability is not None and before.probability <= 0.1
    assert "outside the question's window (ending 2025-10-29)" in before.reason
    fill(store, [Report("a2", date(2025, 11, 3), "Hegseth visited the Joint Security Area on Monday.",
                        "visit", "happened", "2025-11-03", place=JSA)])
    after = ask(store, "Did Hegseth visit the DMZ?", date(2025, 11, 4))
    assert (after.resolution, after.answer) == ("yes", "yes")


def test_ask_did_question_with_only_a_plan_is_never_yes(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 27), "Hegseth is scheduled to visit the Joint Security Area this week.",
                        "visit", "planned", "2025-10-28", place=JSA)])
    for day in (date(2025, 10, 27), date(2025, 10, 29)):  # before and after the planned day
        out = ask(store, "Did Hegseth visit the DMZ this week?", day)
        assert out.resolution is None and out.probability is not None and out.probability <= 0.5
        assert out.answer != "yes"


def test_ask_unreadable_date_is_a_coded_error(store: Store) -> None:
    fill(store, [Report("a1", date(2025, 10, 28), "Hegseth will visit Seoul next week.", "visit", "planned",
                        "2025-11-03", place=SEOUL_CITY)])
    with pytest.raises(QuestionError, match="E404: cannot read the date 'next Fridy'"):
        ask(store, "Will Hegseth visit Seoul by next Fridy?", date(2025, 10, 28))


def test_ask_meeting_at_a_named_gathering_uses_its_place_and_days(store: Store) -> None:
    modi = ActorRef("Narendra Modi", "person", "Prime Minister", "India")
    lula = ActorRef("Luiz Inacio Lula da Silva", "person", "President", "Brazil")
    joburg = PlaceRef("Johannesburg", "city", "South Africa", within=("South Africa",))
    fill(store, [
        Report("a1", date(2025, 11, 20), "Modi will attend the G20 summit in Johannesburg on Saturday.", "attend",
               "planned", "2025-11-22", actor=modi, place=joburg, trigger="attend"),
        Report("a1", date(2025, 11, 20), "He is expected to meet Lula da Silva on the sidelines.", "meet", "planned",
               None, actor=modi, counterparts=(lula,)),
        Report("a2", date(2025, 11, 22), "Modi met Lula da Silva in Johannesburg on Saturday.", "meet", "happened",
               "2025-11-22", actor=modi, place=joburg, counterparts=(lula,)),
    ])
    before = ask(store, "Will Modi meet Lula at the G20 summit?", date(2025, 11, 20))
    assert before.resolution is None and before.window == (date(2025, 11, 22), date(2025, 11, 22))
    after = ask(store, "Will Modi meet Lula at the G20 summit?", date(2025, 11, 23))
    assert (after.resolution, after.cited.article_id if after.cited else None) == ("yes", "a2")
    nowhere = ask(store, "Will Modi meet Lula at the Davos forum?", date(2025, 11, 23))
    assert nowhere.answer == "unknown" and "No stored place or gathering matches 'Davos forum'" in nowhere.reason


_KROLL = ActorRef("Matthias Kroll", "person", "Chancellor", "Germany")
_NKOSI = ActorRef("Thabo Nkosi", "person", "President", "South Africa")


def test_ask_meeting_named_only_in_a_plan_sentence_is_not_resolved_by_another_persons_meeting(store: Store) -> None:
    fill(store, [
        Report("a1", date(2025, 11, 18), "Kroll also intends to hold talks with Thabo Nkosi, and with Arvind Rao.",
               "meet", "planned", "2025-11-22", actor=_KROLL, counterparts=(_NKOSI,)),
        Report("a2", date(2025, 11, 23), "The German chancellor held talks with President Thabo Nkosi on Sunday.",
               "meet", "happened", "2025-11-23", actor=_KROLL, counterparts=(_NKOSI,)),
    ])
    rao = ask(store, "Will Matthias Kroll meet Arvind Rao by November 24, 2025?", date(2025, 11, 23))
    assert rao.resolution is None and [e.article_id for e in rao.evidence] == ["a1"]
    assert ask(store, "Will Matthias Kroll meet Arvind Rao by November 24, 2025?", date(2025, 11, 26)).resolution == "no"
    assert ask(store, "Will Matthias Kroll meet Thabo Nkosi by November 24, 2025?", date(2025, 11, 23)).resolution == "yes"


def test_ask_call_announced_with_the_trips_call_off_outlives_the_trip(store: Store) -> None:
    pm = ActorRef("Joris Hendriksen", "person", "Prime Minister", "Netherlands")
    lachmon = ActorRef("Anita Lachmon", "person", "President", "Suriname")
    paramaribo = PlaceRef("Paramaribo", "city", "Suriname", within=("Suriname",))
    suriname = PlaceRef("Suriname", "country", "Suriname")
    fill(store, [
        Report("a1", date(2026, 4, 6), "Hendriksen will visit Paramaribo on April 15 for talks with Lachmon.", "visit",
               "planned", "2026-04-15", actor=pm, place=paramaribo, counterparts=(lachmon,)),
        Report("a2", date(2026, 4, 13), "Hendriksen has called off his trip to Suriname and will speak to Lachmon by "
               "video link on Wednesday instead.", "visit", "cancelled", None, actor=pm, place=suriname),
        Report("a2", date(2026, 4, 13), "Hendriksen has called off his trip to Suriname and will speak to Lachmon by "
               "video link on Wednesday instead.", "call", "planned", "2026-04-15", actor=pm, counterparts=(lachmon,)),
    ])
    call = ask(store, "Will Joris Hendriksen hold a call with Anita Lachmon by April 20, 2026?", date(2026, 4, 13))
    assert call.resolution is None and call.probability is not None and call.probability > 0.3
    same = ask(store, "Will Hendriksen speak with Lachmon by video link by April 20, 2026?", date(2026, 4, 13))
    assert same.window == call.window and same.resolution is None
    visit = ask(store, "Will Joris Hendriksen visit Paramaribo by April 30, 2026?", date(2026, 4, 13))
    assert visit.resolution == "no"


def test_ask_talks_abroad_with_the_asked_person_as_counterpart_are_their_visit(store: Store) -> None:
    chief = ActorRef("Ingrid Halvorsen", "person", "foreign policy chief", None)
    khattak = ActorRef("Shahid Khattak", "person", "Foreign Minister", "Pakistan")
    brussels = PlaceRef("Brussels", "city", "Belgium", within=("Belgium",))
    fill(store, [Report("a1", date(2026, 6, 22), "Halvorsen and Pakistani Foreign Minister Shahid Khattak held talks "
                        "in Brussels on Monday.", "meet", "happened", "2026-06-22", actor=chief, place=brussels,
                        counterparts=(khattak,))])
    out = ask(store, "Will Shahid Khattak visit Brussels in June 2026?", date(2026, 6, 22))
    assert out.resolution == "yes"
    # the host at home is not visiting
    assert ask(store, "Will Ingrid Halvorsen visit Brussels in June 2026?", date(2026, 6, 22)).resolution != "yes"


def test_ask_country_visit_falls_with_its_only_stop(store: Store) -> None:
    minister = ActorRef("Arief Wibisono", "person", "Foreign Minister", "Indonesia")
    ethiopia = PlaceRef("Ethiopia", "country", "Ethiopia")
    addis = PlaceRef("Addis Ababa", "city", "Ethiopia", within=("Ethiopia",))
    plan = [
        Report("a1", date(2026, 5, 12), "Wibisono is due to travel on to Ethiopia later this week.", "visit", "planned",
               "2026-W20", actor=minister, place=ethiopia),
        Report("a1", date(2026, 5, 12), "He will fly to Addis Ababa on May 14.", "visit", "planned", "2026-05-14",
               actor=minister, place=addis),
        Report("a2", date(2026, 5, 13), "The Addis Ababa leg of the tour has been dropped.", "visit", "cancelled",
               "2026-05-14", actor=minister, place=addis),
    ]
    fill(store, plan)
    assert ask(store, "Will Arief Wibisono visit Ethiopia by May 17, 2026?", date(2026, 5, 13)).resolution == "no"


def test_ask_country_visit_stands_while_another_stop_there_remains(store: Store) -> None:
    minister = ActorRef("Arief Wibisono", "person", "Foreign Minister", "Indonesia")
    ethiopia = PlaceRef("Ethiopia", "country", "Ethiopia")
    addis = PlaceRef("Addis Ababa", "city", "Ethiopia", within=("Ethiopia",))
    bahir = PlaceRef("Bahir Dar", "city", "Ethiopia", within=("Ethiopia",))
    fill(store, [
        Report("a1", date(2026, 5, 12), "Wibisono is due to travel on to Ethiopia later this week.", "visit", "planned",
               "2026-W20", actor=minister, place=ethiopia),
        Report("a1", date(2026, 5, 12), "He will fly to Addis Ababa on May 14.", "visit", "planned", "2026-05-14",
               actor=minister, place=addis),
        Report("a1", date(2026, 5, 12), "He will open a dam project in Bahir Dar on May 15.", "visit", "planned",
               "2026-05-15", actor=minister, place=bahir),
        Report("a2", date(2026, 5, 13), "The Addis Ababa leg of the tour has been dropped.", "visit", "cancelled",
               "2026-05-14", actor=minister, place=addis),
    ])
    assert ask(store, "Will Arief Wibisono visit Ethiopia by May 17, 2026?", date(2026, 5, 13)).resolution is None


def test_ask_accented_place_and_a_possessive_country_in_the_happened_sentence(store: Store) -> None:
    emperor = ActorRef("Naruhito", "person", "Emperor", "Japan")
    sao_paulo = PlaceRef("São Paulo", "city", "Brazil", within=("Brazil",))
    fill(store, [
        Report("a1", date(2026, 6, 10), "Naruhito will travel to Sao Paulo on June 18.", "travel", "planned",
               "2026-06-18", actor=emperor, place=sao_paulo),
        Report("a2", date(2026, 6, 18), "Japan's Emperor Naruhito arrived in Sao Paulo on Thursday, but the empress "
               "stayed behind in Brasilia.", "arrive", "happened", "2026-06-18", actor=emperor, place=sao_paulo,
               trigger="arrived"),
    ])
    fill(store, [Report("a3", date(2026, 6, 1), "Leaders met in Brasilia and in Japan last year.", "meet", "happened",
                        "2025-06-01", actor=ActorRef("Someone Else", "person"),
                        place=PlaceRef("Japan", "country", "Japan"))])
    out = ask(store, "Will Emperor Naruhito visit Sao Paulo by June 19, 2026?", date(2026, 6, 18))
    assert out.resolution == "yes"


def test_ask_a_regnal_numeral_is_no_surname(store: Store) -> None:
    king = ActorRef("Frederik X", "person", "King", "Denmark")
    asantehene = ActorRef("Osei Tutu II", "person", "Asantehene", "Ghana")
    queen = ActorRef("Margrethe II", "person", "Queen", "Denmark")
    kumasi = PlaceRef("Kumasi", "city", "Ghana", within=("Ghana",))
    fill(store, [
        Report("a1", date(2026, 10, 5), "Frederik X met Queen Margrethe II before leaving.", "meet", "happened",
               "2026-10-04", actor=king, counterparts=(queen,)),
        Report("a1", date(2026, 10, 5), "Frederik X will meet Osei Tutu II in Kumasi on November 5.", "meet", "planned",
               "2026-11-05", actor=king, place=kumasi, counterparts=(asantehene,)),
    ])
    out = ask(store, "Will King Frederik X meet Osei Tutu II on November 5, 2026?", date(2026, 10, 5))
    assert out.event is not None and [c.name for c in out.event.counterparts] == ["Osei Tutu II"]
    assert ask(store, "Will Frederik X meet Osei Tutu on November 5, 2026?", date(2026, 10, 5)).event == out.event


def test_ask_plans_move_with_their_trip_brought_forward(store: Store) -> None:
    chief = ActorRef("Mette Kaalund", "person", "Secretary General", "Denmark")
    pm = ActorRef("Aleksandar Petrovski", "person", "Prime Minister", "North Macedonia")
    skopje = PlaceRef("Skopje", "city", "North Macedonia", within=("North Macedonia",))
    fill(store, [
        Report("a1", date(2026, 5, 4), "Kaalund will be in Skopje on May 14.", "visit", "planned", "2026-05-14",
               actor=chief, place=skopje),
        Report("a1", date(2026, 5, 4), "She will hold talks with Petrovski in Skopje on May 14.", "meet", "planned",
               "2026-05-14", actor=chief, place=skopje, counterparts=(pm,)),
        Report("a2", date(2026, 5, 8), "Kaalund will now be in Skopje on May 13.", "visit", "planned", "2026-05-13",
               actor=chief, place=skopje),
    ])
    before = ask(store, "Will Mette Kaalund meet Aleksandar Petrovski by May 13, 2026?", date(2026, 5, 5))
    after = ask(store, "Will Mette Kaalund meet Aleksandar Petrovski by May 13, 2026?", date(2026, 5, 8))
    assert before.probability is not None and before.probability <= 0.3  # planned for the day after the window
    assert after.event is not None and after.event.date.value == "2026-05-13"
    assert after.probability is not None and after.probability > 0.3 and "moved it" in after.reason


def test_ask_an_undated_plan_falls_with_the_country_leg_dropped(store: Store) -> None:
    pope = ActorRef("Leo XIV", "person", "Pope", None)
    president = ActorRef("Daniel Noboa", "person", "President", "Ecuador")
    quito = PlaceRef("Quito", "city", "Ecuador", within=("Ecuador",))
    ecuador = PlaceRef("Ecuador", "country", "Ecuador")
    fill(store, [
        Report("a1", date(2026, 9, 10), "In Quito he is expected to meet President Daniel Noboa.", "meet", "planned",
               None, actor=pope, place=quito, counterparts=(president,)),
        Report("a2", date(2026, 11, 10), "Pope Leo XIV will no longer stop in Ecuador during his trip this month.",
               "visit", "cancelled", "2026-11", actor=pope, place=ecuador),
    ])
    assert ask(store, "Will Pope Leo XIV meet Daniel Noboa by November 26, 2026?", date(2026, 9, 11)).resolution is None
    out = ask(store, "Will Pope Leo XIV meet Daniel Noboa by November 26, 2026?", date(2026, 11, 12))
    assert out.resolution == "no" and out.cited is not None and out.cited.article_id == "a2"


def test_ask_a_gathering_is_named_by_all_its_words(store: Store) -> None:
    pm = ActorRef("Mikko Lahtinen", "person", "Prime Minister", "Finland")
    reykjavik = PlaceRef("Reykjavik", "city", "Iceland", within=("Iceland",))
    vilnius = PlaceRef("Vilnius", "city", "Lithuania", within=("Lithuania",))
    fill(store, [
        Report("a1", date(2026, 3, 3), "Lahtinen will attend the Nordic summit in Reykjavik on March 24.", "attend",
               "planned", "2026-03-24", actor=pm, place=reykjavik),
        Report("a1", date(2026, 3, 3), "He will also attend the Nordic-Baltic summit in Vilnius on April 7.", "attend",
               "planned", "2026-04-07", actor=pm, place=vilnius),
        Report("a2", date(2026, 3, 24), "Lahtinen attended the summit and called for joint Nordic purchases of shells.",
               "attend", "happened", "2026-03-24", actor=pm, place=reykjavik),
    ])
    nordic = ask(store, "Will Mikko Lahtinen attend the Nordic summit?", date(2026, 3, 25))
    baltic = ask(store, "Will Mikko Lahtinen attend the Nordic-Baltic summit?", date(2026, 3, 25))
    assert nordic.resolution == "yes"
    assert baltic.resolution is None and baltic.event is not None and baltic.event.date.value == "2026-04-07"


def test_ask_a_bare_title_held_by_several_people_is_ambiguous_unless_one_fits(store: Store) -> None:
    marsh = ActorRef("Eleanor Marsh", "person", "Prime Minister", "New Zealand")
    hung = ActorRef("Le Van Hung", "person", "Prime Minister", "Vietnam")
    fill(store, [
        Report("a1", date(2026, 3, 3), "New Zealand Prime Minister Eleanor Marsh will visit Canberra on March 12.",
               "visit", "planned", "2026-03-12", actor=marsh, place=PlaceRef("Canberra", "city", "Australia",
                                                                             within=("Australia",))),
        Report("a2", date(2026, 3, 4), "Vietnamese Prime Minister Le Van Hung will visit Seoul on March 16.", "visit",
               "planned", "2026-03-16", actor=hung, place=SEOUL_CITY),
    ])
    assert ask(store, "Will the prime minister visit Seoul?", date(2026, 3, 5)).event is not None  # one of them fits
    vague = ask(store, "Will the prime minister visit Tokyo?", date(2026, 3, 5))
    assert vague.answer == "unknown" and "names several people" in vague.reason
    assert "Eleanor Marsh" in vague.reason and "Le Van Hung" in vague.reason


def test_ask_the_parties_countries_in_a_happened_sentence_are_not_other_places(store: Store) -> None:
    kang = ActorRef("Kang Min-jae", "person", "Foreign Minister", "South Korea")
    morikawa = ActorRef("Tetsuya Morikawa", "person", "Foreign Minister", None)
    jeju = PlaceRef("Jeju City", "city", "South Korea", within=("South Korea",))
    fill(store, [
        Report("a1", date(2026, 1, 12), "Japanese Foreign Minister Tetsuya Morikawa will hold talks with Kang in Jeju.",
               "meet", "planned", "2026-01-20", actor=kang, place=jeju,
               counterparts=(replace(morikawa, country="Japan"),)),
        Report("a2", date(2026, 1, 20), "The foreign ministers of South Korea and Japan agreed on Tuesday to work "
               "against North Korea's missile threats during talks on the island.", "meet", "happened", "2026-01-20",
               actor=kang, place=jeju, counterparts=(morikawa,), trigger="talks"),
        Report("a3", date(2026, 1, 5), "North Korea and Japan traded accusations.", "meet", "happened", "2026-01-05",
               actor=ActorRef("Someone", "person"), place=PlaceRef("North Korea", "country", "North Korea")),
        Report("a4", date(2026, 1, 6), "Envoys met in Japan.", "meet", "happened", "2026-01-06",
               actor=ActorRef("Someone", "person"), place=PlaceRef("Japan", "country", "Japan")),
    ])
    out = ask(store, "Will Kang Min-jae meet Tetsuya Morikawa in Jeju by January 25, 2026?", date(2026, 1, 21))
    assert out.resolution == "yes" and out.cited is not None and out.cited.article_id == "a2"


def test_ask_a_denial_of_another_trip_casts_no_doubt_but_a_move_away_does(store: Store) -> None:
    duval = ActorRef("Claire Duval", "person", "Foreign Minister", "France")
    riyadh = PlaceRef("Riyadh", "city", "Saudi Arabia", within=("Saudi Arabia",))
    tehran = PlaceRef("Tehran", "city", "Iran", within=("Iran",))
    jeddah = PlaceRef("Jeddah", "city", "Saudi Arabia", within=("Saudi Arabia",))
    fill(store, [
        Report("a1", date(2026, 3, 30), "Duval will travel to Riyadh on April 6.", "travel", "planned", "2026-04-06",
               actor=duval, place=riyadh),
        Report("a2", date(2026, 4, 1), "The ministry denied reports that Claire Duval would travel to Tehran next week.",
               "travel", "denied", "2026-W15", actor=duval, place=tehran),
    ])
    calm = ask(store, "Will Claire Duval visit Riyadh by April 7?", date(2026, 4, 2))
    assert calm.features["doubt"] == 0.0 and "casts doubt" not in calm.reason
    fill(store, [Report("a3", date(2026, 4, 3), "Claire Duval's talks were moved from Riyadh to Jeddah, the ministry said.",
                        "meet", "planned", "2026-04-06", actor=duval, place=jeddah)])
    moved = ask(store, "Will Claire Duval visit Riyadh by April 7?", date(2026, 4, 3))
    assert moved.features["doubt"] == 1.0


def test_ask_one_counterpart_of_a_shared_meeting_is_not_met_by_talks_with_another(store: Store) -> None:
    rao = ActorRef("Arvind Rao", "person", "Prime Minister", "India")
    fill(store, [
        Report("a1", date(2025, 11, 18), "Kroll intends to hold talks with Thabo Nkosi and with Arvind Rao.", "meet",
               "planned", "2025-11-22", actor=_KROLL, counterparts=(_NKOSI, rao)),
        Report("a2", date(2025, 11, 23), "The German chancellor held talks with President Thabo Nkosi on Sunday.",
               "meet", "happened", "2025-11-23", actor=_KROLL, counterparts=(_NKOSI,)),
    ])
    with_rao = ask(store, "Will Matthias Kroll meet Arvind Rao by November 24, 2025?", date(2025, 11, 23))
    assert with_rao.resolution is None and [e.article_id for e in with_rao.evidence] == ["a1"]
    assert ask(store, "Will Matthias Kroll meet Thabo Nkosi by November 24, 2025?", date(2025, 11, 23)).resolution == "yes"
    # a report naming no counterpart (by title only) still counts for each of them
    fill(store, [Report("a3", date(2025, 11, 24), "The chancellor also held talks with the Indian prime minister.",
                        "meet", "happened", "2025-11-23", actor=_KROLL, counterparts=(rao,))])
    assert ask(store, "Will Matthias Kroll meet Arvind Rao by November 24, 2025?", date(2025, 11, 24)).resolution == "yes"
