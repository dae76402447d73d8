"""The vocabularies: defined once, each with what it is for, all lower case."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path
from typing import get_args

from spacy.glossary import GLOSSARY
from spacy.lang.en.stop_words import STOP_WORDS

from reportgen.brief.model import ActorType
from reportgen.extract import lexicon
from reportgen.extract.rules import LAYERS

LEXICON = Path(lexicon.__file__)
EXTRACT = LEXICON.parent


def test_every_vocabulary_is_defined_once() -> None:
    names = [target.id for node in ast.parse(LEXICON.read_text(encoding="utf-8")).body
             if isinstance(node, ast.Assign | ast.AnnAssign)
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(target, ast.Name) and target.id.isupper()]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_no_data_file_names_a_list_twice() -> None:
    """YAML lets a later key silently replace an earlier one of the same name."""
    for path in LEXICON.with_name("data").glob("*.yaml"):
        keys = re.findall(r"^([a-z_]+):", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
        assert len(keys) == len(set(keys)), (path.name, sorted({k for k in keys if keys.count(k) > 1}))


def test_every_list_says_what_it_is_for() -> None:
    themes = [p.stem for p in LEXICON.with_name("data").glob("*.yaml")]
    assert themes
    for theme in themes:
        for name, entry in lexicon.vocabulary(theme).items():
            assert entry["doc"].strip(), (theme, name)


def test_no_word_was_read_as_a_boolean() -> None:
    """YAML reads a bare on, off, yes or no as true or false ("go: on" lost its particle)."""
    def walk(value: object, where: str) -> None:
        assert not isinstance(value, bool), where
        if isinstance(value, dict):
            for key, item in value.items():
                walk(key, f"{where}/{key}")
                walk(item, f"{where}/{key}")
        elif isinstance(value, list):
            for k, item in enumerate(value):
                walk(item, f"{where}/{k}")

    for path in LEXICON.with_name("data").glob("*.yaml"):
        for name, entry in lexicon.vocabulary(path.stem).items():
            walk(entry["entries"], f"{path.stem}/{name}")


def test_first_names_mark_a_gender() -> None:
    genders = lexicon.first_name_genders()
    assert genders["hillary"] == "f" and genders["donald"] == "m"
    assert set(genders.values()) == {"f", "m"}


def _word_lists(path: Path) -> list[tuple[int, list[str]]]:
    """Set, tuple and list literals of three or more lower-case words in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Set | ast.Tuple | ast.List) and len(node.elts) >= 3:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(values) == len(node.elts) and all(re.fullmatch(r"[a-z][a-z'’.\- ]*", v) for v in values):
                found.append((node.lineno, values))
    return found


def test_rules_keep_no_word_lists_of_their_own() -> None:
    # Function words, the parser's labels, actor types and rule layers may be written inline; any
    # other word belongs in a vocabulary under extract/data, defined once.
    closed = set(STOP_WORDS) | {label.lower() for label in GLOSSARY} | set(get_args(ActorType)) | set(LAYERS)
    offenders = [f"{path.relative_to(EXTRACT.parent)}:{line}: {sorted(set(values) - closed)}"
                 for path in sorted(EXTRACT.rglob("*.py")) for line, values in _word_lists(path)
                 if set(values) - closed]
    assert not offenders, "\n".join(offenders)


def test_the_word_list_check_sees_a_list(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text("x = ('governor', 'mayor', 'senator')\ny = ('a', 'b')\nz = {'Rome', 'oslo', 'bern'}\n",
                      encoding="utf-8")
    assert _word_lists(module) == [(1, ["governor", "mayor", "senator"])]


def test_no_vocabulary_name_is_bound_twice() -> None:
    """A second ``NAME = words(...)`` in lexicon.py would silently replace the first list for every
    module that reads it (a clash once turned Indian scheme names back into actors)."""
    tree = ast.parse(LEXICON.read_text(encoding="utf-8"))
    names = Counter(target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name))
    assert not [name for name, count in names.items() if count > 1]
