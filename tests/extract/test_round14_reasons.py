"""Reason and circumstance phrases, round 14 (from a fresh-article check): what a reason phrase names is another
thing than the event it explains. An event noun inside "because of", "due to", "amid" or "citing", with no doer of its
own, is no act of the sentence's actor ("cancelled her trip because of a parliamentary session in Tokyo" is no
meeting of hers); a place inside such a phrase is not the event's place; a noun with its own doer ("due to a strike
by air traffic controllers") is kept. A past-tense verb the parser conjoins to a participle phrase ("cancelled the
stop, citing a vote of confidence, and flew back to Lisbon") is a second verb of the main clause: it happened, it was
not cancelled.

Sentences and names are our own; each test states one behaviour.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.extract.reasons import reason_noun

from .fixture_articles import text_events as _events

OCT20 = date(2026, 10, 20)
JUN12 = date(2026, 6, 12)


@pytest.mark.slow
def test_event_noun_in_a_because_of_phrase_is_no_act_of_the_actor(nlp: Language) -> None:
    text = ("Prime Minister Aiko Morita had been due to attend the summit in Manila on October 26 but cancelled her "
            "trip because of a parliamentary session in Tokyo, officials said on Monday.")
    evs = _events(nlp, text, OCT20)
    assert not [e for e in evs if e.action == "meet"]
    assert all(e.place is None or e.place.name != "Tokyo" for e in evs), [(e.action, e.place) for e in evs]
    assert any(e.action == "attend" and e.status == "cancelled" for e in evs)


@pytest.mark.slow
def test_event_noun_after_citing_is_no_act_of_the_actor(nlp: Language) -> None:
    text = ("Prime Minister Rui Castelo cancelled his visit to Porto Alegre on Friday, citing a vote of confidence "
            "called in parliament for Monday.")
    evs = _events(nlp, text, JUN12)
    assert not [e for e in evs if e.action == "vote" and e.actor.name == "Rui Castelo"]


@pytest.mark.slow
def test_place_in_an_amid_phrase_is_not_the_venue(nlp: Language) -> None:
    text = "Foreign Minister Lena Varga met her Austrian counterpart on Friday amid protests in Budapest."
    evs = [e for e in _events(nlp, text, JUN12) if e.action == "meet"]
    assert evs and all(e.place is None or e.place.name != "Budapest" for e in evs)


@pytest.mark.slow
@pytest.mark.parametrize("text,noun,expected", [
    ("All flights were cancelled on Friday due to a strike by air traffic controllers.", "strike", True),  # (an
    # unnamed crowd names no doer the strike could be stored under: round 41)
    ("All flights were cancelled on Friday due to a strike by the Air Traffic Controllers Union.", "strike", False),
    ("All flights were cancelled on Friday due to a strike.", "strike", True),
    ("She cancelled the trip because of the union's strike.", "strike", False),
    ("She cancelled the trip, citing a vote of confidence.", "vote", True),
    ("She will attend a meeting on Friday.", "meeting", False),
])
def test_reason_noun_needs_no_doer_of_its_own(nlp: Language, text: str, noun: str, expected: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == noun)
    assert reason_noun(tok) is expected


@pytest.mark.slow
def test_past_verb_conjoined_to_a_participle_phrase_is_not_cancelled(nlp: Language) -> None:
    text = ("Prime Minister Rui Castelo cancelled his planned stop in Porto Alegre, citing a vote of confidence "
            "called in parliament for Monday, and flew back to Lisbon on Friday night.")
    back = [e for e in _events(nlp, text, JUN12) if e.action == "travel" and e.place is not None
            and e.place.name == "Lisbon"]
    assert back and back[0].status == "happened" and back[0].date.value == "2026-06-12"
