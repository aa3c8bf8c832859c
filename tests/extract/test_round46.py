"""Round 46 (audits 137-140 and the gaps left by round 45): a plan called off with a new date to come, a day given up
in a clause on the event's noun, and strikes by a nation's workers. Each test states one behaviour. Sentences and names
are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import headline_events, party_rows

pytestmark = pytest.mark.slow


def test_round46_a_trip_called_off_until_a_new_date_is_put_off(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambia's trade minister on Monday called off a planned trip to Harare, saying a new date would be "
            "agreed with the hosts.")
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6))) == [
        ("Trade Minister of Zambia", "visit", "postponed", None, "Harare", ())]


def test_round46_a_trip_called_off_for_good_stays_cancelled(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia's trade minister on Monday called off a planned trip to Harare."
    assert [r[1:3] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [("visit", "cancelled")]


def test_round46_the_day_first_planned_is_not_the_day_the_strike_began(nlp: Language, tmp_path: Path) -> None:
    text = "The strike by Zambian miners, first planned for April 2, began on Monday in Kitwe."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6))) == [
        ("miners", "protest", "happened", "2027-04-05", "Kitwe", ())]



def test_round46_rallying_outside_a_building_is_a_protest_there(nlp: Language, tmp_path: Path) -> None:
    text = "Retired teachers rallied outside parliament in Lusaka on Monday."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6))) == [
        ("teachers", "protest", "happened", "2027-04-05", "Lusaka", ())]


def test_round46_a_vote_to_censure_a_minister_is_a_vote_against_him(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia's parliament voted on Monday to censure Finance Minister Mwila Banda."
    assert [r[1:] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("vote", "happened", "2027-04-05", None, ("Mwila Banda",))]


def test_round46_a_dateline_city_is_the_one_in_the_storys_country(nlp: Language, tmp_path: Path) -> None:
    text = "SAN JOSE, April 6 (Wire) - Costa Rican President Ana Solis will host Panama's president next week."
    ((_, action, _, _, place, _),) = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
    assert (action, place) == ("host", "San José")


def test_round46_a_state_hosted_is_the_guest_not_a_place(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia will host Malawi in Livingstone on April 20."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6))) == [
        ("Zambia", "host", "planned", "2027-04-20", "Livingstone", ("Malawi",))]


def test_round46_the_day_of_a_saying_does_not_date_what_was_hoped(nlp: Language, tmp_path: Path) -> None:
    text = "President Hichilema will visit Lilongwe in May. Officials said on Monday they hoped the visit would go ahead."
    assert [r[1:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("visit", "planned", "2027-05", "Lilongwe")]


def test_round46_a_habit_is_no_event(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia and Malawi have held the talks almost every year since 1990. Their leaders meet annually."
    assert headline_events(nlp, tmp_path, text, date(2027, 4, 6)) == []


def test_round46_a_trip_gone_ahead_despite_a_protest_keeps_its_day(tmp_path: Path) -> None:
    text = "President Hichilema visited Lilongwe on Monday. The trip went ahead despite a protest on Sunday."
    store = stored(tmp_path, [(text, date(2027, 4, 6))])
    assert [(e.action, e.status, e.date.value, e.place and e.place.name) for e in store.events()] == [
        ("visit", "happened", "2027-04-05", "Lilongwe")]


def test_round46_an_effect_of_a_strike_told_before_is_no_second_strike(nlp: Language, tmp_path: Path) -> None:
    text = ("Copper miners in Kitwe began a strike on Monday. The strike, called by the mineworkers' union, halted "
            "production at two mines.")
    assert [r[1:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("protest", "happened", "2027-04-05", "Kitwe")]


def test_round46_a_counterpart_named_after_his_title_is_the_person(nlp: Language, tmp_path: Path) -> None:
    text = "Zambian President Hakainde Hichilema will meet his Malawian counterpart Lazarus Chakwera next Tuesday."
    assert [r[5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [("Lazarus Chakwera",)]


def test_round46_a_name_after_a_countrys_possessive_is_a_person(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera on Monday signed an agreement."
    assert [r[:2] + r[5:] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("Hakainde Hichilema", "sign", ("Lazarus Chakwera",))]


def test_round46_a_federation_calling_a_strike_is_the_body_in_apposition(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambia's main labour federation, the Zambia Congress of Trade Unions (ZCTU), called a general strike "
            "starting on Wednesday to protest against higher fuel prices.")
    assert [r[:4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 5)))] == [
        ("Zambia Congress of Trade Unions", "protest", "planned", "2027-04-07")]


def test_round46_a_first_time_record_is_no_event(nlp: Language, tmp_path: Path) -> None:
    text = ("It will be the first time Zambia has hosted the summit. It was the first time since 2019 that a general "
            "strike in Zambia had been called off.")
    assert headline_events(nlp, tmp_path, text, date(2027, 4, 6)) == []


def test_round46_a_river_is_no_party_to_an_agreement(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia and Zimbabwe signed an agreement on sharing the waters of the Kafue river on Monday."
    assert [r[5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [("Zimbabwe",)]


def test_round46_talks_years_before_are_not_the_last_persons(nlp: Language, tmp_path: Path) -> None:
    text = "President Hichilema visited Lilongwe on Monday. Talks on a trade deal collapsed in 2019."
    assert [r[:2] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [("Hichilema", "visit")]


def test_round46_a_crowd_protesting_as_a_vote_was_held_did_so_that_day(nlp: Language, tmp_path: Path) -> None:
    text = "Parliament on Monday approved a tax reform as thousands of teachers protested outside."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
    assert ("teachers", "protest", "happened", "2027-04-05", None, ()) in rows


def test_round46_leaders_of_a_union_at_the_start_of_a_sentence_are_of_no_town(nlp: Language, tmp_path: Path) -> None:
    text = "LUSAKA, April 6 (Wire) - Union leaders met Labour Minister Brenda Tambatamba on Monday."
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 4, 6))
    assert ev.actor.name == "union leaders" and ev.actor.country in (None, "Zambia")


def test_round46_protesters_gathering_is_a_protest(nlp: Language, tmp_path: Path) -> None:
    text = "Several thousand protesters gathered outside parliament in Lusaka on Monday."
    assert [r[:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("protesters", "protest", "happened", "2027-04-05", "Lusaka")]


def test_round46_a_crowd_gathering_to_mourn_is_no_protest(nlp: Language, tmp_path: Path) -> None:
    text = "Thousands gathered in Lusaka on Monday to mourn the former president."
    assert headline_events(nlp, tmp_path, text, date(2027, 4, 6)) == []


def test_round46_a_meeting_on_the_sidelines_of_the_gathering_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("President Hichilema will attend a regional summit in Lilongwe on April 20. He is also expected to meet "
            "Tanzanian President Samia Hassan on the sidelines of the one-day meeting.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
    assert ("Hichilema", "meet", "planned", "2027-04-20", "Lilongwe", ("Samia Hassan",)) in rows


def test_round46_a_union_calling_off_the_strike_of_its_crowd(tmp_path: Path) -> None:
    store = stored(tmp_path, [("Copper miners in Zambia will go on a nationwide strike on Monday.", date(2027, 4, 6)),
                              ("The union called off the nationwide strike planned for Monday.", date(2027, 4, 9))])
    assert [(e.actor.name, e.status, e.date.value) for e in store.events()] == [("miners", "cancelled", "2027-04-12")]


def test_round46_where_the_strike_told_before_starts_is_no_second_strike(nlp: Language, tmp_path: Path) -> None:
    text = ("Copper miners in Zambia will go on strike on Monday to demand higher pay. The union said the walkout would "
            "start at the Konkola mine.")
    assert [r[1:4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("protest", "planned", "2027-04-12")]


def test_round46_a_two_word_nationality_gives_the_counterpart_the_owners_title(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("Zambia's Foreign Minister Mulambo Haimbe will host his Sri Lankan counterpart Anura Wijesinghe in Lusaka on "
         "Thursday.", date(2027, 4, 6)),
        ("The foreign ministers of Zambia and Sri Lanka met in Ndola on Friday.", date(2027, 4, 10))])
    assert [(e.actor.name, e.status, e.date.value, tuple(c.name for c in e.counterparts)) for e in store.events()] == [
        ("Mulambo Haimbe", "happened", "2027-04-09", ("Anura Wijesinghe",))]


def test_round46_prosecutors_accusing_someone_charge_him(nlp: Language, tmp_path: Path) -> None:
    text = "Prosecutors on Monday accused former minister Mwila Banda of money laundering."
    assert [r[:4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("Mwila Banda", "charged", "happened", "2027-04-05")]


def test_round46_an_opponents_accusation_is_no_charge(nlp: Language, tmp_path: Path) -> None:
    assert headline_events(nlp, tmp_path, "The opposition accused President Hichilema of fraud.", date(2027, 4, 6)) == []


def test_round46_a_judge_ordering_someone_held_in_detention_detains_him(nlp: Language, tmp_path: Path) -> None:
    text = "A judge on Monday ordered former minister Peter Mwale held in pretrial detention."
    assert [r[:4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("Peter Mwale", "arrested", "happened", "2027-04-05")]


def test_round46_holding_and_sending_are_events_only_into_custody(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia sent troops to the border on Monday. Police held Mwila Banda in custody on Tuesday."
    assert [r[:4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 8)))] == [
        ("Zambia", "deploy", "happened", "2027-04-05"),  # (round 87: troops sent are a deployment, no detention)
        ("Mwila Banda", "arrested", "happened", "2027-04-06")]


def test_round46_an_agreement_signed_with_the_dateline_state_is_in_its_city(nlp: Language, tmp_path: Path) -> None:
    text = "LILONGWE, April 6 (Wire) - Zambian President Hakainde Hichilema on Monday signed an agreement with Malawi."
    assert [r[1:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("sign", "happened", "2027-04-05", "Lilongwe")]


def test_round46_a_venue_owned_by_a_town_is_in_that_town(nlp: Language, tmp_path: Path) -> None:
    text = "Prime Minister Luis Costa will receive Pedro Sanchez at Braga's municipal theatre on Thursday."
    assert [r[4] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == ["Braga"]


def test_round46_the_person_parliament_elected_is_the_votes_counterpart(nlp: Language, tmp_path: Path) -> None:
    text = "Malawi's parliament elected Grace Phiri as speaker on Monday."
    assert [r[1:] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("vote", "happened", "2027-04-05", None, ("Grace Phiri",)),
        ("appointed", "happened", "2027-04-05", None, ())]  # (round 84: the person elected is appointed too)


def test_round46_a_standing_arrangement_agreed_in_the_past_is_no_plan(nlp: Language, tmp_path: Path) -> None:
    text = "Hichilema visited Lilongwe in October, when the two sides agreed to hold annual consultations."
    assert [r[1:3] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [("visit", "happened")]


def test_round46_hours_of_talks_before_an_announcement_were_held(nlp: Language, tmp_path: Path) -> None:
    text = ("Labour Minister Brenda Tambatamba announced the increase on Thursday after six hours of talks with union "
            "leaders.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert ("Brenda Tambatamba", "meet", "happened", "2027-04-08", None, ("union leaders",)) in rows


def test_round46_a_person_among_those_detained_is_detained(nlp: Language, tmp_path: Path) -> None:
    text = "Zambian police detained 14 people in Lusaka on Monday, including opposition activist Grace Phiri."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
    assert ("Grace Phiri", "arrested", "happened", "2027-04-05", "Lusaka", ()) in rows


def test_round46_what_a_vote_is_on_after_its_day(nlp: Language, tmp_path: Path) -> None:
    text = "Zambia's parliament will hold a final vote on Wednesday on a bill that would cap fuel prices."
    (ev,) = headline_events(nlp, tmp_path, text, date(2027, 4, 6))
    assert (ev.action, ev.what, ev.date.value) == ("vote", "bill", "2027-04-07")


def test_round46_a_state_putting_off_a_summit_in_its_city_is_its_host(tmp_path: Path) -> None:
    store = stored(tmp_path, [("Zambia will host a regional summit in Lusaka on April 20.", date(2027, 4, 6)),
                              ("Zambia has postponed the Lusaka summit that was due to open on Tuesday.", date(2027, 4, 16))])
    assert [(e.actor.name, e.action, e.status) for e in store.events()] == [("Zambia", "host", "postponed")]


def test_round46_the_first_leader_to_visit_since_a_year_is_no_event(nlp: Language, tmp_path: Path) -> None:
    text = "President Hichilema will visit Lilongwe in May. He will be the first Zambian leader to visit Malawi since 2019."
    assert [r[1:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("visit", "planned", "2027-05", "Lilongwe")]


def test_round46_a_plan_agreed_for_a_month_is_the_coming_one(nlp: Language, tmp_path: Path) -> None:
    text = "Zambian President Hakainde Hichilema agreed to pay a visit to Malawi in February."
    assert [r[1:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("visit", "planned", "2028-02", "Malawi")]



def test_round46_what_someone_is_charged_with_staging_is_no_event(nlp: Language, tmp_path: Path) -> None:
    text = "Opposition activist Grace Phiri was charged in Lusaka on Monday with staging an illegal rally."
    assert [r[:2] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [("Grace Phiri", "charged")]

def test_round46_a_deadline_agreed_where_the_talks_were_held_is_not_their_day(nlp: Language, tmp_path: Path) -> None:
    text = ("President Hichilema arrived in Lilongwe on Monday and held talks with Malawian President Lazarus Chakwera at "
            "the state house, where they agreed to double trade by 2030.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
    assert ("Hichilema", "meet", "happened", "2027-04-05", "Lilongwe", ("Lazarus Chakwera",)) in rows


def test_round46_the_setting_a_trip_comes_in_is_not_its_place(tmp_path: Path) -> None:
    text = ("President Hichilema will visit Malawi next Monday. Hichilema's trip comes as both countries seek funding "
            "ahead of a summit in Nairobi later this year.")
    store = stored(tmp_path, [(text, date(2027, 4, 6))])
    assert [(e.action, e.status, e.date.value, e.place and e.place.name) for e in store.events()] == [
        ("visit", "planned", "2027-04-12", "Malawi")]


def test_round46_talks_two_leaders_agree_should_go_ahead_are_a_wish(nlp: Language, tmp_path: Path) -> None:
    text = ("President Hichilema spoke by phone with Malawian President Lazarus Chakwera on Thursday, and both leaders "
            "agreed the talks should go ahead as soon as possible.")
    assert [r[1] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))] == ["call"]


def test_round46_a_named_counterpart_after_the_owner_leaves_his_office_known(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambia's foreign minister will meet his Malawian counterpart in Livingstone on April 16. Zambian Foreign "
            "Minister Mulambo Haimbe and Malawian Foreign Minister Nancy Tembo are expected to review border trade.")
    assert [r[:2] + r[5:] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("Mulambo Haimbe", "meet", ("Nancy Tembo",))]  # (round 65: the office the next sentence names the holder of is
    # that person, office_names.named_offices; it was kept as "Foreign Minister of Malawi" for the store to resolve)


def test_round46_the_dateline_states_leader_meeting_a_foreign_leader_is_at_home(nlp: Language, tmp_path: Path) -> None:
    text = "LUSAKA, April 6 (Wire) - Zambian President Hakainde Hichilema met Malawi's President Lazarus Chakwera on Monday."
    assert [r[1:5] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == [
        ("meet", "happened", "2027-04-05", "Lusaka")]


def test_round46_no_one_detained_is_no_arrest(nlp: Language, tmp_path: Path) -> None:
    text = "Police said the march in Lusaka was peaceful and no one was detained."
    assert [r[1] for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))] == []


def test_round46_a_second_clause_before_a_closing_attribution_keeps_the_day(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambian President Hakainde Hichilema welcomed Malawi's President Lazarus Chakwera to Lusaka on Monday, and the two "
            "countries signed a trade agreement, state media reported.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
    assert [r[:4] for r in rows if r[1] == "sign"] == [("Zambia", "sign", "happened", "2027-04-05")]


def test_round46_a_name_after_sheikh_is_a_person(nlp: Language, tmp_path: Path) -> None:
    (ev,) = headline_events(nlp, tmp_path, "Sheikh Tamim will travel to Abu Dhabi on Thursday.", date(2027, 4, 6))
    assert (ev.actor.name, ev.action, ev.date.value) == ("Tamim", "travel", "2027-04-08")


def test_round46_holding_a_meeting_names_no_one_held(nlp: Language, tmp_path: Path) -> None:
    text = ("Defence Minister Ana Lima met her Chilean counterpart Jorge Soto in Lima on Monday. The two defence chiefs "
            "will hold their annual Security Consultative Meeting in Lima on Tuesday.")
    names = {n for e in headline_events(nlp, tmp_path, text, date(2027, 4, 6)) for n in (e.actor.name, *(c.name for c in e.counterparts))}
    assert "Consultative" not in names and not any(e.action == "arrested" for e in headline_events(nlp, tmp_path, text, date(2027, 4, 6)))
