"""docs/ARCHITECTURE.md describes the tree as it is: every path it names exists.

Checked: paths in backticks (`bot/cli/run.py`, `db/`), and the tree drawing under
"The tree" (each entry, and the `name.py` files listed beside a folder).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PLACEHOLDER = re.compile(r"NNN|<|\*|\{")
FILE_NAME = re.compile(r"(?<![\w/.])([A-Za-z_][\w]*\.(?:py|md|sql))\b")
PATHISH = re.compile(r"(?<![\w.])((?:bot|cogs|db|tests|bench|docs|scripts|\.ci)/[\w./-]*)")
"""A path from the repository root ("low/medium/high" is prose, not a path)."""


def _backticked_paths(text: str) -> set[str]:
    paths = set()
    for span in re.findall(r"`([^`\n]+)`", text):
        if "://" in span:
            continue
        for candidate in PATHISH.findall(span):
            if not PLACEHOLDER.search(candidate):
                paths.add(candidate.rstrip("."))
    return paths


def _tree_block(text: str) -> list[str]:
    section = text.split("## The tree", 1)[1]
    return section.split("```", 2)[1].splitlines()[1:]


def _tree_paths(lines: list[str]) -> set[str]:
    """Each entry's path from its indentation, plus `x.py` names listed beside a folder
    (in that folder) and slashed paths in the descriptions (from the repository root)."""
    paths: set[str] = set()
    top = ""
    folder = ""  # the folder whose description is being read (continuation lines too)
    middle = ""  # the indent-2 folder whose entries are at indent 4
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        entry, _, description = line.strip().partition(" ")
        if indent == 0:
            top, folder = entry, entry
            paths.add(entry)
        elif indent == 2:
            middle = top + entry if entry.endswith("/") else top
            folder = middle
            paths.add(top + entry)
        elif indent == 4:  # an entry inside a folder listed at indent 2
            folder = middle + entry if entry.endswith("/") else middle
            paths.add(middle + entry)
        else:
            description = line  # a continuation line: all description
        for name in FILE_NAME.findall(description):
            paths.add(folder + name)
        for candidate in PATHISH.findall(description):
            if not PLACEHOLDER.search(candidate):
                paths.add(candidate)
    return paths


def _named_paths() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return sorted(_backticked_paths(text) | _tree_paths(_tree_block(text)))


def test_the_doc_names_paths_at_all() -> None:
    names = _named_paths()
    assert "bot/cli/" in names and "cogs/watcher.py" in names and "bot/discord/delivery.py" in names


@pytest.mark.parametrize("path", _named_paths())
def test_every_path_the_architecture_page_names_exists(path: str) -> None:
    assert (ROOT / path).exists(), f"docs/ARCHITECTURE.md names {path}, which does not exist"


def test_the_tree_reader_sees_missing_files() -> None:
    lines = ["bot/                 app", "  cli/               run.py and gone.py", "  nope.py  x"]
    found = _tree_paths(lines)
    assert {"bot/", "bot/cli/", "bot/cli/run.py", "bot/cli/gone.py", "bot/nope.py"} <= found
    assert not (ROOT / "bot/cli/gone.py").exists()
