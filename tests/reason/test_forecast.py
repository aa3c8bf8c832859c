"""Forecast features, prediction and fitting."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import ActorRef, DateValue, EventRecord, Evidence, HistoryEntry
from dateline.reason.forecast import (
    FEATURES,
    Features,
    Model,
    cue_hits,
    features,
    fit,
    load_model,
    pinned_coefficients,
    predict,
)

ACTOR = ActorRef("Pete Hegseth", "person")


def _event(status: str, when: str | None, sentences: list[tuple[str, str, date]]) -> EventRecord:
    evidence = tuple(Evidence(f"a{i}", day, text, 0, len(text), st) for i, (text, st, day) in enumerate(sentences))
    value = DateValue(when, "day" if when else "unknown", when or "")
    history = (HistoryEntry(status, value, "a0", sentences[-1][2]),)
    return EventRecord(1, "visit", "042", "CONSULT", "visit", ACTOR, (), None, value, status, evidence, history)


@pytest.mark.parametrize(
    "sentence,kind,hits",
    [
        ("Hegseth is scheduled to visit the DMZ, the ministry confirmed.", "official", 3),
        ("Aydin may visit Athens, sources said.", "rumor", 2),
        ("The visit has been postponed.", "doubt", 1),
        ("The ministers met in Seoul.", "official", 0),
        ("Kallas will visit Vilnius on May 27.", "rumor", 0),  # the month is no rumour
        ("Kallas may visit Vilnius in May.", "rumor", 1),
    ],
)
def test_forecast_cue_hits(sentence: str, kind: str, hits: int) -> None:
    assert cue_hits(sentence, kind) == hits


def test_forecast_features_official_plan() -> None:
    event = _event("planned", "2025-11-03", [("Hegseth is scheduled to visit the DMZ.", "planned", date(2025, 10, 28))])
    feats = features(event, date(2025, 10, 28), (None, date(2025, 11, 4))).as_dict()
    assert (feats["official"], feats["rumor"], feats["overdue"], feats["undated"], round(feats["near"], 3)) == (
        1.0, 0.0, 0.0, 0.0, 0.651,
    )


def test_forecast_features_overdue_when_day_passed() -> None:
    event = _event("planned", "2025-11-03", [("Hegseth will visit the DMZ.", "planned", date(2025, 10, 28))])
    assert features(event, date(2025, 11, 5), (None, date(2025, 11, 9))).as_dict()["overdue"] == 1.0


def test_forecast_features_outside_window() -> None:
    event = _event("planned", "2025-11-14", [("Park will meet Zhao.", "planned", date(2025, 11, 4))])
    assert features(event, date(2025, 11, 5), (date(2025, 11, 12), date(2025, 11, 12))).as_dict()["outside_window"] == 1.0


def test_forecast_features_doubt_from_context() -> None:
    event = _event("planned", "2025-11-03", [("Hegseth will visit the DMZ.", "planned", date(2025, 10, 28))])
    context = [(date(2025, 10, 30), "Hegseth may postpone the trip, officials said.")]
    assert features(event, date(2025, 10, 30), (None, date(2025, 11, 4)), context).as_dict()["doubt"] == 1.0


def test_forecast_features_rescheduled_inside_window_is_not_doubt() -> None:
    event = _event(
        "postponed", "2025-11-05",
        [("Hegseth will visit the DMZ.", "planned", date(2025, 10, 28)),
         ("Hegseth postponed the visit to November 5.", "postponed", date(2025, 10, 30))],
    )
    context = [(date(2025, 10, 30), "Hegseth postponed the visit to November 5.")]
    feats = features(event, date(2025, 10, 30), (None, date(2025, 11, 9)), context).as_dict()
    assert (feats["doubt"], feats["postponed"]) == (0.0, 0.0)


def test_forecast_features_no_event() -> None:
    assert features(None, date(2025, 10, 28), None).as_dict()["no_event"] == 1.0


def test_forecast_predict_uses_coefficients() -> None:
    model = Model(tuple([0.0] * len(FEATURES)))
    assert predict(Features(tuple([1.0] * len(FEATURES))), model) == 0.5


def test_forecast_predict_clips() -> None:
    model = Model((50.0,) + tuple([0.0] * (len(FEATURES) - 1)))
    assert predict(Features(tuple([1.0] * len(FEATURES))), model) == 0.97


def test_forecast_fit_learns_sign() -> None:
    zero = [0.0] * (len(FEATURES) - 3)
    rows = [Features((1.0, 1.0, *zero, 0.0)), Features((1.0, 0.0, *zero, 1.0))] * 5
    model = fit(rows, [1, 0] * 5, l2=0.1, steps=2000, rate=0.5)
    assert (model.coefficients[1] > 0, model.coefficients[-1] < 0) == (True, True)


def test_forecast_fit_keeps_known_sign() -> None:
    zero = [0.0] * (len(FEATURES) - 3)
    # the data say the first feature lowers the odds, but it is known to raise them
    rows = [Features((1.0, 1.0, *zero, 0.0)), Features((1.0, 0.0, *zero, 1.0))] * 5
    model = fit(rows, [0, 1] * 5, l2=0.1, steps=2000, rate=0.5, signs={FEATURES[1]: 1})
    assert model.coefficients[1] == 0.0


def test_forecast_fit_rejects_mismatch() -> None:
    with pytest.raises(ValueError, match="1 rows and 2 outcomes"):
        fit([Features(tuple([1.0] * len(FEATURES)))], [1, 0])


def test_forecast_fit_keeps_pinned_coefficient() -> None:
    zero = [0.0] * (len(FEATURES) - 2)
    # rows where "no matching event" resolved yes would push its weight up if it were learnt
    no_event = FEATURES.index("no_event")
    row = [1.0, *zero, 0.0]
    row[no_event] = 1.0
    rows = [Features(tuple(row))] * 4 + [Features((1.0, *zero, 0.0))] * 4
    model = fit(rows, [1, 1, 1, 0, 1, 0, 1, 0], l2=0.1, steps=2000, rate=0.5, signs={},
                pinned={"no_event": -2.5})
    assert model.coefficients[no_event] == -2.5


def test_forecast_pinned_coefficients_from_data() -> None:
    assert pinned_coefficients() == {"no_event": -2.5, "cancelled": -3.0}


def test_forecast_load_model_enforces_pinned() -> None:
    model = load_model()
    assert (model.coefficients[FEATURES.index("no_event")], model.coefficients[FEATURES.index("cancelled")]) == (
        -2.5, -3.0,
    )


def test_forecast_a_stop_added_instead_is_no_doubt_about_the_others() -> None:
    from dateline.model import PlaceRef

    hanoi = PlaceRef("Hanoi", "city", "Vietnam", within=("Vietnam",))
    plan = _event("planned", "2026-09-16", [("Hegseth will visit Hanoi on September 16.", "planned", date(2026, 9, 2))])
    plan = EventRecord(plan.id, plan.action, plan.cameo, plan.plover, plan.plover_mode, plan.actor, (), hanoi,
                       plan.date, plan.status, plan.evidence, plan.history)
    other = [(date(2026, 9, 9), "Hegseth will instead visit Bangkok on September 16.")]
    assert features(plan, date(2026, 9, 10), (None, None), other).as_dict()["doubt"] == 0.0
    about = [(date(2026, 9, 9), "Hegseth will meet officials in Bangkok instead of Hanoi.")]
    assert features(plan, date(2026, 9, 10), (None, None), about).as_dict()["doubt"] == 1.0


@pytest.mark.parametrize(("text", "risk"), [
    ("The pope will no longer stop in Ecuador, where weeks of violent protests led to a state of emergency. "
     "The program in Lima and Chiclayo is unchanged.", 0.0),
    ("Violent protests broke out in Chiclayo on Monday.", 1.0),
    ("Peruvian police braced for protests along the route.", 1.0),
    ("Protests were expected, officials said.", 1.0),
])
def test_forecast_risk_in_a_sentence_about_another_country_is_not_this_stops(text: str, risk: float) -> None:
    from dataclasses import replace

    from dateline.model import PlaceRef

    event = replace(_event("planned", "2026-11-22", [("Leo will celebrate Mass in Chiclayo.", "planned", date(2026, 9, 10))]),
                    place=PlaceRef("Chiclayo", "city", "Peru", within=("Peru",)))
    feats = features(event, date(2026, 11, 12), (None, date(2026, 11, 23)), articles=[(date(2026, 11, 10), text)])
    assert feats.as_dict()["risk"] == risk


def test_a_person_telling_of_their_own_plan_is_an_official_statement() -> None:
    from dateline.model import ActorRef, DateValue, EventRecord

    from dateline.reason.forecast import _self_told

    plan = EventRecord(1, "resign", "", "", "resign", ActorRef("Ingrid Solberg", "person"), (), None,
                       DateValue(None, "unknown", ""), "planned", (), ())
    assert _self_told("Solberg said on Wednesday she will resign effective April 30.", plan)
    assert not _self_told("Critics said Solberg should resign.", plan)
