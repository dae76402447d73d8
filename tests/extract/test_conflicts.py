"""find_conflicts: figures from different sources about the same thing that disagree (plain Number data;
every sentence here is invented)."""

from __future__ import annotations

from reportgen.brief import Number
from reportgen.extract.conflicts import agree, counted_thing, find_conflicts, unit_key


def _n(nid: str, source: str, value: float, unit: str | None, text: str, context: str = "",
       approximate: bool = False) -> Number:
    return Number(value, unit, text, context or text, approximate, sources=[source], id=nid)


def _found(*numbers: Number, published: dict[str, str | None] | None = None) -> list[tuple[str, list[str]]]:
    return [(c.about, c.numbers) for c in find_conflicts(numbers, published)]


def test_synonyms_make_dead_and_killed_one_thing() -> None:
    dead = _n("n1", "s1", 12, "dead", "12 dead", "Ferry sinks on Lake Varn, 12 dead")
    killed = _n("n2", "s2", 15, "killed", "Fifteen killed", "Fifteen killed as Lake Varn ferry sinks")
    assert _found(dead, killed) == [("deaths", ["n1", "n2"])]


def test_a_count_of_people_takes_the_verb_after_it() -> None:
    a = _n("n1", "s1", 12, "people", "12 people", "On Saturday 12 people were killed when the ferry sank.")
    b = _n("n2", "s2", 15, "people", "Fifteen people", "Fifteen people died when the ferry sank on Saturday.")
    assert counted_thing(a, {}).label == counted_thing(b, {}).label == "deaths"
    assert _found(a, b) == [("deaths", ["n1", "n2"])]


def test_troops_and_soldiers_that_differ_beyond_about_conflict() -> None:
    exact = _n("n1", "s1", 100_000, "troops", "100,000 troops", "Norland moved 100,000 troops to the border.")
    about = _n("n2", "s2", 90_000, "soldiers", "about 90,000 soldiers",
               "Norland has massed about 90,000 soldiers near the border.", approximate=True)
    assert _found(exact, about) == [("troops", ["n1", "n2"])]


def test_an_approximate_figure_within_ten_percent_is_compatible() -> None:
    about = _n("n1", "s1", 200, "passengers", "about 200 passengers", approximate=True)
    nearly = _n("n2", "s2", 210, "passengers", "nearly 210 passengers", approximate=True)
    exact = _n("n3", "s3", 225, "passengers", "225 passengers")
    assert agree(about, nearly) and agree(nearly, exact)  # 10 of 20 allowed; 15 of 21
    assert _found(about, nearly) == []
    assert _found(about, exact) == [("passengers", ["n1", "n3"])]  # 25 off, "about 200" allows 20


def test_exact_figures_that_differ_conflict_and_equal_ones_do_not() -> None:
    a = _n("n1", "s1", 31, "ships", "31 ships", "31 ships waited at anchor on Wednesday.")
    b = _n("n2", "s2", 28, "vessels", "28 vessels", "28 vessels waited at anchor on Wednesday.")
    c = _n("n3", "s3", 31, "ships", "31 container ships", "Officials counted 31 container ships.")
    assert _found(a, b) == [("ships", ["n1", "n2"])]
    assert _found(a, c) == []


def test_floors_and_ceilings_allow_figures_beyond_them() -> None:
    floor = _n("n1", "s1", 2000, "workers", "more than 2,000 workers", approximate=True)
    ceiling = _n("n2", "s2", 3000, "workers", "up to 3,000 workers", approximate=True)
    count = _n("n3", "s3", 2600, "workers", "2,600 workers")
    assert _found(floor, count) == [] and _found(ceiling, count) == []
    assert _found(_n("n4", "s4", 1500, "workers", "1,500 workers"), floor) == [("workers", ["n4", "n1"])]


def test_different_units_or_things_never_conflict() -> None:
    workers = _n("n1", "s1", 2400, "workers", "2,400 workers")
    ships = _n("n2", "s2", 31, "ships", "31 ships")
    injured = _n("n3", "s2", 40, "injured", "40 injured")
    dead = _n("n4", "s1", 12, "dead", "12 dead")
    assert _found(workers, ships) == [] and _found(injured, dead) == []


def test_vague_units_need_shared_words_around_them() -> None:
    rise = _n("n1", "s1", 9, "percent", "9 percent", "The union demands a 9 percent pay rise.")
    offer = _n("n2", "s2", 4, "percent", "4 percent", "The operator has offered 4 percent and no more.")
    other_rise = _n("n3", "s3", 7, "percent", "7 percent", "Members want a 7 percent pay rise this year.")
    assert _found(rise, offer) == []
    assert _found(rise, other_rise) == [("percent (pay, rise)", ["n1", "n3"])]


def test_costs_and_losses_are_one_thing() -> None:
    cost = _n("n1", "s1", 12e6, "dollars a day", "about $12 million a day",
              "The strike will cost the port about $12 million a day.", approximate=True)
    loss = _n("n2", "s2", 15e6, "dollars a day", "$15 million a day",
              "Officials put the loss at $15 million a day.")
    assert _found(cost, loss) == [("dollars a day (cost)", ["n1", "n2"])]


def test_figures_of_different_days_are_not_compared() -> None:
    tuesday = _n("n1", "s1", 12, "dead", "12 dead", "By Tuesday 12 dead had been counted.")
    thursday = _n("n2", "s2", 15, "dead", "15 dead", "By Thursday 15 dead had been counted.")
    yesterday = _n("n3", "s3", 14, "dead", "14 dead", "Yesterday 14 dead had been counted.")
    assert _found(tuesday, thursday) == []
    # "yesterday" in an article of Friday 2026-03-06 is Thursday
    assert _found(tuesday, yesterday, published={"s3": "2026-03-06"}) == []
    assert _found(thursday, yesterday, published={"s3": "2026-03-06"}) == [("deaths", ["n2", "n3"])]
    assert _found(tuesday, yesterday, published={"s3": "2026-03-04"}) == [("deaths", ["n1", "n3"])]


def test_one_source_never_disagrees_with_itself() -> None:
    early = _n("n1", "s1", 12, "dead", "12 dead")
    later = Number(15, "dead", "15 dead", "15 dead", sources=["s1", "s2"], id="n2")
    assert _found(early, later) == []


def test_a_figure_is_set_only_against_the_nearest_of_another_sources() -> None:
    strike = Number(2400, "workers", "2,400 dock workers", "2,400 dock workers walked out on Tuesday.",
                    sources=["s1", "s2"], id="n1")
    rally = _n("n2", "s1", 300, "workers", "several hundred workers",
               "Several hundred workers gathered at the gate.", approximate=True)
    union = _n("n3", "s3", 3000, "workers", "3,000 dock workers", "3,000 dock workers walked out on Tuesday.")
    assert _found(strike, rally, union) == [("workers", ["n1", "n3"])]


def test_a_share_is_not_a_count_of_the_whole() -> None:
    part = _n("n1", "s1", 2, "ships", "two of its ships", "Nordvik said two of its ships would divert.")
    whole = _n("n2", "s2", 6, "vessels", "6 vessels", "6 vessels turned away.")
    assert _found(part, whole) == []


def test_a_measure_of_something_is_no_share() -> None:
    a = _n("n1", "s1", 4.8, "percent", "4.8% of gross domestic product",
           "The budget deficit reached 4.8% of gross domestic product last year.")
    b = _n("n2", "s2", 6.1, "percent", "6.1% of GDP", "The budget deficit reached 6.1% of GDP last year.")
    assert [ids for _, ids in _found(a, b)] == [["n1", "n2"]]


def test_figures_without_ids_are_left_alone() -> None:
    assert find_conflicts([Number(12, "dead", "12 dead", sources=["s1"]),
                           Number(15, "dead", "15 dead", sources=["s2"])]) == []


def test_a_temperature_written_two_ways_is_one_unit() -> None:
    assert unit_key("C") == unit_key("degrees Celsius") == unit_key("°C")
    assert unit_key("F") != unit_key("C")
