"""`kindness-bot replay --chart`: flagged and kind messages and nudges per day, as a PNG.

Drawn in the weekly summary's style (`bot.summaries.chart`: Agg, no pyplot, the
slate card) so a preview looks like what the server will get. Every day between
the first and the last message has its place, quiet days included.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date, timedelta

from bot.core.moderation.replay import DayCounts
from bot.summaries.chart import DPI, GRID, HOSTILE, KIND, MUTED, TEXT, card_figure

NUDGES = "#ffd479"
MAX_LABELS = 14


def render_replay_chart(days: Mapping[str, DayCounts], title: str) -> bytes:
    """PNG bytes; `days` maps a UTC date (YYYY-MM-DD) to its counts."""
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    dates = _every_day(days)
    counts = [days.get(d.isoformat(), DayCounts()) for d in dates]
    fig, ax = card_figure(max(8.0, min(16.0, len(dates) * 0.25)))
    xs = list(range(len(dates)))
    width = 0.4
    ax.bar(
        [x - width / 2 for x in xs],
        [c.flagged for c in counts],
        width,
        color=HOSTILE,
        label="Flagged",
        zorder=3,
    )
    ax.bar(
        [x + width / 2 for x in xs],
        [c.kind for c in counts],
        width,
        color=KIND,
        label="Kind",
        zorder=3,
    )
    ax.plot(
        xs,
        [c.nudges for c in counts],
        color=NUDGES,
        label="Nudges",
        linewidth=2.0,
        marker="o" if len(xs) <= 60 else "",
        markersize=4,
        zorder=4,
    )
    spare = max(0, 7 - len(xs)) / 2  # a day or two stay bar-sized and centred, not page-wide
    ax.set_xlim(-0.7 - spare, len(xs) - 0.3 + spare)
    step = max(1, -(-len(dates) // MAX_LABELS))
    ax.set_xticks(xs[::step], [f"{d:%b}\n{d.day}" for d in dates[::step]])
    ax.tick_params(colors=MUTED, labelsize=9, length=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(bottom=0)
    if not any(c.flagged or c.kind or c.nudges for c in counts):
        ax.set_ylim(0, 1)
        ax.set_yticks([])
        ax.text(
            0.5,
            0.5,
            "No flagged or kind messages",
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=MUTED,
            fontsize=13,
        )
    ax.grid(axis="y", color=GRID, linewidth=0.8, zorder=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.text(0.05, 0.9, title, color=TEXT, fontsize=13, fontweight="bold", va="center")
    fig.text(0.05, 0.835, "Replay per day · days in UTC", color=MUTED, fontsize=9)
    handles, names = ax.get_legend_handles_labels()
    order = sorted(range(len(names)), key=lambda i: ("Flagged", "Kind", "Nudges").index(names[i]))
    ax.legend(
        [handles[i] for i in order],
        [names[i] for i in order],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.17),
        ncol=3,
        frameon=False,
        fontsize=8.5,
        labelcolor=TEXT,
    )
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, transparent=False, facecolor="none")
    return buffer.getvalue()


def _every_day(days: Mapping[str, DayCounts]) -> list[date]:
    if not days:
        return []
    first, last = (date.fromisoformat(d) for d in (min(days), max(days)))
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
