"""Guard for the scorer compiled with mypyc (`scripts/compile_scorer.py`, opt-in).

Python imports a compiled module (`scorer.cpython-*.so`) before the `.py` file beside
it, so a source edited after compiling would silently not run. The compile script
writes the SHA-256 of every source it compiled to MANIFEST; on import the package
compares them with the sources now there and refuses to start on a mismatch, with
the command that fixes it. No manifest (the usual, pure-Python case): nothing to check.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

MANIFEST = "native.sha256"  # "<sha256>  <file name>" per compiled source


def stale_modules(directory: Path) -> list[str]:
    """The compiled sources in `directory` whose `.py` file changed or went away."""
    manifest = directory / MANIFEST
    if not manifest.is_file():
        return []
    stale = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        source = directory / name
        if not source.is_file() or hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            stale.append(name)
    return stale


def check_native(directory: Path) -> None:
    """Raise ImportError when compiled modules in `directory` are older than their sources."""
    stale = stale_modules(directory)
    if stale:
        raise ImportError(
            f"the compiled scorer is out of date ({', '.join(stale)} changed since it was "
            "compiled): run `.venv/bin/python scripts/compile_scorer.py` again, or "
            "`.venv/bin/python scripts/compile_scorer.py --clean` to run the Python sources"
        )
