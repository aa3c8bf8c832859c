"""A journey's purpose takes the journey's change: "will visit Canberra on November 12 to hold talks with X", then
"has cancelled his planned visit to Canberra" calls off the talks too, with the cancelling sentence in their history;
"has postponed his visit until December 3" puts them off to that day. Talks told in another sentence, or a plan the
article that changes the visit tells of its own, are left alone. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

PLAN = ("Mori to visit Australia\n\nTokyo, Oct 27 (Wire) - Japanese Prime Minister Kenji Mori will visit Canberra on "
        "November 12 to hold talks with Australian Prime Minister Sarah Whitlow.\n")

CANCELLED = ("Mori cancels trip\n\nTokyo, Nov 10 (Wire) - Japanese Prime Minister Kenji Mori has cancelled his planned "
             "visit to Canberra this week because of a cabinet crisis.\n")

POSTPONED = ("Mori delays trip\n\nTokyo, Nov 10 (Wire) - Japanese Prime Minister Kenji Mori has postponed his visit to "
             "Canberra until December 3.\n")

APART = ("Mori to visit Australia\n\nTokyo, Oct 27 (Wire) - Japanese Prime Minister Kenji Mori will visit Canberra on "
         "November 12. He will hold talks with Australian Prime Minister Sarah Whitlow in Sydney on November 14.\n")


def _by_action(tmp_path: Path, texts: list[tuple[str, date]]) -> dict[str, tuple[str, str | None]]:
    store = stored(tmp_path, texts)
    return {e.action: (e.status, e.date.value) for e in store.events(actor="Mori")}


@pytest.mark.slow
def test_cancelled_visit_calls_off_its_talks(tmp_path: Path) -> None:
    store = stored(tmp_path, [(PLAN, date(2026, 10, 27)), (CANCELLED, date(2026, 11, 10))])
    (talks,) = [e for e in store.events(actor="Mori") if e.action == "meet"]
    assert (talks.status, talks.date.value) == ("cancelled", "2026-11-12")
    assert [h.status for h in talks.history] == ["planned", "cancelled"]
    assert any(ev.status == "cancelled" and "cancelled his planned visit" in ev.sentence for ev in talks.evidence)


@pytest.mark.slow
def test_postponed_visit_puts_off_its_talks_to_the_new_day(tmp_path: Path) -> None:
    got = _by_action(tmp_path, [(PLAN, date(2026, 10, 27)), (POSTPONED, date(2026, 11, 10))])
    assert got["meet"] == ("postponed", "2026-12-03") == got["visit"]


@pytest.mark.slow
def test_talks_of_another_sentence_are_left_alone(tmp_path: Path) -> None:
    got = _by_action(tmp_path, [(APART, date(2026, 10, 27)), (CANCELLED, date(2026, 11, 10))])
    assert got["visit"][0] == "cancelled"
    assert got["meet"] == ("planned", "2026-11-14")


SIGN_PLAN = ("Mori to sign pact\n\nTokyo, Oct 27 (Wire) - Japanese Prime Minister Kenji Mori will sign a defence pact "
             "with Australian Prime Minister Sarah Whitlow in Canberra on November 12.\n")

SIGN_MOVED = ("Pact delayed\n\nTokyo, Nov 10 (Wire) - Japanese Prime Minister Kenji Mori will now sign the defence pact "
              "with Australia early next year, officials said.\n")


@pytest.mark.slow
def test_plan_with_a_country_joins_the_plan_with_its_premier(tmp_path: Path) -> None:
    store = stored(tmp_path, [(SIGN_PLAN, date(2026, 10, 27)), (SIGN_MOVED, date(2026, 11, 10))])
    signings = [e for e in store.events(actor="Mori") if e.action == "sign"]
    assert len(signings) == 1
    assert "Sarah Whitlow" in {c.name for c in signings[0].counterparts}


LUSAKA = ("Banda to visit Zambia\n\nLilongwe, Jan 11 (Wire) - Malawian President Chisomo Banda will fly to Lusaka on "
          "January 21 to meet Zambian President Mwamba Chileshe, his office said on Monday.\n")

MOVED = ("Banda trip moved\n\nLilongwe, Jan 19 (Wire) - Malawian President Chisomo Banda's trip to Zambia has been "
         "moved from Thursday to Saturday, an official said.\n")

DAKAR = ("Alami to visit Senegal\n\nRabat, Sept 7 (Wire) - Moroccan Foreign Minister Youssef Alami will set off for Dakar "
         "on Sunday for a two-day visit. Alami will also attend a fisheries forum in Dakar on September 14, the ministry "
         "said.\n")

SCRAPPED = ("Alami trip scrapped\n\nDakar, Sept 10 (Wire) - A visit to Senegal by Moroccan Foreign Minister Youssef Alami "
            "was scrapped on Thursday, Senegal's government said.\n")


@pytest.mark.slow
def test_trip_to_a_country_moved_to_a_day_moves_its_stop_and_talks(tmp_path: Path) -> None:
    store = stored(tmp_path, [(LUSAKA, date(2027, 1, 11)), (MOVED, date(2027, 1, 19))])
    got = sorted((e.action, e.place.name if e.place else None, e.date.value) for e in store.events(actor="Banda"))
    assert got == [("meet", "Lusaka", "2027-01-23"), ("travel", "Lusaka", "2027-01-23")]


@pytest.mark.slow
def test_scrapped_visit_calls_off_the_forum_of_the_trip(tmp_path: Path) -> None:
    store = stored(tmp_path, [(DAKAR, date(2026, 9, 7)), (SCRAPPED, date(2026, 9, 10))])
    assert {e.action: e.status for e in store.events(actor="Alami")}.get("attend") == "cancelled"


TOUR = ("Amiel to tour West Africa\n\nParis, April 27 (Wire) - French Foreign Minister Luc Amiel will visit Senegal and "
        "Mali next month. Amiel will begin the tour in Dakar on May 6 and end the tour in Bamako on May 10.\n")

LEG_OFF = ("Amiel drops Bamako\n\nParis, May 7 (Wire) - French Foreign Minister Luc Amiel has called off the final leg "
           "of his tour in Bamako.\n")


@pytest.mark.slow
def test_called_off_stop_calls_off_its_country_and_keeps_its_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [(TOUR, date(2027, 4, 27)), (LEG_OFF, date(2027, 5, 7))])
    got = {e.place.name: (e.status, e.date.value) for e in store.events(actor="Amiel") if e.place}
    assert got == {"Senegal": ("planned", "2027-05-06"), "Dakar": ("planned", "2027-05-06"),
                   "Bamako": ("cancelled", "2027-05-10"), "Mali": ("cancelled", "2027-05-10")}


SADYKOV = ("Sadykov to visit Tashkent\n\nBishkek, May 10 (Wire) - Kyrgyz President Adilet Sadykov will travel to "
           "Tashkent on Thursday for talks with Uzbek President Jasur Rakhimov. The two presidents are expected to sign "
           "a water agreement during the one-day visit.\n")

SADYKOV_DENIED = ("Kyrgyzstan denies trip\n\nBishkek, May 12 (Wire) - Officials on Wednesday denied a report that "
                  "President Adilet Sadykov would travel to Tashkent this week.\n\n\"The president has no plans to visit "
                  "Uzbekistan this week,\" press secretary Nurlan Abdrakhmanov said.\n")


@pytest.mark.slow
def test_denied_trip_denies_the_signing_during_it_and_a_second_denial_of_its_country_joins_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [(SADYKOV, date(2027, 5, 10)), (SADYKOV_DENIED, date(2027, 5, 12))])
    got = sorted((e.action, e.place.name if e.place else None, e.date.value, e.status)
                 for e in store.events(actor="Sadykov"))
    assert got == [("sign", "Tashkent", "2027-05-13", "denied"), ("travel", "Tashkent", "2027-05-13", "denied")]


UNION_PLAN = ("Teachers to strike\n\nNairobi, May 4 (Wire) - Kenya's largest teachers' union said on Tuesday its members "
              "would begin a nationwide strike on May 17.\n")

UNION_DELAY = ("Strike put off\n\nNairobi, May 14 (Wire) - Kenya's main teachers' union on Friday postponed a nationwide "
               "strike that was due to begin on Monday. The union will now begin the strike on June 7.\n")


@pytest.mark.slow
def test_strike_put_off_with_the_new_day_in_the_next_sentence_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [(UNION_PLAN, date(2027, 5, 4)), (UNION_DELAY, date(2027, 5, 14))])
    (event,) = store.events(actor="teachers' union")
    assert (event.status, event.date.value) == ("postponed", "2027-06-07")


MONTT_PLAN = ("Montt to visit New Zealand\n\nSantiago, May 3 (Wire) - Chilean Foreign Minister Valeria Montt will travel "
              "to New Zealand next week to sign a fisheries agreement.\n")

MONTT_DONE = ("Chile and New Zealand sign pact\n\nAuckland, May 12 (Wire) - Chilean Foreign Minister Valeria Montt landed "
              "in Auckland on Tuesday evening. She and New Zealand Foreign Minister Aroha Tane signed the pact on "
              "Wednesday.\n")

MONTT_ELSEWHERE = ("Montt in Sydney\n\nSydney, May 12 (Wire) - Chilean Foreign Minister Valeria Montt signed a trade "
                   "memorandum in Sydney on Wednesday.\n")


@pytest.mark.slow
def test_week_trip_to_a_country_and_its_signing_are_told_done_from_a_city(tmp_path: Path) -> None:
    store = stored(tmp_path, [(MONTT_PLAN, date(2027, 5, 3)), (MONTT_DONE, date(2027, 5, 12))])
    got = sorted((e.action, e.place.name if e.place else None, e.status) for e in store.events(actor="Montt"))
    assert got == [("arrive", "Auckland", "happened"), ("sign", "Auckland", "happened"),
                   ("travel", "New Zealand", "happened")]


@pytest.mark.slow
def test_a_signing_in_another_country_leaves_the_plan_open(tmp_path: Path) -> None:
    store = stored(tmp_path, [(MONTT_PLAN, date(2027, 5, 3)), (MONTT_ELSEWHERE, date(2027, 5, 12))])
    got = sorted((e.action, e.place.name if e.place else None, e.status) for e in store.events(actor="Montt"))
    assert ("sign", "New Zealand", "planned") in got and ("sign", "Sydney", "happened") in got


WELLINGTON = ("Montt to visit Wellington\n\nSantiago, May 3 (Wire) - Chilean Foreign Minister Valeria Montt will arrive "
              "in Wellington next Tuesday and hold talks with New Zealand Foreign Minister Aroha Tane.\n")

CENTRE_OFF = ("Montt drops centre visit\n\nWellington, May 10 (Wire) - Chilean Foreign Minister Valeria Montt cancelled "
              "her planned visit to a marine research centre in Wellington.\n")


@pytest.mark.slow
def test_calling_off_a_facility_visit_leaves_the_trip_and_talks(tmp_path: Path) -> None:
    store = stored(tmp_path, [(WELLINGTON, date(2027, 5, 3)), (CENTRE_OFF, date(2027, 5, 10))])
    got = {(e.action, e.what): e.status for e in store.events(actor="Montt")}
    assert got == {("arrive", None): "planned", ("meet", None): "planned",
                   ("visit", "marine research centre"): "cancelled"}


FERRER = ("Ferrer to visit Indonesia\n\nBuenos Aires, March 1 (Wire) - Argentine Foreign Minister Lucia Ferrer will travel "
          "to Indonesia next week. On Thursday, Ferrer is scheduled to tour the Tanjung Priok port in Jakarta.\n")

FERRER_OFF = ("Port tour off\n\nSurabaya, March 5 (Wire) - Ferrer's planned tour of Tanjung Priok port was called off, an "
              "Argentine diplomat said. Argentine Foreign Minister Lucia Ferrer visited a fish processing plant in "
              "Surabaya on Friday.\n")


@pytest.mark.slow
def test_a_call_off_of_a_planned_tour_is_the_tours_not_the_trips(tmp_path: Path) -> None:
    store = stored(tmp_path, [(FERRER, date(2027, 3, 1)), (FERRER_OFF, date(2027, 3, 5))])
    got = {(e.action, e.place.name if e.place else None): e.status for e in store.events(actor="Ferrer")}
    assert got[("visit", "Jakarta")] == "cancelled"
    assert ("visit", None) not in got
