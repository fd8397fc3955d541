"""Modules loaded on first use: a library that only some command needs (the charts, the
calendar files, the Excel writer) costs the start-up nothing. ``lazy_module`` returns the
module at once and runs it when an attribute is first read (importlib's LazyLoader).

    if TYPE_CHECKING:
        import icalendar
    else:
        icalendar = lazy_module("icalendar")
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
