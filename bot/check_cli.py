"""`kindness-bot check`: score one message, or stream JSON lines from stdin to stdout."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from typing import TextIO

from bot.cli_common import add_scorer_arguments, scorer_config_from_args
from bot.core.scorer import Scorer
from bot.core.verdict import Verdict


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", help="the message to score (omit with --jsonl)")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read one message per stdin line, write one JSON verdict per line, in order",
    )
    add_scorer_arguments(parser)
    parser.add_argument("--mention", action="store_true", help="the message mentions someone")
    parser.add_argument("--reply", action="store_true", help="the message is a reply")
    parser.add_argument(
        "--profanity-ok", action="store_true", help="a channel where swearing is fine"
    )


def render(verdict: Verdict) -> str:
    """A few readable lines for a person at a terminal."""
    status = "HOSTILE" if verdict.hostile else "not hostile"
    categories = ", ".join(c.label for c in verdict.categories) or "-"
    terms = ", ".join(dict.fromkeys(m.term for m in verdict.matches)) or "-"
    return "\n".join(
        [
            f"{status}  score {verdict.score:.2f}  severity {verdict.severity.label}",
            f"target:     {verdict.target.value}",
            f"categories: {categories}",
            f"terms:      {terms}",
            f"why:        {verdict.explanation}",
        ]
    )


def _lines(stream: Iterable[bytes]) -> Iterable[str]:
    """Decode line by line (bad UTF-8 replaced), dropping only the line ending."""
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def stream_jsonl(scorer: Scorer, lines: Iterable[str], out: TextIO, **flags: bool) -> int:
    """Score each line as it arrives and write its JSON verdict; returns the count."""
    count = 0
    for line in lines:
        verdict = scorer.score(line, **flags)
        out.write(json.dumps(verdict.to_json_dict()) + "\n")
        out.flush()  # one answer per line as soon as it exists: callers may be interactive
        count += 1
    return count


def main(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace) -> int:
    config = scorer_config_from_args(args)
    scorer = Scorer(config)
    flags = {
        "mentions_someone": args.mention,
        "is_reply": args.reply,
        "profanity_ok": args.profanity_ok,
    }
    if args.jsonl:
        if args.text:
            print("give either TEXT or --jsonl, not both", file=sys.stderr)
            return 2
        stream_jsonl(scorer, _lines(sys.stdin.buffer), sys.stdout, **flags)
        return 0
    if not args.text:
        print('nothing to check: kindness-bot check "some text" (or --jsonl)', file=sys.stderr)
        return 2
    print(render(scorer.score(" ".join(args.text), **flags)))
    return 0
