"""Round 64 (session 50): a bare surname opening a clause before "and [nationality] [title] [full name]", which the
parser hangs on the named person as a modifier, is a conjoined subject: "Boric and Argentine President Javier Milei
signed an accord" is Boric's signing with Milei. Each test states one behaviour. Sentences and names are our own.
March 12, 2026 is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 3, 12)


def _events(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return [e for _, ex in extract(articles, get_nlp(settings)) for e in ex.events]


@pytest.mark.parametrize(("text", "action", "actor", "partner"), [
    ("VALPARAISO, March 12 (Wire) - Corvalan and Peruvian President Dina Ochoa signed a fisheries accord on Tuesday.",
     "sign", "Corvalan", "Dina Ochoa"),
    ("VALPARAISO, March 12 (Wire) - During the rescheduled visit on Tuesday, Corvalan and Peruvian President Dina "
     "Ochoa signed a fisheries accord.", "sign", "Corvalan", "Dina Ochoa"),
    ("Mwakyusa and Kenyan President Samuel Kiprono met in Arusha on Monday.", "meet", "Mwakyusa", "Samuel Kiprono"),
])
def test_round64_a_bare_name_before_a_titled_name_is_a_second_subject(text: str, action: str, actor: str,
                                                                      partner: str) -> None:
    events = [e for e in _events(text) if e.action == action]
    assert [(e.actor.name, [c.name for c in e.counterparts], e.status, e.date.value) for e in events] == \
        [(actor, [partner], "happened", "2026-03-10" if "Tuesday" in text else "2026-03-09")]


def test_round64_a_title_alone_before_the_name_is_no_second_person() -> None:
    events = _events("VALPARAISO, March 12 (Wire) - Peruvian President Dina Ochoa signed a fisheries accord on "
                     "Tuesday.")
    assert [(e.actor.name, e.counterparts) for e in events if e.action == "sign"] == [("Dina Ochoa", ())]


@pytest.mark.parametrize(("text", "status", "day", "what"), [
    ("QUITO, March 12 (Wire) - Ecuadorean President Tomas Arrieta on Wednesday vetoed the mining bill passed by the "
     "National Assembly last month.", "happened", "2026-03-11", "mining bill"),
    ("QUITO, March 12 (Wire) - Ecuadorean President Tomas Arrieta will veto the mining bill on Friday, his office "
     "said.", "planned", "2026-03-13", "mining bill"),
    ("QUITO, March 12 (Wire) - President Tomas Arrieta has threatened to veto the budget if lawmakers do not cut spending.",
     "uncertain", None, "budget"),
])
def test_round64_a_veto_is_its_own_family(text: str, status: str, day: str | None, what: str) -> None:
    events = [e for e in _events(text) if e.action == "veto"]
    assert [(e.status, e.date.value, e.what) for e in events] == [(status, day, what)]
    assert events[0].actor.name.endswith("Arrieta")
    assert events[0].cameo == ("129" if status == "happened" else "")


def test_round64_a_vetoed_resolution_is_a_states_act() -> None:
    events = [e for e in _events("GENEVA, March 12 (Wire) - Russia vetoed a Security Council resolution on the "
                                 "ceasefire on Wednesday.") if e.action == "veto"]
    assert [(e.actor.name, e.status, e.date.value, e.plover) for e in events] == \
        [("Russia", "happened", "2026-03-11", "REJECT")]


@pytest.mark.parametrize("text", [
    "QUITO, March 12 (Wire) - Ecuadorean President Tomas Arrieta will veto the mining bill passed by the National "
    "Assembly last week, his office said.",
    "QUITO, March 12 (Wire) - Ecuadorean President Tomas Arrieta will sign the fisheries agreement reached last week, "
    "his office said.",
])
def test_round64_a_past_day_of_the_objects_participle_does_not_date_a_plan(text: str) -> None:
    events = [e for e in _events(text) if e.action in ("veto", "sign")]
    assert [(e.status, e.date.value) for e in events] == [("planned", None)]


@pytest.mark.parametrize(("text", "status"), [
    ("ACCRA, March 12 (Wire) - Former president Kofi Addo-Boateng was laid to rest on Tuesday in Accra with full "
     "military honours.", "happened"),
    ("ACCRA, March 12 (Wire) - Mourners lined the streets on Tuesday as former president Kofi Addo-Boateng was laid to "
     "rest in Accra.", "happened"),
    ("ACCRA, March 12 (Wire) - Former president Kofi Addo-Boateng was buried on Tuesday in Accra.", "happened"),
    ("ACCRA, March 12 (Wire) - Former president Kofi Addo-Boateng will be buried on Saturday in his home village.",
     "planned"),
])
def test_round64_a_burial_is_the_dead_persons_funeral(text: str, status: str) -> None:
    events = [e for e in _events(text) if e.action == "funeral"]
    assert [(e.actor.name, e.status) for e in events] == [("Kofi Addo-Boateng", status)]


@pytest.mark.parametrize("text", [
    "ACCRA, March 12 (Wire) - The villagers decided to rest on Sunday.",
    "ACCRA, March 12 (Wire) - Rescuers said dozens of bodies were buried under the rubble on Tuesday.",
])
def test_round64_no_funeral_without_a_person_laid_to_rest(text: str) -> None:
    assert not [e for e in _events(text) if e.action == "attend"]


def test_round64_guests_among_them_and_at_the_funeral_take_its_day_and_place() -> None:
    planned = _events("ACCRA, March 9 (Wire) - The state funeral of former Ghanaian president Kofi Addo-Boateng will be "
                      "held on Saturday in Accra, the government said. Several heads of state are expected to attend, "
                      "among them Senegalese President Moussa Ndiaye, officials said.", date(2026, 3, 9))
    assert ("Moussa Ndiaye", "planned", "Accra", "2026-03-14") in \
        {(e.actor.name, e.status, e.place.name if e.place else None, e.date.value) for e in planned}
    held = _events("ACCRA, March 14 (Wire) - Mourners filled the streets of Accra on Saturday as former president Kofi "
                   "Addo-Boateng was laid to rest. Senegalese President Moussa Ndiaye was among the foreign "
                   "dignitaries who attended the funeral at Independence Square.", date(2026, 3, 14))
    assert ("Moussa Ndiaye", "happened", "2026-03-14") in {(e.actor.name, e.status, e.date.value) for e in held}


def test_round64_guests_of_a_ceremony_with_its_city_take_the_swearing_ins_day() -> None:
    events = _events("SANTIAGO, March 2 (Wire) - Chile's president-elect Camila Fuentes will take office on March 11, "
                     "and Peruvian President Dina Ochoa has confirmed she will attend the ceremony in Valparaiso, the "
                     "foreign ministry said.", date(2026, 3, 2))
    assert ("Dina Ochoa", "attend", "2026-03-11") in {(e.actor.name, e.action, e.date.value) for e in events}


def test_round64_a_meeting_after_the_inauguration_is_on_its_day() -> None:
    events = _events("VALPARAISO, March 11 (Wire) - Camila Fuentes was sworn in as president of Chile on Wednesday. "
                     "Peruvian President Dina Ochoa attended the ceremony at the National Congress. After the "
                     "inauguration, Fuentes met Ochoa for talks on trade.", date(2026, 3, 11))
    assert [e.date.value for e in events if e.action == "meet"] == ["2026-03-11"]


def test_round64_a_trip_called_off_for_an_inauguration_is_the_guests_attendance_not_the_ceremony() -> None:
    events = _events("PRETORIA, May 7 (Wire) - South African President Sipho Dube has called off his trip to Lusaka "
                     "for Friday's inauguration of Zambia's new president, his office said on Thursday. Deputy "
                     "President Naledi Khumalo will attend the ceremony in his place, a spokesman said.",
                     date(2026, 5, 7))
    rows = {(e.actor.name, e.action, e.status, e.date.value) for e in events}
    assert ("Sipho Dube", "attend", "cancelled", "2026-05-08") in rows
    assert not [e for e in events if e.action == "inaugurate"]
    stand_in = [e for e in events if e.actor.name == "Naledi Khumalo"]
    assert [(e.action, e.status, e.date.value, e.counterparts) for e in stand_in] == \
        [("attend", "planned", "2026-05-08", ())]


def test_round64_a_trip_rescheduled_for_a_later_date_is_put_off_with_no_day() -> None:
    events = _events("VATICAN CITY, April 20 (Wire) - The Pope's visit to Lebanon has been postponed because of an "
                     "infection, the Vatican said on Monday. The trip, which had been set for Friday, will be "
                     "rescheduled for a later date, a spokesman said.", date(2026, 4, 20))
    assert [(e.action, e.status, e.date.value) for e in events] == [("visit", "postponed", None)]


@pytest.mark.parametrize("word", ["monarch", "sovereign"])
def test_round64_the_nationalitys_monarch_is_the_king_named_before(word: str) -> None:
    events = _events("NAIROBI, March 10 (Wire) - King Haakon of Norway arrived in Nairobi on Tuesday at the start of "
                     f"a state visit. The Norwegian {word} laid a wreath at the Nyayo monument later in the day.",
                     date(2026, 3, 10))
    assert {e.actor.name for e in events} == {"Haakon"}


def test_round64_a_bare_king_under_a_republics_dateline_is_no_king_of_it() -> None:
    events = _events("BOGOTA, April 15 (Wire) - Students protested in Bogota on Wednesday. Organisers said they would "
                     "gather again when the king arrives.", date(2026, 4, 15))
    assert not [e for e in events if "King" in e.actor.name]
    spain = _events("MADRID, April 15 (Wire) - The king will visit Colombia on Monday.", date(2026, 4, 15))
    assert [e.actor.name for e in spain] == ["King of Spain"]


def test_round64_people_among_the_guests_at_the_ceremony_attended_it() -> None:
    events = _events("LUSAKA, May 8 (Wire) - Chanda Mulenga was sworn in as Zambia's president on Friday at the Heroes "
                     "Stadium. Kenyan President Samuel Kiprono and Malawian President Esther Banda were among the "
                     "foreign guests at the ceremony.", date(2026, 5, 8))
    assert {(e.actor.name, e.status, e.date.value) for e in events if e.action == "attend"} == \
        {("Samuel Kiprono", "happened", "2026-05-08"), ("Esther Banda", "happened", "2026-05-08")}


def test_round64_among_the_critics_of_a_summit_is_no_attendance() -> None:
    assert not _events("NAIROBI, May 8 (Wire) - Kenyan President Samuel Kiprono was among the critics of the plan on "
                       "Friday.", date(2026, 5, 8))


def test_round64_talks_on_the_sidelines_of_a_funeral_are_on_its_day() -> None:
    events = _events("VIENNA, May 20 (Wire) - Austria held a state funeral for former chancellor Karl Brenner on "
                     "Wednesday in Vienna. On the sidelines of the ceremony, Hungarian Prime Minister Gabor Toth and "
                     "Czech President Jan Dvorak held talks on a gas pipeline.", date(2026, 5, 20))
    assert [(e.status, e.date.value) for e in events if e.action == "meet"] == [("happened", "2026-05-20")]


@pytest.mark.parametrize("text", [
    "BRASILIA, Feb 9 (Wire) - The government on Monday announced President Luiz Amaral's visit to Japan next week.",
    "BRASILIA, Feb 9 (Wire) - The foreign ministry confirmed President Luiz Amaral's trip to Japan next week.",
    "VATICAN CITY, Feb 9 (Wire) - The Holy See on Monday published the programme of Pope Leo XV's trip to Japan next "
    "week.",
    "VATICAN CITY, Feb 9 (Wire) - The Vatican released details of Pope Leo XV's visit to Japan next week.",
])
def test_round64_a_trip_announced_or_published_is_planned_on_its_own_day(text: str) -> None:
    events = [e for e in _events(text, date(2026, 2, 9)) if e.action == "visit"]
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in events] == \
        [("planned", "2026-W08", "Japan")]


def test_round64_a_trip_told_during_is_no_plan_of_a_document() -> None:
    events = _events("BRASILIA, Feb 9 (Wire) - Amaral announced the deal during his visit to Japan on Monday.",
                     date(2026, 2, 9))
    assert not [e for e in events if e.action == "visit" and e.status == "planned"]


def test_round64_a_thing_found_buried_is_no_funeral() -> None:
    events = _events("BUFFALO, March 12 (Wire) - Based on evidence including a rifle found in April buried near the "
                     "doctor's house, police charged Thomas Korda.", date(2026, 3, 12))
    assert not [e for e in events if e.action == "attend"]


def test_round64_a_king_of_one_state_is_no_namesake_of_another() -> None:
    events = _events("WASHINGTON, Aug 15 (Wire) - Iraq's Karim Hassan today promised to release prisoners. Also today, "
                     "King Hassan of Jordan arrived in Washington. King Hassan was reportedly carrying a message to the "
                     "president. The monarch will meet the president on Thursday in Kennebunkport.", date(2026, 8, 15))
    rows = {(e.actor.name, e.action) for e in events}
    assert ("Hassan", "arrive") in rows and ("Hassan", "meet") in rows
    assert not [e for e in events if e.actor.name == "Karim Hassan" and e.action in ("arrive", "meet")]


def test_round64_a_confidence_vote_on_a_named_government_put_off_is_a_story_reference() -> None:
    settings = load_settings()
    articles = read_text(("SOFIA, April 9 (Wire) - The confidence vote on Prime Minister Ivan Petrov's government has "
                          "been postponed until next Tuesday, parliament's speaker said on Wednesday.").encode(),
                         "x.txt", settings, date(2026, 4, 9))
    refs = [r for _, ex in extract(articles, get_nlp(settings)) for r in ex.references]
    assert [(r.action, r.status, r.date.value, r.actor.country) for r in refs] == \
        [("vote", "postponed", "2026-04-14", "Bulgaria")]


def test_round64_an_election_a_dissolution_makes_way_for_is_the_countrys() -> None:
    events = _events("TOKYO, Sept 30 (Wire) - Prime Minister Kenji Mori dissolved the lower house on Tuesday, setting "
                     "the stage for a general election on October 26.", date(2026, 9, 30))
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "vote"] == \
        [("Japan", "planned", "2026-10-26")]


def test_round64_a_nomination_approved_is_the_appointment_made() -> None:
    events = _events("ACCRA, Oct 2 (Wire) - Ghana's parliament on Friday approved the nomination of Abena Owusu as "
                     "defence minister, clearing the way for her to be sworn in next Monday.", date(2026, 10, 2))
    rows = {(e.actor.name, e.action, e.status, e.date.value) for e in events}
    assert ("Abena Owusu", "appointed", "happened", "2026-10-02") in rows
    assert ("Abena Owusu", "inaugurate", "planned", "2026-10-05") in rows
