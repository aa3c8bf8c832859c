"""Round 59 (session 45): ceasefires and truces are a family of their own ('truce', CAMEO 0871 declared, 0356 planned,
1246 refused), dated by the day they take effect; a pact brokered by a third party is its sides'; a ceasefire agreement
signed or a truce deal reached is a truce; an extension or a collapse is no day of the truce's own. Each test states one
behaviour. Sentences and names are our own. March 10, 2026 is a Tuesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.extract.places import resolve_place
from dateline.extract.time import find_times
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 10)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


def _rows(text: str, day: date = _DAY) -> list[tuple[str, str, tuple[str, ...], str, str | None]]:
    return [(e.actor.name, e.action, tuple(c.name for c in e.counterparts), e.status, e.date.value)
            for e in _extracted(text, day)]


def test_round59_a_ceasefire_agreed_to_take_effect_later_is_planned_for_that_day() -> None:
    text = ("DOHA, March 10 (Wire) - Israel and Hamas agreed on Tuesday to a ceasefire in Gaza that will take effect on "
            "Sunday, mediators said.")
    (ev,) = _extracted(text)
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Israel", "truce", "planned", "2026-03-15")
    assert ev.cameo == "0356" and ev.plover == "AGREE"
    assert ev.place is not None and ev.place.name == "Gaza Strip"


@pytest.mark.parametrize("text", [
    "The ceasefire between Thailand and Cambodia took effect on Monday.",
    "The truce between Thailand and Cambodia came into force on Monday.",
    "Thailand and Cambodia agreed to an immediate ceasefire on Monday.",
    "Thailand and Cambodia declared a ceasefire on Monday.",
])
def test_round59_a_ceasefire_in_force_or_declared_happened_that_day(text: str) -> None:
    (ev,) = _extracted(text)
    assert (ev.actor.name, ev.action, [c.name for c in ev.counterparts], ev.status, ev.date.value) == \
        ("Thailand", "truce", ["Cambodia"], "happened", "2026-03-09")
    assert ev.cameo == "0871" and (ev.plover, ev.plover_mode) == ("RETREAT", "ceasefire")


@pytest.mark.parametrize("text", [
    "Egypt and Qatar brokered a truce between Thailand and Cambodia on Monday.",
    "Malaysia announced a ceasefire between Thailand and Cambodia on Monday.",
])
def test_round59_a_truce_brokered_or_announced_by_a_third_party_is_its_sides(text: str) -> None:
    rows = _rows(text)
    assert [r for r in rows if r[1] != "mediate"] == [("Thailand", "truce", ("Cambodia",), "happened", "2026-03-09")]
    if "brokered" in text:  # (round 87: the brokers' own mediation is told too)
        assert [r for r in rows if r[1] == "mediate"] == [
            ("Egypt", "mediate", ("Qatar", "Thailand", "Cambodia"), "happened", "2026-03-09")]


def test_round59_a_prisoner_swap_brokered_between_two_states_is_theirs() -> None:
    text = "Qatar brokered a prisoner swap between Russia and Ukraine on Monday."
    assert _rows(text) == [("Qatar", "mediate", ("Russia", "Ukraine"), "happened", "2026-03-09"),  # (round 87)
                           ("Russia", "exchange", ("Ukraine",), "happened", "2026-03-09")]


@pytest.mark.parametrize(("text", "status", "day"), [
    ("Thailand and Cambodia signed a ceasefire agreement on Monday.", "happened", "2026-03-09"),
    ("Thailand and Cambodia reached a truce deal on Monday.", "happened", "2026-03-09"),
    ("Thailand and Cambodia will sign a ceasefire agreement on Friday.", "planned", "2026-03-13"),
])
def test_round59_a_ceasefire_agreement_signed_or_a_truce_deal_reached_is_a_truce(text: str, status: str, day: str) -> None:
    assert _rows(text) == [("Thailand", "truce", ("Cambodia",), status, day)]


def test_round59_a_trade_agreement_signed_stays_a_signing() -> None:
    assert [e.action for e in _extracted("Thailand and Cambodia signed a trade agreement on Monday.")] == ["sign"]


@pytest.mark.parametrize(("text", "note"), [
    ("The ceasefire between Thailand and Cambodia collapsed on Friday.", "ended"),
    ("The truce between Thailand and Cambodia expired on Friday.", "ended"),
    ("The ceasefire between Thailand and Cambodia was extended on Friday until March 20.", "extended"),
])
def test_round59_the_day_a_truce_ends_or_is_extended_is_not_its_own(text: str, note: str) -> None:
    (ev,) = _extracted(text)
    assert (ev.action, ev.status, ev.date.value) == ("truce", "happened", None)
    assert ev.date.note is not None and note in ev.date.note and "2026-03-06" in ev.date.note


def test_round59_a_truce_to_be_extended_is_in_force_not_planned_for_the_day_of_the_agreement() -> None:
    (ev,) = _extracted("Thailand and Cambodia agreed on Monday to extend the truce by two weeks.")
    assert (ev.action, ev.status, ev.date.value) == ("truce", "happened", None)


def test_round59_a_swap_agreed_on_a_day_is_not_dated_by_the_agreement() -> None:
    (ev,) = _extracted("Russia and Ukraine agreed on Monday to a prisoner swap.")
    assert (ev.action, ev.status, ev.date.value) == ("exchange", "planned", None)


def test_round59_a_ceasefire_called_for_is_no_truce() -> None:
    assert _extracted("The Security Council called for an immediate ceasefire on Monday.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow declared a three-day truce starting on May 8.", ("May 8", "2026-05-08")),
    ("Thailand and Cambodia agreed on Monday to a ceasefire starting at midnight on Friday.",
     ("midnight on Friday", "2026-03-13T24:00")),
    ("The government announced a curfew effective from Thursday.", ("Thursday", "2026-03-12")),
])
def test_round59_the_start_of_a_thing_declared_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(t.text, t.value) for t in find_times(text, _DAY)]


def test_round59_a_truce_declared_to_start_later_is_planned_for_its_start() -> None:
    (ev,) = _extracted("Moscow declared a three-day truce starting on May 8.")
    assert (ev.actor.name, ev.action, ev.status, ev.date.value) == ("Russia", "truce", "planned", "2026-05-08")


def test_round59_gaza_is_a_region_of_the_palestinian_territory() -> None:
    ref = resolve_place("Gaza")
    assert ref is not None and (ref.name, ref.kind, ref.country) == ("Gaza Strip", "region", "Palestinian Territory")


@pytest.mark.parametrize(("text", "title"), [
    ("BANGKOK, March 10 (Wire) - The Thai and Cambodian defence ministers will meet in Bangkok on Friday.",
     "Defence Minister"),
    ("BANGKOK, March 10 (Wire) - The Thai and Cambodian foreign ministers will meet in Bangkok on Friday.",
     "Foreign Minister"),
])
def test_round59_two_nationalities_on_a_plural_post_as_subject_are_the_two_offices(text: str, title: str) -> None:
    assert _rows(text) == [(f"{title} of Thailand", "meet", (f"{title} of Cambodia",), "planned", "2026-03-13")]


def test_round59_two_nationalities_on_officials_stay_the_two_states() -> None:
    assert _rows("Thai and Cambodian officials met on Monday.") == [("Thailand", "meet", ("Cambodia",), "happened",
                                                                      "2026-03-09")]


@pytest.mark.parametrize("owner", ["The kingdom's", "The country's"])
def test_round59_a_title_owned_by_a_state_noun_is_the_holder_named_before(owner: str) -> None:
    text = (f"JAKARTA, March 10 (Wire) - Saudi Investment Minister Khalid Rahman arrived in Jakarta on Tuesday. {owner} "
            "investment minister will meet President Budi Santoso on Wednesday.")
    meetings = [(e.actor.name, [c.name for c in e.counterparts], e.date.value) for e in _extracted(text)
                if e.action == "meet"]
    assert meetings == [("Khalid Rahman", ["Budi Santoso"], "2026-03-11")]


def test_round59_visiting_people_in_a_place_is_a_visit_there() -> None:
    text = ("LARKANA, March 14 (Wire) - Prime Minister Imran Qadir visited flood victims in Larkana on Friday instead of "
            "Sukkur, where security was deemed too risky.")
    found = sorted((e.status, e.place.name if e.place else None, e.date.value) for e in _extracted(text, date(2026, 3, 14))
                   if e.action == "visit")
    assert found == [("cancelled", "Sukkur", "2026-03-13"), ("happened", "Larkana", "2026-03-13")]


def test_round59_visiting_people_with_no_place_is_no_visit() -> None:
    assert [e.action for e in _extracted("Prime Minister Imran Qadir met reporters in Larkana on Friday.")] == []


@pytest.mark.parametrize("spelling", ["Khan Younis", "Jenin", "Deir al-Balah", "Beit Hanoun"])
def test_round59_common_english_spellings_of_palestinian_towns_are_found(spelling: str) -> None:
    ref = resolve_place(spelling)
    assert ref is not None and (ref.kind, ref.country) == ("city", "Palestinian Territory")


def test_round59_a_call_off_on_a_condition_changes_nothing() -> None:
    assert _extracted("The union will call off the strike if the government raises wages.") == []


def test_round59_a_main_clause_call_off_is_no_status_of_its_unless_clause() -> None:
    text = ("Nigeria said it will withdraw its troops from Chad unless President Idriss Kaya arranges a ceasefire with "
            "the rebels.")
    assert [(e.action, e.status) for e in _extracted(text) if e.action == "truce"] == [("truce", "uncertain")]


# --- aid: relief sent, delivered, airlifted or dropped (CAMEO 070 provided, 033 planned, 122 refused) ---------------


@pytest.mark.parametrize(("text", "status", "what", "place", "day"), [
    ("TOKYO, March 10 (Wire) - Japan will send emergency relief supplies to Turkey on Friday.", "planned",
     "emergency relief supplies", "Turkey", "2026-03-13"),
    ("The United States delivered humanitarian aid to Gaza on Monday.", "happened", "humanitarian aid", "Gaza Strip",
     "2026-03-09"),
    ("Jordan airdropped food into northern Gaza on Monday.", "happened", "food", "Gaza Strip", "2026-03-09"),
    ("Egypt sent 40 trucks of food into Gaza on Monday.", "happened", "food", "Gaza Strip", "2026-03-09"),
    ("The UN will send an aid convoy to Aleppo on Friday.", "planned", "aid convoy", "Aleppo", "2026-03-13"),
])
def test_round59_aid_sent_or_delivered_is_the_donors_to_the_place_it_goes(text: str, status: str, what: str,
                                                                          place: str, day: str) -> None:
    (ev,) = _extracted(text)
    assert (ev.action, ev.status, ev.what, ev.place.name if ev.place else None, ev.date.value) == \
        ("aid", status, what, place, day)


def test_round59_an_amount_of_aid_is_aid() -> None:
    (ev,) = _extracted("The EU will provide 50 million euros in aid to Sudan.")
    assert (ev.actor.name, ev.action, ev.what, ev.place.name if ev.place else None) == ("EU", "aid", "aid", "Sudan")


def test_round59_relief_food_is_coded_humanitarian() -> None:
    (ev,) = _extracted("Jordan airdropped food into northern Gaza on Monday.")
    assert (ev.cameo, ev.plover) == ("073", "AID")


@pytest.mark.parametrize("text", [
    "The government sent troops to the border on Monday.",
    "Japan sent a delegation to Beijing on Monday.",
    "The army sent a convoy to the border on Monday.",
    "The company will ship its first cars to Europe next month.",
])
def test_round59_sending_people_or_goods_is_no_aid(text: str) -> None:
    assert [e.action for e in _extracted(text) if e.action == "aid"] == []


@pytest.mark.parametrize("text", [
    "Egypt's president said on Wednesday that the United States must be ready to mediate between the two sides.",
    "Egypt's president said the United States must mediate between Israelis and Palestinians.",
    "Egypt's president said the United States must be prepared to meet Iran.",
])
def test_round59_what_a_teller_says_another_must_do_is_no_plan_of_theirs(text: str) -> None:
    assert [e for e in _extracted(text) if e.actor.name == "United States"] == []


@pytest.mark.parametrize(("text", "actor", "status", "day", "place"), [
    ("A UN aid convoy crossed into Gaza on Tuesday.", "UN", "happened", "2026-03-10", "Gaza Strip"),
    ("The World Food Programme's 60-truck convoy crossed into Gaza on Tuesday.", "World Food Programme", "happened",
     "2026-03-10", "Gaza Strip"),
    ("A World Food Programme aid convoy was turned back at the border on Sunday.", "World Food Programme", "postponed",
     None, None),
])
def test_round59_an_aid_convoy_moving_is_its_owners_aid(text: str, actor: str, status: str, day: str | None,
                                                         place: str | None) -> None:
    (ev,) = _extracted(text)
    assert (ev.actor.name, ev.action, ev.status, ev.date.value, ev.place.name if ev.place else None) == \
        (actor, "aid", status, day, place)


def test_round59_a_military_convoy_is_no_aid() -> None:
    assert _extracted("A military convoy crossed into Syria on Monday.") == []


@pytest.mark.parametrize(("written", "name"), [("the WFP", "World Food Programme"), ("the UN refugee agency", "UNHCR"),
                                               ("the ICRC", "International Committee of the Red Cross")])
def test_round59_aid_agencies_by_any_of_their_names_are_one_actor(written: str, name: str) -> None:
    (ev,) = _extracted(f"GENEVA, March 10 (Wire) - {written[0].upper()}{written[1:]} will send relief supplies to Chad on "
                       "Friday.")
    assert (ev.actor.name, ev.action) == (name, "aid")


@pytest.mark.parametrize(("city", "region"), [("Rafah", "Gaza Strip"), ("Khan Younis", "Gaza Strip"),
                                              ("Gaza City", "Gaza Strip"), ("Ramallah", "West Bank")])
def test_round59_palestinian_towns_lie_in_their_region(city: str, region: str) -> None:
    ref = resolve_place(city)
    assert ref is not None and ref.kind == "city" and region in ref.within


# --- from audits 217-218 -------------------------------------------------------------------------------------------


def test_round59_failing_to_arrive_is_no_arrival() -> None:
    (ev,) = [e for e in _extracted("President Kofi Mensah failed to arrive in Luanda on Saturday.") if e.action == "arrive"]
    assert ev.status == "cancelled"  # (since round 61: the arrival not made, as "did not attend"; no denial of a report)


def test_round59_the_talks_failing_were_still_held() -> None:
    assert [e.status for e in _extracted("Talks between Iran and the United States failed on Monday.")] != ["denied"]


def test_round59_the_following_day_counts_from_the_event_not_from_the_telling() -> None:
    text = ("Nepali Prime Minister Ramesh Adhikari will arrive in New Delhi on April 27 for a three-day official visit, "
            "the foreign ministry announced on Friday. He will hold talks with his Indian counterpart the following day.")
    assert ("the following day", "2026-04-28") in [(t.text, t.value) for t in find_times(text, date(2026, 4, 17))]
    told = "The ministry said on Friday that the minister would leave the following day."
    assert ("the following day", "2026-04-18") in [(t.text, t.value) for t in find_times(told, date(2026, 4, 17))]


def test_round59_the_year_a_budget_is_for_is_not_the_votes_day() -> None:
    text = ("ISLAMABAD, June 22 (Wire) - Pakistan's National Assembly will vote on the federal budget for the coming "
            "fiscal year on Thursday, the speaker's office said.")
    (ev,) = _extracted(text, date(2026, 6, 22))
    assert (ev.action, ev.status, ev.date.value) == ("vote", "planned", "2026-06-25")
    (strike,) = _extracted("The union called a strike for next week.")
    assert strike.date.value == "2026-W12"


@pytest.mark.parametrize(("text", "name"), [
    ("The M23 rebels declared a unilateral ceasefire on Friday.", "M23"),
    ("The SPLM-IO declared a ceasefire on Friday.", "SPLM-IO"),
    ("The TPLF declared a ceasefire on Friday.", "Tigray People's Liberation Front"),
])
def test_round59_armed_groups_by_any_of_their_names_are_one_actor(text: str, name: str) -> None:
    (ev,) = _extracted(text)
    assert (ev.actor.name, ev.action, ev.date.value) == (name, "truce", "2026-03-06")
