"""``reportgen.ingest(...)``, ``reportgen.extract(...)`` and ``reportgen.render(...)`` are both the
stage packages and the Python API's functions: a stage package is a module that can be called.

Importing ``reportgen.extract`` binds the package to that attribute, so a plain function of the
same name could never survive; a callable module keeps one name for both.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


def make_callable(module_name: str, target: str) -> None:
    """Calling module ``module_name`` calls ``target`` ("package.module:function"), imported late."""
    module_path, _, function = target.partition(":")

    class CallableModule(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(module_path), function)(*args, **kwargs)

    CallableModule.__call__.__doc__ = f"Same as ``{module_path}.{function}``."
    sys.modules[module_name].__class__ = CallableModule
