"""Fit the learned term weights that ship in bot/core/lexicons/<lang>/learned.tsv.

How hostile a word is comes from labelled public data; who it is aimed at stays
with the targeting rules. This script fits a logistic regression on word features
of the data sets whose licence allows shipping derived work (the "train: yes"
rows of ../shared/data/README.md) and writes the words that push a message
towards hostile as `term<TAB>category<TAB>weight` lines, sorted, so a refit shows
as a readable diff. Words the rules own are left out: targeting cues (pronouns,
groups, articles), swear words (profanity is not hostility) and kind words.

Deterministic: the same data gives the same file. Needs the `train` extra
(scikit-learn); the bot itself never imports this.

    python scripts/train_weights.py --data ../shared/data            # write the files
    python scripts/train_weights.py --data ../shared/data --lodo     # leave-one-out figures
"""

from __future__ import annotations

import argparse
import csv
import logging
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.lexicon import load_cues, parse_learned, profanity_words  # noqa: E402
from bot.core.normalize import flatten  # noqa: E402
from bot.core.scorer import Scorer  # noqa: E402

logger = logging.getLogger(__name__)

LEXICONS = ROOT / "bot" / "core" / "lexicons"
MIN_DOCS = 6  # a word seen in fewer training texts is too rare to weigh
MIN_WEIGHT = 0.6  # below this a word alone barely makes an aimed message hostile
MAX_WEIGHT = 0.9
MIN_SOURCES = 2  # a word must lean hostile in this many sources to be learned
MIN_SOURCE_DOCS = 3
C = 0.5  # inverse regularisation: strong enough that rare words stay near zero
# Topic words the fit links to hostility by co-occurrence, read and rejected by hand.
NOT_HOSTILE = frozenset({"harmless", "cousins", "towel"})
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


def load(data: Path, lang: str, leave_out: str | None = None) -> list[Example]:
    csv.field_size_limit(1 << 24)
    examples = []
    for name, reader in SOURCES[lang].items():
        if name == leave_out:
            continue
        examples.extend(Example(t, y, name) for t, y in reader(data / name))
    return examples


def excluded_words(lang: str) -> frozenset[str]:
    """Words the rules own: every targeting cue, swear words and kind words."""
    words: set[str] = set()
    for section in load_cues(lang).values():
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


def words_of(text: str) -> set[str]:
    return {w for w in flatten(text).split() if len(w) >= 3 and w.isalpha()}


def fit(examples: list[Example], lang: str) -> list[tuple[str, float]]:
    """Word weights in [0, 1): the chance that a message with only this word is hostile."""
    docs = [words_of(e.text) for e in examples]
    counts = Counter(w for d in docs for w in d)
    vocab = sorted(w for w, n in counts.items() if n >= MIN_DOCS)
    column = {w: i for i, w in enumerate(vocab)}
    rows, cols = [], []
    for r, doc in enumerate(docs):
        for w in doc:
            if w in column:
                rows.append(r)
                cols.append(column[w])
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(vocab)))
    labels = np.array([e.hostile for e in examples], dtype=int)
    # Each source weighs the same, and within it both classes weigh the same.
    totals: dict[tuple[str, bool], int] = Counter((e.source, e.hostile) for e in examples)
    sources = {e.source for e in examples}
    weights = np.array(
        [len(examples) / (2 * len(sources) * totals[(e.source, e.hostile)]) for e in examples]
    )
    model = LogisticRegression(C=C, max_iter=2000, solver="liblinear", random_state=0)
    model.fit(matrix, labels, sample_weight=weights)
    bias = float(model.intercept_[0])
    skip = excluded_words(lang)
    agreeing = _agreeing_sources(examples, docs)
    needed = min(MIN_SOURCES, len(sources))
    learned = []
    for word, coef in zip(vocab, model.coef_[0], strict=True):
        if word in skip or word in NOT_HOSTILE or agreeing[word] < needed:
            continue
        weight = 1.0 / (1.0 + math.exp(-(float(coef) + bias)))
        if weight >= MIN_WEIGHT:
            learned.append((word, min(weight, MAX_WEIGHT)))
    return learned


def _agreeing_sources(examples: list[Example], docs: list[set[str]]) -> Counter[str]:
    """In how many sources a word is seen more often in hostile texts than in the rest.

    A word that only one source links to hostility is more likely that source's
    topic ("algorithm" in chats with bots) than a hostile word.
    """
    seen: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    totals: Counter[tuple[str, bool]] = Counter()
    for example, doc in zip(examples, docs, strict=True):
        key = (example.source, example.hostile)
        seen[key].update(doc)
        totals[key] += 1
    agreeing: Counter[str] = Counter()
    for source in {e.source for e in examples}:
        hostile, clean = seen[(source, True)], seen[(source, False)]
        n_hostile, n_clean = max(totals[(source, True)], 1), max(totals[(source, False)], 1)
        for word, count in hostile.items():
            if count >= MIN_SOURCE_DOCS and count / n_hostile > 2 * clean[word] / n_clean:
                agreeing[word] += 1
    return agreeing


def categories(data: Path, words: Iterable[str]) -> dict[str, str]:
    """Each word's most common span type in the word-level Toxic Spans set, else insult."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    path = data / "toxic_spans_words.tsv"
    if path.is_file():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                kind = SPAN_TYPES.get(row["type"])
                if kind is not None:
                    for w in words_of(row["text"]):
                        votes[w][kind] += 1
    return {w: (votes[w].most_common(1)[0][0] if votes[w] else "insult") for w in words}


def render(learned: list[tuple[str, float]], kinds: dict[str, str]) -> str:
    lines = [
        "# Learned by scripts/train_weights.py; do not edit by hand, refit instead.",
        "# term<TAB>category<TAB>weight: the chance a message with only this word,",
        "# aimed at someone, is hostile. Targeting rules still decide the aim.",
    ]
    lines += [f"{w}\t{kinds[w]}\t{weight:.3f}" for w, weight in sorted(learned)]
    return "\n".join(lines) + "\n"


def leave_one_out(data: Path) -> None:
    """For each English set: fit without it, then measure the scorer on it.

    An in-sample figure says nothing about unseen data; these are the honest ones.
    The other sets' own figures come from the shipped fit.
    """
    for name, reader in SOURCES["en"].items():
        if name == "toxic_spans_words.tsv":
            continue  # single spans, not messages: nothing to measure
        examples = load(data, "en", leave_out=name)
        learned = fit(examples, "en")
        text = render(learned, categories(data, [w for w, _ in learned]))
        scorer = Scorer(learned={"en": parse_learned(text)})
        found = hostile = flagged = 0
        for message, label in reader(data / name):
            verdict = scorer.score(message).hostile
            found += verdict and label
            hostile += label
            flagged += verdict
        precision = found / flagged if flagged else 0.0
        recall = found / hostile if hostile else 0.0
        f1 = 2 * precision * recall / (precision + recall) if found else 0.0
        logger.info(
            "%s left out: %d learned words; precision %.3f recall %.3f F1 %.3f",
            name,
            len(learned),
            precision,
            recall,
            f1,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--lang", choices=sorted(SOURCES), action="append")
    parser.add_argument("--leave-out", help="fit without this file (for honest figures)")
    parser.add_argument("--out", type=Path, help="write here instead of the shipped file")
    parser.add_argument("--lodo", action="store_true", help="leave-one-dataset-out figures")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.lodo:
        leave_one_out(args.data)
        return 0
    for lang in args.lang or sorted(SOURCES):
        examples = load(args.data, lang, args.leave_out)
        learned = fit(examples, lang)
        out = args.out or LEXICONS / lang / "learned.tsv"
        out.write_text(render(learned, categories(args.data, [w for w, _ in learned])), "utf-8")
        logger.info(
            "%s: %d examples, %d learned words -> %s", lang, len(examples), len(learned), out
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
