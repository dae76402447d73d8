"""The :class:`Cluster` of mentions that one actor gathers while mentions are merged, and the small
lookups both merging and typing read (places the gazetteer knows, a country named with a title, the
words of a role).
"""


from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportgen.brief import Actor
from reportgen.extract import lexicon
from reportgen.extract.mentions import Mention
from reportgen.extract.names import (
    NAME_TOKEN,
    country_key,
    firm_legal_name,
    initials,
    known_place,
    name_key,
    person_shaped,
    state_named,
    titled_short_name,
)
from reportgen.extract.roles import PARTY_LETTERS
from reportgen.extract.rules import Rule, fire, fire_span


@dataclass
class Cluster:
    """Mentions of one referent while they are being gathered."""

    mentions: list[Mention] = field(default_factory=list)
    merged_into: Cluster | None = None
    _longest: tuple[tuple[int, int], str] | None = field(default=None, repr=False, compare=False)
    _personal: tuple[tuple[int, int], bool] | None = field(default=None, repr=False, compare=False)

    def names(self) -> list[str]:
        return [m.text for m in self.mentions]

    def longest(self) -> str:
        # Cached per state of the mention list: clustering asks for it once per candidate mention.
        state = (id(self.mentions), len(self.mentions))
        if self._longest is None or self._longest[0] != state:
            self._longest = (state, max(self.names(), key=lambda n: (len(n.split()), len(n))))
        return self._longest[1]

    def labels(self) -> Counter[str]:
        return Counter(m.label for m in self.mentions)

    def gender(self, stated: bool = False) -> str | None:
        """"m" or "f" as its honorifics ("Mr. Reddy") or, failing them and unless only a ``stated`` one
        counts, its first name tell; None when neither does or they disagree."""
        told = {lexicon.honorific_gender(m.honorific) for m in self.mentions if m.honorific} - {None}
        if not told and self.mentions and not stated:
            first = name_key(self.longest()).split()[:1]
            told = {lexicon.first_name_genders().get(first[0])} - {None} if first else set()
        return told.pop() if len(told) == 1 else None

    def is_personal(self) -> bool:
        """Looks like a person: the model said so, or a title or honorific stood before it."""
        # Cached per state of the mention list, as ``longest``: merging and typing ask it again and again.
        state = (id(self.mentions), len(self.mentions))
        if self._personal is None or self._personal[0] != state:
            self._personal = (state, self._looks_personal())
        return self._personal[1]

    def named_person(self) -> bool:
        """Looks like a person and its name is shaped like a person's ("Ana Ruiz", not "Ruiz Holdings")."""
        return self.is_personal() and person_shaped(self.longest())

    def _looks_personal(self) -> bool:
        name = self.longest()
        if firm_legal_name(name):
            return False  # "Organiser Sonora Live SL said": a firm's legal name, whatever stands before it
        labels = self.labels()
        if any(m.honorific for m in self.mentions):
            return True
        if any(m.titled for m in self.mentions) and (len(name.split()) > 1 or labels["PERSON"] > 0):
            return True  # "developer Brightforge" names a firm; "developer Ana Ruiz" a person
        if labels["PERSON"] > 0 and _initials_then_name(name) and any(m.role for m in self.mentions):
            return True  # "K. Lathika, Director of the IMD centre, said" (never "J. Crew said", a firm)
        if not person_shaped(name):
            return False
        if labels["PERSON"] == 0 and name_key(name).split()[-1] in lexicon.SITE_WORDS \
                and not any(m.person_cues or m.agentive for m in self.mentions):
            return False  # "Stanley Park", "Marion Inn": a site, unless a person acts ("Grace Park said")
        first_name = name.split()[0].lower() in lexicon.first_name_genders()  # "Nicola Sturgeon"
        if labels["PERSON"] > 0:
            # type voting: one PERSON among many place labels is the model's slip ("Clarkston became
            # his home" after nine uses of the town)
            return labels["PERSON"] * 3 >= labels["GPE"] + labels["LOC"] + labels["FAC"] or first_name
        # a role led or headed by a title: "chief executive of X", "the party's Holyrood leader"
        titled_role = any(m.role and {w.lower().strip(",") for w in (m.role.split()[0], m.role.split()[-1])}
                          & lexicon.TITLE_WORDS for m in self.mentions)
        cued = any(m.person_cues for m in self.mentions)
        # a name's particle shows a person only when the model said so ("Marina del Rey" is a place)
        capitalised = all(w[:1].isupper() for w in name.split())
        return len(name.split()) >= 2 and capitalised and (titled_role or first_name or cued)


def fire_at(doc: Any, which: Rule, mention: Mention, detail: str = "") -> None:
    """Record that ``which`` applied to ``mention``'s characters."""
    fire_span(which, doc[mention.start:mention.end], detail)


def absorb(into: Cluster, other: Cluster, doc: Any = None, why: Rule | None = None) -> None:
    """Move ``other``'s mentions into ``into``; with ``doc`` and ``why``, record the merging rule."""
    if into is other:
        return
    if doc is not None and why is not None and other.mentions:
        first = other.mentions[0]
        fire(doc, why, doc[first.start].idx, doc[first.end - 1].idx + len(doc[first.end - 1]), into.longest())
    into.mentions.extend(other.mentions)
    into.mentions.sort(key=lambda m: m.start)
    other.mentions = []
    other.merged_into = into


def country_clusters(clusters: list[Cluster]) -> dict[str, Cluster]:
    """The clusters that name a country, by the country's canonical name (the last one for a name)."""
    return {key: c for c in clusters if c.merged_into is None and c.mentions
            and (key := country_key(c.longest()))}


def titled_country(name: str) -> str | None:
    """``TITLED_COUNTRY``: the short name of "the Republic of Valdoria", "the Kingdom of Arland"."""
    return titled_short_name(name_key(name))


def known_city(name: str, population: int = 0) -> bool:
    from reportgen.geo.gazetteer import gazetteer

    return any(city.population >= population for city in gazetteer().cities(name))


def state_or_province(name: str) -> bool:
    """A top-level subdivision of a country the gazetteer knows by this name ("Pennsylvania", "Sindh")."""
    from reportgen.geo.gazetteer import gazetteer

    return any(sub.top_level for sub in gazetteer().subdivisions(name))


def surname_or_full_name(name: str) -> bool:
    """ "Reynolds", "Carla Whitfield": one capitalised word, or a known first name and more ("Oxford
    Economics", "GOPers" are not)."""
    words = name.split()
    if len(words) == 1:
        return person_shaped(name) and sum(c.isupper() for c in name) == 1
    return person_shaped(name) and words[0].lower() in lexicon.first_name_genders()


def role_words(actor: Actor) -> tuple[str, ...]:
    """The words of an actor's stated role, abbreviated titles spelled out ("Sen." is "senator"), as a
    description names the office."""
    return _role_words(office_part(actor.role))


def without_label(role: str) -> str:
    """A role less the label in brackets it holds ("Sen. (R)" -> "Sen."): the office to compare."""
    return re.sub(r"\s*\([^)]*\)", "", role)


def office_part(role: str | None) -> str:
    """A role's office: what comes before a second description the text gave later ("Gov.; Republican in
    her second term", referents.second-role)."""
    return (role or "").split(";")[0].strip()


@lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    # (a role of two parts has commas: "Senate Majority Leader, the measure's sponsor", "Sen., D-Ohio")
    words = (w.rstrip(",;:") for w in name_key(role).split())
    return tuple(lexicon.TITLE_EXPANSIONS.get(w.rstrip("."), w) for w in words if w)  # ("sen." is "senator")


def holds_office(role: tuple[str, ...], word: str, wanted: set[str] | frozenset[str]) -> bool:
    """The role is the office ``word`` names, or one of its class (people.yaml office_classes) as the
    office itself: "Ms Justice" and "Consul General" are, the "Justice Minister", the "Minister of
    Justice", a "Commissioner for Justice" and a "Justice Department spokesman" are not judges."""
    if word in role:
        return True
    for k, w in enumerate(role):
        after = role[k + 1] if k + 1 < len(role) else ""
        if w in wanted and (k == 0 or role[k - 1] not in ("of", "for")) and after not in lexicon.ORG_WORDS \
                and (after not in lexicon.TITLE_WORDS or after == "general") \
                and not any(t in lexicon.TITLE_WORDS and t not in wanted for t in role[:k]):
            return True
    return False




def party_tag(role: tuple[str, ...]) -> tuple[str, str] | None:
    """The party letter and state of a role's party tag ("d-ore" -> ("d", "oregon")), or None; a state
    lawmaker's tag names a town instead ("d-akron" -> ("d", ""))."""
    for word in role:
        party, dash, tag = word.partition("-")
        if dash and party.upper() in PARTY_LETTERS and tag.rstrip(".") in lexicon.US_STATE_TAGS:
            return party, str(lexicon.US_STATE_TAGS[tag.rstrip(".")])
        if dash and party.upper() in PARTY_LETTERS and tag.isalpha() and len(tag) > 2:
            return party, ""
    return None


def title_fits(actor: Actor, words: list[str]) -> bool:
    """False when the actor's stated role names an office and it is not the one described, or its party
    tag another party or state than the description ("the Montana Republican" is no "D-Ore.")."""
    role = role_words(actor)
    tag = party_tag(role)
    party = next((lexicon.PARTY_MEMBERS[w] for w in words if w in lexicon.PARTY_MEMBERS), None)
    state = state_named(words[:-1])
    if tag is not None and ((party is not None and tag[0] != party)
                            or (state is not None and tag[1] != state)):
        return False
    if words and words[-1] in lexicon.OCCUPATION_NOUNS and words[-1] not in lexicon.TITLE_WORDS:
        return not role or words[-1] in role  # "the real estate agent" is no "presidential hopeful"
    offices = [w for w in role if w in lexicon.TITLE_WORDS]
    described = [w for w in words if w in lexicon.TITLE_WORDS]
    return not offices or not described or any(  # ("the diplomat": an envoy)
        holds_office(role, w, {w} | lexicon.OFFICE_CLASSES.get(w, frozenset())) for w in described)


def _initials_then_name(name: str) -> bool:
    """Initials, then one name ("K. Lathika", "V. M. Suhail"), as South Indian names are written."""
    words = name.split()
    return len(words) >= 2 and all(initials(w) and not country_key(w) for w in words[:-1]) \
        and NAME_TOKEN.match(words[-1]) is not None and not words[-1].isupper()  # (never "U.S. Consulate")


def name_head(key: str) -> str:
    """The word a body's name is headed by: before its first "of", "for", "on" or "to", its last word
    ("Pennsylvania Senate", "Senate Committee on Homeland Security", "Committee to Protect Journalists"),
    or a body word before a place ("Bank Indonesia")."""
    words = key.split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on", "to") and k > 0), len(words))
    if not words or words[cut - 1] in lexicon.ORG_WORDS:
        return words[cut - 1] if words else ""
    if cut > 1 and words[0] in lexicon.ORG_WORDS and all(known_place(w) for w in words[1:cut]):
        return words[0]  # "Bank Indonesia" (never "Senate Republicans": the party's members)
    return words[cut - 1]


def role_head(role: str, at_number: bool = False) -> str:
    """The head noun of a stated role: its last word before a preposition or clause ("Web portal",
    "the U.S. military operation against ..." -> "operation"); with ``at_number``, before a figure too
    ("town 30 kilometres away" -> "town")."""
    head = ""
    for word in role.split():
        bare = word.lower().strip(",.;:()")
        if bare in lexicon.ROLE_HEAD_STOPS or (at_number and bare[:1].isdigit()):
            break
        head = bare
        if word.endswith(","):
            break
    return head


def person_noun(word: str) -> bool:
    """A noun that says what a person is: an office, a trade, a party's member, kin, a commentator."""
    return word in lexicon.PERSON_HEADS or word in lexicon.TITLE_WORDS or word in lexicon.OCCUPATION_NOUNS \
        or word in lexicon.PARTY_MEMBERS or word in lexicon.FAMILY_NOUNS or word in lexicon.COMMENTATOR_WORDS
