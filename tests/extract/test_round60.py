"""Round 60 (session 46): a vote whose results are disputed was held; an election in a "where" clause is its place's;
a gathering's participle subject ("leaders meeting in X on Thursday agreed ...") shares the main verb's tense; a
speaker "at the funeral" attended it; a legislature's members or its own name alone under a dateline are the
state's legislature, called by the state's own name for it. Each test states one behaviour. Sentences and names are
our own. March 12, 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import CURTAILED_NOTE, Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 12)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


def test_round60_an_election_whose_results_are_rejected_was_held_in_the_where_clause_state() -> None:
    text = ("NAIROBI, March 12 (Wire) - Regional envoys flew to Malawi on Thursday, where opposition parties have "
            "refused to accept the results of last month's election.")
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value) for e in votes] == [("Malawi", "happened", "2026-02")]


def test_round60_rejected_results_do_not_deny_the_vote() -> None:
    text = "HARARE, March 12 (Wire) - The opposition rejected the outcome of Sunday's runoff."
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert votes and all(e.status == "happened" for e in votes)


def test_round60_a_participle_meeting_that_agreed_something_took_place() -> None:
    text = ("ADDIS ABABA, March 12 (Wire) - West African leaders meeting in Addis Ababa on Thursday agreed to "
            "deploy observers to the border.")
    meets = [e for e in _extracted(text) if e.action == "meet"]
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in meets] == \
        [("happened", "2026-03-12", "Addis Ababa")]


@pytest.mark.parametrize("text", [
    "LUSAKA, March 12 (Wire) - Botswana's president, Kagiso Molefe, spoke at the funeral in Lusaka on Thursday.",
    "LUSAKA, March 12 (Wire) - Kagiso Molefe, Botswana's president, spoke at the memorial service in Lusaka on Thursday.",
])
def test_round60_speaking_at_a_gathering_is_attending_it(text: str) -> None:
    attends = [e for e in _extracted(text) if e.action == "attend"]
    assert [(e.actor.name, e.status, e.date.value) for e in attends] == [("Kagiso Molefe", "happened", "2026-03-12")]


def test_round60_speaking_with_someone_is_still_no_attendance() -> None:
    text = "LUSAKA, March 12 (Wire) - Kagiso Molefe spoke with his Zambian counterpart by phone on Thursday."
    assert not [e for e in _extracted(text) if e.action == "attend"]


@pytest.mark.parametrize(("text", "body"), [
    ("BOGOTA, March 12 (Wire) - Colombian lawmakers on Thursday rejected a motion to censure the defence minister.",
     "Congress of Colombia"),
    ("BOGOTA, March 12 (Wire) - Lawmakers on Thursday rejected a motion to censure the defence minister.",
     "Congress of Colombia"),
    ("BOGOTA, March 12 (Wire) - Colombia's parliament on Thursday voted on a motion to censure the defence minister.",
     "Congress of Colombia"),
    ("BOGOTA, March 12 (Wire) - Colombia's Congress on Thursday voted on a motion to censure the defence minister.",
     "Congress of Colombia"),
    ("WARSAW, March 12 (Wire) - Polish lawmakers on Thursday rejected a motion to censure the defence minister.",
     "Parliament of Poland"),
])
def test_round60_a_legislature_is_named_by_its_state_own_word(text: str, body: str) -> None:
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value) for e in votes] == [(body, "happened", "2026-03-12")]


def test_round60_a_national_assembly_named_alone_is_the_dateline_state_legislature() -> None:
    text = "DHAKA, March 12 (Wire) - The National Assembly put off its vote on the budget until Monday."
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value) for e in votes] == [("Parliament of Bangladesh", "postponed", "2026-03-16")]


def test_round60_a_trip_brought_forward_as_the_reason_for_early_talks_is_no_plan_of_its_own() -> None:
    text = ("ACCRA, March 12 (Wire) - The foreign ministers of Ghana and Togo held talks in Accra on Thursday, a day "
            "earlier than planned, after the Togolese minister brought his trip forward.")
    assert [(e.action, e.status) for e in _extracted(text)] == [("meet", "happened")]


def test_round60_a_trip_brought_forward_to_a_day_is_still_the_plan() -> None:
    text = "LOME, March 12 (Wire) - Togo's foreign minister Koffi Amavi has brought his trip to Accra forward to Monday."
    trips = [e for e in _extracted(text) if e.action == "visit"]
    assert [(e.status, e.date.value) for e in trips] == [("planned", "2026-03-16")]


def test_round60_a_visit_cut_short_on_a_day_is_told_as_its_last_day() -> None:
    text = ("QUITO, March 12 (Wire) - Peru's president, Rosa Llanos, cut short her state visit to Ecuador on Thursday "
            "after floods hit the north of her country.")
    (visit,) = [e for e in _extracted(text) if e.action == "visit"]
    assert (visit.status, visit.date.value) == ("happened", "2026-03-12")
    assert visit.date.note == CURTAILED_NOTE


def test_round60_the_two_countries_of_a_visit_are_the_guest_state_and_the_host_state() -> None:
    text = ("HARARE, March 12 (Wire) - Mozambican President Tomas Mabote will arrive in Harare on Monday for a two-day "
            "state visit during which the two countries are expected to sign a rail agreement, officials said.")
    signs = [e for e in _extracted(text) if e.action == "sign"]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status) for e in signs] == \
        [("Mozambique", ["Zimbabwe"], "planned")]


def test_round60_putting_pen_to_paper_is_signing() -> None:
    text = "HARARE, March 12 (Wire) - Zimbabwe and Mozambique put pen to paper on Thursday on a rail agreement."
    signs = [e for e in _extracted(text) if e.action == "sign"]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status, e.date.value) for e in signs] == \
        [("Zimbabwe", ["Mozambique"], "happened", "2026-03-12")]


def test_round60_a_gathering_due_to_take_place_keeps_its_planned_place_and_day() -> None:
    text = ("NAIROBI, March 12 (Wire) - A summit between the leaders of Kenya and Uganda due to take place in Kisumu on "
            "Saturday was called off, officials said.")
    meets = [e for e in _extracted(text) if e.action == "meet"]
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in meets] == \
        [("cancelled", "2026-03-14", "Kisumu")]


def test_round60_an_election_won_by_a_leader_coalition_is_the_state_election() -> None:
    text = ("OSLO, March 12 (Wire) - Prime Minister Ingrid Solheim's centre-left bloc won a narrow majority in "
            "Monday's general election, official results showed on Thursday.")
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value) for e in votes] == [("Norway", "happened", "2026-03-09")]


def test_round60_a_day_counted_from_in_an_after_clause_is_not_the_event_day() -> None:
    text = ("OSLO, March 12 (Wire) - Voters went to the polls a little over three weeks after Solheim dissolved "
            "parliament on February 16.")
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.date.value) for e in votes] == [("Norway", None)]


@pytest.mark.parametrize("text", [
    "WASHINGTON, March 12 (Wire) - The House passed a short-term spending measure on Thursday.",
    "WASHINGTON, March 12 (Wire) - The U.S. House of Representatives passed a short-term spending measure on Thursday.",
])
def test_round60_the_house_is_the_state_legislature(text: str) -> None:
    votes = [e for e in _extracted(text) if e.action == "vote"]
    assert [(e.actor.name, e.status) for e in votes] == [("Congress of United States", "happened")]


def test_round60_meeting_flood_victims_in_a_town_is_a_visit_there() -> None:
    text = "MADRID, March 12 (Wire) - King Felipe VI met flood victims in the town of Alzira on Thursday."
    visits = [e for e in _extracted(text) if e.action == "visit"]
    assert [(e.actor.name, e.place.name if e.place else None, e.status) for e in visits] == \
        [("Felipe VI", "Alzira", "happened")]
    assert not [e for e in _extracted(text) if e.action == "meet"]


def test_round60_meeting_reporters_is_still_no_event() -> None:
    text = "MADRID, March 12 (Wire) - King Felipe VI met reporters in Alzira on Thursday."
    assert not _extracted(text)


def test_round60_calling_a_report_a_quoted_name_is_no_phone_call() -> None:
    text = ('ROME, March 12 (Wire) - Culture Minister Paolo Riva on Thursday denied that he planned to step down, '
            'calling reports of his imminent resignation "pure invention".')
    assert [(e.action, e.status) for e in _extracted(text)] == [("resign", "denied")]


def test_round60_a_place_and_day_before_the_teller_belong_to_the_told_clause() -> None:
    text = ("OSLO, Nov 3 (Wire) - Norway and Denmark will hold a joint land exercise, Polar Hammer, in Troms starting on "
            "Monday, the Norwegian Armed Forces said on Tuesday.")
    (ev,) = [e for e in _extracted(text, date(2026, 11, 3)) if e.action == "exercise"]
    assert (ev.actor.name, ev.date.value, ev.what) == ("Norway", "2026-11-09", "Polar Hammer")


def test_round60_a_named_exercise_called_off_by_a_state_defence_force_is_the_state_exercise() -> None:
    text = ("OSLO, Nov 6 (Wire) - The Norwegian Defence Forces have cancelled Polar Hammer, a joint exercise with "
            "Denmark that was to begin next week, after an outbreak of flu.")
    (ev,) = [e for e in _extracted(text, date(2026, 11, 6)) if e.action == "exercise"]
    assert (ev.actor.name, ev.status, ev.what, [c.name for c in ev.counterparts]) == \
        ("Norway", "cancelled", "Polar Hammer", ["Denmark"])


def test_round60_a_split_exercise_name_is_no_party() -> None:
    text = ("AMMAN, May 6 (Wire) - Jordan and the United States will launch their annual Eager Lion military exercise "
            "on Sunday, the army said on Wednesday.")
    (ev,) = [e for e in _extracted(text, date(2026, 5, 6)) if e.action == "exercise"]
    assert ([c.name for c in ev.counterparts], ev.what, ev.date.value) == (["United States"], "Eager Lion", "2026-05-10")


@pytest.mark.parametrize(("sentence", "value"), [
    ("The visit will be the first trip to Japan by a Korean defence chief in two years.", "P2Y"),
    ("It was the largest protest in five years.", "P5Y"),
    ("Cho will visit Tokyo next week, the first trip to Japan by a Korean defence chief in two years.", "P2Y"),
    ("The first stage of the line will open in two years.", "2028"),
    ("He will return in two years.", "2028"),
])
def test_round60_a_record_in_years_is_a_stretch_not_a_point_ahead(sentence: str, value: str) -> None:
    from dateline.extract.time import find_times

    (found,) = [t for t in find_times(sentence, date(2026, 10, 19)) if "year" in t.text]
    assert found.value == value
