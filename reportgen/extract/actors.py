"""Actors: the people, organisations, countries, places and named groups an article is about.

spaCy's entities are the raw mentions. Each is cleaned (titles, honorifics, ``the`` and
possessives out), junk is dropped (demonyms, quoted titles, captions and credits), mentions are
merged into one actor per referent (surnames and first names to the person the text last meant,
short and long forms of a country, ``Tallybird`` and ``Tallybird Group``, a capital used as its
government), types are decided by vote and by lexicon, and roles come from pre-name titles and
appositives. ``ActorIndex`` keeps every mention's position so claims and outlook can resolve
names, pronouns and titles back to the canonical actor.

Roles live in ``actor_roles`` and the merging of mentions into referents in ``actor_clusters``;
this module finds the mentions, types the actors and builds the index.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

from reportgen.brief import Actor, Claim
from reportgen.extract import lexicon
from reportgen.extract.actor_clusters import (
    _NAME_TOKEN,
    Cluster,
    Mention,
    _cluster,
    _country_key,
    _key,
    _merge_capitals,
    _person_shaped,
)
from reportgen.extract.actor_roles import (
    _POSSESSIVE,
    _SUBJECTS,
    _party_tag_at,
    _role,
)
from reportgen.extract.furniture import furniture_ranges, in_ranges
from reportgen.extract.quotes import QuoteLookup, QuoteSpan, find_quote_spans, paragraphs

#: spaCy labels that can name an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "PRODUCT"})
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tomorrow",
})
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


class ActorIndex:
    """Resolves names, token positions, pronouns and titles to the article's canonical actors.

    For other extractors (claims, outlook, summary):

    - ``resolve(text)`` -> the actor whose name or alias is ``text`` (case-insensitive, ``the`` and
      possessive ignored; a bare surname or first name of a known person also resolves).
    - ``actor_at(token_i)`` -> the actor mentioned at that token, if any.
    - ``antecedent(token_i)`` -> the person a subject "he"/"she" at that token stands for.
    - ``person_before(token_i, gender=None)`` -> the last person mentioned (outside quotation marks)
      before that token; ``gender`` "m"/"f" skips people known to be the other gender.
    - ``org_before(token_i)`` -> the last organisation (or country) mentioned before that token.
    - ``by_title(phrase, token_i)`` -> who a description like "the minister" or "the ministry"
      stands for at that point of the text.
    - ``text`` -> the article text (cached); ``quotes`` -> its quoted spans (``QuoteSpan``);
      ``in_quote(char)`` -> bool.
    - ``rank(actors, claims)`` sets ``salience`` and ``key`` and sorts actors in place.
    """

    def __init__(self, doc: Any, actors: list[Actor], mentions: list[tuple[Mention, Actor]],
                 quotes: list[QuoteSpan], genders: dict[str, str]) -> None:
        self.doc = doc
        self.text: str = doc.text  # built once: ``Doc.text`` joins every token on each access
        self.actors = actors
        self.quotes = quotes
        self.quote_lookup = QuoteLookup(quotes)
        self.genders = genders
        self._forms: dict[str, Actor] = {}
        for actor in actors:
            for form in [actor.name, *actor.aliases]:
                self._forms.setdefault(_key(form), actor)
        self._token_actor: dict[int, Actor] = {}
        self._mentions = sorted(mentions, key=lambda pair: pair[0].start)
        for mention, actor in self._mentions:
            for i in range(mention.start, mention.end):
                self._token_actor[i] = actor
        spoken = [(m.start, a) for m, a in self._mentions if not m.quoted and not m.furniture]
        self._people = [(i, a) for i, a in spoken if a.type == "person"]
        self._people_starts = [i for i, _ in self._people]
        acting = [(m.start, a) for m, a in self._mentions if not m.quoted and not m.furniture and m.agentive
                  and a.type in ("organization", "country", "group")]
        self._orgs = [(i, a) for i, a in spoken if a.type in ("organization", "country", "group")]
        self._org_starts = [i for i, _ in self._orgs]
        self._acting = acting
        self._acting_starts = [i for i, _ in acting]
        self._impersonal = {a.name for m, a in mentions if m.impersonal}
        self._unnamed: list[Any] | None = None
        self.pronouns: dict[int, Actor] = {}  # subject he/she token -> the person it stands for
        self._unnamed_starts: list[int] = []
        self.first_seen: dict[str, int] = {}
        for mention, actor in self._mentions:
            self.first_seen.setdefault(actor.name, mention.start)

    def first_seen_before(self, actor: Actor, token_i: int) -> int | None:
        """Where ``actor`` was last mentioned before ``token_i`` (outside quotes)."""
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            if self._people[k][1] is actor:
                return self._people[k][0]
            k -= 1
        return None

    def in_quote(self, char: int) -> bool:
        return self.quote_lookup.inside(char)

    def resolve(self, text: str) -> Actor | None:
        key = _key(text)
        if not key:
            return None
        if key in self._forms:
            return self._forms[key]
        words = key.split()
        if len(words) == 1:
            people = [a for a in self.actors if a.type == "person"
                      and any(key in _key(f).split() for f in [a.name, *a.aliases])]
            if len(people) == 1:
                return people[0]
        return None

    def actor_at(self, token_i: int) -> Actor | None:
        return self._token_actor.get(token_i)

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
            self._unnamed = [t for t in self.doc if _unnamed_subject(t) and not self.in_quote(t.idx)]
            self._unnamed_starts = [t.i for t in self._unnamed]
        k = bisect_left(self._unnamed_starts, token_i) - 1
        return self._unnamed[k] if k >= 0 else None

    def org_before(self, token_i: int, within: int | None = None) -> Actor | None:
        """The last organisation that acted (subject, possessor) before the token, else the last named;
        ``within``: only one mentioned at most that many tokens before."""
        k = bisect_left(self._acting_starts, token_i) - 1
        if k >= 0 and (within is None or token_i - self._acting_starts[k] <= within):
            return self._acting[k][1]
        k = bisect_left(self._org_starts, token_i) - 1
        if k >= 0 and (within is None or token_i - self._org_starts[k] <= within):
            return self._orgs[k][1]
        return None

    def titled_person(self, word: str, token_i: int) -> Actor | None:
        """The last person before ``token_i`` whose stated role has ``word`` in it ("spokeswoman")."""
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            actor = self._people[k][1]
            if actor.role and word in _key(actor.role).split():
                return actor
            k -= 1
        return None

    def by_title(self, phrase: str, token_i: int) -> Actor | None:
        """Who "the minister", "the Russian president" or "the ministry" means at ``token_i``."""
        words = [w for w in _key(phrase).split() if w not in ("a", "an", "this", "that")]
        if not words:
            return None
        head = words[-1]
        titled = self.titled_person(head, token_i)
        if titled is not None:
            return titled
        if head in lexicon.ANONYMOUS_NOUNS:
            return None  # "the official said", "the source said": someone the article does not name
        if head in lexicon.TITLE_WORDS:
            # No one so titled: the last person named before is who wire copy means.
            return self.person_before(token_i)
        k = bisect_left(self._org_starts, token_i) - 1
        while k >= 0:
            actor = self._orgs[k][1]
            if head in _key(actor.name).split():
                return actor
            k -= 1
        if head in ("company", "firm", "group", "carmaker", "bank", "lender", "retailer", "airline"):
            return self.main_organisation_before(token_i)
        if head in lexicon.ORG_WORDS or head == "government":
            return self.org_before(token_i)
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

    def rank(self, actors: list[Actor], claims: list[Claim]) -> None:
        """Salience from mentions, quotes and first position; ``key`` for the central actors."""
        quoted = Counter(c.speaker for c in claims if c.speaker and c.kind == "quote")
        told = Counter(c.speaker for c in claims if c.speaker)
        total = max(len(self.doc), 1)
        for actor in actors:
            if quoted[actor.name] and actor.type == "organization" and _person_shaped(actor.name) \
                    and not actor.aliases and actor.name not in self._impersonal:
                actor.type = "person"
            first = self.first_seen.get(actor.name, total) / total
            actor.salience = round(actor.mentions + 2.0 * quoted[actor.name] + told[actor.name]
                                   + 3.0 * (1.0 - first), 3)
        top = max((a.salience for a in actors), default=1.0) or 1.0
        for actor in actors:
            actor.salience = round(actor.salience / top, 3)
            first = self.first_seen.get(actor.name, total)
            titled = actor.type == "person" and bool(actor.role)
            actor.key = bool(told[actor.name]) or actor.mentions >= 3 \
                or (actor.mentions >= 2 and (actor.salience >= 0.3 or titled)) or first < 0.1 * total
        actors.sort(key=lambda a: (-a.salience, self.first_seen.get(a.name, total)))


def _unnamed_subject(token: Any) -> bool:
    """ "A nurse who ...", "an official said": an indefinite common noun, the subject of a reporting
    verb or of a "who" clause, that stands for a person the article does not name."""
    if token.pos_ != "NOUN" or token.ent_type_ or token.tag_ == "NNS" or token.dep_ in ("attr", "acomp"):
        return False
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
               for c in token.children):
        return False
    if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.ent_type_ in ("", "PERSON"):
        return False  # "Mira Castell, a nurse who ...": a description of someone named
    if token.dep_ in _SUBJECTS and token.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        return True
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children)


def find_actors(doc: Any) -> tuple[list[Actor], ActorIndex]:
    """The article's actors (canonical name, type, aliases, role, mentions) and their index."""
    text = doc.text
    quotes = find_quote_spans(text)
    lookup = QuoteLookup(quotes)
    furniture = furniture_ranges(doc)
    lines = paragraphs(text)
    first_line = text[lines[0][0]:lines[0][1]].strip() if lines else ""
    # A headline: a short first line that is not a sentence (some texts start with the lead instead).
    is_headline = len(lines) > 1 and len(first_line.split()) <= 25 and not first_line.endswith(".")
    headline_end = lines[0][1] if is_headline else 0
    title_case = headline_end > 0 and _title_case(text[lines[0][0]:lines[0][1]])
    mentions = [m for ent in _joined_entities(doc) if ent.label_ in ACTOR_LABELS
                for m in [_mention(doc, ent, lookup, furniture, headline_end)] if m is not None]
    _mark_defined_acronyms(doc, mentions)
    mentions = _possessed_institutions(doc, mentions, lookup, furniture)
    mentions = mentions + _known_institutions(doc, mentions, lookup, furniture)
    mentions = mentions + _aged_names(doc, lookup, furniture)
    mentions = mentions + _full_names_of_surnames(doc, mentions, lookup, furniture)
    mentions = mentions + _aged_surnames(doc, mentions, lookup, furniture)
    mentions = mentions + _untagged_speakers(doc, mentions, lookup, furniture)
    mentions = mentions + _described_names(doc, mentions, lookup, furniture)
    mentions = mentions + _employers_in_roles(doc, mentions, lookup, furniture, headline_end)
    mentions = sorted(mentions + _bare_names(doc, mentions, lookup, furniture, headline_end),
                      key=lambda m: m.start)
    parenthesised = frozenset(m.start for m in mentions if m.start > 0 and doc[m.start - 1].text == "(")
    clusters = _cluster(mentions, parenthesised)
    _merge_capitals(clusters)
    actors: list[Actor] = []
    pairs: list[tuple[Mention, Actor]] = []
    for cluster in clusters:
        if cluster.merged_into is not None:
            continue
        actor = _actor_of(cluster, title_case)
        if actor is None:
            continue
        actors.append(actor)
        pairs.extend((m, actor) for m in cluster.mentions)
    _employers_not_people(pairs)
    genders = _genders(doc, pairs)
    pronouns = _pronoun_antecedents(doc, pairs, genders, lookup)
    index = ActorIndex(doc, actors, pairs, quotes, genders)
    index.pronouns = pronouns
    _name_possessors(doc, pairs, index)
    _roles_from_descriptions(doc, index)
    return actors, index


def _mark_defined_acronyms(doc: Any, mentions: list[Mention]) -> None:
    """"Named Binary Tag (NBT)": the acronym defined for a thing is a thing too."""
    things = {m.end for m in mentions if m.work}
    for m in mentions:
        if m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in things:
            m.work = True


def _possessed_institutions(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                            furniture: list[tuple[int, int]]) -> list[Mention]:
    """ "Norway's defence ministry", "Chile's coast guard", "the country's central bank": a state body
    named through its country is an organisation, named as the text writes it (the country keeps its
    own mention). Mentions the model made of part of it ("defence ministry") give way."""
    found: list[Mention] = []
    for head in doc:
        if head.lower_ not in lexicon.STATE_BODIES or head.pos_ not in ("NOUN", "PROPN") \
                or lookup.inside(head.idx) or (head.dep_ == "pobj" and head.head.lower_ == "of"):
            continue  # "speaker of Russia's parliament": part of someone's title
        # "China's defence ministry spokesperson": the body named inside a title
        holder = head.head if head.dep_ == "compound" and head.head.i > head.i \
            and head.head.lower_ in lexicon.TITLE_WORDS else head
        owner = next((c for c in holder.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ not in ("compound", "amod", "poss", "det", "case")
                                for c in head.children if c.i < head.i and c.i > owner.i):
            continue
        if owner.pos_ == "PROPN":  # whatever the model's label ("Sri Lanka's" may come out a person)
            start = owner.left_edge.i
            while start < owner.i and doc[start].lower_ == "the":
                start += 1
            if not _country_key(doc[start:owner.i + 1].text):
                continue
        elif owner.lower_ in ("country", "nation") and any(c.lower_ == "the" for c in owner.children):
            start = owner.i
        else:
            continue
        if not any(doc[i].text in _POSSESSIVE for i in range(owner.i + 1, head.i)):
            continue
        found.append(Mention(start=start, end=head.i + 1, text=doc[start:head.i + 1].text, label="ORG",
                             root=head.i, quoted=False, furniture=in_ranges(doc[start].idx, furniture),
                             agentive=_agentive(head), impersonal=True))
    if not found:
        return mentions
    # The country's own mention stays; a partial mention of the body ("defence ministry") goes.
    covered = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not (covered & set(range(m.start, m.end))) or _country_key(m.text)]
    return kept + found


def _known_institutions(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                        furniture: list[tuple[int, int]]) -> list[Mention]:
    """Well-known institutions the small model leaves untagged ("OPEC+", "the Pentagon")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        if token.i in taken or not token.text[:1].isupper():
            continue
        for words in lexicon.INSTITUTIONS.get(token.lower_, ()):
            end = token.i + len(words)
            if end <= len(doc) and [t.lower_ for t in doc[token.i:end]] == list(words) \
                    and not any(i in taken for i in range(token.i, end)):
                root = doc[token.i:end].root
                found.append(Mention(start=token.i, end=end, text=doc[token.i:end].text, label="ORG",
                                     root=root.i, quoted=lookup.inside(token.idx),
                                     furniture=in_ranges(token.idx, furniture), agentive=_agentive(root)))
                taken.update(range(token.i, end))
                break
    return found


def _joined_entities(doc: Any) -> list[Any]:
    """Entities, with a name the model cut in two ("Liberal" + "Democrat") joined again."""
    from spacy.tokens import Span

    joined: list[Any] = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        prev = joined[-1] if joined else None
        if prev is not None and prev.end == ent.start and prev.label_ in ACTOR_LABELS \
                and doc[prev.end - 1].whitespace_ and ent[0].is_title and not ent[0].is_sent_start:
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        else:
            joined.append(ent)
    return joined


def _bare_names(doc: Any, mentions: list[Mention], lookup: QuoteLookup, furniture: list[tuple[int, int]],
                headline_end: int) -> list[Mention]:
    """Surnames and first names of people named in full that the model did not tag ("Grieve says")."""
    parts: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and _person_shaped(m.text):
            parts.update((words[0], words[-1]))
        elif m.label == "PERSON" and m.person_cues and _person_shaped(m.text):
            parts.add(m.text)  # "Luca, 12," named again as "Luca"
    if not parts:
        return []
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        lone = not token.ent_type_ or (token.ent_iob_ == "B" and (token.i + 1 == len(doc)
                                                                    or doc[token.i + 1].ent_iob_ != "I"))
        if token.text in parts and lone and token.i not in tagged and token.pos_ == "PROPN" \
                and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
                         and doc[token.i + 1].text not in parts):
            found.append(Mention(start=token.i, end=token.i + 1, text=token.text, label="PERSON",
                                 root=token.i, quoted=lookup.inside(token.idx),
                                 furniture=in_ranges(token.idx, furniture),
                                 agentive=_agentive(token), headline=token.idx < headline_end))
    return found


def _aged_names(doc: Any, lookup: QuoteLookup, furniture: list[tuple[int, int]]) -> list[Mention]:
    """People the model missed but wire copy marks by age: "Jane Roe, 34, was ..."."""
    found: list[Mention] = []
    for token in doc:
        i = token.i
        if not (token.like_num and i >= 2 and i + 1 < len(doc) and doc[i - 1].text == ","
                and doc[i + 1].text == ","):
            continue
        end = i - 1
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and _NAME_TOKEN.match(doc[start - 1].text) and not doc[start - 1].ent_type_:
            start -= 1
        # "Luca, 12, walks ...": a first name alone, when a lower-case word follows (not a score list)
        alone = end - start == 1 and i + 2 < len(doc) and doc[i + 2].is_lower \
            and _person_shaped(doc[start].text) and doc[start].lower_ not in lexicon.DEMONYMS
        if (end - start >= 2 or alone) and doc[start].lower_ not in lexicon.TITLE_WORDS:
            root = doc[start:end].root
            found.append(Mention(start=start, end=end, text=doc[start:end].text, label="PERSON", root=root.i,
                                 role=_role(doc, list(doc[start:end]), [], root),
                                 quoted=lookup.inside(doc[start].idx),
                                 furniture=in_ranges(doc[start].idx, furniture),
                                 agentive=_agentive(root), person_cues=1))
    return found


def _full_names_of_surnames(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                            furniture: list[tuple[int, int]]) -> list[Mention]:
    """ "Maria Olsen has lived ..." untagged, "Olsen said" tagged: the full name ending in a surname
    the model knows as a person's is that person."""
    surnames = {m.text for m in mentions
                if m.label == "PERSON" and " " not in m.text and _person_shaped(m.text)}
    if not surnames:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        if token.text not in surnames or token.i in taken or token.pos_ != "PROPN" \
                or token.ent_type_ not in _NON_ACTOR_LABELS:
            continue
        start = token.i
        while start > 0 and token.i - start < 2 and doc[start - 1].pos_ == "PROPN" \
                and _NAME_TOKEN.match(doc[start - 1].text) and start - 1 not in taken \
                and doc[start - 1].ent_type_ in _NON_ACTOR_LABELS and "\n" not in doc[start - 1].whitespace_ \
                and doc[start - 1].lower_ not in lexicon.TITLE_WORDS \
                and doc[start - 1].lower_ not in lexicon.HONORIFICS \
                and doc[start - 1].lower_ not in lexicon.DEMONYMS:
            start -= 1
        if start == token.i:
            continue
        found.append(Mention(start=start, end=token.i + 1, text=doc[start:token.i + 1].text, label="PERSON",
                             root=token.i, quoted=lookup.inside(doc[start].idx),
                             furniture=in_ranges(doc[start].idx, furniture), agentive=_agentive(token),
                             person_cues=_person_cues(doc, token, token.i + 1)))
        taken.update(range(start, token.i + 1))
    return found


def _aged_surnames(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                   furniture: list[tuple[int, int]]) -> list[Mention]:
    """A surname with an age ("Okoro, 24, scored ...") is that person's even when the model tagged the
    full name as an organisation or the surname as a common noun."""
    surnames: dict[str, int] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) >= 2 and _person_shaped(m.text) and m.label in ("PERSON", "ORG"):
            surnames.setdefault(words[-1], m.start)
    if not surnames:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        i = token.i
        if token.text not in surnames or surnames[token.text] >= i or i in taken or i + 3 >= len(doc) \
                or doc[i + 1].text != "," or not doc[i + 2].like_num or doc[i + 3].text != ",":
            continue
        found.append(Mention(start=i, end=i + 1, text=token.text, label="PERSON", root=i,
                             quoted=lookup.inside(token.idx), furniture=in_ranges(token.idx, furniture),
                             agentive=_agentive(token), person_cues=1))
    return found


_INSTITUTION_HEADS = frozenset({"ministry", "embassy", "consulate"})
#: Words that start a capitalised title ("State Senator") and that the model tags as a name.
_TITLE_MODIFIERS = frozenset({"state", "city", "county", "district", "federal", "national", "regional",
                              "provincial", "municipal", "parish", "town", "borough"})
_NON_ACTOR_LABELS = frozenset({"", "WORK_OF_ART", "EVENT"})


def _untagged_speakers(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                       furniture: list[tuple[int, int]]) -> list[Mention]:
    """Speakers the model left untagged: a capitalised name that said something and is described by a
    "which" clause or spoke "in a statement" ("Harbour Ferries, which runs the line, said in a
    statement"), and a national institution ("the Norwegian foreign ministry said")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.REPORTING_VERBS:
            continue
        for subject in verb.children:
            if subject.dep_ not in _SUBJECTS or subject.i in taken or lookup.inside(subject.idx):
                continue
            tokens = [t for t in subject.lefts if t.dep_ in ("compound", "amod", "det")] + [subject]
            while tokens and tokens[0].lower_ in ("the", "a", "an"):
                tokens.pop(0)
            if not tokens or any(t.i in taken for t in tokens) \
                    or tokens[-1].i - tokens[0].i + 1 != len(tokens):
                continue
            first, head = tokens[0], tokens[-1]
            national = (head.lower_ in _INSTITUTION_HEADS or head.lower_ in lexicon.STATE_BODIES) and (
                first.ent_type_ in ("NORP", "GPE") or first.lower_ in lexicon.DEMONYMS)
            stated = any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children)
                         for c in subject.children) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "statement" for o in c.children)
                for c in verb.children)
            named = all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in _NON_ACTOR_LABELS
                        for t in tokens)
            # "spokesperson Commodore Ana Ruiz told": a description or rank before the name is not in it.
            propn = len(tokens)
            while propn > 0 and tokens[propn - 1].pos_ == "PROPN" and tokens[propn - 1].text[:1].isupper() \
                    and tokens[propn - 1].ent_type_ in _NON_ACTOR_LABELS:
                propn -= 1
            while propn < len(tokens) - 2 and tokens[propn].lower_ in lexicon.TITLE_WORDS:
                propn += 1
            described = 0 < propn <= len(tokens) - 2 and not stated
            if described:
                first = tokens[propn]
            text = doc[first.i:head.i + 1].text
            # "Pavel Sirko, the union leader, said": a full name the model missed or called a title.
            person = (named or described) and not stated and 2 <= head.i - first.i + 1 <= 3 \
                and _person_shaped(text) \
                and not any(t.lower_ in lexicon.TITLE_WORDS for t in doc[first.i:head.i + 1])
            if not national and not (named and stated) and not person:
                continue
            role = _role(doc, list(doc[first.i:head.i + 1]), [], head) if person else None
            found.append(Mention(start=first.i, end=head.i + 1, text=text, root=head.i,
                                 label="PERSON" if person else "ORG", agentive=True, role=role,
                                 titled=person and _titled_before(doc, first.i),
                                 furniture=in_ranges(first.idx, furniture),
                                 impersonal=not person, person_cues=int(person)))
            taken.update(t.i for t in tokens)
    return found


def _described_names(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                     furniture: list[tuple[int, int]]) -> list[Mention]:
    """Full names the model missed that an office describes: "Velmora's president, Ana Ruiz," and
    "Ana Ruiz, the president,"."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in taken or token.dep_ == "compound" \
                or token.ent_type_ not in _NON_ACTOR_LABELS:
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
            start -= 1
        tokens = list(doc[start:token.i + 1])
        text = doc[start:token.i + 1].text
        if not 2 <= len(tokens) <= 3 or not _person_shaped(text) or any(
                t.i in taken or t.lower_ in lexicon.TITLE_WORDS or t.ent_type_ not in _NON_ACTOR_LABELS
                for t in tokens):
            continue
        head = token.head
        fronted = token.dep_ == "appos" and head.i < token.i and head.pos_ in ("NOUN", "PROPN") \
            and head.lower_ in lexicon.TITLE_WORDS
        after = any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN"
                    and c.lower_ in lexicon.TITLE_WORDS for c in token.children)
        if not fronted and not after:
            continue
        found.append(Mention(start=tokens[0].i, end=token.i + 1, text=text, label="PERSON", root=token.i,
                             role=_role(doc, tokens, [], token), quoted=lookup.inside(tokens[0].idx),
                             furniture=in_ranges(tokens[0].idx, furniture), agentive=_agentive(token),
                             person_cues=1))
        taken.update(t.i for t in tokens)
    return found


_POSSESSED_ROLE = re.compile(r"^([A-Z][\w-]+)['’]s [a-z]")


def _employers_in_roles(doc: Any, mentions: list[Mention], lookup: QuoteLookup,
                        furniture: list[tuple[int, int]], headline_end: int) -> list[Mention]:
    """ "Leon Marsh, Quillbank's head of partnerships": an employer the model did not tag is an
    organisation, and so is every other bare use of that name."""
    known = {m.text for m in mentions}
    names = set()
    for m in mentions:
        match = _POSSESSED_ROLE.match(m.role or "")
        if m.label == "PERSON" and match and match.group(1) not in known:
            names.add(match.group(1))
    if not names:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for token in doc:
        if token.text in names and token.i not in taken and token.pos_ == "PROPN" \
                and token.ent_type_ in _NON_ACTOR_LABELS:
            found.append(Mention(start=token.i, end=token.i + 1, text=token.text, label="ORG", root=token.i,
                                 quoted=lookup.inside(token.idx), furniture=in_ranges(token.idx, furniture),
                                 agentive=_agentive(token), impersonal=True,
                                 headline=token.idx < headline_end))
    return found


def _roles_from_descriptions(doc: Any, index: ActorIndex) -> None:
    """"the Russian president" just after "Vladimir Putin" gives him that role if he has none."""
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in lexicon.TITLE_WORDS or token.dep_ == "compound":
            continue
        left = list(token.lefts)
        if not left or left[0].lower_ != "the" or any(t.pos_ == "PROPN" and t.dep_ == "compound"
                                                       and t.i > token.i for t in token.children):
            continue
        modifiers = [t for t in left[1:] if t.lower_ in lexicon.DEMONYMS or t.dep_ == "poss"]
        if not modifiers or index.in_quote(token.idx):
            continue
        person = index.person_before(token.i)
        if person is None or person.role:
            continue
        seen = index.first_seen_before(person, token.i)
        if seen is not None and token.i - seen <= 60:
            person.role = doc[left[1].i:token.i + 1].text


def _name_possessors(doc: Any, pairs: list[tuple[Mention, Actor]], index: ActorIndex) -> None:
    """"her mother" -> "Mia Lund's mother": the pronoun is the last other person named before."""
    for mention, actor in pairs:
        if not mention.role or actor.role != mention.role:
            continue
        first, _, rest = mention.role.partition(" ")
        gender = {"his": "m", "her": "f", "their": None}.get(first.lower(), "")
        if gender == "" or not rest:
            continue
        at = min(mention.start, _role_start(doc, mention))
        owner = index.person_before(at, gender)
        if owner is not None and owner is not actor:
            actor.role = f"{owner.name}'s {rest}"


def _role_start(doc: Any, mention: Mention) -> int:
    root = doc[mention.root]
    return root.head.left_edge.i if root.dep_ == "appos" else mention.start


# --- mentions ---------------------------------------------------------------------------------

def _mention(doc: Any, ent: Any, lookup: QuoteLookup, furniture: list[tuple[int, int]],
             headline_end: int = 0) -> Mention | None:
    if _party_tag_at(doc, ent.start):
        return None  # "Sen. Dale Prentice, R-Utah,": a party and state tag, not a place in the story
    tokens, label = _extend(doc, ent)
    for k, token in enumerate(tokens[1:], start=1):
        if token.text in ("(", "["):
            tokens = tokens[:k]  # "Grand Coastal Barrage (GCB": a name stops at an opening bracket
            break
    for k, token in enumerate(tokens[1:-1], start=1):
        if token.text in _POSSESSIVE and tokens[k - 1].lower_ not in _COMMON_POSSESSORS:
            tokens = tokens[:k]  # "Acme's Sale": the possessor is the name ("People's Party" is one)
            break
    while tokens and (tokens[-1].text in _POSSESSIVE or tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return None
    honorific = None
    titles: list[Any] = []
    full = " ".join(t.text for t in tokens).lower()
    if full not in lexicon.COUNTRIES and full not in lexicon.REGIONS and label in ("PERSON", "ORG", "NORP"):
        while len(tokens) > 1:
            word = tokens[0].lower_
            if word in lexicon.HONORIFICS:
                honorific = tokens[0].text
                tokens.pop(0)
            elif word in lexicon.DEMONYMS and word not in lexicon.TITLE_WORDS and label == "ORG" \
                    and tokens[1].text[:1].isupper() and tokens[1].lower_ not in lexicon.TITLE_WORDS:
                break  # "European Centre for ...": the demonym is part of the organisation's name
            elif len(tokens) == 2 and label == "PERSON" and tokens[0].i > 0 \
                    and doc[tokens[0].i - 1].is_lower and doc[tokens[0].i - 1].lower_ in lexicon.TITLE_WORDS:
                break  # "club manager Dean Price": the title is stated already, so "Dean" is a first name
            elif (word in lexicon.TITLE_WORDS or word in lexicon.DEMONYMS) \
                    and tokens[-1].lower_ not in lexicon.ORG_WORDS:
                titles.append(tokens.pop(0))
            else:
                break
    if honorific is None and ent.start > 0 and doc[ent.start - 1].lower_ in lexicon.HONORIFICS:
        honorific = doc[ent.start - 1].text
    name = doc[tokens[0].i:tokens[-1].i + 1].text
    if not _plausible(name, label, tokens):
        return None
    after = tokens[-1].i + 1
    if len(tokens) == 1 and tokens[0].lower_ in _TITLE_MODIFIERS and after < len(doc) \
            and doc[after].is_title and doc[after].lower_ in lexicon.TITLE_WORDS:
        return None  # "State Senator Ann Roe", "County Commissioner ...": part of a title
    quote = lookup.at(tokens[0].idx)
    quoted = quote is not None
    name_end = tokens[-1].idx + len(tokens[-1])
    if quote is not None and quote.start >= tokens[0].idx - 1 and quote.end <= name_end + 1:
        return None  # a quoted title ("Harbour Quest") is a work, not an actor
    root = doc[tokens[0].i:tokens[-1].i + 1].root
    if label == "PRODUCT" and not _locative(root):
        return None  # products are not actors; the model's PRODUCT after "in" is a small place
    role = _role(doc, tokens, titles, root)
    if role and (quoted or tokens[0].idx < headline_end) \
            and not any(w.lower().strip(",.") in lexicon.TITLE_WORDS for w in role.split()):
        role = None  # "Credit to X" in a quote, "as X sink Y" in a headline: no office stated
    end = tokens[-1].i + 1
    hyphenated = end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_
    return Mention(
        start=tokens[0].i, end=end, text=name, label=label, root=root.i,
        role=role, honorific=honorific,
        titled=(bool(titles) and any(t.lower_ in lexicon.TITLE_WORDS for t in titles))
        or _titled_before(doc, tokens[0].i),
        quoted=quoted, furniture=in_ranges(tokens[0].idx, furniture),
        hyphenated=hyphenated,
        attributive=hyphenated or (root.dep_ == "compound" and root.head.i >= end and root.head.pos_ == "NOUN"
                                   and root.head.lower_ not in lexicon.GEO_NOUNS
                                   and not _speaks_for(root)
                                   and not (label == "ORG" and root.head.lower_ in lexicon.ORG_PARTS)),
        geographic=(root.dep_ == "compound" and root.head.lower_ in lexicon.GEO_NOUNS)
        or (end < len(doc) and doc[end].lower_ in ("governor", "gov.", "state", "legislature"))
        or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in lexicon.GEO_NOUNS),
        locative=_locative(root), placed=_placed(root),
        agentive=_agentive(root) or _speaks_for(root), person_cues=_person_cues(doc, root, end),
        addressed=_addressed(root),
        headline=tokens[0].idx < headline_end,
        work=_names_a_work(doc, root, tokens[0].i),
    )


#: Plural nouns that start a name with a possessive ("People's Liberation Army", "Workers' Party").
_COMMON_POSSESSORS = frozenset({"people", "workers", "children", "women", "citizens", "veterans",
                                "farmers", "men"})


def _addressed(root: Any) -> bool:
    """ "urged Madrid to ...", "talks between Santiago and Madrid": a name dealt with as a government."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in lexicon.ADDRESS_VERBS
    return root.dep_ == "pobj" and root.head.lower_ == "between"


def _speaks_for(root: Any) -> bool:
    """ "A State Department spokesperson said", "White House spokesperson Ann Roe": the body a
    spokesperson speaks for is an actor."""
    return root.dep_ == "compound" and root.head.lower_ in lexicon.SPOKES_NOUNS


def _extend(doc: Any, ent: Any) -> tuple[list[Any], str]:
    """The model's span, widened to a first name it left out ("Mia" of "Mia Lund") and to a
    lower-case organisation or place head it left out ("West Mercia police")."""
    start, end, label = ent.start, ent.end, ent.label_
    root = ent.root
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.head == root and prev.dep_ == "compound" and not prev.ent_type_ \
                and _NAME_TOKEN.match(prev.text) and prev.lower_ not in lexicon.TITLE_WORDS \
                and prev.lower_ not in lexicon.DEMONYMS and prev.lower_ not in lexicon.HONORIFICS:
            start -= 1
        else:
            break
    if end < len(doc) and root.dep_ == "compound" and root.head.i == end and not doc[end].ent_type_:
        word = doc[end].lower_
        if word in lexicon.FACILITY_WORDS and label != "GPE":  # "Zwickau plant" is still Zwickau
            end, label = end + 1, "FAC"
        elif word in lexicon.ORG_WORDS:
            end, label = end + 1, "ORG"
    if label == "ORG" and any(t.lower_ in ("for", "of") for t in ent[1:]) and end + 1 < len(doc) \
            and doc[end].lower_ == "and" and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        # "Institute for Policy and Economic Studies": the model stopped at "and".
        stop = end + 1
        while stop < len(doc) and stop - end <= 4 and doc[stop].is_title \
                and doc[stop].pos_ in ("PROPN", "NOUN") and doc[stop].ent_type_ in ("", "ORG"):
            stop += 1
        end = stop
    return list(doc[start:end]), label


def _person_cues(doc: Any, root: Any, end: int) -> int:
    """Signs in the sentence that a name is a person's: an age ("X, 21,"), a reporting verb."""
    cues = 0
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        cues += 1
    if root.dep_ in _SUBJECTS and root.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        cues += 1
    return cues


def _names_a_work(doc: Any, root: Any, start: int) -> bool:
    """True where the text calls the name a game, film, app ... ("the online game Harbour Quest")."""
    for child in root.children:
        if child.i < start and child.dep_ in ("compound", "nmod", "appos") and \
                child.lower_ in lexicon.WORK_NOUNS:
            return True
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and head.lower_ in lexicon.WORK_NOUNS:
        return True
    return _known_as_a_thing(root)


def _known_as_a_thing(root: Any) -> bool:
    """"dinitrophenol, known as DNP", "a format known as Named Binary Tag": names of things."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lower_ not in ("known", "called", "dubbed"):
        return False
    described = prep.head.head
    if described.pos_ not in ("NOUN", "PROPN") or described.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    word = described.lower_
    return not (word in lexicon.ORG_WORDS or word in lexicon.TITLE_WORDS or word in lexicon.GEO_NOUNS
                or word in lexicon.AGENT_NOUNS)


_INSTITUTION_NAMES = frozenset(" ".join(words).replace(" '", "'").replace(" +", "+")
                               for phrases in lexicon.INSTITUTIONS.values() for words in phrases)

#: Lower-case words that may stand inside a name ("Bosnia and Herzegovina", "Leonardo da Vinci").
_NAME_JOINERS = frozenset({"and", "of", "the", "de", "da", "di", "del", "der", "van", "von", "la", "le",
                           "al", "bin", "ibn", "y", "du", "on", "upon", "&"})


def _plausible(name: str, label: str, tokens: list[Any]) -> bool:
    """False for the model's junk: dates, numbers, demonyms, lower-case fragments, stray words."""
    lowered = name.lower()
    if len(name) < 2 or not any(c.isalpha() for c in name) or not name[0].isupper():
        return False
    if sum(c.isdigit() for c in name) > 0 and label != "ORG":
        return False
    if lowered in lexicon.NON_ACTORS:
        return False
    if label != "ORG" and any(t.is_lower and t.is_alpha and t.lower_ not in _NAME_JOINERS
                              and t.doc[t.i - 1].text not in ("-", "–")  # "Hsu Mei-ling"
                              for t in tokens[1:]) and tokens[-1].lower_ not in lexicon.FACILITY_WORDS:
        return False  # "Port strike" (a headline), "Nile dam": a common noun is no place or person name
    if any(t.lower_ in _MONTHS for t in tokens) and label not in ("ORG", "FAC"):
        return False
    words = lowered.split()
    if all(w in lexicon.DEMONYMS or w.rstrip("s") in lexicon.DEMONYMS for w in words):
        return False
    if lowered in lexicon.TITLE_WORDS or lowered in lexicon.HONORIFICS:
        return False
    if any(c in name for c in "“”\"«»"):
        return False
    if label == "NORP":
        return lowered in lexicon.GROUPS or (tokens[-1].tag_ in ("NNPS", "NNS") and len(words) <= 3)
    if label == "LAW":
        return words[-1] in ("pact", "alliance", "coalition")
    return words[-1] not in lexicon.LAW_WORDS


def _locative(root: Any) -> bool:
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in lexicon.LOCATIVE_PREPOSITIONS:
        return True
    return root.dep_ == "dobj" and head.lemma_.lower() in ("visit", "reach", "enter", "tour", "evacuate")


def _placed(root: Any) -> bool:
    """ "In Carvale, where ...", "a depot in Carvale", "X, where ...": the name is where something is."""
    if any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in root.children):
        return True
    head = root.head
    if root.dep_ != "pobj" or head.lower_ not in ("in", "near", "outside"):
        return False
    return head.head.pos_ in ("NOUN", "PROPN") or bool(head.is_sent_start)


def _titled_before(doc: Any, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in lexicon.TITLE_WORDS and doc[start - 1].pos_ != "VERB"


def _agentive(root: Any) -> bool:
    token = root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in _AGENT_DEPS


# --- merging mentions into referents ----------------------------------------------------------


# --- one actor per referent -------------------------------------------------------------------

def _title_case(line: str) -> bool:
    """A Headline Written In Title Case, where capitals do not mark names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _actor_of(cluster: Cluster, title_case_headline: bool = False) -> Actor | None:
    real = [m for m in cluster.mentions if not m.furniture]
    country = any(_country_key(n) for n in cluster.names()) and not all(m.hyphenated for m in real)
    if not real or (all(m.attributive for m in real) and not country) \
            or any(m.work for m in cluster.mentions):
        return None  # a country stays an actor even when only a modifier ("U.S. stocks")
    if all(m.headline for m in real) and title_case_headline \
            and not any(_country_key(n) for n in cluster.names()):
        return None  # "Student Dies After Diet Pills ...": capitals there do not mark names
    if all(m.headline for m in real) and len(cluster.longest().split()) == 1 \
            and not any(_country_key(n) for n in cluster.names()) \
            and not any(m.honorific or m.titled for m in real):
        return None  # a capitalised common word of a headline ("Farmer says ..."), never used again
    kind = _type_of(cluster)
    forms = []
    for m in cluster.mentions:
        for form in (m.text, f"{m.honorific} {m.text}" if m.honorific else None):
            if form and form not in forms:
                forms.append(form)
    names = [m.text for m in cluster.mentions]
    if kind == "country":
        names = [n for n in names if _country_key(n)] or names
    if kind == "person":
        name = max(names, key=lambda n: (len(n.split()), len(n)))
    else:
        name = max(names, key=lambda n: (len(n.split()), len(n), names.count(n)))
    role = next((m.role for m in cluster.mentions if m.role), None)
    aliases = [f for f in forms if f != name]
    return Actor(name=name, type=kind, aliases=aliases, role=role, mentions=len(real))


def _type_of(cluster: Cluster) -> str:
    name = cluster.longest()
    lowered = _key(name)
    words = lowered.split()
    if any(_country_key(n) for n in cluster.names()):
        if any(m.geographic for m in cluster.mentions) and not any(
                _country_key(n) for n in cluster.names() if _key(n) not in lexicon.AMBIGUOUS_COUNTRIES):
            return "location"  # "the state of Georgia": a US state, not the country
        return "country"  # a country, possibly with its capital as an alias
    if lowered in lexicon.GROUPS:
        return "group"
    if lowered in lexicon.REGIONS:
        return "location"
    if any(m.geographic for m in cluster.mentions):
        return "location"
    if len(words) >= 2 and words[-1] in lexicon.ORG_WORDS and words[-1] not in lexicon.FACILITY_WORDS:
        return "organization"  # "Somerset Council" even when "Somerset" alone is mostly the county
    real = [m for m in cluster.mentions if not m.furniture] or cluster.mentions
    if len(words) == 1 and all(m.placed for m in real) and not any(m.honorific or m.titled for m in real) \
            and lowered not in lexicon.ORG_WORDS:
        return "location"  # "a scrap yard in Dayton", "In Montpellier, where ...": only ever a place
    personal_evidence = any(m.honorific or m.titled or m.person_cues or m.role for m in cluster.mentions)
    if any(m.locative for m in cluster.mentions) and not personal_evidence \
            and cluster.labels().most_common(1)[0][0] in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT"):
        return "location"  # "visited Great Yarmouth", "in Hemsby": places the model took for names
    if any(m.role and m.role.split()[0].lower() in lexicon.ORG_DESCRIPTORS for m in cluster.mentions) \
            and not any(m.honorific or m.titled for m in cluster.mentions):
        return "organization"  # "Voltis Servis, a company that ..."
    if cluster.is_personal() and _person_shaped(name):
        return "person"
    if any(m.titled for m in cluster.mentions) and cluster.labels().most_common(1)[0][0] in ("GPE", "LOC"):
        return "organization"  # "developer Brightforge": places have no job titles
    if lowered in lexicon.CAPITALS:
        return "location"
    if lowered == "white house":  # the building, or the administration when it acts or speaks
        return "organization" if any(m.agentive for m in cluster.mentions) else "location"
    if lowered in _INSTITUTION_NAMES:
        return "organization"  # "the Pentagon", "the Kremlin": the model often calls them places
    if words and words[-1] in lexicon.FACILITY_WORDS and words[-1] != "house":
        return "location"
    if words and (words[-1] in lexicon.ORG_WORDS or words[0] in lexicon.ORG_WORDS):
        return "organization"
    labels = cluster.labels()
    label = labels.most_common(1)[0][0]
    if labels["PERSON"] and _person_shaped(name) and len(words) >= 2:
        return "person"
    return {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
            "FAC": "location", "NORP": "group", "LAW": "organization"}.get(label, "organization")


def _employers_not_people(pairs: list[tuple[Mention, Actor]]) -> None:
    """A one-word "person" that only ever appears as someone's employer ("Kestrel captain Jo Reyes",
    "Kestrel's head coach") is a club, firm or council the model took for a name."""
    employers: set[str] = set()
    for mention, _ in pairs:
        if mention.role:
            employers.update(_key(w) for w in mention.role.split() if w[:1].isupper())
    personal: set[int] = set()
    for mention, actor in pairs:
        if mention.honorific or mention.titled or mention.person_cues or mention.role:
            personal.add(id(actor))
    for _, actor in pairs:
        if actor.type == "person" and len(actor.name.split()) == 1 and id(actor) not in personal \
                and _key(actor.name) in employers:
            actor.type = "organization"


def _genders(doc: Any, pairs: list[tuple[Mention, Actor]]) -> dict[str, str]:
    """Gender from honorifics, else from the he/she that first follows a lone person mention."""
    genders: dict[str, str] = {}
    for mention, actor in pairs:
        role_words = _key(mention.role or "").split()
        gendered = {lexicon.GENDERED_NOUNS[w] for w in role_words[-1:] if w in lexicon.GENDERED_NOUNS}
        if len(gendered) == 1:
            genders.setdefault(actor.name, gendered.pop())  # "her husband, Donald"
    for mention, actor in pairs:
        if mention.honorific:
            gender = lexicon.HONORIFICS.get(mention.honorific.lower())
            if gender:
                genders.setdefault(actor.name, gender)
    return genders


def _pronoun_antecedents(doc: Any, pairs: list[tuple[Mention, Actor]], genders: dict[str, str],
                         lookup: QuoteLookup) -> dict[int, Actor]:
    """Each subject "he"/"she" outside quotes, in text order, to the person it stands for; every
    resolution fixes that person's gender, so a later "he" skips a woman already called "she".

    The last person of the pronoun's gender (or of unknown gender) wins, except one named only in a
    side clause ("Sen. Ana Roe, who wrote it with Sen. Tom Ray, said she ..."): the main subject
    of that sentence is meant."""
    people = sorted(((m.start, m, a) for m, a in pairs if a.type == "person" and not m.quoted
                     and not m.furniture), key=lambda p: p[0])
    if not people:
        return {}
    starts = [start for start, _, _ in people]
    sentence_starts = [sent.start for sent in doc.sents]
    found: dict[int, Actor] = {}
    for token in doc:
        word = token.lower_
        if word in _OBJECT_PRONOUNS and not lookup.inside(token.idx):
            _gender_from_only_person(token, people, starts, sentence_starts, genders)
            continue
        # Only subject pronouns resolve: "with her" or "his" may well be about someone else.
        if word not in ("he", "she") or token.dep_ not in _SUBJECTS or lookup.inside(token.idx):
            continue
        gender = "m" if word == "he" else "f"
        latest: tuple[int, Actor] | None = None
        chosen: Actor | None = None
        for k in range(bisect_left(starts, token.i) - 1, -1, -1):
            start, mention, actor = people[k]
            if genders.get(actor.name, gender) != gender:
                continue
            if latest is not None and bisect_right(sentence_starts, start) \
                    != bisect_right(sentence_starts, latest[0]):
                break  # the main subject must share the side clause's sentence
            latest = latest or (start, actor)
            if not _backgrounded(doc[mention.root]):
                chosen = actor
                break
        chosen = chosen or (latest[1] if latest else None)
        if chosen is not None:
            found[token.i] = chosen
            genders.setdefault(chosen.name, gender)
    return found


_OBJECT_PRONOUNS = {"his": "m", "him": "m", "himself": "m", "her": "f", "herself": "f"}


def _gender_from_only_person(token: Any, people: list[tuple[int, Mention, Actor]], starts: list[int],
                             sentence_starts: list[int], genders: dict[str, str]) -> None:
    """ "Carla Whitfield thanked her staff": with one person named so far in the sentence, "her" or
    "his" tells that person's gender."""
    sentence = bisect_right(sentence_starts, token.i) - 1
    first = sentence_starts[sentence] if sentence >= 0 else 0
    named = people[bisect_left(starts, first):bisect_left(starts, token.i)]
    before = {id(actor): actor for _, _, actor in named}
    if len(before) == 1:
        genders.setdefault(next(iter(before.values())).name, _OBJECT_PRONOUNS[token.lower_])


def _backgrounded(token: Any) -> bool:
    """A name inside a relative or participle clause, or a noun's prepositional phrase ("who wrote it
    with Tom Ray", "the aide to Tom Ray"): not who a following pronoun picks up."""
    if token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False
