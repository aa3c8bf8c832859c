"""Round 47 (audits 145-148 and gaps left by round 46): a done event's bare clock time on the day told before it, a
clock time that ends a sentence. Each test states one behaviour. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.time import find_times

from .fixture_articles import headline_events, party_rows


@pytest.mark.slow
def test_round47_a_done_events_bare_clock_time_is_on_the_day_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("Police arrested the activist Chanda Mwale in Lusaka on Tuesday. Officers detained him shortly before noon "
            "outside his office, his lawyer said.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert {r[3][:10] for r in rows if r[1] == "arrested"} == {"2027-04-06"}


@pytest.mark.slow
def test_round47_a_done_events_bare_clock_time_alone_keeps_the_articles_day(nlp: Language, tmp_path: Path) -> None:
    text = "Police arrested the activist Chanda Mwale in Lusaka shortly before noon, his lawyer said."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert [r[3] for r in rows if r[1] == "arrested"] == ["2027-04-09T12:00"]


def test_round47_a_clock_time_ending_a_sentence_takes_no_day_from_the_next() -> None:
    found = find_times("The hearing began at 3 p.m. On Wednesday evening the lawyer spoke.", date(2027, 4, 9))
    assert [(t.text, t.value) for t in found] == [("3 p.m.", "2027-04-09T15:00"), ("Wednesday evening", "2027-04-07TEV")]


def test_round47_a_clock_time_on_a_day_still_joins_it() -> None:
    found = find_times("The hearing begins at 3 p.m. on Monday.", date(2027, 4, 9))
    assert [(t.text, t.value) for t in found] == [("3 p.m. on Monday", "2027-04-12T15:00")]


@pytest.mark.slow
def test_round47_a_denied_report_by_a_named_source_is_denied(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambia's foreign ministry denied a report by a Lusaka weekly that Foreign Minister Mulenga Banda had met "
            "Malawi's Nancy Tembo in Livingstone last week.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert [(r[0], r[1], r[2]) for r in rows] == [("Mulenga Banda", "meet", "denied")]


@pytest.mark.slow
def test_round47_a_country_locating_a_city_is_no_counterpart(nlp: Language, tmp_path: Path) -> None:
    text = "Mulenga Banda met Nancy Tembo in Lilongwe, Malawi, on Tuesday."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9))) == [
        ("Mulenga Banda", "meet", "happened", "2027-04-06", "Lilongwe", ("Nancy Tembo",))]


@pytest.mark.slow
@pytest.mark.parametrize("verb", ["held a round of trade talks", "held talks", "met"])
def test_round47_officials_of_two_nations_are_the_two_states(nlp: Language, tmp_path: Path, verb: str) -> None:
    text = f"Zambian and Malawian officials {verb} in Lilongwe on Wednesday."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9))) == [
        ("Zambia", "meet", "happened", "2027-04-07", "Lilongwe", ("Malawi",))]


@pytest.mark.slow
def test_round47_officials_of_one_nation_keep_their_group(nlp: Language, tmp_path: Path) -> None:
    text = "Malawian officials met Zambian diplomats in Lilongwe on Wednesday."
    ((actor, action, *_),) = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert (actor, action) == ("Malawian officials", "meet")


@pytest.mark.slow
def test_round47_a_put_off_round_set_anew_is_planned(nlp: Language, tmp_path: Path) -> None:
    text = "The postponed round of talks between Zambia and Malawi would now be held in Lusaka on April 20, officials said."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9))) == [
        ("Zambia", "meet", "planned", "2027-04-20", "Lusaka", ("Malawi",))]


@pytest.mark.slow
def test_round47_relatives_protesting_are_the_protesters(nlp: Language, tmp_path: Path) -> None:
    text = "Relatives of the jailed activist Chanda Mwale protested outside the court in Ndola on Tuesday."
    assert party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9))) == [
        ("relatives", "protest", "happened", "2027-04-06", "Ndola", ())]


@pytest.mark.slow
def test_round47_a_town_located_in_a_larger_city_is_the_place(nlp: Language, tmp_path: Path) -> None:
    text = "Police arrested Chanda Mwale on Tuesday at a flat in Pasay City, in metropolitan Manila."
    assert [(r[1], r[4]) for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))] == [
        ("arrested", "Pasay")]


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Mulenga Banda announced the April 30 date on Monday.",
                                  "Mulenga Banda had announced the April 30 date on Monday, before Malawi agreed."])
def test_round47_an_announcement_is_dated_by_its_own_day_not_the_day_it_names(nlp: Language, tmp_path: Path,
                                                                              text: str) -> None:
    assert [(r[1], r[2], r[3]) for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))] == [
        ("announce", "happened", "2027-04-05")]


def test_round47_a_retold_expected_day_is_the_nearest_one() -> None:
    found = find_times("The minister postponed a visit to Lusaka that had been expected on Monday.", date(2027, 4, 10))
    assert [(t.text, t.value) for t in found] == [("Monday", "2027-04-12")]


@pytest.mark.slow
def test_round47_a_claim_retold_as_done_after_its_denial_is_denied(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambia on Monday denied a report that Foreign Minister Mulenga Banda had met Malawi's Nancy Tembo in "
            "Chipata last week. A Lusaka weekly had reported on Saturday that the two ministers held secret talks in "
            "Chipata on Wednesday.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 12)))
    assert rows and {(r[0], r[1], r[2]) for r in rows} == {("Mulenga Banda", "meet", "denied")}


@pytest.mark.slow
def test_round47_denying_this_answers_the_claim_just_told_not_the_plan_before(nlp: Language, tmp_path: Path) -> None:
    text = ("Foreign Minister Mulenga Banda will hold talks with Foreign Minister Nancy Tembo in Mzuzu on Thursday. "
            "Local media reported on Friday that Banda would also meet opposition leaders in Karonga during the trip. "
            "His office denied this, saying no such meeting was planned.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 10)))
    got = {(r[1], r[2], r[4]) for r in rows}  # (the claim itself stays too, uncertain; the store keeps the denial)
    assert {("meet", "denied", "Karonga"), ("meet", "planned", "Mzuzu")} <= got
    assert not {r for r in got if r[1] == "denied" and r[2] != "Karonga"}


@pytest.mark.slow
def test_round47_a_summit_of_states_placed_in_one_of_them_is_its_hosting(nlp: Language, tmp_path: Path) -> None:
    text = ("A summit of the leaders of Zambia, Malawi and Tanzania planned for next month in Lusaka has been "
            "postponed, officials said on Monday.")
    ((actor, action, status, _, place, guests),) = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 12)))
    assert (actor, action, status, place, set(guests)) == ("Zambia", "host", "postponed", "Lusaka", {"Malawi", "Tanzania"})


@pytest.mark.slow
def test_round47_a_summit_of_states_with_no_city_of_theirs_names_no_host(nlp: Language, tmp_path: Path) -> None:
    text = "A summit of the leaders of Zambia, Malawi and Tanzania planned for next month has been postponed."
    assert all(r[1] != "host" for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 12))))


@pytest.mark.slow
def test_round47_an_undated_unnamed_arrest_is_the_named_one_told_next(nlp: Language, tmp_path: Path) -> None:
    text = ("Zambian police have arrested a Kitwe man suspected of smuggling copper, officials said on Friday. Chanda "
            "Mwale, 41, was detained at a roadblock in Ndola on Tuesday.")
    rows = [r for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9))) if r[1] == "arrested"]
    assert [(r[0], r[3], r[4]) for r in rows] == [("Chanda Mwale", "2027-04-06", "Ndola")]


@pytest.mark.slow
def test_round47_a_deal_signed_at_the_end_of_a_meeting_tells_the_meeting(nlp: Language, tmp_path: Path) -> None:
    text = ("Mulenga Banda and Nancy Tembo signed a power deal on Wednesday at the end of a three-hour meeting in "
            "Mzuzu.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert ("Mulenga Banda", "meet", "happened", "2027-04-07", "Mzuzu", ("Nancy Tembo",)) in rows


@pytest.mark.slow
def test_round47_the_deal_signed_again_takes_the_day_it_was_signed(nlp: Language, tmp_path: Path) -> None:
    text = ("Nurses in Ndola ended their strike after their union and the health ministry signed a pay agreement late "
            "on Friday. Union leader Chanda Mwale and Health Minister Mulenga Banda signed the deal after two days of "
            "talks.")
    signs = [r for r in party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 10))) if r[1] == "sign"]
    assert [r[3] for r in signs if r[0] == "Chanda Mwale"] == ["2027-04-09"]


@pytest.mark.slow
def test_round47_a_duty_denied_in_background_tells_no_event(nlp: Language, tmp_path: Path) -> None:
    text = ("President Mulenga Banda and President Nancy Tembo will hold a summit in Chipata on April 20. In 2019 a "
            "tribunal ruled that Zambia was not obliged to negotiate the border with Malawi.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert [(r[1], r[2], r[3]) for r in rows if r[1] in ("meet", "negotiate")] == [("meet", "planned", "2027-04-20")]


@pytest.mark.slow
def test_round47_a_dated_subject_charging_a_titled_name_is_read_as_the_verb(nlp: Language, tmp_path: Path) -> None:
    text = "Zambian prosecutors on Thursday formally charged journalist Chanda Mwale with inciting unrest."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert [(r[0], r[1], r[3]) for r in rows] == [("Chanda Mwale", "charged", "2027-04-08")]


@pytest.mark.slow
def test_round47_that_meeting_never_happened_after_a_press_claim_denies_it(nlp: Language, tmp_path: Path) -> None:
    text = ("A Lusaka weekly reported on Monday that Mulenga Banda and Malawi's Nancy Tembo met privately in Chipata "
            "on April 1. \"That meeting never happened,\" a government spokeswoman said.")
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 8)))
    assert ("Mulenga Banda", "meet", "denied", "2027-04-01", "Chipata", ("Nancy Tembo",)) in rows
    assert all(r[2] != "cancelled" for r in rows)


@pytest.mark.slow
def test_round47_a_plan_that_never_happened_stays_called_off(nlp: Language, tmp_path: Path) -> None:
    text = "Mulenga Banda was due to meet Nancy Tembo in Chipata on April 1. The meeting never happened, officials said."
    rows = party_rows(headline_events(nlp, tmp_path, text, date(2027, 4, 8)))
    assert any(r[1] == "meet" and r[2] == "cancelled" for r in rows) and all(r[2] != "denied" for r in rows)
