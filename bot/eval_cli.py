"""`kindness-bot eval`: measure the scorer on a labelled CSV/TSV file, streaming its rows."""

from __future__ import annotations

import argparse
import csv
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bot.cli_common import add_scorer_arguments, scorer_config_from_args
from bot.core.evaluate import ProfanityDetector, Tally, decode_escapes
from bot.core.scorer import Scorer

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="labelled CSV or TSV file")
    parser.add_argument("--text-col", required=True, help="column holding the message text")
    parser.add_argument("--label-col", required=True, help="column holding the label")
    parser.add_argument("--positive", required=True, help="label value that means hostile")
    parser.add_argument(
        "--negative-col", help="with --negative-value: also report false flags on these rows"
    )
    parser.add_argument("--negative-value", help="value of --negative-col selecting the rows")
    parser.add_argument(
        "--decode-escapes", action="store_true", help="texts are Python-escaped strings"
    )
    add_scorer_arguments(parser)
    parser.add_argument("--delimiter", help="override the delimiter (default: by extension)")


def _rows(path: Path, delimiter: str | None) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        if delimiter is None:
            if path.suffix.lower() in (".tsv", ".tab"):
                delimiter = "\t"
            elif path.suffix.lower() == ".csv":
                delimiter = ","
            else:
                delimiter = csv.Sniffer().sniff(handle.read(4096), delimiters=",\t;").delimiter
                handle.seek(0)
        if delimiter == "\t":  # OLID-style TSV: quotes are part of the text
            yield from csv.DictReader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE)
        else:
            yield from csv.DictReader(handle, delimiter=delimiter)


class EvalError(Exception):
    """A problem with the input file the user can fix (missing column, unreadable file)."""


def measure(args: argparse.Namespace) -> Tally:
    """Score every row of the file once and tally the outcomes, streaming the rows."""
    config = scorer_config_from_args(args)
    scorer = Scorer(config)
    profane = ProfanityDetector()
    tally = Tally()
    try:
        for row in _rows(args.file, args.delimiter):
            missing = [c for c in (args.text_col, args.label_col) if c not in row]
            if missing:
                raise EvalError(f"column(s) not in file: {', '.join(missing)}")
            text = row[args.text_col] or ""
            if args.decode_escapes:
                text = decode_escapes(text)
            selected = args.negative_col is not None and row.get(args.negative_col) == (
                args.negative_value
            )
            tally.add(
                actual=(row[args.label_col] or "").strip() == args.positive,
                predicted=scorer.score(text).hostile,
                profane=profane(text),
                selected=selected,
            )
    except OSError as exc:
        raise EvalError(f"cannot read {args.file}: {exc}") from exc
    return tally


def report(args: argparse.Namespace, tally: Tally) -> list[str]:
    """The printed summary, one measure per line."""
    total = tally.tp + tally.fp + tally.fn + tally.tn
    lines = [
        f"file: {args.file.name}  rows: {total}  positives: {tally.tp + tally.fn}",
        f"precision: {tally.precision:.3f}",
        f"recall:    {tally.recall:.3f}",
        f"f1:        {tally.f1:.3f}",
        f"false-positive rate: {tally.false_positive_rate:.3f} ({tally.fp}/{tally.fp + tally.tn})",
        "false flags on negatives with profanity: "
        f"{tally.profane_false_flag_rate:.3f} "
        f"({tally.profane_false_flags}/{tally.profane_negatives})",
    ]
    if args.negative_col is not None:
        lines.append(
            f"false flags on {args.negative_col}={args.negative_value}: "
            f"{tally.selected_false_flag_rate:.3f} "
            f"({tally.selected_false_flags}/{tally.selected_negatives})"
        )
    lines.append(f"tp={tally.tp} fp={tally.fp} fn={tally.fn} tn={tally.tn}")
    return lines


def main(args: argparse.Namespace) -> int:
    if (args.negative_col is None) != (args.negative_value is None):
        print("--negative-col and --negative-value go together", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        tally = measure(args)
    except EvalError as exc:
        print(exc, file=sys.stderr)
        return 2
    print("\n".join(report(args, tally)))
    print(f"({time.perf_counter() - started:.2f}s)")
    return 0
