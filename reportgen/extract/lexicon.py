"""The vocabularies extraction reads, defined once as data in ``reportgen/extract/data/*.yaml``.

Each file groups the word lists of one theme (people, places, organisations, speech, things, page,
numbers, tokens);
each list has a ``doc`` saying what it is for and its ``entries``, lower case, compared with
``token.lower_`` or a lower-cased string. Rules read the lists from here and never define their own,
so a new case is usually a data entry (with a test), not code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

DATA_PACKAGE = "reportgen.extract.data"
#: The data files are read at every start: libyaml reads them five times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def vocabulary(theme: str) -> dict[str, Any]:
    """The lists of one data file, by name (each ``{"doc": ..., "entries": ...}``)."""
    text = resources.files(DATA_PACKAGE).joinpath(f"{theme}.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_LOADER)
    for name, entry in data.items():
        if set(entry) != {"doc", "entries"} or not entry["doc"]:
            raise ValueError(f"{theme}.yaml: {name} needs exactly a 'doc' and its 'entries'")
    return data


def entries(theme: str, name: str) -> Any:
    return vocabulary(theme)[name]["entries"]


def words(theme: str, name: str) -> frozenset[str]:
    """A list as a set of lower-case strings (a phrase is one entry)."""
    found = entries(theme, name)
    bad = [w for w in found if not isinstance(w, str) or w != w.lower()]
    if bad:
        raise ValueError(f"{theme}.yaml: {name} entries must be lower-case strings: {bad[:5]}")
    return frozenset(found)


def mapping(theme: str, name: str) -> dict[str, Any]:
    return dict(entries(theme, name))


class _FirstNames(dict[str, str]):
    """The first-name table, looked up with or without accents ("ramón" is "ramon", "zoë" "zoe"): the
    table holds plain spellings, the press writes the names as their bearers do."""

    def __missing__(self, key: str) -> str:
        folded = _folded(key)
        if folded == key or not dict.__contains__(self, folded):
            raise KeyError(key)
        return dict.__getitem__(self, folded)

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        return isinstance(key, str) and not key.isascii() and dict.__contains__(self, _folded(key))

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default


def _folded(word: str) -> str:
    """``word`` without its accents ("ramón" -> "ramon"), as the gazetteer compares names."""
    if word.isascii():
        return word
    from reportgen.geo.gazetteer import fold  # (only for a word with accents: the table is plain)

    return fold(word)


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English function words (the word list only, not a pipeline), read once."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def first_name_genders() -> dict[str, str]:
    """First names that clearly mark a gender ("f"/"m"), from ``data/first_names.tsv`` (derived from
    nomquamgender, MIT): a plain table, read once, because it is large; accents are optional."""
    text = resources.files(DATA_PACKAGE).joinpath("first_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return _FirstNames((name, gender) for name, gender in rows)


def phrases(theme: str, name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as token sequences by first word, longest first, for matching on tokens."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words(theme, name):
        tokens = tuple(phrase.split())
        out.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in out.items()}


HONORIFICS: dict[str, str | None] = mapping("people", "honorifics")


def honorific_gender(honorific: str) -> str | None:
    """The gender an honorific tells, by its first word ("Mr Justice", "Datuk Seri" as "Mr", "Datuk")."""
    if not honorific.strip():
        return None
    pair = " ".join(honorific.lower().split()[:2])
    return HONORIFIC_PAIRS[pair] if pair in HONORIFIC_PAIRS else HONORIFICS.get(honorific.split()[0].lower())


NAME_HONORIFICS = words("people", "name_honorifics")
SURNAME_STYLES = words("people", "surname_styles")
INITIAL_TITLES = words("people", "initial_titles")
HONORIFIC_CONTINUATIONS = words("people", "honorific_continuations")
HONORIFIC_PAIRS: dict[str, str | None] = mapping("people", "honorific_pairs")
TITLE_WORDS = words("people", "title_words")
ANONYMOUS_NOUNS = words("people", "anonymous_nouns")
GENERIC_PERSON_NOUNS = words("people", "generic_person_nouns")
MEMBER_PLURALS = words("people", "member_plurals")
LED_THINGS = words("people", "led_things")
TRADE_ENDINGS: tuple[str, ...] = tuple(entries("people", "trade_endings"))
SPOKES_NOUNS = words("people", "spokes_nouns")
GENDERED_NOUNS: dict[str, str] = mapping("people", "gendered_nouns")
PLAIN_PERSON_NOUNS = words("people", "plain_person_nouns")
ROLE_VERBS = words("people", "role_verbs")
FATE_VERBS = words("people", "fate_verbs")
AGENT_NOUNS = words("people", "agent_nouns")
COMMENTATOR_WORDS = words("people", "commentator_words")
PERSON_NOUNS = words("people", "person_nouns")
KIN_WORDS = words("people", "kin_words")
FAMILY_NOUNS = KIN_WORDS | words("people", "gendered_kin")
#: Every common noun that stands for people: a person noun, a title or an unnamed source's word.
PEOPLE_WORDS = PERSON_NOUNS | TITLE_WORDS | ANONYMOUS_NOUNS
ROLE_HEAD_STOPS = words("people", "role_head_stops")
DEPUTY_WORDS = words("people", "deputy_words")
AFFILIATION_WORDS = words("people", "affiliation_words")
PERSON_PRONOUNS: dict[str, str] = mapping("people", "person_pronouns")
ADDRESS_TITLES = words("people", "address_titles")
RETIRED_MARKS = words("people", "retired_marks")
PHOTO_DIRECTIONS = words("people", "photo_directions")
BODY_HEAD_TITLES = words("people", "body_head_titles")
BODY_OFFICES = BODY_HEAD_TITLES | words("people", "body_offices")
#: Abbreviated titles ("lt") and other words for an office, each with the word a description uses for it.
TITLE_ABBREVIATIONS = frozenset(mapping("tokens", "title_abbreviations"))
NAME_ABBREVIATIONS = words("tokens", "name_abbreviations")
KEPT_STOPS = words("tokens", "kept_stops")
NUMBER_SIGNS = words("numbers", "number_signs")
TITLE_EXPANSIONS: dict[str, str] = {**mapping("tokens", "title_abbreviations"),
                                    **mapping("people", "office_synonyms")}
TITLE_MODIFIERS = words("people", "title_modifiers")
TITLE_BODIES = words("people", "title_bodies")
TITLE_ADJECTIVES = words("people", "title_adjectives")
POSTNOMINALS = words("people", "postnominals")
OFFICE_POSTNOMINALS = words("people", "office_postnominals")
COUNSEL_SIDES = words("people", "counsel_sides")
HOME_PREPOSITIONS = words("people", "home_prepositions")
RANK_MODIFIERS = words("people", "rank_modifiers")
AGENT_OFFICES: dict[str, str] = mapping("people", "agent_offices")
AGENT_DEEDS: dict[str, str] = mapping("people", "agent_deeds")
LED_BODIES = words("people", "led_bodies")
OFFICE_CLASSES: dict[str, frozenset[str]] = {
    kind: frozenset(offices) for kind, offices in mapping("people", "office_classes").items()}
PORTFOLIO_TITLES = words("people", "portfolio_titles")
UNNAMED_RANKS = words("people", "unnamed_ranks")
OCCUPATION_NOUNS = words("people", "occupation_nouns")
#: A noun that makes whoever it describes a person: people words, commentators, gendered and kin nouns,
#: occupations ("Tom Lines, the club's captain", "Her brother, now 91,").
PERSON_HEADS = PEOPLE_WORDS | COMMENTATOR_WORDS | frozenset(GENDERED_NOUNS) | KIN_WORDS | OCCUPATION_NOUNS
NAME_JOINERS = words("people", "name_joiners")
NAME_PARTICLES = words("people", "name_particles")
SPACED_NAME_PARTICLES = words("people", "spaced_name_particles")
CONJOINING_PARTICLES = words("people", "conjoining_particles")
NAME_OPENERS = words("people", "name_openers")
OFFICE_OBJECTS = words("people", "office_objects")
PORTFOLIO_CONNECTORS = phrases("people", "portfolio_connectors")
PORTFOLIO_CARRIERS = words("people", "portfolio_carriers")
SURNAME_PARTICLES = words("people", "surname_particles")
PATRONYMIC_PARTICLES = words("people", "patronymic_particles")
SURNAMES_FIRST = words("people", "surnames_first")
PARTY_MEMBERS: dict[str, str] = mapping("people", "party_members")
GENERATION_MARKS = words("people", "generation_marks")
PARTY_MEMBER_WORDS = frozenset(PARTY_MEMBERS)
FIRST_NAME_TITLES = words("people", "first_name_titles")
SURNAME_TITLES = words("people", "surname_titles")

COUNTRIES = words("places", "countries")
COUNTRY_PHRASES = phrases("places", "countries")
COUNTRY_FORMS: dict[str, str] = mapping("places", "country_forms")
CAPITALS: dict[str, str] = mapping("places", "capitals")
AMBIGUOUS_COUNTRIES = words("places", "ambiguous_countries")
SPLIT_COUNTRIES: dict[str, list[str]] = mapping("places", "split_countries")
COUNTRY_TITLES: dict[str, str] = mapping("places", "country_titles")
COUNTRY_TITLE_WORDS = words("places", "country_title_words")
NOT_COUNTRY_TITLES = words("places", "not_country_titles")
DEMONYM_COUNTRIES: dict[str, str] = mapping("places", "demonym_countries")
GOVERNMENT_WORDS = words("places", "government_words")
PLACE_SUFFIXES = words("places", "place_suffixes")
REGIONS = words("places", "regions")
COUNTRY_CODES: dict[str, str] = mapping("places", "country_codes")
CONTINENTS = words("places", "continents")
GROUPS = words("places", "groups")
DEMONYMS = words("places", "demonyms")
DEMONYM_OPENERS = words("places", "demonym_openers")
US_STATE_TAGS: dict[str, str] = mapping("places", "us_state_tags")
STATE_TAG_WORDS = words("places", "state_tag_words")
COMPASS_WORDS = words("places", "compass_words")
DEMONYM_NOUNS: dict[str, str] = mapping("places", "demonym_nouns")
GEO_NOUNS = words("places", "geo_nouns")
TOWN_POSSESSIONS = words("places", "town_possessions")
WAY_NOUNS = words("places", "way_nouns")
SITE_WORDS = words("places", "site_words")
PLACE_PARTICLES = words("places", "place_particles")
REGION_KINDS = words("places", "region_kinds")
PLACE_HEADS = words("places", "place_heads")
SPACED_PLACE_PARTICLES = words("places", "spaced_place_particles")
WORK_SITES = words("places", "work_sites")
SETTLEMENT_NOUNS = words("places", "settlement_nouns")
LANDFORM_HEADS = words("places", "landform_heads")
STREET_HEADS = words("places", "street_heads")
PLACE_KINDS: dict[str, list[str]] = mapping("places", "place_kinds")
LOCATIVE_PREPOSITIONS = words("places", "locative_prepositions")
VISITING_VERBS = words("places", "visiting_verbs")
PLACING_PREPOSITIONS = words("places", "placing_prepositions")
STATE_OFFICE_WORDS = words("places", "state_office_words")
GOVERNMENT_SEATS = words("places", "government_seats")
COUNTRY_NOUNS = words("places", "country_nouns")
FACILITY_WORDS = words("places", "facility_words")
STREET_OPENERS = words("places", "street_openers")

ORG_WORDS = words("organisations", "org_words")
PERSON_OFFICES = words("organisations", "person_offices")
OPENING_BODY_WORDS = words("organisations", "opening_body_words")
DESCRIBED_KINDS = words("organisations", "described_kinds")
BODY_NAME_PARTICLES = words("organisations", "body_name_particles")
INDUSTRY_WORDS = words("organisations", "industry_words")
BRANCH_WORDS = words("organisations", "branch_words")
LEGAL_FORMS = words("organisations", "legal_forms")
LEGAL_FORM_PARTS = words("organisations", "legal_form_parts")
CLUB_PREFIXES = words("organisations", "club_prefixes")
CLUB_WORDS = words("organisations", "club_words")
STATE_MODIFIERS = words("organisations", "state_modifiers")
STANDING_WORDS = words("organisations", "standing_words")
COMMENTATOR_BODIES = words("organisations", "commentator_bodies")
LEGAL_FORM_PREFIXES = words("organisations", "legal_form_prefixes")
ORG_SUFFIXES = words("organisations", "org_suffixes") | LEGAL_FORMS
ACRONYM_NOUNS = words("organisations", "acronym_nouns")
PERSON_OR_FIRM_NOUNS = words("organisations", "person_or_firm_nouns")
ORG_DESCRIPTORS = words("organisations", "org_descriptors")
VESSEL_WORDS = words("organisations", "vessel_words")
VESSEL_PREFIXES = words("organisations", "vessel_prefixes")
ORG_PARTS = words("organisations", "org_parts")
ORG_SHORT_FORMS: dict[str, str] = mapping("organisations", "org_short_forms")
STATE_BODIES = words("organisations", "state_bodies")
PLACE_BODY_HEADS = words("organisations", "place_body_heads")
FORCE_NOUNS = words("organisations", "force_nouns")
KIN_GROUP_NOUNS = words("organisations", "kin_group_nouns")
PLACE_INSTITUTION_HEADS = words("organisations", "place_institution_heads")
NATIONAL_BODY_HEADS = words("organisations", "national_body_heads")
NAME_POSSESSORS = words("organisations", "name_possessors")
SAINT_WORDS = words("organisations", "saint_words")
HOLDING_WORDS = words("organisations", "holding_words")
LEADER_VERBS = words("organisations", "leader_verbs")
MEDIA_WORDS = words("organisations", "media_words")
MEDIUM_NOUNS = words("organisations", "medium_nouns")
JOINT_BODY_WORDS = words("organisations", "joint_body_words")
SHARED_SERVICE_WORDS = words("organisations", "shared_service_words")
PARTY_PLURALS = words("organisations", "party_plurals")
COUNCIL_WORDS = words("organisations", "council_words")
#: Head nouns of a description that stands for a body: "the newspaper Haaretz", "the Global Times tabloid".
BODY_HEADS = ORG_DESCRIPTORS | MEDIA_WORDS
COMPANY_NOUNS = words("organisations", "company_nouns")
BODY_NOMINALS = words("organisations", "body_nominals")
#: The company nouns that name a firm, not any body ("the group" may be a union or a charity).
FIRM_NOUNS = COMPANY_NOUNS - words("organisations", "firm_noun_exceptions")
NON_FIRM_HEADS = words("organisations", "non_firm_heads")
LEGISLATURE_HEADS = words("organisations", "legislature_heads")
STAFF_NOUNS = words("organisations", "staff_nouns")
BODY_PARTS = words("organisations", "body_parts")
STATE_QUALIFIERS = words("organisations", "state_qualifiers")
ALLIANCE_WORDS = words("organisations", "alliance_words")
ENDOWMENT_WORDS = words("organisations", "endowment_words")
FORMER_NAME_WORDS = words("organisations", "former_name_words")
FORMER_NAME_MARKS = words("organisations", "former_name_marks")
INSTITUTIONS = phrases("organisations", "institutions")
#: The institutions as names are written ("Ofcom", "Crown Prosecution Service", "Moody's").
INSTITUTION_NAMES = frozenset(" ".join(tokens).replace(" '", "'").replace(" +", "+")
                              for found in INSTITUTIONS.values() for tokens in found)

REPORTING_VERBS = words("speech", "reporting_verbs")
OPENING_CUES = words("speech", "opening_cues")
CONTINUING_PARTICIPLES = words("speech", "continuing_participles")
DEMONSTRATIVES = words("speech", "demonstratives")
PARAPHRASE_VERBS = words("speech", "paraphrase_verbs")
CHARACTERISING_VERBS = words("speech", "characterising_verbs")
ISSUING_VERBS = words("speech", "issuing_verbs")
VERDICT_VERBS = words("speech", "verdict_verbs")
VOICE_NOUNS = words("speech", "voice_nouns")
REPLY_CUES = words("speech", "reply_cues")
REPORTING_PARTICLES: dict[str, str] = mapping("speech", "reporting_particles")
ADDRESS_VERBS = words("speech", "address_verbs")
SOURCE_PREPOSITIONS: tuple[str, ...] = tuple(entries("speech", "source_prepositions"))
NAMING_WORDS = words("speech", "naming_words")
NAMING_PARTICIPLES = words("speech", "naming_participles")
ANONYMITY_WORDS = words("speech", "anonymity_words")
SOURCE_NOUNS = words("speech", "source_nouns")
TRANSCRIPT_NOUNS = words("speech", "transcript_nouns")
ANNOUNCING_VERBS = words("speech", "announcing_verbs")
LETTER_VERBS = words("speech", "letter_verbs")
ISSUED_TEXTS = words("speech", "issued_texts")
DOCUMENT_NOUNS = words("speech", "document_nouns")
OBJECT_CONTROL_VERBS = words("speech", "object_control_verbs")
QUOTING_VERBS = words("speech", "quoting_verbs")
REFUSAL_VERBS = words("speech", "refusal_verbs")
ADDRESSEE_VERBS = words("speech", "addressee_verbs")
SPEECH_NOUNS = words("speech", "speech_nouns")
VOICING_VERBS = words("speech", "voicing_verbs")
STATED_NOUNS = words("speech", "stated_nouns")
JOINING_VERBS = words("speech", "joining_verbs")
STATING_ADJECTIVES = words("speech", "stating_adjectives")

#: Verb lemma -> the relation kind it expresses between its subject and object ("accuse" -> accuses).
RELATION_VERBS: dict[str, str] = {lemma: kind
                                  for kind, lemmas in mapping("relations", "relation_verbs").items()
                                  for lemma in lemmas}
#: Verb lemma -> {preposition: kind} for a second actor after a preposition ("met with X").
RELATION_PREPOSITIONS: dict[str, dict[str, str]] = mapping("relations", "relation_prepositions")
UNREAL_CONTROLLERS = words("relations", "unreal_controllers")

WORK_NOUNS = words("things", "work_nouns")
NAMESAKE_NOUNS = words("things", "namesake_nouns")
THING_KINDS = words("things", "thing_kinds")
LAW_WORDS = words("things", "law_words")
NON_ACTORS = words("things", "non_actors")
STORM_WORDS = phrases("things", "storm_words")
TRADE_NOUNS = words("people", "trade_nouns")
CONCEPT_HEADS = words("things", "concept_heads")
NUMBERED_PARTS = words("things", "numbered_parts")

FURNITURE_PREFIXES: tuple[str, ...] = tuple(entries("page", "furniture_prefixes"))
LABEL_WORDS = words("page", "label_words")
CONTRIBUTOR_PHRASES = words("page", "contributor_phrases")

# --- calendar and outlook (outlook-v2) ------------------------------------------------------------------
LIST_BULLETS = words("page", "list_bullets")
MONTHS = words("calendar", "months")
WEEKDAYS = words("calendar", "weekdays")
HOLIDAYS = words("calendar", "holidays")
RELATIVE_DAYS = words("calendar", "relative_days")
DAY_TIMES = words("calendar", "day_times")
DAY_PARTS = words("calendar", "day_parts")
POINT_MAKERS = words("calendar", "point_makers")
PERIOD_QUALIFIERS = words("calendar", "period_qualifiers")
DATE_PREPOSITIONS = words("calendar", "date_prepositions")
SPAN_PREPOSITIONS = words("calendar", "span_prepositions")

FUTURE_MODALS = words("outlook", "future_modals")
WOULD_FORMS = words("outlook", "would_forms")
WILL_FORMS = words("outlook", "will_forms")
WEAK_MODALS = words("outlook", "weak_modals")
BE_TO_IDIOMS = words("outlook", "be_to_idioms")
STATIVE_VERBS = words("outlook", "stative_verbs")
DESCRIPTIVE_VERBS = words("outlook", "descriptive_verbs")
WISH_VERBS = words("outlook", "wish_verbs")
WITHHOLD_VERBS = words("outlook", "withhold_verbs")
OPINION_VERBS = words("outlook", "opinion_verbs")
MEMORY_VERBS = words("outlook", "memory_verbs")
PERCEPTION_VERBS = words("outlook", "perception_verbs")
SENSING_VERBS = words("outlook", "sensing_verbs")
CANDOUR_ADJECTIVES = words("outlook", "candour_adjectives")
DISCOURSE_VERBS = words("outlook", "discourse_verbs")
HABITUAL_ADVERBS = words("outlook", "habitual_adverbs")
GENERIC_ADVERBS = words("outlook", "generic_adverbs")
VERDICT_ADVERBS = words("outlook", "verdict_adverbs")
OUTCOME_VERBS = words("outlook", "outcome_verbs")
DONE_OBJECTS = words("outlook", "done_objects")
COMPLETION_VERBS = words("outlook", "completion_verbs")
FULFILMENT_VERBS = words("outlook", "fulfilment_verbs")
COGNITION_VERBS = words("outlook", "cognition_verbs")
CHANGE_VERBS = words("outlook", "change_verbs")
NORM_DETERMINERS = words("outlook", "norm_determiners")
ASKING_VERBS = words("outlook", "asking_verbs")
QUESTION_WORDS = words("outlook", "question_words")
DEADLINE_PREPOSITIONS = words("outlook", "deadline_prepositions")
NORM_PRONOUNS = words("outlook", "norm_pronouns")
PREFERENCE_ADVERBS = words("outlook", "preference_adverbs")
BELIEF_VERBS = words("outlook", "belief_verbs")
COMPARATIVE_ADVERBS = words("outlook", "comparative_adverbs")
OBLIGATION_MODALS = words("outlook", "obligation_modals")
NOBODY_WORDS = words("outlook", "nobody_words")
FORWARD_VERBS = words("outlook", "forward_verbs")
WEAPON_NOUNS = words("outlook", "weapon_nouns")
SINGULAR_PRONOUNS = words("outlook", "singular_pronouns")
VERB_PREFIXES = words("outlook", "verb_prefixes")
READINESS_VERBS = words("outlook", "readiness_verbs")
CURIOSITY_VERBS = words("outlook", "curiosity_verbs")
PERMISSION_ADVERBS = words("outlook", "permission_adverbs")
LEGAL_ACTION_VERBS = words("outlook", "legal_action_verbs")
GOAL_VERBS = words("outlook", "goal_verbs")
PROMISE_VERBS = words("outlook", "promise_verbs")
DELIBERATION_VERBS = words("outlook", "deliberation_verbs")
DELIBERATION_OTHER_SENSES: dict[str, str] = mapping("outlook", "deliberation_other_senses")
REQUEST_VERBS = words("outlook", "request_verbs")
ADVICE_VERBS = words("outlook", "advice_verbs")
EFFORT_VERBS = words("outlook", "effort_verbs")
FINDING_VERBS = words("outlook", "finding_verbs")
FORWARD_ADJECTIVES = words("outlook", "forward_adjectives")
SCHEDULE_ADJECTIVES = words("outlook", "schedule_adjectives")
FORWARD_NOUNS = words("outlook", "forward_nouns")
RISK_NOUNS = words("outlook", "risk_nouns")
HOPE_NOUNS = words("outlook", "hope_nouns")
AIMED_NOUNS = words("outlook", "aimed_nouns")
INFINITIVE_NOUNS = words("outlook", "infinitive_nouns")
FIRM_WORDS = words("outlook", "firm_words")
YARDSTICK_NOUNS = words("outlook", "yardstick_nouns")
COMPARE_VERBS = words("outlook", "compare_verbs")
AIM_NOUNS = words("outlook", "aim_nouns")
AHEAD_WORDS = words("outlook", "ahead_words")
PAST_WORDS = words("outlook", "past_words")
REPEAT_WORDS = words("outlook", "repeat_words")
TIME_NOUNS = words("outlook", "time_nouns")
OPEN_QUESTION_PHRASES = tuple(tuple(p.split()) for p in sorted(words("outlook", "open_question_phrases")))
EVENT_MARKERS = words("outlook", "event_markers")
MEETING_NOUNS = words("outlook", "meeting_nouns")
CLOSING_MARKERS = words("outlook", "closing_markers")
CONCESSIVE_MARKERS = words("outlook", "concessive_markers")
PAST_TIME_NOUNS = words("outlook", "past_time_nouns")
LIFE_STAGE_NOUNS = words("outlook", "life_stage_nouns")
STANDING_ADVERBS = words("outlook", "standing_adverbs")
STANDING_SPANS = words("outlook", "standing_spans")
FORECAST_VERBS = words("outlook", "forecast_verbs")
LIKELIHOOD_ADJECTIVES = words("outlook", "likelihood_adjectives")
CONSENSUS_WORDS = words("outlook", "consensus_words")
RUNNING_VERBS = words("outlook", "running_verbs")
AGE_WORDS = words("outlook", "age_words")
PENALTY_WORDS = words("outlook", "penalty_words")
PENALTY_VERBS = words("outlook", "penalty_verbs")
HORIZON_LEADS = words("outlook", "horizon_leads")
HORIZON_PREPOSITIONS = words("outlook", "horizon_prepositions")
ANYONE_WORDS = words("outlook", "anyone_words")
LEMMA_REPAIRS: dict[str, str] = mapping("outlook", "lemma_repairs")

NUMBER_UNITS: dict[str, int] = mapping("numbers", "units")
NUMBER_TENS: dict[str, int] = mapping("numbers", "tens")
SCALES: dict[str, float] = mapping("numbers", "scales")
COUNT_WORDS: dict[str, float] = mapping("numbers", "count_words")
FRACTIONS: dict[str, float] = {w: 1 / d for w, d in mapping("numbers", "fraction_denominators").items()}
VAGUE_MAGNITUDES: dict[str, float] = mapping("numbers", "vague_magnitudes")
VAGUE_COUNTS: dict[str, float] = mapping("numbers", "vague_counts")
DECIMAL_POINTS = words("numbers", "decimal_points")
CURRENCIES: dict[str, str] = mapping("numbers", "currencies")
GLUED_CURRENCIES: dict[str, str] = mapping("numbers", "glued_currencies")
#: In order: a rate is quoted per one unit of the first of its two currencies here.
BASE_CURRENCIES: list[str] = list(entries("numbers", "base_currencies"))
TRAILING_CURRENCIES: dict[str, str] = mapping("numbers", "trailing_currencies")
CURRENCY_CODES = words("numbers", "currency_codes")
CURRENCY_SIGNS = words("numbers", "currency_signs")
GLUED_CODES = words("numbers", "glued_codes")
PLAIN_GLUED_CODES = words("numbers", "plain_glued_codes")
MEASURES: dict[str, str] = mapping("numbers", "measures")
LOWER_CASE_MEASURES = words("numbers", "lower_case_measures")
UNIT_SYNONYMS: dict[str, str] = mapping("numbers", "unit_synonyms")
PERCENT_WORDS = words("numbers", "percent_words")
POINT_WORDS = words("numbers", "point_words")
RATE_WORDS = words("numbers", "rate_words")
NOT_RATE_AFTER = words("numbers", "not_rate_after")
OF_WHAT_DETERMINERS = words("numbers", "of_what_determiners")
TEMPERATURE_SCALES = words("numbers", "temperature_scales")
COLLECTIVE_NOUNS = words("numbers", "collective_nouns")
GENERIC_NOUNS = words("numbers", "generic_nouns")
POPULATION_NOUNS: dict[str, str] = mapping("numbers", "population_nouns")
PEOPLE_ADJECTIVES = words("numbers", "people_adjectives")
MEASURED_NOUNS = words("numbers", "measured_nouns")
SCALE_NOUNS = words("numbers", "scale_nouns")
KIN_NOUNS: dict[str, str] = mapping("numbers", "kin_nouns")
THRESHOLD_NOUNS = words("numbers", "threshold_nouns")
LEVEL_VERBS = words("numbers", "level_verbs")
ELISION_CUES = words("numbers", "elision_cues")
LIST_NOUNS = words("numbers", "list_nouns")
COUNTED_PEOPLE = words("numbers", "counted_people")
COUNTED_SYNONYMS: dict[str, str] = mapping("numbers", "counted_synonyms")
UNSPECIFIC_NOUNS = words("numbers", "unspecific_nouns")
LOWER_BOUND_WORDS = words("numbers", "lower_bound_words")
UPPER_BOUND_WORDS = words("numbers", "upper_bound_words")
APPROXIMATORS = phrases("numbers", "approximators")
LOOSE_APPROXIMATORS = words("numbers", "loose_approximators")
TRAILING_APPROXIMATORS = phrases("numbers", "trailing_approximators")
RATIO_LINKS = words("numbers", "ratio_links")
DURATION_BOUNDS = words("numbers", "duration_bounds")
ALTERNATIVE_WORDS = words("numbers", "alternative_words")
RANGE_WORDS = words("numbers", "range_words")
RANGE_OPENERS = words("numbers", "range_openers")
CHANGE_OPENERS = words("numbers", "change_openers")
LEAD_TRIM = words("numbers", "lead_trim")
CALENDAR_WORDS = words("numbers", "calendar_words")
DURATION_UNITS: dict[str, int] = mapping("numbers", "duration_units")
DURATION_FILLERS = words("numbers", "duration_fillers")
EXTREMES = words("numbers", "extremes")
CLOCK_WORDS = words("numbers", "clock_words")
LABEL_NOUNS = words("numbers", "label_nouns")
FORMULA_OPERATORS = words("numbers", "formula_operators")
PRONOUN_NUMBERS = words("numbers", "pronoun_numbers")
NUMBER_IDIOMS = words("numbers", "number_idioms")
CONFIDENCE_PHRASES = words("numbers", "confidence_phrases")
SOURCE_WORDS = words("numbers", "source_words")
REFERRING_WORDS = words("numbers", "referring_words")
DEFINITE_WORDS = words("numbers", "definite_words")
VOTE_WORDS = words("numbers", "vote_words")
SCORE_WORDS = words("numbers", "score_words")
ACTION_NOUN_ENDINGS = tuple(sorted(words("numbers", "action_noun_endings")))
UNCOUNTED_UNITS = words("numbers", "uncounted_units")
FRACTION_WORDS = words("numbers", "fraction_words")

SALIENCE_WEIGHTS: dict[str, float] = mapping("salience", "weights")

TYPER_WEIGHTS: dict[str, dict[str, float]] = mapping("typer", "weights")
