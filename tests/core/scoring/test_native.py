"""Which scorer runs: the mypyc build only while it matches the sources, else the sources.

The folder tests build a package folder as `scripts/compile_scorer.py` leaves it (the
sources, `compiled/` with one extension per module, the shared library and the
manifest) and edit it the ways a checkout changes: a rule edited, a rule module added
or removed, another Python, a build cut short, the leftovers of the old layout. The
import tests run a real interpreter on a copy of the package whose "extensions" are not
loadable files: importing one proves the folder went in front of the sources.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.scoring import BUILD
from bot.core.scoring.native import (
    FOLDER,
    LIBRARY,
    MANIFEST,
    Build,
    choose_build,
    compiled_sources,
    extension_suffix,
    manifest_text,
    why_not_fresh,
)

SCORING = Path(__file__).resolve().parents[3] / "bot" / "core" / "scoring"
SOURCES = {"scorer.py": "x = 1\n", "targeting.py": "y = 2\n", "lexicon_compile.py": "z = 3\n"}


def _package(tmp_path: Path, *, built: bool = True) -> Path:
    """A package folder with sources and, if `built`, a fresh build of the compiled ones."""
    package = tmp_path / "scoring"
    package.mkdir()
    for name, text in SOURCES.items():
        (package / name).write_text(text, encoding="utf-8")
    if built:
        folder = package / FOLDER
        folder.mkdir()
        sources = compiled_sources(package)
        for name in [p.stem for p in sources] + [f"{LIBRARY}__mypyc"]:
            (folder / f"{name}{extension_suffix()}").write_bytes(b"not an ELF file")
        (folder / MANIFEST).write_text(manifest_text(sources), encoding="utf-8")
    return package


def test_only_the_per_message_modules_are_compiled(tmp_path: Path) -> None:
    package = _package(tmp_path, built=False)
    assert [p.name for p in compiled_sources(package)] == ["scorer.py", "targeting.py"]
    real = {p.name for p in compiled_sources(SCORING)}
    assert {"scorer.py", "matching.py", "targeting.py", "targeting_wishes7.py"} <= real
    # What the rules call on every hit is compiled with them (speed round 12): Entry and
    # Verdict as native classes, the gates' and word lists' helpers as C functions.
    assert {"lexicon.py", "verdict.py", "clean_gates.py", "forum_words.py"} <= real
    assert "kindness.py" in real  # the bot's kindness test, on every message not flagged
    assert not real & {"lexicon_compile.py", "lexicon_shared.py", "native.py", "__init__.py"}


def test_no_build_runs_the_sources_without_a_warning(tmp_path: Path) -> None:
    build = choose_build(_package(tmp_path, built=False), "auto")
    assert build == Build(None, "no compiled build", stale=False)
    assert build.describe() == "scorer: Python sources (no compiled build)"


def test_a_fresh_build_runs(tmp_path: Path) -> None:
    package = _package(tmp_path)
    build = choose_build(package, "auto")
    assert build.folder == package / FOLDER and build.compiled and not build.stale
    assert build.describe().startswith("scorer: compiled with mypyc (built from these sources")


def test_an_edited_source_sends_the_whole_build_back_to_the_sources(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "targeting.py").write_text("y = 3  # a rule changed\n", encoding="utf-8")
    build = choose_build(package, "auto")
    assert build.folder is None and build.stale
    assert build.reason.startswith("targeting.py changed since the scorer was compiled")
    assert "scripts/compile_scorer.py" in build.reason and "./scripts/run" in build.reason


def test_a_module_not_compiled_may_change(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "lexicon_compile.py").write_text("z = 4\n", encoding="utf-8")
    assert choose_build(package, "auto").compiled


@pytest.mark.parametrize("change", ["added", "removed"])
def test_a_rule_module_added_or_removed_is_stale(tmp_path: Path, change: str) -> None:
    package = _package(tmp_path)
    if change == "added":
        (package / "targeting_new.py").write_text("w = 0\n", encoding="utf-8")
        name = "targeting_new.py"
    else:
        (package / "targeting.py").unlink()
        name = "targeting.py"
    assert why_not_fresh(package) == (
        f"{name} changed since the scorer was compiled; "
        "`.venv/bin/python scripts/compile_scorer.py` (or `./scripts/run`) compiles it again"
    )


def test_a_build_for_another_python_is_not_used(tmp_path: Path) -> None:
    package = _package(tmp_path)
    manifest = package / FOLDER / MANIFEST
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace(extension_suffix(), ".cpython-399-x.so"), encoding="utf-8")
    reason = why_not_fresh(package)
    assert reason == (
        f"the compiled build is for another Python (.cpython-399-x.so; "
        f"this one needs {extension_suffix()})"
    )


@pytest.mark.parametrize("gone", ["scorer", f"{LIBRARY}__mypyc"])
def test_a_build_cut_short_is_not_used(tmp_path: Path, gone: str) -> None:
    package = _package(tmp_path)
    (package / FOLDER / f"{gone}{extension_suffix()}").unlink()
    build = choose_build(package, "auto")
    assert build.folder is None and build.stale
    assert build.reason.startswith("the compiled build is incomplete")


def test_python_is_always_the_sources_and_compiled_insists(tmp_path: Path) -> None:
    package = _package(tmp_path)
    assert choose_build(package, "python") == Build(None, "KINDNESS_SCORER_BUILD=python")
    assert choose_build(package, "compiled").compiled
    (package / "scorer.py").write_text("x = 2\n", encoding="utf-8")
    with pytest.raises(ImportError, match=r"^KINDNESS_SCORER_BUILD=compiled, but scorer\.py"):
        choose_build(package, "compiled")
    with pytest.raises(ImportError, match=r"choose one of auto, python, compiled"):
        choose_build(package, "fast")


def test_extensions_beside_the_sources_are_refused_with_the_fix(tmp_path: Path) -> None:
    """The old layout: Python would import them before the sources, fresh or not."""
    package = _package(tmp_path, built=False)
    (package / f"scorer{extension_suffix()}").write_bytes(b"old build")
    for choice in ("auto", "python"):
        with pytest.raises(ImportError, match=r"scorer\..*older .*compile_scorer\.py --clean"):
            choose_build(package, choice)


def test_the_tests_run_the_python_sources() -> None:
    """tests/conftest.py asks for them, so a build left by ./scripts/run changes nothing."""
    from bot.core.scoring import scorer

    assert BUILD.reason == "KINDNESS_SCORER_BUILD=python" or (
        os.environ["KINDNESS_SCORER_BUILD"] != "python"
    )
    if os.environ["KINDNESS_SCORER_BUILD"] == "python":
        assert (scorer.__file__ or "").endswith("scorer.py")


IMPORT = """
import bot.core.scoring as scoring
print(scoring.BUILD.describe())
import bot.core.scoring.scorer as scorer
print(scorer.__file__)
"""


def _import_copy(tmp_path: Path, choice: str) -> subprocess.CompletedProcess[str]:
    """Import the scorer from a copy of `bot/` whose build holds unloadable 'extensions'."""
    shutil.copytree(
        SCORING.parents[1],
        tmp_path / "bot",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", FOLDER + "*"),
    )
    package = tmp_path / "bot" / "core" / "scoring"
    folder = package / FOLDER
    folder.mkdir()
    sources = compiled_sources(package)
    for name in [p.stem for p in sources] + [f"{LIBRARY}__mypyc"]:
        (folder / f"{name}{extension_suffix()}").write_bytes(b"not an ELF file")
    (folder / MANIFEST).write_text(manifest_text(sources), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-c", IMPORT],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PYTHONSAFEPATH": "1", "KINDNESS_SCORER_BUILD": choice},
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_fresh_build_is_imported_before_the_sources(tmp_path: Path) -> None:
    result = _import_copy(tmp_path, "auto")
    assert result.returncode != 0  # it tried the "extension": the folder came first
    assert "scorer: compiled with mypyc" in result.stdout
    assert f"{FOLDER}/scorer{extension_suffix()}" in result.stderr


def test_a_stale_build_is_never_imported(tmp_path: Path) -> None:
    (tmp_path / "edit").mkdir()
    result = _import_copy(tmp_path / "edit", "python")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].endswith("bot/core/scoring/scorer.py")
    package = tmp_path / "edit" / "bot" / "core" / "scoring"
    with (package / "turns.py").open("a", encoding="utf-8") as handle:
        handle.write("# edited after compiling\n")
    result = subprocess.run(
        [sys.executable, "-c", IMPORT],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "edit"), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    described, imported = result.stdout.splitlines()
    assert described.startswith("scorer: Python sources (turns.py changed since the scorer")
    assert imported.endswith("bot/core/scoring/scorer.py")
