"""Organizations and countries as actors, and "the head of" an organization.

:func:`organizations` reads ORG, GPE and NORP entities (and acronyms and country names the recognizer
called a person) into organization and country mentions; a nationality's state organ ("the Indian
Navy") is its country. :func:`headed_organisation` and :func:`organisation_head` tell who "the head
of the IMF" is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..model import ActorRef
from .actor_lexicon import Lexicon, lexicon, title_words
from .actor_mentions import Named, SUBJECT_DEPS
from .bodies import known_body_name
from .nlp import doc_text, load_data
from .places import is_demonym, names_a_facility, resolve_country, resolve_place
from .title_phrases import company_named, organisation_name_heads, prefix_start


@cache
def _site_name_ends() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``site_name_ends`` of ``places.json`` ("expressway", "bridge", ...)."""
    return frozenset(load_data("places.json")["site_name_ends"])


@cache
def acronym_group_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): the ``acronym_group_heads`` of ``titles.json``."""
    return frozenset(load_data("titles.json")["acronym_group_heads"])


@cache
def private_partner_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``private_partner_heads`` of ``families.json`` ("investors", "executives"): private
    people, never the state a nationality on them names."""
    return frozenset(load_data("families.json")["private_partner_heads"])


@cache
def people_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): plural nouns of a body's people ("ministers", "leaders", "officials": the
    ``group_nouns`` of ``titles.json``)."""
    return frozenset(load_data("titles.json")["group_nouns"])


def country_named(ent: Span) -> bool:
    """ "[Malawi]PERSON will hold a presidential runoff": a one-word name that is exactly a country's gazetteer name is
    that country, whatever the recognizer called it."""
    if len(ent) == 3 and ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_ \
            and ent[0].text[:1].isupper() and ent[2].text[:1].isupper():
        place = resolve_place(ent.text)  # "[Timor-Leste]ORG will host Australia": a hyphenated country alias
        return place is not None and place.kind == "country"
    if len(ent) != 1 or not ent[0].is_alpha or not ent[0].text[:1].isupper() or ent[0].is_upper:
        return False
    place = resolve_place(ent.text)
    return place is not None and place.kind == "country" and place.name == ent.text


def acronym(ent: Span) -> bool:
    """ "[JAXA]PERSON will launch a satellite": one all-capital word of three to six letters, in a sentence not written
    in capitals (a headline in capitals may spell a surname so), is an organization's acronym, never a person."""
    tok = ent[0]
    return len(ent) == 1 and tok.is_alpha and tok.is_upper and 3 <= len(tok) <= 6 \
        and any(t.is_alpha and t.is_lower for t in tok.sent)


def _names_gathering(ent: Span, lex: Lexicon) -> bool:
    """Whether an entity is the first words of a capitalized gathering name ("[Pacific Islands] Leaders Meeting")."""
    last = ent[-1]
    head = last.head
    for _ in range(3):
        if last.dep_ != "compound" or not head.text[:1].isupper() or head.i < ent.end:
            return False
        if head.lower_ in lex.gatherings:
            return True
        if head.dep_ != "compound":
            return False
        head = head.head
    return False


@cache
def _region_member_nouns() -> frozenset[str]:
    """RETURNS: ``region_member_nouns`` of ``triggers.json`` ("states", "countries"): a one-word title-case name the
    recognizer took for an organization before one of them ("the Danube states") is a region's name."""
    return frozenset(load_data("triggers.json")["region_member_nouns"])


@cache
def _event_name_heads() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``event_name_heads`` of ``titles.json`` (last words of an occasion's name)."""
    return frozenset(load_data("titles.json")["event_name_heads"])


@cache
def _kind_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``named_kind_nouns`` and ``vessel_nouns`` of ``names.json``."""
    data = load_data("names.json")
    return frozenset(data["named_kind_nouns"]) | frozenset(data["vessel_nouns"])


#: The most words of a name after its kind noun ("the choir Voices of Zion").
_KIND_NAME_WORDS = 4

#: Entity labels a name after a kind noun may carry (the recognizer's guess at a band's or ship's name).
_KIND_NAME_LABELS = frozenset({"", "NORP", "ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC"})


def kind_named(doc: Doc) -> list[tuple[int, int]]:
    """ "The band [Northern Lanterns] will play", "the hospital ship [Esperanza] docked": the capitalized words right
    after a lower-case ``named_kind_nouns`` or ``vessel_nouns`` word name that band or ship.

    doc (Doc): a tagged doc. RETURNS (list[tuple[int, int]]): token spans of such names that are no country's, nor a
    date, in text order.
    """
    ids = numpy.array([doc.vocab.strings.add(w) for w in _kind_nouns()], dtype="uint64")
    found: list[tuple[int, int]] = []
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids)):  # (no Python pass over every token)
        tok = doc[int(i)]
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= _KIND_NAME_WORDS and not doc[j].is_sent_start and (
                doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN"
                or j > tok.i + 1 and doc[j].lower_ in ("of", "the") and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
            j += 1
        while j > tok.i + 1 and doc[j - 1].is_lower:
            j -= 1
        if j > tok.i + 1 and doc[j - 1].ent_iob_ != "O" and (ent := next(
                (e for e in doc.ents if e.start < j <= e.end), None)) is not None and j < ent.end <= j + 2 \
                and ent.start >= tok.i + 1:
            j = ent.end  # "the group [Clean Seas Now]": the name's last word the tagger did not call a proper noun
        name = doc[tok.i + 1 : j]
        if not len(name) or any(t.ent_type_ not in _KIND_NAME_LABELS for t in name) or name[0].lower_ in title_words() \
                or (place := resolve_place(name.text)) is not None and place.kind == "country":
            continue  # (a ship may bear a town's name: "the hospital ship Esperanza")
        found.append((name.start, name.end))
    return found


def _spelled_names(doc: Doc, ents: list[Span], aliases: dict[str, tuple[int, int]],
                   listed: set[int]) -> dict[int, tuple[int, int]]:
    """Names listed with commas that an acronym in parentheses spells, which the recognizer saw only in part or not at
    all ("The Commission for Conciliation, [Mediation and Arbitration]ORG (CCMA)", "[The Authority for
    Arbitration]ORG, Mediation and Settlement (AAMS)", or no entity at all after a dateline).

    doc (Doc): the doc. ents (list[Span]): its entities, in text order; a name seen not at all is added to it (an ORG
    span). aliases (dict): acronym -> token span of its name. listed (set[int]): starts of names read already.
    RETURNS (dict[int, tuple[int, int]]): the start of the first entity inside such a name -> the whole name's span
    (with its "the")."""
    spelled: dict[int, tuple[int, int]] = {}
    for start, end in aliases.values():
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1  # ("[The Authority for Arbitration]ORG, ...": the name with its article)
        if start in listed or not doc[start].text[:1].isupper() or not any(doc[k].text == "," for k in range(start, end)):
            continue
        parts = [e for e in ents if start <= e.start and e.end <= end]
        if not parts:
            if end + 1 < len(doc) and doc[end + 1].ent_type_ == "ORG" \
                    and not any(f.start < end and start < f.end for f in ents):
                ents.append(Span(doc, start, end, label="ORG"))  # its acronym an organization's
                ents.sort(key=lambda e: e.start)
            continue
        if parts[0].label_ != "ORG" or any(f.start < start < f.end for f in ents) \
                or len(parts) == 1 and (parts[0].start, parts[0].end) == (start, end):
            continue
        spelled[parts[0].start] = (start, end)
    return spelled


def organizations(
    doc: Doc, taken: set[int], aliases: dict[str, tuple[int, int]], outside: Callable[[Span], bool],
    kinded: Sequence[tuple[int, int]] = (),
) -> list[Named]:
    """Organization and country mentions: entities, unlabelled subjects, and acronyms defined after a name.

    doc (Doc): a doc with entities (and a parse, for unlabelled subjects).
    taken (set[int]): tokens already in a person's mention or a mislabelled place.
    aliases (dict[str, tuple[int, int]]): acronym -> token span of the name it abbreviates.
    outside (Callable[[Span], bool]): whether a span lies outside the article's dateline.
    kinded (Sequence[tuple[int, int]]): :func:`kind_named` of the doc (bands and ships named after their kind noun).
    RETURNS (list[Named]): the organizations and countries found.
    """
    lex = lexicon()
    found: list[Named] = [Named(start, end, ActorRef(doc[start:end].text, "org", None, None, doc[start].idx,
                                                       doc[end - 1].idx + len(doc[end - 1])))
                          for start, end in kinded if not taken.intersection(range(start, end))
                          and outside(doc[start:end])]  # "the band Northern Lanterns": the band
    in_kinded = {i for n in found for i in range(n.start, n.end)}
    short_forms: list[Span] = []
    joined = _joined_names(doc)
    ents = list(doc.ents)  # (read once: each read of ``doc.ents`` builds its spans anew)
    listed = {first.start: end for start, end in aliases.values()
              for first in ents if first.start <= start < first.end and first.label_ == "ORG"
              and any(e.end == end and e.start > first.start for e in ents)
              and any(doc[k].text == "," for k in range(start, end))}  # "[The Kenya Medical Practitioners],
    # [Pharmacists] and [Dentists Union] (KMPDU)": one name, its acronym's
    inside = {e.start for e in ents for start, end in listed.items() if start < e.start < end}
    unlabelled = _spelled_names(doc, ents, aliases, set(listed))
    inside |= {e.start for e in ents for start, end in unlabelled.values() if start < e.start < end} - set(unlabelled)
    for ent in ents:
        if ent.start in joined.values() or ent.start in inside:
            continue  # the second half of "the African Union Peace and Security Council", named with its first
        if ent.start in listed:
            ent = Span(doc, ent.start, listed[ent.start], label="ORG")
        if ent.start in unlabelled:
            ent = Span(doc, *unlabelled[ent.start], label="ORG")
        if ent.start in joined:
            ent = doc[ent.start : next(e.end for e in ents if e.start == joined[ent.start])]
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if any(i in taken or i in in_kinded for i in range(ent.start, ent.end)) or not outside(ent):
            continue
        if ent.label_ == "ORG" and (start := _name_start(doc, ent, taken)) < ent.start:
            ent = Span(doc, start, ent.end, label="ORG")  # "[Nigeria Labour] [Congress]ORG": the whole name
        if ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].pos_ == "PROPN" and doc[ent.end].is_title \
                and doc[ent.end].ent_iob_ == "O" and doc[ent.end + 1].tag_ == "POS" and ent.end not in taken:
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")  # "[The Leipzig State]ORG Orchestra's concert": the
            # name's last word, left out before the possessive mark
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].is_lower and (ent[-1].pos_ == "ADP" and ent[-1].lower_ != "of"
                                                                          or ent[-1].pos_ == "CCONJ"):
            ent = Span(doc, ent.start, ent.end - 1, label="ORG")  # "[the National Congress on]ORG the first day": the
            # preposition the recognizer ran on into ("[The High Court of]ORG [Eswatini]" is read below); "between [the
            # National Union of Mineworkers and]ORG Kgosi Platinum": the "and" of the pair
        if ent.text in aliases:
            short_forms.append(ent)
            continue
        text = ent.text.removesuffix("'s").removesuffix("’s")
        if text.endswith(("s'", "s’")):
            text = text[:-1]  # "[The United Nations']ORG emergency relief coordinator": the plural's possessive mark
        if text[:4].lower() == "the ":
            text = text[4:]
        elif text[:3].lower() == "an " or text[:2].lower() == "a ":
            text = text.split(" ", 1)[1]  # "[An International Monetary Fund] team": the organization
        if ent.label_ in ("PERSON", "ORG") and (country := national_organ(text)) is not None:
            # "[JAXA]ORG will launch", "[ISRO]PERSON said": a state's agency by its own name is the state
            found.append(Named(ent.start, ent.end, ActorRef(country, "country", None, country, ent.start_char, ent.end_char)))
        elif ent.label_ == "PERSON" and company_named(ent):
            found.append(Named(ent.start, ent.end, ActorRef(text, "org", None, None, ent.start_char, ent.end_char)))
            # "[Okonjo Cement]PERSON": a company the recognizer took for a person
        elif ent.label_ == "PERSON" and acronym(ent):
            found.append(Named(ent.start, ent.end, ActorRef(ent.text, "org", None, None, ent.start_char, ent.end_char)))
        elif ent.label_ in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT") and country_named(ent):
            # "[Belarus]ORG freed 14 prisoners", "between Egypt, Greece and [Cyprus]PRODUCT": the country
            name = resolve_country(ent.text) or ent.text
            found.append(Named(ent.start, ent.end, ActorRef(name, "country", None, name, ent.start_char, ent.end_char)))
        elif ent.label_ == "ORG":
            if text.lower() in lex.heads or tuple(text.lower().split()) in lex.titles or resolve_place(text):
                continue
            if names_a_facility(ent):
                continue  # "reopened the [Torkham]ORG crossing", "the [Noor Ouarzazate]ORG solar complex": a site's name
            if len(ent) > 1 and text.split()[-1].lower() in _site_name_ends():
                continue  # "open the Kamalapur section of the [Dhaka Elevated Expressway]ORG": the thing built, no body
            if ent.start >= 2 and doc[ent.start - 1].lower_ == "for" and doc[ent.start - 2].lower_ in lex.heads:
                continue  # "Fiji's Minister for [Maritime Affairs]ORG, X": the office's portfolio, no body
            if " and " in text and ent.end < len(doc) and doc[ent.end].lower_ in lex.heads:
                continue  # "[Science and Technology]ORG Minister Rakesh Menon": the office's portfolio, no body
            if lex.gatherings.intersection(text.lower().replace("-", " ").split()) \
                    or text.split()[-1].lower() in _event_name_heads():
                continue  # a named meeting is an event, not an actor (nor are "the Continental Jazz Awards")
            if _names_gathering(ent, lex):
                continue  # "the [Pacific Islands]ORG Leaders Meeting": a word of the meeting's name
            if text.lower() in lex.demonyms:
                continue  # "Kazakh" mislabelled ORG
            if len(ent) == 1 and not text.isupper() and ent.root.dep_ == "compound" \
                    and ent.root.head.lower_ in _region_member_nouns():
                continue  # "leaders from ten [Danube]ORG states", "the [Mekong]ORG countries": a region's name, no body
                # (an acronym is one: "the 21 APEC economies")
            if len(text) < 2:
                continue
            if (country := national_organ(text)) is not None:  # "the Philippine Space Agency", "the Indian Navy": an
                # organ of the state, the state itself (as "Japan's space agency" is)
                found.append(Named(ent.start, ent.end, ActorRef(country, "country", None, country, ent.start_char, ent.end_char)))
                continue
            owner = _owner_country(doc, ent) or _leading_country(text)
            head, sep, rest = text.partition("'s ") if "'s " in text else text.partition("’s ")
            if sep and rest and (place := resolve_place(head)) is not None and place.kind == "country":
                text, owner = rest, place.name  # "[Nepal's Supreme Court]ORG": the court, of Nepal
            body, of, state = text.rpartition(" of ")
            if of and body and (place := resolve_place(state.removeprefix("the "))) is not None and place.kind == "country" \
                    and body.split()[-1].lower() in _state_bodies():
                text, owner = body if len(body.split()) > 1 else text, place.name  # "[The High Court of Eswatini]ORG":
                # the court, of Eswatini ("[The Bank of Japan]ORG" keeps its name: "Bank" alone names nothing)
            elif text.endswith(" of") and text[:-3].split()[-1:] and text[:-3].split()[-1].lower() in _state_bodies() \
                    and (state_name := _next_name(doc, ent.end)) is not None:
                text, owner = text[:-3] if len(text.split()) > 2 else f"{text} {state_name}", state_name  # "[The High
                # Court of]ORG [Eswatini]ORG": the recognizer's cut
            found.append(Named(ent.start, ent.end, ActorRef(text, "org", None, owner, ent.start_char, ent.end_char)))
        elif ent.label_ == "NORP" and ((organ_end := _organ_after(doc, ent.end)) is not None
                                       or (organ_end := _shared_organ_after(doc, ent.end)) is not None) \
                and (country := resolve_country(text)) is not None:
            # "joint drills with the [Saudi]NORP navy", "the Egyptian government": an organ of the state, the state
            found.append(Named(ent.start, organ_end, ActorRef(country, "country", None, country, ent.start_char,
                                                              doc[organ_end - 1].idx + len(doc[organ_end - 1]))))
        elif ent.label_ in ("NORP", "GPE", "LOC") and len(text.split()) > 1 and text.split()[-1] in organisation_name_heads() \
                and resolve_place(text) is None:
            # "[East African Community]NORP leaders": a body's name the recognizer took for a nationality
            found.append(Named(ent.start, ent.end, ActorRef(text, "org", None, None, ent.start_char, ent.end_char)))
        elif ent.label_ == "GPE" or ent.label_ in ("NORP", "LOC") and text[:1].isupper():
            place = resolve_place(text)  # ("[Tajikistan]NORP": a country's own name, not "Tajik", mislabelled;
            # "[South Sudan]LOC's government")
            if place is not None and place.kind == "country" and (ent.label_ == "GPE" or place.name == text):
                ref = ActorRef(place.name, "country", None, place.name, ent.start_char, ent.end_char)
                found.append(Named(ent.start, ent.end, ref))
    hyphened = [(span, ref) for span, ref in (doc._.place_spans or () if Doc.has_extension("place_spans") else ())
                if ref.kind == "country" and "-" in span.text and outside(span)
                and not any(i in taken for i in range(span.start, span.end))
                and not any(n.start < span.end and span.start < n.end and not (
                    span.start <= n.start and n.end <= span.end and n.ref.kind == "country") for n in found)]
    found = [n for n in found if not any(span.start <= n.start and n.end <= span.end for span, _ in hyphened)]
    # ("voters in [Guinea]GPE-Bissau": the whole country, not the neighbour its first word names)
    capitalized = [t for t in doc if t.text[:1].isupper()] if doc.has_annotation("DEP") else []  # (each pass below
    # reads only capitalized words: one walk over the doc for all three)
    for span, ref in hyphened:  # "Indonesia and [Timor]GPE-Leste": a hyphenated country the recognizer cut
        found.append(Named(span.start, span.end, ActorRef(ref.name, "country", None, ref.name, span.start_char,
                                                          span.end_char)))
    for tok in capitalized:
        if tok.ent_iob_ != "O" or tok.i in taken or not tok.text[:1].isupper() \
                or tok.pos_ not in ("PROPN", "NOUN") or not tok.is_alpha or any(n.start <= tok.i < n.end for n in found):
            continue
        place = resolve_place(tok.text)
        if place is not None and place.kind == "country" and place.name == tok.text and outside(doc[tok.i : tok.i + 1]) \
                and (tok.dep_ in SUBJECT_DEPS or tok.dep_ in ("conj", "pobj", "dobj", "poss")):
            # "Iceland will host a Nordic summit", "the foreign ministers of Eswatini and Suriname": a country the
            # recognizer left unlabelled, as it would a labelled one
            found.append(Named(tok.i, tok.i + 1, ActorRef(place.name, "country", None, place.name, tok.idx, tok.idx + len(tok))))
        elif place is None and (country := national_organ(tok.text)) is not None and outside(doc[tok.i : tok.i + 1]):
            found.append(Named(tok.i, tok.i + 1, ActorRef(country, "country", None, country, tok.idx, tok.idx + len(tok))))
        elif place is None and tok.dep_ in SUBJECT_DEPS and tok.is_upper and 3 <= len(tok) <= 6 and tok.lower_ not in title_words() and outside(doc[tok.i : tok.i + 1]):
            # "JAXA plans to launch a satellite": an acronym subject the recognizer left unlabelled is an organization
            found.append(Named(tok.i, tok.i + 1, ActorRef(tok.text, "org", None, None, tok.idx, tok.idx + len(tok))))
    for tok in capitalized:
        if tok.ent_iob_ == "O" and tok.i not in taken and tok.pos_ in ("ADJ", "PROPN") and tok.is_alpha \
                and (organ_end := _organ_after(doc, tok.i + 1)) is not None \
                and all(t.ent_iob_ == "O" and t.i not in taken for t in doc[tok.i : organ_end]) \
                and not any(n.start < organ_end and tok.i < n.end for n in found) \
                and (country := resolve_country(tok.text)) is not None and outside(doc[tok.i : organ_end]):
            # "Three [Indian Navy] warships arrived", the recognizer silent: the state's navy, the state
            found.append(Named(tok.i, organ_end, ActorRef(country, "country", None, country, tok.idx,
                                                          doc[organ_end - 1].idx + len(doc[organ_end - 1]))))
    for tok in capitalized:
        initials = tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6 and (tok.pos_ in ("PROPN", "NOUN")
                                                                             or tok.pos_ == "ADJ" and len(tok) >= 3)
        # ("[ECOWAS]JJ leaders held a summit": an acronym the tagger read as an adjective)
        # "the Fano militia", "Houthi rebels": one capitalized name word before a group noun, no country's
        name_word = tok.dep_ in ("compound", "amod") and tok.head.lower_ in acronym_group_heads() \
            and tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ in ("", "NORP", "ORG") \
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.head.children if c.i != tok.i) \
            and resolve_country(tok.text) is None
        if tok.i in taken or not (initials and tok.ent_iob_ == "O" or name_word) \
                or tok.lower_ in title_words() or any(n.start <= tok.i < n.end for n in found):
            continue
        named_group = tok.dep_ in ("compound", "nmod", "amod") and (tok.head.lower_ in acronym_group_heads() or initials and (
            tok.head.lower_ in people_nouns() or any(c.dep_ == "compound" and c.i > tok.i and c.lower_ in people_nouns()
                                                     for c in tok.head.children)))  # "[NATO] defence ministers met"
        partner = tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS  # "The government and the ELN are due to resume talks"
        if (named_group or partner) and resolve_place(tok.text) is None and outside(doc[tok.i : tok.i + 1]):
            # "Colombia's ELN guerrilla group", "held by ELN rebels": an unlabelled acronym naming a group
            found.append(Named(tok.i, tok.i + 1, ActorRef(tok.text, "org", None, None, tok.idx, tok.idx + len(tok))))
    for tok in capitalized:
        if tok.dep_ != "compound" or tok.pos_ != "PROPN" or tok.i > 0 and doc[tok.i - 1].dep_ == "compound" \
                and doc[tok.i - 1].pos_ == "PROPN" and tok.i <= doc[tok.i - 1].head.i:
            continue  # (the first word of a run of proper-noun compounds)
        end = tok.i
        while end < len(doc) and doc[end].dep_ == "compound" and doc[end].pos_ == "PROPN" and doc[end].head.i > end:
            end += 1
        group = doc[end] if end < len(doc) else tok
        words = doc[tok.i : end]
        if group.lower_ not in acronym_group_heads() or not group.is_lower or group.pos_ != "NOUN" \
                or any(not tok.i < t.head.i <= end for t in words):
            continue
        if len(words) >= 2 and all(t.is_alpha and t.text[:1].isupper() and t.ent_type_ in _GROUP_NAME_LABELS
                                   and t.i not in taken for t in words) \
                and not any(n.start < words.end and words.start < n.end and n.ref.kind != "country" for n in found) \
                and resolve_place(words.text) is None and outside(words):
            # "Georgia's opposition [United Georgia] movement": a name of two or more words the recognizer took for a
            # place, before a group noun, is the group's (not the country of a word of it)
            found = [n for n in found if not (n.start < words.end and words.start < n.end)]
            found.append(Named(words.start, words.end, ActorRef(words.text, "org", None, None, words.start_char,
                                                                words.end_char)))
    for tok in capitalized:
        # ("Leaders of the East African Community opened their summit": the name in the "of" phrase of the subject)
        of_subject = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in SUBJECT_DEPS \
            and tok.head.head.pos_ == "NOUN"
        if tok.ent_iob_ != "O" or tok.i in taken or tok.pos_ != "PROPN" or tok.text not in organisation_name_heads() \
                or not (tok.dep_ in ("compound", "nmod") and tok.head.dep_ in SUBJECT_DEPS and tok.head.pos_ == "NOUN"
                        or of_subject or tok.dep_ in SUBJECT_DEPS) \
                or any(n.start <= tok.i < n.end for n in found):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_iob_ == "O" \
                and doc[start - 1].head.i in (tok.i, tok.head.i, start) and doc[start - 1].i not in taken:
            start -= 1
        span = doc[start : tok.i + 1]
        if start < tok.i and outside(span) and resolve_place(span.text) is None:
            # "European Union foreign ministers are expected to impose ...": an organization's name the recognizer left
            # unlabelled before the people of it who act ("The Nigeria Labour Congress went ahead with": or that acts)
            found.append(Named(start, tok.i + 1, ActorRef(span.text, "org", None, None, span.start_char, span.end_char)))
    for tok in doc if "+" in doc_text(doc) else ():
        if tok.text.endswith("+") and tok.ent_iob_ == "O" and tok.i not in taken and len(tok) <= 7 and tok.text[:-1].isalpha() \
                and tok.text[:-1].isupper() and len(tok) >= 3 and outside(doc[tok.i : tok.i + 1]) \
                and not any(n.start <= tok.i < n.end for n in found):
            # "OPEC+ has postponed its meeting": a bloc and its allies, one token the recognizer leaves unlabelled
            found.append(Named(tok.i, tok.i + 1, ActorRef(tok.text, "org", None, None, tok.idx, tok.idx + len(tok))))
    for n in [n for n in found if doc[n.start : n.end].text in aliases]:
        found.remove(n)  # "SADC leaders last met in Harare": an unlabelled acronym defined before, the name's own
        short_forms.append(doc[n.start : n.end])
    for ent in short_forms:
        start, end = aliases[ent.text]
        full = next((n.ref for n in found if n.start < end and start < n.end and n.ref.kind == "org"), None)
        if full is not None:  # "(NATO)" after the alliance's name: the same actor; after a meeting's name: none
            found.append(Named(ent.start, ent.end, replace(full, start=ent.start_char, end=ent.end_char)))
    return found


#: Entity labels the words of a group's name before its group noun may carry ("[United Georgia]GPE movement").
_GROUP_NAME_LABELS = frozenset({"", "NORP", "ORG", "GPE", "LOC"})


def _name_start(doc: Doc, ent: Span, taken: set[int]) -> int:
    """Where an organization's name starts, counting the unlabelled name words the recognizer left before it.

    doc (Doc): a parsed doc.
    ent (Span): an ORG entity ("Congress" of "the Nigeria Labour Congress", cut by the recognizer).
    taken (set[int]): tokens already in a person's mention or a mislabelled place.
    RETURNS (int): the index of the name's first token (ent.start when nothing is before it; a name word and "and"
        between "the" and the entity count: "the Mining and [Allied Workers Union]").
    """
    start = ent.start
    while start > 0 and (tok := doc[start - 1]).ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_alpha \
            and tok.text[:1].isupper() and tok.dep_ == "compound" and start <= tok.head.i < ent.end \
            and tok.i not in taken and tok.lower_ not in title_words() and tok.lower_ not in lexicon().heads:
        start -= 1
    if start > 2 and doc[start - 1].lower_ == "and" and doc[start - 3].lower_ == "the" and (tok := doc[start - 2]
            ).ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and start <= tok.head.i \
            < ent.end and tok.i not in taken and ent[-1].text in organisation_name_heads():
        start -= 2  # "the Mining and [Allied Workers Union]ORG": the name's first word and "and", left out
    return start


@cache
def _state_bodies() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``state_body_heads`` of ``titles.json``: last words of a state's body named "of" the
    state ("the High Court of Eswatini", "the Parliament of Kenya")."""
    return frozenset(load_data("titles.json")["state_body_heads"])


def _next_name(doc: Doc, start: int) -> str | None:
    """RETURNS (str | None): the country whose name is the entity starting at token ``start`` ("of [Eswatini]"), else
    None."""
    ent = next((e for e in doc.ents if e.start == start), None)
    place = resolve_place(ent.text) if ent is not None else None
    return place.name if place is not None and place.kind == "country" else None


def _leading_country(text: str) -> str | None:
    """text (str): an organization's name. RETURNS (str | None): the country its name opens with ("Nigeria Labour
    Congress", "Kenya Union of Teachers", "South Africa Federation of Trade Unions"), or whose nationality it opens with
    ("Irish Labour Party"), else None."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) > n and (place := resolve_place(" ".join(words[:n]))) is not None and place.kind == "country" \
                and words[n][:1].isupper():
            return place.name
    if len(words) > 1 and words[1][:1].isupper() and is_demonym(words[0]):
        return resolve_country(words[0])  # "Irish Labour Party": of Ireland
    return None


def _owner_country(doc: Doc, ent: Span) -> str | None:
    """doc (Doc): a parsed doc. ent (Span): an organization's name. RETURNS (str | None): the country written as its
    owner right before it ("[South Africa's] Constitutional Court", "the [Kenyan] Electoral Commission", "[Australia's]
    opposition Liberal Party"), else None."""
    if ent.start == 0:
        return None
    k = ent.start - 1
    while k > 0 and doc[k].is_alpha and doc[k].is_lower and doc[k].dep_ in ("compound", "amod") \
            and doc[k].head.i in range(ent.start, ent.end):
        k -= 1  # "[Australia's] opposition Liberal Party": a lower-case description between the owner and the name
    before = doc[k]
    if before.lower_ in ("'s", "’s") and k > 0:
        owner = doc[k - 1]
        start = owner.i
        if owner.ent_type_ == "GPE":
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
        elif owner.ent_type_ == "" and owner.pos_ == "PROPN":
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "":
                start -= 1  # "[Nepal]'s Supreme Court" after a dateline: the name the recognizer left unlabelled
        else:
            return None
        place = resolve_place(doc[start : owner.i + 1].text)
        return place.name if place is not None and place.kind == "country" else None
    if before.ent_type_ == "NORP" and before.head.i in range(ent.start, ent.end):
        return resolve_country(before.text)
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].ent_type_ == "GPE":
        end = ent.end + 1
        while end < len(doc) and doc[end].ent_type_ == "GPE" and (end == ent.end + 1 or doc[end].ent_iob_ == "I"):
            end += 1
        place = resolve_place(doc[ent.end + 1 : end].text)
        if place is not None and place.kind == "country" and ent[-1].lower_ in _state_bodies():
            return place.name  # "[The Supreme Court]ORG of [Kenya]GPE": the court, of Kenya
    return None


def _joined_names(doc: Doc) -> dict[int, int]:
    """ "the [African Union Peace] and [Security Council]": two ORG entities with only "and" between them, the first
    ending in no organisation name head (``organisation_name_heads``: it names no body alone) and the second ending in
    one with no article of its own, are one name ("the African Union Peace and Security Council"); not "the [African
    Union] and the [Security Council]", two bodies.

    doc (Doc): a doc with entities. RETURNS (dict[int, int]): first entity start -> second entity start.
    """
    heads = organisation_name_heads()
    ents = list(doc.ents)
    out: dict[int, int] = {}
    for a, b in zip(ents, ents[1:]):
        if a.label_ == "ORG" and b.label_ == "ORG" and b.start == a.end + 1 and doc[a.end].lower_ == "and" \
                and doc[a.end - 1].text not in heads and doc[b.end - 1].text in heads and doc[b.start].lower_ != "the":
            out[a.start] = b.start
    return out


def national_organ(name: str) -> str | None:
    """The country of a body named by a nationality and a ``state_organs`` phrase ("Philippine Space Agency", "Indian
    Navy", "South Korean Coast Guard": the words before the organ name a country); None for any other name ("Saudi
    Press Agency")."""
    if (agency := load_data("titles.json")["named_state_agencies"].get(name.removeprefix("the "))) is not None:
        return str(agency)  # "JAXA", "the Indian Space Research Organisation": a state's agency by its own name
    words = name.split()
    if not words or words[-1].lower() not in _organ_last_words():
        return None  # (most names: one set lookup)
    for organ in _organ_phrases():
        n = len(organ)
        if len(words) > n and tuple(w.lower() for w in words[-n:]) == organ:
            return resolve_country(" ".join(words[:-n]))
    return None


def _organ_after(doc: Doc, start: int) -> int | None:
    """doc (Doc): a doc. start (int): the token after a nationality. RETURNS (int | None): the end of a ``state_organs``
    phrase written right there, in either case ("Saudi [navy]", "Indian [Navy]"), else None."""
    for organ in _organ_phrases():
        end = start + len(organ)
        if end <= len(doc) and tuple(t.lower_ for t in doc[start:end]) == organ:
            return end  # ("Saudi navy", "Indian Navy")
    return None


def _shared_organ_after(doc: Doc, start: int) -> int | None:
    """doc (Doc): a doc. start (int): the token after a nationality. RETURNS (int | None): the nationality's own end
    when "and" and another nationality with a plural ``state_organs`` phrase follow ("the [Egyptian] and French
    navies": each state's navy), else None."""
    if start + 2 >= len(doc) or doc[start].lower_ != "and" or doc[start + 1].ent_type_ != "NORP":
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_type_ == "NORP" and doc[end].ent_iob_ != "O":
        end += 1
    organ = _organ_after(doc, end)
    return start if organ is not None and doc[organ - 1].tag_ == "NNS" else None


@cache
def _organ_last_words() -> frozenset[str]:
    """The last words of the ``state_organs`` phrases."""
    return frozenset(organ[-1] for organ in _organ_phrases())


@cache
def _organ_phrases() -> tuple[tuple[str, ...], ...]:
    """The ``state_organs`` phrases of ``titles.json``, as word tuples, longest first."""
    return tuple(sorted((tuple(p.split()) for p in load_data("titles.json")["state_organs"]), key=len, reverse=True))


def _org_keys(text: str) -> set[str]:
    """An organization's name and its initials, folded: "the International Monetary Fund" -> {"international monetary
    fund", "imf"}; "IMF" -> {"imf"}."""
    words = [w for w in text.replace("-", " ").split() if w.lower() not in ("the", "of", "and", "for")]
    keys = {" ".join(w.lower() for w in words)}
    if len(words) >= 2:
        keys.add("".join(w[0] for w in words).lower())
    return keys


def headed_organisation(tok: Token) -> set[str] | None:
    """The organization a definite head noun leads: "the head of [the IMF]", "the [OSCE] chief", "the U.N. refugee chief"
    (the ``known_bodies`` body written with "agency" for the head noun: UNHCR); an empty set for an office below the
    head ("the regional director"); None otherwise."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _sub_offices() for c in tok.children):
        return set()  # "the Red Cross regional director": an office below the head, which no one named is guessed to hold
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
    if mods and (known := known_body_name(f"{tok.doc[min(t.i for c in mods for t in c.subtree) : tok.i].text} agency")):
        return _org_keys(known)  # "the U.N. refugee chief": the head of the "U.N. refugee agency", UNHCR
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ == "ORG":
                    ent = next((e for e in tok.doc.ents if e.start <= g.i < e.end), None)
                    return _org_keys(ent.text) if ent is not None else None
                if g.dep_ == "pobj" and (known := _known_body_phrase(g)) is not None:
                    return _org_keys(known)  # "the head of the U.N. nuclear watchdog": a body's written form
        if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and (c.ent_type_ == "ORG" or c.text.isupper() and len(c.text) >= 2):
            first = min(t.i for t in c.subtree)
            return _org_keys(tok.doc[first : c.i + 1].text)
    return None


def _known_body_phrase(noun: Token) -> str | None:
    """noun (Token): a common noun. RETURNS (str | None): the name of the ``known_bodies`` body whose written form its
    phrase is, "the" dropped ("the U.N. nuclear watchdog": International Atomic Energy Agency), else None."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    if not words:
        return None
    return known_body_name(noun.doc[words[0].i : noun.i + 1].text)


def _titled_otherwise(ref: ActorRef) -> bool:
    """Whether a person's title is one that leads no organization ("Envoy", "Foreign Minister"): such a person is no
    fallback for "the head of <org>". ``organisation_head_titles`` of ``titles.json``."""
    if not ref.title:
        return False
    low = ref.title.lower()
    return not any(low == t or low.endswith(" " + t) for t in _head_titles())


@cache
def _sub_offices() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``sub_office_modifiers`` of ``titles.json``."""
    return frozenset(load_data("titles.json")["sub_office_modifiers"])


@cache
def _head_titles() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``organisation_head_titles`` of ``titles.json``."""
    return frozenset(load_data("titles.json")["organisation_head_titles"])


def organisation_head(org: set[str], named: list[Named], acting: dict[str, int], doc: Doc,
                      home: str | None = None) -> ActorRef | None:
    """Who "the head of <org>" is: the person whose title phrase names the organization ("IMF Managing Director X"),
    else the most mentioned person named in full with no country who is not only a source and holds no other kind of
    title ("U.N. envoy X" heads no Red Cross), nor, under the dateline of a country (``home``), the title of a state's
    own head (``national_head_titles``: "CHISINAU - The head of the European Council arrived ... met President X": X
    is Moldova's) unless the body's head has that title (``body_head_titles``: the ICRC's President); else None."""
    if not org:
        return None  # (an office below the head: see headed_organisation)
    titles = load_data("titles.json")
    own = {str(titles["body_head_titles"][k]).lower() for k in org if k in titles["body_head_titles"]}
    national = frozenset(titles["national_head_titles"]) - own if home is not None else frozenset()
    fallback: dict[str, tuple[int, ActorRef]] = {}
    single: dict[str, tuple[int, ActorRef]] = {}  # people named by one word only
    for n in named:
        if n.ref.kind != "person":
            continue
        prefix = prefix_start(doc, n.start, n.end) if doc.has_annotation("DEP") else n.start
        words = doc[max(0, min(prefix, n.start - 6)) : n.start]
        for ent in doc.ents:
            if ent.label_ == "ORG" and words.start <= ent.start and ent.end <= n.start and _org_keys(ent.text) & org:
                return n.ref
        if n.ref.country is None and acting.get(n.ref.name, 0) > 0 and not _titled_otherwise(n.ref) \
                and (n.ref.title or "").lower() not in national:
            (fallback if len(n.ref.name.split()) > 1 else single).setdefault(n.ref.name, (acting[n.ref.name], n.ref))
            # (a full name first: not a one-word group the recognizer called a person)
    if not fallback and len(single) == 1 and home is not None:
        fallback = single  # "CHISINAU - The head of the European Council arrived ... Lorenzen met President X": the one
        # surname told acting, with the state's own head set aside
    if not fallback:
        return None
    return max(fallback.values(), key=lambda kp: kp[0])[1]
