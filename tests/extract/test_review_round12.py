"""Extraction gaps found by the twelfth review round (own-words stories: conjoined titled names, titled names the
recognizer loses, attendance that did not happen, a plan brought forward, outcomes after talks, live blogs).

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow


def _got(events: list[Event]) -> set[tuple[str, str, str | None, str | None, str]]:
    return {(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events}


def _people(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(p.name, p.title, p.country) for e in events for p in (e.actor, *e.counterparts) if p.kind == "person"}


# 1. conjoined titled names: each name keeps its own title; a title is never copied across "and"; a title word is no person


@pytest.mark.parametrize("text", [
    "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan met in Ankara on Wednesday and "
    "agreed to restart technical talks on the continental shelf.",
    "Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis met in Ankara on Wednesday.",
])
def test_review_round12_conjoined_titled_names_keep_their_own_titles(nlp: Language, text: str) -> None:
    events = _events(nlp, text, date(2026, 7, 16))
    assert _people(events) == {("Kyriakos Mitsotakis", "Prime Minister", "Greece"), ("Recep Tayyip Erdogan", "President", "Turkey")}
    assert {(e.action, e.place.name if e.place else None, e.date.value, e.status) for e in events} == {
        ("meet", "Ankara", "2026-07-15", "happened")}


# 2. titled names the recognizer loses or mislabels


def test_review_round12_rank_before_a_name_is_a_title_and_the_office_gives_the_country(nlp: Language) -> None:
    text = ("Pakistan's army chief, Field Marshal Asim Munir, will visit Riyadh this week for talks on defence cooperation, "
            "a military official said on Monday.")
    (ev,) = _events(nlp, text, date(2026, 8, 24))
    assert (ev.action, ev.actor.name, ev.actor.title, ev.actor.country, ev.place and ev.place.name, ev.status) == (
        "visit", "Asim Munir", "Army Chief", "Pakistan", "Riyadh", "planned")
    assert ev.counterparts == ()


def test_review_round12_unlabelled_name_after_a_rank_meets(nlp: Language) -> None:
    text = ("Field Marshal Asim Munir met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday, the military's media "
            "wing said in a statement on Friday, two days after the meeting.")
    (ev,) = _events(nlp, text, date(2026, 8, 28))
    assert (ev.action, ev.actor.name, ev.actor.title, ev.place and ev.place.name, ev.date.value, ev.status) == (
        "meet", "Asim Munir", "Field Marshal", "Riyadh", "2026-08-26", "happened")
    assert [c.name for c in ev.counterparts] == ["Mohammed bin Salman"]


def test_review_round12_a_country_possessive_is_no_part_of_a_name(nlp: Language) -> None:
    text = ("Fijian Prime Minister Sitiveni Rabuka and Papua New Guinea's James Marape were among the leaders who attended "
            "the two-day meeting.")
    events = _events(nlp, text, date(2026, 7, 16))
    assert {(e.action, e.actor.name, e.actor.country, e.status) for e in events} == {
        ("attend", "Sitiveni Rabuka", "Fiji", "happened"), ("attend", "James Marape", "Papua New Guinea", "happened")}


def test_review_round12_closing_a_named_gathering_is_attending_it(nlp: Language) -> None:
    text = ("Prime Minister Sanae Takaichi and Cook Islands Prime Minister Mark Brown closed the Pacific Islands Leaders Meeting "
            "in Tokyo on Wednesday with a joint declaration on ocean security.")
    events = _events(nlp, text, date(2026, 7, 16))
    assert _got(events) == {("attend", "Sanae Takaichi", "Tokyo", "2026-07-15", "happened"),
                            ("attend", "Mark Brown", "Tokyo", "2026-07-15", "happened")}
    assert all(not e.counterparts for e in events)  # "Pacific Islands" is a word of the meeting's name, no organization


def test_review_round12_everyone_in_attendance_attended(nlp: Language) -> None:
    text = ("The regional security summit opened in Accra on Tuesday with Ghana's John Mahama, Nigeria's Bola Tinubu and "
            "Senegal's Bassirou Diomaye Faye in attendance.")
    events = [e for e in _events(nlp, text, date(2026, 9, 16)) if e.action == "attend"]  # (and the summit held itself)
    assert _got(events) == {("attend", "John Mahama", "Accra", "2026-09-15", "happened"),
                            ("attend", "Bola Tinubu", "Accra", "2026-09-15", "happened"),
                            ("attend", "Bassirou Diomaye Faye", "Accra", "2026-09-15", "happened")}
    assert {(e.actor.name, e.actor.country) for e in events} == {
        ("John Mahama", "Ghana"), ("Bola Tinubu", "Nigeria"), ("Bassirou Diomaye Faye", "Senegal")}


# 3. "did not attend": the attendance did not take place (cancelled), no denial of a report


SUMMIT_DAY = ("ACCRA, Sept 16 - The regional security summit opened in Accra on Tuesday with Ghana's John Mahama in attendance.\n\n"
              "Ivorian President Alassane Ouattara did not attend and was represented by Vice President Tiemoko Meyliet Kone.")


def test_review_round12_did_not_attend_is_cancelled(nlp: Language) -> None:
    (ev,) = [e for e in _events(nlp, SUMMIT_DAY, date(2026, 9, 16)) if e.actor.name == "Alassane Ouattara"]
    assert (ev.action, ev.status, ev.refers_to_plan, ev.place and ev.place.name, ev.date.value) == (
        "attend", "cancelled", True, "Accra", "2026-09-15")


def test_review_round12_did_not_visit_stays_a_denial(nlp: Language) -> None:
    (ev,) = _events(nlp, "French Foreign Minister Claire Dubois did not visit Nairobi.", date(2026, 9, 16))
    assert ev.status == "denied"


# 4. "brought forward to July 15": the plan at its new, earlier date (planned, refers_to_plan), like a move


def test_review_round12_brought_forward_is_the_plan_at_its_new_date(nlp: Language) -> None:
    text = ("The meeting in Ankara between Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan "
            "has been brought forward to July 15 because of Erdogan's commitments abroad later in the month, Greek officials "
            "said on Friday.")
    (ev,) = _events(nlp, text, date(2026, 7, 10))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value, ev.status, ev.refers_to_plan) == (
        "meet", "Kyriakos Mitsotakis", "Ankara", "2026-07-15", "planned", True)
    assert [c.name for c in ev.counterparts] == ["Recep Tayyip Erdogan"]


def test_review_round12_bring_alone_moves_nothing(nlp: Language) -> None:
    events = _events(nlp, "The meeting brought new hope to the region, officials said on Friday.", date(2026, 7, 10))
    assert not [e for e in events if e.refers_to_plan]


# 6. "agreed on Wednesday ... after talks in Canberra": the talks happened there, that day


def test_review_round12_talks_an_outcome_came_from_happened_that_day(nlp: Language) -> None:
    text = ("Australian Foreign Minister Penny Wong and her Indonesian counterpart Sugiono agreed on Wednesday to expand joint "
            "fisheries patrols in the Arafura Sea after talks in Canberra.")
    (ev,) = _events(nlp, text, date(2026, 5, 21))
    assert (ev.action, ev.actor.name, ev.place and ev.place.name, ev.date.value, ev.status) == (
        "meet", "Penny Wong", "Canberra", "2026-05-20", "happened")
    assert [c.name for c in ev.counterparts] == ["Sugiono"]


# 7. live blogs: a time stamp heading an update is its post time; a present perfect there is the post's day


BLOG = ("Live: African Union summit, day one\n\nUpdated 18:20\n\n"
        "18:20 — Kenyan President William Ruto has arrived in Addis Ababa for the summit, state broadcaster KBC reported.\n\n"
        "11:00 — South African President Cyril Ramaphosa will not travel to Addis Ababa this year, his spokesman Vincent "
        "Magwenya said.")


def test_review_round12_post_time_is_no_event_date(nlp: Language) -> None:
    (ev,) = [e for e in _events(nlp, BLOG, date(2026, 2, 10)) if e.actor.name == "Cyril Ramaphosa"]
    assert (ev.action, ev.status, ev.date.value) == ("travel", "cancelled", "2026")


def test_review_round12_present_perfect_in_an_update_is_the_post_day(nlp: Language) -> None:
    (ev,) = [e for e in _events(nlp, BLOG, date(2026, 2, 10)) if e.actor.name == "William Ruto"]
    assert (ev.action, ev.place and ev.place.name, ev.date.value, ev.status) == ("arrive", "Addis Ababa", "2026-02-10", "happened")


def test_review_round12_an_appositive_without_a_title_gives_no_country(nlp: Language) -> None:
    text = ("When Narendra Modi last set foot in Argentina, it was for the G20 summit of 2018.\n\n"
            "Modi will fly on to Brasilia on June 11 for talks with Brazilian President Luiz Inacio Lula da Silva.")
    (ev,) = [e for e in _events(nlp, text, date(2026, 6, 1)) if e.action == "travel"]
    assert (ev.actor.name, ev.actor.country) == ("Narendra Modi", None)
