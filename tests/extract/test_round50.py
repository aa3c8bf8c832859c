"""Round 50 (audits 173-175 and gaps left by audits 161-172): a plan moved to another place is one event, now there
(its history tells the move; a question about the old place sees it called off), a chair of "the meeting" told after a
summit, a summit's city the parser hangs on its topic, "he" or "the man" in court after an unnamed arrest, "set his
trial to open on", "due back in court", "will face charges".
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.reason.ask import ask

from ..stored import stored
from .fixture_articles import Row, datelined_events, party_rows, row


def _stored(tmp_path: Path, texts: list[tuple[str, date]]) -> list[Row]:
    return sorted((row(e) for e in stored(tmp_path, texts).events()), key=repr)


_SUMMIT = ("LUSAKA, March 10 (Wire) - Zambia will host a regional summit on the Kivu crisis in Livingstone on Friday, "
           "the foreign ministry said on Tuesday. ")


@pytest.mark.slow
def test_round50_a_summit_city_hung_on_its_topic_is_the_summit_place(nlp: Language, tmp_path: Path) -> None:
    text = _SUMMIT + "Malawi's President Chikondi Banda is expected to attend the summit."
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 10)))
    assert ("Chikondi Banda", "attend", "planned", "2027-03-12", "Livingstone", ()) in got


@pytest.mark.slow
def test_round50_a_topic_country_is_no_summit_place(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 10 (Wire) - Zambia will host a regional summit on the war in Sudan on Friday, the foreign "
            "ministry said. Malawi's President Chikondi Banda is expected to attend the summit.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 10)))
    assert ("Chikondi Banda", "attend", "planned", "2027-03-12", "Lusaka", ()) in got


@pytest.mark.slow
def test_round50_a_chair_of_the_meeting_is_at_the_summit_told_before(nlp: Language, tmp_path: Path) -> None:
    text = _SUMMIT + ("President Mulenga Phiri will chair the meeting, which Malawi's President Chikondi Banda is "
                      "expected to attend.")
    (ev,) = [e for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 10)) if e.actor.name == "Mulenga Phiri"]
    assert (ev.date.value, ev.place and ev.place.name, ev.status) == ("2027-03-12", "Livingstone", "planned")


@pytest.mark.slow
def test_round50_a_meeting_told_after_a_summit_by_other_verbs_is_its_own(nlp: Language, tmp_path: Path) -> None:
    text = _SUMMIT + "President Mulenga Phiri met Banda on Monday; the meeting lasted two hours."
    evs = [e for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 10)) if e.action == "meet"]
    assert [(e.date.value, e.status) for e in evs] == [("2027-03-08", "happened")]


_ARREST = ("LILONGWE, March 12 (Wire) - Malawian police on Wednesday arrested a Zambian man suspected of smuggling ivory "
           "across the border. ")


@pytest.mark.slow
@pytest.mark.parametrize("court", [
    "He will appear in court in Lilongwe on Monday, police said.",
    "The man, who was detained at a roadblock, will appear in court in Lilongwe on Monday.",
])
def test_round50_he_after_an_unnamed_arrest_is_the_man_held(nlp: Language, tmp_path: Path, court: str) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _ARREST + court, date(2027, 3, 12)))
    assert got == [("Zambian man", "arrested", "happened", "2027-03-10", None, ()),
                   ("Zambian man", "hearing", "planned", "2027-03-15", "Lilongwe", ())]


@pytest.mark.slow
def test_round50_the_suspect_charged_after_an_unnamed_arrest_is_the_man_held(nlp: Language, tmp_path: Path) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _ARREST + "The suspect will be charged on Monday.",
                                      date(2027, 3, 12)))
    assert ("Zambian man", "charged", "planned", "2027-03-15", None, ()) in got


@pytest.mark.slow
def test_round50_he_after_a_named_person_is_no_unnamed_man(nlp: Language, tmp_path: Path) -> None:
    text = _ARREST + "Chikondi Banda, a customs officer, said he saw the arrest. He will testify on Monday."
    assert all(e.actor.name != "Zambian man" or e.action == "arrested"
               for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))


_PLAN = ("LUSAKA, March 3 (Wire) - Zambian Foreign Minister Chanda Mwale will visit Lilongwe on March 9 for talks with "
         "his Malawian counterpart Nancy Tembo, the ministry said.", date(2027, 3, 3))


@pytest.mark.slow
@pytest.mark.parametrize("move, day, status", [
    ("Foreign Minister Chanda Mwale's visit to Malawi has been moved from Lilongwe to Blantyre, officials said.",
     "2027-03-09", "planned"),
    ("Foreign Minister Chanda Mwale's visit to Malawi has been pushed back to March 12 and moved from Lilongwe to "
     "Blantyre, officials said.", "2027-03-12", "postponed"),
])
def test_round50_a_plan_moved_to_another_place_is_one_event_now_there(tmp_path: Path, move: str, day: str,
                                                                       status: str) -> None:
    store = stored(tmp_path, [_PLAN, ("LUSAKA, March 6 (Wire) - " + move, date(2027, 3, 6))])
    (event,) = store.events()
    assert (event.action, event.place and event.place.name, event.date.value, event.status) == (
        "visit", "Blantyre", day, status)
    assert [(h.place and h.place.name, h.moved_from and h.moved_from.name) for h in event.history] == [
        (None, None), ("Blantyre", "Lilongwe")]
    assert [c.name for c in event.counterparts] == ["Nancy Tembo"]


@pytest.mark.slow
def test_round50_a_question_about_the_old_place_sees_the_plan_called_off_there(tmp_path: Path) -> None:
    move = ("LUSAKA, March 6 (Wire) - Foreign Minister Chanda Mwale's visit to Malawi has been moved from Lilongwe to "
            "Blantyre, officials said.", date(2027, 3, 6))
    store = stored(tmp_path, [_PLAN, move])
    old = ask(store, "Will Chanda Mwale visit Lilongwe by March 10, 2027?", as_of=date(2027, 3, 7))
    assert (old.answer, old.resolution) == ("no", "no")
    assert "moved from Lilongwe" in old.evidence[-1].sentence
    new = ask(store, "Will Chanda Mwale visit Blantyre by March 10, 2027?", as_of=date(2027, 3, 7))
    assert (new.answer, new.resolution) == ("yes", None)
    before = ask(store, "Will Chanda Mwale visit Lilongwe by March 10, 2027?", as_of=date(2027, 3, 4))
    assert (before.answer, before.resolution) == ("yes", None)


@pytest.mark.slow
def test_round50_a_move_told_alone_is_one_plan_at_the_new_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [("LUSAKA, March 6 (Wire) - Foreign Minister Chanda Mwale's visit to Malawi next Tuesday "
                               "has been moved from Lilongwe to Blantyre, officials said.", date(2027, 3, 6))])
    (event,) = store.events()
    assert (event.place and event.place.name, event.status) == ("Blantyre", "planned")
    assert event.history[-1].moved_from is not None and event.history[-1].moved_from.name == "Lilongwe"


@pytest.mark.slow
def test_round50_a_trial_set_to_open_on_a_day_lies_ahead(nlp: Language, tmp_path: Path) -> None:
    text = "LILONGWE, March 12 (Wire) - A judge on Tuesday set Chikondi Banda's trial to open on June 18."
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert ("Chikondi Banda", "trial", "planned", "2027-06-18", None, ()) in got


@pytest.mark.slow
@pytest.mark.parametrize("court", ["He is due back in court on July 24.", "He is due in court on July 24."])
def test_round50_due_back_in_court_is_a_hearing(nlp: Language, tmp_path: Path, court: str) -> None:
    text = "LILONGWE, March 12 (Wire) - Police arrested opposition leader Chikondi Banda on Monday. " + court
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert ("Chikondi Banda", "hearing", "planned", "2027-07-24", None, ()) in got


@pytest.mark.slow
def test_round50_due_back_in_a_city_is_no_court_hearing(nlp: Language, tmp_path: Path) -> None:
    text = "LILONGWE, March 12 (Wire) - Chikondi Banda is due back in Lusaka on Sunday."
    assert all(e.action != "hearing" for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))


@pytest.mark.slow
def test_round50_the_first_hearing_of_the_case_is_the_charged_persons(nlp: Language, tmp_path: Path) -> None:
    text = ("LILONGWE, March 12 (Wire) - Prosecutors charged journalist Chikondi Banda with extortion on Wednesday, and "
            "the first hearing of the case was set for April 7 at the Lilongwe Magistrates Court.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert ("Chikondi Banda", "hearing", "planned", "2027-04-07", "Lilongwe Magistrates Court", ()) in got


@pytest.mark.slow
def test_round50_charges_filed_are_nobody_held(nlp: Language, tmp_path: Path) -> None:
    text = ("LILONGWE, March 12 (Wire) - Prosecutors charged businessman Chikondi Banda with fraud on Tuesday. The charges "
            "were filed at the Lilongwe Magistrates Court, where Banda pleaded not guilty.")
    assert {e.actor.name for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12))} == {"Chikondi Banda"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Prosecutors on Wednesday charged Chikondi Banda with smuggling, and a judge ordered him held in pre-trial detention "
    "for six months.",
    "Chikondi Banda was arrested at his home on Tuesday. A court on Wednesday ordered him held in pre-trial detention.",
])
def test_round50_a_detention_order_is_no_second_arrest(nlp: Language, tmp_path: Path, text: str) -> None:
    events = datelined_events(nlp, tmp_path, "LILONGWE, March 12 (Wire) - " + text, date(2027, 3, 12))
    assert len([e for e in events if e.action in ("arrested", "charged")]) == 1


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The ministry on Monday denied a report in a local newspaper that Foreign Minister Chanda Mwale had met secretly "
    "with Nancy Tembo in Chipata.",
    "On Monday the ministry denied that Foreign Minister Chanda Mwale had met Nancy Tembo in Chipata.",
])
def test_round50_a_denied_meeting_is_denied_and_not_dated_by_the_denial(nlp: Language, tmp_path: Path,
                                                                         text: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, "LUSAKA, April 7 (Wire) - " + text, date(2027, 4, 7))
    assert (ev.action, ev.status, ev.date.value) == ("meet", "denied", None)


@pytest.mark.slow
@pytest.mark.parametrize("text, status", [
    ("The meeting between Foreign Minister Chanda Mwale and Nancy Tembo will be rescheduled, the ministry said.",
     "postponed"),
    ("The meeting between Foreign Minister Chanda Mwale and Nancy Tembo has been rescheduled for May 26, the ministry "
     "said.", "planned"),
])
def test_round50_rescheduled_with_no_new_day_is_put_off(nlp: Language, tmp_path: Path, text: str, status: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, "LUSAKA, May 11 (Wire) - " + text, date(2027, 5, 11))
    assert ev.status == status


@pytest.mark.slow
@pytest.mark.parametrize("text, day", [
    ("Thousands of workers joined a general strike against pension reform on Wednesday.", "2027-05-12"),
    ("The union federation will hold a second general strike on May 20, its president said.", "2027-05-20"),
])
def test_round50_a_general_strike_is_a_strike_whatever_its_modifiers(nlp: Language, tmp_path: Path, text: str,
                                                                     day: str) -> None:
    (ev,) = datelined_events(nlp, tmp_path, "LUSAKA, May 13 (Wire) - " + text, date(2027, 5, 13))
    assert (ev.action, ev.what, ev.date.value) == ("protest", "general strike", day)


@pytest.mark.slow
def test_round50_a_second_strike_against_militants_is_no_labour_strike(nlp: Language, tmp_path: Path) -> None:
    text = "LUSAKA, May 13 (Wire) - The army carried out a second strike against militants on Wednesday."
    assert [e for e in datelined_events(nlp, tmp_path, text, date(2027, 5, 13)) if e.action == "protest"] == []


@pytest.mark.slow
def test_round50_talks_between_two_people_that_framed_a_deal_were_their_meeting(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, May 13 (Wire) - The deal was reached at talks on Saturday between union leader Mary Chanda and mine "
            "director Joseph Lungu, which lasted nine hours.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 5, 13)))
    assert ("Mary Chanda", "meet", "happened", "2027-05-08", None, ("Joseph Lungu",)) in got


@pytest.mark.slow
def test_round50_a_countrys_top_diplomat_is_its_foreign_minister(tmp_path: Path) -> None:
    plan = ("LUSAKA, May 4 (Wire) - Zambian Foreign Minister Chanda Mwale will travel to Lilongwe next Tuesday for "
            "talks with Malawian officials, his ministry said on Monday.", date(2027, 5, 4))
    later = ("LUSAKA, May 7 (Wire) - Zambia's top diplomat has pushed back his visit to Malawi by two days, officials "
             "said on Friday.", date(2027, 5, 7))
    assert {e.actor.name for e in stored(tmp_path, [plan, later]).events()} == {"Chanda Mwale"}


@pytest.mark.slow
def test_round50_his_two_counterparts_are_the_two_offices(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, May 13 (Wire) - Zambian Foreign Minister Chanda Mwale spoke by telephone with both his Malawian and "
            "Tanzanian counterparts on Sunday, the ministry said.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 13))
    assert [c.name for c in ev.counterparts] == ["Foreign Minister of Malawi", "Foreign Minister of Tanzania"]


@pytest.mark.slow
def test_round50_a_name_after_since_is_the_subject_of_its_clause(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 2 (Wire) - Zambian Foreign Minister Chanda Mwale will travel to Lilongwe next Tuesday for talks "
            "with his Malawian counterpart Nancy Tembo. The meeting will be the first between the two foreign ministers "
            "since Tembo visited Lusaka in November.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 2)))
    assert ("Nancy Tembo", "visit", "happened", "2026-11", "Lusaka", ()) in got


@pytest.mark.slow
def test_round50_background_of_years_before_is_not_at_the_dateline(nlp: Language, tmp_path: Path) -> None:
    text = "LILONGWE, March 6 (Wire) - Zambia and Malawi signed a treaty on border trade in December 2021."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 6))
    assert (ev.date.value, ev.place) == ("2021-12", None)


@pytest.mark.slow
def test_round50_talks_between_two_states_told_from_either_side_are_one(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, May 4 (Wire) - Zambia and Malawi will hold a meeting of their joint border commission in Chipata on "
         "May 19.", date(2027, 5, 4)),
        ("LILONGWE, May 11 (Wire) - Malawi and Zambia have postponed border talks that were due to take place in "
         "Chipata next week.", date(2027, 5, 11)),
        ("CHIPATA, June 5 (Wire) - Zambia and Malawi held border talks in Chipata on Thursday.",
         date(2027, 6, 5)),
    ])
    (talks,) = store.events()
    assert (talks.status, talks.date.value, [h.status for h in talks.history]) == (
        "happened", "2027-06-03", ["planned", "postponed", "happened"])


@pytest.mark.slow
def test_round50_talks_wrapped_up_beside_what_was_agreed_were_held(nlp: Language, tmp_path: Path) -> None:
    text = ("CHIPATA, April 9 (Wire) - Zambia and Malawi agreed on Thursday to reopen two border posts, wrapping up two "
            "days of talks in Chipata. The talks were originally set for March 18 in Mchinji but were delayed by a "
            "dispute over the agenda.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 4, 9)))
    assert [(r[1], r[2], r[3], r[4]) for r in got if r[1] == "meet"] == [("meet", "happened", "2027-04-07", "Chipata")]
    # (two days of talks wrapped up on Thursday: Wednesday and Thursday, round 66)


@pytest.mark.slow
def test_round50_a_call_off_of_a_strike_planned_for_another_week_is_another_strike(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 2 (Wire) - Zambia's teachers' union on Friday called a 24-hour general strike for next "
         "Wednesday.", date(2027, 4, 2)),
        ("LUSAKA, April 17 (Wire) - Zambia's teachers' union on Saturday called off the general strike it had planned "
         "for next Wednesday.", date(2027, 4, 17)),
    ])
    assert sorted((e.date.value, e.status) for e in store.events()) == [("2027-04-07", "planned"),
                                                                       ("2027-04-21", "cancelled")]


@pytest.mark.slow
def test_round50_protests_a_government_seeks_to_head_off_are_no_event(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 23 (Wire) - Copper miners called off a strike on Sunday. The government has sought to head off "
            "labour protests since unrest in January 2022.")
    assert [e.what for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 23))] == ["strike"]


@pytest.mark.slow
def test_round50_a_countrys_union_reaching_a_deal_is_the_unions(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, May 4 (Wire) - Zambia's main teachers' union called off a strike planned for Friday after reaching a "
            "pay deal with the government, the union said on Monday.")
    assert {e.actor.name for e in datelined_events(nlp, tmp_path, text, date(2027, 5, 4))} == {"teachers' union"}


@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    ("The Malawian National Assembly opens an extraordinary session in the capital early next week, an official said.",
     "Lilongwe"),
    ("Malawian President Chikondi Banda arrived on Tuesday and held talks with officials in the capital.", "Lusaka"),
])
def test_round50_the_capital_is_of_the_body_that_sits_there(nlp: Language, tmp_path: Path, text: str,
                                                             place: str) -> None:
    events = datelined_events(nlp, tmp_path, "LUSAKA, March 6 (Wire) - " + text, date(2027, 3, 6))
    assert place in {e.place.name for e in events if e.place is not None and e.action in ("meet", "hold")}


@pytest.mark.slow
def test_round50_negotiations_chaired_before_a_deal_struck_were_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 4 (Wire) - Labour Minister Mary Chanda said she would meet union leaders in Ndola on Friday.",
         date(2027, 3, 4)),
        ("LUSAKA, March 8 (Wire) - A pay deal was struck late on Saturday in Ndola after ten hours of negotiations "
         "chaired by Labour Minister Mary Chanda. The talks had been due on Friday but were delayed by a day.",
         date(2027, 3, 8)),
    ])
    assert [(e.actor.name, e.place and e.place.name, e.date.value, e.status) for e in store.events()] == [
        ("Mary Chanda", "Ndola", "2027-03-06", "happened")]


@pytest.mark.slow
def test_round50_the_two_ministers_are_the_pair_named_last_together(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 20 (Wire) - The talks, opened by Zambian Foreign Minister Chanda Mwale, were led by Malawian "
            "Trade Minister Nancy Tembo and Tanzanian Trade Minister Juma Kikwete. The two ministers will meet again in "
            "Dodoma in June.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 20)))
    assert ("Nancy Tembo", "meet", "planned", "2027-06", "Dodoma", ("Juma Kikwete",)) in got


@pytest.mark.slow
def test_round50_a_hosts_plan_put_off_as_a_meeting_there_is_the_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, April 1 (Wire) - Zambia will host the transport ministers of Malawi and Tanzania in Livingstone on "
         "April 23.", date(2027, 4, 1)),
        ("LUSAKA, April 13 (Wire) - Zambia has postponed a meeting of transport ministers that was due to take place in "
         "Livingstone next week. The talks will now be held in May, the ministry said.", date(2027, 4, 13)),
    ])
    (event,) = store.events()
    assert (event.status, event.date.value, event.place and event.place.name) == ("postponed", "2027-05", "Livingstone")


@pytest.mark.slow
@pytest.mark.parametrize("text, status", [
    ("Banda will face charges of illegal assembly, police said.", "planned"),
    ("Banda faces charges of illegal assembly.", "happened"),
])
def test_round50_facing_charges_is_the_persons_charge(nlp: Language, tmp_path: Path, text: str, status: str) -> None:
    events = datelined_events(nlp, tmp_path, "LILONGWE, March 13 (Wire) - Police arrested union leader Chikondi Banda "
                                             "on Monday. " + text, date(2027, 3, 13))
    assert [(e.actor.name, e.status) for e in events if e.action == "charged"] == [("Chikondi Banda", status)]


@pytest.mark.slow
def test_round50_an_arraignment_set_for_a_day_is_a_hearing(nlp: Language, tmp_path: Path) -> None:
    text = ("LILONGWE, March 13 (Wire) - Prosecutors on Thursday charged Chikondi Banda with illegal assembly, and a court "
            "set his arraignment for March 24.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 13)))
    assert ("Chikondi Banda", "hearing", "planned", "2027-03-24", None, ()) in got


@pytest.mark.slow
def test_round50_did_not_travel_is_a_plan_that_did_not_come_about(nlp: Language, tmp_path: Path) -> None:
    text = "LUSAKA, March 13 (Wire) - President Mulenga Phiri did not travel to Lilongwe on Thursday as planned."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 13))
    assert (ev.status, ev.place and ev.place.name) == ("cancelled", "Lilongwe")


@pytest.mark.slow
def test_round50_a_denial_restated_as_did_not_take_place_stays_a_denial(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, April 27 (Wire) - The government on Sunday denied a report that Foreign Minister Chanda Mwale had "
            "met Malawian minister Nancy Tembo secretly in Chipata last week. \"That meeting did not take place,\" a "
            "spokesman said.")
    store = stored(tmp_path, [(text, date(2027, 4, 27))])
    assert [(e.action, e.status) for e in store.events()] == [("meet", "denied")]


@pytest.mark.slow
def test_round50_a_meeting_after_which_a_walkout_was_suspended_was_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 9 (Wire) - Finance Minister Mary Chanda is due to meet leaders of the teachers' union on "
         "Thursday, her ministry said.", date(2027, 3, 9)),
        ("LUSAKA, March 14 (Wire) - The teachers' union suspended its walkout following a late-night meeting on Friday "
         "with Finance Minister Mary Chanda. The meeting had originally been scheduled for Thursday but was delayed by "
         "a day.", date(2027, 3, 14)),
    ])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.date.value, e.status) for e in meetings] == [("2027-03-12", "happened")]


@pytest.mark.slow
def test_round50_a_meeting_of_states_due_in_one_of_them_is_its_hosting(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 9 (Wire) - A meeting of Zambia, Malawi and Tanzania that was due to take place in Zambia next "
            "week has been postponed, the ministry said on Monday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 9))
    assert (ev.actor.name, ev.action, ev.status, [c.name for c in ev.counterparts]) == (
        "Zambia", "host", "postponed", ["Malawi", "Tanzania"])


@pytest.mark.slow
def test_round50_a_dropped_meeting_with_another_person_is_its_own(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, April 10 (Wire) - Talks between Zambian Foreign Minister Chanda Mwale and Malawian Foreign Minister "
            "Nancy Tembo will be held in Lilongwe on April 23. The planned meeting with President Peter Banda has been "
            "dropped because Banda will be in Addis Ababa that day.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 4, 10)))
    assert ("Chanda Mwale", "meet", "planned", "2027-04-23", "Lilongwe", ("Nancy Tembo",)) in got
    assert ("Chanda Mwale", "meet", "cancelled", None, None, ("Peter Banda",)) in got
    assert ("Peter Banda", "visit", "planned", "2027-04-23", "Addis Ababa", ()) in got


@pytest.mark.slow
def test_round50_talks_a_state_hosts_put_off_then_held_are_its_hosting(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 5 (Wire) - Zambia will host talks between Malawi and Tanzania starting on March 16, the "
         "ministry said on Thursday.", date(2027, 3, 5)),
        ("LUSAKA, March 12 (Wire) - Talks between Malawi and Tanzania that were due to open in Zambia on Tuesday have "
         "been postponed until April 6, the ministry said.", date(2027, 3, 12)),
        ("LUSAKA, April 7 (Wire) - Malawi and Tanzania began talks in Zambia on Tuesday.", date(2027, 4, 7)),
    ])
    (event,) = store.events()
    assert (event.actor.name, event.status, event.date.value, [h.status for h in event.history]) == (
        "Zambia", "happened", "2027-04-06", ["planned", "postponed", "happened"])


@pytest.mark.slow
def test_round50_a_visit_put_off_by_days_and_moved_to_a_city_is_one_visit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LUSAKA, March 4 (Wire) - Zambian Foreign Minister Chanda Mwale will travel to Lilongwe next Tuesday for talks "
         "with Malawian Foreign Minister Nancy Tembo.", date(2027, 3, 4)),
        ("LUSAKA, March 8 (Wire) - Chanda Mwale's visit to Malawi has been pushed back by two days and moved to "
         "Blantyre, the ministry said.", date(2027, 3, 8)),
    ])
    (event,) = store.events()
    assert (event.place and event.place.name, event.date.value, event.status) == ("Blantyre", "2027-03-11", "postponed")


@pytest.mark.slow
def test_round50_a_joint_dateline_is_no_actor(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA/LILONGWE, March 6 (Wire) - Zambian Foreign Minister Chanda Mwale will meet Malawian Foreign Minister "
            "Nancy Tembo in Chipata on Thursday, both ministries said on Friday.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 6)))
    assert got == [("Chanda Mwale", "meet", "planned", "2027-03-11", "Chipata", ("Nancy Tembo",))]
