"""Round 38 (open groups of audit 64, and audits 65-66): a gathering called off with the person who was to speak at it
in a relative clause of place; "between X and Y" split by a date; a past verb after a dated subject; a relative clause of
planning on a purpose noun; world regions; a union described, then named; a counterpart's name the recognizer calls an
organization. Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from ..stored import stored
from .fixture_articles import datelined_events, of_action as _of

pytestmark = pytest.mark.slow


def test_round38_a_conference_called_off_cancels_the_speakers_plan(tmp_path: Path) -> None:
    plan = ("RIGA, March 5 (Dateline) - Chilean Trade Minister Rosa Paredes will address an investment conference in "
            "Liepaja on Tuesday, Latvia's economy ministry said on Friday.", date(2027, 3, 5))
    off = ("RIGA, March 10 (Dateline) - An investment conference in Liepaja where Chilean Trade Minister Rosa Paredes "
           "had been due to speak was called off after a storm, organisers said on Wednesday.", date(2027, 3, 10))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.actor.name, ev.place and ev.place.name, ev.date.value, ev.status, len(ev.evidence)) == (
        "Rosa Paredes", "Liepāja", "2027-03-09", "cancelled", 2)


def test_round38_the_speaker_of_a_cancelled_forum_is_its_actor(nlp: Language, tmp_path: Path) -> None:
    text = ("RIGA, March 10 (Dateline) - A business forum in Liepaja where Chilean Trade Minister Rosa Paredes was due "
            "to appear on Friday was postponed, organisers said.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 3, 10))
    assert (ev.actor.name, ev.action, ev.place and ev.place.name, ev.date.value, ev.status) == (
        "Rosa Paredes", "attend", "Liepāja", "2027-03-12", "postponed")


def test_round38_talks_dated_before_between_keep_both_sides(nlp: Language, tmp_path: Path) -> None:
    text = ("SUVA, May 7 (Dateline) - Talks on Wednesday between Education Minister Ratu Kolinio and striking teachers "
            "ended without a deal, the teachers' union said on Friday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 5, 7))
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("meet", "Ratu Kolinio", "2027-05-05", "happened")


def test_round38_a_dated_subject_keeps_its_verb(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 16 (Dateline) - A magistrate on Wednesday charged Marie-Claire Banda, a former port director, "
            "with fraud, the court said.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2028, 3, 16))
    assert (ev.action, ev.actor.name, ev.date.value, ev.status) == ("charged", "Marie-Claire Banda", "2028-03-15",
                                                                    "happened")


def test_round38_a_scheduled_relative_clause_dates_the_journey(nlp: Language, tmp_path: Path) -> None:
    text = ("ULAANBAATAR, Oct 8 (Dateline) - Mongolia's Prime Minister Bat-Erdene Tsogt will fly to Darkhan for the "
            "meeting, which remains scheduled for Thursday, Oct. 14, his office said on Friday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 10, 8))
    assert (ev.action, ev.place and ev.place.name, ev.date.value, ev.status) == ("travel", "Darkhan", "2027-10-14",
                                                                                 "planned")


def test_round38_an_announced_relative_clause_does_not_date_the_journey(nlp: Language, tmp_path: Path) -> None:
    text = ("ULAANBAATAR, Oct 8 (Dateline) - Mongolia's Prime Minister Bat-Erdene Tsogt will fly to Darkhan for the "
            "meeting, which was announced on Monday, his office said on Friday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2027, 10, 8))
    assert (ev.action, ev.date.value) == ("travel", None)


def test_round38_a_world_region_is_kept_whole(nlp: Language, tmp_path: Path) -> None:
    text = ("ACCRA, June 14 (Dateline) - Ghana's President Kwame Asante last travelled to Southeast Asia in 2026 and "
            "will visit Central America next month.")
    events = datelined_events(nlp, tmp_path, text, date(2027, 6, 14))
    assert sorted((e.place and e.place.name, e.date.value) for e in events) == [
        ("Central America", "2027-07"), ("Southeast Asia", "2026")]


def test_round38_a_described_union_is_the_one_the_article_names(nlp: Language, tmp_path: Path) -> None:
    text = ("WINDHOEK, June 14 (Dateline) - Namibia's biggest mining union said on Monday its members would walk off "
            "the job next Monday. The Namibia Mine Workers Union wants a 12 percent raise.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 6, 14)), "protest")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Namibia Mine Workers Union", "2027-06-21", "planned")


def test_round38_a_described_union_stays_generic_when_two_are_named(nlp: Language, tmp_path: Path) -> None:
    text = ("WINDHOEK, June 14 (Dateline) - Namibia's biggest mining union said on Monday its members would walk off "
            "the job next Monday. The Namibia Mine Workers Union and the Namibia Teachers Union back the call.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2027, 6, 14)), "protest")
    assert ev.actor.name not in ("Namibia Mine Workers Union", "Namibia Teachers Union")


def test_round38_a_counterpart_named_after_the_word_is_a_person(tmp_path: Path) -> None:
    plan = ("VALLETTA, Sept 8 (Dateline) - Maltese Prime Minister Paul Vella will host his Armenian counterpart Aram "
            "Sargsyan in Valletta on Sept. 20, the government said on Wednesday.", date(2027, 9, 8))
    moved = ("YEREVAN, Sept 16 (Dateline) - Talks between the prime ministers of Malta and Armenia set for Monday have "
             "been moved from Valletta to Yerevan, the government said on Thursday.", date(2027, 9, 16))
    events = stored(tmp_path, [plan, moved]).events()
    old = next(e for e in events if e.actor.name == "Paul Vella")
    assert (old.place and old.place.name, old.status, len(old.evidence)) == ("Valletta", "cancelled", 2)
    assert "Aram Sargsyan" in [c.name for c in old.counterparts]


def test_round38_a_country_the_recognizer_misses_is_still_a_side(nlp: Language, tmp_path: Path) -> None:
    text = "MBABANE, March 10 (Dateline) - Talks between the trade ministers of Eswatini and Suriname will be held in Mbabane on Tuesday."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2025, 3, 10))
    assert {ev.actor.name, *(c.name for c in ev.counterparts)} == {"Eswatini", "Suriname"}
    assert (ev.action, ev.date.value, ev.status) == ("meet", "2025-03-11", "planned")


def test_round38_states_talks_are_the_talks_their_minister_hosts(tmp_path: Path) -> None:
    plan = ("MBABANE, March 10 (Dateline) - Talks between the trade ministers of Eswatini and Suriname will be held in "
            "Mbabane on Tuesday, the government said on Monday. Trade Minister Sipho Nkosi will receive his Surinamese "
            "counterpart, Anita Kromo, at the ministry.", date(2025, 3, 10))
    done = ("MBABANE, March 12 (Dateline) - Eswatini's Sipho Nkosi and Suriname's Anita Kromo met in Mbabane on "
            "Tuesday, officials said.", date(2025, 3, 12))
    (ev,) = [e for e in stored(tmp_path, [plan, done]).events() if e.action in ("meet", "host")]
    assert (ev.actor.name, ev.date.value, ev.status) == ("Sipho Nkosi", "2025-03-11", "happened")


def test_round38_a_placeless_meeting_after_a_move_is_the_moved_plan_held(tmp_path: Path) -> None:
    plan = ("PARAMARIBO, March 3 (Dateline) - Eswatini's trade minister, Sipho Nkosi, is due to hold talks with his "
            "Surinamese counterpart, Anita Kromo, in Paramaribo on March 11, the ministry said on Monday.", date(2025, 3, 3))
    moved = ("MBABANE, March 10 (Dateline) - Talks between the trade ministers of Eswatini and Suriname will now be held "
             "in Mbabane rather than Paramaribo, the government said on Monday.", date(2025, 3, 10))
    done = ("MBABANE, March 12 (Dateline) - Sipho Nkosi and Anita Kromo met for two hours at the ministry on Tuesday, "
            "an official said.", date(2025, 3, 12))
    events = stored(tmp_path, [plan, moved, done]).events()  # (round 50: one meeting, moved, then held)
    assert [(e.place and e.place.name, e.date.value, e.status) for e in events] == [("Mbabane", "2025-03-11", "happened")]
    assert [h.moved_from.name for h in events[0].history if h.moved_from is not None] == ["Paramaribo"]


def test_round38_had_been_expected_somewhere_is_no_visit_made(nlp: Language, tmp_path: Path) -> None:
    text = ("YEREVAN, Oct 8 (Dateline) - Fijian Trade Minister Vili Naiqama had been expected in Yerevan on Friday to "
            "sign a trade deal, an official said on Monday.")
    assert [e for e in datelined_events(nlp, tmp_path, text, date(2025, 10, 8)) if e.status == "happened"] == []


def test_round38_a_call_for_someone_to_be_freed_is_no_release(nlp: Language, tmp_path: Path) -> None:
    text = ("MAPUTO, July 8 (Dateline) - Police arrested journalist Rui Cossa in Beira on Monday. Press groups condemned "
            "the arrest and called for him to be freed.")
    assert [e.action for e in datelined_events(nlp, tmp_path, text, date(2025, 7, 8))] == ["arrested"]


def test_round38_a_past_call_to_a_crowd_is_no_plan(nlp: Language, tmp_path: Path) -> None:
    text = ("MAPUTO, July 24 (Dateline) - Prosecutors said journalist Rui Cossa had posted messages urging protesters "
            "to block roads in Beira during demonstrations in June.")
    assert datelined_events(nlp, tmp_path, text, date(2025, 7, 24)) == []


def test_round38_an_invited_counterpart_is_not_the_inviter(nlp: Language, tmp_path: Path) -> None:
    text = ("REYKJAVIK, March 12 (Dateline) - Gudrun Eiriksdottir and Omar Al-Thani met in Reykjavik on Tuesday. The "
            "minister also invited his Icelandic counterpart to visit Doha before the end of the year.")
    events = datelined_events(nlp, tmp_path, text, date(2025, 3, 12))
    assert not any(e.action == "visit" and e.actor.name == "Omar Al-Thani" for e in events)


def test_round38_due_to_stand_trial_is_a_planned_trial(nlp: Language, tmp_path: Path) -> None:
    text = ("MAPUTO, July 8 (Dateline) - Journalist Rui Cossa was arrested in Beira on Monday. He is due to stand trial "
            "on July 22, his lawyer said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 7, 8)), "trial")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Rui Cossa", "2025-07-22", "planned")


@pytest.mark.parametrize("second", ["He was charged on Tuesday with defamation.",
                                    "Prosecutors charged him on Tuesday with defamation."])
def test_round38_he_after_an_arrest_is_the_one_arrested(nlp: Language, tmp_path: Path, second: str) -> None:
    text = "MAPUTO, July 9 (Dateline) - Police arrested journalist Rui Cossa in Beira on Monday. " + second
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 7, 9)), "charged")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Rui Cossa", "2025-07-08", "happened")


def test_round38_his_party_after_an_arrest_is_no_act_of_his(nlp: Language, tmp_path: Path) -> None:
    text = ("MAPUTO, July 9 (Dateline) - Police arrested opposition leader Rui Cossa in Beira on Monday. His party "
            "called a march in Beira for Saturday.")
    (march,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 7, 9)), "protest")
    assert march.actor.kind != "person"


def test_round38_union_members_are_the_union_the_article_names(nlp: Language, tmp_path: Path) -> None:
    text = ("GABORONE, April 14 (Dateline) - On Saturday, several thousand union members marched through central "
            "Gaborone to parliament, the Botswana Nurses Union said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 4, 14)), "protest")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Botswana Nurses Union", "2025-04-12", "happened")


def test_round38_an_unnamed_visitors_flight_is_no_visit_of_the_host(nlp: Language, tmp_path: Path) -> None:
    text = ("VIENTIANE, Sept 11 (Dateline) - Lao Trade Minister Khamla Phommavong and his Zambian counterpart held talks "
            "in Vientiane on Wednesday, after the visiting minister's flight was cancelled.")
    events = datelined_events(nlp, tmp_path, text, date(2025, 9, 11))
    assert [(e.action, e.status) for e in events] == [("meet", "happened")]


def test_round38_a_strike_told_again_with_its_hour_is_one_strike(tmp_path: Path) -> None:
    text = ("LUSAKA, Oct 6 (Dateline) - Zambia's largest union of railway workers said on Monday its members would walk "
            "off the job on Thursday in a dispute over pay. The strike is set to begin at 5 a.m. on Thursday at depots "
            "across the country, the union's general secretary said.", date(2025, 10, 6))
    (ev,) = stored(tmp_path, [text]).events()
    assert (ev.action, (ev.date.value or "")[:10], ev.status) == ("protest", "2025-10-09", "planned")


def test_round38_a_nations_strike_put_off_is_its_unions_plan(tmp_path: Path) -> None:
    plan = ("LUSAKA, Oct 6 (Dateline) - Zambia's main nurses' union said on Monday its members would walk off the job "
            "on Thursday over unpaid allowances.", date(2025, 10, 6))
    off = ("LUSAKA, Oct 8 (Dateline) - A strike by Zambian nurses that was due to start on Thursday has been postponed "
           "by two weeks after the government agreed to talks, the union said on Wednesday.", date(2025, 10, 8))
    (ev,) = [e for e in stored(tmp_path, [plan, off]).events() if e.action == "protest"]
    assert (ev.date.value, ev.status, len(ev.evidence)) == ("2025-10-23", "postponed", 2)


def test_round38_a_nations_strike_put_off_joins_the_unions_plan_by_crowd(tmp_path: Path) -> None:
    plan = ("MAPUTO, April 7 (Dateline) - Mozambique's nurses' union said on Monday that its members would stage a "
            "nationwide strike from April 15.", date(2025, 4, 7))
    off = ("MAPUTO, April 14 (Dateline) - A nationwide nurses' strike in Mozambique that had been due to begin on "
           "Tuesday has been postponed until May 6, the union organising it said on Monday.", date(2025, 4, 14))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.date.value, ev.status, len(ev.evidence)) == ("2025-05-06", "postponed", 2)


def test_round38_a_guests_trip_to_the_country_called_off_cancels_the_hosting(tmp_path: Path) -> None:
    plan = ("TBILISI, May 5 (Dateline) - Georgian Prime Minister Levan Kapanadze will host his Armenian counterpart, "
            "Hayk Grigoryan, in Tbilisi on May 20, Kapanadze's office said on Monday.", date(2025, 5, 5))
    off = ("YEREVAN, May 19 (Dateline) - Armenia's prime minister, Hayk Grigoryan, has called off his trip to Georgia, "
           "his office said on Monday.", date(2025, 5, 19))
    (ev,) = stored(tmp_path, [plan, off]).events()
    assert (ev.actor.name, ev.place and ev.place.name, ev.status, len(ev.evidence)) == (
        "Levan Kapanadze", "Tbilisi", "cancelled", 2)


def test_round38_a_place_of_the_acting_body_is_not_the_venue(nlp: Language, tmp_path: Path) -> None:
    text = ("MAPUTO, July 8 (Dateline) - Police in Mozambique arrested opposition activist Rui Cossa in Beira on "
            "Monday, his lawyer said.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2025, 7, 8))
    assert (ev.action, ev.place and ev.place.name, ev.date.value) == ("arrested", "Beira", "2025-07-07")


def test_round38_a_portfolio_after_for_is_no_counterpart(nlp: Language, tmp_path: Path) -> None:
    text = ("SUVA, Oct 6 (Dateline) - Fiji's Minister for Fisheries Affairs, Semi Tikoduadua, will travel to Panama "
            "next week for the signing.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 10, 6)), "travel")
    assert (ev.actor.name, [c.name for c in ev.counterparts]) == ("Semi Tikoduadua", [])


@pytest.mark.parametrize("verb", ["are to meet", "are expected to hold talks with"])
def test_round38_union_leaders_due_to_meet_are_the_actor(nlp: Language, tmp_path: Path, verb: str) -> None:
    text = f"KITWE, Oct 8 (Dateline) - Union leaders {verb} Labour Minister Mwila Chanda in Lusaka on Monday, the union said."
    (ev,) = datelined_events(nlp, tmp_path, text, date(2025, 10, 8))
    assert (ev.actor.name, [c.name for c in ev.counterparts], ev.date.value, ev.status) == (
        "union leaders", ["Mwila Chanda"], "2025-10-13", "planned")


def test_round38_a_counterpart_named_by_role_in_a_pair_subject_takes_the_office(nlp: Language, tmp_path: Path) -> None:
    text = ("VIENTIANE, Sept 11 (Dateline) - Lao Trade Minister Khamla Phommavong and his Zambian counterpart held talks "
            "in Vientiane on Wednesday.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2025, 9, 11))
    assert (ev.actor.name, [c.name for c in ev.counterparts]) == ("Khamla Phommavong", ["Trade Minister of Zambia"])


def test_round38_a_visit_held_a_day_late_with_the_guest_named_by_role_is_the_plan(tmp_path: Path) -> None:
    plan = ("LUSAKA, Sept 4 (Dateline) - Zambian Trade Minister Mwila Chanda is due to travel to Vientiane next Tuesday "
            "for talks with his Lao counterpart, Khamla Phommavong, the ministry said on Thursday.", date(2025, 9, 4))
    held = ("VIENTIANE, Sept 11 (Dateline) - Lao Trade Minister Khamla Phommavong and his Zambian counterpart held talks "
            "in Vientiane on Wednesday, a day later than planned.", date(2025, 9, 11))
    events = stored(tmp_path, [plan, held]).events()
    trip = next(e for e in events if e.actor.name == "Mwila Chanda")
    assert (trip.date.value, trip.status, len(trip.evidence)) == ("2025-09-10", "happened", 2)


def test_round38_news_websites_claim_is_denied_with_the_report(tmp_path: Path) -> None:
    text = ("AMMAN, June 2 (Dateline) - Jordan's foreign ministry on Monday denied reports that Peruvian President Rosa "
            "Quispe would visit Amman next week. Several Peruvian news websites had said over the weekend that Quispe "
            "would travel to Jordan on June 10.", date(2025, 6, 2))
    assert {e.status for e in stored(tmp_path, [text]).events()} == {"denied"}


def test_round38_polls_on_the_same_day_are_on_the_day_told_before(nlp: Language, tmp_path: Path) -> None:
    text = ("DHAKA, Sept 5 (Dateline) - Bangladesh will hold its general election on February 12, 2026, the election "
            "commission announced on Friday. Its chairman said local polls would take place on the same day.")
    assert {e.date.value for e in datelined_events(nlp, tmp_path, text, date(2025, 9, 5))} == {"2026-02-12"}


def test_round38_the_put_off_visit_not_cancelled_is_that_visit(nlp: Language, tmp_path: Path) -> None:
    text = ("OSLO, Oct 6 (Dateline) - A visit to Norway by Croatian Prime Minister Marija Juric, which had been "
            "scheduled for Tuesday, has been postponed until October 21, officials said on Monday. Norwegian Prime "
            "Minister Lars Eide was called to an emergency meeting. \"The visit has not been cancelled,\" a spokesman said.")
    events = datelined_events(nlp, tmp_path, text, date(2025, 10, 6))
    assert [(e.actor.name, e.status) for e in events if e.action == "visit"] == [("Marija Juric", "postponed")]


def test_round38_both_sides_of_a_border_are_no_pair_of_people(nlp: Language, tmp_path: Path) -> None:
    text = ("OSLO, Sept 1 (Dateline) - Norwegian Fisheries Minister Ingrid Berg and her Finnish counterpart Matti "
            "Koskinen are set to meet in Tromso on September 9. Fishermen on both sides of the border staged protests "
            "last year.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 9, 1)), "protest")
    assert (ev.actor.name, ev.counterparts) == ("fishermen", ())


def test_round38_talks_held_as_a_deal_was_signed_take_its_day(nlp: Language, tmp_path: Path) -> None:
    text = ("OSLO, Oct 22 (Dateline) - Norway and Croatia signed a fisheries agreement on Tuesday as Croatian Prime "
            "Minister Marija Juric held talks with Norwegian Prime Minister Lars Eide in Oslo.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 10, 22)), "meet")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Marija Juric", "2025-10-21", "happened")


def test_round38_his_trial_due_to_begin_is_his_on_that_day(nlp: Language, tmp_path: Path) -> None:
    text = ("ZAGREB, July 10 (Dateline) - Croatian police arrested former transport minister Goran Vukic in Split on "
            "Wednesday. His trial is due to begin on September 15, prosecutors said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2025, 7, 10)), "trial")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Goran Vukic", "2025-09-15", "planned")


def test_round38_his_trial_after_an_unnamed_judge_is_the_accused(nlp: Language, tmp_path: Path) -> None:
    text = ("BUENOS AIRES, April 10 (Dateline) - Former health secretary Martin Olmedo was charged with fraud on "
            "Thursday. A federal judge ordered that the former official remain in custody. His trial is set to begin "
            "on May 4, the court said.")
    (ev,) = _of(datelined_events(nlp, tmp_path, text, date(2026, 4, 10)), "trial")
    assert (ev.actor.name, ev.date.value, ev.status) == ("Martin Olmedo", "2026-05-04", "planned")


def test_round38_a_district_of_a_city_is_a_site_of_that_city(nlp: Language, tmp_path: Path) -> None:
    text = ("BUENOS AIRES, March 6 (Dateline) - Argentine police arrested former energy secretary Carlos Medina on "
            "Wednesday at his home in the Palermo district of Buenos Aires, prosecutors said.")
    (ev,) = datelined_events(nlp, tmp_path, text, date(2026, 3, 6))
    assert ev.place is not None and (ev.place.name, ev.place.kind, ev.place.within) == (
        "Palermo", "site", ("Buenos Aires", "Argentina"))
