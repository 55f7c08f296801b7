"""The scorer on the even and the odd rows of each data file apart (split-half check).

Usage (from the repo root):
    .venv/bin/python -m bench.bench_halves [FILE ...] [--data ../shared/data]
    .venv/bin/python -m bench.bench_halves FILE --list misses|flags [--limit N]

Rule rounds read misses and false flags only in the even rows (row index 0, 2, ...)
and keep the odd rows to judge whether a rule carries to text nobody studied; so
`--list` prints even rows only. Each file is read and scored exactly as
`kindness-bot eval` does with bench_accuracy's arguments, at default settings.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from bench.bench_accuracy import FILES
from bot.cli import eval as eval_cli
from bot.cli.scorer_options import scorer_config_from_args
from bot.core.scoring.evaluate import ProfanityDetector
from bot.core.scoring.scorer import Scorer

ROOT = Path(__file__).resolve().parent.parent
HALVES = ("even", "odd")


@dataclass
class Half:
    """One half's counts: outcomes, flagged rows per class, flagged profane negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    classes: dict[str, list[int]] = field(default_factory=dict)  # rows, flagged, hostile
    profane: list[int] = field(default_factory=lambda: [0, 0])  # negatives, flagged

    def line(self) -> str:
        """P, R and F1, and the flagged share of each class labelled not hostile."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        controls = ", ".join(
            f"{name or '-'} {flagged}/{rows}"
            for name, (rows, flagged, hostile) in sorted(self.classes.items())
            if hostile * 100 < rows
        )
        return (
            f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {self.tp}, fp {self.fp}, "
            f"fn {self.fn}) | controls flagged: {controls or '-'} | profane negatives "
            f"flagged: {self.profane[1]}/{self.profane[0]}"
        )


def eval_args(data: Path, name: str) -> argparse.Namespace:
    """`kindness-bot eval`'s arguments for a data file, as bench_accuracy gives them."""
    arguments = next(arguments for file, arguments, _ in FILES if file == name)
    parser = argparse.ArgumentParser()
    eval_cli.add_arguments(parser)
    return parser.parse_args([str(data / name), *arguments.split()])


def split(args: argparse.Namespace, listing: str | None, limit: int) -> tuple[Half, Half]:
    """Score every row; print even rows the `listing` asks for (misses or flags)."""
    scorer = Scorer(scorer_config_from_args(args))
    profane = ProfanityDetector()
    positive = args.positive.strip()
    halves = (Half(), Half())
    shown = 0
    for index, row in enumerate(eval_cli.read_rows(args)):
        verdict = scorer.score(row.text)
        hostile, flagged = row.label == positive, verdict.hostile
        half = halves[index % 2]
        half.tp += hostile and flagged
        half.fp += flagged and not hostile
        half.fn += hostile and not flagged
        counts = half.classes.setdefault(row.group or "", [0, 0, 0])
        counts[0] += 1
        counts[1] += flagged
        counts[2] += hostile
        if not hostile and profane(row.text):
            half.profane[0] += 1
            half.profane[1] += flagged
        wanted = (listing == "misses" and hostile and not flagged) or (
            listing == "flags" and flagged and not hostile
        )
        if wanted and index % 2 == 0 and shown < limit:
            shown += 1
            terms = ", ".join(match.term for match in verdict.matches)
            print(f"{index}\t{row.group}\t{verdict.score:.2f}\t{verdict.target.value}\t{terms}")
            print(f"\t{row.text!r}")
    return halves


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="data file names (default: every file)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--list", choices=("misses", "flags"), help="even rows only")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    known = [name for name, _, _ in FILES]
    names = args.files or known
    unknown = [name for name in names if name not in known]
    if unknown:
        parser.error(f"unknown file {', '.join(unknown)}; known: {', '.join(known)}")
    for name in names:
        halves = split(eval_args(args.data, name), args.list, args.limit)
        for label, half in zip(HALVES, halves, strict=True):
            print(f"{name} {label} rows: {half.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
