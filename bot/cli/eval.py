"""`kindness-bot eval`: measure the scorer on a labelled CSV/TSV file, streaming its rows."""

from __future__ import annotations

import argparse
import csv
import logging
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.cli.common import ExitCode
from bot.cli.scorer_options import add_scorer_arguments, scorer_config_from_args
from bot.core.scoring.evaluate import (
    GroupCount,
    GroupTally,
    ProfanityDetector,
    Tally,
    decode_escapes,
)
from bot.core.scoring.scorer import Scorer

logger = logging.getLogger(__name__)

GROUPS_SHOWN = 30  # a column with more values than this was probably not meant
VALUES_LISTED = 10  # label values named when --positive never occurs
_VALUE_WIDTH = 24


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="labelled CSV or TSV file")
    parser.add_argument("--text-col", required=True, help="column holding the message text")
    parser.add_argument("--label-col", required=True, help="column holding the label")
    parser.add_argument("--positive", required=True, help="label value that means hostile")
    parser.add_argument(
        "--group-col",
        help="also report rows and the flagged rate for each value of this column "
        "(e.g. kind: every control class at once)",
    )
    parser.add_argument(
        "--negative-col", help="with --negative-value: also report false flags on these rows"
    )
    parser.add_argument("--negative-value", help="value of --negative-col selecting the rows")
    parser.add_argument(
        "--decode-escapes", action="store_true", help="texts are Python-escaped strings"
    )
    add_scorer_arguments(parser)
    parser.add_argument("--delimiter", help="override the delimiter (default: by extension)")


class EvalError(Exception):
    """A problem with the input the user can fix (missing column, unknown label, unreadable)."""


@dataclass(slots=True)
class Measurement:
    """What one pass over the file found."""

    tally: Tally
    labels: GroupTally  # per label value: how often it occurs (for --positive's check)
    groups: GroupTally | None  # per --group-col value


@contextmanager
def _table(path: Path, delimiter: str | None) -> Iterator[csv.DictReader[str]]:
    """A dict reader over the file, the delimiter chosen by extension or sniffed."""
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
            yield csv.DictReader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE)
        else:
            yield csv.DictReader(handle, delimiter=delimiter)


def _check_columns(args: argparse.Namespace, columns: Sequence[str] | None) -> None:
    """Refuse a column name the header lacks before scoring anything, naming the real ones."""
    if not columns:
        raise EvalError(f"{args.file} is empty: it has no header row naming its columns")
    options = {
        "--text-col": args.text_col,
        "--label-col": args.label_col,
        "--group-col": args.group_col,
        "--negative-col": args.negative_col,
    }
    missing = [
        f"{name!r} ({option})"
        for option, name in options.items()
        if name is not None and name not in columns
    ]
    if missing:
        raise EvalError(
            f"{args.file.name} has no column {' or '.join(missing)}; "
            f"its columns are: {', '.join(columns)}"
        )


def unquote_field(value: str) -> str:
    """A whole field in CSV quotes ("a ""quoted"" word") read as its text.

    TSV files are read without quote processing, since a stray quote inside a
    tweet would otherwise swallow the lines after it; but some files still wrap a
    field that holds quotes in quotes of its own, doubling the inner ones. Read
    raw, the whole message would look like quoted (reported) speech.
    """
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        inner = value[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return value


@dataclass(frozen=True)
class Row:
    """One labelled row, as eval scores it."""

    text: str
    label: str
    group: str | None  # the --group-col value, when one is asked for
    selected: bool  # the row is one of --negative-col's selected negatives


def read_rows(args: argparse.Namespace) -> Iterator[Row]:
    """The file's rows, streamed: the text unquoted (and unescaped with --decode-escapes),
    the label and group stripped. Shared with the split-half bench (bench/bench_halves.py),
    so both read a file the same way."""
    with _table(args.file, args.delimiter) as reader:
        _check_columns(args, reader.fieldnames)
        for row in reader:
            text = unquote_field(row[args.text_col] or "")
            if args.decode_escapes:
                text = decode_escapes(text)
            group = None if args.group_col is None else (row[args.group_col] or "").strip()
            selected = args.negative_col is not None and row[args.negative_col] == (
                args.negative_value
            )
            yield Row(text, (row[args.label_col] or "").strip(), group, selected)


def measure(args: argparse.Namespace) -> Measurement:
    """Score every row of the file once and tally the outcomes, streaming the rows."""
    scorer = Scorer(scorer_config_from_args(args))
    profane = ProfanityDetector()
    positive = args.positive.strip()
    found = Measurement(Tally(), GroupTally(), None if args.group_col is None else GroupTally())
    try:
        for row in read_rows(args):
            actual = row.label == positive
            predicted = scorer.score(row.text).hostile
            found.tally.add(
                actual=actual, predicted=predicted, profane=profane(row.text), selected=row.selected
            )
            found.labels.add(row.label, positive=actual, flagged=predicted)
            if found.groups is not None and row.group is not None:
                found.groups.add(row.group, positive=actual, flagged=predicted)
    except OSError as exc:
        raise EvalError(f"cannot read {args.file}: {exc}") from exc
    except csv.Error as exc:
        raise EvalError(f"cannot parse {args.file}: {exc}") from exc
    if found.tally.tp + found.tally.fn == 0:  # not `in labels`: that tally is capped
        raise EvalError(_unknown_label(args, found.labels))
    return found


def _unknown_label(args: argparse.Namespace, labels: GroupTally) -> str:
    """One sentence: the --positive value never occurs, and which values do."""
    head = f"--positive {args.positive!r} never occurs in column {args.label_col!r}"
    ranked = labels.largest()
    if not ranked:
        return f"{head}: {args.file.name} has no rows"
    listed = ", ".join(
        f"{value!r} ({count.rows:,} row{'' if count.rows == 1 else 's'})"
        for value, count in ranked[:VALUES_LISTED]
    )
    more = max(0, len(ranked) - VALUES_LISTED)
    if labels.other.rows:  # values past the tally's limit were pooled, not counted apart
        extra = f" and over {more:,} more"
    else:
        extra = f" and {more:,} more" if more else ""
    return f"{head}; the values present are {listed}{extra}"


def _shown(value: str) -> str:
    """A column value fit for one table cell."""
    if not value:
        return "(empty)"
    flat = " ".join(value.split())
    return (
        flat if len(flat) <= _VALUE_WIDTH else flat[: _VALUE_WIDTH - 1] + "\N{HORIZONTAL ELLIPSIS}"
    )


def group_lines(column: str, groups: GroupTally) -> list[str]:
    """A table: per value of the group column, its rows, hostile labels and flagged rate."""
    ranked = groups.largest()
    rows: list[tuple[str, GroupCount]] = [(_shown(v), c) for v, c in ranked[:GROUPS_SHOWN]]
    hidden = ranked[GROUPS_SHOWN:]
    if hidden or groups.other.rows:
        other = GroupCount()
        for count in [c for _, c in hidden] + [groups.other]:
            other.rows += count.rows
            other.positives += count.positives
            other.flagged += count.flagged
        rows.append(("(other values)", other))
    width = max([len(column), *(len(v) for v, _ in rows)])
    lines = [
        f"flagged by {column}:",
        f"  {column:<{width}}  {'rows':>8}  {'hostile':>8}  {'flagged':>8}  rate",
    ]
    lines.extend(
        f"  {value:<{width}}  {c.rows:>8,}  {c.positives:>8,}  {c.flagged:>8,}  "
        f"{c.flagged_rate:.3f}"
        for value, c in rows
    )
    return lines


def report(args: argparse.Namespace, found: Measurement) -> list[str]:
    """The printed summary, one measure per line."""
    tally = found.tally
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
    if found.groups is not None:
        lines.extend(group_lines(args.group_col, found.groups))
    return lines


def main(args: argparse.Namespace) -> int:
    if (args.negative_col is None) != (args.negative_value is None):
        print("kindness-bot eval: --negative-col and --negative-value go together", file=sys.stderr)
        return ExitCode.CONFIG
    started = time.perf_counter()
    try:
        found = measure(args)
    except EvalError as exc:
        print(f"kindness-bot eval: {exc}", file=sys.stderr)
        return ExitCode.CONFIG
    print("\n".join(report(args, found)))
    print(f"({time.perf_counter() - started:.2f}s)")
    return ExitCode.OK
