"""Name shapes: what can be a person's name, before any context is read."""

from __future__ import annotations

import pytest

from reportgen.extract.names import person_shaped


@pytest.mark.parametrize("name", ["Ana Ruiz", "Anwar al-Awlaki", "M. Dane Waters", "Ruiz"])
def test_person_shaped_names(name: str) -> None:
    assert person_shaped(name)


@pytest.mark.parametrize("name", [
    "Statistics New Zealand",  # a country of two words inside the name
    "Transport Canada", "Mason City", "Halvorsen Logistics", "The Blaze", "BBC News", "J. Crew"])
def test_names_that_no_person_bears(name: str) -> None:
    assert not person_shaped(name)
