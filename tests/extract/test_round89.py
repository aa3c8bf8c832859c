"""Round 89 (session 75): what audits 342-348 left and audits 349-353 found, in one article. Each test states one
behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 3)  # a Wednesday


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 3, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str | None, str | None, str | None, str]]:
    return [(e.action, e.actor.name, e.what, e.place.name if e.place else None, e.date.value, e.status) for e in events]


def test_round89_a_tally_split_by_the_tokenizer_is_still_a_tally() -> None:
    events = _found("WARSAW, June 3 (Wire) - Poland's Sejm voted 241-209 on Tuesday to remove Interior Minister "
                    "Pawel Mazur, after four coalition deputies sided with the opposition.")
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events if e.action == "vote"] == [
        ("vote", "Parliament of Poland", "2026-06-02", "happened")]


def test_round89_a_count_set_off_after_the_main_clause_dates_the_framed_act_before_it() -> None:
    events = _found("OSLO, June 3 (Wire) - Norway's Prime Minister Ivar Lunde on Tuesday appointed Berit Holm as the "
                    "new fisheries minister, a day after sacking her predecessor Odd Strand.")
    rows = {(e.action, e.actor.name): (e.date.value, e.status) for e in events}
    assert rows[("appointed", "Berit Holm")] == ("2026-06-02", "happened")
    assert rows[("dismissed", "Odd Strand")] == ("2026-06-01", "happened")


def test_round89_the_start_of_an_agreed_truce_is_neither_a_second_truce_nor_a_later_day() -> None:
    events = _found("DOHA, June 3 (Wire) - Sudan's army and the Rapid Support Forces agreed on Tuesday to a 10-day "
                    "truce, mediators said.\n\nThe truce is due to take effect at midnight on Saturday, the mediators "
                    "said.")
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events if e.action == "truce"] == [
        ("truce", "Sudan", "2026-06-02", "happened")]


def test_round89_a_definite_truce_told_again_on_the_day_keeps_the_agreement() -> None:
    events = _found("DOHA, June 3 (Wire) - Sudan's army and the Rapid Support Forces agreed on Tuesday to a 10-day "
                    "truce, mediators said.\n\nThe truce was holding on Wednesday, the mediators said.")
    assert [(e.date.value, e.status) for e in events if e.action == "truce"] == [
        ("2026-06-02", "happened"), ("2026-06-03", "happened")]


def test_round89_a_name_after_a_minister_of_state_for_a_portfolio_is_that_person() -> None:
    events = _found("KIGALI, June 3 (Wire) - Kenya's Sports Cabinet Secretary Peter Mwangi and Uganda's Minister of "
                    "State for Sports Moses Okello attended the opening match on Tuesday.")
    assert {e.actor.name for e in events if e.action == "attend"} == {"Peter Mwangi", "Moses Okello"}


def test_round89_a_name_after_a_minister_for_a_region_is_that_person() -> None:
    events = _found("SUVA, June 3 (Wire) - Australia's Minister for the Pacific Daniel Corrigan will attend the closing "
                    "ceremony in Suva on Saturday.")
    assert [(e.action, e.actor.name, e.actor.country, e.date.value) for e in events] == [
        ("attend", "Daniel Corrigan", "Australia", "2026-06-06")]


def test_round89_a_guest_at_an_opening_does_not_open_it() -> None:
    events = _found("KAMPALA, June 3 (Wire) - Uganda's Sports Minister Grace Akello will no longer attend Tuesday's "
                    "opening of the new stadium in Arusha, her office said.")
    assert [(e.action, e.actor.name, e.status) for e in events] == [("attend", "Grace Akello", "cancelled")]


def test_round89_a_body_that_voted_to_lift_sanctions_lifted_them_that_day_on_their_target() -> None:
    events = _found("UNITED NATIONS, June 3 (Wire) - The U.N. Security Council voted on Tuesday to lift the sanctions "
                    "it imposed on Guinea-Bissau after the 2012 coup.")
    eased = [(e.actor.name, e.date.value, e.status, [c.name for c in e.counterparts]) for e in events if e.action == "ease"]
    assert eased == [("UN Security Council", "2026-06-02", "happened", ["Guinea-Bissau"])]


def test_round89_sanctions_lifted_on_a_state_name_it() -> None:
    (event,) = _found("BRUSSELS, June 3 (Wire) - The EU will lift sanctions on Belarus on Monday.")
    assert (event.action, event.status, event.date.value, [c.name for c in event.counterparts]) == (
        "ease", "planned", "2026-06-08", ["Belarus"])


def test_round89_forces_that_began_withdrawing_are_their_states_withdrawal_from_the_place_left() -> None:
    events = _found("BEIRUT, June 3 (Wire) - Italian peacekeepers began withdrawing from southern Lebanon on Monday, "
                    "with a first group of soldiers leaving their base in Shama for the port of Beirut.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in events
            if e.action == "withdraw"] == [("withdraw", "Italy", "Lebanon", "2026-06-01", "happened")]


def test_round89_forces_that_flew_out_of_a_place_left_it() -> None:
    events = _found("BANGUI, June 3 (Wire) - The last Portuguese soldiers serving with the U.N. mission flew out of "
                    "Bangui on Tuesday. Kenyan soldiers flew to Haiti on Tuesday.")
    assert [(e.action, e.actor.name) for e in events if e.action == "withdraw"] == [("withdraw", "Portugal")]


def test_round89_watching_from_the_stands_is_attending_but_not_from_afar() -> None:
    events = _found("DUBLIN, June 3 (Wire) - South African Sports Minister Sipho Dlamini watched from the stands as "
                    "South Africa beat Ireland. Russia's President watched from Moscow.")
    assert [(e.action, e.actor.name, e.status) for e in events] == [("attend", "Sipho Dlamini", "happened")]


def test_round89_a_known_body_after_its_own_countrys_possessive_is_that_body() -> None:
    events = _found("SANAA, June 3 (Wire) - Yemen's Houthi movement said on Wednesday it would release the 22 crew "
                    "members of the seized cargo ship Aegean Star on Sunday.")
    assert [(e.action, e.actor.name, e.what, e.date.value, e.status) for e in events] == [
        ("release", "Houthis", "crew members", "2026-06-07", "planned")]


def test_round89_another_countrys_possessive_still_makes_a_body_of_its_own() -> None:
    events = _found("MOSCOW, June 3 (Wire) - Russia's Security Council will meet on Friday.")
    assert [(e.actor.name, e.actor.country) for e in events] == [("Security Council", "Russia")]


def test_round89_a_sanctions_list_added_to_or_taken_from_is_a_sanction_or_an_easing() -> None:
    events = _found("WASHINGTON, June 3 (Wire) - The U.S. Treasury on Tuesday removed the airline Belavia from its "
                    "sanctions list. The U.S. Treasury on Tuesday added two refineries to its sanctions list. Kenya added "
                    "three new routes on Tuesday.")
    assert [(e.action, e.actor.name, e.what, e.status) for e in events] == [
        ("ease", "United States", "sanctions", "happened"), ("sanction", "United States", "sanctions", "happened")]


def test_round89_withdrawing_tariffs_in_force_lifts_them_and_a_surtax_is_a_measure() -> None:
    events = _found("NEW DELHI, June 3 (Wire) - India will withdraw the retaliatory tariffs it imposed on U.S. almonds "
                    "on Monday. Canada will impose a 25 percent surtax on electric vehicles made in China from July 1.")
    assert [(e.action, e.actor.name, e.what, e.status) for e in events] == [
        ("ease", "India", "tariffs", "planned"), ("sanction", "Canada", "surtax", "planned")]


def test_round89_a_visit_framing_a_dated_act_is_on_its_day() -> None:
    events = _found("CAIRO, June 3 (Wire) - Turkish Foreign Minister Mehmet Aydin held talks in Cairo on Tuesday with "
                    "Egyptian counterpart Karim Mansour, in a visit delayed by more than a week.")
    assert [(e.action, e.date.value, e.status) for e in events] == [
        ("meet", "2026-06-02", "happened"), ("visit", "2026-06-02", "happened")]


def test_round89_a_plan_moved_to_a_day_hung_on_its_participle_takes_the_new_day() -> None:
    events = _found("CARACAS, June 3 (Wire) - Venezuela's opposition has moved a rally planned for Saturday to "
                    "Sunday, organisers said. Kenya moved the summit planned for Friday to Nairobi.")
    assert [(e.action, e.date.value, e.status) for e in events] == [
        ("protest", "2026-06-07", "planned"), ("host", "2026-06-05", "planned")]
