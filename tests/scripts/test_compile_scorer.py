"""scripts/compile_scorer.py: what `--status` tells scripts/run, and `--clean`.

The real script runs in a real process on a copy of the scoring package (`--package`),
so the checkout's own build is never touched. `--status` must work without the build
tools (scripts/run asks before installing them) and say what to install when the
machine cannot compile, and `--background` (scripts/run's) must leave a build that is
running, or fresh, be. The build itself takes minutes of C compiling: the verdicts of
a real build are compared with the sources' in `test_compiled_verdicts.py`.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from bot.core.scoring.native import FOLDER, LIBRARY, MANIFEST, compiled_sources, extension_suffix
from bot.core.scoring.native import manifest_text as manifest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "compile_scorer.py"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    copy = tmp_path / "bot" / "core" / "scoring"
    shutil.copytree(
        ROOT / "bot" / "core" / "scoring",
        copy,
        ignore=shutil.ignore_patterns("__pycache__", "*.so", FOLDER + "*", "lexicons"),
    )
    return copy


def _script(package: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=path if path is not None else os.environ["PATH"])
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--package", str(package), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _fake_build(package: Path) -> None:
    folder = package / FOLDER
    folder.mkdir()
    sources = compiled_sources(package)
    for name in [p.stem for p in sources] + [f"{LIBRARY}__mypyc"]:
        (folder / f"{name}{extension_suffix()}").write_bytes(b"extension")
    (folder / MANIFEST).write_text(manifest(sources), encoding="utf-8")


def test_a_fresh_build_is_status_0(package: Path) -> None:
    _fake_build(package)
    result = _script(package, "--status")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"the compiled scorer is up to date ({package / FOLDER})\n"


def test_a_stale_build_on_a_machine_that_can_compile_is_status_3(package: Path) -> None:
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if shutil.which(compiler) is None or not headers.is_file():
        pytest.fail(f"this test needs {compiler} and {headers}", pytrace=False)
    _fake_build(package)
    (package / "scorer.py").write_text("# edited\n", encoding="utf-8")
    result = _script(package, "--status")
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("scorer.py changed since the scorer was compiled")


def test_without_a_compiler_status_4_says_what_to_install(package: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    result = _script(package, "--status", path=str(empty))
    assert result.returncode == 4, result.stderr
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert result.stdout.startswith("no compiled build; this machine cannot compile it")
    assert "lacks a C compiler" in result.stdout
    assert f"sudo apt install build-essential python{version}-dev" in result.stdout
    assert "The Python sources run" in result.stdout


def test_clean_removes_the_build_and_the_old_layout(package: Path) -> None:
    _fake_build(package)
    old = package / f"scorer{extension_suffix()}"
    old.write_bytes(b"left by the old script")
    (package / "native.sha256").write_text("x  scorer.py\n", encoding="utf-8")
    files = len(list((package / FOLDER).iterdir())) + 2
    result = _script(package, "--clean")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"removed {files} compiled files from {package}\n"
    assert not (package / FOLDER).exists() and not old.exists()
    assert (package / "scorer.py").is_file()


def test_status_clears_the_old_layout_so_the_bot_can_start(package: Path) -> None:
    (package / f"scorer{extension_suffix()}").write_bytes(b"left by the old script")
    _script(package, "--status")
    assert not list(package.glob("*.so")) and not list(package.glob("*.pyd"))


def test_a_background_build_leaves_a_running_build_be(package: Path, tmp_path: Path) -> None:
    lock = package / f"{FOLDER}.lock"
    log = tmp_path / "compile.log"
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as a build running now holds it
        result = _script(package, "--background", "--log", str(log))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("another build of the scorer is running")
    assert not log.exists()  # the running build's log is left whole


def test_a_background_build_of_a_fresh_build_does_nothing(package: Path, tmp_path: Path) -> None:
    _fake_build(package)
    log = tmp_path / "compile.log"
    result = _script(package, "--background", "--log", str(log))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"the compiled scorer is up to date ({package / FOLDER})\n"
    assert not log.exists()  # the log of the build that made it is left whole
    assert (package / FOLDER / MANIFEST).read_text() == manifest(compiled_sources(package))
