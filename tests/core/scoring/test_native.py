"""The guard for the opt-in compiled scorer: extensions whose source changed never run.

Python imports `scorer.cpython-*.so` before `scorer.py`; these tests pin down that a
source edited (or removed) after `scripts/compile_scorer.py` is caught on import,
with the command that fixes it, and that the usual pure-Python tree is left alone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bot.core.scoring.native import MANIFEST, check_native, stale_modules


def _compiled(directory: Path, sources: dict[str, str]) -> None:
    """A package folder as the compile script leaves it: sources and their hashes."""
    lines = []
    for name, text in sources.items():
        (directory / name).write_text(text, encoding="utf-8")
        lines.append(f"{hashlib.sha256(text.encode()).hexdigest()}  {name}")
    (directory / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_no_manifest_means_python_sources_and_nothing_to_check(tmp_path: Path) -> None:
    (tmp_path / "scorer.py").write_text("x = 1\n", encoding="utf-8")
    assert stale_modules(tmp_path) == []
    check_native(tmp_path)  # no error


def test_sources_as_compiled_pass(tmp_path: Path) -> None:
    _compiled(tmp_path, {"scorer.py": "x = 1\n", "targeting.py": "y = 2\n"})
    assert stale_modules(tmp_path) == []
    check_native(tmp_path)


def test_an_edited_source_is_stale_and_import_refuses(tmp_path: Path) -> None:
    _compiled(tmp_path, {"scorer.py": "x = 1\n", "targeting.py": "y = 2\n"})
    (tmp_path / "targeting.py").write_text("y = 3  # a rule changed\n", encoding="utf-8")
    assert stale_modules(tmp_path) == ["targeting.py"]
    with pytest.raises(ImportError, match=r"targeting\.py.*compile_scorer\.py --clean"):
        check_native(tmp_path)


def test_a_removed_source_is_stale(tmp_path: Path) -> None:
    _compiled(tmp_path, {"scorer.py": "x = 1\n", "old_rule.py": "z = 0\n"})
    (tmp_path / "old_rule.py").unlink()
    assert stale_modules(tmp_path) == ["old_rule.py"]


def test_the_installed_package_imports_with_its_own_sources() -> None:
    """Whatever this checkout holds (compiled or not), it passed its own guard."""
    from bot.core.scoring import scorer

    package = Path(scorer.__file__ or "").parent
    assert stale_modules(package) == []
