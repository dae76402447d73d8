"""Merging mentions into referents: surnames and first names to the person the text last meant,
short and long forms of one organisation or country, acronyms, a capital used as its government.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from reportgen.extract import lexicon

_NAME_TOKEN = re.compile(r"^[A-Z][\w.'’-]*$")


@dataclass
class Mention:
    """One cleaned entity mention."""

    start: int                 # token index of the first name token
    end: int                   # token index after the last name token
    text: str                  # the name as written, titles and possessive removed
    label: str                 # spaCy's entity label
    root: int                  # token index of the mention's syntactic head
    role: str | None = None
    honorific: str | None = None   # "Mr", "Ms" ... as written
    titled: bool = False       # a title stood before the name
    quoted: bool = False       # inside quotation marks
    furniture: bool = False    # in a caption, credit or byline
    attributive: bool = False  # only a modifier of a common noun ("North America editor")
    hyphenated: bool = False   # part of a hyphenated modifier ("Pakistan-based")
    agentive: bool = False     # subject or possessor ("Moscow says", "Moscow's orbit")
    person_cues: int = 0       # an age, or the subject of a reporting verb
    work: bool = False         # the text calls it a game, film, book ...
    headline: bool = False     # in the first line of the text
    geographic: bool = False   # modifies a place noun ("the Norfolk coast")
    locative: bool = False     # after "in", "at", "near" ... or visited
    impersonal: bool = False   # described as a thing or body ("X, which ...", "said in a statement")
    placed: bool = False       # used only as a place: "a yard in X", "In X, where ..."
    addressed: bool = False    # the one urged, warned or accused ("urged Madrid to ...")


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
        if not _person_shaped(name):
            return False
        if labels["PERSON"] > 0:
            return True
        titled_role = any(m.role and m.role.split()[0].lower().strip(",") in lexicon.TITLE_WORDS
                          for m in self.mentions)
        return len(name.split()) >= 2 and (titled_role or any(m.person_cues for m in self.mentions))


def _person_shaped(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # acronyms name organisations and things
    lowered = [w.lower() for w in words]
    if any(w in lexicon.ORG_WORDS or w in lexicon.FACILITY_WORDS for w in lowered):
        return False
    text = name.lower()
    return not (text in lexicon.COUNTRIES or text in lexicon.REGIONS or text in lexicon.CAPITALS
                or any(w in lexicon.COUNTRIES for w in lowered))


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """A comparable form: lower case, curly apostrophes straightened, ``the`` and ``'s`` gone."""
    text = text.replace("’", "'").strip().lower()
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,")


def _country_key(name: str) -> str | None:
    for lowered in (_key(name), name.lower().strip()):
        if lowered in lexicon.COUNTRIES:
            return lexicon.COUNTRY_FORMS.get(lowered, lowered)
    return None


def _cluster(mentions: list[Mention], parenthesised: frozenset[int] = frozenset()) -> list[Cluster]:
    """Mentions, in text order, merged by name form; short person names to the last full match;
    an acronym in brackets right after a name ("... Security Agency (NUKIB)") to that name."""
    clusters: list[Cluster] = []
    by_form: dict[str, Cluster] = {}
    by_end: dict[int, Cluster] = {}
    last_seen: dict[int, int] = {}
    for mention in mentions:
        key = _country_key(mention.text) or _key(mention.text)
        cluster = None
        if mention.start in parenthesised and mention.text.isupper() and mention.start - 1 in by_end:
            cluster = by_form.get(key) or by_end[mention.start - 1]
        elif len(key.split()) == 1 and not _country_key(key):
            # A bare surname is the person the text last meant (father and son stay apart).
            strong = mention.person_cues > 0 or bool(mention.honorific) or mention.titled
            cluster = _person_for_part(key, clusters, last_seen, loose=strong)
        cluster = cluster or by_form.get(key)
        if cluster is None:
            cluster = Cluster()
            clusters.append(cluster)
        cluster.mentions.append(mention)
        by_form[key] = cluster
        by_end[mention.end] = cluster
        last_seen[id(cluster)] = mention.start
    _merge_parts(clusters)
    _merge_org_forms(clusters)
    _merge_acronyms(clusters)
    return clusters


def _initials_fit(acronym: str, name: str) -> bool:
    """ "LME" fits "London Metal Exchange", "ECDC" fits "European Centre for Disease Prevention and
    Control": same first and last initial, letters in order."""
    initials = [w[0] for w in name.split() if w[:1].isupper() and w.lower() != "the"]
    if len(initials) < len(acronym) or (initials[0], initials[-1]) != (acronym[0], acronym[-1]):
        return False
    letters = iter(initials)
    return all(any(c == i for i in letters) for c in acronym)


def _merge_acronyms(clusters: list[Cluster]) -> None:
    """An acronym used on its own ("the LME said") is the organisation it abbreviates, when only one fits."""
    live = [c for c in clusters if c.merged_into is None and c.mentions and not c.is_personal()]
    for short in live:
        name = short.longest()
        if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()) or _country_key(name):
            continue
        owners = [c for c in live if c is not short and c.merged_into is None
                  and len(c.longest().split()) >= 2 and _initials_fit(name, c.longest())]
        if len(owners) == 1:
            _absorb(owners[0], short)


def _person_for_part(part: str, clusters: list[Cluster], last_seen: dict[int, int],
                     loose: bool = False) -> Cluster | None:
    """The person, named in full before, whose first or last name is ``part`` (latest one wins).
    ``loose``: the part itself shows a person (an age, "Mrs", a title), so a person-shaped name the
    model typed otherwise qualifies too."""
    best: Cluster | None = None
    for cluster in clusters:
        if cluster.merged_into is not None or part not in _key(cluster.longest()):
            continue  # the cheap test first: the part must be in the name at all
        words = _key(cluster.longest()).split()
        if len(words) >= 2 and part in (words[0], words[-1]) \
                and (best is None or last_seen[id(cluster)] > last_seen[id(best)]) \
                and (cluster.is_personal() or (loose and _person_shaped(cluster.longest()))):
            best = cluster
    return best


def _merge_parts(clusters: list[Cluster]) -> None:
    """A one-word name seen before the full one ("Obama" in a headline) joins the unique full name."""
    for cluster in clusters:
        names = {_key(n) for n in cluster.names()}
        if cluster.merged_into is not None or any(len(n.split()) > 1 for n in names):
            continue
        part = next(iter(names))
        if _country_key(part):
            continue
        owners = [c for c in clusters if c is not cluster and c.merged_into is None
                  and len(_key(c.longest()).split()) >= 2
                  and part in (_key(c.longest()).split()[0], _key(c.longest()).split()[-1])
                  and c.is_personal()]
        if len(owners) == 1:
            _absorb(owners[0], cluster)


def _merge_org_forms(clusters: list[Cluster]) -> None:
    """"Tallybird Group"/"Tallybird", "BBC News"/"BBC", "US Congress"/"Congress" are one organisation."""
    live = [c for c in clusters if c.merged_into is None and not c.is_personal()]
    # A lone word the model called a person ("Halvorsen said") may still be the firm's short name.
    shorts = live + [c for c in clusters if c.merged_into is None and c.is_personal()
                     and len(c.longest().split()) == 1
                     and not any(m.honorific or m.titled for m in c.mentions)]
    keys = {id(c): _key(c.longest()) for c in shorts}
    for short in shorts:
        s = keys[id(short)]
        if short.merged_into is not None or _country_key(s):
            continue
        for long in live:
            if long is short or long.merged_into is not None:
                continue
            words = keys[id(long)].split()
            if len(words) <= len(s.split()):
                continue
            rest_after = keys[id(long)][len(s):].split() if keys[id(long)].startswith(s + " ") else None
            rest_before = keys[id(long)][:-len(s)].split() if keys[id(long)].endswith(" " + s) else None
            if (rest_after and all(_generic_org_word(w) for w in rest_after)) or (
                    rest_before and all(_country_key(w) or w in lexicon.DEMONYMS for w in rest_before)) \
                    or _abbreviates(short.longest(), keys[id(long)]):
                _absorb(long, short)
                break


def _abbreviates(short: str, long: str) -> bool:
    """"EU"/"European Union", "WHO"/"World Health Organization", "Fed"/"Federal Reserve"."""
    if lexicon.ORG_SHORT_FORMS.get(short.lower()) == long:
        return True
    if not (short.isupper() and 2 <= len(short) <= 6 and short.isalpha()):
        return False
    initials = "".join(w[0] for w in long.split() if w not in ("of", "the", "and", "for", "on", "&"))
    return initials == short.lower()


def _generic_org_word(word: str) -> bool:
    """A word that can be dropped from an organisation's name in later mentions ("Rovers", "Group")."""
    if word in ("foundation", "fund", "trust"):
        return False  # "Ford Foundation" is not Ford
    return word in lexicon.ORG_SUFFIXES or word in lexicon.ORG_WORDS


def _absorb(into: Cluster, other: Cluster) -> None:
    if into is other:
        return
    into.mentions.extend(other.mentions)
    into.mentions.sort(key=lambda m: m.start)
    other.mentions = []
    other.merged_into = into


def _merge_capitals(clusters: list[Cluster]) -> None:
    """A capital used as an actor ("Moscow says") is an alias of its country when that is named."""
    countries = {}
    for cluster in clusters:
        if cluster.merged_into is None and cluster.mentions:
            key = _country_key(cluster.longest())
            if key:
                countries[key] = cluster
    for cluster in clusters:
        if cluster.merged_into is not None or not cluster.mentions:
            continue
        if any(_country_key(n) for n in cluster.names()):
            continue  # already a country (perhaps with its capital merged in)
        country = lexicon.CAPITALS.get(_key(cluster.longest()))
        if country is None:
            continue
        target = countries.get(lexicon.COUNTRY_FORMS.get(country, country))
        # "Moscow says", "urged Madrid", "ties between Santiago and Madrid": the government.
        if target is not None and any((m.agentive or m.addressed) and not m.furniture
                                      for m in cluster.mentions):
            _absorb(target, cluster)
