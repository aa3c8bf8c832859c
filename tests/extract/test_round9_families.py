"""Families, round 9: sanctions told by their kind ("asset freezes", "travel bans") or approved, a plan whose event
noun "collapsed" or "fell through" (called off; talks that collapsed were held), and what a "prisoner exchange"
exchanges.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import Row, text_events as _events, what_rows as _rows

pytestmark = pytest.mark.slow

#: A Thursday: "on Monday" (past) is 2026-05-04, "on Friday" (ahead) 2026-05-08.
ANCHOR = date(2026, 5, 7)



# 1. sanctions by their kind; a group aimed at keeps its state beside the member it names


def test_asset_freezes_read_as_a_verb_are_a_sanction(nlp: Language) -> None:
    """The parser reads "freezes" as a verb with "asset" its subject; it is the object of "imposed"."""
    text = "Canada on Monday imposed asset freezes and travel bans on four Zambian officials, including Finance Minister Obed Mulenga."
    assert _rows(_events(nlp, text, ANCHOR), ("sanction",)) == [
        ("sanction", "Canada", ("Obed Mulenga", "Zambia"), "asset freezes", "2026-05-04", "happened")]


def test_travel_ban_is_a_sanction(nlp: Language) -> None:
    assert _rows(_events(nlp, "Norway imposed a travel ban on three Zambian judges on Monday.", ANCHOR), ("sanction",)) == [
        ("sanction", "Norway", ("Zambia",), "travel ban", "2026-05-04", "happened")]


@pytest.mark.parametrize("text", [
    "The government imposed a hiring freeze on Monday.",
    "The city council imposed a ban on rallies on Monday.",
])
def test_a_bare_ban_or_freeze_is_no_sanction(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("sanction",)) == []


def test_approving_sanctions_is_a_sanction_plan(nlp: Language) -> None:
    text = "European Union foreign ministers are poised to approve sanctions against Zambian officials on Friday, diplomats said."
    assert _rows(_events(nlp, text, ANCHOR), ("sanction", "vote")) == [
        ("sanction", "European Union", ("Zambia",), "sanctions", "2026-05-08", "planned")]


def test_approving_a_budget_stays_a_vote(nlp: Language) -> None:
    assert [r[0] for r in _rows(_events(nlp, "Zambia's parliament approved the budget on Monday.", ANCHOR),
                                ("sanction", "vote"))] == ["vote"]


# 2. a planned event that collapsed


def test_exchange_that_collapsed_is_called_off(nlp: Language) -> None:
    text = ("A planned prisoner exchange between Ghana and Togo collapsed on Monday after Lome added new names to "
            "its list, officials said.")
    evs = [e for e in _events(nlp, text, ANCHOR) if e.action == "exchange"]
    assert [(e.actor.name, tuple(c.name for c in e.counterparts), e.what, e.status, e.refers_to_plan) for e in evs] == [
        ("Ghana", ("Togo",), "prisoner", "cancelled", True)]


def test_talks_that_collapsed_were_held(nlp: Language) -> None:
    evs = _events(nlp, "Talks between Ghana and Togo collapsed on Monday.", ANCHOR)
    assert all(e.status != "cancelled" for e in evs)


def test_a_roof_that_collapsed_is_no_event(nlp: Language) -> None:
    assert _events(nlp, "The roof of the border post collapsed on Monday.", ANCHOR) == []


# 3. armed groups by their initials; who frees captives told in the passive


def test_group_named_by_unlabelled_initials_acts(nlp: Language) -> None:
    """"Ghana's GLF rebel group": the group frees them, Ghana is its home."""
    evs = _events(nlp, "Ghana's GLF rebel group said on Monday it would free three soldiers it has held since March.", ANCHOR)
    assert [(e.action, e.actor.name, e.actor.kind, e.actor.country, e.status) for e in evs if e.action == "release"] == [
        ("release", "GLF", "org", "Ghana", "planned")]


def test_passive_release_is_the_captors(nlp: Language) -> None:
    evs = _events(nlp, "Two Ghanaian soldiers held by GLF rebels for two months were released on Monday.", ANCHOR)
    assert [(e.actor.name, e.date.value, e.status) for e in evs if e.action == "release"] == [
        ("GLF", "2026-05-04", "happened")]


def test_passive_release_without_captors_is_nobodys(nlp: Language) -> None:
    """"Two Ghanaian soldiers were released": Ghana did not release its own soldiers."""
    evs = _events(nlp, "Two Ghanaian soldiers were released on Monday.", ANCHOR)
    assert [e.actor.name for e in evs if e.action == "release"] == []


def test_missile_fired_by_a_country_is_its_launch(nlp: Language) -> None:
    evs = _events(nlp, "A ballistic missile fired by North Korea early on Monday flew for about 40 minutes.", ANCHOR)
    assert [(e.action, e.actor.name, e.what, e.date.value, e.status) for e in evs if e.action == "launch"] == [
        ("launch", "North Korea", "ballistic missile", "2026-05-04", "happened")]


# 4. a denied call-off is no call-off


@pytest.mark.parametrize("text", [
    "The navy said on Monday that the exercise had not been called off.",
    "Indonesia did not cancel the drills, the navy said on Monday.",
])
def test_negated_call_off_cancels_nothing(nlp: Language, text: str) -> None:
    assert all(e.status != "cancelled" for e in _events(nlp, text, ANCHOR))


# 5. an event announced or called is a plan, on its own day ahead


@pytest.mark.parametrize("text,row", [
    ("Unions have called a general strike for Friday.",
     ("protest", "unions", (), "general strike", "2026-05-08", "planned")),
    ("Unions announced a general strike starting on Monday.",
     ("protest", "unions", (), "general strike", "2026-05-11", "planned")),
    ("Czech Prime Minister Jan Novak called a snap election for June 14.",
     ("vote", "Czechia", (), "snap election", "2026-06-14", "planned")),
])
def test_called_event_is_a_plan(nlp: Language, text: str, row: Row) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("protest", "vote")) == [row]


def test_announced_sanctions_are_imposed(nlp: Language) -> None:
    assert [r[-1] for r in _rows(_events(nlp, "The EU announced sanctions on Minsk on Monday.", ANCHOR), ("sanction",))] == [
        "happened"]


# 6. a resignation taken back; captives of other kinds


@pytest.mark.parametrize("text", [
    "Culture Minister Ana Popescu, who announced her resignation last month before withdrawing it, presented the budget.",
    "Culture Minister Ana Popescu announced her resignation last month but withdrew it two days later.",
])
def test_resignation_taken_back_is_called_off(nlp: Language, text: str) -> None:
    assert [(e.action, e.status) for e in _events(nlp, text, ANCHOR) if e.action == "resign"] == [("resign", "cancelled")]


def test_freed_sailors_are_a_release(nlp: Language) -> None:
    assert _rows(_events(nlp, "Houthi rebels freed three sailors on Monday.", ANCHOR), ("release",)) == [
        ("release", "Houthis", (), "sailors", "2026-05-04", "happened")]  # (one group by any of its names)


@pytest.mark.parametrize("text", [
    '"I came to vote because nothing changes," said Rosa Quispe, a vendor.',
    "Senator Ana Ruiz voted against the bill on Monday.",
])
def test_one_persons_ballot_is_no_vote(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, ANCHOR), ("vote",)) == []


def test_supporters_named_by_a_person_are_not_the_person(nlp: Language) -> None:
    text = "Economist Andres Paredes lost the runoff. Hundreds of Paredes supporters marched through central Lima on Monday."
    assert [(e.actor.name, e.actor.kind, e.actor.country) for e in _events(nlp, text, ANCHOR) if e.action == "protest"] == [
        ("supporters", "group", None)]


def test_one_guest_skipping_a_summit_cancels_only_their_part(nlp: Language) -> None:
    text = ("Kenyan President William Ruto will attend the summit on May 14. Egyptian President Abdel Fattah al-Sisi "
            "will skip the summit.")
    assert sorted((e.actor.name, e.status) for e in _events(nlp, text, ANCHOR) if e.action == "attend") == [
        ("Abdel Fattah al-Sisi", "cancelled"), ("William Ruto", "planned")]


def test_accuser_is_no_actor_of_what_he_alleges(nlp: Language) -> None:
    """"X accused foreign-funded groups of organising the rallies": a claim of X's, no rally of X's."""
    evs = _events(nlp, "Prime Minister Levan Tsiklauri accused foreign-funded groups of organising the rallies.", ANCHOR)
    assert [e for e in evs if e.action == "protest"] == []


def test_office_after_by_on_an_event_noun_is_its_actor(nlp: Language) -> None:
    """"a planned visit by the Georgian prime minister": that office, not the traveller named before."""
    text = ("Lithuanian Foreign Minister Darius Valaitis will visit Tbilisi on Sunday. A planned visit by the Georgian "
            "prime minister to Brussels next week has been postponed.")
    assert sorted((e.actor.name, e.status) for e in _events(nlp, text, ANCHOR) if e.action == "visit") == [
        ("Darius Valaitis", "planned"), ("Prime Minister of Georgia", "postponed")]


@pytest.mark.parametrize("text,action", [
    ("Defence Minister Ali Guler will visit Athens on Friday. The visit was called off.", "visit"),
    ("Defence Minister Ali Guler will meet Greek Defence Minister Nikos Dendias on Friday. The meeting was called off "
     "on Wednesday.", "meet"),
])
def test_bare_definite_event_noun_calls_off_the_articles_plan(nlp: Language, text: str, action: str) -> None:
    """"The visit was called off": the article's planned trip is called off (no new trip of its own)."""
    assert sorted((e.actor.name, e.status) for e in _events(nlp, text, ANCHOR) if e.action == action) == [
        ("Ali Guler", "cancelled"), ("Ali Guler", "planned")]


def test_surviving_a_no_confidence_motion_is_parliaments_vote(nlp: Language) -> None:
    text = "Nepali Prime Minister Sushila Karki survived a no-confidence motion in parliament on Monday."
    assert _rows(_events(nlp, text, ANCHOR), ("vote",)) == [
        ("vote", "Parliament of Nepal", (), "no-confidence motion", "2026-05-04", "happened")]


def test_a_motion_on_rules_is_no_vote_event(nlp: Language) -> None:
    assert _rows(_events(nlp, "The opposition filed a motion to change the rules.", ANCHOR), ("vote",)) == []


def test_resignation_handed_to_someone_is_only_the_resigners(nlp: Language) -> None:
    """"would then hand his resignation to President X": X receives it and does not resign."""
    text = "Prime Minister Andris Kalnins said he would then hand his resignation to President Ilze Ozola."
    assert [e.actor.name for e in _events(nlp, text, ANCHOR) if e.action == "resign"] == ["Andris Kalnins"]


def test_subject_title_is_not_the_person_met(nlp: Language) -> None:
    """"X arrived in Angola. The minister held talks with Foreign Minister Y": the talks are X's, with Y."""
    text = ("Helena Duarte arrived in Angola on Monday. The minister held talks with Angolan Foreign Minister "
            "Joaquim Bento on Monday.")
    assert [(e.actor.name, tuple(c.name for c in e.counterparts)) for e in _events(nlp, text, ANCHOR)
            if e.action == "meet"] == [("Helena Duarte", ("Joaquim Bento",))]


def test_sentence_rooted_on_its_opening_name_is_that_persons(nlp: Language) -> None:
    """"Kalnins handed in his resignation": parsed as a name and its clause, mended so that "his" is Kalnins's."""
    text = ("Latvian President Ilze Ozola on Monday accepted the resignation of the prime minister, Andris Kalnins.\n\n"
            "Kalnins handed in his resignation at Riga Castle on Monday morning.")
    assert {e.actor.name for e in _events(nlp, text, ANCHOR) if e.action == "resign"} == {"Andris Kalnins"}
