"""Round 80 (session 66): what audits 280-283 (sport, public health, disasters and relief, local government) found, in
one article. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Event

from .fixture_articles import found_events
from .time_rows import got

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 1, 2026 by default)."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events]


def test_round80_a_named_authority_with_its_countrys_possessive_acts_itself() -> None:
    events = _found("LUSAKA, June 1 (Wire) - Zambia's National Communications Authority fined the operator Zamtel on "
                    "Monday for repeated network outages.")
    assert [(e.action, e.actor.name, e.actor.country, [c.name for c in e.counterparts]) for e in events] == [
        ("sanction", "National Communications Authority", "Zambia", ["Zamtel"])]


def test_round80_a_level_of_government_before_a_title_is_no_town() -> None:
    (event,) = _found("ISLAMABAD, June 1 (Wire) - Federal Interior Minister Hamid Baloch will visit Quetta on Friday, his "
                      "office said.")
    assert (event.actor.name, event.actor.title) == ("Hamid Baloch", "Interior Minister")
    assert event.actor.country != "Argentina"  # (a town in Argentina is called Federal)


def test_round80_a_minister_of_a_portfolio_set_off_by_commas_is_that_portfolios_minister() -> None:
    (event,) = _found("ACCRA, June 1 (Wire) - Ghana's Minister of Education, Dr. Efua Mensah, will open a new science "
                      "block at a school in Ho on Thursday.")
    assert (event.action, event.actor.name, event.actor.title, event.actor.country, event.date.value) == (
        "open", "Efua Mensah", "Education Minister", "Ghana", "2026-06-04")


def test_round80_a_minister_for_a_portfolio_before_the_name_keeps_the_portfolio() -> None:
    (event,) = _found("SUVA, June 1 (Wire) - Fiji's Minister for Fisheries Semi Koroi will open a new jetty in Savusavu "
                      "on Friday.")
    assert (event.actor.name, event.actor.title) == ("Semi Koroi", "Fisheries Minister")


def test_round80_a_later_act_of_one_of_the_signers_is_on_the_signing_day() -> None:
    events = _found("ACCRA, June 5 (Wire) - Ghana and Canada signed a teacher training memorandum on Friday. Efua "
                    "Mensah and Canada's Louise Tremblay signed the document at the education ministry in Accra. "
                    "Tremblay later visited a vocational school in Tema.", date(2026, 6, 5))
    visits = [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events
              if e.action == "visit"]
    assert visits == [("Louise Tremblay", "happened", "2026-06-05", "Tema")]


def test_round80_on_a_visit_set_off_by_commas_is_the_visit() -> None:
    events = _found("KATHMANDU, June 1 (Wire) - Bangladesh's Foreign Minister Farid Hossain, on a two-day visit to "
                    "Kathmandu, met Prime Minister Bishnu Adhikari on Monday.")
    assert _rows(events) == [("visit", "Farid Hossain", "happened", "2026-06-01", "Kathmandu"),
                             ("meet", "Farid Hossain", "happened", "2026-06-01", "Kathmandu")]


def test_round80_on_a_visit_beside_a_saying_tells_the_speaker_there() -> None:
    # (changed in round 88: "X, on a visit to Kathmandu, said ..." puts the speaker in Kathmandu, a visit made, as a
    # report of the visit from the place itself reads; the hope to meet stays no event)
    events = _found("KATHMANDU, June 1 (Wire) - Farid Hossain, on a visit to Kathmandu, said he hoped to meet Bishnu "
                    "Adhikari soon.")
    assert [(e.action, e.status, e.place.name if e.place else None) for e in events if e.action == "visit"] == [
        ("visit", "happened", "Kathmandu")]


def test_round80_a_district_a_city_owns_is_in_that_city() -> None:
    events = _found("ANKARA, June 6 (Wire) - Selim Karaca toured collapsed apartment blocks in Malatya's Yesilyurt "
                    "district on Saturday.", date(2026, 6, 6))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.place.name if e.place else None, e.date.value)
            for e in events] == [("visit", "Selim Karaca", [], "Malatya", "2026-06-06")]


def test_round80_a_blood_bank_opened_and_a_programme_launched() -> None:
    events = _found("KUMASI, June 1 (Wire) - Health Minister Kofi Owusu opened a regional blood bank in Kumasi on Monday "
                    "and said he would launch a national sickle cell screening programme in Tamale on June 18.")
    assert [(e.action, e.what, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("open", "regional blood bank", "happened", "2026-06-01", "Kumasi"),
        ("launch", "national sickle cell screening programme", "planned", "2026-06-18", "Tamale")]


def test_round80_the_gathering_organisers_named_is_the_one_they_say_was_put_off() -> None:
    (event,) = _found("MOMBASA, June 8 (Wire) - Organisers of the regional fisheries summit in Mombasa said on Monday the "
                      "summit had been pushed back to June 22.", date(2026, 6, 8))
    assert (event.action, event.actor.name, event.status, event.date.value, event.place.name if event.place else None) \
        == ("hold", "fisheries summit participants", "postponed", "2026-06-22", "Mombasa")


def test_round80_a_mayor_of_a_named_town_is_that_towns_office() -> None:
    (event,) = _found("KRAKOW, July 3 (Wire) - The mayor of Krakow signed a tram supply contract on Thursday.",
                      date(2026, 7, 3))
    assert (event.action, event.actor.name, event.actor.title, event.status, event.date.value) == (
        "sign", "Mayor of Kraków", "Mayor", "happened", "2026-07-02")


def test_round80_a_towns_city_council_is_that_towns_body() -> None:
    owned = _found("JOHANNESBURG, June 1 (Wire) - Johannesburg's city council will vote on Thursday on a new budget.")
    under_dateline = _found("DURBAN, June 1 (Wire) - The city council will vote on Thursday on next year's budget.")
    assert [(e.action, e.actor.name, e.actor.kind, e.what, e.date.value) for e in owned + under_dateline] == [
        ("vote", "Johannesburg City Council", "org", "budget", "2026-06-04"),
        ("vote", "Durban City Council", "org", "budget", "2026-06-04")]


def test_round80_a_lone_surname_of_a_towns_name_that_flies_is_a_person() -> None:
    events = _found("TACLOBAN, June 16 (Wire) - Salazar flew into Ormoc on Tuesday and toured flooded villages. The "
                    "president met Governor Liza Ramos at the provincial capitol.", date(2026, 6, 16))
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts], e.date.value, e.place.name if e.place else None)
            for e in events] == [("travel", "Salazar", [], "2026-06-16", "Ormoc"),
                                 ("visit", "Salazar", [], "2026-06-16", "Ormoc"),
                                 ("meet", "Salazar", ["Liza Ramos"], "2026-06-16", "Ormoc")]


def test_round80_a_town_that_hosts_stays_a_town() -> None:
    assert _found("MANILA, June 16 (Wire) - Porto will host Lyon on Tuesday.", date(2026, 6, 16)) == []


def test_round80_an_event_asked_for_is_not_told() -> None:
    events = _found("ACCRA, June 19 (Wire) - Kojo Ansah rejected calls for a delay to the closure of the Makola bus "
                    "terminal.", date(2026, 6, 19))
    assert events == []


def test_round80_a_gathering_that_got_under_way_took_place() -> None:
    events = _found("DAKAR, June 21 (Wire) - The regional fisheries summit got under way in Dakar on Saturday. Talks "
                    "between Senegal and Gambia got under way in Dakar on Saturday.", date(2026, 6, 21))
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("hold", "fisheries summit participants", "happened", "2026-06-20", "Dakar"),
        ("meet", "Senegal", "happened", "2026-06-20", "Dakar")]


def test_round80_a_championship_a_body_holds_is_its_gathering() -> None:
    (event,) = _found("BAMAKO, June 1 (Wire) - The African Volleyball Confederation will hold its women's club "
                      "championship in Bamako from June 20 to 28.")
    assert (event.action, event.actor.name, event.status, event.date.value, event.place.name if event.place else None) \
        == ("hold", "African Volleyball Confederation", "planned", "2026-06-20", "Bamako")


def test_round80_an_election_dated_by_its_own_modifier_lies_ahead_though_the_clause_is_past() -> None:
    ahead = _found("NAIROBI, June 3 (Wire) - The electoral commission has registered 22.4 million voters for the "
                   "August 11 general election.", date(2026, 6, 3))
    past = _found("NAIROBI, June 3 (Wire) - Turnout in the May 28 vote was low, the electoral commission said.",
                  date(2026, 6, 3))
    assert [(e.action, e.status, e.date.value) for e in ahead + past] == [("vote", "planned", "2026-08-11"),
                                                                           ("vote", "happened", "2026-05-28")]


def test_round80_a_product_launch_has_no_military_code() -> None:
    events = _found("MUMBAI, June 1 (Wire) - Tata Motors launched a new electric car in Mumbai on Monday. North Korea "
                    "launched a ballistic missile on Monday.")
    assert [(e.actor.name, e.what, e.cameo) for e in events] == [("Tata Motors", "electric car", ""),
                                                                ("North Korea", "ballistic missile", "150")]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("The commission has registered 9 million voters for the August 11 general election.", date(2026, 6, 3),
     [("August 11", "DATE", "2026-08-11")]),
    ("Turnout in the May 28 vote was low.", date(2026, 6, 3), [("May 28", "DATE", "2026-05-28")]),
    ("The commission will announce the official results of Tuesday's presidential election by Monday.",
     date(2026, 6, 4), [("Tuesday", "DATE", "2026-06-02"), ("Monday", "DATE", "2026-06-08")]),
])
def test_round80_an_events_own_day_and_the_day_of_an_outcome(text: str, anchor: date,
                                                            expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_round80_a_long_delayed_vote_set_for_a_day_is_planned() -> None:
    (event,) = _found("COLOMBO, June 8 (Wire) - Sri Lanka will hold long-delayed provincial council elections on July "
                      "11, the election commission said on Monday.", date(2026, 6, 8))
    assert (event.action, event.actor.name, event.status, event.date.value) == (
        "vote", "Sri Lanka", "planned", "2026-07-11")


def test_round80_a_nationality_on_a_private_persons_noun_is_no_state() -> None:
    events = _found("NAIROBI, June 28 (Wire) - Tunde Adeyemi will perform in Nairobi on July 4. The Nigerian singer "
                    "performed in Kampala on Saturday.", date(2026, 6, 28))
    assert not [e for e in events if e.actor.name == "Nigeria"]


def test_round80_talks_held_later_after_an_opening_are_on_its_day() -> None:
    events = _found("ELDORET, June 16 (Wire) - Trade Minister Grace Wanjiru opened the North Rift Livestock Fair in "
                    "Eldoret on Tuesday. Her Ugandan counterpart, Julius Ssempala, toured the stands with her. Wanjiru "
                    "later held talks with Ssempala on dairy tariffs.", date(2026, 6, 16))
    meetings = [(e.actor.name, [c.name for c in e.counterparts], e.date.value) for e in events if e.action == "meet"]
    assert meetings == [("Grace Wanjiru", ["Julius Ssempala"], "2026-06-16")]


def test_round80_a_campaign_for_an_election_leaves_the_election_the_states() -> None:
    events = _found("LUSAKA, June 8 (Wire) - Opposition leader Mwansa Tembo will hold a rally in Lusaka on Saturday to "
                    "launch his party's campaign for the August general election.", date(2026, 6, 8))
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "vote"] == [
        ("Zambia", "planned", "2026-08")]


def test_round80_church_titles_are_titles() -> None:
    events = _found("ISTANBUL, June 5 (Wire) - Ecumenical Patriarch Athenagoras II will visit Yerevan on June 18. "
                    "Cardinal Pietro Parolin will visit Kyiv on Friday.", date(2026, 6, 5))
    assert [(e.actor.name, e.actor.title, e.date.value) for e in events] == [
        ("Athenagoras II", "Ecumenical Patriarch", "2026-06-18"), ("Pietro Parolin", "Cardinal", "2026-06-05")]
