"""Fit the learned term weights that ship in bot/core/scoring/lexicons/<lang>/learned.tsv.

How hostile a word is comes from labelled public data; who it is aimed at stays
with the targeting rules. The weights are fitted for the scorer that uses them:
each training message is scored with the candidate words in the lexicon, the
targeting rules say how much of each hit survives (1.0 aimed at the reader, 0.75
about a third person, 0 cancelled or untargeted), and the weights are fitted so
that the scorer's own noisy-or of those hits predicts the label (maximum
likelihood with an L1 penalty, on the "train: yes" sets of ../shared/data/README.md).
So a weight means what the scorer reads it as: the chance that a message with
only this word, aimed at someone, is hostile.

Which words may be learned: seen in enough training texts, not a word the rules
or the hand-made lexicons own (targeting cues, swear words, kind words, every
hand-made term: those win anyway), and marked as the toxic part of a comment by
the Toxic Spans annotators often enough. That last test keeps out topic words
("liberals", "america", "synagogue") that hostile posts mention but that are
not hostile themselves.

Deterministic: the same data gives the same file, sorted, so a refit shows as a
readable diff. Needs the `train` extra (numpy, scipy); the bot never imports this.

    python scripts/train_weights.py --data ../shared/data            # write the files
    python scripts/train_weights.py --data ../shared/data --lodo     # leave-one-out figures
    python scripts/train_weights.py --data ../shared/data --funnel   # why words are not learned
"""

from __future__ import annotations

import argparse
import csv
import logging
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from training_data import (  # noqa: E402  (beside this script)
    LEXICONS,
    MEASURED,
    SOURCES,
    SPAN_SOURCES,
    SPAN_TYPES,
    Example,
    excluded_words,
    hand_made_words,
    load,
    measure,
    read_rows,
    span_rates,
    words_of,
)

from bot.core.guild_settings import SUPPORTED_LANGUAGES  # noqa: E402
from bot.core.scoring.lexicon import (  # noqa: E402
    Entry,
    parse_learned,
    tokenize_term,
)
from bot.core.scoring.lexicon_compile import build_lexicon  # noqa: E402
from bot.core.scoring.scorer import Scorer  # noqa: E402
from bot.core.scoring.verdict import Category, TargetKind  # noqa: E402

logger = logging.getLogger(__name__)

MIN_DOCS = 6  # a word seen in fewer training texts is too rare to weigh
MIN_SPAN_RATE = 0.2  # share of those comments where annotators marked the word as the attack
UNSEEN_PURITY = 0.9  # a word the span data never saw must be this hostile, in 2+ sources
MIN_AIMED = 5  # training texts where the word is aimed at someone: fewer say nothing of it
PENALTY = 3.0  # L1 on the weights: a word must explain several labels to get a weight
MIN_WEIGHT = 0.3  # below this a word changes almost no verdict: not worth a lexicon line
# No learned word is certain: alone, about a guessed third person ("smelly cheese",
# "they dumbed down the game"), it stays under the default threshold 0.5 at the
# scorer's third-person factor 0.75; aimed at the reader it still flags.
MAX_WEIGHT = 0.66
HOSTILE_SHARE = 0.3  # hostile texts are rarer in chat than in these sets: a word must earn 0.5
ROUNDS = 2  # refit once with only the kept words, so their aims are read as shipped
PLACEHOLDER = 0.5  # candidate weight while reading aims: factor = hit weight / this
# Topic words that pass the tests above, read and rejected by hand.
NOT_HOSTILE = frozenset({"harmless", "cousins", "towel", "lotto", "infant"})  # "ghetto lotto"
_AIMED = frozenset(
    {
        TargetKind.SECOND_PERSON,
        TargetKind.IMPERATIVE,
        TargetKind.GROUP,
        TargetKind.MENTION,
        TargetKind.REPLY,
    }
)
_UNTARGETED = 0.5  # the scorer's factor for a hit aimed at nobody


CANDIDATE = "candidate"


def reasons(examples: list[Example], lang: str, rates: dict[str, float]) -> dict[str, str]:
    """Every word of a hostile text, and why it may get a weight (CANDIDATE) or may not.

    Words the span data has no rate for (slurs of hate forums: "muzzies",
    "shitskin") may still be learned when nearly every text that holds them is
    hostile, in more than one source.
    """
    hostile: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    sources: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        words = words_of(example.text)
        (hostile if example.hostile else clean).update(words)
        if example.hostile:
            for w in words:
                sources[w].add(example.source)
    rules = excluded_words(lang) | NOT_HOSTILE
    hand_made = hand_made_words()
    found = {}
    for w, n in hostile.items():
        seen = n + clean[w]
        if w in rules:
            found[w] = "a rule word (cue, swear word, kind word) or rejected by hand"
        elif w in hand_made:
            found[w] = "a hand-made lexicon term (those win)"
        elif seen < MIN_DOCS:
            found[w] = f"in fewer than {MIN_DOCS} training texts"
        elif w in rates:
            ok = rates[w] >= MIN_SPAN_RATE
            found[w] = CANDIDATE if ok else f"span rate under {MIN_SPAN_RATE}"
        elif n >= UNSEEN_PURITY * seen and len(sources[w]) >= 2:
            found[w] = CANDIDATE
        else:
            found[w] = f"no span rate, not {UNSEEN_PURITY:.0%} hostile in 2+ sources"
    return found


def candidates(examples: list[Example], lang: str, rates: dict[str, float]) -> list[str]:
    """Words that may get a weight: frequent enough, not owned by the rules, marked as attacks."""
    return sorted(w for w, why in reasons(examples, lang, rates).items() if why == CANDIDATE)


@dataclass(frozen=True)
class Aims:
    """Where candidate words hit, and how much of each hit the targeting rules keep.

    Parallel arrays, one item per hit: the message, the word, the factor. `base` is
    each message's score from everything else (hand-made words, swearing).
    """

    rows: NDArray[np.int64]
    cols: NDArray[np.int64]
    factors: NDArray[np.float64]
    base: NDArray[np.float64]


def read_aims(
    examples: list[Example], words: list[str], kinds: dict[str, str], weights: dict[str, float]
) -> Aims:
    """Score every training message with the words in the lexicon and read each hit's factor.

    A hit aimed at nobody counts only beside an aimed one (the scorer adds loose
    hits to aimed ones, never on their own).
    """
    entries = tuple(Entry(w, tokenize_term(w), Category(kinds[w]), weights[w], None) for w in words)
    scorer = Scorer(lexicon=build_lexicon(SUPPORTED_LANGUAGES, learned={"en": entries}))
    column = {w: j for j, w in enumerate(words)}
    rows, cols, factors, base = [], [], [], []
    for i, example in enumerate(examples):
        verdict = scorer.score(example.text)
        rest = 1.0
        hits = []
        for match in verdict.matches:
            factor = round(match.weight / weights[match.term], 3) if match.term in column else 0
            if 0 < factor <= 1:
                hits.append((column[match.term], factor))
            else:  # not a learned word, or a rule set its weight whatever the word's
                rest *= 1.0 - match.weight
        aimed = verdict.target in _AIMED and verdict.score > 0
        for j, factor in hits:
            if factor > 0 and (factor != _UNTARGETED or aimed):
                rows.append(i)
                cols.append(j)
                factors.append(factor)
        base.append(1.0 - rest)
    return Aims(
        np.array(rows, dtype=np.int64),
        np.array(cols, dtype=np.int64),
        np.array(factors),
        np.clip(np.array(base), 0.0, 0.999),
    )


def sample_weights(examples: list[Example]) -> NDArray[np.float64]:
    """Each source weighs the same, and within it hostile texts weigh HOSTILE_SHARE."""
    totals = Counter((e.source, e.hostile) for e in examples)
    sources = len({e.source for e in examples})
    share = {True: HOSTILE_SHARE, False: 1.0 - HOSTILE_SHARE}
    return np.array(
        [
            len(examples) * share[e.hostile] / (sources * totals[(e.source, e.hostile)])
            for e in examples
        ]
    )


def fit_noisy_or(
    aims: Aims, labels: NDArray[np.float64], weights: NDArray[np.float64], size: int
) -> NDArray[np.float64]:
    """Word weights w maximising the likelihood of P(hostile) = 1 - (1 - base) prod(1 - w f).

    That is the scorer's own combination of hits, so the weights need no later
    calibration. L1 keeps words that explain few labels at zero.
    """
    rows, cols, factors = aims.rows, aims.cols, aims.factors
    n = len(labels)
    log_base = np.log1p(-aims.base)

    def objective(w: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        hit = w[cols] * factors
        log_clean = log_base + np.bincount(rows, weights=np.log1p(-hit), minlength=n)
        clean = np.clip(np.exp(log_clean), 1e-9, 1 - 1e-9)
        loss = -(weights * (labels * np.log1p(-clean) + (1 - labels) * np.log(clean))).sum()
        slope = weights * (labels * clean / (1 - clean) - (1 - labels))  # d loss / d log_clean
        grad = np.bincount(cols, weights=slope[rows] * -factors / (1 - hit), minlength=size)
        return float(loss + PENALTY * w.sum()), grad + PENALTY

    start = np.full(size, 0.05)
    result = minimize(
        objective,
        start,
        jac=True,
        method="L-BFGS-B",
        bounds=[(0.0, MAX_WEIGHT)] * size,
        options={"maxiter": 500},
    )
    fitted: NDArray[np.float64] = result.x
    return fitted


def fit(
    examples: list[Example], words: list[str], kinds: dict[str, str]
) -> list[tuple[str, float]]:
    """Learned (word, weight) pairs: candidates fitted, the weak dropped, refitted as shipped."""
    weights = dict.fromkeys(words, PLACEHOLDER)
    labels = np.array([e.hostile for e in examples], dtype=float)
    balance = sample_weights(examples)
    learned: list[tuple[str, float]] = []
    for _ in range(ROUNDS):
        if not words:
            return []
        aims = read_aims(examples, words, kinds, weights)
        fitted = fit_noisy_or(aims, labels, balance, len(words))
        aimed = np.bincount(aims.cols[aims.factors >= 0.75], minlength=len(words))
        learned = [
            (w, round(float(x), 3))
            for w, x, count in zip(words, fitted, aimed, strict=True)
            if x >= MIN_WEIGHT and count >= MIN_AIMED
        ]
        words = [w for w, _ in learned]
        weights = dict(learned)
    return learned


# Sets whose own classes tell hate from other hostility, by file: class -> category.
KIND_CATEGORIES = {
    "hatexplain.tsv": {"hate": "identity_attack", "offensive": "insult"},
    "gab_hate.tsv": {"dignity": "identity_attack", "violence": "threat"},
}


def categories(data: Path, words: Iterable[str], leave_out: str | None = None) -> dict[str, str]:
    """Each word's category: its most common span type in the word-level Toxic Spans set.

    Words the annotated spans never hold (slurs of hate forums) take the most
    common class of the hostile texts holding them in the sets that tell hate
    from plain insults (HateXplain, Gab); else insult.
    """
    wanted = set(words)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    path = data / "toxic_spans_words.tsv"
    if path.is_file() and leave_out not in SPAN_SOURCES:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                kind = SPAN_TYPES.get(row["type"])
                if kind is not None:
                    for w in words_of(row["text"]) & wanted:
                        votes[w][kind] += 1
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, mapping in KIND_CATEGORIES.items():
        if name == leave_out or not (data / name).is_file():
            continue
        for row in read_rows(data / name):
            kind = mapping.get(row["kind"])
            if kind is not None:
                for w in words_of(row["text"]) & wanted:
                    classes[w][kind] += 1
    found = {}
    for w in wanted:
        best = votes[w] or classes[w]
        found[w] = best.most_common(1)[0][0] if best else "insult"
    return found


def learn(data: Path, lang: str, leave_out: str | None = None) -> str:
    """The learned file's text, fitted without `leave_out`."""
    examples = load(data, lang, leave_out)
    words = candidates(examples, lang, span_rates(data, leave_out))
    kinds = categories(data, words, leave_out)
    learned = fit(examples, words, kinds)
    logger.info("%s: %d examples, %d learned words", lang, len(examples), len(learned))
    return render(learned, kinds)


def funnel(data: Path, lang: str) -> list[str]:
    """Why so few words are learned: how many words of hostile texts each test stops.

    Counts only (no text): the words stopped before the fit, then the candidates
    the fit drops (weight under MIN_WEIGHT or fewer than MIN_AIMED aimed hits).
    """
    examples = load(data, lang)
    found = reasons(examples, lang, span_rates(data))
    words = sorted(w for w, why in found.items() if why == CANDIDATE)
    learned = fit(examples, words, categories(data, words))
    counts = Counter(found.values())
    lines = [f"{n:7d}  {why}" for why, n in counts.most_common() if why != CANDIDATE]
    lines.append(f"{len(words) - len(learned):7d}  candidates the fit drops")
    lines.append(f"{len(learned):7d}  learned")
    return lines


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
    Leaving out Toxic Spans also leaves out its word-level spans, and with them
    the evidence that admits a word, so that fit learns nothing.
    """
    for name in MEASURED:
        text = learn(data, "en", leave_out=name)
        learned = parse_learned(text)
        scorer = Scorer(lexicon=build_lexicon(SUPPORTED_LANGUAGES, learned={"en": learned}))
        logger.info(
            "%s left out: %d learned words; %s", name, len(learned), measure(scorer, data / name)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--lang", choices=sorted(SOURCES), action="append")
    parser.add_argument("--leave-out", help="fit without this file (for honest figures)")
    parser.add_argument("--out", type=Path, help="write here instead of the shipped file")
    parser.add_argument("--lodo", action="store_true", help="leave-one-dataset-out figures")
    parser.add_argument("--funnel", action="store_true", help="why words are not learned")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.funnel:
        for lang in args.lang or sorted(SOURCES):
            for line in funnel(args.data, lang):
                logger.info("%s %s", lang, line)
        return 0
    if args.lodo:
        leave_one_out(args.data)
        return 0
    for lang in args.lang or sorted(SOURCES):
        out = args.out or LEXICONS / lang / "learned.tsv"
        out.write_text(learn(args.data, lang, args.leave_out), "utf-8")
        logger.info("%s -> %s", lang, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
