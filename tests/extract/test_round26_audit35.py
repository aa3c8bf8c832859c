"""Round 26 (audit 35, own-words articles): a journey "back to" a place, a report called "speculation", a court's
country written as its owner, and a family noun that tells the event announced before more exactly."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dateline.model import Event


def _events(nlp: Language, text: str, anchor: date) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


def test_round26_fly_back_to_a_place_labelled_org(nlp: Language) -> None:
    (ev,) = _events(nlp, "Chilean Foreign Minister Valeria Montt will fly back to Santiago on Thursday.", date(2027, 5, 12))
    assert (ev.action, ev.place.name if ev.place else None, ev.date.value) == ("travel", "Santiago", "2027-05-13")


def test_round26_calling_a_report_speculation_is_no_call(nlp: Language) -> None:
    events = _events(nlp, "Kyrgyzstan's presidential administration on Wednesday denied a report that President Adilet "
                          "Sadykov would travel to Tashkent this week, calling it \"premature speculation\".",
                     date(2027, 5, 12))
    assert [(e.action, e.status) for e in events] == [("travel", "denied")]


def test_round26_a_phone_call_to_a_person_stays_a_call(nlp: Language) -> None:
    (ev,) = _events(nlp, "President Ruto called President Museveni on Tuesday.", date(2027, 5, 12))
    assert (ev.action, [c.name for c in ev.counterparts]) == ("call", ["Museveni"])


def test_round26_a_countrys_court_has_that_country(nlp: Language) -> None:
    (ev,) = _events(nlp, "South Africa's Constitutional Court on Tuesday struck down a law that required organisers "
                         "of public protests to obtain police permission.", date(2027, 5, 12))
    assert (ev.action, ev.actor.name, ev.actor.country) == ("ruling", "Constitutional Court", "South Africa")


def test_round26_named_drills_with_their_days_are_the_exercises_announced(nlp: Language) -> None:
    first, second = _events(nlp, "The Philippines and Japan will hold joint naval exercises off Palawan later this "
                                 "month, the navy said. The drills, code-named Kaiyo Shield, will run from May 24 to "
                                 "May 28.", date(2027, 5, 6))
    assert (first.date.value, second.date.value) == ("2027-05", "2027-05-24")
    assert [c.name for c in second.counterparts] == ["Japan"]
    assert second.place is not None and second.place.name == "Palawan"
    assert second.what == first.what


def test_round26_drills_of_another_month_stay_apart(nlp: Language) -> None:
    _, second = _events(nlp, "The Philippines and Japan will hold joint naval exercises off Palawan later this month, "
                             "the navy said. The drills will run from July 4 to July 8.", date(2027, 5, 6))
    assert second.date.value == "2027-07-04" and second.counterparts == ()


def test_round26_a_move_told_in_the_sentence_before_cancels_the_old_place(nlp: Language) -> None:
    events = _events(nlp, "The signing was moved from Wellington to Auckland because of a storm. Montt and Tane signed "
                          "the accord in Auckland on Wednesday.", date(2027, 5, 12))
    got = sorted((e.action, e.place.name if e.place else None, e.status, e.date.value) for e in events)
    assert got == [("sign", "Auckland", "happened", "2027-05-12"), ("sign", "Wellington", "cancelled", None)]


def test_round26_a_ceremony_moved_in_the_next_sentence(nlp: Language) -> None:
    events = _events(nlp, "Montt signed the accord in Auckland on Wednesday. The ceremony had been moved from "
                          "Wellington to Auckland at the last minute.", date(2027, 5, 12))
    assert sorted((e.place.name if e.place else None, e.status) for e in events) == [
        ("Auckland", "happened"), ("Wellington", "cancelled")]


def test_round26_talks_moved_are_a_hosted_meetings(nlp: Language) -> None:
    events = _events(nlp, "The talks have been moved from Astana to Almaty. Kazakh President Daulet Abenov will host "
                          "Azerbaijani President Ilham Guliyev in Almaty on Friday.", date(2027, 5, 12))
    assert sorted((e.action, e.place.name if e.place else None, e.status) for e in events) == [
        ("host", "Almaty", "planned"), ("host", "Astana", "cancelled")]


def test_round26_a_move_to_another_place_is_not_this_events(nlp: Language) -> None:
    events = _events(nlp, "The summit was moved from Lima to Cusco. Montt signed the accord in Auckland on Wednesday.",
                     date(2027, 5, 12))
    assert [(e.place.name if e.place else None, e.status) for e in events if e.action == "sign"] == [
        ("Auckland", "happened")]


def test_round26_a_claim_retold_after_a_denial_is_denied(nlp: Language) -> None:
    events = _events(nlp, "Kyrgyzstan on Wednesday denied a report that President Adilet Sadykov would travel to "
                          "Tashkent this week. The state news agency Kabar had reported on Monday that Sadykov would "
                          "fly to the Uzbek capital on Thursday to meet President Jasur Rakhimov and sign a "
                          "water-sharing deal.", date(2027, 5, 12))
    denied = sorted(e.action for e in events if e.status == "denied")
    assert denied == ["meet", "sign", "travel", "travel"]
    assert all(e.evidence.sentence.startswith("Kyrgyzstan on Wednesday denied") for e in events if e.status == "denied")


def test_round26_a_claim_with_no_denial_before_stays_uncertain(nlp: Language) -> None:
    events = _events(nlp, "The ministry said the talks went well. The state news agency Kabar had reported on Monday "
                          "that Sadykov would fly to Tashkent on Thursday to meet President Jasur Rakhimov.",
                     date(2027, 5, 12))
    assert {e.status for e in events} == {"uncertain"}


def test_round26_signing_during_the_one_day_visit_takes_its_day_and_place(nlp: Language) -> None:
    events = _events(nlp, "Kyrgyz President Adilet Sadykov will travel to Tashkent on Thursday for talks with Uzbek "
                          "President Jasur Rakhimov. The two presidents are expected to sign a water agreement during "
                          "the one-day visit.", date(2027, 5, 10))
    sign = next(e for e in events if e.action == "sign")
    assert (sign.date.value, sign.place.name if sign.place else None) == ("2027-05-13", "Tashkent")


def test_round26_signing_during_a_three_day_visit_takes_no_day(nlp: Language) -> None:
    events = _events(nlp, "Kyrgyz President Adilet Sadykov will travel to Tashkent on Thursday for talks with Uzbek "
                          "President Jasur Rakhimov. The two presidents are expected to sign a water agreement during "
                          "the three-day visit.", date(2027, 5, 10))
    sign = next(e for e in events if e.action == "sign")
    assert sign.date.value is None


def test_round26_its_members_strike_is_the_unions_that_said_so(nlp: Language) -> None:
    (ev,) = _events(nlp, "Kenya's largest teachers' union said on Tuesday its members would begin a nationwide strike "
                         "on May 17.", date(2027, 5, 4))
    assert (ev.actor.name, ev.actor.country, ev.date.value, ev.status) == ("teachers' union", "Kenya", "2027-05-17",
                                                                           "planned")


def test_round26_a_new_day_told_next_with_the_strike_as_object(nlp: Language) -> None:
    events = _events(nlp, "Kenya's main teachers' union on Friday postponed a nationwide strike that was due to begin "
                          "on Monday. The union will now begin the strike on June 7.", date(2027, 5, 14))
    assert [(e.actor.name, e.status, e.date.value) for e in events] == [
        ("teachers' union", "postponed", "2027-06-07"), ("teachers' union", "planned", "2027-06-07")]


def test_round26_two_states_signing_is_their_ministers_signing(nlp: Language) -> None:
    events = _events(nlp, "Chile and New Zealand signed an agreement on Wednesday to set joint catch limits. Chilean "
                          "Foreign Minister Valeria Montt and her New Zealand counterpart Aroha Tane signed the pact at "
                          "the Auckland War Memorial Museum.", date(2027, 5, 12))
    assert {(e.actor.name, e.date.value) for e in events} == {("Valeria Montt", "2027-05-12")}
    assert all("Aroha Tane" in {c.name for c in e.counterparts} for e in events)


def test_round26_states_that_also_sign_another_deal_keep_it(nlp: Language) -> None:
    events = _events(nlp, "Chilean Foreign Minister Valeria Montt and her New Zealand counterpart Aroha Tane signed a "
                          "fisheries pact on Wednesday. The two countries also signed a deal on air services.",
                     date(2027, 5, 12))
    assert "Valeria Montt" in {e.actor.name for e in events}
    assert all(e.actor.name == "Valeria Montt" for e in events if "also" not in e.evidence.sentence)


def test_round26_a_noun_phrase_split_into_object_and_predicate_is_still_signed(nlp: Language) -> None:
    (ev,) = _events(nlp, "Valeria Montt and Aroha Tane signed a fisheries pact on Wednesday.", date(2027, 5, 12))
    assert (ev.action, ev.status, ev.date.value) == ("sign", "happened", "2027-05-12")


def test_round26_a_visit_to_a_facility_keeps_the_facility(nlp: Language) -> None:
    (ev,) = _events(nlp, "Trade Minister Ana Ruiz will visit a car factory in Puebla on Friday.", date(2027, 5, 12))
    assert (ev.action, ev.place.name if ev.place else None, ev.what) == ("visit", "Puebla", "car factory")
    (ev,) = _events(nlp, "Trade Minister Ana Ruiz will visit Puebla on Friday.", date(2027, 5, 12))
    assert ev.what is None


def test_round26_travel_to_brief_a_president_is_a_meeting_with_him(nlp: Language) -> None:
    events = _events(nlp, "Lesotho's Prime Minister Thabo Mokhehle will travel to Pretoria next week to brief South "
                          "African President Cyril Nkosi on the crisis.", date(2027, 5, 26))
    meet = next(e for e in events if e.action == "meet")
    assert ([c.name for c in meet.counterparts], meet.place.name if meet.place else None) == (["Cyril Nkosi"], "Pretoria")
    assert _events(nlp, "The minister briefed reporters on Monday.", date(2027, 5, 26)) == []


def test_round26_the_two_men_signed_after_their_talks(nlp: Language) -> None:
    events = _events(nlp, "Japanese Defence Minister Kenji Morita and Philippine Defence Secretary Gilberto Ramos held "
                          "talks in Manila last Thursday. The two men signed a deal.", date(2027, 5, 24))
    sign = next(e for e in events if e.action == "sign")
    assert (sign.actor.name, [c.name for c in sign.counterparts], sign.date.value) == (
        "Kenji Morita", ["Gilberto Ramos"], "2027-05-20")


def test_round26_a_persons_own_state_is_no_counterpart(nlp: Language) -> None:
    events = _events(nlp, "The exercises follow talks in Manila last Thursday between Japanese Defence Minister Kenji "
                          "Morita and Philippine Defence Secretary Gilberto Ramos, at which the two men signed a deal "
                          "for Japan to supply radars.", date(2027, 5, 24))
    sign = next(e for e in events if e.action == "sign")
    assert [c.name for c in sign.counterparts] == ["Gilberto Ramos"]
