"""Mentions grouped into clusters, one per actor: a surname or first name to the full name the text
last meant, an acronym to its expansion, spelling variants and transposed letters, a former name, a
body's short and long forms, "the Committee" to the committee named last, a capital or "the
government" to its country. Each merge is a declared rule.
"""


from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS
from reportgen.extract.layout import layout_of, sentence_of
from reportgen.extract.mentions import Mention, speaks_for
from reportgen.extract.names import (
    QUOTED_NICKNAME,
    acronym_fits,
    canonical_key,
    country_key,
    gazetteer_place,
    known_place,
    legal_name,
    name_key,
    person_shaped,
    state_within,
)
from reportgen.extract.nlp import common_noun, english_word
from reportgen.extract.referents.cluster import (
    Cluster,
    absorb,
    country_clusters,
    fire_at,
    name_head,
    person_noun,
    role_head,
    state_or_province,
    surname_or_full_name,
    titled_country,
)
from reportgen.extract.rules import fire, fire_span, rule


def cluster_mentions(doc: Any, mentions: list[Mention],
                     parenthesised: frozenset[int] = frozenset()) -> list[Cluster]:
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
            fire_at(doc, CANONICAL_FORM, mention, by_form[key].longest())
        cluster = None
        if mention.start in parenthesised and mention.start - 1 in by_end and not mention.furniture \
                and (mention.text.isupper() or _own_language_name(doc, mention)
                     or _short_name_in_brackets(doc, mention, by_end[mention.start - 1])):
            # "BUCHAREST, Romania (AP) —": the agency is no alias (furniture); "(Havnekontoret, HK)": the
            # body's name in its own language is
            cluster = by_form.get(key) or by_end[mention.start - 1]
            if mention.text.isupper() and not acronym_fits(mention.text, cluster.longest()):
                fire_at(doc, DEFINED_ACRONYM, mention, cluster.longest())  # "(ANE)" of a Spanish name
        elif len(key.split()) == 1 and (not country_key(key) or _speaking_surname(doc, mention)) \
                and not _place_where(doc, mention):
            # A bare surname is the person the text last meant (father and son stay apart).
            strong = mention.person_cues > 0 or bool(mention.honorific) or mention.titled
            candidates = _second_surnames_dropped(doc, mention, key, by_part.get(key, {}).values())
            # "Ms. Reddy" after "Mr. Reddy" and "Pramila Reddy": the honorific's gender chooses
            gender = lexicon.honorific_gender(mention.honorific) if mention.honorific else None
            cluster = _person_for_part(key, candidates, last_seen, loose=strong, gender=gender)
            held = _person_for_part(key, candidates, bare_seen.get(key, {}), loose=strong, gender=gender)
            chosen = held or cluster
            if gender and chosen is not None and chosen is not (
                    _person_for_part(key, candidates, bare_seen.get(key, {}), loose=strong)
                    or _person_for_part(key, candidates, last_seen, loose=strong)):
                fire_at(doc, SURNAME_BY_HONORIFIC, mention, chosen.longest())
            if held is not None and cluster is not None and held is not cluster:
                fire_at(doc, SURNAME_KEEPS_HOLDER, mention, held.longest())
                cluster = held
            if cluster is not None:
                bare_seen.setdefault(key, {})[id(cluster)] = mention.start
                if country_key(key):
                    fire_at(doc, COUNTRY_SURNAME, mention, cluster.longest())
                full = name_key(cluster.longest()).split()
                if len(full) >= 3 and key not in (full[0], full[-1]) \
                        and (full[-2] == key or _surname_before_particles(full) == key):
                    fire_at(doc, FIRST_SURNAME, mention, cluster.longest())
        if cluster is None and by_form.get(key) is None:
            cluster = _longer_name_ending(key, clusters)
            if cluster is not None and _particled(key.split()):
                fire_at(doc, PARTICLE_SURNAME, mention, cluster.longest())
        cluster = cluster or by_form.get(key)
        if cluster is None and mention.honorific and len(key.split()) == 1:
            cluster = _named_inside(key, clusters)
            if cluster is not None:
                fire_at(doc, GIVEN_NAME_INSIDE, mention, cluster.longest())
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.mentions.append(mention)
        words = name_key(mention.text).split()
        if len(words) >= 2:
            # (and a first surname of two: "Villalobos" of "Andrés Villalobos Pérez"; never a second
            # first name, "Ann" of "Mary Ann Smith")
            names = lexicon.first_name_genders()
            # (after two first names, the third word of four is a surname even if a first name too:
            # "Duarte" of "Andrés Felipe Duarte Ríos")
            given_two = len(words) == 4 and words[1] in names
            double = len(words) >= 3 and words[0] in names and words[-2] not in lexicon.NAME_PARTICLES \
                and (words[-2] not in names or given_two)
            particled = _surname_before_particles(words)
            for word in (words[0], words[-1], *((words[-2],) if double else ()),
                         *((particled,) if particled else ())):
                by_part.setdefault(word, {})[id(cluster)] = cluster
        by_form[key] = cluster
        by_end[mention.end] = cluster
        last_seen[id(cluster)] = mention.start
    _merge_parts(doc, clusters)
    _merge_shortened_names(doc, clusters)
    _merge_org_forms(clusters, doc)
    _merge_acronyms(doc, clusters, parenthesised)
    _merge_party_members(doc, clusters)
    _merge_country_bodies(doc, clusters)
    _merge_split_countries(doc, clusters)
    _merge_spelling_variants(doc, clusters)
    _merge_transposed_names(doc, clusters)
    _merge_former_names(doc, clusters)
    _merge_capitalised_kinds(doc, clusters)
    _merge_particle_places(doc, clusters)
    return clusters



PARTICLE_PLACE_SHORT = rule(
    "referents.particle-place-short", "A place named by the words before the particle of a longer place's "
    "name (“Ourilândia” of “Ourilândia do Norte”; places.yaml spaced_place_particles) is that place, when "
    "only one such place is named.",
    examples=[("Raids\n\nPolice raided gold mines near Ourilândia do Norte on Wednesday. In Ourilândia's "
               "main square, opinions were divided.",
               {"actor": "Ourilândia do Norte", "aliases": ["Ourilândia"]})])


def _merge_particle_places(doc: Any, clusters: list[Cluster]) -> None:
    """``PARTICLE_PLACE_SHORT``: each place called by a longer place's words before its particle, merged
    into it."""
    places = [c for c in clusters if c.merged_into is None and c.mentions
              and all(m.label in ("GPE", "LOC") for m in c.mentions)]
    for short in places:
        key = name_key(short.longest())
        longer = [c for c in places if c is not short and c.merged_into is None
                  and (words := name_key(c.longest()).split()) and len(words) > len(key.split()) + 1
                  and " ".join(words[:len(key.split())]) == key
                  and words[len(key.split())] in lexicon.SPACED_PLACE_PARTICLES]
        if len(longer) == 1:
            absorb(longer[0], short, doc, PARTICLE_PLACE_SHORT)

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
               {"actor": "Court of Appeal", "aliases": ["Court"]}),
              ("Pennsylvania Senate sends wage bill to governor\n\nPennsylvania's Senate narrowly approved a "
               "bill on Tuesday. The Senate will vote again in June.",
               {"actor": "Pennsylvania Senate", "aliases": ["Senate"]})],
    counter=[("Rates cut\n\nThe Committee said inflation had eased.", {"actor": "Committee"}),
             ("Hearing\n\nThe Senate Committee on Homeland Security met on Monday. The Senate votes on "
              "Friday.", {"actor": "Senate"}),
             ("Bills\n\nThe Ohio Senate passed the bill in May. Texas's Senate rejected a similar bill.",
              {"actor": "Ohio Senate", "aliases": []})])


def _merge_capitalised_kinds(doc: Any, clusters: list[Cluster]) -> None:
    """``CAPITALISED_KIND``: "the Committee" is the Monetary Policy Committee named before it."""
    live = [c for c in clusters if c.merged_into is None and c.mentions]
    for short in live:
        words = {name_key(m.text) for m in short.mentions}
        word = words.pop() if len(words) == 1 else ""
        single = all(m.end - m.start == 1 and m.start > 0 and doc[m.start].is_title for m in short.mentions)
        named = any(doc[m.start - 1].lower_ in ("the", "this", "that") or doc[m.start - 1].tag_ == "POS"
                    for m in short.mentions)
        if word not in lexicon.ORG_WORDS or not single or not named \
                or any(doc[m.start - 1].lower_ in ("a", "an") for m in short.mentions):
            continue  # ("the Senate", "Pennsylvania's Senate", "Senate Republican Leader Gregory Lyle")
        first = short.mentions[0].start
        # (the word as the name's head: "Supreme Court", "Court of Appeal", "Council of Europe")
        owners = [c for c in live if c is not short and c.merged_into is None and c.mentions
                  and not c.is_personal() and len(c.longest().split()) >= 2
                  and name_head(name_key(c.longest())) == word and c.mentions[0].start < first]
        possessors = {name_key(doc[m.start - 2].text) for m in short.mentions
                      if m.start > 1 and doc[m.start - 1].tag_ == "POS"}
        if possessors:  # "Pennsylvania's Senate" is the Pennsylvania Senate, never the Ohio one
            owners = [c for c in owners if any(name_key(c.longest()).startswith(p + " ") for p in possessors)]
        if not owners:
            continue
        latest = max(owners, key=lambda c: max(m.start for m in c.mentions if m.start < first))
        if len(owners) == 1 or not all(m.quoted for m in short.mentions):
            absorb(latest, short, doc, CAPITALISED_KIND)  # the one named last before it
        else:  # "not this Court," in a quote after two courts: none of them for sure
            mention = short.mentions[0]
            fire(doc, CAPITALISED_KIND, doc[mention.start].idx, doc[mention.start].idx + len(mention.text))
            clusters.remove(short)


PARTICLE_SURNAME = rule(
    "referents.particle-surname", "A surname opened by a name particle (“Van der Wal”, “de la Cruz”, “Nic "
    "Giolla Phádraig”; people.yaml spaced_name_particles, surname_particles) or with one inside (“Fernández "
    "de Castro”), capitalised at a sentence's start or not, is the one person named before whose name ends "
    "with it (“Pieter van der Wal”, “Ignacio Fernández de Castro”).",
    examples=[("Port strike\n\n“We are done,” Pieter van der Wal, the union's lead negotiator, told a rally."
               "\n\nVan der Wal said the union was prepared to strike again.",
               {"actor": "Pieter van der Wal", "aliases": ["Van der Wal"]}),
              ("Lithium\n\nChief executive Ignacio Fernández de Castro said prices had fallen. Fernández de "
               "Castro said the company would cut spending.",
               {"actor": "Ignacio Fernández de Castro", "aliases": ["Fernández de Castro"]}),
              ("Housing\n\nRóisín Nic Giolla Phádraig, Sinn Féin's spokeswoman on housing, called the plan "
               "too small. Ms Nic Giolla Phádraig said rents were too high.",
               {"actor": "Róisín Nic Giolla Phádraig", "aliases": ["Ms Nic Giolla Phádraig"]})],
    counter=[("Port strike\n\nUnion leader Pieter van der Wal met employers' negotiator Johan van der Wal on "
              "Monday.\n\nVan der Wal said the union would strike again.", {"actor": "Van der Wal"}),
             ("Town\n\nBakery owner Maria Luisa de Souza said sales fell. The mayor, Luisa de Souza, said "
              "the town would help.", {"actor": "Luisa de Souza"})])


def _longer_name_ending(key: str, clusters: list[Cluster]) -> Cluster | None:
    """A person named before in three words or more whose name ends with these two ("Costa Reis" of
    "Ana Lúcia Costa Reis": a double surname written alone), or with this surname opened by a particle
    ("van der wal" of "Pieter van der Wal": ``PARTICLE_SURNAME``)."""
    words = key.split()
    if len(words) != 2 and not _particled(words):
        return None
    ending = " " + key  # (the cheap test of the words first: this is asked of every cluster)
    found = [c for c in clusters if c.merged_into is None
             and (longest := name_key(c.longest())).endswith(ending)
             and len(longest.split()) > max(len(words), 2) and c.is_personal()]
    return found[-1] if len(found) == 1 else None


def _particled(words: list[str]) -> bool:
    """A surname a particle opens or stands inside: "van der wal", "nic giolla phádraig", "fernández de
    castro" (``PARTICLE_SURNAME``)."""
    return len(words) >= 2 and (words[0] in lexicon.SPACED_NAME_PARTICLES
                                or words[0] in lexicon.SURNAME_PARTICLES
                                or (any(w in lexicon.SPACED_NAME_PARTICLES for w in words[1:-1])
                                    and words[0] not in lexicon.first_name_genders()))  # ("luisa de souza")


GIVEN_NAME_INSIDE = rule(
    "referents.given-name-inside", "One name after an honorific (“Datuk Seri Hafiz”) that is neither the "
    "first nor the last word of anyone's full name is the one person named before with it inside their "
    "name (“Mohd Hafiz Zulkarnain”), as Malay and other naming styles address people.",
    examples=[("Malaysian Foreign Minister Datuk Seri Mohd Hafiz Zulkarnain, who chaired the meeting, said "
               "the countries had chosen a first step. “Fishermen do not read statements,” Datuk Seri Hafiz "
               "told reporters.", {"quote": "Fishermen do not read", "speaker": "Mohd Hafiz Zulkarnain"})],
    counter=[("Ana Maria Ruiz and Carla Maria Lopez met the board. “It went well,” Ms Maria said.",
              {"actor": "Ana Maria Ruiz"})])


def _named_inside(word: str, clusters: list[Cluster]) -> Cluster | None:
    """The one person named before whose full name of three words or more has ``word`` inside it."""
    found = [c for c in clusters if c.merged_into is None and c.mentions and c.is_personal()
             and word in name_key(c.longest()).split()[1:-1]]
    return found[0] if len(found) == 1 else None


FIRST_SURNAME = rule(
    "referents.first-surname", "A person named with two surnames (“Andrés Villalobos Pérez”) is meant by "
    "the first alone (“Villalobos added”), as Spanish and Portuguese style writes it; a second first name "
    "is no surname (“Ann” of Mary Ann Smith).",
    examples=[("CET's executive director, Andrés Villalobos Pérez, told reporters the agency was examining "
               "the fault. Villalobos added that the grid had performed better than in 2019.",
               {"actor": "Andrés Villalobos Pérez", "aliases": ["Villalobos"]}),
              ("The mayor of Bucaramanga, Andrés Felipe Duarte Ríos, joined the march. “There is no other "
               "páramo,” Duarte told the crowd.",
               {"actor": "Andrés Felipe Duarte Ríos", "aliases": ["Duarte"]}),
              ("Audit\n\nComptroller General María José Archila de León said the findings were clear. “We "
               "will refer cases,” Archila said.",
               {"actor": "María José Archila de León", "aliases": ["Archila"]})],
    counter=[("Mary Ann Smith chairs the board. Ann Lee, her deputy, said the vote was close.",
              {"actor": "Ann Lee"})])


def _surname_before_particles(words: list[str]) -> str | None:
    """The first of two surnames when the second opens with particles ("archila" of "María José Archila
    de León"): a word after a first name, itself no first name (so never "Lula" of "Luiz Inácio Lula da
    Silva", whom the data knows as a first name too)."""
    end = len(words) - 1
    while end > 0 and words[end - 1] in lexicon.NAME_PARTICLES:
        end -= 1
    if end == len(words) - 1 or end < 2:
        return None
    word = words[end - 1]
    names = lexicon.first_name_genders()
    return word if words[0] in names and word not in names and word not in lexicon.NAME_PARTICLES else None


SECOND_SURNAME = rule(
    "referents.second-surname", "The second of two surnames (“Arancibia” of “Catalina Rojas Arancibia”, "
    "her mother's, when “Rojas” is written on its own too, as a family name) is not how the text calls that "
    "person when another person's only surname is that word (“Ximena Arancibia”): the bare “Arancibia” is "
    "the latter, whoever was named last, when named first. A middle name is no first surname (“Donald J. "
    "Trump”), nor a maiden name (“Hillary Rodham Clinton”, named before “Bill Clinton”).",
    examples=[("Ximena Arancibia, an astronomer, died on Sunday. Her daughter, Catalina Rojas Arancibia, "
               "said the cause was pneumonia.\n\nArancibia studied physics in Santiago. She married Jorge "
               "Rojas in 1977.",
               {"actor": "Ximena Arancibia", "aliases": ["Arancibia"]})],
    counter=[("Catalina Rojas Arancibia chairs the board. Arancibia said the vote was close.",
              {"actor": "Catalina Rojas Arancibia", "aliases": ["Arancibia"]}),
             ("Profile\n\nHillary Rodham Clinton was born in Chicago. Her father, Hugh Rodham, ran a textile "
              "business. She married Bill Clinton in 1975.\n\nIn 2016 Hillary Rodham Clinton ran for "
              "president. Clinton said she was proud of the campaign.",
              {"actor": "Hillary Rodham Clinton", "aliases": ["Clinton"]}),
             ("Donald J. Trump spoke on Monday. His wife, Ivana Trump, was there too. Trump said she would "
              "vote.", {"actor": "Ivana Trump", "aliases": ["Trump"]})])


def _second_surnames_dropped(doc: Any, mention: Mention, key: str,
                             candidates: Iterable[Cluster]) -> list[Cluster]:
    """``SECOND_SURNAME``: the people a bare surname may mean, less those whose second surname it is
    when another's only surname it is."""
    names = lexicon.first_name_genders()
    sole, second = [], []
    for cluster in candidates:
        words = name_key(cluster.longest()).split()
        if not words or words[-1] != key or words[0] not in names:
            continue
        if len(words) == 2:
            sole.append(cluster)
        elif len(words) == 3 and words[1] not in names and words[1] not in lexicon.NAME_PARTICLES \
                and _surname_on_its_own(doc, cluster.longest().split()[1], cluster.longest().split()[2]):
            second.append(cluster)
    # (only one named after the person whose only surname it is: "Hillary Rodham Clinton", named first,
    # keeps "Clinton" whoever "Bill Clinton" and "Hugh Rodham" are)
    second = [c for c in second if any(o.mentions[0].start < c.mentions[0].start for o in sole)]
    if not sole or not second:
        return list(candidates)  # (never "Donald J. Trump": a middle name)
    fire_at(doc, SECOND_SURNAME, mention, sole[0].longest())
    return [c for c in candidates if not any(c is other for other in second)]


def _surname_on_its_own(doc: Any, first: str, second: str) -> bool:
    """The first of two surnames is written without the second too ("Jorge Rojas" beside "Catalina Rojas
    Arancibia"): a family name, as Spanish and Portuguese style gives one from each parent."""
    text = layout_of(doc).text
    return len(first) > 2 and text.count(first) > text.count(f"{first} {second}")


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


SPLIT_COUNTRY = rule(
    "referents.split-country", "A name that stands for one of several countries (“Korea”; places.yaml "
    "split_countries) is the one of them the text names, when it names just one (“South Korea”).",
    examples=[("Korea braces for heat\n\nSouth Korea's weather agency raised heat alerts on Monday. South "
               "Korea has had 12 heat deaths this year.", {"actor": "South Korea", "aliases": ["Korea"]})],
    counter=[("Korea talks\n\nSouth Korea and North Korea agreed to meet on Monday.", {"actor": "Korea"})])


def _merge_split_countries(doc: Any, clusters: list[Cluster]) -> None:
    """``SPLIT_COUNTRY``: "Korea" joins the one Korea the text names."""
    by_key = {canonical_key(c.longest()): c for c in clusters if c.merged_into is None and c.mentions}
    for short, countries in lexicon.SPLIT_COUNTRIES.items():
        named = [by_key[k] for k in countries if k in by_key]
        if short in by_key and len(named) == 1:
            absorb(named[0], by_key[short], doc, SPLIT_COUNTRY)


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
                absorb(owners[0], cluster, doc, COUNTRY_BODY)
            continue
        if len(words) < 2 or words[0].removesuffix("'s") not in lexicon.COUNTRY_NOUNS:
            continue
        wanted = {w for w in words[1:] if w not in ("'s", "’s")}
        owners = [c for c in live if c is not cluster and c.merged_into is None
                  and name_key(c.longest()).split()[-1:] == words[-1:]
                  and wanted <= set(name_key(c.longest()).split())]
        if len(owners) == 1:
            absorb(owners[0], cluster, doc, COUNTRY_BODY)


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
            absorb(party, cluster, doc, PARTY_MEMBERS)


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
                    absorb(one, other, doc, SPELLING_VARIANT)


def _merge_former_names(doc: Any, clusters: list[Cluster]) -> None:
    """ "MaT – formerly the Free Syrian Army –", "Meta (previously known as Facebook)": a name set beside
    another with "formerly" or "previously" is the same body's former name."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    ordered = sorted((m for c in clusters for m in c.mentions), key=lambda m: m.start)
    marks = layout_of(doc).positions("by_lower", lexicon.FORMER_NAME_MARKS)
    for one, other in pairwise(ordered):
        k = bisect_left(marks, one.end)
        if k == len(marks) or marks[k] >= other.start:
            continue  # (no "formerly" between them: the words between need not be read)
        between = [t for t in doc[one.end:other.start] if not t.is_punct]
        words = {t.lower_ for t in between}
        if not words & lexicon.FORMER_NAME_MARKS or not words <= lexicon.FORMER_NAME_WORDS \
                or len(between) > 4 or any("\n" in t.text for t in doc[one.end:other.start]):
            continue
        into, gone = _live(owner[id(one)]), _live(owner[id(other)])
        if into is not gone and not into.is_personal() and not gone.is_personal():
            other.former = True
            absorb(into, gone, doc, FORMER_NAME)


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
                    absorb(into, gone, doc, TRANSPOSED_LETTERS)


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
                fire_at(doc, DEFINED_ACRONYM, short.mentions[0], owners[0].longest())
        if len(owners) == 1:
            absorb(owners[0], short)


DEFINED_ACRONYM = rule(
    "referents.defined-acronym", "An acronym the text defines in brackets after a name, or as what the name "
    "is “known as” or “known by”, is that name, even when its letters follow another language (“the "
    "National Electoral Authority (ANE)” ... “the ANE's president”; “the National Anticorruption "
    "Directorate, known by its Romanian initials DNA”).",
    examples=[("The National Electoral Authority (ANE) said the count was over. The ANE's president, Ana "
               "Roe, said turnout was 46 percent.",
               {"actor": "National Electoral Authority", "aliases": ["ANE"]}),
              ("The Danish Harbour Office (Havnekontoret, HK) closed the quay on Monday. HK said repairs "
               "would take a week.",
               {"actor": "Danish Harbour Office", "aliases": ["HK", "Havnekontoret"]}),
              ("Bribes\n\nProsecutors from the Fraud Investigation Office, known by its Romanian initials "
               "OCAF, said the money was paid in 2019. OCAF said it would appeal.",
               {"actor": "Fraud Investigation Office", "aliases": ["OCAF"]})],
    counter=[("The Danish Harbour Office (Havnekontoret) closed the quay. HK said repairs would take a week.",
              {"no_actor": "HK"}),
             ("Pipeline delayed again\n\nNigeria's state oil firm, the Nigerian National Petroleum Company "
              "Limited (NNPC Ltd), said on Monday that the line was ready. NNPC Ltd blamed a blast for the "
              "delay.",
              {"actor": "Nigerian National Petroleum Company Limited", "aliases": ["NNPC Ltd"]}),
             ("The National Electoral Authority said the count was over. The ANE's president, Ana Roe, said "
              "turnout was 46 percent.", {"actor": "ANE"}),
             ("Inquiry\n\nThe Romanian Anticorruption Office, known by the EU as a model agency, opened the "
              "inquiry. The EU said it would help.", {"actor": "EU"})])


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
    if end + 2 >= len(doc) or mention.furniture or len(mention.text.split()) < 2 or mention.label != "ORG":
        return False
    known = end + (doc[end].text == ",")  # "..., known by its Romanian initials DNA", "known as DNA"
    if known + 1 < len(doc) and doc[known].lower_ == "known" and doc[known + 1].lower_ in ("as", "by"):
        at = next((i for i in range(known + 2, min(known + 7, len(doc))) if doc[i].text == acronym), None)
        # (right after "as", or after its "initials": never "known by the EU as a model agency")
        return at is not None and (at + 1 == len(doc) or doc[at + 1].is_punct) \
            and (doc[at - 1].lower_ == "as" or doc[at - 1].lower_ in lexicon.ACRONYM_NOUNS)
    if doc[end].text != "(":
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


SURNAME_BY_HONORIFIC = rule(
    "referents.surname-by-honorific", "A surname with a gendered honorific (“Ms. Reddy”) is never a person "
    "of the other gender with that surname, whoever was named last or meant by it before (“Mr. Reddy”).",
    examples=[("Venkatesh Reddy chairs the party. “We failed,” Mr. Reddy said. Its ally's leader, "
               "Pramila Reddy, set a condition. “The waiver comes first,” Ms. Reddy said.",
               {"quote": "The waiver comes first", "speaker": "Pramila Reddy"})],
    counter=[("Ana Ruiz chairs the port board. “We will keep the port open,” Mrs. Ruiz said.",
              {"quote": "keep the port open", "speaker": "Ana Ruiz"})])


PLACE_NOT_A_NAME_PART = rule(
    "referents.place-not-a-name-part", "A place written as where something is (“a clerk in Brasília”) "
    "is no part of a name that starts or ends with it, though the model took that name for a person's "
    "(“Photograph: Diego Matos/The Brasília Dispatch”).", effect="-",
    examples=[("Court revives fines\n\nCattle graze near Novo Progresso. Photograph: Diego Matos/The "
               "Brasília Dispatch\n\nThe court ruled on Wednesday. “This court cannot let the law depend on "
               "a clerk in Brasília,” Justice Ana Ruiz wrote.", {"actor": "Brasília", "type": "location"})],
    counter=[("Vote\n\nSen. Ana Jordan spoke first. Jordan said the bill would pass.",
              {"actor": "Ana Jordan", "aliases": ["Jordan"]})])


def _place_where(doc: Any, mention: Mention) -> bool:
    """``PLACE_NOT_A_NAME_PART``: a place the model tagged so, after a preposition of place."""
    if not _a_place_where(mention):
        return False
    fire_at(doc, PLACE_NOT_A_NAME_PART, mention)
    return True


def _a_place_where(mention: Mention) -> bool:
    return mention.label in ("GPE", "LOC") and mention.locative and not mention.person_cues \
        and not mention.honorific and not mention.titled


NICKNAME_ALONE = rule(
    "referents.nickname-alone", "A nickname written alone (“Zenith said”) is the one person whose name holds "
    "it in quotation marks (“Rizky \"Zenith\" Pratama”), as sport and gaming copy names players.",
    examples=[('Final\n\nThe jungler Rizky "Zenith" Pratama was named MVP. “This is for my mother,” Zenith '
               'said on stage.', {"actor": 'Rizky "Zenith" Pratama', "aliases": ["Zenith"],
                                  "quote": "This is for my mother", "speaker": 'Rizky "Zenith" Pratama'})],
    counter=[('Final\n\nThe jungler Rizky "Zenith" Pratama and Ana "Zenith" Ruiz both played. “We won,” '
              'Zenith said.', {"actor": "Zenith"}),
             ('Cars\n\nThe coach, Luis "Jaguar" Mendes, praised his players. Jaguar said car sales rose 4% '
              'in May.', {"actor": "Jaguar", "type": "organization"})])


STATE_NOT_A_NAME_PART = rule(
    "referents.state-not-a-name-part", "A US state named alone (“his home state of Florida”) is the state, "
    "not the first word of a name the model took for a person's (“Florida Republicans will vote on "
    "Tuesday”), unless a title or honorific makes it a person's name.", effect="-",
    examples=[("Rally\n\nRubio campaigned in his home state of Florida on Wednesday. Florida Republicans "
               "will vote on Tuesday.", {"actor": "Florida", "type": "location"})],
    counter=[("Hearing\n\nSen. Georgia Ruiz asked the first question. Ms. Georgia said she would vote no.",
              {"actor": "Georgia Ruiz", "aliases": ["Ms. Georgia"]}),
             ("Washington wins again\n\nDenzel Washington won the award on Sunday.",
              {"actor": "Denzel Washington", "aliases": ["Washington"]})])


def _state_alone(doc: Any, cluster: Cluster, parts: list[str]) -> bool:
    """``STATE_NOT_A_NAME_PART``: a one-word cluster that names a US state, which the model calls a place
    most of the time, outside the headline alone, with no person's cue (never "Washington wins again")."""
    labels = cluster.labels()
    if not any(state_within([part]) == part for part in parts) \
            or labels["GPE"] + labels["LOC"] <= len(cluster.mentions) / 2 \
            or all(m.headline for m in cluster.mentions) \
            or any(m.person_cues or m.honorific or m.titled for m in cluster.mentions):
        return False
    fire_at(doc, STATE_NOT_A_NAME_PART, cluster.mentions[0])
    return True


def _person_for_part(part: str, clusters: Iterable[Cluster], last_seen: dict[int, int],
                     loose: bool = False, gender: str | None = None) -> Cluster | None:
    """The person, named in full before, whose first or last name is ``part`` (the one ``last_seen``
    saw latest; none it never saw). ``loose``: the part itself shows a person (an age, "Mrs", a title),
    so a person-shaped name the model typed otherwise qualifies too; ``gender``: the part's honorific
    says "m" or "f", so a person known to be the other is not meant."""
    best: Cluster | None = None
    for cluster in clusters:
        if cluster.merged_into is not None or id(cluster) not in last_seen \
                or part not in name_key(cluster.longest()):
            continue  # the cheap test first: the part must be in the name at all
        if gender and cluster.gender() not in (None, gender):
            continue
        words = name_key(cluster.longest()).split()
        if len(words) >= 2 and (part in (words[0], words[-1]) or (len(words) >= 3 and part == words[-2])
                                or part == _surname_before_particles(words)) \
                and (best is None or last_seen[id(cluster)] > last_seen[id(best)]) \
                and (cluster.is_personal() or (loose and person_shaped(cluster.longest()))):
            best = cluster
    return best


def _merge_parts(doc: Any, clusters: list[Cluster]) -> None:
    """A one-word name seen before the full one ("Obama" in a headline) joins the unique full name, never
    a US state the model calls a place (``STATE_NOT_A_NAME_PART``); a nickname alone joins the one name
    that holds it (``NICKNAME_ALONE``); a double surname seen before the full name joins it too
    ("Jepchirchir Biwott banned ..." of "Caroline Jepchirchir Biwott", as ``_longer_name_ending`` joins one
    seen after it). Every one-word form of a cluster asks ("Florida" and "Fla."), in a fixed order."""
    # Owners only gain one-word names here, so each full name's first and last word stay put.
    by_part: dict[str, list[Cluster]] = {}
    nicknames: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = name_key(c.longest()).split() if c.mentions else []
        if c.merged_into is None and len(words) >= 2:
            for word in dict.fromkeys((words[0], words[-1])):
                by_part.setdefault(word, []).append(c)
            nickname = QUOTED_NICKNAME.search(c.longest())  # ('Rizky "Zenith" Pratama')
            if nickname is not None:
                nicknames.setdefault(name_key(nickname.group().strip(" \"“”'‘’")), []).append(c)
    for cluster in clusters:
        parts = sorted({name_key(n) for n in cluster.names()})  # ("Florida" and "Fla.": every form asks)
        if cluster.merged_into is not None or any(len(n.split()) > 1 for n in parts):
            continue
        if any(country_key(part) for part in parts) or all(_a_place_where(m) for m in cluster.mentions):
            continue  # (PLACE_NOT_A_NAME_PART: "a clerk in Brasília" is not "The Brasília Dispatch")
        if _state_alone(doc, cluster, parts):
            continue
        named = [c for part in parts for c in nicknames.get(part, []) if c.merged_into is None]
        bodily = any(m.label in ("ORG", "GPE", "LOC", "FAC", "NORP") for m in cluster.mentions)
        if len(named) == 1 and named[0] is not cluster and not bodily:  # (never "the Magic beat ..."
            fire_at(doc, NICKNAME_ALONE, cluster.mentions[0], named[0].longest())
            absorb(named[0], cluster)  # "Zenith said" of Rizky "Zenith" Pratama
            continue
        owners = list({id(c): c for part in parts for c in by_part.get(part, []) if c is not cluster
                       and c.merged_into is None and c.is_personal()}.values())
        gender = cluster.gender(stated=True)
        if len(owners) == 1 and (gender is None or owners[0].gender(stated=True) in (None, gender)):
            absorb(owners[0], cluster)  # (never "Mrs. Quinn" into a "Mr. Quinn"; a first name is no proof:
            # "Mr. Graham" is Lindsey Graham)
    for cluster in clusters:
        names = {name_key(n) for n in cluster.names()}
        if cluster.merged_into is not None or len(names) != 1 or not cluster.is_personal():
            continue
        pair = next(iter(names))
        if len(pair.split()) != 2 or pair.split()[0] in lexicon.first_name_genders():
            continue  # ("Marcus Whitfield" of "Marcus Delane Whitfield" is SHORTENED_NAME's)
        owner = _longer_name_ending(pair, clusters)
        if owner is not None:
            absorb(owner, cluster)


SHORTENED_NAME = rule(
    "referents.shortened-name", "A person's name of two or three words that is a longer one less its middle "
    "names (“Marcus Whitfield” of “Marcus Delane Whitfield”), or after a name's opener less any words "
    "(“Chaudhry Zulfiqar” of “Chaudhry Zulfiqar Ahmed Bhinder”, “Sheikh Faisal” of “Sheikh Faisal bin "
    "Jassim Al-Marri”; people.yaml name_openers), is that person, when only one longer name fits and the "
    "text names it outside the headline; never another last word (“Duncan Hunter Sr”).",
    examples=[("Shooting\n\nPolice shot Marcus Delane Whitfield, 34, on Saturday. Marcus Whitfield was "
               "unarmed, his family said.",
               {"actor": "Marcus Delane Whitfield", "aliases": ["Marcus Whitfield"]}),
              ("Wheat relief\n\nPunjab Chief Minister Chaudhry Zulfiqar Ahmed Bhinder announced the package. "
               "Chaudhry Zulfiqar said farmers would be paid within a week.",
               {"actor": "Chaudhry Zulfiqar Ahmed Bhinder", "aliases": ["Chaudhry Zulfiqar"]}),
              # "Sri" opens the name, never a demonym alone (places.yaml demonym_openers)
              ("Budget\n\nFinance Minister Sri Mulyani Indrawati said the deficit would narrow. Sri Lankan "
               "officials agreed. “We are ready,” Sri Mulyani said.",
               {"actor": "Sri Mulyani Indrawati", "aliases": ["Sri Mulyani"], "role": "Finance Minister",
                "quote": "We are ready", "speaker": "Sri Mulyani Indrawati"})],
    counter=[("Shooting\n\nMarcus Delane Whitfield and his cousin Marcus Ray Whitfield were at the park. "
              "Marcus Whitfield said the officer shouted once.", {"actor": "Marcus Whitfield"}),
             ("Ben Carson Defends Record\n\nBen Carson said on Sunday that he had been vetted before.",
              {"actor": "Ben Carson"}),
             ("Endorsement\n\nRep. Duncan Hunter endorsed the bill. His father, Duncan Hunter Sr, served in "
              "the House for 28 years.", {"actor": "Duncan Hunter Sr"}),
             ("Farm sale\n\nMaria Elena Garcia Lopez, who owns half the farm, wants to sell it. Her sister "
              "Maria Garcia said she would fight the sale in court.", {"actor": "Maria Garcia"}),
             ("Election\n\nDavid Allen Brooks announced his bid on Monday. David Brooks, a local teacher who "
              "is not related, said he would also run.", {"actor": "David Brooks"}),
             ("Family firm\n\nRobert Hale Sr. founded the company in 1960. His son Robert James Hale now "
              "runs it.\n\n“We will expand to Ohio next year,” Robert Hale said.",
              {"actor": "Robert Hale"})])


def _merge_shortened_names(doc: Any, clusters: list[Cluster]) -> None:
    """``SHORTENED_NAME``: each person's name of two or three words into the one longer name it shortens."""
    people = [c for c in clusters if c.merged_into is None and c.mentions and c.is_personal()]
    words = {id(c): name_key(c.longest()).split() for c in people}
    for short in sorted(people, key=lambda c: len(words[id(c)])):
        s = words[id(short)]
        if short.merged_into is not None or not 2 <= len(s) <= 3:
            continue
        longer = [c for c in people if c is not short and c.merged_into is None
                  and len(words[id(c)]) > len(s) and _shortens(s, words[id(c)])
                  and any(not m.headline for m in c.mentions)]  # (never "Ben Carson Defends" of a headline)
        gender = short.gender(stated=True)
        rivals = [c for c in people if c is not short and c not in longer and c.merged_into is None
                  and set(s) <= set(words[id(c)])]  # ("Robert Hale Sr" beside "Robert James Hale")
        fits = gender is None or (len(longer) == 1 and longer[0].gender(stated=True) in (None, gender))
        if len(longer) == 1 and not rivals and fits and not _kin_or_other(short, longer[0]):
            fire_at(doc, SHORTENED_NAME, short.mentions[0], longer[0].longest())
            absorb(longer[0], short)


def _kin_or_other(short: Cluster, full: Cluster) -> bool:
    """Signs of two people: a generation mark ("John Smith Jr."), a family role ("his father John
    Smith", "Her sister Maria Garcia") or a role of the shorter name the longer one never had ("David
    Brooks, a local teacher")."""
    names = [w.strip(".,").lower() for c in (short, full) for n in c.names() for w in n.split()]
    if any(w in lexicon.GENERATION_MARKS for w in names):
        return True
    roles = {id(c): {w.strip(".,'’s").lower() for m in c.mentions if m.role for w in m.role.split()}
             for c in (short, full)}
    if any(roles[id(c)] & lexicon.FAMILY_NOUNS for c in (short, full)):
        return True
    return bool(roles[id(short)]) and not roles[id(short)] & roles[id(full)] & lexicon.TITLE_WORDS


def _shortens(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` less middle names ("marcus whitfield" of "marcus delane whitfield"), or, after
    a name's opener, less any words ("chaudhry zulfiqar" of "chaudhry zulfiqar ahmed bhinder"); never a
    different last word ("duncan hunter" of "duncan hunter sr", "ted cruz" of "ted cruz south carolina")."""
    if short[0] != full[0]:
        return False
    if short[0] in lexicon.NAME_OPENERS:
        return _in_order(short[1:], full[1:])
    return short[-1] == full[-1] and _in_order(short[1:-1], full[1:-1])


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Every word of ``part`` in ``whole``, in the same order."""
    it = iter(whole)
    return all(word in it for word in part)


_PARENTHESISED = re.compile(r"\s*\([^()]*\)")


PLACE_NOT_ITS_BODY = rule(
    "referents.place-not-its-body", "A place is never the short name of the body named after it "
    "(“Pennsylvania” of the “Pennsylvania Senate”, organisations.yaml place_body_heads): the state acts "
    "apart from its legislature, though “Tallybird” is Tallybird Group.", effect="-",
    examples=[("Pennsylvania Senate passes wage bill\n\nThe bill would raise Pennsylvania's minimum wage "
               "to $15 an hour. Pennsylvania has not raised it since 2009.",
               {"actor": "Pennsylvania", "type": "location"})],
    counter=[("Results\n\nTallybird Group cut 300 jobs. Tallybird said demand had fallen.",
              {"actor": "Tallybird Group", "aliases": ["Tallybird"]})])


PLACE_CLUB = rule(
    "referents.place-club", "A body named by a place and one word of its own (“Redbridge Albion”, "
    "“Westmoor Falcons”) is meant by that word alone (“Albion led at half-time”), when the text or the "
    "gazetteer knows the place, or the word is a club's (“Rangers”, organisations.yaml club_words), and "
    "the word is no body word (“Council”, “Senate”).",
    examples=[("Cup upset\n\nRedbridge Albion lost 2-1 to Armley Town in Leeds on Saturday. Albion had led "
               "at half-time, and Albion's manager said his side had been careless.",
               {"actor": "Redbridge Albion", "aliases": ["Albion"]}),
              ("League\n\nRift Valley Rangers beat Coast Mariners 3-1 on Saturday. The win lifted Rangers to "
               "41 points.", {"actor": "Rift Valley Rangers", "aliases": ["Rangers"]})],
    counter=[("Budget\n\nThe Redbridge Council approved the budget on Monday. The Council said bins would "
              "be collected weekly.", {"actor": "Redbridge Council"})])


BODY_OPENER_DROPPED = rule(
    "referents.body-opener-dropped", "A body's name without a state word or a foreign body word that "
    "opens it (“National Treasury” then “Treasury”, “Grupo Cerrado Alimentos S.A.” then “Cerrado "
    "Alimentos”; organisations.yaml state_modifiers, opening_body_words), or without the “of” and country "
    "that close it (“Data Protection Board of India” then “Data Protection Board”), is the same body; never "
    "a place, nor when two bodies end so, nor a country alone (“Yahoo Japan” is not Yahoo).",
    examples=[("Nurses\n\nThe National Treasury has not released the funds. A Treasury official said the "
               "money would come in March.", {"actor": "National Treasury", "aliases": ["Treasury"]}),
              ("Fine\n\nThe Data Protection Board of India fined the company on Monday. The Data Protection "
               "Board said the breach had exposed 40 million users.",
               {"actor": "Data Protection Board of India", "aliases": ["Data Protection Board"]})],
    counter=[("Poll\n\nThe National Trust and the Woodland Trust objected. The Trust said it would appeal.",
              {"actor": "National Trust", "aliases": []})])


FIRM_SHORT_NAME = rule(
    "referents.firm-short-name", "The first words of one firm's legal name (“Ashcombe” of “Ashcombe Fluid "
    "Systems plc”, “Korvander” of “Korvander AG”) are its short name, whatever words they drop, unless the "
    "text puts something in that place (“in Ashcombe”), it is a known place the model calls one, a "
    "person's name, or opens the legal names of two firms.",
    examples=[("Korvander bids for Ashcombe\n\nGerman pump maker Korvander AG offered 1,045 pence a share "
               "for Ashcombe Fluid Systems plc on Tuesday. Ashcombe's board rejected the offer, and "
               "Korvander said it would not raise it.",
               {"actor": "Ashcombe Fluid Systems plc", "aliases": ["Ashcombe"]}),
              ("Bank fails\n\nRegulators closed Harborline Bank Inc. on Friday. Harborline's deposits had "
               "fallen by a third in a week.", {"actor": "Harborline Bank Inc.", "aliases": ["Harborline"]}),
              # a short name a body's description follows ("a subsidiary of ..."; org_descriptors)
              ("Mine lease quashed\n\nThe court set aside a lease granted to Golden Crest Mining Limited "
               "on Monday.\n\nThe court ordered Golden Crest, a subsidiary of the Toronto-listed Abora "
               "Resources Inc., to pay costs.\n\nLawyer for Golden Crest, Mrs Abena Owusu, said her client "
               "would appeal. \"Golden Crest has always complied with the law,\" the company said.",
               {"actor": "Golden Crest Mining Limited", "aliases": ["Golden Crest"]}),
              # a short name the model called a person's, though no first name, role or cue makes it one
              ("Fine\n\nMendip Vale Water Ltd pleaded guilty at Leeds crown court to six offences.\n\nMartin "
               "Hale KC, for Mendip Vale, said the company regrets the harm. Mendip Vale must pay the fine.",
               {"actor": "Mendip Vale Water Ltd", "aliases": ["Mendip Vale"]})],
    counter=[("Farm shops\n\nVerran Foods Ltd said on Monday it would open ten farm shops. Verran, a village "
              "in Cornwall, is home to its first shop.", {"actor": "Verran", "type": "location"}),
             ("Plant closes\n\nAshcombe Fluid Systems plc will close its plant in Ashcombe, a town of 9,000. "
              "Ashcombe has lost 400 jobs since 2020.", {"actor": "Ashcombe", "type": "location"}),
             ("Results\n\nTexas Instruments Inc. raised its forecast. Texas has added 40,000 jobs this year.",
              {"actor": "Texas", "type": "location"}),
             ("Merger\n\nOrsk Fluid Controls plc makes valves in Leeds. Orsk Precision Castings plc makes "
              "pump parts in Hull. The two will merge, and Orsk said the deal would close in May.",
              {"actor": "Orsk"})])


CLIPPED_FIRM_NAME = rule(
    "referents.clipped-firm-name", "A body's name with a word clipped to its opening letters (“Sarvottam "
    "Pharma” of “Sarvottam Pharmaceuticals Ltd”, “Kestrel Intl” never: not its opening) is that body.",
    examples=[("Drugmaker buys rival\n\nSarvottam Pharmaceuticals Ltd said on Wednesday it would buy Rift "
               "Valley Generics. Analysts said Sarvottam Pharma had paid a fair price.",
               {"actor": "Sarvottam Pharmaceuticals Ltd", "aliases": ["Sarvottam Pharma"]})],
    counter=[("Drugmakers\n\nSarvottam Pharmaceuticals Ltd and Sarvottam Pharmacies Ltd reported results. "
              "Analysts said Sarvottam Pharma had a fair year.", {"actor": "Sarvottam Pharmacies Ltd"})])


BODY_FIRST_WORD = rule(
    "referents.body-first-word", "The first word of a body's name, written alone after it and read as a "
    "body each time (“An Ironclad spokeswoman” after Ironclad Secure Logistics), is its short name, when "
    "no other body's name opens with it and it is no common word, first name or place (nor the place a "
    "council or police force is named after: organisations.yaml place_body_heads).",
    examples=[("Heist\n\nThe truck belonged to Ironclad Secure Logistics. An Ironclad spokeswoman, Kelsey "
               "Durant, confirmed the theft.",
               {"actor": "Ironclad Secure Logistics", "aliases": ["Ironclad"]})],
    counter=[("Banks\n\nNorthgate Savings Bank and Northgate Mutual Trust both cut rates. A Northgate "
              "official said more cuts were coming.", {"actor": "Northgate"})])


def _body_first_word(doc: Any, short: Cluster, word: str) -> bool:
    """``BODY_FIRST_WORD``: a proper noun the model called a body each time, no common word, first name,
    body's or office's word ("House"), unless it speaks for the body ("An Ironclad spokeswoman")."""
    if short.longest().isupper() or _generic_org_word(word) or word in lexicon.first_name_genders() \
            or word in lexicon.DEMONYMS or word in lexicon.OFFICE_OBJECTS or word in lexicon.TITLE_WORDS:
        return False
    if not all(m.label == "ORG" and doc[m.root].pos_ == "PROPN" for m in short.mentions):
        return False
    return not common_noun(doc, word) or any(doc[m.root].dep_ == "compound"
                                             and doc[m.root].head.lower_ in lexicon.SPOKES_NOUNS
                                             for m in short.mentions)


def _merge_org_forms(clusters: list[Cluster], doc: Any = None) -> None:
    """"Tallybird Group"/"Tallybird", "BBC News"/"BBC", "US Congress"/"Congress" are one organisation."""
    live = [c for c in clusters if c.merged_into is None and not c.is_personal()]
    # A lone word the model called a person ("Halvorsen said") may still be the firm's short name.
    # So may a longer one that no first name opens and no role marks as a person, written only after
    # the full name ("Corvex Millbank said" after Corvex Millbank Holdings; not "Chen Yiming, the
    # founder of Chen Yiming Industries", nor "Tunde Bakare founded Tunde Bakare Logistics").
    # (never a first name the text gives a person: "Henry" of Henry Siegel is no Henry Realty)
    first_names = {c.longest().split()[0] for c in clusters if c.merged_into is None and c.is_personal()
                   and len(c.longest().split()) > 1 and surname_or_full_name(c.longest())}
    # (also "Heron Homes" after "Heron Homes (Midlands) Ltd", a first name opening it: a firm's name
    # less its legal form is the firm's)
    # (a firm's legal name the model called a person's counts too: "Orsk Fluid Controls plc")
    firm_names = {key for key in (name_key(_PARENTHESISED.sub(" ", c.longest())) for c in clusters
                                  if c.merged_into is None and c.mentions) if legal_name(key)}
    firms = {_without_legal_form(key) for key in firm_names}
    shorts = live + [c for c in clusters if c.merged_into is None and c.is_personal()
                     and ((len(c.longest().split()) == 1 and c.longest() not in first_names)
                          or ((c.longest().split()[0].lower() not in lexicon.first_name_genders()
                               or _named_as_body(c)) and not any(_person_role(m.role) for m in c.mentions))
                          or name_key(c.longest()) in firms)
                     and not any(m.honorific or m.titled for m in c.mentions)]
    # the places the text names as such, for "Albion" of Redbridge Albion (PLACE_CLUB)
    # (or a name written alone that opens a body's: "with Castlebridge 17th" of Castlebridge Rovers)
    places = {name_key(m.text) for c in clusters for m in c.mentions
              if m.label in ("GPE", "LOC") or (len(m.text.split()) == 1 and m.label == "ORG")}
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
        # (and a name the model calls a place but the text never puts anything in, at or near, "Harborline's
        # deposits" after Harborline Bank, is the bank's short name)
        # (a town the text puts something in is no short name of its library either: "in Brackmoor")
        put_in = any(m.locative or m.placed for m in short.mentions)
        place_apart = place and (gazetteer_place(short.longest())
                                 or (not any(m.label == "ORG" for m in short.mentions)
                                     and (put_in or any(m.geographic for m in short.mentions))))
        town = _a_town(doc, short)  # ("Verran, a village in Cornwall" is no Verran Foods Ltd)
        # a word of its own the model called a body each time, no common word ("An Ironclad spokeswoman")
        one_word_body = len(s.split()) == 1 and doc is not None and _body_first_word(doc, short, s)
        labels = short.labels()  # (a body the model also called a person: "Social Renewal, led by ...")
        personal_name = short.is_personal() and len(s.split()) > 1 and labels["PERSON"] > labels["ORG"]
        # (a person by more than the model's word, a first name, a role, an honorific or a cue, or named
        # before the firm: "Wessex Vale" the model called a person, written after Wessex Vale Water Ltd,
        # is still the firm, "Tunde Bakare founded Tunde Bakare Logistics" is not)
        person_shown = personal_name and (s.split()[0] in lexicon.first_name_genders() or any(
            _person_role(m.role) or m.honorific or m.titled or m.person_cues for m in short.mentions))
        for long in live:
            if long is short or long.merged_into is not None:
                continue
            if _expanded_form(s, keys[id(long)]):
                absorb(long, short)
                break
            if doc is not None and _clipped_words(doc, s, _without_legal_form(keys[id(long)])) \
                    and not place and not short.is_personal() and not long.is_personal() \
                    and sum(_clipped_words(doc, s, _without_legal_form(keys[id(c)])) for c in live
                            if c.merged_into is None) == 1:
                if doc is not None:
                    fire_at(doc, CLIPPED_FIRM_NAME, short.mentions[0], long.longest())
                absorb(long, short)  # "Sarvottam Pharma" of "Sarvottam Pharmaceuticals Ltd"
                break
            words = keys[id(long)].split()
            if len(words) <= len(s.split()):
                continue
            rest_after = keys[id(long)][len(s):].split() if keys[id(long)].startswith(s + " ") else None
            base = _without_legal_form(keys[id(long)])  # ("Cerrado Alimentos", Grupo Cerrado Alimentos S.A.)
            rest_before = base[:-len(s)].split() if base.endswith(" " + s) else None
            long_place = any(m.label in ("GPE", "LOC") for m in long.mentions)
            dropped = rest_after and not settled_place and not town \
                and not (put_in and any(w in lexicon.PLACE_INSTITUTION_HEADS for w in rest_after)) and all(
                (_generic_org_word(w) and not (place_apart and w in lexicon.INDUSTRY_WORDS))  # "Texas Oil"
                or w in lexicon.PLACE_SUFFIXES or (long_place and w in lexicon.REGION_KINDS)  # "X Province"
                for w in rest_after)
            if dropped and rest_after and place and gazetteer_place(short.longest()) \
                    and not short.labels()["PERSON"] \
                    and all(w in lexicon.PLACE_BODY_HEADS for w in rest_after):
                if doc is not None:
                    fire_at(doc, PLACE_NOT_ITS_BODY, short.mentions[0], long.longest())
                continue  # "Pennsylvania" is no short name of the Pennsylvania Senate
            if dropped and personal_name:
                # a name's own word ("Holdings"), not a description ("the Islamic State network")
                dropped = long.longest().split()[-1][:1].isupper() \
                    and first_seen[id(long)] < first_seen[id(short)]
            origin = rest_before and (all(country_key(w) or w in lexicon.DEMONYMS
                                          or w in lexicon.CLUB_PREFIXES  # ("UD Valdemora" / "Valdemora")
                                          for w in rest_before)
                                      or titled_country(keys[id(long)]) is not None)  # "Republic of X"
            # "National Treasury"/"Treasury", "Grupo Cerrado Alimentos S.A."/"Cerrado Alimentos": a state
            # body's or a foreign body word the later mentions drop (BODY_OPENER_DROPPED)
            before = rest_before or []
            opener = len(before) == 1 and not origin \
                and before[0] in lexicon.STATE_MODIFIERS | lexicon.OPENING_BODY_WORDS \
                and not short.is_personal() and not place and not town \
                and sum(_without_legal_form(keys.get(id(c), "")).endswith(" " + s) for c in live) == 1
            # "Data Protection Board of India"/"Data Protection Board": the country the full name closes
            # with (never a country alone: "Yahoo Japan", "NHS England" are other bodies than Yahoo, NHS)
            after = rest_after or []
            of_country = 2 <= len(after) <= 4 and after[0] == "of" and not place and not town \
                and country_key(" ".join(after[1:])) is not None \
                and sum(keys.get(id(c), "").startswith(s + " of ") for c in live) == 1  # (two Supreme Courts)
            if (opener or of_country) and doc is not None:
                fire_at(doc, BODY_OPENER_DROPPED, short.mentions[0], long.longest())
            named_first = personal_name and first_seen[id(short)] < first_seen[id(long)]
            if rest_after and one_word_body and not place and not town and not settled_place \
                    and not any(w in lexicon.ENDOWMENT_WORDS or w in lexicon.PLACE_BODY_HEADS
                                for w in rest_after) \
                    and first_seen[id(short)] > first_seen[id(long)] and not long.is_personal() \
                    and not any(m.label in ("GPE", "LOC") for m in long.mentions) \
                    and sum(keys[id(c)].startswith(s + " ") for c in live) == 1:
                absorb(long, short, doc, BODY_FIRST_WORD)  # "Ironclad" of Ironclad Secure Logistics
                break
            if rest_after and not settled_place and keys[id(long)] in firm_names \
                    and not (person_shown or named_first) \
                    and not (place and gazetteer_place(short.longest())) and not town \
                    and sum(f.startswith(s + " ") for f in firm_names) == 1:
                absorb(long, short, doc, FIRM_SHORT_NAME)
                break
            if rest_before and _club_word(s, rest_before, short, long, places) \
                    and sum(keys.get(id(c), "").endswith(" " + s) for c in live) == 1:  # (two Posts: neither)
                absorb(long, short, doc, PLACE_CLUB)  # "Albion" of Redbridge Albion
                break
            if dropped or origin or opener or of_country or _abbreviates(short.longest(), keys[id(long)]):
                absorb(long, short)
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


def _clipped_words(doc: Any, short: str, long: str) -> bool:
    """"sarvottam pharma" of "sarvottam pharmaceuticals": the same words, the first alike and at least one
    clipped to its opening letters (four or more), nothing else changed; never a word the longer one
    compounds with another ("health" of "healthcare", "power" of "powertech": other firms), nor
    "trump" of "trump‘s"."""
    a, b = short.split(), long.split()

    def clipped(x: str, y: str) -> bool:
        rest = y[len(x):]
        return len(x) >= 4 and y.startswith(x) and rest.isalpha() and len(rest) >= 3 \
            and not english_word(doc, rest) and not english_word(doc, rest.rstrip("s"))

    return len(a) == len(b) >= 2 and a[0] == b[0] and a != b \
        and all(x == y or clipped(x, y) for x, y in zip(a, b, strict=True))


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


def _person_role(role: str | None) -> bool:
    """A role with a person's noun ("a 40-year-old singer from Leeds", "the board's chairman")."""
    words = [w.strip(".,;:()") for w in (role or "").lower().split()]
    return any(person_noun(w) or person_noun(w.removesuffix("s")) for w in words)  # ("residents")


def _a_town(doc: Any, cluster: Cluster) -> bool:
    """The text describes the name as a place ("Verran, a village in Cornwall") or gives it what a town has
    ("Brantley's mayor"; places.yaml town_possessions)."""
    if any(role_head(m.role or "") in lexicon.GEO_NOUNS for m in cluster.mentions):
        return True
    if doc is None:
        return False
    return any(m.end + 1 < len(doc) and doc[m.end].text in POSSESSIVE_MARKS
               and doc[m.end + 1].lower_ in lexicon.TOWN_POSSESSIONS for m in cluster.mentions)


def _club_word(word: str, place: list[str], short: Cluster, long: Cluster, places: set[str]) -> bool:
    """``PLACE_CLUB``: ``word`` alone names the body ``long``, "<place> <word>": one word of its own, no
    body word, party's members ("Republicans" of "Senate Republicans" are many more) or person's name, after
    a place the text or the gazetteer knows (never a body's word: "Senate"), or a club's word after any
    place (organisations.yaml club_words: "Rangers" of "Rift Valley Rangers")."""
    return len(word.split()) == 1 and _named_as_body(long) \
        and 2 * short.labels()["PERSON"] < len(short.mentions) and word not in lexicon.PARTY_PLURALS \
        and word not in lexicon.ORG_SUFFIXES and word not in lexicon.PLACE_BODY_HEADS \
        and not any(_generic_org_word(w) or w in lexicon.PLACE_BODY_HEADS for w in place) \
        and (" ".join(place) in places or gazetteer_place(" ".join(place).title())
             or word in lexicon.CLUB_WORDS)


def _generic_org_word(word: str) -> bool:
    """A word that can be dropped from an organisation's name in later mentions ("Rovers", "Group",
    "Logistics")."""
    if word in lexicon.ENDOWMENT_WORDS:
        return False  # "Ford Foundation" is not Ford
    return word in lexicon.ORG_SUFFIXES or word in lexicon.ORG_WORDS or word in lexicon.INDUSTRY_WORDS \
        or word + "s" in lexicon.INDUSTRY_WORDS \
        or (word.endswith("s") and word[:-1] in lexicon.ORG_WORDS)  # "Nordholm Container Lines" is Nordholm


def merge_capitals(clusters: list[Cluster]) -> None:
    """A capital used as an actor ("Moscow says") is an alias of its country's government when the text
    names one ("the Syrian government"), else of its country; never a person of that name ("Kingston, a
    40-year-old singer")."""
    countries = country_clusters(clusters)
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
        if country is None or any(m.honorific or _person_role(m.role) for m in cluster.mentions):
            continue  # ("Kingston, a 40-year-old singer, said": a person of that name)
        country = lexicon.COUNTRY_FORMS.get(country, country)
        target = governments.get(country) or countries.get(country)
        # "Moscow says", "urged Madrid", "ties between Santiago and Madrid": the government.
        if target is not None and any((m.agentive or m.addressed) and not m.furniture
                                      for m in cluster.mentions):
            absorb(target, cluster)


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


def merge_governments(doc: Any, clusters: list[Cluster]) -> None:
    """See GOVERNMENT_OF_COUNTRY."""
    from reportgen.extract.places import country_code
    from reportgen.geo.gazetteer import gazetteer

    countries = country_clusters(clusters)
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
        absorb(target, cluster, doc, GOVERNMENT_OF_COUNTRY)


HOUSE_OF_LEGISLATURE = rule(
    "referents.house-of-legislature", "“The House” of a story that names one legislature (“Parliament”, "
    "“the Legislative Assembly”, organisations.yaml legislature_heads) and no body with “House” in its name "
    "is that legislature: one actor.",
    examples=[("Scams bill\n\nThe Bill was tabled in Parliament on Monday. Members said the House would "
               "debate it in March.", {"actor": "Parliament", "aliases": ["House"]})],
    counter=[("Budget\n\nThe Bill was tabled in Parliament on Monday. The Legislative Assembly of Ontario "
              "will debate its own on Friday. Members said the House would sit late.", {"actor": "House"}),
             ("Budget\n\nThe Senate passed the budget on Monday. The House will vote on Friday.",
              {"actor": "House"})])


def merge_house(doc: Any, clusters: list[Cluster]) -> None:
    """See HOUSE_OF_LEGISLATURE and PLACE_HOUSE."""
    live = [c for c in clusters if c.merged_into is None and c.mentions]
    houses = [c for c in live if all(name_key(n) == "house" for n in c.names())]
    if len(houses) != 1:
        return
    others = [c for c in live if c is not houses[0]
              and any("house" in name_key(n).split() for n in c.names())]
    placed = [c for c in others if all(_place_house(n) for n in c.names())]
    # (the House's own caucuses do not stand in the way: "House Democrats", "House Republicans")
    blocking = [c for c in others if c not in placed and not all(_caucus(n) for n in c.names())]
    if len(placed) == 1 and not blocking:
        absorb(placed[0], houses[0], doc, PLACE_HOUSE)  # "the Pennsylvania House" ... "the House"
        return
    if others:
        return
    legislatures = [c for c in live if any(_legislature(n) for n in c.names())]
    if len(legislatures) == 1:
        absorb(legislatures[0], houses[0], doc, HOUSE_OF_LEGISLATURE)


PLACE_HOUSE = rule(
    "referents.place-house", "“The House” of a story whose one other body with “House” in its name is a "
    "state's or country's (“the Pennsylvania House”, “Ohio House”) is that House: one actor; never the White "
    "House or Government House.",
    examples=[("Skill games\n\nHARRISBURG — The Pennsylvania House on Tuesday voted 102-100 to license and "
               "tax the games, sending the measure to the Senate. The House approved a rate of 16 per cent.",
               {"actor": "Pennsylvania House", "aliases": ["House"]})],
    counter=[("Budget\n\nThe White House welcomed the vote. The House will send the bill to the Senate.",
              {"actor": "White House", "aliases": []}),
             ("Report\n\nChatham House published a report on Monday. MPs debated it in the House on Tuesday.",
              {"actor": "Chatham House", "aliases": []})])


def _place_house(name: str) -> bool:
    """ "Pennsylvania House": a country or a state (a country's top-level part), then "House"; never a
    building named after a town ("Chatham House", "Lancaster House")."""
    words = name.split()
    place = " ".join(words[:-1])
    return len(words) >= 2 and name_key(words[-1]) == "house" \
        and (country_key(place) is not None or state_or_province(place))


def _caucus(name: str) -> bool:
    """ "House Democrats", "House Republicans": a party's members in the House."""
    words = name_key(name).split()
    return len(words) == 2 and words[0] == "house" \
        and any(words[1].startswith(party) for party in lexicon.PARTY_MEMBERS)


def _legislature(name: str) -> bool:
    """A legislature's name: its head ("Assembly" of "Legislative Assembly of Ontario") a legislature's."""
    head = name_key(name).partition(" of ")[0].split()
    return bool(head) and head[-1] in lexicon.LEGISLATURE_HEADS
