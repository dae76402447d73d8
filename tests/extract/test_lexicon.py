"""The vocabularies: defined once, each with what it is for, all lower case."""

from __future__ import annotations

import ast
from pathlib import Path

from reportgen.extract import lexicon

LEXICON = Path(lexicon.__file__)


def test_every_vocabulary_is_defined_once() -> None:
    names = [target.id for node in ast.parse(LEXICON.read_text(encoding="utf-8")).body
             if isinstance(node, ast.Assign | ast.AnnAssign)
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(target, ast.Name) and target.id.isupper()]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_every_list_says_what_it_is_for() -> None:
    themes = [p.stem for p in LEXICON.with_name("data").glob("*.yaml")]
    assert themes
    for theme in themes:
        for name, entry in lexicon.vocabulary(theme).items():
            assert entry["doc"].strip(), (theme, name)


def test_first_names_mark_a_gender() -> None:
    genders = lexicon.first_name_genders()
    assert genders["hillary"] == "f" and genders["donald"] == "m"
    assert set(genders.values()) == {"f", "m"}
