"""Round 73 (session 59): what audits 256-258 (military diplomacy, courts and trials, multilateral summits) found. Each
test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.extract.title_phrases import parse_title
from dateline.model import Event

from .fixture_articles import found_events, status_rows

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    return status_rows(events)


def test_round73_a_surname_the_tagger_reads_as_a_plural_is_the_one_who_calls_off_her_trip() -> None:
    events = _found("SUVA, June 1 (Wire) - The ministers' meeting will be held online, the secretariat said on Monday. "
                    "Carstairs has cancelled her trip to Fiji, and her meeting with the prime minister will not go ahead.")
    assert ("visit", "Carstairs", "cancelled", None) in _rows(events)
    assert all(e.actor.name in ("Carstairs",) for e in events if e.action in ("visit", "meet"))


def test_round73_a_summit_of_several_days_dates_its_host_and_guests_from_its_first_day() -> None:
    events = _found("KAMPALA, June 1 (Wire) - Heads of state of the regional bloc will meet in Kampala from June 15 to 17 "
                    "for the bloc's annual summit, the secretariat said on Monday. Ugandan President Moses Okello will "
                    "host the gathering, and Rwandan President Jean Habimana is expected to attend, his office said.")
    days = {(e.action, e.actor.name): (e.date.value, e.date.end_value) for e in events}
    assert days[("host", "Moses Okello")] == ("2026-06-15", "2026-06-17")
    assert days[("attend", "Jean Habimana")] == ("2026-06-15", "2026-06-17")


def test_round73_a_signing_at_the_close_of_a_three_day_summit_is_on_its_day_alone() -> None:
    events = _found("KAMPALA, June 6 (Wire) - President Moses Okello signed the Kampala Declaration on Saturday at the "
                    "close of a three-day summit.", date(2026, 6, 6))
    signed = [e for e in events if e.action == "sign"]
    assert [(e.date.value, e.date.end_value) for e in signed] == [("2026-06-06", None)]


def test_round73_talks_about_next_months_summit_are_on_their_own_day() -> None:
    events = _found("JUBA, June 3 (Wire) - Regional envoy Amina Warsame arrived in Juba on Tuesday and held talks with "
                    "President Gabriel Majok on the agenda of next month's summit.", date(2026, 6, 3))
    met = [e for e in events if e.action == "meet"]
    assert [(e.status, e.date.value, [c.name for c in e.counterparts]) for e in met] == [
        ("happened", "2026-06-02", ["Gabriel Majok"])]


def test_round73_a_lower_case_portfolio_stays_in_a_title() -> None:
    assert parse_title("former Kenyan energy minister").title == "former Energy Minister"
    assert parse_title("the new minister").title == "Minister"


def test_round73_a_past_holder_of_a_countrys_office_is_that_office_told_as_former() -> None:
    events = _found("NAIROBI, June 2 (Wire) - Kenya's former mining minister went on trial in Nairobi on Monday.",
                    date(2026, 6, 2))
    assert [(e.action, e.actor.name, e.actor.title) for e in events] == [
        ("trial", "Former Mining Minister of Kenya", "Former Mining Minister")]


def test_round73_a_defendant_named_after_the_body_he_led_is_the_one_sentenced() -> None:
    events = _found("PRETORIA, June 4 (Wire) - A South African court on Thursday sentenced the former chief executive "
                    "of Karoo Rail, John Mokoena, to 12 years in prison for fraud.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events if e.action == "sentence"] == [
        ("sentence", "John Mokoena", "happened", "2026-06-04")]


def test_round73_arguments_heard_in_a_persons_challenge_are_that_persons_hearing() -> None:
    events = _found("LUSAKA, June 4 (Wire) - Zambia's Constitutional Court heard arguments on Wednesday in opposition "
                    "leader Mwila Chanda's challenge to the new media law.", date(2026, 6, 4))
    assert ("hearing", "Mwila Chanda", "happened", "2026-06-03") in _rows(events)


def test_round73_a_titled_subject_set_off_by_its_holders_name_names_no_partner() -> None:
    events = _found("ACCRA, June 1 (Wire) - Ghana's Chief of Defence Staff, Air Vice Marshal Kofi Mensah, will pay a "
                    "two-day visit to Togo starting on Wednesday for talks with his Togolese counterpart, Major General "
                    "Edem Agbeko, the military said on Monday.")
    partners = {e.action: [c.name for c in e.counterparts] for e in events if e.actor.name == "Kofi Mensah"}
    assert partners["visit"] == ["Edem Agbeko"]  # (the visit is made for talks with him, round 83; the Chief of Defence
    # Staff named in apposition is no partner)
    assert partners["meet"] == ["Edem Agbeko"]


def test_round73_plans_overtaken_by_a_trip_called_off_under_an_office_are_called_off() -> None:
    events = _found("WARSAW, June 2 (Wire) - Poland's defence minister has called off his trip to Latvia planned for "
                    "Thursday, a ministry spokesman said on Tuesday. Lukas Zielinski had been due to meet his Latvian "
                    "counterpart in Riga and attend a ceremony in Adazi.", date(2026, 6, 2))
    rows = {(e.action, e.actor.name): (e.status, e.date.value, e.place.name if e.place else None) for e in events}
    assert rows[("meet", "Lukas Zielinski")] == ("cancelled", "2026-06-04", "Riga")
    assert rows[("attend", "Lukas Zielinski")][:2] == ("cancelled", "2026-06-04")


def test_round73_a_trip_called_off_keeps_the_day_its_reduced_clause_planned() -> None:
    events = _found("WARSAW, June 2 (Wire) - Lukas Zielinski has called off his trip to Latvia planned for Thursday.",
                    date(2026, 6, 2))
    assert _rows(events) == [("visit", "Lukas Zielinski", "cancelled", "2026-06-04")]


def test_round73_one_who_represents_a_person_at_a_ceremony_attends_it_with_no_partner() -> None:
    events = _found("WARSAW, June 2 (Wire) - Lukas Zielinski is expected to attend a ceremony in Daugavpils on Thursday. "
                    "Deputy Defence Minister Ewa Nowak will represent Zielinski at the Daugavpils ceremony.", date(2026, 6, 2))
    stood = [e for e in events if e.actor.name == "Ewa Nowak"]
    assert [(e.action, e.status, e.date.value, [c.name for c in e.counterparts]) for e in stood] == [
        ("attend", "planned", "2026-06-04", [])]


def test_round73_many_rounds_of_talks_held_since_a_year_are_a_record_not_an_event() -> None:
    events = _found("LONDON, June 2 (Wire) - Britain and Chile have held 11 rounds of trade negotiations since 2023. "
                    "Lisa Kerr has held several rounds of talks with Anil Rao. Britain and Chile will hold two rounds of "
                    "talks next month.", date(2026, 6, 2))
    assert [(e.action, e.status, e.date.value) for e in events] == [("meet", "planned", "2026-07")]


def test_round73_a_vote_a_premier_faces_on_friday_after_a_partner_quit_lies_ahead_and_is_no_resignation() -> None:
    events = _found("BUDAPEST, June 3 (Wire) - Hungarian Prime Minister Gabor Halasz faces a confidence vote in "
                    "parliament on Friday after his coalition partner quit the government.", date(2026, 6, 3))
    assert [(e.action, e.status, e.date.value) for e in events] == [("vote", "planned", "2026-06-05")]


def test_round73_talks_called_off_for_a_meeting_with_someone_else_are_called_off_not_moved() -> None:
    events = _found("SUVA, June 1 (Wire) - Prime Minister Helen Ashby arrived on Sunday. Her talks with Rahul Mehta "
                    "have been called off, and she will instead meet Priya Nair on Wednesday, an official said.")
    met = {tuple(c.name for c in e.counterparts): (e.status, e.date.value) for e in events if e.action == "meet"}
    assert met[("Rahul Mehta",)] == ("cancelled", None)
    assert met[("Priya Nair",)] == ("planned", "2026-06-03")
