"""Gatherings told without a person: the gathering itself, by name, holds it.

"Nordic prime ministers will hold their annual summit in Oslo" and "The Nordic summit was
held in Oslo on Wednesday" name no person who acts. :func:`gathering_holder` gives such a
gathering noun, held by a ``holding_verbs`` verb, an organization-like actor: its
participants as one body, named after the gathering ("Nordic summit participants", from
its own proper modifiers or its holders'), and the event is ``hold``. :func:`hosted_gatherings` ties "Haugen hosted the meeting" (a definite
gathering noun with no name of its own) to the gathering named just before: its place,
its date and, when that gathering has a holder, the holder as the host's counterpart. :func:`hosted_visits` folds "X
will host Y ... for a state visit" into Y's visit.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from .actor_mentions import ANONYMOUS
from ..model import ActorRef, Event
from .context import _Ctx, sentence_numbers
from .nlp import load_data
from .local_officials import local_official_nouns
from .places import resolve_country, resolve_place
from .status import occurrence_verb
from .trigger_tokens import trigger_token
from .triggers import _lex

__all__ = ["conjoined_nations", "gathering_holder", "hosted_meetings", "named_gathering_places", "states_summit_host", "gathering_participants", "hosted_gatherings", "hosted_visits",
           "change_verbs"]

#: Entity types of a modifier that names a gathering ("the [Nordic] summit", "the [APEC] forum").
_NAME_ENTS = frozenset({"NORP", "ORG", "GPE", "LOC", "EVENT", "FAC", "PRODUCT"})
#: Prepositions whose object names a gathering's participants ("a summit of Arab leaders", "between A and B leaders").
_PARTICIPANT_PREPS = frozenset({"of", "between", "from"})  # ("ministers [from] five Caribbean countries")
#: Actions of gathering nouns (summit, forum: attend; meeting, talks: meet; negotiations: negotiate).
_GATHERING_ACTIONS = frozenset({"meet", "attend", "negotiate"})


@cache
def _holding() -> tuple[frozenset[str], frozenset[str], str]:
    data = load_data("triggers.json")
    return frozenset(data["holding_verbs"]), frozenset(data["gathering_name_words"]), str(data["holder_word"])


def _opens(verb: Token) -> bool:
    """Whether a verb with a gathering as its subject tells it took place: ``gathering_opening_verbs`` ("the forum
    opened", "the summit began", "the talks ended") or an ``occurrence_phrases`` phrase ("took place", "went ahead"),
    not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lemma_.lower() in load_data("triggers.json")["gathering_opening_verbs"] or occurrence_verb(verb)


def _gathering_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and _lex().nouns.get(tok.lower_, {}).get("action") in _GATHERING_ACTIONS


@cache
def change_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): the verbs that change a plan: cancelled, postponed and moved verbs
    (``status_cues.json``)."""
    data = load_data("status_cues.json")
    return frozenset(data["cancelled_verbs"]) | frozenset(data["postponed_verbs"]) | frozenset(data["moved_verbs"])


#: Units of time that count out a gathering as its frame ("opened two days of talks"): ``length_frames`` of
#: ``triggers.json``.
_LENGTH_FRAMES = frozenset(load_data("triggers.json")["length_frames"])


def _framed(tok: Token) -> Token:
    """The frame noun a gathering noun is told by ("a round of talks": round), else the noun."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.lower_ in _lex().frames or (
            tok.head.head.lower_ in _LENGTH_FRAMES and any(c.dep_ == "nummod" for c in tok.head.head.children))):
        return tok.head.head  # (also "opened two days of talks": the days are the talks)
    return tok


def _name_words(noun: Token) -> list[Token]:
    """The proper modifiers before a noun that name it: "[Nordic] prime ministers", "the [EU-Japan] summit"; else those
    of its participants after "of" or "between" ("a summit of [Arab] leaders", "a summit between [Southeast Asian and
    Gulf] leaders"), or of where they come from ("a meeting of foreign ministers from the five [Maghreb] countries")."""
    words = _own_name_words(noun)
    if words or noun.pos_ not in ("NOUN", "PROPN"):
        return words
    groups = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in _PARTICIPANT_PREPS and p.i > noun.i
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return next((w for g in groups if (w := _own_name_words(g))), None) or next(
        (w for g in groups for p in g.children if p.dep_ == "prep" and p.lower_ == "from"
         for h in p.children if h.dep_ == "pobj" and (w := _own_name_words(h))), [])  # ("a meeting of foreign
    # ministers from the five [Maghreb] countries")


@cache
def _time_modifiers() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``gathering_time_modifiers`` of ``triggers.json`` ("next", "last")."""
    return frozenset(load_data("triggers.json")["gathering_time_modifiers"])


def _own_name_words(noun: Token) -> list[Token]:
    _, regions, _ = _holding()
    words: list[Token] = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        for t in child.subtree:
            if t.is_punct and t.text != "-" or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _time_modifiers():
                continue  # ("[Next] Tuesday's Pacific leaders' summit": a day, no name)
            proper = t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN" or t.lower_ in regions or (t.text[:1].isupper() and not t.is_sent_start)
            if t.text == "-" or t.text[:1].isupper() and proper:
                words.append(t)
    kept = {t.i for t in words}
    # "[Southeast Asian and Gulf] leaders": a conjunction between two kept modifiers is part of the name
    words += [t for t in noun.doc[min(kept, default=0):max(kept, default=0)] if t.dep_ == "cc" and t.i not in kept
              and t.head.i in kept and any(c.dep_ == "conj" and c.i in kept for c in t.head.children)]
    words.sort(key=lambda t: t.i)
    kept = {t.i for t in words}
    # "a two-day summit": a hyphen counts only inside a name ("EU-Japan"), not of a lower-case modifier
    return sorted((t for t in words if t.text != "-" or {t.i - 1, t.i + 1} <= kept), key=lambda t: t.i)


def _join(words: list[Token]) -> str:
    return "".join(t.text + (t.whitespace_ if k + 1 < len(words) else "") for k, t in enumerate(words))


def gathering_holder(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """The actor of a gathering that no person is said to hold.

    tok (Token): an event noun (summit, meeting, talks...). ctx (_Ctx): the doc's context.
    RETURNS (ActorRef | None): an ``org`` named after the gathering, its participants as one body ("Nordic summit
        participants": the noun's own proper modifiers, else those of the subject that holds it, ``holder_word``;
        not the gathering's bare name, which a question names as its object), when the noun is the object of a ``holding_verbs`` verb or its
        passive subject ("was held"); None otherwise, or when nothing names the gathering ("talks were held").
    """
    verbs, _, collective = _holding()
    if not _gathering_noun(tok):
        return None
    top = _framed(tok)  # "A sixth round of U.S.-Iran talks ... was cancelled": the round is the talks
    verb = top.head
    if top.dep_ == "nsubjpass" and verb.pos_ == "VERB" and verb.lemma_.lower() in change_verbs():
        words = _name_words(tok) or _name_words(top) or _kind_words_placed(tok, ctx)  # "The Nordic summit was called
        # off", "The mining summit in Tunis has been postponed": its participants' plan changed
        noun = tok.text if tok.text[:1].isupper() and not tok.is_sent_start else tok.lower_
        if not words and _bare_definite(tok) and (named := _sentence_gathering(tok, ctx)) is not None:
            words, noun = named  # "Organisers of the regional energy summit in Mombasa said the summit had been pushed
            # back": the gathering the sentence named before it
        if not words or any(t.idx < ctx.dateline_end for t in words):
            return None
        return _named_body(words, ctx) or ActorRef(f"{_join(words)} {noun} {collective}", "org")
    if top.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in change_verbs() \
            and (named := _organisers_change(tok, verb, ctx)) is not None:
        words, noun = named  # "Organisers of the Africa-Asia Mining Forum summit ... said they had postponed the
        # meeting": the named gathering's participants' plan changed
        return _named_body(words, ctx) or ActorRef(f"{_join(words)} {noun} {collective}", "org")
    held_by = top if top is not tok and top.lower_ in _LENGTH_FRAMES else tok  # ("opened two days of talks": the days)
    verb = held_by.head
    if (held := held_participle(tok, ctx)) is not None:
        words = _name_words(tok) or next((_own_name_words(c) for c in tok.children if c.dep_ == "poss"), [])
        # ("the Gulf Cooperation Council foreign ministers' meeting held in Riyadh on Sunday": its holders' name)
        if words and not any(t.idx < ctx.dateline_end for t in words):
            noun = tok.text if tok.text[:1].isupper() and not tok.is_sent_start else tok.lower_
            return _named_body(words, ctx) or ActorRef(f"{_join(words)} {noun} {collective}", "org")
    # ("The Gulf of Guinea maritime security summit ... will now take place": the parser may make the name the subject
    # and the noun its apposition)
    subject = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and tok.head.i < tok.i else tok
    opened = subject.dep_ == "nsubj" and subject.head.pos_ == "VERB" and _opens(subject.head)  # "The fisheries forum opened"
    if not opened and (held_by.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs):
        return None
    words = _name_words(tok) or ([c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i
                                  and not any(t.like_num for t in c.subtree)]
                                 if opened else [])  # "the regional [fisheries] forum opened": named by what it is on
    # (not "the two-[day] summit opens": a length)
    if not words and held_by.dep_ == "dobj":
        if any(conjoined_nations(s) for s in verb.children if s.dep_ == "nsubj"):
            return None  # "U.S. and Cuban officials held talks": the two states hold them (the participants' reading)
        words = next((_name_words(s) for s in verb.children if s.dep_ == "nsubj"), [])
    if not words and opened and _bare_definite(tok) and _done(subject.head):
        words = _earlier_name(tok, ctx)  # "10:15 - The summit has opened.": the summit the article named before
    if not words and (body := _of_named_body(tok, ctx)) is not None:
        return body  # "A summit of the Alliance of Sahel States will be held in Ouagadougou": the alliance's own
    if not words or any(t.idx < ctx.dateline_end for t in words):
        return None
    noun = tok.text if tok.text[:1].isupper() and not tok.is_sent_start else tok.lower_
    # no mention offsets: the text names no such body
    return _named_body(words, ctx) or ActorRef(f"{_join(words)} {noun} {collective}", "org")


def conjoined_nations(sub: Token) -> list[ActorRef]:
    """sub (Token): a subject. RETURNS (list[ActorRef]): the states of unnamed officials told by two or more conjoined
    nationalities or country names ("U.S. and Cuban officials", "Mexican and Cuban negotiators": ``local_official_nouns``
    of ``titles.json``), in text order, each at its word's offsets; [] otherwise (one nationality keeps its group:
    "Cuban officials")."""
    if sub.lower_ not in _official_nouns():
        if (country := resolve_country(sub.text)) is None:
            return []
        noun = next((c for c in sub.children if c.dep_ == "conj" and c.lower_ in _official_nouns()), None)
        mods = [m for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i] if noun is not None else []
        word, other = next(((m, c) for m in mods if (c := resolve_country(m.text)) is not None), (sub, country))
        if other == country:
            return []  # ("[US]nsubj and [Russian negotiators]conj": the parser made the first state the subject)
        return [ActorRef(country, "country", None, country, sub.idx, sub.idx + len(sub)),
                ActorRef(other, "country", None, other, word.idx, word.idx + len(word))]
    mods = [c for c in sub.children if c.dep_ in ("amod", "compound", "nmod") and c.i < sub.i]
    first = next((c for c in mods if any(d.dep_ == "conj" for d in c.children)), None)
    if first is not None:
        words = [first, *(d for d in first.subtree if d.dep_ == "conj" and d.i < sub.i)]
    elif (first := next((c for c in mods if any(d.dep_ == "cc" and d.lower_ == "and" for d in c.children)), None)) is not None:
        words = [first, *(c for c in mods if c.i > first.i)]  # "[US]nmod and [Russian]amod negotiators": the parser hung
        # both on the noun
    else:
        return []
    states = [(w, c) for w in words if (c := resolve_country(w.text)) is not None]
    if len(states) < 2 or len(states) != len(words) or len({c for _, c in states}) != len(states):
        return []
    return [ActorRef(c, "country", None, c, w.idx, w.idx + len(w)) for w, c in states]


@cache
def _official_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): :func:`.local_officials.local_official_nouns` plus delegations and negotiators."""
    return local_official_nouns() | {"delegations", "negotiators", "delegates"}


def held_participle(noun: Token, ctx: _Ctx) -> Token | None:
    """noun (Token): a gathering noun. ctx (_Ctx): the doc's index. RETURNS (Token | None): its reduced relative of a
    ``holding_verbs`` verb with a place or a day of its own ("the ministers' meeting held in Riyadh on Sunday"), which
    tells the gathering itself; else None."""
    verbs = _holding()[0]
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs
                 and any(ctx.places.get(t.i) is not None or ctx.times.get(t.i) is not None for t in c.subtree)), None) \
        if _gathering_noun(noun) else None


def _of_named_body(noun: Token, ctx: _Ctx) -> ActorRef | None:
    """noun (Token): a gathering noun. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the organization named
    right after its "of" ("a summit of the Alliance of Sahel States"), whose own gathering it is; else None."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i:
            for g in p.children:
                ref = ctx.actors.get(g.i)
                if g.dep_ == "pobj" and ref is not None and ref is not ANONYMOUS and ref.kind == "org":
                    return ref
    return None


def states_summit_host(noun: Token, ctx: _Ctx) -> tuple[ActorRef, list[ActorRef]] | None:
    """noun (Token): an event noun. ctx (_Ctx): the doc's index. RETURNS (tuple | None): for a gathering of two or
    more states ("a summit of China, Japan and South Korea", "of the leaders of ..."), the one whose city its own
    phrase places it in ("... planned for next month in Tokyo"), the host, and the other states, its guests; else None
    (no state's city named: no host to tell)."""
    if not _gathering_noun(noun):
        return None
    ofs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    ofs += [g2 for g in ofs if g.lower_ in ("leaders", "heads", "presidents", "ministers") for p in g.children
            if p.dep_ == "prep" and p.lower_ == "of" for g2 in p.children if g2.dep_ == "pobj"]
    states: list[tuple[Token, str]] = []
    for g in ofs:
        for t in (g, *(c for c in g.subtree if c.dep_ == "conj")):
            ref = ctx.actors.get(t.i)
            if ref is not None and ref is not ANONYMOUS and ref.kind == "country" and ref.name not in {s for _, s in states}:
                states.append((t, ref.name))
    if len(states) < 2:
        return None
    where = {p.country for t in noun.subtree if (p := ctx.places.get(t.i)) is not None and p.country and (
        p.kind != "country" or t.dep_ == "pobj" and t.head.lower_ in ("in", "at"))}  # (also "due to take place in
    # Brunei": the listed state named as the venue)
    host = next(((t, name) for t, name in states if where == {name}), None)
    if host is None:
        return None
    return (ActorRef(host[1], "country", None, host[1], host[0].idx, host[0].idx + len(host[0])),
            [ActorRef(name, "country", None, name, t.idx, t.idx + len(t)) for t, name in states if name != host[1]])


def _kind_words_placed(noun: Token, ctx: _Ctx) -> list[Token]:
    """noun (Token): a gathering noun. ctx (_Ctx): the doc's index. RETURNS (list[Token]): the common nouns before it
    that say what it is on ("the [mining] summit in Tunis"), when it also names its place after "in" (which, with the
    kind, tells one gathering) and the article has not named such a gathering before (whose planner takes the change);
    else []."""
    if any(t.lemma_ == noun.lemma_ and t.idx >= ctx.dateline_end for t in noun.doc[: noun.sent.start]):
        return []
    if not any(p.dep_ == "prep" and p.lower_ == "in" and any(g.i in ctx.places for g in p.children)
               for p in noun.children):
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i
            and not any(t.like_num for t in c.subtree)]


def _organisers_change(tok: Token, verb: Token, ctx: _Ctx) -> tuple[list[Token], str] | None:
    """tok (Token): a gathering noun, the object of a verb that calls off or puts off. verb (Token): that verb. ctx
    (_Ctx): the doc's index. RETURNS (tuple | None): the gathering's name words and noun when the verb's subject names
    no actor (organisers, "they") and the noun has its own name words, or is a bare definite noun ("the meeting") in a
    sentence that names one gathering before it with name words ("Organisers of the X summit ... said they had
    postponed the meeting"); else None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or (ctx.actors.get(subject.i) not in (None, ANONYMOUS) and subject.pos_ != "PRON"):
        return None
    if (own := _name_words(tok)) and all(t.idx >= ctx.dateline_end for t in own):
        return own, tok.lower_
    if not _bare_definite(tok):
        return None
    return _sentence_gathering(tok, ctx)


def _sentence_gathering(tok: Token, ctx: _Ctx) -> tuple[list[Token], str] | None:
    """tok (Token): a bare definite gathering noun ("the meeting", "the summit"). ctx (_Ctx): the doc's index.
    RETURNS (tuple | None): the name words and noun of the one gathering its sentence names before it with name words
    of its own ("Organisers of the [Africa-Asia Mining Forum] summit") or with its kind and place ("Organisers of the
    regional [energy] summit in Mombasa", :func:`_kind_words_placed`); None when the sentence names none or two."""
    named = [(w, t) for t in tok.sent if t.i < tok.i and _gathering_noun(t) and t.dep_ != "compound"
             and (w := _name_words(t) or _kind_words_placed(t, ctx))]
    if len(named) != 1:
        return None
    return named[0][0], named[0][1].lower_


def _bare_definite(noun: Token) -> bool:
    """ "the summit", "the talks": a gathering noun with "the" and no other word of its own (no name, no owner, no
    phrase after it)."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ == "the" and all(
        c.dep_ == "det" and c.lower_ == "the" or c.i < noun.i - 1 for c in noun.children)  # (a live entry's "10:15 -"
    # the parser may hang on the noun)


def _done(verb: Token) -> bool:
    """ "has opened", "opened", "began": a verb in the present perfect or the simple past (not a plan, "will open", nor
    the pluperfect of another moment)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in ("has", "have")


def _earlier_name(noun: Token, ctx: _Ctx) -> list[Token]:
    """The name of the gathering a bare definite noun refers back to: the nearest earlier mention of the same noun in
    the article, after its dateline, with name words of its own ("Follow our live coverage of the East African
    Community summit. ... The summit has opened"); none when the nearest mention has no name ("X and Y held a summit
    ... the summit"), or when earlier mentions name two gatherings."""
    earlier = [t for t in noun.doc[:noun.i] if t.lower_ == noun.lower_ and t.idx >= ctx.dateline_end and _gathering_noun(t)]
    if not earlier:
        return []
    named = [_join(w) for w in (_name_words(t) for t in earlier) if w]
    words = _name_words(earlier[-1])
    return words if words and len(set(named)) == 1 else []


def gathering_participants(sub: Token, ctx: _Ctx) -> ActorRef | None:
    """ "Follow our live coverage of the East African Community summit. ... Breaking: the leaders have signed a
    declaration": a bare "the leaders" (``leader_group_nouns``, no count, owner or phrase of its own) in an article
    about one named gathering (every earlier named mention of an ``occasion_nouns`` noun after the dateline names the
    same one) are that gathering's participants: the actor :func:`gathering_holder` gives its hold event.

    sub (Token): a subject. ctx (_Ctx): the doc's context. RETURNS (ActorRef | None): the participants, else None.
    """
    if sub.lower_ not in load_data("titles.json")["leader_group_nouns"] or not _bare_definite(sub):
        return None
    occasions = frozenset(load_data("triggers.json")["occasion_nouns"])
    named = [w for w in (_name_words(t) for t in sub.doc[:sub.i] if t.lower_ in occasions and t.idx >= ctx.dateline_end) if w]
    if not named or len({_join(w).lower() for w in named}) != 1 or any(t.idx < ctx.dateline_end for t in named[-1]):
        return None
    words, noun = named[-1], named[-1][-1].head
    while noun.lower_ not in occasions and noun.head.i != noun.i:
        noun = noun.head
    if noun.lower_ not in occasions:
        return None
    return _named_body(words, ctx) or ActorRef(f"{_join(words)} {noun.lower_} {_holding()[2]}", "org")


def _named_body(words: list[Token], ctx: _Ctx) -> ActorRef | None:
    """words (list[Token]): the words naming a gathering. RETURNS (ActorRef | None): the one organization they name
    ("the [SICA] summit", "the [IGAD] summit": the bloc holds it, as when its leaders "hold their summit"); None when
    they name no organization, or anything else besides ("the Nordic summit": its participants)."""
    refs = [ctx.actors.get(t.i) for t in words]
    first = refs[0] if refs else None
    if first is None and len(words) == 1 and words[0].is_upper and 3 <= len(words[0]) <= 6 and words[0].is_alpha \
            and words[0].ent_type_ in ("ORG", "") and resolve_place(words[0].text) is None:
        # "the [IGAD] summit": a bloc's initials the recognizer kept inside the gathering's name
        return ActorRef(words[0].text, "org", None, None, words[0].idx, words[0].idx + len(words[0]))
    if first is None or first.kind != "org" or any(r is None or r.name != first.name for r in refs):
        return None
    return replace(first, start=words[0].idx, end=words[-1].idx + len(words[-1]))


def hosted_gatherings(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The Nordic summit was held in Oslo on Wednesday. Haugen hosted the meeting.": a host event whose object is a
    definite gathering noun without a name takes the place and date (where it has none) of the gathering event told in
    its own or the previous sentence, and that gathering's holder as its counterpart.

    events (list[Event]): the article's events, text order. RETURNS (list[Event]): the events, such ones completed.
    """
    if not ctx.doc.has_annotation("SENT_START") or not any(ev.action == "host" for ev in events):
        return events
    index = sentence_numbers(ctx.doc)
    out: list[Event] = []
    for ev in events:
        noun = _hosted_noun(ev, ctx) if ev.action == "host" and (ev.place is None or ev.date.value is None) else None
        if noun is not None:
            here = index.get(ev.evidence.start, -9)
            near = [p for p in reversed(out) if 0 <= here - index.get(p.evidence.start, -9) <= 1 and p is not ev
                    and (p.action == "hold" or _noun_event(p, ctx))]
            prev = next((p for p in near if p.status != "cancelled"), near[0] if near else None)  # (a gathering
            # moved: where it stands now, not its call-off at the old place)
            if prev is not None:
                people = list(ev.counterparts)
                if prev.action == "hold" and all(c.name != prev.actor.name for c in people):
                    people.append(prev.actor)
                ev = replace(ev, place=ev.place or prev.place, date=ev.date if ev.date.value else prev.date,
                             counterparts=tuple(people))
        out.append(ev)
    return out


def named_hosted(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Fiji will host leaders at an ocean summit in Nadi next week. The two-day Blue Pacific Ocean Summit will open on
    Feb. 26.": a gathering's ``hold`` event (its participants') told in the sentence right after a host event of the same
    status whose gathering is an indefinite one ("an ocean summit"), at no other place and on a day inside the host
    event's, is that gathering: one event, the host's, on the more precise day.

    events (list[Event]): the article's events, text order. RETURNS (list[Event]): the events, such hold events folded
    into their host events."""
    if not ctx.doc.has_annotation("SENT_START") or not any(ev.action == "hold" for ev in events) \
            or not any(ev.action == "host" for ev in events):
        return events
    index = sentence_numbers(ctx.doc)
    out = list(events)
    dropped: set[int] = set()
    for k, hold in enumerate(events):
        if hold.action != "hold" or hold.refers_to_plan:
            continue
        here = index.get(hold.evidence.start, -9)
        host_k = next((j for j, h in enumerate(events) if h.action == "host" and h.status == hold.status
                       and index.get(h.evidence.start, -9) == here - 1 and _indefinite_gathering(h, ctx)), None)
        if host_k is None:
            continue
        host = out[host_k]
        if host.place is not None and hold.place is not None and host.place.name != hold.place.name \
                and host.place.name not in hold.place.within:
            continue
        span, day = host.date.interval(), hold.date.interval()
        if span is not None and (day is None or not (span[0] <= day[0] and day[1] <= span[1])):
            continue
        if day is not None and (span is None or day[1] - day[0] < span[1] - span[0]):
            host = replace(host, date=hold.date)
        out[host_k] = replace(host, place=host.place or hold.place)
        dropped.add(k)
    return [ev for k, ev in enumerate(out) if k not in dropped]


def _indefinite_gathering(ev: Event, ctx: _Ctx) -> bool:
    """ev (Event): a host event. RETURNS (bool): its verb hosts people "at a/an" gathering noun, or hosts "a/an"
    gathering noun ("will host leaders at an ocean summit", "will host a summit")."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return False
    nouns = [c for c in span.root.children if c.dep_ == "dobj"]
    nouns += [g for p in span.root.children if p.dep_ == "prep" and p.lower_ == "at" for g in p.children if g.dep_ == "pobj"]
    nouns += [g for o in span.root.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "at"
              for g in p.children if g.dep_ == "pobj"]
    return any(_gathering_noun(n) and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in n.children) for n in nouns)


def _hosted_noun(ev: Event, ctx: _Ctx) -> Token | None:
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return None
    return next((c for c in span.root.children if c.dep_ == "dobj" and _gathering_noun(c) and not _name_words(c)
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)


def _noun_event(ev: Event, ctx: _Ctx) -> bool:
    """Whether an event's trigger is a gathering noun ("the Nordic summit in Oslo")."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span is not None and _gathering_noun(span.root) and ev.place is not None


def hosted_visits(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.

    RETURNS (list[Event]): the events, a host event whose own clause tells the guest's visit it hosts ("X will host Y
    in Dakar on Feb. 12 for a state visit": the visit noun hangs on the host verb) folded into that visit: one event,
    the guest's visit with the host as counterpart, which takes the host's place and day where it has none (so a
    later "Y's state visit ... has been postponed" changes the one record).
    """
    hosts = [ev for ev in events if ev.action == "host"]
    if not hosts:
        return events
    dropped: set[int] = set()
    out = list(events)
    for host in hosts:
        verb = trigger_token(host, ctx)
        if verb is None or verb.pos_ != "VERB":
            continue
        nouns = {g.idx for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                 if g.dep_ == "pobj"}
        for k, ev in enumerate(out):
            if ev.action == "visit" and ev.evidence.trigger_start in nouns and ev.status == host.status \
                    and any(c.name == ev.actor.name for c in host.counterparts) \
                    and any(c.name == host.actor.name for c in ev.counterparts):
                out[k] = replace(ev, place=ev.place or host.place,
                                 date=ev.date if ev.date.value is not None else host.date)
                dropped.add(id(host))
    return [ev for ev in out if id(ev) not in dropped]


def hosted_meetings(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "at the end of a one-day meeting hosted by Foreign Minister X": the meeting noun's own event of X (a ``meet``)
    and the hosting told by its participle are one event, the host's; the meeting is dropped.

    events (list[Event]): the article's events. RETURNS (list[Event]): the events, such meetings dropped."""
    hosts = {(ev.evidence.trigger_start, ev.actor.name) for ev in events if ev.action == "host"}
    if not hosts:
        return events
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action == "meet" else None
        if tok is not None and tok.pos_ == "NOUN" and any(
                c.dep_ == "acl" and c.lemma_.lower() == "host" and (c.idx, ev.actor.name) in hosts
                and any(a.dep_ == "agent" for a in c.children) for c in tok.children):
            continue
        out.append(ev)
    return out



def named_gathering_places(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "The Doha talks on Sudan have been postponed by a week": a gathering told of its participants (a ``hold`` event)
    with no place of its own whose noun is named by a city ("the Doha talks", "the Geneva conference") is at that city.

    events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, such
    ones given that place."""
    out: list[Event] = []
    for ev in events:
        if ev.action == "hold" and ev.place is None and (tok := trigger_token(ev, ctx)) is not None \
                and tok.pos_ == "NOUN":
            place = next((p for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                          and (p := ctx.places.get(c.i)) is not None and p.kind == "city"), None)
            if place is not None:
                ev = replace(ev, place=place)
        out.append(ev)
    return out
