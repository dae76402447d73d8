"""Every extraction rule on its own examples: a positive example must give what it says and make the
rule fire; a counter-example must give what it says without the rule firing.

What an example may say (keys of ``expect``), by what the brief holds:

- ``actor``: an actor of that name exists; with ``type``, ``role``, ``aliases`` (each one present).
- ``no_actor``: no actor has that name or alias.
- ``ranks_above``: two actor names; the first is listed (more salient) before the second.
- ``first_actor``: the most salient actor (the brief's first) has that name.
- ``quote``: the one direct quote holding these words; ``speaker``: its speaker (``None`` for nobody);
  ``unnamed_speaker``: how the text describes a speaker it does not name.
- ``no_quote``: no direct quote holds these words.
- ``number``: a figure whose text is this; with ``value``, ``unit``, ``approximate``.
- ``no_number``: no figure's text holds this.
- ``outlook``: an outlook item holds this; with ``horizon``; ``first_outlook``: the first item holds it.
- ``no_outlook``: no outlook item holds this.
- ``summary``: the first summary sentence holds this.
- ``timeline``: a timeline entry whose event holds this; with ``when`` (its text), ``date``,
  ``precision``, ``timeline_actors`` (each one listed); ``no_timeline``: no entry's text holds this.
- ``published``: not a check but the article's publication date (ISO), for dates counted from it.
- ``relation``: a relation (source, kind, target) exists; ``no_relation``: that one does not.
"""

from __future__ import annotations

from typing import Any

import pytest

from reportgen.brief import Brief
from reportgen.extract import brief_from_doc, declared_rules
from reportgen.extract.nlp import parse
from reportgen.extract.rules import Example, Rule, firings
from reportgen.ingest import Article

CASES = [(r, e, True) for r in declared_rules() for e in r.examples] \
    + [(r, e, False) for r in declared_rules() for e in r.counter]


@pytest.mark.parametrize(("rule", "example", "positive"), CASES,
                         ids=[f"{r.id}-{'ex' if p else 'counter'}{k}" for k, (r, _, p) in enumerate(CASES)])
def test_rule_example(nlp: Any, rule: Rule, example: Example, positive: bool) -> None:
    doc = parse(nlp, example.text)
    brief = brief_from_doc(doc, Article(text=example.text, published=example.expect.get("published")), nlp)
    fired = [f for f in firings(doc) if f.rule == rule.id]
    check(brief, example.expect)
    if positive:
        assert fired, f"{rule.id} did not fire on its example"
    else:
        assert not fired, f"{rule.id} fired on its counter-example: {fired}"


def test_every_rule_has_an_example() -> None:
    missing = [r.id for r in declared_rules() if not r.examples]
    assert not missing


def check(brief: Brief, expect: dict[str, Any]) -> None:
    facts = {"actors": [(a.name, a.type, a.aliases) for a in brief.actors],
             "quotes": [(c.text, c.speaker) for c in brief.claims if c.kind == "quote"],
             "numbers": [n.text for n in brief.numbers], "outlook": [o.text for o in brief.outlook]}
    if "actor" in expect:
        found = [a for a in brief.actors if a.name == expect["actor"]]
        assert len(found) == 1, facts["actors"]
        actor = found[0]
        for key in ("type", "role"):
            if key in expect:
                assert getattr(actor, key) == expect[key], (key, getattr(actor, key), facts["actors"])
        for alias in expect.get("aliases", ()):
            assert alias in actor.aliases, (alias, actor.aliases)
    if "first_actor" in expect:
        assert brief.actors and brief.actors[0].name == expect["first_actor"], facts["actors"]
    if "ranks_above" in expect:
        names = [a.name for a in brief.actors]
        higher, lower = expect["ranks_above"]
        assert higher in names and lower in names and names.index(higher) < names.index(lower), names
    if "no_actor" in expect:
        name = expect["no_actor"]
        assert not any(a.name == name or name in a.aliases for a in brief.actors), facts["actors"]
    if "quote" in expect:
        found = [c for c in brief.claims if c.kind == "quote" and expect["quote"] in c.text]
        assert len(found) == 1, facts["quotes"]
        if "speaker" in expect:
            assert found[0].speaker == expect["speaker"], facts["quotes"]
        if "unnamed_speaker" in expect:
            assert found[0].unnamed_speaker == expect["unnamed_speaker"], found[0]
    if "no_quote" in expect:
        quotes = [text for text, _ in facts["quotes"]]
        assert not any(expect["no_quote"] in text for text in quotes), quotes
    if "number" in expect:
        found = [n for n in brief.numbers if n.text == expect["number"]]
        assert len(found) == 1, facts["numbers"]
        for key in ("value", "high", "unit", "approximate"):
            if key in expect:
                assert getattr(found[0], key) == expect[key], (key, getattr(found[0], key))
    if "no_number" in expect:
        assert not any(expect["no_number"] in n.text for n in brief.numbers), facts["numbers"]
    if "outlook" in expect:
        found = [o for o in brief.outlook if expect["outlook"] in o.text]
        assert found, facts["outlook"]
        if "horizon" in expect:
            assert found[0].horizon == expect["horizon"], found[0]
    if "first_outlook" in expect:
        assert brief.outlook and expect["first_outlook"] in brief.outlook[0].text, facts["outlook"]
    if "no_outlook" in expect:
        assert not any(expect["no_outlook"] in o.text for o in brief.outlook), facts["outlook"]
    if "timeline" in expect:
        found = [t for t in brief.timeline if expect["timeline"] in t.event]
        assert found, [(t.text, t.event, t.date) for t in brief.timeline]
        for key, name in (("when", "text"), ("date", "date"), ("precision", "precision")):
            if key in expect:
                assert getattr(found[0], name) == expect[key], (key, found[0])
        for name in expect.get("timeline_actors", ()):
            assert name in found[0].actors, (name, found[0].actors)
    if "no_timeline" in expect:
        assert not any(expect["no_timeline"] in t.text for t in brief.timeline), brief.timeline
    relations = [(r.source, r.kind, r.target) for r in brief.relations]
    if "relation" in expect:
        assert tuple(expect["relation"]) in relations, relations
    if "no_relation" in expect:
        assert tuple(expect["no_relation"]) not in relations, relations
    if "summary" in expect:
        assert brief.summary and expect["summary"] in brief.summary[0], brief.summary
    assert set(expect) <= KNOWN_KEYS, set(expect) - KNOWN_KEYS


KNOWN_KEYS = {"actor", "type", "role", "aliases", "no_actor", "first_actor", "ranks_above", "quote",
              "speaker", "unnamed_speaker", "no_quote", "number",
              "value", "high", "unit", "approximate", "no_number", "outlook", "horizon", "first_outlook",
              "no_outlook",
              "summary", "relation", "no_relation", "timeline", "when", "date", "precision",
              "timeline_actors", "no_timeline", "published"}
