"""Name shapes: what can be a person's name, before any context is read."""

from __future__ import annotations

import pytest

from reportgen.extract.names import acronym_fits, canonical_key, country_key, person_shaped


@pytest.mark.parametrize("name", ["Ana Ruiz", "Anwar al-Awlaki", "M. Dane Waters", "Ruiz"])
def test_person_shaped_names(name: str) -> None:
    assert person_shaped(name)


@pytest.mark.parametrize("name", [
    "Statistics New Zealand",  # a country of two words inside the name
    "Transport Canada", "Mason City", "Halvorsen Logistics", "The Blaze", "BBC News", "J. Crew"])
def test_names_that_no_person_bears(name: str) -> None:
    assert not person_shaped(name)


@pytest.mark.parametrize(("name", "country"), [
    ("U.S.", "united states"), ("Britain", "united kingdom"), ("Faroes", "faroe islands"),
    ("the Faroe Islands", "faroe islands"), ("Republic of Kenya", "kenya")])
def test_forms_of_one_country(name: str, country: str) -> None:
    assert country_key(name) == country


def test_a_word_that_names_no_country() -> None:
    assert country_key("Harbour Board") is None


@pytest.mark.parametrize(("acronym", "name"), [
    ("CPSC", "U.S. Consumer Product Safety Commission"),  # a qualifying acronym with full stops first
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
    ("FDA", "Food and Drug Administration"),
    ("FAO", "Food and Agriculture Organization of the United Nations")])  # the body it belongs to aside
def test_acronyms_of_names(acronym: str, name: str) -> None:
    assert acronym_fits(acronym, name)


@pytest.mark.parametrize(("written", "key"), [
    ("Kan.", "kansas"), ("Calif.", "california"), ("N.H.", "new hampshire"), ("Fla.", "florida")])
def test_a_state_abbreviated_as_ap_writes_it_is_the_state(written: str, key: str) -> None:
    # ("Manhattan, Kan.", "Hialeah, Fla."): with the state's own name, one actor
    assert canonical_key(written) == key


def test_a_short_abbreviation_or_a_word_is_no_state() -> None:
    assert canonical_key("Ga.") != "georgia"  # (two letters: too many other readings)
    assert canonical_key("Miss.") != "mississippi"  # (the honorific: places.yaml state_tag_words)
    assert canonical_key("Kansas City") == "kansas city"
