"""A real mypyc build of the scorer gives the sources' verdicts, byte for byte.

`scripts/compile_scorer.py --package` compiles a copy of `bot/` in a temporary folder
(a few minutes of C compiling; scripts/test installs the compiler with
scripts/install-compiler, as it does PostgreSQL), then a second interpreter scores a
sample with that build (KINDNESS_SCORER_BUILD=compiled: it refuses anything else) and
this one with the sources. The sample: every term of every lexicon file in two of the shapes
rules read (aimed at the reader, said of someone, self-directed, negated, friendly
profanity, reported, a group), obfuscated spellings and 4,000-character adversarial
messages, under four server configs and the message context flags.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.scoring.native import FOLDER
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Verdict

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "bot" / "core" / "scoring" / "lexicons"
SHAPES = (
    "{}",
    "you are a {}",
    "you {} lol",
    "@bob is such a {}",
    "i'm such a {} today",
    "he is not a {}",
    "that was {} awesome",
    'she said "you {}" to me',
    "all {}s should leave",
    "sei un {}",
    "<@123> {} {} {}",
    "Y O U  {}",
)
ADVERSARIAL = (
    "you idiott stuuupidd k y s 1d10 f u c " * 110,
    "i\u0336\u0301\u0317d\u035c\u0302" * 700,
    "\u200b\u200c\u200d\ufeff" * 990 + "you idiot",
    "fuckshitidiot" * 300,
    "Yоu аrе а lооооsеr \u200b#@$ ｉｄｉｏｔ\u0336 k.y.s " * 100,
    "",
    "\x00",
    "\ud800 idiot",
)
CONFIGS = {
    "default": ScorerConfig(),
    "en": ScorerConfig(languages=("en",)),
    "it": ScorerConfig(languages=("it",)),
    "custom": ScorerConfig(
        custom_terms={"blorp": Category.INSULT, "idiot": Category.THREAT},
        allowed_terms=frozenset({"stupid", "fuck"}),
        threshold=0.3,
    ),
}
FLAGS = ({}, {"mentions_someone": True}, {"is_reply": True}, {"profanity_ok": True})

SCORE = """
import json, sys
import bot.core.scoring as scoring
from tests.scripts.test_compiled_verdicts import verdicts
print(json.dumps({"build": scoring.BUILD.describe(), "verdicts": verdicts()}))
"""


def sample() -> list[str]:
    terms = set()
    for path in sorted(LEXICONS.glob("*/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            term = line.split("=", 1)[0].strip()
            if term and not term.startswith("#"):
                terms.add(term)
    texts = []
    for i, term in enumerate(sorted(terms)):  # each term in two shapes, every shape in turn
        for shape in (SHAPES[i % len(SHAPES)], SHAPES[(i + 5) % len(SHAPES)]):
            texts.append(shape.format(*[term] * shape.count("{}")))
    return texts + list(ADVERSARIAL)


def _fields(verdict: Verdict) -> list[object]:
    matches = [[m.term, m.category.value, m.weight, m.start, m.end] for m in verdict.matches]
    return [
        verdict.hostile,
        verdict.score,
        verdict.severity.name,
        [c.value for c in verdict.categories],
        verdict.target.value,
        verdict.explanation,
        matches,
    ]


def verdicts() -> list[str]:
    """Every verdict field of the sample, one JSON line each, in this process's build."""
    texts = sample()
    lines = []
    for name, config in CONFIGS.items():
        scorer = Scorer(config)
        for flags in FLAGS if name == "default" else ({},):
            for text in texts:
                fields = _fields(scorer.score(text, **flags))
                lines.append(json.dumps([name, flags, text, fields], ensure_ascii=True))
    return lines


def test_the_compiled_scorer_gives_the_sources_verdicts(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__", FOLDER + "*")
    )
    for name in (
        "tests/__init__.py",
        "tests/scripts/__init__.py",
        f"tests/scripts/{Path(__file__).name}",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    package = tmp_path / "bot" / "core" / "scoring"
    built = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compile_scorer.py"), "--package", str(package)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if built.returncode != 0:
        pytest.fail(
            f"the build failed (./scripts/install-compiler installs what it needs):\n"
            f"{built.stdout[-3000:]}\n{built.stderr[-3000:]}",
            pytrace=False,
        )
    scored = subprocess.run(
        [sys.executable, "-c", SCORE],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(tmp_path), KINDNESS_SCORER_BUILD="compiled"),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert scored.returncode == 0, scored.stderr[-3000:]
    compiled = json.loads(scored.stdout)
    assert compiled["build"].startswith("scorer: compiled with mypyc")
    assert str(package / FOLDER) in compiled["build"]
    ours = verdicts()
    assert len(ours) > 100_000
    assert sum("[true, " in line for line in ours) > 5_000  # it reaches the rules
    assert compiled["verdicts"] == ours
