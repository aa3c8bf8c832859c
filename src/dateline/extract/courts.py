"""Court families: a verdict or a sentence is the defendant's event.

"The High Court will deliver its verdict on May 12 in the corruption trial of X", "found X guilty", "X was
convicted", "sentenced X to 12 years": the court acts, but what a reader follows (and asks about: "Will X be
sentenced by June 15?") is the defendant's case, so the event's actor is the defendant, one verdict and one sentence
per defendant in a stretch of time (``actor_identified`` in ``store/data/merge.json``); a named captive set free ("X
and Y were freed by their captors": ``freed``, a release verb's ``person_action``) is the captive's event likewise.
:func:`defendant` finds that person; a court's act naming nobody ("the court adjourned") is no event of these
families. Words in ``court_words`` of ``data/families.json``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .appointments import post_words
from .context import _Ctx
from .triggers import _lex, complement_action
from .nlp import load_data
from .status import at_frame_verb, subject_holder

__all__ = ["acted_on_person", "co_defendants", "court_family", "defendant", "repair_verdict_dates", "verdict_outcome"]


@cache
def _data() -> dict[str, Any]:
    words: dict[str, Any] = load_data("families.json")["court_words"]
    return words


def court_family(action: str) -> bool:
    """action (str): an event family. RETURNS (bool): whether it is a court's act on a defendant."""
    return action in _data()["families"]


def _person(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a word. RETURNS (ActorRef | None): the named person (or the person a pronoun stands for) it is, or
    the person its apposition names ("former deputy mayor [Ruwan Jayasekara]", the title noun the parser made the
    head)."""
    of_names = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and tok.pos_ == "NOUN"
                for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("PERSON", "")
                for a in g.children if a.dep_ == "appos"]  # ("sentenced the former chief executive of Ubuntu Freight,
    # Sipho Dlamini, to 15 years": the name the parser hung on the body)
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos"), *of_names):
        ref = ctx.actors.get(t.i)
        if ref is not None and ref is not ANONYMOUS and ref.kind == "person":
            return ref
    return None


def acted_on_person(verb: Token, ctx: _Ctx) -> ActorRef | None:
    """verb (Token): a verb. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the named person it acts on: its
    object or passive subject ("sentenced X", "X was freed"), else None; a passive participle conjoined to a passive
    verb with none of its own shares that verb's passive subject ("X was acquitted on Wednesday and released from
    custody": X was freed); a passive relative clause's "who" is the person it hangs on ("X, who was charged")."""
    found = next((ref for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (ref := _person(c, ctx)) is not None),
                 None)
    if found is None and verb.pos_ == "VERB" and verb.lemma_.lower() == "swear":
        found = next((ref for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                      if g.dep_ == "pobj" and (ref := _person(g, ctx)) is not None), None)  # "swore in [X] as prime
        # minister": the parser's preposition "in" with the person sworn in as its object
    if found is None and verb.pos_ == "VERB":
        found = next((ref for c in verb.children if c.dep_ == "dobj" and c.lower_ in post_words()
                      for g in c.children if g.dep_ in ("nmod", "compound") and g.i < c.i
                      and (ref := _person(g, ctx)) is not None), None)  # "appointed [X] prime minister", the name
        # read as a modifier of the post
    if found is None and any(c.dep_ == "dobj" and c.lower_ in _data()["bail_words"] for c in verb.children):
        found = next((ref for c in verb.children if c.dep_ == "dative" and (ref := _person(c, ctx)) is not None), None) \
            or next((ref for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children
                     if g.dep_ == "pobj" and (ref := _person(g, ctx)) is not None), None)  # "granted bail to X",
        # "granted X bail": X
    if found is None and verb.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        found = next((ref for c in verb.children if c.dep_ in ("npadvmod", "oprd") and c.pos_ == "PROPN" and c.i > verb.i
                      and (ref := _person(c, ctx)) is not None), None)  # "arrested opposition politician [X]", "named
        # trade minister [X] as finance minister": the parser's adverbial or predicate name after the verb is its object
    if found is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in verb.head.children):
        found = next((ref for c in verb.head.children if c.dep_ == "nsubjpass" and (ref := _person(c, ctx)) is not None),
                     None)
    if found is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" \
            and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        found = next((ref for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      and (ref := _person(c, ctx)) is not None), None)  # "X appeared before a magistrate on Thursday
        # and was released on bail": X was freed
    if found is None and verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "whom")
                                                      for c in verb.children):
        found = _person(verb.head, ctx)  # "detained activist X, who was charged on Monday with ...": X
    if found is None and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark") for c in verb.children):
        found = next((ref for c in verb.head.children if c.dep_ == "nsubj" and (ref := _person(c, ctx)) is not None),
                     None)  # "X appeared in court on Monday charged with fraud": the subject, so charged
    if found is None and verb.dep_ == "pcomp" and verb.tag_ == "VBN" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ == "VERB" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        found = next((ref for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      and (ref := _person(c, ctx)) is not None), None)  # "X was remanded in custody after being
        # charged with fraud": X was charged
    if found is None and verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in ORDER_VERBS:
        found = next((ref for c in (*verb.children, *verb.head.children) if c.dep_ in ("nsubj", "dobj")
                      and c.head.i in (verb.i, verb.head.i) and c.i < verb.i and c.i > verb.head.i
                      and (ref := _person(c, ctx)) is not None), None)  # "ordered X held in pretrial detention",
        # "ordered X to be held in custody": X is held
    if found is None and _lex().verbs.get(verb.lemma_.lower(), {}).get("against_person"):
        holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # ("against" hung on the verb or on "charges")
        found = next((ref for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
                      for g in c.children if g.dep_ == "pobj" and (ref := _person(g, ctx)) is not None), None)
        # "filed charges against X"
        if found is None and any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _lex().verbs[verb.lemma_.lower()].get(
                "object_words", ()) for c in verb.children):
            found = _charged_before(verb, ctx)  # "Prosecutors have charged X with bribery. The indictment was filed
            # with the court in Ostrava on Tuesday": X's charge, filed then; "Police arrested X on Saturday.
            # Prosecutors are expected to decide whether to file charges": X's
    if found is None and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children) \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        holder = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head  # ("is due to be": the "is")
        found = next((ref for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
                      and (ref := _person(c, ctx)) is not None), None)  # "X is expected to be charged later this
        # week", "is due to be sentenced": X
    return found


def _charged_before(verb: Token, ctx: _Ctx) -> ActorRef | None:
    """verb (Token): a verb whose object or passive subject is the charges it files, with no "against" person.
    RETURNS (ActorRef | None): the one person a charge or arrest verb of its sentence or the one before acts on
    ("charged X with bribery", "arrested X"), else None."""
    sents = [s for s in verb.doc.sents if s.end <= verb.sent.start][-1:] + [verb.sent]
    found = {ref.name: ref for sent in sents for t in sent if t.i != verb.i and t.pos_ == "VERB"
             and _lex().verbs.get(t.lemma_.lower(), {}).get("action") in ("charge", "arrest")
             and (ref := acted_on_person(t, ctx)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


#: Verbs by which an authority orders what is done to a person ("ordered X held in custody").
ORDER_VERBS = frozenset({"order", "direct"})


def _case_person(noun: Token, ctx: _Ctx) -> ActorRef | None:
    """The defendant a case noun names: "the trial of X", "X's trial", "the Mensah-Arthur trial".

    noun (Token): a ``case_nouns`` word. RETURNS (ActorRef | None): the person, if one is named.
    """
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _data()["case_preps"]:
            for g in c.children:
                if g.dep_ == "pobj" and (ref := _person(g, ctx)) is not None:
                    return ref
        if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i:
            if (ref := _person(c, ctx)) is not None:
                return ref
    return None


def _heard_case(verb: Token, noun: Token) -> bool:
    """verb (Token): a verb. noun (Token): its object or passive subject. RETURNS (bool): the verb's entry hears cases
    (``heard_case``: "hear") and the noun is one of its ``object_words`` ("the case", "the appeal", "the petition")."""
    entry = _lex().verbs.get(verb.lemma_.lower(), {})
    return bool(entry.get("heard_case")) and noun.lower_ in entry.get("object_words", ())


def _filer(noun: Token, ctx: _Ctx) -> ActorRef | None:
    """noun (Token): a case noun. RETURNS (ActorRef | None): the person of its participle's agent ("the petition filed
    by X", "an appeal lodged by X"), else None."""
    return next((ref for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children
                 if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" and (ref := _person(g, ctx)) is not None),
                None)


def _cases(tok: Token) -> list[Token]:
    """The case nouns told with a trigger: in its own prepositional phrases ("its verdict in the trial of X") and in
    those of the verb it is the object of ("adjourned its verdict in the trial of X to May 26")."""
    data = _data()
    heads = [tok]
    if tok.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj"):
        heads.append(tok.head if tok.dep_ != "pobj" else tok.head.head)
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in data["case_frame_preps"]
            for g in c.children if g.dep_ == "pobj" and g.lower_ in data["case_nouns"]]


def subject_defendant(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a case noun ("trial"). ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the person subject
    of the verb that takes it ("X went on trial", "X will stand trial", "X was put on trial", "X is due to stand
    trial"), whose own case it is;
    None otherwise, or when the subject presides (:func:`bench_subject`)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or bench_subject(tok, ctx):
        return None
    verb = subject_holder(verb)  # "X is due to stand trial", "X is expected to go on trial": the plan words' subject
    return next((r for g in verb.children if g.dep_ in ("nsubj", "nsubjpass") and (r := _person(g, ctx)) is not None),
                None)


def bench_subject(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun ("hearing"). ctx (_Ctx): the doc's index. RETURNS (bool): the subject of the verb
    that takes it presides (``bench_words``: "Judge X adjourned the hearing until June 20", "The court will hold a
    hearing"): the hearing is the case's, not the subject's testimony."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = frozenset(_data()["bench_words"])
    holder = verb
    while holder.dep_ == "conj" and holder.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
        holder = holder.head  # "Judge X ordered him held and set the first hearing for April 27": the judge's "set"
    while holder.dep_ == "xcomp" and holder.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "nsubj" for c in holder.children):
        holder = holder.head  # (the parser hangs "and set" on "held"; "Judge X agreed to defer the hearing": X's)
    for sub in (c for c in holder.children if c.dep_ == "nsubj"):
        if any(t.lower_ in words for t in sub.subtree):
            return True
        ref = ctx.actors.get(sub.i)
        if ref is not None and ref is not ANONYMOUS and ref.title and any(w in words for w in ref.title.lower().split()):
            return True
    return False


def framing_case(tok: Token) -> bool:
    """tok (Token): an event noun. RETURNS (bool): it is a case noun framing another court event ("a verdict in the
    trial of X", "the ruling on X's appeal": a ``case_frame_preps`` phrase on an ``outcome_nouns`` noun), told for that
    event, no event of its own."""
    data = _data()
    return tok.lower_ in data["case_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ in data["case_frame_preps"] \
        and tok.head.head.lower_ in data["outcome_nouns"]


def defendant(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """The person a court's act is about.

    tok (Token): the trigger of a court family: a verb ("convicted", "sentenced", "found ... guilty") or a noun
        ("verdict", "sentence"). ctx (_Ctx): the doc's index.
    RETURNS (ActorRef | None): the verb's object or passive subject ("sentenced X", "X was convicted"), the subject of
        its verdict word ("found X guilty"), the person after the noun's own preposition ("the verdict on X"), its
        possessor ("X's sentencing") or the person a case noun with it names ("its verdict in the trial of X"); None
        when no person is named.
    """
    data = _data()
    if tok.pos_ in ("VERB", "AUX"):
        if (ref := acted_on_person(tok, ctx)) is not None:
            return ref
        if _lex().verbs.get(tok.lemma_.lower(), {}).get("subject_role") or complement_action(tok) is not None:
            return next((r for c in tok.children if c.dep_ == "nsubj" and (r := _person(c, ctx)) is not None), None)
            # "X became leader of the party": the subject takes the post; "X walked free": X is freed
        for c in tok.children:
            if c.dep_ == "dobj" and c.lower_ in data["outcome_nouns"]:  # "upheld the conviction of X"
                if (ref := _case_person(c, ctx)) is not None:
                    return ref
            if c.dep_ in ("dobj", "nsubjpass") and _heard_case(tok, c):
                if (ref := _case_person(c, ctx) or _filer(c, ctx) or next(
                        (r for k in _cases(c) if (r := _case_person(k, ctx)) is not None), None)) is not None:
                    return ref  # "will hear the case against X", "heard arguments in the case of X": X's hearing
            if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in data["verdict_words"]:
                if (ref := next((r for g in c.children if g.dep_ == "nsubj" and (r := _person(g, ctx)) is not None),
                                None)) is not None:
                    return ref
            if c.dep_ == "ccomp" and c.lemma_.lower() in data["ruled_fate_verbs"] \
                    and tok.lemma_.lower() in data["fate_ruling_verbs"]:
                if (ref := next((r for g in c.children if g.dep_ == "nsubjpass" and (r := _person(g, ctx)) is not None),
                                None)) is not None:
                    return ref  # "A British judge ruled on Wednesday that X can be extradited": X's verdict
    else:
        for c in [*tok.children, *((p for p in tok.head.children if p.i > tok.i) if tok.dep_ == "dobj" else ())]:
            # ("will pass sentence on X": the parser hangs the noun's "on" on the verb)
            if c.dep_ == "prep" and c.lower_ in data["defendant_preps"]:
                if (ref := next((r for g in c.children if g.dep_ == "pobj" and (r := _person(g, ctx)) is not None),
                                None)) is not None:
                    return ref
            if c.dep_ == "poss" and (ref := _person(c, ctx)) is not None:
                return ref
        if tok.lower_ in data["case_nouns"] and (ref := subject_defendant(tok, ctx)) is not None:
            return ref  # "X went on trial", "X will stand trial", "X was put on trial": the subject's own case
    found = next((ref for case in _cases(tok) if (ref := _case_person(case, ctx)) is not None), None)
    if found is None and tok.pos_ == "NOUN":
        verbs = _court_verbs() | (_charging_verbs() if tok.lower_ in data["case_nouns"] else frozenset())
        found = next((ref for t in tok.sent if t.i != tok.i and t.pos_ == "VERB" and t.lemma_.lower() in verbs
                      and (ref := defendant(t, ctx)) is not None), None)  # "convicted him ... and said she would pass
        # sentence on June 9": his sentence ("charged X ..., and the first hearing of the case was set for April 7": X's)
    if found is None and tok.pos_ == "NOUN" and tok.lower_ in data["case_nouns"]:
        found = next((ref for t in tok.sent if t.i < tok.i and t.lower_ in data["case_nouns"]
                      and (ref := _case_person(t, ctx)) is not None), None)  # "have withdrawn the indictment against X,
        # and the trial that was due to open next month will not take place": X's trial
    framed = court_frame(tok, ctx)
    if found is None and (framed or tok.pos_ == "NOUN" and tok.lower_ in data["case_nouns"] and bench_subject(tok, ctx)):
        found = _one_party(tok, ctx)  # ("A judge will hold a hearing on March 26 to decide whether X should remain in
        # custody": X's)  # "At a hearing last Friday, a magistrate refused Banda bail": Banda's hearing
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    if found is None and tok.pos_ == "NOUN" and (framed or not dets or any(d in _data()["referring_words"] for d in dets)
                                                 or any(t.dep_ == "poss" and t.lower_ in ("his", "her") for t in tok.sent)
                                                 or _in_the_case(tok)):
        # ("A Tbilisi court will hold a pre-trial hearing on March 24, his lawyer said": the defendant told before)
        found = _earlier_defendant(tok, ctx)  # "... the fraud trial of X was put off. The judge said she would deliver
        # the verdict on April 7": X's
        if found is None and (_in_the_case(tok) or framed and "the" in dets):
            found = _earlier_defendant(tok, ctx, whole=True)  # "Police arrested X on Saturday. [...] A preliminary
            # hearing in the case was set for September 15", "At the initial hearing, the judge gave prosecutors six
            # months": X's
    return found


def bench_verb(verb: Token) -> bool:
    """verb (Token): a verb. RETURNS (bool): its subject names a judge, magistrate or court (``bench_words``: "A judge on
    Wednesday ordered X to remain in custody", "A magistrate remanded him in custody")."""
    words = frozenset(_data()["bench_words"])
    return any(c.dep_ == "nsubj" and any(w.lower_ in words for w in c.subtree) for c in verb.children)


def _in_the_case(tok: Token) -> bool:
    """tok (Token): a case noun. RETURNS (bool): an "in"/"of" phrase after it names a case told before ("A preliminary
    hearing in the case was set for September 15")."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "of") and any(
        o.dep_ == "pobj" and o.lower_ == "case" and any(d.dep_ == "det" and d.lower_ in _data()["referring_words"]
                                                       for d in o.children) for o in p.children)
               for p in tok.children)


def court_frame(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): an event noun. ctx (_Ctx): the doc's index. RETURNS (bool): it is a case noun ("hearing") after "at"
    on a verb, in a sentence that names a judge or prosecutor (``bench_words``, ``prosecutor_words``) or after one that
    told a defendant ("At a hearing last Friday, a magistrate refused Banda bail"): a court sitting, whoever the verb's
    subject is (a "Senate hearing" with no court told is a legislature's)."""
    data = _data()
    if tok.pos_ != "NOUN" or tok.lower_ not in data["case_nouns"] or at_frame_verb(tok) is None:
        return False
    officers = {*data["bench_words"], *data["prosecutor_words"]}
    return any(t.lower_ in officers for t in tok.sent) or _earlier_defendant(tok, ctx) is not None


def _one_party(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a case noun. RETURNS (ActorRef | None): the one person its sentence names who is not on the bench or
    prosecuting (no ``bench_words`` or ``prosecutor_words`` title: "Magistrate X refused Banda bail": Banda), else
    None."""
    data = _data()
    officers = {*data["bench_words"], *data["prosecutor_words"]}
    people: dict[str, ActorRef] = {}
    officials: set[str] = set()
    for t in tok.sent:
        if (ref := _person(t, ctx)) is None:
            continue
        people[ref.name] = ref
        if officers & set((ref.title or "").lower().split()) or t.i > 0 and t.doc[t.i - 1].lower_ in officers \
                or any(c.dep_ == "compound" and c.lower_ in officers for c in t.children):
            officials.add(ref.name)  # ("prosecutor Carmen Villanueva", "Magistrate X")
    parties = [ref for name, ref in people.items() if name not in officials]
    return parties[0] if len(parties) == 1 else None


def _earlier_defendant(tok: Token, ctx: _Ctx, whole: bool = False) -> ActorRef | None:
    """The defendant of the last court trigger in the two sentences before ``tok``'s, when it names one person (a
    definite or bare court noun told again: "the verdict", "her judgment", "would pass sentence"); with ``whole``, of
    every court trigger before it in the article, when all that name a person name the same one (a noun of "the
    case" told again)."""
    doc = tok.doc
    sents = [s for s in doc.sents if s.end <= tok.sent.start][slice(None) if whole else slice(-2, None)]
    nouns = _court_nouns()
    verbs = _court_verbs() | (_charging_verbs() if tok.lower_ in _data()["case_nouns"] else frozenset())
    # ("A prosecutor charged X with corruption. The trial is set to open on April 20": X's trial)
    found: list[ActorRef] = []
    convicted: list[ActorRef] = []
    for sent in sents:
        for t in sent:
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs or t.pos_ == "NOUN" and t.lower_ in nouns \
                    or t.pos_ == "NOUN" and t.lower_ in _data()["case_nouns"] \
                    or t.pos_ == "VERB" and t.lemma_.lower() in _data()["custody_verbs"] and bench_verb(t):
                # ("A judge on Wednesday ordered X to remain in custody. At the initial hearing ...": X's)
                ref = _case_person(t, ctx) if t.lower_ in _data()["case_nouns"] else _direct(t, ctx)
                if ref is None and t.pos_ == "VERB" and t.lemma_.lower() in _data()["custody_verbs"]:
                    ref = next((r for c in t.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                                if g.dep_ == "nsubj" and (r := _person(g, ctx)) is not None), None)  # "ordered [X] to
                    # remain in custody": the parser's subject of "remain"
                if ref is not None and (not whole or ref.kind == "person"):
                    found.append(ref)
            if tok.lower_ in _SENTENCE_NOUNS and _convicting(t) and (ref := defendant(t, ctx)) is not None:
                convicted.append(ref)
    if convicted and len({r.name for r in convicted}) == 1 and {r.name for r in found} - {convicted[0].name}:
        return convicted[-1]  # "found X guilty ... acquitted his co-accused Y and Z ... would pass sentence on June 5":
        # only the one convicted is sentenced
    return found[-1] if found and len({r.name for r in found}) == 1 else None


#: Nouns of a sentence passed on someone convicted.
_SENTENCE_NOUNS = frozenset({"sentence", "sentencing"})


def _convicting(verb: Token) -> bool:
    """verb (Token): a court trigger. RETURNS (bool): it convicts: "convicted X", "found X guilty"."""
    return verb.pos_ == "VERB" and (verb.lemma_.lower() == "convict" or any(
        c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ == "guilty" for c in verb.children))


def retold_case(tok: Token, ctx: _Ctx) -> tuple[ActorRef, str] | None:
    """tok (Token): a definite case noun a judge acts on with no person of its own ("Judge X agreed to defer the
    hearing to Aug. 17"). ctx (_Ctx): the doc's index.
    RETURNS (tuple[ActorRef, str] | None): the defendant of the court trigger told in the two sentences before and the
    case's family: ``trial`` when one of those sentences tells the trial ("A court on Monday postponed the trial of X
    ... Judge Y agreed to defer the hearing to Aug. 17": X's trial, now set for then), else ``hearing``; None when
    the noun is not definite or no single earlier defendant is told."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    accused = _earlier_defendant(tok, ctx)
    if accused is None:
        return None
    before = [s for s in tok.doc.sents if s.end <= tok.sent.start][-2:]
    trial = any(t.pos_ == "NOUN" and _lex().nouns.get(t.lower_, {}).get("owner_action") == "trial" for s in before for t in s)
    return accused, "trial" if trial else "hearing"


def _direct(tok: Token, ctx: _Ctx) -> ActorRef | None:
    """tok (Token): a court trigger. RETURNS (ActorRef | None): its defendant, without looking beyond its sentence."""
    return acted_on_person(tok, ctx) if tok.pos_ == "VERB" else next(
        (ref for case in _cases(tok) if (ref := _case_person(case, ctx)) is not None), None)


@cache
def _charging_verbs() -> frozenset[str]:
    """RETURNS (frozenset[str]): verbs of the ``charge`` and ``arrest`` families ("charge", "indict", "arrest",
    "detain"), whose person a later trial is of ("X was arrested on February 20. The trial is set to open on March
    16": X's)."""
    verbs = load_data("triggers.json")["verbs"]
    return frozenset(lemma for lemma, e in verbs.items() if e.get("action") in ("charge", "arrest"))


@cache
def _court_nouns() -> frozenset[str]:
    nouns = load_data("triggers.json")["nouns"]
    return frozenset(form for form, e in nouns.items() if court_family(str(e["action"])))


def co_defendants(tok: Token, first: ActorRef, ctx: _Ctx) -> list[ActorRef]:
    """The other people tried with the defendant: the people conjoined to a mention of it in the trigger's sentence
    ("the trial of X and developer Y", "convicted X and Y").

    tok (Token): the trigger. first (ActorRef): the defendant :func:`defendant` found. ctx (_Ctx): the doc's index.
    RETURNS (list[ActorRef]): the others, in text order (each gets a verdict of their own: ``solo_families``).
    """
    out: list[ActorRef] = []
    for t in tok.sent:
        if _person(t, ctx) is not first:
            continue
        heads = (t, t.head) if t.dep_ in ("appos", "compound") else (t,)  # "aid worker [X] and engineer Y"
        for c in [*(c for h in heads for c in h.conjuncts), *_name_phrase(t)]:
            if (ref := _person(c, ctx)) is not None and ref.name != first.name and ref not in out:
                out.append(ref)
    return out


def _name_phrase(tok: Token) -> list[Token]:
    """The words of ``tok``'s own noun phrase, down through compounds, appositions and conjuncts but not into clauses
    or prepositional phrases: "the trial of [official X and developer Y]", which the parser may hang on Y's name."""
    out: list[Token] = []
    todo = [c for c in tok.children]
    while todo:
        c = todo.pop()
        if c.dep_ in ("compound", "nmod", "appos", "conj", "amod"):
            out.append(c)
            todo.extend(c.children)
    return sorted(out, key=lambda t: t.i)


@cache
def _court_verbs() -> frozenset[str]:
    verbs = load_data("triggers.json")["verbs"]
    return frozenset(lemma for lemma, e in verbs.items() if court_family(str(e["action"])))


@cache
def _predicate_verbs() -> dict[str, frozenset[str]]:
    verbs = load_data("triggers.json")["verbs"]
    return {lemma: frozenset(e["predicate_words"]) for lemma, e in verbs.items() if "predicate_words" in e}


def repair_verdict_dates(doc: Doc) -> None:
    """Hang on the verb, in place, the day the parser hung on its verdict word ("found X guilty of corruption on
    Tuesday": "on Tuesday" under "guilty"), so that the verdict is dated.

    doc (Doc): a parsed doc. RETURNS (None): each ``prep`` child of a verdict predicate (``predicate_words`` of a verb
        in ``data/triggers.json``) whose object is a date gets the verb as its head.
    """
    verbs = _predicate_verbs()
    for tok in doc:
        words = verbs.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if not words:
            continue
        for pred in [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in words]:
            for c in list(pred.children):
                if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                    c.head = tok


def verdict_outcome(tok: Token) -> str | None:
    """What a verdict decided, when its words tell it.

    tok (Token): the trigger of a verdict. RETURNS (str | None): "conviction" or "acquittal" ("convicted X", "found X
        not guilty", "upheld the conviction of X", "quashed the conviction of X"), else None ("will deliver its verdict").
    """
    data = _data()
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = tok.lemma_.lower()
    if lemma in data["outcome_verbs"]:
        return str(data["outcome_verbs"][lemma])
    for c in tok.children:
        if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in data["outcome_predicates"]:
            found = str(data["outcome_predicates"][c.lower_])
            if any(n.dep_ == "neg" for n in c.children):
                return "acquittal" if found == "conviction" else "conviction"  # "found X not guilty"
            return found
        if c.dep_ == "dobj" and c.lower_ in data["outcome_of_nouns"]:
            found = str(data["outcome_of_nouns"][c.lower_])
            if lemma in data["reversing_verbs"]:
                return "acquittal" if found == "conviction" else "conviction"  # "quashed the conviction of X"
            return found
    return None


def case_against(noun: Token) -> Token | None:
    """noun (Token): an event noun of the court families ("hearing", "trial"). RETURNS (Token | None): the person phrase
    of its "in the case against X" (or "against X") phrase, whose hearing or trial it is ("would hold its first hearing in
    the case against former minister X on June 10"), else None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "against"):
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            if prep.lower_ == "against":
                return g
            if g.lower_ == "case":
                return next((o for p in g.children if p.dep_ == "prep" and p.lower_ == "against"
                             for o in p.children if o.dep_ == "pobj"), None)
    return None
