"""`kindness-bot replay EXPORT.json`: what the bot would have done in an exported channel.

Before inviting the bot, a server owner exports a channel with DiscordChatExporter
(JSON) and sees, per day, the messages the bot would have scored, flagged, nudged
(after cooldowns), alerted moderators about and counted as kind, with the default
settings or given ones. The export streams through (`bot.cli.export_reader`) one
message at a time, so its size does not matter; the decisions are the live bot's
own (`bot.core.moderation.replay`). Message text is printed only with `--show`, on
the terminal; nothing is written to disk but the `--chart` image.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from bot.cli.common import ExitCode
from bot.cli.export_reader import ExportError, ExportReader, TruncatedExportError
from bot.cli.progress import ProgressBar, progress_bar
from bot.cli.replay_export import ExportHeader, read_header, read_message
from bot.cli.replay_report import ReportInput, jsonl_line, render_report, show_lines
from bot.cli.replay_settings import SettingsError, add_settings_arguments, replay_settings
from bot.core.moderation.replay import Replay
from bot.core.scoring.scorer import Scorer, ScorerConfig

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `kindness-bot replay`."""
    parser.add_argument(
        "export", type=Path, metavar="EXPORT.json", help="a channel exported by DiscordChatExporter"
    )
    add_settings_arguments(parser)
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--show",
        action="store_true",
        help="also list each flagged message with its explanation (on the terminal only)",
    )
    output.add_argument(
        "--jsonl",
        action="store_true",
        help="instead of the report, one JSON line per message: its verdict and what the bot did",
    )
    parser.add_argument("--chart", type=Path, metavar="FILE.png", help="draw the days as a PNG")


def main(args: argparse.Namespace) -> int:
    """0 when the whole export was replayed; 2 for an export it cannot read."""
    try:
        return _run(args)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except KeyboardInterrupt:
        print("\nkindness-bot replay: interrupted", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    path: Path = args.export
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "does not exist"
        return _fail(f"{path} {what}")
    bar = progress_bar(sys.stderr, path.stat().st_size)
    reader = ExportReader(path, progress=None if bar is None else bar.update)
    try:
        header = read_header(reader.read_header())
    except (ExportError, OSError) as exc:
        _clear(bar)
        return _fail(f"cannot read {path}: {_reason(exc)}")
    try:
        settings, source = replay_settings(args, header.guild_id, header.channel.channel_id)
    except SettingsError as exc:
        _clear(bar)
        return _fail(str(exc), exc.code)
    replay = Replay(settings, Scorer(ScorerConfig.from_settings(settings)), header.channel)
    run = _Run(args, header, source, replay, bar)
    error: ExportError | OSError | None = None
    try:
        for number, raw in enumerate(reader.messages(), 1):
            run.feed(raw, number)
    except BrokenPipeError:
        raise  # stdout's reader went away: not a problem with the export
    except (ExportError, OSError) as exc:
        error = exc
    finally:
        _clear(bar)
    chart_ok = run.finish()
    if error is None:
        return ExitCode.OK if chart_ok else ExitCode.CONFIG
    read = f"{run.messages:,} message{'' if run.messages == 1 else 's'}"
    covered = "" if args.jsonl else "; the report above covers them"
    after = "before the break" if isinstance(error, TruncatedExportError) else "before the problem"
    return _fail(f"cannot read all of {path}: {_reason(error)}; {read} were read {after}{covered}")


class _Run:
    """One replay's output as it goes: `--show` or `--jsonl` lines, then report and chart."""

    def __init__(
        self,
        args: argparse.Namespace,
        header: ExportHeader,
        source: str,
        replay: Replay,
        bar: ProgressBar | None,
    ) -> None:
        self.args = args
        self.header = header
        self.source = source
        self.replay = replay
        self.bar = bar
        self.messages = 0
        self.first: float | None = None
        self.last: float | None = None

    def feed(self, raw: object, number: int) -> None:
        message = read_message(raw, number)
        if self.last is not None and message.timestamp < self.last:
            raise ExportError(
                f"message {number:,} is older than the one before it: the export lists the "
                "messages newest first; export it oldest first (DiscordChatExporter's default) "
                "so the cooldowns can be replayed"
            )
        self.messages += 1
        self.first = message.timestamp if self.first is None else self.first
        self.last = message.timestamp
        step = self.replay.feed(message)
        if self.args.jsonl:
            sys.stdout.write(jsonl_line(message.message_id, message.timestamp, step) + "\n")
        elif self.args.show and step.decision is not None and isinstance(raw, dict):
            _clear(self.bar)
            print(show_lines(raw, message.timestamp, step) + "\n", flush=True)

    def finish(self) -> bool:
        """The report (unless --jsonl) and the chart, for what was read; False if the
        chart could not be written."""
        if self.args.jsonl:
            sys.stdout.flush()
        else:
            print(
                render_report(
                    ReportInput(
                        self.header,
                        self.source,
                        self.replay.settings,
                        self.replay,
                        self.messages,
                        self.first,
                        self.last,
                    )
                )
            )
        return self.args.chart is None or self._chart(self.args.chart)

    def _chart(self, out: Path) -> bool:
        from bot.cli.replay_chart import render_replay_chart  # noqa: PLC0415 (lazy: matplotlib)

        title = f"#{self.header.channel_name or self.header.channel.channel_id}"
        png = render_replay_chart(self.replay.days, f"{title} · what the bot would have done")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(png)
        except OSError as exc:
            _fail(f"cannot write the chart to {out}: {exc.strerror or exc}")
            return False
        if not self.args.jsonl:
            print(f"\nchart written to {out}")
        logger.debug("replay chart of %d days written", len(self.replay.days))
        return True


def _reason(exc: ExportError | OSError) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _clear(bar: ProgressBar | None) -> None:
    if bar is not None:
        bar.clear()


def _fail(message: str, code: ExitCode = ExitCode.CONFIG) -> int:
    print(f"kindness-bot replay: {message}", file=sys.stderr)
    return code
