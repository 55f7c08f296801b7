"""Compile the scorer (bot/core/scoring) with mypyc: the same code as C extensions.

The scorer is plain, fully annotated Python (mypy --strict), so mypyc compiles it
as it is: about 1.4x the messages per second, the same verdicts byte for byte
(bench/RESULTS.md). Opt-in: the bot, the tests and every other command run the
Python sources unless this was run. It needs the `native` (or `dev`) extra, since
mypy ships mypyc, and a C compiler with Python's headers; the bot needs nothing
more at run time.

    .venv/bin/python scripts/compile_scorer.py           # build, next to the sources
    .venv/bin/python scripts/compile_scorer.py --clean   # back to the Python sources

The build runs on a copy of `bot/` in a temporary folder (so the project's own
build settings stay out of it) and puts one extension per module, plus their shared
library, beside the sources, with `native.sha256`: the hashes of the sources that
were compiled. On import the package refuses to run extensions whose source has
changed since (`bot/core/scoring/native.py`), so an edit can never be silently
ignored. The modules every message runs through are compiled, every rule module
(`targeting*.py`) included; building the lexicon stays Python.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORING = ROOT / "bot" / "core" / "scoring"
MANIFEST = "native.sha256"  # bot.core.scoring.native.MANIFEST (not imported: it checks)
# The modules every message runs through; every rule module (targeting*.py, new ones
# too) is compiled with them. Building the lexicon, once per language set, stays Python.
_COMPILED = (
    "folding.py",
    "hate_spelling.py",
    "matching.py",
    "scorer.py",
    "segmenting.py",
    "teasing.py",
    "turns.py",
    "weighing.py",
    "targeting*.py",
)
_GROUP = "bot.core.scoring.native_lib"  # the shared library's module, inside the package


def clean() -> int:
    """Remove the extensions and the manifest; returns how many files went."""
    removed = 0
    for path in [*SCORING.glob("*.so"), *SCORING.glob("*.pyd"), SCORING / MANIFEST]:
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


def build() -> None:
    # Imported here: `--clean` must work without the build tools installed.
    from mypyc.build import mypycify  # noqa: PLC0415
    from setuptools import setup  # type: ignore[import-untyped]  # noqa: PLC0415

    clean()
    with tempfile.TemporaryDirectory(prefix="kindness-mypyc-") as tmp:
        work = Path(tmp)
        shutil.copytree(
            ROOT / "bot", work / "bot", ignore=shutil.ignore_patterns("__pycache__", "*.so")
        )
        package = work / "bot" / "core" / "scoring"
        sources = sorted({p for pattern in _COMPILED for p in package.glob(pattern)})
        with contextlib.chdir(work):  # mypyc and setuptools build in the working folder
            setup(
                name="kindness-bot-native-scorer",
                ext_modules=mypycify(
                    [str(p.relative_to(work)) for p in sources], group_name=_GROUP
                ),
                script_args=["build_ext", "--inplace"],
            )
        # The manifest first: no extension is ever in place without its guard.
        lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sources]
        (SCORING / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
        built = sorted(package.glob("*.so")) + sorted(package.glob("*.pyd"))
        for path in built:
            shutil.copy2(path, SCORING / path.name)
    print(f"compiled {len(sources)} modules into {len(built)} extensions in {SCORING}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled scorer")
    args = parser.parse_args()
    if args.clean:
        print(f"removed {clean()} compiled files from {SCORING}")
        return 0
    try:
        build()
    except ImportError as error:  # mypyc or setuptools missing
        print(f"{error}: install the build tools with `.venv/bin/pip install -e '.[native]'`")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
