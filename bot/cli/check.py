"""`kindness-bot check`: score one message, or stream JSON lines from stdin to stdout."""

from __future__ import annotations

import argparse
import io
import os
import sys
from typing import cast

from bot.cli.jsonl_stream import line_batches, stream_jsonl
from bot.cli.scorer_options import add_scorer_arguments, scorer_config_from_args
from bot.core.collector import tune_for_scoring
from bot.core.scoring.scorer import Scorer
from bot.core.texts.verdict_text import render_verdict


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", help="the message to score (omit with --jsonl)")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read one message per stdin line, write one JSON verdict per line, in order",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=default_jobs(),
        metavar="N",
        help="with --jsonl, score in N worker processes; 1 scores in this process "
        "(default: the CPUs this process may use, here %(default)s)",
    )
    add_scorer_arguments(parser)
    parser.add_argument("--mention", action="store_true", help="the message mentions someone")
    parser.add_argument("--reply", action="store_true", help="the message is a reply")
    parser.add_argument(
        "--profanity-ok", action="store_true", help="a channel where swearing is fine"
    )


def default_jobs() -> int:
    """The CPUs this process may run on (its affinity mask, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _jobs(raw: str) -> int:
    """A worker count of at least 1: 0 workers would score nothing."""
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1, not {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"must be at least 1 (1 scores in this process), not {raw}"
        )
    return value


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
        tune_for_scoring()  # as the bot does once primed (bot/client.py); before any fork
        if args.jobs > 1:
            from bot.cli.check_workers import stream_jsonl_jobs  # noqa: PLC0415 (lazy: --jobs 1 never imports a pool)

            return stream_jsonl_jobs(scorer, config, sys.stdout, jobs=args.jobs, **flags)
        stdin = cast(io.BufferedIOBase, sys.stdin.buffer)  # a BufferedReader: it has read1
        stream_jsonl(scorer, line_batches(stdin), sys.stdout, **flags)
        return 0
    if not args.text:
        print('nothing to check: kindness-bot check "some text" (or --jsonl)', file=sys.stderr)
        return 2
    print(render_verdict(scorer.score(" ".join(args.text), **flags)))
    return 0
