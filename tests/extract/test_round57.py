"""Round 57 (session 43, audits 213-214): a body of workers of any trade ("the Nigeria Labour Congress") speaks for
the country's "workers", so their walkout is its strike; an organization whose name opens with a country's name is of
that country; "Guinea-Bissau" is not Guinea; crossings reopened and reopenings put off; strikes told as "downed
tools", "called off the strike it had planned for Thursday", "a day of strikes for next Thursday"; a space agency by
its own name is its state; an attendance of "the ceremony" is on the day of what it marks; "put their signatures to";
a tally of lawmakers voting is no vote of its own; "dropped the Peruvian leg of his tour"; a visit to the capital
put off is the visit to the country, and a trip put off takes its stops and signing with it; a lone name read as a
body is the person of that surname; drills named by "codenamed" and dated by "scheduled to start"; "Student
organisers" speak for the students; a signing's city told after its topic ("an agreement on the power cable in
Rabat"); the ceremony attended "with King X" or "at the royal palace"; a leader first named by family name ("Han")
is the full name told later; "to hold talks with X and to meet Y" is two meetings; "a day of protest" staged is the
unions' protest; "the main labour federation" puts off the Trades Union Congress's strike, and "workers heeded a call
... to strike" is that strike held; a body's meeting "held in Gaborone rather than Harare" is the one its members
held there; "India's foreign minister" is the External Affairs Minister seen. Each test states one behaviour. Sentences and names of people are our own. March 10, 2026 is a Tuesday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

_DAY = date(2026, 3, 10)


def _rows(store: object) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None)
            for e in store.events()}  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.parametrize("body", ["Nigeria Labour Congress", "Nigerian Trades Union Federation"])
def test_round57_workers_walking_out_is_the_strike_of_their_labour_body(tmp_path: Path, body: str) -> None:
    store = stored(tmp_path, [
        (f"ABUJA, March 9 (Wire) - The {body} said on Monday that it would start a nationwide strike on Wednesday "
         "over the price of fuel. Offices and schools are expected to close.", date(2026, 3, 9)),
        (f"ABUJA, March 11 (Wire) - Nigerian workers walked out on Wednesday as the strike called by the {body} got "
         "under way, leaving schools shut.", date(2026, 3, 11)),
    ])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert len(strikes) == 1, _rows(store)
    assert (strikes[0].status, strikes[0].date.value) == ("happened", "2026-03-11"), _rows(store)
    assert strikes[0].actor.name == body, _rows(store)


@pytest.mark.slow
def test_round57_a_body_named_after_its_country_is_of_that_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [("NAIROBI, March 10 (Wire) - The Kenya Medical Workers Union will strike on Monday, "
                               "its secretary general said.", _DAY)])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert [(e.actor.name, e.actor.country) for e in strikes] == [("Kenya Medical Workers Union", "Kenya")], _rows(store)


@pytest.mark.slow
def test_round57_a_hyphenated_country_is_not_its_first_word(tmp_path: Path) -> None:
    store = stored(tmp_path, [("BISSAU, Dec 13 (Wire) - Voters in Guinea-Bissau went to the polls on Sunday in a "
                               "legislative election.", date(2026, 12, 13))])
    assert [e.actor.name for e in store.events() if e.action == "vote"] == ["Guinea-Bissau"], _rows(store)


@pytest.mark.slow
def test_round57_a_crossing_reopened_as_planned_and_a_reopening_put_off(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("WARSAW, June 17 (Wire) - Poland will reopen the Kuznica border crossing with Belarus next week, the interior "
         "ministry said on Wednesday.", date(2026, 6, 17)),
        ("KUZNICA, Poland, June 24 (Wire) - Poland reopened its Kuznica crossing with Belarus on Wednesday, letting "
         "the first cars through.",
         date(2026, 6, 24)),
        ("BANGKOK, April 6 (Wire) - Thailand will reopen the Aranyaprathet border checkpoint with Cambodia on Friday.",
         date(2026, 4, 6)),
        ("BANGKOK, April 9 (Wire) - Thailand has postponed the reopening of the Aranyaprathet checkpoint, which had "
         "been due on Friday. No new date was given.", date(2026, 4, 9)),
    ])
    opened = sorted((e.actor.name, e.status, e.date.value) for e in store.events() if e.action == "open")
    assert opened == [("Poland", "happened", "2026-06-24"), ("Thailand", "postponed", None)], _rows(store)


@pytest.mark.slow
def test_round57_talks_about_reopening_a_crossing_open_nothing(tmp_path: Path) -> None:
    store = stored(tmp_path, [("LUSAKA, March 10 (Wire) - Zambia held talks with Malawi on Tuesday about reopening "
                               "the Mwami border crossing.", _DAY)])
    assert [e.action for e in store.events()] == ["meet"], _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status", "day"), [
    ("LIMA, March 10 (Wire) - Workers at the Cerro Verde copper mine downed tools on Tuesday.", "happened",
     "2026-03-10"),
    ("LIMA, March 10 (Wire) - The miners' union on Tuesday called off the general strike it had planned for Thursday.",
     "cancelled", "2026-03-12"),
    ("PARIS, March 10 (Wire) - The unions on Tuesday called a nationwide day of strikes for next Thursday.",
     "planned", "2026-03-12"),
])
def test_round57_strikes_told_in_other_words(tmp_path: Path, text: str, status: str, day: str) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert [(e.status, e.date.value, e.what) for e in strikes] == [(status, day, strikes[0].what)], _rows(store)
    assert strikes[0].what is not None and "strike" in strikes[0].what, _rows(store)


@pytest.mark.slow
def test_round57_a_space_agency_by_its_own_name_is_its_state(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NEW DELHI, May 18 (Wire) - ISRO will launch the EOS-9 radar satellite on Thursday, the agency said.",
         date(2026, 5, 18)),
        ("SRIHARIKOTA, India, May 21 (Wire) - A PSLV rocket lifted off on Thursday and placed the EOS-9 satellite into "
         "orbit, the Indian Space Research Organisation said.", date(2026, 5, 21)),
    ])
    launches = [e for e in store.events() if e.action == "launch"]
    assert [(e.actor.name, e.status, e.date.value) for e in launches] == [("India", "happened", "2026-05-21")], \
        _rows(store)


@pytest.mark.slow
def test_round57_an_attendance_of_the_ceremony_is_on_the_day_of_what_it_marks(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CAIRO, June 3 (Wire) - Egypt will open a new grain terminal at Safaga port on the Red Sea on Sunday, with "
         "President Omar Fathy expected to attend the ceremony.", date(2026, 6, 3)),
        ("SAFAGA, Egypt, June 7 (Wire) - Egypt inaugurated a new grain terminal at Safaga port on Sunday, in a "
         "ceremony attended by President Omar Fathy.", date(2026, 6, 7)),
    ])
    assert sorted((e.actor.name, e.action, e.status, e.date.value) for e in store.events()) == [
        ("Egypt", "open", "happened", "2026-06-07"), ("Omar Fathy", "attend", "happened", "2026-06-07")], _rows(store)
    assert all(e.place is None or e.place.name != "Red Sea" for e in store.events()), _rows(store)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "action"), [
    ("BISHKEK, March 10 (Wire) - Uzbek President Anvar Tursunov and Kyrgyz President Bolot Asanov put their "
     "signatures to a water-sharing accord in Bishkek on Tuesday.", "sign"),
    ("LIMA, March 10 (Wire) - Peru's Congress rejected a motion to remove the interior minister on Tuesday, with "
     "only 48 lawmakers voting in favour.", "vote"),
])
def test_round57_one_act_told_in_other_words(tmp_path: Path, text: str, action: str) -> None:
    store = stored(tmp_path, [(text, _DAY)])
    assert [(e.action, e.status, e.date.value) for e in store.events()] == [(action, "happened", "2026-03-10")], \
        _rows(store)


@pytest.mark.slow
def test_round57_dropping_a_named_leg_calls_off_that_countrys_stop(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BERLIN, March 10 (Wire) - German Chancellor Anton Keller will visit Peru on Friday, the last stop of his "
         "tour of South America.", _DAY),
        ("BOGOTA, March 12 (Wire) - German Chancellor Anton Keller has dropped the Peruvian leg of his tour to return "
         "to Berlin.", date(2026, 3, 12)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.status, e.place.name if e.place else None) for e in visits] == [("cancelled", "Peru")], _rows(store)
    assert all(e.actor.name != "Peru" for e in store.events()), _rows(store)


@pytest.mark.slow
def test_round57_a_visit_to_the_capital_put_off_is_the_visit_to_the_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("KYIV, March 9 (Wire) - Foreign Minister Taras Hnatyuk will visit Moldova on Wednesday to meet his Moldovan "
         "counterpart Ion Cebanu, the ministry said on Monday.", date(2026, 3, 9)),
        ("KYIV, March 10 (Wire) - Hnatyuk's visit to Chisinau has been postponed to next Monday, a ministry spokesman "
         "said.", _DAY),
        ("CHISINAU, March 16 (Wire) - Hnatyuk arrived in Chisinau on Monday and held talks with Cebanu on energy.",
         date(2026, 3, 16)),
    ])
    assert sorted((e.action, e.status, e.date.value) for e in store.events()) == [
        ("meet", "happened", "2026-03-16"), ("visit", "happened", "2026-03-16")], _rows(store)
    meeting = next(e for e in store.events() if e.action == "meet")
    assert [c.name for c in meeting.counterparts] == ["Ion Cebanu"], _rows(store)


@pytest.mark.slow
def test_round57_a_trip_put_off_takes_its_stops_and_its_signing_with_it(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, March 10 (Wire) - Kenyan President Daniel Kiprop will make a state visit to Germany next week. He "
         "is scheduled to hold talks with Chancellor Anton Keller in Berlin next Wednesday and to address a business "
         "forum in Hamburg the following day. The two sides are due to sign a labour agreement next Wednesday.", _DAY),
        ("NAIROBI, March 12 (Wire) - Kiprop's state visit to Germany has been postponed to April, State House said.",
         date(2026, 3, 12)),
    ])
    assert {e.status for e in store.events()} == {"postponed"}, _rows(store)


@pytest.mark.slow
def test_round57_drills_named_by_a_participle_and_dated_by_their_start(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, March 2 (Wire) - Japanese and Philippine forces will hold a joint amphibious exercise, codenamed "
         "Coral Gate, on Palawan later this month. The drills will involve 900 troops and are scheduled to start on "
         "March 23, the military said.", date(2026, 3, 2)),
        ("PUERTO PRINCESA, Philippines, March 23 (Wire) - Philippine and Japanese troops began the Coral Gate "
         "amphibious drills on Monday, landing on a beach in southern Palawan.", date(2026, 3, 23)),
    ])
    assert sorted((e.action, e.status, e.date.value, e.what) for e in store.events()) == [
        ("exercise", "happened", "2026-03-23", "Coral Gate")], _rows(store)


@pytest.mark.slow
def test_round57_student_organisers_move_the_students_rally(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BELGRADE, March 10 (Wire) - Serbian university students said on Tuesday they would hold a large rally in "
         "Belgrade on Saturday.", _DAY),
        ("BELGRADE, March 12 (Wire) - Student organisers have moved Saturday's planned rally from Belgrade to Novi "
         "Sad.", date(2026, 3, 12)),
    ])
    rallies = [e for e in store.events() if e.action == "protest"]
    assert [(e.actor.name, e.status, e.place.name if e.place else None) for e in rallies] == [
        ("students", "planned", "Novi Sad")], _rows(store)


@pytest.mark.slow
def test_round57_a_signing_city_told_after_the_topic_and_the_ceremony_attended_with_the_king(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("RABAT, March 6 (Wire) - Ghana and Morocco will sign an agreement on the Atlantic power cable in Rabat on "
         "Monday. Ghanaian President Kofi Amankwah is expected to attend the ceremony with King Idris.", date(2026, 3, 6)),
        ("RABAT, March 10 (Wire) - Ghana and Morocco signed the power cable agreement in Rabat on Tuesday, a day later "
         "than scheduled. Amankwah and the king attended the ceremony at the royal palace.", _DAY),
    ])
    assert sorted((e.action, e.status, e.date.value, e.place.name if e.place else None) for e in store.events()) == [
        ("attend", "happened", "2026-03-10", "Rabat"), ("sign", "happened", "2026-03-10", "Rabat")], _rows(store)


@pytest.mark.slow
def test_round57_a_leader_first_named_by_family_name_is_the_full_name_later(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ISLAMABAD, March 9 (Wire) - Pakistani Prime Minister Aamir Qureshi is scheduled to hold talks with Premier "
         "Zhao Wen and to meet President Han Lei in Beijing next week, a spokeswoman said.", date(2026, 3, 9)),
        ("BEIJING, March 10 (Wire) - Han is due to host the Pakistani leader on Wednesday, officials said.", _DAY),
        ("BEIJING, March 11 (Wire) - President Han Lei sat down with Aamir Qureshi in Beijing on Wednesday.",
         date(2026, 3, 11)),
    ])
    with_han = [e for e in store.events() if "Han Lei" in {e.actor.name, *(c.name for c in e.counterparts)}]
    assert [(e.status, e.date.value) for e in with_han] == [("happened", "2026-03-11")], _rows(store)
    assert any(e.action == "meet" and [c.name for c in e.counterparts] == ["Zhao Wen"] for e in store.events()), \
        _rows(store)


@pytest.mark.slow
def test_round57_a_day_of_protest_staged_is_the_unions_protest(tmp_path: Path) -> None:
    store = stored(tmp_path, [("PARIS, March 10 (Wire) - French unions staged a day of protest on Tuesday against cuts "
                               "to unemployment benefits.", _DAY)])
    assert [(e.actor.name, e.status, e.date.value) for e in store.events()] == [("unions", "happened", "2026-03-10")], \
        _rows(store)


@pytest.mark.slow
def test_round57_the_labour_federation_puts_off_and_workers_heed_the_call(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, March 4 (Wire) - The Ghana Trades Union Congress said on Wednesday it would begin a nationwide general "
         "strike next Wednesday over the minimum wage.", date(2026, 3, 4)),
        ("ACCRA, March 9 (Wire) - Ghana's main labour federation has put off a general strike that was due to start on "
         "Wednesday. The strike will now begin on March 25, the Ghana Trades Union Congress said.", date(2026, 3, 9)),
        ("ACCRA, March 25 (Wire) - Offices and schools were shut across Ghana on Wednesday as workers heeded a call by "
         "the Ghana Trades Union Congress to strike over the minimum wage.", date(2026, 3, 25)),
    ])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert [(e.actor.name, e.status, e.date.value) for e in strikes] == [
        ("Ghana Trades Union Congress", "happened", "2026-03-25")], _rows(store)


@pytest.mark.slow
def test_round57_a_body_meeting_held_elsewhere_is_the_meeting_its_members_held(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("HARARE, March 9 (Wire) - Foreign ministers of the Southern African Development Community will meet in Harare "
         "on Thursday, the foreign ministry said on Monday.", date(2026, 3, 9)),
        ("GABORONE, March 11 (Wire) - Thursday's meeting of SADC foreign ministers will be held in Gaborone rather than "
         "Harare, the bloc's secretariat said.", date(2026, 3, 11)),
        ("GABORONE, March 12 (Wire) - SADC foreign ministers met in Gaborone on Thursday and called for a ceasefire.",
         date(2026, 3, 12)),
    ])
    assert sorted((e.status, e.place.name if e.place else None) for e in store.events()) == [
        ("cancelled", "Harare"), ("happened", "Gaborone")], _rows(store)


@pytest.mark.slow
def test_round57_a_countrys_foreign_minister_is_its_external_affairs_minister(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NEW DELHI, March 2 (Wire) - External Affairs Minister Arjun Mehra will travel to Uzbekistan later this month "
         "and is expected to meet his Uzbek counterpart Timur Rashidov in Tashkent, the ministry said.",
         date(2026, 3, 2)),
        ("TASHKENT, March 19 (Wire) - India's foreign minister held talks with Uzbek Foreign Minister Timur Rashidov in "
         "Tashkent on Thursday.", date(2026, 3, 19)),
    ])
    meetings = [e for e in store.events() if e.action == "meet"]
    assert [(e.actor.name, e.status, e.date.value) for e in meetings] == [("Arjun Mehra", "happened", "2026-03-19")], \
        _rows(store)
