"""Verbs of intention the parser read as nouns: "Turkey's main opposition party plans to hold a rally".

After a subject noun, "plans", "aims" or "intends" followed by an infinitive is often read as the
head of a noun phrase ("party plans") whose compound is the real subject. :func:`repair_noun_verbs`
turns such a word back into the verb (``noun_read_verbs`` in ``data/triggers.json``, form -> lemma)
and its compound into its subject, so that the infinitive's event has an actor and a plan.

:func:`repair_infinitive_nouns` turns back a verb the parser read as a noun though it has the infinitive's "to" and a
direct object of its own ("plans to test-fire a missile", "fire" read as a noun after "test-").

:func:`repair_object_nouns` turns back into an object a plural noun the parser read as a clause of its own after a
verb that needs a thing ("imposed asset freezes and travel bans on six officials": "asset" the subject of "freezes").

:func:`repair_dateline_subjects`, :func:`repair_called_events` and :func:`repair_plan_relatives` undo three misreadings
around an event noun: a dateline word read as a second subject, "called a strike" read as naming something a strike
(and "called off [a march]" as a measure), "that had been planned for Friday" read as a clause of the verb.

:func:`repair_count_subjects` makes a count of people the subject of the verb the parser read as a participle of it
("Hundreds of teachers protested on Thursday", read as "hundreds [that were] protested").

:func:`repair_split_pairs` joins back the second side of "between X and Y" that the parser made a second subject
of the verb when a date stands between the noun and "between" ("Talks on Wednesday between X and striking doctors
ended": "doctors" read as a subject of "ended").

:func:`repair_dated_verbs` turns back into the verb of its clause a past verb the parser read as a modifier of its
object after a date told between subject and verb ("A prosecutor on Wednesday charged Jean-Paul X").

:func:`repair_set_off_names` hangs back on its noun a name set off by commas that the parser made a second subject
of the reporting verb ("talks with his Surinamese counterpart, Anita Kromo, in Paramaribo on March 11, the ministry
said"), with the phrases after it.

:func:`repair_split_subject_names` hangs a name the parser made a second subject back on the noun subject before it
("His Lithuanian counterpart Tomas Jankauskas visited Tapa").

:func:`repair_modifier_names` makes conjoined subjects of a bare name and the named person the parser hung it on
("Boric and Argentine President Javier Milei signed": "Boric" read as a modifier of "Milei").

:func:`repair_name_quantities` makes a hyphenated name the parser hung on the quantity after it the verb's object again
("sentenced former lawmaker Park Ji-hoon to three years in prison", "to" read as "up to").

:func:`repair_infinitive_phrases` turns back into a prepositional phrase a trigger's fixed phrase read as an infinitive
("was laid to rest": "to rest" read as an infinitive).

:func:`repair_among_names` hangs names told after "among them" on the plural subject they count ("heads of state are
expected to attend, among them President X": read as the object of "attend").

:func:`repair_guest_frames` reads "X were among the guests at the ceremony" as "X attended the ceremony".

:func:`repair_plural_verbs` turns back into the noun of an "of" phrase a plural the tagger read as a present verb ("the
recognition of university diplomas on Friday").

:func:`repair_due_to_verbs` turns back into the infinitive of "due to" an event verb the parser read as a noun before a
name ("is due to host Sam X in Cape Town", read as "due to [host Sam X]").

:func:`repair_modifier_verbs` turns back into a modifier of its event noun a word the tagger read as a verb ("will hold
snap parliamentary elections").

:func:`repair_reduced_relatives` hangs a participle of planning back on the event noun before it ("A prisoner exchange
... planned for Thursday did not take place", read as the exchange planning something).
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import DEP, LOWER, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from .actor_lexicon import title_words
from .title_phrases import portfolio_words
from .nlp import doc_text, load_data
from .status import report_nouns
from .triggers import _lex

__all__ = [
    "repair_modifier_verbs", "repair_called_events", "repair_count_subjects", "repair_dateline_subjects", "repair_infinitive_nouns",
    "repair_name_subjects", "repair_naming_participles", "repair_told_content_preps", "repair_told_speech_frames", "repair_split_names", "repair_split_subject_names", "repair_modifier_names", "repair_infinitive_phrases", "repair_among_names", "repair_guest_frames", "repair_plural_verbs", "repair_noun_verbs", "repair_object_nouns",
    "repair_plan_relatives", "repair_reduced_relatives", "repair_event_relatives", "repair_reporting_tails", "repair_fronted_subjects",
    "repair_split_pairs", "repair_dated_verbs", "repair_set_off_names", "repair_who_clauses", "repair_quote_speakers",
    "reduced_relative_verbs", "count_words", "repair_due_to_verbs", "repair_length_frames", "repair_noun_roots", "repair_reported_conjuncts",
    "repair_subordinate_subjects", "repair_as_post_clauses", "repair_subordinate_participles", "repair_trailing_participles", "repair_topic_venues",
    "repair_day_frames", "repair_act_ceremonies", "repair_carrier_participles"
]


@cache
def _forms() -> dict[str, str]:
    return dict(load_data("triggers.json")["noun_read_verbs"]["forms"])


def repair_noun_verbs(doc: Doc) -> None:
    """Re-read each verb of intention the parser made a noun, in place.

    doc (Doc): a parsed doc. RETURNS (None): ``doc`` is changed: the word is a present verb (its lemma from
        ``noun_read_verbs``), the compound right before it is its subject and the words before that compound hang on it.
    """
    forms = _forms()
    ids = numpy.array([doc.vocab.strings.add(f) for f in forms], dtype="uint64")
    arr = doc.to_array([LOWER, POS])
    for i in numpy.flatnonzero(numpy.isin(arr[:, 0], ids) & (arr[:, 1] == NOUN)):
        tok = doc[int(i)]
        subject = _compound_subject(tok)
        if subject is None:
            continue
        for c in list(tok.children):
            if c.i < subject.i:
                c.head = subject  # "[Turkey's] [main] opposition party": the subject's words
        subject.dep_ = "nsubj"
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", forms[tok.lower_]


def _compound_subject(tok: Token) -> Token | None:
    """The compound right before ``tok`` when ``tok`` governs an infinitive ("party plans [to hold]"), has no
    determiner of its own and is no object or prepositional object ("the party's plans to hold", "with plans to")."""
    if tok.i == 0 or tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj", "compound"):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ != "compound" or prev.head.i != tok.i or prev.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ in ("xcomp", "acl") and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children):
        return None
    return prev


def repair_infinitive_nouns(doc: Doc) -> None:
    """Re-read as a verb each noun that has both the infinitive marker "to" or a modal (an ``aux`` child) and a
    direct object, in place ("Pakistan plans to test-fire a ballistic missile", "India will test-fire a cruise
    missile": "fire").

    doc (Doc): a parsed doc. RETURNS (None): each such word is a base-form verb (its ``pos_`` VERB, ``tag_`` VB).
    """
    for i in numpy.flatnonzero(doc.to_array(POS) == NOUN):
        tok = doc[int(i)]
        if (any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in tok.children)
                and any(c.dep_ == "dobj" for c in tok.children)):
            tok.pos_, tok.tag_ = "VERB", "VB"


def repair_modifier_verbs(doc: Doc) -> None:
    """Re-read, in place, a ``verb_read_modifiers`` word the tagger made a verb whose object is an event noun, under a
    verb with no object of its own ("Kosovo will hold snap parliamentary elections", "snap" read as a verb of which the
    elections are the object): the word modifies the noun, and the noun is the outer verb's object.

    doc (Doc): a parsed doc. RETURNS (None): each such word is an adjective (``amod``) of the noun; the noun is ``dobj``.
    """
    ids = [doc.vocab.strings[w] for w in load_data("triggers.json")["verb_read_modifiers"]]
    nouns = _lex().nouns
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids)):  # (the few such words, read off the array)
        tok = doc[int(i)]
        if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp", "ccomp", "conj") \
                or tok.head.pos_ != "VERB" or tok.head.i > tok.i or any(c.dep_ == "dobj" for c in tok.head.children):
            continue
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in nouns and c.i > tok.i), None)
        if noun is None or any(doc[k].pos_ not in ("ADJ", "NOUN", "PROPN") for k in range(tok.i + 1, noun.i)):
            continue
        verb = tok.head
        noun.head, noun.dep_ = verb, "dobj"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "amod", "ADJ", "JJ"


@cache
def _naming() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["naming_participles"])


def repair_freeing_frames(doc: Doc) -> None:
    """Re-read "set X free", "let X walk free" and "let X go" as "freed X", in place: the verb takes the lemma "free"
    (a release trigger), the people let go become its direct object, and the phrases hung on the inner verb ("walk
    free from Ofer prison on Thursday") hang on it (``freeing_frames`` of ``status_cues.json``: verb -> the complements
    that make it a release).

    doc (Doc): a parsed doc. RETURNS (None)."""
    frames: dict[str, list[str]] = load_data("status_cues.json")["freeing_frames"]
    for verb in doc:
        if verb.pos_ != "VERB" or (words := frames.get(verb.lemma_.lower())) is None:
            continue
        inner = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.i > verb.i
                      and (c.lower_ in words or any(f"{c.lower_} {g.lower_}" in words for g in c.children
                                                    if g.dep_ in ("advmod", "acomp", "oprd")))), None)
        free = next((c for c in verb.children if c.lower_ in words and c.i > verb.i and c.pos_ == "ADJ"), None)
        if inner is not None:
            people = next((c for c in inner.children if c.dep_ == "nsubj" and c.i < inner.i), None)
            if people is None:
                continue
            people.head, people.dep_ = verb, "dobj"
            for c in list(inner.children):
                if c.dep_ in ("prep", "npadvmod"):
                    c.head = verb
        elif free is None or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        verb.lemma_ = "free"


def repair_day_frames(doc: Doc) -> None:
    """Re-read "a (nationwide) day of strikes" as the strikes themselves, in place: an event noun that is the "of" object
    of a ``day_frame_nouns`` noun (``status_cues.json``) takes that noun's place in its clause (its head and role, as
    a direct object where the parser read naming), and the day hangs on it ("unions called a day of strikes for next
    Thursday" as "called strikes"; "staged a day of protest on Thursday" as "staged a protest").

    doc (Doc): a parsed doc. RETURNS (None)."""
    frames = frozenset(load_data("status_cues.json")["day_frame_nouns"])
    nouns = _lex().nouns
    for day in doc:
        if day.lower_ not in frames or day.head.i == day.i or day.dep_ not in ("dobj", "oprd"):
            continue
        noun = next((g for p in day.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj" and g.lower_ in nouns), None)
        if noun is None or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in (*day.children, *noun.children)):
            continue  # (not "marked the day of the vote": a day named by an event told elsewhere)
        head, dep = day.head, "dobj" if day.dep_ == "oprd" else day.dep_
        noun.head, noun.dep_ = head, dep
        day.head, day.dep_ = noun, "dep"


def repair_act_ceremonies(doc: Doc) -> None:
    """Re-read "the signing ceremony" as the signing itself, in place: an act noun of ``ceremony_acts`` that is the
    compound of a ``ceremony_heads`` noun (``occasions.json``) takes that noun's place in its clause (its head, role and
    words: "The signing ceremony for the water treaty has been moved to Vienna" as "The signing for the water treaty
    has been moved"), the ceremony noun hanging on it.

    doc (Doc): a parsed doc. RETURNS (None)."""
    data = load_data("occasions.json")
    acts, heads = frozenset(data["ceremony_acts"]), frozenset(data["ceremony_heads"])
    for act in doc:
        ceremony = act.head
        if act.lower_ not in acts or act.dep_ != "compound" or ceremony.lower_ not in heads or ceremony.i == act.i \
                or ceremony.head.i == ceremony.i or act.i + 1 != ceremony.i:
            continue
        for child in list(ceremony.children):
            if child.i != act.i:
                child.head = act
        act.head, act.dep_ = ceremony.head, ceremony.dep_
        ceremony.head, ceremony.dep_ = act, "dep"


def repair_topic_venues(doc: Doc) -> None:
    """Hang on a signing verb the city the parser hung on the topic of what is signed ("will sign an agreement on the
    gas pipeline [in Rabat] on Monday": where the signing is, not the pipeline), in place: an "in"/"at" phrase naming a
    city the gazetteer knows, on the object of an "on"/"over"/"for" phrase of the verb's direct object.

    doc (Doc): a parsed doc. RETURNS (None)."""
    from .places import resolve_place

    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("sign", "ink"):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for topic in (g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "over", "for")
                          for g in p.children if g.dep_ == "pobj"):
                for prep in [c for c in topic.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]:
                    city = next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
                    span = doc[city.left_edge.i : city.i + 1] if city is not None else None
                    if span is not None and (place := resolve_place(span.text)) is not None and place.kind == "city":
                        prep.head = verb


def repair_carrier_participles(doc: Doc) -> None:
    """Hang on the verb of a launch the place and time phrases the parser hung on the participle that names the rocket's
    payload ("will launch its H3 rocket carrying the Hikari-3 satellite [from the Tanegashima Space Center] [on Jan.
    28]": where and when the rocket goes up, not where the satellite is carried), in place: the "from", "on", "at" and
    "in" phrases after the object of a "carrying"/"bearing" participle (an ``acl`` of a verb's direct object).

    doc (Doc): a parsed doc. RETURNS (None)."""
    for part in doc:
        if part.dep_ != "acl" or part.tag_ != "VBG" or part.lemma_.lower() not in ("carry", "bear"):
            continue
        obj = part.head
        verb = obj.head
        if obj.dep_ not in ("dobj", "nsubj") or verb.pos_ != "VERB":
            continue
        for prep in [c for c in part.children if c.dep_ == "prep" and c.lower_ in ("from", "on", "at", "in")]:
            prep.head = verb


def repair_span_measures(doc: Doc) -> None:
    """Give back to its preposition the noun the parser made a compound of a time span's noun ("called off the launch of
    its Vega [rocket] minutes before liftoff": "rocket minutes" read as one noun, the rocket lost), in place: the noun
    before "minutes", "hours" (``nouns`` of ``span_measures`` in ``triggers.json``) followed by "before", "after" (its
    ``preps``) becomes the object in its place and the span noun measures the phrase after it.

    doc (Doc): a parsed doc. RETURNS (None)."""
    measures = load_data("triggers.json")["span_measures"]
    for span in [t for word in measures["nouns"] for t in _with_lower(doc, word)]:
        if span.dep_ not in ("pobj", "dobj") or span.i + 1 >= len(doc) or doc[span.i + 1].lower_ not in measures["preps"] \
                or span.i == 0:
            continue
        noun = doc[span.i - 1]
        if noun.dep_ != "compound" or noun.head.i != span.i or noun.pos_ != "NOUN" or noun.like_num:
            continue
        noun.head, noun.dep_ = span.head, span.dep_
        for c in [c for c in span.children if c.i < noun.i]:
            c.head = noun  # ("its Vega rocket": the possessor and names are the rocket's)
        following = doc[span.i + 1]
        if following.head.i == span.i:
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            following.head = verb  # ("minutes [before liftoff]": the phrase is the act's)
        span.head, span.dep_ = following, "npadvmod"


def repair_split_names(doc: Doc) -> None:
    """Hang on an event noun the proper name the parser made a second object of its verb right before it ("will launch
    their annual [Eager Lion] military exercise": "Lion" and "exercise" both objects of "launch"; "began the Austral
    Shield exercise", the noun read as the verb's complement), in place: the name becomes the noun's compound, as in
    "the Freedom Edge exercise".

    doc (Doc): a parsed doc. RETURNS (None)."""
    nouns = load_data("triggers.json")["nouns"]
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lower_ in nouns and tok.i > 0 and tok.dep_ in ("ccomp", "xcomp", "conj") \
                and (name := doc[tok.i - 1]).pos_ == "PROPN" and name.dep_ == "dobj" and name.head.i == tok.head.i \
                and not any(c.dep_ in ("dobj", "nsubj", "aux", "auxpass") for c in tok.children):
            tok.pos_, tok.tag_, tok.dep_ = "NOUN", "NN", "dobj"  # "began [the Cassowary Tide] exercise off Darwin": the
            _hang_name(name, tok, with_det=True)  # noun read as a verb, the name as the first verb's object
            continue
        if tok.pos_ != "NOUN" or tok.lower_ not in nouns or tok.i == 0:
            continue
        if tok.dep_ == "ccomp":  # the named noun read as a clause
            if tok.head.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.head.children):
                continue
            name = doc[tok.i - 1]
            if name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.i == tok.i \
                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                _hang_name(name, tok, with_det=True)  # "will hold [the Austral Shield] exercise": the name read as
                # the subject of a clause "exercise"
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                tok.dep_ = "dobj"  # "began the Austral Bridge exercise off Punta Arenas"
        elif tok.dep_ in ("dobj", "xcomp") and tok.left_edge.i > 0:
            name = doc[tok.left_edge.i - 1]
            if name.pos_ == "PROPN" and name.dep_ == "dobj" and name.head.i == tok.head.i and name.i < tok.i:
                complement = tok.dep_ == "xcomp"  # "began [the Austral Shield] exercise off Punta Arenas": the
                tok.dep_ = "dobj"  # noun read as the verb's complement, the name as its object
                _hang_name(name, tok, with_det=complement)


def _hang_name(name: Token, noun: Token, with_det: bool) -> None:
    """name (Token): a proper name the parser hung apart from the event noun right after it. noun (Token): that noun.
    with_det (bool): the name holds the phrase's determiner, which goes to the noun. RETURNS (None): the name is the
    noun's compound (and its determiner the noun's), in place."""
    if with_det:
        for c in list(name.children):
            if c.dep_ == "det":
                c.head = noun
    name.head, name.dep_ = noun, "compound"


def repair_told_content_preps(doc: Doc) -> None:
    """Hang on the told clause the place and time phrases the parser hung on the reporting verb after it ("Finland and
    Sweden will hold a joint exercise, Northern Anvil, [in Finnish Lapland starting on Monday], the Finnish Defence
    Forces said on Tuesday": where and when the exercise is, not the saying), in place: a ``prep`` child of a
    ``reporting_verbs`` verb that lies after its content clause (a ``ccomp`` before it) and before its subject.

    doc (Doc): a parsed doc. RETURNS (None)."""
    reporting = frozenset(load_data("triggers.json")["reporting_verbs"])
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting:
            continue
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if told is None or subject is None:
            continue
        for c in list(verb.children):
            if c.dep_ == "prep" and told.i < c.i and c.right_edge.i < subject.left_edge.i:
                c.head = told


def repair_told_speech_frames(doc: Doc) -> None:
    """Hang on the telling verb a speech phrase set off by a comma after its told clause, which the parser hung on that
    clause's verb ("told lawmakers on Wednesday that the two countries were 'small nations', in an address to
    parliament": the telling was in the address), in place: a ``prep`` after a comma on a ``ccomp`` verb whose object is
    an event noun with that preposition and the telling verb's lemma among its ``prep_governors``.

    doc (Doc): a parsed doc. RETURNS (None)."""
    nouns = load_data("triggers.json")["nouns"]
    for prep in doc:
        told = prep.head
        if prep.dep_ != "prep" or prep.i == 0 or doc[prep.i - 1].text != "," or told.dep_ != "ccomp" \
                or told.pos_ not in ("VERB", "AUX") or prep.i < told.i or told.head.pos_ != "VERB":
            continue
        verb = told.head
        if any(verb.lemma_.lower() in nouns.get(g.lower_, {}).get("prep_governors", {}).get(prep.lower_, ())
               for g in prep.children if g.dep_ == "pobj"):
            prep.head = verb


def repair_naming_participles(doc: Doc) -> None:
    """Hang on the main verb the place and day phrases the parser hung on a naming participle set off by a comma, with
    no subject of its own and a name right after it ("will hold joint drills, codenamed Southern Tide, in the South
    China Sea from July 20 to July 31"; not "arrived in Kyiv, called the visit historic at a news conference"), in place.

    doc (Doc): a parsed doc. RETURNS (None): each such participle's ``prep`` children, and its bare time phrases, get
        the verb as their head.
    """
    for tok in doc:
        if tok.lower_ not in _naming() or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "," \
                or tok.dep_ not in ("conj", "advcl", "acl") or tok.tag_ not in ("VBN", "VBD") or any(c.dep_ == "nsubj" for c in tok.children):
            continue
        after = doc[tok.i + 1]
        if not (after.pos_ == "PROPN" or after.lower_ == "as" or after.text in ('"', "\u201c", "'")):
            continue  # a name follows ("codenamed Southern Tide", "known as Iron Dome"), not "called the visit historic"
        main = tok.head
        if main.pos_ not in ("VERB", "AUX"):
            main = main.head  # "drills, codenamed ...": the participle on the object; the verb above it
        if main.pos_ not in ("VERB", "AUX") or main.i == tok.i:
            continue
        for c in list(tok.children):
            if c.i > tok.i and (c.dep_ == "prep" or c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in ("DATE", "TIME")):
                c.head = main  # (and a bare time: "codenamed Pacific Anchor, on Palawan later this month")



@cache
def reduced_relative_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): the participles of planning ``reduced_relative_verbs`` (planned, scheduled, set)."""
    return frozenset(load_data("triggers.json")["reduced_relative_verbs"])


def repair_reduced_relatives(doc: Doc) -> None:
    """Re-read, in place, a participle of planning (``reduced_relative_verbs``) that the parser made the subject clause
    of the main verb, with the event noun before it as its subject and no auxiliary ("A prisoner exchange between A and
    B planned for Thursday did not take place"): the participle modifies the noun (``acl``) and the noun is the main
    verb's subject.

    doc (Doc): a parsed doc. RETURNS (None): the noun's head is the main verb (``nsubj``); the participle's head is the
        noun (``acl``, tag VBN).
    """
    for tok in doc:
        if tok.dep_ not in ("csubj", "nsubjpass") or tok.pos_ != "VERB" or tok.lemma_.lower() not in reduced_relative_verbs() \
                or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children):
            continue  # (also read as the passive subject: "Talks between X and Y set for Thursday have been moved")
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ == "NOUN"), None)
        if noun is None or noun.i != tok.left_edge.i + (noun.i - tok.left_edge.i):
            continue
        main = tok.head
        noun.head, noun.dep_ = main, "nsubjpass" if tok.dep_ == "nsubjpass" else "nsubj"
        tok.head, tok.dep_, tok.tag_ = noun, "acl", "VBN"


@cache
def count_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``count_subjects`` of ``triggers.json`` ("hundreds", "dozens"): words that count the
    people of their "of" phrase."""
    return frozenset(load_data("triggers.json")["count_subjects"])


def repair_count_subjects(doc: Doc) -> None:
    """Re-read, in place, a sentence whose root the parser made a count noun (``count_subjects``: "hundreds",
    "thousands") with an "of" phrase, or a plural noun with a number ("Several hundred herders", "Some 500 nurses"),
    and, after it, a past form read as a participle of the noun, the sentence having no finite verb ("Hundreds of
    teachers protested in front of the ministry on Thursday"): the verb is the root, told in the past, and the count
    its subject. (The noun may stand in apposition to a dateline's city, which then hangs on the verb as a ``dep``.)

    doc (Doc): a parsed doc. RETURNS (None): the verb is its own head (``ROOT``, tag VBD); the noun's head is the verb
        (``nsubj``), and the noun's other words after the verb hang on the verb.
    """
    if not doc.has_annotation("DEP"):
        return  # (a blank pipeline has no parse)
    words = count_words()
    for sent in list(doc.sents):
        # the sentence's root, or the noun the parser set in apposition to a dateline's city ("ULAANBAATAR, March 12
        # (Wire) - Several hundred herders protested ...")
        for noun in (sent.root, *(c for c in sent.root.children if c.dep_ == "appos" and c.i > sent.root.i)):
            counted = noun.lower_ in words and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            numbered = noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)  # "Some 500 nurses"
            if noun.pos_ != "NOUN" or not (counted or numbered):
                continue
            verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.pos_ == "VERB"
                         and c.lower_.endswith("ed") and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                         and not any(a.dep_ == "agent" for a in c.children)), None)
            if verb is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
                continue
            for c in list(noun.children):
                if c.i > verb.i:
                    c.head = verb  # (the full stop)
            city = sent.root if noun.i != sent.root.i else None
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
            if city is not None:
                city.head, city.dep_ = verb, "dep"  # (the dateline, as :func:`repair_dateline_subjects` leaves it)
            break


def repair_called_events(doc: Doc) -> None:
    """Re-read, in place, an event noun the parser made the predicate of a verb with no object ("unions called a
    nationwide general strike for Monday", read as calling something a strike), or a measure of it right after its
    particle ("called off a march to parliament"): the noun is the verb's object.

    doc (Doc): a parsed doc. RETURNS (None): each such noun's dependency is ``dobj``.
    """
    nouns = _lex().nouns
    for tok in doc:
        if tok.dep_ == "oprd" and tok.pos_ == "NOUN" and tok.lower_ in nouns and tok.head.pos_ == "VERB" \
                and not any(c.dep_ == "dobj" for c in tok.head.children) \
                and (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
                     or tok.left_edge.i >= 1 and doc[tok.left_edge.i - 1].dep_ == "prt"
                     and doc[tok.left_edge.i - 1].head.i == tok.head.i):
            tok.dep_ = "dobj"  # (also "called off [the national strike]", read as calling something so)
        elif tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and tok.lower_ in nouns and tok.head.pos_ == "VERB" \
                and not any(c.dep_ == "dobj" for c in tok.head.children) and tok.left_edge.i >= 1 \
                and doc[tok.left_edge.i - 1].dep_ == "prt" and doc[tok.left_edge.i - 1].head.i == tok.head.i \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children):
            tok.dep_ = "dobj"  # "called off [a march] to parliament", read as a measure of the calling


def repair_plan_relatives(doc: Doc) -> None:
    """Re-read, in place, a relative clause of planning the parser made a clause of the verb ("called off a march to
    parliament that had been planned for Friday", "planned" read as what was called off): a ``reduced_relative_verbs``
    verb whose passive subject is "that"/"which", told after the verb's event-noun object, is a relative clause of
    that noun.

    doc (Doc): a parsed doc. RETURNS (None): each such verb's head is the noun (``relcl``).
    """
    nouns = _lex().nouns
    for tok in _with_dep(doc, "ccomp"):
        if tok.lemma_.lower() not in reduced_relative_verbs() or not any(
                c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") and c.i < tok.i for c in tok.children):
            continue
        noun = next((c for c in tok.head.children if c.dep_ == "dobj" and c.lower_ in nouns and c.i < tok.i), None)
        if noun is not None:
            tok.head, tok.dep_ = noun, "relcl"


def _with_lower(doc: Doc, word: str) -> list[Token]:
    """doc (Doc): a doc. word (str): a lower-case word. RETURNS (list[Token]): its tokens of that form, read off the
    doc's array (no Python pass over every token)."""
    return [doc[int(i)] for i in numpy.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings.add(word))]


def _with_dep(doc: Doc, dep: str) -> list[Token]:
    """doc (Doc): a parsed doc. dep (str): a dependency label. RETURNS (list[Token]): its tokens with that label, read
    off the doc's array (no Python pass over every token)."""
    if not doc.has_annotation("DEP"):
        return []
    return [doc[int(i)] for i in numpy.flatnonzero(doc.to_array([DEP]) == doc.vocab.strings.add(dep))]


def repair_dateline_subjects(doc: Doc) -> None:
    """Re-read, in place, a dateline word the parser made a subject of the first sentence's verb ("VICTORIA, Oct 27
    (Wire) - Seychelles on Wednesday denied ...": "VICTORIA" read as a second subject): it is no subject (``dep``), and
    a name the parser set beside it (``appos``: "MBABANE, Sept 6 (Wire) - Eswatini's High Court postponed ...") is the
    verb's subject.

    doc (Doc): a parsed doc with ``doc._.dateline`` set (or none). RETURNS (None): such words re-hung.
    """
    span = doc._.dateline if doc.has_extension("dateline") else None
    if not span or not doc.has_annotation("DEP"):
        return
    end = span[1]
    for tok in doc:
        if tok.idx >= end:
            break
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.idx < end:
            continue
        for c in list(tok.children):
            if c.dep_ == "appos" and c.idx >= end:
                c.head, c.dep_ = tok.head, tok.dep_  # (the court the parser hung on the dateline's city)
        tok.dep_ = "dep"


def repair_reporting_tails(doc: Doc) -> None:
    """Re-read, in place, a reporting clause after a comma that the parser hung on a noun of the sentence ("... to sign a
    gas agreement with President X, the newspaper La Nacion reported on Monday", "reported" read as a clause of
    "agreement"): a ``reporting_verbs`` verb with a subject of its own, read as ``acl``/``relcl``, right after a comma,
    is a clause of the sentence's root (``parataxis``), so its subject is no party and its day no day of the event.

    doc (Doc): a parsed doc. RETURNS (None): such a verb's head is its sentence's root.
    """
    verbs = _lex().reporting
    for sent in doc.sents if doc.has_annotation("DEP") else ():  # "... with his counterpart X, the Foreign Ministry
        # in Tokyo said on Wednesday": the ministry read as an apposition of X, "said" the root with no subject
        for root in sent:  # (the root, or a clause the parser hung on it: "..., the ministry in Tokyo said" as advcl)
            if root.lemma_.lower() in verbs and root.pos_ == "VERB" and root.i > sent.start \
                    and root.dep_ in ("ROOT", "advcl", "parataxis") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) \
                    and (subject := _appositive_teller(root)) is not None and subject.head.i < subject.i:
                subject.head, subject.dep_ = root, "nsubj"
    for tok in sorted([*_with_dep(doc, "acl"), *_with_dep(doc, "relcl")], key=lambda t: t.i):
        if tok.lemma_.lower() not in verbs:
            continue
        root = tok.sent.root
        if root.i == tok.i or tok.is_ancestor(root):
            continue
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            edge = tok.left_edge.i
            if edge > 0 and doc[edge - 1].text == ",":
                tok.head, tok.dep_ = root, "parataxis"
            continue
        subject = _appositive_teller(tok)
        if subject is not None:  # "..., his counterpart Y, the newspaper Z reported on Friday": Z read as an
            # apposition of Y and the verb as a clause of the object
            subject.head, subject.dep_ = tok, "nsubj"
            tok.head, tok.dep_ = root, "parataxis"
            continue
        noun = tok.head
        if tok.dep_ == "acl" and noun.pos_ in ("NOUN", "PROPN") and noun.i == tok.i - 1 and noun.i > root.i \
                and noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == "," and noun.head.i == root.i:
            noun.head, noun.dep_ = tok, "nsubj"  # "will visit Lagos next Wednesday ..., the Daily Courier newspaper
            tok.head, tok.dep_ = root, "parataxis"  # reported on Monday": the paper read as the visit's object


def _appositive_teller(verb: Token) -> Token | None:
    """verb (Token): a reporting verb with no subject, read as a clause of a noun. RETURNS (Token | None): the head of the
    noun phrase between the comma before it and itself ("the newspaper" of ", the newspaper Ziarul de Garda reported"),
    read as an apposition; None when no such phrase stands right before the verb."""
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, verb.sent.start - 1, -1) if doc[i].text == ","), None)
    if comma is None or verb.i - comma < 2:
        return None
    phrase = doc[comma + 1 : verb.i]
    heads = [t for t in phrase if (not (phrase.start <= t.head.i < phrase.end) or t.head.i == t.i)
             and not (t.head.i == verb.i and t.dep_ == "prep" and t.i > phrase.start + 1)]  # (", the Foreign Ministry in
    # Tokyo said": "in Tokyo" hung on the verb)
    if len(heads) != 1 or heads[0].dep_ != "appos" or heads[0].pos_ not in ("NOUN", "PROPN") \
            or phrase[0].lower_ not in ("the", "a") and heads[0].pos_ != "PROPN":
        return None
    return heads[0]


@cache
def _thing_verbs() -> frozenset[str]:
    """Lemmas of the ``triggers.json`` verbs that need a thing (``needs_what``: "impose", "fire", "adopt")."""
    verbs: dict[str, dict[str, object]] = load_data("triggers.json")["verbs"]
    return frozenset(lemma for lemma, entry in verbs.items() if entry.get("needs_what"))


def repair_aside_objects(doc: Doc) -> None:
    """ "The Senate approved, by 61 votes to 29, a bill ...": after an aside set off by commas the parser may read a
    verb's object as a bare noun modifier (``npadvmod``); in place, such a noun with a determiner, after a comma, on a
    verb with no object of its own, is that verb's object (no time word: "approved, as expected, the week before")."""
    if not len(doc) or "," not in doc_text(doc):
        return
    arr = doc.to_array([DEP, POS])
    for i in numpy.flatnonzero((arr[:, 0] == doc.vocab.strings["npadvmod"]) & (arr[:, 1] == NOUN)):
        tok = doc[int(i)]
        verb = tok.head
        if verb.pos_ != "VERB" or verb.i > tok.i or tok.ent_type_ \
                or not any(c.dep_ == "det" for c in tok.children) or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if doc[tok.left_edge.i - 1].text == "," and any(doc[k].text == "," for k in range(verb.i + 1, tok.left_edge.i - 1)):
            tok.dep_ = "dobj"


def repair_object_nouns(doc: Doc) -> None:
    """Re-read, in place, a plural noun the parser made a present verb with the noun before it as its subject, in a
    clause hung on a verb that needs a thing and has no object ("imposed [asset] [freezes] and travel bans on six
    officials"): the word is that verb's object and the noun before it its compound.

    doc (Doc): a parsed doc. RETURNS (None): the word is a plural noun (NOUN, NNS, ``dobj`` of the verb); its subject is
        its ``compound``.
    """
    for tok in doc:
        if tok.tag_ != "VBZ" or tok.dep_ != "ccomp" or tok.head.i > tok.i or tok.head.lemma_.lower() not in _thing_verbs() \
                or any(c.dep_ in ("dobj", "aux", "neg", "advmod") for c in tok.children) \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.head.children):
            continue
        subject = doc[tok.i - 1]
        if subject.dep_ != "nsubj" or subject.head.i != tok.i or subject.pos_ != "NOUN" or any(subject.children) \
                or subject.i - 1 != tok.head.i:
            continue  # only "imposed asset freezes": the noun right after the verb, with no words of its own
        subject.dep_ = "compound"
        tok.pos_, tok.tag_, tok.dep_ = "NOUN", "NNS", "dobj"
        tok.lemma_ = tok.lower_


def repair_name_subjects(doc: Doc) -> None:
    """Re-read, in place, a sentence the parser rooted on the name that opens it, with the past verb right after it as
    the name's clause ("Kalnins handed in his resignation on Tuesday", "Kalnins" ROOT and "handed" acl): the verb is
    the root and the name its subject.

    doc (Doc): a parsed doc. RETURNS (None): such a verb is the sentence's ROOT, the name its ``nsubj``.
    """
    for tok in [s.root for s in doc.sents] if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else ():
        if tok.dep_ == "ROOT" and _acronym_modifier_root(tok):
            continue  # (an acronym the tagger may even call a verb)
        if tok.dep_ != "ROOT" or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
            continue
        verb = doc[tok.i + 1]
        if verb.dep_ != "acl" or verb.head.i != tok.i or verb.tag_ != "VBD" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        first = tok.left_edge
        if not (first.is_sent_start or first.i == 0 or doc[first.i - 1].is_space or doc[first.i - 1].text in ("-", "—")):
            continue  # only a name that opens its sentence
        for c in list(tok.children):
            if c.i > verb.i:
                c.head = verb  # the sentence's later words hang on the verb
        verb.head, verb.dep_ = verb, "ROOT"
        tok.head, tok.dep_ = verb, "nsubj"


def repair_split_subject_names(doc: Doc) -> None:
    """Re-read, in place, a name the parser made a second subject of the verb right after a noun subject that it
    names ("His Lithuanian counterpart Tomas Jankauskas visited Tapa": "counterpart" and "Jankauskas" both subjects of
    "visited"): the name is the noun's apposition, as after an object ("met his counterpart Tomas Jankauskas").

    doc (Doc): a parsed doc. RETURNS (None): such names hung on the noun before them.
    """
    if not doc.has_annotation("DEP"):
        return
    for noun in _with_dep(doc, "nsubj"):
        if noun.pos_ != "NOUN" or noun.i + 1 >= len(doc):
            continue
        name = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i > noun.i and c.left_edge.i == noun.i + 1
                     and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            name.head, name.dep_ = noun, "appos"


def repair_portfolio_names(doc: Doc) -> None:
    """Make the person named after a title's portfolio the head of the phrase ("Kenya's [Minister] of Trade [Rebecca
    Miano] will visit": the parser makes the minister the subject and her name the object of "of"), in place: a person's
    name that is the object of "of" or "for" on a title word (``title_words``), with a capitalized ``portfolio_words``
    word before it, takes the title's place in the clause, and the title becomes its compound.

    doc (Doc): a parsed doc. RETURNS (None)."""
    titles = title_words()
    portfolios = portfolio_words()
    for name in _with_dep(doc, "pobj"):
        prep = name.head
        title = prep.head
        if name.ent_type_ != "PERSON" or prep.lower_ not in ("of", "for") or prep.dep_ != "prep" \
                or title.lower_ not in titles or not title.text[:1].isupper() or title.head.i == title.i \
                or not any(c.dep_ == "compound" and c.lower_ in portfolios and c.text[:1].isupper() for c in name.children):
            continue
        name.head, name.dep_ = title.head, title.dep_
        title.head, title.dep_ = name, "compound"
        prep.head = title


def repair_title_appositions(doc: Doc) -> None:
    """Hang on a title noun the person's name the parser hung as an apposition on the last name of the title's own
    phrase ("Armenia's special envoy for normalisation with [Turkey], Armen Hakobyan, will meet ...": Hakobyan is the
    envoy, not Turkey; "The president of the International Committee of the Red Cross, Marc Aebischer, will travel":
    Aebischer the president), in place: an apposition that is a person's name, on a place, country or organisation
    named in a "for"/"with"/"on"/"of" phrase of a title word (``title_words``) at most three phrases up.

    doc (Doc): a parsed doc. RETURNS (None)."""
    titles = title_words()
    for name in _with_dep(doc, "appos"):
        place = name.head
        if name.ent_type_ != "PERSON" or place.ent_type_ not in ("GPE", "NORP", "LOC", "ORG") or place.dep_ != "pobj":
            continue
        cur = place
        for _ in range(3):
            prep = cur.head
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "with", "on", "of", "to"):
                break
            cur = prep.head
            if cur.pos_ == "NOUN" and cur.lower_ in titles and (place.ent_type_ != "ORG" or cur.dep_ in ("nsubj", "nsubjpass")):
                name.head = cur  # (a body's: only of a subject, "The president of the Red Cross, X, will travel")
                break


def repair_modifier_names(doc: Doc) -> None:
    """Re-read, in place, a bare name opening a clause that the parser hung as a modifier on the named subject after
    "and" ("Boric and Argentine President Javier Milei signed an accord": "Boric" an ``amod`` of "Milei", "President"
    its conjunct): the two are conjoined subjects, the bare name first and the full name its conjunct, its title and
    nationality words the name's compounds again.

    doc (Doc): a parsed doc. RETURNS (None): such names made the subject, the named person their conjunct.
    """
    if not doc.has_annotation("DEP"):
        return
    for head in [*_with_dep(doc, "nsubj"), *_with_dep(doc, "nsubjpass")]:
        if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or head.left_edge.i + 3 > head.i:
            continue
        name, cc = head.left_edge, doc[head.left_edge.i + 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ in ("PERSON", "NORP", "DATE") \
                or cc.lower_ != "and" or cc.head.i != name.i:
            continue
        if not (name.is_sent_start or doc[name.i - 1].is_punct or doc[name.i - 1].is_space):
            continue  # only a name that opens its clause
        between = doc[name.i + 2:head.i]
        if any(t.pos_ not in ("PROPN", "ADJ") for t in between) or any(c.i > head.i for c in name.children) \
                or any(c.dep_ not in ("cc", "conj") for c in name.children):
            continue
        for t in between:
            if t.head.i == name.i:
                t.head, t.dep_ = head, "compound"
        name.head, name.dep_ = head.head, head.dep_
        head.head, head.dep_ = name, "conj"


def repair_infinitive_phrases(doc: Doc) -> None:
    """Re-read, in place, a fixed phrase of a trigger verb (``prep_object_verbs`` of ``triggers.json``) that the parser
    read as an infinitive ("was laid [to rest] on Saturday": "rest" an ``xcomp`` with "to" its ``aux``): the word is
    the preposition's object, and the phrases the parser hung on it ("with full military honours") go to the verb.

    doc (Doc): a parsed doc. RETURNS (None): such infinitives re-read as prepositional phrases.
    """
    verbs = _lex().verbs
    for word in _with_dep(doc, "xcomp"):
        verb = word.head
        read_as = verbs.get(verb.lemma_.lower(), {}).get("prep_object_verbs", {})
        to = next((c for c in word.children if c.dep_ == "aux" and c.i == word.i - 1), None)
        if not read_as or to is None or word.lower_ not in read_as.get(to.lower_, {}):
            continue
        for c in list(word.children):
            if c.i != to.i:
                c.head = verb
        to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
        word.head, word.dep_, word.pos_, word.tag_, word.lemma_ = to, "pobj", "NOUN", "NN", word.lower_


def repair_among_names(doc: Doc) -> None:
    """Re-read, in place, the names after "among them" that the parser made the verb's object ("Several heads of state
    are expected to attend, among them Senegalese President Amadou Diallo": "Diallo" the object of "attend"): they
    are in apposition to the clause's plural subject, the people it counts.

    doc (Doc): a parsed doc. RETURNS (None): such names hung on the subject noun as ``appos``.
    """
    if not doc.has_annotation("DEP"):
        return
    for among in _with_lower(doc, "among"):
        if among.dep_ != "prep" or among.i + 2 >= len(doc) \
                or doc[among.i + 1].lower_ not in ("them", "those", "whom") or doc[among.i + 1].head.i != among.i:
            continue
        name = next((t for t in doc[among.i + 2:among.sent.end] if t.ent_type_ == "PERSON" and t.head.ent_type_ != "PERSON"
                     and t.pos_ == "PROPN"), None)
        verb = name.head if name is not None and among.head.i == name.i else among.head  # ("among" hung on the name)
        if name is None or name.head.i not in (verb.i, among.i) or name.dep_ not in ("dobj", "appos", "npadvmod", "pobj"):
            continue
        clause = verb
        while clause.dep_ in ("xcomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                        and c.tag_ == "NNS"), None)
        if subject is None:
            continue
        name.head, name.dep_ = subject, "appos"


@cache
def _guest_nouns() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["guest_nouns"])


@cache
def _occasion_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): nouns of an occasion one attends that are no trigger of their own ("ceremony"):
    ``referent_nouns`` and ``frame_nouns`` of ``occasions.json``."""
    data = load_data("occasions.json")
    return frozenset(data["referent_nouns"]) | frozenset(data["frame_nouns"])


def repair_guest_frames(doc: Doc) -> None:
    """Re-read, in place, "X and Y were among the foreign guests at the ceremony" (a ``guest_nouns`` noun after
    "among" on a form of "be", with "at" or "of" an event noun of ``triggers.json`` or an occasion of
    ``occasions.json``) as "X and Y attended the ceremony": the copula is the verb "attend", the event noun its object;
    so is "X and Y were among those who attended (the talks)", the relative clause's phrases the copula's.

    doc (Doc): a parsed doc. RETURNS (None): such copulas re-read.
    """
    if not doc.has_annotation("DEP"):
        return
    nouns = _lex().nouns
    for among in _with_lower(doc, "among"):
        be = among.head
        if among.dep_ != "prep" or be.lemma_ != "be" or be.pos_ not in ("AUX", "VERB") \
                or not any(c.dep_ == "nsubj" for c in be.children):
            continue
        those = next((g for g in among.children if g.dep_ == "pobj" and g.lower_ in ("those", "people")), None)
        attended = next((c for c in those.children if c.dep_ == "relcl" and c.lemma_.lower() == "attend"
                         and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)), None) \
            if those is not None else None
        if attended is not None:
            be.pos_, be.lemma_ = "VERB", "attend"  # "X and Y were among those who attended (the talks)": they attended
            for c in [c for c in attended.children if c.dep_ in ("dobj", "prep", "npadvmod")]:
                c.head = be
            continue
        guests = next((g for g in among.children if g.dep_ == "pobj" and g.lower_ in _guest_nouns()), None)
        occasion = next((g for p in [*guests.children, *(c for c in be.children if c.i > guests.i)]
                         if p.dep_ == "prep" and p.lower_ in ("at", "of", "for")
                         for g in p.children if g.dep_ == "pobj" and (g.lower_ in _occasion_words() or g.lower_ in nouns
                                                                      and nouns[g.lower_].get("action") in ("attend", "meet"))),
                        None) if guests is not None else None
        # (the parser may hang "at the ceremony" on the copula)
        if occasion is None:
            continue
        be.pos_, be.lemma_ = "VERB", "attend"  # (its tense tag kept: "were", "will be")
        occasion.head, occasion.dep_ = be, "dobj"


def repair_plural_verbs(doc: Doc) -> None:
    """Re-read, in place, a plural noun the tagger read as a present verb after the noun of an "of" phrase ("an agreement
    on the recognition of university diplomas on Friday": "diplomas" read as a verb conjoined to "signed", its "on
    Friday" lost to it; "held talks with X on the recognition of university diplomas": "talks" its subject): the word
    is the noun of the "of" phrase, the noun before it its compound, and its phrases (and a subject it took) go back
    to the verb it hung on.

    doc (Doc): a parsed doc. RETURNS (None): such words re-read as nouns.
    """
    if not doc.has_annotation("DEP"):
        return
    for tok in [*_with_dep(doc, "conj"), *_with_dep(doc, "ccomp")]:
        if tok.tag_ != "VBZ" or tok.i < 2 or not tok.lower_.endswith("s"):
            continue
        prev, main = doc[tok.i - 1], tok.head
        if prev.pos_ != "NOUN" or prev.dep_ != "pobj" or prev.head.lower_ != "of" or main.pos_ != "VERB" \
                or any(c.dep_ in ("aux", "auxpass", "neg", "dobj") for c in tok.children) or not main.i < prev.i:
            continue
        of = prev.head
        for c in list(tok.children):
            if c.dep_ in ("nsubj", "nsubjpass"):
                c.head, c.dep_ = main, "dobj"  # "held talks with X on the recognition of university diplomas"
            elif c.dep_ in ("prep", "npadvmod", "advmod", "punct", "cc", "conj"):
                c.head = main
        tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = of, "pobj", "NOUN", "NNS", tok.lower_
        prev.head, prev.dep_ = tok, "compound"


def repair_due_to_verbs(doc: Doc) -> None:
    """Re-read, in place, "X is due to host Sam Matekane in Cape Town", which the parser read as "due to" (because of) a
    name with the verb as its compound: the word after "to" is an event verb (a lemma of ``triggers.json`` verbs), the
    infinitive of "due"; the name is its object, with the phrases hung on the name.

    doc (Doc): a parsed doc. RETURNS (None): such verbs re-read.
    """
    if not doc.has_annotation("DEP"):
        return
    verbs = _lex().verbs
    for due in doc:
        if due.lower_ != "due" or due.i + 2 >= len(doc):
            continue
        to, word = doc[due.i + 1], doc[due.i + 2]
        name = word.head
        if to.lower_ != "to" or to.head.i != due.i or to.dep_ != "prep" or word.dep_ != "compound" \
                or word.tag_ not in ("NN", "NNP") or word.lower_ not in verbs or name.dep_ != "pobj" \
                or name.head.i != to.i or name.pos_ != "PROPN":
            continue
        for c in list(name.children):
            if c.dep_ == "prep" and c.i > name.i:
                c.head = word  # "in Cape Town": where the verb's event is
        word.head, word.dep_, word.pos_, word.tag_, word.lemma_ = due, "xcomp", "VERB", "VB", word.lower_
        to.head, to.dep_, to.tag_ = word, "aux", "TO"
        name.head, name.dep_ = word, "dobj"


def _acronym_modifier_root(tok: Token) -> bool:
    """Re-read, in place, "IGAD foreign ministers are expected to meet ...", which the parser rooted on the opening
    acronym with the clause as its ``ccomp``: the acronym modifies the subject noun after it, the clause's verb is the
    root. RETURNS (bool): whether the sentence was re-read."""
    doc = tok.doc
    if not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6 and (tok.i == 0 or tok.is_sent_start)):
        return False
    verb = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > tok.i), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                    and c.left_edge.i == tok.i + 1), None) if verb is not None else None
    if verb is None or subject is None:
        return False
    for c in list(tok.children):
        if c.i != verb.i:
            c.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    tok.head, tok.dep_ = subject, "compound"
    return True


def repair_fronted_subjects(doc: Doc) -> None:
    """Re-read, in place, the subject the parser joined to the object of a fronted phrase ("During the one-day trip to
    Chisinau, Kalnaite and Moldovan Prime Minister Victor Rusu are expected to sign ...": the two read as conjuncts of
    "Chisinau", the verb left without a subject): a named person conjoined, after a comma, to the last word of a
    prepositional phrase that opens its sentence, whose root verb has no subject, is that verb's subject (its own
    conjuncts stay with it).

    doc (Doc): a parsed doc. RETURNS (None): such names re-hung on the root.
    """
    if not doc.has_annotation("DEP"):
        return
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
            continue
        opener = next((c for c in root.children if c.dep_ == "prep" and c.i == sent.start), None)
        if opener is None:
            continue
        for t in opener.subtree:
            if t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.i > 0 and doc[t.left_edge.i - 1].text == "," \
                    and t.head.dep_ == "pobj" and t.i < root.i:
                t.head, t.dep_ = root, "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj"
                break



def repair_who_clauses(doc: Doc) -> None:
    """Re-read, in place, a relative clause set off by commas that the parser hung on the sentence's verb ("Energy
    Minister X, who announced the deal on Monday, said ...", "announced" read as a ``parataxis`` of "said" with "who"
    its subject): a verb whose subject is "who" right after a comma that follows a name or a noun is a clause of that
    noun (``relcl``), so the pronoun stands for it.

    doc (Doc): a parsed doc. RETURNS (None): such a verb's head is the noun before the comma.
    """
    if "who" not in doc_text(doc).lower():
        return
    for tok in doc:
        if tok.lower_ != "who" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        verb, noun = tok.head, doc[tok.i - 2]
        while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i and noun.head.i < tok.i:
            noun = noun.head
        if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or noun.pos_ not in ("PROPN", "NOUN") \
                or verb.i < tok.i or verb.is_ancestor(noun) or noun.head.i != verb.head.i and not noun.is_ancestor(verb):
            continue
        verb.head, verb.dep_ = noun, "relcl"


def repair_quote_speakers(doc: Doc) -> None:
    """Re-read, in place, the speaker of a quote the parser left unattached ('"Everything is ready," Osmonov said before
    leaving Bishkek on Monday', "Osmonov" read as a ``dep`` of "said"): a name right before a ``reporting_verbs`` verb
    with no subject of its own, after the quote's closing mark and comma, is that verb's subject (so an act the
    sentence tells of the speaker, "before leaving Bishkek", is the speaker's).

    doc (Doc): a parsed doc. RETURNS (None): such a name is the verb's ``nsubj``.
    """
    verbs = _lex().reporting
    for tok in _with_dep(doc, "dep"):
        if tok.pos_ != "PROPN" or tok.head.i != tok.i + 1 or tok.i < 2:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in verbs or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if before is not None and (before.is_quote or before.text == ","):
            tok.dep_ = "nsubj"


def repair_split_pairs(doc: Doc) -> None:
    """Re-read, in place, the second side of a "between X and Y" phrase the parser made a subject of its own ("Talks on
    Wednesday between Health Minister X and striking doctors ended without a deal": "and" hung on "Talks", "doctors" a
    second subject of "ended", or the subject of "ended" read as a conjunct of "Talks"): a subject that starts just after
    the "and" the parser hung on a noun with a "between" phrase (right after that phrase) is the conjunct of the
    phrase's object, and the noun is the subject of the verb.

    doc (Doc): a parsed doc. RETURNS (None): such subjects re-hung.
    """
    if not doc.has_annotation("DEP"):
        return
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("conj", "pobj", "dobj"):
            continue
        between = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        pobj = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
        if between is None or pobj is None or any(g.dep_ == "conj" for g in pobj.children):
            continue
        cc = next((c for c in tok.children if c.dep_ == "cc" and c.i == between.right_edge.i + 1), None)
        if cc is None:  # ("Talks between President X and Prime Minister Y have been postponed": "and" hung on X)
            cc = next((c for c in pobj.children if c.dep_ == "cc" and c.i == between.right_edge.i and c.i > pobj.i), None)
        if cc is None:
            continue
        verb: Token | None
        if tok.dep_ in ("nsubj", "nsubjpass"):  # "doctors" a second subject of the noun's verb
            verb, second = tok.head, next((s for s in tok.head.children if s.dep_ == tok.dep_ and s.i != tok.i
                                           and s.left_edge.i == cc.i + 1), None)
        else:  # "ended" a conjunct of the noun, with "doctors" its subject
            verb = next((v for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB"), None)
            second = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == cc.i + 1),
                          None) if verb is not None else None
        if verb is None or second is None:
            continue
        cc.head = pobj
        if verb.head.i == tok.i:
            verb.head, verb.dep_ = tok.head if tok.head.i != tok.i else verb, tok.dep_ if tok.head.i != tok.i else "ROOT"
            tok.head, tok.dep_ = verb, second.dep_
        second.head, second.dep_ = pobj, "conj"


def repair_event_relatives(doc: Doc) -> None:
    """Re-read, in place, a "which" clause the parser hung on the doers of an event noun ("The strike by taxi drivers,
    which began on Monday, blocked the roads": "began" read as a clause of "drivers"): a relative clause whose subject
    is "which", on the object of a "by" or "of" phrase of an event noun, whose verb is one of that noun's ``governors``
    (``triggers.json``), is a clause of the event noun.

    doc (Doc): a parsed doc. RETURNS (None): such clauses re-hung.
    """
    if not doc.has_annotation("DEP"):
        return
    nouns = _lex().nouns
    for clause in _with_dep(doc, "relcl"):
        doers = clause.head
        if not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in clause.children) or doers.dep_ != "pobj" \
                or doers.head.lower_ not in ("by", "of") or doers.pos_ not in ("NOUN", "PROPN"):
            continue
        event = doers.head.head
        if event.pos_ == "NOUN" and clause.lemma_.lower() in nouns.get(event.lower_, {}).get("governors", ()):
            clause.head = event


def repair_name_quantities(doc: Doc) -> None:
    """Re-read, in place, a person's name the parser hung on the number after it ("sentenced former lawmaker Park
    Ji-hoon to three years in prison": the name and "to" read as modifiers of "three", as in "up to three"): when the
    quantity is the verb's object, the name is the object, "to" the verb's preposition and the quantity its object;
    words before the name that hung on the quantity ("former lawmaker") hang on the name.

    doc (Doc): a parsed doc. RETURNS (None): such names re-hung.
    """
    if not doc.has_annotation("DEP"):
        return
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc):
            continue
        to, last = doc[ent.end], ent[-1]
        number = to.head
        amount = number.head
        verb = amount.head
        if to.lower_ != "to" or to.dep_ != "quantmod" or last.head.i != number.i or number.pos_ != "NUM" \
                or number.dep_ != "nummod" or amount.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i >= ent.start:
            continue
        for t in doc[verb.i + 1 : ent.start]:
            if t.head.i in (number.i, amount.i):
                t.head = last  # ("former lawmaker": the name's title)
        for t in ent[:-1]:
            if not ent.start <= t.head.i < ent.end:
                t.head = last
                if t.dep_ != "punct":
                    t.dep_ = "compound"
        last.head, last.dep_ = verb, "dobj"
        to.head, to.dep_ = verb, "prep"
        amount.head, amount.dep_ = to, "pobj"


def repair_dated_verbs(doc: Doc) -> None:
    """Re-read, in place, a clause whose subject is followed by a date ("A prosecutor on Wednesday charged Jean-Paul X,
    a former customs chief, with corruption", read as "on [Wednesday charged] X": the verb a modifier of its object,
    the object the date's preposition's): a past verb (VBD) read as a modifier of a name after it that is the object of
    a preposition on a noun before, with the date just before the verb, is the verb of that noun; the date is the
    preposition's object and the name the verb's object.

    doc (Doc): a parsed doc. RETURNS (None): such clauses re-hung.
    """
    if not doc.has_annotation("DEP"):
        return
    for verb in _with_dep(doc, "amod"):
        if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.head.i <= verb.i:
            continue
        name = verb.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head  # "on Friday arrested journalist Juan Perez": the job noun hung on the name
        if name.dep_ != "pobj":
            _own_subject_verb(verb)
            continue
        prep, day = name.head, doc[verb.i - 1]
        if verb.tag_ != "VBD" and not (name.i != verb.head.i and name.ent_type_ == "PERSON"):
            continue  # (a participle only before a titled name: "Police on Friday arrested journalist Juan Perez")
        noun = prep.head
        if prep.dep_ != "prep" or not noun.i < prep.i < day.i or noun.pos_ not in ("NOUN", "PROPN") \
                or day.ent_type_ != "DATE" or day.head.i not in (verb.i, name.i, prep.i) or day.i != prep.i + 1:
            continue
        top = noun.head if noun.head.i != noun.i else None
        if top is not None and noun.dep_ == "nsubj" and top.dep_ == "ROOT" and top.pos_ not in ("VERB", "AUX") \
                and top.i > verb.i:
            # "A court on Monday sentenced X to three years, his lawyer said, the latest in a string of harsh
            # sentences": the trailing appositive read as the root; the verb is the root, the appositive its modifier
            verb.head, verb.dep_ = verb, "ROOT"
            top.head, top.dep_ = verb, "npadvmod"
            for c in list(top.children):
                if c.dep_ == "parataxis" and c.i < top.i:
                    c.head = verb  # ("his lawyer said": the report of the verb's clause)
        else:
            verb.head, verb.dep_ = (top, "ccomp" if noun.dep_ == "dep" else noun.dep_) if top is not None else (verb, "ROOT")
        noun.head, noun.dep_ = verb, "nsubj"
        prep.head = verb
        day.head, day.dep_ = prep, "pobj"
        name.head, name.dep_ = verb, "dobj"


def _own_subject_verb(verb: Token) -> None:
    """Re-read, in place, a past verb (VBD, or VBN) read as a modifier of the noun phrase after it though it has a subject of
    its own before it ("Police on Tuesday detained opposition activist John Mwangi", "detained" a modifier of
    "activist" and "Mwangi" the sentence's root): the verb takes the phrase's place, the phrase is its object and the
    phrases after the name hang on the verb.

    verb (Token): a VBD or VBN read as ``amod`` of a word after it. RETURNS (None): the clause re-hung when it has that shape.
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None) \
        or next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)  # ("Kyrgyz prosecutors on
    # Thursday formally charged journalist X with ...": the subject hung on the job noun too)
    if subject is None:
        return
    name = verb.head
    while name.dep_ in ("compound", "amod") and name.head.i > name.i:
        name = name.head
    if name.pos_ not in ("NOUN", "PROPN") or name.dep_ not in ("ROOT", "appos", "dobj", "conj"):
        return
    top = name.head if name.head.i != name.i else None
    if top is not None and not (top.i < subject.i):
        return
    verb.head, verb.dep_ = (top, name.dep_) if top is not None else (verb, "ROOT")
    verb.tag_, verb.pos_ = "VBD", "VERB"  # (also read as a participle: "Authorities on Tuesday arrested X")
    subject.head = verb
    name.head, name.dep_ = verb, "dobj"
    for c in list(name.children):
        if c.i > name.i and c.dep_ in ("prep", "punct", "advcl", "advmod", "npadvmod", "cc", "conj") \
                and (c.dep_ != "punct" or c.i == c.doc[-1].i or c.is_sent_end):
            c.head = verb


def repair_set_off_names(doc: Doc) -> None:
    """Re-read, in place, a name set off by commas after a noun that the parser made a subject of the reporting verb
    that closes the sentence ("X is due to hold talks with his Surinamese counterpart, Anita Kromo, in Paramaribo on
    March 11, the ministry said": "Kromo" a second subject of "said", "in Paramaribo" hung on her and "on March 11" on
    "said"): the name is the noun's apposition, and the phrases between it and the verb's own subject belong to the
    verb above the noun ("hold"). So is such a name, unset off, that the parser made the verb's only subject with the
    verb's own subject as its apposition ("talks with her Serbian counterpart Dragan M., the ministry in Tirana said").

    doc (Doc): a parsed doc. RETURNS (None): such names and phrases re-hung.
    """
    if not doc.has_annotation("DEP"):
        return
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) < 2 or verb.lemma_.lower() not in _lex().reporting:
            continue
        name, own = subjects[0], subjects[1]
        first = name.left_edge.i
        if name.ent_type_ != "PERSON" or first < 2 or doc[first - 1].text != "," or own.i < name.i:
            continue
        noun = doc[first - 2]
        event = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        if noun.pos_ != "NOUN" or event is None or event.i == verb.i or not any(a.i == verb.i for a in event.ancestors):
            continue
        name.head, name.dep_ = noun, "appos"
        for c in list(name.children):
            if c.dep_ == "prep" and c.i > name.i:
                c.head = event
        for c in list(verb.children):
            if c.dep_ in ("prep", "npadvmod") and name.i < c.i < own.left_edge.i:
                c.head = event
    for name in _with_dep(doc, "nsubj"):  # "... talks with her Serbian counterpart Dragan M., the ministry in Tirana
        # said on Monday": the name read as the verb's subject, the ministry as the name's apposition
        verb = name.head
        if name.ent_type_ != "PERSON" or name.left_edge.i == 0 or verb.i == 0 or verb.lemma_.lower() not in _lex().reporting \
                or sum(1 for c in verb.children if c.dep_ == "nsubj") != 1:
            continue
        teller = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > name.i
                       and doc[c.left_edge.i - 1].text == ","), None)
        noun = doc[name.left_edge.i - 1]
        told = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        if teller is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or told is None or told.i == verb.i \
                or not any(a.i == verb.i for a in told.ancestors):
            continue
        name.head, name.dep_ = noun, "appos"
        teller.head, teller.dep_ = verb, "nsubj"


#: Nouns of a length of time that may stand before "of" and an event noun ("after six [hours] of talks").
_LENGTH_NOUNS = frozenset({"hours", "hour", "days", "day", "weeks", "week", "months", "rounds"})
def repair_as_post_clauses(doc: Doc) -> None:
    """Re-read, in place, an event noun's "as" phrase of a post the parser made a clause with the noun's own verb ("The
    swearing-in of X [as finance minister will take place] on Thursday": "as" read as a conjunction, "minister" as the
    subject of "take"): the verb governs the event noun as its subject, and "as finance minister" is the noun's phrase.

    doc (Doc): a parsed doc. RETURNS (None): for an ``advcl`` verb with an auxiliary, marked by "as", whose subject is a
        post word (``post`` of ``what_heads``) right after "as" and whose head is a noun, the verb takes the noun's place
        (its head and label; the root when the noun was) and the noun is its subject (``nsubjpass`` beside a passive
        auxiliary); "as" is a ``prep`` of the noun and the post word its ``pobj``.
    """
    from .appointments import post_words
    for mark in _with_lower(doc, "as"):
        verb, noun = mark.head, mark.head.head
        if mark.dep_ != "mark" or verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") or noun.pos_ != "NOUN" \
                or noun.i > mark.i or not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        post = next((c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < verb.i and c.lower_ in post_words()
                     and all(t.dep_ in ("compound", "amod", "det") for t in doc[mark.i + 1 : c.i])), None)
        if post is None:
            continue
        if noun.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = verb, ("nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj")
        mark.head, mark.dep_ = noun, "prep"
        post.head, post.dep_ = mark, "pobj"


def repair_noun_roots(doc: Doc) -> None:
    """Re-read, in place, a sentence the parser gave a noun for its root and its main verb as that noun's reduced
    relative clause ("Thousands of farmers, many driving tractors, protested near ... on Thursday, burning tyres ...":
    "protested" read as a clause of "Thousands"), also through appositions hung on the dateline ("SANTIAGO, March 9
    (Wire) - Chile's main teachers' union, the Colegio de Docentes, called on Monday for a strike": "union" read as an
    apposition of "SANTIAGO", "called" as a clause of "Docentes"): the verb is the root and the noun its subject.

    doc (Doc): a parsed doc (with ``doc._.dateline`` or none). RETURNS (None): for a body sentence ending in a full stop
        whose root is a noun or number with a past-tense or past-participle ``acl`` verb after it (on the root, or on
        an apposition chain up to it) that has no subject, auxiliary or agent of its own, the verb is the root (its own
        head, ``ROOT``) and the root noun its ``nsubj``; a dateline root stays out (``dep``), the first apposition
        after the dateline is the subject.
    """
    span = doc._.dateline if doc.has_extension("dateline") else None
    end = span[1] if span else -1
    for tok in _with_dep(doc, "acl"):
        chain = [tok.head]
        while chain[-1].dep_ == "appos" and chain[-1].head.i != chain[-1].i and len(chain) < 4:
            chain.append(chain[-1].head)
        root = chain[-1]
        last = next((t for t in reversed(root.sent) if not t.is_space), root)  # (a paragraph's break ends it)
        if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "NUM", "PROPN") or tok.tag_ not in ("VBD", "VBN") \
                or tok.i < root.i or last.i <= tok.i or last.text != "." \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children) \
                or not any(c.dep_ in ("prep", "dobj", "npadvmod") for c in tok.children):
            continue
        subject = root
        if root.idx < end:
            inside = [n for n in chain if n.idx >= end]
            if not inside:
                continue
            subject = inside[-1]  # (the dateline's city is no subject: the first apposition after it)
        tok.head, tok.dep_ = tok, "ROOT"
        subject.head, subject.dep_ = tok, "nsubj"
        if subject is not root:
            root.head, root.dep_ = tok, "dep"


#: Prepositions of a time frame whose object may be such a length ("after", "during", "following").
_LENGTH_FRAME_PREPS = frozenset({"after", "during", "following", "before"})


def repair_length_frames(doc: Doc) -> None:
    """Re-hang, in place, an event noun told through its length in a time frame ("announced the increase after six
    hours of talks with union leaders") or as a verb's object ("held about four hours of indirect talks"): the noun
    becomes the frame preposition's (or the verb's) object, as in "after talks with union leaders", and the length
    hangs on it.

    doc (Doc): a parsed doc. RETURNS (None): for "PREP N LENGTH of NOUN" and "VERB N LENGTH of NOUN" with a
        ``triggers.json`` event noun, the noun's head is the preposition (``pobj``) or the verb (``dobj``) and the
        length's head is the noun (``npadvmod``).
    """
    if not doc.has_annotation("DEP"):
        return
    nouns = load_data("triggers.json")["nouns"]
    for tok in [*_with_dep(doc, "pobj"), *_with_dep(doc, "dobj")]:
        framed = tok.head.lower_ in _LENGTH_FRAME_PREPS if tok.dep_ == "pobj" else tok.head.pos_ == "VERB"
        if tok.lower_ not in _LENGTH_NOUNS or not framed or not any(c.dep_ in ("nummod", "amod") for c in tok.children):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        noun = next((g for g in of.children if g.dep_ == "pobj" and g.lower_ in nouns), None) if of is not None else None
        if noun is None:
            continue
        role = tok.dep_
        noun.head, noun.dep_ = tok.head, role
        tok.head, tok.dep_ = noun, "npadvmod"


#: Prepositions that tie a report noun to its source ("a report by a Miami newspaper", "a report in a Conakry newspaper").
_SOURCE_PREPS = frozenset({"by", "in", "from", "on"})


#: Families of a verb no report is the object of: its "that" clause on a report noun is the report's content.
_CONTENT_ACTIONS = frozenset({"meet", "visit", "travel", "arrive", "depart", "attend", "host", "call", "negotiate"})


def repair_report_source_clauses(doc: Doc) -> None:
    """Re-read, in place, the content clause of a report noun that the parser hung, as a relative clause, on the
    report's source ("denied a report by a Miami newspaper that X had met Y in Kingston": "that X had met Y" read as a
    clause of "newspaper", with "that" its object): the clause is the report noun's (``acl``) and "that" its mark.

    doc (Doc): a parsed doc. RETURNS (None): heads changed for each relative clause on the object of a "by" (or "in",
        "from", "on": "a report in a Conakry newspaper that ...") phrase of a ``denied_report_nouns`` noun whose "that"
        is read as its subject or object while the clause has a subject of its own; so for such a clause hung on the
        report noun itself when its verb is of a family no report is the object of (:data:`_CONTENT_ACTIONS`).
    """
    nouns = report_nouns()
    for clause in _with_dep(doc, "relcl"):
        source = clause.head
        by = source.head
        if source.lower_ in nouns and clause.i > source.i and str(_lex().verbs.get(clause.lemma_.lower(), {}).get(
                "action", "")) in _CONTENT_ACTIONS:
            report = source  # "denied a report in a newspaper that X had met secretly with Y": no report is met
        elif source.dep_ != "pobj" or by.lower_ not in _SOURCE_PREPS or by.dep_ != "prep" or by.head.lower_ not in nouns:
            continue
        else:
            report = by.head
        that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i
                     and c.dep_ in ("dobj", "nsubj", "nsubjpass", "dative")), None)
        if that is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children):
            continue
        clause.head, clause.dep_ = report, "acl"
        that.dep_ = "mark"


def repair_reported_conjuncts(doc: Doc) -> None:
    """Re-read, in place, a closing attribution the parser made a conjunct of the first clause, with the second clause
    as its content ("X welcomed Y to Riyadh on Wednesday, and the two countries signed an agreement, state media
    reported": "signed" read as what "reported" reports, "reported" joined to "welcomed"): the second clause is the
    first one's conjunct (``conj``) and the attribution a clause of the first (``parataxis``), as without it.

    doc (Doc): a parsed doc. RETURNS (None): heads changed as said for each ``reporting_verbs`` verb read as ``conj``
        of a verb before it, with a subject of its own after a comma, whose ``ccomp`` before it has a subject and
        follows an "and" of the first verb.
    """
    if not doc.has_annotation("DEP"):
        return
    verbs = _lex().reporting
    for rep in _with_dep(doc, "conj"):
        first = rep.head
        if rep.lemma_.lower() not in verbs or first.pos_ != "VERB" or first.i > rep.i:
            continue
        content = next((c for c in rep.children if c.dep_ == "ccomp" and first.i < c.i < rep.i
                        and any(g.dep_ == "nsubj" for g in c.children)), None)
        teller = next((c for c in rep.children if c.dep_ == "nsubj" and c.i < rep.i), None)
        if content is None or teller is None or teller.left_edge.i < 1 or doc[teller.left_edge.i - 1].text != "," \
                or not any(c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < content.i for c in first.children):
            continue
        content.head, content.dep_ = first, "conj"
        rep.head, rep.dep_ = first, "parataxis"


#: Subordinators the parser may read as a preposition with the next clause's subject as its object.
_SUBORDINATORS = frozenset({"since", "after", "before", "until", "till", "once"})


def repair_subordinate_subjects(doc: Doc) -> None:
    """Re-read, in place, a time clause the parser split at its subordinator ("the first between the two ministers
    since Normatov visited Astana in November": "since Normatov" read as a phrase, "visited" as a subjectless relative
    clause): the name is the verb's subject, the verb a clause (``advcl``) of the phrase's head, "since" its mark.

    doc (Doc): a parsed doc. RETURNS (None): heads changed for each ``_SUBORDINATORS`` word read as ``prep`` whose one
        object, a proper name, is followed right after by a past or present verb read as ``relcl``/``acl`` with no
        subject of its own.
    """
    if not doc.has_annotation("DEP"):
        return
    for word in _with_dep(doc, "prep"):
        if word.lower_ not in _SUBORDINATORS:
            continue
        name = next((c for c in word.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[name.right_edge.i + 1]
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("relcl", "acl") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.sent.start != word.sent.start:
            continue
        verb.head, verb.dep_ = word.head, "advcl"
        name.head, name.dep_ = verb, "nsubj"
        word.head, word.dep_ = verb, "mark"


def repair_subordinate_participles(doc: Doc) -> None:
    """Re-read, in place, a time clause whose subject the parser took for a preposition's object, with a participle set
    off by commas after it ("cut the ribbon, before the first passengers, arriving on a flight from Houston, walked
    through the new hall": "arriving" and "walked" read as clauses of "cut", so Solis would arrive): the participle
    tells of the noun (``acl``), and a past verb right after its closing comma, read as a conjunct of the same verb
    with no subject, is the clause's verb (``advcl``, the noun its subject, the subordinator its mark).

    A present verb read as the object itself, with the noun before it as its compound ("before the walkout starts"),
    is the clause's verb, that noun its subject.

    doc (Doc): a parsed doc. RETURNS (None): heads changed for each ``_SUBORDINATORS`` word read as ``prep`` whose
        object is followed by a comma and a present participle (``VBG``) read as ``advcl`` with no subject, or is a
        present verb (``VBZ``/``VBP``) with a noun compound.
    """
    if not doc.has_annotation("DEP"):
        return
    for word in _with_dep(doc, "prep"):
        if word.lower_ not in _SUBORDINATORS:
            continue
        noun = next((c for c in word.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.tag_ in ("VBZ", "VBP") and noun.pos_ == "VERB" and noun.i > word.i + 1:
            subject = doc[noun.i - 1]  # "before the walkout starts": "starts" read as the phrase's noun, "walkout" as
            if subject.dep_ == "compound" and subject.head.i == noun.i and subject.pos_ in ("NOUN", "PROPN"):  # its compound
                noun.head, noun.dep_ = word.head, "advcl"
                subject.head, subject.dep_ = noun, "nsubj"
                word.head, word.dep_ = noun, "mark"
                for c in list(noun.children):
                    if c.dep_ == "det" and c.i < subject.i:
                        c.head = subject
            continue
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i + 2 >= len(doc) \
                or doc[noun.right_edge.i + 1].text != ",":
            continue
        part = doc[noun.right_edge.i + 2]
        if part.tag_ != "VBG" or part.dep_ != "advcl" or part.head.i != word.head.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
            continue
        part.head, part.dep_ = noun, "acl"
        after = part.right_edge.i + 1
        while after < len(doc) and doc[after].text == ",":
            after += 1
        if after < len(doc) and doc[after].tag_ == "VBD" and doc[after].dep_ == "conj" and doc[after].head.i == word.head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[after].children):
            verb = doc[after]
            verb.head, verb.dep_ = word.head, "advcl"
            noun.head, noun.dep_ = verb, "nsubj"
            word.head, word.dep_ = verb, "mark"


def repair_trailing_participles(doc: Doc) -> None:
    """Re-read, in place, a participle clause set off by a comma at the end of a sentence that the parser hung on an
    infinitive ("agreed on Thursday to reopen two crossings, wrapping up two days of talks": "wrapping" read under
    "reopen", so the plan of "agreed to" would be its): it tells the circumstance of the verb the infinitive depends on,
    so it hangs there (``advcl``).

    doc (Doc): a parsed doc. RETURNS (None): heads changed for each present participle (``VBG``) read as ``advcl`` of a
        ``xcomp`` infinitive, with a comma right before it and nothing of the sentence after its own words.
    """
    if not doc.has_annotation("DEP"):
        return
    for part in _with_dep(doc, "advcl"):
        inf = part.head
        if part.tag_ != "VBG" or inf.dep_ != "xcomp" or part.i < 1 or doc[part.i - 1].text != "," \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            continue
        end = part.right_edge.i + 1
        if end < part.sent.end and not (doc[end].is_punct and end + 1 >= part.sent.end):
            continue
        part.head = inf.head
