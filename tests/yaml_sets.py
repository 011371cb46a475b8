"""The question sets and NLU files (YAML) as the unit tests read them, parsed once per worker.

PyYAML's pure-Python SafeLoader took about 3 s of CPU for the sets a single test reads
(tests/unit/test_foreign_language.py, stop 65); libyaml's CSafeLoader reads the same data
(checked equal for every set and NLU file, stop 65) in a tenth of that. Each file is parsed once
per version (path, modification time, size) and every caller gets its own copy, so a test that
changes what it got changes nothing for the next."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


def load_yaml(path: Path) -> Any:
    """The data of the YAML file `path` (as `yaml.safe_load` reads it), a fresh copy per call."""
    stat = path.stat()
    return copy.deepcopy(_parsed(str(path), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=128)
def _parsed(path: str, mtime_ns: int, size: int) -> Any:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER)
