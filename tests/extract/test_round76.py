"""Round 76 (session 62): what audits 265-267 (elections and campaigns, labour and protest, disasters and humanitarian
response) found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Event

from .fixture_articles import found_events, status_rows

_DAY = date(2026, 6, 1)


def _found(text: str) -> list[Event]:
    """The events the real pipeline finds in one article text published on June 1, 2026."""
    return found_events(text, _DAY)


_rows = status_rows


def test_round76_a_rally_held_in_a_relative_clause_is_the_antecedents() -> None:
    events = _found("LUSAKA, June 1 (Wire) - Opposition leader Mercy Chola, who held a rally in Ndola on May 30 that drew "
                    "thousands, said the vote must not be delayed.")
    assert [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events
            if e.action == "protest"] == [("protest", "Mercy Chola", "happened", "2026-05-30", "Ndola")]


def test_round76_a_candidate_who_addresses_or_speaks_at_a_rally_holds_it() -> None:
    events = _found("QUITO, June 1 (Wire) - Candidate Elena Pazmino addressed about 15,000 supporters at a rally in "
                    "Cuenca on Saturday. Candidate Tomas Vera spoke at a rally in Loja on Sunday.")
    rows = [(e.actor.name, e.date.value, e.place.name if e.place else None) for e in events if e.action == "protest"]
    assert rows == [("Elena Pazmino", "2026-05-30", "Cuenca"), ("Tomas Vera", "2026-05-31", "Loja")]


def test_round76_rallying_supporters_and_campaigning_in_a_city_are_campaign_events() -> None:
    events = _found("QUITO, June 1 (Wire) - Candidate Tomas Vera rallied supporters in Ambato on Saturday and plans to "
                    "campaign in Riobamba on Thursday, his party said. Vera has campaigned on a promise to cut fuel "
                    "prices.")
    rows = [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in events
            if e.action == "protest"]
    assert rows == [("Tomas Vera", "happened", "2026-05-30", "Ambato"),
                    ("Tomas Vera", "planned", "2026-06-04", "Riobamba")]


def test_round76_a_persons_rally_called_off_is_no_crowds() -> None:
    events = _found("QUITO, June 1 (Wire) - The candidate's rally in Ibarra, planned for Saturday, has been called off "
                    "because of a road blockade, her spokesman said.")
    assert not any(e.actor.name == "protesters" for e in events)


def test_round76_an_electoral_body_setting_a_date_sets_the_countrys_vote() -> None:
    events = _found("LILONGWE, June 1 (Wire) - Malawi's Electoral Commission on Monday set July 9 as the date for a "
                    "presidential runoff between President Amos Phiri and opposition leader Ruth Mwale.")
    votes = [e for e in events if e.action == "vote"]
    assert [(e.actor.name, e.status, e.date.value) for e in votes] == [("Malawi", "planned", "2026-07-09")]
    assert sorted(c.name for c in votes[0].counterparts) == ["Amos Phiri", "Ruth Mwale"]


def test_round76_a_candidate_withdrawing_from_a_vote_calls_nothing_off() -> None:
    events = _found("LILONGWE, June 1 (Wire) - Opposition leader Ruth Mwale withdrew from Malawi's presidential runoff "
                    "on Monday, citing threats against her family.")
    assert not any(e.action == "vote" and e.status == "cancelled" for e in events)


def test_round76_a_dated_vote_named_in_passing_is_the_countrys_vote() -> None:
    events = _found("LIMA, June 1 (Wire) - Candidate Rosa Huaman hopes to close the gap before the June 21 runoff, her "
                    "campaign said. Turnout in the April 12 vote was high. Peruvians return to the polls on June 21.")
    votes = [(e.actor.name, e.status, e.date.value) for e in events if e.action == "vote"]
    assert ("Peru", "planned", "2026-06-21") in votes
    assert ("Peru", "happened", "2026-04-12") in votes
    assert all(actor == "Peru" for actor, _, _ in votes)


def test_round76_candidates_facing_each_other_in_a_vote_are_its_sides() -> None:
    events = _found("PORTO-NOVO, June 1 (Wire) - Opposition leader Celine Hounsou now faces Prime Minister Marc Agossa "
                    "in the June 14 vote.")
    votes = [e for e in events if e.action == "vote"]
    assert [(e.actor.name, e.date.value) for e in votes] == [("Benin", "2026-06-14")]
    assert sorted(c.name for c in votes[0].counterparts) == ["Celine Hounsou", "Marc Agossa"]


def test_round76_a_televised_debate_is_a_meeting_of_the_candidates() -> None:
    events = _found("BOGOTA, June 1 (Wire) - Senator Marta Reyes and former mayor Ivan Soto will face each other in a "
                    "televised debate in Cali on Thursday, the organisers said. Parliament will hold a debate on the "
                    "budget on Friday.")
    meets = [e for e in events if e.action == "meet"]
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in meets] == [
        ("planned", "2026-06-04", "Cali")]
    assert (meets[0].actor.name, [c.name for c in meets[0].counterparts]) == ("Marta Reyes", ["Ivan Soto"])


def test_round76_a_name_declared_into_a_post_is_a_person() -> None:
    events = _found("MANAGUA, June 1 (Wire) - The electoral council on Monday declared Sofía Aráuz president-elect. "
                    "Aráuz will be sworn in on January 10, 2027.")
    assert ("inaugurate", "Sofía Aráuz", "planned", "2027-01-10") in _rows(events)


def test_round76_a_mission_the_parser_hung_on_its_bodys_name_is_led_by_its_head() -> None:
    events = _found("LIMA, June 1 (Wire) - An Organization of American States observer mission headed by former "
                    "Chilean minister Paula Rojas will arrive in Lima next week, the OAS said.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("arrive", "Paula Rojas", "2026-W24")]


def test_round76_a_lede_body_told_by_its_kind_is_the_body_named_next() -> None:
    events = _found("NAIROBI, June 1 (Wire) - A Kenyan youth movement said on Monday it will march on parliament in "
                    "Nairobi next Tuesday against a new fuel tax. Sauti Yetu, a coalition of student and consumer "
                    "groups, has called on supporters to gather in the city centre.")
    marches = [e for e in events if e.action == "protest"]
    assert [(e.actor.name, e.status, e.date.value) for e in marches] == [("Sauti Yetu", "planned", "2026-06-09")]


def test_round76_a_lede_group_named_by_capitalized_words_before_its_kind() -> None:
    events = _found("ACCRA, June 1 (Wire) - A Ghanaian pressure group will hold a demonstration in Accra on Thursday "
                    "against fuel prices. The Pump Price Now movement said marchers would gather at the Kwame Nkrumah "
                    "Circle.")
    assert [(e.action, e.actor.name, e.date.value) for e in events if e.action == "protest"] == [
        ("protest", "Pump Price Now", "2026-06-04")]


def test_round76_a_lede_noun_with_no_body_named_next_stays_unnamed() -> None:
    events = _found("ACCRA, June 1 (Wire) - A Ghanaian pressure group will hold a demonstration in Accra on Thursday "
                    "against fuel prices. Police said they had not been notified.")
    assert not any(e.actor.name == "Police" for e in events)


def test_round76_a_persons_name_with_the_sentences_full_stop_loses_it() -> None:
    events = _found("ACCRA, June 1 (Wire) - Police arrested 12 people on Saturday, including the organiser, Kofi Mensah.\n\n"
                    "Officers fired tear gas at the crowd.")
    assert all(not e.actor.name.endswith(".") for e in events)
    assert any(e.actor.name == "Kofi Mensah" for e in events)


def test_round76_a_convener_named_after_the_job_word_is_a_person() -> None:
    events = _found("ACCRA, June 1 (Wire) - Ghanaian police released protest convener Kwesi Boateng on Saturday, his "
                    "lawyer said.")
    assert ("freed", "Kwesi Boateng", "happened", "2026-05-30") in _rows(events)


def test_round76_a_second_joined_passive_frees_the_first_verbs_subject() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Activist Njeri Kamau appeared before a magistrate on Friday and was "
                    "released on a bond of 20,000 shillings.")
    assert ("freed", "Njeri Kamau", "happened", "2026-05-29") in _rows(events)


def test_round76_a_past_perfect_refusal_before_a_plan_is_no_denial() -> None:
    events = _found("PARIS, June 1 (Wire) - Labour Minister Claire Dubois will meet union leaders at the ministry on "
                    "Wednesday, her office said. The minister had previously refused to meet the unions.")
    meets = [e for e in events if e.action == "meet"]
    assert [(e.actor.name, e.status, e.date.value) for e in meets] == [("Claire Dubois", "planned", "2026-06-03")]


def test_round76_the_head_named_in_apposition_to_an_office_is_the_actor() -> None:
    events = _found("ABUJA, June 1 (Wire) - The director-general of Nigeria's disaster agency, Amina Bello, will visit "
                    "the flooded town of Lokoja on Tuesday, the agency said.")
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.date.value) for e in visits] == [("Amina Bello", "2026-06-02")]


def test_round76_a_state_holding_a_conference_hosts_it() -> None:
    events = _found("ISLAMABAD, June 1 (Wire) - Pakistan and the United Nations will hold a pledging conference in "
                    "Geneva on June 20, the foreign ministry said.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("host", "Pakistan", "2026-06-20")]


def test_round76_a_body_postponing_a_conference_holds_it_and_the_place_before_its_donors_owns_nothing() -> None:
    events = _found("BRUSSELS, June 1 (Wire) - The European Union has postponed the Tirana donors' conference to "
                    "July 8.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("hold", "European Union", "postponed", "2026-07-08")]


def test_round76_a_conference_held_by_a_named_body_is_its_own() -> None:
    events = _found("TIRANA, June 1 (Wire) - Donors pledged 300 million euros at a conference held by the European "
                    "Union in Tirana on Saturday.")
    assert ("hold", "European Union", "happened", "2026-05-30") in _rows(events)


def test_round76_a_convoy_is_an_aid_convoy_by_its_cargo() -> None:
    events = _found("KHARTOUM, June 1 (Wire) - The World Food Programme plans to send a convoy of 30 trucks carrying "
                    "food to El Obeid on Wednesday. A military convoy of 30 trucks carrying troops reached Kosti.")
    assert [(e.action, e.actor.name, e.date.value) for e in events if e.action == "aid"] == [
        ("aid", "World Food Programme", "2026-06-03")]


def test_round76_the_union_is_the_one_union_named_before() -> None:
    events = _found("KITWE, June 1 (Wire) - The Copper Workers Union of Zambia said on Monday it would not strike while "
                    "talks went on. The union will meet Mines Minister Grace Tembo in Lusaka next Wednesday.")
    meets = [e for e in events if e.action == "meet"]
    assert [(e.actor.name, e.date.value) for e in meets] == [("Copper Workers Union", "2026-06-03")]
    assert [c.name for c in meets[0].counterparts] == ["Grace Tembo"]


def test_round76_a_where_clause_gives_no_day_of_a_clause_inside_it() -> None:
    events = _found("LUSAKA, June 1 (Wire) - Union leader Peter Zulu met Mines Minister Grace Tembo at the ministry in "
                    "Lusaka, where the two signed the agreement, which raises basic pay by 9 percent this year.")
    meets = [e for e in events if e.action == "meet"]
    assert [(e.actor.name, e.date.value) for e in meets] == [("Peter Zulu", None)]


def test_round76_an_organization_entity_ending_in_a_persons_surname_is_that_person() -> None:
    events = _found("COTONOU, June 1 (Wire) - Benin opposition candidate Koffi Adjovi plans to hold a rally in Parakou "
                    "on Saturday, his campaign said. Adjovi, a former finance minister, is also expected to meet party "
                    "leaders in Cotonou this week.")
    assert {e.actor.name for e in events if e.action in ("protest", "meet")} == {"Koffi Adjovi"}


def test_round76_a_state_organ_answering_a_lede_body_does_not_name_it() -> None:
    events = _found("NAIROBI, June 1 (Wire) - A Kenyan rights group said on Monday it will march on parliament next "
                    "Tuesday. The Interior Ministry said the march was illegal.")
    assert not any(e.actor.name.endswith("Ministry") and e.action == "protest" for e in events)


def test_round76_a_past_clause_joined_after_two_verbs_takes_the_day_of_the_second() -> None:
    events = _found("ACCRA, June 1 (Wire) - Several hundred protesters defied a court order and marched through central "
                    "Accra on Saturday, and police arrested 15 people, including the organiser, Kofi Mensah.")
    assert ("arrest", "Ghana", "happened", "2026-05-30") in _rows(events)


def test_round76_leading_the_polls_is_no_vote() -> None:
    events = _found("BOGOTA, June 1 (Wire) - Senator Marta Reyes leads the polls ahead of the presidential election. "
                    "Colombians go to the polls on June 21.")
    votes = [(e.actor.name, e.date.value) for e in events if e.action == "vote"]
    assert ("Colombia", "2026-06-21") in votes
    assert all(actor == "Colombia" for actor, _ in votes)
