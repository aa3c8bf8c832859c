"""A counterpart is named by the office of the person it is the counterpart of.

"Slovenian Foreign Minister X will receive her Chilean counterpart Y": Y is Chile's Foreign Minister, so a later
"Chile's foreign minister held talks" is Y. "Chile's foreign minister held talks with his Slovenian counterpart": the
counterpart is the Foreign Minister of Slovenia, an office the store resolves to the person it knows holds it (X).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import ActorRef
from .actor_mentions import ANONYMOUS
from .title_holders import comma_name
from .title_phrases import parse_title
from .places import resolve_country
from .nlp import doc_text

__all__ = ["counterpart_offices", "nationality_offices"]

#: Nouns of a person who holds the same office as another, in another country.
_COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts", "opposite", "number"})


def counterpart_offices(doc: Doc, tokens: dict[int, ActorRef]) -> None:
    """Give each "her Chilean counterpart [Y]" the office its possessor holds, in place.

    doc (Doc): a parsed doc. tokens (dict[int, ActorRef]): token -> actor, as :func:`resolve_references` made it.
    RETURNS (None): a named counterpart with no title of its own takes the possessor's title and the country of the
        counterpart's nationality word (every token of the name); an unnamed one becomes that office ("Foreign
        Minister of Slovenia", kind person).
    """
    low = doc_text(doc).lower()
    if "counterpart" not in low and "opposite number" not in low or not doc.has_annotation("DEP"):
        return  # (most articles: one scan of the text)
    for tok in doc:
        if tok.lower_ not in _COUNTERPART_NOUNS or tok.pos_ != "NOUN" or (tok.lower_ == "number" and not any(
                c.dep_ == "amod" and c.lower_ == "opposite" for c in tok.children)):
            continue
        owner = next((tokens.get(c.i) for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner is ANONYMOUS or owner.kind != "person" or not owner.title:
            continue
        if tok.lower_ == "counterparts" and not _joined_titles(doc, tokens, owner):
            _plural_offices(doc, tokens, tok, owner)  # "his Thai and Cambodian counterparts": two offices
            continue
        mods = [t for t in tok.children if t.dep_ in ("amod", "compound") and t.i < tok.i]
        country = next((c for t in mods if (c := resolve_country(doc[t.left_edge.i : t.i + 1].text))
                        or (c := resolve_country(t.text))), None)  # (and "his [Sri Lankan] counterpart": a nationality
        # of two words, which "his [South Sudanese] counterpart" is before its last word's)
        if country is None or country == owner.country:
            continue
        if _joined_titles(doc, tokens, owner):
            continue  # "Deputy Prime Minister and Foreign Minister X ... his Omani counterpart": of which office?
        title = owner.title.removeprefix("former ").strip()
        named = [c for c in tok.children if c.dep_ == "appos" and (r := tokens.get(c.i)) is not None and r is not ANONYMOUS
                 and r.kind == "person"]
        hung = [doc[i] for i in comma_name(tok) if tokens.get(i) not in (None, ANONYMOUS)]  # (the name the parser hung
        # elsewhere: "his Senegalese counterpart, Aminata Sarr, the ministry said")
        if named or hung:
            words = [t for t in named[0].subtree] if named else hung
            ref = tokens[words[-1].i] if hung and not named else tokens[named[0].i]
            if ref.title:
                continue
            for t in words:
                if (r := tokens.get(t.i)) is not None and r.name == ref.name:
                    tokens[t.i] = replace(r, title=title, country=r.country or country)
            if hung and not named:
                tokens[tok.i] = replace(tokens[words[-1].i], start=tok.idx, end=tok.idx + len(tok))
        elif tok.i not in tokens and tok.lower_ != "counterparts" and not (
                tok.i + 1 < len(doc) and (r := tokens.get(tok.i + 1)) is not None and r is not ANONYMOUS):
            # (not "his Omani counterpart Sayyid Badr", the name read as the noun's head)
            tokens[tok.i] = ActorRef(f"{title} of {country}", "person", title, country, tok.idx, tok.idx + len(tok))


def _plural_offices(doc: Doc, tokens: dict[int, ActorRef], tok: Token, owner: ActorRef) -> None:
    """ "spoke with his Thai and Cambodian counterparts": each nationality word joined on a plural "counterparts" (two
    or more, "and"-joined) stands for the office the possessor holds in that country, at the word's offsets, in place
    (none when a name follows, or a word names the possessor's own country or no country)."""
    first = next((t for t in tok.children if t.dep_ in ("amod", "compound", "nmod") and t.i < tok.i
                  and any(c.dep_ == "conj" for c in t.children)), None)
    if first is None or owner.title is None:
        return
    words = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.i < tok.i)]
    countries = [resolve_country(t.text) for t in words]
    if len(words) < 2 or any(c is None or c == owner.country for c in countries) \
            or any(tokens.get(t.i) not in (None, ANONYMOUS) for t in words) \
            or any(c.dep_ == "appos" for c in tok.children) or any(tokens.get(i) not in (None, ANONYMOUS) for i in comma_name(tok)):
        return  # ("his Thai and Cambodian counterparts, X and Y": the people named)
    title = owner.title.removeprefix("former ").strip()
    for t, country in zip(words, countries):
        tokens[t.i] = ActorRef(f"{title} of {country}", "person", title, country, t.idx, t.idx + len(t))


def _joined_titles(doc: Doc, tokens: dict[int, ActorRef], owner: ActorRef) -> bool:
    """Whether the possessor's first named mention has titles joined by "and" ("Deputy Prime Minister and Foreign
    Minister X"), so that which office the counterpart holds is not known."""
    first = next((i for i in sorted(tokens) if tokens[i].name == owner.name and doc[i].pos_ == "PROPN"), None)
    if first is None:
        return False
    start = end = first
    while start - 1 >= 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"
                              or doc[start - 1].lower_ == "and" and start - 2 >= 0 and doc[start - 2].pos_ == "PROPN"):
        start -= 1  # the title words before the first word the owner is read at
    i = first
    while i + 1 < len(doc) and (doc[i + 1].pos_ == "PROPN" or doc[i + 1].is_punct and doc[i + 1].text == "-"
                                or doc[i + 1].lower_ == "and" and i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN"):
        i += 1
        if (ref := tokens.get(i)) is not None and ref.name == owner.name:
            end = i  # up to the owner's last word (not "X and Cambodian Foreign Minister Y" after it, another person's;
            # nor "X and his Ghanaian counterpart")
    return any(t.lower_ == "and" for t in doc[start : end + 1])


def nationality_offices(doc: Doc, tokens: dict[int, ActorRef]) -> None:
    """ "a meeting between the Thai and Cambodian defence ministers": each nationality word joined by "and" on a plural
    of a known title (its portfolio words and the noun made singular: "Defence Minister") stands for that office in its
    country ("Defence Minister of Thailand", kind person, at the word's offsets), in place of the country it was read
    as; never when a word names no country or a person, or the plural has no title ("the Thai and Cambodian leaders").

    doc (Doc): a parsed doc. tokens (dict[int, ActorRef]): token -> actor. RETURNS (None)."""
    if " and " not in doc_text(doc) or not doc.has_annotation("DEP"):
        return
    for tok in doc:
        if tok.tag_ != "NNS" or not tok.is_lower or not tok.lower_.endswith("s"):
            continue
        portfolio = sorted((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_lower
                            and c.is_alpha), key=lambda c: c.i)
        single = tok.lower_[:-3] + "y" if tok.lower_.endswith("ies") else tok.lower_[:-1]
        title = " ".join(w.capitalize() for w in (*(c.lower_ for c in portfolio), single))
        if parse_title(title).title != title:
            continue
        first = next((t for t in tok.children if t.dep_ in ("amod", "compound", "nmod") and t.i < tok.i
                      and any(c.dep_ == "conj" for c in t.children)), None)
        if first is None:
            continue
        words = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.i < tok.i)]
        countries = [resolve_country(t.text) for t in words]
        if len(words) < 2 or any(c is None for c in countries) \
                or any((r := tokens.get(t.i)) is not None and r is not ANONYMOUS and r.kind == "person" for t in words):
            continue
        for t, country in zip(words, countries):
            tokens[t.i] = ActorRef(f"{title} of {country}", "person", title, country, t.idx, t.idx + len(t))

