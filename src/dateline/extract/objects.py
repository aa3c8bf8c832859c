"""What an action acts on: "fired a ballistic missile" -> ``ballistic missile``, "a vote on the budget" -> ``budget``.

The families beyond contacts and journeys (exercise, launch, resign, sanction,
protest, vote) name a thing: :func:`object_what` reads it off the trigger's object,
passive subject, compound, "of" phrase or family preposition ("vote on", "quit as"),
which a trigger entry with ``needs_what`` must have to be an event at all ("launched
talks" is no launch); :func:`what_of` also falls back on the event noun itself ("a
general election", "the Freedom Edge exercise") or the entry's ``what_default``. Words
live in ``data/families.json`` (``what_heads``, ``what_modifiers``, ``what_drop``...).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from .nlp import load_data
from .places import resolve_country, resolve_place

__all__ = ["object_actions", "amount_of", "carried", "object_what", "what_of", "what_heads", "thing_of_phrases", "new_family", "named_tokens", "misread_verb", "misread_named_noun", "misread_noun", "plan_call", "head_of_state", "short_phrase"]

#: Entity types never kept in a "what" ("EU sanctions", "North Korean missile": the actor, not the thing).
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Entity types of a place ("Yellow Sea drills": the drills' place, never their name).
_PLACE_ENTS = frozenset({"LOC", "GPE", "FAC"})
#: Entity types of a time expression ("voted on Monday": no thing voted on).
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: Words of a phrase's left edge never kept ("the", "his", "two").
_EDGE_DEPS = frozenset({"det", "poss", "predet", "case", "nummod", "cc", "prep", "advmod"})


@dataclass(frozen=True)
class _Words:
    heads: dict[str, frozenset[str]]
    modifiers: frozenset[str]
    compounds_only: frozenset[str]
    drop: frozenset[str]
    of_words: frozenset[str]
    preps: dict[str, frozenset[str]]
    self_families: frozenset[str]
    named: frozenset[str]


@cache
def _words() -> _Words:
    data = load_data("families.json")
    return _Words(
        heads={k: frozenset(v) for k, v in data["what_heads"].items()},
        modifiers=frozenset(data["what_modifiers"]),
        compounds_only=frozenset(data["what_compounds_only"]),
        drop=frozenset(data["what_drop"]),
        of_words=frozenset(data["what_of_words"]),
        preps={k: frozenset(v) for k, v in data["what_preps"].items()},
        self_families=frozenset(data["what_self"]),
        named=frozenset(data["what_named"]),
    )


@cache
def _families() -> frozenset[str]:
    return frozenset(load_data("families.json")["families"])


def new_family(action: str) -> bool:
    """action (str): an action family. RETURNS (bool): it is one of the families that name a thing (``families.json``)."""
    return action in _families()


def short_phrase(head: Token, action: str) -> str:
    """The short noun phrase of a head: its modifiers right before it (``what_modifiers``), without determiners,
    numbers, parties ("EU", "North Korean") or ``what_drop`` words at its left edge; a named thing of a
    ``what_named`` family is its proper name ("the Freedom Edge exercise": Freedom Edge)."""
    w = _words()
    deps = frozenset({"compound"}) if action in w.compounds_only else w.modifiers
    left = {t.i for c in head.lefts if c.dep_ in deps for t in c.subtree}
    doc = head.doc
    start = head.i
    while start - 1 >= 0 and start - 1 in left:
        start -= 1
    toks = list(doc[start : head.i])
    if action in w.named:
        proper: list[Token] = []
        kinds = _kind_words(toks)  # "the Balikatan military exercises": the name before the words of the kind
        for t in reversed(toks[: len(toks) - kinds]):
            if _name_word(t) or proper and t.text == "-":
                proper.insert(0, t)
            else:
                break
        while proper and (proper[0].text == "-" or _country_word(proper[0])):
            proper.pop(0)  # "the US-Japan Keen Sword exercise": the parties, not the name
        if proper and all(t.ent_type_ in _PLACE_ENTS for t in proper) \
                and resolve_place("".join(t.text_with_ws for t in proper).strip()) is not None:
            if kinds:
                proper = []  # "the Yellow Sea naval drills": where they are, the kind stays
            else:
                return head.text  # "Yellow Sea drills": where they are, not their name ("Northern Gate" is no known place)
        if proper:
            return "".join(t.text_with_ws for t in proper).strip()
    while toks and _edge_word(toks[0], toks[1] if len(toks) > 1 else head) \
            and not (len(toks) > 1 and toks[1].text == "-" and not toks[0].whitespace_):  # ("an open-ended strike": one
        # hyphenated word)
        toks.pop(0)
    if head.lower_ in load_data("families.json")["what_of_heads"] and (kind := _of_kind(head)) is not None:
        return f"{kind} {head.lower_}"  # "an opposition motion of no confidence": a no-confidence motion
    if not toks and head.lower_ in load_data("families.json")["what_of_heads"] and (of := next(
            (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in g.children)), None)):
        toks = [of]  # "a motion of confidence": a confidence motion
    if not toks and head.lower_ in load_data("families.json")["portfolio_heads"] and (of := next(
            (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "prep", "cc") for c in g.children)),
            None)):
        toks = list(doc[of.left_edge.i : of.i + 1])  # "as minister of economy", "of foreign affairs": the portfolio
    words = [*toks, head]
    text = "".join(t.text_with_ws for t in words).strip()
    if words[0].is_sent_start and words[0].pos_ != "PROPN" and words[0].text[1:2].islower():
        text = text[:1].lower() + text[1:]  # "Sanctions on Russia were extended": sanctions, not a name
    if head.lower_ in load_data("families.json")["part_heads"] and (whole := _named_whole(head)) is not None:
        text = f"{text} of the {whole}"  # "the Kamalapur section of the Dhaka Elevated Expressway": which thing's part
    return text


def _named_whole(head: Token) -> str | None:
    """head (Token): a noun of a part ("section", "stretch"). RETURNS (str | None): the proper name its "of" phrase
    gives the whole ("of the Dhaka Elevated Expressway", "of its North-South Expressway"), else None."""
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for g in p.children:
            name = [t for t in g.lefts if t.dep_ in ("compound", "amod", "nmod") and _name_word(t) for t in t.subtree]
            if g.dep_ == "pobj" and (g.pos_ == "PROPN" or name):
                start = min([g.i, *(t.i for t in name)])
                return g.doc[start : g.i + 1].text
    return None


def _apposed_name(noun: Token) -> str | None:
    """noun (Token): a thing's noun. RETURNS (str | None): the proper name set in apposition after it ("its first
    smartphone, the [Safiri S1]"), with the name's own words and no article; None when there is none (or it names a
    person)."""
    name = next((a for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ != "PERSON"), None)
    if name is None:
        return None
    words = [t for t in name.subtree
             if t.i <= name.i and t.dep_ != "det" and (t.pos_ in ("PROPN", "NUM") or t.i == name.i)]
    return " ".join(t.text for t in words) if words else None


def _of_kind(head: Token) -> str | None:
    """head (Token): a ``what_of_heads`` noun ("motion", "vote"). RETURNS (str | None): the kind its "of" phrase names
    when that is one of ``what_of_words`` ("of no confidence": "no-confidence"; "of censure": "censure"), else None."""
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for g in p.children:
            if g.dep_ == "pobj" and g.lower_ in _words().of_words:
                negated = any(c.dep_ == "det" and c.lower_ == "no" for c in g.children)
                return f"no-{g.lower_}" if negated and not g.lower_.startswith("no-") else g.lower_
    return None


def _name_word(tok: Token) -> bool:
    """A capitalized word of a name: a proper noun, or a capitalized word of a named entity the tagger read as an
    adjective ("Balikatan"), not a country's adjective."""
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or bool(tok.ent_type_) and tok.pos_ == "ADJ" and not _country_word(tok))


def _kind_words(toks: list[Token]) -> int:
    """How many lower-case words of a kind ("military", "joint naval") end a modifier list after a name."""
    n = 0
    while n < len(toks) and toks[-1 - n].text.islower() and any(_name_word(t) for t in toks[: -1 - n]):
        n += 1
    return n


def _country_word(tok: Token) -> bool:
    """A word of a country's name or adjective ("US", "South Korean"), not a name the tagger misread as a place."""
    if tok.ent_type_ not in ("GPE", "NORP"):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and resolve_country(ent.text) is not None


def _edge_word(tok: Token, nxt: Token) -> bool:
    """A word a phrase's left edge loses: a determiner, a possessive, a number (not of "24-hour"), a party's name, a
    ``what_drop`` word, stray punctuation."""
    if tok.like_num or tok.dep_ == "nummod":
        return nxt.text != "-"
    if nxt.text == "-" and tok.whitespace_ == "" and tok.dep_ == "det":
        return False  # "a [no]-confidence motion": a word of the hyphenated modifier, no determiner
    if tok.is_punct:
        return True
    return tok.dep_ in _EDGE_DEPS or tok.lower_ in _words().drop or tok.ent_type_ in _PARTY_ENTS


def what_heads(family: str) -> frozenset[str]:
    """family (str): a family. RETURNS (frozenset[str]): its ``what_heads`` of ``families.json`` ("open": terminal,
    bridge ...)."""
    return _words().heads.get(family, frozenset())


def thing_of_phrases(noun: Token, family: str) -> list[Token]:
    """noun (Token): a ceremony noun with a ``thing_action`` ("inauguration"). family (str): that action.
    RETURNS (list[Token]): its "of" phrases whose object is a thing of that family's ``what_heads`` and no person ("the
    inauguration of the Eastern Line railway")."""
    return [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            and any(g.dep_ == "pobj" and g.lower_ in what_heads(family) and g.ent_type_ != "PERSON" for g in p.children)]


def object_actions(entry: dict[str, Any]) -> tuple[str, ...]:
    """entry (dict): a ``triggers.json`` entry. RETURNS (tuple[str, ...]): the families its ``object_action`` names (one
    or a list, tried in order: "sent aid" is aid, "sent troops" a deployment)."""
    other = entry.get("object_action")
    return (other,) if isinstance(other, str) else tuple(str(o) for o in other or ())


def _entry_heads(entry: dict[str, Any]) -> frozenset[str]:
    key = entry.get("what_heads")
    if entry.get("action") in entry.get("alt_actions", ()) or entry.get("action") in object_actions(entry):
        key = entry["action"]  # "adopted the budget": a vote's heads, not the sanction's; "inaugurated a terminal":
        # an opening's
    if isinstance(key, list):  # "test" a missile or an engine: the heads of each key
        return frozenset(h for k in key for h in _words().heads.get(str(k), frozenset()))
    return _words().heads.get(key, frozenset()) if isinstance(key, str) else frozenset()


def misread_verb(tok: Token, entry: dict[str, Any]) -> bool:
    """ "North Korea test-fired two cruise missiles": a past verb the parser read as the modifier of the noun it acts on
    (``what_heads``), the sentence's root, with no subject of its own."""
    head = tok.head
    return tok.dep_ == "amod" and tok.tag_ == "VBD" and head.lower_ in _entry_heads(entry) and head.dep_ == "ROOT" \
        and tok.i < head.i


#: Entity types of a subject that is a party, not a thing's name ("the United States drills its troops").
_PARTY_NAME_ENTS = frozenset({"GPE", "NORP", "PERSON"})


def misread_named_noun(tok: Token) -> Token | None:
    """ "will stage the Iron Lance drills next week": an event noun the parser read as a present verb whose subject is
    the name before it (a proper noun right before it, opened by "the", no party's name), with no object of its own.

    tok (Token): a word tagged VERB whose lower-case form is an event noun.
    RETURNS (Token | None): the last word of the name ("Lance"), which the caller makes the noun's compound; None when
        the verb is read right ("Seoul drills its reservists").
    """
    placed = {c.i for c in tok.children if c.dep_ == "dobj" and c.i > 0 and tok.doc[c.i - 1].dep_ == "prt"
              and tok.doc[c.i - 1].lower_ in ("off", "near", "around") and c.pos_ == "PROPN"}  # "began the Kaiyo
    # Shield drills [off]prt [Palawan]dobj": a place the parser made the verb's object
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") and c.i not in placed
                                             for c in tok.children):
        return None
    name = tok.doc[tok.i - 1] if tok.i > 0 else None
    if name is None or name.dep_ != "nsubj" or name.head.i != tok.i or name.pos_ != "PROPN" or name.ent_type_ in _PARTY_NAME_ENTS:
        return None
    words = [t for t in name.subtree if t.i != name.i]
    if not words or words[0].lower_ != "the" or words[0].dep_ != "det":
        return None
    return name if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words[1:]) else None


#: Dependencies only a noun takes ("will hold live-fire [drills]", the parser tagging it a verb).
_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubjpass"})


def misread_object(tok: Token, governors: frozenset[str]) -> bool:
    """tok (Token): an event noun. governors (frozenset[str]): the verbs that hold it. RETURNS (bool): the parser read it
    as an adverb of one of those verbs that has no object ("will lead [a march] through Tbilisi", npadvmod); it is the
    verb's object (it has an article, as no adverb of time does)."""
    head = tok.head
    return tok.dep_ == "npadvmod" and head.pos_ == "VERB" and head.lemma_.lower() in governors \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
        and not any(c.dep_ in ("dobj", "dative") for c in head.children)


def misread_noun(tok: Token) -> bool:
    """tok (Token): a word tagged VERB whose lower-case form is an event noun. RETURNS (bool): it stands in a noun's
    role with no object of its own ("will hold live-fire drills": the parser's verb is the object of "hold")."""
    return tok.dep_ in _NOUN_ROLES and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "nsubj") for c in tok.children)


def object_what(tok: Token, entry: dict[str, Any]) -> str | None:
    """What a trigger acts on, read off its own arguments.

    tok (Token): the trigger. entry (dict): its ``triggers.json`` entry (``action``, ``what_heads``).
    RETURNS (str | None): for a verb, its object or passive subject with a ``what_heads`` head ("fired a ballistic
        missile"), or a plural nationality noun for a ``what_nationals`` entry ("detained 40 Hondurans"); for a noun,
        such a compound or "of" head ("a missile launch", "the launch of a satellite", "a vote of
        no confidence"); for either, the object of a family preposition ("vote on the budget", "resigned as finance
        minister"); else None.
    """
    action = str(entry["action"])
    heads = _entry_heads(entry)
    w = _words()
    if (listed := listed_on(tok, entry)) is not None:
        return listed  # "removed Belavia from its sanctions list", "added three banks to its sanctions list"
    if entry.get("list_only"):
        return None  # ("added three new routes": no listing)
    if heads and tok.pos_ in ("VERB", "AUX"):
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _what_site_frames() \
                    and (site := next((g for p in [*c.children, *(x for x in tok.children if x.lower_ == "at")]
                                       if p.dep_ == "prep" and p.lower_ in ("at", "of", "in")
                                       for g in p.children if g.dep_ == "pobj" and g.lower_ in heads), None)) is not None:
                return short_phrase(site, action)  # "suspended operations at its embassy in Khartoum": the embassy (the
                # parser may hang "at its embassy" on the verb)
        if entry.get("site_frames_only"):
            return None  # ("suspended talks", "halted the offensive": no site's work)
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _what_frames() | _what_change_frames():  # "adopted a
                # new package of sanctions", "approved an increase in the defence budget"
                preps = ("of",) if c.lower_ in _what_frames() else ("of", "in", "to")
                framed = [g for p in c.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children
                          if g.dep_ == "pobj" and g.lower_ in heads]
                if framed:
                    return short_phrase(framed[0], action)
            if c.dep_ in ("dobj", "nsubjpass") and (amount := amount_of(c, heads)) is not None:
                return short_phrase(amount, action)  # "will provide 50 million euros in aid", "delivered 40 tonnes of
                # food": the thing amounted
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" and c.ent_type_ != "PERSON":  # "will launch
                # Bayani-1, the country's first radar satellite": the named thing's kind, in apposition (not "arrested
                # Adrian Kellow, the founder of ...": a person, no thing)
                kind = [a for a in c.children if a.dep_ == "appos" and a.lower_ in heads]
                if kind:
                    return short_phrase(kind[0], action)
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("general", "generals") \
                    and (office := next((g for g in c.lefts if g.dep_ == "compound" and g.lower_ in heads), None)) is not None:
                return short_phrase(office, action)  # "closed its consulate general in Gdansk": the parser heads the
                # office's name on its postposed "general"
            if c.dep_ == "dobj" and (cargo := carried(c, heads)) is not None:
                return short_phrase(cargo, action)  # "dispatched a naval ship carrying 50 tonnes of relief supplies":
                # the supplies
            if (c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and entry.get("what_subject")) \
                    and (c.lower_ in heads or modified_head(c, action)):
                payload = [g for a in c.children if a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bear")
                           for g in a.children if g.dep_ == "dobj" and g.lower_ in heads]
                if not payload and (name := _apposed_name(c)) is not None:
                    return f"{name} {c.lower_}"  # "will launch its first smartphone, the Safiri S1": the Safiri S1
                    # smartphone
                return short_phrase(payload[0] if payload else c, action)  # "a rocket carrying a spy satellite": the payload
        if entry.get("what_subject") and tok.dep_ == "xcomp" \
                and not any(c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in tok.children) \
                and (sub := next((c for c in tok.head.children if c.dep_ == "nsubj"), None)) is not None \
                and (sub.lower_ in heads or modified_head(sub, action)):
            return short_phrase(sub, action)  # "Italian peacekeepers began withdrawing from Lebanon": the forces, the
            # subject of the verb the trigger completes
        if entry.get("what_nationals"):
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "NORP" and c.tag_ in ("NNPS", "NNS"):
                    return c.text  # "arrested more than 100 Palestinians": people of a nation
        if misread_verb(tok, entry):
            return short_phrase(tok.head, action)  # "North Korea test-fired two cruise missiles", "fired" read as a modifier
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lower_ in heads \
                and any(c.dep_ == "agent" for c in tok.children):
            return short_phrase(tok.head, action)  # "a ballistic missile fired by North Korea": the missile
    if tok.pos_ in ("NOUN", "PROPN"):
        if entry.get("subject_only") and tok.lower_ in heads:
            return short_phrase(tok, action)  # "The first 200 Kenyan police officers arrived": the officers sent
        for c in tok.lefts:
            if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in heads:
                return short_phrase(c, action)
        split = [g for c in tok.children if c.dep_ == "prt" and c.lower_ == "in" for g in c.children]  # ("the
        # swearing-in of seven new ministers": the "of" on the split "in")
        for p in [*tok.children, *split]:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for g in p.children:
                if g.dep_ == "pobj" and g.lower_ in heads:
                    return short_phrase(g, action)
                if g.dep_ == "pobj" and action == "vote" and g.lower_ in w.of_words:
                    return short_phrase(g, action)
        for c in tok.lefts:  # "a no-confidence vote", "the confidence vote"
            if action == "vote" and c.dep_ in ("compound", "amod", "nmod") and any(t.lower_ in w.of_words for t in c.subtree):
                return short_phrase(tok, action)
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in w.preps.get(action, ()):
            done = [o for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in g.children if o.dep_ == "dobj"]
            if done and tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _topic_nouns():
                return f"{short_phrase(tok, action)} on {short_phrase(done[0], action)}"  # "a referendum on creating a senate":
                # the referendum, on what (as "a referendum on a senate")
            if done:
                return short_phrase(done[0], action)  # "a vote on extending the peacekeeping mission": on the mission
            for g in p.children:
                if entry.get("prep_heads") and g.lower_ not in heads and g.dep_ == "pobj" and g.ent_type_ == "PERSON" \
                        and (titled := next((c for c in g.children if c.dep_ == "compound" and c.lower_ in heads
                                             and c.i < g.i), None)) is not None:
                    return titled.lower_  # "appeared before U.S. District Judge Mark Feldman": before a judge
                if entry.get("prep_heads") and g.lower_ not in heads:
                    continue  # "appeared before the inquiry", not "appeared before reporters"
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in _TIME_ENTS:
                    if g.lower_ in _what_frames() | _what_change_frames():
                        preps = ("of",) if g.lower_ in _what_frames() else ("of", "in", "to")
                        framed = [f for q in g.children if q.dep_ == "prep" and q.lower_ in preps for f in q.children
                                  if f.dep_ == "pobj" and f.pos_ == "NOUN" and (not heads or f.lower_ in heads)]
                        if framed:
                            return short_phrase(framed[0], action)  # "will vote on a reform of the planning laws": on the
                            # laws, as "approved an overhaul of the planning laws" tells
                    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _topic_nouns():
                        return f"{short_phrase(tok, action)} {p.lower_} {short_phrase(g, action)}"  # "a referendum on
                        # constitutional amendments": the referendum, on what
                    return short_phrase(g, action)  # "vote on the budget", not "voted on Monday"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and heads:  # "will hold a final vote on Wednesday on a bill that ...":
        # the phrase the parser hung on the holding verb after the noun
        for p in tok.head.children:
            if p.dep_ == "prep" and p.i > tok.i and p.lower_ in w.preps.get(action, ()):
                for g in p.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lower_ in heads:
                        return short_phrase(g, action)
    return None


@cache
def _list_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``list_words`` of ``families.json`` ("sanctions", "blacklist")."""
    return frozenset(load_data("families.json")["list_words"])


def listed_on(tok: Token, entry: dict[str, Any]) -> str | None:
    """tok (Token): a verb. entry (dict): its ``triggers.json`` entry. RETURNS (str | None): "sanctions" when the verb
    puts its object on or takes it off a sanctions list (``list_frames``: a preposition -> the list nouns it takes,
    the list named by one of ``list_words`` before it or itself a blacklist: "removed Belavia from its sanctions
    list", "added three banks to the blacklist"), else None."""
    frames: dict[str, list[str]] = entry.get("list_frames", {})
    if not frames or tok.pos_ != "VERB":
        return None
    marks = _list_words()
    for p in (*tok.children, *(p for o in tok.children if o.dep_ == "dobj" for p in o.children)):  # (the parser may
        # hang "from its sanctions list" on the object)
        for g in (g for g in p.children if g.dep_ == "pobj") if p.dep_ == "prep" and p.lower_ in frames else ():
            if g.lower_ in frames[p.lower_] and (g.lower_ in marks or any(
                    c.dep_ in ("compound", "amod", "nmod") and c.lower_ in marks for c in g.children)):
                return "sanctions"
    return None


def modified_head(tok: Token, action: str) -> bool:
    """tok (Token): a noun. action (str): a family. RETURNS (bool): the noun is one of the family's ``what_modified_heads``
    with one of its modifiers ("asset freezes", "travel bans" are sanctions; a bare "ban" or "hiring freeze" is not), or
    with one of them as the object of its "on"/"of" phrase ("a ban on rice exports")."""
    words = _modified_heads().get(action, {}).get(tok.lower_, frozenset())
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # (the parser may hang "on rice exports" on the verb)
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words for c in tok.children) or bool(words) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "of") and any(
            g.dep_ == "pobj" and (g.lower_ in words or g.lower_.removesuffix("s") in words) for g in c.children)
        for h in holders for c in h.children)  # ("a temporary ban on rice exports": the export ban)


@cache
def _modified_heads() -> dict[str, dict[str, frozenset[str]]]:
    data: dict[str, dict[str, list[str]]] = load_data("families.json")["what_modified_heads"]
    return {family: {head: frozenset(words) for head, words in table.items()} for family, table in data.items()}


@cache
def _what_site_frames() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``what_site_frames`` of ``families.json`` ("operations"): the work done at the site
    its phrase names."""
    return frozenset(load_data("families.json")["what_site_frames"])


@cache
def _what_frames() -> frozenset[str]:
    return frozenset(load_data("families.json")["what_frames"])


@cache
def _cargo_vehicles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``cargo_vehicles`` of ``families.json`` ("ship", "aircraft"): an object that carries
    what is sent."""
    return frozenset(load_data("families.json")["cargo_vehicles"])


def amount_of(noun: Token, heads: frozenset[str]) -> Token | None:
    """noun (Token): an object. heads (frozenset[str]): what a family acts on. RETURNS (Token | None): when the noun is
    an amount, the thing of those heads it is an amount of ("50 million euros in aid", "40 tonnes of food"); else
    None."""
    return _amounted(noun, heads, ("in", "of"))


def carried(vehicle: Token, heads: frozenset[str]) -> Token | None:
    """vehicle (Token): an object noun. heads (frozenset[str]): what a family acts on (its ``what_heads``).
    RETURNS (Token | None): when the noun is a ``cargo_vehicles`` vehicle, what of those it carries (:func:`_cargo`:
    "two ships with food", "a plane carrying 30 tonnes of aid"); else None."""
    return _cargo(vehicle, heads) if vehicle.lower_ in _cargo_vehicles() else None


@cache
def _loaded_participles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``loaded_participles`` of ``families.json`` ("load", "pack"): what a vehicle "loaded
    with" carries."""
    return frozenset(load_data("families.json")["loaded_participles"])


def _cargo(vehicle: Token, heads: frozenset[str]) -> Token | None:
    """vehicle (Token): a vehicle noun. heads (frozenset[str]): what the family acts on. RETURNS (Token | None): the
    thing a "carrying"/"bearing" participle on it carries, or a "loaded with" one ("loaded with tents"), itself or an
    amount of it ("carrying tents", "carrying 50
    tonnes of relief supplies"), or its "with" phrase names ("two ships with food"); else None."""
    for a in vehicle.children:
        if a.dep_ == "acl" and a.lemma_.lower() in _loaded_participles():
            for g in (g for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                      if g.dep_ == "pobj"):
                if (got := next((x for x in (g, *g.conjuncts) if x.lower_ in heads), None)) is not None:
                    return got  # "two planes loaded with tents, blankets and field heaters"
        if a.dep_ != "acl" or a.lemma_.lower() not in ("carry", "bear"):
            continue
        for g in a.children:
            if g.dep_ != "dobj":
                continue
            if g.lower_ in heads:
                return g
            if _is_amount(g):
                return _amounted(g, heads, ("of",))
    withs = [*vehicle.children, *(c for c in vehicle.head.children if vehicle.dep_ == "dobj" and c.i > vehicle.i)]
    for p in withs:  # "sent two ships with food and drinking water": what the ships bring (the parser may hang the
        # "with" on the verb)
        if p.dep_ != "prep" or p.lower_ != "with":
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            if g.lower_ in heads:
                return g
            if (part := next((x for x in g.children if x.dep_ in ("nmod", "compound", "conj") and x.lower_ in heads),
                             None)) is not None:
                return part
            if _is_amount(g):
                return _amounted(g, heads, ("of",))
    return None


def _is_amount(noun: Token) -> bool:
    """noun (Token): a noun. RETURNS (bool): it is an amount ("50 million euros", "40 tonnes", or a bare number: "about
    400 of its 900 troops")."""
    return noun.ent_type_ in ("MONEY", "QUANTITY") or noun.lower_ in _amount_nouns() or noun.pos_ == "NUM"


def _amounted(noun: Token, heads: frozenset[str], preps: tuple[str, ...]) -> Token | None:
    """noun (Token): an object. heads (frozenset[str]): what the family acts on. preps (tuple[str, ...]): the
    prepositions that name the thing amounted. RETURNS (Token | None): when the noun is an amount ("50 million euros",
    "40 tonnes"), the first such thing after one of ``preps`` ("in aid", "of food"), on the noun or, for an object, on
    its verb right after it; else None."""
    if not _is_amount(noun):
        return None
    hung = (c for c in noun.head.children if noun.dep_ == "dobj" and c.i > noun.i)  # ("will send [350 million euros]
    # [in aid]": the parser hangs the phrase on the verb)
    return next((g for p in [*noun.children, *hung] if p.dep_ == "prep" and p.lower_ in preps for g in p.children
                 if g.dep_ == "pobj" and g.lower_ in heads), None)


@cache
def _amount_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``amount_nouns`` of ``families.json`` ("euros", "tonnes"): an object that is an amount
    of the thing its "in"/"of" phrase names."""
    return frozenset(load_data("families.json")["amount_nouns"])


@cache
def _what_change_frames() -> frozenset[str]:
    return frozenset(load_data("families.json")["what_change_frames"])


@cache
def _topic_nouns() -> frozenset[str]:
    return frozenset(load_data("families.json")["topic_nouns"])


def what_of(tok: Token, entry: dict[str, Any]) -> str | None:
    """What an event of the families of ``families.json`` acts on.

    tok (Token): the trigger. entry (dict): its licensed ``triggers.json`` entry.
    RETURNS (str | None): :func:`object_what`; else, for a verb whose object is an event noun of the same family
        ("announced his resignation as minister", "held a vote on the budget", "will vote in a referendum"), that noun's; else the event noun itself
        for a ``what_self`` family ("general election", "nuclear test", "Freedom Edge"); else the entry's
        ``what_default``; None for the other families.
    """
    action = str(entry["action"])
    if not new_family(action):
        return None
    found = object_what(tok, entry)
    nouns: dict[str, dict[str, Any]] = load_data("triggers.json")["nouns"]
    if found is not None and tok.pos_ in ("VERB", "AUX"):
        for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children):
            if g.dep_ == "pobj" and g.lower_ in _topic_nouns() and nouns.get(g.lower_, {}).get("action") == action:
                return f"{short_phrase(g, action)} on {found}"  # "approved the amendments in a referendum": the referendum
    if found is not None:
        return found
    if tok.pos_ in ("VERB", "AUX"):
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        held += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "vote in a referendum"
        for c in held:
            if any(a.dep_ == "amod" and a.tag_ == "JJS" for a in c.children):
                continue  # "marched on Thursday, in the largest education protest in five years": how big it was, no
                # other thing it was about
            if nouns.get(c.lower_, {}).get("action") == action and c.ent_type_ not in _TIME_ENTS:  # (not "walked out in
                # [March]": the month, no march)
                return what_of(c, {**nouns[c.lower_], "action": action})
        verbs: dict[str, dict[str, Any]] = load_data("triggers.json")["verbs"]
        for c in tok.children:  # "voted on Tuesday to approve the new constitution": what the infinitive approves
            sub = verbs.get(c.lemma_.lower(), {}) if c.dep_ == "xcomp" else {}
            if sub and (sub.get("action") == action or action in sub.get("alt_actions", ())) \
                    and (inner := object_what(c, {**sub, "action": action})) is not None:
                return inner
    elif (name := _appositive_name(tok, action) or _appended_name(tok, action) or _participle_name(tok, action)) is not None:
        return " ".join(t.text for t in name)  # "hold Freedom Shield, the annual exercise", "an exercise, codenamed
        # Pacific Anchor,": its name
    elif (of := next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj" and g.lower_ in entry.get("needs_compound", ())), None)) is not None:
        return short_phrase(of, action)  # "a test of its Babur cruise missile": the missile
    elif (kind := next((c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")
                        and c.lower_ in entry.get("needs_compound", ())), None)) is not None and action in ("exchange",):
        return short_phrase(kind, action)  # "a planned prisoner exchange": prisoner
    elif action in _words().self_families and "what_heads" not in entry and "what_default" not in entry:
        return short_phrase(tok, action)
    default = entry.get("what_default")
    return str(default) if default else None


def _appositive_name(tok: Token, action: str) -> list[Token] | None:
    """ "will hold [Freedom Shield], the annual exercise": the proper name an event noun of a ``what_named`` family is
    in apposition to (its capitalized words up to its head); None when the noun is no such apposition."""
    head = tok.head
    if tok.dep_ != "appos" or action not in _words().named or head.pos_ != "PROPN" or head.i > tok.i:
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
    return words if words and all(t.text[:1].isupper() for t in words) else None


def _appended_name(tok: Token, action: str) -> list[Token] | None:
    """ "will hold a joint land exercise, [Northern Anvil], in Lapland": the proper name in apposition right after an
    event noun of a ``what_named`` family (all its words capitalized); None when there is none."""
    if action not in _words().named:
        return None
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None)
    if name is None:
        return None
    words = [t for t in name.subtree if t.i <= name.i and t.dep_ != "det"]
    return words if words and all(t.text[:1].isupper() for t in words) else None


def _participle_name(tok: Token, action: str) -> list[Token] | None:
    """ "will hold a joint exercise, codenamed Pacific Anchor, on Palawan": the proper name a naming participle
    (``naming_participles`` of ``triggers.json``) written right after an event noun of a ``what_named`` family gives
    it, wherever the parser hung the participle; None when there is none."""
    doc = tok.doc
    k = tok.i + 1
    if action not in _words().named or k + 2 >= len(doc) or doc[k].text != "," \
            or doc[k + 1].lower_ not in load_data("triggers.json")["naming_participles"]:
        return None
    words: list[Token] = []
    for t in doc[k + 2:]:
        if not (t.pos_ == "PROPN" or t.text == "-" and words) or t.ent_type_ in _TIME_ENTS:
            break
        words.append(t)
    return words or None


#: Dependencies of the words that name a thing before its noun ("the [Freedom Shield] exercise", "the [Malligyong-2]
#: satellite").
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def named_tokens(tok: Token, entry: dict[str, Any]) -> frozenset[int]:
    """The words that name the thing an event acts on: the modifiers before the trigger noun ("the Freedom Shield
    exercise") and before the noun it acts on ("launched the Malligyong-2 satellite", "passed the Clean Water Act").

    tok (Token): the trigger. entry (dict): its licensed ``triggers.json`` entry.
    RETURNS (frozenset[int]): the token indices of those names; a name there is the event's ``what``, never a party.
    """
    heads = _entry_heads(entry)
    nouns: list[Token] = []
    if tok.pos_ in ("NOUN", "PROPN"):
        nouns.append(tok)
        nouns += [c for c in tok.lefts if c.dep_ in _NAME_DEPS and c.lower_ in heads]
        nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    else:
        nouns += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if tok.dep_ == "amod" and tok.head.lower_ in heads:
            nouns.append(tok.head)  # "test-fired two cruise missiles", the verb read as the noun's modifier
    nouns += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in _words().preps.get(str(entry["action"]), ())
              for g in p.children if g.dep_ == "pobj"]
    out: set[int] = {t.i for t in _appositive_name(tok, str(entry["action"])) or _appended_name(tok, str(entry["action"])) or ()}  # "Freedom Shield, the exercise"
    for noun in nouns:
        if noun.i != tok.i and noun.pos_ == "PROPN":
            out |= {t.i for t in noun.subtree if t.i <= noun.i}  # "the Clean Water Act"
        for c in noun.lefts:
            if c.dep_ in _NAME_DEPS and c.i != tok.i:
                out |= {t.i for t in c.subtree}
    return frozenset(out)


@cache
def _plan_words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    data = load_data("families.json")
    return {k: frozenset(v) for k, v in data["plan_governors"].items()}, frozenset(data["head_titles"])


def called_for(tok: Token, action: str) -> bool:
    """tok (Token): an event noun. action (str): its family. RETURNS (bool): it is the object of a
    ``plan_prep_governors`` preposition ("called for a strike", "called for protests")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
        and tok.head.lower_ in _plan_prep_governors().get(action, {}).get(tok.head.head.lemma_.lower(), ())


def plan_call(tok: Token, action: str) -> bool:
    """Whether an event noun is the object of one of its family's ``plan_governors`` ("called a snap election for June
    14", "announced a referendum"), or after a ``plan_prep_governors`` preposition ("called for a strike on Sunday"):
    the event is ahead, whatever the verb's tense."""
    verbs = _plan_words()[0].get(action, frozenset())
    if called_for(tok, action) and any(t.ent_type_ in ("DATE", "TIME") for t in tok.head.head.subtree):
        return True  # "The union called for a strike on Sunday": the strike is ahead (with no day, "called for protests
        # against rising prices" is an appeal, told by the caller, no act of its own: see called_for)
    return bool(verbs) and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs \
        and not any(c.dep_ == "prt" for c in tok.head.children)


@cache
def _plan_prep_governors() -> dict[str, dict[str, tuple[str, ...]]]:
    """RETURNS: ``plan_prep_governors`` of ``families.json``: family -> verb lemma -> prepositions."""
    table: dict[str, dict[str, list[str]]] = load_data("families.json")["plan_prep_governors"]
    return {family: {verb: tuple(preps) for verb, preps in verbs.items()} for family, verbs in table.items()}


def head_of_state(title: str | None) -> bool:
    """title (str | None): an actor's title. RETURNS (bool): it is one of the ``head_titles`` ("Prime Minister")."""
    return title is not None and title.lower() in _plan_words()[1]
