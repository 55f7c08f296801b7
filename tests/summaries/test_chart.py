"""The summary chart renders a real PNG on its own card, for full and partial weeks."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta

from matplotlib.patches import Rectangle
from PIL import Image

from bot.core.stats.counters import StatRow
from bot.core.stats.summary import WeekSummary, summarize
from bot.summaries.chart import CARD, SMALL_BAR_HEIGHT, build_figure, render_chart

DAYS = tuple(date(2026, 11, 9) + timedelta(days=i) for i in range(7))


def week(days_covered: int = 7) -> WeekSummary:
    rows = [StatRow(1, d.isoformat(), 5, "flagged", i + 1) for i, d in enumerate(DAYS)]
    rows += [StatRow(1, d.isoformat(), 5, "kind", 10 - i) for i, d in enumerate(DAYS)]
    previous = [StatRow(1, (d - timedelta(days=7)).isoformat(), 5, "kind", 4) for d in DAYS]
    return summarize(1, "2026-W46", DAYS, rows, previous, days_covered=days_covered)


def image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(png)).convert("RGBA")


def test_chart_is_a_png_on_an_opaque_card_with_transparent_corners() -> None:
    img = image(render_chart(week()))
    assert img.size == (960, 504)
    assert img.getpixel((0, 0))[3] == 0  # outside the rounded card: see-through
    card_rgb = tuple(int(CARD[i : i + 2], 16) for i in (1, 3, 5))
    assert img.getpixel((40, img.height // 2)) == (*card_rgb, 255)


def test_chart_draws_the_data() -> None:
    full = image(render_chart(week()))
    empty = image(render_chart(summarize(1, "2026-W46", DAYS, [], [])))
    assert full.tobytes() != empty.tobytes()
    colours = {c for _, c in full.getcolors(maxcolors=1_000_000) or []}
    assert (0xFF, 0x7A, 0x6B, 255) in colours  # hostile bars
    assert (0x5F, 0xD6, 0xA8, 255) in colours  # kind bars


def texts(summary: WeekSummary) -> tuple[list[str], list[str], list[float]]:
    """(texts on the axes, legend labels, bar heights) of the drawn chart."""
    fig = build_figure(summary)
    ax = fig.axes[0]
    legend = ax.get_legend()
    labels = [] if legend is None else [t.get_text() for t in legend.get_texts()]
    heights = [float(p.get_height()) for p in ax.patches if isinstance(p, Rectangle)]
    return [t.get_text() for t in ax.texts], labels, heights


def pixels(img: Image.Image, rgb: tuple[int, int, int]) -> int:
    return sum(n for n, c in img.getcolors(maxcolors=1_000_000) or [] if c[:3] == rgb)


def test_a_week_total_of_one_or_two_is_drawn_as_less_than_three_not_zero() -> None:
    rows = [StatRow(1, DAYS[2].isoformat(), 5, "kind", 1)]
    rows += [StatRow(1, d.isoformat(), 5, "flagged", 6) for d in DAYS]
    summary = summarize(1, "2026-W46", DAYS, rows, [])
    on_axes, legend, heights = texts(summary)
    assert on_axes == ["<3"]  # one labelled bar, on the one day with a count
    assert "Kind: <3" in legend
    assert heights.count(SMALL_BAR_HEIGHT) == 1 and 6.0 in heights
    # and it is visible: far more kind-coloured pixels than the legend swatch alone
    img = image(render_chart(summary))
    empty_kind = image(render_chart(summarize(1, "2026-W46", DAYS, rows[1:], [])))
    assert pixels(img, (0x5F, 0xD6, 0xA8)) > pixels(empty_kind, (0x5F, 0xD6, 0xA8)) + 400


def test_a_count_of_one_and_of_two_look_the_same() -> None:
    def chart(n: int) -> bytes:
        return render_chart(
            summarize(1, "W", DAYS, [StatRow(1, DAYS[0].isoformat(), 5, "kind", n)], []),
        )

    assert chart(1) == chart(2)


def test_no_week_before_lines_for_a_week_without_data() -> None:
    rows = [StatRow(1, d.isoformat(), 5, "flagged", 4) for d in DAYS]
    _, without, _ = texts(summarize(1, "2026-W46", DAYS, rows, []))
    assert not any("week before" in label for label in without)
    previous = [StatRow(1, (d - timedelta(days=7)).isoformat(), 5, "flagged", 5) for d in DAYS]
    fig = build_figure(summarize(1, "2026-W46", DAYS, rows, previous))
    lines = fig.axes[0].get_lines()
    assert any(list(line.get_ydata()) == [5] * 7 for line in lines)  # type: ignore[arg-type]


def test_an_empty_chart_says_no_data_yet() -> None:
    on_axes, _, heights = texts(summarize(1, "2026-W46", DAYS, [], []))
    assert on_axes == ["No data yet"]
    assert not any(heights)
    seen_only = [StatRow(1, DAYS[0].isoformat(), 5, "seen", 40)]
    assert texts(summarize(1, "2026-W46", DAYS, seen_only, []))[0] == [
        "No hostile or kind messages yet",
    ]
    assert texts(week())[0] == []


def test_partial_week_and_empty_week_render() -> None:
    assert image(render_chart(week(days_covered=3))).size == (960, 504)
    assert image(render_chart(summarize(1, "2026-W46", DAYS, [], []))).size == (960, 504)


def test_importing_the_chart_module_does_not_import_matplotlib() -> None:
    code = "import sys, bot.summaries.chart; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "False"
