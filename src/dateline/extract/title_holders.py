"""Title holders: who "the secretary", "the prime minister" or "EAM" stands for.

:func:`title_holder` picks the named holder of a fitting title (the article's lead traveller when
several hold it); :func:`office_holder` and :func:`named_office` stand for an office nobody named
holds ("Poland's prime minister", "the Archbishop of Canterbury"); :func:`title_acronyms` ties a
title's initials ("PM", "EAM") to its holder.
"""

from __future__ import annotations

from dataclasses import replace
from collections.abc import Iterable
from functools import cache
import re

from spacy.tokens import Doc, Token

from ..model import ActorRef
from .actor_lexicon import Lexicon, lexicon, title_modifiers, title_words
from .actor_mentions import Named
from .nlp import doc_text, load_data
from .places import resolve_country, resolve_place
from .title_phrases import parse_title, title_initials
from .triggers import _lex


def title_acronyms(doc: Doc, named: list[Named], taken: set[int]) -> list[Named]:
    """ "External Affairs Minister Rakesh Varadan ... EAM will call on ...": an all-capital word that spells the
    initials of a named person's title (written alone or in parentheses after the title) stands for that person,
    the most mentioned holder when several share the title, and is no actor of its own ("PM", "FM", "EAM")."""
    counts: dict[str, int] = {}
    for n in named:
        counts[n.ref.name] = counts.get(n.ref.name, 0) + 1
    holders: dict[str, ActorRef] = {}
    for n in named:
        key = title_initials(n.ref.title) if n.ref.kind == "person" and n.ref.title and n.end - n.start >= 1 else ""
        if key and (key not in holders or counts[n.ref.name] > counts[holders[key].name]):
            holders[key] = n.ref
    holders = {k: v for k, v in holders.items() if k != v.name}
    if not holders:
        return named
    kept = [n for n in named if not (n.end - n.start == 1 and doc[n.start].text in holders)]
    for tok in doc:
        ref = holders.get(tok.text)
        if ref is None or tok.i in taken and not any(n.start == tok.i for n in named):
            continue
        if tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].text == ":"):
            continue  # "5 PM": a clock time
        if any(n.start == tok.i + 1 and n.ref.kind == "person" and n.ref.name != ref.name for n in named):
            continue  # "Swedish PM Anders Holmqvist": the title of the name after it, not the holder named before
        kept.append(Named(tok.i, tok.i + 1, replace(ref, start=tok.idx, end=tok.idx + len(tok))))
    return kept


def spelling(text: str) -> str:
    """text (str): a title or a word. RETURNS (str): lower-cased, "defense" spelled "defence"."""
    return text.lower().replace("defense", "defence")


@cache
def _host_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject hosts and whose object is the guest ("received X", "welcomed X")."""
    return frozenset(k for k, v in load_data("triggers.json")["verbs"].items() if v.get("action") == "host")


def lead_traveller(doc: Doc, named: list[Named], lex: Lexicon) -> ActorRef | None:
    """The article's lead traveller: the first person named as the subject of a verb that is no report or host verb
    ("Malaysian Prime Minister X held talks with Japanese Prime Minister Y"), or as the guest of a host verb ("Y
    received his Turkish counterpart X": the object or the name set beside it). None when no such person is named."""
    hosts = _host_verbs()
    for n in named:
        if n.ref.kind != "person":
            continue
        head = doc[n.start : n.end].root
        verb = head.head
        if head.dep_ == "appos" and head.head.dep_ in ("dobj", "nsubj"):
            head, verb = head.head, head.head.head  # "received his counterpart, X"; a dateline the parser made the subject
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        if head.dep_ == "nsubj" and lemma not in lex.reporting and lemma not in hosts:
            return n.ref
        if head.dep_ == "dobj" and lemma in hosts or head.dep_ == "nsubjpass" and lemma in hosts:
            return n.ref
    return None


def title_holder(
    tok: Token, role: tuple[tuple[str, ...], str | None], before: list[ActorRef], everyone: list[ActorRef], counts: dict[str, int],
    lex: Lexicon, lead: ActorRef | None = None,
) -> ActorRef | None:
    """Who "the secretary" is: a current holder of a fitting title, the most mentioned of those named before, else the next
    named; of the description's nationality when the holder's country is known ("the Paraguayan leader"), of the
    possessor country itself when the title has one ("Oman's Minister of State" is no minister of unknown country).
    When several people named before hold the title ("Malaysian Prime Minister X held talks with Japanese Prime
    Minister Y ... The prime minister also met"), it is the article's lead traveller (``lead``), not the host."""
    past = any(c.lower_ in lex.past_modifiers for c in tok.children)
    keys, country = role
    owned = {country_possessor(c) for c in tok.children} - {None}

    doer = _doer_words(tok)

    def fits(p: ActorRef) -> bool:
        if p.name.split()[-1].lower() in doer:
            return False  # "President Macron will receive the Kenyan president": no one receives himself
        if not p.title or country is not None and p.country not in (None, country) \
                or owned and p.country not in owned and not (p.country is None and (tok.lower_,) in lex.roles):
            return False  # ("Japan's leader": a head of government named without his country may be Japan's)
        title = p.title.lower()
        words = title.split()
        if not any(k in words or " " in k and f" {k} " in f" {title} " for k in keys):
            return False
        return (p.title.split()[0].lower() in lex.past_modifiers) == past

    needed = [spelling(c.lower_) for c in tok.children if c.dep_ in ("amod", "compound") and c.is_alpha and c.ent_type_ != "NORP"
              and c.lower_ not in lex.demonyms and c.lower_ not in title_modifiers() and resolve_country(c.text) is None]

    def exact(p: ActorRef) -> bool:  # "the agriculture minister": a holder whose title has the modifiers, when one is named
        return all(w in spelling(p.title or "").split() for w in needed)

    seen: dict[str, tuple[int, ActorRef]] = {}
    for k, p in enumerate(before):
        if fits(p):
            seen[p.name] = (k, p)
    if needed and (country is not None or any(exact(kp[1]) for kp in seen.values())):
        # "the Canadian trade minister" is no "Commerce and Industry Minister" of unknown country named before
        seen = {n: kp for n, kp in seen.items() if exact(kp[1])}
    elif needed:
        # "the finance minister" is no "Prime Minister" named before (a title of other words), but may be a "Minister"
        head_words = {w for k in keys for w in k.split()}
        seen = {n: kp for n, kp in seen.items() if all(
            w in needed or w in head_words or w in title_modifiers() for w in spelling(kp[1].title or "").split())}
    if seen and lead is not None and not lead.title and lead.name not in seen and any(p.name == lead.name for p in before) \
            and re.search(r"\bcounterparts?,?\s+" + re.escape(lead.name), doc_text(tok.doc)):
        seen[lead.name] = (len(before), lead)  # "X received his Turkish counterpart Y": Y holds X's office in his country
    if len(seen) > 1 and lead is not None and lead.name in seen:
        return seen[lead.name][1]
    if seen:
        return max(seen.values(), key=lambda kp: (counts.get(kp[1].name, 0), kp[0]))[1]
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else None
    # (not a person named after the subject title's own verb: "The minister held talks with Foreign Minister Y")
    later = [p for p in everyone if fits(p) and not (verb is not None and verb.idx < p.start < tok.sent.end_char)]
    if needed:  # "The Moroccan foreign minister met X ... received by Prime Minister Y": a later name of another office is not his
        return next((p for p in later if exact(p)), None)
    return later[0] if later else None


def _doer_words(tok: Token) -> frozenset[str]:
    """tok (Token): a title noun. RETURNS (frozenset[str]): the lower-case words of the subject of the verb whose object
    it is (directly or after "with"), that verb's own or, for a verb sharing its subject ("flew in and met the Kenyan
    president"), its head's; empty when the noun is no such object."""
    verb = tok.head if tok.dep_ in ("dobj", "dative") else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    for _ in range(2):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return frozenset()
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return frozenset(t.lower_ for t in subject.subtree)
        verb = verb.head if verb.dep_ in ("xcomp", "conj") else None
    return frozenset()


def comma_name(tok: Token) -> list[int]:
    """tok (Token): a title noun ("counterpart", "minister"). RETURNS (list[int]): the token indices of a person's name
    (a PERSON entity) right after it between commas, or ending the sentence, that the parser may hang elsewhere ("talks
    with his Senegalese counterpart, Aminata Sarr, the foreign ministry said": Sarr read as the subject of "said");
    else []."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    first = tok.i + 2
    while first < min(len(doc) - 1, tok.i + 5) and doc[first].text[:1].isupper() and doc[first].is_alpha \
            and (doc[first].lower_ in title_words() or doc[first].text in lexicon().honorifics):
        first += 1  # ("his Ghanaian counterpart, Major General X,": the name after its rank)
    ent = next((e for e in doc.ents if e.start == first and (e.label_ == "PERSON" or e.label_ == "ORG" and len(e) > 1
                                                              and e[0].text in lexicon().given_names)), None)
    # ("her Cuban counterpart, [Ernesto Valdes Roca]ORG.": a known given name first, a person the recognizer mislabelled)
    if ent is None or ent.end >= len(doc) or doc[ent.end].text not in (",", "."):
        return []
    return list(range(ent.start, ent.end))


def is_definite(tok: Token) -> bool:
    """Whether a title noun is used as a definite description ("the secretary", "Poland's prime minister")."""
    if tok.dep_ == "compound":
        return False
    return any(c.lower_ in ("the", "this") or country_possessor(c) is not None for c in tok.lefts)


def event_possessor(tok: Token) -> bool:
    """ "the visit of the Canadian trade minister", "a planned visit by the Georgian prime minister", "the premier's
    policy address": a title phrase after "of" or "by" on an event noun, or its possessor, names its actor."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "by") and tok.head.head.lower_ in _event_nouns() \
        or tok.dep_ == "poss" and tok.head.lower_ in _event_nouns()


def contact_partner(tok: Token) -> bool:
    """ "met Tunisia's prime minister", "held talks with Tunisia's prime minister": a title phrase as the object of a
    verb of a contact family (meet, call, host, negotiate) or after "with" or "between" on such a verb or its event noun
    names a side of the contact."""
    lex = _lex()
    doc = tok.doc
    comma = next((j for j in range(tok.right_edge.i + 1, min(tok.right_edge.i + 7, len(doc) - 1))
                  if doc[j].text == "," or doc[j].pos_ == "VERB"), None)
    if tok.lower_ in _envoy_titles() or any(c.dep_ == "appos" for c in tok.children) \
            or comma is not None and doc[comma].text == "," and doc[comma + 1].ent_type_ == "PERSON":
        return False  # "received Georgia's ambassador": the state's envoy, the state; "Oman's Minister of State for
        # Foreign Affairs, Sayyid Badr Albusaidi": the name given
    if tok.dep_ == "dobj":
        return str(lex.verbs.get(tok.head.lemma_.lower(), {}).get("action", "")) in _CONTACT_ACTIONS
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "between"):
        return False  # ("Talks between Italy's transport minister and union leaders ended": one side of them)
    gov = tok.head.head
    entry = lex.verbs.get(gov.lemma_.lower(), {}) if gov.pos_ == "VERB" else lex.nouns.get(gov.lower_, {})
    return str(entry.get("action", "")) in _CONTACT_ACTIONS


#: Families whose other side a title phrase in the object's place names ("met Tunisia's prime minister").
_CONTACT_ACTIONS = frozenset({"meet", "call", "host", "negotiate"})


@cache
def _envoy_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``envoy_titles`` of ``titles.json``: a state's envoys stand for their state as a
    counterpart ("received Georgia's ambassador")."""
    return frozenset(load_data("titles.json")["envoy_titles"])


@cache
def _event_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): the event nouns of ``triggers.json``, and the ``planned_nouns`` of ``status_cues.json``
    ("the Dutch king's itinerary": whose plans)."""
    return frozenset(load_data("triggers.json")["nouns"]) | frozenset(load_data("status_cues.json")["planned_nouns"])


def country_possessor(tok: Token) -> str | None:
    """The country a possessor names ("[Poland]'s prime minister"), else None."""
    if tok.dep_ != "poss" or tok.pos_ != "PROPN" or not any(c.dep_ == "case" for c in tok.children):
        return None
    first = min(t.i for t in tok.subtree if t.dep_ != "case")
    found = resolve_country(tok.doc[first : tok.i + 1].text)
    if found is None:
        start = tok.i
        while start > 0 and tok.doc[start - 1].dep_ == "compound" and start <= tok.doc[start - 1].head.i <= tok.i:
            start -= 1
        if start > first:  # ("ACCRA, Sept 25 (Wire) - [Ghana]'s new Chief of Defence Staff": the parser hung the
            found = resolve_country(tok.doc[start : tok.i + 1].text)  # dateline on the possessor)
    return found


def named_office(tok: Token) -> ActorRef | None:
    """The office a capitalized title with an "of" name stands for when the article names nobody holding it ("the
    Archbishop of Canterbury", "the Secretary-General of the Commonwealth"): a person named by the office. None when
    the title is not capitalized or has no such "of" phrase."""
    if not tok.text[:1].isupper():
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or obj is None:
        return None
    words = [t for t in tok.doc[prep.i + 1 : obj.i + 1] if t.lower_ != "the"]
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    first = tok.i - 1 if tok.i > 0 and tok.doc[tok.i - 1].text == "-" else tok.i  # "Secretary-General"
    first = first - 1 if first != tok.i else first
    title = parse_title(tok.doc[first : tok.i + 1].text).title
    if title is None:
        return None
    return ActorRef(f"{title} of {' '.join(t.text for t in words)}", "person", title, None, tok.idx, tok.idx + len(tok))


@cache
def _office_names() -> dict[str, str]:
    """RETURNS (dict[str, str]): ``office_names`` of ``titles.json``: a descriptive title -> the office's own title."""
    return dict(load_data("titles.json")["office_names"])


def stateless_title(words: Iterable[str]) -> bool:
    """words (Iterable[str]): a title's words. RETURNS (bool): the title heads an international body (``stateless_titles``
    of ``titles.json``: "the Secretary-General"), whose bare mention is no office of the dateline's country."""
    return " ".join(words).lower() in load_data("titles.json")["stateless_titles"]


def body_head_office(org: set[str], tok: Token) -> ActorRef | None:
    """org (set[str]): the keys of a body ("u.n."). tok (Token): the head noun ("the U.N. chief").
    RETURNS (ActorRef | None): the office of the body's head by its own title (``body_head_titles`` of ``titles.json``:
    the U.N.'s Secretary-General), named by its title with no country, which the store gives the one person seen so
    titled; None for a body not listed."""
    table: dict[str, str] = load_data("titles.json")["body_head_titles"]
    title = next((table[k] for k in sorted(org) if k in table), None)
    return ActorRef(title, "person", title, None, tok.idx, tok.idx + len(tok)) if title is not None else None


def _written(words: list[Token]) -> str:
    """words (list[Token]): a title's words in text order. RETURNS (str): them capitalized, a hyphen kept between two
    words written with one ("Secretary-General"), else a space."""
    out = ""
    for k, t in enumerate(words):
        if k:
            gap = t.doc[words[k - 1].i + 1 : t.i]
            out += "-" if gap.text == "-" and not gap[0].whitespace_ and not words[k - 1].whitespace_ else " "
        out += t.text[:1].upper() + t.text[1:]
    return out


def office_holder(tok: Token, country: str | None) -> ActorRef | None:
    """The unnamed holder of the office a definite title with a country names ("Poland's prime minister", "the Kenyan
    foreign minister"), when the article names nobody holding it: a person named after the office ("Prime Minister of
    Poland"), of that title and country; with no country (a body's head: "The Secretary-General"), named by the title
    alone. None when the words make no known title."""
    owner = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}  # (not "Sri" of "[Sri Lanka]'s")
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound") and t.i not in owner or t.i == tok.i]
    title = parse_title(_written(words)).title
    if title is None:
        phrase = [t for t in tok.subtree if t.i <= tok.i and t.i not in owner and t.dep_ not in ("det", "case")]
        title = parse_title(" ".join(t.text[:1].upper() + t.text[1:] for t in phrase)).title  # "Ghana's new [Chief of
        # Defence] Staff": a title with "of" the parser hung on its last word
    if title is None or title.split()[0].lower() in lexicon().past_modifiers and country is None:
        return None  # (a past holder of a country's office may be known to the store by that title: "Kenya's former
        # energy minister went on trial", after "former Kenyan energy minister Joseph Kariuki"; "the former
        # secretary-general" of no country is anyone's guess)
    title = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "the") else w for w in title.split())
    title = _office_names().get(title, title)  # "Malaysia's top diplomat": the Foreign Minister of Malaysia
    if country is None:
        return ActorRef(title, "person", title, None, tok.idx, tok.idx + len(tok))  # "The Secretary-General": a body's
        # head, named by the title alone
    local = _local_possessor(tok)
    if local is not None:  # "California's governor": the state's office, of its country
        return ActorRef(f"{title} of {local}", "person", title, country, tok.idx, tok.idx + len(tok))
    return ActorRef(f"{title} of {country}", "person", title, country, tok.idx, tok.idx + len(tok))


def _local_possessor(tok: Token) -> str | None:
    """tok (Token): a title noun. RETURNS (str | None): the name of the region or city its possessor names
    ("[California]'s governor", "[Lima]'s mayor"), or its "of" phrase ("the mayor of [Krakow]"), None when the
    possessor is a country or no place."""
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1
               for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and not any(c.dep_ == "cc" for c in g.children)]
    for poss in owners:
        words = [t for t in poss.subtree if t.dep_ != "case"]
        place = resolve_place(tok.doc[words[0].i : words[-1].i + 1].text) if words else None
        if place is not None and place.kind in ("region", "city"):
            return place.name
    return None
