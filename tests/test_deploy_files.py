"""The Dockerfile, compose.yaml and the systemd unit say what the README promises.

No container engine runs here, so these read the files and check their essentials,
and check that what the Dockerfile copies and runs exists and works: the build
context it copies is enough to run the bot's code, the command it starts is the
console script's `run`, and its health check is the tested deploy/healthcheck.py.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "kindness-bot.service"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


# --- reading the files -------------------------------------------------------------


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    logical: list[str] = []
    pending = ""
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1]) for text in logical]


def instructions(name: str) -> list[str]:
    return [args for kind, args in dockerfile() if kind == name]


def exec_form(args: str) -> list[str]:
    """["a", "b"] (exec form) or a b (shell form) as a list."""
    if args.startswith("["):
        parsed: list[str] = json.loads(args)
        return parsed
    return shlex.split(args)


def env() -> dict[str, str]:
    found: dict[str, str] = {}
    for args in instructions("ENV"):
        for pair in shlex.split(args):
            key, _, value = pair.partition("=")
            found[key] = value
    return found


def stages() -> list[list[tuple[str, str]]]:
    """The instructions of each stage (from one FROM to the next), in order."""
    found: list[list[tuple[str, str]]] = []
    for kind, args in dockerfile():
        if kind == "FROM":
            found.append([])
        found[-1].append((kind, args))
    return found


def copies() -> list[tuple[list[str], str]]:
    """(sources, destination) of every COPY from the build context (not from a stage)."""
    found = []
    for args in instructions("COPY"):
        if args.startswith("--from"):
            continue
        words = [w for w in shlex.split(args) if not w.startswith("--")]
        found.append((words[:-1], words[-1]))
    return found


def ignored(relative: str) -> bool:
    """Whether .dockerignore keeps `relative` (or a folder above it) out of the context."""
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert not [p for p in patterns if p.startswith("!")], "exceptions are not handled here"
    parts = relative.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for pattern in patterns:
        anywhere = pattern.removeprefix("**/")
        for prefix in prefixes:
            if fnmatch.fnmatchcase(prefix, pattern):
                return True
            if anywhere != pattern and fnmatch.fnmatchcase(prefix.rsplit("/", 1)[-1], anywhere):
                return True
    return False


def compose_service() -> tuple[dict[str, Any], dict[str, Any]]:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert list(services) == ["kindness-bot"]
    return services["kindness-bot"], compose


def unit() -> dict[str, dict[str, list[str]]]:
    """Section -> key -> values (systemd allows a key more than once)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in UNIT.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def seconds(value: str) -> float:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(s|m|min)?", value.strip())
    assert match, value
    return float(match[1]) * (60 if match[2] in ("m", "min") else 1)


def default_shutdown_grace() -> float:
    text = (ROOT / ".env.example").read_text()
    match = re.search(r"^KINDNESS_SHUTDOWN_GRACE_SECONDS=(\S+)$", text, re.MULTILINE)
    assert match
    return float(match[1])


def readme_exit_codes() -> dict[int, str]:
    text = (ROOT / "README.md").read_text()
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d+) \| (.+?) \|", text, re.MULTILINE)}


# --- Dockerfile ----------------------------------------------------------------------


def test_the_image_is_a_supported_python() -> None:
    """Both stages on one base: the venv built in the first runs in the second."""
    bases = {args.split()[0] for args in instructions("FROM")}
    assert len(bases) == 1, bases
    (base,) = bases
    match = re.fullmatch(r"python:(\d+)\.(\d+)-slim\S*", base)
    assert match, base
    needed = re.fullmatch(r">=(\d+)\.(\d+)", PYPROJECT["project"]["requires-python"])
    assert needed
    assert (int(match[1]), int(match[2])) >= (int(needed[1]), int(needed[2]))


def test_the_bot_runs_as_a_dedicated_user_not_root() -> None:
    kinds = [kind for kind, _ in dockerfile()]
    users = instructions("USER")
    assert users, "no USER: the bot would run as root"
    user = users[-1]
    assert user not in ("root", "0") and not user.startswith("0:")
    created = " ".join(instructions("RUN"))
    assert re.search(rf"useradd .*\b{re.escape(user)}\b", created)
    # Nothing after USER runs as root again, and the entry point comes after it.
    assert kinds.index("ENTRYPOINT") > len(kinds) - 1 - kinds[::-1].index("USER")


def test_the_database_is_in_the_data_volume_owned_by_that_user() -> None:
    volumes = [v for args in instructions("VOLUME") for v in exec_form(args)]
    assert volumes == ["/data"]
    assert env()["DATABASE_PATH"] == "/data/kindness.db"
    assert instructions("WORKDIR")[-1] == "/data"  # a relative DATABASE_PATH stays inside
    user = instructions("USER")[-1]
    created = " ".join(instructions("RUN"))
    assert f"chown {user}:{user} /data" in created
    # Docker keeps what an image puts in a volume folder only if done before VOLUME.
    kinds = [kind for kind, _ in dockerfile()]
    chown = next(i for i, (k, a) in enumerate(dockerfile()) if k == "RUN" and "/data" in a)
    assert chown < kinds.index("VOLUME")


def test_the_health_check_runs_the_tested_script() -> None:
    (health,) = instructions("HEALTHCHECK")
    options, _, command = health.partition("CMD")
    assert "--interval" in options and "--start-period" in options
    argv = exec_form(command.strip())
    assert argv[0] == "python"
    destinations = {dest: sources for sources, dest in copies()}
    assert destinations[argv[1]] == ["deploy/healthcheck.py"]
    assert (ROOT / "deploy" / "healthcheck.py").is_file()


def test_it_starts_the_console_script_run() -> None:
    (entry,) = instructions("ENTRYPOINT")
    (cmd,) = instructions("CMD")
    argv = exec_form(entry) + exec_form(cmd)
    assert argv[:2] == ["kindness-bot", "run"]
    target = PYPROJECT["project"]["scripts"][argv[0]]
    module, _, function = target.partition(":")
    result = subprocess.run(
        [sys.executable, "-c", f"from {module} import {function} as m; m(['run', '--help'])"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "usage: kindness-bot run" in result.stdout


def test_pip_install_gets_every_file_the_build_needs() -> None:
    """The build files pyproject.toml names and every package it ships are copied."""
    copied = {source for sources, _ in copies() for source in sources}
    for source in copied:
        assert (ROOT / source).exists(), source
        assert not ignored(source), f"{source} is copied but .dockerignore leaves it out"
    project = PYPROJECT["project"]
    assert {project["readme"], *project["license-files"], "pyproject.toml"} <= copied
    packages = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    top_level = {p.removesuffix("*") for p in packages}
    assert top_level <= copied
    build_dir = next(dest for sources, dest in copies() if "pyproject.toml" in sources)
    build_dir = build_dir.rstrip("/")
    for package in top_level:
        assert ([package], f"{build_dir}/{package}") in copies()
    (install,) = [args for args in instructions("RUN") if "pip install" in args]
    assert f"pip install {build_dir}" in install


def test_a_build_stage_compiles_the_scorer_and_the_image_carries_only_the_venv() -> None:
    build, image = stages()
    assert build[0][1].endswith(" AS build") and len(image[0][1].split()) == 1
    build_runs = " ".join(args for kind, args in build if kind == "RUN")
    assert re.search(r"apt-get install .*\bgcc\b", build_runs)
    assert re.search(r"/opt/kindness-bot/bin/pip install /src\s+&&", build_runs)  # bot alone
    assert 'pip install "/src[native]"' in build_runs  # mypy: the stage's own Python
    assert "python /src/scripts/compile_scorer.py --package" in build_runs
    assert "KINDNESS_SCORER_BUILD=compiled /opt/kindness-bot/bin/kindness-bot check" in build_runs
    assert (["scripts/compile_scorer.py"], "/src/scripts/compile_scorer.py") in copies()
    image_runs = " ".join(args for kind, args in image if kind == "RUN")
    assert not re.search(r"gcc|mypy|native|apt-get install", image_runs)
    from_stage = [args for kind, args in image if kind == "COPY" and args.startswith("--from")]
    assert from_stage == ["--from=build /opt/kindness-bot /opt/kindness-bot"]
    assert env()["PATH"].startswith("/opt/kindness-bot/bin:")
    for path in ("bot/core/scoring/compiled/scorer.so", "bot/core/scoring/compiled.new-1"):
        assert ignored(path), path  # the checkout's own build is never copied in


RUN_FROM_CONTEXT = """
import sys
import bot.cli.entry
print(bot.cli.entry.__file__, flush=True)
sys.exit(bot.cli.entry.main(sys.argv[1:]))
"""


def test_the_copied_tree_is_enough_to_run_the_bot(tmp_path: Path) -> None:
    """Run the scorer from exactly what the image copies (lexicons are package data)."""
    context = tmp_path / "src"
    for sources, _ in copies():
        for source in sources:
            if source == "deploy/healthcheck.py":
                continue
            path = ROOT / source
            files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
            for file in files:
                relative = file.relative_to(ROOT).as_posix()
                if not ignored(relative):
                    (context / relative).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(file, context / relative)
    result = subprocess.run(
        [sys.executable, "-c", RUN_FROM_CONTEXT, "check", "you are an idiot"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(context), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    imported_from, verdict = result.stdout.split("\n", 1)
    assert Path(imported_from).is_relative_to(context)  # not the checkout
    assert verdict.startswith("HOSTILE")
    assert len(list((context / "db" / "migrations").glob("*.sql"))) >= 1


def test_the_build_context_leaves_out_the_token_and_local_state() -> None:
    for path in (".env", ".env.local", ".venv", "data/kindness.db", ".git", "x/y.db"):
        assert ignored(path), path
    for path in ("bot/core/lexicons/en/insult.txt", "db/migrations/001.sql", "README.md"):
        assert not ignored(path), path


# --- compose.yaml --------------------------------------------------------------------


def test_compose_builds_this_image_with_the_env_file_and_the_volume() -> None:
    service, compose = compose_service()
    assert service["build"] == "."
    assert service["env_file"] in (".env", [".env"])
    # .env.example's ./data/kindness.db must not move the database out of the volume.
    assert service["environment"]["DATABASE_PATH"] == env()["DATABASE_PATH"]
    (mount,) = service["volumes"]
    name, target = mount.split(":")
    assert target == "/data"
    assert name in compose["volumes"]  # a named volume, kept across `down` and rebuilds
    assert service["restart"] in ("unless-stopped", "always")


def test_compose_waits_longer_than_the_shutdown_grace() -> None:
    service, _ = compose_service()
    grace = default_shutdown_grace()
    assert seconds(service["stop_grace_period"]) >= grace + 10  # then the final flush
    assert "healthcheck" not in service or not service["healthcheck"].get("disable")


# --- systemd unit --------------------------------------------------------------------


def test_the_unit_runs_the_installed_bot_as_its_own_user_in_its_own_folder() -> None:
    service = unit()["Service"]
    assert service["User"] not in (["root"], ["0"])
    (workdir,) = service["WorkingDirectory"]
    (state,) = service["StateDirectory"]
    assert workdir == f"/var/lib/{state}"  # made by systemd, owned by the user
    (env_file,) = service["EnvironmentFile"]
    assert env_file.startswith("/etc/")
    (exec_start,) = service["ExecStart"]
    binary, *args = exec_start.split()
    assert args == ["run"]
    assert binary.endswith("/.venv/bin/kindness-bot")  # what ./scripts/install makes
    assert "kindness-bot" in PYPROJECT["project"]["scripts"]
    assert "ready: $PWD/.venv/bin/kindness-bot" in (ROOT / "scripts" / "install").read_text()


def test_the_unit_does_not_restart_on_configuration_errors() -> None:
    service = unit()["Service"]
    assert service["Restart"] == ["on-failure"]
    (prevent,) = service["RestartPreventExitStatus"]
    codes = readme_exit_codes()
    assert set(codes) == set(range(13))
    assert {int(c) for c in prevent.split()} == {2, 3, 4, 5, 6, 7, 8, 11}
    for retried in (1, 9, 10, 12):  # a bug, Discord or PostgreSQL unreachable, DNS: retry
        assert str(retried) not in prevent.split(), codes[retried]
    (timeout,) = service["TimeoutStopSec"]
    assert seconds(timeout) >= default_shutdown_grace() + 10


def test_the_unit_is_valid_for_systemd(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # The checkout is not at /opt here: everything else is checked as written.
    text = re.sub(r"^ExecStart=\S+", "ExecStart=/bin/true", UNIT.read_text(), flags=re.M)
    copy = tmp_path / "kindness-bot.service"
    copy.write_text(text)
    result = subprocess.run(
        [analyze, "verify", str(copy)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert not result.stderr.strip(), result.stderr
