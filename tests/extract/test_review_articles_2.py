"""Own-words articles of the second adversarial review round (diplomatic and political wire genres): the exact events.

Each row: fixture file, publication day, and every event as (action, actor, counterparts, place, date value,
status), in the order extraction gives them. Genres: a tour's final leg, a state visit with signed pacts, a
phone-call readout, talks that ended without a deal, a skipped summit and a trip cut short, a protest and an
attack (no events), an election with a planned inauguration, reported speech and the past perfect, a
retrospective paragraph and a correction line, two actors of one surname, titles that change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import Row, fixture_events, row

pytestmark = pytest.mark.slow


CASES: list[tuple[str, date, list[Row]]] = [
    ("tour_final_leg.txt", date(2026, 5, 12), [
        ("arrive", "Cyril Ramaphosa", (), "Lusaka", "2026-05-12", "happened"),
        # undated talks at a site in the city he arrived in on the publication day: that day
        ("meet", "Cyril Ramaphosa", ("Hakainde Hichilema",), "State House", "2026-05-12", "happened"),
        # "the two leaders witnessed the signing": the pair named earlier in the same sentence, at their talks
        ("sign", "Cyril Ramaphosa", ("Hakainde Hichilema",), "State House", "2026-05-12", "happened"),
        # "flown in from Windhoek, where he met ...": the place the relative clause describes
        ("meet", "Cyril Ramaphosa", ("Netumbo Nandi-Ndaitwah",), "Windhoek", "2026-05-11", "happened"),
        # "was in Gaborone for talks with ..."
        ("meet", "Cyril Ramaphosa", ("Duma Boko",), "Gaborone", "2026-05-10", "happened"),
        # "fly back to Pretoria"
        ("travel", "Cyril Ramaphosa", (), "Pretoria", "2026-05-13", "planned"),
    ]),
    ("state_visit_mou.txt", date(2026, 8, 20), [
        ("host", "Luong Cuong", ("Prabowo Subianto",), "Presidential Palace", "2026-08-20", "happened"),
        # "at the start of a two-day state visit": the guest's visit to the host's country, Thursday and Friday
        ("visit", "Prabowo Subianto", ("Luong Cuong",), "Vietnam", "2026-08-20", "ongoing"),
        # "signed a memorandum ... and witnessed the signing of five other agreements": one signing, at the welcome
        ("sign", "Luong Cuong", ("Prabowo Subianto",), "Presidential Palace", "2026-08-20", "happened"),
        # "The two countries also inked a deal on the boundary ...": the two presidents' states, at the same signing
        ("sign", "Vietnam", ("Indonesia",), "Presidential Palace", "2026-08-20", "happened"),
        # "Prabowo and Luong Cuong agreed to raise two-way trade to $25 billion by 2030": their agreement (round 83)
        ("agree", "Prabowo Subianto", ("Luong Cuong",), "Hanoi", None, "happened"),
        ("travel", "Prabowo Subianto", (), "Ho Chi Minh City", "2026-08-21", "planned"),
    ]),
    ("phone_readout.txt", date(2026, 2, 9), [
        ("call", "Narendra Modi", ("Anthony Albanese",), None, "2026-02-09", "happened"),
        # "the two leaders agreed to conclude an expanded trade agreement this year": their agreement (round 83), not
        # dated by the year the deal is due
        ("agree", "Narendra Modi", ("Anthony Albanese",), None, None, "happened"),
        # "held a call with" a person is a call without "phone"
        ("call", "Narendra Modi", ("Mark Carney",), None, "2026-02-08", "happened"),
        # "Albanese invited Modi to visit Australia": Modi visits, the inviter is his counterpart
        ("visit", "Narendra Modi", ("Anthony Albanese",), "Australia", "2026-09", "planned"),
    ]),
    ("talks_no_deal.txt", date(2026, 10, 15), [
        # placed by the headline: "Serbia-Kosovo Talks In Brussels End Without Deal"
        ("meet", "Aleksandar Vucic", ("Albin Kurti",), "Brussels", "2026-10-15", "happened"),
        # "the two leaders met Kallas separately": one meeting each; the speaker of sentence 1 is not in the pair; both
        # were reported in the dateline city, Brussels, where they met (round 6)
        ("meet", "Aleksandar Vucic", ("Kaja Kallas",), "Brussels", None, "happened"),
        ("meet", "Albin Kurti", ("Kaja Kallas",), "Brussels", None, "happened"),
        ("depart", "Aleksandar Vucic", (), "Brussels", None, "happened"),
    ]),
    ("skipped_summit.txt", date(2026, 11, 20), [
        # "pulled out of the summit on Friday": Friday is the decision's day, not the summit's
        ("attend", "Luiz Inacio Lula da Silva", (), "New Delhi", None, "cancelled"),
        # "... and cut short a visit to Japan": the first conjunct's cue does not cancel the second's object
        ("visit", "Luiz Inacio Lula da Silva", (), "Japan", "2026-11-20", "happened"),
        # "Foreign Minister Mauro Vieira will lead the Brazilian delegation instead": at the summit named before
        ("attend", "Mauro Vieira", (), "New Delhi", None, "planned"),
        # "on Friday evening, a day earlier than planned": the comparison is no date
        ("depart", "Luiz Inacio Lula da Silva", (), "Tokyo", "2026-11-20TEV", "happened"),
        # "left Tokyo ... after meeting X": happened, in the place left
        ("meet", "Luiz Inacio Lula da Silva", ("Sanae Takaichi",), "Tokyo", "2026-11-20TEV", "happened"),
        ("visit", "Luiz Inacio Lula da Silva", (), "Nagoya", None, "cancelled"),
        # "also skipped the summit": the summit named earlier, in New Delhi
        ("attend", "Cyril Ramaphosa", (), "New Delhi", None, "cancelled"),
        ("arrive", "Luiz Inacio Lula da Silva", (), "New Delhi", "2026-11-21", "cancelled"),
    ]),
    # the march itself is a protest of the crowd there; tear gas, "Riot police met the marchers", an attack on a police
    # post: no events of officials
    ("protest_attack.txt", date(2026, 6, 25), [
        ("protest", "protesters", (), "Nairobi", "2026-06-25", "happened"),
    ]),
    ("election_inauguration.txt", date(2026, 2, 3), [
        # "Elena Rojas won Costa Rica's presidential election on Sunday": the election took place, Costa Rica's
        ("vote", "Costa Rica", (), None, "2026-02-01", "happened"),
        # "President-elect Rojas will be sworn in on May 8": her swearing-in (families round 10)
        ("inaugurate", "Elena Rojas", (), "San José", "2026-05-08", "planned"),  # (round 70: a swearing-in with no
        # place of its own is in the dateline's city of its country)
        ("travel", "Elena Rojas", (), "Washington", None, "planned"),
        # "a Central American summit": a region, not the United States
        ("attend", "Elena Rojas", (), "Panama", "2026-03", "planned"),
        # "congratulated Rojas by telephone"; "Rojas" is her surname, not the Argentine town
        ("call", "Rodrigo Chaves", ("Elena Rojas",), None, "2026-02-02", "happened"),
        # "invited her ... for talks on Wednesday": the coming Wednesday
        ("meet", "Rodrigo Chaves", ("Elena Rojas",), None, "2026-02-04", "planned"),
    ]),
    ("reported_speech.txt", date(2026, 4, 16), [
        ("travel", "Recep Tayyip Erdogan", ("Vladimir Putin",), "Moscow", "2026-05", "planned"),
        ("meet", "Recep Tayyip Erdogan", ("Yuri Ushakov",), "Istanbul", None, "happened"),
        ("visit", "Recep Tayyip Erdogan", (), "Azerbaijan", None, "happened"),
        # "visited Azerbaijan ... to attend a conference": happened, at the trip's destination
        ("attend", "Recep Tayyip Erdogan", (), "Azerbaijan", None, "happened"),
        # "had held a call with ... to prepare the visit": a call, and no visit of Fidan's
        ("call", "Hakan Fidan", ("Sergei Lavrov",), None, "2026-04-14", "happened"),
    ]),
    ("retrospective_correction.txt", date(2026, 7, 6), [
        ("visit", "Sanae Takaichi", ("Narendra Modi",), "India", "2026-W29", "planned"),
        ("arrive", "Sanae Takaichi", (), "New Delhi", "2026-07-14", "planned"),
        ("meet", "Sanae Takaichi", ("Narendra Modi",), "New Delhi", "2026-07-15", "planned"),
        # "..., before travelling to Mumbai": not the talks' day; within the visit week
        ("travel", "Sanae Takaichi", (), "Mumbai", "2026-W29", "planned"),
        ("visit", "Narendra Modi", (), "Tokyo", "2025", "happened"),
        # "the defence ministers of the two countries met": unnamed people, not Modi;
        # "(This story has been corrected ...)": a note, no event
        ("visit", "Narendra Modi", (), "Sendai", "2025", "happened"),
    ]),
    ("same_surname.txt", date(2026, 9, 5), [
        ("travel", "Shehbaz Sharif", (), "Beijing", "2026-09-07", "planned"),
        # "for a four-day official visit": the visit itself, from Monday
        ("visit", "Shehbaz Sharif", (), "Beijing", "2026-09-07", "planned"),
        # "his office said on Saturday, as his elder brother, former prime minister Nawaz Sharif, left for London":
        # Nawaz, travelling at the time of the saying
        ("travel", "Nawaz Sharif", (), "London", "2026-09-05", "happened"),
        ("meet", "Shehbaz Sharif", ("Xi Jinping", "Li Qiang"), "Beijing", "2026-09-07", "planned"),
        ("sign", "Shehbaz Sharif", (), "Beijing", "2026-09-07", "planned"),
        # "before his departure": a frame with no place, date or partner is no event
        ("meet", "Nawaz Sharif", ("Asim Munir",), "Lahore", "2026-09-04", "happened"),
        ("host", "Yousuf Raza Gilani", ("Jiang Zaidong",), "Islamabad", "2026-09-04", "happened"),
    ]),
    ("designate_titles.txt", date(2026, 3, 10), [
        ("meet", "Hamid al-Rubaie", ("Abdul Latif Rashid",), "Salam Palace", "2026-03-10", "happened"),
        ("meet", "Hamid al-Rubaie", ("Mohammed Shia al-Sudani",), None, "2026-03-09", "happened"),
        # "Sudani" is "Mohammed Shia al-Sudani"
        ("travel", "Mohammed Shia al-Sudani", (), "Tehran", "2026-03-14", "planned"),
    ]),
]

#: (fixture, publication day, actor name, title the events give that actor)
TITLES: list[tuple[str, date, str, str | None]] = [
    ("designate_titles.txt", date(2026, 3, 10), "Hamid al-Rubaie", "Prime Minister-designate"),
    ("designate_titles.txt", date(2026, 3, 10), "Mohammed Shia al-Sudani", "outgoing Prime Minister"),
    ("same_surname.txt", date(2026, 9, 5), "Nawaz Sharif", "former Prime Minister"),
    ("same_surname.txt", date(2026, 9, 5), "Shehbaz Sharif", "Prime Minister"),
    ("same_surname.txt", date(2026, 9, 5), "Yousuf Raza Gilani", "acting President"),
    ("election_inauguration.txt", date(2026, 2, 3), "Rodrigo Chaves", "outgoing President"),
]


@pytest.mark.parametrize("name,published,want", CASES, ids=[c[0] for c in CASES])
def test_review_articles_2_exact_events(nlp: Language, fixtures_dir: Path, name: str, published: date, want: list[Row]) -> None:
    got = [row(e) for e in fixture_events(nlp, fixtures_dir / "articles" / name, published)]
    assert got == want


@pytest.mark.parametrize("name,published,actor,title", TITLES, ids=[f"{t[0]}-{t[2]}" for t in TITLES])
def test_review_articles_2_actor_titles(nlp: Language, fixtures_dir: Path, name: str, published: date, actor: str,
                                        title: str | None) -> None:
    titles = {e.actor.title for e in fixture_events(nlp, fixtures_dir / "articles" / name, published) if e.actor.name == actor}
    assert titles == {title}
