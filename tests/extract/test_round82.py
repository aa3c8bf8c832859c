"""Round 82 (session 68): what audits 290 and 294-299 (labour, parliaments, energy, royal visits, peace talks,
humanitarian work, trade) found, in one article. Each test states one behaviour. Sentences and names are our own.
June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.config import load_settings
from dateline.extract.acronyms import acronyms
from dateline.model import Event
from dateline.pipeline import get_nlp

from .fixture_articles import found_events

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 1, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events]


def test_round82_workers_who_will_down_tools_plan_a_strike_of_the_union_named_after_them() -> None:
    events = _found("POLOKWANE, June 2 (Wire) - Some 8,000 workers at the Mokopane chrome mines will down tools from "
                    "Monday, June 8, the Chrome and Allied Workers Union said on Tuesday.", date(2026, 6, 2))
    assert [(e.action, e.actor.name, e.status, e.date.value, e.what) for e in events] == [
        ("protest", "Chrome and Allied Workers Union", "planned", "2026-06-08", "strike")]


def test_round82_a_listed_name_with_a_linking_word_is_what_its_acronym_stands_for() -> None:
    nlp = get_nlp(load_settings())
    doc = nlp("The Council for Mediation, Conciliation and Review (CMCR) will chair the talks.")
    start, end = acronyms(doc)["CMCR"]
    assert doc[start:end].text == "Council for Mediation, Conciliation and Review"


def test_round82_a_crowd_told_by_their_union_strikes_for_the_one_union_the_article_names() -> None:
    events = _found("VALPARAISO, June 2 (Wire) - Crane operators at the port of San Antonio will strike from Monday, "
                    "June 8, their union said on Tuesday. The San Antonio Crane Operators' Union said talks had failed.",
                    date(2026, 6, 2))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("protest", "San Antonio Crane Operators' Union", "planned", "2026-06-08")]


def test_round82_a_crowd_told_by_their_union_that_is_never_named_stays_the_crowd() -> None:
    events = _found("QUITO, June 2 (Wire) - Quito's taxi drivers will strike on Thursday, their union said.",
                    date(2026, 6, 2))
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("protest", "drivers", "2026-06-04")]


def test_round82_the_strike_it_began_on_monday_began_then_though_suspended_later() -> None:
    events = _found("LUSAKA, June 12 (Wire) - The Zambia Nurses Union on Friday suspended the nationwide strike it "
                    "began on Monday.", date(2026, 6, 12))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("protest", "Zambia Nurses Union", "happened", "2026-06-08")]


def test_round82_a_judge_barring_a_strike_from_going_on_rules_and_tells_no_strike_that_day() -> None:
    events = _found("LUSAKA, June 12 (Wire) - Justice Mwila Chanda on Thursday barred the nurses' union from "
                    "continuing the strike for 30 days.", date(2026, 6, 12))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("ruling", "Mwila Chanda", "happened", "2026-06-11")]


def test_round82_a_court_ordering_strikers_back_to_work_rules() -> None:
    events = _found("HARARE, June 12 (Wire) - The Labour Court on Thursday ordered striking doctors back to work.",
                    date(2026, 6, 12))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("ruling", "Labour Court", "happened", "2026-06-11")]


def test_round82_the_day_of_an_invitation_is_not_the_visits() -> None:
    events = _found("ACCRA, June 12 (Wire) - President Kofi Mensah on Thursday invited Prime Minister Ana Duarte to "
                    "visit Ghana.", date(2026, 6, 12))
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("visit", "Ana Duarte", "planned", None, "Ghana")]


def test_round82_a_name_set_off_after_a_lower_case_title_is_the_title_holder() -> None:
    events = _found("BRAZZAVILLE, June 10 (Wire) - Gabon's foreign minister, Odile Mbadinga, will visit Luanda on "
                    "Saturday.", date(2026, 6, 10))
    assert _rows(events) == [("visit", "Odile Mbadinga", "planned", "2026-06-13", "Luanda")]


def test_round82_the_president_of_a_body_named_after_it_is_the_person() -> None:
    events = _found("GENEVA, June 6 (Wire) - The president of the World Organisation for Animal Health, Ingrid "
                    "Solberg, will travel to Nairobi next Tuesday.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("travel", "Ingrid Solberg", "2026-06-09")]


def test_round82_a_royal_title_before_a_name_the_recognizer_reads_as_a_product_is_the_person() -> None:
    events = _found("COPENHAGEN, June 20 (Wire) - Denmark's Crown Princess Ida opened the Aarhus Harbour Museum on "
                    "Friday.", date(2026, 6, 20))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("open", "Ida", "happened", "2026-06-19")]


def test_round82_a_planned_visit_later_this_month_framed_by_a_journey_is_planned() -> None:
    events = _found("OSLO, June 5 (Wire) - King Harald Olav will travel to Chile later this month for a visit to "
                    "Santiago.", date(2026, 6, 5))
    assert [(e.action, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("travel", "planned", "2026-06", "Chile"), ("visit", "planned", "2026-06", "Santiago")]


def test_round82_a_march_through_a_city_is_there_not_where_what_it_opposes_is() -> None:
    events = _found("EDINBURGH, June 9 (Wire) - Campaigners from the group Clean Seas Now will march through central "
                    "Edinburgh on Saturday to protest against new drilling licences in the North Sea.", date(2026, 6, 9))
    assert [(e.action, e.actor.name, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("protest", "Clean Seas Now", "2026-06-13", "Edinburgh")]


def test_round82_a_name_after_a_ministers_listed_portfolio_is_the_minister() -> None:
    events = _found("ABUJA, June 10 (Wire) - Ghana's Minister of Trade, Industry and Tourism Yaw Boateng will lead a "
                    "delegation to the Gulf Investment Forum in Doha on June 22.", date(2026, 6, 10))
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("attend", "Yaw Boateng", "2026-06-22")]


def test_round82_an_event_verb_after_a_day_between_it_and_its_modal_is_the_verb() -> None:
    events = _found("MOMBASA, June 9 (Wire) - President Amina Wanjiku will on Friday commission the new Kipevu oil "
                    "terminal.", date(2026, 6, 9))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("open", "Amina Wanjiku", "planned", "2026-06-12")]


def test_round82_a_gas_network_is_something_opened() -> None:
    events = _found("LAHORE, June 15 (Wire) - Minister Sana Qureshi is scheduled to inaugurate a city gas "
                    "distribution network in Multan on Thursday.", date(2026, 6, 15))
    assert [(e.action, e.actor.name, e.date.value, e.what) for e in events] == [
        ("open", "Sana Qureshi", "2026-06-18", "city gas distribution network")]


def test_round82_not_going_as_planned_and_pushed_back_is_put_off_not_denied() -> None:
    events = _found("NIAMEY, June 10 (Wire) - The UNICEF convoy did not cross into Mali on Monday as planned, and the "
                    "crossing had been pushed back to Thursday, the agency said.", date(2026, 6, 10))
    assert [(e.action, e.actor.name, e.status) for e in events] == [("aid", "UNICEF", "postponed")]


def test_round82_a_named_camp_visited_is_the_place_though_read_as_a_person() -> None:
    events = _found("BEIRUT, June 12 (Wire) - Commissioner Lena Holm visited the Zaatari camp in northern Jordan on "
                    "Friday.", date(2026, 6, 12))
    assert _rows(events) == [("visit", "Lena Holm", "happened", "2026-06-12", "Zaatari")]


def test_round82_a_bare_parliament_after_a_named_parliament_of_no_country_is_that_one() -> None:
    events = _found("STRASBOURG, June 17 (Wire) - Prime Minister Ion Rusu addressed the European Parliament on "
                    "Wednesday. Later on Wednesday, the parliament voted to approve a loan to Moldova.",
                    date(2026, 6, 17))
    assert [(e.action, e.actor.name, e.date.value) for e in events if e.action == "vote"] == [
        ("vote", "European Parliament", "2026-06-17")]


def test_round82_representing_a_state_at_a_ceremony_is_at_the_ceremonys_place() -> None:
    events = _found("OSLO, June 4 (Wire) - Defence Minister Tore Dahl will represent Norway at Saturday's ceremony in "
                    "Caen.", date(2026, 6, 4))
    assert _rows(events) == [("attend", "Tore Dahl", "planned", "2026-06-06", "Caen")]


def test_round82_a_dinner_given_for_no_one_in_particular_is_the_hosts() -> None:
    events = _found("STOCKHOLM, June 10 (Wire) - King Carl Magnus will host a gala dinner at Drottningholm Palace on "
                    "Sunday. Queen Astrid will host a state dinner in their honour on Monday.", date(2026, 6, 10))
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("host", "Carl Magnus", "2026-06-14")]


def test_round82_a_participle_before_a_closing_teller_is_the_clauses_own_plan() -> None:
    events = _found("LUXEMBOURG, June 18 (Wire) - Grand Duke Henri Albert will open the celebrations on Tuesday, "
                    "attending a service at the cathedral, the court said on Thursday.", date(2026, 6, 18))
    assert {(e.actor.name, e.status, e.date.value) for e in events if e.action == "attend"} == {
        ("Henri Albert", "planned", "2026-06-23")}


def test_round82_its_convoy_told_by_an_aid_body_is_that_bodys_aid() -> None:
    events = _found("ROME, June 12 (Wire) - The World Food Programme said on Friday that its 30-truck convoy had "
                    "crossed into Chad on Thursday.", date(2026, 6, 12))
    assert _rows(events) == [("aid", "World Food Programme", "happened", "2026-06-11", "Chad")]


def test_round82_not_going_as_planned_then_pushed_back_in_the_next_sentence_is_put_off() -> None:
    events = _found("ADRE, Chad, June 8 (Wire) - The UNICEF convoy did not cross on Monday as planned after officials "
                    "asked for more paperwork. A spokeswoman said the crossing had been pushed back to Thursday.",
                    date(2026, 6, 8))
    assert [(e.action, e.actor.name, e.status) for e in events] == [("aid", "UNICEF", "postponed")]


def test_round82_the_head_of_the_red_cross_is_its_president() -> None:
    events = _found("PANAMA CITY, June 11 (Wire) - The head of the Red Cross visited a migrant shelter in Colon on "
                    "Thursday.", date(2026, 6, 11))
    assert [(e.action, e.actor.name, e.actor.title, e.date.value) for e in events] == [
        ("visit", "President", "President", "2026-06-11")]


def test_round82_a_vote_and_a_signing_of_the_bill_are_of_the_one_law_the_article_names() -> None:
    events = _found("LUSAKA, June 9 (Wire) - Zambian lawmakers on Tuesday approved a bill that raises copper royalties. "
                    "The Mines and Minerals (Amendment) Bill passed by 101 votes to 60. President Chola Banda is due to "
                    "sign the bill into law on Monday.", date(2026, 6, 9))
    assert [(e.action, e.what, e.date.value) for e in events] == [
        ("vote", "Mines and Minerals (Amendment) Bill", "2026-06-09"),
        ("sign", "Mines and Minerals (Amendment) Bill", "2026-06-15")]


def test_round82_a_loan_approved_by_a_vote_is_what_was_voted_on() -> None:
    events = _found("STRASBOURG, June 17 (Wire) - The European Parliament voted on Wednesday to approve a 100 million "
                    "euro loan to Georgia.", date(2026, 6, 17))
    assert [(e.action, e.actor.name, e.what) for e in events] == [("vote", "European Parliament", "euro loan")]


def test_round82_a_place_inside_a_gerunds_topic_is_not_where_the_talks_were() -> None:
    events = _found("TALLINN, June 9 (Wire) - King Carl Gustav held talks with President Alar Kivisild on protecting "
                    "undersea cables in the Baltic Sea on Tuesday.", date(2026, 6, 9))
    assert [(e.action, e.actor.name, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("meet", "Carl Gustav", "2026-06-09", None)]
