"""reportgen uses WeasyPrint through its documented API only: no private names, no overridden hooks.

WeasyPrint's API reference says anything it does not document may change in any release; a private
hook overridden here (as ``HTML._ua_stylesheets`` once was, for a leaner user-agent sheet) would
break silently, or change the output, on an upgrade.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reportgen"
#: The WeasyPrint modules its API reference documents (and reportgen may import from).
DOCUMENTED_MODULES = {"weasyprint", "weasyprint.urls", "weasyprint.text.fonts"}
#: WeasyPrint's private hooks for its user-agent and presentational-hints sheets.
PRIVATE_HOOKS = ("_ua_stylesheets", "_ua_counter_style", "_ph_stylesheets")


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def weasyprint_private_uses(source: str, filename: str) -> list[str]:
    """Where ``source`` reaches into WeasyPrint: a private name or module imported, an undocumented
    module imported, a private attribute of a WeasyPrint name read or written, a private method
    defined on a subclass of a WeasyPrint class, or a private hook named at all."""
    found = [f"{filename}: names {hook}" for hook in PRIVATE_HOOKS if hook in source]
    tree = ast.parse(source, filename)
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "weasyprint":
            module = node.module or ""
            if module not in DOCUMENTED_MODULES:
                found.append(f"{filename}:{node.lineno}: imports from undocumented {module}")
            for alias in node.names:
                bound.add(alias.asname or alias.name)
                if _private(alias.name):
                    found.append(f"{filename}:{node.lineno}: imports private {module}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "weasyprint":
                    bound.add((alias.asname or alias.name).split(".")[0])
                    if alias.name not in DOCUMENTED_MODULES or any(map(_private, alias.name.split("."))):
                        found.append(f"{filename}:{node.lineno}: imports undocumented {alias.name}")
    _follow_values(tree, bound)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            if _root(node.value) in bound:
                found.append(f"{filename}:{node.lineno}: uses private {ast.unparse(node)}")
        elif isinstance(node, ast.ClassDef):
            bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
            if bases & bound:
                methods = [item for item in node.body if isinstance(item, ast.FunctionDef)]
                found.extend(f"{filename}:{item.lineno}: overrides private {node.name}.{item.name}"
                             for item in methods if _private(item.name))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr"
              and node.args and _root(node.args[0]) in bound):
            found.append(f"{filename}:{node.lineno}: sets an attribute of {node.args[0].id}")
    return found


def _root(node: ast.expr) -> str | None:
    """The name an expression starts from: ``page`` for ``page.render(x).fonts[0]``."""
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _follow_values(tree: ast.AST, bound: set[str]) -> None:
    """Add to ``bound`` the names given values made from WeasyPrint names (``document =
    page.render()``, ``for font in document.fonts.values()``), until nothing more is added."""
    pairs: list[tuple[ast.expr, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            pairs.extend((target, node.value) for target in node.targets)
        elif isinstance(node, ast.AnnAssign | ast.NamedExpr) and node.value is not None:
            pairs.append((node.target, node.value))
        elif isinstance(node, ast.For | ast.comprehension):
            pairs.append((node.target, node.iter))
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            pairs.append((node.optional_vars, node.context_expr))
    grown = True
    while grown:
        grown = False
        for target, value in pairs:
            if _root(value) in bound:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name) and name.id not in bound:
                        bound.add(name.id)
                        grown = True


def test_the_package_uses_no_private_weasyprint_api() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += weasyprint_private_uses(path.read_text("utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert found == []


def test_the_check_finds_each_kind_of_private_use() -> None:
    cases = {
        "from weasyprint import HTML\nclass Lean(HTML):\n    def _ua_stylesheets(self): return []\n":
            "overrides private Lean._ua_stylesheets",
        "from weasyprint.html import UA\n": "imports from undocumented weasyprint.html",
        "from weasyprint.urls import _fetch\n": "imports private weasyprint.urls._fetch",
        "import weasyprint\nweasyprint.HTML._ph_stylesheets = list\n":
            "uses private weasyprint.HTML._ph_stylesheets",
        "from weasyprint import HTML as H\nH(string='').foo._cache\n": "uses private H(string='').foo._cache",
        "from weasyprint import HTML\nsetattr(HTML, 'x', 1)\n": "sets an attribute of HTML",
    }
    for source, expected in cases.items():
        assert any(expected in use for use in weasyprint_private_uses(source, "x.py")), source
    assert weasyprint_private_uses("from weasyprint import HTML\nHTML(string='')._x = 1\n", "x.py")
    followed = "from weasyprint import HTML\npage = HTML(string='')\ndoc = page.render()\ndoc._fonts\n"
    assert weasyprint_private_uses(followed, "x.py") == ["x.py:4: uses private doc._fonts"]
    assert weasyprint_private_uses("import json\njson._default_encoder\n", "x.py") == []
