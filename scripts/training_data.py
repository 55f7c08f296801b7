"""The training data of scripts/train_weights.py: which labelled sets, read how,
which words the rules and hand-made lexicons already own, and how a fit is measured
on a set left out of it.

Only the "train: yes" sets of ../shared/data/README.md are read here; the fit
itself is in train_weights.py.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.guild_settings import SUPPORTED_LANGUAGES  # noqa: E402
from bot.core.scoring.folding import flatten  # noqa: E402
from bot.core.scoring.lexicon import load_cues, profanity_words  # noqa: E402
from bot.core.scoring.lexicon_compile import build_lexicon  # noqa: E402
from bot.core.scoring.scorer import Scorer  # noqa: E402

LEXICONS = ROOT / "bot" / "core" / "scoring" / "lexicons"
MIN_SPAN_COMMENTS = 5  # Toxic Spans comments a word needs before its span rate counts
SPAN_TYPES = {
    "Insult": "insult",
    "Threat": "threat",
    "Identity-based Attack": "identity_attack",
}


@dataclass(frozen=True)
class Example:
    text: str
    hostile: bool
    source: str


def _tsv(path: Path) -> Iterator[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("hostile") in ("0", "1"):
                yield row["text"], row["hostile"] == "1"


def _davidson(path: Path) -> Iterator[tuple[str, bool]]:
    """Hate (class 0) against neither (class 2); class 1 mixes aimed and loose swearing."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["class"] in ("0", "2"):
                yield row["tweet"], row["class"] == "0"


def _spans(path: Path) -> Iterator[tuple[str, bool]]:
    """Annotated spans: insults, threats and attacks are hostile, bare profanity is not."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield row["text"], row["type"] in SPAN_TYPES


# The "train: yes" sets, by language. Italian has one small set of ambiguous words
# (it_pejorativity): too little to fit on, so Italian stays hand-made.
SOURCES = {
    "en": {
        "davidson_labeled.csv": _davidson,
        "convabuse.tsv": _tsv,
        "toxic_spans.tsv": _tsv,
        "toxic_spans_words.tsv": _spans,
        "hatexplain.tsv": _tsv,
        "gab_hate.tsv": _tsv,
    },
}
SPAN_SOURCES = ("toxic_spans.tsv", "toxic_spans_words.tsv")


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows read the way `kindness-bot eval` reads them (TSV quotes are text)."""
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix == ".tsv":
            yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        else:
            yield from csv.DictReader(handle)


def load(data: Path, lang: str, leave_out: str | None = None) -> list[Example]:
    csv.field_size_limit(1 << 24)
    examples = []
    for name, reader in SOURCES[lang].items():
        if name == leave_out:
            continue
        examples.extend(Example(t, y, name) for t, y in reader(data / name))
    return examples


def excluded_words(lang: str) -> frozenset[str]:
    """Words the rules own: every targeting cue, swear words and kind words.

    Not the ordinary-word list (words.txt, the cue section "word"): it only tells the
    name rule that a word is no name, and it holds insults too ("inept", "donkey").
    """
    words: set[str] = set()
    for name, section in load_cues(lang).items():
        if name != "word":
            words.update(section)
    for tokens in profanity_words():
        words.update(tokens)
    for name in ("profanity.txt", "kind.txt"):
        path = LEXICONS / lang / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    words.update(flatten(line.partition("=")[0]).split())
    return frozenset(words)


def hand_made_terms() -> frozenset[tuple[str, ...]]:
    """Terms some hand-made lexicon already holds: those entries win over learned ones."""
    lexicon = build_lexicon(SUPPORTED_LANGUAGES, learned={})
    found = set()
    for index in (lexicon.anchors, lexicon.pairs):
        for items in index.values():
            found.update(entry.tokens for _, entry in items if entry.category is not None)
    return frozenset(found)


def hand_made_words() -> frozenset[str]:
    """Single words some hand-made lexicon already holds."""
    return frozenset(tokens[0] for tokens in hand_made_terms() if len(tokens) == 1)


def words_of(text: str) -> set[str]:
    return {w for w in flatten(text).split() if len(w) >= 3 and w.isalpha()}


def span_rates(data: Path, leave_out: str | None = None) -> dict[str, float]:
    """Per word: the share of Toxic Spans comments holding it where it was marked as the attack.

    Annotators marked the words that make a comment toxic; "idiot" is inside the
    mark in 71% of the comments that hold it, "liberals" in none. Only words seen
    in enough comments have a rate. Empty when the Toxic Spans sets are left out
    (leave-one-out figures must not use them).
    """
    if leave_out in SPAN_SOURCES:
        return {}
    marked: Counter[str] = Counter()
    for text, hostile in _spans(data / "toxic_spans_words.tsv"):
        if hostile:
            marked.update(words_of(text))
    seen: Counter[str] = Counter()
    for text, _ in _tsv(data / "toxic_spans.tsv"):
        seen.update(words_of(text))
    return {w: marked[w] / n for w, n in seen.items() if n >= MIN_SPAN_COMMENTS}


# What leave-one-out measures on each fitted set: label column, hostile value, class column.
MEASURED = {
    "davidson_labeled.csv": ("tweet", "class", "0"),
    "convabuse.tsv": ("text", "hostile", "1"),
    "toxic_spans.tsv": ("text", "hostile", "1"),
    "hatexplain.tsv": ("text", "hostile", "1"),
    "gab_hate.tsv": ("text", "kind", None),
}


def measure(scorer: Scorer, path: Path) -> str:
    """Precision, recall, F1 and the flagged rate of every class, as `eval --group-col` gives."""
    text_col, label_col, positive = MEASURED[path.name]
    group_col = "class" if path.suffix == ".csv" else "kind"
    found = flagged = hostile = 0
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in read_rows(path):
        label = row["hostile"] == "1" if positive is None else row[label_col] == positive
        verdict = scorer.score(row[text_col] or "").hostile
        found += verdict and label
        hostile += label
        flagged += verdict
        counts = groups[row[group_col]]
        counts[0] += 1
        counts[1] += verdict
    precision = found / flagged if flagged else 0.0
    recall = found / hostile if hostile else 0.0
    f1 = 2 * precision * recall / (precision + recall) if found else 0.0
    rates = ", ".join(f"{g} {100 * f / n:.1f}%" for g, (n, f) in sorted(groups.items()))
    return f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}; flagged: {rates}"
