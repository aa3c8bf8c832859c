"""Events: trigger words -> who does what, with whom, where, when, and whether it happened.

The ``dateline.events.v1`` component finds triggers by an array lookup (verb
lemmas and event nouns from ``data/triggers.json``), licenses them (:mod:`.licensing`,
talks and visits told in a frame in :mod:`.framed_talks`), builds
each event in :mod:`.builder` (participants from :mod:`.participants`, place from
:mod:`.venues`, date from :mod:`.dates`, the status from :mod:`.status` and the
codes from :mod:`.codes`), splits it per person (:mod:`.each_person`), runs the
article-level passes (:mod:`.back_references`, :mod:`.replaced_places`,
:mod:`.event_days`, :mod:`.dateline_city`), adds earlier occurrences (:mod:`.occurrences`) and trip
spans (:mod:`.trips`), and sets ``doc._.events`` (a list of :class:`Event`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .partner_legs import partner_legs, repair_partner_legs
from .joined_events import joined_events
from ..model import UNKNOWN_DATE, Event
from .builder import _build
from .context import _Ctx, _context, time_to_date, times_by_token
from .dates import _anchored_offsets, _same_day
from .codes import event_codes, with_what_codes
from .furniture import furniture_spans, in_spans
from .gatherings import _gathering_changes, journey_purposes, kept_days
from .journey_visits import journey_visits
from .holders import hosted_gatherings, hosted_meetings, hosted_visits, named_gathering_places, named_hosted
from .courts import repair_verdict_dates
from .named_laws import named_laws
from .inverted_subjects import repair_inverted_subjects
from .paired_posts import repair_paired_posts
from .participle_verbs import repair_appointing_participles
from .visit_partners import visit_partners
from .preposition_verbs import repair_dated_modal_verbs, repair_dated_past_verbs, repair_preposition_verbs
from .noun_verbs import (repair_as_post_clauses, repair_modifier_verbs, repair_aside_objects, repair_length_frames, repair_noun_roots, repair_report_source_clauses, repair_reported_conjuncts, repair_subordinate_subjects, repair_subordinate_participles, repair_trailing_participles, repair_called_events, repair_count_subjects, repair_dateline_subjects, repair_due_to_verbs, repair_infinitive_nouns,
                         repair_naming_participles, repair_noun_verbs, repair_told_content_preps, repair_told_speech_frames, repair_split_names, repair_topic_venues, repair_carrier_participles, repair_span_measures, repair_day_frames, repair_act_ceremonies, repair_freeing_frames, repair_object_nouns, repair_plan_relatives,
                         repair_reduced_relatives, repair_event_relatives, repair_reporting_tails, repair_fronted_subjects,
                         repair_split_pairs, repair_dated_verbs, repair_name_quantities, repair_set_off_names, repair_who_clauses,
                         repair_split_subject_names, repair_plural_verbs, repair_quote_speakers, repair_infinitive_phrases,
                         repair_among_names, repair_guest_frames)
from .objects import misread_named_noun, misread_noun, misread_object
from .appointments import appointers, body_elections, elected_appointees, own_posts, sworn_appointees
from .stand_ins import replaced_principals, stand_ins, told_stand_ins
from .story_references import posts_filled
from .dissolutions import dissolution_calls
from .union_names import named_unions
from .crowds import crowd_home_places
from .named_envoys import named_envoys
from .office_names import named_offices
from .tour_legs import changed_legs
from .occasion_referents import own_funerals, referred_occasions
from .occasions import article_occasions, on_bare_sidelines, sideline_attendance
from .occurrences import _occurrences
from .plans import _overtaken, go_ahead_subject
from .held_later import held_later
from .triggers import _lex, prep_object_read, subject_noun_read
from .venues import _article_gathering, _occasion_venues
from .arrestees import (filed_charges, included_arrestees, moved_in_custody, named_arrestees, released_arrestees,
                        remands_after_arrest)
from .generics import habits, standing_arrangements
from .restated import missed_then_put_off, retold_acts, retold_changes, when_restated
from .trips import after_setting_out, also_on_trip, country_leg_days, _apply_trip_frames, _conjoined_legs, _duration_trips, _framed_visits, _itinerary_legs, _same_place_dates, _stop_legs, _visit_days, weekday_legs_in_trip
from .back_references import TRIP_FAMILY, family_references, framed_days, revised_plans, set_for_days, trip_references
from .dateline_city import dateline_city, installed_at_home, sites_of_trip_city
from .denied_reports import denied_reports
from .each_person import co_travellers, each_alone, each_apart, each_attendee, each_member, each_present
from .event_days import clock_plan_days, not_yet_under_way, post_days, stays_before
from .framed_talks import agreed_together, during_a_visit, framed_talks_between, outcome_talks, talks_before_outcome, told_during
from .licensing import license, published_trip, told_ahead
from .meals import visiting_guests
from .follow_ons import follow_on_places
from .near_moments import near_moment_days
from .reasons import reason_noun, repair_participle_conjuncts
from .local_officials import local_officials
from .mediated_talks import mediated_talks
from .remote_gatherings import remote_gatherings
from .replaced_places import conjoined_venue, instead_of_plan, moved_from, moved_plan, moved_venues, moves_told_done, replaced_places
from .nlp import doc_text, load_data

__all__ = ["EventFinder", "find_events", "is_report", "time_to_date"]

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


class EventFinder:
    """The ``dateline.events.v1`` component.

    nlp (Language): the pipeline, whose vocab the trigger matcher uses.
    """

    def __init__(self, nlp: Language) -> None:
        lex = _lex()
        self.verb_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.verbs], dtype="uint64")
        self.noun_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.nouns], dtype="uint64")
        self.aux_ids = numpy.array([nlp.vocab.strings.add(w) for w in lex.auxiliaries], dtype="uint64")
        self.adjective_ids = numpy.array([nlp.vocab.strings.add(f) for w in lex.adjectives for f in (w, w.title())],
                                         dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        """doc (Doc): a parsed doc with times, places and actors. RETURNS (Doc): with ``doc._.events``."""
        doc._.events = find_events(doc, self.triggers(doc))
        return doc

    def triggers(self, doc: Doc) -> list[tuple[str, Token]]:
        """Trigger words by one array lookup: verbs by lemma, event nouns by lower-case form.

        doc (Doc): a tagged doc. RETURNS (list[tuple[str, Token]]): ("VERB" or "NOUN", token), text order.
        """
        if not len(doc):
            return []
        repair_dateline_subjects(doc)  # "VICTORIA, Oct 27 (Wire) - Seychelles denied ...", the city read as a subject
        repair_plural_verbs(doc)  # "the recognition of university diplomas on Friday": "diplomas" read as a verb
        repair_infinitive_phrases(doc)  # "was laid to rest on Saturday": "to rest" read as an infinitive
        repair_among_names(doc)  # "heads of state are expected to attend, among them X": X, not attended
        repair_guest_frames(doc)  # "X and Y were among the foreign guests at the ceremony": they attended it
        repair_preposition_verbs(doc)  # "workers will down tools from Monday", "down" read as a preposition
        repair_dated_past_verbs(doc)  # "The Treasury on Thursday relaxed sanctions": "relaxed" read as an adjective
        repair_dated_modal_verbs(doc)  # "will on Friday commission the plant", "commission" read as a noun
        repair_appointing_participles(doc)  # "The president named X as finance minister": read as "a man named X"
        repair_paired_posts(doc)  # "naming X as economy minister and Y as defence minister": Y hung on the first post
        repair_inverted_subjects(doc)  # "X addressed the session and on Wednesday met President Y": Y read as a subject
        repair_noun_verbs(doc)  # "the party plans to hold a rally", read as "party plans"
        repair_infinitive_nouns(doc)  # "plans to test-fire a missile", "fire" read as a noun
        repair_due_to_verbs(doc)  # "is due to host Sam X", "host" read as a noun after "due to"
        repair_modifier_verbs(doc)  # "will hold snap parliamentary elections", "snap" read as a verb
        repair_told_content_preps(doc)  # "will hold an exercise, X, in Lapland starting on Monday, the army said"
        repair_told_speech_frames(doc)  # "told lawmakers that ..., in an address to parliament": the telling's
        repair_split_names(doc)  # "will launch their annual Eager Lion military exercise": "Lion" no second object
        repair_naming_participles(doc)  # "drills, codenamed Southern Tide, in the South China Sea from July 20"
        repair_topic_venues(doc)  # "will sign an agreement on the gas pipeline in Rabat on Monday": the signing's city
        repair_span_measures(doc)  # "called off the launch of its Vega rocket minutes before liftoff": the rocket's launch
        repair_carrier_participles(doc)  # "will launch a rocket carrying a satellite from Tanegashima on Jan. 28": the launch's
        repair_day_frames(doc)  # "called a nationwide day of strikes for next Thursday": the strikes, for that day
        repair_act_ceremonies(doc)  # "The signing ceremony for the treaty has been moved": the signing
        repair_freeing_frames(doc)  # "set 120 detainees free", "let them walk free": freed them
        repair_partner_legs(doc)  # "will meet X in Beijing on Monday and Y in Seoul on Wednesday": Y a partner of its own
        repair_reduced_relatives(doc)  # "A prisoner exchange ... planned for Thursday did not take place"
        repair_count_subjects(doc)  # "Hundreds of teachers protested on Thursday", read as a participle of "hundreds"
        repair_called_events(doc)  # "unions called a general strike for Monday", read as naming something a strike
        repair_plan_relatives(doc)  # "called off a march to parliament that had been planned for Friday"
        repair_event_relatives(doc)  # "The strike by taxi drivers, which began on Monday": read as the drivers' clause
        repair_object_nouns(doc)  # "imposed asset freezes and travel bans", "freezes" read as a verb
        repair_aside_objects(doc)  # "approved, by 61 votes to 29, a bill": the bill read as a noun modifier
        repair_verdict_dates(doc)  # "found X guilty of corruption on Tuesday"
        repair_participle_conjuncts(doc)  # "cancelled the stop, citing a vote, and flew back": "flew" read under "citing"
        repair_reporting_tails(doc)  # "..., the newspaper La Nacion reported on Monday", read as a clause of a noun
        repair_report_source_clauses(doc)  # "denied a report by a Miami newspaper that X had met Y": read as its clause
        repair_fronted_subjects(doc)  # "During the trip to Chisinau, X and Y are expected to sign": X read under Chisinau
        repair_set_off_names(doc)  # "talks with his counterpart, Anita Kromo, in Paramaribo on March 11, the ministry
        # said": "Kromo" read as a subject of "said"
        repair_dated_verbs(doc)  # "A prosecutor on Wednesday charged Jean-Paul X": "charged" read as a modifier of X
        repair_name_quantities(doc)  # "sentenced Park Ji-hoon to three years": the name read as a modifier of "three"
        repair_split_pairs(doc)  # "Talks on Wednesday between X and striking doctors ended": "doctors" read as a subject
        repair_who_clauses(doc)  # "X, who announced the deal on Monday, said ...": "announced" read under "said"
        repair_quote_speakers(doc)  # '"We are ready," Osmonov said before leaving': the speaker read as a "dep"
        repair_split_subject_names(doc)  # "His Lithuanian counterpart Tomas J. visited Tapa": two subjects
        repair_as_post_clauses(doc)  # "The swearing-in of X as finance minister will take place": "as" no conjunction
        repair_noun_roots(doc)  # "Thousands of farmers, many driving tractors, protested ...": read as a clause of the noun
        repair_length_frames(doc)  # "after six hours of talks with union leaders": the talks, after them
        repair_reported_conjuncts(doc)  # "X welcomed Y on Wednesday, and the two signed a deal, state media reported"
        repair_subordinate_subjects(doc)  # "the first between the two ministers since X visited Astana": "since X" read
        # as a phrase
        repair_subordinate_participles(doc)  # "cut the ribbon, before the first passengers, arriving on a flight,
        # walked through": "arriving" read as a clause of "cut"
        repair_trailing_participles(doc)  # "agreed to reopen two crossings, wrapping up two days of talks": read under
        # the infinitive
        arr = doc.to_array([LEMMA, LOWER, POS])
        verbs = numpy.isin(arr[:, 0], self.verb_ids) & (arr[:, 2] == VERB)
        noun_forms = numpy.isin(arr[:, 1], self.noun_ids)
        for i in numpy.flatnonzero(noun_forms & (arr[:, 2] == VERB)):
            if _repair_named_noun(doc[int(i)]):  # "the Iron Lance drills", read as a subject and its verb
                verbs[i] = False
                arr[i, 2] = NOUN
        for i in numpy.flatnonzero(noun_forms & (arr[:, 2] == ADJ)):
            if _repair_adjective_noun(doc[int(i)]):  # "will hold the FA Cup final": the adjective in a noun's role
                arr[i, 2] = NOUN
        nouns = noun_forms & ((arr[:, 2] == NOUN) | (arr[:, 2] == PROPN))
        timed = times_by_token(doc) if Doc.has_extension("times") else {}  # ("postponed until March 23": the month,
        # no march)
        found = [("VERB" if verbs[i] else "NOUN", doc[int(i)]) for i in numpy.flatnonzero(verbs | nouns)
                 if verbs[i] or int(i) not in timed]
        lex = _lex()
        found = [(kind, t) for kind, t in found if (subject_noun_read(t, lex.nouns.get(t.lower_, {})) if kind == "NOUN"
                                                    else prep_object_read(t, lex.verbs.get(t.lemma_.lower(), {})))]
        for kind, t in found:
            if kind == "NOUN" and t.dep_ == "npadvmod" and misread_object(t, frozenset(lex.nouns.get(t.lower_, {}).get("governors", ()))):
                t.dep_ = "dobj"  # "will lead a march through Tbilisi": the march is led
        if len(self.aux_ids):  # "Rao will be in Nairobi on Monday": an auxiliary with a place phrase of its entry, told ahead
            found += [("VERB", t) for i in numpy.flatnonzero(numpy.isin(arr[:, 0], self.aux_ids) & (arr[:, 2] == AUX))
                      if told_ahead(t := doc[int(i)]) and any(c.dep_ == "prep" and c.lower_ in lex.verbs[t.lemma_.lower()].get("preps", ())
                                                                for c in t.children)]
            found.sort(key=lambda item: item[1].i)
        if lex.adjectives:  # "She is due in Vientiane on September 16": an adjective with a place phrase of its entry
            for i in numpy.flatnonzero(numpy.isin(arr[:, 0], self.adjective_ids) & (arr[:, 2] == ADJ)):
                t = doc[int(i)]
                preps = lex.verbs[t.lemma_.lower()].get("preps", ())
                near = (*t.children, *(t.head.children if t.dep_ == "acomp" and t.head.pos_ == "AUX" else ()))
                turned = lex.verbs[t.lemma_.lower()].get("prep_object_verbs", {})
                for back in [c for c in near if c.dep_ == "advmod" and c.lower_ == "back" and c.i == t.i + 1]:
                    for c in list(back.children):
                        if c.dep_ == "prep" and any(g.lower_ in turned.get(c.lower_, {}) for g in c.children):
                            c.head = t  # "is due back in court on July 24": the parser hangs "in court" on "back"
                    near = (*t.children, *(t.head.children if t.dep_ == "acomp" and t.head.pos_ == "AUX" else ()))
                if any(c.dep_ == "prep" and c.lower_ in preps for c in near):
                    found.append(("VERB", t))
            # ("is also due in Dhaka on Dec 2": the parser may hang the place on "is")
            found.sort(key=lambda item: item[1].i)
        return found


def _repair_adjective_noun(tok: Token) -> bool:
    """ "will hold the FA Cup final on Sunday", "postponed Sunday's final": an event noun's form the tagger read as an
    adjective standing as an object (or as a subject with a determiner or possessor of its own), which is the noun; its
    tag is set to one, in place. RETURNS (bool): whether it was repaired."""
    doc = tok.doc
    if tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.pos_ == "VERB" and tok.i > 0 \
            and (before := doc[tok.i - 1]).head.i == tok.i and before.dep_ == "nsubj" and before.pos_ in ("NOUN", "PROPN"):
        before.dep_ = "compound"  # "will hold the cup final on Sunday", read as a small clause "[the cup] [final]": the
        tok.dep_ = "dobj"  # noun phrase, the verb's object
    if tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") or tok.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children):
        return False  # (an adjective as an object is always misread; as a subject, only with a determiner of its own)
    tok.pos_ = "NOUN"
    tok.tag_ = "NN"
    return True


def _repair_named_noun(tok: Token) -> bool:
    """ "will stage the Iron Lance drills": the parser read a named exercise as a subject and a present verb; the verb
    is the event noun again (an object where it was a clause), the name its compound (:func:`misread_named_noun`);
    "will hold live-fire drills": a verb in a noun's role is the noun (:func:`misread_noun`).

    tok (Token): a word tagged VERB whose form is an event noun. RETURNS (bool): whether it was repaired.
    """
    name = misread_named_noun(tok)
    if name is None and not misread_noun(tok):
        return False
    tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS" if tok.lower_.endswith("s") else "NN", tok.lower_
    if name is not None:
        if tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.pos_ == "VERB":
            tok.dep_ = "dobj"
        name.dep_ = "compound"
    return True


def _published_plan(event: Event, tok: Token, ctx: _Ctx) -> Event:
    """event (Event): a trip told as what a published plan document is of. tok (Token): its noun. ctx (_Ctx): the doc's
    index. RETURNS (Event): the trip as planned, dated only by a time in its own phrase (the day of publishing is not
    the trip's)."""
    own = event.date.value is not None and any(
        (x := ctx.times.get(t.i)) is not None and x.text == event.date.text for t in tok.subtree)
    codes = event_codes(event.action, "planned")
    return replace(event, status="planned", date=event.date if own else UNKNOWN_DATE, cameo=codes.cameo,
                   plover=codes.plover, plover_mode=codes.mode, evidence=replace(event.evidence, status="planned"))


def find_events(doc: Doc, triggers: list[tuple[str, Token]]) -> list[Event]:
    """Build events from trigger tokens.

    doc (Doc): parsed doc with ``doc._.times``, ``place_spans`` and ``actor_tokens``.
    triggers (list[tuple[str, Token]]): ("VERB" or "NOUN", token) from the matcher.
    RETURNS (list[Event]): one event per licensed trigger with an actor, text order.
    """
    ctx = _context(doc, triggers)
    events: list[Event] = []
    overtaken: list[Event] = []
    seen: set[int] = set()
    reportable: dict[int, bool] = {}
    furniture = furniture_spans(doc_text(doc))
    for kind, tok in sorted(triggers, key=lambda item: item[1].i):
        if tok.i in seen:
            continue
        sent = tok.sent
        if sent.start not in reportable:
            reportable[sent.start] = is_report(sent) and not in_spans(furniture, sent.start_char)
        if not reportable[sent.start]:
            continue
        if kind == "NOUN" and reason_noun(tok):
            continue  # "cancelled her trip because of a parliamentary session": no meeting of hers
        entry = license(kind, tok, ctx)
        if entry is None:
            continue
        seen.add(tok.i)
        event = _build(tok, entry["action"], ctx)
        event = moved_plan(tok, event, ctx) if event is not None else None
        if event is not None and kind == "NOUN" and published_trip(tok):
            event = _published_plan(event, tok, ctx)  # "published the programme of the Pope's trip": planned
        replaced_plan: list[Event] = []
        if event is not None:
            event, replaced_plan = instead_of_plan(tok, event, ctx)
        if event is not None and not replaced_plan:
            event, replaced_plan = conjoined_venue(tok, event, ctx)
        if event is not None and kind == "NOUN" and (talks_before_outcome(tok, ctx) or framed_talks_between(tok, ctx)):
            event = outcome_talks(event, tok, ctx)
        elif event is not None and kind == "NOUN" and during_a_visit(tok, ctx):
            event = told_during(event, tok, ctx)
        if event is not None and tok.i in ctx.overtaken:
            overtaken.append(replace(event, refers_to_plan=True))
        elif event is not None:
            for alone in each_alone(event):
                events.extend(each_attendee(tok, each_present(tok, each_member(
                    tok, co_travellers(tok, each_apart(tok, alone, ctx), ctx), ctx), ctx), ctx))
            events.extend(replaced_places(tok, event, ctx))
            events.extend(moved_from(tok, event, ctx))
            events.extend(replaced_plan)
    events.extend(agreed_together(ctx, seen))
    events = framed_days(set_for_days(revised_plans(family_references(trip_references(events, ctx), ctx), ctx), ctx), ctx)
    # overtaken plans ("had been due to meet X") take the article's change of them, or stand when it says they go ahead
    # (then "the trip would go ahead" is that plan, no event of its own)
    standing = _overtaken(overtaken, events, ctx.doc)
    confirming = {c for ev in standing if not ev.refers_to_plan and (c := go_ahead_subject(ctx.doc, ev)) is not None}
    events = [ev for ev in events if ev.evidence.trigger_start not in confirming and not _told_with(ev, standing)] + standing
    events = kept_days(_gathering_changes(journey_purposes(_anchored_offsets(_same_day(events, ctx), ctx), ctx), ctx), ctx)
    events = held_later(moves_told_done(moved_venues(events, ctx)), ctx)  # a meeting put off and then held: one
    events = referred_occasions(article_occasions(installed_at_home(_article_gathering(events, ctx), ctx), ctx), ctx)
    events.extend(_occurrences(ctx))
    events = _framed_visits(events, ctx)
    events.extend(_duration_trips(events, ctx))
    events.extend(_conjoined_legs(events, ctx))
    events.extend(_stop_legs(events, ctx))
    events = also_on_trip(changed_legs(after_setting_out(weekday_legs_in_trip(_itinerary_legs(events, ctx))), ctx), ctx)
    events = _occasion_venues(_same_place_dates(journey_visits(_apply_trip_frames(events, ctx), ctx), ctx.anchor), ctx)
    events = not_yet_under_way(_visit_days(named_hosted(hosted_gatherings(hosted_visits(events, ctx), ctx), ctx), ctx), ctx)
    events = named_gathering_places(hosted_meetings(events, ctx), ctx)  # "a meeting hosted by X": the hosting, no
    # meeting of X's besides; "the Doha talks": in Doha
    events = released_arrestees(moved_in_custody(remands_after_arrest(filed_charges(included_arrestees(named_arrestees(
        when_restated(habits(standing_arrangements(events, ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx), ctx)  # "and
    # released them several hours later": the people the arrest took
    events = dateline_city(on_bare_sidelines(country_leg_days(stays_before(retold_changes(retold_acts(missed_then_put_off(events)), ctx), ctx)), ctx), ctx)
    events.extend(sideline_attendance(events, ctx))
    events.extend(stand_ins(events, ctx))
    events = replaced_principals(told_stand_ins(events, ctx), ctx)  # "will attend the ceremony in his place": the called-off plan's
    events = post_days(events, ctx) if ctx.stamps else clock_plan_days(events, ctx)
    events = near_moment_days(follow_on_places(visiting_guests(events, ctx), ctx), ctx)  # "would host a dinner for the
    # visiting delegation": the story's one visitor; "The missile was launched from ...": the launch's place
    events = local_officials(partner_legs(joined_events(denied_reports(sites_of_trip_city(events, ctx), ctx), ctx), ctx), ctx)  # "X reported that Y flew to Z. The agency denied the report."
    # page furniture (link lists, captions, bylines) tells no event, whichever rule read one there
    events = named_laws(with_what_codes(posts_filled(dissolution_calls(body_elections(events, ctx)), ctx)), ctx)  # "a general strike":
    # CAMEO 143, not a demonstration's 141; "appointed X as army chief": the post filled too; "dissolved parliament,
    # setting the stage for an election on May 25": the election called
    events = named_unions(events, ctx)  # "Nigeria's main labour union ... The Nigeria Labour Congress said": the Congress
    events = named_envoys(events, ctx)  # "A Turkish envoy will travel ... The envoy, X, ...": X travels
    events = named_offices(events, ctx)  # "Alberta's premier met ... Premier Laura Brandt": Brandt
    events = crowd_home_places(events, ctx)  # "Toronto's transit workers will walk off the job": in Toronto
    events = own_funerals(events, ctx)  # "the funeral of X": X's funeral, no attendance of X's
    events = own_posts(appointers(sworn_appointees(elected_appointees(events, ctx), ctx), ctx), ctx)
    # ("appointed Y as prime minister. She will be sworn in": Y's oath; "X dismissed Y": Y's dismissal, with X; "naming
    # X as economy minister and Y as defence minister": Y's post; "Delegates elected X as party chairwoman": X appointed)
    events = mediated_talks(events, ctx)  # "Mediated talks between X and Y ended ..., the CCMA said": the CCMA mediated
    events = remote_gatherings(events, ctx)  # "OPEC+ will hold it by video conference rather than in Vienna": its meeting
    events = visit_partners(events, ctx)  # "a visit to Kampala for talks with X": X the visit's partner too
    events = [ev for ev in events if not _state_to_itself(ev)]
    return [ev for ev in events if not in_spans(furniture, ev.evidence.start)] if furniture else events


def _state_to_itself(ev: Event) -> bool:
    """ev (Event): an event. RETURNS (bool): it is a journey (``journey_families`` of ``named_envoys`` in
    ``triggers.json``) of a country to a place of its own ("The Damascus leg of the patriarch's tour has been called
    off" read as Syria's visit to Damascus): a state goes nowhere inside itself, so no event of its is told."""
    return ev.actor.kind == "country" and ev.place is not None and ev.actor.name in (ev.place.name, ev.place.country) \
        and ev.action in _journey_actions()


@cache
def _journey_actions() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``journey_families`` of ``named_envoys`` in ``triggers.json``."""
    return frozenset(load_data("triggers.json")["named_envoys"]["journey_families"])


def _told_with(ev: Event, standing: list[Event]) -> bool:
    """Whether a place-less change of a trip ("cancelled the trip") or of the plan's own act ("had been due to meet X on
    Tuesday but the meeting was called off") is told in the sentence of an overtaken plan of the same actor that took
    it ("had planned to travel to Geneva this week but cancelled the trip on Friday"): one event, which the plan (with
    its place) stands for."""
    return ev.refers_to_plan and ev.place is None and ev.status in ("cancelled", "postponed") \
        and any(p.evidence.start == ev.evidence.start and p.actor.name == ev.actor.name and p.status == ev.status
                and (p.action in TRIP_FAMILY and ev.action in TRIP_FAMILY or p.action == ev.action) for p in standing)


def is_report(sent: Span) -> bool:
    """Whether a sentence reports something: not a question, and a clause with a finite verb.

    sent (Span): a sentence. A headline or a quoted question ("Will X visit the DMZ?")
        and a verbless fragment (a bullet "- Visit to the DMZ.", a caption) state no event;
        a headline infinitive or participle ("Macron to visit China", "Talks postponed") does.
    RETURNS (bool): True when events may be read from it.
    """
    text = sent.text.rstrip().rstrip("\"'”’)")
    if text.endswith("?") or _editorial_note(sent.text):
        return False
    for tok in sent:
        tag = tok.tag_
        if tag in _FINITE_TAGS:
            return True
        if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
            if tag == "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                return True
    return False


def _editorial_note(text: str) -> bool:
    """ "(This story has been corrected to show ...)", "Correction: ...", "(Adds ministry comment)": a note about the
    story, whose words tell no event (openers in ``triggers.json``)."""
    lex = _lex()
    low = text.lstrip().lower()
    bracketed = low[:1] in ("(", "[")
    low = low.lstrip("([ ")
    return low.startswith(lex.note_openers) or bracketed and low.startswith(lex.bracketed_note_openers)
