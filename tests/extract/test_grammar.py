"""The parse-tree answers several layers share (coordination heads, subordinate clauses, what a
reporting verb reports), checked against the plain climb they replace, and the one-pass inheritance
they are built on."""

from __future__ import annotations

from typing import Any

from reportgen.extract.grammar import complement, inherit, tree_of


def _climb_first_conjunct(token: Any) -> Any:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _climb_subordinate(token: Any) -> bool:
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def test_inherit_takes_the_nearest_answer_above() -> None:
    # 0 is the root; 1 and 2 hang from 0; 3 from 2; 4 from 3 and answers itself.
    heads = [0, 0, 0, 2, 3]
    own: list[str | None] = [None, None, "b", None, "c"]
    assert inherit(heads, own, "root") == ["root", "root", "b", "b", "c"]


def test_inherit_answers_a_chain_of_any_depth() -> None:
    depth = 50_000  # a list of names the parser chained one conjunct under the next
    heads = [0, *range(depth - 1)]
    assert inherit(heads, [True, *[None] * (depth - 1)], False) == [True] * depth


def test_answers_match_the_climbs_they_replace(nlp: Any) -> None:
    doc = nlp("Ana Ruiz, Tom Okafor, Ida Renn and Kari Lund signed the letter, which the aide who "
              "worked with Omar Shah had drafted. The mayor said the bill was waylaid by voters.")
    tree = tree_of(doc)
    assert [tree.first_conjunct(t).i for t in doc] == [_climb_first_conjunct(t).i for t in doc]
    assert [tree.subordinate(t) for t in doc] == [_climb_subordinate(t) for t in doc]
    lund = next(t for t in doc if t.text == "Lund")
    head = tree.first_conjunct(lund)  # "Lund" -> "Renn" -> the list's first conjunct
    assert head.i < 7 and head.dep_ != "conj"
    assert tree.subordinate(next(t for t in doc if t.text == "Shah"))
    assert not tree.subordinate(next(t for t in doc if t.text == "letter"))


def test_reported_marks_the_words_a_reporting_verb_reports(nlp: Any) -> None:
    doc = nlp("The mayor said the bill was waylaid by voters.")
    tree = tree_of(doc)
    assert tree.reported(next(t for t in doc if t.text == "voters"))
    assert not tree.reported(next(t for t in doc if t.text == "mayor"))


def test_a_that_clause_the_parser_calls_adverbial_is_still_a_complement(nlp: Any) -> None:
    doc = nlp("Tom Gale, a radio host, recalled in 2008 that before Iowa, Hume wasn't treated as credibly "
              "by his listeners.")
    treated = next(t for t in doc if t.text == "treated")
    assert treated.dep_ == "advcl"  # the parse this guards against
    assert complement(treated)
    assert tree_of(doc).complement_head(next(t for t in doc if t.text == "Hume")).text == "recalled"
    purpose = nlp("He left early so that he could rest.")
    assert not any(complement(t) for t in purpose)
