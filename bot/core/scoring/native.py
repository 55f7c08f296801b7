"""Which scorer runs: the mypyc build (`scripts/compile_scorer.py`) when fresh, else the sources.

The compiled modules live in their own folder, `compiled/`, never beside the sources,
so a `.py` file is never shadowed by a stale extension. The package puts that folder in
front of its `__path__` only when the build's manifest matches the sources now there
(every hash, the same set of files, this Python's extension suffix, every extension
present); anything else (no build, an edit, a `git pull`, another Python) runs the
Python sources and says why in `Build.reason`, which `kindness-bot run` logs once.
The build is all or nothing: compiled modules call each other directly, so one edited
source sends every module back to Python.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from dataclasses import dataclass
from pathlib import Path

FOLDER = "compiled"  # the build, inside the package folder
MANIFEST = "sources.sha256"  # first line "# <extension suffix>", then "<sha256>  <file name>"
LIBRARY = "native_lib"  # mypyc's shared library, bot.core.scoring.native_lib
# The modules every message runs through, every rule module (targeting*.py, new ones
# too) among them, and the modules whose classes and helpers they call on every hit
# (lexicon.py's Entry and Lexicon, verdict.py's Verdict and Match, the gates', Discord
# syntax and word lists' helpers, *_words.py new ones too): compiled, their attributes
# are struct fields and their functions direct C calls; left as Python, each read or
# call from compiled code is a generic attribute look-up or call into the interpreter.
# kindness.py: the bot asks `is_kind` of every message not flagged (speed round 13).
# A rule round's helper module named otherwise (control12_frames.py, chat9_reads.py) is
# listed by name: left as Python, each call from a rule costs about 3,000 instructions
# in the interpreter (control12's frames: 20M over OLID; speed round 20).
# Compiling the lexicon (lexicon_compile.py, once per language set) stays Python.
COMPILED = (
    "chat9_reads.py",
    "clean_gates.py",
    "control12_frames.py",
    "discord_syntax.py",
    "emphasis.py",
    "folding.py",
    "hate_spelling.py",
    "kindness.py",
    "lexicon.py",
    "matching.py",
    "message_text.py",
    "phrase_matching.py",
    "quoting.py",
    "read_through.py",
    "scorer.py",
    "segmenting.py",
    "teasing.py",
    "turns.py",
    "verdict.py",
    "weighing.py",
    "targeting*.py",
    "*_words.py",
)
CHOICES = ("auto", "python", "compiled")  # KINDNESS_SCORER_BUILD
REBUILD = "`.venv/bin/python scripts/compile_scorer.py` (or `./scripts/run`) compiles it again"


@dataclass(frozen=True, slots=True)
class Build:
    """The scorer this process runs: `folder` holds the fresh build, or None for the sources.

    `stale`: a build is there but cannot run (worth a warning; no build at all is not).
    """

    folder: Path | None
    reason: str
    stale: bool = False

    @property
    def compiled(self) -> bool:
        return self.folder is not None

    def describe(self) -> str:
        """One line for the log."""
        if self.folder is not None:
            return f"scorer: compiled with mypyc ({self.reason})"
        return f"scorer: Python sources ({self.reason})"


def extension_suffix() -> str:
    """This interpreter's suffix for extension modules (`.cpython-312-x86_64-linux-gnu.so`)."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def compiled_sources(package: Path) -> list[Path]:
    """The package's sources that the build compiles, sorted."""
    return sorted({path for pattern in COMPILED for path in package.glob(pattern)})


def manifest_text(sources: list[Path]) -> str:
    """The manifest of a build of `sources` for this interpreter."""
    lines = [f"# {extension_suffix()}"]
    lines += [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sources]
    return "\n".join(lines) + "\n"


def why_not_fresh(package: Path) -> str | None:
    """Why the build in `package/compiled` cannot run here, or None when it is fresh."""
    folder = package / FOLDER
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return "no compiled build"
    lines = manifest.read_text(encoding="utf-8").splitlines() or [""]
    suffix = extension_suffix()
    if lines[0] != f"# {suffix}":
        return f"the compiled build is for another Python ({lines[0][2:]}; this one needs {suffix})"
    built: dict[str, str] = {}
    for line in lines[1:]:
        digest, _, name = line.partition("  ")
        built[name] = digest
    now = {path.name: path for path in compiled_sources(package)}
    changed = sorted(
        name
        for name in built.keys() | now.keys()
        if name not in now
        or name not in built
        or hashlib.sha256(now[name].read_bytes()).hexdigest() != built[name]
    )
    if changed:
        return f"{', '.join(changed)} changed since the scorer was compiled; {REBUILD}"
    missing = [
        f"{name}{suffix}"
        for name in [Path(n).stem for n in built]
        if not (folder / f"{name}{suffix}").is_file()
    ]
    if not any(folder.glob(f"{LIBRARY}*{suffix}")):  # mypyc names it native_lib__mypyc
        missing.append(f"{LIBRARY}*{suffix}")
    if missing:
        return f"the compiled build is incomplete ({', '.join(missing)} missing); {REBUILD}"
    return None


def choose_build(package: Path, choice: str) -> Build:
    """The build to run under KINDNESS_SCORER_BUILD=`choice` (auto, python or compiled).

    `auto` (the default) runs a fresh build and otherwise the sources; `python` always
    the sources (the tests do); `compiled` raises ImportError unless a fresh build exists.
    """
    leftovers = [p.name for p in package.iterdir() if p.suffix in (".so", ".pyd")]
    if leftovers:  # Python would import these before the sources beside them
        raise ImportError(
            f"{', '.join(sorted(leftovers))} in {package} were left by an older "
            "scripts/compile_scorer.py and may be stale: run `.venv/bin/python "
            "scripts/compile_scorer.py --clean` (./scripts/run does it)"
        )
    if choice not in CHOICES:
        raise ImportError(f"KINDNESS_SCORER_BUILD={choice!r}: choose one of {', '.join(CHOICES)}")
    if choice == "python":
        return Build(None, "KINDNESS_SCORER_BUILD=python")
    reason = why_not_fresh(package)
    if reason is None:
        return Build(package / FOLDER, f"built from these sources, in {package / FOLDER}")
    if choice == "compiled":
        raise ImportError(f"KINDNESS_SCORER_BUILD=compiled, but {reason}")
    return Build(None, reason, stale=(package / FOLDER / MANIFEST).is_file())
