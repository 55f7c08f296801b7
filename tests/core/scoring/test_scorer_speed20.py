"""The twentieth speed round gives exactly the answers of the code it replaced (issue 8).

- A rule round's helper module that is not named `targeting*.py` or `*_words.py`
  (control12_frames.py, chat9_reads.py) is compiled only when native.COMPILED lists it;
  left as Python, every call from a compiled rule runs in the interpreter.
- `Scorer.score` builds the tokens' set once a gate word is seen and keeps it while the
  token list is the same; after a rewrite (a letter run, spaced letters, a star) or a
  typo read ("scumm" as "scum") it builds it again. The verdicts below were taken from
  the code before the change, for lines that go through each of those paths.
- `Context.mentions_any` answers by pages of 61 cue lists, each page's bits a machine
  word: every answer must still be what a set test of the list says, on any page.
"""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.native import compiled_sources
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_context import Context, cue_index

SCORING = Path(__file__).resolve().parents[3] / "bot" / "core" / "scoring"
# Imported by rule modules, read once when a lexicon is built: no per-hit call.
_BUILD_TIME = frozenset({"lexicon_sections", "lexicon_layers"})


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


_WORDS = [f"w{i}" for i in range(60)] + ["you", "are", "who", "so", "idiot"]


def _context(tokens: list[str], cues: dict[str, frozenset[str]]) -> Context:
    lexicon = Lexicon(anchors={}, cues=cues)
    spans = []
    at = 0
    for token in tokens:
        spans.append((at, at + len(token)))
        at += len(token) + 1
    return Context(lexicon, " ".join(tokens), tokens, spans, mentioned=False, is_reply=False)


def test_answers_past_the_first_page_match_a_set_test() -> None:
    rng = random.Random(20)
    lists = {f"list{i}": frozenset(rng.sample(_WORDS, rng.randint(1, 6))) for i in range(200)}
    cues: dict[str, frozenset[str]] = {}  # a fresh index: lists are added as asked
    for _ in range(300):
        tokens = [rng.choice(_WORDS) for _ in range(rng.randint(0, 12))]
        ctx = _context(tokens, cues)
        names = list(lists)
        rng.shuffle(names)
        for name in names[: rng.randint(1, 200)] * 2:  # asked twice: the same answer
            assert ctx.mentions_any(name, lists[name]) is (not lists[name].isdisjoint(tokens))
    index = cue_index(cues)
    assert index.count == 200 and len(index.pages) == 4  # pages of 61 lists
    assert all(bit < 2**61 for _, bit, _ in index.places.values())
    assert all(index.page_limit(page) <= 2**61 for page in range(4))


def test_a_list_added_to_a_later_page_after_its_mask_was_read_is_read() -> None:
    cues: dict[str, frozenset[str]] = {}
    first = _context(["a", "late", "word"], cues)
    for number in range(62):  # the first page full, one list on the second
        first.mentions_any(f"fill{number}", frozenset({f"x{number}"}))
    assert first.mentions_any("second_page", frozenset({"late"}))  # its mask read here
    assert first.mentions_any("added_later", frozenset({"word"}))  # a new bit, same page
    assert not first.mentions_any("absent", frozenset({"nothing"}))
    assert cue_index(cues).places["added_later"][0] == 1
