"""Write the ordinary-word lists (lexicons/<lang>/words.txt) the name rule reads.

A short chat line that swears at or name-calls one word nobody knows ("fuck tusk",
"stupid pudge") is about a player: hero, champion and nick names differ in every
game, so the rule asks the reverse, whether the word is an ordinary one. The
lists are the most frequent words of the "train: yes" sets of
../shared/data/README.md (English) and of PejorativITy (Italian, too small for a
cut: every word seen twice). Deterministic: `python scripts/common_words.py`.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.scoring.lexicon import tokenize_term  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
LEXICONS = ROOT / "bot" / "core" / "scoring" / "lexicons"
ENGLISH = ("toxic_spans.tsv", "convabuse.tsv", "hatexplain.tsv", "gab_hate.tsv")
ENGLISH_WORDS = 6000  # most frequent words kept
ITALIAN = ("it_pejorativity.tsv",)
ITALIAN_MIN = 2  # texts a word must appear in
HEADER = "# Ordinary words, written by scripts/common_words.py from train-yes sets; do not edit.\n"


def _document_counts(files: tuple[str, ...]) -> Counter[str]:
    counts: Counter[str] = Counter()
    csv.field_size_limit(1 << 24)
    for name in files:
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                counts.update(
                    {t for t in tokenize_term(row["text"] or "") if t.isalpha() and len(t) > 1}
                )
    return counts


def _write(lang: str, words: list[str]) -> None:
    path = LEXICONS / lang / "words.txt"
    path.write_text(HEADER + "".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(f"{path}: {len(words)} words")


def main() -> None:
    english = _document_counts(ENGLISH)
    ranked = sorted(english.items(), key=lambda kv: (-kv[1], kv[0]))
    _write("en", [w for w, _ in ranked[:ENGLISH_WORDS]])
    italian = _document_counts(ITALIAN)
    _write("it", [w for w, n in italian.items() if n >= ITALIAN_MIN])


if __name__ == "__main__":
    main()
