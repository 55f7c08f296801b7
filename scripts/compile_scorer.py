"""Compile the scorer (bot/core/scoring) with mypyc: the same code as C extensions.

The scorer is plain, fully annotated Python (mypy --strict), so mypyc compiles it
as it is: about 1.6x the messages per second, the same verdicts byte for byte
(bench/RESULTS.md). `./scripts/run` calls this (`--background`: at low priority while
the bot starts on the sources) and `./scripts/install` (waiting for it) when the build
is missing or stale and the machine has a C compiler and Python's headers; it needs the
`native` extra (mypy ships mypyc, plus setuptools) to build, and nothing more at run time.

    .venv/bin/python scripts/compile_scorer.py            # build (a few minutes)
    .venv/bin/python scripts/compile_scorer.py --status   # fresh? can this machine build?
    .venv/bin/python scripts/compile_scorer.py --tools    # can this machine compile at all?
    .venv/bin/python scripts/compile_scorer.py --clean    # back to the Python sources

The build runs on a copy of `bot/` in a temporary folder (so the project's own build
settings stay out of it) and lands in `bot/core/scoring/compiled/` (one extension per
module, their shared library, and `sources.sha256`, the hashes of the sources compiled),
swapped in whole. The package runs it only while those hashes match the sources now
there (`bot/core/scoring/native.py`); otherwise it runs the sources. `--package DIR`
compiles an installed copy of the package instead (the Docker image does).

Build time: mypyc writes one C file per module (`multi_file`), not one file of about
1.1 million lines, the C compiler runs on every core at once (`jobs`), at -O2; see
bench/RESULTS.md for what each costs and the compiled speed it keeps. One build at a
time per package (`compiled.lock`); a build stopped midway (Ctrl-C, SIGTERM, SIGHUP)
leaves the previous `compiled/` as it was.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import importlib.util
import os
import shutil
import sys
import sysconfig
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SCORING = ROOT / "bot" / "core" / "scoring"


def _native() -> ModuleType:
    """bot/core/scoring/native.py, the package's rules for what is fresh, loaded alone:
    importing the package would refuse the leftovers of an older build this cleans."""
    spec = importlib.util.spec_from_file_location("kindness_native", SCORING / "native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


native = _native()
FRESH, CAN_BUILD, CANNOT_BUILD = 0, 3, 4  # --status exit codes (scripts/run reads them)


def old_layout(package: Path) -> list[Path]:
    """Files an older version of this script left beside the sources."""
    found = [*package.glob("*.so"), *package.glob("*.pyd"), package / "native.sha256"]
    return [path for path in found if path.is_file()]


def clean(package: Path) -> int:
    """Remove the build (and any old-layout leftovers); returns how many files went."""
    removed = old_layout(package)
    for path in removed:
        path.unlink()
    folder = package / native.FOLDER
    if folder.is_dir():
        removed += [p for p in folder.iterdir() if p.is_file()]
        shutil.rmtree(folder)
    return len(removed)


def missing_tools() -> list[str]:
    """What this machine lacks to compile C extensions for this Python, in words."""
    missing = []
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        missing.append(f"a C compiler ({compiler})")
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        missing.append(f"Python's headers ({headers})")
    return missing


def install_advice() -> str:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    return (
        f"on Debian/Ubuntu `sudo apt install build-essential python{version}-dev`, "
        "on Fedora `sudo dnf install gcc python3-devel`, on macOS `xcode-select --install`"
    )


def status(package: Path) -> int:
    """Say whether the build is fresh and, if not, whether this machine can build it."""
    reason = native.why_not_fresh(package)
    if reason is None:
        print(f"the compiled scorer is up to date ({package / native.FOLDER})")
        return FRESH
    missing = missing_tools()
    if missing:
        print(
            f"{reason}; this machine cannot compile it: it lacks {' and '.join(missing)} "
            f"({install_advice()}). The Python sources run, about 1.6x slower."
        )
        return CANNOT_BUILD
    print(reason)
    return CAN_BUILD


@contextlib.contextmanager
def output_to(log: Path | None) -> Iterator[None]:
    """Send the compilers' output (this process's and gcc's) to `log`, if given."""
    if log is None:
        yield
        return
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with log.open("w", encoding="utf-8") as handle:
        os.dup2(handle.fileno(), 1)
        os.dup2(handle.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


LOCK = f"{native.FOLDER}.lock"  # held while a build runs (ignored by git)


@contextlib.contextmanager
def build_lock(package: Path, *, wait: bool) -> Iterator[str]:
    """Hold the package's build lock: yields "free", "waited" (another build held it and
    `wait` is on) or "busy" (another build holds it; not held). The lock dies with its
    process, so a killed build never blocks the next one."""
    try:
        import fcntl  # noqa: PLC0415  # not on Windows, where a second build simply races
    except ImportError:
        yield "free"
        return
    with (package / LOCK).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                yield "busy"
                return
            print("another build of the scorer is running: waiting for it", flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield "waited"
            return
        yield "free"


def stop_on_signals() -> None:
    """SIGTERM and SIGHUP (a closed terminal) stop the build like Ctrl-C does, so its
    temporary folders go with it; nothing half-built is ever in `compiled/`. A signal
    the caller ignores stays ignored (scripts/run's background build: nohup, and Ctrl-C
    is the bot's)."""
    import signal  # noqa: PLC0415

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, stop)


def say(message: str, started: float) -> None:
    print(f"[{time.monotonic() - started:5.1f} s] {message}", file=sys.stderr, flush=True)


def jobs() -> int:
    """How many C compilers to run at once: the cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def parallel_build_ext(count: int) -> type:
    """setuptools' build_ext, compiling one extension's C files `count` at a time.

    build_ext's own `--parallel` runs whole extensions side by side, and mypyc puts all
    the modules' C files in ONE extension (the shared library), which it compiles one
    file after another. This runs those files side by side too, the largest first, and
    lets no more than `count` compilers (or linkers) run at once in all.
    """
    from setuptools.command.build_ext import (  # type: ignore[import-untyped]  # noqa: PLC0415
        build_ext,
    )

    gate = threading.BoundedSemaphore(count)

    class ParallelBuildExt(build_ext):  # type: ignore[misc]
        def build_extensions(self) -> None:
            compiler = self.compiler
            if compiler.compiler_type == "unix":  # others (msvc) override compile() whole
                spawn = compiler.spawn

                def gated_spawn(cmd: list[str], **kwargs: object) -> None:
                    with gate:
                        spawn(cmd, **kwargs)

                def compile_all(sources: list[str], *args: object, **kwargs: object) -> list[str]:
                    order = sorted(sources, key=lambda s: -Path(s).stat().st_size)
                    with concurrent.futures.ThreadPoolExecutor(count) as pool:
                        done = [pool.submit(serial, [src], *args, **kwargs) for src in order]
                        objects = {src: f.result()[0] for src, f in zip(order, done, strict=True)}
                    return [objects[src] for src in sources]

                serial = compiler.compile
                compiler.spawn = gated_spawn
                compiler.compile = compile_all
            super().build_extensions()

    return ParallelBuildExt


def build(package: Path, log: Path | None) -> None:
    # Imported here: `--status` and `--clean` must work without the build tools.
    from mypyc.build import mypycify  # noqa: PLC0415
    from setuptools import setup  # type: ignore[import-untyped]  # noqa: PLC0415

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kindness-mypyc-") as tmp:
        work = Path(tmp)
        shutil.copytree(
            package.parents[1],
            work / "bot",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", native.FOLDER + "*"),
        )
        copy = work / "bot" / "core" / "scoring"
        sources = native.compiled_sources(copy)
        say(f"mypyc: type-checking {len(sources)} modules and writing them as C", started)
        with contextlib.chdir(work), output_to(log):  # both build in the working folder
            modules = mypycify(
                [str(p.relative_to(work)) for p in sources],
                group_name=f"bot.core.scoring.{native.LIBRARY}",
                multi_file=True,  # one C file per module, compiled side by side
                # -O2, not mypyc's -O3: 6-11% less compiling, the same callgrind count
                # of Scorer.score within 0.1% and the same verdicts (compile17).
                opt_level="2",
            )
            # The modules' C files include the library's header by name, and mypyc
            # writes it in the group's folder (build/bot/core/scoring/), not beside them.
            headers = {str(h.parent.relative_to(work)) for h in work.glob("build/**/*.h")}
            for module in modules:
                module.include_dirs.extend(sorted(headers))
        count = jobs()
        say(f"C compiler: compiling, {count} at a time (the longest step)", started)
        with contextlib.chdir(work), output_to(log):
            setup(
                name="kindness-bot-native-scorer",
                ext_modules=modules,
                cmdclass={"build_ext": parallel_build_ext(count)},
                script_args=["build_ext", "--inplace", f"--parallel={count}"],
            )
        for old in package.glob(f"{native.FOLDER}.new-*"):  # a killed build's, under the lock
            shutil.rmtree(old, ignore_errors=True)
        staging = package / f"{native.FOLDER}.new-{os.getpid()}"
        staging.mkdir()
        try:
            for path in [*copy.glob("*.so"), *copy.glob("*.pyd")]:
                shutil.copy2(path, staging / path.name)
            # The manifest last, from the copies compiled: an edit made meanwhile is stale.
            manifest = native.manifest_text(sources)
            (staging / native.MANIFEST).write_text(manifest, encoding="utf-8")
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    clean(package)
    staging.rename(package / native.FOLDER)
    say(f"compiled {len(sources)} modules into {package / native.FOLDER}", started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--clean", action="store_true", help="remove the compiled scorer")
    action.add_argument(
        "--status",
        action="store_true",
        help=f"exit {FRESH} if the build is fresh, {CAN_BUILD} if this machine can build it, "
        f"{CANNOT_BUILD} if it cannot (and say what to install)",
    )
    action.add_argument(
        "--tools",
        action="store_true",
        help="exit 0 if this machine can compile (a C compiler, Python's headers), else 1",
    )
    parser.add_argument(
        "--package", type=Path, default=SCORING, help="the bot/core/scoring folder to compile"
    )
    parser.add_argument("--log", type=Path, help="write the compilers' output here")
    parser.add_argument(
        "--background",
        action="store_true",
        help="for scripts/run: stop at once if another build is running, else build only "
        "if the build is missing or stale, and write the progress lines to --log too",
    )
    args = parser.parse_args()
    package = args.package.resolve()
    if args.clean:
        print(f"removed {clean(package)} compiled files from {package}")
        return 0
    if args.tools:
        missing = missing_tools()
        if missing:
            print(f"this machine lacks {' and '.join(missing)} ({install_advice()})")
        return 1 if missing else 0
    for path in old_layout(package):  # an older build beside the sources: never run it
        path.unlink()
    if args.status:
        return status(package)
    stop_on_signals()
    with build_lock(package, wait=not args.background) as lock:
        if lock == "busy":
            print(f"another build of the scorer is running ({package / LOCK}); leaving it to it")
            return 0
        if (args.background or lock == "waited") and native.why_not_fresh(package) is None:
            print(f"the compiled scorer is up to date ({package / native.FOLDER})")
            return 0  # the build that held the lock made it fresh
        with output_to(args.log if args.background else None):
            try:
                build(package, None if args.background else args.log)
            except ImportError as error:  # mypyc or setuptools missing
                print(
                    f"{error}: install the build tools with `.venv/bin/pip install -e '.[native]'`"
                )
                return 2
            except Exception:
                if not args.background:
                    raise
                traceback.print_exc()  # into the log: no terminal watches a background build
                print("the build failed; the bot runs the Python sources")
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
