""":class:`Referents`, the one object the facts layer asks who a name, pronoun or description stands
for.
"""


from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from reportgen.brief import Actor
from reportgen.brief.model import BODY_TYPES
from reportgen.extract import lexicon
from reportgen.extract.grammar import POSSESSIVE_MARKS, SUBJECTS
from reportgen.extract.layout import Layout, QuoteSpan, children_of, layout_of
from reportgen.extract.mentions import Mention
from reportgen.extract.names import (
    canonical_key,
    country_key,
    name_key,
    state_named,
    state_within,
)
from reportgen.extract.referents.cluster import holds_office, name_head, party_tag, role_words, title_fits
from reportgen.extract.referents.pronouns import Candidate, most_salient
from reportgen.extract.roles import party_tag_after
from reportgen.extract.rules import fire, rule


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
                 layout: Layout, genders: dict[str, str], people: list[Candidate],
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
        for mention, actor in self._mentions:
            if not mention.start <= mention.root < mention.end:  # ("Ana Ruiz SC": the parse hangs the name
                self._token_actor.setdefault(mention.root, actor)  # on the letters after it)
                self._token_mention.setdefault(mention.root, mention)
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
                      and any(key in _key_words(f) for f in [a.name, *a.aliases])]
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
            layout = layout_of(self.doc)
            self._unnamed = [t for t in layout.tokens_among(layout.by_lower, _UNNAMED_HEADS)
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

    def bodies_acting_before(self, token_i: int) -> list[Actor]:
        """The bodies (and countries) that acted before the token, in text order."""
        return [actor for _, actor in self._acting[:bisect_left(self._acting_starts, token_i)]]

    def described_person(self, words: list[str], token_i: int) -> Actor | None:
        """Who "the prime minister" or "the Florida senator" means when nobody's stated role says so:
        the most salient person before it whose stated title does not contradict it ("President
        Bush" is not "the prime minister")."""
        before = self._candidates[:bisect_left(self._candidate_starts, token_i)]
        fitting = [c for c in before if title_fits(c.actor, words)]
        sentence = bisect_right(self._sentence_starts, token_i) - 1
        gender = next((lexicon.GENDERED_NOUNS[w] for w in words if w in lexicon.GENDERED_NOUNS), None)
        found = most_salient(fitting, sentence, self.genders, gender)
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

    def titled_person(self, word: str, token_i: int, lesser: bool = False,
                      state: str | None = None) -> Actor | None:
        """The last person before ``token_i`` whose stated role has ``word`` in it ("spokeswoman"), or
        another word for the same office ("the representative", "HOST"); never for a body's word that
        names a body before ("the bank" after the Reserve Bank and its Governor), nor a deputy's role for
        the office itself ("the Governor" is not the "Senior Deputy Governor") unless the description is
        ``lesser`` too. A ``state`` the description names ("the Florida senator") rules out a holder
        whose party tag gives another ("Sen. Ana Ruiz, R-Iowa")."""
        word, wanted = _office(word)
        if word in lexicon.ORG_WORDS and word not in lexicon.PERSON_HEADS \
                and self._body_called(word, token_i):
            return None  # ("Ministry spokesman Tom Reyes" ... "the ministry said", no ministry named: his)
        held: dict[tuple[str, ...], bool] = {}  # (an actor's role is asked at each of their mentions)
        k = bisect_left(self._people_starts, token_i) - 1
        while k >= 0:
            actor = self._people[k][1]
            k -= 1
            if not actor.role:
                continue
            role = role_words(actor)
            holds = held.get(role)
            if holds is None:
                holds = held[role] = holds_office(role, word, wanted)
            if not holds:
                continue
            if (lesser or not _deputy(role, wanted)) \
                    and (state is None or _tagged_state(role) in (None, state)):
                return actor
            if state is not None:
                fire(self.doc, STATE_TAG, self.doc[token_i].idx, self.doc[token_i].idx + 1, actor.name)
        return None

    def titled_person_later(self, word: str, token_i: int) -> Actor | None:
        """``OFFICE_NAMED_LATER``: with nobody holding the office before ``token_i``, the one person named
        after it whose role is that office ("A federal judge on Wednesday sentenced ..." before "U.S.
        District Judge Harriet Okonkwo"); two such holders, or a deputy's role, give none."""
        word, wanted = _office(word)
        if word in lexicon.ORG_WORDS and word not in lexicon.PERSON_HEADS:
            return None
        after = self._people[bisect_left(self._people_starts, token_i):]
        holders = {actor.name: actor for _, actor in after
                   if actor.role and holds_office(role_words(actor), word, wanted)
                   and not _deputy(role_words(actor), wanted)}
        if len(holders) != 1:
            return None
        actor = next(iter(holders.values()))
        token = self.doc[token_i]
        fire(self.doc, OFFICE_NAMED_LATER, token.idx, token.idx + len(token), actor.name)
        return actor

    def party_member(self, party: str, state: str | None, token_i: int) -> Actor | None:
        """The last person before ``token_i`` whose party tag gives ``party`` (and ``state``, when the
        description names one): "the Oregon Democrat" is "Sen. Lena Aragón (D-Ore.)"."""
        tagged: dict[str, Actor] = {}
        stated: dict[str, Actor] = {}  # ("Sen. Rob Keller of Ohio", "Texas Gov. Greg Abbott")
        for start, actor in self._people[:bisect_left(self._people_starts, token_i)]:
            after = party_tag_after(self.doc, self._token_mention[start].end)
            tag = party_tag(role_words(actor)) or (party_tag((after.lower(),)) if after else None)
            if tag is not None and tag[0] == party and state in (None, tag[1]):
                tagged[actor.name] = actor
            elif tag is None and state is not None and _tagged_state(role_words(actor)) == state:
                stated[actor.name] = actor
        found = tagged or stated
        if len(found) != 1:
            return None  # (two Texas Democrats: no guess)
        actor = next(iter(found.values()))
        fire(self.doc, PARTY_TAG, self.doc[token_i].idx, self.doc[token_i].idx + 1, actor.name)
        return actor

    def _body_called(self, word: str, token_i: int) -> bool:
        """A body named before ``token_i`` has ``word`` in its name ("the bank": the Reserve Bank)."""
        k = bisect_left(self._org_starts, token_i) - 1
        return any(word in name_key(self._orgs[j][1].name).split() for j in range(k, -1, -1))

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
        state = state_named(words[:-1])
        places = [w for w in words[:-1] if w not in ("the", "a", "an", "former")]
        if head in lexicon.PARTY_MEMBERS and (state is not None or not places):  # (never "the Chicago
            # Democrat" by party alone)
            member = self.party_member(lexicon.PARTY_MEMBERS[head], state, token_i)
            if member is not None or state is not None or words == [head]:
                return member  # "the Oregon Democrat said": Sen. Lena Aragón (D-Ore.); nobody the text
                # ties to the state is the most salient Republican ("the Wisconsin Republican")
        titled = self.titled_person(head, token_i, lesser=any(w in lexicon.DEPUTY_WORDS for w in words),
                                    state=state)
        if titled is not None:
            return titled
        if head in lexicon.SOURCE_NOUNS:
            return None  # "the source said": someone the article will not name
        k = bisect_left(self._org_starts, token_i) - 1
        employer = None  # a body named only as someone's workplace ("an economist at Bank Nusantara Raya")
        while k >= 0:  # "the coast guard" after "Spain's coast guard"
            start, actor = self._orgs[k]
            if head in name_key(actor.name).split():
                if not _workplace(self.doc[self._token_mention[start].root]):
                    if employer is not None and employer is not actor:
                        fire(self.doc, WORKPLACE_NOT_MEANT, self.doc[token_i].idx,
                             self.doc[token_i].idx + len(self.doc[token_i]), actor.name)
                    return actor
                employer = employer or actor
            k -= 1
        if employer is not None:
            return employer
        if head in lexicon.MEDIUM_NOUNS:
            medium = self.medium_before(token_i)
            if medium is not None:
                return medium  # "the conservative-leaning newspaper wrote" after "The Wall Street Journal"
        if head in lexicon.TITLE_WORDS or head in lexicon.PERSON_NOUNS or head in lexicon.ANONYMOUS_NOUNS \
                or head in lexicon.AFFILIATION_WORDS or head in lexicon.DEMONYM_NOUNS:
            return self.described_person(words, token_i)  # "the Florida senator", "the diplomat"
        if head in lexicon.COMPANY_NOUNS:  # the body that just acted ("The Red Cross said ... the group
            # said"), else the one the text is about
            # (never a body whose name says it is no firm: "the company said" after "... UN agencies and
            # the Global Fund to buy it" is the firm the story is about)
            acting = self.org_before(token_i, within=40, types=("organization",), acting=True)
            if acting is not None and head in lexicon.FIRM_NOUNS and not _may_be_a_firm(acting):
                firm = self.main_organisation_before(token_i, firms=True)
                if firm is not None:  # (with no firm named, the body that acted is still meant)
                    fire(self.doc, FIRM_NOT_BODY, self.doc[token_i].idx, self.doc[token_i].idx + len(head),
                         acting.name)
                    return firm
            return acting or self.main_organisation_before(token_i, firms=head in lexicon.FIRM_NOUNS) \
                or self.main_organisation_before(token_i)
        if head == "government":
            return self.org_before(token_i)
        if head in lexicon.PERSON_OFFICES:
            return None  # "the office said": someone's office, not the last body named
        if head in lexicon.ORG_WORDS or head in lexicon.BODY_NOMINALS:  # "the agency said", "the regulator
            # said": a body, never the country or town before it
            body = self.org_before(token_i, types=("organization",))
            if body is not None and head in lexicon.BODY_NOMINALS and not _public_body(body) \
                    and self.org_before(token_i, within=_BESIDE, types=("organization",)) is not body:
                body = None  # "the regulator" after "Shares of Harbour Ferries Limited fell": not the firm
                # (one named right before it is described: "CMAL Limited (CMAL), the public body that ...")
            if body is not None:
                token = self.doc[token_i]
                fire(self.doc, BODY_NOMINAL, token.idx, token.idx + len(token), body.name)
            return body
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

    def main_organisation_before(self, token_i: int, firms: bool = False) -> Actor | None:
        """"the company said": the organisation the text is about (most mentioned so far, then latest);
        ``firms``: only one whose name may be a firm's."""
        k = bisect_left(self._org_starts, token_i)
        seen = [a for _, a in self._orgs[:k] if a.type == "organization" and (not firms or _may_be_a_firm(a))]
        if not seen:
            return None
        counts = Counter(a.name for a in seen)
        last = {a.name: n for n, a in enumerate(seen)}
        return max(seen, key=lambda a: (counts[a.name], last[a.name]))


#: Tokens within which a body named before a description is the one it describes ("X, the public body").
_BESIDE = 8


def _public_body(actor: Actor) -> bool:
    """A body its name heads with a body's word that is no firm's ("Federal Institute for Drugs ...",
    "Harbour Integrity Commission"; never "Harbour Ferries Limited" or "Acme Group")."""
    head = name_head(name_key(actor.name))
    return head in lexicon.ORG_WORDS and head not in lexicon.LEGAL_FORMS and head not in lexicon.COMPANY_NOUNS


def _may_be_a_firm(actor: Actor) -> bool:
    """No word that names another kind of body ends the name ("Global Fund", "Health Ministry", "Dock
    Workers' Union"; organisations.yaml non_firm_heads): "Corvid Network" and "Harlow Trust" may be firms."""
    last = name_key(actor.name).split()[-1:]
    return not last or last[0] not in lexicon.NON_FIRM_HEADS


BODY_NOMINAL = rule(
    "referents.body-nominal", "“The agency”, “the regulator” or “the watchdog” as a source is the "
    "organisation that acted last, never the country or town named before it; a regulator, watchdog or "
    "charity is never a firm.",
    examples=[("Pens recalled\n\nThe Federal Drug Institute (FDI), which oversees drug safety, said it had "
               "received 41 reports.\n\n“Patients must not stop their therapy,” the regulator said in a "
               "statement.", {"quote": "Patients must not stop", "speaker": "Federal Drug Institute"})],
    counter=[("Pens recalled\n\nGermany recalled the pens.\n\n“Patients must not stop their therapy,” the "
              "regulator said.", {"quote": "Patients must not stop", "speaker": None}),
             ("Ferries\n\nShares of Harbour Ferries Limited fell on Monday.\n\n“We will look at this,” the "
              "regulator said.", {"quote": "We will look at this", "speaker": None})])


FIRM_NOT_BODY = rule(
    "referents.firm-not-body", "“The company” or “the firm” is never a body whose name says it is another "
    "kind (“the Global Fund”, “the Health Ministry”), though it acted last: the firm the story is about.",
    examples=[("Drug trial\n\nCalder Therapeutics, a biotech based in Cambridge, said it would seek approval "
               "this year, which would allow UN agencies and the Global Fund to buy the drug. “We did not "
               "develop this drug to sell it at prices poor countries cannot pay,” the company said.",
               {"quote": "We did not develop", "speaker": "Calder Therapeutics"})],
    counter=[("Port strike\n\nThe Dock Workers' Union said its members would walk out on Friday, and the "
              "Harbour Fund said it would cover lost pay. “We will not back down,” the group said.",
              {"quote": "We will not back down"}),
             ("Results\n\nHarlow Trust, a regional bank, posted a profit on Monday. “Lending grew,” the bank "
              "said.", {"quote": "Lending grew", "speaker": "Harlow Trust"}),
             ("Subscribers\n\nCorvid Network lost 300,000 subscribers in the quarter. “We are cutting "
              "prices,” the company said.", {"quote": "We are cutting", "speaker": "Corvid Network"})])


#: Nouns that stand for a person ("a nurse", "an official", "a woman"), not a thing ("a maximum").
_PERSON_NOUNS = lexicon.PEOPLE_WORDS | lexicon.COMMENTATOR_WORDS | frozenset(lexicon.GENDERED_NOUNS)
#: The words that head an unnamed person (:func:`_unnamed_subject`): a person noun, or "one" of them.
_UNNAMED_HEADS = _PERSON_NOUNS | {"one"}


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
                                  for c in children_of(token))):
        return False
    if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.ent_type_ in ("", "PERSON"):
        return False  # "Mira Castell, a nurse who ...": a description of someone named
    if token.dep_ in SUBJECTS and token.head.lemma_.lower() in lexicon.REPORTING_VERBS:
        return True
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in children_of(c))
               for c in children_of(token))


def _passive_agent(token: Any) -> bool:
    """ "The march was organised by the Bread Alliance": the body acted, so a later "its" is its."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


WORKPLACE_NOT_MEANT = rule(
    "referents.workplace-not-meant", "“The bank” is the bank the story names as acting, not one named since "
    "only as a commentator's workplace (“an economist at Bank Nusantara Raya”).",
    examples=[("Rates\n\nBank Indonesia raised its rate to 6.25% on Thursday. Dewi Anggraini, an economist "
               "at Bank Nusantara Raya, said the hike would weigh on lending. The bank said risks were "
               "“tilted to the downside”.",
               {"quote": "tilted to the downside", "speaker": "Bank Indonesia"})],
    counter=[("Rates\n\nBank Indonesia raised its rate on Thursday. Bank Nusantara Raya cut its lending "
              "target. The bank said risks were “tilted to the downside”.",
              {"quote": "tilted to the downside", "speaker": "Bank Nusantara Raya"}),
             ("Rates\n\nThe Reserve Bank of Australia left its rate unchanged. Jane Roe, a spokeswoman for "
              "Commonwealth Bank, said rates were fair. The bank said it expected “demand for mortgages to "
              "recover”.", {"quote": "demand for mortgages", "speaker": "Commonwealth Bank"})])


def _workplace(root: Any) -> bool:
    """A body named as where a described person works: "an economist at X", "a lawyer with X"; never
    one a spokesman speaks for ("a spokeswoman for X", "an official at X")."""
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("at", "with") else None
    noun = holder.lemma_.lower() if holder is not None and holder.pos_ == "NOUN" else ""
    return noun not in lexicon.SPOKES_NOUNS and (noun in lexicon.TITLE_WORDS or noun in lexicon.PERSON_NOUNS)


DESCRIBED_PERSON = rule(
    "referents.described-person", "A description with a title (“the prime minister”, “the Florida "
    "senator”) is the most salient person whose stated title does not contradict it.",
    examples=[("Tony Vale is urging leaders to stop ignoring the crisis over the port strike.\n\n“The "
               "harbour must reopen,” the prime minister said in a radio interview.",
               {"quote": "The harbour must reopen", "speaker": "Tony Vale"})])


def _office(word: str) -> tuple[str, set[str]]:
    """The office a description's word names (abbreviations spelled out: "sen." is "senator") and the
    words of its class that name it too ("the diplomat": an envoy)."""
    word = lexicon.TITLE_EXPANSIONS.get(word, word)
    return word, {word} | lexicon.OFFICE_CLASSES.get(word, frozenset())


OFFICE_NAMED_LATER = rule(
    "referents.office-named-later", "An office that speaks in the news lead before anyone holding it is "
    "named (“A federal judge on Wednesday sentenced the treasurer, calling the scheme ...”, “the judge "
    "said”) is the one person the story names later with that office; with two such holders, or further "
    "down the story, it stays unnamed.",
    examples=[("Treasurer jailed\n\nA federal judge on Wednesday sentenced former treasurer Dennis Vail to "
               "eight years in prison, calling the scheme \"a betrayal that touched every taxpayer.\"\n\n"
               "U.S. District Judge Harriet Okonkwo said Vail had abused the trust of voters.",
               {"quote": "a betrayal that touched", "speaker": "Harriet Okonkwo"})],
    counter=[("Budget\n\nA senior minister, speaking on condition of anonymity, said the budget would bring "
              "\"painful choices for every family in the country.\"\n\nFinance Minister Rosa Delgado will "
              "present it on Monday.",
              {"quote": "painful choices", "speaker": None}),
             ("Farm bill\n\nA senator told reporters the deal was \"a disaster for farmers across the "
              "state.\"\n\nSen. Joan Pike, who chairs the farm committee, said she would hold hearings.",
              {"quote": "a disaster for farmers", "speaker": None}),
             ("Treasurer jailed\n\nA federal judge on Wednesday sentenced former treasurer Dennis Vail, "
              "calling the scheme \"a betrayal that touched every taxpayer.\"\n\nU.S. District Judge Harriet "
              "Okonkwo and U.S. District Judge Tom Reyes heard the case.",
              {"quote": "a betrayal that touched", "speaker": None})])


STATE_TAG = rule(
    "referents.state-tag", "A description naming a US state (“the Florida senator”) never means a holder "
    "of that office whose party tag gives another state (“Sen. Joni Ernst, R-Iowa”; places.yaml "
    "us_state_tags).", effect="-",
    examples=[("Sen. Marco Ruiz, R-Fla., spoke first. He later appeared with Sen. Joan Ernst, R-Iowa.\n\n"
               "The Florida senator told reporters “we will see what it translates to next week.”",
               {"quote": "we will see what it translates", "speaker": "Marco Ruiz"})],
    counter=[("Sen. Marco Ruiz, R-Fla., spoke first. He later appeared with Sen. Joan Ernst, R-Iowa.\n\n"
              "The Iowa senator told reporters “we will see what it translates to next week.”",
              {"quote": "we will see what it translates", "speaker": "Joan Ernst"})])


PARTY_TAG = rule(
    "referents.party-tag", "“The Oregon Democrat”, “the Montana Republican”: the last person whose party "
    "tag gives that party and state (“Sen. Lena Aragón (D-Ore.)”, “Sen. Wes Calloway, R-Mont.”).",
    examples=[("Hearing\n\nSen. Lena Aragón (D-Ore.) pressed the secretary. Sen. Wes Calloway, R-Mont., "
               "backed the plan.\n\n“Your own people are short,” the Oregon Democrat said. “We spend more "
               "every year,” the Montana Republican said.",
               {"quote": "We spend more every year", "speaker": "Wes Calloway"})],
    counter=[("Hearing\n\nSen. Lena Aragón (D-Ore.) pressed the secretary.\n\n“We spend more every year,” "
              "the Montana Republican said.", {"quote": "We spend more every year", "speaker": None}),
             ("Rally\n\nSen. Ruth Delgado, D-Texas, and Rep. Carlos Vela, D-Texas, spoke at the rally. “We "
              "are not going anywhere,” the Texas Democrat said.",
              {"quote": "We are not going", "speaker": None}),
             ("Campaign\n\nDonald Trump, the Republican presidential candidate, spoke in Ohio. In an "
              "interview on Thursday, the Wisconsin Republican said allies wanted to know if the U.S. is "
              "“still in the game and ready to lead.”",
              {"quote": "still in the game", "speaker": None})])


@lru_cache(maxsize=4096)
def _key_words(name: str) -> tuple[str, ...]:
    """The words of ``name_key(name)`` (remembered: :meth:`Referents.resolve` asks them of every person's
    name and aliases on each look-up of a single word)."""
    return tuple(name_key(name).split())


def _tagged_state(role: tuple[str, ...]) -> str | None:
    """The state a role gives: its party tag's ("r-fla" -> "florida") or one it names ("senator from
    vermont"), or None."""
    tag = party_tag(role)
    return tag[1] if tag is not None and tag[1] else state_within(list(role))


def _deputy(role: tuple[str, ...], wanted: set[str]) -> bool:
    """The role's office is a deputy's ("senior deputy governor", "vice president")."""
    return any(w in wanted and k > 0 and role[k - 1] in lexicon.DEPUTY_WORDS for k, w in enumerate(role))
