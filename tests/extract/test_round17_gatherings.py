"""Events, round 17: gatherings told by a bare definite noun, found by fresh-article audit 26 (live blogs of a summit).

- "10:15 - The summit has opened." (present perfect or past of a ``gathering_opening_verbs`` verb, a bare "the
  summit") is the hold event of the gathering the article named before ("Follow our live coverage of the Nordic
  summit"), happened that day; never when two gatherings were named, nor for a plan ("will open").
- "X left the summit early" ("before its close"; ``left_early`` in ``triggers.json``): X attended it; "left the
  summit" alone, or negated, tells no attendance.
- "X would skip the gathering" after a named summit: "the gathering" (``anaphor_governors``) is that summit, and X's
  attendance of it is cancelled with its place and day; "a gathering of protesters" is none.
- "Breaking: the leaders have signed a declaration" in a story about one named gathering: the leaders are its
  participants (the actor of its hold event); not "the two leaders", nor with two gatherings named.
- "The daily X had reported on Tuesday, citing two officials, that Y planned to visit Z": the press claim is
  uncertain though the parser hangs the press verb under the clause.
- "Y accepted an invitation for a state visit to P next month" is Y's planned visit (already so; kept by a test).

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import action_rows as _of, text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "on Monday" (past) is 2026-06-08.
ANCHOR = date(2026, 6, 10)

LIVE = "Follow our live coverage of the Baltic Sea summit in Tallinn.\n\n"



# 1. "The summit has opened": the named gathering's hold event


def test_round17_bare_summit_opened_is_named_hold(nlp: Language) -> None:
    text = LIVE + "11:05 - The summit has opened. Delegates took their seats in the main hall."
    assert _of(_events(nlp, text, ANCHOR), "hold") == [
        ("hold", "Baltic Sea summit participants", (), "Tallinn", "2026-06-10", "happened")]


def test_round17_bare_summit_opened_past_tense(nlp: Language) -> None:
    text = "Ministers arrived for the Baltic Sea summit in Tallinn. The summit opened on Monday with a minute of silence."
    assert _of(_events(nlp, text, ANCHOR), "hold") == [
        ("hold", "Baltic Sea summit participants", (), "Tallinn", "2026-06-08", "happened")]


def test_round17_bare_summit_will_open_tells_no_hold(nlp: Language) -> None:
    text = "Ministers arrived for the Baltic Sea summit in Tallinn. The summit will open on Monday."
    assert _of(_events(nlp, text, ANCHOR), "hold") == []


def test_round17_bare_summit_after_two_named_is_nobodys(nlp: Language) -> None:
    text = "Reporters covered the Baltic Sea summit and the Adriatic summit. The summit opened on Monday."
    assert _of(_events(nlp, text, ANCHOR), "hold") == []


# 2. "left the summit early": was there


def test_round17_left_summit_early_attended(nlp: Language) -> None:
    text = LIVE + "16:40 - Estonian Prime Minister Kadri Lepik left the summit early and flew back to Tartu, an aide said."
    assert _of(_events(nlp, text, ANCHOR), "attend") == [
        ("attend", "Kadri Lepik", (), "Tallinn", "2026-06-10", "happened")]


def test_round17_left_conference_before_its_close_attended(nlp: Language) -> None:
    text = "Latvian President Janis Ozols left the energy conference before its close on Monday."
    assert _of(_events(nlp, text, ANCHOR), "attend") == [("attend", "Janis Ozols", (), None, "2026-06-08", "happened")]


@pytest.mark.parametrize("text", [
    "Latvian President Janis Ozols left the energy conference on Monday.",
    "Latvian President Janis Ozols did not leave the energy conference early on Monday.",
])
def test_round17_left_summit_alone_tells_no_attendance(nlp: Language, text: str) -> None:
    assert _of(_events(nlp, text, ANCHOR), "attend") == []


# 3. "would skip the gathering": the summit named before


def test_round17_skip_the_gathering_cancels_attendance(nlp: Language) -> None:
    text = ("Leaders of the Baltic states will hold a summit in Riga on June 19. Lithuanian President Rasa Petraitis "
            "would skip the gathering because of a vote in parliament, her office said.")
    assert _of(_events(nlp, text, ANCHOR), "attend") == [
        ("attend", "Rasa Petraitis", (), "Riga", "2026-06-19", "cancelled")]


def test_round17_skip_gathering_of_protesters_is_none(nlp: Language) -> None:
    text = "Police dispersed a gathering of farmers in Vilnius. Lithuanian President Rasa Petraitis would skip the gathering."
    assert _of(_events(nlp, text, ANCHOR), "attend") == []


# 4. "the leaders" at the gathering the article is about


def test_round17_the_leaders_are_the_summits_participants(nlp: Language) -> None:
    text = LIVE + "15:10 - Breaking: the leaders have signed a declaration on undersea cables."
    assert _of(_events(nlp, text, ANCHOR), "sign") == [
        ("sign", "Baltic Sea summit participants", (), None, "2026-06-10", "happened")]


@pytest.mark.parametrize("text", [
    LIVE + "15:10 - The two leaders have signed a declaration on undersea cables.",
    "Reporters covered the Baltic Sea summit and the Adriatic summit.\n\n15:10 - The leaders have signed a declaration.",
])
def test_round17_the_leaders_stay_unresolved_when_unsafe(nlp: Language, text: str) -> None:
    assert _of(_events(nlp, text, ANCHOR), "sign") == []


# 5. a plan the press reported, the press verb misparsed


def test_round17_press_plan_with_citing_is_uncertain(nlp: Language) -> None:
    text = ("The weekly Nordposten had reported on Tuesday, citing two diplomats, that Finnish President Aino Virtanen "
            "planned to visit Reykjavik on June 20.")
    assert _of(_events(nlp, text, ANCHOR), "visit") == [
        ("visit", "Aino Virtanen", (), "Reykjavík", "2026-06-20", "uncertain")]


# 6. an accepted invitation is the accepter's visit


def test_round17_accepted_invitation_is_planned_visit(nlp: Language) -> None:
    text = "Icelandic President Sigrun Olafsdottir accepted an invitation for a state visit to Norway next month."
    assert _of(_events(nlp, text, ANCHOR), "visit") == [
        ("visit", "Sigrun Olafsdottir", (), "Norway", "2026-07", "planned")]
