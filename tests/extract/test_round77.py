"""Round 77 (session 63): what audits 268-270 (royal and state visits, trade and economic diplomacy, regional news
roundups) found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 1)


def _found(text: str) -> list[Event]:
    """The events the real pipeline finds in one article text published on June 1, 2026."""
    return found_events(text, _DAY)


def test_round77_a_pledge_made_at_a_conference_tells_the_conference_held() -> None:
    events = _found("GENEVA, June 1 (Wire) - Donors pledged $3 billion at a conference hosted by Jordan in Geneva on "
                    "Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("host", "Jordan", "happened", "2026-06-01")]


def test_round77_a_pledge_to_attend_stays_a_plan() -> None:
    events = _found("TOKYO, June 1 (Wire) - Japan pledged to attend the summit in Hanoi on Friday.")
    assert [(e.action, e.status, e.date.value) for e in events] == [("attend", "planned", "2026-06-05")]


def test_round77_a_bank_named_of_its_country_keeps_its_whole_name() -> None:
    events = _found("TOKYO, June 1 (Wire) - The Bank of Japan will hold a policy meeting on Thursday.")
    assert [(e.actor.name, e.actor.country, e.action, e.date.value) for e in events] == [
        ("Bank of Japan", "Japan", "meet", "2026-06-04")]


def test_round77_a_court_named_of_its_country_is_still_the_court_of_that_country() -> None:
    events = _found("MBABANE, June 1 (Wire) - The High Court of Eswatini will rule on the petition on Thursday.")
    assert [(e.actor.name, e.actor.country) for e in events] == [("High Court", "Eswatini")]


def test_round77_opening_a_hospital_wing_a_block_or_a_footbridge_is_an_opening() -> None:
    events = _found("KOCHI, June 1 (Wire) - Health Minister Anitha Varghese will inaugurate the new cancer block at the "
                    "medical college on June 15. Governor Fatuma Mwachiro opened a maternity wing in Mombasa on Saturday. "
                    "Mayor Kofi Boakye-Mensah will inaugurate the rebuilt market footbridge in Kumasi on Friday.")
    assert [(e.action, e.actor.name, e.status, e.date.value, e.what) for e in events] == [
        ("open", "Anitha Varghese", "planned", "2026-06-15", "cancer block"),
        ("open", "Fatuma Mwachiro", "happened", "2026-05-30", "maternity wing"),
        ("open", "Kofi Boakye-Mensah", "planned", "2026-06-05", "rebuilt market footbridge")]


def test_round77_the_leader_of_a_delegation_met_is_a_counterpart() -> None:
    events = _found("MUSCAT, June 1 (Wire) - Trade Minister Ana Lopez met a business delegation from Oman led by deputy "
                    "commerce minister Salim Al-Harthy on Monday. Governor Ruth Kamau will meet a Japanese investment "
                    "delegation led by Hiroshi Tanabe on Friday.")
    assert [(e.actor.name, e.status, tuple(c.name for c in e.counterparts)) for e in events if e.action == "meet"] == [
        ("Ana Lopez", "happened", ("Oman", "Salim Al-Harthy")), ("Ruth Kamau", "planned", ("Hiroshi Tanabe",))]


def test_round77_a_titled_name_right_after_the_dateline_is_a_person() -> None:
    events = _found("FORTALEZA, June 1 (Wire) - Mayor Otavio Pinheiro has called off Tuesday's inauguration of the "
                    "desalination plant after tests found boron in the water, city hall said on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("open", "Otavio Pinheiro", "cancelled", "2026-06-02")]


def test_round77_a_two_word_title_before_a_name_is_no_part_of_it() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Governor General Sam Mostyn will visit Perth on Friday.")
    assert [(e.actor.name, e.place.name if e.place else None) for e in events] == [("Sam Mostyn", "Perth")]


def test_round77_a_round_of_talks_called_off_by_a_state_is_that_states() -> None:
    events = _found("OTTAWA, June 1 (Wire) - Canada has called off next week's round of trade negotiations with Mercosur "
                    "in Ottawa, officials said on Monday, after the bloc failed to agree on an offer.")
    assert [(e.action, e.actor.name, e.status, e.refers_to_plan, e.place.name if e.place else None,
             tuple(c.name for c in e.counterparts)) for e in events] == [
        ("negotiate", "Canada", "cancelled", True, "Ottawa", ("Mercosur",))]


def test_round77_the_group_is_the_one_body_named_just_before() -> None:
    events = _found("LONDON, June 1 (Wire) - OPEC+ agreed on Sunday to raise oil output in July, delegates said. The "
                    "group will meet again on July 5 to decide August output.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("meet", "OPEC+", "planned", "2026-07-05")]
