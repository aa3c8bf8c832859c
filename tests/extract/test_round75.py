"""Round 75 (session 61): what audits 262-264 (inspectors and health missions, sport and big events, parliaments) and
the open failures of audit 260 found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is
a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Event

from .fixture_articles import found_events, status_rows

_DAY = date(2026, 6, 1)


def _found(text: str) -> list[Event]:
    """The events the real pipeline finds in one article text published on June 1, 2026."""
    return found_events(text, _DAY)


_rows = status_rows

def test_round75_the_people_a_plural_subject_names_in_apposition_meet_each_other() -> None:
    events = _found("DOHA, June 1 (Wire) - The two delegation heads, Chad's Defence Minister Idriss Mahamat and rebel "
                    "spokesman Oumar Tahir, will meet again in Doha on June 10, the mediator said.")
    meets = [e for e in events if e.action == "meet"]
    assert len(meets) == 1
    assert (meets[0].actor.name, meets[0].status, meets[0].date.value) == ("Idriss Mahamat", "planned", "2026-06-10")
    assert [c.name for c in meets[0].counterparts] == ["Oumar Tahir"]
    assert meets[0].place is not None and meets[0].place.name == "Doha"


def test_round75_a_plural_subject_without_people_in_apposition_names_no_one() -> None:
    events = _found("DOHA, June 1 (Wire) - The two sides, after months of fighting, will meet in Doha on June 10.")
    assert [e for e in events if e.action == "meet"] == []


def test_round75_the_agent_of_the_second_of_two_joined_passives_is_its_own_doer() -> None:
    events = _found("TUNIS, June 1 (Wire) - Generals Khaled Brik and Fathi Zawi met in Tunis on Saturday. The two shook "
                    "hands at the start of the talks, which were chaired by Foreign Minister Salma Trabelsi and attended "
                    "by UN envoy Ines Moreau.")
    attends = [e for e in events if e.action == "attend"]
    assert [(e.actor.name, e.status) for e in attends] == [("Ines Moreau", "happened")]


def test_round75_a_sports_body_holds_a_championship_and_a_guest_attends_the_match_on_its_day() -> None:
    events = _found("ZAGREB, June 1 (Wire) - The European Rowing Federation will hold the European championships in "
                    "Zagreb from June 12 to 14, the federation said. The Croatian Football Federation will hold the "
                    "cup final at Maksimir stadium on Sunday. Sports Minister Ivana Horvat is expected to attend the "
                    "match.")
    rows = _rows(events)
    assert ("hold", "European Rowing Federation", "planned", "2026-06-12") in rows
    assert ("hold", "Croatian Football Federation", "planned", "2026-06-07") in rows
    assert ("attend", "Ivana Horvat", "planned", "2026-06-07") in rows


def test_round75_a_final_read_as_an_adjective_is_still_the_event_noun() -> None:
    events = _found("ACCRA, June 1 (Wire) - The Ghana Football Association will hold the FA Cup final at the Accra Sports "
                    "Stadium on Sunday.")
    assert ("hold", "Ghana Football Association", "planned", "2026-06-07") in _rows(events)
    assert _found("ACCRA, June 1 (Wire) - The final decision on the stadium rests with the minister.") == []


def test_round75_addressing_a_joint_session_is_an_address() -> None:
    events = _found("SANTIAGO, June 1 (Wire) - Chilean President Carla Vidal will address a joint session of Peru's "
                    "Congress next Tuesday, her office said.")
    assert ("address", "Carla Vidal", "planned", "2026-06-09") in _rows(events)


def test_round75_a_summons_to_testify_on_a_weekday_is_that_coming_day() -> None:
    events = _found("ABUJA, June 1 (Wire) - The Senate defence committee has summoned Defence Minister Bello Aminu to "
                    "testify on Thursday, its chairman said on Monday.")
    testify = [e for e in events if e.action == "testify"]
    assert len(testify) == 1
    assert (testify[0].actor.name, testify[0].date.value) == ("Bello Aminu", "2026-06-04")
    assert testify[0].status == "uncertain"  # (a summons: whether he appears is not said)


def test_round75_testimony_due_at_a_hearing_called_off_is_called_off() -> None:
    events = _found("ABUJA, June 1 (Wire) - A Senate hearing at which Defence Minister Bello Aminu was due to testify "
                    "was called off on Monday, the committee chairman said.")
    testify = [e for e in events if e.action == "testify"]
    assert [(e.actor.name, e.status, e.refers_to_plan) for e in testify] == [("Bello Aminu", "cancelled", True)]


def test_round75_a_fiscal_year_names_the_budget_not_the_day_of_the_speech() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Finance Minister Peter Njoroge will deliver the 2026/27 budget speech in "
                    "parliament on Thursday, June 11, the budget committee said on Monday.")
    assert ("address", "Peter Njoroge", "planned", "2026-06-11") in _rows(events)


def test_round75_launching_a_vaccination_campaign_is_a_launch_with_no_military_code() -> None:
    events = _found("LILONGWE, June 1 (Wire) - Health Minister Esther Banda will launch a cholera vaccination campaign "
                    "in Blantyre on Friday, the ministry said.")
    launch = [e for e in events if e.action == "launch"]
    assert len(launch) == 1
    assert (launch[0].actor.name, launch[0].status, launch[0].date.value) == ("Esther Banda", "planned", "2026-06-05")
    assert launch[0].what is not None and launch[0].what.endswith("campaign")
    assert (launch[0].cameo, launch[0].plover) == ("", None) or launch[0].cameo == ""


def test_round75_a_persons_mission_to_a_country_is_a_visit_there_and_a_standing_mission_is_none() -> None:
    called_off = _found("GENEVA, June 1 (Wire) - Solvang has called off her planned mission to Eritrea after the "
                        "government refused her a visa, her office said on Monday.")
    assert [(e.action, e.status, e.place.name if e.place else None) for e in called_off] == [
        ("visit", "cancelled", "Eritrea")]
    standing = _found("NEW YORK, June 1 (Wire) - The Security Council extended the UN mission to Mali on Monday.")
    assert not any(e.action == "visit" for e in standing)


def test_round75_a_name_the_recognizer_calls_a_body_after_a_lower_case_title_is_the_person() -> None:
    events = _found("SEOUL, June 1 (Wire) - Mongolia's parliamentary chairman Batbayar Dorj met South Korean Speaker "
                    "Park Min-ho in Seoul on Monday.")
    meets = [e for e in events if e.action == "meet"]
    assert len(meets) == 1 and meets[0].actor.name == "Batbayar Dorj"
    assert [c.name for c in meets[0].counterparts] == ["Park Min-ho"]


def test_round75_a_body_postponing_its_own_general_assembly_holds_it_later() -> None:
    events = _found("NAGOYA, June 1 (Wire) - The Olympic Council of Asia will hold its general assembly in Nagoya on "
                    "June 18. The Asian Boxing Council postponed its general assembly in Nagoya to December.")
    rows = _rows(events)
    assert ("hold", "Olympic Council of Asia", "planned", "2026-06-18") in rows
    assert ("hold", "Asian Boxing Council", "postponed", "2026-12") in rows


def test_round75_the_ceremony_attended_after_a_gathering_opened_is_on_its_opening_day() -> None:
    events = _found("NAGOYA, June 1 (Wire) - The Asian Games opened in Nagoya on Saturday with a ceremony watched by "
                    "40,000 people. Prime Minister Kenta Mori attended the opening ceremony at the Nagoya Dome and "
                    "welcomed the athletes.")
    assert ("attend", "Kenta Mori", "happened", "2026-05-30") in _rows(events)


def test_round75_a_delay_forced_on_a_trip_told_after_it_was_made_is_background() -> None:
    events = _found("KYIV, June 1 (Wire) - Agency chief Ottavio Renzi crossed the front line and visited the Zaporizhzhia "
                    "nuclear plant on Saturday, two weeks after shelling forced him to delay the trip.")
    assert _rows(events) == [("visit", "Ottavio Renzi", "happened", "2026-05-30")]
