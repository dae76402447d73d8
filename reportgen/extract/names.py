"""How names are compared: one comparable form of a name, a country's canonical form, and whether a
name is shaped like a person's. Mentions, referents and claims all compare names through these."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportgen.extract import lexicon

#: Capital letters of the Latin, Greek and Cyrillic alphabets ("Óscar", "Łukasz", "Đặng", "Øyvind").
CAPITAL_LETTERS = "".join(ch for ch in map(chr, [*range(0x41, 0x530), *range(0x1E00, 0x1F00)])
                          if ch.isupper())
#: A capitalised word of a name ("O'Neill", "Mei-ling", "Jr.", "Óscar").
NAME_TOKEN = re.compile(rf"^[{CAPITAL_LETTERS}][\w.'’-]*$")
#: An initial in a name ("J." of "J. Edgar Hale").
INITIAL = re.compile(rf"^[{CAPITAL_LETTERS}]\.$")
INITIALS = re.compile(rf"^(?:[{CAPITAL_LETTERS}]\.)+$")


@lru_cache(maxsize=8192)
def without_brackets(text: str) -> str:
    """A name as written, less an editor's brackets ("the [Syrian] Regime" -> "the Syrian Regime")."""
    return " ".join(re.sub(r"[\[\]]", "", text).split())


def legal_form_word(word: str) -> bool:
    """A firm's legal form as firms write it ("plc", "AG", "Ltd.", "GmbH", "SL"), never a name's title-case
    syllable ("Nguyen Sa")."""
    return word.lower() in lexicon.LEGAL_FORMS and (len(word) > 2 or not word.istitle())


def firm_legal_name(name: str) -> bool:
    """A name as written closed by a firm's legal form (:func:`legal_form_word`), never a person's: a known
    first name before a title-case form is a surname ("Yuki Asa", "Bart Sas")."""
    words = name.split()
    return len(words) >= 2 and legal_form_word(words[-1]) \
        and not (words[-1].istitle() and words[0].lower() in lexicon.first_name_genders())


@lru_cache(maxsize=16384)
def legal_name(key: str) -> bool:
    """A name key (``name_key``) closed by a firm's legal form ("ashcombe fluid systems plc";
    organisations.yaml legal_forms)."""
    words = key.split()
    return bool(words) and words[-1] in lexicon.LEGAL_FORMS


@lru_cache(maxsize=16384)
def name_key(text: str) -> str:
    """A comparable form: lower case, curly apostrophes straightened, ``the``, ``'s`` and an editor's
    brackets gone (remembered: every layer compares names, some 2,000 look-ups an article)."""
    text = without_brackets(text.replace("’", "'")).lower()
    text = _POSSESSIVE_END.sub("", text)
    text = _THE.sub("", text)
    return _SPACES.sub(" ", text).strip(" .,")


_POSSESSIVE_END = re.compile(r"'s?$")
_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


#: "U.N.", "U.S.A.": initials written with full stops.
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")


@lru_cache(maxsize=16384)
def canonical_key(name: str) -> str:
    """The one form all names of a referent share where the text alone says so: a country's canonical
    name ("U.S." -> "united states"), initials without their full stops ("U.N." -> "un"), a known short
    form's full name ("Fed" -> "federal reserve"), a state's government by its country ("the British
    government", "Syria's government", "the Syrian regime", "the government of Syria" -> "government of
    syria"). Remembered, as :func:`name_key`: clustering and resolving ask it some 200 times an article."""
    country = country_key(name)
    if country:
        return country
    key = name_key(name)
    if name.endswith(".") and len(key.rstrip(".")) >= 3 and key.rstrip(".") in lexicon.US_STATE_TAGS \
            and key.rstrip(".") not in lexicon.STATE_TAG_WORDS:
        return str(lexicon.US_STATE_TAGS[key.rstrip(".")])  # "Manhattan, Kan.": the state, as AP writes it
    if _DOTTED.fullmatch(key + "."):
        key = key.replace(".", "")
    key = lexicon.ORG_SHORT_FORMS.get(key, key)
    words = key.split()
    if len(words) >= 2 and words[-1] in lexicon.GOVERNMENT_WORDS:
        place = " ".join(words[:-1])
        country = lexicon.DEMONYM_COUNTRIES.get(place) or country_key(place)
        if country:
            return f"government of {country}"  # every word of the list names the government as a whole
    if len(words) >= 3 and words[0] in lexicon.GOVERNMENT_WORDS and words[1] == "of":
        country = country_key(" ".join(words[2:]))
        if country:
            return f"government of {country}"
    return key


def known_place(name: str) -> bool:
    """A country, capital, region or nationality the data knows by this name (no gazetteer look-up)."""
    lowered = name.lower()
    return country_key(name) is not None or lowered in lexicon.DEMONYMS or lowered in lexicon.CAPITALS \
        or lowered in lexicon.REGIONS


def known_place_or_city(name: str) -> bool:
    """:func:`known_place`, or a city the gazetteer knows ("Trois-Rivières")."""
    from reportgen.geo.gazetteer import gazetteer

    return known_place(name) or bool(gazetteer().cities(name))


def gazetteer_place(name: str) -> bool:
    """A place the data or the gazetteer knows ("Texas", "Cincinnati", "Sindh", "Khyber Pakhtunkhwa"),
    not one only the text names ("Platte River")."""
    from reportgen.geo.gazetteer import gazetteer

    return known_place_or_city(name) or bool(gazetteer().subdivisions(name))


def titled_short_name(lowered: str) -> str | None:
    """"republic of valdoria" -> "valdoria": the name after a state's title the data lists (never one of
    not_country_titles)."""
    title, of, rest = lowered.partition(" of ")
    rest = rest.removeprefix("the ")
    if not of or not rest or f"{title} of" not in lexicon.COUNTRY_TITLE_WORDS \
            or lowered in lexicon.NOT_COUNTRY_TITLES:
        return None
    return rest


@lru_cache(maxsize=16384)
def country_key(name: str) -> str | None:
    """The canonical name of the country ``name`` names ("U.S." -> "united states"), if any (remembered:
    asked of every entity and capitalised word by several layers, some 600 look-ups an article)."""
    for lowered in (name_key(name), name.lower().strip()):
        if lowered in lexicon.COUNTRIES:
            return lexicon.COUNTRY_FORMS.get(lowered, lowered)
        if lowered in lexicon.COUNTRY_TITLES:  # "State of Israel", "Syrian Arab Republic"
            short = lexicon.COUNTRY_TITLES[lowered]
            return lexicon.COUNTRY_FORMS.get(short, short)
        rest = titled_short_name(lowered)  # "Republic of Kenya", "Kingdom of Bahrain"
        if rest is not None and rest in lexicon.COUNTRIES:
            return lexicon.COUNTRY_FORMS.get(rest, rest)
    return None


def initials(word: str) -> bool:
    """One or more capital initials, each with its full stop ("K.", "V.M."): ``INITIAL`` repeated."""
    return INITIALS.match(word) is not None


def name_word(token: Any) -> bool:
    """A proper noun, or a capitalised word the model tagged as a common noun ("- Pew Research:")."""
    return token.pos_ == "PROPN" \
        or (token.is_title and token.pos_ == "NOUN" and bool(NAME_TOKEN.match(token.text)))


def _particled(word: str) -> bool:
    """A name hyphened to its lower-case particle: "al-Awlaki", "el-Sisi"."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in lexicon.NAME_PARTICLES and bool(NAME_TOKEN.match(rest))


#: A nickname in quotation marks inside a person's name ('Felipe "Ping" Aragoncillo').
QUOTED_NICKNAME = re.compile(r" [\"“'‘][^\"“”'‘’]+[\"”'’] ")


@lru_cache(maxsize=16384)
def person_shaped(name: str) -> bool:
    """One to four capitalised words (a name's particles aside: "Anwar al-Awlaki", "Ana de Vries"; a quoted
    nickname aside: 'Felipe "Ping" Aragoncillo'), no acronym, no organisation, place or country word.
    Remembered: several layers ask it of the same names again and again."""
    words = QUOTED_NICKNAME.sub(" ", name).split()
    if not 1 <= len([w for w in words if w not in lexicon.NAME_PARTICLES]) <= 4:
        return False
    if not all(NAME_TOKEN.match(w) for w in words):
        # a particle makes a person's name only after a known first name or two capitalised names, or
        # opening a bare surname ("Anwar al-Awlaki", "Otávio Siqueira do Amaral", "Al-Awlaki"; never
        # "Jabhat al-Nusra", "Maghawir al Thawra")
        opening = words[0].lower() in lexicon.first_name_genders() or _particled(words[0]) \
            or (len(words) == 2 and words[0] in lexicon.NAME_PARTICLES) \
            or (len(words) > 3 and all(NAME_TOKEN.match(w) for w in words[:2])
                and words[2] in lexicon.SPACED_NAME_PARTICLES)
        if not opening or not all(NAME_TOKEN.match(w) or _particled(w)
                                  or (k < len(words) - 1 and w in lexicon.NAME_PARTICLES)
                                  for k, w in enumerate(words)):
            return False
    if any(len(w) > 1 and w.isupper() and not (INITIAL.match(w) and len(words) > 2) for w in words):
        return False  # acronyms name bodies and things; an initial in a name of three words is none
        # ("M. Dane Waters", "Marc E. Elias"; "J. Crew" stays a firm)
    if words[0] == "The":
        return False  # "The Ninth Circle", "The Blaze": a work's or a body's name, never a person's
    lowered = [w.lower() for w in words]
    if any(w in lexicon.ORG_WORDS or w in lexicon.FACILITY_WORDS for w in lowered) \
            or (len(lowered) > 1 and lowered[-1] in lexicon.INDUSTRY_WORDS):
        return False
    if len(lowered) > 1 and lowered[-1] in lexicon.PLACE_HEADS:
        return False  # "Mason City", "Jackson County": a place, though a first name opens it
    text = name.lower()
    # a country anywhere in it, also one of several words ("Statistics New Zealand"); after a first name
    # it is a surname ("Pablo Chad", "Rosa Jordan")
    first = len(lowered) > 1 and lowered[0] in lexicon.first_name_genders() \
        and lowered[0] not in lexicon.COUNTRIES \
        and not (len(lowered) > 2 and lowered[-1] in lexicon.COUNTRIES)  # "Walt Disney Japan": a firm's arm
    runs = (" ".join(lowered[i:j]) for i in range(len(lowered)) for j in range(i + 1, len(lowered) + 1))
    return not (text in lexicon.COUNTRIES or text in lexicon.REGIONS or text in lexicon.CAPITALS
                or (not first and any(run in lexicon.COUNTRIES for run in runs)))


def initials_fit(acronym: str, name: str) -> bool:
    """ "LME" fits "London Metal Exchange", "ECDC" fits "European Centre for Disease Prevention and
    Control": same first and last initial, letters in order."""
    acronym = acronym.lower()
    words = name.replace("-", " ").split()
    initials = [w[0].lower() for w in words if w.lower() != "the" and w[:1].isalpha()]
    if not initials or len(initials) < len(acronym) \
            or (initials[0], initials[-1]) != (acronym[0], acronym[-1]):
        return False
    letters = iter(initials)
    return all(any(c == i for i in letters) for c in acronym)


def acronym_fits(acronym: str, name: str) -> bool:
    """The acronym abbreviates the name (:func:`initials_fit`), or the name after a leading acronym that
    qualifies it ("OCHA" is the "UN Office for the Coordination of Humanitarian Affairs"), or the name
    before the body it belongs to ("FAO" is the "Food and Agriculture Organization of the United
    Nations")."""
    words = [w for w in name.split() if w.lower() != "the"]
    qualifier = words[0].replace(".", "") if words else ""
    qualified = len(words) > 2 and qualifier.isupper() and qualifier.isalpha()  # ("U.S." too)
    owned, of_the, _ = name.rpartition(" of the ")
    return initials_fit(acronym, " ".join(words)) \
        or (qualified and initials_fit(acronym, " ".join(words[1:]))) \
        or (bool(of_the) and len(owned.split()) >= 2 and len(acronym) >= 3 and initials_fit(acronym, owned))


def state_named(words: list[str]) -> str | None:
    """The US state that ``words`` (lower case, articles aside) name whole: "florida" of "the florida";
    never one inside a longer place ("kansas city", "new york city")."""
    phrase = " ".join(w for w in words if w not in ("the", "a", "an", "former"))
    return phrase if phrase in _US_STATES else None


def state_within(words: list[str]) -> str | None:
    """The first US state among ``words`` (lower case), of one or two words ("vermont" of "senator from
    vermont"): what a role says, where "state_named" reads a description's whole modifier."""
    for size in (2, 1):
        for k in range(len(words) - size + 1):
            phrase = " ".join(words[k:k + size])
            if phrase in _US_STATES:
                return phrase
    return None


_US_STATES = frozenset(str(state) for state in lexicon.US_STATE_TAGS.values())
