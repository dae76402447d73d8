"""Referents: mentions grouped into the actors they stand for, and everything resolved to them.

All resolution lives here: one name form for each actor (a surname, a first name or an honorific
form to the person the text last meant; an acronym to its expansion; "Tallybird" to "Tallybird
Group"; "U.S." to "United States"; a capital used as its government to its country), the actor's
type by the votes of its mentions, its stated role, its gender, and what each "he"/"she", "the
minister" or "the company" stands for. Claims, outlook and the summary ask :class:`Referents`;
they never resolve names themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Any

from reportgen.brief import Actor
from reportgen.brief.model import BODY_TYPES, ActorType
from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS, SUBJECTS, cited, complement, tree_of
from reportgen.extract.layout import Layout, QuoteSpan, layout_of, sentence_of
from reportgen.extract.mentions import Mention, speaks_for
from reportgen.extract.names import (
    acronym_fits,
    canonical_key,
    country_key,
    known_place,
    name_key,
    person_shaped,
    titled_short_name,
    without_brackets,
)
from reportgen.extract.rules import Rule, fire, fire_span, rule


@dataclass
class Cluster:
    """Mentions of one referent while they are being gathered."""

    mentions: list[Mention] = field(default_factory=list)
    merged_into: Cluster | None = None
    _longest: tuple[tuple[int, int], str] | None = field(default=None, repr=False, compare=False)

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

    def is_personal(self) -> bool:
        """Looks like a person: the model said so, or a title or honorific stood before it."""
        name = self.longest()
        labels = self.labels()
        if any(m.honorific for m in self.mentions):
            return True
        if any(m.titled for m in self.mentions) and (len(name.split()) > 1 or labels["PERSON"] > 0):
            return True  # "developer Brightforge" names a firm; "developer Ana Ruiz" a person
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


def _fire_at(doc: Any, which: Rule, mention: Mention, detail: str = "") -> None:
    """Record that ``which`` applied to ``mention``'s characters."""
    fire_span(which, doc[mention.start:mention.end], detail)


def _cluster(doc: Any, mentions: list[Mention], parenthesised: frozenset[int] = frozenset()) -> list[Cluster]:
    """Mentions, in text order, merged by name form; short person names to the last full match;
    an acronym in brackets right after a name ("... Security Agency (NUKIB)") to that name."""
    clusters: list[Cluster] = []
    by_form: dict[str, Cluster] = {}
    by_end: dict[int, Cluster] = {}
    by_part: dict[str, dict[int, Cluster]] = {}  # first or last word of a full name -> its clusters
    last_seen: dict[int, int] = {}
    bare_seen: dict[str, dict[int, int]] = {}  # a bare name -> the clusters it meant -> where
    for mention in mentions:
        key = canonical_key(mention.text)
        if key != name_key(mention.text) and key in by_form:
            _fire_at(doc, CANONICAL_FORM, mention, by_form[key].longest())
        cluster = None
        if mention.start in parenthesised and mention.start - 1 in by_end and not mention.furniture \
                and (mention.text.isupper() or _own_language_name(doc, mention)
                     or _short_name_in_brackets(doc, mention, by_end[mention.start - 1])):
            # "BUCHAREST, Romania (AP) —": the agency is no alias (furniture); "(Havnekontoret, HK)": the
            # body's name in its own language is
            cluster = by_form.get(key) or by_end[mention.start - 1]
        elif len(key.split()) == 1 and (not country_key(key) or _speaking_surname(doc, mention)):
            # A bare surname is the person the text last meant (father and son stay apart).
            strong = mention.person_cues > 0 or bool(mention.honorific) or mention.titled
            candidates = by_part.get(key, {}).values()
            cluster = _person_for_part(key, candidates, last_seen, loose=strong)
            held = _person_for_part(key, candidates, bare_seen.get(key, {}), loose=strong)
            if held is not None and cluster is not None and held is not cluster:
                _fire_at(doc, SURNAME_KEEPS_HOLDER, mention, held.longest())
                cluster = held
            if cluster is not None:
                bare_seen.setdefault(key, {})[id(cluster)] = mention.start
                if country_key(key):
                    _fire_at(doc, COUNTRY_SURNAME, mention, cluster.longest())
                full = name_key(cluster.longest()).split()
                if len(full) >= 3 and full[-2] == key and key not in (full[0], full[-1]):
                    _fire_at(doc, FIRST_SURNAME, mention, cluster.longest())
        cluster = cluster or by_form.get(key) or _longer_name_ending(key, clusters)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.mentions.append(mention)
        words = name_key(mention.text).split()
        if len(words) >= 2:
            # (and a first surname of two: "Villalobos" of "Andrés Villalobos Pérez"; never a second
            # first name, "Ann" of "Mary Ann Smith")
            double = len(words) >= 3 and words[0] in lexicon.first_name_genders() \
                and words[-2] not in lexicon.first_name_genders() and words[-2] not in lexicon.NAME_PARTICLES
            for word in (words[0], words[-1], *((words[-2],) if double else ())):
                by_part.setdefault(word, {})[id(cluster)] = cluster
        by_form[key] = cluster
        by_end[mention.end] = cluster
        last_seen[id(cluster)] = mention.start
    _merge_parts(clusters)
    _merge_org_forms(clusters)
    _merge_acronyms(doc, clusters, parenthesised)
    _merge_party_members(doc, clusters)
    _merge_country_bodies(doc, clusters)
    _merge_spelling_variants(doc, clusters)
    _merge_transposed_names(doc, clusters)
    _merge_former_names(doc, clusters)
    _merge_capitalised_kinds(doc, clusters)
    return clusters


CAPITALISED_KIND = rule(
    "referents.capitalised-kind", "A body called by its kind with a capital (“the Committee”, “the Court”) "
    "is the body named last before it whose name has that word (“Court of Appeal”, “Supreme Court”); "
    "only in a quote, after several, it is none of them for sure and no actor of its own.",
    examples=[("Rates cut\n\nThe Monetary Policy Committee cut its rate on Tuesday. The Committee said "
               "inflation had eased.", {"actor": "Monetary Policy Committee", "aliases": ["Committee"]}),
              ("Water ruling\n\nThe Arizona Supreme Court overturned a ruling by the Maricopa County "
               "Superior Court. “The Legislature, not this Court, must act,” the majority wrote.",
               {"no_actor": "Court"}),
              ("Appeal\n\nThe case began in the High Court in 2021. On Tuesday the Court of Appeal "
               "overturned the ruling. The Court said the trial judge had erred.",
               {"actor": "Court of Appeal", "aliases": ["Court"]})],
    counter=[("Rates cut\n\nThe Committee said inflation had eased.", {"actor": "Committee"})])


def _merge_capitalised_kinds(doc: Any, clusters: list[Cluster]) -> None:
    """``CAPITALISED_KIND``: "the Committee" is the Monetary Policy Committee named before it."""
    live = [c for c in clusters if c.merged_into is None and c.mentions]
    for short in live:
        words = {name_key(m.text) for m in short.mentions}
        word = words.pop() if len(words) == 1 else ""
        if word not in lexicon.ORG_WORDS or not all(
                m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ in ("the", "this", "that")
                and doc[m.start].is_title for m in short.mentions):
            continue
        first = short.mentions[0].start
        # (the word as the name's head: "Supreme Court", "Court of Appeal", "Council of Europe")
        owners = [c for c in live if c is not short and c.merged_into is None and c.mentions
                  and not c.is_personal() and len(c.longest().split()) >= 2
                  and word in name_key(c.longest()).split() and c.mentions[0].start < first]
        if not owners:
            continue
        latest = max(owners, key=lambda c: max(m.start for m in c.mentions if m.start < first))
        if len(owners) == 1 or not all(m.quoted for m in short.mentions):
            _absorb(latest, short, doc, CAPITALISED_KIND)  # the one named last before it
        else:  # "not this Court," in a quote after two courts: none of them for sure
            mention = short.mentions[0]
            fire(doc, CAPITALISED_KIND, doc[mention.start].idx, doc[mention.start].idx + len(mention.text))
            clusters.remove(short)


def _longer_name_ending(key: str, clusters: list[Cluster]) -> Cluster | None:
    """A person named before in three words or more whose name ends with these two ("Costa Reis" of
    "Ana Lúcia Costa Reis": a double surname written alone)."""
    if len(key.split()) != 2:
        return None
    found = [c for c in clusters if c.merged_into is None and c.is_personal()
             and len(name_key(c.longest()).split()) >= 3 and name_key(c.longest()).endswith(" " + key)]
    return found[-1] if len(found) == 1 else None


FIRST_SURNAME = rule(
    "referents.first-surname", "A person named with two surnames (“Andrés Villalobos Pérez”) is meant by "
    "the first alone (“Villalobos added”), as Spanish and Portuguese style writes it; a second first name "
    "is no surname (“Ann” of Mary Ann Smith).",
    examples=[("CET's executive director, Andrés Villalobos Pérez, told reporters the agency was examining "
               "the fault. Villalobos added that the grid had performed better than in 2019.",
               {"actor": "Andrés Villalobos Pérez", "aliases": ["Villalobos"]})],
    counter=[("Mary Ann Smith chairs the board. Ann Lee, her deputy, said the vote was close.",
              {"actor": "Ann Lee"})])
PARTY_MEMBERS = rule(
    "referents.party-members", "A party's members named as a plural (“the Conservatives”, “Republicans”) "
    "are the party named in full (“Conservative Party”).",
    examples=[("The Conservative Party lost two seats. The Conservatives blamed the weather.",
               {"actor": "Conservative Party", "aliases": ["Conservatives"]})])
SPELLING_VARIANT = rule(
    "referents.spelling-variant", "Two people with the same surname whose first names differ by one "
    "letter (“Viktor”/“Victor”) are one person spelt two ways.",
    examples=[("Viktor Makarov defected in 1992. Victor Makarov later wrote a memoir.",
               {"actor": "Viktor Makarov", "aliases": ["Victor Makarov"]})])
TRANSPOSED_LETTERS = rule(
    "referents.transposed-letters", "Two names of places or bodies that differ only by two neighbouring "
    "letters swapped in one word (“Rukban camp”/“Rubkan camp”) are one name mistyped.",
    examples=[("Aid reached the Rukban camp on Monday. The Rukban camp holds 40,000 people. Officials said "
               "the Rubkan camp would get more food.", {"actor": "Rukban camp", "aliases": ["Rubkan camp"]})],
    counter=[("Iran and Iraq signed the pact. Iran said the border would reopen.", {"actor": "Iraq"})])
FORMER_NAME = rule(
    "referents.former-name", "A body's name set beside another with “formerly” or “previously” (“MaT – "
    "formerly the Free Syrian Army –”) is its former name: one actor.",
    examples=[("The forces known as Harbour Guard, or HG – formerly the Free Coast Army – patrol the bay.",
               {"actor": "Harbour Guard", "aliases": ["Free Coast Army"]}),
              ("Acme Corp - formerly Harbour Holdings - said on Monday it would close the plant. Harbour "
               "Holdings once owned the port.",  # the former name used again is still the former name
               {"actor": "Acme Corp", "aliases": ["Harbour Holdings"]})],
    counter=[("Harbour Guard patrols the bay, and the Free Coast Army guards the hills.",
              {"actor": "Free Coast Army"})])
CANONICAL_FORM = rule(
    "referents.canonical-form", "Names that share a canonical form are one actor: initials with or "
    "without full stops (“U.N.”/“UN”), a known short form (“Fed”), a state's government by its "
    "country (“the British government”/“the UK government”).",
    examples=[("The UK government said the rebate stays. The British government will not give way.",
               {"actor": "British government", "aliases": ["UK government"]})])


COUNTRY_BODY = rule(
    "referents.country-body", "A state body named through “the country's” (“the country's cyber security "
    "agency”) is the one organisation named in full with the same head and all its words.",
    examples=[("The blackout hit 9,000 homes, the country's cyber security agency said. The National Cyber "
               "and Information Security Agency said the attackers were known.",
               {"actor": "National Cyber and Information Security Agency",
                "aliases": ["country's cyber security agency"]}),
              ("Ghana's central bank cuts key rate\n\nThe National Reserve Bank of Ghana cut its benchmark "
               "rate on Wednesday.", {"actor": "National Reserve Bank of Ghana",
                                      "aliases": ["Ghana's central bank"]})],
    counter=[("Kenya's largest bank reported a loss. The Central Bank of Kenya raised its key rate.",
              {"actor": "Kenya's largest bank"})])


def _merge_country_bodies(doc: Any, clusters: list[Cluster]) -> None:
    live = [c for c in clusters if c.merged_into is None and c.mentions and not c.is_personal()
            and not all(m.furniture for m in c.mentions)]  # a dateline's agency expands no name
    for cluster in live:
        words = name_key(cluster.longest()).split()
        owned = _country_owned(words)
        if owned is not None:  # "Ghana's central bank" is the National Reserve Bank of Ghana
            country, qualifiers, head = owned
            owners = [c for c in live if c is not cluster and c.merged_into is None
                      and head in name_key(c.longest()).split()
                      and f" {country} " in f" {name_key(c.longest())} "
                      and set(qualifiers) <= set(name_key(c.longest()).split()) | lexicon.STATE_QUALIFIERS]
            if len(owners) == 1:
                _absorb(owners[0], cluster, doc, COUNTRY_BODY)
            continue
        if len(words) < 2 or words[0].removesuffix("'s") not in lexicon.COUNTRY_NOUNS:
            continue
        wanted = {w for w in words[1:] if w not in ("'s", "’s")}
        owners = [c for c in live if c is not cluster and c.merged_into is None
                  and name_key(c.longest()).split()[-1:] == words[-1:]
                  and wanted <= set(name_key(c.longest()).split())]
        if len(owners) == 1:
            _absorb(owners[0], cluster, doc, COUNTRY_BODY)


def _country_owned(words: list[str]) -> tuple[str, list[str], str] | None:
    """(country, qualifiers, head) of a body named through a named country ("ghana's central bank" ->
    ("ghana", ["central"], "bank")), else None."""
    for k, word in enumerate(words[:-1]):
        if word in ("'s", "’s") or word.endswith(("'s", "’s")):
            country = " ".join(words[:k] + ([word[:-2]] if len(word) > 2 else []))
            return (country, words[k + 1:-1], words[-1]) if country and country_key(country) else None
    return None


def _merge_party_members(doc: Any, clusters: list[Cluster]) -> None:
    live = [c for c in clusters if c.merged_into is None and c.mentions]
    parties = {name_key(c.longest()): c for c in live if name_key(c.longest()).endswith(" party")}
    for cluster in live:
        name = name_key(cluster.longest())
        if cluster.merged_into is not None or " " in name or not name.endswith("s"):
            continue
        party = parties.get(f"{name[:-1]} party")
        if party is not None and party is not cluster:
            _absorb(party, cluster, doc, PARTY_MEMBERS)


def _merge_spelling_variants(doc: Any, clusters: list[Cluster]) -> None:
    # Only names of as many words with the same surname are compared: a list of thousands of names
    # stays linear.
    groups: dict[tuple[str, int], list[tuple[Cluster, list[str]]]] = {}
    for c in clusters:
        if c.merged_into is None and c.mentions and c.is_personal() and len(c.longest().split()) >= 2:
            words = name_key(c.longest()).split()
            groups.setdefault((words[-1], len(words)), []).append((c, words))
    for people in groups.values():
        for k, (one, a) in enumerate(people):
            for other, b in people[k + 1:]:
                if one.merged_into is None and other.merged_into is None \
                        and len(a[0]) >= 4 and _one_letter_apart(a[0], b[0]):
                    _absorb(one, other, doc, SPELLING_VARIANT)


def _merge_former_names(doc: Any, clusters: list[Cluster]) -> None:
    """ "MaT – formerly the Free Syrian Army –", "Meta (previously known as Facebook)": a name set beside
    another with "formerly" or "previously" is the same body's former name."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    ordered = sorted((m for c in clusters for m in c.mentions), key=lambda m: m.start)
    for one, other in pairwise(ordered):
        between = [t for t in doc[one.end:other.start] if not t.is_punct]
        words = {t.lower_ for t in between}
        if not words & lexicon.FORMER_NAME_MARKS or not words <= lexicon.FORMER_NAME_WORDS \
                or len(between) > 4 or any("\n" in t.text for t in doc[one.end:other.start]):
            continue
        into, gone = _live(owner[id(one)]), _live(owner[id(other)])
        if into is not gone and not into.is_personal() and not gone.is_personal():
            other.former = True
            _absorb(into, gone, doc, FORMER_NAME)


def _live(cluster: Cluster) -> Cluster:
    """The cluster a merged one's mentions went to."""
    while cluster.merged_into is not None:
        cluster = cluster.merged_into
    return cluster


def _merge_transposed_names(doc: Any, clusters: list[Cluster]) -> None:
    """Two names of places or bodies that differ only by two neighbouring letters swapped in one word
    ("Rukban camp"/"Rubkan camp") are one name mistyped: a slip writers make, where a one-letter change
    may be another place ("Iran"/"Iraq")."""
    # A swap keeps each word's letters: only names with the same letters word by word are compared.
    groups: dict[tuple[str, ...], list[tuple[Cluster, list[str]]]] = {}
    for c in clusters:
        if c.merged_into is None and c.mentions and not c.is_personal():
            words = name_key(c.longest()).split()
            groups.setdefault(tuple("".join(sorted(w)) for w in words), []).append((c, words))
    for named in groups.values():
        for k, (one, a) in enumerate(named):
            for other, b in named[k + 1:]:
                differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
                if one.merged_into is None and other.merged_into is None and len(differ) == 1 \
                        and _transposed(*differ[0]):
                    into, gone = (one, other) if len(one.mentions) >= len(other.mentions) else (other, one)
                    _absorb(into, gone, doc, TRANSPOSED_LETTERS)


def _transposed(a: str, b: str) -> bool:
    """ "rukban"/"rubkan": same length (five letters or more), two neighbouring letters swapped."""
    if len(a) != len(b) or len(a) < 5 or not a.isalpha():
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_letter_apart(a: str, b: str) -> bool:
    """One substitution, insertion or deletion ("viktor"/"victor", "mohamed"/"mohammed")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _merge_acronyms(doc: Any, clusters: list[Cluster], parenthesised: frozenset[int] = frozenset()) -> None:
    """An acronym used on its own ("the LME said") is the organisation it abbreviates, when only one fits,
    or the one the text defined it for in brackets, even in another language's order ("the National
    Electoral Authority (ANE)"); a dateline's agency in brackets ("ROME (AP) —") abbreviates nothing."""
    live = [c for c in clusters if c.merged_into is None and c.mentions and not c.is_personal()
            and not all(m.furniture and m.start in parenthesised for m in c.mentions)]
    for short in live:
        name = _without_legal_form(short.longest())  # "NNPC Ltd" of "... Company Limited (NNPC Ltd)"
        capitals = sum(c.isupper() for c in name)
        if not (2 <= len(name) <= 6 and name.isalpha() and capitals >= 2 and name[0].isupper()) \
                or country_key(name):
            continue  # "LME", "MaT" (Maghawir al Thawra)
        owners = [c for c in live if c is not short and c.merged_into is None
                  and len(c.longest().split()) >= 2
                  and acronym_fits(name, _without_legal_form(c.longest()))]
        if not owners:
            owners = [c for c in live if c is not short and c.merged_into is None
                      and any(_defined_as(doc, m, name) for m in c.mentions)]
            if len(owners) == 1:
                _fire_at(doc, DEFINED_ACRONYM, short.mentions[0], owners[0].longest())
        if len(owners) == 1:
            _absorb(owners[0], short)


DEFINED_ACRONYM = rule(
    "referents.defined-acronym", "An acronym the text defines in brackets after a name is that name, even "
    "when its letters follow another language (“the National Electoral Authority (ANE)” ... “the ANE's "
    "president”).",
    examples=[("The National Electoral Authority (ANE) said the count was over. The ANE's president, Ana "
               "Roe, said turnout was 46 percent.",
               {"actor": "National Electoral Authority", "aliases": ["ANE"]}),
              ("The Danish Harbour Office (Havnekontoret, HK) closed the quay on Monday. HK said repairs "
               "would take a week.", {"actor": "Danish Harbour Office", "aliases": ["HK", "Havnekontoret"]})],
    counter=[("The Danish Harbour Office (Havnekontoret) closed the quay. HK said repairs would take a week.",
              {"no_actor": "HK"}),
             ("Pipeline delayed again\n\nNigeria's state oil firm, the Nigerian National Petroleum Company "
              "Limited (NNPC Ltd), said on Monday that the line was ready. NNPC Ltd blamed a blast for the "
              "delay.",
              {"actor": "Nigerian National Petroleum Company Limited", "aliases": ["NNPC Ltd"]}),
             ("The National Electoral Authority said the count was over. The ANE's president, Ana Roe, said "
              "turnout was 46 percent.", {"actor": "ANE"})])


def _without_legal_form(name: str) -> str:
    """The name without the legal form that closes it ("NNPC Ltd" -> "NNPC"; "... Company Limited")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in lexicon.LEGAL_FORMS:
        words.pop()
    return " ".join(words)


SHORT_NAME_IN_BRACKETS = rule(
    "referents.short-name-in-brackets", "One word in brackets right after a body's name (“the National "
    "Geology and Mining Service (Sernageomin)”, “the Brazilian Association of Grain Producers (Abragrão)”) "
    "is the short name it goes by, whatever its letters; never a place (“Acme Mining (Chile)”).",
    examples=[("Mine shut\n\nThe National Geology and Mining Service (Geomintec) ordered the mine shut. "
               "Geomintec said its inspectors had visited the site 12 times.",
               {"actor": "National Geology and Mining Service", "aliases": ["Geomintec"]})],
    counter=[("Mine shut\n\nThe mine is run by Andes Copper Holdings (Chile), which said it would appeal.",
              {"actor": "Chile", "type": "country"})])


def _short_name_in_brackets(doc: Any, mention: Mention, before: Cluster) -> bool:
    """``SHORT_NAME_IN_BRACKETS``: a one-word name closing its brackets after a body's name."""
    if mention.end - mention.start != 1 or mention.end >= len(doc) or doc[mention.end].text != ")" \
            or before.is_personal() or len(before.longest().split()) < 3 or known_place(mention.text) \
            or not mention.text[:1].isupper():
        return False
    fire_span(SHORT_NAME_IN_BRACKETS, doc[mention.start:mention.end], before.longest())
    return True


def _own_language_name(doc: Any, mention: Mention) -> bool:
    """``DEFINED_ACRONYM``: a body's name in brackets right after its name, before its acronym
    ("the Danish Harbour Office (Havnekontoret, HK)"); never a place ("Acme (Norway)")."""
    end = mention.end
    return mention.label == "ORG" and end + 2 < len(doc) and doc[end].text == "," \
        and doc[end + 1].text.isupper() and doc[end + 2].text == ")"


def _defined_as(doc: Any, mention: Mention, acronym: str) -> bool:
    """``DEFINED_ACRONYM``: "<name> (<acronym>)", a body's name of several words outside a dateline
    ("COLUMBIA, S.C. (AP) —", "Mexico City (AFP) –" name the agency)."""
    end = mention.end
    if end + 2 >= len(doc) or doc[end].text != "(" or mention.furniture or len(mention.text.split()) < 2 \
            or mention.label != "ORG":
        return False
    close = next((i for i in range(end + 1, min(end + 8, len(doc))) if doc[i].text == ")"), None)
    # "(ANE)", or its own name in its language first: "(Havnekontoret, HK)"
    return close is not None and doc[close - 1].text == acronym \
        and (close == end + 2 or doc[close - 2].text == ",")


SURNAME_KEEPS_HOLDER = rule(
    "referents.surname-keeps-holder", "A bare surname keeps meaning the person it already meant when a "
    "relative of the same name is introduced in full later (“Ruiz ... her husband, Tomas Ruiz ... Ruiz "
    "said”): writers give the newcomer a first name.",
    examples=[("Ana Ruiz chairs the port board. On Monday Ruiz met the unions with her husband, Tomas Ruiz, "
               "a ferry captain. “We will keep the port open this winter,” Ruiz said.",
               {"quote": "keep the port open", "speaker": "Ana Ruiz"})],
    counter=[("John Hale met Sarah Hale's lawyer. \"My father never wanted this fight,\" Hale's son, Peter "
              "Hale, said.", {"quote": "never wanted this fight", "speaker": "Peter Hale"})])


def _person_for_part(part: str, clusters: Iterable[Cluster], last_seen: dict[int, int],
                     loose: bool = False) -> Cluster | None:
    """The person, named in full before, whose first or last name is ``part`` (the one ``last_seen``
    saw latest; none it never saw). ``loose``: the part itself shows a person (an age, "Mrs", a title),
    so a person-shaped name the model typed otherwise qualifies too."""
    best: Cluster | None = None
    for cluster in clusters:
        if cluster.merged_into is not None or id(cluster) not in last_seen \
                or part not in name_key(cluster.longest()):
            continue  # the cheap test first: the part must be in the name at all
        words = name_key(cluster.longest()).split()
        if len(words) >= 2 and (part in (words[0], words[-1]) or (len(words) >= 3 and part == words[-2])) \
                and (best is None or last_seen[id(cluster)] > last_seen[id(best)]) \
                and (cluster.is_personal() or (loose and person_shaped(cluster.longest()))):
            best = cluster
    return best


def _merge_parts(clusters: list[Cluster]) -> None:
    """A one-word name seen before the full one ("Obama" in a headline) joins the unique full name."""
    # Owners only gain one-word names here, so each full name's first and last word stay put.
    by_part: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = name_key(c.longest()).split() if c.mentions else []
        if c.merged_into is None and len(words) >= 2:
            for word in dict.fromkeys((words[0], words[-1])):
                by_part.setdefault(word, []).append(c)
    for cluster in clusters:
        names = {name_key(n) for n in cluster.names()}
        if cluster.merged_into is not None or any(len(n.split()) > 1 for n in names):
            continue
        part = next(iter(names))
        if country_key(part):
            continue
        owners = [c for c in by_part.get(part, []) if c is not cluster and c.merged_into is None
                  and c.is_personal()]
        if len(owners) == 1:
            _absorb(owners[0], cluster)


_PARENTHESISED = re.compile(r"\s*\([^()]*\)")


def _merge_org_forms(clusters: list[Cluster]) -> None:
    """"Tallybird Group"/"Tallybird", "BBC News"/"BBC", "US Congress"/"Congress" are one organisation."""
    live = [c for c in clusters if c.merged_into is None and not c.is_personal()]
    # A lone word the model called a person ("Halvorsen said") may still be the firm's short name.
    # So may a longer one that no first name opens and no role marks as a person, written only after
    # the full name ("Corvex Millbank said" after Corvex Millbank Holdings; not "Chen Yiming, the
    # founder of Chen Yiming Industries", nor "Tunde Bakare founded Tunde Bakare Logistics").
    # (never a first name the text gives a person: "Henry" of Henry Siegel is no Henry Realty)
    first_names = {c.longest().split()[0] for c in clusters if c.merged_into is None and c.is_personal()
                   and len(c.longest().split()) > 1 and _surname_or_full_name(c.longest())}
    # (also "Heron Homes" after "Heron Homes (Midlands) Ltd", a first name opening it: a firm's name
    # less its legal form is the firm's)
    firm_keys = (name_key(_PARENTHESISED.sub(" ", c.longest())) for c in live)
    firms = {_without_legal_form(key) for key in firm_keys
             if key.split()[-1:] and key.split()[-1] in lexicon.LEGAL_FORMS}
    shorts = live + [c for c in clusters if c.merged_into is None and c.is_personal()
                     and ((len(c.longest().split()) == 1 and c.longest() not in first_names)
                          or ((c.longest().split()[0].lower() not in lexicon.first_name_genders()
                               or _named_as_body(c)) and not any(m.role for m in c.mentions))
                          or name_key(c.longest()) in firms)
                     and not any(m.honorific or m.titled for m in c.mentions)]
    # (where the story first names it: a headline shortens names, "... strike at Prairie Pacific")
    first_seen = {id(c): min((m.start for m in c.mentions if not m.headline),
                             default=min((m.start for m in c.mentions), default=0)) for c in clusters}
    # (a bracketed part of a firm's name is no word the short name drops: "Kestrel Homes (Midlands) Ltd")
    keys = {id(c): name_key(_PARENTHESISED.sub(" ", c.longest())) for c in shorts}
    for short in shorts:
        s = keys[id(short)]
        if short.merged_into is not None or country_key(s):
            continue
        # a place by most of its mentions: one "Norwyn, based in Ashmont Falls" the model called a
        # place does not make the firm's short name one
        placed = sum(m.label in ("GPE", "LOC") or m.geographic or m.locative for m in short.mentions)
        place = placed > 0 and placed >= sum(m.label == "ORG" for m in short.mentions)
        # a place written as one ("in Cincinnati") is not the body named after it (Cincinnati Museum Center)
        settled_place = any((m.label in ("GPE", "LOC") or m.geographic) and m.locative
                            for m in short.mentions)
        # (a place only the text knows, "Platte River", may be the short name of "Platte River Networks")
        # (but a town the text names, "in Kelso Creek", is not Kelso Creek Farms: only one it calls a body)
        place_apart = place and (_gazetteer_place(short.longest())
                                 or not any(m.label == "ORG" for m in short.mentions))
        labels = short.labels()  # (a body the model also called a person: "Social Renewal, led by ...")
        personal_name = short.is_personal() and len(s.split()) > 1 and labels["PERSON"] > labels["ORG"]
        for long in live:
            if long is short or long.merged_into is not None:
                continue
            if _expanded_form(s, keys[id(long)]):
                _absorb(long, short)
                break
            words = keys[id(long)].split()
            if len(words) <= len(s.split()):
                continue
            rest_after = keys[id(long)][len(s):].split() if keys[id(long)].startswith(s + " ") else None
            rest_before = keys[id(long)][:-len(s)].split() if keys[id(long)].endswith(" " + s) else None
            long_place = any(m.label in ("GPE", "LOC") for m in long.mentions)
            dropped = rest_after and not settled_place and all(
                (_generic_org_word(w) and not (place_apart and w in lexicon.INDUSTRY_WORDS))  # "Texas Oil"
                or w in lexicon.PLACE_SUFFIXES or (long_place and w in lexicon.REGION_KINDS)  # "X Province"
                for w in rest_after)
            if dropped and personal_name:
                # a name's own word ("Holdings"), not a description ("the Islamic State network")
                dropped = long.longest().split()[-1][:1].isupper() \
                    and first_seen[id(long)] < first_seen[id(short)]
            origin = rest_before and (all(country_key(w) or w in lexicon.DEMONYMS for w in rest_before)
                                      or _titled_country(keys[id(long)]) is not None)  # "Republic of X"
            if dropped or origin or _abbreviates(short.longest(), keys[id(long)]):
                _absorb(long, short)
                break


COUNTRY_SURNAME = rule(
    "referents.country-surname", "A surname that is also a country's name (“Pablo Chad”, “Rosa Jordan”) is "
    "the person when it speaks or bears an honorific (“Chad said”), not where it is a place (“in Chad”).",
    examples=[("Its director, Pablo Chad, said he would meet port officials. “We cannot plan like this,” "
               "Chad said.", {"quote": "cannot plan", "speaker": "Pablo Chad"})],
    counter=[("Pablo Chad said he would fly to Chad on Friday. Chad has closed its border.",
              {"actor": "Chad", "type": "country"}),
             ("Pablo Chad said he would fly to N'Djamena. Chad said on Friday it would close its border with "
              "Sudan.", {"actor": "Chad", "type": "country"})])


def _speaking_surname(doc: Any, mention: Mention) -> bool:
    """``COUNTRY_SURNAME``: a one-word country name used as a person's surname (never one its sentence
    goes on to call "it": "Chad said it would close its border")."""
    sentence = sentence_of(doc[mention.start])
    itself = any(t.lower_ in ("it", "its") for t in doc[mention.end:sentence.end])
    return (mention.person_cues > 0 or bool(mention.honorific)) and not mention.locative \
        and not mention.geographic and not mention.placed and not itself


def _expanded_form(short: str, long: str) -> bool:
    """"EU Commission"/"European Commission", "UN Security Council"/"United Nations Security Council":
    with its leading short form written out, one name holds the other's words in order and ends
    like it."""
    first, _, rest = short.partition(" ")
    expansion = lexicon.ORG_SHORT_FORMS.get(first) or lexicon.COUNTRY_FORMS.get(first)
    if not rest or not expansion:
        return False
    written = f"{expansion} {rest}".split()
    words = iter(written)
    target = long.split()
    return target[-1] == written[-1] and all(any(w == x for x in words) for w in target)


def _abbreviates(short: str, long: str) -> bool:
    """"EU"/"European Union", "WHO"/"World Health Organization", "Fed"/"Federal Reserve"."""
    if lexicon.ORG_SHORT_FORMS.get(short.lower()) == long:
        return True
    if not (short.isupper() and 2 <= len(short) <= 6 and short.isalpha()):
        return False
    initials = "".join(w[0] for w in long.split() if w not in ("of", "the", "and", "for", "on", "&"))
    return initials == short.lower()


def _named_as_body(cluster: Cluster) -> bool:
    """The model called the name a body or a facility as often as a person ("Prairie Pacific" of
    Prairie Pacific Railway, though "Prairie" is a first name)."""
    labels = cluster.labels()
    return labels["ORG"] + labels["FAC"] >= max(labels["PERSON"], 1)


def _generic_org_word(word: str) -> bool:
    """A word that can be dropped from an organisation's name in later mentions ("Rovers", "Group",
    "Logistics")."""
    if word in lexicon.ENDOWMENT_WORDS:
        return False  # "Ford Foundation" is not Ford
    return word in lexicon.ORG_SUFFIXES or word in lexicon.ORG_WORDS or word in lexicon.INDUSTRY_WORDS \
        or word + "s" in lexicon.INDUSTRY_WORDS \
        or (word.endswith("s") and word[:-1] in lexicon.ORG_WORDS)  # "Nordholm Container Lines" is Nordholm


def _absorb(into: Cluster, other: Cluster, doc: Any = None, why: Rule | None = None) -> None:
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


def _countries(clusters: list[Cluster]) -> dict[str, Cluster]:
    """The clusters that name a country, by the country's canonical name (the last one for a name)."""
    return {key: c for c in clusters if c.merged_into is None and c.mentions
            and (key := country_key(c.longest()))}


def _merge_capitals(clusters: list[Cluster]) -> None:
    """A capital used as an actor ("Moscow says") is an alias of its country's government when the text
    names one ("the Syrian government"), else of its country."""
    countries = _countries(clusters)
    governments = {}
    for cluster in clusters:
        if cluster.merged_into is None and cluster.mentions:
            canonical = canonical_key(cluster.longest())
            head, of, governed = canonical.partition(" of ")
            if of and head in lexicon.GOVERNMENT_WORDS:  # "the government of Chad", "the Chadian authorities"
                governments[governed] = cluster
    for cluster in clusters:
        if cluster.merged_into is not None or not cluster.mentions:
            continue
        if any(country_key(n) for n in cluster.names()):
            continue  # already a country (perhaps with its capital merged in)
        country = lexicon.CAPITALS.get(name_key(cluster.longest()))
        if country is None:
            continue
        country = lexicon.COUNTRY_FORMS.get(country, country)
        target = governments.get(country) or countries.get(country)
        # "Moscow says", "urged Madrid", "ties between Santiago and Madrid": the government.
        if target is not None and any((m.agentive or m.addressed) and not m.furniture
                                      for m in cluster.mentions):
            _absorb(target, cluster)


GOVERNMENT_OF_COUNTRY = rule(
    "referents.government-of-country", "A government named only by its country (“the Jordanian "
    "government”, “the government of Chad”) is that country acting, when the story names the country: "
    "one actor; never a government called by a name of its own (“the Assad regime”, a capital) nor one "
    "whose officials speak for it as a body (“a UK Government official said”).",
    examples=[("Jordan closed the border on Monday. According to the Jordanian government, the camp "
               "holds 40,000 people.", {"actor": "Jordan", "aliases": ["Jordanian government"]})],
    counter=[("Syria's war goes on. The Syrian government bombed the camp on Monday. The Syrian regime "
              "denied it.", {"actor": "Syrian government", "type": "organization"}),
             ("Britain wants the rebate. But a UK Government official responded: “The UK pays its share.”",
              {"actor": "UK Government", "type": "organization"})])


def _merge_governments(doc: Any, clusters: list[Cluster]) -> None:
    """See GOVERNMENT_OF_COUNTRY."""
    from reportgen.extract.places import country_code
    from reportgen.geo.gazetteer import gazetteer

    countries = _countries(clusters)
    for cluster in clusters:
        if cluster.merged_into is not None or not cluster.mentions or cluster in countries.values():
            continue
        # every name of it says "government" of one country (not "the Syrian regime", "Damascus", "the
        # Scottish Executive": names of its own)
        governed = {canonical_key(n).partition(" of ") for n in cluster.names()}
        if len(governed) != 1 or not all("government" in name_key(n).split() for n in cluster.names()):
            continue
        head, _, country = next(iter(governed))
        target = countries.get(country)
        # a state's government ("the Kurdistan Regional Government of Iraq", "the Scottish Government" of
        # a nation within a state are bodies of their own)
        if head != "government" or target is None or country_code(gazetteer(), country) is None:
            continue
        if any(speaks_for(doc[m.root]) for m in cluster.mentions):
            continue  # "a UK Government official responded": the government speaks as a body
        _absorb(target, cluster, doc, GOVERNMENT_OF_COUNTRY)


class Referents:
    """The article's actors and every resolution of a mention, a pronoun or a description to one of
    them: the only place where the text is resolved to actors.

    For other extractors (claims, outlook, summary):

    - ``resolve(text)`` -> the actor whose name or alias is ``text`` (case-insensitive, ``the`` and
      possessive ignored; a bare surname or first name of a known person also resolves).
    - ``actor_at(token_i)`` -> the actor mentioned at that token, if any; ``mention_at(token_i)`` ->
      that mention.
    - ``antecedent(token_i)`` -> the person a subject "he"/"she" at that token stands for.
    - ``person_before(token_i, gender=None)`` -> the last person mentioned (outside quotation marks)
      before that token; ``gender`` "m"/"f" skips people known to be the other gender.
    - ``org_before(token_i)`` -> the last organisation (or country) mentioned before that token.
    - ``by_title(phrase, token_i)`` -> who a description like "the minister" or "the ministry"
      stands for at that point of the text.
    - ``text`` -> the article text (cached); ``quotes`` -> its quoted spans (``QuoteSpan``);
      ``in_quote(char)`` -> bool.
    """

    def __init__(self, doc: Any, actors: list[Actor], mentions: list[tuple[Mention, Actor]],
                 layout: Layout, genders: dict[str, str], people: list[_Candidate],
                 sentence_starts: list[int]) -> None:
        self.doc = doc
        self._candidates = people
        self._candidate_starts = [c.start for c in people]
        self._sentence_starts = sentence_starts
        self.layout = layout
        self.text: str = layout.text
        self.actors = actors
        self.quotes: list[QuoteSpan] = layout.quotes
        self.genders = genders
        self._forms: dict[str, Actor] = {}
        for actor in actors:
            for form in [actor.name, *actor.aliases]:
                self._forms.setdefault(name_key(form), actor)
                self._forms.setdefault(canonical_key(form), actor)
        self._token_actor: dict[int, Actor] = {}
        self._token_mention: dict[int, Mention] = {}
        self._mentions = sorted(mentions, key=lambda pair: pair[0].start)
        self._by_actor: dict[int, list[Mention]] | None = None
        for mention, actor in self._mentions:
            for i in range(mention.start, mention.end):
                self._token_actor[i] = actor
                self._token_mention[i] = mention
        spoken = [(m.start, a) for m, a in self._mentions if not m.quoted and not m.furniture]
        self._people = [(i, a) for i, a in spoken if a.type == "person"]
        self._people_starts = [i for i, _ in self._people]
        self._people_chars = [doc[i].idx for i in self._people_starts]
        acting = [(m.start, a) for m, a in self._mentions if not m.quoted and not m.furniture
                  and (m.agentive or _passive_agent(doc[m.root])) and a.type in BODY_TYPES]
        self._orgs = [(i, a) for i, a in spoken if a.type in BODY_TYPES]
        self._org_starts = [i for i, _ in self._orgs]
        self._acting = acting
        self._acting_starts = [i for i, _ in acting]
        self.impersonal = {a.name for m, a in mentions if m.impersonal}
        self._unnamed: list[Any] | None = None
        self.pronouns: dict[int, Actor] = {}  # subject he/she token -> the person it stands for
        self._unnamed_starts: list[int] = []
        self.first_seen: dict[str, int] = {}
        for mention, actor in self._mentions:
            self.first_seen.setdefault(actor.name, mention.start)

    def mentions_of(self, actor: Actor) -> list[Mention]:
        """The mentions that stand for ``actor``, in text order."""
        if self._by_actor is None:
            self._by_actor = {}
            for m, a in self._mentions:
                self._by_actor.setdefault(id(a), []).append(m)
        return list(self._by_actor.get(id(actor), []))

    def others_between(self, start: int, end: int, actor: Actor) -> bool:
        """Whether a person other than ``actor`` is named (outside quotes) between characters ``start``
        and ``end``."""
        chars = self._people_chars
        return any(other is not actor
                   for _, other in self._people[bisect_left(chars, start):bisect_left(chars, end)])

    def first_seen_before(self, actor: Actor, token_i: int) -> int | None:
        """Where ``actor`` was last mentioned before ``token_i`` (outside quotes)."""
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            if self._people[k][1] is actor:
                return self._people[k][0]
            k -= 1
        return None

    def in_quote(self, char: int) -> bool:
        return self.layout.in_quote(char)

    def resolve(self, text: str) -> Actor | None:
        """The actor named ``text`` (a name, an alias, a form with the same canonical key, or the
        surname or first name of exactly one person)."""
        key = name_key(text)
        if not key:
            return None
        if key in self._forms or canonical_key(text) in self._forms:
            return self._forms.get(key) or self._forms[canonical_key(text)]
        words = key.split()
        if len(words) == 1:
            people = [a for a in self.actors if a.type == "person"
                      and any(key in name_key(f).split() for f in [a.name, *a.aliases])]
            if len(people) == 1:
                return people[0]
        return None

    def actor_at(self, token_i: int) -> Actor | None:
        return self._token_actor.get(token_i)

    def mention_at(self, token_i: int) -> Mention | None:
        """The mention at that token, with what its sentence says about it (a place, a modifier...)."""
        return self._token_mention.get(token_i)

    def antecedent(self, token_i: int) -> Actor | None:
        """The person a subject "he"/"she" at ``token_i`` stands for (resolved in text order)."""
        return self.pronouns.get(token_i)

    def person_before(self, token_i: int, gender: str | None = None) -> Actor | None:
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            actor = self._people[k][1]
            known = self.genders.get(actor.name)
            if gender is None or known is None or known == gender:
                return actor
            k -= 1
        return None

    def unnamed_before(self, token_i: int) -> Any | None:
        """The head token of the last unnamed person who spoke or acted before ``token_i`` ("a nurse who
        asked not to be named said ...", "an official said ..."): a later "she" or "the official"
        means them, not the last person named."""
        if self._unnamed is None:
            self._unnamed = [t for t in layout_of(self.doc).tokens
                             if _unnamed_subject(t) and not self.in_quote(t.idx)]
            self._unnamed_starts = [t.i for t in self._unnamed]
        k = bisect_left(self._unnamed_starts, token_i) - 1
        return self._unnamed[k] if k >= 0 else None

    def org_before(self, token_i: int, within: int | None = None,
                   types: Collection[str] | None = None, acting: bool = False) -> Actor | None:
        """The last organisation that acted (subject, possessor) before the token, else the last named;
        ``within``: only one mentioned at most that many tokens before; ``types``: None unless that one
        is of those types ("the agency" is not the country that acted last, "its minister" no group's);
        ``acting``: only one that acted."""
        lists = ((self._acting_starts, self._acting),) if acting \
            else ((self._acting_starts, self._acting), (self._org_starts, self._orgs))
        for starts, found in lists:
            k = bisect_left(starts, token_i) - 1
            if k >= 0 and (within is None or token_i - starts[k] <= within):
                actor = found[k][1]
                return actor if types is None or actor.type in types else None
        return None

    def described_person(self, words: list[str], token_i: int) -> Actor | None:
        """Who "the prime minister" or "the Florida senator" means when nobody's stated role says so:
        the most salient person before it whose stated title does not contradict it ("President
        Bush" is not "the prime minister")."""
        before = self._candidates[:bisect_left(self._candidate_starts, token_i)]
        fitting = [c for c in before if _title_fits(c.actor, words)]
        sentence = bisect_right(self._sentence_starts, token_i) - 1
        gender = next((lexicon.GENDERED_NOUNS[w] for w in words if w in lexicon.GENDERED_NOUNS), None)
        found = _most_salient(fitting, sentence, self.genders, gender)
        unnamed = self.unnamed_before(token_i)
        if found is not None and unnamed is not None \
                and unnamed_noun(unnamed) in (words[-1], self.doc[token_i].lemma_.lower()):
            return None  # "a spokeswoman for the board said ... the spokeswoman said": the unnamed one
        if found is not None:
            fire(self.doc, DESCRIBED_PERSON, self.doc[token_i].idx, self.doc[token_i].idx + 1, found.name)
        return found

    def subject_before(self, actor: Actor, token_i: int) -> bool:
        """True when ``actor`` is a subject in the sentence before the one at ``token_i`` (a headline
        is no such sentence)."""
        sentence = bisect_right(self._sentence_starts, token_i) - 1
        before = self._candidates[:bisect_left(self._candidate_starts, token_i)]
        return any(c.actor is actor and c.subject and c.sentence == sentence - 1
                   and self.doc[c.start].idx >= self.layout.headline_end for c in before)

    def titled_person(self, word: str, token_i: int) -> Actor | None:
        """The last person before ``token_i`` whose stated role has ``word`` in it ("spokeswoman"), or
        another word for the same office ("the representative", "HOST")."""
        word = lexicon.TITLE_EXPANSIONS.get(word, word)
        wanted = {word} | lexicon.OFFICE_CLASSES.get(word, frozenset())  # ("the diplomat": an envoy)
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            actor = self._people[k][1]
            if actor.role and not wanted.isdisjoint(role_words(actor)):
                return actor
            k -= 1
        return None

    def by_title(self, phrase: str, token_i: int) -> Actor | None:
        """Who "the minister", "the Russian president" or "the ministry" means at ``token_i``."""
        words = [w for w in name_key(phrase).split() if w not in ("a", "an", "this", "that")]
        if not words:
            return None
        head = "year-old" if words[-1].endswith("year-old") else words[-1]  # "the 46-year-old said"
        if head in lexicon.DEMONYM_NOUNS:
            national = self._national(lexicon.DEMONYM_NOUNS[head], token_i)
            if national is not None:
                return national  # "Norway's Ola Berg beat Sweden's Nils Ek. The Swede said": Ek
        if words == [head] and head in lexicon.DEMONYMS:  # "the Italian admitted": an adjective as a noun
            country = lexicon.DEMONYM_COUNTRIES.get(head)
            national = self._national(country, token_i) if country else None
            return national or self.described_person(words, token_i)
        titled = self.titled_person(head, token_i)
        if titled is not None:
            return titled
        if head in lexicon.SOURCE_NOUNS:
            return None  # "the source said": someone the article will not name
        k = bisect_left(self._org_starts, token_i) - 1
        while k >= 0:  # "the coast guard" after "Spain's coast guard"
            actor = self._orgs[k][1]
            if head in name_key(actor.name).split():
                return actor
            k -= 1
        if head in lexicon.MEDIUM_NOUNS:
            medium = self.medium_before(token_i)
            if medium is not None:
                return medium  # "the conservative-leaning newspaper wrote" after "The Wall Street Journal"
        if head in lexicon.TITLE_WORDS or head in lexicon.PERSON_NOUNS or head in lexicon.ANONYMOUS_NOUNS \
                or head in lexicon.AFFILIATION_WORDS or head in lexicon.DEMONYM_NOUNS:
            return self.described_person(words, token_i)  # "the Florida senator", "the diplomat"
        if head in lexicon.COMPANY_NOUNS:  # the body that just acted ("The Red Cross said ... the group
            # said"), else the one the text is about
            return self.org_before(token_i, within=40, types=("organization",), acting=True) \
                or self.main_organisation_before(token_i)
        if head == "government":
            return self.org_before(token_i)
        if head in lexicon.ORG_WORDS:  # "the agency said": a body, never the country or town before it
            return self.org_before(token_i, types=("organization",))
        return None

    def medium_before(self, token_i: int) -> Actor | None:
        """The last news medium named before ``token_i``: a body whose name ends so ("The Wall Street
        Journal", "the Times"; never "the Post Office")."""
        k = bisect_left(self._org_starts, token_i) - 1
        while k >= 0:
            actor = self._orgs[k][1]
            if name_key(actor.name).split()[-1:] and name_key(actor.name).split()[-1] in lexicon.MEDIA_WORDS:
                return actor
            k -= 1
        return None

    def _national(self, country: str, token_i: int) -> Actor | None:
        """The last person before ``token_i`` the text ties to ``country`` ("Sweden's Nils Ek", "Nils Ek
        of Sweden", "Nils Ek (Sweden)")."""
        doc = self.doc
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            start, actor = self._people[k]
            mention = self._token_mention[start]
            near = [start - 2] if start >= 2 and doc[start - 1].text in POSSESSIVE_MARKS else []
            if mention.end + 1 < len(doc) and doc[mention.end].lower_ in ("of", "("):
                near.append(mention.end + 1)
            if any((a := self._token_actor.get(i)) is not None and country_key(a.name) == country
                   for i in near):
                return actor
            k -= 1
        return None

    def main_organisation_before(self, token_i: int) -> Actor | None:
        """"the company said": the organisation the text is about (most mentioned so far, then latest)."""
        k = bisect_left(self._org_starts, token_i)
        seen = [a for _, a in self._orgs[:k] if a.type == "organization"]
        if not seen:
            return None
        counts = Counter(a.name for a in seen)
        last = {a.name: n for n, a in enumerate(seen)}
        return max(seen, key=lambda a: (counts[a.name], last[a.name]))


#: Nouns that stand for a person ("a nurse", "an official", "a woman"), not a thing ("a maximum").
_PERSON_NOUNS = lexicon.PEOPLE_WORDS | lexicon.COMMENTATOR_WORDS | frozenset(lexicon.GENDERED_NOUNS)


def unnamed_noun(token: Any) -> str:
    """The person noun an unnamed person is described by: "diplomat" for "one of the diplomats"."""
    if token.lower_ == "one":
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"), token.lower_)
    return token.lemma_.lower()


def _unnamed_subject(token: Any) -> bool:
    """ "A nurse who ...", "an official said", "one of the diplomats, who asked not to be named": an
    indefinite common noun, the subject of a reporting verb or of a "who" clause, that stands for a
    person the article does not name."""
    # ("One of the diplomats, who asked not to be named, described ...": "one" heads it)
    one_of = token.lower_ == "one" and token.pos_ in ("NUM", "PRON") \
        and unnamed_noun(token) in _PERSON_NOUNS \
        and not any(t.dep_ == "appos" and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON")
                    for t in token.subtree)  # ("One of the ministers, Ana Roe, said": named)
    if not one_of and (token.pos_ != "NOUN" or token.ent_type_ or token.tag_ == "NNS"
                       or token.dep_ in ("attr", "acomp") or token.lower_ not in _PERSON_NOUNS
                       or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                                  for c in token.children)):
        return False
    if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.ent_type_ in ("", "PERSON"):
        return False  # "Mira Castell, a nurse who ...": a description of someone named
    if token.dep_ in SUBJECTS and token.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        return True
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children)


ROLE_FROM_DESCRIPTION = rule(
    "referents.role-from-description", "A titled or occupational description as a subject that stands for "
    "someone with no stated role (“the prime minister said” after “Tony Vale”, “the real estate agent said”) "
    "gives them that role, unless that person is named beside it (“the coach praised Ardal”).",
    examples=[("Tony Vale urged leaders to act on Friday. “America has spoken,” the prime minister said.",
               {"actor": "Tony Vale", "role": "prime minister"}),
              ("Maya Okoro did not know Tom Vale, a presidential hopeful, was coming to the meeting. "
               "The real estate agent said she liked his plan.",
               {"actor": "Maya Okoro", "role": "real estate agent"})],
    counter=[("Ines Ardal joined the club in May. The coach praised Ardal on Saturday.",
              {"actor": "Ines Ardal", "role": None})])


def _roles_from_descriptions(doc: Any, index: Referents) -> None:
    """"the prime minister", "the Russian president": a definite description with a title gives the
    person it stands for (:meth:`Referents.described_person`) that role when they have none."""
    for token in layout_of(doc).tokens:
        titled = token.is_lower and (token.lower_ in lexicon.TITLE_WORDS
                                     or token.lower_ in lexicon.OCCUPATION_NOUNS)
        if token.pos_ not in ("NOUN", "PROPN") or not titled or token.dep_ == "compound" \
                or index.in_quote(token.idx):
            continue
        left = list(token.lefts)
        if not left or left[0].lower_ != "the" or any(t.pos_ == "PROPN" and t.dep_ == "compound"
                                                       and t.i > token.i for t in token.children):
            continue
        if any(t.pos_ == "PROPN" and not t.is_lower for t in left[1:]) or token.tag_ == "NNS":
            continue  # "the Labour leader" may name a party's; "the ministers" are several
        if token.dep_ not in SUBJECTS or any(c.dep_ == "appos" and index.actor_at(c.i) is not None
                                             for c in token.children):
            continue  # ("The office director, Brahim Kadar, said": the name beside it holds the role)
        words = [w.lower_ for w in left[1:]] + [token.lower_]
        person = index.described_person(words, token.i)
        if person is None or person.role or any(index.actor_at(t.i) is person for t in sentence_of(token)):
            continue  # "The coach praised Ardal": someone else than the person named beside it
        if token.lower_ not in lexicon.TITLE_WORDS and not index.subject_before(person, token.i):
            continue  # an occupation ("the real estate agent") only follows its holder's own sentence
        person.role = doc[left[1].left_edge.i if len(left) > 1 else token.i:token.i + 1].text
        fire(doc, ROLE_FROM_DESCRIPTION, token.idx, token.idx + len(token), person.name)


ROLE_OF_ITS = rule(
    "referents.role-of-its", "A role stated through \"its\" or \"their\" (\"Its chief executive, Annika "
    "Strand,\") names the body or country that acted last: the role says whose (\"chief executive of "
    "Norvale Energy\").",
    examples=[("Norvale Energy reported a loss on Monday. Its chief executive, Annika Strand, told analysts "
               "the worst was over.",
               {"actor": "Annika Strand", "role": "chief executive of Norvale Energy"}),
              ("Tuvalu has relocated 300 residents, its foreign minister, Kofe Lusama, told the session.",
               {"actor": "Kofe Lusama", "role": "foreign minister of Tuvalu"}),
              ("Prices rose 12 percent, according to the Statistics Office. The march was organised by the "
               "Bread Alliance. Its president, Carmen Rojas, said more marches would follow.",
               {"actor": "Carmen Rojas", "role": "president of Bread Alliance"}),
              ("Rangers seized 410 kilograms of ivory, the Wildlife Authority said. Its director-general, "
               "Joseph Banda, said the ivory was bound for Asia.",
               {"actor": "Joseph Banda", "role": "director-general of Wildlife Authority"})],
    counter=[("Markets fell on Monday. Its chief executive, Annika Strand, told analysts the worst was over.",
              {"actor": "Annika Strand", "role": "Its chief executive"})])


def _roles_of_its(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents) -> None:
    """``ROLE_OF_ITS``: "Its chief executive" becomes "chief executive of <the body that acted last>"."""
    for mention, actor in pairs:
        words = (actor.role or "").split()
        if actor.type != "person" or len(words) < 2 or words[0].lower() not in ("its", "their") \
                or mention.role != actor.role or words[-1].lower() in lexicon.FAMILY_NOUNS:
            continue  # ("their father" is the father of people, never of a body)
        # (a group such as "Democrats" has no chief executive)
        body = index.org_before(mention.start, within=60, types=("organization", "country"))
        if body is None:
            continue
        joint = "for" if words[-1].lower() in lexicon.SPOKES_NOUNS else "of"  # "spokesman for X"
        actor.role = f"{' '.join(words[1:])} {joint} {body.name}"
        fire_span(ROLE_OF_ITS, doc[mention.start:mention.end], actor.role)


LEAD_DESCRIPTION = rule(
    "referents.lead-description", "A story that opens on an unnamed person (“An ex-Russian intelligence "
    "officer who ... is entering ...”, a headline “Student dies after ...”) and then names someone within a "
    "few sentences is about them: the description is their role when they have none.",
    examples=[("Ex-spy on hunger strike\n\nA former Russian intelligence officer who spied for Britain is "
               "on hunger strike.\n\nIvan Petrov, 50, says he has been betrayed.",
               {"actor": "Ivan Petrov", "role": "former Russian intelligence officer"})],
    counter=[("Ex-spy on hunger strike\n\nA former Russian intelligence officer who spied for Britain is "
              "on hunger strike, his lawyer Ivan Petrov said.\n\nPetrov, 50, says the officer was betrayed.",
              {"actor": "Ivan Petrov", "role": "his lawyer"}),
             ("Shooting at the port\n\nA police officer who guarded the port was shot on Monday.\n\nTomas "
              "Reyes, 50, said he heard two shots.", {"actor": "Tomas Reyes", "role": None}),
             ("President vows to veto harbour bill\n\nTomas Reyes, 50, said the bill would pass anyway.",
              {"actor": "Tomas Reyes", "role": None})])


def _described_lead(doc: Any, layout: Layout) -> list[tuple[str, int]]:
    """Descriptions of an unnamed person the story opens on, with the token where each ends: the
    subject of the first sentence ("An ex-Russian intelligence officer who ..."), then the headline's
    first word ("Student dies after ...")."""
    found: list[tuple[str, int]] = []
    body = [s for s in layout.sentences if s.start_char >= layout.headline_end and s.text.strip()]
    if body:
        for token in body[0]:
            # an agent, never one acted upon ("A police officer ... was shot": who speaks next is a witness)
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.pos_ == "NOUN" \
                    and (token.lower_ in lexicon.TITLE_WORDS or token.lower_ in lexicon.OCCUPATION_NOUNS) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                start = next(t.i for t in token.subtree if t.dep_ != "det")
                found.append((doc[start:token.i + 1].text, body[0].end))
                break
    head = list(takewhile(lambda t: t.idx < layout.headline_end, layout.tokens))  # never the whole text
    head = [t for t in head if not t.is_space]
    while head and head[0].lower_ in ("a", "an"):
        head = head[1:]
    # a person described, not an office: "President vows to veto ..." is about someone the story names so
    if head and (head[0].lower_ in lexicon.OCCUPATION_NOUNS or head[0].lower_ in lexicon.PERSON_NOUNS) \
            and head[0].pos_ in ("NOUN", "PROPN") and not head[0].ent_type_:
        found.append((head[0].lower_, head[-1].i + 1))
    return found


def _roles_from_lead(doc: Any, pairs: list[tuple[Mention, Actor]], layout: Layout) -> None:
    """The role a story's opening description gives the first person it then names (see
    :data:`LEAD_DESCRIPTION`); a person named beside the description keeps it for themself."""
    starts = [s.start for s in layout.sentences]
    ordered = sorted(pairs, key=lambda pair: pair[0].start)
    for description, end in _described_lead(doc, layout):
        opening = starts[max(0, bisect_right(starts, end - 1) - 1)] if starts else 0
        if any(a.type == "person" and opening <= m.start < end for m, a in ordered):
            continue  # someone is named beside the description: it is theirs or another's, not a lead's
        first = next(
            ((m, a) for m, a in ordered if m.start >= end and a.type == "person" and not m.furniture), None)
        if first is None:
            continue
        mention, actor = first
        if bisect_right(starts, mention.start) - bisect_right(starts, end - 1) > 4 or actor.role \
                or not (mention.agentive or mention.person_cues):
            continue
        actor.role = description
        _fire_at(doc, LEAD_DESCRIPTION, mention, description)


def _name_possessors(doc: Any, pairs: list[tuple[Mention, Actor]], index: Referents) -> None:
    """"her mother" -> "Mia Lund's mother": the pronoun is the last other person named before ("their
    lawyer" is the lawyer of people the text counts, of a body at most: see ``_roles_of_its``)."""
    for mention, actor in pairs:
        if not mention.role or actor.role != mention.role:
            continue
        first, _, rest = mention.role.partition(" ")
        gender = {"his": "m", "her": "f"}.get(first.lower(), "")
        if gender == "" or not rest:
            continue
        at = min(mention.start, _role_start(doc, mention))
        owner = index.person_before(at, gender)
        if owner is not None and owner is not actor:
            actor.role = f"{owner.name}'s {rest}"


def _role_start(doc: Any, mention: Mention) -> int:
    root = doc[mention.root]
    return root.head.left_edge.i if root.dep_ == "appos" else mention.start


MEDIUM = rule(
    "referents.medium", "A news medium that only carries what others say (“told BBC News”, “told BBC Radio "
    "4's Today programme”) is no actor of the story; one that acts or is cited (“BBC News reported”) is.",
    effect="-",
    examples=[("Ferry storm\n\nAna Ruiz, the harbour master, told BBC Radio 4's Today programme on Monday "
               "that the port would reopen. “We are ready,” she said.", {"no_actor": "BBC Radio"})],
    counter=[("Ferry storm\n\nBBC News reported on Monday that the port would reopen after the storm.",
              {"actor": "BBC News"})])
VESSEL = rule(
    "referents.vessel", "A ship (“the frigate HMS Chatham”, “the ship Diligence”, “a vessel, the Bayleaf”) "
    "acts as its crew: an organisation, whatever label the model gave its name.",
    examples=[("Two ships, the supply ship Diligence and the frigate HMS Kestrel, arrived on Monday.",
               {"actor": "HMS Kestrel", "type": "organization"})],
    counter=[("Ana Ruiz boarded the ferry in Oslo on Monday.", {"actor": "Ana Ruiz", "type": "person"})])
DESCRIBED_BODY = rule(
    "referents.described-body", "A name whose stated role is headed by a body noun (“Voltis, a company that "
    "...”, “Web portal Lycos Europe”, “Inherent Resolve, the U.S. military operation against ...”) is an "
    "organisation; “a company spokesman” is a person.",
    examples=[("Web portal Kestrel Europe reported a 500% rise in phishing messages.",
               {"actor": "Kestrel Europe", "type": "organization"})],
    counter=[("Ana Ruiz, a portal designer, reported a rise in phishing messages.",
              {"actor": "Ana Ruiz", "type": "person"}),
             ("Tom LeVane, 52, who owns a jewelry company in Macon, said he backs the plan.",
              {"actor": "Tom LeVane", "type": "person"})])
TITLED_COUNTRY = rule(
    "referents.titled-country", "A name after a state's title (“the Republic of Valdoria”, “the Kingdom of "
    "Arland”) is a country, and its short name (“Valdoria”) the same one.",
    examples=[("The Republic of Valdoria said it would appeal the ruling. Valdoria's army withdrew on "
               "Monday.", {"actor": "Republic of Valdoria", "type": "country", "aliases": ["Valdoria"]})],
    counter=[("The State of Mexico said it would appeal the ruling.", {"actor": "State of Mexico",
                                                                       "type": "location"})])
PERSON_AFTER_PLACE = rule(
    "referents.person-after-place", "A description headed by a person's noun after a place (“a source "
    "inside the Rukban camp, a Syrian refugee who asked not to be named, said”) is someone's, never the "
    "place's role.", effect="-",
    examples=[("A source inside the Rukban camp, a Syrian refugee who asked not to be named, said food had "
               "run out.", {"actor": "Rukban camp", "role": None})],
    counter=[("The summit opens in Lyon, France's third city, on Monday.",
              {"actor": "Lyon", "role": "France's third city"})])
#: A city this large is meant as the place, whatever the model's label, unless it acts or is a person.
BIG_CITY = 1_000_000
BIG_CITY_NAME = rule(
    "referents.big-city", "A one-word name of a city of a million people or more, with no sign of a person "
    "and not acting (“samples were sent to N'Djamena”), is that city, however the model tagged it; never "
    "an acronym (“BLM”, which the gazetteer reads as Belém's code).",
    examples=[("Test results from samples sent to N'Djamena are expected by Thursday.",
               {"actor": "N'Djamena", "type": "location"})],
    counter=[("Samples were sent to N'Djamena. N'Djamena said it had no laboratory.",
              {"actor": "N'Djamena"})])
STATE_NAME = rule(
    "referents.state-name", "A name the gazetteer knows as a country's state, province or region (ISO "
    "3166-2, top level: “Mato Grosso”, “Piauí”), with no sign of a person and never called a body by the "
    "model, is that place, however the model tagged it.",
    examples=[("Amazon clearing\n\nPará accounted for 36% of the clearing, followed by Mato Grosso with 24% "
               "and Amazonas with 19%.", {"actor": "Mato Grosso", "type": "location"})],
    counter=[("Amazon clearing\n\nMs Amazonas, a farmer, said the fines were unfair.",
              {"actor": "Amazonas", "type": "person"}),
             ("Tennis\n\nMendoza said he was disappointed. Mendoza lost in straight sets.",
              {"actor": "Mendoza", "type": "person"})])
STREET_NAME = rule(
    "referents.street-name", "A name opened by a street word of another language (“Rua do Forte”, “Calle "
    "Mayor”) is a place.",
    examples=[("Shops on Rua do Forte lost trade during the works, the mayor said.",
               {"actor": "Rua do Forte", "type": "location"})],
    counter=[("Plaza Mendes said the shop would close.", {"actor": "Plaza Mendes", "type": "person"})])
DESCRIBED_PLACE = rule(
    "referents.described-place", "A name whose stated role is headed by a place noun (“San Ildefonso, a town "
    "of 68,000 people”, “Kessa, a fishing village”) is a place, however the model tagged it.",
    examples=[("Boats were lost in Kessa, a fishing village on the coast, on Monday.",
               {"actor": "Kessa", "type": "location"}),
              ("The quake struck 30 kilometres north of San Ildefonso del Norte, a town of 68,000 people. "
               "Rescuers worked through the night.",
               {"actor": "San Ildefonso del Norte", "type": "location"})],
    counter=[("Ana Town, a village elder, said the water had gone.", {"actor": "Ana Town", "type": "person"}),
             ("Rosa Hale, 54, a town councillor, said the water had gone.",
              {"actor": "Rosa Hale", "type": "person"}),
             ("Kessa Holdings, a port operator, said trade fell.", {"actor": "Kessa Holdings",
                                                                   "type": "organization"})])
ACTING_BODY = rule(
    "referents.acting-body", "A name the model mostly calls a place but at least once an organisation, "
    "that acts (“Verizon is paying”) and is never used as a place (“in X”, “X's coast”), is an "
    "organisation.",
    examples=[("Yahoo sold its web business to Verizon. The deal with Verizon closes in May. Verizon is "
               "paying $4.8 billion for the assets.", {"actor": "Verizon", "type": "organization"})],
    counter=[("Floods hit homes in Calder on Monday. Calder lost its bridge, and Calder said it would "
              "rebuild.", {"actor": "Calder", "type": "location"})])
BRAND_MODIFIER = rule(
    "referents.brand-modifier", "A one-word name the model calls a person, with no sign of one (title, age, "
    "role), that also modifies a common noun (“its Twitter account”) is an organisation.",
    examples=[("Officials renamed the press office Twitter account during a televised debate. Twitter "
               "pledged to take action against such tricks.", {"actor": "Twitter", "type": "organization"})],
    counter=[("Ana Ruiz won the vote. Ruiz supporters cheered, and Ruiz said she would cut taxes.",
              {"actor": "Ana Ruiz", "type": "person"})])
PARTY_PLURAL = rule(
    "referents.party-plural", "A party named by its members as a plural (“the Liberal Democrats”, “the "
    "Tories”; organisations.yaml party_plurals) is an organisation, though the model calls it a nationality "
    "or a group.",
    examples=[("By-election\n\nThe Liberal Democrats won the seat on Thursday, and the Greens came third.",
               {"actor": "Liberal Democrats", "type": "organization"})],
    counter=[("Bloc politics\n\nThe EU and the West are united against the invasion, Ana Ruiz said.",
              {"actor": "West", "type": "group"})])
COUNCIL_AREA = rule(
    "referents.council-area", "A name the text also gives its local council (“Brackmoor's tram line” "
    "beside “Brackmoor Borough Council”) is the council's area: a place, however the model tagged it.",
    examples=[("Tram plan\n\nBrackmoor Borough Council approved the plan on Monday. Brackmoor's new tram "
               "line will open in 2029.", {"actor": "Brackmoor", "type": "location"})],
    counter=[("Tram plan\n\nBrackmoor Borough Council approved the plan on Monday.",
              {"actor": "Brackmoor Borough Council", "type": "organization"})])
HOME_TOWN = rule(
    "referents.home-town", "A name right after a person's name and age (“Hannah Lloyd, 29, Bristol”) is "
    "where that person lives: a place.",
    examples=[("Reactions\n\n“We will have to move away.” — Hannah Lloyd, 29, Pontcae",
               {"actor": "Pontcae", "type": "location"})],
    counter=[("Reactions\n\nHannah Lloyd, 29, said she would move away.",
              {"actor": "Hannah Lloyd", "type": "person"}),
             ("Crash\n\nThe dead were named as Hannah Lloyd, 29, Mark Evans, 31, and Peter Hale, 45.",
              {"actor": "Mark Evans", "type": "person"})])
SPOKEN_OF_AS_A_THING = rule(
    "referents.spoken-of-as-a-thing", "A name the model calls a person, with no sign of one (honorific, "
    "title, role, “he”/“she”), that the text goes on to call “it”/“its” in its own clause and “the company” "
    "in the next sentence is an organisation (“Corwen Steel confirmed that it will close its plant. The "
    "company blamed ...”).",
    examples=[("Plant closure\n\nCorwen Steel confirmed on Wednesday that it will close its Ferrisford "
               "plant. The company blamed high energy costs.",
               {"actor": "Corwen Steel", "type": "organization"})],
    counter=[("Plant closure\n\nMaria Costa confirmed on Wednesday that it will close its Ferrisford "
              "plant. She blamed high energy costs.", {"actor": "Maria Costa", "type": "person"}),
             ("Plant closure\n\nTom Hale said it was a sad day for the town. The company had employed 300 "
              "people there.", {"actor": "Tom Hale", "type": "person"})])
NAMED_WORK = rule(
    "referents.named-work", "A name a work noun describes (“the Netsky virus”, “viruses such as Netsky”, "
    "“dinitrophenol, known as DNP, which is a chemical”) is a thing, not an actor; a person named in full "
    "whose name is also a brand's (“the Ruiz brand”) stays a person.", effect="-",
    examples=[("Netsky spread by email in 2004. Viruses, such as Netsky, copy themselves to every contact.",
               {"no_actor": "Netsky"})],
    counter=[("Ana Ruiz opened the bakery in 2004. Ruiz sells bread under the Ruiz brand. Ruiz said sales "
              "doubled this year.", {"actor": "Ana Ruiz", "type": "person"})])


def _actor_of(cluster: Cluster, title_case_headline: bool = False, doc: Any = None) -> Actor | None:
    real = [m for m in cluster.mentions if not m.furniture]
    country = any(country_key(n) for n in cluster.names()) and not all(m.hyphenated for m in real)
    works = [m for m in cluster.mentions if m.work]
    if works and (not cluster.is_personal() or 2 * len(works) >= len(cluster.mentions)):
        if doc is not None:
            _fire_at(doc, NAMED_WORK, works[0])
        return None
    real = [m for m in real if not m.work]
    if not real or (all(m.attributive for m in real) and not country):
        return None  # a country stays an actor even when only a modifier ("U.S. stocks")
    if all(m.headline for m in real) and title_case_headline \
            and not any(country_key(n) for n in cluster.names()):
        return None  # "Ferry Sinks Off Coast After Storm ...": capitals there do not mark names
    if set(name_key(cluster.longest()).split()) & lexicon.MEDIA_WORDS and not any(m.agentive for m in real) \
            and not cluster.is_personal():
        if doc is not None:
            _fire_at(doc, MEDIUM, real[0])
        return None  # "told BBC News", "on BBC Radio 4": a medium carrying others' words, not an actor
    if all(m.headline for m in real) and len(cluster.longest().split()) == 1 \
            and not any(country_key(n) for n in cluster.names()) \
            and not any(m.honorific or m.titled for m in real):
        return None  # a capitalised common word of a headline ("Farmer says ..."), never used again
    kind = _type_of(cluster, doc)
    forms = []
    texts = [without_brackets(m.text) for m in cluster.mentions]
    for m, text in zip(cluster.mentions, texts, strict=True):
        for form in (text, f"{m.honorific} {text}" if m.honorific else None):
            if form and form not in forms:
                forms.append(form)
    former = {name_key(t) for m, t in zip(cluster.mentions, texts, strict=True) if m.former}
    names = [t for t in texts if name_key(t) not in former] or texts  # every use of a former name
    if kind == "country":
        names = [n for n in names if country_key(n)] or names
    if kind == "person":
        name = max(names, key=lambda n: (len(n.split()), len(n), not _shouted(n)))
        rank = next((m.honorific for m in cluster.mentions if m.honorific
                     and m.honorific.lower() in lexicon.NAME_HONORIFICS), None)
        if rank is not None and f"{rank} {name}" in forms:
            name = f"{rank} {name}"  # "Sir Menzies Campbell": a rank the press writes with the name
    else:
        name = max(names, key=lambda n: (len(n.split()), len(n), not _shouted(n), names.count(n)))
    role = next((m.role for m in cluster.mentions if m.role), None)
    fuller = _fuller_role(cluster, role)
    if fuller is not None:
        if doc is not None:
            _fire_at(doc, FULLER_ROLE, fuller)
        role = fuller.role
    if role and kind in ("location", "country") and role_head(role) in lexicon.PERSON_HEADS:
        if doc is not None:
            _fire_at(doc, PERSON_AFTER_PLACE, next(m for m in cluster.mentions if m.role == role))
        role = None  # "inside the Rukban camp, a Syrian refugee who ...": a person's, not the place's
    aliases = [f for f in forms if f != name]
    return Actor(name=name, type=kind, aliases=aliases, role=role, mentions=len(real))


NATIONAL_INSTITUTION = rule(
    "referents.national-institution", "A name that ends in an institution the data knows (“Philippine Red "
    "Cross”, organisations.yaml institutions) is an organisation, whatever first name opens it.",
    examples=[("Floods\n\nThe Philippine Red Cross said it had sent 40 water tankers. “The needs are "
               "enormous,” the humanitarian group said.",
               {"actor": "Philippine Red Cross", "type": "organization"})],
    counter=[("Floods\n\nPhilippa Cross said she had sent 40 water tankers.",
              {"actor": "Philippa Cross", "type": "person"})])
FULLER_ROLE = rule(
    "referents.fuller-role", "A later mention that states the first-stated office more fully (“mayor” of "
    "“The mayors of the two shires, Ellen Hart and ...”, then “Cr Hart, the Mayor of Tarrawonga Shire,”) "
    "gives the role.",
    examples=[("Fire warning\n\nThe mayors of the two shires, Ellen Hart and Paul Kovac, urged residents not "
               "to become complacent. Cr Hart, the Mayor of Tarrawonga Shire, said 350 people had left.",
               {"actor": "Ellen Hart", "role": "Mayor of Tarrawonga Shire"})],
    counter=[("Fire warning\n\nThe mayors of the two shires, Ellen Hart and Paul Kovac, urged residents not "
              "to become complacent. Cr Kovac, who leads the shire council, said roads would stay shut.",
              {"actor": "Paul Kovac", "role": "mayor"})])


def _fuller_role(cluster: Cluster, role: str | None) -> Mention | None:
    """A later mention whose role holds every word of the first-stated one and more."""
    if not role:
        return None
    words = set(name_key(role).split())
    head = name_key(role).split()[-1] if name_key(role) else ""
    return next((m for m in cluster.mentions if m.role and m.role != role and len(m.role) > len(role)
                 and words <= set(name_key(m.role).split()) and head in name_key(m.role).split()
                 and not (set(name_key(m.role).split()) - words) & lexicon.RANK_MODIFIERS), None)


def _shouted(name: str) -> bool:
    """A name of several words in capitals ("SAN ILDEFONSO DEL NORTE" of a dateline): the same name
    written in the text's own case reads better."""
    return " " in name and name.isupper()


#: The actor type the model's entity label suggests, when no stronger sign decides.
_TYPE_OF_LABEL: dict[str, ActorType] = {"PERSON": "person", "ORG": "organization", "GPE": "location",
                                        "LOC": "location", "FAC": "location", "NORP": "group",
                                        "LAW": "organization"}


#: Full names of the organisations whose short forms the data lists ("islamic state" of "isis").
_KNOWN_ORG_NAMES = frozenset(lexicon.ORG_SHORT_FORMS.values())


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


def _a_vessel(cluster: Cluster, doc: Any) -> Mention | None:
    """A mention that shows a ship: a ship's prefix ("HMS Chatham"), a ship noun before the name ("the
    frigate ...", "the ship Diligence") or as its role ("a vessel, the Bayleaf")."""
    for m in cluster.mentions:
        if m.text.split()[0].lower() in lexicon.VESSEL_PREFIXES and len(m.text.split()) >= 2:
            return m
        if m.role and role_head(m.role) in lexicon.VESSEL_WORDS:
            return m
        if doc is not None and m.start > 0 and doc[m.start - 1].lower_ in lexicon.VESSEL_WORDS:
            return m
    return None


def _passive_agent(token: Any) -> bool:
    """ "The march was organised by the Bread Alliance": the body acted, so a later "its" is its."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _worded_name(words: list[str]) -> bool:
    """A name holding a function word no person's name holds ("Hope Without Borders", "Doctors Against
    Hunger"; a person's particles "de", "van", "al" are no such words)."""
    return any(w in lexicon.stop_words() and w not in lexicon.NAME_JOINERS and w not in lexicon.NAME_PARTICLES
               for w in words[1:])


def _stated_person(cluster: Cluster) -> bool:
    """An honorific, a title before the name or a role that names a person's job or kin ("Tom Lines, the
    club's captain", "Lucy Gallery, her cousin")."""
    return any(m.honorific or m.titled or _person_role(m.role) for m in cluster.mentions)


def _person_role(role: str | None) -> bool:
    return (name_key(role or "").split() or [""])[-1] in lexicon.PERSON_HEADS


def _spelled_out(cluster: Cluster, name: str) -> bool:
    """The name goes with an acronym that spells it, and no mention is a place's ("New York" and "NY")."""
    return not any(m.label in ("GPE", "LOC") for m in cluster.mentions) and any(
        m.text.isupper() and m.text.isalpha() and acronym_fits(m.text, name) for m in cluster.mentions)


def _after_the(doc: Any, cluster: Cluster) -> bool:
    """Some mention follows "the" ("the Velora Canal"): no person's name."""
    return doc is not None and any(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in cluster.mentions)


def _listed_with_a_place(doc: Any, cluster: Cluster) -> bool:
    """"in Nairobi and Lusaka": a name joined to a place the model tagged as one (Lusaka, tagged a body)."""
    tree = tree_of(doc)
    return any(doc[m.root].dep_ == "conj" and tree.first_conjunct(doc[m.root]).ent_type_ in ("GPE", "LOC")
               for m in cluster.mentions)


def _bare_city(doc: Any, cluster: Cluster) -> bool:
    """"in Hyderabad", tagged a body: a city of 100,000 people or more, written after "in" with no "the"
    and no possessive ("at Bally's", "into the ACA" are no cities)."""
    return not _after_the(doc, cluster) and _known_city(cluster.longest(), 100_000) and all(
        not doc[m.start].is_upper and not (m.end < len(doc) and doc[m.end].text in POSSESSIVE_MARKS)
        for m in cluster.mentions)


def _titled_country(name: str) -> str | None:
    """``TITLED_COUNTRY``: the short name of "the Republic of Valdoria", "the Kingdom of Arland"."""
    return titled_short_name(name_key(name))


def _gazetteer_place(name: str) -> bool:
    """A place the data or the gazetteer knows ("Texas", "Cincinnati", "Sindh"), not one only the text
    names ("Platte River")."""
    from reportgen.geo.gazetteer import gazetteer

    return known_place(name) or _known_city(name) or bool(gazetteer().subdivisions(name))


def _state_or_province(name: str) -> bool:
    """``STATE_NAME``: a top-level subdivision the gazetteer knows by this name."""
    from reportgen.geo.gazetteer import gazetteer

    return any(sub.top_level for sub in gazetteer().subdivisions(name))


def _known_city(name: str, population: int = 0) -> bool:
    from reportgen.geo.gazetteer import gazetteer

    return any(city.population >= population for city in gazetteer().cities(name))


def _a_city_that_speaks(cluster: Cluster, name: str) -> bool:
    """A one-word city the gazetteer knows, written as a place ("in Bristol"), whose only sign of a
    person is that it speaks or acts: no honorific, title or role."""
    return not any(m.honorific or m.titled or m.role for m in cluster.mentions) \
        and any(m.locative and m.label in ("GPE", "LOC") for m in cluster.mentions) and _known_city(name)


def _council_area(doc: Any, mention: Mention) -> bool:
    """The name stands alone where the text also names its council ("Brackmoor" and "Brackmoor Borough
    Council"): the council's area, a place."""
    if mention.end < len(doc) and (doc[mention.end].lower_ in lexicon.COUNCIL_WORDS
                                   or doc[mention.end].lower_ == "council"):
        return False  # the council's own name
    return mention.text.lower() in _council_places(doc)


_COUNCIL_PLACES_KEY = "reportgen.council_places"
#: "<Place> [Borough|City|...] Council": up to three capitalised words before "Council".
_COUNCIL_NAME = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) [Cc]ouncil\b")


def _council_places(doc: Any) -> frozenset[str]:
    """The places the text names councils of ("Brackmoor" of "Brackmoor Borough Council"), found once
    per Doc and kept on it."""
    found = doc.user_data.get(_COUNCIL_PLACES_KEY)
    if found is None:
        places = set()
        for match in _COUNCIL_NAME.finditer(layout_of(doc).text):
            words = match.group(1).lower().split()
            while words and words[-1] in lexicon.COUNCIL_WORDS:
                words.pop()  # "Brackmoor Borough": the borough's place
            while words and words[0] == "the":
                words.pop(0)
            if words:
                places.add(" ".join(words))
        found = doc.user_data[_COUNCIL_PLACES_KEY] = frozenset(places)
    return found


def _home_town(doc: Any, mention: Mention) -> bool:
    """The name follows a person's name and age ("Hannah Lloyd, 29, Bristol"), as a reaction or a
    byline gives where someone lives."""
    k, end = mention.start, mention.end
    aged = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num  # "Mark Evans, 31,"
    return k >= 4 and doc[k - 1].text == "," and doc[k - 2].like_num and doc[k - 3].text == "," \
        and doc[k - 4].pos_ == "PROPN" and not aged


def _spoken_of_as_a_thing(doc: Any, cluster: Cluster) -> Mention | None:
    """The subject mention that its own clause calls "it"/"its" (before any other noun could be meant)
    and the next sentence "the company"; None when any sentence of the name says "he" or "she" after it."""
    found = None
    for m in cluster.mentions:
        root = doc[m.root]
        sentence = sentence_of(root)
        after = [t for t in doc[m.end:sentence.end] if t.pos_ in ("PRON", "NOUN", "PROPN")]
        if any(t.lower_ in lexicon.PERSON_PRONOUNS for t in after):
            return None  # "Maria Costa said her plant ...": a person's
        if root.dep_ not in SUBJECTS or found is not None:
            continue
        nouns = [t for t in after if t.pos_ != "PRON" and t.ent_type_ not in ("DATE", "TIME")]
        # "its", or "it" doing something ("that it will close"; never "it was a sad day", "it is time")
        neuter = next((t for t in after if t.lower_ == "its" or (
            t.lower_ == "it" and t.dep_ in SUBJECTS and t.head.lemma_.lower() != "be")), None)
        if neuter is None or (nouns and nouns[0].i < neuter.i) or sentence.end >= len(doc):
            continue
        following = sentence_of(doc[sentence.end])
        subject = next((t for t in following if t.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in lexicon.COMPANY_NOUNS \
                and doc[subject.left_edge.i].lower_ == "the":
            found = m
    return found


def _full_name(cluster: Cluster, words: list[str]) -> bool:
    """A person's full name after "at" or "in" ("directed at Tom Reyes"): a known first name, a
    surname, a PERSON label, and neither a medium, a site ("the Stonewall Inn") nor a city the gazetteer
    knows ("Santiago de Compostela")."""
    from reportgen.geo.gazetteer import gazetteer

    name = cluster.longest()
    return len(words) >= 2 and words[0] in lexicon.first_name_genders() and person_shaped(name) \
        and cluster.labels()["PERSON"] > 0 and not set(words) & (lexicon.MEDIA_WORDS | lexicon.SITE_WORDS) \
        and not gazetteer().cities(name)


def _type_of(cluster: Cluster, doc: Any = None) -> ActorType:
    name = cluster.longest()
    lowered = name_key(name)
    words = lowered.split()
    vessel = _a_vessel(cluster, doc) if not any(country_key(n) for n in cluster.names()) else None
    if vessel is not None:
        if doc is not None:
            _fire_at(doc, VESSEL, vessel)
        return "organization"
    if (lowered in lexicon.ORG_SHORT_FORMS or lowered in _KNOWN_ORG_NAMES) and not country_key(lowered):
        return "organization"  # "Tories", "Fed", "Islamic State": an organisation the data knows
    if _ends_in_institution(words):
        if doc is not None:
            _fire_at(doc, NATIONAL_INSTITUTION, cluster.mentions[0])
        return "organization"  # "the Philippine Red Cross": a known institution's national body
    if len(words) >= 2 and not country_key(lowered) and _spelled_out(cluster, name):
        return "organization"  # "Médecins Sans Frontières (MSF)": people bear no acronym
    if 2 <= len(words) <= 3 and words[0] in lexicon.first_name_genders() and _stated_person(cluster):
        return "person"  # "Tom Lines, the club's captain", "Lucy Gallery, her cousin": whatever the last word
    named_person = len(words) >= 2 and words[0] in lexicon.first_name_genders() and not country_key(lowered)
    titled = next((n for n in cluster.names() if _titled_country(n)), None)
    if titled is not None and not named_person and not country_key(titled):
        if doc is not None:
            _fire_at(doc, TITLED_COUNTRY, next(m for m in cluster.mentions if m.text == titled))
        return "country"  # "the Republic of Valdoria": a country the data does not know
    if any(country_key(n) for n in cluster.names()) and not named_person:
        if any(m.geographic for m in cluster.mentions) and not any(
                country_key(n) for n in cluster.names() if name_key(n) not in lexicon.AMBIGUOUS_COUNTRIES):
            return "location"  # "the state of Georgia": a US state, not the country
        return "country"  # a country, possibly with its capital as an alias
    if len(words) >= 2 and words[0] in lexicon.STREET_OPENERS and not _stated_person(cluster) \
            and not any(m.person_cues for m in cluster.mentions):  # ("Plaza Mendes said": a person)
        if doc is not None:
            _fire_at(doc, STREET_NAME, cluster.mentions[0])
        return "location"  # "Rua do Forte", "Calle Mayor": a street, whatever the model made of it
    if lowered in lexicon.GROUPS:
        return "group"
    if lowered in lexicon.REGIONS or (len(words) >= 2 and words[0] in lexicon.COMPASS_WORDS
                                      and " ".join(words[1:]) in lexicon.REGIONS):
        return "location"  # ("West Antarctica": a part of a region the data lists)
    if any(m.geographic for m in cluster.mentions):
        return "location"
    if not name.isupper() and not any(m.honorific or m.titled or m.role or m.label == "ORG" or m.person_cues
                                      for m in cluster.mentions) \
            and any(m.label in ("GPE", "LOC") or m.locative or m.placed or not m.agentive
                    for m in cluster.mentions) \
            and _state_or_province(name):
        if doc is not None:
            _fire_at(doc, STATE_NAME, cluster.mentions[0])
        return "location"  # "Para accounted for 36%, followed by Mato Grosso": a country's state
    if len(words) >= 2 and (words[-1] in lexicon.ORG_WORDS or words[-1] in lexicon.INDUSTRY_WORDS
                            or words[-1] in lexicon.ORG_SUFFIXES) \
            and words[-1] not in lexicon.FACILITY_WORDS:
        return "organization"  # "Somerset Council" even when "Somerset" alone is mostly the county
    if len(words) >= 2 and words[0] in lexicon.OPENING_BODY_WORDS and not _stated_person(cluster) \
            and not any(m.honorific or m.titled for m in cluster.mentions):
        return "organization"  # "Fundación Agua Viva" (not "Ana Banco")
    if words and words[-1] in lexicon.MEDIA_WORDS and not _stated_person(cluster) and (
            (len(words) >= 2 and words[0] not in lexicon.first_name_genders())
            or (len(words) == 1 and _after_the(doc, cluster))):
        return "organization"  # "the Lakeshore Ledger", "the Herald" (not "Emily Post")
    if len(words) >= 2 and (words[-1] in lexicon.PLACE_HEADS or words[-1] in lexicon.LANDFORM_HEADS) \
            and not _stated_person(cluster) and not any(w in lexicon.ORG_WORDS for w in words) \
            and (words[-1] in lexicon.PLACE_HEADS  # ("Ricki Lake said": a landform word may be a surname)
                 or not any(m.person_cues or m.honorific or m.titled for m in cluster.mentions)) \
            and (words[0] not in lexicon.first_name_genders() or _after_the(doc, cluster)
                 or words[-1].endswith("s")):  # (no surname is "Highlands" or "Heights")
        return "location"  # "Velora Canal", "Sandor Highlands": whatever label the model gave them
    real = [m for m in cluster.mentions if not m.furniture] or cluster.mentions
    if len(words) == 1 and all(m.placed for m in real) and not any(m.honorific or m.titled for m in real) \
            and lowered not in lexicon.ORG_WORDS:
        return "location"  # "a scrap yard in Dayton", "In Montpellier, where ...": only ever a place
    personal_evidence = any(m.honorific or m.titled or m.person_cues or m.role for m in cluster.mentions)
    aged = doc is not None and any(m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].like_num
                                   and doc[m.end + 2].text == "," for m in cluster.mentions)
    if len(words) == 1 and personal_evidence and not aged and _a_city_that_speaks(cluster, name):
        personal_evidence = False  # "in Bristol" ... "If Bristol says no": the city, speaking as its people
    place_label = cluster.labels().most_common(1)[0][0] in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT") \
        or (len(words) == 1 and doc is not None
            and ((_listed_with_a_place(doc, cluster) and _known_city(name)) or _bare_city(doc, cluster)))
    if any(m.locative for m in cluster.mentions) and not personal_evidence and place_label \
            and not _full_name(cluster, words):
        return "location"  # "visited Great Yarmouth", "in Hemsby": places the model took for names
    if len(words) == 1 and not name.isupper() and not personal_evidence and not aged \
            and _known_city(name, BIG_CITY) and not any(m.agentive for m in cluster.mentions) \
            and words[0] not in lexicon.first_name_genders():
        if doc is not None:
            _fire_at(doc, BIG_CITY_NAME, cluster.mentions[0])
        return "location"  # "samples were sent to N'Djamena": a city of a million, however tagged
    described = next(
        (m for m in cluster.mentions if m.role and role_head(m.role) in lexicon.ORG_DESCRIPTORS), None)
    if described is not None and not aged and not any(m.honorific or m.titled for m in cluster.mentions) \
            and (words[0] not in lexicon.first_name_genders()  # "LeVell, 52, ... owns a jewelry company"
                 or _worded_name(words)):  # ("Hope Without Borders, a British charity")
        if doc is not None:
            _fire_at(doc, DESCRIBED_BODY, described)
        return "organization"  # "Voltis Servis, a company that ...", "Web portal Lycos Europe"
    settlement = next((m for m in cluster.mentions
                       if m.role and role_head(m.role, at_number=True) in lexicon.SETTLEMENT_NOUNS), None)
    if settlement is not None and not aged and not any(m.honorific or m.titled for m in cluster.mentions):
        if doc is not None:
            _fire_at(doc, DESCRIBED_PLACE, settlement)
        return "location"
    modifier = next((m for m in cluster.mentions if m.attributive), None)
    if len(words) == 1 and modifier is not None and not personal_evidence \
            and cluster.labels().most_common(1)[0][0] == "PERSON" \
            and words[0] not in lexicon.first_name_genders():
        if doc is not None:
            _fire_at(doc, BRAND_MODIFIER, modifier)
        return "organization"  # "its Twitter account ... Twitter pledged": a firm, not a person
    stated = any(m.honorific or m.titled or m.role for m in cluster.mentions)  # (a reporting verb is no sign)
    plain = doc is not None and not stated and words[0] not in lexicon.first_name_genders()
    area = next((m for m in cluster.mentions if _council_area(doc, m)), None) \
        if plain and len(words) <= 2 else None
    if area is not None:
        _fire_at(doc, COUNCIL_AREA, area)
        return "location"  # "Brackmoor's new tram line" beside "Brackmoor Borough Council"
    if plain and all(_home_town(doc, m) for m in cluster.mentions):
        _fire_at(doc, HOME_TOWN, cluster.mentions[0])
        return "location"  # "Hannah Lloyd, 29, Bristol": where the person lives
    thing = _spoken_of_as_a_thing(doc, cluster) \
        if doc is not None and not stated and words[0] not in lexicon.first_name_genders() else None
    if thing is not None:
        _fire_at(doc, SPOKEN_OF_AS_A_THING, thing)
        return "organization"
    if cluster.is_personal() and person_shaped(name):
        return "person"
    if any(m.titled for m in cluster.mentions) and cluster.labels().most_common(1)[0][0] in ("GPE", "LOC"):
        return "organization"  # "developer Brightforge": places have no job titles
    if lowered in lexicon.CAPITALS:
        return "location"
    if lowered in lexicon.GOVERNMENT_SEATS:  # the building, or the administration when it acts or speaks
        return "organization" if any(m.agentive for m in cluster.mentions) else "location"
    if lowered in lexicon.INSTITUTION_NAMES:
        return "organization"  # "the Pentagon", "the Kremlin": the model often calls them places
    if words and words[-1] in lexicon.FACILITY_WORDS and words[-1] != "house":
        return "location"
    if words and (words[-1] in lexicon.ORG_WORDS or words[0] in lexicon.ORG_WORDS):
        return "organization"
    labels = cluster.labels()
    label = labels.most_common(1)[0][0]
    if labels["PERSON"] and person_shaped(name) and len(words) >= 2:
        return "person"
    acting = next((m for m in cluster.mentions if m.agentive), None)
    if label in ("GPE", "LOC") and labels["ORG"] and acting is not None and lowered not in lexicon.REGIONS \
            and not any(m.locative or m.placed or m.geographic for m in cluster.mentions):
        if doc is not None:
            _fire_at(doc, ACTING_BODY, acting)
        return "organization"  # "sold to Verizon" (a place, says the model) ... "Verizon is paying"
    if label == "NORP" and words[-1] in lexicon.PARTY_PLURALS:
        if doc is not None:
            _fire_at(doc, PARTY_PLURAL, cluster.mentions[0])
        return "organization"  # "the Liberal Democrats": the party
    return _TYPE_OF_LABEL.get(label, "organization")


def _employers_not_people(pairs: list[tuple[Mention, Actor]]) -> None:
    """A one-word "person" that only ever appears as someone's employer ("Kestrel captain Jo Reyes",
    "Kestrel's head coach") is a club, firm or council the model took for a name."""
    employers: set[str] = set()
    for mention, _ in pairs:
        if mention.role:
            employers.update(name_key(w) for w in mention.role.split() if w[:1].isupper())
    personal: set[int] = set()
    for mention, actor in pairs:
        if mention.honorific or mention.titled or mention.person_cues or mention.role:
            personal.add(id(actor))
    for _, actor in pairs:
        if actor.type == "person" and len(actor.name.split()) == 1 and id(actor) not in personal \
                and name_key(actor.name) in employers:
            actor.type = "organization"


def _genders(doc: Any, pairs: list[tuple[Mention, Actor]]) -> dict[str, str]:
    """Gender from a gendered role ("her husband"), an honorific, else a clearly gendered first name;
    pronoun resolution adds what "he"/"she" tell later."""
    genders: dict[str, str] = {}
    for mention, actor in pairs:
        role_words = name_key(mention.role or "").split()
        gendered = {lexicon.GENDERED_NOUNS[w] for w in role_words[-1:] if w in lexicon.GENDERED_NOUNS}
        if len(gendered) == 1:
            genders.setdefault(actor.name, gendered.pop())  # "her husband, Donald"
    for mention, actor in pairs:
        if mention.honorific:
            gender = lexicon.HONORIFICS.get(mention.honorific.lower())
            if gender:
                genders.setdefault(actor.name, gender)
    first_names = lexicon.first_name_genders()
    for _, actor in pairs:
        words = actor.name.split()
        if actor.type == "person" and len(words) >= 2 and words[0].lower() in first_names:
            genders.setdefault(actor.name, first_names[words[0].lower()])  # "Carla Whitfield"
    return genders


QUOTED_PERSON = rule(
    "referents.quoted-person", "A person-shaped name known by no other form, typed an organisation by "
    "the model, is a person once it speaks in quotation marks (organisations issue statements; people "
    "are quoted).",
    examples=[("“We are done,” Vestergaard said.", {"actor": "Vestergaard", "type": "person"})],
    counter=[("“Demand will soften,” Fjordline Capital said in a note to clients.",
              {"actor": "Fjordline Capital", "type": "organization"})])


def type_speakers(referents: Referents, quoted: set[str]) -> None:
    """Retype the actors the quotes showed to be people (``quoted``: names of quote speakers); called
    once the quotes are resolved, since they are resolved through these referents."""
    for actor in referents.actors:
        if actor.name in quoted and actor.type == "organization" and _surname_or_full_name(actor.name) \
                and not actor.aliases and actor.name not in referents.impersonal \
                and not _ends_in_institution(name_key(actor.name).split()):
            actor.type = "person"
            first = referents.mentions_of(actor)[:1]
            if first:
                start = referents.doc[first[0].start].idx
                fire(referents.doc, QUOTED_PERSON, start, start + len(first[0].text), actor.name)


def _ends_in_institution(words: list[str]) -> bool:
    """ "philippine red cross": a name whose last words are an institution the data knows (a government's
    seat, "10 Downing Street", aside)."""
    return any(" ".join(words[k:]) in lexicon.INSTITUTION_NAMES
               and " ".join(words[k:]) not in lexicon.GOVERNMENT_SEATS for k in range(1, len(words)))


def _surname_or_full_name(name: str) -> bool:
    """ "Reynolds", "Carla Whitfield": one capitalised word, or a known first name and more ("Oxford
    Economics", "GOPers" are not)."""
    words = name.split()
    if len(words) == 1:
        return person_shaped(name) and sum(c.isupper() for c in name) == 1
    return person_shaped(name) and words[0].lower() in lexicon.first_name_genders()


PRONOUN_SALIENCE = rule(
    "referents.pronoun-salience", "“He”/“she” is the person of that gender most salient at that point: "
    "recent, the subject of its sentence rather than named in a side or complement clause (“Hume pledged "
    "that Vane ...”), and the one whose words a clause around the pronoun reports (“Ana Ruiz said she ...”).",
    examples=[("Ana Ruiz met Tomas Reyes, whom the council had hired in May. “We need more buses,” she "
               "said.", {"quote": "We need more buses", "speaker": "Ana Ruiz"}),
              ("Mayor Tomas Reyes opened the depot on Monday. Reyes said the buses would run all winter. "
               "The plan is sound, according to Peter Hale, a transport analyst.\n\n“It pays for itself,” "
               "he said.",
               {"quote": "It pays for itself", "speaker": "Peter Hale"}),
              ("Ana Ruiz, 21, was taken to hospital in April after taking the pills. Her mother, Marta Ruiz, "
               "told reporters on Friday that the pills were sold online.\n\n“They never stood a chance of "
               "saving her,” she said.", {"quote": "They never stood a chance", "speaker": "Marta Ruiz"}),
              ("Peter Hale chairs the ferry board and has run it since 2019. Board spokesman Tomas Reyes "
               "said the campaign will show voters that Hale has “the right plan for every ferry route in "
               "the county,” he said.", {"quote": "the right plan", "speaker": "Tomas Reyes"}),
              # the subject of a clause another verb governs ("pledged that Vane ...") is not the
              # sentence's subject
              ("Ross Vane leads the race. Vane spoke in Ohio on Sunday. During a town hall on Monday, Dale "
               "Hume pledged that Vane would protect farmers. He also spoke about the new port, saying it "
               "will be “as big as it needs to be.”",
               {"quote": "as big as it needs", "speaker": "Dale Hume"}),
              # but a result clause ("so angry that ...") is no complement
              ("Ross Vane was so angry on Monday that Tom Hale apologised. He later said: “I regret it.”",
               {"quote": "I regret it", "speaker": "Tom Hale"})])


DESCRIBED_PERSON = rule(
    "referents.described-person", "A description with a title (“the prime minister”, “the Florida "
    "senator”) is the most salient person whose stated title does not contradict it.",
    examples=[("Tony Vale is urging leaders to stop ignoring the crisis over the port strike.\n\n“The "
               "harbour must reopen,” the prime minister said in a radio interview.",
               {"quote": "The harbour must reopen", "speaker": "Tony Vale"})])


def role_words(actor: Actor) -> tuple[str, ...]:
    """The words of an actor's stated role, abbreviated titles spelled out ("Sen." is "senator"), as a
    description names the office."""
    return _role_words(actor.role or "")


@lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    return tuple(lexicon.TITLE_EXPANSIONS.get(w, w) for w in name_key(role).split())


def _title_fits(actor: Actor, words: list[str]) -> bool:
    """False when the actor's stated role names an office and it is not the one described."""
    role = role_words(actor)
    if words and words[-1] in lexicon.OCCUPATION_NOUNS and words[-1] not in lexicon.TITLE_WORDS:
        return not role or words[-1] in role  # "the real estate agent" is no "presidential hopeful"
    offices = [w for w in role if w in lexicon.TITLE_WORDS]
    described = [w for w in words if w in lexicon.TITLE_WORDS]
    return not offices or not described or any(  # ("the diplomat": an envoy)
        w in role or not lexicon.OFFICE_CLASSES.get(w, frozenset()).isdisjoint(role) for w in described)


@dataclass(frozen=True)
class _Candidate:
    start: int
    sentence: int
    actor: Actor
    subject: bool
    backgrounded: bool
    reporter: int = -1  # the verb reporting the clause it stands in ("Roe said [Cruz has ...]"), if any
    speaking: bool = False  # who reported something ("Ruiz argued that ...", "according to Ruiz")


def _candidates(doc: Any, pairs: list[tuple[Mention, Actor]], sentence_starts: list[int]) -> list[_Candidate]:
    """Every mention of a person outside quotes and furniture, as a possible antecedent, in text order."""
    found = []
    for m, a in pairs:
        if a.type != "person" or m.quoted or m.furniture:
            continue
        root = doc[m.root]
        is_cited = cited(root)
        relative = _relative_speaker(root)
        found.append(_Candidate(m.start, bisect_right(sentence_starts, m.start) - 1, a,
                                _subject_like(root) or m.person_cues > 0 or is_cited or relative,
                                _backgrounded(root), _reporter_of(root),
                                _speaking(root) or is_cited or relative))
    return sorted(found, key=lambda c: c.start)


def _pronoun_antecedents(doc: Any, pairs: list[tuple[Mention, Actor]], genders: dict[str, str],
                         layout: Layout, people: list[_Candidate],
                         sentence_starts: list[int]) -> dict[int, Actor]:
    """Each subject "he"/"she" outside quotes, in text order, to the person it stands for
    (:func:`_most_salient`); every resolution fixes that person's gender, so a later "he" skips a
    woman already called "she"."""
    if not people:
        return {}
    starts = [c.start for c in people]
    named = {i: a for m, a in pairs if a.type == "person" for i in range(m.start, m.end)}
    found: dict[int, Actor] = {}
    for token in layout_of(doc).tokens:
        word = token.lower_
        if word in _OBJECT_PRONOUNS and not layout.in_quote(token.idx):
            _gender_from_only_person(token, people, starts, sentence_starts, genders)
            continue
        # Only subject pronouns resolve: "with her" or "his" may well be about someone else.
        if word not in ("he", "she") or token.dep_ not in SUBJECTS or layout.in_quote(token.idx):
            continue
        gender = "m" if word == "he" else "f"
        sentence = bisect_right(sentence_starts, token.i) - 1
        reporter = _reporting_subject(token, named)
        chosen = _most_salient(people[:bisect_left(starts, token.i)], sentence, genders, gender, reporter,
                               token.head.i)
        if chosen is not None:
            found[token.i] = chosen
            genders.setdefault(chosen.name, gender)
            fire(doc, PRONOUN_SALIENCE, token.idx, token.idx + len(token), chosen.name)
    return found


#: How far back (in sentences) a pronoun or description looks for the person it stands for.
_REACH = 8
#: What being the subject of a reporting verb adds: the last person who argued or warned is who "he
#: said" goes on with, even when another was named more often.
_SPEAKING = 10.0


def _most_salient(before: list[_Candidate], sentence: int, genders: dict[str, str], gender: str | None,
                  reporter: Actor | None = None, verb: int = -1) -> Actor | None:
    """The person a pronoun or description in sentence ``sentence`` most likely means, scored
    Lappin-Leass style: recency by sentence, a subject over a side mention (less so inside what someone
    else is said to have said: "Roe said Cruz has ..., he said" is Roe, and so, on the PolNeAR training
    articles, is a "he" in the sentences after it), how often the person was
    named, and ``reporter``, whose words the clause around the pronoun reports ("Ruiz said she ...").
    ``verb`` is the pronoun's own verb: a clause it reports is the pronoun's own words, not another's
    ("[Fallon fired back]: “...,” he wrote", as the parser hangs it)."""
    scores: dict[str, tuple[float, Actor]] = {}
    counts: dict[str, int] = {}
    for candidate in before:
        counts[candidate.actor.name] = counts.get(candidate.actor.name, 0) + 1
    for candidate in reversed(before):
        actor = candidate.actor
        if gender is not None and genders.get(actor.name, gender) != gender:
            continue
        distance = sentence - candidate.sentence
        if distance > _REACH and scores:
            break
        subject = candidate.subject and not candidate.backgrounded
        reported = candidate.reporter >= 0 and candidate.reporter != verb
        score = (40.0 - 25.0 * reported) * subject - 25.0 * candidate.backgrounded \
            - 12.0 * min(distance, _REACH) + 3.0 * min(counts[actor.name], 6)
        if reporter is not None and actor is reporter:
            score += 60.0
        if candidate.speaking and not reported:
            score += _SPEAKING
        best = scores.get(actor.name)
        if best is None or score > best[0]:
            scores[actor.name] = (score, actor)
    if not scores:
        return None
    return max(scores.values(), key=lambda pair: pair[0])[1]


def _reporting_subject(token: Any, named: dict[int, Actor]) -> Actor | None:
    """For a pronoun inside what someone is said to have said ("Ruiz said she would ..."), the person
    the reporting verb names."""
    head = token.head
    for _ in range(6):
        if head.lemma_.lower() in lexicon.REPORTING_VERBS and head.pos_ == "VERB":
            subject = next((c for c in head.children if c.dep_ in SUBJECTS and c.i != token.i), None)
            if subject is not None and subject.i in named:
                return named[subject.i]
        if head.head.i == head.i:
            break
        head = head.head
    return None


#: "his", "her", "himself": pronouns that only tell the gender of the one person they can mean.
_OBJECT_PRONOUNS = {w: g for w, g in lexicon.PERSON_PRONOUNS.items() if w not in ("he", "she")}


def _gender_from_only_person(token: Any, people: list[_Candidate], starts: list[int],
                             sentence_starts: list[int], genders: dict[str, str]) -> None:
    """ "Carla Whitfield thanked her staff": with one person named so far in the sentence, "her" or
    "his" tells that person's gender."""
    sentence = bisect_right(sentence_starts, token.i) - 1
    first = sentence_starts[sentence] if sentence >= 0 else 0
    named = people[bisect_left(starts, first):bisect_left(starts, token.i)]
    before = {id(c.actor): c.actor for c in named}
    if len(before) == 1:
        genders.setdefault(next(iter(before.values())).name, _OBJECT_PRONOUNS[token.lower_])


def _reporter_of(token: Any) -> int:
    """The verb whose reported or complement clause ``token`` stands in (``Tree.complement_head``), or
    -1: a name there is not the sentence's subject."""
    reporter = tree_of(token.doc).complement_head(token)
    return reporter.i if reporter is not None else -1


def _speaking(token: Any) -> bool:
    """The subject (or the name in apposition to it) of a reporting verb that reports in its own words,
    not in quotation marks ("Ruiz argued that the vote was fair", then “...,” she said): who speaks
    next. A verb attributing a quote ("“...,” Ruiz says") is no such set-up."""
    subject = token.head if token.dep_ == "appos" else token
    if subject.dep_ not in SUBJECTS:
        return False
    verb = subject.head  # and the verbs sharing its subject ("welcomed the deal and said ...")
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    layout = layout_of(token.doc)
    return any(v.lemma_.lower() in lexicon.REPORTING_VERBS
               and any(complement(c) and not layout.in_quote(c.idx) for c in v.children) for v in verbs)


def _relative_speaker(token: Any) -> bool:
    """A name a "who" clause makes a speaker, wherever the name stands ("supported by Sen. Ana Ruiz, who
    said ...", "would involve Attorney General Ana Ruiz, who told Congress: “...”"): who a following
    "she said" goes on with, like the subject of a reporting verb."""
    for clause in token.children:
        if clause.dep_ == "relcl" and clause.pos_ == "VERB" \
                and clause.lemma_.lower() in lexicon.REPORTING_VERBS \
                and any(c.dep_ in SUBJECTS and c.lower_ == "who" for c in clause.children):
            return True
    return False


def _subject_like(token: Any) -> bool:
    """A subject, or the name in apposition to one ("her mother, Fiona, said": Fiona)."""
    return token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS)


def _backgrounded(token: Any) -> bool:
    """A name inside a relative or participle clause, or a noun's prepositional phrase ("who wrote it
    with Tom Ray", "the aide to Tom Ray"): not who a following pronoun picks up."""
    return (token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN")) \
        or tree_of(token.doc).subordinate(token)


def resolve_referents(doc: Any, mentions: list[Mention]) -> tuple[list[Actor], Referents]:
    """The actors the mentions stand for (canonical name, type, aliases, role, mentions), and the
    referents that resolve names, pronouns and descriptions to them."""
    layout = layout_of(doc)
    parenthesised = frozenset(m.start for m in mentions if m.start > 0 and doc[m.start - 1].text == "(")
    clusters = _cluster(doc, mentions, parenthesised)
    _merge_capitals(clusters)
    _merge_governments(doc, clusters)
    actors: list[Actor] = []
    pairs: list[tuple[Mention, Actor]] = []
    for cluster in clusters:
        if cluster.merged_into is not None:
            continue
        actor = _actor_of(cluster, layout.title_case_headline, doc)
        if actor is None:
            continue
        actors.append(actor)
        pairs.extend((m, actor) for m in cluster.mentions)
    _employers_not_people(pairs)
    genders = _genders(doc, pairs)
    sentence_starts = [sent.start for sent in layout.sentences]
    people = _candidates(doc, pairs, sentence_starts)
    pronouns = _pronoun_antecedents(doc, pairs, genders, layout, people, sentence_starts)
    referents = Referents(doc, actors, pairs, layout, genders, people, sentence_starts)
    referents.pronouns = pronouns
    _name_possessors(doc, pairs, referents)
    _roles_from_descriptions(doc, referents)
    _roles_of_its(doc, pairs, referents)
    _roles_from_lead(doc, pairs, layout)
    return actors, referents
