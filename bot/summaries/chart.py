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
from typing import TYPE_CHECKING, Final

from bot.core.stats.summary import SMALL_TEXT, WeekSummary, is_small

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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
SMALL_BAR_HEIGHT: Final = 1.0
"""Height of a "<3" placeholder bar: the same whatever the hidden count (1 or 2)."""
NO_DATA_TEXT: Final = "No data yet"
NO_BARS_TEXT: Final = "No hostile or kind messages yet"


def render_chart(summary: WeekSummary) -> bytes:
    """PNG bytes: bars for this week's days, dashed lines for the week before."""
    with _RENDER_LOCK:
        fig = build_figure(summary)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, transparent=False, facecolor="none")
        return buffer.getvalue()


def _bars(ax: Axes, xs: Sequence[float], series: Sequence[int], color: str, label: str) -> None:
    """This week's bars; a series whose week total is 1 or 2 is drawn as "<3" bars.

    Exact bars would give away the count the text hides (such a count can point at
    one person), and no bar would read as zero: each day with any count gets a
    hatched bar of one fixed height labelled "<3".
    """
    if not is_small(sum(series)):
        ax.bar(xs, series, 0.36, color=color, label=label, zorder=3)
        return
    days = [x for x, n in zip(xs, series, strict=True) if n > 0]
    ax.bar(
        days,
        [SMALL_BAR_HEIGHT] * len(days),
        0.36,
        color=color,
        hatch="///",
        edgecolor=CARD,
        linewidth=0,
        label=f"{label}: {SMALL_TEXT}",
        zorder=3,
    )
    for x in days:
        ax.annotate(
            SMALL_TEXT,
            (x, SMALL_BAR_HEIGHT),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            color=TEXT,
            fontsize=8.5,
            fontweight="bold",
            zorder=6,
        )


def card_figure(width_in: float) -> tuple[Figure, Axes]:
    """A figure on the slate card with one plot area, shared by the weekly summary and
    `replay --chart` so a preview looks like what the server will get."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.figure import Figure  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.patches import FancyBboxPatch  # noqa: PLC0415 (lazy: startup never pays for matplotlib)

    fig = Figure(figsize=(width_in, HEIGHT_IN), dpi=DPI)
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
    return fig, ax


def build_figure(summary: WeekSummary) -> Figure:
    """The chart as a matplotlib Figure (Agg canvas attached); `render_chart` saves it."""
    from matplotlib.patheffects import withStroke  # noqa: PLC0415 (lazy: startup never pays for matplotlib)
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    fig, ax = card_figure(WIDTH_IN)

    labels = [f"{d:%a}\n{d.day}" for d in summary.days]
    xs = list(range(len(summary.days)))
    covered = summary.days_covered
    width = 0.36
    for offset, series, color, label in (
        (-width / 2, summary.hostile_by_day[:covered], HOSTILE, "Hostile"),
        (width / 2, summary.kind_by_day[:covered], KIND, "Kind"),
    ):
        _bars(ax, [x + offset for x in xs[:covered]], series, color, label)
    # the card-coloured halo keeps a dashed line visible where it crosses its own bar
    halo = [withStroke(linewidth=4.5, foreground=CARD)]
    previous = (
        (summary.previous_hostile_by_day, HOSTILE_BEFORE, "Hostile, week before"),
        (summary.previous_kind_by_day, KIND_BEFORE, "Kind, week before"),
    )
    # no week-before lines at all for a week without data: zeros there would be made up
    for series, color, label in previous if summary.has_previous else ():
        small = is_small(sum(series))
        # a "<3" week before has no line (its points would give the count away, and a
        # line at zero would lie); the legend still says "<3"
        ax.plot(
            [] if small else xs,
            [] if small else series,
            color=color,
            label=f"{label}: {SMALL_TEXT}" if small else label,
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
    drawn = any((*summary.hostile_by_day, *summary.kind_by_day)) or (
        summary.has_previous
        and any(
            not is_small(sum(s))
            for s in (summary.previous_hostile_by_day, summary.previous_kind_by_day)
            if any(s)
        )
    )
    if not drawn:
        ax.set_ylim(0, 1)
        ax.set_yticks([])
        ax.text(
            0.5,
            0.5,
            NO_BARS_TEXT if summary.has_data else NO_DATA_TEXT,
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=MUTED,
            fontsize=13,
        )
    elif ax.get_ylim()[1] < SMALL_BAR_HEIGHT * 1.5:
        ax.set_ylim(0, SMALL_BAR_HEIGHT * 1.5)  # room for the "<3" labels
    ax.grid(axis="y", color=GRID, linewidth=0.8, zorder=0)
    for spine in ax.spines.values():
        spine.set_visible(False)

    title = "#CreateKindness · hostile vs kind messages per day"
    if summary.partial:
        title += " (week so far)"
    fig.text(0.05, 0.9, title, color=TEXT, fontsize=13, fontweight="bold", va="center")
    fig.text(0.05, 0.835, f"Week {summary.week} · days in UTC", color=MUTED, fontsize=9)
    handles, names = ax.get_legend_handles_labels()
    if not handles:
        return fig
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
    return fig
