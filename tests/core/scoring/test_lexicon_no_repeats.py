"""A term stands once in its lexicon file: the compiler keeps a term's first line, so a
second line with another weight or aim would be silently ignored (several rounds added
such lines before this test)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

LEXICONS = Path(__file__).resolve().parents[3] / "bot" / "core" / "scoring" / "lexicons"
# cues.txt repeats words across its sections on purpose; words.txt is a plain word list.
TERM_FILES = sorted(
    path for path in LEXICONS.glob("*/*.txt") if path.name not in {"cues.txt", "words.txt"}
)
_WEIGHT = re.compile(r"\s*=.*")


def _terms(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        _WEIGHT.sub("", line).strip()
        for line in lines
        if line.strip() and not line.startswith(("#", "["))
    ]


def test_there_are_term_files_to_check() -> None:
    assert {path.parent.name for path in TERM_FILES} == {"en", "it"}
    assert any(path.name == "insult.txt" for path in TERM_FILES)


@pytest.mark.parametrize("path", TERM_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_no_term_stands_twice_in_a_file(path: Path) -> None:
    repeated = sorted(term for term, count in Counter(_terms(path)).items() if count > 1)
    assert not repeated, repeated
