"""The scorer on every labelled file in ../shared/data, with each class's flagged rate.

Usage (from the repo root):
    .venv/bin/python -m bench.bench_accuracy [--data ../shared/data] [--write]

Each row is exactly what `kindness-bot eval FILE ... --group-col C` prints, at
default settings (every shipped language), so a reader can rerun any one line.
The controls are the classes labelled not hostile; their flagged rate is the
false-flag rate on that kind of message. `--write` replaces the
`## Accuracy on every data file` section of bench/RESULTS.md, keeping the
hand-written notes under its `### Notes` heading.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.results_file import write_section
from bot.cli import eval as eval_cli

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Accuracy on every data file"
NOTES = "### Notes"
COMMAND = ".venv/bin/python -m bench.bench_accuracy --write"
TSV = "--text-col text --label-col hostile --positive 1 --group-col kind"
# File, the eval arguments after it, and the data README's figures before issue 8.
FILES = (
    ("conda_train.tsv", TSV, "0.894 / 0.118 / 0.209"),
    ("convabuse.tsv", TSV, "0.996 / 0.425 / 0.595"),
    ("hatexplain.tsv", TSV, "0.874 / 0.435 / 0.581"),
    ("formspring.tsv", TSV, "0.735 / 0.316 / 0.442"),
    ("toxic_spans.tsv", TSV, "0.701 / 0.190 / 0.299"),
    ("gab_hate.tsv", TSV, "0.459 / 0.160 / 0.238"),
    ("it_multa_telegram.tsv", TSV, "0.857 / 0.204 / 0.330"),
    ("it_pejorativity.tsv", TSV, "0.583 / 0.084 / 0.147"),
    (
        "insults_train.csv",
        "--text-col Comment --label-col Insult --positive 1 --decode-escapes --group-col Insult",
        "0.866 / 0.667 / 0.754",
    ),
    (
        "olid_train.tsv",
        "--text-col tweet --label-col subtask_b --positive TIN --group-col subtask_b",
        "0.835 / 0.075 / 0.137",
    ),
    (
        "davidson_labeled.csv",
        "--text-col tweet --label-col class --positive 0 --group-col class",
        "-",
    ),
)


def row(data: Path, name: str, arguments: str, before: str) -> tuple[str, str]:
    """One table row and the command that measures it."""
    parser = argparse.ArgumentParser()
    eval_cli.add_arguments(parser)
    args = parser.parse_args([str(data / name), *arguments.split()])
    found = eval_cli.measure(args)
    tally, groups = found.tally, found.groups
    controls = []
    if groups is not None:
        for value, count in groups.largest():
            if count.rows and count.positives * 100 < count.rows:  # a class labelled not hostile
                controls.append(f"{value} {count.flagged_rate:.1%}")
    line = (
        f"| {name} | {tally.precision:.3f} | {tally.recall:.3f} | {tally.f1:.3f} "
        f"| {before} | {', '.join(controls) or '-'} |"
    )
    return line, f"    .venv/bin/kindness-bot eval ../shared/data/{name} {arguments}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    rows, commands = [], []
    for name, arguments, before in FILES:
        if not (args.data / name).exists():
            rows.append(f"| {name} | not found | | | {before} | |")
            continue
        line, command = row(args.data, name, arguments, before)
        rows.append(line)
        commands.append(command)
    text = "\n".join(
        [
            SECTION,
            "",
            "Default settings (English and Italian), one `kindness-bot eval` per file with "
            "`--group-col`; controls are the classes labelled not hostile, with the share "
            "flagged. Before = the data README's table (the scorer before issue 8).",
            "",
            f"Command: `{COMMAND}`",
            "",
            "| file | precision | recall | F1 | before (P / R / F1) | controls flagged |",
            "|---|---|---|---|---|---|",
            *rows,
            "",
            "Each row alone:",
            "",
            *commands,
        ]
    )
    print(text)
    if args.write:
        write_section(text, keep_from=NOTES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
