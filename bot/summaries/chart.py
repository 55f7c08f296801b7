"""The weekly summary chart: hostile vs kind messages per day, this week and last.

matplotlib is imported inside `render_chart` (Agg, no pyplot, no global state) so
the bot and the CLI only pay for it when a chart is drawn, and it is safe to call
from `asyncio.to_thread`. The chart sits on its own opaque slate card, so it reads
the same on Discord's dark (#313338) and light (#ffffff) themes.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from typing import Final

from bot.core.stats.summary import SMALL_COUNT, WeekSummary, is_small

CARD: Final = "#2f3a56"  # mid-tone slate: distinct from both Discord themes
CARD_EDGE: Final = "#4a5780"
TEXT: Final = "#f2f4fa"
MUTED: Final = "#b7bfd6"
GRID: Final = "#46527a"
HOSTILE: Final = "#ff7a6b"
KIND: Final = "#5fd6a8"
HOSTILE_BEFORE: Final = "#ffc2b8"  # lighter tints for the comparison week
KIND_BEFORE: Final = "#b5f0da"
WIDTH_IN: Final = 8.0
HEIGHT_IN: Final = 4.2
DPI: Final = 120
# matplotlib's font and text caches are not documented as thread-safe; a scheduled
# post and a moderator's preview may render at the same time in worker threads
_RENDER_LOCK = threading.Lock()


def _chartable(series: Sequence[int], label: str) -> tuple[tuple[int, ...], str]:
    """A series whose whole-week total is 1 or 2 is drawn flat, labelled "fewer than 3".

    Its bars would give away the count the text hides, and such a count can point
    at one person.
    """
    if is_small(sum(series)):
        return tuple(0 for _ in series), f"{label}: fewer than {SMALL_COUNT}"
    return tuple(series), label


def render_chart(summary: WeekSummary) -> bytes:
    """PNG bytes: bars for this week's days, dashed lines for the week before."""
    with _RENDER_LOCK:
        return _render(summary)


def _render(summary: WeekSummary) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.figure import Figure  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.patches import FancyBboxPatch  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.patheffects import withStroke  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.patch.set_alpha(0.0)
    fig.patches.append(
        FancyBboxPatch(
            (0.01, 0.015),
            0.98,
            0.97,
            boxstyle="round,pad=0,rounding_size=0.03",
            transform=fig.transFigure,
            facecolor=CARD,
            edgecolor=CARD_EDGE,
            linewidth=1.5,
            zorder=-10,
        )
    )
    ax = fig.add_axes((0.08, 0.2, 0.88, 0.6))
    ax.set_facecolor("none")

    labels = [f"{d:%a}\n{d.day}" for d in summary.days]
    xs = list(range(len(summary.days)))
    covered = summary.days_covered
    width = 0.36
    for offset, series, color, label in (
        (-width / 2, summary.hostile_by_day[:covered], HOSTILE, "Hostile"),
        (width / 2, summary.kind_by_day[:covered], KIND, "Kind"),
    ):
        shown, shown_label = _chartable(series, label)
        ax.bar(
            [x + offset for x in xs[:covered]],
            shown,
            width,
            color=color,
            label=shown_label,
            zorder=3,
        )
    # the card-coloured halo keeps a dashed line visible where it crosses its own bar
    halo = [withStroke(linewidth=4.5, foreground=CARD)]
    for series, color, label in (
        (summary.previous_hostile_by_day, HOSTILE_BEFORE, "Hostile, week before"),
        (summary.previous_kind_by_day, KIND_BEFORE, "Kind, week before"),
    ):
        shown, shown_label = _chartable(series, label)
        ax.plot(
            xs,
            shown,
            color=color,
            label=shown_label,
            linestyle=(0, (4, 2.5)),
            linewidth=2.0,
            marker="o",
            markersize=4.5,
            path_effects=halo,
            zorder=4,
        )

    ax.set_xticks(xs, labels)
    ax.tick_params(colors=MUTED, labelsize=9, length=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(bottom=0)
    if max((*summary.hostile_by_day, *summary.kind_by_day, 0)) == 0 and not any(
        summary.previous_hostile_by_day + summary.previous_kind_by_day
    ):
        ax.set_ylim(0, 1)
    ax.grid(axis="y", color=GRID, linewidth=0.8, zorder=0)
    for spine in ax.spines.values():
        spine.set_visible(False)

    title = "#CreateKindness · hostile vs kind messages per day"
    if summary.partial:
        title += " (week so far)"
    fig.text(0.05, 0.9, title, color=TEXT, fontsize=13, fontweight="bold", va="center")
    fig.text(0.05, 0.835, f"Week {summary.week} · days in UTC", color=MUTED, fontsize=9)
    handles, names = ax.get_legend_handles_labels()
    order = [names.index(n) for n in sorted(names, key=lambda n: "before" in n)]
    legend = ax.legend(
        [handles[i] for i in order],
        [names[i] for i in order],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.17),
        ncol=4,
        frameon=False,
        fontsize=8.5,
        labelcolor=TEXT,
        handlelength=2.6,
    )
    legend.set_zorder(5)

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, transparent=False, facecolor="none")
    return buffer.getvalue()
