"""What `kindness-bot replay` prints: the report, the `--show` lines and the `--jsonl` lines.

Message text appears only in `--show`, on the terminal, made safe to print (control
characters escaped, one line, cut short); nothing here writes it anywhere else.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.cli.replay_export import ExportHeader, author_name
from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.moderation.replay import DayCounts, Replay, ReplayStep, Skip
from bot.core.moderation.user_state import REPEAT_OUTCOME_SECONDS

SHOWN_CHARS = 300
_SEVERITIES = ("high", "medium", "low")
_SKIPS = {
    Skip.BOT: "from bots or webhooks",
    Skip.SYSTEM: "system messages",
    Skip.EMPTY: "without text",
    Skip.IGNORED: "in an ignored channel",
    Skip.EXEMPT: "from exempt roles",
}


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything the report says, gathered by the command."""

    header: ExportHeader
    source: str
    settings: GuildSettings
    replay: Replay
    messages: int
    first: float | None
    last: float | None


def jsonl_line(message_id: int, timestamp: float, step: ReplayStep) -> str:
    """One message's verdict and what the bot did, as `check --jsonl` shapes a verdict."""
    line: dict[str, Any] = {
        "id": str(message_id),
        "timestamp": datetime.fromtimestamp(timestamp, UTC).isoformat(),
    }
    if step.skipped is not None:
        line["skipped"] = step.skipped.value
        return json.dumps(line)
    if step.verdict is not None:
        line.update(step.verdict.to_json_dict())
    decision = step.decision
    line["kind"] = step.kind
    line["nudge"] = decision.delivery.value if decision is not None and decision.nudge else None
    line["cooldown"] = decision is not None and decision.in_cooldown
    line["alert"] = step.alert.reason.value if step.alert is not None else None
    return json.dumps(line)


def show_lines(raw: dict[str, Any], timestamp: float, step: ReplayStep) -> str:
    """A flagged message for `--show`: when, who, what the bot did, the text, why."""
    verdict, decision = step.verdict, step.decision
    if verdict is None or decision is None:
        return ""
    when = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")
    did = [
        f"nudge ({decision.delivery.value})" if decision.nudge else "no nudge (cooldown)",
    ]
    if step.alert is not None:
        how = "new alert" if step.alert.posted else "added to the open alert"
        did.append(f"{how} ({step.alert.reason.value})")
    categories = ", ".join(c.label for c in verdict.categories) or "none"
    return "\n".join(
        [
            f"{when}  {printable(author_name(raw), 40)}  [{verdict.severity.label}] "
            f"{categories} (score {verdict.score:.2f}) -> {'; '.join(did)}",
            f"    > {printable(str(raw.get('content', '')), SHOWN_CHARS)}",
            f"    why: {printable(verdict.explanation, SHOWN_CHARS)}",
        ]
    )


def printable(text: str, limit: int) -> str:
    """One line, safe for a terminal: controls, bidi marks and lone surrogates escaped."""
    out = []
    for ch in " ".join(text.split()):
        if unicodedata.category(ch) in ("Cc", "Cs", "Cf") and ch not in "\u200d":
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(ch)
    flat = "".join(out)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_report(data: ReportInput) -> str:
    """The whole report: where from, the settings, a table per day, the totals."""
    header, replay, settings = data.header, data.replay, data.settings
    total = replay.totals()
    skipped = sum(replay.skipped.values())
    place = "thread" if header.is_thread else "channel"
    lines = [
        f"Replay of {place} #{printable(header.channel_name, 80)} in "
        f"{printable(header.guild_name, 80)}, with {data.source}",
        f"  threshold {settings.threshold:g}, languages {','.join(settings.languages)}, "
        f"cooldown {settings.cooldown_seconds} s, delivery {settings.delivery.value}",
        f"{data.messages:,} messages{_span(data.first, data.last)}: {total.seen:,} scored, "
        f"{skipped:,} left alone as the bot would{_skips(replay)}",
    ]
    if replay.ignored:
        lines.append(
            "  This channel is ignored in the server's settings: the bot reads none of it."
        )
    if replay.profanity_ok:
        lines.append("  Friendly profanity is fine in this channel (profanity-ok).")
    if settings.paused:
        lines.append("  The server is paused: this is what the bot would do once resumed.")
    lines += ["", *_table(replay.days, total), "", *_totals(total, settings)]
    lines.append(
        "Moderators (Manage Server or Manage Messages), whom the bot leaves alone, cannot be "
        "told apart in an export: their messages are scored here too."
    )
    return "\n".join(lines)


def _span(first: float | None, last: float | None) -> str:
    if first is None or last is None:
        return ""
    start, end = (datetime.fromtimestamp(t, UTC).date().isoformat() for t in (first, last))
    return f" on {start} (UTC)" if start == end else f" from {start} to {end} (UTC)"


def _skips(replay: Replay) -> str:
    if not replay.skipped:
        return ""
    parts = [f"{n:,} {_SKIPS[reason]}" for reason, n in replay.skipped.most_common()]
    return " (" + ", ".join(parts) + ")"


def _table(days: dict[str, DayCounts], total: DayCounts) -> list[str]:
    def row(label: str, c: DayCounts) -> str:
        return (
            f"{label:<10}  {c.seen:>9,}  {c.flagged:>8,}  {c.nudges:>7,}  "
            f"{c.alerts:>6,}  {c.kind:>7,}"
        )

    head = f"{'day (UTC)':<10}  {'scored':>9}  {'flagged':>8}  {'nudges':>7}  {'alerts':>6}  "
    return [
        head + f"{'kind':>7}",
        *(row(day, days[day]) for day in sorted(days)),
        row("total", total),
    ]


def _totals(total: DayCounts, settings: GuildSettings) -> list[str]:
    share = f" ({total.flagged / total.seen:.1%} of scored)" if total.seen else ""
    lines = [f"Flagged: {total.flagged:,}{share}"]
    if total.flagged:
        severities = ", ".join(f"{s} {total.severities[s]:,}" for s in _SEVERITIES)
        categories = ", ".join(f"{c} {n:,}" for c, n in total.categories.most_common())
        lines += [f"  by severity: {severities}", f"  by category: {categories}"]
    mode = (
        "counted only (silent delivery)"
        if settings.delivery is DeliveryMode.SILENT
        else f"by {settings.delivery.value}"
    )
    lines.append(
        f"Nudges: {total.nudges:,} {mode}; {total.in_cooldown:,} flagged messages fell in "
        f"the author's cooldown ({settings.cooldown_seconds} s) and got none; "
        f"{total.repeated:,} nudges went to a member nudged within the "
        f"{REPEAT_OUTCOME_SECONDS // 86400} days before"
    )
    reasons = ", ".join(f"{r} {n:,}" for r, n in total.alert_reasons.most_common())
    lines.append(
        f"Alerts to moderators: {total.alerts:,} posted"
        + (f" ({reasons} messages)" if reasons else "")
        + f", {total.alert_updates:,} more folded into an open alert"
    )
    if settings.alert_channel_id is None and total.alerts:
        lines.append(
            "  No alert channel is set, so none would be posted until one is "
            "(/kindness alert-channel)."
        )
    lines.append(f"Kindness moments: {total.kind:,}")
    return lines
