"""The twentieth speed round gives exactly the answers of the code it replaced (issue 8).

- A rule round's helper module that is not named `targeting*.py` or `*_words.py`
  (control12_frames.py, chat9_reads.py) is compiled only when native.COMPILED lists it;
  left as Python, every call from a compiled rule runs in the interpreter.
- The verdicts of lines whose tokens `Scorer.score` rewrites (a letter run, spaced
  letters, a star) or reads as typos ("scumm" as "scum", "girlz" as "girls"), as main
  gave them: a guard for any later change that keeps the tokens' set across those
  steps (speed round 20 tried one, built the set once a gate word was seen, and took it
  back: building it cost more than the list scans it saved, +27M instructions on OLID).
  A set left stale after the typo read fails the "girlz" lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.core.scoring.native import compiled_sources
from bot.core.scoring.scorer import Scorer

SCORING = Path(__file__).resolve().parents[3] / "bot" / "core" / "scoring"
# Imported by rule modules, read once when a lexicon or a Targeter is built (group_only:
# a round's own anchors, in the rules' constructors; loose_terms: the rounds' loose
# words, in Targeter's): no per-hit call.
_BUILD_TIME = frozenset({"lexicon_sections", "lexicon_layers", "group_only", "loose_terms"})


def _scoring_imports(path: Path) -> set[str]:
    """The bot.core.scoring modules a source file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "bot.core.scoring":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("bot.core.scoring."):
                found.add(node.module.rsplit(".", 1)[1])
    return found


def test_every_module_a_rule_calls_is_compiled() -> None:
    compiled = {p.stem for p in compiled_sources(SCORING)}
    assert {"control12_frames", "chat9_reads"} <= compiled
    for path in sorted(SCORING.glob("targeting*.py")):
        missing = {
            name
            for name in _scoring_imports(path) - compiled - _BUILD_TIME
            if (SCORING / f"{name}.py").exists()
        }
        assert not missing, f"{path.name} calls {missing}: add them to native.COMPILED"


# (line, hostile, score, target, matched terms), as the code before the change gave them.
_KNOWN = [
    ("you are such a scumm", True, 0.75, "second_person", ["scum"]),
    ("you are sooo stupid", True, 0.7, "second_person", ["stupid"]),
    ("what a good one, you idiot", True, 0.7, "second_person", ["idiot"]),
    ("stay home you moron", True, 0.7, "second_person", ["moron"]),
    ("poor kids, you idiot", True, 0.7, "second_person", ["idiot"]),
    ("youuu scumm bag", True, 0.8, "second_person", ["scum bag"]),
    (
        "i hate you so muchhh you absolute scumm",
        True,
        0.965,
        "second_person",
        ["i hate you", "you absolute", "scum"],
    ),
    ("the scumm in this lobby are all idiots", True, 0.9037, "group", ["scum", "idiots"]),
    ("gay people are sooo disgusting", True, 0.57, "group", ["gay", "disgusting"]),
    ("u r a l o s e r", True, 0.7, "second_person", ["loser"]),
    ("f*ck you moron", True, 0.955, "second_person", ["fuck you", "moron"]),
    ("these immigrants are scumm", True, 0.7125, "group", ["scum"]),
    ("what a good one lol", False, 0.0, "none", []),
    ("sooo good one lol", False, 0.0, "none", []),
    ("stay home guys, its sooo cold", False, 0.0, "none", []),
    ("poor kidsss", False, 0.0, "none", []),
    ("that was a good onee", False, 0.0, "none", []),
    ("the scumm of the earth movie was great", False, 0.085, "object", ["scum of the earth"]),
    # A typo of a group word read ("girlz" as "girls"): the filters must see the group.
    ("fuck the girlz", True, 0.7125, "group", ["fuck"]),
    ("so corrupt these arabz", True, 0.5225, "group", ["corrupt"]),
    ("fucking balck people", True, 0.7125, "group", ["fucking"]),
    ("such a good one for the girlz", False, 0.0, "object", ["good"]),
    ("stay home arabz", False, 0.0, "object", ["home"]),
]


@pytest.mark.parametrize("known", _KNOWN, ids=[k[0] for k in _KNOWN])
def test_the_token_set_follows_every_rewrite(
    scorer: Scorer, known: tuple[str, bool, float, str, list[str]]
) -> None:
    line, hostile, score, target, terms = known
    verdict = scorer.score(line)
    assert verdict.hostile is hostile
    assert verdict.score == score
    assert verdict.target.value == target
    assert [m.term for m in verdict.matches] == terms
